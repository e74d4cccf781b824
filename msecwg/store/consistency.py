"""What the minutes themselves leave uncertain: notes for a reader, not failures.

- a deadline stated in two places whose wording or certainty differs (section 2
  gives the DHHMAC Last Call as "tentatively 1 September 2003"; item (d) gives a
  closing date of 1 September 2003 without reserve);
- a deadline given with a condition, or tentatively;
- an exchange whose speaker the minutes mark as uncertain, or whose words they cut
  off.
"""

import re
from collections.abc import Iterator

from msecwg.model import Action, Transcription, WrittenDate
from msecwg.store.locate import automaton, occurrences

_DATE = re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}")
_HEDGES = ("tentative", "possibl", "probabl", "perhaps", "about", "around", "or similar")


def _items(t: Transcription) -> Iterator[tuple[str, Action]]:
    for kind, records in (("actions", t.actions), ("follow_ups", t.follow_ups)):
        for i, a in enumerate(records):
            yield f"{kind}[{i}] ({a.id})", a


def _dates(a: Action) -> list[WrittenDate]:
    return [d for d in (a.date, a.closes) if d is not None]


def notes(t: Transcription) -> list[str]:
    """Answer each note on what the transcription's minutes leave uncertain, as
    "field: note"."""
    return [*_stated_twice(t), *_hedged_dates(t), *_uncertain_speakers(t)]


def _stated_twice(t: Transcription) -> Iterator[str]:
    """Yield each summary point that gives an item's document another date, or the same
    date with a hedge or without the item's condition."""
    sentences = [
        (f"sections[{i}].points[{j}]", s.title, sentence)
        for i, s in enumerate(t.sections)
        for j, point in enumerate(s.points)
        for sentence in re.split(r"(?<=[.!?])\s+", point)
        if _DATE.search(sentence)
    ]
    items = [(here, a) for here, a in _items(t) if a.document is not None]
    by_name: dict[str, list[int]] = {}
    for n, (_, a) in enumerate(items):
        by_name.setdefault(t.document(a.document or "").name.casefold(), []).append(n)
    names = automaton(by_name)
    # Which sentences name each item's document, found in one pass over each sentence.
    pairs = sorted(
        (n, k)
        for k, (_, _, sentence) in enumerate(sentences)
        for name in {word for _, word in occurrences(names, sentence.casefold())}
        for n in by_name[name]
    )
    for n, k in pairs:
        here, a = items[n]
        field, title, sentence = sentences[k]
        yield from _compared(t, here, a, f"{here} and {field} ({title})", sentence)


def _compared(t: Transcription, here: str, a: Action, where: str, sentence: str) -> Iterator[str]:
    """Yield what differs between an item's dates and a sentence that gives its
    document's date."""
    name = t.document(a.document or "").name
    written = _dates(a)
    if not written:  # an item with no date gives none to differ from
        return
    for date in _DATE.findall(sentence):
        matching = [w for w in written if date in w.text]
        if not matching:
            shown = " / ".join(w.text for w in written)
            yield f"{where}: {name}: {date!r} there, {shown!r} here"
            continue
        hedge = next((h for h in _HEDGES if h in sentence.casefold()), None)
        if hedge and not any(w.tentative for w in matching):
            yield (
                f"{where}: {name}: {sentence!r} is hedged ({hedge}...); "
                f"item ({a.id}) gives {date} without reserve"
            )
        for w in matching:
            if w.condition and w.condition.casefold() not in sentence.casefold():
                yield (
                    f"{where}: {name}: item ({a.id}) adds a condition the other "
                    f"statement does not: {w.condition!r}"
                )


def _hedged_dates(t: Transcription) -> Iterator[str]:
    """Yield each date given with a condition, or tentatively."""
    for here, a in _items(t):
        for w in _dates(a):
            if w.condition:
                yield f"{here}: deadline with a condition: {w.condition!r}"
            if w.tentative:
                yield f"{here}: {w.text} is given tentatively: {w.tentative!r}"


def _uncertain_speakers(t: Transcription) -> Iterator[str]:
    """Yield each exchange whose speaker the minutes mark as uncertain or whose words
    they cut off."""
    for i, s in enumerate(t.sections):
        for j, e in enumerate(s.exchanges):
            here = f"sections[{i}].exchanges[{j}] ({s.title})"
            if not e.certain:
                who = t.person(e.person).name if e.person else "someone"
                yield f"{here}: the minutes write {e.speaker!r}: attributed to {who}, uncertain"
            if e.cut_off:
                yield f"{here}: the minutes cut {e.speaker!r}'s words off"

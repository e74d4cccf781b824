"""What the minutes themselves leave uncertain: notes for a reader, not failures."""

import re
from collections.abc import Iterator
from itertools import chain, islice

from msecwg.dates import count
from msecwg.model import Action, Transcription, WrittenDate
from msecwg.store import validate
from msecwg.store.locate import automaton, occurrences

_DATE = re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}")
_HEDGES = ("tentative", "possibl", "probabl", "perhaps", "about", "around", "or similar")


def _dates(a: Action) -> list[WrittenDate]:
    return [d for d in (a.date, a.closes) if d is not None]


NOTES = 50  # the most notes `check` shows of one transcription; it counts the rest
PAIRS = 20_000  # the most pairs of an item and a point naming its document compared one by one


def notes(t: Transcription) -> list[str]:
    """Answer the notes on what the minutes leave uncertain ("field: note"), at most NOTES."""
    stated, counted = _stated_twice(t)
    every = chain(stated, _hedged_dates(t), _uncertain_speakers(t))
    shown = list(islice(every, NOTES))
    more = counted - len(stated) + sum(1 for _ in every)
    if more:
        shown.append(f"and {count(more, 'more note')} like these, not shown")
    return shown


def _stated_twice(t: Transcription) -> tuple[list[str], int]:
    """Answer the notes on summary points dating an item's document otherwise, and how many."""
    found = _Named(t)
    shown: list[str] = []
    pairs = ((n, k) for n, name in enumerate(found.names) for k in found.naming.get(name, []))
    for compared, (n, k) in enumerate(pairs):
        if compared >= PAIRS or len(shown) >= NOTES:
            return shown, found.count()
        here, a = found.items[n]
        field, title, sentence = found.sentences[k]
        shown += _compared(t, a, f"{here} and {field} ({title})", sentence)
    return shown, len(shown)


class _Named:
    """The items with a document, and the summary points' sentences giving a date, by name."""

    def __init__(self, t: Transcription) -> None:
        self.sentences = [
            (f"sections[{i}].points[{j}]", s.title, sentence)
            for i, s in enumerate(t.sections)
            for j, point in enumerate(s.points)
            for sentence in re.split(r"(?<=[.!?])\s+", point)
            if _DATE.search(sentence)
        ]
        self.items = [
            (f"{field} ({a.id})", a) for field, a in validate.items(t) if a.document is not None
        ]
        self.names = [t.document(a.document or "").name.casefold() for _, a in self.items]
        self.by_name: dict[str, list[int]] = {}
        for n, name in enumerate(self.names):
            self.by_name.setdefault(name, []).append(n)
        finder = automaton(self.by_name)
        # Which sentences name each item's document, found in one pass over each sentence.
        self.naming: dict[str, list[int]] = {}
        for k, (_, _, sentence) in enumerate(self.sentences):
            for name in {word for _, word in occurrences(finder, sentence.casefold())}:
                self.naming.setdefault(name, []).append(k)

    def count(self) -> int:
        """Answer how many notes all the pairs give, counted by the dates written."""
        total = 0
        for name, items in self.by_name.items():
            written = [(n, w) for n in items for w in _dates(self.items[n][1])]
            dated = len({n for n, _ in written})
            by_date: dict[str, list[tuple[int, WrittenDate]]] = {}
            for n, w in written:
                for day in _shaped(w.text):
                    by_date.setdefault(day, []).append((n, w))
            found = automaton({w.condition.casefold() for _, w in written if w.condition})
            for k in self.naming.get(name, []):
                sentence = self.sentences[k][2]
                folded = sentence.casefold()
                hedged = any(h in folded for h in _HEDGES)
                held = {c for _, c in occurrences(found, folded)}
                for day in _DATE.findall(sentence):
                    total += _notes_for(dated, by_date.get(day, []), hedged, held)
        return total


def _notes_for(
    dated: int, matching: list[tuple[int, WrittenDate]], hedged: bool, held: set[str]
) -> int:
    """Answer how many notes a date in a sentence gives with `dated` items (see _compared)."""
    items = {n for n, _ in matching}
    total = dated - len(items)
    if hedged:
        total += len(items - {n for n, w in matching if w.tentative})
    total += sum(1 for _, w in matching if w.condition and w.condition.casefold() not in held)
    return total


def _shaped(text: str) -> set[str]:
    """Answer every date written as "1 August 2003" within a text, overlapping ones included."""
    return {m.group() for at in range(len(text)) if (m := _DATE.match(text, at))}


def _compared(t: Transcription, a: Action, where: str, sentence: str) -> Iterator[str]:
    """Yield what differs between an item's dates and a sentence giving its document's date."""
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
    for field, a in validate.items(t):
        here = f"{field} ({a.id})"
        for w in _dates(a):
            if w.condition:
                yield f"{here}: deadline with a condition: {w.condition!r}"
            if w.tentative:
                yield f"{here}: {w.text} is given tentatively: {w.tentative!r}"


def _uncertain_speakers(t: Transcription) -> Iterator[str]:
    """Yield each exchange whose speaker is uncertain or whose words are cut off."""
    for i, s in enumerate(t.sections):
        for j, e in enumerate(s.exchanges):
            here = f"sections[{i}].exchanges[{j}] ({s.title})"
            if not e.certain:
                who = t.person(e.person).name if e.person else "someone"
                yield f"{here}: the minutes write {e.speaker!r}: attributed to {who}, uncertain"
            if e.cut_off:
                yield f"{here}: the minutes cut {e.speaker!r}'s words off"

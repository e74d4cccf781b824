"""What the minutes themselves leave uncertain: notes for a reader, not failures.

- a deadline stated in two places whose wording or certainty differs (section 2
  gives the DHHMAC last call as "tentatively 1 September 2003"; item (d) gives a
  closing date of 1 September 2003 without reserve);
- a deadline given with a condition;
- an exchange whose speaker the minutes mark as uncertain.
"""

import re

from msecwg.model import Transcription

_DATE = re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}")
_HEDGES = ("tentative", "possibl", "probabl", "perhaps", "about", "around", "or similar")


def notes(t: Transcription) -> list[str]:
    """Answer each note on what the transcription's minutes leave uncertain, as
    "field: note"."""
    found: list[str] = []
    sentences = [
        (f"sections[{i}].points[{j}]", s.title, sentence)
        for i, s in enumerate(t.sections)
        for j, point in enumerate(s.points)
        for sentence in re.split(r"(?<=[.!?])\s+", point)
    ]
    for i, a in enumerate(t.actions):
        if a.document is None:
            continue
        name = t.document(a.document).name
        written = [text for text in (a.due_text, a.closes_text) if text]
        for field, title, sentence in sentences:
            if name.casefold() not in sentence.casefold():
                continue
            for date in _DATE.findall(sentence):
                here = f"actions[{i}] ({a.id}) and {field} ({title})"
                if not any(date in text for text in written):
                    found.append(f"{here}: {name}: {date!r} there, {' / '.join(written)!r} here")
                    continue
                hedge = next((h for h in _HEDGES if h in sentence.casefold()), None)
                if hedge:
                    found.append(
                        f"{here}: {name}: {sentence!r} is hedged ({hedge}...); "
                        f"item ({a.id}) gives {date} without reserve"
                    )
                if a.condition and a.condition.casefold() not in sentence.casefold():
                    found.append(
                        f"{here}: {name}: item ({a.id}) adds a condition the other "
                        f"statement does not: {a.condition!r}"
                    )
    for i, a in enumerate(t.actions):
        if a.condition:
            found.append(f"actions[{i}] ({a.id}): deadline with a condition: {a.condition!r}")
    for i, s in enumerate(t.sections):
        for j, e in enumerate(s.exchanges):
            if not e.certain:
                who = t.person(e.person).name if e.person else "someone"
                found.append(
                    f"sections[{i}].exchanges[{j}] ({s.title}): the minutes write "
                    f"{e.speaker!r}: attributed to {who}, uncertain"
                )
    return found

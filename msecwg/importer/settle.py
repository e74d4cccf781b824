"""A transcription `check` accepts, out of one an import made: each record (or field)
that breaks one of check's rules is left out, and what was left out is said, for a
person to settle from the minutes.

Import reads minutes as written, and what it reads may break a rule: a date whose
written weekday is not its own, a passage the reader changed on the way, a file
that yields no passage the meeting can rest on. Rather than refuse the file, the
record is left out, or the field where the record stands without it (an action
item's date, a document's stage), and a line names it with check's reason. The
rules themselves are validate.py's, applied as `check` applies them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TypeVar

import msgspec

from msecwg.model import (
    Action,
    Document,
    Person,
    Section,
    SpeechForm,
    Stage,
    Transcription,
)
from msecwg.store import validate

T = TypeVar("T")

NAMED = "Named in the minutes"
"""A document's state when the minutes say nothing more of it than its name."""

_STEP = re.compile(r"(?P<name>[a-z_]+)(?:\[(?P<index>\d+)\])?")
UNQUOTABLE = (
    "meeting.quotes: the minutes hold no line to quote (none with two characters or more, "
    "a letter or digit among them): nothing to import"
)
"""Why minutes of no words give no transcription check accepts."""
_PASSES = 3
"""How many times the rules are applied again after records are left out (leaving
one out can leave another without what it rests on)."""


def problems(t: Transcription, minutes: str, known: set[str] | None = None) -> list[str]:
    """Answer what `check` refuses in a transcription of these minutes (their text as
    written), each as "field: reason", in check's order; `known` holds passages (folded)
    already found in the minutes, and is given those found now."""
    folded = validate.fold(minutes)
    found = list(validate.structure(t))
    found += validate.quotes(t, folded, known)
    found += validate.written_dates(t)
    return found


def settle(t: Transcription, minutes: str) -> tuple[Transcription, list[str], list[str]]:
    """Answer the transcription with every record or field that breaks a rule left out,
    a line for each thing left out ("left out actions[2].date: ..."), and the problems
    that remain, which leaving out cannot settle (none, almost always)."""
    t, left = _rested(t, minutes)
    known: set[str] = set()  # the passages found in the minutes, found once
    for _ in range(_PASSES):
        if not t.meeting.quotes:
            return t, left, [UNQUOTABLE]
        found = problems(t, minutes, known)
        if not found:
            return t, left, []
        out = _Out()
        unsettled = [p for p in found if not out.take(p)]
        if unsettled or not out:
            return t, left, unsettled or found
        t = out.apply(t)
        left += [f"left out {p}" for p in found]
        t, rested = _rested(t, minutes)
        left += rested
    return t, left, problems(t, minutes, known)


def _rested(t: Transcription, minutes: str) -> tuple[Transcription, list[str]]:
    """Answer the transcription with the meeting resting on a passage of the minutes
    (their first line that can be quoted) where it rests on none, and what that says."""
    if t.meeting.quotes:
        return t, []
    lines = (line.strip() for line in minutes.splitlines())
    first = next((line for line in lines if validate.long_enough(line)), None)
    if first is None:
        return t, []
    meeting = msgspec.structs.replace(t.meeting, quotes=[first])
    said = "the minutes name no meeting: it rests on their first line"
    return msgspec.structs.replace(t, meeting=meeting), [said]


def _steps(field: str) -> list[tuple[str, int | None]]:
    """Answer a field as check names it ("sections[3].exchanges[2].words") as its
    steps: [("sections", 3), ("exchanges", 2), ("words", None)]."""
    steps = []
    for part in field.split("."):
        match = _STEP.fullmatch(part)
        if match is None:
            return []
        index = match.group("index")
        steps.append((match.group("name"), int(index) if index is not None else None))
    return steps


class _Out:
    """What to leave out of a transcription: records by their place, and fields."""

    def __init__(self) -> None:
        self.meeting_dates = False
        self.meeting_quotes: set[int] = set()
        self.people: set[int] = set()
        self.person_quotes: dict[int, set[int]] = defaultdict(set)
        self.documents: set[int] = set()
        self.document_parts: dict[tuple[int, str], set[int]] = defaultdict(set)
        self.references: set[int] = set()
        self.items: set[tuple[str, int]] = set()
        self.item_dates: set[tuple[str, int, str]] = set()
        self.section_parts: dict[tuple[int, str], set[int]] = defaultdict(set)
        self.titles: set[int] = set()

    def __bool__(self) -> bool:
        return any(
            (self.meeting_dates, self.meeting_quotes, self.people, self.person_quotes,
             self.documents,
             self.document_parts, self.references, self.items, self.item_dates,
             self.section_parts, self.titles)
        )  # fmt: skip

    def take(self, problem: str) -> bool:
        """Note what to leave out for a problem check names ("field: reason"); answer
        whether leaving something out settles it."""
        steps = _steps(problem.split(": ", 1)[0])
        if len(steps) < 2 and not (steps and steps[0][1] is not None):
            return False
        (kind, i), rest = steps[0], steps[1:]
        part, j = rest[0] if rest else (None, None)
        if kind == "meeting":
            if part in ("date", "sessions"):
                self.meeting_dates = True
                return True
            if part == "quotes" and j is not None:
                self.meeting_quotes.add(j)
                return True
            return False
        if i is None:
            return False
        if kind == "people":
            if part == "quotes" and j is not None:
                self.person_quotes[i].add(j)
            else:
                self.people.add(i)
        elif kind == "documents":
            if part in ("stages", "quotes", "called", "said") and j is not None:
                self.document_parts[i, part].add(j)
            else:
                self.documents.add(i)
        elif kind == "references":
            self.references.add(i)
        elif kind in ("actions", "follow_ups"):
            if part in ("date", "closes"):
                self.item_dates.add((kind, i, part))
            else:
                self.items.add((kind, i))
        elif kind == "sections":
            if part in ("points", "decisions", "exchanges") and j is not None:
                self.section_parts[i, part].add(j)
            elif part == "title":
                self.titles.add(i)
            else:
                return False
        else:
            return False
        return True

    def apply(self, t: Transcription) -> Transcription:
        """Answer the transcription without what is to be left out, every reference to
        a record left out taken away with it."""
        meeting = t.meeting
        if self.meeting_dates:
            meeting = msgspec.structs.replace(meeting, date=None, sessions=[])
        if self.meeting_quotes:
            kept = list(_without(meeting.quotes, self.meeting_quotes))
            meeting = msgspec.structs.replace(meeting, quotes=kept)
        people = self._people(t)
        documents = [
            d
            for d in (
                self._document(n, d) for n, d in enumerate(t.documents) if n not in self.documents
            )
            if d.quotes
        ]
        person_ids = {p.id for p in people}
        document_ids = {d.id for d in documents}
        documents = [
            msgspec.structs.replace(
                d,
                said=[
                    s if s.person in person_ids else msgspec.structs.replace(s, person=None)
                    for s in d.said
                ],
            )
            for d in documents
        ]
        sections = [
            self._section(n, s, person_ids, document_ids, clear_sessions=self.meeting_dates)
            for n, s in enumerate(t.sections)
        ]
        return msgspec.structs.replace(
            t,
            meeting=meeting,
            people=people,
            documents=documents,
            references=list(_without(t.references, self.references)),
            actions=self._items("actions", t.actions, person_ids, document_ids),
            follow_ups=self._items("follow_ups", t.follow_ups, person_ids, document_ids),
            sections=sections,
        )

    def _people(self, t: Transcription) -> list[Person]:
        """Answer the people kept: a person whose every quote is left out rests on their
        first turn, and without one is left out too."""
        turns: dict[str, str] = {}
        for s in t.sections:
            for e in s.exchanges:
                if e.person is not None:
                    turns.setdefault(e.person, e.quotes[0])
        kept = []
        for n, p in enumerate(t.people):
            if n in self.people:
                continue
            quotes = list(_without(p.quotes, self.person_quotes.get(n, set())))
            if not quotes and p.id in turns and turns[p.id] not in p.quotes:
                quotes = [turns[p.id]]
            if quotes:
                kept.append(msgspec.structs.replace(p, quotes=quotes))
        return kept

    def _document(self, n: int, d: Document) -> Document:
        """Answer a document without the stages, quotes, names and words left out; its
        state in the words of the latest stage kept."""
        parts = {
            name: list(_without(getattr(d, name), self.document_parts.get((n, name), set())))
            for name in ("stages", "quotes", "called", "said")
        }
        state = d.state
        if (n, "stages") in self.document_parts:
            state = _stage_words(parts["stages"][-1].stage) if parts["stages"] else NAMED
        return msgspec.structs.replace(d, state=state, **parts)

    def _items(
        self, kind: str, items: list[Action], person_ids: set[str], document_ids: set[str]
    ) -> list[Action]:
        """Answer the action items (or follow-ups) kept, without the dates left out and
        the people and documents no longer in the transcription."""
        kept = []
        for n, a in enumerate(items):
            if (kind, n) in self.items:
                continue
            kept.append(
                msgspec.structs.replace(
                    a,
                    date=None if (kind, n, "date") in self.item_dates else a.date,
                    closes=None if (kind, n, "closes") in self.item_dates else a.closes,
                    people=[p for p in a.people if p in person_ids],
                    document=a.document if a.document in document_ids else None,
                )
            )
        return kept

    def _section(
        self,
        n: int,
        s: Section,
        person_ids: set[str],
        document_ids: set[str],
        *,
        clear_sessions: bool,
    ) -> Section:
        """Answer a section without the points, decisions and exchanges left out; an
        exchange whose person is left out is unattributed."""
        out = self.section_parts
        exchanges = [
            e
            if e.person is None or e.person in person_ids
            else msgspec.structs.replace(e, person=None, form=SpeechForm.UNATTRIBUTED)
            for e in _without(s.exchanges, out.get((n, "exchanges"), set()))
        ]
        decisions = [
            d if d.document is None or d.document in document_ids
            else msgspec.structs.replace(d, document=None)
            for d in _without(s.decisions, out.get((n, "decisions"), set()))
        ]  # fmt: skip
        return msgspec.structs.replace(
            s,
            title=s.heading if n in self.titles else s.title,
            session=None if clear_sessions else s.session,
            points=list(_without(s.points, out.get((n, "points"), set()))),
            decisions=decisions,
            exchanges=exchanges,
        )


def _without(records: Iterable[T], places: set[int]) -> Iterator[T]:
    """Yield the records but those at the places given."""
    return (r for n, r in enumerate(records) if n not in places)


def _stage_words(stage: Stage) -> str:
    """Answer a document's state in the words of its stage: "In WG Last Call"."""
    return stage.value[:1].upper() + stage.value[1:]

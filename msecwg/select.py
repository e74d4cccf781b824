"""Pure questions asked of a transcription: no I/O, the as-of date passed in.

Each answer is a list of flat rows (plain values and dates) that every output
format can show as it is.
"""

from __future__ import annotations

import datetime as dt

import msgspec

from msecwg.dates import relative, span
from msecwg.model import Action, Section, Transcription

EVENT_LABELS = {
    "last-call-close": "Last Call closes",
    "last-call-announcement": "Last Call announced",
    "task": "Due",
}


class Row(msgspec.Struct, frozen=True):
    """Base of the rows a question answers: flat, immutable, encodable as JSON."""


class ActionRow(Row, frozen=True):
    """An action item and its state on the as-of date."""

    id: str
    section: str
    kind: str
    what: str
    document: str | None
    owners: list[str]
    due: dt.date | None
    due_as_written: str | None
    condition: str | None
    closes: dt.date | None
    closes_as_written: str | None
    done: dt.date | None
    state: str
    due_from_as_of: str | None
    overdue_by: str | None


class DraftRow(Row, frozen=True):
    """A document, its status and state at the meeting, and its next deadline."""

    id: str
    name: str
    title: str | None
    status: str | None
    state: str
    deadline: dt.date | None
    deadline_event: str | None
    deadline_as_written: str | None
    deadline_condition: str | None
    deadline_from_as_of: str | None
    notes: str | None


class TopicRow(Row, frozen=True):
    """A section of the minutes, as a topic of discussion."""

    number: int
    key: str
    title: str
    aliases: list[str]
    points: int
    exchanges: int


class DiscussionRow(Row, frozen=True):
    """A summary point or an exchange of one section, in the minutes' order."""

    section: str
    kind: str
    n: int
    speaker: str | None
    as_written: str | None
    certain: bool | None
    form: str | None
    text: str


def is_done(action: Action, as_of: dt.date) -> bool:
    """Answer whether the action was recorded as done on or before the as-of date."""
    return action.done is not None and action.done <= as_of


def state(action: Action, as_of: dt.date) -> str:
    """Answer an action's state on a day: done, undated, pending, due today or overdue.

    An item due on day D is due today on D and overdue from D+1 on, unless done.
    """
    if is_done(action, as_of):
        return "done"
    if action.due is None:
        return "undated"
    if action.due > as_of:
        return "pending"
    return "due today" if action.due == as_of else "overdue"


def actions(t: Transcription, as_of: dt.date, *, overdue_only: bool = False) -> list[ActionRow]:
    """Answer the action items sorted by due date (undated last), each with its state."""
    rows = []
    for a in sorted(t.actions, key=lambda a: (a.due is None, a.due or dt.date.min)):
        current = state(a, as_of)
        if overdue_only and current != "overdue":
            continue
        rows.append(
            ActionRow(
                id=a.id,
                section=a.section,
                kind=a.kind,
                what=a.what,
                document=t.document(a.document).name if a.document else None,
                owners=[t.person(o).name for o in a.owners],
                due=a.due,
                due_as_written=a.due_text,
                condition=a.condition,
                closes=a.closes,
                closes_as_written=a.closes_text,
                done=a.done,
                state=current,
                due_from_as_of=relative(a.due, as_of) if a.due else None,
                overdue_by=span(a.due, as_of) if current == "overdue" and a.due else None,
            )
        )
    return rows


class _Event(msgspec.Struct, frozen=True):
    day: dt.date
    label: str
    as_written: str
    condition: str | None


def _events(t: Transcription, as_of: dt.date) -> dict[str, list[_Event]]:
    """Answer the dated events of the open action items, by document, in date order."""
    events: dict[str, list[_Event]] = {}
    for a in t.actions:
        if a.document is None or is_done(a, as_of):
            continue
        mine = events.setdefault(a.document, [])
        if a.due and a.due_text:
            mine.append(_Event(a.due, EVENT_LABELS[a.kind], a.due_text, a.condition))
        if a.closes and a.closes_text:
            mine.append(_Event(a.closes, EVENT_LABELS["last-call-close"], a.closes_text, None))
    for mine in events.values():
        mine.sort(key=lambda e: e.day)
    return events


def drafts(t: Transcription, as_of: dt.date) -> list[DraftRow]:
    """Answer every document with its next deadline: the first on or after the as-of
    date, or, when all have passed, the last one."""
    rows = []
    by_document = _events(t, as_of)
    for d in t.documents:
        events = by_document.get(d.id, [])
        upcoming = [e for e in events if e.day >= as_of]
        event = upcoming[0] if upcoming else (events[-1] if events else None)
        rows.append(
            DraftRow(
                id=d.id,
                name=d.name,
                title=d.title,
                status=d.status,
                state=d.state,
                deadline=event.day if event else None,
                deadline_event=event.label if event else None,
                deadline_as_written=event.as_written if event else None,
                deadline_condition=event.condition if event else None,
                deadline_from_as_of=relative(event.day, as_of) if event else None,
                notes=d.notes,
            )
        )
    return rows


def topics(t: Transcription) -> list[TopicRow]:
    """Answer the sections of the minutes as topics, with their counts."""
    return [
        TopicRow(s.number, s.key, s.title, list(s.aliases), len(s.points), len(s.exchanges))
        for s in t.sections
    ]


class NotFound(LookupError):
    """No name, or more than one, answers to a word; `candidates` are the closest."""

    def __init__(self, word: str, candidates: list[str], ambiguous: bool) -> None:
        super().__init__(word)
        self.word = word
        self.candidates = candidates
        self.ambiguous = ambiguous


def resolve(word: str, names: dict[str, str]) -> str:
    """Answer the id that `word` names in `names` (casefolded name -> id): by exact
    name in any case, or by a prefix that leads to one id.

    Raises NotFound with the ids of the closest names when none or several match.
    """
    wanted = word.strip().casefold()
    if wanted in names:
        return names[wanted]
    by_prefix = sorted({i for name, i in names.items() if wanted and name.startswith(wanted)})
    if len(by_prefix) == 1:
        return by_prefix[0]
    if by_prefix:
        raise NotFound(word, by_prefix, ambiguous=True)
    import difflib  # only when a word names nothing

    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.5)
    candidates = [names[c] for c in close] or sorted(names.values())
    raise NotFound(word, list(dict.fromkeys(candidates)), ambiguous=False)


def topic_names(t: Transcription) -> dict[str, str]:
    """Answer every name a section goes by (key and aliases, casefolded) mapped to its key."""
    return {name.casefold(): s.key for s in t.sections for name in (s.key, *s.aliases)}


def find_section(t: Transcription, topic: str) -> Section:
    """Answer the section a topic names: by key or alias, in any case, or by a unique prefix."""
    key = resolve(topic, topic_names(t))
    return next(s for s in t.sections if s.key == key)


def speaker_names(t: Transcription) -> dict[str, str]:
    """Answer every name a speaker goes by (the person's name and each spelling as
    written, casefolded) mapped to the person's id."""
    names = {p.name.casefold(): p.id for p in t.people}
    for s in t.sections:
        for e in s.exchanges:
            if e.person:
                names.setdefault(e.speaker.casefold(), e.person)
    return names


def discussion(
    t: Transcription, section: Section, person_id: str | None = None
) -> list[DiscussionRow]:
    """Answer a section's summary points then its exchanges, in order; with a person,
    only that person's exchanges."""
    points = [
        DiscussionRow(section.key, "point", n, None, None, None, None, text)
        for n, text in enumerate(section.points, start=1)
    ]
    exchanges = [
        DiscussionRow(
            section.key,
            "exchange",
            n,
            t.person(e.person).name if e.person else None,
            e.speaker,
            e.certain,
            e.form,
            e.words,
        )
        for n, e in enumerate(section.exchanges, start=1)
        if person_id is None or e.person == person_id
    ]
    return exchanges if person_id else points + exchanges

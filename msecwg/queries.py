"""Pure questions asked of a transcription: no I/O, the as-of date passed in.

Each answer is a list of flat rows (plain values and dates) that every output
format can show as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import msgspec

from msecwg.dates import relative, span
from msecwg.model import (
    Action,
    ActionState,
    EventKind,
    EventState,
    Facts,
    PassageKind,
    Section,
    Transcription,
)
from msecwg.rows import (
    ActionRow,
    DiscussionRow,
    DraftRow,
    EventRow,
    HitRow,
    OutcomeRow,
    PersonRow,
    TopicRow,
)


def is_done(action: Action, as_of: dt.date) -> bool:
    """Answer whether the action was recorded as done on or before the as-of date."""
    return action.done is not None and action.done <= as_of


def state(action: Action, as_of: dt.date) -> ActionState:
    """Answer an action's state on a day: done, undated, pending, due today or overdue.

    An item due on day D is due today on D and overdue from D+1 on, unless done.
    """
    if is_done(action, as_of):
        return ActionState.DONE
    if action.due is None:
        return ActionState.UNDATED
    if action.due > as_of:
        return ActionState.PENDING
    return ActionState.DUE_TODAY if action.due == as_of else ActionState.OVERDUE


def actions(t: Transcription, as_of: dt.date, *, overdue_only: bool = False) -> list[ActionRow]:
    """Answer the action items sorted by due date (undated last), each with its state."""
    rows = []
    for a in sorted(t.actions, key=lambda a: (a.due is None, a.due or dt.date.min)):
        current = state(a, as_of)
        if overdue_only and current is not ActionState.OVERDUE:
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
                overdue_by=span(a.due, as_of) if current is ActionState.OVERDUE and a.due else None,
                quotes=list(a.quotes),
            )
        )
    return rows


class _Event(msgspec.Struct, frozen=True):
    day: dt.date
    kind: EventKind
    as_written: str
    condition: str | None


def _dates(a: Action) -> Iterator[_Event]:
    """Yield an action's dated events: the day it is for, and the close of its last call."""
    if a.due and a.due_text:
        yield _Event(a.due, a.kind.event, a.due_text, a.condition)
    if a.closes and a.closes_text:
        yield _Event(a.closes, EventKind.CLOSE, a.closes_text, None)


def _events(t: Transcription, as_of: dt.date) -> dict[str, list[_Event]]:
    """Answer the dated events of the open action items, by document, in date order."""
    events: dict[str, list[_Event]] = {}
    for a in t.actions:
        if a.document is not None and not is_done(a, as_of):
            events.setdefault(a.document, []).extend(_dates(a))
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
                deadline_event=event.kind.label if event else None,
                deadline_as_written=event.as_written if event else None,
                deadline_condition=event.condition if event else None,
                deadline_from_as_of=relative(event.day, as_of) if event else None,
                notes=d.notes,
                quotes=list(d.quotes),
            )
        )
    return rows


def topics(t: Transcription) -> list[TopicRow]:
    """Answer the sections of the minutes as topics, with their counts."""
    return [
        TopicRow(
            s.number,
            s.key,
            s.title,
            list(s.aliases),
            len(s.points),
            len(s.exchanges),
            [f"({s.number}) {s.title}"],
        )
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
        DiscussionRow(section.key, PassageKind.POINT, n, None, None, None, None, text, [text])
        for n, text in enumerate(section.points, start=1)
    ]
    exchanges = [
        DiscussionRow(
            section.key,
            PassageKind.EXCHANGE,
            n,
            t.person(e.person).name if e.person else None,
            e.speaker,
            e.certain,
            e.form,
            e.words,
            list(e.quotes),
        )
        for n, e in enumerate(section.exchanges, start=1)
        if person_id is None or e.person == person_id
    ]
    return exchanges if person_id else points + exchanges


def person_words(t: Transcription, person_id: str) -> list[DiscussionRow]:
    """Answer one person's exchanges across every section, in the minutes' order."""
    return [row for section in t.sections for row in discussion(t, section, person_id)]


def people(t: Transcription, facts: Facts | None) -> list[PersonRow]:
    """Answer everyone the minutes name: the spellings seen, the role they give, the
    exchanges per topic and the items owned; and, apart, who each is from `facts`."""
    outside = {f.person: f for f in facts.people} if facts else {}
    rows = []
    for p in t.people:
        spellings: list[str] = []
        by_topic: dict[str, int] = {}
        for s in t.sections:
            for e in s.exchanges:
                if e.person == p.id:
                    spellings += [e.speaker] if e.speaker not in spellings else []
                    by_topic[s.key] = by_topic.get(s.key, 0) + 1
        fact = outside.get(p.id)
        rows.append(
            PersonRow(
                id=p.id,
                name=p.name,
                spellings=spellings,
                role=p.role,
                exchanges=sum(by_topic.values()),
                by_topic=[f"{key} {count}" for key, count in by_topic.items()],
                items=[a.id for a in t.actions if p.id in a.owners],
                outside_full_name=fact.full_name if fact else None,
                outside_affiliation=fact.affiliation if fact else None,
                outside_role=fact.role if fact else None,
                outside_note=fact.note if fact else None,
                outside_source=fact.source if fact else None,
                outside_confidence=fact.confidence if fact else None,
                quotes=list(p.quotes),
            )
        )
    return rows


def outcomes(rows: list[DraftRow], facts: Facts) -> list[OutcomeRow]:
    """Answer the drafts' rows with what became of each document, from `facts`; a fact
    marked unconfirmed is given as such, never as an outcome."""
    known = {f.document: f for f in facts.documents}
    answered = []
    for row in rows:
        fact = known.get(row.id)
        f = fact if fact is not None and not fact.unconfirmed else None
        outcome: str | None
        if f is None:
            note = fact.note if fact is not None else None
            outcome = "unconfirmed" + (f": {note}" if note else "")
        elif f.rfc:
            title = f' "{f.rfc_title}"' if f.rfc_title else ""
            outcome = (
                ", ".join(x for x in (f"RFC {f.rfc}", f.rfc_date, f.rfc_category) if x) + title
            )
        else:
            outcome = f.outcome
        answered.append(
            OutcomeRow(
                **msgspec.structs.asdict(row),
                draft=f.draft if f else None,
                draft_note=f.draft_note if f else None,
                rfc=f.rfc if f else None,
                rfc_date=f.rfc_date if f else None,
                rfc_category=f.rfc_category if f else None,
                outcome=outcome,
                outcome_source=f.source if f else None,
            )
        )
    return answered


def search(t: Transcription, words: str) -> list[HitRow]:
    """Answer every summary point, exchange and action item holding `words`, in any case."""
    wanted = words.casefold()
    hits = []
    for s in t.sections:
        for n, point in enumerate(s.points, start=1):
            if wanted in point.casefold():
                hits.append(HitRow(s.key, PassageKind.POINT, str(n), None, point, [point]))
        for n, e in enumerate(s.exchanges, start=1):
            if wanted in e.words.casefold():
                speaker = t.person(e.person).name if e.person else None
                hits.append(
                    HitRow(s.key, PassageKind.EXCHANGE, str(n), speaker, e.words, list(e.quotes))
                )
    for a in t.actions:
        if wanted in a.what.casefold() or any(wanted in q.casefold() for q in a.quotes):
            hits.append(HitRow(a.section, PassageKind.ACTION, a.id, None, a.what, list(a.quotes)))
    return hits


def timeline(t: Transcription, as_of: dt.date) -> list[EventRow]:
    """Answer every dated event in date order: the meeting, each item's date, each last
    call's close, and each last-call window (announcement to close)."""
    m = t.meeting

    def where(day: dt.date) -> EventState:
        if day == as_of:
            return EventState.TODAY
        return EventState.PASSED if day < as_of else EventState.AHEAD

    events = [
        EventRow(
            m.date, None, EventKind.MEETING,
            f"{m.working_group} WG meets at IETF {m.ietf}, {m.city}",
            None, m.date_text, None, where(m.date), list(m.quotes),
        )
    ]  # fmt: skip
    for a in t.actions:
        name = t.document(a.document).name if a.document else a.what
        quotes = list(a.quotes)
        events += [
            EventRow(
                e.day, None, e.kind, f"{name}: {e.kind.label}",
                name, e.as_written, a.id, where(e.day), quotes,
            )
            for e in _dates(a)
        ]  # fmt: skip
        if a.due and a.due_text and a.closes and a.closes_text:
            window = EventState.OPEN if a.due <= as_of <= a.closes else where(a.closes)
            events.append(
                EventRow(
                    a.due, a.closes, EventKind.WINDOW, f"{name}: {EventKind.WINDOW.label}",
                    name, f"{a.due_text} to {a.closes_text}", a.id, window, quotes,
                )
            )  # fmt: skip
    return sorted(events, key=lambda e: (e.date, e.kind.order))

"""Pure questions about a transcription's dates and documents, the as-of date passed in; where
a dated thing stands on it is a State."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import msgspec

from msecwg.dates import count, relative
from msecwg.model import (
    Action,
    ActionKind,
    DateKind,
    Facts,
    SpeechForm,
    State,
    Transcription,
    WrittenDate,
    group_name,
)
from msecwg.rows import ActionRow, DateRow, DraftRow, EventRow, OutcomeRow, Said, StageRow

LAST_CALL = "Last Call"
ANNOUNCEMENT = "Last Call announcement"
_LABELS = {ActionKind.LAST_CALL_CLOSE: LAST_CALL, ActionKind.LAST_CALL_ANNOUNCEMENT: ANNOUNCEMENT}


def _where(first: dt.date, last: dt.date, as_of: dt.date) -> tuple[State, int]:
    """Answer where a day (or the days from first to last) lies from the as-of date, and how far."""
    if as_of < first:
        return State.AHEAD, (first - as_of).days
    return (State.PASSED, (last - as_of).days) if as_of > last else (State.TODAY, 0)


def _dated(
    kind: DateKind,
    label: str,
    opens: WrittenDate,
    as_of: dt.date,
    *,
    done: bool = False,
    closes: WrittenDate | None = None,
) -> DateRow:
    """Answer a task or an end as written, and where it stands; with `closes`, a Last Call's
    window, between its dates open where its announcement is `done`, else scheduled."""
    end = opens if closes is None else closes
    first, last = opens.day, end.last
    state, days = _where(first, last, as_of)
    if closes is None and done:
        state = State.DONE
    elif closes is not None and state is State.TODAY:
        state, days = State.OPEN if done else State.SCHEDULED, (last - as_of).days
    return DateRow(
        kind=kind, label=label, date=first, end=None if closes is None else last,
        precision=opens.precision, as_written=opens.text,
        end_as_written=None if closes is None else closes.text,
        condition=end.condition, tentative=end.tentative, state=state, days=days,
        from_as_of=relative(first if as_of < first else last, as_of, exact=True),
    )  # fmt: skip


D = TypeVar("D", DateRow, EventRow)
_ORDER = {kind: n for n, kind in enumerate(DateKind)}


def in_date_order(found: Iterable[D]) -> list[D]:
    """Answer dated things by date, those of one day in DateKind's order."""
    return sorted(found, key=lambda d: (d.date, _ORDER[d.kind]))


def dates_of(a: Action, as_of: dt.date) -> list[DateRow]:
    """Answer an item's dated things in date order: its date, a Last Call's close and window."""
    done = a.done is not None and a.done <= as_of
    found: list[DateRow] = []
    if a.date is not None:
        kind = DateKind.END if a.kind is ActionKind.LAST_CALL_CLOSE else DateKind.TASK
        found.append(_dated(kind, _LABELS.get(a.kind, ""), a.date, as_of, done=done))
    if a.closes is not None:
        found.append(_dated(DateKind.END, LAST_CALL, a.closes, as_of))
        if a.date is not None:
            found.append(
                _dated(DateKind.WINDOW, LAST_CALL, a.date, as_of, done=done, closes=a.closes)
            )
    return in_date_order(found)


def current(found: Sequence[DateRow]) -> DateRow | None:
    """Answer the dated thing that matters now: the first not done ending on or after the as-of
    date, else the last not done (else the last); open where ahead inside an open window."""
    things = [d for d in found if d.kind is not DateKind.WINDOW]
    pending = [d for d in things if d.state is not State.DONE]
    if not pending:
        return things[-1] if things else None
    chosen = next((d for d in pending if d.state is not State.PASSED), pending[-1])
    opened = any(d.kind is DateKind.WINDOW and d.state is State.OPEN for d in found)
    if opened and chosen.state is State.AHEAD:
        return msgspec.structs.replace(chosen, state=State.OPEN)
    return chosen


def passed(found: Iterable[DateRow]) -> list[DateRow]:
    """Answer the tasks and ends whose dates have passed with nothing recorded done."""
    return [d for d in found if d.kind is not DateKind.WINDOW and d.state is State.PASSED]


def actions(
    t: Transcription,
    as_of: dt.date,
    *,
    passed_only: bool = False,
    item: str | None = None,
    meeting: str = "",
) -> list[ActionRow]:
    """Answer the action items, then the follow-ups, with their dated things; with `passed_only`,
    those with a date passed and nothing done; with `item`, that one; each of `meeting`."""
    rows = []
    for listed, records in (("action item", t.actions), ("follow-up", t.follow_ups)):
        for a in records:
            if item is not None and a.id != item:
                continue
            found = dates_of(a, as_of)
            gone = passed(found)
            if passed_only and not gone:
                continue
            now = gone[-1] if gone else current(found)  # latest passed undone, else current
            done = a.done is not None and a.done <= as_of  # an undated item recorded done
            rows.append(
                ActionRow(
                    id=a.id,
                    section=a.section,
                    kind=a.kind,
                    what=a.what,
                    document=a.document,
                    people_role=a.people_role,
                    owner=a.owner,
                    done=a.done,
                    listed=listed,
                    document_name=t.document(a.document).name if a.document else None,
                    people=[t.person(p).name for p in a.people],
                    state=now.state if now else State.DONE if done else State.UNDATED,
                    current=now,
                    dates=found,
                    meeting=meeting,
                    quotes=list(a.quotes),
                )
            )
    return rows


def drafts(
    t: Transcription, as_of: dt.date, *, meeting: str = "", ref: Callable[[str], str] = str
) -> list[DraftRow]:
    """Answer every document with its next deadline."""
    concerning: dict[str, list[Action]] = {}
    for a in t.items:
        if a.document is not None:
            concerning.setdefault(a.document, []).append(a)
    rows = []
    for d in t.documents:
        mine = concerning.get(d.id, [])
        rows.append(
            DraftRow(
                id=d.id,
                name=d.name,
                title=d.title,
                status=d.status,
                state=d.state,
                notes=d.notes,
                called=list(d.called),
                stages=[
                    StageRow(
                        stage=f.stage,
                        quote=f.quote,
                        date=f.date.day if f.date else None,
                        date_as_written=f.date.text if f.date else None,
                    )
                    for f in d.stages
                ],
                said=[
                    Said(person=t.person(s.person).name if s.person else None, words=s.words)
                    for s in d.said
                ],
                deadline=current(in_date_order(x for a in mine for x in dates_of(a, as_of))),
                items=[ref(a.id) for a in mine],
                meeting=meeting,
                first_meeting=meeting,
                last_meeting=meeting,
                quotes=list(d.quotes),
            )
        )
    return rows


def outcomes(rows: list[DraftRow], facts: Facts) -> list[OutcomeRow]:
    """Answer the drafts' rows with what became of each from `facts`; unconfirmed ones said so."""
    known = {f.document: f for f in facts.documents}
    answered = []
    for row in rows:
        f = known.get(row.id)
        if f is None or f.unconfirmed:
            note = f": {f.note}" if f is not None and f.note else ""
            answered.append(OutcomeRow(**msgspec.structs.asdict(row), outcome=f"unconfirmed{note}"))
            continue
        outcome = f.outcome
        if f.rfc:
            title = f' "{f.rfc_title}"' if f.rfc_title else ""
            outcome = (
                ", ".join(x for x in (f"RFC {f.rfc}", f.rfc_date, f.rfc_category) if x) + title
            )
        answered.append(
            OutcomeRow(
                **msgspec.structs.asdict(row),
                draft=f.draft,
                draft_note=f.draft_note,
                rfc=f.rfc,
                rfc_date=f.rfc_date,
                rfc_category=f.rfc_category,
                rfc_url=f"https://www.rfc-editor.org/rfc/rfc{f.rfc}" if f.rfc else None,
                outcome=outcome,
                outcome_source=f.source,
            )
        )
    return answered


def timeline(t: Transcription, as_of: dt.date, meeting: str = "") -> list[EventRow]:
    """Answer every dated thing in date order: the meeting's days, then the items'."""
    m = t.meeting
    where = (f" at {m.event}" if m.event else "") + (f", {m.city}" if m.city else "")
    events = [
        EventRow(
            date=day.day, end=None, kind=DateKind.MEETING, label="Meeting",
            what=f"{group_name(m.working_group)} meets{where}",
            document=None, document_name=None, item=None, precision=day.precision,
            as_written=day.text, condition=None, tentative=None,
            state=state, days=days, meeting=meeting, quotes=list(m.quotes)
        )
        for day in dict.fromkeys(m.days)
        for state, days in [_where(day.day, day.last, as_of)]
    ]  # fmt: skip
    for a in t.items:
        name = t.document(a.document).name if a.document else None
        for d in dates_of(a, as_of):
            events.append(
                EventRow(
                    date=d.date, end=d.end, kind=d.kind, label=d.label,
                    what=f"{name or a.what}: {event_label(d)}", document=a.document,
                    document_name=name, item=a.id, precision=d.precision,
                    as_written=d.as_written, end_as_written=d.end_as_written,
                    condition=d.condition, tentative=d.tentative,
                    state=d.state, days=d.days, meeting=meeting, quotes=list(a.quotes)
                )
            )  # fmt: skip
    return in_date_order(events)


def event_label(d: DateRow | EventRow) -> str:
    """Answer what a dated thing is: "Announce Last Call", "Last Call closes", "Due"..."""
    if d.kind is DateKind.END:
        return f"{d.label} closes"
    if d.kind is DateKind.WINDOW:
        return f"{d.label} period"
    if d.label == ANNOUNCEMENT:
        return f"Announce {LAST_CALL}"
    return d.label or "Due"


def left_for_a_person(t: Transcription) -> list[tuple[int, str]]:
    """Answer what a transcription leaves to settle, each with a count ("3 turns cut off")."""
    turns = [e for s in t.sections for e in s.exchanges]
    counted = [
        (sum(e.form is SpeechForm.UNATTRIBUTED for e in turns), "turn", "naming no speaker"),
        (sum(e.cut_off for e in turns), "turn", "cut off"),
        (sum(not e.certain for e in turns), "speaker", "uncertain"),
    ]
    left = [(n, f"{count(n, thing)} {how}") for n, thing, how in counted if n]
    if not t.meeting.days:
        left.append((1, "no date of the meeting in the minutes"))
    if t.meeting.ietf_from == "file name":
        left.append((1, "the IETF number only in the file's name"))
    return left

"""The rows the questions answer: flat records of plain values and dates, which
every output format can show as they are."""

from __future__ import annotations

import datetime as dt

import msgspec

from msecwg.model import ActionKind, ActionState, EventKind, EventState, PassageKind, SpeechForm


class Row(msgspec.Struct, frozen=True):
    """Base of the rows a question answers: flat, immutable, encodable as JSON."""


class ActionRow(Row, frozen=True):
    """An action item and its state on the as-of date."""

    id: str
    section: str
    kind: ActionKind
    what: str
    document: str | None
    owners: list[str]
    due: dt.date | None
    due_as_written: str | None
    condition: str | None
    closes: dt.date | None
    closes_as_written: str | None
    done: dt.date | None
    state: ActionState
    due_from_as_of: str | None
    overdue_by: str | None
    quotes: list[str]


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
    quotes: list[str]


class OutcomeRow(DraftRow, frozen=True):
    """A document as in DraftRow, and what became of it, from outside the minutes."""

    draft: str | None
    draft_note: str | None
    rfc: int | None
    rfc_date: str | None
    rfc_category: str | None
    outcome: str | None
    outcome_source: str | None


class TopicRow(Row, frozen=True):
    """A section of the minutes, as a topic of discussion."""

    number: int
    key: str
    title: str
    aliases: list[str]
    points: int
    exchanges: int
    quotes: list[str]


class DiscussionRow(Row, frozen=True):
    """A summary point or an exchange of one section, in the minutes' order."""

    section: str
    kind: PassageKind
    n: int
    speaker: str | None
    as_written: str | None
    certain: bool | None
    form: SpeechForm | None
    text: str
    quotes: list[str]


class PersonRow(Row, frozen=True):
    """Someone the minutes name: as they write it, and, apart, who it is from outside them."""

    id: str
    name: str
    spellings: list[str]
    role: str | None
    exchanges: int
    by_topic: list[str]
    items: list[str]
    outside_full_name: str | None
    outside_affiliation: str | None
    outside_role: str | None
    outside_note: str | None
    outside_source: str | None
    outside_confidence: str | None
    quotes: list[str]


class HitRow(Row, frozen=True):
    """Where some words occur: a summary point, an exchange or an action item."""

    section: str
    kind: PassageKind
    ref: str
    speaker: str | None
    text: str
    quotes: list[str]


class EventRow(Row, frozen=True):
    """A dated event, or a window from `date` to `end`, and where it lies from the as-of
    date: passed, today, ahead, or (a window) open."""

    date: dt.date
    end: dt.date | None
    kind: EventKind
    what: str
    document: str | None
    as_written: str
    item: str | None
    state: EventState
    quotes: list[str]

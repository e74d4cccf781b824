"""The typed records of a transcription of a meeting's minutes.

The field names here are the keys of the TOML file; msgspec validates a parsed
file against these types, so this module is the transcription format.
"""

import datetime as dt
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Literal

import msgspec

Id = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9][a-z0-9-]*$")]
Text = Annotated[str, msgspec.Meta(min_length=1)]
Quotes = Annotated[list[Text], msgspec.Meta(min_length=1)]


# The vocabularies: every kind and state msecwg names, each written as it is in
# the transcription format and in JSON.


class EventKind(StrEnum):
    """What a dated event marks, in the order the events of one day are listed."""

    MEETING = "meeting"
    WINDOW = "window"
    ANNOUNCEMENT = "announcement"
    DUE = "due"
    CLOSE = "close"

    @property
    def label(self) -> str:
        """Answer what the event is called where it is shown."""
        return _EVENT_LABELS[self]

    @property
    def order(self) -> int:
        """Answer the event's place among the events of one day."""
        return _EVENT_ORDER[self]


_EVENT_LABELS = {
    EventKind.MEETING: "Meeting",
    EventKind.WINDOW: "WG Last Call",
    EventKind.ANNOUNCEMENT: "Last Call announced",
    EventKind.DUE: "Due",
    EventKind.CLOSE: "Last Call closes",
}
_EVENT_ORDER = {kind: n for n, kind in enumerate(EventKind)}


class ActionKind(StrEnum):
    """What an action item's date marks."""

    LAST_CALL_CLOSE = "last-call-close"
    LAST_CALL_ANNOUNCEMENT = "last-call-announcement"
    TASK = "task"

    @property
    def event(self) -> EventKind:
        """Answer the kind of event the item's date is."""
        return _ACTION_EVENTS[self]


_ACTION_EVENTS = {
    ActionKind.LAST_CALL_CLOSE: EventKind.CLOSE,
    ActionKind.LAST_CALL_ANNOUNCEMENT: EventKind.ANNOUNCEMENT,
    ActionKind.TASK: EventKind.DUE,
}


class ActionState(StrEnum):
    """Where an action item stands on the as-of date."""

    DONE = "done"
    UNDATED = "undated"
    PENDING = "pending"
    DUE_TODAY = "due today"
    OVERDUE = "overdue"


class EventState(StrEnum):
    """Where a dated event lies from the as-of date; a window may be open."""

    PASSED = "passed"
    TODAY = "today"
    AHEAD = "ahead"
    OPEN = "open"


class SpeechForm(StrEnum):
    """How the minutes give a turn of a discussion."""

    SAID = "said"
    REPORTED = "reported"
    UNATTRIBUTED = "unattributed"


class PassageKind(StrEnum):
    """The kind of passage a row of a discussion or a search stands for."""

    POINT = "point"
    EXCHANGE = "exchange"
    ACTION = "action"


class Record(msgspec.Struct, kw_only=True, frozen=True, forbid_unknown_fields=True):
    """Base of every record: strict keys, immutable."""


class Meeting(Record, kw_only=True, frozen=True):
    """The meeting the minutes record."""

    working_group: Text
    ietf: int
    city: Text
    date: dt.date
    date_text: Text
    scribe: Text
    charter: Text
    quotes: Quotes


class Person(Record, kw_only=True, frozen=True):
    """Someone the minutes name, by the name they use."""

    id: Id
    name: Text
    role: Text | None = None
    quotes: Quotes


class Document(Record, kw_only=True, frozen=True):
    """A document the minutes name, with its status and state as they put them."""

    id: Id
    name: Text
    title: Text | None = None
    section: Id
    status: Text | None = None
    state: Text
    notes: Text | None = None
    quotes: Quotes


class Action(Record, kw_only=True, frozen=True):
    """An action item or follow-up; `due` is the day it is for, if any."""

    id: Id
    section: Id
    kind: ActionKind
    what: Text
    document: Id | None = None
    owners: list[Id] = []
    due: dt.date | None = None
    due_text: Text | None = None
    condition: Text | None = None
    closes: dt.date | None = None
    closes_text: Text | None = None
    done: dt.date | None = None
    quotes: Quotes


class Exchange(Record, kw_only=True, frozen=True):
    """One turn of a discussion: who spoke, as written, and the words."""

    speaker: Text
    person: Id | None = None
    certain: bool = True
    form: SpeechForm = SpeechForm.SAID
    words: Text
    quotes: Quotes


class Section(Record, kw_only=True, frozen=True):
    """A numbered section of the minutes: its summary points and exchanges."""

    key: Id
    number: int
    title: Text
    aliases: list[Id] = []
    points: list[Text]
    exchanges: list[Exchange] = []


class Transcription(Record, kw_only=True, frozen=True, dict=True):
    """A whole transcription: one meeting and everything its minutes record.

    `facts`, if given, names a file of facts from outside the minutes (Facts).
    """

    schema: Literal[1]
    minutes: Text
    facts: Text | None = None
    meeting: Meeting
    people: list[Person]
    documents: list[Document]
    actions: list[Action]
    sections: list[Section]

    @cached_property
    def _people(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def _documents(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def _actions(self) -> dict[str, Action]:
        return {a.id: a for a in self.actions}

    def person(self, person_id: str) -> Person:
        """Answer the person with this id (the id is known to resolve)."""
        return self._people[person_id]

    def document(self, document_id: str) -> Document:
        """Answer the document with this id (the id is known to resolve)."""
        return self._documents[document_id]

    def action(self, action_id: str) -> Action:
        """Answer the action item with this id (the id is known to resolve)."""
        return self._actions[action_id]


class PersonFact(Record, kw_only=True, frozen=True):
    """Who a person the minutes name is, from a public record outside them."""

    person: Id
    full_name: Text
    affiliation: Text | None = None
    role: Text | None = None
    source: Text
    confidence: Literal["high", "medium", "low"]
    note: Text | None = None


class DocumentFact(Record, kw_only=True, frozen=True):
    """What became of a document after the meeting, from a public record; one that
    could not be confirmed says so and is not shown as a fact."""

    document: Id
    draft: Text | None = None
    draft_note: Text | None = None
    rfc: int | None = None
    rfc_date: Text | None = None
    rfc_category: Text | None = None
    rfc_title: Text | None = None
    outcome: Text | None = None
    source: Text | None = None
    unconfirmed: bool = False
    note: Text | None = None


class Facts(Record, kw_only=True, frozen=True):
    """Facts from outside the minutes about their people and documents, with sources."""

    schema: Literal[1]
    people: list[PersonFact] = []
    documents: list[DocumentFact] = []


def json_schema() -> str:
    """Answer the JSON Schema of the transcription format, generated from these records."""
    schema = msgspec.json.schema(Transcription)
    schema["title"] = "msecwg transcription"
    schema["description"] = (
        "A structured transcription of a working group meeting's minutes, read by msecwg. "
        "Written as TOML; TOML dates are ISO 8601 dates here."
    )
    return msgspec.json.format(msgspec.json.encode(schema).decode(), indent=2)

"""The typed records of a transcription of a meeting's minutes: their fields are the TOML file's
keys, and msgspec validates a parsed file against them, so this module is the format."""

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Literal

import msgspec

# An id is lower-case letters, digits and dashes. The lookahead keeps "$" from
# matching before a final line break, as it does in Python (not in JSON Schema).
Id = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9][a-z0-9-]*(?!\n)$")]
Text = Annotated[str, msgspec.Meta(min_length=1)]
Quotes = Annotated[list[Text], msgspec.Meta(min_length=1)]


# The vocabularies: every kind and state msecwg names, as transcriptions and JSON write it.


class DateKind(StrEnum):
    """What a dated thing is, in the order the dated things of one day are listed: the
    meeting, a task to do by a date (send an announcement), a window between two dates
    (a Last Call's period), or a scheduled end (a Last Call closes)."""

    MEETING = "meeting"
    TASK = "task"
    WINDOW = "window"
    END = "end"


class State(StrEnum):
    """Where a dated thing, an action item or a document's next deadline stands on the as-of date.
    msecwg knows only the dates and what the transcription records as done: `passed` says a date
    has passed, never that something was not done; a window is `open` only where its opening is
    recorded done, else `scheduled` (between its dates, closing on its last)."""

    AHEAD = "ahead"
    TODAY = "today"
    OPEN = "open"
    SCHEDULED = "scheduled"
    PASSED = "passed"
    DONE = "done"
    UNDATED = "undated"


class ActionKind(StrEnum):
    """What an action item's `date` marks: the close of a Last Call, the announcement of
    one (which `closes` on a later date), or a task."""

    LAST_CALL_CLOSE = "last-call-close"
    LAST_CALL_ANNOUNCEMENT = "last-call-announcement"
    TASK = "task"


class Precision(StrEnum):
    """How precisely the minutes give a date: a day, a month or a year."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class SpeechForm(StrEnum):
    """How the minutes give a turn of a discussion: the speaker's words ("Name:
    words"), the minutes' report of them, or words with no speaker."""

    SAID = "said"
    REPORTED = "reported"
    UNATTRIBUTED = "unattributed"


class DecisionKind(StrEnum):
    """How the minutes record a decision: a hum, a poll or show of hands with its
    count, a chair's ruling, or something decided, agreed or concluded."""

    DECIDED = "decided"
    AGREED = "agreed"
    HUM = "hum"
    SENSE_OF_THE_ROOM = "sense of the room"
    CONSENSUS = "consensus"
    CONCLUSION = "conclusion"
    RESOLUTION = "resolution"
    RESULT = "result"
    POLL = "poll"
    RULING = "ruling"


class Stage(StrEnum):
    """Where a document stands in its working group's process, in the words of RFC 6174
    (the states of a WG document) and RFC 7221 (adoption), as the minutes state it."""

    CANDIDATE = "candidate for adoption"
    ADOPTION_CALL = "call for adoption"
    ADOPTED = "adopted"
    WG_DOCUMENT = "WG document"
    NEW_REVISION = "new revision"
    REVISION_EXPECTED = "revision expected"
    WGLC_PLANNED = "WG Last Call planned"
    READY_FOR_WGLC = "ready for WG Last Call"
    IN_WGLC = "in WG Last Call"
    WRITE_UP = "waiting for write-up"
    SUBMITTED = "submitted to the IESG"
    APPROVED = "approved by the IESG"
    RFC_EDITOR = "with the RFC Editor"
    PUBLISHED = "published"
    PARKED = "parked"
    DEAD = "dead"
    NOT_ADOPTED = "not adopted"


class PassageKind(StrEnum):
    """Where a passage of the minutes stands: the opening, a section's heading, a summary
    point, an exchange, an action item, a decision, or other text of a section."""

    OPENING = "opening"
    HEADING = "heading"
    POINT = "point"
    EXCHANGE = "exchange"
    ACTION = "action"
    DECISION = "decision"
    TEXT = "text"


class Record(
    msgspec.Struct, kw_only=True, frozen=True, forbid_unknown_fields=True, omit_defaults=True
):
    """Base of every record: strict keys, immutable; written without its default values."""


class WrittenDate(Record, kw_only=True, frozen=True):
    """A date as the minutes write it: the day it names (the first day, for a month or
    a year), its words, and the words that make it conditional or tentative."""

    day: dt.date
    text: Text
    precision: Precision = Precision.DAY
    condition: Text | None = None
    tentative: Text | None = None

    @property
    def last(self) -> dt.date:
        """Answer the last day the date names: the day itself, or the end of its month or year."""
        return last_day(self.day, self.precision)


def last_day(day: dt.date, precision: Precision) -> dt.date:
    """Answer the last day a date of some precision names: the day, or its month's or year's."""
    if precision is Precision.DAY:
        return day
    if precision is Precision.YEAR:
        return dt.date(day.year, 12, 31)
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


UNNAMED_GROUP = "unnamed"
"""The working group of a meeting whose minutes name none."""


class Meeting(Record, kw_only=True, frozen=True):
    """The meeting the minutes record; what they do not state is left out. `ietf_from`
    says whether the minutes state the IETF number or only their file's name does."""

    working_group: Text
    ietf: int | None = None
    ietf_from: Literal["minutes", "file name"] = "minutes"
    interim: bool = False
    city: Text | None = None
    date: WrittenDate | None = None
    sessions: list[WrittenDate] = []
    scribe: Text | None = None
    charter: Text | None = None
    quotes: Quotes

    @property
    def event(self) -> str | None:
        """Answer which meeting it was: "IETF 57", "an interim meeting", or None if not said."""
        if self.ietf is not None:
            return f"IETF {self.ietf}"
        return "an interim meeting" if self.interim else None

    @property
    def days(self) -> list[WrittenDate]:
        """Answer the days the minutes write for the meeting: its date, then its sessions'."""
        return [d for d in (self.date, *self.sessions) if d is not None]

    @property
    def first_day(self) -> WrittenDate | None:
        """Answer the earliest day the minutes write for the meeting, where they write one."""
        return min(self.days, key=lambda d: d.day, default=None)

    @property
    def name(self) -> str:
        """Answer how the meeting is named: "MSEC WG, IETF 57", "HTTPbis WG", "ICCRG, IETF 122"."""
        group = group_name(self.working_group)
        return f"{group}, {self.event}" if self.event else group


def group_name(group: str) -> str:
    """Answer how a group is named: a working group with "WG" ("QUIC WG"), one whose name ends
    so, a research group of the IRTF or a meeting named in words as it names itself ("TSVWG",
    "ICCRG", "Environmental Impact")."""
    return group if group.upper().endswith(("RG", "WG")) or " " in group else f"{group} WG"


class Person(Record, kw_only=True, frozen=True):
    """Someone the minutes name, by the name they use."""

    id: Id
    name: Text
    role: Text | None = None
    quotes: Quotes


class Said(Record, kw_only=True, frozen=True):
    """Words of the minutes that someone said about a document, verbatim."""

    person: Id | None = None
    words: Text


class StageFact(Record, kw_only=True, frozen=True):
    """A document's stage as the minutes state it at the meeting: the stage in RFC 6174
    words, the minutes' words it rests on, and the date they give, if any."""

    stage: Stage
    quote: Text
    date: WrittenDate | None = None


class Document(Record, kw_only=True, frozen=True):
    """A document the minutes discuss: its intended status only where they record one,
    its state in msecwg's words, the other names the minutes call it, the stages they
    state, and what people said about it, verbatim."""

    id: Id
    name: Text
    title: Text | None = None
    called: list[Text] = []
    section: Id
    status: Text | None = None
    state: Text
    stages: list[StageFact] = []
    notes: Text | None = None
    said: list[Said] = []
    quotes: Quotes


class Reference(Record, kw_only=True, frozen=True):
    """A document the minutes cite in passing, without discussing it."""

    name: Text
    section: Id
    quotes: Quotes


OWNERS_APART = re.compile(r"\s*(?:,|\band\b|&|\+|/)\s*")
"""What stands between owners an action's `owner` writes together: "Katriel + Ben", "Martin
Duke, Ian Swett"."""


class Action(Record, kw_only=True, frozen=True):
    """An action item, or a follow-up the minutes assign elsewhere: what it is, the date
    its `kind` names, the close of the Last Call an announcement opens, the people it
    names (and the minutes' word for what they do), its owner as the minutes write it
    ("Lucas", "chairs", "Katriel + Ben"), and when it was recorded done."""

    id: Id
    section: Id
    kind: ActionKind
    what: Text
    document: Id | None = None
    people: list[Id] = []
    people_role: Text | None = None
    owner: Text | None = None
    date: WrittenDate | None = None
    closes: WrittenDate | None = None
    done: dt.date | None = None
    quotes: Quotes


class Exchange(Record, kw_only=True, frozen=True):
    """One turn of a discussion: who spoke, as written (and the role written with them),
    the words, and whether the minutes cut them off (a turn they cut off before its
    first word has no words)."""

    speaker: Text
    person: Id | None = None
    role: Text | None = None
    certain: bool = True
    form: SpeechForm = SpeechForm.SAID
    words: str
    cut_off: bool = False
    quotes: Quotes


class Decision(Record, kw_only=True, frozen=True):
    """What the minutes record as decided, verbatim, and the document it is about."""

    kind: DecisionKind
    text: Text
    document: Id | None = None


class Section(Record, kw_only=True, frozen=True):
    """A section of the minutes under its heading as written (numbered or not): its
    summary points, decisions and exchanges, and the session it was held in."""

    key: Id
    number: int | None = None
    heading: Text
    title: Text
    aliases: list[Id] = []
    session: int | None = None
    points: list[Text] = []
    decisions: list[Decision] = []
    exchanges: list[Exchange] = []


class Transcription(Record, kw_only=True, frozen=True, dict=True):
    """A whole transcription: one meeting and everything its minutes record; `facts`, if given,
    names a file of facts from outside the minutes (Facts)."""

    schema: Literal[2]
    minutes: Text
    facts: Text | None = None
    meeting: Meeting
    people: list[Person] = []
    documents: list[Document] = []
    references: list[Reference] = []
    actions: list[Action] = []
    follow_ups: list[Action] = []
    sections: list[Section] = []

    @cached_property
    def items(self) -> list[Action]:
        """Answer the action items, then the follow-ups."""
        return [*self.actions, *self.follow_ups]

    @cached_property
    def person(self) -> Callable[[str], Person]:
        """Answer the person with an id (the id is known to resolve)."""
        return {p.id: p for p in self.people}.__getitem__

    @cached_property
    def document(self) -> Callable[[str], Document]:
        """Answer the document with an id (the id is known to resolve)."""
        return {d.id: d for d in self.documents}.__getitem__

    @cached_property
    def section(self) -> Callable[[str], Section]:
        """Answer the section with a key (the key is known to resolve)."""
        return {s.key: s for s in self.sections}.__getitem__

    @cached_property
    def item(self) -> Callable[[str], Action]:
        """Answer the action item or follow-up with an id (the id is known to resolve)."""
        return {a.id: a for a in self.items}.__getitem__


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


# The group's own record (record.py): who is who and what is what across its meetings.

Kind = Literal["people", "documents"]
"""The kinds of names the group's record joins."""


class Names(Record, kw_only=True, frozen=True):
    """One person or document: the name shown for it, the other names that are it (as
    any meeting writes them), and the names that are not it, whatever the rules say."""

    name: Text
    also: list[Text] = []
    apart: list[Text] = []


class GroupRecord(Record, kw_only=True, frozen=True):
    """The record: who is who (`people`) and what is what (`documents`)."""

    schema: Literal[1]
    people: list[Names] = []
    documents: list[Names] = []

    def of(self, kind: Kind) -> list[Names]:
        """Answer the entries of one kind."""
        return self.people if kind == "people" else self.documents


def json_schema() -> str:
    """Answer the JSON Schema of the transcription format, generated from these records."""
    schema = msgspec.json.schema(Transcription)
    schema["title"] = "msecwg transcription"
    schema["description"] = (
        "A structured transcription of a working group meeting's minutes, read by msecwg. "
        "Written as TOML; TOML dates are ISO 8601 dates here."
    )
    return msgspec.json.format(msgspec.json.encode(schema).decode(), indent=2)

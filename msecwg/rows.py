"""The rows the questions answer: flat records of plain values, dates and small
objects, which every output format can show as they are.

Three kinds of text are kept apart by field: the minutes' own words (`quotes`,
`words`, `text` of a passage, `said`, every `*_as_written`, `condition`,
`tentative`, `people_role`), msecwg's wording (`what`, `state` of a document,
`notes`, labels), and facts from outside the minutes (every `outside_*` field and
the outcome fields, each with its source).

Each record names the meeting it is from (`meeting`, a label such as "IETF 57" or
"interim 2017-06-07"); a record gathered from several meetings says which.
"""

from __future__ import annotations

import datetime as dt

import msgspec

from msecwg.model import (
    ActionKind,
    DateKind,
    Meeting,
    PassageKind,
    Precision,
    SpeechForm,
    Stage,
    State,
)


class Scope(msgspec.Struct, frozen=True):
    """What a view answers for: the meetings given, in the order they were held, and the
    label each record names its meeting by."""

    labels: list[str]
    meetings: list[Meeting]

    @property
    def one(self) -> Meeting | None:
        """Answer the meeting, when there is only one."""
        return self.meetings[0] if len(self.meetings) == 1 else None

    @property
    def several(self) -> bool:
        """Answer whether the view spans more than one meeting."""
        return len(self.meetings) > 1

    @property
    def name(self) -> str:
        """Answer what the view is of: "MSEC WG, IETF 57", "QUIC WG's 16 meetings"."""
        if self.one is not None:
            return self.one.name
        whose = self.groups + ("'" if self.groups.endswith("s") else "'s")
        return f"{whose} {len(self.meetings)} meetings"

    @property
    def groups(self) -> str:
        """Answer the working groups the meetings are of: "QUIC WG", "HTTPbis and QUIC
        WGs", "HTTPbis, QUIC and HTTP WGs"."""
        names = list(dict.fromkeys(m.working_group for m in self.meetings))
        if len(names) == 1:
            return f"{names[0]} WG"
        return f"{', '.join(names[:-1])} and {names[-1]} WGs"


class Row(msgspec.Struct, frozen=True, kw_only=True):
    """Base of the rows a question answers: flat, immutable, encodable as JSON."""


class DateRow(Row, frozen=True, kw_only=True):
    """A dated thing and where it stands on the as-of date: a task to do by a date, a
    scheduled end, or a window from `date` to `end`, each end in the minutes' own words
    (`as_written`, `end_as_written`)."""

    kind: DateKind
    label: str
    date: dt.date
    end: dt.date | None
    precision: Precision
    as_written: str
    end_as_written: str | None = None
    condition: str | None
    tentative: str | None
    state: State
    days: int
    from_as_of: str


class ActionRow(Row, frozen=True, kw_only=True):
    """An action item or a follow-up, where it stands (`state`), the dated thing it
    stands at (`current`: the latest passed with nothing recorded done, else the first
    on or after the as-of date, else the last), and all its dated things."""

    id: str
    listed: str
    section: str
    kind: ActionKind
    what: str
    document: str | None
    document_name: str | None
    people: list[str]
    people_role: str | None
    state: State
    current: DateRow | None
    done: dt.date | None
    dates: list[DateRow]
    meeting: str = ""
    owner: str | None = None
    quotes: list[str]


class Said(Row, frozen=True, kw_only=True):
    """Words of the minutes someone said, verbatim, and who (None when not recorded)."""

    person: str | None
    words: str


class StageRow(Row, frozen=True, kw_only=True):
    """A stage of a document the minutes state (in RFC 6174 words), the minutes' words
    it rests on, and the date they give, as written."""

    stage: Stage
    quote: str
    date: dt.date | None
    date_as_written: str | None


class DraftRow(Row, frozen=True, kw_only=True):
    """A document: its intended status where the minutes record one, its state in
    msecwg's words, what people said about it, and its next deadline (the first dated
    thing of its items on or after the as-of date, else the last).

    Across meetings: its state and stages as the latest meeting that states a stage
    of it stated them (`meeting`; the latest that names it, where none does), the
    latest status recorded, the notes and words of the latest meeting that names it
    (`last_meeting`), the next deadline of all their items, the first meeting that
    names it and how many do."""

    id: str
    name: str
    title: str | None
    status: str | None
    state: str
    notes: str | None
    said: list[Said]
    deadline: DateRow | None
    items: list[str]
    meeting: str = ""
    first_meeting: str = ""
    last_meeting: str = ""
    meetings: int = 1
    called: list[str] = []
    stages: list[StageRow] = []
    joined: list[JoinRow] = []
    quotes: list[str]


class OutcomeRow(DraftRow, frozen=True, kw_only=True):
    """A document as in DraftRow, and what became of it, from outside the minutes."""

    draft: str | None
    draft_note: str | None
    rfc: int | None
    rfc_date: str | None
    rfc_category: str | None
    rfc_url: str | None
    outcome: str | None
    outcome_source: str | None


class TopicRow(Row, frozen=True, kw_only=True):
    """A section of the minutes, as a topic of discussion."""

    number: int | None
    key: str
    title: str
    heading: str
    aliases: list[str]
    points: int
    decisions: int
    exchanges: int
    meeting: str = ""
    quotes: list[str]


class DiscussionRow(Row, frozen=True, kw_only=True):
    """A summary point, a decision or an exchange of one section, in the minutes' order."""

    section: str
    kind: PassageKind
    n: int
    speaker: str | None
    as_written: str | None
    role: str | None
    certain: bool | None
    form: SpeechForm | None
    cut_off: bool | None
    text: str
    meeting: str = ""
    quotes: list[str]


class TopicCount(Row, frozen=True, kw_only=True):
    """How many exchanges someone has on one topic (of one meeting)."""

    topic: str
    exchanges: int
    meeting: str = ""


class MeetingCount(Row, frozen=True, kw_only=True):
    """How many exchanges someone has at one meeting, and other passages naming them."""

    meeting: str
    exchanges: int
    mentions: int


class PersonRow(Row, frozen=True, kw_only=True):
    """Someone the minutes name: as they write it, and, apart, who it is from outside them.
    `exchanges` counts the turns the minutes give them without doubt; `uncertain`, apart,
    those the minutes attribute with doubt ("Lakshminath(?)")."""

    id: str
    name: str
    spellings: list[str]
    role: str | None
    exchanges: int
    by_topic: list[TopicCount]
    mentions: int
    items: list[str]
    outside_full_name: str | None
    outside_affiliation: str | None
    outside_role: str | None
    outside_note: str | None
    outside_source: str | None
    outside_confidence: str | None
    by_meeting: list[MeetingCount] = []
    joined: list[JoinRow] = []
    uncertain: int = 0
    quotes: list[str]


class PassageRow(Row, frozen=True, kw_only=True):
    """A passage of the minutes, verbatim, and where it stands: the opening, or a
    section's heading, point, decision, exchange, action item or other text."""

    section: str | None
    where: PassageKind
    ref: str | None
    speaker: str | None
    text: str
    meeting: str = ""
    quotes: list[str]


class EventRow(Row, frozen=True, kw_only=True):
    """A dated thing of the meeting, an action item or a follow-up, for the timeline:
    what it is about, and where it lies from the as-of date."""

    date: dt.date
    end: dt.date | None
    kind: DateKind
    label: str
    what: str
    document: str | None
    document_name: str | None
    item: str | None
    precision: Precision
    as_written: str
    end_as_written: str | None = None
    condition: str | None
    tentative: str | None
    state: State
    days: int
    meeting: str = ""
    quotes: list[str]


class MeetingRow(Row, frozen=True, kw_only=True):
    """A meeting given: its label, which meeting it was, its working group, the days it
    was held (the first, and the last of several sessions, as the minutes give them),
    how many documents, decisions, action items (follow-ups included) and exchanges
    its transcription records, what it records as left for a person to settle (in
    msecwg's words, each with how many: `left` counts them all), and its file."""

    meeting: str
    working_group: str
    ietf: int | None
    interim: bool
    city: str | None
    date: dt.date | None
    last_date: dt.date | None
    date_as_written: str | None
    precision: Precision
    documents: int
    decisions: int
    action_items: int
    exchanges: int
    left: int
    left_for_a_person: list[str]
    file: str
    quotes: list[str]


class JoinRow(Row, frozen=True, kw_only=True):
    """A name joined across meetings to a person or document of another name: the name,
    the rule that joins it ("declared alias", "same name in another case", "first
    name", "first name and initial", "nickname", "adopted", "the group's record") and
    what it rests on (a meeting and its words, or the record's file)."""

    name: str
    rule: str
    where: str


class ProposalRow(Row, frozen=True, kw_only=True):
    """A name that may be one with others, left apart for a person to decide: the
    name, those it may be, and why."""

    name: str
    maybe: list[str]
    why: str

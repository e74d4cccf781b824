"""The records `read` answers: what a meeting's minutes say, every text verbatim.

Every text field holds words of the minutes as written (whitespace folded to
single spaces), so `" ".join(field.split())` is found in the minutes folded the
same way. `start` fields are offsets into the text read.
"""

import datetime as dt
from typing import Literal

import msgspec

from msecwg.model import Precision, SpeechForm


class Record(msgspec.Struct, kw_only=True, frozen=True):
    """Base of every record: keyword-only, immutable."""


class DateRead(Record, kw_only=True, frozen=True):
    """A date as the minutes write it, the days it covers and what reading it found
    (the transcription's record of it is msecwg.model.WrittenDate).

    A day has `first == last`; a month or year covers its first to its last day.
    `weekday_ok` is None when no weekday is written beside the date, else whether
    it is the date's weekday. `year_supplied` says the minutes gave day and month
    (or a month alone) and the meeting's year was supplied.
    """

    text: str
    first: dt.date
    last: dt.date
    precision: Precision
    weekday_ok: bool | None = None
    year_supplied: bool = False


class Day(Record, kw_only=True, frozen=True):
    """One day the meeting sat, as the minutes name it; `date` is None when they name
    only a weekday ("## Tuesday")."""

    text: str
    date: DateRead | None
    start: int


class Meeting(Record, kw_only=True, frozen=True):
    """The meeting, as far as the minutes state it; None where they do not.

    `number` is the IETF meeting's number; `number_from` says whether the minutes
    state it or only the file's name does. `quotes` are the passages all of this
    rests on.
    """

    group: str | None
    group_quote: str | None
    number: int | None
    number_from: Literal["minutes", "file name"] | None
    interim: bool
    city: str | None
    days: list[Day]
    quotes: list[str]


class Point(Record, kw_only=True, frozen=True):
    """A summary paragraph or bullet that is no one's turn."""

    text: str
    cut_off: bool
    start: int


class Turn(Record, kw_only=True, frozen=True):
    """One speaker's turn: the speaker as written and the words.

    `name` is the speaker without role, alias or uncertainty mark (None for an
    unattributed turn, "Ans:"); `form` is "said" (Name: words), "reported" (the
    minutes tell what was said: "Haitham: Commented that ...", "Lakshminath
    objected. ...") or "unattributed". `quote` is the turn as written, prefix and
    words; `person` indexes `Found.people`.
    """

    speaker: str
    name: str | None
    role: str | None
    uncertain: bool
    form: SpeechForm
    words: str
    quote: str
    cut_off: bool
    person: int | None
    start: int


class Section(Record, kw_only=True, frozen=True):
    """A section of the minutes, from its heading to the next.

    `heading` is the heading line as written ("(1) GSAKMP:", "### QUIC
    Invariants"); `title` the title inside it without numbering or markup;
    `presenter` the person a heading names as presenting ("[Mark Nottingham]",
    "1. Recharter, Thomas:"). `day` indexes `Meeting.days`.
    """

    heading: str
    title: str
    presenter: str | None
    number: int | None
    level: int
    day: int | None
    points: list[Point]
    turns: list[Turn]
    start: int


class Front(Record, kw_only=True, frozen=True):
    """What the minutes say before their first section: the title heading, if any,
    and the points and turns under it."""

    heading: str | None
    title: str | None
    points: list[Point]
    turns: list[Turn]


Office = Literal["chair", "AD"]
"""An office a line of the minutes names someone in: the group's chair, its Area Director."""


class Person(Record, kw_only=True, frozen=True):
    """A speaker, with every way the minutes write them.

    Names are one person where the minutes say so: spelt the same but for case,
    or tied by the minutes ("martin thomson(mt)", "*[CB]: Carsten Bormann");
    `quotes` are those passages. A name is also one person with the one speaker of
    the meeting it can be ("Lars" and "Lars Eggert", "chirstian" and "christian"):
    `inferred` holds the names so joined, for a person to review. `maybe` indexes
    other people who might be the same but are not surely so: left apart. An `office` is the
    one a line of the minutes names them in: "chair" of the group, or "AD" (quoted too).
    """

    name: str
    written: list[str]
    quotes: list[str]
    maybe: list[int]
    inferred: list[str] = []
    office: Office | None = None


class StageFound(Record, kw_only=True, frozen=True):
    """A stage the minutes state of a document: `kind` the stage in RFC 6174 / RFC 7221
    words (a `msecwg.model.Stage` value), `quote` the sentence or line that says it, `date`
    the one its clause gives, if any."""

    kind: str
    quote: str
    start: int
    date: DateRead | None = None


class Document(Record, kw_only=True, frozen=True):
    """A document the minutes name: a draft's file name, an RFC, a name the minutes
    give it ("Policy Token", "GKM Architecture"), only a title, or a section's
    heading that names its subject ("### Variants" under "## Active Drafts").

    `also` holds the other names it goes by ("GKM-Arch", the text of a link to it);
    `sections` every section it is mentioned in; `in_front` whether it is mentioned
    before the first section. `quote` is the sentence of its first mention.
    `subject_of` the sections whose subject it is; `discussed` whether the meeting
    discussed it (a section's subject, a stage stated, a draft presented) rather
    than citing it in passing; `stages` the stages the minutes state of it; `remarks` the
    sentences that remark on where it stands, stating no stage (kind "remark").
    """

    name: str
    kind: Literal["draft", "rfc", "named", "titled", "subject"]
    title: str | None
    also: list[str]
    quote: str
    sections: list[int]
    in_front: bool
    start: int
    subject_of: list[int] = []
    discussed: bool = True
    stages: list[StageFound] = []
    remarks: list[StageFound] = []


class ActionDate(Record, kw_only=True, frozen=True):
    """A date an action item gives, and what it marks: a task due by it ("will be
    sent out Friday 1 August 2003") or a scheduled end ("closing date of 1 September 2003")."""

    date: DateRead
    marks: Literal["due", "end"]


class Action(Record, kw_only=True, frozen=True):
    """An action item: from an action section, or a line that says it is one.

    `label` is its label as written ("(a)", "ACTION", "Action Item"; None for a task
    taken on in a turn), `text` the item without it, `owners` the people it names as
    doing it, `owner` them as written ("Katriel + Ben", "chairs", the speaker who
    takes the task on), inside `quote`; `condition` a condition written on its dates
    ("or the IESG Last Call closing date, whichever comes first"), `documents` the
    names of the documents mentioned in the span `named_in`. `section` indexes
    `Found.sections` (None: before the first section). `done` is the state the minutes
    list it under where that says it is done ("DONE"), as written.
    """

    label: str | None
    text: str
    owners: list[str]
    owner: str | None = None
    dates: list[ActionDate]
    condition: str | None
    documents: list[str] = []
    named_in: tuple[int, int]
    quote: str
    section: int | None
    start: int
    done: str | None = None


class Decision(Record, kw_only=True, frozen=True):
    """A hum, a "sense of the room", a consensus or a conclusion the minutes record.

    `kind` says which ("hum", "sense of the room", "consensus", "conclusion",
    "agreed", "decided", "poll", "ruling", ...); `text` is the outcome as written,
    with the question or turn it answers; `quote` the passage around it; `until` where
    the last passage it is read from ends; `documents` the names of the documents
    mentioned in `named_in`.
    """

    kind: str
    text: str
    quote: str
    section: int | None
    start: int
    until: int
    documents: list[str] = []

    @property
    def named_in(self) -> tuple[int, int]:
        """Answer the span whose mentions are the decision's documents: its passages, from
        where it starts."""
        return self.start, self.until


class Found(Record, kw_only=True, frozen=True):
    """Everything read from one meeting's minutes, and what was left for a person."""

    meeting: Meeting
    front: Front
    sections: list[Section]
    people: list[Person]
    documents: list[Document]
    actions: list[Action]
    decisions: list[Decision]
    left: list[str]

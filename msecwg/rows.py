"""The rows the questions answer, flat, each naming its meeting ("IETF 57"); the minutes' words
(`quotes`, `words`, `said`, `*_as_written`, `condition`, `tentative`, `people_role`), msecwg's
(`what`, `state`, `notes`, labels) and outside facts (`outside_*`, outcomes) in separate fields."""

import datetime as dt

import msgspec

from msecwg.model import (
    OWNERS_APART,
    ActionKind,
    DateKind,
    DecisionKind,
    Meeting,
    PassageKind,
    Precision,
    SpeechForm,
    Stage,
    State,
    group_name,
)


class Scope(msgspec.Struct, frozen=True):
    """What a view answers for: the meetings given, in the order held, and their labels."""

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
        """Answer what the view is of: "MSEC WG, IETF 57", "QUIC WG's 16 meetings", "22 groups'
        61 meetings" (more than three groups are named on the view's meeting line)."""
        if self.one is not None:
            return self.one.name
        names = self.group_names
        groups = f"{len(names)} groups" if len(names) > 3 else self.groups
        whose = groups + ("'" if groups.endswith("s") else "'s")
        return f"{whose} {len(self.meetings)} meetings"

    @property
    def group_names(self) -> list[str]:
        """Answer each group of the meetings once, as the first writes it ("CELLAR" = "cellar")."""
        first: dict[str, str] = {}
        for m in self.meetings:
            first.setdefault(m.working_group.casefold(), m.working_group)
        return list(first.values())

    @property
    def groups(self) -> str:
        """Answer the meetings' groups: "QUIC WG", "TLS and QUIC WGs", "ICCRG and QUIC groups"."""
        names = self.group_names
        if len(names) == 1:
            return group_name(names[0])
        kind = "WGs" if all(group_name(n).upper().endswith("WG") for n in names) else "groups"
        return f"{', '.join(names[:-1])} and {names[-1]} {kind}"


class Row(msgspec.Struct, frozen=True, kw_only=True):
    """Base of the rows a question answers: flat, immutable, encodable as JSON."""


class DateRow(Row, frozen=True, kw_only=True):
    """A dated thing (a task, an end, a window `date` to `end`) as written, and its state as of."""

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
    """An action item or follow-up, its dated things, and `current`: the latest passed undone, else
    the current one."""

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

    @property
    def owned_by_people(self) -> bool:
        """Whether its people are each owner the minutes write ("Aaron and Janelle" is two)."""
        return len(self.people) >= len([n for n in OWNERS_APART.split(self.owner or "") if n])


class Said(Row, frozen=True, kw_only=True):
    """Words of the minutes someone said, verbatim, and who (None when not recorded)."""

    person: str | None
    words: str


class StageRow(Row, frozen=True, kw_only=True):
    """A stage of a document the minutes state, the words it rests on, and its date as written."""

    stage: Stage
    quote: str
    date: dt.date | None
    date_as_written: str | None


class JoinRow(Row, frozen=True, kw_only=True):
    """A name joined across meetings to another: the rule ("nickname", ...) and what it rests on."""

    name: str
    rule: str
    where: str


class DraftRow(Row, frozen=True, kw_only=True):
    """A document: status, state, what was said of it, next deadline; across meetings, stages as the
    latest stating one gave them (`meeting`), words of the latest naming it, the first, how many."""

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

    draft: str | None = None
    draft_note: str | None = None
    rfc: int | None = None
    rfc_date: str | None = None
    rfc_category: str | None = None
    rfc_url: str | None = None
    outcome: str | None
    outcome_source: str | None = None


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
    speaker: str | None = None
    as_written: str | None = None
    role: str | None = None
    certain: bool | None = None
    form: SpeechForm | None = None
    cut_off: bool | None = None
    text: str
    meeting: str = ""
    quotes: list[str]


class DecisionRow(Row, frozen=True, kw_only=True):
    """A decision the minutes record, verbatim, in order: its section, kind, and named document."""

    section: str
    n: int
    kind: DecisionKind
    document: str | None
    document_name: str | None
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
    """Someone the minutes name, as written, and who from outside them; `exchanges` counts turns
    given them without doubt, `uncertain` those with doubt."""

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
    """A passage of the minutes, verbatim, and where it stands."""

    section: str | None
    where: PassageKind
    ref: str | None
    speaker: str | None
    text: str
    meeting: str = ""
    quotes: list[str]


class EventRow(Row, frozen=True, kw_only=True):
    """A dated thing of the meeting or an item, for the timeline: what, and where it lies."""

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
    """A meeting: label, group, days, how much it records, what it leaves for a person, its file."""

    meeting: str
    working_group: str
    ietf: int | None
    interim: bool
    city: str | None
    date: dt.date | None
    last_date: dt.date | None
    days: list[dt.date]
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


class ProposalRow(Row, frozen=True, kw_only=True):
    """A name that may be one with others, left for a person to decide: those it may be, and why."""

    name: str
    maybe: list[str]
    why: str

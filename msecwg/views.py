"""What each command shows, format-neutral: a View of its records, and how a table
for people lays them out (columns of cells, a heading, bullets above).

One function a command. The formats in formats.py turn a View into a table,
Markdown, TSV, CSV or JSON.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import msgspec

from msecwg.dates import long_date
from msecwg.model import ActionState, EventState, Meeting, PassageKind, Section
from msecwg.rows import (
    ActionRow,
    DiscussionRow,
    DraftRow,
    EventRow,
    HitRow,
    OutcomeRow,
    PersonRow,
    Row,
    TopicRow,
)

Lines = list[tuple[str | None, str]]
"""A table cell: lines of (text, rich style); a line whose text is None is left out."""

STATE_STYLES = {
    ActionState.OVERDUE: "bold red",
    ActionState.DUE_TODAY: "bold yellow",
    ActionState.DONE: "green",
}


class Column(msgspec.Struct, frozen=True):
    """A column of a people's table: its header, its cell, and how it takes width:
    a share of what is left (ratio), a set width, or (neither) its content's width."""

    header: str
    cell: Callable[[Any], Lines]
    ratio: int | None = 1
    width: int | None = None
    highlight: str | None = None


class View(msgspec.Struct, frozen=True, kw_only=True):
    """What one command shows: records for programs, and how a table lays them out."""

    kind: str
    rows: Sequence[Any]
    row_type: type[Row]
    columns: list[Column]
    heading: list[str] = []
    bullets: list[str] = []
    table_rows: Sequence[Any] | None = None
    as_of: dt.date | None = None
    meeting: Meeting | None = None
    empty: str | None = None

    def shown_rows(self) -> Sequence[Any]:
        """Answer the rows a table for people shows (by default, every record)."""
        return self.rows if self.table_rows is None else self.table_rows


# The views of each command.


def meeting_line(meeting: Meeting) -> str:
    """Answer the one-line description of the meeting."""
    return (
        f"{meeting.working_group} WG, IETF {meeting.ietf}, {meeting.city}, "
        f"{long_date(meeting.date)}. {meeting.charter}"
    )


def _draft_deadline(row: DraftRow) -> Lines:
    if row.deadline is None:
        return [("none", "dim")]
    return [
        (row.deadline_event, ""),
        (row.deadline_as_written, "bold"),
        (f"({row.deadline_condition})" if row.deadline_condition else None, ""),
        (row.deadline_from_as_of, "dim"),
    ]


def _outcome(row: OutcomeRow) -> Lines:
    return [
        (row.draft, ""),
        (f"({row.draft_note})" if row.draft_note else None, "dim"),
        (row.outcome, "bold" if row.rfc else ""),
        (f"Source: {row.outcome_source}" if row.outcome_source else None, "dim"),
    ]


OUTSIDE = "Outside the minutes: public records, each with its source; the minutes say none of it."


def outcome_view(rows: Sequence[OutcomeRow], meeting: Meeting, as_of: dt.date) -> View:
    """Answer the view of the documents with, in a column of its own, what became of each."""
    base = drafts_view(rows, meeting, as_of)
    column = Column("After the meeting (outside the minutes)", _outcome, ratio=5)
    return msgspec.structs.replace(
        base,
        row_type=OutcomeRow,
        heading=[*base.heading, OUTSIDE],
        columns=[*base.columns, column],
    )


def drafts_view(rows: Sequence[DraftRow], meeting: Meeting, as_of: dt.date) -> View:
    """Answer the view of the documents, under a line on the meeting and its charter."""
    return View(
        kind="drafts",
        rows=rows,
        row_type=DraftRow,
        heading=[meeting_line(meeting), f"Deadlines as of {long_date(as_of)}."],
        as_of=as_of,
        meeting=meeting,
        columns=[
            Column("Document", lambda r: [(r.name, "bold"), (r.title, "dim")], ratio=3),
            Column(
                "Intended status",
                lambda r: [(r.status, "")] if r.status else [("not stated", "dim")],
                ratio=None,
                width=15,
            ),
            Column("State and notes", lambda r: [(r.state, ""), (r.notes, "dim")], ratio=5),
            Column("Next deadline", _draft_deadline, ratio=None, width=20),
        ],
    )


def _action_what(row: ActionRow) -> Lines:
    owners = ", ".join(row.owners)
    return [
        (row.what, ""),
        (f"Document: {row.document}" if row.document else None, "dim"),
        (f"Owners: {owners}" if owners else None, "dim"),
        (f"Section: {row.section}", "dim"),
    ]


def _action_due(row: ActionRow) -> Lines:
    if row.due_as_written is None:
        return [("no date", "dim")]
    return [
        (row.due_as_written, "bold"),
        (f"({row.condition})" if row.condition else None, ""),
        ("closing date" if row.closes_as_written else None, ""),
        (row.closes_as_written, ""),
    ]


def _action_state(row: ActionRow) -> Lines:
    style = STATE_STYLES.get(row.state, "")
    if row.state is ActionState.OVERDUE:
        return [("overdue by", style), (row.overdue_by, style)]
    if row.state is ActionState.PENDING:
        return [("pending,", style), (f"due {row.due_from_as_of}", style)]
    return [(row.state, style)]


def actions_view(
    rows: Sequence[ActionRow], meeting: Meeting, as_of: dt.date, *, overdue_only: bool = False
) -> View:
    """Answer the view of the action items, each with its state on the as-of date (only
    the overdue ones, with a word when there are none, for `overdue_only`)."""
    overdue = sum(row.state is ActionState.OVERDUE for row in rows)
    return View(
        kind="actions",
        rows=rows,
        row_type=ActionRow,
        heading=[
            f"Action items of the {meeting.working_group} WG at IETF {meeting.ietf} "
            f"({long_date(meeting.date)}), as of {long_date(as_of)}: {overdue} overdue."
        ],
        as_of=as_of,
        meeting=meeting,
        empty=f"Nothing is overdue as of {long_date(as_of)}." if overdue_only else None,
        columns=[
            Column("Item", lambda r: [(r.id, "bold")], ratio=None),
            Column("What", _action_what, ratio=5),
            Column("Due", _action_due, ratio=None, width=20),
            Column("State", _action_state, ratio=None, width=19),
        ],
    )


def topics_view(rows: Sequence[TopicRow], meeting: Meeting) -> View:
    """Answer the view of the sections of the minutes as topics."""
    return View(
        kind="topics",
        rows=rows,
        row_type=TopicRow,
        heading=[f"Topics of the {meeting.working_group} WG minutes, IETF {meeting.ietf}:"],
        meeting=meeting,
        columns=[
            Column("#", lambda r: [(str(r.number), "")], ratio=None),
            Column("Topic", lambda r: [(r.key, "bold")], ratio=None),
            Column("Title", lambda r: [(r.title, "")], ratio=3),
            Column("Also", lambda r: [(", ".join(r.aliases), "dim")], ratio=2),
            Column("Points", lambda r: [(str(r.points), "")], ratio=None),
            Column("Exchanges", lambda r: [(str(r.exchanges), "")], ratio=None),
        ],
    )


def _speaker(row: DiscussionRow) -> Lines:
    name = row.speaker or "not recorded"
    if row.speaker and not row.certain:
        name += " (uncertain)"
    written = None if row.as_written == row.speaker else f"written “{row.as_written}”"
    return [(name, "bold" if row.speaker else "dim"), (written, "dim")]


def discussion_view(rows: Sequence[DiscussionRow], section: Section, meeting: Meeting) -> View:
    """Answer the view of a section: its summary points, then its exchanges in order.

    Records for programs hold both; the table shows the points above it.
    """
    return View(
        kind="discussion",
        rows=rows,
        row_type=DiscussionRow,
        heading=[f"({section.number}) {section.title}"],
        bullets=[r.text for r in rows if r.kind is PassageKind.POINT],
        table_rows=[r for r in rows if r.kind is PassageKind.EXCHANGE],
        meeting=meeting,
        columns=[
            Column("#", lambda r: [(str(r.n), "")], ratio=None),
            Column("Speaker", _speaker, ratio=None),
            Column("Words", lambda r: [(r.text, "")], ratio=1),
        ],
    )


def _person_minutes(row: PersonRow) -> Lines:
    exchanges = f"{row.exchanges} exchange{'' if row.exchanges == 1 else 's'}"
    return [
        (f"Role: {row.role}" if row.role else None, ""),
        (f"{exchanges}: {', '.join(row.by_topic)}" if row.exchanges else "no exchanges", ""),
        (f"Items: {', '.join(row.items)}" if row.items else None, ""),
    ]


def _person_outside(row: PersonRow) -> Lines:
    if row.outside_full_name is None:
        return [("no record", "dim")]
    return [
        (row.outside_full_name, ""),
        (f"{row.outside_affiliation} (2003)" if row.outside_affiliation else None, ""),
        (row.outside_role, ""),
        (row.outside_note, "dim"),
        (f"Source ({row.outside_confidence} confidence): {row.outside_source}", "dim"),
    ]


def _spellings(row: PersonRow) -> str | None:
    others = [f"“{s}”" for s in row.spellings if s != row.name]
    return f"also written {', '.join(others)}" if others else None


def people_view(rows: Sequence[PersonRow], meeting: Meeting) -> View:
    """Answer the view of everyone the minutes name, with what is known of each from
    outside them in a column of its own."""
    return View(
        kind="people",
        rows=rows,
        row_type=PersonRow,
        heading=[
            f"People named in the minutes of the {meeting.working_group} WG, IETF {meeting.ietf}.",
            OUTSIDE,
        ],
        meeting=meeting,
        columns=[
            Column("Name", lambda r: [(r.name, "bold"), (_spellings(r), "dim")], ratio=2),
            Column("In the minutes", _person_minutes, ratio=3),
            Column("Outside the minutes", _person_outside, ratio=4),
        ],
    )


def person_view(rows: Sequence[DiscussionRow], person: PersonRow, meeting: Meeting) -> View:
    """Answer the view of one person's words across every topic."""
    outside = (
        f"Outside the minutes: {person.outside_full_name}"
        + (f" ({person.outside_affiliation}, 2003)" if person.outside_affiliation else "")
        + f"; source: {person.outside_source}"
        if person.outside_full_name
        else None
    )
    return View(
        kind="person",
        rows=rows,
        row_type=DiscussionRow,
        heading=[f"{person.name}: every exchange in the minutes", *([outside] if outside else [])],
        meeting=meeting,
        columns=[
            Column("Topic", lambda r: [(r.section, "")], ratio=None),
            Column("#", lambda r: [(str(r.n), "")], ratio=None),
            Column("Words", lambda r: [(r.text, ""), (_written(r), "dim")], ratio=1),
        ],
    )


def _written(row: DiscussionRow) -> str | None:
    if row.as_written == row.speaker and row.certain is not False:
        return None
    uncertain = ", attribution uncertain" if row.certain is False else ""
    return f"written “{row.as_written}”{uncertain}"


def search_view(rows: Sequence[HitRow], words: str, meeting: Meeting) -> View:
    """Answer the view of the passages that hold some words, the words marked."""
    return View(
        kind="search",
        rows=rows,
        row_type=HitRow,
        heading=[
            f"{len(rows)} passage{'' if len(rows) == 1 else 's'} of the minutes hold “{words}”"
        ],
        meeting=meeting,
        empty=f"No passage of the minutes holds {words!r}.",
        columns=[
            Column("Where", lambda r: [(r.section, ""), (f"{r.kind} {r.ref}", "dim")], ratio=None),
            Column(
                "Speaker", lambda r: [(r.speaker, "")] if r.speaker else [("—", "dim")], ratio=None
            ),
            Column("Text", lambda r: [(r.text, "")], ratio=1, highlight=words),
        ],
    )


TIMELINE_STYLES = {
    EventState.PASSED: "dim",
    EventState.TODAY: "bold yellow",
    EventState.AHEAD: "bold",
    EventState.OPEN: "bold cyan",
}


def _when(row: EventRow) -> str:
    if row.end is None:
        return f"{row.date:%a} {row.date.day} {row.date:%b %Y}"
    return f"{row.date.day} {row.date:%b} to {row.end.day} {row.end:%b %Y}"


class Axis(msgspec.Struct, frozen=True):
    """The timeline's time axis: its first and last day, its width in characters, and
    whether the as-of date falls near enough to the events to be marked on it."""

    first: dt.date
    last: dt.date
    width: int
    as_of: dt.date
    marked: bool

    def at(self, day: dt.date) -> int:
        """Answer the character a day falls on."""
        length = max((self.last - self.first).days, 1)
        return round((day - self.first).days / length * (self.width - 1))

    def draw(self, start: dt.date, end: dt.date | None) -> str:
        """Answer the axis with a day marked (●), or a window drawn from start to end (━),
        and the as-of date marked (│, ╂ where it crosses a window) when near."""
        cells = ["·"] * self.width
        if end is None:
            cells[self.at(start)] = "●"
        else:
            cells[self.at(start) : self.at(end) + 1] = "━" * (self.at(end) - self.at(start) + 1)
        if self.marked:
            mark = self.at(self.as_of)
            cells[mark] = "╂" if cells[mark] == "━" else "│"
        return "".join(cells)

    def title(self) -> str:
        """Answer the span of the axis, as its column's header: "14 Jul → 1 Sep 2003"."""
        first, last = self.first, self.last
        start = f"{first.day} {first:%b}" + ("" if first.year == last.year else f" {first.year}")
        return f"{start} → {last.day} {last:%b %Y}"


def time_axis(rows: Sequence[EventRow], as_of: dt.date, width: int) -> Axis:
    """Answer the axis that spans the events, and the as-of date when it lies within a
    quarter of their span (at least a week) of them, in a terminal `width` wide."""
    days = [r.date for r in rows] + [r.end for r in rows if r.end]
    first, last = min(days), max(days)
    margin = dt.timedelta(days=max((last - first).days // 4, 7))
    near = first - margin <= as_of <= last + margin
    if near:
        first, last = min(first, as_of), max(last, as_of)
    return Axis(first, last, max(12, width - 58), as_of, near)


def timeline_view(rows: Sequence[EventRow], meeting: Meeting, as_of: dt.date, width: int) -> View:
    """Answer the view of the dated events in order, each last-call window drawn as a
    bar on one time axis, with a mark (│) for the as-of date when it falls near them."""
    axis = time_axis(rows, as_of, width)

    def chart(row: EventRow) -> Lines:
        style = "cyan" if row.end else TIMELINE_STYLES[row.state]
        return [(axis.draw(row.date, row.end), style)]

    if axis.marked:
        where = f"The as-of date, {long_date(as_of)}, is marked │."
    else:
        side = "after the last" if as_of > axis.last else "before the first"
        where = f"The as-of date, {long_date(as_of)}, lies {side} event, off the axis."
    return View(
        kind="timeline",
        rows=rows,
        row_type=EventRow,
        heading=[f"Timeline of the {meeting.working_group} WG, IETF {meeting.ietf}.", where],
        as_of=as_of,
        meeting=meeting,
        columns=[
            Column("When", lambda r: [(_when(r), TIMELINE_STYLES[r.state])], ratio=None),
            Column("Event", lambda r: [(r.what, "")], ratio=1),
            Column(axis.title(), chart, ratio=None, width=axis.width),
        ],
    )

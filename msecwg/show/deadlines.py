"""The views of the dated answers: documents, action items and the timeline."""

import datetime as dt
from collections.abc import Callable, Sequence

import msgspec

from msecwg.ask.queries import event_label as what
from msecwg.dates import count, short_date
from msecwg.model import DateKind, State
from msecwg.rows import ActionRow, DateRow, DraftRow, EventRow, OutcomeRow, Row, Scope
from msecwg.show.views import (
    OUTSIDE,
    STATE_STYLES,
    WIDE,
    Column,
    Footnotes,
    Lines,
    View,
    columns,
    date_text,
    field,
    heading,
    long_after,
    meeting_line,
    span,
    state_text,
    then,
)


def deadline_text(d: DateRow, notes: Footnotes) -> str:
    """Answer a document's next deadline, its tense where it stands: "closes 1 Sep 2003¹"."""
    if d.kind is DateKind.END:
        verb = {State.PASSED: "was to close", State.OPEN: "open until"}.get(d.state, "closes")
    elif d.label:
        verb = {State.DONE: "announced"}.get(d.state, "announce")
    else:
        verb = {State.PASSED: "was due", State.DONE: "done"}.get(d.state, "due")
    return f"{verb} {date_text(d)}{notes.mark(d)}"


def drafts_view(
    rows: Sequence[DraftRow],
    scope: Scope,
    as_of: dt.date,
    width: int = 80,
    *,
    outcomes: bool = False,
) -> View[DraftRow]:
    """Answer the view of the documents, one line each: name, status, state and next deadline."""
    notes = Footnotes()
    deadlines = {id(r): deadline_text(r.deadline, notes) for r in rows if r.deadline}
    states = {id(r): state_text(r.deadline, as_of) for r in rows if r.deadline}
    dated = bool(deadlines)
    statuses = any(r.status for r in rows)
    # With neither status nor deadline, a name given in words may wrap and its state not.
    plain = not dated and not statuses
    wide = scope.several and width >= WIDE
    restated = any(r.meeting != (r.last_meeting or r.meeting) for r in rows)
    told = [meeting_line(scope)]
    if since := then(scope, as_of):
        told.append(f"States as of the meeting, {since}; deadlines as of {short_date(as_of)}.")
    ends = [r.deadline.end or r.deadline.date for r in rows if r.deadline]
    told += long_after(as_of, ends, scope, outcomes=outcomes)
    return View(
        kind="drafts",
        rows=rows,
        row_type=DraftRow,
        heading=heading(count(len(rows), "document"), scope, as_of),
        notes=told,
        columns=columns(
            Column("Document", field("name", "bold"), key=True, wrap=plain),
            wide and Column("Meetings", _meetings, cut=True, min_width=8),
            statuses and Column("Status", field("status", dashed=True)),
            Column("State", field("state"), cut=True, min_width=22 if plain else 9),
            wide and restated and Column("Stated at", field("meeting"), cut=True, min_width=8),
            dated and Column("Next deadline", _by_id(deadlines), wrap=True, min_width=15),
            dated and width >= WIDE and Column("When", _by_id(states)),
        ),
        row_style=lambda r: STATE_STYLES[r.deadline.state] if r.deadline else "",
        footnotes=notes.marked(),
        as_of=as_of,
        scope=scope,
        whole="msecwg drafts NAME shows one whole, --long every one",
    )


def _by_id(texts: dict[int, str]) -> Callable[[Row], Lines]:
    """Answer the cell of the text kept for each row by its id, a dim dash where none is."""
    return field(lambda r: texts.get(id(r)), dashed=True)


def _meetings(row: DraftRow) -> Lines:
    """Answer the meetings that name a document: "IETF 118", "IETF 118 to 119 (3)"."""
    if row.meetings == 1:
        return [(row.meeting, "")]
    first, last = row.first_meeting, row.last_meeting or row.meeting
    if first.startswith("IETF ") and last.startswith("IETF "):
        last = last.removeprefix("IETF ")
    return [(f"{first} to {last} ({row.meetings})", "")]


def _outcome(row: OutcomeRow) -> Lines:
    style = "bold" if row.rfc_url is not None else "" if row.outcome_source is not None else "dim"
    return [(row.outcome, style)]


def outcome_view(rows: Sequence[OutcomeRow], scope: Scope, as_of: dt.date) -> View[OutcomeRow]:
    """Answer the view of the documents with what became of each, from outside the minutes."""
    return View(
        kind="drafts",
        rows=rows,
        row_type=OutcomeRow,
        heading=heading(count(len(rows), "document"), scope) + ", and what became of them",
        notes=[
            f"{OUTSIDE} From outside the minutes: public records; each one's draft and sources: "
            "msecwg drafts --long."
        ],
        columns=[
            Column("Document", field("name", "bold"), key=True),
            Column(f"After the meeting {OUTSIDE}", _outcome, wrap=True),
        ],
        as_of=as_of,
        scope=scope,
    )


def who(row: ActionRow) -> str:
    """Answer who an item is for: the people it names where they are each owner the minutes
    write, else its owner as written ("Aaron and Janelle" where only Janelle speaks)."""
    people = ", ".join(row.people)
    return people if people and row.owned_by_people else row.owner or people


def actions_view(
    rows: Sequence[ActionRow],
    scope: Scope,
    as_of: dt.date,
    *,
    passed_only: bool = False,
    others: Sequence[ActionRow] = (),
    outcomes: bool = False,
) -> View[ActionRow]:
    """Answer the view of the action items, then the follow-ups; `passed_only`, of those passed."""
    notes = Footnotes()
    dates_shown = {id(r): date_text(r.current) + notes.mark(r.current) for r in rows if r.current}
    states = {id(r): state_text(r.current, as_of) for r in rows if r.current}
    # an item with no date the minutes list as done ("* DONE" / "  * Carsten to review …")
    states |= {id(r): "recorded done" for r in rows if not r.current and r.state is State.DONE}
    items = sum(r.listed == "action item" for r in rows)
    listed = count(items, "action item")
    if len(rows) > items:
        listed += f" and {count(len(rows) - items, 'follow-up')}"
    dates = [d.end or d.date for r in rows for d in r.dates]
    # Where only passed dates are asked for, the day after the first passed shows one.
    since = min(dates) + dt.timedelta(days=1) if passed_only and dates else None
    have = "has" if len(rows) == 1 else "have"
    told = []
    if scope.several and not passed_only:  # the minutes never tie one meeting's item to another's
        told.append(
            f"{sum(r.done is None for r in rows)} of them still open: an item is done only where "
            "its transcription records the day it was done."
        )
    told += long_after(as_of, dates, scope, since=since, outcomes=outcomes)
    return View(
        kind="actions",
        rows=rows,
        row_type=ActionRow,
        heading=(
            f"{listed} of the {scope.name} {have} a date passed, as of {short_date(as_of)}"
            if passed_only
            else heading(listed, scope, as_of)
        ),
        notes=told,
        # Who, where the action items name it (a follow-up's people are on its card).
        columns=columns(
            Column("Id", field("id", "bold"), key=True),
            # A draft's name cut in its middle before What, which stays at least 20 wide.
            Column(
                "Document",
                field("document_name", dashed=True),
                key=True,
                cut=True,
                cut_within=True,
                min_width=12,
            ),
            Column(
                "What",
                field(lambda r: what(r.current) if r.current and r.current.label else r.what),
                ratio=2,
                cut=True,
                min_width=20,
            ),
            any(who(r) for r in rows if r.listed == "action item")
            and Column("Who", field(who, dashed=True), cut=True, min_width=8),
            bool(states) and Column("Date", _by_id(dates_shown)),
            bool(states) and Column("State", _by_id(states)),
        ),
        group=lambda r: (
            (f"{r.meeting}: " if scope.several else "")
            + ("Action items" if r.listed == "action item" else "Follow-ups")
        ),
        row_style=lambda r: STATE_STYLES[r.current.state if r.current else r.state],
        footnotes=notes.marked(),
        as_of=as_of,
        scope=scope,
        empty=none_passed(others, as_of) if passed_only else None,
        whole="msecwg actions ID shows one whole, --long every one",
    )


def none_passed(items: Sequence[ActionRow], as_of: dt.date) -> str:
    """Answer the answer when no item has a date passed, with how many stand open and undated."""
    said = f"No date has passed as of {short_date(as_of)}"
    still = [r for r in items if r.done is None or r.done > as_of]
    if not still:
        return f"{said}."
    action_items = sum(r.listed == "action item" for r in still)
    kinds = ((action_items, "action item"), (len(still) - action_items, "follow-up"))
    listed = " and ".join(count(n, thing) for n, thing in kinds if n)
    undated = sum(not r.dates for r in still)
    dated = f"{undated} of them undated" if undated else "each dated"
    if undated == len(still):
        dated = "none dated"
    are = "is" if len(still) == 1 else "are"
    return f"{said}; {listed} {are} open, {dated} (msecwg actions)."


OPEN_BAR, SCHEDULED_BAR = "━", "╍"
"""How the timeline draws a Last Call's window: recorded open, or only scheduled."""


class Axis(msgspec.Struct, frozen=True):
    """The timeline's axis: its first and last day, width, and whether the as-of date is on it."""

    first: dt.date
    last: dt.date
    width: int
    as_of: dt.date
    marked: bool

    def at(self, when: dt.date) -> int:
        """Answer the character a day falls on."""
        length = max((self.last - self.first).days, 1)
        return round((when - self.first).days / length * (self.width - 1))

    def draw(self, start: dt.date, end: dt.date | None, *, scheduled: bool = False) -> str:
        """Answer the axis with a day (●) or window drawn, and the as-of date (│, ╂) if near."""
        cells = ["·"] * self.width
        left, right = self.at(start), self.at(end or start)
        bar = "●" if end is None else SCHEDULED_BAR if scheduled else OPEN_BAR
        cells[left : right + 1] = bar * (right - left + 1)
        if self.marked:
            mark = self.at(self.as_of)
            cells[mark] = {OPEN_BAR: "╂", SCHEDULED_BAR: "╂", "●": "●"}.get(cells[mark], "│")
        return "".join(cells)


def time_axis(rows: Sequence[EventRow], as_of: dt.date, width: int) -> Axis:
    """Answer the axis over the events, and the as-of date if within a quarter of their span."""
    days = [r.date for r in rows] + [r.end for r in rows if r.end]
    first, last = min(days), max(days)
    margin = dt.timedelta(days=max((last - first).days // 4, 7))
    near = first - margin <= as_of <= last + margin
    if near:
        first, last = min(first, as_of), max(last, as_of)
    return Axis(first, last, width, as_of, near)


def timeline_view(
    rows: Sequence[EventRow], scope: Scope, as_of: dt.date, width: int, *, outcomes: bool = False
) -> View[EventRow]:
    """Answer the view of the dated things in order, each Last Call's window a bar on one axis."""
    if not rows:
        return View(
            kind="timeline",
            rows=rows,
            row_type=EventRow,
            heading=heading("No dated things", scope, as_of),
            as_of=as_of,
            scope=scope,
            empty="The minutes give no dates: neither the meeting's nor an item's.",
        )
    notes = Footnotes()
    when = {id(r): date_text(r) + notes.mark(r) for r in rows}
    # The axis takes what the dates and names leave of the terminal, 12 to 40 wide.
    wanted = max(map(len, when.values())) + max(len(r.what) for r in rows) + 4
    axis = time_axis(rows, as_of, min(40, max(12, width - wanted)))
    # A window is drawn open only where the minutes record its announcement sent.
    sent = {(r.meeting, r.item) for r in rows if r.kind is DateKind.TASK and r.state is State.DONE}
    windows = [r for r in rows if r.kind is DateKind.WINDOW]
    scheduled = {id(r) for r in windows if (r.meeting, r.item) not in sent}

    def chart(row: EventRow) -> Lines:
        drawn = axis.draw(row.date, row.end, scheduled=id(row) in scheduled)
        style = STATE_STYLES[State.SCHEDULED if id(row) in scheduled else row.state]
        return [(drawn, "cyan" if row.end and id(row) not in scheduled else style)]

    side = "after the last" if as_of > axis.last else "before the first"
    lies = "is marked │" if axis.marked else f"lies {side} one, off the axis"
    where = f"The as-of date, {short_date(as_of)}, {lies}."
    opened = len(windows) > len(scheduled)
    legend = [f"{OPEN_BAR} a Last Call period recorded open."] if opened else []
    if scheduled:
        legend.append(
            f"{SCHEDULED_BAR} a Last Call period only scheduled: its opening is not recorded."
        )
    dates = [r.end or r.date for r in rows]
    return View(
        kind="timeline",
        rows=rows,
        row_type=EventRow,
        heading=heading(count(len(rows), "dated thing"), scope, as_of),
        notes=[where, *legend, *long_after(as_of, dates, scope, outcomes=outcomes)],
        columns=[
            Column("When", field(lambda r: when[id(r)]), key=True),
            Column("What", field("what"), cut=True, min_width=12),
            Column(span(axis.first, axis.last, " → "), chart, min_width=axis.width),
        ],
        row_style=lambda r: STATE_STYLES[r.state],
        footnotes=notes.marked(),
        as_of=as_of,
        scope=scope,
    )

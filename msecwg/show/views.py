"""What each command shows, format-neutral: a View of its records, as a table or cards; the
minutes' own words in quotation marks (“…”), msecwg's plain, facts from outside them marked †."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import msgspec

from msecwg.dates import count, relative, short_date, weekday_in
from msecwg.model import DateKind, Meeting, State, WrittenDate
from msecwg.rows import DateRow, EventRow, Row, Scope

Lines = list[tuple[str | None, str]]
"""A cell: lines of (text, rich style); a line whose text is None is left out."""
Dated = DateRow | EventRow
"""A dated thing: an item's, or the timeline's."""

OUTSIDE = "†"
"""The mark of a fact from outside the minutes."""
LEGEND = "“…” the minutes' words · † from outside the minutes, with its source"
WIDE = 100
"""From this width on, tables add days from the as-of date, meetings naming a document, files."""
R = TypeVar("R", bound=Row)
"""The type of the records a view shows, and its columns read."""
STATE_STYLES = {
    State.PASSED: "red",
    State.TODAY: "bold yellow",
    State.OPEN: "cyan",
    State.SCHEDULED: "",
    State.DONE: "green",
    State.AHEAD: "",
    State.UNDATED: "dim",
}
"""How a row looks by the state of its date; the text says the state too."""


class Column(msgspec.Struct, Generic[R], frozen=True):
    """A table's column: header, cell, width; unbroken unless it may `wrap` or be `cut` with "…"
    (in the middle where it may `cut_within`: "draft-…example-core"); `key` columns head a record
    shown one field a line; one to `drop` is shown only where the table holds every column
    whole, else left out (and said so)."""

    header: str
    cell: Callable[[R], Lines]
    ratio: int = 1
    min_width: int | None = None
    wrap: bool = False
    cut: bool = False
    cut_within: bool = False
    highlight: Sequence[str] = ()
    key: bool = False
    drop: bool = False


def columns(*given: Column[R] | bool) -> list[Column[R]]:
    """Answer the columns given, leaving out those a condition left out (False)."""
    return [c for c in given if isinstance(c, Column)]


def field(
    read: str | Callable[[R], object], style: str = "", *, dashed: bool = False
) -> Callable[[R], Lines]:
    """Answer the cell of a field (or what `read` answers), styled; a dash for none if `dashed`."""
    get = operator.attrgetter(read) if isinstance(read, str) else read

    def cell(row: R) -> Lines:
        value = get(row)
        return [(str(value), style)] if value or not dashed else dash()

    return cell


class Field(msgspec.Struct, frozen=True):
    """A line of a card; `verbatim` lines are shown under --cite as the minutes write them."""

    label: str
    lines: Lines
    verbatim: bool = False


class Card(msgspec.Struct, frozen=True):
    """One record on one screen: its title, and its fields."""

    title: str
    fields: list[Field]


class View(msgspec.Struct, Generic[R], frozen=True, kw_only=True):
    """What a command shows: records for programs; for people a heading, a table or cards."""

    kind: str
    rows: Sequence[R]
    row_type: type[R]
    heading: str
    scope: Scope
    columns: list[Column[R]] = []
    notes: list[str] = []
    bullets: list[str] = []
    table_rows: Sequence[R] | None = None
    group: Callable[[R], str] | None = None
    row_style: Callable[[R], str] | None = None
    footnotes: list[tuple[str, str]] = []
    cards: list[Card] | None = None
    as_of: dt.date | None = None
    empty: str | None = None
    whole: str = "--json shows each whole"

    def shown_rows(self) -> Sequence[R]:
        """Answer the rows a table for people shows (by default, every record)."""
        return self.rows if self.table_rows is None else self.table_rows


def quoted(words: str) -> str:
    """Answer words of the minutes as people see them: in quotation marks."""
    return f"“{words}”"


def in_words(parts: Sequence[str]) -> str:
    """Answer parts listed in words: "3", "1 and 3", "1, 2 and 3"."""
    return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)


def meeting_line(scope: Scope) -> str:
    """Answer the meeting in a few words, "MSEC WG, IETF 57, Vienna, Mon 14 Jul 2003.", and what
    it did about its charter; for several, the first and the last of those placed in time (with a
    date or an IETF number), and how many are not."""
    meeting = scope.one
    if meeting is None:
        placed = [i for i, m in enumerate(scope.meetings) if m.days or m.ietf is not None]
        if len(placed) < 2:  # no span in time: the first and last given
            placed = list(range(len(scope.meetings)))
        first, last = (_held(scope.labels[i], scope.meetings[i]) for i in (placed[0], placed[-1]))
        apart = len(scope.meetings) - len(placed)
        more = f", and {apart} with no date" if apart else ""
        meetings = count(len(scope.meetings), "meeting")
        return f"{meetings} of the {scope.groups}, {first} to {last}{more}."
    where = f", {meeting.city}" if meeting.city else ""
    when = f", {written_date(meeting.date)}" if meeting.date else ""
    said = f"{meeting.name}{where}{when}."
    return f"{said} At the meeting: {meeting.charter}" if meeting.charter else said


def then(scope: Scope, as_of: dt.date) -> str | None:
    """Answer the meeting's day ("Mon 14 Jul 2003") where the as-of date is another, else None."""
    meeting = scope.one
    if meeting is None or meeting.date is None or meeting.date.day == as_of:
        return None
    return written_date(meeting.date)


def _held(label: str, meeting: Meeting) -> str:
    """Answer a meeting's label and, where the label does not say it, its day: "IETF 118 (6 Nov
    2023)", "IETF 99 (HTTP, 19 Jul 2017)"."""
    first = meeting.first_day
    if first is None or first.day.isoformat() in label:
        return label
    day = short_date(first.day, False, first.precision)
    return f"{label[:-1]}, {day})" if label.endswith(")") else f"{label} ({day})"


def heading(what: str, scope: Scope, as_of: dt.date | None = None) -> str:
    """Answer a view's heading: "4 action items of the MSEC WG, IETF 57, as of Sat 2 Aug 2003"."""
    when = f", as of {short_date(as_of)}" if as_of else ""
    return f"{what} of the {scope.name}{when}"


def written_date(date: WrittenDate) -> str:
    """Answer a written date at its precision, with a weekday only where the minutes give one."""
    return short_date(date.day, weekday_in(date.text) is not None, date.precision)


def date_text(d: Dated) -> str:
    """Answer a dated thing's date as written_date does; a window as its two days (span)."""
    if d.kind is DateKind.WINDOW and d.end is not None:
        return span(d.date, d.end)
    return short_date(d.date, weekday_in(d.as_written) is not None, d.precision)


def span(first: dt.date, last: dt.date, between: str = " to ") -> str:
    """Answer two days, the first without the year they share: "1 Aug to 1 Sep 2003"."""
    start = short_date(first, False)
    if first.year == last.year:
        start = start.removesuffix(f" {first.year}")
    return f"{start}{between}{short_date(last, False)}"


def state_text(d: Dated, as_of: dt.date) -> str:
    """Answer where a dated thing stands in words that need no colour: "today", "3 days ago"."""
    if d.state is State.DONE:
        return "recorded sent" if d.label.endswith("announcement") else "recorded done"
    if d.state is State.PASSED and d.kind is DateKind.TASK:
        return "not recorded as sent" if d.label.endswith("announcement") else "not recorded done"
    if d.state is State.OPEN:
        left = ((d.end or d.date) - as_of).days
        return "open, closes today" if left == 0 else f"open, {count(left, 'day')} left"
    if d.state is State.SCHEDULED:
        return f"scheduled, closing {relative(d.end or d.date, as_of)}"
    if d.state is State.TODAY:
        return "today"
    return relative(d.date if d.state is State.AHEAD else d.end or d.date, as_of)


class Footnotes(dict[str, str]):
    """A view's footnotes: each date's condition or hedge once, in the minutes' words, marked."""

    MARKS = "¹²³⁴⁵⁶⁷⁸⁹"

    def mark(self, d: Dated) -> str:
        """Answer the marks for a dated thing's condition and hedge ("" when none)."""
        said = [words for words in (d.condition, d.tentative) if words]
        for words in said:
            n = len(self)
            self.setdefault(words, self.MARKS[n] if n < len(self.MARKS) else f"[{n + 1}]")
        return "".join(self[words] for words in said)

    def marked(self) -> list[tuple[str, str]]:
        """Answer the footnotes: each mark and the words it points to."""
        return [(mark, words) for words, mark in self.items()]


def footnote_lines(footnotes: Sequence[tuple[str, str]], width: int = 80) -> list[str]:
    """Answer the lines of a view's footnotes, on one line when they fit in `width`."""
    notes = [f"{mark} {quoted(words)}" for mark, words in footnotes]
    together = "  ".join(notes)
    return [together] if notes and len(together) <= width else notes


def long_after(
    as_of: dt.date,
    dates: Sequence[dt.date],
    scope: Scope,
    *,
    since: dt.date | None = None,
    outcomes: bool = False,
) -> list[str]:
    """Answer, for an as-of date over a year after all `dates`, how to see the meeting's own time
    (and with `outcomes`, what became of the documents)."""
    latest = max(dates, default=None)
    if latest is None or (as_of - latest).days <= 365:
        return []
    years = relative(latest, as_of).removesuffix(" ago")
    meeting = scope.one
    if since is None:
        since = meeting.date.day if meeting is not None and meeting.date else latest
    outcome = ", or drafts --outcome" if outcomes else ""
    return [f"These dates are {years} past: try --as-of {since.isoformat()}{outcome}."]


def cells(*lines: tuple[str | None, str]) -> Lines:
    """Answer a cell of the lines given, leaving out the empty ones."""
    return [line for line in lines if line[0]]


def dash() -> Lines:
    """Answer the cell of an absent value: a dim dash."""
    return [("—", "dim")]


def by_meeting(scope: Scope) -> Callable[[Row], str] | None:
    """Answer how a view of several meetings groups its rows: under each one's label."""
    return operator.attrgetter("meeting") if scope.several else None


def cited(row: Row) -> Lines:
    """Answer the minutes' words a record rests on, quoted, a line each (none of msecwg's)."""
    return [(quoted(words), "italic dim") for words in getattr(row, "quotes", [])]


def groups(view: View[R]) -> list[tuple[str | None, list[R]]]:
    """Answer the rows a table shows by group, titled where several or of several meetings."""
    if view.group is None:
        return [(None, list(view.shown_rows()))]
    grouped: dict[str, list[R]] = {}
    for row in view.shown_rows():
        grouped.setdefault(view.group(row), []).append(row)
    titled = len(grouped) > 1 or view.scope.several
    return [(title if titled else None, rows) for title, rows in grouped.items()]

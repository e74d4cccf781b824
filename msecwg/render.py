"""Everything msecwg shows: tables for people, TSV, CSV, JSON and Markdown for
programs and mail, and files it writes.

This is the only module that writes to stdout, stderr or an output file. Each
listing command describes what it shows as a View; `show` renders a view in the
format asked for. Rich is imported only when a table is drawn.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from msecwg import __version__
from msecwg.dates import long_date
from msecwg.errors import MsecwgError, UsageProblem
from msecwg.model import Meeting, Section
from msecwg.safe import clean, escape_json
from msecwg.select import (
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

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

JSON_SCHEMA_VERSION = 1

STATE_STYLES = {"overdue": "bold red", "due today": "bold yellow", "done": "green"}

Lines = list[tuple[str | None, str]]
"""A table cell: lines of (text, rich style); a line whose text is None is left out."""


class Output(msgspec.Struct, frozen=True):
    """How to show results: the format, and whether tables may use colour."""

    format: str
    color: bool
    force_terminal: bool = False
    cite: bool = False


def choose_output(format: str | None, *, no_color: bool = False, cite: bool = False) -> Output:
    """Answer the output for the options given and the environment.

    The format defaults to a table on a terminal and TSV otherwise. Colour is
    off for --no-color, NO_COLOR (any value), CLICOLOR=0 and TERM=dumb; on when
    piped only with CLICOLOR_FORCE.
    """
    on_terminal = sys.stdout.isatty()
    env = os.environ
    forced = env.get("CLICOLOR_FORCE", "0") not in ("", "0")
    color_off = (
        no_color or "NO_COLOR" in env or env.get("CLICOLOR") == "0" or env.get("TERM") == "dumb"
    )
    return Output(
        format=format or ("table" if on_terminal else "tsv"),
        color=not color_off and (on_terminal or forced),
        force_terminal=forced and not color_off,
        cite=cite,
    )


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


def show(view: View, output: Output) -> None:
    """Show a view on stdout in the output's format.

    A view with no records and a message for that (`empty`) says so on stderr;
    formats for people then show nothing, formats for programs their empty form.
    """
    if not view.rows and view.empty is not None:
        note(view.empty)
        if output.format in ("table", "markdown"):
            return
    writers: dict[str, Callable[[View, Output], None]] = {
        "table": _table,
        "tsv": _tsv,
        "csv": _csv,
        "json": _json,
        "markdown": _markdown,
    }
    writers[output.format](view, output)


def error(message: str) -> None:
    """Show one line on stderr saying what went wrong."""
    sys.stderr.write(f"msecwg: {clean(message)}\n")


def note(message: str) -> None:
    """Show a message for people on stderr, apart from the data on stdout."""
    sys.stderr.write(f"{clean(message)}\n")


def plain(text: str) -> None:
    """Show a line of text on stdout."""
    sys.stdout.write(f"{clean(text)}\n")


def generated(text: str) -> None:
    """Show text that msecwg generated itself, holding no data, on stdout as it is."""
    sys.stdout.write(text if text.endswith("\n") else f"{text}\n")


def write(data: bytes, path: Path | None, *, force: bool = False) -> None:
    """Write bytes to a file, or to stdout when no path is given.

    An existing file is replaced only with `force`, and then whole or not at
    all: the bytes go to a temporary file beside it that is renamed over it.
    """
    if path is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    if path.is_dir():
        raise UsageProblem(f"{path}: is a directory; give a file name")
    if not path.parent.is_dir():
        raise UsageProblem(f"{path}: the directory {path.parent} does not exist")
    if path.exists() and not force:
        raise UsageProblem(f"{path}: already exists; add --force to replace it")
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as problem:
        partial.unlink(missing_ok=True)
        raise MsecwgError(f"{path}: cannot write: {problem.strerror}") from None


# Records, for programs.


def _fields(view: View, output: Output) -> list[str]:
    """Answer the fields of the records shown: all but the quotes, unless asked to cite."""
    names = list(view.row_type.__struct_fields__)
    return names if output.cite else [name for name in names if name != "quotes"]


def _columns(view: View, output: Output) -> list[Column]:
    """Answer the columns of the table; with --cite, the widest also shows, under each
    row's text, the words of the minutes the row rests on."""
    if not output.cite:
        return view.columns
    widest = max(view.columns, key=lambda c: c.ratio or 0)

    def cited(row: Any) -> Lines:
        return [*widest.cell(row), *((f"“{quote}”", "italic dim") for quote in row.quotes)]

    return [msgspec.structs.replace(c, cell=cited) if c is widest else c for c in view.columns]


def _flat(value: Any, name: str = "") -> str:
    """Answer a field as one cell of text: ISO dates, lists joined, no line breaks."""
    if isinstance(value, str):  # most fields: first
        return clean(value)
    if value is None:
        return ""
    if name == "quotes":
        return clean(" ".join(f"“{quote}”" for quote in value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return clean(str(value))


def _tsv(view: View, output: Output) -> None:
    names = _fields(view, output)
    lines = ["\t".join(names)]
    lines += ["\t".join(_flat(getattr(row, n), n) for n in names) for row in view.rows]
    sys.stdout.write("\n".join(lines) + "\n")


def _csv(view: View, output: Output) -> None:
    import csv

    names = _fields(view, output)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(names)
    out.writerows([_flat(getattr(row, n), n) for n in names] for row in view.rows)


def _json(view: View, output: Output) -> None:
    names = _fields(view, output)
    envelope = {
        "schema_version": JSON_SCHEMA_VERSION,
        "msecwg": __version__,
        "kind": view.kind,
        "as_of": view.as_of,
        "meeting": None
        if view.meeting is None
        else {
            "working_group": view.meeting.working_group,
            "ietf": view.meeting.ietf,
            "city": view.meeting.city,
            "date": view.meeting.date,
        },
        "records": [{n: getattr(row, n) for n in names} for row in view.rows],
    }
    encoded = msgspec.json.format(msgspec.json.encode(envelope).decode(), indent=2)
    sys.stdout.write(escape_json(encoded))
    sys.stdout.write("\n")


# Tables, for people.


def _markdown(view: View, output: Output) -> None:
    def cell(lines: Lines) -> str:
        shown = [clean(text) for text, _ in lines if text]
        return "<br>".join(t.replace("\\", "\\\\").replace("|", "\\|") for t in shown)

    out = [line for heading in view.heading for line in (clean(heading), "")]
    out += [f"- {clean(bullet)}" for bullet in view.bullets]
    if view.bullets:
        out.append("")
    if view.shown_rows():
        columns = _columns(view, output)
        out.append("| " + " | ".join(c.header for c in columns) + " |")
        out.append("|" + "|".join("---" for _ in columns) + "|")
        for row in view.shown_rows():
            out.append("| " + " | ".join(cell(c.cell(row)) or " " for c in columns) + " |")
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")


def _console(output: Output) -> Console:
    """Answer a console for this invocation, reading the terminal's width now."""
    from rich.console import Console

    return Console(
        markup=False,
        emoji=False,
        highlight=False,
        color_system="auto" if output.color else None,
        force_terminal=True if output.force_terminal else None,
    )


def _text(lines: Lines, highlight: str | None = None) -> Text:
    """Answer a cell's lines as rich text, with `highlight` marked wherever it occurs."""
    from rich.text import Text

    cell = Text()
    for line, style in lines:
        if line:
            if cell:
                cell.append("\n")
            cell.append(clean(line), style=style)
    if highlight:
        cell.highlight_words([clean(highlight)], style="reverse", case_sensitive=False)
    return cell


def _table(view: View, output: Output) -> None:
    from rich import box
    from rich.table import Table

    console = _console(output)
    for n, line in enumerate(view.heading):
        console.print(clean(line), style="bold" if n == 0 else "dim")
    if view.bullets:
        grid = Table.grid(padding=(0, 1, 0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for bullet in view.bullets:
            grid.add_row("-", _text([(bullet, "")]))
        console.print(grid)
    if not view.shown_rows():
        return
    table = Table(
        box=box.SIMPLE_HEAD, header_style="bold", show_edge=False, pad_edge=False, expand=True
    )
    columns = _columns(view, output)
    for column in columns:
        table.add_column(
            column.header,
            overflow="fold",
            ratio=column.ratio,
            width=column.width,
        )
    for row in view.shown_rows():
        table.add_row(*(_text(column.cell(row), column.highlight) for column in columns))
    if view.bullets:
        console.print()
    console.print(table)


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
    if row.state == "overdue":
        return [("overdue by", style), (row.overdue_by, style)]
    if row.state == "pending":
        return [("pending,", style), (f"due {row.due_from_as_of}", style)]
    return [(row.state, style)]


def actions_view(
    rows: Sequence[ActionRow], meeting: Meeting, as_of: dt.date, *, overdue_only: bool = False
) -> View:
    """Answer the view of the action items, each with its state on the as-of date (only
    the overdue ones, with a word when there are none, for `overdue_only`)."""
    overdue = sum(row.state == "overdue" for row in rows)
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
        bullets=[r.text for r in rows if r.kind == "point"],
        table_rows=[r for r in rows if r.kind == "exchange"],
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


TIMELINE_STYLES = {"passed": "dim", "today": "bold yellow", "ahead": "bold", "open": "bold cyan"}


def _when(row: EventRow) -> str:
    if row.end is None:
        return f"{row.date:%a} {row.date.day} {row.date:%b %Y}"
    return f"{row.date.day} {row.date:%b} to {row.end.day} {row.end:%b %Y}"


def timeline_view(rows: Sequence[EventRow], meeting: Meeting, as_of: dt.date, width: int) -> View:
    """Answer the view of the dated events in order, each last-call window drawn as a
    bar on one time axis, with a mark (│) for the as-of date when it falls near them."""
    days = [r.date for r in rows] + [r.end for r in rows if r.end]
    first, last = min(days), max(days)
    margin = dt.timedelta(days=max((last - first).days // 4, 7))
    near = first - margin <= as_of <= last + margin
    if near:
        first, last = min(first, as_of), max(last, as_of)
    bar = max(12, width - 58)
    length = max((last - first).days, 1)

    def at(day: dt.date) -> int:
        return round((day - first).days / length * (bar - 1))

    def chart(row: EventRow) -> Lines:
        cells = ["·"] * bar
        if row.end is None:
            cells[at(row.date)] = "●"
        else:
            cells[at(row.date) : at(row.end) + 1] = "━" * (at(row.end) - at(row.date) + 1)
        if near:
            cells[at(as_of)] = "╂" if cells[at(as_of)] == "━" else "│"
        return [("".join(cells), "cyan" if row.end else TIMELINE_STYLES[row.state])]

    if near:
        where = f"The as-of date, {long_date(as_of)}, is marked │."
    else:
        side = "after the last" if as_of > last else "before the first"
        where = f"The as-of date, {long_date(as_of)}, lies {side} event, off the axis."
    start = f"{first.day} {first:%b}" + ("" if first.year == last.year else f" {first.year}")
    axis = f"{start} → {last.day} {last:%b %Y}"
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
            Column(axis, chart, ratio=None, width=bar),
        ],
    )


def terminal_width() -> int:
    """Answer the width of the terminal (COLUMNS when set), 80 when there is none."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns

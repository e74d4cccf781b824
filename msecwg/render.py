"""Everything msecwg shows: tables for people, tab-separated rows for programs.

This is the only module that writes to stdout or stderr. Rich is imported only
when a table is drawn, so machine output and errors start fast.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from msecwg.dates import long_date
from msecwg.model import Meeting, Section
from msecwg.select import ActionRow, DiscussionRow, DraftRow, TopicRow

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

FORMATS = ("table", "tsv")

STATE_STYLES = {"overdue": "bold red", "due today": "bold yellow", "done": "green"}


def default_format() -> str:
    """Answer the format to use when none is asked for: a table on a terminal, else TSV."""
    return "table" if sys.stdout.isatty() else "tsv"


def error(message: str) -> None:
    """Show one line on stderr saying what went wrong."""
    sys.stderr.write(f"msecwg: {message}\n")


def note(message: str) -> None:
    """Show a message for people on stderr, apart from the data on stdout."""
    sys.stderr.write(f"{message}\n")


def plain(text: str) -> None:
    """Show one line of plain text on stdout."""
    sys.stdout.write(f"{text}\n")


def _tsv_value(value: Any) -> str:
    """Answer a field as one TSV cell: ISO dates, lists joined, no tabs or line breaks."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return " ".join(str(value).replace("\t", " ").splitlines())


def tsv(rows: Sequence[Any], row_type: type) -> None:
    """Show rows as tab-separated values: a header of field names, then one line a row."""
    names = [f.name for f in dataclasses.fields(row_type)]
    lines = ["\t".join(names)]
    lines += ["\t".join(_tsv_value(getattr(row, n)) for n in names) for row in rows]
    sys.stdout.write("\n".join(lines) + "\n")


def _console() -> Console:
    """Answer a console for this invocation, reading the terminal's width and colour now."""
    from rich.console import Console

    return Console(markup=False, emoji=False, highlight=False)


def _table(*columns: tuple[str, int | None], fixed: dict[str, int] | None = None) -> Table:
    """Answer an empty table with these (header, ratio) columns; a ratio of None keeps
    the column as narrow as its content; `fixed` gives some columns a set width, so
    that a date such as "Wednesday 10 September 2003" stays on one line."""
    from rich import box
    from rich.table import Table

    table = Table(
        box=box.SIMPLE_HEAD, header_style="bold", show_edge=False, pad_edge=False, expand=True
    )
    for header, ratio in columns:
        table.add_column(
            header,
            overflow="fold",
            ratio=ratio,
            no_wrap=ratio is None,
            width=(fixed or {}).get(header),
        )
    return table


def _text(*lines: tuple[str | None, str]) -> Text:
    """Answer a cell of lines, each (text, style); lines without text are left out."""
    from rich.text import Text

    cell = Text()
    for line, style in lines:
        if line:
            if cell:
                cell.append("\n")
            cell.append(line, style=style)
    return cell


def meeting_line(meeting: Meeting) -> str:
    """Answer the one-line description of the meeting."""
    return (
        f"{meeting.working_group} WG, IETF {meeting.ietf}, {meeting.city}, "
        f"{long_date(meeting.date)}. {meeting.charter}"
    )


def drafts_table(rows: Sequence[DraftRow], meeting: Meeting, as_of: dt.date) -> None:
    """Show the documents as a table under a line on the meeting and its charter."""
    console = _console()
    console.print(meeting_line(meeting))
    console.print(f"Deadlines as of {long_date(as_of)}.", style="dim")
    table = _table(
        ("Document", 3),
        ("Intended status", 3),
        ("State and notes", 6),
        ("Next deadline", 4),
        fixed={"Next deadline": 20, "Intended status": 15},
    )
    for row in rows:
        deadline = _text(
            (row.deadline_event, ""),
            (row.deadline_as_written, "bold"),
            (f"({row.deadline_condition})" if row.deadline_condition else None, ""),
            (row.deadline_from_as_of, "dim"),
        )
        table.add_row(
            _text((row.name, "bold"), (row.title, "dim")),
            _text((row.status or "not stated", "" if row.status else "dim")),
            _text((row.state, ""), (row.notes, "dim")),
            deadline if deadline else _text(("none", "dim")),
        )
    console.print(table)


def actions_table(rows: Sequence[ActionRow], meeting: Meeting, as_of: dt.date) -> None:
    """Show the action items as a table, each with its state on the as-of date."""
    console = _console()
    overdue = sum(row.state == "overdue" for row in rows)
    console.print(
        f"Action items of the {meeting.working_group} WG at IETF {meeting.ietf} "
        f"({long_date(meeting.date)}), as of {long_date(as_of)}: {overdue} overdue."
    )
    table = _table(
        ("Item", None), ("What", 5), ("Due", 3), ("State", 3), fixed={"Due": 20, "State": 19}
    )
    for row in rows:
        owners = ", ".join(row.owners)
        due = _text(
            (row.due_as_written, "bold"),
            (f"({row.condition})" if row.condition else None, ""),
            (f"closing date\n{row.closes_as_written}" if row.closes_as_written else None, ""),
        )
        if row.state == "overdue":
            current = f"overdue by\n{row.overdue_by}"
        elif row.state == "pending":
            current = f"pending,\ndue {row.due_from_as_of}"
        else:
            current = row.state
        table.add_row(
            _text((row.id, "bold")),
            _text(
                (row.what, ""),
                (f"Document: {row.document}" if row.document else None, "dim"),
                (f"Owners: {owners}" if owners else None, "dim"),
                (f"Section: {row.section}", "dim"),
            ),
            due if due else _text(("no date", "dim")),
            _text((current, STATE_STYLES.get(row.state, ""))),
        )
    console.print(table)


def topics_table(rows: Sequence[TopicRow], meeting: Meeting) -> None:
    """Show the sections of the minutes as topics, with how much each holds."""
    console = _console()
    console.print(f"Topics of the {meeting.working_group} WG minutes, IETF {meeting.ietf}:")
    table = _table(
        ("#", None),
        ("Topic", None),
        ("Title", 3),
        ("Also", 2),
        ("Points", None),
        ("Exchanges", None),
    )
    for row in rows:
        table.add_row(
            _text((str(row.number), "")),
            _text((row.key, "bold")),
            _text((row.title, "")),
            _text((", ".join(row.aliases), "dim")),
            _text((str(row.points), "")),
            _text((str(row.exchanges), "")),
        )
    console.print(table)


def _speaker(row: DiscussionRow) -> Text:
    name = row.speaker or "not recorded"
    if row.speaker and not row.certain:
        name += " (uncertain)"
    written = None if row.as_written == row.speaker else f"written “{row.as_written}”"
    return _text((name, "bold" if row.speaker else "dim"), (written, "dim"))


def discussion_view(rows: Sequence[DiscussionRow], section: Section) -> None:
    """Show a section's summary points, then its exchanges speaker by speaker."""
    from rich.table import Table

    console = _console()
    console.print(_text((f"({section.number}) {section.title}", "bold")))
    points = Table.grid(padding=(0, 1, 0, 2))
    points.add_column(no_wrap=True)
    points.add_column(overflow="fold")
    for row in rows:
        if row.kind == "point":
            points.add_row("-", _text((row.text, "")))
    console.print(points)
    exchanges = [row for row in rows if row.kind == "exchange"]
    if not exchanges:
        return
    table = _table(("#", None), ("Speaker", None), ("Words", 1))
    for row in exchanges:
        table.add_row(_text((str(row.n), "")), _speaker(row), _text((row.text, "")))
    console.print()
    console.print(table)

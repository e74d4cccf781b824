"""How msecwg shows what it answers, and the one door to the terminal.

One registry, FORMATS, names every output format and its writer: a table and
Markdown for people, TSV, CSV and JSON for programs. The command line offers
exactly these names for --format. Every line msecwg prints, records and
messages alike, goes out through this module; rich is imported only when a
table is drawn.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import msgspec

from msecwg import __version__
from msecwg.errors import MsecwgError, UsageProblem
from msecwg.safe import clean, escape_json
from msecwg.views import Column, Lines, View

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

JSON_SCHEMA_VERSION = 1


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


def show(view: View, output: Output) -> None:
    """Show a view on stdout in the output's format.

    A view with no records and a message for that (`empty`) says so on stderr;
    formats for people then show nothing, formats for programs their empty form.
    """
    writer = FORMATS[output.format]
    if not view.rows and view.empty is not None:
        note(view.empty)
        if writer.for_people:
            return
    writer.write(view, output)


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


def terminal_width() -> int:
    """Answer the width of the terminal (COLUMNS when set), 80 when there is none."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


class Writer(NamedTuple):
    """An output format: the function that writes a view in it, and whether it is made
    for people to read (a table, Markdown) or for programs (TSV, CSV, JSON)."""

    write: Callable[[View, Output], None]
    for_people: bool


FORMATS: dict[str, Writer] = {
    "table": Writer(_table, for_people=True),
    "tsv": Writer(_tsv, for_people=False),
    "csv": Writer(_csv, for_people=False),
    "json": Writer(_json, for_people=False),
    "markdown": Writer(_markdown, for_people=True),
}
"""Every output format by the name --format takes, in the order help lists them."""

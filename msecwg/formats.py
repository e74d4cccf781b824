"""How msecwg shows what it answers, and the one door to the terminal.

One registry, FORMATS, names every output format and its writer: a table and
Markdown for people, TSV, CSV and JSON for programs. The command line offers
exactly these names for --format. Every byte msecwg writes to stdout or stderr
goes out through this module: a closed pipe ends the output quietly, and a
stdout that cannot take the output is one line on stderr. Rich is imported only
when a table is drawn.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import sys
import typing
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import msgspec

from msecwg import __version__
from msecwg.errors import MsecwgError
from msecwg.safe import clean, escape_json
from msecwg.views import LEGEND, Column, Lines, View

JSON_SCHEMA_VERSION = 2


class Output(msgspec.Struct, frozen=True, kw_only=True):
    """How to show results: the format, colour, the terminal's size, and whether to
    cite the minutes, show every record whole, or page a long table."""

    format: str
    color: bool
    force_terminal: bool = False
    cite: bool = False
    long: bool = False
    width: int = 80
    height: int = 24
    pager: str | None = None
    links: bool = False


def _usable(value: str | None) -> int | None:
    """Answer a terminal dimension set in the environment, if it is a usable number."""
    return int(value) if value and value.isdigit() and 0 < int(value) <= 1000 else None


def terminal_size() -> tuple[int, int]:
    """Answer the terminal's columns and lines: COLUMNS and LINES when they hold usable
    numbers, else what the terminal says, else 80 by 24. An unusable value counts as
    unknown."""
    measured: os.terminal_size | None = None
    with contextlib.suppress(OSError, ValueError):
        measured = os.get_terminal_size(sys.__stdout__.fileno()) if sys.__stdout__ else None
    columns = _usable(os.environ.get("COLUMNS")) or (measured.columns if measured else 0) or 80
    lines = _usable(os.environ.get("LINES")) or (measured.lines if measured else 0) or 24
    return max(columns, 20), max(lines, 5)


def choose_output(
    format: str | None,
    *,
    color: str = "auto",
    cite: bool = False,
    long: bool = False,
    pager: bool = True,
) -> Output:
    """Answer the output for the options given and the environment.

    The format defaults to a table on a terminal and TSV otherwise. Colour
    (`auto`) is off for NO_COLOR (any value), CLICOLOR=0 and TERM=dumb, and on
    when piped only with CLICOLOR_FORCE; `always` and `never` decide alone. A
    table taller than the terminal goes through MSECWG_PAGER, PAGER or
    `less -FRX`, never when stdout is not a terminal.
    """
    on_terminal = sys.stdout.isatty()
    env = os.environ
    if color == "auto":
        forced = env.get("CLICOLOR_FORCE", "0") not in ("", "0")
        off = "NO_COLOR" in env or env.get("CLICOLOR") == "0" or env.get("TERM") == "dumb"
        colored, force = not off and (on_terminal or forced), forced and not off
    else:
        colored = force = color == "always"
    width, height = terminal_size()
    paging = pager and on_terminal and env.get("TERM") != "dumb"
    return Output(
        format=format or ("table" if on_terminal else "tsv"),
        color=colored,
        force_terminal=force,
        cite=cite,
        long=long,
        width=width,
        height=height,
        pager=(env.get("MSECWG_PAGER") or env.get("PAGER") or "less -FRX") if paging else None,
        links=colored and on_terminal and hyperlinks(env),
    )


def hyperlinks(env: os._Environ[str] | dict[str, str]) -> bool:
    """Answer whether the terminal shows OSC 8 hyperlinks, by what it says of itself."""
    if env.get("FORCE_HYPERLINK"):
        return env["FORCE_HYPERLINK"] != "0"
    program = env.get("TERM_PROGRAM", "")
    vte = env.get("VTE_VERSION", "")
    return (
        program in ("iTerm.app", "WezTerm", "vscode", "ghostty")
        or (vte.isdigit() and int(vte) >= 5000)
        or "KITTY_WINDOW_ID" in env
        or "WT_SESSION" in env
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


# The door: every write to stdout and stderr.

_closed = False


def abandon_stdout() -> None:
    """Write nothing more to stdout: send what is left, and the flush at exit, nowhere."""
    global _closed
    _closed = True
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)


def _write(stream: Any, text: str) -> None:
    """Write text to a stream whole, or say in one line why it cannot take it. A closed
    pipe ends msecwg's output there, quietly."""
    if stream is None:  # started with stderr closed: nowhere to say it
        return
    if _closed and stream is sys.stdout:
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError as problem:
        if stream is not sys.stdout:  # a message: said in what the encoding can show
            text = text.encode(encoding, "backslashreplace").decode(encoding)
            return _write(stream, text)
        raise MsecwgError(
            f"{_name(stream)}: cannot show {text[problem.start]!r} in its encoding, "
            f"{encoding}; use a UTF-8 locale or set PYTHONIOENCODING=utf-8"
        ) from None
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        abandon_stdout()
    except OSError as problem:
        if stream is sys.stdout:
            abandon_stdout()
        raise MsecwgError(f"{_name(stream)}: cannot write ({problem.strerror})") from None


def _name(stream: Any) -> str:
    return "stdout" if stream is sys.stdout else "stderr"


def error(message: str) -> None:
    """Show one line on stderr saying what went wrong."""
    with contextlib.suppress(MsecwgError):  # nowhere left to say it
        _write(sys.stderr, f"msecwg: {clean(message)}\n")


def note(message: str) -> None:
    """Show a message for people on stderr, apart from the data on stdout."""
    _write(sys.stderr, f"{clean(message)}\n")


def plain(text: str) -> None:
    """Show a line of text on stdout."""
    _write(sys.stdout, f"{clean(text)}\n")


def generated(text: str) -> None:
    """Show text that msecwg generated itself, holding no data, on stdout as it is."""
    _write(sys.stdout, text if text.endswith("\n") else f"{text}\n")


def write_bytes(data: bytes) -> None:
    """Write bytes to stdout (a calendar, say), ending quietly at a closed pipe."""
    _write(sys.stdout, data.decode("utf-8"))


# Records, for programs.


def _fields(view: View, output: Output) -> list[str]:
    """Answer the fields of the records shown: all but the quotes, unless asked to cite."""
    names = list(view.row_type.__struct_fields__)
    return names if output.cite else [name for name in names if name != "quotes"]


def _flat(value: Any, name: str = "") -> str:
    """Answer a value as one cell of text: ISO dates, lists joined, no line breaks."""
    if isinstance(value, str):  # most fields: first
        return clean(value)
    if value is None:
        return ""
    if name == "quotes":
        return clean(" ".join(f"“{quote}”" for quote in value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return clean("; ".join(_brief(v) for v in value))
    if isinstance(value, msgspec.Struct):
        return clean(_brief(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return clean(str(value))


def _brief(value: Any) -> str:
    """Answer a list's item, or an object, as a few words: its values joined."""
    if isinstance(value, msgspec.Struct):
        parts = (_flat(getattr(value, f)) for f in value.__struct_fields__)
        return " ".join(p for p in parts if p)
    return _flat(value)


Reader = Callable[[Any], str]


def _field(name: str) -> Reader:
    """Answer how to read a field of a row as a cell."""
    return lambda row: _flat(getattr(row, name), name)


def _inner(name: str, sub: str) -> Reader:
    """Answer how to read a field of a row's object field as a cell (empty without one)."""

    def read(row: Any) -> str:
        value = getattr(row, name)
        return _flat(getattr(value, sub), sub) if value is not None else ""

    return read


def _columns_of(view: View, output: Output) -> list[tuple[str, Reader]]:
    """Answer the columns of records for programs: each field, and each field of an
    object field (its name joined to theirs), with how to read it from a row."""
    columns: list[tuple[str, Reader]] = []
    types = {f.name: f.type for f in msgspec.structs.fields(view.row_type)}
    for name in _fields(view, output):
        inner = _object_type(types[name])
        if inner is None:
            columns.append((name, _field(name)))
        else:
            columns += [(f"{name}_{sub}", _inner(name, sub)) for sub in inner.__struct_fields__]
    return columns


def _object_type(hint: Any) -> type[msgspec.Struct] | None:
    """Answer the record type of a field that holds one object (or none), if it does."""
    if typing.get_origin(hint) is list:
        return None
    for option in typing.get_args(hint) or (hint,):
        if isinstance(option, type) and issubclass(option, msgspec.Struct):
            return option
    return None


def _tsv(view: View, output: Output) -> None:
    columns = _columns_of(view, output)
    lines = ["\t".join(name for name, _ in columns)]
    lines += ["\t".join(read(row) for _, read in columns) for row in view.rows]
    _write(sys.stdout, "\n".join(lines) + "\n")


def _csv(view: View, output: Output) -> None:
    import csv
    import io

    columns = _columns_of(view, output)
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\n")
    out.writerow(name for name, _ in columns)
    out.writerows([read(row) for _, read in columns] for row in view.rows)
    _write(sys.stdout, buffer.getvalue())


def _json(view: View, output: Output) -> None:
    names = _fields(view, output)
    m = view.meeting
    envelope = {
        "schema_version": JSON_SCHEMA_VERSION,
        "msecwg": __version__,
        "kind": view.kind,
        "as_of": view.as_of,
        "meeting": None
        if m is None
        else {
            "working_group": m.working_group,
            "ietf": m.ietf,
            "city": m.city,
            "date": m.date.day if m.date else None,
        },
        "records": [{n: getattr(row, n) for n in names} for row in view.rows],
    }
    encoded = msgspec.json.format(msgspec.json.encode(envelope).decode(), indent=2)
    _write(sys.stdout, escape_json(encoded) + "\n")


# Markdown, for mail and notes.

_MARKDOWN = str.maketrans(
    {c: f"\\{c}" for c in "\\`*_[]|#"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
)


def markdown_text(text: str) -> str:
    """Answer text from the data as Markdown shows it literally: no markup, no raw HTML,
    no link of its own."""
    return clean(text).translate(_MARKDOWN)


def _styled(text: str, style: str) -> str:
    """Answer a line of a cell as Markdown: literal, in italics or bold as its style is."""
    shown = markdown_text(text)
    if "italic" in style:
        return f"*{shown}*"
    return f"**{shown}**" if "bold" in style else shown


def _markdown(view: View, output: Output) -> None:
    def cell(lines: Lines) -> str:
        return "<br>".join(_styled(text, style) for text, style in lines if text)

    out = [f"**{markdown_text(view.heading)}**", ""]
    out += [line for note_line in view.notes for line in (markdown_text(note_line), "")]
    out += [f"- *{markdown_text(bullet)}*" for bullet in view.bullets]
    if view.bullets:
        out.append("")
    for card in view.cards or []:
        if card.title:
            out += [f"### {markdown_text(card.title)}", ""]
        out += [f"- **{markdown_text(f.label)}**: {cell(f.lines)}" for f in card.fields]
        out.append("")
    if view.cards is None:
        columns = _cited(view, output)
        for title, rows in _groups(view):
            if title:
                out += [f"**{markdown_text(title)}**", ""]
            out.append("| " + " | ".join(markdown_text(c.header) for c in columns) + " |")
            out.append("|" + "|".join("---" for _ in columns) + "|")
            for row in rows:
                out.append("| " + " | ".join(cell(c.cell(row)) or " " for c in columns) + " |")
            out.append("")
    out += [markdown_text(line) for line in view.footnotes]
    if view.cards is not None or output.cite:
        out += ["", markdown_text(LEGEND)]
    _write(sys.stdout, "\n".join(out).strip("\n") + "\n")


def _groups(view: View) -> Iterator[tuple[str | None, list[Any]]]:
    """Yield the rows a table shows, by group (one untitled group when there is one)."""
    rows = list(view.shown_rows())
    if view.group is None:
        yield None, rows
        return
    titles = list(dict.fromkeys(view.group(r) for r in rows))
    for title in titles:
        yield (title if len(titles) > 1 else None), [r for r in rows if view.group(r) == title]


def _cited(view: View, output: Output) -> list[Column]:
    """Answer the columns of a Markdown table; with --cite, one more: the minutes' words
    each row rests on."""
    if not output.cite:
        return view.columns
    minutes = Column("Minutes", lambda row: [(f"“{quote}”", "italic") for quote in row.quotes])
    return [*view.columns, minutes]


# Tables and cards, for people.


def _table(view: View, output: Output) -> None:
    from msecwg import terminal

    text = terminal.render(view, output, list(_groups(view)), LEGEND)
    _page(text, output)


def _page(text: str, output: Output) -> None:
    """Write a table, through the pager when it is taller than the terminal."""
    if output.pager is None or text.count("\n") < output.height:
        _write(sys.stdout, text)
        return
    try:
        pager = subprocess.Popen(shlex.split(output.pager), stdin=subprocess.PIPE)
    except (OSError, ValueError):
        _write(sys.stdout, text)  # no pager to be had: the table, whole
        return
    assert pager.stdin is not None
    try:
        pager.stdin.write(text.encode("utf-8"))
        pager.stdin.close()
    except BrokenPipeError:
        pass  # the reader left the pager early
    pager.wait()


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

"""How msecwg shows what it answers, and the one door to the terminal: FORMATS names every
--format (table, Markdown, TSV, CSV, JSON), and every byte to stdout or stderr goes out here."""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import sys
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, TextIO

import msgspec

from msecwg.errors import MsecwgError, UsageProblem
from msecwg.show import markdown, records
from msecwg.show.safe import bounded, clean
from msecwg.show.views import R, View


class Output(msgspec.Struct, frozen=True, kw_only=True):
    """How to show results: format, colour, size, citing, paging, links, fields, sort, limit."""

    format: str
    color: bool
    cite: bool = False
    width: int = 80
    height: int = 24
    pager: str | None = None
    links: bool = False
    fields: tuple[str, ...] = ()
    sort: str | None = None
    limit: int | None = None


def _usable(value: str | None) -> int | None:
    """Answer a terminal dimension set in the environment, if it is a usable number."""
    return int(value) if value and value.isdigit() and 0 < int(value) <= 1000 else None


def terminal_size() -> tuple[int, int]:
    """Answer the terminal's columns and lines: COLUMNS and LINES, else its own, else 80 by 24."""
    measured = os.terminal_size((0, 0))  # not measured
    with contextlib.suppress(OSError, ValueError):
        measured = os.get_terminal_size(sys.__stdout__.fileno()) if sys.__stdout__ else measured
    columns = _usable(os.environ.get("COLUMNS")) or measured.columns or 80
    lines = _usable(os.environ.get("LINES")) or measured.lines or 24
    return max(columns, 20), max(lines, 5)


def choose_output(
    format: str | None,
    *,
    color: str = "auto",
    cite: bool = False,
    pager: bool = True,
    fields: tuple[str, ...] = (),
    sort: str | None = None,
    limit: int | None = None,
) -> Output:
    """Answer the output for the options and environment: a table on a terminal without --fields,
    else TSV; colour (`auto`) off for NO_COLOR, CLICOLOR=0 and TERM=dumb, on through a pipe only
    with CLICOLOR_FORCE; paged on a terminal by MSECWG_PAGER, PAGER or `less -FRX`."""
    on_terminal = sys.stdout.isatty()
    env = os.environ
    if color == "auto":
        forced = env.get("CLICOLOR_FORCE", "0") not in ("", "0")
        off = "NO_COLOR" in env or env.get("CLICOLOR") == "0" or env.get("TERM") == "dumb"
        colored = not off and (on_terminal or forced)
    else:
        colored = color == "always"
    width, height = terminal_size()
    paging = pager and on_terminal and env.get("TERM") != "dumb"
    return Output(
        format=format or ("table" if on_terminal and not fields else "tsv"),
        color=colored,
        cite=cite,
        width=width,
        height=height,
        pager=(env.get("MSECWG_PAGER") or env.get("PAGER") or "less -FRX") if paging else None,
        links=colored and on_terminal and hyperlinks(env),
        fields=fields,
        sort=sort,
        limit=limit,
    )


def hyperlinks(env: Mapping[str, str]) -> bool:
    """Answer whether the terminal shows OSC 8 hyperlinks, by what it says of itself."""
    if env.get("FORCE_HYPERLINK"):
        return env["FORCE_HYPERLINK"] != "0"
    vte = env.get("VTE_VERSION", "")
    return (
        env.get("TERM_PROGRAM") in ("iTerm.app", "WezTerm", "vscode", "ghostty")
        or (vte.isdigit() and int(vte) >= 5000)
        or "KITTY_WINDOW_ID" in env
        or "WT_SESSION" in env
    )


def show(view: View[R], output: Output) -> None:
    """Show a view on stdout in the output's format; an `empty` message for no records goes to
    stderr, and formats for people then show nothing."""
    writer = FORMATS[output.format]
    view = selected(view, output)
    if not view.rows and view.empty is not None:
        note(view.empty)
        if writer.for_people:
            return
    text = writer.write(view, output)
    if writer.paged:
        _page(text, output)
    else:
        _write(sys.stdout, text)


def selected(view: View[R], output: Output) -> View[R]:
    """Answer a view with the records asked for, sorted, limited, saying how many it shows."""
    known = records.field_names(view.row_type)
    sort = output.sort.removeprefix("-") if output.sort is not None else None
    for option, name in [*(("--fields", f) for f in output.fields), ("--sort", sort)]:
        if name is not None and name not in known:
            raise UsageProblem(records.unknown_field(name, view, option))
    rows = list(view.rows)
    if sort is not None:
        rows = records.ordered(rows, view.row_type, sort, descending=output.sort != sort)
    rows = rows[: output.limit]
    if output.sort is None and len(rows) == len(view.rows):
        return view
    cards = view.cards
    if cards is not None and len(cards) == len(view.rows):  # a card a record
        was = {id(row): n for n, row in enumerate(view.rows)}
        cards = [cards[was[id(row)]] for row in rows]
    table = view.table_rows
    if table is not None:
        kept = {id(r) for r in table}
        table = [r for r in rows if id(r) in kept]
    notes = list(view.notes)
    footnotes = view.footnotes
    if len(rows) < len(view.rows):
        notes.append(f"The first {len(rows)} of {len(view.rows)} (--limit {output.limit}).")
        shown = " ".join(
            text or "" for row in table or rows for c in view.columns for text, _ in c.cell(row)
        )
        footnotes = [(mark, words) for mark, words in footnotes if mark in shown]
    return msgspec.structs.replace(
        view, rows=rows, table_rows=table, cards=cards, notes=notes, footnotes=footnotes
    )


_closed = False


def abandon_stdout() -> None:
    """Write nothing more to stdout: send what is left, and the flush at exit, nowhere."""
    global _closed
    _closed = True
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)


def _write(stream: TextIO | None, text: str) -> None:
    """Write text to a stream whole, or say in a line why not; a closed pipe ends it quietly."""
    if stream is None or (_closed and stream is sys.stdout):  # stderr closed, stdout abandoned
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError as problem:
        if stream is sys.stdout:
            raise MsecwgError(
                f"stdout: cannot show {text[problem.start]!r} in its encoding, "
                f"{encoding}; use a UTF-8 locale or set PYTHONIOENCODING=utf-8"
            ) from None
        text = text.encode(encoding, "backslashreplace").decode(encoding)  # a message: as it can
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        abandon_stdout()
    except OSError as problem:
        if stream is sys.stdout:
            abandon_stdout()
        name = "stdout" if stream is sys.stdout else "stderr"
        raise MsecwgError(f"{name}: cannot write ({problem.strerror})") from None


def error(message: str) -> None:
    """Show one line on stderr saying what went wrong, of at most safe.LINE characters."""
    with contextlib.suppress(MsecwgError):  # nowhere left to say it
        note(f"msecwg: {message}")


def note(message: str) -> None:
    """Show a message for people on stderr: one line of at most safe.LINE characters."""
    _write(sys.stderr, bounded(clean(message)) + "\n")


def plain(text: str) -> None:
    """Show a line of text on stdout."""
    _write(sys.stdout, f"{clean(text)}\n")


def generated(text: str) -> None:
    """Show text that msecwg generated itself, holding no data, on stdout as it is."""
    _write(sys.stdout, text if text.endswith("\n") else f"{text}\n")


def write_bytes(data: bytes) -> None:
    """Write bytes to stdout (a calendar, say), ending quietly at a closed pipe."""
    _write(sys.stdout, data.decode("utf-8"))


def _table(view: View[R], output: Output) -> str:
    from msecwg.show import terminal

    return terminal.render(view, output)


def _page(text: str, output: Output) -> None:
    """Write a table, through the pager when taller than the terminal: one that cannot run is
    said and skipped, one that fails fails the run; while it runs, Ctrl-C is its (as in git)."""
    import signal
    import threading

    pager = None
    if output.pager is not None and text.count("\n") >= output.height:
        try:
            command = shlex.split(output.pager)
            pager = subprocess.Popen(command, stdin=subprocess.PIPE) if command else None
        except (OSError, ValueError) as problem:
            reason = getattr(problem, "strerror", None) or str(problem)
            said = reason[:1].lower() + reason[1:]
            error(f"cannot run the pager {output.pager!r} ({said}); shown without it")
    if pager is None:
        _write(sys.stdout, text)
        return
    main = threading.current_thread() is threading.main_thread()  # elsewhere, Ctrl-C stays
    before = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:  # a reader that leaves early (a closed pipe) is no failure; one that fails is (below)
        pager.communicate(text.encode("utf-8"))
    finally:
        if main:
            signal.signal(signal.SIGINT, signal.SIG_DFL if before is None else before)
    ended = pager.returncode
    if ended == 0:
        return
    if ended == -signal.SIGINT:
        raise KeyboardInterrupt
    named = {-s.value: s.name for s in signal.Signals}.get(ended, f"signal {-ended}")
    how = f"exit status {ended}" if ended > 0 else f"ended by {named}"
    raise MsecwgError(
        f"the pager {output.pager!r} failed ({how}); --no-pager shows the table without it"
    )


class Writer(NamedTuple):
    """An output format: how it writes a view, whether for people, and whether it is paged."""

    write: Callable[[View[Any], Output], str]
    for_people: bool
    paged: bool = False


FORMATS: dict[str, Writer] = {
    "table": Writer(_table, for_people=True, paged=True),
    "tsv": Writer(records.tsv, for_people=False),
    "csv": Writer(records.csv_text, for_people=False),
    "json": Writer(records.json_text, for_people=False),
    "markdown": Writer(markdown.markdown, for_people=True),
}
"""Every output format by the name --format takes, in the order help lists them."""

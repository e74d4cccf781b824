"""The msecwg command line: options in, a call to select, a call to render."""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from typer import _click as click  # Typer 0.28 ships Click inside; pinned in pyproject.toml
from typer.core import TyperGroup

from msecwg import __version__, load, render, select
from msecwg.dates import long_date, parse_date
from msecwg.errors import USAGE, MsecwgError


class Format(StrEnum):
    """The output formats."""

    table = "table"
    tsv = "tsv"


class MsecwgGroup(TyperGroup):
    """The top-level command: every failure it sees becomes one line on stderr."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except click.exceptions.UsageError as problem:
            command = problem.ctx.command_path if problem.ctx else "msecwg"
            render.error(f"{problem.format_message()} (see '{command} --help')")
            sys.exit(USAGE)
        except click.exceptions.ClickException as problem:
            render.error(problem.format_message())
            sys.exit(problem.exit_code)
        except MsecwgError as problem:
            render.error(str(problem))
            sys.exit(problem.exit_code)
        except (typer.Abort, KeyboardInterrupt):
            render.error("interrupted")
            sys.exit(130)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=MsecwgGroup,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="""Where the MSEC working group's work stands, from the minutes of its
IETF 57 meeting (Vienna, Monday 14 July 2003).

Examples:

    msecwg drafts                    every document, its status and next deadline

    msecwg actions --overdue         the deadlines that have passed

    msecwg discussion gsakmp         who said what on GSAKMP, in order

Exit codes: 0 success (an empty result included), 1 bad data or file, 2 usage.""",
)


def _version(value: bool) -> None:
    if value:
        render.plain(f"msecwg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Where the MSEC working group's work stands, from its IETF 57 minutes."""


def _as_of(value: str | None) -> dt.date:
    """Answer the as-of date a person typed, or today's local date."""
    if value is None:
        return dt.date.today()
    try:
        return parse_date(value)
    except ValueError as problem:
        raise typer.BadParameter(str(problem), param_hint="'--as-of'") from None


def _complete_topic(incomplete: str) -> list[str]:
    """Answer the topic names that start with what was typed."""
    names = select.topic_names(load.load())
    return [name for name in names if name.startswith(incomplete.casefold())]


AsOf = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="Judge deadlines on this day (2003-08-02, '2 Aug 2003', 'August 2, 2003'). "
        "Default: today.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        help="Output format. Default: table on a terminal, tsv when piped.",
        show_default=False,
    ),
]


def _format(value: Format | None) -> str:
    return value.value if value else render.default_format()


@app.command()
def drafts(as_of: AsOf = None, output: FormatOption = None) -> None:
    """Every document the minutes name: intended status, state, next deadline.

    The next deadline is the first one on or after the as-of date; when all have
    passed, the last one, with how long ago.

    Examples:

        msecwg drafts

        msecwg drafts --as-of 2003-08-02

        msecwg drafts | cut -f2,3
    """
    day = _as_of(as_of)
    t = load.load()
    rows = select.drafts(t, day)
    if _format(output) == "table":
        render.drafts_table(rows, t.meeting, day)
    else:
        render.tsv(rows, select.DraftRow)


@app.command()
def actions(
    overdue: Annotated[
        bool, typer.Option("--overdue", help="Only the items that are overdue.")
    ] = False,
    as_of: AsOf = None,
    output: FormatOption = None,
) -> None:
    """The action items and follow-ups, by date, each with its state on the as-of date.

    An item due on a day is "due today" all that day and overdue from the next
    day on, unless recorded as done; an item with no date is never overdue.

    Examples:

        msecwg actions --overdue

        msecwg actions --as-of '1 Aug 2003'

        msecwg actions --overdue --format tsv | cut -f1,7
    """
    day = _as_of(as_of)
    t = load.load()
    rows = select.actions(t, day, overdue_only=overdue)
    fmt = _format(output)
    if overdue and not rows:
        render.note(f"Nothing is overdue as of {long_date(day)}.")
        if fmt == "table":
            return
    if fmt == "table":
        render.actions_table(rows, t.meeting, day)
    else:
        render.tsv(rows, select.ActionRow)


@app.command()
def discussion(
    topic: Annotated[
        str | None,
        typer.Argument(
            help="A section of the minutes: gsakmp, mikey, dhhmac, gkm-arch, fmke, ... "
            "Any case, or a unique prefix. Leave out to list the topics.",
            autocompletion=_complete_topic,
            show_default=False,
        ),
    ] = None,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker", metavar="NAME", help="Only this person's words.", show_default=False
        ),
    ] = None,
    output: FormatOption = None,
) -> None:
    """The exchanges on one topic, speaker by speaker, in order.

    Shows the section's summary points, then each exchange with the speaker's
    name, the spelling as written when it differs, and the words verbatim.

    Examples:

        msecwg discussion gsakmp

        msecwg discussion gkm

        msecwg discussion fmke --speaker lakshminath
    """
    t = load.load()
    fmt = _format(output)
    if topic is None:
        topics = select.topics(t)
        if fmt == "table":
            render.topics_table(topics, t.meeting)
        else:
            render.tsv(topics, select.TopicRow)
        return
    try:
        section = select.find_section(t, topic)
    except select.NotFound as missing:
        raise typer.BadParameter(_not_found("topic", missing), param_hint="TOPIC") from None
    person = None
    if speaker is not None:
        try:
            person = select.resolve(speaker, select.speaker_names(t))
        except select.NotFound as missing:
            names = [t.person(c).name for c in missing.candidates]
            raise typer.BadParameter(
                _not_found("speaker", missing, names), param_hint="'--speaker'"
            ) from None
    rows = select.discussion(t, section, person)
    if person and not rows:
        render.note(
            f"{t.person(person).name} has no exchanges in ({section.number}) {section.title}."
        )
    if fmt == "table":
        render.discussion_view(rows, section)
    else:
        render.tsv(rows, select.DiscussionRow)


def _not_found(what: str, missing: select.NotFound, names: list[str] | None = None) -> str:
    """Answer the message for a word that names nothing, or more than one thing."""
    shown = ", ".join(names or missing.candidates)
    if missing.ambiguous:
        return f"{what} {missing.word!r} could be any of: {shown}; type more of it"
    return f"no {what} {missing.word!r}; try one of: {shown}"


def run() -> None:
    """Run the command line (the console script's entry point)."""
    app(prog_name="msecwg")

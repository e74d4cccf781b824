"""The msecwg command line: options in, a call to load and select, a call to render."""

import datetime as dt
import functools
import inspect
import os
import sys
from collections.abc import Callable, Iterator, MutableMapping
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.main
from typer import _click as click  # Typer 0.28 ships Click inside; pinned in pyproject.toml
from typer.core import TyperGroup
from typer.models import CommandInfo

from msecwg import __version__, load, render, select
from msecwg.dates import parse_date
from msecwg.errors import BAD_DATA, INTERNAL, OK, OVERDUE, USAGE, MsecwgError, UsageProblem
from msecwg.model import Transcription


class Format(StrEnum):
    """The output formats."""

    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    markdown = "markdown"


class Subcommands(MutableMapping[str, click.Command]):
    """msecwg's commands by name, in the order they are defined, each built from its
    function only when first looked up.

    Typer builds every command of a group, options and all, on each run; a run
    uses one command, and shell completion runs the program on every Tab.
    """

    def __init__(self, registry: typer.Typer) -> None:
        self._entries: dict[str, CommandInfo | click.Command] = {
            info.name or typer.main.get_command_name(getattr(info.callback, "__name__", "")): info
            for info in registry.registered_commands
        }
        self._registry = registry

    def __getitem__(self, name: str) -> click.Command:
        entry = self._entries[name]
        if isinstance(entry, CommandInfo):
            entry = self._entries[name] = typer.main.get_command_from_info(
                entry,
                pretty_exceptions_short=self._registry.pretty_exceptions_short,
                rich_markup_mode=self._registry.rich_markup_mode,
            )
        return entry

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._entries[name] = command

    def __delitem__(self, name: str) -> None:
        del self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


class MsecwgGroup(TyperGroup):
    """The top-level command: its subcommands are built when used, and every failure
    it sees becomes one line on stderr."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = Subcommands(commands)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as problem:
            render.generated(problem.format_message())
            sys.exit(OK)
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
        except Exception as bug:
            if os.environ.get("MSECWG_DEBUG"):
                raise
            render.error(
                f"internal error: {type(bug).__name__}: {bug} "
                "(please report it; MSECWG_DEBUG=1 shows the traceback)"
            )
            sys.exit(INTERNAL)
        sys.exit(code if isinstance(code, int) else OK)


app = typer.Typer(
    cls=MsecwgGroup,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain Click help: rich help would import rich's tables on every --help.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="""Where the MSEC working group's work stands, from the minutes of its
IETF 57 meeting (Vienna, Monday 14 July 2003).

Examples:

    msecwg actions --overdue        the deadlines that have passed

    msecwg drafts                   every document and its next deadline

    msecwg discussion gsakmp        who said what on GSAKMP, in order

Exit codes: 0 success (an empty result included), 1 bad data or file,
2 usage, 3 something overdue (actions --fail-if-any), 70 a bug in msecwg.""",
)
# The subcommands, registered here and built by MsecwgGroup when used.
commands = typer.Typer(pretty_exceptions_enable=False, rich_markup_mode=None)


def _version(value: bool) -> None:
    if value:
        render.plain(f"msecwg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            metavar="PATH",
            envvar="MSECWG_DATA",
            help="Read this transcription instead of the bundled one (IETF 57).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Where the MSEC working group's work stands, from its IETF 57 minutes."""


def _transcription(ctx: typer.Context) -> Transcription:
    """Answer the transcription the command line names (--data), or the bundled one."""
    return load.load(_data_path(ctx))


def _data_path(ctx: typer.Context) -> Path | None:
    """Answer the transcription file --data or MSECWG_DATA names, if any."""
    data = ctx.find_root().params.get("data")
    return Path(data) if data else None


def _as_of(value: str | None) -> dt.date:
    """Answer the as-of date a person typed, or today's local date."""
    if value is None:
        return dt.date.today()
    try:
        return parse_date(value)
    except ValueError as problem:
        raise typer.BadParameter(str(problem), param_hint="'--as-of'") from None


def _completing(ctx: typer.Context, names: Any, incomplete: str) -> list[str]:
    """Answer the names that start with what was typed, in any case, completed in the
    case it was typed in (names are found in any case); nothing when the data is bad."""
    try:
        offered = names(_transcription(ctx))
    except MsecwgError:
        return []
    typed = incomplete.casefold()
    return [
        incomplete + name[len(incomplete) :]
        for name in offered
        if name.casefold().startswith(typed)
    ]


def _complete_topic(ctx: typer.Context, incomplete: str) -> list[str]:
    return _completing(ctx, lambda t: list(select.topic_names(t)), incomplete)


def _complete_speaker(ctx: typer.Context, incomplete: str) -> list[str]:
    return _completing(ctx, lambda t: [p.name for p in t.people], incomplete)


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
JsonOption = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="No colour in tables.")]
CiteOption = Annotated[
    bool, typer.Option("--cite", help="Give each row the words of the minutes it rests on.")
]


def _output(format: Format | None, json: bool, no_color: bool, cite: bool) -> render.Output:
    """Answer the output the shared options ask for."""
    if json and format not in (None, Format.json):
        raise typer.BadParameter(f"--json conflicts with --format {format.value}; give one of them")
    return render.choose_output("json" if json else format, no_color=no_color, cite=cite)


SHARED_OPTIONS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
    for name, kind, default in (
        ("format", FormatOption, None),
        ("json", JsonOption, False),
        ("no_color", NoColorOption, False),
        ("cite", CiteOption, False),
    )
]


def listing(command: Callable[..., None]) -> Callable[..., None]:
    """Give a listing command the shared output options (--format, --json, --no-color,
    --cite); the command receives the output they ask for as `output`."""
    signature = inspect.signature(command)
    own = [p for p in signature.parameters.values() if p.name != "output"]

    @functools.wraps(command)
    def with_output(**options: Any) -> None:
        output = _output(
            options.pop("format"), options.pop("json"), options.pop("no_color"), options.pop("cite")
        )
        command(**options, output=output)

    with_output.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*own, *SHARED_OPTIONS]
    )
    return with_output


@commands.command()
@listing
def drafts(
    ctx: typer.Context,
    outcome: Annotated[
        bool,
        typer.Option(
            "--outcome",
            help="Add what became of each document (its RFC, or none), from public "
            "records outside the minutes, with their sources.",
        ),
    ] = False,
    as_of: AsOf = None,
    *,
    output: render.Output,
) -> None:
    """Every document: intended status, state, next deadline.

    Examples:

        msecwg drafts

        msecwg drafts --as-of 2003-08-02

        msecwg drafts --outcome

    The next deadline is the first on or after the as-of date; when all have
    passed, the last one, with how long ago.
    """
    day = _as_of(as_of)
    t, facts = load.load_with_facts(_data_path(ctx), facts=outcome)
    rows = select.drafts(t, day)
    if not outcome:
        render.show(render.drafts_view(rows, t.meeting, day), output)
        return
    if facts is None:
        raise UsageProblem(
            "--outcome needs facts from outside the minutes; this transcription names none"
        )
    render.show(render.outcome_view(select.outcomes(rows, facts), t.meeting, day), output)


@commands.command()
@listing
def actions(
    ctx: typer.Context,
    overdue: Annotated[
        bool, typer.Option("--overdue", help="Only the items that are overdue.")
    ] = False,
    fail_if_any: Annotated[
        bool,
        typer.Option("--fail-if-any", help="Exit with code 3 when any item is overdue."),
    ] = False,
    as_of: AsOf = None,
    *,
    output: render.Output,
) -> None:
    """Action items and deadlines, and which have passed.

    Examples:

        msecwg actions --overdue

        msecwg actions --as-of '1 Aug 2003'

        msecwg actions --overdue --json | jq -r '.records[].id'

    An item due on a day is "due today" all that day and overdue from the next
    day on, unless recorded as done; an item with no date is never overdue.
    """
    day = _as_of(as_of)
    t = _transcription(ctx)
    rows = select.actions(t, day, overdue_only=overdue)
    render.show(render.actions_view(rows, t.meeting, day, overdue_only=overdue), output)
    if fail_if_any and any(row.state == "overdue" for row in rows):
        raise typer.Exit(OVERDUE)


@commands.command()
@listing
def discussion(
    ctx: typer.Context,
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
            "--speaker",
            metavar="NAME",
            help="Only this person's words (a name, or a spelling as written).",
            autocompletion=_complete_speaker,
            show_default=False,
        ),
    ] = None,
    *,
    output: render.Output,
) -> None:
    """The exchanges on one topic, speaker by speaker.

    Examples:

        msecwg discussion gsakmp

        msecwg discussion gkm

        msecwg discussion fmke --speaker lakshminath

    Shows the section's summary points, then each exchange with the speaker's
    name, the spelling as written when it differs, and the words verbatim.
    """
    t = _transcription(ctx)
    if topic is None:
        render.show(render.topics_view(select.topics(t), t.meeting), output)
        return
    try:
        section = select.find_section(t, topic)
    except select.NotFound as missing:
        raise typer.BadParameter(_not_found("topic", missing), param_hint="TOPIC") from None
    person = None if speaker is None else _person(t, speaker, "speaker", "'--speaker'")
    rows = select.discussion(t, section, person)
    if person and not rows:
        render.note(
            f"{t.person(person).name} has no exchanges in ({section.number}) {section.title}."
        )
    render.show(render.discussion_view(rows, section, t.meeting), output)


def _person(t: Transcription, word: str, what: str, hint: str) -> str:
    """Answer the id of the person a word names (a name or a spelling as written);
    a usage error naming the closest people when it names none or several."""
    try:
        return select.resolve(word, select.speaker_names(t))
    except select.NotFound as missing:
        names = [t.person(c).name for c in missing.candidates]
        raise typer.BadParameter(_not_found(what, missing, names), param_hint=hint) from None


def _not_found(what: str, missing: select.NotFound, names: list[str] | None = None) -> str:
    """Answer the message for a word that names nothing, or more than one thing."""
    shown = ", ".join(names or missing.candidates)
    if missing.ambiguous:
        return f"{what} {missing.word!r} could be any of: {shown}; type more of it"
    return f"no {what} {missing.word!r}; try one of: {shown}"


@commands.command()
@listing
def timeline(
    ctx: typer.Context,
    as_of: AsOf = None,
    *,
    output: render.Output,
) -> None:
    """Every dated event in order, last-call windows drawn on one time axis.

    Examples:

        msecwg timeline

        msecwg timeline --as-of 2003-08-15

        msecwg timeline --json | jq -r '.records[] | [.date, .what] | @tsv'

    The meeting, each announcement, each last call's close, and each window
    from announcement to close as a bar; the as-of date is marked when it falls
    near the events.
    """
    day = _as_of(as_of)
    t = _transcription(ctx)
    view = render.timeline_view(select.timeline(t, day), t.meeting, day, render.terminal_width())
    render.show(view, output)


@commands.command()
@listing
def people(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            help="One person (a name, or a spelling as written): their words across all "
            "topics. Leave out to list everyone.",
            autocompletion=_complete_speaker,
            show_default=False,
        ),
    ] = None,
    *,
    output: render.Output,
) -> None:
    """Everyone the minutes name, or one person's words.

    Examples:

        msecwg people

        msecwg people hugh

        msecwg people --json | jq -r '.records[] | [.name, .outside_full_name] | @tsv'

    What the minutes say (names as used, spellings, roles, exchanges, items) is
    kept apart from who each person is, which comes from public records outside
    the minutes, each shown with its source.
    """
    t, facts = load.load_with_facts(_data_path(ctx))
    rows = select.people(t, facts)
    if name is None:
        render.show(render.people_view(rows, t.meeting), output)
        return
    person = _person(t, name, "person", "NAME")
    row = next(r for r in rows if r.id == person)
    words = select.person_words(t, person)
    if not words:
        render.note(f"{row.name} has no exchanges in the minutes.")
    render.show(render.person_view(words, row, t.meeting), output)


@commands.command()
@listing
def search(
    ctx: typer.Context,
    words: Annotated[
        str, typer.Argument(help="The words to find, in any case.", show_default=False)
    ],
    *,
    output: render.Output,
) -> None:
    """Find words in the summary points, exchanges and action items.

    Examples:

        msecwg search "policy token"

        msecwg search informational

        msecwg search token --format tsv | cut -f1,4

    Each hit shows its section, the speaker where there is one, and the text
    with the words marked on a terminal.
    """
    if not words.strip():
        raise typer.BadParameter("give some words to find", param_hint="WORDS")
    t = _transcription(ctx)
    render.show(render.search_view(select.search(t, words), words, t.meeting), output)


@commands.command()
def calendar(
    ctx: typer.Context,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="FILE", help="Write to FILE instead of stdout."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
) -> None:
    """Deadlines and last-call windows as iCalendar.

    Examples:

        msecwg calendar -o msec.ics

        msecwg calendar > msec.ics

        msecwg --data ietf58.toml calendar -o ietf58.ics --force

    Each dated item is an all-day event on its date; each last call with an
    announcement and a closing date is also an event spanning that window. UIDs
    stay the same from run to run, so importing again updates the events.
    """
    from msecwg import ical

    t = _transcription(ctx)
    data = ical.calendar(t, dt.datetime.now(dt.UTC).replace(microsecond=0))
    render.write(data, output, force=force)
    if output is not None:
        render.note(f"Wrote {output}.")


@commands.command()
def check(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(
            help="The transcription to check. Default: --data, or the bundled one.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check a transcription's format, quotes and dates.

    Examples:

        msecwg check

        msecwg check ietf58.toml

    Every quote must be in the minutes file it names, every reference must
    resolve, and every date as written must name the day recorded ("Friday 1
    August 2003" is a Friday). Prints each problem with where it is and exits 1
    when there is any.
    """
    from msecwg import consistency

    target = path or _data_path(ctx) or load.bundled_path()
    found = load.examine(target)
    for problem in found.problems:
        render.error(problem)
    t = found.transcription
    if found.problems or t is None:
        raise typer.Exit(BAD_DATA)
    for note in consistency.notes(t):
        render.plain(f"note: {note}")
    exchanges = sum(len(s.exchanges) for s in t.sections)
    render.plain(
        f"{target}: OK: {len(t.documents)} documents, {len(t.actions)} action items, "
        f"{len(t.sections)} sections, {exchanges} exchanges; every quote is in the minutes."
    )


@commands.command()
def schema() -> None:
    """The JSON Schema of the transcription format.

    Examples:

        msecwg schema > msecwg-transcription.schema.json

        msecwg schema | jq '.["$defs"] | keys'
    """
    from msecwg.model import json_schema

    render.generated(json_schema())


def run() -> None:
    """Run the command line as msecwg (msecwg.__main__ calls it)."""
    app(prog_name="msecwg")

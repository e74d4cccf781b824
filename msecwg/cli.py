"""The msecwg command line: options in, a question to queries, a view of the answer
shown by formats; nothing else."""

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from msecwg import __version__, formats, load, options, queries, views
from msecwg.errors import BAD_DATA, OVERDUE, UsageProblem
from msecwg.group import MsecwgGroup
from msecwg.model import ActionState
from msecwg.options import AsOf, listing

# The subcommands, registered here and built by the group when used.
commands = typer.Typer(pretty_exceptions_enable=False, rich_markup_mode=None)


class Msecwg(MsecwgGroup):
    """msecwg itself: the group of the commands registered on `commands`."""

    registry = commands


app = typer.Typer(
    cls=Msecwg,
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


def _version(value: bool) -> None:
    if value:
        formats.plain(f"msecwg {__version__}")
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
    output: formats.Output,
) -> None:
    """Every document: intended status, state, next deadline.

    Examples:

        msecwg drafts

        msecwg drafts --as-of 2003-08-02

        msecwg drafts --outcome

    The next deadline is the first on or after the as-of date; when all have
    passed, the last one, with how long ago.
    """
    day = options.as_of(as_of)
    t, facts = load.load_with_facts(options.data_path(ctx), facts=outcome)
    rows = queries.drafts(t, day)
    if not outcome:
        formats.show(views.drafts_view(rows, t.meeting, day), output)
        return
    if facts is None:
        raise UsageProblem(
            "--outcome needs facts from outside the minutes; this transcription names none"
        )
    formats.show(views.outcome_view(queries.outcomes(rows, facts), t.meeting, day), output)


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
    output: formats.Output,
) -> None:
    """Action items and deadlines, and which have passed.

    Examples:

        msecwg actions --overdue

        msecwg actions --as-of '1 Aug 2003'

        msecwg actions --overdue --json | jq -r '.records[].id'

    An item due on a day is "due today" all that day and overdue from the next
    day on, unless recorded as done; an item with no date is never overdue.
    """
    day = options.as_of(as_of)
    t = options.transcription(ctx)
    rows = queries.actions(t, day, overdue_only=overdue)
    formats.show(views.actions_view(rows, t.meeting, day, overdue_only=overdue), output)
    if fail_if_any and any(row.state is ActionState.OVERDUE for row in rows):
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
            autocompletion=options.complete_topic,
            show_default=False,
        ),
    ] = None,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            metavar="NAME",
            help="Only this person's words (a name, or a spelling as written).",
            autocompletion=options.complete_speaker,
            show_default=False,
        ),
    ] = None,
    *,
    output: formats.Output,
) -> None:
    """The exchanges on one topic, speaker by speaker.

    Examples:

        msecwg discussion gsakmp

        msecwg discussion gkm

        msecwg discussion fmke --speaker lakshminath

    Shows the section's summary points, then each exchange with the speaker's
    name, the spelling as written when it differs, and the words verbatim.
    """
    t = options.transcription(ctx)
    if topic is None:
        formats.show(views.topics_view(queries.topics(t), t.meeting), output)
        return
    try:
        section = queries.find_section(t, topic)
    except queries.NotFound as missing:
        raise typer.BadParameter(options.not_found("topic", missing), param_hint="TOPIC") from None
    person = None if speaker is None else options.person(t, speaker, "speaker", "'--speaker'")
    rows = queries.discussion(t, section, person)
    if person and not rows:
        formats.note(
            f"{t.person(person).name} has no exchanges in ({section.number}) {section.title}."
        )
    formats.show(views.discussion_view(rows, section, t.meeting), output)


@commands.command()
@listing
def timeline(
    ctx: typer.Context,
    as_of: AsOf = None,
    *,
    output: formats.Output,
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
    day = options.as_of(as_of)
    t = options.transcription(ctx)
    view = views.timeline_view(queries.timeline(t, day), t.meeting, day, formats.terminal_width())
    formats.show(view, output)


@commands.command()
@listing
def people(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            help="One person (a name, or a spelling as written): their words across all "
            "topics. Leave out to list everyone.",
            autocompletion=options.complete_speaker,
            show_default=False,
        ),
    ] = None,
    *,
    output: formats.Output,
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
    t, facts = load.load_with_facts(options.data_path(ctx))
    rows = queries.people(t, facts)
    if name is None:
        formats.show(views.people_view(rows, t.meeting), output)
        return
    person = options.person(t, name, "person", "NAME")
    row = next(r for r in rows if r.id == person)
    words = queries.person_words(t, person)
    if not words:
        formats.note(f"{row.name} has no exchanges in the minutes.")
    formats.show(views.person_view(words, row, t.meeting), output)


@commands.command()
@listing
def search(
    ctx: typer.Context,
    words: Annotated[
        str, typer.Argument(help="The words to find, in any case.", show_default=False)
    ],
    *,
    output: formats.Output,
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
    t = options.transcription(ctx)
    formats.show(views.search_view(queries.search(t, words), words, t.meeting), output)


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

    t = options.transcription(ctx)
    events = queries.timeline(t, dt.date.today())
    data = ical.calendar(t, events, dt.datetime.now(dt.UTC).replace(microsecond=0))
    formats.write(data, output, force=force)
    if output is not None:
        formats.note(f"Wrote {output}.")


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

    target = path or options.data_path(ctx) or load.bundled_path()
    found = load.examine(target)
    for problem in found.problems:
        formats.error(problem)
    t = found.transcription
    if found.problems or t is None:
        raise typer.Exit(BAD_DATA)
    for note in consistency.notes(t):
        formats.plain(f"note: {note}")
    exchanges = sum(len(s.exchanges) for s in t.sections)
    formats.plain(
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

    formats.generated(json_schema())


def run() -> None:
    """Run the command line as msecwg (msecwg.__main__ calls it)."""
    app(prog_name="msecwg")

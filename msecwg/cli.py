"""The msecwg command line: options in, a question to queries or passages, a view of
the answer shown by formats; nothing else."""

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from msecwg import __version__, formats, load, options, passages, queries
from msecwg.errors import BAD_DATA, OVERDUE, UsageProblem
from msecwg.group import MsecwgGroup
from msecwg.options import AsOf, LongOption, listing
from msecwg.rows import DraftRow
from msecwg.views import cards, deadlines, minutes

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

    msecwg actions --overdue        the dates that have passed

    msecwg drafts                   every document and its next deadline

    msecwg drafts mikey             one document, whole

    msecwg discussion gsakmp        who said what on GSAKMP, in order

Exit codes: 0 success (an empty result included), 1 bad data or file,
2 usage, 3 a date passed (actions --fail-if-any), 70 a bug in msecwg.""",
)


def _version(value: bool) -> None:
    if value:
        formats.plain(f"msecwg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    data: Annotated[
        str | None,
        typer.Option(
            "--data",
            metavar="PATH",
            envvar="MSECWG_DATA",
            help="Read this transcription instead of the bundled one (IETF 57). "
            "May also follow the command.",
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
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAME]",
            help="One document, whole (its id or name, any case, or a unique prefix).",
            autocompletion=options.complete_document,
            show_default=False,
        ),
    ] = None,
    outcome: Annotated[
        bool,
        typer.Option(
            "--outcome",
            help="What became of each document (its RFC, or none), from public "
            "records outside the minutes, with their sources.",
        ),
    ] = False,
    long: LongOption = False,
    as_of: AsOf = None,
    *,
    output: formats.Output,
) -> None:
    """Every document: intended status, state, next deadline.

    Examples:

        msecwg drafts

        msecwg drafts mikey

        msecwg drafts --as-of 2003-08-02

        msecwg drafts --outcome

    The next deadline is the first date on or after the as-of date; when all
    have passed, the last one. An intended status is shown only where the
    minutes record one.
    """
    day = options.as_of(as_of)
    # Facts from outside the minutes are read only where they are shown.
    meeting = options.loaded(ctx, facts=outcome or long or name is not None)
    t, facts = meeting.transcription, meeting.facts
    only = None if name is None else options.document(t, name)
    if outcome and facts is None:
        raise UsageProblem(
            "--outcome needs facts from outside the minutes; this transcription names none"
        )
    rows: Sequence[DraftRow] = queries.drafts(t, day, only=only)
    if facts is not None and (outcome or only or long):
        rows = queries.outcomes(list(rows), facts)
    if only or long:
        sections = {d.id: t.section(d.section) for d in t.documents}
        view = cards.drafts_cards(rows, queries.actions(t, day), sections, t.meeting, day)
    elif outcome:
        view = deadlines.outcome_view(rows, t.meeting, day, output.width)  # type: ignore[arg-type]
    else:
        view = deadlines.drafts_view(rows, t.meeting, day, output.width)
    formats.show(view, output)


@commands.command()
@listing
def actions(
    ctx: typer.Context,
    item: Annotated[
        str | None,
        typer.Argument(
            metavar="[ID]",
            help="One action item or follow-up, whole (its id: a, b, ...).",
            autocompletion=options.complete_item,
            show_default=False,
        ),
    ] = None,
    overdue: Annotated[
        bool,
        typer.Option(
            "--overdue",
            "--passed",
            help="Only the items with a date passed and nothing recorded done.",
        ),
    ] = False,
    fail_if_any: Annotated[
        bool,
        typer.Option("--fail-if-any", help="Exit with code 3 when any item has a date passed."),
    ] = False,
    long: LongOption = False,
    as_of: AsOf = None,
    *,
    output: formats.Output,
) -> None:
    """Action items and follow-ups, their dates, and which have passed.

    Examples:

        msecwg actions --overdue

        msecwg actions c

        msecwg actions --as-of '1 Aug 2003'

        msecwg actions --overdue --json | jq -r '.records[].id'

    A date passes at the end of its day: on the day it is "today". msecwg
    knows only the dates of the minutes and what the transcription records
    as done, so a passed date says just that: not that nothing was done.
    """
    day = options.as_of(as_of)
    t = options.transcription(ctx)
    only = None if item is None else options.item(t, item)
    rows = queries.actions(t, day, passed_only=overdue, item=only)
    if only or long:
        sections = {s.key: s for s in t.sections}
        view = cards.actions_cards(rows, sections, t.meeting, day)
    else:
        view = deadlines.actions_view(rows, t.meeting, day, output.width, passed_only=overdue)
    formats.show(view, output)
    if fail_if_any and any(queries.passed(r.dates) for r in rows):
        raise typer.Exit(OVERDUE)


@commands.command()
@listing
def discussion(
    ctx: typer.Context,
    topic: Annotated[
        str | None,
        typer.Argument(
            metavar="[TOPIC]",
            help="A section of the minutes: gsakmp, mikey, dhhmac, gkm-arch, fmke, ... "
            "Any case, a unique prefix, or its number as listed. Leave out to list them.",
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

        msecwg discussion 3

        msecwg discussion fmke --speaker lakshminath

    Shows the section's summary points and decisions, then each exchange: the
    speaker's name, the spelling as written when it differs, and the words as
    the minutes give them, verbatim; words the minutes report rather than
    quote are marked reported.
    """
    t = options.transcription(ctx)
    if topic is None:
        formats.show(minutes.topics_view(passages.topics(t), t.meeting), output)
        return
    try:
        section = passages.find_section(t, topic)
    except passages.NotFound as missing:
        raise typer.BadParameter(options.not_found("topic", missing), param_hint="TOPIC") from None
    person = None if speaker is None else options.person(t, speaker, "speaker", "'--speaker'")
    rows = passages.discussion(t, section, person)
    if person and not rows:
        formats.note(f"{t.person(person).name} has no exchanges in {section.heading.rstrip(':')}.")
        return
    items = sum(a.section == section.key for a in t.items)
    formats.show(minutes.discussion_view(rows, section, t.meeting, items), output)


@commands.command()
@listing
def timeline(
    ctx: typer.Context,
    as_of: AsOf = None,
    *,
    output: formats.Output,
) -> None:
    """Every dated thing in order, Last Call windows drawn on one time axis.

    Examples:

        msecwg timeline

        msecwg timeline --as-of 2003-08-15

        msecwg timeline --json | jq -r '.records[] | [.date, .what] | @tsv'

    The meeting, each task, each Last Call's close, and each Last Call's
    window from announcement to close as a bar; the as-of date is marked when
    it falls near them.
    """
    day = options.as_of(as_of)
    t = options.transcription(ctx)
    view = deadlines.timeline_view(queries.timeline(t, day), t.meeting, day, output.width)
    formats.show(view, output)


@commands.command()
@listing
def people(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAME]",
            help="One person (a name, a spelling as written, or part of a full name): "
            "their words and the passages that name them. Leave out to list everyone.",
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

    What the minutes say (names as used, spellings, roles, exchanges, the
    passages that name someone) is kept apart from who each person is, which
    comes from public records outside the minutes, each with its source.
    """
    meeting = options.loaded(ctx, facts=True)
    t, facts = meeting.transcription, meeting.facts
    found = passages.passages(t, meeting.minutes)
    rows = passages.people(t, facts, found)
    if name is None:
        formats.show(minutes.people_view(rows, t.meeting), output)
        return
    person = options.person(t, name, "person", "NAME", facts)
    row = next(r for r in rows if r.id == person)
    shown = passages.of_person(t, person, found)
    formats.show(minutes.person_view(shown, row, t.meeting), output)


@commands.command()
@listing
def search(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            help="The words to find, in any case; quotes not needed.", show_default=False
        ),
    ],
    *,
    output: formats.Output,
) -> None:
    """Find words anywhere in the minutes, and where each passage stands.

    Examples:

        msecwg search policy token

        msecwg search Haitham

        msecwg search token --format tsv | cut -f1,3

    Searches the whole minutes as written: headings, the opening, summary
    points, every exchange with its speaker as written, and the action items.
    Each passage is shown verbatim, the words marked on a terminal.
    """
    wanted = " ".join(words).strip()
    if not wanted:
        raise typer.BadParameter("give some words to find", param_hint="WORDS")
    meeting = options.loaded(ctx)
    found = passages.passages(meeting.transcription, meeting.minutes)
    hits = passages.search(found, wanted)
    formats.show(minutes.search_view(hits, wanted, meeting.transcription.meeting), output)


@commands.command()
def calendar(
    ctx: typer.Context,
    output: Annotated[
        str | None,
        typer.Option("-o", "--output", metavar="FILE", help="Write to FILE ('-' for stdout)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
) -> None:
    """Dated things and Last Call windows as iCalendar.

    Examples:

        msecwg calendar -o msec.ics

        msecwg calendar > msec.ics

        msecwg --data ietf58.toml calendar -o ietf58.ics --force

    Each dated item is an all-day event on its date; each Last Call with an
    announcement and a closing date is also an event spanning that window.
    Conditions and hedges travel into each title. UIDs stay the same from run
    to run, so importing again updates the events.
    """
    from msecwg import files, ical

    if output is not None and not output.strip():
        raise typer.BadParameter("give a file name, or - for stdout", param_hint="'-o'")
    t = options.transcription(ctx)
    events = queries.timeline(t, dt.date.today())
    data = ical.calendar(t, events, dt.datetime.now(dt.UTC).replace(microsecond=0))
    if output is None or output == "-":
        formats.write_bytes(data)
        return
    files.write_file(data, Path(output), force=force)
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
    if found.count > len(found.problems):
        formats.error(f"{target}: and {found.count - len(found.problems)} more problems")
    t = found.transcription
    if found.problems or t is None:
        raise typer.Exit(BAD_DATA)
    for note in consistency.notes(t):
        formats.plain(f"note: {note}")
    exchanges = sum(len(s.exchanges) for s in t.sections)
    follow_ups = f", {len(t.follow_ups)} follow-ups" if t.follow_ups else ""
    formats.plain(
        f"{target}: OK: {len(t.documents)} documents, {len(t.actions)} action items"
        f"{follow_ups}, {len(t.sections)} sections, {exchanges} exchanges; "
        "every quote is in the minutes."
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


@commands.command(name="help")
def help_(
    ctx: typer.Context,
    command: Annotated[
        str | None,
        typer.Argument(metavar="[COMMAND]", help="The command to explain.", show_default=False),
    ] = None,
) -> None:
    """Help on msecwg, or on one command.

    Examples:

        msecwg help

        msecwg help drafts
    """
    root = ctx.find_root()
    if command is None:
        formats.generated(root.get_help())
        return
    group = root.command
    found = group.get_command(root, command)  # type: ignore[attr-defined]
    if found is None:
        raise typer.BadParameter(f"no command {command!r}", param_hint="COMMAND")
    with typer.Context(found, info_name=command, parent=root) as sub:
        formats.generated(found.get_help(sub))


def run() -> None:
    """Run the command line as msecwg (msecwg.__main__ calls it)."""
    app(prog_name="msecwg")

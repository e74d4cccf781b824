"""The commands of transcriptions themselves: check, schema, import; and help."""

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from msecwg.commands import options
from msecwg.commands import registry as commands
from msecwg.commands.group import DataCommand
from msecwg.dates import count
from msecwg.errors import BAD_DATA, INTERNAL, SKIPPED, DataError
from msecwg.show import formats
from msecwg.store import load


@commands.command(cls=DataCommand)
def check(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[PATH]...",
            help="The transcriptions to check, or folders of them. Default: --data, or "
            "the bundled one.",
        ),
    ] = None,
) -> None:
    """Check transcriptions: their format, quotes and dates.

    Examples:

        msecwg check

        msecwg check ietf58.toml

        msecwg check meetings/

    Every quote must be in the minutes file it names, every reference must
    resolve, and every date as written must name the day recorded ("Friday 1
    August 2003" is a Friday). Every rule runs on every file, whatever the cache
    of checked transcriptions holds. Prints each problem with its file and where
    it is, then a line for each file, and exits 1 when there is any problem.
    """
    from msecwg.store import consistency, record
    from msecwg.store.meetings import examine

    targets = paths or options.data_paths(ctx) or [load.bundled_path()]
    examined = examine(targets, cached=False)
    bad = 0
    for found in examined:
        for problem in found.problems:
            formats.error(problem)
        if found.count > len(found.problems):
            formats.error(f"{found.path}: and {found.count - len(found.problems)} more problems")
        t = found.checked
        if found.problems or t is None:
            bad += 1
            continue
        for note in consistency.notes(t):
            formats.plain(f"note: {found.path}: {note}" if len(examined) > 1 else f"note: {note}")
        exchanges = sum(len(s.exchanges) for s in t.sections)
        follow_ups = f", {count(len(t.follow_ups), 'follow-up')}" if t.follow_ups else ""
        formats.plain(
            f"{found.path}: OK: {count(len(t.documents), 'document')}, "
            f"{count(len(t.actions), 'action item')}{follow_ups}, "
            f"{count(len(t.sections), 'section')}, {count(exchanges, 'exchange')}; "
            "every quote is in the minutes."
        )
    if len(examined) > 1:
        summary = f"{count(len(examined) - bad, 'transcription')} of {len(examined)} OK"
        (formats.error if bad else formats.plain)(
            summary + (f"; {bad} with problems" if bad else ".")
        )
    where = record.place(targets)
    try:
        if where is not None:
            record.read(where)
    except DataError as problem:
        formats.error(str(problem))
        bad += 1
    if bad:
        raise typer.Exit(BAD_DATA)


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
        typer.Argument(metavar="[COMMAND]", help="The command to explain."),
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
    found = root.command.get_command(root, command)  # type: ignore[attr-defined]
    if found is None:
        raise typer.BadParameter(f"no command {command!r}", param_hint="COMMAND")
    with typer.Context(found, info_name=command, parent=root) as sub:
        formats.generated(found.get_help(sub))


@commands.command(name="import")
def import_(
    minutes: Annotated[
        list[Path],
        typer.Argument(
            metavar="MINUTES...",
            help="Minutes as written (plain text or Markdown), or folders of them.",
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE|FOLDER",
            help="For one minutes file, the transcription to write ('-' or none: stdout); "
            "for several, or a folder, the folder to write into (made if missing).",
        ),
    ] = None,
    update: Annotated[
        bool,
        typer.Option(
            "--update",
            help="Import again only minutes changed since their last import, or imported by "
            "another version of msecwg; never replace a transcription a person has edited since.",
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option("--force", help="Replace a transcription that exists, edited or not."),
    ] = False,
) -> None:
    """Make transcriptions of meetings' minutes, as they are written.

    Examples:

        msecwg import ietf58-minutes.txt -o ietf58.toml

        msecwg import minutes.md > meeting.toml

        msecwg import materials/ -o meetings/

        msecwg import materials/ -o meetings/ --update

    Reads minutes as IETF groups write them, plain text (flattened onto one line
    too) or Markdown, and finds the meeting, its sections, every speaker's
    turn and who is who, the documents discussed and the stages the minutes
    state of them (in the words of RFC 6174), action items with their owners
    and dates, and decisions, each record quoting the minutes verbatim. What the
    minutes do not say is left out: no status is guessed; what breaks a rule of
    msecwg check (a date whose weekday is not its own, a passage not found as
    written) is left out too. What is left for a person to settle is listed in the
    transcription's header.

    A folder is searched, with the folders in it, for minutes as groups keep
    them: files ending .md, .txt or .markdown named "minutes" or "notes"
    (ietf118/minutes.md, notes.md, the Datatracker's
    minutes-118-masque-202311061300-00.md) or after the meeting, alone or after
    the group (ietf104.md, quic-ietf104.md, vietf107.md, interim-20-10.md); not
    agendas, slides, READMEs, charters, drafts or other files. A line names the
    Markdown or text files passed over that may be minutes (2023-11-06.md); a
    file named on the command line is read whatever its name.

    Several minutes, or a folder, need -o FOLDER. Each transcription in it is
    named after its meeting, else after the minutes' file; a second minutes
    of one meeting gets -2 (in order of path), and minutes imported before
    keep their transcription's name:

    \b
        masque-ietf118.toml             IETF 118 of the MASQUE WG
        masque-interim-2021-01-21.toml  an interim meeting
        masque-ietf118-2.toml           a second session's minutes
        interim-20-10.toml              interim-20-10/minutes.md, no group

    A file that is not minutes (an HTML page, an empty or binary file), cannot
    be read, or is too large is named with why and skipped; the others are
    imported. A transcription there is never replaced without --force; with
    --update, one made from minutes that have changed since, or by another
    version of msecwg (as its header records), is made again, unless a person
    has edited it since.

    Reports a line a file on stderr (what was found, how many things are left
    for a person), then, for a folder, how many were imported, unchanged and
    skipped. Exits 0 when every file was imported or unchanged, 4 when any was
    skipped. Review each transcription, then run msecwg check.
    """
    from msecwg.importer import importing

    folder, target = importing.destination(minutes, output)
    files, unreadable, passed_over = importing.gather(minutes)
    for line in unreadable:
        formats.error(line)
    for line in passed_over:
        formats.note(line)
    counts: Counter[str] = Counter()
    for outcome in importing.run(files, folder, target, update=update, force=force):
        counts[outcome.kind] += 1
        if outcome.data is not None:
            formats.write_bytes(outcome.data)
        shown = formats.note if outcome.kind in ("imported", "unchanged") else formats.error
        shown(outcome.line)
    skipped = counts["skipped"] + counts["failed"] + len(unreadable)
    if folder is not None:
        formats.note(importing.summary(counts["imported"], counts["unchanged"], skipped, folder))
    if counts["failed"]:
        raise typer.Exit(INTERNAL)
    if skipped:
        raise typer.Exit(SKIPPED)

"""The commands of transcriptions themselves: check, schema, import; and help."""

import os
from pathlib import Path
from typing import Annotated, Any

import typer

from msecwg import formats, load, options, validate
from msecwg.commands import registry as commands
from msecwg.errors import BAD_DATA, MsecwgError
from msecwg.files import read_text, write_file
from msecwg.views import count


@commands.command()
def check(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[PATH]...",
            help="The transcriptions to check, or folders of them. Default: --data, or "
            "the bundled one.",
            show_default=False,
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
    August 2003" is a Friday). Prints each problem with its file and where it
    is, then a line for each file, and exits 1 when there is any problem.
    """
    from msecwg import consistency
    from msecwg.meetings import examine

    targets = list(paths or []) or options.data_paths(ctx) or [load.bundled_path()]
    examined = examine(targets)
    bad = 0
    for target, found in examined:
        for problem in found.problems:
            formats.error(problem)
        if found.count > len(found.problems):
            formats.error(f"{target}: and {found.count - len(found.problems)} more problems")
        t = found.transcription
        if found.problems or t is None:
            bad += 1
            continue
        for note in consistency.notes(t):
            formats.plain(f"note: {target}: {note}" if len(examined) > 1 else f"note: {note}")
        exchanges = sum(len(s.exchanges) for s in t.sections)
        follow_ups = f", {len(t.follow_ups)} follow-ups" if t.follow_ups else ""
        formats.plain(
            f"{target}: OK: {len(t.documents)} documents, {len(t.actions)} action items"
            f"{follow_ups}, {len(t.sections)} sections, {exchanges} exchanges; "
            "every quote is in the minutes."
        )
    if len(examined) > 1:
        summary = f"{count(len(examined) - bad, 'transcription')} of {len(examined)} OK"
        (formats.error if bad else formats.plain)(
            summary + (f"; {bad} with problems" if bad else ".")
        )
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


@commands.command(name="import")
def import_(
    minutes: Annotated[
        list[Path],
        typer.Argument(metavar="MINUTES...", help="Minutes as written: plain text or Markdown."),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="Write to FILE ('-' for stdout); for several minutes, into this folder.",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace a file that exists.")] = False,
) -> None:
    """Make a transcription of a meeting's minutes, as they are written.

    Examples:

        msecwg import ietf58-minutes.txt -o ietf58.toml

        msecwg import minutes.md > meeting.toml

        msecwg import minutes/*.md -o meetings/

    Reads minutes as IETF groups write them, plain text (flattened onto one line
    too) or Markdown, and finds the meeting, its sections, every speaker's
    turn, the documents, action items and decisions, each record quoting the
    minutes verbatim. What the minutes do not say is left out: no status is
    guessed. Ends with a line on stderr a file: what it found, and what it left
    for a person to settle. Review the transcription, then run msecwg check.
    """
    from msecwg import importer, transcribe

    folder = Path(output) if output and len(minutes) > 1 else None
    if folder is not None and not folder.is_dir():
        raise typer.BadParameter(
            f"{output}: for several minutes, give a folder that exists", param_hint="'-o'"
        )
    for path in minutes:
        text = read_text(path, "minutes")
        target = folder / f"{path.stem}.toml" if folder else (Path(output) if output else None)
        if target == Path("-"):
            target = None
        beside = target.parent if target else Path.cwd()
        made = transcribe.transcribe(
            importer.read(text, name="/".join(path.absolute().parts[-2:])),
            os.path.relpath(path, beside),
        )
        refused = list(validate.structure(made.transcription))
        refused += validate.quotes(made.transcription, validate.fold(text))
        if refused:
            raise MsecwgError(f"{path}: import made a transcription check refuses: {refused[0]}")
        data = transcribe.to_toml(made.transcription, path).encode("utf-8")
        if target is None:
            formats.write_bytes(data)
        else:
            write_file(data, target, force=force)
        formats.note(_summary(path, target, made))


def _summary(path: Path, target: Path | None, made: Any) -> str:
    """Answer the line that tells what an import found and what it left for a person."""
    t = made.transcription
    exchanges = sum(len(s.exchanges) for s in t.sections)
    decisions = sum(len(s.decisions) for s in t.sections)
    found = ", ".join(
        count(n, thing)
        for n, thing in (
            (len(t.sections), "section"),
            (exchanges, "exchange"),
            (len(t.documents), "document"),
            (len(t.actions), "action item"),
            (decisions, "decision"),
        )
    )
    left = "; ".join(made.left) if made.left else "nothing"
    review = f"msecwg check {target}" if target else "msecwg check"
    return f"{path.name}: {found}; left for a person: {left}. Review it, then {review}."

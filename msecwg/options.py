"""What the command line's words mean: the options every listing command shares, the
as-of date, the transcription in use, completion, and words that name a topic or
a person."""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Any

import typer

from msecwg import formats, load, queries
from msecwg.dates import parse_date
from msecwg.errors import MsecwgError
from msecwg.group import choice
from msecwg.model import Transcription


def data_path(ctx: typer.Context) -> Path | None:
    """Answer the transcription file --data or MSECWG_DATA names, if any."""
    data = ctx.find_root().params.get("data")
    return Path(data) if data else None


def transcription(ctx: typer.Context) -> Transcription:
    """Answer the transcription the command line names (--data), or the bundled one."""
    return load.load(data_path(ctx))


def as_of(value: str | None) -> dt.date:
    """Answer the as-of date a person typed, or today's local date."""
    if value is None:
        return dt.date.today()
    try:
        return parse_date(value)
    except ValueError as problem:
        raise typer.BadParameter(str(problem), param_hint="'--as-of'") from None


def _completing(
    ctx: typer.Context, names: Callable[[Transcription], Iterable[str]], incomplete: str
) -> list[str]:
    """Answer the names that start with what was typed, in any case, completed in the
    case it was typed in (names are found in any case); nothing when the data is bad."""
    try:
        offered = names(transcription(ctx))
    except MsecwgError:
        return []
    typed = incomplete.casefold()
    return [
        incomplete + name[len(incomplete) :]
        for name in offered
        if name.casefold().startswith(typed)
    ]


def complete_topic(ctx: typer.Context, incomplete: str) -> list[str]:
    """Answer the topics that start with what was typed."""
    return _completing(ctx, queries.topic_names, incomplete)


def complete_speaker(ctx: typer.Context, incomplete: str) -> list[str]:
    """Answer the people whose names start with what was typed."""
    return _completing(ctx, lambda t: [p.name for p in t.people], incomplete)


def person(t: Transcription, word: str, what: str, hint: str) -> str:
    """Answer the id of the person a word names (a name or a spelling as written);
    a usage error naming the closest people when it names none or several."""
    try:
        return queries.resolve(word, queries.speaker_names(t))
    except queries.NotFound as missing:
        names = [t.person(c).name for c in missing.candidates]
        raise typer.BadParameter(not_found(what, missing, names), param_hint=hint) from None


def not_found(what: str, missing: queries.NotFound, names: list[str] | None = None) -> str:
    """Answer the message for a word that names nothing, or more than one thing."""
    shown = ", ".join(names or missing.candidates)
    if missing.ambiguous:
        return f"{what} {missing.word!r} could be any of: {shown}; type more of it"
    return f"no {what} {missing.word!r}; try one of: {shown}"


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
    str | None,
    typer.Option(
        "--format",
        click_type=choice(list(formats.FORMATS)),
        help="Output format. Default: table on a terminal, tsv when piped.",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="No colour in tables.")]
CiteOption = Annotated[
    bool, typer.Option("--cite", help="Give each row the words of the minutes it rests on.")
]


def _output(format: str | None, json: bool, no_color: bool, cite: bool) -> formats.Output:
    """Answer the output the shared options ask for."""
    if json and format not in (None, "json"):
        raise typer.BadParameter(f"--json conflicts with --format {format}; give one of them")
    return formats.choose_output("json" if json else format, no_color=no_color, cite=cite)


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

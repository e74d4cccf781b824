"""What the command line's words mean: meetings, dates, completion, names, and shared options."""

import datetime as dt
import functools
import inspect
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

import typer

from msecwg.ask import across, passages
from msecwg.ask.who import Group
from msecwg.commands import registry
from msecwg.commands.group import MeetingsCommand, left_out
from msecwg.dates import parse_date
from msecwg.errors import DataError, MsecwgError
from msecwg.model import Transcription
from msecwg.rows import ActionRow, DecisionRow
from msecwg.show import formats
from msecwg.show.safe import clean
from msecwg.spelling import closest
from msecwg.store import reading, record
from msecwg.store.meetings import Held, number, pick, read

if TYPE_CHECKING:
    FormatName = str
else:  # the names --format takes, as the registry of formats gives them: a choice Typer reads
    FormatName = Literal[tuple(formats.FORMATS)]

T = TypeVar("T")


def data_paths(ctx: typer.Context) -> list[Path]:
    """Answer the paths every --data names, else MSECWG_DATA's; none means the bundled meeting."""
    given = list(ctx.find_root().params.get("data") or [])
    if any(not data.strip() for data in given):
        raise typer.BadParameter(
            "give the path of a transcription, or a folder of them", param_hint="'--data'"
        )
    if not given:
        given = [p for p in os.environ.get("MSECWG_DATA", "").split(os.pathsep) if p.strip()]
    return [Path(data) for data in given]


def meetings(ctx: typer.Context, *, facts: bool = False) -> tuple[list[Held], Group]:
    """Answer the meetings --data names in the order held, or the one --meeting names of them;
    and the group of every meeting read (not only --meeting's), with its record."""
    paths = data_paths(ctx)
    found = read(paths, facts=facts)
    if not found.held and len(found.left_out) == 1:
        raise DataError(found.left_out[0])
    left_out(ctx, found.left_out)
    if not found.held:
        raise DataError(f"none of the {len(found.left_out)} transcriptions given is valid")
    where = record.place(paths)
    kept = None
    try:
        kept = None if where is None else record.read(where)
    except DataError as problem:
        left_out(ctx, [str(problem)])
    wanted = ctx.find_root().params.get("meeting")
    held = found.held if wanted is None else [pick(found.held, wanted)]
    return held, Group(found.held, kept)


def as_of(value: str | None) -> dt.date:
    """Answer the as-of date a person typed, or today's local date."""
    try:
        return dt.date.today() if value is None else parse_date(value)
    except ValueError as problem:
        raise typer.BadParameter(str(problem), param_hint="'--as-of'") from None


def _completer(
    names: Callable[[Transcription], Iterable[str]],
) -> Callable[[typer.Context, str], list[str]]:
    """Answer a completer of the meetings' names that start as typed, any case; none if bad data."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            offered = [n for m in meetings(ctx)[0] for n in names(m.transcription)]
        except MsecwgError:
            return []
        typed = incomplete.casefold()
        completed = (
            clean(incomplete + name[len(incomplete) :])
            for name in offered
            if name.casefold().startswith(typed) and "\n" not in name
        )
        return list(dict.fromkeys(completed))

    return complete


complete_topic = _completer(lambda t: [n for s in t.sections for n in (s.key, *s.aliases)])
complete_document = _completer(lambda t: [d.id for d in t.documents])
complete_item = _completer(lambda t: [a.id for a in t.items])
complete_speaker = _completer(lambda t: [p.name for p in t.people])


def complete_meeting(ctx: typer.Context, incomplete: str) -> list[str]:
    """Answer the meetings whose number (or file name) starts as typed; none where data is bad."""
    try:
        held = read(data_paths(ctx)).held
    except MsecwgError:
        return []
    offered = [str(n) if (n := number(m)) is not None else m.path.stem for m in held]
    return [clean(name) for name in offered if name.startswith(incomplete)]


def named(what: str, hint: str, find: Callable[..., T], *args: Any) -> T:
    """Answer what `find(*args)` finds; a usage error naming the closest if none or several."""
    try:
        return find(*args)
    except passages.NotFound as missing:
        raise typer.BadParameter(not_found(what, missing), param_hint=hint) from None


def of_document(
    held: Sequence[Held], group: Group, word: str
) -> Callable[[ActionRow | DecisionRow], bool]:
    """Answer whether an action item or decision is about the document a word names."""
    found = named("document", "'--document'", across.documents_named, held, group, word)
    wanted = {(m.label, document) for m, document in found}
    return lambda row: (row.meeting, row.document) in wanted


def of_owner(held: Sequence[Held], group: Group, word: str) -> Callable[[ActionRow], bool]:
    """Answer whether an action item is owned by what a word names: a person it names, or its owner
    as written, whole or a word of it ("ben" of "Katriel + Ben"), any case; else a usage error."""
    wanted = reading.key(word)

    def written(owner: str | None) -> bool:
        folded = reading.key(owner or "")
        return bool(owner) and (folded == wanted or wanted in re.findall(r"\w+", folded))

    try:
        one = across.person_named(held, group, word)
    except passages.NotFound as missing:
        if not any(written(a.owner) for m in held for a in m.transcription.items):
            raise typer.BadParameter(
                not_found("owner", missing if missing.ambiguous else _owners(held, word)),
                param_hint="'--owner'",
            ) from None
        return lambda row: written(row.owner)
    names = {
        m.label: {m.transcription.person(i).name for i in group.people.ids(m, one)} for m in held
    }
    return lambda row: written(row.owner) or not names[row.meeting].isdisjoint(row.people)


def _owners(held: Sequence[Held], word: str) -> passages.NotFound:
    """Answer the item owners closest to a word that names none, as people and as written."""
    every = list(
        dict.fromkeys(
            name
            for m in held
            for a in m.transcription.items
            for name in (*(m.transcription.person(p).name for p in a.people), a.owner)
            if name
        )
    )
    by_key = {reading.key(name): name for name in every}
    near = [by_key[k] for k in closest(reading.key(word), by_key)[:3]]
    return passages.NotFound(word, near, ambiguous=False, every=lambda: every)


def item(held: Sequence[Held], word: str) -> str:
    """Answer the id of the action item or follow-up a word names in any meeting."""
    names = {reading.key(a.id): a.id for m in held for a in m.transcription.items}
    return named("item", "ID", passages.resolve, word.strip("()"), names)


def not_found(what: str, missing: passages.NotFound) -> str:
    """Answer the message for a word that names nothing, or more than one thing."""
    every = missing.candidates
    shown = ", ".join(clean(n) for n in every[:10]) + (" ..." if len(every) > 10 else "")
    if missing.ambiguous and not every:  # a topic's number, given several meetings
        return (
            f"{what} {missing.word!r}: a number names a topic within one meeting; "
            "add --meeting, or name the topic"
        )
    if missing.ambiguous:
        return f"{what} {missing.word!r} could be any of: {shown}; type more of it"
    if not every:
        return f"no {what} {missing.word!r}; the transcription has none"
    return f"no {what} {missing.word!r}; try one of: {shown}"


AsOf = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="Judge dates on this day: 2003-08-02, '2 Aug 2003', 'August 2, 2003', today, "
        "yesterday or tomorrow. Default: today.",
    ),
]
LongOption = Annotated[
    bool, typer.Option("--long", "-l", help="Show every record whole, one after another.")
]


def _output(
    *,
    format: Annotated[
        FormatName | None,
        typer.Option(
            "--format",
            help="Output format. Default: table on a terminal, tsv when piped.",
        ),
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    color: Annotated[
        Literal["auto", "always", "never"],
        typer.Option(
            "--color",
            help="Colour in tables: auto (on a terminal, unless NO_COLOR), always, never.",
        ),
    ] = "auto",
    no_color: Annotated[bool, typer.Option("--no-color", help="Same as --color never.")] = False,
    cite: Annotated[
        bool, typer.Option("--cite", help="Give each row the words of the minutes it rests on.")
    ] = False,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Never page a table taller than the terminal.")
    ] = False,
    fields: Annotated[
        str | None,
        typer.Option(
            "--fields",
            metavar="FIELD,...",
            help="Only these fields of each record, in this order, for scripts: as tsv, or "
            "as csv or json when --format or --json says so. A field is a column of the tsv "
            "or a key of the json (current_date: the date of current); an unknown one is an "
            "error that names them all.",
        ),
    ] = None,
    sort: Annotated[
        str | None,
        typer.Option(
            "--sort",
            metavar="FIELD",
            help="Sort the records by this field (any --fields takes; -FIELD the other "
            "way): numbers and dates by value, text in any case, records without it last. "
            "Default: the command's own order.",
        ),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", metavar="N", min=1, help="Show the first N records only."),
    ] = None,
) -> formats.Output:
    """Answer the output the shared options ask for."""
    if json and format not in (None, "json"):
        raise typer.BadParameter(f"--json conflicts with --format {format}; give one of them")
    chosen = tuple(name.strip() for name in (fields or "").split(",") if name.strip())
    if fields is not None and not chosen:
        raise typer.BadParameter("name a field or more: id,what", param_hint="'--fields'")
    if chosen and format is not None and formats.FORMATS[format].for_people:
        raise typer.BadParameter(
            f"fields are chosen for tsv, csv and json records; a {format} shows its own columns",
            param_hint="'--fields'",
        )
    if sort is not None and not sort.removeprefix("-"):
        raise typer.BadParameter("name a field: --sort id", param_hint="'--sort'")
    return formats.choose_output(
        "json" if json else format,
        color="never" if no_color else color,
        cite=cite,
        pager=not no_pager,
        fields=chosen,
        sort=sort,
        limit=limit,
    )


SHARED_OPTIONS = list(inspect.signature(_output).parameters.values())
"""The options every listing takes, as `_output` declares them."""


def listing(command: Callable[..., None]) -> Callable[..., None]:
    """Register a command that answers from meetings, given the shared options as `output`."""
    signature = inspect.signature(command)
    own = [p for p in signature.parameters.values() if p.name != "output"]

    @functools.wraps(command)
    def with_output(**options: Any) -> None:
        shared = {p.name: options.pop(p.name) for p in SHARED_OPTIONS}
        command(**options, output=_output(**shared))

    with_output.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*own, *SHARED_OPTIONS]
    )
    return registry.command(cls=MeetingsCommand)(with_output)

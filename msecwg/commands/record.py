"""The commands join and split, on the group's record, each saying in one line what it did."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from msecwg.ask.who import Group, One, Ones
from msecwg.commands import options
from msecwg.commands import registry as commands
from msecwg.commands.group import DataCommand
from msecwg.dates import count
from msecwg.errors import UsageProblem
from msecwg.model import Kind
from msecwg.show import formats
from msecwg.show.views import in_words
from msecwg.spelling import closest
from msecwg.store import files, record
from msecwg.store.reading import key

KINDS: dict[str, Kind] = {"person": "people", "draft": "documents"}
"""The record's kind of the names, by what the command line calls them."""
NOUNS: dict[Kind, str] = {"people": "person", "documents": "document"}
"""What one thing of each kind is called in messages."""
if TYPE_CHECKING:
    KindName = str
else:  # the names of KINDS: a choice Typer reads
    KindName = Literal[tuple(KINDS)]
What = Annotated[
    KindName,
    typer.Argument(
        metavar="person|draft",
        help="Whether the names are of people or of documents.",
    ),
]


@commands.command(cls=DataCommand)
def join(
    ctx: typer.Context,
    what: What,
    names: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME... NAME",
            help="Two or more names as any meeting writes them (any case); the last is "
            "the name shown.",
        ),
    ],
) -> None:
    """Make names one person, or one document, across meetings.

    Examples:

        msecwg --data meetings/ join person MT "Martin Thomson"

        msecwg --data meetings/ join draft QUIC-LB draft-ietf-quic-load-balancers

        msecwg --data meetings/ people --unjoined

    Writes the group's record, group.toml in the folder of the transcriptions,
    which every command given that folder reads; msecwg split undoes it. Each
    name must be one a meeting writes (a person's name or a spelling as written;
    a document's name, id or a name the minutes call it). Joining names already
    one writes nothing.

    A command of its own, not `people join ...`: `people NAME` and `drafts NAME`
    take any name, and a person may be called Join. msecwg joins what is certain
    itself (people NAME's card and the records of people and drafts say by which
    rule); people --unjoined and drafts --unjoined list what may be one but is
    left apart.
    """
    if len(names) < 2:
        raise typer.BadParameter(
            "give two names or more; the last is the one shown", param_hint="NAME"
        )
    kind, shown = KINDS[what], names[-1]
    where, group = _read(ctx)
    ones = _of(group, kind)
    found = [_one(ones, n, kind) for n in names]
    if len({f[0] for f in found}) == 1:
        are = "is" if len(names) == 2 else "are"
        formats.note(f"{in_words(names[:-1])} {are} already {ones.name(found[0])}; nothing written")
        return
    changed = record.joined(group.record or record.EMPTY, kind, names[:-1], shown)
    files.write_file(record.encoded(changed), where, force=True)
    after = _of(Group(group.held, changed), kind)
    one = _one(after, shown, kind)
    meetings = sum(1 for m in group.held if one[0] in {o[0] for o in after.at(m).values()})
    formats.note(
        f"joined {in_words(names[:-1])} to {after.name(one)}: one {NOUNS[kind]} at "
        f"{count(meetings, 'meeting')}; recorded in {where}"
    )


@commands.command(cls=DataCommand)
def split(
    ctx: typer.Context,
    what: What,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The name to take apart.")],
    other: Annotated[str, typer.Argument(metavar="NAME", help="The name it is no longer.")],
) -> None:
    """Make two names two people, or two documents, again.

    Examples:

        msecwg --data meetings/ split person MT "Martin Thomson"

        msecwg --data meetings/ split draft quic-lb draft-ietf-quic-load-balancers

    Undoes msecwg join in the group's record (group.toml); where a rule of
    msecwg's joins them, the record keeps them apart from then on. Names already
    apart write nothing.
    """
    kind = KINDS[what]
    where, group = _read(ctx)
    ones = _of(group, kind)
    if _one(ones, name, kind)[0] != _one(ones, other, kind)[0]:
        formats.note(f"{name} and {other} are already apart; nothing written")
        return
    for apart in (False, True):  # kept apart only where a rule of msecwg's still joins them
        changed = record.split(group.record or record.EMPTY, kind, name, other, apart=apart)
        after = _of(Group(group.held, changed), kind)
        if _one(after, name, kind)[0] != _one(after, other, kind)[0]:
            break
    else:
        raise UsageProblem(
            f"{name} and {other} are one in a meeting's own transcription; "
            "edit that transcription to make them two"
        )
    files.write_file(record.encoded(changed), where, force=True)
    rule = "; kept apart from msecwg's rules" if apart else ""
    formats.note(f"split {name} from {other}{rule}; recorded in {where}")


def _read(ctx: typer.Context) -> tuple[Path, Group]:
    """Answer where the group's record is kept and the group --data names; a bad record refused."""
    where = record.place(options.data_paths(ctx))
    if where is None:
        raise UsageProblem(
            "give the folder of the group's transcriptions with --data: its record is kept there"
        )
    record.read(where)
    return where, options.meetings(ctx)[1]


def _of(group: Group, kind: Kind) -> Ones:
    """Answer who (or what) is who across the group's meetings, of one kind."""
    return group.people if kind == "people" else group.documents


def _one(ones: Ones, name: str, kind: Kind) -> One:
    """Answer who (or what) a name is across meetings; a usage error if none or several."""
    found = ones.named_by(name)
    if not found:
        near = [ones.written[k] for k in closest(key(name), ones.written)[:3]]
        hint = f"; did you mean {' or '.join(repr(n) for n in near)}?" if near else ""
        raise typer.BadParameter(
            f"no meeting names a {NOUNS[kind]} {name!r}{hint}", param_hint="NAME"
        )
    if len({f[0] for f in found}) > 1:
        several = " or ".join(repr(ones.name(f)) for f in found[:5])
        raise typer.BadParameter(
            f"{name!r} is written for several: {several}; give a fuller name", param_hint="NAME"
        )
    return found[0]

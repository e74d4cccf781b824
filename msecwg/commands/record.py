"""The commands of the group's own record: join and split names across meetings."""

from typing import Annotated, Literal

import typer

from msecwg.commands import registry as commands
from msecwg.commands.group import DataCommand, choice
from msecwg.show import formats

What = Annotated[
    str,
    typer.Argument(
        metavar="person|draft",
        click_type=choice(["person", "draft"]),
        help="Whether the names are of people or of documents.",
        show_default=False,
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
            show_default=False,
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
    from msecwg.commands import joining

    if len(names) < 2:
        raise typer.BadParameter(
            "give two names or more; the last is the one shown", param_hint="NAME"
        )
    formats.note(joining.join(ctx, _kind(what), names))


@commands.command(cls=DataCommand)
def split(
    ctx: typer.Context,
    what: What,
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="The name to take apart.", show_default=False)
    ],
    other: Annotated[
        str, typer.Argument(metavar="NAME", help="The name it is no longer.", show_default=False)
    ],
) -> None:
    """Make two names two people, or two documents, again.

    Examples:

        msecwg --data meetings/ split person MT "Martin Thomson"

        msecwg --data meetings/ split draft quic-lb draft-ietf-quic-load-balancers

    Undoes msecwg join in the group's record (group.toml); where a rule of
    msecwg's joins them, the record keeps them apart from then on. Names already
    apart write nothing.
    """
    from msecwg.commands import joining

    formats.note(joining.split(ctx, _kind(what), name, other))


def _kind(what: str) -> Literal["people", "documents"]:
    """Answer the record's kind of the names (record.Kind)."""
    return "people" if what == "person" else "documents"

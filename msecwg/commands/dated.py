"""The commands of dated answers: documents, action items, the timeline, the calendar."""

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from msecwg.ask import across, queries
from msecwg.commands import options
from msecwg.commands import registry as commands
from msecwg.commands.group import MeetingsCommand
from msecwg.errors import OVERDUE, MsecwgError, UsageProblem
from msecwg.show import cards, deadlines, formats, minutes
from msecwg.store.meetings import Held


def told(held: Sequence[Held]) -> bool:
    """Answer whether any meeting names facts from outside its minutes (drafts --outcome)."""
    return any(m.headed.facts is not None for m in held)


@options.listing
def drafts(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAME]",
            help="One document, whole (its id or name, any case, or a unique prefix).",
            autocompletion=options.complete_document,
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
    unjoined: Annotated[
        bool,
        typer.Option(
            "--unjoined",
            help="The names that may be one document but are left apart, each with those "
            "it may be and why; confirm one with 'msecwg join draft NAME... NAME'.",
        ),
    ] = False,
    long: options.LongOption = False,
    as_of: options.AsOf = None,
    *,
    output: formats.Output,
) -> None:
    """Every document: intended status, state, next deadline.

    Examples:

        msecwg drafts

        msecwg drafts mikey

        msecwg drafts --as-of 2003-08-02

        msecwg drafts --outcome

        msecwg drafts --fields id,state,deadline_date --sort deadline_date

    The next deadline is the first date on or after the as-of date; when all
    have passed, the last one. An intended status is shown only where the
    minutes record one.
    """
    day = options.as_of(as_of)
    # Facts from outside the minutes are read only where they are shown.
    held, group = options.meetings(ctx, facts=outcome or long or name is not None)
    scope = across.scope(held)
    if outcome and all(m.facts is None for m in held):
        raise UsageProblem(
            "--outcome needs facts from outside the minutes; this transcription names none"
        )
    if unjoined:
        formats.show(minutes.proposals_view(group.documents.proposed, scope, "document"), output)
    elif name is not None or long:
        found = None
        if name is not None:
            found = options.named("document", "NAME", across.documents_named, held, group, name)
        formats.show(cards.drafts_cards(*across.history(held, day, found), scope, day), output)
    elif outcome:
        known = across.drafts(held, group, day, outcome=True)
        formats.show(deadlines.outcome_view(known, scope, day), output)  # type: ignore[arg-type]
    else:
        rows = across.drafts(held, group, day)
        view = deadlines.drafts_view(rows, scope, day, output.width, outcomes=told(held))
        formats.show(view, output)


@options.listing
def actions(
    ctx: typer.Context,
    item: Annotated[
        str | None,
        typer.Argument(
            metavar="[ID]",
            help="One action item or follow-up, whole (its id: a, b, ...).",
            autocompletion=options.complete_item,
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
    document: Annotated[
        str | None,
        typer.Option(
            "--document",
            metavar="NAME",
            help="Only the items about this document (its id or name, any case, or a "
            "unique prefix).",
            autocompletion=options.complete_document,
        ),
    ] = None,
    owner: Annotated[
        str | None,
        typer.Option(
            "--owner",
            metavar="NAME",
            help="Only the items this person owns or is named in (a name, or a spelling "
            "as written), or whose owner the minutes write so ('chairs').",
            autocompletion=options.complete_speaker,
        ),
    ] = None,
    open_: Annotated[
        bool,
        typer.Option("--open", help="Only the items with nothing recorded done by --as-of."),
    ] = False,
    fail_if_any: Annotated[
        bool,
        typer.Option("--fail-if-any", help="Exit with code 3 when any item has a date passed."),
    ] = False,
    long: options.LongOption = False,
    as_of: options.AsOf = None,
    *,
    output: formats.Output,
) -> None:
    """Action items and follow-ups, their dates, and which have passed.

    Examples:

    \b
        msecwg actions --overdue
        msecwg actions c
        msecwg actions --as-of '1 Aug 2003'
        msecwg actions --document guidance --owner lakshminath --open
        msecwg actions --sort current_date --fields id,current_date,what
        msecwg actions --overdue --json | jq -r '.records[].id'

    A date passes at the end of its day: on the day it is "today". msecwg
    knows only the dates of the minutes and what the transcription records
    as done, so a passed date says just that: not that nothing was done.
    Items are listed in the minutes' order, action items first, unless
    --sort says otherwise.
    """
    day = options.as_of(as_of)
    held, group = options.meetings(ctx)
    scope = across.scope(held)
    only = None if item is None else options.item(held, item)
    rows = across.actions(held, day, passed_only=overdue, item=only)
    if document is not None:
        rows = list(filter(options.of_document(held, group, document), rows))
    if owner is not None:
        rows = list(filter(options.of_owner(held, group, owner), rows))
    if open_:
        rows = [r for r in rows if r.done is None or r.done > day]
    if only or long:
        sections = {(m.label, s.key): s for m in held for s in m.transcription.sections}
        view = cards.actions_cards(rows, sections, scope, day)
    else:
        unfiltered = document is None and owner is None
        others = across.actions(held, day) if overdue and not rows and unfiltered else ()
        view = deadlines.actions_view(
            rows, scope, day, passed_only=overdue, others=others, outcomes=told(held)
        )
    formats.show(view, output)
    if fail_if_any and any(queries.passed(r.dates) for r in rows):
        raise typer.Exit(OVERDUE)


@options.listing
def timeline(ctx: typer.Context, as_of: options.AsOf = None, *, output: formats.Output) -> None:
    """Every dated thing in order, Last Call windows on one time axis.

    Examples:

        msecwg timeline

        msecwg timeline --as-of 2003-08-15

        msecwg timeline --json | jq -r '.records[] | [.date, .what] | @tsv'

    The meeting, each task, each Last Call's close, and each Last Call's
    window from announcement to close as a bar; the as-of date is marked when
    it falls near them.
    """
    day = options.as_of(as_of)
    held, _ = options.meetings(ctx)
    view = deadlines.timeline_view(
        across.timeline(held, day), across.scope(held), day, output.width, outcomes=told(held)
    )
    formats.show(view, output)


@commands.command(cls=MeetingsCommand)
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
    from msecwg.show import ical
    from msecwg.store import files

    if output is not None and not output.strip():
        raise typer.BadParameter("give a file name, or - for stdout", param_hint="'-o'")
    held, _ = options.meetings(ctx)
    events = across.timeline(held, dt.date.today())
    if not any(e.item is not None for e in events):
        raise MsecwgError(
            f"no calendar written: the minutes of {across.scope(held).name} date no action "
            "item, follow-up or Last Call (msecwg timeline shows the meetings' own dates)"
        )
    data = ical.calendar(held, events, dt.datetime.now(dt.UTC).replace(microsecond=0))
    if output is None or output == "-":
        formats.write_bytes(data)
        return
    files.write_file(data, Path(output), force=force)
    formats.note(f"Wrote {output}.")

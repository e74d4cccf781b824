"""The commands of the minutes' text: the meetings, a discussion, decisions, people, search."""

from pathlib import Path
from typing import Annotated

import typer

from msecwg.ask import across
from msecwg.commands import options
from msecwg.show import formats, minutes


@options.listing
def meetings(ctx: typer.Context, *, output: formats.Output) -> None:
    """The meetings given, one line each, in the order they were held.

    Examples:

        msecwg --data meetings/ meetings

        msecwg meetings --data meetings/ --json | jq -r '.records[] | [.meeting, .file] | @tsv'

        msecwg --data meetings/ meetings --format csv > meetings.csv

    Each meeting's label (what --meeting takes), the days it was held, how many
    documents, decisions, action items and exchanges its transcription records,
    how many things it leaves for a person to settle (turns naming no speaker or
    cut off, speakers uncertain, a date or number the minutes do not state), and
    its file. A transcription with a problem is left out and named on stderr;
    msecwg check names every problem.
    """
    held, _ = options.meetings(ctx)
    rows = across.meetings(held, Path.cwd())
    formats.show(minutes.meetings_view(rows, across.scope(held), output.width), output)


@options.listing
def discussion(
    ctx: typer.Context,
    topic: Annotated[
        str | None,
        typer.Argument(
            metavar="[TOPIC]",
            help="A section of the minutes: gsakmp, mikey, dhhmac, gkm-arch, fmke, ... "
            "Any case, a unique prefix, or its number as listed. Leave out to list them.",
            autocompletion=options.complete_topic,
        ),
    ] = None,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            metavar="NAME",
            help="Only this person's words (a name, or a spelling as written).",
            autocompletion=options.complete_speaker,
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
    held, group = options.meetings(ctx)
    scope = across.scope(held)
    if topic is None:
        formats.show(minutes.topics_view(across.topics(held), scope), output)
        return
    found = options.named("topic", "TOPIC", across.sections_named, held, topic)
    person = None
    if speaker is not None:
        person = options.named("speaker", "'--speaker'", across.person_named, held, group, speaker)
    rows = across.discussion(found, group, person)
    title = found[0][1].heading.rstrip(":")
    if person and not rows:
        formats.note(f"{group.people.name(person)} has no exchanges in {title}.")
        return
    items = sum(a.section == section.key for m, section in found for a in m.transcription.items)
    sections = [(m.label, section) for m, section in found]
    asked = None
    if len(found) == 1 and person is None:
        asked = minutes.asked_about(topic, found[0][0].transcription, found[0][1])
    formats.show(minutes.discussion_view(rows, sections, scope, items, asked=asked), output)


@options.listing
def decisions(
    ctx: typer.Context,
    document: Annotated[
        str | None,
        typer.Option(
            "--document",
            metavar="NAME",
            help="Only the decisions about this document (its id or name, any case, or a "
            "unique prefix).",
            autocompletion=options.complete_document,
        ),
    ] = None,
    *,
    output: formats.Output,
) -> None:
    """What the minutes record as decided: hums, polls, rulings.

    Examples:

        msecwg decisions

        msecwg --data meetings/ decisions --document quic-lb

        msecwg decisions --json | jq -r '.records[] | [.section, .text] | @tsv'

    Each decision in the minutes' words, verbatim, in their order, with its
    kind (a hum, a poll or show of hands, a ruling, a resolution, a consensus,
    something decided or agreed), its topic (msecwg discussion TOPIC shows the
    exchanges around it) and the document it is about where the transcription
    names one.
    """
    held, group = options.meetings(ctx)
    rows = across.decisions(held)
    if document is not None:
        rows = list(filter(options.of_document(held, group, document), rows))
    formats.show(minutes.decisions_view(rows, across.scope(held)), output)


@options.listing
def people(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAME]",
            help="One person (a name, a spelling as written, or part of a full name): "
            "their words and the passages that name them. Leave out to list everyone.",
            autocompletion=options.complete_speaker,
        ),
    ] = None,
    unjoined: Annotated[
        bool,
        typer.Option(
            "--unjoined",
            help="The names that may be one person but are left apart, each with those "
            "it may be and why; confirm one with 'msecwg join person NAME... NAME'.",
        ),
    ] = False,
    *,
    output: formats.Output,
) -> None:
    """Everyone the minutes name, or one person's words.

    Examples:

        msecwg people

        msecwg people hugh

        msecwg people --json | jq -r '.records[] | [.name, .outside_full_name] | @tsv'

        msecwg people --sort -exchanges --limit 5 --fields name,exchanges

    What the minutes say (names as used, spellings, roles, exchanges, the
    passages that name someone) is kept apart from who each person is, which
    comes from public records outside the minutes, each with its source.
    """
    held, group = options.meetings(ctx, facts=True)
    scope = across.scope(held)
    if unjoined:
        formats.show(minutes.proposals_view(group.people.proposed, scope, "person"), output)
    elif name is None:
        formats.show(minutes.people_view(list(across.people(held, group).values()), scope), output)
    else:
        person = options.named("person", "NAME", across.person_named, held, group, name)
        shown = across.of_person(held, group, person)
        row = across.people(held, group, only=person)[person]
        formats.show(minutes.person_view(shown, row, scope), output)


@options.listing
def search(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="WORDS...",
            help="The words to find, every one of them, in any order; a phrase in double "
            "quotes, within the shell's quotes ('\"policy token\"'), as it is written.",
        ),
    ],
    *,
    output: formats.Output,
) -> None:
    """Find words in the minutes, and where each passage stands.

    Examples:

    \b
        msecwg search token policy          both words, anywhere in a passage
        msecwg search '"policy token"'      the phrase, as it is written
        msecwg search Haitham
        msecwg search token --fields section,ref

    A passage is found when it holds every word, in any order, and every
    phrase in double quotes as it is written; in any case and with accents or
    without ("sebastien" finds "Sébastien"), a word also within a longer one
    ("token" finds "tokens"). Searches the whole minutes as written: headings,
    the opening, summary points, every exchange with its speaker as written,
    and the action items. Each passage is shown verbatim, the words marked on a
    terminal.
    """
    wanted = " ".join(words).strip()
    if not wanted.strip(' "“”'):
        raise typer.BadParameter("give some words to find", param_hint="WORDS")
    held, _ = options.meetings(ctx)
    hits = across.search(held, wanted)
    formats.show(minutes.search_view(hits, wanted, across.scope(held)), output)

"""The msecwg command line: the top-level group and its options."""

from typing import Annotated

import typer

from msecwg import __version__
from msecwg.commands import options
from msecwg.commands.group import MsecwgGroup
from msecwg.show import formats

app = typer.Typer(
    cls=MsecwgGroup,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    suggest_commands=False,  # MsecwgGroup suggests the closest of every command, built or not
    # Plain Click help: rich help would import rich's tables on every --help.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="""Where a working group's work stands, from the minutes of its meetings:
its documents and their deadlines, its action items and their dates, who said
what, each answer resting on the minutes' own words.

msecwg answers from transcriptions of minutes: msecwg import makes them from any
group's minutes (plain text or Markdown, as IETF groups write them), and --data
names them. Without --data (or MSECWG_DATA) it answers from the one it comes
with: the MSEC WG's IETF 57 meeting (Vienna, Monday 14 July 2003).

Examples:

\b
    msecwg drafts                       every document and its next deadline
    msecwg actions --overdue            the dates that have passed
    msecwg discussion gsakmp            who said what on GSAKMP, in order
    msecwg decisions                    what the minutes record as decided
    msecwg search token policy          the passages holding both words
    msecwg import minutes/ -o quic/     transcriptions of a group's minutes
    msecwg --data quic/ meetings        the meetings of those transcriptions
    msecwg help drafts                  one command, with its examples

Exit codes: 0 success (an empty result included), 1 bad data or file,
2 usage, 3 a date passed (actions --fail-if-any), 4 some files left out
(each named on stderr; import imported the others), 70 a bug in msecwg.""",
)


def _version(value: bool) -> None:
    if value:
        formats.plain(f"msecwg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    data: Annotated[
        list[str] | None,
        typer.Option(
            "--data",
            metavar="PATH",
            help="Read this transcription, or every transcription in this folder, instead "
            "of the bundled one (the MSEC WG's IETF 57 meeting); give it again for more. "
            "One with a problem is left out and named on stderr (exit code 4). Default: "
            "MSECWG_DATA (paths separated by ':'). May also follow the command.",
        ),
    ] = None,
    meeting: Annotated[
        str | None,
        typer.Option(
            "--meeting",
            metavar="MEETING",
            help="Only this one of the meetings given: its IETF number (57, ietf57), the day "
            "or month it was held (2024-01-16, 2024-01), its label (msecwg meetings lists "
            "them), or its transcription's file name. May also follow the command.",
            autocompletion=options.complete_meeting,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Where a working group's work stands, from the minutes of its meetings."""

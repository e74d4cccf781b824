"""Help as a newcomer reads it: what msecwg is for any group, every command's summary
whole, the options that choose the data in each command's help, examples in each."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .conftest import COMMANDS, Run

SUMMARIES = [
    ("drafts", "Every document: intended status, state, next deadline."),
    ("actions", "Action items and follow-ups, their dates, and which have passed."),
    ("timeline", "Every dated thing in order, Last Call windows on one time axis."),
    ("calendar", "Dated things and Last Call windows as iCalendar."),
    ("meetings", "The meetings given, one line each, in the order they were held."),
    ("discussion", "The exchanges on one topic, speaker by speaker."),
    ("decisions", "What the minutes record as decided: hums, polls, rulings."),
    ("people", "Everyone the minutes name, or one person's words."),
    ("search", "Find words in the minutes, and where each passage stands."),
    ("join", "Make names one person, or one document, across meetings."),
    ("split", "Make two names two people, or two documents, again."),
    ("check", "Check transcriptions: their format, quotes and dates."),
    ("schema", "The JSON Schema of the transcription format."),
    ("help", "Help on msecwg, or on one command."),
    ("import", "Make transcriptions of meetings' minutes, as they are written."),
]

DATA_OPTIONS = [
    "Data options:",
    "  --data PATH        Read this transcription, or every transcription in this",
    "                     folder, instead of the bundled one (the MSEC WG's IETF 57",
    "                     meeting); give it again for more. One with a problem is",
    "                     left out and named on stderr (exit code 4). Default:",
    "                     MSECWG_DATA (paths separated by ':'). May also follow the",
    "                     command.",
    "  --meeting MEETING  Only this one of the meetings given: its IETF number (57,",
    "                     ietf57), the day or month it was held (2024-01-16,",
    "                     2024-01), its label (msecwg meetings lists them), or its",
    "                     transcription's file name. May also follow the command.",
]


def test_the_top_help_is_for_any_group_with_the_msec_meeting_as_the_default_data(
    run: Run,
) -> None:
    words = " ".join(run("--help").stdout.split())
    assert words.startswith(
        "Usage: msecwg [OPTIONS] COMMAND [ARGS]... Where a working group's work stands, from "
        "the minutes of its meetings: its documents and their deadlines, its action items and "
        "their dates, who said what, each answer resting on the minutes' own words. msecwg "
        "answers from transcriptions of minutes: msecwg import makes them from any group's "
        "minutes (plain text or Markdown, as IETF groups write them), and --data names them. "
        "Without --data (or MSECWG_DATA) it answers from the one it comes with: the MSEC WG's "
        "IETF 57 meeting (Vienna, Monday 14 July 2003). Examples: msecwg drafts "
    )


@pytest.mark.parametrize("columns", ["80", "100", "120"])
def test_every_commands_summary_is_whole_on_one_line(columns: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "msecwg", "--help"],
        env={**os.environ, "COLUMNS": columns},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    lines = done.stdout.splitlines()
    listed = lines[lines.index("Commands:") + 1 :]
    assert listed == [f"  {name:<10}  {summary}" for name, summary in SUMMARIES]
    assert [name for name, _ in SUMMARIES] == COMMANDS


def test_completion_describes_each_command_by_its_whole_summary() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "msecwg"],
        env={**os.environ, "_MSECWG_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "msecwg "},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert '"actions":"Action items and follow-ups, their dates, and which have passed."' in (
        done.stdout.splitlines()
    )


@pytest.mark.parametrize(
    "command",
    [
        "drafts",
        "actions",
        "timeline",
        "calendar",
        "meetings",
        "discussion",
        "decisions",
        "people",
        "search",
    ],
)
def test_each_command_that_answers_from_meetings_shows_data_and_meeting(
    run: Run, command: str
) -> None:
    lines = run(command, "--help").stdout.splitlines()
    assert lines[lines.index("Data options:") :] == DATA_OPTIONS
    assert run("help", command).stdout.splitlines()[-len(DATA_OPTIONS) :] == DATA_OPTIONS


@pytest.mark.parametrize("command", ["check", "join", "split"])
def test_each_command_that_reads_every_meeting_given_shows_data_alone(
    run: Run, command: str
) -> None:
    lines = run(command, "--help").stdout.splitlines()
    section = lines[lines.index("Data options:") :]
    assert section[1].startswith("  --data PATH  Read this transcription")
    assert not any("--meeting" in line for line in section)


@pytest.mark.parametrize("command", ["schema", "help", "import"])
def test_a_command_that_reads_no_meeting_shows_no_data_options(run: Run, command: str) -> None:
    assert "Data options:" not in run(command, "--help").stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_commands_help_shows_examples_of_itself(run: Run, command: str) -> None:
    lines = run(command, "--help").stdout.splitlines()
    examples = lines.index("  Examples:")
    assert lines[examples + 2].lstrip().startswith(("msecwg ", "msecwg --data"))
    assert f" {command}" in lines[examples + 2]


def test_search_help_says_words_are_all_found_in_any_order_and_quotes_make_a_phrase(
    run: Run,
) -> None:
    lines = run("search", "--help").stdout.splitlines()
    examples = lines.index("  Examples:")
    assert lines[examples + 2 : examples + 4] == [
        "      msecwg search token policy          both words, anywhere in a passage",
        "      msecwg search '\"policy token\"'      the phrase, as it is written",
    ]
    assert (
        "A passage is found when it holds every word, in any order, and every phrase in double "
        "quotes as it is written; in any case and with accents or without"
    ) in " ".join(" ".join(lines).split())


def test_help_lists_the_fields_sort_and_limit_of_listings(run: Run) -> None:
    text = run("actions", "--help").stdout
    for option in ("--fields FIELD,...", "--sort FIELD", "--limit N", "--document NAME",
                   "--owner NAME", "--open"):  # fmt: skip
        assert f"\n  {option} " in text

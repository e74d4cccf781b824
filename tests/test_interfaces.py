"""Output for programs, colour, exit codes, the calendar, completion, --data, check, schema."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import icalendar
import jsonschema
import msgspec
import pytest
import vobject

from msecwg.show import formats
from msecwg.store import load

from .conftest import COMMANDS, FORMATS, LISTINGS, Run

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "example.toml"


# Output for programs.


def test_json_envelope_names_its_schema_the_as_of_date_and_uses_nulls(run: Run) -> None:
    doc = json.loads(run("actions", "--overdue", "--as-of", "2003-08-02", "--json").stdout)
    assert list(doc) == [
        "schema_version", "msecwg", "kind", "as_of", "meeting", "meetings", "records",
    ]  # fmt: skip
    assert (doc["schema_version"], doc["kind"], doc["as_of"]) == (3, "actions", "2003-08-02")
    assert doc["meeting"] == {
        "label": "IETF 57", "working_group": "MSEC", "ietf": 57, "interim": False,
        "city": "Vienna", "date": "2003-07-14",
    }  # fmt: skip
    assert doc["meetings"] == [doc["meeting"]]
    assert {r["meeting"] for r in doc["records"]} == {"IETF 57"}
    assert [r["id"] for r in doc["records"]] == ["a", "c", "d"]
    first = doc["records"][0]
    assert first["current"] == {
        "kind": "end", "label": "Last Call", "date": "2003-08-01", "end": None,
        "precision": "day", "as_written": "Friday 1 August 2003", "end_as_written": None,
        "condition": "or the IESG Last Call closing date, whichever comes first",
        "tentative": None, "state": "passed", "days": -1, "from_as_of": "1 day ago",
    }  # fmt: skip
    assert (first["document"], first["document_name"], first["people"]) == ("mikey", "MIKEY", [])
    assert {len(r) for r in doc["records"]} == {15}
    assert {r["owner"] for r in doc["records"]} == {None}


def test_json_and_format_json_are_the_same(run: Run) -> None:
    assert run("drafts", "--json").stdout == run("drafts", "--format", "json").stdout


def test_json_conflicts_with_another_format(run: Run) -> None:
    result = run("drafts", "--json", "--format", "tsv")
    assert result.exit_code == 2
    assert result.stderr == (
        "msecwg: Invalid value: --json conflicts with --format tsv; give one of them "
        "(see 'msecwg drafts --help')\n"
    )


def test_machine_formats_carry_records_and_nothing_else(run: Run) -> None:
    for fmt, first in (("tsv", "id\tname\t"), ("csv", "id,name,"), ("json", "{")):
        out = run("drafts", "--as-of", "2003-08-02", "--format", fmt).stdout
        assert out.startswith(first)
        assert "Vienna, Monday" not in out


def test_an_empty_result_is_still_well_formed_in_every_machine_format(run: Run) -> None:
    args = ["actions", "--overdue", "--as-of", "2003-07-14"]
    assert json.loads(run(*args, "--json").stdout)["records"] == []
    assert run(*args, "--format", "csv").stdout.count("\n") == 1
    table = run(*args, "--format", "table")
    assert (table.exit_code, table.stdout) == (0, "")


# Colour.


@pytest.mark.parametrize(
    ("env", "flag", "escapes"),
    [
        ({"CLICOLOR_FORCE": "1"}, [], True),
        ({}, [], False),
        ({"CLICOLOR_FORCE": "1", "NO_COLOR": ""}, [], False),
        ({"CLICOLOR_FORCE": "1", "CLICOLOR": "0"}, [], False),
        ({"CLICOLOR_FORCE": "1", "TERM": "dumb"}, [], False),
        ({"CLICOLOR_FORCE": "1"}, ["--no-color"], False),
        ({"CLICOLOR_FORCE": "0"}, [], False),
    ],
)
def test_colour_follows_the_conventions(
    run: Run, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], flag: list[str], escapes: bool
) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "xterm-256color")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = run("actions", "--as-of", "2003-08-02", "--format", "table", *flag).stdout
    assert ("\x1b[" in out) is escapes


def test_on_a_terminal_colour_is_on_unless_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR")
    assert (formats.choose_output(None).format, formats.choose_output(None).color) == (
        "table",
        True,
    )
    assert formats.choose_output(None, color="never").color is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert formats.choose_output("tsv").color is False
    assert formats.choose_output("tsv", color="always").color is True


def test_piped_output_defaults_to_tsv_without_colour_or_pager(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    monkeypatch.delenv("NO_COLOR")
    chosen = formats.choose_output(None)
    assert (chosen.format, chosen.color, chosen.pager) == ("tsv", False, None)


# Exit codes.


def test_fail_if_any_exits_3_when_a_date_has_passed(run: Run) -> None:
    late = run("actions", "--overdue", "--fail-if-any", "--as-of", "2003-08-02")
    assert late.exit_code == 3
    assert late.stdout.splitlines()[1].startswith("a\t")
    early = run("actions", "--overdue", "--fail-if-any", "--as-of", "2003-08-01")
    assert (early.exit_code, early.stderr) == (
        0,
        "No date has passed as of Fri 1 Aug 2003; 4 action items and 2 follow-ups are open, "
        "2 of them undated (msecwg actions).\n",
    )


# The calendar.


def test_calendar_events_parse_back_with_an_independent_parser(run: Run) -> None:
    text = run("calendar").stdout
    cal = vobject.readOne(text)
    events = sorted(
        (e.uid.value, e.summary.value, str(e.dtstart.value), str(e.dtend.value))
        for e in cal.vevent_list
    )
    assert events == [
        ("msec-ietf57-a-due@msecwg",
         "MIKEY: Last Call closes (“or the IESG Last Call closing date, whichever comes first”)",
         "2003-08-01", "2003-08-02"),
        ("msec-ietf57-b-due@msecwg", "MSEC Architecture: Last Call closes", "2003-08-08", "2003-08-09"),
        ("msec-ietf57-c-due@msecwg", "GKM Architecture: Announce Last Call", "2003-08-01", "2003-08-02"),
        ("msec-ietf57-c-window@msecwg", "GKM Architecture: Last Call period", "2003-08-01", "2003-09-02"),
        ("msec-ietf57-d-due@msecwg", "DHHMAC: Announce Last Call", "2003-08-01", "2003-08-02"),
        ("msec-ietf57-d-window@msecwg", "DHHMAC: Last Call period", "2003-08-01",
         "2003-09-02"),
    ]  # fmt: skip
    mikey = next(e for e in cal.vevent_list if e.uid.value == "msec-ietf57-a-due@msecwg")
    assert mikey.description.value == (
        "Last Call closing date for MIKEY draft\n"
        "Date: Friday 1 August 2003\n"
        "\n"
        "From the minutes of the MSEC WG, IETF 57, Monday 14 July 2003:\n"
        "“(a) Last Call closing date for MIKEY draft Friday 1 August 2003 "
        "(or the IESG Last Call closing date, whichever comes first).”\n"
        "“its Last Call must be ended at a given date (decided to be 1 August 2003)”"
    )


def test_calendar_is_valid_and_its_uids_are_stable(run: Run) -> None:
    first, second = run("calendar").stdout, run("calendar").stdout
    cal = icalendar.Calendar.from_ical(first)
    assert (str(cal["version"]), str(cal["prodid"])) == ("2.0", "-//msecwg//msecwg//EN")
    uids = [str(e["uid"]) for e in cal.walk("VEVENT")]
    assert len(uids) == len(set(uids)) == 6
    assert uids == [str(e["uid"]) for e in icalendar.Calendar.from_ical(second).walk("VEVENT")]
    assert all("dtstamp" in e for e in cal.walk("VEVENT"))


def test_calendar_output_file_is_never_overwritten_without_force(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "msec.ics"
    made = run("calendar", "-o", str(target))
    assert (made.exit_code, made.stdout, made.stderr) == (0, "", f"Wrote {target}.\n")
    assert target.read_text().startswith("BEGIN:VCALENDAR")
    target.write_text("mine")
    refused = run("calendar", "-o", str(target))
    assert refused.exit_code == 2
    assert refused.stderr == f"msecwg: {target}: already exists; add --force to replace it\n"
    assert target.read_text() == "mine"
    assert run("calendar", "-o", str(target), "--force").exit_code == 0
    assert target.read_text().startswith("BEGIN:VCALENDAR")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["msec.ics"]


def test_calendar_into_a_missing_directory_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "absent" / "msec.ics"
    result = run("calendar", "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr == f"msecwg: {target}: the directory {target.parent} does not exist\n"
    assert not target.parent.exists()


# Completion, as the shell drives it.


def complete(env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "msecwg"],
        env={**os.environ, **env},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "")
    return result.stdout


def test_bash_completion_offers_topics_and_speakers() -> None:
    bash = {"_MSECWG_COMPLETE": "complete_bash"}
    assert complete({**bash, "COMP_WORDS": "msecwg discussion gs", "COMP_CWORD": "2"}) == "gsakmp\n"
    assert complete({**bash, "COMP_WORDS": "msecwg discussion gk", "COMP_CWORD": "2"}).split() == [
        "gkm-architecture", "gkm-arch", "gkmarch", "gkm",
    ]  # fmt: skip
    speakers = {**bash, "COMP_WORDS": "msecwg discussion gsakmp --speaker h", "COMP_CWORD": "4"}
    assert complete(speakers).split() == ["hugh", "haitham"]
    speakers["COMP_WORDS"] = "msecwg discussion gsakmp --speaker La"
    assert complete(speakers).split() == ["Lakshminath"]


def test_zsh_and_fish_completion_offer_topics() -> None:
    zsh = complete(
        {"_MSECWG_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "msecwg discussion gs"}
    )
    assert '"gsakmp"' in zsh
    fish = complete({
        "_MSECWG_COMPLETE": "complete_fish",
        "_TYPER_COMPLETE_ARGS": "msecwg discussion gs",
        "_TYPER_COMPLETE_FISH_ACTION": "get-args",
    })  # fmt: skip
    assert fish.split() == ["gsakmp"]


def test_completion_reads_the_data_named_by_msecwg_data() -> None:
    words = {"COMP_WORDS": "msecwg discussion w", "COMP_CWORD": "2"}
    env = {"_MSECWG_COMPLETE": "complete_bash", "MSECWG_DATA": str(EXAMPLE), **words}
    assert complete(env) == "widget\n"


def spaced_names(tmp_path: Path) -> Path:
    """The test meeting, Bob called "Bob Smith" and Alice "Alice O'Neil"."""
    shutil.copy(EXAMPLE.parent / "example-minutes.txt", tmp_path)
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('name = "Bob"', 'name = "Bob Smith"')
    text = text.replace('name = "Alice"', 'name = "Alice O\'Neil"')
    (tmp_path / "example.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_bash_completion_gives_a_name_holding_a_space_as_one_shell_word(tmp_path: Path) -> None:
    data = {"_MSECWG_COMPLETE": "complete_bash", "MSECWG_DATA": str(spaced_names(tmp_path))}
    typed = {**data, "COMP_CWORD": "2"}
    assert complete({**typed, "COMP_WORDS": "msecwg people bob\\ S"}) == "bob\\ Smith\n"
    assert complete({**typed, "COMP_WORDS": "msecwg people B"}) == "Bob\\ Smith\n"
    assert complete({**typed, "COMP_WORDS": "msecwg people Al"}) == "Alice\\ O\\'Neil\n"
    # Within a quote the user opened, the name as it is: the quote holds it together.
    assert complete({**typed, "COMP_WORDS": "msecwg people 'Bob S"}) == "Bob Smith\n"
    speaker = {**data, "COMP_CWORD": "4", "COMP_WORDS": "msecwg discussion widget --speaker b"}
    assert complete(speaker) == "bob\\ Smith\n"


def test_zsh_and_fish_completion_keep_a_name_holding_a_space_whole(tmp_path: Path) -> None:
    data = {"MSECWG_DATA": str(spaced_names(tmp_path)), "_TYPER_COMPLETE_ARGS": "msecwg people B"}
    zsh = complete({**data, "_MSECWG_COMPLETE": "complete_zsh"})
    assert zsh == "_arguments '*: :((\"Bob Smith\"))'\n"
    fish = complete({
        **data, "_MSECWG_COMPLETE": "complete_fish", "_TYPER_COMPLETE_FISH_ACTION": "get-args"
    })  # fmt: skip
    assert fish == "Bob Smith\n"


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash here")
def test_in_bash_a_completed_name_holding_a_space_is_one_word(tmp_path: Path) -> None:
    data = str(spaced_names(tmp_path))
    script = subprocess.run(
        [sys.executable, "-m", "msecwg", "--show-completion", "bash"],
        env={**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"},
        capture_output=True, text=True, check=True,
    ).stdout.replace("$1", f"{sys.executable} -m msecwg")  # fmt: skip
    probe = (
        f"{script}\nCOMP_WORDS=(msecwg people 'bob\\ S'); COMP_CWORD=2; "
        '_msecwg_completion msecwg; eval "words=(${COMPREPLY[0]})"; '
        'printf "%s|%s\\n" "${#words[@]}" "${words[0]}"'
    )
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", probe],
        env={**os.environ, "MSECWG_DATA": data},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "1|bob Smith\n"


def test_show_completion_prints_a_script_for_each_shell() -> None:
    # Typer detects the shell from the process tree unless told not to.
    for shell, marker in (
        ("bash", "complete_bash"),
        ("zsh", "complete_zsh"),
        ("fish", "complete_fish"),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "msecwg", "--show-completion", shell],
            env={**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"},
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert (result.returncode, result.stderr) == (0, "")
        assert f"_MSECWG_COMPLETE={marker}" in result.stdout


# Another meeting.


def test_every_command_works_on_another_transcription(run: Run) -> None:
    drafts = run("--data", str(EXAMPLE), "drafts", "--as-of", "2030-03-20", "--format", "table")
    assert drafts.stdout.splitlines() == [
        "2 documents of the EXAMPLE WG, IETF 99, as of Wed 20 Mar 2030",
        "EXAMPLE WG, IETF 99, Exampleton, Tue 5 Mar 2030. At the meeting: New charter",
        "approved by the IESG.",
        "States as of the meeting, Tue 5 Mar 2030; deadlines as of Wed 20 Mar 2030.",
        "Document  Status        State                         Next deadline",
        "Widget    Experimental  WG Last Call to be announced  closes 29 Mar 2030",
        "Gadget    —             Revision to be posted         —",
    ]
    actions = run("--data", str(EXAMPLE), "actions", "--overdue", "--as-of", "2030-03-20", "--json")
    assert [
        (r["id"], r["state"], [(d["kind"], d["state"], d["days"]) for d in r["dates"]])
        for r in json.loads(actions.stdout)["records"]
    ] == [
        ("a", "passed", [("task", "passed", -5), ("window", "scheduled", 9), ("end", "ahead", 9)])
    ]
    talk = run("--data", str(EXAMPLE), "discussion", "widget", "--speaker", "bob")
    assert talk.stdout.splitlines()[1:] == [
        "widget\texchange\t2\tBob\tBob\t\ttrue\tsaid\tfalse\tNot yet.\tIETF 99"
    ]
    cal = icalendar.Calendar.from_ical(run("--data", str(EXAMPLE), "calendar").stdout)
    assert [str(e["uid"]) for e in cal.walk("VEVENT")] == [
        "example-ietf99-a-due@msecwg", "example-ietf99-a-window@msecwg",
    ]  # fmt: skip
    assert run("--data", str(EXAMPLE), "check").exit_code == 0


def test_msecwg_data_names_the_transcription_too(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MSECWG_DATA", str(EXAMPLE))
    assert run("discussion").stdout.splitlines()[1:] == [
        "1\twidget\tWidget Protocol\t(1) Widget Protocol:\t\t1\t1\t2\tIETF 99",
        "2\taction-items\tAction Items\t(2) Action Items:\t\t0\t0\t0\tIETF 99",
    ]


def test_a_missing_data_file_is_one_line_and_exit_1(run: Run, tmp_path: Path) -> None:
    result = run("--data", str(tmp_path / "nope.toml"), "drafts")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"msecwg: {tmp_path / 'nope.toml'}: no such file\n"


# check.


def test_check_passes_the_bundled_transcription_with_a_summary(run: Run) -> None:
    result = run("check")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "note: actions[0] (a) and sections[1].points[1] (MIKEY and DHHMAC): MIKEY: item (a) adds a condition the other statement does not: 'or the IESG Last Call closing date, whichever comes first'",
        "note: actions[3] (d) and sections[1].points[2] (MIKEY and DHHMAC): DHHMAC: 'For DHHMAC, this is tentatively 1 September 2003.' is hedged (tentative...); item (d) gives 1 September 2003 without reserve",
        "note: actions[0] (a): deadline with a condition: 'or the IESG Last Call closing date, whichever comes first'",
        "note: sections[1].exchanges[0] (MIKEY and DHHMAC): the minutes write 'Lakshminath(?)': attributed to Lakshminath, uncertain",
        f"{load.bundled_path()}: OK: 10 documents, 4 action items, 2 follow-ups, 6 sections, "
        "14 exchanges; every quote is in the minutes.",
    ]


EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("edits", "problems"),
    [
        ([('text = "Friday 15 March 2030"', 'text = "Thursday 15 March 2030"'),
          ('(a) Last Call announcement for Widget draft, will be sent out Friday', '(a) Last Call announcement for Widget draft, will be sent out Thursday')],
         ["actions[0].quotes[0]: not in the minutes: '(a) Last Call announcement for Widget draft, will be sent out Thursday 15 March…'",
          "actions[0].date.text: 'Thursday 15 March 2030' says Thursday, but Friday 15 March 2030 is a Friday"]),
        ([("day = 2030-03-29", "day = 2030-03-28")],
         ["actions[0].closes.text: '29 March 2030' does not name the date recorded, Thursday 28 March 2030"]),
        ([('words = "Not yet."', 'words = "Yes."')],
         ["sections[0].exchanges[1].words: not in the minutes: 'Yes.'",
          "sections[0].exchanges[1].words: not in the record's quotes: 'Yes.'"]),
        ([('person = "bob"', 'person = "robert"'), ('people = ["bob"]', 'people = ["carol"]')],
         ["actions[1].people[0]: unknown person 'carol' (known: alice, bob)",
          "sections[0].exchanges[1].person: unknown person 'robert' (known: alice, bob)"]),
        ([('heading = "(1) Widget Protocol:"', 'heading = "(1) Widgets:"')],
         ["sections[0].heading: not in the minutes: '(1) Widgets:'",
          "sections[0].title: not in its heading: 'Widget Protocol'"]),
        ([('minutes = "example-minutes.txt"', 'minutes = "absent.txt"')],
         ["minutes: {dir}/absent.txt: no such file"]),
        ([("ietf = 99", "ietf = 99\nietf = 100")],
         ["not valid TOML: duplicate key at line 10 column 1"]),
        ([("ietf = 99", "ietf = 99\nsessions = [{ day = 2030-03-05, text = \"Tuesday 5 March 2030\" }, { day = 2030-03-06, text = \"Wednesday 6 March\" }]")],
         ["meeting.sessions[1].text: not in the record's quotes: 'Wednesday 6 March'"]),
        ([('section = "widget"', 'section = "gizmo"')],
         ["documents[0].section: unknown section 'gizmo' (known: action-items, widget)"]),
    ],
)  # fmt: skip
def test_check_finds_every_problem_with_its_location(
    run: Run, tmp_path: Path, edits: list[tuple[str, str]], problems: list[str]
) -> None:
    text = EXAMPLE_TEXT
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "example.toml"
    path.write_text(text, encoding="utf-8")
    shutil.copy(DATA / "example-minutes.txt", tmp_path)
    result = run("check", str(path))
    assert (result.exit_code, result.stdout) == (1, "")
    expected = [f"msecwg: {path}: {p.format(dir=tmp_path)}" for p in problems]
    assert result.stderr.splitlines() == expected


# schema.


def test_schema_is_generated_json_schema_that_accepts_the_bundled_transcription(run: Run) -> None:
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "msecwg transcription"
    assert sorted(schema["$defs"]) == [
        "Action", "ActionKind", "Decision", "DecisionKind", "Document", "Exchange", "Meeting",
        "Person", "Precision", "Reference", "Said", "Section", "SpeechForm", "Stage", "StageFact",
        "Transcription", "WrittenDate",
    ]  # fmt: skip
    for path in (load.bundled_path(), EXAMPLE):
        data = msgspec.to_builtins(tomllib.loads(path.read_text(encoding="utf-8")))
        jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    broken = msgspec.to_builtins(tomllib.loads(EXAMPLE_TEXT))
    broken["meeting"]["colour"] = "red"
    with pytest.raises(jsonschema.ValidationError, match="'colour' was unexpected"):
        jsonschema.validate(broken, schema)


# Help.


@pytest.mark.parametrize("command", COMMANDS)
def test_every_commands_help_leads_with_examples(run: Run, command: str) -> None:
    out = run(command, "--help").stdout
    lines = [line.strip(" │") for line in out.splitlines() if line.strip(" │")]
    examples = lines.index("Examples:")
    assert examples <= 3
    assert lines[examples + 1].startswith(f"msecwg {command}") or lines[examples + 1].startswith(
        "msecwg --data"
    )


# Formats.


def test_every_listings_format_choices_are_exactly_the_registered_writers(run: Run) -> None:
    assert list(formats.FORMATS) == FORMATS
    offered = f"--format <{'|'.join(FORMATS)}>"
    helps = {name: run(*name.split(), "--help").stdout for name in COMMANDS}
    assert [n for n, h in helps.items() if "--format" in h and offered not in h] == []
    assert offered in helps["drafts"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_registered_format_writes_every_listing(run: Run, fmt: str) -> None:
    for args in LISTINGS:
        result = run("--data", str(EXAMPLE), *args, "--format", fmt)
        assert (result.exit_code, result.stderr) == (0, ""), (args, fmt)
        assert result.stdout, (args, fmt)

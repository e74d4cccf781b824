"""The meetings a folder holds, and answers across them: `meetings`, a folder with a
broken transcription among valid ones, --meeting however the minutes name a meeting,
and every answer in the order the meetings were held (the QUIC WG's real minutes,
imported, where ../shared/minutes is).

tests/golden.py pins `meetings` in every format, on the test meetings and on the
bundled one; these tests pin what its records say and how a run behaves around it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from msecwg.commands.cli import app

from .conftest import SHARED, Run
from .golden import MEETINGS

DATA = ["--data", str(MEETINGS)]
QUIC = SHARED / "minutes" / "quic"


def answer(run: Run, *args: str) -> dict[str, Any]:
    """The JSON document of a run that succeeds, with nothing on stderr."""
    result = run(*args, "--json")
    assert (result.exit_code, result.stderr) == (0, ""), result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


# The meetings command.


def test_meetings_lists_each_meeting_in_the_order_held_with_what_it_records(run: Run) -> None:
    records = answer(run, *DATA, "meetings")["records"]
    assert [
        (r["meeting"], r["date"], r["documents"], r["decisions"], r["action_items"],
         r["exchanges"], r["left"], r["file"])
        for r in records
    ] == [
        ("IETF 118", "2023-11-06", 2, 1, 2, 7, 0, "tests/data/meetings/ietf118.toml"),
        ("interim 2024-01-16", "2024-01-16", 2, 1, 2, 6, 0,
         "tests/data/meetings/interim-2024-01.toml"),
        ("IETF 119", "2024-03-19", 2, 1, 3, 7, 0, "tests/data/meetings/ietf119.toml"),
    ]  # fmt: skip


def test_meetings_says_what_a_transcription_leaves_for_a_person(run: Run) -> None:
    (record,) = answer(run, "meetings")["records"]
    assert (record["meeting"], record["left"], record["left_for_a_person"]) == (
        "IETF 57", 2, ["1 turn naming no speaker", "1 speaker uncertain"],
    )  # fmt: skip


def test_meetings_left_counts_a_date_and_a_number_the_minutes_do_not_state(
    run: Run, tmp_path: Path
) -> None:
    folder = copy_of(tmp_path)
    path = folder / "ietf118.toml"
    text = path.read_text(encoding="utf-8").replace(
        'date = { day = 2023-11-06, text = "Monday 6 November 2023" }',
        'ietf_from = "file name"',
    )
    path.write_text(text, encoding="utf-8")
    records = answer(run, "--data", str(path), "meetings")["records"]
    assert [(r["meeting"], r["date"], r["left"], r["left_for_a_person"]) for r in records] == [
        ("IETF 118", None, 2,
         ["no date of the meeting in the minutes", "the IETF number only in the file's name"]),
    ]  # fmt: skip


def test_meetings_table_shows_the_days_held_and_the_counts(run: Run) -> None:
    result = run(*DATA, "meetings", "--format", "table")
    assert result.stdout.splitlines()[-5:] == [
        "Meeting             Held         Docs  Decisions  Items  Exchanges  Left",
        "IETF 118            6 Nov 2023   2     1          2      7          —",
        "interim 2024-01-16  16 Jan 2024  2     1          2      6          —",
        "IETF 119            19 Mar 2024  2     1          3      7          —",
        "File left out to fit: --json, or a wider terminal, shows it.",
    ]


def test_each_file_is_shown_whole_where_the_table_holds_it_else_left_out_and_said_so(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [r["file"] for r in answer(run, *DATA, "meetings")["records"]]
    monkeypatch.setenv("COLUMNS", "100")
    narrow = run(*DATA, "meetings", "--format", "table").stdout.splitlines()
    assert narrow[2].split() == [
        "Meeting",
        "Held",
        "Docs",
        "Decisions",
        "Items",
        "Exchanges",
        "Left",
    ]
    assert narrow[-1] == "File left out to fit: --json, or a wider terminal, shows it."
    monkeypatch.setenv("COLUMNS", "250")
    wide = run(*DATA, "meetings", "--format", "table").stdout.splitlines()
    assert wide[2].split()[-1] == "File"
    assert [row.split()[-1] for row in wide[3:]] == files
    assert not [line for line in wide if "…" in line or "left out" in line]


def test_records_one_field_a_line_show_the_file_and_say_nothing_left_out(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    shown = run(*DATA, "meetings", "--format", "table").stdout.splitlines()
    files = [line.strip() for line in shown if line.strip().startswith("File: ")]
    assert len(files) == 3
    assert not [line for line in shown if "left out" in line]


def test_a_file_is_left_out_rather_than_the_labels_wrapped_to_make_room_for_it(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(MEETINGS, tmp_path / "m")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "95")  # the files' names are short: m/ietf118.toml
    table = run("--data", "m", "meetings", "--format", "table").stdout.splitlines()
    assert table[2:] == [
        "Meeting             Held         Docs  Decisions  Items  Exchanges  Left",
        "IETF 118            6 Nov 2023   2     1          2      7          —",
        "interim 2024-01-16  16 Jan 2024  2     1          2      6          —",
        "IETF 119            19 Mar 2024  2     1          3      7          —",
        "File left out to fit: --json, or a wider terminal, shows it.",
    ]


def test_a_meeting_held_on_days_apart_is_shown_on_each_of_them(run: Run, tmp_path: Path) -> None:
    minutes = tmp_path / "ietf109.md"
    minutes.write_text(
        "# DNSOP WG, IETF 109\n\n## Tuesday, 17 November 2020\n\nDana: one.\n\n"
        "## Friday, 20 November 2020\n\nDana: two.\n"
    )
    assert run("import", str(minutes), "-o", str(tmp_path / "t")).exit_code == 0
    data = ["--data", str(tmp_path / "t"), "meetings"]
    assert run(*data, "--format", "table").stdout.splitlines()[-3:-1] == [
        "Meeting   Held                Docs  Decisions  Items  Exchanges  Left",
        "IETF 109  17 and 20 Nov 2020  —     —          —      2          —",
    ]
    (record,) = answer(run, *data)["records"]
    assert (record["date"], record["last_date"], record["days"]) == (
        "2020-11-17", "2020-11-20", ["2020-11-17", "2020-11-20"]
    )  # fmt: skip


def test_an_interim_the_minutes_date_by_its_month_is_named_by_its_month(
    run: Run, tmp_path: Path
) -> None:
    minutes = tmp_path / "minutes.md"
    minutes.write_text(
        "# AIPREF Working Group Interim Meeting - 2026-03\n\n## Notes\n\nDana: one.\n"
    )
    (tmp_path / "t").mkdir()
    assert run("import", str(minutes), "-o", str(tmp_path / "t")).exit_code == 0
    assert [f.name for f in (tmp_path / "t").iterdir()] == ["aipref-interim-2026-03.toml"]
    assert run("--data", str(tmp_path / "t"), "meetings", "--format", "table").stdout.splitlines()[
        -3:-1
    ] == [
        "Meeting          Held      Docs  Decisions  Items  Exchanges  Left",
        "interim 2026-03  Mar 2026  —     —          —      1          —",
    ]
    for named in ("2026-03", "interim-2026-03"):  # its label as a shell word, hyphens for spaces
        picked = run("--data", str(tmp_path / "t"), "--meeting", named, "meetings")
        assert picked.stdout.splitlines()[1].split("\t")[:2] == ["interim 2026-03", "AIPREF"]


def test_meetings_of_two_groups_stay_a_table_at_80_columns(run: Run, tmp_path: Path) -> None:
    if not QUIC.is_dir():
        pytest.skip(f"no shared minutes at {QUIC}")
    minutes = [str(QUIC / "ietf99.md"), str(SHARED / "minutes" / "httpwg" / "ietf99.md")]
    assert run("import", *minutes, "-o", str(tmp_path)).exit_code == 0
    result = run("--data", str(tmp_path), "meetings", "--format", "table")
    assert result.stdout.splitlines() == [
        "2 meetings of the HTTP and QUIC WGs, IETF 99 (HTTP, 19 Jul 2017) to IETF 99",
        "(QUIC).",
        "Left: what the transcription leaves for a person to settle (--json says what).",
        "Meeting         Held         Group  Docs  Decisions  Items  Exchanges  Left",
        "IETF 99 (HTTP)  19 Jul 2017  HTTP   9     2          1      137        9",
        "IETF 99 (QUIC)  —            QUIC   4     3          4      132        9",
        "File left out to fit: --json, or a wider terminal, shows it.",
    ]
    # Two meetings of one number are told apart by their groups, and --meeting takes either.
    picked = run("--data", str(tmp_path), "--meeting", "ietf 99 (quic)", "meetings", "--json")
    assert [r["file"] for r in json.loads(picked.stdout)["records"]] == [
        str(tmp_path / "quic-ietf99.toml")
    ]


def test_a_group_written_in_other_case_is_no_other_group_in_the_table(
    run: Run, tmp_path: Path
) -> None:
    first, second = tmp_path / "roll-interim-1.md", tmp_path / "roll-interim-2.md"
    first.write_text("# ROLL IETF Interim Meeting 20200626\n\n## Notes\n\nPascal: fine.\n")
    second.write_text("# Agenda\n\nhttps://codimd.ietf.org/notes-ietf-interim-2021-roll-01-roll\n"
                      "Date: 29 January 2021\n\n## Notes\n\nPascal: fine.\n")  # fmt: skip
    assert run("import", str(first), str(second), "-o", str(tmp_path / "t")).exit_code == 0
    result = run("--data", str(tmp_path / "t"), "meetings", "--format", "table")
    assert result.stdout.splitlines()[0] == (
        "2 meetings of the ROLL WG, interim 2020-06-26 to interim 2021-01-29."
    )
    assert result.stdout.splitlines()[-4].split() == [
        "Meeting", "Held", "Docs", "Decisions", "Items", "Exchanges", "Left"
    ]  # fmt: skip


# One bad file never stops the rest.


def copy_of(tmp_path: Path) -> Path:
    """A copy of the three test meetings, in a folder of its own."""
    folder = tmp_path / "meetings"
    shutil.copytree(MEETINGS, folder)
    return folder


def broken_folder(tmp_path: Path) -> tuple[Path, list[str]]:
    """The three test meetings with IETF 119's transcription broken and a file that is
    not TOML among them; and the lines that name the two left out."""
    folder = copy_of(tmp_path)
    broken = folder / "ietf119.toml"
    broken.write_text(broken.read_text().replace("ietf = 119", 'ietf = "119"'))
    (folder / "notes.toml").write_text("not toml [")
    return folder, [
        f"msecwg: left out {broken}: meeting.ietf: expected `int | null`, got `str`",
        f"msecwg: left out {folder / 'notes.toml'}: not valid TOML: key with no value, "
        "expected `=` at line 1 column 5",
    ]


FOLDER_COMMANDS = [
    ["meetings"],
    ["drafts", "--as-of", "2024-03-20"],
    ["drafts", "core", "--as-of", "2024-03-20"],
    ["actions", "--as-of", "2024-03-20"],
    ["actions", "a", "--as-of", "2024-03-20"],
    ["timeline", "--as-of", "2024-03-20"],
    ["discussion"],
    ["discussion", "core", "--speaker", "bob"],
    ["people"],
    ["people", "sample"],
    ["search", "revision"],
    ["calendar"],
]


@pytest.mark.parametrize("command", FOLDER_COMMANDS, ids=[" ".join(c) for c in FOLDER_COMMANDS])
def test_every_command_answers_from_the_valid_meetings_and_names_each_file_left_out(
    run: Run, tmp_path: Path, command: list[str]
) -> None:
    folder, left_out = broken_folder(tmp_path)
    valid = [folder / "ietf118.toml", folder / "interim-2024-01.toml"]
    alone = run(*[a for p in valid for a in ("--data", str(p))], *command)
    result = run("--data", str(folder), *command)
    assert (result.exit_code, result.stderr.splitlines()) == (4, left_out)
    if command != ["calendar"]:  # a calendar is stamped with the time it is made
        assert result.stdout == alone.stdout
    assert alone.exit_code == 0


def test_check_still_fails_on_a_folder_with_a_broken_transcription(
    run: Run, tmp_path: Path
) -> None:
    folder, _ = broken_folder(tmp_path)
    result = run("check", str(folder))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "msecwg: 2 transcriptions of 4 OK; 2 with problems"


def test_a_failure_of_its_own_keeps_its_exit_code_after_the_files_left_out(
    run: Run, tmp_path: Path
) -> None:
    folder, left_out = broken_folder(tmp_path)
    passed = run("--data", str(folder), "actions", "--fail-if-any", "--as-of", "2024-03-20")
    assert (passed.exit_code, passed.stderr.splitlines()) == (3, left_out)
    unknown = run("--data", str(folder), "people", "nobody")
    assert unknown.exit_code == 2
    assert unknown.stderr.splitlines()[:2] == left_out


def test_no_valid_transcription_is_exit_1_naming_each(run: Run, tmp_path: Path) -> None:
    folder, left_out = broken_folder(tmp_path)
    for name in ("ietf118.toml", "interim-2024-01.toml"):
        (folder / name).unlink()
    result = run("--data", str(folder), "drafts")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        *left_out, "msecwg: none of the 2 transcriptions given is valid",
    ]  # fmt: skip


def test_completion_offers_the_valid_meetings_and_says_nothing_of_the_others(
    tmp_path: Path,
) -> None:
    folder, _ = broken_folder(tmp_path)
    env = {"_MSECWG_COMPLETE": "complete_bash", "COMP_WORDS": "msecwg --meeting ",
           "COMP_CWORD": "2", "MSECWG_DATA": str(folder)}  # fmt: skip
    result = CliRunner(env=env).invoke(app, [], prog_name="msecwg")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "118\ninterim-2024-01\n", "")


# --meeting, however the minutes name a meeting.


@pytest.mark.parametrize(
    "wanted",
    ["118", "IETF 118", "ietf118", "IETF-118", "ietf118.toml", "2023-11-06", "6 Nov 2023"],
)
def test_meeting_finds_a_numbered_meeting_by_its_number_label_file_or_day(
    run: Run, wanted: str
) -> None:
    assert [
        m["label"] for m in answer(run, *DATA, "--meeting", wanted, "meetings")["meetings"]
    ] == ["IETF 118"]


@pytest.mark.parametrize(
    "wanted", ["interim 2024-01-16", "interim-2024-01-16", "2024-01-16", "interim-2024-01"]
)
def test_meeting_finds_an_interim_by_its_date_label_or_file(run: Run, wanted: str) -> None:
    assert [
        m["label"] for m in answer(run, *DATA, "--meeting", wanted, "meetings")["meetings"]
    ] == ["interim 2024-01-16"]


def test_meeting_finds_a_number_only_the_file_name_states(run: Run, tmp_path: Path) -> None:
    folder = copy_of(tmp_path)
    path = folder / "ietf118.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("ietf = 118\n", ""), encoding="utf-8")
    found = answer(run, "--data", str(folder), "--meeting", "118", "meetings")
    assert [(r["meeting"], r["ietf"], r["file"]) for r in found["records"]] == [
        ("2023-11-06", None, str(path)),
    ]


# Answers across meetings.


def test_drafts_shows_the_most_recently_discussed_first_with_the_meeting_of_its_state(
    run: Run,
) -> None:
    records = answer(run, *DATA, "drafts", "--as-of", "2024-03-20")["records"]
    assert [
        (r["name"], r["state"], r["meeting"], r["first_meeting"], r["last_meeting"], r["meetings"])
        for r in records
    ] == [
        ("draft-ietf-example-core", "Sent to the IESG", "IETF 119", "IETF 118", "IETF 119", 3),
        ("draft-ietf-example-ext", "Revision to be posted", "IETF 119", "IETF 118", "IETF 119", 2),
        ("draft-smith-example-extra", "Adoption call proposed", "interim 2024-01-16",
         "interim 2024-01-16", "interim 2024-01-16", 1),
    ]  # fmt: skip


def test_actions_across_meetings_says_how_many_are_still_open(run: Run) -> None:
    result = run(*DATA, "actions", "--as-of", "2024-03-20", "--format", "table")
    assert result.stdout.splitlines()[1:3] == [
        "6 of them still open: an item is done only where its transcription records the",
        "day it was done.",
    ]


def test_people_finds_a_person_by_any_part_of_a_name(run: Run) -> None:
    for word in ("sample", "Sample", "bob", "Bob Sample"):
        result = run(*DATA, "people", word, "--format", "table")
        assert result.stdout.startswith("Bob Sample: 7 exchanges"), word


def test_discussion_of_one_speaker_spans_the_meetings_in_order(run: Run) -> None:
    records = answer(run, *DATA, "discussion", "core", "--speaker", "sample")["records"]
    assert [(r["meeting"], r["n"], r["speaker"]) for r in records] == [
        ("IETF 118", 2, "Bob Sample"),
        ("IETF 118", 5, "Bob Sample"),
        ("interim 2024-01-16", 3, "Bob Sample"),
        ("IETF 119", 2, "Bob Sample"),
    ]


QUIC_ORDER = [
    "IETF 97", "IETF 98", "interim 2017-06-07", "IETF 99", "IETF 100", "IETF 101",
    "IETF 102", "interim 2018-09-19", "IETF 103", "IETF 104", "IETF 105", "IETF 106",
    "IETF 108", "interim 2020-10-22", "IETF 109", "IETF 110",
]  # fmt: skip


def in_order(labels: list[str]) -> bool:
    """Whether labels come in the order the QUIC meetings were held."""
    places = [QUIC_ORDER.index(label) for label in labels]
    return places == sorted(places)


ACROSS_QUIC = [
    ["actions"], ["discussion"], ["discussion", "planning"], ["people", "thomson"],
    ["search", "draft"], ["drafts", "draft-ietf-quic-applicability"],
]  # fmt: skip


def test_the_quic_meetings_are_listed_in_the_order_held(run: Run, quic: Path) -> None:
    assert [r["meeting"] for r in answer(run, "--data", str(quic), "meetings")["records"]] == (
        QUIC_ORDER
    )


@pytest.mark.parametrize("command", ACROSS_QUIC, ids=[" ".join(c) for c in ACROSS_QUIC])
def test_every_answer_across_the_quic_meetings_comes_in_the_order_held(
    run: Run, quic: Path, command: list[str]
) -> None:
    found = answer(run, "--data", str(quic), *command)
    assert [m["label"] for m in found["meetings"]] == QUIC_ORDER
    assert in_order([r["meeting"] for r in found["records"]])


def test_quic_drafts_come_most_recently_discussed_first(run: Run, quic: Path) -> None:
    records = answer(run, "--data", str(quic), "drafts")["records"]
    last = [QUIC_ORDER.index(r["last_meeting"]) for r in records]
    assert last == sorted(last, reverse=True)
    assert all(
        QUIC_ORDER.index(r["meeting"]) <= QUIC_ORDER.index(r["last_meeting"]) for r in records
    )


def test_people_thomson_finds_martin_thomson_across_the_quic_meetings(run: Run, quic: Path) -> None:
    result = run("--data", str(quic), "people", "thomson", "--format", "table")
    assert result.stdout.startswith("Martin Thomson: ")


def test_a_meeting_the_minutes_date_by_its_month_is_shown_by_its_month(
    run: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "meetings"
    shutil.copytree(MEETINGS, folder)
    path = folder / "ietf118.toml"
    text = path.read_text(encoding="utf-8").replace(
        'date = { day = 2023-11-06, text = "Monday 6 November 2023" }',
        'date = { day = 2023-11-01, text = "November 2023", precision = "month" }',
        1,
    )
    path.write_text(text, encoding="utf-8")
    table = run("--data", str(folder), "meetings", "--format", "table").stdout.splitlines()
    assert (
        table[0] == "3 meetings of the EXAMPLE WG, IETF 118 (Nov 2023) to IETF 119 (19 Mar 2024)."
    )
    assert table[3] == "IETF 118            Nov 2023     2     1          2      7          —"
    one = run("--data", str(path), "drafts", "--format", "table").stdout.splitlines()
    assert one[1] == "EXAMPLE WG, IETF 118, Prague, Nov 2023."
    record = answer(run, "--data", str(folder), "meetings")["records"][0]
    assert (record["date"], record["precision"]) == ("2023-11-01", "month")


def test_the_span_of_several_meetings_leaves_out_one_with_no_date_and_counts_it(
    run: Run, tmp_path: Path
) -> None:
    for name, head in (("a", "Date: 26 June 2020"), ("b", "Date: 29 January 2021"), ("c", "")):
        minutes = tmp_path / f"roll-interim-{name}.md"
        minutes.write_text(f"# ROLL WG Interim Meeting\n\n{head}\n\n## Notes\n\nPascal: fine.\n")
    paths = [str(p) for p in sorted(tmp_path.glob("*.md"))]
    assert run("import", *paths, "-o", str(tmp_path / "t")).exit_code == 0
    result = run("--data", str(tmp_path / "t"), "meetings", "--format", "table")
    assert " ".join(result.stdout.splitlines()[:2]) == (
        "3 meetings of the ROLL WG, interim 2020-06-26 to interim 2021-01-29, and 1 with no date."
    )

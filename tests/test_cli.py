"""The three commands as a user runs them: exact output, clear errors, exit codes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from msecwg import __version__
from msecwg.store import load

from .conftest import Run
from .golden import EXPECTED, GOLDEN, layouts, produce


@pytest.mark.parametrize(("args", "expected"), GOLDEN, ids=[name for _, name in GOLDEN])
def test_output_is_exactly_as_expected(run: Run, args: list[str], expected: str) -> None:
    result = run(*args)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (EXPECTED / expected).read_text(encoding="utf-8")


def test_tables_fit_80_columns(run: Run) -> None:
    for args, _ in GOLDEN:
        if "table" in args:
            assert max(len(line) for line in run(*args).stdout.splitlines()) <= 80


def column(out: str, name: str) -> list[str]:
    """The values of one named column of TSV output."""
    header, *rows = (line.split("\t") for line in out.splitlines())
    return [row[header.index(name)] for row in rows]


def test_passed_as_tsv_is_one_line_an_item_with_its_state_and_days(run: Run) -> None:
    out = run("actions", "--overdue", "--as-of", "2003-08-09").stdout
    assert column(out, "id") == ["a", "b", "c", "d"]
    assert column(out, "state") == ["passed", "passed", "passed", "passed"]
    assert column(out, "current_kind") == ["end", "end", "task", "task"]
    assert column(out, "current_days") == ["-8", "-1", "-8", "-8"]
    assert column(out, "current_from_as_of") == [
        "8 days ago",
        "1 day ago",
        "8 days ago",
        "8 days ago",
    ]


def test_nothing_passed_is_not_an_error(run: Run) -> None:
    result = run("actions", "--overdue", "--as-of", "2003-08-01", "--format", "table")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == (
        "No date has passed as of Fri 1 Aug 2003; 4 action items and 2 follow-ups are open, "
        "2 of them undated (msecwg actions).\n"
    )
    tsv = run("actions", "--overdue", "--as-of", "2003-08-01")
    assert tsv.exit_code == 0
    assert tsv.stdout.startswith("id\tlisted\tsection\tkind\t")
    assert tsv.stdout.count("\n") == 1


def test_speaker_keeps_one_persons_words_marked_as_the_minutes_give_them(run: Run) -> None:
    result = run("discussion", "gsakmp", "--speaker", "laskhminath")
    assert column(result.stdout, "n") == ["1", "3", "5"]
    uncertain = run("discussion", "mikey", "--speaker", "Lakshminath", "--format", "table")
    assert uncertain.stdout.splitlines()[4:7] == [
        "1  Lakshminath               “Is delegated authorization handled?”",
        "   written “Lakshminath(?)”",
        "   uncertain",
    ]
    role = run("discussion", "fmke", "--speaker", "Lakshminath (as co-chair)")
    assert column(role.stdout, "n") == ["2", "5"]


def test_a_speaker_with_no_words_in_the_topic_is_said_so(run: Run) -> None:
    result = run("discussion", "fmke", "--speaker", "russ")
    assert result.exit_code == 0
    assert (result.stdout, result.stderr) == (
        "",
        "Russ has no exchanges in (4) FMKE Presentation.\n",
    )


def test_msecwg_alone_shows_its_help(run: Run) -> None:
    result = run()
    assert (result.exit_code, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[0] == "Usage: msecwg [OPTIONS] COMMAND [ARGS]..."
    assert "  drafts      Every document: intended status, state, next deadline." in lines


def test_version(run: Run) -> None:
    assert run("--version").stdout == f"msecwg {__version__}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["drafs"], "No such command 'drafs'. Did you mean 'drafts'? (see 'msecwg --help')"),
        (["drafts", "--bogus"], "No such option: --bogus (see 'msecwg drafts --help')"),
        (["drafts", "--as-of", "someday"],
         "Invalid value for '--as-of': cannot read 'someday' as a date; write it like 2003-08-02 "
         "or '2 Aug 2003' (see 'msecwg drafts --help')"),
        (["actions", "--as-of", "1 August"],
         "Invalid value for '--as-of': '1 August' is not a full date; give day, month and year, "
         "like '2 Aug 2003' (see 'msecwg actions --help')"),
        (["actions", "--as-of"], "Option '--as-of' requires an argument. (see 'msecwg --help')"),
        (["search"], "Missing argument 'WORDS...'. (see 'msecwg search --help')"),
        (["drafts", "--format", "xml"],
         "Invalid value for '--format': 'xml' is not one of 'table', 'tsv', 'csv', 'json', 'markdown'. "
         "(see 'msecwg drafts --help')"),
        (["discussion", "gksm"],
         "Invalid value for TOPIC: no topic 'gksm'; try one of: gkm-architecture "
         "(see 'msecwg discussion --help')"),
        (["discussion", "7"],
         "Invalid value for TOPIC: no topic '7'; try one of: action-items, fmke, gkm-architecture, "
         "gsakmp, mikey-dhhmac, others (see 'msecwg discussion --help')"),
        (["drafts", "mikee"],
         "Invalid value for NAME: no document 'mikee'; try one of: mikey (see 'msecwg drafts --help')"),
        (["discussion", "g"],
         "Invalid value for TOPIC: topic 'g' could be any of: gkm-architecture, gsakmp; "
         "type more of it (see 'msecwg discussion --help')"),
        (["discussion", "gsakmp", "--speaker", "bob"],
         "Invalid value for '--speaker': no speaker 'bob'; try one of: Fredrik, Haitham, Hugh, "
         "Lakshminath, Russ, Sebastien, Thomas (see 'msecwg discussion --help')"),
    ],
)  # fmt: skip
def test_usage_errors_are_one_line_on_stderr_with_exit_2(
    run: Run, args: list[str], message: str
) -> None:
    result = run(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"msecwg: {message}\n"


@pytest.mark.parametrize(
    "command", [["drafts"], ["actions", "--overdue"], ["discussion", "gsakmp"]]
)
def test_invalid_data_is_one_line_on_stderr_with_exit_1(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    broken = tmp_path / "msec-ietf57.toml"
    broken.write_text(load.bundled_path().read_text().replace("ietf = 57", "ietf = 5.7"))
    monkeypatch.setattr(load, "bundled_path", lambda: broken)
    result = run(*command)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"msecwg: {broken}: meeting.ietf: expected `int | null`, got `float`\n"


def test_help_leads_with_examples(run: Run) -> None:
    for command in ("drafts", "actions", "discussion"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Examples:" in result.stdout
        assert f"msecwg {command}" in result.stdout


def test_runs_as_a_module_without_a_traceback() -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "msecwg", "actions", "--overdue", "--as-of", "2003-08-02"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (ok.returncode, ok.stderr) == (0, "")
    assert ok.stdout.splitlines()[1].startswith("a\taction item\taction-items\t")
    bad = subprocess.run(
        [sys.executable, "-m", "msecwg", "discussion", "nope"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1
    assert "Traceback" not in bad.stderr


CHARTER = (
    'charter = "Re-Charter and New Milestones approved by the ADs; '
    'the Re-Charter still needs IESG approval."'
)


def test_text_from_the_data_is_shown_as_text_never_as_markup_or_emoji(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    literal = r"[bold red]x[/] :smile: [link=https://example.org]y[/link] C:\path\[z]"
    edited = tmp_path / "msec-ietf57.toml"
    source = load.bundled_path().read_text(encoding="utf-8")
    # Prose fields and names, which the minutes need not contain word for word.
    edited.write_text(
        source.replace('name = "Hugh"', f"name = '{literal}'")
        .replace('state = "Deprecated"', f"state = '{literal}'")
        .replace('what = "Last Call closing date for MIKEY draft"', f"what = '{literal}'")
        .replace(CHARTER, f"charter = '{literal}'"),
        encoding="utf-8",
    )
    for beside in ("msec-ietf57-minutes.txt", "msec-facts.toml"):
        shutil.copy(load.bundled_path().parent / beside, tmp_path)
    assert source.count(CHARTER) == 1
    monkeypatch.setattr(load, "bundled_path", lambda: edited)
    monkeypatch.setenv("COLUMNS", "200")
    # The drafts table shows the charter above the table and the state in it;
    # Hugh speaks twice on GSAKMP; item (a) shows what it is in its card.
    expected = {"discussion": (2, 2), "drafts": (2, 1), "actions": (1, 1)}
    for command, (in_table, in_tsv) in expected.items():
        args = (
            [command, {"discussion": "gsakmp", "actions": "a"}[command]]
            if command != "drafts"
            else [command]
        )
        assert run(*args, "--format", "table").stdout.count(literal) == in_table
        assert run(*args, "--format", "tsv").stdout.count(literal) == in_tsv


@pytest.mark.parametrize(
    ("args", "expected", "width"), layouts(), ids=[name for _, name, _ in layouts()]
)
def test_each_view_is_laid_out_for_a_narrow_and_a_wide_terminal(
    args: list[str], expected: str, width: int
) -> None:
    assert produce(args, width) == (EXPECTED / expected).read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [50, 80, 120])
def test_every_record_shows_its_id_and_name_whole_at_any_width(width: int) -> None:
    """No identifying word is broken or left out, whatever the terminal's width, and no
    line is wider than the terminal but for a word longer than it."""
    t = load.load()
    names = {
        ("drafts", "--as-of", "2003-08-02"): [d.name for d in t.documents],
        ("actions", "--as-of", "2003-08-02"): [a.id for a in t.items]
        + [t.document(a.document).name for a in t.items if a.document],
        ("people",): [p.name for p in t.people],
        ("discussion",): [s.key for s in t.sections],
    }
    for args, expected in names.items():
        out = produce([*args, "--format", "table"], width)
        words = {w for line in out.splitlines() for w in line.split()}
        for name in expected:
            assert all(part in words for part in name.split()), (args, width, name)
        for line in out.splitlines():
            assert len(line) <= width or " " not in line.strip(), (args, width, line)


def test_actions_passed_fits_eight_lines_and_drafts_twenty_at_80_columns() -> None:
    assert (
        len(
            produce(
                ["actions", "--overdue", "--as-of", "2026-11-27", "--format", "table"]
            ).splitlines()
        )
        <= 8
    )
    assert len(produce(["drafts", "--as-of", "2003-08-02", "--format", "table"]).splitlines()) <= 20


def test_an_item_dated_without_a_label_is_shown_by_what_it_is(run: Run, tmp_path: Path) -> None:
    minutes = tmp_path / "zebra-ietf150.md"
    minutes.write_text("# ZEBRA WG - IETF 125\n\n## Wrap up\n\nDave: next meeting.\n\n"
                       "Next meeting in September 2030, Dave will send a Doodle out.\n")  # fmt: skip
    assert run("import", str(minutes), "-o", str(tmp_path / "z")).exit_code == 0
    out = run(
        "--data", str(tmp_path / "z"), "actions", "--format", "table", "--as-of", "2030-10-01"
    )
    cells = re.split(r"\s{2,}", out.stdout.splitlines()[2])
    assert cells == [
        "action-1",
        "—",
        "Next meeting in Septembe…",
        "Dave",
        "Sep 2030",
        "not recorded done",
    ]


def test_items_the_minutes_list_as_done_are_recorded_done_on_the_meetings_day(
    run: Run, tmp_path: Path
) -> None:
    minutes = tmp_path / "irsg-2023-04-25.md"
    minutes.write_text(
        "# IRSG Meeting\n\nDate: 2023-04-25 (Tuesday)\n\n## Action Items\n\n"
        ">    * DONE\n>      * Carsten Bormann to review draft-irtf-zebra-stripes\n"
        ">    * IN PROGRESS\n>      * Colin Perkins to draft a code of conduct.\n\n"
        "#### DONE:\no Melinda Shore to submit the charter\n#### IN PROGRESS:\n"
        "o Sofia Celi to draft text for guidance\n"
    )
    assert run("import", str(minutes), "-o", str(tmp_path / "i")).exit_code == 0
    assert run("--data", str(tmp_path / "i"), "check").exit_code == 0
    out = run(
        "--data", str(tmp_path / "i"), "actions", "--format", "table", "--as-of", "2026-12-06"
    )
    rows = [re.split(r"\s{2,}", line) for line in out.stdout.splitlines()[2:6]]
    assert [(r[0], r[-1]) for r in rows] == [
        ("action-1", "recorded done"),
        ("action-2", "—"),
        ("action-3", "recorded done"),
        ("action-4", "—"),
    ]
    card = run(
        "--data", str(tmp_path / "i"), "actions", "action-3", "--as-of", "2026-12-06",
        "--format", "table",
    )  # fmt: skip
    assert "Done      recorded done Tue 25 Apr 2023" in card.stdout
    assert "Minutes   “DONE:”" in card.stdout

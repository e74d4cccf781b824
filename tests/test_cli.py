"""The three commands as a user runs them: exact output, clear errors, exit codes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from msecwg import __version__, load

from .conftest import Run
from .golden import EXPECTED, GOLDEN


@pytest.mark.parametrize(("args", "expected"), GOLDEN, ids=[name for _, name in GOLDEN])
def test_output_is_exactly_as_expected(run: Run, args: list[str], expected: str) -> None:
    result = run(*args)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (EXPECTED / expected).read_text(encoding="utf-8")


def test_tables_fit_80_columns(run: Run) -> None:
    for args, _ in GOLDEN:
        if "table" in args:
            assert max(len(line) for line in run(*args).stdout.splitlines()) <= 80


def test_overdue_as_tsv_is_one_line_an_item(run: Run) -> None:
    lines = run("actions", "--overdue", "--as-of", "2003-08-09").stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["id", "a", "c", "d", "b"]
    assert [line.split("\t")[-1] for line in lines[1:]] == ["8 days", "8 days", "8 days", "1 day"]


def test_nothing_overdue_is_not_an_error(run: Run) -> None:
    result = run("actions", "--overdue", "--as-of", "2003-08-01", "--format", "table")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "Nothing is overdue as of Friday 1 August 2003.\n"
    tsv = run("actions", "--overdue", "--as-of", "2003-08-01")
    assert tsv.exit_code == 0
    assert tsv.stdout.startswith("id\tsection\tkind\t")
    assert tsv.stdout.count("\n") == 1


def test_speaker_keeps_one_persons_words(run: Run) -> None:
    result = run("discussion", "gsakmp", "--speaker", "laskhminath")
    assert [line.split("\t")[2] for line in result.stdout.splitlines()[1:]] == ["1", "3", "5"]
    uncertain = run("discussion", "mikey", "--speaker", "Lakshminath", "--format", "table")
    assert "Lakshminath (uncertain)" in uncertain.stdout
    assert "written “Lakshminath(?)”" in uncertain.stdout


def test_a_speaker_with_no_words_in_the_topic_is_said_so(run: Run) -> None:
    result = run("discussion", "fmke", "--speaker", "russ")
    assert result.exit_code == 0
    assert result.stderr == "Russ has no exchanges in (4) FMKE Presentation.\n"


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
        (["drafts", "--as-of", "tomorrow"],
         "Invalid value for '--as-of': cannot read 'tomorrow' as a date; write it like 2003-08-02 "
         "or '2 Aug 2003' (see 'msecwg drafts --help')"),
        (["actions", "--as-of", "1 August"],
         "Invalid value for '--as-of': '1 August' is not a full date; give day, month and year, "
         "like '2 Aug 2003' (see 'msecwg actions --help')"),
        (["actions", "--as-of"], "Option '--as-of' requires an argument. (see 'msecwg --help')"),
        (["drafts", "--format", "xml"],
         "Invalid value for '--format': 'xml' is not one of 'table', 'tsv', 'csv', 'json', 'markdown'. "
         "(see 'msecwg drafts --help')"),
        (["discussion", "gksm"],
         "Invalid value for TOPIC: no topic 'gksm'; try one of: gkm-architecture, gsakmp "
         "(see 'msecwg discussion --help')"),
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
    assert result.stderr == f"msecwg: {broken}: meeting.ietf: expected `int`, got `float`\n"


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
    assert ok.stdout.splitlines()[1].startswith("a\taction-items\t")
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
    # Hugh speaks twice on GSAKMP, and owns the Guidance draft's item.
    expected = {"discussion": (2, 2), "drafts": (2, 1), "actions": (2, 2)}
    for command, (in_table, in_tsv) in expected.items():
        args = [command, "gsakmp"] if command == "discussion" else [command]
        assert run(*args, "--format", "table").stdout.count(literal) == in_table
        assert run(*args, "--format", "tsv").stdout.count(literal) == in_tsv

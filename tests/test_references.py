"""References stay in their lane: a transcription makes msecwg read its own minutes and
its facts, nothing else; `minutes` never names the transcription, `facts` never a
transcription, and a meeting is never dropped because another names it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import Run

MEETINGS = Path(__file__).resolve().parent / "data" / "meetings"


def meetings(tmp_path: Path, old: str, new: str, file: str = "ietf118.toml") -> Path:
    """Copy the three test meetings, edit one, and answer the folder."""
    folder = tmp_path / "meetings"
    shutil.copytree(MEETINGS, folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("minutes", "problem"),
    [
        ("/proc/self/environ",
         "'/proc/self/environ' is not a path relative to the transcription's folder; "
         "name the minutes file from there"),
        ("../../../../../../../../proc/self/environ",
         "'../../../../../../../../proc/self/environ' is in /proc, a folder of the system, not minutes"),
        ("~/.ssh/id_rsa",
         "'~/.ssh/id_rsa' is not a path relative to the transcription's folder; "
         "name the minutes file from there"),
        ("ietf118.toml", "'ietf118.toml' is the transcription itself, not its minutes"),
    ],
)  # fmt: skip
def test_minutes_are_read_only_beside_the_transcription(
    run: Run, tmp_path: Path, minutes: str, problem: str
) -> None:
    folder = meetings(tmp_path, 'minutes = "ietf118-minutes.txt"', f'minutes = "{minutes}"')
    result = run("check", str(folder / "ietf118.toml"))
    assert (result.exit_code, result.stderr.splitlines()) == (
        1,
        [f"msecwg: {folder / 'ietf118.toml'}: minutes: {problem}"],
    )


def test_facts_naming_the_transcription_itself_is_a_problem_check_reports(
    run: Run, tmp_path: Path
) -> None:
    folder = meetings(tmp_path, "schema = 2\n", 'schema = 2\nfacts = "ietf118.toml"\n')
    result = run("check", str(folder))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"msecwg: {folder / 'ietf118.toml'}: facts: "
        "'ietf118.toml' is the transcription itself, not its facts"
    )


def test_facts_naming_another_meeting_drops_no_meeting(run: Run, tmp_path: Path) -> None:
    folder = meetings(tmp_path, "schema = 2\n", 'schema = 2\nfacts = "ietf119.toml"\n')
    listed = run("--data", str(folder), "meetings", "--format", "tsv").stdout.splitlines()
    assert [line.split("\t")[0] for line in listed[1:]] == [
        "IETF 118", "interim 2024-01-16", "IETF 119",
    ]  # fmt: skip
    result = run("check", str(folder))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"msecwg: {folder / 'ietf118.toml'}: facts: {folder / 'ietf119.toml'}: "
        "a transcription, not a facts file"
    )

"""The README tells the truth: its commands are CI's, and every run it shows is
what that command prints in an 80-column terminal today."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .readme import MINUTES, README, ROOT, in_terminal, shown_runs

INSTALL = "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/msecwg actions --overdue"
TEST = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"


def test_readme_gives_the_install_and_test_commands_that_ci_runs() -> None:
    text = README.read_text(encoding="utf-8")
    assert f"```sh\n{INSTALL}\n```" in text
    assert f"```sh\n{TEST}\n```" in text
    assert TEST in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize(("command", "output"), shown_runs(), ids=[c for c, _ in shown_runs()])
def test_readme_runs_show_what_the_command_prints(
    command: str, output: str, tmp_path: Path
) -> None:
    if "| jq" in command and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    if "minutes/" in command and not MINUTES.is_dir():
        pytest.skip(f"no shared minutes at {MINUTES}")
    expected = "\n".join(line.rstrip() for line in output.splitlines())
    assert in_terminal(command, tmp_path) == expected, "run python tests/regenerate.py"


def test_the_readme_shows_each_main_command_run() -> None:
    commands = [command for command, _ in shown_runs()]
    for command in (
        "msecwg actions --overdue",
        "msecwg drafts --as-of 2003-08-02",
        "msecwg discussion gsakmp",
    ):
        assert command in commands

"""The README tells the truth: its commands are CI's, its outputs are real runs."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from .conftest import Run

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
INSTALL = "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/msecwg actions --overdue"
TEST = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"
# The README's runs without --as-of were made on this day.
README_DAY = "2026-11-27"


def test_readme_gives_the_install_and_test_commands_that_ci_runs() -> None:
    assert f"```sh\n{INSTALL}\n```" in README
    assert f"```sh\n{TEST}\n```" in README
    assert TEST in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def shown_runs() -> list[tuple[list[str], str]]:
    """Each README block that shows one msecwg command run: its arguments and what it printed."""
    runs = []
    for block in re.findall(r"```\n\$ (msecwg [^\n|]*)\n(.*?)\n```", README, flags=re.DOTALL):
        command, output = block
        runs.append((shlex.split(command)[1:], output))
    return runs


@pytest.mark.parametrize(
    ("args", "output"), shown_runs(), ids=lambda v: " ".join(v) if isinstance(v, list) else ""
)
def test_readme_outputs_are_what_the_command_prints(run: Run, args: list[str], output: str) -> None:
    if args[0] in ("drafts", "actions") and "--as-of" not in args:
        args = [*args, "--as-of", README_DAY]
    result = run(*args, "--format", "table")
    shown = result.stdout + result.stderr  # what the terminal shows
    printed = "\n".join(line.rstrip() for line in shown.splitlines())
    assert printed == output


def test_every_table_run_in_the_readme_is_checked() -> None:
    assert [args for args, _ in shown_runs()] == [
        ["actions", "--overdue"],
        ["drafts", "--as-of", "2003-08-02"],
        ["discussion", "gsakmp"],
        ["discussion", "gksm"],
    ]

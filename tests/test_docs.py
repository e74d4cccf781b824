"""The README tells the truth: its commands are CI's, and every run it shows is
what that command prints in an 80-column terminal today."""

from __future__ import annotations

import os
import pty
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
INSTALL = "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/msecwg actions --overdue"
TEST = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"
# The README's runs that depend on today were made on this day.
DATED = {"msecwg actions --overdue": "msecwg actions --overdue --as-of 2026-11-27"}


def test_readme_gives_the_install_and_test_commands_that_ci_runs() -> None:
    assert f"```sh\n{INSTALL}\n```" in README
    assert f"```sh\n{TEST}\n```" in README
    assert TEST in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def shown_runs() -> list[tuple[str, str]]:
    """Each command the README shows run (a line "$ msecwg ..."), with what it printed."""
    runs = []
    for block in re.findall(r"```\n(\$ msecwg.*?)\n```", README, flags=re.DOTALL):
        for run in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, output = run.partition("\n")
            runs.append((command, output))
    return runs


def in_terminal(command: str, cwd: Path) -> str:
    """Run a shell command with a terminal as its stdout and stderr; answer what it shows."""
    env = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(cwd),
        "COLUMNS": "80",
        "LINES": "50",
        "TERM": "xterm-256color",
        "NO_COLOR": "1",
    }
    pid, fd = pty.fork()
    if pid == 0:  # the child: the shell, on the terminal
        os.chdir(cwd)
        os.execvpe("bash", ["bash", "-c", command], env)
    shown = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal closes when the shell ends
            break
        if not chunk:
            break
        shown += chunk
    os.waitpid(pid, 0)
    os.close(fd)
    return shown.decode("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize(("command", "output"), shown_runs(), ids=[c for c, _ in shown_runs()])
def test_readme_runs_show_what_the_command_prints(
    command: str, output: str, tmp_path: Path
) -> None:
    if "| jq" in command and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    for name in ("data", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    shown = in_terminal(DATED.get(command, command), tmp_path)
    assert "\n".join(line.rstrip() for line in shown.rstrip("\n").splitlines()) == "\n".join(
        line.rstrip() for line in output.splitlines()
    )


def test_the_readme_shows_each_main_command_run() -> None:
    commands = [command for command, _ in shown_runs()]
    for command in (
        "msecwg actions --overdue",
        "msecwg drafts --as-of 2003-08-02",
        "msecwg discussion gsakmp",
    ):
        assert command in commands

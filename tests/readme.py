"""The runs README.md shows: each "$ msecwg ..." line of a code block, with what it
printed in an 80-column terminal, and how to run one again there."""

from __future__ import annotations

import os
import pty
import re
import sys
from pathlib import Path

from .conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
MINUTES = SHARED / "minutes"
# The README's runs that depend on today were made on this day.
DATED = {"msecwg actions --overdue": "msecwg actions --overdue --as-of 2026-11-27"}
BLOCK = re.compile(r"```\n(\$ msecwg.*?)\n```", flags=re.DOTALL)


def shown_runs(text: str | None = None) -> list[tuple[str, str]]:
    """Answer each command the README shows run (a line "$ msecwg ..."), with what it
    printed."""
    runs = []
    for block in BLOCK.findall(text if text is not None else README.read_text("utf-8")):
        for run in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, output = run.partition("\n")
            runs.append((command, output))
    return runs


def in_terminal(command: str, cwd: Path, **extra: str) -> str:
    """Run a shell command with a terminal as its stdout and stderr, 80 columns wide and
    without colour (unless `extra` environment says otherwise), in `cwd` (where `data`
    and `tests` link to the checkout's); answer what it shows, each line's trailing
    spaces taken off. `minutes` there links to the real minutes of other groups
    (../shared/minutes), where they are."""
    for name, target in (("data", ROOT / "data"), ("tests", ROOT / "tests"), ("minutes", MINUTES)):
        if not (cwd / name).exists() and target.exists():
            (cwd / name).symlink_to(target)
    env = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(cwd),
        "COLUMNS": "80",
        "LINES": "50",
        "TERM": "xterm-256color",
        "NO_COLOR": "1",
        **extra,
    }
    pid, fd = pty.fork()
    if pid == 0:  # the child: the shell, on the terminal
        os.chdir(cwd)
        os.execvpe("bash", ["bash", "-c", DATED.get(command, command)], env)
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
    text = shown.decode("utf-8").replace("\r\n", "\n").rstrip("\n")
    return "\n".join(line.rstrip() for line in text.splitlines())


def rewritten(text: str, cwd: Path) -> str:
    """Answer the README text with every run's output replaced by what it prints now,
    each run in a folder of its own under `cwd`, as the tests replay them."""
    made = iter(range(1_000_000))

    def again(block: re.Match[str]) -> str:
        runs = re.split(r"^\$ ", block.group(1), flags=re.MULTILINE)[1:]
        shown = []
        for run in runs:
            command = run.partition("\n")[0]
            own = cwd / f"run-{next(made)}"
            own.mkdir()
            shown.append(f"$ {command}\n{in_terminal(command, own)}")
        return "```\n" + "\n".join(s.rstrip("\n") for s in shown) + "\n```"

    return BLOCK.sub(again, text)

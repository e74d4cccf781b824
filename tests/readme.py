"""The runs the documentation shows (README.md and every page of docs/): each
"$ msecwg ..." line of a code block, with what it printed in an 80-column terminal,
and how to run one again there; and the command-line reference (docs/cli-reference.md),
the help of every command."""

from __future__ import annotations

import os
import pty
import re
import sys
import tempfile
from pathlib import Path

from .conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
REFERENCE = DOCS / "cli-reference.md"
MINUTES = SHARED / "minutes"
# The runs that depend on today were made on this day.
DATED = {"msecwg actions --overdue": "msecwg actions --overdue --as-of 2026-11-27"}
BLOCK = re.compile(r"```\n(\$ msecwg.*?)\n```", flags=re.DOTALL)


def pages() -> list[Path]:
    """Answer the pages whose runs the tests replay: README.md, then every docs/*.md."""
    return [README, *sorted(DOCS.glob("*.md"))]


def page_runs() -> list[tuple[str, str, str]]:
    """Answer each run every page shows: the page (its path in the checkout), the
    command and what it printed."""
    return [
        (page.relative_to(ROOT).as_posix(), command, output)
        for page in pages()
        for command, output in shown_runs(page.read_text("utf-8"))
    ]


def shown_runs(text: str | None = None) -> list[tuple[str, str]]:
    """Answer each command a text shows run (a line "$ msecwg ..." in a code block),
    with what it printed; without a text, those of every page, README.md first."""
    if text is None:
        return [(command, output) for _, command, output in page_runs()]
    runs = []
    for block in BLOCK.findall(text):
        for run in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, output = run.partition("\n")
            runs.append((command, output))
    return runs


def unrun(text: str) -> str:
    """Answer a text with every run's output taken out, its commands left."""

    def bare(block: re.Match[str]) -> str:
        commands = [command for command, _ in shown_runs(block.group(0))]
        return "```\n" + "\n".join(f"$ {command}" for command in commands) + "\n```"

    return BLOCK.sub(bare, text)


def cli_reference(commands: list[str]) -> str:
    """Answer docs/cli-reference.md before its runs are made: `msecwg --help`, then
    each command's `--help`, in the order help lists them."""
    parts = [
        "# Command-line reference\n\n"
        "What `msecwg --help` and each command's `--help` print in an 80-column terminal, in\n"
        "the order `msecwg --help` lists the commands. [Commands](commands.md) says more of\n"
        "each, with examples. `python tests/regenerate.py` makes this page from the commands\n"
        "themselves, and the tests fail while a command's help differs from it.\n\n"
        "## msecwg\n\n```\n$ msecwg --help\n```\n"
    ]
    parts += [f"\n## msecwg {name}\n\n```\n$ msecwg {name} --help\n```\n" for name in commands]
    return "".join(parts)


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
    """Answer a page's text with every run's output replaced by what it prints now,
    each run in a folder of its own under `cwd`, as the tests replay them."""

    def again(block: re.Match[str]) -> str:
        runs = re.split(r"^\$ ", block.group(1), flags=re.MULTILINE)[1:]
        shown = []
        for run in runs:
            command = run.partition("\n")[0]
            own = Path(tempfile.mkdtemp(prefix="run-", dir=cwd))
            shown.append(f"$ {command}\n{in_terminal(command, own)}")
        return "```\n" + "\n".join(s.rstrip("\n") for s in shown) + "\n```"

    return BLOCK.sub(again, text)

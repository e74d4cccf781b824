"""The documentation tells the truth: the README's commands are CI's, every run README.md
and docs/*.md show is what that command prints in an 80-column terminal today, the
command-line reference is every command's help, and every link leads somewhere."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from .conftest import COMMANDS
from .readme import (
    DOCS,
    MINUTES,
    README,
    REFERENCE,
    ROOT,
    cli_reference,
    in_terminal,
    page_runs,
    pages,
    shown_runs,
    unrun,
)

INSTALL = "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/msecwg actions --overdue"
TEST = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"
RUNS = page_runs()


def test_readme_gives_the_install_and_test_commands_that_ci_runs() -> None:
    text = README.read_text(encoding="utf-8")
    assert f"```sh\n{INSTALL}\n```" in text
    assert f"```sh\n{TEST}\n```" in text
    assert TEST in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("page", "command", "output"), RUNS, ids=[f"{page}: {command}" for page, command, _ in RUNS]
)
def test_each_run_shown_is_what_the_command_prints(
    page: str, command: str, output: str, tmp_path: Path
) -> None:
    if "| jq" in command and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    if "minutes/" in command and not MINUTES.is_dir():
        pytest.skip(f"no shared minutes at {MINUTES}")
    expected = "\n".join(line.rstrip() for line in output.splitlines())
    assert in_terminal(command, tmp_path) == expected, "run python tests/regenerate.py"


def test_the_readme_shows_each_main_command_run() -> None:
    commands = [command for command, _ in shown_runs(README.read_text(encoding="utf-8"))]
    for command in (
        "msecwg actions --overdue",
        "msecwg drafts --as-of 2003-08-02",
        "msecwg discussion gsakmp",
        "msecwg import minutes/quic -o quic/ 2>&1 | tail -1",
    ):
        assert command in commands


def test_the_readme_is_short_and_links_every_page_of_the_docs() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 200
    for page in sorted(DOCS.glob("*.md")):
        assert f"](docs/{page.name})" in text, f"README.md does not link docs/{page.name}"


def test_the_cli_reference_is_the_help_of_every_command() -> None:
    assert unrun(REFERENCE.read_text(encoding="utf-8")) == cli_reference(COMMANDS), (
        "run python tests/regenerate.py"
    )


def anchors(text: str) -> set[str]:
    """Answer the anchors of a Markdown page's headings, as GitHub makes them."""
    outside_code = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)
    headings = re.findall(r"^#+ (.+)$", outside_code, flags=re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize("page", pages(), ids=[p.relative_to(ROOT).as_posix() for p in pages()])
def test_every_link_between_pages_leads_somewhere(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{page.name} links {target}, which is not there"
        if anchor:
            assert anchor in anchors(linked.read_text(encoding="utf-8")), (
                f"{page.name} links {target}: {linked.name} has no heading of that anchor"
            )

"""The expected outputs: each case's arguments, and the file under tests/expected/ that
holds what stdout must be, byte for byte.

TSV, CSV and JSON files are contracts with the programs that read msecwg's
output; table and Markdown files pin the layouts that README.md does not show.
`python tests/regenerate.py` rewrites every one of them from real runs.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from msecwg.cli import app

EXPECTED = Path(__file__).parent / "expected"

# The environment every expected output is made in: no colour, 80 columns.
ENVIRONMENT: dict[str, str | None] = {
    "NO_COLOR": "1",
    "COLUMNS": "80",
    "LINES": "50",
    **dict.fromkeys(("FORCE_COLOR", "TTY_COMPATIBLE", "GITHUB_ACTIONS", "CLICOLOR_FORCE")),
}

GOLDEN = [
    (["drafts", "--as-of", "2003-08-02"], "drafts-2003-08-02.tsv"),
    (["actions", "--as-of", "27 Nov 2026", "--format", "table"], "actions-2026-11-27.txt"),
    (["actions", "--as-of", "2003-08-02"], "actions-2003-08-02.tsv"),
    (["actions", "--overdue", "--as-of", "August 2, 2003", "--format", "table"],
     "actions-overdue-2003-08-02.txt"),
    (["discussion", "--format", "table"], "topics.txt"),
    (["discussion"], "topics.tsv"),
    (["discussion", "gsakmp"], "discussion-gsakmp.tsv"),
    (["discussion", "FMKE", "--format", "table"], "discussion-fmke.txt"),
    (["discussion", "mikey", "--format", "table"], "discussion-mikey.txt"),
    (["drafts", "--as-of", "2003-08-02", "--format", "csv"], "drafts-2003-08-02.csv"),
    (["drafts", "--as-of", "2003-08-02", "--json"], "drafts-2003-08-02.json"),
    (["drafts", "--as-of", "2003-08-02", "--format", "markdown"], "drafts-2003-08-02.md"),
    (["actions", "--as-of", "2003-08-02", "--format", "csv"], "actions-2003-08-02.csv"),
    (["actions", "--as-of", "2003-08-02", "--format", "json"], "actions-2003-08-02.json"),
    (["actions", "--as-of", "2003-08-02", "--format", "markdown"], "actions-2003-08-02.md"),
    (["discussion", "gsakmp", "--format", "csv"], "discussion-gsakmp.csv"),
    (["discussion", "gsakmp", "--json"], "discussion-gsakmp.json"),
    (["discussion", "gsakmp", "--format", "markdown"], "discussion-gsakmp.md"),
    (["discussion", "--json"], "topics.json"),
    (["timeline", "--as-of", "2026-11-27", "--format", "table"], "timeline-2026-11-27.txt"),
    (["timeline", "--as-of", "2003-08-15"], "timeline-2003-08-15.tsv"),
    (["timeline", "--as-of", "2003-08-15", "--json"], "timeline-2003-08-15.json"),
    (["timeline", "--as-of", "2003-08-15", "--format", "markdown"], "timeline-2003-08-15.md"),
    (["people", "--format", "table"], "people.txt"),
    (["people"], "people.tsv"),
    (["people", "--json"], "people.json"),
    (["people", "Laskhminath", "--format", "table"], "people-lakshminath.txt"),
    (["search", "policy token", "--format", "table"], "search-policy-token.txt"),
    (["search", "POLICY TOKEN"], "search-policy-token.tsv"),
    (["drafts", "--outcome", "--as-of", "2003-08-02"], "drafts-outcome-2003-08-02.tsv"),
    (["drafts", "--outcome", "--as-of", "2003-08-02", "--format", "markdown"], "drafts-outcome-2003-08-02.md"),
    (["actions", "--overdue", "--cite", "--as-of", "2003-08-02", "--format", "table"], "actions-overdue-cite-2003-08-02.txt"),
    (["discussion", "fmke", "--cite", "--json"], "discussion-fmke-cite.json"),
]  # fmt: skip


def produce(args: list[str]) -> str:
    """Answer what `msecwg ARGS` writes to stdout in the pinned environment."""
    result = CliRunner(env=ENVIRONMENT).invoke(app, args, prog_name="msecwg")
    if result.exit_code != 0 or result.stderr:
        raise AssertionError(f"msecwg {' '.join(args)}: exit {result.exit_code}: {result.stderr}")
    return result.stdout

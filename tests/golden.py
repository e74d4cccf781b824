"""The expected outputs: each case's arguments, and the file under tests/expected/ that
holds what stdout must be, byte for byte.

TSV, CSV and JSON files are contracts with the programs that read msecwg's
output; table and Markdown files pin the layouts that README.md does not show.
`python tests/regenerate.py` rewrites every one of them from real runs.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from msecwg.commands.cli import app

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
    (["drafts", "--as-of", "2003-08-02", "--format", "csv"], "drafts-2003-08-02.csv"),
    (["drafts", "--as-of", "2003-08-02", "--json"], "drafts-2003-08-02.json"),
    (["drafts", "--as-of", "2003-08-02", "--format", "markdown"], "drafts-2003-08-02.md"),
    (["drafts", "--outcome", "--as-of", "2003-08-02"], "drafts-outcome-2003-08-02.tsv"),
    (["drafts", "--outcome", "--as-of", "2003-08-02", "--format", "table"], "drafts-outcome-2003-08-02.txt"),
    (["drafts", "policy", "--as-of", "2003-07-14", "--format", "table"], "drafts-policy-token-2003-07-14.txt"),
    (["drafts", "fmke", "--as-of", "2003-07-14", "--format", "markdown"], "drafts-fmke-2003-07-14.md"),
    (["actions", "--as-of", "2003-08-02"], "actions-2003-08-02.tsv"),
    (["actions", "--as-of", "2003-08-02", "--format", "csv"], "actions-2003-08-02.csv"),
    (["actions", "--as-of", "2003-08-02", "--format", "json"], "actions-2003-08-02.json"),
    (["actions", "--as-of", "2003-08-02", "--format", "markdown"], "actions-2003-08-02.md"),
    (["actions", "--as-of", "2003-09-01", "--format", "table"], "actions-2003-09-01.txt"),
    (["actions", "--overdue", "--as-of", "August 15, 2003", "--format", "table"],
     "actions-overdue-2003-08-15.txt"),
    (["actions", "--overdue", "--cite", "--as-of", "2003-08-02", "--format", "table"],
     "actions-overdue-cite-2003-08-02.txt"),
    (["actions", "guidance", "--as-of", "2003-07-14", "--format", "table"], "actions-guidance.txt"),
    (["discussion", "--format", "table"], "topics.txt"),
    (["discussion"], "topics.tsv"),
    (["discussion", "--json"], "topics.json"),
    (["discussion", "gsakmp"], "discussion-gsakmp.tsv"),
    (["discussion", "gsakmp", "--format", "csv"], "discussion-gsakmp.csv"),
    (["discussion", "gsakmp", "--json"], "discussion-gsakmp.json"),
    (["discussion", "gsakmp", "--format", "markdown"], "discussion-gsakmp.md"),
    (["discussion", "FMKE", "--format", "table"], "discussion-fmke.txt"),
    (["discussion", "mikey", "--format", "table"], "discussion-mikey.txt"),
    (["discussion", "fmke", "--cite", "--json"], "discussion-fmke-cite.json"),
    (["decisions", "--format", "table"], "decisions.txt"),
    (["decisions"], "decisions.tsv"),
    (["decisions", "--json"], "decisions.json"),
    (["decisions", "--document", "guidance", "--cite", "--format", "table"], "decisions-guidance-cite.txt"),
    (["timeline", "--as-of", "2026-11-27", "--format", "table"], "timeline-2026-11-27.txt"),
    (["timeline", "--as-of", "2003-08-15"], "timeline-2003-08-15.tsv"),
    (["timeline", "--as-of", "2003-08-15", "--json"], "timeline-2003-08-15.json"),
    (["timeline", "--as-of", "2003-08-15", "--format", "markdown"], "timeline-2003-08-15.md"),
    (["people", "--format", "table"], "people.txt"),
    (["people"], "people.tsv"),
    (["people", "--json"], "people.json"),
    (["people", "Laskhminath", "--format", "table"], "people-lakshminath.txt"),
    (["search", "policy", "token", "--format", "table"], "search-policy-token.txt"),
    (["search", "POLICY TOKEN"], "search-policy-token.tsv"),
    (["meetings"], "meetings.tsv"),
    (["meetings", "--format", "csv"], "meetings.csv"),
    (["meetings", "--json"], "meetings.json"),
    (["meetings", "--format", "markdown"], "meetings.md"),
    (["meetings", "--format", "table"], "meetings.txt"),
]  # fmt: skip

MEETINGS = Path(__file__).parent / "data" / "meetings"
"""Three meetings of a group, written for the tests: IETF 118, an interim, IETF 119."""

# Every view across the three meetings, in every format.
ACROSS = [
    (["drafts", "--as-of", "2024-03-20"], "drafts"),
    (["drafts", "core", "--as-of", "2024-03-20"], "drafts-core"),
    (["actions", "--as-of", "2024-03-20"], "actions"),
    (["actions", "--overdue", "--as-of", "2024-03-20"], "actions-overdue"),
    (["actions", "a", "--as-of", "2024-03-20"], "actions-a"),
    (["discussion"], "topics"),
    (["discussion", "core"], "discussion-core"),
    (["decisions"], "decisions"),
    (["people"], "people"),
    (["people", "bob"], "people-bob"),
    (["search", "revision"], "search-revision"),
    (["timeline", "--as-of", "2024-03-20"], "timeline"),
    (["meetings"], "meetings"),
]
SUFFIXES = {"table": "txt", "markdown": "md", "tsv": "tsv", "csv": "csv", "json": "json"}

GOLDEN += [
    (["--data", str(MEETINGS), *args, "--format", form], f"meetings/{name}.{suffix}")
    for args, name in ACROSS
    for form, suffix in SUFFIXES.items()
]

# Each view for people, drawn in a terminal 50 and 120 columns wide; README.md and
# the cases above show them at 80.
LAYOUTS = [
    (["actions", "--overdue", "--as-of", "2026-11-27"], "actions-overdue"),
    (["actions", "--as-of", "2003-08-15"], "actions"),
    (["actions", "c", "--as-of", "2003-08-15"], "actions-c"),
    (["drafts", "--as-of", "2003-08-02"], "drafts"),
    (["drafts", "mikey", "--as-of", "2003-08-02"], "drafts-mikey"),
    (["drafts", "--outcome", "--as-of", "2003-08-02"], "drafts-outcome"),
    (["discussion"], "topics"),
    (["discussion", "gsakmp"], "discussion-gsakmp"),
    (["decisions"], "decisions"),
    (["timeline", "--as-of", "2003-08-15"], "timeline"),
    (["people"], "people"),
    (["people", "hugh"], "people-hugh"),
    (["search", "informational"], "search-informational"),
]
WIDTHS = (50, 120)


def layouts() -> list[tuple[list[str], str, int]]:
    """Answer each layout case: the arguments (a table), its file, and the width."""
    return [
        ([*args, "--format", "table"], f"layouts/{name}-{width}.txt", width)
        for args, name in LAYOUTS
        for width in WIDTHS
    ]


def produce(args: list[str], width: int = 80) -> str:
    """Answer what `msecwg ARGS` writes to stdout in the pinned environment, in a
    terminal `width` columns wide."""
    env = {**ENVIRONMENT, "COLUMNS": str(width)}
    result = CliRunner(env=env).invoke(app, args, prog_name="msecwg")
    if result.exit_code != 0 or result.stderr:
        raise AssertionError(f"msecwg {' '.join(args)}: exit {result.exit_code}: {result.stderr}")
    return result.stdout

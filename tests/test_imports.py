"""What each run imports: heavy modules only on the paths that need them.

Start-up time is completion latency, and timings are noisy; which modules a run
imports is not. Each case runs msecwg in a fresh interpreter and reads back the
modules it imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import COMMANDS

PROBE = """
import json, os, sys
out, sys.argv = os.environ["MSECWG_PROBE_OUT"], ["msecwg", *json.loads(sys.argv[1])]
try:
    from msecwg.commands.cli import app
    app(prog_name="msecwg")
except SystemExit:
    pass
finally:
    with open(out, "w") as f:
        json.dump(sorted(sys.modules), f)
"""

TABLES = "msecwg.show.terminal"
NOTES = "msecwg.store.consistency"
DATE_PARSER = "dateutil.parser"
CALENDAR = "icalendar"


def imported(tmp_path: Path, args: list[str], env: dict[str, str] | None = None) -> set[str]:
    """Answer the modules a run of msecwg with these arguments imported."""
    out = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        env={**os.environ, "MSECWG_PROBE_OUT": str(out), **(env or {})},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "Traceback" not in done.stderr
    return set(json.loads(out.read_text()))


LIGHT_RUNS = [
    ["--help"],
    ["drafts", "--help"],
    ["actions", "--help"],
    ["--version"],
    ["drafts", "--json", "--as-of", "2003-08-02"],
    ["actions", "--overdue", "--json", "--as-of", "2003-08-02"],
    ["discussion", "gsakmp", "--json"],
    ["discussion", "--json"],
    ["drafts", "--format", "tsv", "--as-of", "2003-08-02"],
    ["actions", "--format", "csv", "--as-of", "2003-08-02"],
    ["discussion", "nope"],
    ["actions", "--fields", "id,current_date", "--sort", "-current_date", "--limit", "2",
     "--as-of", "2003-08-02"],
    ["actions", "--owner", "lakshminath", "--document", "guidance", "--json", "--as-of",
     "2003-08-02"],
    ["search", "token", '"policy token"', "--json"],
    ["people", "--fields", "nope"],
]  # fmt: skip


@pytest.mark.parametrize("args", LIGHT_RUNS, ids=" ".join)
def test_help_json_and_plain_formats_import_no_tables_date_parser_or_calendar(
    tmp_path: Path, args: list[str]
) -> None:
    modules = imported(tmp_path, args)
    assert {TABLES, DATE_PARSER, CALENDAR, NOTES} & modules == set()


def test_completion_imports_no_tables_date_parser_or_calendar(tmp_path: Path) -> None:
    env = {
        "_MSECWG_COMPLETE": "complete_bash",
        "COMP_WORDS": "msecwg discussion gs",
        "COMP_CWORD": "2",
    }
    modules = imported(tmp_path, [], env)
    assert "msecwg.store.load" in modules  # it did read the topics
    assert {TABLES, DATE_PARSER, CALENDAR} & modules == set()


def test_the_date_parser_is_imported_only_when_a_date_is_typed_in_words(tmp_path: Path) -> None:
    assert DATE_PARSER not in imported(tmp_path, ["actions", "--json", "--as-of", "2003-08-02"])
    assert DATE_PARSER in imported(tmp_path, ["actions", "--json", "--as-of", "2 Aug 2003"])


@pytest.mark.parametrize(
    "args",
    [
        ["drafts", "--format", "table"],
        ["actions", "--format", "table"],
        ["discussion", "gsakmp", "--format", "table"],
        ["check"],
        ["schema"],
    ],
    ids=" ".join,
)
def test_only_the_calendar_command_imports_the_calendar_library(
    tmp_path: Path, args: list[str]
) -> None:
    assert CALENDAR not in imported(tmp_path, args)


def test_the_calendar_command_imports_the_calendar_library_and_tables_import_rich(
    tmp_path: Path,
) -> None:
    assert CALENDAR in imported(tmp_path, ["calendar"])
    assert TABLES in imported(tmp_path, ["drafts", "--format", "table"])


def test_only_check_imports_the_consistency_notes(tmp_path: Path) -> None:
    assert NOTES in imported(tmp_path, ["check"])


@pytest.mark.parametrize(
    ("args", "built"),
    [
        (["discussion", "gsakmp", "--json"], ["discussion"]),
        (["actions", "--overdue", "--json", "--as-of", "2003-08-02"], ["actions"]),
        (["--version"], []),
        (["--help"], list(COMMANDS)),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else None,
)
def test_a_run_builds_only_the_commands_it_uses(
    monkeypatch: pytest.MonkeyPatch, args: list[str], built: list[str]
) -> None:
    import typer.main
    from typer.testing import CliRunner

    from msecwg.commands.cli import app

    names: list[str] = []
    build = typer.main.get_command_from_info

    def counted(info: typer.models.CommandInfo, **options: Any) -> Any:
        command = build(info, **options)
        names.append(command.name)
        return command

    monkeypatch.setattr(typer.main, "get_command_from_info", counted)
    result = CliRunner().invoke(app, args, prog_name="msecwg")
    assert result.exit_code == 0, result.output
    assert names == built


def test_start_up_freezes_what_it_loaded_and_the_collector_stays_paused() -> None:
    probe = """
import gc, sys
sys.argv = ["msecwg", "--version"]
from msecwg.__main__ import main
try:
    main()
except SystemExit:
    pass
print(gc.isenabled(), gc.get_freeze_count())
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    version, state = done.stdout.splitlines()
    enabled, frozen = state.split()
    assert version.startswith("msecwg ")
    assert enabled == "False"
    assert int(frozen) > 10_000  # Typer, Click, msgspec and msecwg's modules

"""The top-level group knows its commands by name from msecwg.commands.MODULES, and
imports a command's module only when a run uses that command."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, sys
sys.argv = ["msecwg", *json.loads(sys.argv[1])]
from msecwg.commands.cli import app
try:
    app(prog_name="msecwg")
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.startswith("msecwg.commands."))))
"""

REGISTERED = """
import importlib, json, sys
from msecwg.commands import MODULES, registry
found = {}
for module in dict.fromkeys(MODULES.values()):
    importlib.import_module(module)
    for info in registry.registered_commands:
        name = info.name or info.callback.__name__.lower().replace("_", "-")
        found.setdefault(name, module)
print(json.dumps(found))
"""


def command_modules(args: list[str]) -> list[str]:
    """Answer the modules of msecwg.commands a run with these arguments imported."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        env={**os.environ, "MSECWG_DATA": ""}, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return list(json.loads(done.stdout.splitlines()[-1]))


def test_the_table_names_every_command_its_module_registers_in_the_order_help_lists_them() -> None:
    from msecwg.commands import MODULES

    done = subprocess.run(
        [sys.executable, "-c", REGISTERED], capture_output=True, text=True, check=True
    )
    registered = json.loads(done.stdout)
    assert list(registered.items()) == list(MODULES.items())  # in the order help lists them


@pytest.mark.parametrize(
    ("args", "module"),
    [
        (["discussion", "gsakmp", "--json"], "msecwg.commands.minutes"),
        (["drafts", "--json", "--as-of", "2003-08-02"], "msecwg.commands.dated"),
        (["schema"], "msecwg.commands.transcriptions"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else v,
)
def test_a_run_imports_the_module_of_its_command_alone(args: list[str], module: str) -> None:
    others = {
        "msecwg.commands.dated",
        "msecwg.commands.minutes",
        "msecwg.commands.record",
        "msecwg.commands.transcriptions",
    } - {module}
    imported = set(command_modules(args))
    assert module in imported
    assert imported & others == set()


def test_the_version_imports_no_commands_module() -> None:
    assert command_modules(["--version"]) == [
        "msecwg.commands.cli",
        "msecwg.commands.group",
        "msecwg.commands.options",
    ]


def test_help_imports_every_commands_module() -> None:
    assert command_modules(["--help"]) == [
        "msecwg.commands.cli",
        "msecwg.commands.dated",
        "msecwg.commands.group",
        "msecwg.commands.minutes",
        "msecwg.commands.options",
        "msecwg.commands.record",
        "msecwg.commands.transcriptions",
    ]

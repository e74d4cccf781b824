"""The layers are the folders, and data flows one way between them: each layer imports
only from the shared vocabulary and the layers before it in LAYERS, never from one after;
the entry point (__main__) comes after them all."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "msecwg"
SHARED = {
    "msecwg",
    "msecwg.model",
    "msecwg.rows",
    "msecwg.dates",
    "msecwg.errors",
    "msecwg.spelling",
}
LAYERS = ["store", "ask", "show", "importer", "commands"]
"""The layers in the order data flows through them: each may import those before it."""


def layer_of(module: str) -> int | None:
    """Answer the place in LAYERS of the layer a module (dotted name) belongs to; None for
    the shared vocabulary (and the package's own entry points)."""
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[1] in LAYERS else None


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Answer each msecwg module a file imports (at any depth in it), with its line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "msecwg":
                found += [(node.lineno, f"msecwg.{alias.name}") for alias in node.names]
            elif node.module.startswith("msecwg."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("msecwg")]
    return found


def module_name(path: Path) -> str:
    """Answer the dotted name of a module of the package."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_is_in_a_layer_or_the_shared_vocabulary() -> None:
    names = {module_name(p) for p in MODULES}
    loose = {name for name in names if layer_of(name) is None}
    assert loose == SHARED | {"msecwg.__main__"}
    assert {name.split(".")[1] for name in names - loose} == set(LAYERS)


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_imports_run_one_way_between_layers(path: Path) -> None:
    own = len(LAYERS) if path.name == "__main__.py" else layer_of(module_name(path))
    against = [
        f"line {line}: {target}"
        for line, target in imports_of(path)
        if (there := layer_of(target)) is not None and (own is None or there > own)
    ]
    assert against == []


def test_the_guard_sees_an_import_against_the_flow(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text("def f():\n    from msecwg.commands import options\n")
    assert [layer_of(t) for _, t in imports_of(wrong)] == [LAYERS.index("commands")]
    assert layer_of("msecwg.store.load") < LAYERS.index("ask")
    assert layer_of("msecwg.model") is None

"""The README's pictures show what the README's runs print."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from .readme import README, shown_runs

DOCS = Path(__file__).resolve().parents[1] / "docs"
spec = importlib.util.spec_from_file_location("pictures", DOCS / "pictures.py")
assert spec and spec.loader
pictures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pictures)


@pytest.mark.parametrize("name", sorted(pictures.PICTURES))
def test_each_picture_shows_the_readmes_run_of_its_command(name: str) -> None:
    command, _ = pictures.PICTURES[name]
    shown = dict(shown_runs())[command]
    svg = (DOCS / f"{name}.svg").read_text(encoding="utf-8")
    expected = "\n".join(line.rstrip() for line in shown.splitlines())
    assert pictures.text_of(svg) == expected, "run python tests/regenerate.py"


def test_the_readme_shows_every_picture() -> None:
    text = README.read_text(encoding="utf-8")
    for name in pictures.PICTURES:
        assert f"](docs/{name}.svg)" in text

"""The README's pictures are what the commands print today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
spec = importlib.util.spec_from_file_location("pictures", DOCS / "pictures.py")
assert spec and spec.loader
pictures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pictures)


@pytest.mark.parametrize("name", sorted(pictures.PICTURES))
def test_each_picture_matches_what_the_command_prints(name: str) -> None:
    drawn = pictures.picture(pictures.PICTURES[name])
    assert drawn == (DOCS / f"{name}.svg").read_text(encoding="utf-8"), (
        f"docs/{name}.svg is stale: run python docs/pictures.py"
    )


def test_the_readme_shows_every_picture() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    for name in pictures.PICTURES:
        assert f"](docs/{name}.svg)" in readme

"""Long minutes are read with some questions answered in a copy of the process: the
answers are the same as when all are answered in one, a failure there is raised here,
and a copy whose answer is never asked for is stopped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from msecwg.errors import DataError
from msecwg.importer import beside as beside_module
from msecwg.importer import read
from msecwg.importer.beside import WORTH, beside

from .conftest import Run

MINUTES = Path(__file__).resolve().parents[2] / "shared" / "minutes"
needs_shared = pytest.mark.skipif(not MINUTES.is_dir(), reason=f"no shared minutes at {MINUTES}")
forks = pytest.mark.skipif(
    not beside_module._worth(WORTH), reason="this system runs nothing beside a process"
)


@forks
def test_a_question_of_long_minutes_is_answered_in_another_process() -> None:
    with beside(os.getpid, WORTH) as later:
        assert later() != os.getpid()


def test_a_question_of_short_minutes_is_answered_here() -> None:
    with beside(os.getpid, WORTH - 1) as later:
        assert later() == os.getpid()


@forks
def test_a_failure_beside_is_raised_here_as_it_was_raised() -> None:
    def fails() -> None:
        raise DataError("minutes.md: not minutes")

    with (
        beside(fails, WORTH) as later,
        pytest.raises(DataError, match=r"^minutes\.md: not minutes$"),
    ):
        later()


@forks
def test_a_copy_whose_answer_is_never_asked_for_is_stopped_and_reaped() -> None:
    with pytest.raises(KeyError), beside(lambda: sum(range(10**9)), WORTH) as later:
        assert later.child is not None
        pid = later.child[0]
        raise KeyError("this process failed first")
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no such child any more


@needs_shared
@forks
def test_long_minutes_read_beside_give_what_they_give_read_in_one_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(MINUTES.glob("*/*.md")))
    assert len(text) >= WORTH
    found = read(text, name="all/minutes.md")
    monkeypatch.setattr(beside_module, "WORTH", len(text) + 1)
    assert read(text, name="all/minutes.md") == found
    assert len(found.documents) > 50 and len(found.decisions) > 100


@needs_shared
@forks
def test_long_minutes_imported_with_reading_beside_write_what_check_accepts(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    minutes = tmp_path / "minutes.md"
    minutes.write_text(
        "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(MINUTES.glob("*/*.md"))),
        encoding="utf-8",
    )
    assert minutes.stat().st_size >= WORTH
    beside_ = run("import", str(minutes), "-o", str(tmp_path / "beside") + "/")
    monkeypatch.setattr(beside_module, "WORTH", minutes.stat().st_size + 1)
    alone = run("import", str(minutes), "-o", str(tmp_path / "alone") + "/")
    assert (beside_.exit_code, alone.exit_code) == (0, 0), beside_.stderr + alone.stderr
    [made] = (tmp_path / "beside").iterdir()
    assert made.read_bytes() == (tmp_path / "alone" / made.name).read_bytes()
    checked = run("check", str(made))
    assert checked.exit_code == 0, checked.stderr

"""`msecwg import`: minutes in, a transcription out that `check` passes against the
unedited minutes, and that every command reads."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import msgspec
import pytest

from msecwg.model import Transcription
from msecwg.store import load

from .conftest import SHARED, Run
from .test_transcription_lines import wordy_long_lines

MINUTES = SHARED / "minutes"
REAL = sorted(
    p for p in MINUTES.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md"
)
needs_shared = pytest.mark.skipif(not REAL, reason=f"no shared minutes at {MINUTES}")
BUNDLED_MINUTES = load.bundled_path().parent / "msec-ietf57-minutes.txt"


def imported(run: Run, minutes: Path, folder: Path) -> tuple[Path, str]:
    """Import minutes, copied into `folder`; answer the transcription and the summary."""
    shutil.copy(minutes, folder / minutes.name)
    target = folder / f"{minutes.stem}.toml"
    result = run("import", str(folder / minutes.name), "-o", str(target))
    assert (result.exit_code, result.stdout) == (0, ""), result.stderr
    return target, result.stderr


@pytest.fixture(scope="module")
def ietf57(tmp_path_factory: pytest.TempPathFactory) -> Transcription:
    from typer.testing import CliRunner

    from msecwg.commands.cli import app

    folder = tmp_path_factory.mktemp("ietf57")
    shutil.copy(BUNDLED_MINUTES, folder)
    target = folder / "ietf57.toml"
    result = CliRunner().invoke(
        app, ["import", str(folder / BUNDLED_MINUTES.name), "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    return load.load(target)


def test_the_import_of_the_bundled_minutes_has_the_hand_transcriptions_sections(
    ietf57: Transcription, bundled: Transcription
) -> None:
    assert [(s.number, s.heading, s.title) for s in ietf57.sections] == [
        (s.number, s.heading, s.title) for s in bundled.sections
    ]
    assert [s.points for s in ietf57.sections] == [s.points for s in bundled.sections]


def test_the_import_has_all_fourteen_exchanges_with_speakers_as_written(
    ietf57: Transcription, bundled: Transcription
) -> None:
    def turns(t: Transcription) -> list[tuple[str, bool, str, str]]:
        return [(e.speaker, e.certain, e.form, e.words) for s in t.sections for e in s.exchanges]

    assert turns(ietf57) == turns(bundled)
    assert len(turns(ietf57)) == 14
    assert [e.person for e in ietf57.sections[3].exchanges][2] is None  # "Ans:"


def test_the_import_has_items_a_to_d_with_their_dates_condition_and_closing_dates(
    ietf57: Transcription, bundled: Transcription
) -> None:
    def items(t: Transcription) -> list[tuple[object, ...]]:
        return [
            (a.id, a.kind, a.date.day if a.date else None, a.date.text if a.date else None,
             a.date.condition if a.date else None, a.closes.day if a.closes else None,
             a.closes.text if a.closes else None)
            for a in t.actions
        ]  # fmt: skip

    assert [i for i in items(ietf57) if i[0] in ("a", "b", "c", "d")] == items(bundled)
    # and, as a task after them, what the hand transcription keeps as a follow-up
    lkh = next(f for f in bundled.follow_ups if f.id == "lkh")
    task = ietf57.actions[5]
    assert (len(ietf57.actions), task.kind, task.owner, task.quotes) == (
        6,
        lkh.kind,
        "Lakshminath",
        lkh.quotes,
    )
    # and one before them the hand transcription keeps as words only: FMKE's status taken
    # to the list ("Lakshminath: Let us take this to the list.")
    listed = ietf57.actions[0]
    assert (listed.what, listed.people) == ("Let us take this to the list.", ["lakshminath"])


def test_the_import_has_the_ten_documents(ietf57: Transcription, bundled: Transcription) -> None:
    # The minutes give the Guidance draft only its title; the hand transcription names
    # it "Guidance" and keeps the title apart.
    named = {"Guidance to choosing MSEC Key Management Protocols": "Guidance"}
    assert sorted(named.get(d.name, d.name) for d in ietf57.documents) == sorted(
        d.name for d in bundled.documents
    )
    # The one stage the minutes state is MIKEY's, as the hand transcription has it.
    assert {d.name: d.state for d in ietf57.documents if d.state != "Named in the minutes"} == {
        "MIKEY": "In WG Last Call"
    }
    assert {d.state for d in bundled.documents if d.name == "MIKEY"} == {"In WG Last Call"}
    assert {d.status for d in ietf57.documents} == {None}


def test_the_import_says_in_one_line_what_it_found_and_left(run: Run, tmp_path: Path) -> None:
    target, summary = imported(run, BUNDLED_MINUTES, tmp_path)
    assert summary == (
        f"{tmp_path / BUNDLED_MINUTES.name}: 6 sections, 14 exchanges, 10 documents, "
        "2 decisions, 6 action items; 2 things left for a person; wrote "
        f"{target}. Review it, then msecwg check {target}\n"
    )
    header = target.read_text().split("\n\n")[0].splitlines()
    assert header[3:6] == [
        "# Left for a person: 1 turn naming no speaker (Ans)",
        "# Left for a person: names read as one speaker, not tied by the minutes: 'Lakshminath' "
        "(also",
        "#   'Laskhminath')",
    ]
    checked = run("check", str(target))
    assert checked.exit_code == 0
    assert checked.stdout.splitlines()[-1] == (
        f"{target}: OK: 10 documents, 6 action items, 6 sections, 14 exchanges; every quote is "
        "in the minutes."
    )


def test_check_counts_one_of_a_thing_in_the_singular(run: Run, tmp_path: Path) -> None:
    minutes = tmp_path / "ietf125.md"
    minutes.write_text(
        "# ZEBRA WG Minutes - IETF 125\n\n## draft-ietf-zebra-stripes\n\n"
        "Dana: I will write the text.\n",
        encoding="utf-8",
    )
    target = tmp_path / "zebra.toml"
    assert run("import", str(minutes), "-o", str(target)).exit_code == 0
    assert run("check", str(target)).stdout.splitlines()[-1] == (
        f"{target}: OK: 1 document, 1 action item, 1 section, 1 exchange; every quote is in "
        "the minutes."
    )


def test_import_writes_to_stdout_a_folder_and_never_over_a_file(run: Run, tmp_path: Path) -> None:
    shutil.copy(BUNDLED_MINUTES, tmp_path)
    minutes = tmp_path / BUNDLED_MINUTES.name
    stdout = run("import", str(minutes))
    assert stdout.stdout.startswith("# Transcription of msec-ietf57-minutes.txt")
    target = tmp_path / "out.toml"
    target.write_text("mine")
    refused = run("import", str(minutes), "-o", str(target))
    assert (refused.exit_code, refused.stderr) == (
        4, f"msecwg: {target}: already exists; left as it is (add --update to import minutes "
        "that changed, --force to replace it)\n"
    )  # fmt: skip
    assert target.read_text() == "mine"
    folder = tmp_path / "meetings"
    folder.mkdir()
    example = Path(__file__).parent / "data" / "minutes"
    many = run("import", str(minutes), *map(str, sorted(example.glob("*"))), "-o", str(folder))
    assert many.exit_code == 0, many.stderr
    assert len(list(folder.glob("*.toml"))) == 1 + len(list(example.glob("*")))
    not_a_folder = run("import", str(minutes), str(minutes), "-o", str(target))
    assert (not_a_folder.exit_code, not_a_folder.stderr) == (
        2, f"msecwg: {target}: is a file; for several minutes, give -o FOLDER\n"
    )  # fmt: skip
    absent = run("import", str(tmp_path / "nope.txt"))
    assert (absent.exit_code, absent.stderr) == (
        4,
        f"msecwg: {tmp_path / 'nope.txt'}: no such file; skipped\n",
    )


@needs_shared
@pytest.mark.parametrize("minutes", REAL, ids=[f"{p.parent.name}/{p.name}" for p in REAL])
def test_real_minutes_import_pass_check_and_every_command_runs(
    run: Run, tmp_path: Path, minutes: Path
) -> None:
    target, summary = imported(run, minutes, tmp_path)
    assert summary.startswith(f"{tmp_path / minutes.name}: ")
    checked = run("check", str(target))
    assert checked.exit_code == 0, checked.stderr
    t = load.load(target)
    # import writes only what rtoml reads back as the transcription it made; the
    # standard library's parser reads the same, and the lines are for people
    text = target.read_text(encoding="utf-8")
    assert msgspec.convert(tomllib.loads(text), Transcription) == t
    assert wordy_long_lines(text) == []
    runs = [["drafts"], ["actions"], ["actions", "--overdue"], ["discussion"], ["timeline"],
            ["people"], ["search", "the"]]  # fmt: skip
    runs += [["discussion", t.sections[0].key]] if t.sections else []
    runs += [["people", t.people[0].name]] if t.people else []
    for args in runs:
        for fmt in ("table", "json"):
            result = run("--data", str(target), *args, "--format", fmt)
            assert result.exit_code == 0, (args, fmt, result.stderr)
    calendar = run("--data", str(target), "calendar")
    if any(i.date or i.closes for i in t.items):
        assert calendar.exit_code == 0, calendar.stderr
    else:  # nothing dated to put in a calendar: said so, and nothing written
        assert (calendar.exit_code, calendar.stdout) == (1, "")
        assert calendar.stderr.startswith("msecwg: no calendar written: the minutes of ")


@needs_shared
def test_real_minutes_import_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    # Python varies the order of sets of strings from run to run (hash randomization): what
    # import writes must never follow it. Four files of both forms, each imported under two
    # seeds, give the same bytes.
    chosen = [MINUTES / f for f in ("quic/ietf104.md", "quic/interim-18-09.md",
                                     "httpwg/ietf75.txt", "httpwg/ietf101.md")]  # fmt: skip
    written = []
    for seed in (1, 2):
        folder = tmp_path / str(seed)
        done = subprocess.run(
            [sys.executable, "-m", "msecwg", "import", *map(str, chosen), "-o", str(folder)],
            env={**os.environ, "PYTHONHASHSEED": str(seed), "MSECWG_CACHE": "off"},
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        written.append({p.name: p.read_bytes() for p in sorted(folder.glob("*.toml"))})
    assert len(written[0]) == len(chosen)
    assert written[0] == written[1]


@needs_shared
def test_a_table_of_what_each_real_file_gives(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = []
    for minutes in REAL:
        folder = tmp_path / minutes.parent.name
        folder.mkdir(exist_ok=True)
        target, _ = imported(run, minutes, folder)
        t = load.load(target)
        rows.append((
            f"{minutes.parent.name}/{minutes.name}", len(t.sections),
            sum(len(s.exchanges) for s in t.sections), len(t.documents), len(t.actions),
            sum(len(s.decisions) for s in t.sections),
        ))  # fmt: skip
    with capsys.disabled():
        print("\nfile                        sections exchanges documents items decisions")
        for row in rows:
            print("{:<28}{:>8}{:>10}{:>10}{:>6}{:>10}".format(*row))
    assert all(sections > 0 for _, sections, *_ in rows)


def test_the_card_shows_what_is_said_of_where_a_draft_stands_by_whom(
    run: Run, tmp_path: Path
) -> None:
    minutes = tmp_path / "ietf101.md"
    minutes.write_text(
        "# HTTP WG, IETF 101\n\n## Active Drafts\n\n### BCP56bis\n\n"
        "Mark Nottingham: good progress - more examples, more review required\n\n"
        "### Cookies\n\nNo update. Hopefully wind up soonish.\n",
        encoding="utf-8",
    )
    target = tmp_path / "ietf101.toml"
    assert run("import", str(minutes), "-o", str(target)).exit_code == 0
    for name, said in [
        (
            "bcp56bis",
            "Said     Mark Nottingham: “good progress - more examples, more review required”",
        ),
        ("cookies", "Said     “No update. Hopefully wind up soonish.”"),
    ]:
        card = run("--data", str(target), "drafts", name, "--format", "table").stdout
        assert said in card.splitlines()

"""`msecwg import` of a group's minutes where the group keeps them: folders searched for
minutes by name, each transcription named after its meeting, files that are not
minutes skipped with why, a report of a line a file, and `--update`."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from msecwg import __version__
from msecwg.importer import importing
from msecwg.store import load

from .conftest import SHARED, Run

QUIC = SHARED / "minutes" / "quic"
needs_quic = pytest.mark.skipif(
    not (QUIC / "ietf104.md").is_file(), reason=f"no shared minutes at {QUIC}"
)

ONE_LINE = "QUIC WG\n"
WRONG_WEEKDAY = "# QUIC WG Interim\n\nMonday, 22 October 2020\n\n## Intro\n\nMT: hello there\n"


def layout(root: Path) -> Path:
    """Lay out a group's minutes as groups keep them, with files that are not minutes
    among them; answer the folder."""
    group = root / "group"
    copies = {
        "quic/ietf104/minutes.md": "ietf104.md",
        "materials/minutes-110-quic-202103081200-00.md": "ietf110.md",
        "ietf110/minutes.md": "ietf110.md",
        "interim-20-10/minutes.md": "interim-20-10.md",
    }
    for place, source in copies.items():
        (group / place).parent.mkdir(parents=True, exist_ok=True)
        (group / place).write_bytes((QUIC / source).read_bytes())
    written = {
        "ietf123/minutes.md": "<!DOCTYPE html>\n<html><body><p>Minutes</p></body></html>\n",
        "quic/notes.md": "",
        "quic/ietf104/agenda.md": "# Agenda\n\n1. Multipath\n",
        "README.md": "# QUIC materials\n",
        "charter.txt": "The QUIC WG ...\n",
        "materials/minutes-112-quic-one.md": ONE_LINE,
        "materials/minutes-interim-2020-quic-01.md": WRONG_WEEKDAY,
    }
    for place, text in written.items():
        (group / place).parent.mkdir(parents=True, exist_ok=True)
        (group / place).write_text(text)
    (group / "materials" / "minutes-111-quic-00.md").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    return group


def report_line(minutes: Path, written: Path) -> str:
    """Answer the report's line for minutes imported into `written`, from what the
    transcription holds."""
    t = load.load(written)
    header = written.read_text().split("\n\n")[0].splitlines()
    left = sum(line.startswith("# Left for a person: ") for line in header)
    things = "thing" if left == 1 else "things"
    found = [
        (len(t.sections), "section"),
        (sum(len(s.exchanges) for s in t.sections), "exchange"),
        (len(t.documents), "document"),
        (sum(len(s.decisions) for s in t.sections), "decision"),
        (len(t.actions), "action item"),
    ]
    said = ", ".join(f"{n} {thing}{'' if n == 1 else 's'}" for n, thing in found)
    return f"{minutes}: {said}; {left} {things} left for a person; wrote {written.name}"


NAMES = [
    "minutes-interim-2020-quic-01.toml",
    "quic-ietf104.toml",
    "quic-ietf110-2.toml",
    "quic-ietf110.toml",
    "quic-ietf112.toml",
    "quic-interim-2020-10-22.toml",
]


@pytest.fixture
def group(tmp_path: Path) -> Path:
    if not (QUIC / "ietf104.md").is_file():
        pytest.skip(f"no shared minutes at {QUIC}")
    return layout(tmp_path)


def test_a_groups_folder_is_imported_each_meeting_under_its_name(
    run: Run, group: Path, tmp_path: Path
) -> None:
    out = tmp_path / "new" / "meetings"
    result = run("import", str(group), "-o", str(out))
    assert (result.exit_code, result.stdout) == (4, "")
    assert sorted(p.name for p in out.iterdir()) == NAMES
    made_from = {p.name: load.load(p).minutes for p in sorted(out.iterdir())}
    assert made_from == {
        "minutes-interim-2020-quic-01.toml": "../../group/materials/minutes-interim-2020-quic-01.md",
        "quic-ietf104.toml": "../../group/quic/ietf104/minutes.md",
        "quic-ietf110-2.toml": "../../group/materials/minutes-110-quic-202103081200-00.md",
        "quic-ietf110.toml": "../../group/ietf110/minutes.md",
        "quic-ietf112.toml": "../../group/materials/minutes-112-quic-one.md",
        "quic-interim-2020-10-22.toml": "../../group/interim-20-10/minutes.md",
    }


def test_the_report_is_a_line_a_file_then_a_summary(run: Run, group: Path, tmp_path: Path) -> None:
    out = tmp_path / "meetings"
    result = run("import", str(group), "-o", str(out))
    assert result.stderr.splitlines() == [
        report_line(group / "ietf110/minutes.md", out / "quic-ietf110.toml"),
        f"msecwg: {group}/ietf123/minutes.md: an HTML page, not minutes; skipped",
        report_line(group / "interim-20-10/minutes.md", out / "quic-interim-2020-10-22.toml"),
        report_line(
            group / "materials/minutes-110-quic-202103081200-00.md", out / "quic-ietf110-2.toml"
        ),
        f"msecwg: {group}/materials/minutes-111-quic-00.md: a binary file, not minutes; skipped",
        f"{group}/materials/minutes-112-quic-one.md: 0 sections, 0 exchanges, 0 documents, "
        "0 decisions, 0 action items; 2 things left for a person; wrote quic-ietf112.toml",
        f"{group}/materials/minutes-interim-2020-quic-01.md: 1 section, 1 exchange, 0 documents, "
        "0 decisions, 0 action items; 1 thing left for a person; wrote "
        "minutes-interim-2020-quic-01.toml",
        report_line(group / "quic/ietf104/minutes.md", out / "quic-ietf104.toml"),
        f"msecwg: {group}/quic/notes.md: an empty file, not minutes; skipped",
        f"6 imported, 0 unchanged, 3 skipped; written to {out}. Review them, then msecwg check "
        f"{out}",
    ]


def test_every_transcription_written_passes_check(run: Run, group: Path, tmp_path: Path) -> None:
    out = tmp_path / "meetings"
    run("import", str(group), "-o", str(out))
    checked = run("check", str(out))
    assert (checked.exit_code, checked.stdout.splitlines()[-1]) == (0, "6 transcriptions of 6 OK.")


def test_what_breaks_a_rule_of_check_is_left_out_and_said_in_the_header(
    run: Run, group: Path, tmp_path: Path
) -> None:
    out = tmp_path / "meetings"
    run("import", str(group), "-o", str(out))
    weekday = (out / "minutes-interim-2020-quic-01.toml").read_text()
    header = weekday.split("\n\n")[0].splitlines()
    assert header[:2] + [line for line in header if "22 October" in line or "#   22" in line] == [
        "# Transcription of minutes-interim-2020-quic-01.md, made by msecwg import from the "
        "minutes as",
        "#   written.",
        "# Left for a person: left out meeting.date.text: 'Monday, 22 October 2020' says Monday, "
        "but Thursday",
        "#   22 October 2020 is a Thursday",
    ]
    assert load.load(out / "minutes-interim-2020-quic-01.toml").meeting.date is None
    one_line = load.load(out / "quic-ietf112.toml")
    assert (one_line.meeting.working_group, one_line.meeting.ietf, one_line.meeting.quotes) == (
        "QUIC",
        112,
        ["QUIC WG"],
    )


def test_minutes_that_name_no_group_and_no_date_say_each_once(run: Run, tmp_path: Path) -> None:
    minutes = tmp_path / "notes.md"
    minutes.write_text("# Notes\n\n## Drafts\n\nAlice: The draft is ready.\n")
    run("import", str(minutes), "-o", str(tmp_path / "notes.toml"))
    header = (tmp_path / "notes.toml").read_text().split("\n\n")[0].splitlines()
    assert [line for line in header if line.startswith("# Left")] == [
        "# Left for a person: no working group named: the transcription calls it 'unnamed'",
        "# Left for a person: no date of the meeting in the minutes: left out",
    ]


def test_files_that_cannot_be_read_are_skipped_with_why(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "ietf57.txt").write_bytes(
        (load.bundled_path().parent / "msec-ietf57-minutes.txt").read_bytes()
    )
    with open(folder / "ietf58.txt", "wb") as large:
        large.truncate(17 * 2**20)
    os.mkfifo(folder / "ietf59.txt")
    (folder / "notes.md").symlink_to(folder / "gone.md")
    (folder / "ietf60.md").write_bytes(b"Minutes \xff\xfe of IETF 60\n")
    result = run("import", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 4
    assert result.stderr.splitlines() == [
        f"{folder}/ietf57.txt: 6 sections, 14 exchanges, 10 documents, 2 decisions, 6 action "
        "items; 2 things left for a person; wrote msec-ietf57.toml",
        f"msecwg: {folder}/ietf58.txt: too large for a minutes file (17 MiB; the limit is "
        "16 MiB); skipped",
        f"msecwg: {folder}/ietf59.txt: is a FIFO, not a minutes file; give a regular file; skipped",
        f"msecwg: {folder}/ietf60.md: not UTF-8 text (byte 8); save it as UTF-8; skipped",
        f"msecwg: {folder}/notes.md: no such file; skipped",
        f"1 imported, 0 unchanged, 4 skipped; written to {tmp_path / 'out'}. Review them, then "
        f"msecwg check {tmp_path / 'out'}",
    ]


def test_a_folder_names_the_files_it_passed_over_that_may_be_minutes(
    run: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "masque"
    folder.mkdir()
    minutes = (load.bundled_path().parent / "msec-ietf57-minutes.txt").read_bytes()
    for name in (
        "ietf57.txt",
        "2023-11-06.md",
        "2024-03-18.md",
        "a.txt",
        "b.txt",
        "agenda.md",
        "README.md",
        "draft-ietf-masque-connect-ip.md",
        "slides-01.md",
    ):
        (folder / name).write_bytes(minutes)
    result = run("import", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        f"{folder}: not named as minutes, so not imported: 2023-11-06.md, 2024-03-18.md, a.txt "
        f"and 1 more; to import one, name it: msecwg import {folder}/2023-11-06.md"
    )
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["msec-ietf57.toml"]


def test_a_folder_with_no_file_named_as_minutes_says_so_and_how_to_import_one(
    run: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "masque"
    (folder / ".github").mkdir(parents=True)
    (folder / ".github" / "PULL_REQUEST_TEMPLATE.md").write_text("Describe the change.\n")
    (folder / "2023-11-06.md").write_bytes(
        (load.bundled_path().parent / "msec-ietf57-minutes.txt").read_bytes()
    )
    (folder / "empty").mkdir()
    result = run("import", str(folder), str(folder / "empty"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 4
    assert result.stderr.splitlines() == [
        f"msecwg: {folder}: no file in it is named as minutes are (minutes.md, notes.txt, "
        f"ietf118.md); skipped: to import one, name it: msecwg import {folder}/2023-11-06.md",
        f"msecwg: {folder / 'empty'}: no minutes file in it; skipped",
        f"0 imported, 0 unchanged, 2 skipped; nothing written to {tmp_path / 'out'}",
    ]
    named = run("import", str(folder / "2023-11-06.md"), "-o", f"{tmp_path / 'out'}/")
    assert named.exit_code == 0, named.stderr
    assert (tmp_path / "out" / "msec-ietf57.toml").is_file()


def test_update_imports_only_the_minutes_that_changed(
    run: Run, group: Path, tmp_path: Path
) -> None:
    out = tmp_path / "meetings"
    run("import", str(group), "-o", str(out))
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    changed = group / "quic/ietf104/minutes.md"
    changed.write_text(changed.read_text() + "\nMT: one more thing\n")
    result = run("import", str(group), "-o", str(out), "--update")
    assert result.exit_code == 4  # the HTML page, the binary and the empty file
    lines = result.stderr.splitlines()
    assert [line for line in lines if "unchanged" in line or "wrote" in line] == [
        f"{group}/ietf110/minutes.md: unchanged since its import (quic-ietf110.toml)",
        f"{group}/interim-20-10/minutes.md: unchanged since its import "
        "(quic-interim-2020-10-22.toml)",
        f"{group}/materials/minutes-110-quic-202103081200-00.md: unchanged since its import "
        "(quic-ietf110-2.toml)",
        f"{group}/materials/minutes-112-quic-one.md: unchanged since its import "
        "(quic-ietf112.toml)",
        f"{group}/materials/minutes-interim-2020-quic-01.md: unchanged since its import "
        "(minutes-interim-2020-quic-01.toml)",
        report_line(changed, out / "quic-ietf104.toml"),
        f"1 imported, 5 unchanged, 3 skipped; written to {out}. Review them, then msecwg check "
        f"{out}",
    ]
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert [name for name in NAMES if after[name] != before[name]] == ["quic-ietf104.toml"]
    assert "one more thing" in after["quic-ietf104.toml"].decode()


def test_update_never_replaces_a_transcription_edited_since(
    run: Run, group: Path, tmp_path: Path
) -> None:
    out = tmp_path / "meetings"
    run("import", str(group), "-o", str(out))
    edited = out / "quic-ietf104.toml"
    edited.write_text(
        edited.read_text().replace('working_group = "QUIC"', 'working_group = "quic"')
    )
    mine = edited.read_bytes()
    changed = group / "quic/ietf104/minutes.md"
    changed.write_text(changed.read_text() + "\nMT: one more thing\n")
    result = run("import", str(group), "-o", str(out), "--update")
    assert (
        "msecwg: quic-ietf104.toml: edited since import; left as it is (import it to another "
        "folder to compare)"
    ) in result.stderr.splitlines()
    assert (
        result.stderr.splitlines()[-1]
        == f"0 imported, 5 unchanged, 4 skipped; nothing written to {out}"
    )
    assert edited.read_bytes() == mine
    forced = run("import", str(changed), "-o", str(edited), "--force")
    assert forced.exit_code == 0
    assert "one more thing" in edited.read_text()


def test_without_update_or_force_what_is_there_stays(run: Run, group: Path, tmp_path: Path) -> None:
    out = tmp_path / "meetings"
    run("import", str(group / "quic"), "-o", str(out))
    changed = group / "quic/ietf104/minutes.md"
    again = run("import", str(group / "quic"), "-o", str(out))
    assert (again.exit_code, again.stderr.splitlines()) == (
        4,
        [
            f"{changed}: unchanged since its import (quic-ietf104.toml)",
            f"msecwg: {group}/quic/notes.md: an empty file, not minutes; skipped",
            f"0 imported, 1 unchanged, 1 skipped; nothing written to {out}",
        ],
    )
    changed.write_text(changed.read_text() + "\nMT: one more thing\n")
    before = (out / "quic-ietf104.toml").read_bytes()
    left = run("import", str(changed), "-o", str(out))
    assert (left.exit_code, left.stderr.splitlines()) == (
        4,
        [
            "msecwg: quic-ietf104.toml: already exists; left as it is (add --update to import "
            "minutes that changed, --force to replace it)",
            f"0 imported, 0 unchanged, 1 skipped; nothing written to {out}",
        ],
    )
    assert (out / "quic-ietf104.toml").read_bytes() == before
    forced = run("import", str(changed), "-o", str(out), "--force")
    assert forced.exit_code == 0
    assert (out / "quic-ietf104.toml").read_bytes() != before


def test_where_transcriptions_go(run: Run, tmp_path: Path) -> None:
    minutes = tmp_path / "ietf57.txt"
    shutil.copy(load.bundled_path().parent / "msec-ietf57-minutes.txt", minutes)
    to_stdout = run("import", str(minutes), "-o", "-")
    assert to_stdout.stdout.startswith("# Transcription of ietf57.txt, made by msecwg import")
    to_file = run("import", str(minutes), "-o", str(tmp_path / "x.toml"))
    assert (to_file.exit_code, sorted(p.name for p in tmp_path.iterdir())) == (
        0, ["ietf57.txt", "x.toml"]
    )  # fmt: skip
    to_folder = run("import", str(minutes), "-o", f"{tmp_path / 'new' / 'deep'}/")
    assert (to_folder.exit_code, [p.name for p in (tmp_path / "new" / "deep").iterdir()]) == (
        0, ["msec-ietf57.toml"]
    )  # fmt: skip
    several = run("import", str(minutes), str(tmp_path / "x.toml"))
    assert (several.exit_code, several.stderr) == (
        2,
        "msecwg: several minutes, or a folder of them: give -o FOLDER to write their "
        "transcriptions into (stdout takes one)\n",
    )
    folder_to_stdout = run("import", str(tmp_path), "-o", "-")
    assert (folder_to_stdout.exit_code, folder_to_stdout.stderr) == (
        2,
        "msecwg: -o -: stdout takes the transcription of one minutes file; give -o FOLDER\n",
    )


@pytest.mark.parametrize(
    ("name", "taken"),
    [
        ("minutes.md", True),
        ("minutes.txt", True),
        ("notes.md", True),
        ("minutes-118-masque-202311061300-00.md", True),
        ("minutes-interim-2021-masque-01-202101211700-00.md", True),
        ("ietf104.md", True),
        ("IETF-118.md", True),
        ("vietf107.md", True),
        ("mls-vIETF107.md", True),
        ("interim-20-10.md", True),
        ("msec-ietf57-minutes.txt", True),
        ("quic-ietf104.md", True),
        ("http-ietf75.txt", True),
        ("dance-interim-2023-01.md", True),
        ("draft-ietf-quic-ietf104.md", False),
        ("draft-minutes-ietf118.md", True),
        ("vietnam.md", False),
        ("agenda.md", False),
        ("agenda-118-masque-00.md", False),
        ("slides-118-masque-intro-00.md", False),
        ("README.md", False),
        ("charter.txt", False),
        ("draft-ietf-quic-multipath.md", False),
        ("minutes.pdf", False),
        (".minutes.md", False),
        ("ietf104.toml", False),
    ],
)
def test_which_names_are_minutes(name: str, taken: bool) -> None:
    assert importing.is_minutes_name(name) is taken


def test_two_minutes_of_one_meeting_are_told_apart_and_keep_their_names(tmp_path: Path) -> None:
    first, second, third = (tmp_path / n for n in ("a.md", "b.md", "c.md"))
    wanted = [(first, "quic-ietf110"), (second, "quic-ietf110"), (third, "quic-ietf111")]
    namer = importing.Names({})
    assert [namer.of(minutes, want) for minutes, want in wanted] == [
        "quic-ietf110.toml", "quic-ietf110-2.toml", "quic-ietf111.toml"
    ]  # fmt: skip
    there = {"quic-ietf110.toml": os.path.realpath(second), "quic-ietf111.toml": None}
    namer = importing.Names(there)
    assert [namer.of(minutes, want) for minutes, want in wanted] == [
        "quic-ietf110-2.toml", "quic-ietf110.toml", "quic-ietf111-2.toml"
    ]  # fmt: skip


def test_the_record_of_an_import_tells_an_edited_transcription() -> None:
    text = "# Transcription of x.md\n# Review it\n\nschema = 2\n"
    data = importing.stamped(text, b"minutes")
    minutes, written = importing.digest(b"minutes"), importing.digest(text.encode())
    code = importing.code_digest()
    assert data.decode().splitlines() == [
        "# Transcription of x.md",
        "# Review it",
        f"# msecwg import: minutes sha256:{minutes};",
        f"#   as written sha256:{written};",
        f"#   read by msecwg {__version__}, code blake2b:{code}",
        "",
        "schema = 2",
    ]
    assert importing.record_of(data) == importing.Record(minutes, False, written, code)
    assert importing.record_of(data.replace(b"schema = 2", b"schema = 2 ")).edited is True
    assert importing.record_of(text.encode()) is None


def test_the_record_an_import_once_wrote_on_one_line_is_still_read() -> None:
    text = "# Transcription of x.md\n# Review it\n\nschema = 2\n"
    minutes, written = importing.digest(b"minutes"), importing.digest(text.encode())
    one_line = f"# msecwg import: minutes sha256:{minutes}; as written sha256:{written}\n"
    data = text.replace("\n\n", f"\n{one_line}\n").encode()
    assert importing.record_of(data) == importing.Record(minutes, False, written, None)
    assert importing.record_of(data.replace(b"schema = 2", b"schema = 2 ")).edited is True


MEETING = "# QUIC WG at IETF 110\n\n## Intro\n\nMT: hello there\n"
ELSEWHERE = "0" * 40
"""The digest of the code of another msecwg."""


def made_elsewhere(data: bytes, change: tuple[bytes, bytes] = (b"", b"")) -> bytes:
    """Answer an import's transcription as another msecwg would have written it: with
    its code in the record, and (`change`) some words read otherwise."""
    found = importing._STAMP.search(data)
    assert found is not None
    text = (data[: found.start()] + data[found.end() :]).replace(*change)
    record = found.group(0).decode()
    record = record.replace(found.group("written").decode(), importing.digest(text))
    record = record.replace(importing.code_digest(), ELSEWHERE)
    return text[: found.start()] + record.encode() + text[found.start() :]


def imported_once(run: Run, tmp_path: Path) -> tuple[Path, Path, Path]:
    """Import a meeting's minutes into a folder; answer the minutes, the folder and the
    transcription written there."""
    minutes = tmp_path / "ietf110.md"
    minutes.write_text(MEETING)
    out = tmp_path / "meetings"
    out.mkdir()
    run("import", str(minutes), "-o", str(out))
    return minutes, out, out / "quic-ietf110.toml"


def test_a_transcription_another_msecwg_made_is_read_again_only_with_update(
    run: Run, tmp_path: Path
) -> None:
    minutes, out, made = imported_once(run, tmp_path)
    ours = made.read_bytes()
    made.write_bytes(made_elsewhere(ours))
    theirs = made.read_bytes()
    left = run("import", str(minutes), "-o", str(out))
    assert (left.exit_code, left.stderr.splitlines()) == (
        0,
        [
            f"{minutes}: unchanged since its import (quic-ietf110.toml); made by another "
            "version of msecwg: add --update to read it again",
            f"0 imported, 1 unchanged, 0 skipped; nothing written to {out}",
        ],
    )
    assert made.read_bytes() == theirs
    again = run("import", str(minutes), "-o", str(out), "--update")
    assert (again.exit_code, again.stderr.splitlines()[0]) == (
        0,
        f"{minutes}: read again by this msecwg, the same as its import; wrote quic-ietf110.toml",
    )
    assert made.read_bytes() == ours
    now = run("import", str(minutes), "-o", str(out))
    assert now.stderr.splitlines()[0] == (
        f"{minutes}: unchanged since its import (quic-ietf110.toml)"
    )


def test_update_replaces_what_another_msecwg_read_otherwise_unless_edited(
    run: Run, tmp_path: Path
) -> None:
    minutes, out, made = imported_once(run, tmp_path)
    ours = made.read_bytes()
    made.write_bytes(made_elsewhere(ours, (b'title = "Intro"', b'title = "Intro."')))
    edited = made.read_bytes().replace(b"Intro.", b"Intro!")
    made.write_bytes(edited)
    kept = run("import", str(minutes), "-o", str(out), "--update")
    assert (kept.exit_code, kept.stderr.splitlines()[0]) == (
        4,
        "msecwg: quic-ietf110.toml: edited since import; left as it is (import it to another "
        "folder to compare)",
    )
    assert made.read_bytes() == edited
    made.write_bytes(made_elsewhere(ours, (b'title = "Intro"', b'title = "Intro."')))
    again = run("import", str(minutes), "-o", str(out), "--update")
    assert (again.exit_code, again.stderr.splitlines()[0]) == (
        0,
        f"{minutes}: 1 section, 1 exchange, 0 documents, 0 decisions, 0 action items; "
        "1 thing left for a person; wrote quic-ietf110.toml",
    )
    assert made.read_bytes() == ours


@needs_quic
def test_the_folder_of_quic_minutes_imports_whole(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "meetings"
    result = run("import", str(QUIC), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"16 imported, 0 unchanged, 0 skipped; written to {out}. Review them, then msecwg "
        f"check {out}"
    )
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"quic-ietf{n}.toml" for n in (97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 108, 109, 110)]
        + ["quic-interim-2017-06-07.toml", "quic-interim-2018-09-19.toml",
           "quic-interim-2020-10-22.toml"]
    )  # fmt: skip


@needs_quic
def test_a_folder_import_stopped_at_any_moment_leaves_each_transcription_whole_or_none(
    tmp_path: Path,
) -> None:
    # A folder's transcriptions are written several at once: Ctrl-C stops those not yet
    # begun, and each file there is whole, as an import that ran to its end writes it.
    script = str(Path(sys.executable).parent / "msecwg")
    whole = tmp_path / "whole"
    began = time.monotonic()
    subprocess.run([script, "import", str(QUIC), "-o", str(whole)], capture_output=True, check=True)
    took = time.monotonic() - began
    written = {p.name: p.read_bytes() for p in whole.iterdir()}
    started = []
    for n, part in enumerate((0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0, 1.05)):
        out = tmp_path / f"stopped-{n}"
        process = subprocess.Popen(
            [script, "import", str(QUIC), "-o", str(out)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        started.append((part, out, process, time.monotonic()))
    for part, _, process, at in started:
        time.sleep(max(0.0, at + part * took - time.monotonic()))
        process.send_signal(signal.SIGINT)
    for part, out, process, _ in started:
        _, err = process.communicate(timeout=60)
        assert process.returncode in (0, 130), (part, err)
        found = {p.name: p.read_bytes() for p in out.iterdir()} if out.exists() else {}
        assert {name: written.get(name) for name in found} == found, part


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_an_import_never_writes_over_its_own_minutes(
    run: Run, tmp_path: Path, force: list[str]
) -> None:
    minutes = tmp_path / "m.txt"
    shutil.copy(load.bundled_path().parent / "msec-ietf57-minutes.txt", minutes)
    before = minutes.read_bytes()
    result = run("import", str(minutes), "-o", str(minutes), *force)
    assert (result.exit_code, result.stderr.splitlines()[0], minutes.read_bytes()) == (
        4,
        f"msecwg: {minutes}: is the minutes being imported; left as they are "
        "(give the transcription another name)",
        before,
    )


def test_a_folder_that_cannot_be_made_is_said_with_the_systems_reason(
    run: Run, tmp_path: Path
) -> None:
    minutes = tmp_path / "ietf110.md"
    minutes.write_text(MEETING)
    (tmp_path / "a-file").write_text("")
    out = tmp_path / "a-file" / "meetings"
    result = run("import", str(minutes), "-o", f"{out}/")
    assert (result.exit_code, result.stderr.splitlines()) == (
        4,
        [
            f"msecwg: {out}: cannot make the folder (not a directory); skipped",
            f"0 imported, 0 unchanged, 1 skipped; nothing written to {out}",
        ],
    )

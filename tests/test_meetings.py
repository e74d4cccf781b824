"""A group across its meetings: folders and several files, --meeting, the order of
meetings, check and calendar across them, the cache, and the QUIC WG's real minutes.

tests/golden.py pins every view of the three test meetings in every format; these
tests pin how the meetings are found, named, ordered and narrowed."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import icalendar
import msgspec
import pytest

from msecwg.errors import UsageProblem
from msecwg.model import Section, Transcription, WrittenDate
from msecwg.rows import Scope
from msecwg.show.views import meeting_line
from msecwg.store import load, meetings, reading

from .conftest import COMMANDS, SHARED, Run
from .golden import MEETINGS

DATA = ["--data", str(MEETINGS)]
MINUTES = SHARED / "minutes"


def labels(run: Run, *args: str) -> list[str]:
    """The labels of the meetings a run's JSON envelope names."""
    result = run(*args, "--json")
    assert (result.exit_code, result.stderr) == (0, ""), result.stderr
    return [m["label"] for m in json.loads(result.stdout)["meetings"]]


def records(run: Run, *args: str) -> list[dict[str, object]]:
    """The records of a run's JSON output."""
    result = run(*args, "--json")
    assert (result.exit_code, result.stderr) == (0, ""), result.stderr
    return json.loads(result.stdout)["records"]  # type: ignore[no-any-return]


# Finding the meetings.


def test_a_folder_is_every_transcription_in_it_in_the_order_held(run: Run) -> None:
    assert labels(run, *DATA, "drafts") == ["IETF 118", "interim 2024-01-16", "IETF 119"]


def test_several_files_and_msecwg_data_name_meetings_too(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [str(MEETINGS / name) for name in ("ietf119.toml", "ietf118.toml")]
    both = ["--data", files[0], "--data", files[1]]
    assert labels(run, *both, "drafts") == ["IETF 118", "IETF 119"]
    monkeypatch.setenv("MSECWG_DATA", os.pathsep.join(files))
    assert labels(run, "drafts") == ["IETF 118", "IETF 119"]
    monkeypatch.setenv("MSECWG_DATA", f"{files[0]}{os.pathsep}{files[0]}")
    assert labels(run, "drafts") == ["IETF 119"]


def test_a_folder_leaves_out_the_facts_its_transcriptions_name(run: Run) -> None:
    folder = load.bundled_path().parent
    assert run("--data", str(folder), "drafts", "--outcome").stdout == (
        run("drafts", "--outcome").stdout
    )


def test_meeting_narrows_to_one_by_number_day_or_file_name(run: Run) -> None:
    for wanted, label in [
        ("119", "IETF 119"),
        ("2024-01-16", "interim 2024-01-16"),
        ("16 January 2024", "interim 2024-01-16"),
        ("interim-2024-01", "interim 2024-01-16"),
        ("2024-1", "interim 2024-01-16"),
        ("IETF 118", "IETF 118"),
    ]:
        assert labels(run, *DATA, "--meeting", wanted, "actions") == [label]
        assert labels(run, *DATA, "actions", "--meeting", wanted) == [label]


def test_a_meeting_none_is_is_one_line_naming_them(run: Run) -> None:
    result = run(*DATA, "--meeting", "58", "drafts")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "msecwg: --meeting '58' names no meeting given; they are: IETF 118, "
        "interim 2024-01-16, IETF 119\n"
    )


def test_a_month_no_meeting_was_held_in_is_a_meeting_none_is(run: Run) -> None:
    result = run(*DATA, "--meeting", "interim-2019-06", "drafts")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "msecwg: --meeting 'interim-2019-06' names no meeting given; they are: IETF 118, "
        "interim 2024-01-16, IETF 119\n"
    )


def test_a_meeting_day_that_reads_two_ways_says_so(run: Run) -> None:
    result = run(*DATA, "--meeting", "5/4/2003", "drafts")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "msecwg: --meeting '5/4/2003' could be 5 April or 4 May 2003; write it as 2003-04-05 "
        "or '5 Apr 2003'\n"
    )
    day = run(*DATA, "--meeting", "16/1/2024", "drafts", "--fields", "meeting")
    assert set(day.stdout.splitlines()[1:]) == {"interim 2024-01-16"}


def held(ietf: int | None, day: str | None, name: str, label: str | None = None) -> meetings.Held:
    """A meeting of the test folder's IETF 118, renumbered and redated, labelled `name`
    (or `label`) and kept in a file of that name."""
    t = load.load(MEETINGS / "ietf118.toml")
    date = None if day is None else msgspec.convert({"day": day, "text": day}, WrittenDate)
    meeting = msgspec.structs.replace(t.meeting, ietf=ietf, interim=ietf is None, date=date)
    transcription = msgspec.structs.replace(t, meeting=meeting)
    head = load.Head(transcription.minutes, meeting, transcription.facts)
    return meetings.Held(Path(f"{name}.toml"), head, checked=transcription, label=label or name)


def test_meetings_without_a_date_fall_between_the_numbered_ones_around_them() -> None:
    # As the QUIC WG's: IETF 101 and 103 dated, 102 not, an interim between; 109 and
    # 110 undated after 108, an interim after 108.
    given = [
        held(110, None, "ietf110"), held(101, "2018-03-19", "ietf101"),
        held(None, "2018-09-19", "interim-18-09"), held(102, None, "ietf102"),
        held(103, "2018-11-06", "ietf103"), held(108, "2020-07-29", "ietf108"),
        held(None, "2020-10-22", "interim-20-10"), held(109, None, "ietf109"),
        held(None, None, "notes"),
    ]  # fmt: skip
    assert [m.label for m in meetings.in_order(given)] == [
        "ietf101", "ietf102", "interim-18-09", "ietf103", "ietf108", "interim-20-10",
        "ietf109", "ietf110", "notes",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("given", "order"),
    [
        # Between the nearest numbered meetings: 102 falls on 13 July 2018, halfway from
        # 101 to 103 (not a third of the way to 104, on 20 July).
        ([(101, "2018-03-19", "ietf101"), (102, None, "ietf102"),
          (103, "2018-11-06", "ietf103"), (104, "2019-03-25", "ietf104"),
          (None, "2018-07-16", "interim")],
         ["ietf101", "ietf102", "interim", "ietf103", "ietf104"]),
        # After them all, counted from the last: 109 falls on 27 November 2020, four
        # months after 108 (not six meetings after 103, on 5 November).
        ([(103, "2018-11-06", "ietf103"), (108, "2020-07-29", "ietf108"),
          (109, None, "ietf109"), (None, "2020-11-15", "interim")],
         ["ietf103", "ietf108", "interim", "ietf109"]),
        # Before them all, counted from the first: 97 falls on 24 November 2016, four
        # months before 98 (not two meetings before 99, on 15 November).
        ([(97, None, "ietf97"), (98, "2017-03-26", "ietf98"),
          (99, "2017-07-16", "ietf99"), (None, "2016-11-20", "interim")],
         ["interim", "ietf97", "ietf98", "ietf99"]),
        # Another file of a dated meeting's number, undated: on that meeting's day,
        # even where no other number is dated.
        ([(102, "2018-07-16", "ietf102"), (102, None, "ietf102-notes"),
          (None, "2018-07-17", "interim")],
         ["ietf102", "ietf102-notes", "interim"]),
        # Beyond the last day a date can name: last of those with a number.
        ([(100000, None, "far"), (None, None, "notes"), (57, "2003-07-14", "ietf57")],
         ["ietf57", "far", "notes"]),
    ],
)  # fmt: skip
def test_a_meeting_without_a_date_is_placed_by_its_number(
    given: list[tuple[int | None, str | None, str]], order: list[str]
) -> None:
    # Made here, not where the cases are listed: reading a transcription at collection
    # would fill the user's cache, before the test run's own cache folder is set.
    assert [m.label for m in meetings.in_order(held(*g) for g in given)] == order


@pytest.mark.parametrize(
    ("file", "minutes", "number"),
    [
        ("quic-ietf110", "notes.md", 110),
        ("notes", "minutes-117-quic-202307241000-00.md", 117),
        ("notes", "ietf118-minutes.txt", 118),
        ("ietf2024-notes", "notes.md", None),
        ("notes", "notes.md", None),
    ],
)
def test_a_meeting_without_its_number_takes_the_one_its_files_name(
    file: str, minutes: str, number: int | None
) -> None:
    given = held(118, None, file)
    meeting = msgspec.structs.replace(given.meeting, ietf=None)
    head = load.Head(minutes, meeting)
    assert meetings.number(meetings.Held(given.path, head, label=file)) == number


def test_a_meeting_given_only_its_sessions_was_held_on_the_first() -> None:
    t = load.load(MEETINGS / "ietf118.toml")
    sessions = [
        msgspec.convert({"day": day, "text": day}, WrittenDate)
        for day in ("2023-11-06", "2023-11-09")
    ]
    meeting = msgspec.structs.replace(t.meeting, date=None, sessions=sessions)
    assert meetings.held_on(meeting) == dt.date(2023, 11, 6)
    assert meetings.days(meeting) == {dt.date(2023, 11, 6), dt.date(2023, 11, 9)}


def test_a_meeting_whose_sessions_are_written_out_of_order_was_held_on_the_earliest() -> None:
    t = load.load(MEETINGS / "ietf118.toml")
    sessions = [
        msgspec.convert({"day": day, "text": text}, WrittenDate)
        for day, text in (("2023-11-09", "Thursday 9 November"), ("2023-11-06", "Monday 6 Nov"))
    ]
    meeting = msgspec.structs.replace(
        t.meeting, ietf=None, interim=True, date=None, sessions=sessions
    )
    assert meetings.held_on(meeting) == dt.date(2023, 11, 6)
    assert meetings.label(meeting, Path("x.toml")) == "interim 2023-11-06"
    assert meeting.first_day is not None and meeting.first_day.text == "Monday 6 Nov"
    numbered = msgspec.structs.replace(meeting, ietf=118, interim=False)
    scope = Scope(["interim 2023-11-06", "IETF 118"], [meeting, numbered])
    assert meeting_line(scope) == (
        "2 meetings of the EXAMPLE WG, interim 2023-11-06 to IETF 118 (6 Nov 2023)."
    )


def test_two_meetings_of_one_label_are_told_apart_by_their_files() -> None:
    given = [held(102, "2018-07-16", "a"), held(102, "2018-07-17", "b"), held(103, None, "c")]
    named = [(m.meeting, m.path) for m in given]
    assert meetings.labels_of(named) == ["IETF 102 (a)", "IETF 102 (b)", "IETF 103"]
    ordered = meetings.in_order(given)
    with pytest.raises(UsageProblem) as refused:
        meetings.pick(ordered, "102")
    assert (
        str(refused.value)
        == "--meeting '102' names 2 meetings: a.toml, b.toml; give its file's name"
    )
    assert meetings.pick(ordered, "b").path.name == "b.toml"


def test_two_meetings_of_one_label_and_two_groups_are_told_apart_by_their_groups() -> None:
    given = [held(99, "2017-07-19", "http"), held(99, None, "quic"), held(99, None, "quic-2")]
    named = [(m.meeting, m.path) for m in given]
    named[0] = (msgspec.structs.replace(named[0][0], working_group="HTTP"), named[0][1])
    # the example's group is EXAMPLE: its two meetings of one number need their files
    assert meetings.labels_of(named) == ["IETF 99 (HTTP)", "IETF 99 (quic)", "IETF 99 (quic-2)"]
    assert meetings.labels_of(named[:2]) == ["IETF 99 (HTTP)", "IETF 99 (EXAMPLE)"]


@pytest.mark.parametrize(("count", "end"), [(10, "IETF 9"), (11, "IETF 9 ...")])
def test_a_meeting_none_is_names_the_first_ten(count: int, end: str) -> None:
    given = [held(n, f"20{n:02d}-03-01", f"ietf{n}", f"IETF {n}") for n in range(count)]
    with pytest.raises(UsageProblem) as refused:
        meetings.pick(given, "58")
    message = str(refused.value)
    assert message.startswith("--meeting '58' names no meeting given; they are: IETF 0, IETF 1,")
    assert message.endswith(f", {end}")


def test_several_folders_give_the_transcriptions_of_each(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for folder, names in ((first, ("b.toml", "a.toml")), (second, ("c.toml",))):
        folder.mkdir()
        for name in names:
            (folder / name).write_text("")
    (first / "notes.md").write_text("")
    assert meetings.transcriptions([second, first, first / "a.toml"]) == [
        second / "c.toml",
        first / "a.toml",
        first / "b.toml",
    ]


# What spans the meetings.


def test_a_person_across_meetings_keeps_the_facts_told_and_every_quote(
    run: Run, tmp_path: Path
) -> None:
    bundled = load.bundled_path()
    folder = tmp_path / "twice"
    folder.mkdir()
    for name in ("msec-ietf57-minutes.txt", "msec-facts.toml"):
        shutil.copy(bundled.parent / name, folder)
    text = bundled.read_text(encoding="utf-8")
    (folder / "a.toml").write_text(text, encoding="utf-8")
    (folder / "b.toml").write_text(text.replace('facts = "msec-facts.toml"\n', ""), "utf-8")
    alone = {r["id"]: r for r in records(run, "people", "--cite")}
    twice = {r["id"]: r for r in records(run, "--data", str(folder), "people", "--cite")}
    assert twice.keys() == alone.keys()
    one, both = alone["lakshminath"], twice["lakshminath"]
    assert both["outside_full_name"] == "Lakshminath R. Dondeti"
    outside = [name for name in one if name.startswith("outside_")]
    assert [both[name] for name in outside] == [one[name] for name in outside]
    assert (both["quotes"], both["spellings"]) == (one["quotes"], one["spellings"])
    assert both["exchanges"] == 2 * one["exchanges"] == 10
    assert both["uncertain"] == 2 * one["uncertain"] == 2
    assert [(c["meeting"], c["exchanges"]) for c in both["by_meeting"]] == [  # type: ignore[union-attr]
        ("IETF 57 (a)", 5),
        ("IETF 57 (b)", 5),
    ]
    drafts = records(run, "--data", str(folder), "drafts", "--as-of", "2003-08-02")
    assert [(r["name"], r["meetings"]) for r in drafts] == [
        (r["name"], 2) for r in records(run, "drafts", "--as-of", "2003-08-02")
    ]
    assert drafts[3]["items"] == ["IETF 57 (a) a", "IETF 57 (b) a"]  # MIKEY's item, twice


def test_one_persons_row_is_their_row_of_everyone() -> None:
    from msecwg.ask import across
    from msecwg.ask.who import Group

    held = meetings.read([MEETINGS]).held
    group = Group(held)
    everyone = across.people(held, group)
    for one in everyone:
        assert across.people(held, group, only=one) == {one: everyone[one]}
    bob = group.people.named_by("Bob Sample")[0]
    assert [c.meeting for c in everyone[bob].by_meeting] == [
        "IETF 118", "interim 2024-01-16", "IETF 119",
    ]  # fmt: skip


def test_a_document_is_one_across_meetings_whatever_its_revision(run: Run) -> None:
    core = records(run, *DATA, "drafts", "core", "--as-of", "2024-03-20")
    assert [(r["meeting"], r["state"]) for r in core] == [
        ("IETF 118", "WG document, new revision"),
        ("interim 2024-01-16", "WG Last Call scheduled"),
        ("IETF 119", "Sent to the IESG"),
    ]
    listed = records(run, *DATA, "drafts", "--as-of", "2024-03-20")
    assert [(r["name"], r["first_meeting"], r["meeting"], r["meetings"]) for r in listed] == [
        ("draft-ietf-example-core", "IETF 118", "IETF 119", 3),
        ("draft-ietf-example-ext", "IETF 118", "IETF 119", 2),
        ("draft-smith-example-extra", "interim 2024-01-16", "interim 2024-01-16", 1),
    ]
    # The next deadline comes from any meeting: the Last Call the interim set.
    deadline = listed[0]["deadline"]
    assert isinstance(deadline, dict)
    assert (deadline["date"], deadline["state"]) == ("2024-02-05", "passed")
    assert listed[0]["items"] == ["IETF 118 a", "interim 2024-01-16 a", "IETF 119 a"]


def test_a_person_is_found_by_a_spelling_of_any_meeting(run: Run) -> None:
    people = {r["name"]: r for r in records(run, *DATA, "people")}
    assert people["Bob Sample"]["spellings"] == ["Bob Sample", "Bob"]
    assert people["Bob Sample"]["by_meeting"] == [
        {"meeting": "IETF 118", "exchanges": 3, "mentions": 3},
        {"meeting": "interim 2024-01-16", "exchanges": 2, "mentions": 2},
        {"meeting": "IETF 119", "exchanges": 2, "mentions": 3},
    ]
    passages = records(run, *DATA, "people", "Bob")
    assert {p["meeting"] for p in passages} == {"IETF 118", "interim 2024-01-16", "IETF 119"}
    spoken = run(*DATA, "discussion", "core", "--speaker", "bob", "--format", "tsv").stdout
    assert [line.split("\t")[-1] for line in spoken.splitlines()[1:] if "\texchange\t" in line] == [
        "IETF 118", "IETF 118", "interim 2024-01-16", "IETF 119",
    ]  # fmt: skip


def test_a_topic_number_names_a_topic_within_one_meeting_only(run: Run) -> None:
    two = ["--data", str(MEETINGS / "ietf118.toml"), "--data", str(MEETINGS / "ietf119.toml")]
    for given in (DATA, two):
        result = run(*given, "discussion", "2")
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == (
            "msecwg: Invalid value for TOPIC: topic '2': a number names a topic within one "
            "meeting; add --meeting, or name the topic (see 'msecwg discussion --help')\n"
        )
    one = records(run, *DATA, "--meeting", "119", "discussion", "2")
    assert {r["section"] for r in one} == {"core-protocol"}


def test_a_word_no_meeting_has_suggests_the_names_of_all(run: Run) -> None:
    result = run(*DATA, "discussion", "extenions")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "msecwg: Invalid value for TOPIC: no topic 'extenions'; try one of: extensions "
        "(see 'msecwg discussion --help')\n"
    )


def test_items_of_one_id_at_several_meetings_are_each_shown(run: Run) -> None:
    shown = records(run, *DATA, "actions", "a", "--as-of", "2024-03-20")
    assert [(r["meeting"], r["id"], r["state"]) for r in shown] == [
        ("IETF 118", "a", "passed"),
        ("interim 2024-01-16", "a", "passed"),
        ("IETF 119", "a", "undated"),
    ]
    failed = run(*DATA, "actions", "--fail-if-any", "--as-of", "2024-03-20")
    assert failed.exit_code == 3


def test_the_calendar_holds_every_meeting_each_event_its_own(run: Run) -> None:
    cal = icalendar.Calendar.from_ical(run(*DATA, "calendar").stdout)
    assert str(cal["x-wr-calname"]) == "EXAMPLE WG's 3 meetings"
    assert [str(e["uid"]) for e in cal.walk("VEVENT")] == [
        "example-ietf118-a-due@msecwg", "example-ietf118-b-due@msecwg",
        "example-meeting20240116-a-due@msecwg", "example-meeting20240116-a-window@msecwg",
        "example-ietf119-b-due@msecwg", "example-ietf119-c-due@msecwg",
    ]  # fmt: skip


def test_check_names_each_file_and_counts_them(run: Run, tmp_path: Path) -> None:
    result = run("check", str(MEETINGS))
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[-1] == "3 transcriptions of 3 OK."
    folder = tmp_path / "meetings"
    shutil.copytree(MEETINGS, folder)
    broken = folder / "ietf119.toml"
    broken.write_text(broken.read_text().replace("ietf = 119", 'ietf = "119"'))
    result = run("check", str(folder))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"msecwg: {broken}: meeting.ietf: expected `int | null`, got `str`",
        "msecwg: 2 transcriptions of 3 OK; 1 with problems",
    ]
    assert [line.split(": OK")[0] for line in result.stdout.splitlines()] == [
        str(folder / "ietf118.toml"), str(folder / "interim-2024-01.toml"),
    ]  # fmt: skip
    # Every other command answers from the others, and names the file it left out.
    drafts = run("--data", str(folder), "drafts")
    assert (drafts.exit_code, drafts.stderr) == (
        4, f"msecwg: left out {broken}: meeting.ietf: expected `int | null`, got `str`\n",
    )  # fmt: skip


def test_completion_offers_the_names_of_every_meeting() -> None:
    env = {
        **os.environ,
        "_MSECWG_COMPLETE": "complete_bash",
        "COMP_WORDS": "msecwg discussion ex",
        "COMP_CWORD": "2",
        "MSECWG_DATA": str(MEETINGS),
    }
    done = subprocess.run(
        [sys.executable, "-m", "msecwg"], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["extensions", "extra-features"]


# The cache.


def copy_of_meetings(tmp_path: Path) -> Path:
    folder = tmp_path / "meetings"
    shutil.copytree(MEETINGS, folder)
    return folder


def test_the_cache_keeps_a_transcription_checked_and_its_minutes_read(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "not" / "yet" / "cache"
    monkeypatch.setenv("MSECWG_CACHE", str(cache))
    folder = copy_of_meetings(tmp_path)
    first = run("--data", str(folder), "people", "bob", "--json").stdout
    assert len(list(cache.iterdir())) == 3
    assert run("--data", str(folder), "people", "bob", "--json").stdout == first
    assert oct(cache.stat().st_mode & 0o777) == "0o700"


def test_a_cache_entry_holds_the_transcription_its_minutes_and_those_minutes_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msecwg.store import cache, validate

    monkeypatch.setenv("MSECWG_CACHE", str(tmp_path / "cache"))
    path = copy_of_meetings(tmp_path) / "ietf119.toml"
    checked = load.examine(path)
    assert checked.problems == [] and checked.transcription is not None
    place = cache.place(path.read_bytes())
    assert place is not None
    entry = cache.recall_as(place, cache.ENTRIES)
    assert entry is not None
    t = cache.whole(entry)
    minutes = (path.parent / t.minutes).read_bytes()
    assert entry.minutes_digest == cache.digest(minutes)
    assert (t, entry.minutes) == (checked.transcription, checked.minutes)
    read = reading.reading_of(checked.transcription, entry.minutes)
    assert cache.decoded(entry.reading, reading.Reading) == read
    # The sections' bodies are kept apart: decoded only by the questions that read them.
    headings = [
        msgspec.structs.replace(s, points=[], decisions=[], exchanges=[]) for s in t.sections
    ]
    headed = cache.decoded(entry.transcription, Transcription)
    assert headed == msgspec.structs.replace(t, sections=headings)
    assert any(s.exchanges for s in t.sections)

    def checked_again(*args: object) -> None:
        raise AssertionError("a transcription recalled from the cache was checked again")

    monkeypatch.setattr(validate, "quotes", checked_again)
    recalled = load.read(path)
    assert recalled.checked is None
    assert recalled.headed == headed
    assert recalled.kept is not None and recalled.kept.reading == entry.reading
    assert (recalled.transcription, recalled.reading) == (checked.transcription, read)


def test_from_the_cache_dates_documents_and_who_is_who_are_answered_without_the_bodies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msecwg.ask import across
    from msecwg.ask.who import Group

    monkeypatch.setenv("MSECWG_CACHE", str(tmp_path / "cache"))
    checked = meetings.read([MEETINGS]).held  # read and checked, then kept
    kept = meetings.read([MEETINGS]).held  # from the cache
    assert [m.checked is None for m in checked + kept] == [False] * 3 + [True] * 3
    day = dt.date(2024, 3, 20)

    def answers(held: list[meetings.Held]) -> tuple[list[object], list[tuple[str, Section]]]:
        group = Group(held)
        dated: list[object] = [
            across.drafts(held, group, day),
            across.actions(held, day),
            across.timeline(held, day),
            [(m.label, d) for m, d in across.documents_named(held, group, "core")],
            group.people,  # who is who, from each meeting's people and spellings
            [(m.spellings, m.declared) for m in held],
        ]
        return dated, [(m.label, s) for m, s in across.sections_named(held, "extensions")]

    dated, sections = answers(kept)
    assert (dated, sections) == answers(checked)
    assert all(dated)
    assert [(label, s.exchanges != []) for label, s in sections] == [
        ("IETF 118", True), ("IETF 119", True),
    ]  # fmt: skip
    # Only the meetings whose section was asked for were decoded whole.
    whole = [m.label for m in kept if "transcription" in m.__dict__]
    assert whole == [label for label, _ in sections]


def test_check_keeps_an_entry_only_where_none_is_kept(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MSECWG_CACHE", str(cache))
    folder = copy_of_meetings(tmp_path)
    assert run("check", str(folder)).exit_code == 0
    entries = sorted(cache.iterdir())
    assert len(entries) == 3
    for entry in entries:
        os.utime(entry, ns=(10**9, 10**9))
    assert run("check", str(folder)).exit_code == 0
    assert [e.stat().st_mtime_ns for e in sorted(cache.iterdir())] == [10**9] * 3
    entries[0].unlink()
    assert run("check", str(folder)).exit_code == 0
    assert len(list(cache.iterdir())) == 3


def test_the_cache_is_not_used_once_the_minutes_change(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MSECWG_CACHE", str(tmp_path / "cache"))
    folder = copy_of_meetings(tmp_path)
    assert run("--data", str(folder), "drafts").exit_code == 0
    minutes = folder / "ietf119-minutes.txt"
    minutes.write_text(minutes.read_text().replace("Brisbane", "Sydney"))
    result = run("--data", str(folder), "drafts")
    assert result.exit_code == 4
    assert result.stderr.startswith(
        f"msecwg: left out {folder / 'ietf119.toml'}: meeting.quotes[1]: "
    )


def test_a_broken_or_foreign_cache_entry_is_read_again_from_the_files(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MSECWG_CACHE", str(cache))
    expected = run(*DATA, "drafts").stdout
    for entry in cache.iterdir():
        entry.write_bytes(b"\x93not msgpack")
    assert run(*DATA, "drafts").stdout == expected
    for entry in cache.iterdir():
        entry.unlink()
        os.mkfifo(entry)
    assert run(*DATA, "drafts").stdout == expected


def test_no_cache_when_msecwg_cache_is_empty_or_cannot_be_written(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = run(*DATA, "drafts").stdout
    monkeypatch.setenv("MSECWG_CACHE", "")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert run(*DATA, "drafts").stdout == expected
    assert list(tmp_path.iterdir()) == []
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("MSECWG_CACHE", str(blocked / "cache"))
    assert run(*DATA, "drafts").stdout == expected


def test_the_cache_is_in_the_users_cache_folder_by_default(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MSECWG_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert run(*DATA, "drafts").exit_code == 0
    assert len(list((tmp_path / "msecwg").iterdir())) == 3


# Real minutes of another group.


@pytest.fixture(scope="module")
def quic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = sorted((MINUTES / "quic").glob("*.md"))
    if not sources:
        pytest.skip("../shared/minutes/quic is not here")
    folder = tmp_path_factory.mktemp("quic")
    for source in sources:
        shutil.copy(source, folder)
    done = subprocess.run(
        [sys.executable, "-m", "msecwg", "import", *sorted(map(str, folder.glob("*.md"))),
         "-o", str(folder)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return folder


def test_the_quic_wgs_meetings_run_end_to_end_in_the_order_held(run: Run, quic: Path) -> None:
    data = ["--data", str(quic)]
    assert labels(run, *data, "drafts") == [
        "IETF 97", "IETF 98", "interim 2017-06-07", "IETF 99", "IETF 100", "IETF 101",
        "IETF 102", "interim 2018-09-19", "IETF 103", "IETF 104", "IETF 105", "IETF 106",
        "IETF 108", "interim 2020-10-22", "IETF 109", "IETF 110",
    ]  # fmt: skip
    check = run("check", str(quic))
    assert (check.exit_code, check.stdout.splitlines()[-1]) == (0, "16 transcriptions of 16 OK.")
    for command in COMMANDS:
        if command in ("check", "schema", "help", "import", "join", "split", "calendar"):
            continue  # calendar: the QUIC minutes date nothing to put in one (test_hints)
        args = {"discussion": ["discussion", "version"], "search": ["search", "stream"]}
        result = run(*data, *args.get(command, [command]))
        assert (result.exit_code, result.stderr) == (0, ""), command
    jana = records(run, *data, "people", "jana")
    assert len({r["meeting"] for r in jana}) > 5
    manageability = records(run, *data, "drafts", "draft-ietf-quic-manageability")
    assert [r["meeting"] for r in manageability] == ["IETF 108", "IETF 109", "IETF 110"]


def test_completion_offers_the_meetings_given() -> None:
    env = {
        **os.environ,
        "_MSECWG_COMPLETE": "complete_bash",
        "COMP_WORDS": f"msecwg --data {MEETINGS} --meeting ",
        "COMP_CWORD": "4",
    }
    done = subprocess.run(
        [sys.executable, "-m", "msecwg"], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["118", "interim-2024-01", "119"]


def test_two_records_of_one_name_in_one_meeting_stay_two(run: Run, tmp_path: Path) -> None:
    example = Path(__file__).parent / "data" / "example.toml"
    shutil.copy(example.parent / "example-minutes.txt", tmp_path)
    twice = example.read_text().replace(
        '[[documents]]\nid = "gadget"',
        '[[documents]]\nid = "gadget-too"\nname = "Gadget"\nsection = "action-items"\n'
        'state = "Named"\nquotes = ["(b) Bob will post a revised Gadget draft."]\n\n'
        '[[documents]]\nid = "gadget"',
    )
    (tmp_path / "example.toml").write_text(twice)
    shown = records(run, "--data", str(tmp_path / "example.toml"), "drafts")
    assert [(r["id"], r["name"], r["meetings"]) for r in shown] == [
        ("widget", "Widget", 1), ("gadget-too", "Gadget", 1), ("gadget", "Gadget", 1),
    ]  # fmt: skip


@pytest.mark.parametrize("xdg", [None, "/srv/caches", "", "  "])
def test_the_default_cache_folder_is_the_one_platformdirs_names(
    xdg: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from platformdirs import user_cache_path

    from msecwg.store import cache

    monkeypatch.delenv("MSECWG_CACHE")
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cache.folder() == user_cache_path("msecwg", appauthor=False)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert cache.folder() == user_cache_path("msecwg", appauthor=False)


def test_minutes_read_in_another_layout_are_read_again(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msecwg.store import cache

    folder = tmp_path / "cache"
    monkeypatch.setenv("MSECWG_CACHE", str(folder))
    expected = [run(*DATA, *args).stdout for args in (["people"], ["search", "Bob"])]
    for path in folder.iterdir():
        entry = msgspec.msgpack.decode(path.read_bytes(), type=cache.Entry)
        other = msgspec.structs.replace(entry, reading=cache.encoded({"passages": [], "named": 1}))
        path.write_bytes(msgspec.msgpack.encode(other))
    assert [run(*DATA, *args).stdout for args in (["people"], ["search", "Bob"])] == expected


def test_meetings_of_several_groups_name_each_group_once() -> None:
    from msecwg.rows import Scope

    meeting = load.load(MEETINGS / "ietf118.toml").meeting
    groups = ["HTTPbis", "QUIC", "HTTPbis", "HTTP"]
    scope = Scope(
        [f"m{n}" for n in range(4)],
        [msgspec.structs.replace(meeting, working_group=g) for g in groups],
    )
    assert scope.name == "HTTPbis, QUIC and HTTP WGs' 4 meetings"
    two = Scope(scope.labels[:2], scope.meetings[:2])
    assert two.name == "HTTPbis and QUIC WGs' 2 meetings"
    one_group = Scope(["a", "b"], [meeting, meeting])
    assert one_group.name == "EXAMPLE WG's 2 meetings"
    research = [msgspec.structs.replace(meeting, working_group=g) for g in ("ICCRG", "QUIC")]
    assert Scope(["a"], research[:1]).name == research[0].name == "ICCRG, IETF 118"
    assert Scope(["a", "b"], research).name == "ICCRG and QUIC groups' 2 meetings"
    named_so = [msgspec.structs.replace(meeting, working_group=g) for g in ("TSVWG", "QUIC")]
    assert Scope(["a"], named_so[:1]).name == "TSVWG, IETF 118"  # not "TSVWG WG"
    assert Scope(["a", "b"], named_so).name == "TSVWG and QUIC WGs' 2 meetings"
    cased = [msgspec.structs.replace(meeting, working_group=g) for g in ("CELLAR", "cellar")]
    assert Scope(["a", "b"], cased).name == "CELLAR WG's 2 meetings"
    many = [msgspec.structs.replace(meeting, working_group=g) for g in ("A", "B", "C", "D", "A")]
    assert Scope(list("abcde"), many).name == "4 groups' 5 meetings"


def test_check_runs_every_rule_whatever_the_cache_holds(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msecwg.store import validate

    monkeypatch.setenv("MSECWG_CACHE", str(tmp_path / "cache"))
    folder = copy_of_meetings(tmp_path)
    assert run("check", str(folder)).exit_code == 0
    assert run("--data", str(folder), "drafts").exit_code == 0  # the cache is warm

    def a_new_rule(t: object) -> list[str]:
        return ["a rule added since the cache was made"]

    monkeypatch.setattr(validate, "written_dates", a_new_rule)
    result = run("check", str(folder))
    assert result.exit_code == 1
    assert f"msecwg: {folder / 'ietf118.toml'}: a rule added since the cache was made" in (
        result.stderr.splitlines()
    )


def test_a_change_of_msecwgs_code_is_a_cache_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msecwg.store import cache

    package = tmp_path / "package"
    shutil.copytree(cache.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__", "data"))
    before = cache.code_digest(package)
    rules = package / "store" / "validate.py"
    rules.write_text(rules.read_text() + "\n# a rule more\n")
    cache.code_digest.cache_clear()  # a digest is taken once a run
    after = cache.code_digest(package)
    assert after != before
    monkeypatch.setenv("MSECWG_CACHE", str(tmp_path / "cache"))
    text = (MEETINGS / "ietf119.toml").read_bytes()
    monkeypatch.setattr(cache, "code_digest", lambda: before)
    kept = cache.place(text)
    monkeypatch.setattr(cache, "code_digest", lambda: after)
    assert cache.place(text) not in (kept, None)


@pytest.mark.parametrize("mode", [0o777, 0o775, 0o757])
def test_a_cache_folder_others_may_write_to_is_not_used(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int
) -> None:
    shared = tmp_path / "cache"
    shared.mkdir()
    shared.chmod(mode)
    monkeypatch.setenv("MSECWG_CACHE", str(shared))
    expected = run(*DATA, "drafts").stdout
    assert list(shared.iterdir()) == []
    assert run(*DATA, "drafts").stdout == expected


def test_cache_entries_are_private_to_the_user(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MSECWG_CACHE", str(tmp_path / "cache"))
    assert run(*DATA, "drafts").exit_code == 0
    modes = {oct(entry.stat().st_mode & 0o777) for entry in (tmp_path / "cache").iterdir()}
    assert modes == {"0o600"}


@pytest.mark.parametrize("setting", ["~/cache", "cache", "/"])
def test_msecwg_cache_is_taken_literally_and_the_root_refused(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    from msecwg.store import cache

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MSECWG_CACHE", setting)
    assert cache.folder() is None
    assert run(*DATA, "drafts").exit_code == 0
    assert list(tmp_path.iterdir()) == []


def test_no_home_folder_is_made_for_the_cache(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MSECWG_CACHE")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "gone" / "home"))
    assert run(*DATA, "drafts").exit_code == 0
    assert list(tmp_path.iterdir()) == []


def test_the_cache_keeps_to_its_size_the_least_recently_used_going_first(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MSECWG_CACHE", str(folder))
    assert run("--data", str(MEETINGS), "drafts").exit_code == 0
    entries = sorted(folder.iterdir())
    assert len(entries) == 3
    for n, entry in enumerate(entries):
        os.utime(entry, ns=(n * 10**9, n * 10**9))  # entries[0] used longest ago
    cap = sum(e.stat().st_size for e in entries)
    monkeypatch.setenv("MSECWG_CACHE_SIZE", str(cap / 2**20))
    assert run("drafts").exit_code == 0  # the bundled meeting: one entry more, over the size
    kept = set(folder.iterdir())
    gone = [e for e in entries if e not in kept]
    assert gone and gone == entries[: len(gone)]
    assert len(kept - set(entries)) == 1  # the entry just made stays
    assert sum(e.stat().st_size for e in kept) <= cap

"""What the cache keeps of each meeting's speakers: `people` answers from it alike, and
without decoding any meeting's exchanges."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from msecwg.ask import across, who
from msecwg.ask.who import Group
from msecwg.model import GroupRecord, Names
from msecwg.store import cache, load, meetings

from .golden import MEETINGS


def test_people_from_the_cache_are_those_read_from_the_files_and_no_body_is_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MSECWG_CACHE", str(tmp_path / "cache"))
    checked = meetings.read([MEETINGS]).held
    kept = meetings.read([MEETINGS]).held
    assert all(m.kept is not None for m in kept)
    everyone = across.people(kept, Group(kept))
    assert everyone == across.people(checked, Group(checked))
    one = next(iter(everyone))
    assert across.people(kept, Group(kept), only=one) == {one: everyone[one]}
    assert [m.label for m in kept if "transcription" in m.__dict__] == []


def test_an_entry_keeps_what_the_exchanges_say_of_each_person(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MSECWG_CACHE", str(tmp_path / "cache"))
    path = MEETINGS / "ietf119.toml"
    t = load.read(path).transcription
    entry = cache.recall_as(cache.place(path.read_bytes()) or tmp_path, cache.ENTRIES)
    assert entry is not None
    said = cache.decoded(entry.spoken, dict[str, cache.Spoken])
    assert said == cache.spoken(t)
    assert set(said) == {p.id for p in t.people}
    speaking = {e.person for s in t.sections for e in s.exchanges if e.person}
    assert {p for p, of in said.items() if of.spellings} == speaking


def test_who_is_who_across_meetings_is_kept_and_a_changed_record_or_meeting_misses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MSECWG_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "meetings"
    shutil.copytree(MEETINGS, folder)
    meetings.read([folder])  # each meeting's entry kept
    found = Group(meetings.read([folder]).held).people  # and who is who across them
    asked = []
    monkeypatch.setattr(who, "people", lambda *a: asked.append(a) or found)
    assert Group(meetings.read([folder]).held).people == found
    assert asked == []  # kept: not worked out again
    someone = next(iter(found.shown.values()))
    record = GroupRecord(schema=1, people=[Names(name=someone, apart=[])])
    assert Group(meetings.read([folder]).held, record).people == found
    first = sorted(folder.iterdir())[0]
    first.write_text(first.read_text().replace("\n", "\n\n", 1))
    meetings.read([folder])  # its entry kept anew
    assert Group(meetings.read([folder]).held).people == found
    assert len(asked) == 2  # another record, another meeting: worked out again

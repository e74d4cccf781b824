"""A transcription that cannot be read or does not validate is refused, saying where."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from msecwg.errors import DataError
from msecwg.store import load

BUNDLED = load.bundled_path().read_text(encoding="utf-8")
MINUTES = load.bundled_path().parent / "msec-ietf57-minutes.txt"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("ietf = 57", 'ietf = "57"', "meeting.ietf: expected `int | null`, got `str`"),
        ('city = "Vienna"', 'city = "Vienna"\ncolour = "red"',
         "meeting: object contains unknown field `colour`"),
        ('working_group = "MSEC"\n', "", "meeting: object missing required field `working_group`"),
        ('id = "hugh"', 'id = "Hugh Harney"',
         "people[1].id: expected an id: lower-case letters, digits and dashes, like 'alice'"),
        ('kind = "task"', 'kind = "chore"', "follow_ups[0].kind: invalid enum value 'chore'"),
        ('city = "Vienna"', 'city = "Vienna',
         "not valid TOML: invalid basic string, expected `\"` at line 17 column 15"),
        ("day = 2003-08-08", "day = 2003-02-30",
         "not valid TOML: invalid date, expected day between 01 and 28 at line 200 column 16"),
        ('document = "dhhmac"', 'document = "dhmac"',
         "actions[3].document: unknown document 'dhmac' (known: dhhmac, fmke, gkm-arch, gsakmp, "
         "gsakmp-light, guidance, lkh, mikey, msec-arch, policy-token)"),
        ('person = "fredrik"', 'person = "frederick"',
         "sections[1].exchanges[1].person: unknown person 'frederick' (known: fredrik, haitham, "
         "hugh, lakshminath, russ, sebastien, thomas)"),
        ('id = "hugh"', 'id = "haitham"',
         "people: the id or name 'haitham' is used 2 times (and 3 more: msecwg check {path})"),
        ('aliases = ["policy-token"]', 'aliases = ["fmke"]',
         "sections: the id or name 'fmke' is used 2 times"),
        ('closes = { day = 2003-09-01, text = "1 September 2003" }',
         'closes = { day = 2003-07-01, text = "1 September 2003" }',
         "actions[2].closes: Tuesday 1 July 2003 is before Friday 1 August 2003, the day it "
         "opens; a Last Call closes on or after it opens (and 1 more: msecwg check {path})"),
        ('speaker = "Ans"\n', 'speaker = "Ans"\nperson = "thomas"\n',
         "sections[3].exchanges[2]: an exchange has a person unless its form is 'unattributed'"),
        ('quotes = ["(suggestion from Russ, AD)"]', "quotes = []",
         "people[6].quotes: expected `array` of length >= 1"),
        ("schema = 2", "schema = 1",
         "schema: this is a version 1 transcription; this msecwg reads version 2 (make one from "
         "the minutes with 'msecwg import')"),
        ('id = "b"', 'id = "a"', "actions and follow_ups: the id or name 'a' is used 2 times"),
        ('section = "others"\nkind = "task"', 'section = "other"\nkind = "task"',
         "follow_ups[1].section: unknown section 'other' (known: action-items, fmke, "
         "gkm-architecture, gsakmp, mikey-dhhmac, others)"),
        ('"MSEC WG Meeting Summary & Notes, IETF57 Vienna"', '"MSEC WG Meeting Summary, IETF57 Vienna"',
         "meeting.quotes[1]: not in the minutes: 'MSEC WG Meeting Summary, IETF57 Vienna'"),
        ('text = "Monday night (14 July 2003)"', 'text = "Monday 14 July 2003"',
         "meeting.date.text: not in the record's quotes: 'Monday 14 July 2003'"),
        ('quotes = ["(b) Last Call closing date for MSEC Architecture draft Friday 8 August 2003."]',
         'quotes = ["(b) Last Call closing date for the MSEC Architecture draft."]',
         "documents[6].quotes[0]: not in the minutes: '(b) Last Call closing date for the MSEC "
         "Architecture draft.'"),
        ('points = ["Discussion after presentation"]', 'points = ["Discussion after the presentation"]',
         "sections[3].points[0]: not in the minutes: 'Discussion after the presentation'"),
        ('speaker = "Sebastien"', 'speaker = "Sébastien"',
         "sections[3].exchanges[0].speaker: not in the record's quotes: 'Sébastien'"),
        ('further extensions"]', 'further extensions (4)"]',
         "sections[1].exchanges[1].quotes[0]: not in the minutes: 'Fredrik: No, it is not handled "
         "in MIKEY, but left for further extensions (4)'"),
        ('text = "Friday 8 August 2003"', 'text = "Fri 8 August 2003"',
         "actions[1].date.text: not in the record's quotes: 'Fri 8 August 2003'"),
        ('closes = { day = 2003-09-01, text = "1 September 2003" }',
         'closes = { day = 2003-09-01, text = "Monday 1 September 2003" }',
         "actions[2].closes.text: not in the record's quotes: 'Monday 1 September 2003'"),
        ('or the IESG Last Call closing date, whichever comes first" }',
         'or the IETF Last Call closing date, whichever comes first" }',
         "actions[0].date.condition: not in the record's quotes: 'or the IETF Last Call closing "
         "date, whichever comes first'"),
        ('text = "1 September 2003" }', 'text = "1 September 2003", tentative = "probably" }',
         "actions[2].closes.tentative: not in the record's quotes: 'probably'"),
        ('people_role = "initial contributors"', 'people_role = "owners"',
         "follow_ups[0].people_role: not in the record's quotes: 'owners'"),
        ('title = "Others"', 'title = "Other things"',
         "sections[5].title: not in its heading: 'Other things'"),
        ('{ person = "thomas", words = "Is the FMKE draft aimed at Informational or Experimental?" }',
         '{ person = "thomas", words = "Is FMKE Informational?" }',
         "documents[7].said[0].words: not in the minutes: 'Is FMKE Informational?'"),
        ('{ person = "lakshminath", words = "Let us take this to the list." }',
         '{ person = "ran", words = "Let us take this to the list." }',
         "documents[7].said[1].person: unknown person 'ran' (known: fredrik, haitham, hugh, "
         "lakshminath, russ, sebastien, thomas)"),
        ('text = "it was agreed that some guidance document was needed for implementers" }',
         'text = "it was agreed that a guidance document was needed" }',
         "sections[2].decisions[0].text: not in the minutes: 'it was agreed that a guidance "
         "document was needed'"),
        ('decisions = [{ kind = "agreed"', 'decisions = [{ kind = "voted"',
         "sections[2].decisions[0].kind: invalid enum value 'voted'"),
        ("day = 2003-08-08, text", "day = 2003-08-09, text",
         "actions[1].date.text: 'Friday 8 August 2003' does not name the date recorded, Saturday "
         "9 August 2003 (and 1 more: msecwg check {path})"),
        ('key = "others"\nnumber = 6', 'key = "others"\nsession = 2\nnumber = 6',
         "sections[5].session: the meeting has 1 session, not 2"),
    ],
)  # fmt: skip
def test_invalid_transcriptions_are_refused_with_file_field_and_reason(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in BUNDLED
    path = tmp_path / "meeting.toml"
    path.write_text(BUNDLED.replace(old, new, 1), encoding="utf-8")
    shutil.copy(MINUTES, tmp_path)
    shutil.copy(MINUTES.parent / "msec-facts.toml", tmp_path)
    with pytest.raises(DataError) as refused:
        load.load(path)
    assert str(refused.value) == f"{path}: {message.format(path=path)}"


def test_files_that_cannot_be_read_are_refused(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(BUNDLED.replace("Vienna", "Wien ü").encode("latin-1"))
    cases = {
        tmp_path / "absent.toml": "no such file",
        tmp_path: "is a directory, not a transcription file",
        latin1: "not UTF-8 text (byte 680); save it as UTF-8",
    }
    for path, reason in cases.items():
        with pytest.raises(DataError) as refused:
            load.load(path)
        assert str(refused.value) == f"{path}: {reason}"


def test_minutes_and_facts_that_cannot_be_read_are_named_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MSECWG_CACHE", "")
    path = tmp_path / "meeting.toml"
    path.write_text(BUNDLED, encoding="utf-8")
    minutes, facts = tmp_path / MINUTES.name, tmp_path / "msec-facts.toml"
    minutes.mkdir()
    facts.write_text("", encoding="utf-8")
    assert load.examine(path).problems[:1] == [
        f"{path}: minutes: {minutes}: is a directory, not a minutes file"
    ]
    minutes.rmdir()
    minutes.write_bytes(MINUTES.read_bytes().replace(b"Vienna", "Wien \u00fc".encode("latin-1")))
    assert load.examine(path).problems == [
        f"{path}: minutes: {minutes}: not UTF-8 text (byte 318); save it as UTF-8",
        f"{path}: facts: {facts}: the file is empty; a facts file starts with 'schema = 1'",
    ]


def test_the_bundled_transcription_is_found_and_valid() -> None:
    path = load.bundled_path()
    assert path.name == "msec-ietf57.toml"
    assert load.load(path).meeting.city == "Vienna"
    assert (path.parent / load.load(path).minutes).is_file()

"""The minutes' text: cut into passages that cover it whole, searched as written, and
read for topics and people."""

from __future__ import annotations

import msgspec
import pytest

from msecwg.ask import passages
from msecwg.model import PassageKind, Transcription
from msecwg.rows import PassageRow
from msecwg.store import load, reading
from msecwg.store.validate import fold


@pytest.fixture(scope="module")
def found() -> list[PassageRow]:
    meeting = load.read()
    return reading.passages(meeting.transcription, meeting.minutes)


def test_the_passages_cover_the_whole_minutes_in_order_verbatim(found: list[PassageRow]) -> None:
    minutes = load.read().minutes
    at = 0
    for p in found:
        assert p.text == fold(p.text)
        where = minutes.find(p.text, at)
        assert where >= at, p.text
        at = where + len(p.text)
    # What lies between passages is only the dashes that underline headings and
    # begin summary points.
    covered = "".join(p.text for p in found)
    left = minutes
    for p in found:
        left = left.replace(p.text, "", 1)
    assert set(left) <= {"-", " "}
    assert len(covered) > 0.9 * len(minutes)


def test_each_passage_says_where_it_stands(found: list[PassageRow]) -> None:
    places = [(p.where, p.section, p.ref) for p in found]
    assert places[:6] == [
        (PassageKind.OPENING, None, None),
        (PassageKind.OPENING, None, None),
        (PassageKind.OPENING, None, None),
        (PassageKind.OPENING, None, None),
        (PassageKind.OPENING, None, None),
        (PassageKind.HEADING, "gsakmp", None),
    ]
    assert [p.text for p in found[:2]] == [
        "Note:",
        "As we did not have a full-time scribe proper, this file compiles the various notes "
        "and action items coming from the meeting.",
    ]
    assert (PassageKind.ACTION, "action-items", "d") in places
    assert len(found) == 41


@pytest.mark.parametrize(
    ("words", "where"),
    [
        ("Haitham", [("gsakmp", "exchange", "6")]),
        ("Fredrik", [("mikey-dhhmac", "exchange", "2")]),
        ("Sebastien", [("fmke", "exchange", "1")]),
        ("Laskhminath", [("gsakmp", "exchange", "1")]),
        ("Ans:", [("fmke", "exchange", "3")]),
        ("Re-Charter", [(None, "opening", None)]),
        ("Vienna", [(None, "opening", None)]),
        ("New Milestones", [(None, "opening", None)]),
        ("scribe", [(None, "opening", None)]),
        ("GKM-Architecture:", [("gkm-architecture", "heading", None)]),
        ("Thomas", [("gsakmp", "exchange", "7"), ("gkm-architecture", "point", "3"),
                    ("fmke", "exchange", "4")]),
        ("informational", [("gsakmp", "exchange", "7"), ("fmke", "exchange", "4")]),
        ("IESG", [(None, "opening", None), ("action-items", "action", "a")]),
        ("1 September", [("mikey-dhhmac", "point", "3"), ("action-items", "action", "c"),
                         ("action-items", "action", "d")]),
    ],
)  # fmt: skip
def test_search_finds_words_anywhere_in_the_minutes_as_written(
    found: list[PassageRow], words: str, where: list[tuple[str | None, str, str | None]]
) -> None:
    hits = passages.search(found, words)
    assert [(p.section, p.where, p.ref) for p in hits] == where
    assert all(words.casefold() in p.text.casefold() for p in hits)


def test_mentions_are_passages_naming_someone_other_than_their_own_words(
    bundled: Transcription, found: list[PassageRow]
) -> None:
    read = reading.Reading(found, reading.mentioned(bundled, found), [], {})
    russ = [read.passages[n] for n in read.named["russ"]]
    assert [(p.section, p.where, p.ref) for p in russ] == [("mikey-dhhmac", "point", "1")]
    hugh = passages.of_person(bundled, ["hugh"], read)
    assert [(p.section, p.where, p.ref) for p in hugh] == [
        ("gsakmp", "exchange", "2"),
        ("gsakmp", "exchange", "4"),
        ("gkm-architecture", "point", "3"),
    ]


@pytest.mark.parametrize(
    ("topic", "key"),
    [
        ("gsakmp", "gsakmp"),
        ("GSAKMP", "gsakmp"),
        ("gs", "gsakmp"),
        ("mikey", "mikey-dhhmac"),
        ("dhhmac", "mikey-dhhmac"),
        ("DHH", "mikey-dhhmac"),
        ("m", "mikey-dhhmac"),
        ("gkm-arch", "gkm-architecture"),
        ("gkmarch", "gkm-architecture"),
        ("gkm", "gkm-architecture"),
        ("GkM-ArChItEcTuRe", "gkm-architecture"),
        ("fmke", "fmke"),
        ("oth", "others"),
        ("2", "mikey-dhhmac"),
        ("5", "action-items"),
    ],
)
def test_topics_are_found_by_key_name_case_prefix_or_listed_number(
    bundled: Transcription, topic: str, key: str
) -> None:
    assert passages.find_section(bundled, topic).key == key


@pytest.mark.parametrize(
    ("topic", "candidates", "ambiguous"),
    [
        ("g", ["gkm-architecture", "gsakmp"], True),
        ("gksm", ["gkm-architecture"], False),
        ("mikeyy", ["mikey-dhhmac"], False),
        ("msec", ["action-items", "fmke", "gkm-architecture", "gsakmp", "mikey-dhhmac", "others"],
         False),
        ("", ["action-items", "fmke", "gkm-architecture", "gsakmp", "mikey-dhhmac", "others"],
         False),
    ],
)  # fmt: skip
def test_a_word_that_names_no_topic_is_offered_only_names_a_few_edits_away(
    bundled: Transcription, topic: str, candidates: list[str], ambiguous: bool
) -> None:
    with pytest.raises(passages.NotFound) as missing:
        passages.find_section(bundled, topic)
    assert (missing.value.candidates, missing.value.ambiguous) == (candidates, ambiguous)


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("Laskhminath", "lakshminath"),
        ("lakshminath(?)", "lakshminath"),
        ("Lakshminath (as co-chair)", "lakshminath"),
        ("hu", "hugh"),
        ("Russ", "russ"),
        ("sébastien", "sebastien"),
        ("SEBASTIEN", "sebastien"),
    ],
)
def test_speakers_are_found_by_name_spelling_or_with_a_role(
    bundled: Transcription, word: str, person: str
) -> None:
    assert passages.person_named(bundled, word) == person


def test_people_are_found_by_any_part_of_their_full_name_from_outside_facts(
    bundled: Transcription,
) -> None:
    facts = load.read(facts=True).facts
    assert passages.person_named(bundled, "dondeti", facts) == "lakshminath"
    assert passages.person_named(bundled, "Josset", facts) == "sebastien"
    with pytest.raises(passages.NotFound):
        passages.person_named(bundled, "dondeti")


def test_discussion_lists_points_decisions_then_exchanges_or_one_persons_words(
    bundled: Transcription,
) -> None:
    fmke = passages.find_section(bundled, "fmke")
    assert [(r.kind, r.n, r.speaker, r.form) for r in passages.discussion(bundled, fmke)] == [
        ("point", 1, None, None),
        ("exchange", 1, "Sebastien", "said"),
        ("exchange", 2, "Lakshminath", "reported"),
        ("exchange", 3, None, "unattributed"),
        ("exchange", 4, "Thomas", "said"),
        ("exchange", 5, "Lakshminath", "said"),
    ]
    mikey = passages.find_section(bundled, "mikey")
    assert [(r.kind, r.n) for r in passages.discussion(bundled, mikey)][4:] == [
        ("decision", 5),
        ("exchange", 1),
        ("exchange", 2),
    ]
    assert [(r.n, r.text) for r in passages.discussion(bundled, fmke, ["lakshminath"])] == [
        (2, "Lakshminath objected. Phase 2 is not clear. The GCKS seems to be sending an SA "
            "to members without the member asking to join a given group."),
        (5, "Let us take this to the list."),
    ]  # fmt: skip


def test_people_count_exchanges_by_topic_and_the_passages_that_name_them(
    bundled: Transcription, found: list[PassageRow]
) -> None:
    read = reading.Reading(found, reading.mentioned(bundled, found), [], {})
    rows = {r.id: r for r in passages.people(bundled, None, read.named)}
    lakshminath = rows["lakshminath"]
    assert lakshminath.spellings == ["Laskhminath", "Lakshminath", "Lakshminath(?)"]
    assert [(c.topic, c.exchanges) for c in lakshminath.by_topic] == [
        ("gsakmp", 3), ("fmke", 2),
    ]  # fmt: skip
    assert (
        lakshminath.exchanges, lakshminath.uncertain, lakshminath.mentions, lakshminath.items
    ) == (5, 1, 2, ["guidance", "lkh"])  # fmt: skip
    assert (rows["russ"].exchanges, rows["russ"].mentions, rows["russ"].role) == (0, 1, "AD")


@pytest.mark.parametrize(
    ("written", "looked_up"),
    [
        ("Sébastien", "sebastien"),
        (" MARTIN—Thomson ", "martin—thomson"),  # a dash, but no accent to take off
        ("x\u0301y", "xy"),  # an accent written apart from its letter
        ("Ångström — é", "angstrom — e"),
        ("Straße", "strasse"),
        ("ﬁne…", "fine..."),
    ],
)
def test_a_name_is_looked_up_in_any_case_without_accents(written: str, looked_up: str) -> None:
    assert reading.key(written) == looked_up


def test_the_minutes_read_keep_the_short_names_they_declare() -> None:
    t = load.load()
    assert reading.declared(t) == []  # the IETF 57 minutes declare none
    first = t.people[0]
    said = msgspec.structs.replace(first, quotes=[*first.quotes, "Lakshminath (LD) agreed."])
    declaring = msgspec.structs.replace(t, people=[said, *t.people[1:]])
    assert first.name == "Lakshminath"
    assert reading.declared(declaring) == [("lakshminath", "ld", "Lakshminath (LD)")]
    kept = reading.reading_of(declaring, load.read().minutes)
    assert kept.declared == [("lakshminath", "ld", "Lakshminath (LD)")]

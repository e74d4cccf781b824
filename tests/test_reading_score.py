"""The scoring of the benchmark's reading part (bench/score.py): what counts as the same
fact, the same document and the same person, so that its figures mean what its docstring
says."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from msecwg.importer import read
from msecwg.importer.transcribe import transcribe
from msecwg.model import Transcription

BENCH = Path(__file__).resolve().parent.parent / "bench" / "score.py"


def transcribed(minutes: str) -> Transcription:
    """Answer the transcription msecwg imports from the minutes."""
    return transcribe(read(minutes), "x.md").transcription


@pytest.fixture(scope="module")
def score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("record", "quote", "same"),
    [
        ("HUM: in favour of adoption, to be confirmed on the list.", "HUM: in favour of adoption", True),
        ("Ekr will make a PR", "ekr: Ekr will make a PR (#2514)", True),
        ("Strong hums.", "Strong hums in support, no hums against.", False),
        ("anything", "", False),
    ],
)  # fmt: skip
def test_a_record_is_the_annotated_fact_when_it_holds_most_of_its_words(
    score: ModuleType, record: str, quote: str, same: bool
) -> None:
    assert score.holds_most(record, quote) is same


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("draft-ietf-quic-transport-19", "draft-ietf-quic-transport"),
        ("RFC 9000", "rfc9000"),
        ("RFC9000", "rfc9000"),
        ("Secondary  Certificates", "secondary certificates"),
        ("draft-fielding-httpbis-*", "draft-fielding-httpbis"),
        ("server-assist draft", "server-assist"),
        ("Architecture document", "architecture"),
        ("draft", "draft"),
        ("charter-ietf-scone", "charter"),  # the group's charter, as msecwg names it
        ("charter-irtf-iccrg-02", "charter"),
        ("charter of the group", "charter of the group"),
    ],
)
def test_a_document_is_known_by_its_name_without_case_revision_or_spacing(
    score: ModuleType, name: str, key: str
) -> None:
    assert score.document_key(name) == key


def test_each_record_matches_one_item_and_uncertain_items_count_for_precision_only(
    score: ModuleType,
) -> None:
    gold = [
        {"quote": "close the issue"},
        {"quote": "close the issue"},
        {"quote": "take it to the list", "uncertain": True},
        {"quote": "file a new issue"},
    ]
    found = ["close the issue", "take it to the list", "hum for option one"]
    tally = score.match(gold, found, str)
    assert (tally.hit, tally.gold, tally.right, tally.found) == (1, 3, 2, 3)
    assert tally.extra == ["hum for option one"]


def test_a_record_goes_to_the_item_whose_words_it_holds_most_of(score: ModuleType) -> None:
    # The first record holds 3 of the first item's 5 words, and all of the second's: it is
    # the second's, and the second record, which holds only the first's, is the first's.
    gold = [
        {"quote": "to be confirmed (sf-string)"},
        {"quote": "Strong consensus to adopt; to be confirmed"},
    ]
    found = [
        "Strong consensus to adopt; to be confirmed on the list.",
        "sf-string: to be confirmed",
    ]
    assert score.paired(gold, found, str) == {0: 1, 1: 0}
    tally = score.match(gold, found, str)
    assert (tally.hit, tally.right, tally.missed, tally.extra) == (2, 2, [], [])


def test_a_spelling_is_found_with_its_role_and_whatever_its_spaces(score: ModuleType) -> None:
    t = transcribed("# ZEBRA WG\n\n## Stripes\n\nMartin Duke (AD): Fine.\n\nMartin Duke: Yes.\n\n"
                 "Greg M: Sure.\n")  # fmt: skip
    gold = {"people": [
        {"name": "Martin Duke", "spellings": ["Martin Duke (AD)", "Martin Duke"]},
        {"name": "Greg M", "spellings": ["Greg  M"]},
    ]}  # fmt: skip
    joins, speakers = score.people(t, gold)
    assert (joins.hit, joins.gold, joins.missed) == (1, 1, [])
    assert (speakers.hit, speakers.gold) == (2, 2)


def test_a_spelling_is_found_as_written_with_a_mark_or_within_brackets(score: ModuleType) -> None:
    t = transcribed("# ZEBRA WG\n\n## Stripes\n\nQ(Martin Duke - Google): Why?\n\n"
                 "Martin Duke: Because.\n\n**Greg Mirsky Q:** How?\n\n**Greg Mirsky:** So.\n")  # fmt: skip
    assert [(e.speaker, e.role) for e in t.sections[0].exchanges] == [
        ("Martin Duke", "Google"), ("Martin Duke", None), ("Greg Mirsky", None),
        ("Greg Mirsky", None),
    ]  # fmt: skip
    gold = {"people": [
        {"name": "Martin Duke", "spellings": ["Martin Duke - Google", "Martin Duke"]},
        {"name": "Greg Mirsky", "spellings": ["Greg Mirsky Q", "Greg Mirsky"]},
    ]}  # fmt: skip
    joins, _ = score.people(t, gold)
    assert (joins.hit, joins.gold, joins.missed) == (2, 2, [])
    t = transcribed(
        "# ZEBRA WG\n\n*[CA]: Christian Amsüss\n\n## Stripes\n\n[CA] Fine.\n\nCA: Yes.\n"
    )
    gold = {"people": [{"name": "Christian Amsüss", "spellings": ["[CA]", "CA"]}]}
    joins, speakers = score.people(t, gold)
    assert (joins.hit, joins.gold, speakers.hit) == (1, 1, 1)


def test_an_owner_is_found_as_written_or_as_the_person_msecwg_names(score: ModuleType) -> None:
    t = transcribed("# ZEBRA WG\n\n## Stripes\n\nMartin Thomson: hello.\n\n"
                 "Martin: I will write a PR.\n\nDana: ok.\n\nACTION: review the text.\n")  # fmt: skip
    gold = {"actions": [
        {"quote": "Martin: I will write a PR.", "owner": "Martin Thomson"},  # "Martin", joined
        {"quote": "ACTION: review the text.", "owner": "Dana"},  # msecwg names no one
        {"quote": "an item msecwg does not find", "owner": "Lars"},  # counts for neither
    ]}  # fmt: skip
    tally = score.owners(t, gold)
    assert (tally.hit, tally.gold, tally.right, tally.found) == (1, 2, 1, 1)
    assert tally.missed == ["Dana: ACTION: review the text."]


def test_owners_listed_are_the_same_however_the_list_is_joined(score: ModuleType) -> None:
    t = transcribed("# ZEBRA WG\n\n## Stripes\n\nMartin: hello.\n\nKazuho: hi.\n\n"
                 "Lars: Martin and Kazuho will write an update to this.\n")  # fmt: skip
    gold = {
        "actions": [{"quote": "Martin and Kazuho will write an update", "owner": "Martin, Kazuho"}]
    }
    tally = score.owners(t, gold)
    assert [a.owner for a in t.actions] == ["Martin and Kazuho"]
    assert (tally.hit, tally.gold, tally.right, tally.found) == (1, 1, 1, 1)


def test_an_owner_the_reading_calls_chairs_is_a_chair_the_minutes_name(score: ModuleType) -> None:
    t = transcribed("# ZEBRA WG\n\nChairs: Lars Eggert, Matt Joras\n\n## Stripes\n\n"
                 "Lars Eggert: Will do Google poll for a meeting slot then.\n\n"
                 "Dana Lee: I will write a PR for that.\n")  # fmt: skip
    gold = {"actions": [
        {"quote": "Will do Google poll for a meeting slot then.", "owner": "chairs"},
        {"quote": "I will write a PR for that.", "owner": "chairs"},  # Dana is no chair
    ]}  # fmt: skip
    tally = score.owners(t, gold)
    assert (tally.hit, tally.gold, tally.right, tally.found) == (1, 2, 1, 2)
    assert tally.missed == ["chairs: I will write a PR for that."]


def test_an_owner_the_reading_calls_chairs_is_the_chairs_written_otherwise(
    score: ModuleType,
) -> None:
    t = transcribed("# ZEBRA WG\n\n## Stripes\n\nCo-chairs will synthesize the feedback into a "
                 "charter.\n\nThe authors will write a PR for that.\n")  # fmt: skip
    gold = {"actions": [
        {"quote": "Co-chairs will synthesize the feedback into a charter.", "owner": "chairs"},
        {"quote": "The authors will write a PR for that.", "owner": "chairs"},
    ]}  # fmt: skip
    tally = score.owners(t, gold)
    assert [a.owner for a in t.actions] == ["Co-chairs", "authors"]
    assert (tally.hit, tally.gold, tally.right, tally.found) == (1, 2, 1, 2)


def test_a_meetings_dates_are_the_days_it_was_held_never_a_month_alone(score: ModuleType) -> None:
    month = transcribed("# AIPREF WG Interim Meeting - 2026-03\n\nDana: one.\n")
    day = transcribed("# AIPREF WG Interim Meeting - 2026-03-04\n\nDana: one.\n")
    gold = {"meeting": {"group": "AIPREF", "ietf": None, "interim": True, "dates": []}}
    assert score.meeting_wrong(month, gold) == []
    assert score.meeting_wrong(day, gold) == ["dates ['2026-03-04'], not []"]


def test_what_a_decision_is_about_counts_only_decisions_found(score: ModuleType) -> None:
    t = transcribed(
        "# ZEBRA WG\n\n## Stripes - draft-ietf-zebra-stripes\n\nHum for adopting: strong.\n\n"
        "## Other business\n\nHum for an interim: strong.\n"
    )
    gold = {
        "documents": [{"name": "draft-ietf-zebra-stripes", "called": ["Stripes"]}],
        "decisions": [
            {"quote": "Hum for adopting: strong.", "document": "draft-ietf-zebra-stripes"},
            {"quote": "Hum for an interim: strong.", "document": "draft-ietf-zebra-hoofs"},
            {"quote": "Hum for a third thing: weak.", "document": None},
        ],
    }
    tally = score.about(t, gold)
    assert (tally.hit, tally.gold, tally.right, tally.found) == (1, 2, 1, 1)
    assert tally.missed == ["draft-ietf-zebra-hoofs: Hum for an interim: strong."]


def test_a_spelling_with_its_alias_declared_is_the_name_before_the_brackets(
    score: ModuleType,
) -> None:
    t = transcribed("# ZEBRA WG\n\n## Stripes\n\nIan Swett (IS) presenting: the stripes.\n\n"
                 "IS: main open issue is #96.\n\nMK: Fine.\n")  # fmt: skip
    gold = {"people": [
        {"name": "Ian Swett", "spellings": ["Ian Swett (IS)", "IS"]},
        {"name": "Mirja", "spellings": ["Mirja Kühlewind (MK)", "MK"]},
    ]}  # fmt: skip
    joins, _ = score.people(t, gold)
    assert (joins.hit, joins.gold, joins.missed) == (1, 2, ["Mirja Kühlewind (MK) / MK"])


def test_a_state_is_found_in_a_stage_or_in_what_is_said_of_where_it_stands(
    score: ModuleType,
) -> None:
    t = transcribed("# ZEBRA WG\n\n## draft-ietf-zebra-stripes\n\nAdopted last time.\n\n"
                 "Mark: good progress - more examples needed.\n\nDana: two open issues left.\n")  # fmt: skip
    gold = {"documents": [{"name": "draft-ietf-zebra-stripes", "called": [], "states": [
        {"state": "adopted", "quote": "Adopted last time."},
        {"state": "other", "quote": "Mark: good progress - more examples needed."},
        {"state": "other", "quote": "a remark msecwg does not find"},
    ]}]}  # fmt: skip
    tally = score.states(t, gold)
    assert (tally.hit, tally.gold, tally.right, tally.found) == (2, 3, 2, 3)
    assert tally.extra == ["draft-ietf-zebra-stripes: said: two open issues left."]

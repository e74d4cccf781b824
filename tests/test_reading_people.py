"""Reading the meeting, the speakers' turns and who is who, as a careful reader does:
on real minutes (../shared/minutes, skipped when absent) and small invented ones."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from msecwg.importer import Found, read
from msecwg.importer.people import (
    cut_short,
    family_name_of,
    fewer_words_of,
    first_name_and_initial_of,
    first_name_of,
    initial_and_family_of,
    initials_of,
    misspelt,
    short_first_of,
)
from msecwg.importer.sections import title_of
from msecwg.importer.speakers import prefix, speaker
from msecwg.importer.transcribe import transcribe
from msecwg.store.meetings import file_number

from .conftest import SHARED, Run

MINUTES = SHARED / "minutes"
needs_shared = pytest.mark.skipif(not MINUTES.is_dir(), reason=f"no shared minutes at {MINUTES}")


@cache
def real(name: str) -> Found:
    """Read a shared minutes file as the import command names it: folder and file."""
    path = MINUTES / name
    return read(path.read_text(encoding="utf-8"), name="/".join(Path(name).parts[-2:]))


def spellings(found: Found) -> dict[str, int | None]:
    """Answer the person each speaker as written is given."""
    turns = found.front.turns + [t for s in found.sections for t in s.turns]
    return {t.speaker: t.person for t in turns}


# ---------------------------------------------------------------------------
# The rules by which one name can be another speaker's


@pytest.mark.parametrize(
    ("rule", "name", "other", "same"),
    [
        (first_name_of, "Lars", "Lars Eggert", True),
        (first_name_of, "david", "David Schinazi", True),
        (first_name_of, "Martin", "Marten Seemann", False),
        (first_name_of, "Tommy", "Tommy P", False),
        (first_name_and_initial_of, "brian t", "Brian Trammell", True),
        (first_name_and_initial_of, "eric k", "erik kinnear", True),
        (first_name_and_initial_of, "Martin D", "Martin Thomson", False),
        (initials_of, "MT", "Martin Thomson", True),
        (initials_of, "mt", "martin thomson", True),
        (initials_of, "ekr", "Eric Rescorla", False),
        (initials_of, "Ian", "Ivan Almeida Nunes", False),
        (initials_of, "dkg", "Daniel Kahn Gillmor", True),
        (misspelt, "chirstian", "christian", True),
        (misspelt, "ipettersen", "ypettersen", True),
        (misspelt, "Jeffery Yaskin", "Jeffrey Yasskin", True),
        (misspelt, "Martin Thompson", "Martin Thomson", True),
        (misspelt, "Jana Iyeng", "Jana Iyengar", True),
        (misspelt, "Alex Chernyakhovskyovsky", "Alex Chernyakhovsky", True),
        (misspelt, "Martin Duk", "Martin Duke", False),
        (misspelt, "Mark Nott", "Mike Nottingham", False),
        (misspelt, "Marten", "Martin", False),
        (misspelt, "Eric", "Erik", False),
        (misspelt, "MartinT", "MartinD", False),
        (cut_short, "rfield", "rfielding", True),
        (cut_short, "Chris", "Christian", False),
        (family_name_of, "Lennox", "Jonathan Lennox", True),
        (family_name_of, "Kaduk", "Benjamin Kaduk", True),
        (family_name_of, "lennox", "Jonathan Lennox", False),
        (family_name_of, "Mo", "Jo Mo", False),
        (family_name_of, "Jonathan", "Jonathan Lennox", False),
        (short_first_of, "Ben Schwartz", "Benjamin Schwartz", True),
        (short_first_of, "David Dolson", "Dave Dolson", True),
        (short_first_of, "Mike Bishop", "Michael Bishop", False),
        (short_first_of, "Ben Schwartz", "Ben Schwarz", False),
        (short_first_of, "Ben", "Benjamin Schwartz", False),
        (initial_and_family_of, "M Thomson", "Martin Thomson", True),
        (initial_and_family_of, "j. iyengar", "Jana Iyengar", True),
        (initial_and_family_of, "M Duke", "Martin Thomson", False),
        (initial_and_family_of, "J Thomson", "Martin Thomson", False),
        (initial_and_family_of, "Thomson", "Martin Thomson", False),
        (fewer_words_of, "Timid Robot", "Timid Robot Zehta", True),
        (fewer_words_of, "Mohit Tahiliani", "Mohit Prakash Tahiliani", True),
        (fewer_words_of, "Mohit Prakash", "Mohit Prakash Tahiliani", True),
        (fewer_words_of, "Prakash Tahiliani", "Mohit Prakash Tahiliani", False),
        (fewer_words_of, "Mohit Smith", "Mohit Prakash Tahiliani", False),
        (fewer_words_of, "Tahiliani Mohit", "Mohit Prakash Tahiliani", False),
        (fewer_words_of, "Mohit Tahiliani", "Mohit Tahiliani", False),
        (fewer_words_of, "Mohit", "Mohit Prakash Tahiliani", False),
    ],
)
def test_a_name_can_be_another_by_one_rule(rule: object, name: str, other: str, same: bool) -> None:
    assert callable(rule)
    assert rule(name, other) is same


# ---------------------------------------------------------------------------
# Who is who within one meeting, on small invented minutes

SPEAKERS = """# ZEBRA WG Minutes, IETF 125

*[CB]: Carsten Bormann

## Stripes

Lars Eggert: the draft is ready.
Lars: any objection?
CB: none from me.
Carsten Bormann: really none.
Martin Thomson: one question.
Martin Duke: a second one.
Martin: a third.
"""


def test_a_line_naming_the_chairs_makes_those_who_speak_chairs() -> None:
    found = read(
        "# ZEBRA WG\n\nChairs:  Glenn Deen, David Lawrence\n\n## Stripes\n\n"
        "Glenn: Welcome.\n\nGlenn Deen: Let us start.\n\nPaul Hoffman: Fine.\n\n"
        "Chairs: need to talk to Paul Hoffman and huddle\n"
    )
    chairs = [(p.name, p.quotes) for p in found.people if p.office == "chair"]
    assert chairs == [("Glenn Deen", ["Chairs: Glenn Deen, David Lawrence"])]
    from msecwg.importer.transcribe import transcribe

    people = transcribe(found, "x.md").transcription.people
    assert {p.name: p.role for p in people} == {
        "Chairs": None, "Glenn Deen": "chair", "Paul Hoffman": None
    }  # fmt: skip
    # A line of names but one that is no full name names no chairs.
    found = read("# ZEBRA WG\n\n* Chairs: Suresh Krishnan, Mark Nottingham (absent); Tommy "
                 "Pauly filling in\n\n## Stripes\n\nSuresh Krishnan: Welcome.\n")  # fmt: skip
    assert not [p for p in found.people if p.office == "chair"]


def test_a_line_naming_the_chairs_with_their_lists_address_over_a_list_of_them() -> None:
    found = read(
        "# ZEBRA WG\n\nChairs (zebra-chairs@ietf.org):\n\n* Marco Tiloca (marco at example)\n"
        "* Carsten Bormann (cabo at example)\n\n## Stripes\n\nMarco Tiloca: Welcome.\n\n"
        "Carsten Bormann: The plan is to submit version -14 soon.\n"
    )
    chairs = [p.name for p in found.people if p.office == "chair"]
    assert chairs == ["Marco Tiloca", "Carsten Bormann"]
    assert [d.text for d in found.decisions] == []  # a plan to revise: the authors' work
    for line in ("* Chair present: Tommy Pauly", "Chairs - Gorry Fairhurst and Tommy Pauly"):
        found = read(f"# ZEBRA WG\n\n{line}\n\n## Stripes\n\nTommy Pauly: Welcome.\n")
        assert [(p.name, p.office) for p in found.people] == [("Tommy Pauly", "chair")]


def test_a_speaker_written_with_a_chairs_hat_is_a_chair() -> None:
    found = read(
        "# ZEBRA WG\n\n## Stripes\n\nMN (Chair): Status: had an interim.\n\nSK: Thanks.\n\n"
        "Lucas (as chair): Time is up.\n\nLucas: Fine.\n\nMT (chair hat off): I disagree.\n\n"
        "Brian (chair hat): rough consensus.\n\nSean with chair hat on: We will ask.\n\n"
        "Lars (with QUIC chair hat): too late for QUIC.\n"
    )
    chairs = [(p.name, p.quotes) for p in found.people if p.office == "chair"]
    assert chairs == [
        ("MN", ["MN (Chair)"]),
        ("Lucas", ["Lucas (as chair)"]),
        ("Brian", ["Brian (chair hat)"]),
        ("Sean", ["Sean with chair hat on"]),
    ]


def test_a_chair_written_with_two_hats_is_quoted_with_the_first_whatever_the_hash_seed() -> None:
    # Which of a chair's hats is quoted must not follow the order of a set of strings, which
    # Python's hash randomization varies from run to run: every run gives the first written.
    minutes = (
        "# MLS WG\n\n## Protocol\n\nSean Turner (chair): important to get the security "
        "considerations right.\n\nSean (WG Chair): need to ensure research gets reflected.\n"
    )
    probe = (
        "import sys; from msecwg.importer import read; "
        "print([p.quotes for p in read(sys.stdin.read()).people if p.office == 'chair'])"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", probe], input=minutes, capture_output=True, text=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)}, check=True,
        ).stdout
        for seed in range(1, 7)
    }  # fmt: skip
    assert runs == {"[['Sean Turner (chair)']]\n"}


def test_a_speaker_written_with_chair_after_the_name_is_that_person_a_chair() -> None:
    found = read(
        "# ZEBRA WG\n\n## Stripes\n\nLucas: Should there only be one?\n\n"
        "Lucas chair: I would like to see reviews.\n\nWG chair: none.\n"
    )
    assert [(p.name, p.office, p.quotes) for p in found.people] == [
        ("Lucas", "chair", ["Lucas chair"])
    ]


@pytest.mark.parametrize(
    ("line", "first", "chairs"),
    [
        # The line also gives Glenn's full name: it is quoted once.
        ("Chairs: Glenn Deen, Paul Hoffman", "Glenn", ["Glenn Deen", "Paul Hoffman"]),
        ("* Chair: Glenn Deen <glenn@example.com>", "Glenn Deen", ["Glenn Deen"]),
        (
            "Chairs: 🪑🪑 (Glenn Deen (for the last time), Paul Hoffman)",
            "Glenn Deen",
            ["Glenn Deen", "Paul Hoffman"],
        ),
        # A line "Chairs" over a list of them, one an item, quoted as a whole.
        (
            "Chairs:\n\n* Glenn Deen, RISE\n* Paul Hoffman paul@example.com",
            "Glenn Deen",
            ["Glenn Deen", "Paul Hoffman"],
        ),
        ("## Chairs\n- Glenn Deen\n- Paul Hoffman", "Glenn Deen", ["Glenn Deen", "Paul Hoffman"]),
        ("ZEBRA Chairs: Glenn Deen, Paul Hoffman", "Glenn Deen", ["Glenn Deen", "Paul Hoffman"]),
        # Brackets that hold a remark, not the list, name no chairs; nor items that are no names.
        ("Chairs: 🪑 (see the wiki)", "Glenn Deen", []),
        ("## Chair\n\n- Note well reminders\n- Agenda bashing", "Glenn Deen", []),
        ("Former chairs: Glenn Deen, Paul Hoffman", "Glenn Deen", []),
    ],
)
def test_a_chairs_line_is_read_past_mail_addresses_and_marks_before_its_list(
    line: str, first: str, chairs: list[str]
) -> None:
    found = read(
        f"# ZEBRA WG\n\n{line}\n\n## Stripes\n\n{first}: Let us start.\n\nPaul Hoffman: Fine.\n"
    )
    assert [(p.name, p.office, p.quotes) for p in found.people if p.office] == [
        (name, "chair", [" ".join(line.split())]) for name in chairs
    ]


def test_a_chair_listed_with_a_mail_address_is_the_one_a_first_name_speaks_for() -> None:
    found = read(
        "# ZEBRA WG\n\n### Chairs\n* Tim Wicinski tjw.ietf@example.com\n* Brian Haberman "
        "<brian@example.net>\n\n## Stripes\n\n* Tim: lets use the show-of-hands tool\n"
        "* Brian: do you want a doc which reflects current deployment?\n"
    )
    assert [(p.name, p.written, p.office) for p in found.people] == [
        ("Tim Wicinski", ["Tim", "Tim Wicinski"], "chair"),
        ("Brian Haberman", ["Brian", "Brian Haberman"], "chair"),
    ]


def test_a_name_listed_with_its_office_after_it_is_that_officer() -> None:
    found = read(
        "# ZEBRA WG\n\n### Attendees\n\nGlenn Deen - Co-Chair  \nPaul Hoffman (AD)\n"
        "Dana Smith - Zebra Stripes Inc., chair of the board\n\n## Stripes\n\n"
        "Glenn: Let us start.\n\nPaul Hoffman: Fine.\n\nDana Smith: Agreed.\n"
    )
    assert sorted((p.name, p.office, p.quotes) for p in found.people if p.office) == [
        ("Glenn Deen", "chair", ["Glenn Deen - Co-Chair"]),
        ("Paul Hoffman", "AD", ["Paul Hoffman (AD)"]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Responsible AD: Paul Hoffman",
        "Area Director: Paul Hoffman",
        "Area Director\n* Paul Hoffman (PH) \u2013 not on the call",
    ],
)
def test_a_line_naming_the_area_director_makes_them_the_ad(line: str) -> None:
    found = read(f"# ZEBRA WG\n\n{line}\n\n## Stripes\n\nPaul Hoffman: Fine.\n")
    assert [(p.name, p.office, p.quotes[-1]) for p in found.people] == [
        ("Paul Hoffman", "AD", " ".join(line.split()))
    ]


def test_a_short_name_in_brackets_that_speaks_is_the_full_names() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nPeter van Dijk (PvD): the stripes are done.\n\n"
        "Eric Rescorla (Ekr): agreed.\n\nMike Smith (Meta): no.\n\nPvD: yes they are.\n\n"
        "ekr: fine.\n\nMeta Smith: no opinion.\n"
    )
    of = spellings(found)
    assert of["PvD"] == of["Peter van Dijk (PvD)"]
    assert of["ekr"] == of["Eric Rescorla (Ekr)"]
    assert len({of["Mike Smith (Meta)"], of["Meta Smith"], of["PvD"], of["ekr"]}) == 4


def test_a_short_name_in_brackets_after_a_heading_s_presenter_that_speaks_is_theirs() -> None:
    found = read(
        "# FOO WG\n\n#### RFC 8446-bis - Eric Rescorla (Ekr)\n\nEkr: the stripes are done.\n\n"
        "Sean: fine.\n\n#### Hoof Care - Mike Smith (Meta)\n\nMeta Smith: no opinion.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Eric Rescorla", ["Ekr", "Eric Rescorla"]),
        ("Sean", ["Sean"]),
        ("Meta Smith", ["Meta Smith"]),
    ]


def test_a_short_name_in_brackets_after_a_name_written_with_two_spaces_is_theirs() -> None:
    found = read(
        "# ADD WG\n\n## Requirements\n\nChris Box presented slides.\nTurned over to "
        "Tirumaleswar  Reddy Konda (Tiru) on slide 7.\n\nTiru: We did this.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Chris Box", ["Chris Box"]),
        ("Tirumaleswar Reddy Konda", ["Tiru", "Tirumaleswar Reddy Konda"]),
    ]


def test_a_full_name_sharing_initials_with_another_full_names_short_name_is_someone_else() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nStephen Farrell (SF): How do you interact with DNS?\n\n"
        "SF: I have issues.\n\nMike Bishop: agreed.\n\nScott Fluhrer: This needs analysis.\n\n"
        "Michael Bishop (MB): fine.\n"
    )
    of = spellings(found)
    assert of["SF"] == of["Stephen Farrell (SF)"]
    assert of["Scott Fluhrer"] != of["SF"]
    assert of["Mike Bishop"] == of["Michael Bishop (MB)"]
    # "SF" is Stephen's by the minutes' word, so no sign that Scott may be Stephen
    assert not [line for line in found.left if "may be one person" in line]


def test_a_short_name_no_one_ties_may_be_either_full_name_it_stands_for() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nStephen Farrell: How do you interact with DNS?\n\n"
        "SF: I have issues.\n\nScott Fluhrer: This needs analysis.\n"
    )
    assert [line for line in found.left if "may be one person" in line] == [
        "'Stephen Farrell' and 'SF' may be one person; left apart",
        "'SF' and 'Scott Fluhrer' may be one person; left apart",
    ]


def test_initials_with_points_are_the_initials_without() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Pacing, Michael Welzl (MW)\n\n"
                 "M.W.: When is it ready?\n\nGeoff Huston: Soon.\n\nMW: Will update it.\n\n"
                 "G.H.: Good.\n")  # fmt: skip
    assert [(p.name, p.written) for p in found.people] == [
        ("Michael Welzl", ["M.W.", "MW", "Michael Welzl"]),
        ("Geoff Huston", ["Geoff Huston"]),
        ("G.H.", ["G.H."]),
    ]


def test_a_first_name_joins_the_one_full_name_and_stays_apart_from_two() -> None:
    found = read(SPEAKERS)
    of = spellings(found)
    assert of["Lars"] == of["Lars Eggert"]
    assert of["CB"] == of["Carsten Bormann"]
    assert len({of["Martin"], of["Martin Thomson"], of["Martin Duke"]}) == 3
    assert [(p.name, p.written, p.quotes) for p in found.people] == [
        ("Lars Eggert", ["Lars Eggert", "Lars"], []),
        ("Carsten Bormann", ["CB", "Carsten Bormann"], ["*[CB]: Carsten Bormann"]),
        ("Martin Thomson", ["Martin Thomson"], []),
        ("Martin Duke", ["Martin Duke"], []),
        ("Martin", ["Martin"], []),
    ]
    assert "names read as one speaker, not tied by the minutes: 'Lars Eggert' (also 'Lars')" in (
        found.left
    )
    assert "'Martin Thomson' and 'Martin' may be one person; left apart" in found.left


def test_a_full_name_with_a_word_left_out_joins_the_one_longer_name() -> None:
    found = read(
        "# ZEBRA WG\n\n## Stripes\n\nMohit Prakash Tahiliani: We do not expect this.\n\n"
        "Timid Robot Zehta: Our effort is to create categories.\n\n"
        "Mohit Tahiliani: It should not be difficult.\n\nTimid Robot: Not too broad.\n"
    )
    of = spellings(found)
    assert of["Mohit Tahiliani"] == of["Mohit Prakash Tahiliani"]
    assert of["Timid Robot"] == of["Timid Robot Zehta"]
    assert len(found.people) == 2


def test_a_first_name_joins_the_one_name_of_that_first_name_and_an_initial() -> None:
    found = read(
        "# TLS\n\n## Stripes\n\nSean: hello.\n\nSean T: again.\n\nMartin: one.\n\n"
        "Martin T: two.\n\nMartin D: three.\n\n## Keys\n\nEric: four.\n\neric k: five.\n\n"
        "ekr: six.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Sean T", ["Sean", "Sean T"]),
        ("Martin", ["Martin"]),
        ("Martin T", ["Martin T"]),
        ("Martin D", ["Martin D"]),
        ("Eric", ["Eric"]),  # "ekr" may be Eric too
        ("eric k", ["eric k"]),
        ("ekr", ["ekr"]),
    ]
    assert "'Martin' and 'Martin T' may be one person; left apart" in found.left


def test_a_first_name_and_initial_with_the_first_name_shortened_is_one_person() -> None:
    found = read(
        "# MASQUE\n\n## Topic\n\nDave S: hello.\n\nDavid S: again.\n\nDave S.: more.\n\n"
        "Mike B: a.\n\nMichael B: b.\n\nChris W: c.\n\nChristian H: d.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Dave S", ["Dave S", "David S", "Dave S."]),
        ("Mike B", ["Mike B"]),
        ("Michael B", ["Michael B"]),
        ("Chris W", ["Chris W"]),
        ("Christian H", ["Christian H"]),
    ]


def test_a_full_name_with_its_first_name_shortened_is_one_person() -> None:
    found = read(
        "# HTTPBIS\n\n## Stripes\n\nBenjamin Schwartz: hello.\n\nBen Schwartz: again.\n\n"
        "Ben: more.\n\nMike Bishop: a.\n\nMichael Bishop: b.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Benjamin Schwartz", ["Benjamin Schwartz", "Ben Schwartz", "Ben"]),
        ("Mike Bishop", ["Mike Bishop"]),
        ("Michael Bishop", ["Michael Bishop"]),
    ]


def test_a_family_name_alone_joins_the_one_full_name_and_stays_apart_from_two() -> None:
    found = read("## Stripes\n\nLennox: Yes.\n\nJonathan Lennox: Fine.\n\n"
                 "Dana Smith: Ok.\n\nSmith: Sure.\n\nLee Smith: No.\n")  # fmt: skip
    assert [(p.name, p.written) for p in found.people] == [
        ("Jonathan Lennox", ["Lennox", "Jonathan Lennox"]),
        ("Dana Smith", ["Dana Smith"]),
        ("Smith", ["Smith"]),
        ("Lee Smith", ["Lee Smith"]),
    ]


def test_the_exchange_keeps_the_speaker_as_written_and_carries_one_person() -> None:
    made = transcribe(read(SPEAKERS, name="ietf150.md"), "ietf150.md").transcription
    exchanges = [(e.speaker, e.person) for s in made.sections for e in s.exchanges]
    assert exchanges[:2] == [("Lars Eggert", "lars-eggert"), ("Lars", "lars-eggert")]


@pytest.mark.parametrize(
    ("written", "name", "role"),
    [("Tommy Pauly Q", "Tommy Pauly", None),
     ("Eric K", "Eric K", None),
     ("Q(Xiao Min -ZTE Corporation)", "Xiao Min", "ZTE Corporation"),
     ("Q(Martin Duke- Google)", "Martin Duke", "Google"),
     ("Q(Jean-Marc Valin)", "Jean-Marc Valin", None),
     ("A (Nicolas K.)", "Nicolas K.", None),
     ("A (Hitoshi Asaeda - NICT)", "Hitoshi Asaeda", "NICT"),
     ("A (Kerim Fouli, CodeOn)", "Kerim Fouli", "CodeOn"),
     ("Q (Yunfei Zhang, Tencent)", "Yunfei Zhang", "Tencent"),
     ("Q (Gorry, Ian)", "Gorry, Ian", None),
     ("C (MJM)", "MJM", None)],
)  # fmt: skip
def test_a_questions_mark_after_a_full_name_or_an_affiliation_after_a_dash_is_not_the_name(
    written: str, name: str, role: str | None
) -> None:
    found = speaker(written)
    assert found is not None and (found.name, found.role) == (name, role)


def test_initials_in_brackets_after_a_title_are_its_presenter_where_they_speak() -> None:
    minutes = "Encrypted Content Type (DKG)\n\nDKG: looking at dropping the version.\n"
    assert title_of("Encrypted Content Type (DKG)", "topic", minutes)[::2] == (
        "Encrypted Content Type", "DKG"
    )  # fmt: skip
    # a person's name and affiliation stay whole where the affiliation never speaks
    assert title_of("Marcus Ilhar (Ericsson)", "topic", "Marcus: hello.\n")[::2] == (
        "Marcus Ilhar (Ericsson)", None
    )  # fmt: skip


def test_two_affiliations_keep_one_first_name_apart_from_a_full_name() -> None:
    found = read(
        "# HTTP WG\n\n## Websockets\n\n- Nick - Akamai\n  - is it worth it\n"
        "- Nick Doty - UC Berkeley\n  - stop signing\n"
    )
    of = spellings(found)
    assert of["Nick - Akamai"] != of["Nick Doty - UC Berkeley"]


def test_a_role_in_capitals_is_a_speaker_as_it_is_in_small_letters() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nCHAIR: Let's run a call on the design team output.\n\n"
        "EDITORS: agreed.\n\nQUERY: who reads the stripes?\n\nMartin: ok.\n"
    )
    assert [p.name for p in found.people] == ["CHAIR", "EDITORS", "Martin"]


def test_a_word_before_a_dash_and_a_sentence_is_no_speaker() -> None:
    # what stands after a speaker's dash is a few words ("Nick - Akamai"), never a sentence
    found = read(
        "# SFRAME WG\n\n## Overview\n\n* MLS - provides continuous group authenticated key "
        "exchange with Forward Secrecy\n  * SFrame uses it\n* FLAC - did not make July 2022 "
        "milestone. What is realistic update?\n  * the document is ready\n"
    )
    assert [p.name for p in found.people] == []


def test_a_drafts_short_name_before_a_colon_is_no_speaker() -> None:
    # "http-mapping" ends a draft's name the minutes write: a status line, no one's turn
    text = (
        "# ZEBRA WG\n\n## Status\n\n* draft-ietf-zebra-http-mapping-03 is stable\n"
        "* http-mapping: at IESG\n* hans-jorg: we should ship it\n"
    )
    found = read(text)
    assert [p.name for p in found.people] == ["hans-jorg"]


CREDITED = """# ZEBRA WG Minutes, IETF 125

Scribes: Robin Marx, Spencer Dawkins
Chairs: 🪑🪑 (Lars Eggert (for the last time), Lucas Pardue)

## Stripes - Tommy Pauly

[Slides](https://example.org/slides) - *Brian Trammell*

Lars: the draft is ready.
Lucas: any objection?
Tommy: none from me.
Brian: one question.
Roberto: a second one.
Martin: a third.
Martin D: a fourth.

### Roberto Peon's Comments

- Cherie Shi, Google
- Martin Thomson (remote)
"""


def test_a_first_name_takes_the_one_full_name_the_minutes_credit() -> None:
    found = read(CREDITED)
    assert [(p.name, p.written, p.quotes) for p in found.people] == [
        (
            "Lars Eggert",
            ["Lars", "Lars Eggert"],
            ["Chairs: 🪑🪑 (Lars Eggert (for the last time), Lucas Pardue)"],
        ),
        (
            "Lucas Pardue",
            ["Lucas", "Lucas Pardue"],
            ["Chairs: 🪑🪑 (Lars Eggert (for the last time), Lucas Pardue)"],
        ),
        ("Tommy Pauly", ["Tommy", "Tommy Pauly"], ["## Stripes - Tommy Pauly"]),
        (
            "Brian Trammell",
            ["Brian", "Brian Trammell"],
            ["[Slides](https://example.org/slides) - *Brian Trammell*"],
        ),
        ("Roberto", ["Roberto"], []),  # "Roberto Peon's Comments" names no person
        ("Martin", ["Martin"], []),  # "Martin D" speaks too: either could be Martin Thomson
        ("Martin D", ["Martin D"], []),
    ]
    assert (
        "names read as one speaker, not tied by the minutes: 'Lars Eggert' (also 'Lars'), "
        "'Lucas Pardue' (also 'Lucas'), 'Tommy Pauly' (also 'Tommy'), 'Brian Trammell' (also "
        "'Brian')"
    ) in found.left


def test_names_joined_by_and_an_ampersand_or_a_plus_a_presenter_and_a_lists_last_are_credited() -> (
    None
):
    found = read(
        "# OneM2M WG\n\n*note takers: Brian Trammell and Ted Hardie*\n\n## Julian Reschke: HTTP\n"
        "\n* Omar Elloumi & Martin Bauer: OneM2M\n\nBrian: one.\nTed: two.\nJulian: three.\n"
        "Omar: four.\nMartin: five.\nWe talked and Lars Eggert said so.\nLars: six.\n"
        "Alan: Mike Bishop and I wrote it.\nMike: seven.\n\n***Participants: Sheng Jiang, "
        "Laurent Ciavaglia.\n\nLaurent: eight.\nBo: It was said to Bo Liu.\n\n## Scope\n\n"
        "*Marcus Ihlar + the whole WG, 55 minutes*\n\nMarcus: nine.\n"
    )
    assert [p.name for p in found.people] == [
        "Brian Trammell", "Ted Hardie", "Julian Reschke", "Omar Elloumi", "Martin Bauer", "Lars",
        "Alan", "Mike", "Laurent Ciavaglia", "Bo", "Marcus Ihlar",
    ]  # fmt: skip


def test_names_a_slash_parts_are_credited_and_tell_two_of_a_first_name_apart() -> None:
    found = read(
        "# SCONE interim\n\nPresenters: Marcus Ihlar/Martin Thomson/Anoop Tomar\n"
        "See https://example.org/People/Zed Zebra\n\n## Issue 5\n\nMarcus: one.\n\n"
        "Martin Duke: two.\n\nMartin: three.\n\nAnoop: four.\n\nZed: five.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Marcus Ihlar", ["Marcus", "Marcus Ihlar"]),
        ("Martin Duke", ["Martin Duke"]),
        ("Martin", ["Martin"]),
        ("Anoop Tomar", ["Anoop", "Anoop Tomar"]),
        ("Zed", ["Zed"]),
    ]


def test_a_presenter_named_before_presenting_is_credited() -> None:
    found = read(
        "# QUIC WG\n\n## Multipath\n\nYanmei Liu presenting [slides](https://example.org/mp.pdf)"
        "\n\nYanmei: For mobile apps.\n\n## ACK timestamps\n\nJoseph Beshay presenting.\n\n"
        "Joseph: That's part of the negotiation.\n\nIan: presenting is hard.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Yanmei Liu", ["Yanmei", "Yanmei Liu"]),
        ("Joseph Beshay", ["Joseph Beshay", "Joseph"]),  # "Joseph Beshay presenting." reported
        ("Ian", ["Ian"]),
    ]


def test_a_full_name_opening_a_sentence_of_a_story_is_credited() -> None:
    found = read(
        "# LOOPS side meeting\n\nCarsten Bormann called the meeting to order. Michael Welzl "
        "had contributed slides. Chair Lars Eggert showed the Note Well.\n\n## Recap\n\n"
        "- Carsten: quick recap\n- Michael: loss\n- Gorry: fine.\n- Chair: welcome\n\n"
        "We agreed that Gorry Fairhurst will write it. The question came up whether this "
        "needs a new media type; AD Alexey Melnikov pointed out that it does not.\n\n"
        "- Alexey: fine with choices.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Carsten Bormann", ["Carsten", "Carsten Bormann"]),
        ("Michael Welzl", ["Michael", "Michael Welzl"]),
        ("Gorry", ["Gorry"]),  # named within a sentence, not as its subject
        ("Chair", ["Chair"]),  # a role before a name, never its first name
        ("Alexey Melnikov", ["Alexey", "Alexey Melnikov"]),  # a clause's subject, after a role
    ]


def test_initials_the_minutes_give_two_people_make_no_one_of_both() -> None:
    found = read(
        "# HTTP WG\n\n## Signatures\n\nJustin Richer (JR): feedback received\n\nJR: a flag\n\n"
        "## Retrofit\n\nJulian Reschke (JR): issues around parsing\n\nJR: in the spec\n\n"
        "Martin Thomson (MT): fine\n\nMT: ok\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Justin Richer", ["Justin Richer"]),
        ("JR", ["JR"]),  # either, by where it stands: the minutes leave it to the reader
        ("Julian Reschke", ["Julian Reschke"]),
        ("Martin Thomson", ["Martin Thomson", "MT"]),
    ]


def test_initials_in_square_brackets_after_a_speakers_name_are_theirs() -> None:
    found = read(
        "# QUIC WG\n\n## Multipath\n\n**Lucas Pardue [LP]**: Ack frequency to WGLC.\n\n"
        "**Mirja Kühlewind [MK]**: No strong opinion.\n\n**LP**: Thanks.\n\n**MK** : Fine.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Lucas Pardue", ["Lucas Pardue", "LP"]),
        ("Mirja Kühlewind", ["Mirja Kühlewind", "MK"]),
    ]


def test_names_written_with_an_umlaut_or_without_it_are_one_person() -> None:
    found = read(
        "# ZEBRA WG\n\n## Stripes\n\nJörg: one.\nJoerg: two.\nJoerg Heuer: three.\n"
        "Jorg: four.\nFindings: unclear how to go on\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Joerg Heuer", ["Jörg", "Joerg", "Joerg Heuer"]),
        ("Jorg", ["Jorg"]),
    ]


def test_two_full_names_credited_leave_a_first_name_as_written() -> None:
    found = read(CREDITED.replace("Cherie Shi", "Lars Svensson"))
    assert [p.name for p in found.people][:2] == ["Lars", "Lucas Pardue"]


def test_a_first_name_and_initial_takes_the_one_full_name_credited_with_that_initial() -> None:
    found = read(
        "# WEBTRANS WG\n\nChairs: David Schinazi, Lucas Pardue\n\n## Overview, Eric Kinnear\n\n"
        "## Interop, Ian Swett and Ian Sweet\n\nDavid S: the draft is ready.\nLucas P.: any "
        "objection?\nEric K: none from me.\nIan S: one question.\nMax I: a second one.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("David Schinazi", ["David S", "David Schinazi"]),
        ("Lucas Pardue", ["Lucas P.", "Lucas Pardue"]),
        ("Eric Kinnear", ["Eric K", "Eric Kinnear"]),
        ("Ian S", ["Ian S"]),  # two Ians credited whose family names start so
        ("Max I", ["Max I"]),
    ]


def test_a_first_name_with_an_initial_and_without_take_the_one_full_name_credited_as_one() -> None:
    found = read(
        "# SCIM WG\n\nAttending:\nPhil Hunt\nDanny Zollner\n\n## Schema\n\nPhil: one.\nPhil H: two."
        "\n\n## Claims (Wes Hardaker)\n\nWes: three.\nWesH: four.\nMartin: five.\nMartin T: six.\n"
        "\n## Talk - Martin Duke\n\nDanny: seven.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Phil Hunt", ["Phil", "Phil H", "Phil Hunt"]),
        ("Wes Hardaker", ["Wes", "WesH", "Wes Hardaker"]),
        ("Martin", ["Martin"]),  # "Martin T" is no Martin Duke: either could be another Martin
        ("Martin T", ["Martin T"]),
        ("Danny Zollner", ["Danny", "Danny Zollner"]),
    ]


def test_a_list_of_people_after_a_label_is_no_turn() -> None:
    found = read(CREDITED + "\nEditors proposed:\n\nCore: Jana and Martin Thomson\n"
                 "Loss Recovery: Jana and Ian Sweet\nTLS Martin Thomson, Sean Turner\n")  # fmt: skip
    speakers = {t.speaker for s in found.sections for t in s.turns} | {
        t.speaker for t in found.front.turns
    }
    assert not speakers & {"Scribes", "Chairs", "Core", "Loss Recovery"}


def test_a_role_followed_by_a_name_alone_names_who_holds_it_and_is_no_turn() -> None:
    found = read(
        "# ZEBRA WG\n\n## Stripes\n\nPresenter: Sara Dickinson\n\npresenter : G. Fioccola\n\n"
        "Presenter: Jeffrey Yasskin (50min)\n\npresenter: Haojie Wang (China Mobile)\n\n"
        "Presenters: Marcus Ihlar/Martin Thomson/Anoop Tomar\n\n"
        "Chair: Is it a monotonically increasing number?\n\n"
        "Dana: we should adopt.\n"
    )
    turns = [(t.speaker, t.role) for s in found.sections for t in s.turns]
    assert turns == [("Chair", None), ("Dana", None)]


@needs_shared
def test_the_quic_ietf110_chairs_are_no_speaker_and_give_their_full_names() -> None:
    found = real("quic/ietf110.md")
    names = [p.name for p in found.people]
    assert "Chairs" not in names
    assert {"Lars Eggert", "Lucas Pardue", "Brian Trammell", "Tommy Pauly"} <= set(names)
    assert "Lars" not in names


@pytest.mark.parametrize(
    "label",
    ["Material", "Zulip", "Design Issue", "Video Source", "Re-charter", "Open Issues", "Nothing",
     "Something", "None", "Bluesheet Attendance", "New AD", "Roy Arends Presenting",
     "With IESG", "way forward", "Responsible AD", "Details", "Terminology", "non-goal",
     "mailing list", "Comments", "Remarks", "Comments from the floor", "jabber count",
     "presented by", "Reminder", "Chair Slides", "Use Cases", "AOB", "I-D", "From Jabber",
     "clarifying q", "QUIC", "HSTS", "Adaptive DNS", "SFU", "Secretary", "outstanding question",
     "Virtual Meeting Tips", "Urls", "Client Initial", "Server Initial"],
)  # fmt: skip
def test_a_label_of_datatracker_minutes_is_no_speaker(label: str) -> None:
    assert speaker(label) is None


@pytest.mark.parametrize("name", ["Fan Yang", "Xiao Min", "Tony Finch", "Ralf Weber"])
def test_a_persons_name_is_a_speaker_where_a_protocols_name_is_not(name: str) -> None:
    assert speaker(name) is not None


def test_an_agenda_item_of_how_long_it_takes_or_a_presenter_unnamed_is_no_speaker() -> None:
    found = read(
        "# ZEBRA WG\n\n## Agenda bashing:\n\n* Use Cases - <5min\n*  Architecture  - 5min\n"
        "*  Information Model start \u2013 10-20min\n\n## Stripes\n\nQ(presenter): Next "
        "move?\n\nDana - we should adopt.\n\nKyle - agreed.\n\nMo - fine by me.\n"
    )
    assert [p.name for p in found.people] == ["Dana", "Kyle", "Mo"]


def test_narrative_minutes_are_reported_speech() -> None:
    found = read(
        "# MASQUE WG\n\n## Proxying\n\n**Alex Chernyakhovsky** asks why the draft is needed.\n\n"
        "Lars: we should adopt.\n\nLars Eggert provides an overview of the options.\n"
    )
    turns = [(t.speaker, t.form, t.words) for t in found.sections[0].turns]
    assert turns == [
        (
            "Alex Chernyakhovsky",
            "reported",
            "**Alex Chernyakhovsky** asks why the draft is needed.",
        ),
        ("Lars", "said", "we should adopt."),
        ("Lars Eggert", "reported", "Lars Eggert provides an overview of the options."),
    ]


def test_a_name_presenting_alone_on_its_line_is_a_reported_turn() -> None:
    found = read(
        "# CoRE WG\n\n## Transport Indication (Christian Amsüss)\n\n"
        "Christian presenting:\n* Quick run of existing coap schemes.\n\n"
        "CA: It works for both.\n\nRH presenting.\n\nRH: Yes, both can take initiative.\n\n"
        "CB: Folks presenting in intarea should join this discussion here.\n\n"
        "*[CA]: Christian Amsüss\n*[RH]: Rikard Höglund\n*[CB]: Carsten Bormann\n"
    )
    turns = [(t.speaker, t.form, t.words) for t in found.sections[0].turns]
    assert turns == [
        ("Christian", "reported", "Christian presenting:"),
        ("CA", "said", "It works for both."),
        ("RH", "reported", "RH presenting."),
        ("RH", "said", "Yes, both can take initiative."),
        ("CB", "said", "Folks presenting in intarea should join this discussion here."),
    ]
    assert [p.name for p in found.people] == [
        "Christian Amsüss", "Rikard Höglund", "Carsten Bormann"
    ]  # fmt: skip


# ---------------------------------------------------------------------------
# The meeting


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("ietf70.txt", 70),
        ("httpwg/ietf75.txt", 75),
        ("ietf118/minutes.md", 118),
        ("minutes-118-masque-202311061300-00.md", 118),
        ("2021-11-IETF112/minutes.md", 112),
        ("dance-ietf112.md", 112),
        ("quic/interim-20-10.md", None),
        ("notes.md", None),
        ("draft-ietf-quic-transport-29.txt", None),
        ("rfc-ietf1000.md", None),
    ],
)
def test_a_files_path_gives_the_ietf_number(name: str, number: int | None) -> None:
    assert file_number(name) == number


def test_the_title_and_a_date_line_give_group_number_and_day() -> None:
    found = read(
        "# MASQUE IETF 118, Monday II Session (1300-1500)\n\n(6 Nov 2023)\n\n## Administrivia\n",
        name="minutes-118-masque-202311061300-00.md",
    )
    m = found.meeting
    day = m.days[0].date
    assert day is not None
    assert (m.group, m.number, m.number_from, m.interim, day.first.isoformat()) == (
        "MASQUE",
        118,
        "minutes",
        False,
        "2023-11-06",
    )


@pytest.mark.parametrize(
    ("title", "group"),
    [("# HTTPAPI AT IETF 116", "HTTPAPI"), ("# TLS at IETF 105, Tuesday", "TLS"),
     ("# WebTransport (webtrans) Working Group Agenda - IETF 122", "webtrans"),
     ("# DNSOP WG Minutes IETF 104", "DNSOP"), ("MLS @ IETF 102\n2018-07-29", "MLS"),
     ("# MASQUE - IETF 108", "MASQUE"), ("# TLS@IETF108", "TLS"), ("# IETF 122 - ICCRG", "ICCRG"),
     ("IETF 104 MLS Tuesday session 13:50-15:00\n=====", "MLS"),
     ("IETF 104 MINUTES\n=====", None), ("# SCONE Minutes IETF 124", "SCONE"),
     ("# CCWG Meeting, IETF 124, Montreal. 3 November 2025 9:30", "CCWG"),
     ("# SCONE working group 4th virtual interim meeting", "SCONE"),
     ("## DNS Operations (DNSOP) Working Group\n# IETF 98, Chicago", "DNSOP"),
     ("ietf 104 capport wed 11:20", "capport"), ("ietf 104 minutes", None),
     ("SCIM Virtual Session\nMarch 2, 2022", "SCIM"), ("# RATS - Virtual Interim", "RATS"),
     ("*Where:*  Room 6, https://meetings.conf.meetecho.com/ietf117/?group=ippm", "ippm"),
     ("# Adaptive DNS Discovery\n\nTime: Tuesday July 26\n\n## Part 1: Agenda ADD@IETF114", "ADD"),
     ("IETF 99\nPath Aware Networking Proposed RG (PANRG)", "PANRG"),
     ("# Computing in the Network (COINRG) Research Group", "COINRG"),
     ("Pearg notes\n=====", "Pearg"), ("# Meeting notes", None), ("# Raw minutes", None),
     ("# DANCE agenda:", "DANCE"), ("# REVISED AGENDA", None), ("## Tuesday Agenda", None),
     ("CELLAR -- DRAFT AGENDA for Virtual Interim Meeting", "CELLAR"),
     ("DRAFT -- AGENDA for the meeting", None), ("IETF - Minutes", None),
     ("INFO:\n  https://datatracker.ietf.org/meeting/interim-2018-cellar-03/session/cellar",
      "cellar"),
     ("Room 6, https://datatracker.ietf.org/meeting/117/session/ippm", "ippm"),
     ("# T2TRG WoT Eurecom 2016 notes", "T2TRG"), ("# Thing-to-Thing PRG Minutes", None),
     ("# Transport NBI DT @ IETF 100 - November 16, 2017", None),
     ("Notes from the TEAS NS DT call, October 21, 2019", "TEAS"),
     ("# NOTES FROM THE TEAS NS DT CALL, JUNE 11TH, 2020", "TEAS"),
     ("title: MPLS Open DT meeting 2022-12-15", "MPLS"),
     ("ROLL IETF Interim Meeting 20200626", "ROLL"), ("IETF Interim Meeting", None),
     ("Interim COIN Meeting\nSee slides", "COIN"), ("Interim IETF Meeting", None),
     ("# MLS WGS Meeting\n2019-11-22, Singapore", "MLS"),
     ("Agenda Roll-Interim Meeting\nhttps://codimd.ietf.org/notes-ietf-interim-2021-roll-01-roll",
      "roll"),
     ("MPTCP interim meeting / 10.20.2011", "MPTCP"), ("ANIMA weekly call #1 / 2014-08-14", "ANIMA"),
     ("We call Weekly call", None), ("ANIMA Call\n16 Oct 2014", "ANIMA"), ("We Call them", None),
     ("SoC (Sip Overload Control)\nWebEx Interim - I\nTuesday, Jun-29-2010", "SoC"),
     ("Webex notes\nWebEx Interim - I", None), ("Agenda (Monday Session)", None), ("INTERNET RESEARCH STEERING GROUP (IRSG)",
      "IRSG"), ("Time: 1600-1800 GMT\nWG Charter: x\nWG Tools: http://tools.ietf.org/wg/nea",
      "nea"), ("# I2RS RIB Design Team", "I2RS"),
     ("## NASR Minutes Interim 08 January 2024", "NASR"),
     ("IoT directorate IETF 109 pre-meeting\nIoT-DIR Chairs: Samita Chakrabarti", "IoT-DIR"),
     ("# Minutes\nQUIC co-chairs: Lars", "QUIC"), ("# Minutes\nWG Chairs: Lars", None),
     ("# Minutes\nSession Chairs: Lars", None),
     ("# IETF116 \u201cEnvironmental Impact\u201d Side Meeting", "Environmental Impact"),
     ('IETF 120 "AI for Network" side-meeting notes', "AI for Network"),
     ('IETF 120 "ok" side meeting', None), ("re-ECN Bar Bof Minutes", "re-ECN"),
     ("# T2TRG research side meeting", "T2TRG"), ("ai4network side meeting", "ai4network"),
     ("An IETF side meeting", None), ("A follow-up side meeting", None), ("Our BoF", None),
     ("# AI Preferences WG Interim Meeting Minutes", None),
     ("# Zebra Stripes RG Interim", None)],
)  # fmt: skip
def test_the_group_is_the_short_name_a_title_gives(title: str, group: str | None) -> None:
    assert read(f"{title}\n\n## Agenda\n", name="ietf1/minutes.md").meeting.group == group


@pytest.mark.parametrize(
    ("opening", "interim"),
    [("Page: https://datatracker.ietf.org/meeting/interim-2018-cellar-03/session/cellar", True),
     ("# IETF 104\n\nhttps://datatracker.ietf.org/meeting/interim-2018-cellar-03/", False),
     ("Page: https://datatracker.ietf.org/meeting/117/session/ippm", False),
     ("Notes: https://codimd.ietf.org/notes-ietf-interim-2021-roll-01-roll", True),
     ("Notes: https://example.org/interim-2021-plans", False),
     ("Agenda\n\n## Goal\n\nThe aim of this interim meeting is to review.", True),
     ("# TLS Minutes\n\n## ECHO\n\nSlides: https://datatracker.ietf.org/meeting/"
      "interim-2020-tls-01/materials/slides-echo", True),
     ("# TLS Minutes\n\n## ECHO\n\nSlides: https://datatracker.ietf.org/meeting/"
      "interim-2020-quic-01/materials/slides-echo", False)],
)  # fmt: skip
def test_an_interim_meetings_page_says_the_meeting_is_one_where_it_has_no_number(
    opening: str, interim: bool
) -> None:
    assert read(f"{opening}\n\n## Agenda\n", name="x.txt").meeting.interim is interim


def test_the_date_a_message_was_sent_is_not_the_meetings() -> None:
    headers = "To: cellar at ietf.org\nDate: Wed, 22 Aug 2018 22:51:55 -0400\nList-id: CELLAR\n"
    sent = read(f"{headers}\nAttendees:\n\n1. Note Well\n", name="x.txt")
    assert sent.meeting.days == []
    held = read(f"{headers}\nMet on 14 Aug 2018.\n\n1. Note Well\n", name="x.txt")
    assert [d.text for d in held.meeting.days] == ["14 Aug 2018"]
    alone = read("Date: Wed, 22 Aug 2018\n\n1. Note Well\n", name="x.txt")
    assert [d.text for d in alone.meeting.days] == ["Wed, 22 Aug 2018"]


STAMP = "## STAMP\n\ndraft-ietf-ippm-stamp: last call done\n"
SLIDES = "https://datatracker.ietf.org/meeting/104/materials/slides-104-ippm-route-00\n"
MOVED = "Moved to draft-ietf-tsvwg-udp-options.\n"


@pytest.mark.parametrize(
    ("text", "group"),
    [(STAMP + SLIDES * 2, "ippm"), (STAMP * 2, None), (STAMP + SLIDES * 2 + MOVED, "ippm"),
     (STAMP + SLIDES * 3 + MOVED * 2, None), ("# IPPM WG\n\n" + MOVED * 3, "IPPM"),
     ("- draft-irtf-iccrg-ledbat-plus-plus: in RGLC\n" * 3, "iccrg")],
)  # fmt: skip
def test_minutes_that_name_no_group_are_the_groups_whose_drafts_they_name(
    text: str, group: str | None
) -> None:
    found = read(f"9:00 Welcome\n\n{text}", name="x.txt")
    assert found.meeting.group == group
    named = f"the working group {group} is read from the drafts and materials the minutes name"
    assert (named in found.left) == (group in ("ippm", "iccrg"))


@pytest.mark.parametrize(
    ("name", "text", "group"),
    [("ccamp/tnbi-dt-ietf100.md", "1) Status update after CCAMP discussion", "CCAMP"),
     ("t2trg/summary.md", "https://github.com/t2trg/2015-ietf94/", "t2trg"),
     ("cfrg/ietf112-auto.txt", "The cfrg session began with updates.", "cfrg"),
     ("capport/ietf105.md", "Imported to the capport github location", "capport"),
     ("x/dnsext-interim-2010.txt", "The DNSEXT chairs opened the meeting.", "DNSEXT"),
     ("quic/minutes-118-masque-202311061300-00.md", "MASQUE and QUIC", "MASQUE"),
     ("cfrg/ietf112-auto.txt", "The cfrg began with updates.", None),
     ("notes/minutes.md", "NOTES", None), ("ietf118/minutes.md", "IETF118", None),
     ("ace/ietf112.txt", "The grace period.", None)],
)  # fmt: skip
def test_minutes_that_name_no_group_are_the_groups_their_files_place_names_where_they_write_it(
    name: str, text: str, group: str | None
) -> None:
    found = read(f"9:00 Welcome\n\n{text}\n", name=name)
    assert found.meeting.group == group
    placed = f"the working group {group} is read from the file's place {name}"
    assert (placed in found.left) == (group is not None)
    assert found.meeting.group_quote == (text if group else None)


def test_a_name_that_opens_reported_speech_is_a_speakers_in_narrative_minutes() -> None:
    found = read(
        "# SCONE WG\n\n## Issues\n\nBrian suggests focusing on PR 83 to kick things off.\n\n"
        "Jordi asks why the detector is not able to detect the maximum.\n\n"
        "- Resolve WGLC comments\n- Resolve WGLC comments\n\nHe notes that it works.\n\n"
        "He notes that it scales.\n\nBrian notes that the text is fine.\n\n"
        "Zahed gave more detail. Brian asked Matt to open an issue.\n\n"
        "- Relevant claims should also include crash recovery\n"
        "- Relevant claims should also include session resumption\n\nAfter comments, the "
        "agreement is now to remove the null alternative.\n"
    )
    assert [p.name for p in found.people] == ["Brian", "Jordi", "Zahed"]  # no "After"
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Brian", "Brian suggests focusing on PR 83 to kick things off."),
        ("Jordi", "Jordi asks why the detector is not able to detect the maximum."),
        ("Brian", "Brian notes that the text is fine."),
        ("Zahed", "Zahed gave more detail."),
        ("Brian", "Brian asked Matt to open an issue."),
    ]


def test_a_full_name_that_opens_reported_speech_once_is_a_speakers() -> None:
    found = read(
        "# IPSECME WG\n\n## Resumption\n\nHui Deng pointed out that this is operational.\n\n"
        "Security Considerations noted nothing.\n\nArea Director asked why.\n\n"
        "Several People said no.\n\nGoogle Doc notes it.\n\nBrian asks why.\n"
    )
    assert [p.name for p in found.people] == ["Hui Deng", "Brian"]
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Hui Deng", "Hui Deng pointed out that this is operational."),
        ("Brian", "Brian asks why."),
    ]


def test_a_full_name_reviewing_a_proposal_speaks_and_its_first_name_after_is_the_same() -> None:
    found = read(
        "# NEA WG\n\n## PT-EAP\n\nSteve Hanna reviewed the PT-EAP proposal.\n\n"
        "Nancy asked how it is authenticated.\n\nSteve said it is through PA-TNC.\n\n"
        "Steve says it may be useful.\n\nNancy said it would be good.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Steve Hanna", ["Steve Hanna", "Steve"]),
        ("Nancy", ["Nancy"]),
    ]
    assert [t.speaker for t in found.sections[0].turns] == [
        "Steve Hanna", "Nancy", "Steve", "Steve", "Nancy"
    ]  # fmt: skip


def test_someone_who_spoke_to_say_something_speaks_but_no_one_who_spoke_up() -> None:
    found = read(
        "# IPPM WG\n\n## Proposed Work\n\nTommy Pauly asked how many people are engaged.\n"
        "Michael Ackermann (Blue Cross) spoke to say he supports this work.\n"
        "No one spoke up with any objections.\n"
    )
    assert [t.speaker for t in found.sections[0].turns] == [
        "Tommy Pauly", "Michael Ackermann (Blue Cross)"
    ]  # fmt: skip


def test_a_bold_name_reporting_speech_after_a_sentence_ends_speaks() -> None:
    found = read(
        "# MASQUE WG\n\n## QUIC-aware proxying\n\n**Martin Duke** then started a discussion "
        "about linkability. **Cullen Jennings** then noted that constant bit-rate is common. "
        "**Gorry Fairhurst** said also crazy.\n"
    )
    assert [(t.speaker, t.words) for s in found.sections for t in s.turns] == [
        ("Cullen Jennings", "then noted that constant bit-rate is common."),
        ("Gorry Fairhurst", "said also crazy."),
    ]


def test_a_full_name_with_a_middle_name_reporting_speech_speaks() -> None:
    found = read(
        "# IPPM WG\n\n## Proposed Work\n\nAmeya Neeraj Deshpande (NITK Surathkal) presented "
        "the draft.\nTommy Pauly asked how many people are engaged.\n"
        "Security Area Director asked nothing.\n"
    )
    assert [t.speaker for t in found.sections[0].turns] == [
        "Ameya Neeraj Deshpande (NITK Surathkal)", "Tommy Pauly"
    ]  # fmt: skip


def test_names_opening_two_turns_run_together_in_paragraphs_speak() -> None:
    found = read(
        "# HTTPAPI at IETF 121\n\n## Documents\n\nPrivacy (exposing API keys via HTTP) -- Mike "
        "Bishop. Marius: there are authenticated requests. Mike: Can requests be replayed? "
        "Marius: often there's an expiration date.\n\nHTTPbis signature work -- Justin Richer. Intro to "
        "9421. Mike: Does it work? Ian Swett, MoQ hat: demand will grow. QUIC hat: thanks. QUIC: "
        "It's the right people.\n"
    )
    assert [t.speaker for s in found.sections for t in s.turns] == [
        "Marius", "Mike", "Marius", "Mike",
    ]  # fmt: skip


def test_a_full_name_sharing_a_demo_speaks_and_its_first_name_after_is_the_same() -> None:
    found = read(
        "# SCONE WG\n\n## Demos\n\nMatt Joras then shared a recording of a demo.\n\n"
        "Jordi asks why the detector fails.\n\nMatt confirms that this is the real app.\n\n"
        "Tianji Jian then discussed the idea these will not stand alone.\n"
    )
    assert [(t.speaker, t.form) for t in found.sections[0].turns] == [
        ("Matt Joras", "reported"), ("Jordi", "reported"), ("Matt", "reported"),
        ("Tianji Jian", "reported"),
    ]  # fmt: skip


def test_a_first_name_of_a_full_name_reporting_speech_speaks_in_one_report_of_speech() -> None:
    found = read(
        "# AIPREF WG\n\n## Opt-in\n\nDavid Schinazi said that can happen elsewhere.\n\n"
        "David says we can think of this as an allowlist.\n\nMirja asked why.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("David Schinazi", ["David Schinazi", "David"]),
        ("Mirja", ["Mirja"]),
    ]
    assert [t.speaker for t in found.sections[0].turns] == ["David Schinazi", "David", "Mirja"]


def test_a_first_name_of_someone_listed_as_attending_speaks_in_one_report_of_speech() -> None:
    found = read(
        "# IRSG Teleconference\n\n## Attendance\nJenny Bui (Secretariat)\nNiels ten Oever "
        "(RASPRG Chair)\nBrian Trammell (PANRG Chair)\n\n## Discussion\n\nNiels thought "
        "the document looks good.\n\nJenny mentions that the dinner is at Sia.\n\nBrian "
        "asked why.\n\nColin commented on it.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Niels ten Oever", ["Niels", "Niels ten Oever"]),
        ("Jenny Bui", ["Jenny", "Jenny Bui"]),
        ("Brian Trammell", ["Brian", "Brian Trammell"]),
        ("Colin", ["Colin"]),
    ]


def test_an_adverb_may_stand_between_a_name_and_its_verb_of_speech() -> None:
    found = read("# NEA WG\n\n## PT\n\nSusan: hi.\n\nSteve: yes.\n\nSusan then asked the "
                 "second question.\n\nSteve also asked about C-7.\n\nSteve quickly left.\n\n"
                 "Nitinder Mohan highlighted the need.\n\nSusan cautioned against it.\n\n"
                 "Steve endorsed it.\n")  # fmt: skip
    assert [(t.speaker, t.form) for t in found.sections[0].turns] == [
        ("Susan", "said"), ("Steve", "said"), ("Susan", "reported"), ("Steve", "reported"),
        ("Nitinder Mohan", "reported"), ("Susan", "reported"), ("Steve", "reported"),
    ]  # fmt: skip


def test_a_label_may_open_a_report_of_speech() -> None:
    found = read(
        "# CFRG\n\n## VOPRF\n\n*   **Discussion**: Chris Paton suggested keeping both. Bob "
        "Moskowitz expressed doubts.\n\nBob Moskowitz asked why.\n\nKiran: yes.\n\n"
        "Discussion: Kiran suggested going through definitions.\n\nNote: the draft is done.\n"
    )
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Chris Paton", "Chris Paton suggested keeping both."),
        ("Bob Moskowitz", "Bob Moskowitz expressed doubts."),
        ("Bob Moskowitz", "Bob Moskowitz asked why."),
        ("Kiran", "Kiran: yes."),
        ("Kiran", "Kiran suggested going through definitions."),
    ]
    assert [p.text for p in found.sections[0].points] == ["Note: the draft is done."]


def test_a_topics_label_in_bold_before_a_report_by_a_full_name_names_no_speaker() -> None:
    found = read(
        "# QUIC\n\n## Document Status Updates\n\n*   **Multipath:** Lucas Pardue noted that "
        "the Multipath document has cleared IESG ballots.\n*   **Jana:** Ack frequency is next.\n"
    )
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Lucas Pardue", "Lucas Pardue noted that the Multipath document has cleared IESG "
                         "ballots."),
        ("Jana", "**Jana:** Ack frequency is next."),
    ]  # fmt: skip


def test_a_label_its_section_also_writes_in_lower_case_is_a_topic_not_a_speaker() -> None:
    found = read(
        "# GNAP\n\n## Core\n\n*   **Key Rotation**: Discussed how key rotation works.\n"
        "*   **Justin Richer**: Key rotation is fine, says justin richer.\n\nJustin: yes.\n\n"
        "## Other\n\n"
        "Key Rotation: no one else wrote it so.\n\n## Handles\n\nMartin Duke: yes.\n\n"
        "martin duke: and martin duke knows.\n"
    )
    assert [[(t.speaker, t.quote) for t in s.turns] for s in found.sections] == [
        [
            ("Justin Richer", "**Justin Richer**: Key rotation is fine, says justin richer."),
            ("Justin", "Justin: yes."),
        ],
        [("Key Rotation", "Key Rotation: no one else wrote it so.")],
        [
            ("Martin Duke", "Martin Duke: yes."),
            ("martin duke", "martin duke: and martin duke knows."),
        ],
    ]
    assert found.sections[0].points[0].text == "**Key Rotation**: Discussed how key rotation works."


def test_a_word_its_section_writes_in_lower_case_labels_what_follows_where_no_one_speaks_so() -> (
    None
):
    found = read(
        "# FOO WG\n\n## Stripes\n\nMartin: we need the code and a request.\n\n"
        "Code: analysis example\n\nRequest: a link to the paper, here it is.\n\n"
        "Chairs: the chairs agree.\n\nMark: I mark it done.\n\nMark: again.\n\n"
        "Grant: I grant that.\n\n## Other\n\nGrant Smith spoke.\n"
    )
    assert [p.name for p in found.people] == ["Martin", "Chairs", "Mark", "Grant Smith"]


def test_a_word_ending_a_heading_above_a_speakers_line_is_not_written_as_a_name() -> None:
    # "### AI Output" over "Mark: …" is no "Output Mark": a family name follows on its line.
    found = read(
        "# AIPREF\n\n### AI Output\n\nMark: this is new.\n\n## Terms\n\n"
        "* Output\n    * what does the output stage mean?\n* Martin: it is the output.\n"
    )
    assert [p.name for p in found.people] == ["Mark", "Martin"]
    assert found.sections[1].points[0].text.startswith("Output")


def test_eg_and_ie_written_for_e_g_and_i_e_open_an_example_not_a_turn() -> None:
    found = read(
        "# AIPREF\n\n## Output\n\nMartin: it is the output.\n\n"
        "* Eg: Search - many things, ranked then presented.\n* Ie: the stage a person sees.\n"
    )
    assert [p.name for p in found.people] == ["Martin"]
    assert [p.text for p in found.sections[0].points] == [
        "Eg: Search - many things, ranked then presented.",
        "Ie: the stage a person sees.",
    ]


def test_a_cost_a_format_a_guideline_a_feature_a_survey_and_a_wrapup_are_labels() -> None:
    found = read(
        "# QUIC\n\n## Retry\n\nMartin: the retry is a mess.\n\n"
        "benefits of separate packet number spaces: solves the shadowing attack, etc.\n\n"
        "cost: structure costs... per enc level\n\nFormat: -13 is a mess...\n\n"
        "HUM TOPICS\n- Confirm: the spin bit is fit for purpose\n"
        "- Confirm: intent to implement and deploy\n\n"
        "Guideline: changes to normative text are design issues.\n\n"
        "- Feature: extensions per use case (tracing, log pipeline).\n"
        "- Survey: started looking in Singapore at different approaches to ID schemes.\n\n"
        "Wrapup: how did remote attendees experience the meeting?\n"
    )
    assert [p.name for p in found.people] == ["Martin"]


def test_a_known_speakers_initial_and_full_stop_stand_for_the_colon() -> None:
    found = read(
        "# TLS\n\n## WGLC\n\nSean T: Would like to proceed with WGLC.\n\n"
        "Sean T. On WGLC, need to get eyes on 201.\n\nMartin S. but then we can't.\n"
    )
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Sean T", "Sean T: Would like to proceed with WGLC."),
        ("Sean T", "Sean T. On WGLC, need to get eyes on 201."),
    ]  # "Martin S." speaks nowhere with a colon: no one known


def test_a_short_name_someone_gives_themselves_speaks_in_bold_without_a_colon() -> None:
    found = read(
        "# QUIC\n\n## Multipath\n\n**Alessandro Ghedini (AG)**: Starting work on multipath.\n\n"
        "**AG** zero CID mostly client.\n\n**XY** not a speaker anyone named.\n"
    )
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Alessandro Ghedini (AG)", "**Alessandro Ghedini (AG)**: Starting work on multipath."),
        ("AG", "**AG** zero CID mostly client."),
    ]
    assert [p.name for p in found.people] == ["Alessandro Ghedini"]


def test_the_hat_someone_speaks_in_may_stand_between_their_name_and_verb() -> None:
    found = read(
        "# MASQUE\n\n## Ethernet\n\nZahed as an individual points out that it is a wire.\n\n"
        "David suggests that this should be closed.\n\nZahed says no more.\n"
    )
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Zahed", "Zahed as an individual points out that it is a wire."),
        ("David", "David suggests that this should be closed."),
        ("Zahed", "Zahed says no more."),
    ]


def test_a_label_a_heading_names_as_a_topic_is_no_speaker_where_a_person_heading_is_one() -> None:
    found = read(
        "# HTTP\n\n## Resumable Uploads\n\nFocus was on retrying uploads.\n\n"
        "## Benjamin Kaduk\n\n**Benjamin Kaduk**: We need new flags.\n\n"
        "## Next Steps\n\n* **Resumable Uploads:** Editors aim to resolve the issues.\n"
        "* **Martin Thomson:** Recommended keeping it out of scope.\n"
        "* [Benjamin Kaduk](#benjamin-kaduk)\n"
    )
    assert [[(t.speaker, t.words) for t in s.turns] for s in found.sections] == [
        [],
        [("Benjamin Kaduk", "We need new flags.")],
        [("Martin Thomson", "Recommended keeping it out of scope.")],
    ]
    assert found.sections[2].points[0].text == (
        "**Resumable Uploads:** Editors aim to resolve the issues."
    )
    assert [p.name for p in found.people] == ["Benjamin Kaduk", "Martin Thomson"]


def test_a_summarys_labels_in_bold_are_topics_where_their_words_report_no_ones_speech() -> None:
    summary = (
        "# QUIC\n\n## Multipath\n\n* **Tooling:** Internal qlog tools have been open-sourced."
        "\n* **Discussion:** The group debated the scope.\n    * **Christian Huitema:** Strongly "
        "opposed this.\n    * **Kazuho Oku:** Countered that reusing the ID is correct.\n"
        "* **Use Case:** Peer-to-peer contexts.\n* **Decision:** The editors will merge it.\n"
        "* **Action Item:** Editors will take it to the list.\n"
    )
    found = read(summary)
    assert [(t.speaker, t.words) for t in found.sections[0].turns] == [
        ("Christian Huitema", "Strongly opposed this."),
        ("Kazuho Oku", "Countered that reusing the ID is correct."),
    ]
    assert [p.name for p in found.people] == ["Christian Huitema", "Kazuho Oku"]
    # minutes that are no such summary keep their speakers in bold
    spoken = read(summary.replace("**Decision:**", "Decision:").replace("**Action Item:**", "AI:"))
    assert [t.speaker for t in spoken.sections[0].turns] == [
        "Tooling", "Christian Huitema", "Kazuho Oku",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "label",
    ["Scalability", "Recommendation", "Negotiation", "Improvements", "Robustness",
     "The Conflict", "Feedback", "Security", "Privacy", "Constraints", "Takeaways",
     "Advantages", "benefits", "Drawbacks", "Challenges"],
)  # fmt: skip
def test_a_label_of_a_summarys_topic_is_no_speaker(label: str) -> None:
    assert speaker(label) is None


@pytest.mark.parametrize("name", ["Felicity", "Clements", "Lawrence", "Clement", "Vance"])
def test_a_name_that_ends_as_some_nouns_do_is_a_speaker(name: str) -> None:
    found = speaker(name)
    assert found is not None and found.name == name


def test_a_question_marked_with_who_put_it_alone_on_its_line_takes_the_bullets_below() -> None:
    found = read(
        "# PQ\n\n## Talk\n\nQ: Scott Fluhrer\n- What is the cost?\n\tA: signature size\n\n"
        "Q: Paul Hoffman (ICANN)\n- How painful is it?\n\nQ: what is this\n\nSome text after.\n"
        "- and a bullet\n"
    )
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Scott Fluhrer", "Q: Scott Fluhrer - What is the cost? A: signature size"),
        ("Paul Hoffman (ICANN)", "Q: Paul Hoffman (ICANN) - How painful is it?"),
        ("Q", "Q: what is this"),
    ]
    assert [p.text for p in found.sections[0].points] == ["Some text after.", "and a bullet"]


def test_a_bulleted_full_name_and_colon_takes_the_bullets_beside_it() -> None:
    found = read(
        "# MaRNEW\n\n## Session 3\n\n*    Discussion\n    *    Aaron Falk\n    *    I "
        "challenge it\n    *    Ted Hardie:\n    *    We are trying to find a way\n    *    "
        "Certain information can reveal\n    *    Andreas: The application can\n    *    Tom "
        "Anderson:\n    *    Fixing TCP\n    *    Dirk Kutscher:\n    *    Jari Arkko:\n"
        "    *    We should not\n*    Administrative Updates:\n    *    RFC 9106 is out\n"
    )
    ted = "Ted Hardie: * We are trying to find a way * Certain information can reveal"
    assert [(t.speaker, t.quote, t.cut_off) for t in found.sections[0].turns] == [
        ("Ted Hardie", ted, False),
        ("Andreas", "Andreas: The application can", False),
        ("Tom Anderson", "Tom Anderson: * Fixing TCP", False),
        ("Dirk Kutscher", "Dirk Kutscher:", True),
        ("Jari Arkko", "Jari Arkko: * We should not", False),
    ]
    assert [p.text for p in found.sections[0].points] == [
        "Discussion", "Aaron Falk", "I challenge it", "Administrative Updates:", "RFC 9106 is out"
    ]  # fmt: skip


def test_a_bulleted_full_name_the_blue_sheet_lists_takes_the_bullets_beside_it() -> None:
    found = read(
        "# DMARC WG Meeting - Interim 11 June 2020\n\n## Notes\n\n* Scott: yes\n\n"
        "* Dave Crocker\n\n* Need to have clarity on the problem\n\n* Let's be clear\n\n"
        "* Kurt: no\n\n* Hannu Aronsson\n\n## Blue Sheet\n\nBlue Sheet\n----------\n"
        "1. Dave Crocker, Brandenburg InternetWorking\n2. Hannu Aronsson, iki.fi\n"
        "3. Jim Fenton, Altmode Networks\n\n## Attendees\n\n- Jim Fenton\n- Dave Crocker\n"
    )
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Scott", "Scott: yes"),
        ("Dave Crocker", "Dave Crocker * Need to have clarity on the problem * Let's be clear"),
        ("Kurt", "Kurt: no"),
    ]
    assert [t.speaker for s in found.sections[1:] for t in s.turns] == []


def test_a_line_after_a_sentences_end_may_open_a_report_of_speech() -> None:
    found = read(
        "# LOOPS\n\n## Retransmission\n\nCarsten mentioned that one retransmission is\n"
        "enough at some point.\nYizhou Li asked the audience whether it had cases\nin mind."
        "\nThese notes at: https://example.org\nThese notes say more.\n\nCarsten said so.\n"
    )
    assert [t.quote for t in found.sections[0].turns] == [
        "Carsten mentioned that one retransmission is enough at some point.",
        "Yizhou Li asked the audience whether it had cases in mind. These notes at: "
        "https://example.org These notes say more.",
        "Carsten said so.",
    ]


def test_a_hat_beside_a_name_does_not_tell_two_people_apart() -> None:
    found = read(
        "# QUIC\n\n## Multipath\n\nLucas Pardue (as individual): we can proceed.\n\n"
        "Lucas (IC): +1 to the compromise\n\nLucas (chair): Let's see a PR\n\n"
        "Nick - Akamai: stop.\n\nNick Doty - UC Berkeley: go.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Lucas Pardue", ["Lucas Pardue", "Lucas"]),
        ("Nick", ["Nick"]),
        ("Nick Doty", ["Nick Doty"]),
    ]


def test_a_line_opening_with_an_en_dash_is_a_bullet() -> None:
    found = read(
        "# ICCRG\n\n## Pacing\n\nChat:\n\n\u2013 Alan Jowett: 244us is about 1/4096\n\n"
        "\u2013 Mohit: still working on it\n"
    )
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Alan Jowett", "Alan Jowett: 244us is about 1/4096"),
        ("Mohit", "Mohit: still working on it"),
    ]


def test_a_full_name_alone_above_a_paragraph_speaks_it_and_so_does_its_first_name() -> None:
    found = read(
        "# HAPPY\n\n## Racing\n\nTommy: If you really liked QUIC, do this.\n\nMatt Joras: \n\n"
        "We are in the position of don't cancel.\n\nTommy:\n\nShare data.\n\nMatt:\n\n"
        "Our alg is pretty simple.\n\nSF Issues:\n\nThree are open.\n\nChair's Slides:\n\n"
        "See the materials.\n"
    )
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Tommy", "Tommy: If you really liked QUIC, do this."),
        ("Matt Joras", "Matt Joras: We are in the position of don't cancel."),
        ("Tommy", "Tommy: Share data."),
        ("Matt", "Matt: Our alg is pretty simple."),
    ]


def test_a_proper_name_in_the_minutes_reporting_speech_once_is_a_speaker() -> None:
    found = read(
        "# MASQUE\n\n## Ethernet\n\nGorry wonders if congestion control belongs here. It "
        "does not, says Gorry.\n\nZahed points out that it is a wire.\n\nKai shares the work "
        "on DNS.\n\nDemo shows that it works. The demo ran. Demo again.\n\nOriginally thought "
        "that it would. Originally so.\n\nFeedback requested. Feedback welcome; feedback is "
        "good.\n\nThree comments: it is fine.\n\nWhiteboard notes from the last meeting.\n"
    )
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Gorry", "Gorry wonders if congestion control belongs here. It does not, says Gorry."),
        ("Zahed", "Zahed points out that it is a wire."),
        ("Kai", "Kai shares the work on DNS."),
    ]


def test_any_sentence_of_a_paragraph_may_open_a_report_of_speech() -> None:
    found = read(
        "# SCONE\n\n## Protocol\n\nBrian showed these slides. He asked whether he had that\n"
        "wrong.  Gorry said that it seemed on the right track. Martin then commented that\n"
        "the PR did not capture that. Gorry noted the slide. Martin agreed.\n\n"
        "Recognises Bradley's comments about RAG. Recognises Bradley's comments again.\n\n"
        "It works well. Paper shows good results.\n\n- Paper proposes an edge counter\n"
    )
    assert [(t.speaker, t.quote) for t in found.sections[0].turns] == [
        ("Gorry", "Gorry said that it seemed on the right track."),
        ("Martin", "Martin then commented that the PR did not capture that."),
        ("Gorry", "Gorry noted the slide."),
        ("Martin", "Martin agreed."),
    ]


def test_an_interim_spoken_of_in_a_turn_or_a_link_makes_no_meeting_an_interim() -> None:
    opening = "IETF 104 MLS Tuesday session\n=====\n\nchairing:\nSean Turner\n\n"
    said = read(f"{opening}Nick Sullivan: interim reportback\n", name="x.txt").meeting
    titled = read("#  MLS Interim Minutes\nDate: 14-15 January 2019\n", name="x.md").meeting
    linked = read(f"{opening}Notes: (https://example.org/interim-notes)\n", name="x.md").meeting
    unclosed = read("<!--" * 20_000 + "\n", name="x.md").meeting
    assert (said.interim, titled.interim, linked.interim, unclosed.interim) == (
        False, True, False, False
    )  # fmt: skip


def test_an_interim_on_the_agenda_of_a_meeting_titled_at_an_ietf_makes_it_no_interim() -> None:
    opening = "NWCRG @ IETF-100 (Singapore)\n----------\nThursday, November 16th, 2017\n\n"
    agenda = "00- Welcome\n01- Interim meeting: quick feedbacks (Chairs)\n\n"
    at_ietf = read(f"{opening}{agenda}Quick feedback on Sept. 19th Interim meeting.\n").meeting
    interim = read("NWCRG Interim @ IETF-100 (Singapore)\n----------\n\nDana: fine.\n").meeting
    assert (at_ietf.number, at_ietf.interim, interim.interim) == (100, False, True)


@pytest.mark.parametrize(
    ("written", "text", "days"),
    [("Date: 14-15 January 2019", "14-15 January 2019", ["2019-01-14", "2019-01-15"]),
     ("Held 14 to 16 January 2019", "14 to 16 January 2019",
      ["2019-01-14", "2019-01-15", "2019-01-16"]),
     ("Met on January 14-15, 2019", "January 14-15, 2019", ["2019-01-14", "2019-01-15"]),
     ("Deadlines 3-17 March 2019", "17 March 2019", ["2019-03-17"]),
     ("Date: 31-1 January 2019", "1 January 2019", ["2019-01-01"]),
     ("Held 0-5 March 2019", "5 March 2019", ["2019-03-05"]),
     ("## Thursday 20-June-2019, https://datatracker.ietf.org/", "Thursday 20-June-2019",
      ["2019-06-20"]),
     ("Monday 17^th^ March 2025, 09:30", "Monday 17^th^ March 2025", ["2025-03-17"]),
     ("Held 14^th^-16^th^ March 2025", "14^th^-16^th^ March 2025",
      ["2025-03-14", "2025-03-15", "2025-03-16"])],
)  # fmt: skip
def test_a_span_of_days_in_the_opening_is_each_day_the_meeting_sat(
    written: str, text: str, days: list[str]
) -> None:
    m = read(f"# MLS Interim Minutes\n{written}\n\n## Topic\n\nwords\n", name="x.md").meeting
    assert [(d.text, d.date.first.isoformat()) for d in m.days if d.date] == [
        (text, day) for day in days
    ]


def test_a_span_of_three_days_is_imported_with_every_day_and_checks(
    run: Run, tmp_path: Path
) -> None:
    minutes = tmp_path / "minutes.md"
    minutes.write_text("# MLS Interim Minutes\nBrussels - 8-10 April 2025\n\n## Topic\n\nwords\n")
    made = run("import", str(minutes), "-o", str(tmp_path / "x.toml"))
    assert made.exit_code == 0, made.stderr
    shown = run("--data", str(tmp_path / "x.toml"), "meetings", "--fields", "date,last_date")
    assert shown.stdout == "date\tlast_date\n2025-04-08\t2025-04-10\n"
    assert run("check", str(tmp_path / "x.toml")).exit_code == 0


def test_two_days_named_with_and_a_session_heading_with_its_date_and_an_interims_file() -> None:
    two = read(
        "DNSOP WG at IETF 112\nNovember 11 and 12, 2021\n\nChairs discussion\n", name="x.txt"
    )
    apart = read(
        "# DNSOP WG at IETF 112\nNovember 11 and 13, 2021\n\n## Topic\n\nwords\n", name="x.md"
    )
    sessions = read(
        "# DNSOP WG\nIETF 105\n\n## Session I, 2019-07-22, 1810\n\nAdministrivia\n\n"
        "## Session II, 2019-07-23, 1000\n\nMore\n",
        name="x.md",
    )
    interim = read("# DNSOP interim meeting\n\n## Topic\n\nwords\n", name="ietf107/minutes.md")
    assert [d.date.first.isoformat() for d in two.meeting.days if d.date] == [
        "2021-11-11", "2021-11-12"
    ]  # fmt: skip
    assert [d.date.first.isoformat() for d in apart.meeting.days if d.date] == ["2021-11-11"]
    assert [d.text for d in sessions.meeting.days] == ["2019-07-22", "2019-07-23"]
    assert (interim.meeting.number, interim.meeting.interim) == (None, True)


def test_a_heading_that_tells_of_a_session_on_a_day_is_no_day_of_the_meeting() -> None:
    found = read(
        "# IRSG Teleconference 25 April 2023\n\n## Documents\n\nwords\n\n"
        "## Reminder: IETF 117 - Session Requests opened on April 24, and registration "
        "opens in May.\n\nwords\n\n## ADD Interim 15 Session 2 (September 15)\n\nmore\n",
        name="x.md",
    )
    assert [d.text for d in found.meeting.days] == ["25 April 2023", "September 15"]


def test_a_day_heading_long_before_the_meetings_day_is_the_previous_meetings() -> None:
    found = read(
        "CELLAR -- DRAFT AGENDA for Virtual Interim Meeting\nApril 27, 2021      21:00 "
        "Amsterdam  ***\n                       20:00 UTC\n\nAOB?\n\n    NEXT MEETING May 25, "
        "2021.\n\nNotes from previous meeting for approval\n\nCELLAR -- DRAFT AGENDA for "
        "Virtual Interim Meeting\nMarch 23, 2021      21:00 Amsterdam  ***\n"
        "                       20:00 UTC\n",
        name="x.txt",
    )
    assert [d.text for d in found.meeting.days] == ["April 27, 2021"]


def test_a_running_logs_earlier_calls_are_days_of_it() -> None:
    found = read(
        "**IETF OpenALTO Meeting: May 23, 2022**\n\n- WIP\n\n----\n\n**04/28/2022**\n"
        "---------------\n\nDana: fine.\n\n**03/14/2022**\n---------------\n\nDana: also.\n",
        name="x.md",
    )
    assert [d.text for d in found.meeting.days] == ["May 23, 2022", "04/28/2022", "03/14/2022"]


def test_an_interim_takes_no_number_of_the_meeting_it_plans_for() -> None:
    text = (
        "SCONE interim meeting 2025-07-02\n\n## Hackathon Plan for IETF 123 {#plan-for-ietf-123}\n"
    )
    interim = read(f"{text}\nWes Eddy presenting.\n", name="x.md").meeting
    titled = read("# QUIC WG minutes for IETF 123\n\n## Topic\n\nwords\n", name="x.md").meeting
    assert (interim.number, interim.interim, titled.number) == (None, True, 123)


def test_an_ietf_number_within_a_web_address_is_no_number_of_the_meeting() -> None:
    found = read(
        "IPPM Interim Virtual Meeting\nWednesday, April 1, 2020\nMeeting Minutes\n\n"
        "Slides: https://datatracker.ietf.org/meeting/interim-2020-ippm-01/materials/"
        "slides-interim-2020-ippm-01-sessa-01-ietf107-ippm-chair\n\nDana: fine.\n",
        name="x.txt",
    )
    assert (found.meeting.number, found.meeting.interim) == (None, True)
    titled = read("IETF-118 QUIC WG meeting\n\nDana: fine.\n", name="x.txt").meeting
    assert titled.number == 118


def test_the_heading_below_a_title_alone_may_name_the_meeting() -> None:
    found = read("# Meeting summaries\n\n## CoRE @ IETF 108 (Virtual): Summary\n\nThe WG met.\n\n"
                 "## Stripes\n\nwords\n", name="x.md")  # fmt: skip
    assert (found.meeting.group, found.meeting.number) == ("CoRE", 108)


def test_a_heading_of_the_date_gives_the_day_and_an_identifier_is_no_part_of_a_title() -> None:
    found = read("## DNS Operations (DNSOP) Working Group\n# IETF 98, Chicago\n\n### Date: "
                 "Monday 27 March 2017\n### Room: Zurich D\n\n## Session Intro {#session-intro}\n\n"
                 "words\n", name="x.txt")  # fmt: skip
    assert [d.text for d in found.meeting.days] == ["Monday 27 March 2017"]
    assert [s.title for s in found.sections][-1] == "Session Intro"


def test_the_meetings_details_past_a_banner_and_a_table_of_contents_give_the_day() -> None:
    opening = ("## *** DRAFT ***\n\n# IETF116 Side Meeting\n\n## Table of Contents\n\n- "
               "[Meeting Minutes](#meeting-minutes)\n\n## Meeting Minutes\n\nDate and Time: "
               "THURSDAY 30 March, 13:00-14:30 UTC+9\n\n")  # fmt: skip
    found = read(opening + "## Talks\n\nDana: hi.\n", name="x.md").meeting
    later = read(opening.replace("## Meeting", "## Talks\n\nDana: hi.\n\n## Notes\n\nDana: "
                                 "ok.\n\n## Meeting"), name="x.md").meeting  # fmt: skip
    assert ([d.text for d in found.days], later.days) == (["THURSDAY 30 March"], [])


def test_a_section_of_the_meetings_details_gives_the_day() -> None:
    found = read(
        "# MASQUE Working Group - IETF 116\n\n## Time and Date\n\n* Wednesday, March 29, "
        "2023, 09:30 - 11:30 (GMT+9)\n\n## Links\n\n* Deadline 2023-04-30\n",
        name="ietf116/minutes.md",
    )
    nested = read("# TLS@IETF108\n\n## Logistics\n\n### Time\n\nTuesday 2020-07-28 14:10 "
                  "UTC\n\n# Status\n\nwords\n", name="x.md")  # fmt: skip
    labelled = read("# IRTF 125 IDRNG minutes\n\n## Introduction\n\n- Title: IDRNG\n- Date/"
                    "Time: Wednesday, March 18, 2026, 10:00-12:00\n\n## Talks\n\nDue 1 May "
                    "2026.\n", name="x.md")  # fmt: skip
    talk = read("# IRTF 125 IDRNG minutes\n\n## Introduction\n\n- Title: IDRNG\n\n## Abstract"
                "\n\nwords\n\n## Talks\n\n- Date: 1 May 2026\n", name="x.md")  # fmt: skip
    assert [d.text for d in found.meeting.days + nested.meeting.days + labelled.meeting.days] == [
        "Wednesday, March 29, 2023", "2020-07-28", "Wednesday, March 18, 2026",
    ]  # fmt: skip
    assert (labelled.meeting.group, talk.meeting.days) == ("IDRNG", [])


def test_of_the_data_a_page_opens_with_only_title_and_day_count_and_no_one_speaks() -> None:
    page = ("---\ntitle: {title}\ndescription:\npublished: true\ndate: {date}\ntags:\neditor: "
            "markdown\ndateCreated: 2023-03-13T01:00:19.572Z\n---\n\n<pre>\n\nre-ECN bar BoF\n"
            "30 Jul \u201909\nIETF-75, Stockholm\n\nChair: Steve Blake\n</pre>\n")  # fmt: skip
    wiki = read(page.format(title="Bar BoF", date="2023-03-13T01:00:26.280Z"), name="x.md")
    dated = read(page.format(title="ZEBRA WG interim", date="2009-07-29"), name="x.md").meeting
    m = wiki.meeting
    assert (m.number, m.city, [d.text for d in m.days]) == (75, "Stockholm", ["30 Jul \u201909"])
    assert (dated.group, [d.text for d in dated.days]) == ("ZEBRA", ["2009-07-29"])
    assert (wiki.people, [p.text for p in wiki.front.points]) == ([], [
        "title: Bar BoF description:", "<pre>", "re-ECN bar BoF 30 Jul \u201909 IETF-75, Stockholm",
        "Chair: Steve Blake </pre>",
    ])  # fmt: skip


def test_a_first_heading_among_several_titles_the_minutes_and_gives_the_day() -> None:
    found = read(
        "# FOO at IETF 111\n\n* Tuesday 2021-07-27 14:30 PDT\n* Chairs: A B, C D\n\n"
        "## Linkset\n\nwords\n\n# No time for other topics.\n",
        name="ietf111/minutes.md",
    )
    m = found.meeting
    assert (m.group, m.number, m.number_from) == ("FOO", 111, "minutes")
    assert [d.date.first.isoformat() for d in m.days if d.date] == ["2021-07-27"]


def test_where_the_file_name_disagrees_the_minutes_are_kept_and_it_is_said() -> None:
    found = read("# QUIC WG Minutes - IETF 101\n", name="ietf/ietf99.md")
    assert found.meeting.number == 101
    assert (
        "the minutes say IETF 101 and the file name ietf/ietf99.md says 99: the minutes' 101 "
        "is kept" in found.left
    )


def test_a_number_from_the_file_name_is_transcribed_and_said() -> None:
    found = read("HTTPbis Working Group Minutes\n\nmnot: hello.\n", name="httpwg/ietf75.txt")
    made = transcribe(found, "ietf75.txt")
    meeting = made.transcription.meeting
    assert (meeting.ietf, meeting.ietf_from, meeting.working_group) == (75, "file name", "HTTPbis")
    assert "the IETF number 75 comes from the file name httpwg/ietf75.txt" in made.left


# ---------------------------------------------------------------------------
# Real minutes


@needs_shared
def test_the_quic_ietf104_spellings_of_one_person_are_joined() -> None:
    of = spellings(real("quic/ietf104.md"))
    assert of["david s"] == of["david"] == of["David Schinazi"] == of["David"]
    assert of["brian t"] == of["Brian"] == of["Brian Trammell"]
    assert of["marten s"] == of["marten"] == of["Marten Seemann"]
    assert of["eric k"] == of["erik kinnear"]
    # "Martin" may be Martin Thomson or Martin Duke, "mt" Martin Thomson or michael tuxen
    assert len({of["Martin"], of["Martin Thomson"], of["Martin Duke"], of["mt"]}) == 4
    assert of["Eric"] != of["eric k"]


@needs_shared
def test_the_httpwg_ietf75_handles_misspelt_are_one_person() -> None:
    found = real("httpwg/ietf75.txt")
    of = spellings(found)
    assert of["ypettersen"] == of["ipettersen"] == of["ypetterson"]
    assert of["rfield"] == of["rfielding"]
    assert of["jreshcke"] == of["jreschke"]
    assert (found.meeting.number, found.meeting.number_from) == (75, "file name")


@needs_shared
def test_a_bulleted_question_word_over_its_reasons_is_no_one_unsure() -> None:
    found = read(
        "# QUIC\n\n## Load balancers\n\n* Why?\n    * Can't guarantee everyone gets config\n"
        "* Hugo?\n    * Fine with the config\n"
    )
    assert [p.name for p in found.people] == ["Hugo"]


def test_the_httpwg_ietf101_name_bullets_are_turns() -> None:
    found = real("httpwg/ietf101.md")
    turns = [t for s in found.sections for t in s.turns]
    said = Counter(t.speaker for t in turns)
    assert [said[n] for n in ("Julian Reschke", "Hugo", "Brad Shorten", "Alessandro Ghedini")] == [
        2,
        1,
        1,
        2,
    ]
    julian = next(t for t in turns if t.speaker == "Julian Reschke")
    assert julian.words == (
        "what's the process for defining new pseudo headers? H2 spec says we can't define new "
        "pseudo headers? - answer: 7540 is clear that settings mechanism can override behaviour"
    )
    assert len(turns) == 80
    of = spellings(found)
    assert of["Mark"] == of["Mark Nottingham"] and of["Mike"] == of["Mike Bishop"]
    assert of["Nick - Akamai"] != of["Nick Doty - UC Berkeley"]


@needs_shared
def test_no_turn_of_the_other_minutes_is_given_a_label_as_a_person() -> None:
    for path in sorted(MINUTES.glob("*/*")):
        if path.suffix not in (".md", ".txt") or path.name == "README.md":
            continue
        found = real(f"{path.parent.name}/{path.name}")
        names = {p.name.casefold() for p in found.people}
        assert not names & {"material", "zulip", "design issue", "video source", "re-charter"}


BRACKETED = """# MASQUE IETF 118, Monday II Session (1300-1500)

(6 Nov 2023)

*[CB]: Carsten Bormann
*[CA]: Christian Amsüss

## Connect-UDP listen

- [Mirja Kühlewind] I think we should merge this.
- [Lucas Pardue] Agree, and the PR is ready.
[CA] The registry needs a note.
[CB] I can add that.
**[02:31] David Schinazi:** We can ship it soon.
**Alex Chernyakhovsky** asks why the capsule is needed.
- [stronger] Close with no action
- [Mirja] Fine with me.
"""


def test_names_in_brackets_after_a_time_and_in_narrative_are_turns() -> None:
    found = read(BRACKETED, name="ietf118/minutes.md")
    turns = [(t.speaker, t.form, t.words) for s in found.sections for t in s.turns]
    assert turns == [
        ("Mirja Kühlewind", "said", "I think we should merge this."),
        ("Lucas Pardue", "said", "Agree, and the PR is ready."),
        ("CA", "said", "The registry needs a note."),
        ("CB", "said", "I can add that."),
        ("David Schinazi", "said", "We can ship it soon."),
        (
            "Alex Chernyakhovsky",
            "reported",
            "**Alex Chernyakhovsky** asks why the capsule is needed.",
        ),
        ("Mirja", "said", "Fine with me."),
    ]


def test_a_legend_ties_initials_and_a_first_name_joins_the_one_full_name() -> None:
    found = read(BRACKETED, name="ietf118/minutes.md")
    assert [(p.name, p.written) for p in found.people] == [
        ("Mirja Kühlewind", ["Mirja Kühlewind", "Mirja"]),
        ("Lucas Pardue", ["Lucas Pardue"]),
        ("Christian Amsüss", ["CA", "Christian Amsüss"]),
        ("Carsten Bormann", ["CB", "Carsten Bormann"]),
        ("David Schinazi", ["David Schinazi"]),
        ("Alex Chernyakhovsky", ["Alex Chernyakhovsky"]),
    ]
    m = found.meeting
    assert (m.group, m.number, [d.date.first.isoformat() for d in m.days if d.date]) == (
        "MASQUE", 118, ["2023-11-06"],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("line", "name"),
    [("[CA] The registry", "CA"), ("[Mirja Kühlewind] I think", "Mirja Kühlewind"),
     ("**[02:31] David Schinazi:** We can", "David Schinazi"), ("[02:31] Jana: yes", "Jana"),
     ("[stronger] Close", None), ("[x] done", None), ("[QUIC-LB](https://x) is", None),
     ("[CB]: Carsten Bormann", None), ("[Mike]What is the AI?", "Mike"), ("[x]done", None),
     ("[Jim]: running TLS over app would solve it", "Jim"),
     ("[Christian Amsuss, through Jabber] +1 on mid-January", "Christian Amsuss"),
     ("Go through the list: fine", None),
     ("Q: Watson: Sounds pretty intrusive", "Watson"), ("A: Tommy Pauly: no", "Tommy Pauly"),
     ("Comment: Jana: nice", "Jana"), ("A: yes it is", None), ("Q: Note: this", None),
     ("Q: how about this: fine", None), ("Group: eliminated some options", None),
     ("Room: close it", None), ("Comments from Dean Bogdanovic: words", "Dean Bogdanovic"),
     ("Comment from Carlos: SOFT", "Carlos"), ("Questions from Lars: why", "Lars"),
     ("Last comment from Dmitry: we should", "Dmitry"), ("A question from the floor: why", None),
     ("Ted from the floor: yes", "Ted"),
     ("Start from use cases, scope for interop: Data Centers", None),
     ("Victor:Concerned about the change of venue", "Victor"), ("Magnus:<...>", "Magnus"),
     ("Chairs:Eric Kinnear, Reese Enghardt", None), ("Time:1300-1430 local", None),
     ("Slides:https://example.org", None),
     ("**Speaker: [Marcus Ihlar]**\nMarcus Ihlar, Ericsson. Great work.", "Marcus Ihlar"),
     ("Speaker: Lucas Pardue\nWe will send a PR.", "Lucas Pardue"),
     ("**Speaker: [Unknown Speaker]**\nWhat about MTU?", None),
     ("Unknown Speaker: what about MTU?", None),
     ("Speaker: Lucas Pardue, who chairs", None)],
)  # fmt: skip
def test_a_speaker_in_brackets_or_after_a_questions_mark_is_a_capitalised_name_with_words_after_it(
    line: str, name: str | None
) -> None:
    found = prefix(line)
    assert (found.speaker.name if found else None) == name


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [("**Lucas Pardue** (as chair): strong preference", "Lucas Pardue", "as chair"),
     ("**Andrew** (later in chat): My comment", "Andrew", "later in chat"),
     ("**Lucas Pardue**: strong preference", "Lucas Pardue", None),
     ("**Note** (see slides): the plan", None, None)],
)  # fmt: skip
def test_a_bold_name_with_its_role_in_brackets_after_it_and_a_colon_opens_a_turn(
    line: str, name: str | None, role: str | None
) -> None:
    found = prefix(line)
    said = (found.speaker.name, found.speaker.role) if found else (None, None)
    assert said == (name, role)


def test_a_chair_named_with_a_hat_after_a_bold_name_is_the_chair() -> None:
    found = read(
        "# QUIC WG\n\n## Multipath\n\n**Lucas Pardue** (as chair): strong preference for "
        "error codes.\n\n**Matt Joras**: ok.\n"
    )
    assert [(p.name, p.office) for p in found.people] == [
        ("Lucas Pardue", "chair"), ("Matt Joras", None)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "credit",
    [
        "presented by Yanmei Liu & Yunfei Ma",
        "Presentation by Yanmei Liu.",
        "* Presentation of the multipath draft and its open issues by Yanmei Liu.",
    ],
)
def test_a_first_name_is_the_full_name_a_talk_is_presented_by(credit: str) -> None:
    found = read(
        f"# QUIC WG\n\n## Multipath\n\n{credit}\n\n**Yanmei**: Main changes since last "
        "time.\n\n**Matt Joras**: ok.\n"
    )
    assert [(p.name, p.inferred) for p in found.people] == [
        ("Yanmei Liu", ["Yanmei"]), ("Matt Joras", [])
    ]  # fmt: skip


DASHED = """# FOO at IETF 105

## Connection ID

Ekr - propose we say in the drafts what the machinery is.

Sean - does that mean pr 70 goes away

Ekr - no, needs some refinement.

Adam Langley - prefers option 2 from the slide
Option 2 - a new key schedule

## Hiring

- Nick - Akamai
  - would like a new header
"""


def test_a_name_and_a_dash_is_a_turn_where_the_minutes_write_turns_so() -> None:
    found = read(DASHED, name="ietf105/minutes.md")
    turns = [(t.speaker, t.words) for s in found.sections for t in s.turns]
    assert turns == [
        ("Ekr", "propose we say in the drafts what the machinery is."),
        ("Sean", "does that mean pr 70 goes away"),
        ("Ekr", "no, needs some refinement."),
        ("Adam Langley", "prefers option 2 from the slide Option 2 - a new key schedule"),
        ("Nick - Akamai", "would like a new header"),
    ]


def test_a_name_and_a_dash_once_is_no_turn_of_a_name_never_heard() -> None:
    found = read("# FOO WG\n\n## Talk\n\nAdam Langley - prefers option 2\n", name="x.md")
    assert [t.speaker for s in found.sections for t in s.turns] == []


def test_a_name_and_the_way_they_spoke_before_a_dash_is_a_turn_even_once() -> None:
    found = read("# FOO WG\n\n## Talk\n\nMartin Thomson: content-type is enough.\n\nMartin "
                 "Thompson via Jabber - was not prepared.\n", name="x.md")  # fmt: skip
    turns = [(t.speaker, t.role, t.words) for s in found.sections for t in s.turns]
    assert turns == [
        ("Martin Thomson", None, "content-type is enough."),
        ("Martin Thompson via Jabber", "via Jabber", "was not prepared."),
    ]
    assert [p.name for p in found.people] == ["Martin Thomson"]


def test_where_someone_spoke_before_a_dash_is_a_turn_even_once() -> None:
    found = read("# FOO WG\n\n## Talk\n\nTommy Pauly: Yes.\n\nTommy (off mic) - a timing "
                 "frame would do.\n", name="x.md")  # fmt: skip
    turns = [(t.speaker, t.role, t.words) for s in found.sections for t in s.turns]
    assert turns == [
        ("Tommy Pauly", None, "Yes."), ("Tommy (off mic)", "off mic", "a timing frame would do.")
    ]  # fmt: skip


HEADINGLESS = """AL: Adam Langley
EKR: Eric Rescorla
ST: Sean Turner

FOO Interim Meeting
Sunday 20 July 2014, 10 am - 4 pm

EKR: presentation on changes since -01
AL: No reason to do that.
ST: Consensus call, remove custom groups, no objections.
"""


def test_a_legend_of_initials_joins_them_and_is_no_turn() -> None:
    found = read(HEADINGLESS, name="ietf_90/minutes-90-foo")
    assert [(p.name, p.written) for p in found.people] == [
        ("Eric Rescorla", ["EKR", "Eric Rescorla"]),
        ("Adam Langley", ["AL", "Adam Langley"]),
        ("Sean Turner", ["ST", "Sean Turner"]),
    ]
    m = found.meeting
    assert (m.group, m.interim, [d.date.first.isoformat() for d in m.days if d.date]) == (
        "FOO", True, ["2014-07-20"],
    )  # fmt: skip


def test_minutes_with_no_heading_keep_their_turns_in_one_section() -> None:
    made = transcribe(read(HEADINGLESS, name="ietf_90/minutes-90-foo"), "minutes-90-foo")
    [section] = made.transcription.sections
    assert section.heading == "FOO Interim Meeting Sunday 20 July 2014, 10 am - 4 pm"
    assert [e.speaker for e in section.exchanges] == ["EKR", "AL", "ST"]
    assert not any("left out" in n for n in made.left)


def test_talks_titled_with_their_presenter_alone_on_a_line_head_the_turns_below() -> None:
    minutes = HEADINGLESS + (
        "\nDowngrade SCSV (Bodo Moller)\n\nAL: Why is this not symmetric\nEKR: It is.\n\n"
        "Multiplexing Scheme Updates (MPH = Marc Petit-Huguenin)\nhttp://example.org/slides.pdf\n\n"
        "EKR: Not sure.\n\nSome notes (Summary)\n\nNo turn follows this line.\n"
    )
    made = transcribe(read(minutes, name="ietf_90/minutes-90-foo"), "minutes-90-foo")
    assert [(s.heading, [e.speaker for e in s.exchanges]) for s in made.transcription.sections] == [
        ("FOO Interim Meeting Sunday 20 July 2014, 10 am - 4 pm", ["EKR", "AL", "ST"]),
        ("Downgrade SCSV (Bodo Moller)", ["AL", "EKR"]),
        ("Multiplexing Scheme Updates (MPH = Marc Petit-Huguenin)", ["EKR"]),
    ]
    assert not any("left out" in n for n in made.left)


def test_a_turn_of_two_people_names_no_speaker_in_the_transcription_and_in_its_header() -> None:
    made = transcribe(
        read("# QUIC WG\n\n## Retry\n\nekr: what about the token?\n\n"
             "subodh/ekr: authenticate in the token.\n"),
        "m",
    )  # fmt: skip
    [section] = made.transcription.sections
    assert [(e.speaker, e.form) for e in section.exchanges] == [
        ("ekr", "said"), ("subodh/ekr", "unattributed")
    ]  # fmt: skip
    assert "1 turn naming no speaker (subodh/ekr)" in made.left


def test_lines_of_two_before_the_first_heading_are_no_discussion_of_their_own() -> None:
    made = transcribe(
        read(
            "ZEBRA WG\nIETF 102, Montreal\n\n* Date: Wednesday, 18 July 2017\n* Room: Salon A\n\n"
            "* Chair: Ann Lee <ann@example.org>\n* Chair: Bo Li <bo@example.org>\n\n"
            "### Administrivia\n\nAnn: Hello.\n"
        ),
        "z",
    )
    assert [s.heading for s in made.transcription.sections] == ["### Administrivia"]
    assert "turns before the first heading are left out: no heading names them" in made.left
    # a turn naming no one is no third speaker
    made = transcribe(
        read("ZEBRA WG\n\nAnn: Welcome.\nBo: Thanks.\n??: Hello.\n\n### Status\n\nAnn: Hi.\n"),
        "z",
    )
    assert [s.heading for s in made.transcription.sections] == ["### Status"]


def test_a_name_credited_in_underscores_after_a_comma_is_the_full_name() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## **Hackathon Updates**, _Mohit Tahiliani_\n\n"
                 "- Mohit: It mostly met objectives.\n- Dana_Smith: noted.\n")  # fmt: skip
    assert (found.people[0].name, found.people[0].quotes) == (
        "Mohit Tahiliani",
        ["## **Hackathon Updates**, _Mohit Tahiliani_"],
    )


def test_a_link_to_the_meetings_time_gives_the_year_its_day_leaves_out() -> None:
    found = read("# CCWG Working Group - IETF 123\n\n### Time and Date\n\n* Monday July 21, 14:30 - "
                 "16:30 CEST ([See this time in your local timezone](https://www.timeanddate.com/"
                 "worldclock/fixedtime.html?msg=CCWG+at+IETF+123&iso=20250721T1430&p1=1440))\n\n"
                 "## Stripes\n\nwords\n", name="x.md")  # fmt: skip
    assert [(d.text, d.date.first.isoformat()) for d in found.meeting.days if d.date] == [
        ("Monday July 21", "2025-07-21")
    ]


def test_a_question_or_answer_mark_before_a_name_is_no_part_of_it() -> None:
    found = read("## Stripes\n\nQ Dana Smith: Why stripes?\nA Lee: Tradition.\n\n"
                 "Dana Smith: Thanks.\n")  # fmt: skip
    turns = found.sections[0].turns
    assert [(t.speaker, t.name) for t in turns] == [
        ("Dana Smith", "Dana Smith"), ("Lee", "Lee"), ("Dana Smith", "Dana Smith"),
    ]  # fmt: skip
    assert [p.name for p in found.people] == ["Dana Smith", "Lee"]


@pytest.mark.parametrize(
    "tally", ["Y : 7, N : 24", "Raised: 1, didn't raise: 16", "Raised: 16 | Not Raised: 4",
              "raise hands: 20"],
)  # fmt: skip
def test_a_count_after_the_colon_is_a_polls_tally_not_a_turn(tally: str) -> None:
    assert prefix(tally) is None
    assert prefix("Dana: 2 things to say") is not None


def test_the_city_after_the_meetings_number_ends_with_its_line() -> None:
    found = read(
        "# HAPPY Working Group Minutes\nIETF 122, Bangkok\nTuesday, March 18\n", name="x.md"
    )
    assert (found.meeting.number, found.meeting.city) == (122, "Bangkok")
    lower = read("ietf 104 capport wed 11:20\n\nAgenda\n", name="x.txt").meeting
    assert (lower.group, lower.number) == ("capport", 104)
    for how in ("Side Meeting", "Virtual", "Online", "Bar BoF"):
        assert read(f"QUIC - IETF 120 {how}\n\nAgenda\n", name="x.md").meeting.city is None


def test_a_link_alone_after_the_colon_is_a_label_and_a_question_mark_may_be_a_word() -> None:
    assert prefix("tommy's presentation: https://github.com/capport-wg/api.pdf") is None
    assert prefix("Materials: <https://datatracker.ietf.org/meeting/104>") is None
    assert prefix("mnot: https://github.com/httpwg/pull/1 is the fix") is not None
    for written in ("Question Chunchi Liu", "Comment Chunchi Liu", "q Chunchi Liu"):
        found = speaker(written)
        assert found is not None and (found.written, found.name) == ("Chunchi Liu", "Chunchi Liu")


@pytest.mark.parametrize(
    ("opening", "name", "day"),
    [("# HAPPY WG Minutes\nIETF 122, Bangkok\nTuesday, March 18, 17:00 - 18:30\n", "x.md",
      "2025-03-18"),
     ("# ADD\n\nTime: Tuesday July 26 3:00-5:00pm\n", "IETF114/minutes.md", "2022-07-26"),
     ("# HAPPY WG Minutes\nIETF 122, Bangkok\nMonday, March 18, 17:00 - 18:30\n", "x.md", None),
     ("# HAPPY WG Minutes\nIETF 122, Bangkok\nMarch 18, 17:00 - 18:30\n", "x.md", None)],
)  # fmt: skip
def test_a_day_without_its_year_takes_the_ietf_numbers_where_its_weekday_agrees(
    opening: str, name: str, day: str | None
) -> None:
    found = read(opening + "\n## Agenda\n\nLars: Fine.\n", name=name)
    assert [d.date.first.isoformat() for d in found.meeting.days if d.date] == (
        [day] if day else []
    )
    said = [line for line in found.left if "comes from the IETF number and the weekday" in line]
    assert len(said) == (1 if day else 0)


def test_a_headings_time_and_a_presenter_cut_off_at_its_end_are_no_part_of_its_title() -> None:
    found = read("# SATP WG\n\n## 20m - Crash Recovery, error codes (Rafael\nBelchior)\n\n"
                 "Dana: fine.\n\n## 5 min - Scope\n\nDana: ok.\n")  # fmt: skip
    assert [(s.title, s.presenter) for s in found.sections] == [
        ("Crash Recovery, error codes", "Rafael"),
        ("Scope", None),
    ]


def test_a_heading_all_in_brackets_is_its_own_title_and_the_import_is_written(
    tmp_path: Path, run: Run
) -> None:
    minutes = tmp_path / "x.md"
    minutes.write_text("# NASR WG\n\n## Talks\n\nDana: fine.\n\n#### **[Postponed due to lack "
                       "of time]**\n\n##### 4. NASR Service Model: Meiling Chen\n\nDana: ok.\n")  # fmt: skip
    found = read(minutes.read_text(), name="x.md")
    assert [(s.title, s.presenter) for s in found.sections][1:] == [
        ("[Postponed due to lack of time]", None),
        ("NASR Service Model: Meiling Chen", None),
    ]
    made = run("import", str(minutes), "-o", str(tmp_path / "x.toml"))
    assert made.exit_code == 0, made.stderr


def test_empty_brackets_give_no_role_and_a_name_in_brackets_after_q_is_who_asks() -> None:
    found = speaker("Q()")
    assert found is not None and (found.name, found.role) == (None, None)
    turns = read("## Stripes\n\nQ(Dana Smith): Why?\n\nQ(): Any initial security review ?\n")
    assert [(t.name, t.role) for t in turns.sections[0].turns] == [
        ("Dana Smith", None),
        (None, None),
    ]


@pytest.mark.parametrize(
    ("written", "name", "role"),
    [("Michael Welzl, from chat", "Michael Welzl", "from chat"),
     ("Brian w/ chair hat", "Brian", "w/ chair hat"),
     ("Mirja with AD hat", "Mirja", "with AD hat"),
     ("Sean with chair hat on", "Sean", "with chair hat on"),
     ("Lucas hatless", "Lucas", "hatless"),
     ("Gorry, hatless", "Gorry", "hatless"),
     ("Ian Swett, MoQ hat", "Ian Swett", "MoQ hat"),
     ("Erik, co-chair hat off", "Erik", "co-chair hat off"),
     ("Eric Kinnear, Apple", "Eric Kinnear", "Apple"),
     ("Gorry, Ian", "Gorry, Ian", None)],
)  # fmt: skip
def test_a_speakers_hat_channel_or_affiliation_after_a_comma_is_their_role(
    written: str, name: str, role: str | None
) -> None:
    found = speaker(written)
    assert found is not None and (found.name, found.role) == (name, role)


def test_a_speaker_with_an_affiliation_is_the_person_without_it() -> None:
    found = read(
        "# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\nRoberto Peon, Facebook: We need this."
        "\n\nRoberto Peon: And this too.\n\nBrian Trammell: Sure.\n\n"
        "Brian w/ chair hat: take it to the list.\n"
    )
    assert [(t.name, t.role) for t in found.sections[0].turns] == [
        ("Roberto Peon", "Facebook"),
        ("Roberto Peon", None),
        ("Brian Trammell", None),
        ("Brian", "w/ chair hat"),
    ]
    assert [p.name for p in found.people] == ["Roberto Peon", "Brian Trammell"]


def test_words_struck_out_before_a_headings_title_are_no_part_of_it() -> None:
    found = read("# MASQUE WG\n\n## ~Proxing Listener UDP~ CONNECT-UDP Bind\n\nwords\n\n"
                 "## A ~~first~~ draft\n\nwords\n")  # fmt: skip
    assert [s.title for s in found.sections] == ["CONNECT-UDP Bind", "A ~~first~~ draft"]


def test_a_handle_or_a_full_name_written_together_is_the_one_full_name_it_can_be() -> None:
    found = read("# WPACK WG\n\n## Bundles\n\nPete Snyder: Yes, they do.\n\n"
                 "PSnyder: another point.\n\nDana: ok.\n\njsmith: and this.\n\n"
                 "Ben Schwartz: Yes.\n\nBenSchwartz: so.\n")  # fmt: skip
    assert [(p.name, p.written) for p in found.people] == [
        ("Pete Snyder", ["Pete Snyder", "PSnyder"]), ("Dana", ["Dana"]), ("jsmith", ["jsmith"]),
        ("Ben Schwartz", ["Ben Schwartz", "BenSchwartz"]),
    ]  # fmt: skip


def test_a_handle_cutting_a_family_name_short_is_the_one_full_name_it_can_be() -> None:
    found = read("# HTTP WG\n\n## Issues\n\nMark Nottingham: Let's discuss.\n\n"
                 "mnot: another point.\n\nJon Millican: Yes.\n\nJMil: so.\n\n"
                 # keeping two letters of the family name, none
                 "mno: ok.\n")  # fmt: skip
    assert [(p.name, p.written) for p in found.people] == [
        ("Mark Nottingham", ["Mark Nottingham", "mnot"]), ("Jon Millican", ["Jon Millican", "JMil"]),
        ("mno", ["mno"]),
    ]  # fmt: skip
    # a handle written as a name is ("Jmil") is none
    found = read("# HTTP WG\n\n## Issues\n\nJon Millican: Yes.\n\nJmil: so.\n")
    assert [p.name for p in found.people] == ["Jon Millican", "Jmil"]


def test_a_dashed_turn_may_say_the_way_its_speaker_spoke() -> None:
    found = read("# WPACK WG\n\n## Bundles\n\nEkr - something.\n\nAdam Langley - prefers "
                 "option 2\n\nMartin Thompson via Jabber - was not prepared.\n\nNick - Akamai\n")  # fmt: skip
    assert [(t.speaker, t.role) for t in found.sections[0].turns] == [
        ("Ekr", None), ("Adam Langley", None), ("Martin Thompson via Jabber", "via Jabber"),
        ("Nick", None),
    ]  # fmt: skip


def test_a_dashed_turn_may_say_in_brackets_the_way_its_speaker_spoke() -> None:
    found = read("# DPRIVE WG\n\n## Flags\n\nSara - flags are per zone.\n\nBrian - agreed.\n\n"
                 "Ray Bellis (in chat) - per-server flags advertise capability.\n\n"
                 "Nick (Akamai) - is it worth it\n")  # fmt: skip
    assert [(t.speaker, t.role) for t in found.sections[0].turns] == [
        ("Sara", None), ("Brian", None), ("Ray Bellis (in chat)", "in chat"),
    ]  # fmt: skip


def test_a_name_in_a_script_without_case_speaks() -> None:
    found = read("# DNSOP WG\n\n## Catalog zones\n\n神明達哉 (Tatuya JINMEI): Splitting makes it look "
                 "not serious\n\nWarren Kumari: fine.\n\n神明達哉: Similar to other drafts\n")  # fmt: skip
    assert [(t.speaker, t.role) for t in found.sections[0].turns] == [
        ("神明達哉 (Tatuya JINMEI)", "Tatuya JINMEI"), ("Warren Kumari", None), ("神明達哉", None),
    ]  # fmt: skip
    assert [p.name for p in found.people] == ["神明達哉", "Warren Kumari"]


def test_a_first_name_is_not_joined_to_a_speaker_where_the_minutes_name_another_in_office() -> None:
    found = read(
        "# ADD WG\n\nArea Director: Eric Vyncke\n\n## Directorate\n\nEric: Lots of drafts.\n\n"
        "Eric Orth: I agree.\n\n## Other\n\nMartin: One more.\n\nMartin Duke: Yes.\n"
    )
    assert sorted(p.written for p in found.people) == [
        ["Eric"], ["Eric Orth"], ["Martin", "Martin Duke"]
    ]  # fmt: skip


def test_a_presenter_credited_with_a_generation_after_the_name_is_the_first_name_that_speaks() -> (
    None
):
    found = read(
        "# DNSOP WG\n\ndraft-eastlake-dnsop-expressing-qos-requirements, Donald Eastlake III\n"
        "    Ben Schwartz: Why in the DNS?\n        Donald: Requires application know about SVCB\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Ben Schwartz", ["Ben Schwartz"]),
        ("Donald Eastlake III", ["Donald", "Donald Eastlake III"]),
    ]


def test_a_first_name_is_not_joined_to_a_speaker_where_the_minutes_credit_another() -> None:
    found = read(
        "# DNSOP WG\n\n## Capture format, Jim Hague\n\nJim: Yes, using the -03 draft.\n\n"
        "Jim Reid: Any progress?\n\n## Catalog zones - Peter Thomassen\n\nPeter: It is done.\n\n"
        "Peter Tomasson: Good.\n"
    )
    # "Peter Thomassen" and "Peter Tomasson" are a few letters apart: a misspelling of one.
    assert sorted(p.written for p in found.people) == [
        ["Jim"], ["Jim Reid"], ["Peter", "Peter Tomasson"]
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [("", " (off mic)", " (sitting)"), (" (Apple)", " (in chat)", " (via Jabber)")],
)
def test_how_where_or_when_someone_spoke_tells_no_two_people_apart(
    first: str, second: str, third: str
) -> None:
    found = read(
        f"# HTTP WG\n\n## Alt-Svc\n\n- Tommy Pauly{first}: Yes, if the only way.\n- David: On "
        f"the web?\n- Tommy: Yes\n- Tommy{second}: How about a timing frame?\n"
        f"- Tommy Pauly{third}: We have some updates.\n- David Schinazi: ok.\n"
    )
    assert [(p.name, sorted(p.written)) for p in found.people] == [
        ("Tommy Pauly", ["Tommy", "Tommy Pauly"]), ("David Schinazi", ["David", "David Schinazi"])
    ]  # fmt: skip


def test_a_name_with_della_is_a_full_name_as_one_with_van_is() -> None:
    found = read("# FOO WG\n\n## Talk\n\n- Paolo della Rocca: We tested it.\n- Mark: Good.\n"
                 "- Paolo: yes\n", name="x.md")  # fmt: skip
    assert [(t.speaker, t.words) for s in found.sections for t in s.turns] == [
        ("Paolo della Rocca", "We tested it."), ("Mark", "Good."), ("Paolo", "yes")
    ]  # fmt: skip
    assert [p.name for p in found.people] == ["Paolo della Rocca", "Mark"]


def test_words_a_wrapped_sentence_goes_on_with_are_no_speaker() -> None:
    found = read(
        "# MLS BoF\n\n## Architecture\n\n"
        "- What's the analogy between MLS and TLS? Lots of applications use TLS for\n"
        "transport: email, websites, etc.\n"
        "- Security protocol: needs to have modern security properties:\n"
        "        - Forward secrecy: past messages are secret against a state or key\n"
        "        compromise. - Post-compromise security: if there is a temporary leak.\n"
        "- Protocol is based on trees. - Each participant caches a view of the\n"
        "tree. - We are working on proofs.\n"
        "- Richard Barnes: It's both.\n"
        "- mnot: not using a dynamic table at all is rather a drawback to request size\n"
        "jana: what mt said.\n"
        # words in lower case are no handle after a line that ends no sentence
        "- Rikard: This is the document from which the former was split out. Two\n"
        "parts remain: the KUDOS procedure and the update of OSCORE IDs.\n"
    )
    assert [t.speaker for t in found.sections[0].turns] == [
        "Richard Barnes", "mnot", "jana", "Rikard"
    ]  # fmt: skip
    assert found.sections[0].turns[-1].words == (
        "This is the document from which the former was split out. Two parts remain: the KUDOS "
        "procedure and the update of OSCORE IDs."
    )
    assert [p.name for p in found.people] == ["Richard Barnes", "mnot", "jana", "Rikard"]
    assert prefix("tree. - We are working on proofs.") is None
    initial = prefix("Ted H. - I agree")
    assert initial is not None and initial.speaker.name == "Ted H."


def test_people_named_one_by_one_opening_a_report_are_its_speakers() -> None:
    found = read(
        "# SCONE WG\n\n## Issues\n\nZahed: Hello.\n\nMartin: Hi.\n\n"
        "Brian suggests focusing on PR 83 to kick things off. Zahed and Martin raised the "
        "related issue, asking what exactly a network element is.\n\n"
        "Eric Rescorla, Andrew Sullivan, and Bradley Silver debated how to handle use cases.\n\n"
        "Security and Privacy noted that.\n"
    )
    assert [(t.speaker, t.words) for t in found.sections[0].turns][2:] == [
        ("Brian", "Brian suggests focusing on PR 83 to kick things off."),
        ("Zahed and Martin", "Zahed and Martin raised the related issue, asking what exactly a "
                             "network element is."),
        ("Eric Rescorla, Andrew Sullivan, and Bradley Silver",
         "Eric Rescorla, Andrew Sullivan, and Bradley Silver debated how to handle use cases."),
    ]  # fmt: skip


def test_a_family_name_alone_takes_the_one_full_name_the_minutes_credit_that_ends_with_it() -> None:
    found = read(
        "# MLS WG\n\n### Architecture - Benjamin Beurdouche\n\n- #71 Membership\n"
        "    - Rohan Mahy: membership != liveness or consent\n"
        "    - Wilton: sought confirmation. Beurdouche confirmed.\n\n"
        "### Interest\n\n- Dave Camp: Yes.\n- Gary Belvin (Google): I like this. - Dave Gridland\n"
        '(XMPP): "XMPP obvious interest."\n- Gridland: Interoperable messaging exists.\n'
    )
    assert [(p.name, p.written, p.quotes) for p in found.people] == [
        ("Rohan Mahy", ["Rohan Mahy"], []),
        ("Wilton", ["Wilton"], []),
        ("Benjamin Beurdouche", ["Beurdouche", "Benjamin Beurdouche"], [
            "### Architecture - Benjamin Beurdouche"
        ]),
        ("Dave Camp", ["Dave Camp"], []),
        ("Gary Belvin", ["Gary Belvin"], []),
        ("Dave Gridland", ["Gridland", "Dave Gridland"], [
            "- Gary Belvin (Google): I like this. - Dave Gridland"
        ]),
    ]  # fmt: skip


def test_a_first_name_and_a_family_name_alone_credited_one_full_name_are_one_person() -> None:
    found = read(
        "# QUIC WG\n\n### Connection ID DT - Mike Bishop\n\nMike: the other side can force feed"
        " you.\n\nIan: Yes.\n\n### Retry - Martin Thomson\n\nBishop: Toggle on back end server.\n"
    )
    assert [(p.name, p.written) for p in found.people] == [
        ("Mike Bishop", ["Mike", "Bishop", "Mike Bishop"]),
        ("Ian", ["Ian"]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "dkg: What Mirja said is that one gives you pervasive RTT surveillance.",
        "**Olivier:** Re Roberto: I think it belongs in layer 4.",
    ],
)
def test_a_capitalised_word_and_a_family_name_alone_credit_no_one(line: str) -> None:
    found = read(f"# QUIC WG\n\n## Spin bit\n\n{line}\n\nMirja: Yes.\n\nRoberto: No.\n")
    assert [p.name for p in found.people if p.name in ("Mirja", "Roberto")] == ["Mirja", "Roberto"]

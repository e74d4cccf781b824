"""What msecwg answers from the IETF 57 minutes, at the dates an audit of every command
named: each answer says what the minutes say and no more (a Last Call whose opening
is not recorded is scheduled, never open; every state names its date; one item, one
answer a day; hedges where the minutes put them; attributions with their doubt)."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import Run


def table(run: Run, *args: str) -> list[str]:
    """The lines of a table for people, in an 80-column terminal."""
    result = run(*args, "--format", "table")
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def records(run: Run, *args: str) -> list[dict[str, Any]]:
    """The records of a run's JSON."""
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    found: list[dict[str, Any]] = json.loads(result.stdout)["records"]
    return found


# N1: a Last Call whose opening is not recorded is scheduled, not open.


def test_a_last_call_never_recorded_as_announced_closes_on_its_date_and_is_not_open(
    run: Run,
) -> None:
    lines = table(run, "drafts", "--as-of", "2003-08-02")
    assert lines[10:12] == [
        "DHHMAC             —                WG Last Call to come  closes 1 Sep 2003",
        "GKM Architecture   —                Last Call planned     closes 1 Sep 2003",
    ]
    assert not any("open" in line for line in lines)


def test_a_last_call_whose_closing_day_has_passed_was_to_close_not_closed(run: Run) -> None:
    """The minutes set the days Last Calls are to close; that one closed they cannot say."""
    lines = table(run, "drafts", "--as-of", "2003-09-02")
    assert lines[8:16] == [
        "MIKEY              —                In WG Last Call       was to close",
        "                                                          Fri 1 Aug 2003¹",
        "DHHMAC             —                WG Last Call to come  was to close",
        "                                                          1 Sep 2003",
        "GKM Architecture   —                Last Call planned     was to close",
        "                                                          1 Sep 2003",
        "MSEC Architecture  —                Closing date set      was to close",
        "                                                          Fri 8 Aug 2003",
    ]
    assert not any("closed" in line for line in lines)


def test_an_item_card_calls_the_window_scheduled_beside_the_announcement_not_recorded(
    run: Run,
) -> None:
    lines = table(run, "actions", "c", "--as-of", "2003-08-15")
    assert lines[3:6] == [
        "Dates     Announce Last Call: Fri 1 Aug 2003, not recorded as sent",
        "          Last Call period: 1 Aug to 1 Sep 2003, scheduled, closing in 17 days",
        "          Last Call closes: 1 Sep 2003, in 17 days",
    ]
    card = "\n".join(table(run, "drafts", "gkm-arch", "--as-of", "2003-08-15"))
    assert "open" not in card
    assert "Last Call period: 1 Aug to 1 Sep 2003, scheduled, closing\n" in card


def test_the_records_call_a_window_whose_opening_is_not_recorded_scheduled(run: Run) -> None:
    windows = [r for r in records(run, "timeline", "--as-of", "2003-08-15") if r["end"]]
    assert [(r["item"], r["state"], r["days"]) for r in windows] == [
        ("c", "scheduled", 17),
        ("d", "scheduled", 17),
    ]


# N3: one item, one answer a day, and the records say what the tables say.


def test_actions_and_actions_overdue_give_one_answer_for_an_item_on_one_day(run: Run) -> None:
    every = table(run, "actions", "--as-of", "2003-08-15")
    overdue = table(run, "actions", "--overdue", "--as-of", "2003-08-15")
    shown = [
        "c   GKM Architecture   Announce Last Call  Fri 1 Aug 2003   not recorded as sent",
        "d   DHHMAC             Announce Last Call  Fri 1 Aug 2003   not recorded as sent",
    ]
    assert every[5:7] == shown
    assert overdue[4:6] == shown


def test_every_format_records_the_date_the_table_shows_with_its_kind_and_state(
    run: Run,
) -> None:
    for args in (("actions",), ("actions", "--overdue")):
        found = {r["id"]: r for r in records(run, *args, "--as-of", "2003-08-15")}
        for item in ("c", "d"):
            now = found[item]["current"]
            assert (found[item]["state"], now["kind"], now["date"], now["state"]) == (
                "passed",
                "task",
                "2003-08-01",
                "passed",
            )


# N2: every state names its date.


def test_the_drafts_table_dates_its_states_to_the_meeting_on_another_day(run: Run) -> None:
    assert table(run, "drafts", "--as-of", "2003-09-02")[1:4] == [
        "MSEC WG, IETF 57, Vienna, Mon 14 Jul 2003. At the meeting: Re-Charter and New",
        "Milestones approved by the ADs; the Re-Charter still needs IESG approval.",
        "States as of the meeting, Mon 14 Jul 2003; deadlines as of Tue 2 Sep 2003.",
    ]
    assert table(run, "drafts", "--as-of", "2003-07-14")[3] == (
        "Document           Status           State                 Next deadline"
    )


def test_a_document_card_dates_its_state_to_the_meeting(run: Run) -> None:
    assert table(run, "drafts", "dhhmac", "--as-of", "2003-09-02")[2] == (
        "State                WG Last Call to come (as of the meeting, Mon 14 Jul 2003)"
    )


# Hedges and wording: where the minutes put them, and no more than they say.


def test_item_d_closes_without_reserve_and_the_hedge_stays_with_the_dhhmac_paragraph(
    run: Run,
) -> None:
    d = next(r for r in records(run, "actions", "--as-of", "2003-08-15") if r["id"] == "d")
    assert [x["tentative"] for x in d["dates"]] == [None, None, None]
    lines = table(run, "drafts", "dhhmac", "--as-of", "2003-07-14")
    assert lines[2:5] == [
        "State                WG Last Call to come",
        "                     Its WG Last Call is to follow soon after MIKEY's closes;",
        "                     the section on it gives 1 September 2003 tentatively.",
    ]
    timeline = table(run, "timeline", "--as-of", "2003-08-15")
    assert timeline[-1] == "¹ “or the IESG Last Call closing date, whichever comes first”"


def test_the_guidance_title_and_the_lkh_item_say_no_more_than_the_minutes(run: Run) -> None:
    assert table(run, "drafts", "guidance", "--as-of", "2003-07-14")[1:3] == [
        'Title                tentatively titled "Guidance to choosing MSEC Key',
        '                     Management Protocols" or similar',
    ]
    assert table(run, "actions", "lkh", "--as-of", "2003-07-14")[1:3] == [
        "What      A separate LKH-Algorithm draft is needed; Lakshminath will continue",
        "          this effort",
    ]


# Attribution: doubt counted apart, and the caveat wherever attributions are.

CAVEAT = [
    "No full-time scribe: the minutes compile the notes and action items from the",
    "meeting, so who said what is as noted.",
]


def test_people_count_an_uncertain_attribution_apart(run: Run) -> None:
    lines = table(run, "people")
    assert lines[1:3] == CAVEAT
    assert next(line for line in lines if line.startswith("Lakshminath")) == (
        "Lakshminath  —     5 + 1 uncertain  2         Lakshminath R. Dondeti, Nortel"
    )
    lakshminath = records(run, "people")[0]
    assert (lakshminath["exchanges"], lakshminath["uncertain"]) == (5, 1)


def test_one_person_marks_the_uncertain_turn_and_gives_the_caveat(run: Run) -> None:
    lines = table(run, "people", "lakshminath")
    assert lines[0] == "Lakshminath: 5 exchanges and 1 uncertain; named in 2 other passages"
    assert lines[1:3] == CAVEAT
    assert (
        "mikey-dhhmac exchange 1 (uncertain)  “Lakshminath(?): Is delegated authorization" in lines
    )


def test_a_discussion_gives_the_caveat_on_its_attributions(run: Run) -> None:
    assert table(run, "discussion", "mikey")[1:3] == CAVEAT


# Navigation.


def test_actions_keep_the_minutes_order(run: Run) -> None:
    found = records(run, "actions", "--as-of", "2003-08-15")
    assert [r["id"] for r in found] == ["a", "b", "c", "d", "guidance", "lkh"]


def test_the_timeline_keeps_a_days_mark_on_the_as_of_date(run: Run) -> None:
    lines = table(run, "timeline", "--as-of", "2003-08-08")
    assert next(line for line in lines if line.startswith("Fri 8 Aug")) == (
        "Fri 8 Aug 2003       MSEC Architecture: Last Call closes   ··········●··········"
    )


def test_a_document_card_names_its_section_without_saying_it_discusses_the_document(
    run: Run,
) -> None:
    def section(name: str) -> list[str]:
        lines = table(run, "drafts", name, "--as-of", "2003-07-14")
        at = next(i for i, line in enumerate(lines) if line.startswith("Section "))
        return lines[at : at + 2]

    assert section("gkm-arch") == [
        "Section              (3) GKM-Architecture: 3 summary points;",
        "                     msecwg discussion gkm-architecture",
    ]
    assert section("msec-arch")[0] == "Section              (5) Action Items"
    assert section("lkh")[0] == (
        "Section              (6) Others: 1 summary point; msecwg discussion others"
    )


# Hedges and wording: a turn whole, and a window's ends each in the minutes' words.


def test_thomas_turn_on_the_policy_token_is_given_whole(run: Run) -> None:
    said = records(run, "drafts", "policy", "--as-of", "2003-07-14")[0]["said"]
    assert said[1:] == [
        {
            "person": "Thomas",
            "words": 'A possible way forward would be to define a "base-profile" for the token '
            "containing fields common to the various key management protocols. Area-specific "
            'needs would then be satisfied by adding additional fields ("extensions") to the '
            "Token. The Policy Token cannot, therefore, be Informational (ie. it must be aimed "
            "at Experimental, at least).",
        }
    ]


def test_a_window_gives_each_end_in_the_minutes_own_words(run: Run) -> None:
    windows = [r for r in records(run, "timeline", "--as-of", "2003-08-15") if r["end"]]
    assert {(r["as_written"], r["end_as_written"]) for r in windows} == {
        ("Friday 1 August 2003", "1 September 2003")
    }


# Outside facts, as their sources give them.


def test_outside_facts_say_no_more_than_their_sources(run: Run) -> None:
    outcome = {r["id"]: r for r in records(run, "drafts", "--outcome", "--as-of", "2003-07-14")}
    token = outcome["policy-token"]
    assert (token["outcome"], token["draft"], token["draft_note"], token["outcome_source"]) == (
        'RFC 4534, June 2006, Proposed Standard "Group Security Policy Token v1"',
        "draft-ietf-msec-tokenspec-sec",
        "-00, February 2003, by the Datatracker's history of it; its work continued as "
        "draft-ietf-msec-policy-token-sec",
        "https://www.rfc-editor.org/info/rfc4534",
    )
    assert outcome["mikey"]["outcome_source"] == "https://www.rfc-editor.org/info/rfc3830"
    assert outcome["gsakmp"]["outcome_source"] == "https://www.rfc-editor.org/info/rfc4535"
    people = {r["id"]: r for r in records(run, "people")}
    sebastien = people["sebastien"]
    assert (sebastien["outside_full_name"], sebastien["outside_confidence"]) == (
        "S. Josset",
        "medium",
    )
    assert people["thomas"]["outside_role"] is None
    assert table(run, "people", "thomas")[3] == "† Thomas Hardjono (VeriSign); source:"

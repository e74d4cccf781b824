"""msecwg says only what the minutes say, and whose words they are: one test for each
way an answer could say more than the minutes, at fixed as-of dates."""

from __future__ import annotations

import json

from .conftest import Run


def records(run: Run, *args: str) -> list[dict[str, object]]:
    result = run(*args, "--json")
    assert result.exit_code in (0, 3), result.stderr
    found: list[dict[str, object]] = json.loads(result.stdout)["records"]
    return found


def test_search_answers_with_passages_of_the_minutes_never_msecwgs_own_words(run: Run) -> None:
    for words in ("Haitham", "Fredrik", "Sebastien", "Laskhminath", "Ans:", "Re-Charter",
                  "Vienna", "New Milestones", "scribe", "(3) GKM-Architecture"):  # fmt: skip
        assert len(records(run, "search", words)) == 1, words
    texts = [str(r["text"]) for r in records(run, "search", "informational")]
    assert texts == [
        'Thomas: A possible way forward would be to define a "base-profile" for the token '
        "containing fields common to the various key management protocols. Area-specific needs "
        'would then be satisfied by adding additional fields ("extensions") to the Token. The '
        "Policy Token cannot, therefore, be Informational (ie. it must be aimed at Experimental, "
        "at least).",
        "Thomas: Is the FMKE draft aimed at Informational or Experimental?",
    ]
    for words in ("IESG", "1 September"):
        assert all(words in str(r["text"]) for r in records(run, "search", words))
    one = run("search", "Fredrik", "--format", "table").stdout.splitlines()[0]
    assert one == "1 passage of the minutes holds “Fredrik”"


def test_an_announced_last_call_is_judged_on_its_close_too(run: Run) -> None:
    on_the_close = {r["id"]: r["state"] for r in records(run, "actions", "--as-of", "2003-09-01")}
    drafts = {r["id"]: r["deadline"] for r in records(run, "drafts", "--as-of", "2003-09-01")}
    assert (on_the_close["c"], on_the_close["d"]) == ("passed", "passed")
    assert drafts["gkm-arch"]["state"] == drafts["dhhmac"]["state"] == "today"  # type: ignore[index]
    c = next(r for r in records(run, "actions", "--as-of", "2003-09-01") if r["id"] == "c")
    assert [(d["kind"], d["state"]) for d in c["dates"]] == [  # type: ignore[union-attr]
        ("task", "passed"), ("window", "scheduled"), ("end", "today"),
    ]  # fmt: skip
    table = run("actions", "--overdue", "--as-of", "2003-08-15", "--format", "table").stdout
    assert table.splitlines()[4] == (
        "c   GKM Architecture   Announce Last Call  Fri 1 Aug 2003   not recorded as sent"
    )
    assert (
        "scheduled, closing in 17 days"
        in run("actions", "c", "--as-of", "2003-08-15", "--format", "table").stdout
    )


def test_a_passed_date_is_never_said_to_be_undone_or_overdue(run: Run) -> None:
    for args in (["actions"], ["actions", "--overdue"], ["drafts"], ["timeline"]):
        for as_of in ("2003-08-02", "2003-08-15", "2026-11-27"):
            out = run(*args, "--as-of", as_of, "--format", "table").stdout.casefold()
            assert "overdue" not in out and "not done" not in out, (args, as_of)
    actions = {r["id"]: r["state"] for r in records(run, "actions", "--as-of", "2003-08-09")}
    events = {
        (r["item"], r["kind"]): r["state"]
        for r in records(run, "timeline", "--as-of", "2003-08-09")
    }
    assert actions["b"] == events[("b", "end")] == "passed"


def test_long_after_the_meeting_one_line_shows_how_to_see_its_own_time(run: Run) -> None:
    lines = run("actions", "--overdue", "--as-of", "2026-11-27", "--format", "table").stdout
    # The day after the first date passed: the first day an item has one passed.
    assert lines.splitlines()[1] == (
        "These dates are 23 years past: try --as-of 2003-08-02, or drafts --outcome."
    )
    soon = run("actions", "--overdue", "--as-of", "2004-06-01", "--format", "table").stdout
    assert "These dates are" not in soon


def test_reported_speech_is_marked_reported_wherever_exchanges_appear(run: Run) -> None:
    table = run("discussion", "gsakmp", "--format", "table").stdout.splitlines()
    at = table.index(next(line for line in table if line.startswith("6  ")))
    assert table[at : at + 2] == [
        "6  Haitham                “Commented that the current spec without the policy",
        "   reported               token is good for interoperability of GSAKMP",
    ]
    forms = [(r["speaker"], r["form"]) for r in records(run, "discussion", "fmke")][1:]
    assert forms == [("Sebastien", "said"), ("Lakshminath", "reported"), (None, "unattributed"),
                     ("Thomas", "said"), ("Lakshminath", "said")]  # fmt: skip
    assert "verbatim; words the minutes report" in run("discussion", "--help").stdout


def test_inferences_are_not_shown_as_facts(run: Run) -> None:
    drafts = {r["id"]: r for r in records(run, "drafts", "--as-of", "2003-07-14")}
    assert drafts["policy-token"]["status"] is None
    assert drafts["fmke"]["status"] is None
    assert "list" not in str(drafts["fmke"]["state"])
    assert drafts["gkm-arch"]["state"] == "Last Call planned"
    listed = [(r["id"], r["listed"]) for r in records(run, "actions", "--as-of", "2003-07-14")]
    assert [i for i, kind in listed if kind == "action item"] == ["a", "b", "c", "d"]
    guidance = next(r for r in records(run, "actions", "guidance") if r["id"] == "guidance")
    assert guidance["people_role"] == "initial contributors"
    russ = run("people", "russ", "--format", "table").stdout
    assert "(suggestion from Russ, AD)" in russ
    cited = run("people", "--cite", "--format", "table").stdout.splitlines()
    hugh = cited.index(next(line for line in cited if line.startswith("Hugh ")))
    assert cited[hugh + 1] == "    “Hugh: You need a policy token.”"


def test_conditions_and_hedges_travel_with_their_dates(run: Run) -> None:
    events = records(run, "timeline", "--as-of", "2003-08-02")
    mikey = next(e for e in events if e["item"] == "a")
    assert mikey["condition"] == "or the IESG Last Call closing date, whichever comes first"
    # Item (d) gives 1 September without reserve: the hedge is the DHHMAC paragraph's.
    assert [e["kind"] for e in events if e["tentative"]] == []
    calendar = run("calendar").stdout.replace("\r\n ", "")
    assert "SUMMARY:DHHMAC: Last Call period\n" in calendar
    dhhmac = records(run, "drafts", "dhhmac", "--as-of", "2003-08-02", "--cite")[0]
    assert str(dhhmac["quotes"]).count("For DHHMAC, this is tentatively 1 September 2003.") == 1


def test_machine_output_counts_days_and_joins_actions_to_drafts(run: Run) -> None:
    item = next(r for r in records(run, "actions", "--as-of", "2003-08-15") if r["id"] == "c")
    assert item["document"] == "gkm-arch"
    assert [(d["kind"], d["state"], d["days"]) for d in item["dates"]] == [  # type: ignore[union-attr]
        ("task", "passed", -14), ("window", "scheduled", 17), ("end", "ahead", 17),
    ]  # fmt: skip
    people = {r["id"]: r for r in records(run, "people")}
    assert people["hugh"]["by_topic"] == [{"topic": "gsakmp", "exchanges": 2, "meeting": "IETF 57"}]
    assert people["hugh"]["by_meeting"] == [{"meeting": "IETF 57", "exchanges": 2, "mentions": 1}]
    assert json.loads(run("drafts", "--json").stdout)["schema_version"] == 3

"""Timeline, people, search, citations, consistency and what became of each draft."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rtoml

from msecwg.store import load, validate

from .conftest import FORMATS, Run

EXAMPLE = Path(__file__).parent / "data" / "example.toml"
FACTS = rtoml.loads((load.bundled_path().parent / "msec-facts.toml").read_text(encoding="utf-8"))


def test_timeline_is_in_date_order_with_each_window_and_the_as_of_mark(run: Run) -> None:
    records = json.loads(run("timeline", "--as-of", "2003-08-15", "--json").stdout)["records"]
    assert [(r["date"], r["end"], r["kind"], r["item"], r["state"]) for r in records] == [
        ("2003-07-14", None, "meeting", None, "passed"),
        ("2003-08-01", None, "task", "c", "passed"),
        ("2003-08-01", None, "task", "d", "passed"),
        ("2003-08-01", "2003-09-01", "window", "c", "scheduled"),
        ("2003-08-01", "2003-09-01", "window", "d", "scheduled"),
        ("2003-08-01", None, "end", "a", "passed"),
        ("2003-08-08", None, "end", "b", "passed"),
        ("2003-09-01", None, "end", "c", "ahead"),
        ("2003-09-01", None, "end", "d", "ahead"),
    ]
    table = run("timeline", "--as-of", "2003-08-15", "--format", "table").stdout
    assert "The as-of date, Fri 15 Aug 2003, is marked │." in table
    rows = [line for line in table.splitlines() if "╍╂" in line]  # scheduled, not opened
    assert len(rows) == 2 and all("╂" in row for row in rows)
    assert max(len(line) for line in table.splitlines()) <= 80


def test_on_a_deadline_day_its_events_are_today(run: Run) -> None:
    records = json.loads(run("timeline", "--as-of", "2003-08-01", "--json").stdout)["records"]
    assert [(r["kind"], r["item"], r["state"]) for r in records] == [
        ("meeting", None, "passed"),
        ("task", "c", "today"),
        ("task", "d", "today"),
        ("window", "c", "scheduled"),
        ("window", "d", "scheduled"),
        ("end", "a", "today"),
        ("end", "b", "ahead"),
        ("end", "c", "ahead"),
        ("end", "d", "ahead"),
    ]
    after = json.loads(run("timeline", "--as-of", "2003-09-02", "--json").stdout)["records"]
    assert {r["state"] for r in after} == {"passed"}


def test_the_as_of_mark_moves_with_as_of(run: Run) -> None:
    def mark(as_of: str) -> int:
        table = run("timeline", "--as-of", as_of, "--format", "table").stdout
        return next(line for line in table.splitlines() if "meets at IETF" in line).index("│")

    assert mark("2003-07-20") < mark("2003-08-15") < mark("2003-08-30")


def test_people_keep_the_minutes_apart_from_outside_facts(run: Run) -> None:
    records = {r["id"]: r for r in json.loads(run("people", "--json").stdout)["records"]}
    lakshminath = records["lakshminath"]
    assert (lakshminath["name"], lakshminath["spellings"]) == (
        "Lakshminath",
        ["Laskhminath", "Lakshminath", "Lakshminath(?)"],
    )
    assert (
        lakshminath["exchanges"], lakshminath["uncertain"], lakshminath["by_topic"],
        lakshminath["items"],
    ) == (
        5,
        1,
        [{"topic": "gsakmp", "exchanges": 3, "meeting": "IETF 57"},
         {"topic": "fmke", "exchanges": 2, "meeting": "IETF 57"}],
        ["guidance", "lkh"],
    )  # fmt: skip
    assert records["russ"]["role"] == "AD"
    assert records["thomas"]["role"] is None  # co-chair is from outside the minutes
    assert records["thomas"]["outside_role"] is None  # its source says only "VeriSign"
    assert records["thomas"]["outside_note"] == (
        "MSEC co-chair by the charter snapshots of 2001 and 2004 "
        "(https://www.ietf.org/proceedings/51/51-110.htm, http://ietf.org/proceedings/60/216.htm)."
    )
    assert records["sebastien"]["outside_affiliation"] is None


def test_nothing_from_outside_the_minutes_is_shown_without_its_source(run: Run) -> None:
    people = json.loads(run("people", "--json").stdout)["records"]
    for record in people:
        outside = {k: v for k, v in record.items() if k.startswith("outside_") and v is not None}
        assert not outside or record["outside_source"]
    drafts = json.loads(run("drafts", "--outcome", "--json").stdout)["records"]
    for record in drafts:
        if record["outcome"].startswith("unconfirmed"):
            assert (record["draft"], record["rfc"], record["outcome_source"]) == (None, None, None)
        else:
            assert record["outcome_source"]
    # Each source in the facts file is what the commands show for its fact.
    shown = {r["outside_source"] for r in people} | {r["outcome_source"] for r in drafts}
    assert shown - {None} == {
        f["source"] for f in FACTS["people"] + FACTS["documents"] if "source" in f
    }


def test_outside_facts_appear_only_where_asked_for_and_marked(run: Run) -> None:
    names = [f["full_name"] for f in FACTS["people"]] + ["RFC 4535", "draft-ietf-msec"]
    for args in (
        ["drafts"],
        ["actions"],
        ["discussion", "gsakmp"],
        ["timeline"],
        ["search", "token"],
    ):
        for fmt in ("table", "json"):
            out = run(*args, "--format", fmt).stdout
            assert not any(name in out for name in names), (args, fmt)
    people = run("people", "--format", "table").stdout.splitlines()
    assert people[1:5] == [
        "No full-time scribe: the minutes compile the notes and action items from the",
        "meeting, so who said what is as noted.",
        "† From outside the minutes: public records; their sources with --json, or one",
        "person's: msecwg people Lakshminath.",
    ]
    assert people[5].endswith("  Who †")
    outcome = run("drafts", "--outcome", "--format", "table").stdout.splitlines()
    assert outcome[1:3] == [
        "† From outside the minutes: public records; each one's draft and sources:",
        "msecwg drafts --long.",
    ]
    assert outcome[3].endswith("  After the meeting †")


def test_unconfirmed_documents_are_not_given_an_outcome(run: Run) -> None:
    records = {
        r["id"]: r for r in json.loads(run("drafts", "--outcome", "--json").stdout)["records"]
    }
    assert records["lkh"]["outcome"] == "unconfirmed: No LKH-Algorithm draft found."
    assert records["guidance"]["outcome"] == "unconfirmed: No draft of this title found."
    assert records["gsakmp"]["outcome"] == "RFC 4535, June 2006, Proposed Standard"
    assert records["gsakmp-light"]["outcome"] == "no RFC"


def test_outcome_needs_facts(run: Run) -> None:
    result = run("--data", str(EXAMPLE), "drafts", "--outcome")
    assert (result.exit_code, result.stdout) == (2, "")
    assert (
        result.stderr
        == "msecwg: --outcome needs facts from outside the minutes; this transcription names none\n"
    )


def test_one_persons_words_and_the_passages_that_name_them(run: Run) -> None:
    out = run("people", "lakshminath").stdout.splitlines()
    assert [line.split("\t")[:3] for line in out[1:]] == [
        ["gsakmp", "exchange", "1"], ["gsakmp", "exchange", "3"], ["gsakmp", "exchange", "5"],
        ["mikey-dhhmac", "exchange", "1"], ["gkm-architecture", "point", "3"],
        ["fmke", "exchange", "2"], ["fmke", "exchange", "5"], ["others", "point", "1"],
    ]  # fmt: skip
    missing = run("people", "carol")
    assert missing.exit_code == 2
    assert missing.stderr.startswith(
        "msecwg: Invalid value for NAME: no person 'carol'; try one of: "
    )
    russ = run("people", "russ", "--format", "table")
    assert (russ.exit_code, russ.stderr) == (0, "")
    assert russ.stdout.splitlines()[:5] == [
        "Russ (AD): no exchanges; named in 1 other passage",
        "No full-time scribe: the minutes compile the notes and action items from the",
        "meeting, so who said what is as noted.",
        "† Russ Housley (Vigil Security); source: http://ietf.org/proceedings/60/216.htm",
        "Where                 Passage",
    ]
    assert "(suggestion from Russ, AD)" in russ.stdout
    assert run("people", "dondeti").stdout == run("people", "Lakshminath").stdout
    assert run("people", "sébastien").stdout == run("people", "Sebastien").stdout


def test_search_is_case_insensitive_and_marks_the_words_on_a_terminal(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = run("search", "INFORMATIONAL").stdout.splitlines()[1:]
    assert [row.split("\t")[:3] for row in rows] == [
        ["gsakmp", "exchange", "7"], ["fmke", "exchange", "4"],
    ]  # fmt: skip
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("CLICOLOR_FORCE", "1")
    out = run("search", "list", "--format", "table").stdout
    assert "\x1b[3;7mlist\x1b[0m" in out  # in reverse video, within the italic passage
    apart = run("search", "token", "policy", "--format", "table").stdout.splitlines()
    assert apart[2] == (
        "gsakmp point 2     \x1b[3m“Although there is a close relationship between the "
        "\x1b[0m\x1b[3;7mPolicy\x1b[0m"
    )  # each word marked, where it stands apart from the other
    phrase = run("search", '"policy token"', "--format", "table").stdout
    assert "\x1b[3;7mPolicy Token\x1b[0m" in phrase  # the phrase marked whole


def test_no_hit_is_not_an_error(run: Run) -> None:
    result = run("search", "quantum", "--format", "table")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "No passage of the minutes holds “quantum”.\n"


def test_cite_gives_every_row_of_every_listing_the_minutes_words(run: Run, minutes: str) -> None:
    for args in (
        ["drafts"], ["actions"], ["discussion"], ["discussion", "gsakmp"],
        ["timeline"], ["people"], ["people", "hugh"], ["search", "token"], ["drafts", "--outcome"],
    ):  # fmt: skip
        records = json.loads(run(*args, "--cite", "--json").stdout)["records"]
        assert records, args
        for record in records:
            assert record["quotes"], (args, record)
            assert all(validate.fold(q) in minutes for q in record["quotes"]), args
        assert all("quotes" not in r for r in json.loads(run(*args, "--json").stdout)["records"])
        assert (
            run(*args, "--cite").stdout.splitlines()[0].endswith("\tquotes")
            or "outcome" in args[-1]
        )


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_new_command_works_on_another_transcription_in_every_format(
    run: Run, fmt: str
) -> None:
    for args in (
        ["timeline", "--as-of", "2030-03-20"],
        ["people"],
        ["people", "bob"],
        ["search", "widget"],
    ):
        result = run("--data", str(EXAMPLE), *args, "--format", fmt)
        assert (result.exit_code, result.stderr) == (0, ""), (args, fmt)
        if fmt == "json":
            assert json.loads(result.stdout)["meeting"]["city"] == "Exampleton"
    records = json.loads(run("--data", str(EXAMPLE), "people", "--json").stdout)["records"]
    assert [(r["name"], r["outside_full_name"]) for r in records] == [
        ("Alice", None),
        ("Bob", None),
    ]


def test_a_bad_facts_file_is_refused_where_its_facts_are_shown(run: Run, tmp_path: Path) -> None:
    folder = load.bundled_path().parent
    for name in ("msec-ietf57.toml", "msec-ietf57-minutes.txt"):
        (tmp_path / name).write_bytes((folder / name).read_bytes())
    facts = (folder / "msec-facts.toml").read_text(encoding="utf-8")
    broken = facts.replace('person = "russ"', 'person = "ran"').replace(
        'source = "https://www.rfc-editor.org/info/rfc4535"\n', ""
    )
    (tmp_path / "msec-facts.toml").write_text(broken, encoding="utf-8")
    data = tmp_path / "msec-ietf57.toml"
    facts_path = tmp_path / "msec-facts.toml"
    checked = run("check", str(data))
    assert checked.exit_code == 1
    assert checked.stderr.splitlines() == [
        f"msecwg: {data}: facts: {facts_path}: people[6]: names 'ran', which the transcription does not",
        f"msecwg: {data}: facts: {facts_path}: documents[0]: a fact needs its source (or unconfirmed = true)",
    ]
    for args in (["people"], ["drafts", "--outcome"]):
        refused = run("--data", str(data), *args)
        assert (refused.exit_code, refused.stdout) == (1, "")
        assert refused.stderr.startswith(
            f"msecwg: {data}: facts: {facts_path}: people[6]: names 'ran'"
        )
    assert run("--data", str(data), "drafts").exit_code == 0

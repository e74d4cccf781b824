"""msecwg decisions: what the minutes record as decided, verbatim, in their order, each with
its kind, its topic and the document it is about; about one document across meetings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import EXAMPLE, Run
from tests.golden import MEETINGS


def test_the_decisions_of_the_meeting_are_its_words_with_kind_topic_and_document(
    run: Run,
) -> None:
    result = run("decisions", "--format", "table")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "2 decisions in the minutes of the MSEC WG, IETF 57",
        "The exchanges around a decision: msecwg discussion mikey-dhhmac",
        "Topic             Kind     Document  Decision",
        "mikey-dhhmac      decided  MIKEY     “its Last Call must be ended at a given",
        "                                     date (decided to be 1 August 2003)”",
        "gkm-architecture  agreed   Guidance  “it was agreed that some guidance document",
        "                                     was needed for implementers”",
    ]


def test_decisions_about_one_document_are_those_naming_it(run: Run) -> None:
    result = run("decisions", "--document", "MIKEY", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["records"] == [
        {
            "section": "mikey-dhhmac",
            "n": 1,
            "kind": "decided",
            "document": "mikey",
            "document_name": "MIKEY",
            "text": "its Last Call must be ended at a given date (decided to be 1 August 2003)",
            "meeting": "IETF 57",
        }
    ]


def test_a_document_no_meeting_names_is_a_usage_error_naming_those_there_are(run: Run) -> None:
    result = run("decisions", "--document", "widget")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(
        "msecwg: Invalid value for '--document': no document 'widget'; try one of: dhhmac,"
    )


def test_minutes_that_record_no_decision_say_so_and_succeed(run: Run, tmp_path: Path) -> None:
    recorded = EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    none = tmp_path / "example.toml"
    none.write_text("".join(x for x in recorded if not x.startswith("decisions =")), "utf-8")
    shutil.copy(EXAMPLE.with_name("example-minutes.txt"), tmp_path)
    result = run("--data", str(none), "decisions", "--format", "table")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "The minutes of the EXAMPLE WG, IETF 99 record no decisions.\n"
    records = run("--data", str(none), "decisions", "--json").stdout
    assert json.loads(records)["records"] == []


def test_a_decision_of_the_test_meeting_names_its_document(run: Run) -> None:
    result = run("--data", str(EXAMPLE), "decisions", "--document", "widget", "--format", "tsv")
    assert result.stdout.splitlines()[1].split("\t") == [
        "widget",
        "1",
        "agreed",
        "widget",
        "Widget",
        "It was agreed to hold the Widget encoding until the Last Call.",
        "IETF 99",
    ]


def test_the_decisions_of_several_meetings_are_numbered_within_each(run: Run) -> None:
    result = run("--data", str(MEETINGS), "decisions", "--fields", "meeting,n,kind,section")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "meeting\tn\tkind\tsection",
        "IETF 118\t1\thum\tcore-protocol",
        "interim 2024-01-16\t1\tconsensus\tcore-protocol",
        "IETF 119\t1\tsense of the room\textensions",
    ]


def test_a_documents_decisions_are_found_by_a_name_another_meeting_calls_it(
    run: Run, quic: Path
) -> None:
    """IETF 110 records a ruling about draft-thomson-quic-bit-grease, which IETF 108
    calls the QUIC Bit ("Greasing the QUIC Bit draft"): the group's one document, asked
    for by either name."""
    by_nickname = run("--data", str(quic), "decisions", "--document", "QUIC Bit", "--json")
    by_name = run(
        "--data", str(quic), "decisions", "--document", "draft-thomson-quic-bit-grease", "--json"
    )
    found = json.loads(by_nickname.stdout)["records"]
    assert [(r["meeting"], r["kind"], r["document_name"]) for r in found] == [
        ("IETF 110", "ruling", "draft-thomson-quic-bit-grease")
    ]
    assert json.loads(by_name.stdout)["records"] == found


def test_a_documents_card_gives_the_decisions_about_it(run: Run) -> None:
    lines = run("drafts", "guidance", "--as-of", "2003-07-14", "--format", "table").stdout
    assert lines.splitlines()[7:9] == [
        "Decisions            Agreed: “it was agreed that some guidance document was",
        "                     needed for implementers”",
    ]

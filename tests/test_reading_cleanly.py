"""Answers on real minutes that read cleanly: Markdown's marks off in tables and cards (the
verbatim words kept under --cite and in the records), short topic keys, no column of
words too narrow to read, ages in one form, a scheduled window drawn apart, and a topic
asked for by a document that its exchanges do not name."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from msecwg.ask import passages
from msecwg.importer.transcribe import topic_key
from msecwg.model import Transcription
from msecwg.rows import Scope
from msecwg.show import minutes as minutes_views
from msecwg.show.markdown import as_read, unmarked
from msecwg.store import load

from .conftest import SHARED, Run
from .test_imports import imported

QUIC = SHARED / "minutes" / "quic"


def shown(run: Run, *args: str) -> list[str]:
    """The lines a run shows people, in an 80-column terminal."""
    result = run(*args, "--format", "table")
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def answer(run: Run, *args: str) -> dict[str, Any]:
    """The JSON a run answers."""
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout)
    return found


# Markdown's marks, off.


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("### Migration", "Migration"),
        ("## Open issues ##", "Open issues"),
        ("#2844 Client Connection IDs", "#2844 Client Connection IDs"),
        ("**Martin Thomson**: getting all versions", "Martin Thomson: getting all versions"),
        ("[QUIC-LB](https://datatracker.ietf.org/doc/draft-ietf-quic-load-balancers).", "QUIC-LB."),
        ("[Issue 3765](https://x.org/3765) ([slides](https://x.org/a.pdf))", "Issue 3765 (slides)"),
        ('[text](https://x.org "a title") and ![alt](pic.png)', "text and alt"),
        ("***HUM TIME***", "HUM TIME"),
        ("*5+10 min - the [QUIC-LB](https://x.org) draft - **Martin Duke***",
         "5+10 min - the QUIC-LB draft - Martin Duke"),
        ("`max_ack_delay` and __bold__ and _em_", "max_ack_delay and bold and em"),
        ("Max_bytes_before_ack - Ian/Jana", "Max_bytes_before_ack - Ian/Jana"),
        ("see <https://github.com/quicwg> now", "see https://github.com/quicwg now"),
        ("2 * 3 * 4 and a * b", "2 * 3 * 4 and a * b"),
        ("[link slides] stay as written", "[link slides] stay as written"),
        (r"\*not emphasis\* and C:\path\[z]", r"\*not emphasis\* and C:\path\[z]"),
        ("(1) GSAKMP:", "(1) GSAKMP:"),
    ],
)  # fmt: skip
def test_markdown_is_read_as_people_read_it(written: str, read: str) -> None:
    assert unmarked(written) == read


def test_a_quoted_passage_is_read_inside_its_quotation_marks() -> None:
    assert as_read("“### Migration”") == "“Migration”"
    assert as_read("Decided: “**yes**”") == "Decided: “yes”"


def _inline_text(tokens: list[Any]) -> str:
    """The text markdown-it-py reads in a line's inline tokens."""
    parts = []
    for token in tokens:
        if token.type in ("text", "code_inline", "html_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif token.type == "image":
            parts.append(_inline_text(token.children or []))
    return "".join(parts)


def test_every_heading_and_line_of_real_minutes_reads_as_commonmark_reads_it() -> None:
    from markdown_it import MarkdownIt

    files = sorted((SHARED / "minutes").glob("*/*.md"))
    if not files:
        pytest.skip("no shared minutes")
    parser = MarkdownIt("commonmark")
    differ, compared = [], 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line).strip()
            if not text or text[0] in "-+>|<" or set(text) <= set("=-_* ") or "```" in text:
                continue
            if line.startswith(("    ", "\t")):  # code, as CommonMark reads an indent
                continue
            inline = next(t for t in parser.parse(text) if t.type == "inline")
            compared += 1
            read = _inline_text(inline.children or [])
            if " ".join(unmarked(text).split()) != " ".join(read.split()):
                differ.append(text)
    assert compared > 5000
    assert differ == []


def test_tables_and_cards_show_imported_minutes_without_their_marks(run: Run, quic: Path) -> None:
    topic = shown(run, "--data", str(quic), "--meeting", "108", "discussion", "migration")
    assert topic[:4] == [
        "Migration: 30 exchanges, 5 summary points",
        "- “Issue 3765 (slides)”",
        "- “(will cut the queue after Christian and Eric or not)”",
        "- “HUM TIME”",
    ]
    found = shown(run, "--data", str(quic), "--meeting", "108", "search", "migration")
    assert found[2] == "migration heading      “Migration”"
    person = shown(run, "--data", str(quic), "--meeting", "110", "people", "martin thomson")
    assert person[5] == (
        "manageability-applicability exchange 12  “Martin Thomson: getting all versions"
    )
    card = shown(run, "--data", str(quic), "--meeting", "110", "drafts", "quic-lb")
    assert (
        "Minutes      “Open issues, implementation experience, possible WGLC of QUIC-LB.”" in card
    )
    for lines in (topic, found, person, card):
        assert not [line for line in lines if re.search(r"\*\*|\]\(|“#+ ", line)]


def test_tables_read_markdown_without_a_markdown_parser(quic: Path, tmp_path: Path) -> None:
    args = ["--data", str(quic), "--meeting", "108", "discussion", "migration", "--format", "table"]
    assert "markdown_it" not in imported(tmp_path, args)


def test_the_minutes_words_stay_verbatim_under_cite_and_in_the_records(
    run: Run, quic: Path
) -> None:
    args = ["--data", str(quic), "--meeting", "108", "discussion", "migration"]
    point = answer(run, *args)["records"][0]
    assert point["text"] == (
        "[Issue 3765](https://github.com/quicwg/base-drafts/issues/3765) "
        "([slides](https://github.com/quicwg/wg-materials/blob/master/ietf108/migration-3765.pdf))"
    )
    card = ["--data", str(quic), "--meeting", "110", "drafts", "quic-lb", "--cite"]
    assert "Minutes      “## Open issues, implementation experience, possible WGLC of" in shown(
        run, *card
    )
    cited = shown(run, "--data", str(quic), "--meeting", "110", "people", "mt", "--cite")
    assert "    “**MT**: Makes sense. Slide just looked like new behaviour. So some" in cited


# Topic keys.


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("10 min - Open issues, updates to [manageability](https://datatracker.ietf.org/doc/"
         "draft-ietf-quic-manageability/)", "manageability"),
        ("Open issues, updates to [DATAGRAM](https://datatracker.ietf.org/doc/draft-ietf-quic-"
         "datagram/).", "datagram"),
        ("draft-ietf-quic-ack-frequency", "ack-frequency"),
        ("Adoption: [Delayed ACK](https://datatracker.ietf.org/doc/draft-iyengar-quic-delayed-ack)",
         "delayed-ack"),
        ("QUIC Multipath", "multipath"),
        ("Multipath in Chromium (Fan Yang/Jana Iyengar, 5+5 min)", "multipath-chromium"),
        ("Administrivia - 5 min total", "administrivia"),
        ("Issue 6", "issue-6"),
        ("Tuesday, 14 November 2017", "tuesday-14-november-2017"),
        ("https://github.com/quicwg/base-drafts/issues/2792 (Marten Seeman assigned to Sean "
         "Turner)", "issues-2792"),
        ("Satellite/terrestrial multipath communication (Jörg Deutschmann, 5+5min)",
         "satellite-terrestrial"),
        ("Editors' Update", "editors"),
        ("The FUTURE!!!!", "future"),
        ("日本語", ""),
    ],
)  # fmt: skip
def test_a_topic_key_is_a_few_words_of_its_heading(heading: str, key: str) -> None:
    assert topic_key(heading, "QUIC") == key
    assert len(key) <= 30


def test_imported_topics_have_short_keys_numbered_when_two_collide(
    run: Run, tmp_path: Path
) -> None:
    minutes = tmp_path / "minutes.md"
    minutes.write_text(
        "# EXAMPLE WG, IETF 118, Monday 6 November 2023\n\n"
        "## Open issues, updates to [Multipath](https://example.org/draft-ietf-example-multipath)"
        "\n\nAlice: we should merge it.\n\n"
        "## Multipath (10 min)\n\nBob: agreed.\n\n"
        "## Q&A\n\nCarol: nothing more.\n",
        encoding="utf-8",
    )
    made = run("import", str(minutes), "-o", str(tmp_path / "made.toml"))
    assert made.exit_code == 0, made.stderr
    found = answer(run, "--data", str(tmp_path / "made.toml"), "discussion")
    assert [(r["key"], r["title"]) for r in found["records"]] == [
        ("multipath", "Open issues, updates to [Multipath](https://example.org/draft-ietf-example-multipath)"),
        ("multipath-2", "Multipath"),
        ("q-a", "Q&A"),
    ]  # fmt: skip
    again = run("import", str(minutes))
    assert again.stdout.count('key = "multipath') == 2  # the same heading, the same key


def test_no_imported_topic_key_of_real_minutes_is_longer_than_30(quic: Path) -> None:
    keys = [s.key for path in quic.glob("*.toml") for s in load.load(path).sections]
    assert len(keys) > 250
    assert max(map(len, keys)) <= 32  # 30, and a number that tells two apart


# Columns of words.


def test_a_column_of_words_narrower_than_30_gives_way_to_one_field_a_line(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "64")
    assert shown(run, "search", "delegated") == [
        "1 passage of the minutes holds “delegated”",
        "mikey-dhhmac exchange 1 (uncertain)",
        "  Passage: “Lakshminath(?): Is delegated authorization",
        "    handled?”",
    ]
    monkeypatch.setenv("COLUMNS", "68")
    assert shown(run, "search", "delegated")[1:3] == [
        "Where                                Passage",
        "mikey-dhhmac exchange 1 (uncertain)  “Lakshminath(?): Is delegated",
    ]


def test_one_person_across_the_quic_meetings_reads_in_a_table_at_80_columns(
    run: Run, quic: Path
) -> None:
    lines = shown(run, "--data", str(quic), "--meeting", "110", "people", "martin thomson")
    header = lines[4]
    assert header.startswith("Where") and header.index("Passage") <= 80 - 30


# Ages.


def test_cards_say_ages_as_tables_do(run: Run) -> None:
    card = shown(run, "actions", "c", "--as-of", "2026-11-27")
    assert card[3:6] == [
        "Dates     Announce Last Call: Fri 1 Aug 2003, not recorded as sent",
        "          Last Call period: 1 Aug to 1 Sep 2003, 23 years ago",
        "          Last Call closes: 1 Sep 2003, 23 years ago",
    ]
    table = shown(run, "actions", "--as-of", "2026-11-27")
    assert "c   GKM Architecture   Last Call closes  1 Sep 2003       23 years ago" in table


# The timeline's windows.


def _with_item_c_sent(tmp_path: Path) -> Path:
    """A copy of the bundled meeting whose item c is recorded done on 1 August 2003."""
    source = load.bundled_path()
    edited = tmp_path / source.name
    text = source.read_text(encoding="utf-8")
    line = 'closes = { day = 2003-09-01, text = "1 September 2003" }\n'
    at = text.index('id = "c"')
    at = text.index(line, at) + len(line)
    edited.write_text(text[:at] + "done = 2003-08-01\n" + text[at:], encoding="utf-8")
    for beside in ("msec-ietf57-minutes.txt", "msec-facts.toml"):
        shutil.copy(source.parent / beside, tmp_path)
    return edited


def test_a_scheduled_window_is_drawn_apart_from_an_open_one_and_the_legend_says_so(
    run: Run, tmp_path: Path
) -> None:
    lines = shown(run, "timeline", "--as-of", "2003-08-15")
    assert lines[1:3] == [
        "The as-of date, Fri 15 Aug 2003, is marked │.",
        "╍ a Last Call period only scheduled: its opening is not recorded.",
    ]
    assert "1 Aug to 1 Sep 2003  DHHMAC: Last Call period              ·······╍╍╍╍╍╍╂╍╍╍╍╍╍╍" in (
        lines
    )
    sent = shown(
        run, "--data", str(_with_item_c_sent(tmp_path)), "timeline", "--as-of", "2003-08-15"
    )
    assert sent[2:4] == [
        "━ a Last Call period recorded open.",
        "╍ a Last Call period only scheduled: its opening is not recorded.",
    ]
    assert "1 Aug to 1 Sep 2003  GKM Architecture: Last Call period    ·······━━━━━━╂━━━━━━━" in (
        sent
    )
    assert "1 Aug to 1 Sep 2003  DHHMAC: Last Call period              ·······╍╍╍╍╍╍╂╍╍╍╍╍╍╍" in (
        sent
    )


# A topic asked for by a document its exchanges do not name.


def _discussion(t: Transcription, word: str, key: str) -> list[str]:
    section = t.section(key)
    rows = passages.discussion(t, section)
    asked = minutes_views.asked_about(word, t, section)
    scope = Scope(labels=["IETF 57"], meetings=[t.meeting])
    view = minutes_views.discussion_view(rows, [("IETF 57", section)], scope, asked=asked)
    return list(view.notes)


def test_dhhmac_opens_its_section_saying_its_exchanges_do_not_name_it(
    bundled: Transcription,
) -> None:
    assert _discussion(bundled, "dhhmac", "mikey-dhhmac")[1:] == [
        "DHHMAC is named in summary point 3 and action item d (msecwg actions d); none of "
        "the section's 2 exchanges names it."
    ]
    assert _discussion(bundled, "mikey", "mikey-dhhmac")[1:] == []  # Fredrik names MIKEY
    assert _discussion(bundled, "mikey-dhhmac", "mikey-dhhmac")[1:] == []
    assert _discussion(bundled, "gsakmp-light", "gsakmp")[1:] == [
        "GSAKMP-Light is named in summary point 1; none of the section's 7 exchanges names it."
    ]
    assert _discussion(bundled, "policy-token", "gsakmp")[1:] == []


def test_discussion_dhhmac_says_where_the_minutes_name_it(run: Run) -> None:
    result = run("discussion", "dhhmac", "--format", "table")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[3:5] == [
        "DHHMAC is named in summary point 3 and action item d (msecwg actions d); none of",
        "the section's 2 exchanges names it.",
    ]
    with_speaker = run("discussion", "dhhmac", "--speaker", "fredrik", "--format", "table")
    assert "none of" not in with_speaker.stdout

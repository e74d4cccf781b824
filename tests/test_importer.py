"""The minutes reader: what it finds in minutes as working groups write them.

The bundled IETF 57 minutes are read and compared with their hand transcription;
real minutes of other groups (../shared/minutes, skipped when absent) are read
whole, every text checked verbatim, the turns found checked against an
independent count; small invented minutes (tests/data/minutes) pin each form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from msecwg.importer import Found, Turn, dating, read
from msecwg.importer.dating import dates_in, year_for
from msecwg.importer.items import span_text
from msecwg.importer.speakers import joined, prefix, reported_start, reported_words, speaker
from msecwg.importer.text import CUT_OFF_MARK, CUT_OFF_MARK_REVERSED
from msecwg.model import Transcription
from msecwg.store import load

from .conftest import SHARED

MINUTES = SHARED / "minutes"
OURS = Path(__file__).resolve().parent / "data" / "minutes"
BUNDLED = load.bundled_path().parent / "msec-ietf57-minutes.txt"
REAL = sorted(
    p for p in MINUTES.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md"
)
needs_shared = pytest.mark.skipif(not REAL, reason=f"no shared minutes at {MINUTES}")


@cache
def read_file(path: Path) -> Found:
    """Read a minutes file as the importer would be given it (once a test run)."""
    return read(path.read_text(encoding="utf-8"), name=path.name)


def days_of(found: Found) -> list[tuple[str, dt.date | None]]:
    """Answer the days the meeting sat, each as written and its first day."""
    return [(d.text, d.date.first if d.date else None) for d in found.meeting.days]


def all_turns(found: Found) -> list[Turn]:
    """Every turn, front matter first, in order."""
    return found.front.turns + [t for s in found.sections for t in s.turns]


@pytest.fixture(scope="module")
def msec() -> Found:
    return read_file(BUNDLED)


@pytest.fixture(scope="module")
def ours() -> dict[str, Found]:
    return {p.name: read_file(p) for p in sorted(OURS.iterdir())}


# ---------------------------------------------------------------------------
# Every text is verbatim, on every file

# Fields that name a kind or an office, not words of the minutes; `left` speaks to a person.
NOT_FROM_THE_MINUTES = {"kind", "form", "precision", "marks", "number_from", "left", "office"}


def texts(value: object, path: str = "found") -> Iterator[tuple[str, str]]:
    """Yield every text field of a record, with its path."""
    if isinstance(value, msgspec.Struct):
        for field in value.__struct_fields__:
            if field not in NOT_FROM_THE_MINUTES:
                yield from texts(getattr(value, field), f"{path}.{field}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from texts(item, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


@pytest.mark.parametrize(
    "path", [BUNDLED, *sorted(OURS.iterdir()), *REAL], ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_every_text_read_is_verbatim_in_the_minutes(path: Path) -> None:
    source = " ".join(path.read_text(encoding="utf-8").split())
    found = list(texts(read_file(path)))
    assert found
    not_verbatim = [(p, t) for p, t in found if " ".join(t.split()) not in source]
    assert not_verbatim == []


# Pieces of minutes in every form, to be put together at random.
MINUTES_PIECES = st.sampled_from(
    [
        "(1) GSAKMP:", "-----------", "- ", "Hugh: ", "**Jana**: ", "- ekr: ", "Lakshminath(?): ",
        "Ans: ", "## Tuesday, 14 November 2017", "### QUIC Invariants", "1. Recharter, Thomas:",
        "* 45 min - Topic [Mark]", "ACTION: Dana to post by 21 July.", "Hum: strong",
        "sense of the room", "draft-ietf-quic-transport-05", "RFC 7540", "the GKM Architecture draft",
        "Lakshminath objected.", " ", "\n", "\n\n", "(a) ", "words.", "...", "<!-- c -->", "```",
        "Monday night (14 July 2003)", "# Title", "==========", "martin thomson(mt): ",
        'titled "A Guide"', "IETF57 Vienna", "MSEC WG", "(or x, whichever comes first)",
        "closing date of 1 September 2003",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(max_size=300),
        st.lists(st.one_of(MINUTES_PIECES, st.text(max_size=8)), max_size=40).map("".join),
    )
)
@example("/00: 0")  # a heading whose presenter splits to nothing
def test_any_text_is_read_and_every_text_read_from_it_is_verbatim(text: str) -> None:
    source = " ".join(text.split())
    assert all(" ".join(t.split()) in source for _, t in texts(read(text)))


# ---------------------------------------------------------------------------
# The bundled IETF 57 minutes, against their hand transcription


def test_the_bundled_minutes_give_the_meeting(msec: Found) -> None:
    m = msec.meeting
    assert (m.group, m.number, m.number_from, m.interim, m.city) == (
        "MSEC", 57, "minutes", False, "Vienna",
    )  # fmt: skip
    assert [d.text for d in m.days] == ["Monday night (14 July 2003)"]
    date = m.days[0].date
    assert date is not None
    assert (date.first, date.last, date.precision, date.weekday_ok) == (
        dt.date(2003, 7, 14), dt.date(2003, 7, 14), "day", True,
    )  # fmt: skip
    assert m.group_quote == "MSEC WG Meeting Summary & Notes, IETF57 Vienna"
    assert msec.front.title == "MSEC WG Meeting Summary & Notes, IETF57 Vienna"


def test_the_bundled_minutes_give_the_six_numbered_sections(
    msec: Found, bundled: Transcription
) -> None:
    assert [(s.number, s.title) for s in msec.sections] == [
        (s.number, s.title) for s in bundled.sections
    ]
    assert [s.heading for s in msec.sections] == [
        "(1) GSAKMP:", "(2) MIKEY and DHHMAC:", "(3) GKM-Architecture:",
        "(4) FMKE Presentation", "(5) Action Items:", "(6) Others:",
    ]  # fmt: skip
    assert {s.day for s in msec.sections} == {0}


def test_the_bundled_minutes_give_each_sections_points(msec: Found, bundled: Transcription) -> None:
    assert [[p.text for p in s.points] for s in msec.sections] == [
        s.points for s in bundled.sections
    ]


def test_the_bundled_minutes_give_the_fourteen_exchanges_in_order(msec: Found) -> None:
    assert [t.speaker for t in all_turns(msec)] == [
        "Laskhminath", "Hugh", "Lakshminath", "Hugh", "Lakshminath", "Haitham", "Thomas",
        "Lakshminath(?)", "Fredrik",
        "Sebastien", "Lakshminath", "Ans", "Thomas", "Lakshminath",
    ]  # fmt: skip


def test_each_exchange_is_the_transcriptions_speaker_form_certainty_and_words(
    msec: Found, bundled: Transcription
) -> None:
    for section, written in zip(msec.sections, bundled.sections, strict=True):
        assert [(t.speaker, t.form, not t.uncertain, t.words, t.quote) for t in section.turns] == [
            (e.speaker, e.form, e.certain, e.words, e.quotes[0]) for e in written.exchanges
        ]


def test_uncertain_unattributed_and_reported_speakers_are_told_apart(msec: Found) -> None:
    turns = all_turns(msec)
    assert (turns[7].name, turns[7].uncertain) == ("Lakshminath", True)
    assert (turns[11].name, turns[11].form) == (None, "unattributed")
    assert [(t.speaker, t.form) for t in turns if t.form == "reported"] == [
        ("Haitham", "reported"), ("Lakshminath", "reported"),
    ]  # fmt: skip
    assert turns[10].words.startswith("Lakshminath objected. Phase 2 is not clear.")
    assert not any(t.cut_off for t in turns)


def test_a_misspelt_name_is_one_person_and_left_for_a_person_to_review(msec: Found) -> None:
    names = [p.name for p in msec.people]
    assert names == ["Lakshminath", "Hugh", "Haitham", "Thomas", "Fredrik", "Sebastien"]
    assert msec.people[0].written == ["Laskhminath", "Lakshminath"]
    assert msec.people[0].maybe == []
    assert (
        "names read as one speaker, not tied by the minutes: 'Lakshminath' (also 'Laskhminath')"
        in msec.left
    )
    turns = all_turns(msec)
    assert turns[0].person == turns[7].person == turns[2].person == 0


def test_the_bundled_minutes_give_items_a_to_d_with_their_dates(msec: Found) -> None:
    got = [
        (a.label, [(d.date.text, d.date.first, d.marks) for d in a.dates], a.condition, a.documents)
        for a in msec.actions
    ]
    august_1, august_8, september_1 = dt.date(2003, 8, 1), dt.date(2003, 8, 8), dt.date(2003, 9, 1)
    assert got == [
        (None, [], None, []),  # "Lakshminath: Let us take this to the list." (on FMKE)
        ("(a)", [("Friday 1 August 2003", august_1, "end")],
         "or the IESG Last Call closing date, whichever comes first", ["MIKEY"]),
        ("(b)", [("Friday 8 August 2003", august_8, "end")], None, ["MSEC Architecture"]),
        ("(c)", [("Friday 1 August 2003", august_1, "due"), ("1 September 2003", september_1, "end")],
         None, ["GKM Architecture"]),
        ("(d)", [("Friday 1 August 2003", august_1, "due"), ("1 September 2003", september_1, "end")],
         None, ["DHHMAC"]),
        # "A separate LKH-Algorithm draft is needed … Lakshminath will continue this effort"
        (None, [], None, ["LKH-Algorithm"]),
    ]  # fmt: skip
    assert [a.section for a in msec.actions] == [3, 4, 4, 4, 4, 5]
    assert (msec.actions[5].owner, msec.actions[5].text) == (
        "Lakshminath",
        "Lakshminath will continue this effort (ps. other authors sought after).",
    )
    assert msec.actions[1].quote == (
        "(a) Last Call closing date for MIKEY draft Friday 1 August 2003 (or the IESG Last Call "
        "closing date, whichever comes first)."
    )
    assert all(d.date.weekday_ok in (True, None) for a in msec.actions for d in a.dates)


def test_the_bundled_minutes_give_the_ten_documents(msec: Found) -> None:
    assert [(d.name, d.kind) for d in msec.documents] == [
        ("GSAKMP", "named"), ("MIKEY", "named"), ("FMKE", "named"), ("DHHMAC", "named"),
        ("GKM Architecture", "named"), ("GSAKMP-Light", "named"), ("Policy Token", "named"),
        ("Guidance to choosing MSEC Key Management Protocols", "titled"),
        ("MSEC Architecture", "named"), ("LKH-Algorithm", "named"),
    ]  # fmt: skip
    by_name = {d.name: d for d in msec.documents}
    assert by_name["GKM Architecture"].also == ["GKM-Arch"]
    assert by_name["GKM Architecture"].sections == [2, 4]
    guidance = by_name["Guidance to choosing MSEC Key Management Protocols"]
    assert guidance.title == "Guidance to choosing MSEC Key Management Protocols"
    assert guidance.sections == [2]
    assert by_name["GSAKMP"].in_front
    assert by_name["Policy Token"].quote.startswith("Although there is a close relationship")


def test_the_bundled_minutes_decisions_are_quoted(msec: Found) -> None:
    assert [(d.kind, d.section) for d in msec.decisions] == [("decided", 1), ("agreed", 2)]
    assert msec.decisions[0].text.endswith("(decided to be 1 August 2003).")


# ---------------------------------------------------------------------------
# Real minutes of other groups: read whole, turns against an independent count

# The independent count: a line that starts, after an optional bullet, with a
# name of one to four words (bold or not, capitalised if more than one), a colon
# and words. The labels it would count otherwise were found by reading what it
# counts in these files ("Alternative:", "Plan A:", "Option:", "Coffee:", "cost:", "Format:").
INDEPENDENT_TURN = re.compile(
    r"^\s*(?:[-*+]\s+)?"
    r"(?:\*\*(?P<bold>[^*:\n]{1,40})\*\*\s?:|\*\*(?P<bold_colon>[^*:\n]{1,40}):\*\*"
    r"|(?P<plain>[A-Za-z?][^:\n*]{0,40}?)\s?:)\s+\S"
)
LABELS = frozenset(
    {"see", "note", "notes", "action", "hum", "hums", "humm", "conclusion", "result",
     "resolution", "proposal", "goal", "http", "https", "slides", "agenda", "issue", "issues",
     "example", "yes", "no", "scribe", "scribes", "minutes", "notetakers", "consensus",
     "summary", "update", "status", "decision", "alternative", "option", "problem", "plan",
     "motivation", "recap", "timeline", "coffee", "oppose", "suggest", "suggestion",
     "but", "think", "complication", "second", "notion", "cost", "format"}
)  # fmt: skip


# What follows a label of a role when it is only people: "Loss Recovery: Jana and Ian Sweet"
# (QUIC IETF 97's editors), "Scribes: Robin Marx, Spencer Dawkins": a list, no turn.
PEOPLE_ONLY = re.compile(
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s+and\s+|,\s*))+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*"
)

# A nested bullet that answers ("  - answer: 7540 is clear", "  - A: draft says") is part
# of the exchange the speaker's bullet above it opens (HTTP IETF 101), no turn of its own.
ANSWERS = frozenset({"a", "answer", "response", "reply"})


def independent_turn_lines(text: str) -> list[int]:
    """Answer the numbers of the lines that open with a speaker turn, by line regex."""
    lines = []
    for number, line in enumerate(text.splitlines()):
        match = INDEPENDENT_TURN.match(line)
        if not match:
            continue
        name = re.sub(
            r"\s*\([^)]*\)",
            "",
            match.group("bold") or match.group("bold_colon") or match.group("plain"),
        )
        words = name.split()
        if not 1 <= len(words) <= 4 or re.search(r"\d", name) or words[0].lower() in LABELS:
            continue
        if len(words) > 1 and not all(w[0].isupper() for w in words):
            continue
        if any(len(w) >= 5 and w.isupper() for w in words):
            continue
        if line[:1].isspace() and name.lower() in ANSWERS:
            continue
        if PEOPLE_ONLY.fullmatch(line[match.end() - 1 :]):
            continue
        lines.append(number)
    return lines


def turn_lines(text: str, found: Found) -> set[int]:
    """Answer the numbers of the lines a turn the reader found starts on."""
    return {text.count("\n", 0, t.start) for t in all_turns(found)}


@needs_shared
@pytest.mark.parametrize("path", REAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_exchanges_found_are_at_least_95_percent_of_an_independent_count(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    counted = independent_turn_lines(text)
    found = turn_lines(text, read_file(path))
    missed = [n + 1 for n in counted if n not in found]
    assert len(counted) - len(missed) >= 0.95 * len(counted), missed


@needs_shared
@pytest.mark.parametrize("path", REAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_draft_name_in_the_minutes_is_a_document(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    written = {
        re.sub(r"-(?:\d\d)?$", "", m) for m in re.findall(r"(?<![\w-])draft-[a-z][\w-]*\w-?", text)
    }
    written = {w for w in written if w.count("-") >= 2}
    found = {
        re.sub(r"-(?:\d\d|\*)$", "", d.name) for d in read_file(path).documents if d.kind == "draft"
    }
    assert written - found == set()


@needs_shared
def test_the_quic_and_http_minutes_give_their_meetings() -> None:
    meetings = {f"{p.parent.name}/{p.stem}": read_file(p).meeting for p in REAL}
    got = {k: (m.group, m.number, m.number_from, m.interim, m.city) for k, m in meetings.items()}
    assert got["quic/ietf100"] == ("QUIC", 100, "minutes", False, "Singapore")
    assert got["quic/interim-17-06"] == ("QUIC", None, None, True, None)
    assert got["httpwg/ietf70"] == ("HTTPbis", 70, "file name", False, "Vancouver")
    assert got["httpwg/ietf74"] == ("HTTPbis", 74, "file name", False, "San Francisco")
    december = meetings["httpwg/ietf70"].days[0].date
    assert december is not None
    assert (december.text, december.first, december.last, december.precision) == (
        "December 2007", dt.date(2007, 12, 1), dt.date(2007, 12, 31), "month",
    )  # fmt: skip
    assert [d.text for d in meetings["quic/interim-17-06"].days] == ["7 June 2017", "8 June 2017"]
    assert [(d.text, d.date) for d in meetings["quic/ietf104"].days] == [
        ("Tuesday", None), ("Wednesday", None),
    ]  # fmt: skip


@needs_shared
def test_sections_know_their_day_across_a_meeting_of_several_days() -> None:
    found = read_file(MINUTES / "quic" / "ietf100.md")
    days = [(s.title, s.day) for s in found.sections]
    assert days[:2] == [("Tuesday, 14 November 2017", 0), ("Hackathon / Interop Report", 0)]
    assert ("Wednesday, 15 November 2017", 1) in days
    assert days[-1][1] == 1


@needs_shared
def test_names_are_one_person_only_where_the_minutes_say_so() -> None:
    found = read_file(MINUTES / "httpwg" / "ietf99.md")
    thomson = next(p for p in found.people if "martin thomson" in p.written)
    assert thomson.written == ["MT", "martin thomson", "mt"]
    assert thomson.quotes == ["martin thomson(mt)"]
    ietf100 = read_file(MINUTES / "quic" / "ietf100.md")
    names = {p.name: p for p in ietf100.people}
    # "MT" are the initials of one speaker only: read as him, and said so
    assert "MT" not in names and names["Martin Thomson"].written == ["mt", "MT", "Martin Thomson"]
    assert names["Martin Thomson"].quotes == []
    assert "'MT' and 'Martin Thomson' may be one person; left apart" not in ietf100.left
    ietf104 = read_file(MINUTES / "quic" / "ietf104.md")
    # "mt" could be Martin Thomson or michael tuxen: left apart
    assert "'mt' and 'Martin Thomson' may be one person; left apart" in ietf104.left


@needs_shared
def test_a_table_of_what_each_file_gives(capsys: pytest.CaptureFixture[str]) -> None:
    rows = []
    for path in [BUNDLED, *REAL]:
        text = path.read_text(encoding="utf-8")
        found = read_file(path)
        counted = independent_turn_lines(text)
        lines = turn_lines(text, found)
        matched = sum(n in lines for n in counted)
        rows.append(
            f"{path.parent.name + '/' + path.name:<28} {len(found.sections):>8} {len(all_turns(found)):>9}"
            f" {len(found.documents):>9} {len(found.actions):>5} {len(found.decisions):>9}"
            f" {len(counted):>11} {matched / len(counted) if counted else 1:>8.1%}"
        )
    with capsys.disabled():
        print(
            "\nfile                         sections exchanges documents items decisions"
            " independent coverage"
        )
        print("\n".join(rows))
    assert len(rows) == len(REAL) + 1


# ---------------------------------------------------------------------------
# Each form, on small invented minutes


def test_numbered_headings_with_a_presenter_and_an_underlined_title(ours: dict[str, Found]) -> None:
    found = ours["plain-numbered.txt"]
    assert found.front.title == "ZEBRA WG Meeting Minutes, IETF 125 Oslo"
    assert [(s.heading, s.title, s.number, s.presenter) for s in found.sections] == [
        ("1. Recharter, Thomas:", "Recharter", 1, "Thomas"),
        ("2. Stripes, Dana Ruiz:", "Stripes", 2, "Dana Ruiz"),
        ("3. Next steps:", "Next steps", 3, None),
    ]  # fmt: skip
    m = found.meeting
    assert (m.group, m.number, m.city, [d.text for d in m.days]) == (
        "ZEBRA", 125, "Oslo", ["Tuesday, 3 March 2026"],
    )  # fmt: skip


def test_speakers_with_roles_initials_lower_case_marks_and_reported_speech(
    ours: dict[str, Found],
) -> None:
    turns = ours["plain-numbered.txt"].sections[0].turns
    assert [(t.speaker, t.name, t.role, t.uncertain, t.form) for t in turns] == [
        ("Thomas (chair)", "Thomas", "chair", False, "said"),
        ("Aino", "Aino", None, False, "said"),
        ("Aino", "Aino", None, False, "reported"),
        ("Thomas", "Thomas", None, False, "reported"),
        ("ET", "ET", None, False, "said"),
        ("fk", "fk", None, False, "said"),
        ("Ans", None, None, False, "unattributed"),
        ("Bram Keller(?)", "Bram Keller", None, True, "said"),
    ]  # fmt: skip
    assert turns[2].words == "Aino asked whether the milestone dates hold."
    assert turns[3].words == "Thomas replied that they do."


def test_a_short_name_is_one_person_with_the_name_the_minutes_tie_it_to(
    ours: dict[str, Found],
) -> None:
    found = ours["plain-numbered.txt"]
    erik = next(p for p in found.people if "ET" in p.written)
    assert (erik.name, erik.written, erik.quotes) == (
        "Erik Tan",
        ["ET", "Erik Tan"],
        ["Erik Tan (ET)"],
    )
    markdown = ours["markdown-days.md"]
    martin = next(p for p in markdown.people if p.name == "Martin Example")
    assert (martin.written, martin.quotes) == (["Martin Example", "ME"], ["Martin Example (ME)"])
    me = markdown.sections[2].turns[0]
    assert (me.speaker, markdown.people[me.person or 0].name) == ("ME", "Martin Example")


def test_action_lines_give_owners_and_dates_in_the_meetings_year(ours: dict[str, Found]) -> None:
    found = ours["plain-numbered.txt"]
    got = [
        (a.label, a.owners, [(d.date.text, d.date.first, d.date.last, d.date.precision,
                              d.date.year_supplied, d.marks) for d in a.dates], a.documents)
        for a in found.actions
    ]  # fmt: skip
    assert got == [
        ("ACTION", ["Dana Ruiz"],
         [("Friday 20 March", dt.date(2026, 3, 20), dt.date(2026, 3, 20), "day", True, "due")], []),
        ("ACTION", ["Aino", "Chidi Okafor"],
         [("July", dt.date(2026, 7, 1), dt.date(2026, 7, 31), "month", True, "due")],
         ["Pattern Registry"]),
    ]  # fmt: skip
    assert found.actions[0].dates[0].date.weekday_ok is True
    assert found.actions[0].text == "Dana Ruiz to publish -03 by Friday 20 March."


def test_hums_and_the_sense_of_the_room_are_decisions(ours: dict[str, Found]) -> None:
    assert [(d.kind, d.text) for d in ours["plain-numbered.txt"].decisions] == [
        ("sense of the room", "The sense of the room was to keep the milestone."),
        ("hum", "Hum: adopt the pattern registry as a WG document? Strong hum in favour, none against."),
    ]  # fmt: skip
    assert [(d.kind, d.section) for d in ours["markdown-days.md"].decisions] == [
        ("hum", 1), ("sense of the room", 4),
    ]  # fmt: skip


def test_documents_from_draft_names_rfc_numbers_and_given_names(ours: dict[str, Found]) -> None:
    # The charter is discussed ("1. Recharter, Thomas:"); RFC 9999 only cited.
    assert [(d.name, d.kind, d.discussed) for d in ours["plain-numbered.txt"].documents] == [
        ("charter", "named", True), ("draft-ietf-zebra-stripes-02", "draft", True),
        ("Pattern Registry", "named", True), ("RFC 9999", "rfc", False),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["we should…", "and then...", "he said [cut off]", "the end (inaudible)", "so ??",
     "it is _missed it_", "a [...] b.", "done.", "well (cut", "Is it?"],
)  # fmt: skip
def test_the_mark_of_a_text_cut_off_is_read_backwards_as_forwards(text: str) -> None:
    forwards = CUT_OFF_MARK.search(text) is not None
    assert (CUT_OFF_MARK_REVERSED.match(text[::-1]) is not None) == forwards


def test_text_that_stops_short_is_cut_off(ours: dict[str, Found]) -> None:
    last = ours["plain-numbered.txt"].sections[-1].turns[-1]
    assert (last.speaker, last.cut_off) == ("Bram Keller", True)
    markdown = all_turns(ours["markdown-days.md"])
    assert [t.words for t in markdown if t.cut_off] == [
        "Specification Required would be safer [cut off]", "One more thing about the",
    ]  # fmt: skip
    point = ours["topics.txt"].sections[-1].points[-1]
    assert (point.text, point.cut_off) == ("Whether stripes may cross was left open ...", True)
    assert "2 turns cut off: the text stops short" in ours["markdown-days.md"].left


def test_markdown_day_headings_give_each_section_its_day(ours: dict[str, Found]) -> None:
    found = ours["markdown-days.md"]
    assert days_of(found) == [
        ("Tuesday, 14 July 2026", dt.date(2026, 7, 14)),
        ("Wednesday, 15 July 2026", dt.date(2026, 7, 15)),
    ]  # fmt: skip
    assert [(s.heading, s.level, s.day) for s in found.sections] == [
        ("## Tuesday, 14 July 2026", 2, 0), ("### Stripes and Spots", 3, 0),
        ("### Registry Policy", 3, 0), ("## Wednesday, 15 July 2026", 2, 1),
        ("### Milestones", 3, 1),
    ]  # fmt: skip
    assert (found.meeting.group, found.meeting.number, found.meeting.city) == (
        "ZEBRA",
        126,
        "Lisbon",
    )


def test_bold_and_bulleted_turns_and_a_list_of_names_that_is_no_turn(
    ours: dict[str, Found],
) -> None:
    found = ours["markdown-days.md"]
    assert [(t.speaker, t.quote) for t in found.sections[1].turns] == [
        ("Dana", "**Dana**: The spots extension is ready for adoption."),
        ("Martin Example (ME)", "**Martin Example (ME)**: I support adopting it."),
        ("fk", "fk: no objection from me"),
        ("ET", "ET: Same here, with one comment on section 3."),
        ("Aino", "**Aino**: Let's hum."),
    ]  # fmt: skip
    assert [p.text for p in found.front.points] == [
        "Chairs: Thomas Berg, Aino Virtanen", "Scribe: Chidi Okafor",
    ]  # fmt: skip
    assert [(a.label, a.owners, a.documents) for a in found.actions[:2]] == [
        ("ACTION", ["Dana"], ["draft-ietf-zebra-spots-00"]), ("Action", ["Thomas"], []),
    ]  # fmt: skip
    by_july = found.actions[1].dates[0]
    assert (by_july.date.text, by_july.date.precision, by_july.marks) == ("July", "month", "due")


def test_an_action_items_line_makes_the_bullets_below_it_action_items(
    ours: dict[str, Found],
) -> None:
    found = ours["markdown-days.md"]
    assert [(a.label, a.owners, a.text, [d.date.text for d in a.dates]) for a in found.actions[2:]] == [
        ("-", ["Bram"], "Bram to draft the registry text.", []),
        ("-", ["Aino", "fk"], "Aino and fk to ask the list about widths by 30 July.", ["30 July"]),
    ]  # fmt: skip
    assert [p.text for p in found.sections[4].points] == [
        "Milestones move to the March 2027 IETF.", "Action items:",
    ]  # fmt: skip


def test_bulleted_topic_lines_are_sections_with_presenters(ours: dict[str, Found]) -> None:
    found = ours["topics.txt"]
    assert [(s.heading, s.title, s.level, s.presenter) for s in found.sections] == [
        ("* 30 min - Stripes overview [Dana Ruiz]", "Stripes overview", 1, "Dana Ruiz"),
        ("* 20 min - Related work", "Related work", 1, None),
        ("- Spots [Bram Keller]", "Spots", 2, "Bram Keller"),
        ("Open Questions", "Open Questions", 2, None),
    ]  # fmt: skip
    m = found.meeting
    assert (m.group, m.number, m.interim, [d.text for d in m.days]) == (
        "ZEBRA",
        None,
        True,
        ["2026-05-06"],
    )
    assert [(d.kind, d.section) for d in found.decisions] == [("agreed", 2)]


def test_minutes_flattened_onto_one_line_are_cut_back_into_their_parts(
    ours: dict[str, Found],
) -> None:
    found = ours["flattened.txt"]
    assert found.front.title == "ZEBRA WG Notes, IETF125 Oslo"
    assert [s.heading for s in found.sections] == ["(1) Stripes:", "(2) Action Items:"]
    assert [p.text for p in found.sections[0].points] == [
        "The Stripes draft is ready for WG Last Call.", "Some discussion points:",
    ]  # fmt: skip
    assert [(t.speaker, t.form, t.words) for t in found.sections[0].turns] == [
        ("Aino", "said", "Is it done?"),
        ("Dana", "said", "Yes, it is done"),
        ("Aino", "reported", "Aino objected. The widths are not settled."),
        ("Ans", "unattributed", "They are settled?"),
    ]  # fmt: skip
    assert [(a.label, [(d.date.text, d.marks) for d in a.dates], a.condition) for a in found.actions] == [
        ("(a)", [("Friday 20 March 2026", "end")], "or at the next interim, whichever comes first"),
        ("(b)", [("6 March 2026", "due"), ("27 March 2026", "end")], None),
    ]  # fmt: skip


def test_a_long_paragraph_with_a_numbered_list_inside_is_one_point() -> None:
    paragraph = (
        "The chairs proposed two options: (1) adopt the draft now, with the open issues "
        "tracked on GitHub and the editors asked to resolve them before the next meeting, "
        "or (2) wait for the interim. Several people spoke for each. "
        * 3
        + "Jana: noted the deadline."
    )  # a name that opens one turn within a paragraph is no speaker's (see INLINE_TURNS)
    found = read(f"Minutes of the QUIC WG\n\n{paragraph}\n")
    assert len(paragraph) > 400
    assert [p.text for p in found.front.points] == [paragraph]


def test_the_file_name_gives_the_number_only_where_the_minutes_are_silent() -> None:
    silent = read(
        "Minutes of the HTTPbis Working Group meeting in Vancouver, December 2007\n",
        name="ietf70.txt",
    )
    assert (silent.meeting.number, silent.meeting.number_from) == (70, "file name")
    assert "the IETF number 70 comes from the file name ietf70.txt" in silent.left
    stated = read("# QUIC WG Minutes - IETF 101\n\n## Monday, 19 March 2018\n", name="ietf99.md")
    assert (stated.meeting.number, stated.meeting.number_from) == (101, "minutes")
    unnamed = read("# QUIC WG Minutes\n", name="notes.md")
    assert (unnamed.meeting.number, unnamed.meeting.number_from) == (None, None)


def test_the_file_name_says_an_interim_only_where_the_minutes_give_no_number() -> None:
    named = read("SCIM Virtual Session\nMarch 2, 2022\n", name="interim-03-02-2022/Notes.md")
    assert (named.meeting.interim, named.meeting.number) == (True, None)
    assert "the meeting is an interim by the file name interim-03-02-2022/Notes.md" in named.left
    numbered = read("# SCIM at IETF 113\n\nMarch 21, 2022\n", name="interim-notes.md")
    assert (numbered.meeting.interim, numbered.meeting.number) == (False, 113)
    plain = read("SCIM Virtual Session\nMarch 2, 2022\n", name="scim/interims.md")
    assert plain.meeting.interim is False


def test_a_number_no_ietf_meeting_had_in_the_meetings_year_is_not_kept() -> None:
    typo = read("# WPACK@IETF018\n2020-07-31 - Virtual\n", name="ietf108-minutes.md")
    assert (typo.meeting.number, typo.meeting.number_from) == (108, "file name")
    assert typo.left[:2] == [
        "the minutes say IETF 18, which did not meet in 2020",
        "the IETF number 108 comes from the file name ietf108-minutes.md",
    ]
    unnamed = read("# WPACK@IETF018\n2020-07-31 - Virtual\n", name="notes.md")
    assert (unnamed.meeting.number, unnamed.meeting.number_from) == (None, None)
    right = read("# QUIC WG Minutes - IETF 108\n\n2020-07-31\n", name="notes.md")
    assert (right.meeting.number, right.meeting.number_from) == (108, "minutes")


def test_a_number_that_did_not_meet_on_the_minutes_day_gives_way_to_the_file_names_that_did() -> (
    None
):
    typo = read("# IETF-118 QUIC WG meeting\n\n## Tuesday, March 19, 2024\n", name="ietf119.md")
    assert (typo.meeting.number, typo.meeting.number_from) == (119, "file name")
    assert typo.left[:2] == [
        "the minutes say IETF 118, which did not meet on Tuesday, March 19, 2024",
        "the IETF number 119 comes from the file name ietf119.md",
    ]
    other = read("# IETF-118 QUIC WG meeting\n\n## Tuesday, March 19, 2024\n", name="ietf120.md")
    assert (other.meeting.number, other.meeting.number_from) == (118, "minutes")
    right = read("# IETF 119 QUIC WG meeting\n\n## Tuesday, March 19, 2024\n", name="ietf118.md")
    assert (right.meeting.number, right.meeting.number_from) == (119, "minutes")


def test_the_links_to_the_groups_materials_give_the_number_where_minutes_and_file_are_silent() -> (
    None
):
    slides = "https://datatracker.ietf.org/meeting/{}/materials/slides-{}-dance-{}-00"
    text = (
        "# DANCE agenda:\n\n## Use cases\n\n- {}\n\n## Architecture\n\n- {}\n\n## Other\n\n- {}\n"
    )
    linked = read(
        text.format(
            slides.format(112, 112, "a"), slides.format(112, 112, "b"), slides.format(111, 111, "c")
        ),
        name="minutes.md",
    )
    assert (linked.meeting.number, linked.meeting.number_from) == (112, "minutes")
    assert "the IETF number 112 is read from the links to the group's materials" in linked.left
    assert linked.meeting.quotes[1] == "- " + slides.format(112, 112, "a")
    split = read(
        text.format(slides.format(112, 112, "a"), slides.format(111, 111, "b"), "none"),
        name="minutes.md",
    )
    assert split.meeting.number is None
    others = read(
        text.format(*(slides.format(112, 112, "a").replace("dance", "tls") for _ in "abc")),
        name="minutes.md",
    )
    assert others.meeting.number is None
    filed = read(text.format(*(slides.format(112, 112, n) for n in "abc")), name="ietf113.md")
    assert (filed.meeting.number, filed.meeting.number_from) == (113, "file name")
    meetecho = "Meetecho: https://meetings.conf.meetecho.com/ietf110/?group=asdf&short=&item=1"
    assert read(f"# ASDF 110 meeting minutes\n\n{meetecho}\n").meeting.number == 110
    interim = read(f"# ASDF interim meeting\n\n{meetecho}\n")
    assert (interim.meeting.number, interim.meeting.interim) == (None, True)


@pytest.mark.parametrize(
    ("title", "group", "number"),
    [("WISH 112 Meeting\nFriday, Nov 12, 2021\n---", "WISH", 112),
     ("# ASDF 110 meeting minutes", "ASDF", 110),
     ("# WISH 112 Meeting\n\nFriday, Nov 12, 2019", "WISH", None),  # IETF 112 met in 2021
     ("# Session 12 notes", None, None),
     ("# Wish 112 Meeting", None, None)],
)  # fmt: skip
def test_a_title_in_capitals_before_a_number_names_the_group_and_the_ietf_meeting(
    title: str, group: str | None, number: int | None
) -> None:
    found = read(f"{title}\n\n# Admin\n\n* Tim: hi\n", name="minutes.md")
    assert (found.meeting.group, found.meeting.number) == (group, number)


def test_a_month_in_the_title_is_the_day_in_it_the_front_matter_names() -> None:
    found = read(
        "# MASQUE Working Group - Virtual Interim - April 2021\n"
        "Thursday, April 15, 2021 (UTC)\n\n## Datagrams\n\nMirja: why?\n"
    )
    assert [d.text for d in found.meeting.days] == ["Thursday, April 15, 2021"]
    other_month = read("# MASQUE Interim - April 2021\nSent on 2021-05-02\n")
    assert [d.text for d in other_month.meeting.days] == ["April 2021"]


def test_the_day_below_a_heading_that_names_the_meeting_again_is_its_day() -> None:
    found = read(
        "# MASQUE IETF 117\n\n## MASQUE IETF 117\nMonday, July 24, 2023, 09:30 - 11:30, Monday "
        "Session I\n\n- Logo.\n\n## Drafts\n\nTommy: fine.\n"
    )
    assert days_of(found) == [("Monday, July 24, 2023", dt.date(2023, 7, 24))]


def test_the_day_a_meeting_heading_opens_with_is_its_day_not_a_next_meetings() -> None:
    found = read(
        "# IETF 110 NWCRG Meeting Minutes (v1)\n\n## 1- nwcrg@ietf110-hackathon\n\nCANCELED\n\n"
        "## 2- nwcrg online meeting\n\nOnline meeting on Thursday March 11, 2021, 14:30-15:30 "
        "(UTC) Thursday Session II\n\n#### 01- BATS\n\nRY: fine.\n"
    )
    assert days_of(found) == [("Thursday March 11, 2021", dt.date(2021, 3, 11))]
    later = read(
        "# IETF 110 NWCRG Meeting Minutes\n\n## BATS\n\nRY: fine.\n\n## Next meeting\n\n"
        "Online meeting on Thursday March 25, 2021\n"
    )
    assert later.meeting.days == []


def test_a_meeting_on_a_day_before_one_an_earlier_heading_names_is_another_meetings() -> None:
    found = read(
        "# CoRE WG, IETF 118\n\n# Thursday, November 9, 2023\n\n## Status\n\nMT: fine.\n\n"
        "## Topics from the T2TRG meeting on 2023-11-03 (Christian)\n\nCA: fine.\n"
    )
    assert days_of(found) == [("Thursday, November 9, 2023", dt.date(2023, 11, 9))]
    later = read(
        "# CoRE WG, IETF 118\n\n# Monday, November 6, 2023\n\n## Status\n\nMT: fine.\n\n"
        "## CoRE meeting on 2023-11-09\n\nCA: fine.\n"
    )
    assert [day for _, day in days_of(later)] == [dt.date(2023, 11, 6), dt.date(2023, 11, 9)]


def test_the_day_below_a_label_of_the_meetings_details_is_its_day() -> None:
    found = read(
        "# IETF 119 - Agenda for CoRE WG\n\nChairs:\n\n* Marco Tiloca\n* Jaime Jimenez\n"
        "* Carsten Bormann\n\nDate and time:\n\n* Local time: Wednesday, 2024-03-20, "
        "09:30-11:30\n* UTC time: Tuesday, 2024-03-19, 23:30-01:30\n\n## Intro\n\nCB: hi.\n"
    )
    assert [d.text for d in found.meeting.days] == ["2024-03-20"]


def test_the_day_below_a_label_of_the_minutes_after_an_agenda_is_its_day() -> None:
    found = read(
        "interim meeting in June\n\nInterim Meeting Recording\nhttps://example.org/rec\n\n"
        "agenda:\n- review of the charter\n- Montreal hackaton\n- other topics\n\nminutes:\n\n"
        "COINRG - https://irtf.org/coinrg\nFriday 07 June 2019\nInterim meeting\n\nMJM: hi.\n"
    )
    assert days_of(found) == [("Friday 07 June 2019", dt.date(2019, 6, 7))]


def test_a_weekday_that_is_not_the_dates_is_marked_for_check_to_leave_out() -> None:
    found = read("# QUIC WG Minutes\n\n## Monday, 15 July 2003\n\nMark: hello.\n")
    date = found.meeting.days[0].date
    assert date is not None and date.weekday_ok is False
    assert not [line for line in found.left if "15 July" in line]  # said once, by settle


def test_minutes_with_nothing_in_them_give_nothing() -> None:
    found = read("")
    assert (found.sections, found.documents, found.actions, found.decisions) == ([], [], [], [])
    assert found.left == []  # no group, no date: said once, by transcribe, with what it does


# ---------------------------------------------------------------------------
# Speakers and dates, one question each


@pytest.mark.parametrize(
    ("written", "name", "role", "alias", "uncertain"),
    [
        ("Laskhminath", "Laskhminath", None, None, False),
        ("Lakshminath(?)", "Lakshminath", None, None, True),
        ("MB (now at Akamai)", "MB", "now at Akamai", None, False),
        ("Lucas Pardue (Cloudfare) via chat", "Lucas Pardue", "Cloudfare", None, False),
        ("Ann Bless (Zebra Institute (ZI))", "Ann Bless", "Zebra Institute (ZI)", None, False),
        ("Alexey Melnikov as AD (am)", "Alexey Melnikov", "AD", "am", False),
        ("Martin (in chat)", "Martin", "in chat", None, False),
        ("CB (chat)", "CB", "chat", None, False),  # how CB spoke, no alias (CA spoke so too)
        ("Christian (zoom)", "Christian", "zoom", None, False),
        ("Unknown Speaker", None, None, None, False),
        ("martin thomson(mt)", "martin thomson", None, "mt", False),
        ("Lucas Pardue [LP]", "Lucas Pardue", None, "LP", False),
        ("Dana [remote]", "Dana", "remote", None, False),
        ("Spencer Dawkins (AD)", "Spencer Dawkins", "AD", None, False),
        ("Alexey Melnikov as AD", "Alexey Melnikov", "AD", None, False),
        ("Nick - Akamai", "Nick", "Akamai", None, False),
        ("Kyle ?", "Kyle", None, None, True),
        ("Mark (??)", "Mark", None, None, True),
        ("Mark ??", "Mark", None, None, True),
        ("Ans", None, None, None, False),
        ("?? from Chrome", None, "from Chrome", None, False),
        ("(?) from Cloudflare", None, "from Cloudflare", None, False),
        ("(?)", None, None, None, False),
        ("(?) Gupta", "Gupta", None, None, True),
        ("Gorry, Ian", "Gorry, Ian", None, None, False),
        ("eric k", "eric k", None, None, False),
        ("LE", "LE", None, None, False),
        ("Paul van Brouwershaven", "Paul van Brouwershaven", None, None, False),
        ("mnot", "mnot", None, None, False),
        ("Authors", None, None, None, False),
        ("Alexey Melnikov (AD)", "Alexey Melnikov", "AD", None, False),
        ("Mark Nottingham (mnot)", "Mark Nottingham", None, "mnot", False),
        ("Lars (?) (AD)", "Lars", "AD", None, True),
        ("Ted and ?", "Ted and ?", None, None, False),
        ("? and ?", "? and ?", None, None, False),
        ("mnot/Lars", "mnot/Lars", None, None, False),
        ("ABCD", "ABCD", None, None, False),
        ("van Brouwershaven", "van Brouwershaven", None, None, False),
    ],
)
def test_a_speaker_as_written_is_read_into_its_parts(
    written: str, name: str | None, role: str | None, alias: str | None, uncertain: bool
) -> None:
    found = speaker(written)
    assert found is not None
    assert (found.written, found.name, found.role, found.alias, found.uncertain) == (
        written, name, role, alias, uncertain,
    )  # fmt: skip


@pytest.mark.parametrize(
    "label",
    [
        "Note",
        "See",
        "Who has read the draft",
        "Main takeaway",
        "Issue 471",
        "PADDING and PING",
        "new issue",
        "first hum",
        "suggestion",
        "but",
        "think",
        "complication",
        "technical issue",
        "Second Q",
        "Notion",
        "draft-nottinghham-variants",
        "ABCDE",
        "Pull Request Review Status",
        "A B C D E F G H",
        "Ian, Mark, Lars, Jana, Ted, Eric, Mike, Tom",
    ],
)
def test_a_label_is_no_speaker(label: str) -> None:
    assert speaker(label) is None


@pytest.mark.parametrize(
    ("name", "several"),
    [("Ian & Mark", True), ("Ian AND Mark", True), ("Gorry, Ian", True), ("mnot/Lars", True),
     ("Mark", False), ("Mark Nottingham", False)],
)  # fmt: skip
def test_a_speaker_may_be_several_people(name: str, several: bool) -> None:
    assert joined(name) is several


def test_a_prefix_without_a_colon_is_told_apart() -> None:
    bare, colon = prefix("**Lars** See you on the list"), prefix("**Lars**: See you")
    bold_colon = prefix("**Lars:** See you")
    assert bare is not None and colon is not None and bold_colon is not None
    assert (bare.speaker.name, bare.words, bare.bare) == ("Lars", 9, True)
    assert (colon.speaker.name, colon.words, colon.bare) == ("Lars", 10, False)
    assert (bold_colon.speaker.name, bold_colon.words, bold_colon.bare) == ("Lars", 10, False)


@pytest.mark.parametrize(
    ("text", "reported"),
    [("Lakshminath (AD) objected.", True), ("Mirja, commented that it is fine", True),
     ("Mirja Kuehlewind said no", True), ("Lakshminath's draft was discussed", False),
     ("Lakshminath,objected", False), ("Russ noted it", False)],
)  # fmt: skip
def test_reported_speech_opens_with_a_known_speaker_and_a_verb_of_speech(
    text: str, reported: bool
) -> None:
    known = frozenset({"Lakshminath", "Mirja", "Mirja Kuehlewind"})
    assert reported_start(text, known) is reported


def test_words_that_report_speech_are_told_from_words_said() -> None:
    assert reported_words("Commented that the draft is ready")
    assert not reported_words("The draft is ready")


@pytest.mark.parametrize(
    ("text", "as_written", "first", "last", "precision"),
    [
        (
            "met on 21 March 2006.",
            "21 March 2006",
            dt.date(2006, 3, 21),
            dt.date(2006, 3, 21),
            "day",
        ),
        ("on Mar 21, 2006 at", "Mar 21, 2006", dt.date(2006, 3, 21), dt.date(2006, 3, 21), "day"),
        (
            "Tuesday, March 22, 2022",
            "Tuesday, March 22, 2022",
            dt.date(2022, 3, 22),
            dt.date(2022, 3, 22),
            "day",
        ),
        (
            "met Monday night (14 July 2003),",
            "Monday night (14 July 2003)",
            dt.date(2003, 7, 14),
            dt.date(2003, 7, 14),
            "day",
        ),
        (
            "# QUIC 2020-10-22 Interim",
            "2020-10-22",
            dt.date(2020, 10, 22),
            dt.date(2020, 10, 22),
            "day",
        ),
        ("meeting in March 2009", "March 2009", dt.date(2009, 3, 1), dt.date(2009, 3, 31), "month"),
        (
            "Interim Meeting - 2026-03",
            "2026-03",
            dt.date(2026, 3, 1),
            dt.date(2026, 3, 31),
            "month",
        ),
        ("Mar 03 Submit to IESG", "Mar 03", dt.date(2003, 3, 1), dt.date(2003, 3, 31), "month"),
        ("before the July deadline", "July", dt.date(2003, 7, 1), dt.date(2003, 7, 31), "month"),
        ("done by 2018.", "2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31), "year"),
        ("by 30 July.", "30 July", dt.date(2003, 7, 30), dt.date(2003, 7, 30), "day"),
        ("post it by end of august", "august", dt.date(2003, 8, 1), dt.date(2003, 8, 31), "month"),
        (
            "review before september.",
            "september",
            dt.date(2003, 9, 1),
            dt.date(2003, 9, 30),
            "month",
        ),
        ("on Sept. 5, 2003", "Sept. 5, 2003", dt.date(2003, 9, 5), dt.date(2003, 9, 5), "day"),
        ("Interim Meeting 20200626", "20200626", dt.date(2020, 6, 26), dt.date(2020, 6, 26), "day"),
        ("meeting / 10.20.2011", "10.20.2011", dt.date(2011, 10, 20), dt.date(2011, 10, 20), "day"),
        (
            "CAPPORT minutes 2018.11.08",
            "2018.11.08",
            dt.date(2018, 11, 8),
            dt.date(2018, 11, 8),
            "day",
        ),
        ("held 2018/11/08.", "2018/11/08", dt.date(2018, 11, 8), dt.date(2018, 11, 8), "day"),
        ("on 20/10/2011.", "20/10/2011", dt.date(2011, 10, 20), dt.date(2011, 10, 20), "day"),
        (
            "Tuesday, Jun-29-2010 at 11:00",
            "Tuesday, Jun-29-2010",
            dt.date(2010, 6, 29),
            dt.date(2010, 6, 29),
            "day",
        ),
        (
            "Interim Meeting -20210129",
            "20210129",
            dt.date(2021, 1, 29),
            dt.date(2021, 1, 29),
            "day",
        ),
        (
            "30 Jul \u201909, Stockholm",
            "30 Jul \u201909",
            dt.date(2009, 7, 30),
            dt.date(2009, 7, 30),
            "day",
        ),
        ("on 1 Aug '99", "1 Aug '99", dt.date(1999, 8, 1), dt.date(1999, 8, 1), "day"),
        (
            "## Tuesday 19 November",
            "Tuesday 19 November",
            dt.date(2003, 11, 19),
            dt.date(2003, 11, 19),
            "day",
        ),
    ],
)
def test_dates_are_read_in_every_common_form_with_their_precision(
    text: str, as_written: str, first: dt.date, last: dt.date, precision: str
) -> None:
    (found,) = dates_in(text, 2003)
    assert (text[found.start : found.end], found.first, found.last, found.precision) == (
        as_written, first, last, precision,
    )  # fmt: skip


def test_a_weekday_written_beside_a_date_is_checked() -> None:
    assert [d.weekday_ok for d in dates_in("Friday 1 August 2003 and Monday 15 July 2003")] == [
        True,
        False,
    ]
    assert [d.weekday_ok for d in dates_in("1 August 2003")] == [None]


def test_day_and_month_alone_need_the_meetings_year() -> None:
    assert dates_in("by 20 March") == []
    (found,) = dates_in("by 20 March", 2026)
    assert (found.first, found.year_supplied) == (dt.date(2026, 3, 20), True)


@pytest.mark.parametrize(
    ("held", "written", "when", "read"),
    [("2024-11-06", "by March", "after", ("2025-03-01", "2025-03-31")),
     ("2024-11-06", "by 20 January", "after", ("2025-01-20",) * 2),
     ("2024-11-06", "closes 1 November", "after", ("2024-11-01",) * 2),
     ("2024-11-06", "by December", "after", ("2024-12-01", "2024-12-31")),
     ("2024-11-06", "by Monday 20 January", "after", ("2025-01-20",) * 2),
     ("2024-11-06", "by Saturday 20 January", "after", ("2024-01-20",) * 2),
     ("2024-03-20", "by 20 January", "after", ("2025-01-20",) * 2),
     ("2024-01-08", "by December", "after", ("2024-12-01", "2024-12-31")),
     ("2024-11-06", "published in July", "near", ("2024-07-01", "2024-07-31")),
     ("2024-11-06", "in March", "near", ("2025-03-01", "2025-03-31")),
     ("2024-01-08", "in December", "near", ("2023-12-01", "2023-12-31")),
     ("2024-11-06", "adopted in December", "before", ("2023-12-01", "2023-12-31")),
     ("2024-11-06", "published in February", "before", ("2024-02-01", "2024-02-29"))],
)  # fmt: skip
def test_a_date_without_its_year_takes_the_year_that_fits_the_meeting(
    held: str, written: str, when: dating.When, read: tuple[str, str]
) -> None:
    day = dt.date.fromisoformat(held)
    (found,) = dates_in(written, day.year)
    date = year_for(dating.written(written[found.start : found.end], found), day, when=when)
    assert (date.first.isoformat(), date.last.isoformat()) == read


def test_an_action_due_by_a_month_without_its_year_is_due_after_the_meeting() -> None:
    found = read(
        "# QUIC WG, IETF 121, Dublin, 6 November 2024\n\n## draft-ietf-quic-foo\n\n"
        "Lars: I will post a revision by March.\n\nChairs will start WGLC by 20 January.\n"
    )
    assert [(d.date.text, d.date.first) for a in found.actions for d in a.dates] == [
        ("March", dt.date(2025, 3, 1)), ("20 January", dt.date(2025, 1, 20))
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "we may 5 things",
        "at 13:30 today",
        "draft-12 is out",
        "version 1.5",
        "by end of may",
        "in march we will",
        "in august",
        "call 20201399 now",
        "on 05/06/2011, which day?",
        "version 10.20.2011.1",
        "notes-interim-20200626",
        "ID 12345678",
        "in 2019-2020",
        "draft-foo-2026-03",
        "version 2026-03.5",
    ],
)
def test_words_that_are_no_dates_are_not_read_as_dates(text: str) -> None:
    assert dates_in(text, 2003) == []


def _holds_one(items: list[tuple[object, object]], words: tuple[str, ...]) -> bool:
    """Answer whether every text a parsed pattern matches holds one of the words, case
    aside: one stands in a run of its letters, or in each branch of a group it must
    match."""
    from re import _constants as op  # type: ignore[attr-defined]

    run = ""
    for code, value in items:
        if code is op.LITERAL:
            run += chr(value).casefold()  # type: ignore[arg-type]
            if any(w in run for w in words):
                return True
            continue
        run = ""
        if code is op.SUBPATTERN and _holds_one(value[-1], words):  # type: ignore[index]
            return True
        if code is op.BRANCH and all(_holds_one(b, words) for b in value[1]):  # type: ignore[index]
            return True
        repeated = code in (op.MAX_REPEAT, op.MIN_REPEAT) and value[0] >= 1  # type: ignore[index]
        if repeated and _holds_one(value[2], words):  # type: ignore[index]
            return True
    return False


def _parsed(pattern: str | re.Pattern[str]) -> list[tuple[object, object]]:
    """Answer a pattern as re parses it."""
    from re import _parser  # type: ignore[attr-defined]

    if isinstance(pattern, re.Pattern):
        return list(_parser.parse(pattern.pattern, pattern.flags))
    return list(_parser.parse(pattern, re.IGNORECASE))


def test_the_words_that_let_a_text_be_passed_over_are_in_every_pattern_they_stand_for() -> None:
    """Text holding none of the words a pattern needs is not searched with it: each
    list of words is one every text the pattern matches holds (case aside)."""
    from msecwg.importer import actions, decisions, stages, vocabulary

    needs: list[tuple[str | re.Pattern[str], tuple[str, ...]]] = [
        (pattern, vocabulary.STAGE_WORDS) for _, pattern, _ in vocabulary.STAGE_PHRASES
    ]
    needs += [(pattern, words) for _, pattern, words in vocabulary.STAGE_PHRASES]
    needs += [(cue, words) for _, cue, words in decisions.CUES if words is not None]
    needs += [
        (vocabulary.ADOPTION_ASKED, vocabulary.STAGE_WORDS),
        (stages.HANDED_OVER, stages.HANDING_WORDS),
        *stages.NAMED_BY_STAGE,
        (actions.ASKS_AT_ALL.ignoring_case, actions.ASKING_WORDS),
        (decisions.PROPOSES.ignoring_case, decisions.PROPOSING_WORDS),
    ]
    for pattern, words in needs:
        assert _holds_one(_parsed(pattern), words), pattern
    # ANY_CUE: each of its branches holds a word, but the count that COUNTED finds
    (branches,) = _parsed(decisions.ANY_CUE.ignoring_case)
    counted = str(_parsed(decisions.COUNTED))
    ways = [list(b) for b in branches[1][1]]  # type: ignore[index]
    assert all(_holds_one(b, decisions.CUE_WORDS) or str(b) == counted for b in ways)
    assert counted in map(str, ways)


def test_a_span_strips_markup_at_its_ends_but_never_half_a_pair() -> None:
    def text(written: str) -> str:
        return span_text(written, 0, len(written))

    assert text("**HUM TIME**") == "HUM TIME"
    assert text("**Matt Joras**: Clear consensus.") == "**Matt Joras**: Clear consensus."
    assert text("**Spencer:** Experimental was\n good") == "**Spencer:** Experimental was good"
    assert text("words **bold**") == "words **bold**"
    assert text("**Yes: Strong hum**\n\n**No: Nothing**") == "**Yes: Strong hum** **No: Nothing**"
    assert text(" * a point *") == "a point"
    assert text("*Colin Perkins* will post") == "*Colin Perkins* will post"
    said = "*Chairs to issue WGLC and nudge WG members to **Read** this doc*"
    assert text(said) == "Chairs to issue WGLC and nudge WG members to **Read** this doc"


def test_a_heading_of_a_session_whose_first_line_is_a_day_names_that_day() -> None:
    found = read(
        "# ZEBRA Session 1\n\nTuesday, 25 July 2023, 17:00\n\n## Stripes\n\nDana: fine.\n\n"
        "# ZEBRA Session 2\n\nThursday, 27 July 2023, 9:00 AM\n\n## Spots\n\nDana: also fine.\n"
    )
    assert [d.text for d in found.meeting.days] == [
        "Tuesday, 25 July 2023",
        "Thursday, 27 July 2023",
    ]
    assert [(s.title, s.day) for s in found.sections] == [
        ("ZEBRA Session 1", 0), ("Stripes", 0), ("ZEBRA Session 2", 1), ("Spots", 1),
    ]  # fmt: skip


def test_the_front_matters_day_is_the_day_of_the_sections_before_the_first_day_heading() -> None:
    found = read(
        "# ZEBRA WG, IETF 125\n\nDate: 3 March 2026\n\n## Stripes\n\nDana: fine.\n\n"
        "## Wednesday, 4 March 2026\n\n### Spots\n\nDana: also fine.\n"
    )
    assert [d.text for d in found.meeting.days] == ["3 March 2026", "Wednesday, 4 March 2026"]
    assert [(s.title, s.day) for s in found.sections] == [
        ("Stripes", 0), ("Wednesday, 4 March 2026", 1), ("Spots", 1),
    ]  # fmt: skip


def test_a_day_alone_on_its_line_above_a_heading_is_a_later_session_of_the_meeting() -> None:
    found = read(
        "# MLS Interim\n\nNew York, New York, Jan 11, 2020\n\n# Agenda Bashing\n\nDana: fine.\n\n"
        "---\n\nNew York, New York, Jan 12, 2020\n\n# Rotating signature keys\n\nDana: also.\n\n"
        "Next interim:\n\nFebruary 20, 2020\n\n# Wrap up\n\nDana: bye.\n"
    )
    assert [d.text for d in found.meeting.days] == ["Jan 11, 2020", "Jan 12, 2020"]
    assert [(s.title, s.day) for s in found.sections] == [
        ("MLS Interim", 0), ("Agenda Bashing", 0), ("Rotating signature keys", 1), ("Wrap up", 1),
    ]  # fmt: skip


def test_a_sessions_line_with_its_day_and_times_above_a_title_dates_a_later_session() -> None:
    found = read(
        "DNS Operations (DNSOP) Working Group\nIETF 109\n\n"
        "Session 1: 17 November 2020, 1200-1400 +7, 0500-0700 UTC\n\nGlue is not optional\n"
        "\tDana: fine.\n\nSession 2, 2020-11-20\n\nBlack Lies\n\tDana: also fine.\n\n"
        "Session 3: 21 November 2020, room for a hackathon\n\nWrap up\n\tDana: bye.\n"
    )
    assert [d.text for d in found.meeting.days] == ["17 November 2020", "2020-11-20"]
    assert [(s.title, s.day) for s in found.sections] == [
        ("Glue is not optional", 0), ("Black Lies", 1), ("Wrap up", 1),
    ]  # fmt: skip


def test_a_weekday_and_its_part_of_the_day_around_a_later_sessions_day_date_it() -> None:
    found = read(
        "DNSOP WG\r\nIETF 118, Prague\r\n\r\nTuesday 2023-11-07 afternoon\r\n\r\n"
        "Administrivia\r\n\tDana: fine.\r\n\r\nFriday 2023-11-10 morning\r\n\r\n"
        "AD report on a document\r\n\tDana: also fine.\r\n"
    )
    assert [d.text for d in found.meeting.days][-1] == "2023-11-10"
    assert [(s.title, s.day) for s in found.sections][-2:] == [
        ("Administrivia", 0), ("AD report on a document", 1),
    ]  # fmt: skip


def test_a_sessions_line_alone_over_its_labelled_day_dates_a_later_session() -> None:
    found = read(
        "DNSOP WG\nBangkok, Thailand\nSession 1\nDate: Monday, March 17, 2025\n"
        "Time: 1530-1630 local\n\nGlue is not optional\n\tDana: fine.\n\n"
        "Session 2\nDate: Thursday, March 20, 2025\nTime: 1300-1430 local\n\n"
        "Black Lies\n\tDana: also fine.\n"
    )
    assert [d.text for d in found.meeting.days] == [
        "Monday, March 17, 2025",
        "Thursday, March 20, 2025",
    ]
    assert [(s.title, s.day) for s in found.sections] == [
        ("Glue is not optional", 0), ("Black Lies", 1),
    ]  # fmt: skip


def test_plain_text_minutes_under_a_title_and_a_summary_are_read_as_plain_text() -> None:
    found = read(
        "# ZEBRA IETF121 Chairs Actions\n\n* draft-ietf-zebra-stripes\n"
        "    - Chairs Action: WGLC\n\n* draft-dana-zebra-spots\n"
        "    - Chairs Action: Needs more work\n\n\nZEBRA WG Minutes\nDublin, Ireland\n"
        "Session 1\nDate: Monday, November 4, 2024\nTime: 1730-1900 local\n\n"
        "Stripes, Dana Example\n    Lee: fine.\n\nSession 2\n"
        "Date: Thursday, November 7, 2024\nTime: 1730-1830 local\n\n"
        "Spots, Dana Example\n    Lee: also fine.\n"
    )
    assert [d.text for d in found.meeting.days] == [
        "Monday, November 4, 2024",
        "Thursday, November 7, 2024",
    ]
    assert found.meeting.city is None  # "Chairs Actions" is no city
    assert [(s.title, s.day) for s in found.sections][-2:] == [("Stripes", 0), ("Spots", 1)]
    assert [a.quote for a in found.actions] == [
        "Chairs Action: WGLC",
        "Chairs Action: Needs more work",
    ]  # not the meeting's details below the last
    # a date labelled in a later section, no detail of the meeting beside it, is not its day
    front = "".join(f"* item {n}\n" for n in range(6))
    talk = read(f"# ZEBRA minutes\n\n{front}\n## Stripes\n\nLee: fine.\n\n## Talks\n\n"
                "Date: 1 May 2026\n")  # fmt: skip
    assert talk.meeting.days == []
    # a day labelled with its time, its weekday before it, past the first items of the front
    details = "".join(f"* chair {n}\n" for n in range(5))
    labelled = read(f"# ZEBRA minutes\n\nChairs:\n\n{details}\n"
                    "Date and time: Wednesday, 2024-07-24, 16:30-18:30 UTC\n\n## Stripes\n\n"
                    "Lee: fine.\n")  # fmt: skip
    assert [d.text for d in labelled.meeting.days] == ["Wednesday, 2024-07-24"]
    wrong = read(f"# ZEBRA minutes\n\nChairs:\n\n{details}\n"
                 "Date and time: Thursday, 2024-07-24, 16:30-18:30 UTC\n\n## Stripes\n\n"
                 "Lee: fine.\n")  # fmt: skip
    assert wrong.meeting.days == []  # a weekday not the date's own
    # a bulleted label beside another detail of the meeting, past sections of other details
    bulleted = read("# ZEBRA minutes\n\n### Chairs\n* Lee\n\n### Overlord\n* Dana\n\n"
                    "## Session\n\n* Date: 26 September 2022\n* Time: 15:00-16:00 UTC\n\n"
                    "## Stripes\n\nLee: fine.\n")  # fmt: skip
    assert [d.text for d in bulleted.meeting.days] == ["26 September 2022"]


def test_the_days_a_span_with_a_slash_names_come_before_a_later_sessions_day() -> None:
    found = read(
        "TLS Working Group Agenda, IETF 106\nSaturday and Sunday, 16/17 November, 2019\n\n"
        "Session I\n=========\n\nDana: fine.\n\nThursday, 21 November, 2019\n"
        "17:40-18:40, Thursday Afternoon session III, Canning\n\nWell-known URIs\n"
        "===============\n\nDana: also fine.\n"
    )
    assert [(d.text, d.date.first.day if d.date else None) for d in found.meeting.days] == [
        ("16/17 November, 2019", 16), ("16/17 November, 2019", 17),
        ("Thursday, 21 November, 2019", 21),
    ]  # fmt: skip
    assert [s.day for s in found.sections] == [None, 2]


def test_a_heading_naming_a_hackathon_gives_no_day_of_the_meeting() -> None:
    found = read(
        "# IETF 106 NWCRG Meeting\n\n"
        "## 1- nwcrg@ietf106-hackathon (Saturday and Sunday, Nov. 16-17, 2019)\n\n"
        "* Hackathon wiki\n\n"
        "## 2- nwcrg meeting@ietf106 (Thursday, Nov. 21, 2019, Afternoon session I)\n\n"
        "VR: Welcome.\n"
    )
    assert [(d.text, d.date.first.day if d.date else None) for d in found.meeting.days] == [
        ("Thursday, Nov. 21, 2019", 21)
    ]


def test_a_heading_naming_the_meeting_and_then_a_day_is_a_day_heading() -> None:
    found = read(
        "# Notes\n\n# MLS@IETF103 2018-10-05 @ 16:10 UTC+07:00\n\n- Two implementations\n\n"
        "# MLS@IETF103 2018-10-08 @ 11:20 UTC+07:00\n\n- Architecture\n"
    )
    assert [d.text for d in found.meeting.days] == ["2018-10-05", "2018-10-08"]
    assert [s.day for s in found.sections] == [0, 0, 1]


def test_a_weekday_before_a_dated_heading_and_the_weekday_alone_below_it_are_that_day() -> None:
    # a summary by day, then the notes by weekday alone: each weekday is the day dated so
    found = read(
        "ZEBRA WG - Summary IETF97\n\n# Wednesday 2016-11-16\n\n## Stripes\n\n- Wide.\n\n"
        "# Thursday 2016-11-17\n\n- Hallway.\n\n# ZEBRA WG minutes, IETF97\n\nWEDNESDAY\n"
        "=========\n\n* [Dana] fine.\n\nTHURSDAY\n========\n\n* [Dana] also fine.\n"
    )
    assert [d.text for d in found.meeting.days] == [
        "Wednesday 2016-11-16", "Thursday 2016-11-17",
    ]  # fmt: skip
    assert [(s.title, s.day) for s in found.sections] == [
        ("Wednesday 2016-11-16", 0), ("Stripes", 0), ("Thursday 2016-11-17", 1),
        ("ZEBRA WG minutes, IETF97", 1), ("WEDNESDAY", 0), ("THURSDAY", 1),
    ]  # fmt: skip

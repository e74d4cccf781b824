"""Import and check stay in step with their input on input built to make them slow:
many speakers, names a letter apart, a question mark repeated, unclosed comments,
many comments, many drafts, passages that share their beginnings, deadlines stated
otherwise many times over. Each test pins what a user sees; how long each takes is
bounded in the benchmark (bench/run.py --part hostile), not here."""

from __future__ import annotations

import random
import re
import string
from itertools import pairwise
from pathlib import Path

import pytest
import rtoml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from msecwg.importer import read
from msecwg.importer.blocks import Heading, Item, blocks
from msecwg.importer.documents import Candidate, _Blocks, _mentions, key
from msecwg.importer.reader import MAYBE_SAID
from msecwg.store import consistency
from msecwg.store.load import bundled_path, load
from msecwg.store.locate import present

from .conftest import Run

HEAD = "# QUIC WG IETF 110 Minutes\n\n## Discussion\n\n"


def names(count: int, seed: int = 7) -> list[str]:
    """Answer `count` made-up full names, each of two words no language has."""
    rng = random.Random(seed)

    def word(start: str, n: int) -> str:
        return start + "".join(rng.choice(string.ascii_lowercase) for _ in range(n))

    return [f"{word('Zq', 4)} {word('Xv', 5)}" for _ in range(count)]


def test_comments_hide_the_lines_they_close_and_an_unclosed_one_hides_nothing() -> None:
    text = "# T\n\n<!-- a -->\nWords here\n\n<!--\nMore words\n"
    assert blocks(text) == [
        Heading(0, 3, 1, "markdown"),
        Item(16, 16, 26, "", 0),  # "Words here"
        Item(28, 28, 43, "", 0),  # "<!--" and "More words": no comment, as it never closes
    ]
    # many openings and many comments: every comment line hidden, every word kept
    opened = blocks("<!--" * 20_000 + "\nWords\n")
    assert [(b.start, b.end) for b in opened] == [(0, 80_006)]
    closed = HEAD + "".join(f"<!-- note {n} -->\n" for n in range(5000)) + "Words\n"
    assert [type(b).__name__ for b in blocks(closed)] == ["Heading", "Heading", "Item"]


def test_a_table_of_contents_is_hidden_to_the_line_that_ends_it() -> None:
    text = (
        "# T\n\n<!-- START doctoc -->\n- [A](#a)\n<!-- END doctoc -- and more -->\n\n"
        "Words\n\n<!-- START doctoc -->\nNever ended\n"
    )
    kept = [text[b.start : b.end] for b in blocks(text)]
    assert kept == ["# T", "Words", "Never ended"]  # the start is a comment of its own


def test_two_thousand_speakers_are_two_thousand_people() -> None:
    spoken = names(2000)
    found = read(HEAD + "".join(f"{name}: we agree here\n\n" for name in spoken))
    assert [p.name for p in found.people] == spoken
    assert [t.speaker for s in found.sections for t in s.turns] == spoken
    assert not [line for line in found.left if "may be one person" in line]


def test_names_a_letter_apart_are_said_to_maybe_be_one_person_a_few_at_a_time() -> None:
    letters = string.ascii_lowercase
    spoken = [
        f"Name {a.upper()}{b}{c}" for a in letters[:8] for b in letters[:8] for c in letters[:8]
    ]
    found = read(HEAD + "".join(f"{name}: we agree here\n\n" for name in spoken))
    assert len(found.people) == 512
    assert max(len(p.maybe) for p in found.people) == 8
    pairs = sum(len(p.maybe) for p in found.people) // 2
    maybe = [line for line in found.left if "may be one person" in line]
    assert maybe[0] == "'Name Aaa' and 'Name Aab' may be one person; left apart"
    assert len(maybe) == MAYBE_SAID + 1
    assert maybe[-1] == (
        f"and {pairs - MAYBE_SAID} more pairs of names that may be one person; left apart"
    )


def test_a_question_mark_eighty_thousand_times_is_one_turn_cut_off() -> None:
    found = read("Hugh: " + "?" * 80_000 + "\n")
    (turn,) = found.front.turns
    assert (turn.speaker, turn.words, turn.cut_off) == ("Hugh", "?" * 80_000, True)


def test_five_thousand_drafts_are_five_thousand_documents_in_their_order() -> None:
    found = read(HEAD + "".join(f"- draft-ietf-quic-topic{n}-00 discussed\n" for n in range(5000)))
    assert [d.name for d in found.documents] == [
        f"draft-ietf-quic-topic{n}-00" for n in range(5000)
    ]
    named = read(HEAD + "".join(f"- the Topic{n} draft is discussed\n" for n in range(5000)))
    assert [d.name for d in named.documents] == [f"Topic{n}" for n in range(5000)]


def test_passages_that_share_their_beginnings_are_each_found_once_present() -> None:
    shared = "The working group noted that "
    passages = [f"{shared}item {n} of the list stands." for n in range(5000)]
    text = " ".join(passages[::2])
    absent = {f"{shared}item {n} of the list stands.." for n in range(0, 5000, 2)}
    assert present(text, [*passages, *absent]) == set(passages[::2])


def hostile_dates(folder: Path, items: int, points: int) -> Path:
    """Write the bundled meeting with `items` copies of action item (a) (MIKEY, Friday
    1 August 2003) and `points` summary points giving MIKEY another date."""
    bundled = bundled_path()
    data = rtoml.loads(bundled.read_text(encoding="utf-8"))
    minutes = (bundled.parent / data["minutes"]).read_text(encoding="utf-8")
    data.pop("facts")
    (item,) = [a for a in data["actions"] if a["id"] == "a"]
    data["actions"] = [{**item, "id": f"a-{n}"} for n in range(items)]
    data["sections"][1]["points"] += ["MIKEY closes 15 August 2003."] * points
    (folder / data["minutes"]).write_text(minutes + "MIKEY closes 15 August 2003.\n")
    path = folder / "many.toml"
    path.write_text(rtoml.dumps(data), encoding="utf-8")
    return path


def test_check_shows_fifty_notes_and_counts_the_rest(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = hostile_dates(tmp_path, 100, 100)
    t = load(path)
    with monkeypatch.context() as uncapped:
        uncapped.setattr(consistency, "NOTES", 10**9)
        every = consistency.notes(t)
    monkeypatch.setattr(consistency, "PAIRS", 50)  # counted, not compared one by one
    result = run("check", str(path))
    notes = [line.removeprefix("note: ") for line in result.stdout.splitlines()]
    assert result.exit_code == 0
    # each item against each point giving another date, and against the point that
    # leaves out its condition; each item's condition; the speaker written uncertain
    assert len(every) == 100 * 100 + 100 + 100 + 1
    assert notes[: consistency.NOTES] == every[: consistency.NOTES]
    assert notes[consistency.NOTES] == (
        f"and {len(every) - consistency.NOTES} more notes like these, not shown"
    )


def short_quotes(tmp_path: Path) -> Path:
    """Write the bundled meeting with a person resting on "?" and a document on "G"."""
    bundled = bundled_path()
    data = rtoml.loads(bundled.read_text(encoding="utf-8"))
    (tmp_path / data["minutes"]).write_bytes((bundled.parent / data["minutes"]).read_bytes())
    data.pop("facts")
    data["people"][0]["quotes"] = ["?"]
    data["documents"][0]["quotes"] = [data["documents"][0]["quotes"][0], "G"]
    path = tmp_path / "short.toml"
    path.write_text(rtoml.dumps(data), encoding="utf-8")
    return path


def test_check_refuses_a_quote_too_short_to_show_where_the_minutes_say_it(
    run: Run, tmp_path: Path
) -> None:
    path = short_quotes(tmp_path)
    result = run("check", str(path))
    assert result.exit_code == 1
    how = (
        "is too short to show where the minutes say it; quote the words of the minutes "
        "around it (two characters or more, a letter or digit among them)"
    )
    assert result.stderr.splitlines()[:2] == [
        f"msecwg: {path}: people[0].quotes[0]: '?' {how}",
        f"msecwg: {path}: documents[0].quotes[1]: 'G' {how}",
    ]


def test_import_leaves_out_a_quote_too_short_and_says_so(run: Run, tmp_path: Path) -> None:
    minutes = tmp_path / "ietf110.md"
    minutes.write_text(HEAD + "Lars: we agree here\n\n??: ??\n", encoding="utf-8")
    result = run("import", str(minutes), "-o", str(tmp_path / "out.toml"))
    assert result.exit_code == 0, result.stderr
    written = (tmp_path / "out.toml").read_text(encoding="utf-8")
    assert (
        "# Left for a person: left out sections[0].exchanges[1].quotes[0]: '??: ??' is too "
        "short to show\n#   where the minutes say it;" in written
    )
    data = rtoml.loads(written)
    assert [e["speaker"] for e in data["sections"][0]["exchanges"]] == ["Lars"]
    assert run("check", str(tmp_path / "out.toml")).exit_code == 0


# Mentions: every name of every document found at once (mentions.py) finds what a
# pattern of each document's names finds in each block, one after another.

LETTER_THEN_DIGIT = re.compile(r"(?<=[A-Za-z])(?=\d)")


def _pattern(candidate: Candidate, others: list[str]) -> re.Pattern[str]:
    """The names of one document as one pattern, as documents were once found."""

    def words(name: str) -> str:
        return r"[-\s]+".join(
            r"\s?".join(re.escape(part) for part in LETTER_THEN_DIGIT.split(word))
            for word in re.split(r"[-\s]+", name)
        )

    if candidate.kind == "rfc":
        return re.compile(rf"\bRFC[ -]?{candidate.key[3:]}\b(?!bis)", re.IGNORECASE)
    if candidate.kind == "draft":  # another name in one plain word only as written
        ways = [
            rf"{re.escape(candidate.key)}(?:-\d\d|-\*)?",
            *(f"(?-i:{words(o)})" if o.isalpha() else words(o) for o in others),
        ]
        return re.compile(rf"(?<![\w-])(?:{'|'.join(ways)})(?![\w-])", re.IGNORECASE)
    cased = " " not in candidate.name and candidate.name[1:].islower()
    ways = [words(n) for n in [candidate.name, *others]]
    revision = r"(?:-\d\d|-\*)?" if candidate.key.endswith("bis") else ""  # "7710-bis-00"
    return re.compile(
        rf"(?<![\w-])(?:{'|'.join(ways)}){revision}(?![\w-])", 0 if cased else re.IGNORECASE
    )


ATOMS = ["quic", "QUIC", "lb", "LB", "-", " ", "  ", "\t", "\n", "bcp", "56", "bis", "BCP56bis",
         "draft-ietf-quic-lb", "-07", "-*", "_", "a", "1", "\u0130", "Transport", "transport",
         "RFC", "9000", "(", ")", "."]  # fmt: skip
NAMES = ["QUIC", "QUIC LB", "quic-lb", "BCP56bis", "BCP 56bis", "LB", "Transport", "A",
         "lb-", "-lb", "\u0130 quic"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@example(atoms=["BCP56bis", "-07"], cuts=[], chosen=["BCP56bis"], others=[[]] * 4)
@given(
    atoms=st.lists(st.sampled_from(ATOMS), max_size=40),
    cuts=st.lists(st.integers(0, 200), max_size=6),
    chosen=st.lists(st.sampled_from(["draft", "rfc", *NAMES]), min_size=1, max_size=4),
    others=st.lists(st.lists(st.sampled_from(NAMES), max_size=3), min_size=4, max_size=4),
)
def test_mentions_are_found_as_a_pattern_of_each_documents_names_finds_them(
    atoms: list[str], cuts: list[int], chosen: list[str], others: list[list[str]]
) -> None:
    text = "".join(atoms)
    ends = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    spans = list(pairwise(ends))
    candidates: list[Candidate] = []
    for name in dict.fromkeys(chosen):
        if name == "draft":
            candidates.append(Candidate("draft-ietf-quic-lb", "draft", "draft-ietf-quic-lb", None))
        elif name == "rfc":
            candidates.append(Candidate("rfc9000", "rfc", "RFC 9000", None))
        elif all(c.key != key("named", name) for c in candidates):
            candidates.append(Candidate(key("named", name), "named", name, None))
    also = {c.key: list(o) for c, o in zip(candidates, others, strict=False)}
    expected = [
        [
            m.span()
            for start, end in spans
            for m in _pattern(c, also[c.key]).finditer(text, start, end)
        ]
        for c in candidates
    ]
    assert _mentions(_Blocks(text, spans), candidates, also) == expected


@pytest.mark.parametrize(("others", "joined"), [(0, True), (1, False), (100, False)])
def test_a_first_name_joins_the_one_full_name_it_can_be_and_no_one_of_several(
    others: int, joined: bool
) -> None:
    spoken = ["Martin Thomson", *(f"Martin {name.split()[1]}" for name in names(others, seed=3))]
    found = read(HEAD + "".join(f"{name}: we agree here\n\n" for name in [*spoken, "Martin"]))
    assert (found.people[0].written == ["Martin Thomson", "Martin"]) is joined
    assert len(found.people) == len(spoken) + (0 if joined else 1)

"""Transcriptions written for people to read and edit: no line over 100 characters but
one that holds a single word too long for it, and every value reading back as it was
written, with rtoml (as msecwg reads) and with the standard library's tomllib."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import msgspec
import pytest
import rtoml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msecwg.importer.transcribe import to_toml
from msecwg.model import Exchange, Meeting, Person, Section, Transcription, WrittenDate

from .conftest import SHARED, Run

# What a line holds besides its value: indentation, a key and opening quotation marks
# before it; after it, a comma, closing quotation marks, or the backslash that
# continues a string.
_BEFORE = re.compile(r"^ *(?:[a-z_]+ = )?(?:\"{1,3}|'{1,3})?")
_AFTER = re.compile(r"""(?: \\|,|"+|'+)*$""")


def wordy_long_lines(text: str) -> list[str]:
    """The lines of a transcription's TOML, below its header comments, that are over
    100 characters and hold more than one word (a space between two things)."""
    body = text.split("\n\n", 1)[1]
    return [
        line
        for line in body.splitlines()
        if len(line) > 100 and re.search(r"[^ ] +[^ ]", _AFTER.sub("", _BEFORE.sub("", line)))
    ]


def read_back(text: str) -> tuple[Transcription, Transcription]:
    """The transcription a TOML text holds, as rtoml reads it and as tomllib does."""
    return (
        msgspec.convert(rtoml.loads(text), Transcription),
        msgspec.convert(tomllib.loads(text), Transcription),
    )


LONG_QUOTE = (
    "The MSEC WG met on Monday night (14 July 2003), with presentations and updates on the "
    "current drafts."
)
URL = "https://www.ietf.org/proceedings/57/slides/msec-1/msec-gsakmp-presentation-revised.pdf"
WORDS = (
    'He asked whether "the policy token" is needed \\ for GSAKMP, and said: see ' + URL + " and "
    "the list."
)
SAMPLE = Transcription(
    schema=2,
    minutes="msec-ietf57-minutes.txt",
    meeting=Meeting(
        working_group="MSEC",
        ietf=57,
        city="Vienna",
        date=WrittenDate(day=dt.date(2003, 7, 14), text="Monday night (14 July 2003)"),
        quotes=[LONG_QUOTE, "IETF57 Vienna"],
    ),
    people=[Person(id="hugh", name="Hugh", quotes=["Hugh: You need a policy token."])],
    sections=[
        Section(
            key="gsakmp",
            heading="GSAKMP",
            title="GSAKMP",
            points=["GSAKMP is aimed at Standards Track.", "GSAKMP-Light is deprecated."],
            exchanges=[
                Exchange(speaker="Hugh", person="hugh", words=WORDS, quotes=[f"Hugh: {WORDS}"])
            ],
        )
    ],
)


def test_a_transcription_is_written_with_long_strings_over_lines_that_end_in_a_backslash() -> None:
    assert to_toml(SAMPLE, Path("minutes.txt"), ["1 turn naming no speaker (Ans)"]) == (
        "# Transcription of minutes.txt, made by msecwg import from the minutes as written.\n"
        "# Every record quotes the minutes; what the minutes do not say is left out. Review it\n"
        "# (states are msecwg's words: set them from the minutes), then: msecwg check FILE\n"
        "# Left for a person: 1 turn naming no speaker (Ans)\n"
        "\n"
        "schema = 2\n"
        'minutes = "msec-ietf57-minutes.txt"\n'
        "\n"
        "[meeting]\n"
        'working_group = "MSEC"\n'
        "ietf = 57\n"
        'city = "Vienna"\n'
        'date = { day = 2003-07-14, text = "Monday night (14 July 2003)" }\n'
        "quotes = [\n"
        '  """\\\n'
        "    The MSEC WG met on Monday night (14 July 2003), with presentations and updates on the "
        "current \\\n"
        '    drafts.""",\n'
        '  "IETF57 Vienna",\n'
        "]\n"
        "\n"
        "[[people]]\n"
        'id = "hugh"\n'
        'name = "Hugh"\n'
        'quotes = ["Hugh: You need a policy token."]\n'
        "\n"
        "[[sections]]\n"
        'key = "gsakmp"\n'
        'heading = "GSAKMP"\n'
        'title = "GSAKMP"\n'
        'points = ["GSAKMP is aimed at Standards Track.", "GSAKMP-Light is deprecated."]\n'
        "\n"
        "[[sections.exchanges]]\n"
        'speaker = "Hugh"\n'
        'person = "hugh"\n'
        'words = """\\\n'
        '  He asked whether "the policy token" is needed \\\\ for GSAKMP, and said: see \\\n'
        f"  {URL} and the \\\n"
        '  list."""\n'
        "quotes = [\n"
        '  """\\\n'
        '    Hugh: He asked whether "the policy token" is needed \\\\ for GSAKMP, and said: see \\\n'
        f"    {URL} and the \\\n"
        '    list.""",\n'
        "]\n"
    )


def test_the_sample_reads_back_as_written_with_no_line_over_100_characters() -> None:
    text = to_toml(SAMPLE, Path("minutes.txt"))
    assert read_back(text) == (SAMPLE, SAMPLE)
    assert max(len(line) for line in text.splitlines()) == 100


def test_a_word_too_long_for_a_line_stays_whole_on_a_line_of_its_own() -> None:
    long_word = "https://example.org/" + "a" * 120
    t = msgspec.structs.replace(SAMPLE, meeting=Meeting(working_group="MSEC", quotes=[long_word]))
    text = to_toml(t, Path("minutes.txt"))
    assert text.split("[meeting]\n")[1].split("\n\n")[0].splitlines() == [
        'working_group = "MSEC"',
        "quotes = [",
        f'  "{long_word}",',
        "]",
    ]
    assert wordy_long_lines(text) == []
    said = f"See {long_word} now"
    t = msgspec.structs.replace(SAMPLE, meeting=Meeting(working_group="MSEC", quotes=[said]))
    text = to_toml(t, Path("minutes.txt"))
    assert text.split("[meeting]\n")[1].split("\n\n")[0].splitlines() == [
        'working_group = "MSEC"',
        "quotes = [",
        '  """\\',
        "    See \\",
        f"    {long_word} \\",
        '    now""",',
        "]",
    ]
    assert read_back(text) == (t, t)


def test_a_space_before_a_word_too_long_for_a_line_is_no_second_word() -> None:
    heading = " " + "0" * 40 + "\x1f" * 7 + "\x07"
    section = msgspec.structs.replace(SAMPLE.sections[0], heading=heading, title=heading)
    t = msgspec.structs.replace(SAMPLE, sections=[section])
    text = to_toml(t, Path("minutes.txt"))
    written = 'heading = " ' + "0" * 40 + "\\u001f" * 7 + '\\u0007"'
    assert written in text.splitlines()
    assert wordy_long_lines(text) == []
    assert read_back(text) == (t, t)


# Text made of what TOML treats with care: spaces (where lines break), quotation marks
# (three end a multi-line string), backslashes, apostrophes (no literal string then),
# control characters, and letters beyond ASCII.
_CAREFUL = st.sampled_from([" ", "  ", '"', '""', "'", "\\", "\t", "\n", "\r", "\x7f", "\x00"])
_WORD = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)
_TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300),
    st.lists(st.one_of(_WORD, _CAREFUL), min_size=1, max_size=60).map("".join),
    st.lists(_WORD, min_size=1, max_size=60).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=_TEXT, quote=_TEXT, point=_TEXT, heading=_TEXT)
def test_any_text_reads_back_identical_and_keeps_the_line_bound(
    words: str, quote: str, point: str, heading: str
) -> None:
    exchange = Exchange(speaker="Hugh", person="hugh", words=words, quotes=[quote, words])
    section = Section(
        key="gsakmp", heading=heading, title=heading, points=[point], exchanges=[exchange]
    )
    t = msgspec.structs.replace(SAMPLE, sections=[section])
    text = to_toml(t, Path("minutes.txt"))
    assert read_back(text) == (t, t)
    assert wordy_long_lines(text) == []


def test_a_long_comment_goes_on_over_indented_lines_keeping_every_word() -> None:
    long_word = "https://example.org/" + "a" * 100
    left = [
        "names read as one speaker, not tied by the minutes: 'Lakshminath' (also 'Laskhminath')",
        f"see {long_word} now",
    ]
    text = to_toml(SAMPLE, Path("minutes-interim-2020-quic-01-\x1b]0;owned\x07.md"), left)
    assert text.split("\n\n")[0].splitlines() == [
        "# Transcription of minutes-interim-2020-quic-01-\\x1b]0;owned\\x07.md, made by msecwg "
        "import from the",
        "#   minutes as written.",
        "# Every record quotes the minutes; what the minutes do not say is left out. Review it",
        "# (states are msecwg's words: set them from the minutes), then: msecwg check FILE",
        "# Left for a person: names read as one speaker, not tied by the minutes: 'Lakshminath' "
        "(also",
        "#   'Laskhminath')",
        "# Left for a person: see",
        f"#   {long_word}",
        "#   now",
    ]
    assert read_back(text) == (SAMPLE, SAMPLE)


def long_comment_lines(folder: Path) -> list[str]:
    """The comment lines over 100 characters in the transcriptions in a folder."""
    return [
        line
        for path in sorted(folder.glob("*.toml"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("#") and len(line) > 100
    ]


def test_the_quic_transcriptions_have_no_comment_line_over_100_characters(quic: Path) -> None:
    header = (quic / "quic-ietf104.toml").read_text(encoding="utf-8").split("\n\n")[0]
    assert len(header.splitlines()) > 10  # what is left for a person, over several lines
    assert long_comment_lines(quic) == []


def test_the_httpwg_transcriptions_have_no_comment_line_over_100_characters(
    run: Run, tmp_path: Path
) -> None:
    source = SHARED / "minutes" / "httpwg"
    if not source.is_dir():
        pytest.skip(f"no shared minutes at {source}")
    result = run("import", str(source), "-o", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert len(list(tmp_path.glob("*.toml"))) == 7
    assert long_comment_lines(tmp_path) == []

"""Text msecwg writes for a terminal holds nothing that can steer it, and no line on
stderr runs on: TOML keeps its meaning with every steering character escaped, and a
long line is cut in its middle, saying how much is left out."""

from __future__ import annotations

import rtoml
from hypothesis import given
from hypothesis import strategies as st

from msecwg.show.safe import LINE, bounded, escape_toml

STEERING = {
    *range(0x00, 0x09),
    *range(0x0B, 0x20),
    *range(0x7F, 0xA0),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
}
# Text full of what can steer a terminal, and of what TOML's strings treat specially.
HOSTILE = st.text(
    st.sampled_from(["a", " ", "\t", "\n", "\\", '"', "'", "#", "\x1b", "\x85", "\x9b", "\u202e"]),
    max_size=30,
)


def steering(text: str) -> list[str]:
    """Answer the characters of a text that can steer a terminal."""
    return [c for c in text if ord(c) in STEERING]


@given(HOSTILE)
def test_any_toml_string_keeps_its_value_with_nothing_left_to_steer_a_terminal(text: str) -> None:
    document = rtoml.dumps({"value": text, "list": [text, "plain"]})
    escaped = escape_toml(document)
    assert steering(escaped) == []
    assert rtoml.loads(escaped) == {"value": text, "list": [text, "plain"]}


@given(HOSTILE.filter(lambda t: "'" not in t and "\r" not in t))
def test_literal_strings_become_basic_strings_of_the_same_text(text: str) -> None:
    single = text.replace("\n", " ")
    document = f"one = '{single}'\nmany = '''\n{text}'''\n"
    escaped = escape_toml(document)
    assert steering(escaped) == []
    assert rtoml.loads(escaped) == {"one": single, "many": text}


def test_comments_write_steering_characters_as_python_does_and_strings_as_toml_does() -> None:
    document = "# made from m\x1b]0;x\x07.md \u202eevil\n# plain\nk = 'a\u202eb\"c'  # x\x85\n"
    assert escape_toml(document) == (
        '# made from m\\x1b]0;x\\x07.md \\u202eevil\n# plain\nk = "a\\u202eb\\"c"  # x\\x85\n'
    )


def test_a_document_without_steering_characters_is_left_as_it_is() -> None:
    document = '# Transcription of minutes.md\nk = \'it "is" so\'\nm = """\nline\\\n  more"""\n'
    assert escape_toml(document) is document


def test_a_long_line_keeps_its_start_and_end_and_says_how_much_is_left_out() -> None:
    line = "a" * 500 + "b" * 500
    assert bounded(line) == "a" * 289 + " … and 631 more characters … " + "b" * 80
    assert len(bounded(line)) <= LINE
    assert len(bounded("c" * 14_000_000)) <= LINE


def test_a_line_no_longer_than_the_bound_is_left_as_it_is() -> None:
    assert bounded("x" * LINE) == "x" * LINE
    assert bounded("msecwg: no such command") == "msecwg: no such command"

"""The quote rule: every passage is found in the minutes wherever it stands in them, an
exchange's words by its quotes where they are there, and by themselves where not."""

from __future__ import annotations

import msgspec
import pytest

from msecwg.dates import brief
from msecwg.model import Transcription
from msecwg.store import load, validate
from msecwg.store.files import read_text


@pytest.fixture
def bundled() -> tuple[Transcription, str]:
    path = load.bundled_path()
    t = load.load(path)
    return t, validate.fold(read_text(path.parent / t.minutes, "minutes"))


def test_passages_are_found_in_any_order_however_little_is_looked_through(
    bundled: tuple[Transcription, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    t, minutes = bundled
    passages = [validate.fold(p) for _, p in validate._passages(t)]
    shuffled = [*reversed(passages), "not a passage of these minutes"]
    for looked in (16, 1, 0):
        monkeypatch.setattr(validate, "LOOKED", looked)
        found, rest = validate._in_order(minutes, shuffled)
        assert found | validate.present(minutes, set(rest)) == set(passages)
        assert list(validate.quotes(t, minutes)) == []


def test_words_in_a_quote_not_in_the_minutes_are_looked_for_themselves(
    bundled: tuple[Transcription, str],
) -> None:
    t, minutes = bundled
    i, s = next((i, s) for i, s in enumerate(t.sections) if s.exchanges)
    e = s.exchanges[0]
    changed = msgspec.structs.replace(e, quotes=[f"{e.quotes[0]} (not said)"])
    sections = list(t.sections)
    sections[i] = msgspec.structs.replace(s, exchanges=[changed, *s.exchanges[1:]])
    t = msgspec.structs.replace(t, sections=sections)
    said = brief(changed.quotes[0])
    assert list(validate.quotes(t, minutes)) == [
        f"sections[{i}].exchanges[0].quotes[0]: not in the minutes: {said}"
    ]
    elsewhere = msgspec.structs.replace(changed, words=f"{e.words} (not said)")
    sections[i] = msgspec.structs.replace(s, exchanges=[elsewhere, *s.exchanges[1:]])
    t = msgspec.structs.replace(t, sections=sections)
    assert list(validate.quotes(t, minutes)) == [
        f"sections[{i}].exchanges[0].words: not in the minutes: {brief(elsewhere.words)}",
        f"sections[{i}].exchanges[0].quotes[0]: not in the minutes: {said}",
    ]


def test_a_quote_of_one_character_or_of_no_letter_is_too_short_though_found(
    bundled: tuple[Transcription, str],
) -> None:
    t, minutes = bundled
    m = msgspec.structs.replace(t.meeting, quotes=[*t.meeting.quotes, "-", "a", "  "])
    problems = list(validate.quotes(msgspec.structs.replace(t, meeting=m), minutes))
    n = len(t.meeting.quotes)
    assert [p.split(":")[0] for p in problems] == [
        f"meeting.quotes[{n}]", f"meeting.quotes[{n + 1}]", f"meeting.quotes[{n + 2}]",
    ]  # fmt: skip
    assert (
        problems[2] == f"meeting.quotes[{n + 2}]: holds no words; a quote is words of the minutes"
    )

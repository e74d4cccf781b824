"""A pattern matched case aside answers what re.IGNORECASE answers, on any text."""

import re

import pytest

from msecwg.importer.text import CaseAside

PATTERN = re.compile(r"(?:^|,\s+)(?P<who>i|we)\s+(?:will|can)\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)
TEXTS = [
    "We will write it, I CAN review it, and we Will Merge",
    "nothing here",
    "\u0130 will fix it, \u0131 can Fix it, We will \u017fend it",
    "Fine.\nwe will K\u212aeep it",
]


@pytest.mark.parametrize("text", TEXTS)
def test_matches_as_ignoring_case_matches(text: str) -> None:
    aside = CaseAside(PATTERN)
    expected = [(m.span(), m.group("who", "verb")) for m in PATTERN.finditer(text)]
    assert [(m.span(), m.group("who", "verb")) for m in aside.finditer(text)] == expected
    first = aside.search(text)
    assert (first and first.span()) == (expected[0][0] if expected else None)


def test_takes_only_patterns_in_lower_case_ignoring_case() -> None:
    with pytest.raises(ValueError):
        CaseAside(re.compile(r"\bWill\b", re.IGNORECASE))
    with pytest.raises(ValueError):
        CaseAside(re.compile(r"\bwill\b"))
    CaseAside(re.compile(r"\bwill\s\W(?P<Name>x)\u2019", re.IGNORECASE))

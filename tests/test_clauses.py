"""A pattern matched where a clause starts answers what re answers of CLAUSE before it."""

import re

import pytest

from msecwg.importer.actions import CLAUSE, NAMED, OWN, Clauses

TEXTS = [
    "I will fix it. Brian will make a PR, and we'll file an issue",
    "  and I will fix it - Ekr to write text; so lars and I will chat",
    ", and we will review; then Martin Duke will post it",
    "\u0130 will fix it, \u0131 can Fix it, We will \u017fend it",
    "nothing here.  Really:\tchairs will send  it",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("clauses", [NAMED, OWN])
def test_matches_as_re_matches(clauses: Clauses, text: str) -> None:
    pattern = re.compile(CLAUSE + clauses.at_start.pattern, clauses.at_start.flags)
    expected = [(m.span(), m.group("who", "verb")) for m in pattern.finditer(text)]
    assert [(m.span(), m.group("who", "verb")) for m in clauses.finditer(text)] == expected

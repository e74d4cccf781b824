"""Finding many words or passages in a text at once, in one pass over it.

Checking each of a transcription's passages against its minutes one by one takes
time in proportion to the product of their sizes; an Aho-Corasick automaton (the
pyahocorasick library) finds them all in one pass, in time that grows with the
text and the passages, not with their product.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any


def automaton(words: Iterable[str]) -> Any:
    """Answer an automaton that finds every one of the words, each its own value."""
    import ahocorasick

    found = ahocorasick.Automaton()
    for word in words:
        if word:
            found.add_word(word, word)
    if len(found):
        found.make_automaton()
    return found


def occurrences(found: Any, text: str) -> Iterator[tuple[int, str]]:
    """Yield where each word of the automaton occurs in the text: its start and the word."""
    import ahocorasick

    if found.kind == ahocorasick.AHOCORASICK:  # made, so it holds words
        for end, word in found.iter(text):
            yield end - len(word) + 1, word


PREFIX = 24
"""How much of each passage the automaton holds; the rest is compared where it is found."""


def present(text: str, passages: Iterable[str]) -> set[str]:
    """Answer which of the passages occur in the text: their first PREFIX characters are
    found in one pass, then each passage is compared in full where its beginning is.
    The automaton stays small however long the passages are (the time to build one
    grows faster than the characters it holds)."""
    by_prefix: dict[str, list[str]] = {}
    for passage in set(passages):
        by_prefix.setdefault(passage[:PREFIX], []).append(passage)
    found: set[str] = set()
    for start, prefix in occurrences(automaton(by_prefix), text):
        for passage in by_prefix[prefix]:
            if passage not in found and text.startswith(passage, start):
                found.add(passage)
    return found


def words_in(found: Any, text: str) -> set[str]:
    """Answer which words of the automaton occur in the text as whole words: not as
    part of a longer word ("Hugh" in "Hugh:", not in "Hughes")."""
    whole = set()
    for start, word in occurrences(found, text):
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            whole.add(word)
    return whole

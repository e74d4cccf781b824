"""Finding many passages in a text in one pass (Aho-Corasick), in time linear in both."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import msgspec


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
    for end, word in found.iter(text) if len(found) else ():  # made only if it holds words
        yield end - len(word) + 1, word


PREFIX = 24  # how much of each passage the automaton holds; the rest is compared PREFIX at a time


class _Rest(msgspec.Struct):
    """The passages that start alike, by what follows, and how many are not found yet."""

    ends: dict[str, str] = {}
    lengths: set[int] = set()
    next: dict[str, _Rest] = {}
    unfound: int = 0


def present(text: str, passages: Iterable[str]) -> set[str]:
    """Answer which passages occur in the text."""
    alike: dict[str, list[str]] = {}
    for passage in set(passages):
        alike.setdefault(passage[:PREFIX], []).append(passage)
    starts = {prefix: _rest(several) for prefix, several in alike.items() if len(several) > 1}
    found: set[str] = set()
    done: set[str] = set()  # the beginnings whose passages are all found
    finder = automaton(alike)
    for start, prefix in occurrences(finder, text):
        if prefix in done:
            continue
        node = starts.get(prefix)
        if node is None:
            (passage,) = alike[prefix]
            if text.startswith(passage, start):
                found.add(passage)
                done.add(prefix)
            continue
        path = [node]
        at = start + len(prefix)
        while path[-1].unfound:
            node = path[-1]
            for length in node.lengths:
                ending = node.ends.get(text[at : at + length])
                if ending is not None and ending not in found:
                    found.add(ending)
                    for passed in path:
                        passed.unfound -= 1
            following = node.next.get(text[at : at + PREFIX])
            if following is None:
                break
            path.append(following)
            at += PREFIX
        if not path[0].unfound:
            done.add(prefix)
    return found


def _rest(passages: list[str]) -> _Rest:
    """Answer the passages that share their first PREFIX characters, by what follows."""
    start = _Rest()
    for passage in passages:
        node = start
        node.unfound += 1
        at = min(PREFIX, len(passage))
        while len(passage) - at > PREFIX:
            node = node.next.setdefault(passage[at : at + PREFIX], _Rest())
            node.unfound += 1
            at += PREFIX
        node.ends[passage[at:]] = passage
        node.lengths.add(len(passage) - at)
    return start


def words_in(found: Any, text: str) -> set[str]:
    """Answer which words of the automaton occur in the text as whole words."""
    padded = f" {text} "  # a word at either end has a space beside it
    return {
        word
        for start, word in occurrences(found, text)
        if not (padded[start].isalnum() or padded[start + len(word) + 1].isalnum())
    }

"""Where the minutes mention documents by name: every name of every document found in
one pass over the text, in time that grows with the text and the names, never with
their product.

A name is mentioned where it is written in any case, its words apart by any run of
spaces or hyphens, a number after letters with or without a space between ("BCP56bis",
"BCP 56bis"), standing alone: no letter, digit, underscore or hyphen right before or
after it. A draft's name is mentioned with or without its revision ("-07") or a
wildcard ("-*") after it. Where several names of one document could be read at one
place, the first of its names wins (a draft's own name first); the mentions of one
document never overlap, and each lies within one block of the minutes.

The text is read once, its letters case folded: an Aho-Corasick automaton (the
pyahocorasick library) finds the first word of every name at once, and from each
place found the names are followed word by word through a tree of their words, then
compared with the text as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

SEPARATORS = re.compile(r"[-\s]+")
SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")
"""The characters but " " that re's \\s finds (str.isspace: none above U+3000)."""
ASCII = bytes(range(128))
"""The bytes of the ASCII characters."""
LETTER_THEN_DIGIT = re.compile(r"(?<=[A-Za-z])(?=\d)")
"""Where a space may stand or not inside a name's word: after a letter, before a digit."""

# The steps of a name as written: a run of its letters, a run of spaces and hyphens
# (one or more), or the space that may stand between a letter and a digit.
SEP, OPT = 1, 2
Step = str | int


class Name(NamedTuple):
    """One name of one document: the document's place among those looked for, the
    name's place among the document's names, whether its case counts, its steps,
    and whether a revision or wildcard may follow it (a draft's own name)."""

    owner: int
    order: int
    cased: bool
    steps: tuple[Step, ...]
    versioned: bool


def steps_of(name: str) -> tuple[Step, ...]:
    """Answer the steps of a name: its words apart by runs of spaces and hyphens, a
    space or none between a letter and a digit ("BCP56bis", "BCP 56bis")."""
    steps: list[Step] = []
    for n, word in enumerate(SEPARATORS.split(name)):
        if n:
            steps.append(SEP)
        for m, part in enumerate(LETTER_THEN_DIGIT.split(word)):
            if m:
                steps.append(OPT)
            if part:
                steps.append(part)
    return tuple(steps)


def name(
    owner: int,
    order: int,
    written: str,
    *,
    cased: bool,
    literal: bool = False,
    versioned: bool = False,
) -> Name:
    """Answer a name to find: `written` as a name (its words apart by any spaces or
    hyphens), or, `literal`, a draft's own name as it is (a revision or wildcard may
    follow it, as after a name `versioned`: "7710-bis-00"). `cased`: only in the case
    written."""
    steps = (written,) if literal else steps_of(written)
    if not cased:
        steps = tuple(fold(s) if isinstance(s, str) else s for s in steps)
    return Name(owner, order, cased, steps, literal or versioned)


def fold(text: str) -> str:
    """Answer the text with each letter as re.IGNORECASE compares it, one character for
    one (the dotted capital I as "i", the long s as "s"), so that offsets stay those
    of the text."""
    if text.isascii():
        return text.lower()
    for c in _not_ascii(text):
        folded = _folded_letter(c)
        if folded != c.lower():
            text = text.replace(c, folded)
    return text.lower()


def _not_ascii(text: str) -> set[str]:
    """Answer the characters of a text that are not ASCII: its UTF-8 without the bytes
    of ASCII, which are never part of another character's."""
    encoded = text.encode("utf-8", "surrogatepass")
    return set(encoded.translate(None, ASCII).decode("utf-8", "surrogatepass"))


def _folded_letter(c: str) -> str:
    """Answer one character as re.IGNORECASE compares it, as one character."""
    if c in "\u0130\u0131":  # the dotted capital I and the dotless i
        return "i"
    folded = c.casefold()
    if len(folded) == 1:
        return folded
    lower = c.lower()
    return lower if len(lower) == 1 else c


def _spaced(text: str) -> str:
    """Answer the text with each character re's \\s finds as " ", offsets kept."""
    for c in SPACES:
        if c in text:
            text = text.replace(c, " ")
    return text


def _is_word(c: str) -> bool:
    """Answer whether a character is one re's \\w finds."""
    return c.isalnum() or c == "_"


def _is_separator(c: str) -> bool:
    """Answer whether a character is a space or a hyphen."""
    return c == "-" or c.isspace()


def _stands_alone_before(text: str, at: int) -> bool:
    """Answer whether nothing of a word or hyphen stands right before `at`."""
    return at == 0 or not (_is_word(text[at - 1]) or text[at - 1] == "-")


def _stands_alone_after(text: str, at: int, end: int) -> bool:
    """Answer whether nothing of a word or hyphen stands at `at` (`end`: where the
    block ends, after which nothing counts)."""
    return at >= end or not (_is_word(text[at]) or text[at] == "-")


class _Node:
    """A place in the tree of the names' words: the names that end here, and the
    words that follow, after a run of spaces and hyphens or a space that may be."""

    __slots__ = ("ends", "lengths", "next")

    def __init__(self) -> None:
        self.ends: list[int] = []
        self.next: dict[tuple[int, str], _Node] = {}
        self.lengths: dict[int, set[int]] = {}


def _segments(steps: Sequence[Step]) -> tuple[list[tuple[int, str]], bool, bool]:
    """Answer a name's words, each with what stands before it (0 for the first), and
    whether the name starts and ends with a run of spaces and hyphens."""
    leading = bool(steps) and steps[0] == SEP
    trailing = len(steps) > 1 and steps[-1] == SEP
    body = steps[1 if leading else 0 : len(steps) - 1 if trailing else len(steps)]
    segments: list[tuple[int, str]] = []
    before = 0
    for step in body:
        if isinstance(step, str):
            segments.append((before, step))
            before = 0
        else:
            before = step
    return segments, leading, trailing


def _leads(first: str, rest: Sequence[tuple[int, str]]) -> list[str]:
    """Answer the ways a name starts, up to its first run of spaces and hyphens: its first
    word, then the words after it a space may stand before (up to three), with or
    without a space."""
    leads = [first]
    for before, word in rest[:3]:
        if before != OPT:
            break
        word = fold(word)
        leads = [*(lead + word for lead in leads), *(f"{lead} {word}" for lead in leads)]
    return leads


class Finder:
    """The minutes' text, read once, to find names in its blocks (`spans`, in order)."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.folded = fold(text)
        self.spans = list(spans)
        self.starts = [start for start, _ in self.spans]

    def find(self, names: Sequence[Name], owners: int) -> list[list[tuple[int, int]]]:
        """Answer, for each of `owners` documents, the spans of its mentions in order,
        by the names given (each with its owner's place)."""
        import ahocorasick

        roots: dict[str, _Node] = {}
        after_run: set[str] = set()  # first words of names that start with a run of spaces
        leads: dict[str, set[str]] = {}  # how names start, spaces as " ": their first words
        for n, each in enumerate(names):
            segments, leading, _ = _segments(each.steps)
            if not segments:
                continue
            (_, first), *rest = segments
            first = fold(first)
            if leading:
                after_run.add(first)
            for lead in _leads(first, rest):
                leads.setdefault(lead, set()).add(first)
            node = roots.setdefault(first, _Node())
            for before, word in rest:
                node.lengths.setdefault(before, set()).add(len(word))
                node = node.next.setdefault((before, fold(word)), _Node())
            node.ends.append(n)
        best: list[dict[int, tuple[int, int]]] = [{} for _ in range(owners)]
        if roots:
            automaton = ahocorasick.Automaton()
            for lead in leads:
                automaton.add_word(lead, lead)
            automaton.make_automaton()
            tried: set[tuple[int, int]] = set()
            text = self.text
            spaced = self.folded
            if any(" " in lead for lead in leads):
                spaced = _spaced(spaced)
            for last, lead in automaton.iter(spaced):
                at = last - len(lead) + 1
                for first in leads[lead]:
                    if first not in after_run and not _stands_alone_before(text, at):
                        continue  # within a word: no name stands alone here
                    block = bisect_right(self.starts, at) - 1
                    if block < 0 or at >= self.spans[block][1]:
                        continue
                    node = roots[first]
                    if node.lengths:
                        end = self.spans[block][1]
                        following = self._following(node, at + len(first), end)
                    else:
                        following = node.ends
                    for n in following:
                        if (n, at) not in tried:
                            tried.add((n, at))
                            self._read(names[n], at, self.spans[block], best)
        found = []
        for places in best:
            spans = []
            after = -1
            for start in sorted(places):
                if start >= after:
                    end = places[start][1]
                    spans.append((start, end))
                    after = end
            found.append(spans)
        return found

    def _following(self, node: _Node, at: int, end: int) -> list[int]:
        """Answer the names whose words the text follows from a name's first word, found
        ending at `at` (within a block ending at `end`)."""
        text, folded = self.text, self.folded
        found: list[int] = []
        todo = [(node, at)]
        while todo:
            node, at = todo.pop()
            found += node.ends
            for before, lengths in node.lengths.items():
                start = at
                if before == SEP:
                    while start < end and _is_separator(text[start]):
                        start += 1
                    if start == at:
                        continue
                elif start < end and text[start].isspace():
                    start += 1
                for length in lengths:
                    child = node.next.get((before, folded[start : start + length]))
                    if child is not None:
                        todo.append((child, start + length))
        return found

    def _read(
        self,
        name: Name,
        at: int,
        block: tuple[int, int],
        best: list[dict[int, tuple[int, int]]],
    ) -> None:
        """Note where `name` is mentioned from `at` (where its first word is found), if
        it is, as its owner's mention there unless an earlier name of the owner is read
        there too."""
        start, end = block
        if name.steps and name.steps[0] == SEP:  # from the run before its first word
            run = at
            while run > start and _is_separator(self.text[run - 1]):
                run -= 1
            while run < at and not _stands_alone_before(self.text, run):
                run += 1
            if run == at:
                return
            at = run
        elif not _stands_alone_before(self.text, at):
            return
        stop = self._match(name, at, end)
        if stop is None:
            return
        places = best[name.owner]
        if at not in places or name.order < places[at][0]:
            places[at] = (name.order, stop)

    def _match(self, name: Name, at: int, end: int) -> int | None:
        """Answer where the name read from `at` ends, standing alone, within the block
        ending at `end`; None where it is not there."""
        text, folded = self.text, self.folded
        steps = name.steps
        for n, step in enumerate(steps):
            if step == SEP:
                run = at
                while run < end and _is_separator(text[run]):
                    run += 1
                if run == at:
                    return None
                if n + 1 == len(steps):  # the name ends on the run: the longest that stands alone
                    for stop in range(run, at, -1):
                        if _stands_alone_after(text, stop, end):
                            return stop
                    return None
                at = run
            elif step == OPT:
                if at < end and text[at].isspace():
                    at += 1
            else:
                assert isinstance(step, str)
                stop = at + len(step)
                if stop > end:
                    return None
                written = text[at:stop] if name.cased else folded[at:stop]
                if written != step:
                    return None
                at = stop
        if name.versioned:
            if (
                at + 3 <= end
                and text[at] == "-"
                and text[at + 1].isdecimal()
                and text[at + 2].isdecimal()
                and _stands_alone_after(text, at + 3, end)
            ):
                return at + 3
            if (
                at + 2 <= end
                and text[at : at + 2] == "-*"
                and _stands_alone_after(text, at + 2, end)
            ):
                return at + 2
        return at if _stands_alone_after(text, at, end) else None

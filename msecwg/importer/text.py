"""Small questions about running text: folding, sentences, where text stops short."""

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

# A sentence's end: its stop, then the closing marks that belong to it (group "close")
# and the space before the next sentence, which may open with what it is about in square
# brackets ("... to move. [draft-ietf-pce-pcep-yang] Update made") or with a draft's name
# ("approved for publication. draft-ietf-core-oscore-edhoc is ..."); none after "vs.", "e.g.",
# "i.e." or "cf." ("comparing TXT vs. CNAME"). The stop comes first and what stands before
# it is looked back at from it: re finds a pattern that opens with a set of characters by
# scanning for them, where one that opens looking behind is tried at every character.
SENTENCE_END = re.compile(
    r"[.!?](?<!\bvs[.!?])(?<!\be\.g[.!?])(?<!\bi\.e[.!?])(?<!\bcf[.!?])"
    r"(?P<close>[\"')\]*_]*)\s+(?=[\"'(\[*_]*(?:[A-Z0-9]|draft-)|\[[a-z])"
)
CUT_OFF_MARK = re.compile(
    r"(?:\.\.\.|…|\[\s*(?:cut|unintelligible|inaudible|missed|\.\.\.)[^\]]*\]"
    r"|\(\s*(?:cut|unintelligible|inaudible|missed)[^)]*\)|_missed it_|\?\?+)[\s*_\]).]*$",
    re.IGNORECASE,
)
# CUT_OFF_MARK read backwards, from the end of a text reversed: matched where the text
# ends, never searched for along it.
CUT_OFF_MARK_REVERSED = re.compile(
    r"[\s*_\]).]*(?:\.\.\.|…|\][^\]]*(?:tuc|elbigilletninu|elbiduani|dessim|\.\.\.)\s*\["
    r"|\)[^)]*(?:tuc|elbigilletninu|elbiduani|dessim)\s*\(|_ti dessim_|\?\?+)",
    re.IGNORECASE,
)
# Words a sentence does not end on: text that stops on one stops mid-sentence.
OPEN_ENDING = re.compile(
    r"(?:[,;]|\b(?:the|a|an|and|or|but|because|whether|than|of|its|their|our|your|my))\s*$",
    re.IGNORECASE,
)
OPEN_WORDS = frozenset(
    {"the", "a", "an", "and", "or", "but", "because", "whether", "than", "of", "its", "their",
     "our", "your", "my"}
)  # fmt: skip
"""The words of OPEN_ENDING."""
# What a pattern holds besides its letters: escapes ("\\s", "\\W") and names of groups.
ESCAPES = re.compile(r"\\.|\(\?P<\w+>")
LAST_WORD = re.compile(r"\w+")
UNCLOSED = (("(", ")"), ("[", "]"))


class CaseAside:
    """A pattern compiled with re.IGNORECASE, its letters written in lower case only,
    matched as it matches. ASCII text (nearly all minutes) is lowered and searched with
    the pattern as written, many times quicker than re ignoring case letter by letter,
    and each match found is matched again where it starts, to answer it of the text as
    written; other text is searched ignoring case."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        letters = ESCAPES.sub("", pattern.pattern)
        if not pattern.flags & re.IGNORECASE or letters != letters.lower():
            raise ValueError(f"not a pattern in lower case ignoring case: {pattern.pattern}")
        self.ignoring_case = pattern
        self.as_written = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        """Answer the first match in the text, or None."""
        if not text.isascii():
            return self.ignoring_case.search(text)
        found = self.as_written.search(text.lower())
        return None if found is None else self.ignoring_case.match(text, found.start())

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """Yield each match in the text from offset `pos`, in order, none overlapping."""
        if not text.isascii():
            yield from self.ignoring_case.finditer(text, pos)
            return
        for found in self.as_written.finditer(text.lower(), pos):
            match = self.ignoring_case.match(text, found.start())
            if match is not None:
                yield match


def alternatives(words: Iterable[str]) -> str:
    """Answer a pattern that matches any of the words (each starting with a letter),
    longest first, grouped by their first letter (see by_first_letter)."""
    longest_first = sorted(words, key=lambda word: (-len(word), word))
    return by_first_letter(map(re.escape, longest_first))


def by_first_letter(patterns: Iterable[str]) -> str:
    """Answer a pattern that matches what any of the patterns (each starting with a
    letter as itself) matches, grouped by their first letter: a place in the text is
    tried only against those that start with the letter there."""
    rests: dict[str, list[str]] = {}
    for pattern in patterns:
        rests.setdefault(pattern[0], []).append(pattern[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in sorted(rests.items()))


def fold(text: str) -> str:
    """Answer the text with every run of whitespace folded to one space."""
    return " ".join(text.split())


@lru_cache(maxsize=1 << 14)  # a passage is asked of by rule after rule
def caseless(text: str) -> str:
    """Answer the text case folded as re.IGNORECASE compares it with words of plain
    letters: the dotted capital I and the dotless i as "i" too."""
    return text.casefold().replace("i\u0307", "i").replace("\u0131", "i")


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Answer whether the text holds one of the words (case folded), case aside."""
    return any(map(caseless(text).__contains__, words))


# A line break that ends a note written a line each: the line before it stops with no mark
# of a sentence's end and no word that leaves one open, the line after it opens as a
# sentence does ("Lorenzo to produce some requirements" / "Chairs will confer, but ...").
LINE_END = re.compile(r"(?<![.!?:;,\s])[ \t]*(?:\r\n?|\n)[ \t]*(?=[\"'(\[*_]*[A-Z])")
ITEM_START = re.compile(r"[ \t]*(?:\r\n?|\n)[ \t]*(?:[-*+\u2022]|\d{1,2}[.)])[ \t]+(?=\S)")
"""A line's end and the marker of a list's item on the next line, before its words."""
LABELLED = re.compile(r"[A-Z][\w+.-]*(?: [A-Z][\w+.-]*){0,3}: \S")
"""A line that opens with a label and its colon, a note of its own whatever the length of the
line before it ("MLS Architecture: Awaiting new draft" / "MLS Protocol: WGLC completed
yesterday")."""
SHORT_LINE = 0.6
"""How long, at the most, against the longest line of its text, a line ending a note
written a line each is: a paragraph wrapped to a width has its lines near it but the last."""


HANGING = re.compile(r"(?::|^[ \t]*(?:[-*+\u2022]|\d{1,2}[.)]))[ \t]+$")
"""What a line's start holds up to where a paragraph wrapped with a hanging indent goes on:
a speaker's name and colon ("Daniel King: "), or a list's marker ("- ")."""


def notes_a_line_each(text: str, start: int, end: int) -> bool:
    """Answer whether text[start:end] is notes written a line each below its first line: the
    next line indented deeper than the first, not under the words after a speaker's name or a
    list's marker ("Patrick: Lots of issues have been opened and dealt with" / "\tPlease read
    the privacy considerations section", HTTP and DNSOP minutes); not a paragraph wrapped with
    a hanging indent ("Daniel King: … Will be posting it" / "             soon.")."""
    first_end = text.find("\n", start, end)
    if first_end < 0:
        return False
    first = text[text.rfind("\n", 0, start) + 1 : first_end].rstrip("\r")
    below = _indent(text, first_end + 1)
    return len(first) - len(first.lstrip()) < below < len(first) and not HANGING.search(
        first[:below]
    )


def sentences(text: str, offset: int = 0, *, notes: bool = False) -> Iterator[tuple[int, int]]:
    """Yield the span of each sentence of `text` (shifted by `offset`), in order: ended by
    a stop, or by a short line's end where notes are written a line each (LINE_END), or by
    any line's end (LINE_END) in `notes` written a line each (see notes_a_line_each)."""
    start = 0
    for end, after in sorted(_ends(text, notes)):
        if end > start:
            yield offset + start, offset + end
            start = after
    if text[start:].strip():
        yield offset + start, offset + len(text.rstrip())


def _ends(text: str, notes: bool = False) -> Iterator[tuple[int, int]]:
    """Yield where each sentence of `text` ends and where the next starts: an item of a list
    below it starts one ("… (WIP) documents." / "- Discussion about …" / "- Nancy will …"),
    as does each line of `notes` written a line each."""
    for match in SENTENCE_END.finditer(text):
        yield match.end("close"), match.end()
    if "\n" not in text and "\r" not in text:
        return
    for match in ITEM_START.finditer(text):
        yield match.start(), match.end()
    longest = max(map(len, text.splitlines()))
    for match in LINE_END.finditer(text):
        at = match.start()
        start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
        line = text[start:at]
        after = max(text.rfind("\n", at, match.end()), text.rfind("\r", at, match.end())) + 1
        # a note of its own: a labelled line, or one further out (the next note of an outline)
        own = LABELLED.match(text, match.end()) or match.end() - after < _indent(text, start)
        if own or (
            (notes or len(line) <= longest * SHORT_LINE)
            and not OPEN_ENDING.search(line)
            and not _under_lead(text, start)
        ):
            yield at, match.end()


def _under_lead(text: str, start: int) -> bool:
    """Answer whether the line at `start` is one of the items of a lead line above it, the
    nearest line further out, which ends with a colon ("  Poll for adoption:" / "      Yes
    21/34" / "      No 1/34")."""
    indent = _indent(text, start)
    end = start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        above = text[begin:end].rstrip()
        if above.strip() and _indent(text, begin) < indent:
            return above.endswith(":")
        end = begin - 1
    return False


def _indent(text: str, start: int) -> int:
    """Answer how many blanks open the line at `start`."""
    at = start
    while at < len(text) and text[at] in " \t":
        at += 1
    return at - start


class Sentences:
    """The sentences of the blocks of one text, each block's read once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._of: dict[tuple[int, int], tuple[list[tuple[int, int]], list[int]]] = {}

    def _read(self, start: int, end: int) -> tuple[list[tuple[int, int]], list[int]]:
        found = self._of.get((start, end))
        if found is None:
            spans = list(sentences(self.text[start:end], start))
            found = self._of[start, end] = (spans, [a for a, _ in spans])
        return found

    def of(self, start: int, end: int) -> list[tuple[int, int]]:
        """Answer the span of each sentence of text[start:end], in order."""
        return self._read(start, end)[0]

    def holding(self, block: tuple[int, int], at: int) -> tuple[int, int] | None:
        """Answer the span of the sentence of a block that holds offset `at`, or None."""
        spans, starts = self._read(*block)
        n = bisect_right(starts, at) - 1
        return spans[n] if n >= 0 and at < spans[n][1] else None


def stops_short(text: str) -> bool:
    """Answer whether a passage stops before its end: a cut-off mark ("...",
    "[cut off]", "(missed this)"), an open bracket, or a last word no sentence ends on."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] in ",;":
        return True
    backwards = stripped[::-1]
    last = LAST_WORD.match(backwards)
    if CUT_OFF_MARK_REVERSED.match(backwards) or (
        last is not None
        and caseless(last.group()[::-1]) in OPEN_WORDS
        and OPEN_ENDING.search(stripped, len(stripped) - len(last.group()))
    ):
        return True
    for opening, closing in UNCLOSED:
        if opening in stripped and stripped.count(opening) > stripped.count(closing):
            return True
    return False

"""Small questions about running text: folding, sentences, where text stops short."""

import re
from collections.abc import Iterator

SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]*_]*\s+(?=[\"'(\[*_]*[A-Z0-9])")
CUT_OFF_MARK = re.compile(
    r"(?:\.\.\.|…|\[\s*(?:cut|unintelligible|inaudible|missed|\.\.\.)[^\]]*\]"
    r"|\(\s*(?:cut|unintelligible|inaudible|missed)[^)]*\)|_missed it_|\?\?+)[\s*_\]).]*$",
    re.IGNORECASE,
)
# Words a sentence does not end on: text that stops on one stops mid-sentence.
OPEN_ENDING = re.compile(
    r"(?:[,;]|\b(?:the|a|an|and|or|but|because|whether|than|of|its|their|our|your|my))\s*$",
    re.IGNORECASE,
)
UNCLOSED = (("(", ")"), ("[", "]"))


def fold(text: str) -> str:
    """Answer the text with every run of whitespace folded to one space."""
    return " ".join(text.split())


def caseless(text: str) -> str:
    """Answer the text case folded as re.IGNORECASE compares it with words of plain
    letters: the dotted capital I and the dotless i as "i" too."""
    return text.casefold().replace("i\u0307", "i").replace("\u0131", "i")


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Answer whether the text holds one of the words (case folded), case aside."""
    folded = caseless(text)
    return any(word in folded for word in words)


def sentences(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """Yield the span of each sentence of `text` (shifted by `offset`), in order."""
    start = 0
    for match in SENTENCE_END.finditer(text):
        yield offset + start, offset + match.start() + len(match.group().rstrip())
        start = match.end()
    if text[start:].strip():
        yield offset + start, offset + len(text.rstrip())


def stops_short(text: str) -> bool:
    """Answer whether a passage stops before its end: a cut-off mark ("...",
    "[cut off]", "(missed this)"), an open bracket, or a last word no sentence ends on."""
    stripped = text.rstrip()
    if not stripped or CUT_OFF_MARK.search(stripped) or OPEN_ENDING.search(stripped):
        return True
    return any(stripped.count(o) > stripped.count(c) for o, c in UNCLOSED)

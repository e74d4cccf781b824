"""The passages action items and decisions are read from, and what both readings ask
of a passage: its sentences, whether a sentence asks or hedges, where a clause starts."""

import re
from collections.abc import Iterator
from typing import NamedTuple

from msecwg.importer.text import fold, sentences
from msecwg.importer.vocabulary import ASSENT_WORDS, HEDGES

# A passage short enough to be quoted whole as the record of what it says.
SHORT_PASSAGE = 300

HEDGE = re.compile(
    r"(?<![\w'])(?:"
    + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
ASSENT = re.compile(
    r"^\W*(?:" + "|".join(re.escape(w) for w in sorted(ASSENT_WORDS, key=len, reverse=True))
    + r")(?=\W|$)",
    re.IGNORECASE,
)  # fmt: skip


class Passage(NamedTuple):
    """A turn or point to look in: its quote from `start`, its words from `words`, the
    label or bullet marker before it, the section it is in (None: the front), and the
    speaker as written (None for a point or a turn naming no one)."""

    start: int
    words: int
    end: int
    marker: str
    marker_start: int
    section: int | None
    in_action_section: bool
    is_turn: bool
    speaker: str | None = None


def words_of(text: str, passage: Passage) -> str:
    """Answer the words of a passage, without its speaker prefix."""
    return text[passage.words : passage.end]


def quote_of(text: str, passage: Passage) -> str:
    """Answer a passage as written, speaker prefix and words, whitespace folded."""
    return fold(text[passage.start : passage.end])


def sentence_spans(text: str, passage: Passage) -> Iterator[tuple[int, int]]:
    """Yield the span of each sentence of a passage's words, as offsets into `text`."""
    yield from sentences(words_of(text, passage), passage.words)


def asks(sentence: str) -> bool:
    """Answer whether a sentence is a question: it ends on a question mark, brackets and
    markup aside ("Will recovery do this?", "Consensus for first option?")."""
    return sentence.rstrip(" *_\"')]").endswith("?")


def hedged(sentence: str) -> bool:
    """Answer whether a sentence is a wish, a guess or a condition rather than a
    statement of what is so ("Should probably close this then.", "I think we'll close
    this one")."""
    return HEDGE.search(sentence) is not None


def assents(words: str) -> bool:
    """Answer whether words open with an assent: "OK", "yep", "Yes, and I'll also ask
    Martin Duke.", "agreed"."""
    return ASSENT.match(words) is not None


def span_text(text: str, start: int, end: int) -> str:
    """Answer text between two offsets, whitespace folded and markup ("**", "__")
    stripped at both ends."""
    return fold(text[start:end]).strip(" *_")


def documents_in(start: int, end: int, at: dict[int, list[str]]) -> list[str]:
    """Answer the names of the documents mentioned between two offsets, once each."""
    names = [
        name for offset, found in sorted(at.items()) if start <= offset < end for name in found
    ]
    return list(dict.fromkeys(names))

"""The passages action items and decisions are read from, and what both readings ask
of a passage: its sentences, whether a sentence asks or hedges, where a clause starts."""

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from msecwg.importer.text import fold, notes_a_line_each, sentences
from msecwg.importer.vocabulary import ASSENT_WORDS, HEDGES, PROPOSED

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
    label or bullet marker before it, the section it is in (None: the front), the
    speaker as written (None for a point or a turn naming no one), whether its section is
    the meeting's agenda, whether the turn reports speech ("Bram presented spots. After
    discussion, it was agreed ...", "Darrel: Summarises the history."), and whether its
    speaker is one the minutes name a chair."""

    start: int
    words: int
    end: int
    marker: str
    marker_start: int
    section: int | None
    in_action_section: bool
    is_turn: bool
    speaker: str | None = None
    in_agenda: bool = False
    reported: bool = False
    chair: bool = False

    @property
    def by_chair(self) -> bool:
        """Answer whether its speaker is a chair: one the minutes name a chair (`chair`: "*
        Chairs: Glenn Deen, David Lawrence" / "Glenn: …"), or written as one ("Chair",
        "Chairs", "[chair]", "Eric Kinnear (chair)")."""
        return self.chair or (self.speaker is not None and "chair" in self.speaker.casefold())


def words_of(text: str, passage: Passage) -> str:
    """Answer the words of a passage, without its speaker prefix."""
    return text[passage.words : passage.end]


WRAPPED = re.compile(r"(?<=[^\W\d_,]|,)\n(?=[a-z])")
"""A line's end inside a phrase: after a letter or comma, before a word in lower case."""


def unwrapped(words: str) -> str:
    """Answer words with a line's end inside a phrase as a space, each offset where it
    was: a phrase the minutes wrap across two lines reads as one ("to be confirmed on the"
    / "mailing list"); a line that ends a sentence or a count, or one that starts indented,
    capitalised or with a mark ("raise hands: 20" / "No: 0"), stays a line of its own."""
    return WRAPPED.sub(" ", words) if "\n" in words else words


def quote_of(text: str, passage: Passage) -> str:
    """Answer a passage as written, speaker prefix and words, whitespace folded."""
    return fold(text[passage.start : passage.end])


def sentence_spans(text: str, passage: Passage) -> tuple[tuple[int, int], ...]:
    """Answer the span of each sentence of a passage's words, as offsets into `text`."""
    return _sentence_spans(text, passage.words, passage.end)


@lru_cache(maxsize=8192)  # the readings of decisions and of action items ask alike
def _sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Answer the span of each sentence of text[start:end], as offsets into `text`."""
    return tuple(sentences(text[start:end], start, notes=notes_a_line_each(text, start, end)))


ASIDE_AT_END = re.compile(r"\?\s*\([^()]*\)\W*$")


PROPOSES_AS_QUESTION = re.compile(PROPOSED, re.IGNORECASE)
"""A proposal put as a question (see vocabulary.PROPOSED): "Should we close this?"."""


def asks(sentence: str) -> bool:
    """Answer whether a sentence is a question: it ends on a question mark, brackets and
    markup aside ("Will recovery do this?", "Consensus for first option?"), or a remark
    in brackets after it ("... please speak now? (resounding silence)")."""
    return ASIDE_AT_END.sub("?", sentence).rstrip(" *_\"')]").endswith("?")


def hedged(sentence: str) -> bool:
    """Answer whether a sentence is a wish, a guess or a condition rather than a
    statement of what is so ("Should probably close this then.", "I think we'll close
    this one")."""
    return HEDGE.search(sentence) is not None


def assents(words: str) -> bool:
    """Answer whether words open with an assent: "OK", "yep", "Yes, and I'll also ask
    Martin Duke.", "agreed"."""
    return ASSENT.match(words) is not None


OPEN_EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])[^*]*$")
"""Emphasis opened and not closed at the end of text: "speak up now *(nobody does)"."""


def span_text(text: str, start: int, end: int) -> str:
    """Answer text between two offsets, whitespace folded and markup ("**", "__")
    stripped at both ends, but for a mark that pairs with one within: "**Lars**:
    words" keeps its name marked whole, never "Lars**: words", as "*Colin Perkins* will post"
    does; "now *(nobody does)*" its emphasis."""
    folded = fold(text[start:end])
    inner = folded.strip(" *_")
    lead, trail = folded.partition(inner)[::2] if inner else ("", "")
    for mark in ("**", "__"):
        if mark in inner:  # the marks at its ends pair with those within
            inner = mark * lead.rstrip().endswith(mark) + inner
            inner += mark * trail.lstrip().startswith(mark)
    before = lead.rstrip()
    for mark in ("*", "_"):  # "*Colin Perkins* will post": one mark pairs as two do, not
        # with a mark of two within ("*Chairs to issue WGLC and nudge members to **Read** it*")
        alone = mark in inner and re.search(rf"(?<!\{mark})\{mark}(?!\{mark})", inner)
        if alone and before.endswith(mark) and not before.endswith(mark * 2):
            inner = mark + inner
    if trail.startswith("*") and OPEN_EMPHASIS.search(inner):  # "now *(nobody does)*"
        inner += "*"
    return inner


class Mentioned:
    """The documents the minutes mention, by the offset of each mention."""

    def __init__(self, at: dict[int, list[str]]) -> None:
        self.offsets = sorted(at)
        self.names = [at[offset] for offset in self.offsets]

    def between(self, start: int, end: int) -> list[str]:
        """Answer the names of the documents mentioned between two offsets, once each."""
        first, last = bisect_left(self.offsets, start), bisect_left(self.offsets, end)
        return list(dict.fromkeys(name for found in self.names[first:last] for name in found))

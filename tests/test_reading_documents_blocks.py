"""The blocks that may name a document are told from one pass over the minutes' text
as from each block read alone, in any case and with letters that change length in
lower case; and minutes' text is folded as re.IGNORECASE compares it, offsets kept."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from msecwg.importer.documents import NAMING, _Blocks
from msecwg.importer.mentions import fold

PIECES = ["draft", "Draft", "DRAFT", "rfc", "RFC", "bcp", "TiTlEd", "doc", "Doc", "*-", "](",
          "dra", "ft", "r", "fc", "\u0130", "\u0131", "\u017f", "K", "\u212a", "\u00e9", " ",
          "\n", "-", "x", "\u2014", "\U0001f600"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(PIECES), max_size=30),
    cuts=st.lists(st.integers(0, 120), max_size=8),
)
def test_the_blocks_holding_a_word_are_those_that_hold_it_read_alone(
    pieces: list[str], cuts: list[int]
) -> None:
    text = "".join(pieces)
    ends = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    spans = [(start, end) for start, end in pairwise(ends) if start < end]
    expected = [
        n
        for n, (start, end) in enumerate(spans)
        if any(word in text[start:end].lower() for word in NAMING)
    ]
    assert _Blocks(text, spans).holding_any(NAMING) == expected


@given(st.lists(st.sampled_from([*PIECES, "A", "\u00c9", "\u03a3", "\u1e9e", "\ud800"])))
def test_folding_keeps_offsets_and_compares_as_ignorecase(pieces: list[str]) -> None:
    text = "".join(pieces)
    folded = fold(text)
    assert len(folded) == len(text)
    for c, f in zip(text, folded, strict=True):
        assert re.fullmatch(re.escape(f), c, re.IGNORECASE)

"""The first stage of reading minutes: blocks. Markdown's structure (headings, fenced
code, breaks) as markdown-it-py reads it; the turns and points within it, and plain
text, by msecwg's own rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msecwg.importer.blocks import (
    MARKDOWN_LINE,
    Heading,
    Item,
    _markdown_lines,
    _marks,
    _marks_of,
    blocks,
)


def shown(text: str) -> list[tuple[str, str]]:
    """Answer each block as ("heading N" or "item", its text)."""
    return [
        (f"heading {b.level}", text[b.start : b.end])
        if isinstance(b, Heading)
        else ("item", text[b.body : b.end])
        for b in blocks(text)
    ]


def test_markdown_headings_turns_and_points() -> None:
    text = "# ZEBRA WG\n\n## Stripes\n\nLars: agreed\nMark: fine\n- a point\n  carried on\n"
    assert shown(text) == [
        ("heading 1", "# ZEBRA WG"),
        ("heading 2", "## Stripes"),
        ("item", "Lars: agreed"),
        ("item", "Mark: fine"),
        ("item", "a point\n  carried on"),
    ]


def test_a_line_over_a_break_is_a_turn_not_a_heading() -> None:
    # CommonMark makes "Lars: agreed" over "---" a heading; minutes mean a turn and a break.
    text = "# ZEBRA WG\n\nLars: agreed\n---\n\nStripes\n=======\n\nMark: fine\n"
    assert shown(text) == [
        ("heading 1", "# ZEBRA WG"),
        ("item", "Lars: agreed"),
        ("heading 1", "Stripes"),
        ("item", "Mark: fine"),
    ]


def test_fenced_code_is_one_item_and_holds_no_heading_or_turn() -> None:
    text = "# ZEBRA WG\n\n```\n# not a heading\nLars: not a turn\n```\n\nMark: fine\n"
    assert shown(text) == [
        ("heading 1", "# ZEBRA WG"),
        ("item", "```\n# not a heading\nLars: not a turn\n```"),
        ("item", "Mark: fine"),
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_markdown_lines_break_where_commonmark_breaks_them(newline: str) -> None:
    text = newline.join(["# ZEBRA WG", "", "## Stripes", "", "Lars: agreed", "***", "Mark: fine"])
    assert [(kind, words.strip()) for kind, words in shown(text)] == [
        ("heading 1", "# ZEBRA WG"),
        ("heading 2", "## Stripes"),
        ("item", "Lars: agreed"),
        ("item", "Mark: fine"),
    ]


def test_a_heading_inside_a_list_item_is_a_heading() -> None:
    text = "# ZEBRA WG\n\n- Monday\n  ## Stripes\n  Lars: agreed\n"
    assert [kind for kind, _ in shown(text)] == ["heading 1", "item", "heading 2", "item"]


def test_items_keep_their_marker() -> None:
    text = "# ZEBRA WG\n\n1. first\n- second\n"
    assert [(b.marker, text[b.body : b.end]) for b in blocks(text) if isinstance(b, Item)] == [
        ("1.", "first"),
        ("-", "second"),
    ]


LINES = ["# H", "## h2", "#h", "   # x", "para", "", "```", "~~~", "<div>", "<!--", "-->", "<pre>",
         "</pre>", "- item", "  - sub", "> quote", "    code", "---", "===", "1. one", "[a]: /u"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=40), st.sampled_from(["\n", "\r\n", "\r"]))
def test_markdown_read_in_two_halves_is_read_as_whole(lines: list[str], newline: str) -> None:
    # Long minutes are read in two halves, cut at a heading line: the same structure,
    # whatever code block, HTML block, list or quote comes before the cut.
    text = "".join(line + newline for line in lines)
    assert _marks(text) == _marks_of(text)[0]


def test_a_fence_open_over_the_cut_keeps_the_heading_after_it_code() -> None:
    text = "# A\n\n```\ncode\n" + "# not a heading\n" * 3
    assert _marks(text).headings == {0: 1}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \t\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", max_size=30))
def test_markdown_lines_are_the_lines_commonmark_breaks(text: str) -> None:
    # Lines are broken at "\r\n", "\r" and "\n" only, whatever other breaks the text holds.
    assert _markdown_lines(text) == MARKDOWN_LINE.findall(text)
    assert "".join(_markdown_lines(text)) == text


OUTLINE = ("DNSOP WG\nIETF 104\n\nSession 1\n\nDNS-SD Updates; Stewart Cheshire\n    Will take "
           "more things to the WG list\n\nThe chairs opened the meeting.\n    Noted.\n\n"
           "Paul: We met.\n    Sure.\n")  # fmt: skip
TWO_LINE_OUTLINE = ("DNSOP WG\n\nNegative Caching\ndraft-dwmtwc-dnsop-caching, Duane Wessels\n"
                    "    Also presented at DNS-OARC\n\nTwo lines of prose\nwith no indent after "
                    "them\n\nDone.\n")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "read"),
    [(OUTLINE, [("heading 0", "DNSOP WG"), ("item", "IETF 104"), ("item", "Session 1"),
                ("heading 1", "DNS-SD Updates; Stewart Cheshire"),
                ("item", "Will take more things to the WG list"),
                ("item", "The chairs opened the meeting.\n    Noted."),
                ("item", "Paul: We met.\n    Sure.")]),
     (TWO_LINE_OUTLINE, [("heading 0", "DNSOP WG"), ("heading 1", "Negative Caching"),
                         ("heading 2", "draft-dwmtwc-dnsop-caching, Duane Wessels"),
                         ("item", "Also presented at DNS-OARC"),
                         ("item", "Two lines of prose\nwith no indent after them"),
                         ("item", "Done.")])],
)  # fmt: skip
def test_plain_lines_at_the_margin_above_indented_lines_head_them_as_an_outline(
    text: str, read: list[tuple[str, str]]
) -> None:
    # one line heads them; two, the second below the first; prose or a turn heads nothing
    assert shown(text) == read


def test_a_talks_line_naming_a_draft_above_its_slides_link_heads_what_follows() -> None:
    # however long; a note of where something is, naming no draft, heads nothing
    talk = ("Stripes and Their Widths in Deployed Zebra Herds of the Northern Plains, "
            "draft-ietf-zebra-stripe-widths, Paul Hoffman and Tim Wicinski")  # fmt: skip
    text = (f"ZEBRA WG\n\nChairs introduction\nhttps://example.org/slides-chairs\n\n{talk}\n"
            "https://example.org/slides-widths\nDana: Ready for WG Last Call.\n\nslides from "
            "alexey\nhttp://example.org/slides.pdf\nPaul: Fine.\n")  # fmt: skip
    assert len(talk) > 100
    assert shown(text) == [
        ("heading 0", "ZEBRA WG"),
        ("item", "Chairs introduction"),
        ("item", "https://example.org/slides-chairs"),
        ("heading 1", talk),
        ("item", "https://example.org/slides-widths"),
        ("item", "Dana: Ready for WG Last Call."),
        ("item", "slides from alexey"),
        ("item", "http://example.org/slides.pdf"),
        ("item", "Paul: Fine."),
    ]


FENCED = ("# Minutes of the ZEBRA interim\nUsing TeamSpeak.\n```\nAgenda was accepted.\n\n"
          "1. Stripes:\n\n" + "".join(f"Paul: point {n}.\n" for n in range(20)) + "```\n")  # fmt: skip
POINTS = [("item", f"Paul: point {n}.") for n in range(20)]


@pytest.mark.parametrize(
    ("text", "read"),
    [(FENCED, [("heading 1", "# Minutes of the ZEBRA interim"), ("item", "Using TeamSpeak."),
               ("item", "Agenda was accepted."), ("heading 1", "1. Stripes:"), *POINTS]),
     (FENCED.replace("```\nAgenda", "```python\nAgenda"),
      [("heading 1", "# Minutes of the ZEBRA interim"), ("item", "Using TeamSpeak."),
       ("item", FENCED[FENCED.index("```"):].replace("```\nAgenda", "```python\nAgenda").strip())]),
     # not most of the page, but most of its lines turns: a discussion, read too
     (FENCED + "".join(f"Dana: point {n}\n" for n in range(20)),
      [("heading 1", "# Minutes of the ZEBRA interim"), ("item", "Using TeamSpeak."),
       ("item", "Agenda was accepted."), ("heading 1", "1. Stripes:"), *POINTS,
       *(("item", f"Dana: point {n}") for n in range(20))]),
     # not most of the page, and no turns in it: code
     (FENCED.replace("Paul: ", "- ") + "".join(f"Dana: point {n}\n" for n in range(20)),
      [("heading 1", "# Minutes of the ZEBRA interim"), ("item", "Using TeamSpeak."),
       ("item", FENCED[FENCED.index("```"):].replace("Paul: ", "- ").strip()),
       *(("item", f"Dana: point {n}") for n in range(20))])],
)  # fmt: skip
def test_a_fence_around_most_of_a_markdown_page_holds_the_minutes_as_plain_text(
    text: str, read: list[tuple[str, str]]
) -> None:
    assert shown(text) == read


def test_a_fence_around_a_discussion_holds_its_turns_and_one_around_code_holds_code() -> None:
    text = ("# ZEBRA WG\n\n## Stripes\n\n~~~ text\nDave Thaler: OCF has a reference.\n"
            "Michael: agree\n~~~\n\n```\nname: stripes\nversion: 1\nwidth: 3\n```\n\n"
            "```python\nDana: x = 1\nMark: y = 2\n```\n")  # fmt: skip
    assert shown(text) == [
        ("heading 1", "# ZEBRA WG"),
        ("heading 2", "## Stripes"),
        ("item", "Dave Thaler: OCF has a reference."),
        ("item", "Michael: agree"),
        ("item", "```\nname: stripes\nversion: 1\nwidth: 3\n```"),  # code, one item
        ("item", "```python\nDana: x = 1\nMark: y = 2\n```"),  # a language named: code
    ]


def test_a_numbered_line_at_the_margin_above_indented_notes_heads_them() -> None:
    text = ("CELLAR\n\n5. WG status update\n   * EBML -- version 14 was posted 2019-12-02\n\n"
            "Actions:\n1. Steve to fix #304.\n   Due Friday.\n  2. Dave to review\n     soon\n")  # fmt: skip
    assert shown(text) == [
        ("heading 0", "CELLAR"),
        ("heading 1", "5. WG status update"),
        ("item", "EBML -- version 14 was posted 2019-12-02"),
        ("item", "Actions:"),
        ("item", "Steve to fix #304.\n   Due Friday."),
        ("item", "Dave to review\n     soon"),
    ]


def test_the_last_item_of_a_numbered_list_standing_alone_below_it_heads_nothing() -> None:
    text = ("CELLAR\n\n1. Note Well.  https://www.ietf.org/about/note-well/\n"
            "2. Accept draft minutes\n\tno objections noted.\n\nDeliverables:\n\n"
            "7. An extension to CONNECT-UDP\n8. A definition of qlog nomenclature\n\n"
            "Chair: we will recharter.\n\n9. Any other business\n\nNone.\n")  # fmt: skip
    assert [b for b in shown(text) if b[0].startswith("heading")] == [
        ("heading 0", "CELLAR"),
        ("heading 1", "2. Accept draft minutes"),
        ("heading 1", "9. Any other business"),
    ]


def test_a_numbered_line_above_a_deeper_one_or_numbered_in_parts_heads_the_text_below() -> None:
    text = ("ZEBRA WG\n\n1. Introduction\n1.1. Administrivia (chairs, 5 min)\n\nJon is "
            "standing down.\n\n1.2. WG Status (chairs, 20 min) [25/120]\nDana: fine.\n\n"
            "Actions:\n1. Steve to fix #304\n2. Dave to review\n3. Kim to merge it.\n")  # fmt: skip
    assert shown(text) == [
        ("heading 0", "ZEBRA WG"),
        ("heading 1", "1. Introduction"),
        ("heading 2", "1.1. Administrivia (chairs, 5 min)"),
        ("item", "Jon is standing down."),
        ("heading 2", "1.2. WG Status (chairs, 20 min) [25/120]"),
        ("item", "Dana: fine."),
        ("item", "Actions:"),
        ("item", "Steve to fix #304"),  # a list's items, each a number of one part
        ("item", "Dave to review"),
        ("item", "Kim to merge it."),
    ]


def test_a_short_line_at_the_margin_heads_the_indented_lines_below_a_blank_line() -> None:
    text = ("IPSECME WG\n\nA roll call was held so people could test out their client\n\n"
            " A few issues with mics.\n\nVisibility heuristics\n\n        Tero presented\n")  # fmt: skip
    assert shown(text) == [
        ("heading 0", "IPSECME WG"),
        ("item", "A roll call was held so people could test out their client"),
        ("item", "A few issues with mics."),
        ("heading 1", "Visibility heuristics"),
        ("item", "Tero presented"),
    ]


def test_a_plain_line_further_out_than_the_one_above_starts_an_item_of_its_own() -> None:
    text = ("DNSOP WG\n\nStripes\n    Jim: Strong support\n        Duane: Verisign identified "
            "some\n    WG chairs will send out call for adoption soon\n")  # fmt: skip
    assert shown(text)[2:] == [
        ("item", "Jim: Strong support"),
        ("item", "Duane: Verisign identified some"),
        ("item", "WG chairs will send out call for adoption soon"),
    ]


def test_a_doubled_star_under_a_bullet_marks_an_item_of_its_own() -> None:
    # CELLAR's minutes mark the points under a bullet "**"; "**Name**:" stays a bold name
    text = ("# CELLAR WG\n\n### Matroska\n\n   * references for codecs\n"
            "    ** can make a player with raw video.\n    ** Steve will merge by the weekend\n"
            "* **Steve**: done\n")  # fmt: skip
    assert shown(text)[2:] == [
        ("item", "references for codecs"),
        ("item", "can make a player with raw video."),
        ("item", "Steve will merge by the weekend"),
        ("item", "**Steve**: done"),
    ]


def test_a_bullet_going_on_a_list_above_it_across_blank_lines_is_no_topic_line() -> None:
    text = (
        "MASQUE\n\n* Checksum offset\n* Start of checksummed data\n\n\n"
        "* Packets still include checksum of the pseudo-header\n\nYaroslav: the proposal.\n\n"
        "* Next steps\n\nWe will recharter.\n"
    )
    assert [b for b in shown(text) if b[0].startswith("heading")] == [
        ("heading 0", "MASQUE"),
        ("heading 1", "* Next steps"),
    ]


def test_a_speakers_turn_under_a_topic_line_is_a_turn_where_one_at_the_margin_heads() -> None:
    text = (
        "Interim Meeting Preparation:\n\n- Logistics:\n  - Qin: everyone please tests the "
        "meetecho connection before the interim meeting\n\n\n------------------------------\n"
        "IETF, ALTO Meeting: April 25th, 2023\n\n* jreschke: httpbis*-07 summary\n\nnotes here\n"
    )
    assert shown(text) == [
        ("item", "Interim Meeting Preparation:"),
        ("heading 1", "- Logistics:"),
        ("item", "Qin: everyone please tests the meetecho connection before the interim meeting"),
        ("item", "IETF, ALTO Meeting: April 25th, 2023"),
        ("heading 1", "* jreschke: httpbis*-07 summary"),
        ("item", "notes here"),
    ]

"""The minutes cut into blocks: headings, and the paragraphs, bullets and turns
under them, each with its place in the text.

Minutes come with their line breaks (plain text or Markdown) or flattened onto
one line, every break folded into a space. A flattened line is cut back into
pieces at the marks that stood at line starts: underlines, "(1)" headings, " - "
bullets, "(a)" items and "Name:" turns.
"""

import re
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Literal, NamedTuple

from msecwg.importer.beside import beside
from msecwg.importer.speakers import prefix, reported_start
from msecwg.importer.text import LABELLED
from msecwg.importer.vocabulary import LABEL_WORDS

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

HeadingForm = Literal["markdown", "underlined", "numbered", "topic", "title"]


class Heading(NamedTuple):
    """A heading line as written (its underline apart), its level and its form."""

    start: int
    end: int
    level: int
    form: HeadingForm


class Item(NamedTuple):
    """A paragraph, bullet or turn: from `start` (its marker, if any) to `end`, its
    text from `body`; `marker` as written ("-", "(a)", "1.", "" for none)."""

    start: int
    body: int
    end: int
    marker: str
    indent: int


Block = Heading | Item


class Line(NamedTuple):
    """A line's text span without indentation or trailing space (empty when blank);
    `alone` for a piece cut from a flattened line, a block by itself."""

    start: int
    end: int
    indent: int
    alone: bool


MARKDOWN_HEADING = re.compile(r"(?P<marks>#{1,6})[ \t]+\S")
# A line that is one, anywhere in a text: at its start or after a line break as
# str.splitlines breaks lines.
MARKDOWN_HEADING_LINE = re.compile(
    r"(?:\A|(?<=[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]))#{1,6}[ \t]+\S"
)
RULE = re.compile(r"(?:-{3,}|={3,}|_{3,}|\*{3,})")
UNDERLINE = re.compile(r"(?:-{3,}|={3,})")
QUOTE_MARKS = re.compile(r"[ \t]{0,3}(?:>[ \t]?)+")
"""What opens a line of a Markdown quote: "> ", ">>", "   > "; the items of a list quoted
are read as if indented so ("> * IN PROGRESS" / ">   * Colin Perkins to draft text ...");
a line quoted that is no item stays as written, no turn ("> RE: the openapi spec")."""
TABLE_ROW = re.compile(r"[ \t]*\|")
"""A row of a table. Where a table opens a block, each row is a block of its own ("|
draft-ietf-cellar-flac-07 | Waiting for Shepherd write-up |"), so that what one row says is of
that row alone; a table right below a line of text goes with it (a poll's question over its
count)."""
TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*")
"""The line under a table's header row ("|:------|:------"), which says nothing."""
NUMBERED_HEADING = re.compile(r"(?:\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*[.)])[ \t]+\S")
LIST_NUMBER = re.compile(r"[ \t]*\(?(\d{1,2})[.)][ \t]+\S")
"""An item's number in a numbered list: "7. An extension …", "(3) Recharter"."""
PART_NUMBERED = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?[ \t]+\S")
"""A heading's number in parts, a section's within a section's: "1.2. WG Status", "2.3 Binding"."""
TOPIC_BULLET = re.compile(r"[*o-][ \t]+\S")
# An item's marker: a bullet, "**" or "***" for the points under one (CELLAR minutes), a
# number or a letter
MARKER = re.compile(
    r"(?P<marker>\*{1,3}|[-+•\u2013o]|\d{1,2}[.)]|\(\w{1,2}\)|[a-z][.)])[ \t]+(?=\S)"
)
BULLET = re.compile(r"[-*+•\u2013o][ \t]+\S")
SENTENCE_END_AT_END = re.compile(r"[.;,!?]$")
BROKEN_OFF = re.compile(
    r"(?<![\w'\u2019-])(?:a|an|the|of|to|for|from|into|by|and|or|nor|than|our|my|your|their|its"
    r"|his|if|because),?\Z",
    re.IGNORECASE,
)
"""The end of a line that breaks a sentence off: a word no sentence ends with ("for", "the",
"and")."""
WRAPPED_AT = 60
"""The fewest characters of a line the minutes are wrapped after (see _broken_off)."""
FENCE = re.compile(r"(?:```|~~~)")
SPACED_TITLE_WORDS = 8
"""The most words of a line at the margin that heads the indented lines below a blank line."""
SLOT_PRESENTER = re.compile(r"\S\s+\([A-Z][^()\d]{0,60}\)$")
"""A talk's presenter in brackets ending its slot's line: "Downgrade SCSV (Bodo Moller)"."""
LINK_ALONE = re.compile(r"<?https?://\S+>?")
"""A line that is a web address alone: a talk's slides below its slot's line."""
TURN_MARKS = (":", " -", "\u2013", "]", "**")
"""What a line holds where it may open with a speaker (see speakers.prefix)."""
MARGIN_TITLE_MOST = 100
"""The longest a line at the margin that titles what follows may be."""
TALK_LINE_MOST = 160
"""The longest a talk's line above its slides' link may be: its title, draft and presenters."""
DRAFT_NAMED = re.compile(r"\bdraft-[a-z0-9]+-[a-z0-9-]+", re.IGNORECASE)
"""A draft's name anywhere in a line, as a talk's line above its slides names its draft."""
PUT_TO_THE_ROOM = re.compile(r"\W*(?:hums?|humm\w*|(?:straw\s+)?poll|show\s+of\s+hands)\b", re.I)
"""A hum or poll put to the room opening a line, whose answers may stand indented below it."""
FENCED_MINUTES = 0.6
"""The share of a Markdown text's lines one fenced block without a language holds for it to
be the minutes themselves, read as plain text."""
FENCED_MINUTES_LINES = 20
"""The fewest lines a fenced block that is the minutes themselves holds."""
# A line of Markdown, as CommonMark breaks them: at "\r\n", "\r" or "\n" only.
MARKDOWN_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+$")
# An HTML comment, "<!--" to the first "-->" after it; a generated table of contents,
# "<!-- START doctoc" to a line holding "<!-- END doctoc" and, after it, "-->".
COMMENT_OPEN, COMMENT_CLOSE = "<!--", "-->"
DOCTOC_START, DOCTOC_END = "<!-- START doctoc", "<!-- END doctoc"

# In a flattened line: rules, " - " bullets and "(a)" / "(1)" items after a sentence
# ends, and one-word "Name:" turns.
FLAT_RULE = re.compile(r"(?<!\S)(?:-{5,}|={5,})(?!\S)")
FLAT_NUMBER = re.compile(r"\(\d{1,2}\)\s")
FLAT_MARK = re.compile(r"(?<=[.:?!)\]\"])[ \t]+(?=(?:-[ \t]+\S|\(\w{1,2}\)[ \t]))")
FLAT_TURN = re.compile(r"(?<=\s)(?P<name>[A-Z][a-z]+(?:\(\?\))?)[ \t]?:[ \t]")
FLAT_WORD_START = re.compile(r"(?<=\s)(?=[A-Z])")
FLATTENED_LENGTH = 400
# "ACTION:", "**ACTION ITEM:**", "Hum:", "Conclusion -": a labelled line starts a block of its own.
LABEL = re.compile(
    r"(?:\*\*)?(?P<word>[A-Za-z]+)(?:[ \t]+(?i:items?))?(?:\*\*)?[ \t]*(?::|[ \t]-[ \t])"
)


class Marks(NamedTuple):
    """The structure markdown-it-py reads in Markdown minutes, by line number: the
    level of each ATX heading ("## Title") and of each setext heading's text line
    ("Title" over "====="), the end of each fenced code block by its first line, and
    the thematic breaks ("---", "***")."""

    headings: dict[int, int]
    setext: dict[int, int]
    fences: dict[int, int]
    rules: frozenset[int]


NO_MARKS = Marks({}, {}, {}, frozenset())


def blocks(text: str) -> list[Block]:
    """Answer the blocks of the minutes in order: headings, and items (paragraphs,
    bullets, turns) between them. Markdown's structure (headings, code, breaks) is
    read by markdown-it-py; the turns and points within it, and plain text, by the
    rules here. Plain-text minutes under a "#" title, Markdown's one mark, are read as
    plain text where that finds their sections ("# DNSOP IETF121 Chairs Actions" over
    "Administrivia, Chairs" / "    Opening, Note Well and Blue Sheets")."""
    if MARKDOWN_HEADING_LINE.search(text) is None:
        return _read_all(text, None)
    marks = _marks(text)
    if list(marks.headings.items()) == [(0, 1)] and not (marks.setext or marks.fences):
        plain = _read_all(text, None)
        if sum(isinstance(block, Heading) for block in plain) > 1:
            return plain
    return _read_all(text, marks)


def _read_all(text: str, marks: Marks | None) -> list[Block]:
    """Answer the blocks of the minutes, read as Markdown with the structure `marks`
    markdown-it-py read in them, or as plain text (None)."""
    lines = _lines(text, marks is not None)
    known = marks or NO_MARKS
    fenced = _fenced_minutes(text, lines, known)
    found: list[Block] = []
    i = 0
    while i < len(lines):
        if i in fenced:
            i = _read_fenced_minutes(text, lines, i, known.fences[i], found)
        else:
            i = _read_from(text, lines, i, marks, found)
    return found


def _marks(text: str) -> Marks:
    """Answer the structure markdown-it-py reads in Markdown minutes (CommonMark): a
    setext heading only where its text is one line; its underline a break where the
    text is no heading ("Lars: agreed" over "---" is a turn and a break, as minutes
    mean it). Long minutes are read in two halves side by side (beside.py), cut at a
    heading line, where a reader starts afresh, unless a code block or HTML block may
    run on over the cut."""
    cut = _FRESH_HEADING.search(text, len(text) // 2)
    if cut is None:
        return _marks_of(text)[0]
    start = cut.start()
    with beside(lambda: _marks_of(text[start:])[0], len(text)) as rest:
        first, reach = _marks_of(text[:start])
        lines = len(MARKDOWN_LINE.findall(text, 0, start))
        if reach >= lines:
            return _marks_of(text)[0]
        second = rest()
    return Marks(
        {**first.headings, **{k + lines: v for k, v in second.headings.items()}},
        {**first.setext, **{k + lines: v for k, v in second.setext.items()}},
        {**first.fences, **{k + lines: v + lines for k, v in second.fences.items()}},
        first.rules | {k + lines for k in second.rules},
    )


_FRESH_HEADING = re.compile(r"(?<=[\r\n])#{1,6}[ \t]")
"""A heading line at the left margin ("## Title"): what came before it ends there, but
for a code block or an HTML block that runs on (see _marks)."""


def _marks_of(text: str) -> tuple[Marks, int]:
    """Answer the structure markdown-it-py reads in the text (see _marks), and the line
    its code blocks and HTML blocks reach (those reaching its end may go on after it)."""
    headings: dict[int, int] = {}
    setext: dict[int, int] = {}
    fences: dict[int, int] = {}
    rules: set[int] = set()
    reach = -1
    for token in _block_parser().parse(text):
        kind = token.type
        if kind not in _MARKED or token.map is None:
            continue  # paragraphs, lists, quotes and closings mark nothing here
        first, end = token.map
        if kind == "heading_open" and token.markup.startswith("#"):
            headings[first] = int(token.tag[1])
        elif kind == "heading_open":
            if end - first == 2:
                setext[first] = int(token.tag[1])
            rules.add(end - 1)  # the underline: a break, where the text is no heading
        elif kind == "hr":
            rules.add(first)
        else:  # code or HTML, which may run on
            if kind == "fence":
                fences[first] = end
            reach = max(reach, end)
    return Marks(headings, setext, fences, frozenset(rules)), reach


_MARKED = frozenset({"heading_open", "hr", "fence", "html_block", "code_block"})
"""The tokens _marks_of reads a mark or a reach from."""


@cache
def _block_parser() -> "MarkdownIt":
    """Answer the CommonMark parser of the minutes' block structure: the inline pass
    (emphasis, links, code spans within a line) left out, as no reader here asks for
    it."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").disable("inline")


def _lines(text: str, markdown: bool) -> list[Line]:
    """Answer the lines of the text, comments and tables of contents left out as
    blank, and each flattened line of plain-text minutes cut into its pieces. Markdown
    breaks lines where CommonMark does, so that they are numbered as markdown-it-py
    numbers them."""
    hidden = sorted(_hidden(text))
    covered, next_hidden = -1, 0  # the furthest end of a hidden span opened so far
    lines = []
    offset = 0
    for raw in _markdown_lines(text) if markdown else text.splitlines(keepends=True):
        start = offset
        offset += len(raw)
        while next_hidden < len(hidden) and hidden[next_hidden][0] <= start:
            covered = max(covered, hidden[next_hidden][1])
            next_hidden += 1
        quoted = QUOTE_MARKS.match(raw) if markdown and ">" in raw else None
        inside = raw[quoted.end() :].lstrip() if quoted else ""
        listed = quoted is not None and (not inside.strip() or MARKER.match(inside) is not None)
        margin = quoted.group() if listed and quoted else ""  # a quoted list's marks indent it
        words = raw[len(margin) :].lstrip()
        body = offset - len(words)
        end = body + len(words.rstrip())
        if not words or end <= covered:
            lines.append(Line(start, start, 0, False))
        elif not markdown and end - start > FLATTENED_LENGTH and _flattened(text, body, end):
            lines.extend(Line(a, b, 0, True) for a, b in _pieces(text, body, end))
        else:
            indent = indentation(margin.replace(">", " ") + raw[len(margin) :])
            lines.append(Line(body, end, indent, False))
    return lines


def indentation(line: str) -> int:
    """Answer how far a line is indented: the blanks before its words, a tab reaching the
    next multiple of eight (as str.expandtabs)."""
    words = line.lstrip()
    if "\t" not in line:
        return len(line) - len(words)
    return len(line.expandtabs()) - len(words.expandtabs())


def indent_at(text: str, at: int) -> int:
    """Answer how far the line holding offset `at` is indented before it (see indentation)."""
    return indentation(text[text.rfind("\n", 0, at) + 1 : at])


SPLITLINES_ONLY = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""What str.splitlines breaks lines at besides "\\r" and "\\n", and CommonMark does not."""


def _markdown_lines(text: str) -> list[str]:
    """Answer the lines of Markdown as CommonMark breaks them, each with its line break:
    as str.splitlines breaks them, where the text holds no break CommonMark does not
    make."""
    if any(mark in text for mark in SPLITLINES_ONLY):
        return MARKDOWN_LINE.findall(text)
    return text.splitlines(keepends=True)


def _hidden(text: str) -> list[tuple[int, int]]:
    """Answer the spans no reader sees: HTML comments and generated tables of contents."""
    return _tables_of_contents(text) + _comments(text)


def _comments(text: str) -> list[tuple[int, int]]:
    """Answer the span of each HTML comment, "<!--" to the first "-->" after it; an
    opening never closed hides nothing."""
    spans: list[tuple[int, int]] = []
    at = text.find(COMMENT_OPEN)
    while at >= 0:
        close = text.find(COMMENT_CLOSE, at + len(COMMENT_OPEN))
        if close < 0:
            break  # no later opening is closed either
        spans.append((at, close + len(COMMENT_CLOSE)))
        at = text.find(COMMENT_OPEN, close + len(COMMENT_CLOSE))
    return spans


def _tables_of_contents(text: str) -> list[tuple[int, int]]:
    """Answer the span of each table of contents doctoc generates: from "<!-- START
    doctoc" to the first "<!-- END doctoc" after it with "-->" later on its line, that
    line's last "-->" included."""
    spans: list[tuple[int, int]] = []
    at = text.find(DOCTOC_START)
    while at >= 0:
        end = text.find(DOCTOC_END, at + len(DOCTOC_START))
        closed = -1
        while end >= 0:
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            closed = text.rfind(COMMENT_CLOSE, end + len(DOCTOC_END), line_end)
            if closed >= 0:
                break
            end = text.find(DOCTOC_END, line_end)  # none later on this line closes either
        if closed < 0:
            break  # no later start finds an end either
        spans.append((at, closed + len(COMMENT_CLOSE)))
        at = text.find(DOCTOC_START, closed + len(COMMENT_CLOSE))
    return spans


def _flattened(text: str, start: int, end: int) -> bool:
    """Answer whether a long line is minutes flattened onto one line: it holds several
    underlines, or an underline and several numbered headings."""
    rules = len(FLAT_RULE.findall(text, start, end))
    return rules >= 2 or (rules == 1 and len(FLAT_NUMBER.findall(text, start, end)) >= 2)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Answer the pieces of a flattened line, in order: each underline, the heading it
    underlines, and each bullet, item and turn."""
    headings = _flat_headings(text, start, end)
    cuts = {start, end} | {at for span in headings for at in span}
    cuts |= {rule.end() for rule in FLAT_RULE.finditer(text, start, end)}

    def outside_headings(at: int) -> bool:
        return not any(a < at < b for a, b in headings)

    cuts |= {m.end() for m in FLAT_MARK.finditer(text, start, end) if outside_headings(m.end())}
    turns = [
        turn
        for turn in FLAT_TURN.finditer(text, start, end)
        if turn.group("name").lower() not in LABEL_WORDS and outside_headings(turn.start())
    ]
    cuts |= {turn.start() for turn in turns}
    known = frozenset(turn.group("name").removesuffix("(?)") for turn in turns)
    for word in FLAT_WORD_START.finditer(text, start, end):
        if reported_start(text[word.start() : word.start() + 80], known):
            cuts.add(word.start())
    spans = []
    for a, b in pairwise(sorted(cuts)):
        piece = text[a:b]
        if piece.strip():
            spans.append((a + len(piece) - len(piece.lstrip()), a + len(piece.rstrip())))
    return spans


def _flat_headings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Answer the span of each underlined heading in a flattened line, from the heading
    to the start of its underline; an underline under no heading is a rule."""
    spans = []
    for rule in FLAT_RULE.finditer(text, start, end):
        heading = _underlined(text, start, rule)
        spans.append(
            (heading, rule.start()) if heading is not None else (rule.start(), rule.start())
        )
    return spans


def _underlined(text: str, start: int, rule: re.Match[str]) -> int | None:
    """Answer where the heading an underline underlines starts: the text before it
    as long as the underline (give or take two), if that starts a heading."""
    length = len(rule.group())
    for size in (length, length - 1, length + 1, length - 2, length + 2):
        at = rule.start() - 1 - size
        if at < start or (at > start and not text[at - 1].isspace()) or text[at].isspace():
            continue
        heading = text[at : rule.start() - 1].strip()
        if heading and not heading.endswith((".", ",")) and ". " not in heading:
            return at
    return None


def _read_from(
    text: str, lines: list[Line], i: int, marks: Marks | None, found: list[Block]
) -> int:
    """Read the block that starts at line `i` into `found`; answer the next line's index.
    `marks` is the structure of Markdown minutes (None: plain text)."""
    if marks is not None:
        return _read_markdown(text, lines, i, marks, found)
    line = lines[i]
    if line.start == line.end or _rule(text, line):
        return i + 1
    if not line.alone and FENCE.match(text, line.start):
        return _read_fence(text, lines, i, found)
    heading = _heading(text, lines, i, found)
    if heading is not None:
        found.append(heading)
        underlined = heading.form == "underlined" or (
            i + 1 < len(lines) and UNDERLINE.fullmatch(text, lines[i + 1].start, lines[i + 1].end)
        )
        return i + 2 if underlined else i + 1
    return _read_item(text, lines, i, found)


def _read_markdown(text: str, lines: list[Line], i: int, marks: Marks, found: list[Block]) -> int:
    """Read the Markdown block that starts at line `i` into `found`, by the structure
    markdown-it-py read; answer the next line's index."""
    line = lines[i]
    if (
        line.start == line.end
        or i in marks.rules
        or TABLE_RULE.fullmatch(text, line.start, line.end)
    ):
        return i + 1
    if i in marks.fences:
        end = marks.fences[i]
        last = lines[min(end, len(lines)) - 1]
        found.append(Item(line.start, line.start, last.end, "", line.indent))
        return end
    if i in marks.headings:
        found.append(Heading(line.start, line.end, marks.headings[i], "markdown"))
        return i + 1
    if (
        i in marks.setext
        and _is_underlined(text, lines, i)
        and prefix(text[line.start : line.end]) is None
    ):
        found.append(Heading(line.start, line.end, marks.setext[i], "underlined"))
        return i + 2
    marker = MARKER.match(text, line.start, line.end)
    body, written = (marker.end(), marker.group("marker")) if marker else (line.start, "")
    j = i + 1
    row = TABLE_ROW.match(text, line.start, line.end) is not None
    while (
        not row
        and j < len(lines)
        and (marker or lines[j].indent >= line.indent)  # see _read_item
        and _carries_on_markdown(text, lines, j, marks)
    ):
        j += 1
    found.append(Item(line.start, body, lines[j - 1].end, written, line.indent))
    return j


def _fenced_minutes(text: str, lines: list[Line], marks: Marks) -> set[int]:
    """Answer the lines of the fences around minutes, no language named: the fence around
    the minutes themselves (a wiki's "```" around them: most of the text's lines within it, a
    few dozen or more), and each fence around a discussion, most of its lines turns, named
    as names are ("~~~ text" / "Dave Thaler: OCF has a reference …" / "Michael: agree",
    CoRE minutes)."""
    written = sum(line.start != line.end for line in lines)
    found = set()
    for i, end in marks.fences.items():
        fence = text[lines[i].start : lines[i].end]
        if fence.strip("`~ \t") not in ("", "text", "txt", "plain"):
            continue
        inside = [text[line.start : line.end] for line in lines[i:end] if line.start != line.end]
        long = end - i >= FENCED_MINUTES_LINES
        whole = long and len(inside) >= max(written * FENCED_MINUTES, FENCED_MINUTES_LINES)
        if whole or _mostly_turns(inside[1:]):
            found.add(i)
    return found


def _mostly_turns(lines: list[str]) -> bool:
    """Answer whether lines are mostly speakers' turns, two at least, each speaker written with
    a capital as names are (not "name: stripes" / "version: 1" of a configuration)."""
    may = [line for line in lines if any(mark in line for mark in TURN_MARKS)]
    if len(may) * 2 <= len(lines):
        return False  # a turn's speaker stands before a colon, a dash or in brackets
    named = 0
    for line in may:
        found = prefix(line)
        named += found is not None and found.speaker.written[:1].isupper()
    return named >= 2 and named * 2 > len(lines)


def _read_fenced_minutes(text: str, lines: list[Line], i: int, end: int, found: list[Block]) -> int:
    """Read the minutes a fence from line `i` to `end` holds as plain text into `found`;
    answer the line after the fence."""
    close = end - 1 if FENCE.match(text, lines[end - 1].start) else end
    inside = lines[:close]
    j = i + 1
    while j < close:
        j = _read_from(text, inside, j, None, found)
    return end


def _carries_on_markdown(text: str, lines: list[Line], j: int, marks: Marks) -> bool:
    """Answer whether line `j` of Markdown minutes carries the item above it on: not
    blank and starting no block (heading, code, break, bullet, turn)."""
    if j in marks.headings or j in marks.fences or j in marks.rules or j in marks.setext:
        return False
    return _carries_on(text, lines[j], markdown=True, above=lines[j - 1])


def _read_fence(text: str, lines: list[Line], i: int, found: list[Block]) -> int:
    """Read a fenced code block, fences included, as one item."""
    j = i + 1
    while j < len(lines) and not FENCE.match(text, lines[j].start):
        j += 1
    last = lines[min(j, len(lines) - 1)]
    found.append(Item(lines[i].start, lines[i].start, last.end, "", lines[i].indent))
    return j + 1


def _read_item(text: str, lines: list[Line], i: int, found: list[Block]) -> int:
    """Read a paragraph, bullet or turn: its first line and the lines that carry it on,
    none of them further out than the first."""
    line = lines[i]
    marker = MARKER.match(text, line.start, line.end)
    body, written = (marker.end(), marker.group("marker")) if marker else (line.start, "")
    j = i + 1
    alone = line.alone or TABLE_ROW.match(text, line.start, line.end) is not None  # a table's row
    while (
        j < len(lines)
        and not alone
        and lines[j].indent >= line.indent  # a line further out starts an item of its own
        and _carries_on(text, lines[j], above=lines[j - 1])
    ):
        j += 1
    found.append(Item(line.start, body, lines[j - 1].end, written, line.indent))
    return j


def _carries_on(text: str, line: Line, *, markdown: bool = False, above: Line) -> bool:
    """Answer whether a line carries the item above it on: not blank, not a piece of a
    flattened line, and starting no block of its own (heading, rule, bullet, turn, a
    bold name reporting what they said); a line in lower case that goes on with a sentence
    the line `above` breaks off where the minutes are wrapped starts no turn ("Lots of
    applications use TLS for" / "transport: email, websites, etc.")."""
    if line.alone or line.start == line.end:
        return False
    if not markdown and (
        RULE.fullmatch(text, line.start, line.end)
        or FENCE.match(text, line.start)
        or MARKDOWN_HEADING.match(text, line.start)
    ):
        return False
    if MARKER.match(text, line.start, line.end):
        return False
    words = text[line.start : line.end]
    label = LABEL.match(words)
    if label and label.group("word").lower() in LABEL_WORDS:
        return False
    turn = prefix(words)
    if turn is not None and turn.bare and reported_start(words, frozenset()):
        return False  # "**Alex Chernyakhovsky** asks why ...": a reported turn of its own
    return turn is None or turn.bare or _broken_off(text, above, line, turn.speaker.written)


def _broken_off(text: str, above: Line, line: Line, label: str) -> bool:
    """Answer whether a line opening in lower case, its `label` read as a speaker's, goes
    on with a sentence the line above breaks off at the width the minutes are wrapped at:
    that line as long as WRAPPED_AT or longer, ending in a word no sentence ends with, or
    in any word where the label is words in lower case, which no handle is ("... split
    out. Two" / "parts remain: the KUDOS procedure ...")."""
    if above.indent + above.end - above.start < WRAPPED_AT or not text[line.start].islower():
        return False
    if BROKEN_OFF.search(text, above.start, above.end) is not None:
        return True
    return " " in label and label.islower() and text[above.end - 1].isalnum()


def _heading(text: str, lines: list[Line], i: int, found: list[Block]) -> Heading | None:
    """Answer the heading line `i` of plain-text minutes is, or None: an underlined
    line, a numbered heading, a bulleted topic line, or the title on the first line."""
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else None
    if _is_underlined(text, lines, i):
        assert following is not None
        level = 1 if text[following.start] == "=" else 2
        if NUMBERED_HEADING.match(text, line.start, line.end):
            return Heading(line.start, line.end, _numbered_level(text, line), "numbered")
        return Heading(line.start, line.end, level, "underlined")
    if _is_numbered_heading(text, line, following) and not _ends_a_list(text, lines, i):
        return Heading(line.start, line.end, _numbered_level(text, line), "numbered")
    if _is_topic_line(text, lines, i):
        return Heading(line.start, line.end, 1 if line.indent == 0 else 2, "topic")
    level = _outline_level(text, lines, i) if found else 0
    if level:
        return Heading(line.start, line.end, level, "topic")
    if not found and _is_title_line(text, lines, i):
        return Heading(line.start, line.end, 0, "title")
    return None


def _is_underlined(text: str, lines: list[Line], i: int) -> bool:
    """Answer whether line `i` is a heading underlined by the line after it, standing
    alone above its underline."""
    line = lines[i]
    if i + 1 >= len(lines) or line.end - line.start > 100 or BULLET.match(text, line.start):
        return False
    after = lines[i + 1]
    if not UNDERLINE.fullmatch(text, after.start, after.end):
        return False
    before = lines[i - 1] if i else None
    return (
        before is None
        or before.alone
        or before.start == before.end
        or bool(RULE.fullmatch(text, before.start, before.end))
    )


def _numbered_level(text: str, line: Line) -> int:
    """Answer a numbered heading's level: 1 for "(1)" and "1.", 2 for "1.2", ..."""
    number = text[line.start : line.end].split(None, 1)[0]
    return 1 + number.rstrip(".)").count(".")


def _is_numbered_heading(text: str, line: Line, following: Line | None) -> bool:
    """Answer whether a plain-text line is a numbered heading: short, "(1) Title" or
    "1. Title", no sentence in it, ending with a colon, standing alone, or at the margin
    above indented notes ("5. WG status update" / "   * EBML -- version 14 was posted"), a
    numbered heading below it ("1. Introduction" / "1.1. Administrivia") or numbered in
    parts, a heading's within a heading's ("1.2. WG Status (chairs, 20 min)" / "Daniel
    King: …")."""
    if not NUMBERED_HEADING.match(text, line.start, line.end) or line.end - line.start > 80:
        return False
    words = text[line.start : line.end]
    if SENTENCE_END_AT_END.search(words) or ". " in words.split(None, 1)[1]:
        return False
    if words.endswith(":") or following is None or following.start == following.end:
        return True
    if line.indent == 0 and (
        PART_NUMBERED.match(words)
        or PART_NUMBERED.match(text, following.start, following.end) is not None
    ):
        return True
    return line.indent == 0 and following.indent > 0


def _ends_a_list(text: str, lines: list[Line], i: int) -> bool:
    """Answer whether a numbered line standing alone below it is the last item of a numbered
    list right above it, one number on ("7. An extension to …" / "8. A definition of qlog
    nomenclature …" / "", "8) Jerome Martinez" / "9) Dante Bromkovsky" / ""), no heading (as
    "2. Accept draft minutes" above its indented notes, after "1. Note Well. …", is)."""
    after = lines[i + 1] if i + 1 < len(lines) else None
    if i == 0 or _blank(lines[i - 1]) or (after is not None and not _blank(after)):
        return False
    number = LIST_NUMBER.match(text, lines[i].start, lines[i].end)
    before = LIST_NUMBER.match(text, lines[i - 1].start, lines[i - 1].end)
    return number is not None and before is not None and int(before[1]) + 1 == int(number[1])


def _is_topic_line(text: str, lines: list[Line], i: int) -> bool:
    """Answer whether a plain-text bullet is a topic line: short, no sentence, standing
    alone between blank lines (or above one deeper topic line); an indented one no speaker's
    turn nor labelled note ("- Logistics:" / "  - Qin: everyone please tests the meetecho
    connection", "    - Chairs Action: Needs more work"), where one at the margin may name
    its presenter ("* jreschke: httpbis*-07 summary")."""
    if not _topic_like(text, lines[i]):
        return False
    bullet = TOPIC_BULLET.match(text, lines[i].start, lines[i].end)
    said = text[bullet.end() - 1 : lines[i].end] if bullet else ""  # the bullet's words
    if lines[i].indent > 0 and (prefix(said) is not None or LABELLED.match(said)):
        return False
    before = lines[i - 1] if i else None
    if (
        before is not None
        and before.start != before.end
        and not (_topic_like(text, before) and before.indent < lines[i].indent)
    ):
        return False
    after = lines[i + 1] if i + 1 < len(lines) else None
    if after is None or after.start == after.end:
        return _heads_something(text, lines, i) and not _goes_on_a_list(text, lines, i)
    below = lines[i + 2] if i + 2 < len(lines) else None
    return (
        _topic_like(text, after)
        and after.indent > lines[i].indent
        and (below is None or below.start == below.end)
    )


def _goes_on_a_list(text: str, lines: list[Line], i: int) -> bool:
    """Answer whether a bulleted line goes on the list of bullets as far out as it above it,
    across blank lines ("* Checksum offset" / "* Start of checksummed data" / "" /
    "* Packets still include checksum of the pseudo-header"): an item of that list."""
    j = i - 1
    while j >= 0 and _blank(lines[j]):
        j -= 1
    return (
        j >= 1
        and j < i - 1
        and all(
            lines[k].indent == lines[i].indent and BULLET.match(text, lines[k].start, lines[k].end)
            for k in (j - 1, j)
        )
    )


def _heads_something(text: str, lines: list[Line], i: int) -> bool:
    """Answer whether what follows a bulleted line across blank lines is what it heads: not
    another bullet as far out as it, nor the text's end ("Action Items" / "-   Start a
    thread on the mailing list …" / "-   Load references …": items of one list)."""
    j = i + 1
    while j < len(lines) and _blank(lines[j]):
        j += 1
    return j < len(lines) and not (
        lines[j].indent <= lines[i].indent and BULLET.match(text, lines[j].start, lines[j].end)
    )


def _outline_level(text: str, lines: list[Line], i: int) -> int:
    """Answer the level of the outline heading line `i` of plain-text minutes is, 0 when
    none: a line at the margin heads the indented lines below it ("DNS-SD Document
    Updates; Stewart Chesire" / "    Will take more things to the WG list"), after a
    blank line, a short one across a blank line too, and a talk's line with its presenter
    in brackets the turns below it ("Downgrade SCSV (Bodo Moller)"); so do two such
    lines, the second below the first ("Negative Caching of DNS Resolution Failures" /
    "draft-dwmtwc-dnsop-caching-resolution-failures, Duane Wessels" / "    Also presented
    at ...")."""
    blank_before = i == 0 or _blank(lines[i - 1])
    if blank_before and _above_slides(text, lines, i):
        return 1
    if not _margin_title(text, lines, i):
        return 0
    indented_after = i + 1 < len(lines) and _indented(lines[i + 1])
    spaced = (
        i + 2 < len(lines)
        and _blank(lines[i + 1])
        and _indented(lines[i + 2])
        and len(text[lines[i].start : lines[i].end].split()) <= SPACED_TITLE_WORDS
    )
    slot = SLOT_PRESENTER.search(text, lines[i].start, lines[i].end) is not None and _turn_next(
        text, lines, i
    )
    if blank_before and (indented_after or spaced or slot):
        return 1
    if blank_before and _margin_title(text, lines, i + 1) and i + 2 < len(lines):
        return 1 if _indented(lines[i + 2]) else 0
    under_title = i >= 1 and _margin_title(text, lines, i - 1) and (i < 2 or _blank(lines[i - 2]))
    return 2 if under_title and indented_after else 0


def _above_slides(text: str, lines: list[Line], i: int) -> bool:
    """Answer whether line `i` is a talk's line above the link to its slides: at the margin, no
    sentence, no bullet and no turn, naming a draft, the next line a link alone ("Using Early
    Data in DNS over TLS, draft-ghedini-dprive-early-data, Alessandro Ghedini" /
    "https://datatracker.ietf.org/meeting/105/materials/slides-…"); not a note of where
    something is ("slides from alexey" / "http://www.ietf.org/proceedings/…")."""
    if i + 1 >= len(lines):
        return False
    after = lines[i + 1]
    return (  # the cheap looks first: most lines name no draft
        DRAFT_NAMED.search(text, lines[i].start, lines[i].end) is not None
        and LINK_ALONE.fullmatch(text, after.start, after.end) is not None
        and _margin_title(text, lines, i, most=TALK_LINE_MOST)
    )


def _turn_next(text: str, lines: list[Line], i: int) -> bool:
    """Answer whether the first line after line `i` that is neither blank nor a link alone
    (its slides') is a speaker's turn."""
    for line in lines[i + 1 : i + 5]:
        words = text[line.start : line.end].strip()
        if words and not LINK_ALONE.fullmatch(words):
            return prefix(words) is not None
    return False


def _margin_title(text: str, lines: list[Line], i: int, most: int = MARGIN_TITLE_MOST) -> bool:
    """Answer whether line `i` may title what follows: at the margin, short (`most`
    characters at the most), no sentence, no bullet, no turn and no hum or poll put to the
    room ("Hum for pursuing this topic:" / "    (strong)")."""
    if i >= len(lines) or lines[i].indent or lines[i].alone or _blank(lines[i]):
        return False
    words = text[lines[i].start : lines[i].end]
    return (
        len(words) <= most
        and not SENTENCE_END_AT_END.search(words)
        and not MARKER.match(words)
        and not PUT_TO_THE_ROOM.match(words)
        and prefix(words) is None
    )


def _rule(text: str, line: Line) -> bool:
    """Answer whether a plain-text line is a rule: a break, or the line under a table's
    header row."""
    return bool(
        RULE.fullmatch(text, line.start, line.end)
        or TABLE_RULE.fullmatch(text, line.start, line.end)
    )


def _blank(line: Line) -> bool:
    """Answer whether a line is blank."""
    return line.start == line.end


def _indented(line: Line) -> bool:
    """Answer whether a line is indented and not blank."""
    return line.indent > 0 and not _blank(line)


def _topic_like(text: str, line: Line) -> bool:
    """Answer whether a line could be a topic line: a bullet, short, no sentence end."""
    return (
        not line.alone
        and line.end - line.start <= 100
        and bool(TOPIC_BULLET.match(text, line.start, line.end))
        and not SENTENCE_END_AT_END.search(text, line.start, line.end)
    )


def _is_title_line(text: str, lines: list[Line], i: int) -> bool:
    """Answer whether the first line of plain-text minutes is their title: short, not a
    bullet or turn, and no sentence."""
    line = lines[i]
    words = text[line.start : line.end]
    return (
        not line.alone
        and all(ln.start == ln.end for ln in lines[:i])
        and len(words) <= 100
        and not MARKER.match(words)
        and prefix(words) is None
        and not re.search(r"[.:;,!?]$", words)
    )

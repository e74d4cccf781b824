"""Markdown for mail and notes (the data's words literal), and as people read it (`unmarked`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from msecwg.show.safe import clean
from msecwg.show.views import LEGEND, Lines, R, View, cited, footnote_lines, groups, quoted

if TYPE_CHECKING:
    from msecwg.show.formats import Output

_MARKDOWN = str.maketrans(
    {c: f"\\{c}" for c in "\\`*_[]|#"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
)


# What `unmarked` reads, after CommonMark: escapes, code spans, links, autolinks, emphasis.
_MARKS = frozenset("#*_`[<\\")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_CLOSING = re.compile(r"[ \t]+#+[ \t]*$")
_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_DESTINATION = r"(?:<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)"
_LINK = re.compile(
    r"(!?)\[([^\[\]]*)\]\(\s*" + _DESTINATION + r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"
)
_AUTOLINK = re.compile(
    r"<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>"
)
_EMPHASIS = [
    (c, re.compile(rf"{before}{mark}(?=[^\s{c}])(.+?)(?<=[^\s{c}]){mark}{after}", re.DOTALL))
    for c, before, after in (("*", r"(?<!\*)", ""), ("_", r"(?<![\w_])", r"(?![\w_])"))
    for mark in (rf"\{c}" * 3, rf"\{c}" * 2, rf"\{c}")
]
_HELD = "\ue001"
"""Stands for a piece of text set aside (code, an escaped mark) while marks are read."""


def unmarked(text: str) -> str:
    """Answer Markdown as people read it, without marks ("### Migration" -> "Migration"); an
    escaped mark stays as written, backslash and all."""
    if _MARKS.isdisjoint(text):
        return text
    held: list[str] = []

    def hold(piece: str) -> str:
        held.append(piece)
        return f"{_HELD}{len(held) - 1}{_HELD}"

    def code(match: re.Match[str]) -> str:
        inner = match.group(2).replace("\n", " ")
        if inner.startswith(" ") and inner.endswith(" ") and inner.strip():
            inner = inner[1:-1]
        return hold(inner)

    shown = _CLOSING.sub("", _HEADING.sub("", text, count=1)) if _HEADING.match(text) else text
    if "\\" in shown:
        shown = _ESCAPE.sub(lambda m: hold(m.group()), shown)
    if "`" in shown:
        shown = _CODE.sub(code, shown)
    if "<" in shown:
        shown = _AUTOLINK.sub(r"\1", shown)
    for _ in range(4):  # a link's text may itself hold a link's image
        shown, found = _LINK.subn(r"\2", shown)
        if not found:
            break
    for mark, pattern in _EMPHASIS:
        while mark in shown:
            shown, found = pattern.subn(r"\1", shown)
            if not found:
                break
    if held:
        shown = re.sub(f"{_HELD}(\\d+){_HELD}", lambda m: held[int(m.group(1))], shown)
    return shown


def as_read(line: str) -> str:
    """Answer a line of a view as people read it, a quoted passage as one ("“### A”" -> "“A”")."""
    if len(line) > 1 and line.startswith("“") and line.endswith("”"):
        return quoted(unmarked(line[1:-1]))
    return unmarked(line)


def markdown_text(text: str) -> str:
    """Answer data's text as Markdown shows literally: no markup, raw HTML or link of its own."""
    return clean(text).translate(_MARKDOWN)


def _words(text: str, style: str = "", verbatim: bool = False) -> str:
    """Answer a line of a view as Markdown, literal, in italics or bold as its style is."""
    mark = "*" if "italic" in style else "**" if "bold" in style else ""
    return f"{mark}{markdown_text(text if verbatim else as_read(text))}{mark}"


def markdown(view: View[R], output: Output) -> str:
    """Answer a view as Markdown: its answer, notes, a table or cards, footnotes."""

    def cell(lines: Lines, verbatim: bool = False) -> str:
        return "<br>".join(_words(text, style, verbatim) for text, style in lines if text)

    out = [_words(view.heading, "bold"), ""]
    out += [line for note_line in view.notes for line in (_words(note_line), "")]
    out += [f"- {_words(bullet, 'italic')}" for bullet in view.bullets]
    if view.bullets:
        out.append("")
    for card in view.cards or []:
        if card.title:
            out += [f"### {_words(card.title)}", ""]
        out += [
            f"- **{markdown_text(f.label)}**: {cell(f.lines, f.verbatim and output.cite)}"
            for f in card.fields
        ]
        out.append("")
    if view.cards is None:
        for title, rows in groups(view):
            if title:
                out += [_words(title, "bold"), ""]
            headers = [markdown_text(c.header) for c in view.columns]
            if output.cite:
                headers.append("Minutes")
            out += ["| " + " | ".join(headers) + " |", "|---" * len(headers) + "|"]
            for row in rows:
                shown = [cell(c.cell(row)) or " " for c in view.columns]
                if output.cite:
                    shown.append(cell(cited(row), True) or " ")
                out.append("| " + " | ".join(shown) + " |")
            out.append("")
    out += [_words(line) for line in footnote_lines(view.footnotes, output.width)]
    if view.cards is not None or output.cite:
        out += ["", markdown_text(LEGEND)]
    return "\n".join(out).strip("\n") + "\n"

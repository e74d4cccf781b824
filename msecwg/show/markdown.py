"""Markdown for mail and notes: a view as text to paste, the data's words shown
literally (no markup, raw HTML or links of their own)."""

from __future__ import annotations

from typing import Any

from msecwg.show.safe import clean
from msecwg.show.views import LEGEND, Column, Lines, View, groups

_MARKDOWN = str.maketrans(
    {c: f"\\{c}" for c in "\\`*_[]|#"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
)


def markdown_text(text: str) -> str:
    """Answer text from the data as Markdown shows it literally: no markup, no raw HTML,
    no link of its own."""
    return clean(text).translate(_MARKDOWN)


def _styled(text: str, style: str) -> str:
    """Answer a line of a cell as Markdown: literal, in italics or bold as its style is."""
    shown = markdown_text(text)
    if "italic" in style:
        return f"*{shown}*"
    return f"**{shown}**" if "bold" in style else shown


def markdown(view: View, output: Any) -> str:
    """Answer a view as Markdown: its answer, notes, a table or cards, footnotes."""

    def cell(lines: Lines) -> str:
        return "<br>".join(_styled(text, style) for text, style in lines if text)

    out = [f"**{markdown_text(view.heading)}**", ""]
    out += [line for note_line in view.notes for line in (markdown_text(note_line), "")]
    out += [f"- *{markdown_text(bullet)}*" for bullet in view.bullets]
    if view.bullets:
        out.append("")
    for card in view.cards or []:
        if card.title:
            out += [f"### {markdown_text(card.title)}", ""]
        out += [f"- **{markdown_text(f.label)}**: {cell(f.lines)}" for f in card.fields]
        out.append("")
    if view.cards is None:
        columns = _cited(view, output)
        for title, rows in groups(view):
            if title:
                out += [f"**{markdown_text(title)}**", ""]
            out.append("| " + " | ".join(markdown_text(c.header) for c in columns) + " |")
            out.append("|" + "|".join("---" for _ in columns) + "|")
            for row in rows:
                out.append("| " + " | ".join(cell(c.cell(row)) or " " for c in columns) + " |")
            out.append("")
    out += [markdown_text(line) for line in view.footnotes]
    if view.cards is not None or output.cite:
        out += ["", markdown_text(LEGEND)]
    return "\n".join(out).strip("\n") + "\n"


def _cited(view: View, output: Any) -> list[Column]:
    """Answer the columns of a Markdown table; with --cite, one more: the minutes' words
    each row rests on."""
    if not output.cite:
        return view.columns
    minutes = Column("Minutes", lambda row: [(f"“{quote}”", "italic") for quote in row.quotes])
    return [*view.columns, minutes]

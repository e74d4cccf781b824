"""Views drawn for a terminal (imported only then): a table of a line a record, one field a line
where too narrow, or cards; key columns unbroken, words wrapped at spaces, Markdown as it reads."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from itertools import zip_longest
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from msecwg.rows import Row
from msecwg.show.markdown import as_read
from msecwg.show.safe import clean
from msecwg.show.views import LEGEND, Card, Column, Lines, R, View, cited, footnote_lines, groups

if TYPE_CHECKING:
    from msecwg.show.formats import Output

STACKED_BELOW = 60
"""Below this width, records are shown one field a line."""
WORDS_AT_LEAST = 30
"""The narrowest a column of words is drawn; a table that cannot shows a field a line instead."""
GAP = "  "
_URL = re.compile(r"https?://[^\s“”\"'<>]+")
_DATE = re.compile(
    r"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?(?:\d{1,2} )?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}(?![0-9])"
)
"""A date as msecwg writes it: "Wed 20 Mar 2024", "1 Sep 2003", "Jul 2006"."""
_COMMAND = re.compile(r"\bmsecwg [a-z]+(?: (?:'[^']*'|[^\s.,;:()“”]+))*|--as-of \d{4}-\d\d-\d\d")
"""A command msecwg suggests (up to the first mark of punctuation), or an as-of date."""
_JOIN = "\ue000"
"""Stands for a space within a date while text is wrapped: not a space, one cell wide."""


class Canvas:
    """The lines drawn so far, for a terminal of a given width, with or without colour."""

    def __init__(self, output: Output) -> None:
        self.output = output
        self.console = Console(
            file=io.StringIO(),
            width=10_000,
            markup=False,
            emoji=False,
            highlight=False,
            color_system="auto" if output.color else None,
            force_terminal=output.color,
            no_color=not output.color,
            legacy_windows=False,
        )
        self.lines: list[Text] = []
        self.cut = False  # whether a cell was cut short with "…"

    def text(self, lines: Lines, highlight: Sequence[str] = (), *, verbatim: bool = False) -> Text:
        """Answer a cell's lines as one text as they read (unless `verbatim`), marked, linked."""
        cell = Text()
        for line, style in lines:
            if line:
                if cell:
                    cell.append("\n")
                cell.append(clean(line) if verbatim else shown_text(line), style=style)
        if self.output.links:
            for url in _URL.finditer(cell.plain):
                cell.stylize(f"link {url.group()}", url.start(), url.end())
        if highlight:
            cell.highlight_words(map(clean, highlight), style="reverse", case_sensitive=False)
        return cell

    def wrapped(self, text: Text, width: int) -> list[Text]:
        """Answer text wrapped at spaces to a width, never breaking a word, a date or a command."""
        joined = _DATE.sub(lambda date: date.group().replace(" ", _JOIN), text.plain)
        joined = _COMMAND.sub(lambda hint: hint.group().replace(" ", _JOIN), joined)
        if joined != text.plain:
            text = text.copy()
            text.plain = joined
        # Set on the text, not passed to wrap(): passed, "ignore" turns wrapping off.
        text.overflow = "ignore"
        lines = list(text.wrap(self.console, max(width, 1)))
        for line in lines:
            line.rstrip()
            line.plain = line.plain.replace(_JOIN, " ")
        return lines

    def add(self, text: Text, indent: int = 0, first: str | None = None) -> None:
        """Draw text wrapped to the terminal, each line indented (the first by `first`)."""
        for n, line in enumerate(self.wrapped(text, self.output.width - indent)):
            lead = first if n == 0 and first is not None else " " * indent
            self.lines.append(Text(lead) + line if lead else line)

    def drawn(self) -> str:
        """Answer everything drawn, as the text to write."""
        with self.console.capture() as captured:
            for line in self.lines:
                self.console.print(line, no_wrap=True, overflow="ignore", crop=False)
        return captured.get()


def shown_text(text: str) -> str:
    """Answer text of the data as a terminal shows it: as it reads, and safe."""
    return clean(as_read(text))


def render(view: View[R], output: Output) -> str:
    """Answer a view drawn for the output's terminal, as the text to write."""
    canvas = Canvas(output)
    canvas.add(Text(shown_text(view.heading), style="bold"))
    for line in view.notes:
        canvas.add(canvas.text([(line, "dim")]))
    for bullet in view.bullets:
        canvas.add(canvas.text([(bullet, "italic")]), indent=2, first="- ")
    dropped: dict[str, None] = {}  # the columns a table left out, to fit
    if view.cards is not None:
        for card in view.cards:
            _card(canvas, card)
    elif view.shown_rows():
        for title, rows in groups(view):
            if title:
                canvas.add(Text(shown_text(title), style="bold underline"))
            columns, kept = view.columns, [c for c in view.columns if not c.drop]
            droppable = len(kept) < len(columns)
            widths = _widths(canvas, columns, rows, whole=droppable)
            if widths is None and droppable:  # a table without those to drop, then
                columns, widths = kept, _widths(canvas, kept, rows)
            if widths is None or output.width < STACKED_BELOW:
                _stacked(canvas, view, rows)  # every field, those to drop too
            else:
                dropped.update((c.header, None) for c in view.columns if c not in columns)
                _table(canvas, view, columns, rows, widths)
    for line in footnote_lines(view.footnotes, output.width):
        canvas.add(Text(shown_text(line), style="dim"))
    if canvas.cut:
        canvas.add(canvas.text([(f"… cut short: {view.whole}.", "dim")]))
    if dropped:
        them = "it" if len(dropped) == 1 else "them"
        left = f"{', '.join(dropped)} left out to fit: --json, or a wider terminal, shows {them}."
        canvas.add(canvas.text([(left, "dim")]))
    if view.cards is not None or output.cite:
        canvas.add(Text(LEGEND, style="dim"))
    return canvas.drawn()


def _widths(
    canvas: Canvas, columns: list[Column[R]], rows: list[R], *, whole: bool = False
) -> list[int] | None:
    """Answer each column's width, spare width shared by ratio; None when the least does not fit
    (when not every column fits `whole`)."""
    texts = [[canvas.text(c.cell(row)).plain for row in rows] for c in columns]
    natural = [
        max([cell_len(c.header), *(cell_len(line) for t in cells for line in t.split("\n"))])
        for c, cells in zip(columns, texts, strict=True)
    ]
    flex = [i for i, c in enumerate(columns) if c.wrap or c.cut]
    room = canvas.output.width - len(GAP) * (len(columns) - 1)
    room -= sum(n for i, n in enumerate(natural) if i not in flex)
    if sum(natural[i] for i in flex) <= room:
        return natural
    if whole:
        return None
    least = [
        min(n, c.min_width or (WORDS_AT_LEAST if c.wrap else max(cell_len(c.header), 8)))
        for n, c in zip(natural, columns, strict=True)
    ]
    for i in flex:  # a word wrapping cannot break stays whole
        if columns[i].wrap and not columns[i].cut:
            least[i] = max([least[i], *(cell_len(w) for t in texts[i] for w in t.split())])
    if room < sum(least[i] for i in flex):
        return None
    total = sum(columns[i].ratio for i in flex)
    widths = list(natural)
    for i in flex:
        widths[i] = max(least[i], min(natural[i], room * columns[i].ratio // total))
    left = room - sum(widths[i] for i in flex)
    for i in sorted(flex, key=lambda i: not columns[i].cut):  # taken back: cut ones first
        back = min(max(-left, 0), widths[i] - least[i])
        widths[i] -= back
        left += back
    for i in flex:  # what rounding left over, to the first that wants it
        extra = min(max(left, 0), natural[i] - widths[i])
        widths[i] += extra
        left -= extra
    return widths


def _cell(canvas: Canvas, column: Column[R], row: R, width: int) -> list[Text]:
    """Answer a cell's lines at a column's width: cut short with … or wrapped."""
    text = canvas.text(column.cell(row), column.highlight)
    if column.wrap and not column.cut:
        return canvas.wrapped(text, width)
    lines = list(text.split("\n"))
    if column.cut:
        canvas.cut |= any(line.cell_len > width for line in lines)
        lines = [_within(line, width) if column.cut_within else line for line in lines]
        for line in lines:
            line.truncate(width, overflow="ellipsis")
    return lines


def _within(line: Text, width: int) -> Text:
    """Answer a name too long for its width cut in its middle, its first word kept and as many
    of its last words as fit, hyphens apart ("draft-…example-core"); as it is where none fit."""
    plain = line.plain
    head = plain.find("-") + 1
    if line.cell_len <= width or head == 0:
        return line
    start = plain.find("-", len(plain) - (width - head - 1) - 1) + 1  # a word's start
    return Text.assemble(line[:head], "…", line[start:]) if head < start < len(plain) else line


def _table(
    canvas: Canvas, view: View[R], columns: list[Column[R]], rows: list[R], widths: list[int]
) -> None:
    """Draw rows as a table of the columns given, under a bold header, each in its state's style."""
    header = [Text(c.header, style="bold") for c in columns]
    canvas.lines.append(_joined(header, widths))
    for row in rows:
        style = view.row_style(row) if view.row_style else ""
        cells = [_cell(canvas, c, row, w) for c, w in zip(columns, widths, strict=True)]
        for parts in zip_longest(*cells, fillvalue=Text()):
            line = _joined(parts, widths)
            line.stylize(style)
            canvas.lines.append(line)
        _cite(canvas, row, None)


def _joined(cells: Sequence[Text], widths: list[int]) -> Text:
    """Answer one line of a table: each cell padded to its column's width."""
    padded = (c + " " * max(w - c.cell_len, 0) for c, w in zip(cells, widths, strict=True))
    line = Text(GAP).join(padded)
    line.rstrip()
    return line


def _stacked(canvas: Canvas, view: View[R], rows: list[R]) -> None:
    """Draw the records one field a line, the key columns as a title."""
    columns = view.columns
    keys = [c for c in columns if c.key] or columns[:1]
    for row in rows:
        style = view.row_style(row) if view.row_style else ""
        heads = [canvas.text(c.cell(row)).split("\n") for c in keys]
        title = Text(GAP).join(lines[0] for lines in heads)
        title.stylize("bold")
        canvas.add(title)
        for more in (line for lines in heads for line in lines[1:]):
            canvas.add(more, indent=2)
        for column in (c for c in columns if c not in keys):
            line = Text(f"{column.header}: ", style="dim")
            line.append_text(canvas.text(column.cell(row), column.highlight))
            line.stylize(style)
            canvas.add(line, indent=4, first="  ")
        _cite(canvas, row, "  ")


def _cite(canvas: Canvas, row: Row, first: str | None) -> None:
    """Draw under a record, under --cite, the minutes' words it rests on, as written."""
    for quote in cited(row) if canvas.output.cite else []:
        canvas.add(canvas.text([quote], verbatim=True), 4, first)


def _card(canvas: Canvas, card: Card) -> None:
    """Draw a card: its title, then each field's label and lines beside it."""
    if card.title:
        canvas.lines.append(Text())
        canvas.add(Text(shown_text(card.title), style="bold"))
    labels = max((cell_len(f.label) for f in card.fields), default=0)
    room = canvas.output.width - labels - len(GAP)
    narrow = room < 30  # too narrow to set values beside labels: one under the other
    for field in card.fields:
        as_written = field.verbatim and canvas.output.cite
        label = Text(clean(field.label) if narrow else clean(field.label).ljust(labels), "dim")
        if narrow:
            canvas.add(label)
        for line, style in field.lines:
            if not line:
                continue
            text = canvas.text([(line.strip(), style)], verbatim=as_written)
            if narrow:
                canvas.add(text, indent=4, first="  ")
                continue
            indent = GAP + " " * (len(line) - len(line.lstrip(" ")))  # each line of a quote's
            for part in canvas.wrapped(text, room - len(indent) + len(GAP)):
                canvas.lines.append(label + Text(indent) + part)
                label = Text(" " * labels)

"""The view of the meetings given: one line a meeting, in the order held."""

from __future__ import annotations

from collections.abc import Sequence

from msecwg.dates import short_date
from msecwg.rows import MeetingRow, Scope
from msecwg.show.views import Column, Lines, View, dash, meeting_line


def held(row: MeetingRow) -> str:
    """Answer the days a meeting was held, as people read them: "6 Nov 2023", "6 to
    9 Nov 2023", "30 Jun to 2 Jul 2004", "Dec 2007" where the minutes give only the
    month; empty where they give none."""
    first, last = row.date, row.last_date
    if first is None:
        return ""
    if last is None:
        return short_date(first, False, row.precision)
    if first.year != last.year:
        return f"{short_date(first, False)} to {short_date(last, False)}"
    start = short_date(first, False).removesuffix(f" {first.year}")
    if first.month == last.month:
        start = str(first.day)
    return f"{start} to {short_date(last, False)}"


def _number(n: int) -> Lines:
    """Answer a count as a cell, a dim dash for none."""
    return [(str(n), "")] if n else dash()


WIDE = 100
"""From this terminal width on, the table adds each meeting's file."""


def meetings_view(rows: Sequence[MeetingRow], scope: Scope, width: int = 80) -> View[MeetingRow]:
    """Answer the view of the meetings, one line each in the order held: its label, its
    days, its group (when they are of several), how many documents, decisions, action
    items and exchanges its transcription records, how many things it leaves for a
    person to settle, and (in the records, and on a wide terminal) its file."""
    groups = len({r.working_group for r in rows}) > 1
    wide = width >= WIDE
    return View(
        kind="meetings",
        rows=rows,
        row_type=MeetingRow,
        heading=meeting_line(scope) if scope.several else f"1 meeting: {scope.name}",
        notes=[
            "Left: what the transcription leaves for a person to settle (--json says what)."
            + ("" if wide else " Each file: --json, or a terminal 100 columns wide.")
        ],
        columns=[
            Column("Meeting", lambda r: [(r.meeting, "bold")], key=True),
            Column("Held", lambda r: [(held(r), "")] if r.date else dash()),
            *([Column("Group", lambda r: [(r.working_group, "")])] if groups else []),
            Column("Docs", lambda r: _number(r.documents)),
            Column("Decisions", lambda r: _number(r.decisions)),
            Column("Items", lambda r: _number(r.action_items)),
            Column("Exchanges", lambda r: _number(r.exchanges)),
            Column("Left", lambda r: _number(r.left)),
            *(
                [Column("File", lambda r: [(r.file, "dim")], ratio=1, cut=True, min_width=8)]
                if wide
                else []
            ),
        ],
        scope=scope,
    )

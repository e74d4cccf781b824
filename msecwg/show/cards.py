"""One record on one screen: a document (`msecwg drafts NAME`) or an action item
(`msecwg actions ID`), with everything the list leaves out, and every record so
under --long."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from msecwg.model import Section
from msecwg.rows import ActionRow, DateRow, DraftRow, OutcomeRow, Scope
from msecwg.show.views import (
    OUTSIDE,
    Card,
    Field,
    Lines,
    View,
    cells,
    count,
    date_text,
    day,
    quoted,
    state_text,
    what,
    written_date,
)


def dates_lines(dates: Sequence[DateRow], as_of: dt.date) -> Lines:
    """Answer every dated thing of an item, a line each (what, when, where it stands),
    each condition and hedge under its date in the minutes' words."""
    lines: Lines = []
    for d in dates:
        lines.append((f"{what(d)}: {date_text(d)}, {state_text(d, as_of)}", ""))
        lines += cells(
            (f"  {quoted(d.condition)}" if d.condition else None, "italic"),
            (f"  tentative: {quoted(d.tentative)}" if d.tentative else None, "italic"),
        )
    return lines


def _quotes(quotes: Sequence[str]) -> Lines:
    return [(quoted(q), "italic") for q in quotes]


def draft_card(
    row: DraftRow,
    items: Sequence[ActionRow],
    section: Section,
    as_of: dt.date,
    then: str | None = None,
) -> list[Field]:
    """Answer a document's card: its status, state (with `then`, the day the minutes
    record it, where that is not the as-of date) and notes, what people said of it,
    its items and their dates, the section of the minutes it stands in, the minutes' words it rests
    on, and (for an OutcomeRow) what became of it, from outside the minutes."""
    fields = [
        Field(
            "Status", [(row.status, "")] if row.status else [("not recorded in the minutes", "dim")]
        ),
        Field("State", cells((row.state + (f" ({then})" if then else ""), ""), (row.notes, "dim"))),
    ]
    if row.title:
        fields.insert(0, Field("Title", [(row.title, "")]))
    if row.called:
        fields.append(Field("Also called", [(", ".join(row.called), "")]))
    if row.stages:
        fields.append(Field("Stages", _stage_lines(row)))
    if row.said:
        fields.append(
            Field(
                "Said",
                [(f"{s.person or 'no speaker'}: {quoted(s.words)}", "italic") for s in row.said],
            )
        )
    for item in items:
        label = "Item" if item.listed == "action item" else "Follow-up"
        fields.append(
            Field(f"{label} {item.id}", [(item.what, ""), *dates_lines(item.dates, as_of)])
        )
    fields.append(Field("Section", [(_section_line(section), "")]))
    fields.append(Field("Minutes", _quotes(row.quotes), verbatim=True))
    if isinstance(row, OutcomeRow):
        fields.append(Field(f"After the meeting {OUTSIDE}", _outcome_lines(row)))
    return fields


def _section_line(section: Section) -> str:
    """Answer the section of the minutes a document stands in, and what it holds, without
    saying it discusses the document: "(3) GKM-Architecture: 3 summary points; msecwg
    discussion gkm-architecture", "(5) Action Items"."""
    sizes = ((len(section.points), "summary point"), (len(section.exchanges), "exchange"))
    held = [count(n, what) for n, what in sizes if n]
    where = section.heading.rstrip(":")
    if not held:
        return where
    return f"{where}: {', '.join(held)}; msecwg discussion {section.key}"


def _stage_lines(row: DraftRow) -> Lines:
    """Answer each stage the minutes state of a document, its date as written, and the
    words it rests on."""
    lines: Lines = []
    for s in row.stages:
        dated = f", {s.date_as_written}" if s.date_as_written else ""
        lines += [(f"{s.stage}{dated}", ""), (f"  {quoted(s.quote)}", "italic")]
    return lines


def _outcome_lines(row: OutcomeRow) -> Lines:
    """Answer what became of a document, from outside the minutes, primary source first."""
    draft = f"{row.draft} ({row.draft_note})" if row.draft and row.draft_note else row.draft
    return cells(
        (row.outcome, "bold"),
        (draft, ""),
        (row.rfc_url, ""),
        (f"Source: {row.outcome_source}" if row.outcome_source else None, "dim"),
    )


def action_card(row: ActionRow, section: Section, as_of: dt.date) -> list[Field]:
    """Answer an item's card: what it is, its document, the people it names, every dated
    thing and where it stands, and the minutes' words it rests on."""
    people = ", ".join(row.people)
    if people and row.people_role:
        people += f": {quoted(row.people_role)}"
    done = f"recorded done {day(row.done)}" if row.done else None
    return [
        Field("What", [(row.what, "")]),
        Field(
            "Document",
            cells(
                (f"{row.document_name} (msecwg drafts {row.document})" if row.document else "—", "")
            ),
        ),
        *([Field("People", [(people, "")])] if people else []),
        *([Field("Owner", [(row.owner, "")])] if row.owner and not people else []),
        Field("Dates", dates_lines(row.dates, as_of) or [("none in the minutes", "dim")]),
        *([Field("Done", [(done, "")])] if done else []),
        Field("Section", [(section.heading.rstrip(":"), "")]),
        Field("Minutes", _quotes(row.quotes), verbatim=True),
    ]


def _title(what: str, row: DraftRow | ActionRow, scope: Scope, as_of: dt.date) -> str:
    """Answer a card's title: what it shows, its meeting among several, and the as-of date."""
    at = f" at {row.meeting}" if scope.several else ""
    return f"{what}{at}, as of {day(as_of)}"


def _then(scope: Scope, as_of: dt.date) -> str | None:
    """Answer when the minutes record a document's state, where the as-of date is
    another day: "as of the meeting, Mon 14 Jul 2003"."""
    meeting = scope.one
    if meeting is None or meeting.date is None or meeting.date.day == as_of:
        return None
    return f"as of the meeting, {written_date(meeting.date)}"


def drafts_cards(
    rows: Sequence[DraftRow],
    items: Sequence[ActionRow],
    sections: dict[tuple[str, str], Section],
    scope: Scope,
    as_of: dt.date,
) -> View[DraftRow]:
    """Answer the view of documents shown whole, a card each (a card a meeting, across
    meetings); `sections` gives each document's section by its meeting and id."""
    shown = [
        Card(
            _title(row.name, row, scope, as_of),
            draft_card(
                row,
                [i for i in items if i.document == row.id and i.meeting == row.meeting],
                sections[(row.meeting, row.id)],
                as_of,
                _then(scope, as_of),
            ),
        )
        for row in rows
    ]
    several = f"{count(len(rows), 'document')} of the {scope.name}, as of {day(as_of)}"
    if scope.several and len({r.id for r in rows}) == 1:
        several = f"{rows[0].name}: {count(len(rows), 'meeting')}, as of {day(as_of)}"
    return View(
        kind="drafts",
        rows=rows,
        row_type=type(rows[0]) if rows else DraftRow,
        heading=shown[0].title if len(shown) == 1 else several,
        cards=shown if len(shown) != 1 else [Card("", shown[0].fields)],
        as_of=as_of,
        scope=scope,
    )


def actions_cards(
    rows: Sequence[ActionRow],
    sections: dict[tuple[str, str], Section],
    scope: Scope,
    as_of: dt.date,
) -> View[ActionRow]:
    """Answer the view of action items and follow-ups shown whole, a card each;
    `sections` gives each section by its meeting and key."""
    shown = [
        Card(
            _title(
                f"{'Item' if r.listed == 'action item' else 'Follow-up'} {r.id}", r, scope, as_of
            ),
            action_card(r, sections[(r.meeting, r.section)], as_of),
        )
        for r in rows
    ]
    heading = (
        shown[0].title
        if len(shown) == 1
        else f"{count(len(rows), 'item')} of the {scope.name}, as of {day(as_of)}"
    )
    return View(
        kind="actions",
        rows=rows,
        row_type=ActionRow,
        heading=heading,
        cards=shown if len(shown) != 1 else [Card("", shown[0].fields)],
        as_of=as_of,
        scope=scope,
    )

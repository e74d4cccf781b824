"""Cards: one record on one screen (a document or an action item), with all a list leaves out."""

import datetime as dt
from collections.abc import Sequence

from msecwg.ask.queries import event_label as what
from msecwg.dates import count, short_date
from msecwg.model import Section
from msecwg.rows import ActionRow, DateRow, DecisionRow, DraftRow, OutcomeRow, Scope
from msecwg.show.views import (
    OUTSIDE,
    Card,
    Field,
    Lines,
    R,
    View,
    cells,
    date_text,
    quoted,
    state_text,
    then,
)

Sections = dict[tuple[str, str], Section]


def dates_lines(dates: Sequence[DateRow], as_of: dt.date) -> Lines:
    """Answer an item's dated things, a line each, with each condition and hedge beneath."""
    lines: Lines = []
    for d in dates:
        lines.append((f"{what(d)}: {date_text(d)}, {state_text(d, as_of)}", ""))
        lines += cells(
            (f"  {quoted(d.condition)}" if d.condition else None, "italic"),
            (f"  tentative: {quoted(d.tentative)}" if d.tentative else None, "italic"),
        )
    return lines


def _minutes(row: DraftRow | ActionRow) -> Field:
    """Answer the field of the minutes' words a record rests on."""
    return Field("Minutes", [(quoted(q), "italic") for q in row.quotes], verbatim=True)


def _listed(item: ActionRow) -> str:
    return f"{'Item' if item.listed == 'action item' else 'Follow-up'} {item.id}"


def draft_card(
    row: DraftRow,
    items: Sequence[ActionRow],
    decisions: Sequence[DecisionRow],
    sections: Sections,
    as_of: dt.date,
    since: str | None,
) -> list[Field]:
    """Answer a document's card: all the minutes say, and (an OutcomeRow) what became of it."""
    section = sections[(row.meeting, row.id)]
    items = [i for i in items if i.document == row.id and i.meeting == row.meeting]
    decided = [d for d in decisions if d.document == row.id and d.meeting == row.meeting]
    state = row.state + (f" (as of the meeting, {since})" if since else "")
    stages: Lines = []
    for s in row.stages:
        dated = f", {s.date_as_written}" if s.date_as_written else ""
        stages += [(f"{s.stage}{dated}", ""), (f"  {quoted(s.quote)}", "italic")]
    said: Lines = [  # the minutes' own note of where it stands, where no one is named
        (f"{s.person}: {quoted(s.words)}" if s.person else quoted(s.words), "italic")
        for s in row.said
    ]
    fields = [
        Field("Title", cells((row.title, ""))),
        Field("Status", cells((row.status, "")) or [("not recorded in the minutes", "dim")]),
        Field("State", cells((state, ""), (row.notes, "dim"))),
        Field("Also called", cells((", ".join(row.called), ""))),
        Field("Stages", stages),
        Field("Said", said),
        Field(
            "Decisions", [(f"{d.kind.capitalize()}: {quoted(d.text)}", "italic") for d in decided]
        ),
        *(Field(_listed(i), [(i.what, ""), *dates_lines(i.dates, as_of)]) for i in items),
    ]
    fields = [f for f in fields if f.lines]
    sizes = ((len(section.points), "summary point"), (len(section.exchanges), "exchange"))
    held = ", ".join(count(n, thing) for n, thing in sizes if n)
    where = section.heading.rstrip(":")
    if held:
        where += f": {held}; msecwg discussion {section.key}"
    fields += [Field("Section", [(where, "")]), _minutes(row)]
    if isinstance(row, OutcomeRow):
        draft = f"{row.draft} ({row.draft_note})" if row.draft and row.draft_note else row.draft
        source = f"Source: {row.outcome_source}" if row.outcome_source else None
        outcome = cells((row.outcome, "bold"), (draft, ""), (row.rfc_url, ""), (source, "dim"))
        fields.append(Field(f"After the meeting {OUTSIDE}", outcome))
    return fields


def action_card(row: ActionRow, sections: Sections, as_of: dt.date) -> list[Field]:
    """Answer an item's card: what, its document, people, dated things and the minutes' words."""
    section = sections[(row.meeting, row.section)]
    people = ", ".join(row.people)
    if people and row.people_role:
        people += f": {quoted(row.people_role)}"
    document = f"{row.document_name} (msecwg drafts {row.document})" if row.document else "—"
    return [
        Field("What", [(row.what, "")]),
        Field("Document", [(document, "")]),
        *([Field("People", [(people, "")])] if people else []),
        *([Field("Owner", [(row.owner, "")])] if row.owner and not row.owned_by_people else []),
        Field("Dates", dates_lines(row.dates, as_of) or [("none in the minutes", "dim")]),
        *([Field("Done", [(f"recorded done {short_date(row.done)}", "")])] if row.done else []),
        Field("Section", [(section.heading.rstrip(":"), "")]),
        _minutes(row),
    ]


def _cards(
    kind: str,
    rows: Sequence[R],
    row_type: type[R],
    shown: list[tuple[str, str, list[Field]]],
    several: str,
    scope: Scope,
    as_of: dt.date,
) -> View[R]:
    """Answer the view of records shown whole, a card each: (title, meeting, fields) in `shown`."""
    when = f", as of {short_date(as_of)}"
    cards = [
        Card(what + (f" at {meeting}" if scope.several else "") + when, fields)
        for what, meeting, fields in shown
    ]
    one = len(cards) == 1
    return View(
        kind=kind,
        rows=rows,
        row_type=row_type,
        heading=cards[0].title if one else several + when,
        cards=[Card("", cards[0].fields)] if one else cards,
        as_of=as_of,
        scope=scope,
    )


def drafts_cards(
    rows: Sequence[DraftRow],
    items: Sequence[ActionRow],
    decisions: Sequence[DecisionRow],
    sections: Sections,
    scope: Scope,
    as_of: dt.date,
) -> View[DraftRow]:
    """Answer the view of documents shown whole, a card each (a card a meeting, across meetings)."""
    since = then(scope, as_of)
    shown = [
        (r.name, r.meeting, draft_card(r, items, decisions, sections, as_of, since)) for r in rows
    ]
    several = f"{count(len(rows), 'document')} of the {scope.name}"
    if scope.several and len({r.id for r in rows}) == 1:
        several = f"{rows[0].name}: {count(len(rows), 'meeting')}"
    return _cards("drafts", rows, type(rows[0]) if rows else DraftRow, shown, several, scope, as_of)


def actions_cards(
    rows: Sequence[ActionRow], sections: Sections, scope: Scope, as_of: dt.date
) -> View[ActionRow]:
    """Answer the view of action items and follow-ups shown whole, a card each."""
    shown = [(_listed(r), r.meeting, action_card(r, sections, as_of)) for r in rows]
    several = f"{count(len(rows), 'item')} of the {scope.name}"
    return _cards("actions", rows, ActionRow, shown, several, scope, as_of)

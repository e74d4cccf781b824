"""The views of the minutes' text: meetings, topics, a discussion, people, and passages found."""

import re
import shlex
from collections.abc import Callable, Sequence
from itertools import pairwise

import msgspec

from msecwg.ask import passages
from msecwg.dates import count, short_date
from msecwg.model import PassageKind, Section, SpeechForm, Transcription
from msecwg.rows import (
    DecisionRow,
    DiscussionRow,
    MeetingRow,
    PassageRow,
    PersonRow,
    ProposalRow,
    Scope,
    TopicRow,
)
from msecwg.show.views import (
    OUTSIDE,
    WIDE,
    Column,
    Lines,
    View,
    by_meeting,
    cells,
    columns,
    dash,
    field,
    in_words,
    meeting_line,
    quoted,
    span,
)
from msecwg.store.reading import key


def held(row: MeetingRow) -> str:
    """Answer the days a meeting was held: "6 to 9 Nov 2023", "30 Jun to 2 Jul 2004", "19 and 22
    Mar 2018", "Dec 2007" where the minutes give only the month; "" where they give none."""
    first, last = row.date, row.last_date
    if first is None:
        return ""
    if last is None:
        return short_date(first, False, row.precision)
    month = first.year == last.year and first.month == last.month
    if any((b - a).days > 1 for a, b in pairwise(row.days)):
        year = f" {last.year}"
        days = [str(d.day) if month else short_date(d, False).removesuffix(year) for d in row.days]
        return in_words([*days[:-1], short_date(last, False)])
    return f"{first.day} to {short_date(last, False)}" if month else span(first, last)


def meetings_view(rows: Sequence[MeetingRow], scope: Scope, width: int = 80) -> View[MeetingRow]:
    """Answer the view of the meetings in the order held, what each records and leaves to settle."""
    wide = width >= WIDE
    return View(
        kind="meetings",
        rows=rows,
        row_type=MeetingRow,
        heading=meeting_line(scope) if scope.several else f"1 meeting: {scope.name}",
        notes=["Left: what the transcription leaves for a person to settle (--json says what)."],
        columns=columns(
            # Below WIDE a long label and the days held wrap, to stay a table at 80 columns.
            Column("Meeting", field("meeting", "bold"), key=True, wrap=not wide, min_width=8),
            Column("Held", field(held, dashed=True), wrap=not wide, min_width=11),
            len(scope.group_names) > 1 and Column("Group", field("working_group")),
            Column("Docs", field("documents", dashed=True)),
            Column("Decisions", field("decisions", dashed=True)),
            Column("Items", field("action_items", dashed=True)),
            Column("Exchanges", field("exchanges", dashed=True)),
            Column("Left", field("left", dashed=True)),
            Column("File", field("file", "dim"), drop=True),  # whole, or left out
        ),
        scope=scope,
    )


def topics_view(rows: Sequence[TopicRow], scope: Scope) -> View[TopicRow]:
    """Answer the view of the sections of the minutes as topics, numbered as listed."""
    numbers: dict[int, int] = {}
    listed: dict[str, int] = {}
    for r in rows:
        listed[r.meeting] = numbers[id(r)] = listed.get(r.meeting, 0) + 1
    example = next((r.key for r in rows if r.points or r.exchanges or r.decisions), None)
    shows = f"To read one: msecwg discussion {example}; a topic goes by its name"
    if scope.several:
        shows += " or another name, in every meeting that has it."
    else:
        shows += ", another name, or its number."
    return View(
        kind="topics",
        rows=rows,
        row_type=TopicRow,
        heading=f"{count(len(rows), 'topic')} in the minutes of the {scope.name}",
        notes=[shows] if example else [],
        group=by_meeting(scope),
        columns=columns(
            Column("#", field(lambda r: numbers[id(r)]), key=True),
            Column("Topic", field("key", "bold"), key=True),
            Column("Title", field("title"), ratio=3, cut=True, min_width=10),
            # Names, not words, wrap at each.
            any(r.aliases for r in rows)
            and Column(
                "Also",
                field(lambda r: ", ".join(r.aliases), "dim", dashed=True),
                ratio=2,
                wrap=True,
                min_width=8,
            ),
            Column("Points", field("points")),
            Column("Exchanges", field("exchanges")),
        ),
        scope=scope,
    )


def speaker(row: DiscussionRow) -> Lines:
    """Answer who speaks in an exchange: name, as written, role; reported, doubted, unattributed."""
    if row.form is SpeechForm.UNATTRIBUTED:
        return [("no speaker", "dim"), (f"written “{row.as_written}”", "dim")]
    written_as = None if row.as_written == row.speaker else f"written “{row.as_written}”"
    return cells(
        (row.speaker, "bold"),
        (f"({row.role})" if row.role else None, "dim"),
        (written_as, "dim"),
        ("uncertain" if row.certain is False else None, "dim"),
        ("reported" if row.form is SpeechForm.REPORTED else None, "italic"),
    )


def words(row: DiscussionRow) -> Lines:
    """Answer the words of an exchange, verbatim, marked where the minutes cut them off."""
    said = quoted(row.text) if row.text else None
    return cells((said, "italic"), ("[the minutes stop here]" if row.cut_off else None, "dim"))


class Asked(msgspec.Struct, frozen=True):
    """A document asked for that shares its section: its names (its own first), items about it."""

    names: list[str]
    items: list[tuple[str, str]]


def asked_about(word: str, t: Transcription, section: Section) -> Asked | None:
    """Answer the document a topic's word names where its section holds others too, else None."""
    wanted = key(word)
    if wanted == key(section.key):
        return None
    held = [d for d in t.documents if d.section == section.key]
    named = [d for d in held if wanted in {key(d.id), key(d.name), *map(key, d.called)}]
    if len(held) < 2 or len(named) != 1:
        return None
    document = named[0]
    listed = [("action item", a) for a in t.actions] + [("follow-up", a) for a in t.follow_ups]
    return Asked(
        names=[document.name, *document.called],
        items=[(kind, a.id) for kind, a in listed if a.document == document.id],
    )


def _names(asked: Asked, text: str) -> bool:
    """Answer whether a passage names the document asked for, by any of its names."""
    return any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) for name in asked.names
    )


def asked_note(asked: Asked | None, rows: Sequence[DiscussionRow]) -> list[str]:
    """Answer where the minutes name the document asked for, if none of the exchanges does."""
    exchanges = [r for r in rows if r.kind is PassageKind.EXCHANGE]
    if asked is None or not exchanges or any(_names(asked, r.text) for r in exchanges):
        return []
    points = [str(r.n) for r in rows if r.kind is PassageKind.POINT and _names(asked, r.text)]
    places = [f"summary point{'s' if len(points) > 1 else ''} {in_words(points)}"] if points else []
    places += [f"{kind} {id_} (msecwg actions {id_})" for kind, id_ in asked.items]
    where = f"is named in {in_words(places)}" if places else "is not named in its passages"
    exchanged = count(len(exchanges), "exchange")
    return [f"{asked.names[0]} {where}; none of the section's {exchanged} names it."]


def discussion_view(
    rows: Sequence[DiscussionRow],
    sections: Sequence[tuple[str, Section]],
    scope: Scope,
    items: int = 0,
    *,
    asked: Asked | None = None,
) -> View[DiscussionRow]:
    """Answer the view of a topic: its points and decisions, then its exchanges, by meeting."""
    exchanges = [r for r in rows if r.kind is PassageKind.EXCHANGE]
    points = [r for r in rows if r.kind is PassageKind.POINT]
    told = []
    for label, section in sections:
        at = f"{label}: " if scope.several else ""
        mine = [r for r in points if r.meeting == label]
        told += [at + quoted(r.text) for r in mine]
        if mine or not any(r.meeting == label for r in exchanges):
            told += [f"{at}{d.kind.capitalize()}: {quoted(d.text)}" for d in section.decisions]
    parts = [count(len(exchanges), "exchange")]
    if points:
        parts.append(count(len(points), "summary point"))
    if scope.several:
        parts[-1] += f" in {count(len({r.meeting for r in rows} or sections), 'meeting')}"
    title = sections[0][1].heading.rstrip(":")
    its = f"; its {count(items, 'item')}: msecwg actions." if items else "."
    return View(
        kind="discussion",
        rows=rows,
        row_type=DiscussionRow,
        heading=f"{title}: {', '.join(parts)}",
        notes=[*(scribe_note(scope) if exchanges else []), *asked_note(asked, rows)],
        bullets=told,
        table_rows=exchanges,
        group=by_meeting(scope),
        columns=[
            Column("#", field("n"), key=True),
            Column("Speaker", speaker, key=True),
            Column("Words", words, wrap=True),
        ],
        scope=scope,
        empty=None if rows else f"{title} holds no summary points or exchanges{its}",
    )


def decisions_view(rows: Sequence[DecisionRow], scope: Scope) -> View[DecisionRow]:
    """Answer the view of the decisions the minutes record, verbatim, each with its topic."""
    notes = (
        [f"The exchanges around a decision: msecwg discussion {rows[0].section}"] if rows else []
    )
    return View(
        kind="decisions",
        rows=rows,
        row_type=DecisionRow,
        heading=f"{count(len(rows), 'decision')} in the minutes of the {scope.name}",
        notes=notes,
        group=by_meeting(scope),
        columns=columns(
            Column("Topic", field("section", "bold"), key=True),
            Column("Kind", field("kind")),
            any(r.document for r in rows)
            and Column(
                "Document",
                field("document_name", dashed=True),
                cut=True,
                cut_within=True,
                min_width=8,
            ),
            Column("Decision", field(lambda r: quoted(r.text), "italic"), wrap=True),
        ),
        scope=scope,
        empty=f"The minutes of the {scope.name} record no decisions.",
    )


def _outside(row: PersonRow) -> Lines:
    if row.outside_full_name is None:
        return dash()
    affiliation = f", {row.outside_affiliation}" if row.outside_affiliation else ""
    return [(f"{row.outside_full_name}{affiliation}", "")]


def _exchanges(row: PersonRow) -> Lines:
    """Answer a person's exchanges, those attributed with doubt apart: "5 + 1 uncertain"."""
    return [(f"{row.exchanges}" + (f" + {row.uncertain} uncertain" if row.uncertain else ""), "")]


def scribe_note(scope: Scope) -> list[str]:
    """Answer the caveat on every attribution: how the minutes were taken, where known."""
    meeting = scope.one
    return [meeting.scribe] if meeting is not None and meeting.scribe else []


def people_view(rows: Sequence[PersonRow], scope: Scope) -> View[PersonRow]:
    """Answer the view of everyone the minutes name, with who each is (from outside them)."""
    told = scribe_note(scope)
    if known := [r for r in rows if r.outside_full_name]:
        told.append(
            f"{OUTSIDE} From outside the minutes: public records; their sources with --json, "
            f"or one person's: msecwg people {shlex.quote(known[0].name)}."
        )
    return View(
        kind="people",
        rows=rows,
        row_type=PersonRow,
        heading=f"{count(len(rows), 'person', 'people')} named in the minutes of the {scope.name}",
        notes=told,
        columns=columns(
            Column("Name", field("name", "bold"), key=True),
            Column("Role", field("role", dashed=True)),
            Column("Exchanges", _exchanges),
            Column("Named in", field("mentions")),
            scope.several and Column("Meetings", field(lambda r: len(r.by_meeting))),
            Column(f"Who {OUTSIDE}", _outside, cut=True, min_width=10),
        ),
        scope=scope,
        whole="msecwg people NAME shows one whole",
    )


def proposals_view(rows: Sequence[ProposalRow], scope: Scope, what: str) -> View[ProposalRow]:
    """Answer the view of the names that may be one with others but are left apart, and why."""
    kind = "person" if what == "person" else "draft"
    return View(
        kind="proposals",
        rows=rows,
        row_type=ProposalRow,
        heading=f"{count(len(rows), 'name')} that may be one {what} with another, left apart, "
        f"in the {scope.name}",
        notes=[
            f"msecwg join {kind} NAME... NAME makes them one (the last is shown); "
            f"msecwg split {kind} NAME NAME undoes it."
        ],
        columns=[
            Column("Name", field("name", "bold"), key=True),
            Column("May be", field(lambda r: " or ".join(r.maybe)), cut=True),
            Column("Why", field("why", "dim"), ratio=2, cut=True, min_width=10),
        ],
        scope=scope,
    )


def where(row: PassageRow) -> str:
    """Answer where a passage stands: "opening", "gsakmp exchange 7 (uncertain)" (speaker "(?)")."""
    place = {
        PassageKind.OPENING: "opening",
        PassageKind.HEADING: "heading",
        PassageKind.ACTION: f"item {row.ref}",
    }.get(row.where, f"{row.where} {row.ref}")
    said_by = row.text.split(":", 1)[0] if row.where is PassageKind.EXCHANGE else ""
    doubt = " (uncertain)" if said_by.endswith("(?)") else ""
    return (f"{row.section} {place}" if row.section else place) + doubt


def passages_view(
    rows: Sequence[PassageRow],
    heading: str,
    scope: Scope,
    *,
    highlight: Sequence[str] = (),
    notes: list[str] | None = None,
    empty: str | None = None,
    kind: str = "search",
) -> View[PassageRow]:
    """Answer the view of passages of the minutes, verbatim, each with where it stands."""
    said: Callable[[PassageRow], Lines] = field(lambda r: quoted(r.text), "italic")
    return View(
        kind=kind,
        rows=rows,
        row_type=PassageRow,
        heading=heading,
        notes=notes or [],
        group=by_meeting(scope),
        columns=[
            Column("Where", field(where), key=True),
            Column("Passage", said, wrap=True, highlight=highlight),
        ],
        scope=scope,
        empty=empty,
    )


def search_view(rows: Sequence[PassageRow], words: str, scope: Scope) -> View[PassageRow]:
    """Answer the view of the passages of the minutes that hold some words, marked."""
    holds = "holds" if len(rows) == 1 else "hold"
    return passages_view(
        rows,
        f"{count(len(rows), 'passage')} of the minutes {holds} “{words}”",
        scope,
        highlight=passages.terms(words),
        empty=f"No passage of the minutes holds “{words}”.",
    )


def person_view(rows: Sequence[PassageRow], person: PersonRow, scope: Scope) -> View[PassageRow]:
    """Answer the view of one person: the passages that name them, every spelling, who they are."""
    said = count(person.exchanges, "exchange") if person.exchanges else "no exchanges"
    if person.uncertain:
        said += f" and {person.uncertain} uncertain"
    named = count(person.mentions, "other passage")
    notes = scribe_note(scope)
    if len(person.spellings) > 1:
        notes.append("Written " + ", ".join(quoted(s) for s in person.spellings) + ".")
    if scope.several:
        at = (f"{c.meeting} {c.exchanges}" for c in person.by_meeting)
        notes.append(f"Exchanges by meeting: {' · '.join(at)}.")
    if person.joined:
        joins = (f"{quoted(j.name)} ({j.rule}, {j.where})" for j in person.joined)
        notes.append(f"Joined across meetings: {'; '.join(joins)}")
    if person.outside_full_name:
        affiliation = f" ({person.outside_affiliation})" if person.outside_affiliation else ""
        notes.append(
            f"{OUTSIDE} {person.outside_full_name}{affiliation}; source: {person.outside_source}"
        )
    role = f" ({person.role})" if person.role else ""
    return passages_view(
        rows, f"{person.name}{role}: {said}; named in {named}", scope, notes=notes, kind="person"
    )

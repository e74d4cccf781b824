"""Questions across meetings, pure: each meeting's answers, every row naming its meeting, in the
order held; documents and people are one as who.py finds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

import msgspec

from msecwg.ask import passages, queries
from msecwg.ask.passages import NotFound
from msecwg.ask.who import Group, One, document_key
from msecwg.model import Precision, Section, Transcription
from msecwg.rows import (
    ActionRow,
    DecisionRow,
    DiscussionRow,
    DraftRow,
    EventRow,
    JoinRow,
    MeetingCount,
    MeetingRow,
    PassageRow,
    PersonRow,
    Scope,
    TopicRow,
)
from msecwg.store.load import Held
from msecwg.store.meetings import days as days_held
from msecwg.store.reading import key


def scope(meetings: Sequence[Held]) -> Scope:
    """Answer what the meetings' views are of."""
    return Scope([m.label for m in meetings], [m.meeting for m in meetings])


def _ref(label: str, several: bool) -> Callable[[str], str]:
    """Answer how a meeting's items are named: by id, and by the meeting's label among several."""
    return (lambda item: f"{label} {item}") if several else str


def meetings(held: Sequence[Held], here: Path) -> list[MeetingRow]:
    """Answer each meeting in the order held: which, when, what it records and leaves to settle."""
    rows = []
    for m in held:
        t, meeting = m.transcription, m.meeting
        days, first = meeting.days, meeting.first_day
        left = queries.left_for_a_person(t)
        rows.append(
            MeetingRow(
                working_group=meeting.working_group,
                ietf=meeting.ietf,
                interim=meeting.interim,
                city=meeting.city,
                meeting=m.label,
                date=first.day if first else None,
                last_date=max(d.day for d in days) if len(days) > 1 else None,
                days=sorted(days_held(meeting)),
                date_as_written=first.text if first else None,
                precision=first.precision if first else Precision.DAY,
                documents=len(t.documents),
                decisions=sum(len(s.decisions) for s in t.sections),
                action_items=len(t.items),
                exchanges=sum(len(s.exchanges) for s in t.sections),
                left=sum(n for n, _ in left),
                left_for_a_person=[what for _, what in left],
                file=str(m.path.relative_to(here) if m.path.is_relative_to(here) else m.path),
                quotes=list(meeting.quotes),
            )
        )
    return rows


def _documents(
    m: Held, as_of: dt.date, *, outcome: bool, ref: Callable[[str], str] = str
) -> list[DraftRow]:
    """Answer one meeting's documents, each naming it; with `outcome`, what became of each."""
    rows = queries.drafts(m.headed, as_of, meeting=m.label, ref=ref)
    return list(queries.outcomes(rows, m.facts)) if outcome and m.facts is not None else rows


def drafts(
    meetings: Sequence[Held], group: Group, as_of: dt.date, *, outcome: bool = False
) -> list[DraftRow]:
    """Answer every document the meetings name, once, the most recently discussed first."""
    ones = group.documents
    named: dict[One, list[DraftRow]] = {}
    for m in meetings:
        for row in _documents(m, as_of, outcome=outcome, ref=_ref(m.label, len(meetings) > 1)):
            named.setdefault(ones.at(m)[row.id], []).append(row)
    latest_first = dict.fromkeys(one for m in reversed(meetings) for one in ones.at(m).values())
    return [_gathered(named[one], ones.name(one), ones.joined(one)) for one in latest_first]


def _gathered(rows: list[DraftRow], name: str, joined: list[JoinRow]) -> DraftRow:
    """Answer one document's rows of several meetings as one, its latest state and next deadline."""
    last = rows[-1]
    if len(rows) == 1 and not joined:
        return last
    called = [n for r in rows for n in (r.name, *r.called) if key(n) != key(name)]
    stated = next((r for r in reversed(rows) if r.stages), last)
    return msgspec.structs.replace(
        last,
        status=next((r.status for r in reversed(rows) if r.status), None),
        state=stated.state,
        stages=stated.stages,
        deadline=queries.current(queries.in_date_order(r.deadline for r in rows if r.deadline)),
        items=[i for r in rows for i in r.items],
        meeting=stated.meeting,
        first_meeting=rows[0].meeting,
        meetings=len({r.meeting for r in rows}),
        name=name,
        called=list(dict.fromkeys(called)),
        joined=joined,
        quotes=list(dict.fromkeys(q for r in rows for q in r.quotes)),
    )


def history(
    meetings: Sequence[Held], as_of: dt.date, found: Sequence[tuple[Held, str]] | None
) -> tuple[list[DraftRow], list[ActionRow], list[DecisionRow], dict[tuple[str, str], Section]]:
    """Answer documents meeting by meeting, with their outcomes, items, decisions and sections."""
    wanted = None if found is None else {(id(m), document) for m, document in found}
    shown = [m for m in meetings if found is None or any(m is held for held, _ in found)]
    rows: list[DraftRow] = []
    sections: dict[tuple[str, str], Section] = {}
    for m in shown:
        t = m.transcription  # the whole sections: a card counts what each holds
        for row in _documents(m, as_of, outcome=True):
            if wanted is None or (id(m), row.id) in wanted:
                rows.append(row)
                sections[(m.label, row.id)] = t.section(t.document(row.id).section)
    return rows, actions(shown, as_of), decisions(shown), sections


def documents_named(meetings: Sequence[Held], group: Group, word: str) -> list[tuple[Held, str]]:
    """Answer each meeting naming the document a word names in any meeting (any name, any case,
    no revision number, a unique prefix; or one joined to it), with its id there; else NotFound."""
    found, misses = [], []
    for m in meetings:
        names = {
            k: d.id
            for d in m.headed.documents
            for k in (key(d.id), key(d.name), document_key(d.name), *map(key, d.called))
        }
        try:
            found.append((m, passages.resolve(word, names)))
        except NotFound as missing:
            misses.append(missing)
    if found:
        ones = group.documents
        wanted = {ones.at(m)[document][0] for m, document in found}
        return [(m, d) for m in meetings for d, one in ones.at(m).items() if one[0] in wanted]
    raise _missed(word, misses)


def _missed(word: str, misses: list[NotFound]) -> NotFound:
    """Answer the NotFound of a word no meeting resolves: where ambiguous, or the closest of all."""
    return next((missing for missing in misses if missing.ambiguous), None) or NotFound(
        word,
        lambda: list(dict.fromkeys(c for missing in misses for c in missing.closest)),
        ambiguous=False,
        every=lambda: list(dict.fromkeys(c for missing in misses for c in missing.candidates)),
    )


def actions(
    meetings: Sequence[Held], as_of: dt.date, *, passed_only: bool = False, item: str | None = None
) -> list[ActionRow]:
    """Answer every meeting's action items and follow-ups (queries.actions), meeting by meeting."""
    rows = []
    for m in meetings:
        rows += queries.actions(
            m.headed, as_of, passed_only=passed_only, item=item, meeting=m.label
        )
    return rows


def timeline(meetings: Sequence[Held], as_of: dt.date) -> list[EventRow]:
    """Answer every meeting's dated things on one axis, in date order."""
    return queries.in_date_order(
        e for m in meetings for e in queries.timeline(m.headed, as_of, m.label)
    )


def topics(meetings: Sequence[Held]) -> list[TopicRow]:
    """Answer every meeting's sections as topics, meeting by meeting."""
    return [r for m in meetings for r in passages.topics(m.transcription, m.label)]


def decisions(meetings: Sequence[Held]) -> list[DecisionRow]:
    """Answer every meeting's decisions (passages.decisions), meeting by meeting."""
    return [r for m in meetings for r in passages.decisions(m.transcription, m.label)]


def sections_named(meetings: Sequence[Held], word: str) -> list[tuple[Held, Section]]:
    """Answer each meeting's section a word names (key, alias, prefix, or its document's; a
    number only within one meeting); else NotFound with the closest names of all."""
    if len(meetings) > 1 and word.strip().isdigit():
        raise NotFound(word, [], ambiguous=True)
    found, misses = [], []
    for m in meetings:
        t = m.headed  # the sections' headings: the whole of a section only where found
        try:
            wanted = passages.find_section(t, word).key
            found.append((m, m.transcription.section(wanted)))
        except NotFound as missing:
            misses.append(missing)
            names = {k: d.section for d in t.documents for k in (key(d.name), document_key(d.name))}
            if key(word) in names:
                found.append((m, m.transcription.section(names[key(word)])))
    if found:
        return found
    raise _missed(word, misses)


def discussion(
    found: Sequence[tuple[Held, Section]], group: Group, person: One | None
) -> list[DiscussionRow]:
    """Answer each meeting's section: points, decisions, exchanges (only the person's, if given)."""
    rows = []
    for m, section in found:
        speakers = None if person is None else group.people.ids(m, person)
        if speakers != []:
            rows += passages.discussion(m.transcription, section, speakers, m.label)
    return rows


def search(meetings: Sequence[Held], words: str) -> list[PassageRow]:
    """Answer the passages of every meeting's minutes that hold the words."""
    return [
        msgspec.structs.replace(p, meeting=m.label)
        for m in meetings
        for p in passages.search(m.reading.passages, words)
    ]


def people(meetings: Sequence[Held], group: Group, only: One | None = None) -> dict[One, PersonRow]:
    """Answer all the meetings name (with `only`, that person) once, in the order first named."""
    ones = group.people
    named: dict[One, list[PersonRow]] = {}
    for m in meetings:
        wanted = None if only is None else ones.ids(m, only)
        if wanted == []:
            continue
        ref = _ref(m.label, len(meetings) > 1)
        for row in passages.people(m.headed, m.facts, m.named, m.label, ref, wanted, m.spoken):
            named.setdefault(ones.at(m)[row.id], []).append(row)
    return {one: _person(rows, ones.name(one), ones.joined(one)) for one, rows in named.items()}


def _person(rows: list[PersonRow], name: str, joined: list[JoinRow]) -> PersonRow:
    """Answer one person's rows of several meetings (or of one, joined) as one, shown by `name`."""
    last = rows[-1]
    if len(rows) == 1 and not joined:
        return last
    told = next((r for r in rows if r.outside_full_name), last)
    counts: dict[str, tuple[int, int]] = {}  # exchanges and mentions, by meeting
    for c in (c for r in rows for c in r.by_meeting):
        exchanges, mentions = counts.get(c.meeting, (0, 0))
        counts[c.meeting] = (exchanges + c.exchanges, mentions + c.mentions)
    return msgspec.structs.replace(
        last,
        name=name,
        spellings=list(dict.fromkeys(s for r in rows for s in r.spellings)),
        role=next((r.role for r in reversed(rows) if r.role), None),
        exchanges=sum(r.exchanges for r in rows),
        uncertain=sum(r.uncertain for r in rows),
        by_topic=[c for r in rows for c in r.by_topic],
        by_meeting=[
            MeetingCount(meeting=k, exchanges=e, mentions=n) for k, (e, n) in counts.items()
        ],
        mentions=sum(r.mentions for r in rows),
        items=[i for r in rows for i in r.items],
        **{field: getattr(told, field) for field in passages.OUTSIDE},
        joined=joined,
        quotes=list(dict.fromkeys(q for r in rows for q in r.quotes)),
    )


def person_named(meetings: Sequence[Held], group: Group, word: str) -> One:
    """Answer who, across meetings, the person a word names in any meeting is; else NotFound."""
    misses = []
    for m in meetings:
        try:
            return group.people.at(m)[passages.person_named(m.transcription, word, m.facts)]
        except NotFound as missing:
            misses.append(_by_name(m.transcription, missing))
    raise _missed(word, misses)


def _by_name(t: Transcription, missing: NotFound) -> NotFound:
    """Answer a NotFound of people by id as one of their names, found when asked for."""
    return NotFound(
        missing.word,
        lambda: [t.person(c).name for c in missing.closest],
        missing.ambiguous,
        every=lambda: [t.person(c).name for c in missing.candidates],
    )


def of_person(meetings: Sequence[Held], group: Group, person: One) -> list[PassageRow]:
    """Answer one person's passages at every meeting: their exchanges and those naming them."""
    return [
        msgspec.structs.replace(p, meeting=m.label)
        for m in meetings
        if (here := group.people.ids(m, person))
        for p in passages.of_person(m.headed, here, m.reading)
    ]

"""Read a meeting's minutes: the one entry point, `read`."""

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import chain
from typing import TypeVar

import msgspec

from msecwg.dates import WEEKDAYS
from msecwg.importer.actions import actions, done_state, opens_action_list, opens_other_list
from msecwg.importer.beside import beside
from msecwg.importer.blocks import Block, Heading, Item, blocks, indent_at
from msecwg.importer.dating import year_for
from msecwg.importer.decisions import decisions
from msecwg.importer.documents import LISTED_DRAFT, LISTED_TALK, Part, documents
from msecwg.importer.items import Mentioned, Passage
from msecwg.importer.meeting import meeting, numbered_year
from msecwg.importer.people import attendees, key, names_of, people
from msecwg.importer.records import (
    Action,
    Day,
    Decision,
    Document,
    Found,
    Front,
    Person,
    Point,
    Section,
    Turn,
)
from msecwg.importer.sections import (
    LATER_SESSION_DAYS,
    DayHeading,
    Layout,
    Title,
    day_headings,
    day_lines,
    front_days,
    is_action_section,
    is_agenda,
    layout,
    meeting_year,
    page_data,
    title_of,
)
from msecwg.importer.text import fold, stops_short
from msecwg.importer.turns import (
    Piece,
    known_speakers,
    pieces,
    points,
    summarised,
    topic_headings,
)
from msecwg.model import Precision, SpeechForm

R = TypeVar("R", Action, Decision)
BLANK_LINE = re.compile(r"\n[ \t]*\n")
"""A line with nothing on it, which ends a list item's paragraph."""
SENTENCE_CLOSE = (".", "!", "?", ")", '"', "'", "*", "_", "]")
MAYBE_SAID = 25
"""The most pairs of names that may be one person said one by one; the rest are counted."""


def read(text: str, *, name: str = "") -> Found:
    """Answer what a meeting's minutes say: the meeting, its sections with their points
    and turns, the people, documents, action items and decisions, every text verbatim,
    and what was left for a person to settle. `name` is the file's name, used only
    where the minutes are silent (the IETF number in "ietf70.txt")."""
    found_blocks = blocks(text)
    plan = layout(found_blocks)
    data, talk = page_data(text, plan.front)
    listed = attendees(text)
    known = known_speakers(text, talk + [i for _, items in plan.parts for i in items], listed)
    titles = [title_of(text[h.start : h.end], h.form, text) for h, _ in plan.parts]
    topics, summary = topic_headings([t.title for t in titles]), summarised(text)
    front_pieces = points(text, data) + pieces(text, talk, known, topics, summary)
    part_pieces = [pieces(text, items, known, topics, summary) for _, items in plan.parts]
    year = meeting_year(text, plan)
    numbered = numbered_year(text, plan, name) if year is None else None
    year = numbered[0] if numbered else year
    days, day_of = _days(text, plan, titles, year)
    held = _held(days)
    found_meeting, left = meeting(text, plan, days, name, numbered)
    spoken = [p.speaker for p in chain(front_pieces, *part_pieces) if p.speaker]
    persons, person_of = people(spoken, text)
    here = [is_action_section(t.title) for t in titles]
    agendas = [is_agenda(t.title) for t in titles]
    chairs = {k for k, n in person_of.items() if persons[n].office == "chair"}
    passages = _passages(text, front_pieces, part_pieces, here, agendas, chairs)
    headings = [(h.start, h.end) for h, _ in plan.parts]
    spans = _spans(found_blocks)

    def named() -> tuple[list[Document], dict[int, list[str]]]:
        """The documents, and the names of those mentioned at each offset."""
        return documents(
            text,
            spans,
            [h.start for h, _ in plan.parts],
            _document_parts(text, plan, titles, part_pieces),
            frozenset(w.casefold() for p in persons for w in [p.name, *p.written]),
            year,
            held,
            found_meeting.group,
        )

    with (
        beside(named, len(text)) as named_later,
        beside(lambda: decisions(text, passages, headings), len(text)) as decided_later,
    ):
        owners = frozenset(names_of(persons)) | listed
        done_here = {n: t.title for n, t in enumerate(titles) if done_state(t.title)}
        found_actions, acted = actions(text, passages, year, owners, done_here)
        found_actions = _dated_near(found_actions, held)
        reading = _Reading(text, person_of, _last_piece(text, front_pieces, part_pieces))
        sections = [
            _section(
                text,
                heading,
                title,
                day_of[i],
                reading.points(part_pieces[i], acted),
                reading.turns(part_pieces[i]),
            )
            for i, ((heading, _), title) in enumerate(zip(plan.parts, titles, strict=True))
        ]
        front = _front(text, plan, reading.points(front_pieces, acted), reading.turns(front_pieces))
        left += _left(sections, front, persons, days)
        docs, mentions = named_later()
        found_decisions = decided_later()
    mentioned = Mentioned(mentions)
    return Found(
        meeting=found_meeting,
        front=front,
        sections=sections,
        people=persons,
        documents=docs,
        actions=_about(
            text,
            _named(found_actions, mentioned, headings, spans, text),
            docs,
            mentioned,
            headings,
            found_blocks,
            by_section=False,
        ),
        decisions=_about(
            text,
            _named(found_decisions, mentioned, headings),
            docs,
            mentioned,
            headings,
            found_blocks,
        ),
        left=left,
    )


def _named(
    records: list[R],
    mentioned: Mentioned,
    headings: Sequence[tuple[int, int]],
    spans: Sequence[tuple[int, int]] = (),
    text: str = "",
) -> list[R]:
    """Answer action items or decisions with the documents mentioned where each names
    them, within its section (before the next heading); else, with the block `spans`,
    the document the block before names alone, a block of one word that mentions one, as
    documents._named_alone takes it for stages ("* [draft-ietf-dnsop-7706bis]" / "    -
    Needs one more update"), or a line the record's block is indented under ("* Does
    draft-momoka-dnsop-3901bis belong in DNSOP?" / "    - Chairs Action: schedule call for
    adoption")."""
    starts = [start for start, _ in headings]
    blocks = [start for start, _ in spans]
    named = []
    for r in records:
        start, end = r.named_in
        after = bisect_right(starts, start)
        end = min(end, starts[after]) if after < len(starts) else end
        found = mentioned.between(start, end)
        if not found and "\n" not in text[r.start : start]:  # one line: "draft-…-00 expired.
            whole = mentioned.between(r.start, end)  # ACTION: repost by Steve."
            found = whole if len(whole) == 1 else []
        at = bisect_right(blocks, start) - 1
        if not found and at > 0:
            a, b = spans[at - 1]
            alone = mentioned.between(a, b)
            one_word = len(text[a:b].split()) == 1
            under = "\n" not in text[a:b].strip() and indent_at(text, a) < indent_at(text, start)
            found = alone if len(alone) == 1 and (one_word or under) else []
        named.append(msgspec.structs.replace(r, documents=found))
    return named


def _about(
    text: str,
    decided: list[R],
    docs: list[Document],
    mentioned: Mentioned,
    headings: Sequence[tuple[int, int]],
    found_blocks: list[Block],
    *,
    by_section: bool = True,
) -> list[R]:
    """Answer decisions (or action items) with the document each is about where its own words
    name none: in a section about some document (transcribe gives those their section's),
    the draft the item it stands in opens with ("* draft-bormann-core-senml-versions-01 ---
    Asked to start an adoption call." / "    Six people would support adoption."; see _hung);
    in a section about none, the one
    draft the first line of the last item at the margin before it in its section names alone
    ("* [draft-iyengar-quic-loss-recovery](…)" / "Who has read the draft?"), else the one
    draft named since that item where it opens with a talk's title and presenter ("* Endian
    Issues (Martin Thomson)"), else the document whose name is that item's first line where
    the record stands in the item, no blank line between ("- Rate Limit Headers" / "Darrel to
    be a new co-author."), else (`by_section`) the one draft its section names before it.
    Action items are read only in the item they stand in."""
    subjects = {n for d in docs for n in d.subject_of}
    drafts = {d.name for d in docs if d.kind == "draft"}
    titled = {d.name.casefold(): d.name for d in docs if d.kind != "rfc"}
    starts = [start for start, _ in headings]
    items = [b.body for b in found_blocks if isinstance(b, Item) and b.marker and not b.indent]
    about = []
    for d in decided:
        section = d.section
        if d.documents or section is None:
            about.append(d)
            continue
        item = items[at] if (at := bisect_right(items, d.start) - 1) >= 0 else -1
        if section in subjects:
            if item >= starts[section] and _hung(text, item, d.start):
                opening = [n for n in mentioned.between(item, item + 1) if n in drafts]
                d = msgspec.structs.replace(d, documents=opening[:1]) if opening else d
        else:
            inside = item >= 0 and BLANK_LINE.search(text, item, d.start) is None
            if item < starts[section] or not (by_section or inside):
                item = -1  # no item of its section, or (an action item) not in it
            title = titled.get(_first_line(text, item)) if item >= 0 and inside else None
            if item >= 0 and LISTED_DRAFT.match(text, item):
                named = mentioned.between(item, text.find("\n", item))
            elif item >= 0 and LISTED_TALK.match(text, item):
                named = mentioned.between(item, d.start)
            elif title is not None:
                named = [title]
            else:
                named = mentioned.between(starts[section], d.start) if by_section else []
            named = [n for n in named if n in drafts or n == title]
            d = msgspec.structs.replace(d, documents=named if len(named) == 1 else [])
        about.append(d)
    return about


def _hung(text: str, item: int, at: int) -> bool:
    """Answer whether what stands at `at` is in the list item whose body starts at `item`: no
    blank line between, or on an indented line with only indented lines between ("* draft-…-
    senml-versions-01 --- Asked to start an adoption call." / "" / "    Six people would
    support adoption.")."""
    if BLANK_LINE.search(text, item, at) is None:
        return True
    first_end, line = text.find("\n", item), text.rfind("\n", 0, at) + 1
    if line == at or text[line] not in " \t":
        return False  # at the margin: no item's
    between = text[first_end + 1 : line].splitlines() if 0 <= first_end < line else []
    return all(b[:1] in " \t" for b in between if b.strip())


def _held(days: list[Day]) -> dt.date | None:
    """Answer the first day the meeting sat, where the minutes date one."""
    return min((d.date.first for d in days if d.date is not None), default=None)


def _dated_near(found: list[Action], held: dt.date | None) -> list[Action]:
    """Answer action items with each date whose year was supplied in the first year that puts
    it after the meeting's first day `held` (dating.year_for): "by March" at a meeting in
    November is next March."""
    if held is None:
        return found
    return [
        msgspec.structs.replace(
            a,
            dates=[
                msgspec.structs.replace(d, date=year_for(d.date, held, when="after"))
                for d in a.dates
            ],
        )
        if a.dates
        else a
        for a in found
    ]


def _first_line(text: str, at: int) -> str:
    """Answer the first line of an item from its body's start, without emphasis, case folded."""
    end = text.find("\n", at)
    return fold(text[at : end if end >= 0 else len(text)]).strip(" *_").casefold()


def _section(
    text: str,
    heading: Heading,
    title: Title,
    day: int | None,
    points: list[Point],
    turns: list[Turn],
) -> Section:
    """Answer a section as a record."""
    return Section(
        heading=fold(text[heading.start : heading.end]),
        title=title.title,
        presenter=title.presenter,
        number=title.number,
        level=heading.level,
        day=day,
        points=points,
        turns=turns,
        start=heading.start,
    )


class _Reading:
    """Turns and points as records, for one text."""

    def __init__(self, text: str, person_of: dict[str, int], last: Piece | None) -> None:
        self.text, self.person_of, self.last = text, person_of, last

    def cut_off(self, piece: Piece) -> bool:
        """Answer whether a turn or point stops short, or ends the minutes mid-sentence
        (the file ending on it, with no line break and no closing stop)."""
        words = self.text[piece.words : piece.end]
        unfinished = piece is self.last and not words.rstrip().endswith(SENTENCE_CLOSE)
        return stops_short(words) or unfinished

    def turns(self, found: list[Piece]) -> list[Turn]:
        """Answer the turns among the pieces, as records."""
        return [self.turn(p) for p in found if p.speaker is not None]

    def turn(self, piece: Piece) -> Turn:
        """Answer a turn as a record."""
        assert piece.speaker is not None
        who = piece.speaker
        form = SpeechForm.SAID
        if who.name is None:
            form = SpeechForm.UNATTRIBUTED
        elif piece.reported:
            form = SpeechForm.REPORTED
        return Turn(
            speaker=who.written,
            name=who.name,
            role=who.role,
            uncertain=who.uncertain,
            form=form,
            words=fold(self.text[piece.words : piece.end]),
            quote=fold(self.text[piece.start : piece.end]),
            cut_off=self.cut_off(piece),
            person=None if who.name is None else self.person_of.get(key(who.name)),
            start=piece.start,
        )

    def points(self, found: list[Piece], acted: set[int]) -> list[Point]:
        """Answer the points among the pieces (not turns, not action items), as records."""
        return [
            Point(text=fold(self.text[p.start : p.end]), cut_off=self.cut_off(p), start=p.start)
            for p in found
            if p.speaker is None and p.start not in acted and p.item.start not in acted
        ]


def _front(text: str, plan: Layout, points: list[Point], turns: list[Turn]) -> Front:
    """Answer the front matter: the title heading and what stands before the first section."""
    if plan.title is None:
        return Front(heading=None, title=None, points=points, turns=turns)
    heading = fold(text[plan.title.start : plan.title.end])
    title = title_of(heading, plan.title.form).title
    return Front(heading=heading, title=title, points=points, turns=turns)


def _document_parts(
    text: str, plan: Layout, titles: list[Title], part_pieces: list[list[Piece]]
) -> list[Part]:
    """Answer each section's heading as the document reader sees it: its span, the end
    of the section's own text (where the next heading starts), level, title, and whether
    its own pieces hold a turn of someone named."""
    starts = [h.start for h, _ in plan.parts] + [len(text)]
    return [
        Part(
            h.start,
            h.end,
            starts[n + 1],
            h.level,
            t.title,
            any(p.speaker and p.speaker.name for p in own),
        )
        for n, ((h, _), t, own) in enumerate(zip(plan.parts, titles, part_pieces, strict=True))
    ]


def _spans(found_blocks: list[Block]) -> list[tuple[int, int]]:
    """Answer the span of each block's text (an item's without its marker)."""
    return [(b.body if isinstance(b, Item) else b.start, b.end) for b in found_blocks]


def _last_piece(text: str, front: list[Piece], parts: list[list[Piece]]) -> Piece | None:
    """Answer the piece the minutes end on when the file ends on it, no line break after."""
    everything = list(chain(front, *parts))
    if not everything or text.endswith(("\n", "\r")):
        return None
    last = everything[-1]
    return last if not text[last.end :].strip() else None


def _days(
    text: str, plan: Layout, titles: list[Title], year: int | None
) -> tuple[list[Day], list[int | None]]:
    """Answer the days the meeting sat, in order, and each section's day: the day its
    day heading names (`titles`: what each section's heading says) or a line just above
    it names (a later day of the meeting, see day_lines), or the one day the front matter
    names (before the first day heading too); days the front matter names that no heading
    does come first, with no section of their own."""
    front = front_days(text, plan, year)
    one = len(front) == 1 and front[0].date is not None and front[0].date.precision is Precision.DAY
    named = day_headings(text, plan, titles, year)
    earlier = PREVIOUS_NOTES.search(text) if one else None
    if earlier:  # a day well before the one the front matter names, after a line that opens
        # the notes of another meeting, is that meeting's ("Notes from previous meeting for
        # approval" / "March 23, 2021"); a running log's earlier calls are its own
        named = [
            d
            for d in named
            if d.heading.start < earlier.start() or not _long_before(d.day, front[0])
        ]
    taken = {d.heading.start for d in named}
    later = [d for d in day_lines(text, plan, year, front) if d.heading.start not in taken]
    named = sorted(named + later, key=lambda d: d.heading.start)
    if not named:
        return front, [0 if one else None for _ in plan.parts]
    if one and named[0].heading is not plan.parts[0][0]:
        named.insert(0, DayHeading(plan.parts[0][0], front[0]))
    days: list[Day] = []
    index: dict[str, int] = {}
    heading_day = {}
    dated = _dated_weekdays([d.day for d in named])
    for found in named:
        name = _day_key(found.day)
        # "THURSDAY" where "# Thursday 2016-11-17" heads too
        name = dated.get(name.strip(" :.,*_"), name)
        if name not in index:
            index[name] = len(days)
            days.append(found.day)
        heading_day[found.heading.start] = index[name]
    if later and not one:  # "Saturday and Sunday, 16/17 November, 2019", sessions after
        days = [d for d in front if _day_key(d) not in index] + days
        heading_day = {k: v + len(days) - len(index) for k, v in heading_day.items()}
    of_section: list[int | None] = []
    current = None
    for heading, _ in plan.parts:
        current = heading_day.get(heading.start, current)
        of_section.append(current)
    return days, of_section


PREVIOUS_NOTES = re.compile(
    r"^[#*_\s]*(?:notes|minutes)\s+(?:from|of)\s+(?:the\s+)?(?:previous|last)\s+"
    r"(?:meeting|interim|call|session)\b[^\n]{0,40}$",
    re.IGNORECASE | re.MULTILINE,
)
"""A line that opens the notes of an earlier meeting the minutes take up for approval."""


def _long_before(day: Day, held: Day) -> bool:
    """Answer whether a day heading names a day more than a week before the meeting's."""
    return (
        day.date is not None
        and held.date is not None
        and (held.date.first - day.date.first).days > LATER_SESSION_DAYS
    )


def _dated_weekdays(named: list[Day]) -> dict[str, str]:
    """Answer the key of each weekday the day headings name with its date (see _day_key), by
    that weekday's name, where only one of them falls on it: "thursday" → "2016-11-17" where
    "# Thursday 2016-11-17" heads a summary and "THURSDAY" the notes below it (CoRE minutes)."""
    by_weekday: dict[str, set[str]] = {}
    for day in named:
        if day.date is not None:
            weekday = WEEKDAYS[day.date.first.weekday()].casefold()
            by_weekday.setdefault(weekday, set()).add(_day_key(day))
    return {w: next(iter(keys)) for w, keys in by_weekday.items() if len(keys) == 1}


def _day_key(day: Day) -> str:
    """Answer what tells a day from another: its date, else its weekday as written."""
    return day.date.first.isoformat() if day.date else day.text.casefold()


def _passages(
    text: str,
    front: list[Piece],
    parts: list[list[Piece]],
    actions_here: list[bool],
    agendas: list[bool],
    chairs: set[str],
) -> list[Passage]:
    """Answer every turn and point as a passage to look for actions and decisions in;
    the items of an action section, or of a list an "Action items:" line opens, are
    marked as action items, those of an agenda section as the agenda's, and the turns of
    the `chairs` (their spellings, compared as `key` does) as a chair's."""
    found = []
    for i, section in [(None, front), *enumerate(parts)]:
        listing = False
        for piece in section:
            in_list = listing and piece.item.marker != "" and piece.speaker is None
            in_list = in_list and not opens_other_list(text[piece.words : piece.end])
            in_agenda = i is not None and agendas[i]
            chair = piece.speaker is not None and key(piece.speaker.name or "") in chairs
            passage = _passage(
                piece, i, (i is not None and actions_here[i]) or in_list, in_agenda, chair
            )
            found.append(passage)
            listing = in_list or opens_action_list(text, passage)
    return found


def _passage(
    piece: Piece, section: int | None, in_action_section: bool, in_agenda: bool, chair: bool
) -> Passage:
    """Answer a piece as a passage."""
    first = piece.start == piece.item.body
    return Passage(
        start=piece.start,
        words=piece.words,
        end=piece.end,
        marker=piece.item.marker if first else "",
        marker_start=piece.item.start if first else piece.start,
        section=section,
        in_action_section=in_action_section,
        is_turn=piece.speaker is not None,
        speaker=piece.speaker.name if piece.speaker else None,
        in_agenda=in_agenda,
        reported=piece.reported,
        chair=chair,
    )


def _left(
    sections: list[Section],
    front: Front,
    persons: list[Person],
    days: list[Day],
) -> list[str]:
    """Answer what the reader could not settle, each in a short line; a date whose weekday
    is not its own is said where check's rule leaves it out (settle.py)."""
    left = []
    turns = front.turns + [t for s in sections for t in s.turns]
    points = front.points + [p for s in sections for p in s.points]
    unnamed = [t.speaker for t in turns if t.form == "unattributed" or t.person is None]
    # ("subodh/ekr": two people, whom the transcription gives no one person)
    if unnamed:
        names = ", ".join(dict.fromkeys(unnamed))
        left.append(f"{_count(len(unnamed), 'turn')} naming no speaker ({names})")
    cut = [
        _count(n, thing)
        for n, thing in (
            (sum(t.cut_off for t in turns), "turn"),
            (sum(p.cut_off for p in points), "point"),
        )
        if n
    ]
    if cut:
        left.append(f"{' and '.join(cut)} cut off: the text stops short")
    read_as = [
        f"{p.name!r} (also {', '.join(repr(w) for w in p.written if key(w) != key(p.name))})"
        for p in persons
        if p.inferred
    ]
    if read_as:
        left.append(f"names read as one speaker, not tied by the minutes: {', '.join(read_as)}")
    maybe = [(i, j) for i, person in enumerate(persons) for j in person.maybe if i < j]
    for i, j in maybe[:MAYBE_SAID]:
        left.append(f"{persons[i].name!r} and {persons[j].name!r} may be one person; left apart")
    if len(maybe) > MAYBE_SAID:
        more = len(maybe) - MAYBE_SAID
        left.append(f"and {_count(more, 'more pair')} of names that may be one person; left apart")
    weekdays_only = [d.text for d in days if d.date is None]
    if weekdays_only:
        left.append(f"days named by weekday only, their dates unstated: {', '.join(weekdays_only)}")
    return left


def _count(n: int, thing: str) -> str:
    """Answer a count of things: "1 turn", "2 turns"."""
    return f"{n} {thing}{'' if n == 1 else 's'}"

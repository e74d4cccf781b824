"""Sections from headings in any form, the minutes' title, and the days they sat."""

import datetime as dt
import re
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import msgspec

from msecwg.dates import MONTHS, WEEKDAYS, weekday_in
from msecwg.importer.blocks import Block, Heading, Item
from msecwg.importer.dating import Dated, dates, dates_in, spanned, written
from msecwg.importer.records import Day
from msecwg.importer.speakers import NAMES_APART, PLAIN_LEGEND, is_legend, speaker
from msecwg.importer.text import fold
from msecwg.model import Precision


class Layout(NamedTuple):
    """The minutes laid out: the title heading (if any), the items before the first
    section, and each section's heading with its items."""

    title: Heading | None
    front: list[Item]
    parts: list[tuple[Heading, list[Item]]]


class Title(NamedTuple):
    """What a heading says: its title, number and presenter, each as written."""

    title: str
    number: int | None
    presenter: str | None


# A heading of the meeting's own details, which belong with the front matter: "##
# Logistics", "### Time", "## Time and Date", "## Meeting Information", "### Date:
# Monday 27 March 2017"
LOGISTICS = re.compile(
    r"\W*(?:time|date|when|logistics|location|venue|(?:meeting\s+)?(?:information|info|details))"
    r"(?:\s*(?:and|&|/)\s*(?:time|date|place|location))?(?:\W*|:\s.*)$",
    re.IGNORECASE,
)
# A label of the minutes proper after an agenda: "agenda:" / "- …" / "minutes:" / "COINRG -
# https://irtf.org/coinrg" / "Friday 07 June 2019" (COINRG minutes)
MINUTES_LABEL = re.compile(r"\W*(?:meeting\s+)?(?:minutes|notes)\s*:\W*$", re.IGNORECASE)
# A table of contents' heading: "## Table of Contents", "TOC"
CONTENTS = re.compile(r"\W*(?:table\s+of\s+)?contents\W*$|\W*toc\W*$", re.IGNORECASE)
# The data a wiki or site page opens with, between lines of "---" ("title: ...", "published:
# true", "date: 2023-03-13T01:00:26.280Z", "editor: markdown"), and what in it may say what
# the meeting was: its title, and a day (a time to the second is when the page was written)
PAGE_DATA = re.compile(r"\s*---[ \t]*\n(?:[^\n]*\n){1,40}?---[ \t]*(?:\n|$)")
PAGE_SAYS = re.compile(r"title:|date:\s*\d{4}-\d\d-\d\d\s*$", re.MULTILINE)
# The date and time a link gives a meeting's time by: "fixedtime.html?msg=CCWG+at+IETF+123
# &iso=20250721T1430"
ISO_TIME_IN_LINK = re.compile(r"[?&]iso=(?P<year>(?:19|20)\d\d)[01]\d[0-3]\d(?:T\d|\b)")
HEADING_MARKS = re.compile(r"^\s*(?:#{1,6}\s+|[*o-]\s+)")
CLOSING_MARKS = re.compile(r"\s+#+\s*$")
HEADING_ID = re.compile(r"\s*\{#[^{}]*\}\s*$")
"""A heading's identifier, as Pandoc and kramdown write it: "## Session Intro {#intro}"."""
# Words struck out (Markdown's "~" or "~~" around them), the minutes' own deletion: "##
# ~Proxing Listener UDP~ CONNECT-UDP Bind" is "CONNECT-UDP Bind"
STRUCK = re.compile(r"~~?(?=\S)[^~\n]*?(?<=\S)~~?(?!~)\s*")
EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?P<inner>.+)\1$")
WHOLE_LINK = re.compile(r"^\[(?P<inner>[^\]]+)\]\([^)]*\)$")
NUMBER = re.compile(r"^(?:\((?P<a>\d{1,2})\)|(?P<b>\d{1,2})(?:\.\d{1,2})*[.)-])\s+")
DURATION = re.compile(r"^\d{1,3}\s*(?:m|mins?|minutes)\s*[-\u2013:]\s*")
# "Service Function Chaining (10 minutes)", "A Decade of Path Awareness, 20 min": a time at the end
DURATION_AT_END = re.compile(
    r"\s*(?:\(\s*\d{1,3}\s*(?:m|mins?|minutes)\.?\s*\)|,\s*\d{1,3}\s*(?:m|mins?|minutes)\.?)\s*$"
)
# "Jeff Elpern: Data plane programmability", "Joerg Ott/Dirk Kutscher: Directions for ...":
# presenters before a colon, then the title
PRESENTER_BEFORE_COLON = re.compile(r"^(?P<who>[^:]{3,60}):\s+(?P<title>\S.*)$")
PRESENTER_IN_BRACKETS = re.compile(r"\s*\[(?P<who>[^\]]+)\]$")
PRESENTER_IN_PARENS = re.compile(r"\s+\((?P<who>[^()\d]+)\)?$")
TURN_OPENER = re.compile(r"^[ \t*_-]*([^\s:*_][^:\n]{0,38}?)[ \t*_]*:", re.MULTILINE)
"""What opens a line before a colon, as a turn's speaker does: "DKG: ...", "**Lars**: ..."."""
PRESENTER_AFTER_SEMICOLON = re.compile(r"^(?P<title>[^;]+);\s+(?P<who>[^;]+)$")
PRESENTER_AFTER_COMMA = re.compile(r"^(?P<title>.+),\s+(?P<who>[^,]+):$")
SPLIT_PRESENTERS = re.compile(r"\s+[-\u2013\u2014]\s+|,\s+")
"""What stands between a title and its presenters, or between two presenters: a dash, a comma."""
# "LEDBAT++, Reese E. (on behalf of authors)", "Pacing, Michael Welzl (MW)": a title, then
# after its last comma a full name, maybe with words in brackets
FULL_NAME_AFTER_COMMA = re.compile(r"^(?P<title>.+),\s+(?P<who>[^,()]+?)(?:\s*\([^()]*\))?$")
DATE_WORDS = frozenset(name[:3] for name in (*MONTHS, *WEEKDAYS))
"""How a title that starts with a day starts, but for a digit: a month's or a
weekday's first three letters."""
WEEKDAY = rf"(?:{'|'.join(WEEKDAYS)})"
"""A weekday's name written whole."""
WEEKDAY_ALONE = re.compile(rf"^{WEEKDAY}\b", re.IGNORECASE)
WEEKDAY_BEFORE = re.compile(rf"{WEEKDAY},?\s+", re.IGNORECASE)
"""A weekday before a date a heading names in a form that does not take one: "# Thursday
2016-11-17" (CoRE minutes)."""
SESSION = re.compile(
    r"\bsession\b|\bIETF[ -]?\d{2,3}\b"
    r"|(?<!next )(?<!future )(?<!upcoming )(?<!previous )(?<!last )(?<!past )\bmeeting\b",
    re.IGNORECASE,
)
"""A heading of a session, or of the meeting itself ("## MASQUE IETF 117", "## 2- nwcrg online
meeting"; not "## Next meeting"), whose first line may give its day."""
MEETING_ON = re.compile(
    r"(?:(?:online|virtual|interim|hybrid|in-person|physical)\s+)?meeting\s+(?:(?:held|is|was)\s+)?on\s+",
    re.IGNORECASE,
)
"""What may open the first line of a session's heading before its day: "Online meeting on
Thursday March 11, 2021, 14:30-15:30 (UTC)" (NWCRG minutes)."""
SESSION_TO_DAY = re.compile(r"[\s,:(\u2013-]*(?:\w{1,4}[\s,:(\u2013-]+)?")
"""What may stand between a session and its day: "Session I, 2019-07-22", "IETF 117: Monday"."""
# "Action Items", "Actions and Plan for Next Steps"; not one of a list of things, whose
# actions are another kind ("Properties/Actions/Events (P/A/E) and scaling")
ACTION_TITLE = re.compile(r"(?<!/)\baction(?!\w*/)", re.IGNORECASE)
# A title that names other things beside actions, whose items are actions only where
# they take a task on: "Summary and Actions", "Decisions and action items"
BESIDE_ACTIONS = re.compile(
    r"\b(?:summary|summaries|discussion|notes|minutes|decisions|conclusions|outcomes?)\b",
    re.IGNORECASE,
)


def layout(blocks: list[Block]) -> Layout:
    """Answer the minutes' title, front matter and sections, from their blocks."""
    headings = [b for b in blocks if isinstance(b, Heading)]
    title = _title(headings)
    front: list[Item] = []
    parts: list[tuple[Heading, list[Item]]] = []
    for block in blocks:
        if isinstance(block, Heading):
            if block is not title:
                parts.append((block, []))
        elif parts:
            parts[-1][1].append(block)
        else:
            front.append(block)
    return Layout(title, front, parts)


def _title(headings: list[Heading]) -> Heading | None:
    """Answer the heading that titles the minutes: a title line, the one "#" heading,
    or an unnumbered underlined heading above numbered ones."""
    if not headings:
        return None
    first = headings[0]
    if first.form == "title":
        return first
    if first.form == "markdown" and first.level == 1:
        tops = [h for h in headings if h.form == "markdown" and h.level == 1]
        return first if len(tops) == 1 else None
    numbered_below = any(h.form == "numbered" for h in headings[1:])
    return first if first.form == "underlined" and numbered_below else None


def title_of(heading: str, form: str, text: str = "") -> Title:
    """Answer what a heading as written says: "(1) GSAKMP:" -> "GSAKMP", number 1;
    "* 45 min - HTTP draft overview [Mark Nottingham]" -> "HTTP draft overview",
    presenter "Mark Nottingham"; "### [Expect-CT](https://...)" -> "Expect-CT"; "##
    Session Intro {#session-intro}" -> "Session Intro"; "## ~Listener~ Bind" -> "Bind" (struck
    out); "Jeff Elpern: Data plane (10 minutes)"
    -> "Data plane", presenter "Jeff Elpern". A full name after a comma or before a colon is
    the presenter only where the minutes (`text`) write its first word again."""
    words = HEADING_ID.sub("", CLOSING_MARKS.sub("", HEADING_MARKS.sub("", heading))).strip()
    for pattern in (EMPHASIS, WHOLE_LINK, EMPHASIS):
        match = pattern.match(words)
        if match:
            words = match.group("inner").strip()
    number = None
    numbered = NUMBER.match(words)
    if numbered:
        number = int(numbered.group("a") or numbered.group("b"))
        words = words[numbered.end() :]
    kept = STRUCK.sub("", words)  # struck out words, where what is kept is as written
    words = DURATION_AT_END.sub("", DURATION.sub("", kept if kept in words else words))
    said, presenter = _presenter(words, form, text)
    if said.strip(" \t:-"):  # a heading all in brackets names no presenter: "[Postponed]"
        words = said
    else:
        presenter = None
    if form in ("numbered", "underlined"):
        words = words.removesuffix(":").rstrip()
    if not fold(words) or fold(words) not in fold(heading):
        return Title(fold(heading), number, presenter)
    return Title(fold(words), number, presenter)


def _presenter(words: str, form: str, text: str) -> tuple[str, str | None]:
    """Answer a title without the presenter it names, and the presenter: "[Name]"
    at its end, "Title, Name Name" (maybe with words in brackets after it), "(Name Name)"
    at its end, "Title, Name:" in a numbered heading, or
    "Title; Name and Name" ("draft-ietf-dnsop-7706bis; Paul Hoffman")."""
    match = PRESENTER_IN_BRACKETS.search(words)
    if match and not words.endswith(")"):
        return words[: match.start()], match.group("who").strip()
    colon = PRESENTER_BEFORE_COLON.match(words)
    if colon and not _is_person(colon["title"]) and _presenters(colon["who"].split("/"), text):
        return colon.group("title"), colon.group("who").strip()
    comma = FULL_NAME_AFTER_COMMA.match(words)
    if comma and not _names_people(comma.group("title")) and _presenters([comma["who"]], text):
        return comma.group("title"), comma.group("who").strip()  # "LEDBAT++, Reese E. (...)"
    match = PRESENTER_IN_PARENS.search(words)
    if match and _is_person(match.group("who")):
        before, who = words[: match.start()], match.group("who").strip()
        # "Marcus Ilhar (Ericsson)": a person's name and their affiliation; not "Encrypted
        # Content Type (DKG)" where "DKG:" speaks
        if not (_is_person(before) and len(who.split()) == 1) or _speaks(who, text):
            return before, who
    match = PRESENTER_AFTER_COMMA.match(words)
    if match and form == "numbered" and _is_person(match.group("who")):
        return match.group("title"), match.group("who").strip()
    match = PRESENTER_AFTER_SEMICOLON.match(words)
    if match and all(map(_is_person, NAMES_APART.split(match.group("who")))):
        return match.group("title"), match.group("who").strip()
    return words, None


def _speaks(who: str, text: str) -> bool:
    """Answer whether the minutes (`text`) open a line with `who` and a colon, a turn of theirs."""
    return who in _turn_openers(text)


@lru_cache(maxsize=1)
def _turn_openers(text: str) -> frozenset[str]:
    """Answer the words that open a line of the minutes before a colon ("DKG: ..."), read once."""
    return frozenset(TURN_OPENER.findall(text))


def _full_name(words: str) -> bool:
    """Answer whether words are a person's full name: two or three capitalised words
    ("Reese E.", "Michael Welzl"), none an acronym ("QUIC Ossification")."""
    names = words.split()
    acronym = any(n.isupper() and sum(c.isalpha() for c in n) > 1 for n in names)
    return len(names) > 1 and _is_person(words) and not acronym


def _presenters(names: list[str], text: str) -> bool:
    """Answer whether names in a heading are its presenters: full names, the first of which
    the minutes write again (in the agenda, or its first word as a speaker: "Reese:"), so
    that they are no words of a title."""
    first = names[0].split()[:1]  # none where the heading splits to nothing: "/00: 0"
    return (
        bool(first) and all(map(_full_name, names)) and text.find(first[0]) != text.rfind(first[0])
    )


def _names_people(title: str) -> bool:
    """Answer whether a title ends on a person, so that a name after it is one more of a
    list of presenters ("... - Mike Bishop, Ben Schwartz")."""
    pieces = SPLIT_PRESENTERS.split(title)
    return title.endswith(")") or (len(pieces) > 1 and _is_person(pieces[-1]))


def _is_person(words: str) -> bool:
    """Answer whether words name a person: one to three capitalised words, maybe a full
    name and its affiliation ("Jeffrey Yasskin, Chromium")."""
    found = speaker(words)
    names = words.split()
    return (
        found is not None
        and words.strip() in (found.name, f"{found.name}, {found.role}")
        and len(names) <= 3
        and all(w[0].isupper() for w in names)
    )


def is_action_section(title: str) -> bool:
    """Answer whether a section's title makes it a list of action items, and nothing
    else ("Action Items", not "Summary and Actions")."""
    return bool(ACTION_TITLE.search(title)) and not BESIDE_ACTIONS.search(title)


def is_agenda(title: str) -> bool:
    """Answer whether a section's title makes it the meeting's agenda ("Agenda review.",
    "Agenda bashing"): what "we will" do there is the meeting's own program; not a question
    about an item of it ("Question in agenda: what about draft-heide-nwcrg-rlnc?")."""
    return "agenda" in title.casefold() and not title.rstrip().endswith("?")


class DayHeading(NamedTuple):
    """A heading that names a day the meeting sat, and the day."""

    heading: Heading
    day: Day


def meeting_year(text: str, plan: Layout) -> int | None:
    """Answer the meeting's year: the year of the first full date in the title, the
    day headings, the front matter or the meeting's details, else of the date a link
    there gives the meeting's time by ("Monday July 21, 14:30 - 16:30 CEST ([See this
    time in your local timezone](https://www.timeanddate.com/...&iso=20250721T1430))")."""
    opened = opening(text, plan)
    places: list[Block] = [h for h, _ in plan.parts] + plan.front[:5] + opened
    if plan.title:
        places.append(plan.title)
    for block in sorted({b.start: b for b in places}.values(), key=lambda b: b.start):
        for found in dates(text, block.start, block.end, None):
            if found.date.precision is not Precision.YEAR:
                return found.date.first.year
    for block in opened:
        linked = ISO_TIME_IN_LINK.search(text, block.start, block.end)
        if linked is not None:
            return int(linked["year"])
    return None


# A heading naming the meeting, then its day: "# MLS@IETF103 2018-10-08 @ 11:20 UTC+07:00"
MEETING_THEN_DAY = re.compile(r"[\w-]*@IETF[ -]?\d{2,3}[ \t,:-]+(?=\d)", re.IGNORECASE)


def day_headings(
    text: str, plan: Layout, titles: list[Title], year: int | None
) -> list[DayHeading]:
    """Answer the headings that name a day ("## Tuesday, 14 November 2017", "## 7 June
    2017", "## Tuesday", "# MLS@IETF103 2018-10-08 @ 11:20"), or head a session whose first
    line does ("# TSVWG Session 2" / "Thursday, 27 July 2023, 9:00 AM", "## MASQUE IETF 117" /
    "Monday, July 24, 2023, 09:30 - 11:30, Monday Session I"), each with the day;
    `titles` are what the sections' headings say (see title_of)."""
    found: list[DayHeading] = []
    for (heading, items), said in zip(plan.parts, titles, strict=True):
        title = said.title
        if "hackathon" in title.casefold():
            continue  # a day of the hackathon, not of the meeting's
        if SESSION.search(title):
            own = dates_in(title, year)
            if own and own[0].precision is Precision.DAY and _session_day(title, own[0].start):
                if _before_a_day_of(own[0].first, found):
                    continue  # "## Topics from the T2TRG meeting on 2023-11-03": another's
                title = title[own[0].start :]  # "## Session I, 2019-07-22, 1810"
            elif items:
                title = text[items[0].start : items[0].end].strip()
                title = title[opened.end() :] if (opened := MEETING_ON.match(title)) else title
        may = title[:1].isdecimal() or title[:3].title() in DATE_WORDS
        meeting = MEETING_THEN_DAY.match(title) if not may else None
        at = meeting.end() if meeting else 0
        named = dates_in(title[at:], year) if may or meeting else []
        lead = title[at : at + named[0].start] if named else ""
        if (
            named
            and (not lead or WEEKDAY_BEFORE.fullmatch(lead))
            and named[0].precision is Precision.DAY
        ):
            date = written(title[at : at + named[0].end], named[0])
            found.append(DayHeading(heading, Day(text=date.text, date=date, start=heading.start)))
        elif WEEKDAY_ALONE.match(title) and len(title.split()) == 1:
            found.append(DayHeading(heading, Day(text=title, date=None, start=heading.start)))
    return found


def _before_a_day_of(day: dt.date, found: list[DayHeading]) -> bool:
    """Answer whether a session's day comes before a day an earlier heading names: the
    meeting's sessions come in their order, so that session is another meeting's."""
    return any(d.day.date is not None and day < d.day.date.first for d in found)


def _session_day(title: str, at: int) -> bool:
    """Answer whether the day a heading names at `at` is its session's: right after the
    session or the meeting ("Session I, 2019-07-22"), not in a sentence about another
    ("Reminder: IETF 117 - Session Requests opened on April 24")."""
    return any(SESSION_TO_DAY.fullmatch(title, m.end(), at) for m in SESSION.finditer(title, 0, at))


# A place or a session before a day on its line: "New York, New York, Jan 12, 2020", "Session
# 2, 2021-07-29" (DNSOP minutes)
PLACE_BEFORE = re.compile(
    r"(?:(?i:session)[ \t]+\w+[ \t]*[,:\u2013-][ \t]*)?(?:(?i:date)[ \t]*:[ \t]*)?"
    r"(?:[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*)*,[ \t]*)*"
    rf"(?:{WEEKDAY}[ \t]+)?"  # "Friday 2023-11-10 morning" (DNSOP minutes)
)
# A session's line alone, over the line of its day: "Session 2" / "Date: Thursday, March 20,
# 2025" / "Time: 1300-1430 local" (DNSOP minutes)
SESSION_ALONE = re.compile(r"(?i:session)[ \t]+\w{1,3}[ \t]*:?")
# Times after a day on its line, or nothing: ", 1200-1400 +7, 0500-0700 UTC" (DNSOP minutes)
TIMES = re.compile(
    r"[\d\s,.:+\u2013-]*(?:(?i:UTC|GMT|[AP]M|morning|afternoon|evening)\b[\d\s,.:+\u2013-]*)*"
)
"""What may follow a later session's day on its line: its time ("1430-1530 +7, 0730-0830
UTC"), or its part of the day ("Friday 2023-11-10 morning", DNSOP minutes)."""
YEAR = re.compile(r"(?:19|20)\d\d")
DAY_LINE_MOST = 80
"""The longest line naming a later session's day: a place and a day, no more."""
LATER_SESSION_DAYS = 7
"""The most days after the front matter's last day a later session of the meeting sits."""


def day_lines(text: str, plan: Layout, year: int | None, front: list[Day]) -> list[DayHeading]:
    """Answer the headings a line naming a later day of the meeting stands above, a day
    within a week after the front matter's last: the line alone in its item but for a place
    before the day and lines of time and room below it ("New York, New York, Jan 12, 2020"
    over "# Rotating signature keys"; "Thursday, 21 November, 2019" / "17:40-18:40, ...
    Canning" over "Well-known URIs for ESNI"), or a session's line alone above it ("Session
    2" / "Date: Thursday, March 20, 2025"), in no list."""
    dated = [
        d.date.first for d in front if d.date is not None and d.date.precision is Precision.DAY
    ]
    if not dated:
        return []
    found = []
    for (_, items), (heading, _) in pairwise(plan.parts):
        for item in items:
            lines = text[item.body : item.end].split("\n", 2)
            line = lines[0].strip()
            if SESSION_ALONE.fullmatch(line) and len(lines) > 1:
                line = lines[1].strip()  # its day on the line below it
            dated_line = not item.marker and len(line) <= DAY_LINE_MOST and YEAR.search(line)
            named = dates_in(line, year) if dated_line and line[:1].isalnum() else []
            if len(named) != 1 or named[0].precision is not Precision.DAY:
                continue
            day = named[0]
            alone = PLACE_BEFORE.fullmatch(line, 0, day.start) and TIMES.fullmatch(line, day.end)
            if alone and 0 < (day.first - dated[-1]).days <= LATER_SESSION_DAYS:
                date = written(line[day.start : day.end], day)
                found.append(DayHeading(heading, Day(text=date.text, date=date, start=item.start)))
    return found


def opening(text: str, plan: Layout) -> list[Block]:
    """Answer the blocks that open the minutes: the title and the first items of the
    front matter but a legend of initials ("AL: Adam Langley"); where no heading titles
    the minutes and few items stand before the first heading, that heading and the
    first items under it ("# HTTPAPI at IETF 111" / "* Tuesday 2021-07-27", with "# TLS
    at IETF 105, Thursday" or "# No time for other topics." further down: each "#"
    heading a section); after a title alone, the heading right below it ("# Meeting
    summaries" / "## CoRE @ IETF 108 (Virtual)"); and the sections of the
    meeting's details that follow them ("## Time and Date" / "* Wednesday, March 29,
    2023, 09:30 - 11:30"), past a table of contents or an empty section before them.
    Of the data a page opens with, only its title and its day."""
    said, talk = page_data(text, plan.front)
    front: list[Block] = [i for i in said + talk if not _legend_line(text[i.start : i.end])]
    blocks, rest = ([plan.title] if plan.title else []) + _first_items(text, front), plan.parts
    if plan.title is None and plan.parts and len(front) <= 5:
        heading, items = plan.parts[0]
        blocks, rest = [heading, *(front + items)[:5]], plan.parts[1:]
    if len(blocks) == 1 and rest and not _logistics(text, *rest[0]):
        blocks, rest = [*blocks, rest[0][0]], rest[1:]
    first = 0
    while first < len(rest) - 1 and _no_content(text, *rest[first]):
        first += 1
    if rest and not _logistics(text, *rest[first]):
        first = 0
    for heading, items in rest[first:]:
        if not _logistics(text, heading, items):
            break
        blocks += [heading, *items[:5]]
    return blocks


def _first_items(text: str, front: list[Block]) -> list[Block]:
    """Answer the first five items of the front matter, and the five after one of them that
    labels the meeting's details below it ("Date and time:" / "* Local time: Wednesday,
    2024-03-20, 09:30-11:30"), or after a label of the minutes proper further on, past an
    agenda ("minutes:" / "COINRG - https://irtf.org/coinrg" / "Friday 07 June 2019")."""
    for n, item in enumerate(front[:5]):
        if isinstance(item, Item) and LOGISTICS.fullmatch(text[item.body : item.end]):
            return front[: n + 6]
    for n, item in enumerate(front[5:], 5):
        if isinstance(item, Item) and MINUTES_LABEL.fullmatch(text[item.body : item.end]):
            return front[:5] + front[n + 1 : n + 6]
    return front[:5]


def _no_content(text: str, heading: Heading, items: list[Item]) -> bool:
    """Answer whether a section holds none of the meeting: nothing, or a table of contents."""
    return not items or CONTENTS.match(text[heading.start : heading.end].lstrip("#")) is not None


def page_data(text: str, front: list[Item]) -> tuple[list[Item], list[Item]]:
    """Answer the items of the data a page opens with ("---" / "title: ..." / "date:
    2023-03-13" / "---") that say the meeting's title or day, the rest of that data a
    wiki's own ("published: true"); and the items of the front matter after it."""
    matter = PAGE_DATA.match(text)
    end = matter.end() if matter else 0
    said = [i for i in front if i.start < end and PAGE_SAYS.match(text, i.start)]
    return said, [i for i in front if i.start >= end]


def _logistics(text: str, heading: Heading, items: list[Item]) -> bool:
    """Answer whether a section holds the meeting's own details: by its heading ("## Time
    and Date"), or by one of its first items ("## Introduction" / "- Date/Time: Wednesday,
    March 18, 2026")."""
    lines = [text[heading.start : heading.end].lstrip("#")]
    lines += [text[i.body : i.end].split("\n", 1)[0] for i in items[:5]]
    return any(LOGISTICS.fullmatch(line) for line in lines)


def _legend_line(line: str) -> bool:
    """Answer whether a line is a legend line, "AL: Adam Langley" (see `is_legend`)."""
    match = PLAIN_LEGEND.fullmatch(line.strip())
    return match is not None and is_legend(match["short"], match["name"])


def front_days(text: str, plan: Layout, year: int | None) -> list[Day]:
    """Answer the days the front matter names, when no heading names one: the first
    date in the opening blocks ("met on Monday night (14 July 2003)"), or each day of
    the span it ends or starts ("Date: 14-15 January 2019"); a month there is the day in
    it named further on ("Virtual Interim - April 2021" / "Thursday, April 15, 2021")."""
    sent = _sent(text)
    said = [
        found
        for block in opening(text, plan)
        for found in dates(text, block.start, block.end, year)
        if found.date.precision is not Precision.YEAR and found.start not in sent
    ]
    if not said:
        said = [d for d in _date_labelled(text, year) if d.start not in sent]
    if not said:
        return []
    first = said[0]
    if first.date.precision is Precision.MONTH:  # "Interim - April 2021" / "April 15, 2021"
        month = first.date
        days = (d for d in said if d.date.precision is Precision.DAY)
        first = next((d for d in days if month.first <= d.date.first <= month.last), first)
    return [Day(text=d.date.text, date=d.date, start=d.start) for d in spanned(text, first)]


# A line that labels the meeting's day past the opening, at the margin or as an item: "Date:
# Monday, November 4, 2024" below a summary of the chairs' actions, "* Date: 26 September 2022"
# (DNSOP minutes), "Date and time: Wednesday, 2024-07-24, 16:30-18:30 UTC" (CoRE minutes)
DATE_LABELLED = re.compile(
    r"^(?:[*+-][ \t]+)?date(?P<time>[ \t]+and[ \t]+time)?[ \t]*:[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)
# A line of the meeting's details beside it: "Session 1", "Time: 1730-1900 local", "Chairs: …"
DETAIL_LINE = re.compile(
    r"(?:session[ \t]+\w{1,3}|(?:time|location|place|room|venue|chairs?)[ \t]*:)", re.IGNORECASE
)


def _date_labelled(text: str, year: int | None) -> list[Dated]:
    """Answer the day of the first line of the minutes that labels one and says no more than
    the day and its time, beside a line of the meeting's other details ("Session 1" / "Date:
    Monday, November 4, 2024" / "Time: 1730-1900 local") or labelled as both ("Date and
    time: Wednesday, 2024-07-24, 16:30-18:30 UTC"), for minutes whose opening names no day:
    a day, not a month or a year."""
    for label in DATE_LABELLED.finditer(text):
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        found = dates(text, label.end(), line_end, year)
        day = _day_first(text, label.end(), found[0]) if found else None
        if not (
            day is not None
            and day.date.precision is Precision.DAY
            and TIMES.fullmatch(text, day.end, line_end)
        ):
            continue
        above = text.rfind("\n", 0, max(label.start() - 1, 0)) + 1
        around = (text[above : label.start()], text[line_end + 1 : line_end + 80])
        if label["time"] or any(DETAIL_LINE.match(lines.strip(" \t\n*+-")) for lines in around):
            return [day]
    return []


def _day_first(text: str, at: int, found: Dated) -> Dated | None:
    """Answer a date found if it is the first words from `at`, with its own weekday where
    that stands before it apart from the date as read ("Wednesday, 2024-07-24"); else None."""
    if found.start == at:
        return found
    weekday = WEEKDAY_BEFORE.fullmatch(text, at, found.start)
    if weekday is None or weekday_in(weekday.group()) != found.date.first.weekday():
        return None
    date = msgspec.structs.replace(found.date, text=fold(text[at : found.end]), weekday_ok=True)
    return Dated(at, found.end, date)


# "To: cellar at ietf.org" / "Date: Wed, 22 Aug 2018 22:51:55 -0400": minutes as a list's
# archive keeps them, after the headers of their message
MESSAGE_HEADER = re.compile(
    r"(?P<name>From|To|Cc|Subject|Date|Sender|Reply-To|Message-I[Dd]|List-[Ii]d):", re.IGNORECASE
)


def _sent(text: str) -> range:
    """Answer where the Date header of the message the minutes open with stands (the day the
    message was sent, not the meeting's): the headers are the lines before the first blank
    one, two or more of them; an empty range where the minutes open with no message."""
    top = text.lstrip()
    head = top[: top.find("\n\n")] if "\n\n" in top else top
    at, names, date = len(text) - len(top), set(), range(0)
    for line in head.split("\n"):
        if header := MESSAGE_HEADER.match(line):
            names.add(header["name"].lower())
            if header["name"].lower() == "date":
                date = range(at, at + len(line))
        at += len(line) + 1
    return date if len(names) >= 2 else range(0)

"""The meeting: group, IETF number, interim or not, city and days, where the
minutes state them."""

import datetime as dt
import re
from collections import Counter
from typing import Literal, NamedTuple

from msecwg.importer.dating import dates_in
from msecwg.importer.records import Day, Meeting
from msecwg.importer.sections import Layout, opening
from msecwg.importer.text import fold
from msecwg.importer.vocabulary import NOT_A_CITY, NOT_A_GROUP
from msecwg.model import Precision
from msecwg.store.meetings import file_number

# The group's short name, as titles and pages give it:
# - before what names it one: "HTTPbis Working Group", "QUIC WG", "QUIC 2020-10-22 Interim",
#   "QUIC at IETF 110", "MASQUE IETF 118, Monday II Session", "ROLL IETF Interim Meeting",
#   "HTTPAPI AT IETF 116", "MLS @ IETF 102", "MASQUE - IETF 108", "SCONE Minutes IETF 124",
#   "NASR Minutes Interim 08 January 2024",
#   "SCONE working group", "MPTCP interim meeting", "ANIMA weekly call #1", "ANIMA Call" (on
#   the same line; never the "AT" of a title in capitals, a design team's "DT" in "Transport
#   NBI DT @ IETF 100", "IETF", the "WG" of "AI Preferences WG Interim Meeting Minutes", nor
#   the tool of a "WebEx Interim");
# - in brackets after the long name: "WebTransport (webtrans) Working Group", "DNS Operations
#   (DNSOP) Working Group", "Path Aware Networking Proposed RG (PANRG)", "INTERNET RESEARCH
#   STEERING GROUP (IRSG)";
# - a title of one name: "Pearg notes", "DANCE agenda:" (in capitals); a line of the short name
#   and the long in brackets:
#   "SoC (Sip Overload Control)";
# - after the meeting's number, in capitals ("IETF 104 MLS Tuesday session", "IRTF 125 IDRNG
#   sidemeeting minutes"), or in lower case in a line all in lower case ("ietf 104 capport wed
#   11:20"), maybe after a dash ("IETF 122 - ICCRG");
# - "SCIM Virtual Session", "RATS - Virtual Interim"; in capitals before a dash, where its line
#   names the meeting: "CELLAR -- DRAFT AGENDA for Virtual Interim Meeting";
# - a research group's name opening a line: "T2TRG WoT Eurecom 2016 notes";
# - in capitals before the meeting's number and "meeting", "minutes" or "notes": "WISH 112
#   Meeting", "# ASDF 110 meeting minutes" (the number is the IETF meeting's);
# - a design team's group, named before its topic: "TEAS NS DT call", "I2RS RIB Design Team",
#   in a title in capitals too: "NOTES FROM THE TEAS NS DT CALL"
#   ("Transport NBI DT" names a topic only);
# - the group its chairs' line names: "IoT-DIR Chairs: Samita Chakrabarti, Ines Robles";
# - a side meeting's or BoF's name in quotation marks: "IETF116 “Environmental Impact” Side
#   Meeting", or before it, as an acronym is written: "re-ECN Bar Bof Minutes", "T2TRG research
#   side meeting";
# - the group of the meeting's Meetecho link (".../ietf117/?group=ippm") or Datatracker page
#   (".../meeting/117/session/ippm"), the interim's Datatracker name in a link to its page or
#   notes (".../meeting/interim-2018-cellar-03/...", "notes-ietf-interim-2021-roll-01-roll"),
#   or the group's own page ("WG Tools: http://tools.ietf.org/wg/nea").
INTERIM_NAME = r"\binterim-\d{4}-(?P<interim>[a-z][a-z0-9]{1,15})-\d\d\b"
"""An interim meeting's name in Datatracker: "interim-2021-roll-01", and its group."""
GROUP = re.compile(
    r"\b(?!(?:AT|DT|WG|RG|BoF|BOF|IETF|IRTF|WebEx|WEBEX|Meetecho)\b)(?P<group>[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)"
    r"(?:[ \t]+|[ \t]*@[ \t]*|[ \t]+[-\u2013|:][ \t]+)(?:WG[Ss]?\b|(?i:working\s+group)\b"
    r"|(?:(?:Minutes|Notes)\s+)?(?:I[ER]TF\s+)?(?:\d{4}-\d\d-\d\d\s+)?(?i:interim)\b|(?i:at)\s+IETF"
    r"|Virtual\s+(?:Session|Meeting|Interim)\b"
    r"|(?i:(?:weekly|bi-?weekly|monthly|conference)\s+(?:call|session|meeting))\b|Call\b"
    r"|(?:(?:Minutes|Notes|Meeting),?\s+)?IETF[ -]?\d{2,3}\b)"
    r"|\b[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3}\s+\((?P<short>[A-Za-z][A-Za-z0-9-]{1,15})\)\s+"
    r"(?:WG\b|Working\s+Group\b|(?:Proposed\s+)?(?:RG\b|Research\s+Group\b))"
    r"|\b[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3}\s+(?:Proposed\s+)?"
    r"(?:RG|(?i:(?:research|steering|working)\s+group))\s+"
    r"\((?P<research>[A-Za-z][A-Za-z0-9-]{1,15})\)"
    r"|^\W*(?!(?:Meeting|Session|Interim|Draft|Working|Scribe|Raw|Rough|Chat|Official|Agenda"
    r"|Summary|Hackathon|Plenary|Minutes|Notes|IETF)\b)(?P<noted>[A-Z][A-Za-z0-9-]{1,15})"
    r"\s+(?:notes|minutes|Notes|Minutes)[ \t]*$"
    r"|^\W*(?!(?:IETF|IRTF|DRAFT|REVISED|FINAL|UPDATED|PROPOSED)\b)(?P<agenda_of>[A-Z][A-Z0-9-]{1,15})"
    r"\s+(?i:agenda)[ \t]*:?[ \t]*$"
    r"|^\W*I[ER]TF[ -]?\d{2,3}(?::|\s+[-\u2013|])?\s+"
    r"(?!(?:AT|WG|BOF|IETF|IRTF|MINUTES|NOTES|AGENDA|MEETING|SESSION)\b)"
    r"(?P<after>[A-Z][A-Z0-9-]+)\b(?![a-z])"
    r"|^\W*ietf[ -]?\d{2,3}(?::|\s+[-\u2013|])?\s+"
    r"(?!(?:wg|bof|minutes|notes|agenda|meeting|session|interim)\b)"
    r"(?P<lower>[a-z][a-z0-9-]+)\b(?=[^A-Z\n]*$)"
    r"|^\W*(?!(?:IETF|AGENDA|MINUTES|NOTES|DRAFT)\b)(?P<dashed>[A-Z][A-Z0-9]{1,15})\s+-{1,2}\s+"
    r"(?=.*\b(?i:agenda|minutes|notes|interim|meeting)\b)"
    r"|^\W*(?P<research_first>[A-Z][A-Z0-9]{1,10}RG)\b(?!-)"
    r"|^\W*(?!(?:IETF|IRTF|INTERIM|SESSION|MEETING|CALL|WEEK|DAY|TEAM)\b)"
    r"(?P<numbered>[A-Z][A-Z0-9-]{1,15})[ \t]+\d{2,3}[ \t]+(?i:meeting|minutes|notes)\b"
    r"|^\W*(?i:interim)[ \t]+(?!(?:IETF|IRTF|WG|RG)\b)(?P<interim_of>[A-Z][A-Z0-9-]{1,15})"
    r"[ \t]+(?i:meeting|session|call)\b"
    r"|^\W*(?P<expanded>[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*)[ \t]+"
    r"\((?:[A-Z][a-z]+[ \t]+){1,5}[A-Z][a-z]+\)[ \t]*(?:\n|$)"
    r"|\b(?!(?:THE|OF|FROM|FOR|ON|AND|NOTES|MINUTES)\b)(?P<team>[A-Z][A-Z0-9]{1,10})\s+"
    r"(?:[A-Z][A-Za-z0-9]*\s+){1,2}(?:DT|Design\s+Team)\b"
    r"|\bI[ER]TF[ -]?\d{2,3}\s+[\"\u201c](?P<quoted>[A-Z][^\"\u201d\n]{1,40})[\"\u201d]\s+"
    r"(?i:side[ -]meeting|bar\s+bof|bof)\b"
    r"|\b(?!(?:IETF|IRTF|IESG|IAB)\b)"
    r"(?P<side>(?=[\w-]*(?:[A-Z][\w-]*[A-Z]|[0-9]))[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)"
    r"(?:[ \t]+research)?[ \t]+(?i:side[ -]?meeting|bar[ -]?bof|bof)\b"
    r"|^\W*(?!(?:WG|RG|IETF|IRTF|IESG|IAB|BOF|AD|ADs|TSV)\b)"
    r"(?P<chaired>[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)[ \t]+(?i:co-?)?(?i:chairs?)[ \t]*:"
    r"|\bmeetecho\.com/ietf\d{2,3}/\?group=(?P<linked>[a-z][a-z0-9-]{1,15})\b"
    r"|\bietf\.org/meeting/\d{2,3}/session/(?P<tracked>[a-z][a-z0-9]{1,15})\b"
    rf"|{INTERIM_NAME}"
    r"|\bietf\.org/(?:wg|group)/(?P<page>[a-z][a-z0-9]{1,15})\b"
)
# The group a working (or research) group draft or a Datatracker material is of:
# "draft-ietf-ippm-stamp", "draft-irtf-iccrg-ledbat-plus-plus",
# ".../materials/slides-104-ippm-advanced-unidirectional-route-assessment"
GROUP_NAMED = re.compile(
    r"\bdraft-i[er]tf-(?P<group>[a-z][a-z0-9]{1,15})-[a-z0-9]"
    r"|\b(?:slides|minutes|agenda|bluesheets|chatlog|recording)-\d{2,3}-(?P<of>[a-z][a-z0-9]{1,15})-"
)
NAMED_LEAST = 3
"""How often the minutes must name a group's drafts and materials, where they name no group,
for it to be their group, and how many times as often as any other's."""
HEADINGS_NAMING = 3
"""How many of the first headings may name the group where the opening does not."""
THRICE_A_YEAR_FROM = 40
"""The first IETF meeting of those held three times a year, every year (December 1997)."""
IETF_NUMBER = re.compile(r"(?<![/\w.-])(?:IETF|ietf)[ -]?(?P<number>\d{2,3})\b")
# The number of another meeting, in the opening of an interim's minutes: "## Hackathon Plan
# for IETF 123" (an interim is no IETF meeting)
ANOTHER_NUMBER = re.compile(r"\b(?:for|before|after|until|towards)[\s-]+(?:the[\s-]+)?$", re.I)
# The group a file's name may name: before its meeting ("quic-ietf104.md",
# "dnsext-interim-minutes-2010-03-02a.txt"), or Datatracker's "minutes-118-masque-…"
FILE_GROUP = re.compile(
    r"^(?:minutes|notes)-\d{2,3}-(?P<datatracker>[a-z][a-z0-9-]{1,15}?)-\d"
    r"|^(?P<before>[a-z][a-z0-9-]{1,15}?)[-_](?:ietf[-_]?\d|interim\b)",
    re.IGNORECASE,
)
FOLDER_GROUP = re.compile(r"(?!(?:ietf|irtf)[-_]?\d)[a-z][a-z0-9-]{1,15}", re.IGNORECASE)
"""A folder's name that may be its group's: not a meeting's ("ietf118")."""
# How minutes name a group: in capitals, with a capital inside, a digit or a dash ("CCAMP",
# "re-ECN", "t2trg", "pq-dnssec"), or before what a group has ("the cfrg session", "cfrg list",
# "the capport github location")
GROUP_WRITTEN = re.compile(r"[A-Z]{2,}|.[A-Z]|[0-9-]")
GROUP_THINGS = re.compile(
    r"\s+(?i:WG|RG|working\s+group|research\s+group|session|meeting|(?:mailing\s+)?list"
    r"|co-?chairs?|minutes|notes|charter|github|repo|repository)\b"
)
TITLE_NUMBER = re.compile(
    r"\W*(?P<group>[A-Za-z][A-Za-z0-9-]{1,15})[ \t]+(?P<number>\d{2,3})[ \t]+"
    r"(?i:meeting|minutes|notes|session)\b"
)
"""A title's group and the meeting's number after it: "WISH 112 Meeting"."""
# A link to a group's materials or session at a numbered IETF meeting, its number and group:
# ".../ietf110/?group=asdf", ".../meeting/117/session/ippm", "slides-112-dance-dance-https-00",
# "notes-ietf-110-asdf"
LINKED_NUMBER = re.compile(
    r"\bmeetecho\.com/ietf(\d{2,3})/\?group=([a-z][a-z0-9-]{1,15})\b"
    r"|\bietf\.org/meeting/(\d{2,3})/session/([a-z][a-z0-9]{1,15})\b"
    r"|\b(?:slides|minutes|agenda|bluesheets|chatlog|recording|notes-ietf)-(\d{2,3})"
    r"-([a-z][a-z0-9]{1,15})(?![a-z0-9])"
)
INTERIM = re.compile(r"\binterim\b", re.IGNORECASE)
THIS_INTERIM = re.compile(r"\bthis\s+interim\b", re.IGNORECASE)
"""Minutes that speak of "this interim" anywhere ("The aim of this interim meeting is ...")."""
INTERIM_FILE = re.compile(r"(?<![a-z])interim(?![a-z])", re.IGNORECASE)
"""A file or folder name of an interim's minutes: "interim-03-02-2022/Notes-Mar 2 2022.md"."""
INTERIM_PAGE = re.compile(INTERIM_NAME)
"""An interim meeting's name in Datatracker, in a link to its page or notes, which says the
meeting is one where it has no number."""
# What says nothing of the meeting itself: a link, or someone's turn ("Nick Sullivan:
# interim reportback"); a link is matched from its word's start, once a word ("<!--<!--...")
NOT_OF_THE_MEETING = re.compile(
    r"(?<!\S)\S*?://\S+|^\W*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}:\s.*", re.S
)
CITY_AFTER_NUMBER = re.compile(
    r"\bIETF[ -]?\d{2,3}(?:,|[ \t]+-)?[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
    r"(?=[ \t]*(?:$|[,*)(]|-))",
    re.MULTILINE,
)
CITY_AFTER_IN = re.compile(
    r"\b(?:meeting|met|held|meet)\s+in\s+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
    r"(?=,|[ \t]*$|[ \t]+on\b)",
    re.MULTILINE,
)


class Where(NamedTuple):
    """A fact about the meeting and the passage it is read from."""

    value: str
    quote: str


def meeting(
    text: str, plan: Layout, days: list[Day], name: str, numbered: tuple[int, str] | None = None
) -> tuple[Meeting, list[str]]:
    """Answer the meeting the minutes record and what could not be settled about it.

    The group, number, interim and city are read from the title and the first items
    of the front matter; the file's name gives the IETF number only where the
    minutes are silent, and says so, as it says where the year came from the IETF
    number (`numbered`, see numbered_year).
    """
    opening = _opening(text, plan)
    left = []
    if numbered is not None:
        year, day = numbered
        left.append(f"the year {year} of {day!r} comes from the IETF number and the weekday")
    group = _first(GROUP, opening) or _first(GROUP, _headings(text, plan))
    if group is None and (group := _named_most(text)) is not None:
        left.append(
            f"the working group {group.value} is read from the drafts and materials "
            "the minutes name"
        )
    if group is None and (group := _placed(text, name)) is not None:
        left.append(f"the working group {group.value} is read from the file's place {name}")
    said = [INTERIM.search(NOT_OF_THE_MEETING.sub("", o)) is not None for o in opening]
    # a title at an IETF meeting ("NWCRG @ IETF-100 (Singapore)") is of no interim, whatever the
    # lines after it say of one ("01- Interim meeting: quick feedbacks (Chairs)")
    titled = bool(opening) and not said[0] and _this_number(opening[:1]) is not None
    said_interim = any(said) and not titled
    number = _this_number(opening) if said_interim else _first(IETF_NUMBER, opening)
    if number is None and not said_interim and group is not None:
        number = _titled_number(opening, group.value)
    city = _city(opening)
    number_from: Literal["minutes", "file name"] | None = "minutes" if number else None
    value = int(number.value) if number else None
    by_name = None if said_interim else file_number(name)  # an interim has no IETF number
    first = days[0].date if days and days[0].date else None
    met = first.first.year if first else None
    if value is not None and met is not None and not _met_in(value, met):
        left.append(f"the minutes say IETF {value}, which did not meet in {met}")
        number, number_from, value = None, None, None
    elif (
        first and first.precision is Precision.DAY and _number_then(first.first) == by_name != value
    ):
        # "# IETF-118 QUIC WG meeting" / "## Tuesday, March 19, 2024" in ietf119.md
        left.append(f"the minutes say IETF {value}, which did not meet on {first.text}")
        number, number_from, value = None, None, None
    linked = None
    if number is None and by_name is None and not said_interim and group is not None:
        linked = None if _own_interim(text, group.value) else _linked_number(text, group.value)
    if linked is not None and (met is None or _met_in(int(linked.value), met)):
        number, number_from, value = linked, "minutes", int(linked.value)
        left.append(f"the IETF number {value} is read from the links to the group's materials")
    if number is None and by_name is not None and (met is None or _met_in(by_name, met)):
        number_from, value = "file name", by_name
        left.append(f"the IETF number {value} comes from the file name {name}")
    elif value is not None and by_name is not None and by_name != value:
        left.append(
            f"the minutes say IETF {value} and the file name {name} says {by_name}: "
            f"the minutes' {value} is kept"
        )
    by_name_interim = value is None and not said_interim and INTERIM_FILE.search(name) is not None
    if by_name_interim:
        left.append(f"the meeting is an interim by the file name {name}")
    quotes = [w.quote for w in (group, number, city) if w is not None]
    quotes += [d.text for d in days if d.text not in " ".join(quotes)]
    found = Meeting(
        group=group.value if group else None,
        group_quote=group.quote if group else None,
        number=value,
        number_from=number_from,
        interim=said_interim
        or by_name_interim
        or (value is None and any(INTERIM_PAGE.search(o) for o in opening))
        or (value is None and THIS_INTERIM.search(text) is not None)
        or (value is None and group is not None and _own_interim(text, group.value)),
        city=city.value if city else None,
        days=days,
        quotes=list(dict.fromkeys(quotes)),
    )
    return found, left


def _met_in(number: int, year: int) -> bool:
    """Answer whether IETF meeting `number` may have met in `year`, a year either way; those
    before IETF 40 before 1998 ("WPACK@IETF018" / "2020-07-31" is no IETF 18)."""
    if number < THRICE_A_YEAR_FROM:
        return year <= 1998
    return abs(_year_of(number) - year) <= 1


def _number_then(day: dt.date) -> int | None:
    """Answer the number of the IETF meeting held in a day's month, from IETF 40 on (in March,
    July and November, or a month either side)."""
    number = 101 + 3 * (day.year - 2018) + (day.month > 4) + (day.month > 9)
    return number if number >= THRICE_A_YEAR_FROM else None


def _year_of(number: int) -> int:
    """Answer the year IETF meeting `number` met in, from IETF 40 on: three meetings a year
    since IETF 40 (December 1997), IETF 101 in March 2018."""
    return 2018 + (number - 101) // 3


def _own_interim(text: str, group: str) -> bool:
    """Answer whether minutes link to the materials of an interim of their own group
    anywhere (".../meeting/interim-2020-tls-01/materials/..." in TLS minutes)."""
    return any(m["interim"] == group.casefold() for m in INTERIM_PAGE.finditer(text))


def _titled_number(opening: list[str], group: str) -> Where | None:
    """Answer the number the first line of an opening block gives the meeting after its
    group's name, before "meeting", "minutes" or "notes" ("WISH 112 Meeting", "# ASDF 110
    meeting minutes"), with that line; else None."""
    for block in opening:
        title = block.lstrip().partition("\n")[0]
        match = TITLE_NUMBER.match(title)
        if match is not None and match["group"].casefold() == group.casefold():
            return Where(match["number"], fold(title))
    return None


def _linked_number(text: str, group: str) -> Where | None:
    """Answer the IETF number most of the minutes' links to their own group's materials or
    session name, more of them than name any other (see LINKED_NUMBER), with the line it is
    first named in; else None."""
    numbers: Counter[str] = Counter()
    first: dict[str, int] = {}
    for match in LINKED_NUMBER.finditer(text):
        n, linked = (v for v in match.groups() if v)  # its alternative's number and group
        if linked == group.casefold():
            numbers[n] += 1
            first.setdefault(n, match.start())
    if not numbers:
        return None
    (number, most), *others = numbers.most_common()
    if most <= sum(n for _, n in others):
        return None
    return Where(number, fold(_line_around(text, first[number])))


def numbered_year(text: str, plan: Layout, name: str) -> tuple[int, str] | None:
    """Answer the year of the IETF meeting the opening (else the file's `name`) names,
    where a day the opening writes with its weekday but no year falls on that weekday in
    that year ("IETF 122, Bangkok" / "Tuesday, March 18": 2025), and that day as
    written; else None. IETF meetings have met three times a year since IETF 40
    (December 1997), IETF 101 in March 2018."""
    opening = _opening(text, plan)
    said = _first(IETF_NUMBER, opening)
    number = int(said.value) if said is not None else file_number(name)
    if number is None or number < THRICE_A_YEAR_FROM:
        return None
    year = _year_of(number)
    for line in opening:
        for found in dates_in(line, year):
            if found.year_supplied and found.weekday_ok and found.precision is Precision.DAY:
                return year, line[found.start : found.end]
    return None


def _opening(text: str, plan: Layout) -> list[str]:
    """Answer the opening blocks (see `sections.opening`), as written."""
    return [text[b.start : b.end] for b in opening(text, plan)]


def _headings(text: str, plan: Layout) -> list[str]:
    """Answer the first headings of the sections, as written: where the opening names no
    group, the agenda's may ("# Adaptive DNS Discovery" / "## Part 1: Agenda ADD@IETF114")."""
    return [text[h.start : h.end] for h, _ in plan.parts[:HEADINGS_NAMING]]


def _this_number(lines: list[str]) -> Where | None:
    """Answer the first IETF number of the lines that is not another meeting's (see
    ANOTHER_NUMBER), with the line it stands in."""
    for line in lines:
        for match in IETF_NUMBER.finditer(line):
            if not ANOTHER_NUMBER.search(line, 0, match.start()):
                return Where(match["number"], fold(_line_around(line, match.start())))
    return None


def _first(pattern: re.Pattern[str], lines: list[str]) -> Where | None:
    """Answer the first match of a pattern in the lines: the named group it matched,
    and the line it stands in."""
    for line in lines:
        match = pattern.search(line)
        if match and match.lastgroup:
            return Where(match[match.lastgroup], fold(_line_around(line, match.start())))
    return None


def _named_most(text: str) -> Where | None:
    """Answer the group whose working group drafts and Datatracker materials the minutes
    name most, at least NAMED_LEAST times and NAMED_LEAST times as often as any other's, with
    the line it is first named in; else None."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for match in GROUP_NAMED.finditer(text):
        group = match["group"] or match["of"]
        counts[group] += 1
        first.setdefault(group, match.start())
    (group, most), *others = counts.most_common(2) or [("", 0)]
    if most < NAMED_LEAST or any(most < NAMED_LEAST * n for _, n in others):
        return None
    return Where(group, fold(_line_around(text, first[group])))


def _placed(text: str, name: str) -> Where | None:
    """Answer the group the file's place names, its name's (see FILE_GROUP), else its
    folder's, where the minutes write it as a group's name is written (see GROUP_WRITTEN),
    as first written so; else None."""
    folder, _, file = name.replace("\\", "/").rpartition("/")
    named = FILE_GROUP.match(file)
    folder = folder.rpartition("/")[2]
    folder = folder if FOLDER_GROUP.fullmatch(folder) else ""
    for placed in (named[named.lastgroup or 0] if named else "", folder):
        if not placed or placed.casefold() in NOT_A_GROUP:
            continue
        for written in re.finditer(rf"(?<![\w-]){re.escape(placed)}(?![\w-])", text, re.I):
            if GROUP_WRITTEN.search(written[0]) or GROUP_THINGS.match(text, written.end()):
                return Where(written[0], fold(_line_around(text, written.start())))
    return None


def _city(lines: list[str]) -> Where | None:
    """Answer the city the opening names: after the meeting's number ("IETF57 Vienna",
    "IETF100, Singapore") or after "meeting in" ("meeting in San Francisco,")."""
    for line in lines:
        for pattern in (CITY_AFTER_NUMBER, CITY_AFTER_IN):
            for match in pattern.finditer(line):
                city = match.group("city")
                if city.split()[0] not in NOT_A_CITY:
                    return Where(city, fold(_line_around(line, match.start())))
    return None


def _line_around(text: str, at: int) -> str:
    """Answer the line of `text` that holds offset `at`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]

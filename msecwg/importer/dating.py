"""Dates in the minutes, found in running text, as records: each with its text as written.
The patterns are built on first use: compiling them costs time no command but import needs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from typing import Literal, NamedTuple

from msgspec.structs import replace

from msecwg.dates import MONTH_NUMBERS, MONTHS, WEEKDAYS, weekday_in
from msecwg.importer.records import DateRead
from msecwg.importer.text import fold
from msecwg.model import Precision, last_day

# What every date dates_in reads holds: a digit, or a month's name in full (a month
# named alone); a text with neither names no date.
MAY_BE_DATED = re.compile("|".join((r"\d", *MONTHS)), re.IGNORECASE)


class Dated(NamedTuple):
    """A date found in the minutes: where it is written and what it says."""

    start: int
    end: int
    date: DateRead


def dates(text: str, start: int, end: int, year: int | None) -> list[Dated]:
    """Answer every date written in text[start:end], in order, with offsets into
    `text`; with `year`, dates that give only day and month, or a month, too."""
    found: list[Dated] = []
    if not MAY_BE_DATED.search(text, start, end):
        return found
    for date in dates_in(text[start:end], year):
        a, b = start + date.start, start + date.end
        found.append(Dated(a, b, written(text[a:b], date)))
    return found


When = Literal["after", "before", "near"]
"""Where a date lies from the meeting: after it (what is still to come), before, or either."""
GRACE = dt.timedelta(days=31)
"""How long before the meeting a date still to come may have ended: a Last Call that "closes 1
November", at a meeting on 6 November."""


def year_for(date: DateRead, held: dt.date | None, *, when: When = "near") -> DateRead:
    """Answer a date the minutes write without its year (the meeting's supplied) in the year
    that fits the meeting's first day `held`: for what is still to come ("after"), the first
    that does not end more than GRACE before it ("by 20 January" at a meeting in March is the
    next January, "by December" at one in January this December); for what has been ("before"),
    the last that does not start after it ("adopted in December" at a meeting in November is
    last December); else the nearest. A year where a weekday written beside the date is its own
    comes first."""
    if held is None or not date.year_supplied:
        return date
    weekday = weekday_in(date.text) if date.weekday_ok is not None else None
    steps = {"after": (1,), "before": (-1,), "near": (-1, 1)}[when]
    moved = [d for n in steps if (d := _in_year(date, date.first.year + n, weekday)) is not None]
    fits: Callable[[DateRead], object] = {
        "after": lambda d: d.last < held - GRACE,
        "before": lambda d: d.first > held,
        "near": lambda d: _apart(d, held),
    }[when]
    return min([date, *moved], key=lambda d: (d.weekday_ok is False, fits(d)))


def _in_year(date: DateRead, year: int, weekday: int | None) -> DateRead | None:
    """Answer a date in another year, its weekday checked against the one written (if any);
    None for 29 February in a year without it."""
    try:
        first = date.first.replace(year=year)
        last = date.last.replace(year=year) if date.precision is Precision.DAY else None
    except ValueError:
        return None
    ok = None if weekday is None else first.weekday() == weekday
    return replace(date, first=first, last=last or last_day(first, date.precision), weekday_ok=ok)


def _apart(date: DateRead, day: dt.date) -> int:
    """Answer how many days a date lies from a day: none where it covers it."""
    return max((date.first - day).days, (day - date.last).days, 0)


# The first day of a span written before the date of its last: "14-15 January 2019",
# "14 to 15 January"; and the last day written after the date of the first: "January
# 14-15, 2019"
ORDINAL = r"(?:st|nd|rd|th|\^(?:st|nd|rd|th)\^)?"
"""A day's ordinal suffix, if any: "17th", or "17^th^" (a superscript, as HedgeDoc writes it)."""
SPAN_BEFORE = re.compile(rf"(?<![\d:.])(?P<day>\d{{1,2}}){ORDINAL}\s*(?:-|\u2013|to|/)\s*$")
SPAN_AFTER = re.compile(rf"\s*(?:-|\u2013|to|/)\s*(?P<day>\d{{1,2}}){ORDINAL}(?!\w)(?![:.]\d)")
LONGEST_SPAN = 7
"""The most days a span of days a meeting sits may run, first to last."""


def spanned(text: str, found: Dated) -> list[Dated]:
    """Answer the days a day's date spans, written in it ("January 14-15, 2019") or
    with its other end beside it ("14-15 January 2019", "January 14-15"), in order,
    each with the span's text as written; the date alone where it spans no days."""
    date = found.date
    if date.precision is not Precision.DAY:
        return [found]
    start, end, first, last = found.start, found.end, date.first, date.last
    before = SPAN_BEFORE.search(text, max(0, start - 12), start)
    after = SPAN_AFTER.match(text, end)
    if last == first and before is not None:
        first, start = _span_start(first, before["day"]), before.start()
    elif last == first and after is not None:
        last, end = _span_end(first, after["day"]), after.end()
    if last == first:
        return [found]
    as_written = fold(text[start:end])
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return [
        Dated(
            start,
            end,
            replace(
                date,
                text=as_written,
                first=day,
                last=day,
                weekday_ok=date.weekday_ok if day == date.first else None,
            ),
        )
        for day in days
    ]


def _span_start(last: dt.date, day: str) -> dt.date:
    """Answer the first day of a span to `last` from a day of its month ("14-15"): that
    day, where it is one of the days before `last` a meeting may sit; else `last`."""
    first = int(day)
    return last.replace(day=first) if 0 < first < last.day < first + LONGEST_SPAN else last


def written(as_written: str, date: DateFound) -> DateRead:
    """Answer a date found as a record, with its text as written."""
    return DateRead(
        text=fold(as_written),
        first=date.first,
        last=date.last,
        precision=date.precision,
        weekday_ok=date.weekday_ok,
        year_supplied=date.year_supplied,
    )


class DateFound(NamedTuple):
    """A date written in a text: where, the days it covers, how exactly, and its weekday's check."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    precision: Precision
    weekday_ok: bool | None
    year_supplied: bool


def _names(*names: str) -> str:
    """Answer a pattern for names written capitalised or in capitals, never in lower case."""
    full = (*MONTHS, *WEEKDAYS)
    forms = [
        form + ("" if name in full else r"\.?")  # "Sept.", "Mar.": an abbreviation's stop
        for name in names
        for form in (name, name.upper())
    ]
    return "(?-i:" + "|".join(forms) + ")"


_MONTH = _names(
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sept", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
_WEEKDAY = _names(
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tues", "Tue", "Wed", "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun",
)  # fmt: skip
_DAY = r"(?<![\d:.])"
_LOWER_MONTH = r"(?-i:january|february|april|june|july|august|september|october|november|december)"
"""A month's name in lower case, where it is no other word: not "may" or "march"."""


def _around(n: int, date: str) -> str:
    """Answer a date pattern with a weekday that may stand before it, the date maybe in brackets."""
    return (
        rf"(?:(?P<weekday{n}>{_WEEKDAY})(?:\s+(?:night|morning|afternoon|evening))?,?\s+"
        rf"(?P<bracket{n}>\(\s*)?)?{date}(?(bracket{n})\s*\))"
    )


_DATE_PATTERNS = (
    # 14 July 2003, 6 November, 2018, 20-June-2019, 30 Jul '09
    _around(
        1,
        rf"{_DAY}(?P<d1>\d{{1,2}}){ORDINAL}(?:\s+(?:of\s+)?|-)(?P<m1>{_MONTH})(?:,?\s+|-)"
        r"(?:(?P<y1>\d{4})|['\u2019](?P<c1>\d\d))\b",
    ),
    # July 30, 2009, Jun-29-2010
    # and January 14-15, 2019: the days of a span; November 11 and 12, 2021: two days
    _around(
        2,
        rf"(?P<m2>{_MONTH})(?:\s+|-)(?P<d2>\d{{1,2}}){ORDINAL}"
        rf"(?:(?:\s*(?:-|\u2013)\s*|\s+(?P<and2>and)\s+)(?P<to2>\d{{1,2}}){ORDINAL})?(?:,?\s+|-)"
        r"(?P<y2>\d{4})\b",
    ),
    # 2020-10-22, 2018.11.08, 2018/11/08, and 20200626 standing alone, as titles write a day
    r"\b(?P<y3>\d{4})(?P<sep3>[-./])(?P<m3>\d\d)(?P=sep3)(?P<d3>\d\d)\b(?![./]\d)"
    r"|(?<![\w./])(?<!\w-)(?P<y11>(?:19|20)\d\d)(?P<m11>0[1-9]|1[0-2])(?P<d11>[0-3]\d)(?![\w/-])",
    # 10.20.2011, 20/10/2011: day and month in numbers, read where one is no month's
    r"(?<![\d./])(?P<a12>\d{1,2})(?P<sep12>[./])(?P<b12>\d{1,2})(?P=sep12)(?P<y12>\d{4})\b(?![./]\d)",
    # March 2009, mid-april 2018 (a month in lower case but for "may" and "march", other words)
    rf"(?P<m4>{_MONTH}|{_LOWER_MONTH}),?\s+(?P<y4>\d{{4}})\b",
    # 2026-03: a month of a year in numbers ("AIPREF Working Group Interim Meeting - 2026-03")
    r"(?<![\w./-])(?P<y13>(?:19|20)\d\d)-(?P<m13>0[1-9]|1[0-2])(?![\w/]|[.-]\d)",
    # Mar 03: a month of a year, as milestones are written
    r"\b(?-i:(?P<m5>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)) (?P<y5>0\d)\b(?![:.]\d)",
    # Tuesday 19 November: day and month, the year supplied
    _around(6, rf"{_DAY}(?P<d6>\d{{1,2}}){ORDINAL}\s+(?:of\s+)?(?P<m6>{_MONTH})(?![\w-])"),
    # November 20: month and day, the year supplied
    _around(7, rf"(?P<m7>{_MONTH})\s+(?P<d7>\d{{1,2}}){ORDINAL}(?!\w)(?![:.,]?\d)"),
    # the July deadline, by end of June, mid-July: a month named alone, the year supplied
    r"\b(?:(?:by|in|until|till|before|after|of|the|during|since)\s+|(?:early|mid|late)[\s-]+)"
    r"(?-i:(?P<m8>January|February|March|April|June|July|August|September|October|November"
    r"|December))\b(?!\s+\d)",
    # by end of august, before september: a month in lower case only after a word that
    # dates ("may" and "march" are other words in lower case), the year supplied
    r"\b(?:(?:by|until|till|before|end\s+of)\s+|(?:early|mid|late)[\s-]+)"
    rf"(?P<m10>{_LOWER_MONTH})\b(?!\s+\d)",
    # by 2018, the end of 2019: a year named alone
    r"\b(?:in|by|until|before|after|during|since|of|early|mid|late)\s+"
    r"(?P<y9>(?:19|20)\d\d)\b(?![-/]\d)",
)


@cache
def _date_pattern() -> re.Pattern[str]:
    """Answer the one pattern that finds every written date form, compiled once."""
    return re.compile("|".join(f"(?:{p})" for p in _DATE_PATTERNS), re.IGNORECASE)


def dates_in(text: str, year: int | None = None) -> list[DateFound]:
    """Answer every date written in `text`, in order, with its precision; with `year`, also those
    without a year ("19 November", "the July deadline"). A weekday beside a day is checked."""
    found = (_read_match(match, year) for match in _date_pattern().finditer(text))
    return [date for date in found if date is not None]


def _read_match(match: re.Match[str], year: int | None) -> DateFound | None:
    """Answer the date one match of the pattern names, or None if there is none."""
    g = match.groupdict()
    try:
        if g["y9"]:
            first = dt.date(int(g["y9"]), 1, 1)
            found = _found(match, first, dt.date(first.year, 12, 31), Precision.YEAR, False)
            return found._replace(start=match.start("y9"))
        if g["y4"]:
            return _month(match, int(g["y4"]), g["m4"], False)
        if g["y5"]:
            return _month(match, 2000 + int(g["y5"]), g["m5"], False)
        if g["y13"]:
            first = dt.date(int(g["y13"]), int(g["m13"]), 1)
            return _found(match, first, last_day(first, Precision.MONTH), Precision.MONTH, False)
        if g["m8"] or g["m10"]:
            alone = "m8" if g["m8"] else "m10"
            month = _month(match, year, g[alone], True) if year is not None else None
            return month._replace(start=match.start(alone)) if month else None
        if g["y12"]:
            return _in_numbers(match, int(g["a12"]), int(g["b12"]), int(g["y12"]))
        return _day(match, year)
    except ValueError:
        return None


def _in_numbers(match: re.Match[str], a: int, b: int, year: int) -> DateFound | None:
    """Answer the day two numbers and a year name, the month the smaller number, where the
    larger is no month's ("10.20.2011"); None where either may be the month ("05/06/2011")."""
    month, day = sorted((a, b))
    if month != day <= 12:
        return None
    date = dt.date(year, month, day)
    return _found(match, date, date, Precision.DAY, False)


def _month(match: re.Match[str], year: int, name: str, supplied: bool) -> DateFound:
    """Answer a month of a year, first to last day."""
    first = dt.date(year, MONTH_NUMBERS[name[:3].casefold()], 1)
    return _found(match, first, last_day(first, Precision.MONTH), Precision.MONTH, supplied)


def _day(match: re.Match[str], year: int | None) -> DateFound | None:
    """Answer the day a match names, its weekday checked; None when no year is given or supplied."""
    g = match.groupdict()
    given_year = next((g[k] for k in ("y1", "y2", "y3", "y11") if g[k]), None)
    if g["c1"]:  # '09: the year of the century the IETF met in, 1986 to 2085
        given_year = str((1900 if int(g["c1"]) > 85 else 2000) + int(g["c1"]))
    if given_year is None and year is None:
        return None
    month = next(g[k] for k in ("m1", "m2", "m3", "m11", "m6", "m7") if g[k])
    day = int(next(g[k] for k in ("d1", "d2", "d3", "d11", "d6", "d7") if g[k]))
    number = int(month) if month.isdigit() else MONTH_NUMBERS[month[:3].casefold()]
    date = dt.date(int(given_year or year or 0), number, day)
    weekday = next((g[f"weekday{n}"] for n in (1, 2, 6, 7) if g[f"weekday{n}"]), None)
    weekday_ok = None if weekday is None else WEEKDAYS[date.weekday()][:3] == weekday[:3].title()
    to = g["to2"] if not g["and2"] or int(g["to2"]) == day + 1 else None  # "11 and 12": two days
    found = _found(match, date, _span_end(date, to), Precision.DAY, given_year is None)
    return found._replace(weekday_ok=weekday_ok)


def _span_end(first: dt.date, day: str | None) -> dt.date:
    """Answer the last day of a span from `first` to a day of its month ("14-15"): that
    day, where it is one of the days after `first` a meeting may sit; else `first`."""
    if day is None or not 0 < int(day) - first.day < LONGEST_SPAN:
        return first
    return (
        first.replace(day=int(day)) if int(day) <= last_day(first, Precision.MONTH).day else first
    )


def _found(
    match: re.Match[str], first: dt.date, last: dt.date, precision: Precision, supplied: bool
) -> DateFound:
    """Answer a found date spanning the whole match."""
    return DateFound(match.start(), match.end(), first, last, precision, None, supplied)

"""Dates: reading those people type, checking those minutes write, showing them in one style."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import Literal, NamedTuple

from msecwg.model import Precision, last_day

# The years a transcription's dates may fall in: every command can show them, and
# the spans between them and any as-of date stay within what dates can count.
FIRST_YEAR, LAST_YEAR = 1900, 2999

# Two defaults that differ in every field: a date read the same way against
# both was written in full, so no part of it was silently filled in.
_PROBE_DEFAULTS = (dt.datetime(1999, 1, 1), dt.datetime(2000, 2, 2))
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}
_NUMERIC = re.compile(r"(\d{1,2})[/. -](\d{1,2})[/. -](\d{4})")
# Numbers alone, with whatever stands between them: "5 4 2003", "10.11.12", "1/2/3".
_NUMBERS_ONLY = re.compile(r"[\d\s./-]+")
# The year first, then month and day, one way only: "2003-08-02", "2003/8/2".
_YEAR_FIRST = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


class AmbiguousDate(ValueError):
    """A date of numbers alone that reads as more than one day."""


def parse_date(text: str, today: dt.date | None = None) -> dt.date:
    """Answer the date a person wrote ("2003-08-02", "2 Aug 2003", "today", from `today`); refused
    (ValueError) when not a full date or all numbers read two ways (AmbiguousDate)."""
    cleaned = text.strip()
    if cleaned.casefold() in _RELATIVE:
        return (today or dt.date.today()) + dt.timedelta(days=_RELATIVE[cleaned.casefold()])
    try:
        return dt.date.fromisoformat(cleaned)
    except ValueError:
        pass
    _refuse_ambiguous(cleaned)
    from dateutil import parser  # costs ~45 ms: only where a date is typed in words

    try:
        readings: set[dt.date] = {parser.parse(cleaned, default=d).date() for d in _PROBE_DEFAULTS}
    except (ValueError, OverflowError):
        raise ValueError(
            f"cannot read {text!r} as a date; write it like 2003-08-02 or '2 Aug 2003'"
        ) from None
    if len(readings) > 1:
        raise ValueError(
            f"{text!r} is not a full date; give day, month and year, like '2 Aug 2003'"
        )
    return readings.pop()


def _refuse_ambiguous(text: str) -> None:
    """Refuse (AmbiguousDate) a date of numbers alone that names two days or no 4-digit year."""
    numeric = _NUMERIC.fullmatch(text)
    if numeric is None:
        if _NUMBERS_ONLY.fullmatch(text) and not _YEAR_FIRST.fullmatch(text):
            raise AmbiguousDate(
                f"{text!r} could be read more than one way; write it like 2003-08-02 or "
                "'2 Aug 2003'"
            )
        return
    first, second, year = (int(n) for n in numeric.groups())
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if len(set(readings)) > 1:
        a, b = readings
        raise AmbiguousDate(
            f"{text!r} could be {a.day} {MONTHS[a.month - 1]} or {b.day} {MONTHS[b.month - 1]} "
            f"{year}; write it as {a.isoformat()} or '{a.day} {MONTHS[a.month - 1][:3]} {year}'"
        )


# English names, as the minutes write them; spelt out here because strftime takes
# about 8 µs a date, which a transcription with thousands of dates feels.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: dt.date) -> str:
    """Answer a date as people write it in minutes: "Friday 1 August 2003"."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def named(day: dt.date, precision: Precision = Precision.DAY) -> str:
    """Answer a date of any precision in words: "Friday 1 August 2003", "July 2006", "2006"."""
    if precision is Precision.YEAR:
        return str(day.year)
    if precision is Precision.MONTH:
        return f"{MONTHS[day.month - 1]} {day.year}"
    return long_date(day)


def short_date(day: dt.date, weekday: bool = True, precision: Precision = Precision.DAY) -> str:
    """Answer a date as msecwg shows it: "Fri 1 Aug 2003", "1 Sep 2003", "Jul 2006"."""
    month = MONTHS[day.month - 1][:3]
    if precision is Precision.YEAR:
        return str(day.year)
    if precision is Precision.MONTH:
        return f"{month} {day.year}"
    shown = f"{day.day} {month} {day.year}"
    return f"{WEEKDAYS[day.weekday()][:3]} {shown}" if weekday else shown


def names_weekday(text: str) -> bool:
    """Answer whether a date as written names a weekday ("Friday 1 August 2003")."""
    return _weekday_in(text) is not None


@cache  # items share dates, and relativedelta takes ~25 µs a span
def span(earlier: dt.date, later: dt.date) -> str:
    """Answer the calendar-true span between two dates: "23 years, 3 months, 26 days"."""
    from dateutil.relativedelta import relativedelta

    delta = relativedelta(later, earlier)
    parts = [
        count(n, unit)
        for n, unit in ((delta.years, "year"), (delta.months, "month"), (delta.days, "day"))
        if n
    ]
    return ", ".join(parts) or "0 days"


def count(n: int, thing: str, many: str | None = None) -> str:
    """Answer a count in good grammar: "1 document", "3 documents", "2 passages"."""
    return f"{n} {thing if n == 1 else many or thing + 's'}"


def rounded_span(earlier: dt.date, later: dt.date) -> str:
    """Answer the span between two dates in its largest whole unit ("12 days", "3 months")."""
    days = (later - earlier).days
    if days <= 60:
        return count(days, "day")
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    months -= later.day < earlier.day
    if months < 24:
        return count(months, "month")
    return count(months // 12, "year")


def relative(day: dt.date, as_of: dt.date, *, exact: bool = False) -> str:
    """Answer how far a date lies from the as-of date ("today", "in 12 days", "3 months ago");
    with `exact`, calendar-true ("23 years, 3 months, 26 days ago")."""
    if day == as_of:
        return "today"
    earlier, later = sorted((day, as_of))
    shown = span(earlier, later) if exact else rounded_span(earlier, later)
    return f"in {shown}" if day > as_of else f"{shown} ago"


# Dates as minutes write them.

_WORD = re.compile(r"[A-Za-z]+|\d+")
_MONTH_NAMES = {name.casefold(): n for n, full in enumerate(MONTHS, 1) for name in (full, full[:3])}
_MONTH_NAMES["sept"] = 9
_WEEKDAY_NAMES = {
    name.casefold(): n for n, full in enumerate(WEEKDAYS) for name in (full, full[:3])
}


def _weekday_in(text: str) -> int | None:
    """Answer the weekday a text names (0 for Monday), if it names one."""
    for word in _WORD.findall(text):
        if word.casefold() in _WEEKDAY_NAMES:
            return _WEEKDAY_NAMES[word.casefold()]
    return None


def _reads(text: str, day: dt.date, precision: Precision) -> bool:
    """Answer whether a date as written names `day` at this precision."""
    iso = {Precision.DAY: day.isoformat(), Precision.MONTH: f"{day:%Y-%m}"}.get(precision)
    if iso is not None and iso in text:
        return True
    words = _WORD.findall(text)
    months = {_MONTH_NAMES[w.casefold()] for w in words if w.casefold() in _MONTH_NAMES}
    numbers = [int(w) for w in words if w.isdigit()]
    years = {n for n in numbers if len(str(n)) == 4}
    if precision is Precision.YEAR:
        return years == {day.year}
    if months != {day.month} or (years and years != {day.year}):
        return False
    if precision is Precision.MONTH:
        return True
    return day.day in [n for n in numbers if n not in years]


def written_date_problems(
    text: str, day: dt.date, precision: Precision = Precision.DAY
) -> Iterator[str]:
    """Yield what is wrong with a date as written for the day recorded: another day, or another
    weekday; a text without a year is read in the year recorded."""
    shown = repr(text if len(text) <= 80 else text[:79] + "…")
    if not _reads(text, day, precision):
        yield f"{shown} does not name the date recorded, {named(day, precision)}"
    weekday = _weekday_in(text)
    if precision is Precision.DAY and weekday is not None and weekday != day.weekday():
        said = WEEKDAYS[weekday]
        yield f"{shown} says {said}, but {long_date(day)} is a {WEEKDAYS[day.weekday()]}"


# Dates as minutes write them, found in running text. The patterns are built on
# first use (compiling them costs start-up time that no command needs).

Found = Literal["day", "month", "year"]
"""How exactly a date found in running text is given."""


class DateFound(NamedTuple):
    """A date written in a text: where, the days it covers, how exactly, and its weekday's check."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    precision: Found
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
_ORDINAL = r"(?:st|nd|rd|th)?"


def _around(n: int, date: str) -> str:
    """Answer a date pattern with a weekday that may stand before it, the date maybe in brackets."""
    return (
        rf"(?:(?P<weekday{n}>{_WEEKDAY})(?:\s+(?:night|morning|afternoon|evening))?,?\s+"
        rf"(?P<bracket{n}>\(\s*)?)?{date}(?(bracket{n})\s*\))"
    )


_DATE_PATTERNS = (
    # 14 July 2003, 6 November, 2018
    _around(
        1, rf"{_DAY}(?P<d1>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})\b"
    ),
    # July 30, 2009
    _around(2, rf"(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORDINAL},?\s+(?P<y2>\d{{4}})\b"),
    # 2020-10-22
    r"\b(?P<y3>\d{4})-(?P<m3>\d\d)-(?P<d3>\d\d)\b",
    # March 2009
    rf"(?P<m4>{_MONTH}),?\s+(?P<y4>\d{{4}})\b",
    # Mar 03: a month of a year, as milestones are written
    r"\b(?-i:(?P<m5>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)) (?P<y5>0\d)\b(?![:.]\d)",
    # Tuesday 19 November: day and month, the year supplied
    _around(6, rf"{_DAY}(?P<d6>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<m6>{_MONTH})(?![\w-])"),
    # November 20: month and day, the year supplied
    _around(7, rf"(?P<m7>{_MONTH})\s+(?P<d7>\d{{1,2}}){_ORDINAL}\b(?![:.,]?\d)"),
    # the July deadline, by end of June: a month named alone, the year supplied
    r"\b(?:by|in|until|till|before|after|of|the|during|since|early|mid|late)\s+"
    r"(?-i:(?P<m8>January|February|March|April|June|July|August|September|October|November"
    r"|December))\b(?!\s+\d)",
    # by end of august, before september: a month in lower case only after a word that
    # dates ("may" and "march" are other words in lower case), the year supplied
    r"\b(?:by|until|till|before|end\s+of|early|mid|late)\s+"
    r"(?-i:(?P<m10>january|february|april|june|july|august|september|october|november"
    r"|december))\b(?!\s+\d)",
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
            found = _found(match, first, dt.date(first.year, 12, 31), "year", False)
            return found._replace(start=match.start("y9"))
        if g["y4"]:
            return _month(match, int(g["y4"]), g["m4"], False)
        if g["y5"]:
            return _month(match, 2000 + int(g["y5"]), g["m5"], False)
        if g["m8"] or g["m10"]:
            alone = "m8" if g["m8"] else "m10"
            month = _month(match, year, g[alone], True) if year is not None else None
            return month._replace(start=match.start(alone)) if month else None
        return _day(match, year)
    except ValueError:
        return None


def _month(match: re.Match[str], year: int, name: str, supplied: bool) -> DateFound:
    """Answer a month of a year, first to last day."""
    first = dt.date(year, _MONTH_NAMES[name[:3].casefold()], 1)
    return _found(match, first, last_day(first, Precision.MONTH), "month", supplied)


def _day(match: re.Match[str], year: int | None) -> DateFound | None:
    """Answer the day a match names, its weekday checked; None when no year is given or supplied."""
    g = match.groupdict()
    given_year = next((g[k] for k in ("y1", "y2", "y3") if g[k]), None)
    if given_year is None and year is None:
        return None
    month = next(g[k] for k in ("m1", "m2", "m3", "m6", "m7") if g[k])
    day = int(next(g[k] for k in ("d1", "d2", "d3", "d6", "d7") if g[k]))
    number = int(month) if month.isdigit() else _MONTH_NAMES[month[:3].casefold()]
    date = dt.date(int(given_year or year or 0), number, day)
    weekday = next((g[f"weekday{n}"] for n in (1, 2, 6, 7) if g[f"weekday{n}"]), None)
    weekday_ok = None if weekday is None else WEEKDAYS[date.weekday()][:3] == weekday[:3].title()
    found = _found(match, date, date, "day", given_year is None)
    return found._replace(weekday_ok=weekday_ok)


def _found(
    match: re.Match[str], first: dt.date, last: dt.date, precision: Found, supplied: bool
) -> DateFound:
    """Answer a found date spanning the whole match."""
    return DateFound(match.start(), match.end(), first, last, precision, None, supplied)

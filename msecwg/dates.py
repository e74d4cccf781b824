"""Dates: reading those people type, checking those minutes write, showing them in one style."""

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import suppress
from functools import cache

from msecwg.model import Precision

# The years a transcription's dates may fall in: spans to any as-of date stay countable.
FIRST_YEAR, LAST_YEAR = 1900, 2999
# Two defaults that differ in every field: a date read alike against both was written in full.
_PROBE_DEFAULTS = (dt.datetime(1999, 1, 1), dt.datetime(2000, 2, 2))
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}
_NUMERIC = re.compile(r"(\d{1,2})[/. -](\d{1,2})[/. -](\d{4})")
_NUMBERS_ONLY = re.compile(r"[\d\s./-]+")  # "5 4 2003", "10.11.12", "1/2/3"
_YEAR_FIRST = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_LIKE = "write it like 2003-08-02 or '2 Aug 2003'"  # how a date that cannot be read is asked for


class AmbiguousDate(ValueError):
    """A date of numbers alone that reads as more than one day."""


def parse_date(text: str, today: dt.date | None = None) -> dt.date:
    """Answer the date a person wrote ("2003-08-02", "2 Aug 2003", "today"); else ValueError."""
    cleaned = text.strip()
    if cleaned.casefold() in _RELATIVE:
        return (today or dt.date.today()) + dt.timedelta(days=_RELATIVE[cleaned.casefold()])
    with suppress(ValueError):
        return dt.date.fromisoformat(cleaned)
    _refuse_ambiguous(cleaned)
    from dateutil import parser  # costs ~45 ms: only where a date is typed in words

    try:
        readings: set[dt.date] = {parser.parse(cleaned, default=d).date() for d in _PROBE_DEFAULTS}
    except (ValueError, OverflowError):
        raise ValueError(f"cannot read {text!r} as a date; {_LIKE}") from None
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
            raise AmbiguousDate(f"{text!r} could be read more than one way; {_LIKE}")
        return
    first, second, year = (int(n) for n in numeric.groups())
    if first != second and 1 <= first <= 12 and 1 <= second <= 12 and year > 0:
        day = dt.date(year, second, first)
        raise AmbiguousDate(
            f"{text!r} could be {first} {MONTHS[second - 1]} or {second} {MONTHS[first - 1]} "
            f"{year}; write it as {day.isoformat()} or '{short_date(day, False)}'"
        )


# English names, as the minutes write them; strftime's 8 µs a date tells on thousands of dates.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: dt.date) -> str:
    """Answer a date as people write it in minutes: "Friday 1 August 2003"."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def named(day: dt.date, precision: Precision) -> str:
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


def iso_date(day: dt.date, precision: Precision) -> str:
    """Answer a date in ISO form to its precision: "2026-03-04", "2026-03", "2026"."""
    return day.isoformat()[: {Precision.YEAR: 4, Precision.MONTH: 7}.get(precision, 10)]


@cache  # items share dates, and relativedelta takes ~25 µs a span
def span(earlier: dt.date, later: dt.date) -> str:
    """Answer the calendar-true span between two dates: "23 years, 3 months, 26 days"."""
    from dateutil.relativedelta import relativedelta

    delta = relativedelta(later, earlier)
    units = {"year": delta.years, "month": delta.months, "day": delta.days}
    return ", ".join(count(n, unit) for unit, n in units.items() if n) or "0 days"


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
    return count(months, "month") if months < 24 else count(months // 12, "year")


def relative(day: dt.date, as_of: dt.date, *, exact: bool = False) -> str:
    """Answer how far a date lies from the as-of date ("in 12 days"), `exact`: calendar-true."""
    if day == as_of:
        return "today"
    earlier, later = sorted((day, as_of))
    shown = span(earlier, later) if exact else rounded_span(earlier, later)
    return f"in {shown}" if day > as_of else f"{shown} ago"


_WORD = re.compile(r"[A-Za-z]+|\d+")
_SPAN = re.compile(r"\b(\d{1,2})\s*(?:-|\u2013|to)\s*(\d{1,2})\b")
"""Days of a month written as a span, its first and last: "8-10 April 2025"."""
MONTH_NUMBERS = {
    name.casefold(): n for n, full in enumerate(MONTHS, 1) for name in (full, full[:3])
} | {"sept": 9}
"""Each month's number by its name, in full or abbreviated, case folded: "august", "aug", "sept"."""
_WEEKDAY_NAMES = {
    name.casefold(): n for n, full in enumerate(WEEKDAYS) for name in (full, full[:3])
}


def weekday_in(text: str) -> int | None:
    """Answer the weekday a text names (0 for Monday: "Friday 1 August 2003" is 4), if any."""
    folded = (word.casefold() for word in _WORD.findall(text))
    return next((_WEEKDAY_NAMES[word] for word in folded if word in _WEEKDAY_NAMES), None)


def _reads(text: str, day: dt.date, precision: Precision) -> bool:
    """Answer whether a date as written ("26 June 2020", "8-10 April 2025") names `day`."""
    iso = {Precision.DAY: (day.isoformat(), f"{day:%Y%m%d}"), Precision.MONTH: (f"{day:%Y-%m}",)}
    if any(form in text for form in iso.get(precision, ())):
        return True
    words = _WORD.findall(text)
    months = {MONTH_NUMBERS[w.casefold()] for w in words if w.casefold() in MONTH_NUMBERS}
    numbers = [int(w) for w in words if w.isdigit()]
    years = {n for n in numbers if len(str(n)) == 4}
    if precision is Precision.YEAR:
        return years == {day.year}
    if not months and precision is Precision.DAY and years == {day.year}:  # "10.20.2011"
        return sorted(n for n in numbers if n not in years) == sorted((day.month, day.day))
    if months != {day.month} or (years and years != {day.year}):
        return False
    if precision is Precision.MONTH:
        return True
    within = (int(a) < day.day < int(b) for a, b in _SPAN.findall(text))
    return day.day in [n for n in numbers if n not in years] or any(within)


SHOWN = 80  # the most characters of the data a message shows; a longer value is cut with …


def brief(text: str) -> str:
    """Answer a value of the data as a message shows it (repr), cut to about 80 characters."""
    return repr(text if len(text) <= SHOWN else text[: SHOWN - 1] + "…")


def written_date_problems(text: str, day: dt.date, precision: Precision) -> Iterator[str]:
    """Yield what is wrong with a date as written for the day recorded: another day or weekday."""
    shown = brief(text)
    if not _reads(text, day, precision):
        yield f"{shown} does not name the date recorded, {named(day, precision)}"
    weekday = weekday_in(text)
    if precision is Precision.DAY and weekday is not None and weekday != day.weekday():
        said, real = WEEKDAYS[weekday], WEEKDAYS[day.weekday()]
        yield f"{shown} says {said}, but {long_date(day)} is a {real}"

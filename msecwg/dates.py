"""Reading the dates people type, and describing the span between two dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache

# Two defaults that differ in every field: a date read the same way against
# both was written in full, so no part of it was silently filled in.
_PROBE_DEFAULTS = (dt.datetime(1999, 1, 1), dt.datetime(2000, 2, 2))


def parse_date(text: str) -> dt.date:
    """Answer the calendar date a person wrote: "2003-08-02", "2 Aug 2003", "August 2, 2003".

    Raises ValueError with a message for people when the text is not a full
    date (day, month and year).
    """
    cleaned = text.strip()
    try:
        return dt.date.fromisoformat(cleaned)
    except ValueError:
        pass
    from dateutil import parser  # costs ~45 ms: only where a date is typed

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


@cache  # items share dates, and relativedelta takes ~25 µs a span
def span(earlier: dt.date, later: dt.date) -> str:
    """Answer the calendar-true span between two dates: "23 years, 3 months, 26 days"."""
    from dateutil.relativedelta import relativedelta

    delta = relativedelta(later, earlier)
    parts = [
        f"{count} {unit}{'' if count == 1 else 's'}"
        for count, unit in ((delta.years, "year"), (delta.months, "month"), (delta.days, "day"))
        if count
    ]
    return ", ".join(parts) or "0 days"


def relative(day: dt.date, as_of: dt.date) -> str:
    """Answer how far a date lies from the as-of date: "in 18 days", "today", "21 days ago"."""
    if day == as_of:
        return "today"
    if day > as_of:
        return f"in {span(as_of, day)}"
    return f"{span(day, as_of)} ago"


def written_date_problems(text: str, day: dt.date) -> Iterator[str]:
    """Yield what is wrong with a date as written ("Friday 1 August 2003") for the date
    recorded: it names another day, or a weekday that is not the day's."""
    month = MONTHS[day.month - 1]
    forms = (f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}", day.isoformat())
    if not any(form in text for form in forms):
        yield f"{text!r} does not name the date recorded, {long_date(day)}"
    weekday = next((w for w in re.findall(r"\w+", text) if w.title() in WEEKDAYS), None)
    if weekday and weekday.title() != WEEKDAYS[day.weekday()]:
        yield f"{text!r} says {weekday}, but {long_date(day)} is a {WEEKDAYS[day.weekday()]}"

"""Dates in the minutes, as records: each with its text as written."""

import re
from typing import NamedTuple

from msecwg.dates import MONTHS, DateFound, dates_in
from msecwg.importer.records import DateRead
from msecwg.importer.text import fold
from msecwg.model import Precision

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


def written(as_written: str, date: DateFound) -> DateRead:
    """Answer a date found as a record, with its text as written."""
    return DateRead(
        text=fold(as_written),
        first=date.first,
        last=date.last,
        precision=Precision(date.precision),
        weekday_ok=date.weekday_ok,
        year_supplied=date.year_supplied,
    )

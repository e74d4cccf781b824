"""Dates in the minutes, as records: each with its text as written."""

from typing import NamedTuple

from msecwg.dates import DateFound, dates_in
from msecwg.importer.records import WrittenDate
from msecwg.importer.text import fold


class Dated(NamedTuple):
    """A date found in the minutes: where it is written and what it says."""

    start: int
    end: int
    date: WrittenDate


def dates(text: str, start: int, end: int, year: int | None) -> list[Dated]:
    """Answer every date written in text[start:end], in order, with offsets into
    `text`; with `year`, dates that give only day and month, or a month, too."""
    found = []
    for date in dates_in(text[start:end], year):
        a, b = start + date.start, start + date.end
        found.append(Dated(a, b, written(text[a:b], date)))
    return found


def written(as_written: str, date: DateFound) -> WrittenDate:
    """Answer a date found as a record, with its text as written."""
    return WrittenDate(
        text=fold(as_written),
        first=date.first,
        last=date.last,
        precision=date.precision,
        weekday_ok=date.weekday_ok,
        year_supplied=date.year_supplied,
    )

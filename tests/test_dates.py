"""Dates people type, and spans told calendar-true."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msecwg.dates import (
    long_date,
    parse_date,
    relative,
    rounded_span,
    short_date,
    span,
    written_date_problems,
)
from msecwg.model import Precision


@pytest.mark.parametrize(
    "text",
    ["2003-08-02", "2 Aug 2003", "August 2, 2003", " 2 August 2003 ", "Saturday 2 August 2003"],
)
def test_dates_people_type_are_read(text: str) -> None:
    assert parse_date(text) == dt.date(2003, 8, 2)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("someday", "cannot read 'someday' as a date; write it like 2003-08-02 or '2 Aug 2003'"),
        (
            "02/08/2003",
            "'02/08/2003' could be 2 August or 8 February 2003; write it as 2003-08-02 or '2 Aug 2003'",
        ),
        (
            "7.8.2003",
            "'7.8.2003' could be 7 August or 8 July 2003; write it as 2003-08-07 or '7 Aug 2003'",
        ),
        (
            "2003-02-30",
            "cannot read '2003-02-30' as a date; write it like 2003-08-02 or '2 Aug 2003'",
        ),
        ("", "cannot read '' as a date; write it like 2003-08-02 or '2 Aug 2003'"),
        (
            "5 4 2003",
            "'5 4 2003' could be 5 April or 4 May 2003; write it as 2003-04-05 or '5 Apr 2003'",
        ),
        (
            "10.11.12",
            "'10.11.12' could be read more than one way; write it like 2003-08-02 or '2 Aug 2003'",
        ),
        (
            "1/2/3",
            "'1/2/3' could be read more than one way; write it like 2003-08-02 or '2 Aug 2003'",
        ),
        ("1 August", "'1 August' is not a full date; give day, month and year, like '2 Aug 2003'"),
        (
            "August 2003",
            "'August 2003' is not a full date; give day, month and year, like '2 Aug 2003'",
        ),
    ],
)
def test_unreadable_or_partial_dates_are_refused_with_what_was_wrong(
    text: str, message: str
) -> None:
    with pytest.raises(ValueError) as refused:
        parse_date(text)
    assert str(refused.value) == message


def test_long_date_names_the_weekday() -> None:
    assert long_date(dt.date(2003, 8, 1)) == "Friday 1 August 2003"


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_long_date_says_what_strftime_says_in_english(day: dt.date) -> None:
    assert long_date(day) == f"{day:%A} {day.day} {day:%B %Y}"
    assert long_date(dt.date(2003, 9, 1)) == "Monday 1 September 2003"


@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [
        ("2003-08-01", "2026-11-27", "23 years, 3 months, 26 days"),
        ("2003-08-01", "2003-08-02", "1 day"),
        ("2003-08-01", "2003-09-01", "1 month"),
        ("2003-07-14", "2003-08-01", "18 days"),
        ("2003-08-01", "2004-08-01", "1 year"),
        ("2003-08-01", "2003-08-01", "0 days"),
        ("2004-01-31", "2004-02-29", "1 month"),  # dateutil: 31 January + 1 month
    ],
)
def test_span_is_calendar_true(earlier: str, later: str, expected: str) -> None:
    assert span(dt.date.fromisoformat(earlier), dt.date.fromisoformat(later)) == expected


def test_relative_says_which_way() -> None:
    deadline = dt.date(2003, 8, 1)
    assert relative(deadline, dt.date(2003, 7, 14)) == "in 18 days"
    assert relative(deadline, deadline) == "today"
    assert relative(deadline, dt.date(2003, 8, 22)) == "21 days ago"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("today", "2003-08-02"), ("Yesterday", "2003-08-01"), ("TOMORROW", "2003-08-03"),
     ("31/07/2003", "2003-07-31"), ("05/05/2003", "2003-05-05")],
)  # fmt: skip
def test_relative_days_and_numeric_dates_that_read_one_way_are_accepted(
    text: str, expected: str
) -> None:
    assert parse_date(text, today=dt.date(2003, 8, 2)) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [
        ("2003-08-01", "2003-08-02", "1 day"),
        ("2003-08-01", "2003-09-30", "60 days"),
        ("2003-08-01", "2003-10-01", "2 months"),
        ("2003-08-01", "2005-07-31", "23 months"),
        ("2003-08-01", "2026-11-27", "23 years"),
    ],
)
def test_people_see_a_span_in_its_largest_whole_unit(
    earlier: str, later: str, expected: str
) -> None:
    assert rounded_span(dt.date.fromisoformat(earlier), dt.date.fromisoformat(later)) == expected


def test_one_date_style_with_the_weekday_only_where_wanted() -> None:
    assert short_date(dt.date(2003, 8, 1)) == "Fri 1 Aug 2003"
    assert short_date(dt.date(2003, 9, 1), weekday=False) == "1 Sep 2003"
    assert short_date(dt.date(2006, 7, 1), precision=Precision.MONTH) == "Jul 2006"


@pytest.mark.parametrize(
    ("text", "day", "precision", "problems"),
    [
        ("Friday 1 August 2003", "2003-08-01", "day", []),
        ("Mar 21, 2006", "2006-03-21", "day", []),
        ("Tuesday, March 22, 2022", "2022-03-22", "day", []),
        ("Monday night (14 July 2003)", "2003-07-14", "day", []),
        ("2003-08-01", "2003-08-01", "day", []), ("20030801", "2003-08-01", "day", []),
        ("10.20.2011", "2011-10-20", "day", []),
        ("8-10 April 2025", "2025-04-09", "day", []),
        ("8-10 April 2025", "2025-04-11", "day",
         ["'8-10 April 2025' does not name the date recorded, Friday 11 April 2025"]),
        ("10.21.2011", "2011-10-20", "day",
         ["'10.21.2011' does not name the date recorded, Thursday 20 October 2011"]),
        ("the July deadline", "2006-07-01", "month", []),
        ("august", "2023-08-01", "month", []),
        ("Mar 03", "2003-03-01", "month", []),
        ("March 2009", "2009-03-01", "month", []),
        ("Fri 1 August", "2003-08-01", "day", []),
        ("Thu 1 August 2003", "2003-08-01", "day",
         ["'Thu 1 August 2003' says Thursday, but Friday 1 August 2003 is a Friday"]),
        ("the June deadline", "2006-07-01", "month",
         ["'the June deadline' does not name the date recorded, July 2006"]),
    ],
)  # fmt: skip
def test_a_date_as_written_is_read_in_any_common_form_at_its_precision(
    text: str, day: str, precision: str, problems: list[str]
) -> None:
    found = written_date_problems(text, dt.date.fromisoformat(day), Precision(precision))
    assert list(found) == problems

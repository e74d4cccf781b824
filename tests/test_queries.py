"""The overdue rule, next deadlines, and finding topics and speakers."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

from msecwg import queries
from msecwg.model import Transcription


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def states(t: Transcription, as_of: str) -> dict[str, tuple[str, str | None]]:
    return {r.id: (r.state, r.overdue_by) for r in queries.actions(t, day(as_of))}


@pytest.mark.parametrize(
    ("as_of", "a", "b"),
    [
        ("2003-07-31", ("pending", None), ("pending", None)),
        ("2003-08-01", ("due today", None), ("pending", None)),
        ("2003-08-02", ("overdue", "1 day"), ("pending", None)),
        ("2003-08-07", ("overdue", "6 days"), ("pending", None)),
        ("2003-08-08", ("overdue", "7 days"), ("due today", None)),
        ("2003-08-09", ("overdue", "8 days"), ("overdue", "1 day")),
        ("2026-11-27", ("overdue", "23 years, 3 months, 26 days"), ("overdue", "23 years, 3 months, 19 days")),
    ],
)  # fmt: skip
def test_due_today_on_the_day_and_overdue_from_the_next(
    bundled: Transcription, as_of: str, a: tuple[str, str | None], b: tuple[str, str | None]
) -> None:
    current = states(bundled, as_of)
    assert current["a"] == a
    assert current["c"] == current["d"] == a
    assert current["b"] == b


def test_undated_items_are_never_overdue(bundled: Transcription) -> None:
    for as_of in ("2003-07-14", "2099-01-01"):
        current = states(bundled, as_of)
        assert [current[i] for i in ("guidance", "lkh", "fmke-status")] == [("undated", None)] * 3


def test_an_item_done_is_not_overdue_from_the_day_it_was_done(bundled: Transcription) -> None:
    done = msgspec.structs.replace(bundled.actions[0], done=dt.date(2003, 8, 5))
    t = msgspec.structs.replace(bundled, actions=[done, *bundled.actions[1:]])
    assert states(t, "2003-08-04")["a"] == ("overdue", "3 days")
    assert states(t, "2003-08-05")["a"] == ("done", None)


def test_actions_are_sorted_by_date_undated_last(bundled: Transcription) -> None:
    rows = queries.actions(bundled, day("2003-07-14"))
    assert [r.id for r in rows] == ["a", "c", "d", "b", "guidance", "lkh", "fmke-status"]


def test_overdue_only_keeps_the_overdue(bundled: Transcription) -> None:
    assert [r.id for r in queries.actions(bundled, day("2003-08-02"), overdue_only=True)] == [
        "a", "c", "d",
    ]  # fmt: skip
    assert queries.actions(bundled, day("2003-08-01"), overdue_only=True) == []


def deadlines(t: Transcription, as_of: str) -> dict[str, tuple[str | None, ...]]:
    return {
        r.id: (r.deadline_event, r.deadline_as_written, r.deadline_from_as_of)
        for r in queries.drafts(t, day(as_of))
        if r.deadline
    }


def test_next_deadline_is_the_first_still_to_come(bundled: Transcription) -> None:
    assert deadlines(bundled, "2003-07-14") == {
        "mikey": ("Last Call closes", "Friday 1 August 2003", "in 18 days"),
        "dhhmac": ("Last Call announced", "Friday 1 August 2003", "in 18 days"),
        "gkm-arch": ("Last Call announced", "Friday 1 August 2003", "in 18 days"),
        "msec-arch": ("Last Call closes", "Friday 8 August 2003", "in 25 days"),
    }
    assert deadlines(bundled, "2003-08-02") == {
        "mikey": ("Last Call closes", "Friday 1 August 2003", "1 day ago"),
        "dhhmac": ("Last Call closes", "1 September 2003", "in 30 days"),
        "gkm-arch": ("Last Call closes", "1 September 2003", "in 30 days"),
        "msec-arch": ("Last Call closes", "Friday 8 August 2003", "in 6 days"),
    }


def test_when_every_deadline_has_passed_the_last_one_is_shown(bundled: Transcription) -> None:
    assert deadlines(bundled, "2026-11-27") == {
        "mikey": ("Last Call closes", "Friday 1 August 2003", "23 years, 3 months, 26 days ago"),
        "dhhmac": ("Last Call closes", "1 September 2003", "23 years, 2 months, 26 days ago"),
        "gkm-arch": ("Last Call closes", "1 September 2003", "23 years, 2 months, 26 days ago"),
        "msec-arch": (
            "Last Call closes",
            "Friday 8 August 2003",
            "23 years, 3 months, 19 days ago",
        ),
    }


def test_mikey_deadline_carries_its_condition(bundled: Transcription) -> None:
    mikey = next(r for r in queries.drafts(bundled, day("2003-07-14")) if r.id == "mikey")
    assert mikey.deadline_condition == "or the IESG Last Call closing date, whichever comes first"


@pytest.mark.parametrize(
    ("topic", "key"),
    [
        ("gsakmp", "gsakmp"),
        ("GSAKMP", "gsakmp"),
        ("gs", "gsakmp"),
        ("mikey", "mikey-dhhmac"),
        ("dhhmac", "mikey-dhhmac"),
        ("DHH", "mikey-dhhmac"),
        ("m", "mikey-dhhmac"),
        ("gkm-arch", "gkm-architecture"),
        ("gkmarch", "gkm-architecture"),
        ("gkm", "gkm-architecture"),
        ("GkM-ArChItEcTuRe", "gkm-architecture"),
        ("fmke", "fmke"),
        ("oth", "others"),
    ],
)
def test_topics_are_found_by_key_name_case_and_prefix(
    bundled: Transcription, topic: str, key: str
) -> None:
    assert queries.find_section(bundled, topic).key == key


@pytest.mark.parametrize(
    ("topic", "candidates", "ambiguous"),
    [
        ("g", ["gkm-architecture", "gsakmp"], True),
        ("gksm", ["gkm-architecture", "gsakmp"], False),
        ("mikeyy", ["mikey-dhhmac", "fmke"], False),
        (
            "",
            ["action-items", "fmke", "gkm-architecture", "gsakmp", "mikey-dhhmac", "others"],
            False,
        ),
    ],
)
def test_unknown_or_ambiguous_topics_name_the_closest(
    bundled: Transcription, topic: str, candidates: list[str], ambiguous: bool
) -> None:
    with pytest.raises(queries.NotFound) as missing:
        queries.find_section(bundled, topic)
    assert (missing.value.candidates, missing.value.ambiguous) == (candidates, ambiguous)


def test_speakers_are_found_by_name_or_spelling_as_written(bundled: Transcription) -> None:
    names = queries.speaker_names(bundled)
    assert queries.resolve("Laskhminath", names) == "lakshminath"
    assert queries.resolve("lakshminath(?)", names) == "lakshminath"
    assert queries.resolve("hu", names) == "hugh"
    assert queries.resolve("Russ", names) == "russ"


def test_discussion_lists_points_then_exchanges_or_one_persons_words(
    bundled: Transcription,
) -> None:
    fmke = queries.find_section(bundled, "fmke")
    assert [(r.kind, r.n, r.speaker) for r in queries.discussion(bundled, fmke)] == [
        ("point", 1, None),
        ("exchange", 1, "Sebastien"),
        ("exchange", 2, "Lakshminath"),
        ("exchange", 3, None),
        ("exchange", 4, "Thomas"),
        ("exchange", 5, "Lakshminath"),
    ]
    assert [(r.n, r.text) for r in queries.discussion(bundled, fmke, "lakshminath")] == [
        (2, "Lakshminath objected. Phase 2 is not clear. The GCKS seems to be sending an SA "
            "to members without the member asking to join a given group."),
        (5, "Let us take this to the list."),
    ]  # fmt: skip

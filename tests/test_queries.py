"""Dated things and where they stand: tasks, ends and windows, judged on every date an
item has, in one vocabulary of states; next deadlines; what became of documents."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

from msecwg.ask import queries
from msecwg.model import DateKind, State, Transcription


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def standing(t: Transcription, as_of: str) -> dict[str, tuple[str, str | None, int | None]]:
    """Each item's state, and the kind and distance in days of the date it stands at."""
    return {
        r.id: (
            r.state,
            r.current.kind if r.current else None,
            r.current.days if r.current else None,
        )
        for r in queries.actions(t, day(as_of))
    }


@pytest.mark.parametrize(
    ("as_of", "a", "b", "c"),
    [
        ("2003-07-31", ("ahead", "end", 1), ("ahead", "end", 8), ("ahead", "task", 1)),
        ("2003-08-01", ("today", "end", 0), ("ahead", "end", 7), ("today", "task", 0)),
        ("2003-08-02", ("passed", "end", -1), ("ahead", "end", 6), ("passed", "task", -1)),
        ("2003-08-08", ("passed", "end", -7), ("today", "end", 0), ("passed", "task", -7)),
        ("2003-08-15", ("passed", "end", -14), ("passed", "end", -7), ("passed", "task", -14)),
        ("2003-09-01", ("passed", "end", -31), ("passed", "end", -24), ("passed", "task", -31)),
        ("2003-09-02", ("passed", "end", -32), ("passed", "end", -25), ("passed", "end", -1)),
        ("2026-11-27", ("passed", "end", -8519), ("passed", "end", -8512), ("passed", "end", -8488)),
    ],
)  # fmt: skip
def test_an_item_stands_at_its_latest_date_passed_else_its_first_still_to_come(
    bundled: Transcription,
    as_of: str,
    a: tuple[str, str, int],
    b: tuple[str, str, int],
    c: tuple[str, str, int],
) -> None:
    now = standing(bundled, as_of)
    assert (now["a"], now["b"], now["c"]) == (a, b, c)
    assert now["d"] == now["c"]


def test_on_the_day_a_last_call_closes_drafts_say_today_and_the_item_its_announcement(
    bundled: Transcription,
) -> None:
    as_of = day("2003-09-01")
    items = {r.id: r for r in queries.actions(bundled, as_of)}
    drafts = {r.id: r for r in queries.drafts(bundled, as_of)}
    assert drafts["gkm-arch"].deadline.state is drafts["dhhmac"].deadline.state is State.TODAY  # type: ignore[union-attr]
    for item in ("c", "d"):
        assert (items[item].state, items[item].current.kind) == (State.PASSED, DateKind.TASK)  # type: ignore[union-attr]
        assert items[item].dates[-1].state is State.TODAY


def test_every_date_of_an_item_is_judged_on_its_own(bundled: Transcription) -> None:
    c = next(r for r in queries.actions(bundled, day("2003-08-15")) if r.id == "c")
    assert [(d.kind, d.label, d.date.isoformat(), d.end, d.state, d.days) for d in c.dates] == [
        (DateKind.TASK, "Last Call announcement", "2003-08-01", None, State.PASSED, -14),
        (DateKind.WINDOW, "Last Call", "2003-08-01", dt.date(2003, 9, 1), State.SCHEDULED, 17),
        (DateKind.END, "Last Call", "2003-09-01", None, State.AHEAD, 17),
    ]
    assert [(d.as_written, d.end_as_written, d.from_as_of) for d in c.dates] == [
        ("Friday 1 August 2003", None, "14 days ago"),
        ("Friday 1 August 2003", "1 September 2003", "in 17 days"),
        ("1 September 2003", None, "in 17 days"),
    ]


@pytest.mark.parametrize(
    ("as_of", "listed"),
    [
        ("2003-08-01", []),
        ("2003-08-02", ["a", "c", "d"]),
        ("2003-08-09", ["a", "b", "c", "d"]),
        ("2026-11-27", ["a", "b", "c", "d"]),
    ],
)
def test_passed_keeps_items_with_a_date_passed_and_nothing_recorded_done(
    bundled: Transcription, as_of: str, listed: list[str]
) -> None:
    rows = queries.actions(bundled, day(as_of), passed_only=True)
    assert [r.id for r in rows] == listed


def test_what_passed_is_the_announcement_while_the_last_call_is_scheduled(
    bundled: Transcription,
) -> None:
    c = next(r for r in queries.actions(bundled, day("2003-08-15")) if r.id == "c")
    assert [(d.kind, d.label, d.date.isoformat()) for d in queries.passed(c.dates)] == [
        (DateKind.TASK, "Last Call announcement", "2003-08-01")
    ]


def test_a_task_recorded_done_is_done_from_that_day_and_no_longer_passed(
    bundled: Transcription,
) -> None:
    sent = msgspec.structs.replace(bundled.actions[2], done=dt.date(2003, 8, 5))
    t = msgspec.structs.replace(bundled, actions=[*bundled.actions[:2], sent, bundled.actions[3]])
    before = next(r for r in queries.actions(t, day("2003-08-04")) if r.id == "c")
    after = next(r for r in queries.actions(t, day("2003-08-05")) if r.id == "c")
    assert [d.state for d in before.dates] == [State.PASSED, State.SCHEDULED, State.AHEAD]
    assert [d.state for d in after.dates] == [State.DONE, State.OPEN, State.AHEAD]
    assert [r.id for r in queries.actions(t, day("2003-08-05"), passed_only=True)] == ["a", "d"]


def test_follow_ups_are_kept_apart_from_the_action_items_and_are_undated(
    bundled: Transcription,
) -> None:
    rows = queries.actions(bundled, day("2099-01-01"))
    assert [(r.id, r.listed, r.state) for r in rows] == [
        ("a", "action item", State.PASSED),
        ("b", "action item", State.PASSED),
        ("c", "action item", State.PASSED),
        ("d", "action item", State.PASSED),
        ("guidance", "follow-up", State.UNDATED),
        ("lkh", "follow-up", State.UNDATED),
    ]
    guidance = rows[4]
    assert (guidance.people, guidance.people_role) == (
        ["Lakshminath", "Hugh", "Thomas"],
        "initial contributors",
    )


def test_items_join_the_documents_they_concern_by_id(bundled: Transcription) -> None:
    rows = queries.actions(bundled, day("2003-07-14"))
    assert [(r.id, r.document, r.document_name) for r in rows] == [
        ("a", "mikey", "MIKEY"),
        ("b", "msec-arch", "MSEC Architecture"),
        ("c", "gkm-arch", "GKM Architecture"),
        ("d", "dhhmac", "DHHMAC"),
        ("guidance", "guidance", "Guidance"),
        ("lkh", "lkh", "LKH-Algorithm"),
    ]
    documents = {r.id for r in queries.drafts(bundled, day("2003-07-14"))}
    assert {r.document for r in rows} <= documents


def deadlines(t: Transcription, as_of: str) -> dict[str, tuple[str, str, str, str]]:
    return {
        r.id: (r.deadline.kind, r.deadline.as_written, r.deadline.state, r.deadline.from_as_of)
        for r in queries.drafts(t, day(as_of))
        if r.deadline
    }


def test_the_next_deadline_is_the_first_still_to_come(bundled: Transcription) -> None:
    assert deadlines(bundled, "2003-07-14") == {
        "mikey": ("end", "Friday 1 August 2003", "ahead", "in 18 days"),
        "dhhmac": ("task", "Friday 1 August 2003", "ahead", "in 18 days"),
        "gkm-arch": ("task", "Friday 1 August 2003", "ahead", "in 18 days"),
        "msec-arch": ("end", "Friday 8 August 2003", "ahead", "in 25 days"),
    }
    assert deadlines(bundled, "2003-08-02") == {
        "mikey": ("end", "Friday 1 August 2003", "passed", "1 day ago"),
        "dhhmac": ("end", "1 September 2003", "ahead", "in 30 days"),
        "gkm-arch": ("end", "1 September 2003", "ahead", "in 30 days"),
        "msec-arch": ("end", "Friday 8 August 2003", "ahead", "in 6 days"),
    }


def test_when_every_deadline_has_passed_the_last_one_is_given(bundled: Transcription) -> None:
    assert deadlines(bundled, "2026-11-27") == {
        "mikey": ("end", "Friday 1 August 2003", "passed", "23 years, 3 months, 26 days ago"),
        "dhhmac": ("end", "1 September 2003", "passed", "23 years, 2 months, 26 days ago"),
        "gkm-arch": ("end", "1 September 2003", "passed", "23 years, 2 months, 26 days ago"),
        "msec-arch": ("end", "Friday 8 August 2003", "passed", "23 years, 3 months, 19 days ago"),
    }


def test_conditions_and_hedges_travel_with_their_dates(bundled: Transcription) -> None:
    rows = {r.id: r.deadline for r in queries.drafts(bundled, day("2003-07-14"))}
    later = {r.id: r.deadline for r in queries.drafts(bundled, day("2003-08-02"))}
    assert rows["mikey"].condition == "or the IESG Last Call closing date, whichever comes first"  # type: ignore[union-attr]
    assert later["dhhmac"].tentative is None  # type: ignore[union-attr]
    assert [e for e in queries.timeline(bundled, day("2003-08-02")) if e.tentative] == []
    dhhmac = next(r for r in queries.drafts(bundled, day("2003-08-02")) if r.id == "dhhmac")
    assert dhhmac.quotes[1].endswith("For DHHMAC, this is tentatively 1 September 2003.")


def test_an_intended_status_is_given_only_where_the_minutes_record_one(
    bundled: Transcription,
) -> None:
    rows = {r.id: r for r in queries.drafts(bundled, day("2003-07-14"))}
    assert {i: r.status for i, r in rows.items() if r.status} == {"gsakmp": "Standards Track"}
    assert [(s.person, s.words) for s in rows["policy-token"].said][-1] == (
        "Thomas",
        'A possible way forward would be to define a "base-profile" for the token containing '
        "fields common to the various key management protocols. Area-specific needs would then "
        'be satisfied by adding additional fields ("extensions") to the Token. The Policy Token '
        "cannot, therefore, be Informational (ie. it must be aimed at Experimental, at least).",
    )
    assert [(s.person, s.words) for s in rows["fmke"].said] == [
        ("Thomas", "Is the FMKE draft aimed at Informational or Experimental?"),
        ("Lakshminath", "Let us take this to the list."),
    ]


def test_the_timeline_is_in_date_order_in_one_vocabulary_of_states(
    bundled: Transcription,
) -> None:
    events = queries.timeline(bundled, day("2003-08-15"))
    assert [(e.date.isoformat(), e.kind, e.item, e.state) for e in events] == [
        ("2003-07-14", "meeting", None, "passed"),
        ("2003-08-01", "task", "c", "passed"),
        ("2003-08-01", "task", "d", "passed"),
        ("2003-08-01", "window", "c", "scheduled"),
        ("2003-08-01", "window", "d", "scheduled"),
        ("2003-08-01", "end", "a", "passed"),
        ("2003-08-08", "end", "b", "passed"),
        ("2003-09-01", "end", "c", "ahead"),
        ("2003-09-01", "end", "d", "ahead"),
    ]
    assert {e.state for e in queries.timeline(bundled, day("2003-09-02"))} == {State.PASSED}


@pytest.mark.parametrize(
    ("group", "meets"),
    [("MSEC", "MSEC WG meets at IETF 57, Vienna"), ("ICCRG", "ICCRG meets at IETF 57, Vienna"),
     ("Environmental Impact", "Environmental Impact meets at IETF 57, Vienna")],
)  # fmt: skip
def test_the_timeline_names_the_group_that_meets_as_it_is_named(
    bundled: Transcription, group: str, meets: str
) -> None:
    meeting = msgspec.structs.replace(bundled.meeting, working_group=group)
    events = queries.timeline(msgspec.structs.replace(bundled, meeting=meeting), day("2003-08-15"))
    assert events[0].what == meets


def test_rfc_numbers_lead_to_the_rfc_editor(bundled: Transcription) -> None:
    from msecwg.store import load

    facts = load.read(facts=True).facts
    assert facts is not None
    rows = {r.id: r for r in queries.outcomes(queries.drafts(bundled, day("2003-07-14")), facts)}
    assert (rows["mikey"].outcome, rows["mikey"].rfc_url) == (
        "RFC 3830, August 2004, Proposed Standard",
        "https://www.rfc-editor.org/rfc/rfc3830",
    )
    assert (rows["lkh"].outcome, rows["lkh"].rfc_url) == (
        "unconfirmed: No LKH-Algorithm draft found.",
        None,
    )

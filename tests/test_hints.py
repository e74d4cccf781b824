"""Hints that lead somewhere: each command msecwg suggests, run on the same data, answers
something. Every hint the views can give is produced here, on the bundled meeting and
on the QUIC WG's imported meetings, then run."""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
from pathlib import Path

import pytest

from msecwg.ask import across, passages
from msecwg.ask.who import Group
from msecwg.show.deadlines import actions_view, drafts_view, none_passed, timeline_view
from msecwg.show.minutes import asked_about, discussion_view
from msecwg.store import meetings

from .conftest import SHARED, Run

QUIC = SHARED / "minutes" / "quic"
LATER = "2030-01-01"
"""An as-of date long after every date of the minutes, where the views suggest another."""

BUNDLED_RUNS = [
    ["drafts", "--as-of", LATER],
    ["drafts", "--outcome", "--as-of", LATER],
    ["drafts", "gkm-arch", "--as-of", LATER],
    ["actions", "--as-of", LATER],
    ["actions", "--overdue", "--as-of", LATER],
    ["actions", "c", "--as-of", LATER],
    ["timeline", "--as-of", LATER],
    ["discussion"],
    ["discussion", "action-items"],
    ["people"],
    ["meetings"],
]
QUIC_RUNS = [
    ["drafts", "--as-of", LATER],
    ["drafts", "draft-ietf-quic-load-balancers", "--as-of", LATER],
    ["actions", "--as-of", LATER],
    ["actions", "--overdue", "--as-of", LATER],
    ["timeline", "--as-of", LATER],
    ["discussion"],
    ["people"],
    ["meetings"],
]

_COMMAND = re.compile(r"msecwg ((?:[a-z-]+)(?: (?:'[^']*'|--?[a-z-]+|[^\s.,;:()“”]+))*)")
_AS_OF = re.compile(r"\btry --as-of (\d{4}-\d\d-\d\d)")
_OUTCOME = re.compile(r"\bor (drafts --outcome)\b")


def hints(text: str, args: list[str]) -> list[list[str]]:
    """The commands a run's output suggests, each as arguments (a hint ends at the first
    mark of punctuation): "msecwg discussion gsakmp",
    "try --as-of 2003-07-14" (the same command on that day), "or drafts --outcome"; not
    the commands that change the group's record (join, split), nor ones with a
    placeholder (NAME)."""
    found = [shlex.split(m.group(1)) for m in _COMMAND.finditer(text)]
    found = [h for h in found if h[0] not in ("join", "split") and not any(w.isupper() for w in h)]
    for day in _AS_OF.findall(text):
        at = args.index("--as-of")
        found.append([*args[:at], "--as-of", day, *args[at + 2 :]])
    found += [m.split() for m in _OUTCOME.findall(text)]
    return found


def answers(run: Run, data: list[str], args: list[str]) -> int:
    """How many records a command answers on the data, as JSON."""
    result = run(*data, *args, "--json")
    assert result.exit_code == 0, (args, result.stderr)
    return len(json.loads(result.stdout)["records"])


def _followed(run: Run, data: list[str], runs: list[list[str]]) -> list[tuple[str, str, int]]:
    """Each hint the runs give, and how many records it answers."""
    followed = []
    for args in runs:
        result = run(*data, *args, "--format", "table")
        assert result.exit_code == 0, (args, result.stderr)
        for hint in hints(result.stdout + result.stderr, args):
            followed.append((" ".join(args), " ".join(hint), answers(run, data, hint)))
    return followed


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal wide enough that no hint is wrapped onto two lines."""
    monkeypatch.setenv("COLUMNS", "400")


@pytest.mark.usefixtures("wide")
def test_every_hint_on_the_bundled_meeting_answers_something(run: Run) -> None:
    followed = _followed(run, [], BUNDLED_RUNS)
    assert {hint for _, hint, _ in followed} >= {
        "drafts --as-of 2003-07-14",
        "actions --overdue --as-of 2003-08-02",
        "timeline --as-of 2003-07-14",
        "discussion gsakmp",
        "discussion gkm-architecture",
        "drafts gkm-arch",
        "drafts --long",
        "actions",
        "people Lakshminath",
    }
    assert [(run_, hint) for run_, hint, n in followed if n == 0] == []


@pytest.mark.usefixtures("wide")
def test_every_hint_on_the_quic_meetings_answers_something(run: Run, quic: Path) -> None:
    followed = _followed(run, ["--data", str(quic)], QUIC_RUNS)
    assert {hint for _, hint, _ in followed} >= {
        "timeline --as-of 2020-10-22",
        "discussion tuesday-15-november-2016",
    }
    assert not any("--outcome" in hint for _, hint, _ in followed)  # no facts: no outcome
    assert [(run_, hint) for run_, hint, n in followed if n == 0] == []


def test_the_hints_the_views_give_when_the_data_records_outcomes_lead_somewhere(
    run: Run,
) -> None:
    held = meetings.read([]).held
    scope = across.scope(held)
    later = dt.date(2030, 1, 1)
    group = Group(held)
    views = [
        drafts_view(across.drafts(held, group, later), scope, later, outcomes=True),
        actions_view(across.actions(held, later), scope, later, outcomes=True),
        timeline_view(across.timeline(held, later), scope, later, 80, outcomes=True),
    ]
    notes = [note for view in views for note in view.notes if "try" in note]
    assert (
        notes == ["These dates are 26 years past: try --as-of 2003-07-14, or drafts --outcome."] * 3
    )
    assert answers(run, [], ["drafts", "--outcome"]) == 10


def test_the_overdue_items_count_those_open_and_undated_where_no_date_has_passed(
    quic: Path,
) -> None:
    held = meetings.read([quic]).held
    day = dt.date(2030, 1, 1)
    every = across.actions(held, day)
    assert none_passed(every, day) == (
        "No date has passed as of Tue 1 Jan 2030; 100 action items are open, none dated "
        "(msecwg actions)."
    )
    assert none_passed([], day) == "No date has passed as of Tue 1 Jan 2030."
    bundled = meetings.read([]).held
    before = dt.date(2003, 7, 20)
    assert none_passed(across.actions(bundled, before), before) == (
        "No date has passed as of Sun 20 Jul 2003; 4 action items and 2 follow-ups are open, "
        "2 of them undated (msecwg actions)."
    )


def test_the_hint_of_a_topic_asked_for_by_a_document_leads_to_its_item(run: Run) -> None:
    held = meetings.read([]).held
    t = held[0].transcription
    section = t.section("mikey-dhhmac")
    view = discussion_view(
        passages.discussion(t, section),
        [("IETF 57", section)],
        across.scope(held),
        asked=asked_about("dhhmac", t, section),
    )
    led = [hint for note in view.notes for hint in hints(note, [])]
    assert led == [["actions", "d"]]
    assert answers(run, [], led[0]) == 1


def test_a_hint_stands_whole_on_one_line_of_a_narrow_terminal(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    card = run("actions", "c", "--as-of", LATER, "--format", "table").stdout.splitlines()
    assert card[3:5] == ["Document  GKM Architecture", "          (msecwg drafts gkm-arch)"]
    overdue = run("actions", "--overdue", "--as-of", LATER, "--format", "table").stdout
    assert overdue.splitlines()[2:4] == [
        "These dates are 26 years past: try",
        "--as-of 2003-08-02, or drafts --outcome.",
    ]


@pytest.mark.usefixtures("wide")
def test_the_commands_give_the_outcome_hint_only_where_the_data_names_facts(
    run: Run, quic: Path
) -> None:
    hint = "These dates are 26 years past: try --as-of 2003-07-14, or drafts --outcome."
    for command in (["drafts"], ["actions"], ["timeline"]):
        result = run(*command, "--as-of", "2030-01-01", "--format", "table")
        assert hint in result.stdout.splitlines(), command
    quic_drafts = run("--data", str(quic), "drafts", "--as-of", "2030-01-01", "--format", "table")
    assert "--outcome" not in quic_drafts.stdout


def test_overdue_counts_the_open_items_where_no_date_has_passed(run: Run, quic: Path) -> None:
    result = run(
        "--data", str(quic), "actions", "--overdue", "--as-of", "2030-01-01", "--format", "table"
    )
    assert result.exit_code == 0
    assert result.stderr == (
        "No date has passed as of Tue 1 Jan 2030; 100 action items are open, none dated "
        "(msecwg actions).\n"
    )
    bundled = run("actions", "--overdue", "--as-of", "2003-07-20", "--format", "table")
    assert bundled.stderr == (
        "No date has passed as of Sun 20 Jul 2003; 4 action items and 2 follow-ups are open, "
        "2 of them undated (msecwg actions).\n"
    )


def test_a_calendar_with_nothing_dated_is_an_error_with_its_reason(
    run: Run, quic: Path, tmp_path: Path
) -> None:
    target = tmp_path / "quic.ics"
    result = run("--data", str(quic), "calendar", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == (
        "msecwg: no calendar written: the minutes of QUIC WG's 16 meetings date no action item, "
        "follow-up or Last Call (msecwg timeline shows the meetings' own dates)\n"
    )
    assert not target.exists()

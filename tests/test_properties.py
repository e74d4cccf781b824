"""Properties that hold for any date, any text and any transcription."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

import rtoml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from msecwg.ask import passages, queries
from msecwg.commands.cli import app
from msecwg.dates import long_date
from msecwg.model import Action, ActionKind, State, Transcription, WrittenDate
from msecwg.show.safe import clean

DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
UNSAFE = {
    *range(0x00, 0x20),
    0x7F,
    *range(0x80, 0xA0),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
}
TEXT = st.text(min_size=1, max_size=40)
# Words of the minutes: any text that holds more than whitespace.
WORDS = TEXT.filter(lambda text: len(" ".join(text.split())) > 1 and any(c.isalnum() for c in text))


def action(due: dt.date | None, done: dt.date | None = None, n: int = 0) -> Action:
    written = WrittenDate(day=due, text=long_date(due)) if due else None
    return Action(
        id=f"i{n}", section="s", kind=ActionKind.TASK, what="x", date=written, done=done,
        quotes=["x"],
    )  # fmt: skip


def has_passed(item: Action, as_of: dt.date) -> bool:
    return bool(queries.passed(queries.dates_of(item, as_of)))


@given(due=st.none() | DATES, done=st.none() | DATES, as_of=DATES)
def test_a_date_has_passed_exactly_when_it_is_before_as_of_and_nothing_is_done_by_then(
    due: dt.date | None, done: dt.date | None, as_of: dt.date
) -> None:
    done_by_then = done is not None and done <= as_of
    expected = due is not None and due < as_of and not done_by_then
    assert has_passed(action(due, done), as_of) is expected
    found = queries.dates_of(action(due, done), as_of)
    if due is not None and not done_by_then:
        assert found[0].days == (due - as_of).days
        assert found[0].state is (
            State.AHEAD if due > as_of else State.TODAY if due == as_of else State.PASSED
        )


@given(dues=st.lists(st.none() | DATES, max_size=8), first=DATES, second=DATES)
def test_among_items_never_done_the_set_with_a_date_passed_only_grows(
    dues: list[dt.date | None], first: dt.date, second: dt.date
) -> None:
    earlier, later = sorted((first, second))
    items = [action(due, n=n) for n, due in enumerate(dues)]

    def gone(as_of: dt.date) -> set[str]:
        return {a.id for a in items if has_passed(a, as_of)}

    assert gone(earlier) <= gone(later)


@given(topic=st.text())
def test_topic_lookup_answers_a_section_or_the_closest_never_anything_else(
    bundled: Transcription, topic: str
) -> None:
    try:
        section = passages.find_section(bundled, topic)
    except passages.NotFound as missing:
        assert missing.candidates
        assert set(missing.candidates) <= {s.key for s in bundled.sections}
    else:
        assert section in bundled.sections


@given(text=st.text())
def test_the_terminal_filter_leaves_no_control_byte_and_changes_nothing_else(text: str) -> None:
    shown = clean(text)
    assert not any(ord(c) in UNSAFE for c in shown)
    if not any(ord(c) in UNSAFE for c in text):
        assert shown == text
    else:
        assert shown == "".join(
            " " if c in "\t\n\r" else c for c in text if c in "\t\n\r" or ord(c) not in UNSAFE
        )


@st.composite
def transcriptions(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    """A valid transcription with any texts and dates, and minutes that hold its quotes."""
    quoted: list[str] = []

    def quote(text: str) -> list[str]:
        quoted.append(text)
        return [text]

    people = [
        {"id": f"p{n}", "name": draw(TEXT), "quotes": quote(draw(WORDS))}
        for n in range(draw(st.integers(1, 3)))
    ]
    documents = [
        {
            "id": f"d{n}",
            "name": draw(TEXT),
            "section": "s",
            "state": draw(TEXT),
            "quotes": quote(draw(WORDS)),
        }
        for n in range(draw(st.integers(1, 3)))
    ]
    actions = []
    for n in range(draw(st.integers(0, 4))):
        item: dict[str, Any] = {
            "id": f"a{n}",
            "section": "s",
            "kind": "task",
            "what": draw(WORDS),
            "document": "d0",
        }
        due = draw(st.none() | DATES)
        texts = [item["what"]]
        if due is not None:
            item["date"] = {"day": due, "text": long_date(due)}
            texts.append(long_date(due))
            if draw(st.booleans()):
                closes = due + dt.timedelta(days=draw(st.integers(0, 60)))
                item["closes"] = {"day": closes, "text": long_date(closes)}
                texts.append(long_date(closes))
            if draw(st.booleans()):
                item["done"] = draw(DATES)
        item["quotes"] = quote(" ".join(texts))
        actions.append(item)
    title = draw(WORDS)
    quoted.append(f"(1) {title}:")
    exchanges = [
        {
            "speaker": "P",
            "person": "p0",
            "words": (words := draw(WORDS)),
            "quotes": quote(f"P: {words}"),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    meeting_day = draw(DATES)
    meeting = {
        "working_group": draw(TEXT), "ietf": draw(st.integers(1, 200)), "city": draw(TEXT),
        "date": {"day": meeting_day, "text": long_date(meeting_day)}, "scribe": draw(TEXT),
        "charter": draw(TEXT), "quotes": quote(long_date(meeting_day)),
    }  # fmt: skip
    data = {
        "schema": 2, "minutes": "minutes.txt", "meeting": meeting, "people": people,
        "documents": documents, "actions": actions,
        "sections": [{"key": "s", "number": 1, "heading": f"(1) {title}:", "title": title,
                      "points": [], "exchanges": exchanges}],
    }  # fmt: skip
    return data, " ".join(quoted)


def iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated=transcriptions(), as_of=DATES)
def test_json_of_any_transcription_parses_and_round_trips_its_dates(
    generated: tuple[dict[str, Any], str], as_of: dt.date
) -> None:
    data, minutes = generated
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "meeting.toml"
        path.write_text(rtoml.dumps(data), encoding="utf-8")
        (Path(tmp) / "minutes.txt").write_text(minutes, encoding="utf-8")
        runner = CliRunner()
        actions = runner.invoke(
            app, ["--data", str(path), "actions", "--json", "--as-of", as_of.isoformat()]
        )
        drafts = runner.invoke(
            app, ["--data", str(path), "drafts", "--json", "--as-of", as_of.isoformat()]
        )
    assert (actions.exit_code, actions.stderr, drafts.exit_code) == (0, "", 0)
    records = json.loads(actions.stdout)["records"]
    assert json.loads(actions.stdout)["as_of"] == as_of.isoformat()
    by_id = {r["id"]: r for r in records}
    assert set(by_id) == {a["id"] for a in data["actions"]}
    for item in data["actions"]:
        record = by_id[item["id"]]
        dated = {d["kind"]: d["date"] for d in record["dates"]}
        assert (dated.get("task"), dated.get("end"), record["done"]) == (
            iso(item.get("date", {}).get("day")), iso(item.get("closes", {}).get("day")),
            iso(item.get("done")),
        )  # fmt: skip
        assert record["what"] == item["what"]
    assert (
        json.loads(drafts.stdout)["meeting"]["date"] == data["meeting"]["date"]["day"].isoformat()
    )


@given(
    st.text(alphabet="ab c", max_size=120),
    st.lists(st.text(alphabet="ab c", min_size=1, max_size=60), max_size=12),
)
def test_the_passages_found_present_are_exactly_those_in_the_text(
    text: str, wanted: list[str]
) -> None:
    from msecwg.store.locate import present

    assert present(text, wanted) == {p for p in wanted if p in text}

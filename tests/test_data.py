"""The bundled transcription says what the minutes say, and only that."""

from __future__ import annotations

import calendar
import hashlib

import msgspec
import pytest

from msecwg.dates import parse_date
from msecwg.model import Transcription, WrittenDate
from msecwg.store import load, validate

from .conftest import SHARED

SEED = SHARED / "seed" / "000_7fa4bb8d10efcc1f.txt"
MINUTES_SHA256 = "cd740056a054437cf5ae4d1f7bd4d5e2e1f974b7e7f7b6dd8671e6621c9b9239"


def test_bundled_minutes_are_the_seed_text_byte_for_byte() -> None:
    bundled = (load.bundled_path().parent / "msec-ietf57-minutes.txt").read_bytes()
    assert len(bundled) == 4409
    assert hashlib.sha256(bundled).hexdigest() == MINUTES_SHA256
    if SEED.is_file():
        assert bundled == SEED.read_bytes()


def test_every_quote_title_point_and_exchange_is_in_the_minutes(
    bundled: Transcription, minutes: str
) -> None:
    assert list(validate.quotes(bundled, minutes)) == []


def test_a_passage_not_in_the_minutes_is_reported_with_its_field(
    bundled: Transcription, minutes: str
) -> None:
    hugh = bundled.sections[0].exchanges[3]
    changed = msgspec.structs.replace(hugh, words="You never need a policy token.")
    section = msgspec.structs.replace(
        bundled.sections[0], exchanges=[*bundled.sections[0].exchanges[:3], changed]
    )
    broken = msgspec.structs.replace(bundled, sections=[section, *bundled.sections[1:]])
    assert list(validate.quotes(broken, minutes)) == [
        "sections[0].exchanges[3].words: not in the minutes: 'You never need a policy token.'",
        "sections[0].exchanges[3].words: not in the record's quotes: "
        "'You never need a policy token.'",
    ]


def test_every_reference_resolves(bundled: Transcription) -> None:
    assert list(validate.structure(bundled)) == []
    people = {p.id for p in bundled.people}
    documents = {d.id for d in bundled.documents}
    for item in bundled.items:
        assert item.document in documents
        assert set(item.people) <= people
    for section in bundled.sections:
        for exchange in section.exchanges:
            assert exchange.person in people or exchange.form == "unattributed"


def test_the_meeting(bundled: Transcription) -> None:
    m = bundled.meeting
    assert (m.working_group, m.ietf, m.city, m.date.day.isoformat(), m.date.text) == (
        "MSEC",
        57,
        "Vienna",
        "2003-07-14",
        "Monday night (14 July 2003)",
    )
    assert calendar.day_name[m.date.day.weekday()] == "Monday"
    assert m.charter == (
        "Re-Charter and New Milestones approved by the ADs; the Re-Charter still needs IESG approval."
    )


def test_every_document_the_minutes_name(bundled: Transcription) -> None:
    assert [(d.name, d.status, d.state) for d in bundled.documents] == [
        ("GSAKMP", "Standards Track", "Presented"),
        ("GSAKMP-Light", None, "Deprecated"),
        ("Policy Token", None, "Discussed"),
        ("MIKEY", None, "In WG Last Call"),
        ("DHHMAC", None, "WG Last Call to come"),
        ("GKM Architecture", None, "Last Call planned"),
        ("MSEC Architecture", None, "Closing date set"),
        ("FMKE", None, "Presented"),
        ("Guidance", None, "Planned"),
        ("LKH-Algorithm", None, "Needed"),
    ]


def test_the_four_action_items_keep_every_date_as_written(bundled: Transcription) -> None:
    def written(d: WrittenDate | None) -> tuple[str, str, str | None, str | None] | None:
        return None if d is None else (d.day.isoformat(), d.text, d.condition, d.tentative)

    assert [(a.id, a.kind, a.document, written(a.date), written(a.closes)) for a in bundled.actions] == [
        ("a", "last-call-close", "mikey",
         ("2003-08-01", "Friday 1 August 2003",
          "or the IESG Last Call closing date, whichever comes first", None), None),
        ("b", "last-call-close", "msec-arch", ("2003-08-08", "Friday 8 August 2003", None, None), None),
        ("c", "last-call-announcement", "gkm-arch",
         ("2003-08-01", "Friday 1 August 2003", None, None), ("2003-09-01", "1 September 2003", None, None)),
        ("d", "last-call-announcement", "dhhmac",
         ("2003-08-01", "Friday 1 August 2003", None, None),
         ("2003-09-01", "1 September 2003", None, None)),
    ]  # fmt: skip


def test_follow_ups_are_apart_and_name_their_people_in_the_minutes_words(
    bundled: Transcription,
) -> None:
    assert [(a.id, a.section, a.people, a.people_role, a.date) for a in bundled.follow_ups] == [
        ("guidance", "gkm-architecture", ["lakshminath", "hugh", "thomas"],
         "initial contributors", None),
        ("lkh", "others", ["lakshminath"], "will continue this effort", None),
    ]  # fmt: skip


@pytest.mark.parametrize("field", ["date", "closes"])
def test_each_date_as_written_is_the_date_recorded_and_its_weekday(
    bundled: Transcription, field: str
) -> None:
    for action in bundled.items:
        written = getattr(action, field)
        if written is None:
            continue
        assert parse_date(written.text) == written.day
        weekday = written.text.split()[0]
        if weekday in calendar.day_name:
            assert calendar.day_name[written.day.weekday()] == weekday


def test_decisions_are_only_what_the_minutes_record_as_decided_or_agreed(
    bundled: Transcription,
) -> None:
    assert [(s.key, d.kind, d.text) for s in bundled.sections for d in s.decisions] == [
        ("mikey-dhhmac", "decided",
         "its Last Call must be ended at a given date (decided to be 1 August 2003)"),
        ("gkm-architecture", "agreed",
         "it was agreed that some guidance document was needed for implementers"),
    ]  # fmt: skip


def test_speakers_as_written_in_order(bundled: Transcription) -> None:
    assert {
        s.key: [(e.speaker, e.person, e.certain, e.form) for e in s.exchanges]
        for s in bundled.sections
    } == {
        "gsakmp": [
            ("Laskhminath", "lakshminath", True, "said"),
            ("Hugh", "hugh", True, "said"),
            ("Lakshminath", "lakshminath", True, "said"),
            ("Hugh", "hugh", True, "said"),
            ("Lakshminath", "lakshminath", True, "said"),
            ("Haitham", "haitham", True, "reported"),
            ("Thomas", "thomas", True, "said"),
        ],
        "mikey-dhhmac": [
            ("Lakshminath(?)", "lakshminath", False, "said"),
            ("Fredrik", "fredrik", True, "said"),
        ],
        "gkm-architecture": [],
        "fmke": [
            ("Sebastien", "sebastien", True, "said"),
            ("Lakshminath", "lakshminath", True, "reported"),
            ("Ans", None, True, "unattributed"),
            ("Thomas", "thomas", True, "said"),
            ("Lakshminath", "lakshminath", True, "said"),
        ],
        "action-items": [],
        "others": [],
    }


def test_russ_is_the_ad(bundled: Transcription) -> None:
    assert [(p.name, p.role) for p in bundled.people if p.role] == [("Russ", "AD")]

"""The dated action items and last-call windows of a transcription as iCalendar (RFC 5545).

Built with the icalendar library, imported only here and only by the calendar
command (it costs about 150 ms to import).
"""

from __future__ import annotations

import datetime as dt
import re

from msecwg.dates import long_date
from msecwg.model import Action, Transcription
from msecwg.safe import clean
from msecwg.select import EVENT_LABELS

PRODID = "-//msecwg//msecwg//EN"


def _uid(t: Transcription, action: Action, part: str) -> str:
    """Answer a UID that is the same on every run for the same item and part."""
    m = t.meeting
    group = re.sub(r"[^a-z0-9]+", "-", m.working_group.lower()).strip("-") or "wg"
    return f"{group}-ietf{m.ietf}-{action.id}-{part}@msecwg"


def _description(t: Transcription, action: Action) -> str:
    """Answer an event's description: the item, its condition and the minutes' words."""
    m = t.meeting
    lines = [action.what]
    if action.condition:
        lines.append(f"({action.condition})")
    if action.closes_text:
        lines.append(f"Closing date: {action.closes_text}")
    lines.append("")
    lines.append(
        f"From the minutes of the {m.working_group} WG at IETF {m.ietf}, {long_date(m.date)}:"
    )
    lines += [f"“{quote}”" for quote in action.quotes]
    return "\n".join(lines)


def clean_lines(text: str) -> str:
    """Answer text made safe line by line, keeping its line breaks."""
    return "\n".join(clean(line) for line in text.split("\n"))


def calendar(t: Transcription, stamp: dt.datetime) -> bytes:
    """Answer the iCalendar file of the transcription's dated action items, with an
    all-day event for each item's date and one spanning each last-call window.

    `stamp` is the DTSTAMP of every event: the moment the file is made.
    """
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", clean(f"{t.meeting.working_group} WG, IETF {t.meeting.ietf}"))
    for action in t.actions:
        if action.due is None:
            continue
        name = t.document(action.document).name if action.document else action.what
        spans: list[tuple[str, str, dt.date, dt.date]] = [
            ("due", f"{name}: {EVENT_LABELS[action.kind]}", action.due, action.due)
        ]
        if action.closes is not None:
            spans.append(("window", f"{name}: WG Last Call", action.due, action.closes))
        for part, summary, first, last in spans:
            event = Event()
            event.add("uid", _uid(t, action, part))
            event.add("dtstamp", stamp)
            event.add("summary", clean(summary))
            event.add("dtstart", first)
            event.add("dtend", last + dt.timedelta(days=1))  # all-day: the end is exclusive
            event.add("transp", "TRANSPARENT")
            event.add("description", clean_lines(_description(t, action)))
            cal.add_component(event)
    data: bytes = cal.to_ical()
    return data

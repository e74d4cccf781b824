"""The dated action items and last-call windows of a transcription as iCalendar (RFC 5545).

Built with the icalendar library, imported only here and only by the calendar
command (it costs about 150 ms to import).
"""

from __future__ import annotations

import datetime as dt
import re

from msecwg.dates import long_date
from msecwg.model import Action, EventKind, Transcription
from msecwg.rows import EventRow
from msecwg.safe import clean

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


def calendar(t: Transcription, events: list[EventRow], stamp: dt.datetime) -> bytes:
    """Answer the iCalendar file of the timeline's events: an all-day event on each
    action item's date, and one spanning each last-call window.

    The meeting is left out, and so is each close that a window already ends on.
    `stamp` is the DTSTAMP of every event: the moment the file is made.
    """
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", clean(f"{t.meeting.working_group} WG, IETF {t.meeting.ietf}"))
    for row in _shown(t, events):
        action = t.action(row.item or "")
        event = Event()
        event.add("uid", _uid(t, action, "window" if row.end else "due"))
        event.add("dtstamp", stamp)
        event.add("summary", clean(row.what))
        event.add("dtstart", row.date)
        end = row.end or row.date
        event.add("dtend", end + dt.timedelta(days=1))  # all-day: the end is exclusive
        event.add("transp", "TRANSPARENT")
        event.add("description", clean_lines(_description(t, action)))
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def _shown(t: Transcription, events: list[EventRow]) -> list[EventRow]:
    """Answer the events a calendar holds, item by item in the transcription's order,
    each item's window after its date: all but the meeting and the closes that end a
    window."""
    windows = {(e.item, e.end) for e in events if e.kind is EventKind.WINDOW}
    place = {a.id: n for n, a in enumerate(t.actions)}
    kept = [
        e
        for e in events
        if e.item is not None
        and e.kind is not EventKind.MEETING
        and not (e.kind is EventKind.CLOSE and (e.item, e.date) in windows)
    ]
    return sorted(kept, key=lambda e: (place[e.item or ""], e.kind is EventKind.WINDOW))

"""The timeline of meetings as iCalendar (RFC 5545), by the icalendar library (~150 ms to import,
so imported by the calendar command only)."""

import datetime as dt
import re
from collections.abc import Sequence

from msecwg.dates import long_date
from msecwg.model import Action, DateKind, Transcription, last_day
from msecwg.rows import EventRow
from msecwg.show.safe import clean
from msecwg.show.views import quoted
from msecwg.store.meetings import Held


def _uid(t: Transcription, row: EventRow) -> str:
    """Answer a UID that is the same on every run for the same item and event."""
    m = t.meeting
    group = re.sub(r"[^a-z0-9]+", "-", m.working_group.lower()).strip("-") or "wg"
    when = f"{m.date.day:%Y%m%d}" if m.date else "undated"
    meeting = f"ietf{m.ietf}" if m.ietf is not None else f"meeting{when}"
    part = "window" if row.kind is DateKind.WINDOW else "due"
    return f"{group}-{meeting}-{row.item}-{part}@msecwg"


def summary(row: EventRow) -> str:
    """Answer an event's title, with its date's condition or hedge in the minutes' words."""
    said = [quoted(words) for words in (row.condition, row.tentative) if words]
    return f"{row.what} ({'; '.join(said)})" if said else row.what


def _description(t: Transcription, action: Action) -> str:
    """Answer an event's description: the item, its dates as written and its quotes."""
    m = t.meeting
    dates = (("Date", action.date), ("Closing date", action.closes))
    lines = [action.what, *(f"{label}: {d.text}" for label, d in dates if d is not None)]
    when = f", {long_date(m.date.day)}" if m.date else ""
    lines += ["", f"From the minutes of the {m.name}{when}:"]
    lines += map(quoted, action.quotes)
    return "\n".join(lines)


def shown(t: Transcription, events: list[EventRow]) -> list[EventRow]:
    """Answer the events a calendar holds, item by item: all but the meeting and windows' closes."""
    closes = {(DateKind.END, e.item, e.end) for e in events if e.kind is DateKind.WINDOW}
    kept = [e for e in events if e.item is not None and (e.kind, e.item, e.date) not in closes]
    place = {a.id: n for n, a in enumerate(t.items)}
    return sorted(kept, key=lambda e: (place[e.item or ""], e.kind is DateKind.WINDOW))


def calendar(meetings: Sequence[Held], events: list[EventRow], stamp: dt.datetime) -> bytes:
    """Answer the iCalendar file of the timeline's events, as all-day events; `stamp`: DTSTAMP."""
    from icalendar import Calendar, Event

    from msecwg.ask.across import scope

    cal = Calendar()
    cal.add("prodid", "-//msecwg//msecwg//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", clean(scope(meetings).name))
    for m in meetings:
        t = m.transcription
        for row in shown(t, [e for e in events if e.meeting == m.label]):
            event = Event()
            event.add("uid", clean(_uid(t, row)))
            event.add("dtstamp", stamp)
            event.add("summary", clean(summary(row)))
            event.add("dtstart", row.date)
            last = row.end if row.end is not None else last_day(row.date, row.precision)
            event.add("dtend", last + dt.timedelta(days=1))  # all-day: end is exclusive
            event.add("transp", "TRANSPARENT")
            described = _description(t, t.item(row.item or "")).split("\n")
            event.add("description", "\n".join(clean(line) for line in described))
            cal.add_component(event)
    return cal.to_ical()

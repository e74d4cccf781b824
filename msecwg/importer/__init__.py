"""Read a meeting's minutes as working groups write them, plain text, flattened or
Markdown, into records whose every text is verbatim from the minutes.

`read(text)` answers a `Found`: the meeting, sections, turns, people, documents,
action items and decisions, and what it left for a person to settle.
"""

from msecwg.importer.reader import read
from msecwg.importer.records import (
    Action,
    ActionDate,
    DateRead,
    Day,
    Decision,
    Document,
    Found,
    Front,
    Meeting,
    Person,
    Point,
    Section,
    Turn,
)

__all__ = [
    "Action",
    "ActionDate",
    "DateRead",
    "Day",
    "Decision",
    "Document",
    "Found",
    "Front",
    "Meeting",
    "Person",
    "Point",
    "Section",
    "Turn",
    "read",
]

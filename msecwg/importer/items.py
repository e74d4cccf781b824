"""Action items and decisions: what the minutes say is to be done, by whom and when,
and what the room decided (hums, "sense of the room", consensus, conclusions)."""

import re
from typing import NamedTuple

from msecwg.importer.dating import dates
from msecwg.importer.records import Action, ActionDate, Decision
from msecwg.importer.speakers import speaker
from msecwg.importer.text import fold, sentences

# "ACTION:", "Action Item -", "For Action:", "**Action**:", "AI:", "TODO:"
ACTION_LABEL = re.compile(
    r"^(?:\*\*)?(?P<label>(?:For\s+)?(?:ACTION(?:\s+ITEMS?)?|Action(?:\s+[Ii]tems?)?|AI|TODO)S?)"
    r"(?:\*\*)?(?:\s*[:\-\u2013]\s*|\s+(?=[A-Z]))"
)
ACTION_MARK_AT_END = re.compile(r"\((?P<label>TODO|ACTION|Action)\)\s*$")
OWNER_BEFORE_COLON = re.compile(r"^(?P<owners>[A-Z][^:]{0,40}?):\s+")
OWNERS_BEFORE_VERB = re.compile(
    r"^(?P<owners>[^\s,.;:()][^.;:()]{0,80}?)\s+"
    r"(?:to|will|should|shall|agreed\s+to|volunteered\s+to|volunteers\s+to)\s"
)
OWNER_SEPARATOR = re.compile(r"\s*(?:,|\band\b|&)\s*")
END_CUE = re.compile(
    r"\b(?:closing\s+date|closes?|closing|ends|ending|until|expires?|concludes?)\b",
    re.IGNORECASE,
)
DUE_CUE = re.compile(
    r"\b(?:will|by|due|sent|send|deadline|before|submit|publish|announce[sd]?)\b", re.IGNORECASE
)
CONDITION = re.compile(
    r"\((?P<condition>[^()]*\b(?:whichever|unless|provided)\b[^()]*|(?:or|if)\b[^()]*)\)"
)

DECISION_LABEL = re.compile(
    r"^(?:\*\*)?(?P<label>hums?|humm|conclusion|result|resolution|decision|decided|agreed"
    r"|agreement|consensus|outcome|sense of the room)(?:\*\*)?\s*:",
    re.IGNORECASE,
)
DECISION_CUES = (
    ("sense of the room", re.compile(r"\bsense of the room\b", re.IGNORECASE)),
    (
        "hum",
        re.compile(
            r"\b(?:strong|weak|moderate|mid|low|loud|clear|some|no)\s+hums?\b"
            r"|\bhum(?:s|med|ming)?\s+(?:for|in\s+favou?r|against|on|to|if|whether|results?)\b"
            r"|\bhumm?s?\s*:|\bhumming\b|\bhummed\b|^\W*hums?\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        "consensus",
        re.compile(
            r"\b(?:rough\s+)?consensus\s+(?:is|was|to|for|that|in\s+the\s+room|of\s+the\s+room)\b"
            r"|\b(?:we\s+have|there\s+is|there\s+was|reached|declared?)\s+(?:rough\s+)?consensus\b",
            re.IGNORECASE,
        ),
    ),
    (
        "decided",
        re.compile(r"\b(?:it\s+was|was|were|been|we|WG|group|room)\s+decided\b|\(decided\s+to\b"),
    ),
    (
        "agreed",
        re.compile(r"\b(?:it\s+was|was|were|been|we|WG|group|room)\s+agreed\b|\(agreed\s+to\b"),
    ),
)


class Passage(NamedTuple):
    """A turn or point to look in: its quote from `start`, its words from `words`, the
    label or bullet marker before it, and the section it is in (None: the front)."""

    start: int
    words: int
    end: int
    marker: str
    marker_start: int
    section: int | None
    in_action_section: bool
    is_turn: bool


def action(
    text: str, passage: Passage, year: int | None, at: dict[int, list[str]]
) -> Action | None:
    """Answer the action item a passage is, or None: an item of an action section, or a
    passage labelled as one ("ACTION:", "Action Item -", "(TODO)"). `year` is the
    meeting's, for dates that give day and month; `at` the documents mentioned, by offset."""
    words = text[passage.words : passage.end]
    label_match = ACTION_LABEL.match(words)
    mark = ACTION_MARK_AT_END.search(words)
    if label_match:
        label, body = label_match.group("label"), passage.words + label_match.end()
        quote_start = passage.start
    elif passage.in_action_section and not passage.is_turn:
        label, body, quote_start = passage.marker or None, passage.words, passage.marker_start
    elif mark:
        label, body, quote_start = mark.group(), passage.words, passage.start
    else:
        return None
    said = text[body : passage.end]
    if not said.strip(" *:"):
        return None  # "Action items:" opens a list; the items are the actions
    owners, owned = _owners(said)
    start = body + owned
    return Action(
        label=label,
        text=fold(text[start : passage.end]) if owned and label_match else fold(said),
        owners=owners,
        dates=_dates(text, body, passage.end, year),
        condition=_condition(said),
        documents=_documents_in(body, passage.end, at),
        quote=fold(text[quote_start : passage.end]),
        section=passage.section,
        start=quote_start,
    )


def opens_action_list(text: str, passage: Passage) -> bool:
    """Answer whether a passage is only an action label ("Action items:", "**ACTIONS**"),
    opening a list of action items."""
    words = text[passage.words : passage.end].strip()
    label = ACTION_LABEL.match(words + " ")
    return label is not None and not words[label.end() :].strip(" *:")


def _owners(said: str) -> tuple[list[str], int]:
    """Answer the owners an action names at its start, as written ("Brian to propose
    ...", "ACTION Martin D: Okay, ..."), and where the rest starts (0 when none)."""
    for pattern in (OWNER_BEFORE_COLON, OWNERS_BEFORE_VERB):
        match = pattern.match(said)
        if match:
            names = [n for n in OWNER_SEPARATOR.split(match.group("owners")) if n]
            people = [speaker(n) for n in names]
            if names and all(
                p is not None and p.name == fold(n) for p, n in zip(people, names, strict=True)
            ):
                rest = match.end() if pattern is OWNER_BEFORE_COLON else 0
                return [fold(n) for n in names], rest
    return [], 0


def _dates(text: str, start: int, end: int, year: int | None) -> list[ActionDate]:
    """Answer the dates an action gives and what each marks: a scheduled end when the
    nearest cue before it says so ("closing date of"), else a task due by it."""
    found = []
    for dated in dates(text, start, end, year):
        before = text[start : dated.start]
        ends = [m.end() for m in END_CUE.finditer(before)]
        dues = [m.end() for m in DUE_CUE.finditer(before)]
        ends_here = bool(ends) and (not dues or max(ends) > max(dues))
        found.append(ActionDate(date=dated.date, marks="end" if ends_here else "due"))
    return found


def _condition(said: str) -> str | None:
    """Answer a condition the action puts on its dates, in brackets as written:
    "(or the IESG Last Call closing date, whichever comes first)"."""
    match = CONDITION.search(said)
    return fold(match.group("condition")) if match else None


def _documents_in(start: int, end: int, at: dict[int, list[str]]) -> list[str]:
    """Answer the names of the documents mentioned between two offsets, once each."""
    names = [
        name for offset, found in sorted(at.items()) if start <= offset < end for name in found
    ]
    return list(dict.fromkeys(names))


ANY_CUE = re.compile(
    r"hum|sense of the room|consensus|decided|agreed|conclusion|result|resolution|outcome"
    r"|decision|agreement",
    re.IGNORECASE,
)


def decisions(text: str, passage: Passage) -> list[Decision]:
    """Answer the decisions a passage records: a labelled line ("conclusion: ...",
    "HUM: ..."), or each sentence with a hum, a "sense of the room", a consensus, or
    something "agreed" or "decided"."""
    words = text[passage.words : passage.end]
    if not ANY_CUE.search(words):
        return []
    quote = fold(text[passage.start : passage.end])
    label = DECISION_LABEL.match(words)
    if label:
        kind = label.group("label").lower()
        kind = "hum" if kind.startswith("hum") else kind
        return [
            Decision(
                kind=kind,
                text=fold(words),
                quote=quote,
                section=passage.section,
                start=passage.words,
            )
        ]
    found = []
    for start, end in sentences(words, passage.words):
        sentence = text[start:end]
        for kind, cue in DECISION_CUES:
            if cue.search(sentence):
                around = quote if len(quote) <= 600 else fold(sentence)
                found.append(
                    Decision(
                        kind=kind,
                        text=fold(sentence),
                        quote=around,
                        section=passage.section,
                        start=start,
                    )
                )
                break
    return found

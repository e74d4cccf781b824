"""A transcription made from what the minutes reader found (msecwg.importer): every
record quoting the minutes verbatim, and nothing the minutes do not say.

What the reader cannot place is left out and said in `Transcribed.left`; no
status is ever guessed: a document's state says only that the minutes name it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

import msgspec

from msecwg import importer
from msecwg.importer import Found
from msecwg.importer.people import names_of
from msecwg.model import (
    Action,
    ActionKind,
    Decision,
    DecisionKind,
    Document,
    Exchange,
    Meeting,
    Person,
    Precision,
    Reference,
    Section,
    SpeechForm,
    Stage,
    StageFact,
    Transcription,
    WrittenDate,
)

NAMED = "Named in the minutes"
"""A document's state when the minutes say nothing more of it than its name."""


class Transcribed(msgspec.Struct, frozen=True):
    """A transcription made from minutes, and what was left for a person to settle."""

    transcription: Transcription
    left: list[str]


def slug(text: str, fallback: str) -> str:
    """Answer an id made of a name: lower-case letters, digits and dashes."""
    made = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return made or fallback


class _Ids:
    """Ids made of names, each used once."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def new(self, text: str, fallback: str) -> str:
        """Answer an id made of a name, not used before ("gsakmp", then "gsakmp-2")."""
        base = slug(text, fallback)
        made, n = base, 1
        while made in self.used:
            n += 1
            made = f"{base}-{n}"
        self.used.add(made)
        return made


def _written(date: importer.WrittenDate, **extra: str | None) -> WrittenDate:
    """Answer a date the reader found as a date of the transcription."""
    return WrittenDate(day=date.first, text=date.text, precision=Precision(date.precision), **extra)


def _meeting(found: Found) -> tuple[Meeting, list[str]]:
    """Answer the meeting as far as the minutes state it, and what was left."""
    m = found.meeting
    left = []
    dated = [d.date for d in m.days if d.date is not None]
    sessions = [_written(d) for d in dated]
    opening = [p.text for p in found.front.points]
    quotes = list(dict.fromkeys([*m.quotes, *opening, *(d.text for d in dated)]))
    if not quotes and found.front.heading:
        quotes = [found.front.heading]
    if not quotes and found.sections:
        quotes = [found.sections[0].heading]
    group = m.group
    if group is None:
        group = "unnamed"
        left.append("no working group named: the transcription calls it 'unnamed'")
    if not sessions:
        left.append("no date of the meeting in the minutes: left out")
    meeting = Meeting(
        working_group=group,
        ietf=m.number,
        ietf_from=m.number_from or "minutes",
        interim=m.interim,
        city=m.city,
        date=sessions[0] if sessions else None,
        sessions=sessions if len(sessions) > 1 else [],
        quotes=quotes,
    )
    return meeting, left


def transcribe(found: Found, minutes: str) -> Transcribed:
    """Answer the transcription of what the reader found in minutes whose file is named
    `minutes` (relative to where the transcription will be)."""
    meeting, left = _meeting(found)
    left += found.left
    ids = _Ids()
    people = [
        Person(id=ids.new(p.name, f"person-{n}"), name=p.name, quotes=_person_quotes(found, n))
        for n, p in enumerate(found.people)
    ]
    person_id = {n: p.id for n, p in enumerate(people)}
    sessions = {
        i: n
        for n, i in enumerate(i for i, d in enumerate(found.meeting.days) if d.date is not None)
    }
    parts = _parts(found)
    keys = _Ids()
    sections = [
        _section(part, keys.new(part.title, f"section-{n}"), n, sessions, person_id, found)
        for n, part in enumerate(parts)
    ]
    if found.front.heading is None and found.front.turns and found.sections:
        left.append("turns before the first heading are left out: no heading names them")
    key_of = _keys_of(found, sections)
    documents = _documents(found, key_of)
    sections = _decided_about(found, parts, sections, documents)
    actions = _actions(found, key_of, documents, people)
    t = Transcription(
        schema=2,
        minutes=minutes,
        meeting=meeting,
        people=people,
        documents=documents,
        references=_references(found, key_of),
        actions=actions,
        sections=sections,
    )
    return Transcribed(t, left)


def _person_quotes(found: Found, n: int) -> list[str]:
    """Answer the passages a person rests on: those that tie their names, else their
    first turn."""
    person = found.people[n]
    if person.quotes:
        return list(person.quotes)
    parts: list[importer.Front | importer.Section] = [found.front, *found.sections]
    turns = [t for s in parts for t in s.turns if t.person == n]
    return [turns[0].quote] if turns else [person.name]


class _Part(msgspec.Struct, frozen=True):
    """A section to transcribe: the front (under the minutes' title) or a section."""

    heading: str
    title: str
    number: int | None
    day: int | None
    points: list[importer.Point]
    turns: list[importer.Turn]
    found: int | None  # its index among the reader's sections, None for the front


def _parts(found: Found) -> list[_Part]:
    """Answer the sections to transcribe: the front, when a heading names it and turns
    stand under it (its points say what the meeting was, and go with the meeting),
    then every section."""
    front = found.front
    parts = []
    if front.heading and front.turns:
        title = front.title or front.heading
        parts.append(_Part(front.heading, title, None, None, front.points, front.turns, None))
    elif front.turns and not found.sections:
        # minutes with no heading at all ("EKR: presentation on changes" from the first
        # line, tls/minutes-90-tls): one section, named by their first short line that
        # is no turn ("TLS Interim Meeting"), or their first turn
        heading = next(
            (p.text for p in front.points if len(p.text) <= 120 and ":" not in p.text),
            front.turns[0].quote,
        )
        parts.append(_Part(heading, heading, None, None, front.points, front.turns, None))
    for n, s in enumerate(found.sections):
        parts.append(_Part(s.heading, s.title, s.number, s.day, s.points, s.turns, n))
    return parts


def _section(
    part: _Part,
    key: str,
    n: int,
    sessions: dict[int, int],
    person_id: dict[int, str],
    found: Found,
) -> Section:
    """Answer one section, its points, decisions and exchanges."""
    decisions = [
        Decision(kind=DecisionKind(d.kind), text=d.text)
        for d in found.decisions
        if d.section == part.found and d.kind in DecisionKind._value2member_map_
    ]
    return Section(
        key=key,
        number=part.number,
        heading=part.heading,
        title=part.title,
        session=sessions[part.day] + 1 if part.day in sessions and len(sessions) > 1 else None,
        points=[p.text for p in part.points],
        decisions=decisions,
        exchanges=[_exchange(turn, person_id) for turn in part.turns],
    )


def _decided_about(
    found: Found, parts: list[_Part], sections: list[Section], documents: list[Document]
) -> list[Section]:
    """Answer the sections with each decision given the document it is about: one it
    names, else the document its section is about."""
    document_of = {d.name.casefold(): d.id for d in documents}
    subject_of = {
        n: document_of[d.name.casefold()]
        for d in found.documents
        if d.name.casefold() in document_of
        for n in d.subject_of
    }
    made = []
    for part, section in zip(parts, sections, strict=True):
        about = [
            next((document_of[n.casefold()] for n in d.documents if n.casefold() in document_of),
                 subject_of.get(d.section) if d.section is not None else None)
            for d in found.decisions
            if d.section == part.found and d.kind in DecisionKind._value2member_map_
        ]  # fmt: skip
        decided = [
            msgspec.structs.replace(decision, document=document)
            for decision, document in zip(section.decisions, about, strict=True)
        ]
        made.append(msgspec.structs.replace(section, decisions=decided))
    return made


def _exchange(turn: importer.Turn, person_id: dict[int, str]) -> Exchange:
    """Answer one turn: the speaker as written without a role written after the name."""
    speaker = turn.speaker if turn.role is None else (turn.name or turn.speaker)
    person = person_id.get(turn.person) if turn.person is not None else None
    form = SpeechForm(turn.form) if person is not None else SpeechForm.UNATTRIBUTED
    return Exchange(
        speaker=speaker,
        person=person,
        role=turn.role,
        certain=not turn.uncertain,
        form=form,
        words=turn.words,
        cut_off=turn.cut_off,
        quotes=[turn.quote],
    )


def _keys_of(found: Found, sections: list[Section]) -> dict[int | None, str]:
    """Answer the key of each of the reader's sections (None: the front, or the first
    section when the front is not transcribed)."""
    offset = len(sections) - len(found.sections)
    keys: dict[int | None, str] = {n: sections[n + offset].key for n in range(len(found.sections))}
    keys[None] = sections[0].key if sections else "minutes"
    return keys


def _documents(found: Found, key_of: dict[int | None, str]) -> list[Document]:
    """Answer every document the meeting discussed: the other names the minutes call
    it, the stages they state of it, and its state in the words of the latest stage
    stated, or only that the minutes name it."""
    ids = _Ids()
    made = []
    for n, d in enumerate(d for d in found.documents if d.discussed):
        stages = [StageFact(stage=Stage(s.kind), quote=s.quote) for s in d.stages]
        place = d.subject_of[0] if d.subject_of else (d.sections[0] if d.sections else None)
        quotes = list(dict.fromkeys([d.quote, *(s.quote for s in stages)]))
        made.append(
            Document(
                id=ids.new(d.name, f"document-{n}"),
                name=d.name,
                title=d.title if d.title != d.name else None,
                called=_called(d),
                section=key_of[place],
                state=_stage_words(stages[-1].stage) if stages else NAMED,
                stages=stages,
                quotes=quotes,
            )
        )
    return made


def _called(document: importer.Document) -> list[str]:
    """Answer the other names the minutes call a document, each once, as written."""
    names = {document.name.casefold()}
    called = []
    for name in document.also:
        if name.casefold() not in names:
            names.add(name.casefold())
            called.append(name)
    return called


def _stage_words(stage: Stage) -> str:
    """Answer a document's state in the words of its stage: "In WG Last Call",
    "Adopted", "Submitted to the IESG"."""
    return stage.value[:1].upper() + stage.value[1:]


def _references(found: Found, key_of: dict[int | None, str]) -> list[Reference]:
    """Answer the documents the minutes cite in passing, without discussing them."""
    return [
        Reference(
            name=d.name, section=key_of[d.sections[0] if d.sections else None], quotes=[d.quote]
        )
        for d in found.documents
        if not d.discussed
    ]


def _actions(
    found: Found, key_of: dict[int | None, str], documents: list[Document], people: list[Person]
) -> list[Action]:
    """Answer the action items, with the dates they give, the people they name (by
    any name the minutes write them with, or the first name of a full one no other
    speaker shares) and their owner as written."""
    ids = _Ids()
    document_of = {d.name.casefold(): d.id for d in documents}
    person_of = {name: people[n].id for name, n in names_of(found.people).items()}
    made = []
    for n, a in enumerate(found.actions):
        label = (a.label or "").strip("()").casefold()
        due = next((d.date for d in a.dates if d.marks == "due"), None)
        end = next((d.date for d in a.dates if d.marks == "end"), None)
        last_call = "last call" in a.text.casefold()
        kind = ActionKind.TASK
        date, closes = due, end
        if last_call and end is not None and due is None:
            kind, date, closes = ActionKind.LAST_CALL_CLOSE, end, None
        elif last_call and end is not None:
            kind = ActionKind.LAST_CALL_ANNOUNCEMENT
        named = [document_of[d.casefold()] for d in a.documents if d.casefold() in document_of]
        short = label if len(label) <= 3 and label.isalnum() else ""
        made.append(
            Action(
                id=ids.new(short or f"action-{n + 1}", f"action-{n + 1}"),
                section=key_of[a.section],
                kind=kind,
                what=a.text,
                document=named[0] if named else None,
                people=list(
                    dict.fromkeys(
                        person_of[o.casefold()] for o in a.owners if o.casefold() in person_of
                    )
                ),
                owner=a.owner,
                date=_written(date, condition=a.condition) if date else None,
                closes=_written(closes) if closes else None,
                quotes=[a.quote],
            )
        )
    return made


def to_toml(t: Transcription, source: Path, left: Sequence[str] = ()) -> str:
    """Answer a transcription as the TOML msecwg reads, under a note on where it comes
    from, what to do with it and what was `left` for a person, one comment line each."""
    import rtoml

    data = msgspec.to_builtins(t, builtin_types=(dt.date,))
    first = ("schema", "minutes", "facts", "meeting")
    head = {key: data[key] for key in first if key in data}
    body = {key: value for key, value in data.items() if key not in first}
    note = (
        f"# Transcription of {_comment(source.name)}, made by msecwg import from the minutes "
        "as written.\n"
        "# Every record quotes the minutes; what the minutes do not say is left out. Review it\n"
        "# (states are msecwg's words: set them from the minutes), then: msecwg check FILE\n"
    )
    note += "".join(f"# Left for a person: {_comment(item)}\n" for item in left)
    return note + "\n" + rtoml.dumps(head) + "\n" + rtoml.dumps(body)


def _comment(text: str) -> str:
    """Answer text as one line of a TOML comment: whitespace folded, and each control
    character TOML refuses in a comment written as an escape."""
    return "".join(
        repr(c)[1:-1] if ord(c) < 0x20 or ord(c) == 0x7F else c for c in " ".join(text.split())
    )

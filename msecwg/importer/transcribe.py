"""A transcription made from what the minutes reader found (msecwg.importer): every
record quoting the minutes verbatim, and nothing the minutes do not say.

What the reader cannot place is left out and said in `Transcribed.left`; no
status is ever guessed: a document's state says only that the minutes name it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import textwrap
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path

import msgspec

from msecwg import importer
from msecwg.importer import Found
from msecwg.importer.documents import CONCLUDING_PARTS, THE_CHARTER
from msecwg.importer.people import names_of
from msecwg.importer.text import fold
from msecwg.model import (
    UNNAMED_GROUP,
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
    Said,
    Section,
    SpeechForm,
    Stage,
    StageFact,
    Transcription,
    WrittenDate,
)
from msecwg.show.markdown import unmarked

NAMED = "Named in the minutes"
"""A document's state when the minutes say nothing more of it than its name."""


class Transcribed(msgspec.Struct, frozen=True):
    """A transcription made from minutes, and what was left for a person to settle."""

    transcription: Transcription
    left: list[str]


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
"""What an id is made without: all but lower-case letters and digits, as a run."""


def slug(text: str, fallback: str) -> str:
    """Answer an id made of a name: lower-case letters, digits and dashes, a letter with
    an accent as the letter ("Jörg" -> "jorg"), an apostrophe left out ("Editors'" ->
    "editors")."""
    folded = text.casefold()
    if folded.isascii() and folded.isalnum():
        return folded  # most names and words: letters and digits already
    letters = unicodedata.normalize("NFKD", folded.replace("'", "").replace("\u2019", ""))
    made = _NOT_SLUG.sub("-", letters.encode("ascii", "ignore").decode()).strip("-")
    return made or fallback


KEY_WORDS = 3
"""The most words a topic key is made of (numbers besides)."""
KEY_LENGTH = 30
"""The longest a topic key is, before a number that tells two apart."""
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_TIME_BOX = re.compile(
    r"\b\d+(?:\s*[-+/]\s*\d+)*\s*(?:minutes?|mins?|hours?|hrs?)\b(?:\s+total)?", re.IGNORECASE
)
_DRAFT = re.compile(
    r"\bdraft-(?:ietf-[a-z0-9]+|[a-z0-9]+)-([a-z0-9-]+?)(?:-\d\d)?\b", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
_KEY_WORD = re.compile("[\\w&'\u2019.+-]+(?:/[\\w&'\u2019.+-]+)*")
_STOP = frozenset((
    "a", "an", "the", "of", "to", "and", "or", "for", "on", "in", "at", "by", "with", "from",
    "into", "onto", "over", "under", "about", "as", "is", "are", "was", "were", "be", "been",
    "being", "it", "its", "this", "that", "these", "those", "vs", "via", "per", "if", "than",
    "then", "so", "not", "no", "do", "does", "did", "will", "would", "can", "could", "should",
    "must", "may", "might", "we", "you", "i", "our", "your", "their", "they", "he", "she",
    "his", "her", "them", "us", "what", "which", "who", "how", "why", "when", "where", "there",
    "here", "also", "just", "only",
))  # fmt: skip
_AGENDA = frozenset((
    "open", "issue", "issues", "update", "updates", "status", "discussion", "presentation",
    "presented", "report", "overview", "review", "possible", "changes", "adoption", "wglc",
    "slides", "see", "draft", "drafts",
))  # fmt: skip
"""Words that say what kind of agenda item a heading is, not what it is about."""


def topic_key(title: str, group: str | None = None) -> str:
    """Answer a short key for a section, made of its heading's words, the same for the
    same heading: at most three words (numbers besides) and about 30 characters, leaving
    out web addresses and asides in brackets (unless the heading is nothing else), time
    boxes ("10 min"), a draft name's prefix (draft-ietf-quic-ack-frequency ->
    ack-frequency), words like "the" and "of", the group's own name, and words of the
    agenda ("open issues", "update") where other words remain; "" where the heading has
    no words."""
    text = unmarked(title)
    addresses: list[str] = []
    if "://" in text or "www." in text.lower():  # what every address holds
        addresses = _URL.findall(text)
        text = _URL.sub(" ", text)
    asides = ""
    if "(" in text or "[" in text:
        asides = " ".join(a[1:-1] for a in _ASIDE.findall(text))
        text = _ASIDE.sub(" ", text)
    for words in (text, " ".join(_address_words(a) for a in addresses), asides):
        made = _key_words(words, group)
        if made:
            return made
    return ""


def _address_words(address: str) -> str:
    """Answer the words of a web address that name what it points to: its last two parts
    ("https://github.com/quicwg/base-drafts/issues/2792" -> "issues 2792")."""
    parts = [p for p in re.split(r"[/?#]", address.rstrip("/.)")) if p][2:]
    return " ".join(parts[-2:])


def _key_words(text: str, group: str | None) -> str:
    """Answer a key of a heading's words, as topic_key makes it, or "" when none are left.
    Words joined by "/" stay one ("HTTP/2", "Manageability/Applicability") where they fit."""
    if _DIGIT.search(text):  # a time box starts with a number
        text = _TIME_BOX.sub(" ", text)
    if "draft-" in text.lower():
        text = _DRAFT.sub(lambda m: m.group(1), text)
    own = slug(group, "") if group is not None else ""
    words = [
        [p for p in (slug(part, "") for part in w.split("/")) if p and p not in _STOP]
        for w in _KEY_WORD.findall(text)
    ]
    words = [w for w in words if w]
    if any(w != [own] and not _number(w) for w in words):
        words = [w for w in words if w != [own]]
    if any(not set(w) <= _AGENDA and not _number(w) for w in words):
        words = [w for w in words if not set(w) <= _AGENDA]
    kept: list[str] = []
    for word in words:
        if _fits(kept, "-".join(word)):
            kept.append("-".join(word))
            continue
        for part in word[:-1] if len(word) > 1 else []:  # as many of its parts as fit
            if not _fits(kept, part):
                break
            kept.append(part)
        break
    return "-".join(kept)[:KEY_LENGTH].strip("-")


def _number(word: list[str]) -> bool:
    """Answer whether a word of a heading is a number ("2792", "16")."""
    return all(part.isdigit() for part in word)


def _fits(kept: list[str], piece: str) -> bool:
    """Answer whether a key's words take one more: at most KEY_WORDS words (numbers
    besides) and KEY_LENGTH characters, the first word always."""
    words = sum(not w.isdigit() for w in kept)
    if words == KEY_WORDS and not piece.isdigit():
        return False
    return not kept or len("-".join([*kept, piece])) <= KEY_LENGTH


class _Ids:
    """Ids made of names, each used once."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def new(self, text: str, fallback: str) -> str:
        """Answer an id made of a name, not used before ("gsakmp", then "gsakmp-2")."""
        return self.take(slug(text, fallback))

    def take(self, base: str) -> str:
        """Answer an id, numbered when it was used before ("gsakmp", then "gsakmp-2")."""
        made, n = base, 1
        while made in self.used:
            n += 1
            made = f"{base}-{n}"
        self.used.add(made)
        return made


def _written(date: importer.DateRead, **extra: str | None) -> WrittenDate:
    """Answer a date the reader found as a date of the transcription."""
    return WrittenDate(day=date.first, text=date.text, precision=date.precision, **extra)


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
        group = UNNAMED_GROUP
        left.append(f"no working group named: the transcription calls it {group!r}")
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
    first_turns = _first_turns(found)
    people = [
        Person(
            id=ids.new(p.name, f"person-{n}"),
            name=p.name,
            role=p.office,
            quotes=_person_quotes(found, n, first_turns),
        )
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
        _section(
            part,
            keys.take(topic_key(part.title, found.meeting.group) or f"section-{n}"),
            n,
            sessions,
            person_id,
            found,
        )
        for n, part in enumerate(parts)
    ]
    if found.front.turns and all(part.found is not None for part in parts):
        left.append("turns before the first heading are left out: no heading names them")
    key_of = _keys_of(found, sections)
    documents = _documents(found, key_of, _Speakers(found, person_id))
    document_of = {d.name.casefold(): d.id for d in documents}
    subject_of = _subjects(found, document_of)
    sections = _decided_about(parts, sections, document_of, subject_of)
    days = {d.day for d in meeting.days}
    exact = all(d.precision is Precision.DAY for d in meeting.days)
    held = days.pop() if len(days) == 1 and exact else None  # the one day it was held
    actions = _actions(found, key_of, document_of, subject_of, people, held)
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


def _person_quotes(found: Found, n: int, first_turns: dict[int, str]) -> list[str]:
    """Answer the passages a person rests on: those that tie their names, else their
    first turn (`first_turns`: the quote of each person's first turn)."""
    person = found.people[n]
    if person.quotes:
        return list(person.quotes)
    return [first_turns[n]] if n in first_turns else [person.name]


def _first_turns(found: Found) -> dict[int, str]:
    """Answer the quote of each person's first turn, by the person's index."""
    parts: list[importer.Front | importer.Section] = [found.front, *found.sections]
    first: dict[int, str] = {}
    for s in parts:
        for t in s.turns:
            if t.person is not None:
                first.setdefault(t.person, t.quote)
    return first


class _Part(msgspec.Struct, frozen=True):
    """A section to transcribe: the front (under the minutes' title) or a section."""

    heading: str
    title: str
    number: int | None
    day: int | None
    points: list[importer.Point]
    turns: list[importer.Turn]
    found: int | None  # its index among the reader's sections, None for the front
    decisions: list[importer.Decision] = []  # those of a kind the transcription records


DISCUSSION = 3
"""The fewest speakers whose turns before the minutes' first heading are a discussion of its
own, where "Chair: ..." and "Room: ..." lines are none."""
RECORDED_KINDS = frozenset(DecisionKind)
"""The kinds of decision a transcription records; one of another kind the reader finds is
left out."""


def _parts(found: Found) -> list[_Part]:
    """Answer the sections to transcribe: the front, when a heading names it and turns
    stand under it (its points say what the meeting was, and go with the meeting),
    then every section."""
    front = found.front
    decided: dict[int | None, list[importer.Decision]] = {}
    for d in found.decisions:
        if d.kind in RECORDED_KINDS:
            decided.setdefault(d.section, []).append(d)
    parts = []
    if front.heading and front.turns:
        title = front.title or front.heading
        parts.append(
            _Part(
                front.heading,
                title,
                None,
                None,
                front.points,
                front.turns,
                None,
                decided.get(None, []),
            )
        )
    elif len({t.name for t in front.turns} - {None}) >= DISCUSSION or (
        not found.sections
        and (
            front.turns
            or (front.points and (None in decided or any(a.section is None for a in found.actions)))
        )
    ):
        # minutes with no section ("EKR: presentation on changes" from the first line,
        # tls/minutes-90-tls), or a discussion before their first heading: a section of
        # its own, named by their title, else their first short line that is no turn ("TLS
        # Interim Meeting"), else their first turn or point; it holds their decisions and
        # action items too
        heading = front.heading or next(
            (p.text for p in front.points if len(p.text) <= 120 and ":" not in p.text),
            front.turns[0].quote if front.turns else front.points[0].text,
        )
        parts.append(
            _Part(
                heading, heading, None, None, front.points, front.turns, None, decided.get(None, [])
            )
        )
    for n, s in enumerate(found.sections):
        parts.append(
            _Part(s.heading, s.title, s.number, s.day, s.points, s.turns, n, decided.get(n, []))
        )
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
    decisions = [Decision(kind=DecisionKind(d.kind), text=d.text) for d in part.decisions]
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
    parts: list[_Part],
    sections: list[Section],
    document_of: dict[str, str],
    subject_of: dict[int, str],
) -> list[Section]:
    """Answer the sections with each decision given the document it is about (see _about)."""
    made = []
    for part, section in zip(parts, sections, strict=True):
        decided = [
            msgspec.structs.replace(
                decision, document=_about(d.documents, d.section, document_of, subject_of)
            )
            for decision, d in zip(section.decisions, part.decisions, strict=True)
        ]
        made.append(msgspec.structs.replace(section, decisions=decided))
    return made


def _about(
    names: Sequence[str],
    section: int | None,
    document_of: dict[str, str],
    subject_of: dict[int, str],
) -> str | None:
    """Answer the id of the document a decision or action item is about: the first of those it
    names (`names`) that is one, else the one its section is about, else the group's charter
    where it names that ("websockets not in scope of charter", of a section about a draft)."""
    named = [document_of[n.casefold()] for n in names if n.casefold() in document_of]
    drafts = (n for n in named if n != document_of.get(THE_CHARTER))
    own = None if section is None else subject_of.get(section)
    return next(drafts, own or next(iter(named), None))


def _subjects(found: Found, document_of: dict[str, str]) -> dict[int, str]:
    """Answer the id of the document each section about one document is about, by the
    section's index; a section about several ("## C4" over three drafts) is about none
    of them alone."""
    about: dict[int, set[str]] = {}
    for d in found.documents:
        if d.name.casefold() in document_of:
            for n in d.subject_of:
                about.setdefault(n, set()).add(document_of[d.name.casefold()])
    return {n: one for n, ids in about.items() if len(ids) == 1 for one in ids}


def _exchange(turn: importer.Turn, person_id: dict[int, str]) -> Exchange:
    """Answer one turn: the speaker as written without a role written after the name."""
    speaker = turn.speaker if turn.role is None else (turn.name or turn.speaker)
    person = person_id.get(turn.person) if turn.person is not None else None
    form = turn.form if person is not None else SpeechForm.UNATTRIBUTED
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


def _documents(found: Found, key_of: dict[int | None, str], speakers: _Speakers) -> list[Document]:
    """Answer every document the meeting discussed: the other names the minutes call
    it, the stages they state of it, its state (see _state), and what was said of where
    it stands."""
    ids = _Ids()
    made = []
    starts = [part.start for part in found.sections]

    def concluded(start: int) -> bool:
        """Answer whether the words at `start` stand in a section giving a topic's outcome."""
        at = bisect_right(starts, start) - 1
        return at >= 0 and found.sections[at].title.strip(" :").casefold() in CONCLUDING_PARTS

    for n, d in enumerate(d for d in found.documents if d.discussed):
        stages = [
            StageFact(stage=Stage(s.kind), quote=s.quote, date=_written(s.date) if s.date else None)
            for s in d.stages
        ]
        said = [speakers.said(r.quote, r.start) for r in d.remarks]
        place = d.subject_of[0] if d.subject_of else (d.sections[0] if d.sections else None)
        quotes = list(
            dict.fromkeys([d.quote, *(s.quote for s in stages), *(r.quote for r in d.remarks)])
        )
        made.append(
            Document(
                id=ids.new(d.name, f"document-{n}"),
                name=d.name,
                title=d.title if d.title != d.name else None,
                called=_called(d),
                section=key_of[place],
                state=_state(stages, [concluded(s.start) for s in d.stages]),
                stages=stages,
                said=said,
                quotes=quotes,
            )
        )
    return made


class _Speakers:
    """Who said the words at a place in the minutes: the person of the turn there, where the
    minutes give it as that person's own words (Name: words)."""

    def __init__(self, found: Found, person_id: dict[int, str]) -> None:
        turns = [*found.front.turns, *(t for part in found.sections for t in part.turns)]
        self.turns = sorted(
            (t for t in turns if t.person is not None and t.form is SpeechForm.SAID),
            key=lambda t: t.start,
        )
        self.starts = [t.start for t in self.turns]
        self.person_id = person_id

    def said(self, quote: str, start: int) -> Said:
        """Answer `quote`, the words at `start`, as said: by the person whose turn they
        stand in, the speaker's name before them left out, else by no one named."""
        at = bisect_right(self.starts, start) - 1
        turn = self.turns[at] if at >= 0 else None
        if turn is None or turn.person is None or start >= turn.start + len(turn.quote):
            return Said(words=quote)
        prefix = fold(turn.quote[: len(turn.quote) - len(turn.words)])
        words = quote[len(prefix) :].lstrip() if prefix and quote.startswith(prefix) else quote
        return Said(person=self.person_id.get(turn.person), words=words or quote)


def _called(document: importer.Document) -> list[str]:
    """Answer the other names the minutes call a document, each once, as written."""
    names = {document.name.casefold()}
    called = []
    for name in document.also:
        if name.casefold() not in names:
            names.add(name.casefold())
            called.append(name)
    return called


def _state(stages: list[StageFact], concluding: list[bool]) -> str:
    """Answer a document's state: in the words of the latest stage stated in a section that
    gives a topic's outcome ("### Summary and Actions" above "### Discussion": the outcome
    stands first, the talk that led to it after), else of the latest stage stated, else that
    the minutes name it."""
    if not stages:
        return NAMED
    concluded = [stage for stage, outcome in zip(stages, concluding, strict=True) if outcome]
    return _stage_words((concluded or stages)[-1].stage)


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
    found: Found,
    key_of: dict[int | None, str],
    document_of: dict[str, str],
    subject_of: dict[int, str],
    people: list[Person],
    held: dt.date | None,
) -> list[Action]:
    """Answer the action items, with the dates they give, the people they name (by
    any name the minutes write them with, or the first name of a full one no other
    speaker shares), their owner as written, the document each is about (see _about),
    and, for one the minutes list as done, the day they record it so, quoting what says so:
    the meeting's (`held`, None for a meeting of several days or none)."""
    ids = _Ids()
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
        short = label if len(label) <= 3 and label.isalnum() else ""
        made.append(
            Action(
                id=ids.new(short or f"action-{n + 1}", f"action-{n + 1}"),
                section=key_of[a.section],
                kind=kind,
                what=a.text,
                document=_about(a.documents, a.section, document_of, subject_of),
                people=list(
                    dict.fromkeys(
                        person_of[o.casefold()] for o in a.owners if o.casefold() in person_of
                    )
                ),
                owner=a.owner,
                date=_written(date, condition=a.condition) if date else None,
                closes=_written(closes) if closes else None,
                done=held if a.done else None,
                quotes=[a.done, a.quote]
                if a.done and held and a.done not in a.quote
                else [a.quote],
            )
        )
    return made


def to_toml(t: Transcription, source: Path, left: Sequence[str] = ()) -> str:
    """Answer a transcription as the TOML msecwg reads, under a note on where it comes
    from, what to do with it and what was `left` for a person, a paragraph of comment
    lines each.

    Its lines are for people to read and edit: no line is over 100 characters but one
    that holds a single word too long for it (a long string is written as a multi-line
    string whose lines end in a backslash, which leaves its value as it is; a long
    comment goes on over lines that start with "#" and an indent)."""
    data = msgspec.to_builtins(t, builtin_types=(dt.date,))
    note = comment_lines(
        f"Transcription of {source.name}, made by msecwg import from the minutes as written."
    )
    note += (
        "# Every record quotes the minutes; what the minutes do not say is left out. Review it\n"
        "# (states are msecwg's words: set them from the minutes), then: msecwg check FILE\n"
    )
    note += "".join(comment_lines(f"Left for a person: {item}") for item in left)
    lines = [note]
    _table(lines, "", data)
    return "\n".join(lines) + "\n"


_WIDTH = 100
"""The longest line to_toml writes, but for a single word that is longer."""
_INDENT = "  "
_BARE = re.compile(r"[A-Za-z0-9_-]+")
_UNSAFE = re.compile(r'[\x00-\x1f\x7f"\\]')
_BACKSLASH_OR_CONTROL = re.compile(r"[\x00-\x1f\x7f\\]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_QUOTES = re.compile(r'"(?:(?<="")|\Z)')
"""A '"' after another or at the end, which a multi-line string escapes; looked for
from a '"', the only character it can start at."""
_NEXT_WORD = re.compile(r"(?<= )[^ ]")
_STEERING = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ESCAPES = {
    "\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"
}  # fmt: skip

_Table = dict[str, object]


def _table(lines: list[str], path: str, data: _Table, header: str = "") -> None:
    """Add to `lines` a table of TOML under `header` ("[meeting]", "[[people]]"; none
    for the root) whose keys are at `path`: its values first, then its tables."""
    if header:
        lines.append(header)
    tables: list[tuple[str, _Table | list[_Table]]] = []
    for key, value in data.items():
        opening = _opening(key)
        if isinstance(value, str):
            if (
                len(opening) + len(value) + 2 <= _WIDTH
                and '"' not in value
                and "\\" not in value
                and value.isprintable()
            ):
                lines.append(f'{opening}"{value}"')  # most strings: _string's first case
            else:
                lines += _string_lines(opening, value, "")
        elif isinstance(value, list):
            if value and isinstance(value[0], dict):
                tables.append((key, value))
            else:
                lines += _array(opening, value, "")
        elif isinstance(value, dict):
            line = opening + _inline_table(value)
            if len(line) <= _WIDTH and not any(isinstance(v, dict | list) for v in value.values()):
                lines.append(line)  # a date: { day = 2003-08-01, text = "..." }
            else:
                tables.append((key, value))
        else:
            lines.append(opening + _scalar(value))
    for key, value in tables:
        inner = f"{path}.{_key(key)}" if path else _key(key)
        if isinstance(value, dict):
            _table(lines, inner, value, f"\n[{inner}]")
        else:
            header = f"\n[[{inner}]]"
            for element in value:
                _table(lines, inner, element, header)


def _array(opening: str, values: list[object], end: str) -> list[str]:
    """Answer the lines of an array written after `opening` ("key = ", or an array's
    indentation) and followed by `end`: on one line where it fits, else one element
    a line, a long string over several."""
    if len(opening) + sum(len(v) for v in values if isinstance(v, str)) <= _WIDTH:
        line = f"{opening}[{', '.join(map(_scalar, values))}]{end}"  # it may fit
        if len(line) <= _WIDTH:
            return [line]
    indent = opening[: len(opening) - len(opening.lstrip(" "))]
    inner = indent + _INDENT
    made = [f"{opening}["]
    for value in values:
        if isinstance(value, str):
            made += _string_lines(inner, value, ",")
            continue
        line = f"{inner}{_scalar(value)},"
        if len(line) > _WIDTH and isinstance(value, list):
            made += _array(inner, value, ",")
        else:
            made.append(line)
    made.append(f"{indent}]{end}")
    return made


def _string_lines(opening: str, text: str, end: str) -> list[str]:
    """Answer the lines of a string written after `opening` and followed by `end`: one
    line where it fits, else a multi-line string (one line all the same where `text` is
    one word)."""
    if len(opening) + len(text) + len(end) + 2 <= _WIDTH:  # it may fit: quoted at least
        line = f"{opening}{_string(text)}{end}"
        if len(line) <= _WIDTH:
            return [line]
    return _long_string(opening, text, end) or [f"{opening}{_string(text)}{end}"]


def _long_string(opening: str, text: str, end: str) -> list[str] | None:
    """Answer the lines of a multi-line basic string holding exactly `text`, after
    `opening` and followed by `end`: each line but the last ends in a backslash after
    a space, which TOML trims with the line break and the next line's indentation, so
    that a line starts where a word does. None when `text` is one word."""
    plain = "\\" not in text and text.isprintable()  # most text: nothing to escape
    escaped = text if plain else _BACKSLASH_OR_CONTROL.sub(_escape, text)
    if '"' in text:  # escaped where it would make '"""' or end the string
        escaped = _QUOTES.sub('\\\\"', escaped)
    if escaped[:1] == " ":
        escaped = "\\u0020" + escaped[1:]  # a space after the opening would be trimmed
    if " " not in escaped.rstrip(" "):  # one word: no space that a word follows
        return None
    indent = opening[: len(opening) - len(opening.lstrip(" "))] + _INDENT
    room = _WIDTH - len(indent) - 1  # a line and its backslash
    last_room = _WIDTH - len(indent) - 3 - len(end)  # the last line, '"""' and `end`
    made = [f'{opening}"""\\']
    start, size = 0, len(escaped)
    while size - start > last_room:
        cut = _break(escaped, start, start + room)
        if cut is None:
            break
        made.append(f"{indent}{escaped[start:cut]}\\")
        start = cut
    made.append(f'{indent}{escaped[start:]}"""{end}')
    return made


def _break(text: str, start: int, limit: int) -> int | None:
    """Answer where the last line of `text` that starts at `start` and is at most
    `limit` long may end: after a space that a word follows; else after the first
    word however long; None when the rest of `text` is one word."""
    space = text.rfind(" ", start, limit)
    while space > start:
        if space + 1 < len(text) and text[space + 1] != " ":
            return space + 1
        space = text.rfind(" ", start, space)
    found = _NEXT_WORD.search(text, start + 1)
    return found.start() if found else None


def _string(text: str) -> str:
    """Answer text as a TOML string on one line: quoted as it is where it can be,
    else as a literal string where it holds no apostrophe, else escaped."""
    if '"' not in text and "\\" not in text and text.isprintable():
        return f'"{text}"'
    if "'" not in text and _CONTROL.search(text) is None:
        return f"'{text}'"
    return f'"{_UNSAFE.sub(_escape, text)}"'


def _scalar(value: object) -> str:
    """Answer a value as TOML on one line: a string, boolean, integer, date, or an
    inline array or table of them."""
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | dt.date):
        return str(value)
    if isinstance(value, list):
        return f"[{', '.join(map(_scalar, value))}]"
    if isinstance(value, dict):
        return _inline_table(value)
    raise TypeError(f"no TOML for {type(value).__name__}")


def _inline_table(data: _Table) -> str:
    """Answer a table as an inline table of TOML: `{ day = 2003-08-01, text = "..." }`."""
    return "{ " + ", ".join(f"{_key(k)} = {_scalar(v)}" for k, v in data.items()) + " }"


@functools.cache
def _opening(key: str) -> str:
    """Answer what a key's line starts with: `key = `."""
    return f"{_key(key)} = "


def _key(key: str) -> str:
    """Answer a key as TOML writes it: bare where it can be, else quoted."""
    return key if _BARE.fullmatch(key) else _string(key)


def _escape(found: re.Match[str]) -> str:
    """Answer the escape of one character in a TOML basic string."""
    return _ESCAPES.get(found[0]) or f"\\u{ord(found[0]):04x}"


def comment_lines(text: str) -> str:
    """Answer text as a paragraph of TOML comment lines, each ending in a line feed and
    none over 100 characters but one that holds a single word too long for it: "# "
    before the first, "#   " before each that goes on with it. Whitespace is folded (the
    words, joined by a space, are the text), and each character that can steer a
    terminal (control characters, DEL, C1 controls, bidirectional overrides) is written
    as Python writes it ("\\x1b"): a comment has no escapes of its own."""
    words = _STEERING.sub(lambda found: repr(found[0])[1:-1], " ".join(text.split()))
    wrapped = textwrap.wrap(
        words,
        _WIDTH,
        initial_indent="# ",
        subsequent_indent="#   ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "".join(f"{line}\n" for line in wrapped)

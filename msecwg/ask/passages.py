"""Pure questions about the minutes' text and who speaks in it; the minutes come in folded."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import cached_property
from typing import Any

from msecwg.model import Facts, PassageKind, Section, Transcription
from msecwg.rows import (
    DecisionRow,
    DiscussionRow,
    MeetingCount,
    PassageRow,
    PersonRow,
    TopicCount,
    TopicRow,
)
from msecwg.spelling import closest
from msecwg.store.cache import Spoken, spoken
from msecwg.store.reading import Reading, key


def topics(t: Transcription, meeting: str = "") -> list[TopicRow]:
    """Answer the sections of the minutes as topics, with their counts."""
    return [
        TopicRow(
            number=s.number,
            key=s.key,
            title=s.title,
            heading=s.heading,
            aliases=list(s.aliases),
            points=len(s.points),
            decisions=len(s.decisions),
            exchanges=len(s.exchanges),
            meeting=meeting,
            quotes=[s.heading],
        )
        for s in t.sections
    ]


def decisions(t: Transcription, meeting: str = "") -> list[DecisionRow]:
    """Answer the decisions the minutes record, section by section, numbered in that order."""
    found = [(s, d) for s in t.sections for d in s.decisions]
    return [
        DecisionRow(
            section=s.key,
            n=n,
            kind=d.kind,
            document=d.document,
            text=d.text,
            document_name=t.document(d.document).name if d.document else None,
            meeting=meeting,
            quotes=[d.text],
        )
        for n, (s, d) in enumerate(found, start=1)
    ]


class NotFound(LookupError):
    """No name, or more than one, answers to a word: `candidates` it could be, or the closest, else
    every name; found only when asked for (a word one meeting lacks may be in the next)."""

    def __init__(
        self,
        word: str,
        candidates: list[str] | Callable[[], list[str]],
        ambiguous: bool,
        every: Callable[[], list[str]] | None = None,
    ) -> None:
        super().__init__(word)
        self.word = word
        self._candidates = candidates
        self._every = every
        self.ambiguous = ambiguous

    @cached_property
    def closest(self) -> list[str]:
        """Answer the names closest to the word (those it could be, when ambiguous)."""
        return self._candidates() if callable(self._candidates) else self._candidates

    @property
    def candidates(self) -> list[str]:
        """Answer the closest names, or, when none is close, every name there is."""
        return self.closest or (self._every() if self._every else [])


def resolve(word: str, names: dict[str, str]) -> str:
    """Answer the id `word` names in `names` (key -> id): exactly, or by a unique id prefix."""
    wanted = key(word)
    if wanted in names:
        return names[wanted]
    by_prefix = sorted({i for name, i in names.items() if wanted and name.startswith(wanted)})
    if len(by_prefix) == 1:
        return by_prefix[0]
    if by_prefix:
        raise NotFound(word, by_prefix, ambiguous=True)

    def near() -> list[str]:
        return list(dict.fromkeys(names[c] for c in closest(wanted, names)[:3]))

    raise NotFound(word, near, ambiguous=False, every=lambda: sorted(set(names.values())))


def find_section(t: Transcription, topic: str) -> Section:
    """Answer the section a topic names: by number, key or alias, any case, or a unique prefix."""
    listed = {str(n): s for n, s in enumerate(t.sections, start=1)}
    if topic.strip() in listed:
        return listed[topic.strip()]
    named = {key(n): s.key for s in t.sections for n in (s.key, *s.aliases)}
    return t.section(resolve(topic, named))


def speaker_names(t: Transcription, facts: Facts | None = None) -> dict[str, str]:
    """Answer every name a person goes by, looked-up, mapped to their id: the name, each spelling,
    each part of the name no one else's has, and each part of the full name the facts give."""
    names = {key(p.name): p.id for p in t.people}
    for s in t.sections:
        for e in s.exchanges:
            if e.person:
                names.setdefault(key(e.speaker), e.person)
    parts: dict[str, set[str]] = {}
    for p in t.people:
        words = re.findall(r"[^\s.,]+", p.name)
        for part in words if len(words) > 1 else []:
            parts.setdefault(key(part), set()).add(p.id)
    for part, ids in parts.items():
        if len(ids) == 1:
            names.setdefault(part, next(iter(ids)))
    for fact in facts.people if facts else []:
        for part in re.findall(r"[^\s.,]+", fact.full_name):
            names.setdefault(key(part), fact.person)
    return names


def person_named(t: Transcription, word: str, facts: Facts | None = None) -> str:
    """Answer the id of the person a word names, a role after the name or not; else NotFound."""
    names = speaker_names(t, facts)
    try:
        return resolve(word, names)
    except NotFound:
        bare = re.sub(r"\s+\([^)]*\)$", "", word.strip())  # "Lakshminath (as co-chair)"
        if bare == word.strip():
            raise
        return resolve(bare, names)


def discussion(
    t: Transcription, section: Section, person_ids: Sequence[str] | None = None, meeting: str = ""
) -> list[DiscussionRow]:
    """Answer a section's points, decisions, then exchanges (with `person_ids`, only theirs)."""
    exchanges = [
        DiscussionRow(
            section=section.key, kind=PassageKind.EXCHANGE, n=n,
            speaker=t.person(e.person).name if e.person else None, as_written=e.speaker,
            role=e.role, certain=e.certain, form=e.form, cut_off=e.cut_off, text=e.words,
            meeting=meeting, quotes=list(e.quotes)
        )
        for n, e in enumerate(section.exchanges, start=1)
        if person_ids is None or e.person in person_ids
    ]  # fmt: skip
    if person_ids:
        return exchanges
    told = [(PassageKind.POINT, text) for text in section.points]
    told += [(PassageKind.DECISION, d.text) for d in section.decisions]
    return [
        DiscussionRow(
            section=section.key, kind=kind, n=n, text=text, meeting=meeting, quotes=[text]
        )
        for n, (kind, text) in enumerate(told, start=1)
    ] + exchanges


def terms(words: str) -> list[str]:
    """Answer what a search looks for: each word, and each phrase in quotes ("" or “”) whole."""
    written = re.findall(r'["“”]([^"“”]*)(?:["“”]|$)|([^\s"“”]+)', words)
    return [term for phrase, word in written if (term := " ".join((phrase or word).split()))]


def search(found: list[PassageRow], words: str) -> list[PassageRow]:
    """Answer the passages that hold every term, in any case, accents or none, within words too."""
    wanted = [" ".join(key(term).split()) for term in terms(words)]
    texts = ((p, key(p.text)) for p in (found if wanted else []))
    return [p for p, text in texts if all(term in text for term in wanted)]


def of_person(t: Transcription, ids: Sequence[str], reading: Reading) -> list[PassageRow]:
    """Answer one person's passages (by their ids), in order: exchanges and those naming them."""
    names = {t.person(i).name for i in ids}
    named = {n for i in ids for n in reading.named[i]}
    return [
        p
        for n, p in enumerate(reading.passages)
        if n in named or (p.where is PassageKind.EXCHANGE and p.speaker in names)
    ]


OUTSIDE = [field for field in PersonRow.__struct_fields__ if field.startswith("outside_")]
"""The fields of a person's row that tell who they are from outside the minutes (PersonFact's)."""


def people(
    t: Transcription,
    facts: Facts | None,
    named: dict[str, list[int]],
    meeting: str = "",
    ref: Callable[[str], str] = str,
    only: Collection[str] | None = None,
    said: dict[str, Spoken] | None = None,
) -> list[PersonRow]:
    """Answer everyone the minutes name (with `only`, those ids): spellings, role, turns by topic
    (doubted apart), passages and items naming them, and who each is from `facts`."""
    outside = {f.person: f for f in facts.people} if facts else {}
    said = spoken(t) if said is None else said
    items: dict[str, list[str]] = {p.id: [] for p in t.people}
    for a in t.items:
        for person in a.people:
            items[person].append(a.id)
    rows = []
    for p in t.people if only is None else (p for p in t.people if p.id in only):
        of = said[p.id]
        exchanges = sum(of.by_topic.values())
        mentions = len(named[p.id])
        fact = outside.get(p.id)
        told: dict[str, Any] = {
            f: getattr(fact, f.removeprefix("outside_")) if fact else None for f in OUTSIDE
        }
        rows.append(
            PersonRow(
                id=p.id,
                name=p.name,
                role=p.role,
                spellings=list(of.spellings),
                exchanges=exchanges,
                by_topic=[
                    TopicCount(topic=k, exchanges=n, meeting=meeting)
                    for k, n in of.by_topic.items()
                ],
                by_meeting=[MeetingCount(meeting=meeting, exchanges=exchanges, mentions=mentions)]
                if meeting
                else [],
                mentions=mentions,
                items=[ref(i) for i in items[p.id]],
                uncertain=of.uncertain,
                **told,
                quotes=list(p.quotes),
            )
        )
    return rows

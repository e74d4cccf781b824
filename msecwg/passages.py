"""Pure questions about the minutes' text and who speaks in it: topics, discussions,
people, and the passages of the whole minutes that search and `people NAME` read.
No I/O; the minutes come in as text, whitespace folded."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence

import msgspec

from msecwg.locate import automaton, words_in
from msecwg.model import Facts, PassageKind, Section, Transcription
from msecwg.rows import DiscussionRow, PassageRow, PersonRow, TopicCount, TopicRow
from msecwg.spelling import closest
from msecwg.validate import fold

# Separators and bullets at the edges of a passage: runs of dashes, as the
# minutes underline headings and begin summary points.
_LEADING = re.compile(r"^(?:-+\s+)+")
_TRAILING = re.compile(r"(?:\s+-+)+$")
_WORDY = re.compile(r"[^\W_]")  # a letter or digit


def topics(t: Transcription) -> list[TopicRow]:
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
            quotes=[s.heading],
        )
        for s in t.sections
    ]


class NotFound(LookupError):
    """No name, or more than one, answers to a word. `candidates` are the names it could
    be (ambiguous), or the closest, else every name there is; found only when asked
    for, since a word one meeting lacks may be in the next."""

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

    @property
    def closest(self) -> list[str]:
        """Answer the names closest to the word (those it could be, when ambiguous)."""
        if callable(self._candidates):
            self._candidates = self._candidates()
        return self._candidates

    @property
    def candidates(self) -> list[str]:
        """Answer the closest names, or, when none is close, every name there is."""
        return self.closest or (self._every() if self._every else [])


def key(text: str) -> str:
    """Answer a name as it is looked up: in any case, accents taken off ("sébastien" and
    "Sebastien" are one)."""
    folded = text.strip().casefold()
    if folded.isascii():  # nothing to decompose
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def resolve(word: str, names: dict[str, str]) -> str:
    """Answer the id that `word` names in `names` (looked-up name -> id): by exact name
    in any case and without accents, or by a prefix that leads to one id.

    Raises NotFound with the ids of the closest names when none or several match.
    """
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


def topic_names(t: Transcription) -> dict[str, str]:
    """Answer every name a section goes by (key and aliases, looked-up) mapped to its key."""
    return {key(name): s.key for s in t.sections for name in (s.key, *s.aliases)}


def find_section(t: Transcription, topic: str) -> Section:
    """Answer the section a topic names: by the number it is listed under, by key or
    alias, in any case, or by a unique prefix."""
    listed = {str(n): s for n, s in enumerate(t.sections, start=1)}
    if topic.strip() in listed:
        return listed[topic.strip()]
    found = resolve(topic, topic_names(t))
    return next(s for s in t.sections if s.key == found)


def _without_role(word: str) -> str:
    """Answer a speaker as written without a role after the name: "Lakshminath (as
    co-chair)" is Lakshminath; "Lakshminath(?)" keeps its mark."""
    return re.sub(r"\s+\([^)]*\)$", "", word.strip())


def speaker_names(t: Transcription, facts: Facts | None = None) -> dict[str, str]:
    """Answer every name a person goes by, looked-up, mapped to the person's id: the name
    the minutes use, each spelling as written, each part of the name the minutes use
    that no one else's name has ("thomson" of "Martin Thomson"), and, from the facts
    outside the minutes, each part of the full name."""
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
    """Answer the id of the person a word names, with or without a role written after
    the name. Raises NotFound as `resolve` does."""
    names = speaker_names(t, facts)
    try:
        return resolve(word, names)
    except NotFound:
        if _without_role(word) == word.strip():
            raise
        return resolve(_without_role(word), names)


def discussion(
    t: Transcription, section: Section, person_id: str | Sequence[str] | None = None
) -> list[DiscussionRow]:
    """Answer a section's summary points, decisions, then its exchanges, in order; with a
    person (by id, or the ids of one person's records), only that person's exchanges."""
    wanted = {person_id} if isinstance(person_id, str) else set(person_id or ())
    exchanges = [
        DiscussionRow(
            section=section.key, kind=PassageKind.EXCHANGE, n=n,
            speaker=t.person(e.person).name if e.person else None, as_written=e.speaker,
            role=e.role, certain=e.certain, form=e.form, cut_off=e.cut_off, text=e.words,
            quotes=list(e.quotes),
        )
        for n, e in enumerate(section.exchanges, start=1)
        if person_id is None or e.person in wanted
    ]  # fmt: skip
    if person_id:
        return exchanges
    told = [(PassageKind.POINT, text) for text in section.points]
    told += [(PassageKind.DECISION, d.text) for d in section.decisions]
    others = [
        DiscussionRow(
            section=section.key, kind=kind, n=n, speaker=None, as_written=None, role=None,
            certain=None, form=None, cut_off=None, text=text, quotes=[text],
        )
        for n, (kind, text) in enumerate(told, start=1)
    ]  # fmt: skip
    return others + exchanges


class _Mark(msgspec.Struct, frozen=True):
    """Where a passage of the minutes begins, and what begins there."""

    at: int
    where: PassageKind
    section: str | None
    ref: str | None
    speaker: str | None


def _marks(t: Transcription, minutes: str) -> Iterator[_Mark]:
    """Yield where each record of the transcription begins in the (folded) minutes: the
    opening's sentences, then each section's heading, points, exchanges and action items,
    each looked for from its section's heading on."""
    for quote in t.meeting.quotes:
        at = minutes.find(fold(quote))
        if at >= 0:
            yield _Mark(at, PassageKind.OPENING, None, None, None)
    cursor = 0
    for s in t.sections:
        start = minutes.find(fold(s.heading), cursor)
        if start < 0:
            continue
        cursor = start + 1
        yield _Mark(start, PassageKind.HEADING, s.key, None, None)
        starts: list[tuple[str, PassageKind, str | None, str | None]] = [
            (point, PassageKind.POINT, str(n), None) for n, point in enumerate(s.points, 1)
        ]
        for n, e in enumerate(s.exchanges, 1):
            name = t.person(e.person).name if e.person else None
            starts.append((e.quotes[0], PassageKind.EXCHANGE, str(n), name))
        starts += [
            (a.quotes[0], PassageKind.ACTION, a.id, None) for a in t.actions if a.section == s.key
        ]
        for text, where, ref, speaker in starts:
            at = minutes.find(fold(text), start)
            if at >= 0:
                yield _Mark(at, where, s.key, ref, speaker)


def passages(t: Transcription, minutes: str) -> list[PassageRow]:
    """Answer the whole minutes (whitespace folded) cut into passages, each from where a
    record begins to where the next one does, verbatim but for the dashes that underline
    headings and begin points at its edges; each says where it stands."""
    marks = sorted({m.at: m for m in _marks(t, minutes)}.values(), key=lambda m: m.at)
    if not marks or marks[0].at > 0:
        marks.insert(0, _Mark(0, PassageKind.OPENING, None, None, None))
    found = []
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        end = following.at if following else len(minutes)
        text = minutes[mark.at : end].strip()
        if text.startswith("-"):
            text = _LEADING.sub("", text)
        if text.endswith("-"):
            text = _TRAILING.sub("", text)
        if _WORDY.search(text):
            found.append(
                PassageRow(
                    section=mark.section, where=mark.where, ref=mark.ref,
                    speaker=mark.speaker, text=text, quotes=[text],
                )
            )  # fmt: skip
    return found


def search(found: list[PassageRow], words: str) -> list[PassageRow]:
    """Answer the passages that hold the words, in any case."""
    wanted = key(words)
    return [p for p in found if wanted in key(p.text)]


def spellings(t: Transcription) -> dict[str, set[str]]:
    """Answer every way the minutes write each person (by id): the name they use, and
    each spelling as written on their exchanges."""
    written = {p.id: {p.name} for p in t.people}
    for s in t.sections:
        for e in s.exchanges:
            if e.person:
                written[e.person].add(e.speaker)
    return written


class Reading(msgspec.Struct, frozen=True, array_like=True):
    """The minutes read once: cut into passages (`passages`), and, for each person (by
    id), the passages that name them other than their own exchanges, by their place."""

    passages: list[PassageRow]
    named: dict[str, list[int]]

    def naming(self, person_id: str) -> list[PassageRow]:
        """Answer the passages that name a person, other than the person's own exchanges."""
        return [self.passages[n] for n in self.named[person_id]]


def read(t: Transcription, minutes: str) -> Reading:
    """Answer the minutes (whitespace folded) read: their passages, and who each names."""
    found = passages(t, minutes)
    return Reading(found, mentioned(t, found))


def mentioned(t: Transcription, found: list[PassageRow]) -> dict[str, list[int]]:
    """Answer, for each person (by id), the places in `found` of the passages that name
    them, by the name the minutes use or a spelling as written, in any case, other than
    their own exchanges; the passages are read once for everyone."""
    owners: dict[str, set[str]] = {}
    for person, names in spellings(t).items():
        for name in names:
            owners.setdefault(name.casefold(), set()).add(person)
    names = automaton(owners)
    named: dict[str, list[int]] = {p.id: [] for p in t.people}
    for n, passage in enumerate(found):
        for name in words_in(names, passage.text.casefold()):
            for person in owners[name]:
                own = (
                    passage.where is PassageKind.EXCHANGE
                    and passage.speaker == t.person(person).name
                )
                if not own and (not named[person] or named[person][-1] != n):
                    named[person].append(n)
    return named


def of_person(
    t: Transcription, person_id: str | Sequence[str], reading: Reading
) -> list[PassageRow]:
    """Answer the passages of one person (by id, or the ids of one person's records), in
    the minutes' order: their exchanges, and the other passages that name them."""
    ids = [person_id] if isinstance(person_id, str) else list(person_id)
    names = {t.person(i).name for i in ids}
    named = {n for i in ids for n in reading.named[i]}
    return [
        p
        for n, p in enumerate(reading.passages)
        if n in named or (p.where is PassageKind.EXCHANGE and p.speaker in names)
    ]


def people(t: Transcription, facts: Facts | None, named: dict[str, list[int]]) -> list[PersonRow]:
    """Answer everyone the minutes name: the spellings seen, the role they give, the
    exchanges per topic (those attributed with doubt counted apart), the other passages
    that name them and the items they are named
    in (`named`: the places of the passages naming each, Reading.named); and, apart, who
    each is from `facts`."""
    outside = {f.person: f for f in facts.people} if facts else {}
    written: dict[str, list[str]] = {p.id: [] for p in t.people}
    topics: dict[str, dict[str, int]] = {p.id: {} for p in t.people}
    doubted: dict[str, int] = {p.id: 0 for p in t.people}
    for s in t.sections:
        for e in s.exchanges:
            if e.person:
                if e.speaker not in written[e.person]:
                    written[e.person].append(e.speaker)
                if not e.certain:
                    doubted[e.person] += 1
                    continue
                topics[e.person][s.key] = topics[e.person].get(s.key, 0) + 1
    items: dict[str, list[str]] = {p.id: [] for p in t.people}
    for a in t.items:
        for person in a.people:
            items[person].append(a.id)
    rows = []
    for p in t.people:
        by_topic = topics[p.id]
        fact = outside.get(p.id)
        rows.append(
            PersonRow(
                id=p.id,
                name=p.name,
                spellings=written[p.id],
                role=p.role,
                exchanges=sum(by_topic.values()),
                by_topic=[TopicCount(topic=k, exchanges=n) for k, n in by_topic.items()],
                mentions=len(named[p.id]),
                items=items[p.id],
                uncertain=doubted[p.id],
                outside_full_name=fact.full_name if fact else None,
                outside_affiliation=fact.affiliation if fact else None,
                outside_role=fact.role if fact else None,
                outside_note=fact.note if fact else None,
                outside_source=fact.source if fact else None,
                outside_confidence=fact.confidence if fact else None,
                quotes=list(p.quotes),
            )
        )
    return rows

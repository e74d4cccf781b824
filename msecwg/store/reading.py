"""The minutes read once for a transcription: cut into passages, and who each passage names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import msgspec

from msecwg.model import PassageKind, Transcription
from msecwg.rows import PassageRow
from msecwg.store.locate import automaton, words_in
from msecwg.store.validate import WORDY, fold

# Runs of dashes at the edges of a passage: the minutes' underlines and bullets.
_LEADING = re.compile(r"^(?:-+\s+)+")
_TRAILING = re.compile(r"(?:\s+-+)+$")


def key(text: str) -> str:
    """Answer a name as it is looked up: in any case, accents taken off."""
    folded = text.strip().casefold()
    if folded.isascii():  # nothing to decompose
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    accents = [ord(c) for c in set(decomposed) if unicodedata.combining(c)]
    return decomposed.translate(dict.fromkeys(accents)) if accents else decomposed


class _Mark(msgspec.Struct, frozen=True):
    """Where a passage of the minutes begins, and what begins there."""

    at: int
    where: PassageKind
    section: str | None
    ref: str | None
    speaker: str | None


def _marks(t: Transcription, minutes: str) -> Iterator[_Mark]:
    """Yield where each record begins in the folded minutes, each section's from its heading on."""
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
    """Answer the folded minutes cut at each record's start, verbatim but for edge dashes."""
    marks = sorted({m.at: m for m in _marks(t, minutes)}.values(), key=lambda m: m.at)
    if not marks or marks[0].at > 0:
        marks.insert(0, _Mark(0, PassageKind.OPENING, None, None, None))
    found = []
    for mark, end in zip(marks, [*(m.at for m in marks[1:]), len(minutes)], strict=True):
        text = minutes[mark.at : end].strip()
        if text.startswith("-"):
            text = _LEADING.sub("", text)
        if text.endswith("-"):
            text = _TRAILING.sub("", text)
        if WORDY.search(text):
            found.append(
                PassageRow(
                    section=mark.section, where=mark.where, ref=mark.ref,
                    speaker=mark.speaker, text=text, quotes=[text],
                )
            )  # fmt: skip
    return found


def spellings(t: Transcription) -> dict[str, set[str]]:
    """Answer every way the minutes write each person (by id)."""
    written = {p.id: {p.name} for p in t.people}
    for s in t.sections:
        for e in s.exchanges:
            if e.person:
                written[e.person].add(e.speaker)
    return written


# Roles written in brackets after a name, not a short name for it: "Lars (chair)".
_ROLES = frozenset({"ad", "ads", "chair", "chairs", "editor", "editors", "scribe", "iab"})
_NAME_WORD = r"[^\W\d_][\w.'\u2019-]*"
_DECLARED = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})[ \t]*\((?P<alias>[^\W\d_]{{2,4}})\)"
)
_BRACKETED = re.compile(r"\([^\W\d_]{2,4}\)")  # what every name declared in brackets has
_LEGEND = re.compile(
    r"\W*\[?(?P<alias>[^\W\d_]{2,4})\]?[ \t]*[:=][ \t]*(?P<name>[^\W\d_][^:=()\[\]]*?)\W*"
)

Declared = tuple[str, str, str]
"""A short name declared: the person's name and the short name, looked-up, and the words."""


def declared(t: Transcription) -> list[Declared]:
    """Answer each short name the minutes declare for a person ("Eric Rescorla (EKR)")."""
    written = spellings(t)
    found = []
    for p in t.people:
        own = {key(s) for s in written[p.id]}
        for text in dict.fromkeys([*sorted(written[p.id]), *p.quotes]):
            for name, alias, words in _declarations(text):
                if key(name) in own and _short_for(alias, name):
                    found.append((key(p.name), key(alias), words))
    return found


def _declarations(text: str) -> Iterator[tuple[str, str, str]]:
    """Yield each name and short name a text ties ("Name (SN)", "[SN]: Name"), with the words."""
    legend = _LEGEND.fullmatch(text) if ":" in text or "=" in text else None
    if legend:
        yield legend["name"], legend["alias"], text.strip()
    for match in _DECLARED.finditer(text) if _BRACKETED.search(text) else ():
        words = match["name"].split()
        for n in range(len(words)):
            yield " ".join(words[n:]), match["alias"], f"{' '.join(words[n:])} ({match['alias']})"


def _short_for(alias: str, name: str) -> bool:
    """Answer whether a word in brackets is a short name for the name before it, not a role."""
    return (
        (alias.isupper() or alias.islower())
        and alias.lower() not in _ROLES
        and alias[:1].lower() == name[:1].lower()
    )


class Reading(msgspec.Struct, frozen=True, array_like=True):
    """The minutes read once: passages, where each person is named, short names and spellings."""

    passages: list[PassageRow]
    named: dict[str, list[int]]
    declared: list[Declared]
    spelt: dict[str, list[str]]


def reading_of(t: Transcription, minutes: str) -> Reading:
    """Answer the minutes (whitespace folded) read: their passages, and who each names."""
    found = passages(t, minutes)
    spelt = {person: sorted(names) for person, names in spellings(t).items()}
    return Reading(found, mentioned(t, found), declared(t), spelt)


def mentioned(t: Transcription, found: list[PassageRow]) -> dict[str, list[int]]:
    """Answer, for each person (by id), the places of the passages naming them (not their own)."""
    owners: dict[str, set[str]] = {}
    for person, names in spellings(t).items():
        for name in names:
            owners.setdefault(name.casefold(), set()).add(person)
    names = automaton(owners)
    named: dict[str, list[int]] = {p.id: [] for p in t.people}
    for n, passage in enumerate(found):
        speaker = passage.speaker if passage.where is PassageKind.EXCHANGE else None
        naming = words_in(names, passage.text.casefold())
        for person in {person for name in naming for person in owners[name]}:
            if t.person(person).name != speaker:
                named[person].append(n)
    return named

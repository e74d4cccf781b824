"""The rules a transcription keeps, in `msecwg check`'s order (1. structure, 2. quotes, 3. dates
as written, 4. facts from outside the minutes), as pure functions yielding "field: reason"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

from msecwg.dates import FIRST_YEAR, LAST_YEAR, brief, count, long_date, written_date_problems
from msecwg.model import Action, Facts, Record, SpeechForm, Transcription, WrittenDate
from msecwg.store.locate import present

T = TypeVar("T")


# 1. Structure.
def structure(t: Transcription) -> Iterator[str]:
    """Yield each repeated id, broken reference, misattributed exchange and backward window."""
    yield from repeated_ids(t)
    yield from broken_references(t)
    yield from misattributed_exchanges(t)
    yield from windows_closing_before_they_open(t)


def repeated_ids(t: Transcription) -> Iterator[str]:
    """Yield each id (or topic name) used more than once among records of one kind."""
    for kind, ids in (
        ("people", [p.id for p in t.people]),
        ("documents", [d.id for d in t.documents]),
        ("actions and follow_ups", [a.id for a in t.items]),
        ("sections", [s.key for s in t.sections] + [a for s in t.sections for a in s.aliases]),
    ):
        for value, n in Counter(ids).items():
            if n > 1:
                yield f"{kind}: the id or name {brief(value)} is used {n} times"


def misattributed_exchanges(t: Transcription) -> Iterator[str]:
    """Yield each exchange whose person and form disagree, and each without words not cut off."""
    for i, s in enumerate(t.sections):
        for j, e in enumerate(s.exchanges):
            if (e.form is SpeechForm.UNATTRIBUTED) != (e.person is None):
                yield (
                    f"sections[{i}].exchanges[{j}]: an exchange has a person unless its "
                    "form is 'unattributed'"
                )
            if not e.words.strip() and not e.cut_off:
                yield (
                    f"sections[{i}].exchanges[{j}].words: holds no words; only a turn the "
                    "minutes cut off may (cut_off = true)"
                )


def windows_closing_before_they_open(t: Transcription) -> Iterator[str]:
    """Yield each item whose Last Call closes before the day it is announced."""
    for field, a in items(t):
        if a.date is not None and a.closes is not None and a.closes.last < a.date.day:
            yield (
                f"{field}.closes: {long_date(a.closes.day)} is before {long_date(a.date.day)}, "
                "the day it opens; a Last Call closes on or after it opens"
            )


def _unknown(field: str, value: str | None, known: set[str], what: str) -> Iterator[str]:
    """Yield the problem of a reference to something unknown, naming (some of) what is known."""
    if value is not None and value not in known:
        names = sorted(known)
        listed = ", ".join(names[:12]) + (f" and {len(names) - 12} more" if len(names) > 12 else "")
        yield f"{field}: unknown {what} {brief(value)} (known: {listed or 'none'})"


def items(t: Transcription) -> Iterator[tuple[str, Action]]:
    """Yield each action item and follow-up with its field ("actions[0]")."""
    yield from _listed("actions", t.actions)
    yield from _listed("follow_ups", t.follow_ups)


def broken_references(t: Transcription) -> Iterator[str]:
    """Yield each reference to a section, document, person or session there is not."""
    people = {p.id for p in t.people}
    documents = {d.id for d in t.documents}
    sections = {s.key for s in t.sections}
    for i, d in enumerate(t.documents):
        yield from _unknown(f"documents[{i}].section", d.section, sections, "section")
        for j, said in enumerate(d.said):
            yield from _unknown(f"documents[{i}].said[{j}].person", said.person, people, "person")
    for i, r in enumerate(t.references):
        yield from _unknown(f"references[{i}].section", r.section, sections, "section")
    for field, a in items(t):
        yield from _unknown(f"{field}.section", a.section, sections, "section")
        yield from _unknown(f"{field}.document", a.document, documents, "document")
        for j, person in enumerate(a.people):
            yield from _unknown(f"{field}.people[{j}]", person, people, "person")
    sessions = max(len(t.meeting.sessions), 1)
    for i, s in enumerate(t.sections):
        if s.session is not None and not 1 <= s.session <= sessions:
            held = count(sessions, "session")
            yield f"sections[{i}].session: the meeting has {held}, not {s.session}"
        for field, decision in _listed(f"sections[{i}].decisions", s.decisions, ".document"):
            yield from _unknown(field, decision.document, documents, "document")
        for j, e in enumerate(s.exchanges):
            yield from _unknown(f"sections[{i}].exchanges[{j}].person", e.person, people, "person")


# 2. Quotes.
@lru_cache(maxsize=1 << 16)  # passages are folded again and again; a run's memory stays bounded
def fold(text: str) -> str:
    """Answer the text with every run of whitespace folded to one space."""
    return " ".join(text.split())


def quotes(t: Transcription, minutes: str, known: set[str] | None = None) -> Iterator[str]:
    """Yield each passage not in the folded minutes or too short, and each restatement unheld."""
    passages = list(_passages(t))
    folded = [fold(p) for _, p in passages]
    restated = list(_restated(t))
    known = set() if known is None else known
    # The minutes' order: the opening's passages and the sections' (the last), then the rest.
    opening = len(t.meeting.quotes)
    sections = len(passages) - sum(field.startswith("sections[") for field, _ in passages)
    wanted = folded[:opening] + folded[sections:] + folded[opening:sections]
    known |= _found(minutes, list(dict.fromkeys(w for w in wanted if w not in known)), restated)
    for (field, passage), f in zip(passages, folded, strict=True):
        if not passage.strip():
            yield f"{field}: holds no words; a quote is words of the minutes"
        elif _is_quote(field) and not long_enough(f):
            yield (
                f"{field}: {brief(passage)} is too short to show where the minutes say it; "
                "quote the words of the minutes around it (two characters or more, a letter "
                "or digit among them)"
            )
        elif f not in known:
            yield f"{field}: not in the minutes: {brief(passage)}"
    for record, name, words, _, held in restated:
        if not held:
            where = "its heading" if name == "title" else "the record's quotes"
            yield f"{record}.{name}: not in {where}: {brief(words)}"


def _found(minutes: str, wanted: list[str], restated: list[Restated]) -> set[str]:
    """Answer which passages wanted (folded) are in the minutes."""
    within: dict[str, list[str]] = {}
    for _, _, _, folded, held in restated:
        if folded:
            within.setdefault(folded, []).extend(held)
    found, rest = _in_order(minutes, [w for w in wanted if w not in within])
    found |= present(minutes, rest)
    implied = {w for w in wanted if w in within and any(q in found for q in within[w])}
    return found | implied | present(minutes, {w for w in wanted if w in within} - implied)


LOOKED = 16  # at most how many times the minutes' length _in_order looks through
NEAR = 512  # how far from the passage before a passage is first looked for


def _in_order(minutes: str, passages: list[str]) -> tuple[set[str], list[str]]:
    """Answer the passages found each near the one before, and those left when LOOKED runs out."""
    budget = LOOKED * len(minutes)
    found: set[str] = set()
    rest: list[str] = []
    at = 0
    for passage in passages:
        where, width = -1, NEAR
        while where < 0 and budget > 0 and passage:
            where = minutes.find(passage, at, at + width + len(passage))
            if where < 0:
                where = minutes.rfind(passage, max(at - width, 0), at + len(passage))
            looked = min(width, len(minutes) - at) + min(width, at)
            budget -= looked if where < 0 else abs(where - at) + len(passage)
            if at - width <= 0 and at + width >= len(minutes):
                break
            width *= 2
        if where < 0:
            rest.append(passage)
        else:
            found.add(passage)
            at = where
    return found, rest


WORDY = re.compile(r"[^\W_]")  # a letter or digit (str.isalnum)


def long_enough(quote: str) -> bool:
    """Answer whether a quote can show where: two characters or more, one a letter or digit."""
    folded = fold(quote)
    return len(folded) > 1 and (folded[0].isalnum() or WORDY.search(folded) is not None)


def _is_quote(field: str) -> bool:
    """Answer whether a field is a record's quote, not words it restates or a heading."""
    last = field.rsplit(".", 1)[-1]
    return last == "quote" or last.startswith("quotes[")


def _listed(field: str, values: Iterable[T], after: str = "") -> Iterator[tuple[str, T]]:
    """Yield each value with its field: "field[j]" and what follows it."""
    for j, value in enumerate(values):
        yield f"{field}[{j}]{after}", value


def _passages(t: Transcription) -> Iterator[tuple[str, str]]:
    """Yield each verbatim passage of the transcription with its field, in file order."""
    yield from _listed("meeting.quotes", t.meeting.quotes)
    for i, p in enumerate(t.people):
        yield from _listed(f"people[{i}].quotes", p.quotes)
    for i, d in enumerate(t.documents):
        yield from _listed(f"documents[{i}].said", (said.words for said in d.said), ".words")
        yield from _listed(f"documents[{i}].quotes", d.quotes)
        yield from _listed(f"documents[{i}].called", d.called)
        yield from _listed(f"documents[{i}].stages", (stage.quote for stage in d.stages), ".quote")
    for i, r in enumerate(t.references):
        yield from _listed(f"references[{i}].quotes", r.quotes)
    for field, a in items(t):
        yield from _listed(f"{field}.quotes", a.quotes)
    for i, s in enumerate(t.sections):  # last: see quotes
        yield f"sections[{i}].heading", s.heading
        yield from _listed(f"sections[{i}].points", s.points)
        yield from _listed(f"sections[{i}].decisions", (d.text for d in s.decisions), ".text")
        for j, e in enumerate(s.exchanges):
            if e.words:  # a turn cut off before its first word has none
                yield f"sections[{i}].exchanges[{j}].words", e.words
            yield from _listed(f"sections[{i}].exchanges[{j}].quotes", e.quotes)


DATE_WORDS = ("text", "condition", "tentative")


def _restatements(
    t: Transcription,
) -> Iterator[tuple[str, Record | None, tuple[str, ...], list[str]]]:
    """Yield each record restating the minutes: field, record, restating names, quotes (folded)."""
    m = t.meeting
    opening = list(map(fold, m.quotes))
    yield "meeting.date", m.date, DATE_WORDS, opening
    for j, session in enumerate(m.sessions):
        yield f"meeting.sessions[{j}]", session, DATE_WORDS, opening
    for field, a in items(t):
        held = list(map(fold, a.quotes))
        yield f"{field}.date", a.date, DATE_WORDS, held
        yield f"{field}.closes", a.closes, DATE_WORDS, held
        yield field, a, ("people_role", "owner"), held
    for i, d in enumerate(t.documents):
        for j, stage in enumerate(d.stages):
            yield f"documents[{i}].stages[{j}].date", stage.date, DATE_WORDS, [fold(stage.quote)]
    for i, s in enumerate(t.sections):
        yield f"sections[{i}]", s, ("title",), [fold(s.heading)]
        for j, e in enumerate(s.exchanges):
            held = list(map(fold, e.quotes))
            yield f"sections[{i}].exchanges[{j}]", e, ("words", "speaker", "role"), held


Restated = tuple[str, str, str, str, list[str]]
"""A restating field (its record's field, its name), its words, folded, and quotes holding them."""


def _restated(t: Transcription) -> Iterator[Restated]:
    """Yield each restating field, its words folded, and those of its quotes that hold them."""
    for field, record, names, held in _restatements(t):
        for name in names if record is not None else ():
            words = getattr(record, name)
            if words is not None:
                folded = fold(words)
                yield field, name, words, folded, [q for q in held if folded in q]


# 3. Dates as written.
def written_dates(t: Transcription) -> Iterator[str]:
    """Yield each date as written that names another day, and each outside the years shown."""
    for field, written, _, _ in _restatements(t):
        if not isinstance(written, WrittenDate):
            continue
        if not FIRST_YEAR <= written.day.year <= LAST_YEAR:
            yield (
                f"{field}.day: {written.day.isoformat()} is outside the years msecwg shows "
                f"({FIRST_YEAR} to {LAST_YEAR})"
            )
            continue
        for problem in written_date_problems(written.text, written.day, written.precision):
            yield f"{field}.text: {problem}"


# 4. Facts from outside the minutes.
def facts(outside: Facts, t: Transcription) -> Iterator[str]:
    """Yield each fact about what the transcription does not name, repeated, or unsourced."""
    for kind, ids, known in (
        ("people", [f.person for f in outside.people], {p.id for p in t.people}),
        ("documents", [f.document for f in outside.documents], {d.id for d in t.documents}),
    ):
        seen: set[str] = set()
        for i, value in enumerate(ids):
            if value not in known:
                yield f"{kind}[{i}]: names {value!r}, which the transcription does not"
            elif value in seen:
                yield f"{kind}[{i}]: a second entry for {value!r}"
            seen.add(value)
    for i, d in enumerate(outside.documents):
        if not d.unconfirmed and d.source is None:
            yield f"documents[{i}]: a fact needs its source (or unconfirmed = true)"

"""The rules a transcription keeps, in the order `msecwg check` reports them.

Each rule is a pure function of the records (and, for the quotes, of the
minutes' text, whitespace folded) that yields each problem it finds as
"field: reason". Reading the files is load.py's; it applies these rules to
what it read, in this order:

1. every id is used once, every reference resolves, dates come in pairs, and
   an exchange names its person unless it is unattributed (`structure`);
2. every verbatim passage is in the minutes, and every field that restates
   the minutes is in its record's quotes (`quotes`);
3. every date as written names the day recorded, weekday included
   (`written_dates`);
4. the facts from outside the minutes name what the transcription names and
   carry their sources (`facts`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache

from msecwg.dates import written_date_problems
from msecwg.model import Action, Document, Facts, Person, SpeechForm, Transcription

# 1. Structure.


def structure(t: Transcription) -> Iterator[str]:
    """Yield each repeated id, broken reference, unpaired date or misattributed exchange."""
    yield from repeated_ids(t)
    yield from broken_references(t)


def repeated_ids(t: Transcription) -> Iterator[str]:
    """Yield each id (or topic name) used more than once among records of one kind."""
    for kind, ids in (
        ("people", [p.id for p in t.people]),
        ("documents", [d.id for d in t.documents]),
        ("actions", [a.id for a in t.actions]),
        ("sections", [s.key for s in t.sections] + [a for s in t.sections for a in s.aliases]),
    ):
        for value, count in Counter(ids).items():
            if count > 1:
                yield f"{kind}: the id or name {value!r} is used {count} times"


def _unknown(field: str, value: str, known: set[str], what: str) -> str:
    """Answer the problem of a reference to something the transcription does not have."""
    return f"{field}: unknown {what} {value!r} (known: {', '.join(sorted(known))})"


def broken_references(t: Transcription) -> Iterator[str]:
    """Yield each reference that names no record, each date without its wording (or
    wording without its date), and each exchange whose person and form disagree."""
    people = {p.id for p in t.people}
    documents = {d.id for d in t.documents}
    sections = {s.key for s in t.sections}
    for i, d in enumerate(t.documents):
        if d.section not in sections:
            yield _unknown(f"documents[{i}].section", d.section, sections, "section")
    for i, a in enumerate(t.actions):
        if a.section not in sections:
            yield _unknown(f"actions[{i}].section", a.section, sections, "section")
        if a.document is not None and a.document not in documents:
            yield _unknown(f"actions[{i}].document", a.document, documents, "document")
        for j, owner in enumerate(a.owners):
            if owner not in people:
                yield _unknown(f"actions[{i}].owners[{j}]", owner, people, "person")
        yield from _unpaired_dates(f"actions[{i}]", a)
    for i, s in enumerate(t.sections):
        for j, e in enumerate(s.exchanges):
            field = f"sections[{i}].exchanges[{j}]"
            if e.person is not None and e.person not in people:
                yield _unknown(f"{field}.person", e.person, people, "person")
            if (e.form is SpeechForm.UNATTRIBUTED) != (e.person is None):
                yield f"{field}: an exchange has a person unless its form is 'unattributed'"


def _unpaired_dates(field: str, a: Action) -> Iterator[str]:
    """Yield each of an action's dates given without its wording, or the reverse."""
    if (a.due is None) != (a.due_text is None):
        yield f"{field}: due and due_text go together; give both or neither"
    if (a.closes is None) != (a.closes_text is None):
        yield f"{field}: closes and closes_text go together; give both or neither"


# 2. Quotes.


@cache
def fold(text: str) -> str:
    """Answer the text with every run of whitespace folded to one space."""
    return " ".join(text.split())


def quotes(t: Transcription, minutes: str) -> Iterator[str]:
    """Yield each verbatim passage of `t` not in the (folded) minutes, then each field
    that restates the minutes but is not in its record's quotes."""
    # Records often rest on the same passage (four documents quote the line on
    # the presentations), so each distinct passage is looked for once.
    looked_for: dict[str, bool] = {}
    for field, passage in _passages(t):
        if passage not in looked_for:
            looked_for[passage] = fold(passage) in minutes
        if not looked_for[passage]:
            yield f"{field}: not in the minutes: {passage!r}"
    for field, words, record_quotes in _restatements(t):
        folded = fold(words)
        if all(folded not in fold(quote) for quote in record_quotes):
            yield f"{field}: not in the record's quotes: {words!r}"


def _passages(t: Transcription) -> Iterator[tuple[str, str]]:
    """Yield each verbatim passage of the transcription with its field, in file order."""
    for j, quote in enumerate(t.meeting.quotes):
        yield f"meeting.quotes[{j}]", quote
    quoted: list[tuple[str, Sequence[Person | Document | Action]]] = [
        ("people", t.people),
        ("documents", t.documents),
        ("actions", t.actions),
    ]
    for kind, records in quoted:
        for i, record in enumerate(records):
            for j, quote in enumerate(record.quotes):
                yield f"{kind}[{i}].quotes[{j}]", quote
    for i, s in enumerate(t.sections):
        yield f"sections[{i}].title", f"({s.number}) {s.title}"
        for j, point in enumerate(s.points):
            yield f"sections[{i}].points[{j}]", point
        for j, e in enumerate(s.exchanges):
            yield f"sections[{i}].exchanges[{j}].words", e.words
            for k, quote in enumerate(e.quotes):
                yield f"sections[{i}].exchanges[{j}].quotes[{k}]", quote


def _restatements(t: Transcription) -> Iterator[tuple[str, str, Sequence[str]]]:
    """Yield each field that restates words of the minutes, with its record's quotes."""
    yield "meeting.date_text", t.meeting.date_text, t.meeting.quotes
    for i, a in enumerate(t.actions):
        for name, words in (
            ("due_text", a.due_text),
            ("closes_text", a.closes_text),
            ("condition", a.condition),
        ):
            if words is not None:
                yield f"actions[{i}].{name}", words, a.quotes
    for i, s in enumerate(t.sections):
        for j, e in enumerate(s.exchanges):
            yield f"sections[{i}].exchanges[{j}].words", e.words, e.quotes
            yield f"sections[{i}].exchanges[{j}].speaker", e.speaker, e.quotes


# 3. Dates as written.


def written_dates(t: Transcription) -> Iterator[str]:
    """Yield each date as written that names another day than the date recorded."""
    for problem in written_date_problems(t.meeting.date_text, t.meeting.date):
        yield f"meeting.date_text: {problem}"
    for i, a in enumerate(t.actions):
        for name, text, day in (
            ("due_text", a.due_text, a.due),
            ("closes_text", a.closes_text, a.closes),
        ):
            if text is not None and day is not None:
                for problem in written_date_problems(text, day):
                    yield f"actions[{i}].{name}: {problem}"


# 4. Facts from outside the minutes.


def facts(outside: Facts, t: Transcription) -> Iterator[str]:
    """Yield each fact about someone or something the transcription does not name, each
    repeated one, and each fact given as confirmed without a source."""
    people = {p.id for p in t.people}
    documents = {d.id for d in t.documents}
    for kind, ids, known in (
        ("people", [f.person for f in outside.people], people),
        ("documents", [f.document for f in outside.documents], documents),
    ):
        for i, value in enumerate(ids):
            if value not in known:
                yield f"{kind}[{i}]: names {value!r}, which the transcription does not"
            elif ids.index(value) != i:
                yield f"{kind}[{i}]: a second entry for {value!r}"
    for i, d in enumerate(outside.documents):
        if not d.unconfirmed and d.source is None:
            yield f"documents[{i}]: a fact needs its source (or unconfirmed = true)"

"""Find, read and validate a transcription; the only module that reads files."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

import msgspec
import rtoml

from msecwg.dates import written_date_problems
from msecwg.errors import DataError
from msecwg.model import Action, Document, Facts, Person, Transcription

T = TypeVar("T")

BUNDLED_NAME = "msec-ietf57.toml"
# Far above any real meeting's transcription (the bundled one is 20 KB), and low
# enough that a wrong or hostile file is refused before it is read into memory.
MAX_BYTES = 16 * 2**20


def bundled_path() -> Path:
    """Answer where the bundled transcription is, installed or in a source checkout."""
    package = Path(__file__).resolve().parent
    # An installed wheel carries the data inside the package; an editable
    # install runs from the checkout, where data/ sits beside the package.
    for folder in (package / "data", package.parent / "data"):
        if (folder / BUNDLED_NAME).is_file():
            return folder / BUNDLED_NAME
    raise DataError(f"the bundled transcription {BUNDLED_NAME} is missing; reinstall msecwg")


def load(path: Path | None = None) -> Transcription:
    """Answer the validated transcription at `path` (the bundled one by default).

    Raises DataError with the first problem `check` finds, naming the file, the
    field and the reason: a file that cannot be read, is not TOML or does not
    follow the format, a reference that does not resolve, a quote that is not in
    the minutes, a date as written that names another day, a bad facts file.
    """
    return load_with_facts(path, facts=False)[0]


def load_with_facts(
    path: Path | None = None, *, facts: bool = True
) -> tuple[Transcription, Facts | None]:
    """Answer the validated transcription at `path` and, with `facts`, the facts file it
    names, validated too (None when it names none or they are not asked for)."""
    path = path or bundled_path()
    found = examine(path, facts=facts)
    if found.problems:
        more = len(found.problems) - 1
        hint = f" (and {more} more: msecwg check {path})" if more else ""
        raise DataError(found.problems[0] + hint)
    assert found.transcription is not None
    return found.transcription, found.facts


class Examined(msgspec.Struct, frozen=True):
    """A transcription file as read: its records (None when unreadable), the facts it
    names, and every problem found, each as "file: field: reason"."""

    transcription: Transcription | None
    facts: Facts | None
    problems: list[str]


def examine(path: Path, *, facts: bool = True) -> Examined:
    """Answer the transcription at `path`, and all its problems; with `facts`, also the
    facts file it names and that file's problems."""
    try:
        t = _decode(path, Transcription, "transcription")
    except DataError as problem:
        return Examined(None, None, [str(problem)])
    problems = list(reference_problems(t))
    try:
        problems += unquoted(t, read_minutes(path.parent / t.minutes))
    except DataError as problem:
        problems.append(f"minutes: {problem}")
    problems += date_problems(t)
    outside = None
    if facts and t.facts is not None:
        try:
            outside = _decode(path.parent / t.facts, Facts, "facts")
            problems += (f"facts: {path.parent / t.facts}: {p}" for p in fact_problems(outside, t))
        except DataError as problem:
            problems.append(f"facts: {problem}")
    return Examined(t, outside, [f"{path}: {p}" for p in problems])


def _decode(path: Path, into: type[T], what: str) -> T:
    """Answer the records of a TOML file, read and checked against their format only."""
    text = _read(path, what)
    if not text.strip():
        raise DataError(f"{path}: the file is empty; a {what} file starts with 'schema = 1'")
    try:
        raw = rtoml.loads(text)
    except rtoml.TomlParsingError as error:
        raise DataError(f"{path}: not valid TOML: {error}") from None
    try:
        return msgspec.convert(raw, into)
    except msgspec.ValidationError as error:
        raise DataError(f"{path}: {_field_first(str(error))}") from None


def _field_first(message: str) -> str:
    """Answer msgspec's "reason - at `$.a[0].b`" as "a[0].b: reason"."""
    match = re.fullmatch(r"(.*) - at `\$\.?(.*)`", message, flags=re.DOTALL)
    if not match:
        return message
    reason, field = match.groups()
    return f"{field}: {reason[0].lower()}{reason[1:]}" if field else reason


def reference_problems(t: Transcription) -> Iterator[str]:
    """Yield each broken reference, duplicate id or unpaired date, as "field: reason"."""
    for kind, ids in (
        ("people", [p.id for p in t.people]),
        ("documents", [d.id for d in t.documents]),
        ("actions", [a.id for a in t.actions]),
        ("sections", [s.key for s in t.sections] + [a for s in t.sections for a in s.aliases]),
    ):
        for value, count in Counter(ids).items():
            if count > 1:
                yield f"{kind}: the id or name {value!r} is used {count} times"
    people = {p.id for p in t.people}
    documents = {d.id for d in t.documents}
    sections = {s.key for s in t.sections}

    def unknown(field: str, value: str, known: set[str], what: str) -> str:
        return f"{field}: unknown {what} {value!r} (known: {', '.join(sorted(known))})"

    for i, d in enumerate(t.documents):
        if d.section not in sections:
            yield unknown(f"documents[{i}].section", d.section, sections, "section")
    for i, a in enumerate(t.actions):
        if a.section not in sections:
            yield unknown(f"actions[{i}].section", a.section, sections, "section")
        if a.document is not None and a.document not in documents:
            yield unknown(f"actions[{i}].document", a.document, documents, "document")
        for j, owner in enumerate(a.owners):
            if owner not in people:
                yield unknown(f"actions[{i}].owners[{j}]", owner, people, "person")
        if (a.due is None) != (a.due_text is None):
            yield f"actions[{i}]: due and due_text go together; give both or neither"
        if (a.closes is None) != (a.closes_text is None):
            yield f"actions[{i}]: closes and closes_text go together; give both or neither"
    for i, s in enumerate(t.sections):
        for j, e in enumerate(s.exchanges):
            if e.person is not None and e.person not in people:
                yield unknown(f"sections[{i}].exchanges[{j}].person", e.person, people, "person")
            if (e.form == "unattributed") != (e.person is None):
                yield (
                    f"sections[{i}].exchanges[{j}]: an exchange has a person unless its "
                    "form is 'unattributed'"
                )


def fact_problems(facts: Facts, t: Transcription) -> Iterator[str]:
    """Yield each fact about someone or something the transcription does not name, each
    repeated one, and each fact given as confirmed without a source."""
    people = {p.id for p in t.people}
    documents = {d.id for d in t.documents}
    for kind, ids, known in (
        ("people", [f.person for f in facts.people], people),
        ("documents", [f.document for f in facts.documents], documents),
    ):
        for i, value in enumerate(ids):
            if value not in known:
                yield f"{kind}[{i}]: names {value!r}, which the transcription does not"
            elif ids.index(value) != i:
                yield f"{kind}[{i}]: a second entry for {value!r}"
    for i, d in enumerate(facts.documents):
        if not d.unconfirmed and d.source is None:
            yield f"documents[{i}]: a fact needs its source (or unconfirmed = true)"


@cache
def fold(text: str) -> str:
    """Answer the text with every run of whitespace folded to one space."""
    return " ".join(text.split())


def read_minutes(path: Path) -> str:
    """Answer the text of a minutes file, whitespace folded."""
    return fold(_read(path, "minutes"))


def _read(path: Path, what: str) -> str:
    """Answer the UTF-8 text of a transcription or minutes file, refusing one that is
    missing, unreadable, not UTF-8 or too large (before reading it)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DataError(
                f"{path}: too large for a {what} file ({size / 2**20:.0f} MiB; "
                f"the limit is {MAX_BYTES // 2**20} MiB)"
            )
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a directory, not a {what} file") from None
    except PermissionError:
        raise DataError(f"{path}: cannot read the file (permission denied)") from None
    except UnicodeDecodeError as error:
        raise DataError(f"{path}: not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    except OSError as error:
        raise DataError(f"{path}: cannot read the file ({error.strerror})") from None


def date_problems(t: Transcription) -> Iterator[str]:
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


def unquoted(t: Transcription, minutes: str) -> Iterator[str]:
    """Yield each verbatim passage of `t` not in the (folded) minutes, as "field: reason"."""

    # Records often rest on the same passage (four documents quote the line on
    # the presentations), so each distinct passage is looked for once.
    found: dict[str, bool] = {}

    def missing(passage: str) -> bool:
        if passage not in found:
            found[passage] = fold(passage) in minutes
        return not found[passage]

    def outside(words: str | None, quotes: list[str]) -> bool:
        if words is None:
            return False
        folded = fold(words)
        return all(folded not in fold(quote) for quote in quotes)

    def not_in_minutes(field: str, passage: str) -> str:
        return f"{field}: not in the minutes: {passage!r}"

    def not_in_quotes(field: str, words: str | None) -> str:
        return f"{field}: not in the record's quotes: {words!r}"

    for j, quote in enumerate(t.meeting.quotes):
        if missing(quote):
            yield not_in_minutes(f"meeting.quotes[{j}]", quote)
    if outside(t.meeting.date_text, t.meeting.quotes):
        yield not_in_quotes("meeting.date_text", t.meeting.date_text)
    for i, a in enumerate(t.actions):
        for name, words in (
            ("due_text", a.due_text),
            ("closes_text", a.closes_text),
            ("condition", a.condition),
        ):
            if outside(words, a.quotes):
                yield not_in_quotes(f"actions[{i}].{name}", words)
    quoted: list[tuple[str, Sequence[Person | Document | Action]]] = [
        ("people", t.people),
        ("documents", t.documents),
        ("actions", t.actions),
    ]
    for kind, records in quoted:
        for i, record in enumerate(records):
            for j, quote in enumerate(record.quotes):
                if missing(quote):
                    yield not_in_minutes(f"{kind}[{i}].quotes[{j}]", quote)
    for i, s in enumerate(t.sections):
        title = f"({s.number}) {s.title}"
        if missing(title):
            yield not_in_minutes(f"sections[{i}].title", title)
        for j, point in enumerate(s.points):
            if missing(point):
                yield not_in_minutes(f"sections[{i}].points[{j}]", point)
        for j, e in enumerate(s.exchanges):
            field = f"sections[{i}].exchanges[{j}]"
            if missing(e.words):
                yield not_in_minutes(f"{field}.words", e.words)
            if outside(e.words, e.quotes):
                yield not_in_quotes(f"{field}.words", e.words)
            if outside(e.speaker, e.quotes):
                yield not_in_quotes(f"{field}.speaker", e.speaker)
            for k, quote in enumerate(e.quotes):
                if missing(quote):
                    yield not_in_minutes(f"{field}.quotes[{k}]", quote)

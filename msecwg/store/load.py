"""Find and read a transcription, its minutes and its facts, and apply the rules of
validate.py to them: a path in, typed records (or the problems found) out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

import msgspec
import rtoml

from msecwg.errors import DataError
from msecwg.model import Facts, Transcription
from msecwg.store import validate
from msecwg.store.files import decode_text, read_bytes, read_text

T = TypeVar("T")

BUNDLED_NAME = "msec-ietf57.toml"
SCHEMA = 2
MAX_PROBLEMS = 20
"""The most problems `check` lists one by one; the rest are counted."""


def bundled_path() -> Path:
    """Answer where the bundled transcription is, installed or in a source checkout."""
    package = Path(__file__).resolve().parents[1]
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
    return read(path, facts=False).transcription


class Loaded(msgspec.Struct, frozen=True):
    """A validated transcription, the facts it names (None when it names none or they
    were not asked for), its minutes' text, whitespace folded, and those minutes read
    (reading.Reading), encoded, where the cache keeps them."""

    transcription: Transcription
    facts: Facts | None
    minutes: str
    reading: msgspec.Raw | None = None


def read(path: Path | None = None, *, facts: bool = True) -> Loaded:
    """Answer the validated transcription at `path` (the bundled one by default), its
    minutes and, with `facts`, the facts file it names, validated too.

    Raises DataError with the first problem found, and how many more there are.
    """
    path = path or bundled_path()
    return valid(path, examine(path, facts=facts))


def valid(path: Path, found: Examined) -> Loaded:
    """Answer the transcription examined at `path`, if it has no problem.

    Raises DataError with the first problem found, and how many more there are.
    """
    if found.problems:
        raise DataError(first_problem(path, found))
    assert found.transcription is not None and found.minutes is not None
    return Loaded(found.transcription, found.facts, found.minutes, found.reading)


def first_problem(path: Path, found: Examined) -> str:
    """Answer the first problem of a transcription examined at `path`, as `check` words
    it, and how many more there are."""
    more = found.count - 1
    hint = f" (and {more} more: msecwg check {path})" if more else ""
    return found.problems[0] + hint


class Examined(msgspec.Struct, frozen=True):
    """A transcription file as read: its records (None when unreadable), the facts it
    names, its minutes (None when unreadable), the first problems found (at most
    MAX_PROBLEMS), each as "file: field: reason", and how many there are in all; and
    the minutes read (reading.Reading), encoded, where the cache keeps them."""

    transcription: Transcription | None
    facts: Facts | None
    minutes: str | None
    problems: list[str]
    count: int
    reading: msgspec.Raw | None = None


def examine(path: Path, *, facts: bool = True, cached: bool = True) -> Examined:
    """Answer the transcription at `path`, and its problems; with `facts`, also the
    facts file it names and that file's problems. A transcription found valid before,
    with its minutes unchanged, is taken from the cache without checking it again,
    unless not `cached` (as `check` asks: every rule runs)."""
    from msecwg.store import cache

    try:
        data = read_bytes(path, "transcription")
        kept = cache.place(data)
        recalled = _recalled(path, kept) if cached else None
        t, minutes, problems, reading = recalled or _checked(path, data, kept)
    except DataError as problem:
        return Examined(None, None, None, [str(problem)], 1)
    outside = None
    if facts and t.facts is not None:
        try:
            named = referenced(path, t.facts, "facts")
            outside = _decode(named, read_text(named, "facts"), Facts)
            problems += (f"facts: {named}: {p}" for p in validate.facts(outside, t))
        except DataError as problem:
            problems.append(f"facts: {problem}")
    shown = [f"{path}: {p}" for p in problems[:MAX_PROBLEMS]]
    return Examined(t, outside, minutes, shown, len(problems), reading)


SYSTEM_FOLDERS = (Path("/proc"), Path("/dev"), Path("/sys"))
"""Folders of the system, whose files are no one's minutes or facts."""


def referenced(path: Path, name: str, what: str) -> Path:
    """Answer the file the transcription at `path` names as its `what` ("minutes",
    "facts"): a path relative to the transcription's folder. An absolute path, one into
    the system's folders, or the transcription itself is refused (DataError): a
    transcription makes msecwg read only its own minutes and facts."""
    if Path(name).is_absolute() or name.startswith("~"):
        raise DataError(
            f"{name!r} is not a path relative to the transcription's folder; "
            f"name the {what} file from there"
        )
    where = path.parent / name
    resolved = where.resolve()
    for folder in SYSTEM_FOLDERS:
        if resolved == folder or folder in resolved.parents:
            raise DataError(f"{name!r} is in {folder}, a folder of the system, not {what}")
    if resolved == path.resolve():
        raise DataError(f"{name!r} is the transcription itself, not its {what}")
    return where


Found = tuple[Transcription, str | None, list[str], msgspec.Raw | None]
"""A transcription, its folded minutes, its problems, and its minutes read, encoded."""


def _recalled(path: Path, kept: Path | None) -> Found | None:
    """Answer the transcription at `path` and its folded minutes from the cache entry
    kept for its text (at `kept`), if there is one: found valid against minutes that are
    still byte for byte the same."""
    from msecwg.store import cache

    entry = None if kept is None else cache.recall(kept)
    if entry is None:
        return None
    try:
        minutes = read_bytes(referenced(path, entry.transcription.minutes, "minutes"), "minutes")
    except DataError:
        return None
    if cache.digest(minutes) != entry.minutes_digest:
        return None
    return entry.transcription, entry.minutes, [], entry.reading


def _checked(path: Path, data: bytes, kept: Path | None) -> Found:
    """Answer the transcription of these bytes, its folded minutes (None when
    unreadable), and the problems every rule finds; one found valid is kept in the
    cache (at `kept`, when there is a cache), with its minutes read (and then answered
    with them)."""
    from msecwg.store import cache
    from msecwg.store.reading import reading_of

    t = _decode(path, decode_text(data, path), Transcription)
    problems = list(validate.structure(t))
    minutes = written = None
    try:
        where = referenced(path, t.minutes, "minutes")
        written = read_bytes(where, "minutes")
        minutes = validate.fold(decode_text(written, where))
        problems += validate.quotes(t, minutes)
    except DataError as problem:
        problems.append(f"minutes: {problem}")
    problems += validate.written_dates(t)
    if problems or written is None or minutes is None or kept is None:
        return t, minutes, problems, None
    reading = cache.encoded(reading_of(t, minutes))
    cache.keep(kept, cache.Entry(cache.digest(written), t, minutes, reading))
    return t, minutes, problems, reading


def _decode(path: Path, text: str, into: type[T]) -> T:
    """Answer the records of a TOML file's text, checked against their format only."""
    what = "transcription" if into is Transcription else "facts"
    start = f"schema = {SCHEMA}" if into is Transcription else "schema = 1"
    return decode(path, text, into, what, start)


def decode(path: Path, text: str, into: type[T], what: str, start: str) -> T:
    """Answer the records of a `what` file's TOML text (a transcription, facts, the
    group's record), checked against their format only; a file that is empty, not TOML
    or not of the format is refused (DataError) in one line naming the field."""
    if not text.strip():
        raise DataError(f"{path}: the file is empty; a {what} file starts with '{start}'")
    try:
        raw = rtoml.loads(text)
    except rtoml.TomlParsingError as error:
        raise DataError(f"{path}: not valid TOML: {error}") from None
    if into is Transcription:
        _check_schema(path, raw)
    elif "meeting" in raw and "minutes" in raw:
        raise DataError(f"{path}: a transcription, not a {what} file")
    try:
        return msgspec.convert(raw, into)
    except msgspec.ValidationError as error:
        raise DataError(f"{path}: {_field_first(str(error))}") from None


def _check_schema(path: Path, raw: dict[str, Any]) -> None:
    """Refuse a transcription in another version of the format than this msecwg reads."""
    version = raw.get("schema")
    if isinstance(version, int) and not isinstance(version, bool) and version != SCHEMA:
        raise DataError(
            f"{path}: schema: this is a version {version} transcription; this msecwg reads "
            f"version {SCHEMA} (make one from the minutes with 'msecwg import')"
        )


def _field_first(message: str) -> str:
    """Answer msgspec's "reason - at `$.a[0].b`" as "a[0].b: reason"."""
    match = re.fullmatch(r"(.*) - at `\$\.?(.*)`", message, flags=re.DOTALL)
    if not match:
        return message
    reason, field = match.groups()
    if "matching regex" in reason:  # only ids are given a pattern
        reason = "expected an id: lower-case letters, digits and dashes, like 'alice'"
    return f"{field}: {reason[0].lower()}{reason[1:]}" if field else reason


def read_minutes(path: Path) -> str:
    """Answer the text of a minutes file, whitespace folded."""
    return validate.fold(read_text(path, "minutes"))

"""Find and read a transcription, its minutes and its facts, and apply the rules of
validate.py to them; the only module that reads files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TypeVar

import msgspec
import rtoml

from msecwg import validate
from msecwg.errors import DataError
from msecwg.model import Facts, Transcription

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
    problems = list(validate.structure(t))
    try:
        problems += validate.quotes(t, read_minutes(path.parent / t.minutes))
    except DataError as problem:
        problems.append(f"minutes: {problem}")
    problems += validate.written_dates(t)
    outside = None
    if facts and t.facts is not None:
        try:
            outside = _decode(path.parent / t.facts, Facts, "facts")
            problems += (f"facts: {path.parent / t.facts}: {p}" for p in validate.facts(outside, t))
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


def read_minutes(path: Path) -> str:
    """Answer the text of a minutes file, whitespace folded."""
    return validate.fold(_read(path, "minutes"))


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

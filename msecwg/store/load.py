"""Find and read a transcription, its minutes and facts, and check them by validate.py's rules."""

from __future__ import annotations

import os
import re
from contextlib import suppress
from functools import cached_property
from pathlib import Path
from typing import TypeVar

import msgspec
import rtoml

from msecwg.errors import DataError
from msecwg.model import Facts, Meeting, Transcription
from msecwg.store import cache, validate
from msecwg.store.files import decode_text, read_bytes, read_text
from msecwg.store.reading import Declared, Reading, declared, reading_of, spellings

T = TypeVar("T")

BUNDLED_NAME = "msec-ietf57.toml"
SCHEMA = 2
MAX_PROBLEMS = 20  # the most problems `check` lists one by one; the rest are counted


def bundled_path() -> Path:
    """Answer where the bundled transcription is: in the installed package, or beside it."""
    for folder in (cache.PACKAGE / "data", cache.PACKAGE.parent / "data"):
        if (folder / BUNDLED_NAME).is_file():
            return folder / BUNDLED_NAME
    raise DataError(f"the bundled transcription {BUNDLED_NAME} is missing; reinstall msecwg")


def load(path: Path | None = None) -> Transcription:
    """Answer the valid transcription at `path` (the bundled one by default), else DataError."""
    return read(path, facts=False).transcription


class Head(msgspec.Struct, frozen=True):
    """What every run reads of a transcription first: its minutes and facts files, its meeting."""

    minutes: str
    meeting: Meeting
    facts: str | None = None


class Held(msgspec.Struct, frozen=True, dict=True):
    """A transcription file as loaded: as checked this run, or as the cache kept it (`kept_at`)."""

    path: Path
    head: Head | None = None
    facts: Facts | None = None
    minutes: str = ""
    problems: list[str] = []
    count: int = 0
    checked: Transcription | None = None
    kept: cache.Entry | None = None
    kept_at: str = ""
    label: str = ""

    @property
    def meeting(self) -> Meeting:
        """Answer the meeting's own record."""
        assert self.head is not None
        return self.head.meeting

    @cached_property
    def transcription(self) -> Transcription:
        """Answer the transcription, whole."""
        if self.checked is not None:
            return self.checked
        assert self.kept is not None
        try:
            return cache.whole(self.kept)
        except msgspec.DecodeError:  # an entry that cannot be read: read the file again
            found = examine(self.path, facts=False, cached=False)
            if found.problems or found.checked is None:
                raise DataError(first_problem(found)) from None
            return found.checked

    @cached_property
    def headed(self) -> Transcription:
        """Answer the transcription with its sections' headings only (no bodies)."""
        return self._kept("transcription", Transcription, "transcription") or self.transcription

    @cached_property
    def reading(self) -> Reading:
        """Answer the minutes read: their passages, and who each names."""
        return self._kept("reading", Reading) or reading_of(self.transcription, self.minutes)

    @property
    def named(self) -> dict[str, list[int]]:
        """Answer, for each person (by id), the places of the passages naming them."""
        return self._who.named

    @property
    def declared(self) -> list[Declared]:
        """Answer the short names the minutes declare for people (reading.declared)."""
        return declared(self.transcription) if self.kept is None else self._who.declared

    @property
    def spellings(self) -> dict[str, set[str]]:
        """Answer every way the minutes write each person (reading.spellings)."""
        if self.kept is None:
            return spellings(self.transcription)
        return {person: set(names) for person, names in self._who.spelt.items()}

    @property
    def spoken(self) -> dict[str, cache.Spoken]:
        """Answer what the exchanges say of each person (cache.spoken)."""
        kept = self._kept("spoken", dict[str, cache.Spoken], "transcription")
        return cache.spoken(self.transcription) if kept is None else kept

    @cached_property
    def _who(self) -> _Who | Reading:
        """Answer the minutes read, their passages left encoded where the cache keeps them."""
        return self._kept("reading", _Who, "reading") or self.reading

    def _kept(self, part: str, into: type[T], unless: str = "") -> T | None:
        """Answer the cache entry's `part` where readable and the property `unless` is unknown."""
        if self.kept is not None and unless not in self.__dict__:
            with suppress(msgspec.DecodeError):
                return cache.decoded(getattr(self.kept, part), into)
        return None


class _Who(msgspec.Struct, frozen=True, array_like=True):
    """A Reading as the cache keeps it, its passages left encoded."""

    passages: msgspec.Raw
    named: dict[str, list[int]]
    declared: list[Declared]
    spelt: dict[str, list[str]]


def read(path: Path | None = None, *, facts: bool = True) -> Held:
    """Answer the valid transcription at `path` (the bundled one by default), else DataError."""
    found = examine(path or bundled_path(), facts=facts)
    if found.problems:
        raise DataError(first_problem(found))
    return found


def first_problem(found: Held) -> str:
    """Answer a transcription's first problem as `check` words it, and how many more there are."""
    more = found.count - 1
    hint = f" (and {more} more: msecwg check {found.path})" if more else ""
    return found.problems[0] + hint


def examine(
    path: Path,
    *,
    facts: bool = True,
    cached: bool = True,
    folders: dict[str, str] | None = None,
) -> Held:
    """Answer the transcription at `path` and its problems, from the cache where `cached`."""
    folders = {} if folders is None else folders
    try:
        data = read_bytes(path, "transcription")
        place = cache.place(data)
        found = _recalled(path, place, folders) if cached else None
        found = found or _checked(path, data, place, folders, renew=cached)
    except DataError as problem:
        return Held(path, problems=[str(problem)], count=1)
    assert found.head is not None
    problems, outside = found.problems, None
    if facts and found.head.facts is not None:
        try:
            named = referenced(path, found.head.facts, "facts", folders)
            outside = decode(named, read_text(named, "facts"), Facts, "facts", "schema = 1")
            problems += (f"facts: {named}: {p}" for p in validate.facts(outside, found.headed))
        except DataError as problem:
            problems.append(f"facts: {problem}")
    shown = [f"{path}: {p}" for p in problems[:MAX_PROBLEMS]]
    return msgspec.structs.replace(found, facts=outside, problems=shown, count=len(problems))


SYSTEM_FOLDERS = ("/proc", "/dev", "/sys")  # no one's minutes or facts


def referenced(path: Path, name: str, what: str, folders: dict[str, str]) -> Path:
    """Answer the file the transcription at `path` names as its `what`, else DataError."""
    if os.path.isabs(name) or name.startswith("~"):
        raise DataError(
            f"{name!r} is not a path relative to the transcription's folder; "
            f"name the {what} file from there"
        )
    where = path.parent / name
    resolved = _real(str(where), folders)
    for folder in SYSTEM_FOLDERS:
        if resolved == folder or resolved.startswith(folder + os.sep):
            raise DataError(f"{name!r} is in {folder}, a folder of the system, not {what}")
    if resolved == _real(str(path), folders):
        raise DataError(f"{name!r} is the transcription itself, not its {what}")
    return where


def _real(where: str, folders: dict[str, str]) -> str:
    """Answer os.path.realpath of a path, its folder's taken from (and kept in) `folders`."""
    folder, name = os.path.split(where)
    if name in ("", ".", "..") or os.path.islink(where):
        return os.path.realpath(where)
    real = folders.get(folder)
    if real is None:
        real = folders[folder] = os.path.realpath(folder or os.curdir)
    return os.path.join(real, name)


def _recalled(path: Path, place: Path | None, folders: dict[str, str]) -> Held | None:
    """Answer the transcription at `path` as the cache keeps it, where its minutes are unchanged."""
    if place is None or (entry := cache.recall_as(place, cache.ENTRIES)) is None:
        return None
    try:
        head = cache.decoded(entry.transcription, Head)
        minutes = read_bytes(referenced(path, head.minutes, "minutes", folders), "minutes")
    except (DataError, msgspec.DecodeError):
        return None
    if cache.digest(minutes) != entry.minutes_digest:
        return None
    return Held(path, head, minutes=entry.minutes, kept=entry, kept_at=place.name)


def _checked(
    path: Path, data: bytes, place: Path | None, folders: dict[str, str], *, renew: bool
) -> Held:
    """Answer the transcription of these bytes checked by every rule, cached at `place` if valid."""
    text = decode_text(data, path)
    t = decode(path, text, Transcription, "transcription", f"schema = {SCHEMA}")
    problems = list(validate.structure(t))
    minutes = written = None
    try:
        where = referenced(path, t.minutes, "minutes", folders)
        written = read_bytes(where, "minutes")
        minutes = validate.fold(decode_text(written, where))
        problems += validate.quotes(t, minutes)
    except DataError as problem:
        problems.append(f"minutes: {problem}")
    problems += validate.written_dates(t)
    head = Head(t.minutes, t.meeting, t.facts)
    found = Held(path, head, minutes=minutes or "", problems=problems, checked=t)
    if problems or written is None or minutes is None or place is None:
        return found
    if renew or not os.path.lexists(place):
        cache.keep(place, cache.entry(t, cache.digest(written), minutes, reading_of(t, minutes)))
    return found


def decode(path: Path, text: str, into: type[T], what: str, start: str) -> T:
    """Answer the records of a `what` file's TOML text, checked against their format only."""
    if not text.strip():
        raise DataError(f"{path}: the file is empty; a {what} file starts with '{start}'")
    try:
        raw = rtoml.loads(text)
    except rtoml.TomlParsingError as error:
        raise DataError(f"{path}: not valid TOML: {error}") from None
    if into is Transcription:
        version = raw.get("schema")
        if type(version) is int and version != SCHEMA:
            raise DataError(
                f"{path}: schema: this is a version {version} transcription; this msecwg reads "
                f"version {SCHEMA} (make one from the minutes with 'msecwg import')"
            )
    elif "meeting" in raw and "minutes" in raw:
        raise DataError(f"{path}: a transcription, not a {what} file")
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
    if "matching regex" in reason:  # only ids are given a pattern
        reason = "expected an id: lower-case letters, digits and dashes, like 'alice'"
    return f"{field}: {reason[0].lower()}{reason[1:]}" if field else reason

"""Transcriptions found valid, kept between runs: keyed on the digest of the transcription and of
msecwg's own code, used only while the minutes are unchanged; `check` never answers from it.
Who is who across a group's meetings is kept too, keyed on the entries of all of them."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from contextlib import suppress
from functools import cache
from pathlib import Path
from typing import TypeVar

import msgspec
from msgspec.structs import asdict, replace

from msecwg import __version__
from msecwg.errors import DataError
from msecwg.model import Decision, Exchange, Transcription
from msecwg.store import files

T = TypeVar("T")

FORMAT = 4  # the layout of an entry; a new one leaves the old entries unused
LIMIT = 64 * 2**20  # the largest entry read back: a transcription at the size limit and minutes
CAPACITY = 256 * 2**20  # the most bytes kept by default, the least recently used going first


class Entry(msgspec.Struct, frozen=True, array_like=True):
    """A transcription every rule passed, in parts each decoded only where read."""

    minutes_digest: str
    transcription: msgspec.Raw
    bodies: msgspec.Raw
    minutes: str
    reading: msgspec.Raw
    spoken: msgspec.Raw


class Body(msgspec.Struct, frozen=True, array_like=True):
    """What a section holds beyond its heading: its points, decisions and exchanges."""

    points: list[str]
    decisions: list[Decision]
    exchanges: list[Exchange]


class Spoken(msgspec.Struct, frozen=True, array_like=True):
    """A speaker: how the minutes write them, turns in doubt, and the rest by section key."""

    spellings: list[str]
    uncertain: int
    by_topic: dict[str, int]


def spoken(t: Transcription) -> dict[str, Spoken]:
    """Answer what the transcription's exchanges say of each person (by id)."""
    written: dict[str, list[str]] = {p.id: [] for p in t.people}
    topics: dict[str, dict[str, int]] = {p.id: {} for p in t.people}
    doubted = dict.fromkeys(written, 0)
    for s in t.sections:
        for e in s.exchanges:
            if not e.person:
                continue
            if e.speaker not in written[e.person]:
                written[e.person].append(e.speaker)
            if not e.certain:
                doubted[e.person] += 1
                continue
            topics[e.person][s.key] = topics[e.person].get(s.key, 0) + 1
    return {person: Spoken(written[person], doubted[person], topics[person]) for person in written}


ENTRIES = msgspec.msgpack.Decoder(Entry)


def entry(t: Transcription, minutes_digest: str, minutes: str, reading: object) -> Entry:
    """Answer the entry of a transcription valid against minutes of this digest and text."""
    bodies = [Body(s.points, s.decisions, s.exchanges) for s in t.sections]
    headings = [replace(s, points=[], decisions=[], exchanges=[]) for s in t.sections]
    return Entry(
        minutes_digest,
        encoded(replace(t, sections=headings)),
        encoded(bodies),
        minutes,
        encoded(reading),
        encoded(spoken(t)),
    )


def whole(kept: Entry) -> Transcription:
    """Answer an entry's transcription, whole."""
    t = decoded(kept.transcription, Transcription)
    bodies = decoded(kept.bodies, list[Body])
    if len(bodies) != len(t.sections):
        raise msgspec.DecodeError("an entry's sections and their bodies do not match")
    sections = [replace(s, **asdict(b)) for s, b in zip(t.sections, bodies, strict=True)]
    return replace(t, sections=sections)


def folder() -> Path | None:
    """Answer the folder entries are kept in (None: keep none): MSECWG_CACHE, else the user's."""
    setting = os.environ.get("MSECWG_CACHE")
    if setting is not None:
        named = Path(setting)
        # Taken literally: a relative path ("~/x" the shell left) or the root is no cache.
        usable = setting.strip() and named.is_absolute() and named != Path(named.anchor)
        return named if usable else None
    if sys.platform not in ("darwin", "win32"):  # the XDG rule: importing platformdirs costs 7 ms
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        if base and Path(base).is_absolute():
            return Path(base) / "msecwg"
        home = Path.home()
        return home / ".cache" / "msecwg" if home.is_dir() else None
    from platformdirs import user_cache_path

    return user_cache_path("msecwg", appauthor=False)


def encoded(value: object) -> msgspec.Raw:
    """Answer a value encoded as an entry keeps it."""
    return msgspec.Raw(msgspec.msgpack.encode(value))


def decoded(raw: msgspec.Raw, into: type[T]) -> T:
    """Answer a value an entry keeps, decoded."""
    return msgspec.msgpack.decode(raw, type=into)


def digest(data: bytes) -> str:
    """Answer the SHA-256 digest of the bytes, as hex."""
    return hashlib.sha256(data).hexdigest()


PACKAGE = Path(__file__).resolve().parents[1]  # where msecwg's own code is


@cache
def code_digest(package: Path = PACKAGE) -> str:
    """Answer a digest of msecwg's own code: every module, by its path and bytes."""
    h = hashlib.blake2b(digest_size=20)
    for module in sorted(package.rglob("*.py")):
        h.update(f"{module.relative_to(package).as_posix()}\0".encode())
        h.update(module.read_bytes())
    return h.hexdigest()


def own(where: Path) -> bool:
    """Answer whether a cache folder is the user's (or not there yet), and only theirs to write."""
    try:
        found = where.lstat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or found.st_uid == os.getuid()
    return stat.S_ISDIR(found.st_mode) and mine and not found.st_mode & 0o022


def place(text: bytes) -> Path | None:
    """Answer where the entry of a transcription of this text is kept, if anywhere."""
    where = folder()
    if where is None or not own(where):
        return None
    try:
        code = code_digest()
    except OSError:
        return None
    name = digest(f"{__version__}\0{FORMAT}\0{code}\0".encode() + text)
    return where / f"{name}.msgpack"


def recall_as(place: Path, decoder: msgspec.msgpack.Decoder[T]) -> T | None:
    """Answer what is kept at a place, read by `decoder` (ENTRIES: an entry), marking it used."""
    try:
        entry = decoder.decode(files.read_bytes(place, "cache", LIMIT))
    except (DataError, msgspec.DecodeError):
        return None
    with suppress(OSError):
        os.utime(place)
    return entry


def keep(place: Path, entry: msgspec.Struct) -> None:
    """Keep an entry at a place, where the cache folder can take it, then trim the cache."""
    try:
        place.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return
    if files.keep(msgspec.msgpack.encode(entry), place):
        trim(place.parent, place)


_kept: dict[Path, dict[str, tuple[int, int]]] = {}
"""The entries (by path: when last used, size) of each folder a run keeps one in, read once."""


def trim(where: Path, added: Path) -> None:
    """Remove the least recently used entries down to MSECWG_CACHE_SIZE megabytes, else CAPACITY."""
    setting = os.environ.get("MSECWG_CACHE_SIZE", "")
    most = int(float(setting) * 2**20) if setting.replace(".", "", 1).isdigit() else CAPACITY
    kept = _kept.get(where)
    if kept is None:
        kept = _kept[where] = {}
        with suppress(OSError), os.scandir(where) as found:
            for item in found:
                if item.name.endswith(".msgpack") and item.is_file(follow_symlinks=False):
                    info = item.stat(follow_symlinks=False)
                    kept[item.path] = (info.st_mtime_ns, info.st_size)
    else:
        with suppress(OSError):
            info = added.lstat()
            kept[str(added)] = (info.st_mtime_ns, info.st_size)
    total = sum(size for _, size in kept.values())
    if total <= most:
        return
    for path, (_, size) in sorted(kept.items(), key=lambda e: e[1][0]):
        if total <= most:
            break
        with suppress(OSError):
            os.unlink(path)
        del kept[path]
        total -= size

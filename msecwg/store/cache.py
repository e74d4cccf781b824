"""Transcriptions found valid, kept between runs, so that a folder of many meetings is
read about as fast as one.

An entry is named by a digest of the transcription's text and of msecwg's own code
(every module of the package: a rule added, changed or removed, or another version,
is a miss), and holds a digest of the minutes it was checked against, the records
and the minutes' folded text. It is used only while both files are byte for byte
what they were when every rule of `check` passed; anything else is read and checked
again, and `check` itself never answers from it. Entries live in the user's cache
folder (MSECWG_CACHE names another; set empty, none is kept); a folder that is not
the user's own, or that others may write to, is not used, nor is a cache that cannot
be read or written.
"""

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

from msecwg import __version__
from msecwg.errors import DataError
from msecwg.model import Transcription
from msecwg.store import files

T = TypeVar("T")

FORMAT = 2
"""The layout of an entry; a new one leaves the old entries unused."""
LIMIT = 64 * 2**20
"""The largest entry read back: a transcription at the size limit, and its minutes."""
CAPACITY = 256 * 2**20
"""The most bytes the cache keeps by default, the entries least recently used going first."""


class Entry(msgspec.Struct, frozen=True, array_like=True):
    """A transcription every rule passed, with the digest of the minutes it was checked
    against, their text, whitespace folded, and the minutes read (reading.Reading),
    encoded, to be decoded only by a command that reads them."""

    minutes_digest: str
    transcription: Transcription
    minutes: str
    reading: msgspec.Raw


_decoder = msgspec.msgpack.Decoder(Entry)


def folder() -> Path | None:
    """Answer the folder entries are kept in (None: keep none): MSECWG_CACHE when set
    (an absolute path, not the root), else the user's cache folder for msecwg, as the
    system has it (platformdirs), never made where the home folder is missing.

    On Linux and the BSDs that is the XDG rule, written out here because it is the
    whole of what platformdirs answers there, and importing it costs every run 7 ms
    (8% of `msecwg drafts --json`; shell completion runs msecwg on every Tab)."""
    setting = os.environ.get("MSECWG_CACHE")
    if setting is not None:
        named = Path(setting)
        # Taken literally: a relative path ("~/x" the shell left) or the root is no cache.
        usable = setting.strip() and named.is_absolute() and named != Path(named.anchor)
        return named if usable else None
    if sys.platform not in ("darwin", "win32"):
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
    """Answer a digest of the bytes, as hex."""
    return hashlib.blake2b(data, digest_size=20).hexdigest()


PACKAGE = Path(__file__).resolve().parents[1]
"""Where msecwg's own code is."""


@cache
def code_digest(package: Path = PACKAGE) -> str:
    """Answer a digest of msecwg's own code: every module of the package, by its path
    within it and its bytes."""
    h = hashlib.blake2b(digest_size=20)
    for module in sorted(package.rglob("*.py")):
        h.update(f"{module.relative_to(package).as_posix()}\0".encode())
        h.update(module.read_bytes())
    return h.hexdigest()


def own(where: Path) -> bool:
    """Answer whether a cache folder can be trusted with what msecwg shows: it is a
    folder of the user who runs msecwg (or does not exist yet), and no one else may
    write to it."""
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


def recall(place: Path) -> Entry | None:
    """Answer the entry kept at a place, if there is a readable one, marking it used
    now (entries least recently used go first when the cache is full)."""
    try:
        entry = _decoder.decode(files.read_bytes(place, "cache", LIMIT))
    except (DataError, msgspec.DecodeError):
        return None
    with suppress(OSError):
        os.utime(place)
    return entry


def keep(place: Path, entry: Entry) -> None:
    """Keep an entry at a place, if the cache folder can take it, then bring the cache
    within its size (see `trim`)."""
    try:
        place.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return
    if files.keep(msgspec.msgpack.encode(entry), place):
        trim(place.parent, place)


def capacity() -> int:
    """Answer the most bytes the cache keeps: MSECWG_CACHE_SIZE (in megabytes) where
    it is a number, else CAPACITY."""
    setting = os.environ.get("MSECWG_CACHE_SIZE", "")
    return int(float(setting) * 2**20) if setting.replace(".", "", 1).isdigit() else CAPACITY


_entries: dict[Path, dict[str, tuple[int, int]]] = {}
"""The entries of each cache folder a run has kept one in (by path: when last used,
size), read from the folder once a run and kept up to date as the run adds."""


def trim(where: Path, added: Path | None = None) -> None:
    """Remove the entries least recently used until the cache holds at most its
    capacity (`added`: the entry just kept); what cannot be looked at or removed is
    left. The folder is read once a run, so that a run keeping many entries takes
    time in step with them."""
    entries = _entries.get(where)
    if entries is None:
        entries = _entries[where] = {}
        with suppress(OSError), os.scandir(where) as found:
            for item in found:
                if item.name.endswith(".msgpack") and item.is_file(follow_symlinks=False):
                    info = item.stat(follow_symlinks=False)
                    entries[item.path] = (info.st_mtime_ns, info.st_size)
    elif added is not None:
        with suppress(OSError):
            info = added.lstat()
            entries[str(added)] = (info.st_mtime_ns, info.st_size)
    total = sum(size for _, size in entries.values())
    if total <= capacity():
        return
    for path, (_, size) in sorted(entries.items(), key=lambda e: e[1][0]):
        if total <= capacity():
            break
        with suppress(OSError):
            os.unlink(path)
        del entries[path]
        total -= size

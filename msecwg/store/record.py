"""The group's own record (`group.toml`): names confirmed one (`msecwg join`) or not (`split`)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import msgspec
from msgspec.structs import replace

from msecwg.model import GroupRecord, Kind, Names
from msecwg.store import files, load
from msecwg.store.reading import key as _key

NAME = "group.toml"  # in the folder of the transcriptions (it is no transcription)
SCHEMA = 1

HEADER = """\
# The group's own record: who is who and what is what across its meetings, read by
# every msecwg command given this folder. 'msecwg join person A B' and 'msecwg join
# draft A B' add to it, 'msecwg split ...' undoes; it may also be edited by hand.
#   name  = the name shown; also = other names that are it; apart = names that are not
"""


def place(paths: Sequence[Path]) -> Path | None:
    """Answer where the record of the transcriptions the paths name is, if they share a folder."""
    folders = {os.path.abspath(f): f for f in (p if p.is_dir() else p.parent for p in paths)}
    if len(folders) != 1:
        return None
    (folder,) = folders.values()
    return folder / NAME


def read(path: Path) -> GroupRecord | None:
    """Answer the record at `path`, None where there is none; refused (DataError) in one line."""
    if not os.path.lexists(path):
        return None
    text = files.read_text(path, "record")
    return load.decode(path, text, GroupRecord, "record", f"schema = {SCHEMA}")


def encoded(record: GroupRecord) -> bytes:
    """Answer the record as its file holds it: the header, then each entry."""
    lines = [HEADER, f"schema = {SCHEMA}"]
    for kind, entries in (("people", record.people), ("documents", record.documents)):
        for entry in entries:
            lines += ["", f"[[{kind}]]", f"name = {_string(entry.name)}"]
            for field, names in (("also", entry.also), ("apart", entry.apart)):
                if names:
                    lines.append(f"{field} = [{', '.join(_string(n) for n in names)}]")
    return ("\n".join(lines) + "\n").encode()


def _string(text: str) -> str:
    """Answer a TOML basic string of the text (JSON's escapes are TOML's)."""
    return msgspec.json.encode(text).decode()


def joined(record: GroupRecord, kind: Kind, names: Sequence[str], shown: str) -> GroupRecord:
    """Answer the record with the names one (entries naming them merged), shown as `shown`."""
    wanted = {_key(n) for n in (*names, shown)}
    merged = [e for e in record.of(kind) if wanted & _names(e)]
    rest = [e for e in record.of(kind) if not wanted & _names(e)]
    every = [*names, *(n for e in merged for n in (e.name, *e.also))]
    also = [n for n in _unique(every) if _key(n) != _key(shown)]
    one = {_key(shown), *map(_key, also)}
    apart = [n for n in _unique(a for e in merged for a in e.apart) if _key(n) not in one]
    rest = [
        replace(e, apart=[a for a in e.apart if _key(a) not in one]) if _names(e) & one else e
        for e in rest
    ]
    entry = Names(name=shown, also=also, apart=apart)
    kept = [e for e in [*rest, entry] if e.also or e.apart or e is entry]
    return replace(record, **{kind: kept})


def split(record: GroupRecord, kind: Kind, name: str, other: str, *, apart: bool) -> GroupRecord:
    """Answer the record with `name` no longer one with `other` (with `apart`: recorded apart)."""
    first, second = _key(name), _key(other)
    entries = []
    for e in record.of(kind):
        names = _names(e)
        if first in names and second in names:
            gone = second if _key(e.name) == first else first
            if _key(e.name) == gone:
                e = Names(name=e.also[0], also=e.also[1:], apart=e.apart) if e.also else e
            e = replace(e, also=[n for n in e.also if _key(n) != gone])
        if apart and _key(e.name) == first and second not in map(_key, e.apart):
            e = replace(e, apart=[*e.apart, other])
            apart = False
        entries.append(e)
    if apart:
        entries.append(Names(name=name, apart=[other]))
    kept = [e for e in entries if e.also or e.apart]
    return replace(record, **{kind: kept})


def _names(entry: Names) -> set[str]:
    """Answer the names an entry makes one, looked-up."""
    return {_key(n) for n in (entry.name, *entry.also)}


def _unique(names: Iterable[str]) -> list[str]:
    """Answer the names, each once in any case, in order."""
    seen: dict[str, str] = {}
    for n in names:
        seen.setdefault(_key(n), n)
    return list(seen.values())


EMPTY = GroupRecord(schema=1)  # a record with nothing in it yet

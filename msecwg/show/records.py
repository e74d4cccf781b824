"""Records for programs: TSV, CSV and JSON; every field of a row (an object's fields as their own:
`deadline_date`) is a column or JSON key, asked for by --fields and sorted by --sort."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import typing
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import msgspec

from msecwg import __version__
from msecwg.rows import Row
from msecwg.show.safe import clean, escape_json
from msecwg.show.views import R, View, quoted
from msecwg.spelling import closest

if TYPE_CHECKING:
    from msecwg.show.formats import Output

JSON_SCHEMA_VERSION = 3
_NOTHING: tuple[object, ...] = (None, "", [])  # no value, no text, no items


@functools.cache
def field_names(row_type: type[msgspec.Struct]) -> dict[str, tuple[str, str | None]]:
    """Answer every field a record of this type can be asked for, in order, as the row's field and
    its object's (None for the row's own): `current_date` is ("current", "date")."""
    names: dict[str, tuple[str, str | None]] = {}
    for f in msgspec.structs.fields(row_type):
        names[f.name] = (f.name, None)
        if typing.get_origin(f.type) is list:  # a list's items are no columns of their own
            continue
        for inner in typing.get_args(f.type) or (f.type,):  # the object it holds (or none)
            if isinstance(inner, type) and issubclass(inner, msgspec.Struct):
                for sub in inner.__struct_fields__:
                    names.setdefault(f"{f.name}_{sub}", (f.name, sub))
                break
    return names


def _fields(view: View[R], output: Output) -> list[str]:
    """Answer the fields shown: those asked for in order, else all but the quotes unless citing."""
    if output.fields:
        return list(dict.fromkeys(output.fields))
    return [name for name in view.row_type.__struct_fields__ if output.cite or name != "quotes"]


def unknown_field(name: str, view: View[R], option: str) -> str:
    """Answer what to say of a field a view's records lack: the closest names, then every field."""
    known = field_names(view.row_type)
    ending = [k for k in known if k.endswith(f"_{name}")]
    near = list(dict.fromkeys([*ending, *closest(name, known)]))[:2]
    hint = f"; did you mean {' or '.join(near)}?" if near else "."
    own = [k for k, (_, sub) in known.items() if sub is None]
    objects = ""
    for outer in own:
        if subs := [sub for of, sub in known.values() if of == outer and sub is not None]:
            like = "date" if "date" in subs else subs[0]
            objects += f"; {outer}_{like} and the like for the fields of {outer}"
    return f"{option}: no field {name!r}{hint} Fields of {view.kind}: {', '.join(own)}{objects}."


def reader(row_type: type[Row], name: str) -> Callable[[Row], object]:
    """Answer how to read a field of a row as it is (None where the row has no such object)."""
    outer, sub = field_names(row_type)[name]

    def read(row: Row) -> object:
        found = getattr(row, outer)
        return found if sub is None or found is None else getattr(found, sub)

    return read


def _order(found: object) -> tuple[float, str]:
    """Answer what a value sorts by: numbers and dates by value, the rest by text in any case."""
    if isinstance(found, bool | int | float):
        return float(found), ""
    if isinstance(found, dt.date):
        return float(found.toordinal()), ""
    return 0.0, _flat(found).casefold()


def ordered(
    rows: Sequence[R], row_type: type[R], name: str, *, descending: bool = False
) -> list[R]:
    """Answer the rows sorted stably by a field, those with nothing in it last."""
    read = reader(row_type, name)
    full = [r for r in rows if read(r) not in _NOTHING]
    full.sort(key=lambda r: _order(read(r)), reverse=descending)
    return full + [r for r in rows if read(r) in _NOTHING]


VERBATIM = frozenset({"words", "quote"})
"""The fields of an object within a cell that hold the minutes' words."""


def _flat(value: object, name: str = "") -> str:
    """Answer a value as one cell of text: ISO dates, lists joined, no line breaks."""
    if isinstance(value, str):  # most fields: first
        return clean(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if name == "quotes":
            return clean(" ".join(map(quoted, value)))
        return "; ".join([_flat(v) for v in value])
    if isinstance(value, msgspec.Struct):  # an object, or a list's item, as its values joined,
        # the minutes' words within it marked as theirs: Lakshminath “We need to …”
        fields = zip(value.__struct_fields__, msgspec.structs.astuple(value), strict=True)
        parts = [quoted(v) if f in VERBATIM and isinstance(v, str) else v for f, v in fields]
        return " ".join([p for p in map(_flat, parts) if p])
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return clean(str(value))


def _cells(view: View[R], output: Output) -> list[list[str]]:
    """Answer the records as rows of text, an object's fields each a column, under field names."""
    known = field_names(view.row_type)
    names: list[str] = []
    for name in _fields(view, output):
        names += [k for k, (outer, sub) in known.items() if outer == name and sub] or [name]
    readers = [(name, reader(view.row_type, name)) for name in names]
    return [names, *([_flat(read(row), name) for name, read in readers] for row in view.rows)]


def tsv(view: View[R], output: Output) -> str:
    """Answer the records as tab-separated values under a header of field names."""
    return "".join("\t".join(cells) + "\n" for cells in _cells(view, output))


def csv_text(view: View[R], output: Output) -> str:
    """Answer the records as comma-separated values under a header of field names."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(_cells(view, output))
    return buffer.getvalue()


def json_text(view: View[R], output: Output) -> str:
    """Answer the records as one JSON document: an envelope that names its schema."""
    readers = [(name, reader(view.row_type, name)) for name in _fields(view, output)]
    meetings = [
        {
            "label": label,
            "working_group": m.working_group,
            "ietf": m.ietf,
            "interim": m.interim,
            "city": m.city,
            "date": m.date.day if m.date else None,
        }
        for label, m in zip(view.scope.labels, view.scope.meetings, strict=True)
    ]
    envelope = {
        "schema_version": JSON_SCHEMA_VERSION,
        "msecwg": __version__,
        "kind": view.kind,
        "as_of": view.as_of,
        "meeting": meetings[0] if len(meetings) == 1 else None,
        "meetings": meetings,
        "records": [{n: read(row) for n, read in readers} for row in view.rows],
    }
    encoded = msgspec.json.format(msgspec.json.encode(envelope), indent=2).decode()
    return escape_json(encoded) + "\n"

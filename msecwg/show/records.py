"""Records for programs: TSV, CSV and JSON, each written as the text to show.

Every field of a row is a column (an object's fields are columns of their own,
named for the object: `deadline_date`), or a key of a JSON record.
"""

from __future__ import annotations

import csv
import io
import typing
from collections.abc import Callable
from typing import Any

import msgspec

from msecwg import __version__
from msecwg.model import Meeting
from msecwg.show.safe import clean, escape_json
from msecwg.show.views import View

JSON_SCHEMA_VERSION = 3


def _fields(view: View, output: Any) -> list[str]:
    """Answer the fields of the records shown: all but the quotes, unless asked to cite."""
    names = list(view.row_type.__struct_fields__)
    return names if output.cite else [name for name in names if name != "quotes"]


def _flat(value: Any, name: str = "") -> str:
    """Answer a value as one cell of text: ISO dates, lists joined, no line breaks."""
    if isinstance(value, str):  # most fields: first
        return clean(value)
    if value is None:
        return ""
    if name == "quotes":
        return clean(" ".join(f"“{quote}”" for quote in value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return clean("; ".join(_brief(v) for v in value))
    if isinstance(value, msgspec.Struct):
        return clean(_brief(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return clean(str(value))


def _brief(value: Any) -> str:
    """Answer a list's item, or an object, as a few words: its values joined."""
    if isinstance(value, msgspec.Struct):
        parts = (_flat(getattr(value, f)) for f in value.__struct_fields__)
        return " ".join(p for p in parts if p)
    return _flat(value)


Reader = Callable[[Any], str]


def _field(name: str) -> Reader:
    """Answer how to read a field of a row as a cell."""
    return lambda row: _flat(getattr(row, name), name)


def _inner(name: str, sub: str) -> Reader:
    """Answer how to read a field of a row's object field as a cell (empty without one)."""

    def read(row: Any) -> str:
        value = getattr(row, name)
        return _flat(getattr(value, sub), sub) if value is not None else ""

    return read


def _columns_of(view: View, output: Any) -> list[tuple[str, Reader]]:
    """Answer the columns of records for programs: each field, and each field of an
    object field (its name joined to theirs), with how to read it from a row."""
    columns: list[tuple[str, Reader]] = []
    types = {f.name: f.type for f in msgspec.structs.fields(view.row_type)}
    for name in _fields(view, output):
        inner = _object_type(types[name])
        if inner is None:
            columns.append((name, _field(name)))
        else:
            columns += [(f"{name}_{sub}", _inner(name, sub)) for sub in inner.__struct_fields__]
    return columns


def _object_type(hint: Any) -> type[msgspec.Struct] | None:
    """Answer the record type of a field that holds one object (or none), if it does."""
    if typing.get_origin(hint) is list:
        return None
    for option in typing.get_args(hint) or (hint,):
        if isinstance(option, type) and issubclass(option, msgspec.Struct):
            return option
    return None


def tsv(view: View, output: Any) -> str:
    """Answer the records as tab-separated values under a header of field names."""
    columns = _columns_of(view, output)
    lines = ["\t".join(name for name, _ in columns)]
    lines += ["\t".join(read(row) for _, read in columns) for row in view.rows]
    return "\n".join(lines) + "\n"


def csv_text(view: View, output: Any) -> str:
    """Answer the records as comma-separated values under a header of field names."""
    columns = _columns_of(view, output)
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\n")
    out.writerow(name for name, _ in columns)
    out.writerows([read(row) for _, read in columns] for row in view.rows)
    return buffer.getvalue()


def _meeting(label: str, m: Meeting) -> dict[str, Any]:
    """Answer a meeting as the JSON envelope names it."""
    return {
        "label": label,
        "working_group": m.working_group,
        "ietf": m.ietf,
        "interim": m.interim,
        "city": m.city,
        "date": m.date.day if m.date else None,
    }


def json_text(view: View, output: Any) -> str:
    """Answer the records as one JSON document: an envelope that names its schema."""
    names = _fields(view, output)
    scope = view.scope
    meetings = [] if scope is None else list(zip(scope.labels, scope.meetings, strict=True))
    envelope = {
        "schema_version": JSON_SCHEMA_VERSION,
        "msecwg": __version__,
        "kind": view.kind,
        "as_of": view.as_of,
        "meeting": _meeting(*meetings[0]) if len(meetings) == 1 else None,
        "meetings": [_meeting(label, m) for label, m in meetings],
        "records": [{n: getattr(row, n) for n in names} for row in view.rows],
    }
    encoded = msgspec.json.format(msgspec.json.encode(envelope).decode(), indent=2)
    return escape_json(encoded) + "\n"

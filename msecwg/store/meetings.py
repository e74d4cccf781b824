"""The meetings a run answers for, labelled and in the order held, and the one --meeting picks."""

from __future__ import annotations

import datetime as dt
import os
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import msgspec

from msecwg.dates import AmbiguousDate, iso_date, parse_date
from msecwg.errors import DataError, UsageProblem
from msecwg.model import Meeting
from msecwg.store import load, record
from msecwg.store.load import Held as Held


def transcriptions(paths: Sequence[Path]) -> list[Path]:
    """Answer the transcription files the paths name (a folder's `*.toml` but its record), once."""
    found: dict[str, Path] = {}  # by where each leads, the first path given to it
    for path in paths:
        inside = [path]
        if path.is_dir():
            with os.scandir(path) as entries:
                inside = sorted(
                    path / e.name
                    for e in entries
                    if e.name.endswith(".toml")
                    and e.name != record.NAME
                    and not os.path.isdir(e.path)
                )
            if not inside:
                raise DataError(
                    f"{path}: no transcriptions (*.toml) in this folder; make them with "
                    "'msecwg import MINUTES... -o FOLDER'"
                )
        for each in inside:
            found.setdefault(os.path.abspath(each), each)
    return list(found.values())


def examine(paths: Sequence[Path], *, facts: bool = True, cached: bool = True) -> list[Held]:
    """Answer each transcription the paths name, examined, but for the facts files they name."""
    folders: dict[str, str] = {}  # the paths folders lead to, found once
    examined = [
        load.examine(path, facts=facts, cached=cached, folders=folders)
        for path in transcriptions(paths)
    ]
    named = {
        os.path.abspath(found.path.parent / found.head.facts)
        for found in examined
        if found.head is not None and found.head.facts is not None
    }
    # A file named as facts is no meeting, unless it reads as a transcription (check says so).
    return [
        found
        for found in examined
        if os.path.abspath(found.path) not in named or found.head is not None
    ]


class Read(msgspec.Struct, frozen=True):
    """The valid meetings some paths name, labelled, in the order held; and each file left out."""

    held: list[Held]
    left_out: list[str]


def read(paths: Sequence[Path], *, facts: bool = False) -> Read:
    """Answer the valid meetings the paths name (else the bundled one), and each file left out."""
    examined = examine(paths or [load.bundled_path()], facts=facts)
    left_out = [load.first_problem(found) for found in examined if found.problems]
    valid = [found for found in examined if not found.problems]
    labels = labels_of([(m.meeting, m.path) for m in valid])
    held = [msgspec.structs.replace(m, label=n) for n, m in zip(labels, valid, strict=True)]
    return Read(in_order(held), left_out)


def label(meeting: Meeting, path: Path) -> str:
    """Answer a meeting's name among others: "IETF 57", "interim 2017-06-07", its date or file."""
    if meeting.ietf is not None:
        return f"IETF {meeting.ietf}"
    first = meeting.first_day
    if first is not None:
        day = iso_date(first.day, first.precision)
        return f"interim {day}" if meeting.interim else day
    return path.stem


def labels_of(meetings: Sequence[tuple[Meeting, Path]]) -> list[str]:
    """Answer each meeting's label; a label two meetings share is followed by the group's name
    where that tells them apart ("IETF 99 (HTTP)", "IETF 99 (QUIC)"), else by the file's name."""
    plain = [label(m, path) for m, path in meetings]
    of_group = [(n, m.working_group.casefold()) for n, (m, _) in zip(plain, meetings, strict=True)]
    alike, alike_in_group = Counter(plain), Counter(of_group)
    labels = []
    for name, named, (m, path) in zip(plain, of_group, meetings, strict=True):
        if alike[name] > 1:
            name += f" ({m.working_group})" if alike_in_group[named] == 1 else f" ({path.stem})"
        labels.append(name)
    return labels


def held_on(meeting: Meeting) -> dt.date | None:
    """Answer the day a meeting was held (its earliest session's), where the minutes say."""
    return first.day if (first := meeting.first_day) else None


IETF_SPACING = dt.timedelta(days=365 / 3)  # about how far apart IETF meetings fall


def in_order(meetings: Iterable[Held]) -> list[Held]:
    """Answer the meetings by the day held, an undated IETF one placed by number, the rest last."""
    meetings = list(meetings)
    dated = sorted(
        (m.meeting.ietf, day)
        for m in meetings
        if m.meeting.ietf is not None and (day := held_on(m.meeting)) is not None
    )

    def key(m: Held) -> tuple[dt.date, int, int, str]:
        day, number = held_on(m.meeting), m.meeting.ietf
        if day is not None:
            return day, 0, number or 0, m.path.name
        if number is not None and dated:
            return _placed(number, dated), 1, number, m.path.name
        return dt.date.max, 2, number or 0, m.path.name

    return sorted(meetings, key=key)


def _placed(number: int, dated: list[tuple[int, dt.date]]) -> dt.date:
    """Answer where an undated IETF meeting falls among the dated ones (number, day), sorted."""
    at = bisect_left(dated, (number,))  # the first of this number or after it
    if at < len(dated) and dated[at][0] == number:
        return dated[at][1]
    if 0 < at < len(dated):
        (n0, d0), (n1, d1) = dated[at - 1], dated[at]
        return d0 + (d1 - d0) * (number - n0) / (n1 - n0)
    n, d = dated[at - 1] if at else dated[0]
    try:
        return d + IETF_SPACING * (number - n)
    except OverflowError:
        return dt.date.max if number > n else dt.date.min


# An IETF meeting's number as people type it ("118", "IETF 118", "ietf118", "ietf-118")
_NUMBER = re.compile(r"(?:ietf)?[-_ ]?(\d{1,4})", flags=re.IGNORECASE)
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")  # "2019-06", the month an interim's label names
# The number in a file's path: "ietf70.txt", "ietf118/minutes.md", "2021-11-IETF112/minutes.md",
# "dance-ietf112.md", Datatracker's "minutes-118-masque-202311061300-00.md"
FILE_NUMBER = re.compile(
    r"(?:^|/)minutes-(?P<datatracker>\d{2,3})-[a-z]|(?<![a-z])ietf[-_ ]?(?P<number>\d{2,3})(?!\d)",
    re.IGNORECASE,
)


def file_number(name: str) -> int | None:
    """Answer the IETF number a file's name or path gives ("ietf70.txt", "quic/ietf104.md",
    "ietf118/minutes.md", "minutes-118-masque-202311061300-00.md"), or None."""
    found = FILE_NUMBER.search(name.replace("\\", "/"))
    if found is None:
        return None
    return int(found.group("number") or found.group("datatracker"))


def number(m: Held) -> int | None:
    """Answer a meeting's IETF number (none for an interim): its own, else its files' names'."""
    if m.meeting.ietf is not None or m.meeting.interim:
        return m.meeting.ietf
    return file_number(m.path.name) or file_number(m.head.minutes if m.head else "")


def _names(m: Held) -> set[str]:
    """Answer what --meeting may call a meeting, in any case ("2026-03" or "interim-2026-03" for
    "interim 2026-03")."""
    label = m.label.casefold()
    return {label, label.removeprefix("interim "), label.replace(" ", "-"), m.path.stem.casefold(),
            m.path.name.casefold()}  # fmt: skip


def pick(meetings: Sequence[Held], wanted: str) -> Held:
    """Answer the meeting `wanted` names by number, day, label or file name, else UsageProblem."""
    word = wanted.strip()
    typed = _NUMBER.fullmatch(word)
    if typed is not None:
        found = [m for m in meetings if number(m) == int(typed.group(1))]
    else:
        found = [m for m in meetings if word.casefold() in _names(m)]
        if not found:
            bare = re.sub(r"^interim[-_ ]*", "", word, flags=re.IGNORECASE)
            month = _MONTH.fullmatch(bare)
            if month is not None:
                ym = (int(month.group(1)), int(month.group(2)))
                found = [m for m in meetings if ym in {(d.year, d.month) for d in days(m.meeting)}]
            else:
                day = _day(bare)
                found = [m for m in meetings if day is not None and day in days(m.meeting)]
    if len(found) == 1:
        return found[0]
    if found:
        raise UsageProblem(
            f"--meeting {wanted!r} names {len(found)} meetings: "
            f"{', '.join(m.path.name for m in found)}; give its file's name"
        )
    every = ", ".join(m.label for m in meetings[:10]) + (" ..." if len(meetings) > 10 else "")
    raise UsageProblem(f"--meeting {wanted!r} names no meeting given; they are: {every}")


def _day(word: str) -> dt.date | None:
    """Answer the day a word names, or None; refused (UsageProblem) when it reads as two days."""
    try:
        return parse_date(word)
    except AmbiguousDate as problem:
        raise UsageProblem(f"--meeting {problem}") from None
    except ValueError:
        return None


def days(meeting: Meeting) -> set[dt.date]:
    """Answer every day the meeting was held on, as far as its minutes say."""
    return {d.day for d in meeting.days}

"""Importing minutes where groups keep them: which files in a folder are minutes,
which are not minutes at all, what each transcription is named, and whether an
import may write it.

A folder is searched, folders within it too, for minutes by their names as groups
and the Datatracker give them; a file that is not minutes (an HTML page, an empty
or binary file) is named with why and skipped, and the others are imported. Each
transcription is named after its meeting, and carries in its header a record of
the import: a digest of the minutes it was made from and one of what import
wrote, so that a later import knows minutes that changed and a transcription a
person has edited since.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeVar

import msgspec

from msecwg import __version__
from msecwg.dates import count, iso_date
from msecwg.errors import DataError, MsecwgError, UsageProblem, WriteError
from msecwg.model import UNNAMED_GROUP, Transcription
from msecwg.show.safe import escape_toml
from msecwg.store.cache import code_digest
from msecwg.store.files import decode_text, read_bytes, reason, signals_held, write_file

if TYPE_CHECKING:
    from concurrent.futures import Executor

R = TypeVar("R")

SUFFIXES = (".md", ".txt", ".markdown")
"""The endings of minutes files: Markdown and plain text."""
MINUTES_WORDS = {"minutes", "notes"}
"""Words in a file's name that make it minutes ("minutes.md", "minutes-118-masque-….md",
"notes.md", "msec-ietf57-minutes.txt")."""
OTHER_WORDS = {
    "agenda", "slides", "readme", "charter", "bluesheet", "bluesheets", "chat", "jabber",
    "recording", "license", "contributing", "changelog", "template", "polls",
}  # fmt: skip
"""Words in a file's name that make it another document of a meeting or a repository."""
MEETING_NAME = re.compile(r"v?ietf-?\d{2,3}|interim")
"""A name made of the meeting alone: "ietf104.md", "IETF-118.md", "interim-20-10.md", and a
virtual IETF's "vietf107.md"."""
DRAFT_NAME = re.compile(r"draft-[a-z0-9]+-", re.IGNORECASE)
"""A name a draft's file has ("draft-ietf-quic-multipath.md"): another document, which an
import does not name among the files it passed over."""
PASSED_OVER_SHOWN = 3
"""The most files passed over in a folder that an import names."""
GENERIC = {"minutes", "notes", "index"}
"""File names that name no meeting: their folder's name does ("ietf118/minutes.md")."""

_HTML = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
_BINARY_WINDOW = 8192
_STAMP = re.compile(
    rb"^# msecwg import: minutes sha256:(?P<minutes>[0-9a-f]{64});(?:\n#   | )"
    rb"as written sha256:(?P<written>[0-9a-f]{64})"
    rb"(?:;\n#   read by msecwg [^\n,]{1,40}, code blake2b:(?P<code>[0-9a-f]{40}))?\n",
    re.MULTILINE,
)
"""The record of an import: over three comment lines, or, as imports once wrote it, over
two or on one, without the code that read the minutes."""
_MINUTES_KEY = re.compile(rb'^minutes = "(?P<path>(?:[^"\\\n]|\\.)*)"\r?$', re.MULTILINE)


# Where transcriptions go.


def destination(minutes: Sequence[Path], output: str | None) -> tuple[Path | None, Path | None]:
    """Answer where the transcriptions of these minutes go: into a folder, as
    (folder, None), or, for one minutes file, to one file, as (None, file), or to
    stdout, as (None, None).

    `-o` names a folder when it is one, ends with "/", or several minutes (or a folder
    of them) are imported; otherwise the file. Refuses (UsageProblem) several minutes
    without `-o` or to stdout, and to a file.
    """
    one = len(minutes) == 1 and not minutes[0].is_dir()
    if one and output in (None, "-"):
        return None, None
    if output is None:
        raise UsageProblem(
            "several minutes, or a folder of them: give -o FOLDER to write their "
            "transcriptions into (stdout takes one)"
        )
    if output == "-":
        raise UsageProblem(
            "-o -: stdout takes the transcription of one minutes file; give -o FOLDER"
        )
    out = Path(output)
    if out.is_dir() or output.endswith(("/", os.sep)):
        return out, None
    if one:
        return None, out
    if os.path.lexists(out):
        raise UsageProblem(f"{output}: is a file; for several minutes, give -o FOLDER")
    if out.suffix == ".toml":
        raise UsageProblem(f"{output}: for several minutes, give -o FOLDER, not a .toml file")
    return out, None


# Which files are minutes.


def is_minutes_name(name: str) -> bool:
    """Answer whether a file's name is that of minutes as groups keep them: Markdown
    or text named "minutes" or "notes" (alone or among other words, as the
    Datatracker's "minutes-118-masque-202311061300-00.md"), or named after the meeting,
    alone or after its group ("ietf104.md", "interim-20-10.md", "quic-ietf104.md");
    never an agenda, slides, a README, a charter or another document named so, nor a
    hidden file."""
    words = _name_words(name)
    if words is None:
        return False
    grouped = words[1:] if len(words) > 1 and words[0].isalpha() else []
    return bool(MINUTES_WORDS.intersection(words)) or any(
        MEETING_NAME.fullmatch(meeting[0]) or MEETING_NAME.fullmatch("-".join(meeting[:2]))
        for meeting in (words, grouped)
        if meeting
    )


def _name_words(name: str) -> list[str] | None:
    """Answer the words of a Markdown or text file's name, or None for another file or one
    whose name says it is another document (an agenda, slides, a README)."""
    if not _text_file(name):
        return None
    words = [w for w in re.split(r"[-_.\s]+", name.rpartition(".")[0].casefold()) if w]
    if not words or OTHER_WORDS.intersection(words):
        return None
    return words


def _text_file(name: str) -> bool:
    """Answer whether a file's name is a Markdown or text file's, not a hidden one's."""
    _, dot, suffix = name.rpartition(".")
    return bool(dot) and f".{suffix.casefold()}" in SUFFIXES and not name.startswith(".")


class Gathered(NamedTuple):
    """The minutes files paths name, a line for each folder that could not be read or
    holds none, and one for each that holds other files that may be minutes."""

    files: list[Path]
    problems: list[str]
    passed_over: list[str]


def gather(paths: Sequence[Path]) -> Gathered:
    """Answer the minutes files the paths name, each once, in order of path: a file as
    it is given (whatever its name), a folder as every minutes file in it or in folders
    within it (by name: is_minutes_name; hidden folders left out, links to folders not
    followed); a line for each folder that could not be read or holds no minutes file; and
    one for each folder that holds some and Markdown or text files passed over, but those
    whose names say they are another document (an agenda, slides, a README, a draft)."""
    found: list[Path] = []
    problems: list[str] = []
    passed_over: list[str] = []
    for path in paths:
        if path.is_dir():
            inside, others = _search(path, problems)
            if not inside:
                problems.append(_none_named(path, others[0] if others else None))
            elif others:
                passed_over.append(_passed_over(path, others))
            found += inside
        else:
            found.append(path)
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(os.path.realpath(path), path)
    return Gathered(sorted(unique.values(), key=_natural), problems, passed_over)


def _natural(path: Path) -> list[str | int]:
    """Answer the order of a path among others: by its parts, numbers by their value
    ("ietf97.md" before "ietf100.md")."""
    key: list[str | int] = []
    for part in re.split(r"(\d+)", path.as_posix()):
        key.append(int(part) if part.isdigit() else part)
    return key


def _search(folder: Path, problems: list[str]) -> tuple[list[Path], list[Path]]:
    """Answer the minutes files in a folder and the folders within it, and the other
    Markdown or text files there no name says are another document, saying in `problems`
    each folder that cannot be read."""

    def unreadable(error: OSError) -> None:
        where = error.filename or folder
        problems.append(f"{where}: cannot read the folder ({error.strerror}); skipped")

    found: list[Path] = []
    others: list[Path] = []
    for top, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(names):
            if is_minutes_name(name):
                found.append(Path(top) / name)
            elif _name_words(name) is not None and not DRAFT_NAME.match(name):
                others.append(Path(top) / name)  # maybe minutes, named otherwise
    return found, others


def _passed_over(folder: Path, files: list[Path]) -> str:
    """Answer the line that names the files of a folder passed over, the first few, and how
    to import one."""
    shown = ", ".join(str(f.relative_to(folder)) for f in files[:PASSED_OVER_SHOWN])
    more = len(files) - PASSED_OVER_SHOWN
    return (
        f"{folder}: not named as minutes, so not imported: {shown}"
        f"{f' and {more} more' if more > 0 else ''}; to import one, name it: "
        f"msecwg import {files[0]}"
    )


def _none_named(folder: Path, other: Path | None) -> str:
    """Answer the line that says a folder holds no file named as minutes are, and how to
    import `other`, a Markdown or text file it holds."""
    if other is None:
        return f"{folder}: no minutes file in it; skipped"
    return (
        f"{folder}: no file in it is named as minutes are (minutes.md, notes.txt, "
        f"ietf118.md); skipped: to import one, name it: msecwg import {other}"
    )


def not_minutes(data: bytes) -> str | None:
    """Answer why a file's bytes are not minutes to import ("an HTML page, not
    minutes"), or None when they may be."""
    if not data.strip():
        return "an empty file, not minutes"
    if b"\0" in data[:_BINARY_WINDOW]:
        return "a binary file, not minutes"
    if _HTML.match(data[:_BINARY_WINDOW]):
        return "an HTML page, not minutes"
    return None


def read_minutes(path: Path) -> tuple[bytes, str]:
    """Answer the bytes of a minutes file and their text; refuse (DataError, naming the
    file) one that cannot be read or is not minutes."""
    data = read_bytes(path, "minutes")
    why = not_minutes(data)
    if why is not None:
        raise DataError(f"{path}: {why}")
    return data, decode_text(data, path)


# What each transcription is named.


def meeting_name(t: Transcription, minutes: Path) -> str:
    """Answer the name of a meeting's transcription, without its ending: the group and
    the meeting ("masque-ietf118", "quic-interim-2020-10-22"), or, where the minutes
    give no group or no number or date, the minutes file's own name ("ietf104", and
    "interim-20-10" for "interim-20-10/minutes.md")."""
    m = t.meeting
    group = re.sub(r"[^a-z0-9]+", "-", m.working_group.casefold()).strip("-")
    if group and m.working_group != UNNAMED_GROUP:
        if m.interim and m.date is not None:
            return f"{group}-interim-{iso_date(m.date.day, m.date.precision)}"
        if m.ietf is not None:
            return f"{group}-ietf{m.ietf}"
    if minutes.stem.casefold() in GENERIC and minutes.parent.name not in ("", ".", ".."):
        return minutes.parent.name
    return minutes.stem


def claims(folder: Path) -> dict[str, str | None]:
    """Answer each transcription (*.toml) in a folder by its file name, with the minutes
    it was made from (their real path; None where it names none msecwg can read)."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if e.name.endswith(".toml"))
    except OSError:
        return {}
    return {name: _minutes_of(folder / name) for name in names}


def _minutes_of(path: Path) -> str | None:
    """Answer the real path of the minutes a transcription names, or None."""
    import rtoml

    try:
        found = _MINUTES_KEY.search(read_bytes(path, "transcription"))
    except DataError:
        return None
    if found is None:
        return None
    try:
        named = str(rtoml.loads(found.group(0).decode("utf-8").rstrip("\r"))["minutes"])
    except (UnicodeDecodeError, rtoml.TomlParsingError):
        return None
    return os.path.realpath(path.parent / named)


class Names:
    """The file name of each transcription to write into a folder, given the
    transcriptions already there with the minutes each was made from (see of)."""

    def __init__(self, taken: dict[str, str | None]) -> None:
        self.owner = {m: name for name, m in reversed(taken.items()) if m is not None}
        self.used = set(taken)

    def of(self, minutes: Path, want: str) -> str:
        """Answer the file name of the transcription of `minutes`, which wants `want`.

        Minutes that a transcription there was made from keep its name; other minutes get
        the name they want, or, where it is taken (by a transcription of other minutes,
        or by minutes asked of earlier: two sessions of one meeting), the first free of
        "-2", "-3", and so on. The same minutes and folder always give the same names.
        """
        mine = self.owner.get(os.path.realpath(minutes))
        if mine is not None:
            return mine
        name, n = f"{want}.toml", 1
        while name in self.used:
            n += 1
            name = f"{want}-{n}.toml"
        self.used.add(name)
        return name


# The record of an import, in the transcription's header.


def digest(data: bytes) -> str:
    """Answer the digest an import records of bytes: SHA-256, as hex."""
    return hashlib.sha256(data).hexdigest()


def stamped(text: str, minutes: bytes) -> bytes:
    """Answer a transcription's text (as transcribe.to_toml writes it), with the record
    of its import at the end of its header comments, over three lines: a digest of the
    minutes, one of the text itself, and the msecwg that read them (its version, and a
    digest of its code)."""
    data = text.encode("utf-8")
    record = (
        f"# msecwg import: minutes sha256:{digest(minutes)};\n"
        f"#   as written sha256:{digest(data)};\n"
        f"#   read by msecwg {__version__}, code blake2b:{code_digest()}\n"
    )
    at = data.find(b"\n\n") + 1
    return data[:at] + record.encode("ascii") + data[at:]


class Record(NamedTuple):
    """What a transcription's header records of its import: the minutes' digest, whether
    the file is still what import wrote, the digest of what it wrote, and that of the code
    that read the minutes (None where an earlier import did not record it)."""

    minutes: str
    edited: bool
    written: str
    code: str | None


def record_of(data: bytes) -> Record | None:
    """Answer the record of the import a transcription holds, or None when it holds
    none (not made by import, or the record was taken out)."""
    found = _STAMP.search(data)
    if found is None:
        return None
    rest = data[: found.start()] + data[found.end() :]
    written = found.group("written").decode()
    code = found.group("code")
    minutes = found.group("minutes").decode()
    return Record(minutes, digest(rest) != written, written, code.decode() if code else None)


# Whether an import may write.


Verdict = Literal["write", "replace", "unchanged", "left"]


def verdict(
    target: Path, minutes: bytes, name: str, *, update: bool, force: bool
) -> tuple[Verdict, str | None]:
    """Answer what to do with a transcription of these minutes at `target` (`name` in
    messages), and why it is left, if it is: write it where nothing is; with `force`,
    replace what is there; leave one this msecwg made from the same minutes ("unchanged"),
    and one another msecwg made from them unless `update` asks to read them again; with
    `update`, replace one made from other minutes or by another msecwg, unless a person
    has edited it since or import did not make it; otherwise leave what is there."""
    if not os.path.lexists(target):
        return "write", None
    if force:
        return "replace", None
    record: Record | None = None
    unreadable: str | None = None
    try:
        record = record_of(read_bytes(target, "transcription"))
    except DataError as problem:
        unreadable = f"{problem}; left as it is"
    if record is not None and record.minutes == digest(minutes):
        if record.code == code_digest():
            return "unchanged", None
        if not update:
            return "unchanged", "made by another version of msecwg: add --update to read it again"
    if not update:
        return "left", (
            f"{name}: already exists; left as it is (add --update to import minutes that "
            "changed, --force to replace it)"
        )
    if unreadable is not None:
        return "left", unreadable
    if record is None:
        return "left", (
            f"{name}: holds no record of an import (made or changed by hand); left as it is "
            "(add --force to replace it)"
        )
    if record.edited:
        return "left", (
            f"{name}: edited since import; left as it is (import it to another folder to compare)"
        )
    return "replace", None


def write(data: bytes, target: Path, *, replace: bool) -> None:
    """Write a transcription at `target`, making its folder (and theirs) first; refuse
    (UsageProblem, WriteError) as files.write_file does."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UsageProblem(f"{target.parent}: is a file, not a folder") from None
    except OSError as error:
        raise WriteError(f"{target.parent}: cannot make the folder ({reason(error)})") from None
    write_file(data, target, force=replace)


# The report.


def found(t: Transcription) -> str:
    """Answer what an import found, as the report says it: "9 sections, 143 exchanges,
    12 documents, 2 decisions, 5 action items"."""
    exchanges = sum(len(s.exchanges) for s in t.sections)
    decisions = sum(len(s.decisions) for s in t.sections)
    return ", ".join(
        count(n, thing)
        for n, thing in (
            (len(t.sections), "section"),
            (exchanges, "exchange"),
            (len(t.documents), "document"),
            (decisions, "decision"),
            (len(t.actions), "action item"),
        )
    )


def summary(imported: int, unchanged: int, skipped: int, folder: Path) -> str:
    """Answer the line that ends the report of an import into a folder."""
    line = f"{imported} imported, {unchanged} unchanged, {skipped} skipped"
    if not imported:
        return f"{line}; nothing written to {folder}"
    return f"{line}; written to {folder}. Review them, then msecwg check {folder}"


def lines(items: Sequence[str]) -> Iterator[str]:
    """Yield each thing left for a person, once, in order."""
    yield from dict.fromkeys(items)


def transcription_of(data: bytes) -> Transcription:
    """Answer the records of a transcription's TOML as check reads them; refuse
    (DataError) what does not follow the format."""
    import rtoml

    try:
        return msgspec.convert(rtoml.loads(data.decode("utf-8")), Transcription)
    except (rtoml.TomlParsingError, msgspec.ValidationError) as error:
        raise DataError(f"the transcription made does not follow the format ({error})") from None


# An import of many minutes, file by file.


class Outcome(NamedTuple):
    """What became of one minutes file: its kind, the report's line for it, and the
    transcription's bytes where they go to stdout."""

    kind: Literal["imported", "unchanged", "skipped", "failed"]
    line: str
    data: bytes | None = None


class Made(NamedTuple):
    """Minutes read and transcribed, not yet written: their bytes, the transcription
    (one check accepts), and what is left for a person."""

    data: bytes
    transcription: Transcription
    left: list[str]


class Ready(NamedTuple):
    """Minutes transcribed, as their file's writing needs them: their bytes, their
    transcription's name (meeting_name), what was found (found), what is left for a
    person, and the transcription's bytes, or why they may not be written."""

    data: bytes
    name: str
    found: str
    left: list[str]
    written: bytes | str


def make(path: Path, data: bytes, text: str, beside: Path) -> Made:
    """Answer the transcription of the minutes read from `path` (their bytes and text),
    to be written in the folder `beside`: what breaks a rule of check left out and said
    (settle.py), then checked as check would. Refuses (DataError, naming the file) a
    transcription check would still refuse."""
    from msecwg import importer
    from msecwg.importer import settle, transcribe

    made = transcribe.transcribe(
        importer.read(text, name="/".join(path.absolute().parts[-2:])),
        os.path.relpath(path, beside),
    )
    t, left_out, refused = settle.settle(made.transcription, text)
    if refused:
        raise DataError(f"{path}: import made a transcription check refuses: {refused[0]}")
    return Made(data, t, [*made.left, *left_out])


def toml(made: Made, path: Path) -> bytes:
    """Answer the bytes of a transcription to write, with what is left for a person and
    the record of its import in its header; refuse (DataError) one that does not read
    back as the same records. Control characters and bidirectional overrides from the
    minutes or their file's name are written as escapes (safe.escape_toml): the file,
    or stdout, holds nothing that can steer a terminal."""
    from msecwg.importer import transcribe

    text = transcribe.to_toml(made.transcription, path, list(lines(made.left)))
    data = stamped(escape_toml(text), made.data)
    if transcription_of(data) != made.transcription:
        raise DataError(f"{path}: the transcription made does not read back as written")
    return data


def ready(made: Made, path: Path) -> Ready:
    """Answer minutes transcribed as their file's writing needs them (see Ready): the
    transcription's bytes made (toml), or why toml refuses them."""
    try:
        written: bytes | str = toml(made, path)
    except DataError as refused:
        written = str(refused)
    t = made.transcription
    return Ready(made.data, meeting_name(t, path), found(t), made.left, written)


def imported_line(path: Path, made: Ready, written: str | None, *, review: bool) -> str:
    """Answer the report's line for minutes imported: what was found, how many things
    are left for a person (listed in the transcription's header), where it was
    written, and, with `review`, what to do next."""
    left = count(len(list(lines(made.left))), "thing")
    line = f"{path}: {made.found}; {left} left for a person"
    if written is None:
        return line
    line += f"; wrote {written}"
    return line + (f". Review it, then msecwg check {written}" if review else "")


def run(
    files: Sequence[Path], folder: Path | None, target: Path | None, *, update: bool, force: bool
) -> Iterator[Outcome]:
    """Yield what becomes of each minutes file, in order: imported into `folder` under
    its meeting's name (see Names), or, for one file, to `target` (None: stdout); each
    file that is not minutes, cannot be read, or whose transcription may not be written
    skipped with why; the others imported all the same."""
    beside = folder or (target.parent if target else Path.cwd())
    namer = Names(claims(folder) if folder is not None else {})
    outcomes: dict[int, Outcome] = {}
    steps = []
    for path in files:
        known = target
        if folder is not None:
            mine = namer.owner.get(os.path.realpath(path))
            known = folder / mine if mine is not None else None
        name = None if known is None else known.name if folder else str(known)
        steps.append(partial(_prepared, path, known, name, beside, update, force))
    written: dict[int, Callable[[], Outcome]] = {}
    with _writer(len(files)) as write:
        for n, result in enumerate(_each(steps, files)):
            if not isinstance(result, Ready):
                outcomes[n] = result
                continue
            place = target if folder is None else folder / namer.of(files[n], result.name)
            shown_as = None if place is None else place.name if folder else str(place)
            step = partial(_written, files[n], result, place, shown_as, update, force)
            written[n] = write(step, files[n])
        outcomes.update((n, outcome()) for n, outcome in written.items())
    for n in range(len(files)):
        yield outcomes[n]


WRITERS = 16
"""How many transcriptions a folder import writes at once: each waits on the disk to
keep it (fsync), and the disk keeps several together in the time of one."""


@contextmanager
def _writer(files: int) -> Iterator[Callable[[Callable[[], Outcome], Path], Callable[[], Outcome]]]:
    """Answer what writes a transcription (see _guarded) as soon as it is made, and
    answers what became of it once written: while other minutes are still read, several
    at once where there are several files. A stopped import stops those not yet begun;
    each file is written whole or not at all."""
    if files < 2:

        def now(step: Callable[[], Outcome], path: Path) -> Callable[[], Outcome]:
            outcome = _guarded(step, path)
            return lambda: outcome

        yield now
        return
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(WRITERS)
    try:
        yield lambda step, path: pool.submit(_guarded, step, path).result
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(cancel_futures=True)


PARALLEL = 8
"""Minutes files from which an import reads them in as many processes as there are
processors to use: fewer are read in this one."""


def _each(
    steps: Sequence[Callable[[], Outcome | Ready]], files: Sequence[Path]
) -> Iterator[Outcome | Ready]:
    """Yield what each step answers for its minutes file (see _guarded), in order: in
    processes of their own, one a processor, for PARALLEL files or more."""
    workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if len(steps) < PARALLEL or (workers or 1) < 2:
        for step, path in zip(steps, files, strict=True):
            yield _guarded(step, path)
        return
    from concurrent.futures import ProcessPoolExecutor

    with signals_held():  # each reading process starts whole, known to the pool, before Ctrl-C
        pool = ProcessPoolExecutor(workers, initializer=_deaf_to_ctrl_c)
        read = pool.map(_guarded, steps, files, chunksize=4)
    try:
        yield from read
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def _deaf_to_ctrl_c() -> None:
    """Leave Ctrl-C to the import that started this reading process (the terminal sends it
    to every process of the import, and a process stopped while it holds the queue of
    minutes leaves the others, and the import waiting for them, blocked for ever); take
    the other stopping signals, which were held while it started."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_SETMASK, set())


def _stop(pool: Executor) -> None:
    """Stop a pool as an import stops (Ctrl-C), what is not begun cancelled. Ctrl-C may
    come while the pool starts a thread, which cannot be waited for until it runs: then
    it is left to end with the process, which waits for it."""
    with suppress(RuntimeError):
        pool.shutdown(cancel_futures=True)


def _prepared(
    path: Path, known: Path | None, name: str | None, beside: Path, update: bool, force: bool
) -> Outcome | Ready:
    """Answer the minutes at `path` transcribed, or, where the transcription it would
    replace is `known` and is to be left (unchanged, edited, there), what becomes of it."""
    data, text = read_minutes(path)
    if known is not None and _same_file(known, path):
        return Outcome("skipped", _own_minutes(name or str(known)))
    if known is not None:
        what, why = verdict(known, data, name or str(known), update=update, force=force)
        if what == "unchanged":
            return _unchanged(path, name or str(known), why)
        if what == "left":
            return Outcome("skipped", f"{why}")
    return ready(make(path, data, text, beside), path)


def _written(
    path: Path, made: Ready, place: Path | None, shown_as: str | None, update: bool, force: bool
) -> Outcome:
    """Answer what becomes of minutes transcribed: written at `place` (None: stdout)
    where verdict allows, else left with why."""
    if isinstance(made.written, str):
        raise DataError(made.written)
    data = made.written
    if place is None:
        return Outcome("imported", imported_line(path, made, None, review=False), data)
    if _same_file(place, path):
        return Outcome("skipped", _own_minutes(shown_as or str(place)))
    what, why = verdict(place, made.data, shown_as or str(place), update=update, force=force)
    if what == "unchanged":
        return _unchanged(path, shown_as or str(place), why)
    if what == "left":
        return Outcome("skipped", why or str(place))
    before = _read_again(place, made.data) if what == "replace" and not force else None
    write(data, place, replace=what == "replace")
    if before is not None and before == record_of(data):
        said = f"{path}: read again by this msecwg, the same as its import; wrote {shown_as}"
        return Outcome("imported", said)
    review = shown_as == str(place)
    return Outcome("imported", imported_line(path, made, shown_as, review=review))


def _unchanged(path: Path, name: str, why: str | None) -> Outcome:
    """Answer what becomes of minutes whose transcription `name` is left unchanged, and why,
    where another msecwg made it."""
    said = f"{path}: unchanged since its import ({name})"
    return Outcome("unchanged", f"{said}; {why}" if why else said)


def _read_again(place: Path, minutes: bytes) -> Record | None:
    """Answer the record of the import at `place` where these same minutes are read again
    (by another msecwg), as this msecwg would have written it: where it is the new
    import's, the minutes read as they were then, and only the record is new."""
    try:
        record = record_of(read_bytes(place, "transcription"))
    except DataError:
        return None
    if record is None or record.minutes != digest(minutes):
        return None
    return record._replace(code=code_digest())


def _own_minutes(name: str) -> str:
    """Answer why a transcription is not written over the minutes it is made of."""
    return (
        f"{name}: is the minutes being imported; left as they are "
        "(give the transcription another name)"
    )


def _same_file(place: Path, path: Path) -> bool:
    """Answer whether a transcription's place is the file of the minutes themselves."""
    try:
        return os.path.samefile(place, path)
    except OSError:
        return False


def _guarded(step: Callable[[], R], path: Path) -> R | Outcome:
    """Answer what a step answers for one minutes file, or, where it fails, what
    becomes of the file: skipped, with the reason (a bug in msecwg said as one, which
    MSECWG_DEBUG=1 shows whole)."""
    try:
        return step()
    except MsecwgError as problem:
        return Outcome("skipped", f"{problem}; skipped")
    except Exception as bug:
        if os.environ.get("MSECWG_DEBUG"):
            raise
        return Outcome(
            "failed",
            f"{path}: internal error: {type(bug).__name__}: {bug} (please report it; "
            "MSECWG_DEBUG=1 shows the traceback); skipped",
        )

"""The benchmark of msecwg: every part, every bound, one summary.

    python bench/run.py                              # every part
    python bench/run.py --part startup --rounds 40   # one part (repeat --part for more)
    python bench/run.py --part real --commands "people,people NAME,check"
    python bench/run.py --part reading --verbose     # and what each import missed or added

The parts: startup (each command against the bare interpreter and the floor app of
bench/floors.py); scale (transcriptions 10 and 100 times the bundled one, and meetings of
distinct quotes, bench/distinct.py, with no cache); hostile (input built to make import
and check slow); across (the QUIC WG's 16 minutes of ../shared/minutes/quic/ imported, and
1,000 synthetic meetings, bench/meetings.py); real (1,000 meetings of real size imported
in one run, and every command across them); reading (five shared minutes read by hand
into ../shared/gold/, imported and scored by bench/score.py; every shared file imported).

Every bound is stated once, in the table of constants below. Timed commands run as
processes of their own, as a shell runs them, round-robin (one run of each, then again)
so that drift in the machine's speed touches them all alike; medians and ratios come from
the same run. `--tool hyperfine` times them one after another instead, to cross-check.
Every run uses a cache of checked transcriptions of the benchmark's own, warm after the
first runs (but for the distinct-quote runs). Exits 1 when a bound is missed. Nothing
here is part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shlex
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from importlib.metadata import version
from itertools import count
from pathlib import Path

import msgspec
import rtoml

from msecwg.errors import OK, OVERDUE, SKIPPED
from msecwg.model import Transcription
from msecwg.store.load import bundled_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import distinct
import meetings
import score

# The bounds, each with what it holds and why. Ratios are of medians taken in one run.
# startup: shell completion runs the whole program on every Tab.
TABLE_VS_FLOOR = 1.15  # a table, against the floor app: msecwg adds little to its libraries
TABLE_VS_BARE = 10.0  # a table, against `python -c pass`
JSON_VS_BARE = 8.0  # --json and completion, against `python -c pass`: they draw no table
# scale: a transcription 100 times the bundled one costs at most one start-up more.
SCALE_VS_1X = 2.0  # --json and --format tsv, against their time on the bundled data
SCALE_TABLE_VS_RICH = 1.5  # a table, against a bare rich table of the same rows
DISTINCT_SECONDS = 5.0  # check and each command on 100 units (about 6 MB), with no cache
DISTINCT_GROWTH = 3.0  # work beyond start-up, 50 to 100 units: linear is 2.02, the square 4.1
# (measured 1.5 to 2.6 here: noise of about a quarter either way)
IMPORT_100KB_SECONDS = 1.0  # msecwg import of about 100 KB of minutes
# across and real: with the cache warm, a folder of meetings costs little more than one.
QUIC_VS_ONE = 2.0  # each --json across the 16 QUIC meetings, against the bundled meeting
QUIC_TABLE_BUT_TYPER = 1.5  # a QUIC table against a bare rich table of its rows, Typer's
# start-up set aside (msecwg's time less the floor app's drawing the same rows, plus the
# bare table's): the floor app alone takes 1.45 to 1.8 times the bare table, which no Typer
# program escapes
MANY_VS_ONE = 10.0  # each --json across 1,000 meetings (synthetic or real), against one
# (calendar and check are reported unbounded: calendar has no --json, and check reads and
# checks every file on every run, never from the cache; the scale part bounds its growth)
REAL_MB_A_SECOND = 1.0  # importing the 1,000 real-size meetings, 20 MB, in one run (median of 3)
# hostile: input that a reader quadratic in some part of it would take minutes over.
HOSTILE_IMPORT_SECONDS = 2.0  # each hostile minutes file, and 800 KB of realistic Markdown
REALISTIC_IMPORT_SECONDS = 10.0  # 8 MB of realistic Markdown minutes
HOSTILE_CHECK_SECONDS = 2.0  # check of each hostile transcription
HOSTILE_CHECK_MB = 500  # ... and its peak memory
GIVE_UP = 60.0  # seconds after which a hostile run is stopped, and its bound missed
# reading: pooled over the five readings by hand (docs/import.md sets them beside the
# figures measured as the reader grew); recall is of the reading, precision of msecwg's.
READING = {
    "documents recall": 0.85,
    "documents precision": 0.75,
    "states recall": 0.6,
    "decisions recall": 0.7,
    "decisions precision": 0.7,
    "about recall": 0.6,
    "about precision": 0.7,
    "actions recall": 0.7,
    "actions precision": 0.7,
    "joins recall": 0.8,
    "joins precision": 0.95,
    "speakers recall": 0.9,
}
TURNS_WITHIN = 0.15  # each file's exchanges, off the reading's approximate count of turns
# (and each file's meeting, group, number and dates, right)
SHARED_IMPORT_SECONDS = 1.0  # the import of each minutes file of ../shared/minutes/

PARTS = ("startup", "scale", "hostile", "across", "real", "reading")
PYTHON = sys.executable
FLOORS = str(Path(__file__).resolve().parent / "floors.py")
SHARED = Path(__file__).resolve().parents[2] / "shared"
AS_OF = "2003-08-02"
REAL = 1000  # the meetings of real size
ROUNDS = {"startup": 30, "scale": 15, "distinct": 5, "hostile": 3, "across": 11}
"""Timed runs of each command, by part (the distinct-quote runs are the scale part's)."""

Command = tuple[str, list[str], dict[str, str]]
"""A timed command: its name, its command line, what it adds to the environment."""
Row = tuple[str, str, str, bool | None]
"""A line of the summary: what, its figure, what that is set against, whether it is within
its bound (None: it has none)."""
Timer = Callable[[Sequence[Command], int], dict[str, float]]
Run = tuple[float, float, int | None]
"""A hostile run: its seconds, its peak memory in MB, its exit status (None: stopped)."""

# Three commands on the bundled meeting, timed at start-up and at scale.
SAMPLE = (
    ("drafts", ["drafts", "--as-of", AS_OF]),
    ("actions --overdue", ["actions", "--overdue", "--as-of", AS_OF]),
    ("discussion gsakmp", ["discussion", "gsakmp"]),
)
# Every command across meetings, and what it is asked on the bundled meeting (and the
# synthetic ones, copies of it), on the QUIC WG's meetings, and on the meetings of real size.
ACROSS = {
    "drafts": "drafts --as-of {day}",
    "actions": "actions --as-of {day}",
    "actions --overdue": "actions --overdue --as-of {day}",
    "discussion TOPIC": "discussion {topic}",
    "decisions": "decisions",
    "people": "people",
    "people NAME": "people {name}",
    "search": "search {word}",
    "timeline": "timeline --as-of {day}",
    "calendar": "calendar",
    "check": "check",
}
ASKED = [
    {"day": AS_OF, "topic": "gsakmp", "name": "hugh", "word": "token"},
    {"day": "2021-01-01", "topic": "version", "name": "jana", "word": "stream"},
    {"day": "2030-01-01", "topic": "client-hints", "name": "mnot", "word": "stream"},
]
TABLES = ("drafts", "actions", "discussion TOPIC")
# Every command on the meetings of distinct quotes.
DISTINCT = [
    ["check"],
    ["drafts", "--json", "--as-of", "2001-06-01"],
    ["actions", "--overdue", "--json", "--as-of", "2001-06-01"],
    ["discussion", "t0", "--json"],
    ["timeline", "--json", "--as-of", "2001-06-01"],
    ["people", "--json"],
    ["people", "person-1", "--json"],
    ["search", "item", "--json"],
    ["calendar"],
]


def msecwg(*args: str) -> list[str]:
    """The command line that runs msecwg as installed: its console script if there is one."""
    script = Path(PYTHON).parent / "msecwg"
    return [PYTHON, str(script), *args] if script.is_file() else [PYTHON, "-m", "msecwg", *args]


def run(argv: list[str]) -> bytes:
    """The output of a command that must succeed."""
    return subprocess.run(argv, capture_output=True, check=True).stdout


def row(name: str, seconds: float, against: str = "", ok: bool | None = None) -> Row:
    return name, f"{seconds * 1000:.1f}ms", against, ok


def size(path: Path) -> str:
    """A file's size, in KB or (from 1 MB) in MB."""
    n = path.stat().st_size
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n // 1000} KB"


def ratio(name: str, seconds: float, base: float, of: str, bound: float | None = None) -> Row:
    """A row of `seconds` set against `base`, within `bound` times it if one is given."""
    said = f"{seconds / base:.2f}x {of}" + ("" if bound is None else f" (bound {bound:g}x)")
    return row(name, seconds, said, None if bound is None else seconds / base <= bound)


def time_round_robin(commands: Sequence[Command], rounds: int, warmup: int = 2) -> dict[str, float]:
    """Median seconds of each command by name, run `warmup` + `rounds` times, interleaved."""
    times: dict[str, list[float]] = {name: [] for name, _, _ in commands}
    for round_ in range(warmup + rounds):
        for name, argv, extra in commands:
            env, start = {**os.environ, **extra}, time.perf_counter()
            done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            elapsed = time.perf_counter() - start
            if done.returncode not in (0, 3):
                sys.exit(f"{name} failed ({done.returncode}): {done.stderr.decode().strip()}")
            if round_ >= warmup:
                times[name].append(elapsed)
    return {name: statistics.median(values) for name, values in times.items()}


def time_hyperfine(commands: Sequence[Command], rounds: int) -> dict[str, float]:
    """Median seconds of each command by name, timed by hyperfine one after another."""
    medians = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, argv, extra in commands:
            export, env = Path(tmp) / "out.json", {**os.environ, **extra}
            hyperfine = ["hyperfine", "-N", "--warmup", "3", "--runs", str(rounds)]
            hyperfine += ["--export-json", str(export), shlex.join(argv)]
            subprocess.run(hyperfine, env=env, stdout=subprocess.DEVNULL, check=True)
            medians[name] = json.loads(export.read_text())["results"][0]["median"]
    return medians


def floors(name: str, argv: list[str], label: str, folder: Path) -> list[Command]:
    """A bare rich table of the rows msecwg's table of `argv` shows, and the floor app
    drawing them behind its Typer command line."""
    markdown = str(folder / f"{name.split()[0]}-{label}.md")
    Path(markdown).write_bytes(run(msecwg(*argv, "--format", "markdown")))
    return [
        (f"{name} bare rich table [{label}]", [PYTHON, FLOORS, "--bare", markdown], {}),
        (f"{name} Typer + rich table [{label}]", [PYTHON, FLOORS, markdown], {}),
    ]


def startup(rounds: int, timer: Timer) -> list[Row]:
    """Start-up of each command, as a table, as --json, and completing."""
    bare, floor = "python -c pass", "floor: Typer + rich, 5 rows"
    commands: list[Command] = [(bare, [PYTHON, "-c", "pass"], {}), (floor, [PYTHON, FLOORS], {})]
    for name, modules in (
        ("import typer", "typer"),
        ("import typer, msgspec, rtoml", "typer, msgspec, rtoml"),
        ("  ... and rich's tables", "typer, msgspec, rtoml, rich.console, rich.table"),
    ):
        commands.append((name, [PYTHON, "-c", f"import {modules}"], {}))
    for name, args in SAMPLE:
        commands.append((f"{name} (table)", msecwg(*args, "--format", "table"), {}))
        commands.append((f"{name} --json", msecwg(*args, "--json"), {}))
    complete = {"_MSECWG_COMPLETE": "complete_bash", "COMP_WORDS": "msecwg discussion gs"}
    commands.append(("completion: discussion gs", msecwg(), {**complete, "COMP_CWORD": "2"}))
    timed = timer(commands, rounds)
    rows = []
    for name, seconds in timed.items():
        vs_bare, vs_floor = seconds / timed[bare], seconds / timed[floor]
        if name.endswith("(table)"):
            said = f"{vs_bare:.1f}x bare, {vs_floor:.2f}x floor"
            said += f" (bounds {TABLE_VS_BARE:g}x, {TABLE_VS_FLOOR:g}x)"
            ok = vs_bare <= TABLE_VS_BARE and vs_floor <= TABLE_VS_FLOOR
            rows.append(row(name, seconds, said, ok))
        else:
            bounded = name.endswith("--json") or name.startswith("completion")
            rows.append(
                ratio(name, seconds, timed[bare], "bare", JSON_VS_BARE if bounded else None)
            )
    return rows


def larger(bundled: Path, factor: int, folder: Path) -> Path:
    """Write a SYNTHETIC transcription `factor` times the bundled one into `folder`: people,
    documents and action items repeated with their ids suffixed, each section's points and
    exchanges `factor` times, the quotes those of the bundled minutes, copied beside it."""
    data = rtoml.loads(bundled.read_text(encoding="utf-8"))

    def tag(value: str, copy: int) -> str:
        return value if copy == 0 else f"{value}-s{copy}"

    copies = range(factor)
    people = [{**p, "id": tag(p["id"], c)} for c in copies for p in data["people"]]
    documents = [{**d, "id": tag(d["id"], c)} for c in copies for d in data["documents"]]
    items = {
        kind: [
            {**a, "id": tag(a["id"], c), "document": tag(a["document"], c),
             "people": [tag(o, c) for o in a.get("people", [])]}
            for c in copies
            for a in data[kind]
        ]
        for kind in ("actions", "follow_ups")
    }  # fmt: skip
    for section in data["sections"]:
        section["points"] = section["points"] * factor
        section["exchanges"] = [
            {**e, **({"person": tag(e["person"], c)} if "person" in e else {})}
            for c in copies
            for e in section.get("exchanges", [])
        ]
    data.update(people=people, documents=documents, **items)
    for beside in (data["minutes"], data.get("facts")):
        if beside:
            shutil.copy(bundled.parent / beside, folder / beside)
    path = folder / f"synthetic-{factor}x.toml"
    path.write_text(
        f"# SYNTHETIC: the bundled transcription made {factor} times larger by bench/run.py,\n"
        "# for timing only. Not a record of any meeting.\n\n" + rtoml.dumps(data),
        encoding="utf-8",
    )
    return path


def scale(folder: Path, rounds: int, timer: Timer) -> list[Row]:
    """Each command as --json, TSV and a table on transcriptions 1, 10 and 100 times the
    bundled one, and a bare rich table of the rows of each table at 100 times."""
    bundled = bundled_path()
    data = {"1x": bundled, **{f"{n}x": larger(bundled, n, folder) for n in (10, 100)}}
    commands: list[Command] = []
    for label, path in data.items():
        for name, args in SAMPLE:
            for fmt in ("json", "tsv", "table"):
                argv = msecwg("--data", str(path), *args, "--format", fmt)
                commands.append((f"{name} --format {fmt} [{label}]", argv, {}))
    for name, args in SAMPLE:
        commands += floors(name, ["--data", str(data["100x"]), *args], "100x", folder)[:1]
    timed = timer(commands, rounds)
    rows = []
    for name, seconds in timed.items():
        one = timed.get(re.sub(r"\[\d+x\]$", "[1x]", name), seconds)
        if name.endswith("[1x]") or "bare rich" in name:
            rows.append(row(name, seconds))
        elif name.endswith("[10x]"):
            rows.append(ratio(name, seconds, one, "1x"))
        elif "table" in name:
            rich = timed[f"{name.split(' --format')[0]} bare rich table [100x]"]
            rows.append(ratio(name, seconds, rich, "bare rich", SCALE_TABLE_VS_RICH))
        else:
            rows.append(ratio(name, seconds, one, "1x", SCALE_VS_1X))
    return rows


def distinct_quotes(folder: Path, rounds: int, timer: Timer) -> list[Row]:
    """Importing about 100 KB of minutes, synthetic and real; and each command on meetings
    of distinct quotes 1, 50 and 100 units large (the largest about 6 MB of transcription),
    with no cache: each run reads and checks the transcription, as a first run does."""
    distinct.write(5, folder)
    real = SHARED / "minutes" / "quic" / "interim-17-06.md"
    commands = [
        (f"import {name} ({size(path)})", msecwg("import", str(path)), {})
        for name, path in (("synthetic", folder / "minutes.txt"), ("quic/" + real.name, real))
        if path.is_file()
    ]
    for units in (1, 50, 100):
        (folder / f"{units}x").mkdir()
        data = ["--data", str(distinct.write(units, folder / f"{units}x"))]
        for args in DISTINCT:
            name = " ".join(a for a in args if not a.startswith("-") and a[0] != "2")
            argv = msecwg(*data, *args)
            commands.append((f"{name} [distinct {units}x]", argv, {"MSECWG_CACHE": ""}))
    timed = timer(commands, rounds)
    rows = []
    for name, seconds in timed.items():
        one = timed.get(re.sub(r"\d+x\]$", "1x]", name), seconds)
        if name.startswith("import"):
            said = f"bound {IMPORT_100KB_SECONDS:g} s"
            rows.append(row(name, seconds, said, seconds < IMPORT_100KB_SECONDS))
        elif name.endswith("[distinct 1x]"):
            rows.append(row(name, seconds))
        elif name.endswith("[distinct 50x]"):
            rows.append(ratio(name, seconds, one, "1x"))
        else:
            growth = (seconds - one) / (timed[name.replace("100x]", "50x]")] - one)
            said = f"growth {growth:.2f} from 50x (bound {DISTINCT_GROWTH:g})"
            said += f", bound {DISTINCT_SECONDS:g} s"
            ok = growth <= DISTINCT_GROWTH and seconds < DISTINCT_SECONDS
            rows.append(row(name, seconds, said, ok))
    return rows


def hostile_minutes(folder: Path) -> list[tuple[str, Path, float, set[int]]]:
    """Write minutes that a reader quadratic in some part of them takes minutes over, and
    realistic Markdown minutes of 800 KB and 8 MB (cut from ../shared/minutes/, when they
    are there); answer each with its name, its bound in seconds, and the exit statuses its
    import may end with (minutes of no words are skipped)."""
    rng = random.Random(57)

    def word(n: int) -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(n)).capitalize()

    head = "# QUIC WG IETF 110 Minutes\n\n## Discussion\n\n"
    letters = string.ascii_lowercase
    near = [(a, b, c) for a in letters for b in letters for c in letters]
    made = {
        "2,000 distinct speakers": head
        + "".join(f"{word(6)} {word(7)}: we agree here\n\n" for _ in range(2000)),
        "2,000 speakers a letter apart": head
        + "".join(f"Name {a.upper()}{b}{c}: we agree here\n\n" for a, b, c in near[:2000]),
        "'Hugh: ' and 80,000 '?'": "Hugh: " + "?" * 80_000 + "\n",
        "80,000 '<!--'": "<!--" * 80_000 + "\n",
        "20,000 HTML comments": head + "".join(f"<!-- note {n} -->\n" for n in range(20_000)),
        "5,000 drafts by file name": head
        + "".join(f"- draft-ietf-quic-topic{n}-00 is discussed\n" for n in range(5000)),
        "5,000 drafts by name": head
        + "".join(f"- the Topic{n} draft is discussed\n" for n in range(5000)),
        "a table of 5,000 drafts' states": head
        + "| Draft | State |\n|---|---|\n"
        + "".join(f"| draft-ietf-quic-topic{n}-00 | Waiting for write-up |\n" for n in range(5000)),
        "4,000 fenced blocks of 20 lines": head
        + "".join("```\n" + "code line\n" * 20 + "```\n\ntext\n\n" for _ in range(4000)),
        "a fence around 20,000 points": head
        + "```\n"
        + "".join(f"- point {n}\n" for n in range(20_000))
        + "```\n",
        "15,000 lines reporting speech in one paragraph": head + "Dana said it is fine.\n" * 15_000,
    }
    found: list[tuple[str, Path, float, set[int]]] = []
    for name, text in made.items():
        path = folder / f"import-{len(found)}.md"
        path.write_text(text, encoding="utf-8")
        statuses = {SKIPPED} if name == "80,000 '<!--'" else {OK, OVERDUE}
        found.append((name, path, HOSTILE_IMPORT_SECONDS, statuses))
    sources = sorted((SHARED / "minutes").glob("*/*.md"))
    for size, bound in ((800_000, HOSTILE_IMPORT_SECONDS), (8_000_000, REALISTIC_IMPORT_SECONDS)):
        if not sources:
            break
        parts: list[str] = []
        while sum(map(len, parts)) < size:
            parts.append(sources[len(parts) % len(sources)].read_text(encoding="utf-8"))
        path = folder / f"realistic-{size // 1000}k.md"
        path.write_text("".join(parts), encoding="utf-8")
        found.append((f"realistic Markdown of {size / 1e6:g} MB", path, bound, {OK, OVERDUE}))
    return found


def hostile_transcriptions(folder: Path) -> list[tuple[str, Path]]:
    """Write two transcriptions check once took minutes over, each with minutes that hold
    every passage (so that check finds no problem): one whose 20,000 summary points share
    their first words, and one whose 2,000 action items each give a date that 2,000
    summary points state otherwise; answer each with its name."""
    bundled = bundled_path()
    base = rtoml.loads(bundled.read_text(encoding="utf-8"))
    minutes = (bundled.parent / base["minutes"]).read_text(encoding="utf-8")
    base.pop("facts", None)
    made: list[tuple[str, Path]] = []
    shared = [f"The working group noted that item {n} of the list stands." for n in range(20_000)]
    first = {**base, "sections": [dict(s) for s in base["sections"]]}
    first["sections"][0]["points"] = shared
    second = {**base, "sections": [dict(s) for s in base["sections"]]}
    (item,) = [a for a in base["actions"] if a["id"] == "a"]
    second["actions"] = [{**item, "id": f"a-{n}"} for n in range(2000)]
    points = ["MIKEY closes 15 August 2003."] * 2000
    second["sections"][1]["points"] = [*second["sections"][1]["points"], *points]
    for name, data, extra in (
        ("20,000 passages sharing their first 24 characters", first, shared),
        ("2,000 deadlines stated otherwise 2,000 times", second, points[:1]),
    ):
        n = len(made)
        data = {**data, "minutes": f"check-{n}-minutes.txt"}
        (folder / data["minutes"]).write_text(minutes + "\n".join(extra) + "\n", encoding="utf-8")
        path = folder / f"check-{n}.toml"
        path.write_text(rtoml.dumps(data), encoding="utf-8")
        made.append((name, path))
    return made


def peak_run(argv: list[str]) -> Run:
    """A command's run as a process of its own, stopped after GIVE_UP seconds."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stop = threading.Timer(GIVE_UP, process.kill)
    stop.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    stop.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, None if seconds >= GIVE_UP else process.returncode


def judged(name: str, runs: list[Run], bound: float, statuses: set[int], memory: int = 0) -> Row:
    """A row of runs' median seconds, within the bound when each exited as it should (and,
    when `memory` is not 0, within that many MB at its peak)."""
    seconds = statistics.median(r[0] for r in runs)
    peak = max(r[1] for r in runs)
    said = f"{peak:.0f} MB; bound {bound:g} s, {memory} MB" if memory else f"bound {bound:g} s"
    wrong = sorted({r[2] for r in runs if r[2] is not None and r[2] not in statuses})
    if any(r[2] is None for r in runs):
        return row(name, seconds, f"{said}; stopped after {GIVE_UP:g} s", False)
    if wrong:
        return row(name, seconds, f"{said}; exit {', '.join(map(str, wrong))}", False)
    return row(name, seconds, said, seconds < bound and (not memory or peak < memory))


def hostile(folder: Path, rounds: int) -> list[Row]:
    """Import each hostile minutes file and check each hostile transcription, `rounds` times."""
    rows = []
    for name, path, bound, statuses in hostile_minutes(folder):
        argv = msecwg("import", str(path), "-o", str(folder / f"{path.stem}.toml"), "--force")
        runs = [peak_run(argv) for _ in range(rounds)]
        rows.append(judged(f"import {name} ({size(path)})", runs, bound, statuses))
    for name, path in hostile_transcriptions(folder):
        runs = [peak_run(msecwg("check", str(path))) for _ in range(rounds)]
        name = f"check {name} ({size(path)})"
        rows.append(judged(name, runs, HOSTILE_CHECK_SECONDS, {OK}, HOSTILE_CHECK_MB))
    return rows


def imported_quic(folder: Path) -> Path | None:
    """Import the QUIC WG's minutes into a folder of their own, when they are there."""
    sources = sorted((SHARED / "minutes" / "quic").glob("*.md"))
    if not sources:
        return None
    (folder / "quic").mkdir()
    for source in sources:
        shutil.copy(source, folder / "quic" / source.name)
    run(msecwg("import", *(str(folder / "quic" / s.name) for s in sources), "-o", f"{folder}/quic"))
    return folder / "quic"


def imported_real(folder: Path, rounds: int = 3) -> tuple[Path, Path, Row]:
    """Write the minutes of 1,000 meetings of real size and import their folder in one
    msecwg import run, timed `rounds` times (each into a new folder; the median is judged),
    and the first of them alone; answer the folders of their transcriptions (the many,
    the one) and the import's row."""
    minutes, one = folder / "real-minutes", folder / "real-1"
    paths = meetings.write_real(REAL, minutes)
    size = sum(p.stat().st_size for p in paths) / 1e6
    times = []
    for n in range(rounds):
        many = folder / f"real-{n}" if n < rounds - 1 else folder / "real"
        shutil.rmtree(many, ignore_errors=True)
        start = time.perf_counter()
        done = subprocess.run(msecwg("import", str(minutes), "-o", f"{many}/"), capture_output=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            said = done.stderr.decode()[-2000:]
            sys.exit(f"import of {minutes} failed ({done.returncode}): {said}")
        if many.name != "real":
            shutil.rmtree(many)
    run(msecwg("import", str(paths[0]), "-o", f"{one}/"))
    seconds = statistics.median(times)
    rates = ", ".join(f"{size / t:.2f}" for t in times)
    said = f"{size / seconds:.2f} MB/s, median of {rates} (bound {REAL_MB_A_SECOND:g} MB/s)"
    name = f"import {REAL} real-size meetings ({size:.1f} MB)"
    return many, one, row(name, seconds, said, size / seconds >= REAL_MB_A_SECOND)


def across(
    folder: Path, rounds: int, timer: Timer, others: bool, real: bool, names: list[str]
) -> list[Row]:
    """Every command as --json (calendar and check as they are) on the bundled meeting,
    the QUIC meetings and 1,000 synthetic ones (with `others`), and on 1,000 meetings of
    real size and one alone (with `real`), the cache warm; tables of the QUIC meetings
    beside the floors of their rows; only the commands of ACROSS in `names`, if any."""
    rows: list[Row] = []
    sets: list[tuple[str, Path | None, dict[str, str]]] = []  # a name, a folder, what is asked
    quic = imported_quic(folder) if others else None
    if others:
        meetings.write(1000, folder / "synthetic")
        sets += [("1 meeting", None, ASKED[0]), ("1000 meetings", folder / "synthetic", ASKED[0])]
    if quic is not None:
        sets.append(("QUIC", quic, ASKED[1]))
    if real:
        many, one, imported = imported_real(folder)
        rows.append(imported)
        sets += [("1 real meeting", one, ASKED[2]), (f"{REAL} real meetings", many, ASKED[2])]
    chosen = {name: line for name, line in ACROSS.items() if not names or name in names}
    commands: list[Command] = []
    for label, data, asked in sets:
        where = ["--data", str(data)] if data else []
        for name, line in chosen.items():
            if name == "calendar" and asked is not ASKED[0]:
                continue  # the QUIC and real minutes date nothing a calendar holds: an error
            json = [] if name in ("calendar", "check") else ["--json"]
            args = line.format(**asked).split()
            commands.append((f"{name} [{label}]", msecwg(*where, *args, *json), {}))
    for name in (n for n in chosen if n in TABLES and quic is not None):
        args = chosen[name].format(**ASKED[1]).split()
        table = msecwg("--data", str(quic), *args, "--format", "table")
        commands.append((f"{name} table [QUIC]", table, {}))
        commands += floors(name, ["--data", str(quic), *args], "QUIC", folder)
    timed = timer(commands, rounds)
    for name, seconds in timed.items():
        command, label = name.rsplit(" [", 1)
        if label in ("1 meeting]", "1 real meeting]") or "bare rich" in name:
            rows.append(row(name, seconds))
        elif "Typer + rich" in name:
            rows.append(ratio(name, seconds, timed[name.replace("Typer +", "bare")], "bare rich"))
        elif command.endswith(" table"):
            rich = timed[name.replace(" table [", " bare rich table [")]
            own = 1 + (seconds - timed[name.replace(" table [", " Typer + rich table [")]) / rich
            said = f"{seconds / rich:.2f}x bare rich; {own:.2f}x but for Typer"
            said += f" (bound {QUIC_TABLE_BUT_TYPER:g}x)"
            rows.append(row(name, seconds, said, own <= QUIC_TABLE_BUT_TYPER))
        else:
            one = timed[f"{command} [1 {'real meeting' if 'real' in label else 'meeting'}]"]
            bound = QUIC_VS_ONE if label == "QUIC]" else MANY_VS_ONE
            unbounded = command in ("calendar", "check")
            rows.append(ratio(name, seconds, one, "1 meeting", None if unbounded else bound))
    return rows


def imported(minutes: Path, folder: Path) -> tuple[Transcription, float]:
    """The transcription `msecwg import` writes of minutes, and the seconds it took."""
    target = folder / f"{minutes.parent.name}-{minutes.stem}.toml"
    began = time.perf_counter()
    run(msecwg("import", str(minutes), "-o", str(target), "--force"))
    took = time.perf_counter() - began
    return msgspec.convert(rtoml.loads(target.read_text(encoding="utf-8")), Transcription), took


def show(table: Sequence[Sequence[str]], right: Sequence[int] = ()) -> None:
    """Print rows of cells in aligned columns, those in `right` aligned right."""
    widths = [max(map(len, column)) for column in zip(*table, strict=True)]
    for line in table:
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, c, w in zip(count(), line, widths)]
        print("  ".join(cells).rstrip())


def reading(folder: Path, verbose: bool) -> list[Row]:
    """Score the import of each annotated minutes file, printing a table of the scores
    (and with `verbose` what each import missed and added); time the import of every
    shared minutes file."""
    if not (SHARED / "gold").is_dir():
        return [("reading", "-", f"no annotations at {SHARED / 'gold'}", False)]

    def figure(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}"

    def both(tally: score.Tally) -> str:
        return f"{figure(tally.recall)}/{figure(tally.precision)}"

    pooled = {measure: score.Tally() for measure in score.MEASURES}
    table = [["file", *(f"{m} R/P" for m in pooled), "turns", "meeting"]]
    offs, wrong = [], []
    for path in sorted((SHARED / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        t, _ = imported(SHARED / "minutes" / gold["file"], folder)
        tallies = score.score(t, gold)
        turns, annotated = sum(len(s.exchanges) for s in t.sections), gold["turns_total"]
        offs.append((abs(turns - annotated) / annotated, path.stem))
        mine = score.meeting_wrong(t, gold)
        wrong += [f"{path.stem}: {w}" for w in mine]
        cells = [both(tallies[m]) for m in pooled]
        table.append([path.stem, *cells, f"{turns}/{annotated}", "wrong" if mine else "right"])
        for m, tally in tallies.items():
            pooled[m].add(tally)
            for kind, said in (("missed", tally.missed), ("extra", tally.extra)) if verbose else ():
                print("".join(f"{path.stem}: {m}: {kind}: {s}\n" for s in said), end="")
    show([*table, ["pooled", *(both(p) for p in pooled.values()), "", ""]])
    rows: list[Row] = []
    for name, bound in READING.items():
        value = getattr(pooled[name.split()[0]], name.split()[1])
        ok = value is not None and value >= bound
        rows.append((f"reading: {name}", figure(value), f"bound {bound:g}", ok))
    off, worst = max(offs)
    said = f"{worst} (bound {TURNS_WITHIN:g})"
    rows.append(("reading: turns off the reading, most", f"{off:.2f}", said, off <= TURNS_WITHIN))
    right = f"{sum(cells[-1] == 'right' for cells in table[1:])} of {len(offs)}"
    said = "; ".join(wrong) or "bound: every file"
    rows.append(("reading: the meeting right", right, said, not wrong))
    timed = [
        (imported(minutes, folder)[1], f"{minutes.parent.name}/{minutes.name}")
        for minutes in sorted((SHARED / "minutes").glob("*/*"))
        if minutes.suffix in (".md", ".txt") and minutes.name != "README.md"
    ]
    (seconds, slowest), over = max(timed), sum(s > SHARED_IMPORT_SECONDS for s, _ in timed)
    said = f"{slowest}{f', {over} over' if over else ''} (bound {SHARED_IMPORT_SECONDS:g} s)"
    name = f"reading: slowest import of {len(timed)} shared minutes"
    return [*rows, row(name, seconds, said, not over)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add = parser.add_argument
    add("--part", action="append", choices=PARTS, help="a part to run, again for more; default all")
    by_part = ", ".join(f"{part} {n}" for part, n in ROUNDS.items())
    add("--rounds", type=int, help=f"timed runs of each command; default by part: {by_part}")
    add(
        "--commands",
        type=lambda text: [n.strip() for n in text.split(",")],
        default=[],
        help="across and real: only these commands of ACROSS, as 'people,people NAME,check'",
    )
    add("--tool", choices=("harness", "hyperfine"), default="harness", help="what times commands")
    add("--verbose", action="store_true", help="reading: list what each import missed and added")
    options = parser.parse_args()
    if options.tool == "hyperfine" and shutil.which("hyperfine") is None:
        parser.error("hyperfine is not installed")
    unknown = sorted(set(options.commands) - set(ACROSS))
    if unknown:
        parser.error(f"no such command across meetings: {', '.join(unknown)}")
    timer = time_hyperfine if options.tool == "hyperfine" else time_round_robin
    parts = options.part or PARTS
    rounds = {part: options.rounds or n for part, n in ROUNDS.items()}

    libraries = ("msecwg", "typer", "rich", "msgspec", "rtoml", "python-dateutil")
    day = time.strftime("%Y-%m-%d")
    versions = ", ".join(f"{n} {version(n)}" for n in libraries)
    python = f"Python {sys.version.split()[0]}"
    print(f"msecwg benchmark: {python}, {versions}; {os.cpu_count()} CPUs; {day}")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="msecwg-bench-") as tmp:
        for name in ("PYTHONDONTWRITEBYTECODE", "FORCE_COLOR", "MSECWG_CACHE"):
            os.environ.pop(name, None)
        # Every command runs so: bytecode caches allowed, no colour, 80 columns, a cache of
        # checked transcriptions of the benchmark's own, where the user's would be.
        os.environ.update(COLUMNS="80", NO_COLOR="1", XDG_CACHE_HOME=f"{tmp}/cache")

        def place(part: str) -> Path:
            (Path(tmp) / part).mkdir()
            return Path(tmp) / part

        if "startup" in parts:
            rows += startup(rounds["startup"], timer)
        if "scale" in parts:
            rows += scale(place("scale"), rounds["scale"], timer)
            rows += distinct_quotes(place("distinct"), rounds["distinct"], timer)
        if "hostile" in parts:
            rows += hostile(place("hostile"), rounds["hostile"])
        if "across" in parts or "real" in parts:
            others, real = "across" in parts, "real" in parts
            rows += across(place("across"), rounds["across"], timer, others, real, options.commands)
        if "reading" in parts:
            rows += reading(place("reading"), options.verbose)
    marks = {None: "", True: "  ok", False: "  MISSED"}
    show([("measured", "figure", "against"), *((n, f, a + marks[ok]) for n, f, a, ok in rows)], [1])
    missed = any(ok is False for *_, ok in rows)
    print("some bounds missed" if missed else "all bounds met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up and scale benchmark for msecwg, with bounds.

    python bench/startup.py            # start-up and scale, 30 rounds
    python bench/startup.py --rounds 40 --skip-scale
    python bench/startup.py --real-only  # import and answer 1,000 meetings of real size
    python bench/startup.py --real-only --commands "people,people NAME,check"
    python bench/startup.py --hostile-only  # import and check hostile input

Every command runs as a separate process, the way a shell runs it. The
commands of one part are run round-robin (one run of each, then again), so that
drift in the machine's speed touches them all alike; the table reports medians
and ratios from the same run. Hyperfine times commands one after another, not
interleaved, so `--tool hyperfine` (when installed) is offered to cross-check
the start-up part, not used by default.

Bounds (medians):
- table output of each command: at most 1.15x the Typer + rich floor app
  (bench/floor_app.py) and at most 10x the bare interpreter;
- --json, and shell completion: at most 8x the bare interpreter;
- on a synthetic transcription 100x the bundled one: --json and --format tsv at
  most 2x their time on the bundled data, and table output at most 1.5x a bare
  rich table of the same rows (bench/rich_floor.py);
- on synthetic meetings whose every quote is distinct (bench/distinct.py), check
  and every command under 5 s at 100 times a unit (about 6 MB of transcription),
  the work beyond start-up growing linearly: from 50x to 100x at most 3 times
  (2.02 is linear, 4.1 the square of the data; runs on a shared 2-CPU machine
  measured 1.5 to 2.6, noise of about a quarter either way);
- msecwg import of about 100 KB of minutes under 1 s;
- across meetings, with the cache of checked transcriptions warm: on the 16 QUIC
  WG minutes of ../shared/minutes/quic/ imported into one folder (when that
  folder is there), every command's --json at most 2x its time on the bundled
  meeting, and each table at most 1.5x a bare rich table of the same rows once
  Typer's own start-up is set aside (msecwg's time less that of bench/floor_app.py
  drawing the same rows, plus the bare rich table's, over the bare rich table's;
  the Typer floor alone measures 1.45 to 1.8x the bare rich table); on a
  synthetic folder of 1,000 meetings (bench/meetings.py), every command's --json
  at most 10x its time on the bundled meeting (calendar and check, which have no
  --json, are reported without a bound: check reads and checks every file on every
  run, never from the cache, and the distinct-quote part bounds its growth);
- 1,000 meetings of real size (bench/meetings.py --real: about 20 KB of minutes
  each, cut from ../shared/minutes/), imported as a folder in one msecwg import
  run, at no less than 1 MB of minutes a second; and every command's --json across
  their 1,000 transcriptions at most 10x its time on one of them imported alone
  (calendar apart: the one meeting's minutes date nothing it holds, an error; check
  reported without a bound, as above);
- hostile input, each in one msecwg run: minutes of many speakers, of many names
  near one another, of a question mark repeated, of unclosed and closed HTML
  comments, of many drafts named, and realistic Markdown minutes of 800 KB, each
  imported in under 2 s; 8 MB of realistic Markdown minutes (cut from
  ../shared/minutes/, when they are there) imported in under 10 s; check of a
  transcription whose passages share their beginnings, and of one whose deadlines
  are stated differently many times over, each in under 2 s and 500 MB.

Every run uses a cache of checked transcriptions of the benchmark's own, warm
after the first runs (the warm-up), but for the distinct-quote part, which runs
with none.

Exits 1 when a bound is missed. Nothing here is part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import rtoml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
PYTHON = sys.executable
AS_OF = "2003-08-02"

Command = tuple[str, list[str], dict[str, str]]


CACHE = Path(tempfile.mkdtemp(prefix="msecwg-bench-cache-"))
"""The cache folder the runs use, as the user's would be (XDG_CACHE_HOME), but apart."""


def environment() -> dict[str, str]:
    """The environment every command runs in: bytecode caches allowed, no colour, a
    cache of checked transcriptions of the benchmark's own."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "FORCE_COLOR")
    }
    env.pop("MSECWG_CACHE", None)
    env.update(COLUMNS="80", NO_COLOR="1", XDG_CACHE_HOME=str(CACHE))
    return env


def msecwg(*args: str) -> list[str]:
    """The command line that runs msecwg as installed: its console script if there is one."""
    script = Path(PYTHON).parent / "msecwg"
    return [PYTHON, str(script), *args] if script.is_file() else [PYTHON, "-m", "msecwg", *args]


def time_round_robin(commands: Sequence[Command], rounds: int, warmup: int = 2) -> dict[str, float]:
    """Run each command `warmup` + `rounds` times, interleaved; answer median seconds by name."""
    base = environment()
    times: dict[str, list[float]] = {name: [] for name, _, _ in commands}
    for round_ in range(warmup + rounds):
        for name, argv, extra in commands:
            start = time.perf_counter()
            done = subprocess.run(
                argv,
                env={**base, **extra},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                check=False,
            )
            elapsed = time.perf_counter() - start
            if done.returncode not in (0, 3):
                sys.exit(f"{name} failed ({done.returncode}): {done.stderr.decode().strip()}")
            if round_ >= warmup:
                times[name].append(elapsed)
    return {name: statistics.median(values) for name, values in times.items()}


def time_hyperfine(commands: Sequence[Command], rounds: int) -> dict[str, float]:
    """Time each command with hyperfine, one after another; answer median seconds by name."""
    import shlex

    medians = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, argv, extra in commands:
            export = Path(tmp) / "out.json"
            env = {**environment(), **extra}
            hyperfine = ["hyperfine", "-N", "--warmup", "3", "--runs", str(rounds)]
            hyperfine += ["--export-json", str(export), shlex.join(argv)]
            subprocess.run(hyperfine, env=env, stdout=subprocess.DEVNULL, check=True)
            medians[name] = json.loads(export.read_text())["results"][0]["median"]
    return medians


def startup_commands() -> list[Command]:
    """The bare interpreter, the floor app, and each msecwg command as a table and as --json."""
    complete = {
        "_MSECWG_COMPLETE": "complete_bash",
        "COMP_WORDS": "msecwg discussion gs",
        "COMP_CWORD": "2",
    }
    commands: list[Command] = [
        ("python -c pass", [PYTHON, "-c", "pass"], {}),
        ("floor: Typer + rich, 5 rows", [PYTHON, str(HERE / "floor_app.py")], {}),
    ]
    # Not bounded: what importing msecwg's libraries alone costs, to show how much
    # of each ratio is theirs and how much is msecwg's own.
    for name, modules in (
        ("import typer", "typer"),
        ("import typer, msgspec, rtoml", "typer, msgspec, rtoml"),
        ("  ... and rich's tables", "typer, msgspec, rtoml, rich.console, rich.table"),
    ):
        commands.append((name, [PYTHON, "-c", f"import {modules}"], {}))
    for name, args in (
        ("drafts", ["drafts", "--as-of", AS_OF]),
        ("actions --overdue", ["actions", "--overdue", "--as-of", AS_OF]),
        ("discussion gsakmp", ["discussion", "gsakmp"]),
    ):
        commands.append((f"{name} (table)", msecwg(*args, "--format", "table"), {}))
        commands.append((f"{name} --json", msecwg(*args, "--json"), {}))
    commands.append(("completion: discussion gs", msecwg(), complete))
    return commands


def synthetic(bundled: Path, factor: int, folder: Path) -> Path:
    """Write a SYNTHETIC transcription `factor` times the bundled one into `folder`.

    People, documents and action items are repeated with their ids suffixed;
    each section keeps its key and holds its points and exchanges `factor`
    times, so that every command's output grows with the data. The quotes stay
    those of the bundled minutes, which are copied beside it with the facts.
    """
    data = rtoml.loads(bundled.read_text(encoding="utf-8"))

    def tag(value: str, copy: int) -> str:
        return value if copy == 0 else f"{value}-s{copy}"

    copies = range(factor)
    people = [{**p, "id": tag(p["id"], c)} for c in copies for p in data["people"]]
    documents = [{**d, "id": tag(d["id"], c)} for c in copies for d in data["documents"]]
    items = {
        kind: [
            {
                **a,
                "id": tag(a["id"], c),
                "document": tag(a["document"], c),
                "people": [tag(o, c) for o in a.get("people", [])],
            }
            for c in copies
            for a in data[kind]
        ]
        for kind in ("actions", "follow_ups")
    }
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
        f"# SYNTHETIC: the bundled transcription made {factor} times larger by bench/startup.py,\n"
        "# for timing only. Not a record of any meeting.\n\n" + rtoml.dumps(data),
        encoding="utf-8",
    )
    return path


def scale_commands(data: Path, label: str) -> list[Command]:
    """Each command as --json, --format tsv and a table, on one transcription."""
    commands: list[Command] = []
    for name, args in (
        ("drafts", ["drafts", "--as-of", AS_OF]),
        ("actions --overdue", ["actions", "--overdue", "--as-of", AS_OF]),
        ("discussion gsakmp", ["discussion", "gsakmp"]),
    ):
        for fmt in ("json", "tsv", "table"):
            commands.append(
                (
                    f"{name} --format {fmt} [{label}]",
                    msecwg("--data", str(data), *args, "--format", fmt),
                    {},
                )
            )
    return commands


def rich_floor_commands(data: Path, label: str, folder: Path) -> list[Command]:
    """A bare rich table of the same rows as each msecwg table, from its Markdown output."""
    commands: list[Command] = []
    for name, args in (
        ("drafts", ["drafts", "--as-of", AS_OF]),
        ("actions --overdue", ["actions", "--overdue", "--as-of", AS_OF]),
        ("discussion gsakmp", ["discussion", "gsakmp"]),
    ):
        markdown = folder / f"{name.split()[0]}-{label}.md"
        done = subprocess.run(
            msecwg("--data", str(data), *args, "--format", "markdown"),
            env=environment(),
            capture_output=True,
            check=True,
        )
        markdown.write_bytes(done.stdout)
        commands.append(
            (
                f"{name} bare rich table [{label}]",
                [PYTHON, str(HERE / "rich_floor.py"), str(markdown)],
                {},
            )
        )
    return commands


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


def distinct_commands(folder: Path) -> list[Command]:
    """Every command on synthetic meetings of distinct quotes 1, 50 and 100 times the
    size of one unit (the largest about 6 MB of transcription, 2 MB of minutes), with
    no cache: each run reads and checks the transcription, as a first run does."""
    import distinct

    commands: list[Command] = []
    for units in (1, 50, 100):
        place = folder / f"distinct-{units}"
        place.mkdir()
        path = distinct.write(units, place)
        for args in DISTINCT:
            name = f"{' '.join(a for a in args if not a.startswith('-') and a[0] != '2')}"
            argv = msecwg("--data", str(path), *args)
            commands.append((f"{name} [distinct {units}x]", argv, {"MSECWG_CACHE": ""}))
    return commands


SHARED = HERE.parents[1] / "shared" / "minutes"


def import_commands(folder: Path) -> list[Command]:
    """Importing about 100 KB of minutes: synthetic ones, and the largest real minutes
    of ../shared/minutes when they are there."""
    import distinct

    place = folder / "import"
    place.mkdir()
    distinct.write(5, place)
    sources = [("synthetic", place / "minutes.txt")]
    real = SHARED / "quic" / "interim-17-06.md"
    if real.is_file():
        sources.append(("quic/interim-17-06.md", real))
    return [
        (f"import {name} ({path.stat().st_size // 1000} KB)", msecwg("import", str(path)), {})
        for name, path in sources
    ]


# Every command across meetings: its arguments on the bundled meeting (and the
# synthetic ones, which are copies of it), on the QUIC WG's meetings, and on the
# meetings of real size (bench/meetings.py --real), dated 2010 to 2029.
ACROSS = [
    ("drafts", ["drafts", "--as-of", AS_OF], ["drafts", "--as-of", "2021-01-01"],
     ["drafts", "--as-of", "2030-01-01"]),
    ("actions", ["actions", "--as-of", AS_OF], ["actions", "--as-of", "2021-01-01"],
     ["actions", "--as-of", "2030-01-01"]),
    ("actions --overdue", ["actions", "--overdue", "--as-of", AS_OF],
     ["actions", "--overdue", "--as-of", "2021-01-01"],
     ["actions", "--overdue", "--as-of", "2030-01-01"]),
    ("discussion TOPIC", ["discussion", "gsakmp"], ["discussion", "version"],
     ["discussion", "client-hints"]),
    ("people", ["people"], ["people"], ["people"]),
    ("people NAME", ["people", "hugh"], ["people", "jana"], ["people", "mnot"]),
    ("search", ["search", "token"], ["search", "stream"], ["search", "stream"]),
    ("timeline", ["timeline", "--as-of", AS_OF], ["timeline", "--as-of", "2021-01-01"],
     ["timeline", "--as-of", "2030-01-01"]),
    ("calendar", ["calendar"], ["calendar"], ["calendar"]),
    ("check", ["check"], ["check"], ["check"]),
]  # fmt: skip
TABLES = ("drafts", "actions", "discussion TOPIC")


def imported_quic(folder: Path) -> Path | None:
    """Import the QUIC WG's minutes into a folder of their own, when they are there."""
    sources = sorted((SHARED / "quic").glob("*.md"))
    if not sources:
        return None
    place = folder / "quic"
    place.mkdir()
    for source in sources:
        shutil.copy(source, place / source.name)
    subprocess.run(
        msecwg("import", *(str(place / s.name) for s in sources), "-o", str(place)),
        env=environment(), capture_output=True, check=True,
    )  # fmt: skip
    return place


REAL = 1000
"""The meetings of real size the import is timed on."""


def imported_real(folder: Path) -> tuple[Path, Path, float, int]:
    """Write the minutes of 1,000 meetings of real size (bench/meetings.py --real) and
    import their folder in one msecwg import run, timed, and the first of them alone.
    Answers the folder of their transcriptions, that of the one, the seconds the import
    took and the bytes of minutes it read."""
    import meetings

    minutes = folder / "real-minutes"
    paths = meetings.write_real(REAL, minutes)
    size = sum(p.stat().st_size for p in paths)
    many, one = folder / "real", folder / "real-1"
    start = time.perf_counter()
    done = subprocess.run(
        msecwg("import", str(minutes), "-o", f"{many}/"), env=environment(), capture_output=True
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"import of {minutes} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    subprocess.run(
        msecwg("import", str(paths[0]), "-o", f"{one}/"),
        env=environment(), capture_output=True, check=True,
    )  # fmt: skip
    return many, one, seconds, size


def across_commands(
    folder: Path,
    cache: Path,
    real: tuple[Path, Path] | None = None,
    *,
    others: bool = True,
    names: Sequence[str] = (),
) -> tuple[list[Command], list[str]]:
    """Every command as --json (calendar and check as they are) on the bundled meeting,
    on the imported QUIC meetings and on 1,000 synthetic meetings (unless not `others`),
    and on the `real` meetings (1,000, and one alone) when given, the cache in `cache`;
    tables of the QUIC meetings and bare rich tables of their rows; only the commands
    of ACROSS named in `names`, when any are. Answers the commands and the names of the
    data sets."""
    import meetings

    quic = imported_quic(folder) if others else None
    env = {"XDG_CACHE_HOME": str(cache)}
    sets: list[tuple[str, Path | None, int]] = []
    if others:
        synthetic = folder / "synthetic"
        meetings.write(1000, synthetic)
        sets += [("1 meeting", None, 1), ("1000 meetings", synthetic, 1)]
    if quic is not None:
        sets.append(("QUIC", quic, 2))
    if real is not None:
        sets += [("1 real meeting", real[1], 3), (f"{REAL} real meetings", real[0], 3)]
    commands: list[Command] = []
    for label, data, column in sets:
        where = ["--data", str(data)] if data else []
        for name, *args in ACROSS:
            if names and name not in names:
                continue
            if name == "calendar" and column == 3:
                continue  # the real meetings' minutes date nothing a calendar holds: an error
            json = [] if name in ("calendar", "check") else ["--json"]
            argv = msecwg(*where, *args[column - 1], *json)
            commands.append((f"{name} [{label}]", argv, env))
    if quic is not None:
        for name, _, args, _ in (
            a for a in ACROSS if a[0] in TABLES and (not names or a[0] in names)
        ):
            table = msecwg("--data", str(quic), *args, "--format", "table")
            commands.append((f"{name} table [QUIC]", table, env))
            markdown = folder / f"{name.split()[0]}-quic.md"
            done = subprocess.run(
                msecwg("--data", str(quic), *args, "--format", "markdown"),
                env={**environment(), **env}, capture_output=True, check=True,
            )  # fmt: skip
            markdown.write_bytes(done.stdout)
            floor = [PYTHON, str(HERE / "rich_floor.py"), str(markdown)]
            commands.append((f"{name} bare rich table [QUIC]", floor, {}))
            typer_floor = [PYTHON, str(HERE / "floor_app.py"), str(markdown)]
            commands.append((f"{name} Typer + rich table [QUIC]", typer_floor, {}))
    return commands, [label for label, _, _ in sets]


HOSTILE_IMPORT = 2.0
"""Seconds within which each hostile minutes file is imported."""
REALISTIC_IMPORT = 10.0
"""Seconds within which 8 MB of realistic Markdown minutes are imported."""
HOSTILE_CHECK = 2.0
"""Seconds within which check reads each hostile transcription."""
HOSTILE_MEMORY = 500
"""Megabytes within which check reads each hostile transcription."""


def hostile_minutes(folder: Path) -> list[tuple[str, Path, float, set[int]]]:
    """Write minutes that a reader quadratic in some part of them takes minutes over,
    and realistic Markdown minutes of 800 KB and 8 MB (cut from ../shared/minutes/,
    when they are there); answer each with its name, the seconds it must import in,
    and the exit statuses its import may end with (minutes of no words are skipped)."""
    import random
    import string

    from msecwg.errors import OK, OVERDUE, SKIPPED

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
    }
    found: list[tuple[str, Path, float, set[int]]] = []
    for name, text in made.items():
        path = folder / f"import-{len(found)}.md"
        path.write_text(text, encoding="utf-8")
        statuses = {SKIPPED} if name == "80,000 '<!--'" else {OK, OVERDUE}
        found.append((name, path, HOSTILE_IMPORT, statuses))
    sources = sorted(SHARED.glob("*/*.md"))
    for size, bound in ((800_000, HOSTILE_IMPORT), (8_000_000, REALISTIC_IMPORT)):
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
    """Write two transcriptions check once took minutes over, each with minutes that
    hold every passage (so that check finds no problem): one whose 20,000 summary
    points share their first words, and one whose 2,000 action items each give a date
    that 2,000 summary points state otherwise; answer each with its name."""
    from msecwg.store.load import bundled_path

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


GIVE_UP = 60.0
"""Seconds after which a hostile run is stopped and reported as taking at least so long."""


def peak_run(argv: list[str]) -> tuple[float, float, int | None]:
    """Run a command as a process of its own; answer its seconds, its peak memory in
    MB, and its exit status (None where it ran GIVE_UP seconds and was stopped)."""
    watch = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "quiet = subprocess.DEVNULL\n"
        "try:\n"
        f"    status = subprocess.run(sys.argv[1:], stdout=quiet, stderr=quiet, timeout={GIVE_UP})"
        ".returncode\n"
        "except subprocess.TimeoutExpired:\n"
        "    status = None\n"
        "seconds = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(seconds, peak, status)\n"
    )
    done = subprocess.run(
        [PYTHON, "-c", watch, *argv], env=environment(), capture_output=True, text=True, check=True
    )
    seconds, peak, status = done.stdout.split()
    return float(seconds), int(peak) / 1024, None if status == "None" else int(status)


def hostile_results(folder: Path, rounds: int) -> list[tuple[str, float, str, bool]]:
    """Import each hostile minutes file, and check each hostile transcription, each run
    `rounds` times as a process of its own; answer each with its median seconds, what
    it is measured against, and whether it is within its bounds."""
    from msecwg.errors import OK

    results = []
    for name, path, bound, statuses in hostile_minutes(folder):
        out = folder / f"{path.stem}.toml"
        runs = [
            peak_run(msecwg("import", str(path), "-o", str(out), "--force")) for _ in range(rounds)
        ]
        size = path.stat().st_size
        shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size // 1000} KB"
        seconds = statistics.median(r[0] for r in runs)
        results.append((f"import {name} ({shown})", seconds, *_judged(runs, bound, statuses)))
    for name, path in hostile_transcriptions(folder):
        runs = [peak_run(msecwg("check", str(path))) for _ in range(rounds)]
        seconds = statistics.median(r[0] for r in runs)
        peak = max(r[1] for r in runs)
        said, ok = _judged(runs, HOSTILE_CHECK, {OK})
        said = f"{peak:.0f} MB; {said}, {HOSTILE_MEMORY} MB"
        megabytes = path.stat().st_size / 1e6
        results.append(
            (f"check {name} ({megabytes:.1f} MB)", seconds, said, ok and peak < HOSTILE_MEMORY)
        )
    return results


def _judged(
    runs: list[tuple[float, float, int | None]], bound: float, statuses: set[int]
) -> tuple[str, bool]:
    """Answer what runs are measured against and whether their median is within the
    bound and each exited as it should."""
    seconds = statistics.median(r[0] for r in runs)
    said = f"bound {bound:g} s"
    if any(r[2] is None for r in runs):
        return f"{said}; stopped after {GIVE_UP:g} s", False
    wrong = sorted({r[2] for r in runs if r[2] is not None and r[2] not in statuses})
    if wrong:
        return f"{said}; exit {', '.join(map(str, wrong))}", False
    return said, seconds < bound


def versions() -> str:
    """The versions of Python and of the libraries measured."""
    from importlib.metadata import version

    libs = ", ".join(
        f"{name} {version(name)}"
        for name in ("msecwg", "typer", "rich", "msgspec", "rtoml", "python-dateutil")
    )
    return f"Python {sys.version.split()[0]}, {libs}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rounds", type=int, default=30, help="timed runs of each command (default 30)"
    )
    parser.add_argument(
        "--scale-rounds", type=int, default=15, help="timed runs at scale (default 15)"
    )
    parser.add_argument("--skip-scale", action="store_true", help="measure start-up only")
    parser.add_argument("--across-only", action="store_true", help="measure across meetings only")
    parser.add_argument(
        "--real-only", action="store_true", help="measure 1,000 meetings of real size only"
    )
    parser.add_argument("--hostile-only", action="store_true", help="measure hostile input only")
    parser.add_argument(
        "--hostile-rounds", type=int, default=3, help="timed runs of hostile input (default 3)"
    )
    parser.add_argument(
        "--distinct-rounds", type=int, default=5, help="timed runs of distinct quotes (default 5)"
    )
    parser.add_argument(
        "--across-rounds", type=int, default=11, help="timed runs across meetings (default 11)"
    )
    parser.add_argument(
        "--commands",
        type=lambda text: [name.strip() for name in text.split(",")],
        default=[],
        help="across meetings, only these commands of ACROSS, comma-separated "
        "(as 'people,people NAME,check'; default all)",
    )
    parser.add_argument("--tool", choices=("harness", "hyperfine"), default="harness")
    options = parser.parse_args()
    if options.tool == "hyperfine" and shutil.which("hyperfine") is None:
        parser.error("hyperfine is not installed")
    unknown = sorted(set(options.commands) - {name for name, *_ in ACROSS})
    if unknown:
        parser.error(f"no such command across meetings: {', '.join(unknown)}")
    timer = time_hyperfine if options.tool == "hyperfine" else time_round_robin

    day = time.strftime("%Y-%m-%d")
    print(f"msecwg start-up benchmark: {versions()}; {os.cpu_count()} CPUs; {day}")
    results: list[tuple[str, float, str, bool | None]] = []
    failed = False

    def report(name: str, seconds: float, ratio_text: str, ok: bool | None) -> None:
        nonlocal failed
        failed |= ok is False
        results.append((name, seconds, ratio_text, ok))

    only = options.across_only or options.real_only or options.hostile_only
    if not only:
        medians = timer(startup_commands(), options.rounds)
        bare, floor = medians["python -c pass"], medians["floor: Typer + rich, 5 rows"]
        for name, seconds in medians.items():
            vs_bare = seconds / bare
            if name.endswith("(table)"):
                vs_floor = seconds / floor
                report(
                    name,
                    seconds,
                    f"{vs_bare:.1f}x bare, {vs_floor:.2f}x floor",
                    vs_bare <= 10 and vs_floor <= 1.15,
                )
            elif name.endswith("--json") or name.startswith("completion"):
                report(name, seconds, f"{vs_bare:.1f}x bare (bound 8x)", vs_bare <= 8)
            else:
                report(name, seconds, f"{vs_bare:.1f}x bare", None)

    if not (options.skip_scale or only):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            from msecwg.store.load import bundled_path

            bundled = bundled_path()
            big = {factor: synthetic(bundled, factor, folder) for factor in (10, 100)}
            commands = (
                scale_commands(bundled, "1x")
                + scale_commands(big[10], "10x")
                + scale_commands(big[100], "100x")
            )
            commands += rich_floor_commands(big[100], "100x", folder)
            at_scale = timer(commands, options.scale_rounds)
            for name, seconds in at_scale.items():
                if "[1x]" in name or "bare rich" in name:
                    report(name, seconds, "", None)
                    continue
                base = at_scale[name.replace("[10x]", "[1x]").replace("[100x]", "[1x]")]
                if name.endswith("[10x]"):
                    report(name, seconds, f"{seconds / base:.2f}x 1x", None)
                elif "table" in name:
                    command = name.split(" --format")[0]
                    rich = at_scale[f"{command} bare rich table [100x]"]
                    report(
                        name,
                        seconds,
                        f"{seconds / rich:.2f}x bare rich (bound 1.5x)",
                        seconds / rich <= 1.5,
                    )
                else:
                    report(
                        name, seconds, f"{seconds / base:.2f}x 1x (bound 2x)", seconds / base <= 2
                    )

    if not (options.skip_scale or only):
        with tempfile.TemporaryDirectory() as tmp:
            for name, seconds in timer(import_commands(Path(tmp)), options.distinct_rounds).items():
                report(name, seconds, "bound 1 s", seconds < 1)
            timed = timer(distinct_commands(Path(tmp)), options.distinct_rounds)
        for name, seconds in timed.items():
            if "[distinct 1x]" in name:
                report(name, seconds, "", None)
                continue
            one = timed[name.replace("100x]", "1x]").replace("50x]", "1x]")]
            if "[distinct 50x]" in name:
                report(name, seconds, f"{seconds / one:.2f}x 1x", None)
                continue
            half = timed[name.replace("100x]", "50x]")]
            # Linear: the work beyond start-up grows 99/49 = 2.02 times from 50x to
            # 100x; work growing with the square of the data would grow 4.1 times.
            # The bound, 3, leaves room for the machine's noise (about a quarter).
            growth = (seconds - one) / (half - one)
            report(
                name,
                seconds,
                f"growth {growth:.2f} from 50x (bound 3), under 5 s",
                growth <= 3 and seconds < 5,
            )

    if options.hostile_only or not (options.skip_scale or only):
        with tempfile.TemporaryDirectory() as tmp:
            for hostile in hostile_results(Path(tmp), options.hostile_rounds):
                report(*hostile)

    if not (options.skip_scale or options.hostile_only):
        with tempfile.TemporaryDirectory() as tmp:
            cache = Path(tmp) / "cache"
            real = imported_real(Path(tmp))
            seconds, size = real[2], real[3]
            rate = size / 1e6 / seconds
            report(
                f"import {REAL} real-size meetings ({size / 1e6:.1f} MB)",
                seconds,
                f"{rate:.2f} MB/s (bound 1 MB/s)",
                rate >= 1,
            )
            commands, _ = across_commands(
                Path(tmp), cache, real[:2], others=not options.real_only, names=options.commands
            )
            timed = timer(commands, options.across_rounds)
        for name, seconds in timed.items():
            if name.endswith(("[1 meeting]", "[1 real meeting]")) or "bare rich" in name:
                report(name, seconds, "", None)
            elif " Typer + rich table [" in name:
                rich = timed[name.replace(" Typer + rich table [", " bare rich table [")]
                report(name, seconds, f"{seconds / rich:.2f}x bare rich", None)
            elif " table [" in name:
                # msecwg's own cost, beyond what drawing the rows behind a Typer command
                # line costs, against drawing them with rich alone: Typer's import is
                # about half a bare rich table here, which no Typer program escapes.
                rich = timed[name.replace(" table [", " bare rich table [")]
                typer_floor = timed[name.replace(" table [", " Typer + rich table [")]
                own = 1 + (seconds - typer_floor) / rich
                report(
                    name,
                    seconds,
                    f"{seconds / rich:.2f}x bare rich; {own:.2f}x but for Typer (bound 1.5x)",
                    own <= 1.5,
                )
            else:
                alone = "1 real meeting" if name.endswith(" real meetings]") else "1 meeting"
                one = timed[f"{name.rsplit(' [', 1)[0]} [{alone}]"]
                ratio = seconds / one
                # Neither answers --json: calendar writes iCalendar, and check reads and
                # checks every file on every run, never from the cache (its growth is
                # bounded by the distinct-quote part: linear).
                if name.startswith(("calendar", "check")):
                    report(name, seconds, f"{ratio:.2f}x 1 meeting", None)
                    continue
                bound = 2 if name.endswith("[QUIC]") else 10
                report(name, seconds, f"{ratio:.2f}x 1 meeting (bound {bound}x)", ratio <= bound)

    width = max(len(name) for name, *_ in results)
    print(f"{'command':<{width}}  {'median':>9}  ratio")
    for name, seconds, ratio_text, ok in results:
        mark = "" if ok is None else ("  ok" if ok else "  MISSED")
        print(f"{name:<{width}}  {seconds * 1000:7.1f}ms  {ratio_text}{mark}")
    print("all bounds met" if not failed else "some bounds missed")
    shutil.rmtree(CACHE, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""How well msecwg import reads a meeting, scored against careful readings by hand.

    python bench/reading.py            # score, and hold the bounds
    python bench/reading.py --verbose  # and list what was missed and what was extra

`../shared/gold/` holds five minutes of `../shared/minutes/`, each read by hand into
an annotation (its GUIDE.md gives the form). Each is imported with `msecwg import`,
as a user runs it, and the transcription written is scored against its annotation:

- documents discussed: found when a document is recorded under the annotation's
  name or a name the minutes call it (case, a draft's revision and "RFC 9000" /
  "rfc9000" aside); precision over the documents discussed msecwg records;
- states: a state of an annotated document is found when a state msecwg records
  for that document quotes most of the words of the annotation's quote;
- decisions and action items: found when what msecwg records (its text and
  quote) holds most of the words of the annotation's quote, each record matched
  once; items the annotation marks uncertain do not count against recall, and a
  record matching one is no error;
- people: two spellings of one person are joined when msecwg gives both one
  person (recall over the annotation's pairs, precision over msecwg's pairs);
  a speaker is found when any spelling of theirs speaks in the transcription;
- turns: msecwg's exchanges against the annotation's approximate count;
- the meeting: group, IETF number (or interim) and dates.

Then every minutes file of ../shared/minutes/ is imported once more, timed.
Exits 1 when a bound is missed. Nothing here is part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
import rtoml

from msecwg.model import Transcription

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
GOLD = SHARED / "gold"
MINUTES = SHARED / "minutes"

BOUNDS = {
    "documents recall": 0.85,
    "documents precision": 0.75,
    "states recall": 0.6,
    "decisions recall": 0.7,
    "decisions precision": 0.7,
    "actions recall": 0.7,
    "actions precision": 0.7,
    "joins recall": 0.8,
    "joins precision": 0.95,
    "speakers recall": 0.9,
}
TURNS_WITHIN = 0.15
IMPORT_SECONDS = 1.0
MOST = 0.6
"""The share of an annotated quote's words a record must hold to be the same fact."""

WORD = re.compile(r"\w+")
REVISION = re.compile(r"-(?:\d\d|\*)$")


@dataclass
class Tally:
    """Hits and totals of one measure: recall over the annotation, precision over msecwg."""

    hit: int = 0
    gold: int = 0
    right: int = 0
    found: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another file's counts to these."""
        self.hit += other.hit
        self.gold += other.gold
        self.right += other.right
        self.found += other.found

    @property
    def recall(self) -> float | None:
        """Answer the share of the annotation found, or None when it has nothing."""
        return self.hit / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        """Answer the share of what msecwg found that the annotation has."""
        return self.right / self.found if self.found else None


def words(text: str) -> set[str]:
    """Answer the words of a text, in lower case."""
    return set(WORD.findall(text.casefold()))


def holds_most(record: str, quote: str) -> bool:
    """Answer whether a record holds most of the words of an annotated quote."""
    wanted = words(quote)
    return bool(wanted) and len(wanted & words(record)) / len(wanted) >= MOST


def document_key(name: str) -> str:
    """Answer what tells one document's name from another's: lower case, one space,
    no revision number, "RFC 9000" as "rfc9000"."""
    folded = " ".join(name.casefold().replace("_", " ").split())
    folded = re.sub(r"^rfc[ -]?(\d+)$", r"rfc\1", folded)
    return REVISION.sub("", folded)


def match(
    gold: Sequence[dict[str, object]],
    found: Sequence[str],
    same: Callable[[str, dict[str, object]], bool],
    label: Callable[[dict[str, object]], str],
) -> Tally:
    """Answer recall and precision of records against annotated items, each record
    matched to one item: certain items first, then uncertain ones (which count
    for precision only)."""
    tally = Tally(gold=sum(not g.get("uncertain") for g in gold), found=len(found))
    used: set[int] = set()
    for uncertain in (False, True):
        for item in gold:
            if bool(item.get("uncertain")) != uncertain:
                continue
            hit = next((i for i, r in enumerate(found) if i not in used and same(r, item)), None)
            if hit is None:
                if not uncertain:
                    tally.missed.append(label(item))
                continue
            used.add(hit)
            tally.right += 1
            tally.hit += not uncertain
    tally.extra = [r for i, r in enumerate(found) if i not in used]
    return tally


def documents(t: Transcription, gold: dict[str, object]) -> Tally:
    """Answer documents discussed, found against annotated."""
    names = [{document_key(n) for n in (d.name, d.title, *d.called) if n} for d in t.documents]
    annotated = gold["documents"]
    assert isinstance(annotated, list)
    tally = Tally(gold=len(annotated), found=len(names))
    used: set[int] = set()
    for doc in annotated:
        wanted = {document_key(n) for n in [doc["name"], *doc["called"]]}
        hits = [i for i, n in enumerate(names) if n & wanted]
        if hits:
            tally.hit += 1
            used.update(hits)
        else:
            tally.missed.append(doc["name"])
    tally.right = len(used)
    tally.extra = [t.documents[i].name for i in range(len(names)) if i not in used]
    return tally


def states(t: Transcription, gold: dict[str, object]) -> Tally:
    """Answer the states of annotated documents found in msecwg's states of the same
    documents; precision over every state msecwg records."""
    tally = Tally(found=sum(len(d.stages) for d in t.documents))
    right: set[tuple[int, int]] = set()
    annotated = gold["documents"]
    assert isinstance(annotated, list)
    for doc in annotated:
        wanted = {document_key(n) for n in [doc["name"], *doc["called"]]}
        mine = [
            (i, j, s)
            for i, d in enumerate(t.documents)
            if {document_key(n) for n in (d.name, d.title, *d.called) if n} & wanted
            for j, s in enumerate(d.stages)
        ]
        for state in doc["states"]:
            tally.gold += 1
            hits = [(i, j) for i, j, s in mine if holds_most(s.quote, state["quote"])]
            if hits:
                tally.hit += 1
                right.update(hits)
            else:
                tally.missed.append(f"{doc['name']}: {state['state']}: {state['quote']}")
    tally.right = len(right)
    tally.extra = [
        f"{d.name}: {s.stage}: {s.quote}"
        for i, d in enumerate(t.documents)
        for j, s in enumerate(d.stages)
        if (i, j) not in right
    ]
    return tally


def decisions(t: Transcription, gold: dict[str, object]) -> Tally:
    """Answer decisions found against annotated."""
    found = [d.text for s in t.sections for d in s.decisions]
    annotated = gold["decisions"]
    assert isinstance(annotated, list)
    return match(
        annotated, found, lambda r, g: holds_most(r, str(g["quote"])), lambda g: str(g["quote"])
    )


def actions(t: Transcription, gold: dict[str, object]) -> Tally:
    """Answer action items found against annotated."""
    found = [" ".join([a.what, *a.quotes]) for a in t.actions]
    annotated = gold["actions"]
    assert isinstance(annotated, list)
    return match(
        annotated, found, lambda r, g: holds_most(r, str(g["quote"])), lambda g: str(g["quote"])
    )


def spellings(t: Transcription) -> dict[str, str | None]:
    """Answer the person each spelling of a speaker is given, as written."""
    of: dict[str, str | None] = {}
    for s in t.sections:
        for e in s.exchanges:
            if e.form != "unattributed":
                of.setdefault(e.speaker, e.person)
    return of


def people(t: Transcription, gold: dict[str, object]) -> tuple[Tally, Tally]:
    """Answer spellings joined (pairs of one person) and speakers found."""
    of = spellings(t)
    folded = {k.casefold(): v for k, v in of.items()}
    annotated = gold["people"]
    assert isinstance(annotated, list)

    def person(spelling: str) -> str | None:
        return of[spelling] if spelling in of else folded.get(spelling.casefold())

    joins = Tally()
    for p in annotated:
        written = list(dict.fromkeys(p["spellings"]))
        for i, a in enumerate(written):
            for b in written[i + 1 :]:
                joins.gold += 1
                one = person(a)
                if one is not None and one == person(b):
                    joins.hit += 1
                else:
                    joins.missed.append(f"{a} / {b}")
    gold_person = {s.casefold(): p["name"] for p in annotated for s in p["spellings"]}
    by_person: dict[str, list[str]] = {}
    for spelling, pid in of.items():
        if pid is not None:
            by_person.setdefault(pid, []).append(spelling)
    for written in by_person.values():
        for i, a in enumerate(written):
            for b in written[i + 1 :]:
                if a.casefold() == b.casefold():
                    continue
                joins.found += 1
                ga, gb = gold_person.get(a.casefold()), gold_person.get(b.casefold())
                if ga is not None and ga == gb:
                    joins.right += 1
                else:
                    joins.extra.append(f"{a} / {b}")
    speakers = Tally(gold=len(annotated))
    spoken = {k.casefold() for k in of}
    for p in annotated:
        if any(s.casefold() in spoken for s in p["spellings"]):
            speakers.hit += 1
        else:
            speakers.missed.append(p["name"])
    return joins, speakers


def meeting_right(t: Transcription, gold: dict[str, object]) -> list[str]:
    """Answer what msecwg has wrong of the meeting (nothing: all right)."""
    wanted = gold["meeting"]
    assert isinstance(wanted, dict)
    m = t.meeting
    wrong = []
    group = re.sub(r"\s+WG$", "", m.working_group).casefold()
    if group != str(wanted["group"]).casefold():
        wrong.append(f"group {m.working_group!r}, not {wanted['group']!r}")
    if m.ietf != wanted["ietf"] or m.interim != wanted["interim"]:
        wrong.append(f"IETF {m.ietf} interim {m.interim}, not {wanted['ietf']} {wanted['interim']}")
    dates = sorted({d.day.isoformat() for d in ([m.date] if m.date else []) + list(m.sessions)})
    if dates != sorted(wanted["dates"]):
        wrong.append(f"dates {dates}, not {wanted['dates']}")
    return wrong


def imported(minutes: Path, folder: Path) -> tuple[Transcription, float]:
    """Answer the transcription `msecwg import` writes of minutes, and its time."""
    target = folder / f"{minutes.parent.name}-{minutes.stem}.toml"
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "msecwg", "import", str(minutes), "-o", str(target), "--force"],
        check=True,
        capture_output=True,
    )
    took = time.perf_counter() - began
    raw = rtoml.loads(target.read_text(encoding="utf-8"))
    return msgspec.convert(raw, Transcription), took


def figure(value: float | None) -> str:
    """Answer a share as written in the table."""
    return "-" if value is None else f"{value:.2f}"


def show(rows: Iterable[Sequence[str]]) -> None:
    """Print rows as an aligned table."""
    rows = list(rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def main(argv: Sequence[str] | None = None) -> int:
    """Score every annotated file, print the table, and answer the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and extras")
    args = parser.parse_args(argv)
    if not GOLD.is_dir():
        print(f"reading: no annotations at {GOLD}", file=sys.stderr)
        return 1
    measures = ("documents", "states", "decisions", "actions", "joins", "speakers")
    pooled = {m: Tally() for m in measures}
    rows = [["file", *(f"{m} R/P" for m in measures), "turns", "meeting"]]
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(GOLD.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            t, _ = imported(MINUTES / gold["file"], Path(tmp))
            joins, speakers = people(t, gold)
            tallies = {
                "documents": documents(t, gold),
                "states": states(t, gold),
                "decisions": decisions(t, gold),
                "actions": actions(t, gold),
                "joins": joins,
                "speakers": speakers,
            }
            turns = sum(len(s.exchanges) for s in t.sections)
            off = abs(turns - gold["turns_total"]) / gold["turns_total"]
            wrong = meeting_right(t, gold)
            if off > TURNS_WITHIN:
                failures.append(f"{path.stem}: {turns} turns, annotated {gold['turns_total']}")
            failures += [f"{path.stem}: meeting: {w}" for w in wrong]
            rows.append(
                [
                    path.stem,
                    *(
                        f"{figure(tallies[m].recall)}/{figure(tallies[m].precision)}"
                        for m in measures
                    ),
                    f"{turns}/{gold['turns_total']}",
                    "right" if not wrong else "wrong",
                ]
            )
            for m in measures:
                pooled[m].add(tallies[m])
                if args.verbose:
                    for miss in tallies[m].missed:
                        print(f"{path.stem}: {m}: missed: {miss}")
                    for extra in tallies[m].extra:
                        print(f"{path.stem}: {m}: extra: {extra}")
        rows.append(
            [
                "pooled",
                *(f"{figure(pooled[m].recall)}/{figure(pooled[m].precision)}" for m in measures),
                "",
                "",
            ]
        )
        show(rows)
        for name, bound in BOUNDS.items():
            measure, kind = name.split()
            value = getattr(pooled[measure], kind)
            if value is None or value < bound:
                failures.append(f"{name} {figure(value)}, bound {bound}")
        slowest = 0.0
        for minutes in sorted(MINUTES.glob("*/*")):
            if minutes.suffix in (".md", ".txt") and minutes.name != "README.md":
                _, took = imported(minutes, Path(tmp))
                slowest = max(slowest, took)
                if took > IMPORT_SECONDS:
                    failures.append(f"import {minutes.name}: {took:.2f} s")
        print(f"slowest import of {MINUTES}: {slowest:.2f} s (bound {IMPORT_SECONDS} s)")
    for failure in failures:
        print(f"bound missed: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""The scoring of an import against a reading of the same minutes by hand (../shared/gold/,
whose GUIDE.md gives the form), for the reading part of bench/run.py:

- documents discussed: found when a document is recorded under the annotation's
  name or a name the minutes call it (case, a draft's revision and "RFC 9000" /
  "rfc9000" aside); precision over the documents discussed msecwg records;
- states: a state of an annotated document is found when a state msecwg records
  for that document, or words it records said of where it stands, quote most of the
  words of the annotation's quote;
- decisions and action items: found when what msecwg records (its text and
  quote) holds most of the words of the annotation's quote, each record matched
  to one item, the item whose words it holds the greater share of first; items
  the annotation marks uncertain do not count against recall, and a record
  matching one is no error;
- who an action item is for: of the annotated action items msecwg records (matched as
  above), those whose owner it writes as the annotation does, or whose person the minutes
  also write so (recall over those the annotation gives an owner, precision over those
  msecwg gives one);
- what a decision is about: of the annotated decisions msecwg records (matched as above),
  those whose document it names as the annotation does (recall over those the annotation
  gives a document, precision over those msecwg gives one);
- people: two spellings of one person are joined when msecwg gives both one
  person, as the speaker of an exchange (with its role: "Martin Duke (AD)"; or as the
  exchange writes them, or within brackets there: "Greg Mirsky Q", "Q(Martin Duke -
  Google)") or as the person's name, case and runs of white space aside, a spelling with
  brackets after it
  that is none of these as the name before them ("Ian Swett (IS) presenting:" / "IS: ...")
  (recall over the annotation's pairs, precision over msecwg's pairs);
  a speaker is found when any spelling of theirs speaks in the transcription;
- the meeting: group, IETF number (or interim) and dates (the days it was held, as the
  annotations give them; a month alone is no day).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, TypeVar

from msecwg.model import OWNERS_APART, Document, Precision, Transcription

MEASURES = ("documents", "states", "decisions", "about", "actions", "owners", "joins", "speakers")
Gold = dict[str, Any]
"""An annotation, as its JSON file holds it."""
R = TypeVar("R")

DECLARED = re.compile(r"(?P<name>.+?)\s*\([^()]*\)")
"""A spelling with what the minutes write after it in brackets: an alias, a role, "(in chat)"."""
BRACKETED = re.compile(r"\(([^()]*)\)")
MOST = 0.6
"""The share of an annotated quote's words a record must hold to be the same fact."""
WORD = re.compile(r"\w+")
CHAIRS = frozenset(
    {"chairs", "chair", "the chairs", "wg chairs", "co-chairs", "the co-chairs", "wg co-chairs"}
)
"""The owners a reading writes for the group's chairs, folded."""
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
        for count in ("hit", "gold", "right", "found"):
            setattr(self, count, getattr(self, count) + getattr(other, count))

    @property
    def recall(self) -> float | None:
        """The share of the annotation found, or None when it has nothing."""
        return self.hit / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        """The share of what msecwg found that the annotation has, or None."""
        return self.right / self.found if self.found else None


def words(text: str) -> set[str]:
    """The words of a text, in lower case."""
    return set(WORD.findall(text.casefold()))


def holds(record: str, quote: str) -> float:
    """The share of the words of an annotated quote a record holds."""
    wanted = words(quote)
    return len(wanted & words(record)) / len(wanted) if wanted else 0.0


def holds_most(record: str, quote: str) -> bool:
    """Whether a record holds most of the words of an annotated quote."""
    return holds(record, quote) >= MOST


def document_key(name: str) -> str:
    """What tells one document's name from another's: lower case, one space, no revision
    number, "RFC 9000" as "rfc9000", no word "draft" or "document" after its name
    ("server-assist draft" is server-assist), a group's charter by the name msecwg gives it
    ("charter-ietf-quic" is "charter": one group's meeting names one)."""
    folded = " ".join(name.casefold().replace("_", " ").split())
    folded = re.sub(r"^rfc[ -]?(\d+)$", r"rfc\1", folded)
    folded = re.sub(r"(?<=\S) (?:draft|document|doc)$", "", folded)
    folded = re.sub(r"^charter-i[er]tf-[a-z0-9-]+$", "charter", folded)
    return REVISION.sub("", folded)


def keys(document: Document) -> set[str]:
    """The keys of every name msecwg records a document under."""
    return {document_key(n) for n in (document.name, document.title, *document.called) if n}


def wanted(annotated: Gold) -> set[str]:
    """The keys of every name an annotated document goes by."""
    return {document_key(n) for n in [annotated["name"], *annotated["called"]]}


def paired(gold: Sequence[Gold], found: Sequence[R], quote: Callable[[R], str]) -> dict[int, int]:
    """Each annotated item's record, by index: the records holding most of the items' quotes
    paired with them closest first (the record holding the greater share of an item's words),
    each record with one item, certain items before uncertain ones."""
    near = [
        (bool(item.get("uncertain")), -share, i, r)
        for i, item in enumerate(gold)
        for r, record in enumerate(found)
        if (share := holds(quote(record), item["quote"])) >= MOST
    ]
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, i, r in sorted(near):
        if i not in pairs and r not in taken:
            pairs[i] = r
            taken.add(r)
    return pairs


def match(gold: Sequence[Gold], found: Sequence[str], label: Callable[[Gold], str]) -> Tally:
    """Recall and precision of records against annotated items, paired as `paired` pairs them
    (uncertain items count for precision only)."""
    tally = Tally(gold=sum(not g.get("uncertain") for g in gold), found=len(found))
    pairs = paired(gold, found, str)
    for i, item in enumerate(gold):
        if i in pairs:
            tally.right += 1
            tally.hit += not item.get("uncertain")
        elif not item.get("uncertain"):
            tally.missed.append(label(item))
    used = set(pairs.values())
    tally.extra = [r for i, r in enumerate(found) if i not in used]
    return tally


def about(t: Transcription, gold: Gold) -> Tally:
    """The documents of the annotated decisions msecwg records, against the annotation's."""
    found = [(d, t.document(d.document) if d.document else None) for s in t.sections
             for d in s.decisions]  # fmt: skip
    named = {g["name"]: g for g in gold["documents"]}
    tally = Tally()
    pairs = paired(gold["decisions"], found, lambda f: f[0].text)
    for n, item in enumerate(gold["decisions"]):
        if item.get("uncertain") or n not in pairs:
            continue
        want, mine = item.get("document"), found[pairs[n]][1]
        same = (
            want is not None
            and mine is not None
            and bool(keys(mine) & wanted(named.get(want, {"name": want, "called": []})))
        )
        tally.gold += want is not None
        tally.hit += same
        tally.found += mine is not None
        tally.right += same
        if want is not None and not same:
            tally.missed.append(f"{want}: {item['quote']}")
        if mine is not None and not same:
            tally.extra.append(f"{mine.name}: {item['quote']}")
    return tally


def actions_said(t: Transcription) -> list[str]:
    """What each action item msecwg records says: its text and its quotes."""
    return [" ".join([a.what, *a.quotes]) for a in t.actions]


def owners(t: Transcription, gold: Gold) -> Tally:
    """The owners of the annotated action items msecwg records (paired as `paired` pairs them),
    against the annotation's: the same as msecwg writes it, or a spelling the minutes give the
    person msecwg names (recall over those the annotation gives an owner, precision over those
    msecwg gives one); "chairs" is also the chairs the minutes name, when those are its owners,
    and the chairs written otherwise ("Co-chairs")."""
    written = {p.id: {folded(p.name)} for p in t.people}
    for e in (e for s in t.sections for e in s.exchanges if e.person is not None):
        written.setdefault(e.person, set()).add(folded(e.speaker))
    chairs = {p.id for p in t.people if p.role == "chair"}
    tally = Tally()
    for n, r in paired(gold["actions"], actions_said(t), str).items():
        item, mine = gold["actions"][n], t.actions[r]
        want = item.get("owner")
        if item.get("uncertain"):
            continue
        wanted = listed(want or "")
        same = bool(want and mine.owner) and (
            wanted == listed(mine.owner or "")
            or all(any(w in written.get(p, set()) for p in mine.people) for w in wanted)
            or (folded(want) in CHAIRS and bool(mine.people) and set(mine.people) <= chairs)
            or (folded(want) in CHAIRS and folded(mine.owner or "") in CHAIRS)
        )
        tally.gold += want is not None
        tally.found += mine.owner is not None
        tally.hit += same
        tally.right += same
        if want is not None and not same:
            tally.missed.append(f"{want}: {item['quote']}")
        if mine.owner is not None and not same:
            tally.extra.append(f"{mine.owner}: {item['quote']}")
    return tally


def quoted(gold: Sequence[Gold], found: Sequence[str]) -> Tally:
    """Records found against annotated items, the same when a record holds most of a quote."""
    return match(gold, found, lambda g: g["quote"])


def documents(t: Transcription, gold: Gold) -> Tally:
    """Documents discussed, found against annotated."""
    names = [keys(d) for d in t.documents]
    tally = Tally(gold=len(gold["documents"]), found=len(names))
    used: set[int] = set()
    for doc in gold["documents"]:
        hits = [i for i, n in enumerate(names) if n & wanted(doc)]
        if hits:
            tally.hit += 1
            used.update(hits)
        else:
            tally.missed.append(doc["name"])
    tally.right = len(used)
    tally.extra = [t.documents[i].name for i in range(len(names)) if i not in used]
    return tally


def states(t: Transcription, gold: Gold) -> Tally:
    """The states of annotated documents found in msecwg's states of the same documents,
    or in what it records said of where they stand (the annotation's "other" states);
    precision over every state and every such remark msecwg records."""
    recorded = [[*((s.stage, s.quote) for s in d.stages), *(("said", s.words) for s in d.said)]
                for d in t.documents]  # fmt: skip
    tally = Tally(found=sum(map(len, recorded)))
    right: set[tuple[int, int]] = set()
    for doc in gold["documents"]:
        mine = [
            (i, j, quote)
            for i, d in enumerate(t.documents)
            if keys(d) & wanted(doc)
            for j, (_, quote) in enumerate(recorded[i])
        ]
        for state in doc["states"]:
            tally.gold += 1
            hits = [(i, j) for i, j, quote in mine if holds_most(quote, state["quote"])]
            if hits:
                tally.hit += 1
                right.update(hits)
            else:
                tally.missed.append(f"{doc['name']}: {state['state']}: {state['quote']}")
    tally.right = len(right)
    tally.extra = [
        f"{t.documents[i].name}: {what}: {quote}"
        for i, pairs in enumerate(recorded)
        for j, (what, quote) in enumerate(pairs)
        if (i, j) not in right
    ]
    return tally


def people(t: Transcription, gold: Gold) -> tuple[Tally, Tally]:
    """Spellings joined (pairs of one person) and speakers found."""
    of: dict[str, str | None] = {}  # the person each spelling of a speaker is given
    roled: dict[str, str | None] = {}  # and each written with its role ("Martin Duke (AD)")
    for s in t.sections:
        for e in s.exchanges:
            if e.form != "unattributed":
                of.setdefault(e.speaker, e.person)
                if e.role:
                    roled.setdefault(f"{e.speaker} ({e.role})", e.person)
                # and as written, or within brackets there, where that holds the name and role
                # otherwise ("Roberto Peon, Facebook", "Greg Mirsky Q", "Q(Martin Duke - Google)")
                label = e.quotes[0].lstrip("*_ ").partition(":")[0].strip("*_ ")
                for written in (label, *BRACKETED.findall(label)):
                    if e.speaker in written and (e.role or "") in written:
                        roled.setdefault(written, e.person)
    spoken = {folded(k) for k in [*of, *roled]}
    for p in t.people:  # a name the minutes give a speaker elsewhere ("Chairs: Lars Eggert")
        of.setdefault(p.name, p.id)
    by_folded = {folded(k): v for k, v in [*roled.items(), *of.items()]}

    def person(spelling: str) -> str | None:
        found = of[spelling] if spelling in of else by_folded.get(folded(spelling))
        declared = DECLARED.fullmatch(spelling)  # "Ian Swett (IS)": the name, its alias declared
        return person(declared["name"]) if found is None and declared else found

    joins = Tally()
    for p in gold["people"]:
        for a, b in combinations(dict.fromkeys(p["spellings"]), 2):
            joins.gold += 1
            one = person(a)
            if one is not None and one == person(b):
                joins.hit += 1
            else:
                joins.missed.append(f"{a} / {b}")
    gold_person = {
        folded(s): p["name"] for p in gold["people"] for s in [p["name"], *p["spellings"]]
    }
    by_person: dict[str, list[str]] = {}
    for spelling, pid in of.items():
        if pid is not None:
            by_person.setdefault(pid, []).append(spelling)
    for written in by_person.values():
        for a, b in combinations(written, 2):
            if folded(a) == folded(b):
                continue
            joins.found += 1
            ga, gb = gold_person.get(folded(a)), gold_person.get(folded(b))
            if ga is not None and ga == gb:
                joins.right += 1
            else:
                joins.extra.append(f"{a} / {b}")
    speakers = Tally(gold=len(gold["people"]))
    for p in gold["people"]:
        if any(folded(s) in spoken for s in p["spellings"]):
            speakers.hit += 1
        else:
            speakers.missed.append(p["name"])
    return joins, speakers


def listed(owners: str) -> frozenset[str]:
    """Answer the owners a list names, each folded, apart as an action's owner writes them
    (model.OWNERS_APART): "Martin, Kazuho" and "Martin and Kazuho" are one list."""
    return frozenset(folded(o) for o in OWNERS_APART.split(owners) if o.strip())


def folded(spelling: str) -> str:
    """Answer a spelling as compared: case aside, runs of white space as one space, the square
    brackets a name is written in aside ("[CA] If the device …" is CA's)."""
    return " ".join(spelling.split()).casefold().removeprefix("[").removesuffix("]")


def score(t: Transcription, gold: Gold) -> dict[str, Tally]:
    """Each measure of a transcription against its annotation, by name."""
    joins, speakers = people(t, gold)
    return {
        "documents": documents(t, gold),
        "states": states(t, gold),
        "decisions": quoted(gold["decisions"], [d.text for s in t.sections for d in s.decisions]),
        "about": about(t, gold),
        "actions": quoted(gold["actions"], actions_said(t)),
        "owners": owners(t, gold),
        "joins": joins,
        "speakers": speakers,
    }


def meeting_wrong(t: Transcription, gold: Gold) -> list[str]:
    """What msecwg has wrong of the meeting (nothing: all right)."""
    right, m = gold["meeting"], t.meeting
    wrong = []
    if re.sub(r"\s+WG$", "", m.working_group).casefold() != right["group"].casefold():
        wrong.append(f"group {m.working_group!r}, not {right['group']!r}")
    if m.ietf != right["ietf"] or m.interim != right["interim"]:
        wrong.append(f"IETF {m.ietf} interim {m.interim}, not {right['ietf']} {right['interim']}")
    held = [d for d in [m.date, *m.sessions] if d is not None and d.precision is Precision.DAY]
    dates = sorted({d.day.isoformat() for d in held})  # the days held; a month alone is none
    if dates != sorted(right["dates"]):
        wrong.append(f"dates {dates}, not {right['dates']}")
    return wrong

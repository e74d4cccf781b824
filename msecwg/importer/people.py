"""The people who speak, with every way the minutes write each, merged only where
the minutes say so; names that might be one person are left for a person."""

import re
from collections.abc import Iterable
from itertools import combinations
from typing import NamedTuple

from msecwg.importer.records import Person
from msecwg.importer.speakers import Speaker, joined, speaker
from msecwg.importer.text import fold

# "Mike Bishop(mb)", "Martin Thomson (MT)": a short name in brackets, and the words
# before it, one of which ends the name it is short for
SHORT_NAME = re.compile(r"[ ]?\((?P<short>[A-Za-z]{2,4})\)")
WORDS_BEFORE = re.compile(r"(?:[A-Za-z][\w'\u2019-]*[ ]){0,2}[A-Za-z][\w'\u2019-]*$")


class Named(NamedTuple):
    """A name as written by a speaker, and the passage that ties it to another."""

    name: str
    tied_to: str | None
    quote: str | None


def people(speakers: Iterable[Speaker], text: str) -> tuple[list[Person], dict[str, int]]:
    """Answer the people among the speakers, in order of first turn, and the index of
    each name as written (case folded) into that list.

    Names are one person when they differ only in case ("MT", "mt"), or when the
    minutes tie them: "martin thomson(mt)" as a speaker, "Mike Bishop(mb)" anywhere.
    """
    names: list[str] = []
    ties: list[tuple[str, str, str]] = []
    for spoken in speakers:
        if spoken.name is None or joined(spoken.name):
            continue
        names.append(spoken.name)
        if spoken.alias:
            ties.append((spoken.name, spoken.alias, spoken.written))
    ties += _ties_in_text(text, {key(n) for n in names})
    groups = _group(names, ties)
    found: list[Person] = []
    index: dict[str, int] = {}
    for members in groups:
        as_spoken = [n for n in dict.fromkeys(names) if key(n) in members]
        said = {key(n) for n in as_spoken}
        tied = [n for a, b, _ in ties for n in (a, b) if key(n) in members - said]
        written = as_spoken + list(dict.fromkeys(tied))
        quotes = [q for a, b, q in dict.fromkeys(ties) if key(a) in members]
        for member in members:
            index[member] = len(found)
        found.append(Person(name=_best(written), written=written, quotes=quotes, maybe=[]))
    return _with_maybe(found), index


def key(name: str) -> str:
    """Answer the form names are compared in: case folded, whitespace folded."""
    return fold(name).casefold()


def _ties_in_text(text: str, speaking: set[str]) -> list[tuple[str, str, str]]:
    """Answer the names the minutes tie to a short name anywhere ("Mike Bishop(mb)"),
    where one of the two is a speaker's."""
    ties = []
    for match in SHORT_NAME.finditer(text):
        before = WORDS_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if before is None:
            continue
        words = before.group().split(" ")
        for n in range(len(words)):
            written = " ".join(words[n:]) + match.group()
            found = speaker(written)
            if found is None or found.alias is None or found.name is None:
                continue
            if key(found.name) in speaking or key(found.alias) in speaking:
                ties.append((found.name, found.alias, fold(written)))
                break
    return ties


def _group(names: list[str], ties: list[tuple[str, str, str]]) -> list[set[str]]:
    """Answer the groups of names that are one person, in order of first use."""
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    for name in names:
        root(key(name))
    for a, b, _ in ties:
        parent[root(key(b))] = root(key(a))
    groups: dict[str, set[str]] = {}
    for name in names:
        groups.setdefault(root(key(name)), set()).add(key(name))
    for a, b, _ in ties:
        groups.setdefault(root(key(a)), set()).update({key(a), key(b)})
    return list(groups.values())


def _best(written: list[str]) -> str:
    """Answer the fullest of the ways a person is written: most words, capitalised,
    first used."""
    return max(written, key=lambda n: (len(n.split()), n != n.lower(), -written.index(n)))


def _with_maybe(found: list[Person]) -> list[Person]:
    """Answer the people with, on each, the others who might be the same person."""
    maybe: dict[int, list[int]] = {i: [] for i in range(len(found))}
    for i, j in combinations(range(len(found)), 2):
        if _might_be_one(found[i], found[j]):
            maybe[i].append(j)
            maybe[j].append(i)
    return [
        Person(name=p.name, written=p.written, quotes=p.quotes, maybe=maybe[i])
        for i, p in enumerate(found)
    ]


def _might_be_one(a: Person, b: Person) -> bool:
    """Answer whether two people might be one: initials ("MT", "Martin Thomson"), a
    first name ("Martin", "Martin Thomson") or a near spelling ("Laskhminath")."""
    for x in a.written:
        for y in b.written:
            if _initials_of(x, y) or _initials_of(y, x) or _first_name_of(x, y):
                return True
            if _first_name_of(y, x) or _spelt_alike(x, y) or _cut_short(x, y):
                return True
    return False


def _initials_of(short: str, full: str) -> bool:
    words = full.split()
    return len(words) > 1 and short.casefold() == "".join(w[0] for w in words).casefold()


def _first_name_of(first: str, full: str) -> bool:
    words = full.split()
    return len(first.split()) == 1 and len(words) > 1 and words[0].casefold() == first.casefold()


def _cut_short(x: str, y: str) -> bool:
    """Answer whether one single-word name of four letters or more starts the other
    ("thard", "thardie")."""
    short, long = sorted((x.casefold(), y.casefold()), key=len)
    return " " not in long and len(short) >= 4 and long.startswith(short) and short != long


def _spelt_alike(x: str, y: str) -> bool:
    """Answer whether two names of five letters or more are one or two edits apart
    (one for short names), a swap of neighbours counting as one."""
    x, y = x.casefold(), y.casefold()
    shortest = min(len(x), len(y))
    if shortest < 5 or x[0] != y[0] or abs(len(x) - len(y)) > 2:
        return False
    return _edits(x, y) <= (2 if shortest >= 9 else 1)


def _edits(x: str, y: str) -> int:
    """Answer the edits (insert, delete, change, swap of neighbours) from x to y."""
    before: list[int] | None = None
    row = list(range(len(y) + 1))
    for i in range(1, len(x) + 1):
        current = [i] + [0] * len(y)
        for j in range(1, len(y) + 1):
            cost = 0 if x[i - 1] == y[j - 1] else 1
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            swapped = i > 1 and j > 1 and x[i - 1] == y[j - 2] and x[i - 2] == y[j - 1]
            if swapped and before is not None:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[len(y)]

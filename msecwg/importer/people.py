"""The people who speak, with every way the minutes write each: one person where
the minutes tie the names, or where a name can only be one person of the meeting
(a first name, a first name and initial, initials, a misspelling); names that
might be one person but are not surely so are left for a person."""

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from itertools import combinations
from typing import NamedTuple

from msecwg.importer.records import Person
from msecwg.importer.speakers import PLAIN_LEGEND, Speaker, is_legend, joined, speaker
from msecwg.importer.text import fold
from msecwg.importer.vocabulary import PARTICLES

# "Mike Bishop(mb)", "Martin Thomson (MT)": a short name in brackets, and the words
# before it, one of which ends the name it is short for
SHORT_NAME = re.compile(r"[ ]?\((?P<short>[A-Za-z]{2,4})\)")
WORDS_BEFORE = re.compile(r"(?:[A-Za-z][\w'\u2019-]*[ ]){0,2}[A-Za-z][\w'\u2019-]*$")
# "*[CB]: Carsten Bormann", "[CA]: Christian Amsuess": an abbreviation legend line
LEGEND = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?\*?\[(?P<short>[A-Za-z]{2,4})\][ \t]*[:=-][ \t]*"
    r"(?P<name>[^\W\d_][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){1,3})[ \t]*$",
    re.MULTILINE,
)
INITIAL = re.compile(r"[^\W\d_]\.?")
GLUED_INITIAL = re.compile(r"(?<=\w)([^\W\d_A-Z])([A-Z])$")
SHORTEST_MISSPELT = 7
"""Letters a name written as one word needs before a near spelling of it is taken
for a misspelling ("chirstian", "jreshcke"): shorter names differ by one letter
and are other people ("Marten", "Martin"; "Eric", "Erik")."""
SHORTEST_CUT = 6
"""Letters a name cut short keeps before it is taken for the longer ("rfield")."""


class Named(NamedTuple):
    """A name as written by a speaker, and the passage that ties it to another."""

    name: str
    tied_to: str | None
    quote: str | None


def people(speakers: Iterable[Speaker], text: str) -> tuple[list[Person], dict[str, int]]:
    """Answer the people among the speakers, in order of first turn, and the index of
    each name as written (case folded) into that list.

    Names are one person when they differ only in case ("MT", "mt") or in how an
    initial is written ("MartinD", "Martin D."), when the minutes
    tie them ("martin thomson(mt)" as a speaker, "Mike Bishop(mb)" anywhere, a legend
    line "*[CB]: Carsten Bormann"), or when a name can only be one other speaker of the
    meeting (see `_read_as_one`).
    """
    names: list[str] = []
    ties: list[tuple[str, str, str]] = []
    roles: dict[str, set[str]] = {}
    for spoken in speakers:
        if spoken.name is None or joined(spoken.name):
            continue
        names.append(spoken.name)
        roles.setdefault(key(spoken.name), set())
        if spoken.role:
            roles[key(spoken.name)].add(spoken.role.casefold())
        if spoken.alias:
            ties.append((spoken.name, spoken.alias, spoken.written))
    speaking = {key(n) for n in names}
    ties += _ties_in_text(text, speaking) + _legend_ties(text, speaking)
    uses = Counter(key(n) for n in names)
    groups = _group(names, ties)
    spellings = _Spellings(names, ties)
    inferred: list[list[str]] = [[] for _ in groups]
    while True:
        spelt = [spellings.of(members) for members in groups]
        joins = _read_as_one(spelt, [_roles(m, roles) for m in groups])
        if not joins:
            break
        for i, j in _into_first(joins):
            groups[j] |= groups[i]
            inferred[j] += [*inferred[i], *spelt[i]]
            groups[i], inferred[i] = set(), []
        kept = [n for n, members in enumerate(groups) if members]
        groups, inferred = [groups[n] for n in kept], [inferred[n] for n in kept]
    found: list[Person] = []
    index: dict[str, int] = {}
    for members, took in zip(groups, inferred, strict=True):
        written = spellings.of(members)
        quotes = [q for a, b, q in dict.fromkeys(ties) if key(a) in members]
        for member in members:
            index[member] = len(found)
        found.append(
            Person(
                name=_best(written, uses),
                written=written,
                quotes=quotes,
                maybe=[],
                inferred=list(dict.fromkeys(took)),
            )
        )
    return _with_maybe(found), index


def names_of(persons: list[Person]) -> dict[str, int]:
    """Answer each name, case folded, that names one person of the meeting, with the
    person's index: the name, every way they are written, and the first name of a full
    one that no other person's full name starts with ("lucas" where only "Lucas Pardue"
    has it), a name taken by the first person it names."""
    names: dict[str, int] = {}
    for n, p in enumerate(persons):
        names.setdefault(p.name.casefold(), n)
    for n, p in enumerate(persons):
        for written in p.written:
            names.setdefault(written.casefold(), n)
    firsts = [
        (p.name.split()[0].casefold(), n) for n, p in enumerate(persons) if len(p.name.split()) > 1
    ]
    counted = Counter(first for first, _ in firsts)
    for first, n in firsts:
        if counted[first] == 1:
            names.setdefault(first, n)
    return names


def key(name: str) -> str:
    """Answer the form names are compared in: case folded, whitespace folded."""
    return fold(name).casefold()


class _Spellings:
    """The names as spoken and as tied, each once, with their keys: the ways a person
    of some of these names is written."""

    def __init__(self, names: list[str], ties: list[tuple[str, str, str]]) -> None:
        self.spoken: dict[str, list[tuple[int, str]]] = {}
        for n, name in enumerate(dict.fromkeys(names)):
            self.spoken.setdefault(key(name), []).append((n, name))
        self.tied = [(name, key(name)) for a, b, _ in ties for name in (a, b)]

    def of(self, members: set[str]) -> list[str]:
        """Answer the ways a person of these names (keys) is written: as spoken, in
        order of first use, then as tied."""
        as_spoken = sorted(n for m in members for n in self.spoken.get(m, []))
        said = {m for m in members if m in self.spoken}
        tied = [name for name, k in self.tied if k in members and k not in said]
        return [name for _, name in as_spoken] + list(dict.fromkeys(tied))


def _roles(members: set[str], roles: dict[str, set[str]]) -> set[str]:
    """Answer the roles and affiliations written beside any of a person's names."""
    return {r for m in members for r in roles.get(m, set())}


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
            if any(len(w) > 1 and w.isupper() for w in found.name.split()):
                continue  # "Log DHE Groups (DKG)": a title and its presenter, no name
            if key(found.name) in speaking or key(found.alias) in speaking:
                ties.append((found.name, found.alias, fold(written)))
                break
    return ties


def _legend_ties(text: str, speaking: set[str]) -> list[tuple[str, str, str]]:
    """Answer the names an abbreviation legend ties to a short name ("*[CB]: Carsten
    Bormann", "- [CA] = Christian Amsuess", "EKR: Eric Rescorla"), where one of the two
    is a speaker's."""
    ties = []
    plain = [m for m in PLAIN_LEGEND.finditer(text) if is_legend(m["short"], m["name"])]
    for match in [*LEGEND.finditer(text), *plain]:
        found = speaker(match.group("name"))
        short = match.group("short")
        if found is None or found.name is None or joined(found.name):
            continue
        if key(found.name) in speaking or key(short) in speaking:
            ties.append((found.name, short, fold(match.group().strip())))
    return ties


def _group(names: list[str], ties: list[tuple[str, str, str]]) -> list[set[str]]:
    """Answer the groups of names that are one person, in order of first use."""
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    bare: dict[str, str] = {}
    names = list(dict.fromkeys(names))
    for name in names:
        root(key(name))
        parent[root(key(name))] = root(bare.setdefault(_bare(name), key(name)))
    for a, b, _ in ties:
        parent[root(key(b))] = root(key(a))
    groups: dict[str, set[str]] = {}
    for name in names:
        groups.setdefault(root(key(name)), set()).add(key(name))
    for a, b, _ in ties:
        groups.setdefault(root(key(a)), set()).update({key(a), key(b)})
    return list(groups.values())


def _best(written: list[str], uses: Counter[str]) -> str:
    """Answer the fullest of the ways a person is written: a full name, most words,
    capitalised, most used, first used."""
    return max(
        written,
        key=lambda n: (_full(n), len(n.split()), n != n.lower(), uses[key(n)], -written.index(n)),
    )


# -- A name that can only be one other speaker ------------------------------------


def _read_as_one(spelt: list[list[str]], roles: list[set[str]]) -> list[tuple[int, int]]:
    """Answer the people to join into others, (this, into that), in one pass over the
    people of the meeting as they stand. A person's name joins another's when it can
    be only that one person of the meeting, by one of the rules of `SAME_PERSON`
    ("Martin" where "Martin Thomson" and "Martin T" speak can be two), and no role or
    affiliation written beside each tells them apart ("Nick - Akamai", "Nick Doty -
    UC Berkeley"). Each is joined into the last of a chain, so joins follow one another;
    the caller passes again until nothing joins ("david s" joins "David Schinazi",
    then "david" can be only him)."""
    into: dict[int, int] = {}

    def last(i: int) -> int:
        while i in into:
            i = into[i]
        return i

    names = [[_unglued(n) for n in spellings] for spellings in spelt]
    starting: dict[str, set[int]] = {}
    long_words: set[int] = set()
    for j, spellings in enumerate(names):
        for spelling in spellings:
            starting.setdefault(spelling[:1].casefold(), set()).add(j)
            if " " not in spelling and len(spelling) >= SHORTEST_MISSPELT:
                long_words.add(j)
    for i, spellings in enumerate(names):
        for spelling in spellings:
            # Only a name starting with the same letter could be this one, or, for a long
            # name of one word, a misspelt one (see _could_be).
            near = starting.get(spelling[:1].casefold(), set())
            if " " not in spelling and len(spelling) >= SHORTEST_MISSPELT:
                near = near | long_words
            could = [
                j
                for j in sorted(near)
                if j != i and any(_could_be(spelling, other) for other in names[j])
            ]
            if len(could) != 1:
                continue
            j = could[0]
            if not any(rule(spelling, o) for o in names[j] for rule in SAME_PERSON):
                continue
            if roles[i] and roles[j] and not roles[i] & roles[j]:
                continue
            a, b = last(i), last(j)
            if a != b:
                into[a] = b
            break
    return list(into.items())


def _into_first(joins: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Answer joins as (this, into that), each person joined into the first-speaking
    one of those joined with it, later ones first."""
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            i = parent[i]
        return i

    for i, j in joins:
        a, b = sorted((root(i), root(j)))
        parent[b] = a
    return sorted(((i, root(i)) for i in parent if root(i) != i), reverse=True)


@cache
def _could_be(name: str, other: str) -> bool:
    """Answer whether a name could be another's: by a rule of `SAME_PERSON`, or as the
    first word of it ("Martin", "Martin T"). Only a misspelt name of one word may start
    with another letter ("ipettersen", "ypettersen")."""
    if name[:1].casefold() != other[:1].casefold() and (
        " " in name or " " in other or min(len(name), len(other)) < SHORTEST_MISSPELT
    ):
        return False
    words = other.split()
    first = len(name.split()) == 1 and len(words) > 1 and words[0].casefold() == name.casefold()
    return first or any(rule(name, other) for rule in SAME_PERSON)


def _unglued(name: str) -> str:
    """Answer a name with an initial glued to its end set apart: "MartinT" -> "Martin T"."""
    return name if " " in name else GLUED_INITIAL.sub(r"\1 \2", name)


def _words(name: str) -> list[str]:
    """Answer the words of a name, particles ("van", "de") left out."""
    words = name.split()
    return [w for w in words if len(words) == 1 or w.casefold() not in PARTICLES]


def _full(name: str) -> bool:
    """Answer whether a name is a full one: a first name and a family name of two
    letters or more ("Lars Eggert", "brian trammell"), no initial alone."""
    words = _words(name)
    return len(words) >= 2 and all(sum(c.isalpha() for c in w) >= 2 for w in (words[0], words[-1]))


def _bare(name: str) -> str:
    """Answer the form in which names written apart or together, or with a point
    after an initial, are one: "MartinD", "Martin D", "martin d." -> "martin d"."""
    return " ".join(_unglued(name).replace(".", " ").casefold().split())


def first_name_of(name: str, full: str) -> bool:
    """Answer whether a name is the first name of a full one: "Lars", "Lars Eggert";
    "david", "David Schinazi"."""
    words = name.split()
    return len(words) == 1 and _full(full) and full.split()[0].casefold() == name.casefold()


def first_name_and_initial_of(name: str, full: str) -> bool:
    """Answer whether a name is a first name and the initial of the family name of a
    full one: "brian t", "Brian Trammell"; "david s.", "David Schinazi"; the first name
    may be misspelt by a letter ("eric k", "erik kinnear")."""
    words = name.split()
    if len(words) != 2 or not INITIAL.fullmatch(words[1]) or not _full(full):
        return False
    first, family = full.split()[0].casefold(), _words(full)[-1].casefold()
    given = words[0].casefold()
    near = given == first or (min(len(given), len(first)) >= 4 and _misspelt_word(given, first))
    return near and family.startswith(words[1][0].casefold())


def initials_of(name: str, full: str) -> bool:
    """Answer whether a name is the initials of a full one: "MT", "Martin Thomson";
    "mt", "martin thomson"; two or three capitals, or two small letters."""
    if not (
        name.isalpha()
        and ((name.isupper() and len(name) <= 3) or (name.islower() and len(name) == 2))
    ):
        return False
    words = _words(full)
    return (
        _full(full)
        and len(name) >= 2
        and name.casefold() == "".join(w[0] for w in words).casefold()
    )


def misspelt(name: str, other: str) -> bool:
    """Answer whether two names are one misspelt: full names of as many words, each
    the same or a letter apart ("Jeffery Yaskin", "Jeffrey Yasskin"; "Martin
    Thompson", "Martin Thomson"), or names of one word of seven letters or more a
    letter apart or two letters swapped ("chirstian", "christian"; "ipettersen",
    "ypettersen")."""
    name, other = _unglued(name), _unglued(other)
    a, b = name.casefold().split(), other.casefold().split()
    if a == b or len(a) != len(b):
        return False
    if len(a) == 1:
        shortest = min(len(a[0]), len(b[0]))
        return shortest >= SHORTEST_MISSPELT and _edits(a[0], b[0]) == 1
    if not (_full(name) and _full(other)):
        return False
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(pairs) <= 2 and all(
        min(len(x), len(y)) >= 4 and _misspelt_word(x, y) for x, y in pairs
    )


def cut_short(name: str, other: str) -> bool:
    """Answer whether a name of one word is another cut short, six letters kept or
    more: "rfield", "rfielding"."""
    short, long = name.casefold(), other.casefold()
    return (
        " " not in long
        and " " not in short
        and len(short) >= SHORTEST_CUT
        and len(long) > len(short)
        and long.startswith(short)
    )


SAME_PERSON: tuple[Callable[[str, str], bool], ...] = (
    first_name_of,
    first_name_and_initial_of,
    initials_of,
    misspelt,
    cut_short,
)
"""The rules by which one name can be another speaker's: a name joins the one other
person of the meeting it can be by any of these (and none when it can be two)."""


def _misspelt_word(x: str, y: str) -> bool:
    """Answer whether two words are one misspelt: same first letter, one edit apart."""
    return x[0] == y[0] and _edits(x, y) == 1


# -- Names left apart that might be one person -------------------------------------


def _with_maybe(found: list[Person]) -> list[Person]:
    """Answer the people with, on each, the others who might be the same person."""
    maybe: dict[int, list[int]] = {i: [] for i in range(len(found))}
    # Each rule of _might_be_one holds only of names whose first letters are one, the
    # initial of a full name's first word being its own.
    starting: dict[str, set[int]] = {}
    for i, person in enumerate(found):
        for written in person.written:
            for first in {written[:1].casefold()[:1], written.lstrip()[:1].casefold()[:1]}:
                starting.setdefault(first, set()).add(i)
    pairs = {(i, j) for same in starting.values() for i, j in combinations(sorted(same), 2)}
    for i, j in sorted(pairs):
        if _might_be_one(found[i], found[j]):
            maybe[i].append(j)
            maybe[j].append(i)
    return [
        Person(name=p.name, written=p.written, quotes=p.quotes, maybe=maybe[i], inferred=p.inferred)
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

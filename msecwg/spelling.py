"""How names are spelt: did you mean ...? (the names closest to a word that names nothing, by
edit distance), and whether a word is written as a handle."""

from collections.abc import Iterable

SHORTEST_CUT_HANDLE = 4
"""The fewest letters of a handle of a first name's initial and a family name's first letters
("mnot" for Mark Nottingham)."""


def distance(a: str, b: str) -> int:
    """Answer the Levenshtein distance between two words."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def closest(word: str, names: Iterable[str]) -> list[str]:
    """Answer the names within a third of a word's length in edits (one at least), nearest first."""
    allowed = max(1, len(word) // 3)
    near = sorted((distance(word, name), name) for name in dict.fromkeys(names))
    return [name for d, name in near if d <= allowed]


def written_as_handle(word: str) -> bool:
    """Answer whether a word is written as a handle is, not as a name: in lower case, or with a
    capital after its first letter ("mnot", "MNot"; not "Mnot")."""
    return word.islower() or word[1:2].isupper()

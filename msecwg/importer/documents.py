"""Documents the minutes name: draft file names, RFC numbers, the names the
minutes give documents ("the GKM Architecture draft") and titles ("titled "..."")."""

import re
from bisect import bisect_right
from typing import Literal, NamedTuple

from msecwg.importer.records import Document
from msecwg.importer.text import fold, sentences

Kind = Literal["draft", "rfc", "named", "titled"]

DRAFT = re.compile(r"(?<![\w-])draft-[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?:-\*)?")
DRAFT_VERSION = re.compile(r"-(?:\d\d|\*)$")
RFC = re.compile(r"\bRFC[ -]?(?P<number>\d{3,5})\b(?!bis)", re.IGNORECASE)
BIS = re.compile(r"\b(?:RFC|BCP)[ ]?\d{1,5}bis\b|\bBCP[ ]?\d{1,3}\b", re.IGNORECASE)
WORD = r"[A-Z][\w/+.'-]*[\w+]|[A-Z]"
NAMED_DRAFT = re.compile(
    rf"(?<![\w-])(?P<name>(?:{WORD})(?:[ ](?:{WORD})){{0,2}})[ ](?P<draft>drafts?)(?![\w-])"
)
TWO_DRAFTS = re.compile(
    rf"(?<![\w-])(?P<one>(?:{WORD})(?:[ ](?:{WORD})){{0,2}}) and (?:the )?"
    r"(?P<two>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?) drafts(?![\w-])"
)
TITLED = re.compile(r"\b(?:tentatively\s+)?(?:en)?titled\s+\"(?P<title>[^\"]{3,120})\"")
# Words before "draft" that name no document: "the draft", "a new draft", "WG draft".
NOT_A_NAME = frozenset(
    {"the", "this", "that", "these", "those", "a", "an", "each", "every", "any", "our", "your",
     "their", "his", "her", "its", "my", "new", "current", "next", "previous", "last", "final",
     "first", "second", "third", "adopted", "individual", "separate", "same", "other",
     "another", "one", "two", "both", "all", "some", "many", "most", "wg", "ietf", "iesg",
     "irtf", "iab", "internet", "id", "i-d", "editor's", "editors'", "early", "old", "latest",
     "if", "is", "in", "on", "and", "or", "see", "re", "per", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip
# A protocol's name alone names no one document: "the HTTP draft", "the QUIC draft".
PROTOCOLS = frozenset(
    {"http", "http/2", "http/3", "quic", "tls", "tcp", "udp", "ip", "ipv6", "dns", "sctp",
     "ipsec", "rfc", "rfcs", "bis"}
)  # fmt: skip
# Words that describe drafts rather than name one: "HTTP-related", "Christian's".
DESCRIBING = re.compile(
    r"(?:-(?:related|based|specific|like|style|only|level|side|wide)|['\u2019]s)$"
)
LETTER_THEN_DIGIT = re.compile(r"(?<=[A-Za-z])(?=\d)")


class Candidate(NamedTuple):
    """A document named in the minutes: its key, kind, name as written and title."""

    key: str
    kind: Kind
    name: str
    title: str | None


def documents(
    text: str, spans: list[tuple[int, int]], sections: list[int]
) -> tuple[list[Document], dict[int, list[str]]]:
    """Answer the documents the minutes name, in order of first mention, each with the
    sentence of its first mention and every section it is mentioned in; and, by
    offset, the names of the documents mentioned there.

    `spans` are the blocks' spans (the text readers see); `sections` the offsets
    where sections start.
    """
    found: dict[str, Candidate] = {}
    also: dict[str, list[str]] = {}
    for start, end in spans:
        for candidate in _candidates(text[start:end], text):
            _add(found, also, candidate)
    records = []
    at: dict[int, list[str]] = {}
    for candidate in found.values():
        mentions = _mentions(text, spans, candidate, also.get(candidate.key, []))
        if mentions:
            record = _record(text, spans, sections, candidate, also, mentions)
            records.append(record)
            for start, _ in mentions:
                at.setdefault(start, []).append(record.name)
    return sorted(records, key=lambda d: d.start), at


def key(kind: Kind, name: str) -> str:
    """Answer what tells one document from another: a draft's name without its
    version, an RFC's number, a name in lower case with hyphens as spaces."""
    if kind == "draft":
        return DRAFT_VERSION.sub("", name)
    if kind == "rfc":
        return "rfc" + re.sub(r"\D", "", name)
    # "BCP 56bis" and "BCP56bis" are one
    return re.sub(r"(?<=[a-z]) (?=\d)", "", " ".join(name.casefold().replace("-", " ").split()))


def _candidates(block: str, text: str) -> list[Candidate]:
    """Answer the documents a block of `text` names, in order."""
    lower = block.lower()
    if not any(word in lower for word in ("draft", "rfc", "bcp", "titled")):
        return []
    found = [
        (m.start(), Candidate(key("draft", m.group()), "draft", m.group(), None))
        for m in DRAFT.finditer(block)
    ]
    found += [
        (m.start(), Candidate(key("rfc", m.group()), "rfc", m.group(), None))
        for m in RFC.finditer(block)
    ]
    found += [
        (m.start(), Candidate(key("named", m.group()), "named", m.group(), None))
        for m in BIS.finditer(block)
    ]
    for match in NAMED_DRAFT.finditer(block):
        name = _name(match.group("name"))
        # "the MP drafts", "the ICCRG drafts": a kind of draft, not one named
        if name and not (match.group("draft") == "drafts" and " " not in name):
            found.append((match.start(), Candidate(key("named", name), "named", name, None)))
    for match in TWO_DRAFTS.finditer(block):
        for part in ("one", "two"):
            name = _name(match.group(part))
            if name and _named_so(name, text):
                found.append(
                    (match.start(part), Candidate(key("named", name), "named", name, None))
                )
    for match in TITLED.finditer(block):
        title = fold(match.group("title"))
        found.append((match.start(), Candidate(key("titled", title), "titled", title, title)))
    return [c for _, c in sorted(found, key=lambda f: f[0])]


def _named_so(name: str, text: str) -> bool:
    """Answer whether words before "drafts" are a name: capitalised, or in lower case
    ("policy token") only when of two words or more that the minutes also capitalise."""
    if not name[0].islower():
        return True
    capitalised = " ".join(w[:1].upper() + w[1:] for w in name.split())
    return " " in name and capitalised in text


def _name(words: str) -> str | None:
    """Answer a document's name from the words before "draft", without the words that
    name none ("the", "new", "WG"), or None when none is left."""
    parts = words.split()
    while parts and parts[0].lower() in NOT_A_NAME:
        parts = parts[1:]
    if not parts or all(p.lower() in PROTOCOLS for p in parts) or DESCRIBING.search(parts[-1]):
        return None
    return " ".join(parts)


def _add(found: dict[str, Candidate], also: dict[str, list[str]], candidate: Candidate) -> None:
    """Add a document named, unless it is one already found, under the same name or
    one abbreviating it word by word ("GKM-Arch" for "GKM Architecture")."""
    if candidate.key in found:
        return
    for known in found.values():
        if known.kind == candidate.kind == "named" and _abbreviates(candidate.key, known.key):
            also.setdefault(known.key, []).append(candidate.name)
            return
        if (
            known.kind == "named"
            and candidate.kind == "named"
            and _abbreviates(known.key, candidate.key)
        ):
            also.setdefault(known.key, []).append(candidate.name)
            return
    found[candidate.key] = candidate


def _abbreviates(short: str, long: str) -> bool:
    """Answer whether a name abbreviates another word by word: as many words, each a
    start of the other's (three letters or more), at least one written in full."""
    a, b = short.split(), long.split()
    if len(a) != len(b) or a == b or len(a) < 2:
        return False
    return all(y.startswith(x) and len(x) >= 3 for x, y in zip(a, b, strict=True)) and any(
        x == y for x, y in zip(a, b, strict=True)
    )


def _mentions(
    text: str, spans: list[tuple[int, int]], candidate: Candidate, others: list[str]
) -> list[tuple[int, int]]:
    """Answer where the document is mentioned: each of its names, in any case, hyphens
    and spaces alike (a draft's name with or without its version)."""
    pattern = _mention_pattern(candidate, others)
    found = []
    for start, end in spans:
        found += [m.span() for m in pattern.finditer(text, start, end)]
    return found


def _mention_pattern(candidate: Candidate, others: list[str]) -> re.Pattern[str]:
    """Answer the pattern that finds the document's names in running text."""
    if candidate.kind == "draft":
        return re.compile(rf"(?<![\w-]){re.escape(candidate.key)}(?:-\d\d|-\*)?(?![\w-])")
    if candidate.kind == "rfc":
        return re.compile(rf"\bRFC[ -]?{candidate.key[3:]}\b(?!bis)", re.IGNORECASE)
    names = [candidate.name, *others]
    ways = [r"[-\s]+".join(_word_pattern(w) for w in re.split(r"[-\s]+", n)) for n in names]
    # One word in lower case but the first letter ("Transport") is a name only so written.
    common_word = " " not in candidate.name and candidate.name[1:].islower()
    flags = 0 if common_word else re.IGNORECASE
    return re.compile(rf"(?<![\w-])(?:{'|'.join(ways)})(?![\w-])", flags)


def _word_pattern(word: str) -> str:
    """Answer the pattern for one word of a name, a space allowed between its letters
    and its number ("BCP56bis", "BCP 56bis")."""
    return r"\s?".join(re.escape(part) for part in LETTER_THEN_DIGIT.split(word))


def _record(
    text: str,
    spans: list[tuple[int, int]],
    sections: list[int],
    candidate: Candidate,
    also: dict[str, list[str]],
    mentions: list[tuple[int, int]],
) -> Document:
    """Answer the document record: named as first written, with the sentence of its
    first mention and the sections of all."""
    first = mentions[0]
    places = [bisect_right(sections, start) - 1 for start, _ in mentions]
    return Document(
        name=candidate.name if candidate.kind == "titled" else fold(text[first[0] : first[1]]),
        kind=candidate.kind,
        title=candidate.title,
        also=also.get(candidate.key, []),
        quote=_sentence(text, spans, first[0]),
        sections=sorted({p for p in places if p >= 0}),
        in_front=any(p < 0 for p in places),
        start=first[0],
    )


def _sentence(text: str, spans: list[tuple[int, int]], at: int) -> str:
    """Answer the sentence of the block that holds offset `at`."""
    block = spans[bisect_right([s for s, _ in spans], at) - 1]
    for start, end in sentences(text[block[0] : block[1]], block[0]):
        if start <= at < end:
            return fold(text[start:end])
    return fold(text[block[0] : block[1]])

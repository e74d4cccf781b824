"""Documents the minutes name: draft file names, RFC numbers, the names the
minutes give documents ("the GKM Architecture draft"), titles ("titled "...""),
the names a section's heading gives its subject ("### Variants" under "## Active
Drafts"); which of them the meeting discussed, and the stages it states of them."""

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Literal, NamedTuple

import msgspec

from msecwg.importer.records import Document, StageFound
from msecwg.importer.stages import Stated, handed_over, stated
from msecwg.importer.text import caseless, fold, sentences
from msecwg.importer.vocabulary import (
    ADMINISTRATIVE_WORDS,
    DESCRIBING_DRAFT,
    DOCUMENT_GROUP_WORDS,
    IN_PASSING,
    NOT_A_NAME,
    NOT_DOCUMENT_NAMES,
    ORDINALS,
    PROTOCOLS,
    TITLE_TAIL_WORDS,
)

Kind = Literal["draft", "rfc", "named", "titled", "subject"]

# A draft's file name, or its short form by author ("draft-deconinck", "Draft-deconinck?").
DRAFT = re.compile(r"(?<![\w-])[Dd]raft-[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:-\*)?")
# A set of drafts written with a wildcard and revision: "httpbis*-07" (httpwg/ietf75.txt).
WILDCARD = re.compile(r"(?<![\w*-])[a-z][a-z0-9]*\*-\d\d(?![\w-])")
# A link and its text: "[QUIC-LB](https://datatracker.ietf.org/doc/draft-ietf-quic-load-balancers)".
LINK = re.compile(r"\[(?P<text>[^\]\n]{2,80})\]\((?P<url>[^)\s]+)\)")
# "the timestamp draft", "the recovery draft": a lower-case word naming a draft.
THE_NAMED_DRAFT = re.compile(r"\bthe (?P<name>[a-z][a-z0-9-]{2,}) (?P<draft>draft)(?![\w-])")
ADJECTIVE_ENDING = re.compile(r"(?:ic|al|ed|ing|ive|ous|ble|ent|ant|ary|ful|less|est)$")
# A definite reference to one document in a section's text: "help on the draft", "jeff
# is new caretaker on the doc" (httpwg/ietf75.txt), "this document".
DEFINITE = re.compile(
    r"\b(?:the|this|that)\s+(?:draft|doc|document)\b(?![\w-])(?!\s+(?:versions?|revisions?))",
    re.IGNORECASE,
)
PASSING = re.compile(IN_PASSING, re.IGNORECASE)
CHARTER = re.compile(r"\b(?:[Rr]e-?charter(?:ing)?|new charter)\b")
# A heading of one document's issues: "### Transport Issues", "HTTP ISSUES PRESENTED BY
# MIKE BISHOP" (quic/ietf104.md, quic/ietf103.md): its first word names the document.
ISSUES_OF = re.compile(r"^(?P<name>[A-Z][\w/-]*) issues\b", re.IGNORECASE)
PARENTHESES = re.compile(r"\s*\([^()]*\)\s*$")
SPLIT_PRESENTER = re.compile(r"\s+[-\u2013\u2014]\s+|:\s+")
BY_PRESENTER = re.compile(r"\s+(?:from|presented by|by)\s+.*$", re.IGNORECASE)
ON_SUBJECT = re.compile(r"^(?P<who>[A-Z][\w.]*(?: [A-Z][\w.]*)?) on (?P<what>.+)$")
DURATION_WORDS = re.compile(r"^\d+\s*(?:min|mins|minutes)\b", re.IGNORECASE)
DRAFT_VERSION = re.compile(r"-(?:\d\d|\*)$")
RFC = re.compile(r"\bRFC[ -]?(?P<number>\d{3,5})\b(?!bis)", re.IGNORECASE)
BIS = re.compile(r"\b(?:RFC|BCP)[ ]?\d{1,5}bis\b|\bBCP[ ]?\d{1,3}\b", re.IGNORECASE)
WORD = r"[A-Z][\w/+.'-]*[\w+]|[A-Z]"
NAMED_DRAFT = re.compile(
    rf"(?<![\w-])(?P<name>(?:{WORD})(?:[ ](?:{WORD})){{0,2}})[ ]"
    r"(?P<draft>[Dd]rafts?|docs?|documents?)(?![\w-])"
)
TWO_DRAFTS = re.compile(
    rf"(?<![\w-])(?P<one>(?:{WORD})(?:[ ](?:{WORD})){{0,2}}) and (?:the )?"
    r"(?P<two>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?) drafts(?![\w-])"
)
TITLED = re.compile(r"\b(?:tentatively\s+)?(?:en)?titled\s+\"(?P<title>[^\"]{3,120})\"")
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


class Part(NamedTuple):
    """A section as the document reader sees it: where its heading starts and ends,
    where the section ends, its level, and its title (without numbering or markup)."""

    start: int
    end: int
    until: int
    level: int
    title: str


def documents(
    text: str,
    spans: list[tuple[int, int]],
    sections: list[int],
    parts: list[Part] | None = None,
    speakers: frozenset[str] = frozenset(),
) -> tuple[list[Document], dict[int, list[str]]]:
    """Answer the documents the minutes name, in order of first mention, each with the
    sentence of its first mention, every section it is mentioned in, the sections whose
    subject it is, whether the meeting discussed it, and the stages stated of it; and,
    by offset, the names of the documents mentioned there.

    `spans` are the blocks' spans (the text readers see); `sections` the offsets
    where sections start; `parts` the sections' headings (none: no subjects read);
    `speakers` the names of the people who speak, in lower case, which a heading
    names as presenters, not as its subject.
    """
    parts = parts or []
    found: dict[str, Candidate] = {}
    also: dict[str, list[str]] = {}
    for start, end in spans:
        for candidate, written in _candidates(text[start:end], text):
            _add(found, also, candidate)
            _also(found, also, candidate.key, written)
    said = stated(text, spans)
    for fact in said:
        for name in fact.names:
            if _usable(name):
                _add(found, also, Candidate(key("named", name), "named", name, None))
    for name in handed_over(text, spans) + _charters(text, spans):
        if _usable(name):
            _add(found, also, Candidate(key("named", name), "named", name, None))
    _join_drafts(found, also)
    subjects = [_subject(text, parts, i, found, also, speakers) for i in range(len(parts))]
    located = []
    folded = _Folded(text, spans)
    for candidate in found.values():
        others = also.get(candidate.key, [])
        where = folded.holding(_first_words(candidate, others))
        mentions = _mentions(text, where, candidate, others)
        if mentions:
            located.append((candidate, mentions))
    stages = _stages(text, said, located, subjects, sections)
    records = []
    at: dict[int, list[str]] = {}
    for candidate, mentions in located:
        record = _record(text, spans, sections, candidate, also, mentions)
        subject_of = [i for i, keys in enumerate(subjects) if candidate.key in keys]
        own = stages.get(candidate.key, [])
        passing = all(_in_passing(text, spans, start) for start, _ in mentions) and not all(
            text[start - 1 : start] == "/" for start, _ in mentions
        )
        cited = candidate.kind == "rfc" or (
            candidate.kind == "named" and bool(re.match(r"(?:rfc|bcp) ?\d", candidate.key))
        )
        discussed = bool(subject_of or own) or not (cited or passing)
        record = msgspec.structs.replace(
            record, subject_of=subject_of, discussed=discussed, stages=own
        )
        records.append(record)
        for start, _ in mentions:
            at.setdefault(start, []).append(record.name)
    return sorted(records, key=lambda d: d.start), at


def _charters(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Answer the names the minutes give the group's charter when they discuss it:
    "Recharter on agenda?", "the new charter" (quic/ietf110.md); the charter is a
    document the group discusses like its drafts."""
    for start, end in spans:
        match = CHARTER.search(text, start, end)
        if match:
            return [match.group()]
    return []


def _usable(name: str) -> bool:
    """Answer whether a name a stage gives is a document's: not a protocol's name alone,
    nor a word that names none."""
    words = name.casefold().split()
    return not all(w in PROTOCOLS or w in NOT_A_NAME or w in NOT_DOCUMENT_NAMES for w in words)


def _also(found: dict[str, Candidate], also: dict[str, list[str]], key: str, written: str) -> None:
    """Add a name the minutes call a document by (a link's text, "the timestamp draft")
    to its other names, unless it is its name already."""
    owner = _owner(found, also, key)
    if owner is None or not written or written.casefold() in NOT_DOCUMENT_NAMES:
        return
    known = [found[owner].name, *also.get(owner, [])]
    if fold(written).casefold() not in {n.casefold() for n in known}:
        also.setdefault(owner, []).append(fold(written))


def _owner(found: dict[str, Candidate], also: dict[str, list[str]], wanted: str) -> str | None:
    """Answer the key of the document found under a key, or whose other names it is."""
    if wanted in found:
        return wanted
    for k, names in also.items():
        if any(key("named", n) == wanted for n in names):
            return k
    return None


def _subject(
    text: str,
    parts: list[Part],
    n: int,
    found: dict[str, Candidate],
    also: dict[str, list[str]],
    speakers: frozenset[str],
) -> list[str]:
    """Answer the keys of the documents a section is about, its subject: those its
    heading names (a draft, a link to one, "Recovery Draft"), else the heading's own
    name when the section stands under a heading of documents ("## Active Drafts") or
    its text speaks of "the draft"; none for an administrative or procedural section
    ("Administrivia", "Transport Issues", "Q&A") or a heading of documents itself."""
    part = parts[n]
    heading = text[part.start : part.end]
    named = []
    for candidate, _ in _candidates(heading, text):
        owner = _owner(found, also, candidate.key)
        if owner is not None and (candidate.kind != "rfc" or _name_of(part.title, speakers)):
            named.append(owner)
    if named:
        return list(dict.fromkeys(named))
    issues_of = ISSUES_OF.match(part.title)
    if issues_of and issues_of.group("name").casefold() not in ADMINISTRATIVE_WORDS | {
        "design", "editorial", "remaining", "outstanding", "closed", "new", "other"
    }:  # fmt: skip
        candidate = Candidate(key("named", issues_of.group("name")), "subject",
                              issues_of.group("name"), None)  # fmt: skip
        _add(found, also, candidate)
        owner = _owner(found, also, candidate.key)
        return [owner] if owner is not None else []
    name = _name_of(part.title, speakers)
    if name is None or _is_group(part.title):
        return []
    parent = next((p for p in reversed(parts[:n]) if p.level < part.level), None)
    if parent is not None and re.search(r"\bissues?\b", parent.title, re.IGNORECASE):
        return []
    body = text[part.end : part.until]
    if not (parent is not None and _is_group(parent.title)) and not DEFINITE.search(body):
        return []
    candidate = Candidate(key("named", name), "subject", name, None)
    _add(found, also, candidate)
    owner = _owner(found, also, candidate.key)
    return [owner] if owner is not None else []


def _name_of(title: str, speakers: frozenset[str]) -> str | None:
    """Answer the name a heading gives its subject, without presenter, timing and
    remarks ("Random access and live content - Craig Pratt (remote)" -> "Random access
    and live content", "Secondary Certificates: Mike" -> "Secondary Certificates",
    "Recovery Draft from ian" -> "Recovery Draft"), or None for an administrative title."""
    words = fold(LINK.sub(lambda m: m.group("text"), title))
    if "://" in words:
        return None
    while PARENTHESES.search(words) and PARENTHESES.sub("", words):
        words = PARENTHESES.sub("", words)
    pieces = [p.strip() for p in SPLIT_PRESENTER.split(words) if p.strip()]
    pieces = [p for p in pieces if not DURATION_WORDS.match(p)]
    if len(pieces) > 1 and _is_speaker(pieces[0], speakers):
        pieces = pieces[1:]
    if not pieces:
        return None
    words = BY_PRESENTER.sub("", pieces[0]).strip()
    on = ON_SUBJECT.match(words)
    if on and _is_speaker(on.group("who"), speakers):
        words = on.group("what")
    parts = words.rstrip(".:?!").split()
    while len(parts) > 1 and parts[-1].casefold() in TITLE_TAIL_WORDS:
        parts = parts[:-1]
    if parts and parts[0].casefold() in ORDINALS:
        return None  # "Third Implementation Draft": a milestone of a series of drafts
    if any("_" in p for p in parts):
        return None  # "Max_bytes_before_ack - Ian/Jana": a protocol's field, no document
    if not parts or all(
        w.casefold().strip("\"'") in ADMINISTRATIVE_WORDS or not re.search(r"[a-z]", w, re.I)
        for w in parts
    ):
        return None
    if re.match(r"^(?:#?\d+\b|issue\b|pr\b)", parts[0], re.IGNORECASE):
        return None
    return " ".join(parts)


def _is_speaker(words: str, speakers: frozenset[str]) -> bool:
    """Answer whether words name a person who speaks (or a handle of one)."""
    folded = words.casefold().strip()
    return folded in speakers or all(w in speakers for w in folded.split())


def _is_group(title: str) -> bool:
    """Answer whether a heading heads documents rather than names one: "Active Drafts",
    "Proposed Work", "Related Work", "Working Group Drafts"."""
    words = [w.casefold() for w in title.split()]
    qualifiers = {"active", "proposed", "working", "group", "wg", "extension", "other", "new",
                  "individual", "current", "related", "adopted", "candidate"}  # fmt: skip
    return (
        0 < len(words) <= 4
        and any(w in DOCUMENT_GROUP_WORDS for w in words)
        and all(w in DOCUMENT_GROUP_WORDS or w in qualifiers for w in words)
    )


def _stages(
    text: str,
    said: list[Stated],
    located: list[tuple[Candidate, list[tuple[int, int]]]],
    subjects: list[list[str]],
    sections: list[int],
) -> dict[str, list[StageFound]]:
    """Answer, by document key, the stages stated of each: a stage is stated of the
    documents its sentence (with its neighbour, when short) names, else its section's
    subject; a stage stated of drafts by wildcard ("draft-fielding-httpbis-*") is
    stated of each draft it covers."""
    names = {c.key: c.name for c, _ in located}
    stages: dict[str, list[StageFound]] = {}
    for fact in said:
        keys = [key("named", n) for n in fact.names if key("named", n) in names]
        keys += [
            c.key for c, mentions in located if any(fact.start <= s < fact.end for s, _ in mentions)
        ]
        if not keys:
            place = bisect_right(sections, fact.start) - 1
            keys = [k for k in subjects[place] if k in names] if 0 <= place < len(subjects) else []
        for wildcard in [k for k in keys if names[k].endswith("-*")]:
            keys += [k for k in names if k.startswith(wildcard + "-")]
        quote = fold(text[fact.start : fact.end])
        for k in dict.fromkeys(keys):
            if not any(s.quote == quote for s in stages.get(k, [])):
                stages.setdefault(k, []).append(
                    StageFound(kind=fact.stage, quote=quote, start=fact.start)
                )
    return stages


def _in_passing(text: str, spans: list[tuple[int, int]], at: int) -> bool:
    """Answer whether a mention cites its document in passing: "See also [...]",
    "quote RFC8890", "Signatures vs Cavage draft"."""
    block = spans[bisect_right([s for s, _ in spans], at) - 1]
    before = text[max(block[0], at - 30) : at]
    return before.endswith("/") or bool(PASSING.search(before))


def key(kind: Kind, name: str) -> str:
    """Answer what tells one document from another: a draft's name without its
    version, an RFC's number, a name in lower case with hyphens as spaces."""
    if kind == "draft":
        return DRAFT_VERSION.sub("", name.casefold())
    if kind == "rfc":
        return "rfc" + re.sub(r"\D", "", name)
    # "BCP 56bis" and "BCP56bis" are one
    return re.sub(r"(?<=[a-z]) (?=\d)", "", " ".join(name.casefold().replace("-", " ").split()))


def _candidates(block: str, text: str) -> list[tuple[Candidate, str]]:
    """Answer the documents a block of `text` names, in order, each with a name the
    block calls it beside its own (a link's text, "the timestamp draft"), or ""."""
    lower = block.lower()
    found: list[tuple[int, Candidate, str]] = [
        (m.start(), Candidate(key("named", m.group()), "named", m.group(), None), "")
        for m in (WILDCARD.finditer(block) if "*-" in block else ())
    ]
    for link in LINK.finditer(block) if "](" in block else ():
        draft = DRAFT.search(link.group("url"))
        if draft and DRAFT.fullmatch(link.group("text").strip()) is None:
            written = link.group("text").strip()
            found.append((link.start(), Candidate(key("draft", draft.group()), "draft",
                                                  draft.group(), None), written))  # fmt: skip
    for match in THE_NAMED_DRAFT.finditer(block) if "draft" in block else ():
        name = match.group("name")
        if not (
            name in NOT_A_NAME
            or name in DESCRIBING_DRAFT
            or name in PROTOCOLS
            or ADJECTIVE_ENDING.search(name)
        ):
            candidate = Candidate(key("named", name), "named", name, None)
            found.append((match.start("name"), candidate, match.group()))
    if not any(word in lower for word in ("draft", "rfc", "bcp", "titled", "doc")):
        return [(c, w) for _, c, w in sorted(found, key=lambda f: f[0])]
    found += [
        (m.start(), Candidate(key("draft", m.group()), "draft", m.group(), None), "")
        for m in DRAFT.finditer(block)
    ]
    found += [
        (m.start(), Candidate(key("rfc", m.group()), "rfc", m.group(), None), "")
        for m in RFC.finditer(block)
    ]
    found += [
        (m.start(), Candidate(key("named", m.group()), "named", m.group(), None), "")
        for m in BIS.finditer(block)
    ]
    for match in NAMED_DRAFT.finditer(block):
        name = _name(match.group("name"))
        # "the MP drafts", "the ICCRG drafts": a kind of draft, not one named
        plural = match.group("draft").endswith("s")
        if name and not (plural and (" " not in name or _is_group(match.group()))):
            written = match.group() if match.group("draft")[0] == "D" else ""
            found.append(
                (match.start(), Candidate(key("named", name), "named", name, None), written)
            )
    for match in TWO_DRAFTS.finditer(block):
        for part in ("one", "two"):
            name = _name(match.group(part))
            if name and _named_so(name, text):
                found.append(
                    (match.start(part), Candidate(key("named", name), "named", name, None), "")
                )
    for match in TITLED.finditer(block):
        title = fold(match.group("title"))
        found.append((match.start(), Candidate(key("titled", title), "titled", title, title), ""))
    return [(c, w) for _, c, w in sorted(found, key=lambda f: f[0])]


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
    if parts and parts[0].casefold() in ORDINALS:
        return None  # "the Second Implementation draft": a milestone of a series
    while parts and parts[0].lower() in NOT_A_NAME:
        parts = parts[1:]
    if not parts or all(p.lower() in PROTOCOLS for p in parts) or DESCRIBING.search(parts[-1]):
        return None
    if len(parts) == 1 and parts[0].casefold() in NOT_DOCUMENT_NAMES:
        return None
    return " ".join(parts)


def _add(found: dict[str, Candidate], also: dict[str, list[str]], candidate: Candidate) -> None:
    """Add a document named, unless it is one already found, under the same name or
    one abbreviating it word by word ("GKM-Arch" for "GKM Architecture")."""
    if _owner(found, also, candidate.key) is not None:
        return
    draft = _draft_called(found, candidate) if candidate.kind in ("named", "subject") else None
    if draft is not None:
        also.setdefault(draft, []).append(candidate.name)
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


def _draft_called(found: dict[str, Candidate], candidate: Candidate) -> str | None:
    """Answer the key of the one draft found whose topic, the words of its name after
    source ("ietf", "duke"), ends in a name's words, each word written out or as the
    initials of several ("Manageability" for draft-ietf-quic-manageability, "QUIC
    Version Aliasing" for draft-duke-quic-version-aliasing, "QUIC-LB" for
    draft-duke-quic-load-balancers); None when no draft, or several, end so."""
    parts = [w for w in re.split(r"[^a-z0-9]+", candidate.key) if w]
    if not parts:
        return None
    drafts = [
        k
        for k, c in found.items()
        if c.kind == "draft"
        and any(_topic_is(parts, k.split("-")[n:]) for n in range(2, k.count("-") + 1))
    ]
    return drafts[0] if len(drafts) == 1 else None


def _topic_is(parts: list[str], words: list[str]) -> bool:
    """Answer whether a name's parts say a draft's topic words: each part a word, or the
    initials of two words or more ("lb", "load balancers")."""
    if not parts or not words:
        return not parts and not words
    first, rest = parts[0], parts[1:]
    if first == words[0] and _topic_is(rest, words[1:]):
        return True
    return any(
        first == "".join(w[0] for w in words[:n]) and _topic_is(rest, words[n:])
        for n in range(2, len(words) + 1)
    )


def _join_drafts(found: dict[str, Candidate], also: dict[str, list[str]]) -> None:
    """Make each name found before the draft it names ("## Manageability", then a link to
    draft-ietf-quic-manageability-08) one of that draft's names."""
    for k, candidate in list(found.items()):
        draft = _draft_called(found, candidate) if candidate.kind in ("named", "subject") else None
        if draft is not None:
            also.setdefault(draft, []).extend([candidate.name, *also.pop(k, [])])
            del found[k]


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


class _Folded:
    """The blocks' text case folded (text.caseless), one block a line, to find quickly
    the blocks that hold a word, case aside."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        parts = [caseless(text[start:end]) for start, end in spans]
        self.spans = spans
        self.starts = list(accumulate((len(p) + 1 for p in parts), initial=0))
        self.joined = "\n".join(parts)

    def holding(self, words: list[str]) -> list[tuple[int, int]]:
        """Answer the spans of the blocks that hold one of the words (written in plain
        letters, digits and signs), case aside: all of them when a word is not so written."""
        if not all(w.isascii() and w.isprintable() and w for w in words):
            return self.spans
        found = set()
        for word in (w.casefold() for w in words):
            at = self.joined.find(word)
            while at >= 0:
                n = bisect_right(self.starts, at) - 1
                found.add(n)
                at = self.joined.find(word, self.starts[n + 1])
        return [self.spans[n] for n in sorted(found)]


def _first_words(candidate: Candidate, others: list[str]) -> list[str]:
    """Answer the words (or numbers) one of which a mention of the document starts with
    (see _mention_pattern): a draft's name, an RFC's number, each name's first word up to
    a number in it ("BCP" of "BCP56bis")."""
    if candidate.kind == "rfc":
        return [candidate.key[3:]]
    own = [candidate.key] if candidate.kind == "draft" else []
    names = others if candidate.kind == "draft" else [candidate.name, *others]
    return own + [LETTER_THEN_DIGIT.split(re.split(r"[-\s]+", n)[0])[0] for n in names]


def _mention_pattern(candidate: Candidate, others: list[str]) -> re.Pattern[str]:
    """Answer the pattern that finds the document's names in running text."""
    if candidate.kind == "draft":
        ways = [rf"{re.escape(candidate.key)}(?:-\d\d|-\*)?"]
        ways += [r"[-\s]+".join(_word_pattern(w) for w in re.split(r"[-\s]+", n)) for n in others]
        return re.compile(rf"(?<![\w-])(?:{'|'.join(ways)})(?![\w-])", re.IGNORECASE)
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
    written = [fold(text[s:e]) for s, e in mentions]
    if candidate.kind == "draft":
        name = next((w for w in written if DRAFT.fullmatch(w)), candidate.name)
    elif candidate.kind == "rfc":
        name = written[0]
    else:
        name = next(
            (w for w in written if w.casefold() == candidate.name.casefold()), candidate.name
        )
    return Document(
        name=name,
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

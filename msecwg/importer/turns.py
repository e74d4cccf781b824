"""Speaker turns and summary points, read from the items of a section."""

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import islice
from typing import NamedTuple

from msecwg.importer.blocks import Item, indent_at
from msecwg.importer.people import POSSESSIVE
from msecwg.importer.speakers import (
    ASKERS,
    LAST_BRACKET_AT_START,
    NAMES_APART,
    NOUN_WORD,
    PRESENTING_ALONE,
    Prefix,
    Speaker,
    is_legend,
    prefix,
    reported_start,
    reported_words,
    reporter,
    speaker,
    via,
)
from msecwg.importer.text import by_first_letter
from msecwg.importer.vocabulary import (
    COMMON_WORDS,
    INTRODUCER_WORDS,
    LABEL_WORDS,
    LISTING_WORDS,
    NOT_NAME_WORDS,
    OWNER_ROLES,
    PARTICLES,
    PRESENTING_VERBS,
    REPORTING_VERBS,
    ROLE_WORDS,
    UNNAMED,
)

WORD = re.compile(r"[a-z]+")
"""A word as a line introducing documents is read, in a text case folded."""
SHORT_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
"""A draft's short name as a list of documents or a heading writes it: "groupcomm-proxy",
"## connect-tcp"."""


class Piece(NamedTuple):
    """A turn or a point as read: from `start` (the speaker prefix, if any) to `end`,
    its words from `words`; `speaker` None for a point. `item` is where it was read."""

    start: int
    words: int
    end: int
    speaker: Speaker | None
    reported: bool
    item: Item


SENTENCE_GAP = re.compile(r"[.!?][\"')\]]*\s+(?=\S)")
NAME_WORDS = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"
LISTED_APART = re.compile(rf"{NAMES_APART.pattern}|\s*/\s*")
"""What stands between names listed alone on a line: what NAMES_APART finds, or a slash
("Marcus Ihlar/Martin Thomson")."""
NAMES_ONLY = re.compile(rf"{NAME_WORDS}(?:(?:{LISTED_APART.pattern}){NAME_WORDS})*\.?")
BULLETS = ("-", "*", "+", "•", "\u2013")
LABEL_OPENS = re.compile(r"[*_]*[\w'\u2019.-]+(?:[ \t]+[\w'\u2019.-]+){0,2}[*_]*:(?:\s|$)")
"""A label of one to three words a paragraph opens with: "Action:", "Chairs Action:"."""
PARAGRAPH = (*BULLETS, "")
"""The markers of a bullet, or none: a paragraph."""


DASHED_TURNS = 3
"""Items of the form "Name - words" that make it the minutes' way to write a turn
(tls/ietf105.md, quic/interim-18-09.md); fewer are turns only of names known from
"Name: words" (quic/ietf104.md "ekr - done sending ..." where "ekr:" speaks)."""


INLINE_TURNS = 2
"""Turns "Name: words" a name must open after a sentence's end, within paragraphs, to be a
speaker's where no line opens with it (HTTPAPI minutes write a talk's turns run together)."""
OPENING_READ = 200
"""The characters read where a report of speech may open: its name and verb, no more."""
INNER_READ = 120
"""The characters read after a sentence's end where a turn may open within a paragraph (the
same for finding speakers and their turns, so that `prefix` reads each opening once)."""
REPORTED_TURNS = 2
"""Items a first name alone must open reporting speech ("Brian suggests ...", "Zahed notes
that ...") to be a speaker's where no "Name: words" names it: narrative minutes (scone
minutes). One is enough for a full name ("Hui Deng pointed out that ...") or a proper name
of the minutes (see _proper)."""
NOT_IN_NAMES = COMMON_WORDS | NOT_NAME_WORDS | LABEL_WORDS
LABELLED = re.compile(r"(?P<mark>\*\*|__)?(?P<label>[A-Za-z]+)(?P=mark)?[ \t]*:(?P=mark)?[ \t]+")
"""A label a report of speech may follow: "**Discussion**: Chris Paton suggested …",
"Comments: Lars asked why"."""
BOLD_LABEL = re.compile(r"(?:\*\*|__)[^*_\n:]{1,40}?(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:)[ \t]+")
"""A label in bold opening words: "**Multipath:** ", "**Two-Layer Encoding**: "."""
# A name of one to three capitalised words, maybe bold
OPENING_NAME = re.compile(r"(?:\*\*)?(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})")


def known_speakers(text: str, items: list[Item], listed: frozenset[str]) -> frozenset[str]:
    """Answer the names written as speakers with words after them ("Name: words",
    or "Name - words" where the minutes write turns so), or opening items that report
    what they said, or a sentence of one after another's end (a first name REPORTED_TURNS
    of them, or one if the `listed` attendees, case folded, hold it or a known full name
    starts with it: "David Schinazi said …" / "David says …"), as written, with the short
    names they give themselves ("AG" of "Alessandro Ghedini (AG): …"): a name known here may
    also speak without a colon ("Name objected.", "**AG** zero CID mostly client")."""
    known: set[str] = set()
    dashed: list[str] = []
    reported: dict[str, int] = {}
    inline: dict[str, int] = {}
    alone: list[str] = []
    for n, item in enumerate(items):
        body = text[item.body : item.end]
        gaps = [m.end() for m in SENTENCE_GAP.finditer(body)]  # each later sentence's start
        for name in _inline_speakers(body, gaps):
            inline[name] = inline.get(name, 0) + 1
        found = None if _topic_label(body) else prefix(body)
        openings = [0, *_after_label(body)] if found is None else []
        openings += gaps
        starts = (body[at : at + OPENING_READ] for at in openings)
        for name in filter(None, map(_opening_reporter, starts)):
            reported[name] = reported.get(name, 0) + 1
        if found is None and _beside(items, n) and (named := _listed_alone(body, listed)):
            near = (text[items[m].body : items[m].end] for m in (n - 1, n + 1) if m >= 0)
            if not any(_listed_alone(other, listed) for other in near):  # not the list itself
                known.add(named)  # "* Dave Crocker" / "* Need to have clarity …", who attended
        if found is None or found.bare or found.speaker.name is None:
            continue
        words = body[found.words :].strip()
        name = found.speaker.name
        if not words and (_asked(body) or (_full(name) and _beside(items, n))):
            known.add(name)  # "Q: Scott Fluhrer", "* Ted Hardie:" / "* We are …"
        elif not words and _beside(items, n, PARAGRAPH) and _plain(name):
            alone.append(name)  # "Matt Joras:" / "We are in the position of don't cancel."
        if not words or _names_only(words):
            continue
        if found.dashed:
            dashed.append(name)
            if found.speaker.role and via(found.speaker.role):
                known.add(name)  # "Martin Thompson via Jabber - was not prepared.": even once
        else:
            known.add(name)
            if found.speaker.alias:  # "**Alessandro Ghedini (AG)**: …" / "**AG** zero CID …"
                known.add(found.speaker.alias)
    if len(dashed) >= DASHED_TURNS:
        known.update(dashed)
    known.update(n for n in alone if _full(n))
    fully = {n.split()[0] for n in [*known, *reported] if _full(n)}
    known.update(
        n
        for n, times in reported.items()
        if times >= REPORTED_TURNS
        or _full(n)
        or n.casefold() in listed
        or n in fully
        or _proper(n, text)
    )
    known.update(n for n in alone if n in fully)  # "Matt:" where "Matt Joras:" speaks
    known.update(n for n, times in inline.items() if times >= INLINE_TURNS)
    return frozenset(known)


def _proper(name: str, text: str) -> bool:
    """Answer whether a name of one word is a proper name in these minutes: capitalised,
    nowhere in lower case, no adverb or gerund, and written so alone (not a full name's
    first: "Bram Keller") more than once, or once before a verb of speech that is no noun
    there ("Gorry wonders if …" / "… says Gorry", "Ted reminds us", "Kai shares the work",
    where "Data suggests" is no one's, as the minutes write "data" too, nor "Three comments:"
    or "Whiteboard notes from a previous meeting")."""
    if not (
        name.isalpha()
        and name[:1].isupper()
        and name[1:].islower()
        and not name.endswith(("ly", "ing"))
        and re.search(rf"\b{name.lower()}\b", text) is None
    ):
        return False
    alone = re.findall(rf"\b{name}\b(?! [A-Z])", text)  # not "Bram Keller"
    return len(alone) > 1 or re.search(rf"\b{name} {SPEAKS}", text) is not None


def _inline_speakers(body: str, gaps: list[int]) -> list[str]:
    """Answer the names that open a turn after a sentence's end within a paragraph (at
    `gaps`), "Name:" and words ("... Marius: there are authenticated requests ... Mike: Can
    requests be replayed?", HTTPAPI minutes), written as names, not in capitals ("... QUIC
    hat: thanks. ... QUIC: It's the right people": a speaker's hats)."""
    if ": " not in body:
        return []
    found = []
    for gap in gaps:
        rest = body[gap : gap + INNER_READ]
        turn = prefix(rest) if ":" in rest[:64] else None
        if turn is None or turn.bare or turn.dashed or not rest[turn.words :]:
            continue
        name = turn.speaker.name
        if name and not name.isupper():
            found.append(name)
    return found


def _beside(items: list[Item], n: int, markers: tuple[str, ...] = BULLETS) -> bool:
    """Answer whether the n-th item is a bullet (or an item of other `markers`: "" for a
    paragraph) with another beside it, the next."""
    item, after = items[n], items[n + 1] if n + 1 < len(items) else None
    same = after is not None and (after.marker, after.indent) == (item.marker, item.indent)
    return same and item.marker in markers


def _plain(name: str) -> bool:
    """Answer whether a name alone above a paragraph is a person's: no word of a label
    or phrase, none possessive ("SF Issues:", "Chair's Slides:")."""
    return not POSSESSIVE.search(name) and not any(
        w.casefold() in NOT_IN_NAMES for w in name.split()
    )


def _listed_alone(body: str, listed: frozenset[str]) -> str | None:
    """Answer the full name a line holds alone where the minutes list it as attending
    ("Dave Crocker" and "8. Dave Crocker, Brandenburg InternetWorking"), else None."""
    if not listed:
        return None  # no list of who attended: no name is listed
    who = speaker(body.strip()) if len(body) < OPENING_READ else None
    name = who.name if who and not who.role else None
    return name if name and _full(name) and name.casefold() in listed else None


def _asked(body: str) -> bool:
    """Answer whether a line opens with the mark of a question or comment before the name
    of who put it ("Q: Scott Fluhrer", "Comment: Paul Hoffman")."""
    return body.split(":", 1)[0].strip(" \t*_").casefold() in ASKERS


def _full(name: str) -> bool:
    """Answer whether a name opening reported speech is a person's full name, first and
    family, maybe with a middle name ("Hui Deng", "Ameya Neeraj Deshpande"), not a role, a
    room or a thing ("Area Director", "Jabber Room", "Security Considerations")."""
    words = name.casefold().split()
    return len(words) in (2, 3) and not any(
        w in UNNAMED or w in ROLE_WORDS or NOUN_WORD.fullmatch(w.rstrip("s")) for w in words
    )


def _opening_reporter(body: str) -> str | None:
    """Answer the name an item opens with, one to three capitalised words, where a verb of
    speech follows it as `reporter` reads one ("Brian suggests focusing on PR 83", "Ted
    Hardie asked", "Mirja, commented"); else None."""
    opening = OPENING_NAME.match(body)
    if opening is None:
        return None
    name = opening.group("name")
    first = name.split(" ", 1)[0]
    if first.casefold() in NOT_IN_NAMES:
        return None  # "The draft says", "We noted": read no further
    written = reporter(body, frozenset({name, first}))
    if written is None:
        return None
    written = written.strip("*")
    if any(w.casefold() in NOT_IN_NAMES for w in written.split()) or POSSESSIVE.search(written):
        return None  # "Resolve WGLC comments", "He notes", "Recognises Bradley's comments"
    found = speaker(written)
    return written if found is not None and found.name == written else None


# A verb of speech or of presenting after a name, no noun there: "wonders if", "points out",
# "provides feedback", "presenting:" alone, not "comments:", "notes from", nor "shows", which a
# thing does ("Demo shows that", see _proper)
_SPEECH = by_first_letter([*REPORTING_VERBS, *sorted(PRESENTING_VERBS - {"shows", "showed"})])
SPEAKS = rf"(?:(?:{_SPEECH})\b(?!:| from\b)|{PRESENTING_ALONE})"
# A label in bold opening an item, the colon inside the bold: "* **Feedback:** Martin ..."
SUMMARY_LABEL = re.compile(
    r"^[ \t]*[-*+][ \t]+(?:\*\*|__)(?P<label>[^*_\n:]{1,40}):(?:\*\*|__)", re.M
)
SUMMARY_LABELS = 3
"""The fewest labels in bold of a summary's topics (see summarised)."""
# Words that report someone's speech with their name left out, maybe after an adverb:
# "Countered that", "Strongly opposed", "Suggests a compromise" (not "Need more interop")
REPORT_OPENS = re.compile(
    rf"(?:[A-Z][a-z]+ly\s+)?(?:[A-Z][a-z]{{2,}}ed\b|(?i:{by_first_letter(REPORTING_VERBS)})\b)"
)
ASIDE = re.compile(r"\s*\([^()A-Z]*\)")
"""A remark in brackets beside a name in a list of people: "(for the last time)", "(remote)"."""
HELD_BY = re.compile(r"(?P<names>[^()]+?)\s*\([^()]+\)")
"""Names with an aside after them: "Haojie Wang (China Mobile)"."""
LOWER_WORD = re.compile(r"(?<!\S)(?!and\b)[a-z]")


@lru_cache(maxsize=4096)  # asked of an item's words again as its turns are read
def _names_only(words: str) -> bool:
    """Answer whether words are only a list of people ("Jana and Ian Sweet", "Mike
    Bishop", "Marcus Ihlar/Martin Thomson", "🪑🪑🪑 (Lars Eggert (for the last time), Lucas
    Pardue, Matt Joras)"): what a label such as "Loss Recovery:" or "Chairs:" is followed by,
    on its line (the lines of a list of roles run on: "Loss Recovery: Jana and Ian Sweet" /
    "TLS Martin Thomson")."""
    words = ASIDE.sub("", words.strip().split("\n", 1)[0])
    if (held := HELD_BY.fullmatch(words)) and _names_only(held["names"]):
        return True  # "Haojie Wang (China Mobile)": a name and where its holder works
    if LOWER_WORD.search(words):
        return False  # a word in lower case, and no name, before the letters are looked at
    words = "".join(c for c in words if c not in "()[]" and not _symbol(c))
    words = re.sub(r"\s+,", ",", words).strip()
    if not NAMES_ONLY.fullmatch(words):
        return False
    return len(LISTED_APART.split(words)) > 1 or len(words.split()) > 1


def _symbol(character: str) -> bool:
    """Answer whether a character is a symbol, no letter or mark of punctuation ("🪑")."""
    return unicodedata.category(character).startswith("S")


def pieces(
    text: str,
    items: list[Item],
    known: frozenset[str],
    topics: frozenset[str] = frozenset(),
    summary: bool = False,
) -> list[Piece]:
    """Answer the turns and points of a section's items, in order; a label its section
    writes as a topic is no turn (see _a_topic), nor one a heading's title names as one
    (`topics`, see _a_heading), nor, in minutes that summarise by labels (`summary`,
    see summarised), one whose words report no one's speech (see _labels_a_topic).

    A bullet holding only a speaker's name, with deeper bullets under it ("- Martin
    Thompson" / "  - inherent problem ..."), is one turn: the words are those bullets,
    with the answers they hold ("- answer: 7540 is clear ..."), up to the next named
    speaker ("- Mark: 2 weeks should be fine").
    """
    found: list[Piece] = []
    i = 0
    while i < len(items):
        taken = _name_bullet(text, items, i, known)
        if taken:
            found.append(taken[0])
            i += taken[1]
            continue
        found.extend(_item_pieces(text, items[i], known))
        i += 1
    scope = text[items[0].start : items[-1].end] if items else ""
    shorts = any(
        p.speaker and p.speaker.name and SHORT_NAME.fullmatch(p.speaker.name) for p in found
    )
    listed = _listed_documents(text, items) if shorts else frozenset()
    return [
        Piece(p.start, p.start, p.end, None, False, p.item)
        if p.speaker
        and p.speaker.name
        and (
            _a_topic(scope, p.speaker.name, known)
            or _a_word(scope, p.speaker.name, text)
            or _a_drafts_name(p.speaker.name, text)
            or (p.item.start in listed and SHORT_NAME.fullmatch(p.speaker.name) is not None)
            or (p.speaker.name.casefold() in topics and _a_heading(p.speaker.name, text))
            or (summary and _labels_a_topic(text, p))
        )
        else p
        for p in found
    ]


def _introduces_documents(line: str) -> bool:
    """Answer whether a line of a few words names documents, introducing a list of them ("MT:
    Other documents (p11)"); a longer one is read no further than its first few words."""
    words = [w.group() for w in islice(WORD.finditer(line.casefold()), INTRODUCER_WORDS + 1)]
    return len(words) <= INTRODUCER_WORDS and bool(LISTING_WORDS.intersection(words))


def introduced_items(
    text: str, blocks: Iterable[tuple[int, int, bool]]
) -> Iterator[tuple[int, int]]:
    """Yield the span of each item of the lists a line of a few words naming documents
    introduces ("MT: Other documents (p11)" / "* groupcomm-proxy: re-bumped, …"), or an item
    of such words and a colon does, the items below it ("* Other documents:" / "  *
    key-limits-01: not in the agenda", CoRE minutes), of blocks given as their span and whether
    each is a list's item."""
    introducer: int | None = None  # how far in the introducing item stands; -1 for a line
    for start, end, listed in blocks:
        indent = indent_at(text, start)
        if not listed:
            introducer = -1 if _introduces_documents(text[start:end]) else None
        elif introducer is not None and indent > introducer:
            yield start, end
        else:
            introduces = text[start:end].rstrip().endswith(":")
            introducer = indent if introduces and _introduces_documents(text[start:end]) else None


def _listed_documents(text: str, items: list[Item]) -> frozenset[int]:
    """Answer where the items of the lists a line naming documents introduces start (see
    introduced_items): "* groupcomm-proxy: re-bumped, …" there is a document's status."""
    spans = ((item.start, item.end, bool(item.marker)) for item in items)
    return frozenset(start for start, _ in introduced_items(text, spans))


def _a_drafts_name(name: str, text: str) -> bool:
    """Answer whether a word where a speaker's name stands is the end of a draft's name the
    minutes write, its short name ("http-mapping: at IESG" where they name
    draft-ietf-core-http-mapping): a document's status, no one's turn."""
    return " " not in name and "-" in name and _ends_a_draft(name, text)


@lru_cache(maxsize=4096)  # asked again for each turn of a section's speaker
def _ends_a_draft(name: str, text: str) -> bool:
    """Answer whether a hyphened word ends a draft's name the minutes write, a revision aside
    (see _a_drafts_name), searching the whole text once a name."""
    ends = rf"\bdraft-[\w.-]*?-{re.escape(name)}(?:-\d+)?(?![\w-])"
    return re.search(ends, text, re.IGNORECASE) is not None


def summarised(text: str) -> bool:
    """Answer whether minutes summarise by labels in bold that open their items, SUMMARY_LABELS
    or more of them words of labels ("* **Discussion:** ...", "* **Feedback:** ...", "*
    **Decision:** ..."), as generated summaries do."""
    labels = (m["label"].split()[0].casefold() for m in SUMMARY_LABEL.finditer(text))
    return sum(label in LABEL_WORDS for label in labels) >= SUMMARY_LABELS


def _labels_a_topic(text: str, piece: Piece) -> bool:
    """Answer whether a turn's speaker is a topic's label in bold opening an item, its words
    reporting no one's speech: "* **Tooling:** Internal qlog tooling has been open-sourced",
    where "* **Kazuho Oku:** Countered that reusing the ID is correct" reports Kazuho Oku's."""
    return (
        bool(piece.item.marker)
        and BOLD_LABEL.match(text, piece.start) is not None
        and REPORT_OPENS.match(text, piece.words) is None
    )


def topic_headings(titles: list[str]) -> frozenset[str]:
    """Answer the titles of headings, case folded, of two words or more: those that may name
    a topic a label stands for where a speaker's name stands (see _a_heading)."""
    return frozenset(title.casefold() for title in titles if len(title.split()) > 1)


def _a_heading(name: str, text: str) -> bool:
    """Answer whether a label a heading's title gives, where a speaker's name stands, names a
    topic: the minutes also write one of its words of more than three letters in lower case,
    alone or in a draft's name, outside a link to a heading ("### Resumable Uploads" ... "*
    **Resumable Uploads:** Editors aim to ..." where the minutes say "uploads"), which no
    heading named for a person does ("#### Benjamin Kaduk", "[Benjamin Kaduk](#benjamin-
    kaduk)")."""
    for word in (w.lower() for w in name.split() if len(w) > 3 and not w.islower()):
        for match in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text):
            left = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start()))
            if "(#" not in text[left + 1 : match.start()]:
                return True
    return False


@lru_cache(maxsize=4096)  # asked again for each turn of a section's speaker
def _a_topic(scope: str, name: str, known: frozenset[str]) -> bool:
    """Answer whether a name of capitalised words, written where a speaker's stands, is a
    topic's label: its section also writes it in lower case, in its sentences, and never as
    a speaker, and no other known speaker's name starts as it does ("**Use Cases**: Enables
    …" where the section says "use cases")."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or words[0].lower() not in scope:
        return False
    phrase = r"\s+".join(re.escape(w.lower()) for w in words)
    said = [m.end() for m in re.finditer(rf"(?<![\w-]){phrase}(?![\w-])", scope)]
    if not said or any(scope[e : e + 3].lstrip().startswith(":") for e in said):
        return False
    # no other speaker's name starts so: "Martin Duke" where "Martin" speaks
    return not any(k != name and k.split(" ", 1)[0] == words[0] for k in known)


@lru_cache(maxsize=4096)  # asked again for each turn of a section's speaker
def _a_word(scope: str, name: str, text: str) -> bool:
    """Answer whether one capitalised word written where a speaker's name stands is a word of
    the language labelling what follows ("Request: a link to …", "Cohort: client side"):
    its section writes it in lower case within a sentence, the minutes never write it before a
    family name nor as a speaker again."""
    if not (len(name) >= 4 and name.isalpha() and name[0].isupper() and name[1:].islower()):
        return False
    word = name.lower()
    if word not in scope or word in OWNER_ROLES:  # "Chairs: …"
        return False
    if re.search(rf"[a-z,;]\s+{re.escape(word)}(?![\w-])", scope) is None:
        return False  # never written in lower case within a sentence
    return not _a_name_in(name, text)


@lru_cache(maxsize=4096)  # asked again for each section the name speaks in
def _a_name_in(name: str, text: str) -> bool:
    """Answer whether the minutes write a word as a name: before a family name on its line
    ("Mark Nottingham", not a heading's "AI Output" over "Mark: …"), or where a speaker's
    stands more than once, case aside."""
    if re.search(rf"(?<![\w-]){re.escape(name)}[^\S\n]+[A-Z][a-z]", text):
        return True
    return len(re.findall(rf"(?im)^\W*{re.escape(name)}\W*\s*:", text)) > 1


def points(text: str, items: list[Item]) -> list[Piece]:
    """Answer each item as a point, whatever it opens with ("title: IRSG Teleconference")."""
    return [Piece(i.body, i.body, i.body + len(text[i.body : i.end].rstrip()), None, False, i)
            for i in items]  # fmt: skip


def _name_bullet(
    text: str, items: list[Item], i: int, known: frozenset[str]
) -> tuple[Piece, int] | None:
    """Answer the turn a speaker standing alone starts, with the number of items it
    takes, or None: a bullet holding only a name ("- Martin Thompson", "- Nick -
    Akamai") or a known "Name:" with no words, the words in the deeper items below (or,
    below a line that is no bullet or a bulleted "Name:", in the bullets at its margin: "Q:
    Scott Fluhrer" / "- What's the cost?", "* Ted Hardie:" / "* We are trying …"; below a
    paragraph, in the paragraphs after it: "Matt Joras:" / "We are in the position ...")."""
    item = items[i]
    who = _speaker_alone(text, item, known)
    if who is None:
        return None
    body = text[item.body : item.end]
    beside = i + 1 < len(items) and items[i + 1].indent == item.indent
    beside = beside and (
        item.marker not in BULLETS
        or _alone(body) is not None  # "* Ted Hardie:"
        or (who.name in known and _full(who.name) and prefix(body) is None)  # "* Dave Crocker"
    )
    j = i + 1
    while j < len(items) and (
        items[j].indent > item.indent
        or (
            beside
            and (items[j].marker in BULLETS or _below(text, item, items[j]))
            and items[j].indent >= item.indent
        )
    ):
        inner = _turn_prefix(text[items[j].body : items[j].end], known)
        if inner is not None and inner[0].name is not None:
            break
        if items[j].indent == item.indent and _speaker_alone(text, items[j], known):
            break  # "* Ted Hardie:" / "* We are trying …" / "* Tom Anderson:"
        j += 1
    if j == i + 1:
        return None
    return Piece(item.body, items[i + 1].body, items[j - 1].end, who, False, item), j - i


def _below(text: str, item: Item, after: Item) -> bool:
    """Answer whether a paragraph goes on the words of a speaker's name alone in the
    paragraph above ("Matt Joras:" / "We are in the position of don't cancel."): not
    a labelled one ("Chairs Action: Will send out CfA")."""
    return item.marker == after.marker == "" and not LABEL_OPENS.match(text, after.body)


def _alone(body: str) -> Prefix | None:
    """Answer the speaker prefix a line holds with no words after it ("Ted Hardie:", "Q:
    Scott Fluhrer"), its words on the lines below; else None."""
    found = prefix(body)
    alone = found is not None and not found.bare and not body[found.words :].strip()
    return found if alone else None


def _speaker_alone(text: str, item: Item, known: frozenset[str]) -> Speaker | None:
    """Answer the speaker an item holds alone: a bulleted name known as a speaker (or
    with an affiliation, or "?"), or a known name and a colon."""
    body = text[item.body : item.end]
    if (found := _alone(body)) is not None:
        return found.speaker if found.speaker.name in known else None
    who = speaker(body) if item.marker in BULLETS else None
    if who is None or (who.uncertain and (who.name or "").casefold() in COMMON_WORDS):
        return None  # "* Why?" over its reasons: a question, no one unsure
    if who.name is None or who.role or _first_name_known(who.name, known):
        return who
    return who if _a_persons_name(who.name) else None


def _a_persons_name(name: str) -> bool:
    """Answer whether a bulleted name with words below it is a person's (HTTP IETF 101:
    "- Julian Reschke", "- Hugo", "- Brent/Brand?"): one to three words, each a
    capital and small letters ("Mark Nottingham", "Paul van Brouwershaven"), none a
    word of a label ("Open Issues", "Next Steps")."""
    words = [w for part in name.split("/") for w in part.split()]
    return 1 <= len(words) <= 3 * (name.count("/") + 1) and all(
        w in PARTICLES or (w[:1].isupper() and any(c.islower() for c in w[1:])) for w in words
    )


def _first_name_known(name: str, known: frozenset[str]) -> bool:
    """Answer whether a name starts as a known speaker's does ("Mark Nottingham" where
    "Mark" speaks, "Martin" where "Martin Thompson" does)."""
    return name in known or name.split(" ", 1)[0] in first_words(known)


def _item_pieces(text: str, item: Item, known: frozenset[str]) -> list[Piece]:
    """Answer the turns and points of one item: it may hold several, where a sentence
    ends and a known speaker starts ("... messages. Lakshminath objected. ...")."""
    body = text[item.body : item.end]
    starts = [0, *_inner_starts(body, known)]
    found = []
    for a, b in zip(starts, [*starts[1:], len(body)], strict=True):
        found.append(
            _piece(text, item, item.body + a, item.body + a + len(body[a:b].rstrip()), known)
        )
    return found


def _inner_starts(body: str, known: frozenset[str]) -> list[int]:
    """Answer where, after a sentence ends, a known speaker's turn starts inside a text."""
    starts = []
    firsts = first_words(known)
    for gap in SENTENCE_GAP.finditer(body):
        rest = body[gap.end() : gap.end() + INNER_READ]
        if ":" not in rest[:64] and rest.split(" ", 1)[0].lstrip("*_").rstrip(",") not in firsts:
            continue  # "**Cullen Jennings** then noted": a bold name's first word too
        turn = prefix(rest)
        named = (
            turn is not None and not turn.bare and not turn.dashed and turn.speaker.name in known
        )
        if named or reported_start(rest, known):
            starts.append(gap.end())
    return starts


@cache
def first_words(known: frozenset[str]) -> frozenset[str]:
    """Answer the first word of each known speaker's name."""
    return frozenset(k.split(" ", 1)[0] for k in known)


def _piece(text: str, item: Item, start: int, end: int, known: frozenset[str]) -> Piece:
    """Answer the turn or point text[start:end] is."""
    words = text[start:end]
    turn = _turn_prefix(words, known)
    if turn is not None:
        spoken, at = turn
        said = text[start + at : end]
        return Piece(start, start + at, end, spoken, reported_words(said), item)
    if reported_start(words, known):
        return Piece(start, start, end, _reporting(words, known), True, item)
    for at in _after_label(words):
        if reported_start(words[at:], known):
            return Piece(start + at, start + at, end, _reporting(words[at:], known), True, item)
    return Piece(start, start, end, None, False, item)


def _after_label(words: str) -> list[int]:
    """Answer where words start after a label that opens them ("**Discussion**: Chris
    Paton suggested …", "**Multipath:** Lucas Pardue noted that …", see _topic_label),
    where a report of speech may open; none without such a label."""
    label = LABELLED.match(words)
    if label and label["label"].casefold() in LABEL_WORDS:
        return [label.end()]
    return [bold.end()] if (bold := _topic_label(words)) else []


def _topic_label(words: str) -> re.Match[str] | None:
    """Answer the label in bold a topic's words open with, a report of someone's speech by
    their full name after it ("**Multipath:** Lucas Pardue noted that …"), or None: such a
    label names no speaker."""
    bold = BOLD_LABEL.match(words)
    if bold is None:
        return None
    name = _opening_reporter(words[bold.end() :])
    return bold if name is not None and _full(name) else None


def _turn_prefix(words: str, known: frozenset[str]) -> tuple[Speaker, int] | None:
    """Answer the speaker a text opens with and where the words start, when the text
    is a turn: a name with words after it, or a known name alone (words cut off)."""
    found = prefix(words)
    if found is None or _topic_label(words):
        return None
    name, said = found.speaker.name, words[found.words :].strip()
    if found.bare or (found.dashed and name is not None):
        return (found.speaker, found.words) if name in known else None
    if name is None:  # a role alone: "Chair: ...", or a legend ("Presenter: Sara Dickinson")
        return (found.speaker, found.words) if said and not _names_only(said) else None
    if said and name and is_legend(name, said):
        return None
    if not said or _names_only(said):
        return (found.speaker, found.words) if name in known else None
    return found.speaker, found.words


def _reporting(words: str, known: frozenset[str]) -> Speaker:
    """Answer the speaker a reported turn opens with ("Spencer Dawkins (AD) explained",
    "**Alex Chernyakhovsky** asks"), as written without bold marks."""
    name = (reporter(words, known) or "").strip("*")
    bracket = LAST_BRACKET_AT_START.match(words[words.find(name) + len(name) :].lstrip("*"))
    written = name + (bracket.group() if bracket else "")
    return speaker(written) or Speaker(written, name, None, None, False)

"""Stages of documents the minutes state: "Adopted last time.", "suggest: WGLC now",
"invariants has already been sent to RFC editor", "Have parked Key", each in the
words of RFC 6174 (the states of a WG document) and RFC 7221 (adoption), with the
sentence that states it and the names of the documents the sentence makes its
subject ("Key", "invariants")."""

import re
from typing import NamedTuple

from msecwg.importer.items import PROPOSES_AS_QUESTION, asks
from msecwg.importer.speakers import NAMES_APART, speaker
from msecwg.importer.text import (
    alternatives,
    by_first_letter,
    caseless,
    holds_any,
    notes_a_line_each,
    sentences,
)
from msecwg.importer.vocabulary import (
    ADOPTION_ASKED,
    CLAUSE_OPENERS,
    CONFIRMED_ON_LIST,
    LABEL_WORDS,
    NOT_DOCUMENT_NAMES,
    POLL_COUNTED,
    REACHED,
    ROOM_ADOPTS,
    STAGE_PHRASES,
    STAGE_WORDS,
    STATUS_COUNTED,
    STATUS_REMARKS,
    STATUS_WAITING,
    SUPPORT_SHOWN,
    WAY_ADOPTED,
    WGLC,
    WGLC_WORDS,
    in_prose,
)

PHRASES = [
    (stage, re.compile(pattern, re.IGNORECASE), words) for stage, pattern, words in STAGE_PHRASES
]
STAGE_WORD = re.compile(alternatives(STAGE_WORDS))
"""One of STAGE_WORDS, in text case folded: all looked for in one pass."""
ASKED = re.compile(ADOPTION_ASKED, re.IGNORECASE)
ASKING_WORDS = ("adopt", "take on", "taking on", "basis", "starting point")
"""Words one of which ASKED holds, case folded."""
SUPPORT = re.compile(SUPPORT_SHOWN, re.IGNORECASE)
REMARK = re.compile(
    rf"\b(?=[a-z\d])(?<!with )(?:{by_first_letter(STATUS_REMARKS)}|{STATUS_COUNTED})"
)
"""A remark on where a document stands (STATUS_REMARKS, STATUS_COUNTED) in text case folded,
each tried only where the text has its first letter."""
WAITING = re.compile(STATUS_WAITING)
CONDITIONED = re.compile(r"\b(?:until|unless|once|if|before|after|whether)\b[^.;:,]*$")
"""A clause of condition or time that a remark ends: what it says is awaited, not reached."""
POLLED = re.compile(POLL_COUNTED, re.IGNORECASE)
ADOPT = re.compile(r"\badopt(?:ion|ing)?\b", re.IGNORECASE)
WAY = re.compile(WAY_ADOPTED, re.IGNORECASE)
# A document someone adopted that the sentence does not name: "AVTCORE has just adopted an
# RTP over QUIC draft" (QUIC minutes) is no adoption of the section's document (not "was
# adopted a year ago")
UNNAMED_ADOPTED = re.compile(r"\b(?:has|have|had|just) adopted (?:a|an|another) ", re.IGNORECASE)
NAMING_BEFORE = re.compile(r"\b(?:the|our|an?)\s+$", re.IGNORECASE)
NAMING_AFTER = re.compile(
    r"\s+(?:draft|document|doc|I-D|spec|specification|text|version)s?\b"
    r"(?!\s+(?:is|was)\s+(?:draft-|rfc))",
    re.IGNORECASE,
)
"""The words before "adopted" (NAMING_BEFORE) and after it that make it name a document by its
stage, which they do not state: "AI training from the adopted draft" (AIPREF minutes), "Having
some indication as part of the adopted document is valuable" (SCONE minutes, before its
adoption); not "The adopted draft is draft-ietf-foo"."""
ROOM = re.compile(ROOM_ADOPTS, re.IGNORECASE)
OPTION_COUNTED = re.compile(r"[ \t]*:\s*\d")
"""A count after a stage's words and a colon: they are a poll's option ("Do not adopt: 2 15",
TLS minutes), whose answer the count gives, no stage stated."""
PAST_PRACTICE = re.compile(
    r"\b(?:in|from) the past\b(?! (?:few |couple of |\d+ )?(?:days?|weeks?|months?|years?)\b)",
    re.IGNORECASE,
)
"""What a group did as a rule, not at this meeting: "what we've done in the past for cookies
…, run an adoption call for the draft" (HTTP minutes); not "in the past month"."""
ADOPTED_ELSEWHERE = re.compile(r"\badopted (?:in|by) (?:the )?(?!WG\b|RG\b)[A-Z]\w*[A-Z]")
"""Adopted by another group, by its name: "EFM mechanisms just adopted in IPPM" (CoRE minutes),
a stage of the document discussed only where the sentence names it ("SVCB-DNS is adopted in ADD
WG")."""
# A stage's subject that is some other document: "The other one's already published" (MASQUE
# minutes), "the other drafts are in WGLC"
OTHER_SUBJECT = re.compile(
    r"\b(?:the )?other (?:one|draft|document|doc|spec|I-D)s?\b"
    r"|\banother (?:draft|document|doc|spec|I-D)\b",
    re.IGNORECASE,
)
CONFIRMING = re.compile(CONFIRMED_ON_LIST, re.IGNORECASE)
ITEM_BETWEEN = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:[-*+\u2013]|\d{1,2}[.)])[ \t]+")
"""What stands between a block and a list item right after it: a line's end, a blank line or none,
and the item's marker."""
# A hum's question, put without a question mark: "Hum if this document is not ready to be
# received ie not start a working group last call" (TSVWG minutes)
HUM_PUT = re.compile(r"\W*hum(?:s|ming)?\s+(?:if|whether)\b", re.IGNORECASE)
NAME = r"[A-Za-z][\w/+-]*"
# Where a name is looked for in a sentence: where no letter stands before it, for a name
# that starts after a letter is the end of one that starts before it.
AT_NAME = r"(?<![A-Za-z])"
# A stage's object or subject, named beside it: "parked Key", "QUIC Retry Offload is going into
# the deep freeze" (QUIC minutes), "the adoption call for the
# IP-CONNECT", "invariants has already been sent to", "Core docs are now past IESG",
# "qlog that's up for adoption", "SVCB-DNS is adopted in ADD WG", "because EBMLv1 has been
# published as an RFC" (CELLAR minutes), "Invariants is now an RFC!" (not a protocol alone:
# "HTTP/3 is an RFC, yay!"), "Qlog has passed Working Group Last Call", and each document a count
# of them names in brackets (see COUNT_NAMED); each with words one of which it needs.
NAMED_BY_STAGE: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(r"\bparked (?:the )?(?P<name>[A-Z][\w-]*)"),
        ("parked",),
    ),
    (
        re.compile(
            rf"{AT_NAME}(?P<name>[A-Z][\w/+-]*(?: [A-Z][\w/+-]*){{0,2}}) (?:is|are|was|were"
            r"|has been|have been) (?:going |now |also )?(?:into the deep freeze|parked)\b"
        ),
        ("freeze", "parked"),
    ),
    (
        re.compile(
            r"\b(?:adoption call|call for adoption) (?:for|of|on) (?:the )?(?P<name>[A-Z][\w-]*)"
        ),
        ("adoption",),
    ),
    (
        re.compile(
            rf"{AT_NAME}(?P<name>{NAME}(?: {NAME})?) (?:has|have|is|are) (?:already |now |also )?"
            r"(?:been )?(?:sent to|submitted to|past|through) (?:the )?(?:IESG|RFC[- ]?editor)\b",
            re.IGNORECASE,
        ),
        ("iesg", "rfc"),
    ),
    (
        re.compile(
            rf"{AT_NAME}(?P<name>{NAME}) (?:that's|that is|which is|is|are) up for adoption\b"
        ),
        ("adoption",),
    ),
    (
        re.compile(
            r"\b(?P<name>[A-Z][\w/+-]*) (?:is|was|has been|got) (?:now |already |also )?adopted\b"
        ),
        ("adopted",),
    ),
    (
        re.compile(
            rf"{AT_NAME}(?P<name>[A-Z][\w/+-]*) (?:has|have|was|were) (?:now |just |already )?been"
            r" published as (?:an? )?RFC\b"
        ),
        ("published",),
    ),
    (
        re.compile(
            rf"{AT_NAME}(?P<name>[A-Z][\w/+-]*) (?:is|are) (?:now |already |finally )?"
            r"(?:an? )?RFCs?[.,;!]"
        ),
        ("rfc",),
    ),
    (
        re.compile(
            rf"{AT_NAME}(?P<name>[A-Z][\w/+-]*(?: [A-Z][\w/+-]*)?) (?:has|have) (?:now |just )?"
            rf"(?i:(?:passed|completed|finished) (?:the |its )?{WGLC})"
        ),
        WGLC_WORDS,
    ),
    # several, each in capitals: "H3-DGRAM and CONNECT-UDP went through WGLC and IESG"
    (
        re.compile(
            rf"{AT_NAME}(?P<names>[A-Z][A-Z\d/+-]+(?:(?:, | and |, and )[A-Z][A-Z\d/+-]+)+) "
            rf"(?:(?:has|have) (?:now |just )?)?(?i:(?:passed|completed|finished|went through"
            rf"|gone through|been through) (?:the |its )?{WGLC})"
        ),
        WGLC_WORDS,
    ),
    (
        re.compile(
            r"^\W*(?P<name>[A-Z][\w/+-]*(?: [A-Z][\w/+-]*){0,3}) (?:has|have) (?:a |an )?new"
            r" (?:version|revision)\s*(?:[.,;:!)]|$)"
        ),
        ("new",),
    ),
)
# A status line's subject before its dash or colon: "EBML -- version 14 was posted", "QPACK:
# adopted QCRAM", never a speaker's name before a colon ("Lars: ... sent to RFC editor")
STATUS_SUBJECT = re.compile(
    r"^\W*(?P<name>[A-Z][\w+.-]*(?: [A-Z][\w+.-]*)?) ?(?P<mark>--|\u2013|\u2014|:) "
)
# Documents a sentence says are handed to another group: "HTTP/QPACK are handed over to
# httpbis" (quic/ietf110.md); named, with no stage of RFC 6174 for it.
HANDED_OVER = re.compile(
    rf"(?P<name>{NAME}) (?:is|are|was|were|has been|have been) (?:handed|transferred|moved)"
    r" (?:over )?to\b",
    re.IGNORECASE,
)
HANDING_WORDS = ("handed", "transferred", "moved")
"""Words one of which HANDED_OVER holds."""
# A stage denied or only hoped for, in words of prose (see in_prose)
NEGATED = re.compile(rf"{in_prose('not|never|no')}|n't\b", re.IGNORECASE)
UNDECIDED = re.compile(
    r"\b(?:decide|decided|decides|deciding|discuss|discussing|determine|consider|considering"
    r"|figure\s+out|see|know|ask|asking|wonder\w*|sure|unsure|unclear)\s+(?:when|whether|if)\s+"
    r"(?:(?:we|they|it|there|the\s+\w+)\s+)?(?:(?:need|needs|should|will|would|can|could|must"
    r"|want|wants|have|has)\s+)?$",
    re.IGNORECASE,
)
"""What leaves a stage yet to be decided, right before it: "so we can decide when to do WG Last
Call" (DPRIVE minutes), "discuss whether to adopt it", "to see if we need to issue a new WGLC"
(QUIC minutes), "not sure if we will start a WGLC"."""
_COUNT = r"\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
DOCUMENTS_COUNTED = re.compile(
    rf"{_COUNT}\s+(?:more\s+)?(?:documents?|docs?|drafts?|RFCs?|I-Ds?)"
    r"(?:\s+(?:are|is|now|currently|still))*(?:\s+(?:in|at|with|on))?\s*"
    rf"|{_COUNT}\s+(?:in|at|with|under)\s+",
    re.IGNORECASE,
)
"""A count of documents a clause states a stage of, its subject, before or around the stage's
words: "3 documents in RFC Queue", "Two drafts are in WGLC", "3 in IESG processing" (CoRE
minutes), none of them a document the sentence names; not a count of something else ("3
comments on WGLC")."""
COUNTED_UP_TO = frozenset({"", "in", "at", "with", "on", "under"})
"""What of the stage's words a count of documents may take in: where they are ("in WGLC")."""
HOPED = re.compile(
    in_prose(
        r"if|once|until|hopefully|ideally|would|might|could|unless|whether|want|wants|wish"
        r"|hope|expect\w*|prefer\w*|rather|being|can|will|should|must|like\s+to|need(?:s|ed)?\s+to"
        r"|plan(?:s|ning)?\s+to|intend(?:s|ing)?\s+to|going\s+to"
        r"|suggest(?:s|ed|ing)?|propos(?:e|es|ed|ing)(?!\s+standard)|recommend(?:s|ed|ing)?"
    ),
    re.IGNORECASE,
)
"""What makes a stage reached in its clause before it a wish, a condition, a plan or a proposal:
"would be adopted", "Like to see adopted" (CCWG minutes), "we need to have
draft-lenders-core-coap-dtls-svcb adopted" (CoRE minutes), "Plan to ... store unsubmitted +
submitted document drafts in github" (SCIM minutes), "suggested parking it" (HTTP minutes)."""
CONDITION_FIRST = re.compile(r"\W*(?:(?:and|so|then)\s+)?(?:if|once|when|until|unless)\b", re.I)
"""A sentence that opens with its condition: what its main clause says is reached is reached
only then ("And once the working group has reached consensus …, we are ready to progress this
new charter with the IESG", MASQUE minutes), unless it gives a reason of its own ("If we
intend to make it more strict, best hurry, because invariants has already been sent to RFC
editor.")."""
CONDITION_AFTER = re.compile(
    r"\s*(?:only\s+)?(?:if|unless|provided|assuming|as\s+long\s+as)\b"
    r"(?!\s+(?:there\s+(?:are|is)\s+)?(?:no\s+|any\s+)?(?:objections?|pushback|concerns?)\b)",
    re.IGNORECASE,
)
"""A condition that follows a stage's words: "Only adopted if has client side (browser)
interest" (DNSOP minutes) is adopted only then; the list's confirmation is none ("adopted
unless objections on the list")."""
TO_COME = frozenset({"WG Last Call planned", "revision expected"})
"""Stages to come, which a denial before them leaves none (see _stage)."""
INTERROGATIVE = re.compile(
    r"\W*(?:is|are|was|were|do|does|did|can|could|should|shall|will|would|has|have|what|when"
    r"|how|why|who|which|any)\b",
    re.IGNORECASE,
)
"""The word a question opens with: "is it reasonable to …", "Do we have to …"."""
GIVEN = re.compile(r"\b(?:because|since|as)\b", re.IGNORECASE)
SHORT = 10
"""Fewer words than this make a stage's sentence short: quoted with its neighbour."""
CLAUSE = re.compile(r"[,;:]\s")
SEMICOLON = re.compile(r";\s|\s\|(?=\s)")


class Stated(NamedTuple):
    """A stage stated in the minutes: the stage (a `msecwg.model.Stage` value), the span
    to quote (the sentence that states it, with its neighbour when short), the span of its
    block, the rule that found it, the names the sentence gives the document it is stated
    of, if any, and whether the stage's own words give them (its subject or object, not a
    status line's subject), the span of that sentence alone, the span of its clause there
    (between semicolons) that states it, and those of the sentence's other clauses that
    state a stage of their own."""

    stage: str
    start: int
    end: int
    block: tuple[int, int]
    rule: str
    names: tuple[str, ...]
    named: bool
    sentence: tuple[int, int]
    clause: tuple[int, int]
    apart: tuple[tuple[int, int], ...]


def handed_over(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Answer the names of documents the minutes say are handed over to another group,
    each part of a name written with "/" apart ("HTTP/QPACK": "HTTP", "QPACK")."""
    names = []
    for start, end in spans:
        if not holds_any(text[start:end], HANDING_WORDS):
            continue
        for match in HANDED_OVER.finditer(text, start, end):
            names += [n for n in match.group("name").split("/") if _name(n)]
    return names


def stated(text: str, spans: list[tuple[int, int]]) -> list[Stated]:
    """Answer every stage the minutes state, sentence by sentence, in order: at most one
    a clause (between semicolons), the first of the vocabulary's phrases it holds (negated
    forms first), or adoption when a block asks to adopt a document and a hum shows
    support; the room's adoption a call for adoption where its block says it is to be
    confirmed on the list, as is a poll that asks to adopt and counts more for it than
    against where its block or an item of its list right below says so."""
    found = []
    for index, block in enumerate(spans):
        whole = text[block[0] : block[1]]
        folded = caseless(whole.replace("\n", " "))  # as _stage reads it: "WG Last\nCall"
        if not STAGE_WORD.search(folded):
            continue
        asked = holds_any(whole, ASKING_WORDS) and ASKED.search(whole) is not None
        phrases = [p for p in PHRASES if any(map(folded.__contains__, p[2]))]
        if not phrases and not asked:
            continue
        in_block = list(sentences(whole, block[0], notes=notes_a_line_each(text, *block)))
        for at, own in enumerate(in_block):
            sentence = text[own[0] : own[1]]
            stage, where = _stage(sentence, phrases)
            rule = "phrase"
            if stage is None and asked and SUPPORT.search(sentence):
                stage, rule, where = "adopted", "hum in support of adoption", 0
            elif stage is None and asked and _polled_for(text, in_block, at):
                stage, rule, where = "adopted", "poll in support of adoption", 0
            below = stage is None and asked and at == len(in_block) - 1
            counted = below and _counted_below(text, spans, index)
            if counted:  # "… in adopting this as a work item?" / "For: 38 No: 2"
                stage, rule, where = "adopted", "poll in support of adoption", 0
            confirming = None
            if stage == "adopted":
                below_count = index + 1 if counted else index  # its count's block, if below
                confirming = _confirming(text, spans, below_count, below=rule != "phrase")
            if rule == "poll in support of adoption" and not confirming:
                stage = None  # a poll in the room alone adopts nothing
            elif confirming and (rule != "phrase" or ROOM.search(sentence)):
                # the room's adoption, to be confirmed on the list: a call for adoption
                stage, rule = "call for adoption", "adoption to be confirmed on the list"
            else:
                confirming = None
            if (
                stage == "adopted"
                and ADOPTED_ELSEWHERE.search(sentence)
                and not _names(sentence)[0]
            ):
                stage = None  # what another group adopted, not the document discussed
            clauses = _clauses(sentence, own[0])
            facts = []
            if stage is not None:
                context = _context(in_block, at, len(sentence.split()) < SHORT)
                if counted:  # quoted with its count
                    context = (context[0], spans[index + 1][1])
                if confirming:  # quoted with the sentence that says it is to be confirmed
                    at_words, (a, b) = confirming
                    first, last = next(s for s in sentences(text[a:b], a) if s[1] > at_words)
                    context = (min(context[0], first), max(context[1], last))
                clause = next(c for c in clauses if c[1] >= own[0] + where)
                facts.append((stage, context, rule, _names(sentence, where), clause))
            for clause in clauses if len(clauses) > 1 else ():
                if stage is not None and clause[0] <= own[0] + where < clause[1]:
                    continue  # the clause of the sentence's stage
                # another clause's own stage: "... waiting for shepherd write-up; -conditional-
                # attributes and -groupcomm-bis are in WGLC"
                said = text[clause[0] : clause[1]]
                more, at = _stage(said, phrases)
                if more is not None:
                    facts.append((more, clause, "phrase", _names(said, at), clause))
            for kind, quoted, how, (names, named), clause in facts:
                apart = tuple(c for *_, c in facts if c != clause)
                found.append(Stated(kind, *quoted, block, how, names, named, own, clause, apart))
    return found


def remarked(text: str, spans: list[tuple[int, int]]) -> list[Stated]:
    """Answer every sentence that remarks on where a document stands, in order, as a Stated of
    the stage "remark": progress, readiness, waiting, what is left to do (REMARK), quoted
    with its neighbour when short as a stage is ("No update. Hopefully wind up soonish."); no
    heading, and no question ("is recovery ready for this process in -19?"), which asks."""
    found = []
    for start, end in spans:
        whole = text[start:end]
        if whole.startswith("#"):
            continue  # a heading's title: what a section is about, no remark
        folded = caseless(whole.replace("\n", " "))
        if REMARK.search(folded) is None and "waiting" not in folded:
            continue
        in_block = list(sentences(whole, start, notes=notes_a_line_each(text, start, end)))
        for at, own in enumerate(in_block):
            sentence = text[own[0] : own[1]]
            said = caseless(sentence.replace("\n", " "))
            remark = REMARK.search(said)
            if remark and CONDITIONED.search(said, 0, remark.start()):
                continue  # "Don't register in IANA until the document is stable": a condition
            if (remark or WAITING.match(said)) and not asks(sentence):
                quoted = _context(in_block, at, len(sentence.split()) < SHORT)
                names = _names(sentence)
                found.append(
                    Stated("remark", *quoted, (start, end), "remark", *names, own, own, ())
                )
    return found


def _confirming(
    text: str, blocks: list[tuple[int, int]], index: int, *, below: bool
) -> tuple[int, tuple[int, int]] | None:
    """Answer where the words saying an adoption is to be confirmed on the list start, and
    their block's span: in the block `index`, or (`below`) in one of the two items of its list
    right below it, a blank line before the first too ("* Poll: Adopt? 42 yes, 0 no" / "* ...
    the vote will be confirmed via the mail list."); None where none says so."""
    for n in range(index, min(index + 3, len(blocks)) if below else index + 1):
        start, end = blocks[n]
        if n > index and not ITEM_BETWEEN.fullmatch(text, blocks[n - 1][1], start):
            break  # not the next item of a list: a paragraph, or other text between
        confirmed = CONFIRMING.search(text, start, end)
        if confirmed:
            return confirmed.start(), (start, end)
    return None


def _counted_below(text: str, blocks: list[tuple[int, int]], index: int) -> bool:
    """Answer whether the block right below the block `index` (a line's end or a blank line
    between) opens with a poll's count, more for than against ("Chairs: Is there interest in
    the room in adopting this as a work item?" / "For: 38 No: 2", MASQUE minutes)."""
    if index + 1 >= len(blocks):
        return False
    (_, end), (start, until) = blocks[index], blocks[index + 1]
    between = text[end:start]
    if between.count("\n") > 2 or between.strip(" \t\n*+-"):
        return False
    return _more_for(POLLED.match(text, start, until))


def _more_for(count: re.Match[str] | None) -> bool:
    """Answer whether a poll's count (POLLED's match) has more for than against."""
    if count is None:
        return False
    return int(count["yes"] or count["yes_first"]) > int(count["no"] or count["no_then"])


def _polled_for(text: str, spans: list[tuple[int, int]], at: int) -> bool:
    """Answer whether the sentence `at` of a paragraph's sentences counts a poll on adoption
    more for it than against, adoption asked before its count there or in the sentence before
    it: "Poll: Adopt? 42 yes, 0 no, 4 no opinion" (not "has the time and interest to take on
    work ...")."""
    start, end = spans[at]
    count = POLLED.search(text, start, end)
    if count is None or not _more_for(count):
        return False
    asking = spans[at - 1][0] if at > 0 else start
    return ADOPT.search(text, asking, count.start()) is not None


def _clauses(sentence: str, start: int) -> list[tuple[int, int]]:
    """Answer the spans of a sentence's clauses between semicolons, or a table row's cells,
    each of which may state a stage of its own ("-core-comi ... waiting for shepherd
    write-up; -conditional-attributes and -groupcomm-bis are in WGLC")."""
    spans, at = [], 0
    for stop in SEMICOLON.finditer(sentence):
        spans.append((start + at, start + stop.start()))
        at = stop.start() + 1  # its spaces with it, where a mention of "-dns-over-coap" starts
    return [*spans, (start + at, start + len(sentence))]


def _context(spans: list[tuple[int, int]], at: int, short: bool) -> tuple[int, int]:
    """Answer the span to quote for a stage stated in the sentence `at` of a paragraph's
    sentences: its sentence, with the next sentence (else the one before) when it is
    `short` ("There's also qlog that's up for adoption. Drafts are more or less ready,
    ...", "Stuck untill we get more reviews ... Don't want to go to WGLC without that.")."""
    start, end = spans[at]
    if not short:
        return start, end
    if at + 1 < len(spans):
        return start, spans[at + 1][1]
    return (spans[at - 1][0], end) if at > 0 else (start, end)


def _stage(
    sentence: str, phrases: list[tuple[str, re.Pattern[str], tuple[str, ...]]]
) -> tuple[str | None, int]:
    """Answer the stage a sentence states, by the first of the vocabulary's `phrases`
    in it (those its block holds the words of), and where its words start: a stage reached
    only if something happens, or only hoped for ("will not get through the IESG",
    "Hopefully ... in RFC Editor queue", "Want to see ... adopted"), is none, as is a stage
    reached or denied in a question, or in a hum's ("Hum if this document is not ready … not
    start a working group last call"); a stage planned or expected is one, unless denied ("We do
    not expect a WGLC before 2026"), and a document not adopted only on a condition is none."""
    # a phrase wrapped at any line's end ("in\nWGLC", "a\n  new WGLC"): no stage's phrase
    # reads lines, as counts one a line do (see items.unwrapped)
    written = sentence
    sentence = LINE_BREAK.sub(" ", sentence) if "\n" in sentence else sentence
    folded = caseless(sentence)
    for stage, pattern, words in phrases:
        if not any(map(folded.__contains__, words)):
            continue
        match = pattern.search(sentence)
        if match is None:
            continue
        clause = CLAUSE.split(sentence[: match.end()])[-1]
        at = len(clause) - (match.end() - match.start())  # where the match starts in it
        before = clause[max(0, at - 30) : at]
        conditional = bool(
            CONDITION_FIRST.match(sentence) and not GIVEN.search(sentence, 0, match.start())
        ) or bool(CONDITION_AFTER.match(sentence, match.end()))
        if stage in REACHED and (NEGATED.search(before) or HOPED.search(clause) or conditional):
            return None, 0
        if stage == "not adopted" and conditional:
            return None, 0  # "If we don't have a Use Case let's not adopt."
        if UNDECIDED.search(before) or (stage in TO_COME and NEGATED.search(before)):
            return None, 0  # "We do not expect a WGLC before 2026", "No need for another revision"
        counted = DOCUMENTS_COUNTED.match(clause)
        if (
            counted
            and counted.end() >= at
            and clause[at : counted.end()].strip().casefold() in COUNTED_UP_TO
        ):
            continue  # "Recently published RFC 9030; 3 in IESG processing": others'
        asked = asks(sentence) or HUM_PUT.match(sentence) is not None
        # a stage to come in the clause a question ends, asked, not proposed: "is it reasonable
        # to do a WGLC soon?" (not "Let's do another WGLC?", nor a note of a plan not sure of:
        # "Next steps: WGLC on next version (-05) in mid 2023?"; a candidate for adoption is one
        # asked about too: "Interest in adoption?")
        to_come = (
            stage in TO_COME
            and not CLAUSE.search(sentence, match.end())
            and INTERROGATIVE.match(clause) is not None
            and PROPOSES_AS_QUESTION.search(sentence) is None
        )
        if asked and (stage in REACHED or to_come or NEGATED.search(match.group())):
            # "Is draft-ietf-dns-over-coap ready for WG Last Call?", "anyone who thinks we
            # shouldn't progress it to WG last call?": asked, not stated
            return None, 0
        if stage == "adopted" and (
            WAY.search(sentence)
            or UNNAMED_ADOPTED.search(sentence)
            or (
                NAMING_BEFORE.search(sentence, 0, match.start())
                and NAMING_AFTER.match(sentence, match.end())
            )
        ):
            continue
        if OPTION_COUNTED.match(sentence, match.end()):
            continue  # "Do not adopt: 2 15" / "Adopt: 19 0": a poll's option, its count
        if PAST_PRACTICE.search(sentence, 0, match.start()):
            continue  # "what we've done in the past …, run an adoption call": a practice
        if OTHER_SUBJECT.search(clause, 0, at):
            continue  # "The other one's already published": another document's stage
        return stage, _as_written(written, match.start())
    return None, 0


LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
"""A line's end with the blanks around it, read as one space within a sentence."""


def _as_written(written: str, at: int) -> int:
    """Answer the offset in a sentence as written of an offset in it with each LINE_BREAK
    read as one space."""
    for gap in LINE_BREAK.finditer(written):
        if gap.start() >= at:
            break
        at += len(gap.group()) - 1
    return at


COUNT_NAMED = re.compile(
    r"\b(?:two|three|four|five|six|\d) (?:more )?(?:documents|docs|drafts|I-Ds) "
    r"\((?P<names>[^()]{2,120})\)",
    re.IGNORECASE,
)
"""Documents a count of them names in brackets: "Three documents (Q-log, Multipath, Greasing)
have passed Working Group Last Call" (QUIC minutes)."""


def _names(sentence: str, stage_at: int = -1) -> tuple[tuple[str, ...], bool]:
    """Answer the names a sentence gives the documents its stage is stated of: those a count
    of documents names in brackets, the object of "parked", "adoption call for", the subject
    of "has been sent to RFC editor", else the subject of a status line ("EBML -- version 14
    was posted"), unless the stage's words, at `stage_at`, are that subject ("IESG Processing:
    core-sid"); and whether they are the former."""
    names = [
        name
        for counted in COUNT_NAMED.finditer(sentence)
        for written in NAMES_APART.split(counted["names"])
        if (name := _name(written))
    ]
    for pattern, needs in NAMED_BY_STAGE:
        if not holds_any(sentence, needs):
            continue
        for match in pattern.finditer(sentence):
            listed = match.groupdict().get("names")
            written = NAMES_APART.split(listed) if listed else [match.group("name")]
            names += [name for w in written if (name := _name(w))]
    status = STATUS_SUBJECT.match(sentence) if not names else None
    if status and status.start("name") <= stage_at < status.end("name"):
        status = None  # the stage's own label, no document's name
    if status and status["name"].casefold() not in LABEL_WORDS:
        first, *rest = status["name"].split()
        a_group_s = bool(rest) and len(first) > 2 and first.isupper()  # "MLS Protocol:", no one
        person = speaker(status["name"]) if status["mark"] == ":" and not a_group_s else None
        if (person is None or person.name is None) and (name := _name(status["name"])):
            return (name,), False
    return tuple(dict.fromkeys(names)), bool(names)


def _name(words: str) -> str | None:
    """Answer a document's name from the words before or after a stage, without the
    words that open a clause, or None when no name is left."""
    parts = words.split()
    while parts and (
        parts[0].casefold() in CLAUSE_OPENERS or parts[0].casefold() in NOT_DOCUMENT_NAMES
    ):
        parts = parts[1:]
    if not parts or parts[-1].casefold() in NOT_DOCUMENT_NAMES - {"docs", "drafts", "documents"}:
        return None
    return " ".join(parts)

"""Documents the minutes name: draft file names, RFC numbers, the names the
minutes give documents ("the GKM Architecture draft"), titles ("titled "...""),
the names a section's heading gives its subject ("### Variants" under "## Active
Drafts"); which of them the meeting discussed, and the stages it states of them."""

import datetime as dt
import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import Literal, NamedTuple

import msgspec

from msecwg.dates import MONTH_NUMBERS
from msecwg.importer import mentions as mentioned
from msecwg.importer.blocks import indent_at
from msecwg.importer.dating import When, dates, year_for
from msecwg.importer.meeting import GROUP
from msecwg.importer.records import Document, StageFound
from msecwg.importer.sections import HEADING_ID, WEEKDAY
from msecwg.importer.speakers import full_name
from msecwg.importer.stages import STAGE_WORD, Stated, handed_over, remarked, stated
from msecwg.importer.text import Sentences, caseless, fold, holds_any
from msecwg.importer.turns import SHORT_NAME, first_words, introduced_items
from msecwg.importer.vocabulary import (
    ADMINISTRATIVE_WORDS,
    DESCRIBING_DRAFT,
    DOCUMENT_GROUP_WORDS,
    IN_PASSING,
    LISTING_WORDS,
    NOT_A_NAME,
    NOT_DOCUMENT_NAMES,
    ORDINALS,
    PROTOCOLS,
    ROLE_WORDS,
    STAGE_LABEL_WORDS,
    TASK_VERBS,
    TITLE_TAIL_WORDS,
    UNNAMED,
)

Kind = Literal["draft", "rfc", "named", "titled", "subject"]

# A draft's file name, or its short form by author ("draft-deconinck", "Draft-deconinck?"),
# never a stream's alone ("not “draft-ietf” as shown in the slides", IPPM minutes), or its file
# name written with capitals, of three words or more after "draft" ("Draft-Box-ADD-Requirements-
# 00", "Draft-pauly-add-DEER", ADD minutes), not a file's ("draft-btw-add-home-Interim012021.pdf").
DRAFT = re.compile(
    r"(?<![\w-])[Dd]raft-(?!(?:ietf|irtf|iab)(?:-\*)?(?![\w-]))(?:[A-Za-z][A-Za-z0-9]*"
    r"(?:-[A-Za-z0-9]+){2,}(?![\w-]|\.\w)|[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:-\*)?)"
)
# A draft named by the end of its name, after a hyphen: "-core-comi, -yang-library and
# -oscore-groupcomm are waiting for shepherd write-up", "-comi: Authorship and shepherding
# changes" (CoRE minutes); taken where it ends a draft's name the minutes write, or is of more
# than one word ("-groupcomm-proxy is pending WG adoption call")
SHORT_DRAFT = re.compile(r"(?<![\w/.-])-(?P<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?![\w-])")
UNDASHED_DRAFT = re.compile(r"(?<![\w/.-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w-])")
# A set of drafts written with a wildcard and revision: "httpbis*-07" (httpwg/ietf75.txt).
WILDCARD = re.compile(r"(?<![\w*-])[a-z][a-z0-9]*\*-\d\d(?![\w-])")
# A section's first line, after its bullet and past a rule under its heading ("### Multipath
# QUIC" / "-----"), and a web address in it.
FIRST_LINE = re.compile(r"\s*(?:[-=*_]{3,}[ \t]*\n\s*)?(?:[*+-]\s+)?(?P<line>[^\n]*)")
WEB_ADDRESS = re.compile(r"https?://\S+")
REMARK = re.compile(r"\([^()\n]{1,60}\)")
"""A remark in brackets: "(new set of slides)", a heading's "(draft update)"."""
ACRONYM = re.compile(r"[A-Z][\w-]*[A-Z][\w-]*")
"""A name with a capital after its first ("SEARCH", "QUIC-LB"), no plain word ("Origin")."""
THE_DRAFT = re.compile(r"\W*(?:the|this) (?:draft|document|doc|I-D|spec|specification)\b", re.I)
"""A clause opening on its section's document as its subject: "The draft has been adopted"."""
SLIDES_LINK = re.compile(r"\[slides\]\([^()\s]*\)", re.IGNORECASE)
"""A link to a talk's slides: "[slides](https://datatracker.ietf.org/meeting/125/materials/…)"."""
# A line that gives a section's draft: "I-D: https://datatracker.ietf.org/doc/draft-ietf-mls-
# protocol/" (MLS, WPACK minutes), "Draft: https://tools.ietf.org/html/draft-ietf-tls-subcerts-09",
# "Datatracker: https://datatracker.ietf.org/doc/draft-mahy-mls-content-neg/" (MLS minutes)
DRAFT_FIELD = re.compile(
    r"^[ \t*_-]*(?:I-D|Internet[- ]Draft|Draft|Datatracker)[*_]*[ \t]*:[*_]*[ \t]*"
    r"(?P<line>[^\n]*draft-[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
# A link and its text: "[QUIC-LB](https://datatracker.ietf.org/doc/draft-ietf-quic-load-balancers)".
LINK = re.compile(r"\[(?P<text>[^\]\n]{2,80})\]\((?P<url>[^)\s]+)\)")
# "the timestamp draft", "the recovery draft": a lower-case word naming a draft.
THE_NAMED_DRAFT = re.compile(r"\bthe (?P<name>[a-z][a-z0-9-]{2,}) (?P<draft>draft)(?![\w-])")
ADJECTIVE_ENDING = re.compile(r"(?:ic|al|ed|ing|ive|ous|ble|ent|ant|ary|ful|less|est)$")
# A definite reference to one document in a section's text: "help on the draft", "jeff
# is new caretaker on the doc" (httpwg/ietf75.txt), "this document"; its changes since its
# last version: "Summary of changes since last version and open issues" (TLS minutes).
DEFINITE = re.compile(
    r"\b(?:the|this|that)\s+(?:draft|doc|document)\b(?![\w-])(?!\s+(?:versions?|revisions?))"
    r"|\bchanges\s+since\s+(?:the\s+)?(?:last|previous)\s+(?:version|revision)\b",
    re.IGNORECASE,
)
PASSING = re.compile(IN_PASSING, re.IGNORECASE)
EACH_NAMED = re.compile(r"\s*(?:,|\band\b|&|/)\s*")
THE_CHARTER = "charter"
"""The name of the group's charter, the same at every meeting."""
_SUCH_A_CHARTER = r"(?:(?:agreed|proposed|current|draft|updated|revised) )?[Cc]harter"
CHARTER = re.compile(
    r"\b(?P<re>[Rr]e-?charter(?:ing)?|new charter)\b"
    r"|\b(?:present(?:s|ed|ing)?|updat(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|revis(?:e|es|ed|ing)"
    r"|review(?:s|ed|ing)?|discuss(?:es|ed|ing)?|look(?:s|ed)? at|relitigat(?:e|ing)"
    r"|re-?open(?:s|ed|ing)?|revisit(?:s|ed|ing)?) (?:the |our |its |this )?"
    rf"(?P<acted>{_SUCH_A_CHARTER})\b"
    rf"|\b(?P<part>{_SUCH_A_CHARTER}) (?:update|updates|review|discussion|changes)\b"
    r"|\b[Tt]he (?P<done>charter) (?:has been|was|is being|is now) (?:updated|revised|approved"
    r"|changed|presented|reviewed)\b"
    r"|^[ \t]*(?:[-*+]|\d+\.)[ \t]+(?:[\w .]{1,30}: )?(?P<item>[Cc]harter)\b",
    re.MULTILINE,
)
"""The group's charter discussed in prose: a recharter or a new charter, the charter acted on
("Eric presented the agreed charter", "We'll need to change the charter"), talked of or changed
("Charter review", "the proposed charter changes"), done to ("The charter has been updated"), or
opening a list's item ("- charter reminder"); not the charter as a scope ("out of scope of our
current charter", "not in the charter"), nor an item of it ("the applicability statement charter
item")."""
CHARTER_HEADED = re.compile(r"\b(?:[Rr]e-?)?[Cc]harter(?:ing)?\b")
OF_A_GROUP = re.compile(
    r"\b(?!(?:WG|RG|IETF|IRTF|IESG|IAB|ADs?|BOF)\b)(?P<group>[A-Z][A-Z0-9]{1,15})(?:['\u2019]s)? $"
)
"""A group named right before a charter: "the MASQUE recharter", "DPRIVE recharter" (not "WG
Recharter")."""
GROUP_BEFORE = 20
"""How far before a charter OF_A_GROUP looks: a group's name and its "'s"."""
GROUP_AFTER = re.compile(
    r" (?:at|of|for|in) (?:the )?(?!(?:WG|RG|IETF|IRTF|IESG|IAB|BOF)\b)"
    r"(?P<group>[A-Z][A-Z0-9]{1,15})\b"
)
"""A group named right after a charter: "the new charter at MASQUE"."""
# A heading of one document's issues: "### Transport Issues", "HTTP ISSUES PRESENTED BY
# MIKE BISHOP" (quic/ietf104.md, quic/ietf103.md): its first word names the document; a
# word in lower case ("## training issues", a label of an issue tracker) only where the
# minutes name a document so elsewhere.
ISSUES_OF = re.compile(r"^(?P<name>[A-Z][\w/-]*) issues\b", re.IGNORECASE)
PARENTHESES = re.compile(r"\s*\([^()]*\)[\s:.]*$")
CLOCK = re.compile(r"\s+\d{1,2}:\d\d(?:\s*[-\u2013]\s*\d{1,2}:\d\d)?\s*$")
"""The time of day a heading's slot starts (or its span) at its end: "… (15) 13:18"."""
PRESENTERS_APART = re.compile(r",\s*|\s+and\s+")
"""What stands between presenters named together ("Tommy Pauly and Eric Rosenberg")."""
# A heading of a talk in its slot: its presenters, then its time ("## Guidelines for Internet
# Congestion Control at Endpoints - Gorry Fairhurst, 15 minutes", "### **W3C WebTransport
# Update** -- _Will Law_ (15 minutes)", "## **Happy Eyeballs Testing**, _Dave Plonka_, 15
# minutes"), maybe where they are and whether a paper's ("## Managing Congestion Control
# Heterogeneity ..., paper, Ayush Mishra, on-site, 20 minutes", ICCRG minutes)
_PRESENTER = r"[_*]*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3}[_*]*"
PRESENTED = re.compile(
    rf"(?:\s(?:-{{1,2}}|[\u2013\u2014])|,)\s+(?:paper,\s*)?{_PRESENTER}(?:,\s*{_PRESENTER})*"
    r"(?:,\s*(?:on-?site|remote|in[- ]person|online))?\s*[,;(]\s*\d{1,3}\s*(?:m|mins?|minutes)\b"
)
# Or a presenter's full name right after the title, no mark between, then the time: "A Decade
# of Path Awareness Olivier Bonaventure, 20 min" (PANRG minutes), where the name is one of a
# presenter (see _presenter)
UNMARKED_SLOT = re.compile(
    r"\s(?P<who>[A-Z][\w.'-]*\s+[A-Z][\w.'-]*)\s*[,;(]\s*\d{1,3}\s*(?:m|mins?|minutes)\b\)?"
    r"(?=[ \t]*(?:\r?\n|$))"
)
# A talk's slot on the first line below its heading, its presenters and its time alone:
# "## Proxying Ethernet" / "_Alejandro Sedeño, 25 minutes_", "_Tommy Pauly and Eric
# Rosenberg, 25 minutes_", "_David Schinazi, ~10~ 6 minutes_" (MASQUE minutes)
SLOT_LINE = re.compile(
    rf"[ \t]*[_*(]*{_PRESENTER}(?:(?:,|\s+and|\s*&)\s*{_PRESENTER})*\s*[,;(-]\s*(?:~\d+~\s*)?"
    r"\d{1,3}\s*(?:m|mins?|minutes)(?![a-z])[_*)]*[ \t]*$",
    re.MULTILINE,
)
# Or a list item of its time, its title or slides, and its presenter in emphasis: "### ACK
# Receive Timestamps" / "* 10 min - QUIC ACK receive timestamps [slides](…) **Sharad Jaiswal
# [SJ]**", "* xx min [slides](…) **Marten Seemann**" (QUIC minutes)
SLOT_ITEM = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?(?:\d{1,3}|xx)\s*(?:m|mins?|minutes)\b[^\n]*?\s[*_]{1,2}[A-Z]"
    r"[^*_\n]{2,60}[*_]{1,2}\.?[ \t]*$",
    re.IGNORECASE,
)
PRESENTERS_ALONE = re.compile(rf"[_*(]*{_PRESENTER}(?:(?:,|\s+and|\s*&)\s*{_PRESENTER})*[\s_*),;]*")
"""A talk's presenters alone, as they stand beside its draft and slides on a line: "_Ian
Swett_, [slides](…), [draft-ietf-ccwg-bbr](…)"."""
# Or its presenters under a label, alone on the line: "# Quic Aware Proxying" / "Speakers:
# Tommmy and Eric" (MASQUE minutes), "# Bundle Preloading" / "Presented by: Felipe" (WPACK
# minutes), "Presenter: Jeffrey Yasskin (50min)", "Presented by Alejandro Sedeno".
_NAMED = r"[_*]*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}[_*]*"
SLOT_LABEL = re.compile(
    rf"[ \t]*[_*]*(?i:(?:speakers?|presenters?)[_*]*\s*:|presented\s+by[_*]*\s*:?)[_*]*\s*{_NAMED}"
    rf"(?:(?:,|\s+and|\s*&)\s*{_NAMED})*(?:\s*\(\d{{1,3}}\s*(?:m|mins?|minutes)\))?[ \t]*$"
)
# Or its presenters presenting, alone on the line: "## rLEDBAT" / "Vidhi presents." (ICCRG
# minutes), "### DNS Server Information with Assertion Token" / "Tiru presented." (ADD minutes)
SLOT_PRESENTS = re.compile(
    rf"[ \t]*[_*]*(?!(?i:the\s+)?(?i:chairs?)\b){_NAMED}(?:(?:,|\s+and|\s*&)\s*{_NAMED})*"
    r"\s+(?:presents|presenting|presented)(?:\s+(?:the\s+)?(?:slides|\[[^\]\n]*\]\([^)\s]*\)))?"
    r"\.?[_*]*[ \t]*$"
)
# Or its presenters' full names alone in emphasis: "## The Preliminary Request Denied HTTP
# Status Code" / "*Mark Nottingham*" (HTTP minutes), links after them: "_Mario Patetta_,
# [slides](…)" (ICCRG minutes); see speakers.full_name
SLOT_NAMES = re.compile(
    r"[ \t]*(?P<mark>[_*]{1,2})(?P<who>[A-Z][^_*\n]{2,80}?)(?P=mark)"
    r"(?:[ \t]*,[ \t]*\[[^\]\n]*\]\([^)\s]*\))*[ \t]*$"
)
# Or its presenters after its title, with no time: "### Cache Groups - Mark Nottingham",
# "# User Authentication in a Group (Britta Hale)", "## SNIP Status presented by Martin
# Thomson" (HTTP, MLS and TLS minutes)
CREDITED = re.compile(
    r"(?:\s(?:-{1,2}|[\u2013\u2014])\s+[_*]*|\s(?:presented\s+)?by\s+|\()"
    r"(?P<who>[^()\n\u2013\u2014]+?)[_*]*\)?(?:\s*\([^()\n]*\))?[\s.:]*$"
)
# Or its slides named after its title: "## cTLS (See meeting materials)" (TLS minutes), "## 10
# min - HTTP Version Translation of the Capsule Protocol (slides)" (HTTP minutes)
SEE_SLIDES = re.compile(
    r"\(\s*(?:see\s+(?:the\s+)?)?(?:meeting\s+)?(?:materials|slides)\s*\)\W*$", re.IGNORECASE
)
NOT_PRESENTERS = ADMINISTRATIVE_WORDS | UNNAMED | ROLE_WORDS
# A heading that is a draft's short name alone ("## connect-tcp", HTTP minutes, see
# turns.SHORT_NAME), or one over sections of issues by their numbers ("## Resumable Uploads for
# HTTP" / "### 3270 - retrieving lost responses after completed upload"): a document's section
ISSUE_TITLE = re.compile(
    r"\[?\s*(?:git(?:hub|lab)\s+)?(?:(?:issue|pr)\s*)?#?\d{2,5}\b", re.IGNORECASE
)
"""An issue's heading by its number: "3270 - …", "Issue #218", "[Github Issue 138](…)"."""
SLOT_FIRST = re.compile(r"\d{1,3}\s*(?:m|mins?|minutes)\s*[-\u2013\u2014:]\s*", re.IGNORECASE)
"""A talk's time before its title, in its heading ("### 5 min - QUIC on Streams (Kazuho
Oku)") or opening a list item ("* 10 min - [Cache Groups](...) - Mark Nottingham", whose
notes below it at the margin are its own)."""
CITED_ISSUES = re.compile(
    r"\((?:[^()]*[\s/&,])?(?:issues?|PRs?|pull requests?|sections?)\s*#?\d[^()]*\)", re.IGNORECASE
)
"""A heading's remark citing the issues, pull requests or sections it is about: "Relation to
Existing Laws (Issue 1902 / Issue 160)", "AI Training Category (PR 205)" (AIPREF minutes)."""
LABEL_ALONE = re.compile(r"[ \t]*(?:[-*+][ \t]+)?[^\n:]{2,40}:[ \t]*")
"""A line that is a label alone, what is listed below it said of each item ("* In WGLC:")."""
HUNG_UP_TO = 3
"""How many lines up, each less indented, a stage's line may hang under the one naming its
document."""
RECORD_WORDS = frozenset(
    {"decisions", "conclusions", "outcomes", "takeaways", "remarks", "notes", "minutes", "actions",
     "item", "items", "poll", "polls", "documents", "drafts", "docs"}
)  # fmt: skip
"""Words naming what a meeting records or takes up, the last of a heading of no document
("Preliminary Decisions", "Work Item 1", "Poll: Do you support …", "SenML Documents": several
of them)."""
EVENT_WORDS = frozenset(
    {"hackathon", "interop", "report", "bof", "workshop", "meeting", "implementation",
     "implementations"}
)  # fmt: skip
"""Words of a talk's title that make it a report of an event, not a document."""
TITLE_TAIL = TITLE_TAIL_WORDS | {"+", "&", "and"}
"""What a title's end may say of its subject, and the words joining them, cut from its name."""
SPLIT_PRESENTER = re.compile(r"\s+(?:-{1,2}|[\u2013\u2014])\s+|[:;]\s+")
"""What parts a heading's title from what it adds: its presenters, time or remarks ("Random
access - Craig Pratt", "Secondary Certificates: Mike", "WG Documents - Status Update")."""
BY_PRESENTER = re.compile(r"\s+(?:from|presented by|by)\s+.*$", re.IGNORECASE)
PRESENTING_ALONE = re.compile(
    r"(?P<who>[^()]+?)(?:\s*\([^()]*\))?\s+(?:is\s+)?(?:presenting|presents)\W*", re.I
)
"""A heading of a presenter alone: "### Carsten Bormann (CB) presenting." (ASDF minutes)."""
ON_SUBJECT = re.compile(
    r"^(?P<who>[A-Z][\w.]*(?: [A-Z][\w.]*)?) (?:on|presents|presenting) (?P<what>.+)$",
    re.IGNORECASE,
)
UPDATES_TO = re.compile(
    r"^(?:(?:open )?issues(?: and|,)? )?(?:(?:presentation|overview|review) of (?:the )?)?"
    r"(?:updates?|status|progress|preview|situation|state of play)"
    r" (?:on|to|of|for) (?:the )?(?=\S)",
    re.IGNORECASE,
)
"""What a heading says it brings before its subject's name: "Open issues, updates to qlog",
"Update on HTTP/3 Priorities", "Status of Cookies", "preview of Instant Acknowledgments",
"Situation of the RLNC I-Ds", "Presentation of state of play on vocabulary document"."""
DAY_PIECE = re.compile(
    rf"(?i:{WEEKDAY}|day\s+\d{{1,2}}"
    r"|(?:session|topic|item|part|presentation|talk|slot|segment)\s+(?:\d{1,2}|[ivx]{1,5}))"
)
"""A day, session or numbered part of the program a heading names before its title: "## Monday -
HTTP Core", "Session 2: …", "### Topic IV: HTTP (MikeB)" (QUIC minutes)."""
DURATION_WORDS = re.compile(r"^\d+\s*(?:m|min|mins|minutes)\b", re.IGNORECASE)
DRAFT_VERSION = re.compile(r"-(?:\d\d|\*)$")
# A list item's words before a draft and a dash: an agenda's title for it
TITLE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*+][ \t]+|\d+\.[ \t]+)?(?P<title>[A-Z][^\n]{1,118}?)[ \t]+[-\u2013][ \t]+$"
)
LISTED = re.compile(r"[ \t]*(?:[-*+]|\d+\.)[ \t]+$")
"""What stands before a list item's words on its line: its bullet or number."""
RFC = re.compile(r"(?<!-)\bRFC[ -]?(?P<number>\d{3,5})\b(?![ -]?bis\b)", re.IGNORECASE)
SHORT_VERSIONED = re.compile(r"-?[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d\d")
"""A draft's name by its end with its revision: "-core-conditional-attributes-06",
"key-limits-01"."""
BARE_BIS = re.compile(r"\d{4}bis")
"""An RFC's revision by its number alone, as `key` folds it ("7710-bis" -> "7710bis")."""
_PROTOCOL = "|".join(sorted(p for p in PROTOCOLS if p.isalnum()))
BIS = re.compile(
    r"(?<!/)\b(?:RFC|BCP)[ ]?\d{1,5}[ -]?bis\b|\bBCP[ ]?\d{1,3}\b|(?<![\w./-])\d{4}-?bis\b"
    rf"|(?<![\w./-])(?!(?:{_PROTOCOL})-?bis\b)[A-Za-z][A-Za-z0-9]{{1,7}}-?bis\b(?!-)",
    re.IGNORECASE,
)
"""An RFC's revision by its number ("RFC 8446-bis", "BCP56bis", "7710bis") or by a short name
("sfbis", "SF-bis"; not "httpbis", a protocol's group)."""
WORD = r"[A-Z][\w/+.'-]*[\w+]|[A-Z]"
# "the EBML draft", "Tracks document"; never "draft" of what is not yet final ("Accept draft
# minutes", "Initial draft deadline"), nor a name's part after "&" ("the O&M document")
NAMED_DRAFT = re.compile(
    rf"(?<![\w&-])(?P<name>(?:{WORD})(?:[ ](?:{WORD})){{0,2}})[ ]"
    r"(?P<draft>[Dd]rafts?|docs?|documents?|I-Ds?)(?![\w-])"
    r"(?![ ](?:minutes|agenda|deadlines?|charter|milestones?|schedule|notes)\b)"
)
TWO_DRAFTS = re.compile(
    rf"(?<![\w-])(?P<one>(?:{WORD})(?:[ ](?:{WORD})){{0,2}}) and (?:the )?"
    r"(?P<two>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?) (?:drafts|I-Ds)(?![\w-])"
)
TITLED = re.compile(r"\b(?:tentatively\s+)?(?:en)?titled\s+\"(?P<title>[^\"]{3,120})\"")
# Words that describe drafts rather than name one: "HTTP-related", "IETF-managed",
# "Christian's", "a WG-last-callable draft" (CoRE minutes).
DESCRIBING = re.compile(
    r"(?:-(?:related|based|specific|like|style|only|level|side|wide|[a-z]+ed|[a-z]+able)"
    r"|['\u2019]s)$"
)
# An IRTF research group's acronym, which names the group before "draft", not a document: "a
# CFRG draft" (MLS minutes), "the ICCRG drafts".
RESEARCH_GROUP = re.compile(r"[A-Z][A-Z0-9]{0,5}RG")
# Any RFC mentioned: "RFC 9000", "rfc9114", "RFC-7230".
RFC_MENTION = re.compile(r"\bRFC[ -]?(?P<number>\d+)\b", re.IGNORECASE)
# What a block that names a document holds, in any case (see _candidates, _may_name): a
# wildcard, a link, or a word that says so.
NAMING = ("*-", "](", "draft", "rfc", "bcp", "bis", "titled", "doc", "I-D", '"', "\u201c")
VERSION_AFTER = re.compile(r" v?\d+(?:\.\d+)*$")
TALKS_AROUND = 3
"""The fewest talks by their slots among a heading's sections that make the others talks too."""
# A list item that opens with a title in quotation marks: '- "A YANG Data Model for
# Client-layer Topology"', '- "Service Models Explained", although this is IP focused'
QUOTED_TITLE = re.compile(
    r"\s*[\"\u201c](?P<title>[A-Z][^\"\u201c\u201d\n]{8,118}[^\s\"\u201c\u201d.,;:!?])[\"\u201d]"
)
TITLE_OF_DRAFT = re.compile(QUOTED_TITLE.pattern.removeprefix(r"\s*") + r"\s+(?:I-?D|draft)\b")
"""A draft's title in quotation marks within a heading: 'Update of the "Coding techniques for
satellite systems" I-D (Nicolas Kuhn)'."""
# A list item under a heading of documents that opens with a document's title alone on its
# line, maybe its status after it: "## WG Documents - Status Update" / "- Problem Details
# Waiting for announcement" / "MNot: ...", "## WG Document Presentations" / "- Rate Limit
# Headers" / "Latest draft merges three headers ...", or a draft's short name: "## Documents
# with Content Updates" / "- rest-api-mediatypes" / "Two open issues, ..." (HTTPAPI minutes)
STATUS_WORDS = r"(?:Submitted|Waiting|Ready|Adopted|Approved|Published|Parked|Expired|Done|Sent)\b"
LISTED_TITLE = re.compile(
    rf"(?P<title>(?:The[ \t]+)?(?!{STATUS_WORDS})[A-Z][\w/+.'-]*"
    rf"(?:[ \t]+(?:(?:of|for|and|the|to|in|on|with)[ \t]+)?(?!{STATUS_WORDS})[A-Z][\w/+.'-]*)"
    rf"{{1,7}}|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?:[ \t]+{STATUS_WORDS}[^\n]*)?[ \t]*\n"
    r"(?![-*+]\s|\d+\.\s)\S"
)
# Or one that opens with a document's title in capitals and what is said of it after a colon or
# a full stop: "## WG Documents - Status Update, Darrell" / "- Idempotency Key. Last issue to be
# closed now.", "- Deprecation Header: format of Date header, …" (HTTPAPI minutes); not a title
# alone, which may be an agenda's item ("## Agenda documents" / "- Rate Limit Headers")
_CAPITAL = rf"(?!{STATUS_WORDS})[A-Z][\w/+'-]*(?:\.[\w/+'-]+)*"
LISTED_LEAD = re.compile(
    rf"(?P<title>(?:The[ \t]+)?{_CAPITAL}(?:[ \t]+(?:(?:of|for|and|the|to|in|on|with|over)[ \t]+)?"
    rf"{_CAPITAL}){{1,7}})(?:[ \t]*:|\.)[ \t]+\S"
)
# Or a draft's name alone on the item's first line, or a link to it: "* [draft-iyengar-quic-
# loss-recovery](https://datatracker.ietf.org/doc/draft-iyengar-quic-loss-recovery/)" / "See:
# slides-97-quic-loss-detection-00.pdf" (quic/ietf97.md)
LISTED_DRAFT = re.compile(
    r"(?:\[[ \t]*)?draft-[a-z0-9]+(?:-[a-z0-9]+)+(?:[ \t]*\]\([^)\s]*\))?[ \t]*\n"
    r"(?![-*+]\s|\d+\.\s)\S"
)
# Or a title linked to a draft's page, alone on the item's first line, notes or items of its
# own below it: "*   [Specification of DNS over Dedicated QUIC Connections](https://datatracker
# .ietf.org/doc/draft-ietf-dprive-dnsoquic/)" / "    - Requester: Dickinson" (DPRIVE minutes)
LISTED_LINK = re.compile(
    r"\[[^\]\n]+\]\(https?://datatracker\.ietf\.org/doc/draft-[a-z0-9]+(?:-[a-z0-9]+)+/?\)"
    r"[ \t]*\n(?=[ \t]+[-*+][ \t]|(?![-*+]\s|\d+\.\s)\S)"
)
# Or a talk's title and its presenter in brackets, alone on the item's first line: "* Endian
# Issues (Martin Thomson)" / "See: https://…slides-97-quic-quic-endian-00.pdf" (quic/ietf97.md)
LISTED_TALK = re.compile(r"[^\n()\[\]]{3,80}?[ \t][(\[][A-Z][^()\[\]\n]{1,40}[)\]][ \t]*\n")
# Or a talk's title and its presenter's full name after a semicolon or a dash, the item's first
# line: "## Proposed WG Documents" / "- Link relationship types for authentication; Evert Pot",
# "- Byte Range Patch; Austin William Wright", "## Draft Updates" / "* Rate Limit Headers -
# Roberto Polli" (HTTPAPI minutes)
LISTED_PRESENTED = re.compile(
    r"(?P<title>[A-Z][^;\n]{2,80}?)(?:;|[ \t]+(?:-{1,2}|\u2013|\u2014))[ \t]+"
    r"(?P<who>[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){1,3})[ \t]*$",
    re.M,
)
# Or a draft's short name opening the item, its presenter or notes after it: "## Documents
# ready to move to WGLC?" / "- ratelimit-headers (Darrel); minor reference change ...",
# "- authentication-link" / "    - Been expired for awhile" (HTTPAPI minutes)
LISTED_SHORT = re.compile(r"(?P<title>[a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?=[ \t]*(?:$|\(|[;:,]))", re.M)
# Or, a paragraph's or item's, a title before a dash and what was said of it: "## Documents" /
# "Privacy (exposing API keys via HTTP) -- Mike Bishop. Marius: ...", "Patch-byterange --
# Austin via email: ...", "- authentication link -- got SECDIR review" (HTTPAPI minutes); not a
# line that asks: "- why only in a draft form -- why not in an RFC?" (DANCE minutes)
TITLE_DASHED = re.compile(
    r"(?![^\n]*\?[ \t]*(?:\n|\Z))"
    r"(?P<title>[A-Za-z][\w/+'-]*(?:[ \t]+(?:[\w/+'-]+|\([^()\n]{1,40}\))){0,7})"
    r"[ \t]+(?:--|\u2013|\u2014)[ \t]+\S"
)
# A heading that is a document's name alone: words each capitalised but for those that join
# them, two or more, or one with more capitals than its first ("Constrained Resource
# Identifiers", "DNS over CoAP", "HREF", "CORECONF")
TITLE_ALONE = re.compile(
    r"(?:[A-Z][\w/+.'-]*(?:[ \t]+(?:(?:of|for|and|in|on|over|with|to|the|a|an|by)[ \t]+)?"
    r"[A-Z][\w/+.'-]*)+|[A-Z]\w*[A-Z]\w*)"
)
SENTENCE_VERBS = frozenset({"is", "are", "was", "were", "will", "must", "should", "has"})
"""Words of a sentence's verb, which a title in capitals may hold too ("Increase of the
Congestion Window when the Sender is Rate-Limited")."""
BUSINESS_QUALIFIERS = frozenset(
    {"new", "old", "proposed", "active", "individual", "adopted", "general", "about", "related"}
)
"""Words that, beside words of the meeting's business alone, qualify it ("New Working Group
Business", "General updates about the WG"), naming no document."""
ARTICLES = frozenset({"the", "a", "an"})
"""Words that may open a title before its first word of substance ("The Preliminary ...")."""
TITLE_WORDS = 3
"""The fewest words a title in quotation marks has, each of more than three letters capitalised."""
ITEMS_ABOVE = 3
"""The most items of a list above one stating a stage that are looked at for the document
one of them names alone ("- draft-ietf-dprive-rfc7626-bis" / "- Authors" / "- Resolve WGLC
comments")."""
COMPARED = 256
"""The most documents found under one word a name is compared with to tell whether it
abbreviates one, or is one draft's topic: beyond, it is taken for no one's."""


class Candidate(NamedTuple):
    """A document named in the minutes: its key, kind, name as written and title."""

    key: str
    kind: Kind
    name: str
    title: str | None


NOTES_PARTS = frozenset(
    {"summary", "discussion", "notes", "actions", "action items", "summary and actions",
     "decisions", "next steps", "q&a", "questions", "conclusions", "outcome", "outcomes"}
)  # fmt: skip
"""Titles of the sections that part a topic's notes, no topics of their own."""
CONCLUDING_PARTS = frozenset(
    {"summary", "summary and actions", "decisions", "conclusion", "conclusions", "outcome",
     "outcomes"}
)  # fmt: skip
"""Titles of the sections that give a topic's outcome, wherever they stand among its notes."""


class Part(NamedTuple):
    """A section as the document reader sees it: where its heading starts and ends,
    where the section ends, its level, its title (without numbering or markup), and
    whether its own text holds a turn of someone named."""

    start: int
    end: int
    until: int
    level: int
    title: str
    spoken: bool = False


def documents(
    text: str,
    spans: list[tuple[int, int]],
    sections: list[int],
    parts: list[Part] | None = None,
    speakers: frozenset[str] = frozenset(),
    year: int | None = None,
    held: dt.date | None = None,
    group: str | None = None,
) -> tuple[list[Document], dict[int, list[str]]]:
    """Answer the documents the minutes name, in order of first mention, each with the
    sentence of its first mention, every section it is mentioned in, the sections whose
    subject it is, whether the meeting discussed it, and the stages stated of it; and,
    by offset, the names of the documents mentioned there.

    `spans` are the blocks' spans (the text readers see); `sections` the offsets
    where sections start; `parts` the sections' headings (none: no subjects read);
    `speakers` the names of the people who speak, in lower case, which a heading
    names as presenters, not as its subject; `year` and `held` the meeting's year and first
    day, for a stage's date (see _stages); `group` the meeting's, whose charter is its own.
    """
    parts = parts or []
    blocks = _Blocks(text, spans)
    names = _Names()
    naming = blocks.holding_any(NAMING)
    capitalised = _capitalised_in(text, [spans[n] for n in naming])
    named_in: dict[tuple[int, int], Sequence[tuple[Candidate, str]]] = dict.fromkeys(spans, ())
    for n in naming:
        start, end = spans[n]
        named_in[start, end] = _candidates(
            text[start:end], capitalised, listed=_listed(text, start)
        )
        for candidate, written in named_in[start, end]:
            names.add(candidate)
            names.call(candidate.key, written)
    for title in _listed_titles(text, blocks, parts, speakers):
        names.add(Candidate(key("named", title), "named", title, None))
    for short in _short_drafts(text, names, group):
        names.add(Candidate(key("named", short), "named", short, None))
    said = stated(text, spans)
    for fact in said:
        for name in fact.names:
            if _usable(name):
                names.add(Candidate(key("named", name), "named", name, None))
    for name in handed_over(text, spans):
        if _usable(name):
            names.add(Candidate(key("named", name), "named", name, None))
    for written in _charters(blocks, parts, group):
        names.add(Candidate(key("named", THE_CHARTER), "named", THE_CHARTER, None))
        names.call(key("named", THE_CHARTER), written)
    names.join_drafts()
    parents = _parents(parts)
    slotted = frozenset(n for n, part in enumerate(parts) if _a_talk(text, part, speakers))
    talks = slotted | _among_talks(text, parts, parents, slotted, speakers)
    starts = [f.start for f in said]
    groups = [GROUP.search(p.title) for p in parts]
    subjects: list[list[str]] = []
    for i, parent in enumerate(parents):
        named = _heading_names(text, parts[i], named_in)
        section = (text, parts, i, parent, names, speakers)
        if groups[i]:
            subjects.append([])  # "# IETF Secure Asset Transfer Protocol (satp) WG": the group
        elif parent is not None and subjects[parent] and not named:
            # a topic of its parent's document, unless its first line names its own draft
            # ("### MP DCCP progress" / "draft-ietf-tsvwg-multipath-dccp-10") or it is a talk
            # of its own below a talk ("## Multipath QUIC (Yanmei Lui, Mirja Kühlewind)" /
            # "### 5 min - QUIC on Streams (Kazuho Oku)"; not below "# draft-ietf-mls-protocol
            # (Richard Barnes)": "## Tree Signing (Benjamin Berdouche)" is a topic of the draft)
            talk = i in slotted and not _heading_names(text, parts[parent], named_in)
            apart = _named_first(text, parts[i]) or talk
            subjects.append(
                (apart and _subject(*section, named, starts, slotted)) or subjects[parent]
            )
        else:
            subjects.append(_subject(*section, named, starts, talks))
    drafted = {
        start for (start, _), found in named_in.items() if any(c.kind == "draft" for c, _ in found)
    }
    for i in _among_documents(parts, parents, subjects, sorted(drafted)):
        named = _heading_names(text, parts[i], named_in)
        section = (text, parts, i, parents[i], names, speakers)
        subjects[i] = _subject(*section, named, starts, talks | {i})
    named_groups = {key("named", m[m.lastgroup]) for m in groups if m is not None and m.lastgroup}
    named_groups |= {key("named", group)} if group else set()  # "# ASDF status update": the group's
    candidates = [c for c in names.found.values() if c.key not in named_groups]
    every = _mentions(blocks, candidates, names.also)
    located = [(c, found) for c, found in zip(candidates, every, strict=True) if found]
    stages = _stages(text, said, located, subjects, sections, blocks, year, held)
    remarks = _stages(text, remarked(text, spans), located, subjects, sections, blocks, dated=False)
    for k, found in _headed_stages(text, parts, parents, subjects).items():
        quoted = {s.quote for s in stages.get(k, [])}
        stages.setdefault(k, []).extend(s for s in found if s.quote not in quoted)
        stages[k].sort(key=lambda s: s.start)  # the heading's first, where it stands
    subject_of: dict[str, list[int]] = {}
    for i, keys in enumerate(subjects):
        for k in dict.fromkeys(keys):
            subject_of.setdefault(k, []).append(i)
    records = []
    at: dict[int, list[str]] = {}
    for candidate, mentions in located:
        record = _record(text, blocks, sections, candidate, names.also, mentions)
        own = stages.get(candidate.key, [])
        passing = all(blocks.in_passing(start) for start, _ in mentions) and not all(
            text[start - 1 : start] == "/" for start, _ in mentions
        )
        cited = candidate.kind == "rfc" or (  # an RFC's revision ("7710bis") is a draft's
            candidate.kind == "named" and bool(re.match(r"(?:rfc|bcp) ?\d+$", candidate.key))
        )
        subject = subject_of.get(candidate.key, [])
        discussed = bool(subject or own) or not (cited or passing)
        staged = [s.quote for s in own]
        remarked_on = [
            r
            for r in remarks.get(candidate.key, [])
            if not any(r.quote in quote or quote in r.quote for quote in staged)
        ]
        record = msgspec.structs.replace(
            record, subject_of=subject, discussed=discussed, stages=own, remarks=remarked_on
        )
        records.append(record)
        for start, _ in mentions:
            at.setdefault(start, []).append(record.name)
    return sorted(records, key=lambda d: d.start), at


def _listed(text: str, start: int) -> bool:
    """Answer whether the block starting at `start` is an item of a list: only its bullet or
    number stands before it on its line."""
    return LISTED.match(text, text.rfind("\n", 0, start) + 1, start) is not None


REVISING = frozenset({"bis", "ter"})
"""The ends of drafts' names that say only that they revise another document."""


def _short_drafts(text: str, names: "_Names", group: str | None = None) -> list[str]:
    """Answer the drafts the minutes name by the end of their names ("-core-comi"), as
    written: those that end a draft's name found, or have more than one word; never "-bis"
    alone, which says a document revises another ("RFC7807bis …; its -bis is completing");
    without the dash, those of more than one word that end a draft's name found ("IESG
    Processing: core-href" where draft-ietf-core-href is named), or that open with the
    meeting's `group` on a line about documents ("2 in last call, i.e. core-sid and
    core-yang-cbor" at a CoRE meeting; not "interop between quic-go and quicly"), or that
    end on a revision (REVISED_SHORT)."""
    ends = {
        c.key.split("-", n)[-1]
        for c in names.found.values()
        if c.kind == "draft"
        for n in range(2, c.key.count("-") + 1)
    } - REVISING
    dashed = [
        m.group() for m in SHORT_DRAFT.finditer(text) if "-" in m["name"] or m["name"] in ends
    ] if " -" in text or "\n-" in text else []  # fmt: skip
    own = f"{group.casefold()}-" if group else None
    undashed = [
        m.group()
        for m in UNDASHED_DRAFT.finditer(text)
        if m.group() in ends
        or (own and m.group().startswith(own) and _of_documents_said(text, m))
        or (REVISED_SHORT.fullmatch(m.group()) and text[m.start() - 1 : m.start()] != "#")
    ]
    return list(dict.fromkeys(dashed + undashed))


REVISED_SHORT = re.compile(r"(?!draft-)[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*){1,2}-\d\d")
"""A draft's short name of two or three words with its revision: "multipart-ct-04" (not a
draft's full name, nor a link's anchor: "#header-registry-42")."""


OF_DOCUMENTS_SAID = re.compile(
    r"\b(?:drafts?|documents?|docs?|I-Ds?|WGLC|last call|adopt\w*|IESG|shepherd|publication"
    r"|revision)\b",
    re.IGNORECASE,
)
"""Words of a line about documents (see _short_drafts)."""
KIND_AFTER = re.compile(r"\s+(?:drafts|documents|docs|I-Ds|specs|specifications)\b", re.IGNORECASE)
"""Documents in the plural after a name, which makes it a kind of them."""


def _of_documents_said(text: str, match: re.Match[str]) -> bool:
    """Answer whether the line of a match speaks of documents (OF_DOCUMENTS_SAID), not of a
    kind of them after it ("which of the core-application drafts are …")."""
    if KIND_AFTER.match(text, match.end()):
        return False
    end = len(text) if (end := text.find("\n", match.end())) < 0 else end
    return OF_DOCUMENTS_SAID.search(text, text.rfind("\n", 0, match.start()) + 1, end) is not None


def _listed_titles(
    text: str, blocks: "_Blocks", parts: list[Part], speakers: frozenset[str]
) -> list[str]:
    """Answer the titles list items open with under headings of documents (LISTED_TITLE,
    LISTED_SHORT, LISTED_PRESENTED), and those paragraphs or items open with before a dash
    (TITLE_DASHED)."""
    found = []
    for part in parts:
        heading = REMARK.sub(" ", DRAFT.sub(" ", part.title)).casefold()
        if not LISTING_WORDS & set(re.findall(r"[a-z]+", heading)):
            found += _introduced_shorts(text, blocks, part)
            continue  # not "## draft-ietf-ippm-ioam-data-integrity": a draft, no heading of
            # drafts; nor a talk's remark: "### Joerg Ott: Directions … (draft update)"
        one = NAMED_DRAFT.fullmatch(part.title.strip())
        if one and not one["draft"].endswith("s"):
            continue  # "## Architecture document": one document, its items no titles

        first, last = bisect_left(blocks.starts, part.end), bisect_left(blocks.starts, part.until)
        for start, end in blocks.spans[first:last]:
            title = None
            if _listed(text, start):
                title = LISTED_TITLE.match(text, start) or LISTED_SHORT.match(text, start)
                title = title or _presented(text, start) or LISTED_LEAD.match(text, start, end)
            title = title or TITLE_DASHED.match(text, start, end)
            if (
                title
                and title.end("title") <= end
                and _name_of(title["title"], speakers)
                and not _is_speaker(title["title"].split()[0], speakers)
            ):  # not "Sergio goes over updates from wish-whip-00 -- see slides"
                found.append(title["title"])
    return [t for t in found if not DRAFT.fullmatch(t)]  # a draft's name is read as the draft's


def _introduced_shorts(text: str, blocks: "_Blocks", part: Part) -> list[str]:
    """Answer the drafts' short names that open the items of a list a line of a few words
    naming documents introduces ("MT: Other documents (p11)" / "* transport-indication" / "*
    groupcomm-proxy: re-bumped, pending WG adoption call", CoRE minutes; see LISTED_SHORT)."""
    first, last = bisect_left(blocks.starts, part.end), bisect_left(blocks.starts, part.until)
    spans = ((start, end, _listed(text, start)) for start, end in blocks.spans[first:last])
    return [
        short["title"]
        for start, end in introduced_items(text, spans)
        if (short := LISTED_SHORT.match(text, start)) and short.end() <= end
    ]


def _presented(text: str, start: int) -> re.Match[str] | None:
    """Answer the title of a talk and its presenter a list item's first line gives, where the
    presenter is written in full (LISTED_PRESENTED: "- Byte Range Patch; Austin William
    Wright"), else None."""
    presented = LISTED_PRESENTED.match(text, start)
    return presented if presented and full_name(presented["who"]) else None


class _Blocks:
    """The blocks' spans, to tell quickly which block holds an offset, and the
    sentences of each block, read once."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text, self.spans = text, spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.sentences = Sentences(text)
        self.lower = text.lower()

    def holding_any(self, words: Iterable[str]) -> list[int]:
        """Answer, in order, the places among the blocks of those that hold any of
        `words` (in lower case) written in any case."""
        lower = self.lower
        if len(lower) != len(self.text):  # a letter is two in lower case: offsets moved
            return [
                n
                for n, (start, end) in enumerate(self.spans)
                if any(w in self.text[start:end].lower() for w in words)
            ]
        held = set()
        for word in words:
            at = lower.find(word)
            while at >= 0:
                n = bisect_right(self.starts, at) - 1
                if n >= 0 and at + len(word) <= self.ends[n]:
                    held.add(n)
                at = lower.find(word, at + 1)
        return sorted(held)

    def line_start(self, n: int) -> int:
        """Answer where the line of the n-th block's first word starts: before a list's
        marker."""
        return self.text.rfind("\n", 0, self.starts[n]) + 1

    def holding(self, at: int) -> tuple[int, int]:
        """Answer the span of the block that holds (or last starts before) offset `at`."""
        return self.spans[bisect_right(self.starts, at) - 1]

    def in_passing(self, at: int) -> bool:
        """Answer whether a mention cites its document in passing: "See also [...]",
        "quote RFC8890", "Signatures vs Cavage draft"."""
        block = self.holding(at)
        before = self.text[max(block[0], at - 30) : at]
        return before.endswith("/") or bool(PASSING.search(before))

    def sentence(self, at: int) -> str:
        """Answer the sentence of the block that holds offset `at`."""
        block = self.holding(at)
        found = self.sentences.holding(block, at)
        return fold(self.text[found[0] : found[1]] if found else self.text[block[0] : block[1]])


def _parents(parts: list[Part]) -> list[int | None]:
    """Answer the heading each section stands under: the nearest before it of a higher
    level (a lower number), or None."""
    parents: list[int | None] = []
    open_: list[int] = []
    for n, part in enumerate(parts):
        while open_ and parts[open_[-1]].level >= part.level:
            open_.pop()
        parents.append(open_[-1] if open_ else None)
        open_.append(n)
    return parents


def _among_talks(
    text: str,
    parts: list[Part],
    parents: list[int | None],
    slotted: frozenset[int],
    speakers: frozenset[str],
) -> frozenset[int]:
    """Answer the sections that are talks by their place, among sections of one heading a
    third or more of which are talks by their slots: a discussion under a title alone ("##
    DTLS 1.3" / "Should there be key separation …" beside "## cTLS (See meeting materials)"
    and "## TLS MetaData for Load Balancers (see meeting materials)"), or a title crediting
    any full name ("## Cookies - Anne van Kesteren" beside "## QUERY - Julian Reschke")."""
    found: set[int] = set()
    for group in _siblings(parts, parents):
        talks = [n for n in group if n in slotted]
        if len(talks) < TALKS_AROUND or 3 * len(talks) < len(group):
            continue
        for n in group:
            title = VERSION_AFTER.sub("", parts[n].title)  # "Hybrid Key Exchange in TLS 1.3"
            alone = TITLE_ALONE.fullmatch(title) and parts[n].spoken
            if n not in talks and (
                alone or _credited(_heading(text, parts[n]), speakers, slotted=True)
            ):
                found.add(n)
    return frozenset(found)


def _siblings(parts: list[Part], parents: list[int | None]) -> list[list[int]]:
    """Answer the sections by the heading they stand under and their level, in order."""
    siblings: dict[tuple[int | None, int], list[int]] = {}
    for n, part in enumerate(parts):
        siblings.setdefault((parents[n], part.level), []).append(n)
    return list(siblings.values())


def _among_documents(
    parts: list[Part], parents: list[int | None], subjects: list[list[str]], drafted: list[int]
) -> list[int]:
    """Answer the sections of no document whose title alone stands over turns that name no
    draft (`drafted`: where blocks naming one start, in order), among sections of one heading
    half or more of which are each of a document ("Delegated Credentials" beside "Exported
    Authenticators" / "This document has gone through last call")."""
    found = []
    for group in _siblings(parts, parents):
        of_one = [n for n in group if len(subjects[n]) == 1]
        if len(of_one) < TALKS_AROUND or 2 * len(of_one) < len(group):
            continue
        for n in group:
            part = parts[n]
            title = VERSION_AFTER.sub("", part.title)
            named = bisect_left(drafted, part.until) > bisect_left(drafted, part.start)
            if not subjects[n] and TITLE_ALONE.fullmatch(title) and part.spoken and not named:
                found.append(n)
    return found


def _capitalised_in(text: str, spans: list[tuple[int, int]]) -> Callable[[str], bool]:
    """Answer a question: whether words the minutes write in lower case before "drafts"
    ("policy token and the other drafts") are written capitalised somewhere in them
    (see _named_so); answered for all such words at once."""
    from msecwg.store.locate import present

    wanted = set()
    for start, end in spans:
        block = text[start:end]
        if "drafts" not in block or not _may_name(block):
            continue
        for match in TWO_DRAFTS.finditer(block):
            for part in ("one", "two"):
                name = _name(match.group(part))
                if name and name[0].islower() and " " in name:
                    wanted.add(_capitalised(name))
    found = present(text, wanted)
    return lambda phrase: phrase in found if phrase in wanted else phrase in text


def _charters(blocks: _Blocks, parts: Sequence[Part], group: str | None) -> list[str]:
    """Answer how the minutes write the group's charter when they discuss it: as a
    section's heading does ("## Charter Overview", quic/ietf97.md), else as "Recharter on
    agenda?" or "the new charter" do (quic/ietf110.md). The charter is a document the
    group discusses like its drafts, named "charter" at every meeting; another group's is none
    ("the MASQUE recharter", "the new charter at MASQUE" in HTTP WG minutes)."""
    headed = [(p.title, m) for p in parts if (m := CHARTER_HEADED.search(p.title))]
    prose = [
        (blocks.text, m)
        for n in blocks.holding_any(["charter"])  # CHARTER holds it in every form
        for m in CHARTER.finditer(blocks.text, blocks.line_start(n), blocks.ends[n])
    ]
    written: dict[str, None] = {}  # a heading's first
    for text, match in headed + prose:
        at = next((k for k, v in match.groupdict().items() if v), 0)  # the charter itself
        before = max(0, match.start(at) - GROUP_BEFORE)
        of = OF_A_GROUP.search(text, before, match.start(at)) or GROUP_AFTER.match(
            text, match.end()
        )
        if of is None or (group or "").casefold() == of["group"].casefold():
            written[match.group(at)] = None  # not another group's: "the MASQUE recharter"
    return [*written]


def _usable(name: str) -> bool:
    """Answer whether a name a stage gives is a document's: not a protocol's name alone,
    nor a word that names none."""
    words = name.casefold().split()
    return not all(w in PROTOCOLS or w in NOT_A_NAME or w in NOT_DOCUMENT_NAMES for w in words)


def _subject(
    text: str,
    parts: list[Part],
    n: int,
    parent_at: int | None,
    names: "_Names",
    speakers: frozenset[str],
    heading: Sequence[tuple[Candidate, str]],
    stated_at: list[int],
    talks: frozenset[int],
) -> list[str]:
    """Answer the keys of the documents a section is about, its subject: those its
    heading names (a draft, a link to one, "Recovery Draft"), else the heading's own
    name when the section stands under a heading of documents ("## Active Drafts") or
    its text speaks of "the draft" or states a stage ("ready for WGLC") or its heading or
    first line is a talk's slot ("_Alejandro Sedeño, 25 minutes_", see _a_talk) or its
    heading is a draft's short name or stands over sections of issues; none for an
    administrative or procedural section ("Administrivia", "Transport Issues", "Q&A")
    or a heading of documents itself. `parent_at` is the heading the section stands
    under; `heading` the documents its heading names (see _heading_names); `stated_at`
    where each stage stated in the minutes starts, in order; `talks` the sections that are
    talks (see _a_talk, _among_talks)."""
    part = parts[n]
    named = []
    for candidate, _ in heading:
        owner = names.owner(candidate.key)
        if owner is not None and (candidate.kind != "rfc" or _name_of(part.title, speakers)):
            named.append(owner)
    first = list(  # once each: "[draft-…](https://datatracker.ietf.org/doc/draft-…/)"
        dict.fromkeys(
            owner
            for candidate in _named_first(text, part)
            if (owner := names.owner(candidate.key)) is not None
        )
    )
    if len(first) == 1 and not heading and (title := _heading_title(part, speakers, first[0])):
        names.call(first[0], title)  # "### Resumable Uploads" / "* Draft: [draft-ietf-…]"
    drafted = len(first) == 1 and names.found[first[0]].kind == "draft"
    for candidate, _ in heading if drafted else ():
        if candidate.kind in ("named", "subject") and candidate.key in names.found:
            names.merge(candidate.key, first[0])  # "## HEv3 Draft Discussion" / "draft-…-v3-00"
    named = first or named  # a draft alone on the first line says more than the heading's name
    if named:
        return list(dict.fromkeys(named))
    issues_of = ISSUES_OF.match(part.title)
    called = issues_of.group("name") if issues_of else ""
    if called.islower() and names.owner(key("named", called)) is None:
        return []  # "## training issues": a label of an issue tracker
    if called.casefold() not in ADMINISTRATIVE_WORDS | {
        "", "design", "editorial", "remaining", "outstanding", "closed", "new", "other",
        "github", "gitlab",  # "### GitHub issues that we not discussion": a tracker's
    }:  # fmt: skip
        candidate = Candidate(key("named", called), "subject", called, None)
        names.add(candidate)
        owner = names.owner(candidate.key)
        return [owner] if owner is not None else []
    if _is_group(part.title) or _of_documents(part.title) or _a_stage_alone(part.title):
        return []
    parent = parts[parent_at] if parent_at is not None else None
    if parent is not None and re.search(r"\bissues?\b", parent.title, re.IGNORECASE):
        return []
    until = _below(parts, n)  # its subsections' too: "## Applicability" / "### Discussion"
    stating = bisect_left(stated_at, until) > bisect_left(stated_at, part.end)
    slot = _slot(text, part.start, part.end, speakers)
    spoken_of = (
        (parent is not None and _is_group(parent.title))
        or stating
        or _definite(text[part.end : until])
    )
    headed = (  # a talk's, a draft's short name alone, or over sections of issues by number
        n in talks
        or SHORT_NAME.fullmatch(part.title) is not None
        or (n + 1 < len(parts) and parts[n + 1].level > part.level and _an_issue(parts[n + 1]))
    )
    if not (spoken_of or headed) or CITED_ISSUES.search(part.title):
        return []  # a topic of a document's issues, no document of its own
    # a talk's title is what its heading writes before its presenters and time
    title = text[part.start : slot.start()].lstrip("# \t") if slot else part.title
    name = _name_of(title, speakers)
    if name is None:
        return []
    if not (parent is not None and _is_group(parent.title)) and _procedural(name):
        return []  # "Summary and Areas for Coordination", "Current Working Group Business"
    if not spoken_of and EVENT_WORDS.intersection(name.casefold().split()):
        return []  # a talk on an event, no document: "SCONE Hackathon Project Status Update"
    each = [names.owner(key("named", n)) for n in EACH_NAMED.split(name)]
    if len(each) > 1 and all(each):
        return [k for k in dict.fromkeys(each) if k]  # "MIKEY and DHHMAC": two documents
    candidate = Candidate(key("named", name), "subject", name, None)
    names.add(candidate)
    owner = names.owner(candidate.key)
    return [owner] if owner is not None else []


def _below(parts: list[Part], n: int) -> int:
    """Answer where the n-th section ends with the sections below it where they only part
    its notes ("## Applicability and Manageability" / "### Summary and Actions" / "###
    Discussion": their text is its own), else where it ends."""
    level, last = parts[n].level, n
    while last + 1 < len(parts) and parts[last + 1].level > level:
        last += 1
    below = parts[n + 1 : last + 1]
    if not below or any(p.title.strip(" :").casefold() not in NOTES_PARTS for p in below):
        return parts[n].until
    return below[-1].until


def _heading_title(part: Part, speakers: frozenset[str], draft: str) -> str | None:
    """Answer the name a section's heading gives the draft its first lines name (`draft`),
    where the heading is that name alone, its words capitalised (TITLE_ALONE): "### Resumable
    Uploads" / "* **Draft:** [draft-ietf-httpbis-resumable-upload](…)", not a heading of the
    meeting's business, of documents or of a group; else where the name it opens with is a
    word of the draft's with a capital after its first ("## SEARCH -- a New Slow Start …" /
    "draft-chung-ccwg-search"); None for one that says more ("Error handling", "CoAP:
    Non-traditional response forms", "Fragmentation Avoidance in DNS, Kazunori Fujiwara")."""
    name = _name_of(part.title, speakers)
    if name is None:
        return None
    if (
        name == part.title
        and TITLE_ALONE.fullmatch(name)
        and not (_procedural(name) or _is_group(name) or _of_documents(name))
        and not ADMINISTRATIVE_WORDS & set(name.casefold().split())
    ):
        return name
    return name if ACRONYM.fullmatch(name) and name.casefold() in _draft_words(draft) else None


def _slot_below(text: str, part: Part, speakers: frozenset[str]) -> bool:
    """Answer whether a section's first line is its talk's slot, presenters and time alone
    ("_Alejandro Sedeño, 25 minutes_"), its presenters under a label ("Speakers: Tommy and
    Eric"), presenting ("Vidhi presents."), their full names alone in emphasis ("*Mark
    Nottingham*"), or without, each a presenter as a heading credits one (see _presenter:
    "Batch Signing for TLS" / "=====" / "David Benjamin", where "David" speaks)."""
    line = FIRST_LINE.match(text, part.end, part.until)
    if line is None:
        return False
    names = SLOT_NAMES.fullmatch(line["line"])
    bare = PRESENTERS_APART.split(line["line"].strip())
    return (
        any(
            slot.fullmatch(line["line"]) is not None
            for slot in (SLOT_LINE, SLOT_LABEL, SLOT_PRESENTS, SLOT_ITEM)
        )
        or (names is not None and all(map(full_name, PRESENTERS_APART.split(names["who"]))))
        or all(full_name(n) and _presenter(n, speakers) for n in bare)
    )


def _an_issue(part: Part) -> bool:
    """Answer whether a section is about an issue by its number ("### 3270 - retrieving lost
    responses", "#### Issue #218")."""
    return ISSUE_TITLE.match(part.title) is not None


def _a_talk(text: str, part: Part, speakers: frozenset[str]) -> bool:
    """Answer whether a section is a talk's: its heading gives its slot (PRESENTED), points to
    its slides (SEE_SLIDES) or credits its presenters, or its first line gives its slot (see
    _slot_below)."""
    heading = _heading(text, part)
    slot = SLOT_FIRST.match(heading)
    written = heading[slot.end() :] if slot else heading
    quoted = QUOTED_TITLE.match(part.title) is not None  # '"Coding for low latency"', unnumbered
    return (
        _slot(written, 0, len(written), speakers) is not None
        or SEE_SLIDES.search(written) is not None
        or _credited(written, speakers, slotted=written != heading or quoted)
        or _slot_below(text, part, speakers)
    )


def _heading(text: str, part: Part) -> str:
    """Answer a section's heading as written, its marks and any identifier after it aside
    ("## QUIC-LB {#scone-…}": "QUIC-LB")."""
    return HEADING_ID.sub("", text[part.start : part.end]).strip("# \t\n")


def _slot(text: str, start: int, end: int, speakers: frozenset[str]) -> re.Match[str] | None:
    """Answer where a heading (text[start:end]) gives its talk's slot, its presenters and
    time after its title (PRESENTED), or a presenter's full name and the time right after
    it (UNMARKED_SLOT); None where it gives none."""
    found = PRESENTED.search(text, start, end)
    if found is None:
        bare = UNMARKED_SLOT.search(text, start, end)
        if bare is not None and _presenter(bare["who"], speakers):
            return bare
    return found


def _credited(title: str, speakers: frozenset[str], *, slotted: bool = False) -> bool:
    """Answer whether a heading credits its talk to its presenters after its title: people
    who speak, or full names ("### Streaming Bundles - J. Yasskin", "(Mike Bishop -- see
    slides)"); after a slot's time or a title in quotation marks (`slotted`: "#### 10 min -
    QUIC optimistic ACK - Louis Navarre", '## 05- "Adding Forward Erasure Correction to QUIC"
    (François Michel)'), any full name."""
    credit = CREDITED.search(title)
    if credit is None:
        return False
    who = re.split(r"\s+--?\s+", credit["who"])[0]
    return all(
        _presenter(one, speakers) or (slotted and full_name(one))
        for one in PRESENTERS_APART.split(who)
    )


def _presenter(name: str, speakers: frozenset[str]) -> bool:
    """Answer whether words name a person as a heading credits one: one who speaks, or a
    full name (see speakers.full_name) whose first word is an initial or the first name of
    one who speaks ("J. Yasskin", "Mark Nottingham" where "Mark" speaks); none a word of
    the meeting's business ("_Chairs_")."""
    words = name.split()
    if not words or any(w.casefold() in NOT_PRESENTERS for w in words):
        return False
    return _is_speaker(name, speakers) or (
        full_name(name) and (len(words[0]) == 2 or words[0].casefold() in first_words(speakers))
    )


def _named_first(text: str, part: Part) -> list[Candidate]:
    """Answer the drafts and RFCs a section's first line names where it says nothing else
    ("### MP DCCP progress" / "draft-ietf-tsvwg-multipath-dccp-10", a link to a draft), or a
    line of its first paragraph that gives its draft ("### Work Towards Adopting Web Bundles" /
    "Presenter: Jeffrey Yasskin" / "I-D: https://www.ietf.org/archive/id/draft-yasskin-..."),
    or its second line where the first is the talk's presenters ("(Nicolas Kuhn)" /
    "(draft-irtf-nwcrg-network-coding-satellites)")."""
    line = FIRST_LINE.match(text, part.end, part.until)
    if line is None:
        return []
    if "raft-" in line["line"] or "rfc" in line["line"].lower():
        alone = _drafts_alone(text, line["line"])
        if alone:
            return alone
    opening = text[line.start("line") : part.until].split("\n\n", 1)[0]
    field = DRAFT_FIELD.search(opening)
    if field:
        return _drafts_alone(text, field["line"])
    first, _, rest = opening.partition("\n")
    second = rest.partition("\n")[0]
    if "raft-" in second and _presenters_line(first.strip()):
        return _drafts_alone(text, second)  # '#### 02- "Status …"' / "(Nicolas Kuhn)" / "(draft-…)"
    return []


def _presenters_line(line: str) -> bool:
    """Answer whether a line is a talk's presenters alone, under a label or with its time:
    "(Nicolas Kuhn)", "Presented by: Felipe", "Ian Swett, 10 min"."""
    return bool(
        PRESENTERS_ALONE.fullmatch(line) or SLOT_LINE.fullmatch(line) or SLOT_LABEL.match(line)
    )


def _drafts_alone(text: str, line: str) -> list[Candidate]:
    """Answer the drafts and RFCs a line names where it says nothing else but web addresses,
    links to slides and remarks in brackets ("draft-ietf-dnsop-nsec3-guidance  (new set of
    slides)", "[draft-ietf-ccwg-bbr](…), [slides](…)"), or but their
    presenters and time ("draft-pauly-happy-happyeyeballs-v3-00 Tommy Pauly, Nidhi Jaju, 35
    minutes")."""
    candidates = _candidates(line, lambda phrase: phrase in text)
    found = [c for c, _ in candidates if c.kind in ("draft", "rfc")]
    rest = REMARK.sub("", WEB_ADDRESS.sub("", SLIDES_LINK.sub("", line)))
    for candidate in found:
        rest = rest.replace(candidate.name, "")
    rest = rest.strip()
    alone = not re.search(r"[^\W\d_]{2}", rest) or SLOT_LINE.fullmatch(rest)
    alone = alone or PRESENTERS_ALONE.fullmatch(rest.replace("[](", ""))  # links' brackets
    # a talk's slot that links its one draft: "5 min - [QUIC BDP frame](…/draft-kuhn-quic-…/)
    # [slides](…). **Gorry Fairhurst**"
    linked = SLOT_ITEM.fullmatch(line) is not None and len({c.name for c in found}) == 1
    return found if alone or linked else []


def _procedural(name: str) -> bool:
    """Answer whether a heading's name opens with a word of the meeting's business
    ("Summary", "Current", "Status") or ends with one of its record ("Preliminary
    Decisions"): it heads what the meeting did, not a document."""
    words = [w.casefold().strip("\"'\u2018\u2019\u201c\u201d,;") for w in name.split(maxsplit=2)]
    # its first but an article ("The Preliminary ..."), its last but a number ("Work Item 1")
    first = words[1] if len(words) > 1 and words[0] in ARTICLES else words[0]
    last = [w for w in name.casefold().split() if not w.isdigit()][-1:]
    return first in ADMINISTRATIVE_WORDS or bool(RECORD_WORDS.intersection(last))


def _heading_names(
    text: str, part: Part, named_in: dict[tuple[int, int], Sequence[tuple[Candidate, str]]]
) -> Sequence[tuple[Candidate, str]]:
    """Answer the documents a section's heading names itself (a draft, a link to one,
    "Recovery Draft"), each with the name it calls it by."""
    heading = named_in.get((part.start, part.end))
    if heading is None:
        heading = _candidates(text[part.start : part.end], lambda phrase: phrase in text)
    return heading


def _definite(body: str) -> bool:
    """Answer whether a section's text speaks of one document: "the draft", "this doc", "changes
    since last version"."""
    return holds_any(body, ("doc", "draft", "since")) and DEFINITE.search(body) is not None


def _name_of(title: str, speakers: frozenset[str]) -> str | None:
    """Answer the name a heading gives its subject, without presenter, timing and
    remarks ("Random access and live content - Craig Pratt (remote)" -> "Random access
    and live content", "Secondary Certificates: Mike" -> "Secondary Certificates", "OSCORE,
    continued" -> "OSCORE",
    "Recovery Draft from ian" -> "Recovery Draft"), or None for an administrative title."""
    words = fold(LINK.sub(lambda m: m.group("text"), title))
    if "://" in words:
        return None
    words = CLOCK.sub("", words) or words  # "CoRECONF cluster (Ivaylo) (15) 13:18": its slot's
    while PARENTHESES.search(words) and PARENTHESES.sub("", words):
        words = PARENTHESES.sub("", words)
    words = CONTINUED.sub("", words) or words  # "OSCORE, continued": the OSCORE section's
    if quoted := QUOTED_TITLE.match(words) or TITLE_OF_DRAFT.search(words):
        # '"Coding for low latency"', '"About RLC/TinyMT32 standardisation at TSVWG: a quick
        # feedback"': the title, not its marks, whatever marks stand within it
        words = quoted["title"]
    else:
        pieces = [p.strip(" \t*_") for p in SPLIT_PRESENTER.split(words) if p.strip(" \t*_")]
        pieces = [p for p in pieces if not DURATION_WORDS.match(p)]
        first = PRESENTERS_APART.split(pieces[0]) if pieces else []
        if len(pieces) > 1 and (
            all(_is_speaker(n, speakers) for n in first) or DAY_PIECE.fullmatch(pieces[0])
        ):
            pieces = pieces[1:]  # "Jana - Recovery", "Mark and Brian - Capture topics",
            # "Monday - HTTP Core": the title after
        if not pieces:
            return None
        words = BY_PRESENTER.sub("", pieces[0]).strip()
    if _is_speaker(words, speakers):
        return None  # "#### Benjamin Kaduk": a person's turn, no document
    alone = PRESENTING_ALONE.fullmatch(words)
    if alone and (_is_speaker(alone["who"], speakers) or full_name(alone["who"])):
        return None  # "Carsten Bormann presenting.": a talk's presenter, no title
    on = ON_SUBJECT.match(words)
    if on and _is_speaker(on.group("who"), speakers):
        words = on.group("what")
    words = UPDATES_TO.sub("", words)  # "Open issues, updates to multipath QUIC"
    parts = words.rstrip(".:?!").split()
    while len(parts) > 1 and parts[-1].casefold() in TITLE_TAIL:
        parts = parts[:-1]  # "Multipath QUIC update + open issues": "Multipath QUIC"
    if len(parts) > 2 and SHORT_NAME.fullmatch(parts[-1]) and parts[-2][:1].isupper():
        parts = parts[:-1]  # "Using The Date Header Field in HTTP Requests date-requests"
    if parts:  # "Intro, agenda, status", "multipath QUIC. slides": its last word's mark left
        parts[-1] = parts[-1].rstrip(",;.")
    if parts and parts[0].casefold() in ORDINALS:
        return None  # "Third Implementation Draft": a milestone of a series of drafts
    if len(parts) == 2 and parts[1].isdigit() and parts[0][1:].islower():
        return None  # "Presentation 1", "Slide 8": a numbered label, no name ("TLS 1.3" is)
    if any("_" in p for p in parts):
        return None  # "Max_bytes_before_ack - Ian/Jana": a protocol's field, no document
    if _a_sentence(parts):
        return None  # "Call for adoption is on the mailing list and ends by Friday"
    if not parts or all(
        w.casefold().strip("\"',;") in ADMINISTRATIVE_WORDS | BUSINESS_QUALIFIERS
        or not re.search(r"[a-z]", w, re.I)
        for w in parts
    ):
        return None  # "Administrivia", "New Working Group Business"
    if re.match(r"(?:git(?:hub|lab) )?(?:#?\d+\b|issue\b|pr\b)", " ".join(parts), re.I):
        return None
    return " ".join(parts)


def _a_sentence(words: list[str]) -> bool:
    """Answer whether a heading's words are a sentence, no title: "and then" joins two of
    its clauses, one sentence ends within them ("Introducing Block[3,4] (p6). Analogous to
    …"), or it holds a verb (SENTENCE_VERBS) and no more of its words of four letters or more
    are capitalised than are not ("Call for adoption is on the mailing list and ends by
    Friday")."""
    folded = [w.casefold() for w in words]
    if "then" in folded[1:] and folded[folded.index("then", 1) - 1] == "and":
        return True
    if any(_ends_sentence(w) and after[:1].isupper() for w, after in pairwise(words)):
        return True
    if not SENTENCE_VERBS.intersection(folded):
        return False
    long = [w for w in words if len(w) > 3]
    return sum(w[0].isupper() for w in long) <= len(long) / 2


def _ends_sentence(word: str) -> bool:
    """Answer whether a word ends a sentence: a point after a bracket ("(p6).") or after a
    word of four letters or more in lower case ("additions."), no abbreviation ("vs.")."""
    return word.endswith(").") or (
        len(word) > 4 and word[:-1].isalpha() and word[-2:-1].islower() and word.endswith(".")
    )


def _is_speaker(words: str, speakers: frozenset[str]) -> bool:
    """Answer whether words name a person who speaks (or a handle of one), or are the first
    name of one ("Brian" where "Brian T" speaks)."""
    folded = words.casefold().strip()
    firsts = first_words(speakers)
    return folded in speakers or all(w in speakers or w in firsts for w in folded.split())


def _of_documents(title: str) -> bool:
    """Answer whether a heading ends speaking of documents, in the plural, so naming none
    ("Activity on Relevant non-WG Documents", "MIRJA PRESENTS OPERATIONS DRAFTS", "Individual
    documents (time remaining)", "Active documents, continued")."""
    title = CONTINUED.sub("", PARENTHESES.sub("", title))
    last = title.rstrip(" .:?!").rsplit(maxsplit=1)[-1:]
    return bool(last) and last[0].casefold() in DOCUMENT_GROUP_WORDS - {"work", "related"}


CONTINUED = re.compile(r"[\s,:;-]+(?:continued|cont['\u2019]?d|cont\.?)\W*$", re.IGNORECASE)
"""A heading's word that it goes on from one before: "Active documents, continued"."""


def _a_stage_alone(title: str) -> bool:
    """Answer whether a heading names a stage of the process alone, no document ("In IESG
    Processing", "RFC Editor Queue", "Published")."""
    words = re.findall(r"[\w'\u2019-]+", title.casefold())
    return bool(words) and STAGE_LABEL_WORDS.issuperset(words)


def _is_group(title: str) -> bool:
    """Answer whether a heading heads documents rather than names one: "Active Drafts",
    "Proposed Work", "Related Work", "Working Group Drafts", "Documents ready to move to
    WGLC", "WG Documents - Status Update" (the words before a dash or colon, but a day's:
    "Thursday - Extensions and Proposals"), "New Work /
    Presentations (1hr 35 mins)" (its time in brackets aside), "Open Calls for Adoption"."""
    pieces = SPLIT_PRESENTER.split(PARENTHESES.sub("", title), maxsplit=2)
    if len(pieces) > 1 and DAY_PIECE.fullmatch(pieces[0].strip()):
        pieces = pieces[1:]  # "Thursday - Extensions and Proposals": the session's day first
    before = pieces[0]
    words = [w.casefold() for w in re.split(r"[\s/]+", before) if w]
    qualifiers = {"active", "proposed", "working", "group", "wg", "extension", "other", "new",
                  "individual", "current", "related", "adopted", "candidate", "and"}  # fmt: skip
    if words and words[0] in DOCUMENT_GROUP_WORDS - {"work", "related", *OF_ONE_DOCUMENT_TOO}:
        return True  # "Documents ready to move to WGLC ?", "Drafts in progress"
    if ADOPTION_CALLS.fullmatch(before.strip()):
        return True  # "Open Calls for Adoption": the drafts called
    named = {w for w in words if w in DOCUMENT_GROUP_WORDS}
    return (
        0 < len(words) <= 4
        and bool(named)
        and all(w in DOCUMENT_GROUP_WORDS or w in qualifiers for w in words)
        and (len(words) > 1 or not named <= OF_ONE_DOCUMENT_TOO)
    )


OF_ONE_DOCUMENT_TOO = frozenset({"extensions", "proposals"})
"""Words of DOCUMENT_GROUP_WORDS that alone may name one document ("## Extensions - Raphael
Robert", MLS minutes), heading documents only beside another word: "Extensions and Proposals"."""


ADOPTION_CALLS = re.compile(
    r"(?:open |current |ongoing |pending )?(?:calls for (?:wg |working group )?adoption"
    r"|adoption calls)",
    re.IGNORECASE,
)
"""A heading of the drafts called for adoption: "Open Calls for Adoption"."""
REVISED = frozenset({"new revision", "revision expected"})
"""Stages of a draft's revisions."""
PLANNED = frozenset({"WG Last Call planned", "revision expected"})
"""The stages that say what is still to come, whose dates lie after the meeting."""
DONE = frozenset(
    {"adopted", "not adopted", "new revision", "submitted to the IESG", "approved by the IESG",
     "with the RFC Editor", "published", "parked", "dead"}
)  # fmt: skip
"""The stages that say what has been, whose dates lie before the meeting."""
RFC_STAGES = frozenset({"published", "with the RFC Editor"})
"""The stages an RFC by its number may be in: none other comes after it has its number."""
CHARTER_STAGES = frozenset(
    {"new revision", "revision expected", "submitted to the IESG", "approved by the IESG",
     "parked", "dead"}
)  # fmt: skip
"""The stages a group's charter may be in: never adopted nor last called, as drafts are ("We
will run adoption calls for the two drafts listed here", beside a recharter)."""


def _stages(
    text: str,
    said: list[Stated],
    located: list[tuple[Candidate, list[tuple[int, int]]]],
    subjects: list[list[str]],
    sections: list[int],
    blocks: _Blocks,
    year: int | None = None,
    held: dt.date | None = None,
    *,
    dated: bool = True,
) -> dict[str, list[StageFound]]:
    """Answer, by document key, the stages stated of each, with the date the clause stating
    each gives, where it gives one and they are `dated` (the meeting's `year` and first day
    `held` supplying a date's year, after the meeting for a stage PLANNED, before it for one
    DONE: see dating.year_for): a stage is stated
    of the documents its clause names, else its sentence but for its other clauses that state
    stages of their own (else, when it is short, its neighbour; a revision, its clause
    alone), else of the one document its paragraph or item names before it ("**LISP Impact
    (draft-saucez-lisp-impact):** ... there was rough consensus in the room to adopt the
    document"), else of the one the block before, or an item above in its list, names alone
    (quoted from there: "* [draft-ietf-dnsop-7706bis]" / "- ready for WGLC in September"),
    else its section's subject; a heading's, never of what stands above it, else of the one
    document its section names alone; a stage stated of drafts by wildcard ("draft-fielding-
    httpbis-*") is stated of each draft it covers."""
    names = {c.key: c.name for c, _ in located}
    ordered = sorted(names)
    where = sorted((s, n) for n, (_, mentions) in enumerate(located) for s, _ in mentions)
    starts = [s for s, _ in where]
    stages: dict[str, list[StageFound]] = {}
    quoted: dict[str, set[str]] = {}
    for fact in said:
        keys = [key("named", n) for n in fact.names if key("named", n) in names]
        place = bisect_right(sections, fact.start) - 1
        own = [k for k in subjects[place] if k in names] if 0 <= place < len(subjects) else []
        # its clause's names first, then its sentence's; a revision's number is its clause's
        # alone ("Plan to submit version -08 ...; ... request publication together with
        # -core-oscore-groupcomm": the section's draft's -08)
        alone = fact.stage in REVISED and fact.clause != fact.sentence
        spans = (fact.clause,) if alone else (fact.clause, fact.sentence, (fact.start, fact.end))
        for a, b in spans if not (keys and fact.named) else ():  # those its words name, else
            within = where[bisect_left(starts, a) : bisect_left(starts, b)]
            keys += [  # an RFC only in RFC_STAGES: not "version -14, ... that mirror RFC 7252";
                # the charter never: not "Checking charter, ... when we adopted the document"
                located[n][0].key
                for n in sorted({n for at, n in within if not _within(at, fact.apart)})
                if (fact.stage in RFC_STAGES or located[n][0].kind != "rfc")
                and located[n][0].name != THE_CHARTER
            ]
            if keys:
                break
        # "The draft has been adopted, pending successful recharter": the section's draft's
        the_draft = THE_DRAFT.match(text, *fact.clause) is not None
        if the_draft and len(own) == 1 and keys and own[0] not in keys and not fact.named:
            keys = own
        block = bisect_right(blocks.starts, fact.start) - 1
        opens = block >= 0 and _is_heading(blocks.starts[block], sections)
        end = fact.end  # the quote's: to the last item listed below it, if those are its
        if not keys and block >= 0:
            listed = _listed_below(text, blocks, block, where, heading=opens)
            keys = [located[n][0].key for n in listed]
            end = blocks.ends[block + len(keys)] if keys else end
        if not keys and block >= 0 and fact.start < blocks.ends[block]:
            item = bisect_left(starts, blocks.starts[block])
            before = {
                located[n][0].key
                for at, n in where[item : bisect_left(starts, fact.start)]
                if not _within(at, fact.apart)
            }
            keys = [*before] if len(before) == 1 else []
        start = fact.start  # the quote's: from the item above that names the document, if one
        items = range(block - 1, max(block - 1 - ITEMS_ABOVE, -1), -1) if block > 0 else ()
        for above in items if not keys and not opens else ():  # a heading goes on from nothing
            keys = _named_alone(text, blocks.spans[above], located, where)
            if keys:
                start = blocks.starts[above]
            if keys or not (_listed(text, blocks.starts[above]) and _listed(text, fact.start)):
                break
        parent = _hung_under(text, blocks, block, sections) if not keys else None
        for _ in range(HUNG_UP_TO):  # of the one document the nearest first line it hangs
            if parent is None:  # under names: "* draft-ietf-core-senml-versions-00" / "- CB:
                break  # We have talked about ..." / "- Ready for WGLC, ..." (CoRE minutes)
            a = blocks.starts[parent]
            b = len(text) if (b := text.find("\n", a)) < 0 else b
            heading = where[bisect_left(starts, a) : bisect_left(starts, b)]
            first = {located[n][0].key for _, n in heading}
            if heading and heading[0][0] == a:
                # of a line that names several, the one it opens with ("* draft-mattsson-core-
                # coap-actuators-06 ➔ To be integrated into lwig-coap or corr-clar")
                first = {located[heading[0][1]][0].key}
            if first:
                keys = [*first] if len(first) == 1 else []
                break
            parent = _hung_under(text, blocks, parent, sections)
        if not keys:
            keys = _list_head(text, blocks, block, sections, located, where)
        if not keys:
            keys = own
        if not keys and opens:
            # a heading's, of the one document its section names ("### Completed WGLC" / "* The
            # status of draft-ietf-core-multipart-ct was briefly presented …")
            last = sections[place + 1] if place + 1 < len(sections) else len(text)
            below = _mentioned_in(where, fact.start, last)
            keys = [located[n][0].key for n in below] if len(below) == 1 else []
        for wildcard in [k for k in keys if names[k].endswith("-*")]:
            keys += _starting(ordered, wildcard + "-")
        quote = fold(text[start:end])
        found_dates = [  # "WGLC currently planned for mid-april 2018"
            d
            for d in (dates(text, *fact.clause, year) if dated else ())
            if not _an_items_date(text, fact.clause[0], d.start, starts)
        ]
        when: When = (
            "after" if fact.stage in PLANNED else "before" if fact.stage in DONE else "near"
        )
        date = year_for(found_dates[0].date, held, when=when) if len(found_dates) == 1 else None
        for k in dict.fromkeys(keys):
            if names[k] == THE_CHARTER and fact.stage not in CHARTER_STAGES | {"remark"}:
                continue
            if quote not in quoted.setdefault(k, set()):
                quoted[k].add(quote)
                stages.setdefault(k, []).append(
                    StageFound(kind=fact.stage, quote=quote, start=fact.start, date=date)
                )
    return stages


def _is_heading(start: int, sections: list[int]) -> bool:
    """Answer whether the block starting at `start` is a section's heading."""
    at = bisect_left(sections, start)
    return at < len(sections) and sections[at] == start


def _an_items_date(text: str, clause: int, at: int, starts: list[int]) -> bool:
    """Answer whether a date at `at` is that of an item listed on a line of its own below the
    first of its clause, a line that names a document and no stage: "Documents nearing WGLC" /
    "draft-ietf-core-sid-07" / "draft-veillette-core-yang-library-05 (in WGA call until
    2019-07-18)" (CoRE minutes) gives no date to the Last Call. `starts` are where documents are
    mentioned, in order."""
    line = text.rfind("\n", 0, at) + 1
    if line <= clause:
        return False
    end = len(text) if (end := text.find("\n", at)) < 0 else end
    named = bisect_left(starts, end) > bisect_left(starts, line)
    return named and not STAGE_WORD.search(caseless(text[line:end]))


def _headed_stages(
    text: str, parts: list[Part], parents: list[int | None], subjects: list[list[str]]
) -> dict[str, list[StageFound]]:
    """Answer, by document key, the stage a heading of no document of its own states of the
    sections right under it, of each one's subject, quoting the heading's title: "## Open
    Calls for Adoption" / "### IOAM Conf State", "## Drafts in WG Last Call" / "### draft-a"."""
    stage_of: dict[int, StageFound | None] = {}
    found: dict[str, list[StageFound]] = {}
    for n, parent in enumerate(parents):
        if parent is None or not subjects[n] or subjects[parent]:
            continue  # under a heading of its own document: a topic of it
        if parent not in stage_of:
            stage_of[parent] = _heading_stage(text, parts[parent])
        stage = stage_of[parent]
        if stage is None:
            continue
        for k in subjects[n]:
            if stage not in found.setdefault(k, []):
                found[k].append(stage)
    return found


def _heading_stage(text: str, heading: Part) -> StageFound | None:
    """Answer the stage a heading's title states, quoting it; none for a revision ("Overview
    of draft-05": one draft's, its topics under it)."""
    title = text.find(heading.title, heading.start, heading.end) if heading.title else -1
    if title < 0:
        return None
    for fact in stated(text, [(title, title + len(heading.title))])[:1]:
        if fact.stage not in REVISED:
            return StageFound(kind=fact.stage, quote=fold(heading.title), start=title)
    return None


def _list_head(
    text: str,
    blocks: _Blocks,
    block: int,
    sections: list[int],
    located: list[tuple[Candidate, list[tuple[int, int]]]],
    mentioned: list[tuple[int, int]],
) -> list[str]:
    """Answer the document a list item's list stands under, in its section: a line above the
    list that is a document's name alone ("Unprompted authentication" / "- Since Prague, have
    4 independent implementations" / … / "- Other than the name, mainly just editorial work to
    do, then WG last call.", HTTP minutes); none for a block that is no list item.
    `mentioned` is each mention's start and document, in order (see _mentioned_in)."""
    if block < 0 or not _listed(text, blocks.starts[block]):
        return []
    top = sections[place] if (place := bisect_right(sections, blocks.starts[block]) - 1) >= 0 else 0
    above = block - 1
    while above >= 0 and blocks.starts[above] >= top and _listed(text, blocks.starts[above]):
        above -= 1
    if above < 0 or blocks.starts[above] < top:
        return []
    a, b = blocks.spans[above]
    within = _mentioned_in(mentioned, a, b)
    if len(within) != 1:
        return []
    candidate, mentions = located[within.pop()]
    rest = text[a:b]
    for s, e in sorted(((s, e) for s, e in mentions if a <= s < b), reverse=True):
        rest = rest[: s - a] + rest[e - a :]
    return [] if re.search(r"\w", rest) else [candidate.key]


def _listed_below(
    text: str, blocks: _Blocks, block: int, mentioned: list[tuple[int, int]], *, heading: bool
) -> list[int]:
    """Answer the places of the documents a stage's label lists below it, one an item, each
    item opening with one document's name and, below a label that is an item itself, more
    indented than it ("* In WGLC:" / "    * draft-ietf-core-comi-10" / "    * draft-ietf-
    core-sid-14"; "Published RFCs:" / "* RFC 9176: …", CoRE minutes; a `heading`, "###
    Candidates for Adoption"), each the one its item opens with ("* multipart-ct-04 as RFC
    8710"); none but for a label alone on its line, or a heading, or where an item opens with
    no name."""
    a, b = blocks.spans[block]
    if not heading and not LABEL_ALONE.fullmatch(text, text.rfind("\n", 0, a) + 1, b):
        return []
    depth, places = indent_at(text, a) - (not _listed(text, a)), []
    for n in range(block + 1, len(blocks.spans)):
        start, stop = blocks.spans[n]
        if not _listed(text, start) or indent_at(text, start) <= depth:
            break
        line = stop if (line := text.find("\n", start, stop)) < 0 else line
        within = mentioned[bisect_left(mentioned, (start, -1)) : bisect_left(mentioned, (line, -1))]
        if not within or within[0][0] != start:
            return []
        places.append(within[0][1])
    return places


def _hung_under(text: str, blocks: _Blocks, block: int, sections: list[int]) -> int | None:
    """Answer the block a paragraph hangs under, in its section: for an indented one, the
    nearest above it that starts less indented ("draft-ietf-dnsop-refuse-any, Joe Abley" /
    "        Tim: one-week WG Last Call coming soon", DNSOP minutes), as for a list item below
    another ("- ratelimit-headers (Darrel); ..." / "    - *Chairs to issue WGLC ...*",
    HTTPAPI minutes); for one at the margin,
    the list item above it that opens with a title on a line of its own, its notes below it
    (LISTED_TITLE: "- The Idempotency-Key HTTP Header Field" / "One open issue, ..." / ... /
    "Have another draft, then go to WGLC", HTTPAPI minutes), or with a talk's title and its
    presenter (_presented); else None, as for list items at
    the margin, which their list places (see ITEMS_ABOVE)."""
    at = blocks.starts[block] if block >= 0 else 0
    depth = indent_at(text, at)
    item = _listed(text, at)
    if item and not depth:
        return None
    top = sections[place] if (place := bisect_right(sections, at) - 1) >= 0 else 0
    for above in range(block - 1, -1, -1):
        start = blocks.starts[above]
        if start < top:
            return None
        if depth and indent_at(text, start) < depth:
            return above
        if _listed(text, start) and not item:
            if not depth and indent_at(text, start):
                continue  # an item of the list above, which its first item may head
            heads = not depth and (
                LISTED_TITLE.match(text, start) is not None
                or _presented(text, start)
                or LISTED_DRAFT.match(text, start) is not None
                or LISTED_LINK.match(text, start) is not None
                or SLOT_FIRST.match(text, start) is not None
            )
            return above if heads else None
    return None


def _within(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Answer whether an offset lies in one of the spans."""
    return any(a <= at < b for a, b in spans)


def _named_alone(
    text: str,
    span: tuple[int, int],
    located: list[tuple[Candidate, list[tuple[int, int]]]],
    mentioned: list[tuple[int, int]],
) -> list[str]:
    """Answer the document a block names and nothing else, heading the block after it
    ("* [draft-ietf-dnsop-7706bis]" / "    - Needs one more update, ready for WGLC"): a block
    of one word that mentions one document, as reader._named takes it for action items;
    `mentioned` is each mention's start and document, in order."""
    start, end = span
    if len(text[start:end].split()) != 1:
        return []
    keys = {located[n][0].key for n in _mentioned_in(mentioned, start, end)}
    return [*keys] if len(keys) == 1 else []


def _mentioned_in(mentioned: list[tuple[int, int]], start: int, end: int) -> set[int]:
    """Answer the documents (their places among those located) mentioned from `start` to `end`;
    `mentioned` is each mention's start and document, in order."""
    return {
        n
        for _, n in mentioned[
            bisect_left(mentioned, (start, -1)) : bisect_left(mentioned, (end, -1))
        ]
    }


def _starting(ordered: list[str], prefix: str) -> list[str]:
    """Answer the keys (in order) that start with a prefix."""
    found = []
    for k in ordered[bisect_left(ordered, prefix) :]:
        if not k.startswith(prefix):
            break
        found.append(k)
    return found


def key(kind: Kind, name: str) -> str:
    """Answer what tells one document from another: a draft's name without its
    version, an RFC's number, a name in lower case with hyphens as spaces."""
    if kind == "draft":
        return DRAFT_VERSION.sub("", name.casefold())
    if kind == "rfc":
        return "rfc" + re.sub(r"\D", "", name)
    if SHORT_VERSIONED.fullmatch(name):
        name = DRAFT_VERSION.sub("", name)  # "coap-over-gatt-04": a draft's end, its revision
    # "BCP 56bis", "BCP56bis" and "RFC 8446-bis" are one, "sf-bis" and "SFBis", and "8446bis" is
    # "RFC 8446bis"
    folded = " ".join(name.casefold().replace("-", " ").split())
    joined = re.sub(r"(?<=[a-z]) (?=\d)|(?<=[a-z\d]) (?=bis\b)", "", folded)
    return "rfc" + joined if BARE_BIS.fullmatch(joined) else joined


def _candidates(
    block: str, capitalised: Callable[[str], bool], *, listed: bool = False
) -> list[tuple[Candidate, str]]:
    """Answer the documents a block of the minutes names, in order, each with a name the
    block calls it beside its own (a link's text, "the timestamp draft", a list item's
    title before it), or ""; `capitalised` answers whether words are written so in the
    minutes, `listed` whether the block is an item of a list."""
    found: list[tuple[int, Candidate, str]] = [
        (m.start(), Candidate(key("named", m.group()), "named", m.group(), None), "")
        for m in (WILDCARD.finditer(block) if "*-" in block else ())
    ]
    renamed: list[int] = []  # where a link's text names a draft its address names otherwise
    for link in LINK.finditer(block) if "](" in block else ():
        draft = DRAFT.search(link.group("url"))
        written = link.group("text").strip()
        if draft is None:
            continue
        if DRAFT.fullmatch(written):
            if key("draft", written) == key("draft", draft.group()):
                continue
            renamed.append(link.start("text") + link.group("text").index(written))
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
    quoted = QUOTED_TITLE.match(block) if listed else None
    if quoted and _title_cased(quoted["title"]):
        title = fold(quoted["title"])
        found.append((quoted.start(), Candidate(key("titled", title), "titled", title, title), ""))
    if not _may_name(block):
        return [(c, w) for _, c, w in sorted(found, key=lambda f: f[0])]
    # Each pattern is run only on a block that holds the words it matches.
    lower = block.lower()
    found += [
        (
            m.start(),
            Candidate(key("draft", m.group()), "draft", m.group(), None),
            _titled(block, m) if listed else "",
        )
        for m in (DRAFT.finditer(block) if "raft-" in block else ())
        if m.start() not in renamed
    ]
    found += [
        (m.start(), Candidate(key("rfc", m.group()), "rfc", m.group(), None), "")
        for m in (RFC.finditer(block) if "rfc" in lower else ())
    ]
    found += [
        (m.start(), Candidate(key("named", m.group()), "named", m.group(), None), m.group())
        for m in (BIS.finditer(block) if "rfc" in lower or "bcp" in lower or "bis" in lower else ())
    ]
    named = " draft" in block or " Draft" in block or " doc" in block or " I-D" in block
    for match in NAMED_DRAFT.finditer(block) if named else ():
        name = _name(match.group("name"))
        # "the MP drafts", "the ICCRG drafts": a kind of draft, not one named
        plural = match.group("draft").endswith("s")
        if name and not plural:
            written = match.group() if match.group("draft")[0] == "D" else ""
            found.append(
                (match.start(), Candidate(key("named", name), "named", name, None), written)
            )
    for match in TWO_DRAFTS.finditer(block) if "drafts" in block or "I-Ds" in block else ():
        for part in ("one", "two"):
            name = _name(match.group(part))
            if name and _named_so(name, capitalised):
                found.append(
                    (match.start(part), Candidate(key("named", name), "named", name, None), "")
                )
    for match in TITLED.finditer(block) if "titled" in block else ():
        title = fold(match.group("title"))
        found.append((match.start(), Candidate(key("titled", title), "titled", title, title), ""))
    return [(c, w) for _, c, w in sorted(found, key=lambda f: f[0])]


def _title_cased(words: str) -> bool:
    """Answer whether words are written as a title: a few, each longer one capitalised."""
    split = words.split()
    return len(split) >= TITLE_WORDS and all(w[0].isupper() for w in split if len(w) > 3)


def _titled(block: str, draft: re.Match[str]) -> str:
    """Answer the title a list item gives a draft before it, as an agenda does ("- LEDBAT++ -
    draft-irtf-iccrg-ledbat-plus-plus-02 - Chairs"), or "": a few words, no time ("10 min"),
    no other draft, none of the meeting's business ("Discussion")."""
    line = TITLE_BEFORE.search(block, max(0, draft.start() - 160), draft.start())
    title = line.group("title").strip() if line else ""
    if not title or DURATION_WORDS.match(title) or "raft-" in title or _procedural(title):
        return ""
    return title


def _may_name(block: str) -> bool:
    """Answer whether a block may name a draft, an RFC or a document by a word that
    says so ("draft", "rfc", "bcp", "bis", "titled", "doc", "I-D"): blocks that hold none name
    documents only by wildcard, link or "the ... draft"."""
    lower = block.lower()
    return any(word in lower for word in ("draft", "rfc", "bcp", "bis", "titled", "doc", "i-d"))


def _named_so(name: str, capitalised: Callable[[str], bool]) -> bool:
    """Answer whether words before "drafts" are a name: capitalised, or in lower case
    ("policy token") only when of two words or more that the minutes also capitalise
    (`capitalised` answers whether they do)."""
    if not name[0].islower():
        return True
    return " " in name and capitalised(_capitalised(name))


def _capitalised(name: str) -> str:
    """Answer words with each capitalised: "policy token" -> "Policy Token"."""
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


def _name(words: str) -> str | None:
    """Answer a document's name from the words before "draft", without the words that
    name none ("the", "new", "WG"), or None when none is left."""
    parts = words.split()
    if parts and parts[0].casefold() in ORDINALS:
        return None  # "the Second Implementation draft": a milestone of a series
    while parts and (
        parts[0].lower() in NOT_A_NAME or DESCRIBING.search(parts[0]) or _month(parts[0])
    ):
        parts = parts[1:]  # "the new", "Sebastian's Word document", "31/Aug Stable draft"
    if not parts or all(p.lower() in PROTOCOLS or RESEARCH_GROUP.fullmatch(p) for p in parts):
        return None  # "the HTTP draft", "a CFRG draft": a protocol's or a research group's
    if DESCRIBING.search(parts[-1]) or parts[-1].casefold() in ("wg", "rg"):
        return None  # "adopted as CCAMP WG document": a group's document, no name of one
    alone = parts[0].casefold() if len(parts) == 1 else ""
    if alone in NOT_DOCUMENT_NAMES or alone in DESCRIBING_DRAFT or alone.endswith("ed"):
        return None  # "Supports draft", "Simplified draft", "Minimal document changes"
    if alone in TASK_VERBS:
        return None  # "Check draft regarding interdependencies", "Review draft": what to do
    return " ".join(parts)


def _month(word: str) -> bool:
    """Answer whether a word is a month's name or its short form ("Aug", "Sept."): a date's
    word, a draft's time ("the March draft"), no name of one."""
    return word.casefold().rstrip(".") in MONTH_NUMBERS


def _topic_is(parts: list[str], words: list[str]) -> bool:
    """Answer whether a name's parts say a draft's topic words: each part a word (an RFC's
    revision without "rfc": "5033bis"), the initials of two words or more ("lb", "load
    balancers"), or parts written together as one word ("tls flags", "tlsflags")."""
    if not parts or not words:
        return not parts and not words
    first, rest = parts[0], parts[1:]
    if first in (words[0], _unnumbered(words[0])) and _topic_is(rest, words[1:]):
        return True
    if any(
        "".join(parts[:n]) == words[0] and _topic_is(parts[n:], words[1:])
        for n in range(2, len(parts) + 1)
    ):
        return True
    return any(
        first == "".join(w[0] for w in words[:n]) and _topic_is(rest, words[n:])
        for n in range(2, len(words) + 1)
    )


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
    blocks: _Blocks, candidates: list[Candidate], also: dict[str, list[str]]
) -> list[list[tuple[int, int]]]:
    """Answer where each document is mentioned in the blocks, in order: each of its
    names, in any case, hyphens and spaces alike (a draft's name with or without its
    version); an RFC by its number ("RFC 9000", "rfc9000"); a name in one word,
    capitalised, only so written ("Transport"). See mentions.py."""
    text, spans = blocks.text, blocks.spans
    names: list[mentioned.Name] = []
    rfcs: dict[str, int] = {}
    for n, candidate in enumerate(candidates):
        others = also.get(candidate.key, [])
        if candidate.kind == "rfc":
            rfcs[candidate.key] = n
            continue
        if candidate.kind == "draft":
            names.append(mentioned.name(n, 0, candidate.key, cased=False, literal=True))
            # another name in one plain word is one only as written ("SEARCH", not "search"); a
            # short name with its revision, with any or none ("core-conditional-attributes-00")
            for m, o in enumerate(others):
                bare = DRAFT_VERSION.sub("", o) if REVISED_SHORT.fullmatch(o) else o
                names.append(mentioned.name(n, m + 1, bare, cased=o.isalpha(), versioned=bare != o))
            continue
        # One word in lower case but the first letter ("Transport") is a name only so written;
        # the charter in any case ("Charter review").
        cased = " " not in candidate.name and candidate.name[1:].islower()
        cased = cased and candidate.name != THE_CHARTER
        revised = candidate.key.endswith("bis")  # a draft's too: "7710-bis-00"
        names += [
            mentioned.name(n, m, o, cased=cased, versioned=revised)
            for m, o in enumerate([candidate.name, *others])
        ]
    found = mentioned.Finder(text, spans).find(names, len(candidates)) if names else []
    if not found:
        found = [[] for _ in candidates]
    if rfcs:
        for block in blocks.holding_any(["rfc"]):  # RFC_MENTION holds it in any case
            for match in RFC_MENTION.finditer(text, *spans[block]):
                n = rfcs.get("rfc" + match.group("number"), -1)
                if n >= 0:
                    found[n].append(match.span())
    return found


def _record(
    text: str,
    blocks: _Blocks,
    sections: list[int],
    candidate: Candidate,
    also: dict[str, list[str]],
    mentions: list[tuple[int, int]],
) -> Document:
    """Answer the document record: named as first written, with the sentence of its
    first mention and the sections of all."""
    first = mentions[0]
    places = [bisect_right(sections, start) - 1 for start, _ in mentions]
    written = (fold(text[s:e]) for s, e in mentions)
    if candidate.kind == "draft":  # as written, not a name a link's text gives it
        name = next(
            (w for w in written if DRAFT.fullmatch(w) and key("draft", w) == candidate.key),
            candidate.name,
        )
    elif candidate.kind == "rfc":
        name = next(written)
    elif candidate.name == THE_CHARTER:
        name = THE_CHARTER  # by its name alone, however written ("Charter review")
    else:
        name = next(
            (w for w in written if w.casefold() == candidate.name.casefold()), candidate.name
        )
    return Document(
        name=name,
        kind=candidate.kind,
        title=candidate.title,
        also=also.get(candidate.key, []),
        quote=blocks.sentence(first[0]),
        sections=sorted({p for p in places if p >= 0}),
        in_front=any(p < 0 for p in places),
        start=first[0],
    )


class _Names:
    """The documents found so far, each under its key, with the other names the
    minutes call each (`also`); answers quickly which document a name is, or is one of
    the names of, and which draft's topic a name is."""

    def __init__(self) -> None:
        self.found: dict[str, Candidate] = {}
        self.also: dict[str, list[str]] = {}
        self._rank: dict[str, int] = {}  # the order in which `also` got each document
        self._owners: dict[str, list[tuple[int, str]]] = {}  # key of a name -> (rank, owner)
        self._called: dict[str, set[str]] = {}  # each document's names, case folded
        self._topics: dict[str, list[str]] = {}  # a draft's topic's first word -> drafts
        self._abbreviated: dict[tuple[int, tuple[str, ...]], list[tuple[int, str]]] = {}
        self._added = 0

    def owner(self, wanted: str) -> str | None:
        """Answer the key of the document found under a key, or whose other names it is
        (the first to be given one, where several are)."""
        if wanted in self.found:
            return wanted
        owners = self._owners.get(wanted)
        while owners:
            rank, k = owners[0]
            if self._rank.get(k) == rank:  # a document loses its names only all at once
                return k
            heapq.heappop(owners)
        return None

    def _give(self, owner: str, names: Iterable[str]) -> None:
        """Give a document other names it is called by."""
        if owner not in self.also:
            self._added += 1
            self._rank[owner] = self._added
            self.also[owner] = []
        for name in names:
            self.also[owner].append(name)
            self._called.setdefault(owner, set()).add(name.casefold())
            heapq.heappush(
                self._owners.setdefault(key("named", name), []), (self._rank[owner], owner)
            )

    def call(self, wanted: str, written: str) -> None:
        """Add a name the minutes call a document by (a link's text, "the timestamp
        draft") to its other names, unless it is its name already."""
        owner = self.owner(wanted)
        if owner is None or not written or written.casefold() in NOT_DOCUMENT_NAMES:
            return
        name = fold(written).casefold()
        if name != self.found[owner].name.casefold() and name not in self._called.get(owner, ()):
            self._give(owner, [fold(written)])

    def add(self, candidate: Candidate) -> None:
        """Add a document named, unless it is one already found, under the same name or
        one abbreviating it word by word ("GKM-Arch" for "GKM Architecture")."""
        if self.owner(candidate.key) is not None:
            return
        draft = self._draft_called(candidate) if candidate.kind in ("named", "subject") else None
        if draft is not None:
            self._give(draft, [candidate.name])
            return
        if candidate.kind == "named":
            known = self._abbreviation(candidate.key)
            if known is not None:
                self._give(known, [candidate.name])
                return
        self.found[candidate.key] = candidate
        self._added += 1
        if candidate.kind == "draft":
            for first in _topic_starts(candidate.key):
                self._topics.setdefault(first, []).append(candidate.key)
        bucket = _abbreviation_bucket(candidate.key) if candidate.kind == "named" else None
        if bucket is not None:
            self._abbreviated.setdefault(bucket, []).append((self._added, candidate.key))

    def _abbreviation(self, wanted: str) -> str | None:
        """Answer the first document found, named, whose name the key abbreviates word
        by word or that abbreviates it ("GKM-Arch", "GKM Architecture"), or None."""
        bucket = _abbreviation_bucket(wanted)
        known = self._abbreviated.get(bucket, []) if bucket is not None else []
        for _, k in known[:COMPARED]:
            if k in self.found and (_abbreviates(wanted, k) or _abbreviates(k, wanted)):
                return k
        return None

    def _draft_called(self, candidate: Candidate) -> str | None:
        """Answer the key of the one draft found whose topic, the words of its name after
        source ("ietf", "duke"), ends in a name's words, each word written out or as the
        initials of several ("Manageability" for draft-ietf-quic-manageability, "QUIC
        Version Aliasing" for draft-duke-quic-version-aliasing, "QUIC-LB" for
        draft-duke-quic-load-balancers), or several as one ("TLS Flags" for
        draft-ietf-tls-tlsflags), or, for an RFC's revision, holds it anywhere ("8298bis" for
        draft-johansson-ccwg-rfc8298bis-screamv2); None when no draft, or several, do so."""
        parts = [w for w in re.split(r"[^a-z0-9]+", candidate.key) if w]
        if not parts:
            return None
        drafts: list[str] = []
        known = self._topics.get(parts[0], [])[:COMPARED]
        together = self._topics.get("".join(parts[:2]), [])[:COMPARED] if len(parts) > 1 else []
        revision = len(parts) == 1 and REVISION_OF_AN_RFC.fullmatch(parts[0]) is not None
        for k in dict.fromkeys(known + together):
            words = _draft_words(k)
            if any(_topic_is(parts, words[n:]) for n in range(2, len(words))) or (
                revision and _unnumbered(parts[0]) in map(_unnumbered, words[2:])
            ):
                drafts.append(k)
                if len(drafts) > 1:
                    return None
        return drafts[0] if drafts else None

    def join_drafts(self) -> None:
        """Make each name found before the draft it names ("## Manageability", then a link
        to draft-ietf-quic-manageability-08) one of that draft's names."""
        for k, candidate in list(self.found.items()):
            kind = candidate.kind
            draft = self._draft_called(candidate) if kind in ("named", "subject") else None
            if draft is not None:
                self.merge(k, draft)

    def merge(self, k: str, into: str) -> None:
        """Make the document found under `k`, and its other names, names of another."""
        candidate = self.found.pop(k)
        moved = self.also.pop(k, [])
        self._rank.pop(k, None)
        self._called.pop(k, None)
        self._give(into, [candidate.name, *moved])


REVISION_OF_AN_RFC = re.compile(r"(?:rfc)?\d{3,5}bis")
"""A name that is an RFC's revision alone, as a key folds it: "8298bis", "rfc8298bis"."""


def _unnumbered(word: str) -> str:
    """Answer a draft's word for a revision of an RFC without "rfc" ("rfc5033bis": "5033bis")."""
    return word[3:] if word.startswith("rfc") and word[3:4].isdigit() else word


def _draft_words(draft: str) -> list[str]:
    """Answer the words of a draft's name, "bis" one with the word before it
    ("draft-tuexen-tsvwg-rfc6951-bis": "rfc6951bis", as "RFC 6951bis" names it)."""
    words: list[str] = []
    for word in draft.split("-"):
        if word == "bis" and words:
            words[-1] += word
        else:
            words.append(word)
    return words


def _topic_starts(draft: str) -> set[str]:
    """Answer the words a name that is a draft's topic may start with (see _topic_is):
    a word of the draft's name after its source, or the initials of several from it."""
    words = _draft_words(draft)
    starts: set[str] = set()
    for n in range(2, len(words)):
        topic = words[n:]
        starts.update((topic[0], _unnumbered(topic[0])))
        starts.update("".join(w[0] for w in topic[:m] if w) for m in range(2, len(topic) + 1))
    return starts


def _abbreviation_bucket(name: str) -> tuple[int, tuple[str, ...]] | None:
    """Answer what a name and every name it abbreviates word by word, or that
    abbreviates it, share (see _abbreviates): as many words, each starting with the
    same three letters; None for a name that abbreviates none."""
    words = name.split()
    if len(words) < 2 or any(len(w) < 3 for w in words):
        return None
    return len(words), tuple(w[:3] for w in words)

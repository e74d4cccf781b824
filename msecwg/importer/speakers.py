"""Who speaks: speaker prefixes ("Name:", "**Name**:", "Name (role):"), reported
speech ("Lakshminath objected."), and the names one person goes by."""

import re
from functools import lru_cache
from typing import NamedTuple

from msecwg.importer.text import by_first_letter
from msecwg.importer.vocabulary import (
    ADMINISTRATIVE_WORDS,
    COMMON_WORDS,
    LABEL_WORDS,
    NOT_NAME_WORDS,
    OWNER_ROLES,
    PARTICLES,
    PRESENTING_VERBS,
    REPORTING_VERBS,
    ROLE_WORDS,
    UNNAMED,
)

FULL_NAME = re.compile(
    r"[A-Z](?:\.|[a-z\u00e0-\u00ff'-]+)"
    rf"(?: (?:(?:{'|'.join(sorted(PARTICLES))}) ){{0,2}}"
    r"[A-Z](?:\.|[a-z\u00e0-\u00ff'-]+)){1,2}"
)
"""A full name as written: "Benjamin Schwartz", "J. Yasskin", "Anne van Kesteren"."""
GENERATION = re.compile(r",? (?:Jr\.?|Sr\.?|II|III|IV|3rd)$")
"""A generation written after a family name: "Donald Eastlake III", "John Smith, Jr."."""
NOT_IN_FULL_NAMES = ADMINISTRATIVE_WORDS | UNNAMED | ROLE_WORDS | COMMON_WORDS
"""Words of the meeting's business, roles and common words, none a word of a full name."""
NAMES_APART = re.compile(r"\s*(?:,|\band\b|&)\s*")
"""What stands between names listed together: "Glenn Deen, David Lawrence", "A and B", "A & B"."""
# "**Jana**: words", "**Lucas Pardue** (as chair): words" (its role in brackets after the bold),
# "**David Schinazi:** words", "Name: words", "Tommy Pauly : words"
BOLD_NAME_THEN_COLON = re.compile(
    r"\*\*(?P<name>[^*\n]{1,60}?)\*\*(?:[ \t]?(?P<role>\([^()\n]{1,80}\)))?[ \t]?:(?:\s+|$)"
)
BOLD_NAME_AND_COLON = re.compile(r"\*\*(?P<name>[^*\n]{1,60}?)[ \t]?:\*\*(?:\s+|$)")
NAME_THEN_COLON = re.compile(r"(?P<name>[^\s:*#>|`\[][^:\n]{0,60}?)[ \t]?:(?:\s+|$)")
# A name of one word, its words glued to its colon: "Victor:Concerned about the change of
# venue", "Magnus:<...>" (MASQUE minutes), "Kazuho:Two things" (quic/interim-17-06.md)
NAME_GLUED = re.compile(r"(?P<name>[A-Z][a-z]{2,20}):(?=[A-Z<\"\u201c])")
# A question's or comment's mark and the name of who put it, alone on its line, the words
# on the lines below: "Q: Scott Fluhrer" / "- What's the cost?"
ASKER_ALONE = re.compile(r"(?P<name>[^\W\d_][^:\n]{0,60}?)[ \t]*(?=\n|$)")
# "Ekr - possible to not require", "Adam Langley - perfers option 2", "Mt - ack delay is
# input": a name, a dash and words (tls/ietf105.md, quic/interim-18-09.md, quic/ietf104.md
# "ekr - done sending means ..."); a turn only where the minutes write turns so, as a
# name with a dash stands for a name and an affiliation too ("- Nick - Akamai"); never a
# sentence's end before the dash ("view of the" / "tree. - We are working on proofs")
NAME_THEN_DASH = re.compile(
    r"(?P<name>[^\s:*#>|`\[\-\u2013][^:\n\u2013]{0,40}?)(?<![a-z][a-z]\.)[ \t]+(?:-{1,2}|\u2013)"
    r"[ \t]+(?=\S)"
)
_SPOKEN_ON = r"(?:chat|jabber|zulip|slack|meetecho|webex|zoom|irc)"
"""Where a remote speaker spoke, case aside."""
# How, where or when a speaker spoke, in brackets after the name: "(in chat)", "(from
# Jabber)", "(remote)", "(off mic)", "(sitting)", "(later)"
SPOKEN_THROUGH = re.compile(
    rf"(?:(?:in|from|on|over|via|through) (?:the )?)?{_SPOKEN_ON}|remote(?:ly)?|online"
    r"|(?:off|on|at|from|near) (?:the )?mic(?:rophone)?|sitting|standing|seated|later"
    r"|in the room|in person",
    re.IGNORECASE,
)
# "**Lars** See you on the list": a bold name and words, no colon (known speakers only)
BOLD_NAME_ONLY = re.compile(r"\*\*(?P<name>[^*:\n]{1,40}?)\*\*[ \t]+(?=\S)")
# "Sean T. On WGLC, need to get eyes on 201", "Martin S. but then we can't prevent …": a
# name and the initial of its family name, its full stop standing for the colon (known
# speakers only, who speak as "Sean T: …" elsewhere)
NAME_INITIAL_STOP = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+ [A-Z])\.[ \t]+(?=\S)")
# "[CA] The registry needs a note.", "- [Mirja Kühlewind] I think ...", "[Mike]What is the
# AI?", "[Jim]: running TLS over app would solve problem with proxying.": a name in square
# brackets and words (CoRE and MASQUE minutes); not a link ("[text](url)"), a legend ("[CB]:
# Carsten Bormann", see is_legend), a check box ("[x]") or a word in lower case ("- [stronger]
# Close with no action": a hum's strength, quic/ietf104.md)
BRACKETED_NAME = re.compile(
    r"\[(?P<name>[A-Z\u00c0-\u00de][^\[\]\n:*]{1,39})\](?![(\[])(?P<colon>:)?"
    r"(?:[ \t]+(?=\S)|(?=[A-Z\u00c0-\u00de]))"
)
# "**[02:31] David Schinazi:** We can ship it", "[02:31] Jana: ...": a name after the
# time it was said, as minutes taken from a recording write it
TIMED_NAME = re.compile(
    r"(?P<bold>\*\*)?\[\d{1,2}:\d\d(?::\d\d)?\][ \t]*(?P<name>[^*:\n\[\]]{1,60}?)[ \t]?"
    r"(?::(?(bold)\*\*)|(?(bold)\*\*):)(?:\s+|$)"
)
# "**Speaker: [Marcus Ihlar]**" on a line of its own over the words said, as minutes taken
# from a recording write it (MASQUE minutes)
LABELLED_SPEAKER = re.compile(
    r"(?P<bold>\*\*)?(?i:speaker)[ \t]*:[ \t]*\[?(?P<name>[^*:\n\[\]]{1,60}?)\]?"
    r"(?(bold)\*\*)[ \t]*(?:\r?\n|\r)(?=[ \t]*\S)"
)

UNCERTAIN_MARK = re.compile(r"\s?\(\?+\)\s*$|\s\?+$|(?<=\w)\?+$")
# What a name's last brackets hold: "(Cloudflare)", "(mt)", "[LP]" ("**Lucas Pardue [LP]**:",
# QUIC minutes), brackets within too: "(Karlsruhe Institute of Technology (KIT))" (CCWG)
LAST_BRACKET = re.compile(r"\s?(?:\((?P<inside>(?:[^()]|\([^()]*\))*)\)|\[(?P<square>[^\[\]]*)\])$")
LAST_BRACKET_AT_START = re.compile(r"^\s?\([^()]{1,40}\)")
# The hat someone speaks in, written between their name and the verb of speech: "Zahed as an
# individual points out …" (MASQUE minutes), "Lars, as chair, notes …", "Eric with chair hat
# off suggests …"
HAT_AT_START = re.compile(
    r"^,? (?:as an? (?:individual|participant|contributor)|as (?:an? |the )?(?:co-?)?chair"
    r"|as (?:an? |the )?AD|(?:with|without) (?:the |his |her |my )?(?:chair |AD )?hat(?: on| off)?)"
    r"(?=[, ])",
    re.IGNORECASE,
)
# "Lucas Pardue (Cloudfare) via chat", "Ted from the floor", "Dave as chair", "Lucas chair",
# "Nick - Akamai" (not a sentence's end: "compromise. - Post-compromise security"), "Michael
# Welzl, from chat", "Christian Amsuss, through Jabber" (not "Go
# through the list"), "Brian w/ chair hat", "Sean with chair hat on", "Lucas hatless", "Ian
# Swett, MoQ hat", "Erik, co-chair hat off", "Eric Kinnear, Apple" (a full name's affiliation:
# one word after its comma); where a person is from is a few words, never a clause ("Start from
# use cases, scope for")
ROLE_AFTER = re.compile(
    r"^(?P<name>.+?)(?:,?\s+as\s+(?P<as_>.+)|,?\s+(?P<from_>(?:from|via)(?:\s+[^\s,]+){1,4}"
    rf"|through\s+(?:the\s+)?(?i:{_SPOKEN_ON})\b)"
    r"|(?<![a-z][a-z]\.)\s+-{1,2}\s+(?P<dash>[^\s?!]+(?:\s+[^\s?!]+){0,3})"
    r"|,?\s+(?P<hat>(?:(?:w/|with|wearing|without)\s*)?(?:[^\s,]+\s+){0,2}hats?(?:\s+o(?:n|ff))?"
    r"|hatless)"
    r"|(?<=[a-z]),?\s+(?P<office>(?:co-?)?chair)"
    r"|(?<=[a-z]),\s+(?P<of>[A-Z][\w&.-]*))$"
)
HYPHENED_WORD = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)*-[a-z]{3}")
"""A capitalised word hyphened to one in lower case, as a draft's short name opening a
sentence is, never a person's name."""
NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019./-](?=[^\W\d_]))*\.?")
QUESTION_MARKS = re.compile(r"\?+")

# "Y : 7, N : 24", "Yes: 12": a count after the colon; a poll's tally, not a turn
TALLY_AFTER = re.compile(r"\d+\s*(?:[,;|]|$)")

# "Use Cases - <5min", "Architecture  - 5min": how long an agenda's item takes
# after its dash or colon and nothing else; an item, not a turn (RATS minutes)
DURATION_ALONE = re.compile(
    r"[ \t]*[<>~(]*[ \t]*\d{1,3}(?:[ \t]*[-\u2013][ \t]*\d{1,3})?[ \t]*"
    r"(?:min(?:ute)?s?|mins?\.|hours?|hrs?|h)\)?[ \t]*(?=\n|$)",
    re.IGNORECASE,
)

# "tommy's presentation: https://github.com/...", "mailing list: <https://...>": a link
# after the colon and nothing else; a label of the link, not a turn
LINK_ALONE = re.compile(r"\s*<?https?://\S+?>?\s*$")

ASKERS = frozenset({"q", "question", "comment"})
"""Labels of a question or comment, which a name in brackets after them says who put."""
MARKS = ASKERS | {"a", "answer"}
"""The marks of a question or an answer that may stand before its speaker's name ("Q: Wes:")."""
MARKED = MARKS | {"c"}
"""The marks before a name in brackets, a comment's too: "C (MJM): please use the list."."""
# "Q Martin Duke: When do you cache the cwnd?" / "A Gorry: Our draft talks about this.": a
# mark before the name and no colon between (tsvwg's minutes write their Q&A so); "Comments
# from Dean Bogdanovic:", "Last comment from Dmitry:" (SATP minutes)
ASKED_OR_ANSWERED = re.compile(
    rf"^(?i:{'|'.join(sorted(MARKS))}|(?:(?:last|final|another|follow[- ]?up|one\s+more|a)\s+)?"
    r"(?:comments?|questions?|remarks?)\s+from)\s+(?=[A-Z])"
)
# Or after a full name: "**Tommy Pauly Q:**", "**Greg Mirsky Q:**" (IPPM minutes)
MARK_AFTER = re.compile(r"^(?P<name>[A-Z]\S*(?:\s+\S+)+?)\s+[QA]$")
# An affiliation after a dash in brackets after a question's mark: "Q(Gregory Mirsky - Ericson)",
# "Q(Xiao Min -ZTE Corporation)", "Q(Martin Duke- Google)" (IPPM minutes); never a hyphen
AFFILIATION_DASH = re.compile(r"\s+[-\u2013]\s*|\s*[-\u2013]\s+")

JOINERS = frozenset({"and", "&", "+", ","})
COMMA = re.compile(r"\s*,\s*")


# "AL: Adam Langley", "MSJ: Mike St. Johns": initials in capitals, a colon and the full
# name they stand for, alone on a line (tls/minutes-90-tls: a legend of 24 lines above
# the turns "AL: No reason to do that")
PLAIN_LEGEND = re.compile(
    r"^[ \t]*(?P<short>[A-Z]{2,4}):[ \t]+"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){1,3})[ \t]*$",
    re.MULTILINE,
)


def is_legend(short: str, name: str) -> bool:
    """Answer whether "SHORT: Name" is a legend line, initials and the full name they
    stand for ("EKR: Eric Rescorla", "DKG: Daniel Kahn Gillmor"), not a turn: the
    initials start as the name does and the name is two to four words, capitalised."""
    words = name.split(maxsplit=4)  # a fifth word and the rest, if any, as one
    return (
        2 <= len(words) <= 4
        and short[:1] == name[:1]
        and bool(PLAIN_LEGEND.fullmatch(f"{short}: {name}"))
        and all(w[0].isupper() or w.lower() in PARTICLES for w in words)
    )


# "presenting" closing its line after a name ("Bill presenting:", "Jana presenting."), not a
# participle before more ("Folks presenting in intarea should join")
PRESENTING_ALONE = r"(?i:presenting)(?=[ \t]*[.:]?[ \t]*(?:\n|\Z))"
# A verb of speech, maybe after an adverb: "also provided", "then asked"; or PRESENTING_ALONE
STARTS_REPORTING = re.compile(
    r"(?i:(?:also|then|again|further|later|briefly|finally|first|strongly)\s+)?"
    rf"(?i:{by_first_letter([*REPORTING_VERBS, *sorted(PRESENTING_VERBS)])})\b"
    rf"|{PRESENTING_ALONE}"
)
# What makes a verb of speech a noun in the plural, the subject of a verb after it: "Relevant
# claims should also include …", "Open questions are …" (not "Martin asks are we …")
NOUN_BEFORE_VERB = re.compile(
    r"(?<![Kk]s)(?<=s)\s+(?:should|would|could|must|might|will|shall|can|are|were|have|need)\b"
)
# "**Alex Chernyakhovsky** asks why": a bold name opening a narrative turn
BOLD_AT_START = re.compile(r"\*\*(?P<name>[^*:\n]{1,40}?)\*\*(?=[ ,])")
# "Lars Eggert provides": a first name and one family name
KNOWN_THEN_FAMILY = re.compile(r"(?P<first>[A-Z][\w'\u2019-]+) [A-Z][\w'\u2019-]+(?=[ ,])")
_ONE_OF = r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2}"
# "Gorry and Mirja said", "Eric Rescorla, Andrew Sullivan, and Bradley Silver debated": several
# people, named one by one, opening a narrative turn (not in bold, which a turn's speaker as
# written leaves out: "**Paul** and **Nate** raised")
NAMES_AT_START = re.compile(rf"{_ONE_OF}(?:, {_ONE_OF})*,? (?:and|&) {_ONE_OF}(?=[ ,])")
# A word in lower case made by a suffix of nouns: "complication:", "requirement:"
NOUN_WORD = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ness|ity|ance|ence)")
# A capitalised word made so, a topic's label, never a name ("Scalability:", "Recommendation:",
# "Improvements:"): suffixes no name ends with, long enough to pass by "Felicity", "Clements"
LABEL_NOUN = re.compile(r"[a-z]{3,}(?:tion|sion)s?|[a-z]{6,}ity|[a-z]{4,}(?:ness|ments)")


class Speaker(NamedTuple):
    """A speaker as written, and the parts of it: name, role, alias, uncertainty.

    `name` is None when the minutes name no one ("Ans", "?"); `alias` is a short
    name the minutes give in brackets ("mt" in "martin thomson(mt)").
    """

    written: str
    name: str | None
    role: str | None
    alias: str | None
    uncertain: bool


class Prefix(NamedTuple):
    """A speaker prefix at the start of a text: the speaker, where the words start,
    whether it had no colon ("**Lars** Bye"), and whether a dash stood for the colon
    ("Ekr - no")."""

    speaker: Speaker
    words: int
    bare: bool
    dashed: bool = False


@lru_cache(maxsize=8192)  # an item is asked of again as its turns are read
def prefix(text: str) -> Prefix | None:
    """Answer the speaker prefix `text` starts with, or None: "**Jana**: ",
    "**David Schinazi:** ", "Laskhminath: ", "MB (now at Akamai): ", "- ekr: " (after
    its bullet), "**[02:31] Jana:** ", "**Speaker: [Jana]**" over the words, "[CA] ",
    "Ekr - " or "Martin via Jabber - " (dashed), "Q: Wes: " (a question's mark first), a
    name glued to its words ("Victor:Concerned"), "**Lucas Pardue** (as chair): " (its role
    after the bold), or, bare, a bold name and no colon,
    "**Lars** ", or a name and an initial with its full stop, "Sean T. "."""
    for pattern, bare in (
        (BOLD_NAME_THEN_COLON, False),
        (BOLD_NAME_AND_COLON, False),
        (TIMED_NAME, False),
        (LABELLED_SPEAKER, False),
        (NAME_THEN_COLON, False),
        (NAME_GLUED, False),
        (BRACKETED_NAME, False),
        (NAME_THEN_DASH, False),
        (BOLD_NAME_ONLY, True),
        (NAME_INITIAL_STOP, True),
    ):
        match = pattern.match(text)
        if match and pattern is NAME_GLUED and match["name"].casefold() in NOT_IN_FULL_NAMES:
            continue  # "Chairs:Eric Kinnear, Reese Enghardt": a field of the front matter
        if match and pattern is BRACKETED_NAME and match["colon"]:
            end = text.find("\n", match.end())
            if is_legend(match["name"], text[match.end() : end if end >= 0 else None].strip()):
                continue  # "[CB]: Carsten Bormann": who the initials stand for
        if (
            match
            and not TALLY_AFTER.match(text, match.end())
            and not LINK_ALONE.match(text, match.end())
            and not DURATION_ALONE.match(text, match.end())
        ):
            role = match.groupdict().get("role")  # "**Lucas Pardue** (as chair): "
            found = speaker(f"{match['name']} {role}" if role else match["name"])
            asker = found is not None and found.name is None and found.written.lower() in MARKS
            named = NAME_THEN_COLON.match(text, match.end()) if asker else None
            if named and (who := speaker(named.group("name"))) and who.name is not None:
                return Prefix(who, named.end(), False, False)  # "Q: Watson: Sounds intrusive"
            alone = ASKER_ALONE.match(text, match.end()) if asker else None
            if alone and (who := speaker(alone.group("name"))) and _two_names(who.name):
                return Prefix(who, alone.end(), False, False)  # "Q: Scott Fluhrer" / "- What's"
            dashed = pattern is NAME_THEN_DASH
            if found is not None and not (dashed and found.role and not via(found.role)):
                return Prefix(found, match.end(), bare, dashed)
    return None


def via(role: str) -> bool:
    """Answer whether a speaker's role is how, where or when they spoke, which a dash may
    follow ("Martin Thompson via Jabber - was not prepared.", "Ray Bellis (in chat) -
    per-server flags …") and which tells no two people apart, not an affiliation ("Nick -
    Akamai")."""
    return role.startswith("via ") or SPOKEN_THROUGH.fullmatch(role) is not None


@lru_cache(maxsize=4096)  # minutes name the same few people hundreds of times
def speaker(raw: str) -> Speaker | None:
    """Answer the speaker a name as written stands for, or None when it is no name
    (a label such as "Note" or "See", a phrase, a number)."""
    written = ASKED_OR_ANSWERED.sub("", " ".join(raw.split()), count=1)
    written = MARK_AFTER.sub(r"\g<name>", written)
    core, uncertain = written, False
    if core.startswith("(?)"):  # the mark first: "(?) Gupta" is "Gupta (?)", "(?) from ..." "? ..."
        rest = core[3:].lstrip()
        core = f"{rest} (?)" if rest[:1].isupper() else f"? {rest}".rstrip()
    mark = UNCERTAIN_MARK.search(core)
    if mark and not QUESTION_MARKS.fullmatch(core) and not _ends_joined(core[: mark.start()]):
        core, uncertain = core[: mark.start()], True
    core, role, alias, asked = _brackets(core)
    uncertain = uncertain or asked
    parts = ROLE_AFTER.match(core)
    if parts and parts["of"] and not _two_names(parts["name"]):
        parts = None  # "Gorry, Ian": two people
    if parts and role is None:  # "Lucas Pardue (Cloudfare) via chat": the brackets before too
        core, role, inner_alias, asked = _brackets(parts.group("name"))
        alias, uncertain = alias or inner_alias, uncertain or asked
        role = role or next(r for r in parts.groups()[1:] if r)
    if role and core.lower() in MARKED:  # "Q(Justin Iurman - UCLouvain)": who asks; "C (MJM)"
        who, _, affiliation = AFFILIATION_DASH.sub(" - ", role, count=1).partition(" - ")
        who = who.strip()
        inner = None if affiliation else speaker(who)  # "A (Kerim Fouli, CodeOn)"
        if inner is not None and inner.name is not None and inner.role is not None:
            return Speaker(who, inner.name, inner.role, inner.alias, uncertain or inner.uncertain)
        if who.lower() not in UNNAMED and _looks_like_names(who):
            return Speaker(who, who, affiliation.strip() or None, None, uncertain)
    if QUESTION_MARKS.fullmatch(core) or UNNAMED.issuperset(core.lower().split() or [""]):
        return Speaker(written, None, role, None, uncertain)  # "Q", "Unknown Speaker"
    if not _looks_like_names(core):
        return None
    return Speaker(written, core, role, alias, uncertain)


def _two_names(name: str | None) -> bool:
    """Answer whether a name is a person's first and family name or more, each capitalised
    ("Scott Fluhrer", "Minh Hoang Tran"), no label's words."""
    words = (name or "").split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _ends_joined(core: str) -> bool:
    """Answer whether a name ends on a joiner ("Ted and"): its "?" is a person unknown."""
    words = core.split()
    return bool(words) and words[-1].lower() in JOINERS


@lru_cache(maxsize=4096)  # asked of every turn's speaker
def joined(name: str) -> bool:
    """Answer whether a speaker's name names several people ("Ian & Mark", "Gorry, Ian")."""
    return any(w.lower() in JOINERS for w in COMMA.sub(" , ", name).split()) or "/" in name


def _brackets(core: str) -> tuple[str, str | None, str | None, bool]:
    """Answer a name without the brackets after it, the role and the alias they give,
    and whether one of them is "(?)": "MB (now at Akamai)" -> role "now at Akamai";
    "martin thomson(mt)" -> alias "mt"; "Lars (?) (AD)" -> role "AD", uncertain."""
    role = alias = None
    asked = False
    while match := LAST_BRACKET.search(core):
        inside = (match.group("inside") or match.group("square") or "").strip()
        core = core[: match.start()].rstrip()
        if inside == "?":
            asked = True
            continue
        if _is_alias(inside, core):
            alias = inside
        elif role is None and inside:  # "Q(): Any review?": empty brackets say nothing
            role = inside
    return core, role, alias, asked


def _is_alias(inside: str, name: str) -> bool:
    """Answer whether a bracketed word is a short name for the name before it: two to
    four letters starting as the name starts ("mt", "cbk", "EKR"), not a role ("AD") nor
    the way the speaker spoke ("CB (chat)", "CA (chat)": two people, not one "chat")."""
    return (
        2 <= len(inside) <= 4
        and inside.isalpha()
        and (inside.islower() or inside.isupper())
        and inside.lower() not in ROLE_WORDS
        and name[:1].lower() == inside[:1].lower()
        and SPOKEN_THROUGH.fullmatch(inside) is None
    )


def _looks_like_names(core: str) -> bool:
    """Answer whether a text is one name or a few joined ("Mark and Patrick", "Gorry,
    Ian"): words of letters, no more than three a person, all capitalised (or of a script
    without case) or all in lower case (each part of "mnot/Lars" apart)."""
    words = COMMA.sub(" , ", core).split()
    names = [w for w in words if w.lower() not in JOINERS]
    people = len(words) - len(names) + 1
    if not names or len(names) > 3 * people or len(names) > 7:
        return False
    if names[0].lower() in LABEL_WORDS or core.lower() in LABEL_WORDS or names[0] == "The":
        return False  # "The Conflict:" too
    if len(names) > 1 and all(w.lower() in ADMINISTRATIVE_WORDS for w in names):
        return False  # "Chair Slides", "Use Cases": the meeting's business
    if len(names) == 1 and LABEL_NOUN.fullmatch(names[0].lower()):
        return False
    if any(w.lower() in NOT_NAME_WORDS for w in names):  # "Design Issue", "Video Source"
        return False
    if names[0].lower().startswith("draft-"):  # "draft-nottingham-variants: lists all"
        return False
    if any(HYPHENED_WORD.match(w) for w in names):  # "Patch-byterange": a draft's short
        return False  # name; "Hans-Jorg", "hans-jorg" are names
    if not all(
        NAME_WORD.fullmatch(w) or (people > 1 and QUESTION_MARKS.fullmatch(w)) for w in names
    ):
        return False
    if any(len(w) >= 5 and w.isupper() and w.lower() not in OWNER_ROLES for w in names):
        return False  # "QUERY: …", "TRANSPORT: …"; not a role: "CHAIR: Let's run a call …"
    particles = PARTICLES if len(names) > 1 else frozenset()  # "van" in "Paul van Brouwershaven"
    cased = [w for w in names if w.lower() not in particles and not QUESTION_MARKS.fullmatch(w)]
    if not cased:
        return people > 1  # "? and ?": people unknown
    if any("/" in w for w in cased):
        return all(_looks_like_names(part) for part in core.split("/"))
    if all(w.islower() for w in cased):
        # "eric k", "martin duke", "ekr": names in lower case; "new issue", "first hum",
        # "but", "complication", "presented by": words
        return COMMON_WORDS.isdisjoint(cased) and not (
            len(cased) == 1 and NOUN_WORD.fullmatch(cased[0])
        )
    # a script without case ("神明達哉: Thinks of all proposals") writes a name as it is
    return all(w[0].isupper() or w[0].lower() == w[0].upper() for w in cased)


def reported_start(text: str, known: frozenset[str]) -> bool:
    """Answer whether `text` opens with a speaker and a verb of speech, as the minutes
    report what someone said: "Lakshminath objected.", "Mirja, commented that",
    "Lars Eggert provides an overview" (where "Lars" speaks), "**Alex Chernyakhovsky**
    asks why"."""
    return reporter(text, known) is not None


def reporter(text: str, known: frozenset[str]) -> str | None:
    """Answer the speaker as written a reported turn opens with (see `reported_start`),
    bold marks and all, or None; several people where the minutes name each by a full name or
    as one who speaks ("Gorry and Mirja said")."""
    for name in [*_listed_at_start(text, known), *_named_at_start(text, known)]:
        rest = text[len(name) :]
        rest = LAST_BRACKET_AT_START.sub("", rest, count=1)
        rest = HAT_AT_START.sub("", rest, count=1)
        verb = STARTS_REPORTING.match(rest.lstrip(", "))
        if verb and rest[:1] in (" ", ",") and not NOUN_BEFORE_VERB.match(verb.string, verb.end()):
            return name
    return None


def _listed_at_start(text: str, known: frozenset[str]) -> list[str]:
    """Answer the names of several people `text` may start with as speakers (NAMES_AT_START),
    each a full name or a known speaker's; else none."""
    listed = NAMES_AT_START.match(text)
    if listed is None:
        return []
    for name in filter(None, NAMES_APART.split(listed.group())):
        found = speaker(name)
        if found is None or found.name is None or not (name in known or _two_names(name)):
            return []
    return [listed.group()]


def _named_at_start(text: str, known: frozenset[str]) -> list[str]:
    """Answer the names `text` may start with as a speaker, longest first: a known
    speaker's, a known first name and a family name ("Lars Eggert"), a bold name."""
    names = _known_at_start(text, known)
    family = KNOWN_THEN_FAMILY.match(text)
    if family and family.group("first") in known and speaker(family.group()) is not None:
        names.insert(0, family.group())
    bold = BOLD_AT_START.match(text)
    if bold:
        found = speaker(bold.group("name"))
        if found is not None and found.name is not None and not joined(found.name):
            names.insert(0, bold.group())
    return names


def _known_at_start(text: str, known: frozenset[str]) -> list[str]:
    """Answer the known speakers' names `text` starts with, longest first."""
    space = text.find(" ")
    first = (text if space < 0 else text[:space]).rstrip(",")
    return [k for k in _by_first_word(known).get(first, ()) if text.startswith(k)]


@lru_cache(maxsize=16)
def _by_first_word(known: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Answer the known speakers' names by their first word, longest first."""
    by: dict[str, list[str]] = {}
    for k in known:
        by.setdefault(k.split(" ", 1)[0], []).append(k)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in by.items()}


def reported_words(words: str) -> bool:
    """Answer whether a turn's words report speech rather than quote it: "Commented
    that ...", "Agrees with that analysis"."""
    return bool(STARTS_REPORTING.match(words))


def full_name(words: str) -> bool:
    """Answer whether words are written as a person's full name: two or three capitalised
    words, the first maybe an initial, a family name maybe after a particle ("Benjamin
    Schwartz", "J. Yasskin", "Anne van Kesteren"), none a word of
    the meeting's business, a role or a common word ("_Chairs_", "Area Director")."""
    return FULL_NAME.fullmatch(words) is not None and not any(
        w.casefold() in NOT_IN_FULL_NAMES for w in words.split()
    )

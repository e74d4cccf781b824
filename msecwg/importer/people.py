"""The people who speak, with every way the minutes write each: one person where
the minutes tie the names, or where a name can only be one person of the meeting
(a first name, a first name and initial, initials, a misspelling); names that
might be one person but are not surely so are left for a person."""

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from itertools import combinations, islice

import msgspec

from msecwg.importer.records import Office, Person
from msecwg.importer.speakers import (
    GENERATION,
    NAMES_APART,
    NOT_IN_FULL_NAMES,
    PLAIN_LEGEND,
    Speaker,
    is_legend,
    joined,
    speaker,
    via,
)
from msecwg.importer.text import alternatives, fold
from msecwg.importer.vocabulary import PARTICLES, ROLE_WORDS
from msecwg.spelling import SHORTEST_CUT_HANDLE, written_as_handle
from msecwg.store.reading import key as plain

# "Mike Bishop(mb)", "Martin Thomson (MT)": a short name in brackets, and the words
# before it, one of which ends the name it is short for
SHORT_NAME = re.compile(r"\((?P<short>[A-Za-z]{2,4})\)")
WORDS_BEFORE = re.compile(r"(?:[A-Za-z][\w'\u2019-]*[ ]+){0,2}[A-Za-z][\w'\u2019-]*$")
# "*[CB]: Carsten Bormann", "[CA]: Christian Amsuess": an abbreviation legend line
LEGEND = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?\*?\[(?P<short>[A-Za-z]{2,4})\][ \t]*[:=-][ \t]*"
    r"(?P<name>[^\W\d_][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){1,3})[ \t]*$",
    re.MULTILINE,
)
# A line naming the group's chairs: "Chairs: Glenn Deen, David Lawrence" (ADD minutes),
# "**WG Chairs:** Eric Kinnear, Tim Chown", "ADD Chairs: David Lawrence, Glenn Deen"; or a line
# "Chairs" over a list of them, one an item: "Chairs:" / "* Marco Tiloca, RISE" / "* Jaime
# Jiménez, Ericsson" (CoRE minutes), their address in brackets too: "Chairs
# (core-chairs@ietf.org):" / "* Marco Tiloca (marco dot tiloca at ri dot se)"; or its Area
# Director: "Area Director: Eric Vyncke", "Responsible AD: Francesca Palombini" (ADD, WPACK
# minutes); "Chair present: Tommy Pauly", "Chairs - Gorry Fairhurst and Marten Seemann" (HTTP,
# TSVWG minutes); its names, full names alone, are read by _offices
OFFICE_LINE = re.compile(
    r"^[ \t]*(?:[-*+]|#{1,6})?[ \t]*[*_]{0,2}"
    r"(?:WG[ \t]+|working[ \t]+group[ \t]+|(?-i:[A-Z]{2}[A-Za-z0-9-]{0,10})[ \t]+)?"
    r"(?:(?P<chairs>(?:co-?)?chairs?)|(?:responsible[ \t]+)?(?:area[ \t]+directors?|ADs?))"
    r"(?:[ \t]*\([^()\n]{1,60}\))?"  # their list's address: "Chairs (core-chairs@ietf.org):"
    r"(?:[ \t]+present)?"  # "* Chair present: Tommy Pauly"
    r"(?:[ \t]*(?:[*_]{0,2}[ \t]*:|:[ \t]*[*_]{0,2}|[ \t]+[-\u2013])[ \t]*"
    r"(?P<names>\S[^\n]{0,199})$"
    r"|[ \t]*[*_]{0,2}:?[*_]{0,2}[ \t]*\n(?:[ \t]*\n)?"
    r"(?P<items>(?:[ \t]*[-*+][ \t]+[^\n]+(?:\n|$)){1,8}))",
    re.IGNORECASE | re.MULTILINE,
)
# A line of a name with its office after it, in a list of who attended: "Mark Nottingham -
# Co-Chair" (AIPREF minutes), "* Paul Hoffman, Responsible AD", "Glenn Deen (chair)"
OFFICE_AFTER = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?P<name>[^\W\d_][\w'\u2019.-]*(?:[ \t]+\w[\w'\u2019.-]*){1,3})"
    r"[ \t]*(?:[-\u2013\u2014,][ \t]*|\([ \t]*)(?:WG[ \t]+)?"
    r"(?:(?P<chairs>(?:co-?)?chair)|(?:responsible[ \t]+)?(?:area[ \t]+director|AD))\)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
ASIDE = re.compile(r"[ \t]*\([^()]*\)|[ \t]*<[^<>\s]+@[^<>\s]+>|[ \t]*[^<>\s]+@[^<>\s]+\.\w+")
"""What stands beside a name on a chairs line: a remark in brackets, a mail address."""
ITEM_MARK = re.compile(r"^[ \t]*[-*+][ \t]+", re.MULTILINE)
BESIDE_ITEM = re.compile(r",|[ \t]+[-\u2013\u2014][ \t]")
"""What ends a name listed as an item: an affiliation after a comma, a remark after a dash
("Roman Danyliw (RD) - not on the call", with an en dash too)."""
LISTED_IN_BRACKETS = re.compile(r"[^\w(]*\((?P<names>(?:[^()]|\([^()]*\))*)\)[ \t]*")
"""Names listed in brackets, after marks of no letter: "🪑🪑🪑 (Lars Eggert, Lucas Pardue)"."""
# What every legend line holds, found faster than the line: the bracket and the mark
# after the short name of "*[CB]: ...", the capital and colon of "AL: ..." (PLAIN_LEGEND)
LEGEND_SIGN = re.compile(r"\][ \t]*[:=-]")
PLAIN_LEGEND_SIGN = re.compile(r":(?<=[A-Z]:)[ \t]")
# A name set apart as a credit, not within a sentence: in a list of people ("Chairs: Lars
# Eggert (for the last time), Lucas Pardue"), after a title ("Discarding Old Keys - Martin
# Thomson"), in emphasis ("[Slides](...) - *Brian Trammell*"), or opening a line of its own
# ("Cherie Shi, Google", "* Tim Wicinski tjw.ietf@gmail.com"), or among presenters ("Omar
# Elloumi & Martin Bauer: OneM2M",
# "Yanmei Liu presenting [slides](...)") or the last of a list ("Participants: Toerless
# Eckert, …, Laurent Ciavaglia."), never with "I" ("Marten Seeman and I have been working
# on"): what stands before it (see _set_apart), and after it
CREDIT_AFTER = (
    r"(?=[ \t]*(?:[)\]*_,(:]|/[ \t]*[A-Z]|[-\u2013\u2014][ \t]|\.?[ \t]*$"
    r"|(?:is[ \t]+)?presenting\b|(?<=\s)<?[^\s<>@]+@[^\s<>@]+\.\w+>?[ \t]*$)"
    r"|[ \t]*(?:&|[ \t]and)[ \t]+(?!I\b)[A-Z]|[ \t]+\+[ \t])"
)
CREDIT_WORDS = r"(?:[ ](?!presenting\b)[^\W\d_][^\W_'\u2019-]*(?:['\u2019-][^\W_]+)*){1,2}"
"""The words of a credited name after its first, one or two."""
CREDITED_NAME = re.compile(
    rf"[^\W\d_][^\W_'\u2019-]*(?:['\u2019-][^\W_]+)*{CREDIT_WORDS}{CREDIT_AFTER}", re.MULTILINE
)
NARRATED_NAME = re.compile(
    r"[A-Z][^\W\d_'\u2019-]+(?:[ ][A-Z][^\W\d_'\u2019-]+){1,2}(?=[ \t]+(?:then[ \t]+|also[ \t]+)?"
    r"(?:called|opened|gave|presented|noted|said|shared|explained|asked|replied|added|agreed"
    r"|raised|led|summari[sz]ed|pointed|stated|mentioned|suggested|proposed|showed|described"
    r"|reported|introduced|responded|commented|wondered|observed|remarked|had|thanked"
    r"|continued)\b)"
)
"""A full name opening a sentence of minutes told as a story, its subject: "Carsten Bormann
called the meeting to order", "Matt Joras then shared a recording" (LOOPS, SCONE minutes)."""
NAME_THEN_SLASH = re.compile(r"[ \t][A-Z][^\W\d_]+[ \t]*/$")
"""A name's last word and a slash, before another name: "Presenters: Marcus Ihlar/Martin
Thomson/Anoop Tomar" (SCONE minutes)."""
PRESENTED_BY = re.compile(
    r"(?:^|\W)(?:presented|presentation|presenting|slides|talk|led|chaired)[ \t]+by$"
    r"|(?:^|\W)(?:presentation|talk|overview)[ \t]+(?:of|on)[ \t][^.;\n]{1,120}[ \t]by$",
    re.I,
)
"""Words that credit a talk to the name after them: "presented by Yanmei Liu & Yunfei Ma",
"Presentation of vocabulary draft, … and corresponding open issues by Martin Thomson."."""
CREDIT_MARKS = " \t>-*+#"
"""What a line may open with before a name it credits: quotation, bullet, heading marks."""
POSSESSIVE = re.compile(r"['\u2019]s\b")
HAT = re.compile(
    r"^\W*(?:as|with|wearing|without|w/|no)\b|\bhat(?:s|less)?\b"
    r"|^\W*(?:chairs?|ads?|ic|individual|editors?|authors?)\W*$",
    re.IGNORECASE,
)
"""A hat beside a name, which tells no two people apart as an affiliation does (nor does
how, where or when they spoke: see speakers.via): "Lucas Pardue (as chair)" and "Lucas (IC)"
may be one, as may "Tommy (off mic)" and "Tommy Pauly (in chat)"; "Nick - Akamai" and "Nick
Doty - UC Berkeley" are two."""
CHAIR_HAT = re.compile(
    r"\W*(?:(?:as|with|w/|wearing)\s+)?(?:the\s+|a\s+|my\s+|wg\s+)?(?:co-?)?chair"
    r"(?:[\s-]hat(?:\s+on)?)?\W*",
    re.IGNORECASE,
)
"""A chair's hat beside a name, which makes its speaker a chair: "MN (Chair)", "(as chair)",
"Brian (chair hat)", "Sean with chair hat on"; not another group's ("Lars (with QUIC chair
hat)") nor one taken off ("Erik, co-chair hat off")."""
INITIAL = re.compile(r"[^\W\d_]\.?")
CAMEL_CASE = re.compile(r"[A-Z][a-z]+[A-Z][a-z]{2,}")
"""A full name written together: "BenSchwartz"."""
GLUED_INITIAL = re.compile(r"(?<=\w)([^\W\d_A-Z])([A-Z])$")
SHORT_NAME_LETTERS = 4
"""The most letters of a short name written in brackets after a full one ("PvD")."""
SHORTEST_MISSPELT = 7
"""Letters a name written as one word needs before a near spelling of it is taken
for a misspelling ("chirstian", "jreshcke"): shorter names differ by one letter
and are other people ("Marten", "Martin"; "Eric", "Erik")."""
SHORTEST_FAMILY = 4
"""Letters a family name written alone needs to be taken for the full name ("Lennox"):
shorter ones are as often first names ("Ian", "Mo")."""
SHORTEST_CUT = 6
"""Letters a name cut short keeps before it is taken for the longer ("rfield")."""
NICKNAME_LETTERS = 3
"""Letters two first names of one family name share where one is the other shortened
("Ben", "Benjamin"; "Dave", "David")."""
COMPARED = 64
"""The most speakers a name is compared with to tell whether it could be another
speaker's: where more are near it, it could be several, and is joined to none."""
MAYBE = 8
"""The most other people one person is said to maybe be."""
PASSES = 8
"""The most times the names are read again for the people they can only be (each
join can make another name unambiguous: "david s", then "david")."""


def people(speakers: Iterable[Speaker], text: str) -> tuple[list[Person], dict[str, int]]:
    """Answer the people among the speakers, in order of first turn, and the index of
    each name as written (case folded) into that list.

    Names are one person when they differ only in case ("MT", "mt"), in how an umlaut
    ("Jörg", "Joerg") or an initial is written ("MartinD", "Martin D.", "M.W." and "MW"),
    when the minutes
    tie them ("martin thomson(mt)" as a speaker, "Mike Bishop(mb)" anywhere, a legend
    line "*[CB]: Carsten Bormann"), or when a name can only be one other speaker of the
    meeting (see `_read_as_one`).
    """
    names: list[str] = []
    ties: list[tuple[str, str, str]] = []
    roles: dict[str, set[str]] = {}
    hats: dict[str, str] = {}  # each name written with a chair's hat, as written: "MN (Chair)"
    named = [(s.name, s) for s in speakers if s.name is not None and not joined(s.name)]
    speaking = {key(name) for name, _ in named}
    for name, spoken in named:
        names.append(name)
        if spoken.role and CHAIR_HAT.fullmatch(spoken.role):
            hats.setdefault(key(name), spoken.written)
        written_roles = roles.setdefault(key(name), set())
        alias = spoken.alias or _short_name_spoken(name, spoken.role, speaking)
        if (
            spoken.role
            and spoken.role != alias
            and not (HAT.search(spoken.role) or via(spoken.role))
        ):
            written_roles.add(spoken.role.casefold())
        if alias:
            ties.append((name, alias, spoken.written))
    ties = _unshared(ties + _ties_in_text(text, speaking) + _legend_ties(text, speaking))
    uses = Counter(key(n) for n in names)
    groups = _group(names, ties)
    spellings = _Spellings(names, ties)
    inferred: list[list[str]] = [[] for _ in groups]
    spelt = [spellings.of(members) for members in groups]
    offices = _offices(text)
    credits = _credits(text, spelt)
    family = _family_credits(text, spelt)
    named_else: dict[str, list[str]] = {}  # full names named in an office or credited, by first
    for full in dict.fromkeys([*offices, *(key(m[0]) for m in credits)]):
        named_else.setdefault(full.split()[0], []).append(full)
    credited: dict[int, tuple[str, str]] | None = None  # as the people last stood, if asked
    for _ in range(PASSES):
        joins = _read_as_one(spelt, [_roles(m, roles) for m in groups], named_else)
        if not joins:
            joins, credited = _one_credited(spelt, _credited(text, spelt, credits, family))
        joins = _into_first(joins)
        if not joins:
            break
        for i, j in joins:
            groups[j] |= groups[i]
            inferred[j] += [*inferred[i], *spelt[i]]
            groups[i], inferred[i] = set(), []
        for j in {j for _, j in joins}:
            spelt[j] = spellings.of(groups[j])
        kept = [n for n, members in enumerate(groups) if members]
        groups, inferred = [groups[n] for n in kept], [inferred[n] for n in kept]
        spelt = [spelt[n] for n in kept]
        credited = None  # asked of the people as they stood before these joins
    if credited is None:  # the people changed after it was asked, or it was never asked
        credited = _one_credited(spelt, _credited(text, spelt, credits, family))[1]
    found: list[Person] = []
    index: dict[str, int] = {}
    for n, (members, took, written) in enumerate(zip(groups, inferred, spelt, strict=True)):
        quotes = [q for a, b, q in dict.fromkeys(ties) if key(a) in members]
        if n in credited:
            full, line = credited[n]
            took, written, quotes = [*took, *written], [*written, full], [*quotes, line]
        office, named_in = next((o for w in written if (o := offices.get(key(w)))), (None, None))
        hat = next((said for m, said in hats.items() if m in members), None)  # the first written
        if office is None and hat is not None:
            office, named_in = "chair", hat  # "MN (Chair): Status: …"
        for member in members:
            index[member] = len(found)
        found.append(
            Person(
                name=_best(written, uses),
                written=written,
                quotes=[*quotes, named_in] if named_in and named_in not in quotes else quotes,
                maybe=[],
                inferred=list(dict.fromkeys(took)),
                office=office,
            )
        )
    return _with_maybe(found, ties), index


def _offices(text: str) -> dict[str, tuple[Office, str]]:
    """Answer the chairs ("chair") and Area Directors ("AD") a line of the minutes names, full
    names alone ("Chairs: Glenn Deen, David Lawrence", "**WG Chairs:** Eric Kinnear and Tim
    Chown", "Chair: Tim Wicinski <tjw.ietf@gmail.com>", "Chairs: 🪑🪑🪑 (Lars Eggert (for the
    last time), Lucas Pardue)", "Responsible AD: Francesca Palombini"), a list under "Chairs"
    ("* Marco Tiloca, RISE") or a name with its office after it ("Mark Nottingham - Co-Chair"),
    each with its office and those words, by name."""
    offices: dict[str, tuple[Office, str]] = {}
    for match in OFFICE_LINE.finditer(text):
        if match["items"]:  # a name an item, its affiliation after a comma
            items = ITEM_MARK.sub("", match["items"]).splitlines()
            written = [BESIDE_ITEM.split(ASIDE.sub("", item))[0] for item in items]
        else:
            listed = LISTED_IN_BRACKETS.fullmatch(match["names"])
            written = NAMES_APART.split(listed["names"] if listed else match["names"])
        names = [ASIDE.sub("", n).strip(" *_") for n in written]
        if names and all(_full(n) and n[:1].isupper() and speaker(n) is not None for n in names):
            office: Office = "chair" if match["chairs"] else "AD"
            offices.update((key(n), (office, fold(match.group().strip()))) for n in names)
    for match in OFFICE_AFTER.finditer(text):
        if _full(name := match["name"]) and speaker(name) is not None:
            office = "chair" if match["chairs"] else "AD"
            offices.setdefault(key(name), (office, fold(match.group().strip())))
    return offices


def _short_name_spoken(name: str, role: str | None, speaking: set[str]) -> str | None:
    """Answer the word in brackets beside a name, read as a role, that is rather the
    person's short name: one word of at most four letters, starting as the name starts,
    that another turn has for its speaker ("Peter van Dijk (PvD)" where "PvD:" speaks,
    "Eric Rescorla (Ekr)" where "ekr:" does)."""
    if (
        role is not None
        and role.isalpha()
        and len(role) <= SHORT_NAME_LETTERS
        and role[0].casefold() == name[0].casefold()
        and key(role) in speaking
    ):
        return role
    return None


def _credited(
    text: str,
    spelt: list[list[str]],
    credits: list[re.Match[str]],
    family: Sequence[re.Match[str]] = (),
) -> dict[int, tuple[str, str]]:
    """Answer the full name, and the line giving it, that each person the minutes write
    only by a first name (or one and an initial: "Eric K", "WesH") can be: the one name they
    credit (`credits`, see _credits) that each of the person's names can be, where no other
    full name written as a speaker's or a credit starts the same ("Martin" where "Martin
    Thomson" speaks and "Martin Duke" presents): "Lars" speaks and "Chairs: Lars Eggert, Lucas
    Pardue" is written. Two people may be given one name ("Phil" and "Phil H", where "Phil
    Hunt" is listed): see _one_credited. A person written by one word that starts no full
    name is given the one full name written or credited (`family`, see _family_credits) that
    ends with it: "Beurdouche" where "### Architecture - Benjamin Beurdouche" is written."""
    names = [[_unglued(s) for s in spellings] for spellings in spelt]
    alone = [n for n, spellings in enumerate(names) if all(map(_first_or_initial, spellings))]
    wanted = {key(s.split()[0]) for n in alone for s in names[n]}
    if not wanted:
        return {}
    fulls: dict[str, set[str]] = {}  # every full name by its first word, spoken or credited
    spoken = {key(s) for spellings in names for s in spellings if _full(s)}
    for spelling in spoken:
        fulls.setdefault(spelling.split()[0], set()).add(spelling)
    given: dict[str, tuple[str, str]] = {}
    for match in credits:
        name = match.group()
        first = key(name.split()[0])
        if first not in wanted:
            continue
        fulls.setdefault(first, set()).add(key(name))
        given.setdefault(key(name), _given(text, match))
    credited: dict[int, tuple[str, str]] = {}
    for n in alone:
        for first in {key(s.split()[0]) for s in names[n]}:
            written = [s for s in names[n] if key(s.split()[0]) == first]
            can_be = {
                f
                for f in fulls.get(first, set())
                if all(first_name_of(s, f) or first_name_and_initial_of(s, f) for s in written)
            }
            only = next(iter(can_be)) if len(can_be) == 1 else None
            if only in given and only not in spoken:
                credited[n] = given[only]
    lasts: dict[str, set[str]] = {}  # every full name by its last word, spoken or credited
    for spelling in spoken:
        lasts.setdefault(spelling.split()[-1], set()).add(spelling)
    for match in family:
        name = key(match.group())
        lasts.setdefault(name.split()[-1], set()).add(name)
        given.setdefault(name, _given(text, match))
    for n in alone:
        words = {key(s) for s in names[n]}
        word = words.pop() if len(words) == 1 else " "
        if n in credited or " " in word or word in fulls or len(lasts.get(word, ())) != 1:
            continue  # "Martin", a first name where "Martin Thomson" speaks
        only = next(iter(lasts[word]))
        if only in given and only not in spoken:
            credited[n] = given[only]
    return credited


def _given(text: str, match: re.Match[str]) -> tuple[str, str]:
    """Answer a credited name as written and the line that writes it, whitespace folded."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return fold(match.group()), fold(text[start : end if end >= 0 else None])


def _one_credited(
    spelt: list[list[str]], credited: dict[int, tuple[str, str]]
) -> tuple[list[tuple[int, int]], dict[int, tuple[str, str]]]:
    """Answer the people to join into others, (this, into that), where everyone who may be one
    full name is given it (see _credited: "Phil" and "Phil H" where "Phil Hunt" is listed,
    "Wes" and "WesH" where "Wes Hardaker" presents, "Mike" and "Bishop" where "Mike Bishop"
    does), and the full name given each person who alone may be it: the only one of that
    first name, none other written by its first or its last word alone."""
    firsts: dict[str, set[int]] = {}  # the people with a name starting with each word
    alone: dict[str, set[int]] = {}  # the people written by one word each, by that word
    for n, spellings in enumerate(spelt):
        for spelling in spellings:
            firsts.setdefault(key(_unglued(spelling).split()[0]), set()).add(n)
        if all(" " not in s for s in spellings):
            for spelling in spellings:
                alone.setdefault(key(spelling), set()).add(n)

    def claiming(full: str, n: int) -> set[int]:
        """Answer who may be a full name given person n: those its first word starts (its last
        word's, n being written by it), and those written by its last word alone."""
        first, last = full.split()[0], full.split()[-1]
        by_first = firsts.get(first, set()) if n in firsts.get(first, ()) else alone.get(first)
        return (by_first or set()) | alone.get(last, set())

    by_name: dict[str, list[int]] = {}
    for n, (full, _) in credited.items():
        by_name.setdefault(key(full), []).append(n)
    joins = [
        (n, ones[0])
        for full, ones in by_name.items()
        if len(ones) > 1 and set().union(*(claiming(full, n) for n in ones)) == set(ones)
        for n in ones[1:]
    ]
    only = {n: c for n, c in credited.items() if claiming(key(c[0]), n) == {n}}
    return joins, only


def _first_or_initial(name: str) -> bool:
    """Answer whether a name is a first name alone ("Lars") or with an initial ("Eric K")."""
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and INITIAL.fullmatch(words[1]) is not None)


def _named_by(text: str, firsts: set[str]) -> Iterator[re.Match[str]]:
    """Yield each name of two or three words the text writes starting with one of the first
    names (case folded), capitalised, in the text's order: found by the first names, all
    in one pass, faster than by trying each place a credit may stand."""
    names = sorted((f"{first[:1].upper()}{first[1:]} " for first in firsts), key=len, reverse=True)
    written = re.compile("|".join(map(re.escape, names)))
    for found in written.finditer(text):
        at = found.start()
        before = text[at - 1 : at]
        emphasis = before == "_" and not text[at - 2 : at - 1].isalnum()  # "_Mohit T_"
        if emphasis or not (before.isalnum() or before in "_'\u2019-") or not at:
            match = CREDITED_NAME.match(text, at) or _narrated(text, at)
            if match is not None:
                yield match


def _narrated(text: str, at: int) -> re.Match[str] | None:
    """Answer the full name opening a sentence or a clause at `at` as its subject
    (NARRATED_NAME): at a line's start or after a sentence's end or a semicolon, a role
    maybe before it ("…; AD Alexey Melnikov pointed out that …")."""
    match = NARRATED_NAME.match(text, at)
    if match is None or match[0].split()[0].casefold() in ROLE_WORDS:
        return None  # "Chair Mark Nottingham showed …": its name is after the role
    clause = CLAUSE_OPENING.split(text[text.rfind("\n", 0, at) + 1 : at])[-1].strip()
    return match if not clause or clause.casefold() in ROLE_WORDS else None


CLAUSE_OPENING = re.compile(r"[.;][ \t]")
"""A sentence's end or a semicolon, after which a clause opens."""


def _set_apart(text: str, at: int) -> bool:
    """Answer whether a name at `at` stands apart as a credit by what is before it on its
    line: nothing but marks of a line, an opening bracket or emphasis, a comma, colon or
    semicolon, an "&" or "and" after another name, a slash after one, a dash with space on
    each side, or words that credit a talk ("presented by")."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    before = line.rstrip(" \t")
    if not before.strip(CREDIT_MARKS):
        return True
    if before[-1] in "([*_,:;&" or (before.endswith(" and") and before != line):
        return True
    if PRESENTED_BY.search(before) or NAME_THEN_SLASH.search(before):
        return True  # "presented by Yanmei Liu & Yunfei Ma", "Marcus Ihlar/Martin Thomson"
    return before[-1] in "-\u2013\u2014" and before != line and before[-2:-1] in (" ", "\t")


def _credit(name: str) -> bool:
    """Answer whether words set apart as a credit name one person: capitalised words
    (not in capitals, none possessive: "Roberto Peon's Comments") but for a particle
    between them ("Niels ten Oever"), a generation maybe after them ("Donald Eastlake III"),
    read by `speaker` as a name."""
    words = GENERATION.sub("", name).split()
    words = [words[0], *(w for w in words[1:-1] if w not in PARTICLES), words[-1]]
    if not all(w[0].isupper() and not w.isupper() for w in words) or POSSESSIVE.search(name):
        return False
    found = speaker(name)
    return found is not None and found.name == name and _full(name)


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


# A list of who attended, under its label: "Attendees:" / "  1. Michael Richardson (mcr)",
# "PRESENT:" / "    1) Dave Rice", "Present:" / "- Jari Arkko", "## Attendance" / "Jenny Bui
# (Secretariat)", "Blue Sheet" / "----------" / "8. Dave Crocker, Brandenburg InternetWorking"
ATTENDANCE = re.compile(
    r"^[ \t]*\W*(?:attendees|attending|attendance|present|participants|blue[ \t]?sheets?)"
    r"\W*:?\W*$",
    re.IGNORECASE | re.MULTILINE,
)
ATTENDEE = re.compile(r"[ \t]*(?P<bullet>(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+)?(?P<who>[^\n]*)")
ATTENDEES_MOST = 200
"""The most lines read of a list of who attended."""
ATTENDANCE_LISTS = 5
"""The most lists of who attended read in one meeting's minutes."""
LINE_MOST = 200
"""The most characters of a line of such a list read, on average."""


def attendees(text: str) -> frozenset[str]:
    """Answer the names, case folded, of the people the minutes list as attending, each
    full name and its first name ("dave rice", "dave"), with accents and without
    ("jérôme", "jerome"), who may own action items though they never speak ("Jerome to do
    some markup")."""
    names: set[str] = set()
    for label in islice(ATTENDANCE.finditer(text), ATTENDANCE_LISTS):
        listed = False
        lines = text[label.end() : label.end() + ATTENDEES_MOST * LINE_MOST].split("\n")
        for line in lines[1:ATTENDEES_MOST]:
            item = ATTENDEE.match(line)
            assert item is not None  # every part of it may be empty
            written = re.split(r"\s*[(<\[,]|\s+\S*@|\s+-\s", item["who"].strip(), maxsplit=1)[0]
            found = speaker(written) if 1 < len(written.split()) <= 3 else None
            full_name = found.name if found and found.name and " " in found.name else None
            if full_name is None and item["bullet"] is None:  # a line that lists no one
                if line.strip() and listed:
                    break
                continue
            listed = True
            if full_name:
                for full in {full_name.casefold(), plain(full_name)}:  # "jérôme", "jerome"
                    names.update((full, full.split()[0]))
    return frozenset(names)


UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
"""German's umlauts as they are written without them: "Jörg" is "Joerg"."""


@lru_cache(maxsize=8192)  # a name is compared once a turn
def key(name: str) -> str:
    """Answer the form names are compared in: case folded, whitespace folded, an umlaut
    as its two letters."""
    return fold(name).casefold().translate(UMLAUTS)


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
    """Answer the names the minutes tie to a short name anywhere ("Mike Bishop(mb)", "RFC
    8446-bis - Eric Rescorla (Ekr)" where "Ekr" speaks), where one of the two is a
    speaker's."""
    ties = []
    for match in SHORT_NAME.finditer(text):
        at = match.start() - (text[match.start() - 1 : match.start()] == " ")
        before = WORDS_BEFORE.search(text, max(0, at - 60), at)
        if before is None:
            continue
        words = before.group().split()  # "Tirumaleswar  Reddy Konda (Tiru)": spaces folded
        for n in range(len(words)):
            written = " ".join(words[n:]) + text[at : match.end()]
            found = speaker(written)
            if found is None or found.name is None:
                continue
            alias = found.alias or _short_name_spoken(found.name, found.role, speaking)
            if alias is None:
                continue  # "Eric Rescorla (Ekr)" is one only where "Ekr" speaks
            if any(len(w) > 1 and w.isupper() for w in found.name.split()):
                continue  # "Log DHE Groups (DKG)": a title and its presenter, no name
            if key(found.name) in speaking or key(alias) in speaking:
                ties.append((found.name, alias, fold(written)))
                break
    return ties


def _legend_ties(text: str, speaking: set[str]) -> list[tuple[str, str, str]]:
    """Answer the names an abbreviation legend ties to a short name ("*[CB]: Carsten
    Bormann", "- [CA] = Christian Amsuess", "EKR: Eric Rescorla"), where one of the two
    is a speaker's."""
    ties = []
    plain = [
        m
        for m in _lines_matching(PLAIN_LEGEND, PLAIN_LEGEND_SIGN, text)
        if is_legend(m["short"], m["name"])
    ]
    for match in [*_lines_matching(LEGEND, LEGEND_SIGN, text), *plain]:
        found = speaker(match.group("name"))
        short = match.group("short")
        if found is None or found.name is None or joined(found.name):
            continue
        if key(found.name) in speaking or key(short) in speaking:
            ties.append((found.name, short, fold(match.group().strip())))
    return ties


def _lines_matching(
    pattern: re.Pattern[str], sign: re.Pattern[str], text: str
) -> list[re.Match[str]]:
    """Answer the matches of a pattern of one line from its start, as `pattern.finditer`
    finds them, tried only on the lines where `sign` (a part of every match) is."""
    found = []
    tried = -1
    for hit in sign.finditer(text):
        start = text.rfind("\n", 0, hit.start()) + 1
        if start == tried:
            continue
        tried = start
        match = pattern.match(text, start)
        if match is not None:
            found.append(match)
    return found


def _unshared(ties: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Answer the ties but those of a short name the minutes give two full names that cannot
    be one person ("Justin Richer (JR)" and "Julian Reschke (JR)"): which one each "JR:" is,
    the minutes leave to its place; no one is made of both."""
    fulls: dict[str, set[str]] = {}
    for name, alias, _ in ties:
        if _full(name):
            fulls.setdefault(key(alias), set()).add(name)
    shared = {
        alias
        for alias, names in fulls.items()
        if any(not (_could_be(a, b) or _could_be(b, a)) for a, b in combinations(names, 2))
    }
    return [t for t in ties if key(t[1]) not in shared]


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


def _read_as_one(
    spelt: list[list[str]], roles: list[set[str]], named_else: Mapping[str, list[str]]
) -> list[tuple[int, int]]:
    """Answer the people to join into others, (this, into that), in one pass over the
    people of the meeting as they stand. A person's name joins another's when it can
    be only that one person of the meeting, by one of the rules of `SAME_PERSON`
    ("Martin" where "Martin Thomson" and "Martin T" speak can be two), and no role or
    affiliation written beside each tells them apart ("Nick - Akamai", "Nick Doty -
    UC Berkeley"), nor full names that could not be one (_apart_in_full), nor a full name
    the minutes name in an office or a credit (`named_else`, by first name) that the other is not
    ("Eric" where "Eric Orth" speaks and "Area Director: Eric Vyncke" is written). Each is
    joined into the last of a chain, so joins follow one another; the caller passes again until
    nothing joins ("david s" joins "David Schinazi", then "david" can be only him)."""
    into: dict[int, int] = {}

    def last(i: int) -> int:
        while i in into:
            i = into[i]
        return i

    names = [[_unglued(n) for n in spellings] for spellings in spelt]
    near = _Index(names, _keys_as_other, _keys_as_name)
    for i, spellings in enumerate(names):
        for spelling in spellings:
            could = _could_be_one_of(near, i, spelling)
            if could is None:
                continue
            j = could
            rules = {rule for o in names[j] for rule in SAME_PERSON if rule(spelling, o)}
            if not rules:
                continue
            if roles[i] and roles[j] and not roles[i] & roles[j]:
                continue
            if _apart_in_full(names[i], names[j]):
                continue  # "Scott Fluhrer" is not "Stephen Farrell (SF)" for being "SF"
            if _named_else(spelling, names[j], named_else):
                continue
            if rules == {first_name_of_initialled} and _handled(spelling, names, (i, j)):
                continue  # "Eric" / "eric k", where "ekr" speaks too: either
            a, b = last(i), last(j)
            if a != b:
                into[a] = b
            break
    return list(into.items())


def _handled(name: str, names: list[list[str]], these: tuple[int, ...]) -> bool:
    """Answer whether someone else of the meeting is written only by a handle or initials
    that open as a first name does ("ekr", "EK" for "Eric"): who that name is, is open."""
    first = name[:1].casefold()
    return any(
        all(" " not in s and (s.islower() or s.isupper()) for s in spellings)
        and any(s[:1].casefold() == first for s in spellings)
        for k, spellings in enumerate(names)
        if k not in these
    )


def _named_else(name: str, those: list[str], named: Mapping[str, list[str]]) -> bool:
    """Answer whether a first name (or one and an initial) may be a full name the minutes
    name in an office or a credit that is not one of `those`' names, nor a misspelling of
    one, three letters apart at most ("Peter Tomasson", "Peter Thomassen"; "Alex Mayrhofer",
    "Alex Mayerhof"): "Eric", "Area Director: Eric Vyncke"; "Jim", "Jim Hague and …"."""
    theirs = {key(n) for n in those if _full(n)}
    return any(
        (first_name_of(name, f) or first_name_and_initial_of(name, f))
        and all(_edits(f, t) > MISSPELT_IN_FULL for t in theirs)
        for f in named.get(key(name.split()[0]), ())
    )


MISSPELT_IN_FULL = 3
"""The most letters two spellings of one full name may be apart by (see _named_else)."""


def _credits(text: str, spelt: list[list[str]]) -> list[re.Match[str]]:
    """Answer the full names the minutes set apart as credits (see _set_apart), in order,
    that start with a first name someone is written by alone or with an initial."""
    firsts = {key(s.split()[0]) for spellings in spelt for s in spellings if _first_or_initial(s)}
    if not firsts:
        return []
    return [
        m
        for m in _named_by(text, firsts)
        if (m.re is NARRATED_NAME or _set_apart(text, m.start())) and _credit(m[0])
    ]


def _family_credits(text: str, spelt: list[list[str]]) -> list[re.Match[str]]:
    """Answer the full names the minutes set apart as credits (see _set_apart), in order, that
    end with a word someone is written by alone, a family name maybe ("Beurdouche confirmed."
    where "### Architecture - Benjamin Beurdouche" is written); their first word a first name's
    (not "What Mirja said", "**Olivier:** Re Roberto: …")."""
    lasts = {s for spellings in spelt for s in spellings if NAME_WORD.fullmatch(s)}
    if not lasts:
        return []
    ending = re.compile(rf"(?<=[ ])(?:{alternatives(lasts)})\b")
    found = []
    for hit in ending.finditer(text):
        line = text.rfind("\n", 0, hit.start()) + 1
        for start in _starts_before(text, line, hit.start() - 1):
            match = CREDITED_NAME.match(text, start)
            first = match[0].split()[0] if match is not None else ""
            if (
                match is not None
                and match.end() == hit.end()
                and NAME_WORD.fullmatch(first) is not None
                and first.casefold() not in NOT_IN_FULL_NAMES
                and _set_apart(text, start)
                and _credit(match[0])
            ):
                found.append(match)
                break
    return found


NAME_WORD = re.compile(r"[A-Z][a-z][^\W\d_]+")
"""A word that may be a first or a family name: capitalised, three letters or more (so that "Re
Roberto: …" credits no one)."""


def _starts_before(text: str, line: int, space: int) -> list[int]:
    """Answer where the word before a space on its line starts, and the word before that,
    marks before a word aside ("(**Benjamin Beurdouche"): the first words a full name ending
    after the space may have."""
    starts, end = [], space
    for _ in range(2):
        gap = text.rfind(" ", line, end)
        start = gap + 1 if gap >= 0 else line
        while start < end and not text[start].isalpha():
            start += 1
        if start >= end:
            break
        starts.append(start)
        if gap < 0:
            break
        end = gap
    return starts


def _apart_in_full(these: list[str], those: list[str]) -> bool:
    """Answer whether two people's names each hold a full name, and none of one's could be
    one of the other's, nor be its nickname ("Scott Fluhrer"; "Stephen Farrell", "SF"): two
    people, whatever shorter name they share."""
    mine, theirs = [n for n in these if _full(n)], [n for n in those if _full(n)]
    return bool(mine and theirs) and not any(
        _could_be(a, b) or _could_be(b, a) or _nicknamed(a, b) for a in mine for b in theirs
    )


def _nicknamed(name: str, other: str) -> bool:
    """Answer whether two full names share their family name and their first name's first
    letter, as a nickname does ("Mike Bishop", "Michael Bishop")."""
    a, b = _words(name.casefold()), _words(other.casefold())
    return a[-1] == b[-1] and a[0][:1] == b[0][:1]


def _could_be_one_of(near: "_Index", i: int, spelling: str) -> int | None:
    """Answer the one other person (not `i`) a name could be (see _could_be), or None
    when it could be none, several, or more than COMPARED are near it."""
    could: int | None = None
    names, more = near.near(_keys_as_name(spelling), i)
    if more:
        return None
    for j, other in names:
        if j == could or not _could_be(spelling, other):
            continue
        if could is not None:
            return None
        could = j
    return could


class _Index:
    """The names of the people of a meeting (each person's spellings), by what they
    share with the names that could be theirs (see _keys_as_other): only by the keys
    the names of another person ask for (`asks`), as no other key finds anyone (a
    person's own names are left out of what their names find)."""

    def __init__(
        self,
        names: list[list[str]],
        keys: Callable[[str], tuple[Hashable, ...]],
        asks: Callable[[str], tuple[Hashable, ...]],
    ) -> None:
        asked_by = [set().union(*map(asks, spellings)) for spellings in names]
        asked: set[Hashable] = set()
        by_several: set[Hashable] = set()
        for own in asked_by:
            by_several |= asked & own
            asked |= own
        self.by: defaultdict[Hashable, list[tuple[int, str]]] = defaultdict(list)
        for j, spellings in enumerate(names):
            only_own = asked_by[j] - by_several
            for spelling in spellings:
                for k in asked.intersection(keys(spelling)) - only_own:
                    self.by[k].append((j, spelling))

    def near(self, keys: tuple[Hashable, ...], but: int) -> tuple[list[tuple[int, str]], bool]:
        """Answer the people's names under any of the keys, each once, none of person
        `but`, of at most COMPARED people; and whether there were more."""
        found: dict[tuple[int, str], None] = {}
        people: set[int] = set()
        for k in sorted(self.by.keys() & keys, key=keys.index):
            for j, name in self.by[k]:
                if j == but:
                    continue
                if j not in people and len(people) == COMPARED:
                    return list(found), True
                people.add(j)
                found[j, name] = None
        return list(found), False


def _deletions(word: str, most: int = 1, *, first: bool = False) -> list[str]:
    """Answer the word and each word made of it by taking out up to `most` (one or two)
    of its letters, the first only with `first`, in order: two words an edit apart (a
    swap of neighbours too) share one of these, and, starting alike, one that keeps the
    first letter."""
    n, start = len(word), 0 if first else 1
    found = [word, *(word[:i] + word[i + 1 :] for i in range(start, n))]
    if most > 1:
        found += (
            word[:i] + word[i + 1 : j] + word[j + 1 :]
            for i in range(start, n)
            for j in range(i + 1, n)
        )
    return list(dict.fromkeys(found))


def _keys(*groups: Iterable[Hashable]) -> tuple[Hashable, ...]:
    """Answer the keys of several groups, each once, in order."""
    return tuple(dict.fromkeys(k for group in groups for k in group))


@lru_cache(maxsize=4096)
def _keys_as_other(other: str) -> tuple[Hashable, ...]:
    """Answer what a speaker's name shares with each name that could be it (see
    _could_be): its first word (for a first name alone), its first word near (for a
    first name and an initial), its family name, its initials, the name near (for a
    misspelling), its beginnings (for a name cut short), and its first word with each later one
    (for a name with words left out)."""
    keys: list[Iterable[Hashable]] = []
    words = other.split()
    folded = other.casefold()
    if len(words) > 1:
        keys.append([("first", words[0].casefold())])
    if _full(other):
        family = _words(other)[-1].casefold()
        keys.append([("family", family)])
        keys.append(("initial", d, family[:1]) for d in _deletions(words[0].casefold()))
        keys.append([("initials", "".join(w[0] for w in _words(other)).casefold())])
        parts = folded.split()
        keys.append(("misspelt", len(parts), d, parts[1][:1]) for d in _deletions(parts[0]))
        keys.append([("nickname", family, words[0].casefold()[:NICKNAME_LETTERS])])
    if initialled := _initialled(other):  # "David S" for "Dave S"
        keys.append([("nickname", initialled[1].casefold(), folded[:NICKNAME_LETTERS])])
    if len(words) == 1 and len(folded) >= SHORTEST_MISSPELT:
        keys.append(("misspelt", 1, d) for d in _deletions(folded, first=True))
    if len(words) == 1 and " " not in other:
        keys.append(("cut", folded[:n]) for n in range(SHORTEST_CUT, len(folded)))
    if len(words) > 2 and _full(other):
        keys.append(("fewer", words[0].casefold(), w.casefold()) for w in words[1:])
    if _full(other):
        handle = _together(other, initial=True)
        keys.append(("handle", handle[:n]) for n in range(SHORTEST_CUT_HANDLE, len(handle)))
        keys.append([("handle", handle), ("glued", _together(other, initial=False))])
    return _keys(*keys)


@lru_cache(maxsize=4096)
def _keys_as_name(name: str) -> tuple[Hashable, ...]:
    """Answer the keys (see _keys_as_other) under which the names a name could be are."""
    keys: list[Iterable[Hashable]] = []
    words = name.split()
    folded = name.casefold()
    if len(words) == 1:
        keys.append([("first", folded)])
        if len(folded) >= SHORTEST_FAMILY and name[:1].isupper():
            keys.append([("family", folded)])
        if len(folded) >= SHORTEST_MISSPELT:
            keys.append(("misspelt", 1, d) for d in _deletions(folded, first=True))
        if len(folded) >= SHORTEST_CUT and " " not in name:
            keys.append([("cut", folded)])
        if len(folded) >= SHORTEST_FAMILY:
            keys.append([("handle", folded)])
        if CAMEL_CASE.fullmatch(name):
            keys.append([("glued", folded)])
    if len(words) == 2 and INITIAL.fullmatch(words[0]):
        keys.append([("family", words[1].casefold())])
    if len(words) == 2 and INITIAL.fullmatch(words[1]):
        initial = words[1][0].casefold()[:1]
        keys.append(("initial", d, initial) for d in _deletions(words[0].casefold()))
    if name.isalpha():
        keys.append([("initials", folded)])
    parts = folded.split()
    if len(parts) > 1:
        keys.append(("misspelt", len(parts), d, parts[1][:1]) for d in _deletions(parts[0]))
    if _full(name):
        keys.append([("fewer", words[0].casefold(), words[1].casefold())])
        nickname = (_words(name)[-1].casefold(), words[0].casefold()[:NICKNAME_LETTERS])
        keys.append([("nickname", *nickname)])
    if initialled := _initialled(name):
        keys.append([("nickname", initialled[1].casefold(), folded[:NICKNAME_LETTERS])])
    return _keys(*keys)


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
    with another letter ("ipettersen", "ypettersen"), and a family name alone ("Lennox")."""
    if family_name_of(name, other):
        return True
    if name[:1].casefold() != other[:1].casefold() and (
        " " in name or " " in other or min(len(name), len(other)) < SHORTEST_MISSPELT
    ):
        return False
    words = other.split()
    first = len(name.split()) == 1 and len(words) > 1 and words[0].casefold() == name.casefold()
    return first or any(rule(name, other) for rule in SAME_PERSON)


@lru_cache(maxsize=4096)  # each name is read again in every pass and rule
def _unglued(name: str) -> str:
    """Answer a name with an initial glued to its end set apart: "MartinT" -> "Martin T"."""
    return name if " " in name else GLUED_INITIAL.sub(r"\1 \2", name)


def _words(name: str) -> list[str]:
    """Answer the words of a name, particles ("van", "de") left out."""
    words = name.split()
    return [w for w in words if len(words) == 1 or w.casefold() not in PARTICLES]


@lru_cache(maxsize=4096)  # each name is read again in every pass and rule
def _full(name: str) -> bool:
    """Answer whether a name is a full one: a first name and a family name of two
    letters or more ("Lars Eggert", "brian trammell"), no initial alone."""
    words = _words(name)
    return len(words) >= 2 and all(sum(c.isalpha() for c in w) >= 2 for w in (words[0], words[-1]))


def _bare(name: str) -> str:
    """Answer the form in which names written apart or together, or with a point
    after an initial, are one: "MartinD", "Martin D", "martin d." -> "martin d"; and
    initials alone, with points or without: "M.W.", "M. W.", "MW" -> "mw"."""
    words = _unglued(name).replace(".", " ").casefold().split()
    return "".join(words) if len(words) > 1 and all(len(w) == 1 for w in words) else " ".join(words)


def first_name_of(name: str, full: str) -> bool:
    """Answer whether a name is the first name of a full one: "Lars", "Lars Eggert";
    "david", "David Schinazi"."""
    words = name.split()
    return len(words) == 1 and _full(full) and full.split()[0].casefold() == name.casefold()


def first_name_of_initialled(name: str, other: str) -> bool:
    """Answer whether a name is the first name of one written with an initial: "Sean", "Sean
    T"; "Lars", "Lars E."."""
    initialled = _initialled(other)
    return bool(initialled) and " " not in name and initialled[0].casefold() == name.casefold()


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
    "mt", "martin thomson"; "dkg", "Daniel Kahn Gillmor"; two or three letters, capitals or
    small."""
    if not (name.isalpha() and (name.isupper() or name.islower()) and len(name) <= 3):
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
    Thompson", "Martin Thomson"), the family name maybe cut short or run on, four
    letters alike or more ("Jana Iyeng", "Jana Iyengar"), or names of one word of seven
    letters or more a letter apart or two letters swapped ("chirstian", "christian";
    "ipettersen", "ypettersen")."""
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
    cut = pairs[-1:] == [(a[-1], b[-1])] and (a[-1].startswith(b[-1]) or b[-1].startswith(a[-1]))
    return len(pairs) <= 2 and all(
        min(len(x), len(y)) >= 4 and (_misspelt_word(x, y) or (cut and (x, y) == pairs[-1]))
        for x, y in pairs
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


def family_name_of(name: str, full: str) -> bool:
    """Answer whether a name is the family name of a full one, capitalised: "Lennox",
    "Jonathan Lennox"; "Kaduk", "Benjamin Kaduk"."""
    return (
        " " not in name
        and len(name) >= SHORTEST_FAMILY
        and name[:1].isupper()
        and _full(full)
        and _words(full)[-1].casefold() == name.casefold()
    )


def initial_and_family_of(name: str, full: str) -> bool:
    """Answer whether a name is the initial of a full one's first name and its family name:
    "M Thomson", "Martin Thomson"; "m. thomson", "Martin Thomson"."""
    words = name.split()
    return (
        len(words) == 2
        and INITIAL.fullmatch(words[0]) is not None
        and _full(full)
        and full.casefold().startswith(words[0][0].casefold())
        and _words(full)[-1].casefold() == words[1].casefold()
    )


def short_first_of(name: str, full: str) -> bool:
    """Answer whether a full name is another with its first name shortened (or spelt
    out), the family name the same: "Ben Schwartz", "Benjamin Schwartz"; "Dave Dolson",
    "David Dolson"; or its initial the same: "Dave S", "David S". The first names share
    their first letters (NICKNAME_LETTERS)."""
    a, b = _initialled(name), _initialled(full)
    if not (a and b):
        if not (_full(name) and _full(full)):
            return False
        a, b = _words(name), _words(full)
    first, other = a[0].casefold(), b[0].casefold()
    return (
        len(a) == len(b) == 2
        and a[-1].casefold() == b[-1].casefold()
        and first != other
        and first[:NICKNAME_LETTERS] == other[:NICKNAME_LETTERS]
        and min(len(first), len(other)) >= NICKNAME_LETTERS
    )


def _initialled(name: str) -> list[str]:
    """Answer a name of a first name and an initial as those two words, the initial without
    its point ("Dave S." -> ["Dave", "S"]); else nothing."""
    words = name.split()
    if len(words) == 2 and INITIAL.fullmatch(words[1]):
        return [words[0], words[1].rstrip(".")]
    return []


def handle_of(name: str, full: str) -> bool:
    """Answer whether a name of one word is a handle of a full one, its first name's initial
    and its family name: "PSnyder", "Pete Snyder"; "jsmith", "Jane Smith"; or, written as a
    handle is (spelling.written_as_handle), the initial and the family name's first letters,
    SHORTEST_CUT_HANDLE letters or more in all: "mnot", "MNot", "Mark Nottingham"."""
    if " " in name or len(name) < SHORTEST_FAMILY or not _full(full):
        return False
    handle, whole = name.casefold(), _together(full, initial=True)
    cut = len(handle) >= SHORTEST_CUT_HANDLE and whole.startswith(handle)
    return (handle == whole and len(name) > SHORTEST_FAMILY) or (cut and written_as_handle(name))


def glued_of(name: str, full: str) -> bool:
    """Answer whether a name of one word is a full one written together, each part
    capitalised: "BenSchwartz", "Ben Schwartz"."""
    return (
        CAMEL_CASE.fullmatch(name) is not None
        and _full(full)
        and name.casefold() == _together(full, initial=False)
    )


def _together(full: str, *, initial: bool) -> str:
    """Answer a full name's first name (or its initial) and family name written together, in
    lower case: "Pete Snyder" -> "psnyder" (a handle), "Ben Schwartz" -> "benschwartz"."""
    words = _words(full)
    return ((words[0][:1] if initial else words[0]) + words[-1]).casefold()


def fewer_words_of(name: str, full: str) -> bool:
    """Answer whether a full name is a longer one with words left out, its first kept: "Timid
    Robot", "Timid Robot Zehta"; "Mohit Tahiliani", "Mohit Prakash Tahiliani"."""
    words, longer = name.casefold().split(), iter(full.casefold().split())
    return (
        _full(name)
        and len(full.split()) > len(words)
        and next(longer) == words[0]
        and all(word in longer for word in words[1:])  # in order: the iterator goes on
    )


SAME_PERSON: tuple[Callable[[str, str], bool], ...] = (
    first_name_of,
    first_name_of_initialled,
    family_name_of,
    handle_of,
    glued_of,
    first_name_and_initial_of,
    initials_of,
    misspelt,
    cut_short,
    short_first_of,
    fewer_words_of,
    initial_and_family_of,
)
"""The rules by which one name can be another speaker's: a name joins the one other
person of the meeting it can be by any of these (and none when it can be two)."""


def _misspelt_word(x: str, y: str) -> bool:
    """Answer whether two words are one misspelt: same first letter, one edit apart."""
    return x[0] == y[0] and _edits(x, y) == 1


# -- Names left apart that might be one person -------------------------------------


def _with_maybe(found: list[Person], ties: list[tuple[str, str, str]]) -> list[Person]:
    """Answer the people with, on each, the others who might be the same person (at
    most MAYBE each), by the ways each is written but the short names the minutes tie to
    their name ("Stephen Farrell (SF)": "SF" is his, not maybe Scott Fluhrer's)."""
    maybe: dict[int, list[int]] = {i: [] for i in range(len(found))}
    aliases: defaultdict[str, set[str]] = defaultdict(set)
    for name, alias, _ in ties:
        aliases[key(name)].add(key(alias))
    untied = [[w for w in p.written if key(w) not in aliases[key(p.name)]] for p in found]
    written = [p.written for p in found]
    alike = _with_spelt_alike(written)
    near = _Index(
        written,
        lambda name: _long_keys(name, name in alike),
        lambda name: _short_keys(name, name in alike),
    )
    for i, person in enumerate(found):
        others = sorted(
            {j for x in person.written for j, _ in near.near(_short_keys(x, x in alike), i)[0]}
        )
        for j in others:
            if j in maybe[i] or len(maybe[i]) >= MAYBE or len(maybe[j]) >= MAYBE:
                continue
            if _might_be_one(untied[i], untied[j]):
                maybe[i].append(j)
                maybe[j].append(i)
    return [msgspec.structs.replace(p, maybe=sorted(maybe[i])) for i, p in enumerate(found)]


def _with_spelt_alike(names: list[list[str]]) -> set[str]:
    """Answer the names (of each person's spellings) that another person's name could
    be spelt alike to (see _spelt_alike): one starting with the same letter, at most two
    letters longer or shorter. No other name shares a key of `_spelling_keys` with
    another person's."""
    long = [(i, name, name.casefold()) for i, spellings in enumerate(names) for name in spellings]
    long = [(i, name, folded) for i, name, folded in long if len(folded) >= 5]
    by_start: defaultdict[tuple[str, int], set[int]] = defaultdict(set)
    for i, _, folded in long:
        by_start[folded[0], len(folded)].add(i)
    alike: set[str] = set()
    for i, name, folded in long:
        for d in range(-2, 3):
            people = by_start.get((folded[0], len(folded) + d))
            if people and (len(people) > 1 or i not in people):
                alike.add(name)
                break
    return alike


@lru_cache(maxsize=4096)
def _long_keys(name: str, spelt: bool) -> tuple[Hashable, ...]:
    """Answer what a name shares with each name that might be it (see _might_be_one):
    its initials and first word (of a name of several words), the name near (for a
    near spelling, where `spelt`), its beginnings (for a name of one word, cut short)."""
    keys: list[Iterable[Hashable]] = []
    words = name.split()
    folded = name.casefold()
    if len(words) > 1:
        keys.append([("initials", "".join(w[0] for w in words).casefold())])
        keys.append([("first", words[0].casefold())])
    if spelt:
        keys.append(_spelling_keys(folded))
    if " " not in folded:
        keys.append(("cut", folded[:n]) for n in range(4, len(folded)))
    return _keys(*keys)


@lru_cache(maxsize=4096)
def _short_keys(name: str, spelt: bool) -> tuple[Hashable, ...]:
    """Answer the keys (see _long_keys) under which the names a name might be are."""
    folded = name.casefold()
    keys: list[Hashable] = [("initials", folded), ("cut", folded)]
    if len(name.split()) == 1:
        keys.append(("first", folded))
    return _keys(keys, _spelling_keys(folded) if spelt else [])


@lru_cache(maxsize=4096)  # a name's keys as long and as short
def _spelling_keys(folded: str) -> tuple[Hashable, ...]:
    """Answer what a name (case folded) shares with each spelt alike (see _spelt_alike):
    one letter but the first out, for names of five letters or more; two, for nine or
    more."""
    if len(folded) < 5:
        return ()
    return tuple(("spelt", d) for d in _deletions(folded, 2 if len(folded) >= 9 else 1))


def _might_be_one(a: list[str], b: list[str]) -> bool:
    """Answer whether two people, each by the ways they are written, might be one:
    initials ("MT", "Martin Thomson"), a first name ("Martin", "Martin Thomson") or a near
    spelling ("Laskhminath")."""
    for x in a:
        for y in b:
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

"""Who is who and what is what across a group's meetings, pure: names are one where a rule below
makes it certain, or the group's record (store/record.py) says so; never those a meeting or the
record keeps apart; what may be one is proposed instead."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cached_property, lru_cache
from itertools import combinations

import msgspec

from msecwg.model import UNNAMED_GROUP, GroupRecord, Kind
from msecwg.rows import JoinRow, ProposalRow
from msecwg.spelling import SHORTEST_CUT_HANDLE, distance, written_as_handle
from msecwg.store import reading
from msecwg.store.load import Held
from msecwg.store.record import NAME

One = tuple[str, int]
"""Who or what a record is across meetings: its group's key, and which record of its name it is in
its meeting (two documents one meeting names alike are two, 0 and 1; a person's are one, 0)."""

_REVISION = re.compile(r"-\d{2}$")
GROUPS_OWN = frozenset({"charter"})
"""Names of a document each group has its own of: two groups' charters are two documents."""
_DRAFTS = ("draft-ietf-", "draft-")
"""How a document's names are preferred: a WG draft's, a draft's, then any."""
key = lru_cache(maxsize=2**16)(reading.key)
"""A name as it is looked up (reading.key), kept: the same names come again and again."""


def document_key(name: str) -> str:
    """Answer how a document is known across meetings: its name's key, without a revision number."""
    return _REVISION.sub("", key(name))


class Ones(msgspec.Struct, frozen=True):
    """Who or what each meeting's records are across meetings, and what may be one but is apart."""

    of: dict[str, dict[str, One]]
    shown: dict[str, str]
    how: dict[str, list[JoinRow]]
    proposed: list[ProposalRow]
    named: dict[str, One] = {}
    spelt: dict[str, list[One]] = {}
    written: dict[str, str] = {}

    def name(self, one: One) -> str:
        """Answer the name one is shown by."""
        return self.shown[one[0]]

    def joined(self, one: One) -> list[JoinRow]:
        """Answer how one's names were joined."""
        return self.how.get(one[0], [])

    def named_by(self, name: str) -> list[One]:
        """Answer who (or what) a name any meeting writes is: its own, else each written so."""
        k = key(name)
        return [self.named[k]] if k in self.named else self.spelt.get(k, [])

    def at(self, m: Held) -> dict[str, One]:
        """Answer who each record of a meeting is, by its id."""
        return self.of.get(str(m.path), {})

    def ids(self, m: Held, one: One) -> list[str]:
        """Answer the ids of a meeting's records that are `one`."""
        return [id_ for id_, here in self.at(m).items() if here == one]


class _Union:
    """Names joined into groups, never two a meeting or the record keeps apart."""

    def __init__(self, meetings: dict[str, set[int]], apart: set[frozenset[str]]) -> None:
        self.parent = {k: k for k in meetings}
        self.meetings = {k: set(v) for k, v in meetings.items()}
        self.members = {k: {k} for k in meetings}
        self.apart = apart
        self.shown: dict[str, tuple[int, str]] = {}  # a group's name, by its size then
        self.how: dict[str, list[tuple[str, str]]] = {}  # how each name was joined: rule, where

    def find(self, k: str) -> str:
        """Answer the group a name is in, by its first name."""
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def may(self, a: str, b: str, *, declared: bool = False) -> bool:
        """Answer whether two names' groups may be joined (named at one meeting: if `declared`)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (not declared and self.meetings[ra] & self.meetings[rb]):
            return False
        return not any(
            frozenset((x, y)) in self.apart for x in self.members[ra] for y in self.members[rb]
        )

    def join(self, a: str, b: str, rule: str, where: str, *, declared: bool = False) -> bool:
        """Join two names' groups where they may, noting how `b` was; answer whether one now."""
        if self.may(a, b, declared=declared):
            ra, rb = self.find(a), self.find(b)
            self.parent[rb] = ra
            self.meetings[ra] |= self.meetings.pop(rb)
            self.members[ra] |= self.members.pop(rb)
        elif self.find(a) != self.find(b):
            return False
        self.how.setdefault(b, []).append((rule, where))
        return True


class _Names(msgspec.Struct):
    """The names of one kind across meetings, looked-up: the meetings naming each, as written."""

    kind: Kind
    meetings: dict[str, set[int]] = {}
    written: dict[str, list[tuple[str, str]]] = {}
    spelt: dict[str, set[str]] = {}

    def looked_up(self, name: str, group: str = "") -> str:
        """Answer how a name of this kind is known across meetings: a group's own document
        ("charter") with its group (the meeting's that names it)."""
        if self.kind == "people":
            return key(name)
        k = document_key(name)
        return f"{k} of {key(group)}" if group and k in GROUPS_OWN else k

    def add(self, i: int, name: str, label: str, group: str = "") -> str:
        """Count a name the i-th meeting (of this label and group) writes; answer it looked-up."""
        k = self.looked_up(name, group)
        self.meetings.setdefault(k, set()).add(i)
        self.written.setdefault(k, []).append((name, label))
        if self.kind == "documents" and k != document_key(name):
            self.spelt.setdefault(key(name), set()).add(k)  # "charter": any group's
        return k

    def latest(self, k: str) -> str:
        """Answer a name as the latest meeting naming it writes it."""
        return self.written[k][-1][0]

    def proposal(self, k: str, maybe: list[str], why: str) -> ProposalRow:
        """Answer that a name may be one with those of `maybe`, and why."""
        return ProposalRow(name=self.latest(k), maybe=maybe, why=why)

    def resolve(self, name: str) -> set[str]:
        """Answer the names a name as written stands for: itself, or those it spells."""
        k = self.looked_up(name)
        return ({k} if k in self.meetings else set()) | self.spelt.get(key(name), set())

    def recorded(self, record: GroupRecord | None) -> _Union:
        """Answer the names joined as the group's record says, and kept apart as it says."""
        entries = record.of(self.kind) if record else []
        apart = {
            frozenset((a, b))
            for e in entries
            for other in e.apart
            for a in self.resolve(e.name)
            for b in self.resolve(other)
        }
        union = _Union(self.meetings, apart)
        for e in entries:
            found = [k for n in (e.name, *e.also) for k in sorted(self.resolve(n))]
            for k in found[1:]:
                if union.find(found[0]) != union.find(k):
                    union.join(found[0], k, "the group's record", NAME, declared=True)
        return union


def people(held: Sequence[Held], record: GroupRecord | None) -> Ones:
    """Answer who everyone the meetings name is across them."""
    names = _Names("people")
    spelt_by = [m.spellings for m in held]
    for i, m in enumerate(held):
        for p in m.headed.people:
            k = names.add(i, p.name, m.label)
            for s in spelt_by[i][p.id]:
                if key(s) != k:
                    names.spelt.setdefault(key(s), set()).add(k)
    union = names.recorded(record)
    group = [key(m.meeting.working_group) for m in held]
    for i, m in enumerate(held):
        for k, alias, words in m.declared:
            # a short name is its group's: "MT" of CoRE's legend is not the HTTP WG's "MT"
            at = names.meetings.get(alias, set())
            if at and alias != k and all(group[j] == group[i] for j in at):
                union.join(k, alias, "declared alias", f"{m.label}: {words}", declared=True)
    proposed = _first_names(names, union)
    proposed += _spelt_alike(names, union)
    proposed += _read_as_one(held, spelt_by, union, names)
    return _ones(held, record, names, union, proposed, _shown_person, spelt_by)


def _full(name: str) -> tuple[str, str] | None:
    """Answer the first and last name of a full name, looked-up; None for one word or an initial."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isalpha() for w in words) or len(words[-1].rstrip(".")) < 2:
        return None
    return key(words[0]), key(words[-1])


CUT_HANDLE = "initial and start of family name"
"""The rule that joins such a handle, after the others: where a meeting writes both "Mark" and
"mnot", "Mark" is Mark Nottingham and "mnot" is left to a person."""


def _first_names(names: _Names, union: _Union) -> list[ProposalRow]:
    """Join each first name (and initial), or handle of an initial and a family name (or its
    first letters, written as no name is: "mnot", "MNot"), only one full name of the meetings
    has ("Jana", "Martin T", "rfielding"), unless a meeting names both; answer those several
    have, as proposals."""
    fulls: dict[str, set[str]] = {}  # the groups with a full name, by its first name
    handles: dict[str, set[str]] = {}  # and by its initial and family name
    cut: dict[str, set[str]] = {}  # and by its initial and its family name's first letters
    for k in names.meetings:
        if (full := _full(k)) is not None:
            fulls.setdefault(full[0], set()).add(union.find(k))
            handle = full[0][:1] + full[1]
            handles.setdefault(handle, set()).add(union.find(k))
            for n in range(SHORTEST_CUT_HANDLE, len(handle)):
                cut.setdefault(handle[:n], set()).add(union.find(k))
    has_full = set().union(*fulls.values())
    planned, proposed = [], []
    for k in names.meetings:
        words = k.split()
        if k in handles and k not in fulls:  # a handle no full name starts with
            rule, of, initial = "initial and family name", handles[k], ""
        elif k in cut and k not in fulls and any(written_as_handle(w) for w, _ in names.written[k]):
            rule, of, initial = CUT_HANDLE, cut[k], ""
        elif len(words) == 1 and words[0].isalpha():
            rule, of, initial = "first name", fulls.get(k, set()), ""
        elif len(words) == 2 and len(words[1].rstrip(".")) == 1 and words[1][0].isalpha():
            rule, of, initial = "first name and initial", fulls.get(words[0], set()), words[1][0]
        else:
            continue
        own = union.find(k)
        found = {
            r
            for r in of - {own}
            if any((f := _full(n)) and f[1].startswith(initial) for n in union.members[r])
        }
        if own in has_full or not found:
            continue
        if len(found) > 1:
            proposed.append((k, sorted(found), f"{rule} of {len(found)} full names"))
        elif union.may(k, next(iter(found))):
            planned.append((k, next(iter(found)), rule))
        else:
            proposed.append((k, sorted(found), "both named at one meeting"))
    cut_last = sorted(planned, key=lambda plan: plan[2] == CUT_HANDLE)  # surer joins first
    for k, into, rule in cut_last:
        whom = _shown_person(union, names, into)
        union.join(into, k, rule, f"no other full name of the meetings: {whom}")
    return [
        names.proposal(k, [_shown_person(union, names, r) for r in rs], why)
        for k, rs, why in proposed
    ]


def _spelt_alike(names: _Names, union: _Union) -> list[ProposalRow]:
    """Answer, as proposals, the full names of one first name whose family names are spelt alike
    ("Brian Trammel", "Brian Trammell"), the one fewer meetings name first."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for k in names.meetings:
        if (full := _full(k)) is not None:
            by_first.setdefault(full[0], []).append((k, full[1]))
    proposed = []
    for fulls in by_first.values():
        for (a, family), (b, other) in combinations(fulls, 2):
            if _alike(family, other) and union.may(a, b):
                few, many = sorted((a, b), key=lambda k: (len(names.meetings[k]), k))
                whom = _shown_person(union, names, union.find(many))
                proposed.append(names.proposal(few, [whom], "family name spelt alike"))
    return proposed


_WRITTEN_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _alike(a: str, b: str) -> bool:
    """Answer whether two family names may be one: alike with umlauts and ß written out, or of four
    letters or more, starting alike, a letter apart or with two swapped ("Ihlar", "Ilhar")."""
    a, b = a.translate(_WRITTEN_OUT), b.translate(_WRITTEN_OUT)
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    apart = distance(a, b)
    return apart == 1 or (apart == 2 and sorted(a) == sorted(b))


def _read_as_one(
    held: Sequence[Held], spelt_by: Sequence[dict[str, set[str]]], union: _Union, names: _Names
) -> list[ProposalRow]:
    """Answer, as proposals, each name a meeting reads as one person's, another's elsewhere."""
    found: dict[tuple[str, str], list[str]] = {}
    written: dict[str, str] = {}
    for m, written_by in zip(held, spelt_by, strict=True):
        every = {key(p.name) for p in m.headed.people}
        for p in m.headed.people:
            own = union.find(key(p.name))
            for s in sorted(written_by[p.id]):
                k = key(s)
                if k in union.parent and k not in every and union.find(k) != own:
                    written.setdefault(k, s)
                    found.setdefault((k, own), []).append(m.label)
    proposed = []
    for (k, into), labels in found.items():
        name, whom = written[k], _shown_person(union, names, into)
        at = ", ".join(dict.fromkeys(labels))
        proposed.append(ProposalRow(name=name, maybe=[whom], why=f"{at} read {name} as {whom}"))
    return proposed


def documents(held: Sequence[Held], record: GroupRecord | None) -> Ones:
    """Answer what every document the meetings name is across them."""
    names = _Names("documents")
    for i, m in enumerate(held):
        for d in m.headed.documents:
            names.add(i, d.name, m.label, m.headed.meeting.working_group)
    union = names.recorded(record)
    groups = [key(m.headed.meeting.working_group) for m in held]
    named = set(groups) - {UNNAMED_GROUP}
    if len(named) == 1:  # a meeting whose minutes name no group is the one group's of the rest
        groups = [next(iter(named))] * len(groups)
    proposed = _adopted(names, union)
    proposed += _nicknames(held, groups, names, union)
    proposed += _short_names(groups, names, union)
    return _ones(held, record, names, union, proposed, _shown_document)


def _adopted(names: _Names, union: _Union) -> list[ProposalRow]:
    """Join each individual draft to the one WG draft of its topic; propose the others."""
    topics: dict[str, tuple[list[str], list[str]]] = {}
    for k in names.meetings:
        parts = k.split("-")
        if len(parts) >= 4 and parts[0] == "draft":
            source, topic = parts[1], "-".join(parts[2:])
            topics.setdefault(topic, ([], []))[source == "ietf"].append(k)
    proposed = []
    for topic, (individual, adopted) in topics.items():
        where = f"the one working group draft of {topic}"
        one = len(individual) == 1 and len(adopted) == 1
        if adopted and not (one and union.join(adopted[0], individual[0], "adopted", where)):
            maybe = [names.latest(a) for a in adopted]
            proposed += [names.proposal(k, maybe, f"drafts of {topic}") for k in individual]
    return proposed


def _nicknames(
    held: Sequence[Held], groups: list[str], names: _Names, union: _Union
) -> list[ProposalRow]:
    """Join each document named as a meeting calls one document ("QUIC-LB"), where only
    meetings of that meeting's group (`groups`, by meeting) name it; propose the others."""
    ties: dict[str, dict[str, str]] = {}
    elsewhere: set[str] = set()  # names another group's meetings write too
    for m, group in zip(held, groups, strict=True):
        for d in m.headed.documents:
            for called in d.called:
                k = document_key(called)
                if k in names.meetings:
                    where = f"{m.label}: {d.name} called {called!r}"
                    ties.setdefault(k, {}).setdefault(
                        union.find(names.looked_up(d.name, m.headed.meeting.working_group)), where
                    )
                    if any(groups[i] != group for i in names.meetings[k]):
                        elsewhere.add(k)
    proposed = []
    for k, into in ties.items():
        others = {r: w for r, w in into.items() if r != union.find(k)}
        if len(others) == 1 and k not in elsewhere:
            ((one, where),) = others.items()
            if union.join(one, k, "nickname", where):
                continue
        if others:
            maybe = [_shown_document(union, names, r) for r in others]
            proposed.append(names.proposal(k, maybe, "; ".join(others.values())))
    return proposed


_COMPACT = re.compile(r"[\s-]+")
"""What a document's name may write apart or together: "Rate Limit", "RateLimit", "ratelimit"."""
_SHORTEST_START = 6
"""The fewest letters of a name that may be the start of a draft's ("Idempotency")."""


def _short_names(groups: list[str], names: _Names, union: _Union) -> list[ProposalRow]:
    """Join each document named as the end of one of its group's drafts, alone or after the group
    ("Architecture" or "MLS Architecture" at the MLS WG's meetings, draft-ietf-mls-architecture;
    spaces and hyphens aside: "Rate Limit Headers", draft-ietf-httpapi-ratelimit-headers), whose
    drafts may name the group longer ("Cache digest" at the HTTP WG's meetings,
    draft-ietf-httpbis-cache-digest), where every meeting naming it is of that group (`groups`,
    by meeting); propose the one named beside that draft at a meeting, and the one draft whose
    end starts with the name ("Idempotency", draft-ietf-httpapi-idempotency-key-header)."""
    ends: dict[tuple[str, str], list[str]] = {}
    for group in set(groups):
        for k in names.meetings:
            parts = k.split("-", 3)
            if len(parts) < 4 or parts[:2] != ["draft", "ietf"] or not parts[2].startswith(group):
                continue
            for short in dict.fromkeys((parts[3], f"{group}-{parts[3]}", "-".join(parts[2:]))):
                ends.setdefault((group, _COMPACT.sub("", short)), []).append(k)
    proposed = []
    for k, where_named in names.meetings.items():
        of = {groups[i] for i in where_named}
        group, short = (of.pop() if len(of) == 1 else ""), _COMPACT.sub("", k)
        drafts = ends.get((group, short), []) if group else []
        rule = "short for"
        if not drafts and group and len(short) >= _SHORTEST_START and not k.startswith("draft-"):
            drafts = list({d for (g, e), ds in ends.items() if g == group and e.startswith(short)
                           for d in ds})  # fmt: skip
            rule = "the start of"
        if len(drafts) == 1 and union.find(k) != union.find(drafts[0]):
            name, label = names.written[k][-1]
            where = f"{label}: {name!r}, {rule} {names.latest(drafts[0])}"
            if rule == "the start of" or not union.join(drafts[0], k, "short name", where):
                proposed.append(names.proposal(k, [names.latest(drafts[0])], where))
    return proposed


def _shown_person(union: _Union, names: _Names, k: str) -> str:
    """Answer the name a person is shown by: the fullest, capitalised, most used, latest written."""
    group = union.find(k)
    members = union.members[group]
    known = union.shown.get(group)
    if known is not None and known[0] == len(members):
        return known[1]
    ranked: dict[str, tuple[bool, int, bool, int, int]] = {}  # each way written, as last written
    for m in members:
        used = len(names.meetings[m])
        for i, (n, _) in enumerate(names.written[m]):
            ranked[n] = (_full(n) is not None, len(n.split()), not n.islower(), used, i)
    shown = max(ranked, key=ranked.__getitem__)
    union.shown[group] = (len(members), shown)
    return shown


def _shown_document(union: _Union, names: _Names, k: str) -> str:
    """Answer the name a document is shown by: its latest WG draft's, draft's, or name."""
    latest = [(max(names.meetings[m]), names.latest(m)) for m in union.members[union.find(k)]]
    return max(latest, key=lambda w: (*map(key(w[1]).startswith, _DRAFTS), w))[1]


def _ones(
    held: Sequence[Held],
    record: GroupRecord | None,
    names: _Names,
    union: _Union,
    proposed: list[ProposalRow],
    shown_by: Callable[[_Union, _Names, str], str],
    spelt_by: Sequence[dict[str, set[str]]] = (),
) -> Ones:
    """Answer the groups as Ones: records by id, the name shown (the record's first), how joined."""
    kind = names.kind
    shown = {g: shown_by(union, names, g) for g in dict.fromkeys(map(union.find, names.meetings))}
    for e in record.of(kind) if record else []:
        for k in names.resolve(e.name):
            shown[union.find(k)] = e.name
    of: dict[str, dict[str, One]] = {}
    named: dict[str, One] = {}
    spelt: dict[str, list[One]] = {}
    written: dict[str, str] = {}
    for i, m in enumerate(held):
        t = m.headed
        if kind == "people":
            entries = [(p.id, p.name, spelt_by[i][p.id]) for p in t.people]
        else:
            entries = [(d.id, d.name, {d.id, *d.called}) for d in t.documents]
        seen: dict[str, int] = {}
        here = of[str(m.path)] = {}
        for id_, name, others in entries:
            base = names.looked_up(name, t.meeting.working_group)  # two of one name stay two
            seen[base] = seen.get(base, -1) + 1 if kind == "documents" else 0
            one = here[id_] = (union.find(base), seen[base])
            for n in (name, document_key(name)) if kind == "documents" else (name,):
                named.setdefault(key(n), one)
                written.setdefault(key(n), name)
            for n in sorted(others):
                if one not in spelt.setdefault(key(n), []):
                    spelt[key(n)].append(one)
                written.setdefault(key(n), n)
    joins: dict[str, list[JoinRow]] = {}
    for k in names.meetings:
        group = union.find(k)
        rows = [JoinRow(name=names.latest(k), rule=r, where=w) for r, w in union.how.get(k, [])]
        variants: dict[str, str] = {}
        for n, label in names.written[k]:
            variants.setdefault(n, label)
        for n, label in variants.items() if len(variants) > 1 else ():
            if n != shown[group] and all(j.name != n for j in rows):
                revised = any(key(v) != key(n) for v in variants)
                rule = "another revision" if revised else "same name in another case"
                rows.append(JoinRow(name=n, rule=rule, where=label))
        joins.setdefault(group, []).extend(rows)
    return Ones(
        of=of,
        shown=shown,
        how={g: rows for g, rows in joins.items() if rows},
        proposed=proposed,
        named=named,
        spelt=spelt,
        written=written,
    )


class Group(msgspec.Struct, frozen=True, dict=True):
    """A group's meetings, all of them, and its record: who is who across them, found when asked."""

    held: list[Held]
    record: GroupRecord | None = None

    @cached_property
    def people(self) -> Ones:
        """Answer who everyone the meetings name is across them."""
        return self._kept("people", people)

    @cached_property
    def documents(self) -> Ones:
        """Answer what every document the meetings name is across them."""
        return self._kept("documents", documents)

    def _kept(self, kind: Kind, answer: Callable[[list[Held], GroupRecord | None], Ones]) -> Ones:
        """Answer `answer` of the meetings and record, from the cache where it kept it for them."""
        from msecwg.store import cache

        made_of = [
            (str(m.path), m.label, m.kept_at, m.kept.minutes_digest)
            for m in self.held
            if m.kept is not None
        ]
        if len(made_of) < len(self.held):  # a meeting the cache did not keep
            return answer(self.held, self.record)
        where = cache.place(msgspec.msgpack.encode([kind, self.record, made_of]))
        found = None if where is None else cache.recall_as(where, _ONES)
        if found is None:
            found = answer(self.held, self.record)
            if where is not None:
                cache.keep(where, found)
        return found


_ONES = msgspec.msgpack.Decoder(Ones)

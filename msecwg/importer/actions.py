"""Action items: what the minutes say someone is to do after the meeting, who and by
when. Labelled items ("ACTION:", "AI(Katriel + Ben):"), the items of an action list,
a request someone takes on ("can you file an issue ...?" / "jana: yep"), a speaker's
own undertaking ("praveen: will open issue to discuss"), a named person's or role's
("Ekr will make a PR", "chairs will make adoption call"), and a call taken to the
list. What a protocol or a draft will do is no task: a task has a person or the
speaker as subject and a verb of work."""

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

import msgspec

from msecwg.importer.dating import dates
from msecwg.importer.decisions import DECISION_LABEL
from msecwg.importer.items import (
    Passage,
    asks,
    assents,
    hedged,
    sentence_spans,
    span_text,
    unwrapped,
    words_of,
)
from msecwg.importer.records import Action, ActionDate
from msecwg.importer.speakers import full_name, speaker
from msecwg.importer.text import CaseAside, alternatives, caseless, fold, holds_any
from msecwg.importer.vocabulary import (
    COMMON_WORDS,
    ISSUE_DISPOSED,
    MISSPELT_ACTION,
    NOT_ASKED,
    OWNER_ROLES,
    TASK_VERBS,
)
from msecwg.model import OWNERS_APART

MARKUP = r"(?:\*{1,3}|_{1,2})?"
# "ACTION:", "Action Item -", "Action Item -> ...", "For Action:", "**Action**:", "**ACTION:**",
# "AI:", "TODO:",
# "AI(Katriel + Ben): ...", "***ACTION ITEM - Carsten will provide a pull request***",
# "ACTION NEEDED: Wes proposes two options ...", "AI on Brian T to find what can be done",
# "Chairs Action: New Version, then working toward WGLC" (its owners before it), "Action-item:
# solicit ML Adoption" (DPRIVE minutes)
ACTION_LABEL = re.compile(
    rf"^{MARKUP}(?:(?P<by>[Cc]hairs?|[Ee]ditors?|[Aa]uthors?|ADs?)['\u2019]?s?\s+(?=[Aa][Cc]))?"
    r"(?P<label>(?>(?:For\s+)?(?:ACTIONS?(?:[\s-]+ITEMS?)?|Actions?(?:[\s-]+[Ii]tems?)?|AI|TODO"
    rf"|{alternatives(MISSPELT_ACTION)}(?=\s*:))[Ss]?"
    r"(?:\s+(?:NEEDED|REQUIRED|[Nn]eeded|[Rr]equired))?))"
    rf"(?:\s?\((?P<named>[^()]{{1,60}})\)|\s+(?:for|to)\s+(?P<whom>[^:\n]{{1,40}}?)(?=\s*:))?{MARKUP}"
    rf"(?:\s*(?:[:\u2013\u2192]|-+>?|=>)\s*{MARKUP}\s*|\s+on\s+(?=[A-Z])|(?<!AI)\s+(?=[A-Z])"
    r"|(?<=\))\s+(?=[a-z]))"
)  # "AI" before a name only with "on": "AI Training Definition" is artificial intelligence; its
# owner in brackets, then any words: "AI(rlb) is interested in writing up 0RTT" (MLS minutes)
BEFORE_A_TASK = frozenset(
    {"need", "needs", "plan", "plans", "want", "wants", "have", "has", "going", "try", "tries",
     "hope", "hopes", "expect", "expects", "intend", "intends", "continue", "continues"}
)  # fmt: skip
"""Verbs a task may follow with "to", never its owner: "Need to include …", "Plan to …"."""
OPENERS = COMMON_WORDS | {"agreed", "ok", "okay", "also", "then", "now"}
"""Words that open a sentence before its owner, never part of their name (see _after_opener)."""
ACTIONS_ALONE = re.compile(r"[*_]*(?i:action(?:[\s-]+items?)?s?)[*_]*")
"""A line that only says action items follow: "Action Items", "**ACTIONS**"."""
LABEL_WORDS = ("AI", "ACTION", "Action", "TODO", *sorted(MISSPELT_ACTION))
"""Words one of which ACTION_LABEL holds, case and all."""
# The room's consensus or agreement, a decision even where a section of actions records it:
# "The consensus in the room to adopt the ... draft in the WG.", "Agreed that we need to
# focus on fewer use cases"
ROOM_CONSENSUS = re.compile(
    r"\W*(?:(?:the\s+)?(?:rough\s+)?(?:room\s+)?consensus\b|(?:agreed|decided)\s+(?:that|on)\b)",
    re.I,
)
# An item of an action section that names a document and nothing else, heading the items
# below it: "* [draft-ietf-dnsop-7706bis]" / "    - Needs one more update" (DNSOP minutes)
DOCUMENT_ALONE = re.compile(
    r"\s*[*_]*\[?(?:draft-)?[a-z0-9]+(?:-[a-z0-9]+){2,}\]?(?:\([^()\s]*\))?[*_]*\s*", re.I
)
LIST_LABEL_WORDS = 5
"""The most words a label of a list ("Today's conclusions:") has."""
TITLE_MARKS = frozenset(":-\u2013\u2192=")
"""The marks after an action label that record an action ("ACTION: ..."), not name a topic."""
LINE_START = re.compile(r"\n[ \t]*")
LEAD_WORDS = 6
"""The most words before an action label on its line that its quote keeps, what the item is
about: "618: ACTION: merge", "619; annotation and clean-up. ACTION: Please merge" (MLS
minutes)."""
AFTER_COLON = re.compile(r":[ \t]+")
"""Where a label may stand after what an item is about: "618: ACTION: merge" (MLS minutes),
the label before a colon of its own."""
ACTION_MARK_AT_END = re.compile(r"\((?P<label>TODO|ACTION|Action)\)\s*$")
OWNER_BEFORE_COLON = re.compile(rf"^{MARKUP}(?P<owners>[A-Z][^:*]{{0,40}}?){MARKUP}:\s+")
"""Owners before a colon, in bold or not: "**ACTION: Spencer and Michael**: get list of
authors correct." (CELLAR minutes), "* **Suresh**: Submit PR 1905 …" (AIPREF minutes)."""
OWNERS_BEFORE_VERB = re.compile(
    r"^(?P<owners>[^\s,.;:()][^.;:()]{0,80}?)\s+"
    r"(?:(?:to|agreed\s+to|volunteered\s+to|volunteers\s+to)\s+"
    rf"(?=[a-z]|(?i:{alternatives(TASK_VERBS)})\b)|(?:will|should|shall)\s)"
)
"""Owners before what they are to do: "Dave to review", "Dan to Submit new version", "Authors
will add"; not "Change to SHA-512" (no verb after "to")."""
OWNERS_BY = re.compile(r"\bby\s+(?P<owners>[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3})\W*$")
"""Owners after "by" at the end of an action, people of the meeting: "ACTION: repost by
Steve.", "version will get reposted by Dave Rice"; not "by Friday", "by Prague"."""
# A verb of a task standing as a word of its own, in text case folded: what NAMED and OWN
# read as the verb after the name (letters, case aside). Searched for in the text after a
# space, it starts after a character that is no letter, a place re finds quickly.
TASK_WORD = re.compile(rf"[^a-z](?:{alternatives(TASK_VERBS)})(?![a-z])")
BE_DOING = re.compile(r"\bbe ([a-z]+ing)\b")
"""A verb in -ing after "be", in text case folded: "will be posting it", "we'll be sending"."""
END_CUE = re.compile(
    r"\b(?:closing\s+date|closes?|closing|ends|ending|until|expires?|concludes?)\b",
    re.IGNORECASE,
)
DUE_CUE = re.compile(
    r"\b(?:will|by|due|sent|send|deadline|before|submit|publish|announce[sd]?)\b", re.IGNORECASE
)
PROPOSED_DATE = re.compile(
    r"\b(?:propose[sd]?|proposing|suggest(?:s|ed|ing)?)\s+(?:(?:the|a)\s+)?$", re.IGNORECASE
)
"""What makes the date right after it one put forward, no date a task is due by: "send a mail to
propose Feb 8 for a call" (MLS minutes)."""
CONDITION = re.compile(
    r"\((?P<condition>[^()]*\b(?:whichever|unless|provided)\b[^()]*|(?:or|if)\b[^()]*)\)"
)

OPENING = r"(?:\[[^\[\]\n]{1,80}\]\s+)?(?:(?i:and|but|then|so),?\s+)?"
"""What may open a sentence before its clause: "So I'll do another bump", what it is about
in square brackets: "[draft-ietf-pce-pcep-yang] Will be posting it soon." (PCE minutes)."""
# Where a clause starts: the start of a sentence (after "and", "but", "so" or "then" there
# too: "So I'll do another bump"), after a colon (bold or not: "**Key Rotation:** Editors
# will …") or a dash ("-", "--", "---", an en or em dash), after "and", "but", "so" or "then",
# at an opening bracket ("Yang doctor review is requested (Chairs will initiate this).").
CLAUSE = (
    r"(?:^"
    + OPENING
    + r"|(?:(?<=[.;:!?])|(?<=[.;:!?]\*\*)|(?<=[.;:!?]__))\s+|,\s+(?:and\s+|but\s+|so\s+)?"
    r"|\s+(?:and|but|then|so)\s+|\s(?:-{1,3}|[\u2013\u2014])\s+|\s(?=\()|\s\s+(?=[*_]+\w))"
)
# CLAUSE but for the start of the text: what it matches starts with a space or a comma,
# and re tries a pattern that starts so only where one stands, not at every character.
CLAUSE_AFTER = (
    r"[\s,](?:(?<=,)\s+(?:and\s+|but\s+|so\s+)?"
    r"|(?:(?<=[.;:!?]\s)|(?<=[.;:!?]\*\*\s)|(?<=[.;:!?]__\s))\s*"
    r"|(?<=\s)\s*(?:and|but|then|so)\s+|(?<=\s)(?:-{1,3}|[\u2013\u2014])\s+|(?<=\s)(?=\()"
    r"|(?<=\s)\s+(?=[*_]+\w))"
)


class Clauses:
    """A pattern matched where a clause starts (CLAUSE), each match in order as re's
    finditer of CLAUSE and the pattern yields it: the start of the text is tried on
    its own, the rest only where CLAUSE_AFTER may match."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.at_start = re.compile(OPENING + pattern, flags)
        after = re.compile(CLAUSE_AFTER + pattern, flags)
        self.after: re.Pattern[str] | CaseAside = (
            CaseAside(after) if flags & re.IGNORECASE else after
        )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield each match in the text, in order, none overlapping."""
        first = self.at_start.match(text)
        if first is not None:
            yield first
        yield from self.after.finditer(text, first.end() if first is not None else 0)


AIMED = (
    r"(?:(?:aim|seek)\s+to\s+|take\s+(?:(?:an?|the)\s+)?(?:action(?:\s+item)?|task)\s+to\s+"
    r"|(?:take|have)\s+(?:an?|another)\s+(?:closer\s+|quick\s+|second\s+)?(?=look\b)"
    r"|take\s+(?=care\s+of\b)|go\s+(?=(?:over|through)\s+(?!in\b|with\b)\w)"
    r"|give\s+(?:it|them|this|that|these|those)\s+(?:an?|another)\s+"
    r"(?:closer\s+|quick\s+|second\s+|careful\s+|thorough\s+)?(?=(?:read|look|review)\b)"
    r"|go\s+back\s+and\s+"
    r"|have\s+an?\s+(?:(?:informal|quick|short|brief|separate)\s+)?(?=(?:chat|call)\b)"
    r"|have\s+(?:an?|the)\s+(?:(?:new|short|brief|full|written)\s+)?(?=(?:report|draft)\b)"
    r"|take\s+(?:about\s+|around\s+|roughly\s+|only\s+)?(?:an?|one|two|three|a\s+few|some|\d+)"
    r"\s+(?:minutes?|hours?|days?|weeks?|months?)\s+to\s+)?"
)
"""What may stand before the verb of a task someone takes on: "Björn will aim to complete",
"we'll take an action item to figure out where this should go", "I'll take a task to follow up"
(QUIC minutes), "I'll take a look", "will give
them a second read" (MASQUE minutes), "Jensen
will take care of CDNI", "I will go over it and share update" (NASR minutes), "I will go back and
check" (NWCRG minutes), "Francesca will have an informal chat with the IESG" (HTTPAPI minutes),
"Wes will have a report" (DNSOP minutes), "will take about one hour to merge the changes"
(ASDF minutes)."""
# A speaker's own undertaking: "will rev the doc", "i will file an issue", "I'll also
# ask Martin Duke", "and can do the new issue", "Will do Google poll for a meeting slot";
# the speaker's plan: "We plan to do this", "Plan to submit v -17", "Next steps are to
# discuss it at an interim", "Next steps are about addressing open GitHub issues" (CoRE minutes),
# "Main next steps: Work on open points.", "Next step, adjust the PR to focus on the functions"
# (SCONE minutes), "Next steps: will ask for WG
# adoption" (IPPM minutes), "The plan for v -12 is to address" (CoRE minutes), "The plan is to
# address the remaining comments", "I have the action item to add text for this soon" (WEBTRANS
# minutes), "I'm taking action to do that." (CoRE minutes), "Going to update stats." (DPRIVE
# minutes), "so i'll go ahead and try to merge
# that PR" (MLS minutes); a reviewer volunteering: "MT (in chat): Interested to review." (core
# minutes); in emphasis: "*We will put it into github*" (HTTPAPI minutes); the speaker glad to:
# "I'm happy to review the PR", "Happy to take another look." (MASQUE and HTTPAPI minutes); a
# speaker's undertaking reported: "Gorry Fairhurst (University of Aberdeen): Promised to review
# the draft" (ICCRG minutes); committed to: "BS: I commit again to review in the next days."
# (CoRE minutes)
OWN = Clauses(
    r"[*_]{0,3}(?P<who>(?:i|we)(?:'ll|\u2019ll|(?:\s+(?:definitely|certainly|surely))?\s+will"
    r"|\s+shall|\s+am\s+going\s+to"
    r"|\s+are\s+going\s+to|\s+plan\s+to|\s+(?:do\s+)?intend\s+to)|i\s+can|will|(?<=and )can"
    r"|plan\s+to|(?:i|we)(?:\s+(?:have|got|took|take|am\s+taking|are\s+taking)"
    r"|['\u2019](?:m|re)\s+taking)\s+(?:(?:an?|the)\s+)?action(?:\s+item)?\s+to"
    r"|promised\s+to|volunteered\s+to|offered\s+to|(?:i|we)\s+commit\s+(?:again\s+)?to"
    r"|(?:takes?|took)\s+(?:an?\s+|the\s+)?(?:ai|action(?:\s+item)?)\s+to"
    r"|(?<![\w'\u2019])going\s+to"
    r"|(?:main\s+)?next\s+steps?\s*(?:[:,](?:\s+will)?(?:\s+\(?1[.)])?|(?:are|is)\s+to)"
    r"|next\s+steps?\s+(?:are|is|would\s+be|include)(?:\s+about)?(?=\s+[a-z]+ing\b)"
    r"|(?:the|our|my)\s+plan(?:\s+for\s+[^.,;:\n]{1,25}?)?\s+is\s+to"
    r"|(?:i'?m\s+|i\s+am\s+|we'?re\s+|we\s+are\s+)?interested\s+to|plan\s*:"
    r"|(?:i'?m\s+|i\s+am\s+|we'?re\s+|we\s+are\s+|(?:i|we)\s+would\s+be\s+|i'?d\s+be\s+"
    r"|would\s+be\s+)?(?:happy|willing|glad)\s+to)"
    r"\s+(?:also\s+|then\s+|now\s+|just\s+|soon\s+|go\s+(?:ahead\s+)?(?:and\s+)?"
    r"|be\s+(?=[a-z]+ing\b))?" + AIMED + r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# Someone named taking a task on: "Ekr will make a PR", "The chairs will make adoption
# call on the list", "lars and I will chat with spencer", "Brian to propose text", "Qin
# agreed to notify the list", "Marcus plans to submit a version" (scone minutes), "Glenn took
# an action to write his concern up" (aipref minutes), "(Martin will file an issue)", "Konrad
# willing to review 2nd half Sept.", "Björn will aim to complete the draft", "*Chairs to request
# SECDIR early review*" (in emphasis), "WG chairs will send out call for adoption soon" (DNSOP
# minutes), "Steven promised to make an update asap"; reported: "Paul said he would look into
# it", "Colin replied that he will raise that", "Lila said that she'd organise a discussion",
# "Kiran responded that she will try to address this" (TEAS minutes);
# with the initials the minutes give: "Lucas Pardue (LP) to provide feedback on digest." (HTTP),
# or in emphasis alone: "**Dave Oran** to post research questions to the mailing list." (PANRG)
NAMED = Clauses(
    r"(?:\(|[*_]{1,3})?(?:[Tt]he\s+)?(?:WG\s+)?(?P<who>[A-Za-z][\w.'-]*(?:\s*(?:\band\b|&|\+|/)\s*[A-Za-z][\w.'-]*"
    r"|\s+[A-Z][\w.'-]*|\s+team)?|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){2})[*_]{0,3}(?:\s+\([A-Z][A-Za-z]{0,3}\))?"
    r"\s+(?:will|to|is\s+going\s+to|are\s+going\s+to|shall|should|needs?\s+to"
    r"|agreed\s+to|agrees\s+to|plans?\s+to|volunteer(?:s|ed)?\s+to|offer(?:s|ed)?\s+to"
    r"|(?:took|takes?|is\s+taking)\s+(?:(?:an?|the)\s+)?(?:action(?:\s+item)?|AI)\s+to"
    r"|(?:is\s+)?willing\s+to|promised\s+to|promises\s+to"
    r"|(?P<reported>(?:said|says|stated|states|replied|replies|responded|responds|answered"
    r"|answers|added|adds|noted|notes|indicated|indicates|promised"
    r"|promises|confirmed|confirms)\s+(?:that\s+)?(?:he|she|they)(?:\s+(?:will|would)|['\u2019](?:d|ll))))\s+"
    r"(?:also\s+|then\s+)?" + AIMED + r"(?P<verb>[a-z]+)\b"
)
# Owners listed before NAMED's, opening the sentence: "Sam, Tony, Benno, Paul will help untangle"
# (DNSOP minutes), "Martin, Kazuho and Ian to review the PR", "Kazuho, Christian, and Ekr will
# sort it out" (QUIC minutes), "Alice Smith, Bob Jones and Carol White to review"
LISTED_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?"
LISTED_BEFORE = re.compile(
    rf"[\s*_-]*(?P<listed>(?:{LISTED_NAME}\s*,\s*)+(?:{LISTED_NAME}\s+(?=and\s))?)(?:and\s+)?"
)
VOLUNTEER_NAMES = r"(?P<who>[A-Z][\w.'-]*(?:(?:\s*(?:,|\band\b|&|\+)\s*|\s+)[A-Z][\w.'-]*){0,9})"
"""Capitalised names of volunteers, ten at the most, apart or joined by "and", "&" or "+"."""
# People named as volunteers, opening a sentence: "Volunteers to review architecture draft: Jon
# Millican, Joel Alwen, Sean Turner (2 weeks).", "Volunteers: Cas and Karthik." (MLS minutes)
VOLUNTEERS = re.compile(
    r"\W*(?i:(?:other\s+|more\s+|further\s+)?volunteers?)(?:\s+to\s+(?P<verb>[a-z]+)\b[^:.;]{0,60})?"
    rf"\s*:\s*{VOLUNTEER_NAMES}",
)
# People named as volunteers before the word, the sentence theirs: "Christian Amsüss volunteers",
# "Jim Göran Jaime Carsten volunteered to review.", "Christian Amsuess, Jim Schaad and Thomas
# Fossati volunteer for reviewing next version." (CoRE minutes)
VOLUNTEERED = re.compile(
    rf"\W*{VOLUNTEER_NAMES}\s+volunteer(?P<ending>s|ed)?"
    r"(?:\s+to\s+(?P<verb>[a-z]+)\b[^.;!?]{0,60}|\s+for\s+(?P<doing>[a-z]+)ing\b[^.;!?]{0,60})?\W*$"
)
NOTED_TASK = re.compile(
    r"[\s*_]*(?:send(?:\s+out)?|schedule|organi[sz]e|set\s+up|circulate|arrange)\s+(?:an?\s+|the\s+)?"
    r"(?:doodle|poll|call|meeting|interim|email|e-mail|mail|message|reminder|invitation|survey"
    r"|liaison)\b"
    r"[^.;!?\n]{0,80}[.!]?[\s*_]*",
    re.IGNORECASE,
)
"""A task noted by the minutes on its own, in the imperative, of arranging what a group does
next: "Send out doodle for interop meeting." (TLS minutes), "Schedule an interim in May.",
"Send liaison statement to 3GPP SA3 and RAN3" (TSVWG minutes); a
line of its own, no one's turn, not the agenda's."""
# A task stated of its outcome, no one named, opening its sentence with a few words and no
# verb: "New issue to be filed.", "Some documentation describing the issue to be added." (MASQUE
# minutes), "Example to be added with URI templates" (CoRE minutes), "To be put on agenda in
# IETF118" (TSVWG minutes), "Ideas from Eve to be discussed at the interim." (COINRG minutes)
TO_BE_DONE = re.compile(
    r"\W*(?P<what>(?:[\w'-]+\s+){0,7}?)to\s+be\s+(?P<done>filed|added|opened|written|created"
    r"|updated|posted|sent|submitted|merged|fixed|addressed|clarified|documented|scheduled"
    r"|raised|removed|circulated|drafted|prepared|published|reviewed|resolved|put"
    r"|discussed(?=\s+(?:at|on|in|during)\s+(?:the\s+|an\s+|a\s+)?(?:next\s+)?(?:interim|(?:mailing\s+)?list"
    r"|meeting|call|ietf)))\b",
    re.IGNORECASE,
)
# A change said of what it will be made to, in the document: "This will be incorporated in the
# document." (ICCRG minutes), "That will be fixed in the next revision", "It will be addressed
# in -05", "Will be added to the draft.", "Latest comments (Salvatore and DaveO) will be addressed
# in next version." (NWCRG minutes); the speaker's task where a speaker says it; not "This will
# be discussed at the interim"
WILL_BE_DONE = re.compile(
    r"\bwill\s+be\s+"
    r"(?:incorporated|fixed|addressed|added|updated|clarified|included|reflected|corrected"
    r"|documented|covered|removed|changed|resolved)\s+(?:in|into|to)\s+"
    r"(?:(?:the|a|our|my)\s+)?(?:(?:next|new|upcoming|following)\s+)?"
    r"(?:document|draft|doc|spec|specification|text|version|revision|rev|update|iteration)\b"
    r"|\bwill\s+be\s+(?:fixed|addressed|added|updated|clarified|included|incorporated)\s+in\s+"
    r"(?:version\s+|v)?-?\d{1,2}\b",
    re.IGNORECASE,
)
DONE_BY = re.compile(
    r"\bwill\s+be\s+(?:provided|written|prepared|drafted|submitted|sent|posted|filed|opened"
    r"|reviewed|updated|handled|fixed|addressed|created|proposed|raised|taken|done|coordinated"
    r"|driven|led)\s+by\s+"
    r"(?P<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)"
)
"""A task someone named is to do, put the other way round: "A second PR will be provided by Ian
Swett to explore alternatives." (QUIC minutes)."""
ASSIGNED = re.compile(
    r"^\W*(?:(?:this|it|the\s+issue)\s+(?:is|was)\s+)?assign(?:ed)?\s+to\s+"
    r"(?P<who>[A-Za-z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)\W*$",
    re.IGNORECASE,
)
"""A task given to someone named, the line saying only that: "Assigned to ekr." (under an
issue's heading, QUIC minutes), "Action: Assign to Roy" (HTTP minutes)."""
TO_DO = re.compile(r"[*_]{0,3}to\s+(?P<verb>[a-z]+)\b")
"""A turn's words that are only a task, the speaker's, as notes write it, in lower case: "CA:
to check with Peter also about possible changes in the use case." (CoRE minutes), "Julian: to
come up with a proposal in collaboration with Mark." (HTTP minutes); not a sentence that says
why or to whom: "To make this work you need …", "To address Christian.", "to address this, we
could …"."""
NOT_OF_A_TASK = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "needs", "need", "seems",
     "seem", "appears", "appear", "going", "likely", "ought", "want", "wants", "will", "must",
     "not", "yet", "used", "supposed", "expected", "what", "which", "who", "how", "nothing",
     "anything", "everything", "something", "never", "no", "needed", "wanted", "seemed",
     "appeared", "think", "thinks", "thought", "believe", "believes"}
)  # fmt: skip
"""Words before "to be ..." that make it no task stated of its outcome: a verb ("It seems to be
fixed", "needs to be addressed", "Tommy agreed that a good bit needed to be written here",
MASQUE minutes), a question's word or a denial (these, and every word that
ends in "n't": "We won't send docs to be published until …"); a hedge's are HEDGES (see
hedged)."""
# A request reported: "AF: Asks the chairs to schedule virtual interop", "asked Dana to
# review the text", "i'm asking Benjamin (Beurdouche) to file an issue" (MLS minutes)
ASKED_TO = re.compile(
    r"\b(?:asks?|asked|asking|requests?|requested|requesting)\s+(?:the\s+)?"
    r"(?P<who>[A-Za-z][\w.'-]*)(?:\s+\([^()\n]{1,30}\))?\s+to\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
NO_TASK_WORDS = re.compile(
    r"https?://\S+|\S+@\S+\.\w+|\b\d+\s*(?:m|mins?|minutes?)\b", re.IGNORECASE
)
"""What says no task in an item: a link, a mail address, a time ("10min")."""
TASKS_STATE = re.compile(
    r"[\s*_]*(?:done|in\s+progress|new|open|pending|ongoing|completed?|carried\s+over"
    r"|outstanding)[\s*_:]*",
    re.IGNORECASE,
)
"""An item of an action section that says only the state of the items below it ("* DONE",
"* IN PROGRESS", "* NEW": IRSG minutes)."""
DONE_STATE = re.compile(r"\b(?:done|completed?)\b", re.IGNORECASE)
"""A state of action items that says they are done: "* DONE", "#### DONE:", "Completed"."""
DONE_AT_END = re.compile(
    r"(?<=\W)(?:DONE|Done)(?:\s+(?:during|at|in)\s+the\s+(?:meeting|call))?\W*$"
)
"""The note that ends an action item done since: "… in AUTH48 DONE.", "… with new version
number. DONE during the meeting." (CELLAR minutes)."""
NONE_TAKEN = re.compile(
    r"[\s*_:.-]*(?:none|no(?:ne)?\s+(?:new\s+)?(?:actions?|action\s+items?|items?)|n/?a|nothing"
    r"|(?:closed|resolved)(?:\s+(?:with\s+no\s+action|as\s+[\w\s-]{1,30}))?"
    rf"|no\s+consensus(?:\s+(?:yet|reached))?|{ISSUE_DISPOSED})[\s*_.!]*",
    re.IGNORECASE,
)
"""What an action label says where no task was taken on: "Actions: No actions", "AI: N/A", an
issue's outcome alone ("ACTION: closed", under an issue; "Action: _Closed with no action_",
"Action: Closed as out of scope", "Action: Proposal accepted", "Action: No consensus.")."""
BARE = 3
"""The most words of a task taken on or asked for that says too little alone: "Will do",
"Please send email"; and see WILL_DO."""
WILL_DO = re.compile(
    r"\W*(?:(?:ok(?:ay)?|sure|yes|yep|yeah)\W+)?(?:will\s+do(?:\s+(?:it|that|this|so))?"
    r"|(?:it|that|this)\s+will\s+be\s+done)"
    r"(?:\s+(?:asap|soon|shortly|today|tomorrow|later))?\W*",
    re.IGNORECASE,
)
"""A bare task of more words, an assent before it or its time after: "Ok, will do ASAP.", "Yes,
it will be done."."""
ACTION_ON = re.compile(
    r"\(\W*action\s+(?:item\s+)?(?:on|for)\s+(?P<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)\W*\)"
)
"""Whose a task a speaker states is, written after it in brackets: "So next step is making a PR
… (*action on Carsten)" (CoRE minutes)."""
SHOULD = re.compile(r"\sshould\b", re.IGNORECASE)
"""The modal of a task NAMED assigns where the minutes say who should do it."""
NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bnever)\s*$", re.IGNORECASE)
NAMED_TASK = re.compile(
    r"(?:\s(?:will|would|to|shall|should)|\s(?:he|she|they)['\u2019](?:d|ll))\s+(?:also\s+|then\s+)?"
    + AIMED
    + "(?:"
    + "|".join(sorted(TASK_VERBS, key=len, reverse=True))
    + r")\b"
)
"""What NAMED holds where its verb is a verb of a task: a sentence without it names no
one taking a task on."""
BUT = re.compile(r",\s*but\b", re.IGNORECASE)
"""Where a clause ends: a hedge before it does not reach the task after it ("Not sure, but will
research"), and a "can" before it says what can be done ("and can run, but ...")."""
HEDGE_ENDS = re.compile(rf"{BUT.pattern}|;\s|,\s*and\s+(?=(?:i|we)\b)", re.IGNORECASE)
"""Where a hedge before a task ends: at "but" ("Not sure, but will research"), a semicolon
("I'll take this as a definite "maybe"; being in the shave-bytes camp, I'll implement this",
CoRE minutes) or "and" opening a clause of the speaker's own ("Perhaps look at the text that
Tommy landed on, and I'm happy to review the PR", MASQUE minutes)."""
BY_MEANS = re.compile(r"\bby\s+[a-z]+ing\b", re.IGNORECASE)
"""A way of doing something ("by twiddling packets"): a "can" with it says what can be done."""
FIRST_PERSON = re.compile(r"[\s*_]*(?:i|we)(?:['\u2019](?:m|re|ll|ve|d))?\b", re.IGNORECASE)
"""A sentence that opens with its speaker as subject: "I", "i'm", "we're"."""
OWN_SUBJECT = re.compile(
    r"[\s*_]*(?!(?:i|we|can|cannot|could|will|won|would|should|shall|must|may|might|do|don|does"
    r"|doesn|did|didn|need|have|has|had|am|is|are|was|were)\b)"
    r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}?"
    r"\s+(?:is|are|was|were|has|have|had|take|takes|took|does|do|did|will|would|can|could|should"
    r"|must)\b"
    r"|[\s*_]*(?:it|that|this|there)['\u2019]s\b"
    r"|[\s*_]*-?[a-z][a-z0-9]*(?:-[a-z0-9]+)+\s+\(",
    re.IGNORECASE,
)
"""A sentence opening with a subject of its own, not the speaker: "Questions draft is important
and will help drive charter" (PANRG minutes), "Different providers take different approaches and
will continue to do so", "It's a DNS SVCB and will work for DNS over anything" (ADD minutes), a
draft's status: "-core-yang-library (waiting for Shepherd Write-Up …, but will go through a
revision …)" (CoRE minutes);
not one opening with its verb, its subject the speaker ("Can't really do a call for adoption …
at this time anyway, so won't waste time on that …, but will do so in the future")."""
GLAD = re.compile(r"\b(?:happy|willing|glad)\s+to$", re.IGNORECASE)
"""What ends OWN's "who" where a speaker says they are glad to do something."""
OWN_WORDS = (
    "ll", "going", "can", "plan", "intend", "interested to", "next step", "happy to", "willing to",
    "glad to", "action", "promised", "volunteered", "offered", "commit", "ai to",
)  # fmt: skip
"""Letters one of which OWN's "who" holds ("I'll", "we will", "shall", "am going to",
"i can", "plan to", "intend to", "interested to", "next steps:", "happy to", "I have the action
item to", "I commit to", a report's "Promised to"), case folded."""
# A request for a task: "can you file an issue on manageability?", "can jrschke send
# the information to the list", "Please suggest concrete designs."
REQUEST = CaseAside(
    re.compile(
        r"\b(?:can|could|would|will)\s+(?P<who>[a-z][\w.'-]*)\s+(?:please\s+)?(?P<verb>[a-z]+)\b",
        re.IGNORECASE,
    )
)
# A question of how or why ("how can you do that?", "How large a trial could you do ...?",
# "Which working group will you present this in?"), which asks for no task
HOW_OR_WHY = re.compile(r"\b(?:how|why|what|where|which)\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
VAGUE_OUT = re.compile(
    r"(?<!check)(?<!try)(?<!test)\s+(?:it|this|that|things)\s+out\W*$"
    r"|\s+(?:on\W*$|(?:forward|ahead|along)\b)",
    re.IGNORECASE,
)
"""What stands after a verb that says only that it will be worked out ("figure it out") or
that the meeting or the work goes on ("we'll move on", "plan to move forward with merge"); not
what is looked into ("we will check it out", "try it out")."""
SAID_LATER = frozenset({"talk", "discuss", "come"})
TALKED_NOW = frozenset(
    {"talk", "present", "discuss", "speak", "cover", "describe", "explain", "provide", "give",
     "show", "summarize", "summarise", "recap", "walk"}
)  # fmt: skip
"""Verbs of what a speaker says at the meeting itself, after "now": "I will now talk about MLS
system architecture." (MLS minutes), "Will now provide an overview of everything still to be
discussed" (MASQUE minutes); not "will now run the numbers again"."""
NOW = re.compile(r"\snow\s", re.IGNORECASE)
LATER = re.compile(
    r"(?:\s+[\w']+){0,4}?\s+(?:later|shortly|in\s+a\s+(?:second|moment|minute|bit|few\s+minutes))\b"
    r"(?![^.;]*\b(?:list|interim|offline|call|github|meeting|ietf)\b)"
    r"|(?:\s+[\w'-]+){0,4}?\s+next\s*(?:[.;!]|$)"
    r"|(?:\s+(?!(?:to|with|on|in|at)\b)[\w']+){0,4}?\s+(?:if|unless|once)\b"
    r"(?![^.;]*\b(?:list|interim|offline|call|github|meeting|ietf)\b)",
    re.IGNORECASE,
)
"""What stands after "talk" or "discuss" that puts it off to no time or place, or to the next
item of the meeting: "We'll talk about it more later.", "We'll discuss later if we want to keep
this at all." (ADD and QUIC minutes), "And then we'll talk about quic-proxy next." (MASQUE
minutes), or until something may happen: "we'll talk about that if QUIC changes" (QUIC
minutes); not "discuss it later on the list", nor "discuss it next week", nor "talk to the AD if
needed", "discuss it on the list if needed"."""
NOT_TO = re.compile(r"\s+(?:not\s+to|to\s+not)\b", re.IGNORECASE)
"""What stands after "try" that makes it a way of going about things, no task: "We'll try to
not make things more complex than they need to be." (TLS minutes), "try not to break it"."""
CUT_HERE = re.compile(
    r"\s+(?:(?:the|this|that|it|a)\s+)?(?:queue|line|lines|mic|mics|microphone|discussion|off|short)\b",
    re.IGNORECASE,
)
"""What stands after "cut" that makes it the meeting's own running, no task: "will cut the queue
after Christian" (MASQUE minutes), "cut the line", "cut it short"; not "Cut a new version"."""
TEAM = re.compile(r"(?!(?:the|a|an|this|that|our|your|whole|entire)\s)[\w.'-]+\s+team")
"""A team that may own a task, case folded: "Fujitsu team will post the meeting schedule" (ALTO
minutes), "design team"; not "the team" nor "whole team", which name none."""
LEADS_TO = re.compile(r"\s+to\b", re.IGNORECASE)
"""What stands after "lead" that makes it a consequence, no task: "It will lead to confusion";
not "Jensen will lead the discussion" (ALTO minutes)."""
SORT_OF = re.compile(r"\s+of\b", re.IGNORECASE)
"""What makes "sort" a hedge: "I can sort of imagine a response that says …" (DNSOP minutes)."""
COMES_AFTER = re.compile(r"(?!\s*-?\s*(?:up|through|thru|with)\b)", re.IGNORECASE)
"""What makes "follow" no task, its following being no follow-up: "-yang-library: will follow
-comi" (CoRE minutes), "We'll follow the process used for MASQUE"; not "will follow up on the
list", "Will follow with Victor to make sure …"."""
SENT_IN = re.compile(
    r"(?!\s+(?:(?:a|an)\s+(?:pr|note|line|mail|e-?mail|message|comment|issue|link|pointer)\b"
    r"|in\b))",
    re.IGNORECASE,
)
"""What makes "drop" no task, nothing being sent: "We'll drop packets with different versions."
(QUIC minutes); not "will drop a PR next Wednesday", "will drop a note to the list", "Will drop
in the GitHub issue."."""
NO_TASK_AFTER = {
    "try": NOT_TO,
    "cut": CUT_HERE,
    "lead": LEADS_TO,
    "sort": SORT_OF,
    "follow": COMES_AFTER,
    "drop": SENT_IN,
}
"""What after a verb of a task makes it none, by the verb (see _no_task)."""
POLLED_HERE = re.compile(
    r"\s+(?:(?:a|an|the|another|some|two|three|quick|few|couple\s+of)\s+){0,2}"
    r"(?:show\s+of\s+hands|(?:straw\s+)?polls?|hums?)\b(?![^.;]*\b(?:list|online)\b)",
    re.IGNORECASE,
)
"""What stands after a verb that makes it a poll of the room, taken at the meeting, no task:
"will do show of hands" (SCONE minutes), "We will start quick polls to see if ..." (CCWG
minutes); not a poll on the list."""
OR_BEFORE = re.compile(r"\bor\s+$", re.IGNORECASE)
"""An "or" before a request: one of two ways put as a question, no task asked for."""
ASKS_WHAT = re.compile(r"\s+(?:who|what|why|how|where|which|whether)\b", re.IGNORECASE)
SAID_NOW = frozenset({"clarify", "explain", "elaborate", "say", "tell", "repeat", "speak"})
"""Verbs of a request answered at the meeting: "Can you clarify the interpretation of path?"."""
SAID_ABOUT = re.compile(
    r"(?:\s+(?:a\s+)?(?:little\s+)?(?:bit\s+)?(?:more|further))?"
    r"(?:\s+(?:on|about)\b(?![^.?!]*\b(?:list|github|issue|tracker)\b)"
    r"|(?:\s+(?:briefly|quickly|again))?\s*\?)",
    re.I,
)
"""What a request to comment, talk or summarise asks about, to answer at the meeting: "Can you
comment on how this affects caches?", "Can you talk about the current state of ...?", "Can you
talk a little bit more about the rationale?", "Can you summarize briefly?" (not "on the
list")."""
TAKEN_THROUGH = re.compile(r"\s+(?:us|me)\s+(?:through|thru)\b", re.IGNORECASE)
"""What a request to be taken through something asks, to answer at the meeting: "Could you run
us through this specific use?" (AIPREF minutes), "can you walk us through the ID"."""
SAID_OF = frozenset({"comment", "talk", "summarize", "summarise"})
"""Verbs of a request answered at the meeting where it asks about something, or nothing more."""
SAID_NOW_PLEASE = SAID_NOW | {"discuss"}
"""Verbs of a request answered at the meeting where "please" comes after them: "discuss
randomized curves vs rigid curves please"."""
# A task done at the meeting itself: "now" ending the sentence, or in the meeting's chat
# ("Can you do the poll now?", "will run two polls now.", "Please put a link to that white
# paper in the chat.")
AT_ONCE = re.compile(r"\b(?:right )?now\W*$|\b(?:in|into|to) the chat\b", re.IGNORECASE)
# A question whose task is only "that" or "it" ("Can you do that?", "can you share it?"), or
# anything ("Will you do anything else?"): whether something can be done, or what was just
# said; no task of its own
ONLY_A_PRONOUN = re.compile(
    r"\s+(?:that|this|it|(?:anything|something)(?:\s+else)?)\s*\?", re.IGNORECASE
)
ASKS_AT_ALL = CaseAside(re.compile(r"\b(?:can|could|would|will|please)\b", re.IGNORECASE))
ASKING_WORDS = ("can", "could", "would", "will", "please")
"""The words ASKS_AT_ALL finds, found faster."""
# What a turn answered by a bare task asks for: a question, a request, a need ("Asking
# for review." / "Ekr: Will review", "We need reviewers." / "I can review.", "Let's see a PR" /
# "will do")
ASKS_FOR = re.compile(
    r"\?|\b(?:can|could|would|will|should|please|plz|pls|ask(?:s|ed|ing)?|request(?:s|ed|ing)?"
    r"|needs?|looking for|let['\u2019]?s (?:see|have|get))\b"
    r"|^\W*(?:have|has|did|do|does|is|are|was|were)\s+(?:you|we|they|anyone|anybody|there)\b",
    re.IGNORECASE,
)
"""What a turn that asks what a bare task does holds: a question, written with its mark or
not ("Have you thought about threshold signatures"), a request or a need."""
COMPARED = 256
"""The most speakers' names of about its length a word is compared with, letter by
letter, to tell whether it names one of them misspelt."""
PLEASE = re.compile(
    r"(?<![\"'\u2018\u201c])\bplease\s+(?P<rest>(?:[\w'-]+\s+){0,5}[\w'-]+)", re.IGNORECASE
)
""""please" and the words it asks for, not quoted: "the server can send a “please remove this
device”" (MLS minutes) asks no one."""
# "please" after the task: "Raise the issue on GitHub, please." (ADD minutes)
PLEASE_AT_END = re.compile(r"\W*(?P<rest>[\w'-]+(?:\s+[\w'-]+){0,5}).*?,?\s+please\W*$", re.I)
NAMED_BEFORE = re.compile(r"(?:^|[\s;:.(])(?P<who>[A-Za-z][\w.'-]*),?\s+$")
"""A name right before "please", to whom it is said: "GS please look at …", "Tim, please …"."""
# "please" asks everyone, not someone, to read, look or help: "Please read the full
# document!", "please take a look at what's in the wiki, everyone!", "please raise it now",
# "PLEASE HELP US CLOSE THESE" (quic/ietf102.md)
TO_EVERYONE = re.compile(r"\b(?:everyone|everybody|anyone|anybody|folks|people|all|now)\b", re.I)
THE_RECORD = re.compile(r"\b(?:recording|video|these\s+(?:minutes|notes))\b", re.IGNORECASE)
"""The record of the meeting a "please" sends its reader to, asking no one at the meeting: "These
minutes were created with the assistance of generative AI, please double check anything critical
with the Youtube recording." (MASQUE minutes)."""
PLEASE_VERBS = TASK_VERBS - {"look", "read", "check", "comment", "do", "help", "come"}
"""The verbs "please" asks a task with; not to look, read or help, which it asks of everyone, nor
to come ("Please come by!", "please come to mic line": an invitation)."""
CHAIR_ASKS = frozenset({"read", "look", "check", "comment"})
"""What a chair's "please" asks the group to do beyond PLEASE_VERBS: to read the drafts."""
# What anyone will do in the session itself: "We'll discuss that in another slide.", "Will
# discuss Auth. later in this IETF session." (WISH minutes)
IN_THE_SESSION = (
    r"\b(?:(?:in|on) (?:another|the next|a later|a following) slide"
    r"|later (?:in|during) (?:this|the) (?:[\w-]+ )?(?:session|meeting))\b"
)
AT_THE_SESSION = re.compile(IN_THE_SESSION, re.IGNORECASE)
# What "we" will do at the meeting itself: "we'll talk about extensions tomorrow"
WRITTEN_VERBS = frozenset(
    {"write", "send", "post", "publish", "submit", "file", "draft", "circulate", "email", "mail",
     "prepare", "produce", "upload", "share"}
)  # fmt: skip
"""Verbs of what is written and sent, a task even when done tomorrow: "We will write a proposed
agenda based on the comments tomorrow in our chairs postmortem." (ADD minutes); not "we will
review it tomorrow", the meeting's own program."""
AT_THE_MEETING = re.compile(
    rf"\b(?:tomorrow|today|this afternoon|this (?:[\w-]+ )?session|now)\b|{IN_THE_SESSION}",
    re.IGNORECASE,
)
# A call taken to the list: "HUM: in favour of adoption, to be confirmed on the list.", "Adoption
# will be confirmed on the mailing list.", "the vote will be confirmed via the mail list" (HAPPY
# minutes), "WG Last Call will be issued on the mailing list", "take it to the list", "Will take
# adoption to the list", "the next step is to take the poll to the list", "asked to take the FEC
# scheme discussion to the mailing list", "--> please take it to the list", "We'll take the Charter
# discussion to the list.", "Will take this offline.", "Kyle to take that to the list.", "Post the
# version to the mailing list" (ALTO minutes; of those asked, as "bring …" is), "Let put
# that on the agenda for an interim or 111 then.", "will provisionally take to the list", "Will need
# to take discussion to the mailing list", "Taking this to the list.", "Darrel: bring discussion to
# the list regarding …" (HTTPAPI minutes), "Let's take it to the list, maybe a formal consensus
# call.", "conclusion - we will take this (new) topic to the list" (CAPPORT minutes)
FOLLOW_UP = CaseAside(
    re.compile(
        r"\b(?:to|will) be (?:confirmed|issued|taken|sent|started|run) (?:on|to|via) (?:the )?"
        r"(?:wg |mailing |mail |e-?mail )?list\b|"
        + CLAUSE
        + r"(?:(?:[-=]+>\s*)?(?:(?:we|i)(?:'ll|\u2019ll| will) |will |asked to |please "
        r"|let(?:'s|\u2019s| us) "
        r"|(?:the )?next steps? (?:is|are) to |(?:the )?(?P<who>[a-z][\w.'-]*) (?:to|will) )?"
        r"(?:[a-z]+ly |need to |have to )?(?:take|taking|(?P<bring>bring|post|send)|bringing|go"
        r"|posting|sending) "
        r"(?:(?:[\w\"/-]+|\([^()\n]{1,30}\)) ){0,8}?"
        r"(?:(?:back )?to (?:the )?(?:wg |mailing )?list\b|offline\b)"
        r"|(?:let(?:'s|s|\s+us)?\s+)?(?P<verb>put|schedule|add)\b.{0,30}\bagenda\b)",
        re.IGNORECASE,
    )
)
LETS_ELSEWHERE = re.compile(
    r"\blet(?:['\u2019]?s|\s+us)\s+(?P<verb>[a-z]+)\b[^.;!?]{0,60}?\b(?:on|in)\s+(?:the\s+|a\s+)?"
    r"(?:(?:mailing|wg)\s+)?(?:list|PR|pull\s+request|issue|github)\b",
    re.IGNORECASE,
)
"""What the group is bid to do where it works between meetings: "Let's do that on the mailing
list.", "Let's work out the charter on the list." (MASQUE minutes), "Brian, let's capture this
on the PR." (SCONE minutes)."""
FOLLOW_UP_WORDS = ("list", "agenda", "offline")
"""Words one of which FOLLOW_UP holds, case folded."""
UNDERTAKING_WORDS = (*FOLLOW_UP_WORDS, "volunteer", "to be", "will be", "next step", "assigned")
"""Words one of which a task taken on holds where it holds no verb of a task (FOLLOW_UP,
VOLUNTEERS, TO_BE_DONE, WILL_BE_DONE, DONE_BY, ASSIGNED, next steps in -ing), case folded;
LETS_ELSEWHERE needs a verb of a task."""


def actions(
    text: str,
    passages: list[Passage],
    year: int | None,
    names: frozenset[str],
    done_sections: dict[int, str],
) -> tuple[list[Action], set[int]]:
    """Answer the action items of the passages, in order, and where those labelled or
    listed as action items start (`action`: their passages are no summary points).
    `year` is the meeting's, for dates that give day and month; `names` the speakers'
    names, case folded, that may own a task; `done_sections` the sections whose heading
    says their items are done, with its words ("DONE:"). An item of a list under one that
    says so ("* DONE" / "  * Carsten to review …") is done too. Their documents are named
    later (reader.read, by each one's named_in)."""
    found: list[Action] = []
    labelled: set[int] = set()
    used: set[int] = set()
    state: tuple[int | None, int, str | None] | None = None  # section, column, done as written
    for i, passage in enumerate(passages):
        column = passage.marker_start - text.rfind("\n", 0, passage.marker_start) - 1
        if state is not None and (state[0] != passage.section or column <= state[1]):
            state = None  # the list under a state ends
        said = words_of(text, passage).strip() if passage.in_action_section else ""
        if said and TASKS_STATE.fullmatch(said):
            state = (passage.section, column, said if DONE_STATE.search(said) else None)
        labelled_here = action(text, passage, year, names)
        made, more = (labelled_here[0], labelled_here[1:]) if labelled_here else (None, [])
        done = state[2] if state is not None else _done_in(done_sections, passage.section)
        if made is not None:
            labelled.add(made.start)
        if i in used:
            continue
        if made is None:
            made = _requested(text, passages, i, used, year, names)
        # a request of no one named yields to the speaker's own task in its sentence ("EK:
        # Okay, we'll put up a PR …, Alan can you help us spell the other half")
        unowned = made is not None and made.owner is None and made.label is None
        taken = _undertaken(text, passage, year, names) if made is None or unowned else []
        if taken and (made is None or (taken[0].owner and taken[0].named_in == made.named_in)):
            made, *more = taken
        asked = _answered(text, made, passages, i) if made and not made.label else None
        if made and asked is not None:
            # "Will do" after "Have you thought about threshold signatures": what is done
            before, owner = passages[asked], made.owner
            answerer = passages[i - 1].speaker
            if owner is None and asked == i - 2 and before.speaker == passage.speaker != answerer:
                owner = answerer  # "GS: … tracker yet?" / "RH: Not yet." / "GS: Please add those."
            made = _made(text, before, before.start, passage.end, owner, year)
            # the turn answered, asked alone before ("CA: Please review." / "MT: I can review.")
            found = [f for f in found if not _asked_of_no_one(f, before)]
        if made is not None:
            used.add(i)
            found += [_done(m, done) for m in (made, *more)]
    return found, labelled


def _asked_of_no_one(found: Action, passage: Passage) -> bool:
    """Answer whether an action item is a passage's request of no one named, unlabelled."""
    return (
        found.owner is None and found.label is None and passage.start <= found.start < passage.end
    )


def _done(made: Action, state: str | None) -> Action:
    """Answer an action item with what says it is done: the state it is listed under, else
    the note that ends it ("DONE during the meeting"), if either does."""
    note = DONE_AT_END.search(made.text)
    done = state or (note.group().strip(" .") if note else None)
    return msgspec.structs.replace(made, done=done) if done else made


def _done_in(done_sections: dict[int, str], section: int | None) -> str | None:
    """Answer the words of a section's heading that say its items are done, if it does."""
    return None if section is None else done_sections.get(section)


def done_state(title: str) -> bool:
    """Answer whether a heading says the action items under it are done ("DONE:")."""
    return TASKS_STATE.fullmatch(title) is not None and DONE_STATE.search(title) is not None


def _answered(text: str, made: Action, passages: list[Passage], i: int) -> int | None:
    """Answer the turn a task taken on or asked for answers where it says too little alone
    ("Will do", "Please send email", "Ok, will do ASAP."): another speaker's turn just before
    it in its section that asks what (a question, a request or a need, not a remark: "+1 to
    Marco's comment" / "I can review."), or the turn before that one, by the same speaker,
    when it asks ("are they on issue tracker yet?" / "Not yet." / "Please add those."); else
    None."""
    passage = passages[i]
    bare = len(made.text.split()) <= BARE or WILL_DO.fullmatch(made.text) is not None
    if not bare or made.start != passage.start:
        return None
    for k in (i - 1, i - 2):
        before = passages[k] if k >= 0 else None
        if before is None or before.section != passage.section or not before.is_turn:
            return None
        if (k == i - 1) == (before.speaker == passage.speaker):
            return None  # the turn before by another; the one before that by the same
        if ASKS_FOR.search(words_of(text, before)) is not None:
            return k
    return None


def action(text: str, passage: Passage, year: int | None, names: frozenset[str]) -> list[Action]:
    """Answer the action items a passage is, if any: an item of an action section but
    the room's consensus, or a passage labelled as one ("ACTION:", "Action Item -",
    "(TODO)"), each later sentence of a labelled one that names owners of its own an item
    too. `year` is the meeting's, for dates that give day and month; `names` the
    names, case folded, of the meeting's people."""
    words = text[passage.words : passage.end]
    labelled, quote_start = passage.words, passage.start  # where the label stands, if any
    label_match = ACTION_LABEL.match(words)
    if label_match is None and any(map(words.__contains__, LABEL_WORDS)):
        # "... AD sponsored . AI on Brian T to", or a line of its own within an item
        starts = [a for a, _ in sentence_spans(text, passage)[1:]]
        lines = [m.end() for m in LINE_START.finditer(text, passage.words, passage.end)]
        colons = {m.end() for m in AFTER_COLON.finditer(text, passage.words, passage.end)}
        for a in sorted({*starts, *lines, *colons}):
            labelled_at = ACTION_LABEL.match(text[a : passage.end])
            if labelled_at and (a not in colons or labelled_at.group().rstrip(" *_").endswith(":")):
                lead = text[passage.words : a]
                kept = "\n" not in lead and len(lead.split()) <= LEAD_WORDS
                label_match, words, labelled = labelled_at, text[a : passage.end], a
                quote_start = passage.start if kept else a
                break
    titled = label_match is not None and not TITLE_MARKS.intersection(label_match.group())
    if titled and passage.in_agenda and labelled == passage.words:
        return []  # "1. Action Items" / "Tarek": an item of the agenda, a topic to come
    mark = ACTION_MARK_AT_END.search(words)
    named = None
    if label_match:
        label, body = label_match.group("label"), labelled + label_match.end()
        whom = label_match.group("whom")  # "Action to Eve:", not "Action item for everybody:"
        named = label_match.group("named") or label_match.group("by")
        if whom and _all_owners(OWNERS_APART.split(whom)):
            named = whom
    elif (
        passage.in_action_section
        and not ROOM_CONSENSUS.match(words)
        and not DOCUMENT_ALONE.fullmatch(words)
    ):
        # an item "Name: task" is the task of the name before it, a speaker's prefix or not
        label, quote_start = passage.marker or None, passage.marker_start
        body = passage.start if passage.is_turn else passage.words
    elif mark:
        label, body, quote_start = mark.group(), passage.words, passage.start
    else:
        return []
    said = text[body : passage.end]
    if not re.search(r"[^\W\d_]", NO_TASK_WORDS.sub("", said)) or NONE_TAKEN.fullmatch(said):
        return []  # "Action items:" opens a list; the items are the actions; "Action: ?";
        # "Actions: No actions", "ACTION: none", "- https://...", "- name@example.org 10min"
    if label_match is None and TASKS_STATE.fullmatch(said):
        return []  # "* IN PROGRESS" over the items so: the state of those below it
    if label_match and asks(said) and not _may_undertake(said):
        return []  # a question with no task in it: "Chairs Action: closer to WGLC?"
    # where a label stands within an item, the item's start: what it says leads to the task
    pieces = [(quote_start if passage.is_turn else passage.start, quote_start, body)]
    if label_match:  # "ACTION: chairs will issue a … last call.  Rich will write the …"
        pieces += [
            (a, a, a)
            for a, b in sentence_spans(text, passage)
            if a > body and _owners_first(text[a:b])[2] is not None
        ]
    ends = [*(b for _, b, _ in pieces[1:]), passage.end]
    found = []
    for (start, quoted, at), end in zip(pieces, ends, strict=True):
        said = text[at:end]
        owners, owned, owner = _owners(said, names)
        if named and at == body:
            owners, owner = _names(named), fold(named)
        found.append(
            Action(
                label=label,
                text=span_text(text, at + owned, end)
                if owned and label_match
                else span_text(said, 0, len(said)),
                owners=owners,
                owner=owner,
                dates=_dates(text, at, end, year),
                condition=_condition(said),
                named_in=(at, end),
                quote=fold(text[quoted:end]),
                section=passage.section,
                start=start,
            )
        )
    return found


def opens_action_list(text: str, passage: Passage) -> bool:
    """Answer whether a passage is only an action label ("Action items:", "**ACTIONS**",
    "Action Items" on a line of its own), opening a list of action items."""
    words = text[passage.words : passage.end].strip()
    label = ACTION_LABEL.match(words + " ")
    alone = label is not None and not words[label.end() :].strip(" *:_")
    return alone or ACTIONS_ALONE.fullmatch(words) is not None


def opens_other_list(words: str) -> bool:
    """Answer whether a list item's words are only the label of a list of something else
    ("Today's conclusions:", "**Next meeting:**"), which ends a list of action items; never
    an owner's name over their items ("Chairs:", "Jari:")."""
    label = words.strip().strip("*_ ")
    if not label.endswith(":") or len(label.split()) > LIST_LABEL_WORDS:
        return False
    owner = label[:-1].strip("*_ ")
    person = speaker(owner)
    return owner.casefold() not in OWNER_ROLES and (person is None or person.name is None)


def _names(written: str) -> list[str]:
    """Answer the names in a list of owners as written ("Katriel + Ben")."""
    return [fold(n) for n in OWNERS_APART.split(written) if n.strip()]


def _all_owners(names: list[str]) -> bool:
    """Answer whether names as written are all owners of a task: people or roles, not a
    verb that takes a task after it ("Need to include discussion on ODUCn")."""
    if len(names) == 1 and names[0].casefold() in BEFORE_A_TASK:
        return False
    people = [speaker(n) for n in names]
    return bool(names) and all(
        (p is not None and p.name == fold(n)) or n.casefold() in OWNER_ROLES
        for p, n in zip(people, names, strict=True)
    )


def _owners(said: str, people: frozenset[str]) -> tuple[list[str], int, str | None]:
    """Answer the owners an action names, people or roles, as written: at its start
    ("Brian to propose ...", "ACTION Martin D: Okay, ...", "Authors will add ..."); given to
    one ("Assign to Roy") who is among the meeting's `people` or written in full; or after
    "by" at its end where they are among the meeting's `people` ("repost by Steve."); where
    the rest starts (0 when none), and the owners as written."""
    first = _owners_first(said)
    if first[2] is not None:
        return first
    given = ASSIGNED.match(said)  # "Action: Assign to Roy"
    who = fold(given["who"].rstrip(".")) if given else ""
    if who and (who.casefold() in people or full_name(who)):
        return [who], 0, who
    match = OWNERS_BY.search(said)
    if match:
        names = [n for n in OWNERS_APART.split(match.group("owners")) if n]
        if names and all(fold(n).casefold() in people for n in names):
            return [fold(n) for n in names], 0, fold(match.group("owners"))
    return [], 0, None


def _owners_first(said: str) -> tuple[list[str], int, str | None]:
    """Answer the owners, people or roles, an action names at its start (see _owners)."""
    for pattern in (OWNER_BEFORE_COLON, OWNERS_BEFORE_VERB):
        match = pattern.match(said)
        if match:
            names = [n for n in OWNERS_APART.split(match.group("owners")) if n]
            if _all_owners(names):
                rest = match.end() if pattern is OWNER_BEFORE_COLON else 0
                return [fold(n) for n in names], rest, fold(match.group("owners"))
    return [], 0, None


def _requested(
    text: str,
    passages: list[Passage],
    i: int,
    used: set[int],
    year: int | None,
    names: frozenset[str],
) -> Action | None:
    """Answer a request for a task ("Mark: Can you write a proposal?"), owned by the
    speaker who takes it on in the next turn ("Martin Thomson: Yes, and I'll also ask
    Martin Duke.") or by the person the request names ("can jrschke send the
    information to the list"); a request no one answers has no owner, and a task told
    ("So you will produce a version -08 …") is one only where the next turn assents."""
    passage = passages[i]
    words = unwrapped(words_of(text, passage))
    if not holds_any(words, ASKING_WORDS) or not ASKS_AT_ALL.search(words):
        return None
    for a, b in sentence_spans(text, passage):
        sentence = unwrapped(text[a:b])
        if not holds_any(sentence, ASKING_WORDS):
            continue  # neither REQUEST nor PLEASE: no one asked
        who = _asked(sentence, names, chair=passage.by_chair)
        told = who is False and _told(sentence)
        if who is False and not told:
            continue
        j = i + 1
        if j < len(passages) and j not in used and passages[j].section == passage.section:
            answer = passages[j]
            if (
                answer.is_turn
                and answer.speaker is not None
                and answer.speaker != passage.speaker
                and assents(words_of(text, answer))
            ):
                used.add(j)
                return _made(text, passage, a, answer.end, answer.speaker, year)
        if told:
            continue  # a task told, taken on only where its answer assents
        asker = _asker(text, passages, i) if who is True else None
        if asker is not None:  # "you": the one whose question it answers, quoted with it
            before = passages[i - 1]
            return _made(text, before, before.start, b, asker, year)
        return _made(text, passage, a, b, who if isinstance(who, str) else None, year)
    return None


TOLD = re.compile(r"\W*(?:so\s+|and\s+)?you\s+will\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)
"""A task told the one spoken to, opening a sentence: "MT: So you will produce a version -08
addressing the remaining and new comments." (CoRE minutes)."""


def _told(sentence: str) -> bool:
    """Answer whether a sentence tells the one spoken to of a task they will do (see TOLD)."""
    told = TOLD.match(sentence)
    return told is not None and _task_verb(told["verb"])


def _asker(text: str, passages: list[Passage], i: int) -> str | None:
    """Answer who asked the question the i-th passage answers, where it is a turn right
    after another speaker's question in its section ("Martin: The intent is to import it in
    the structure mentioned?" / "Chris: Yes, please file an issue.": Martin's task)."""
    passage = passages[i]
    before = passages[i - 1] if i > 0 else None
    if (
        before is None
        or not (passage.is_turn and before.is_turn)
        or before.section != passage.section
        or before.speaker in (None, passage.speaker)
    ):
        return None
    return before.speaker if words_of(text, before).rstrip(" *_").endswith("?") else None


def _asked(sentence: str, names: frozenset[str], *, chair: bool = False) -> str | bool:
    """Answer whom a sentence asks to do a task: the name as written, True for "you"
    or everyone ("please ..."), False when it asks no one to do one. A `chair` asks the
    group to read or look at something too ("Chairs: Please read draft-pusateri-dnsop-update-
    timeout because we ran out of time")."""
    for match in REQUEST.finditer(sentence):
        who = match.group("who")
        verb = match.group("verb").casefold()
        if verb not in TASK_VERBS or verb in SAID_NOW or who.casefold() in NOT_ASKED:
            continue
        if HOW_OR_WHY.search(sentence, max(0, match.start() - 20), match.start()):
            continue  # "how can you do that?" asks how, not for a task
        if OR_BEFORE.search(sentence, max(0, match.start() - 6), match.start()):
            continue  # "do you have to change version or can you figure it out": a way asked
        if AT_ONCE.search(sentence, match.end()) or ASKS_WHAT.match(sentence, match.end()):
            continue  # "Can you do the poll now?", "can you clarify who is the audience?"
        if ONLY_A_PRONOUN.match(sentence, match.end()):
            continue
        if verb in SAID_OF and SAID_ABOUT.match(sentence, match.end()):
            continue  # "Can you comment on how this affects caches?": answered at the meeting
        if TAKEN_THROUGH.match(sentence, match.end()):
            continue  # "Could you run us through this specific use?": at the meeting too
        if who.casefold() == "you":
            return True
        if _named(who.casefold(), names):
            return who
    # "please" looked for case folded first: re ignoring case tries every character
    please = (
        PLEASE.search(sentence) or PLEASE_AT_END.match(sentence)
        if "please" in caseless(sentence)
        else None
    )
    if please is None:
        return False
    aside = sentence.rfind("(", 0, please.start())
    if (
        hedged(sentence[aside:] if aside > sentence.rfind(")", 0, please.start()) else sentence)
        or TO_EVERYONE.search(sentence)
        or AT_ONCE.search(sentence)
        or THE_RECORD.search(sentence)
    ):
        return False
    asked = [w.casefold() for w in please.group("rest").split()]
    named = NAMED_BEFORE.search(sentence, 0, please.start()) if please.re is PLEASE else None
    if named and asked[0] in TASK_VERBS and _named(named["who"].casefold(), names):
        return named["who"]  # "GS please look at point-to-point responses": GS's task
    if asked[0] in SAID_NOW and asked == [asked[0]]:
        return False  # "Please clarify.": now, not in the draft ("Please clarify in draft")
    if please.re is PLEASE_AT_END and asked[0] in SAID_NOW_PLEASE:
        return False  # "clarify the timeout please", "discuss rigid curves please": now
    if asked[0] == "do" and len(asked) > 1:
        asked = asked[1:]  # "Please do read the draft"
    verbs = [asked[0], *(w for before, w in pairwise(asked) if before == "and")]
    return any(w in PLEASE_VERBS or (chair and w in CHAIR_ASKS) for w in verbs)


@lru_cache(maxsize=1024)  # a word asked of again and again against the same speakers
def _named(who: str, names: frozenset[str]) -> bool:
    """Answer whether a word names a speaker of the meeting, as written or misspelt by
    a letter ("can jrschke send the information" for the speaker "jreschke")."""
    if who in names:
        return True
    if len(who) < 5:
        return False
    near = [n for n in names if abs(len(who) - len(n)) <= 1]
    if len(near) > COMPARED:
        return False  # too many names of its length to tell one misspelt
    for n in near:
        matched = SequenceMatcher(None, who, n)
        if matched.quick_ratio() >= 0.85 and matched.ratio() >= 0.85:
            return True
    return False


def _undertaken(
    text: str,
    passage: Passage,
    year: int | None,
    names: frozenset[str],
) -> list[Action]:
    """Answer the tasks a passage's speaker, named people or roles take on, or calls
    taken to the list, one a sentence; a question or a hedged sentence takes on none."""
    said = unwrapped(words_of(text, passage))
    if not passage.is_turn and not passage.in_agenda and NOTED_TASK.fullmatch(said):
        return [_made(text, passage, passage.words, passage.end, None, year)]
    if not _may_undertake(said):
        return []
    label = DECISION_LABEL.match(said)
    outcome = label is not None and not (label.group("dash") and passage.is_turn)
    spans = sentence_spans(text, passage)
    taken = []
    for a, b in spans:
        sentence = unwrapped(text[a:b])
        if asks(sentence):
            continue
        bare = TO_DO.match(sentence) if a == passage.words and passage.is_turn else None
        if bare and _task_verb(bare["verb"]) and "," not in sentence and not outcome:
            taken.append(_made(text, passage, a, b, passage.speaker, year))
            continue  # "CA: to check with Peter …": the speaker's, as notes write it
        # a passage of one sentence: its words are those found to hold a verb of a task
        found = _undertaking(sentence, passage, names, outcome, may=len(spans) == 1)
        if found is not False:
            taken.append(_made(text, passage, a, b, found, year))
    return taken


def _volunteers(sentence: str) -> str | None:
    """Answer the volunteers a sentence names for a task, as written (VOLUNTEERS,
    VOLUNTEERED): names, never "The Chair volunteered" or "Many volunteered", nor "Please
    volunteer!" ("volunteer" is the verb of several names alone); the task, where it gives one,
    one of TASK_VERBS ("to review", "for reviewing")."""
    listed = VOLUNTEERS.match(sentence) or VOLUNTEERED.match(sentence)
    if listed is None or not _a_name(OWNERS_APART.sub(" ", listed["who"])):
        return None
    said = listed.re is VOLUNTEERED
    if said and listed["ending"] is None and len(OWNERS_APART.split(listed["who"])) < 2:
        return None
    verb = listed["verb"] or (listed["doing"] if said else None)
    return listed["who"].rstrip(".") if verb is None or verb in TASK_VERBS else None


def _undertaking(
    sentence: str, passage: Passage, names: frozenset[str], outcome: bool, *, may: bool = False
) -> str | bool | None:
    """Answer the owner of the task a sentence takes on (the speaker for "I will ...",
    the name for "Ekr will ..."), None when the sentence takes one on with no owner
    named, or False when it takes none on. An `outcome` (a labelled decision: "result:
    no discomfort, will make this a "SHOULD rewrite to GET"") says what is decided, and
    takes on only a task someone named takes ("Conclusion: ... Carsten and Sebastian will
    work on proposals") or a call to the list ("HUM: in favour of adoption, to be
    confirmed on the list."). `may`: the sentence is known to hold a verb of a task or a
    list."""
    if not may and not _may_undertake(sentence):
        return False  # no verb of a task for NAMED or OWN, no list for FOLLOW_UP
    for match in [] if NAMED_TASK.search(sentence) is None else NAMED.finditer(sentence):
        who = _after_opener(match.group("who"), names)
        end = match.start("reported") if match.group("reported") else match.end()
        # what hedges it stands after the last period before it: a sentence runs on past a
        # period where the next word is in lower case ("We could add a field. rlb will file")
        begin = sentence.rfind(". ", 0, match.start("who")) + 1
        should = SHOULD.search(sentence, match.end("who"), match.start("verb"))
        if should and passage.is_turn:
            continue  # a speaker's view of what someone should do
        said = sentence[begin:end]
        if should:  # the minutes' own "Tommy should add …" assigns it, no hedge
            said = sentence[begin : should.start()] + sentence[should.end() : end]
        if match.group("verb").casefold() not in TASK_VERBS or hedged(said) or _no_task(match):
            continue  # a reported "would" is a reported "will"
        written = [p for p in OWNERS_APART.split(who) if p.strip()]
        parts = [p.casefold() for p in written]
        if parts == ["i"] and not outcome:
            return passage.speaker  # "I will write text.": the speaker's own task
        known = [_may_own(p, names) or p == "i" for p in parts]
        full = [full_name(w) for w in written]  # "Benjamin Schwartz will …", never speaking
        if (any(known) or any(full)) and all(
            k or _a_name(w) for w, k in zip(written, known, strict=True)
        ):
            # "Martin and Kazuho will ...", where Martin speaks; a full name; those listed before
            return _listed_before(sentence, match, names) or who
    for match in [] if outcome or "ask" not in caseless(sentence) else ASKED_TO.finditer(sentence):
        who, verb = match.group("who").casefold(), match.group("verb").casefold()
        denied = NOT_BEFORE.search(sentence, 0, match.start())  # "We didn't ask David to ..."
        if verb in TASK_VERBS and _may_own(who, names) and denied is None:
            return match.group("who")
    volunteers = _volunteers(sentence) if "volunteer" in caseless(sentence) else None
    if volunteers and not outcome:
        return volunteers
    for match in [] if outcome or not holds_any(sentence, OWN_WORDS) else OWN.finditer(sentence):
        before = HEDGE_ENDS.split(sentence[: match.end()])[-1]
        if not _task_verb(match.group("verb")) or hedged(before):
            continue  # a hedge before "but" not reaching it: "Not sure, but will research"
        if _no_task(match) or _quoted(sentence, match.start()):
            continue
        if (
            VAGUE_OUT.match(sentence, match.end())
            or any(p.search(sentence, match.end()) for p in (AT_ONCE, AT_THE_SESSION))
            or (match["verb"].casefold() in SAID_LATER and LATER.match(sentence, match.end()))
            or (
                match["verb"].casefold() in TALKED_NOW
                and NOW.search(sentence, match.end("who"), match.start("verb")) is not None
            )
        ):
            continue  # "we'll figure it out": a reassurance; "we'll move on": going on; "will
            # run two polls now", "will discuss … later in this session", "I will now talk
            # about …": at the meeting
        sent = match["verb"].casefold() in WRITTEN_VERBS  # "… a proposed agenda … tomorrow"
        if match.group("who").casefold().startswith("we") and (
            (passage.in_agenda or AT_THE_MEETING.search(sentence)) and not sent
        ):
            continue  # the meeting's own program: "After introductions, we will review ..."
            # (not "We will send a mail to confirm this.", written and sent after it)
        if _only_able(sentence, match) or _only_glad(match) or _someone_elses(sentence, match):
            continue
        on = ACTION_ON.search(sentence, match.end())  # "… (*action on Carsten)": theirs
        return on["who"] if on and _may_own(on["who"].casefold(), names) else passage.speaker
    follow = FOLLOW_UP.search(sentence) if holds_any(sentence, FOLLOW_UP_WORDS) else None
    if follow and not hedged(sentence[: follow.end()]):
        verb, who = follow.group("verb"), follow.group("who")
        if who is not None:  # "Kyle to take that to the list", "The chairs will take ..."
            return who if _may_own(who.casefold(), names) else False
        if verb is None or verb.casefold() in TASK_VERBS:
            # of those asked, no one named: "please take it …", "bring discussion to the list",
            # "Post the version to the mailing list and get feedback." (ALTO minutes)
            bidden = (
                follow["bring"] and not sentence[follow.start() : follow.start("bring")].strip()
            )
            asked = "please" in caseless(follow.group()) or bool(bidden)
            return None if asked else passage.speaker
    for given in () if outcome else (DONE_BY, ASSIGNED):
        by = given.search(sentence)
        who = by["who"].rstrip(".") if by else ""  # "Assigned to ekr."
        if who and (_may_own(who.casefold(), names) or full_name(who)) and not hedged(sentence):
            return who
    fixed = WILL_BE_DONE.search(sentence) if "will be" in caseless(sentence) else None
    if fixed and not outcome and not hedged(sentence[: fixed.end()]):
        return passage.speaker if passage.is_turn else None
    assent = WILL_DO.fullmatch(sentence) if "be done" in caseless(sentence) else None
    if passage.is_turn and not outcome and assent:
        return passage.speaker  # "Yes, it will be done.": the speaker's, what the turn answers
    elsewhere = LETS_ELSEWHERE.search(sentence) if "let" in caseless(sentence) else None
    if elsewhere and elsewhere["verb"].casefold() in TASK_VERBS and not outcome:
        return None  # "Let's do that on the mailing list.": the group's, no one named
    done = TO_BE_DONE.match(sentence) if "to be" in caseless(sentence) else None
    what = done["what"].casefold() if done else ""
    words = what.replace("\u2019", "'").split()  # a denial: "7807 doesn't allow … to be added"
    of_a_task = not NOT_OF_A_TASK.intersection(words) and not any(w.endswith("n't") for w in words)
    if done and not outcome and not hedged(what) and of_a_task:
        return None  # "New issue to be filed.": a task, no one named
    return False


def _listed_before(sentence: str, match: re.Match[str], names: frozenset[str]) -> str | None:
    """Answer the owners NAMED's match names with those listed before it, as written, where
    the sentence opens with their list, each a speaker's name or a full name ("Sam, Tony,
    Benno, Paul will help untangle"; not "Ok, Martin will write it"), or, in a list of
    more, each written as a name ("Malcom Hubert, Tommy, Loreenzo, Jean Chalard, Darshak to
    review 7710-bis")."""
    listed = LISTED_BEFORE.fullmatch(sentence, 0, match.start("who"))
    if listed is None:
        return None
    before = [n.strip() for n in listed["listed"].split(",") if n.strip()]
    known = [_may_own(n.casefold(), names) or full_name(n) for n in before]
    if not all(known) and not (len(before) > 1 and all(map(_a_name, before))):
        return None
    return sentence[listed.start("listed") : match.end("who")]


def _no_task(match: re.Match[str]) -> bool:
    """Answer whether a task's verb and what follows it take no task on: "try" followed by
    "not to", a way of going about things ("We'll try to not make things more complex than
    they need to be."), "cut" the queue or the discussion ("will cut the queue now"), "lead
    to" a consequence ("It will lead to confusion"), "sort of", a hedge, or a
    poll of the room ("will do show of hands")."""
    verb, end = match.group("verb").casefold(), match.end("verb")
    after = NO_TASK_AFTER.get(verb)
    if after is not None and after.match(match.string, end) is not None:
        return True
    return POLLED_HERE.match(match.string, end) is not None


def _quoted(sentence: str, at: int) -> bool:
    """Answer whether a place in a sentence is within quotation marks, words quoted rather
    than said: 'current doc says “I will hang around that long, and will send a CLOSE”'."""
    before = sentence[:at]
    return before.rfind("\u201c") > before.rfind("\u201d") or before.count('"') % 2 == 1


def _after_opener(who: str, names: frozenset[str]) -> str:
    """Answer an owner as written without a word that opens its sentence before a speaker's
    name ("Agreed Jana will write a PR.": Jana's)."""
    first, _, rest = who.partition(" ")
    return rest if rest.casefold() in names and first.casefold() in OPENERS else who


def _a_name(written: str) -> bool:
    """Answer whether an owner named beside one who speaks is written as a person's name
    ("Kazuho" in "Martin and Kazuho will make an editing pass", where only Martin speaks):
    capitalised words, none a word of a phrase ("The")."""
    words = written.split()
    return bool(words) and all(w[:1].isupper() and w.casefold() not in COMMON_WORDS for w in words)


def _may_own(who: str, names: frozenset[str]) -> bool:
    """Answer whether a word, case folded, may own a task: a speaker's name, a role
    ("chairs", "editors") or a team ("Fujitsu team", "design team")."""
    return who in names or who in OWNER_ROLES or TEAM.fullmatch(who) is not None


def _only_able(sentence: str, match: re.Match[str]) -> bool:
    """Answer whether an undertaking with "can" says only what someone or something is
    able to do: weighed against a "but" after it ("I can look at those ..., but it adds
    significant re-synchronization time"), done by some means ("I can do this today by
    twiddling packets."), or an "and can" whose sentence opens with no
    speaker of their own ("Gives us a way ..., and can run while the protocol runs"; not
    "i'm OK with that, and can do the new issue")."""
    who = match.group("who").casefold()
    if not who.endswith("can"):
        return False
    if BUT.search(sentence, match.end()) or BY_MEANS.search(sentence, match.end()):
        return True
    return who == "can" and not (
        FIRST_PERSON.match(sentence) or assents(sentence[: match.start()].lstrip(" *_"))
    )


def _someone_elses(sentence: str, match: re.Match[str]) -> bool:
    """Answer whether a "will" after "and" (or "but", "so", "then") goes on what its
    sentence's own subject will do, not the speaker ("Questions draft is important and will
    help drive charter"; not "Unarchived Slack channel and will arrange meeting")."""
    return (
        match.group("who").casefold() == "will"
        and match.start() > 0
        and OWN_SUBJECT.match(sentence, 0, match.start()) is not None
    )


def _only_glad(match: re.Match[str]) -> bool:
    """Answer whether a speaker glad to do something says only how they feel about doing
    it, not a task they take on: to talk, to do so, to move on ("Happy to do this talk in
    room 401", "willing to move on"), where "I'm happy to review the PR" takes one on."""
    glad = GLAD.search(match.group("who")) is not None
    return glad and match.group("verb").casefold() in ("do", "talk", "move", "discuss")


def _task_verb(word: str) -> bool:
    """Answer whether a word is a verb of a task, or one's form in -ing ("addressing",
    "elaborating", "running"), as next steps are written: "Next steps are about addressing open
    GitHub issues"."""
    verb = word.casefold()
    if verb in TASK_VERBS:
        return True
    stem = verb.removesuffix("ing")
    doubled = len(stem) > 2 and stem[-1] == stem[-2]
    return stem != verb and (
        stem in TASK_VERBS or f"{stem}e" in TASK_VERBS or (doubled and stem[:-1] in TASK_VERBS)
    )


def _may_undertake(words: str) -> bool:
    """Answer whether words may take a task on: they hold a verb of a task (for NAMED
    or OWN), in -ing after "be" too ("Will be posting it soon"), a list or agenda (for
    FOLLOW_UP) or volunteers (VOLUNTEERS)."""
    folded = caseless(words)
    return (
        TASK_WORD.search(f" {folded}") is not None
        or any(map(folded.__contains__, UNDERTAKING_WORDS))
        or (" be " in folded and any(_task_verb(m[1]) for m in BE_DOING.finditer(folded)))
    )


def _made(
    text: str,
    passage: Passage,
    start: int,
    end: int,
    owner: str | bool | None,
    year: int | None,
) -> Action:
    """Answer the action a passage takes on in text[start:end], quoting the passage
    whole (to `end` when the task is taken on in the turn after it)."""
    who = owner if isinstance(owner, str) else None
    last = max(end, passage.end)
    me = passage.speaker  # "lars and I will chat with spencer": the speaker is one of them
    return Action(
        label=None,
        text=span_text(text, start, end),
        owners=[me if me and n.casefold() == "i" else n for n in _names(who)] if who else [],
        owner=who,
        dates=_dates(text, start, end, year),
        condition=_condition(text[start:end]),
        named_in=(start, end),
        quote=fold(text[passage.start : last]),
        section=passage.section,
        start=passage.start,
    )


def _dates(text: str, start: int, end: int, year: int | None) -> list[ActionDate]:
    """Answer the dates an action gives and what each marks: a scheduled end when the
    nearest cue before it says so ("closing date of"), else a task due by it; a date put
    forward ("propose Feb 8 for a call") is neither."""
    found = []
    for dated in dates(text, start, end, year):
        before = text[start : dated.start]
        if PROPOSED_DATE.search(before):
            continue  # "propose Feb 8 for a call": a date put forward, not one it is due by
        ends = [m.end() for m in END_CUE.finditer(before)]
        dues = [m.end() for m in DUE_CUE.finditer(before)]
        ends_here = bool(ends) and (not dues or max(ends) > max(dues))
        found.append(ActionDate(date=dated.date, marks="end" if ends_here else "due"))
    return found


def _condition(said: str) -> str | None:
    """Answer a condition the action puts on its dates, in brackets as written:
    "(or the IESG Last Call closing date, whichever comes first)"."""
    match = CONDITION.search(said)
    return fold(match.group("condition")) if match else None

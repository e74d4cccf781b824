"""Decisions: what the room decided at this meeting, as the minutes record it: hums
and their outcome, consensus, polls and shows of hands with a count, the room's
assent, chairs' rulings and issues resolved. A question alone, a proposal alone and
an earlier meeting's decision are none."""

import re
from collections.abc import Callable, Sequence

import msgspec

from msecwg.importer.blocks import indent_at
from msecwg.importer.items import (
    PROPOSES_AS_QUESTION,
    SHORT_PASSAGE,
    Passage,
    asks,
    assents,
    hedged,
    quote_of,
    sentence_spans,
    span_text,
    unwrapped,
    words_of,
)
from msecwg.importer.records import Decision
from msecwg.importer.text import CaseAside, caseless, fold, holds_any, sentences
from msecwg.importer.vocabulary import ADOPTION_TO_LIST, ISSUE_DISPOSED, SPOKEN_ABOUT

# A labelled outcome: "conclusion: accepted", "result: no discomfort, ...", "HUM: in
# favour of adoption", "resolution: this is negotiated", "Show of hands: 15 people ...",
# "Poll (Meetecho) should we adopt it? Y: 11, N:5" (how it was taken, in brackets),
# "(consensus): IETF" (the label in brackets), "Way forward: tweak PR to address overflow case"
# (TLS minutes), "conclusion - keep this individual until it matures a little" (CAPPORT minutes;
# with a dash, never in a speaker's turn).
DECISION_LABEL = re.compile(
    r"^(?:\*\*|\()?(?P<label>hums?|humm|humming|conclusion|result|resolutions?|decisions?"
    r"|decided|agreed|agreement|consensus|outcome|way forward|sense of the room|show of hands"
    r"|straw poll|poll)"
    r"(?:\*\*|\))?"
    r"(?:\s*:|(?P<dash>\s+[-\u2013]\s+)|\s*\([^()\n]{1,30}\)\s*:?)(?:\*\*)?",
    re.IGNORECASE,
)
# "Decisions:" and "Resolutions:" label the group's; "Conclusions:" or "Results:", a talk's too
LABEL_KIND = {
    "resolutions": "resolution",
    "decisions": "decided",
    "show of hands": "poll",
    "straw poll": "poll",
    "agreement": "agreed",
    "outcome": "conclusion",
    "way forward": "conclusion",
    "decision": "decided",
}
# The labels of an outcome that answers a question put just before it ("hum: can we
# remove 0.9 support from the spec?" / "conclusion: yes").
OUTCOME_LABELS = frozenset(
    {"conclusion", "result", "resolution", "decision", "decided", "agreed", "agreement",
     "consensus", "outcome"}
)  # fmt: skip
SHORT_OUTCOME = 4
"""The most words of a labelled outcome that says too little without what it settles."""
# A hum opened by a label alone, its options and their hums in the bullets below:
# "Hum!" / "- Should we leave this as is? Broader hum, that's more strong."
HUM_OPENER = re.compile(r"^\W*(?:hums?|humm|humming)\W*$", re.IGNORECASE)
HUMS = re.compile(r"\bhum(?:s|m|ming)?\b", re.IGNORECASE)
OPEN_POLL = re.compile(
    r"\bpoll\s+(?:is\s+)?(?:still\s+)?(?:due|open|ongoing|running|in\s+progress)\b", re.I
)
"""A poll still open, its count so far no outcome: "(Poll due 2023-04-28; 2 yes, 1 no-ob)"
(IRSG minutes)."""
BOLD_LEAD = r"\W*(?:\*\*[^*\n]{1,60}\*\*\W*)?"
"""What may open an item before its words, a topic in bold: "* **Simplifying Terms**: Agreed
to remove …" (AIPREF minutes)."""
# The whole room answering or concluding, the turn before it a sentence: "all: close it",
# "Room: Yes", "Everyone: yes.", "Group: eliminated some options for the fragmentation issue"
ROOM_LABEL_MOST = 40
"""How far into a passage the room's label and the first of its words stand, at the most."""
ROOM_ANSWER = re.compile(
    r"^\W*(?:\(all\)|all|room|the room|everyone|everybody|group|the group)\W*:\s*"
    r"(?!(?:some |more |further |additional |long |lengthy |extended )?(?:discussion|debate)\b)"
    r"\S",
    re.I,
)
"""The room's label opening its answer; not a note that it discussed ("Group: further discussion
on broad vs narrow as part of this first iteration.", AIPREF minutes)."""
# A question of what people know or use, which the room's answer decides nothing of: "does
# anyone in room know an implementation that does this over h1?" / "Room: crickets" (HTTP)
KNOWN_ASKED = re.compile(
    r"\b(?:does|do|did|has|have|is|are)\s+(?:any(?:one|body)|people|folks)\b(?:\s+\w+){0,3}?"
    r"\s+(?:know|use|using|implemented|deployed|running|seen|heard|aware)\b",
    re.IGNORECASE,
)
# A question put to the room: "QUESTION to the room: does anyone have any problems
# with modifying CONNECT?", "Is there anyone here for whom experimental is not good enough?",
# one that opens asking for objections: "Opposed to adoption?", "Any concerns about it being
# adopted?" (HTTPAPI minutes), or asking people: "Have people read this? (couple dozen hands)"
# "How many" of people: "How many had read this draft?", "How many implementers would
# implement this?", not "How many implementations are enough?"
HOW_MANY = (
    r"\bhow many\s+(?:people|persons|folks|participants|implementers|implementors|operators"
    r"|vendors|hands|of\s+you|in\s+the\s+room|here"
    r"|have|had|has|would|will|want|plan|intend|read|are\s+(?:willing|interested|planning))\b"
)
ROOM_RESPONSE = re.compile(
    r"\W*(?:yes|yep|yeah|no|nope|none|nobody|no\s+one|nothing|silence|all|everyone|everybody|many"
    r"|most|some|few|agreement|support\w*|objections?"
    r"|several|lots|hands?|hums?|humm\w*|agreed|consensus|ok|okay|unanimous\w*|crickets"
    r"|majority|thumbs|nods?|nodding|(?!raise\b)[a-z]+(?:\s+(?!raise[sd]?\b)[a-z]+)?\s+hands?)\b",
    re.IGNORECASE,
)
"""The words a response of the room opens with, after a question to it on its line ("? Few
hands", "? (couple dozen hands)"), not the question's own bidding ("? Raise hand if agree.", CoRE
minutes)."""
ROOM_ASIDE = re.compile(
    r"[ \t]*[(\[](?:(?:not|very|quite)\s+)?(?P<said>[^()\[\]\n]{1,60})[)\]]", re.IGNORECASE
)
"""The room's response as the minutes note it in brackets right after a question to it, whatever
follows: "how many people have read it?  (5 raise hands)  Tommy Paul: will get it in the queue",
"(Not many raise hands)"; a count or the room's words (ROOM_RESPONSE), not one person's: "(David
raises hands, then shrugs)"."""
ROOM_QUESTION = CaseAside(
    re.compile(
        rf"\b(?:anyone|anybody|everyone|everybody|the room|who|any objections?|pushback)\b"
        rf"|\bobjections?\s*$|{HOW_MANY}"
        r"|^\W*(?:have|has|did|do|are|were)\s+(?:people|folks)\b"
        r"|^\W*(?:any\s+)?(?:concerns?|opposed|opposition|objections?)\b",
        re.I,
    )
)
# A poll put as a question and answered in the passage after it: "mnot: who has read
# this?" / "response: noone except the author" (httpwg/ietf75.txt); not who someone is ("who
# is “me” when a decision is needed?" / "Answer: it is from the perspective of the switch.")
POLL_QUESTION = re.compile(
    rf"\bwho (?:has|have|had|would|will|here|wants|intends|plans)\b|{HOW_MANY}"
    r"|\bwho is (?:not )?(?:interested|willing|going|planning|in favou?r|against|opposed|ready"
    r"|happy|fine|ok|okay|able|prepared|familiar|aware)\b"
    r"|\bshow of hands\b|\braise (?:your )?hands?\b",
    re.IGNORECASE,
)
# A question's mark, not one inside a web address ("https://youtu.be/n_pUc9XfjWs?t=127")
QUESTION_MARK = re.compile(r"\?(?![^\s)\]\"'*_\u201d\u2019])")
ALTERNATIVE = re.compile(
    r"^(?:\s*or\b[^?\n]{0,80}\?"
    r"|\s*[(\[](?:PRs?|pull requests?|issues?|slides?|sections?|pages?)?\s*#?\d+[)\]])+",
    re.IGNORECASE,
)
"""What may follow a question to the room before its answer: the other choices it offers, each
asked in turn ("NW: any objections folding in the proposed changes? Or need to discuss more?"),
and what it refers to ("(PR 3)", "(#34)"), no count of the room's."""
QUESTION_WORDS = 8
"""How many words a question to the room has at the most that asks of the sentence before it
("Is there anyone who objects to that?")."""
# A question asking for objections, its answer the room's consent: "does anyone have
# any problems with modifying CONNECT?  Nope." (httpwg/ietf101.md)
OBJECTIONS = re.compile(
    r"\b(?:problems?|objections?|object|concerns?|oppose[ds]?|pushback|deal[- ]?breakers?)\b", re.I
)
# A proposal another speaker then assents to: "mnot: propose to close the issue" /
# "lmasinter: OK" (httpwg/ietf75.txt).
PROPOSES = CaseAside(
    re.compile(r"\bpropos(?:e|al)\b|\bsuggest|\blet'?s\b|\b(?:can|should|shall) we\b", re.I)
)
PROPOSING_WORDS = ("propos", "suggest", "let", " we")
"""Words one of which PROPOSES finds, found faster."""
# A request for a task, read as an action item rather than a decision.
REQUESTS = re.compile(r"\b(?:can|could|would) you\b|\bplease\b", re.IGNORECASE)
# A call confirmed on the list afterwards: "Consensus for first option? Take to list."
TO_THE_LIST = re.compile(
    r"\btake (?:it |this )?(?:back )?to (?:the )?(?:mailing )?list\b"
    r"|\bconfirm(?:ed)? on (?:the )?(?:mailing )?list\b",
    re.IGNORECASE,
)
LEFT_TO_THE_LIST = r"to\s+(?:be\s+)?confirm(?:ed)?\s+(?:on|via)\s+(?:the\s+)?(?:mailing\s+)?list"
"""A conclusion's words that leave it to the list to confirm: "to be confirmed on list"."""
# A question a chair takes to the list, opening a sentence: "[chair] Take it to the list.",
# "Chair: take this all to the list." (MASQUE and ADD minutes); a chair's ruling, not another
# speaker's wish
CHAIR_TAKES = re.compile(
    r"^\W*(?:\[chairs?\]\s*)?(?:so,?\s+|then,?\s+|ok(?:ay)?,?\s+)?"
    r"(?:let'?s\s+|we(?:'ll|\s+will)\s+)?take\s+"
    r"(?:it\s+|this\s+(?:all\s+)?|that\s+|the\s+(?:\w+\s+)?)?(?:back\s+)?to\s+(?:the\s+)?"
    r"(?:mailing\s+)?list\b",
    re.IGNORECASE,
)
# A question put off, the minutes' note or a chair's ruling, not another speaker's proposal:
# "Discussion about token binding document: table the adoption." (RATS minutes), never "Jana:
# Just table this, handle Issue #58" (QUIC minutes) nor "the table the chairs showed"
TABLED = re.compile(
    r"(?<!the )(?<!a )(?<!this )\btabl(?:e|ed|ing)\s+(?:the|this|that|it|these)\b", re.IGNORECASE
)
# The sense a chair took, as they say it: "Chairs: Sense we got was that people want this to be
# published with a SHOULD" (TLS minutes); a speaker's own ("The sense I get is …") is a view
SENSE_TAKEN = re.compile(
    r"^\W*(?:the\s+)?sense\s+(?:we|I)\s+(?:got|get|have)\s+(?:was|is)\s+that\b", re.IGNORECASE
)
# The interest a chair reads in the room, as they say it: "It sounds like there's strong interest
# and also concerns …", "I'm hearing a level of interest in this", "It seems like there's
# interest, Martin is willing to work on the draft" (HTTP minutes)
INTEREST_HEARD = re.compile(
    r"\b(?:sounds|seems|looks)\s+like\s+there(?:'s|\u2019s|\s+is)\s+(?:(?:a\s+lot\s+of|general"
    r"|broad|wide|strong|clear|some|a\s+level\s+of)\s+)?interest\b"
    r"|\b(?:I['\u2019]m|I\s+am|we['\u2019]re|we\s+are)\s+hearing\s+(?:(?:a\s+lot\s+of|general|broad"
    r"|strong|clear|some|a\s+level\s+of)\s+)?(?:interest|support)\b",
    re.IGNORECASE,
)
DISPOSED = re.compile(
    r"^\W*(?:(?:action|resolution)\s*:|(?:(?:issue|pr)\s*)?#\d+"
    r"(?:\s*[-:\u2013]+|\s+(?:(?:to|will|has)\s+be(?:en)?\s+|is\s+|was\s+)?(?=[a-z]))"
    r")\s*[_*]*"
    rf"(?:(?:closed|resolved)\b(?!\s+(?:after|once|when|if)\b)|{ISSUE_DISPOSED}\b)",
    re.IGNORECASE,
)
"""An issue's outcome, as an action label notes it: "Action: _Closed with no action_", "Action:
Closed as out of scope", "Action: Proposal accepted" (HTTP minutes), or after its number: "- #132 -
closed", "- #345 to be closed and folded into #348" (MLS minutes)."""
MINUTES_APPROVED = re.compile(
    r"(?:^|(?<=\s))(?:the\s+)?(?:(?:[\w-]+\s+){0,3}minutes|minutes\s+of\s+(?:the\s+)?[^.;?]{1,40}?)"
    r"\s+(?:(?:were|are|have\s+been|has\s+been|was)\s+)?(?:accepted|approved|adopted)\b"
    r"(?!\s+(?:last|at|in|on)\b)",
    re.IGNORECASE,
)
"""The minutes of an earlier meeting approved, as the minutes note it: "April meeting minutes
accepted." (CELLAR minutes), "Minutes of the last meeting were approved."; an earlier meeting's
decision that is this meeting's (see EARLIER); not "the minutes approved last time said …"."""
# The way the group goes: "So move forward with GET.", "Plan is to start WGLC, but ...", "our
# plan is to use github." (HTTPAPI minutes); a speaker's own ("Andrew: Move forward with this",
# ADD minutes) is a view, and a plan to revise a document its authors' work ("CB: The plan is
# to submit version -14 after …", "The plan is to get the remaining comments addressed", "The
# plan is to complete the document after the summer break", CoRE minutes)
GOING = re.compile(
    r"^\W*(?:so\s+)?(?:we(?:'ll| will)\s+)?move forward with\b|^\W*(?:the\s+|our\s+)?plan is to\b"
    r"(?!\s+(?:submit|publish|post|upload|update|revise|address|integrate|incorporate|write|add"
    r"|fix|complete|finish|finali[sz]e)\b)"
    r"(?!\s+get\b[^.;]{0,40}\b(?:addressed|resolved|fixed|incorporated)\b)",
    re.IGNORECASE,
)
CHAIRS_ONLY = (CHAIR_TAKES, TABLED, SENSE_TAKEN, INTEREST_HEARD, GOING)
"""Rulings and readings of the room a turn makes only where its speaker is written as a chair
(the minutes' own note makes them too)."""
# What is or is not in the group's scope, a chair's ruling in their own turn: "Chair: websockets
# not in scope of charter." (WISH minutes), "chair(Eric): This is the right place to talk about
# this." (MASQUE minutes); not a gloss in brackets: "a charter which describes what the group
# works on, and also what the group will **not** work on (out of scope)" (HTTPAPI minutes)
CHAIR_SCOPES = re.compile(
    r"(?<!\()\b(?:out(?:side)?\s+of\s+(?:the\s+)?scope|not\s+in\s+scope|(?:is|are)\s+in\s+scope)\b"
    r"|\b(?:is|isn['\u2019]t|is\s+not)\s+the right (?:place|group|venue)\s+(?:to|for)\b",
    re.IGNORECASE,
)
# A call for adoption or a last call that someone will start (see CUES), or make: "will call
# for adoption on the list" (HTTPAPI minutes), or take to the list: "Benno: Will take adoption to
# the list" (DNSOP minutes).
CALL_ANNOUNCED = re.compile(
    r"(?:\bwill|'ll|\bshall|\bgoing\s+to|\bchairs?\s+to)\s+(?:(?:soon|then|now|also)\s+)?"
    r"(?:(?:start|issues?|do|run|kick\s+off|send(?:\s+out)?|initiate|open|launch|begin)\s+"
    r"(?:(?:a|an|the|another|second|2nd|third|3rd|new|formal|\w+[- ]weeks?|wg|working\s+group)\s+)*"
    r"(?:wglc|last\s+call|adoption\s+call|call\s+for\s+(?:wg\s+)?adoption|cfa)\b"
    rf"|call\s+for\s+(?:(?:wg|working\s+group)\s+)?adoption\b|{ADOPTION_TO_LIST})"
    r"(?!\s+(?:review|comments?|feedback)\b)",
    re.IGNORECASE,
)
CHAIRS_CALL = re.compile(
    r"^\W*chairs?\W*action\s*:\s*(?:[^.;?:\n]{1,40}\s[-\u2013]\s)?(?:time\s+for\s+)?"
    r"(?:an?\s+)?(?:wglc|wg\s+last\s+call|last\s+call|cfa|call\s+for\s+(?:wg\s+)?adoption"
    r"|adoption\s+call)(?:\s+(?:sent|started|issued|launched))?[ \t*_]*(?:\n|$)",
    re.IGNORECASE,
)
"""A label of the chairs' action whose action is a call and nothing more (see CUES)."""
# An issue resolved: "ian: will close with no action", "Mark: Okay, we're closing
# this one and flagging for v2.", "mike: I will close the issue based on feedback", "Chairs:
# Close out issue, do editorial pass, …" (HTTP minutes); not "the silent close issue"; not a
# step on the way: "We'll double-check that all were addressed before closing it." (CoRE),
# nor a topic: "Next version will focus on closing these open points." (CoRE)
CLOSED = re.compile(
    rf"(?=clos)(?<!before )(?<!after )(?<!until )(?<!when )(?<!\bon ){SPOKEN_ABOUT}"
    r"\b(?:close|closing)(?:\s+out\s+(?:the\s+)?issues?|\s+(?:out\s+)?(?:it|this|this one"
    r"|the issues?|these|with no action))\b"
    r"|^\W*close\s+and\s+move\s+on\b",
    re.IGNORECASE,
)
TASK_NOTED = re.compile(
    r"\W*(?!(?i:happy|glad|willing|ready|need|needs|want|wants|plan|plans|going|agreed|decided)\b)"
    r"[A-Z][\w.'-]*(?:\s+(?:and\s+)?[A-Z][\w.'-]*)?\s+to\s+(?!be\b)[a-z]+\b"
)
"""A note that opens with someone's task: "Chris to create a new issue to capture the issue
more accurately and close this." (TLS minutes), an action item, not the issue closed; not
"Happy to close with no action"."""
# What was decided at another meeting: "(as was decided in tokyo)", "as agreed last time".
# "Previous discussion, consensus was extension though.", "In the room in Melbourne,
# the consensus was ...", "We previously hummed that ..." (quic/ietf108.md, ietf101.md, ietf103.md),
# "I thought we already had a consensus that we want to do this." (CCWG minutes), "There was
# consensus @ Dispatch that this was needed." (WISH minutes), "agreed at IETF 110"
EARLIER = re.compile(
    r"\bas (?:was |we )?(?:decided|agreed|discussed)\b|\bprevious(?:ly)?\b|\bearlier\b|\bearly on\b"
    r"|\blast (?:time|meeting|ietf|interim)\b|\bprior (?:meeting|session|interim|call)s?\b"
    r"|\bin the room in [A-Z]|\bwhen we (?:decided|agreed)\b"
    r"|\b(?:decided|agreed|consensus)\b.{0,40}\bbefore\b"
    r"|\balready\s+(?:had|reached|agreed|decided)\b"
    r"|\b(?:decided|agreed|consensus)\s+(?:@|at)\s*(?:the\s+)?(?:(?-i:[A-Z]{3,})\b|dispatch\b|bof\b"
    r"|ietf\s*\d+)",
    re.IGNORECASE,
)
# The sense of the room still to be taken, not its reading: "Let's get a sense of the room on
# these four issues." (WPACK minutes), "to gauge the sense of the room"
SENSE_SOUGHT = re.compile(
    r"\b(?:get|getting|take|taking|gauge|gauging|check|checking)\s+(?:a|the)\s+(?:quick\s+)?$",
    re.IGNORECASE,
)
# A hum still to come, not its outcome: "Asking for a hum for least favorite.", "We're
# going to hum on the three options", "Please hum if you think this is research", "At some
# point we need to vote hum", "two hums. first hum: close issue with h3 -> q2.", "We're
# going to have hums to gauge interest".
HUM_PLAN = re.compile(
    r"\b(?:going to|will|let's|please|to|do a|for a|take a|vote)\s+hum\b|\bhums?\s+first\b"
    r"|\b(?:going to|will|let's|to)\s+(?:have|do|take|run)\s+(?:a\s+|some\s+)?hums?\b"
    r"|\b(?:I|who|we)\s+hummed\b|\b(?:two|three|four|five)\s+hums\b",
    re.IGNORECASE,
)
# A hum's subject alone on its line, its outcome below: "HUMS ON SUPPORTING RENAMING to H3"
# / "support hum strongly in favor ..." (quic/ietf103.md).
HUM_ASKED = re.compile(r"\W*hum(?:s|ming)?\s+(?:on|whether|if)\b[^:.;!]*", re.IGNORECASE)
# A list's lead line naming what follows as topics or questions to come: "HUM TOPICS",
# "Questions for the room:" (quic/ietf103.md).
PLANNED = re.compile(r"\b(?:topics|questions|agenda)\b", re.IGNORECASE)
# No consensus reached: "not near consensus", "we don't have consensus", "No consensus
# on this yet" (quic/ietf104.md, quic/interim-20-10.md), "I don't think we have consensus",
# "It doesn't sound like we have consensus", "unless we reach consensus to adopt it" (ADD
# minutes), a consensus still to come: "Consensus is emerging" (AIPREF minutes), "an emerging
# consensus", or one recalled from before: "I thought we had consensus that we don't need …" (ADD
# minutes).
NO_CONSENSUS = re.compile(
    r"\b(?:no|not near|not|don't have|do not have|lack of|without)\s+(?:\w+\s+)?consensus\b"
    r"|\b(?:don't|do not|doesn't|does not)\s+(?:think|believe|feel|see|sound|seem)\b"
    r"[^.;?]{0,40}\bconsensus\b|\b(?:unless|until)\b[^.;?]{0,30}\bconsensus\b"
    r"|\bconsensus\s+(?:is\s+|seems\s+to\s+be\s+)?(?:emerging|forming|building|developing)\b"
    r"|\b(?:an\s+)?(?:emerging|forming|developing|nascent)\s+consensus\b"
    r"|\b(?:thought|believed|recalled|remembered)\s+(?:that\s+)?we\s+had\s+(?:\w+\s+)?consensus\b",
    re.IGNORECASE,
)
# No consensus as the minutes note it or a chair declares it, a conclusion of the meeting: "No
# consensus on top-level." (AIPREF minutes), "No consensus yet, progress needs to be made first
# before we decide" (RATS minutes), a chair's reading of the room: "Sounds like there is no
# consensus on adding this section" (WEBTRANS minutes), "We do not have WG consensus to say we
# have all the use cases documented." (ADD minutes); a speaker's "not near consensus" is a view
# (see NO_CONSENSUS)
NO_CONSENSUS_NOTED = re.compile(
    r"\W*(?:(?:it\s+)?(?:sounds|seems|looks)\s+like\s+)?"
    r"(?:(?:there\s+(?:is|was)\s+)?no|we\s+(?:do\s+not|don['\u2019]t|did\s+not|didn['\u2019]t)\s+have)\s+"
    r"(?:wg\s+|working\s+group\s+|rough\s+|clear\s+)?"
    r"consensus\b",
    re.IGNORECASE,
)
MISSPELT_CONSENSUS = re.compile(r"\bcon(?:cen[cs]|senc)us\b", re.IGNORECASE)
""""Consensus" misspelt with a "c" for an "s", as often: "Concensus", "consencus"."""
BUT = re.compile(r";\s|,\s+but\s", re.IGNORECASE)
"""Where a clause ends, which a hedge before it does not reach (see _own_clause)."""
SHOWN = re.compile(r"\b(?:thumbs?|nods?|nodding)\b|\U0001f44d", re.IGNORECASE)
"""The room's reaction shown, which answers what was put before it ("Thumbs up in room", "-
\U0001f44d"), where a count of interest ("27 noted interest.") stands alone."""
# Confirming what someone means, not deciding: "version ossification, correct? (Room agrees)"
CONFIRMS_MEANING = re.compile(r"\b(?:correct|right)\?\s*\(?\s*room agrees", re.IGNORECASE)

# The room's assent marked after what it assents to, a proposal too: "We should publish a
# draft-06 that cleans up draft-05 (\U0001f44d)", "Could update just from common ancestor -
# \U0001f44d", or alone below it ("-- Could update just from common ancestor" / "- \U0001f44d"),
# "(Room agrees)", "Last call for objections to the approach, and we'll do a PR...
# (No objections)" (MLS and QUIC minutes), "Do we want this? (Nods in the room)", "if someone
# wants to keep Ignore Order, speak up now *(nobody does)*" (WEBTRANS and QUIC minutes)
ASSENT_MARK = re.compile(
    r"[(\[]\s*(?:room agrees?|no objections?(?: heard| raised| voiced)?|\U0001f44d[^()\n]{0,20}"
    r"|nods?(?: in| from| around)?(?: the room)?|nodding|nobody (?:does|did|objects|objected"
    r"|spoke up|indicated (?:it|that|they)[^()\n]{0,20})"
    r"|no one (?:does|did|objected|spoke up))\s*[)\]]"
    r"|\s-\s*\U0001f44d\s*$|(?P<alone>^\W*\U0001f44d\W*$)",
    re.IGNORECASE,
)
# The room's assent (see DECIDED's "agreed"); "Agreement in the group that something like a
# reference is needed", "considerable support heard for the constraints, and no opposition",
# "Hearing no QPACK removal objections." (a chair's report of the room too), "WG is weakly
# supportive of using PATH", "seeing thumbs up for naming", "I'm getting thumbs up", "There's broad
# agreement about unique signing keys", "most of the group supported adoption", "we have support in
# the room for 419" (HTTPWG minutes); a chair's reading of it: "it sounds like everyone wants full
# mode" (TLS minutes), "sounds like we want to go with proposal 2 for now", "sounds like there are
# no serious objections to the current proposal" (MLS minutes), "Sounds like general support for
# server-generated." (HTTPWG minutes), "seems we're OK merging all three and publishing new version
# of the draft." (ASDF minutes); and the minutes' note of it: "Accepted without objection" (CELLAR
# minutes), "A (MJM): nobody complains." (NWCRG minutes); never agreement sought ("Looking for
# agreement in the WG that they are treated correctly"); "No pushback in the room: rough agreement
# on proposed wire form", "Editorial by unanimous acclamation." (QUIC minutes), "… Group agreed."
# (AIPREF minutes)
ROOM_ASSENT = re.compile(
    r"\broom (?:agrees|is happy|is fine|is ok|supports|seems happy"
    r"|is positive|is supportive|seems positive|seems supportive|wants|prefers|favou?rs)"
    r"|\b(?:wg|group|room) (?:is|was|seems) (?:weakly |strongly |generally )?supportive\b"
    r"|\bmost of the (?:group|room|wg) support(?:s|ed)\b"
    r"|\b(?:seeing|saw|got|getting) (?:some |several |many |lots of |a lot of )?thumbs?[- ]up\b"
    r"|\b(?:people|everyone|everybody|folks) (?:are|is|seem|seems)"
    r" (?:fine with|ok with|happy with|okay with)\b"
    r"|\bpeople nod|\b(?:folks|everyone|some|heads|room)\s+nodding\b|\bnodding\s+(?:from|in|around"
    r"|across)\s+the\s+room\b|^\W*nodding\b|\bnodding\s+heads\b|\bheads nod"
    r"|\b(?:general|broad|wide|rough) agreement\b|\bno push-?back (?:in|from) the room\b"
    r"|\bunanimity\b|^\W*(?:nobody|no one|no-one)\s+(?:voices|voiced|raises|raised|expresses"
    r"|expressed)\s+(?:any\s+)?(?:unhappiness|concerns?|objections?|opposition|disagreement)\b"
    r"|\bby (?:unanimous )?acclamation\b"
    r"|\b(?:looks|sounds|seems) like (?:the )?(?:group|room|wg|everyone|everybody) (?:is|are)"
    r" in favou?r of\b"
    r"|\+\d+\b[^.;?]{0,80}\bno objections?\b"
    r"|(?<!for )\bagreement\s+(?:in|of|within|among)\s+(?:the\s+)?(?:group|room|wg|team|call)\b"
    r"|\b(?:support|agreement)\b[^.;?]{0,80}\band\s+no\s+opposition\b"
    r"|\b(?:support|agreement)\b[^.;?]{0,80}\band\s+no\s+objections?\b"
    r"|^\W*hearing\s+no\b[^.;?]{0,40}\bobjections?\b"
    r"|(?<!no )(?<!little )(?<!not much )\bsupport (?:in|from) the room\b"
    r"|\bsounds like (?:everyone|everybody|the (?:room|group|wg)|we all) (?:wants?|agrees?"
    r"|prefers?)\b|\bsounds like we want to go with\b"
    r"|\bsounds like there (?:are|is) no (?:serious |strong |real )?objections?\b"
    r"|\b(?:seems|sounds|looks)(?: like)? we(?:'re ok|\u2019re ok| are ok|'re fine|\u2019re fine"
    r"| are fine)(?:ay)? (?:with )?[a-z]+ing\b"
    r"|\bsounds like (?:this|that|it) is (?:ok|okay|fine|acceptable) (?:with|for|to) (?:the )?"
    r"(?:wg|group|room|everyone|everybody)\b"
    r"|\bsounds like (?:there is |there's )?(?:general |broad |wide |strong |clear )?support"
    r" for\b"
    r"|\b(?:accepted|approved|agreed|adopted|merged|closed)\s+(?:without|with\s+no)\s+(?:any\s+)?"
    r"objections?\b|\b(?:accepted|approved|merged) as is\b|\bsilent (?:agreement|consent)\b"
    r"|^\W*(?:nobody|no one|no-one)\s+(?:complains|complained|objects|objected|disagrees"
    r"|disagreed)\W*$|^\W*(?:all|(?:the\s+)?(?:group|room|wg)|everyone|everybody)\s+(?:all\s+)?"
    r"(?:agree|agrees|agreed)\W*$",
    re.IGNORECASE,
)
# The room agreeing as the minutes note it, never a speaker's "not everyone agrees" or
# "everyone agrees with me" (see CUES)
ROOM_AGREES = re.compile(
    r"^\W*(?:the )?(?:group|wg|room) (?:is|seems) (?:happy|fine|ok|okay) (?:to|with)\b"
    r"|(?<!not )\b(?:we all|everyone|everybody|people|folks|(?:the )?(?:group|room|wg)) (?:all )?"
    r"(?:seems? to |all )?agrees?\b(?! with (?:me|you|him|her)\b)",
    re.IGNORECASE,
)
ASKED_NONE = re.compile(
    r"\bask(?:ed|s) (?:if|whether)\s+(?:there\s+(?:were|was|are|is)\s+)?(?:any\s+)?"
    r"objections?\b[^.?]{0,60}?[;,:-]\s*(?:none|no\s+one|nobody|no\s+objections?)\b",
    re.IGNORECASE,
)
"""Objections asked for, as the minutes report it, and none given (see CUES)."""
HEARD_NONE = re.compile(
    r"\bhearing\s+(?:none|no(?:\s+[\w-]+){0,3}?\s+(?:objections?|concerns?|opposition))\b",
    re.IGNORECASE,
)
"""Objections asked for and none heard, as a chair says it: "Any issues with #2 (response
suppression) --- hearing none.", "Hearing no QPACK removal objections." (see CUES)."""
# A chair's reading of the room, no hedge: "RB - seems like consensus is on per sender
# chaining", "Seems like there is rough consensus for option 2" (MLS minutes), "we seem to
# have consensus" (HTTPAPI minutes)
CONSENSUS_SEEN = re.compile(
    r"\b(?:seems?|sounds?|looks?)\s+(?:like\s+|to\s+be\s+|to\s+have\s+)?"
    r"(?:there\s+is\s+|there's\s+|we\s+have\s+)?(?:a\s+)?"
    r"(?:rough\s+|strong\s+|clear\s+|in[- ]room\s+)?consensus\b",
    re.IGNORECASE,
)
# The minutes' own note that no one objected, to what went before or to what it names ("No
# objections.", "No objection to returning to the issues list ..."; in a turn, only marked as
# the minutes' own: "MT: ... No objection to moving this in here." is a speaker's view)
NO_OBJECTION = re.compile(
    r"^\W*no objections?(?:\s+to\s+(?:(?:this|that|the)\s+(?:plan|proposal|approach)|these|those"
    r"|[a-z]+ing\b[^.;?!]*|(?:do|make|merge|adopt|accept|apply|keep|use|go|move|add|remove"
    r"|include|drop|change)\b[^.;?!]*))?"
    r"(?:\s+(?:heard|raised|voiced|expressed))?(?P<room>\s+(?:from|in)\s+(?:the\s+)?(?:room|floor"
    r"|participants|attendees|group|wg|working\s+group))?"
    r"(?:\s+(?:on|in)\s+(?:the\s+)?(?:mailing\s+)?(?:list|call|meeting)"
    r"(?:\s+or\s+(?:on|in)\s+(?:the\s+)?(?:mailing\s+)?(?:list|call|meeting))?)?\W*$",
    re.IGNORECASE,
)
ASIDE = re.compile(r"\([^()]*\)")
"""A sentence that is an aside in brackets."""
CONSENSUS_ON = re.compile(r"^\W*(?:rough\s+)?consensus\s+on\b", re.IGNORECASE)
"""A consensus the minutes note opening a sentence, never in a turn ("Pascal: consensus on how
things work together" says what a document would hold)."""
SUPPORT_NOTED = re.compile(
    r"^\W*(?:very\s+)?(?:strong|clear|broad|general|wide|overwhelming)\s+support\s+(?:for|to)\b",
    re.IGNORECASE,
)
"""The room's support the minutes note opening a sentence, never in a turn ("Strong support to
adopt draft deer.", ADD minutes; "Ted: Strong support for this" is Ted's)."""
# The room's confirmation of what was put before it: "Slide - Don't add, seems like extra
# complexity" / "This was confirmed on the call." (MPTCP minutes)
CONFIRMED = re.compile(
    r"^\W*(?:this|that|it)\s+(?:was|is)\s+confirmed(?:\s+(?:on|in|by)\s+the"
    r"\s+(?:call|room|meeting|group|wg))?\W*$",
    re.IGNORECASE,
)
# A call for objections to what was put before it: "Any objections?", "Objections/concerns?"
OBJECTIONS_CALLED = re.compile(
    r"\W*(?:any\s+)?(?:objections?|concerns?)\b[^.?!]{0,40}\?\W*", re.IGNORECASE
)
# A poll's count by answer, as Meetecho's show of hands gives it, under the question:
# "This is a problem that we understand enough to tackle and the wg should take this on:"
# / "Yes: 22" / "No: 0" / "No Opinion: 7" (CCWG minutes); "Raised: 16 | Not Raised: 4",
# "raise hands: 20" (sframe and dance minutes), "* **Yes:** 29" (QUIC minutes), "* Yes (24)"
# below "Total Participants: 48" (AIPREF minutes), "Raised Hands: 12" (WPACK minutes), "* 0
# raised" / "* 16 non-raised" (HTTPAPI minutes), a table of them: "| Raise Hand | Do not raise
# hand | Participants |" / "| --- | --- | --- |" / "| 20 | 46 | 60 |" (QUIC minutes)
COUNT_BY_ANSWER = re.compile(
    r"^\W*(?:yes|in\s+favou?r|support|raised(?:\s+hands?)?|raise\s+hands?)"
    r"(?:\s*:[*_]*\s*\d+\b|\s*\(\d+\))"
    r"|^\W*\d+[ \t]+raised(?:[ \t]+hands?)?[ \t]*$"
    r"|^[ \t]*\|[ \t]*raised?(?:[ \t]+hands?)?[ \t]*\|[^\n]*\n[ \t|:-]+\n[ \t]*\|[ \t]*\d+[ \t]*\|",
    re.IGNORECASE | re.MULTILINE,
)
# A poll's question and its count on one line, a poll a line: "Is this a topic we should
# work on? 41 (yes) 0 (no) 6 (no opinion)", "Have you read this or a recent revision of
# BBR? 34", "Who thinks we should work on this topic: 19." (CCWG minutes), "should SCONE
# allow ... language? 22 yes, 8 no, 5 no op" (SCONE minutes), "Show of hands - is 5033 a
# good starting point: pro 30, con 1, undecided 11", "... in the room in adopting this as a work
# item?" / "For: 38 No: 2", "Do you support option 2 (proxy payloads)? 11/17/81" (MASQUE minutes),
# "Are in favour of 1 byte - 21 raised hands, 16 did not. 111 participants" (TLS minutes), "Is
# this a suitable starting point for WG adoption"? Result: 46 raise, 2 do not raise" (MASQUE),
# "Do you want STOP_SENDING_AT in this draft? y/n? => 2/30 (110 no opinion)" (QUIC minutes),
# "How many people think CCWG should work on this topic (18: yes, 4 no, 14 no opinon)", "Are
# people interested in testing this? (11 people said yes)" (CCWG minutes)
_FOR_LABEL = r"^\W*(?:yes|for|pro|in\s+favou?r)[ \t]*:"
"""The label a poll's count for opens a line with, where its counts stand alone: "For:"."""
_PARTICIPANTS = r"\btotal[ \t]+participants[ \t]*:[ \t]*\d+[ \t]*-[ \t]*yes[ \t]+\d+"
"""Meetecho's count of a poll written on a line: "total participants: 43 - yes 11 - no 16"."""
POLL_LINE = re.compile(
    r"\?[ \t]*(?:(?:about|around)[ \t]+|~[ \t]*)?\d+(?:[ \t]*[-\u2013][ \t]*\d+)?[ \t]*"
    r"(?:\([ \t]*(?:yes|no)\b[^)\n]{0,20}\)|[.;]?[ \t]*$)"
    rf"|{_PARTICIPANTS}"
    r"|[?\]][ \t]*\d+/\d+(?:/\d+)?[ \t]*$"
    rf"|{_FOR_LABEL}[ \t]*\d+\W{{0,3}}(?:no|against|con)\b\.?:?[ \t]*\d+\b"
    r"|\b\d+[ \t]+raised[ \t]+(?:their[ \t]+)?hands?\b[^\n]{0,40}\bdid[ \t]+not\b"
    r"|\b\d+[ \t]+raised?[ \t]*[,;][ \t]*\d+[ \t]+(?:do|did)[ \t]+not\b"
    r"|^\W*(?:who|how\s+many)\b[^:?\n]{3,120}[:?][ \t]*(?:\d+|none|nobody|no\s+one)\W*$"
    r"|\b\d+[ \t]+(?:yes|pro|in\s+favou?r)[ \t]*,[ \t]*\d+[ \t]+(?:no|con|against)\b"
    r"|\b(?:yes|pro)[ \t]+\d+[ \t]*,[ \t]*(?:no|con)[ \t]+\d+\b"
    r"|\?[ \t]*(?:=>|->|\u2192)[ \t]*\d+[ \t]*(?:/[ \t]*\d+|:[ \t]*\d+\b[^\n]{0,30}"
    r"\b(?:opinion|abstain\w*|out[ \t]+of|yes|no|hands|people))"
    r"|\([^()\n]*(?:\b\d+[ \t]*:?[ \t]*(?:people[ \t]+(?:said[ \t]+)?)?(?:yes|no)\b(?!-)"
    r"|\byes[ \t]*:?[ \t]*\d+\b)[^()\n]*\)[*_ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
POLL_COUNT = re.compile(r"[0-9]|[Nn][Oo](?:[Nn][Ee]|[Bb][Oo][Dd][Yy]|[ \t]+[Oo][Nn][Ee])\b")
"""What every line of POLL_LINE holds, found faster than it: a digit, "none", "nobody" or "no
one"."""
# A poll's line that gives its counts alone, its question put before it: "For: 38 No: 2"
COUNTS_ALONE = re.compile(rf"{_FOR_LABEL}|^\W*{_PARTICIPANTS}", re.IGNORECASE)
# A poll put in words that say it is one: "Poll to adopt both solution docs." (dance)
POLL_PUT = re.compile(r"\W*(?:straw\s+)?(?:poll|show\s+of\s+hands)\b", re.IGNORECASE)
# One answer of a hum or poll, each on a line of its own: "**Yes: Strong hum**", "**No:
# Nothing**" (quic/ietf103.md).
BY_ANSWER = re.compile(
    r"^\W*(?:yes|no|abstain|in\s+favou?r|against|opposed|don't\s+know|no\s+opinion"
    r"|(?:not\s+|non-|un)?raised(?:\s+hands?)?)\s*(?::|\(\d+\))"
    r"|^\W*\d+\s+(?:not\s+|non-|un)?raised(?:\s+hands?)?\W*$",
    re.IGNORECASE,
)
# A count under a poll that answers nothing: "Participants: 73", "total: 21", "* 50 participants"
ANSWER_COUNT = re.compile(
    r"^\W*(?:(?:total\s+)?(?:participants|people)|total)\s*:\s*\d+\W*$"
    r"|^\W*\d+\s+participants\W*$",
    re.IGNORECASE,
)
# The cues of the room's assent: in a turn, the minutes' own note of it.
NOTED = (ASSENT_MARK, ROOM_ASSENT, NO_OBJECTION, CONFIRMED)
NAMED_DECISION = re.compile(r"\b(?i:is|was)\s+the\s+(?i:decision)\W*$")
"""A decision named so, in a turn too, not one recalled: "Mirja: no change is the decision."
(QUIC minutes)."""
COUNT_WORDS = (
    "people", "person", "folks", "participant", "hand", "favo", "against", "opposed", "thumb",
    "interested", "noted", "expressed", "showed", "signal", "poll", "respons", "vote", "answer",
    "raise", "+1", "majority", "supporting",
)  # fmt: skip
"""Words one of which a count of people or hands for something holds (see CUES)."""
# The cues of a decision, each with words one of which it holds, case aside: a sentence
# that holds none of them is not searched for it.
CUES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    # the sense of the room, or of those present: "The sense of those present was that the
    # document must remain strictly neutral" (AIPREF minutes)
    (
        "sense of the room",
        re.compile(r"\bsense of (?:the room|those (?:present|in the room))\b", re.IGNORECASE),
        ("sense of",),
    ),
    ("sense of the room", SENSE_TAKEN, ("sense",)),
    ("sense of the room", INTEREST_HEARD, ("interest", "hearing")),
    # The room's preference: "strong preference for error code in the room", "the room
    # prefers option B" (MASQUE minutes)
    (
        "sense of the room",
        re.compile(
            r"\bpreference\b[^.;?]{0,60}\b(?:in|of|from) the room\b"
            r"|\bthe room (?:prefers|preferred|favou?rs|favou?red|leans|leaned)\b",
            re.IGNORECASE,
        ),
        ("preference", "the room"),
    ),
    (
        "hum",
        re.compile(
            r"(?<!the )\b(?:strong|weak|moderate|mid|low|loud|clear|no|broader|stronger)\s+hums?\b"
            r"|\bhum(?:s|med|ming)?\s+(?:(?:more|louder|mostly)\s+)?"
            r"(?:for|in\s+favou?r|against|on|to|if|whether|results?)\b"
            r"|\bhum(?:m|s|ms|ming)?\s*:|\bhum(?:s|med)?\s+(?:strongly|clearly|loudly|weakly|mostly)\b"
            r"|\bhums?\s+(?:indicated|showed|shows|suggested)\b|\b\d+\s+hums?\b",
            re.IGNORECASE,
        ),
        ("hum",),
    ),
    (
        "consensus",
        re.compile(
            r"(?<!\bwith\s)(?<!\bwithout\s)\b(?:rough\s+)?consensus\s+(?:is|was|exists|existed|to|for"
            r"|that|around"
            r"|in\s+(?:the\s+)?room|of\s+the\s+room)\b"
            r"|\b(?:we\s+(?:seem\s+to\s+)?have|there\s+is|there\s+was|reached|declared?|expressed"
            r"|showed)\s+"
            r"(?:(?:rough|clear|strong|broad|general)\s+)?consensus\b"
            r"|\bsummary\s+of\s+(?:the\s+)?consensus\b"
            # the room's, as a chair reads it or the minutes note it: "Sounds like in-room
            # consensus.", "In-room consensus, to be taken to the list." (CoRE minutes)
            r"|(?<!no\s)(?<!not\s)\bin[- ]room\s+consensus\b"
            r"|\b(?:sounds?|looks?)\s+like\s+(?:(?:rough|clear|strong|general)\s+)?consensus\b"
            r"|\b(?:seems?\s+to\s+be|there\s+is|there's)\s+(?:(?:rough|clear|general)\s+)?"
            r"convergence\s+(?:on|around|towards?)\b"  # "Seems to be convergence on MT's text."
            # a consensus call and its outcome: "ST: Consensus call, remove custom DHE group
            # and point to Dan's draft, no objections…" (TLS minutes)
            r"|\bconsensus\s+call\b[^.?;]{0,150}?\bno\s+(?:objections?|one\s+objected)\b",
            re.IGNORECASE,
        ),
        ("consensus", "convergence"),
    ),
    # The minutes' own note of it: "Consensus on the proposed architecture." (T2TRG minutes)
    ("consensus", CONSENSUS_ON, ("consensus",)),
    ("sense of the room", SUPPORT_NOTED, ("support",)),
    (
        "decided",
        re.compile(
            r"\b(?:it\s+was|it['\u2019]s|it\s+is|was|were|been|(?i:we)(?:\s+have)?|WG|group|room)"
            r"\s+(?i:decided)\b"
            r"|\(decided\s+to\b"
            rf"|^{BOLD_LEAD}(?i:decided)\s+(?:not\s+)?(?:that|to|on|upon)\b"
            # the room's decision: "In room decision to use Big endian." (QUIC minutes)
            r"|\b(?i:in[- ]room|(?:the\s+)?room(?:['\u2019]s)?)\s+(?i:decision)\s+(?:is\s+|was\s+)?"
            r"(?:to|that|on)\b"
        ),
        ("decided", "decision"),
    ),
    ("decided", NAMED_DECISION, ("decision",)),
    (
        "agreed",
        re.compile(
            r"\b(?:it\s+was|was|were|been|(?i:we)(?:\s+have)?|WG|group|room)\s+(?i:agreed)\b"
            r"|\b(?i:discussed\s+and\s+agreed)\b|\(agreed\s+to\b"
            rf"|\bagreement\s+is\s+(?:now\s+)?to\b|^{BOLD_LEAD}(?i:agreed?)\s+(?:that|to|on|upon)\b"
        ),
        ("agree",),
    ),
    # A count of people or hands for something: "8 hands go up for interest in making a
    # proposal.", "about 10 people have read draft", "38 in favor. 0 against.", "27 noted
    # interest." (tsvwg minutes), "21 yes responses, 1 no response" (scone minutes), "21
    # raised hands, 16 did not", "7 raised their hand" (TLS minutes), "8ish thumbs up in the
    # room", "thumbs up around the room" (HAPPY minutes), "Thumbs up in room" (MASQUE
    # minutes), "Poll showed 23 interested in adopt, 13 not interested." (DPRIVE minutes), "The
    # response was unanimous in favor of working on a TLS-based PT." (NEA minutes), "About
    # two dozen hands were raised." (WEBTRANS minutes), "Eighteen or so people raise their
    # hands", "Most of room raises hand" (MLS minutes), "A number of hands shown", "Multiple
    # hands in the room", "Received several thumbs up." (MASQUE minutes), "Show of hands:
    # 20:11 130 no-opinion." (QUIC minutes), "Polling for WGA: 6 raise-hand, 0 not-raise." (CoRE
    # minutes), "Six people would support adoption.", "4+authors read it and 3 supporting
    # adoption" (CoRE minutes); a count
    # by answer, as Meetecho's show of hands tool gives it: "Yes: 22 No: 0 No Opinion: 7"
    # (CCWG minutes)
    (
        "poll",
        re.compile(
            r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?:people|persons|folks|participants)\b.{0,30}"
            r"\b(?:have read|read|willing|in favou?r|support|against|interested|raised|volunteer)"
            r"|\b\d+\s+supporting\b"
            r"|\b\d+\s+hands?\b|\b\d+\s+(?:in\s+favou?r|against|opposed)\b"
            r"|\b\d+\s+raised\s+(?:their\s+)?hands?\b|\b\d+(?:ish)?\s+thumbs?[- ]up\b"
            r"|\b\d+\s+raised?(?:[- ]hands?)?\s*,\s*\d+\s+(?:not|non|un)[- ]?raised?\b"
            r"|\b\d+\s+interested\s+in\b|\b\d+\s+not\s+interested\b"
            r"|\bshow\s+of\s+hands\s*[:\u2013-]\s*\d+"
            r"|\bthumbs?[- ]up\s+(?:in|around|across|from)\s+(?:the\s+)?room\b"
            r"|\bin\s+the\s+room\s+thumbs?[- ]up\b"
            r"|\b(?:(?:a|two|three)\s+dozen|dozens\s+of|(?:quite\s+)?a\s+few|many|several|most"
            r"|lots\s+of|no|some|multiple|a\s+(?:number|couple)\s+of|(?:a\s+)?couple\s+(?:of\s+)?dozen"
            r"|(?:a\s+)?smattering\s+of)"
            r"\s+(?:hands\s+(?:were\s+)?(?:raised|shown|up|go\s+up|went\s+up|in\s+the\s+room)\b"
            r"|hands\W*$|thumbs?[- ]up\b)"
            r"|\b\d+\s+(?:noted|expressed|showed|signall?ed)\s+(?:interest|support)\b"
            r"|\b(?:people|persons|folks|participants|room)\s+(?:raise[sd]?|raising)\s+"
            r"(?:their\s+)?hands?\b"
            r"|\b(?:\d+|several|many|some|a\s+few|lots\s+of)\s+\+1s?\s+(?:in|on|from)\s+(?:the\s+)?chat\b"
            r"|\bpoll\s+(?:is|was)\s+\d+\s*[-:/]\s*\d+\b"
            # the poll's outcome as the minutes note it: "Poll in favor of single signature
            # scheme." (MLS minutes), "A straw poll showed interest in Thursday/Friday before the
            # IETF.", "A poll of the room was taken, indicating a strong preference for Option 2",
            # "A strong majority favored removing "verbatim" (75% to 25%)" (AIPREF minutes)
            r"|\b(?:straw\s+)?polls?(?:\s+of\s+the\s+room)?(?:\s+(?:was|were)\s+taken,?)?"
            r"\s+(?:showed|shows|showing|indicated|indicates|indicating|revealed)\b"
            r"|\b(?:a\s+)?(?:strong\s+|clear\s+|large\s+|slight\s+|narrow\s+)?majority\s+"
            r"(?:favou?red|favou?rs|preferred|prefers|supported|supports)\b"
            r"|^\W*(?:the\s+)?poll\s+(?:is\s+|was\s+)?(?:strongly\s+|clearly\s+)?in\s+favou?r\s+of\b"
            r"|\b\d+\s+(?:yes|no)\s+(?:responses?|votes?|answers?)\b"
            r"|\bresponses?\s+(?:\(\w+\)\s+)?(?:was|were)\s+(?:unanimous(?:ly)?\s+)?in\s+favou?r\b",
            re.IGNORECASE,
        ),
        COUNT_WORDS,
    ),
    ("poll", COUNT_BY_ANSWER, ("yes", "favo", "support", "raise")),
    # The room's assent: "Room is happy with that. People nod their
    # heads.", "nodding from the room, general agreement" (quic/ietf104.md, httpwg/ietf75.txt).
    (
        "agreed",
        ROOM_ASSENT,
        (
            "room",
            "nod",
            "support",
            "thumb",
            "agreement",
            "opposition",
            "objection",
            "ok with",
            "okay with",
            "fine with",
            "happy with",
            "re ok",
            "re fine",
            "sounds like",
            "in favo",
            "as is",
            "silent",
            "complain",
            "object",
            "disagree",
            "agree",
            "acclamation",
            "pushback",
            "push-back",
            "unanimity",
            "unhappiness",
            "concern",
        ),
    ),
    # The room agreeing, as the minutes note it (never in a speaker's turn): "Group is happy
    # to avoid them all.", "We all seem to agree on that." (MLS minutes)
    ("agreed", ROOM_AGREES, ("group", "agree", "room", "wg")),
    ("ruling", CLOSED, ("clos",)),
    ("ruling", DISPOSED, ("clos", "resolved", "accepted", "rejected", "merged")),
    # An issue resolved, as the minutes report it: "Issue #64 was merged into issue #65.",
    # "#88 was similarly uncontroversial and was merged", "Issue #75 will be closed after
    # ..." (scone minutes)
    (
        "ruling",
        re.compile(
            r"(?:\b(?:issues?|PRs?|pull\s+requests?)\s*#?|#)\d+\b[^.;?]{0,60}?\b(?:was|were|has"
            r"\s+been|have\s+been|will\s+be)\s+(?:also\s+)?(?:merged|closed|shelved|accepted"
            r"|rejected|declared\s+\w+)\b",
            re.IGNORECASE,
        ),
        ("merged", "closed", "shelved", "accepted", "rejected", "declared"),
    ),
    # The minutes of an earlier meeting approved, as the minutes note it: "April meeting minutes
    # accepted." (CELLAR minutes), "Minutes of the last meeting were approved."
    ("agreed", MINUTES_APPROVED, ("minutes",)),
    # A chair's ruling on when or where: "chairs: revisit in london", "Punt to tomorrow" (not
    # "we punted to avoid delay", MASQUE minutes), "Have parked Key", "flagging for v2", "david
    # s has been named focal point for this.", who writes or shepherds a document: "Lucas added
    # as co-author" (MASQUE minutes), "Darrel to be a new co-author" (HTTPAPI minutes),
    # "Christian Amsüss accepted to be Shepherd" (CoRE minutes) ("no/defer/other" names
    # answers; "we largely defer to HTML" yields to another's choice, decides nothing)
    (
        "ruling",
        re.compile(
            r"\brevisit\b|\bpunt(?:ed)? to (?=the |an? |(?:next|later|future|another|after|tomorrow"
            r"|today|\w+day|interim|version|list)\b|post|v\d|\d|(?-i:[A-Z]))"
            r"|(?<!/)(?<!/ )\b(?:deferred|deferring|defer(?!\s+to\b))\b(?!\s?/)"
            r"|\b(?:have|has|we've|we)\s+parked\b"
            r"|\bflag(?:ged|ging)? for v\d"
            r"|\b(?:named|appointed|designated|added|accepted\s+to\s+be|agreed\s+to\s+be"
            r"|to\s+be\s+(?:a|the)\s+new|(?:is|will\s+be)\s+the\s+new)\s+(?:as\s+)?"
            r"(?:the\s+|an?\s+)?(?:new\s+)?(?:focal point|(?:co-?)?(?:editors?|authors?)"
            r"|(?:document\s+)?shepherd|lead)\b(?!['\u2019]s)",
            re.IGNORECASE,
        ),
        (
            "revisit",
            "punt",
            "defer",
            "parked",
            "flag",
            "named",
            "appointed",
            "designated",
            "added",
            "accepted",
            "agreed",
            "new",
        ),
    ),
    ("ruling", CHAIR_TAKES, ("list",)),
    ("ruling", TABLED, ("tabl",)),
    ("ruling", CHAIR_SCOPES, ("scope", "right ")),
    # The minutes' note that a question goes on on the list: "Discussion to continue on list.",
    # "resolve on the list about where this can appear" (TLS minutes)
    (
        "ruling",
        re.compile(
            r"^\W*(?:the\s+)?(?:discussion|conversation)s?\s+(?:to|will|shall)\s+continues?\s+on\s+"
            r"(?:the\s+)?(?:mailing\s+)?list\b|^\W*(?:to\s+be\s+)?resolved?\s+on\s+(?:the\s+)?"
            r"(?:mailing\s+)?list\b",
            re.IGNORECASE,
        ),
        ("list",),
    ),
    # A ruling on adoption: "Mark: Not considering adopting now, but that might change.";
    # not a point made about it ("I made the point about not adopting this")
    (
        "ruling",
        re.compile(rf"(?=not ){SPOKEN_ABOUT}\bnot (?:considering )?adopting\b", re.IGNORECASE),
        ("adopting",),
    ),
    # No call yet: "No call for adoption, but there is interest.", "There is interest, but
    # not ready to ask for adoption yet", "Wants more discussion on the list before call for
    # adoption" (WebTransport, TLS and DNSOP minutes)
    (
        "ruling",
        re.compile(
            r"^\W*no (?:call for adoption|adoption call)\b"
            r"|\bnot (?:yet )?ready to (?:ask|call) for (?:wg )?adoption\b"
            r"|\b(?:needs?|wants?|requires?) more discussion\b[^.;?]{0,40}\bbefore\b"
            r"[^.;?]{0,40}\badoption\b",
            re.IGNORECASE,
        ),
        ("adoption",),
    ),
    ("ruling", GOING, ("move forward", "plan")),
    # A call the chairs put off: "Can't really do a call for adoption of QUIC bit
    # greasing or Delayed ACK at this time anyway" (quic/ietf110.md), "We're not doing a call for
    # adoption right now, just vague interest" (HTTP minutes), "won't call for adoption yet."
    # (HTTPAPI minutes)
    (
        "ruling",
        re.compile(
            r"\b(?:(?:can't|cannot|won't|will not|not going to)\s+(?:really\s+)?(?:do|start|issue"
            r"|run)|(?:we['\u2019]re|we are)\s+not\s+(?:doing|starting|issuing|running))"
            r"\s+(?:a|an|the)\s+(?:call for adoption|adoption call|wglc|last call)\b"
            r"|\b(?:can't|cannot|won't|will not|not going to)\s+call for adoption\b",
            re.IGNORECASE,
        ),
        ("call for adoption", "adoption call", "wglc", "last call"),
    ),
    # A call the chairs announce: "we'll start wglc on these 3 docs.", "Chairs to start WGLC
    # right after this.", "MT: We will soon start a 2-week WG Last Call on ...", "Tim will
    # issue adoption call." (WebTransport, MASQUE, CoRE and DPRIVE minutes); a review or
    # comments in the call is another's task
    ("ruling", CALL_ANNOUNCED, ("wglc", "last", "adoption", "cfa")),
    # An adoption to be confirmed on the list, as a chair says it will be: "Will confirm adoption
    # request on the list." (HTTPAPI), "to take it to the list to confirm adoption" (HTTP), "going
    # to discuss and then confirm the adoption on the mailing list" (QUIC); not a question
    (
        "ruling",
        re.compile(r"\bconfirm\s+(?:the\s+)?adoption\b(?![^.?!\n]*\?)", re.IGNORECASE),
        ("confirm",),
    ),
    # A conclusion of the room left to the list to confirm, as the IETF's decisions are, the
    # words beside it saying what: "To be confirmed on list, stick with STD- and document XML
    # serialization limitations." (HTTPAPI minutes), "There is some support to incorporate
    # Accept into the server-side; to confirm on the list." (HTTP minutes); not the words alone
    # ("To be confirmed on list."), nor someone's own step ("we need to confirm on the list")
    (
        "conclusion",
        re.compile(
            rf"[;,(]\s*{LEFT_TO_THE_LIST}\b|^\W*{LEFT_TO_THE_LIST}\s*,\s*\w+\s+\w+", re.IGNORECASE
        ),
        ("confirm",),
    ),
    # The chairs' action that is a call, the minutes' label for it: "**Chairs Action: CfA**",
    # "Chairs Action: Time for WGLC", "Chairs Action: Catalog Zones - CfA", "Chairs Action:
    # CfA sent" (DNSOP minutes); not one asked ("Chairs Action: Adopt?"), nor an agenda's item
    ("ruling", CHAIRS_CALL, ("action",)),
    # No objection voiced, written as the minutes' own note: "Have parked Key - ... No
    # objections." (httpwg/ietf101.md); a speaker's own "no objection" is their view.
    ("agreed", NO_OBJECTION, ("no objection",)),
    # Objections asked for, as the minutes report it, and none given: "Chairs: Asked if there
    # were objections to BCP; none in the room" (DNSOP minutes)
    ("consensus", ASKED_NONE, ("ask",)),
    ("consensus", HEARD_NONE, ("hearing",)),
    ("agreed", CONFIRMED, ("confirmed",)),
    # The room's assent marked after what it assents to (see ASSENT_MARK), where no other
    # cue says more.
    ("agreed", ASSENT_MARK, ("room agree", "objection", "\U0001f44d", "nod", "nobody", "no one")),
]
# A ruling only offered, wished, needed or a way to one spoken of: "so we shelved that for now
# and can revisit later.", "I don't see a workable way to close it", "wanted to defer
# hard computation work", "With a single packet number space, you need to revisit a lot of
# assumptions." (QUIC minutes).
MODAL_BEFORE = re.compile(
    r"\b(?:can|could|may|might|should|would|shall we|will we|do we|didn't|did not|don't|do not"
    r"|not|never|ways?|wants?|wanted|tried|trying|need|needs|needed)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# The time an agenda gives a topic: "revisit the first implementation draft" among "Other
# topics: hpack/qpack (30minutes); verifying migration and ACKs (30min)": a plan, no ruling.
TIMED = re.compile(r"\(\s*\d+\s*(?:min|mins|minutes)\b", re.IGNORECASE)
# A ruling's words as the subject of a sentence about them: "closing the issue is what
# triggers the landing".
SPOKEN_OF = re.compile(r"\s+(?:is|was|would be|means)\b", re.IGNORECASE)
# The words of which a passage holding a decision holds one, or a count ("8 hands"):
# text holding none is passed over, found faster than by ANY_CUE.
CUE_WORDS = (
    "hum", "sense of the room", "sense we", "sense i", "consensus", "decided", "agree", "nod",
    "revisit", "punt", "defer", "park", "tabl", "flag", "named", "appointed", "designated",
    "adopt", "objection", "clos", "happy", "prefer", "leans", "yes", "ok with", "okay with",
    "fine with", "re ok", "re fine", "move forward", "plan", "raise", "positive", "supportive",
    "merged", "shelved", "accept", "reject", "declared", "in favo", "opposition", "confirmed",
    "list", "thumb", "hands", "\U0001f44d", "wglc", "last call", "cfa", "nobody", "no one",
    "room want", "room prefer", "room favo", "support in the room", "support from the room",
    "scope", "co-author", "coauthor", "co-editor", "shepherd", "new editor", "as editor",
    "sounds like", "right place", "right group", "right venue", "minutes", "acclamation",
    "pushback", "push-back", "unanimity", "decision", "hearing", "+1", "poll", "sense of those",
    "majority", "interest",
)  # fmt: skip
COUNTED = re.compile(r"\d\s+[pfhiaonesy]", re.IGNORECASE)
CUE_AS_A_WORD = {
    "sense we": r"sense we\b", "sense i": r"sense i\b", "yes": r"yes\s*[:(]", "list": r"list\b",
    "opposition": r"no\s+opposition", "in favo": r"in favou?r",
}  # fmt: skip
"""The words of CUE_WORDS that cue a decision only as written here ("yes:", not "yes")."""
ANY_CUE = CaseAside(
    re.compile(
        "|".join([*(CUE_AS_A_WORD.get(w, re.escape(w)) for w in CUE_WORDS), COUNTED.pattern]),
        re.IGNORECASE,
    )
)
"""What a passage holding a decision holds: a cue word as CUE_AS_A_WORD writes it, or a count."""
OPTION_WORDS = 8
"""The most words of an answer a question offers in a list below it."""

Rule = Callable[[str, list[Passage], int, set[int]], Decision | list[Decision] | None]


def decisions(
    text: str, passages: list[Passage], headings: Sequence[tuple[int, int]] = ()
) -> list[Decision]:
    """Answer the decisions the passages record, in order: a hum with its options and
    outcome, a labelled outcome ("conclusion: accepted"), a question answered by the
    room or by a labelled outcome, a proposal another speaker assents to, or a sentence
    with a hum, a consensus, a count of hands, the room's assent or a ruling. Their
    documents are named later (reader.read, by each one's named_in). `headings` are
    the spans of the sections' headings, by section: answers one a line that open a
    section answer its heading."""
    found: list[Decision] = []
    used: set[int] = set()
    rules: list[Rule] = [_polls, _hum_list, _labelled, _answered, _assented, _cued]
    opening: dict[int | None, int] = {}  # the first passage of each section
    for i, passage in enumerate(passages):
        opening.setdefault(passage.section, i)
    for i in range(len(passages)):
        if i in used:
            continue
        for rule in rules:
            made = rule(text, passages, i, used)
            if isinstance(made, list):
                found += made
                break
            if made is not None:
                opens = passages[opening[passages[i].section]]
                found.append(_under_heading(text, made, opens, headings))
                break
    return found


def _under_heading(
    text: str, made: Decision, passage: Passage, headings: Sequence[tuple[int, int]]
) -> Decision:
    """Answer a decision that opens its section with the heading's words before it where
    it is answers or a count of who answered one a line, the heading the question they
    answer ("##### 1. Confirm: the spin bit is fit for purpose" / "**Yes: Strong hum**" /
    "**No: Nothing**", "#### Poll: Our charter has the appropriate scope" / "Total
    Participants: 41" / "* Yes (15)"), or a short labelled outcome, the heading what it
    settles ("### Issue #203: Expect should be a list header" / "Decision: proceed")."""
    section = passage.section
    if section is None or section >= len(headings) or made.start != passage.start:
        return made
    words = words_of(text, passage)
    label = _label(text, passage)
    short = (  # a short outcome: "Decision: proceed"
        label is not None and label[0] in OUTCOME_LABELS and len(label[1].split()) <= SHORT_OUTCOME
    )
    if not (BY_ANSWER.match(words) or ANSWER_COUNT.match(words) or short):
        return made
    start, end = headings[section]
    if text[end : made.start].strip():
        return made  # a list's marker between: "- Decision: continue discussing"
    line = text[start:end]
    title = start + len(line) - len(line.lstrip("#* \t"))
    asked = fold(text[title:end].rstrip("#* \t"))
    if not asked:
        return made
    return msgspec.structs.replace(
        made,
        text=f"{asked} {made.text}",
        quote=f"{fold(text[title : made.start])} {made.quote}",
        start=title,
    )


def _record(
    text: str, passages: list[Passage], first: int, last: int, kind: str, used: set[int]
) -> Decision:
    """Answer a decision spanning passages `first` to `last`, with the counts of a poll or
    hum one a line right below it, and mark them used."""
    if kind in ("poll", "hum"):
        last = _last_below(passages, last, used, lambda j: _counts(text, passages[j]))
    used.update(range(first, last + 1))
    a, b = passages[first], passages[last]
    return Decision(
        kind=kind,
        text=span_text(text, a.start, b.end),
        quote=fold(text[a.start : b.end]),
        section=b.section,
        start=a.start,
        until=b.end,
    )


def _counts(text: str, passage: Passage) -> bool:
    """Answer whether a passage is counts of a poll or hum, one a line: "Yes: 15", "No
    Opinion: 13", "Participants: 73"."""
    lines = [line for line in words_of(text, passage).splitlines() if line.strip()]
    return all(BY_ANSWER.match(line) or ANSWER_COUNT.match(line) for line in lines)


def _counted(text: str, passages: list[Passage], j: int, i: int, used: set[int]) -> bool:
    """Answer whether passage `j` counts who answered the poll `i` counts the answers of:
    "Total Participants: 41" / "* Yes (15)"."""
    before = passages[j]
    return (
        j not in used
        and before.section == passages[i].section
        and bool(ANSWER_COUNT.match(words_of(text, before)))
    )


def _next(passages: list[Passage], i: int, used: set[int]) -> int | None:
    """Answer the passage after `i` in the same section, if it is not used yet."""
    j = i + 1
    if j < len(passages) and j not in used and passages[j].section == passages[i].section:
        return j
    return None


def _previous(text: str, passages: list[Passage], i: int, used: set[int]) -> int | None:
    """Answer the passage before `i` in the same section that a short outcome answers:
    a turn or one that puts a question, whatever bids the room after it ("Who thinks the draft
    is ready for Working Group adoption? Raise hand if agree."), short enough to quote whole,
    not used yet."""
    j = i - 1
    if j < 0 or j in used or passages[j].section != passages[i].section:
        return None
    before = passages[j]
    if len(quote_of(text, before)) > SHORT_PASSAGE:
        return None
    words = words_of(text, before)
    return j if before.is_turn or asks(words) or QUESTION_MARK.search(words) else None


def _label(text: str, passage: Passage) -> tuple[str, str] | None:
    """Answer a passage's decision label (its kind) and the words after it."""
    words = words_of(text, passage)
    match = DECISION_LABEL.match(words)
    if not match or (match.group("dash") and passage.is_turn and not passage.by_chair):
        return None  # "Jana: agreed - where does the timer start.": a speaker's own word (a
        # chair's "Chairs: Show of hands - nobody read it yet." notes the room's)
    label = match.group("label").lower()
    kind = "hum" if label.startswith("hum") else LABEL_KIND.get(label, label)
    return kind, words[match.end() :].strip(" *")


def _put_before(text: str, passages: list[Passage], i: int, used: set[int]) -> int | None:
    """Answer the passage before `i` that puts the poll `i` counts: a turn or a question
    (see _previous), or a line that leads to it ("... a show of hands on this:", "Poll
    to adopt both solution docs.")."""
    j = _previous(text, passages, i, used)
    put = i - 1 if i and i - 1 not in used else None
    if j is None and put is not None and passages[put].section == passages[i].section:
        said = words_of(text, passages[put]).rstrip()
        j = put if said.endswith(":") or POLL_PUT.match(said) else None
    return j


def _polls(text: str, passages: list[Passage], i: int, used: set[int]) -> list[Decision] | None:
    """Answer the polls of a passage written a question and its count a line ("Have you
    read this draft? 7 (yes) 30 (no)" / "Who thinks this is a topic to work on? 4 (yes)
    6 (no)"), each a decision of its own with the lines of its question before it, or,
    for a count alone that opens the passage ("For: 38 No: 2"), with the passage before
    that puts it; a passage of the agenda, or of a poll still open, has none."""
    passage = passages[i]
    words = words_of(text, passage)
    if passage.in_agenda or not POLL_COUNT.search(words) or not POLL_LINE.search(words):
        return None
    if OPEN_POLL.search(words):
        return None  # "(Poll due 2023-04-28; 2 yes, 1 no-ob)": the tally of a poll still open
    found: list[Decision] = []
    after = 0  # a poll's question starts where the poll before it ends
    for line in re.finditer(r"[^\n]+", words):
        if POLL_LINE.search(line.group()):
            a = passage.words + after + len(words[after:]) - len(words[after:].lstrip())
            if not (found or words[: line.start()].strip()) and COUNTS_ALONE.match(line.group()):
                j = _put_before(text, passages, i, used)
                if j is not None:
                    a = passages[j].words
                    used.add(j)
            b = passage.words + line.end()
            after = line.end()
            quote = fold(text[a:b])
            found.append(
                Decision(
                    kind="poll",
                    text=span_text(text, a, b),
                    quote=quote,
                    section=passage.section,
                    start=a,
                    until=passage.end,
                )
            )
    used.add(i)
    return found


def _hum_list(text: str, passages: list[Passage], i: int, used: set[int]) -> Decision | None:
    """Answer a hum opened by a label alone ("Hum!", "Hums:"), with the bullets below
    it that give each option's hum (those nested under it, where the first is) and the
    chair's reading after them ("Rough consensus is to leave as is."), or by the minutes'
    own line that leads to them ("Chairs called for hum on whether the group should work
    on ECN:"), from the question it is an item of ("- Is the problem tractable?" / "  -
    Humming:" / "    - Yes: Loud humming."); a bare label with nothing below is none, and
    so is a line that plans hums on the questions below it ("We will hum on these:") or
    leads to options no hum is given for."""
    words = words_of(text, passages[i])
    opened = HUM_OPENER.match(words) is not None
    leads = not passages[i].is_turn and words.rstrip().endswith(":") and HUMS.search(words)
    if not (opened or (leads and not HUM_PLAN.search(words))):
        return None
    depth = _depth(text, passages[i])
    below = _next(passages, i, used)
    nested = below is not None and _depth(text, passages[below]) > depth >= 0
    last = _last_below(
        passages,
        i,
        used,
        lambda j: (
            bool(passages[j].marker)
            and not passages[j].is_turn
            and (not nested or _depth(text, passages[j]) > depth)
        ),
    )
    if last == i:
        return None
    j = _next(passages, last, used)
    options = (words_of(text, passages[k]) for k in range(i + 1, last + 1))
    if not opened and not any(HUMS.search(option) for option in options):
        return None
    if j is not None:
        after = words_of(text, passages[j])
        if _label(text, passages[j]) or any(
            cue.search(after) for kind, cue, _ in CUES if kind in ("consensus", "hum")
        ):
            last = j
    k = i - 1  # the question the hum is an item of
    if (
        nested
        and k not in used
        and k >= 0
        and passages[k].section == passages[i].section
        and not passages[k].is_turn
        and 0 <= _depth(text, passages[k]) < depth
        and words_of(text, passages[k]).rstrip(" *_)\"'\u201d").endswith("?")
    ):
        i = k
    return _record(text, passages, i, last, "hum", used)


def _depth(text: str, passage: Passage) -> int:
    """Answer how far a passage's list marker is indented, or -1 for a passage with none."""
    return indent_at(text, passage.marker_start) if passage.marker else -1


def _labelled(
    text: str, passages: list[Passage], i: int, used: set[int]
) -> Decision | list[Decision] | None:
    """Answer a labelled outcome ("conclusion: no empty authority, don't allow
    userinfo"); a labelled question ("hum: are you comfortable with having no specific
    limit?") only with the outcome written after it; a labelled poll or hum with the
    labelled outcome after it ("Poll: Align deprecation syntax" / "Result: Not many
    votes"); a short outcome ("conclusion: accepted") with the turn or question it
    answers, any with the question put to the room in the minutes' own words before it
    ("* Support for coordinating this work?" / "* Show of hands: All"); an outcome's label
    alone, the outcomes below it (see _listed_below)."""
    labelled = _label(text, passages[i])
    if labelled is None:
        return None
    kind, body = labelled
    if not body and kind in OUTCOME_LABELS:
        return _listed_below(text, passages, i, kind, used)
    if not body or _planned(text, passages, i):
        return None
    asked = all(asks(body[a:b]) for a, b in sentences(body))
    # the outcome below a question, or below a poll or hum put without one ("Poll: Align
    # deprecation syntax with sunset syntax" / "Result: Not many votes")
    j = _next(passages, i, used) if asked or kind in ("poll", "hum") else None
    answer = _label(text, passages[j]) if j is not None else None
    if j is not None and answer is not None and answer[0] in OUTCOME_LABELS:
        if not answer[1]:  # "Result:" alone, over its list: "* yes: 13" / "* no: 0"
            j = _last_below(passages, j, used, lambda k: _listed(passages[k]))
        return _record(text, passages, i, j, kind if kind == "hum" else answer[0], used)
    if asked:  # a question answered only by an outcome or an assent below it
        if j is None or not assents(words_of(text, passages[j])):
            return None
        return _record(text, passages, i, j, kind, used)
    j = _previous(text, passages, i, used)  # a turn, or else a question
    short = len(body.split()) <= SHORT_OUTCOME
    if j is not None and (short or not passages[j].is_turn):  # a question put
        return _record(text, passages, j, i, kind, used)
    if passages[i].is_turn:
        return _record(text, passages, i, i, kind, used)
    used.add(i)
    return Decision(
        kind=kind,
        text=span_text(text, passages[i].words, passages[i].end),
        quote=quote_of(text, passages[i]),
        section=passages[i].section,
        start=passages[i].words,
        until=passages[i].end,
    )


def _listed_below(
    text: str, passages: list[Passage], i: int, kind: str, used: set[int]
) -> list[Decision] | None:
    """Answer the outcomes an outcome's label alone on its line heads, each item of the list
    right below it ("Conclusion:" / "- Have a dedicated session regarding the issues …", ALTO
    minutes), or the one paragraph below it; none where a turn follows."""
    below = []
    j = _next(passages, i, used)
    while j is not None and _listed(passages[j]):
        below.append(j)
        j = _next(passages, j, used)
    if (
        not below
        and j is not None
        and not passages[j].is_turn
        and _label(text, passages[j]) is None
    ):
        below = [j]
    if not below:
        return None
    used.add(i)
    return [_record(text, passages, n, n, kind, used) for n in below]


def _listed(passage: Passage) -> bool:
    """Answer whether a passage is an item of a list, no one's turn."""
    return bool(passage.marker) and not passage.is_turn


def _planned(text: str, passages: list[Passage], i: int) -> bool:
    """Answer whether a passage is an item of a list its lead line names as topics or
    questions to come ("HUM TOPICS", "Questions for the room:"), not outcomes: not the
    answer to a question the item before it puts ("Questions to the audience:" / "* Support
    for coordinating this work?" / "* Show of hands: All")."""
    j = i
    while j > 0 and passages[j].marker and passages[j - 1].section == passages[i].section:
        j -= 1
    lead = passages[j]
    answers = j < i - 1 and asks(words_of(text, passages[i - 1]))
    return (
        j < i
        and not answers
        and not lead.marker
        and PLANNED.search(words_of(text, lead)) is not None
    )


def _answered(text: str, passages: list[Passage], i: int, used: set[int]) -> Decision | None:
    """Answer a question put to the room with its answer: written after it in the
    same passage ("does anyone have any problems with modifying CONNECT?  Nope."), a
    poll answered in the next passage, by a turn or a count ("who has read this?" /
    "response: noone except the author", "Who is willing to author specs?" / "Eighteen or
    so people raise their hands."), or the whole room answering the passage before ("all:
    close it"), unless it asks in turn ("Room: "What does that mean?"")."""
    passage = passages[i]
    words = words_of(text, passage)
    opening = text[passage.start : min(passage.end, passage.start + ROOM_LABEL_MOST)]
    room = ROOM_ANSWER.match(opening)  # its label, a speaker of no one
    j = _previous(text, passages, i, used) if room and not passage.in_agenda else None
    before = "" if j is None else words_of(text, passages[j])
    ended = before.rstrip(" *_)").endswith((".", "?", "!"))  # not a topic's line: "- All: …"
    if j is not None and ended and not KNOWN_ASKED.search(before) and not asks(words):
        return _record(text, passages, j, i, "agreed", used)
    if "?" not in words:
        return None
    spans = sentence_spans(text, passage)
    for n, (a, b) in enumerate(spans):
        asked = QUESTION_MARK.search(text, a, b)
        mark = asked.start() if asked else -1
        if mark < 0 or not ROOM_QUESTION.search(text[a:mark]):
            continue
        question, rest = text[a : mark + 1], text[mark + 1 : passage.end]
        rest = ALTERNATIVE.sub("", rest)  # "any objections …? Or need to discuss more? (PR 3)"
        kind = "consensus" if OBJECTIONS.search(question) else "poll"
        if _answers(rest):
            return _asked_from(text, passage, _record(text, passages, i, i, kind, used), spans, n)
        alone = not any(c.isalnum() for c in rest)  # the question ends its line, words aside
        j = _next(passages, i, used) if alone else None
        if j is None or passages[j].speaker is not None:
            continue
        said = words_of(text, passages[j])
        if _the_rooms(said):  # "everyone OK?" / "- (silence)"
            return _asked_from(text, passage, _record(text, passages, i, j, kind, used), spans, n)
        if (
            POLL_QUESTION.search(question)
            and not asks(said)
            and (passages[j].is_turn or any(c.search(said) for k, c, _ in CUES if k == "poll"))
        ):
            return _asked_from(text, passage, _record(text, passages, i, j, "poll", used), spans, n)
    return None


def _asked_from(
    text: str, passage: Passage, made: Decision, spans: Sequence[tuple[int, int]], n: int
) -> Decision:
    """Answer a question to the room and its answer, recorded from the question's sentence,
    the n-th of its passage, where that passage is long: from the sentence before it too
    where the question is a few words that ask of it ("… close it. Objections? None"), else
    from the question alone ("Brian (chair hat): thinks … We are going to have first client
    packet indication in SCONE …; is that a deal breaker for anyone? (nobody indicated it
    was)")."""
    if n == 0 or len(quote_of(text, passage)) <= SHORT_PASSAGE:
        return made
    short = len(text[spans[n][0] : spans[n][1]].split()) <= QUESTION_WORDS
    start = spans[n - 1][0] if short else spans[n][0]
    return msgspec.structs.replace(
        made,
        text=span_text(text, start, made.until),
        quote=fold(text[start : made.until]),
        start=start,
    )


def _assented(text: str, passages: list[Passage], i: int, used: set[int]) -> Decision | None:
    """Answer a proposal and another speaker's short assent to it: "mnot: propose to
    close the issue" / "lmasinter: OK"; a request for a task is an action item instead."""
    passage = passages[i]
    if not passage.is_turn or passage.speaker is None:
        return None
    if not holds_any(words_of(text, passage), PROPOSING_WORDS):
        return None
    spans = [(a, b) for a, b in sentence_spans(text, passage) if text[a:b].strip()]
    if not spans:
        return None
    last = text[spans[-1][0] : spans[-1][1]]
    if not PROPOSES.search(last) or REQUESTS.search(last):
        return None
    if asks(last) and not PROPOSES_AS_QUESTION.search(last):
        return None  # "Proposal ready?" / "Yep.": a question of fact answered, no decision
    j = _next(passages, i, used)
    if j is None:
        return None
    answer = passages[j]
    said = words_of(text, answer)
    if (
        answer.speaker is None
        or answer.speaker == passage.speaker
        or not assents(said)
        or len(said.split()) > 3
    ):
        return None
    return _record(text, passages, i, j, "agreed", used)


def _offered(text: str, passages: list[Passage], i: int) -> bool:
    """Answer whether a passage is an answer a question offers, one of a list of short
    items below it, the question maybe over two passages ("In general? Possible" /
    "answers are:" / "- Yes" / "- Defer (decision pending ...)"), or a lead and "Yes" and
    "No" among the items."""
    j, answers = i, set()
    while j and passages[j].marker and len(words_of(text, passages[j]).split()) <= OPTION_WORDS:
        answers.add(words_of(text, passages[j]).strip(" \t.").casefold())
        j -= 1
    asked = words_of(text, passages[j]).rstrip()
    put = text[passages[j - 1].words if j else passages[j].words : passages[j].end]
    return (
        j < i
        and passages[i].marker != ""
        and asked.endswith(("?", ":"))
        and ("?" in put or {"yes", "no"} <= answers)
    )


def _own_clause(before: str, match: re.Match[str]) -> str:
    """Answer the words up to a cue a hedge or proposal before it would qualify: all of
    them, but for the room's assent those of its own clause ("we'll see if we get any
    objections, but we have support in the room")."""
    return BUT.split(before)[-1] if match.re is ROOM_ASSENT else before


def _answers(rest: str) -> bool:
    """Answer whether what follows a question to the room on its line answers it: the room's
    response in brackets right after it, whatever follows (see ROOM_ASIDE); else, in a few
    words and no other question, a count, an aside in brackets, or words of the room's response
    ("? (couple dozen hands)", "? [No objection]", "? none", "? Yes"), not more words of the
    speaker's ("Who will be going to Japan? We need to start organizing.")."""
    aside = ROOM_ASIDE.match(rest)
    if aside and _by_the_room(aside["said"]):
        return True
    if len(rest.split()) > 8 or "?" in rest or not any(c.isalnum() for c in rest):
        return False  # more of the speaker's, another question, or the closing mark alone
    return bool(re.search(r"\d|[(\[]", rest)) or ROOM_RESPONSE.match(rest) is not None


def _the_rooms(words: str) -> bool:
    """Answer whether words are only the room's response in brackets, as an item or line of
    its own below a question to the room: "(silence)", "(several hands)"; not its assent
    ("(no objections)", "(Nods in the room)"), which records what was put (see _cued)."""
    words = words.strip()
    aside = None if ASSENT_MARK.fullmatch(words) else ROOM_ASIDE.fullmatch(words)
    return aside is not None and _by_the_room(aside["said"])


def _by_the_room(said: str) -> bool:
    """Answer whether words in brackets after a question are the room's response to it: a count
    or the room's words ("5 raise hands", "silence"), not one person's ("David raises hands"),
    nor a note naming something with a number ("(The conversation will continue in NVO3 this
    week)", IPPM minutes)."""
    return re.search(r"\b\d", said) is not None or ROOM_RESPONSE.match(said) is not None


def _cued(text: str, passages: list[Passage], i: int, used: set[int]) -> Decision | None:
    """Answer the first sentence of a passage that records a decision by its words: a
    hum, a consensus, a count of hands, the room's assent, an issue closed, a ruling.
    A question is none (but a consensus question the chair takes to the list is one),
    nor a hedged sentence, nor a decision of an earlier meeting, nor no consensus."""
    passage = passages[i]
    words = _spelt(unwrapped(words_of(text, passage)))
    hinted = holds_any(words, CUE_WORDS) or COUNTED.search(words)
    if not hinted or not ANY_CUE.search(words):
        return None
    spans = [(a, b) for a, b in sentence_spans(text, passage) if text[a:b].strip()]
    for n, (a, b) in enumerate(spans):
        sentence = _spelt(unwrapped(text[a:b]))
        cued = _cue(sentence)
        if NO_CONSENSUS_NOTED.match(sentence) and (not passage.is_turn or passage.by_chair):
            return _record(text, passages, i, i, "conclusion", used)
        if cued is None or NO_CONSENSUS.search(sentence):
            continue
        kind, match = cued
        if (
            EARLIER.search(sentence)
            and not match.group().startswith("(")
            and match.re is not MINUTES_APPROVED
        ):
            continue  # a decision noted in brackets is the minutes' own note of this one
        if kind == "sense of the room" and SENSE_SOUGHT.search(sentence, 0, match.start()):
            continue
        before = sentence[: match.end()]
        if kind == "ruling" and (
            MODAL_BEFORE.search(sentence[: match.start()])
            or (match.re is CLOSED and not passage.is_turn and TASK_NOTED.match(sentence))
            or REQUESTS.search(before)
            or SPOKEN_OF.match(sentence, match.end())
            or TIMED.search(sentence)
            or _offered(text, passages, i)
        ):
            continue
        if match.re in (NO_OBJECTION, CONFIRMED):
            aside = sentence.lstrip(" *_").startswith(("(", "["))  # "[No objection]"
            minutes_own = aside or match.groupdict().get("room")
            if passage.is_turn and not minutes_own:
                continue  # a speaker's own view; "(No objections heard)", "No objections from
                # the participants." are the minutes' note
            if not n and (noted := _sentence_before(text, passages, i, used)) is not None:
                return _noted(text, passages, i, noted, b, kind, used)
        if match.re is COUNT_BY_ANSWER:
            if "?" in text[passage.words : a + match.start()]:
                return _record(text, passages, i, i, kind, used)  # its question put before it
            if not n and i and i - 1 in used:
                return None  # the count of a poll its question records
            first = i - 1 if i and _counted(text, passages, i - 1, i, used) else i
            j = _put_before(text, passages, first, used)  # "Total Participants: 41" / "Yes (15)"
            return _record(text, passages, first if j is None else j, i, kind, used)
        planned = kind == "hum" and HUM_PLAN.search(sentence) is not None
        if planned or (kind == "hum" and HUM_ASKED.fullmatch(words.strip())):
            last = _outcomes_below(text, passages, i, used)  # "HUMS ON SUPPORTING RENAMING"
            if last > i:
                return _record(text, passages, i, last, kind, used)
            if planned:
                continue
        # a speaker's "we decided ..." recalls; the minutes' own note records, as do their own
        # words after a report of speech ("Bram presented spots. After discussion, it was agreed")
        narrated = passage.reported and n > 0 and passage.start == passage.words
        recalled = kind in ("decided", "agreed") and match.re not in (*NOTED, NAMED_DECISION)
        if recalled and passage.is_turn and not narrated:
            continue
        if match.re in (CONSENSUS_ON, SUPPORT_NOTED) and passage.is_turn:
            continue
        if match.re is ASSENT_MARK and match["alone"] and passage.is_turn:
            continue  # a speaker's own: "mnot: \U0001f44d"
        if match.re in CHAIRS_ONLY and passage.is_turn and not passage.by_chair:
            continue
        if match.re is CHAIR_SCOPES and not (passage.is_turn and passage.by_chair):
            continue
        if match.re is CHAIRS_CALL and passage.marker:
            continue  # an agenda's item for it, filled before the talk ("- Authors, 20 minutes"
            # / "- Chairs Action: Call for adoption")
        if "?" in sentence[match.start() :] and not asks(sentence):
            continue  # "defer? we thought this would be simple"
        if CONFIRMS_MEANING.search(text[spans[n - 1][0] : b] if n else sentence):
            continue
        answered = (kind == "poll" or match.re is ASSENT_MARK) and "?" in sentence[: match.start()]
        # "? (couple dozen hands)", "Does that feel in scope for QUICWG? [No objection]"
        if asks(sentence) and not answered:
            after = text[b : passage.end]
            if kind not in ("consensus", "hum") or not TO_THE_LIST.search(after):
                continue
        elif (
            (hedged(clause := _own_clause(before, match)) or PROPOSES.search(clause))
            and kind in ("ruling", "agreed", "consensus")
            # "Asked if there were ...", "--- hearing none.", "Action: Proposal accepted"
            and match.re not in (ASSENT_MARK, ASKED_NONE, HEARD_NONE, DISPOSED)
            and not (kind == "consensus" and CONSENSUS_SEEN.search(before))
        ):
            continue
        if kind in ("hum", "poll") and BY_ANSWER.match(words):
            # the other answers below it, one a line
            last = _last_below(
                passages,
                i,
                used,
                lambda j: BY_ANSWER.match(words_of(text, passages[j])) is not None,
            )
            if last > i:
                return _record(text, passages, i, last, kind, used)
        if len(quote_of(text, passage)) <= SHORT_PASSAGE:
            if len(words.split()) <= 4 and match.re not in (CALL_ANNOUNCED, CHAIRS_CALL):
                j = _previous(text, passages, i, used)
                if j is not None:
                    return _record(text, passages, j, i, kind, used)
                reaction = SHOWN.search(words) is not None  # the room's: "Thumbs up in room"
                noted = _sentence_before(text, passages, i, used) if reaction else None
                if not n and noted is not None:  # "Naming networks …" / "Thumbs up in room"
                    return _noted(text, passages, i, noted, b, kind, used)
            return _record(text, passages, i, i, kind, used)
        start = spans[n - 1][0] if n and len(sentence.split()) <= 4 else a
        used.add(i)
        return Decision(
            kind=kind,
            text=span_text(text, start, b),
            quote=fold(sentence),
            section=passage.section,
            start=start,
            until=passage.end,
        )
    return None


def _noted(
    text: str, passages: list[Passage], i: int, start: int, end: int, kind: str, used: set[int]
) -> Decision:
    """Answer the decision the room's reaction noted in passage `i` records, quoting from
    where what it reacts to starts (a sentence before it) to `end`."""
    used.add(i)
    return Decision(
        kind=kind,
        text=span_text(text, start, end),
        quote=fold(text[start:end]),
        section=passages[i].section,
        start=start,
        until=passages[i].end,
    )


def _sentence_before(text: str, passages: list[Passage], i: int, used: set[int]) -> int | None:
    """Answer where the last sentence of the passage before `i` starts, or the one before it
    (and so on back) where the last only calls for objections ("... as accepted now. Any
    objections?"), is an aside in brackets ("(Remember to update S2.1 as well)") or offers
    another choice ("… scaleMin/Max? Or need to discuss more? (PR 3)", see ALTERNATIVE),
    where it is in the same section and not used; else None."""
    j = i - 1
    if j < 0 or j in used or passages[j].section != passages[i].section:
        return None
    spans = [(a, b) for a, b in sentence_spans(text, passages[j]) if text[a:b].strip()]
    k = len(spans) - 1
    while k > 0 and any(
        p.fullmatch(text[slice(*spans[k])].strip()) for p in (OBJECTIONS_CALLED, ASIDE, ALTERNATIVE)
    ):
        k -= 1
    return spans[k][0] if spans else None


def _last_below(
    passages: list[Passage], i: int, used: set[int], keeps: Callable[[int], bool]
) -> int:
    """Answer the last of the passages right below passage `i`, in its section and not used,
    that each keep to a rule (by index), or `i` where the one below does not."""
    last = i
    while (j := _next(passages, last, used)) is not None and keeps(j):
        last = j
    return last


def _outcomes_below(text: str, passages: list[Passage], i: int, used: set[int]) -> int:
    """Answer the last of the short lines of hums right below a passage that plans them,
    each an outcome ("two hums. first hum: close issue ..." / "first hum: loud as hell" /
    "second hum: crickets"), or `i` where none follows."""

    def outcome(j: int) -> bool:
        below = passages[j]
        short = len(quote_of(text, below)) <= SHORT_PASSAGE
        return not below.is_turn and short and HUMS.search(words_of(text, below)) is not None

    return _last_below(passages, i, used, outcome)


def _spelt(words: str) -> str:
    """Answer words with "consensus" spelt right where they misspell it ("Concensus to give it
    a few weeks on github", HAPPY minutes), letter for letter in place: what is read from them
    stands where it stood."""
    return MISSPELT_CONSENSUS.sub(lambda m: f"{m[0][0]}onsensus", words)


def _cue(sentence: str) -> tuple[str, re.Match[str]] | None:
    """Answer the first cue of a decision a sentence holds, with its kind (see CUES)."""
    folded = caseless(sentence)
    for kind, cue, words in CUES:
        if not any(map(folded.__contains__, words)):
            continue
        match = cue.search(sentence)
        if match:
            return kind, match
    return None

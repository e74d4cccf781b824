"""The words the reader of minutes knows, one list a purpose.

Each list says what it is for and which minutes needed it. The reader's stages
(blocks, sections, turns, facts, identity) take their words from here, so that
what msecwg knows of how minutes are written is read in one place.
"""

# -- Documents and their stages -------------------------------------------------

# Words of a section title that make it administrative or procedural, with no document
# for its subject: "Administrivia", "Agenda bashing", "Hackathon / Interop Report",
# "Planning & Wrap up", "Future plans", "Editors' Updates", "Open discussion", "Q&A",
# "Transport Issues" (quic/ietf104.md, quic/ietf110.md, quic/interim-20-10.md,
# httpwg/ietf75.txt "agenda and note well", "issues", "milestone -08 issues"; "Conclusion
# (Chairs)", "Side note": scone and httpapi minutes; "Attendees:", "Meeting notes"; "Key
# Discussion Points", "Decisions and Action Items": Meetecho's summaries; "### Day 1 ###",
# "Day 2 Afternoon": DNSOP and AIPREF minutes; "Kickoff logistics": ALTO minutes; "What's
# next?": NWCRG minutes).
ADMINISTRATIVE_WORDS = frozenset(
    {"administrivia", "agenda", "bashing", "bash", "note", "well", "blue", "sheets",
     "bluesheets", "scribe", "scribes", "chair", "chairs", "chairs'", "intro",
     "introduction", "welcome", "aob", "business", "hackathon", "interop", "wrap",
     "wrap-up", "up", "planning", "plans", "plan", "next", "steps", "discussion", "q&a",
     "questions", "overview", "status", "update", "updates", "report", "reports",
     "session", "slide", "slides", "issue", "issues", "milestone", "editors'", "editor's",
     "editors", "use", "cases", "case", "requirements", "comments", "permits", "parking",
     "lot", "misc", "miscellaneous", "open", "recap", "summary", "logistics", "tuesday",
     "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "results",
     "future", "the", "and", "of", "&", "/", "-", "on", "from", "for", "time", "as",
     "other", "any", "more", "early", "design", "team", "meeting", "interim", "scope",
     "first", "second", "third", "fourth", "i", "ii", "iii", "iv", "triage", "working",
     "group", "wg", "document", "documents", "action", "actions", "items", "closing",
     "remarks", "presentations", "interims", "virtual", "draft", "drafts", "current",
     "conclusion", "conclusions", "side", "attendees", "attendance", "participants", "minutes",
     "notes", "decision", "decisions", "key", "points", "goals", "objectives", "outcomes",
     "takeaways", "highlights", "morning", "afternoon", "evening", "lunch", "break", "day",
     "days", "administrative", "topic", "topics", "kickoff", "kick-off", "aside", "asides",
     "opening", "what's", "what\u2019s", "whats", "what", "now"}
)  # fmt: skip

# Words of a parent heading whose sections each present a document: "## Active Drafts",
# "### Proposed Work", "### Related Work", "## Working Group Drafts", "### Active
# Extension Drafts" (httpwg/ietf100.md, httpwg/ietf101.md, httpwg/ietf102.md,
# quic/ietf98.md), "### Presentations" (TLS minutes), "## Thursday - Extensions and Proposals"
# (HTTP minutes).
DOCUMENT_GROUP_WORDS = frozenset(
    {"drafts", "documents", "docs", "work", "related", "specifications", "specs",
     "deliverables", "milestones", "adoption", "adoptions", "candidates", "presentations",
     "extensions", "proposals"}
)  # fmt: skip

# The words of a heading that names a stage of the process alone, no document: "### In IESG
# Processing", "### RFC Editor Queue", "### Published" (CoRE minutes), "### In WGLC"
STAGE_LABEL_WORDS = frozenset(
    {"in", "under", "with", "at", "past", "post", "the", "for", "awaiting", "waiting", "iesg",
     "ietf", "processing", "evaluation", "review", "rfc", "editor", "editor's", "queue", "wglc",
     "rglc", "wg", "rg", "working", "research", "group", "last", "call", "calls", "lc", "ad",
     "published", "adopted", "adoption", "shepherd", "write-up", "writeup", "publication",
     "requested", "approved", "auth48", "parked", "expired", "dead", "completed", "finished",
     "passed", "ready", "candidate", "candidates"}
)  # fmt: skip

# Words at the end of a title that say what was done with its subject, not its name:
# "Security properties discussion", "httpbis*-07 summary", "HTTP update"
# (httpwg/ietf74.txt, httpwg/ietf75.txt, quic/ietf102.md), "SCONE Protocol Open Issues".
TITLE_TAIL_WORDS = frozenset(
    {"discussion", "summary", "update", "updates", "overview", "status", "presentation",
     "issues", "report", "review", "presentations", "remarks", "open", "slides", "deployment",
     "progress", "experience", "plans"}
)  # fmt: skip

# "ACTION" misspelt by a letter left out or two swapped, as a label in capitals: "ACITON: call for
# adoption for link-template on the list." (HTTPAPI minutes)
MISSPELT_ACTION = frozenset({"ACITON", "ACTOIN", "ATCION", "ACTINO", "ACTON", "ACION", "ACTIN"})

# An issue's change taken or turned down, as an action label notes it, which is no task but a
# ruling: "Action: Proposal accepted" (HTTP minutes), "PR merged", "rejected"
ISSUE_DISPOSED = r"(?:(?:the\s+)?(?:proposal|change|pr|fix)\s+)?(?:accepted|rejected|merged)"

# Words before "draft" (or a name a stage is stated of) that name no document, and
# words a sentence starts with that no document is named by: "Think draft is ready",
# "No draft yet", "Get the draft out", "MP drafts" (quic/ietf109.md, quic/ietf108.md,
# httpwg/ietf101.md "Strong hums ...", quic/ietf110.md "There's also qlog"); nor a
# preposition or a view ("Regarding draft, agree with discussion so far.", "Petr:
# Supports draft").
NOT_DOCUMENT_NAMES = frozenset(
    {"no", "get", "think", "yes", "so", "but", "also", "then", "now", "just", "maybe",
     "we", "i", "you", "they", "it", "there", "there's", "here", "which", "who", "what",
     "everything", "nothing", "something", "everyone", "people", "mp", "vn", "cc",
     "hums", "hum", "strong", "consensus", "room", "chairs", "chair", "editors", "authors",
     "author", "draft", "drafts", "doc", "docs", "document", "documents", "spec", "issue",
     "issues", "pr", "prs", "wg", "group", "this", "that", "these", "those", "one", "all",
     "both", "each", "other", "others", "he", "she", "which's", "that's", "what's",
     "should", "please", "would", "could", "can", "will", "must", "may", "might", "does",
     "do", "did", "is", "are", "was", "were", "has", "have", "had", "link", "slides",
     "pdf", "see", "a", "an", "the", "regarding", "re", "about", "concerning", "on", "for",
     "with", "from", "in", "of", "to", "by", "into", "per", "like", "after", "before",
     "supports", "support", "opposes", "likes", "brief", "short", "quick", "long",
     "google", "word", "shared", "deliverable", "action", "actions", "slot", "slots", "session",
     "sessions", "meeting", "talk", "presentation", "item", "topic", "want", "wants", "need",
     "needs", "experimental", "informational", "historic", "standards", "standard"}
) | {w.casefold() for w in MISSPELT_ACTION}  # fmt: skip

# Words before a mention that cite a document in passing rather than discuss it: "See
# also [draft-ietf-rtgwg-enterprise-pa-multihoming-12]", "quote RFC8890", "Signatures
# vs Cavage draft" (quic/interim-20-10.md, httpwg/ietf101.md).
IN_PASSING = (
    r"\b(?:see also|cf\.|e\.g\.|i\.e\.|quote|quoting|as in|vs\.?|versus|compared (?:to|with)"
    r"|similar to|like in|per)\s*\[?\s*$"
)


def in_prose(words: str) -> str:
    """Answer a pattern for one of `words` (alternatives) written as a word of prose, never
    one of a hyphenated name ("wish" in "draft-ietf-wish-whip", "no" in "draft-ietf-dnsop-no-
    response-issue"), though one in emphasis ("This -can- happen")."""
    return rf"(?<!\w-)\b(?:{words})\b(?!-\w)"


# The minutes' words for a document's stage in its working group, each with the stage
# it states (RFC 6174 and RFC 7221 words, `msecwg.model.Stage` values), tried in order
# (negated forms first): "To clarify: this working group not adopting", "Can't really do
# a call for adoption of QUIC bit greasing", "HUM: in favour of adoption, to be
# confirmed on the list.", "Adopted last time.", "Not going to WGLC terribly soon",
# "suggest: WGLC now", "WGLC changes to [manageability]", "invariants has already been
# sent to RFC editor", "Core docs are now past IESG", "published six drafts", "New
# standard went out last night", "jeffh: will rev the doc", "Have parked Key"
# (httpwg/ietf101.md, httpwg/ietf75.txt, quic/ietf104.md, quic/ietf110.md,
# quic/interim-20-10.md; tsvwg's IETF 117 minutes). Each phrase comes with words one of
# which it holds, case aside: a sentence that holds none of them is not searched for it.
# A research group's (IRTF) Last Call is its working group's: "Research Group Last Call", "RGLC"
WGLC = r"(?:WGLC|RGLC|WG last call|RG last call|(?:working|research) group last call|WG LC|RG LC)"
WGLC_WORDS = ("wglc", "rglc", "last call", "wg lc", "rg lc")
"""Words one of which WGLC holds, case aside."""
SPOKEN_ABOUT = r"(?<!\babout )(?<!\bof )(?<!\bfor )(?<!\bagainst )"
"""Not after a word that makes what follows a topic: "the point about not adopting this"."""
# A word that denies (see in_prose)
_NOT = rf"(?:{in_prose('not|cannot|no')}|n't\b)"
# A call for adoption named: "call for WG adoption", "adoption calls", "WG Adoption Call", "CfA"
_ADOPTION_CALL = (
    r"\b(?:calls? for (?:wg |working group |rg )?adoption"
    r"|(?:(?:wg|working group|rg) )?adoption calls?|CfA)\b"
)
# A call for adoption to come, not yet issued: a candidate for adoption (RFC 7221: "Candidate
# for WG Adoption" until the call is issued): "we will issue a call for adoption", "then we
# can do adoption poll in PCE" (PCE minutes), "Chairs Action: schedule call for adoption",
# "authors requested adoption call" (DNSOP minutes), "Let's go adoption call." (OHAI minutes),
# "I would like to see an adoption call go out in the future" (QUIC minutes), "We'll start a
# WG Adoption Call on the mailing list.", "Obvious next step is WG Adoption Call.",
# "pending WG adoption call", "When adoption call is started, …", "I am open for adoption call
# soon." (CoRE minutes)
_CALL_TO_COME = (
    r"(?:\b(?:will|going to|plans? to|intend to|hope to|to|can|could|shall|would like to"
    r"|want to)|['\u2019]ll) (?:(?:soon|then|now|also|probably|likely|formally|shortly) )?"
    r"(?:start|issue|do|run|begin|send(?: out)?|schedule|launch|initiate|kick off|make|open"
    r"|have) (?:a |an |the )?(?:new |formal |second |another )?"
    rf"(?:{_ADOPTION_CALL}|\badoption (?:polls?|hums?)\b)"
    r"|\b(?:schedule[sd]?|request(?:ed|s)?|ask(?:ed|ing)? for|plan(?:ned)?|time for"
    r"|(?:room|ready|readiness|prepare|preparing|preparation) for)"
    rf" (?:a |an |the )?(?:formal )?(?:{_ADOPTION_CALL}|\badoption polls?\b)"
    rf"|{_ADOPTION_CALL} (?:will|is to|to|should) be (?:issued|started|sent|initiated|made|run"
    r"|launched|opened)\b"
    r"|\blet(?:['\u2019]?s| us) (?:go (?:to |for |with )?|do |start |issue |run |have |make "
    rf"|open )?(?:a |an |the )?(?:formal )?{_ADOPTION_CALL}"
    rf"|\b(?:like|want|hope|expect)s? to see (?:a |an |the )?(?:formal )?{_ADOPTION_CALL}"
    rf"|\bnext steps? (?:is|are|would be|will be|:) (?:a |an |the )?(?:formal )?{_ADOPTION_CALL}"
    rf"|\bpending (?:a |an |the )?(?:formal )?{_ADOPTION_CALL}"
    rf"|\bopen (?:for|to) (?:a |an |the )?{_ADOPTION_CALL} soon\b"
    rf"|\bwhen (?:a |an |the )?{_ADOPTION_CALL} (?:is|gets) (?:started|issued|sent|opened)\b"
)
# A revision as the minutes name it: "-04", "version -14", "version 3", "v-03", "draft-10",
# "draft-ietf-tls-esni-10", "wish-whip-00"
_REVISION = (
    r"(?:(?:version|revision|v) ?-?\d{1,2}|(?:draft|[a-z][a-z0-9]*)(?:-[a-z0-9]+)*-\d\d|-\d\d)\b"
)
# A way of doing something adopted, which is no document's adoption: "The same procedure is
# adopted." (satp's IETF 117 minutes)
WAY_ADOPTED = (
    r"\b(?:procedure|approach|mechanism|method|solution|design|format|scheme|technique)s?"
    r" (?:is|was|are|were|has been|have been|gets) adopted\b"
)
# The room's consensus to adopt: "Room consensus is to adopt [-mls-architecture](...)",
# "The consensus in the room to adopt the ... draft", "Consensus in room is to adopt", "A
# strong consensus for WG adoption", "Strong consensus for adopting" (quic/ietf97.md)
ROOM_ADOPTS = (
    r"\bconsensus\b(?: (?:in|of) (?:the )?room)?(?: is)?"
    r" (?:to adopt|for (?:wg |working group )?adopti(?:on|ng))\b"
)
# The room's adoption to be confirmed on the list, said anywhere in its paragraph: "Strong
# consensus for adopting, some against. ... There will be confirmation on the list."
# (quic/ietf97.md), "Will confirm list, sounds like we've got pretty good consensus to adopt
# this" (OHAI minutes), "the vote will be confirmed via the mail list" (HAPPY minutes)
CONFIRMED_ON_LIST = (
    r"\bconfirm(?:ed|ing|ation)?\b(?: (?:it|this|that|the adoption))?"
    r"(?: (?:on|to|via|in))? (?:the )?(?:mailing |mail |e-?mail )?list\b"
)
# Adoption taken to the list, in either order: "Benno: Will take adoption to the list", "Chairs
# will take it back WG adoption to list.", "we will go to the list to ask formal RG adoption",
# "Will go to list with adoption steps." (DNSOP, WPACK, NWCRG and IPPM minutes)
ADOPTION_TO_LIST = (
    r"\b(?:take|taking|took|bring|bringing)\b[^.;?]{0,20}?\badoption (?:\w+ )?to (?:the )?"
    r"(?:mailing )?list\b|\b(?:go|going|went) to (?:the )?(?:mailing )?list\b[^.;?]{0,25}?"
    r"\badoption\b"
)
# A document now the group's own: "The WHIP draft is now a WG document", "Moved to an
# official WG draft." (WISH and HTTPAPI minutes), "this has now become a WG I-D" (CCWG
# minutes); "should become a working group document" is a question still open
_NOW_THE_GROUPS = (
    r"\b(?:(?:is|are|was|were) now an? |(?<=, )now an? |(?:moved to|became|(?:has|have) (?:now )?"
    r"become) (?:an? )?)"
    r"(?:official )?(?:wg|working group|rg|research group)[- ](?:drafts?|documents?|items?|I-Ds?)"
    r"(?![\w-])"
)


def _cell(states: str) -> str:
    """Answer a pattern for a cell of a table that holds one of `states` alone, a remark in
    brackets after it aside: "| In Last Call (ends 2023-03-01) |"."""
    return rf"(?:^|\|)[ \t]*(?:{states})(?:[ \t]*\([^()|\n]*\))?[ \t]*(?=\||$)"


STAGE_PHRASES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # a state of the Datatracker's (RFC 6174's for a WG, the IESG's after), alone in a table's
    # cell as the Datatracker writes it: "| draft-ietf-cellar-flac-08 | Waiting for WG Chair
    # Go-Ahead |" (CELLAR minutes); in prose, "WG document" or "in last call" say less
    ("candidate for adoption", _cell("Candidate for WG Adoption"), ("candidate",)),
    ("WG document", _cell("WG Document"), ("wg document",)),
    ("in WG Last Call", _cell("Waiting for WG Chair Go-Ahead"), ("go-ahead",)),
    ("submitted to the IESG",
     _cell("AD Evaluation|IESG Evaluation(?: - Defer)?|Last Call Requested|Waiting for Writeup"
           "|Waiting for AD Go-Ahead|Publication Requested|In Last Call(?= \\(ends\\b)"),
     ("evaluation", "last call", "writeup", "go-ahead", "publication")),
    ("approved by the IESG", _cell("Approved-announcement (?:to be )?sent"), ("approved",)),
    ("with the RFC Editor", _cell("RFC Ed Queue"), ("ed queue",)),
    ("dead", _cell("Dead WG Document"), ("dead",)),
    ("published", _cell("RFC Published"), ("rfc published",)),
    ("not adopted",
     rf"(?=not ){SPOKEN_ABOUT}\bnot (?:considering |going to )?adopt(?:ing|ed)?\b"
     r"(?! yet)|\bdeclined? to adopt\b",
     ("adopt",)),
    ("candidate for adoption",
     rf"{_NOT}[^.;]{{0,30}}{_ADOPTION_CALL}"
     r"|\bup for adoption\b"
     r"|\bcandidates? for adoption\b|\b(?:asking|ask) (?:us |the wg |the group )?(?:for|to) adopt"
     r"|\bwould (?:appreciate|like) adoption\b"
     rf"|\bconsider(?:ing)? (?:an? |the )?{_ADOPTION_CALL}"
     r"|\binterest(?:ed)? in (?:wg |working group )?adopti(?:on|ng)\b"
     r"|\binterest(?:ed)? in (?:a |an )?call for (?:wg |working group |rg )?adoption\b"
     rf"|{_CALL_TO_COME}",
     ("adopt", "cfa")),
    ("call for adoption",
     rf"{_ADOPTION_CALL}"
     r"|\badoption\b[^.;]{0,30}\bconfirm(?:ed)? on (?:the )?(?:mailing )?list\b"
     r"|\bconfirm(?:ed|ing)? (?:the )?adoption\b[^.;]{0,20}\bon (?:the )?(?:mailing )?list\b"
     rf"|{ADOPTION_TO_LIST}"
     r"|\b(?:hums?|polls?|show of hands) (?:for|on|in favou?r of) adopti(?:on|ng)\b"
     r"|\badoption (?:hums?|polls?|show[- ]of[- ]hands)\b"
     rf"|{ROOM_ADOPTS}.{{0,200}}?\bconfirm(?:ed)? on (?:the )?(?:mailing )?list\b",
     ("adopt", "cfa")),
    # a document adopted, not comments adopted in a version, nor a policy or idea adopted
    # ("Many detailed comments received and adopted in the latest version", CoRE minutes), nor
    # what the IETF as a whole adopted ("IETF adopted signalling via RSVP", PANRG minutes)
    ("adopted",
     rf"(?<!not )(?<!be )(?<!if )(?<!to be )(?<!widely )(?<!broadly )(?<!IETF )(?<!IETF has )"
     r"\badopted\b(?! soon\b)"
     r"(?!\)? (?:(?:working group|wg) )?(?:drafts|documents|docs)\b)"
     r"(?! (?:in|by) (?:some|many|several|a few|various|multiple|most|other|practice)\b)"
     r"(?! in (?:the |a |an )?(?:latest|new|next|current) (?:version|revision|draft)\b)"
     r"(?! (?:the |a |an |\w+['\u2019]s )?(?:policy|policies|idea|ideas|approach|suggestions?"
     r"|proposals?|changes?|comments?|text|recommendations?)\b)"
     r"|\bpassed (?:the |its )?(?:(?:WG|RG|working group|research group) )?adoption\b"
     rf"|{ROOM_ADOPTS}|{_NOW_THE_GROUPS}",
     ("adopt", "now a", "moved to", "became", "become")),
    # not yet in or ready for a last call, not "No discussion on WGLC" (TSVWG minutes), nor
    # what a thing is set against ("But this is draft adoption, not working group last call.")
    ("WG document",
     rf"{_NOT}(?:[^.;!,]{{0,40}}\b(?:go(?:ing)? to |ready for |start(?:ing)? (?:a )?"
     rf"|(?:in|into|to|for) (?:a |the )?)|(?<!, not)\s+){WGLC}",
     WGLC_WORDS),
    ("in WG Last Call",
     rf"\bin {WGLC}|(?<!post )(?<!post-)(?<!old )\b{WGLC} (?:changes|comments|feedback|ended"
     r"|reviews|closed|is open|started"
     r"|is running|done|completed|finished)\b|(?<!wg )(?<!rg )(?<!ietf )\blast call (?:ended|closed"
     r"|comments)\b"
      rf"|\b(?:passed|completed|finished) (?:the |its )?{WGLC}"
     rf"|\bcomments (?:on|from|during) (?:the |its )?{WGLC}"
     rf"|\b(?:had|has had|having) (?:a |an |the |its )?(?:new |second |2nd )?{WGLC}"
     rf"|\b{WGLC} (?:was|has been|had been) (?:done|completed|closed|finished)\b"
     rf"|\b{WGLC} (?:is |was )?(?:pretty much |now |already )?over\b"
     rf"|\b(?:put|placed|moved|entered)\b[^.;]{{0,30}}?\b(?:in)?to (?:a |the )?{WGLC}"
     rf"|\bcurrently (?:on |in )?(?:a |the )?{WGLC}\b"
     rf"|\b{WGLC} (?:ends|closes|happened|took place)\b"
     r"|\bwaiting for (?:the )?(?:WG |RG )?chairs?(?:['\u2019]s?)? go-ahead\b",
     (*WGLC_WORDS, "go-ahead")),
    ("ready for WG Last Call",
     r"\b(?:getting )?ready for (?:a |another |a new |a second |a 2nd |2nd |second )?(?:round of )?"
     rf"(?:{WGLC}|last call)\b(?! (?:in|by|after|around) )",
     ("ready for",)),
    ("WG Last Call planned",
     rf"\b{WGLC} now\b|(?:\b(?:will|going to|plan to|intend to|to|then|probably|can|could"
     r"|shall)|['\u2019]ll) (?:(?:soon|then|now|also|probably|likely|potentially) )?"
     rf"(?:start|issue|do|run|begin|go to|go for|move to|proceed to|schedule|redo|have) "
     r"(?:a |the )?(?:new |another |second |2nd )?(?:\w+[- ]weeks? )?"
     rf"(?:{WGLC}|(?<!IETF )last call)"
     rf"|\b(?:launch|kick off) (?:a |the )?(?:new |another |second |2nd )?{WGLC}"
     rf"|\b(?:redo|re-do|repeat) (?:a |the )?{WGLC}"
     rf"|\b(?:work|working|move|moving|head|heading)s? (?:towards?|up to) (?:a |the )?{WGLC}"
     rf"|\b{WGLC} (?:to|will|is to|is going to|should) (?:start|begin|open|be (?:started|issued"
     r"|opened))\b"
     r"|\b(?:will|going to|plan to|intend to|to) (?:start|issue|do|run|begin) (?:a |the )?"
     r"last call on (?:the )?(?:wg|working group) (?:mailing )?list\b"
     rf"|(?=[wr])(?<!following the )(?<!after the )(?<!since the )(?<!from the )\b{WGLC} (?:soon"
     r"|next week|after|before|by)\b"
     rf"|\b{WGLC} in (?:a few|a couple of|the next few|two|three|four|\d+) (?:days|weeks|months)\b"
     rf"|\bready for (?:a )?{WGLC} (?:in|by|after|around) "
     r"|\b(?:should|let['\u2019]?s|would like to|ready to|(?<!is it )time (?:to|for)"
     r"|look(?:ing)? to) (?:go to |go for |move to "
     r"|proceed (?:to|with) |open |start |issue |do |run |begin )?(?:a |the )?(?:new |another "
     rf"|second |2nd )?(?:{WGLC}|last call)\b"
     r"|\b(?:have|need|needs|require|requires|doing) (?:a |an )?(?:new|another|second|2nd) "
     rf"(?:{WGLC}|last call)\b|\bgood to go for (?:a |the )?{WGLC}"
     rf"|\b(?:path forward|close) to (?:a |the )?{WGLC}"
     rf"|\b{WGLC} (?:is |was )?(?:currently |now )?(?:planned|scheduled)\b"
     rf"|\b{WGLC} (?:is )?coming (?:soon|up)\b|\bsoon (?:a |the )?(?:{WGLC}|last call)\b"
     rf"|(?:\b(?:will|to)|['\u2019]ll) (?:{WGLC}|last call) (?:it|this|that|them|these|those)\b"
     rf"|\b(?:move|moving|go|going) forward with (?:a |the )?{WGLC}"
     rf"|\bthen (?:a |the )?(?:final |new |another )?{WGLC}"
     rf"|\b(?:go|going|move|moving|proceed) (?:straight|directly) to (?:a |the )?{WGLC}"
     rf"|\b(?:approaching|nearing) (?:a |the )?{WGLC}"
     rf"|\b(?:try|trying) (?:to get |for )(?:a |the )?(?:new )?{WGLC}"
     rf"|\bschedul(?:e|ing) (?:a |the )?{WGLC}"
     rf"|\b{WGLC} (?:seems|is|would be) appropriate\b"
     rf"|\b{WGLC} on (?:the )?next (?:version|revision|draft)\b"
     rf"|\b{WGLC} (?:in|within) (?:the )?(?:next|coming|few)\b"
     rf"|\btarget(?:ed)? (?:is|to have|to do) (?:a |the )?(?:new |second |2nd )?{WGLC}"
     rf"|\b(?:would|will|to|then) target (?:a |the )?{WGLC}|\b{WGLC} (?:would|will) be (?:a |the )?"
     r"(?:target|next step)\b"
     rf"|\b(?:will|to|then) go (?:on|into) (?:a |the )?(?:\w+[- ]weeks? )?{WGLC}"
     rf"|\b(?:have|need|do) (?:a |the )?(?:last|final) {WGLC}"
     rf"|(?<!wrt )(?<!regard )(?<!regards )(?<!respect )\bto (?:a |the )?{WGLC}(?=\s*(?:[.;!]|$))"
     rf"|(?:^|[.:;]\s+)(?:issue|start|launch|run|begin) (?:a |the )?{WGLC}(?=\s*(?:[.;!]|$))"
     rf"|\b(?:goal|target|aim|plan)\b[^.;]{{0,60}}\b(?:is|should be|would be) (?:a |the )?{WGLC}"
     rf"|\b{WGLC} (?:remains|is still|has yet) to be (?:done|started|issued|run)\b"
     r"|\bnext(?: steps?)?(?: is| are| will be| would be|:) (?:to )?"
     rf"(?:(?:start|issue|run|do)(?:ing)? )?(?:a |the )?{WGLC}"
     r"|(?<!not )(?<!n't )(?<!never )\b(?:expect(?:ed|ing)?|anticipat(?:ed|ing)|awaiting)"
     r" (?:a |the )?(?:new |another |second "
     rf"|2nd )?{WGLC}",
     WGLC_WORDS),
    ("waiting for write-up",
     r"\bready for (?:submission to (?:the )?IESG|the IESG|IESG|publication)\b"
     r"|\b(?:waiting for|awaiting) (?:the |its |their )?(?:shepherd(?:['\u2019]s)? )?"
     r"write-?ups?\b(?!::)|\bwrite-?up needed\b"
     r"|\bneeds? (?:a |the )?(?:shepherd )?write-?up\b"
     r"|\b(?:under|in) (?:the )?shepherd(?:['\u2019]s)? write-?up\b",
     ("ready for", "waiting for", "write")),
    ("with the RFC Editor",
     r"\b(?:sent|submitted|gone|went|goes|go|passed|handed) to (?:the )?RFC[- ]?editor\b"
     r"|\b(?:RFC|RPC)[- ]?(?:editor(?:'s)? )?queue\b|\bwith the RFC[- ]?editor\b|\bAUTH48\b",
     ("editor", "auth48", "queue")),
    # approved: "It already went through IESG"; not "a smooth path ... through IESG" (CCAMP)
    ("approved by the IESG",
     # not the registration policy of RFC 8126: "IETF Review or IESG Approval" (CoRE minutes)
     r"\b(?:past|cleared|approved by) (?:the )?IESG\b|(?<!\bor )\bIESG (?:approved|approval)\b"
     r"|\b(?:went|gone|got|gotten|passed|been|made it) through (?:the )?IESG\b"
     r"|\bapproved for publication\b", ("iesg", "approved for")),
    # with a state of the IESG's as the Datatracker writes it, with its substate: "Waiting for
    # Writeup::AD Followup" (CELLAR minutes), not the shepherd's write-up a WG waits for; in or
    # past the IETF's Last Call, which the IESG issues: "-core-target-attr is in IETF Last Call."
    # (CoRE minutes); a label of them: "IESG Processing: core-sid"
    ("submitted to the IESG",
     r"\b(?:sent|submitted|gone|went|forwarded|handed) to (?:the )?IESG\b|\bwith (?:the )?IESG\b"
     r"|\b(?:in|under) (?:the )?IESG (?:processing|evaluation|review)\b|\bheaded to (?:the )?IESG\b"
     r"|^\W*IESG (?:processing|evaluation|review)\s*:"
     r"|(?:^|:|\b(?:is|are|now|currently))[ \t]*at (?:the )?IESG\b(?![ \t]+\w)"
     r"|\b(?:up for|on|scheduled for) (?:an? |the )?(?:IESG )?telechat\b"
     r"|\bpublication requested\b|\brequested publication\b"
     r"|\b(?:in|at|under) AD review\b|\b(?:in|at|under) AD evaluation\b"
     r"|\b(?:in|at|under) AD[- ]?follow-?up\b"
     r"|\b(?:AD evaluation|IESG evaluation|waiting for (?:writeup|write-up|AD go-ahead)"
     r"|last call requested)::"
     + "".join(
         rf"|\b(?:in|through|past|completed|passed|finished|out of) (?:the |its |an? )?{called}\b"
         rf"|\b(?:went|gone|sent|moved|headed|entered) (?:in)?to (?:the |an? )?{called}\b"
         rf"|\b{called} (?:has )?(?:ended|closed|completed|finished|started"
         r"|is (?:over|open|running|closed))\b"
         for called in ("IETF last call", "IETF LC")  # each written out: see STAGE_WORDS
     ),
     ("iesg", "telechat", "publication", "ad review", "ad evaluation", "::", "ietf last call",
      "ietf lc", "follow")),
    # a document an RFC, not an RFC that is there ("There is an RFC for indefinite-length
    # Content-Range", HTTPAPI minutes), nor any that is ("for a specification that has been
    # published as an RFC", CELLAR minutes); "Recently published RFC 9030" (CoRE minutes); a
    # label of RFCs done before the drafts or above a list of them: "RFC's completed:
    # draft-tsvwg-dscp-considerations" (TSVWG minutes), "Published RFCs:" / "* RFC 9176: …",
    # "* Published:" / "* multipart-ct-04 as RFC 8710" (CoRE)
    ("published", r"(?<!that has been )(?<!that have been )\bpublished as (?:an? )?RFC(?:\b|\d)"
     r"|\b(?:is|are|became) (?:now )?RFC ?\d{3,5}\b"
     r"|(?<!there )\b(?:is|became|has become) (?:now )?an RFC\b(?![ -]?\d)(?! (?:that|which)\b)"
     r"|\bpublished,? \((?:as )?RFC ?\d{3,5}\)"
     r"|\bRFC ?\d{3,5}(?: \([^()]{1,40}\))?(?:(?:,| and) (?:RFC ?)?\d{3,5})* (?:has been|have been"
     r"|was|were|is|are|is now|got) (?:now |just )?published\b"
     r"|^\W*now (?:an? )?RFC ?\d{3,5}\b"
     r"|\b(?:recently|just|newly|(?:have|has|we)(?: now| just)?) published RFC ?\d{3,5}\b"
     r"|^\W*RFC ?\d{3,5} (?:(?:now|just|recently) )?published\W*$"
     r"|(?:\u2794|\u2192|->|=>)\s*RFC ?\d{3,5}\b"
     r"|\bpublication of (?:the )?RFC ?\d{3,5}\b"
     r"|^\W*(?:RFC['\u2019]?s|RFCs) (?:completed|published)\s*:"
     r"|^\W*(?:completed|published|new) RFCs\s*:|^\W*published\s*:\s*$", ("rfc", "published")),
    ("new revision",
     r"\b(?:published|submitted|posted|uploaded) (?:\w+ ){0,2}(?:drafts|revisions?|versions?)\b"
     r"|\b(?:(?:drafts?|revisions?|versions?)(?: -?\d{1,2})?|v ?-\d\d) (?:were |was |have been "
     r"|has been )?"
     r"(?:published|submitted|posted)\b|(?:^|\s|\bdraft-[a-z0-9-]+)-\d\d (?:was |has been )?"
     r"(?:published|submitted|posted|updated)\b|(?<![\w-])-\d\d just (?:published|submitted"
     r"|posted|uploaded)\b|^\W*(?:updated recently|recently updated)\W*$"
     r"|\b-?\d\d (?:to|->|\u2192) -?\d\d (?:changes|updates|diff)\b"
     r"|\b(?:moved|went|gone|jumped|updated) from -\d\d to -\d\d\b"
     r"|\b(?:changes|updates|diff) (?:from )?-?\d\d (?:to|->|\u2192) -?\d\d\b"
     r"|\bnew (?:draft|revision|version|standard|rev)\b[^.;]{0,20}\b(?:went out|is out|published"
     r"|submitted|posted)\b"
     r"|\b(?:draft|revision|version|rev)\s*-\d{1,2}\b(?: of [\w-]+)? is out\b"
     r"|\b(?:draft|revision|version)s? -?\d{1,2} (?:is|are) (?:now )?"
     r"(?:published|submitted|posted)\b"
     r"|\b(?:document|draft|spec)(?: is)? (?:now )?(?:on|at) (?:version|revision) -?\d{1,2}\b"
     r"|\balready (?:been )?(?:published|submitted|posted)\b"
     r"|\b(?:made|posted|published|submitted|pushed) (?:an? )?update\b"
     r"|(?<!status )\bupdate (?:was |has been )?(?:made|posted|published|submitted)\b"
     r"|\b(?:changes?|updates|highlights|overview)\b[^.;]{0,40}?\b(?:since|from|of|in) "
     + _REVISION
     + r"|\bdraft[- ]?\d{1,2} (?:update|updates|changes|highlights)\b"
     r"|\bnew versions? (?:is |are )?(?:now )?(?:available|out|up)\b|\b\d\d version (?:is )?out\b"
     r"|\b(?:has|have) (?:a |an )?new (?:version|revision)(?=\s*(?:[.,;:!)]|$|(?:out|posted"
     r"|published|submitted|since|with)\b))"
     r"|\b(?:reached|presenting) (?:v ?-?|-)\d\d\b|\bcreated an? -?\d\d\b"
     r"|\blatest (?:draft|version|revision|rev)[ -]?-?\d{1,2}\b"
     r"|\b(?:new|minor|major) (?:revision|version) -?\d{1,2}\b"
     r"|\bnew -?\d\d (?:revision|version)\b"
     r"|\bupdated (?:from|since) (?:(?:version|revision) )?-\d\d\b"
     r"|\bupdates? in (?:(?:version|revision|v) ?)?-\d\d\b"
     r"|(?<![\w-])-\d\d draft highlights\b"
     r"|\b(?:updates|changes) in (?:the )?(?:latest|new|current) (?:version|revision|draft)\b"
     r"|(?<![\w-])-\d\d (?:was |has |just )?(?:dropped|landed) (?:today|yesterday|recently"
     r"|last (?:week|night)|this (?:week|morning)|close to|before|after)\b",
     ("published", "submitted", "posted", "new ", "version", "revision", "update", "is out",
      "change", "highlights", "overview", "reached", "created", "presenting", "latest", "diff",
      "dropped", "landed", "upload", "from -")),
    ("revision expected",
     r"(?:\bwill |'ll |\u2019ll )(?:soon |then |also |now )?(?:rev|revise|update|publish|submit"
     r"|post|issue|upload)\b[^.;]{0,20}\b(?:doc|document|draft"
     r"|spec|revision|version)\b|(?=one|another)(?<!use )(?<!run )(?<!support )(?<!deploy )"
     r"(?<!ship )(?<!after )(?<!before )(?<!than )(?<!from )"
     r"\b(?:one more|another) (?:version|revision)\b"
     r"(?! of (?:http|quic|tls|tcp|udp|ip|dns|the protocol)\b)"
     r"|\bgetting a -\d\d\b|(?<![\w-])-\d\d will (?:come|be out)\b"
     r"|\b(?:will|to|going to|then|should) (?:publish|submit|post|cut) "
     r"(?:a |an |the )?(?:(?:draft|version)[- ]?-?|-)\d\d\b"
     r"|\bwill (?:issue|have) (?:a |an |the )?"
     r"(?:(?:draft|version)[- ]?-?|-)\d\d\b"
     r"|\bexpect(?:ing)? (?:a |the )?-\d\d\b|\bexpect(?:s|ed|ing)? to (?:have|post|publish|submit"
     r"|upload|issue) (?:a |an |the )?(?:new|next|updated|revised) (?:draft|version|revision)\b"
     r"|\btarget(?:ing|ed)? (?:sending|publishing|posting|submitting|uploading|to (?:send|publish"
     r"|post|submit|upload)) (?:a |an |the )?(?:new )?(?:version|revision|draft)\b"
     r"|\bupload of (?:a |an |the )?new (?:version|revision)\b"
     r"|\bnew (?:version|revision) is (?:targete?d?|expected|planned|due) to be (?:uploaded|posted"
     r"|published|submitted)\b|\bnext (?:version|revision|update)s? (?:will|should) (?:address"
     r"|focus|include|fix|cover|incorporate|add|resolve|close|align|clarify|give|contain)\b"
     r"|(?<!\bno )(?<!\bno new )\b(?:new )?revision (?:is )?expected\b"
     r"|\bawait(?:s|ing)? (?:a |an |the )?(?:new|next|updated|revised) (?:draft|version"
     r"|revision)\b",
     ("will ", "'ll ", "\u2019ll ", "version", "revision", "getting a -", "publish", "submit",
      "post", "cut", "expect", "target", "upload", "next ", "await")),
    ("parked", r"(?<!, )\bparked\b(?!,)|\bparking (?:it|the|this)\b"
     r"|\b(?:into|in) the deep freeze\b", ("park", "freeze")),
    # a draft abandoned, not an idea ("we abandoned the idea of a JSON/CBOR version", CoRE);
    # a document dead, not a peer or an SA ("no reason to send a delete on the old SA because
    # it is dead", IPsecME)
    ("dead", r"\b(?:abandoned(?! (?:the |this |that |an? )?(?:idea|approach|notion|plan)s?\b)"
     r"|declared dead|(?:draft|document|doc|spec|work|effort) is (?:now )?dead"
     r"|let (?:it|the draft) (?:die|expire))\b"
     r"|\babandon(?:ing|s)? (?:the |this |that )?(?:work|draft|document|effort)\b"
     r"|\b(?:I-Ds?|drafts?|documents?)\b[^.;]{0,40}\bnever (?:finali[sz]ed|completed|finished)\b",
     ("abandon", "dead", "let ", "never")),
)  # fmt: skip

# Words after "the" and before "draft" that describe a draft rather than name it: "the
# specific draft", "the whole draft" (quic/interim-20-10.md, quic/ietf101.md); a word
# after "the" names a draft only when it is none of these ("the timestamp draft",
# quic/ietf110.md; "the recovery draft", quic/ietf104.md), nor a document alone ("Minimal
# document changes", CoRE minutes; "Important draft to get adoption", DNSOP minutes).
DESCRIBING_DRAFT = frozenset(
    {"whole", "entire", "full", "real", "main", "base", "big", "small", "short", "long",
     "good", "bad", "best", "right", "wrong", "only", "very", "more", "less", "original",
     "proposed", "existing", "updated", "revised", "specific", "actual", "earlier", "later",
     "older", "newer", "other", "same", "current", "latest", "next", "last", "new", "old",
     "first", "second", "third", "final", "previous", "personal", "relevant", "related",
     "minimal", "minor", "major", "editorial", "important", "interesting", "useful", "great",
     "nice", "excellent", "solid", "simple", "valuable", "reasonable", "promising", "helpful",
     "mature", "stable", "complete", "implementation", "working", "recent",
     "wip"}
)  # fmt: skip

# Ordinals before a kind of draft: "Third Implementation Draft", "the second
# implementation draft" name a milestone of a series of drafts, not one document
# (quic/ietf99.md, quic/ietf100.md, quic/interim-17-06.md).
ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "next"}
)  # fmt: skip

# A hum or show of hands in support, recorded after a question to adopt or take on a
# document: 'HUM: "if you want working group to take on draft-fielding-httpbis-* ..."
# Strong hums in support, no hums against.' (httpwg/ietf101.md).
# The words of a question to adopt a document, RFC 7221's among them: "is the document a good
# basis for the milestone?" (CAPPORT minutes), "Humming if this is a suitable starting point."
ADOPTION_ASKED = (
    r"\b(?:adopt|adopting|adoption|take on|taking on"
    r"|(?:good|suitable|reasonable) (?:basis|starting point))\b"
)
# Words one of which each of the phrases above (STAGE_PHRASES, ADOPTION_ASKED) holds,
# case aside: text that holds none states no stage, so its sentences are not read for one.
STAGE_WORDS = (
    "adopt", "wglc", "rglc", "last call", "wg lc", "rg lc", "ietf lc", "ready for", "waiting for",
    "editor",
    "auth48", "iesg", "rfc", "published", "submitted", "posted", "new ", "will ", "'ll ",
    "\u2019ll ", "version",
    "revision", "getting a -", "publish", "submit", "post", "cut", "expect", "park", "freeze",
    "abandon", "dead", "let ", "take on", "taking on", "write", "telechat", "update", "queue",
    "publication",
    "ad review", "ad evaluation", "follow", "cfa", "is out", "change", "highlights", "overview",
    "reached", "created", "presenting", "latest", "now a", "moved to", "became", "become",
    "basis", "starting point", "candidate", "wg document", "go-ahead", "evaluation", "writeup",
    "approved", "diff", "dropped", "landed", "upload", "target", "never", "from -", "await",
)  # fmt: skip
# Issues or pull requests left open: "remaining open issues", "outstanding PRs"
_LEFT = (
    r"(?:(?:open|remaining|outstanding|pending|other|known) ){1,2}(?:issues?|prs?|pull requests?)\b"
)
# A remark on where a document stands that states no stage of RFC 6174 or RFC 7221, in the
# words of progress, readiness, waiting and what is left to do: "Mark: good progress - more
# examples, more review required", "No update. Hopefully wind up soonish.", "recovery and http are
# not there yet", "Stuck untill we get more reviews", "Targetting shipping in July 2021.", "There
# are 10 remaining open issues", "after -07, there have been big changes in p1 and p6", "jeff is
# new caretaker on the doc", "Been expired for awhile", "It's also expired.", "Protocol frozen
# for interop" (HTTP, QUIC, CoRE, HTTPAPI and MLS minutes); not "once its timer expired", nor
# "Also expired drafts.", nor another draft's "the original draft is there but expired"; each
# opens with a letter (see text.by_first_letter)
STATUS_REMARKS = (
    r"no (?:new |real |more |major )?(?:updates?|changes?|progress|news)\b"
    r"(?! (?:to|of)\b| in\b(?! (?:-?\d|v ?\d|version|revision|the (?:draft|document|spec))))",
    r"nothing (?:new |more )?(?:updates?|changes?|progress|news|to report|known to do)\b",
    r"no new (?:version|revision)\b",
    rf"no {_LEFT}",
    *(rf"{how} progress\b" for how in ("good", "great", "much", "some", "little", "slow",
                                        "steady", "significant", "making", "made", "makes",
                                        "not a lot of", "not much")),
    r"progress(?:ing|ed)\b", r"not (?:there|ready|done|finished|complete) yet\b",
    *(rf"{much} (?:done|ready|finished|complete|stable)\b" for much in ("almost", "nearly",
      "mostly", "largely", "more or less", "pretty much", "basically")),
    r"stuck\b(?! with)", r"stalled\b", r"on hold\b", r"paused\b", r"holding (?:off |until|for)",
    *(rf"{who} waiting\b" for who in ("are", "am", "were", "still", "been", "currently")),
    r"targett?ing (?:to |for |at )?(?:bcp\b|ps\b|proposed standard|informational|experimental"
    r"|standards? track|publication|completion|wglc|last call|shipping|submission|iesg|rfc"
    r"|the (?:end|middle|beginning)|end of|mid|early|late|january|february|march|april|may"
    r"|june|july|august|september|october|november|december|q[1-4]\b|20\d\d|ietf ?\d+"
    r"|next (?:meeting|ietf|version|revision))",
    r"issues (?:remaining|left|remain|outstanding)\b", r"big changes\b", r"major changes\b",
    r"significant changes\b", r"substantial changes\b", r"only editorial changes\b",
    r"mostly editorial changes\b", r"stable (?:document|draft|spec|specification|version|text)\b",
    *(rf"{be} (?:now |relatively |pretty |quite )?stable\b" for be in ("is", "seems", "looks",
                                                                       "been")),
    r"caretaker\b", r"new (?:co-)?(?:editor|author)s?\b",
    *(rf"{verb}\b[^.]{{0,30}}\bmilestones?\b" for verb in ("make", "meet", "miss(?:ed)?", "hit",
                                                          "met", "updated?", "slipped")),
    r"milestones?\b[^.]{0,20}\b(?:date|updated|slipped|missed|met|moved)\b",
    r"behind (?:the )?current\b",
    r"waiting (?:for|on) (?:the |a |an |more |some )?(?:shepherd|reviews?|implementations?"
    r"|interop|feedback|comments|input|ad\b|iesg|publication|write-?up|proposals?|authors?"
    r"|editors?)",
    r"needs? more (?:reviews?|interop|implementations?|implementation experience|attention"
    r"|bake time|data|eyes|eyeballs)\b",
    r"good shape\b", r"far along\b", r"bake time\b",
    r"analysis (?:is |was )?(?:done|complete|completed|finished)\b",
    r"reviews? (?:is |are |was |were )?(?:done|complete|completed|finished)\b",
    r"interop (?:testing )?(?:is |was )?(?:done|complete|completed|finished)\b",
    r"feature[- ](?:complete|freeze)\b", r"early reviews?\b",
    *(rf"{how} frozen\b" for how in ("is", "are", "been", "now", "largely", "mostly")),
    r"frozen for\b",
    r"joined (?:the )?editors?['\u2019]?s?['\u2019]? team\b",
    r"joined as (?:an? )?(?:co-?)?(?:editor|author)\b",
    *(rf"{how} expired\b(?! (?:drafts?|documents?|docs|i-ds?)\b)"
      for how in ("been", "currently", "also", "now", "already")),
    r"expired, but\b",
)  # fmt: skip
# A remark that counts what is left ("There are 10 remaining open issues and 3 minor PRs", "Two
# open issues"), beside STATUS_REMARKS, each of which opens with a letter of its own; and one
# that opens its sentence with a wait ("Waiting for shepherd's writeup for more comments to
# process", not "F-RTO by waiting for RTO verification")
STATUS_COUNTED = (
    rf"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|some|several|many) {_LEFT}"
)
STATUS_WAITING = r"^\W*waiting (?:on|for|to)\b"
# Support shown: "hums in favour", "hands in support", "Humming: in favor." (CAPPORT minutes),
# "Do you want to adopt? (Strong hum)" (TLS minutes); not a strong hum against
SUPPORT_SHOWN = (
    r"\b(?:hums?|humming|hands?)\s*:?\s+(?:in support|in favou?r)\b"
    r"|\b(?:strong|clear|loud|overwhelming)\s+hum(?:s|ming)?\b(?!\s+(?:against|for\s+not)\b)"
)
# A poll's count by answer, "yes" before "no": "Poll: Adopt? 42 yes, 0 no, 4 no opinion" (HAPPY
# minutes), each answer labelled before its count: "For: 38 No: 2", "For: 39 No.: 1" (MASQUE
# minutes), "Yes: 22 No: 0"; support shown where more answer yes
POLL_COUNTED = (
    r"\b(?P<yes>\d+)\s+(?:yes|yeas?|in favou?r)\b[^.;]{0,40}?\b(?P<no>\d+)\s+(?:no|against)\b"
    r"|\b(?:yes|yeas?|for|in favou?r)\s*[:=]\s*(?P<yes_first>\d+)\b[^;]{0,40}?"
    r"\b(?:no|against)\.?\s*[:=]\s*(?P<no_then>\d+)\b"
)

# Words before "draft" that name no document: "the draft", "a new draft", "WG draft", a
# body's or a stream's ("an ISE draft", "that old ISE document": the Independent Submissions
# Editor's).
NOT_A_NAME = frozenset(
    {"the", "this", "that", "these", "those", "a", "an", "each", "every", "any", "our", "your",
     "their", "his", "her", "its", "my", "new", "current", "next", "previous", "last", "final",
     "first", "second", "third", "adopted", "individual", "separate", "same", "other", "initial",
     "original", "rough", "ise", "irsg",
     "another", "one", "two", "both", "all", "some", "many", "most", "wg", "rg", "ietf", "iesg",
     "irtf", "iab", "internet", "id", "i-d", "editor's", "editors'", "early", "old", "latest",
     "if", "is", "in", "on", "and", "or", "see", "re", "per", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday", "when", "once", "until", "while", "since", "but",
     "because", "so", "whether", "what", "which", "where", "how", "why", "then"}
)  # fmt: skip

# A protocol's name alone names no one document: "the HTTP draft", "the QUIC draft".
PROTOCOLS = frozenset(
    {"http", "http/2", "http/3", "quic", "tls", "tcp", "udp", "ip", "ipv6", "dns", "sctp",
     "ipsec", "rfc", "rfcs", "bis"}
)  # fmt: skip

# Stages that say where a document stands now, which a condition or hope does not state.
REACHED = frozenset(
    {"adopted", "in WG Last Call", "ready for WG Last Call",
     "waiting for write-up", "submitted to the IESG", "approved by the IESG",
     "with the RFC Editor", "published", "parked", "dead", "new revision"}
)  # fmt: skip

# Words that open a clause, never a document's name a stage is stated of: "because
# invariants has already been sent to RFC editor" (quic/ietf110.md).
CLAUSE_OPENERS = frozenset(
    {"because", "since", "as", "and", "but", "so", "now", "that", "the", "also", "if",
     "when", "once", "while", "although", "though", "best", "well", "yes", "ok", "okay"}
)  # fmt: skip


# -- Decisions and action items -------------------------------------------------

# Verbs of a task someone takes on after the meeting: "praveen: will open issue to
# discuss", "jeffh: will rev the doc", "Ekr will make a PR", "David: will update PR."
# (quic/ietf104.md, httpwg/ietf75.txt, quic/ietf105.md); "Mark will author a PR", "Mark
# will try URN and see if it sticks", "Mike & Mark will sync about http-core", "Will
# invite OASIS to discuss", "DS: Will decide on virtual interop" (HTTPAPI and WEBTRANS
# minutes); "Jana will discuss this with editors", "Plan to request soon for the
# registration", "Address feedback" (quic and core minutes); "We'll move security
# consideration around flow control to a performance consideration section" (WEBTRANS
# minutes). What a protocol or a draft will do ("will cause retrans", "will fail anyway")
# uses none of them.
TASK_VERBS = frozenset(
    {"add", "address", "adjust", "align", "answer", "arrange", "ask", "author", "book", "bring",
     "call",
     "capture", "chat", "check", "circulate", "clarify", "collect", "comment", "commit", "cut",
     "communicate", "complete", "confirm", "consult", "contact", "continue",
     "coordinate", "create", "decide", "describe", "determine", "discuss", "do",
     "document", "draft", "edit", "email", "engage", "explore", "figure", "file", "finalise",
     "finalize", "finish", "fix", "code", "follow", "forward", "handle", "help", "implement",
     "incorporate",
     "initiate", "investigate", "invite", "issue", "iterate", "kick", "label", "lead", "link",
     "look",
     "mail",
     "make", "merge", "move", "notify", "open", "organise", "organize", "outline", "poll",
     "post", "prepare", "present", "produce", "propose", "provide", "publish", "put", "raise",
     "reach", "read", "refine", "remove", "reopen", "reply", "report", "repost", "republish",
     "request", "resend", "resolve", "respond", "resubmit", "rev", "review", "revise", "solicit",
     "rewrite", "run", "schedule", "send", "set", "setup", "share", "shepherd", "sort", "split",
     "start", "study", "submit", "suggest", "summarise", "summarize", "sync", "talk",
     "try", "update", "upload", "work", "write", "collaborate", "come", "gather", "verify",
     "track", "drive", "expand", "seek", "include", "research", "revisit", "reject", "synthesize",
     "synthesise", "introduce", "care", "over", "through", "plan", "resume", "deal", "mobilize",
     "liaise", "drop", "proceed", "double", "declare", "gauge", "amend",
     "mobilise"}
)  # fmt: skip

# A proposal put as a question: "Should we close this?", "Can we punt to v2?", "Shall we
# merge it?", "Let's do a call for adoption after the meeting?"; "Proposal ready?" or "will we
# have a proposal?" asks a fact instead.
PROPOSED = r"\b(?:can|should|shall) we\b|\blet'?s\b"

# Who, besides a named person, takes on a task in minutes: "chairs will make adoption
# call on the list", "editors need to do more work" (quic/ietf104.md, httpwg/ietf101.md).
OWNER_ROLES = frozenset(
    {"chair", "chairs", "editor", "editors", "author", "authors", "ad", "ads", "wg chairs",
     "the chairs", "the editors", "the authors", "co-chair", "co-chairs", "the co-chairs"}
)  # fmt: skip

# A turn that only assents to the turn before it: "lmasinter: OK" after "mnot: propose
# to close the issue" (httpwg/ietf75.txt), "jana: yep" after "can you file an issue on
# manageability?" (quic/ietf104.md), "**Spencer:** Yes" (quic/interim-20-10.md).
ASSENT_WORDS = frozenset(
    {"ok", "okay", "yes", "yep", "yeah", "sure", "agreed", "agree", "fine", "will do",
     "of course", "absolutely", "+1", "sounds good", "works for me"}
)  # fmt: skip

# Words that make a statement a wish, a guess or a question rather than a ruling:
# "Ian & Mark: Should probably close this then.", "jreschke: might need to take this
# back to the list" (quic/ietf104.md, httpwg/ietf75.txt).
HEDGES = frozenset(
    {"should", "probably", "maybe", "perhaps", "might", "may", "could", "would", "i think",
     "i want", "i'd", "if", "whether", "not sure", "seems like", "prefer", "prefers", "i hope",
     "we hope", "i feel", "assuming"}
)  # fmt: skip

# Words after "can" or "will" that ask no one in particular to do a task: "can we",
# "will they", "can someone" (quic/ietf104.md, quic/ietf105.md).
NOT_ASKED = frozenset(
    {"i", "we", "they", "it", "this", "that", "there", "one", "people", "someone", "anyone",
     "anybody", "somebody", "he", "she", "these", "those", "us"}
)  # fmt: skip


# -- The meeting, speakers and people -------------------------------------------

# Words of a label written where a speaker's name stands ("Material:", "Zulip:",
# "Design Issue:", "Video Source:", "Re-charter:", "Bluesheet Attendance: 129", "jabber
# count: 30 entries", "New AD: Warren", "Roy Arends Presenting: ..."), never a word of a
# person's name: Datatracker minutes of MASQUE, MLS and CoRE label their links and topics so;
# nor a paper's or a spec's, which narrative minutes report as they do a person's words
# ("Paper shows good results", "Paper proposes ..."), nor a header field's ("deprecation
# header: Current state of SF conversion discussion?", HTTPAPI minutes), nor a protocol's, which
# notes compare as they do people's views ("QUIC: client settings weren't encrypted", "HSTS:
# model for ridiculous process", TLS minutes; "Adaptive DNS: Improving Privacy of Name
# Resolution", DPRIVE minutes), nor a protocol's party's ("Client Initial: messing with CID
# will break routing", QUIC minutes), nor an office's or a list's ("Secretary: Paul Hoffman",
# "outstanding question: should this extension …", "Virtual Meeting Tips: QR code reminder").
NOT_NAME_WORDS = frozenset(
    {"material", "materials", "zulip", "design", "video", "audio", "source", "re-charter",
     "recharter", "etherpad", "hedgedoc", "datatracker", "bluesheets", "blue", "sheets",
     "remote", "onsite", "in-person", "queue", "mic", "mics", "slide", "deck", "repo",
     "repository", "pull", "ticket", "tickets", "milestone", "milestones", "editorial",
     "open", "closed", "next", "steps", "update", "wrap", "wrap-up", "bluesheet",
     "attendance", "presenting", "presents", "new", "with", "forward", "raised", "list",
     "mailing", "password", "passcode", "responsible", "terminology", "details", "goal",
     "goals", "non-goal", "non-goals", "doc", "docs", "count", "counts", "action", "actions",
     "paper", "papers", "spec", "specs", "header", "headers", "quic", "tls", "dtls", "dns",
     "dnssec", "doh", "tcp", "udp", "ipv4", "ipv6", "bgp", "mpls", "rtp", "webrtc", "json",
     "cbor", "xml", "oauth", "hsts", "sfu", "secretary", "question", "questions",
     "tips", "client", "server"}
)  # fmt: skip

# Verbs that report a presentation in narrative minutes, beside the verbs of speech
# ("Lars Eggert provides an overview of what QUICv1 can do": QUIC interim 2020-10;
# "Steve Hanna reviewed the PT-EAP proposal", "Matt Joras then shared a recording of a demo",
# "Tianji Jian then discussed the idea": SCONE minutes).
PRESENTING_VERBS = frozenset(
    {"provides", "provided", "presents", "presented", "describes", "described", "introduces",
     "introduced", "gives", "gave", "shows", "showed", "walks", "walked", "goes", "went",
     "reviews", "reviewed", "shares", "shared", "discusses", "discussed"}
)  # fmt: skip

NOT_A_GROUP = frozenset(
    {"minutes", "notes", "agenda", "agendas", "materials", "meetings", "meeting", "interim",
     "interims", "ietf", "irtf", "iesg", "iab", "docs", "drafts", "archive", "downloads"}
)  # fmt: skip
"""Names of folders and files that hold minutes but are no group's."""

# Capitalised words after "IETF 104" or "met in" that name no city: "IETF 99 Meeting
# Minutes", "IETF101: 20 March" (quic/ and httpwg/ titles), "DNSOP IETF121 Chairs Actions".
NOT_A_CITY = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
     "Friday", "Saturday", "Sunday", "Meeting", "Minutes", "Working", "Interim", "Session",
     "Hackathon", "Notes", "Summary", "Agenda", "Plenary", "Side", "Bar", "Virtual", "Online",
     "Remote", "Hybrid", "Chair", "Chairs", "Action", "Actions", "Decisions", "Status",
     "Report", "Update", "Updates", "Discussion", "Review", "Recording"}
)  # fmt: skip

# Particles of family names, which a name may hold in lower case: "Paul van
# Brouwershaven", "Jean-Marc de Something", "Niels ten Oever", "Ana dos Santos".
PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "ten", "ter", "da", "das", "dos", "di", "du", "la", "le",
     "del", "della"}
)  # fmt: skip

# Roles written in brackets after a name, not an alias of it: "Lars (chair)", "Mirja (AD)".
ROLE_WORDS = frozenset(
    {"ad", "ads", "chair", "chairs", "director", "editor", "editors", "scribe", "iab"}
)

# Speakers the minutes do not name: "Ans: It is part of configuration?"
UNNAMED = frozenset(
    {"ans", "answer", "a", "q", "question", "response", "reply", "comment", "audience",
     "someone", "somebody", "unknown", "participant", "mic", "floor", "attendee", "room",
     "jabber", "speaker", "author", "authors", "group", "people", "everyone", "presenter",
     "presenters", "who", "whoever", "anyone", "anybody", "all", "everybody"}
)  # fmt: skip

# Words that start a label, never a name: "Note:", "See:", "Hum:", "Conclusion:",
# "Participants: 64" (the count under a Meetecho show of hands, CCWG minutes); the
# pronouns an option of a hum opens with ("- Nothing: little", quic/ietf105.md); "Eg:" and
# "Ie:" written for "e.g." and "i.e." ("Eg: Search - many things, ranked then presented.").
LABEL_WORDS = frozenset(
    {"abstract", "anything", "both", "either", "everything", "neither", "none", "nothing",
     "something", "action", "actions", "administrivia", "against", "agenda", "agendas",
     "agreed", "aob",
     "advantage", "advantages", "disadvantage", "disadvantages", "benefit", "benefits",
     "drawback", "drawbacks", "challenge", "challenges", "limitation", "limitations", "cost",
     "costs",
     "agreement", "ai", "also", "alternative", "alternatives", "approach", "attendees",
     "background", "bof", "bottom", "caveat", "channeling", "charter", "chat",
     "clarification", "clarifying", "comments", "con", "concern", "concerns", "confirm",
     "constraints",
     "conclusion",
     "conclusions", "cons", "consensus", "context", "correction", "date", "decided",
     "decision", "decisions", "deliverables", "discussion", "document", "documents", "draft",
     "drafts", "edit", "eg", "example", "examples", "faq", "favor", "favour", "feature",
     "features", "feedback", "finally",
     "finding", "findings", "first", "for", "format", "from", "ftp", "fyi", "github", "goal",
     "goals", "guideline", "guidelines", "principle", "principles", "policy",
     "hackathon", "http", "https", "hum", "humm", "humming", "hums", "iana", "idea", "ideas",
     "i-d", "ie", "iesg", "ietf", "important", "interop", "intro", "introduction", "issue",
     "issues", "later", "link", "links", "list", "location", "logistics", "mailto", "meetecho",
     "meeting", "milestones", "minutes", "motivation", "nb", "neutral", "next", "no", "note",
     "note-taker", "note-takers", "notes", "notetaker", "notetakers", "notion", "now",
     "observation", "observations", "oppose", "opposed", "option", "options", "outcome",
     "overview", "participants", "plan", "planning", "plans", "poll", "pr", "present",
     "presentation", "privacy", "pro", "problem", "problems", "proposal", "proposals",
     "proposed", "pros", "prs", "ps", "purpose", "q&a", "question", "questions", "reason",
     "recap", "recording", "reference", "references", "relaying", "remark", "remarks", "reminder",
     "reminders",
     "requester", "requesters", "requestor",
     "requirement", "requirements", "resolution", "result", "results", "rfc", "schedule",
     "scope", "scribed", "scribes", "second", "security", "see", "session", "slide", "slides",
     "solution", "source", "status", "suggest", "suggestion", "suggestions", "suggests",
     "summary", "supports", "survey", "takeaway", "takeaways", "tbd", "then", "time", "timeline",
     "todo",
     "topic", "topics", "total", "update", "updates", "url", "urls", "urn", "venue", "vote",
     "warning", "webex", "wg", "wglc", "wrapup", "wrap-up", "yes", "zoom"}
)  # fmt: skip

# Words that start phrases in lower case, never a name written in lower case; nor capitalised,
# opening a sentence before a verb of speech: "Latest comments (Salvatore and DaveO) will be
# addressed in next version." (NWCRG minutes) is no one's report.
COMMON_WORDS = frozenset(
    {"a", "about", "all", "an", "and", "any", "are", "as", "at", "bad", "be", "best", "big", "but",
     "by", "can", "content", "could", "current", "different", "existing", "final", "first",
     "for", "from", "general", "good", "he", "high", "how", "i", "if", "in", "initial", "is",
     "it", "key", "last", "less", "long", "low", "main", "mean", "more", "my", "new", "next",
     "no", "not", "of", "old", "on", "one", "open", "or", "other", "our", "overall",
     "possible", "potential", "previous", "real", "related", "same", "second", "she", "short",
     "should", "simple", "small", "so", "some", "technical", "that", "the", "they", "think",
     "third", "these", "this", "those", "to", "two", "was", "we", "what", "when", "where",
     "which", "who", "why", "will", "with", "would", "yes", "you", "three", "four", "five",
     "several", "many", "few", "most", "both", "everyone", "everybody", "nobody", "someone",
     "latest", "recent", "further", "additional", "earlier", "early", "various", "minor",
     "major", "remaining", "detailed", "after", "before", "during", "since", "following",
     "upon", "while", "until", "although", "because", "however", "despite", "regarding",
     "there", "here"}
)  # fmt: skip

# Verbs of narrative minutes that report what someone said: "Tommy agrees ...", "Jana
# notes this is not the only fork" (quic/ietf97.md, quic/interim-17-06.md); each a
# pattern that starts with a letter.
REPORTING_VERBS = (
    "comment(?:s|ed)", "note[sd]", "sa(?:ys|id)", "ask(?:s|ed)", "argue[sd]", "suggest(?:s|ed)",
    "explain(?:s|ed)", "agree[sd]", "disagree[sd]", "object(?:s|ed)", "repl(?:ies|ied)",
    "answer(?:s|ed)", "mention(?:s|ed)", "propose[sd]", r"points?\s+out", r"pointed\s+out",
    "raise[sd]", "wonder(?:s|ed)", "thinks", "thought", "believe[sd]", "want(?:s|ed)",
    "like[sd]", "prefer(?:s|red)", "support(?:s|ed)", "oppose[sd]", "express(?:es|ed)",
    "clarif(?:ies|ied)", "confirm(?:s|ed)", "question(?:s|ed)", "respond(?:s|ed)", "add(?:s|ed)",
    "state[sd]", "report(?:s|ed)", "observe[sd]", "worr(?:ies|ied)", "recommend(?:s|ed)",
    "request(?:s|ed)", "warn(?:s|ed)", "claim(?:s|ed)", "stress(?:es|ed)", "emphasi[sz]e[sd]",
    "summari[sz]e[sd]", "relay(?:s|ed)", "echo(?:es|ed)", "seconds", "seconded", "concur(?:s|red)",
    r"push(?:es|ed)\s+back", "counter(?:s|ed)", "insist(?:s|ed)", "remind(?:s|ed)", "feels",
    "felt", "reiterate[sd]", "highlight(?:s|ed)", "caution(?:s|ed)", "endorse[sd]", "spoke",
    "speaks", "debate[sd]",
)  # fmt: skip


LISTING_WORDS = frozenset(
    {"drafts", "documents", "document", "draft", "docs", "specifications", "submissions"}
)
"""Words of a heading whose list items may each open with a document's title (LISTED_TITLE in
documents.py), or of a short line that introduces such a list."""
INTRODUCER_WORDS = 8
"""The most words of a line that introduces a list of documents ("MT: Other documents (p11)")."""

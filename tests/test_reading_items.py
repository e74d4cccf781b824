"""Decisions and action items as a careful reader takes them from minutes: hums and
their outcome, polls, the room's assent, rulings; labelled items, requests taken on,
a speaker's own undertaking, a named person's or role's."""

from __future__ import annotations

from functools import cache

import pytest

from msecwg.importer import Found, read
from msecwg.importer.transcribe import transcribe

from .conftest import SHARED

MINUTES = SHARED / "minutes"
needs_shared = pytest.mark.skipif(
    not (MINUTES / "quic").is_dir(), reason=f"no shared minutes at {MINUTES}"
)


@cache
def real(name: str) -> Found:
    """Answer what the reader finds in one of the shared minutes."""
    path = MINUTES / name
    return read(path.read_text(encoding="utf-8"), name=path.name)


def texts(found: Found) -> list[tuple[str, str]]:
    """Answer each decision's kind and text."""
    return [(d.kind, d.text) for d in found.decisions]


def owned(found: Found) -> list[tuple[str | None, str]]:
    """Answer each action's owner as written and its text."""
    return [(a.owner, a.text) for a in found.actions]


MEETING = """# ZEBRA WG Minutes - IETF 125

## Monday, 6 July 2026

### Stripes

hum: can we remove the old stripes from the spec?

conclusion: yes

mnot: propose to close the issue

lmasinter: OK

Hums:

- [stronger] Close with no action
- [weak] Leave open

Lars: Rough consensus for the first option.

At some point we need to vote hum on this.

Dana: do we have enough people for this? (as was decided in Lisbon)

8 hands go up for interest in writing a proposal.

Mark: Can you write a proposal?

Martin: Yes, and I'll also ask Aino.

jeffh: will rev the doc

Dana: the server will send an ack within max ack delay.

AI(Katriel + Ben): Write up the registry text by end of August.

***ACTION ITEM - Carsten will provide a pull request***

Lars: Let put that on the agenda for the interim then.
"""


def test_a_hum_question_and_its_outcome_are_one_decision() -> None:
    found = read(MEETING)
    assert texts(found)[:3] == [
        ("hum", "hum: can we remove the old stripes from the spec? conclusion: yes"),
        ("agreed", "mnot: propose to close the issue lmasinter: OK"),
        (
            "hum",
            "Hums: - [stronger] Close with no action - [weak] Leave open Lars: Rough "
            "consensus for the first option.",
        ),
    ]


def test_an_outcome_labelled_in_brackets_answers_the_question_before_it() -> None:
    found = read("# ZEBRA WG\n\n## Where\n\nBob: IETF or IRTF?\n\n(consensus): IETF\n\n"
                 "Bob: New WG?\n\n(Lars) maybe later\n")  # fmt: skip
    assert texts(found) == [("consensus", "Bob: IETF or IRTF? (consensus): IETF")]


def test_the_answers_a_question_offers_are_no_decisions_and_the_rooms_response_is_one() -> None:
    found = read("# ZEBRA WG\n\n## Check\n\n1. Is there interest in general? Possible\n"
                 "answers are:\n- Yes\n- No\n- Defer (decision pending some other action)\n\n"
                 "2. Is there support for adopting it as a -00 WG draft:\n- Yes\n- No\n- Defer\n\n"
                 "3. What should we adopt?\n- PT-EAP\n- Other / Defer\n\nFor answers of "
                 "no/defer/other, we would like to understand why.\n\nThe response was unanimous "
                 "in favor of working on it.\n\nThe WG deferred the decision.\n")  # fmt: skip
    assert texts(found) == [
        ("poll", "The response was unanimous in favor of working on it."),
        ("ruling", "The WG deferred the decision."),
    ]


def test_a_question_to_the_room_offering_another_choice_is_answered_after_both() -> None:
    # what follows the other choice answers the question; "(PR 3)" refers, it counts no one
    found = read("# ASDF\n\n## PRs\n\nNW: any objections folding in the proposed changes? Or "
                 "need to discuss more? (PR 3)\n\n(no objections)\n\nNW: any objections to "
                 "merging PR 4? Or wait? (5 hands)\n")  # fmt: skip
    assert texts(found) == [
        ("agreed", "any objections folding in the proposed changes? Or need to discuss more? "
                   "(PR 3) (no objections)"),
        ("consensus", "NW: any objections to merging PR 4? Or wait? (5 hands)"),
    ]  # fmt: skip


def test_the_minutes_own_agreement_after_a_report_of_speech_is_a_decision() -> None:
    found = read("# ZEBRA WG\n\n## Stripes\n\nLars: hello.\n\nLars presented the stripes. "
                 "After discussion, it was agreed that stripes need their own draft.\n\n"
                 "Dana: Summarises the history. We decided to set a deadline.\n")  # fmt: skip
    assert [(d.kind, d.quote) for d in found.decisions] == [
        ("agreed", "Lars presented the stripes. After discussion, it was agreed that stripes "
                   "need their own draft."),
    ]  # fmt: skip


def test_what_the_room_confirmed_is_a_decision_and_an_aside_after_it_no_part_of_it() -> None:
    found = read("# ZEBRA WG\n\n## Keys\n\nSlide - Go back to the -03 approach.\n(Remember "
                 "to update S2.1)\n\nThis was confirmed on the call.\n\n## Modes\n\nNo "
                 "changes to the spec.\n\nThis was confirmed on the call.\n\nGeorg:\n  It is "
                 "confirmed that the code works.\n")  # fmt: skip
    assert [(d.kind, d.quote) for d in found.decisions] == [
        ("agreed", "Slide - Go back to the -03 approach. (Remember to update S2.1) "
                   "This was confirmed on the call."),
        ("agreed", "No changes to the spec. This was confirmed on the call."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("minutes", "decided"),
    [
        # the group's agreement, support heard and no opposition, a summary of consensus
        ("- Xufeng: How do we connect? Agreement in the group that a reference is needed.\n\n"
         "There was considerable support heard for the constraints, and no opposition.\n\n"
         "Phil:\n  Summary of consensus - the protocol need not change.\n\nDana: there is "
         "agreement of sorts.\n",
         [("agreed", "Xufeng: How do we connect? Agreement in the group that a reference is "
                     "needed."),
          ("agreed", "There was considerable support heard for the constraints, and no "
                     "opposition."),
          ("consensus", "Phil: Summary of consensus - the protocol need not change.")]),
        # a show of hands under the question a list of questions puts; topics to come are none,
        # nor is a question from the floor part of a hum after it
        ("Questions to the audience:\n* Support for this work?\n   * Show of hands: All (not "
         "considering Webex chat)\n\nHUM TOPICS\n- Consensus: include the spin bit\n\n?: "
         "Something about TLS?\n\nHum: A very clear hum for big endian.\n",
         [("poll", "Support for this work? * Show of hands: All (not considering Webex chat)"),
          ("hum", "Hum: A very clear hum for big endian.")]),
    ],
)  # fmt: skip
def test_the_rooms_agreement_and_its_answers_to_questions_put_are_decisions(
    minutes: str, decided: list[tuple[str, str]]
) -> None:
    assert texts(read(f"# ZEBRA WG\n\n## Scope\n\n{minutes}")) == decided


def test_a_question_alone_and_an_earlier_meetings_decision_are_none() -> None:
    found = read(MEETING)
    assert [d.text for d in found.decisions][3:] == [
        "8 hands go up for interest in writing a proposal."
    ]
    assert [d.kind for d in found.decisions][3:] == ["poll"]


def test_what_people_know_asked_or_a_consensus_assumed_is_no_decision() -> None:
    said = "# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\n"
    asked = "Mike: does anyone in room know an implementation that does this over h1?\n\n"
    assert texts(read(said + asked + "Room: crickets\n")) == []
    agreed = "Jana: Adequate to have stable 5-tuple + CCID?\n\n"
    assert texts(read(said + agreed + "Room: Yes\n")) == [
        ("agreed", "Jana: Adequate to have stable 5-tuple + CCID? Room: Yes")
    ]
    noted = "Dana: Training is needed.\n\nGroup: further discussion on broad vs narrow.\n"
    assert texts(read(said + noted)) == []  # that the room discussed, no answer of it
    assert texts(read(said + "Assuming we have consensus, change the status.\n")) == []
    assert texts(read(said + "We have consensus to change the status.\n")) == [
        ("consensus", "We have consensus to change the status.")
    ]


def test_a_chairs_closing_out_an_issue_and_their_show_of_hands_after_a_dash_are_decisions() -> None:
    said = "# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\n"
    closed = "Chairs: Close out issue, do editorial pass, new version, and then start WGLC.\n"
    assert texts(read(said + closed)) == [("ruling", closed.strip())]
    polled = "Chairs: Show of hands - nobody read it yet.\n"
    assert texts(read(said + polled)) == [("poll", polled.strip())]
    assert texts(read(said + "Jana: Show of hands - who read it?\n")) == []
    assert texts(read(said + "Christian: There is the silent close issue.\n")) == []


def test_a_ruling_spoken_of_as_a_topic_is_none() -> None:
    said = "# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\n"
    assert texts(read(said + "JI: I made the point about not adopting this.\n")) == []
    assert texts(read(said + "Next version will focus on closing these open points.\n")) == []
    assert texts(read(said + "Resolution: close with no action.\n")) == [
        ("resolution", "Stripes Resolution: close with no action.")
    ]
    assert texts(read(said + "Mark: Not considering adopting now.\n")) == [
        ("ruling", "Mark: Not considering adopting now.")
    ]


def test_requests_undertakings_and_labelled_items_are_actions() -> None:
    found = read(MEETING)
    assert owned(found) == [
        ("Martin", "Can you write a proposal? Martin: Yes, and I'll also ask Aino."),
        ("jeffh", "will rev the doc"),
        ("Katriel + Ben", "Write up the registry text by end of August."),
        ("Carsten", "Carsten will provide a pull request"),
        ("Lars", "Let put that on the agenda for the interim then."),
    ]
    assert [a.owners for a in found.actions] == [
        ["Martin"],
        ["jeffh"],
        ["Katriel", "Ben"],
        ["Carsten"],
        ["Lars"],
    ]
    assert all(a.owner is None or a.owner in a.quote for a in found.actions)


def test_each_sentence_of_a_labelled_item_that_names_its_own_owners_is_an_item() -> None:
    found = read(
        "# HTTPAPI\n\n## Linkset\n\nRich Salz: fine.\n\nACTION: chairs will issue a 2 week "
        "working group last call.  Rich will write the shepherd's writeup.\n\n"
        "Action to Eve: post the slides. Then start a discussion.\n\n"
        "Action: Bob to update the draft by 1 August 2026. Carol to review it.\n\n"
        "Eve: hello.\n\nBob: yes.\n\nCarol: fine.\n"
    )
    assert [(a.label, a.owners, a.text, a.quote) for a in found.actions] == [
        ("ACTION", ["chairs"], "chairs will issue a 2 week working group last call.",
         "ACTION: chairs will issue a 2 week working group last call."),
        ("ACTION", ["Rich"], "Rich will write the shepherd's writeup.",
         "Rich will write the shepherd's writeup."),
        ("Action", ["Eve"], "post the slides. Then start a discussion.",
         "Action to Eve: post the slides. Then start a discussion."),
        ("Action", ["Bob"], "Bob to update the draft by 1 August 2026.",
         "Action: Bob to update the draft by 1 August 2026."),
        ("Action", ["Carol"], "Carol to review it.", "Carol to review it."),
    ]  # fmt: skip
    assert [[d.date.first.isoformat() for d in a.dates] for a in found.actions] == [
        [],
        [],
        [],
        ["2026-08-01"],
        [],
    ]


def test_an_action_label_may_name_its_owner_after_for_or_to() -> None:
    found = read(
        "# COIN RG\n\n## Milestones\n\nAction item for the group: review the milestones.\n\n"
        "Action to Eve: post the slide (done) and start a discussion.\n\n"
        "Action for Bob and Carol: write text.\n\nAction to be taken: none.\n\n"
        "## Talk\n\nEve: hello.\n\nBob: yes.\n\nCarol: fine.\n"
    )
    assert [(a.owners, a.text) for a in found.actions] == [
        ([], "review the milestones."),
        (["Eve"], "post the slide (done) and start a discussion."),
        (["Bob", "Carol"], "write text."),
    ]


def test_a_month_alone_is_due_in_the_meetings_year() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Monday, 6 July 2026\n\n"
                 "Dana: Fine with me.\n\nLars: Sound like getting a -20 in April to interop. "
                 "Dana will publish -03 in September.\n")  # fmt: skip
    dated = [
        (d.date.text, d.date.first.isoformat(), d.date.precision) for d in found.actions[0].dates
    ]
    assert (found.actions[0].owner, dated) == ("Dana", [("September", "2026-09-01", "month")])


def test_a_request_quoted_or_for_anything_is_no_task() -> None:
    said = "# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\n"
    quoted = (
        "We need a policy for when the server can send a \u201cplease remove this device\u201d.\n"
    )
    assert owned(read(said + quoted)) == []
    asked = "Mirja: It is a connection error. Will you do anything else?\n"
    assert owned(read(said + asked)) == []
    assert owned(read(said + "Mirja: Please remove this device from the draft.\n")) == [
        (None, "Please remove this device from the draft.")
    ]


def test_an_action_label_with_its_owner_in_brackets_may_run_on_into_its_sentence() -> None:
    said = "# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\n"
    found = read(said + "AI(rlb) is interested in writing up 0RTT for new devices.\n")
    assert owned(found) == [("rlb", "is interested in writing up 0RTT for new devices.")]
    assert owned(read(said + "AI training is popular.\n")) == []


def test_a_date_put_forward_is_no_date_a_task_is_due_by() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Monday, 6 July 2026\n\n"
                 "Dana: I will send a mail to propose 8 August for a call.\n\n"
                 "Lars: I will send a mail by 8 August.\n")  # fmt: skip
    dated = [[d.date.first.isoformat() for d in a.dates] for a in found.actions]
    assert [(a.owner, d) for a, d in zip(found.actions, dated, strict=True)] == [
        ("Dana", []),
        ("Lars", ["2026-08-08"]),
    ]


def test_a_task_in_emphasis_and_one_to_determine_are_action_items() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nDana: the stripes are done.\n\n"
        "*Chairs to request SECDIR early review*\n\n"
        "Chairs and ADs to determine a proposed way forward.\n\n"
        "WG chairs will send out call for adoption soon\n"
    )
    assert owned(found) == [
        ("Chairs", "Chairs to request SECDIR early review"),
        ("Chairs and ADs", "Chairs and ADs to determine a proposed way forward."),
        ("chairs", "WG chairs will send out call for adoption soon"),
    ]


def test_a_hedge_before_a_period_hedges_no_task_after_it_in_a_run_on_sentence() -> None:
    found = read(
        "# FOO WG\n\n## Versions\n\nrlb: We could also add a field. rlb will file an issue "
        "there.\n\nspt: Maybe Paul will file an issue. If the WG agrees, Paul will write it.\n"
    )
    assert owned(found) == [("rlb", "We could also add a field. rlb will file an issue there.")]


def test_what_we_will_do_in_the_agenda_is_the_meetings_program_not_a_task() -> None:
    found = read(
        "# ZEBRA WG Minutes - IETF 125\n\n## Agenda review\n\nAfter introductions, we "
        "will review the stripes plan.\n\n## Stripes\n\nDana: we will review the "
        "stripes draft before May.\n\nMo: We'll discuss that in another slide.\n"
    )
    assert [a.text for a in found.actions] == ["we will review the stripes draft before May."]
    found = read(
        "# ZEBRA WG Minutes - IETF 125\n\n## Intro, agenda, status (Chairs)\n\nMT: We plan "
        "for interim meetings. We will send a mail to confirm this.\n"
    )
    assert owned(found) == [("MT", "We will send a mail to confirm this.")]


def test_a_change_said_to_be_made_in_the_document_is_a_task() -> None:
    found = read(
        "# ICCRG\n\n## Pacing\n\nMW: This will be incorporated in the document.\n\n"
        "MW: That will be fixed in the next revision.\n\nMW: It will be addressed in -05.\n\n"
        "MW: Will be added to the draft.\n\nMW: This will be discussed at the interim.\n\n"
        "MW: That might be fixed in the next revision.\n\n"
        "These will be addressed in the next version.\n\n"
        "Latest comments (Salvatore and DaveO) will be addressed in next version.\n"
    )
    assert [p.name for p in found.people] == ["MW"]
    assert owned(found) == [
        ("MW", "This will be incorporated in the document."),
        ("MW", "That will be fixed in the next revision."),
        ("MW", "It will be addressed in -05."),
        ("MW", "Will be added to the draft."),
        (None, "These will be addressed in the next version."),
        (None, "Latest comments (Salvatore and DaveO) will be addressed in next version."),
    ]


def test_what_is_left_for_later_in_the_session_or_tried_not_to_do_is_no_task() -> None:
    found = read(
        "# ZEBRA\n\n## Stripes\n\nAdam: Will discuss Auth. later in this IETF session.\n\n"
        "CAW: We'll try to not make things more complex than they need to be.\n\n"
        "Kyle: I will try not to break it.\n\nDana: I will send text later in the week.\n\n"
        "Dana: I'll try to merge it.\n\nrlb: We\u2019ll come back to this later.\n"
    )
    assert owned(found) == [
        ("Dana", "I will send text later in the week."),
        ("Dana", "I'll try to merge it."),
    ]


def test_who_writes_edits_or_shepherds_a_document_is_a_ruling() -> None:
    found = read(
        "# ZEBRA\n\n## Stripes\n\nDarrel to be a new co-author.\n\nLucas added as co-author\n\n"
        "MT: Shepherd write-up can be next step, Christian accepted to be Shepherd.\n\n"
        "Dana: Added as editor's note: none.\n\nKyle: As co-author, I think it is fine.\n"
    )
    assert texts(found) == [
        ("ruling", "Darrel to be a new co-author."),
        ("ruling", "Lucas added as co-author"),
        ("ruling", "MT: Shepherd write-up can be next step, Christian accepted to be Shepherd."),
    ]


def test_a_poll_of_the_room_announced_is_no_task_but_a_poll_on_the_list_is() -> None:
    found = read(
        "# ZEBRA\n\n## Stripes\n\nBrian: thinks it is on-track, but will do show of hands.\n\n"
        "Eric: We will start quick polls to see if the WG understands each piece.\n\n"
        "Chairs: We'll run a poll on the mailing list.\n\nDana: I will poll the authors.\n"
    )
    assert owned(found) == [
        ("Chairs", "We'll run a poll on the mailing list."),
        ("Dana", "I will poll the authors."),
    ]


def test_a_question_punted_or_an_issue_closed_is_a_ruling_but_not_a_step_on_the_way() -> None:
    found = read(
        "# MASQUE\n\n## Datagrams\n\nekr: Punt to tomorrow\n\nChairs: punted to IETF 120."
        "\n\nDavid: Thumbs up, we punted to avoid delay but now we want it.\n\n"
        "ED: We'll double-check that all were addressed before closing it.\n\n"
        "ian: will close with no action\n\nDiscussion about token binding document: table the "
        "adoption.\n\nDana: the table the chairs showed is clear.\n\nJana: Just table this, "
        "handle Issue #58.\n\nChair: Tabling this until the interim.\n"
    )
    assert texts(found) == [
        ("ruling", "ekr: Punt to tomorrow"),
        ("ruling", "Chairs: punted to IETF 120."),
        ("ruling", "ian: will close with no action"),
        ("ruling", "Discussion about token binding document: table the adoption."),
        ("ruling", "Chair: Tabling this until the interim."),
    ]


def test_a_question_that_bids_the_room_raise_hands_is_one_decision_with_its_result() -> None:
    found = read(
        '# CORE\n\n## Transport\n\nQuestion to the room: "Who thinks the draft is ready for '
        'Working Group adoption? Raise hand if agree."\nResult: 10 agree; 0 disagree\n\n'
        "## Responses\n\nMT: Who has read the draft? Few hands.\n"
    )
    assert texts(found) == [
        ("result", 'Question to the room: "Who thinks the draft is ready for Working Group '
                   'adoption? Raise hand if agree." Result: 10 agree; 0 disagree'),
        ("poll", "MT: Who has read the draft? Few hands."),
    ]  # fmt: skip


def test_please_after_a_speakers_name_asks_them() -> None:
    found = read(
        "# CORE\n\n## Echo\n\nCA: Working on it; GS please look at point-to-point responses."
        "\n\nGS: Sure, I read it.\n\nMT: Tim, please review the PR.\n\nTim: No.\n\n"
        "MT: So please check it.\n"
    )
    assert owned(found) == [
        ("GS", "Working on it; GS please look at point-to-point responses. GS: Sure, I read it."),
        ("Tim", "Tim, please review the PR."),
    ]


def test_a_speakers_own_task_owns_a_sentence_that_also_asks_someone_unnamed() -> None:
    found = read(
        "# WEBTRANS\n\n## Upgrade token\n\nEK: Okay, we'll put up a PR that removes the "
        "restriction, Alan can you help us spell the other half.\n\n"
        "Mark: Can you write a proposal?\n"
    )
    assert owned(found) == [
        ("EK", "Okay, we'll put up a PR that removes the restriction, Alan can you help us spell "
               "the other half."),
        (None, "Can you write a proposal?"),
    ]  # fmt: skip


def test_the_rooms_response_in_brackets_answers_a_question_whatever_follows_it() -> None:
    found = read(
        "# IPPM\n\n## Capacity\n\n**Q chairs:** how many people here have read it?  (Not many "
        "raise hands)  Tommy asks for people to review the document.\n\n"
        "Jana: How many people will use this? (David raises hands, then shrugs) I understand "
        "the theoretical flexibility.\n\nBrian: need to check the charter. Who specifies the "
        "code points?\n\n(The conversation will continue in NVO3 this week)\n"
    )
    assert texts(found) == [
        ("poll", "**Q chairs:** how many people here have read it? (Not many raise hands) Tommy asks "
                 "for people to review the document.")
    ]  # fmt: skip


def test_a_chair_saying_what_is_out_of_scope_rules_another_speaker_does_not() -> None:
    found = read(
        "# WISH\n\n## Scope\n\nJuliusz: Is signalling over websockets in scope?\n\n"
        "Chair: websockets not in scope of charter.\n\nMartin: datacenter is in scope for WG.\n\n"
        "chair(Eric): This is the right place to talk about this.\n\nBob: This is the right "
        "place to start.\n"
    )
    assert texts(found) == [
        ("ruling", "Chair: websockets not in scope of charter."),
        ("ruling", "chair(Eric): This is the right place to talk about this."),
    ]


def test_a_chair_the_minutes_name_rules_in_their_own_turn_another_speaker_does_not() -> None:
    found = read(
        "# ADD WG Interim\n\n## ADD Chairs & AD\n* AD: Barry Leiba\n* Chairs: Glenn Deen, "
        "David Lawrence\n\n## Use cases\n\nTommy J: It might be nice for employers to have a "
        "public resolver.\n\nQ: is that so?\n\nGlenn: That use case is out of scope of our current charter.\n\n"
        "Tommy J: That one is out of scope of the draft.\n"
    )
    assert texts(found) == [
        ("ruling", "Glenn: That use case is out of scope of our current charter."),
    ]


def test_an_outcomes_label_alone_heads_the_outcomes_listed_below_it() -> None:
    found = read(
        "# ALTO\n\n## Transport\n\n- Issues:\n\t- Session Semantics\n\tConclusion:\n\t- Have a "
        "dedicated session regarding the issues and forward conclusions on the list\n\n"
        "## Metrics\n\nDecisions:\n\n* Adopt the draft.\n* Ask the list about the units.\n\n"
        "## Talk\n\nConclusions:\n- No one-fits-all solutions\n\n## Open\n\nConclusion:\n\n"
        "Bob: I am not sure.\n\n## Plans\n\nConclusion:\n\nWe go with option A.\n\nBob: fine.\n"
    )
    assert texts(found) == [
        ("conclusion", "Have a dedicated session regarding the issues and forward conclusions on "
                       "the list"),
        ("decided", "Adopt the draft."),
        ("decided", "Ask the list about the units."),
        ("conclusion", "We go with option A."),
    ]  # fmt: skip


def test_the_minutes_of_an_earlier_meeting_approved_are_agreed_here() -> None:
    found = read(
        "# CELLAR\n\n## Accept draft minutes from previous meeting\n\n    MINUTES ARE AT: "
        "https://datatracker.ietf.org/doc/minutes-interim-2024-cellar-05/\n    April meeting "
        "minutes accepted.\n\n## Other\n\nMinutes of the last meeting were approved.\n\n"
        "Bob: the minutes approved last time said otherwise.\n\nThe proposal was accepted.\n"
    )
    assert texts(found) == [
        ("agreed", "MINUTES ARE AT: https://datatracker.ietf.org/doc/minutes-interim-2024-cellar-05/"
                   " April meeting minutes accepted."),
        ("agreed", "Minutes of the last meeting were approved."),
    ]  # fmt: skip


def test_a_consensus_already_had_is_an_earlier_meetings() -> None:
    found = read(
        "# CCWG\n\n## SCReAM\n\nZahed: I thought we already had a consensus that we want to "
        "do this.\n\nMarcus said there was rough agreement in the prior meeting that it may "
        "not be needed.\n\nReese: There is consensus to adopt it.\n"
    )
    assert texts(found) == [("consensus", "Reese: There is consensus to adopt it.")]


def test_a_consensus_reached_at_another_venue_is_that_venues() -> None:
    found = read(
        "# WISH\n\n## Extensions\n\nThere was consensus @ Dispatch that this was needed.\n\n"
        "Consensus at the BoF was to charter.\n\nChair: There is consensus to adopt it.\n"
    )
    assert texts(found) == [("consensus", "Chair: There is consensus to adopt it.")]


def test_a_sense_of_the_room_to_be_taken_is_no_decision() -> None:
    found = read(
        "# WPACK\n\n## Bundles\n\nJeff: Let's get a sense of the room on these four issues."
        "\n\nChair: We want to gauge the sense of the room.\n\n"
        "Chair: The sense of the room was to adopt it.\n"
    )
    assert texts(found) == [("sense of the room", "Chair: The sense of the room was to adopt it.")]


@pytest.mark.parametrize(
    ("line", "owner"),
    [("Dana: i'm OK with that, and can do the new issue.", "Dana"),
     ("Dana: Yes, and can write the text.", "Dana"),
     ("Dana: I can write the text.", "Dana"),
     ("Dana: Gives us a way to avoid it, and can run while the protocol runs.", None),
     ("Dana: I can look at those, but it adds significant time.", None),
     ("Dana: I can do this today by twiddling packets.", None),
     ("Dana: I can send the text by Friday.", "Dana"),
     ("Dana: I will write the text, but not before May.", "Dana"),
     ("Dana: will run two polls now.", None),
     ("Dana: will now run the numbers again.", "Dana"),
     ("Dana: I will now talk about the stripes' architecture.", None),
     ("Dana: Will now provide an overview of everything still to be discussed", None),
     ("Dana: We will reject the PR, and form a new team to look at this.", "Dana"),
     ("Dana: Will revisit after the threat review.", "Dana"),
     ("Dana: will research the cost and report back.", "Dana"),
     ("Dana: Interim meetings will resume on 2023-08-30. We will book them soon.", "Dana"),
     ("Dana: yes, we definitely will write that section.", "Dana"),
     ("Dana: Next step is to code this up and try it out.", "Dana"),
     # "and will" goes on what its sentence's own subject will do, where it has one
     ("Dana: Questions draft is important and will help drive charter.", None),
     ("Dana: Different providers take different approaches and will continue to do so.", None),
     ("Dana: It's a DNS SVCB and will work for DNS over anything.", None),
     ("Dana: -stripe-library (waiting for write-up, but will go through a revision).", None),
     ("Dana: Negative progress. Unarchived Slack channel and will arrange a meeting.", "Dana"),
     ("Dana: I reviewed it and will send comments.", "Dana"),
     ("Dana: Yes, this is good, and will review.", "Dana"),
     ("Dana: Can't do it now, but will review the drafts in the future.", "Dana")],
)  # fmt: skip
def test_a_can_or_will_takes_a_task_on_only_as_the_speakers_own(
    line: str, owner: str | None
) -> None:
    found = read(f"# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\n{line}\n")
    assert [a.owner for a in found.actions] == ([owner] if owner else [])


@pytest.mark.parametrize(
    ("asked", "owner"),
    [("can you write the text?", "Dana"),
     ("how can you write that text?", None),
     ("How large a trial could you do without worrying?", None),
     ("why would you send it to the list?", None),
     ("Which working group will you present this in?", None),
     ("can you do the poll now?", None),
     ("Contracts like that are void. Can you do that?", None),
     ("Which lab did you use, can you share it?", None),
     ("can you share the lab setup?", "Dana"),
     ("Didn't understand 'maintenance'. Please clarify.", None),
     ("Please clarify in draft.", "Dana"),
     ("Please put a link to that paper in the chat.", None),
     ("Please put a link to that paper in the draft.", "Dana"),
     ("Can you comment on how this affects caches?", None),
     ("Can you talk about the current state of bundles?", None),
     ("Can you talk a little bit more about the rationale?", None),
     ("Can you comment on that on the list?", "Dana"),
     ("Can you talk to the ADs about it?", "Dana"),
     ("Can you summarize briefly?", None),
     ("Can you summarize the discussion for the list?", "Dana"),
     ("Could you run us through this specific use?", None),
     ("Could you run the tests through the new parser?", "Dana")],
)  # fmt: skip
def test_a_question_of_how_or_why_or_for_now_asks_for_no_task(
    asked: str, owner: str | None
) -> None:
    found = read(f"# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\nLars: {asked}\n\n"
                 "Dana: Yes, agreed.\n")  # fmt: skip
    assert [a.owner for a in found.actions] == ([owner] if owner else [])


@needs_shared
def test_quic_104_rulings_hums_and_the_rooms_assent() -> None:
    found = real("quic/ietf104.md")
    got = texts(found)
    assert ("ruling", "lars: not about freezing editorial changes chairs: revisit in london") in got
    assert ("agreed", "praveen: text is fine. all: close it") in got
    assert ("ruling", "ian: will close with no action") in got
    assert ("ruling", "Mark: Okay, we're closing this one and flagging for v2.") in got
    assert ("agreed", "Room is happy with that. People nod their heads.") in got
    assert (
        "poll",
        "Mark: Who intends to come up with a proposal? 8 hands go up for interest in making a "
        "proposal.",
    ) in got
    assert not any("as was decided in tokyo" in text for _, text in got)
    assert not any("I think we'll close this one" in text for _, text in got)


@needs_shared
def test_quic_104_actions_with_their_owners() -> None:
    got = owned(real("quic/ietf104.md"))
    assert ("praveen", "will open issue to discuss") in got
    assert ("jana", "can you file an issue on manageability? jana: yep") in got
    assert ("Ekr", "Ekr will make a PR") in got
    assert ("David", "i'm OK with that, and can do the new issue.") in got
    assert not any("cause retrans" in text for _, text in got)


@needs_shared
def test_httpwg_101_polls_and_the_question_to_the_room() -> None:
    found = real("httpwg/ietf101.md")
    got = texts(found)
    assert (
        "consensus",
        "QUESTION to the room: does anyone have any problems with modifying CONNECT? Nope.",
    ) in got
    assert ("poll", "Show of hands: 15 people willing to work on this!") in got
    assert ("poll", "about 10 people have read draft") in got
    assert ("ruling", "Mark: Not considering adopting now, but that might change.") in got
    assert (None, "HUM: in favour of adoption, to be confirmed on the list.") in owned(found)


@needs_shared
def test_httpwg_75_a_request_to_a_misspelt_speaker() -> None:
    found = real("httpwg/ietf75.txt")
    assert owned(found) == [
        ("jeffh", "will rev the doc"),
        (None, "not going to cover the editorial issues, the editors can deal with those, "
               "take it to the list"),
        ("jrschke", "we need to discuss this, can jrschke send the information to the list"),
    ]  # fmt: skip
    assert ("poll", "mnot: who has read this? response: noone except the author") in texts(found)


@needs_shared
def test_quic_110_the_chairs_undertakings() -> None:
    got = owned(real("quic/ietf110.md"))
    assert ("Lars", "Let put that on the agenda for an interim or 111 then.") in got
    assert ("Lars", "Will do Google poll for a meeting slot then.") in got


def test_a_question_of_fact_answered_is_no_decision_and_i_is_the_speaker() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Monday, 6 July 2026\n\n### Stripes\n\n"
                 "Mark: PR is two weeks old. Proposal ready?\n\nMartin: Yep.\n\n"
                 "Mark: Should we close this?\n\nDana: Yes.\n\n"
                 "Aino: I will write text.\n")  # fmt: skip
    assert texts(found) == [("agreed", "Mark: Should we close this? Dana: Yes.")]
    assert owned(found) == [("Aino", "I will write text.")]


def test_the_rooms_preference_is_a_decision_and_a_first_name_owns_a_task() -> None:
    found = read("# MASQUE IETF 118\n\n## Errors\n\n[Lucas Pardue] The capsule or an error code.\n\n"
                 "Strong preference for error code in the room.\n\nLucas will comment on PR.\n")  # fmt: skip
    assert texts(found) == [("sense of the room", "Strong preference for error code in the room.")]
    assert owned(found) == [("Lucas", "Lucas will comment on PR.")]
    transcribed = transcribe(found, "minutes.md").transcription
    assert [(a.owner, a.people) for a in transcribed.actions] == [("Lucas", ["lucas-pardue"])]


def test_minutes_with_no_section_keep_their_action_items_in_one_under_their_title() -> None:
    found = read("ZEBRA WG\n\nAttendees:\n- Dana Smith\n- Lee Park\n\nLee to review it.\n",
                 name="x.txt")  # fmt: skip
    transcribed = transcribe(found, "x.txt")
    assert [(s.heading, s.key) for s in transcribed.transcription.sections] == [("ZEBRA WG", "wg")]
    assert [(a.owner, a.section) for a in transcribed.transcription.actions] == [("Lee", "wg")]
    assert not [line for line in transcribed.left if "actions" in line]


def test_a_named_speaker_authoring_syncing_trying_or_deciding_takes_a_task() -> None:
    found = read(
        "# FOO WG\n\n## Problems\n\nMark:  Need to dig in more.\n\nMike:  Pick first.\n\n"
        "DS: Land the negotiation.\n\n"
        "Mark will author a PR to see if that gets consensus.\n\n"
        "Mark will try URN and see if it sticks.\n\nMike & Mark will sync about http-core.\n\n"
        "- DS: Will decide on virtual interop\n\nThe draft will try to cover both.\n"
    )
    assert owned(found) == [
        ("Mark", "Mark will author a PR to see if that gets consensus."),
        ("Mark", "Mark will try URN and see if it sticks."),
        ("Mike & Mark", "Mike & Mark will sync about http-core."),
        ("DS", "Will decide on virtual interop"),
    ]


def test_a_task_stated_of_its_outcome_the_speakers_action_item_and_seeking_are_tasks() -> None:
    found = read(
        "# FOO WG\n\n## Problems\n\nLP: Yes, I have the action item to add text for this soon."
        "\n\nTommy: Agreed.\n\nNew issue to be filed.\n\n"
        "Some documentation describing the issue to be added.\n\n"
        "Tommy will expand the draft to include considerations for resolvers.\n\n"
        "The chairs will seek AD advice on the privacy considerations.\n\n"
        "It seems to be fixed already.\n\nThis needs to be addressed.\n\n"
        "Tommy agreed that a good bit needed to be written here.\n\n"
        "What is to be added is unclear.\n\nWe won't send docs to be published until we "
        "have interop results.\n\n7807 doesn't allow for new standard properties to be added "
        "to the structure.\n"
    )
    assert owned(found) == [
        ("LP", "Yes, I have the action item to add text for this soon."),
        (None, "New issue to be filed."),
        (None, "Some documentation describing the issue to be added."),
        ("Tommy", "Tommy will expand the draft to include considerations for resolvers."),
        ("chairs", "The chairs will seek AD advice on the privacy considerations."),
    ]


def test_tasks_going_ahead_asked_of_a_name_in_brackets_or_taken_to_the_list_with_a_need() -> None:
    found = read(
        "# FOO WG\n\n## Problems\n\nRichard: no objections, so i'll go ahead and try to merge "
        "that PR.\n\nBenjamin: It is not solved.\n\n"
        "Sean: i'm asking Benjamin (Beurdouche) to file an issue.\n\n"
        "Rich: will provisionally take to the list.\n\n"
        "Rich: Will need to take discussion to the mailing list.\n\nDana: Going to update stats."
        "\n\nDana: Going to the next slide.\n"
    )
    assert owned(found) == [
        ("Richard", "no objections, so i'll go ahead and try to merge that PR."),
        ("Benjamin", "i'm asking Benjamin (Beurdouche) to file an issue."),
        ("Rich", "will provisionally take to the list."),
        ("Rich", "Will need to take discussion to the mailing list."),
        ("Dana", "Going to update stats."),
    ]


def test_a_discussion_taken_or_brought_to_the_list_is_a_follow_up() -> None:
    found = read(
        "# FOO WG\n\n## Problems\n\nMnot: the pattern is to rely on the common definition.\n\n"
        "Taking this to the list.\n\nDarrel: bring discussion to the list regarding a field.\n\n"
        "Rich: if there are people who want to do this, bring it to the list\n\n"
        "MN: Seems to be convergence on MT's text. Let's take it to the list, maybe a formal "
        "consensus call.\n"
    )
    assert owned(found) == [
        (None, "Taking this to the list."),
        (None, "bring discussion to the list regarding a field."),  # asked of the room
        ("MN", "Let's take it to the list, maybe a formal consensus call."),
    ]
    assert texts(found) == [
        ("consensus", "MN: Seems to be convergence on MT's text. Let's take it to the list, maybe "
                      "a formal consensus call."),
    ]  # fmt: skip


def test_an_action_taken_a_task_in_brackets_and_outlining_or_labelling_are_tasks() -> None:
    found = read(
        "# FOO WG\n\n## Problems\n\nGlenn: I disagree.\n\nMartin: I agree.\n\n"
        "Kazuho: Fine.\n\nGlenn took an action to write his concern up.\n\n"
        "(Martin will file an issue).\n\n(we'll try to get things done.)\n\n"
        "In the quic wg, Kazuho will outline some possible solutions to discuss.\n\n"
        "Dana: Will label issues.\n"
    )
    assert owned(found) == [
        ("Glenn", "Glenn took an action to write his concern up."),
        ("Martin", "(Martin will file an issue)."),
        ("Kazuho", "In the quic wg, Kazuho will outline some possible solutions to discuss."),
        ("Dana", "Will label issues."),
    ]


def test_an_action_taken_without_its_article_or_being_taken_is_a_task() -> None:
    found = read(
        "# FOO WG\n\n## Problems\n\nJJ: Didn't follow this draft, no recommendations at the "
        "moment; I'm taking action to do that.\n\nMT: We are taking an action to review it.\n\n"
        "Lars: agreed.\n\nLars is taking the action to ask the AD.\n\n"
        "CB: I'll take action to merge it.\n\nMT: Someone should take action to fix it.\n\n"
        "Martin: takes AI to fix this.\n\nDana: It takes AI to solve this.\n"
    )
    assert owned(found) == [
        ("JJ", "Didn't follow this draft, no recommendations at the moment; I'm taking action to "
               "do that."),
        ("MT", "We are taking an action to review it."),
        ("Lars", "Lars is taking the action to ask the AD."),
        ("CB", "I'll take action to merge it."),
        ("Martin", "takes AI to fix this."),
    ]  # fmt: skip


def test_an_action_hung_under_a_line_naming_one_document_is_about_it() -> None:
    found = read(
        "# DNSOP WG\n\n## draft-buraglio-deprecate7050\n\n* draft-buraglio-deprecate7050\n"
        "    - Chairs Action: Interest in adopting\n\n"
        "* Does draft-momoka-dnsop-3901bis belong in DNSOP?\n"
        "    - Chairs Action: schedule call for adoption\n"
    )
    assert [(a.text, a.documents) for a in found.actions] == [
        ("Interest in adopting", ["draft-buraglio-deprecate7050"]),
        ("schedule call for adoption", ["draft-momoka-dnsop-3901bis"]),
    ]  # not the section's draft


def test_an_owners_action_label_and_a_document_alone_in_an_action_section() -> None:
    found = read(
        "# DNSOP WG\n\n## Catalog Zones\n\nPaul Vixie: No intent to design it.\n\n"
        "Chairs Action: CfA sent\n\nChairs Action: ?\n\nActions Items from charter discussion\n\n"
        "Brian: Poll showed interest. Action-item: solicit adoption on the list.\n\n"
        "Chairs Action: closer to WGLC?\n\nACTION: Who will review the draft?\n\n"
        "## Chairs Actions\n\n"
        "* [draft-ietf-dnsop-7706bis]\n    - Needs one more update, ready for WGLC in September\n"
    )
    assert owned(found) == [
        ("Chairs", "CfA sent"),
        (None, "solicit adoption on the list."),
        (None, "Who will review the draft?"),
        (None, "Needs one more update, ready for WGLC in September"),
    ]
    assert [a.documents for a in found.actions] == [[], [], [], ["draft-ietf-dnsop-7706bis"]]
    assert [p.name for p in found.people] == ["Paul Vixie", "Brian"]


def test_taking_care_of_something_or_introducing_someone_is_a_task() -> None:
    found = read(
        "# ALTO WG\n\n## Calls\n\nJensen Zhang: the CDNI draft is nearly done.\n\nRichard: Good.\n\n"
        "1. Jensen will take care of CDNI and address two remaining points.\n"
        "2. Richard to introduce Jordi to the Princeton team.\n"
        "3. Taking care of it is hard.\n"
    )
    assert owned(found) == [
        ("Jensen", "Jensen will take care of CDNI and address two remaining points."),
        ("Richard", "Richard to introduce Jordi to the Princeton team."),
    ]


def test_going_over_or_through_something_is_a_task_but_going_through_alone_none() -> None:
    found = read(
        "# NASR\n\n## Charter\n\nLuigi: Central part of the charter not yet revised. I will "
        "go over it and share update with the group by tomorrow.\n\nBen: I volunteer to go "
        "through the architecture docs.\n\nJana: the heartbeat will go through in a single "
        "direction.\n\nEric: our traffic will go through the proxy.\n"
    )
    assert owned(found) == [
        ("Luigi", "I will go over it and share update with the group by tomorrow."),
        ("Ben", "I volunteer to go through the architecture docs."),
    ]


def test_a_task_names_the_one_document_its_line_names_before_it() -> None:
    found = read(
        "# CELLAR WG\n\n## Documents\n\n"
        "* draft-ietf-cellar-control-00 expired. ACTION: repost by Steve.\n"
        "* draft-ietf-cellar-tags-08 was posted. Will respond to the comments on the list.\n"
        "* draft-ietf-cellar-flac and draft-ietf-cellar-ffv1 expired. ACTION: repost both.\n\n"
        "Alice: the draft-ietf-cellar-tags text is fine.\nAI(Bob): make a new document.\n\n"
        "Carol: draft-ietf-cellar-codec-04 is posted. I will send a PR.\n"
    )
    assert [(a.text, a.documents) for a in found.actions] == [
        ("repost by Steve.", ["draft-ietf-cellar-control-00"]),
        ("Will respond to the comments on the list.", ["draft-ietf-cellar-tags-08"]),
        ("repost both.", []),  # two documents: neither alone
        ("make a new document.", []),  # a line of its own, after another's words
        ("I will send a PR.", ["draft-ietf-cellar-codec-04"]),
    ]


def test_a_consensus_in_room_and_a_count_by_answer_are_decisions_with_every_count() -> None:
    found = read(
        "# FOO WG\n\n## Flags Extension\n\nMany extensions have no data.\n\n"
        "Consensus in room is to adopt as a WG item; to be confirmed on the list\n\n"
        "## Rate limited\n\nGorry: Motivation for updating.\n\n"
        "This is a problem that we understand enough to tackle and the wg should take this on:\n"
        "Yes: 22\nNo: 0\nNo Opinion: 7\n\n"
        "Eric: Show of hands: this is worth addressing\nYes: 15\nNo: 1\nParticipants: 73\n\n"
        "Lars: First step.\n"
    )
    assert texts(found) == [
        ("consensus", "Consensus in room is to adopt as a WG item; to be confirmed on the list"),
        ("poll", "This is a problem that we understand enough to tackle and the wg should take "
                 "this on: Yes: 22 No: 0 No Opinion: 7"),
        ("poll", "Eric: Show of hands: this is worth addressing Yes: 15 No: 1 Participants: 73"),
    ]  # fmt: skip


def test_a_short_labelled_outcome_opening_a_section_gives_its_heading_what_it_settles() -> None:
    found = read(
        "# HTTP WG\n\n## HTTP Core\n\n### Issue #203: Expect should be a list header\n"
        "Decision: proceed\n\n### Issue #120: Status codes and caching\n"
        "- Decision: continue discussing\n\n### Issue #98: Trailers\n"
        "Decision: remove them from the spec and say why in an appendix\n"
    )
    assert texts(found) == [
        ("decided", "Issue #203: Expect should be a list header Decision: proceed"),
        ("decided", "Decision: continue discussing"),
        ("decided", "Decision: remove them from the spec and say why in an appendix"),
    ]


def test_meetechos_poll_counted_by_participants_and_answers_is_a_poll() -> None:
    found = read(
        "# AIPREF\n\n## Polls\n\n#### Poll: Our charter has the appropriate scope\n\n"
        "Total Participants: 41\n* Yes (15)\n* No (15)\n* No opinion (5)\n\n"
        "Jo Levy: one concern is that the charter is too broad.\n\n## Search\n\n"
        "Mark: Poll! We should limit search to being a carve-out\n\n"
        "total participants: 43 - yes 11 - no 16 - no opinion 8\n\n"
        "We should define more search controls (total participants : 42 - yes 18 - no 5\n"
    )
    assert texts(found) == [
        ("poll", "Poll: Our charter has the appropriate scope Total Participants: 41 * Yes (15) "
                 "* No (15) * No opinion (5)"),
        ("poll", "Poll! We should limit search to being a carve-out total participants: 43 - "
                 "yes 11 - no 16 - no opinion 8"),
        ("poll", "We should define more search controls (total participants : 42 - yes 18 - no 5"),
    ]  # fmt: skip
    assert [p.name for p in found.people] == ["Jo Levy", "Mark"]


def test_a_show_of_hands_counted_by_hands_raised_is_a_poll() -> None:
    found = read(
        "# SFRAME WG\n\n## Draft adoptions\n\n"
        "* Martin: *Show of Hands-* How many people have read the SFrame draft?\n"
        "    * Raised: 16 | Not Raised: 4 | Participants: 44\n"
        "* Poll to adopt both solution docs.\n* raise hands: 20\n* don't raise hands: 1\n\n"
        "## AOB\n\nPoll to adopt both solution docs.\n    raise hands: 20\n    total: 21\n"
    )
    assert texts(found) == [
        ("poll", "Martin: *Show of Hands-* How many people have read the SFrame draft? "
                 "* Raised: 16 | Not Raised: 4 | Participants: 44"),
        ("poll", "Poll to adopt both solution docs. * raise hands: 20"),
        ("poll", "Poll to adopt both solution docs. raise hands: 20 total: 21"),
    ]  # fmt: skip
    assert [p.name for p in found.people] == ["Martin"]


def test_a_smattering_of_hands_or_plus_ones_in_the_chat_is_a_poll() -> None:
    found = read(
        "# HTTP WG\n\n## Proxies\n\nBS: Should we work on this?\n\n"
        "Smattering of hands in the room, several +1s in the chat.\n\n"
        "## Cookies\n\nDC: Is this useful?\n\n12 +1s on the chat.\n\n"
        "## Other\n\nMT: I give this a +1 in the chat.\n"
    )
    assert texts(found) == [
        ("poll", "Smattering of hands in the room, several +1s in the chat."),
        ("poll", "12 +1s on the chat."),
    ]


def test_hands_raised_counted_first_in_a_list_or_in_a_table_below_the_question_are_polls() -> None:
    found = read(
        "# FOO WG\n\n## Adoption\n\nRich: Any concerns about the draft.\n\n"
        "Show of hands!\n* Opposed or not ready to decide?\n    * 0 raised\n"
        "    * 16 non-raised\n    * 50 participants\n\nRich: Will confirm on the list.\n\n"
        "LP: will run two polls now. 1) should the wg work on multipath?\n"
        "| Raise Hand  | Do not raise hand | Participants |\n| ---- | ---- | ---- |\n"
        "| 53     | 3   | 56  |\n\nLP: 2) Should the current draft be adopted?\n"
        "| Raise Hand  | Do not raise hand | Participants |\n| ---- | ---- | ---- |\n"
        "|   46  | 2   | 48 |\n\nMark: Should we adopt it?\n\n"
        "Raised Hands: 12\nUnraised Hands: 2\nTotal People: 27\n\nDana: 3 raised concerns on the list.\n"
    )
    assert texts(found) == [
        ("poll", "Opposed or not ready to decide? * 0 raised * 16 non-raised * 50 participants"),
        ("poll", "LP: will run two polls now. 1) should the wg work on multipath? | Raise Hand | "
                 "Do not raise hand | Participants | | ---- | ---- | ---- | | 53 | 3 | 56 |"),
        ("poll", "LP: 2) Should the current draft be adopted? | Raise Hand | Do not raise hand | "
                 "Participants | | ---- | ---- | ---- | | 46 | 2 | 48 |"),
        ("poll", "Mark: Should we adopt it? Raised Hands: 12 Unraised Hands: 2 Total People: 27"),
    ]  # fmt: skip


def test_a_poll_a_line_with_its_count_after_the_question_is_a_decision_each() -> None:
    found = read(
        "# FOO WG\n\n## Rate limited\n\nStuart: There are lots of reasons. Why? 3 of them.\n\n"
        "Chairs:\nHave you read this draft? 7 (yes) 30 (no)\n"
        "Who thinks this is a topic to work on?  4 (yes) 6 (no)\n"
        "Who thinks we should not do work on this topic: none.\n\n"
        'Question: should we allow it with "SHOULD\nindicate" language? 22 yes, 8 no, 5 no op\n\n'
        "* Show of hands - is 5033 a good starting point: pro 30, con 1, undecided 11\n"
    )
    assert texts(found) == [
        ("poll", "Have you read this draft? 7 (yes) 30 (no)"),
        ("poll", "Who thinks this is a topic to work on? 4 (yes) 6 (no)"),
        ("poll", "Who thinks we should not do work on this topic: none."),
        ("poll", 'should we allow it with "SHOULD indicate" language? 22 yes, 8 no, 5 no op'),
        ("poll", "Show of hands - is 5033 a good starting point: pro 30, con 1, undecided 11"),
    ]


def test_a_count_alone_below_a_question_or_counts_by_slashes_after_one_are_polls() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nMartin: the stripes are done.\n\n"
        "Chairs: Is there interest in adopting this as a work item?\nFor:  39  No.: 1\n\n"
        "We are going to see a show of hands on this:\n\nFor: 31 No: 18\n\n"
        "Dana: I like the namespace.\n\n"
        "[Show of hands: Do you support the stripe namespace] 20/1/97\n\n"
        "Do you support option 2 (proxy payloads)? 11/17/81\n\n"
        "Martin: the pony arrived on 20/1/97\n"
    )
    assert texts(found) == [
        ("poll", "Is there interest in adopting this as a work item? For: 39 No.: 1"),
        ("poll", "We are going to see a show of hands on this: For: 31 No: 18"),
        ("poll", "[Show of hands: Do you support the stripe namespace] 20/1/97"),
        ("poll", "Do you support option 2 (proxy payloads)? 11/17/81"),
    ]


def test_a_count_after_an_arrow_from_a_question_or_a_show_of_hands_is_a_poll() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nMartin: the stripes are done.\n\n"
        "**LP**: Are you interested in exploring Path IDs further? y/n? => 20:11 (out of 134, "
        "103 without opinion)\n\n**LP**: Do you want STOP_SENDING_AT in this draft? y/n? => "
        "2/30 (110 no opinion). Clear result.\n\n**LP** Is there interest in NAT work? Show of "
        "hands: 20:11 130 no-opinion.\n\nDana: Meet again? -> 10:30 UTC\n"
    )
    assert texts(found) == [
        ("poll", "Are you interested in exploring Path IDs further? y/n? => 20:11 (out of 134, "
                 "103 without opinion)"),
        ("poll", "Do you want STOP_SENDING_AT in this draft? y/n? => 2/30 (110 no opinion). "
                 "Clear result."),
        ("poll", "**LP** Is there interest in NAT work? Show of hands: 20:11 130 no-opinion."),
    ]  # fmt: skip


def test_a_count_by_answer_in_brackets_after_a_question_or_in_bold_below_it_is_a_poll() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nMartin: the stripes are done.\n\n"
        "_Chairs: Are people interested in testing this? (11 people said yes)_\n\n"
        "_Chairs: How many people think CCWG should work on this topic (18: yes, 4 no, 14 no "
        "opinon)_\n\nIs there capacity for it? (Yes 9, 6 No, No opinion: 4)\n\n"
        "Dana: We had 3 issues (no 2 alike)\n\nDana: See RFC 9000 (no changes since 2021)\n\n"
        "*Is this draft a suitable starting point for adoption?*\n* **Yes:** 29\n* **No:** 4\n"
    )
    assert texts(found) == [
        ("poll", "Chairs: Are people interested in testing this? (11 people said yes)"),
        ("poll", "Chairs: How many people think CCWG should work on this topic (18: yes, 4 no, "
                 "14 no opinon)"),
        ("poll", "Is there capacity for it? (Yes 9, 6 No, No opinion: 4)"),
        ("poll", "*Is this draft a suitable starting point for adoption?* * **Yes:** 29 * **No:** 4"),
    ]  # fmt: skip


def test_hands_raised_and_thumbs_up_in_the_room_are_counted_polls_with_the_line_above() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nMartin: the stripes are done.\n\nShow-of-hands:\n"
        "Are in favour of 1 byte - 21 raised hands, 16 did not. 111 participants\n"
        "Are not in favour of 1 byte - 10 raised hands, 27 did not. 113 participants.\n\n"
        "Would anyone be interested in an interim - 8ish thumbs up in the room\n\n"
        "Target stickiness question: thumbs up around the room\n\nmnot: thumbs up\n\n"
        "Naming networks not numbering VLANS\n\nThumbs up in room\n\n"
        "CB: Polling for WGA: 6 raise-hand, 0 not-raise.\n\n**Eric Kinnear**: Use show of hands "
        'tool to hum. Question "Is this a suitable starting point?" Result: 46 raise, 2 do not '
        "raise (96 total participants present in chat)\n"
    )
    assert texts(found) == [
        ("poll", "Show-of-hands: Are in favour of 1 byte - 21 raised hands, 16 did not. 111 "
                 "participants"),
        ("poll", "Are not in favour of 1 byte - 10 raised hands, 27 did not. 113 participants."),
        ("poll", "Would anyone be interested in an interim - 8ish thumbs up in the room"),
        ("poll", "Target stickiness question: thumbs up around the room"),
        ("poll", "Naming networks not numbering VLANS Thumbs up in room"),
        ("poll", "CB: Polling for WGA: 6 raise-hand, 0 not-raise."),
        ("poll", 'Use show of hands tool to hum. Question "Is this a suitable starting point?" '
                 "Result: 46 raise, 2 do not raise (96 total participants present in chat)"),
    ]  # fmt: skip
    speakers = ["Martin", "mnot", "CB", "Eric Kinnear"]  # no "Show-of-hands"
    assert [p.name for p in found.people] == speakers


def test_the_rooms_assent_marked_after_a_proposal_and_interest_counted_are_decisions() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nMartin: the stripes are done.\n\n"
        "Dana: We should publish a draft-06 right after the interim (\U0001f44d)\n\n"
        "Could update just from common ancestor - \U0001f44d\n\n"
        "Brian: Poll showed 23 interested in adopt, 13 not interested.\n\nmnot: \U0001f44d\n\n"
        "Richard: Last call for objections to the approach, and we'll do a PR (No objections)\n"
    )
    assert texts(found) == [
        ("agreed", "Dana: We should publish a draft-06 right after the interim (\U0001f44d)"),
        ("agreed", "Could update just from common ancestor - \U0001f44d"),
        ("poll", "Brian: Poll showed 23 interested in adopt, 13 not interested."),
        ("agreed", "Richard: Last call for objections to the approach, and we'll do a PR (No "
                   "objections)"),
    ]  # fmt: skip


def test_a_chair_taking_a_question_to_the_list_rules_and_another_speaker_only_wishes() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nMartin: the stripes are done.\n\n"
        "[chair] Take it to the list.\n\nChair: take this all to the list. At that point we "
        "can evaluate it.\n\nDana: Let's take this to the list.\n"
    )
    assert texts(found) == [
        ("ruling", "[chair] Take it to the list."),
        ("ruling", "Chair: take this all to the list. At that point we can evaluate it."),
    ]


def test_a_hum_heard_more_for_one_side_and_hands_raised_in_words_are_decisions() -> None:
    found = read(
        "# FOO BOF\n\n## Charter\n\nRoom hummed more for Yes than No.\n\n"
        "Taking a show of hands on people willing to review docs. About two dozen hands were "
        "raised.\n\nThe hands of the clock were raised.\n"
    )
    assert texts(found) == [
        ("hum", "Room hummed more for Yes than No."),
        ("poll", "Taking a show of hands on people willing to review docs. About two dozen "
                 "hands were raised."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("minutes", "decided"),
    [
        # polls in a row, each with its count; a count of interest noted
        ("## UDP Options\n\nGorry: How many people want to work to complete the encryption part "
         "of this draft?\n    Raised: 1, didn't raise: 16\n\nGorry: Should we complete "
         "authentication work as part of this document?\n    Raised: 3, didn't raise: 11\n\n"
         "## Explicit signals\n\n* A discussion of other layers followed.\n* 27 noted interest.\n"
         "\n## Versions\n\nSix people would support adoption.\n\nJaime: who read the draft? "
         "--- 4+authors read it and 3 supporting adoption\n\nDecided not to do an adoption call "
         "right now.\n",
         [("poll", "Gorry: How many people want to work to complete the encryption part of this "
                   "draft? Raised: 1, didn't raise: 16"),
          ("poll", "Gorry: Should we complete authentication work as part of this document? "
                   "Raised: 3, didn't raise: 11"),
          ("poll", "27 noted interest."),
          ("poll", "Six people would support adoption."),
          ("poll", "Jaime: who read the draft? --- 4+authors read it and 3 supporting adoption"),
          ("decided", "Decided not to do an adoption call right now.")]),
        # "(No objections heard)", the minutes' note, with what it follows; a speaker's own view
        ("## EDHOC\n\nRH (p5): We may want to revise the names of these attributes. They should "
         "start with a prefix about EDHOC.\n\n(No objections heard)\n\nRH (p6): We plan to do "
         "this and add a note below that figure.\n(No objections heard)\n\n"
         "fk: no objection from me\n",
         [("agreed", "They should start with a prefix about EDHOC. (No objections heard)"),
          ("agreed", "RH (p6): We plan to do this and add a note below that figure. (No "
                     "objections heard)")]),
        # the room positive; more discussion before adoption, not one's own reading
        ("## Delegation\n\nAlex: Pretty interesting\n\nBenno: Room is positive\n\n## Glue\n\n"
         "Benno: Wants more discussion on the list before call for adoption\n\nAlex: I think "
         "this needs more discussion before I read it.\n",
         [("agreed", "Alex: Pretty interesting Benno: Room is positive"),
          ("ruling", "Benno: Wants more discussion on the list before call for adoption")]),
        # issues resolved, counts of responses and an agreement, as the minutes report them
        ("## Issues\n\nIssue #64 was merged into issue #65.\n\n#88 was similarly "
         "uncontroversial and was merged (using \"throughput advice\").\n\nIssue #75 will be "
         "closed after seeing the text.\n\nIssue #9 was discussed at length.\n\nAdoption poll: "
         "21 yes responses, 1 no response, 5 no opinion responses.\n\nHashes discussion current "
         "agreement is to keep it in the spec.\n\nAfter comments, the agreement is now to "
         "remove the null alternative.\n",
         [("ruling", "Issue #64 was merged into issue #65."),
          ("ruling", '#88 was similarly uncontroversial and was merged (using "throughput '
                     'advice").'),
          ("ruling", "Issue #75 will be closed after seeing the text."),
          ("poll", "Adoption poll: 21 yes responses, 1 no response, 5 no opinion responses."),
          ("agreed", "Hashes discussion current agreement is to keep it in the spec."),
          ("agreed", "After comments, the agreement is now to remove the null alternative.")]),
        # a chair's reading of the room; a speaker's own view of what is needed
        ("## Versions\n\nRLB: Excepting the server-initiated, it sounds like this is OK with the "
         "WG.\n\nEKR: It sounds like this is ok to me.\n\n"
         "Raphael: sounds like we want to go with proposal 2 for now\n\n"
         "Richard: sounds like there are no serious objections to the current proposal.\n\n"
         "Jana: It sounds like we need to do one stream.\n\n"
         "MN: Sounds like general support for server-generated.\n\n"
         "Ben: it sounds like everyone wants full mode - so lets move on\n\n"
        "Martin: Think doing the narrow bits with consensus is constructive use of time.\n",
         [("agreed", "RLB: Excepting the server-initiated, it sounds like this is OK with the "
                     "WG."),
          ("agreed", "Raphael: sounds like we want to go with proposal 2 for now"),
          ("agreed", "Richard: sounds like there are no serious objections to the current "
                     "proposal."),
          ("agreed", "MN: Sounds like general support for server-generated."),
          ("agreed", "Ben: it sounds like everyone wants full mode - so lets move on")]),
        # the minutes' note that something passed without objection
        ("## Accept draft minutes from 2023-02-28\n\n   * Accepted without objection\n\n"
         "## Errata\n\nTed: this was accepted without objection last time, but we should "
         "revisit.\n",
         [("agreed", "Accepted without objection")]),
        # a count, or a range of counts, on the line of the question it answers
        ("## draft-lee-pce-flexible-grid\n\nHow many have read? about 15\n\n"
         "Suitable to be adopted? 6-7\n",
         [("poll", "How many have read? about 15"), ("poll", "Suitable to be adopted? 6-7")]),
        # the room silent or not objecting, a consensus that exists and one that does not yet,
        # as the minutes note it
        ("## Accept draft minutes\n\n   * no comments, accepted as is.\n\n"
         "## Issue 22\n\nConsensus exists to clarify\n\n## Issue 129\n\nNo meaningful "
         "discussion, silent agreement.\n\n## Minutes of the last call\n\n   * No objections on "
         "the mailing list or on the call.\n\n## Issue 30\n\nNo consensus exists yet.\n",
         [("agreed", "no comments, accepted as is."), ("consensus", "Consensus exists to clarify"),
          ("agreed", "No meaningful discussion, silent agreement."),
          ("agreed", "No objections on the mailing list or on the call."),
          ("conclusion", "No consensus exists yet.")]),
    ],
)  # fmt: skip
def test_decisions_as_the_minutes_record_them(minutes: str, decided: list[tuple[str, str]]) -> None:
    assert texts(read(f"# ZEBRA WG\n\n{minutes}")) == decided


def decided_with(lines: str) -> list[tuple[str, str]]:
    """Answer each decision's kind and text in the test meeting with `lines` in place of
    jeffh's turn."""
    return texts(read(MEETING.replace("jeffh: will rev the doc\n", lines)))


def test_words_of_a_ruling_spoken_of_are_none_and_the_ruling_itself_is_one() -> None:
    got = decided_with(
        "Jana: closing the issue is what triggers the landing.\n\nian: will close with no action\n",
    )
    assert ("ruling", "ian: will close with no action") in got
    assert not any("triggers the landing" in text for _, text in got)


def test_a_task_noted_for_someone_that_ends_in_closing_the_issue_is_no_ruling() -> None:
    got = decided_with(
        "Chris to create a new issue to capture it more accurately and close this.\n\n"
        "Nick: we don't need to keep this open anymore. Happy to close with no action.\n"
    )
    assert ("ruling", "Nick: we don't need to keep this open anymore. Happy to close with no "
            "action.") in got  # fmt: skip
    assert not any(text.startswith("Chris to create") for _, text in got)


@pytest.mark.parametrize(
    "line",
    ["Dana: I don't see a workable way to close it without new stripes.",
     "Other topics: hoof care (30minutes); stripes (30 min), revisit the paint draft.",
     "RR: For context, wanted to defer hard computation work.",
     "JI: With a single packet number space, you need to revisit a lot of assumptions."],
)  # fmt: skip
def test_a_way_to_a_ruling_a_wish_and_an_agenda_that_times_one_are_no_ruling(line: str) -> None:
    got = decided_with(f"{line}\n\nian: will close with no action\n")
    assert ("ruling", "ian: will close with no action") in got
    assert not any(line.split()[1] in text for _, text in got)


def test_a_line_leading_to_the_options_of_a_hum_is_one_decision_with_them() -> None:
    got = decided_with(
        "Chairs called for hum on whether to paint the stripes:\n"
        "1. Strong hum in favour of painting them\n"
        "2. Weak hum opposed\n",
    )
    assert (
        "hum",
        "Chairs called for hum on whether to paint the stripes: 1. Strong hum in favour of "
        "painting them 2. Weak hum opposed",
    ) in got
    assert not any(text.startswith(("1.", "2.", "Strong", "Weak")) for _, text in got)


def test_a_hum_nested_under_its_question_is_one_decision_from_the_question() -> None:
    got = decided_with(
        "- Chair's questions:\n"
        "        - Is the problem of the stripes understood?\n"
        "                - Humming begins:\n"
        "                        - Yes: Loud humming.\n"
        "                        - No: No humming at all.\n"
        "        - Do we agree the stripes are the right place?\n"
        '                - Room: "What does that mean?"\n'
        '        - Is this the right place to address "the stripes?"\n'
        "                - Humming:\n"
        "                        - Yes: Moderate humming.\n"
        "                        - No: One person humming.\n",
    )
    assert [(kind, text) for kind, text in got if "Humming" in text] == [
        ("hum", "Is the problem of the stripes understood? - Humming begins: - Yes: Loud "
                "humming. - No: No humming at all."),
        ("hum", 'Is this the right place to address "the stripes?" - Humming: - Yes: Moderate '
                "humming. - No: One person humming."),
    ]  # fmt: skip
    assert not any("What does that mean" in text for _, text in got)


def test_a_poll_answered_by_hands_raised_in_the_item_below_is_one_decision() -> None:
    got = decided_with(
        "- Who is willing to paint the stripes?\n"
        "    - Eighteen or so people raise their hands.\n"
        "- Who has seen the zebra?\n"
        "    - Most of room raises hand.\n"
        "- Who will bring paint?\n"
        "    - David raises his hand.\n",
    )
    assert [(kind, text) for kind, text in got if "raise" in text] == [
        ("poll", "Who is willing to paint the stripes? - Eighteen or so people raise their "
                 "hands."),
        ("poll", "Who has seen the zebra? - Most of room raises hand."),
    ]  # fmt: skip


def test_a_question_to_the_room_in_markup_with_no_answer_is_none() -> None:
    got = decided_with("*How many hands?*\n")
    assert not any("How many hands" in text for _, text in got)


def test_the_way_forward_labelled_is_a_conclusion() -> None:
    got = decided_with("Way forward: tweak PR to address the stripes, merge this.\n")
    assert ("conclusion", "Way forward: tweak PR to address the stripes, merge this.") in got


def test_labelled_items_of_a_list_of_topics_to_come_are_no_outcomes() -> None:
    got = decided_with(
        "HUM TOPICS\n\n- Confirm: the stripes are fit for purpose\n"
        "- Consensus: paint the stripes blue\n\nconclusion: paint them green\n",
    )
    assert ("conclusion", "conclusion: paint them green") in got
    assert not any("blue" in text for _, text in got)


def test_the_answers_of_a_hum_one_a_line_are_one_decision_asked_by_the_heading_above() -> None:
    found = read(MEETING.replace("jeffh: will rev the doc\n", "##### 1. Confirm: the stripes "
                 "are fit for purpose\n\n**Yes: Strong hum**\n\n**No: Weak hum**\n\n"))  # fmt: skip
    hum = next(d for d in found.decisions if "Strong hum" in d.text)
    assert (hum.kind, hum.text, hum.quote) == (
        "hum",
        "1. Confirm: the stripes are fit for purpose **Yes: Strong hum** **No: Weak hum**",
        "1. Confirm: the stripes are fit for purpose **Yes: Strong hum** **No: Weak hum**",
    )
    assert not any(text in ("Yes: Strong hum", "No: Weak hum") for _, text in texts(found))


def test_answers_after_a_turn_answer_no_heading() -> None:
    got = decided_with(
        "##### Stripes\n\nDana: Paint them blue?\n\n**Yes: Strong hum**\n\n**No: Weak hum**\n\n",
    )
    assert ("hum", "**Yes: Strong hum** **No: Weak hum**") in got


def test_options_of_a_hum_that_open_with_a_pronoun_are_its_options() -> None:
    got = decided_with(
        "Roberto: Lazy versus hard working is the same.\n\nHums:\n - Nothing: little\n"
        " - Something for lazy: strong consensus\n - Something for eager: little\n\n",
    )
    assert (
        "hum",
        "Hums: - Nothing: little - Something for lazy: strong consensus - Something for eager: "
        "little",
    ) in got


def test_hums_planned_and_their_outcomes_below_are_one_decision() -> None:
    got = decided_with(
        "mark: two hums. first hum: close the issue. second hum: describe the stripes.\n\n"
        "first hum: loud as hell\n\nsecond hum: crickets\n\n",
    )
    assert (
        "hum",
        "mark: two hums. first hum: close the issue. second hum: describe the stripes. "
        "first hum: loud as hell second hum: crickets",
    ) in got
    assert not any(text == "first hum: loud as hell" for _, text in got)


def test_a_hums_subject_alone_on_its_line_is_one_decision_with_the_outcome_below() -> None:
    got = decided_with(
        "HUMS ON PAINTING THE STRIPES\n\nsupport hum strongly in favor, perhaps 70:30\n\n",
    )
    assert (
        "hum",
        "HUMS ON PAINTING THE STRIPES support hum strongly in favor, perhaps 70:30",
    ) in got
    assert not any(text == "HUMS ON PAINTING THE STRIPES" for _, text in got)


def test_no_objection_noted_below_a_call_for_them_records_what_was_put_before_the_call() -> None:
    got = decided_with(
        "NW: can take 1 & 2 as accepted now. Any objections?\n\n(no objections)\n\n"
        "NW: Anything else? We will merge it.\n\n(no objections)\n\n"
    )
    assert got[-2:] == [
        ("agreed", "can take 1 & 2 as accepted now. Any objections? (no objections)"),
        ("agreed", "We will merge it. (no objections)"),
    ]


def test_pushback_asked_and_none_given_or_nods_or_silence_noted_are_decisions() -> None:
    got = decided_with(
        "mnot: Any pushback on whether we should do this in general? No.\n\n"
        "Tale: room seems to like the draft.  Pushback?  [none]\n\n"
        "Eric K: Do we want this? (Nods in the room)\n\n"
        "MK: if someone wants to keep Ignore Order, speak up now *(nobody does)*\n\n"
        "Dana: What were the objections from the IESG? Mostly editorial.\n\n"
        "Dana: No one in the queue.\n\n"
    )
    assert got[-4:] == [
        ("consensus", "mnot: Any pushback on whether we should do this in general? No."),
        ("consensus", "Tale: room seems to like the draft. Pushback? [none]"),
        ("agreed", "Eric K: Do we want this? (Nods in the room)"),
        ("agreed", "MK: if someone wants to keep Ignore Order, speak up now *(nobody does)*"),
    ]


def test_a_question_opening_by_asking_for_opposition_or_concerns_and_answered_is_one() -> None:
    got = decided_with(
        "Clarifying questions? None\n\nOpposed to adoption?  None\n\n"
        "Lots of support for adoption on the list.\n\n"
        "Any concerns about it being adopted?  None\n\n"
        "Mark: any concerns with that approach?\n\n"
    )
    assert got[len(decided_with("")) :] == [  # "Clarifying questions? None" is none
        ("consensus", "Opposed to adoption? None"),
        ("consensus", "Any concerns about it being adopted? None"),
    ]


def test_the_chairs_action_that_is_a_call_is_a_ruling_but_not_one_asked_or_on_the_agenda() -> None:
    got = decided_with(
        "    - Authors, 20 minutes\n    - Chairs Action: Call for adoption\n\n"
        "Paul Vixie: No intent to design Path MTU Discovery.\n\n"
        "Chairs Action: CfA sent\n\nChairs Action: Adopt?\n\n"
        "Chairs Action: Facilitate new edits\n\n"
        "    Rob Wilton: Recommends Standards Track.\n    **Chairs Action: Time for WGLC**\n\n"
        "Chairs Action: Catalog Zones - CfA\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("ruling", "Chairs Action: CfA sent"),
        ("ruling", "Rob Wilton: Recommends Standards Track. **Chairs Action: Time for WGLC**"),
        ("ruling", "Chairs Action: Catalog Zones - CfA"),
    ]


def test_support_in_the_room_is_the_rooms_assent_though_a_clause_before_it_hedges() -> None:
    got = decided_with(
        "Tommy: Do I hear a bid for 419? Great, we'll send a message on the list to see if we "
        "get any objections, but we have support in the room for 419.\n\n"
        "Is there support in the room for this?\n\nThere was no support in the room.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("agreed", "Tommy: Do I hear a bid for 419? Great, we'll send a message on the list to "
                   "see if we get any objections, but we have support in the room for 419."),
    ]  # fmt: skip


def test_consensus_we_seem_to_have_is_one_but_not_consensus_doubted_or_still_emerging() -> None:
    got = decided_with(
        "sanjay was sad to lose examples, but we seem to have consensus, intend to merge a PR.\n\n"
        "Mark: I don't think we have consensus.\n\n"
        "David: It doesn't sound like we have consensus on how to move forward yet.\n\n"
        "EKR: It has no status unless we reach consensus to adopt it.\n\n"
        "Consensus is emerging\n\nThere is an emerging consensus to keep it.\n\n"
        "Ben: For #4, I thought we had consensus that we don't need multiple name checks.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("consensus", "sanjay was sad to lose examples, but we seem to have consensus, intend to "
                      "merge a PR."),
    ]  # fmt: skip


def test_strong_support_the_minutes_note_is_the_rooms_sense_but_not_a_speakers() -> None:
    got = decided_with(
        "Strong support to adopt draft deer. Will finish that up on the email list.\n\n"
        "Ted: Strong support for this draft.\n\nThere is no strong support for doing it.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("sense of the room", "Strong support to adopt draft deer. Will finish that up on the "
                              "email list."),
    ]  # fmt: skip


def test_nobody_objecting_as_a_sentence_of_its_own_is_the_rooms_assent() -> None:
    got = decided_with(
        "Question: should the stripes draft be RG Item?\n\nA (MJM): nobody complains. We "
        "continue on the list.\n\nJohn: nobody complains about latency today.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("agreed", "A (MJM): nobody complains. We continue on the list."),
    ]


def test_objections_reported_asked_for_and_none_given_are_consensus() -> None:
    got = decided_with(
        "Chairs: Asked if there were objections to BCP; none in the room\n\n"
        "Dana asked if there were objections. Many.\n\n"
        "ST: Consensus call, remove custom DHE group and point to Dan's draft, no objections… "
        "This will be confirmed on the list.\n\nLars: We just need a consensus call then.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("consensus", "Chairs: Asked if there were objections to BCP; none in the room"),
        ("consensus", "ST: Consensus call, remove custom DHE group and point to Dan's draft, no "
                      "objections… This will be confirmed on the list."),
    ]  # fmt: skip


def test_objections_asked_for_and_none_heard_are_consensus() -> None:
    got = decided_with(
        "Any issues with #2 (response suppression) --- hearing none.\n\n"
        "**LP** Hearing no QPACK removal objections.\n\n"
        "Lars: I am hearing a lot of noise on the line.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("consensus", "Any issues with #2 (response suppression) --- hearing none."),
        ("consensus", "**LP** Hearing no QPACK removal objections."),
    ]


def test_the_minutes_note_of_what_was_agreed_or_met_no_objection_is_agreement() -> None:
    got = decided_with(
        "MT: We could add text on the mapping.\n\n"
        "No objections to add text aligned with the proposal.\n\n"
        "Discussed and agreed to change the text.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("agreed", "We could add text on the mapping. No objections to add text aligned with "
                   "the proposal."),
        ("agreed", "Discussed and agreed to change the text."),
    ]  # fmt: skip


def test_the_minutes_notes_in_square_brackets_record_the_rooms_view_or_poll() -> None:
    got = decided_with(
        "Question: SHOULD WE REMOVE 0-LEN CIDS?\n[Poll is 53-2 (out of 165) in favor of "
        "discarding single PN space ]\n\nMatt: Shouldn't reordering threshold be a varint?\n\n"
        "[The room wants a varint]\n\nLucas: Does that feel in scope for QUICWG? [No "
        "objection]\n\n"
    )
    assert got[-3:] == [
        ("poll", "Question: SHOULD WE REMOVE 0-LEN CIDS? [Poll is 53-2 (out of 165) in favor of "
                 "discarding single PN space ]"),
        ("agreed", "[The room wants a varint]"),
        ("agreed", "Lucas: Does that feel in scope for QUICWG? [No objection]"),
    ]  # fmt: skip


def test_a_labelled_poll_with_its_result_below_is_one_decision() -> None:
    got = decided_with(
        "Poll: Align deprecation syntax with sunset syntax\nResult: Not many votes\n\n"
        "Poll: 3v1 (3 is raise hand; 1 is don't)\nResult: 7 for three headers; 6 for one\n\n"
        # the result's label alone, its counts listed below it
        'Show of hands: "Who is in favor of adopting it?" (a 5 page\ndocument)  \nResult:\n\n'
        "* yes: 13\n* no: 0\n* no opinion: 4\n\nMT: ok.\n\n"
    )
    assert got[-3:] == [
        ("result", "Poll: Align deprecation syntax with sunset syntax Result: Not many votes"),
        (
            "result",
            "Poll: 3v1 (3 is raise hand; 1 is don't) Result: 7 for three headers; 6 for one",
        ),
        ("result", 'Show of hands: "Who is in favor of adopting it?" (a 5 page document) '
                   "Result: * yes: 13 * no: 0 * no opinion: 4"),
    ]  # fmt: skip


def test_hums_planned_with_no_outcome_below_are_no_decision() -> None:
    got = decided_with("mark: two hums. first hum: paint the stripes.\n\nDana: Fine.\n\n")
    assert not any("paint the stripes" in text for _, text in got)


def test_a_line_that_plans_hums_on_the_questions_below_it_is_no_decision() -> None:
    got = decided_with(
        "We will hum on these:\n- Should the stripes be blue?\n- Should they be wider?\n\n",
    )
    assert not any("blue" in text for _, text in got)


def test_an_item_of_an_action_section_is_owned_by_a_role_and_the_rooms_consensus_is_none() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\nACTIONS:\n1. Authors will add "
                 "guidance on stripes.\n2. Chairs to ask the list.\n\n## Working Group Actions\n\n"
                 "The consensus in the room to adopt the stripes draft in the WG.\n")  # fmt: skip
    assert owned(found) == [
        ("Authors", "Authors will add guidance on stripes."),
        ("Chairs", "Chairs to ask the list."),
    ]


def test_items_quoted_in_an_action_section_are_each_one_and_their_state_is_none() -> None:
    found = read("# IRSG Teleconference 25 April 2023\n\n##  Action Items\n>    * DONE\n"
                 ">      * Carsten Bormann to review draft-irtf-icnrg-ccnx-timetlv\n>      \n"
                 ">    * IN PROGRESS\n>      * Colin Perkins to draft text for a Code of Conduct.\n\n"
                 "## Documents\n\n> RE: the openapi spec, we should decide.\n")  # fmt: skip
    assert owned(found) == [
        ("Carsten Bormann", "Carsten Bormann to review draft-irtf-icnrg-ccnx-timetlv"),
        ("Colin Perkins", "Colin Perkins to draft text for a Code of Conduct."),
    ]
    assert found.people == []  # "RE:" says what a quote is about; no one speaks


@pytest.mark.parametrize("label", ["Actions:", "ACTIONS:", "Action Items:", "AIs:", "TODOs:"])
def test_a_label_of_action_items_in_the_plural_opens_a_list_of_them(label: str) -> None:
    found = read(f"# NEA WG\n\n## Next Steps\n\nSteve: fine.\n\n{label}\n- Steve and Nancy "
                 "to describe how proposals meet PT\nrequirements\n- Impact on supplicants.\n")  # fmt: skip
    assert owned(found) == [
        ("Steve and Nancy", "Steve and Nancy to describe how proposals meet PT requirements"),
        (None, "Impact on supplicants."),
    ]


def test_an_agreement_among_actions_is_a_decision_and_another_lists_label_ends_them() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Actions and Plan for Next Steps\n\n"
                 "- Agreed that we need to focus on fewer use cases\n- Action: Italo to review "
                 "the tutorial\n\n## Talk\n\n* Action items:\n   * Write a scope draft (Jari)\n"
                 "* Jari:\n   * Ask the list\n* Today's conclusions:\n   * Graphs, not wires\n"
                 "\nDecided to defer the issue.\n")  # fmt: skip
    assert owned(found) == [
        ("Italo", "Italo to review the tutorial"),
        (None, "Write a scope draft (Jari)"),
        (None, "Jari:"),
        (None, "Ask the list"),
    ]
    assert texts(found) == [
        ("agreed", "Agreed that we need to focus on fewer use cases"),
        ("decided", "Decided to defer the issue."),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Chairs: How many had read this draft? 10", "poll"),
     ("Dana: How many implementers would implement this? (half a dozen)", "poll"),
     ("Ian: How many implementations are enough? Probably 3-4 if they're deployed.", None),
     ("David: We're going to have hums to gauge interest.", None),
     ("No call for adoption, but there is interest.", "ruling"),
     ("Mark: We're not doing a call for adoption right now, just vague interest", "ruling"),
     ("Rich: Will take discussion to the mailing list, won't call for adoption yet.", "ruling"),
     ("Rich (chair): our plan is to use github.", "ruling"),
     ("Rich: our plan is to use github.", None),
     ("Chair: a charter says what the group will not work on (out of scope).", None),
     ("There is interest, but not ready to ask for adoption yet", "ruling"),
     ("GET opponents seem to have acquiesced. So move forward with GET.", "ruling"),
     ("Plan is to start WGLC, but make sure it isn't finished until the analysis is done", "ruling"),
     ("Andrew: Move forward with this", None), ("Andrew: Plan is to ship it.", None),
     ("Andrew (chair): Move forward with this", "ruling"),
     ("Andrew (chair): The plan is to get the remaining comments addressed.", None),
     ("Andrew (chair): The plan is to complete the document after the summer break.", None),
     ("Spencer: That is the current Plan of Record in 3GPP.", None),
     ("We have agreed to take 4 bits from the DIO Reserved field.", "agreed"),
     ("WE AGREED to HAVE ANOTHER meeting in ~TWO WEEKS", "agreed"),
     ("We decided to split the draft.", "decided"), ("We agree it is hard.", None),
     ("Consensus on the proposed architecture.", "consensus"),
     ("Pascal: consensus on how things work together.", None),
     ("Dana: My plan is to think about it.", None),
     ("The room expressed clear consensus on moving the document forward.", "consensus"),
     ("The room showed strong consensus to adopt.", "consensus"),
     ("Agree to remove the sentence.", "agreed"), ("Dana: Agree to remove it.", None)],
)  # fmt: skip
def test_a_poll_counts_people_a_ruling_says_the_way_the_group_goes_and_a_hum_to_come_is_none(
    line: str, kind: str | None
) -> None:
    got = read(f"# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\n{line}\n").decisions
    assert [d.kind for d in got] == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("minutes", "tasks"),
    [
        # a section of summary and actions holds only the tasks taken on
        ("## Summary and Actions\n\n- We made good progress during the hackathon.\n- The "
         "chairs will work with Dana to make the demos available.\n\n## Stripes\n\nLars: Can "
         "you clarify the interpretation of path?\n\nDana: yes.\n",
         [("chairs", "The chairs will work with Dana to make the demos available.")]),
        # a section on actions among other things, not on action items
        ("## Properties/Actions/Events (P/A/E)\n\nSlide 17.\n\nEvent puts out data.\n\n"
         "## Action Items\n\n- Slides to the list\n", [(None, "Slides to the list")]),
        # someone the minutes list as attending takes a task on, though they never speak
        ("## Roll call\n\nAttendees:\n  1. Dave Rice (call-in user 2)\n  2. Jérôme Martinez\n\n"
         "## Notes\n\nJerome to do some markup on current code.\n\nMartijn to merge it.\n",
         [("Jerome", "Jerome to do some markup on current code.")]),
        # a task someone named takes on in a labelled outcome; the outcome's own "will" is none
        ("## Notes\n\nAlan: fine.\n\nResolution:  Do option #2 or #3.  Alan will decide which "
         "one.\n\nresult: no discomfort, will make this a SHOULD.\n",
         [("Alan", "Alan will decide which one.")]),
        # a task one is willing to take on, and one to do again
        ("## Notes\n\nKonrad: fine.\n\nPaul: yes.\n\nKonrad willing to review 2nd half Sept."
         "\n\nPaul will republish text for this issue.\n",
         [("Konrad", "Konrad willing to review 2nd half Sept."),
          ("Paul", "Paul will republish text for this issue.")]),
        # a task someone named takes on, written with the initials the minutes give them
        ("## Signatures\n\nJustin Richer (JR): feedback received after WGLC\n\nLucas Pardue (LP) "
         "to provide feedback on digest.\n\nJR: how to treat trailer fields\n",
         [("Lucas Pardue", "Lucas Pardue (LP) to provide feedback on digest.")]),
        # a task taken on as reported, several in one paragraph; a reported hedge is none
        ("## Notes\n\nRoni: hi.\n\nPaul: yes.\n\nColin: yes.\n\nAllyn: hi.\n\nAllyn raised a question. Paul "
         "said he would look into it. Allyn said she would send notes to the list.\n\nColin "
         "replied that he will raise that.\n\nRoni said he would probably review it.\n\n"
         "Roni responded that he will try to address this after Paul sends his text.\n",
         [("Paul", "Paul said he would look into it."),
          ("Allyn", "Allyn said she would send notes to the list."),
          ("Colin", "Colin replied that he will raise that."),
          ("Roni", "Roni responded that he will try to address this after Paul sends his "
                   "text.")]),
        # tasks to refine, finalise, consult, respond; "we'll define them as synonyms" is none
        ("## Notes\n\nNancy: hi.\n\nLuigi: yes.\n\nNancy and Luigi to refine and share with "
         "the group.\n\nLuigi will consult the AD.\n\nDhruv: Will align with the ISIS-SRv6 "
         "document.\n\nmnot: entity === representation, so "
         "we'll define them as synonyms.\n",
         [("Nancy and Luigi", "Nancy and Luigi to refine and share with the group."),
          ("Luigi", "Luigi will consult the AD."),
          ("Dhruv", "Will align with the ISIS-SRv6 document.")]),
        # a task to aim at, continue, engage, initiate, collaborate on or come up with; a call
        # confirmed or issued on the list, or taken to it as the next step or asked
        ("## Notes\n\nBob Moskowitz: hi.\n\nChris Wood: yes.\n\nBob Moskowitz will aim to "
         "complete the rewrite.\n\nChris Wood will continue to solicit feedback.\n\nChris Wood "
         "will engage with implementers.\n\nBob Moskowitz will initiate a thread.\n\n"
         "Chris Wood will collaborate with the current editors.\n\nBob Moskowitz: Will come up "
         "with something based on the hum.\n\n"
         "Adoption will be confirmed on the mailing list.\n\nWG Last Call will be issued on the "
         "mailing list.\n\nBob Moskowitz: Good, the next step is to take the poll to the list.\n\n"
         "Chris Wood suggested both; and asked to take the FEC discussion to the mailing list.\n",
         [("Bob Moskowitz", "Bob Moskowitz will aim to complete the rewrite."),
          ("Chris Wood", "Chris Wood will continue to solicit feedback."),
          ("Chris Wood", "Chris Wood will engage with implementers."),
          ("Bob Moskowitz", "Bob Moskowitz will initiate a thread."),
          ("Chris Wood", "Chris Wood will collaborate with the current editors."),
          ("Bob Moskowitz", "Will come up with something based on the hum."),
          (None, "Adoption will be confirmed on the mailing list."),
          (None, "WG Last Call will be issued on the mailing list."),
          ("Bob Moskowitz", "Good, the next step is to take the poll to the list."),
          ("Chris Wood", "Chris Wood suggested both; and asked to take the FEC discussion to the mailing list.")]),
        # a task taken on after a bold label's colon
        ("## Next\n\n*   **Key Rotation:** Editors will propose text on rotation.\n*   "
         "__HTTP 307:__ Editors to review Florian's text.\n",
         [("Editors", "Editors will propose text on rotation."),
          ("Editors", "__HTTP 307:__ Editors to review Florian's text.")]),
        # a task taken on after a dash
        ("## Notes\n\nDave: hello.\n\n- FFV1 --- Dave to review 6716\n- EBML \u2013 Dave to "
         "fix #304\n", [("Dave", "FFV1 --- Dave to review 6716"), ("Dave", "EBML \u2013 Dave to fix #304")]),
        # a task in a section whose title asks about an item of the agenda
        ("Question in agenda: what about draft-heide-nwcrg-rlnc?\n-----------------\n\n - A ("
         "Kerim Fouli, CodeOn): thanks. The question of scope is important and we'll clarify it.\n",
         [("Kerim Fouli", "The question of scope is important and we'll clarify it.")]),
        # an agenda's topic of action items, and an action its section records
        ("## Agenda\n\n1. Action Items\n   Tarek\n\n2. Discussion\n   Chairs\n\n"
         "ACTION: **Ari: ask people how they do enums**\n",
         [("Ari", "ask people how they do enums")]),
        # an action on someone, and a task to shepherd a draft
        ("## Stripes\n\nAI on Brian T to find what can be done with ether-type.\n\nTal: the "
         "yang model is ready.\n\nTal to shepherd draft-ietf-zebra-stripes-yang\n",
         [("Brian T", "Brian T to find what can be done with ether-type."),
          ("Tal", "Tal to shepherd draft-ietf-zebra-stripes-yang")]),
        # an action label opening a later sentence of a turn; "AI" and "Action" in a sentence
        ("## IOAM\n\n    Brian T: Ether type - not sure of ippm being the right place, perhaps "
         "int area. AI on Brian T to find what can be done.\n    Frank: The AI said so. Action "
         "is needed.\n",
         [("Brian T", "Brian T to find what can be done.")]),
        # an action label opening a line of a list item's words
        ("## Documents\n\n- \"TE Topology and Tunnel Modeling\"\n***Action: Italo and Dan to "
         "review the TE Model Tutorial***\n",
         [("Italo and Dan", "Italo and Dan to review the TE Model Tutorial")]),
        # a call taken to the list, naming what it takes there
        ("## Delegation\n\n    Ulrich: How many domains?\n    Benno: Will take adoption to the "
         "list\n    Libor: I would take time to read it, and to list the cases\n",
         [("Benno", "Will take adoption to the list")]),
        # a call to be confirmed on the list, its words wrapped across two lines
        ("## Stripes\n\nDana: the stripes are wide.\n\nDana: Adoption will be confirmed on "
         "the\nmailing list.\n",
         [("Dana", "Adoption will be confirmed on the mailing list.")]),
        # a call to be confirmed via the "mail list", as the minutes report it
        ("## Summary\n\n* Poll: Adopt? 42 yes, 0 no\n* Eric reminded attendees that the vote "
         "will be confirmed via the mail list.\n",
         [("Eric", "Eric reminded attendees that the vote will be confirmed via the mail list.")]),
        # the speaker taking a question to the list or offline
        ("## Charter\n\nSean T: We'll take the Charter discussion to the list.\n\nTianji: It "
         "might cause problems. Will take this offline.\n\nMartin: we should take this "
         "offline?\n\nSean T: the server went offline.\n\nconclusion - we will take this "
         "(new) topic to the list\n",
         [("Sean T", "We'll take the Charter discussion to the list."),
          ("Tianji", "Will take this offline."),
          (None, "conclusion - we will take this (new) topic to the list")]),
        # a named person or role taking a question to the list; "it" takes nothing there
        ("## Charter\n\nKyle: the RA.\n\nKyle to take that to the list.\n\nThe chairs will "
         "take adoption to the mailing list.\n\nIt will take time to list all cases.\n",
         [("Kyle", "Kyle to take that to the list."),
          ("chairs", "The chairs will take adoption to the mailing list.")]),
        # a speaker's plan and next steps, not a plan spoken of nor next steps as they may be
        ("## KUDOS\n\nRH: Plan to request soon for the registration of the flag bits.\n\n"
         "RH (p11): Main next steps: Work on open points.\n\nCB (p7): Next steps are to discuss "
         "it at an interim on November 23rd.\n\nMT: We plan to submit v -17 soon.\n\nCA: The "
         "plan to work on it stands. Next steps might not be what we envisioned.\n\nML: I will "
         "discuss this with the editors in the coming weeks.\n\nGreg: Next steps: will ask for "
         "WG adoption\n",
         [("RH", "Plan to request soon for the registration of the flag bits."),
          ("RH", "Main next steps: Work on open points."),
          ("CB", "Next steps are to discuss it at an interim on November 23rd."),
          ("MT", "We plan to submit v -17 soon."),
          ("ML", "I will discuss this with the editors in the coming weeks."),
          ("Greg", "Next steps: will ask for WG adoption")]),
        # next steps written as doing something, not as something else
        ("## Proxies\n\nED: Next steps are about addressing open GitHub issues.\n\nCA: Next "
         "steps include considering reverse proxies.\n\nCB: Next steps are nothing new.\n",
         [("ED", "Next steps are about addressing open GitHub issues.")]),
        # a speaker's task whose owner is named in brackets after it
        ("## SenML\n\nCarsten: fine.\n\nMT: So next step is making a PR on the document "
         "(*action on Carsten).\n",
         [("Carsten", "So next step is making a PR on the document (*action on Carsten).")]),
        # a plan for a version and meetings resumed
        ("## Groupcomm\n\nMT: The plan for v -12 is to address the two open points above.\n\n"
         "MT: Will resume interim meetings from April 28.\n\nCB: The plan for the slides is "
         "fine.\n",
         [("MT", "The plan for v -12 is to address the two open points above."),
          ("MT", "Will resume interim meetings from April 28.")]),
        # a named person having a chat or a call
        ("## Charter\n\nFrancesca: there is a requirement.\n\nFrancesca will have an informal "
         "chat with the IESG.\n\nLars: we will have a good time.\n",
         [("Francesca", "Francesca will have an informal chat with the IESG.")]),
        # the speaker going back to do a task, not going back and forth
        ("## Codes\n\nQ (Vincent): is it a large field?\nA (Kerim): We thought there was a "
         "large field. I will go back and check.\n\nLars: we will go back and forth on this.\n",
         [("Kerim", "I will go back and check.")]),
        # a request of "you" in answer to another speaker's question: the asker's, quoted with
        # the question
        ("## ECH\n\nMartin: The intent is to import it in the structure mentioned?\n\nChris: "
         "Yes, please file an issue.\n\nAnn: That is fine.\n\nBob: Please file an issue.\n",
         [("Martin", "Martin: The intent is to import it in the structure mentioned? Chris: Yes, "
           "please file an issue."),
          (None, "Please file an issue.")]),
        # a chair asking the group to read a draft, a task asked with "do"; not anyone asking
        # to read, nor the minutes sending their reader to the recording
        ("## Update timeout\n\nChairs: Please read draft-pusateri-dnsop-update-timeout because "
         "we ran out of time\n\nAnn: Please read the full document!\n\nBrian: Please do send "
         "your favorite path aware thing to the list.\n\nThese minutes were created with the "
         "assistance of generative AI, please double check anything critical with the "
         "recording.\n",
         [(None, "Please read draft-pusateri-dnsop-update-timeout because we ran out of time"),
          (None, "Please do send your favorite path aware thing to the list.")]),
        # a person named in three words taking a task on
        ("## Plans\n\nPeter Chunchi Liu: fine.\n\nPeter Chunchi Liu will send email about the "
         "ANIMA presentation to the list\n",
         [("Peter Chunchi Liu", "Peter Chunchi Liu will send email about the ANIMA presentation "
           "to the list")]),
        # the speaker going to the list, not a note of where questions go
        ("## Coding\n\nVincent: will you adopt?\n\nMJM: we will go to the list to ask formal RG "
         "adoption.\n\nCarl: Questions go to the list.\n",
         [("MJM", "we will go to the list to ask formal RG adoption.")]),
        # the speaker dealing with something, mobilizing others
        ("## Anomaly\n\nBenno: Will mobilize developers for WG Last Call\n\n"
         "Glenn: We'll deal with those at the next interim.\n",
         [("Benno", "Will mobilize developers for WG Last Call"),
          ("Glenn", "We'll deal with those at the next interim.")]),
        # a task in -ing after "will be", and one after what it is about in square brackets;
        # not what will be so, nor an -ing that is no task's
        ("## Status\n\nDaniel: [draft-ietf-pce-stripes] Will be posting it soon.\n\nDana: "
         "We will be sending a new version next week.\n\nLee: It will be interesting.\n\n"
         "Kim: We will be meeting in Prague.\n",
         [("Daniel", "[draft-ietf-pce-stripes] Will be posting it soon."),
          ("Dana", "We will be sending a new version next week.")]),
        # a task taken on after a hedge that "but" or a semicolon ends; a hedge in its own
        # clause still hedges
        ("## Errors\n\nDonald: Not sure, but will research\n\nAnn: If there is time, we will "
         "update it\n\nBob: Maybe, but we should update it\n\nCarl: I take this as a "
         "\"maybe\"; being in that camp, I'll implement this by sending null.\n",
         [("Donald", "Not sure, but will research"),
          ("Carl", "I take this as a \"maybe\"; being in that camp, I'll implement this by "
                   "sending null.")]),
        # a next step after a comma; a second read given, not a step or a read described
        ("## PR 83\n\nNext step, adjust the PR to focus on the functions (verbs) rather than the "
         "elements.\n\nBob: Next step, in my view, is unclear.\n\nMirja: Read those earlier, "
         "will give them a second read.\n\nCarl: That would give it a new look.\n",
         [(None, "Next step, adjust the PR to focus on the functions (verbs) rather than the "
           "elements."),
          ("Mirja", "Read those earlier, will give them a second read.")]),
        # a next step numbered
        ("## Ending\n\nMT (p8): Next steps: 1) Add concrete examples when using the new "
         "parameter. 2) Align the content with ongoing work.\n",
         [("MT", "Next steps: 1) Add concrete examples when using the new parameter.")]),
        # a version cut in a plan, milestones cut back; not the queue or a discussion cut
        ("## QUIC-Aware Proxying\n\nPlan: Cut a new version of the document this week.\n\n"
         "Lars: We will cut the queue after Christian.\n\nMagnus: will cut milestones back by "
         "removing the survey.\n\nAnn: I will cut it short.\n",
         [(None, "Plan: Cut a new version of the document this week."),
          ("Magnus", "will cut milestones back by removing the survey.")]),
        # references sorted out; not what a speaker can "sort of" imagine
        ("## Errors\n\nBen: I can sort of imagine a response that says it.\n\n"
         "Ben: I will sort out the references.\n",
         [("Ben", "I will sort out the references.")]),
        # consensus to gauge, text to amend
        ("## Scope\n\n* Chairs to gauge consensus on the narrowed scope.\n"
         "* Editors to amend the text.\n",
         [("Chairs", "Chairs to gauge consensus on the narrowed scope."),
          ("Editors", "Editors to amend the text.")]),
        # a task in emphasis set apart from the words before it on its line
        ("## Sunset\n\n- Looking for feedback  *Chairs to post asking for review of the "
         "change*\n",
         [("Chairs", "Looking for feedback *Chairs to post asking for review of the change*")]),
        # a PR or a note dropped, shepherding proceeded with, a check made twice; not packets
        # dropped
        ("## Drops\n\nCarsten: fine.\n\nekr: will drop a PR next Wednesday\n\nEkr: We'll drop packets with "
         "different versions.\n\nCarsten will proceed with shepherding the documents.\n\n"
         "David: I'll double check that there's no text we're banning.\n",
         [("ekr", "will drop a PR next Wednesday"),
          ("Carsten", "Carsten will proceed with shepherding the documents."),
          ("David", "I'll double check that there's no text we're banning.")]),
        # a follow-up; not a document that will follow another, nor a process followed
        ("## Overview\n\n* -yang-library: will follow -comi\n\nBen: We will follow the process "
         "used for MASQUE.\n\nBen: Will follow with Victor to make sure it works.\n\n"
         "Ben: I'll follow up on the list.\n",
         [("Ben", "Will follow with Victor to make sure it works."),
          ("Ben", "I'll follow up on the list.")]),
        # a discussion led, a team's task; not what something leads to, nor a team unnamed
        ("## Transport\n\nJensen: I have a design.\n\nJensen will lead the discussion about "
         "the complete solution.\n\nKai: It will lead to confusion.\n\nOnce the IETF agenda is "
         "fixed, Fujitsu team will post the meeting schedule to the mailing list.\n\nKai: The "
         "whole team will post it.\n",
         [("Jensen", "Jensen will lead the discussion about the complete solution."),
          ("Fujitsu team", "Once the IETF agenda is fixed, Fujitsu team will post the meeting "
           "schedule to the mailing list.")]),
        # a version posted to the list, asked of those who have it; a discussion taken there at
        # length; not a habit of posting
        ("## OAM\n\nQin: Maybe too complex. Post the version to the mailing list and get "
         "feedback.\n\nTaking the discussion about the use of \"Absolute/Relative\" State to the "
         "mailing list for further discussions.\n\nKai: People post to the list all the time.\n",
         [(None, "Post the version to the mailing list and get feedback."),
          (None, "Taking the discussion about the use of \"Absolute/Relative\" State to the "
           "mailing list for further discussions.")]),
        # a task of arranging what comes next, noted on its own line; not in someone's turn
        ("## ECH\n\nSF: Will bring up at interms.\n\nSend out doodle for interop meeting.\n\n"
         "Ann: Send out a doodle if you like.\n\nSend comments: they help.\n",
         [("SF", "Will bring up at interms."),
          (None, "Send out doodle for interop meeting.")]),
        # an issue or a dependency handled; not what a protocol handles
        ("## Anchor\n\nDarrel: Will handle issue about \"anchor\" header using templates.\n\n"
         "Sean: don't remove it, we'll handle the dependencies.\n\nBob: The protocol will "
         "handle retransmission.\n",
         [("Darrel", "Will handle issue about \"anchor\" header using templates."),
          ("Sean", "don't remove it, we'll handle the dependencies.")]),
        # a liaison to send, a topic to put on an agenda; a task its time is told of
        ("## SCTP\n\nCB: will take about one hour to merge the changes and publish -04\n\n"
         "Send liaison statement to 3GPP SA3 and RAN3\n\nTo be put on agenda in IETF118\n\n"
         "Bob: It will take two weeks to get there.\n",
         [("CB", "will take about one hour to merge the changes and publish -04"),
          (None, "Send liaison statement to 3GPP SA3 and RAN3"),
          (None, "To be put on agenda in IETF118")]),
        # what the chairs will write tomorrow; not what the meeting will review then
        ("## Wrap\n\nGlenn: We will write a proposed agenda based on the comments tomorrow in "
         "our chairs postmortem.\n\nBob: We will review it tomorrow.\n",
         [("Glenn", "We will write a proposed agenda based on the comments tomorrow in our "
                    "chairs postmortem.")]),
        # comments or help solicited; not what a speaker hopes someone will do
        ("## Scope\n\nBrian: Will solicit comments from the list.\n\nBrian: We have a handful "
         "of issues, and we'll be soliciting help on writing text for these issues.\n\nAnn: I "
         "hope the group will consider the concerns, and will solicit / invite input from them.\n",
         [("Brian", "Will solicit comments from the list."),
          ("Brian", "We have a handful of issues, and we'll be soliciting help on writing text for "
                    "these issues.")]),
        # what the group is bid to do on the list or a pull request; not at the meeting
        ("## Charter\n\nSuresh: We need to scope things down. Let's do that on the mailing "
         "list.\n\nBrian: Brian, let's capture this on the PR.\n\nBob: Let's go to the next "
         "slide.\n\nAnn: Let's discuss this now.\n",
         [(None, "Let's do that on the mailing list."),
          (None, "Brian, let's capture this on the PR.")]),
        # what is to be discussed where the group meets next; not a list's lead line
        ("## Ideas\n\nIdeas from Eve to be discussed at the interim.\n\nTopics to be "
         "discussed:\n\n- one\n\nThis is to be discussed.\n",
         [(None, "Ideas from Eve to be discussed at the interim.")]),
        # a report or a draft to have, a report back; not what a tool reports
        ("## HKP\n\nWes: fine.\n\nMark's concern is valid, Wes will have a report\n\nWes: I will "
         "report back to the list.\n\nBob: The tool will report errors.\n",
         [("Wes", "Mark's concern is valid, Wes will have a report"),
          ("Wes", "I will report back to the list.")]),
        # a named person agreeing, planning or volunteering to do a task; "please help" asks all
        ("## Naming\n\nQin: The name is fine.\n\nMarcus: It works.\n\nQin agreed to notify the "
         "list after the meeting.\n\nMarcus plans to submit a version with the new name.\n\n"
         "PLEASE HELP US CLOSE THESE ISSUES!!!\n",
         [("Qin", "Qin agreed to notify the list after the meeting."),
          ("Marcus", "Marcus plans to submit a version with the new name.")]),
    ],
)  # fmt: skip
def test_the_tasks_taken_on_and_whose_they_are(minutes: str, tasks: list[tuple[str, str]]) -> None:
    assert owned(read(f"# ZEBRA WG Minutes - IETF 125\n\n{minutes}")) == tasks


@pytest.mark.parametrize(
    ("lines", "owned_as"),
    [("Christian: Have you thought about threshold signatures?\n\nShumon: Will do",
      ("Shumon", "Christian: Have you thought about threshold signatures? Shumon: Will do")),
     ("John: Will this help get rid of 6761\n\nChristian: Have you thought about threshold "
      "signatures\n\nShumon: Will do",  # asked without its mark, after another's question
      ("Shumon", "Christian: Have you thought about threshold signatures Shumon: Will do")),
     ("AF: Asks the chairs to schedule virtual interop.",
      ("chairs", "Asks the chairs to schedule virtual interop.")),
     ("Lars: We didn't ask Dana to present because of that.", None),
     ("Dana: I will read the whole section to provide full feedback.",
      ("Dana", "I will read the whole section to provide full feedback.")),
     ("Dana: Will take more things to the WG list.",
      ("Dana", "Will take more things to the WG list."))],
)  # fmt: skip
def test_a_bare_undertaking_quotes_what_it_answers_and_a_request_reported_is_a_task(
    lines: str, owned_as: tuple[str, str] | None
) -> None:
    found = read(f"# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\n{lines}\n")
    assert owned(found) == ([owned_as] if owned_as else [])


def test_people_fine_with_a_proposal_is_the_rooms_assent() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\nPeople are OK with this draft "
                 "not defining this extension, but doing it in another draft.\n")  # fmt: skip
    assert texts(found) == [
        ("agreed", "People are OK with this draft not defining this extension, but doing it in "
         "another draft."),
    ]  # fmt: skip


def test_people_who_need_to_do_something_are_given_it() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\nhannes: a point.\n\nekr: another."
                 "\n\nSean - hannes and ekr need to talk it out\n")  # fmt: skip
    assert owned(found) == [("hannes and ekr", "Sean - hannes and ekr need to talk it out")]


def test_an_action_needed_label_is_no_part_of_the_task() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\n"
                 "* ACTION NEEDED: Wes proposes two options for the stripes.\n")  # fmt: skip
    assert [(a.label, a.text) for a in found.actions] == [
        ("ACTION NEEDED", "Wes proposes two options for the stripes.")
    ]


def test_the_minutes_own_should_assigns_a_task_and_a_speakers_is_a_view() -> None:
    found = read("# HAPPY\n\n## Implementations\n\nTommy: I like it.\n\nChairs will add a "
                 "wiki area.\nTommy should add a brief implementation section to his draft.\n\n"
                 "Ekr: Tommy should add a section on caching.\n\nTommy should probably add "
                 "one on DNS.\n")  # fmt: skip
    assert [(a.owner, a.text) for a in found.actions] == [
        ("Chairs", "Chairs will add a wiki area."),
        ("Tommy", "Tommy should add a brief implementation section to his draft."),
    ]


def test_a_task_someone_named_takes_on_in_brackets_is_theirs() -> None:
    found = read("# IPPM\n\n## YANG\n\nTianran presented.\nYang doctor review is requested "
                 "(Chairs will initiate this).\n")  # fmt: skip
    assert [(a.owner, a.text) for a in found.actions] == [
        ("Chairs", "Yang doctor review is requested (Chairs will initiate this)."),
    ]  # fmt: skip


def test_a_speakers_undertaking_reported_without_its_subject_is_theirs() -> None:
    found = read("# ICCRG\n\n## Pacing\n\nGorry Fairhurst (University of Aberdeen): Promised "
                 "to review the draft and send comments.\n\nLars: Volunteered to shepherd it."
                 "\n\nThe chairs agreed to nothing yet.\n\nMCR: one interim so far. Will plan "
                 "for virtual interims roughly once a month.\n")  # fmt: skip
    assert [(a.owner, a.text) for a in found.actions] == [
        ("Gorry Fairhurst", "Promised to review the draft and send comments."),
        ("Lars", "Volunteered to shepherd it."),
        ("MCR", "Will plan for virtual interims roughly once a month."),
    ]


def test_an_arrow_or_markup_after_an_action_label_is_no_part_of_the_task() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\nAdam: fine.\n\n"
                 "Action Item -> Adam to come back on ws/heartbeat.\n\n"
                 "**ACTION:** Henk and Dave to help with more use cases.\n\n"
                 "Action => Raise the question on the list.\n\n"
                 "ACTION: Change to SHA-512.\n\nACTION: Dan to Submit new version.\n\n"
                 "ACTION: Move to Standards Track.\n")  # fmt: skip
    assert [(a.label, a.owner, a.text) for a in found.actions] == [
        ("Action Item", "Adam", "Adam to come back on ws/heartbeat."),
        ("ACTION", "Henk and Dave", "Henk and Dave to help with more use cases."),
        ("Action", None, "Raise the question on the list."),
        ("ACTION", None, "Change to SHA-512."),  # no verb after "to": no one's name before it
        ("ACTION", "Dan", "Dan to Submit new version."),  # a verb of a task in a title's case
        ("ACTION", None, "Move to Standards Track."),
    ]


def test_owners_in_bold_before_a_colon_or_after_by_at_the_end_own_the_task() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Roll call\n\nAttendees\n * Steve Lhomme\n"
                 " * Dave Rice\n\n## Drafts\n\n* **ACTION: Spencer and Michael**: get the "
                 "authors right.\n* draft-zebra-stripes-00 expired. ACTION: repost by Steve.\n"
                 "* **ACTION: -18 version will get reposted by Dave Rice**\n"
                 "* ACTION: publish by Friday.\n* ACTION: review by Prague.\n")  # fmt: skip
    assert [(a.owners, a.text) for a in found.actions] == [
        (["Spencer", "Michael"], "get the authors right."),
        (["Steve"], "repost by Steve."),
        (["Dave Rice"], "-18 version will get reposted by Dave Rice"),
        ([], "publish by Friday."),  # a day, not a person of the meeting
        ([], "review by Prague."),
    ]


def test_a_question_of_who_someone_is_answered_after_it_is_no_poll() -> None:
    found = read(
        "# ZEBRA RG\n\n## Stripes\n\nQuestion - Dave: who is the owner when a decision is "
        "needed?\n\nAnswer: it is from the perspective of the switch.\n\nLars: who is "
        "interested in working on this?\n\nAnswer: a few, Dana and Mark.\n"
    )
    assert texts(found) == [
        ("poll", "Lars: who is interested in working on this? Answer: a few, Dana and Mark.")
    ]


def test_a_question_mark_in_a_web_address_asks_nothing() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\n| Who | Slides | A/V |\n"
                 "| ----|--------|-----|\n| Chairs | [slides](https://example.org/s/) | "
                 "[link](https://youtu.be/n_pUc9XfjWs?t=127) |\n\nLars: who has read it? Many.\n")  # fmt: skip
    assert texts(found) == [("poll", "Lars: who has read it? Many.")]


def test_a_poll_labelled_with_how_it_was_taken_is_one_with_its_count_and_none_without() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\n- Poll (Meetecho)\n"
                 "should we adopt stripes ?\nY: 11, N:5\n\n- Poll (Meetecho)\n"
                 "should we adopt hooves ?\n")  # fmt: skip
    assert texts(found) == [("poll", "Poll (Meetecho) should we adopt stripes ? Y: 11, N:5")]


def test_a_short_line_with_no_stop_ends_a_note_written_a_line_each() -> None:
    notes = read(
        "ICMP\n\n"
        "Lorenzo : anything spoofable cannot be more than a hint.\n"
        "Margaret : maybe icmp, maybe not destunreach\n"
        "Lorenzo to produce some requirements\n"
        "Chairs will confer, but tentative plan is to capture requirements and await a proposal\n"
    )
    assert owned(notes) == [("Lorenzo", "Lorenzo to produce some requirements")]
    wrapped = read(
        "# FOO WG\n\n## Stripes\n\n"
        "We talked about the stripes at length with the people of the other working group\n"
        "Lorenzo to produce some requirements in the document the group adopted last year.\n"
    )
    assert owned(wrapped) == []


def test_each_line_indented_below_a_turns_first_line_is_a_note_of_its_own() -> None:
    notes = read(
        "# HTTP WG IETF 102\n\n## Privacy\n\n"
        "Patrick: Lots of issues have been opened and dealt with\n"
        "\tWill post a new version to the list next week\n"
        "\tSomeone from SAAG wanted a normative reference\n\n"
        "    Paul: Supports adoption of draft-ietf-zebra-stripes\n"
        "        Ready for WGLC after one more revision of the text on stripes\n"
        "        Has a student looking at it\n"
    )
    assert owned(notes) == [("Patrick", "Will post a new version to the list next week")]
    stripes = next(d for d in notes.documents if d.name == "draft-ietf-zebra-stripes")
    assert [(s.kind, s.quote) for s in stripes.stages] == [
        ("WG Last Call planned", "Ready for WGLC after one more revision of the text on stripes")
    ]
    # a paragraph wrapped below the words after the speaker's name is one sentence
    wrapped = read(
        "# PCE WG IETF 103\n\n## Status\n\n"
        "Daniel King: We talked about the stripes at length with the people of\n"
        "             Lorenzo and will post a new draft to the list soon.\n"
    )
    assert [a.text for a in wrapped.actions] == [
        "We talked about the stripes at length with the people of Lorenzo and will post a new "
        "draft to the list soon."
    ]


def test_no_sentence_ends_after_vs_but_one_ends_before_a_short_lines_point() -> None:
    compared = read(
        "# FOO WG\n\n## Survey\n\n"
        "Shivan: Collecting issues. Will add a section comparing TXT vs. CNAME records.\n"
    )
    assert owned(compared) == [("Shivan", "Will add a section comparing TXT vs. CNAME records.")]
    outlined = read(
        "# FOO WG\n\n## Survey\n\n\tJoey Salazar: Other than a security analysis, what are the "
        "next steps?\n\t\tShivan: Collecting issues\n\t\t\tWill add section comparing TXT vs. CNAME\n"
    )
    assert owned(outlined) == [("Shivan", "Will add section comparing TXT vs. CNAME")]


def test_a_line_further_out_than_the_line_before_starts_the_next_note_of_an_outline() -> None:
    found = read(
        "DNSOP WG at IETF 112\n\nSurvey of Domain Verification Techniques, Shivan Kaul\n"
        "\tBrett Carr: Supports; suggests that the title be changed\n"
        "\tShumon: Will do outreach to the communities that are already doing this\n"
        "\t\tAsk what would persuade them to adopt this\n"
        "\tPaulW and Brett volunteered to help\n\n\tPaulW: fine.\n"
    )
    assert owned(found) == [
        ("Shumon", "Will do outreach to the communities that are already doing this"),
        ("PaulW and Brett", "PaulW and Brett volunteered to help"),
    ]  # the line indented below Shumon's a note of its own


def test_an_item_of_a_list_below_a_turn_starts_a_sentence_of_its_own() -> None:
    found = read(
        "# SCIM\n\n- Welcome\n    - Nancy: welcome, Aaron\n    - Janelle: would like a repo\n"
        "- AOB\n    - Janelle - Github collaboration\n"
        "        - Created a new repo. Is this OK to do? Nancy: As long as we have two "
        "sub-projects.\n        - Discussion about mechanics of draft processing\n"
        "        - Nancy will take another look at this; typically only grant write access.\n"
    )
    assert owned(found) == [
        ("Nancy", "Nancy will take another look at this; typically only grant write access.")
    ]


def test_a_bare_task_quotes_only_a_turn_that_asks_and_will_soon_takes_a_task_on() -> None:
    found = read(
        "# FOO WG\n\n## Responses\n\nGS (in chat): +1 to Marco's comment\n\n"
        "ED (in chat): I can review.\n\nDavid: Addressed comments in the PR. Asking for review.\n\n"
        "Ekr: Will review\n\nMarco: We will soon start a 2-week WG Last Call on it.\n"
    )
    assert owned(found) == [
        ("ED", "I can review."),
        ("Ekr", "David: Addressed comments in the PR. Asking for review. Ekr: Will review"),
        ("Marco", "We will soon start a 2-week WG Last Call on it."),
    ]


def test_a_bare_task_answers_a_turn_that_asks_in_short_or_lets_see() -> None:
    found = read(
        "# FOO WG\n\n## Multipath\n\nLucas (chair): Let's see a PR\n\nMirja: will do\n\n"
        "Mirja: Love it, plz write PR\n\nChristian: will do\n\n"
        # with an assent before it and its time after
        "CB: We can start with an example on the mailing list\n\nML: Ok, will do ASAP.\n\n"
        # a task said done to come, answering a question
        "(?): Do you intend to issue an IPR Disclosure?\n\nEmmanuel: Yes, it will be done.\n\n"
        "Dana: Do you intend to update the draft?\n\nKim: Yes, That Will Be Done.\n\n"
        # a task told the one spoken to, taken on by their assent; not one left unanswered
        "MT: So you will produce a version -08 addressing the comments.\n\nBS: Yes.\n\n"
        "MT: So you will present it next time.\n\nMT: You will see the results.\n\n"
        # the request answered is no task of its own besides
        "## Literals\n\nCA: Please review. Please look at the section on literals.\n\n"
        "MT: I can review.\n"
    )
    assert owned(found) == [
        ("Mirja", "Lucas (chair): Let's see a PR Mirja: will do"),
        ("Christian", "Mirja: Love it, plz write PR Christian: will do"),
        ("ML", "CB: We can start with an example on the mailing list ML: Ok, will do ASAP."),
        (
            "Emmanuel",
            "(?): Do you intend to issue an IPR Disclosure? Emmanuel: Yes, it will be done.",
        ),
        ("Kim", "Dana: Do you intend to update the draft? Kim: Yes, That Will Be Done."),
        ("BS", "So you will produce a version -08 addressing the comments. BS: Yes."),
        ("MT", "CA: Please review. Please look at the section on literals. MT: I can review."),
    ]


def test_a_name_in_emphasis_of_one_mark_keeps_both_its_marks_in_the_items_text() -> None:
    found = read(
        "# PANRG\n\n## Discussion\n\nDave Oran: yes.\n\n## Notes\n\n"
        "* *Colin Perkins* will post his feedback to the list.\n"
    )
    assert owned(found) == [
        ("Colin Perkins", "*Colin Perkins* will post his feedback to the list.")
    ]


def test_the_co_chairs_own_the_tasks_they_take_on() -> None:
    found = read(
        "# FOO RG\n\n## Charter\n\nDave: yes.\n\nCo-chairs will synthesize the mailing list "
        "feedback to draft a potential updated charter.\n\nThe co-chairs will review the text.\n"
    )
    assert owned(found) == [
        ("Co-chairs", "Co-chairs will synthesize the mailing list feedback to draft a potential "
                      "updated charter."),
        ("co-chairs", "The co-chairs will review the text."),
    ]  # fmt: skip


def test_hands_and_thumbs_counted_vaguely_and_no_objection_from_the_room_are_decisions() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nWho has implemented? A number of hands shown.\n\n"
        "Multiple hands in the room indicate aspirational implementations.\n\n"
        "Wave in the room from who has or will implement. A few hands.\n\n"
        "Option 3: drop packets. Received several thumbs up.\n\n"
        "We need more hands on deck for this.\n\n"
        "Sean Turner: We could adopt the -04 and decide on changes then.\n"
        "No objections from the participants.\n\nDana: we could merge it. No objections.\n"
    )
    assert texts(found) == [
        ("poll", "Who has implemented? A number of hands shown."),
        ("poll", "Multiple hands in the room indicate aspirational implementations."),
        ("poll", "Wave in the room from who has or will implement. A few hands."),
        ("poll", "Option 3: drop packets. Received several thumbs up."),
        ("agreed", "Sean Turner: We could adopt the -04 and decide on changes then. No "
                   "objections from the participants."),
    ]  # fmt: skip


def test_no_objection_heard_to_what_is_named_is_an_agreement() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\n**LP**: Remove QPACK?\n\n**LP** Hearing no QPACK removal "
        "objections.\n\nNo objection to returning to the issues list for the vocabulary.\n\n"
        "Mirja: Not hearing objections is not enough.\n\n"
        "MT: Looks like good work. No objection to moving this in here.\n\n"
        "Sean: MUST for signing keys.\n\nNo objections to these.\n"
    )
    assert texts(found) == [
        ("agreed", "**LP** Hearing no QPACK removal objections."),
        ("agreed", "No objection to returning to the issues list for the vocabulary."),
        ("agreed", "MUST for signing keys. No objections to these."),
    ]  # fmt: skip


def test_the_groups_support_thumbs_and_broad_agreement_noted_are_agreements() -> None:
    found = read(
        "# FOO WG\n\n## Frames\n\nWG is weakly supportive of using PATH instead of MP in frame "
        "names\n\nMS: seeing thumbs up for naming bikeshed RESET_STREAM_AT. thanks!\n\n"
        "Poll raised: most of the group supported adoption.\n\nThere's broad agreement about "
        "unique signing keys.\n\nDana: I support this and want thumbs.\n\nDavid: Everyone okay "
        "with dropping the hash? I'm getting thumbs up.\n"
    )
    assert texts(found) == [
        ("agreed", "WG is weakly supportive of using PATH instead of MP in frame names"),
        ("agreed", "MS: seeing thumbs up for naming bikeshed RESET_STREAM_AT. thanks!"),
        ("agreed", "Poll raised: most of the group supported adoption."),
        ("agreed", "There's broad agreement about unique signing keys."),
        ("agreed", "David: Everyone okay with dropping the hash? I'm getting thumbs up."),
    ]  # fmt: skip


def test_no_pushback_rough_agreement_acclamation_a_hum_that_indicated_and_deferring() -> None:
    found = read(
        "# QUIC\n\n## #2700: Wire form\n\nNo pushback in the room: rough agreement on proposed "
        "wire form\n\n## #2701: Typos\n\nEditorial by unanimous acclamation.\n\n"
        "## #2702: Frames\n\nSome pushback in the room.\n\nDeferring until we evaluate #2741.\n\n"
        "## #2703: Timing\n\nThere was a hum about whether this has to be solved by when v1 "
        "ships. Hum indicated that this discussion should be continued.\n\n## #2704: Basics\n\n"
        "Goal here is to get the basics in. Group agreed.\n"
    )
    assert texts(found) == [
        ("agreed", "No pushback in the room: rough agreement on proposed wire form"),
        ("agreed", "Editorial by unanimous acclamation."),
        ("ruling", "Deferring until we evaluate #2741."),
        ("hum", "There was a hum about whether this has to be solved by when v1 ships. Hum "
                "indicated that this discussion should be continued."),
        ("agreed", "Goal here is to get the basics in. Group agreed."),
    ]  # fmt: skip


def test_unanimity_nobody_voicing_unhappiness_hums_counted_and_a_decision_named() -> None:
    found = read(
        "# QUIC\n\n## ECN\n\nUnanimity that we should add ECN, just working on the details.\n\n"
        "Nobody voices unhappiness with that direction\n\n## Streams\n\n"
        "Mnot: can you not live with any of the options: 1 hum\n\n## PATH_BLOCKED\n\n"
        "Mirja: fine.\n\nNo change is the decision.\n\nWhat was the decision?\n"
    )
    assert texts(found) == [
        ("agreed", "Unanimity that we should add ECN, just working on the details."),
        ("agreed", "Nobody voices unhappiness with that direction"),
        ("hum", "Mnot: can you not live with any of the options: 1 hum"),
        ("decided", "No change is the decision."),
    ]


def test_a_task_promised_said_shortly_shared_or_a_look_taken() -> None:
    found = read(
        "# SCONE\n\n## Protocol\n\nMartin: the PR is not enough.\n\nMartin and Kazuho will make "
        "an editing pass on the document.\n\nLila said that she'd organise a discussion.\n\n"
        "Steven promised to make an update asap.\n\nLila: fine.\n\nSteven: ok.\n\n"
        "Protocol and Kazuho will make an editing pass.\n\nPM: We haven't, I'll take a look.\n\n"
        "MT: This is waiting for write-up, so JJ will have a closer look at the issues.\n\n"
        "JJ: sure.\n\nMT: Let's take a look at the slides now.\n\n"
        "Darrel: We got early review from SECDIR. *We will put it into github*\n"
    )
    assert owned(found) == [
        ("Martin and Kazuho", "Martin and Kazuho will make an editing pass on the document."),
        ("Lila", "Lila said that she'd organise a discussion."),
        ("Steven", "Steven promised to make an update asap."),
        ("PM", "We haven't, I'll take a look."),
        ("JJ", "This is waiting for write-up, so JJ will have a closer look at the issues."),
        ("Darrel", "We will put it into github"),
    ]


def test_an_undertaking_in_quotation_marks_is_words_quoted_not_a_task() -> None:
    found = read(
        "# QUIC\n\n## Idle timeout\n\nekr: current doc says \u201cI will hang around that long, and "
        'will send a CLOSE before that\u201d\n\nekr: the text says "I will send a CLOSE". '
        "I will write a PR.\n"
    )
    assert owned(found) == [("ekr", "I will write a PR.")]


def test_a_word_opening_a_sentence_before_a_speakers_name_is_no_part_of_the_owner() -> None:
    found = read(
        "# QUIC\n\n## Recovery\n\nJana: it is a recovery issue.\n\n"
        "Agreed needs addressing as a design issue. Agreed Jana will write a PR.\n"
    )
    assert owned(found) == [("Jana", "Agreed Jana will write a PR.")]


def test_a_task_assigned_done_by_someone_linked_or_sorted_out_has_its_owner() -> None:
    found = read(
        "# QUIC\n\n## #2614: Stateless reset\n\nEkr: fine.\n\nKazuho: ok.\n\nJana: ok.\n\n"
        "Mike: ok.\n\nAssigned to ekr.\n\n"
        "A second PR will be provided by Ian Swett to explore alternatives.\n\n"
        "Kazuho, Jana, and Ekr will sort it out.\n\nMike to link to the issue in http-core.\n\n"
        "The fix will be provided by Monday.\n\nAssigned to the wrong group.\n\n"
        "Ekr: We will sort it out.\n\nEKR took action item to liaise with academics\n\n"
        "Proof of receipt text will be coordinated by Mike.\n\nEkr: We'll drop packets.\n"
    )
    assert owned(found) == [
        ("ekr", "Assigned to ekr."),
        ("Ian Swett", "A second PR will be provided by Ian Swett to explore alternatives."),
        ("Kazuho, Jana, and Ekr", "Kazuho, Jana, and Ekr will sort it out."),
        ("Mike", "Mike to link to the issue in http-core."),
        ("EKR", "EKR took action item to liaise with academics"),
        ("Mike", "Proof of receipt text will be coordinated by Mike."),
    ]


def test_an_action_label_assigning_an_issue_to_someone_names_its_owner() -> None:
    found = read(
        "# HTTP\n\n## Issues\n\n#### https://github.com/httpwg/http-core/issues/179\n\n"
        "Roy: I can make an attempt; assign to me?\n\nAction: Assign to Roy\n\n"
        # one not at the meeting is an owner where written in full, not by a first name alone
        "Action: Assigned to Mark Nottingham.\n\nAction: Assign to Julian\n"
    )
    assert owned(found) == [
        ("Roy", "Assign to Roy"),
        ("Mark Nottingham", "Assigned to Mark Nottingham."),
        (None, "Assign to Julian"),
    ]


def test_a_turn_that_is_only_a_task_or_commits_to_one_is_the_speakers() -> None:
    found = read(
        "# CoRE\n\n## Block\n\nRich: I see.\n\nCA: to check with Peter also about possible "
        "changes in the use case.\n\nBS: I commit again to review in the next days.\n\n"
        # why, or to whom, or not a task: none
        "Alex: To address Christian. We used short-lived streams.\n\n"
        "Bob: to address this, we could add a field.\n\n"
        "Martin: to use source address they need to know it.\n"
    )
    assert owned(found) == [
        ("CA", "to check with Peter also about possible changes in the use case."),
        ("BS", "I commit again to review in the next days."),
    ]


def test_a_task_taken_on_after_a_hedge_in_a_clause_before_it_is_the_speakers() -> None:
    found = read(
        "# QUIC\n\n## Streams\n\nMirja: ok.\n\nLucas P: I'll take a task to follow up.\n\n"
        "Lucas Pardue: Perhaps look at the text that Tommy landed on, and I'm happy to review the "
        "PR.\n\n"
        # a hedge in the clause of the task itself still holds
        "Ian: Not sure, and I think I'd maybe review it.\n"
    )
    assert owned(found) == [
        ("Lucas P", "I'll take a task to follow up."),
        ("Lucas Pardue", "Perhaps look at the text that Tommy landed on, and I'm happy to review "
                         "the PR."),
    ]  # fmt: skip


def test_owners_listed_with_commas_before_a_task_each_own_it() -> None:
    found = read(
        "# DNSOP\n\n## Bootstrap\n\nSam Weiler: split it.\n\nTony: crazy.\n\nBenno: same.\n\n"
        "Martin Thomson: fine.\n\nSam, Tony, Benno will help untangle the draft.\n\n"
        "Martin, Tony and Benno to review the text.\n\n"
        # a list of names, one of whom never speaks, beside those who do; a word before a
        # comma is no owner
        "Sam, Dana, Benno will write the summary.\n\nOk, Tony will file an issue.\n\n"
        # a misspelt name among them; full names before an "and"
        "Malcom Hubert, Tony, Loreenzo, Jean Chalard, Benno to review 7710-bis\n\n"
        "Alice Smith, Bob Jones and Carol White to review the draft.\n\n"
        # three names, only the last of whom speaks
        "Ann, Bo, Tony will write the summary.\n"
    )
    assert owned(found) == [
        ("Sam, Tony, Benno", "Sam, Tony, Benno will help untangle the draft."),
        ("Martin, Tony and Benno", "Martin, Tony and Benno to review the text."),
        ("Sam, Dana, Benno", "Sam, Dana, Benno will write the summary."),
        ("Tony", "Ok, Tony will file an issue."),
        ("Malcom Hubert, Tony, Loreenzo, Jean Chalard, Benno",
         "Malcom Hubert, Tony, Loreenzo, Jean Chalard, Benno to review 7710-bis"),
        ("Alice Smith, Bob Jones and Carol White",
         "Alice Smith, Bob Jones and Carol White to review the draft."),
        ("Ann, Bo, Tony", "Ann, Bo, Tony will write the summary."),
    ]  # fmt: skip
    assert [found.actions[n].owners for n in (0, 1, 2, 5)] == [
        ["Sam", "Tony", "Benno"],
        ["Martin", "Tony", "Benno"],
        ["Sam", "Dana", "Benno"],
        ["Alice Smith", "Bob Jones", "Carol White"],
    ]


def test_a_full_name_may_own_a_task_though_it_never_speaks() -> None:
    found = read(
        "# HTTPBIS\n\n## Decisions and Action Items\n\nBenjamin Schwartz will remove the text "
        "regarding trailers.\n\nArea Director will review document.\n\nResponse from IETF "
        "and IAB Want to engage experts.\n"
    )
    assert owned(found) == [
        ("Benjamin Schwartz", "Benjamin Schwartz will remove the text regarding trailers.")
    ]


def test_a_speaker_glad_to_do_a_task_takes_it_on_but_not_to_talk_or_move_on() -> None:
    found = read(
        "# AIPREF\n\n## Vocabulary\n\nCaleb: happy to propose a resolution.\n\n"
        "Dana: I'm happy to review the PR to ensure consistency.\n\nMark: Happy to take "
        "another look.\n\nDavid: Happy to do this talk in room 401.\n\nStephen: willing to "
        "move on and get a decision.\n\nDana: happy to see this adopted.\n"
    )
    assert owned(found) == [
        ("Caleb", "happy to propose a resolution."),
        ("Dana", "I'm happy to review the PR to ensure consistency."),
        ("Mark", "Happy to take another look."),
    ]


def test_a_call_for_adoption_a_speaker_will_make_is_a_task() -> None:
    found = read(
        "# HTTPAPI\n\n## Rate Limit Headers\n\nLots of support for adoption on the list.\n\n"
        "Rich: will call for adoption on the list.\n"
    )
    assert owned(found) == [("Rich", "will call for adoption on the list.")]


def test_tasks_of_exploring_iterating_splitting_resolving_or_incorporating_are_taken_on() -> None:
    found = read(
        "# CORE\n\n## Drafts\n\nAlan Frindell to iterate on the draft based on feedback.\n\n"
        "CA: Points to slide 7 as a way of doing this; I will explore.\n\n"
        "MT: So we'll split out the part on AEAD limits as a separate WG document.\n\n"
        "Eric: I will capture it in the open PR.\n\nMT: We will resolve the open issues by July.\n\n"
        "ML: Please register early.\n\nMT: we'll define them as synonyms.\n"
    )
    assert owned(found) == [
        ("Alan Frindell", "Alan Frindell to iterate on the draft based on feedback."),
        ("CA", "Points to slide 7 as a way of doing this; I will explore."),
        ("MT", "So we'll split out the part on AEAD limits as a separate WG document."),
        ("Eric", "I will capture it in the open PR."),
        ("MT", "We will resolve the open issues by July."),
    ]


def test_a_task_taken_on_may_open_its_sentence_with_so_and_then_or_but() -> None:
    found = read(
        "# QUIC\n\n## Ack Frequency\n\n**MD**: Seeing thumbs up. So I'll do another bump once "
        "our implementation is more mature.\n\n**MK**: And then we will update the draft.\n\n"
        "**MD**: So, we'll see.\n"
    )
    assert owned(found) == [
        ("MD", "So I'll do another bump once our implementation is more mature."),
        ("MK", "And then we will update the draft."),
    ]


def test_the_speakers_plan_is_a_task_taken_on() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nCB (p7): The plan is to address the remaining comments and "
        "create the further examples.\n\nDana: Our plan is to be there.\n"
    )
    assert owned(found) == [
        ("CB", "The plan is to address the remaining comments and create the further examples.")
    ]


def test_a_bare_task_after_an_answer_quotes_the_question_and_is_for_who_answered() -> None:
    found = read(
        "# CoRE\n\n## EDHOC\n\nGS: On EDHOC issues, are they on issue tracker yet?  \n"
        "RH: Not yet.  \nGS: Please add those.\n"
    )
    assert owned(found) == [
        ("RH", "GS: On EDHOC issues, are they on issue tracker yet? RH: Not yet. GS: Please add "
               "those."),
    ]  # fmt: skip


def test_count_lines_under_a_polls_lead_line_are_one_sentence_with_it() -> None:
    found = read(
        "# MASQUE\n\n## CONNECT-IP\n\n  Poll for adoption:\n      Yes 21/34\n      No 1/34\n"
        "      No Answer 12/34\n"
    )
    assert texts(found) == [("poll", "Poll for adoption: Yes 21/34 No 1/34 No Answer 12/34")]


def test_labelled_lines_of_one_paragraph_and_a_dashed_conclusion_are_each_their_own() -> None:
    found = read(
        "# MLS\n\n## Ciphersuites\n\n**ACTION ITEM:** Change to SHA-512.\n**ACTION ITEM:** Add "
        "a recommendation to be conservative.\n**ACTION ITEM:** Add justification.\n\n"
        "conclusion - keep this individual until it matures a little\n\n"
        "Jana: agreed - where does the timer start.\n\n"
        "Are people interested in joining a design team? (Several hands go up)\n\n"
        "Have people read this? (couple dozen hands)\n"
    )
    assert owned(found) == [
        (None, "Change to SHA-512."),
        (None, "Add a recommendation to be conservative."),
        (None, "Add justification."),
    ]
    assert texts(found) == [
        ("conclusion", "conclusion - keep this individual until it matures a little"),
        ("poll", "Are people interested in joining a design team? (Several hands go up)"),
        ("poll", "Have people read this? (couple dozen hands)"),
    ]


def test_a_question_to_the_room_is_a_decision_only_with_the_rooms_answer_on_its_line() -> None:
    found = read(
        "# ALTO\n\n## Planning\n\nQW: Who will be going to Japan? We need to start organizing."
        "\n\nJim: Are there any customers who are asking for it? Another straw for the camel\n\n"
        "QUESTION to the room: does anyone have any problems with modifying CONNECT? Nope.\n\n"
        "Who has read the draft? 12\n"
    )
    assert texts(found) == [
        ("consensus", "QUESTION to the room: does anyone have any problems with modifying "
                      "CONNECT? Nope."),
        ("poll", "Who has read the draft? 12"),
    ]  # fmt: skip


def test_a_question_to_the_room_ending_a_long_turn_is_recorded_from_what_it_asks_of() -> None:
    # what the turn said before the question is not the decision; a short question asks of
    # the sentence before it
    found = read(
        "# SCONE\n\n## Design\n\nBrian (chair hat): thinks there is rough consensus that it is "
        "useful to do something. We should take input from this discussion to turn into a PR "
        "that can be decided on at the next interim. We are going to have first client packet "
        "indication in SCONE; is that a deal breaker for anyone? (nobody indicated it was)\n\n"
        "## Issues\n\nMT: we looked at the issues list and most of them are editorial, so the "
        "editors will handle those in the next revision without discussion here, as they did for "
        "the last two revisions of the draft, and nobody has raised a concern with that. Issue 12 "
        "remains and the proposal is to close it with no action. Any objections? None.\n"
    )
    assert texts(found) == [
        ("consensus", "We are going to have first client packet indication in SCONE; is that a "
                      "deal breaker for anyone? (nobody indicated it was)"),
        ("consensus", "Issue 12 remains and the proposal is to close it with no action. Any "
                      "objections? None."),
    ]  # fmt: skip


def test_a_hum_put_over_its_indented_answer_is_no_heading() -> None:
    found = read(
        "TLS WG\n\nekr: It is intended to.\n\nHum for pursuing this topic:\n    (strong)\n\n"
        "Hum against\n(some, but quieter)\n\nAbout 10 willing to review\n",
        name="x.txt",
    )
    assert [s.heading for s in found.sections] == []
    assert texts(found)[:2] == [
        ("hum", "Hum for pursuing this topic: (strong)"),
        ("hum", "Hum against (some, but quieter)"),
    ]


def test_people_asked_with_the_rooms_count_of_hands_after_it_is_a_poll_whatever_follows() -> None:
    found = read(
        "# TLS\n\n## cTLS\n\nHave people read this? (couple dozen hands)\nWe'll need to change "
        "the charter for this\n\n## QUIC\n\nJana: How many people will use this? (David raises "
        "hands, then shrugs) I understand the flexibility, but we should see if it is needed.\n"
    )
    assert texts(found) == [
        ("poll", "Have people read this? (couple dozen hands) We'll need to change the charter "
                 "for this"),
    ]  # fmt: skip


def test_a_question_to_the_room_may_have_the_rooms_answer_as_an_item_of_its_own_below() -> None:
    found = read(
        "# QUIC\n\n## Version negotiation\n\n- david: [issue 90](https://x.org/90), does anyone "
        "care?\n  - ekr: (no audio)\n  - david: proposal: do what ekr wants. everyone OK with "
        "that?\n  - (silence)\n"
    )
    assert texts(found) == [
        ("poll", "david: proposal: do what ekr wants. everyone OK with that? - (silence)"),
    ]


def test_an_action_label_that_says_none_was_taken_and_a_slot_moved_are_nothing() -> None:
    found = read(
        "# MLS\n\n## Architecture\n\nActions: No actions\n\nACTION: none\n\nAI: N/A\n\n"
        "- #75 Track Expected Types of Deployment\n    - ACTION: closed\n\n"
        "MT: The CORECONF slot is moved to whenever Rob Wilton shows up.\n\n"
        "ACTION: Nothing to report, Dana will send the notes.\n"
    )
    assert owned(found) == [(None, "Nothing to report, Dana will send the notes.")]
    assert found.documents == []


def test_an_action_label_noting_an_issues_outcome_is_a_ruling_not_a_task() -> None:
    found = read(
        "# HTTPBIS\n\n## Issues\n\n### #215 Foo\n\nAction: _Closed with no action_\n\n"
        "### #180 Bar\n\nAction: Closed as out of scope\n\n"
        "### #52 Baz\n\nThe room talked about it.\n\nAction: Proposal accepted\n\n"
        "### #53 Qux\n\nRoy: I can take it.\n\nAction: Assign to Roy\n\n"
        "### #54 Quux\n\nAction: No consensus.\n"
    )
    assert owned(found) == [("Roy", "Assign to Roy")]
    assert texts(found) == [
        ("ruling", "Action: _Closed with no action"),
        ("ruling", "Action: Closed as out of scope"),
        ("ruling", "Action: Proposal accepted"),
    ]


def test_humming_labelled_and_a_chairs_seeming_consensus_are_decisions() -> None:
    found = read(
        "# CAPPORT\n\n## Milestones\n\n1. for arch doc, do we want a milestone for architecture. "
        "Humming: in favor.\n3. do we need milestone for the ICMP signal? Humming: divided: not "
        "clear.\n\nRB \u2013 seems like consensus is on per sender chaining\n\n"
        "Dana: it seems like consensus would be hard to get here.\n"
    )
    assert texts(found) == [
        ("hum", "for arch doc, do we want a milestone for architecture. Humming: in favor."),
        ("hum", "do we need milestone for the ICMP signal? Humming: divided: not clear."),
        ("consensus", "RB \u2013 seems like consensus is on per sender chaining"),
    ]


def test_tasks_removed_chatted_figured_intended_offered_or_taken_as_an_action() -> None:
    found = read(
        "# TLS\n\n## ECH\n\nEkr: Will remove the varint encoding.\n\nDavid: I see Mike nodding, "
        "I'll chat with Mike about that.\n\nEric: we'll take an action item to figure out where "
        "this should go.\n\nMike: I do intend to raise an issue surrounding MTU\n\n"
        "Chris: fine.\n\nWho will review the protocol doc: Ekr and Chris offer to review.\n\n"
        "Dana: We don't intend to submit a new version.\n\nDana: we'll figure it out\n\n"
        "Mirja: do you have to change version "
        "or can you figure it out some other way.\n"
    )
    assert owned(found) == [
        ("Ekr", "Will remove the varint encoding."),
        ("David", "I see Mike nodding, I'll chat with Mike about that."),
        ("Eric", "we'll take an action item to figure out where this should go."),
        ("Mike", "I do intend to raise an issue surrounding MTU"),
        ("Ekr and Chris", "Who will review the protocol doc: Ekr and Chris offer to review."),
    ]


def test_a_thing_checked_out_is_a_task_and_one_figured_out_none() -> None:
    found = read(
        "# CORE\n\n## Stripes\n\nCG: Thanks, we will check it out. That can be incorporated.\n\n"
        "Dana: we'll sort this out.\n\nEli: We will try it out.\n"
    )
    assert owned(found) == [
        ("CG", "Thanks, we will check it out."),
        ("Eli", "We will try it out."),
    ]


def test_a_text_moved_is_a_task_and_the_meeting_moving_on_is_none() -> None:
    found = read(
        "# WEBTRANS\n\n## Flow control\n\nEric K: We'll move security consideration around "
        "flow control to a performance consideration section\n\nMark: We seem to be dwindling "
        "a bit, but we'll move on.\n\nLucas Pardue (as chair): plan to move forward with merge "
        "unless we see objections on list\n"
    )
    assert owned(found) == [
        ("Eric K", "We'll move security consideration around flow control to a performance "
         "consideration section"),
    ]  # fmt: skip


def test_talking_later_or_in_a_second_at_no_time_or_place_or_on_a_condition_is_no_task() -> None:
    found = read(
        "# ADD\n\n## DDR\n\nBen: We'll talk about it more later.\n\nQuentin: We'll discuss "
        "later if we want to keep this at all.\n\nTommy: We'll discuss it later on the list.\n\n"
        "Marten: Sounds good. And then we'll talk about quic-proxy next.\n\nDana: We will "
        "discuss it next week.\n\nMike: Might be possible in my model; we'll talk about that if "
        "QUIC changes.\n\nMike: We will talk to the AD if needed.\n\nMike: We will discuss it "
        "on the list if needed.\n\nChair: And we'll discuss this in a second because nobody "
        "put a draft forward.\n"
    )
    assert owned(found) == [
        ("Tommy", "We'll discuss it later on the list."),
        ("Dana", "We will discuss it next week."),
        ("Mike", "We will talk to the AD if needed."),
        ("Mike", "We will discuss it on the list if needed."),
    ]  # the meeting's next item no task, nor a talk until something may happen


def test_one_person_nodding_or_a_feeling_of_nods_is_no_rooms_assent_nor_an_early_decision() -> None:
    found = read(
        "# FOO WG\n\n## Stripes\n\nED: Is using coap as URI scheme correct?\n\nCA nodding.\n\n"
        "David: That's interesting, I see Mike nodding.\n\nDana: should we close it?\n\n"
        "People nodding.\n\nEric K: One of the things we did early on in this group was write a "
        "requirements document, but then we parked it.\n\nMark: are folks happy with the way in "
        "which they were handled? Seeing nodding heads, but not many nodding heads.\n\n"
        "Mark: I feel like a lot of people nod and say this is good, but we have to get it right.\n"
    )
    assert texts(found) == [
        ("agreed", "Dana: should we close it? People nodding."),
        ("agreed", "Mark: are folks happy with the way in which they were handled? Seeing nodding "
                   "heads, but not many nodding heads."),
    ]  # fmt: skip


def test_deferring_to_another_or_agreement_sought_is_no_decision_but_deferring_a_question_is() -> (
    None
):
    found = read(
        "# FOO WG\n\n## Stripes\n\nJohann: With browser UAs, we largely defer to HTML and "
        "fetch.\n\nekr: Happy to defer to the group for splitting.\n\nMT: Looking for "
        "agreement in the WG that they are treated correctly.\n\nMartin: Not substantive. "
        "Prefer we defer this.\n\nChairs: we will defer the zebra question to the next "
        "meeting.\n"
    )
    assert texts(found) == [
        ("ruling", "Chairs: we will defer the zebra question to the next meeting.")
    ]


def test_interest_to_review_volunteers_for_a_task() -> None:
    found = read(
        "# CoRE\n\n## Responses\n\nMT (in chat): Interested to review.\n\nInterested to review: "
        "Thomas Fossati, Carsten Bormann\n\nDana: I'm interested to see how this works.\n"
    )
    assert owned(found) == [
        ("MT", "Interested to review."),
        (None, "Interested to review: Thomas Fossati, Carsten Bormann"),
    ]


def test_a_request_to_take_it_to_the_list_is_a_task_of_those_asked() -> None:
    found = read(
        "# WPACK\n\n## Origins\n\nJeffrey: If you can verify the claimed URL, use that.\n\n"
        "--> please take it to the list\n\nDana: Please take this to the mailing list.\n\n"
        "Dana: please take a look at the list of issues.\n"
    )
    assert owned(found) == [
        (None, "--> please take it to the list"),
        (None, "Please take this to the mailing list."),
    ]


def test_the_group_agreeing_as_the_minutes_note_it_and_a_setup_taken_on() -> None:
    found = read(
        "# MLS\n\n## Nonces\n\nDana: should we drop them?\n\nGroup is happy to avoid them all.\n\n"
        "Explicit nonces are terrible. We all seem to agree on that.\n\nNot everyone agrees with "
        "that.\n\nDana: People seem to agree that it is hard, but I don't.\n\n"
        "Raphael: Will setup an implementation repository.\n\n"
        "*   draft-dickson-dnsop-ds-hack\n    - https://datatracker.ietf.org/doc/draft-dickson-"
        "dnsop-ds-hack/\n    - brian@example.org 10min\n    - Chairs Action:\n\n"
        "*   draft-dickson-dnsop-glueless\n    - brian@example.org 10min\n"
    )
    assert texts(found) == [
        ("agreed", "Group is happy to avoid them all."),
        ("agreed", "Explicit nonces are terrible. We all seem to agree on that."),
    ]
    assert owned(found) == [("Raphael", "Will setup an implementation repository.")]


def test_volunteers_named_and_a_plan_labelled_take_tasks_on() -> None:
    found = read(
        "# MLS\n\n## Architecture\n\nVolunteers to review architecture draft: Jon Millican, Joel "
        "Alwen, Sean Turner (2 weeks).\n\nWe should add a clearer interface. Volunteers: Cas and "
        "Karthik.\n\nDana: Thanks to the volunteers: Ted and Lucas.\n\nPlan: Submit a new version "
        "of the document this week.\n\nMark Nottingham: will cut the queue now.\n\n"
        "Other volunteers: Esko, Thomas\n\nJim Göran Jaime volunteered to review.\n\n"
        "Christian Amsüss volunteers\n\nThe Chair volunteered.\n\nChristian Amsuess, Jim Schaad "
        "and Thomas Fossati volunteer for reviewing next version.\n\nBrian: Text is needed. Please "
        "volunteer!\n"
    )
    assert owned(found) == [
        ("Jon Millican, Joel Alwen, Sean Turner",
         "Volunteers to review architecture draft: Jon Millican, Joel Alwen, Sean Turner (2 "
         "weeks)."),
        ("Cas and Karthik", "Volunteers: Cas and Karthik."),
        (None, "Plan: Submit a new version of the document this week."),
        ("Esko, Thomas", "Other volunteers: Esko, Thomas"),
        ("Jim Göran Jaime", "Jim Göran Jaime volunteered to review."),
        ("Christian Amsüss", "Christian Amsüss volunteers"),
        ("Christian Amsuess, Jim Schaad and Thomas Fossati",
         "Christian Amsuess, Jim Schaad and Thomas Fossati volunteer for reviewing next version."),
    ]  # fmt: skip
    assert found.actions[0].owners == ["Jon Millican", "Joel Alwen", "Sean Turner"]


def test_discussion_going_on_on_the_list_and_close_and_move_on_are_rulings() -> None:
    found = read(
        "# TLS\n\n## Extensions\n\nDana: should we drop them?\n\nDiscussion to continue on list.\n\n"
        "resolve on the list about where this can appear\n\nCAW: Close and move on.\n\n"
        "Dana: should the discussion continue on the list?\n"
    )
    assert texts(found) == [
        ("ruling", "Discussion to continue on list."),
        ("ruling", "resolve on the list about where this can appear"),
        ("ruling", "CAW: Close and move on."),
    ]


def test_please_after_the_task_asks_for_it() -> None:
    found = read(
        "# ADD\n\n## Resolvers\n\nTale: Raise the issue on GitHub, please.\n\n"
        "Dana: Read it, please.\n\nDana: Not now, please.\n\npraveen: clarify persistent "
        "congestion timeout please\n\nEKR: discuss randomized curves vs rigid curves please\n\n"
        "Brian: Discussion on spin-bit is the schedule for Thursday. Please come by!\n"
    )
    assert owned(found) == [(None, "Raise the issue on GitHub, please.")]


def test_a_request_aside_in_brackets_is_one_whatever_the_sentence_before_it_hedges() -> None:
    asked = (
        "If we're not going to specify how this is measured, will we need to expose it? "
        "(chair request: please file an issue)"
    )
    found = read(
        f"# SCONE\n\n## Signals\n\nMartin: {asked}\n\n"
        "Ann: If you could (please) file an issue that would help.\n"
    )
    assert owned(found) == [(None, asked)]


def test_an_adoption_a_chair_will_confirm_on_the_list_is_a_ruling_and_a_task() -> None:
    found = read(
        "# HTTPAPI\n\n## Rate limits\n\nRich: Will confirm adoption request on the list.\n\n"
        "Mnot: to take it to the list to confirm adoption\n\n"
        "The chairs are going to discuss and then confirm the adoption on the mailing list.\n\n"
        "Mark: can the chairs confirm adoption on the list?\n"
    )
    assert texts(found) == [
        ("ruling", "Rich: Will confirm adoption request on the list."),
        ("ruling", "Mnot: to take it to the list to confirm adoption"),
        ("ruling", "The chairs are going to discuss and then confirm the adoption on the mailing list."),
    ]  # fmt: skip
    assert owned(found)[0] == ("Rich", "Will confirm adoption request on the list.")


def test_what_the_room_decided_or_left_to_the_list_to_confirm_is_a_decision() -> None:
    found = read(
        "# HTTPAPI\n\n## Media types\n\nIn room decision to use Big endian. To be confirmed on list.\n\n"
        'it\'s decided to remove the "function set" concept since people do not use it.\n\n'
        "There is some support to incorporate Accept; to confirm on the list.\n\n"
        "**To be confirmed on list, stick with STD- and document XML serialization limitations.**\n\n"
        # The words alone, a task, a step of one's own and a question decide nothing.
        "To be confirmed on list.\n\nMark: Will confirm on the list.\n\n"
        "Dana: we need to confirm on the list whether anyone objects.\n\n"
        "Dana: Could we decide that, to be confirmed on the list?\n"
    )
    assert texts(found) == [
        ("decided", "In room decision to use Big endian. To be confirmed on list."),
        ("decided", "it's decided to remove the \"function set\" concept since people do not use it."),
        ("conclusion", "There is some support to incorporate Accept; to confirm on the list."),
        ("conclusion", "To be confirmed on list, stick with STD- and document XML serialization limitations."),
    ]  # fmt: skip


def test_a_decision_a_speaker_names_so_is_one_not_recalled_nor_asked() -> None:
    found = read(
        "# QUIC\n\n## Issue 12\n\nMike: we shouldn't overspecify\n\n"
        "Mirja: no change is the decision.\n\nBob: what was the decision?\n\n"
        "Ann: we decided that last time.\n"
    )
    assert texts(found) == [("decided", "Mirja: no change is the decision.")]


def test_a_task_someone_takes_on_with_the_speaker_is_the_speakers_too() -> None:
    found = read("# QUIC\n\n## Scope\n\nmnot: lars and I will chat with spencer\n\nlars: ok.\n")
    assert [(a.owner, a.owners) for a in found.actions] == [("lars and I", ["lars", "mnot"])]


def test_a_call_for_adoption_or_last_call_announced_is_a_ruling_and_a_task() -> None:
    found = read(
        "# WEBTRANS\n\n## Drafts\n\nEric K: we'll start wglc on these 3 docs.\n\nChairs to start "
        "WGLC right after this.\n\nMT: We will soon start a 2-week WG Last Call on the draft.\n\n"
        "Brian: Tim will issue adoption call.\n\nChairs: will start last call\n\n"
        "Martin: I will do a WGLC review.\n\nMartin: we should start WGLC?\n\n"
        "Martin: I think we will start WGLC soon.\n\nMartin: will we start a WGLC?\n\n"
        "LP: Will send adoption call to the list.\n\nMT: I will send the last call comments.\n\n"
        "Rich: will call for adoption on the list.\n\nRich: won't call for adoption yet.\n\n"
        "Benno: Will take adoption to the list\n\nBenno: will take questions to the list\n"
    )
    assert texts(found) == [
        ("ruling", "Eric K: we'll start wglc on these 3 docs."),
        ("ruling", "Chairs to start WGLC right after this."),
        ("ruling", "MT: We will soon start a 2-week WG Last Call on the draft."),
        ("ruling", "Brian: Tim will issue adoption call."),
        ("ruling", "Chairs: will start last call"),
        ("ruling", "LP: Will send adoption call to the list."),
        ("ruling", "Rich: will call for adoption on the list."),
        ("ruling", "Rich: won't call for adoption yet."),  # a call put off, no task
        ("ruling", "Benno: Will take adoption to the list"),
    ]
    assert owned(found)[:3] == [
        ("Eric K", "we'll start wglc on these 3 docs."),
        ("Chairs", "Chairs to start WGLC right after this."),
        ("MT", "We will soon start a 2-week WG Last Call on the draft."),
    ]


def test_the_whole_room_answering_a_turn_is_its_agreement_and_no_person() -> None:
    found = read(
        "# FOO WG\n\nTime: Tuesday 2019-11-19, Room: Orchard\n\n## Agenda\n\n"
        "- Carsten: quick recap\n- All: technical discussion, three items\n\n## Stripes\n\n"
        "Jana: Adequate to have a stable 5-tuple?\n\nRoom: Yes\n\npraveen: text is fine.\n\n"
        "all: close it\n\nLars: does anyone want to move away from the status quo?\n\n"
        "Group: no. This leaves options 1 or 4.\n"
    )
    assert texts(found) == [
        ("agreed", "Jana: Adequate to have a stable 5-tuple? Room: Yes"),
        ("agreed", "praveen: text is fine. all: close it"),
        ("agreed", "Lars: does anyone want to move away from the status quo? Group: no. This "
                   "leaves options 1 or 4."),
    ]  # fmt: skip
    assert [p.name for p in found.people] == ["Carsten", "Jana", "praveen", "Lars"]


def test_ai_before_a_capital_is_artificial_intelligence_and_a_bold_lead_opens_an_item() -> None:
    found = read(
        "# AIPREF WG\n\n## Thursday\n\n### Preliminary Decisions\n"
        '* **AI Training Definition**: Agreed to remove the word "large".\n'
        '* **AI Training Preference**: Option 2 will be updated to "AI training".\n\n'
        "### Action Items\n* **Suresh**: Submit PR 1905 to the mailing list.\n"
        "* **Nick, Brad, and Kevin**: Collaborate on a proposal.\n"
        "* AI on Brian T to find what can be done.\n* Need to include discussion on ODUCn.\n"
    )
    assert texts(found) == [
        ("agreed", '**AI Training Definition**: Agreed to remove the word "large".'),
    ]
    assert [(a.owners, a.text) for a in found.actions] == [
        (["Suresh"], "**Suresh**: Submit PR 1905 to the mailing list."),
        (["Nick", "Brad", "Kevin"], "**Nick, Brad, and Kevin**: Collaborate on a proposal."),
        (["Brian T"], "Brian T to find what can be done."),
        ([], "Need to include discussion on ODUCn."),  # a verb before the task, no one's
    ]


def test_the_tally_of_a_poll_still_open_is_no_decision() -> None:
    found = read(
        "# IRSG\n\n## In IRSG Final Poll\n\n- draft-irtf-cfrg-rsa-blind-signatures\n"
        "  - (Poll due 2023-04-28; 2 yes, 1 no-ob, 1 recuse)\n- draft-irtf-cfrg-frost\n"
        "  - (poll is still open; 1 yes, 1 no-ob)\n\n## Adoption\n\n"
        "Have you read this draft? 7 (yes) 30 (no)\n"
    )
    assert texts(found) == [("poll", "Have you read this draft? 7 (yes) 30 (no)")]


@pytest.mark.parametrize(
    ("held", "done"),
    [("April 27, 2021", [None, "2021-04-27", "2021-04-27"]),
     # two days written: on which one it was recorded done, the minutes do not say
     ("## Monday, 26 April 2021\n\nDave: hi.\n\n## Tuesday, 27 April 2021\n\nDave: hi.",
      [None, None, None])],
)  # fmt: skip
def test_an_item_noted_done_is_recorded_done_where_the_meeting_has_one_day(
    held: str, done: list[str | None]
) -> None:
    found = read(
        f"# CELLAR Interim\n\n{held}\n\n## Actions\n\n* ACTION: Dave will repost the flac "
        "draft.\n* ACTION: Dave will repost the flac document with new version number.\n"
        "  DONE during the meeting.\n* Action: Michael will send email to the AD in AUTH48 "
        "DONE.\n"
    )
    actions = transcribe(found, "minutes.md").transcription.actions
    assert [str(a.done) if a.done else None for a in actions] == done
    assert [len(a.quotes) for a in actions] == [1, 1, 1]  # "DONE" is in the item's own quote


def test_an_action_items_line_alone_opens_its_list_of_bullets_with_nothing_under_each() -> None:
    found = read(
        "COIN RG interim\n\nDeadlines\n\no   Agendas: 2019-11-06\n\nCoRE WG\n\n"
        "-          Lots of IoT related issues, could pick up in CoRE\n\n"
        "-          COINRG branched off from T2T and ICN\n\n \n\nAction Items\n\n"
        "-          Start a parallel thread on how we can help industry to participate\n\n"
        "-          Load references that are part of the Wiki into the Data Tracker\n\n"
        "-          If you have a draft, make sure it is updated on time\n",
        name="x.txt",
    )
    assert [a.text for a in found.actions] == [
        "Start a parallel thread on how we can help industry to participate",
        "Load references that are part of the Wiki into the Data Tracker",
        "If you have a draft, make sure it is updated on time",
    ]
    assert found.people == []


def test_the_room_read_as_in_consensus_in_favour_or_without_objection_is_a_decision() -> None:
    got = decided_with(
        "CB: Energy is there. Sounds like in-room consensus.\n\n"
        "Adoption call: +9, no opposition. In-room consensus, to be taken to the list.\n\n"
        "+13 on adopting, no objections.\n\n"
        "No objections to do the change.\n\n"
        "BS: Looks like group is in favor of splitting it.\n\n"
        "Group agrees to avoid using it.\n\n"
        "Diego: Making routing decisions is another goal.\n\nAll agrees!\n\n"
        "Luigi: we might be redirected to RATS, so maybe no. All agrees.\n\n"
        "Mark: There is no in-room consensus yet.\n\n"
        "Ann: I'm not sure the group agrees.\n\n"
        "NW: seems we're OK merging all three and publishing new version of the draft.\n\n"
        "NW: seems we're OK to go, I think.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("consensus", "CB: Energy is there. Sounds like in-room consensus."),
        ("consensus", "Adoption call: +9, no opposition. In-room consensus, to be taken to the "
                      "list."),
        ("agreed", "+13 on adopting, no objections."),
        ("agreed", "No objections to do the change."),
        ("agreed", "BS: Looks like group is in favor of splitting it."),
        ("agreed", "Group agrees to avoid using it."),
        ("agreed", "Diego: Making routing decisions is another goal. All agrees!"),
        ("agreed", "Luigi: we might be redirected to RATS, so maybe no. All agrees."),
        ("agreed", "NW: seems we're OK merging all three and publishing new version of the draft."),
    ]  # fmt: skip


def test_an_action_label_with_its_colon_after_what_an_item_is_about_is_one() -> None:
    found = read("# MLS WG Minutes - IETF 113\n\n## Protocol\n\n- Issues\n"
                 "    - 618: ACTION: merge\n    - 619; annotation and clean-up. ACTION: Please merge\n"
                 "    - Note: ACTION Items are below\n    - Result: AI Training Definition\n"
                 "    - We talked about all the things that came up today. ACTION: Bob to review\n")  # fmt: skip
    assert [(a.label, a.text, a.quote) for a in found.actions] == [
        ("ACTION", "merge", "618: ACTION: merge"),
        ("ACTION", "Please merge", "619; annotation and clean-up. ACTION: Please merge"),
        ("ACTION", "Bob to review", "ACTION: Bob to review"),
    ]  # the quote keeps a few words before the label on its line: what the item is about


def test_an_action_label_misspelt_in_capitals_before_a_colon_is_one_and_names_no_document() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Link template\n\nMark: fine.\n\n"
                 "ACITON: call for adoption for link-template on the list.\n\n"
                 "ACTON: Francesca will have an informal chat with the IESG.\n\n"
                 "The REACTION: none.\n")  # fmt: skip
    assert [(a.label, a.owner, a.text) for a in found.actions] == [
        ("ACITON", None, "call for adoption for link-template on the list."),
        ("ACTON", "Francesca", "Francesca will have an informal chat with the IESG."),
    ]
    assert "ACITON" not in [d.name for d in found.documents]


def test_no_consensus_the_minutes_note_or_a_chair_declares_is_a_conclusion() -> None:
    got = decided_with(
        "No consensus on top-level.\n\nMark: There is no consensus here, I think.\n\n"
        "Chair: No WG consensus yet.\n\nAnn: We are not near consensus.\n\n"
        "Chair: Sounds like there is no consensus on adding this section, but may be okay as "
        "an appendix.\n\nAnn: Sounds like there is no consensus on that.\n\n"
        "Chair: We do not have WG consensus to say we have all the use cases documented.\n\n"
        "Ann: We don\u2019t have consensus on this.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("conclusion", "No consensus on top-level."),
        ("conclusion", "Chair: No WG consensus yet."),
        ("conclusion", "Chair: Sounds like there is no consensus on adding this section, but may "
                       "be okay as an appendix."),
        ("conclusion", "Chair: We do not have WG consensus to say we have all the use cases "
                       "documented."),
    ]  # fmt: skip


def test_consensus_misspelt_with_a_c_is_consensus() -> None:
    got = decided_with(
        "* Concensus to give it a few weeks on github.\n\n* Consencus on the architecture.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("consensus", "Concensus to give it a few weeks on github."),
        ("consensus", "Consencus on the architecture."),
    ]


def test_a_polls_outcome_the_minutes_note_is_a_decision_but_a_poll_to_come_is_not() -> None:
    got = decided_with(
        "Poll in favor of single signature scheme. Signature scheme should be part of "
        "ciphersuite.\n\nBob: I will run a poll in favor of this later.\n\n"
        "A straw poll showed interest in Thursday/Friday before the IETF.\n\n"
        "Bob: we will poll the list next week.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("poll", "Poll in favor of single signature scheme. Signature scheme should be part of "
                 "ciphersuite."),
        ("poll", "A straw poll showed interest in Thursday/Friday before the IETF."),
    ]  # fmt: skip


def test_a_poll_of_the_room_a_majority_and_the_sense_of_those_present_are_decisions() -> None:
    got = decided_with(
        "A poll of the room was taken, indicating a strong preference for Option 2.\n\n"
        "A poll of the room indicated a preference to use PR 201 as the baseline.\n\n"
        "A strong majority favored removing the stripes (75% to 25%).\n\n"
        "The sense of those present was that the document must remain neutral.\n\n"
        "The majority of the draft is done.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("poll", "A poll of the room was taken, indicating a strong preference for Option 2."),
        ("poll", "A poll of the room indicated a preference to use PR 201 as the baseline."),
        ("poll", "A strong majority favored removing the stripes (75% to 25%)."),
        ("sense of the room", "The sense of those present was that the document must remain "
                              "neutral."),
    ]  # fmt: skip


def test_the_sense_a_chair_says_they_got_is_the_rooms() -> None:
    got = decided_with(
        "Chairs: Sense we got was that people want this published with a SHOULD.\n\n"
        "Bob: The sense I get is that it works.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("sense of the room",
         "Chairs: Sense we got was that people want this published with a SHOULD."),
    ]  # fmt: skip


def test_the_interest_a_chair_hears_in_the_room_is_its_sense() -> None:
    got = decided_with(
        "Chairs: It sounds like there's strong interest and also concerns.\n\n"
        "Chairs: I'm hearing a level of interest in this. Discussion needs to continue.\n\n"
        "Bob: It seems like there's interest in zebras.\n\n"
    )
    assert got[len(decided_with("")) :] == [
        ("sense of the room", "Chairs: It sounds like there's strong interest and also concerns."),
        ("sense of the room", "Chairs: I'm hearing a level of interest in this. Discussion needs "
                              "to continue."),
    ]  # fmt: skip


def test_a_line_further_out_than_a_turn_above_it_starts_an_item_of_its_own() -> None:
    found = read(
        "# HTTP\n\n## Discussion\n\nIssue 23:\n    Mark: Data would help.\n"
        "    Action: Gather some data.\nIssue 22:\n    Mike: I'll go collect information.\n"
    )
    assert owned(found) == [
        (None, "Gather some data."),
        ("Mike", "I'll go collect information."),
    ]


def test_a_thumbs_up_alone_below_an_item_and_an_issue_closed_after_its_number_are_decisions() -> (
    None
):
    got = decided_with(
        "- Could update just from common ancestor\n- \U0001f44d\n\n"
        "Issue review\n- #132 - closed\n- #113 - Generally OK feeling\n"
        "- #114 - closed once the PR lands\n"
        # written with no mark after its number
        "- #345 to be closed and folded into #348\n- #133 closed\n- #136 still awaiting review\n"
        "- #137 should be closed\n"
    )
    assert got[len(decided_with("")) :] == [
        ("agreed", "Could update just from common ancestor - \U0001f44d"),
        ("ruling", "#132 - closed"),
        ("ruling", "#345 to be closed and folded into #348"),
        ("ruling", "#133 closed"),
    ]

"""Documents discussed, documents cited in passing, and the stages the minutes state:
read from real minutes (../shared/minutes, skipped when absent) and short snippets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from msecwg.importer import Found, read
from msecwg.importer.stages import stated
from msecwg.importer.transcribe import transcribe

from .conftest import SHARED

MINUTES = SHARED / "minutes"
needs_shared = pytest.mark.skipif(not MINUTES.is_dir(), reason=f"no shared minutes at {MINUTES}")


def read_file(path: Path) -> Found:
    """Answer what the reader finds in a minutes file."""
    return read(path.read_text(encoding="utf-8"), name=path.name)


def stages_of(text: str) -> list[tuple[str, str]]:
    """Answer each stage a text states, with its quote."""
    spans = [(0, len(text))]
    return [(s.stage, text[s.start : s.end]) for s in stated(text, spans)]


def test_a_heading_of_documents_may_say_more_after_a_dash() -> None:
    text = (
        "# HTTPAPI WG Meeting - IETF 114\n\n## WG Documents - Status Update\n\n"
        "### Problem Details for HTTP APIs\n\nmnot: need to check; we have a PR.\n\n"
        "### Deprecation Header\n\ndeprecation header: Current state of SF conversion?\n"
        "dret: lots of discussion on the issue, maybe we can poll.\n\n"
        "### Linkset\n\ndret: request for cheesy fireworks for the first RFC.\n"
    )
    found = read(text)
    assert [d.name for d in found.documents if d.discussed] == [
        "Problem Details for HTTP APIs", "Deprecation Header", "Linkset"
    ]  # fmt: skip
    assert [t.speaker for s in found.sections for t in s.turns] == ["mnot", "dret", "dret"]


@needs_shared
def test_sections_under_a_heading_of_drafts_have_their_heading_for_subject() -> None:
    found = read_file(MINUTES / "httpwg" / "ietf101.md")
    discussed = [d.name for d in found.documents if d.discussed]
    assert discussed[:10] == [
        "BCP56bis", "Bootstrapping Websockets", "Random access and live content",
        "Secondary Certificates", "Expect-CT", "Header Common Structure",
        "Cache Digests for HTTP/2", "Client Hints", "Cookies", "Origin-Signed Exchanges",
    ]  # fmt: skip
    # "Signatures vs Cavage draft": cited in passing
    assert [(d.name, d.discussed) for d in found.documents if d.name == "Cavage"] == [
        ("Cavage", False)
    ]


def test_a_document_parked_is_named_before_it_in_a_section_of_the_groups_business() -> None:
    found = read(
        "# IETF-115 QUIC WG Agenda\n\n## General updates about the WG\n"
        "QUIC Retry Offload is going into the deep freeze until there is implementer interest.\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("QUIC Retry Offload", ["parked"])
    ]


def test_a_stage_is_of_the_document_its_words_name_not_others_its_sentence_names() -> None:
    found = read(
        "# CELLAR WG\n\n## Matroska\n\ndraft-ietf-cellar-matroska-16 was discussed.\n\n"
        "Dave: We can start that, because EBMLv1 has been published as an RFC, and Matroska "
        "v5 will rely on rational number support in EBMLv2.\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-cellar-matroska-16", []), ("EBMLv1", ["published"])
    ]  # fmt: skip


def test_a_document_said_to_be_an_rfc_is_named_where_it_is_no_protocol_alone() -> None:
    found = read(
        "# QUIC\n\n### Chair Updates\n\nHTTP/3 is an RFC, yay! **applause**\n\n"
        "Invariants is now an RFC!\n\nThis is an RFC.\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("Invariants", [("published", "Invariants is now an RFC!")])
    ]


def test_documents_a_count_names_in_brackets_or_that_passed_a_last_call_are_named() -> None:
    found = read(
        "# QUIC\n\n## Administrative & Updates\n* **Document Status:** Three documents (Q-log, "
        "Multipath, Greasing) have passed Working Group Last Call and are awaiting shepherd "
        "write-ups.\n* Ack Frequency has passed WGLC.\n* It has passed WGLC.\n"
        "* 3 documents in RFC Queue.\n* H3-DGRAM and CONNECT-UDP went through WGLC and IESG and "
        "are now in RFC Editor's queue.\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("Q-log", ["in WG Last Call"]),
        ("Multipath", ["in WG Last Call"]),
        ("Greasing", ["in WG Last Call"]),
        ("Ack Frequency", ["in WG Last Call"]),
        ("H3-DGRAM", ["with the RFC Editor"]),
        ("CONNECT-UDP", ["with the RFC Editor"]),
    ]


def test_a_document_that_has_a_new_version_has_a_new_revision_not_a_new_version_number() -> None:
    found = read(
        "# COIN RG\n\n## Drafts\n\nEdge Discovery has a new version.\n\n"
        "Mark: When we have a new wire mapping, we have a new version identifier.\n\n"
        "## FLAC issues\n\n   * We have a new version, being posted manually\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("Edge Discovery", [("new revision", "Edge Discovery has a new version.")]),
        ("FLAC", [("new revision", "We have a new version, being posted manually")]),
    ]


def test_each_row_of_a_table_of_drafts_states_its_own_drafts_stages() -> None:
    found = read(
        "# CELLAR WG\n\n### WG status update\n\n| Draft | State | Date Posted | Plans\n"
        "|:------|:------|:------------|:------\n"
        "| draft-ietf-cellar-codec-10 | ID Exists | 2022-12-04 |\n"
        "| draft-ietf-cellar-flac-08 | Waiting for Shepherd write-up | 2023-04-03 |\n"
        "| draft-ietf-cellar-matroska-16 | Waiting for Writeup::AD Followup | 2023-04-01 | "
        "Last Call ended 2023-02-28\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-cellar-codec-10", []),
        ("draft-ietf-cellar-flac-08",
         [("waiting for write-up", "| draft-ietf-cellar-flac-08 | Waiting for Shepherd write-up | "
                                   "2023-04-03 |")]),
        ("draft-ietf-cellar-matroska-16",
         [("in WG Last Call", "| draft-ietf-cellar-matroska-16 | Waiting for Writeup::AD Followup "
                              "| 2023-04-01 | Last Call ended 2023-02-28"),
          ("submitted to the IESG", "| Waiting for Writeup::AD Followup")]),
    ]  # fmt: skip


@needs_shared
def test_stages_attach_to_the_document_named_else_the_section_subject() -> None:
    found = read_file(MINUTES / "httpwg" / "ietf101.md")
    by_name = {d.name: [(s.kind, s.quote) for s in d.stages] for d in found.documents}
    assert by_name["Secondary Certificates"] == [
        ("adopted", "Adopted last time. Have merged it."),
        ("WG document", "More to talk about, not going to WGLC any time soon!"),
    ]
    assert by_name["Key"] == [("parked", "Have parked Key - assumption is that this replaces Key.")]
    assert by_name["Variants"] == [
        ("call for adoption", "HUM: in favour of adoption, to be confirmed on the list.")
    ]
    assert by_name["draft-fielding-httpbis-http-cache-00"] == [
        (
            "adopted",
            'HUM: "if you want working group to take on draft-fielding-httpbis-* and produce'
            ' fewer documents". Strong hums in support, no hums against.',
        )
    ]


def test_a_subsection_whose_first_line_names_a_draft_is_about_it_not_its_parents() -> None:
    found = read(
        "# TSVWG IETF 125\n\n## 6. Gorry Fairhurst: Careful Resume\n\n"
        "draft-ietf-tsvwg-careful-resume-01\n\nQ Martin: When?\nA Gorry: Our draft.\n\n"
        "### 6.2 Markus Amend: MP DCCP progress\n\ndraft-ietf-tsvwg-multipath-dccp-10\n\n"
        "Q chair : How long to resolve pending issues?\nA : ~1.5 months.\n\noutcome :\n    Will do last call on working group list before next IETF\n\n"
        "### 6.3 Questions\n\nThe draft is ready for WGLC.\n"
    )
    assert {d.name: [(s.kind, s.quote) for s in d.stages] for d in found.documents} == {
        "draft-ietf-tsvwg-careful-resume-01": [
            ("ready for WG Last Call", "The draft is ready for WGLC.")
        ],
        "draft-ietf-tsvwg-multipath-dccp-10": [
            ("WG Last Call planned", "outcome : Will do last call on working group list before next IETF")
        ],
    }  # fmt: skip


def test_a_section_whose_first_paragraph_gives_its_draft_is_about_that_draft() -> None:
    found = read(
        "# TLS WG IETF 106\n\n## Encrypted SNI\n\nPresenter: Chris Wood\n"
        "draft: https://datatracker.ietf.org/doc/draft-ietf-tls-esni/\n\n"
        "EKR: We can't go to WGLC without substantial analysis.\n\n"
        "## Exported Authenticators\n\nPresenter: Nick Sullivan\n"
        "Slides: https://example.org/slides-draft-ietf-tls-ea.pdf\n\n"
        "Sean: Would like to proceed with WGLC.\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents if d.discussed] == [
        ("draft-ietf-tls-esni", ["WG document"]),
        ("Exported Authenticators", ["WG Last Call planned"]),
    ]


def test_a_list_a_line_naming_documents_introduces_opens_its_items_with_short_names() -> None:
    found = read(
        "# CoRE IETF 116\n\n## Status\n\nMT: Other documents (p11)\n\n* transport-indication"
        "\n* groupcomm-proxy: re-bumped, pending WG adoption call\n\nMT: Next steps\n\n"
        "* fix-ups (later)\n\nMT: Documents to discuss\n\n* draft-ietf-core-senml-data-ct-01: "
        "updated.\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("transport-indication", []),
        ("groupcomm-proxy", ["candidate for adoption"]),  # the call awaited
        ("draft-ietf-core-senml-data-ct-01", []),  # once: a draft, no short name of its own
    ]
    assert [p.name for p in found.people] == ["MT"]  # "groupcomm-proxy:" speaks no turn


def test_a_topic_whose_notes_are_parted_in_sections_is_spoken_of_in_them() -> None:
    found = read(
        "# SCONE Minutes IETF 124\n\n## Applicability and Manageability\n\n### Summary and "
        "Actions\n\n* The applicability and manageability document is adopted up to section "
        "3.\n\n### Discussion\n\nMartin: fine.\n\n## Hackathon\n\n### Notes\n\n* Ten "
        "people came.\n\n### Results\n\n* The draft is ready for WGLC.\n"
    )
    assert {d.name: [s.kind for s in d.stages] for d in found.documents if d.stages} == {
        "Applicability and Manageability": ["adopted"],
    }


def test_a_section_whose_second_line_names_its_draft_below_its_presenter_is_about_it() -> None:
    found = read(
        '# NWCRG IETF 105\n\n#### 02- "Status Network coding and satellites I-D"\n'
        "(Nicolas Kuhn)\n(draft-irtf-nwcrg-network-coding-satellites)\n\n"
        "Then address the comments and we'll start a new RGLC.\n\n"
        '#### 03- "Links with other groups"\nRelated work\n(draft-irtf-nwcrg-coding-for-quic)\n\n'
        "We'll start a new RGLC.\n"
    )
    stages = {d.name: [(s.kind, s.quote) for s in d.stages] for d in found.documents}
    assert stages["draft-irtf-nwcrg-network-coding-satellites"] == [
        ("WG Last Call planned", "Then address the comments and we'll start a new RGLC.")
    ]
    assert stages["draft-irtf-nwcrg-coding-for-quic"] == []  # below no presenter's line


def test_a_heading_naming_a_draft_by_a_short_name_over_its_draft_and_slot_is_that_draft() -> None:
    found = read(
        "# HAPPY WG IETF 122\n\n## HEv3 Draft Discussion\n"
        "draft-pauly-happy-happyeyeballs-v3-00 Tommy Pauly, Nidhi Jaju, 35 minutes\n\n"
        "Eric: We should go to WGLC soon.\n\nLater, HEv3 was mentioned again.\n"
    )
    assert [(d.name, d.also, [s.kind for s in d.stages]) for d in found.documents] == [
        ("draft-pauly-happy-happyeyeballs-v3-00", ["HEv3", "HEv3 Draft"],
         ["WG Last Call planned"]),
    ]  # fmt: skip


def test_a_draft_alone_below_a_heading_but_for_a_remark_in_brackets_is_the_sections() -> None:
    found = read(
        "DNSOP WG at IETF 112\nNovember 11 and 12, 2021\n\nChairs discussion\n\n"
        "Guidance for NSEC3 parameter settings (nsec3.2), Wes Hardaker\n"
        "\tdraft-ietf-dnsop-nsec3-guidance  (new set of slides)\n"
        "\tPaulW: Don't think this should be in the document\n\t\tWes: This is history\n"
    )
    assert [d.name for d in found.documents] == ["draft-ietf-dnsop-nsec3-guidance"]


def test_a_draft_beside_a_long_remark_in_brackets_is_not_alone_below_its_heading() -> None:
    found = read(
        "# DNSOP WG\n\n## Chairs\n\nok\n\n## Guidance for NSEC3 parameter settings\n\n"
        "draft-ietf-dnsop-nsec3-guidance (slides are on the materials page, and the notes of the "
        "session are there too)\n\nPaulW: Don't think this should be in the document\n\n"
        "Wes: This is history\n"
    )
    assert [(d.name, d.subject_of) for d in found.documents] == [
        ("Guidance for NSEC3 parameter settings", [1]),
        ("draft-ietf-dnsop-nsec3-guidance", []),
    ]


def test_a_talks_title_runs_up_to_its_presenter_written_with_no_mark_before_the_time() -> None:
    found = read(
        "IETF 99\nPath Aware Networking Proposed RG (PANRG)\n\n"
        "A Decade of Path Awareness Olivier Bonaventure, 20 min\n"
        "=====================================================\n\nA look back.\n\n"
        "Path Aware Networking Research Overview, 10 min\n"
        "===============================================\n\nMore.\n\n"
        "Discussion\n==========\n\nOlivier: It's a hard point.\n\n"
        "Brian: The overview is a good start.\n"
    )
    assert [d.name for d in found.documents if d.discussed] == ["A Decade of Path Awareness"]


def test_a_talks_title_in_quotation_marks_credited_to_a_full_name_is_a_document() -> None:
    found = read(
        "# IETF 104 NWCRG Meeting minutes\n\n## 00- Welcome, administrative and general "
        "matters\n\nNB: three documents entered RFC Editor Queue.\n\n"
        '## 05- "Adding Forward Erasure Correction to '
        'QUIC" (François Michel)\n\nQ: How does it work?\nA: Well.\n\n'
        '## 06- "Coding for low latency" (Morten V. Pedersen)\n\nVideo needs low latency.\n\n'
        '## 07- "About RLC/TinyMT32 standardisation at TSVWG: a quick feedback" (Vincent Roca)'
        "\n\nIt went well.\n"
    )
    assert [(s.title, s.number) for s in found.sections] == [
        ("Welcome, administrative and general matters", 0),
        ("\"Adding Forward Erasure Correction to QUIC\"", 5), ("\"Coding for low latency\"", 6),
        ("\"About RLC/TinyMT32 standardisation at TSVWG: a quick feedback\"", 7),
    ]  # fmt: skip
    assert [d.name for d in found.documents] == [
        "Adding Forward Erasure Correction to QUIC", "Coding for low latency",
        "About RLC/TinyMT32 standardisation at TSVWG: a quick feedback",
    ]  # fmt: skip


def test_a_drafts_title_in_quotation_marks_within_a_heading_is_the_document() -> None:
    found = read(
        "# IETF 106 NWCRG Meeting\n\n#### 00- Welcome, administrative matters (Chairs)\n\n"
        '##### Situation of the "NC for CCN/NDN: requirements and challenges" I-D\n'
        "Not presented today.\nDave Oran (DO): I have got no feedback on the document.\n\n"
        "##### Situation of the RLNC I-Ds: what's next?\n\nNot presented today.\n"
        "Vincent Roca (VR): Should we adopt the document?\n"
        "MJM: Does anybody object to having this a RG Item document? (nobody disagrees)\n"
    )
    assert [d.name for d in found.documents] == [
        "NC for CCN/NDN: requirements and challenges", "RLNC I-Ds",
    ]  # fmt: skip


def test_the_groups_own_name_and_kinds_of_drafts_name_no_document_but_a_drafts_name_does() -> None:
    found = read(
        "# ASDF WG meeting minutes, IETF 110\n\n# ASDF Outreach\n\nAll ASDF notes are online.\n\n"
        "# ASDF status update (chairs)\n\n## SDF 1.1 -- Implementation Draft call for consensus"
        "\n\nHad call for consensus for implementation draft; concluded without objections.\n"
        "Michael Richardson (MCR): the draft reads well.\n\n"
        "* Recent draft updates incorporate feedback on SCMP.\n* WIP Draft update - Matthew\n\n"
        "Ben: But DEER draft is not designed to require this.\n"
    )
    assert found.meeting.group == "ASDF"
    assert [d.name for d in found.documents] == ["SDF 1.1", "DEER"]


def test_a_discussion_under_a_title_among_talks_is_a_talk_too() -> None:
    found = read(
        "# TLS at IETF 105\n\n## ESNI (see meeting materials)\n\nEkr: fine.\n\n"
        "## Connection ID\n\nMT - the quic work has looked at this.\n\nHannes - agreed.\n\n"
        "## cTLS (See meeting materials)\n\nEkr: compact.\n\n"
        "## Key separation\n\nShould there be key separation?\n\n"
        "## TLS MetaData for Load Balancers (see meeting materials)\n\nBen: yes.\n\n"
        "## Hybrid Key Exchange in TLS 1.3\n\nMT - candidate 2 please.\n"
    )
    assert [d.name for d in found.documents if d.discussed] == [
        "ESNI", "Connection ID", "cTLS", "TLS MetaData for Load Balancers",
        "Hybrid Key Exchange in TLS 1.3",
    ]  # fmt: skip


def test_a_title_marked_as_slides_or_crediting_anyone_among_talks_is_a_talk() -> None:
    found = read(
        "# HTTP\n\n## Cookies - Anne van Kesteren\n\nBrief recap. No questions.\n\n"
        "## QUERY - Julian Reschke\n\n- Julian R: fine.\n\n"
        "## Resumable Uploads - Marius Kleidl\n\n- Marius: done.\n\n"
        "## 10 min - HTTP Version Translation of the Capsule Protocol (slides)\n\nPresented.\n\n"
        "## Detecting Outdated Proxy Configuration - Yaroslav Rosomakho\n\n- Y: yes.\n\n"
        # a comment after a dash, no one's name, is no credit
        "## Open mic - Brief\n\nNothing.\n"
    )
    assert [d.name for d in found.documents] == [
        "Cookies", "QUERY", "Resumable Uploads", "HTTP Version Translation of the Capsule Protocol",
        "Detecting Outdated Proxy Configuration",
    ]  # fmt: skip


def test_a_full_name_after_a_dash_is_no_credit_where_few_sections_are_talks() -> None:
    found = read(
        "# HTTP\n\n## Cookies - Anne van Kesteren\n\nBrief recap. No questions.\n\n"
        "## Agenda\n\nBashed.\n\n## Milestones\n\nNone due.\n"
    )
    assert found.documents == []


def test_a_discussion_under_a_title_among_documents_is_of_one_too() -> None:
    found = read(
        "TLS at IETF 106\n\nExported Authenticators\n=======================\n\n"
        "Nick: This document has gone through last call reviews.\n\n"
        "Delegated Credentials\n=====================\n\n"
        "Nick: a proposal to add algorithm flexibility.\n\nMartin: I'm OK with this proposal.\n\n"
        "Batch Signing for TLS\n=====================\n\nDavid: Do you want to adopt this draft?\n\n"
        "Compact TLS 1.3\n===============\n\nEkr: the draft is small.\n\n"
        "Key Separation\n==============\n\nEkr: see draft-ietf-tls-esni.\n\n"
        "Open Mic\n========\n\nall fine.\n"
    )
    assert [d.name for d in found.documents if d.subject_of] == [
        "Exported Authenticators", "Delegated Credentials", "Batch Signing for TLS",
        "Compact TLS 1.3",
    ]  # fmt: skip


def test_the_word_slides_after_a_talks_title_is_no_part_of_its_name() -> None:
    found = read(
        "# QUIC WG\n\n### WG Items\n\n#### 40 min - Open issues, updates to multipath QUIC. "
        "slides\n\nMirja: the draft is nearly done.\n\n"
        "## An Internet For Users Again [slides](https://example.org/lazanski.pptx)\n\n"
        "Joanne: the draft is about users.\n"
    )
    assert [d.name for d in found.documents if d.discussed] == [
        "multipath QUIC",
        "An Internet For Users Again",
    ]


def test_a_heading_over_documents_states_its_stage_of_each_section_under_it() -> None:
    found = read(
        "# IPPM IETF 109\n\n## Open Calls for Adoption\n\n### draft-smith-ippm-foo\n\n"
        "Alice: good. The draft was adopted last week.\n\n### draft-jones-ippm-bar\n\n"
        "Bob: fine.\n\n### Connectivity Monitoring\n\nBob: useful.\n\n"
        "# Overview of draft-05\n\n## Common framing\n\nBob: the draft is good.\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("draft-smith-ippm-foo", [("call for adoption", "Open Calls for Adoption"),
                                  ("adopted", "Alice: good. The draft was adopted last week.")]),
        ("draft-jones-ippm-bar", [("call for adoption", "Open Calls for Adoption")]),
        ("Connectivity Monitoring", [("call for adoption", "Open Calls for Adoption")]),
        ("Common framing", []),
    ]  # fmt: skip


def test_a_presenters_full_name_in_emphasis_with_links_after_it_makes_a_talk() -> None:
    found = read(
        "# ICCRG IETF 124\n\n## Congestion Notification for Multi-Resource Allocation Control"
        "\n\n_Mario Patetta_, [slides](https://example.org/slides-124-iccrg-cn-00)\n\n"
        "Mario Patetta presented information about resource allocation.\n"
    )
    assert [d.name for d in found.documents if d.discussed] == [
        "Congestion Notification for Multi-Resource Allocation Control"
    ]


def test_a_drafts_name_with_capitals_after_its_words_in_lower_case_is_one_name() -> None:
    found = read(
        "# ADD WG\n\n## Updates\n\n### Draft-pauly-add-DEER\n\nTommy Pauly presented. "
        "Acknowledged draft has been adopted.\n\n* [Slides](https://example.org/"
        "draft-pauly-add-deer-Interim012021.pdf)\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("Draft-pauly-add-DEER", ["adopted"])
    ]


def test_the_charter_is_one_document_named_charter_called_as_the_minutes_write_it() -> None:
    found = read(
        "# HTTPAPI WG IETF 109\n\n## Agenda bash\n\nMark: this is about rechartering later.\n\n"
        "## Describing how the Charter for this group works\n\nRich: every working group has "
        "a charter.\n\nMark: we did the drafts here.\n"
    )
    assert [(d.name, d.also, d.discussed) for d in found.documents] == [
        ("charter", ["rechartering"], True)  # every way the minutes write it
    ]
    found = read("# WG\n\n## Status\n\nBob: might need a Recharter.\n")
    assert [(d.name, d.also) for d in found.documents] == [("charter", ["Recharter"])]
    found = read(
        "# HTTP WG Minutes - IETF 115\n\n## Proxies\n\nBS: Could this fit in the MASQUE "
        "recharter?\n\nDS: The goal of the new charter at MASQUE is not that.\n"
    )
    assert found.documents == []  # another group's charter
    found = read("# ALTO WG\n\n## MASQUE charter update\n\nAnn: fine.\n\nWG Recharter: soon.\n")
    assert [(d.name, d.also) for d in found.documents] == [("charter", ["Recharter"])]


@pytest.mark.parametrize(
    ("line", "called"),
    [
        ("Eric presented the agreed charter.", ["agreed charter"]),
        ("The charter has been updated since the last meeting.", []),
        ("Sean T: We'll need to change the charter for this.", []),
        ("* Bobo: Charter review", []),
        ("- charter reminder", []),
        ("Update the GitHub with the proposed charter changes.", ["proposed charter"]),
        ("Don't want to relitigate the charter.", []),
    ],
)
def test_the_charter_is_discussed_where_prose_acts_on_it(line: str, called: list[str]) -> None:
    found = read(f"# ZEBRA WG\n\n## Status\n\n{line}\n")
    assert [(d.name, d.also) for d in found.documents] == [("charter", called)]


@pytest.mark.parametrize(
    "line",
    [
        "Glenn: That use case is out of scope of our current charter.",
        "Chair: websockets not in scope of charter.",
        "Need more attention on the applicability statement charter item.",
        "Eric: Not sure if the current framing is within charter.",
        "Ann: the MASQUE charter update is not ours.",
    ],
)
def test_the_charter_as_a_scope_or_another_groups_is_not_discussed(line: str) -> None:
    assert read(f"# ZEBRA WG\n\n## Status\n\n{line}\n").documents == []


def test_a_stage_or_decision_naming_the_charter_is_of_the_sections_draft() -> None:
    minutes = (
        "# WEBTRANS WG\n\n## draft-ietf-webtrans-http2\n\nDavid S: Checking charter, it "
        "doesn't prohibit this; when we adopted the document the scope was h2. We could "
        "change the charter.\n\nConsensus: Appropriate for wg. Would require a charter update.\n"
    )
    found = read(minutes)
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-webtrans-http2", ["adopted"]),
        ("charter", []),
    ]
    decided = transcribe(found, minutes).transcription.sections[-1].decisions
    assert [(d.text, d.document) for d in decided] == [
        ("Consensus: Appropriate for wg. Would require a charter update.",
         "draft-ietf-webtrans-http2")
    ]  # fmt: skip


def test_a_draft_named_by_the_end_of_its_name_is_that_draft_or_one_of_its_own() -> None:
    found = read(
        "# CORE WG IETF 125\n\n## Status\n\ndraft-ietf-core-comi-14 was discussed.\n\n"
        "-core-comi, -yang-library and -oscore-groupcomm are waiting for shepherd write-up.\n\n"
        "-groupcomm-proxy is pending WG adoption call.\n\n-comi: Authorship changes.\n\n"
        "Use the -o option, or -v, with e.g. /.well-known/core or -ready.\n\n"
        "draft-ietf-core-groupcomm-bis is in WGLC; RFC7807bis is done, but its -bis is not.\n"
    )
    assert {d.name: d.also for d in found.documents} == {
        "draft-ietf-core-comi-14": ["-core-comi", "-comi"], "-yang-library": [],
        "-oscore-groupcomm": [], "-groupcomm-proxy": [], "draft-ietf-core-groupcomm-bis": [],
        "RFC7807bis": [],
    }  # fmt: skip


def test_a_drafts_short_name_without_its_dash_is_the_draft_it_ends() -> None:
    found = read(
        "# CORE WG IETF 125\n\n## Status\n\n* draft-ietf-core-sid-14\n\n"
        "IESG Processing: core-sid\n\nCB: Got feedback on core-sid from the IESG; quic-go "
        "and quic-href are not drafts named here.\n"
    )
    assert [(d.name, d.also, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-core-sid-14", ["core-sid"],
         [("submitted to the IESG", "IESG Processing: core-sid")]),
    ]  # fmt: skip


def test_a_short_name_opening_with_the_meetings_group_on_a_line_about_documents_is_one() -> None:
    found = read(
        "# ZEBRA WG IETF 125\n\n## Status\n\nCB: 4 documents, of which 2 in last call, i.e. "
        "zebra-stripes and zebra-hoofs-bis.\n\n* More interop: between zebra-go and quicly.\n\n"
        "We need to know which of the zebra-application drafts are ready.\n"
    )
    assert [d.name for d in found.documents] == ["zebra-stripes", "zebra-hoofs-bis"]


def test_a_stage_is_of_the_documents_its_clause_names_and_a_revision_of_its_clause_alone() -> None:
    found = read(
        "# CORE WG IETF 125\n\n## draft-ietf-core-groupcomm-bis\n\nMT: -core-comi is waiting "
        "for\nshepherd write-up; -core-href is in\nWGLC; -dns-over-coap had an adoption call.\n\n"
        "MT (p7): Plan to "
        "submit version -08 once received further comments; Francesca recommended to request "
        "publication together with -core-oscore-groupcomm.\n"
    )
    assert {d.name: [s.kind for s in d.stages] for d in found.documents} == {
        "draft-ietf-core-groupcomm-bis": ["revision expected"],
        "-core-comi": ["waiting for write-up"], "-core-href": ["in WG Last Call"],
        "-dns-over-coap": ["call for adoption"], "-core-oscore-groupcomm": [],
    }  # fmt: skip


def test_a_stage_in_an_item_below_a_document_named_alone_is_that_documents() -> None:
    found = read(
        "# DNSOP WG\n\n## Chairs Actions\n\n* [draft-sury-toorop-dnsop-server-cookies]\n"
        "    - adopted, needs a small revision\n\n* [draft-ietf-dnsop-7706bis]\n"
        "    - Needs one more update, ready for WGLC in September\n\n"
        "* [draft-sah-resolver-information]\n    - Issue Call for Adoption\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("draft-sury-toorop-dnsop-server-cookies", ["adopted"]),
        ("draft-ietf-dnsop-7706bis", ["WG Last Call planned"]),
        ("draft-sah-resolver-information", ["call for adoption"]),
    ]
    assert found.documents[2].stages[0].quote == (
        "[draft-sah-resolver-information] - Issue Call for Adoption"
    )


def test_a_stage_in_a_paragraph_indented_below_a_documents_line_is_that_documents() -> None:
    found = read(
        "# DNSOP WG\n\n## Session I\n\ndraft-ietf-dnsop-refuse-any, Joe Abley\n"
        "        Thinks it's ready to go\n\n        Tim: one-week WG Last Call coming soon\n\n"
        "draft-ietf-dnsop-dns-capture-format, Jim Hague\n\n        Tim: You are deployed at some "
        "root servers?\n\n                Jim: Yes, using the -03 draft\n\n"
        "        Tim: Will go to WG Last Call soon\n\nWG update, Suzanne and Tim\n\n"
        "        Tim: WGLC currently planned for mid-april 2018\n\n"
        "* draft-ietf-dnsop-aname, Evan Hunt\n\n    * Some issues; WGLC is scheduled.\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-dnsop-refuse-any",
         [("WG Last Call planned", "Tim: one-week WG Last Call coming soon")]),
        ("draft-ietf-dnsop-dns-capture-format",
         [("WG Last Call planned", "Tim: Will go to WG Last Call soon")]),
        ("draft-ietf-dnsop-aname",
         [("WG Last Call planned", "Some issues; WGLC is scheduled.")]),  # an item below it
    ]  # fmt: skip


def test_a_stage_in_a_paragraph_below_an_item_titled_by_a_document_is_that_documents() -> None:
    found = read(
        "# HTTPAPI WG\n\n## WG Document Presentations\n\n"
        "- The Idempotency-Key HTTP Header Field\nOne open issue, #21, about structured fields.\n\n"
        "Justin: UUIDs as binary seems weird to me.\n\n"
        "**To be confirmed on the list.** Have another draft, then go to WGLC by end of April.\n\n"
        "- Rate Limit Headers\nLatest draft merges three headers into one.\n\n"
        "## Next Steps\n\nWe will start WGLC soon.\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("The Idempotency-Key HTTP Header Field",
         [("WG Last Call planned", "Have another draft, then go to WGLC by end of April.")]),
        ("Rate Limit Headers", []),
    ]  # fmt: skip


def test_a_stage_in_a_paragraph_below_an_item_linking_a_title_to_a_draft_is_that_drafts() -> None:
    found = read(
        "# DPRIVE WG\n\n### Current Working Group Business\n\n"
        "*   [Specification of DNS over Dedicated QUIC Connections]"
        "(https://datatracker.ietf.org/doc/draft-ietf-dprive-dnsoquic/)  \n"
        "    - Requester: Dickinson\n    - Time Requested:  20m\n\n"
        "Martin Thomson (MT): Is a single ALPN used?\nSara Dickinson (SD): Yes.\n\n"
        "SD: We want an initial round of review, and if mostly minor would look to move to WGLC "
        "at that time.\n\n"
        "*   [Recursive to Authoritative DNS with Unauthenticated Encryption]"
        "(https://datatracker.ietf.org/doc/draft-ietf-dprive-unauth-to-authoritative/)\n"
        "    - Requester: Hoffman\n\n"
        "PH: Agree.\n\n"
        "* [DNS over QUIC](https://datatracker.ietf.org/doc/draft-ietf-dprive-xfr/)\n"
        "* [DNS over TLS](https://datatracker.ietf.org/doc/draft-ietf-dprive-dot/)\n\n"
        "We will start a WGLC soon.\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-dprive-dnsoquic",
         [("WG Last Call planned", "SD: We want an initial round of review, and if mostly minor "
           "would look to move to WGLC at that time.")]),
        ("draft-ietf-dprive-unauth-to-authoritative", []),
        ("draft-ietf-dprive-xfr", []),  # a list of links: the last heads nothing below it
        ("draft-ietf-dprive-dot", []),
    ]  # fmt: skip
    assert [p.name for p in found.people] == ["Martin Thomson", "Sara Dickinson", "PH"]


def test_a_talks_remark_that_it_updates_a_draft_makes_its_notes_no_titles() -> None:
    found = read(
        "# COIN RG\n\n## Drafts Presentations\n\n"
        "### Joerg Ott: Directions for Computing (draft update) (15 minutes)\n"
        "* https://datatracker.ietf.org/doc/draft-kutscher-coinrg-dir/\n"
        "- Some thoughts on computing \u2013 looking at code and its provisioning\n"
        "- Compute classes \u2013 stateless fns, stateful actors, data\n\n"
        "## WG Documents (status)\n\n- Rate Limit Headers\nLatest draft merges three headers.\n"
    )
    assert [d.name for d in found.documents] == ["draft-kutscher-coinrg-dir", "Rate Limit Headers"]


def test_an_item_titling_a_talk_and_its_presenter_is_a_document_and_heads_the_notes_below() -> None:
    found = read(
        "# HTTPAPI WG\n\n## Proposed WG Documents\n\n"
        "- Link relationship types for authentication; Evert Pot\nDefined four link types.\n\n"
        "MNot: I support adoption.\n\n"
        "**Strong consensus to adopt; to be confirmed on the list.**\n\n"
        "- Byte Range Patch; Austin William Wright\nSee slides.\n\n"
        "MNot: There is an RFC for indefinite-length Content-Range.\n\n"
        "- Caching notes; see the slides\nNo time.\n\n"
        "- Rate Limit Headers - Roberto Polli\nSome PRs.\n\n- Caching - see the slides\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("Link relationship types for authentication",
         [("call for adoption", "**Strong consensus to adopt; to be confirmed on the list.**")]),
        ("Byte Range Patch", []),
        ("Rate Limit Headers", []),
    ]  # fmt: skip


def test_sections_under_a_days_heading_of_extensions_and_proposals_are_documents() -> None:
    talks = "### Variants\n\nRoy: Why?\n\n### Client Hints\n\nMT: We have reservations.\n"
    found = read(f"# HTTP WG\n\n## Thursday - Extensions and Proposals\n\n{talks}")
    assert [d.name for d in found.documents] == ["Variants", "Client Hints"]
    # one talk called "Extensions", and a proposal's topics, are no documents of their own
    found = read(f"# MLS WG\n\n## Extensions - Raphael Robert (30min)\n\n{talks}")
    assert [d.name for d in found.documents] == ["Extensions"]
    found = read(f"# WISH WG\n\n# Extensions Proposal (Adam R.)\n\n{talks}")
    assert [d.name for d in found.documents] == []


def test_a_stage_in_a_paragraph_below_an_agenda_slot_in_a_list_is_the_slots_document() -> None:
    found = read(
        "# HTTP WG at IETF 119\n\n## Active Drafts\n\n"
        "* 10 min - [Cache Groups](https://datatracker.ietf.org/doc/draft-ietf-httpbis-cache-"
        "groups/) - Mark Nottingham\n\n"
        "Mark Nottingham: Straightforward, there is implementation experience.\n\n"
        "Mark: Otherwise, I think we're pretty much ready for WGLC, interested in opinions.\n\n"
        "* 5 min - [Zstandard Window Sizing](https://datatracker.ietf.org/doc/draft-jaju-"
        "httpbis-zstd-window-size/) - Nidhi Jaju\n\n"
        "Martin Thomson: It's small. I think we should go straight to WGLC for this.\n\n"
        "* Cookies\n\nMark: We should start WGLC next week.\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-httpbis-cache-groups", [("ready for WG Last Call",
          "Mark: Otherwise, I think we're pretty much ready for WGLC, interested in opinions.")]),
        ("draft-jaju-httpbis-zstd-window-size",
         [("WG Last Call planned", "I think we should go straight to WGLC for this.")]),
    ]  # fmt: skip


def test_a_paragraph_under_a_heading_of_documents_opening_with_a_title_and_a_dash_is_its() -> None:
    found = read(
        "# HTTPAPI at IETF 121\n\n## Documents\n\nPrivacy (exposing API keys via HTTP) -- Mike "
        "Bishop. Want to focus on deployment.\n\nMarius: Keys expire.\n\nPatch-byterange -- Austin via "
        "email: been busy and travelling.\n\nSergio goes over updates from the spec -- see "
        "slides.\n\nSergio: thanks.\n\n## Expired documents\n\n- authentication link -- got "
        "SECDIR review\n- why only in a draft form -- why not in an RFC?\n\n"
        "## Any other business\n\nLunch -- at noon.\n"
    )
    # A line that asks names no document.
    assert [d.name for d in found.documents] == [
        "Privacy (exposing API keys via HTTP)", "Patch-byterange", "authentication link"
    ]  # fmt: skip
    assert [p.name for p in found.people] == ["Marius", "Sergio"]


def test_an_item_opening_with_a_drafts_short_name_is_its_and_so_are_the_items_below() -> None:
    found = read(
        "# HTTPAPI at IETF 123\n\n## Documents ready to move to WGLC?\n\n"
        "- ratelimit-headers (Darrel); minor reference change since last meeting.\n"
        "    - Mike: hearing that people want this.\n"
        "    - *Chairs to issue WGLC and nudge WG members to **Read** this doc*\n\n"
        "- authentication-link\n    - Been expired for awhile\n\n"
        "## Next Steps\n\n- we will meet again, in-person\n    - *Chairs to start WGLC*\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("ratelimit-headers", [("WG Last Call planned",
          "*Chairs to issue WGLC and nudge WG members to **Read** this doc*")]),
        ("authentication-link", []),
    ]  # fmt: skip


def test_a_headings_title_ends_at_a_semicolon_before_its_short_name_and_presenter() -> None:
    found = read(
        "# HTTPAPI at IETF 115\n\n## YAML mediatype; yaml-mediatypes Roberto Polli\n\n"
        "Roberto: in WGLC, media type people gave positive feedback.\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("YAML mediatype", ["in WG Last Call"])
    ]


def test_a_stage_below_a_list_item_of_a_drafts_link_alone_is_that_drafts() -> None:
    found = read(
        "# QUIC WG\n\n## Drafts\n\nDiscuss the input documents for adoption:\n\n"
        "* [draft-hamilton-quic-transport](https://example.org/a)\nSee: slides-97-quic-00.pdf\n\n"
        "Spencer asked how many have read the draft.\n\n"
        "A strong consensus for WG adoption (in person and in jabber).\n\n"
        "* [draft-shade-quic-http2-mapping](https://example.org/b)\nSee: slides-97-http2-00.pdf\n\n"
        "Martin Thomson commented, that he rather see an adopted document.\n\n"
        "* Brian Trammel, [draft-trammell-plus-statefulness](https://example.org/c)\n\n"
        "A strong consensus for WG adoption.\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("draft-hamilton-quic-transport",
         [("adopted", "A strong consensus for WG adoption (in person and in jabber).")]),
        ("draft-shade-quic-http2-mapping", []),
        ("draft-trammell-plus-statefulness", []),
    ]  # fmt: skip


def test_a_stage_in_a_list_below_a_line_of_a_documents_name_alone_is_that_documents() -> None:
    found = read(
        "# HTTP WG\n\n## Agenda\n\n"
        "* 15 min - [Unprompted Authentication](https://example.org/draft-ietf-httpbis-unprompted"
        "-auth) - David Schinazi\n\n## Notes\n\nUnprompted authentication\n"
        "- Since Prague, have 4 independent implementations.\n- Defining a new field.\n"
        "- Mike Bishop disagrees it's similar to client certs.\n- Jonathan likes the name.\n"
        "- Other than the name, mainly just editorial work to do, then WG last call.\n\n"
        "Some notes on cookies\n- Almost ready for WG last call.\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-httpbis-unprompted-auth", [("WG Last Call planned",
          "Other than the name, mainly just editorial work to do, then WG last call.")]),
    ]  # fmt: skip


def test_a_talks_slot_may_say_where_its_presenter_is_and_that_it_is_a_paper() -> None:
    found = read(
        "# ICCRG at IETF 126\n\n## Testing Congestion Control and Queue Management Mechanisms, "
        "Mohit Tahiliani, on-site, 15 minutes\n\nMohit: ns-3.\n\n## Managing Congestion Control "
        "Heterogeneity, paper, Ayush Mishra, remote, 20 minutes\n\nAyush: isolation.\n"
    )
    assert [d.name for d in found.documents] == [
        "Testing Congestion Control and Queue Management Mechanisms",
        "Managing Congestion Control Heterogeneity",
    ]


def test_a_heading_of_a_short_name_or_over_issues_by_number_is_a_documents() -> None:
    found = read(
        "# HTTP WG at IETF 124\n\n## connect-tcp\n\nBenS: the last open PR.\n\n"
        "## Resumable Uploads for HTTP\n\nIssues follow:\n\n### 3270 - retrieving lost "
        "responses\n\nAlanF: curious.\n\n## Hallway Discussions\n\nAlanF: lunch.\n\n"
        "## wrap-up\n\nTommyP: thanks.\n"
    )
    assert [(d.name, d.subject_of) for d in found.documents] == [
        ("connect-tcp", [0]),
        ("Resumable Uploads for HTTP", [1, 2]),
    ]
    linked = read(
        "# HTTP WG\n\n## HTTP Core\n\n### [Github Issue 138](https://github.com/x/issues/138)"
        "\n\nMark: fine.\n\n### Github Issue 45\n\nThe draft needs a section on this.\n"
    )
    assert [(d.name, d.subject_of) for d in linked.documents] == [("HTTP Core", [0, 1, 2])]


def test_a_talk_below_a_talk_is_its_own_but_below_a_draft_a_topic_of_the_draft() -> None:
    found = read(
        "# QUIC\n\n## Multipath QUIC (Mirja Kühlewind)\n\nMirja: path ids.\n\n"
        "### 5 min - QUIC on Streams (Kazuho Oku)\n\nKazuho: TCP.\n\n"
        "#### Is the WG interested in adopting this?\n\n12 Yes, 13 No\n\n"
        "# draft-ietf-mls-protocol (Richard Barnes)\n\nRichard: changes.\n\n"
        "## Tree Signing (Benjamin Berdouche)\n\nBenjamin: sign the tree.\n"
    )
    assert [(d.name, d.subject_of) for d in found.documents] == [
        ("Multipath QUIC", [1]),
        ("QUIC on Streams", [2, 3]),
        ("draft-ietf-mls-protocol", [4, 5]),
    ]


def test_a_heading_crediting_its_presenter_after_its_title_is_a_talks_document() -> None:
    found = read(
        "# HTTPBIS at IETF 118\n\n## Brian Trammell (ETH) -- Intraflow Diagnostics\n\n"
        "Brian: a bit.\n\n## **Preliminaries** -- _Chairs_ (15 minutes)\n\nChairs: hi.\n\n"
        "## Topics from the T2TRG meeting (Christian Amsuess)\n\nChristian: see slides.\n\n"
        "### Cache Groups - Mark Nottingham\n\nMark: groups of responses.\n\n"
        "### Streaming Bundles - J. Yasskin\n\nNo questions.\n\n"
        "## ECH update by Mark\n\nShip it.\n\n"
        "# User Authentication in a Group (Britta Hale)\n\nBritta: the model.\n\n"
        "### Throttle policies (Kyriakos Zarifis)   {#throttle-policies-kyriakos-zarifis}\n\n"
        "Kyriakos: Agreed.\n"
    )
    assert [d.name for d in found.documents] == [
        "Cache Groups", "Streaming Bundles", "ECH", "User Authentication in a Group",
        "Throttle policies",
    ]  # fmt: skip


def test_the_items_under_a_heading_of_one_draft_or_document_are_no_titles() -> None:
    found = read(
        "# IPPM\n\n## draft-ietf-ippm-ioam-data-integrity\n\n- status-06\n- Header protection\n"
        "- Question for WG\n\n## Architecture document\n\n- why only in a draft form -- why "
        "not in an RFC?\n- non-goal: covering all use cases\n"
    )
    assert [d.name for d in found.documents] == [
        "draft-ietf-ippm-ioam-data-integrity",
        "Architecture",
    ]


def test_a_draft_listed_under_a_heading_of_drafts_is_one_document() -> None:
    found = read(
        "# TSVWG\n\n## 1: WG Status and draft updates - Chairs\n\nDrafts beyond WGLC:\n"
        "* draft-ietf-tsvwg-ecn-encap-guidelines (Writeup Needed) Document Shepherd: David\n"
        "* draft-ietf-tsvwg-rfc6040update-shim (Writeup Needed) Document Shepherd: David\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-tsvwg-ecn-encap-guidelines", ["waiting for write-up"]),
        ("draft-ietf-tsvwg-rfc6040update-shim", ["waiting for write-up"]),
    ]


def test_a_heading_pointing_to_its_slides_is_a_talks_document() -> None:
    found = read(
        "# TLS at IETF 105, Thursday\n\n## cTLS (See meeting materials)\n\nEkr: iot use cases."
        "\n\n## Key separation\n\nEkr: check for space.\n\n"
        "## TLS MetaData for Load Balancers (see slides)\n\nStephen: is it new?\n"
    )
    assert [d.name for d in found.documents] == ["cTLS", "TLS MetaData for Load Balancers"]


def test_a_heading_over_a_summary_of_changes_since_the_last_version_is_a_documents() -> None:
    found = read(
        "# TLS at IETF 105, Thursday\n\n## ESNI\n\nSummary of changes since last version and"
        " open issues (see materials)\n\nEkr: why respond at all?\n\n## Key separation\n\n"
        "Ekr: changes since then are small.\n"
    )
    assert [d.name for d in found.documents] == ["ESNI"]


def test_a_stage_in_a_list_item_takes_the_document_an_item_above_names_alone() -> None:
    found = read(
        "# DPRIVE interim\n\n* DNS Privacy Considerations\n     - draft-ietf-dprive-rfc7626-bis\n"
        "     - Authors\n     - Resolve WGLC comments\n\nSara Dickson: All issues closed.\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        (
            "draft-ietf-dprive-rfc7626-bis",
            [
                (
                    "in WG Last Call",
                    "draft-ietf-dprive-rfc7626-bis - Authors - Resolve WGLC comments",
                )
            ],
        )
    ]


def test_a_stage_naming_no_document_is_of_the_one_its_item_names_before_it() -> None:
    found = read("# LISP WG\n\n## Activity on Relevant non-WG Documents\n\n- **LISP Impact "
                 "(http://tools.ietf.org/html/draft-saucez-lisp-impact):** Authors asked to make "
                 "the document a WG item and there was rough consensus in the room to adopt the "
                 "document.\n\n- **Two**: draft-a-zebra-one was presented to the room at some "
                 "length, then draft-a-zebra-two was. There were many comments on both of them "
                 "from the floor. The document was adopted.\n")  # fmt: skip
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("draft-saucez-lisp-impact", ["adopted"]),
        ("draft-a-zebra-one", []),
        ("draft-a-zebra-two", []),
    ]


@needs_shared
def test_a_link_in_a_heading_names_the_subject_and_its_text_is_called() -> None:
    found = read_file(MINUTES / "quic" / "ietf110.md")
    t = transcribe(found, "ietf110.md").transcription
    named = {d.name: (d.called, d.state) for d in t.documents}
    assert named["draft-ietf-quic-load-balancers"] == (["QUIC-LB"], "WG document")
    assert named["draft-ietf-quic-applicability"] == (["applicability"], "In WG Last Call")
    assert named["draft-thomson-quic-bit-grease"] == (
        ["QUIC bit greasing"],
        "Candidate for adoption",
    )
    assert named["invariants"] == ([], "With the RFC Editor")
    assert named["Core docs"] == ([], "Approved by the IESG")
    assert named["timestamp"] == (["the timestamp draft"], "Named in the minutes")
    assert named["charter"] == (["Recharter", "new charter"], "Named in the minutes")


@needs_shared
def test_a_decision_at_a_sections_end_is_none_of_the_next_sections_documents() -> None:
    found = read(
        "# CCWG\n\n## 5033bis - draft-ietf-ccwg-rfc5033bis\n\nMartin: Filed an issue.\n\n"
        "Reese: Who has read the draft? Show of hands:\nYes: 12\nNo: 12\n\n"
        "## Rate-Limited - draft-welzl-ccwg-ratelimited-increase\n\nGorry: Motivation.\n"
    )
    assert [d.documents for d in found.decisions] == [[]]
    transcribed = transcribe(found, "x.md").transcription
    assert [d.document for d in transcribed.sections[0].decisions] == ["draft-ietf-ccwg-rfc5033bis"]


def test_a_streams_name_alone_names_no_draft_but_an_authors_does() -> None:
    found = read(
        "# IPPM WG\n\n## Enhanced SRPM\n\nXiao Min pointed out that the filename is "
        "draft-gandhi-spring-enhanced-srpm, not draft-ietf as shown in the slides.\n\n"
        "Xiao: The draft-ietf-* ones are fine; see draft-deconinck.\n"
    )
    assert [d.name for d in found.documents] == [
        "draft-gandhi-spring-enhanced-srpm", "draft-deconinck"
    ]  # fmt: skip


def test_a_body_or_a_streams_document_names_no_document_but_a_topics_does() -> None:
    found = read(
        "# DNSOP\n\n## Registry\n\nEliot Lear: From the ISE perspective, this is fine. An ISE "
        'draft may say "remove that old ISE document"; an IRTF document, an IAB draft too.\n\n'
        "MN: Proposal to cut down scope of section in Vocab document.\n"
    )
    assert [d.name for d in found.documents] == ["Vocab"]


def test_documents_cited_in_passing_are_references() -> None:
    t = transcribe(read_file(MINUTES / "quic" / "interim-20-10.md"), "x.md").transcription
    assert [r.name for r in t.references] == [
        "draft-ietf-rtgwg-enterprise-pa-multihoming-12",
        "RFC8890",
    ]
    assert [d.name for d in t.documents] == [
        "IP-CONNECT", "Draft-deconinck", "draft-an-multipath-quic-00",
        "draft-deutschmann-sat-ter-multipath-00",
    ]  # fmt: skip


@needs_shared
def test_administrative_sections_have_no_subject_and_issues_are_their_documents() -> None:
    found = read_file(MINUTES / "quic" / "ietf104.md")
    assert [(d.name, d.subject_of) for d in found.documents if d.discussed] == [
        ("Discarding Old Keys", [4]),  # "#### Discarding Old Keys - Martin Thomson": a talk
        ("Recovery", [5]),
        ("Transport", list(range(8, 23))),  # "### Transport Issues" and its "#### 2528, ..."
    ]


@needs_shared
def test_a_heading_of_one_documents_issues_names_it() -> None:
    found = read_file(MINUTES / "httpwg" / "ietf75.txt")
    assert [(d.name, d.subject_of) for d in found.documents if d.discussed] == [
        ("httpbis*-07", [1]),
        ("security", [2]),
        ("SCTP on HTTP", [6]),
    ]


@needs_shared
def test_every_minutes_file_reads_no_common_word_as_a_document() -> None:
    common = {"no", "get", "think", "mp", "vn", "should", "please", "draft", "the"}
    for path in sorted(MINUTES.glob("*/*")):
        if path.suffix in (".md", ".txt") and path.name != "README.md":
            names = {d.name.casefold() for d in read_file(path).documents}
            assert not names & common, path.name


def test_stage_phrases_in_rfc_6174_words() -> None:
    assert stages_of("Adopted last time.") == [("adopted", "Adopted last time.")]
    assert stages_of("Version -19 of draft-ietf-core-comi is out.") == [
        ("new revision", "Version -19 of draft-ietf-core-comi is out.")
    ]
    assert stages_of("The draft is out of scope.") == []
    assert stages_of("RFC 9100 published.") == [("published", "RFC 9100 published.")]
    assert stages_of("As RFC 9000 published in 2021 says, no.") == []
    assert stages_of("MT: Ready for 2nd WGLC. In parallel, test vectors.") == [
        ("ready for WG Last Call", "MT: Ready for 2nd WGLC. In parallel, test vectors.")
    ]
    assert stages_of("Sanjay presents 01 to 02 changes, a substantial rewrite.") == [
        ("new revision", "Sanjay presents 01 to 02 changes, a substantial rewrite.")
    ]
    assert stages_of("CB: draft-ietf-core-senml-data-ct-03 updated with clarifications.") == [
        ("new revision", "CB: draft-ietf-core-senml-data-ct-03 updated with clarifications.")
    ]
    assert stages_of("We went from 3 to 5 changes.") == []
    assert stages_of("CG (p3-4): Updates in the latest version, also based on review.") == [
        ("new revision", "CG (p3-4): Updates in the latest version, also based on review.")
    ]
    assert stages_of("Sean as presenter: -06 dropped today") == [
        ("new revision", "Sean as presenter: -06 dropped today")
    ]
    assert stages_of("In -07 the member shrinks the tree. -08 dropped. Need to restore it.") == []
    assert stages_of("MT: Then we can have WG Last Call, possibly on a revised version.") == [
        (
            "WG Last Call planned",
            "MT: Then we can have WG Last Call, possibly on a revised version.",
        )
    ]
    assert stages_of("Richard uploaded a new version of the draft.") == [
        ("new revision", "Richard uploaded a new version of the draft.")
    ]
    for said in ("RY: targeting sending a new version today.", "Upload of new version soon",
                 "A new version is target to be uploaded in this week",
                 "Will upload the new version before Friday for others to review."):  # fmt: skip
        assert stages_of(said) == [("revision expected", said)]
    said = "Kai and Lachlan have replied to WGLC reviews. Waiting for feedback"
    assert stages_of(said) == [("in WG Last Call", said)]
    for said in (
        "Qin: Request review after the interim meeting. Issue WGLC.",
        "[QW] Goal for next IETF meeting for transport should be working group last call",
        "CB: Next is starting WG last call. We will start that.",
        "Next steps: WGLC",
    ):
        assert stages_of(said) == [("WG Last Call planned", said)]
    assert stages_of("Did anyone issue WGLC?") == []
    # a registration policy of RFC 8126 named, no approval
    assert stages_of('Option numbers in that range are "IETF Review or IESG Approval"') == []
    said = "wood: interested in a call for adoption of this draft for pearg."
    assert stages_of(said) == [("candidate for adoption", said)]
    said = '2018-06: publication of RFC 8406, "NC Taxonomy"'
    assert stages_of(said) == [("published", said)]
    said = "RG LC remains to be done but I-D has already been carefully reviewed"
    assert stages_of(said) == [("WG Last Call planned", said)]
    said = "no Tetrys RFC: an I-D initiated but never finalized"
    assert stages_of(said) == [("dead", said)]
    assert stages_of("We never finished the discussion of the document.") == []
    # a phrase wrapped across lines, as hard-wrapped minutes write it
    assert stages_of("MT: On list first. Then we will start WG Last\nCall on it.") == [
        ("WG Last Call planned", "MT: On list first. Then we will start WG Last\nCall on it.")
    ]
    said = "-comi: changes; ongoing, will likely have a\n  new WGLC"  # the next line indented
    assert stages_of(said) == [("WG Last Call planned", said)]
    assert stages_of("ED: Update in -05: Removal of Multi-ETag, using ETag.") == [
        ("new revision", "ED: Update in -05: Removal of Multi-ETag, using ETag.")
    ]
    assert stages_of("JJ: Asking WG adoption show-of-hands. 9 raised, 1 not-raised.") == [
        ("call for adoption", "JJ: Asking WG adoption show-of-hands. 9 raised, 1 not-raised.")
    ]
    assert stages_of("suggest: WGLC now") == [("WG Last Call planned", "suggest: WGLC now")]
    assert stages_of("Ready for submission to IESG") == [
        ("waiting for write-up", "Ready for submission to IESG")
    ]
    assert stages_of("I think we're getting ready for WG last call") == [
        ("ready for WG Last Call", "I think we're getting ready for WG last call")
    ]
    assert stages_of("Needs one more update, ready for WGLC in September") == [
        ("WG Last Call planned", "Needs one more update, ready for WGLC in September")
    ]
    assert stages_of("Chairs will make adoption call on the list") == [
        ("candidate for adoption", "Chairs will make adoption call on the list")
    ]  # a call to come: a candidate until the call is issued (RFC 7221)
    for said in (
        "then we can do adoption poll in PCE.",
        "authors requested adoption call",
        "Chairs Action: schedule call for adoption (same action as from ietf118)",
        "Eric Rescorla: Seems like a decent starting point. Let's go adoption call.",
        "Let us do a formal call for adoption.",
        "CB: To get sense of the room for adoption call, who has read this document?",
        "The draft is ready for adoption call.",
        "I would like to see an adoption call go out in the future.",
        "MT: We'll start a WG Adoption Call on the mailing list.",
        "MT: The Chairs will issue a WG Adoption call on draft-lenders-core-coap-dtls-svcb.",
        "Obvious next step is WG Adoption Call.",
        "groupcomm-proxy: re-bumped, pending WG adoption call",
        "When adoption call is started, I'll recommend keeping IPPM in CC.",
        "MT: I am open for adoption call soon.",
    ):
        assert stages_of(said) == [("candidate for adoption", said)]
    assert stages_of("SD: AVTCORE has just adopted an RTP over QUIC draft.") == []  # not this
    said = "The draft was adopted a year ago."
    assert stages_of(said) == [("adopted", said)]
    for said in ("Adoption call sent to mailing list.", "Call for adoption issued on the list."):
        assert stages_of(said) == [("call for adoption", said)]
    said = "Will do last call on working group list before next IETF"
    assert stages_of(said) == [("WG Last Call planned", said)]
    said = "draft-ietf-zebra-stripes (Writeup Needed) Document Shepherd: David"
    assert stages_of(said) == [("waiting for write-up", said)]
    for said in ("The drafts are awaiting their shepherd write-ups.", "Waiting for shepherd's "
                 "writeup for more comments to process"):  # fmt: skip
        assert stages_of(said) == [("waiting for write-up", said)]
    for said in ("We will publish -21 next week.", "Expect a -09 soon.", "Going to cut -05."):
        assert stages_of(said) == [("revision expected", said)]
    assert stages_of("I went back to -20.") == []
    assert stages_of("The draft will go to IETF Last Call next month.") == []  # a plan
    assert stages_of("Completed: the review of draft-ietf-zebra-zip") == []  # no RFC
    for said in ("We do not expect a WGLC before 2026.", "We don't need another revision."):
        assert stages_of(said) == []  # denied
    assert stages_of("Lars E: Wrt to WGLC. Struggling with this document.") == []  # its subject
    assert stages_of("If we don't have a Use Case let's not adopt.") == []  # a condition
    assert stages_of("Only adopted if has client side (browser) interest") == []  # after
    assert stages_of("David noted a lack of use cases and suggested parking it.") == []
    assert stages_of("Do not adopt: 2 15") == []  # a poll's option and its count
    said = "The document was approved for publication as Proposed Standard."
    assert stages_of(said) == [("approved by the IESG", said)]  # no proposal
    said = "Adopted, if there are no objections on the list."
    assert stages_of(said) == [("adopted", said)]  # the list's confirmation: no condition
    assert stages_of("We will not adopt it.") == [("not adopted", "We will not adopt it.")]
    assert stages_of("I'd like to see the RA/DHCP draft adopted soon.") == []  # a wish
    assert stages_of("Mo: Like to see adopted and would like to contribute.") == []
    assert stages_of("We need to have draft-lenders-core-coap-dtls-svcb adopted.") == []  # a need
    said = "Plan to use 'issues' in Github and also store unsubmitted + submitted document drafts"
    assert stages_of(said) == []  # a plan
    said = "Ann: Looks like the draft got adopted."
    assert stages_of(said) == [("adopted", said)]
    assert stages_of("BS: the right solution is an RFC that says HTTP is version independent") == []
    for stage, said in [
        ("submitted to the IESG", "MT: draft-ietf-core-sid-19 is in IESG processing."),
        ("published", "MT: RFC 9290 has been published"),
        ("new revision", "RH (p3): Updates since IETF 114. Version -05 submitted."),
        ("new revision", "MT (p2): v-16 has been submitted, merging PR #98"),
        ("call for adoption", "Benno: Will take adoption to the list"),
        ("call for adoption", "Chairs will take it back WG adoption to list."),
        ("call for adoption", "A: we will go to the list to ask formal RG adoption."),
        ("call for adoption", "Result of hum for adoption: forte"),
        ("submitted to the IESG", "Up for telechat on 27 April."),
        ("published", "Now RFC 9457."),
        ("new revision", "Kevin Smith: -00 published; a well-known URI for a catalog for APIs."),
        ("WG Last Call planned", "The idea: we'll start wglc on these 3 docs."),
        ("WG Last Call planned", "CB: If possible, we can even try for WGLC this year."),
        ("WG Last Call planned", "Eric: WGLC seems appropriate after these issues are closed."),
        ("WG Last Call planned", "Martin proposes that we schedule a working group last call."),
        ("WG Last Call planned", "Next steps: WGLC on next version (-05) in mid 2023?"),
        ("WG Last Call planned", "Chairs: we will schedule a working group last call."),
        ("ready for WG Last Call", "Document ready for Research Group Last Call, so that"),
        ("in WG Last Call", "The draft is in RGLC until Friday."),
        ("new revision", "Document on version 02 with a few updates:"),
        ("new revision", "The draft is now at revision -07."),
        ("WG Last Call planned", "Looking to move to RGLC after the list confirms."),
        ("new revision", "FFV1 -- version 11 was posted 2019-10-23, waiting for AD writeup."),
        ("new revision", "draft-ietf-cellar-codec-07 was posted 2021-10-19, in ID Exists"),
        ("new revision", "Daniel King: [draft-ietf-pce-hierarchy-extensions] Already posted."),
        ("new revision", "Haomian Zheng: Made an update to align with other PCEP extension"),
        ("new revision", "[draft-ietf-pce-pcep-yang] Update made and asked for a review"),
        ("new revision", "Draft update was posted 2 days ago, and AD then started IETF LC."),
        ("submitted to the IESG", "Publication requested (IPv6 mesh over BLE)"),
        ("submitted to the IESG", "unaware-leaves: at AD Review"),
        ("submitted to the IESG", "-core-target-attr is in IETF Last Call."),
        ("submitted to the IESG", "With IESG: draft-ietf-zebra-baz"),
        ("submitted to the IESG", "IESG Processing: draft-ietf-zebra-baz"),
        ("published", "RFC's completed: draft-tsvwg-dscp-considerations"),
        ("published", "New RFCs: draft-ietf-zebra-bar"),
        ("in WG Last Call", "-core-conditional-attributes-06 completed WG Last Call."),
        ("in WG Last Call", "Waiting for WG chair go-ahead."),
        ("WG Last Call planned", "-core-sid (moved back to WG anticipating a new WG Last Call)"),
        ("WG Last Call planned", "-core-comi (expected new WG Last Call)"),
        ("submitted to the IESG", "Lars: Intent going forward is, IETF last call is closed."),
        ("submitted to the IESG", "The IETF last call ended last week."),
        ("submitted to the IESG", "draft-ietf-zebra-mane went to IETF Last Call."),
        ("in WG Last Call", "The Group OSCORE document passed WGLC, the next one will address it."),
        ("in WG Last Call", "2nd WGLC done (6Lo use cases)"),
        ("with the RFC Editor", "`coap-est` and `osco-profiles` are in the RFC Queue."),
        ("published", "RFC 9106 (OPAQUE) has been published."),
        ("WG Last Call planned", "Have another draft, then go to WGLC by end of April."),
        ("WG Last Call planned", "Two open issues, hope for WGLC before next IETF meeting."),
        ("WG Last Call planned", "Chairs Action: New Version, then working toward WGLC"),
        ("WG Last Call planned", "Mnot raised blocking issues. We will need to redo WGLC"),
        ("WG Last Call planned", "Chairs will review and probably do a WGLC"),
        ("WG Last Call planned", "working up to WGLC - Spencer is volunteering to shepherd"),
        ("WG Last Call planned", "WGLC to start very soon."),
        ("WG Last Call planned", "WGLC will start next week."),
        ("new revision", "Biggest change in -08 is proposal+commit."),
        ("call for adoption", "Chairs Action: CfA sent"),
        ("candidate for adoption", "No CfA yet, the authors want one more revision."),
        ("candidate for adoption", "No call for WG adoption on the mailing list ever happened."),
        ("candidate for adoption", "Interest in adoption?"),
        ("candidate for adoption", "Is there interest in adopting this as a starting point?"),
    ]:
        assert stages_of(said)[0][0] == stage, said
    assert stages_of("Status update was made by the chairs.") == []
    assert stages_of("The WGLC should not start before the fixes.") == []
    assert stages_of("The README for a specification that has been published as an RFC should "
                     "explain where to look for errata.") == []  # fmt: skip


def test_a_sentence_may_open_with_its_draft_in_square_brackets() -> None:
    said = ("Dhruv: [draft-ietf-pce-association-diversity] No update, we are waiting. "
            "[draft-ietf-pce-pcep-yang] Update made and asked for an early yang doctor review, "
            "and received some comments.")  # fmt: skip
    assert stages_of(said) == [
        ("new revision", "[draft-ietf-pce-pcep-yang] Update made and asked for an early yang "
                         "doctor review, and received some comments."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("said", "stage"),
    [("Changes since -04 : disclosure issues", "new revision"),
     ("Draft 13 update:", "new revision"),
     ("Slide section: Highlights of draft-10 (Richard)", "new revision"),
     ("Presentation of updates from version 3 to 4.", "new revision"),
     ("Check them out, new versions are available.", "new revision"),
     ("RH (p1): reached -07.", "new revision"),
     ("Will have -07 this week, factoring upcoming discussions.", "revision expected"),
     ("We should publish a draft-06 that cleans up draft-05", "revision expected"),
     ("MT: For information, we'll soon submit a revision of -core-oscore-edhoc.",
      "revision expected"),
     ("We will issue a new version next week.", "revision expected"),
     ("Ekr: this is great, let's go to WGLC.", "WG Last Call planned"),
     ("HKE should go to last call", "WG Last Call planned"),
     ("Looking to last call this after the meeting.", "WG Last Call planned"),
     ("We will gather more feedback; this will need another WGLC.", "WG Last Call planned"),
     ("Path forward to WGLC.", "WG Last Call planned"),
     ("MT: We had the second WGLC, so a further one would be the third one.", "in WG Last Call"),
     ("WGLC is pretty much over.", "in WG Last Call"),
     ("We just put 6265Bis into WG last call after 10 years", "in WG Last Call"),
     ("MT: We will soon start a 2-week WG Last Call on the draft.", "WG Last Call planned"),
     ("The WHIP draft is now a WG document.", "adopted"),
     ("Moved to an official WG draft.", "adopted"),
     ("Please do read the draft since this has now become a WG I-D.", "adopted"),
     ("WGLC currently planned for mid-april 2018", "WG Last Call planned"),
     ("Tim: one-week WG Last Call coming soon", "WG Last Call planned"),
     ("If we get feedback we can move to WGLC by IETF 123.", "WG Last Call planned"),
     ("I think we can potentially run a WGLC on this now", "WG Last Call planned"),
     ("Editorial pass before we launch WGLC.", "WG Last Call planned"),
     ("Launch wglc and see if we can address.", "WG Last Call planned"),
     ("Soon we will do another last call for one week", "WG Last Call planned"),
     ("Latest draft -05", "new revision"),
     ("The latest version -07 addresses all comments received so far.", "new revision"),
     ("New revision -06 is a major restructured editorial overhaul.", "new revision"),
     ("There is minor revision -07 with reference updates and nothing substancial.",
      "new revision"),
     ("-07 draft highlights that client must wait for 2xx response.", "new revision"),
     ("Poll for adoption support. 35 yes, 1 no, 32 no opinion.", "call for adoption"),
     ("Show of hands for adoption support: 24 YES, 3 NO", "call for adoption"),
     ("Sergio goes over updates from wish-whip-00", "new revision"),
     ("draft-ietf-dnsop-no-response-issue is in WGLC", "in WG Last Call"),
     ("MT: RFC 9175 and 9177 have been published", "published"),
     ("RFC 9254 is published, telling how YANG is represented in CBOR", "published"),
     ("api-catalog published (RFC 9727)", "published"),
     ("Draft -02 is published with temporary code points.", "new revision"),
     ("we have a current -bis document that's leaving the WG and headed to the IESG",
      "submitted to the IESG"),
     ("MN: Nearly done sfbis, soon last call (again)", "WG Last Call planned"),
     ("do those things and we'll Last Call it once it's done.", "WG Last Call planned"),
     ("There are running implementations and suggests moving forward with WGLC.",
      "WG Last Call planned"),
     ("HTTP/3 is an RFC, yay!", "published"),
     ("Mainly just editorial work to do, then WG last call.", "WG Last Call planned"),
     ("I think we should go straight to WGLC for this.", "WG Last Call planned"),
     ("abandoning the work on generic stuff.", "dead"),
     ("Martin: the draft is dead, long live the draft.", "dead"),
     ("Approaching WGLC; one open issue on mailing list to discuss.", "WG Last Call planned"),
     ("Jana: WGLC in the next month", "WG Last Call planned"),
     ("Intarea review in parallel with WGLC in a few weeks after editorial pass.",
      "WG Last Call planned"),
     ("Lucas P: We'll have a last wglc once we hit issue 0.", "WG Last Call planned"),
     ("Retry Offload is going into the deep freeze until there is implementer interest.",
      "parked"),
     ("Chairs Action: Time for WGLC", "WG Last Call planned"),
     ("Rich: Will confirm adoption request on the list.", "call for adoption"),
     ("Ack frequency to WGLC.", "WG Last Call planned"),
     ("We moved it to WGLC.", "in WG Last Call"),
     ("New 04 revision resolves discussion on security modes.", "new revision"),
     ("draft now in -02, updated from -00 at IETF 115", "new revision"),
     ("Many comments on WGLC received, discussed at IETF 115.", "in WG Last Call")],
)  # fmt: skip
def test_revisions_presented_last_calls_planned_or_had_and_rfcs_published_are_stages(
    said: str, stage: str
) -> None:
    assert stages_of(said) == [(stage, said)]


@pytest.mark.parametrize(
    "said",
    ["Chairs Action: closer to WGLC?", "We will have 10 minutes for this.",
     "Changes from RFC 8446 are small.", "The changes since the last meeting are small.",
     "We reached 50 implementations.",
     "whether or how this should become a working group document",
     "This -can- happen while it's in the RFC queue.", "We launched WGLC last week.",
     "We will start IETF last call next week.", "The latest draft is good.",
     "It's not adopted yet officially, so I'm not sure.",
     "The plan is to race, and see which draft is published first.",
     "MUST is an RFC 2119 keyword.", "Not much update, is it time for WGLC?",
     "We don't need to resolve those until this is (potentially) adopted."],
)  # fmt: skip
def test_a_question_of_nearness_a_time_or_changes_from_an_rfc_are_no_stage(said: str) -> None:
    assert stages_of(said) == []


def test_a_revision_is_of_the_sections_draft_not_an_rfc_its_sentence_names() -> None:
    found = read(
        "# CORE WG IETF 125\n\n## draft-ietf-core-href\n\nCB (p9): Overview of new content "
        "from version -14, including sections that mirror Sections 6.4 and 6.5 from RFC 7252.\n"
    )
    assert {d.name: [s.kind for s in d.stages] for d in found.documents} == {
        "draft-ietf-core-href": ["new revision"], "RFC 7252": []
    }  # fmt: skip


def test_a_stage_is_of_the_sections_draft_not_an_rfc_its_neighbour_sentence_names() -> None:
    found = read(
        "# IPPM WG IETF 116\n\n### draft-ietf-ippm-ioam-yang\n\nMany comments on WGLC received."
        " Latest updates align with RFC 9197.\n\n### Status\n\nRFC 9197 was published.\n"
    )
    assert {d.name: [s.kind for s in d.stages] for d in found.documents} == {
        "draft-ietf-ippm-ioam-yang": ["in WG Last Call"], "RFC 9197": ["published"]
    }  # fmt: skip


def test_a_stage_reached_asked_about_or_hummed_on_is_none_and_approval_is_the_iesgs() -> None:
    assert stages_of("ML (p11): Is draft-ietf-dns-over-coap ready for WG Last Call?") == []
    assert stages_of("Dave S: We have proposed resolutions. Are we ready for WGLC?") == []
    assert stages_of("Hum if draft-ietf-tsvwg-nqb is not ready ie not start a WGLC") == []
    # a Last Call asked about, not proposed, is none too
    for said in ("Marius: Once we do the editorial pass, is it reasonable to do a WGLC soon?",
                 "CB: Do we have to do another WG last call if we change the table?"):  # fmt: skip
        assert stages_of(said) == []
    said = "Mirja: Let's do another WGLC?"
    assert stages_of(said) == [("WG Last Call planned", said)]
    assert stages_of("MT: draft-ietf-core-sid has been approved for publication.") == [
        ("approved by the IESG", "MT: draft-ietf-core-sid has been approved for publication.")
    ]


def test_a_stage_is_of_the_documents_its_own_sentence_names_not_its_neighbours() -> None:
    found = read(
        "# CoRE WG, IETF 119\n\n## Status\n\nMT: draft-ietf-core-target-attr has been\n"
        "approved for publication. draft-ietf-core-oscore-edhoc is in IESG\nprocessing and "
        "scheduled for a telechat in early April.\n"
    )
    assert {d.name: [s.kind for s in d.stages] for d in found.documents} == {
        "draft-ietf-core-target-attr": ["approved by the IESG"],
        "draft-ietf-core-oscore-edhoc": ["submitted to the IESG"],
    }


def test_a_stage_denied_hoped_for_or_conditional_is_none_reached() -> None:
    assert stages_of("QUIC will not get through the IESG without congestion control.") == []
    assert stages_of("Want to see the qlog draft adopted by the WG.") == []
    assert stages_of("Tommy: I prefer to see it adopted as a quick processing thing.") == []
    assert stages_of("If IESG approves it, we can do it in AUTH48.") == []
    assert stages_of("To clarify: this working group not adopting") == [
        ("not adopted", "To clarify: this working group not adopting")
    ]
    assert stages_of("Not going to WGLC terribly soon") == [
        ("WG document", "Not going to WGLC terribly soon")
    ]
    assert stages_of("No WGLC yet.") == [("WG document", "No WGLC yet.")]
    assert stages_of("No discussion on WGLC") == []


@pytest.mark.parametrize(
    ("said", "stage"),
    [("draft-ietf-core-block \u2794 RFC 7959 [\u2714]", "published"),
     ("core-block -> RFC7959", "published"),
     ("draft-ietf-core-coap-tcp-tls addresses issues since IETF 96, currently on WGLC.",
      "in WG Last Call"),
     ("Currently WGLC", "in WG Last Call"),
     ("Target is WGLC about 4 weeks after IETF.", "WG Last Call planned"),
     ("Target to have WGLC 2 in 4 weeks (3 weeks after IETF).", "WG Last Call planned"),
     ("draft-ietf-core-x is at the IESG.", "submitted to the IESG"),
     ("http-mapping: at IESG", "submitted to the IESG")],
)  # fmt: skip
def test_a_status_list_states_stages_in_few_words(said: str, stage: str) -> None:
    # as CoRE's summaries write them; not "The target for WGLC is unclear", "look at IESG comments"
    assert stages_of(said) == [(stage, said)]
    assert stages_of("The target for WGLC is unclear.") == []
    assert stages_of("Look at IESG comments first.") == []


def test_a_stage_of_a_count_of_documents_is_no_named_documents() -> None:
    said = "MT: Recently published RFC 9030; 3 documents in RFC Queue; 3 in IESG processing"
    assert stages_of(said) == [("published", said)]
    assert stages_of("Two drafts are in WGLC.") == []
    assert stages_of("draft-ietf-core-x is in IESG processing.") == [
        ("submitted to the IESG", "draft-ietf-core-x is in IESG processing.")
    ]
    assert stages_of("As the published RFC 9000 says, it is fine.") == []


def test_a_stage_yet_to_be_decided_is_none_planned() -> None:
    assert stages_of("Brian: Please read both so we can decide when to do WG Last Call") == []
    assert stages_of("We should discuss whether to start a WGLC.") == []
    assert stages_of("Have to wait for changes to see if we need to issue a new WGLC.") == []
    assert stages_of("We are unsure whether the chairs will start a WGLC.") == []
    assert stages_of("We will decide: we will start a WGLC.") == [
        ("WG Last Call planned", "We will decide: we will start a WGLC.")
    ]


def test_a_stage_reached_only_once_something_happens_is_none() -> None:
    said = (
        "And once the working group has reached consensus on what the charter should be, we "
        "are ready to progress this new charter with the IESG."
    )
    assert stages_of(said) == []
    said = "If we intend to make it more strict, best hurry, because invariants has already "
    said += "been sent to RFC editor."
    assert stages_of(said) == [("with the RFC Editor", said)]  # a reason of its own


def test_a_charter_is_never_adopted_nor_last_called() -> None:
    text = (
        "# ZEBRA WG IETF 125\n\n## Recharter\n\nWe will run adoption calls for the two drafts "
        "listed here. The chairs will send a suggested new charter to the mailing list.\n"
    )
    assert [(d.name, d.stages) for d in read(text).documents] == [("charter", [])]


def test_a_stage_names_the_document_it_is_stated_of() -> None:
    text = "Lars: best hurry, because invariants has already been sent to RFC editor."
    assert [s.names for s in stated(text, [(0, len(text))])] == [("invariants",)]
    text = "There's also qlog that's up for adoption."
    assert [s.names for s in stated(text, [(0, len(text))])] == [("qlog",)]
    text = "SVCB-DNS is adopted in ADD WG, similar to DST."
    assert [s.names for s in stated(text, [(0, len(text))])] == [("SVCB-DNS",)]


def test_a_chairs_action_label_names_no_document() -> None:
    text = (
        "# ZEBRA WG Minutes - IETF 125\n\n## draft-duke-zebra-stripes\n\n"
        "Martin: the stripes are done.\n\nChairs Action: Will send out CfA\n"
    )
    documents = read(text).documents
    assert [(d.name, [s.kind for s in d.stages]) for d in documents] == [
        ("draft-duke-zebra-stripes", ["candidate for adoption"])
    ]


@needs_shared
def test_a_name_of_a_drafts_topic_is_that_draft() -> None:
    found = read_file(MINUTES / "quic" / "ietf108.md")
    discussed = {d.name: d.also for d in found.documents if d.discussed}
    assert discussed["draft-ietf-quic-load-balancers"] == ["QUIC-LB", "LB"]
    assert discussed["draft-ietf-quic-manageability"] == ["Manageability"]
    assert discussed["draft-duke-quic-version-aliasing"] == ["QUIC Version Aliasing"]
    assert not {"LB", "Manageability", "QUIC Version Aliasing"} & set(discussed)


def test_a_topic_written_out_or_by_initials_names_one_draft_only() -> None:
    text = ("# ZEBRA WG Minutes - IETF 125\n\n## Stripe Order\n\nSee draft-duke-zebra-stripe-order "
            "and draft-ietf-zebra-hoof-care.\n\n## SO\n\nThe draft is nearly done.\n\n"
            "## Care\n\nThe draft needs work.\n")  # fmt: skip
    found = read(text)
    assert [(d.name, d.also) for d in found.documents if d.discussed] == [
        ("draft-duke-zebra-stripe-order", ["SO"]),
        ("draft-ietf-zebra-hoof-care", ["Care"]),
    ]


def test_a_numbered_part_of_the_program_before_a_headings_title_is_no_part_of_it() -> None:
    found = read(
        "# QUIC Interim\n\n## Morning 2018-06-06\n\n### Topic IV: HTTP (MikeB)\n\n"
        "MikeB: the HTTP draft needs work.\n\n### Topic V: QPACK (Alan)\n\nAlan: fine.\n\n"
        "### Item 3: Stream 0 Design Team (Ian Swett)\n\nIan: the draft.\n\n"
        "### Presentation 1:\n\nAlan: slides.\n"
    )
    assert [d.name for d in found.documents] == ["HTTP", "QPACK", "Stream 0 Design Team"]


def test_a_day_before_a_headings_title_is_no_part_of_its_name() -> None:
    text = (
        "# HTTP Working Group Minutes - IETF104 Prague\n\n## Monday - HTTP Core\n\n"
        "### Issue #203: Expect should be a list header\nDecision: proceed\n\n"
        "### Issue #128: Quoted cache-control directives\n\nDecision: more testing\n"
    )
    found = read(text)
    assert [d.name for d in found.documents if d.discussed] == ["HTTP Core"]
    transcribed = transcribe(found, "x.md").transcription
    assert [(d.text, d.document) for s in transcribed.sections for d in s.decisions] == [
        ("Issue #203: Expect should be a list header Decision: proceed", "http-core"),
        ("Issue #128: Quoted cache-control directives Decision: more testing", "http-core"),
    ]


def test_a_heading_of_documents_may_join_its_words_by_a_slash_and_give_its_time() -> None:
    text = (
        "# ZEBRA RG Minutes - IETF 125\n\n# New Work / Presentations (1hr 35 mins)\n\n"
        "## FLoC - Josh Karlin (remaining time)\n\n* FLOC focused on interest based advertising\n"
    )
    assert [d.name for d in read(text).documents if d.discussed] == ["FLoC"]


@pytest.mark.parametrize(
    "heading", ["Third Implementation Draft", "Second Implementation Draft Status",
                "Max_bytes_before_ack - Ian/Jana", "Conclusion (Chairs)", "Side note", "Attendees:",
                "Meeting Notes", "Day 1 ###", "Day 2 Afternoon", "Administrative", "Kickoff logistics",
                "Presentation 1:", "Slide 8"],
)  # fmt: skip
def test_a_milestone_a_protocols_field_or_a_meetings_own_business_is_no_document(
    heading: str,
) -> None:
    text = f"# ZEBRA WG Minutes - IETF 125\n\n## Active Drafts\n\n### {heading}\n\nThe draft is done.\n"
    assert [d.name for d in read(text).documents if d.discussed] == []


def test_a_link_whose_text_names_a_draft_its_address_names_otherwise_is_that_one_draft() -> None:
    text = (
        "# ZEBRA WG Minutes - IETF 125\n\n## Drafts\n\n### Overview of [draft-thomson-http-"
        "oblivious](https://datatracker.ietf.org/doc/draft-thomson-ohai-ohttp/) (Chris Wood) - 20 "
        "minutes\n\nTommy: ready for adoption.\n\n* [draft-bortzmeyer-dprive-rfc7626](https://"
        "datatracker.ietf.org/doc/draft-bortzmeyer-dprive-rfc7626-bis/), Stephane\n"
    )
    assert [(d.name, d.also) for d in read(text).documents] == [
        ("draft-thomson-ohai-ohttp", ["draft-thomson-http-oblivious"]),
        ("draft-bortzmeyer-dprive-rfc7626-bis", ["draft-bortzmeyer-dprive-rfc7626", "rfc7626-bis"]),
    ]


def test_a_draft_named_with_capitals_is_the_draft_and_a_trackers_issues_name_none() -> None:
    text = (
        "# ZEBRA WG Minutes - IETF 125\n\n## Requirements\n\n### Draft-Box-ZEBRA-Stripes-00 "
        "(Chris Box)\n\nChris: the chairs hope to start a call for adoption of "
        "draft-box-zebra-stripes-00 shortly.\n\n### GitHub issues that we did not discuss\n\n"
        "Dana: later.\n\n### Draft-06\n\nMo: done.\n"
    )
    assert [(d.name, d.also) for d in read(text).documents if d.discussed] == [
        ("Draft-Box-ZEBRA-Stripes-00", []),
    ]


def test_a_research_groups_draft_names_the_group_not_a_document() -> None:
    text = (
        "# ZEBRA WG Minutes - IETF 125\n\n## Key schedule\n\nRichard: we could pull the "
        "construction out and make a CFRG draft.\n\nBob: The ICCRG drafts are fine, and so is "
        "the Oblivious CFRG draft.\n"
    )
    assert [d.name for d in read(text).documents] == ["Oblivious CFRG"]


def test_a_talk_in_its_slot_is_a_document_and_an_rfcs_revision_is_its_draft() -> None:
    text = (
        "# ZEBRA WG Minutes - IETF 125\n\n## Chair Slides - Chairs, 10 minutes\n\nNote Well.\n\n"
        "## 5033bis - Martin Duke, 10 minutes\n\n[RFC5033BIS draft-00](https://datatracker.ietf."
        "org/doc/html/draft-scheffenegger-congress-rfc5033bis-00)\n\nChristian: a big issue.\n\n"
        "## Guidelines for Congestion Control at Endpoints - Gorry Fairhurst, 15 minutes\n\n"
        "Michael: we should sync SCTP too.\n\n## Hoof Care - Brian\n\nMichael: why?\n\n"
        "### **[W3C WebTransport](https://w3c.github.io/webtransport/) Update** -- _Will Law_ "
        "(15 minutes)\n\nWill reads the slides.\n\n## **Stripe Testing**, _Dave Plonka_, 15 minutes"
        "\n\nDave: results.\n\n## Zebra Crossings Update, Will Law (15 minutes)\n\nWill: soon.\n"
    )
    assert [(d.name, d.also) for d in read(text).documents if d.discussed] == [
        (
            "draft-scheffenegger-congress-rfc5033bis-00",
            ["RFC5033BIS draft-00", "5033bis", "RFC5033BIS"],
        ),
        ("Guidelines for Congestion Control at Endpoints", []),
        ("W3C WebTransport", []),
        ("Stripe Testing", []),
        ("Zebra Crossings", []),
    ]


def test_a_talk_under_a_heading_of_presentations_is_a_document() -> None:
    text = (
        "# ZEBRA WG Agenda - IETF 125\n\n### Housekeeping\n\n* Agenda Bashing\n\n"
        "### Presentations\n\n#### Stripe Runner - Goutam Tamvada (GT)\n\n"
        "Watson Ladd (WL): Please add mbed support.\n\n#### Individual documents\n\n"
        "GT: none today.\n"
    )
    assert [d.name for d in read(text).documents if d.discussed] == ["Stripe Runner"]


def test_an_rfcs_revision_written_with_a_hyphen_is_one_document_not_the_rfc() -> None:
    text = (
        "# ZEBRA WG Minutes - IETF 125\n\n## RFC 8446-bis - Eric Rescorla\n\n"
        "Ekr: filed issues against all errata of RFC8446bis.\n\nMartin: RFC 8446 is fine.\n"
    )
    documents = read(text).documents
    assert [(d.name, d.also, d.discussed) for d in documents] == [
        ("RFC 8446-bis", ["RFC8446bis"], True),
        ("RFC 8446", [], False),
    ]


def test_a_list_item_under_a_heading_of_documents_may_open_with_a_title_and_status() -> None:
    text = (
        "# HTTPAPI AT IETF 116\n\n## WG Documents - Status Update\n\n"
        "- Link-Template HTTP Header Field Submitted\nFrancesca did her AD review.\n\n"
        "- Problem Details Waiting for announcement\nMNot: issue 74 is open.\n\n"
        "## Agenda documents\n\n- Rate Limit Headers\n- Deprecation Header\n\n"
        "## Documents with Content Updates\n\n- stripe-order\nTwo open issues, hope for WGLC "
        "before next IETF meeting.\n\n"
        "## Other Business\n\n- Hoof Care Guide\nNobody read it.\n- follow-up\nNone.\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in read(text).documents if d.discussed] == [
        ("Link-Template HTTP Header Field", []),
        ("Problem Details", []),
        ("stripe-order", ["WG Last Call planned"]),
    ]


def test_a_list_item_under_a_heading_of_documents_may_open_with_a_title_and_what_is_said() -> None:
    text = (
        "# HTTPAPI AT IETF 115\n\n## WG Documents - Status Update, Darrell\n\n"
        "- Stripe Order Header: format of Date header, should we merge?\n\n"
        "- Hoof Key. Last issue to be closed now.\n\n"
        "- Link Pattern. Now uses structured fields.  Then ready for WGLC.\n\n"
        "- Martin Thomson: the draft is done.\n\n"
        "## Other Business\n\n- Hoof Care Guide. Nobody read it.\n"
    )
    assert [(d.name, d.quote, [s.kind for s in d.stages]) for d in read(text).documents] == [
        ("Stripe Order Header", "Stripe Order Header: format of Date header, should we merge?", []),
        ("Hoof Key", "Hoof Key.", []),
        ("Link Pattern", "Link Pattern.", ["ready for WG Last Call"]),
    ]


def test_items_below_an_item_that_introduces_documents_name_drafts_by_their_ends() -> None:
    text = (
        "# ZEBRA WG Minutes - IETF 125\n\n## Intro, agenda, status (Chairs)\n\nMT (p7+):\n\n"
        "* Other documents:\n  * hoof-limits-01: not in the agenda, new version was submitted\n"
        "  * stripe-pm-00: recently adopted, new revision expected soon\n"
        "* Recently updated individual submissions:\n  * stripe-over-gatt-04\n"
        "* lunch-break: at noon\n\n## Stripe over GATT\n\n"
        "* https://datatracker.ietf.org/doc/draft-amsuess-zebra-stripe-over-gatt/\n\n"
        "CA: the draft is done.\n"
    )
    assert [(d.name, d.also, d.quote, [s.kind for s in d.stages]) for d in read(text).documents] == [
        ("hoof-limits-01", [], "hoof-limits-01: not in the agenda, new version was submitted",
         ["new revision"]),
        ("stripe-pm-00", [], "stripe-pm-00: recently adopted, new revision expected soon",
         ["adopted"]),
        ("draft-amsuess-zebra-stripe-over-gatt", ["stripe-over-gatt-04", "Stripe over GATT"],
         "stripe-over-gatt-04", []),
    ]  # fmt: skip


def test_a_session_of_the_day_and_a_label_of_issues_in_lower_case_are_no_document() -> None:
    text = (
        "# ZEBRA WG Interim Meeting Minutes\n\n## Morning session, 8 April 2025\n\n"
        "The chairs reviewed how drafts are adopted.\n\n## training issues\n\n"
        "Martin: the draft is done.\n\n## Stripe issues\n\nMartin: the Stripe draft is done.\n"
    )
    assert [d.name for d in read(text).documents if d.discussed] == ["Stripe"]


@pytest.mark.parametrize(
    ("heading", "name"),
    [("Brian on Operational Guidance", "Operational Guidance"),
     ("MIRJA PRESENTS OPERATIONS GUIDE", "OPERATIONS GUIDE"),
     ("Mirja presenting Stripe Order", "Stripe Order"),
     ("Hoof Care on Grass", "Hoof Care on Grass"),
     ("Stripe Order Open Issues Discussion (Marcus Ihlar/Martin Thomson)", "Stripe Order"),
     ("Stripe Order - Mike Bishop, Ben Schwartz", "Stripe Order")],
)  # fmt: skip
def test_a_heading_of_who_presents_what_names_what(heading: str, name: str) -> None:
    text = (f"# ZEBRA WG Minutes - IETF 125\n\n## {heading}\n\nBrian T: the draft is done.\n"
            "mirja: agreed.\n")  # fmt: skip
    assert [d.name for d in read(text).documents if d.discussed] == [name]


def test_a_slots_time_of_day_ends_no_headings_name() -> None:
    text = ("# ZEBRA WG Minutes - IETF 125\n\n## Stripes cluster\n\nThe drafts are ready for "
            "WGLC.\n\n## Stripes cluster (Ivaylo) (15) 13:18\n\nJeff: We will do another "
            "WGLC when the new drafts are in.\n\n## Hooves (Jim) (10) 13:30 - 13:40\n\nThe "
            "draft is fine.\n")  # fmt: skip
    assert [d.name for d in read(text).documents] == ["Stripes cluster", "Hooves"]


def test_a_heading_that_goes_on_from_an_earlier_one_names_what_that_one_names() -> None:
    text = ("# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\nThe stripes draft is ready for "
            "WGLC.\n\n## Hooves\n\nJeff: fine.\n\n### Stripes, continued\n\nThe draft is "
            "in good shape.\n")  # fmt: skip
    assert [d.name for d in read(text).documents] == ["Stripes"]


@pytest.mark.parametrize(
    "heading",
    ["Brian on Operational Drafts", "MIRJA PRESENTS OPERATIONS DRAFTS",
     "Activity on Relevant non-WG Documents", "Presentation of non WG Documents:",
     "Targeted Extension Individual Drafts ", "Individual documents (time remaining)",
     "Active documents, continued"],
)  # fmt: skip
def test_a_heading_that_ends_on_documents_in_the_plural_names_none(heading: str) -> None:
    text = (f"# ZEBRA WG Minutes - IETF 125\n\n## {heading}\n\nBrian T: the draft is done.\n"
            "mirja: agreed.\n")  # fmt: skip
    assert [d.name for d in read(text).documents] == []


@pytest.mark.parametrize(
    "heading",
    ["In IESG Processing", "RFC Editor Queue", "IESG Evaluation", "In WGLC", "Published",
     "Completed WGLC", "Candidates for Adoption", "Ready for WGLC"],
)  # fmt: skip
def test_a_heading_that_names_a_stage_alone_names_no_document(heading: str) -> None:
    text = (f"# ZEBRA WG Minutes - IETF 125\n\n## Status\n\n### {heading}\n\nThis document "
            "approaches a WG adoption call and needs reviews.\n")  # fmt: skip
    assert [d.name for d in read(text).documents] == []


@pytest.mark.parametrize(
    ("heading", "title", "presenter"),
    [("Stripe Order (10 minutes)", "Stripe Order", None),
     ("Hoof Care, 20 min", "Hoof Care", None),
     ("Jeff Elpern: Data plane programmability (10 minutes)", "Data plane programmability",
      "Jeff Elpern"),
     ("Joerg Ott/Jeff Elpern: Directions for grazing", "Directions for grazing",
      "Joerg Ott/Jeff Elpern"),
     ("Secondary Certificates: Jeff", "Secondary Certificates: Jeff", None),
     ("Grass Order: stripes and hooves", "Grass Order: stripes and hooves", None)],
)  # fmt: skip
def test_a_headings_time_goes_and_presenters_before_a_colon_are_its_presenters(
    heading: str, title: str, presenter: str | None
) -> None:
    found = read(f"# ZEBRA WG Minutes - IETF 125\n\nAgenda: Jeff Elpern, Joerg Ott\n\n"
                 f"## {heading}\n\nJeff: the draft is done.\n")  # fmt: skip
    assert [(s.title, s.presenter) for s in found.sections] == [(title, presenter)]


def test_presenters_named_together_before_a_dash_are_no_title() -> None:
    found = read("CLUE interim\n\n- Options to Transport CLUE Messages - Stephan\n\n"
                 "Stephan - do not care about size.\n\n- Mark and Brian - Capture topics\n\n"
                 "Mark - the draft is fine.\n\nBrian - yes.\n")  # fmt: skip
    assert [d.name for d in found.documents] == [
        "Options to Transport CLUE Messages", "Capture topics"
    ]  # fmt: skip


def test_an_agenda_item_calls_its_draft_by_the_title_before_it() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Agenda\n\n"
                 "- Stripe Order - draft-ietf-zebra-order-02 - Chairs, 5 minutes\n"
                 "- 10 min - draft-ietf-zebra-hooves\n"
                 "- Discussion - draft-ietf-zebra-grass\n\n"
                 "## Stripe Order\n\nDocument ready for Research Group Last Call.\n")  # fmt: skip
    titles = [s.title for s in found.sections]
    assert [(d.name, d.also, [titles[i] for i in d.subject_of], [s.kind for s in d.stages])
            for d in found.documents] == [
        ("draft-ietf-zebra-order-02", ["Stripe Order"], ["Stripe Order"], ["ready for WG Last Call"]),
        ("draft-ietf-zebra-hooves", [], [], []),
        ("draft-ietf-zebra-grass", [], [], []),
    ]  # fmt: skip


def test_a_status_lines_subject_before_its_dash_or_colon_is_the_document_of_its_stage() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## WG status update\n\n"
                 "* EBML -- version 14 was posted 2019-12-02\n* FFV1: adopted last month\n\n"
                 "Dave Rice: version 3 was posted.\n\nDave Rice: I agree.\n")  # fmt: skip
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("EBML", ["new revision"]), ("FFV1", ["adopted"])
    ]  # fmt: skip


def test_status_lines_without_markers_are_each_their_own_and_name_the_groups_drafts() -> None:
    found = read("# MLS@IETF109\n\n### Administrivia\n\n- Status\n\n"
                 "MLS Architecture: Awaiting new draft\nMLS Protocol: WGLC completed yesterday\n\n"
                 "### Protocol\n\nSee draft-ietf-mls-architecture and draft-ietf-mls-protocol.\n")  # fmt: skip
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-mls-architecture",
         [("revision expected", "MLS Architecture: Awaiting new draft")]),
        ("draft-ietf-mls-protocol", [("in WG Last Call", "MLS Protocol: WGLC completed yesterday")]),
    ]  # fmt: skip


def test_a_list_item_opening_with_a_title_in_quotation_marks_names_that_document() -> None:
    found = read("# ZEBRA WG Minutes - IETF 125\n\n## Reading\n\n"
                 "- \"A YANG Data Model for Client-layer Topology\"\n"
                 "- \"Service Models Explained\", although this is IP focused\n"
                 "- \"we should ship it\" said Dana\n- \"Stripes\"\n\n"
                 "Dana: \"A Model of the Zebra Herds\" is what I read.\n")  # fmt: skip
    assert [d.name for d in found.documents] == [
        "A YANG Data Model for Client-layer Topology", "Service Models Explained"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("heading", "name"),
    [("Stripe Order, Reese E. (on behalf of authors)", "Stripe Order"),
     ("Hoof Care on Grass, Michael Welzl (MW)", "Hoof Care on Grass"),
     ("Hoof Care, Grass Order", "Hoof Care, Grass Order"),
     ("Stripe Order, QUIC Ossification", "Stripe Order, QUIC Ossification")],
)  # fmt: skip
def test_a_full_name_after_a_headings_comma_presents_it_where_the_minutes_name_them_again(
    heading: str, name: str
) -> None:
    text = (f"# ZEBRA WG Minutes - IETF 125\n\nAgenda: Michael Welzl, 10 minutes\n\n"
            f"## {heading}\n\nReese: the draft is done.\n\nQUIC Ossification: agreed.\n")  # fmt: skip
    assert [d.name for d in read(text).documents if d.discussed] == [name]


@pytest.mark.parametrize(
    ("said", "stage"),
    [("Room consensus is to adopt [-zebra-stripes](https://example.org/draft-zebra-stripes/) "
      "as a WG item (to be confirmed on list).", "call for adoption"),
     ("Consensus in room is to adopt as a WG item; to be confirmed on the list",
      "call for adoption"),
     ("The consensus in the room to adopt the stripes draft in the WG.", "adopted"),
     ("Humming if this is a suitable starting point. A strong consensus for WG adoption.",
      "adopted"),
     ("Should the WG adopt the document: Strong consensus for adopting, some against.",
      "adopted"),
     ("Strong consensus for adoption, to be confirmed on the list.", "call for adoption"),
     ("Is this document a good basis for the milestone? Humming: in favor.", "adopted"),
     ("Humming if this is a suitable starting point. Hums in favour.", "adopted"),
     ("Do you want to adopt? (Strong hum)", "adopted"),
     ("Do you want to adopt this? Strong hum", "adopted")],
)  # fmt: skip
def test_the_rooms_consensus_to_adopt_is_adoption_called_or_done(said: str, stage: str) -> None:
    assert stages_of(said) == [(stage, said)]


def test_a_strong_hum_against_adopting_adopts_nothing() -> None:
    assert stages_of("Do you want to adopt this? Strong hum against.") == []


ADOPTING = "Should the WG adopt the document: Strong consensus for adopting, some against."


@pytest.mark.parametrize(
    ("said", "found"),
    [(f"{ADOPTING} No one explained why. There will be confirmation on the list.",
      ("call for adoption",
       f"{ADOPTING} No one explained why. There will be confirmation on the list.")),
     (f"To be confirmed on the list. {ADOPTING} Then the next talk.",
      ("call for adoption", f"To be confirmed on the list. {ADOPTING}")),
     ("Will confirm list, sounds like we've got pretty good consensus to adopt this and continue "
      "work as a working group item.",
      ("call for adoption", "Will confirm list, sounds like we've got pretty good consensus to "
                            "adopt this and continue work as a working group item.")),
     (f"{ADOPTING} Nothing more on the list.", ("adopted", ADOPTING))],
)  # fmt: skip
def test_the_rooms_adoption_its_paragraph_confirms_on_the_list_is_a_call_quoted_so(
    said: str, found: tuple[str, str]
) -> None:
    assert stages_of(said) == [found]


def listed_stages(items: list[str]) -> list[tuple[str, str]]:
    """Answer each stage a list states, each of its items a block, with its quote."""
    text, spans = "", []
    for item in items:
        text += "* "
        spans.append((len(text), len(text) + len(item)))
        text += item + "\n"
    return [(s.stage, text[s.start : s.end]) for s in stated(text, spans)]


POLLED = "Poll: Adopt? 42 yes, 0 no, 4 no opinion"
CONFIRMED = "Eric reminded attendees that the vote will be confirmed via the mail list."


@pytest.mark.parametrize(
    ("items", "found"),
    [([POLLED, CONFIRMED], [("call for adoption", f"{POLLED}\n* {CONFIRMED}")]),
     ([POLLED, "Thanks.", CONFIRMED],
      [("call for adoption", f"{POLLED}\n* Thanks.\n* {CONFIRMED}")]),
     ([POLLED, "Thanks.", "The next talk.", CONFIRMED], []),
     ([POLLED], []),
     (["Poll: Adopt? 5 yes, 9 no", CONFIRMED], []),
     (["Show of hands: the WG has the time and interest to take on work on slow start: 13 Yes, "
       "2 No", CONFIRMED], [])],
)  # fmt: skip
def test_a_poll_to_adopt_that_an_item_below_confirms_on_the_list_is_a_call_for_adoption(
    items: list[str], found: list[tuple[str, str]]
) -> None:
    assert listed_stages(items) == found


def lined_stages(lines: list[str]) -> list[tuple[str, str]]:
    """The stages stated in text of these lines, a blank line before one marked "- ", each
    line a block of its own."""
    text, spans = "", []
    for line in lines:
        text += "\n- " if line.startswith("- ") else ""
        words = line.removeprefix("- ")
        spans.append((len(text), len(text) + len(words)))
        text += words + "\n"
    return [(s.stage, text[s.start : s.end]) for s in stated(text, spans)]


ASKED = "Chairs: Is there interest in the room in adopting this as a work item?"


@pytest.mark.parametrize(
    ("lines", "found"),
    [([ASKED, "For: 38 No: 2", "- Chairs will confirm on the list."],
      [("call for adoption", f"{ASKED}\nFor: 38 No: 2\n\n- Chairs will confirm on the list.")]),
     ([ASKED, "For: 2 No.: 38", "- Chairs will confirm on the list."], []),
     ([ASKED, "For: 38 No: 2", "- Next talk: spots."], [])],
)  # fmt: skip
def test_a_poll_to_adopt_counted_on_the_line_below_and_confirmed_below_is_a_call(
    lines: list[str], found: list[tuple[str, str]]
) -> None:
    assert lined_stages(lines) == found


@pytest.mark.parametrize(
    "said",
    ["Mike Bishop: Do you never expect another version of HTTP?",
     "If we have to burn v1, then we are OK to use another version.",
     "State of drafts (about 100 open issues): half editorial, parked, or v2",
     "Jonathan: there are several adopted drafts that bind stuff into TLS.",
     "The advice from the github WG is regarding (adopted) working group documents.",
     "dret: I've seen sunset recommended in a few places, but it has been adopted in some places",
     "The format is widely adopted.",
     "Many detailed comments received and adopted in the latest version.",
     "Roy: ICANN has adopted ISO's policy.",
     "IETF adopted signalling via RSVP. However, this didn't select the path.",
     "10 years ago, we abandoned the idea of a JSON version of that.",
     "Tero: There is no reason to send a delete on the old SA because it is dead.",
     "MNot: There is an RFC for indefinite-length Content-Range."],
)  # fmt: skip
def test_a_protocols_version_issues_parked_or_other_drafts_or_things_in_use_adopted_no_stage(
    said: str,
) -> None:
    assert stages_of(said) == []


@pytest.mark.parametrize(
    ("said", "found"),
    [("TH (in chat): But this is draft adoption, not working group last call.", []),
     ("More to talk about, not going to WGLC any time soon!",
      [("WG document", "More to talk about, not going to WGLC any time soon!")]),
     ("JI: I made the point about not adopting this.", []),
     ("Mark: Not considering adopting now, but that might change.",
      [("not adopted", "Mark: Not considering adopting now, but that might change.")]),
     ("DS: If I do that then all of our tests will have to run another version.", []),
     ("We will need another revision before WGLC.",
      [("revision expected", "We will need another revision before WGLC.")]),
     ("It doesn't tell you what version is before or after another version.", []),
     ("Need to integrate the comments following the WGLC after IETF 108.", []),
     ("WGLC after IETF 108.", [("WG Last Call planned", "WGLC after IETF 108.")]),
     ("David (off mic): The other one's already published", []),
     ("David: It's already published", [("new revision", "David: It's already published")]),
     ("GF: EFM mechanisms just adopted in IPPM (spin bit, square bit).", []),
     ("A new type, Unencoded, adopted by HTTPBIS WG.", []),
     ("David: Adopted in the WG last month.",
      [("adopted", "David: Adopted in the WG last month.")]),
     ("MT: What we've done in the past for cookies is run an adoption call for the draft.", []),
     ("In the past month we ran an adoption call.",
      [("call for adoption", "In the past month we ran an adoption call.")]),
     ("The chairs would like input from the list to consider an adoption call.",
      [("candidate for adoption",
        "The chairs would like input from the list to consider an adoption call.")])],
)  # fmt: skip
def test_a_stage_set_against_spoken_about_another_documents_or_a_protocols_is_none(
    said: str, found: list[tuple[str, str]]
) -> None:
    assert stages_of(said) == found


def test_a_section_stating_a_stage_of_no_document_it_names_is_about_its_heading() -> None:
    text = ("# ZEBRA WG Minutes - IETF 125\n\n## Stripe Flags Extension\n\nConsensus in room is "
            "to adopt as a WG item; to be confirmed on the list\n\n## Hoof Care\n\nWe have no "
            "more issues, think it's ready for WGLC.\n\n## Grass\n\nLong talk, no stage.\n")  # fmt: skip
    found = read(text)
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("Stripe Flags Extension", ["call for adoption"]),
        ("Hoof Care", ["ready for WG Last Call"]),
    ]


def test_a_heading_of_two_documents_is_about_both() -> None:
    text = ("# ZEBRA WG Minutes - IETF 125\n\n## Drafts\n\nThe STRIPES draft and the HOOF draft "
            "are out.\n\n## STRIPES and HOOF\n\nSTRIPES has been in WG Last Call since March.\n")  # fmt: skip
    found = read(text)
    assert [(d.name, d.subject_of) for d in found.documents] == [
        ("STRIPES", [1]),
        ("HOOF", [1]),
    ]


@pytest.mark.parametrize(
    ("heading", "said"),
    [("Dana Smith", "**Dana Smith**: the draft is fine.\n\nRegarding draft, agree so far."),
     ("7. Working Group Actions", "The consensus in the room to adopt the stripes draft."),
     ("Virtual interims?", "Clear adoption call, which we'll confirm on the list."),
     ("Draft Status", "The document was adopted last time."),
     ("Summary and Areas for Coordination", "Adoption call sent to mailing list."),
     ("Current Working Group Business", "Resolve WGLC comments."),
     ("Interop", "Dana: When draft is more approved, we run an interop."),
     ("Crash Recovery", "The same procedure is adopted."),
     ("Key Discussion Points", "The draft is in WG Last Call."),
     ("Decisions and Action Items", "A call for adoption will be initiated."),
     ("Goals", "The draft is ready for WGLC."),
     ("Preliminary Decisions (Subject to Mailing List Confirmation)",
      "The draft is in WG Last Call."),
     ("Work Item 1: Protocol Framing", "The draft is ready for WGLC."),
     ("Poll: Do you support the proposal?", "The draft is ready for WGLC."),
     ("SenML Documents (Carsten, Ari) (20)", "The draft is ready for WGLC."),
     ("Base Drafts Discussion", "The draft is in WG Last Call."),
     ("3. Relation to Existing Laws (Issue 1902 / Issue 160)", "The draft is in WG Last Call."),
     ("AI Training Category (PR 205)", "The draft is ready for WGLC."),
     ("Carsten Bormann (CB) presenting.", "CB: the draft is ready for WGLC."),
     ("Aside", "Sean: do WG last call. Gets sent to IESG, they give feedback."),
     ("Applicability: Lists vs. Exclusions (Issue 160 / Section 3.2)", "The draft is done.")],
)  # fmt: skip
def test_a_persons_name_actions_or_a_preposition_names_no_document(heading: str, said: str) -> None:
    found = read(f"# ZEBRA WG Minutes - IETF 125\n\n## {heading}\n\n{said}\n")
    assert [d.name for d in found.documents if d.name != "stripes"] == []


def test_a_name_written_apart_is_the_draft_whose_topic_writes_it_together() -> None:
    text = ("# ZEBRA WG Minutes - IETF 125\n\n## Zebra Flags\n\nThe draft is nearly done: "
            "draft-ietf-zebra-zebraflags-03 and draft-ietf-zebra-hoofs-01.\n")  # fmt: skip
    found = read(text)
    assert [(d.name, d.also) for d in found.documents] == [
        ("draft-ietf-zebra-zebraflags-03", ["Zebra Flags"]),
        ("draft-ietf-zebra-hoofs-01", []),
    ]


def test_a_section_below_a_documents_section_is_a_topic_of_that_document() -> None:
    text = ("# ZEBRA WG Minutes - IETF 125\n\n## Stripes\n\nThe draft is nearly done.\n\n"
            "### Error handling\n\nmnot: propose to close the issue\n\nlmasinter: OK\n\n"
            "We have no more issues, think it's ready for WGLC.\n")  # fmt: skip
    found = read(text)
    assert [(d.name, d.subject_of, [s.kind for s in d.stages]) for d in found.documents] == [
        ("Stripes", [0, 1], ["ready for WG Last Call"])
    ]
    t = transcribe(found, "x.md").transcription
    assert [(d.kind, d.document) for s in t.sections for d in s.decisions] == [
        ("agreed", "stripes")
    ]


def test_a_heading_that_is_a_name_alone_is_another_name_of_the_draft_its_first_lines_give() -> None:
    found = read(
        "# HTTP WG\n\n## Resumable Uploads\n\n* **Draft:** [draft-ietf-httpbis-resumable-upload]"
        "(https://example.org/a)\n* **Discussion:** Focus was on retries.\n\n"
        "## Error handling\n\n* I-D: https://example.org/draft-ietf-masque-connect-ip\n\n"
        "Tommy: any opinions?\n\n## Next Steps\n\n* **Resumable Uploads:** Editors aim to "
        "finish.\n"
    )
    assert [(d.name, d.also, d.subject_of) for d in found.documents] == [
        ("draft-ietf-httpbis-resumable-upload", ["Resumable Uploads"], [0]),
        ("draft-ietf-masque-connect-ip", [], [1]),
    ]


def test_a_datatracker_field_below_an_empty_label_gives_the_sections_draft() -> None:
    found = read(
        "# MLS IETF 114\n\n# Content Negotiation - Rohan Mahy (20min)\nI-D:\n"
        "Datatracker: https://datatracker.ietf.org/doc/draft-mahy-mls-content-neg/\nSlides: TBD\n"
        "* Nobody in the room read this document either\n"
        "* Sean (chair): kind of out of scope of chater, but seems needed. Talk to AD.\n"
    )
    assert [(d.name, d.also, d.subject_of) for d in found.documents] == [
        ("draft-mahy-mls-content-neg", [], [1]),  # not also a document "Content Negotiation"
    ]


def test_a_decision_naming_no_document_is_about_the_draft_its_item_or_section_names_before_it() -> (
    None
):
    found = read(
        "# QUIC WG\n\n## Drafts\n\nDiscuss the input documents for adoption:\n\n"
        "* [draft-hamilton-quic-transport](https://example.org/a)\nSee: slides.\n\n"
        "Spencer asked how many have read the draft.\n\n"
        "Humming if this is a suitable starting point. A strong consensus for WG adoption.\n\n"
        "* [draft-iyengar-quic-loss-recovery](https://example.org/b)\nSee: slides.\n\n"
        "Martin asked about pluggable congestion control, as in draft-ietf-tcpm-cubic.\n\n"
        "Hum for adopting the document: Very strong support.\n\n"
        "Ian: the parking lot is next.\n\n## Parking lot\n\n"
        "* Endian issues - see draft-ietf-zebra-endian\n\nHum for big endian: strong.\n\n"
        "## Other business\n\nDana compared draft-ietf-zebra-hoofs and draft-ietf-zebra-manes."
        "\n\nHum for a second interim: strong.\n\n## Open mic\n\n* Statefulness (Brian "
        "Trammell)\nSee: slides.\n\nBrian: draft-trammell-plus-statefulness is next.\n\n"
        "* Spots (Dana Ruiz)\nSee: slides.\n\nHum for spots: strong.\n"
    )
    assert [(d.text[:24], d.documents) for d in found.decisions] == [
        ("Humming if this is a sui", ["draft-hamilton-quic-transport"]),
        ("Hum for adopting the doc", ["draft-iyengar-quic-loss-recovery"]),
        ("Hum for big endian: stro", ["draft-ietf-zebra-endian"]),
        ("Hum for a second interim", []),
        ("Hum for spots: strong.", []),
    ]


def test_a_decision_in_an_item_that_opens_with_a_draft_is_about_it_in_a_section_about_more() -> (
    None
):
    found = read(
        "# ZEBRA WG\n\n## Stripes cluster\n\nThe stripes cluster is ready for WGLC.\n\n"
        "* draft-ietf-zebra-stripes-01 --- Asked to start an adoption call.\n\n"
        "    Six people would support adoption.\n\n"
        "* draft-ietf-zebra-hooves-02 ➔ WGLC\n    - CB: Who has read a version? 5\n\n"
        "Who has read the cluster? 7\n"
    )
    assert [(d.text[:24], d.documents) for d in found.decisions] == [
        ("Six people would support", ["draft-ietf-zebra-stripes-01"]),
        ("Who has read a version? ", ["draft-ietf-zebra-hooves-02"]),
        ("Who has read the cluster", []),  # at the margin: transcribe gives the section's
    ]


def test_a_decision_is_about_the_document_its_item_is_the_title_of() -> None:
    found = read(
        "# ZEBRA WG\n\n## WG Document Presentations\n\n- Rate Limit Headers\nRoberto: a new "
        "header.\nDarrel to be a new co-author.\n\n- Deprecation Header\nRich: nobody "
        "volunteers.\nMNot: But should we move it forward?\nQ Misell: Agree with Mark.\n\n"
        "- Next steps\nDana: Consensus to meet again.\n"
    )
    assert [d.name for d in found.documents] == ["Rate Limit Headers", "Deprecation Header"]
    assert [(d.text[:24], d.documents) for d in found.decisions] == [
        ("Roberto: a new header. D", ["Rate Limit Headers"]),
        ("MNot: But should we move", ["Deprecation Header"]),
        ("Dana: Consensus to meet ", []),
    ]


def test_an_action_item_is_about_the_document_its_item_is_of_only_within_the_item() -> None:
    found = read(
        "# ZEBRA WG\n\n## Documents with Content Updates\n\n- link-hint\nPlease review and "
        "provide feedback\n\n- Rate Limit Headers\nDana: it is nearly done.\n\nKyle: I will "
        "send text.\n"
    )
    assert "Rate Limit Headers" in [d.name for d in found.documents]
    assert [(a.text, a.documents) for a in found.actions] == [
        ("Please review and provide feedback", ["link-hint"]),
        ("I will send text.", []),
    ]


def test_an_action_item_naming_no_document_is_about_the_one_its_section_is_about() -> None:
    found = read(
        "# ZEBRA WG\n\n## Stripes - draft-ietf-zebra-stripes\n\nDana: I will write the text.\n\n"
        "## Hoofs\n\nDana: I will send the hoofs text for draft-ietf-zebra-hoofs.\n\n"
        "## Action items\n\n* Lars to book the interim room\n"
    )
    t = transcribe(found, "x.md").transcription
    assert [(a.what, a.document) for a in t.actions] == [
        ("I will write the text.", "draft-ietf-zebra-stripes"),
        ("I will send the hoofs text for draft-ietf-zebra-hoofs.", "draft-ietf-zebra-hoofs"),
        ("Lars to book the interim room", None),
    ]


def test_a_record_in_a_section_about_several_documents_is_about_none_of_them_alone() -> None:
    found = read(
        "# ZEBRA WG\n\n## Stripes\n\ndraft-ietf-zebra-stripes, draft-ietf-zebra-hoofs\n\n"
        "Dana: I will write the text.\n\n**Show of hands: have you read any of them: 7 Yes, "
        "18 No**\n"
    )
    t = transcribe(found, "x.md").transcription
    assert [d.name for d in t.documents] == ["draft-ietf-zebra-stripes", "draft-ietf-zebra-hoofs"]
    assert [(a.what, a.document) for a in t.actions] == [("I will write the text.", None)]
    assert [d.document for s in t.sections for d in s.decisions] == [None]


def test_a_talks_first_line_with_its_draft_slides_and_presenter_gives_the_draft_its_heading() -> (
    None
):
    found = read(
        "# CCWG Meeting, IETF 124\n\n## SCReAMv2\n\n[draft-johansson-ccwg-screamv2]"
        "(https://datatracker.ietf.org/doc/draft-johansson-ccwg-screamv2/), [slides](https://x/a)"
        "\n\nLars: fine.\n\n## BBRv3\n\n_Ian Swett_, [slides](https://x/b), [draft-ietf-ccwg-bbr]"
        "(https://datatracker.ietf.org/doc/draft-ietf-ccwg-bbr/)\n\nNeal: ok.\n\n"
        "## SEARCH -- a New Slow Start Algorithm\n\n_Mark Claypool_, [draft-chung-ccwg-search]"
        "(https://datatracker.ietf.org/doc/draft-chung-ccwg-search/)\n\nMirja: rate.\n\n"
        "## Origin (anything more?)\n\ndraft-ietf-httpbis-origin-frame-03\n\nMark: done.\n\n"
        "## Other\n\nLars: we search the space; the origin is the same.\n"
    )
    assert [(d.name, d.also, d.subject_of, d.sections) for d in found.documents] == [
        ("draft-johansson-ccwg-screamv2", ["SCReAMv2"], [0], [0]),
        ("draft-ietf-ccwg-bbr", ["BBRv3"], [1], [1]),
        ("draft-chung-ccwg-search", ["SEARCH"], [2], [2]),  # "search" is a word, no name
        ("draft-ietf-httpbis-origin-frame-03", [], [3], [3]),  # "Origin", a plain word
    ]


def test_a_stage_of_the_draft_is_its_sections_whatever_else_its_sentence_names() -> None:
    found = read(
        "# MASQUE WG\n\n#### Proxying Ethernet in HTTP - Alejandro Sedeno, 30 minutes\n\n"
        "Alejandro Sedeno presenting.  The draft has been adopted, pending successful recharter."
        "\n\nEric Kinnear puts up the charter update.\n"
    )
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("Proxying Ethernet in HTTP", [("adopted", "Alejandro Sedeno presenting. The draft has "
                                       "been adopted, pending successful recharter.")]),
        ("charter", []),
    ]  # fmt: skip


def test_a_stage_denied_in_a_question_is_none() -> None:
    said = "is there anyone who thinks we shouldn't progress the draft to WG last call?"
    assert stages_of(said) == []
    assert stages_of(f"{said} (resounding silence)") == []
    assert stages_of("We shouldn't progress the draft to WG last call.") == [
        ("WG document", "We shouldn't progress the draft to WG last call.")
    ]


@pytest.mark.parametrize(
    ("heading", "said"),
    [("Documents ready to move to WGLC ?", "Mike: need to do some work, not ready for WGLC."),
     ("Closing remarks", "The draft is done."),
     ("WG Document Presentations", "The draft is done."),
     ("Chair", "- Brief document updates\n\nThe draft is done."),
     ("Hoof Care", "Petr: Supports draft\n\nSimplified draft reads well.\n\nIs this going to "
      "become an IETF-managed document?"),
     ("Hoof Care", "Accept draft minutes from October 22.\n\nInitial draft deadline: 29 Feb "
      "2016\n\nSee Sebastian's Word document and the Google doc.\n\nDeliverable document"),
     ("Hoof Care", "ML (p3): Minimal document changes (referencing DNR).\n\nSmall document "
      "updates."),
     ("Hoof Care", "- Check draft regarding interdependencies\n- Review draft before the cut-off"),
     ("Hoof Care", "Jensen (Reviewer of the O&M document)"),
     ("Hoof Care", "Christian: Prefers a flag date\n    Important draft to get adoption"),
     ("Hoof Care", "Oliver: Want draft version by end of January\n\nNeed document by May."),
     ("Hoof Care", "Martin: An Experimental draft should have an experiment in it."),
     ("Hoof Care", "The aim is a WG-last-callable draft available by IETF106."),
     ("Hoof Care", "Sheng: targeting the date (31/Aug Stable draft WG charter sent to AD).\n\n"
      "The March draft has it; the Sept. draft will not."),
     ("New Working Group Business", "The draft is ready for WGLC."),
     ("General updates about the WG", "The draft is parked."),
     ("Related Business", "The draft is parked."),
     ("Chairs\u2019 Intro", "The draft is parked."),
     ("Opening - Luigi Iannone", "Luigi: The draft is parked."),
     ("What's next?", "- RG LC remains to be done but the I-D has been carefully reviewed."),
     ("Hoof Care", "Question: is there interest in adopting this?"),
     ("Call for adoption is on the mailing list and ends by Friday", "The draft is done."),
     ("Add implementation status/details and then Working Group Last Call",
      "The draft is done."),
     ("Introducing Block[3,4] (p6). Analogous to Block[1,2] with additions",
      "It already went through IESG.")],
)  # fmt: skip
def test_headings_of_documents_or_business_and_views_of_a_draft_name_no_document(
    heading: str, said: str
) -> None:
    found = read(f"# ZEBRA WG Minutes - IETF 125\n\n## {heading}\n\n{said}\n")
    assert [d.name for d in found.documents if d.name != "Hoof Care"] == []


def test_an_rfcs_revision_by_its_number_alone_is_a_document() -> None:
    found = read(
        "# CAPPORT\n\n## Status\n\nEric presented on 7710-bis-00.\n\nLorenzo: implementing "
        "RFC 7710bis soon.\n\n## Other\n\nEkr: 7626-bis is ready for WGLC. See the github.com/x/rfc7807bis repo.\n"
    )
    assert [(d.name, d.also, [s.kind for s in d.stages]) for d in found.documents] == [
        ("7710-bis", ["RFC 7710bis"], []),
        ("7626-bis", [], ["ready for WG Last Call"]),
    ]


def test_a_talks_title_leaves_out_the_short_name_after_it() -> None:
    found = read(
        "# HTTPAPI\n\n## Proposed WG Documents\n\n### Using The Date Header Field in HTTP "
        "Requests date-requests \u2013 Martin Thomson\n\nMartin: abandoning the work.\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("Using The Date Header Field in HTTP Requests", ["dead"])
    ]


def test_a_talks_title_leaves_out_what_it_brings_and_a_slot_credits_any_full_name() -> None:
    found = read(
        "# QUIC\n\n## Open issues, updates to multipath QUIC - Quentin De Coninck\n\nQuentin: "
        "two issues.\n\n## Update on HTTP/3 Priorities - Lucas Pardue\n\nLucas: done.\n\n"
        "#### 10 min - QUIC optimistic ACK - Louis Navarre\n\nSlides shown.\n\n"
        "#### 5 min - preview of Instant Acknowledgments in QUIC Handshakes - Jonas Muecke\n\n"
        "Slides shown.\n\n#### Stripes - Zebra Crossings\n\nSlides shown.\n\n"
        "### Presentation of state of play on vocabulary document (Paul Keller)\n\n"
        "Paul: three issues.\n"
    )
    assert [d.name for d in found.documents] == [
        "multipath QUIC", "HTTP/3 Priorities", "QUIC optimistic ACK",
        "Instant Acknowledgments in QUIC Handshakes", "vocabulary document",
    ]  # fmt: skip


def test_a_title_in_capitals_may_hold_a_verb() -> None:
    found = read(
        "# CCWG\n\n## Increase of the Congestion Window when the Sender is Rate-Limited\n\n"
        "The chairs will start an adoption call on the list.\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        (
            "Increase of the Congestion Window when the Sender is Rate-Limited",
            ["candidate for adoption"],
        )
    ]


def test_a_plain_text_outline_gives_sections_their_drafts_and_presenters() -> None:
    text = ("DNSOP WG\nIETF 104\n\ndraft-ietf-dnsop-stripes; Pallavi Aras and Shumon Huque\n"
            "    Shumon: Not ready for WG last call because there are pending issues\n")  # fmt: skip
    found = read(text, name="ietf104.txt")
    assert [(s.title, s.presenter) for s in found.sections] == [
        ("draft-ietf-dnsop-stripes", "Pallavi Aras and Shumon Huque"),
    ]
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-dnsop-stripes", ["WG document"])
    ]


def test_a_section_whose_first_line_is_a_draft_alone_is_about_that_draft() -> None:
    text = ("# ZEBRA WG Minutes - IETF 125\n\n## Dana Smith: Stripes progress\n\n"
            "draft-ietf-zebra-stripes-10\n\nOutcome: will do last call on working group list."
            "\n\n## Grass\n\n* https://datatracker.ietf.org/doc/draft-smith-hooves/ and "
            "more words\n\nRoom is ready for WGLC.\n")  # fmt: skip
    found = read(text)
    assert [(d.name, d.subject_of, [s.kind for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-zebra-stripes-10", [0], ["WG Last Call planned"]),
        ("Grass", [1], ["ready for WG Last Call"]),
        ("draft-smith-hooves", [], []),
    ]


def test_the_groups_own_name_is_no_document() -> None:
    text = ("# IETF Zebra Stripes Protocol (zsp) WG\n- Date: 2023-07-25\n\n# AGENDA:\n\n"
            "## Updates to draft-ietf-zsp-core\n\nDana: still waiting for this ZSP draft to "
            "become stable.\n")  # fmt: skip
    assert [d.name for d in read(text).documents] == ["draft-ietf-zsp-core"]
    # A title of the group's name and "agenda" names the group too, and no document.
    text = ("# ZSP agenda:\n\n* Chairs Introduction - 10m\n\nDana Lee: using ZSP for ongoing "
            "maint\n\nlee: Please clarify.\n\nPoll to adopt both solution docs.\n    raise "
            "hands: 20\n\n# How to ZSP:\n- general info: https://datatracker.ietf.org/wg/zsp/\n")  # fmt: skip
    assert [d.name for d in read(text).documents] == []


def test_a_section_whose_first_line_is_its_talks_slot_is_of_its_titles_document() -> None:
    found = read(
        "# MASQUE at IETF 119\n\n## QUIC-Aware Proxying\n\n_Tommy Pauly and Eric Rosenberg, 25 "
        "minutes_\n\nTommy gives a recap.\n\n## Proxying Ethernet\n\n_Alejandro Sedeño, 25 "
        "minutes_\n\nShould we do more?\n\n## SCONE Hackathon Project\n\n*Wesley Eddy, 15 "
        "minutes*\n\nIt went well.\n\n## Chromium Implementation Status Update\n\n_Kenichi "
        "Ishibashi, 10 minutes_\n\nIt races TCP and QUIC.\n\n## Lunch plans\n\nTommy: 25 minutes\n"
    )
    assert [d.name for d in found.documents] == ["QUIC-Aware Proxying", "Proxying Ethernet"]


def test_a_section_whose_first_item_gives_its_time_and_presenter_is_a_talks() -> None:
    found = read(
        "# QUIC WG at IETF 118\n\n### QUIC Address Discovery\n\n* xx min [slides](https://x.org/"
        "a.pdf) **Marten Seemann**\n\n**MS**: is there WG interest in this work?\n\n### ACK "
        "Receive Timestamps\n* 10 min - QUIC ACK receive timestamps [slides](https://x.org/t.pdf)"
        " **Sharad Jaiswal [SJ]**\n\n**SJ**: hello.\n\n### BDP Frame\n* 5 min - [QUIC BDP frame]"
        "(https://datatracker.ietf.org/doc/draft-kuhn-quic-bdpframe-extension/) [slides](https://"
        "x.org/b.pdf). **Gorry Fairhurst**\n\n**LP**: apologies, will do this next meeting.\n\n"
        "### Lunch\n\n* 60 min at noon\n\n**LP**: eat.\n"
    )
    assert [(d.name, d.also) for d in found.documents] == [
        ("QUIC Address Discovery", []),
        ("ACK Receive Timestamps", []),
        ("draft-kuhn-quic-bdpframe-extension", ["QUIC BDP frame", "BDP Frame"]),
    ]


def test_a_section_whose_first_line_is_its_presenters_full_names_is_a_talks() -> None:
    found = read(
        "# HTTP WG at IETF 126\n\n## The Preliminary Request Denied HTTP Status Code\n\n"
        "*Mark Nottingham*\n\nMark: Core text is stable.\n\n"
        "##  A Perfect Forward Secure Extension to Oblivious HTTP\n\n*David Schinazi*\n\n"
        "Mark: Discussion needs to continue.\n\n## The Agenda\n\n*Mark Nottingham*\n\nOk.\n\n"
        "## Lunch plans\n\n*Noon sharp*\n\nOk.\n\nBatch Signing for TLS\n=====================\n"
        "David Benjamin\n\nekr: This is cool.\n\nDavid: Thanks.\n\nCoffee Break\n============\n"
        "Soon Enough\n"
    )
    assert [d.name for d in found.documents] == [
        "The Preliminary Request Denied HTTP Status Code",
        "A Perfect Forward Secure Extension to Oblivious HTTP",
        "Batch Signing for TLS",
    ]


def test_a_section_whose_first_line_names_its_presenters_is_of_its_titles_document() -> None:
    found = read(
        "# MASQUE at IETF 120\n\n# Quic Aware Proxying\nSpeakers: Tommy and Eric\n\nChanges made."
        "\n\n# Bundle Preloading\nPresented by : Felipe\n\nBenchmarks next.\n\n# Lunch plans\n"
        "\nLunch is at noon.\n\n# Feedback\nSpeaker: A lot of people liked it\n\n# Ethernet proxying\n"
        "Presented by Alejandro Sedeno\n\nOpen issues.\n\n# rLEDBAT\n\nVidhi presents.\n\nDone."
        "\n\n# Comparisons of Security Options\n\nJeffrey & Martin presenting\n\nOk.\n\n"
        "# Welcome\n\nChairs presenting.\n\nHi.\n\n# Multipath QUIC update + open issues\n"
        "-----------------------------------\n\nYanmei Liu presenting [slides](https://x.org/mp."
        "pdf)\n\nOk.\n\n# BBRv3 Update and Deployment Status\n\nNeal Cardwell presenting\n\nOk.\n"
    )
    assert [d.name for d in found.documents] == [
        "Quic Aware Proxying", "Bundle Preloading", "Ethernet proxying", "rLEDBAT",
        "Comparisons of Security Options", "Multipath QUIC", "BBRv3",
    ]  # fmt: skip


def test_a_stage_has_the_date_its_clause_gives_its_year_nearest_the_meeting() -> None:
    found = read(
        "# QUIC WG, IETF 121, Dublin, 6 November 2024\n\n## draft-ietf-quic-foo\n\n"
        "Needs one more update, ready for WGLC in March.\n\n## draft-ietf-quic-bar\n\n"
        "WGLC currently planned for mid-april 2025; more reviews since 1 October.\n\n"
        "## draft-ietf-quic-baz\n\nAdopted in July.\n\n## draft-ietf-quic-qux\n\n"
        "We will go to WGLC by June.\n"
    )
    assert {
        d.name: [(s.kind, s.date and (s.date.text, s.date.first)) for s in d.stages]
        for d in found.documents
    } == {
        "draft-ietf-quic-foo": [("WG Last Call planned", ("March", dt.date(2025, 3, 1)))],
        "draft-ietf-quic-bar": [("WG Last Call planned", ("april 2025", dt.date(2025, 4, 1)))],
        "draft-ietf-quic-baz": [("adopted", ("July", dt.date(2024, 7, 1)))],
        "draft-ietf-quic-qux": [("WG Last Call planned", ("June", dt.date(2025, 6, 1)))],
    }


def test_a_date_on_a_line_listing_another_document_is_none_of_the_stages_above_it() -> None:
    found = read(
        "# CORE WG\n\n## Status\n\n~~~~\nDocuments nearing WGLC\ndraft-ietf-core-yang-cbor-10\n"
        "draft-veillette-core-yang-library-05 (in WGA call until 2019-07-18)\n~~~~\n\n"
        "## Comi\n\ndraft-ietf-core-comi is in WGLC until\n2019-08-01.\n"
    )
    assert {
        d.name: [(s.kind, s.date and s.date.text) for s in d.stages] for d in found.documents
    } == {
        "draft-ietf-core-yang-cbor-10": [("WG Last Call planned", None)],
        "draft-veillette-core-yang-library-05": [("WG Last Call planned", None)],
        "draft-ietf-core-comi": [("in WG Last Call", "2019-08-01")],
    }


def test_ready_for_another_round_of_last_call_is_ready_for_wg_last_call() -> None:
    assert stages_of("Authors think the document is ready for another round of Last Call.") == [
        (
            "ready for WG Last Call",
            "Authors think the document is ready for another round of Last Call.",
        )
    ]


def test_an_iesg_state_as_the_datatracker_writes_it_is_submitted_to_the_iesg() -> None:
    assert stages_of("| draft-ietf-cellar-matroska-16 | Waiting for Writeup::AD Followup |") == [
        (
            "submitted to the IESG",
            "| draft-ietf-cellar-matroska-16 | Waiting for Writeup::AD Followup |",
        )
    ]
    assert stages_of("The draft is waiting for shepherd write-up.") == [
        ("waiting for write-up", "The draft is waiting for shepherd write-up.")
    ]


def test_a_datatracker_state_alone_in_a_tables_cell_is_its_stage_not_in_prose() -> None:
    states = ["WG Document", "Waiting for WG Chair Go-Ahead", "In Last Call (ends 2023-02-28)",
              "IESG Evaluation", "RFC Ed Queue", "Dead WG Document", "ID Exists"]  # fmt: skip
    assert [[stage for stage, _ in stages_of(f"| draft-ietf-a-b-01 | {s} | 2023-04-01 |")]
            for s in states] == [
        ["WG document"], ["in WG Last Call"], ["submitted to the IESG"], ["submitted to the IESG"],
        ["with the RFC Editor"], ["dead"], [],
    ]  # fmt: skip
    assert stages_of("This is a WG document now, and not dead.") == []


def test_an_i_d_named_by_its_words_is_a_document_and_a_groups_document_is_none() -> None:
    found = read(
        "# CCAMP DT\n\n## 1) Next steps for Use Cases I-D (just adopted as CCAMP WG document)\n\n"
        "Dan: fine.\n\nThis is to ensure a smooth path for the Use Cases I-D through IESG.\n\n"
        "## Status\n\nThe PA-TNC and PB-TNC I-Ds are in the RFC Editor Queue.\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("Use Cases", ["adopted"]),
        ("PA-TNC", ["with the RFC Editor"]),
        ("PB-TNC", ["with the RFC Editor"]),
    ]


def test_a_headings_time_in_brackets_before_its_colon_is_no_part_of_its_name() -> None:
    found = read(
        "# ICCRG\n\n### Tutorial/Panel (45 minutes):\n\nThe document is a survey.\n\nMo: fine.\n"
    )
    assert [d.name for d in found.documents] == ["Tutorial/Panel"]


def test_an_rfcs_revision_names_the_draft_holding_it_anywhere_in_its_name() -> None:
    found = read(
        "# CCWG\n\n## 8298bis: Updated SCReAM congestion control - draft-johansson-ccwg-rfc8298bis-"
        "screamv2, slides - Ingemar Johansson, 20 minutes\n\nIngemar: the draft is ready.\n\n"
        "Eric: Show of hands: worth addressing Yes: 15 No: 1\n"
    )
    assert [(d.name, d.also) for d in found.documents] == [
        ("draft-johansson-ccwg-rfc8298bis-screamv2", ["8298bis", "rfc8298bis"])
    ]
    decided = transcribe(found, "m.md").transcription.sections[-1].decisions
    assert [d.document for d in decided] == ["draft-johansson-ccwg-rfc8298bis-screamv2"]


def test_a_stage_deep_in_a_list_is_of_the_document_its_nearest_named_line_above_names() -> None:
    text = """# ZEBRA WG Minutes - IETF 125

## Zebra Documents (Carsten, Ari) (20)

* draft-ietf-zebra-stripes-00 (10) --- Carsten

   - CB: We have talked about stripes before, will do a quick recap.
       - Stripes are a feature system now.
       - Ready for WGLC, but would be good to have some reviews.

* draft-ietf-zebra-hoofs-02 (10) --- Carsten

   - CB: can have binary hooves now.
       - CB: Ready for WGLC.

* draft-zebra-tails-06 ➔ To be integrated into zebra-manes or zebra-hooves
    - [Objective: a) Report remaining issues; b) Ask for adoption]
"""
    found = read(text)
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-zebra-stripes-00",
         [("ready for WG Last Call", "Ready for WGLC, but would be good to have some reviews.")]),
        ("draft-ietf-zebra-hoofs-02", [("ready for WG Last Call", "CB: Ready for WGLC.")]),
        ("draft-zebra-tails-06",  # the one its line opens with
         [("candidate for adoption", "[Objective: a) Report remaining issues; b) Ask for "
                                     "adoption]")]),
        ("zebra-manes", []),
        ("zebra-hooves", []),
    ]  # fmt: skip


def test_a_stage_labelling_a_list_of_drafts_is_each_drafts() -> None:
    text = """# ZEBRA WG Minutes - IETF 125

## Status

  * In WGLC:
    * draft-ietf-zebra-stripes-10
    * draft-ietf-zebra-hoofs-02

  * Other work:
    * draft-ietf-zebra-manes-01
"""
    found = read(text)
    quote = "In WGLC: * draft-ietf-zebra-stripes-10 * draft-ietf-zebra-hoofs-02"
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("draft-ietf-zebra-stripes-10", [("in WG Last Call", quote)]),
        ("draft-ietf-zebra-hoofs-02", [("in WG Last Call", quote)]),
        ("draft-ietf-zebra-manes-01", []),
    ]


def test_a_published_label_states_the_stage_of_each_short_name_its_items_open_with() -> None:
    text = """# ZEBRA WG Minutes - IETF 125

## Status

  * Published:
    * stripe-order-04 as RFC 8710
    * hoof-care-07 as RFC 8768

See the list at #manes-and-tails-42.
"""
    found = read(text)
    quote = "Published: * stripe-order-04 as RFC 8710 * hoof-care-07 as RFC 8768"
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("stripe-order-04", [("published", quote)]),
        ("RFC 8710", []),
        ("hoof-care-07", [("published", quote)]),
        ("RFC 8768", []),
    ]


def test_a_short_name_given_with_its_revision_is_the_drafts_without_one_too() -> None:
    found = read(
        "# CoRE\n\n## Dynlink\n\n* https://datatracker.ietf.org/doc/draft-ietf-core-dynlink/\n"
        "* https://datatracker.ietf.org/doc/draft-ietf-core-conditional-attributes/\n\n"
        "* Dynlink split into dynlink-14 and core-conditional-attributes-00, rather distinct.\n"
        "* Motivated by different maturity, core-conditional-attributes almost finished.\n"
    )
    assert [(d.name, [s.quote for s in d.remarks]) for d in found.documents] == [
        ("draft-ietf-core-dynlink", []),
        ("draft-ietf-core-conditional-attributes",
         ["Motivated by different maturity, core-conditional-attributes almost finished."]),
    ]  # fmt: skip


def test_a_paragraph_labelling_a_list_below_it_states_the_stage_of_each_item() -> None:
    text = """# ZEBRA WG Minutes - IETF 125

## Status

Published RFCs:

* RFC 9176: Zebra Stripes
* RFC 9254: Zebra Hoofs

In WGLC:

- draft-ietf-zebra-manes-03
- a review of the tails is due

Other work:

- draft-ietf-zebra-tails-01

IESG Processing:

- draft-ietf-zebra-coat-02
- draft-ietf-zebra-foal-01
"""
    found = read(text)
    rfcs = "Published RFCs: * RFC 9176: Zebra Stripes * RFC 9254: Zebra Hoofs"
    iesg = "IESG Processing: - draft-ietf-zebra-coat-02 - draft-ietf-zebra-foal-01"
    assert [(d.name, [(s.kind, s.quote) for s in d.stages]) for d in found.documents] == [
        ("RFC 9176", [("published", rfcs)]),
        ("RFC 9254", [("published", rfcs)]),
        ("draft-ietf-zebra-manes-03", []),
        ("draft-ietf-zebra-tails-01", []),
        ("draft-ietf-zebra-coat-02", [("submitted to the IESG", iesg)]),
        ("draft-ietf-zebra-foal-01", [("submitted to the IESG", iesg)]),
    ]


def test_a_document_named_by_its_stage_is_stated_no_stage() -> None:
    found = read(
        "# AIPREF\n\n## draft-madhavan-aipref-displaybasedpref\n\n"
        "Sonia: So the categories from Krishna's draft plus AI training from the adopted draft.\n"
        "\n## draft-ietf-zebra-stripes\n\nHaving some indication as part of the adopted "
        "document is valuable.\n\n## draft-zebra-hoofs\n\nThe draft was adopted.\n\n"
        "## draft-zebra-manes\n\nThe adopted draft is draft-zebra-manes.\n"
    )
    assert [(d.name, [s.kind for s in d.stages]) for d in found.documents] == [
        ("draft-madhavan-aipref-displaybasedpref", []),
        ("draft-ietf-zebra-stripes", []),
        ("draft-zebra-hoofs", ["adopted"]),
        ("draft-zebra-manes", ["adopted"]),
    ]


def test_a_documents_state_is_the_outcome_its_summary_gives_above_the_talk() -> None:
    text = (
        "# SCONE Minutes IETF 124\n\n## Zebra Stripes\n\n### Summary and Actions\n\n"
        "- The zebra stripes document is adopted.\n\n### Discussion\n\n"
        "Ann notes that this is an adoption call and we can change all that.\n\n"
        "## Zebra Hoofs\n\nThe zebra hoofs document is adopted.\n\n"
        "Bob: this was an adoption call.\n"
    )
    t = transcribe(read(text), "x.md").transcription
    assert [(d.name, d.state, [s.stage.value for s in d.stages]) for d in t.documents] == [
        ("Zebra Stripes", "Adopted", ["adopted", "call for adoption"]),
        ("Zebra Hoofs", "Call for adoption", ["adopted", "call for adoption"]),
    ]


def said_of(text: str) -> dict[str, list[tuple[str | None, str]]]:
    """Answer, by document name, what the transcription of a text records said of each
    discussed document: its speaker's name (None: no one named) and the words."""
    t = transcribe(read(text), "x.md").transcription
    names = {p.id: p.name for p in t.people}
    return {d.name: [(names.get(s.person or ""), s.words) for s in d.said] for d in t.documents}


def test_a_remark_on_where_a_document_stands_is_said_of_it_by_its_speaker() -> None:
    text = (
        "# HTTP WG\n\n## Active Drafts\n\n### BCP56bis\n\n"
        "Mark Nottingham: good progress - more examples, more review required\n\n"
        "Dana Lee: which examples?\n\n"
        "### Cookies\n\nNo update. Hopefully wind up soonish.\n\n"
        "### Transport\n\nIan: Some people said we should close the issue with no changes.\n\n"
        "Ian: F-RTO by waiting for RTO verification.\n\nIs it ready for more review?\n"
    )
    assert said_of(text) == {
        "BCP56bis": [("Mark Nottingham", "good progress - more examples, more review required")],
        "Cookies": [(None, "No update. Hopefully wind up soonish.")],
        "Transport": [],
    }


def test_a_remark_that_states_a_stage_is_a_stage_not_said_again() -> None:
    text = (
        "# QUIC WG\n\n## Load Balancers\n\n"
        "Stuck until we get more reviews and implementation experience. Don't want to go to "
        "WGLC without that.\n\n"
        "Martin: There are 10 remaining open issues and 3 minor PRs.\n"
    )
    found = read(text)
    (document,) = [d for d in found.documents if d.discussed]
    assert [s.kind for s in document.stages] == ["WG document"]
    assert said_of(text)["Load Balancers"] == [
        ("Martin", "There are 10 remaining open issues and 3 minor PRs.")
    ]


@pytest.mark.parametrize(
    "remark",
    [
        "Draft waiting for Shepherd Review",
        "MTU and Error handling are the open issues. Need more interop.",
        "I think this draft is in good shape.",
        "Security analysis done. Proved the authentication properties.",
        "For Http3Transport we are not as far along.",
        "Feature complete in -08 for the subset of URIs that CoAP supports",
        "Forgot to mention Mirja joined editor's team.",
        "We got early review from SECDIR.",
        "Link hints: has some open issues.",
        "No changes in -05.",
        "Not a lot of progress from last time, sorry.",
        "Been expired for awhile, if nobody volunteers we'll just drop it",
        "It doesn't have a github repo. It's also expired.",
        "Protocol frozen for interop and analysis.",
        "draft 11 is frozen. Two draft 11 implementations interoperating.",
    ],
)
def test_a_wait_a_need_or_a_shape_is_said_of_the_sections_document(remark: str) -> None:
    text = f"# ZEBRA WG\n\n## draft-ietf-zebra-stripes\n\n{remark}\n\nDana: which one?\n"
    assert said_of(text)["draft-ietf-zebra-stripes"] == [(None, remark)]


@pytest.mark.parametrize(
    "text",
    [
        "The next version will address some open points, and align with other drafts.",
        "Expect to have a new draft soon.",
        "MLS Architecture: Awaiting new draft",
    ],
)
def test_a_next_version_to_come_is_a_revision_expected(text: str) -> None:
    assert stages_of(text) == [("revision expected", text)]


@pytest.mark.parametrize(
    "words",
    [
        "Ian: Some people said we should close the issue with no changes.",
        "Ian: F-RTO by waiting for RTO verification.",
        "Ian: The server doesn't know if the server is waiting or not.",
        "Ray: No changes to authoritative infrastructure, RDATA identical structure as PTR.",
        "A mode of Bluetooth Low Energy, targeting applications with limited power.",
        "Ian: We are stuck with all the broken stuff.",
        "Ian: No change in KID Context, compatible with EDHOC.",
        "dip: I don't think servers are going to wait once its timer expired.",
        "Lars: Also expired drafts. Two sets of things ppl familiar with: RFCs, linux.",
        "Paul Hoffman: Don't register in IANA until the document is stable",
        "CB: Of course, the original draft is there but expired, see the archive.",
        "Lucas: We don't need to spend much time here if there are no updates.",
    ],
)
def test_the_same_words_of_something_else_say_nothing_of_where_a_document_stands(
    words: str,
) -> None:
    text = f"# ZEBRA WG\n\n## draft-ietf-zebra-stripes\n\n{words}\n"
    assert said_of(text)["draft-ietf-zebra-stripes"] == []


def test_a_revision_named_by_a_short_name_and_bis_is_one_document_however_written() -> None:
    found = read(
        "# HTTP WG\n\n## Retrofit\n\nMN: Nearly done sfbis, soon last call (again).\n\n"
        "No questions on SFBis or retrofit.\n\nMT: We completed sf-bis; httpbis is busy.\n"
    )
    by_name = {d.name: (d.also, [s.kind for s in d.stages]) for d in found.documents}
    assert by_name == {
        "Retrofit": ([], []),
        "sfbis": (["sf-bis"], ["WG Last Call planned"]),  # "SFBis": the same but for case
    }


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("JJ: WGLC ends on July 29th (tomorrow).", "in WG Last Call"),
        ("Since IETF 108, WGLC happened, then comments followed.", "in WG Last Call"),
        ("The document will go on a 2-week WGLC.", "WG Last Call planned"),
        ("WGLC would be a target after integrating those comments.", "WG Last Call planned"),
        ("Will soon submit -03 (minor change), then we would target WGLC.", "WG Last Call planned"),
        ("Updates RFC 8428, now a WG draft.", "adopted"),
        ("-08 just uploaded, DISCUSS just cleared.", "new revision"),
        ("Updated recently.", "new revision"),
        ("Draft moved from -08 to -11", "new revision"),
        ("api-catalog in RPC queue", "with the RFC Editor"),
        ("-sid in AD-Followup, completed third WGLC.", "submitted to the IESG"),
        ("-conditional-attributes: Revision expected based on WGLC", "revision expected"),
        ("core-coap-pm-00: new revision expected soon", "revision expected"),
    ],
)
def test_a_last_call_ending_or_targeted_a_wg_draft_now_or_a_revision_just_uploaded(
    text: str, stage: str
) -> None:
    assert stages_of(text) == [(stage, text)]


def test_a_last_call_ending_in_a_condition_is_no_stage() -> None:
    assert stages_of("When the WGLC ends, we will see.") == []


def test_a_heading_that_names_a_stage_alone_states_it_of_its_list_or_its_one_document() -> None:
    text = ("# ZEBRA WG Minutes - IETF 125\n\n## Status\n\n* draft-ietf-zebra-hoof is in "
            "good shape.\n\n### Completed WGLC\n\n* The status of draft-ietf-zebra-stripe was "
            "briefly presented.\n\n### Candidates for Adoption\n\n* draft-ietf-zebra-mane\n"
            "* draft-ietf-zebra-tail\n")  # fmt: skip
    found = {d.name: [(s.kind, s.quote) for s in d.stages] for d in read(text).documents}
    listed = "### Candidates for Adoption * draft-ietf-zebra-mane * draft-ietf-zebra-tail"
    assert found == {
        "draft-ietf-zebra-hoof": [],
        "draft-ietf-zebra-stripe": [("in WG Last Call", "### Completed WGLC")],
        "draft-ietf-zebra-mane": [("candidate for adoption", listed)],
        "draft-ietf-zebra-tail": [("candidate for adoption", listed)],
    }


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [("draft-ietf-zebra-hoof is now published as RFC8428.", "published"),
     ("draft-ietf-zebra-hoof: This actually passed WG adoption, waiting for resubmission.",
      "adopted"),
     ("draft-ietf-zebra-hoof: We can go for WGLC, this document looks ready.",
      "WG Last Call planned"),
     ("draft-ietf-zebra-hoof: Tim sees this as close to WGLC but would like final comments.",
      "WG Last Call planned"),
     ("draft-ietf-zebra-hoof-10: under shepherd write-up", "waiting for write-up"),
     ("draft-ietf-zebra-hoof: -27 will come in December addressing three remaining points.",
      "revision expected")],
)  # fmt: skip
def test_stages_said_as_minutes_write_them(sentence: str, stage: str) -> None:
    assert stages_of(sentence) == [(stage, sentence)]

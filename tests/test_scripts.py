"""What a script asks for: the fields of each record, their order, how many, the action
items of one document or owner, and the passages that hold some words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from msecwg.show import formats

from .conftest import EXAMPLE, Run

AUG_15 = ("--as-of", "2003-08-15")

ACTION_FIELDS = (
    "Fields of actions: id, listed, section, kind, what, document, document_name, people, "
    "people_role, state, current, done, dates, meeting, owner, quotes; current_date and the "
    "like for the fields of current."
)


@pytest.fixture
def meeting(tmp_path: Path) -> Path:
    """The test meeting with an item recorded done on 10 Mar 2030 (b, Bob's, whose name
    is now "Bob Smith") and one whose owner is written "The chairs" (c)."""
    minutes = (EXAMPLE.parent / "example-minutes.txt").read_text(encoding="utf-8")
    (tmp_path / "example-minutes.txt").write_text(
        minutes + "(c) The chairs will ask the list about Widget.\n", encoding="utf-8"
    )
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('name = "Bob"', 'name = "Bob Smith"')
    text = text.replace('people = ["bob"]\n', 'people = ["bob"]\ndone = 2030-03-10\n')
    item_c = (
        '[[actions]]\nid = "c"\nsection = "action-items"\nkind = "task"\n'
        'what = "Ask the list about Widget"\ndocument = "widget"\nowner = "The chairs"\n'
        'quotes = ["(c) The chairs will ask the list about Widget."]\n\n'
    )
    at = text.index("[[sections]]")
    path = tmp_path / "example.toml"
    path.write_text(text[:at] + item_c + text[at:], encoding="utf-8")
    return path


# The fields of each record.


def test_fields_gives_just_those_columns_in_the_order_asked(run: Run) -> None:
    result = run("actions", *AUG_15, "--fields", "id,current_date,state")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "id\tcurrent_date\tstate\n"
        "a\t2003-08-01\tpassed\n"
        "b\t2003-08-08\tpassed\n"
        "c\t2003-08-01\tpassed\n"
        "d\t2003-08-01\tpassed\n"
        "guidance\t\tundated\n"
        "lkh\t\tundated\n"
    )
    csv = run("actions", *AUG_15, "--fields", "state,id", "--format", "csv", "--limit", "2")
    assert csv.stdout == "state,id\npassed,a\npassed,b\n"


def test_fields_in_json_are_the_keys_of_each_record_and_the_envelope_stays(run: Run) -> None:
    result = run("actions", *AUG_15, "--fields", "id,current_date,current,people", "--json")
    answer = json.loads(result.stdout)
    assert answer["schema_version"] == 3
    assert answer["meeting"]["label"] == "IETF 57"
    first = answer["records"][0]
    assert list(first) == ["id", "current_date", "current", "people"]
    assert (first["id"], first["current_date"], first["current"]["state"]) == (
        "a", "2003-08-01", "passed",
    )  # fmt: skip
    assert [(r["id"], r["current_date"], r["current"]) for r in answer["records"][4:]] == [
        ("guidance", None, None),
        ("lkh", None, None),
    ]


def test_an_object_field_asked_by_its_name_is_every_column_of_it(run: Run) -> None:
    header = run("drafts", "--as-of", "2003-08-02", "--fields", "id,deadline").stdout
    assert header.splitlines()[0].split("\t") == [
        "id", "deadline_kind", "deadline_label", "deadline_date", "deadline_end",
        "deadline_precision", "deadline_as_written", "deadline_end_as_written",
        "deadline_condition", "deadline_tentative", "deadline_state", "deadline_days",
        "deadline_from_as_of",
    ]  # fmt: skip


def test_fields_without_a_format_are_tsv_even_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert formats.choose_output(None).format == "table"
    assert formats.choose_output(None, fields=("id",)).format == "tsv"
    assert formats.choose_output("json", fields=("id",)).format == "json"


def test_an_unknown_field_is_one_line_naming_the_closest_and_every_field(run: Run) -> None:
    result = run("actions", "--fields", "id,dat")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"msecwg: --fields: no field 'dat'. {ACTION_FIELDS}\n")
    by_date = run("actions", "--sort", "date")
    assert (by_date.exit_code, by_date.stdout) == (2, "")
    assert by_date.stderr == (
        f"msecwg: --sort: no field 'date'; did you mean current_date or dates? {ACTION_FIELDS}\n"
    )


def test_an_unknown_field_is_the_one_line_even_where_nothing_is_listed(run: Run) -> None:
    result = run("actions", "--overdue", "--as-of", "2003-07-01", "--fields", "nope")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"msecwg: --fields: no field 'nope'. {ACTION_FIELDS}\n")


@pytest.mark.parametrize(
    "args",
    [["drafts", "--outcome"], ["actions"], ["timeline"], ["meetings"], ["discussion"],
     ["discussion", "gsakmp"], ["people"], ["people", "hugh"], ["search", "token"]],
    ids=" ".join,
)  # fmt: skip
def test_the_line_naming_every_field_is_whole_for_every_listing(run: Run, args: list[str]) -> None:
    result = run(*args, "--fields", "deadline_dates")
    assert result.exit_code == 2
    assert result.stderr.startswith("msecwg: --fields: no field 'deadline_dates'")
    assert "…" not in result.stderr
    assert result.stderr.endswith(".\n") and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["actions", "--fields", "id", "--format", "table"],
         "Invalid value for '--fields': fields are chosen for tsv, csv and json records; a "
         "table shows its own columns (see 'msecwg actions --help')"),
        (["people", "--fields", ","],
         "Invalid value for '--fields': name a field or more: id,what "
         "(see 'msecwg people --help')"),
        (["actions", "--limit", "0"],
         "Invalid value for '--limit': 0 is not in the range x>=1. "
         "(see 'msecwg actions --help')"),
        (["drafts", "--sort", "-"],
         "Invalid value for '--sort': name a field: --sort id (see 'msecwg drafts --help')"),
    ],
)  # fmt: skip
def test_fields_sort_and_limit_used_wrongly_are_usage_errors(
    run: Run, args: list[str], message: str
) -> None:
    result = run(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"msecwg: {message}\n"


# Sorted, and how many.


def column(out: str, name: str) -> list[str]:
    """The values of one named column of TSV output."""
    header, *rows = (line.split("\t") for line in out.splitlines())
    return [row[header.index(name)] for row in rows]


def test_sort_orders_by_a_field_those_without_it_last_ties_in_the_minutes_order(
    run: Run,
) -> None:
    by_date = run("actions", *AUG_15, "--sort", "current_date").stdout
    assert column(by_date, "id") == ["a", "c", "d", "b", "guidance", "lkh"]
    latest_first = run("actions", *AUG_15, "--sort", "-current_date").stdout
    assert column(latest_first, "id") == ["b", "a", "c", "d", "guidance", "lkh"]
    by_id = run("actions", *AUG_15, "--sort", "-id").stdout
    assert column(by_id, "id") == ["lkh", "guidance", "d", "c", "b", "a"]


def test_numbers_sort_by_value(run: Run) -> None:
    result = run("people", "--sort", "-exchanges", "--limit", "3", "--fields", "name,exchanges")
    assert result.stdout == "name\texchanges\nLakshminath\t5\nHugh\t2\nThomas\t2\n"


def test_a_limited_table_says_how_many_of_how_many_it_shows(run: Run) -> None:
    result = run("actions", *AUG_15, "--sort", "id", "--limit", "2", "--format", "table")
    assert result.stdout.splitlines()[:5] == [
        "4 action items and 2 follow-ups of the MSEC WG, IETF 57, as of Fri 15 Aug 2003",
        "The first 2 of 6 (--limit 2).",
        "Id  Document           What              Date             State",
        "a   MIKEY              Last Call closes  Fri 1 Aug 2003¹  14 days ago",
        "b   MSEC Architecture  Last Call closes  Fri 8 Aug 2003   7 days ago",
    ]


def test_the_cards_of_long_follow_the_sort_and_the_limit(run: Run) -> None:
    result = run("actions", *AUG_15, "--long", "--sort", "-id", "--limit", "2", "--format", "table")
    titles = [line for line in result.stdout.splitlines() if line.startswith("Follow-up ")]
    assert result.stdout.splitlines()[1] == "The first 2 of 6 (--limit 2)."
    assert titles == [
        "Follow-up lkh, as of Fri 15 Aug 2003",
        "Follow-up guidance, as of Fri 15 Aug 2003",
    ]


# The action items of one document, one owner, or still open.


def test_actions_of_one_document(run: Run) -> None:
    result = run("actions", *AUG_15, "--document", "gkm-arch", "--fields", "id,document")
    assert result.stdout == "id\tdocument\nc\tgkm-arch\n"
    by_name = run("actions", *AUG_15, "--document", "MSEC Architecture", "--fields", "id")
    assert by_name.stdout == "id\nb\n"


def test_actions_of_one_owner_a_person_named_or_the_owner_as_written(
    run: Run, meeting: Path
) -> None:
    msec = run("actions", *AUG_15, "--owner", "lakshminath", "--fields", "id,people")
    assert msec.stdout == ("id\tpeople\nguidance\tLakshminath; Hugh; Thomas\nlkh\tLakshminath\n")
    data = ("--data", str(meeting), "--as-of", "2030-03-20", "--fields", "id")
    assert run("actions", *data, "--owner", "bob smith").stdout == "id\nb\n"
    assert run("actions", *data, "--owner", "Smith").stdout == "id\nb\n"
    assert run("actions", *data, "--owner", "chairs").stdout == "id\nc\n"
    assert run("actions", *data, "--owner", "the chairs").stdout == "id\nc\n"
    assert run("actions", *data, "--owner", "alice").stdout == "id\n"


def test_an_owner_written_beside_the_people_an_item_names_is_shown_as_written(
    run: Run, meeting: Path
) -> None:
    said = "(c) Carol and Bob will ask the list about Widget."
    with (meeting.parent / "example-minutes.txt").open("a", encoding="utf-8") as minutes:
        minutes.write(said + "\n")
    text = meeting.read_text(encoding="utf-8")
    text = text.replace('owner = "The chairs"\n', 'owner = "Carol and Bob"\npeople = ["bob"]\n')
    meeting.write_text(text.replace("(c) The chairs will ask the list about Widget.", said))
    data = ("--data", str(meeting), "--as-of", "2030-03-20")
    table = run("actions", *data, "--format", "table").stdout.splitlines()
    assert [line.strip() for line in table if line.strip().startswith("Who:")] == [
        "Who: —",
        "Who: Bob Smith",
        "Who: Carol and Bob",
    ]
    card = run("actions", "c", *data, "--format", "table").stdout.splitlines()
    assert [line for line in card if line.startswith(("People", "Owner"))] == [
        "People    Bob Smith",
        "Owner     Carol and Bob",
    ]


def test_an_owner_no_item_has_is_a_usage_error_naming_the_closest(run: Run) -> None:
    result = run("actions", "--owner", "lakshmi nath")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "msecwg: Invalid value for '--owner': no owner 'lakshmi nath'; try one of: "
        "Lakshminath (see 'msecwg actions --help')\n"
    )
    document = run("actions", "--document", "gkm-arx")
    assert document.stderr == (
        "msecwg: Invalid value for '--document': no document 'gkm-arx'; try one of: gkm-arch "
        "(see 'msecwg actions --help')\n"
    )


def test_open_actions_are_those_not_recorded_done_by_the_as_of_date(
    run: Run, meeting: Path
) -> None:
    data = ("--data", str(meeting), "--fields", "id,done", "--open")
    assert run("actions", *data, "--as-of", "2030-03-20").stdout == "id\tdone\na\t\nc\t\n"
    assert run("actions", *data, "--as-of", "2030-03-09").stdout == (
        "id\tdone\na\t\nb\t2030-03-10\nc\t\n"
    )


def test_document_owner_and_open_together(run: Run, meeting: Path) -> None:
    data = ("--data", str(meeting), "--as-of", "2030-03-20", "--fields", "id")
    both = run("actions", *data, "--document", "widget", "--owner", "chairs", "--open")
    assert both.stdout == "id\nc\n"


# Search: words, and phrases in quotes.


def test_search_finds_every_word_in_any_order(run: Run) -> None:
    words = run("search", "token", "interoperability", "--fields", "section,where,ref,speaker")
    assert words.stdout == "section\twhere\tref\tspeaker\ngsakmp\texchange\t6\tHaitham\n"
    reversed_ = run("search", "INTEROPERABILITY", "Token", "--fields", "section,where,ref,speaker")
    assert reversed_.stdout == words.stdout
    one_argument = run("search", "token interoperability", "--fields", "section,where,ref,speaker")
    assert one_argument.stdout == words.stdout


def test_search_finds_a_phrase_in_quotes_as_it_is_written(run: Run) -> None:
    words = run("search", "token", "policy", "--fields", "where,ref")
    assert column(words.stdout, "ref") == ["2", "1", "2", "3", "4", "6", "7"]
    phrase = run("search", '"policy token"', "--fields", "where,ref")
    assert phrase.stdout == words.stdout
    absent = run("search", '"token policy"', "--format", "table")
    assert (absent.exit_code, absent.stdout) == (0, "")
    assert absent.stderr.startswith("No passage of the minutes holds")
    typographic = run("search", "“policy token”", "gsakmp", "--fields", "where,ref")
    assert column(typographic.stdout, "ref") == ["2", "1", "3", "6"]


def test_search_folds_accents_and_finds_a_word_within_a_longer_one(run: Run) -> None:
    assert column(run("search", "Sébastien").stdout, "speaker") == ["Sebastien"]
    assert column(run("search", "interoperab").stdout, "ref") == ["6"]


def test_search_of_nothing_but_quotes_is_a_usage_error(run: Run) -> None:
    result = run("search", '""')
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "msecwg: Invalid value for WORDS: give some words to find (see 'msecwg search --help')\n"
    )


def test_limit_keeps_the_footnotes_of_the_rows_it_shows_and_no_others(run: Run) -> None:
    note = "¹ “or the IESG Last Call closing date, whichever comes first”"
    first = run("actions", "--as-of", "2003-08-02", "--limit", "2", "--format", "table")
    assert first.stdout.splitlines()[-1] == note
    last = run(
        "actions", "--as-of", "2003-08-02", "--sort", "-id", "--limit", "2", "--format", "table"
    )
    assert last.stdout.splitlines()[2:] == [
        "Id        Document       What                                        Date  State",
        "lkh       LKH-Algorithm  A separate LKH-Algorithm draft is needed;…  —     —",
        "guidance  Guidance       Write the new draft split off the GKM-Arc…  —     —",
        "… cut short: msecwg actions ID shows one whole, --long every one.",
    ]


def test_cite_on_names_left_apart_shows_them_without_words_of_the_minutes(
    run: Run, quic: Path
) -> None:
    result = run("--data", str(quic), "people", "--unjoined", "--cite", "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[4] == "Name             May be                 Why"


def test_limit_across_meetings_keeps_the_meeting_its_rows_are_of(run: Run, quic: Path) -> None:
    shown = run(
        "--data", str(quic), "people", "martin thomson", "--limit", "2", "--format", "table"
    )
    lines = shown.stdout.splitlines()
    at = lines.index("The first 2 of 233 (--limit 2).")
    assert lines[at + 1 : at + 3] == ["IETF 97", "Where            Passage"]
    actions = run("--data", str(quic), "actions", "--limit", "1", "--format", "table")
    assert actions.stdout.splitlines()[-3] == "IETF 97: Action items"

"""A document's stages, the names it is called and an item's owner as written: recorded
with the minutes' words, checked against the minutes, and shown on the card and in the
records for programs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .conftest import Run

DATA = Path(__file__).resolve().parent / "data"
STAGE = (
    'stages = [{ stage = "WG Last Call planned", quote = "Last Call announcement for Widget '
    'draft, will be sent out Friday 15 March 2030", date = { day = 2030-03-15, text = '
    '"Friday 15 March 2030" } }]'
)


def example(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    """Write the example transcription with edits beside its minutes; answer its path."""
    text = (DATA / "example.toml").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    shutil.copy(DATA / "example-minutes.txt", tmp_path)
    path = tmp_path / "example.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def staged(tmp_path: Path) -> Path:
    return example(
        tmp_path,
        ('state = "WG Last Call to be announced"', f'called = ["Widget Protocol"]\n{STAGE}\n'
         'state = "WG Last Call planned"'),
        ('what = "Post a revised Gadget draft"\ndocument = "gadget"\npeople = ["bob"]',
         'what = "Post a revised Gadget draft"\ndocument = "gadget"\nowner = "Bob"'),
    )  # fmt: skip


def test_the_card_shows_each_stage_with_its_date_and_words(run: Run, staged: Path) -> None:
    result = run(
        "--data", str(staged), "drafts", "widget", "--as-of", "2030-03-10", "--format", "table"
    )
    assert result.stdout.splitlines()[:7] == [
        "Widget, as of Sun 10 Mar 2030",
        "Status       Experimental",
        "State        WG Last Call planned (as of the meeting, Tue 5 Mar 2030)",
        "Also called  Widget Protocol",
        "Stages       WG Last Call planned, Friday 15 March 2030",
        "               “Last Call announcement for Widget draft, will be sent out Friday",
        "               15 March 2030”",
    ]


def test_records_carry_stages_called_and_owner(run: Run, staged: Path) -> None:
    drafts = json.loads(run("--data", str(staged), "drafts", "widget", "--json").stdout)
    record = drafts["records"][0]
    assert (record["called"], record["stages"]) == (
        ["Widget Protocol"],
        [
            {
                "stage": "WG Last Call planned",
                "quote": "Last Call announcement for Widget draft, will be sent out Friday 15 "
                "March 2030",
                "date": "2030-03-15",
                "date_as_written": "Friday 15 March 2030",
            }
        ],
    )
    actions = json.loads(run("--data", str(staged), "actions", "--json").stdout)
    assert [(r["id"], r["owner"], r["people"]) for r in actions["records"]] == [
        ("a", None, []),
        ("b", "Bob", []),
    ]


def test_the_action_card_names_an_owner_who_is_no_person_of_the_meeting(
    run: Run, staged: Path
) -> None:
    card = run(
        "--data", str(staged), "actions", "b", "--as-of", "2030-03-10", "--format", "table"
    ).stdout
    assert [line for line in card.splitlines() if line.startswith("Owner")] == ["Owner     Bob"]


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (
            ('state = "WG Last Call to be announced"',
             'stages = [{ stage = "adopted", quote = "Adopted by the WG." }]\nstate = "x"'),
            "documents[0].stages[0].quote: not in the minutes: 'Adopted by the WG.'",
        ),
        (
            ('state = "WG Last Call to be announced"', 'called = ["Widget Spec"]\nstate = "x"'),
            "documents[0].called[0]: not in the minutes: 'Widget Spec'",
        ),
        (
            ('what = "Post a revised Gadget draft"', 'what = "Post a revised Gadget draft"\nowner = "Carol"'),
            "actions[1].owner: not in the record's quotes: 'Carol'",
        ),
        (
            ('state = "WG Last Call to be announced"',
             STAGE.replace('day = 2030-03-15, text = "Friday 15 March 2030"', 'day = 2030-03-29, text = "29 March 2030"') + '\nstate = "x"'),
            "documents[0].stages[0].date.text: not in the record's quotes: '29 March 2030'",
        ),
    ],
)  # fmt: skip
def test_check_refuses_stages_names_and_owners_not_in_the_minutes(
    run: Run, tmp_path: Path, edit: tuple[str, str], problem: str
) -> None:
    path = example(tmp_path, edit)
    result = run("check", str(path))
    assert result.exit_code == 1
    assert f"msecwg: {path}: {problem}" in result.stderr.splitlines()


def test_a_document_is_found_by_another_name_the_minutes_call_it(run: Run, staged: Path) -> None:
    card = run("--data", str(staged), "drafts", "widget protocol", "--format", "table").stdout
    assert card.splitlines()[0].startswith("Widget, as of ")


def test_a_table_leaves_out_status_and_deadline_that_no_document_has(
    run: Run, tmp_path: Path
) -> None:
    text = (DATA / "example.toml").read_text(encoding="utf-8")
    text = text[: text.index("[[actions]]")] + text[text.index("[[sections]]") :]
    path = example(tmp_path)
    path.write_text(text.replace('status = "Experimental"\n', ""), encoding="utf-8")
    table = run("--data", str(path), "drafts", "--as-of", "2030-03-10", "--format", "table")
    assert table.stdout.splitlines()[-3:] == [
        "Document  State",
        "Widget    WG Last Call to be announced",
        "Gadget    Revision to be posted",
    ]


def test_a_long_name_wraps_where_no_status_or_deadline_is_shown(run: Run, tmp_path: Path) -> None:
    text = (DATA / "example.toml").read_text(encoding="utf-8")
    text = text[: text.index("[[actions]]")] + text[text.index("[[sections]]") :]
    text = text.replace('status = "Experimental"\n', "").replace(
        'name = "Widget"',
        'name = "Manageability and Applicability of the Widget Transport Protocol"',
    )
    path = example(tmp_path)
    path.write_text(text, encoding="utf-8")
    table = run("--data", str(path), "drafts", "--as-of", "2030-03-10", "--format", "table")
    assert table.stdout.splitlines()[-4:] == [
        "Document                                            State",
        "Manageability and Applicability of the Widget       WG Last Call to be announced",
        "Transport Protocol",
        "Gadget                                              Revision to be posted",
    ]

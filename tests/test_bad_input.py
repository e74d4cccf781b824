"""Broken transcriptions and bad command-line values: one clear line, the right exit
code, no traceback, nothing written."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from msecwg.errors import DataError
from msecwg.store import load

from .conftest import LISTINGS, Run

BAD = Path(__file__).parent / "data" / "bad"

# Each broken transcription in tests/data/bad/, and every problem `msecwg check`
# must report for it, in order (after "msecwg: FILE: ").
PROBLEMS = {
    "bad-id.toml": ["people[0].id: expected an id: lower-case letters, digits and dashes, like 'alice'"],
    "blank-quote.toml": ["people[0].quotes[0]: holds no words; a quote is words of the minutes"],
    "closes-before-it-opens.toml": [
        "actions[0].closes: Friday 1 March 2030 is before Friday 15 March 2030, the day it opens; a Last Call closes on or after it opens",
        "actions[0].closes.text: '29 March 2030' does not name the date recorded, Friday 1 March 2030",
    ],
    "date-as-written-differs.toml": [
        "actions[0].date.text: 'Friday 15 March 2030' does not name the date recorded, Thursday 14 March 2030",
        "actions[0].date.text: 'Friday 15 March 2030' says Friday, but Thursday 14 March 2030 is a Thursday",
    ],
    "duplicate-ids.toml": [
        "documents: the id or name 'widget' is used 2 times",
        "actions[1].document: unknown document 'gadget' (known: widget)",
    ],
    "duplicate-topic-names.toml": ["sections: the id or name 'action-items' is used 2 times"],
    "empty.toml": ["the file is empty; a transcription file starts with 'schema = 2'"],
    "far-future.toml": ["meeting.date.day: 9030-03-05 is outside the years msecwg shows (1900 to 2999)"],
    "id-with-newline.toml": ["people[0].id: expected an id: lower-case letters, digits and dashes, like 'alice'"],
    "latin-1.toml": ["not UTF-8 text (byte 319); save it as UTF-8"],
    "missing-field.toml": ["meeting: object missing required field `working_group`"],
    "missing-minutes.toml": ["minutes: {bad}/absent-minutes.txt: no such file"],
    "no-quotes.toml": ["people[0].quotes: expected `array` of length >= 1"],
    "no-such-date.toml": ["not valid TOML: invalid date, expected day between 01 and 28 at line 52 column 16"],
    "not-toml.toml": ["not valid TOML: key with no value, expected `=` at line 1 column 7"],
    "nul-byte.toml": ["not valid TOML: invalid basic string, expected non-double-quote visible characters, `\\` at line 11 column 16"],
    "old-schema.toml": ["schema: this is a version 1 transcription; this msecwg reads version 2 (make one from the minutes with 'msecwg import')"],
    "quote-not-in-minutes.toml": ["people[1].quotes[0]: not in the minutes: 'Bob: Not yet, sorry.'"],
    "schema-version.toml": ["schema: this is a version 3 transcription; this msecwg reads version 2 (make one from the minutes with 'msecwg import')"],
    "syntax-error.toml": ["not valid TOML: invalid basic string, expected `\"` at line 11 column 19"],
    "table-expected.toml": ["meeting: expected `object`, got `str`"],
    "unattributed-with-person.toml": [
        "sections[0].exchanges[1]: an exchange has a person unless its form is 'unattributed'",
    ],
    "unknown-document.toml": ["actions[0].document: unknown document 'wigdet' (known: gadget, widget)"],
    "unknown-field.toml": ["meeting: object contains unknown field `country`"],
    "unknown-kind.toml": ["actions[1].kind: invalid enum value 'chore'"],
    "unknown-owner.toml": ["actions[1].people[0]: unknown person 'carol' (known: alice, bob)"],
    "unknown-person.toml": ["sections[0].exchanges[1].person: unknown person 'robert' (known: alice, bob)"],
    "unknown-section.toml": ["documents[0].section: unknown section 'widgets' (known: action-items, widget)"],
    "utf-16.toml": ["not UTF-8 text (byte 0); save it as UTF-8"],
    "words-not-in-quote.toml": [
        "sections[0].exchanges[1].words: not in the minutes: 'Yet.'",
        "sections[0].exchanges[1].words: not in the record's quotes: 'Yet.'",
    ],
    "wrong-type.toml": ["meeting.ietf: expected `int | null`, got `str`"],
    "wrong-weekday.toml": [
        "actions[0].date.text: 'Thursday 15 March 2030' says Thursday, but Friday 15 March 2030 is a Friday",
    ],
}  # fmt: skip

COMMANDS = [*LISTINGS, ["calendar"]]


def test_the_corpus_is_every_file_in_the_folder() -> None:
    on_disk = {p.name for p in BAD.glob("*.toml")}
    assert on_disk == set(PROBLEMS)
    assert len(on_disk) >= 25


def expected(path: Path, problems: list[str]) -> list[str]:
    return [f"{path}: {p.format(bad=BAD)}" for p in problems]


@pytest.mark.parametrize("name", sorted(PROBLEMS))
def test_check_reports_every_problem_with_file_and_place(run: Run, name: str) -> None:
    path = BAD / name
    result = run("check", str(path))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        f"msecwg: {line}" for line in expected(path, PROBLEMS[name])
    ]


@pytest.mark.parametrize("name", sorted(PROBLEMS))
def test_every_command_refuses_it_in_one_line_and_writes_nothing(
    run: Run, name: str, tmp_path: Path
) -> None:
    path = BAD / name
    lines = expected(path, PROBLEMS[name])
    more = f" (and {len(lines) - 1} more: msecwg check {path})" if len(lines) > 1 else ""
    for command in [*COMMANDS, ["calendar", "-o", str(tmp_path / "out.ics")]]:
        result = run("--data", str(path), *command)
        assert (result.exit_code, result.stdout) == (1, ""), command
        assert result.stderr == f"msecwg: {lines[0]}{more}\n", command
    assert list(tmp_path.iterdir()) == []


def made_at_test_time(tmp_path: Path) -> dict[Path, str]:
    """The broken inputs that are not files in the repository: a folder of no
    transcriptions, a huge file."""
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a transcription")
    huge = tmp_path / "huge.toml"
    with huge.open("w") as f:
        f.write('schema = 1\nminutes = "m.txt"\n')
        f.write(f"# {'x' * 1000}\n" * 40_000)
    return {
        folder: "no transcriptions (*.toml) in this folder; make them with "
        "'msecwg import MINUTES... -o FOLDER'",
        huge: "too large for a transcription file (38 MiB; the limit is 16 MiB)",
        tmp_path / "absent.toml": "no such file",
    }


def test_an_empty_folder_a_huge_file_and_no_file_are_refused_at_once(
    run: Run, tmp_path: Path
) -> None:
    for path, reason in made_at_test_time(tmp_path).items():
        for command in [*COMMANDS, ["check", str(path)]]:
            args = command if command[0] == "check" else ["--data", str(path), *command]
            result = run(*args)
            assert (result.exit_code, result.stdout) == (1, "")
            assert result.stderr == f"msecwg: {path}: {reason}\n"


def test_an_unreadable_file_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Permission bits do not stop root, so the refusal itself is simulated.
    path = tmp_path / "secret.toml"
    path.write_text("schema = 2\n")
    opened = os.open

    def denied(name: str, *args: object, **kwargs: object) -> int:
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied", str(name))
        return opened(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(DataError) as refused:
        load.load(path)
    assert str(refused.value) == f"{path}: cannot read the file (permission denied)"


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads any file"
)
def test_an_unreadable_file_is_refused_for_real(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "secret.toml"
    path.write_text("schema = 1\n")
    path.chmod(0)
    result = run("--data", str(path), "drafts")
    assert result.stderr == f"msecwg: {path}: cannot read the file (permission denied)\n"


# Bad command-line values.


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["frobnicate"], "No such command 'frobnicate'. (see 'msecwg --help')"),
        (["drafs"], "No such command 'drafs'. Did you mean 'drafts'? (see 'msecwg --help')"),
        (["drafts", "--colour"], "No such option: --colour. Did you mean --color? (see 'msecwg drafts --help')"),
        (["actions", "--late"], "No such option: --late (see 'msecwg actions --help')"),
        (["--json", "drafts"], "No such option: --json; it follows the command, as in 'msecwg drafts --json' (see 'msecwg --help')"),
        (["discussion", "msec"],
         "Invalid value for TOPIC: no topic 'msec'; try one of: action-items, fmke, gkm-architecture, gsakmp, mikey-dhhmac, others (see 'msecwg discussion --help')"),
        (["actions", "--as-of", "02/08/2003"],
         "Invalid value for '--as-of': '02/08/2003' could be 2 August or 8 February 2003; write it as 2003-08-02 or '2 Aug 2003' (see 'msecwg actions --help')"),
        (["--data", "", "drafts"], "Invalid value for '--data': give the path of a transcription, or a folder of them (see 'msecwg drafts --help')"),
        (["calendar", "-o", ""], "Invalid value for '-o': give a file name, or - for stdout (see 'msecwg calendar --help')"),
        (["actions", "--as-of", "30 Feb 2003"],
         "Invalid value for '--as-of': cannot read '30 Feb 2003' as a date; write it like 2003-08-02 or '2 Aug 2003' (see 'msecwg actions --help')"),
        (["discussion", "ipsec"],
         "Invalid value for TOPIC: no topic 'ipsec'; try one of: action-items, fmke, gkm-architecture, gsakmp, mikey-dhhmac, others (see 'msecwg discussion --help')"),
        (["discussion", "gsakmp", "--speaker", "Ran"],
         "Invalid value for '--speaker': no speaker 'Ran'; try one of: Fredrik, Haitham, Hugh, Lakshminath, Russ, Sebastien, Thomas (see 'msecwg discussion --help')"),
        (["drafts", "--format", "yaml"],
         "Invalid value for '--format': 'yaml' is not one of 'table', 'tsv', 'csv', 'json', 'markdown'. (see 'msecwg drafts --help')"),
        (["actions", "--overdue", "yes"], "Invalid value for ID: no item 'yes'; try one of: a, b, c, d, guidance, lkh (see 'msecwg actions --help')"),
        (["drafts", "gsakmp", "mikey"], "Got unexpected extra argument(s) (mikey) (see 'msecwg drafts --help')"),
    ],
)  # fmt: skip
def test_bad_command_line_values_are_one_line_and_exit_2(
    run: Run, args: list[str], message: str
) -> None:
    result = run(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"msecwg: {message}\n"


def test_an_output_file_in_a_missing_directory_is_refused_and_nothing_is_made(
    run: Run, tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "dir" / "msec.ics"
    result = run("calendar", "-o", str(target))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"msecwg: {target}: the directory {target.parent} does not exist\n"
    assert list(tmp_path.iterdir()) == []


def test_no_traceback_even_for_a_bug(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from msecwg.ask import queries

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(queries, "drafts", broken)
    monkeypatch.delenv("MSECWG_DEBUG", raising=False)
    result = run("drafts")
    assert (result.exit_code, result.stdout) == (70, "")
    assert result.stderr == (
        "msecwg: internal error: ZeroDivisionError: division by zero "
        "(please report it; MSECWG_DEBUG=1 shows the traceback)\n"
    )
    assert "Traceback" not in result.stderr
    assert sys.exc_info() == (None, None, None)

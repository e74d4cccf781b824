"""In a terminal and through a pipe: rows styled by state, a pager for long tables,
colour on request, links, help, options after the command, a closed pipe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from msecwg.show import formats
from msecwg.store import load

from .conftest import FORMATS, Run
from .readme import in_terminal


def test_a_rows_style_covers_the_whole_row_and_its_words_say_the_same(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("CLICOLOR_FORCE", "1")
    out = run("actions", "--as-of", "2003-08-02", "--format", "table").stdout.splitlines()
    passed = next(line for line in out if "MIKEY" in line)
    assert passed.startswith("\x1b[1;31ma\x1b[0m\x1b[31m")  # the id bold, all of it red
    assert passed.endswith("1 day ago\x1b[0m")
    later = run("actions", "--as-of", "2003-08-08", "--format", "table").stdout.splitlines()
    today = next(line for line in later if "MSEC Architecture" in line)
    assert today == (
        "\x1b[1;33mb\x1b[0m\x1b[1;33m   MSEC Architecture  Last Call closes    Fri 8 Aug 2003   "
        "today\x1b[0m"
    )


def test_colour_always_keeps_it_through_a_pipe_and_never_takes_it_off(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "\x1b[" in run("drafts", "--format", "table", "--color", "always").stdout
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("CLICOLOR_FORCE", "1")
    assert "\x1b[" not in run("drafts", "--format", "table", "--color", "never").stdout
    assert "\x1b[" not in run("drafts", "--format", "table", "--no-color").stdout


def test_web_addresses_are_links_where_the_terminal_shows_them(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("FORCE_HYPERLINK", "1")
    assert formats.choose_output("table").links is True
    monkeypatch.setenv("FORCE_HYPERLINK", "0")
    assert formats.choose_output("table").links is False


def test_a_table_taller_than_the_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    pager = "sed 's/^/paged: /'"
    short = in_terminal("msecwg actions --overdue --as-of 2003-08-02", tmp_path, MSECWG_PAGER=pager)
    assert not short.startswith("paged: ")
    tall = in_terminal("msecwg drafts --as-of 2003-08-02", tmp_path, MSECWG_PAGER=pager, LINES="10")
    assert (
        tall.splitlines()[0] == "paged: 10 documents of the MSEC WG, IETF 57, as of Sat 2 Aug 2003"
    )
    unpaged = in_terminal(
        "msecwg drafts --as-of 2003-08-02 --no-pager", tmp_path, MSECWG_PAGER=pager, LINES="10"
    )
    assert unpaged.splitlines()[0] == "10 documents of the MSEC WG, IETF 57, as of Sat 2 Aug 2003"


@pytest.mark.parametrize("columns", ["0", "-3", "wide", "99999999999999999999"])
def test_an_unusable_columns_counts_as_unknown(
    run: Run, monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    out = run("actions", "--overdue", "--as-of", "2003-08-02", "--format", "table")
    assert out.exit_code == 0
    assert max(len(line) for line in out.stdout.splitlines()) <= 80


def test_help_explains_msecwg_or_one_command(run: Run) -> None:
    assert run("help").stdout == run("--help").stdout
    assert run("help", "drafts").stdout.startswith("Usage: msecwg drafts [OPTIONS] [NAME]")
    missing = run("help", "draft")
    assert (missing.exit_code, missing.stderr) == (
        2, "msecwg: Invalid value for COMMAND: no command 'draft' (see 'msecwg help --help')\n"
    )  # fmt: skip


def test_data_may_follow_the_command(run: Run) -> None:
    example = str(Path(__file__).parent / "data" / "example.toml")
    after = run("drafts", "--data", example, "--as-of", "2030-03-20")
    before = run("--data", example, "drafts", "--as-of", "2030-03-20")
    assert (after.exit_code, after.stdout) == (0, before.stdout)
    assert run("search", "--", "--data").exit_code == 0  # words after -- stay words


def large(tmp_path: Path) -> Path:
    """Write a transcription whose drafts listing is far larger than a pipe holds."""
    folder = load.bundled_path().parent
    text = (folder / "msec-ietf57.toml").read_text(encoding="utf-8")
    extra = "".join(
        f'\n[[documents]]\nid = "extra-{n}"\nname = "Extra {n}"\nsection = "others"\n'
        'state = "Needed"\nquotes = ["A separate LKH-Algorithm draft is needed"]\n'
        for n in range(3000)
    )
    (tmp_path / "big.toml").write_text(
        text.replace("\n# The action items", extra + "\n# The action items")
    )
    (tmp_path / "msec-ietf57-minutes.txt").write_bytes(
        (folder / "msec-ietf57-minutes.txt").read_bytes()
    )
    (tmp_path / "msec-facts.toml").write_bytes((folder / "msec-facts.toml").read_bytes())
    return tmp_path / "big.toml"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_closed_pipe_ends_quietly_with_the_commands_own_exit_code(
    tmp_path: Path, fmt: str
) -> None:
    path = large(tmp_path)
    reader = subprocess.Popen(
        [sys.executable, "-m", "msecwg", "--data", str(path), "drafts", "--format", fmt],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "80", "NO_COLOR": "1"},
    )  # fmt: skip
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.readline()
    reader.stdout.close()
    assert reader.wait(timeout=30) == 0
    assert reader.stderr.read() == b""


def test_a_date_msecwg_writes_is_never_broken_across_lines(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    for width in range(30, 121, 7):
        monkeypatch.setenv("COLUMNS", str(width))
        shown = run("drafts", "--as-of", "2003-08-02", "--format", "table").stdout
        assert "as of Sat 2 Aug 2003" in shown.replace("\n", " "), width
        assert "Sat 2 Aug 2003" in shown, width


def test_a_word_too_long_to_wrap_widens_its_column_and_keeps_the_others_in_line(
    run: Run, quic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    lines = run("--data", str(quic), "drafts", "--format", "table").stdout.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("Document "))
    rows = lines[at + 1 : -1]
    assert lines[-1] == "… cut short: msecwg drafts NAME shows one whole, --long every one."
    second = lines[at].index("Meetings")
    assert second == len("draft-marx-qlog-event-definitions-quic-h3-02") + 2  # the longest
    # no name runs into the next column; a wrapped name's second line stands alone
    assert all(len(row) <= second - 2 or row[second - 2 : second] == "  " for row in rows)
    assert max(map(len, lines)) <= 100


def test_a_table_that_cuts_words_short_says_how_to_read_them_whole(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    shown = run("actions", "--format", "table").stdout.splitlines()
    assert "guidance  Guidance       Write the new draft split off the GKM-Arc…  —     —" in shown
    assert shown[-1] == "… cut short: msecwg actions ID shows one whole, --long every one."
    whole = run("actions", "guidance", "--format", "table").stdout
    assert "Write the new draft split off the GKM-Arch draft's feature-comparisons" in whole
    # Nothing cut, nothing said.
    assert "cut short" not in run("actions", "--overdue", "--format", "table").stdout
    monkeypatch.setenv("COLUMNS", "120")
    assert "cut short" not in run("actions", "--format", "table").stdout


def test_an_action_items_draft_is_cut_in_its_middle_before_what_is_to_be_done(
    run: Run, quic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    shown = run("--data", str(quic), "--meeting", "IETF 110", "actions", "--format", "table")
    assert shown.stdout.splitlines()[1:5] == [
        "Id        Document                What                               Who",
        "action-1  —                       Willing to help contribute to te…  Gorry",
        "action-2  draft-…negotiation      Please suggest concrete designs.   —",
        "action-3  draft-…quic-bit-grease  Can't really do a call for adopt…  Lars Eggert",
    ]
    # Where the table has room, the name is whole.
    monkeypatch.setenv("COLUMNS", "120")
    assert (
        "draft-ietf-quic-version-negotiation  "
        in run("--data", str(quic), "--meeting", "IETF 110", "actions", "--format", "table").stdout
    )


@pytest.mark.parametrize(
    ("name", "width", "shown"),
    [
        ("draft-ietf-example-core", 12, "draft-…core"),  # apart from draft-ietf-example-ext
        ("draft-ietf-example-core", 20, "draft-…example-core"),
        ("draft-ietf-example-core", 23, "draft-ietf-example-core"),
        ("draft-ietf-quic-applicability", 15, "draft-ietf-qui…"),  # no last word fits: its end
        ("Manageability/Applicability", 15, "Manageability/…"),  # no hyphen: its end
    ],
)
def test_a_name_cut_within_keeps_its_first_word_and_the_last_that_fit(
    name: str, width: int, shown: str
) -> None:
    from msecwg.show.formats import Output
    from msecwg.show.terminal import Canvas, _cell
    from msecwg.show.views import Column, field

    column: Column[str] = Column("Document", field(lambda r: r), cut=True, cut_within=True)
    canvas = Canvas(Output(format="table", color=False))
    assert [line.plain for line in _cell(canvas, column, name, width)] == [shown]
    assert canvas.cut is (shown != name)


def test_a_card_keeps_an_indented_line_indented_where_it_wraps(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    shown = run("actions", "a", "--as-of", "2003-07-14", "--format", "table").stdout
    assert (
        "Dates     Last Call closes: Fri 1 Aug 2003, in 18 days\n"
        "            “or the IESG Last Call closing date, whichever\n"
        "            comes first”\n"
        "Section   (5) Action Items\n"
    ) in shown

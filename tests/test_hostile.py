"""A hostile transcription cannot steer the terminal: every text field carries escape
sequences and bidi overrides, and no such byte reaches stdout or stderr."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import rtoml

from .conftest import FORMATS, LISTINGS, Run

EXAMPLE = Path(__file__).parent / "data" / "example.toml"
HOSTILE = (
    "\x1b[31mred\x1b[0m"  # CSI colours
    "\x1b]8;;https://example.invalid/\x07link\x1b]8;;\x07"  # OSC 8 hyperlink
    "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # OSC 52 clipboard write
    "\u202eevil\u202c\u2066isolate\u2069"  # bidi override and isolate
    "\x9b31m\x7f"  # C1 CSI, DEL
)
FORBIDDEN = ["\x1b", "\x07", "\x9b", "\x7f", "\u202e", "\u202c", "\u2066", "\u2069"]
# Fields that hold ids, references or fixed words, not text.
NOT_TEXT = {"id", "section", "document", "person", "people", "key", "aliases", "kind", "form",
            "schema", "minutes", "facts", "heading", "precision"}  # fmt: skip


def hostile(tmp_path: Path) -> Path:
    """Write the test meeting with HOSTILE added to every text field, and minutes that
    hold every passage, so that it passes check."""
    data = rtoml.loads(EXAMPLE.read_text(encoding="utf-8"))
    minutes: list[str] = []

    def spoil(record: dict[str, Any]) -> None:
        extra = []
        for name, value in list(record.items()):
            if isinstance(value, dict):  # a date as written: its words are text
                value["text"] += HOSTILE
                extra.append(value["text"])
            if name in NOT_TEXT or not isinstance(value, str):
                continue
            record[name] = value + HOSTILE
            extra.append(record[name])
        if "quotes" in record:
            record["quotes"] = [q + HOSTILE for q in record["quotes"]] + extra
            minutes.extend(record["quotes"])

    spoil(data["meeting"])
    for kind in ("people", "documents", "actions"):
        for record in data[kind]:
            spoil(record)
    for section in data["sections"]:
        section["title"] += HOSTILE
        section["heading"] = f"({section['number']}) {section['title']}:"
        section["points"] = [p + HOSTILE for p in section["points"]]
        minutes += [section["heading"], *section["points"]]
        for exchange in section.get("exchanges", []):
            spoil(exchange)
        for decision in section.get("decisions", []):
            decision["text"] += HOSTILE
            minutes.append(decision["text"])
    (tmp_path / "example-minutes.txt").write_text(" ".join(minutes), encoding="utf-8")
    path = tmp_path / "hostile.toml"
    path.write_text(rtoml.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_escape_byte_from_data_reaches_the_terminal(run: Run, tmp_path: Path, fmt: str) -> None:
    path = hostile(tmp_path)
    assert run("check", str(path)).exit_code == 0
    for command in LISTINGS:
        for cite in ([], ["--cite"]):
            result = run("--data", str(path), *command, "--format", fmt, *cite)
            assert result.exit_code == 0, (command, result.stderr)
            shown = result.stdout + result.stderr
            assert "red" in shown and "evil" in shown  # the text is there, made harmless
            assert not [c for c in FORBIDDEN if c in shown], (command, fmt)
            if fmt == "json":
                assert HOSTILE.replace("\x1b", "") not in shown
                assert any(
                    HOSTILE in str(v)
                    for r in json.loads(result.stdout)["records"]
                    for v in r.values()
                )


def test_messages_and_the_calendar_carry_no_escape_byte_either(run: Run, tmp_path: Path) -> None:
    path = hostile(tmp_path)
    outputs = [
        run("--data", str(path), "calendar"),
        run("--data", str(path), "check"),
        run("--data", str(path), "discussion", "\x1b]52;c;eA==\x07widget"),
        run("--data", str(path), "people", "\x1b[31mnobody"),
    ]
    for result in outputs:
        shown = result.stdout + result.stderr
        assert not [c for c in FORBIDDEN if c in shown], shown


def test_import_writes_the_minutes_hostile_text_only_as_escapes(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "ietf57-\x1b]0;owned\x07minutes.md"
    (tmp_path / name).write_text(
        "# MSEC WG minutes, IETF 57\n\n## Agenda\n\n"
        f"Hugh: the draft is ready {HOSTILE} now.\n\nRan: agreed \u202ethere\u202c.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    shown = run("import", name)
    written = run("import", name, "-o", "written.toml")
    assert (shown.exit_code, written.exit_code) == (0, 0)
    output = shown.stdout + shown.stderr + written.stderr
    assert not [c for c in FORBIDDEN if c in output]
    assert shown.stdout.splitlines()[:2] == [
        "# Transcription of ietf57-\\x1b]0;owned\\x07minutes.md, made by msecwg import from "
        "the minutes as",
        "#   written.",
    ]
    assert (tmp_path / "written.toml").read_text(encoding="utf-8") == shown.stdout
    data = rtoml.loads(shown.stdout)  # the same text, escaped
    assert data["minutes"] == name
    assert [p["quotes"] for p in data["people"]] == [
        [f"Hugh: the draft is ready {HOSTILE} now."],
        ["Ran: agreed \u202ethere\u202c."],
    ]
    assert run("check", "written.toml").exit_code == 0


@pytest.mark.parametrize("minutes", ["<!--" * 80_000, "---\n???\n\n- -\n"])
def test_minutes_with_no_word_to_quote_are_skipped_in_one_line(
    run: Run, tmp_path: Path, minutes: str
) -> None:
    path = tmp_path / "ietf110.md"
    path.write_text(minutes + "\n", encoding="utf-8")
    result = run("import", str(path), "-o", str(tmp_path / "out.toml"))
    assert result.exit_code == 4
    assert result.stderr == (
        f"msecwg: {path}: import made a transcription check refuses: meeting.quotes: the "
        "minutes hold no line to quote (none with two characters or more, a letter or digit "
        "among them): nothing to import; skipped\n"
    )
    assert not (tmp_path / "out.toml").exists()

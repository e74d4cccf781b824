"""Import writes only what check accepts, whatever the minutes: a few hundred minutes
made by seeded random cuts, mixes and mutations of the real minutes in
../shared/minutes/, and odd input made up here (blank lines, markup soup, control
characters, huge lines), each imported as `msecwg import` imports a file, and its
transcription held to check's rules."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from msecwg.errors import DataError
from msecwg.importer import importing
from msecwg.store import validate

from .conftest import SHARED

MINUTES = SHARED / "minutes"
needs_shared = pytest.mark.skipif(not MINUTES.is_dir(), reason=f"no shared minutes at {MINUTES}")

MARKUP = ["**", "__", "*", "_", "#", "## ", "### ", "- ", "* ", "1. ", "(a) ", "> ", "```",
          "~~~", "<!--", "-->", "---", "===", "***", "[x](y)", "[", "]", "(", ")", "|", ":",
          " - ", "\t", "    ", "<br>", "<div>", "&amp;", "`", "\\", "ACTION: ", "Hum: ",
          "consensus: ", "Conclusion: ", "draft-ietf-quic-lb-07", "RFC 9000", "(?)", "??",
          "...", "Friday 1 August 2003", "Monday 32 Foo 2003", "1/2/3", "IETF 110",
          "Interim", "Mark: ", "Ekr - ", "**Jana**: ", "[CA] ", "mt: ", "can you file it?",
          "we will", "yes", "closing date of 1 September 2003"]  # fmt: skip
ODD = ["\x01", "\x07", "\x1b[31m", "\x7f", "\x85", "\x9b", "\u202e", "\u2066", "\ufeff",
       "\u00a0", "\u2028", "\r", "\r\n", "\u0130", "\u00df", "\U0001f600", "\ufffd"]  # fmt: skip


def mutated(rng: random.Random, texts: list[str]) -> str:
    """Answer minutes cut from one to three real minutes, mixed, and mutated."""
    pieces = []
    for text in rng.sample(texts, rng.randint(1, 3)):
        lines = text.splitlines(keepends=True)
        start = rng.randrange(len(lines))
        pieces.append(lines[start : start + rng.randint(5, 400)])
    lines = [line for piece in pieces for line in piece]
    if len(pieces) > 1 and rng.random() < 0.5:
        rng.shuffle(lines)
    for _ in range(rng.randint(0, 30)):
        if not lines:
            break
        n = rng.randrange(len(lines))
        line = lines[n]
        at = rng.randint(0, len(line))
        what = rng.randrange(9)
        if what == 0:
            del lines[n]
        elif what == 1:
            lines.insert(n, line)
        elif what == 2:
            lines[n] = line[:at] + rng.choice(MARKUP) + line[at:]
        elif what == 3:
            lines[n] = line[:at] + rng.choice(ODD) + line[at:]
        elif what == 4:
            lines[n] = line[:at]
        elif what == 5:
            lines[n] = line.rstrip("\n") + " "  # two lines made one
        elif what == 6:
            lines[n] = line.upper() if rng.random() < 0.5 else line.lower()
        elif what == 7:
            other = rng.randrange(len(lines))
            lines[n], lines[other] = lines[other], line
        else:
            lines.insert(n, "\n" * rng.randint(1, 5))
    return "".join(lines)


def odd(rng: random.Random) -> str:
    """Answer made-up minutes of odd input: markup soup, control characters, huge
    lines, runs of blank lines, one word a line, headings alone."""
    words = ["QUIC", "draft", "Hugh", "agreed", "the", "we", "will", "closing", "2003"]
    kind = rng.randrange(7)
    if kind == 0:
        soup = [*MARKUP, "\n", " ", "word"]
        return "".join(rng.choice(soup) for _ in range(rng.randint(1, 3000)))
    if kind == 1:
        odd = [*ODD, *words, " ", "\n"]
        return "".join(rng.choice(odd) for _ in range(rng.randint(1, 3000)))
    if kind == 2:  # a huge line
        return " ".join(rng.choice(words + MARKUP) for _ in range(rng.randint(5_000, 20_000)))
    if kind == 3:
        return "\n" * rng.randint(1, 50) + "Hugh: " + "?" * rng.randint(1, 20_000) + "\n" * 3
    if kind == 4:
        return "".join(f"{'#' * rng.randint(1, 8)} {rng.choice(words)}\n" for _ in range(500))
    if kind == 5:
        return "".join(f"{'  ' * rng.randint(0, 40)}- {rng.choice(words)}\n" for _ in range(800))
    return "".join(rng.choice(words) + rng.choice(["\n", "\r\n", "\r", "\n\n"]) for _ in range(900))


def imported_as_check_accepts(path: Path, data: bytes) -> None:
    """Import minutes as `msecwg import` does; hold the transcription made to check's
    rules, its TOML to the format. Minutes that are no minutes are refused before they
    are read; minutes without a line to quote may be refused whole, in one line."""
    path.write_bytes(data)
    if importing.not_minutes(data) is not None:
        return
    data, text = importing.read_minutes(path)
    try:
        made = importing.make(path, data, text, path.parent)
    except DataError as refused:
        assert not any(validate.long_enough(line) for line in text.splitlines()), refused
        return
    t = made.transcription
    folded = validate.fold(text)
    problems = [*validate.structure(t), *validate.quotes(t, folded), *validate.written_dates(t)]
    assert problems == [], path.name
    assert importing.transcription_of(importing.toml(made, path)) == t


@needs_shared
def test_minutes_cut_mixed_and_mutated_import_as_check_accepts(tmp_path: Path) -> None:
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted(MINUTES.glob("*/*.*"))
        if p.suffix in (".md", ".txt")
    ]
    rng = random.Random(20261202)
    for n in range(200):
        minutes = mutated(rng, texts)
        name = rng.choice(["ietf110.md", "minutes.md", "interim-20-10.txt", "notes.txt"])
        imported_as_check_accepts(tmp_path / f"{n}-{name}", minutes.encode("utf-8"))


def test_odd_input_imports_as_check_accepts(tmp_path: Path) -> None:
    rng = random.Random(57)
    for n in range(45):
        minutes = odd(rng)
        encoded = minutes.encode("utf-8", errors="surrogatepass")
        imported_as_check_accepts(tmp_path / f"{n}-minutes.md", encoded)

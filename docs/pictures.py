"""Draw the README's pictures from real runs of msecwg.

    python docs/pictures.py          # rewrite docs/*.svg

Each picture is one of the README's runs, made again in an 80-column terminal
with colour and turned into SVG by rich. tests/test_pictures.py checks that the
text behind each picture is what the README shows for that run.
"""

import html
import io
import os
import re
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from rich.text import Text

HERE = Path(__file__).resolve().parent
# Each picture, and the run of the README it shows (with the date of a dated run).
PICTURES = {
    "drafts": ("msecwg drafts --as-of 2003-08-02", []),
    "actions": ("msecwg actions --overdue", ["--as-of", "2026-11-27"]),
    "timeline": ("msecwg timeline --as-of 2003-08-15", []),
}


def picture(command: str, extra: list[str]) -> str:
    """Answer the SVG of what a command shows in an 80-column colour terminal."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CLICOLOR", "TERM")}
    env.update(CLICOLOR_FORCE="1", COLUMNS="80", TERM="xterm-256color")
    args = command.split()[1:]
    shown = subprocess.run(
        [sys.executable, "-m", "msecwg", *args, *extra, "--format", "table"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    console = Console(
        record=True, width=80, file=io.StringIO(), force_terminal=True, color_system="truecolor"
    )
    console.print(Text.from_ansi(shown), end="")
    return console.export_svg(title=command)


TEXT = re.compile(
    r'<text [^>]*x="([\d.]+)"[^>]*textLength="([\d.]+)"[^>]*-line-(\d+)\)">([^<]*)</text>'
)


def text_of(svg: str) -> str:
    """Answer the text a picture shows, line by line, each line's trailing spaces taken
    off: its <text> elements, each put at the column its position gives."""
    lines: dict[int, list[str]] = {}
    for x, length, line, content in TEXT.findall(svg):
        text = html.unescape(content).replace("\xa0", " ")
        column = round(float(x) / (float(length) / len(text)))
        cells = lines.setdefault(int(line), [])
        cells.extend(" " * (column + len(text) - len(cells)))
        cells[column : column + len(text)] = text
    return "\n".join("".join(lines.get(n, [])).rstrip() for n in range(max(lines, default=-1) + 1))


def main() -> int:
    for name, (command, extra) in PICTURES.items():
        (HERE / f"{name}.svg").write_text(picture(command, extra), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Draw the README's pictures from real runs of msecwg.

    python docs/pictures.py          # rewrite docs/*.svg
    python docs/pictures.py --check  # exit 1 if a picture differs from what msecwg prints

Each picture is one command run in an 80-column terminal with colour, its output
turned into SVG by rich. tests/test_pictures.py fails when a picture no longer
matches what the command prints.
"""

import io
import os
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from rich.text import Text

HERE = Path(__file__).resolve().parent
PICTURES = {
    "drafts": ["drafts", "--as-of", "2003-08-02"],
    "actions": ["actions", "--as-of", "2003-08-02"],
    "timeline": ["timeline", "--as-of", "2003-08-15"],
}


def picture(args: list[str]) -> str:
    """Answer the SVG of what `msecwg ARGS` shows in an 80-column colour terminal."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CLICOLOR", "TERM")}
    env.update(CLICOLOR_FORCE="1", COLUMNS="80", TERM="xterm-256color")
    shown = subprocess.run(
        [sys.executable, "-m", "msecwg", *args, "--format", "table"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    console = Console(
        record=True, width=80, file=io.StringIO(), force_terminal=True, color_system="truecolor"
    )
    console.print(Text.from_ansi(shown), end="")
    return console.export_svg(title=f"msecwg {' '.join(args)}")


def main() -> int:
    stale = []
    for name, args in PICTURES.items():
        path = HERE / f"{name}.svg"
        svg = picture(args)
        if "--check" in sys.argv[1:]:
            if not path.is_file() or path.read_text(encoding="utf-8") != svg:
                stale.append(path.name)
        else:
            path.write_text(svg, encoding="utf-8")
    for name in stale:
        print(
            f"{name} differs from what msecwg prints; run python docs/pictures.py", file=sys.stderr
        )
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())

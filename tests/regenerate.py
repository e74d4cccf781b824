"""Make every expected output again from real runs of msecwg:

    python tests/regenerate.py

- tests/expected/: each case of tests/golden.py;
- docs/cli-reference.md: `msecwg --help` and every command's `--help`;
- README.md and docs/*.md: the output of every run they show ("$ msecwg ..." in
  a code block), made in an 80-column terminal;
- docs/*.svg: the pictures of README's runs (docs/pictures.py).

Read the difference (git diff) before committing it: it is what changed for
the people and programs that read msecwg's output.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tests import golden, readme  # noqa: E402
from tests.conftest import COMMANDS  # noqa: E402


def main() -> int:
    for args, name in golden.GOLDEN:
        (golden.EXPECTED / name).write_text(golden.produce(args), encoding="utf-8")
    (golden.EXPECTED / "layouts").mkdir(exist_ok=True)
    for args, name, width in golden.layouts():
        (golden.EXPECTED / name).write_text(golden.produce(args, width), encoding="utf-8")
    readme.REFERENCE.write_text(readme.cli_reference(COMMANDS), encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        for page in readme.pages():
            text = page.read_text(encoding="utf-8")
            page.write_text(readme.rewritten(text, Path(folder)), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("pictures", HERE.parent / "docs" / "pictures.py")
    assert spec and spec.loader
    pictures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pictures)
    pictures.main()
    count = len(golden.GOLDEN) + len(golden.layouts())
    print(
        f"wrote {count} expected outputs, the runs of README.md and {len(readme.pages()) - 1} "
        "pages of docs/, and the pictures"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

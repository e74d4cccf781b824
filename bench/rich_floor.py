"""The floor for large tables: rich alone, drawing the rows of a Markdown table.

    python bench/rich_floor.py TABLE.md

Reads a table that `msecwg ... --format markdown` wrote (the same cells as its
table view, lines joined by <br>) and prints it with a bare rich Table at 80
columns, so that msecwg's table output can be compared with rich's own cost for
the same rows.
"""

import sys

from rich.console import Console
from rich.table import Table


def table_of(path: str) -> Table:
    """Answer the Markdown table in `path` as a rich table."""
    with open(path, encoding="utf-8") as markdown:
        lines = [line for line in markdown if line.startswith("| ")]
    header, *rows = [
        [cell.strip() for cell in line.strip().strip("|").split(" | ")] for line in lines
    ]
    table = Table(*header)
    for row in rows:
        table.add_row(*(cell.replace("<br>", "\n") for cell in row))
    return table


def main(path: str) -> None:
    """Print the Markdown table in `path` as a rich table."""
    Console(markup=False, emoji=False, highlight=False).print(table_of(path))


if __name__ == "__main__":
    main(sys.argv[1])

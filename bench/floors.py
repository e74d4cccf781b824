"""The floors msecwg's time is measured against: its libraries alone, at the same versions.

    python bench/floors.py                  # Typer + rich: a table of five rows of its own
    python bench/floors.py TABLE.md         # Typer + rich: the rows of a Markdown table
    python bench/floors.py --bare TABLE.md  # rich alone, Typer never imported: the same rows

TABLE.md is a table `msecwg ... --format markdown` wrote (the cells of its table view,
lines joined by <br>), so that msecwg's table is set beside drawing the same rows.
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


def bare(path: str) -> None:
    """Print the Markdown table in `path` with rich alone, at 80 columns."""
    Console(markup=False, emoji=False, highlight=False).print(table_of(path))


if __name__ == "__main__" and sys.argv[1:2] == ["--bare"]:
    bare(sys.argv[2])
elif __name__ == "__main__":
    from pathlib import Path
    from typing import Annotated

    import typer

    app = typer.Typer()

    @app.command()
    def main(markdown: Annotated[Path | None, typer.Argument()] = None, rows: int = 5) -> None:
        """Print the table in `markdown`, or a table of `rows` rows."""
        if markdown is not None:
            bare(str(markdown))
            return
        table = Table("Item", "What", "Due", "State")
        for n in range(rows):
            table.add_row(str(n), f"Item number {n}", "Friday 1 August 2003", "overdue")
        Console().print(table)

    app()

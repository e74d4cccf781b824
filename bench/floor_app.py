"""The floor: a minimal Typer + rich app that prints a table.

    python bench/floor_app.py              # five rows of its own
    python bench/floor_app.py TABLE.md     # the rows of a Markdown table (rich_floor.py)

msecwg's start-up is measured against this app, run with the same library
versions, so that its own cost shows apart from that of the libraries. Given the
Markdown table msecwg wrote, it draws the same rows as msecwg's table, the way
bench/rich_floor.py does, behind a Typer command line.
"""

from pathlib import Path
from typing import Annotated

import rich_floor
import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()


@app.command()
def main(markdown: Annotated[Path | None, typer.Argument()] = None, rows: int = 5) -> None:
    """Print the table in `markdown`, or a table of `rows` rows."""
    if markdown is not None:
        rich_floor.main(str(markdown))
        return
    table = Table("Item", "What", "Due", "State")
    for n in range(rows):
        table.add_row(str(n), f"Item number {n}", "Friday 1 August 2003", "overdue")
    Console().print(table)


if __name__ == "__main__":
    app()

"""The floor: a minimal Typer + rich app that prints a five-row table.

msecwg's start-up is measured against this app, run with the same library
versions, so that its own cost shows apart from that of the libraries.
"""

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()


@app.command()
def main(rows: int = 5) -> None:
    """Print a table of `rows` rows."""
    table = Table("Item", "What", "Due", "State")
    for n in range(rows):
        table.add_row(str(n), f"Item number {n}", "Friday 1 August 2003", "overdue")
    Console().print(table)


if __name__ == "__main__":
    app()

"""msecwg's commands, each module a kind of question, registered on one Typer app
that the top-level group builds a command of only when a run uses it."""

import typer

registry = typer.Typer(pretty_exceptions_enable=False, rich_markup_mode=None)
"""The subcommands, in the order help lists them."""

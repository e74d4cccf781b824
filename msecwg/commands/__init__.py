"""msecwg's commands, a module a kind of question, each imported only when a run uses it."""

import typer

MODULES = {
    **dict.fromkeys(["drafts", "actions", "timeline", "calendar"], "msecwg.commands.dated"),
    **dict.fromkeys(
        ["meetings", "discussion", "decisions", "people", "search"], "msecwg.commands.minutes"
    ),
    **dict.fromkeys(["join", "split"], "msecwg.commands.record"),
    **dict.fromkeys(["check", "schema", "help", "import"], "msecwg.commands.transcriptions"),
}
"""Each command, in the order help lists them, and the module that defines it."""

registry = typer.Typer()
"""The commands' functions, each registered when its module is imported."""

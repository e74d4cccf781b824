"""The top-level command group: where a run's failures become one line each, and
the one module that reaches past Typer's public API.

Typer 0.28 ships its own copy of Click as `typer._click` and re-exports neither
Click's exceptions nor its choice type (`typer._types.TyperChoice`); msecwg
needs both, to turn every usage error into one line and to offer --format's
names from the registry of formats. It also builds each subcommand only when a run uses it, through
`typer.main.get_command_from_info`, because Typer would otherwise build all of
them, options and all, on every run, and shell completion runs the program on
every Tab. pyproject.toml holds Typer within 0.28.x for these reasons.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, MutableMapping
from typing import Any, ClassVar

import typer
import typer.main
from typer import _click as click
from typer._types import TyperChoice
from typer.core import TyperGroup
from typer.models import CommandInfo

from msecwg import formats
from msecwg.errors import INTERNAL, OK, USAGE, MsecwgError


def choice(names: list[str]) -> TyperChoice[str]:
    """Answer the command-line type that accepts exactly these names."""
    return TyperChoice(names)


class Subcommands(MutableMapping[str, click.Command]):
    """The commands of a Typer app by name, in the order they are defined, each built
    from its function only when first looked up."""

    def __init__(self, registry: typer.Typer) -> None:
        self._entries: dict[str, CommandInfo | click.Command] = {
            info.name or typer.main.get_command_name(getattr(info.callback, "__name__", "")): info
            for info in registry.registered_commands
        }
        self._registry = registry

    def __getitem__(self, name: str) -> click.Command:
        entry = self._entries[name]
        if isinstance(entry, CommandInfo):
            entry = self._entries[name] = typer.main.get_command_from_info(
                entry,
                pretty_exceptions_short=self._registry.pretty_exceptions_short,
                rich_markup_mode=self._registry.rich_markup_mode,
            )
        return entry

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._entries[name] = command

    def __delitem__(self, name: str) -> None:
        del self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


class MsecwgGroup(TyperGroup):
    """The top-level command: its subcommands, those registered on the Typer app
    `registry` (a subclass names it), are built when used, and every failure it sees
    becomes one line on stderr."""

    registry: ClassVar[typer.Typer]

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = Subcommands(self.registry)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as problem:
            formats.generated(problem.format_message())
            sys.exit(OK)
        except click.exceptions.UsageError as problem:
            command = problem.ctx.command_path if problem.ctx else "msecwg"
            formats.error(f"{problem.format_message()} (see '{command} --help')")
            sys.exit(USAGE)
        except click.exceptions.ClickException as problem:
            formats.error(problem.format_message())
            sys.exit(problem.exit_code)
        except MsecwgError as problem:
            formats.error(str(problem))
            sys.exit(problem.exit_code)
        except (typer.Abort, KeyboardInterrupt):
            formats.error("interrupted")
            sys.exit(130)
        except Exception as bug:
            if os.environ.get("MSECWG_DEBUG"):
                raise
            formats.error(
                f"internal error: {type(bug).__name__}: {bug} "
                "(please report it; MSECWG_DEBUG=1 shows the traceback)"
            )
            sys.exit(INTERNAL)
        sys.exit(code if isinstance(code, int) else OK)

"""The top-level command group: each command built only when a run uses it, each failure one line.
Beyond Typer's public API it uses `typer._click` and `_completion_classes` (pyproject.toml
says for which Typer versions)."""

import importlib
import itertools
import os
import re
import shlex
import sys
from collections.abc import Sequence
from typing import Any, ClassVar

import typer
import typer.main
from typer import _click as click
from typer._click.shell_completion import CompletionItem, add_completion_class
from typer._click.utils import make_default_short_help
from typer._completion_classes import BashComplete
from typer.core import TyperCommand, TyperGroup

from msecwg.commands import MODULES, registry
from msecwg.errors import BAD_DATA, INTERNAL, INTERRUPTED, OK, SKIPPED, USAGE, MsecwgError
from msecwg.show import formats
from msecwg.spelling import closest

LEFT_OUT = "msecwg.left_out"
"""Where a run keeps the files it left out (Context.meta, which every context shares)."""


def left_out(ctx: click.Context, problems: Sequence[str]) -> None:
    """Keep the files a run left out, each as its first problem, named when the command is done."""
    ctx.meta.setdefault(LEFT_OUT, {}).update(dict.fromkeys(problems))


GLOBAL_OPTIONS = ("--data", "--meeting")
"""The top-level options that may also follow the command."""


def hoisted(args: Sequence[str]) -> list[str]:
    """Answer the arguments with each of GLOBAL_OPTIONS after the command moved before it."""
    end = args.index("--") if "--" in args else len(args)
    moved: list[str] = []
    kept: list[str] = []
    words = iter(args[:end])
    for word in words:
        if word.split("=", 1)[0] in GLOBAL_OPTIONS and any(not a.startswith("-") for a in kept):
            moved += [word] if "=" in word else [word, *itertools.islice(words, 1)]
        else:
            kept.append(word)
    return [*moved, *kept, *args[end:]]


class MeetingsCommand(TyperCommand):
    """A command that answers from meetings, taking GLOBAL_OPTIONS before or after its name."""

    data_options: ClassVar[tuple[str, ...]] = GLOBAL_OPTIONS

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        root = ctx.find_root()
        records = [
            record
            for param in root.command.params
            if set(param.opts) & set(self.data_options)
            and (record := param.get_help_record(root)) is not None
        ]
        if records:
            with formatter.section("Data options"):
                formatter.write_dl(records)


class DataCommand(MeetingsCommand):
    """A command that reads every meeting of the transcriptions --data names."""

    data_options = ("--data",)


class QuotedBashComplete(BashComplete):
    """Bash completion whose every value is one shell word, or as it is within an open quote."""

    def format_completion(self, item: CompletionItem) -> str:
        try:
            shlex.split(os.environ.get("COMP_WORDS", ""))
        except ValueError:  # a quote left open: the word is quoted already
            return str(item.value)
        return re.sub(r"([^\w@%+=:,./-])", r"\\\1", str(item.value))


class MsecwgGroup(TyperGroup):
    """The top-level command: subcommands built when used, every failure one line on stderr."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Answer the names of the commands, in the order help lists them, building none."""
        return list(MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Answer the command of this name, built from its function alone when first asked for."""
        if cmd_name in MODULES and cmd_name not in self.commands:
            importlib.import_module(MODULES[cmd_name])
            info = next(
                i
                for i in registry.registered_commands
                if (i.name or getattr(i.callback, "__name__", "")) == cmd_name
            )
            command = typer.main.get_command_from_info(
                info, pretty_exceptions_short=True, rich_markup_mode=None
            )
            if command.short_help is None and command.help:  # its help's first sentence, whole
                command.short_help = make_default_short_help(command.help, len(command.help))
            self.commands[cmd_name] = command
        return self.commands.get(cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if args and not name.startswith("-") and self.get_command(ctx, name) is None:
            close = closest(name, self.list_commands(ctx))
            hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            ctx.fail(f"No such command {name!r}.{hint}")
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command, then name each file it left out; if any, exit SKIPPED instead of OK."""
        try:
            answer = super().invoke(ctx)
        finally:
            skipped = list(ctx.meta.get(LEFT_OUT, ()))
            for problem in skipped:
                formats.error(f"left out {problem}")
        return SKIPPED if skipped and answer in (None, OK) else answer

    def main(self, args: Sequence[str] | None = None, *rest: Any, **kwargs: Any) -> Any:
        """Run the command line; a failure is one stderr line (at most safe.LINE) and its code."""
        kwargs["standalone_mode"] = False
        add_completion_class(QuotedBashComplete, "bash")
        if sys.stdout is None:  # started with stdout closed: nowhere to answer
            formats.error("stdout is closed; nothing can be shown")
            sys.exit(BAD_DATA)
        position = os.environ.get("COMP_CWORD")
        if os.environ.get("_MSECWG_COMPLETE") and position is not None and not position.isdigit():
            formats.error(f"completion: COMP_CWORD is {position!r}, not a number of words")
            sys.exit(BAD_DATA)
        try:
            code = super().main(hoisted(sys.argv[1:] if args is None else args), *rest, **kwargs)
        except click.exceptions.NoArgsIsHelpError as problem:
            formats.generated(problem.format_message())
            sys.exit(OK)
        except click.exceptions.UsageError as problem:
            # Typer 0.29 says "Invalid value for '--format': Value error, 'xml' is not one of …"
            said = problem.format_message().replace(": Value error, ", ": ", 1)
            if isinstance(problem, click.exceptions.NoSuchOption):
                said = unknown_option(problem)
            path = problem.ctx.command_path if problem.ctx else "msecwg"
            formats.error(f"{said} (see '{path} --help')")
            sys.exit(USAGE)
        except click.exceptions.ClickException as problem:
            formats.error(problem.format_message())
            sys.exit(problem.exit_code)
        except MsecwgError as problem:
            formats.error(str(problem))
            sys.exit(problem.exit_code)
        except (typer.Abort, KeyboardInterrupt):
            code = INTERRUPTED
        except OSError as problem:  # the environment: a stdout or home msecwg cannot use
            named = problem.filename
            if isinstance(named, str | bytes) and problem.strerror:
                from msecwg.store.files import reason

                formats.error(f"{os.fsdecode(named)}: cannot go on ({reason(problem)})")
            else:
                formats.error(f"cannot go on: {problem.strerror or problem}")
            formats.abandon_stdout()
            sys.exit(BAD_DATA)
        except Exception as bug:
            if os.environ.get("MSECWG_DEBUG"):
                raise
            formats.error(
                f"internal error: {type(bug).__name__}: {bug} "
                "(please report it; MSECWG_DEBUG=1 shows the traceback)"
            )
            sys.exit(INTERNAL)
        if code == INTERRUPTED:  # Ctrl-C: caught here, or made this code by Typer during a command
            formats.error("interrupted")
        sys.exit(code if isinstance(code, int) else OK)


def unknown_option(problem: click.exceptions.NoSuchOption) -> str:
    """Answer what to say of an option a command lacks: the closest it takes, or where to put it."""
    name, ctx = problem.option_name, problem.ctx
    params = ctx.command.params if ctx else []
    bare = {o.lstrip("-"): o for p in params for o in p.opts if o.startswith("--")}
    close = [bare[c] for c in closest(name.lstrip("-"), bare)]
    message = f"No such option: {name}"
    if close:
        return f"{message}. Did you mean {' or '.join(close)}?"
    if ctx is not None and isinstance(ctx.command, MsecwgGroup):
        for sub in ctx.command.list_commands(ctx):
            built = ctx.command.get_command(ctx, sub)
            if built is not None and any(name in p.opts for p in built.params):
                return f"{message}; it follows the command, as in 'msecwg {sub} {name}'"
    return message

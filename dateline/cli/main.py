"""Entry point of the ``dateline`` command: assembles the commands' modules into one Typer app.

Exit codes: 0 every document processed; 1 some documents failed; 2 usage error.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import sys

import typer

from dateline.errors import DatelineError, UsageError

app = typer.Typer(
    name="dateline",
    help="Dateline: who met whom, where, when and what they signed - from news reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module defines ``register(app)``; the order is the order in --help.
COMMAND_MODULES = [
    "dateline.cli.extract",
    "dateline.cli.evaluate",
    "dateline.cli.ingest",
    "dateline.cli.export",
    "dateline.cli.brief",
    "dateline.cli.load",
    "dateline.cli.serve",
    "dateline.cli.demo",
    "dateline.cli.watch",
    "dateline.cli.schema",
]


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # command not built yet
            raise
        module.register(app)


_register_all()


def main() -> None:
    """Run the CLI, mapping Dateline errors to one-line messages and exit codes."""
    # At exit, no last garbage collection over the model's millions of objects: it took seconds
    # (8-10 s on a loaded machine) between a stopped `watch` or `serve` and its exit.
    atexit.register(gc.freeze)
    try:
        code = app(standalone_mode=False)  # an int when a command raised typer.Exit
    except UsageError as exc:
        typer.echo(f"dateline: error: {exc}", err=True)
        sys.exit(2)
    except DatelineError as exc:
        typer.echo(f"dateline: error: {exc}", err=True)
        sys.exit(1)
    except typer.Abort:
        typer.echo("dateline: aborted", err=True)
        sys.exit(130)
    except Exception as exc:  # click usage errors
        if isinstance(exc, _click_classes("Exit")):
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        if isinstance(exc, _click_classes("ClickException")):
            message = exc.format_message()  # type: ignore[attr-defined]
            if message:  # empty after no_args_is_help has printed the help
                typer.echo(f"dateline: error: {message}", err=True)
            sys.exit(2)
        raise
    sys.exit(code if isinstance(code, int) else 0)


def _click_classes(name: str) -> tuple[type, ...]:
    """Click's exception class ``name``, and typer's vendored copy of it (typer >= 0.2x)."""
    import click.exceptions

    classes: list[type] = [getattr(click.exceptions, name)]
    try:
        from typer._click import exceptions as vendored
    except ImportError:
        vendored = None  # type: ignore[assignment]
    if vendored is not None and hasattr(vendored, name):
        classes.append(getattr(vendored, name))
    return tuple(classes)


if __name__ == "__main__":
    main()

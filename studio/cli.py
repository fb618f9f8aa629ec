"""The ``studio`` command: no arguments opens the app; subcommands are the headless CLI.

Each group of subcommands lives in ``studio/commands/<group>.py`` and exposes ``register(subparsers)``;
handlers take the parsed arguments and return an exit code. Errors a user can act on are raised as
:class:`CliError` (or a store error) and printed as one line on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from studio import __version__

#: Command modules in studio/commands, in help order.
COMMAND_MODULES: tuple[str, ...] = ("projects", "sources", "bundle", "check", "export", "draft")


class CliError(Exception):
    """A problem worth one clear line on stderr (exit status 2)."""


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (subcommands registered by their modules)."""
    parser = argparse.ArgumentParser(
        prog="studio",
        description="Script Studio: turn research summaries into short-video scripts. "
                    "Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"Script Studio {__version__}")
    parser.add_argument("--store", metavar="PATH",
                        help="library file to use (default: $STUDIO_HOME or your user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"studio.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"studio.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``studio`` console script and ``python -m studio``."""
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if not args.command:
        from studio.ui.app import run_app

        return run_app(store=args.store)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.parse_args([args.command, "--help"])
        return 2
    from studio.store.library import StoreError

    try:
        return int(handler(args) or 0)
    except (CliError, StoreError) as exc:
        print(f"studio: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("studio: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())

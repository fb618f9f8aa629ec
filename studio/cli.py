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
COMMAND_MODULES: tuple[str, ...] = ("projects", "sources", "bundle", "check", "export", "report", "draft",
                                     "repair", "prepare")


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
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works (language model, analysis, store, Qt) "
                             "and print a report for support requests")
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


def undecodable_argument(argv: Sequence[str]) -> str:
    """A one-line message naming the first argument that is not valid UTF-8 text, or "" when all are.

    Python hands such bytes over as lone surrogates ("surrogateescape"); they would fail later, deep in a
    write or a print, so they are refused here, before anything runs."""
    for n, arg in enumerate(argv):
        try:
            arg.encode("utf-8")
            continue
        except UnicodeEncodeError:
            pass
        try:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "backslashreplace").decode("ascii")
        previous = argv[n - 1] if n else ""
        if arg.startswith("--") and "=" in arg:
            what = f"the value of {arg.split('=', 1)[0]}"
        elif arg.startswith("-"):
            what = "an option"
        elif previous.startswith("-") and "=" not in previous and previous not in ("-", "--"):
            what = f"the value of {previous}"
        else:
            what = f"argument {n + 1}"
        return (f"{what} is not valid UTF-8 text ('{shown}'); check your terminal's encoding or "
                "retype it (file names must be UTF-8 too)")
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``studio`` console script and ``python -m studio``."""
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    problem = undecodable_argument(arguments)
    if problem:
        print(f"studio: {problem}", file=sys.stderr)
        return 2
    args = parser.parse_args(arguments)
    if args.self_test:
        return run_self_test_command()
    if not args.command:
        from studio.ui.import_speed import speed_up_imports

        speed_up_imports()           # before the app's own ~150 modules load (see studio.ui.import_speed)
        from studio.ui.app import run_app

        return run_app(store=args.store, exit_process=True)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.parse_args([args.command, "--help"])
        return 2
    from studio.logfile import setup_cli_logging
    from studio.store.library import StoreError

    setup_cli_logging()
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


def run_self_test_command() -> int:
    """``studio --self-test``: print the report; 0 when every check passed, 1 otherwise."""
    from studio.selftest import run_self_test

    try:
        from studio.ui.selftest_qt import qt_checks
    except ImportError as exc:  # Qt itself missing or broken: the report says so instead of a traceback
        from studio.selftest import CheckResult

        failure = CheckResult("Qt", False, f"Qt could not be loaded: {exc}",
                              advice="reinstall Script Studio; on Linux install libegl1 libgl1 libfontconfig1")
        extra = [("Qt", lambda: failure)]
    else:
        extra = qt_checks()
    report = run_self_test(extra)
    text = report.format()
    if sys.stdout is None:  # a windowed frozen app on Windows has no console: leave the report in a file
        from studio.config import default_store_path

        out = default_store_path().parent / "logs" / "self-test.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

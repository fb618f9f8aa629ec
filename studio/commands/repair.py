"""``studio repair``: copy what can be read from a damaged library into a new library file."""

from __future__ import annotations

import argparse

from studio.commands._common import add_json_flag, print_json
from studio.config import resolve_store_path


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``repair`` subcommand."""
    p = sub.add_parser("repair", help="recover a damaged library into a new file",
                       description="Copy every project, source, script, version and citation that can still "
                                   "be read from the library (--store, or the default one) into a NEW library "
                                   "file. The damaged file is never changed. An empty library file with a "
                                   "write-ahead log (-wal) beside it is rebuilt from the log.")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="the new library file (default: <name>.recovered.studio.db beside the damaged one)")
    p.add_argument("--replace", action="store_true",
                   help="then put the recovered library in the damaged one's place (the damaged file is "
                        "renamed to <name>.damaged-<time>, not deleted)")
    add_json_flag(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Handler of ``studio repair``."""
    from studio.store.errors import StoreError
    from studio.store.library import Library
    from studio.store.repair import repair_library, replace_with_recovered

    path = resolve_store_path(getattr(args, "store", None))
    if path.is_file() and not args.output:
        try:
            with Library(path, read_only=True) as lib:
                healthy = not lib.damaged
        except StoreError:             # damaged beyond opening, or empty: repair it
            healthy = False
        if healthy:
            print(f"The library {path} is not damaged (SQLite's check found nothing); nothing to repair.")
            return 0
    report = repair_library(path, args.output)
    aside = replace_with_recovered(path, report.output) if args.replace else None
    if args.json:
        print_json({"source": str(report.source), "output": str(path if aside else report.output),
                    "damaged_file_moved_to": str(aside) if aside else None, "from_log": report.from_log,
                    "copied": report.copied, "unreadable": report.unreadable, "left_out": report.orphaned,
                    "complete": report.complete, "problems": report.problems})
        return 0
    for line in report.lines():
        print(line)
    if aside is not None:
        print(f"The recovered library is now {path}; the damaged one was renamed to {aside}.")
    else:
        print(f"To use it: studio --store {report.output} …  (or run again with --replace to put it in place)")
    return 0

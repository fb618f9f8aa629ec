"""Helpers shared by the CLI commands: open the library from ``--store``, print tables or JSON."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

from studio.config import resolve_store_path
from studio.store.library import Library
from studio.store.models import Project


def open_library(args: argparse.Namespace, *, read_only: bool = False) -> Library:
    """Open the library named by ``--store`` (or $STUDIO_HOME / the user data folder). Caller closes it.

    A damaged library opens read-only; the reason (and ``studio repair``) is printed on stderr."""
    library = Library.open(resolve_store_path(getattr(args, "store", None)), read_only=read_only)
    if library.damaged:
        print(f"studio: warning: {library.damaged}", file=sys.stderr)
    return library


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """Add ``--json`` (machine-readable output) to a subcommand."""
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def to_jsonable(value: Any) -> Any:
    """Dataclasses (also nested, in lists/tuples) → plain dicts and lists for ``json.dumps``."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def print_json(value: Any, out: TextIO | None = None) -> None:
    """Pretty JSON on stdout (UTF-8 text kept readable)."""
    print(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False), file=out or sys.stdout)


def shorten(text: str, width: int) -> str:
    """One line, at most ``width`` characters (… when cut)."""
    line = " ".join(str(text).split())
    return line if len(line) <= width else line[: max(0, width - 1)].rstrip() + "…"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], out: TextIO | None = None,
                empty: str = "(none)") -> None:
    """A plain aligned text table; ``empty`` is printed when there are no rows."""
    stream = out or sys.stdout
    if not rows:
        print(empty, file=stream)
        return
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip(), file=stream)
        if n == 0:
            print("  ".join("-" * w for w in widths), file=stream)


class ProgressLine:
    """Progress of something slow on stderr ("studio: reading big.docx 45%"), at most once a second;
    nothing in the first ``quiet_for`` seconds, so quick work stays quiet."""

    def __init__(self, quiet_for: float = 1.0, interval: float = 1.0) -> None:
        self._interval = interval
        self._last = time.monotonic() + quiet_for - interval

    def __call__(self, message: str, fraction: float | None) -> None:
        now = time.monotonic()
        if now - self._last < self._interval:
            return
        self._last = now
        pct = f" {fraction:.0%}" if fraction is not None and fraction >= 0 else ""
        print(f"studio: {message}{pct}", file=sys.stderr, flush=True)


def format_duration(seconds: float) -> str:
    """``75`` → ``1:15``; ``45`` → ``45 s``."""
    total = int(round(seconds))
    return f"{total} s" if total < 60 else f"{total // 60}:{total % 60:02d}"


def find_project(library: Library, id_or_title: str) -> Project:
    """The project named on the command line (id or title), with the store's NotFound message."""
    return library.find_project(id_or_title)

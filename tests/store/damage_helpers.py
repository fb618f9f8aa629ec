"""Libraries to damage in tests: one with enough sources to span many pages, and a page smasher."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studio.store.library import Library
from studio.store.models import SegmentDraft

SUMMARY = "Adults who walked 30 minutes a day had lower blood pressure after twelve weeks. " * 6


def make_library(path: Path, sources: int = 120) -> None:
    with Library(path) as lib:
        project = lib.create_project("Walking")
        with lib.transaction():
            for n in range(sources):
                lib.add_source(project.id, title=f"Walking study {n}", summary=f"{n} {SUMMARY}", key=f"s{n}")
        script = lib.list_scripts(project.id)[0]
        lib.save_segments(script.id, [SegmentDraft("Hook", "Walk more, feel better."),
                                      SegmentDraft("Finding", "Blood pressure fell [s1].")])
        lib.create_project("Sleep")


def smash(path: Path, table: str, which: str = "middle leaf") -> None:
    """Overwrite one page of ``table`` with garbage (a disk error, a bad sync)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    if which == "root":
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    else:
        leaves = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'"
                                             " ORDER BY pageno", (table,))]
        page = leaves[len(leaves) // 2]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(bytes([0x5A]) * page_size)

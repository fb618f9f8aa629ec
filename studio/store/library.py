"""The typed API over the library file. CONTRACT: the signatures here are what the CLI and the UI use.

:class:`Library` is assembled from one mixin per responsibility (each in its own module):

* :mod:`studio.store.db` / :mod:`studio.store.schema`: opening safely, migrations;
* :mod:`studio.store.projects`, :mod:`studio.store.sources`, :mod:`studio.store.scripts`;
* :mod:`studio.store.versions`, :mod:`studio.store.annotations` (citations, dismissals, terms);
* :mod:`studio.store.extras` (library facts, checklist ticks), :mod:`studio.store.search` (FTS5), :mod:`studio.store.bundle` (``.studio`` files, project.json).

Every multi-step write runs in one transaction; callers never write SQL and get the dataclasses of
:mod:`studio.store.models`. Errors are :class:`StoreError` subclasses with a message to show as is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from studio.store.annotations import AnnotationsMixin
from studio.store.bundle import BundleMixin
from studio.store.errors import NotFound, StoreCorrupt, StoreError, StoreReadOnly, StoreTooNew
from studio.store.extras import ExtrasMixin
from studio.store.projects import ProjectsMixin
from studio.store.schema import SCHEMA_VERSION
from studio.store.scripts import ScriptsMixin
from studio.store.search import SearchMixin
from studio.store.sources import SourcesMixin
from studio.store.versions import VersionsMixin

__all__ = ["Library", "NotFound", "SCHEMA_VERSION", "StoreCorrupt", "StoreError", "StoreReadOnly",
           "StoreTooNew"]


class Library(ProjectsMixin, SourcesMixin, ScriptsMixin, VersionsMixin, AnnotationsMixin, SearchMixin,
              BundleMixin, ExtrasMixin):
    """One SQLite library file (WAL, foreign keys on, migrated on open). ``Library(":memory:")`` for tests.

    ``read_only=True`` opens without ever writing (also chosen automatically when the file or its folder
    is not writable): reading works, every change raises :class:`StoreReadOnly`. ``clock`` returns the
    ISO-8601 UTC timestamps stored (injectable for tests). Usable as a context manager (closes on exit).
    Safe to share between threads (calls are serialised by a lock).
    """

    def __init__(self, path: str | Path, *, read_only: bool = False,
                 clock: Callable[[], str] | None = None) -> None:
        super().__init__(path, read_only=read_only, clock=clock)

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Library:
        """Open (creating folders and file if needed) and migrate; raises StoreError subclasses."""
        return cls(path, read_only=read_only)

    def __enter__(self) -> Library:
        return self

    def close(self) -> None:
        """Close the connection (checkpoints the WAL). Closing twice is harmless."""
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is None:
                return
            try:
                if not self._read_only and self._path is not None:
                    conn.execute("PRAGMA optimize")
            except Exception:  # noqa: BLE001 - best effort; closing must not fail
                pass
            conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Library]:
        """Group several calls into ONE transaction: all of them are saved, or (on any exception) none.

        ``with library.transaction(): library.add_source(...); library.add_source(...)`` — used by
        importers adding many sources at once; also much faster than one transaction per call."""
        with self._tx():
            yield self

    @contextmanager
    def savepoint(self) -> Iterator[Library]:
        """A nested all-or-nothing step: inside :meth:`transaction`, an exception undoes only this step
        (the outer transaction goes on if the caller handles it); outside, it is a transaction of its own."""
        with self._tx() as conn:
            name = f"step{self._depth}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                raise
            conn.execute(f"RELEASE {name}")

    @property
    def path(self) -> Path | None:
        """File path, or None for an in-memory library."""
        return self._path

    @property
    def schema_version(self) -> int:
        """Current schema version number."""
        return self._schema_version

    def check_integrity(self) -> list[str]:
        """SQLite's integrity check plus the full-text indexes; [] when everything is fine."""
        problems = [str(r[0]) for r in self._rows("PRAGMA integrity_check") if str(r[0]) != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in self._rows("PRAGMA foreign_key_check")]
        if not self._read_only:
            for table in ("sources_fts", "scripts_fts"):
                try:
                    with self._tx():
                        self._exec(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
                except StoreError as exc:
                    problems.append(f"{table}: {exc}")
        return problems

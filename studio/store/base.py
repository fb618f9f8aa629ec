"""The connection holder every part of :class:`~studio.store.library.Library` builds on.

All SQL goes through :meth:`_Base._tx` (a transaction, nested calls join the outer one) and
:meth:`_Base._rows` / :meth:`_Base._row`; sqlite3 errors leave as typed :mod:`studio.store.errors`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from studio.store.db import open_connection
from studio.store.errors import StoreCorrupt, StoreError, read_only_error, translate


def utc_now() -> str:
    """The current time as ISO-8601 UTC with milliseconds, e.g. ``2024-05-01T09:30:00.123Z``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _Base:
    """Holds the connection, the lock and the clock; opens the file and runs migrations."""

    def __init__(self, path: str | Path, *, read_only: bool = False,
                 clock: Callable[[], str] | None = None) -> None:
        self._clock = clock or utc_now
        opened = open_connection(path, self._clock(), read_only=read_only)
        self._conn: sqlite3.Connection | None = opened.conn
        self._path = opened.path
        self._read_only = opened.read_only
        self._damaged = opened.damaged
        self._schema_version = opened.schema_version
        self._lock = threading.RLock()
        self._depth = 0

    # connection state -------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """True when the file (or its folder) cannot be written: reads work, writes raise StoreReadOnly."""
        return self._read_only

    @property
    def damaged(self) -> str:
        """Why the library was opened read-only because it is damaged ("" when it is not): show it to the
        user; :func:`studio.store.repair.repair_library` (``studio repair``) recovers what can be read."""
        return self._damaged

    def _now(self) -> str:
        return self._clock()

    def _live(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("The library is closed.")
        return self._conn

    def __enter__(self) -> _Base:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()  # type: ignore[attr-defined]

    # transactions and queries -----------------------------------------------------------------
    @contextmanager
    def _tx(self, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction (``BEGIN IMMEDIATE`` for writes); nested calls join the outer transaction.

        Any exception rolls everything back, so a multi-step write is all-or-nothing.
        """
        with self._lock:
            conn = self._live()
            if write and self._read_only:
                raise StoreCorrupt(self._damaged) if self._damaged else read_only_error(self._path)
            if self._depth:
                self._depth += 1
                try:
                    yield conn
                finally:
                    self._depth -= 1
                return
            try:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            except sqlite3.Error as exc:
                raise translate(exc, self._path) from exc
            self._depth = 1
            try:
                yield conn
            except BaseException as exc:
                self._depth = 0
                self._rollback(conn)
                if isinstance(exc, sqlite3.Error):
                    raise translate(exc, self._path) from exc
                raise
            self._depth = 0
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback(conn)
                raise translate(exc, self._path) from exc

    @staticmethod
    def _rollback(conn: sqlite3.Connection) -> None:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Run a query and return every row (inside the current transaction, if any)."""
        with self._lock:
            conn = self._live()
            try:
                return conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                if self._depth:
                    raise  # the enclosing _tx translates and rolls back
                raise translate(exc, self._path) from exc

    def _row(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run a write statement; must be inside :meth:`_tx`."""
        assert self._depth, "writes must run inside _tx()"
        return self._live().execute(sql, params)

    def _value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._row(sql, params)
        return None if row is None else row[0]

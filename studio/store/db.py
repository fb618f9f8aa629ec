"""Opening a library file safely: refuse what is not ours, too new, or damaged, without touching it."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from studio.store.errors import (
    StoreCorrupt,
    StoreError,
    StoreReadOnly,
    StoreTooNew,
    describe,
    translate,
)
from studio.store.schema import APPLICATION_ID, SCHEMA_VERSION, apply_migrations, pending

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0


@dataclass
class Opened:
    """A ready connection and what we learned while opening it."""

    conn: sqlite3.Connection
    path: Path | None
    read_only: bool
    schema_version: int


def is_writable(path: Path) -> bool:
    """Can we write the file (if it exists) and create files beside it (WAL needs -wal and -shm)?"""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK | os.X_OK)


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite at all, before SQLite (or WAL setup) can touch it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except PermissionError as exc:
        raise StoreReadOnly(f"Cannot read {describe(path)}: permission denied. Check the file's "
                            "permissions, or choose another library with --store.") from exc
    except OSError as exc:
        raise StoreError(f"Cannot read {describe(path)}: {exc.strerror or exc}.") from exc
    if not head:
        return  # an empty file is an empty database: fine to set up
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise StoreCorrupt(f"{describe(path).capitalize()} is not a Script Studio library (it is not an "
                           "SQLite database, or it is damaged). It was left untouched; choose another "
                           "file with --store.")


def _connect(path: Path | None, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    if path is None:
        target, uri = ":memory:", False
    elif read_only:
        flags = "immutable=1" if immutable else "mode=ro"
        target, uri = f"file:{quote(str(path.resolve()))}?{flags}", True
    else:
        target, uri = str(path), False
    conn = sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def _inspect(conn: sqlite3.Connection, path: Path | None) -> int:
    """Return the file's schema version; refuse foreign, damaged or newer files (read-only queries)."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        err = translate(exc, path)
        if not isinstance(err, StoreCorrupt) and "file is not a database" not in str(exc):
            raise err from exc
        raise StoreCorrupt(f"{describe(path).capitalize()} is damaged or is not a Script Studio library "
                           f"({exc}). It was left untouched; restore it from a backup or choose another "
                           "file with --store.") from exc
    foreign = (app_id not in (0, APPLICATION_ID)) or (version == 0 and bool(tables)) or (
        version > 0 and "projects" not in tables and app_id != APPLICATION_ID)
    if foreign:
        raise StoreCorrupt(f"{describe(path).capitalize()} is an SQLite database of another program, not a "
                           "Script Studio library. It was left untouched; choose another file with --store.")
    if version > SCHEMA_VERSION:
        raise StoreTooNew(f"{describe(path).capitalize()} was written by a newer Script Studio (library "
                          f"format {version}; this version reads up to {SCHEMA_VERSION}). It was left "
                          "untouched: update Script Studio to open it.")
    return version


def open_connection(path: str | Path, now: str, read_only: bool = False) -> Opened:
    """Open (creating folders and file if needed), check, migrate and configure a library connection."""
    if str(path) == ":memory:":
        conn = _connect(None, False)
        return _finish(conn, None, False, 0, now)
    file = Path(path).expanduser()
    if file.is_dir():
        raise StoreError(f"{file} is a folder; give the path of a library file (for example "
                         f"{file / 'library.studio.db'}).")
    if file.exists():
        _check_header(file)
    else:
        if read_only:
            raise StoreError(f"There is no library at {file}.")
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            kind = StoreReadOnly if isinstance(exc, PermissionError) else StoreError
            raise kind(f"Cannot create the folder {file.parent} for the library "
                       f"({exc.strerror or exc}). Choose another place with --store.") from exc
        if not is_writable(file):
            raise StoreReadOnly(f"Cannot create a library in {file.parent}: the folder is read-only. "
                                "Choose another place with --store.")
    read_only = read_only or not is_writable(file)
    try:
        conn = _connect(file, read_only)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            if not read_only or Path(f"{file}-wal").exists():
                raise
            conn = _connect(file, True, immutable=True)  # no -shm can be created beside a read-only file
    except sqlite3.Error as exc:
        raise translate(exc, file) from exc
    try:
        version = _inspect(conn, file)
        return _finish(conn, file, read_only, version, now)
    except BaseException:
        conn.close()
        raise


def _finish(conn: sqlite3.Connection, path: Path | None, read_only: bool, version: int,
            now: str) -> Opened:
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        if pending(version):
            if read_only:
                raise StoreReadOnly(f"{describe(path).capitalize()} must be upgraded to this version of "
                                    "Script Studio, but it is read-only. Make it writable and try again.")
            version = apply_migrations(conn, now)
        if not read_only and path is not None:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                conn.execute("PRAGMA journal_mode = DELETE")  # e.g. a network share without shared memory
            conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    return Opened(conn=conn, path=path, read_only=read_only, schema_version=version)

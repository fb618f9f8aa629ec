"""Opening a library file safely: refuse what is not ours, too new, or empty; open a damaged one read-only.

Every existing file is first looked at through a read-only connection (a read-only connection never
checkpoints, so a damaged file and its ``-wal`` stay exactly as they are): header, owner, version, and
``PRAGMA quick_check``. A damaged library is then kept read-only with :attr:`Opened.damaged` saying why
(``studio repair`` copies what can be read into a new file). A new library is built in a temporary file
and moved into place complete, so a 0-byte library is never one of ours: it is refused, never rebuilt.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from studio.store.errors import (
    StoreCorrupt,
    StoreEmpty,
    StoreEmptyWithLog,
    StoreError,
    StoreReadOnly,
    StoreTooNew,
    describe,
    translate,
)
from studio.store.schema import APPLICATION_ID, SCHEMA_VERSION, apply_migrations, pending

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0
#: Memory-map this much of the file for the integrity check on open (about twice as fast as reading).
CHECK_MMAP_BYTES = 256 * 1024 * 1024
REPAIR_HINT = "Run `studio repair` to copy everything that can be read into a new library file."


@dataclass
class Opened:
    """A ready connection and what we learned while opening it."""

    conn: sqlite3.Connection
    path: Path | None
    read_only: bool
    schema_version: int
    damaged: str = ""          # why the library was opened read-only although it could be written


def is_writable(path: Path) -> bool:
    """Can we write the file (if it exists) and create files beside it (WAL needs -wal and -shm)?"""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK | os.X_OK)


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite at all (or is empty), before SQLite (or WAL setup) can touch it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except PermissionError as exc:
        raise StoreReadOnly(f"Cannot read {describe(path)}: permission denied. Check the file's "
                            "permissions, or choose another library with --store.") from exc
    except OSError as exc:
        raise StoreError(f"Cannot read {describe(path)}: {exc.strerror or exc}.") from exc
    if not head:
        _refuse_empty(path)
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise StoreCorrupt(f"{describe(path).capitalize()} is not a Script Studio library (it is not an "
                           "SQLite database, or it is damaged). It was left untouched; choose another "
                           "file with --store.")


def _refuse_empty(path: Path) -> None:
    """A 0-byte library is what a crash or a sync tool leaves, never a new library: refuse it."""
    wal = Path(f"{path}-wal")
    wal_size = wal.stat().st_size if wal.is_file() else 0
    if wal_size:
        raise StoreEmptyWithLog(
            f"{describe(path).capitalize()} is an empty file (0 bytes), but its write-ahead log {wal.name} "
            f"beside it holds {wal_size / 1024:,.0f} KB of changes (a crash or a sync tool can leave this). "
            f"Both were left untouched. {REPAIR_HINT}")
    raise StoreEmpty(f"{describe(path).capitalize()} is an empty file (0 bytes), not a Script Studio library. "
                     "It was left untouched. To start a new library there, delete the empty file; or choose "
                     "another file with --store.")


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
                           f"({exc}). It was left untouched. {REPAIR_HINT}") from exc
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
    if not file.exists():
        if read_only:
            raise StoreError(f"There is no library at {file}.")
        _create(file, now)
    _check_header(file)
    read_only = read_only or not is_writable(file)
    if not read_only:
        _roll_back_interrupted(file)
    conn = _open_read_only(file, read_only)
    try:
        version = _inspect(conn, file)
        damaged = quick_check(conn, file)
        if damaged:
            if pending(version):
                raise StoreCorrupt(f"{damaged} It cannot be upgraded to this version. {REPAIR_HINT}")
            return Opened(conn=conn, path=file, read_only=True, schema_version=version, damaged=damaged)
        if read_only:
            return _finish(conn, file, True, version, now)
    except BaseException:
        conn.close()
        raise
    conn.close()                       # healthy and writable: reopen for writing
    try:
        conn = _connect(file, False)
    except sqlite3.Error as exc:
        raise translate(exc, file) from exc
    try:
        return _finish(conn, file, False, version, now)
    except BaseException:
        conn.close()
        raise


def _roll_back_interrupted(file: Path) -> None:
    """A rollback journal left by a crash (libraries on a share without WAL) is undone by the first
    read-write reader; a read-only connection cannot, so let one read first."""
    journal = Path(f"{file}-journal")
    if not journal.is_file() or journal.stat().st_size == 0:
        return
    try:
        conn = _connect(file, False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise translate(exc, file) from exc


def _open_read_only(file: Path, immutable_ok: bool) -> sqlite3.Connection:
    """A read-only connection (it never checkpoints or writes the file); ``immutable`` as a last resort
    for a read-only file without a WAL (no -shm can be created beside it)."""
    try:
        conn = _connect(file, True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            if not immutable_ok or Path(f"{file}-wal").exists():
                raise
            conn = _connect(file, True, immutable=True)
    except sqlite3.DatabaseError as exc:
        err = translate(exc, file)
        if isinstance(err, StoreCorrupt):
            raise StoreCorrupt(f"{describe(file).capitalize()} is damaged and cannot be opened ({exc}). It was "
                               f"left untouched. {REPAIR_HINT}") from exc
        raise err from exc
    return conn


def quick_check(conn: sqlite3.Connection, file: Path) -> str:
    """SQLite's quick integrity check (B-tree structure, every page reachable once); "" when healthy,
    else the message to show. The file is memory-mapped for the check only."""
    try:
        conn.execute(f"PRAGMA mmap_size = {CHECK_MMAP_BYTES}")
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(3)").fetchall()]
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA mmap_size = 0")
    if rows == ["ok"]:
        return ""
    return (f"{describe(file).capitalize()} is damaged (SQLite's check found: {'; '.join(rows)[:300]}). It was "
            f"opened read-only, so nothing more can be lost: you can read and export, but not change it. "
            f"{REPAIR_HINT}")


def _create(file: Path, now: str) -> None:
    """A new library: built complete in a temporary file beside ``file``, then moved into place (a
    library that another process creates at the same moment wins; this one is dropped)."""
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        kind = StoreReadOnly if isinstance(exc, PermissionError) else StoreError
        raise kind(f"Cannot create the folder {file.parent} for the library "
                   f"({exc.strerror or exc}). Choose another place with --store.") from exc
    if not is_writable(file):
        raise StoreReadOnly(f"Cannot create a library in {file.parent}: the folder is read-only. "
                            "Choose another place with --store.")
    tmp = ""
    try:
        tmp = str(file.parent / f".{file.name}.{secrets.token_hex(6)}.new")
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))   # permissions as umask says
        conn = _connect(Path(tmp), False)
        try:
            apply_migrations(conn, now)
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        try:
            os.link(tmp, file)             # atomic, and never replaces a library created meanwhile
        except FileExistsError:
            pass
        except OSError:                     # a file system without hard links
            if not file.exists():
                os.replace(tmp, file)
    except sqlite3.Error as exc:
        raise translate(exc, file) from exc
    except OSError as exc:
        raise StoreError(f"Cannot create the library {file} ({exc.strerror or exc}). Choose another place "
                         "with --store.") from exc
    finally:
        if tmp:
            for leftover in (tmp, f"{tmp}-wal", f"{tmp}-shm", f"{tmp}-journal"):
                with contextlib.suppress(OSError):
                    os.unlink(leftover)


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

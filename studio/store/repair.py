"""Recovering a damaged library: copy everything that can still be read into a NEW library file.

The damaged file (and its ``-wal``) is never written: the work is done on a copy in a temporary folder.
Rows are read table by table in key order; where a damaged page makes a range unreadable, the reader
skips ahead past it and goes on, so one bad page costs only the rows on it. Rows land in a freshly
made library (current schema; its triggers fill the full-text indexes), parents before children; a row
whose parent was lost is counted, not kept. An empty (0-byte) library with a write-ahead log beside it is rebuilt from the log's
committed frames first (what SQLite itself would discard).

Qt-free: ``studio repair`` and the app both call :func:`repair_library`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from studio.store.errors import StoreError

#: Tables holding the user's data, parents first (tables added by later schema versions follow, found in
#: the new file's schema); each with the columns that order its rows.
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("meta", ("key",)), ("projects", ("rowid",)), ("sources", ("rowid",)), ("scripts", ("rowid",)),
    ("segments", ("rowid",)), ("versions", ("rowid",)), ("citations", ("rowid",)),
    ("dismissals", ("rowid",)), ("terms", ("project_id", "term")),
)
#: Tables the new file makes itself (schema bookkeeping, full-text indexes filled by triggers).
_NOT_COPIED = ("sqlite_", "schema_migrations", "sources_fts", "scripts_fts")
_BATCH = 500
_WAL_ORDER = {0x377F0682: "<", 0x377F0683: ">"}   # magic → byte order of the checksums


@dataclass
class RepairReport:
    """What :func:`repair_library` recovered."""

    source: Path
    output: Path
    copied: dict[str, int] = field(default_factory=dict)          # table → rows copied
    unreadable: dict[str, int] = field(default_factory=dict)      # table → damaged ranges skipped
    orphaned: dict[str, int] = field(default_factory=dict)        # table → rows whose parent was lost
    from_log: bool = False                                        # rebuilt from the -wal of an empty file
    problems: list[str] = field(default_factory=list)             # integrity problems left in the output

    @property
    def complete(self) -> bool:
        """True when nothing was skipped (every row that was found is in the new file)."""
        return not any(self.unreadable.values()) and not any(self.orphaned.values()) and not self.problems

    def lines(self) -> list[str]:
        """A plain summary, one line per fact."""
        out = [f"Recovered into {self.output}" + (" (rebuilt from the write-ahead log)" if self.from_log else "")]
        out.append("  " + ", ".join(f"{n} {table}" for table, n in self.copied.items() if table != "meta"))
        for table, n in self.unreadable.items():
            if n:
                out.append(f"  {table}: {n} damaged stretch(es) could not be read; the rows on them are lost")
        for table, n in self.orphaned.items():
            if n:
                out.append(f"  {table}: {n} row(s) were left out (their project, script or source was lost)")
        out += [f"  problem: {p}" for p in self.problems]
        out.append(f"The damaged file {self.source} was left untouched.")
        return out


def default_output(path: Path) -> Path:
    """``library.studio.db`` → ``library.recovered.studio.db`` (``-2``, ``-3`` … if taken)."""
    name = path.name
    if name.endswith(".studio.db"):
        stem, suffix = name[: -len(".studio.db")], ".studio.db"
    else:
        stem, suffix = path.stem, path.suffix or ".db"
    for n in range(1, 1000):
        candidate = path.with_name(f"{stem}.recovered{'' if n == 1 else f'-{n}'}{suffix}")
        if not candidate.exists():
            return candidate
    raise StoreError(f"Too many recovered copies beside {path}; move some away and try again.")


def repair_library(path: str | Path, output: str | Path | None = None) -> RepairReport:
    """Copy what can be read from the library at ``path`` into a new library at ``output`` (default
    :func:`default_output`). The damaged file is left untouched. Raises StoreError when nothing can be read."""
    from studio.store.library import Library

    source = Path(path).expanduser()
    if not source.is_file():
        raise StoreError(f"There is no library at {source}.")
    target = Path(output).expanduser() if output else default_output(source)
    if target.exists():
        raise StoreError(f"{target} already exists; choose another name for the recovered library.")
    report = RepairReport(source=source, output=target)
    with tempfile.TemporaryDirectory(prefix="studio-repair-") as work:
        copy = Path(work) / "damaged.db"
        report.from_log = _working_copy(source, copy)
        try:
            src = sqlite3.connect(copy, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{source} cannot be read at all ({exc}); nothing could be recovered.") from exc
        try:
            tables = _readable_tables(src, source)
            new = Library(target)
            try:
                with new.transaction():
                    conn = new._live()
                    for table, keys in _tables_to_copy(conn):
                        if table in tables:
                            _copy_table(src, conn, table, keys, report)
                report.problems = new.check_integrity()
            finally:
                new.close()
        finally:
            src.close()
    return report


def _working_copy(source: Path, copy: Path) -> bool:
    """Copy the library (and its -wal) into ``copy``; an empty file with a log is rebuilt from the log.
    Returns True when the log was used that way."""
    wal = Path(f"{source}-wal")
    if source.stat().st_size == 0:
        data = wal.read_bytes() if wal.is_file() else b""
        image = wal_image(data) if data else None
        if image is None:
            raise StoreError(f"{source} is empty and " + ("its write-ahead log holds no complete change that "
                             "starts the library" if data else "there is no write-ahead log beside it")
                             + "; nothing can be recovered. Both files were left untouched.")
        copy.write_bytes(image)
        return True
    shutil.copyfile(source, copy)
    if wal.is_file():
        shutil.copyfile(wal, Path(f"{copy}-wal"))
    return False


def _readable_tables(src: sqlite3.Connection, source: Path) -> set[str]:
    try:
        return {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"The table list of {source} is damaged ({exc}), so nothing could be recovered "
                         "with this tool. The file was left untouched; restore a backup or an exported bundle."
                         ) from exc


def _tables_to_copy(dst: sqlite3.Connection) -> list[tuple[str, tuple[str, ...]]]:
    """:data:`TABLES`, then any other data table of the current schema (keyed by its primary key when it
    has no rowid)."""
    known = [t for t, _ in TABLES]
    out = list(TABLES)
    for name, sql in dst.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid"):
        if name in known or name.startswith(_NOT_COPIED):
            continue
        if "WITHOUT ROWID" in str(sql).upper():
            info = sorted((r[5], r[1]) for r in dst.execute(f"PRAGMA table_info({name})") if r[5])
            out.append((name, tuple(col for _, col in info)))
        else:
            out.append((name, ("rowid",)))
    return out


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, table: str, keys: tuple[str, ...],
                report: RepairReport) -> None:
    try:
        wanted = [c for c in _columns(dst, table) if c in set(_columns(src, table))]
    except sqlite3.DatabaseError:
        report.unreadable[table] = report.unreadable.get(table, 0) + 1
        return
    verb = "INSERT OR REPLACE" if table == "meta" else "INSERT"      # the new file has its own 'created'
    insert = f"{verb} INTO {table}({', '.join(wanted)}) VALUES ({', '.join('?' * len(wanted))})"
    copied = orphaned = 0
    for row in _rows(src, table, keys, wanted, report):
        try:
            dst.execute(insert, row[len(keys):])
            copied += 1
        except sqlite3.IntegrityError:
            orphaned += 1
    report.copied[table] = copied
    report.orphaned[table] = orphaned


def _rows(src: sqlite3.Connection, table: str, keys: tuple[str, ...], cols: list[str],
          report: RepairReport) -> Iterator[tuple[object, ...]]:
    """Every readable row in key order; a damaged stretch is skipped (counted in ``report.unreadable``)."""
    key_list = ", ".join(keys)
    select = f"SELECT {key_list}, {', '.join(cols)} FROM {table}"
    after_sql = f"WHERE ({key_list}) > ({', '.join('?' * len(keys))})"

    def fetch(after: tuple[object, ...] | None, limit: int) -> list[tuple[object, ...]]:
        where, params = ("", ()) if after is None else (after_sql, after)
        return src.execute(f"{select} {where} ORDER BY {key_list} LIMIT {limit}", params).fetchall()

    after: tuple[object, ...] | None = None
    while True:
        try:
            batch = fetch(after, _BATCH)
        except sqlite3.DatabaseError:
            while True:                                  # row by row up to the damage
                try:
                    one = fetch(after, 1)
                except sqlite3.DatabaseError:
                    break
                if not one:
                    return
                yield one[0]
                after = tuple(one[0][: len(keys)])
            report.unreadable[table] = report.unreadable.get(table, 0) + 1
            if keys != ("rowid",):
                return                                   # keyed by text: no way to step past the damage
            after = _skip_damage(src, table, int(after[0]) if after else -(2**62))  # type: ignore[call-overload]
            if after is None:
                return
            continue
        if not batch:
            return
        yield from batch
        after = tuple(batch[-1][: len(keys)])


def _skip_damage(src: sqlite3.Connection, table: str, last: int) -> tuple[object, ...] | None:
    """The smallest rowid after ``last`` past which rows can be read again (None: nothing more)."""
    def readable(start: int) -> bool:
        try:
            src.execute(f"SELECT rowid FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 1", (start,)).fetchall()
            return True
        except sqlite3.DatabaseError:
            return False

    step = 1
    while step < 2**62 and not readable(last + step):
        step *= 2
    if step >= 2**62:
        return None
    low, high = last + step // 2, last + step      # unreadable past low (or low == last), readable past high
    while high - low > 1:
        mid = (low + high) // 2
        low, high = (low, mid) if readable(mid) else (mid, high)
    return (high,)


def wal_image(wal: bytes) -> bytes | None:
    """The database as of the last committed transaction in a write-ahead log, for a main file that was
    lost (0 bytes): the log's valid frames (salts and checksums checked) applied in order. None when the
    log is not valid or does not hold the library's first page."""
    if len(wal) < 32:
        return None
    magic, _version, page_size, _seq, salt1, salt2, ck1, ck2 = struct.unpack(">8I", wal[:32])
    order = _WAL_ORDER.get(magic)
    if order is None or page_size < 512 or page_size & (page_size - 1) or (ck1, ck2) != _checksum(wal[:24], 0, 0, order):
        return None
    pages: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    db_pages = 0
    s0, s1 = ck1, ck2
    offset = 32
    while offset + 24 + page_size <= len(wal):
        pgno, commit, fsalt1, fsalt2, fc1, fc2 = struct.unpack(">6I", wal[offset:offset + 24])
        page = wal[offset + 24:offset + 24 + page_size]
        if (fsalt1, fsalt2) != (salt1, salt2) or pgno == 0:
            break
        s0, s1 = _checksum(wal[offset:offset + 8], s0, s1, order)
        s0, s1 = _checksum(page, s0, s1, order)
        if (s0, s1) != (fc1, fc2):
            break
        pending[pgno] = page
        if commit:
            pages.update(pending)
            pending.clear()
            db_pages = commit
        offset += 24 + page_size
    if 1 not in pages or not db_pages:
        return None
    blank = bytes(page_size)
    return b"".join(pages.get(n, blank) for n in range(1, db_pages + 1))


def _checksum(data: bytes, s0: int, s1: int, order: str) -> tuple[int, int]:
    ints = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(ints), 2):
        s0 = (s0 + ints[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + ints[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def replace_with_recovered(path: str | Path, recovered: str | Path) -> Path:
    """Put a recovered library in the damaged one's place. The damaged file (and its -wal/-shm) is
    renamed, not changed, to ``<name>.damaged-<time>``; returns that new name."""
    source = Path(path).expanduser()
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = source.with_name(f"{source.name}.damaged-{stamp}")
    try:
        os.replace(source, aside)
        for extra in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{source}{extra}", f"{aside}{extra}")
        os.replace(recovered, source)
    except OSError as exc:
        raise StoreError(f"Cannot move the recovered library into place ({exc.strerror or exc}); it is at "
                         f"{recovered} and the damaged one at {aside if aside.exists() else source}.") from exc
    return aside


__all__ = ["RepairReport", "default_output", "repair_library", "replace_with_recovered", "wal_image"]

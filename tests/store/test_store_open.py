"""Opening library files: creation, migrations, and refusing files that are too new, damaged or foreign."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from studio.store import db as store_db
from studio.store.errors import StoreEmpty
from studio.store.library import (
    Library,
    StoreCorrupt,
    StoreError,
    StoreReadOnly,
    StoreTooNew,
)
from studio.store.schema import MIGRATIONS, SCHEMA_VERSION


def _make_store(path: Path) -> None:
    with Library(path) as lib:
        project = lib.create_project("Sleep and memory")
        lib.add_source(project.id, title="Sleep study", authors="Smith J", year=2021)


def test_new_file_is_created_with_folders_and_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "library.db"
    with Library.open(path) as lib:
        assert lib.path == path
        assert lib.schema_version == SCHEMA_VERSION
        assert lib.list_projects() == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert applied == [m.version for m in MIGRATIONS]
    conn.close()


def test_reopening_keeps_data_and_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    _make_store(path)
    with Library(path) as lib:
        [project] = lib.list_projects()
        assert project.title == "Sleep and memory"
        assert [s.key for s in lib.list_sources(project.id)] == ["smith2021"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)
    conn.close()


def test_in_memory_library_works_and_has_no_path() -> None:
    lib = Library(":memory:")
    assert lib.path is None
    assert lib.create_project("X").title == "X"
    lib.close()
    lib.close()  # closing twice is harmless
    with pytest.raises(StoreError, match="closed"):
        lib.list_projects()


def test_foreign_keys_are_enforced() -> None:
    with Library(":memory:") as lib:
        assert lib._rows("PRAGMA foreign_keys")[0][0] == 1


def test_store_from_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    _make_store(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreTooNew, match="newer Script Studio"):
        Library(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_random_bytes_are_refused_as_corrupt_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    data = os.urandom(8192)
    path.write_bytes(data)
    with pytest.raises(StoreCorrupt, match="not a Script Studio library"):
        Library(path)
    assert path.read_bytes() == data
    assert not Path(f"{path}-wal").exists()


def test_damaged_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    _make_store(path)
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(4096 - 100)  # smash the schema page, keep the header
    path.write_bytes(bytes(data))
    with pytest.raises(StoreCorrupt):
        lib = Library(path)
        lib.list_projects()
        lib.close()
    assert path.read_bytes() == bytes(data)


def test_other_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreCorrupt, match="another program"):
        Library(path)
    assert path.read_bytes() == before


def test_empty_file_is_refused_not_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    for read_only in (False, True):
        with pytest.raises(StoreEmpty, match="empty file .0 bytes.*left untouched"):
            Library(path, read_only=read_only)
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


def test_sqlite_file_without_tables_becomes_a_library(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    _blank_sqlite(path)
    with Library(path) as lib:
        assert lib.schema_version == SCHEMA_VERSION


def _blank_sqlite(path: Path) -> None:
    """An SQLite file with no tables and user_version 0 (as the sqlite3 shell makes)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (y)")
    conn.execute("DROP TABLE x")
    conn.commit()
    conn.close()


def test_folder_instead_of_file_gives_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Library(tmp_path)


def test_read_only_open_allows_reading_but_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    _make_store(path)
    before = path.read_bytes()
    with Library(path, read_only=True) as lib:
        assert lib.read_only
        [project] = lib.list_projects()
        assert lib.search("sleep")
        with pytest.raises(StoreReadOnly, match="read-only"):
            lib.create_project("New")
        with pytest.raises(StoreReadOnly):
            lib.rename_project(project.id, "Renamed")
    assert path.read_bytes() == before


def test_unwritable_file_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lib.db"
    _make_store(path)
    monkeypatch.setattr(store_db, "is_writable", lambda p: False)
    with Library(path) as lib:
        assert lib.read_only
        assert [p.title for p in lib.list_projects()] == ["Sleep and memory"]
        with pytest.raises(StoreReadOnly, match="permissions"):
            lib.create_project("New")


def test_new_library_in_read_only_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_db, "is_writable", lambda p: False)
    with pytest.raises(StoreReadOnly, match="read-only"):
        Library(tmp_path / "lib.db")
    assert not (tmp_path / "lib.db").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_chmod_read_only_file_really_is_read_only(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    _make_store(path)
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with Library(path) as lib:
            assert lib.list_projects()
            with pytest.raises(StoreReadOnly):
                lib.create_project("New")
    finally:
        tmp_path.chmod(0o755)
        path.chmod(0o644)


def test_old_schema_needing_upgrade_on_read_only_file_is_refused(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lib.db"
    _blank_sqlite(path)  # version 0: needs every migration
    monkeypatch.setattr(store_db, "is_writable", lambda p: False)
    with pytest.raises(StoreReadOnly, match="upgraded"):
        Library(path)


def test_failed_migration_leaves_old_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from studio.store import schema

    broken = (*schema.MIGRATIONS, schema.Migration(SCHEMA_VERSION + 1, "broken", ("CREATE TABLE x (",)))
    path = tmp_path / "lib.db"
    _make_store(path)
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError):
        Library(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM projects").fetchone()[0] == 1
    conn.close()


def test_integrity_check_reports_nothing_on_healthy_store(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    _make_store(path)
    with Library(path) as lib:
        assert lib.check_integrity() == []


def test_parent_that_is_a_file_gives_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        Library(blocker / "lib.db")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_library_is_built_aside_and_gets_the_usual_permissions(tmp_path: Path) -> None:
    path = tmp_path / "lib.studio.db"
    old = os.umask(0o022)
    try:
        Library(path).close()
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == ["lib.studio.db"]

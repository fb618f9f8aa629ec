"""Library facts (meta) and checklist ticks: stored with the script, deleted with it, carried by bundles,
added to an existing library by migration 2."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studio.store.library import Library, StoreError


def test_meta_values_round_trip_and_can_be_removed(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        assert lib.get_meta("demo_project_id") is None
        lib.set_meta("demo_project_id", "7")
    with Library(tmp_path / "lib.db") as lib:
        assert lib.get_meta("demo_project_id") == "7"
        lib.set_meta("demo_project_id", None)
        assert lib.get_meta("demo_project_id") is None


def test_checklist_ticks_are_kept_per_script_and_go_with_it() -> None:
    with Library(":memory:") as lib:
        p = lib.create_project("P")
        a = lib.list_scripts(p.id)[0]
        b = lib.create_script(p.id, "B")
        lib.set_checklist_tick(a.id, "main_message", True)
        lib.set_checklist_tick(a.id, "plain_risk", False)
        lib.set_checklist_tick(b.id, "main_message", False)
        assert lib.checklist_ticks(a.id) == {"main_message": True, "plain_risk": False}
        lib.set_checklist_tick(a.id, "plain_risk", None)
        assert lib.checklist_ticks(a.id) == {"main_message": True}
        lib.delete_script(a.id)
        assert lib._rows("SELECT count(*) FROM checklist_ticks")[0][0] == 1
        with pytest.raises(StoreError):
            lib.set_checklist_tick(b.id, "", True)
        with pytest.raises(StoreError):
            lib.checklist_ticks(a.id)


def test_bundles_and_copies_carry_the_ticks(tmp_path: Path) -> None:
    with Library(":memory:") as lib:
        p = lib.create_project("Walks")
        sid = lib.list_scripts(p.id)[0].id
        lib.set_checklist_tick(sid, "main_message", True)
        path = lib.export_bundle(p.id, tmp_path / "walks.studio")
        info = lib.import_bundle(path)
        (new_sid,) = [s.id for s in lib.list_scripts(info.project.id)]
        assert lib.checklist_ticks(new_sid) == {"main_message": True}
        copy = lib.duplicate_project(p.id)
        assert lib.checklist_ticks(lib.list_scripts(copy.id)[0].id) == {"main_message": True}
        data = lib.export_project_data(p.id)
        data["scripts"][0]["checklist"] = {"main_message": "yes"}
        with pytest.raises(StoreError, match="checklist"):
            lib.import_project_data(data)
        del data["scripts"][0]["checklist"]                 # bundles from before schema 2 have none
        assert lib.import_project_data(data).scripts == 1


def test_a_schema_1_library_gains_the_ticks_table(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Library(path) as lib:
        lib.create_project("Kept")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE checklist_ticks")
    conn.execute("DELETE FROM schema_migrations WHERE version = 2")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Library(path) as lib:
        (project,) = lib.list_projects()
        sid = lib.list_scripts(project.id)[0].id
        lib.set_checklist_tick(sid, "claims_cited", True)
        assert lib.checklist_ticks(sid) == {"claims_cited": True} and project.title == "Kept"

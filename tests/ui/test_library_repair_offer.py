"""Opening a damaged or empty library in the app: an offer to recover it (or to start afresh in place of an
empty file), the damaged file kept aside, never changed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from studio.ui.app import QUIT, open_library
from studio.ui.library_repair import REPAIR, START_NEW

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from damage_helpers import make_library as _library  # noqa: E402
from damage_helpers import smash as _smash  # noqa: E402


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch, qtbot):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(str(a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    return shown


def test_damaged_library_is_recovered_in_place_when_the_user_agrees(tmp_path, _no_modal_boxes):
    path = tmp_path / "lib.studio.db"
    _library(path, sources=30)
    _smash(path, "schema_migrations", "root")
    damaged = path.read_bytes()
    offers = []
    library = open_library(path, ask=lambda m, p: pytest.fail(m),
                           offer=lambda kind, message, p: offers.append((kind, message)) or True)
    assert library is not None
    try:
        assert [k for k, _ in offers] == [REPAIR] and "damaged" in offers[0][1]
        assert library.path == path and not library.damaged and not library.read_only
        assert len(library.list_projects()) == 2
    finally:
        library.close()
    [aside] = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == damaged
    assert "kept as" in _no_modal_boxes[-1]


def test_declining_opens_the_damaged_library_read_only(tmp_path):
    path = tmp_path / "lib.studio.db"
    _library(path, sources=5)
    _smash(path, "schema_migrations", "root")
    library = open_library(path, ask=lambda m, p: pytest.fail(m), offer=lambda kind, message, p: False)
    assert library is not None
    try:
        assert library.damaged and library.read_only
    finally:
        library.close()


def test_empty_library_file_can_be_started_afresh_or_left(tmp_path):
    path = tmp_path / "lib.studio.db"
    path.write_bytes(b"")
    asked = []
    assert open_library(path, ask=lambda m, p: asked.append(m) or QUIT, offer=lambda k, m, p: False) is None
    assert "0 bytes" in asked[0] and path.read_bytes() == b""
    kinds = []
    library = open_library(path, ask=lambda m, p: pytest.fail(m), offer=lambda k, m, p: kinds.append(k) or True)
    assert library is not None and kinds == [START_NEW]
    library.close()

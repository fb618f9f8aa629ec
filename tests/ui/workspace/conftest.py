"""Fixtures for the workspace tests: a store file and settings in tmp_path, the shared analyzer in the
analysis thread, and a workspace factory that cleans up after itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from studio.store.library import Library
from studio.ui.settings import AppSettings
from studio.ui.workspace import ScriptWorkspace
from studio.ui.workspace.analysis_service import AnalysisService


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """Path of a fresh library file."""
    return tmp_path / "library.studio.db"


@pytest.fixture
def library(store_path: Path) -> Iterator[Library]:
    """A library with one project ("Statins") and its default script."""
    lib = Library.open(store_path)
    lib.create_project("Statins")
    yield lib
    lib.close()


@pytest.fixture
def script_id(library: Library) -> int:
    """The first script of the first project."""
    project = library.list_projects()[0]
    return library.list_scripts(project.id)[0].id


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """App settings in an INI file under tmp_path."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


WorkspaceFactory = Callable[..., ScriptWorkspace]


@pytest.fixture
def make_workspace(qtbot, settings: AppSettings, analyzer) -> Iterator[WorkspaceFactory]:
    """Build a shown workspace with a started analysis service (default: the shared session analyzer)."""
    made: list[tuple[ScriptWorkspace, AnalysisService]] = []

    def make(library: Library, factory: Callable[[], object] | None = None, start: bool = True) -> ScriptWorkspace:
        service = AnalysisService(analyzer_factory=factory or (lambda: analyzer))
        ws = ScriptWorkspace(library, settings, service)
        qtbot.addWidget(ws)
        ws.resize(1200, 800)
        ws.show()
        if start:
            service.start()
        made.append((ws, service))
        return ws

    yield make
    for ws, service in made:
        ws.close_script()
        service.shutdown()

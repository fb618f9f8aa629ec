"""Shared test doubles for the app-shell tests (main window, library panel, sources, versions, settings).

Imported by the test modules of tests/ui (pytest puts this folder on sys.path).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from studio.store.library import Library
from studio.ui.main_window import MainWindow
from studio.ui.settings import AppSettings
from studio.ui.workspace_host import PlaceholderWorkspace


class FakeService(QObject):
    """Stands in for AnalysisService: never loads spaCy, records calls."""

    status = Signal(str)
    ready = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self.started = False
        self.shut_down = False
        self.last_status = ""

    def start(self) -> None:
        self.started = True
        self.last_status = "Analysis ready"
        self.status.emit(self.last_status)

    def request(self, *args: object) -> None:
        pass

    def shutdown(self, timeout_ms: int = 0) -> None:
        self.shut_down = True


class RecordingWorkspace(PlaceholderWorkspace):
    """The placeholder workspace plus a log of the contract calls the window makes."""

    def __init__(self, library: Library) -> None:
        super().__init__(library)
        self.calls: list[str] = []

    def open_script(self, script_id: int) -> None:
        self.calls.append(f"open:{script_id}")
        super().open_script(script_id)

    def close_script(self) -> None:
        self.calls.append("close")
        super().close_script()

    def flush(self) -> None:
        self.calls.append("flush")

    def reload_project_context(self) -> None:
        self.calls.append("reload")


def make_settings(tmp_path: Path) -> AppSettings:
    """Settings in a private INI file."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make_window(qtbot, tmp_path: Path, library: Library | None = None) -> MainWindow:
    """A main window over ``library`` (a fresh file store by default) with fakes for the analysis parts."""
    library = library or Library.open(tmp_path / "lib.studio.db")
    window = MainWindow(library, make_settings(tmp_path), service=FakeService(),
                        workspace=RecordingWorkspace(library))
    qtbot.addWidget(window)
    return window


def seed(library: Library) -> tuple[int, int, int]:
    """A project with one script (with text) and two sources; returns (project, script, source) ids."""
    from studio.store.models import SegmentDraft

    project = library.create_project("Sleep and teen anxiety", with_script=False)
    script = library.create_script(project.id, "Sleep script", [
        SegmentDraft("Hook", "Teens who sleep less feel more anxious."),
        SegmentDraft("Finding", "In a cohort of 4,000 teens, short sleep was linked to anxiety [@lee2020]."),
    ])
    source = library.add_source(project.id, title="Sleep duration and anxiety in adolescents", key="lee2020",
                                authors="Lee K; Ortiz M", year=2020, journal="Demo Journal",
                                summary="In a cohort of 4,000 adolescents, short sleep was associated with anxiety.")
    library.add_source(project.id, title="Screen time at night", key="park2019", year=2019,
                       summary="Evening screen use was associated with later sleep onset.")
    library.add_citation(script.segments[1].id, source.id, "short sleep was linked to anxiety",
                         "short sleep was associated with anxiety")
    return project.id, script.id, source.id

"""Quitting: closing the window saves everything and does not wait for a language model that is still
loading, nor for a grammar thread that is slow to stop; the thread objects survive until they finish."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication
from shell_helpers import make_settings

from studio.store.library import Library
from studio.store.models import SegmentDraft
from studio.ui.main_window import MainWindow
from studio.ui.workspace.analysis_service import AnalysisService


def test_closing_during_the_model_load_saves_and_does_not_wait_for_the_load(qtbot, tmp_path, analyzer) -> None:
    library = Library.open(tmp_path / "lib.studio.db")
    project = library.create_project("Walking", with_script=False)
    script = library.create_script(project.id, "Hook", [SegmentDraft(name="Hook", spoken="Walk after dinner.")])
    release = threading.Event()
    finished = threading.Event()

    def slow_model():
        release.wait(4)                  # the language model takes a while to load
        finished.set()
        return analyzer

    service = AnalysisService(analyzer_factory=slow_model)
    window = MainWindow(library, make_settings(tmp_path), service=service)
    qtbot.addWidget(window)
    window.show()
    window.open_script(script.id)
    window.start_services()
    card = window.workspace.editor.cards[0]
    card.spoken.setPlainText("Walk after dinner, every day.")
    try:
        window.close()
        # The window closed while the model was still loading: nothing waited for it ...
        assert not finished.is_set()
        # ... and the edit was saved before the library closed.
        reopened = Library.open(tmp_path / "lib.studio.db")
        assert reopened.get_script(script.id).segments[0].spoken == "Walk after dinner, every day."
        reopened.close()
        # The still-running thread is kept alive (destroying it would abort the process).
        assert service._thread.parent() is QCoreApplication.instance()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not service._thread.isRunning(), timeout=10_000)


def test_fast_exit_still_runs_the_exit_handlers(tmp_path) -> None:
    """The process ends without interpreter teardown, but exit handlers (which stop a local LanguageTool
    server whose start was abandoned at quit) still run."""
    import subprocess
    import sys

    marker = tmp_path / "stopped"
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: open({str(marker)!r}, 'w').write('server stopped'))\n"
            "from studio.ui.app import end_process\n"
            "end_process(3)\n"
            "print('not reached')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    assert "not reached" not in done.stdout
    assert marker.read_text() == "server stopped"

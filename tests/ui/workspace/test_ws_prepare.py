"""`studio prepare` (run by scripts/run-app.sh after installing): the very first start on a new library shows
the demo's highlights from the user's cache while the language model is still loading."""

from __future__ import annotations

import threading

from studio.analysis.result_cache import user_result_cache
from studio.commands.prepare import prepare_first_start
from studio.store.library import Library
from studio.ui.demo import ensure_demo
from studio.ui.workspace import ScriptWorkspace
from studio.ui.workspace.analysis_service import AnalysisService


def _first_start(qtbot, tmp_path, settings, analyzer, release: threading.Event):
    """A new library with the demo, opened in a workspace whose model is still loading until ``release``."""
    library = Library.open(tmp_path / "new.studio.db")
    script_id = ensure_demo(library)

    def loading():
        release.wait(30)
        return analyzer

    service = AnalysisService(analyzer_factory=loading, result_cache=user_result_cache())
    ws = ScriptWorkspace(library, settings, service)
    qtbot.addWidget(ws)
    ws.show()
    ws.open_script(script_id)
    service.start()
    return library, service, ws


def _highlighted(ws: ScriptWorkspace) -> bool:
    return any(card.spoken.highlighter.entries for card in ws.editor.cards)


def test_prepared_demo_is_highlighted_before_the_model_loads(qtbot, tmp_path, settings, analyzer) -> None:
    done = prepare_first_start(analyzer=analyzer)
    assert done.scripts >= 1 and done.findings > 0
    release = threading.Event()
    library, service, ws = _first_start(qtbot, tmp_path, settings, analyzer, release)
    try:
        qtbot.waitUntil(lambda: _highlighted(ws), timeout=5000)
        assert not release.is_set()                             # the model has not loaded yet
        assert ws.result is not None and ws.result.findings
        assert {f.kind for f in ws.result.findings} >= {"uncited_claim", "jargon"}
    finally:
        release.set()
        ws.close_script()
        service.shutdown()
        library.close()


def test_without_prepare_the_demo_waits_for_the_model(qtbot, tmp_path, settings, analyzer) -> None:
    release = threading.Event()
    library, service, ws = _first_start(qtbot, tmp_path, settings, analyzer, release)
    try:
        qtbot.wait(500)
        assert ws.result is None and not _highlighted(ws)      # nothing cached: it waits for the model
        release.set()
        qtbot.waitUntil(lambda: _highlighted(ws), timeout=20_000)
    finally:
        release.set()
        ws.close_script()
        service.shutdown()
        library.close()

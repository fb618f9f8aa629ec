"""Loading state: until the first analysis of the open script arrives the findings list says it is still
analysing (never a false "No findings"); an empty script shows no grade or reading ease."""

from __future__ import annotations

import threading

from ws_helpers import wait_analysis

from studio.store.models import SegmentDraft


def test_findings_list_says_analysing_until_the_first_result(qtbot, make_workspace, library, analyzer) -> None:
    project = library.list_projects()[0]
    script = library.create_script(project.id, "Clear", [SegmentDraft(name="Hook", spoken="Walk after dinner.")])
    release = threading.Event()

    def slow_factory():
        release.wait(20)              # the language model is still loading
        return analyzer

    ws = make_workspace(library, factory=slow_factory)
    try:
        ws.open_script(script.id)
        qtbot.wait(100)
        summary = ws.panel.summary_label.text()
        assert summary.startswith("Analysing")
        assert "No findings" not in summary
    finally:
        release.set()
    wait_analysis(qtbot, ws)
    assert ws.panel.summary_label.text().startswith("No findings")


def test_findings_list_explains_when_the_analysis_cannot_start(qtbot, make_workspace, library,
                                                                script_id) -> None:
    def broken():
        raise RuntimeError("No English language model is installed")

    ws = make_workspace(library, factory=broken)
    ws.open_script(script_id)
    qtbot.waitUntil(lambda: "language model" in ws.panel.summary_label.text(), timeout=5000)
    assert "No findings" not in ws.panel.summary_label.text()


def test_empty_script_shows_no_grade(qtbot, make_workspace, library) -> None:
    project = library.list_projects()[0]
    script = library.create_script(project.id, "Empty", [SegmentDraft(name="Hook", spoken="")])
    ws = make_workspace(library)
    ws.open_script(script.id)
    wait_analysis(qtbot, ws)
    assert not any(ch.isdigit() for ch in ws.dashboard.grade_label.text())
    assert not any(ch.isdigit() for ch in ws.dashboard.ease_label.text())
    ws.editor.cards[0].spoken.setPlainText("Walking after dinner helps. It is easy.")
    wait_analysis(qtbot, ws)
    assert any(ch.isdigit() for ch in ws.dashboard.grade_label.text())
    assert any(ch.isdigit() for ch in ws.dashboard.ease_label.text())

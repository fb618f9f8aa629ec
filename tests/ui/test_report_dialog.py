"""Script › Before/after report under pytest-qt: figures equal the analysis of each version, the chart is
painted, versions can be picked, and the report exports as HTML and PDF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from shell_helpers import RecordingWorkspace, make_settings

from studio.analysis.model import SegmentInput
from studio.project_context import context_for
from studio.ui.app import build_window
from studio.ui.report_dialog import ReportDialog
from studio.ui.workspace.analysis_service import AnalysisService


@pytest.fixture
def window(qtbot, tmp_path, analyzer):
    service = AnalysisService(analyzer_factory=lambda: analyzer)
    win = build_window(tmp_path / "lib.studio.db", make_settings(tmp_path), service=service,
                       workspace_factory=RecordingWorkspace, ask=lambda m, p: "quit")
    assert win is not None
    qtbot.addWidget(win)
    service.start()
    yield win
    service.shutdown()


def _rewrite_hook(window) -> None:
    lib = window.library
    seg = lib.get_script(window.current_script_id()).segments[0]
    lib.update_segment(seg.id, spoken="Could a brisk walk lift your mood? In trials, walking eased low mood [1].")


def _shown(qtbot, window) -> ReportDialog:
    dialog = window.show_report()
    assert isinstance(dialog, ReportDialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    return dialog


def test_report_figures_equal_the_analysis_of_each_version(qtbot, window, analyzer):
    _rewrite_hook(window)
    dialog = _shown(qtbot, window)
    lib, sid = window.library, window.current_script_id()
    ctx = context_for(lib, lib.get_script(sid).project_id, sid)
    first = lib.get_version(dialog.before_combo.currentData())
    before = analyzer.analyze([SegmentInput(d.spoken, d.name) for d in first.segments], ctx).metrics
    after = analyzer.analyze([SegmentInput(s.spoken, s.name) for s in lib.get_script(sid).segments], ctx).metrics
    assert dialog.after_combo.currentText() == "Now"
    shown = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
             for r in range(dialog.table.rowCount())}
    assert shown["Reading grade"] == (f"{before.grade:.1f}", f"{after.grade:.1f}")
    assert shown["Reading ease"] == (f"{before.reading_ease:.0f}", f"{after.reading_ease:.0f}")
    assert shown["Jargon share"] == (f"{before.jargon_ratio * 100:.1f}%", f"{after.jargon_ratio * 100:.1f}%")
    assert shown["Uncited claims"] == (str(before.uncited_claims), str(after.uncited_claims))
    assert dialog.report.before_metrics == before and dialog.report.after_metrics == after
    items = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert any(t.startswith("\u201cHook\u201d rewritten") for t in items)
    assert dialog.checklist.rowCount() == 5
    dialog.close()


def test_the_chart_is_painted_with_a_bar_per_version(qtbot, window):
    _rewrite_hook(window)
    dialog = _shown(qtbot, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert QColor("#adb5bd").name() in colours and QColor("#1971c2").name() in colours
    assert len(dialog.chart.rows) == 5
    dialog.close()


def test_choosing_other_versions_recomputes(qtbot, window):
    _rewrite_hook(window)
    lib, sid = window.library, window.current_script_id()
    lib.save_version(sid, "After the hook")
    dialog = _shown(qtbot, window)
    index = dialog.after_combo.findText("After the hook", flags=Qt.MatchFlag.MatchStartsWith)
    assert index >= 0
    dialog.after_combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.after.label.startswith("After the hook"),
                    timeout=20_000)
    dialog.before_combo.setCurrentIndex(index)             # same version on both sides
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.before.label.startswith("After"),
                    timeout=20_000)
    assert dialog.report.changes == ("No differences: the two versions are the same.",)
    dialog.close()


def test_report_exports_html_and_pdf(qtbot, window, tmp_path):
    _rewrite_hook(window)
    dialog = _shown(qtbot, window)
    html = dialog.export_html(str(tmp_path / "report.html"))
    assert html is not None and "Before and after" in html.read_text(encoding="utf-8")
    assert "<svg" in html.read_text(encoding="utf-8")
    pdf = dialog.export_pdf(str(tmp_path / "report.pdf"))
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    dialog.close()


def test_no_report_without_an_open_script_or_analysis(qtbot, tmp_path):
    from shell_helpers import make_window

    window = make_window(qtbot, tmp_path)                     # FakeService: no submit()
    assert window.show_report() is None


def test_versions_dialog_opens_the_report_for_the_selected_versions(qtbot, window):
    _rewrite_hook(window)
    lib, sid = window.library, window.current_script_id()
    middle = lib.save_version(sid, "Halfway").id
    versions = window.show_versions()
    assert versions is not None
    first_row = versions.list.count() - 1                       # newest first: the first draft is last
    versions.list.setCurrentRow(first_row)
    versions.report_button.click()
    (dialog,) = versions.findChildren(ReportDialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report.before.version_id == lib.list_versions(sid)[-1].id and dialog.report.after.version_id is None
    dialog.close()
    versions.list.clearSelection()
    for row in (0, first_row):                                  # two selected: the older one is "before"
        versions.list.item(row).setSelected(True)
    versions.report_button.click()
    second = [d for d in versions.findChildren(ReportDialog) if d is not dialog][-1]
    qtbot.waitUntil(lambda: second.report is not None, timeout=20_000)
    assert second.report.after.version_id == middle
    assert second.report.before.version_id == lib.list_versions(sid)[-1].id
    second.close()
    versions.close()

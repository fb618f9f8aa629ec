"""Script › Before/after report…: two versions of the script side by side (default: first draft vs now) —
figures, a bar chart the app paints itself, what changed and the checklist — exported as HTML or PDF.

The figures come from :mod:`studio.reports` (Qt-free); the analysis runs in the analysis thread through
:meth:`AnalysisService.submit`, so the window stays responsive and spaCy keeps its one owner.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.analysis.model import AnalysisContext
from studio.exports import ExportError, write_export
from studio.project_context import context_for
from studio.reports.compare import Report, ReportSide, build_report
from studio.reports.html import (
    VERDICT_COLOUR,
    VERDICT_WORD,
    ChartRow,
    chart_rows,
    checklist_rows,
    render_html,
)
from studio.reports.sides import choices, default_before, side
from studio.store.library import Library, StoreError
from studio.ui.i18n import ui_tr
from studio.ui.report_pdf import (
    PDF_CHART_WIDTH,
    chart_height,
    chart_image,
    chart_labels,
    paint_chart,
    report_pdf,
)
from studio.ui.style import is_dark
from studio.ui.window_fit import keep_on_screen

log = logging.getLogger(__name__)

class ChartWidget(QWidget):
    """The report's bar chart, painted with QPainter in the widget's own font and palette."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChartRow] = []
        self.labels = ("Before", "After")
        self.setAccessibleName(ui_tr("Export", "Before and after bar chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_report(self, report: Report) -> None:
        """Show the bars of ``report``."""
        self.rows = chart_rows(report)
        self.labels = chart_labels(report)
        self.setAccessibleDescription("; ".join(f"{r.label}: {r.before_text} before, {r.after_text} after"
                                                for r in self.rows))
        self.setFixedHeight(chart_height(len(self.rows), self.fontMetrics().height()))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Wide enough for labels and bars."""
        return QSize(480, chart_height(max(1, len(self.rows)), self.fontMetrics().height()))

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        """Draw the bars."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_chart(painter, QRectF(self.rect()), self.rows, self.labels,
                    self.palette().color(QPalette.ColorRole.WindowText))
        painter.end()

    def image(self, width: int = 640, scale: float = 2.0) -> QImage:
        """The chart on white, for the PDF (``scale`` × pixels for a sharp print)."""
        return chart_image(self.rows, self.labels, self.font(), width, scale)


def _verdict_colour(verdict: str, dark: bool) -> QColor:
    """Green for better, red for worse; lighter shades on a dark palette."""
    if dark:
        return QColor("#8ce99a" if verdict == "better" else "#ff8787")
    return QColor(VERDICT_COLOUR[verdict])


def _fit_height(table: QTableWidget) -> None:
    """Make a short table exactly as tall as its rows (the dialog scrolls, not the table)."""
    table.setFixedHeight(table.horizontalHeader().height() + sum(table.rowHeight(i) for i in range(table.rowCount()))
                         + 2 * table.frameWidth() + 2)


def _report_job(title: str, before: ReportSide, after: ReportSide, ctx: AnalysisContext,
                ticks: dict[str, bool], analyzer: Any) -> Report:
    return build_report(analyzer.analyze, title, before, after, ctx, ticks)


class ReportDialog(QDialog):
    """The before/after report of one script (see the module docstring): ``before_id``/``after_id`` pick the
    versions (default: the first draft and now). ``report`` is None until their analysis is back."""

    def __init__(self, library: Library, script_id: int, service: Any, parent: QWidget | None = None,
                 before_id: int | None = None, after_id: int | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.library = library
        self.script_id = script_id
        self.service = service
        self.report: Report | None = None
        self._job: int | None = None
        script = library.get_script(script_id)
        self.setWindowTitle(f"Before and after \u2014 {script.title}")
        self.setAccessibleName(ui_tr("Export", "Before and after report"))

        self.before_combo, self.after_combo = QComboBox(self), QComboBox(self)
        for combo, name in ((self.before_combo, "Before version"), (self.after_combo, "After version")):
            combo.setAccessibleName(name)
            for version_id, label in choices(library, script_id):
                combo.addItem(label, version_id)
        first = before_id if before_id is not None else default_before(library, script_id)
        self.before_combo.setCurrentIndex(max(0, self.before_combo.findData(first)))
        after = self.after_combo.findData(after_id) if after_id is not None else -1
        self.after_combo.setCurrentIndex(after if after >= 0 else self.after_combo.count() - 1)
        pick = QFormLayout()
        pick.addRow(ui_tr("Export", "&Before:"), self.before_combo)
        pick.addRow(ui_tr("Export", "&After:"), self.after_combo)

        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(["Figure", "Before", "After", "Change"])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(ui_tr("Export", "Figures before and after"))
        self.chart = ChartWidget(self)
        self.changes = QListWidget(self)
        self.changes.setAccessibleName(ui_tr("Export", "What changed"))
        self.changes.setWordWrap(True)
        self.checklist = QTableWidget(0, 3, self)
        self.checklist.setHorizontalHeaderLabels(["Checklist", "Before", "After"])
        self.checklist.verticalHeader().hide()
        self.checklist.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checklist.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.checklist.setAccessibleName(ui_tr("Export", "Checklist before and after"))

        body = QWidget(self)
        column = QVBoxLayout(body)
        for title, widget in (("", self.status), ("Figures", self.table), ("", self.chart),
                              ("What changed", self.changes), ("Short-form checklist", self.checklist)):
            if title:
                heading = QLabel(title, body)
                heading.setObjectName("sectionTitle")
                column.addWidget(heading)
            column.addWidget(widget)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.html_button = QPushButton(ui_tr("Export", "Export &HTML\u2026"), self)
        self.pdf_button = QPushButton(ui_tr("Export", "Export &PDF\u2026"), self)
        self.html_button.clicked.connect(lambda: self.export_html())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.html_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)

        service.job_done.connect(self._on_done)
        service.job_failed.connect(self._on_failed)
        self.before_combo.currentIndexChanged.connect(self.compute)
        self.after_combo.currentIndexChanged.connect(self.compute)
        self.resize(760, 640)
        self.compute()

    # -- computing ----------------------------------------------------------------------------------
    def compute(self) -> None:
        """Read the two chosen versions and analyse them in the analysis thread."""
        self.report = None
        self._set_exports(False)
        try:
            script = self.library.get_script(self.script_id)
            before = side(self.library, self.script_id, self.before_combo.currentData())
            after = side(self.library, self.script_id, self.after_combo.currentData())
            ctx = context_for(self.library, script.project_id, self.script_id)
            ticks = self.library.checklist_ticks(self.script_id)
        except StoreError as exc:
            self.status.setText(f"The versions could not be read: {exc}")
            return
        self.status.setText("Analysing both versions\u2026" if getattr(self.service, "started", True)
                            else "Waiting for the analysis to start\u2026")
        self._job = self.service.submit(functools.partial(_report_job, script.title, before, after, ctx, ticks))

    def _on_done(self, job_id: int, report: object) -> None:
        if job_id != self._job or not isinstance(report, Report):
            return
        self.report = report
        self.status.setText(self._summary(report))
        self.table.setRowCount(0)
        for metric, before, after, verdict in report.rows():
            r = self.table.rowCount()
            self.table.insertRow(r)
            for col, text in enumerate((metric.label, metric.fmt(before), metric.fmt(after), VERDICT_WORD[verdict])):
                self.table.setItem(r, col, QTableWidgetItem(text))
            if verdict in ("better", "worse"):
                self.table.item(r, 3).setForeground(_verdict_colour(verdict, is_dark(self.palette())))
        _fit_height(self.table)
        self.chart.set_report(report)
        self.changes.clear()
        self.changes.addItems(list(report.changes))
        self.changes.setFixedHeight(sum(self.changes.sizeHintForRow(i) for i in range(self.changes.count()))
                                    + 2 * self.changes.frameWidth() + 4)
        self.checklist.setRowCount(0)
        for title, before, after in checklist_rows(report.before_checklist, report.after_checklist):
            r = self.checklist.rowCount()
            self.checklist.insertRow(r)
            for col, text in enumerate((title, before, after)):
                self.checklist.setItem(r, col, QTableWidgetItem(text))
        self.checklist.resizeColumnsToContents()
        self.checklist.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        _fit_height(self.checklist)
        self._set_exports(True)

    @staticmethod
    def _summary(report: Report) -> str:
        if report.before.version_id is None and report.after.version_id is None:
            return ("This script has no saved versions yet, so both sides are the script as it is now. "
                    "Versions are saved as you edit, or with File \u203a Save version\u2026.")
        better = sum(1 for *_, v in report.rows() if v == "better")
        return f"{better} of {len(report.rows())} figures are better after."

    def _on_failed(self, job_id: int, message: str) -> None:
        if job_id == self._job:
            self.status.setText(message)

    def _set_exports(self, on: bool) -> None:
        self.html_button.setEnabled(on)
        self.pdf_button.setEnabled(on)

    # -- export ---------------------------------------------------------------------------------------
    def _target(self, suffix: str, name_filter: str, path: str | None) -> str | None:
        if path is not None:
            return path
        title = self.report.script_title if self.report else "report"
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip() or "report"
        start = Path.home() / f"{safe} - before and after{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, "Export report", str(start), name_filter)
        if chosen and not chosen.lower().endswith(suffix):
            chosen += suffix
        return chosen or None

    def export_html(self, path: str | None = None) -> Path | None:
        """Save the report as one HTML file (asks where unless ``path`` is given)."""
        if self.report is None:
            return None
        target = self._target(".html", "Web page (*.html)", path)
        if target is None:
            return None
        try:
            Path(target).write_text(render_html(self.report), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, ui_tr("Export", "Export report"), f"The report could not be saved: {exc}")
            return None
        return Path(target)

    def export_pdf(self, path: str | None = None) -> Path | None:
        """Save the report as a PDF (asks where unless ``path`` is given)."""
        if self.report is None:
            return None
        target = self._target(".pdf", "PDF (*.pdf)", path)
        if target is None:
            return None
        try:
            write_export(Path(target), report_pdf(self.report, self.chart.image(PDF_CHART_WIDTH)), force=True)
        except (OSError, ExportError) as exc:
            QMessageBox.warning(self, ui_tr("Export", "Export report"), f"The report could not be saved: {exc}")
            return None
        return Path(target)

"""The before/after report's bar chart painted with QPainter, and the report as a PDF (Qt's own writer,
the report's HTML with the painted chart as an image). Used by the report dialog and ``studio report``."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from studio.reports.compare import Report
from studio.reports.html import AFTER_COLOUR, BEFORE_COLOUR, ChartRow, chart_rows, render_html
from studio.ui.pdf_export import html_to_pdf, html_to_pdf_headless

_ROW_GAP = 10


def paint_chart(painter: QPainter, rect: QRectF, rows: list[ChartRow], labels: tuple[str, str],
                text: QColor) -> None:
    """Paint the before/after bars of ``rows`` into ``rect`` (on screen and for the PDF image)."""
    metrics = painter.fontMetrics()
    bar_h = max(8.0, metrics.height() * 0.9)
    label_w = max((metrics.horizontalAdvance(r.label) for r in rows), default=80) + 12
    value_w = max((metrics.horizontalAdvance(t) for r in rows for t in (r.before_text, r.after_text)),
                  default=40) + 10
    bar_w = max(20.0, rect.width() - label_w - value_w)
    painter.setPen(text)
    y = rect.top()
    for row in rows:
        painter.drawText(QRectF(rect.left(), y, label_w, 2 * bar_h), Qt.AlignmentFlag.AlignVCenter, row.label)
        for share, value, colour, dy in ((row.before, row.before_text, BEFORE_COLOUR, 0.0),
                                         (row.after, row.after_text, AFTER_COLOUR, bar_h)):
            width = max(1.0, share * bar_w)
            painter.fillRect(QRectF(rect.left() + label_w, y + dy + 1, width, bar_h - 2), QColor(colour))
            painter.drawText(QRectF(rect.left() + label_w + width + 4, y + dy, value_w, bar_h),
                             Qt.AlignmentFlag.AlignVCenter, value)
        y += 2 * bar_h + _ROW_GAP
    for colour, label in ((BEFORE_COLOUR, labels[0]), (AFTER_COLOUR, labels[1])):
        painter.fillRect(QRectF(rect.left() + label_w, y + 2, bar_h, bar_h - 4), QColor(colour))
        painter.drawText(QRectF(rect.left() + label_w + bar_h + 6, y, rect.width(), bar_h),
                         Qt.AlignmentFlag.AlignVCenter, label)
        y += bar_h + 2


def chart_height(rows: int, line: int) -> int:
    """Height the chart needs for ``rows`` metrics at a text line height of ``line`` pixels."""
    bar_h = max(8.0, line * 0.9)
    return int(rows * (2 * bar_h + _ROW_GAP) + 2 * (bar_h + 2) + 4)


def chart_labels(report: Report) -> tuple[str, str]:
    """The legend of the chart."""
    return f"Before: {report.before.label}", f"After: {report.after.label}"


def chart_image(rows: list[ChartRow], labels: tuple[str, str], font: QFont | None = None,
                width: int = 640, scale: float = 2.0) -> QImage:
    """The chart on white (``scale`` × pixels for a sharp print). Needs a QGuiApplication."""
    probe = QImage(1, 1, QImage.Format.Format_ARGB32)
    painter = QPainter(probe)
    if font is not None:
        painter.setFont(font)
    line = painter.fontMetrics().height()
    painter.end()
    height = chart_height(len(rows), line)
    img = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    if font is not None:
        painter.setFont(font)
    paint_chart(painter, QRectF(0, 0, width, height), rows, labels, QColor("#212529"))
    painter.end()
    return img


#: Width of the chart on the PDF page (document pixels): fits the A4 text width with the page's margins.
PDF_CHART_WIDTH = 500


def _chart_markup(chart: QImage) -> str:
    return f"<img src='chart.png' width='{min(PDF_CHART_WIDTH, int(chart.width() / 2))}'>"


def report_pdf(report: Report, chart: QImage | None = None) -> bytes:
    """The report as PDF bytes (A4): its HTML with the painted chart. Needs a QGuiApplication."""
    chart = chart if chart is not None else chart_image(chart_rows(report), chart_labels(report), None,
                                                        PDF_CHART_WIDTH)
    return html_to_pdf(render_html(report, chart_html=_chart_markup(chart)),
                       f"Before and after: {report.script_title}", {"chart.png": chart})


def report_pdf_headless(report: Report) -> bytes:
    """:func:`report_pdf` from the command line (an offscreen application is started when there is none)."""
    if QGuiApplication.instance() is None:
        html_to_pdf_headless("")          # starts (and keeps) the offscreen application, then draws the chart
    return report_pdf(report)

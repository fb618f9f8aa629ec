"""The before/after report as a self-contained HTML page (figures, bar chart as inline SVG, what changed,
checklist), and the bar geometry the app's own QPainter chart draws too. Qt-free.

The PDF export renders this same HTML with Qt (which cannot show SVG), so :func:`render_html` accepts the
chart markup to use instead (an ``<img>`` of the chart the app painted).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from studio.analysis.checklist import ChecklistItem
from studio.reports.compare import Report

BEFORE_COLOUR = "#adb5bd"
AFTER_COLOUR = "#1971c2"
VERDICT_COLOUR = {"better": "#2b8a3e", "worse": "#c92a2a", "same": "#495057", "changed": "#495057"}
VERDICT_WORD = {"better": "better", "worse": "worse", "same": "no change", "changed": "changed"}


@dataclass(frozen=True)
class ChartRow:
    """One metric in the bar chart: both values as shares (0–1) of the row's scale, and their labels."""

    label: str
    before: float
    after: float
    before_text: str
    after_text: str
    verdict: str


def chart_rows(report: Report) -> list[ChartRow]:
    """The bars of the chart: each metric on its own scale (the larger value, or the target length)."""
    rows = []
    for metric, before, after, verdict in report.rows():
        scale = max(before, after, 1e-9)
        if metric.better == "target" and report.target_seconds:
            scale = max(scale, report.target_seconds)
        if metric.key == "reading_ease":
            scale = max(scale, 100.0)
        rows.append(ChartRow(metric.label, max(0.0, before) / scale, max(0.0, after) / scale,
                             metric.fmt(before), metric.fmt(after), verdict))
    return rows


def svg_chart(report: Report, width: int = 560) -> str:
    """The bar chart as inline SVG: per metric a grey "before" bar above a blue "after" bar."""
    rows = chart_rows(report)
    label_w, value_w, bar_h, gap = 130, 60, 14, 14
    bar_w = width - label_w - value_w
    parts: list[str] = []
    y = 4
    for row in rows:
        parts.append(f'<text x="0" y="{y + bar_h + 4}">{html.escape(row.label)}</text>')
        for share, text, colour, dy in ((row.before, row.before_text, BEFORE_COLOUR, 0),
                                        (row.after, row.after_text, AFTER_COLOUR, bar_h)):
            w = max(1.0, share * bar_w)
            parts.append(f'<rect x="{label_w}" y="{y + dy}" width="{w:.1f}" height="{bar_h - 2}" fill="{colour}"/>')
            parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + dy + bar_h - 4}">{html.escape(text)}</text>')
        y += 2 * bar_h + gap
    parts.append(f'<rect x="{label_w}" y="{y}" width="12" height="10" fill="{BEFORE_COLOUR}"/>'
                 f'<text x="{label_w + 16}" y="{y + 9}">{html.escape(report.before.label)}</text>')
    parts.append(f'<rect x="{label_w}" y="{y + 14}" width="12" height="10" fill="{AFTER_COLOUR}"/>'
                 f'<text x="{label_w + 16}" y="{y + 23}">{html.escape(report.after.label)}</text>')
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{y + 28}" role="img" '
            f'aria-label="Before and after bar chart" font-family="sans-serif" font-size="12">')
    return head + "".join(parts) + "</svg>"


def _mark(item: ChecklistItem) -> str:
    if item.done:
        return "\u2713" + (" (by hand)" if item.how == "hand" else "")
    return "to check" if item.how == "open" else "\u2717"


def checklist_rows(before: Sequence[ChecklistItem], after: Sequence[ChecklistItem]) -> list[tuple[str, str, str]]:
    """(item, before mark, after mark) for the report's checklist table."""
    marks = {i.id: _mark(i) for i in before}
    return [(item.title, marks.get(item.id, ""), _mark(item)) for item in after]


def render_html(report: Report, chart_html: str | None = None) -> str:
    """The whole report as one HTML document (UTF-8, no external files)."""
    e = html.escape
    b, a = report.before, report.after
    figure_rows = "".join(
        f"<tr><th scope='row'>{e(metric.label)}</th><td>{e(metric.fmt(before))}</td><td>{e(metric.fmt(after))}</td>"
        f"<td style='color:{VERDICT_COLOUR[v]}'>{e(VERDICT_WORD[v])}</td></tr>"
        for metric, before, after, v in report.rows())
    targets = [f"reading grade {report.target_grade:g} or lower"]
    if report.target_seconds:
        targets.append(f"{round(report.target_seconds)} s long")
    changes = "".join(f"<li>{e(line)}</li>" for line in report.changes)
    check_rows = "".join(f"<tr><th scope='row'>{e(title)}</th><td>{e(before)}</td><td>{e(after)}</td></tr>"
                         for title, before, after in checklist_rows(report.before_checklist, report.after_checklist))
    chart = chart_html if chart_html is not None else svg_chart(report)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Before and after: {e(report.script_title)}</title>
<style>
body {{ font-family: sans-serif; margin: 2em auto; max-width: 46em; color: #212529; }}
h1 {{ font-size: 1.5em; margin-bottom: 0.2em; }} h2 {{ font-size: 1.15em; margin-top: 1.4em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ text-align: left; padding: 4px 8px; border-bottom: 1px solid #dee2e6; }}
thead th {{ background: #f1f3f5; }}
.sides {{ color: #495057; }}
</style></head>
<body>
<h1>Before and after: {e(report.script_title)}</h1>
<p class="sides"><b>Before:</b> {e(b.label)}<br><b>After:</b> {e(a.label)}<br>
Project targets: {e(", ".join(targets))}.</p>
<h2>Figures</h2>
<table><thead><tr><th>Figure</th><th>Before</th><th>After</th><th>Change</th></tr></thead>
<tbody>{figure_rows}</tbody></table>
<p>{chart}</p>
<h2>What changed</h2>
<ul>{changes}</ul>
<h2>Short-form checklist</h2>
<table><thead><tr><th>Item</th><th>Before</th><th>After</th></tr></thead>
<tbody>{check_rows}</tbody></table>
<p class="sides">Figures from Script Studio's analysis of each version: Flesch\u2013Kincaid grade, Flesch
reading ease, jargon terms per word, health claims without a linked source, speaking time at the project's
words per minute.</p>
</body></html>
"""

"""The script as a printable HTML page with its findings summary; the app turns it into a PDF with Qt.

Qt-free: the HTML uses only what Qt's rich-text engine renders (tables, headings, inline styles).
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Sequence

from studio.analysis.model import AnalysisResult, Finding
from studio.exports.references import cited_sources
from studio.exports.timing import Timeline
from studio.exports.word import clock
from studio.importers.records import format_reference
from studio.project_context import source_refs
from studio.store.models import Project, Script, Source

#: At most this many findings are listed per segment (the summary counts them all).
MAX_LISTED = 12


def default_label(kind: str) -> str:
    """A readable name for a finding kind when the app's legend is not at hand."""
    return kind.replace("_", " ").capitalize()


def script_html(script: Script, project: Project, sources: Sequence[Source], timeline: Timeline,
                analysis: AnalysisResult | None = None,
                label: Callable[[str], str] = default_label) -> str:
    """A complete HTML document: title, facts, findings summary, each segment with its findings, references."""
    e = html.escape
    out = [
        "<html><head><meta charset='utf-8'><style>"
        "body{font-family:sans-serif;font-size:10.5pt;} h1{font-size:18pt;} h2{font-size:13pt;margin-top:14px;}"
        "td,th{padding:3px 8px;} th{text-align:left;background:#e8e8e8;} .muted{color:#555;}"
        ".finding{color:#333;font-size:9.5pt;} .spoken{font-size:11.5pt;}"
        "</style></head><body>",
        f"<h1>{e(script.title)}</h1>",
        f"<p class='muted'>{e(project.title)} &middot; {e(project.platform)} &middot; target "
        f"{clock(project.target_seconds)} &middot; {timeline.wpm:g} words per minute</p>",
    ]
    out += _summary(project, timeline, analysis, label)
    by_segment: dict[int, list[Finding]] = {}
    if analysis is not None:
        for seg in analysis.segments:
            by_segment[seg.index] = [f for f in seg.findings if not f.dismissed]
    for seg, timed in zip(script.segments, timeline.segments, strict=True):
        when = f" <span class='muted'>{clock(timed.start)}&ndash;{clock(timed.end)}</span>" if timed.words else ""
        out.append(f"<h2>{e(seg.name)}{when}</h2>")
        for para in [p for p in seg.spoken.split("\n\n") if p.strip()]:
            out.append(f"<p class='spoken'>{e(' '.join(para.split()))}</p>")
        visual = [(name, text) for name, text in (("On screen", seg.on_screen), ("Visual", seg.visual_notes))
                  if text.strip()]
        for name, text in visual:
            out.append(f"<p class='muted'><b>{name}:</b> {e(' '.join(text.split()))}</p>")
        found = by_segment.get(timed.index, [])
        if found:
            out.append("<ul>")
            for f in found[:MAX_LISTED]:
                out.append(f"<li class='finding'><b>{e(label(f.kind))}</b> &ldquo;{e(_short(f.text))}&rdquo; "
                           f"&mdash; {e(f.message)}</li>")
            if len(found) > MAX_LISTED:
                out.append(f"<li class='finding'>and {len(found) - MAX_LISTED} more</li>")
            out.append("</ul>")
    citations = cited_sources(script, sources)
    if citations.sources:
        numbers = {ref.key: ref.number for ref in source_refs(list(sources))}
        out.append("<h2>References</h2>")
        out += [f"<p>[{numbers[s.key]}] {e(format_reference(s))}</p>" for s in citations.sources]
    out.append("</body></html>")
    return "\n".join(out)


def _summary(project: Project, timeline: Timeline, analysis: AnalysisResult | None,
             label: Callable[[str], str]) -> list[str]:
    rows = [("Speaking time", f"{clock(timeline.total)} of {clock(project.target_seconds)}"
             + (" (too long)" if project.target_seconds and timeline.total > project.target_seconds else ""))]
    if analysis is None:
        return ["<h2>Findings summary</h2>", _table(rows),
                "<p class='muted'>The analysis had not finished, so findings are not included.</p>"]
    m = analysis.metrics
    rows += [
        ("Reading grade", f"{m.grade:.1f} (target {project.target_grade:g})"),
        ("Reading ease", f"{m.reading_ease:.0f}"),
        ("Jargon", f"{m.jargon_terms} terms ({m.jargon_ratio:.1%} of words)"),
        ("Hard sentences", str(m.hard_sentences + m.very_hard_sentences)),
        ("Passive sentences", str(m.passive_sentences)),
        ("Claims", f"{m.claims}, of which {m.uncited_claims} uncited"),
    ]
    counts = Counter(f.kind for f in analysis.findings if not f.dismissed)
    kinds = ", ".join(f"{label(k)} {n}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    rows.append(("Findings", kinds or "none"))
    return ["<h2>Findings summary</h2>", _table(rows)]


def _table(rows: Sequence[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f"<table cellspacing='0' border='0'>{body}</table>"


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


__all__ = ["MAX_LISTED", "default_label", "script_html"]

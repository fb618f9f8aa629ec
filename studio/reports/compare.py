"""The before/after report: two versions of a script analysed by the same :class:`Analyzer` the app and
``studio check`` use, their headline figures side by side, and a plain list of what changed. Qt-free.

The figures are exactly the analysis' script metrics for each version's segments under the project's
context (settings, sources, terms, dismissals), so they match what the dashboard showed at the time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from studio.analysis import model as m
from studio.analysis.checklist import ChecklistItem, evaluate
from studio.analysis.model import AnalysisContext, AnalysisResult, Metrics, SegmentInput

NOW = "Now"


@dataclass(frozen=True)
class ReportSide:
    """One side of the comparison: a saved version (``version_id``) or the script as it is now (None)."""

    label: str
    title: str
    segments: tuple[SegmentInput, ...]
    version_id: int | None = None
    created: str = ""


@dataclass(frozen=True)
class Metric:
    """A headline figure: its Metrics field, label, how to print it, and which direction is better."""

    key: str
    label: str
    better: str                       # "lower" | "higher" | "target" (closest to the target length)
    fmt: Callable[[float], str]

    def value(self, metrics: Metrics) -> float:
        """The figure for one version."""
        return float(getattr(metrics, self.key))


def _seconds(value: float) -> str:
    total = round(value)
    return f"{total // 60}:{total % 60:02d}" if total >= 60 else f"{total} s"


METRICS: tuple[Metric, ...] = (
    Metric("grade", "Reading grade", "lower", lambda v: f"{v:.1f}"),
    Metric("reading_ease", "Reading ease", "higher", lambda v: f"{v:.0f}"),
    Metric("jargon_ratio", "Jargon share", "lower", lambda v: f"{v * 100:.1f}%"),
    Metric("uncited_claims", "Uncited claims", "lower", lambda v: f"{v:.0f}"),
    Metric("speaking_seconds", "Speaking time", "target", _seconds),
)

# Finding kinds listed by name in "what changed" (word-level), and kinds only counted (sentence-level).
_NAMED_KINDS: dict[str, tuple[str, str]] = {
    m.JARGON: ("Jargon replaced or explained", "New jargon"),
    m.ACRONYM: ("Acronyms spelled out", "New acronyms"),
    m.UNCITED_CLAIM: ("Claims now cited or softened", "New uncited claims"),
    m.UNRESOLVED_CITATION: ("Unknown citations fixed", "New unknown citations"),
    m.CERTAINTY_INFLATED: ("Wording brought in line with the evidence", "Stronger than the evidence"),
    m.RELATIVE_RISK_ONLY: ("Absolute risk added", "Relative risk without absolute figures"),
    m.NUMBER_MISMATCH: ("Numbers corrected", "Numbers that differ from the source"),
    m.POPULATION_DROPPED: ("Population named", "Population left out"),
}
_COUNTED_KINDS: dict[str, str] = {
    m.VERY_HARD_SENTENCE: "Very hard sentences",
    m.HARD_SENTENCE: "Hard sentences",
    m.PASSIVE_VOICE: "Passive sentences",
    m.LONG_WORD: "Long words",
}
_MAX_NAMED = 6


@dataclass(frozen=True)
class Report:
    """Everything the report shows; ``before_result``/``after_result`` are the full analyses."""

    script_title: str
    before: ReportSide
    after: ReportSide
    before_result: AnalysisResult
    after_result: AnalysisResult
    changes: tuple[str, ...]
    before_checklist: tuple[ChecklistItem, ...]
    after_checklist: tuple[ChecklistItem, ...]
    target_seconds: float | None = None
    target_grade: float = 8.0

    @property
    def before_metrics(self) -> Metrics:
        """Script metrics of the "before" version."""
        return self.before_result.metrics

    @property
    def after_metrics(self) -> Metrics:
        """Script metrics of the "after" version."""
        return self.after_result.metrics

    def rows(self) -> list[tuple[Metric, float, float, str]]:
        """(metric, before, after, verdict) for each headline figure; verdict: better | worse | same."""
        out = []
        for metric in METRICS:
            b, a = metric.value(self.before_metrics), metric.value(self.after_metrics)
            out.append((metric, b, a, verdict(metric, b, a, self.target_seconds)))
        return out


def verdict(metric: Metric, before: float, after: float, target: float | None = None) -> str:
    """Whether ``after`` is better, worse or the same as ``before`` for this metric."""
    if metric.better == "target":
        if not target:
            return "same" if round(before) == round(after) else "changed"
        before, after = abs(before - target), abs(after - target)
        if round(before) == round(after):
            return "same"
        return "better" if after < before else "worse"
    if metric.fmt(before) == metric.fmt(after):
        return "same"
    lower_is_better = metric.better == "lower"
    return "better" if (after < before) == lower_is_better else "worse"


def build_report(analyze: Callable[[Sequence[SegmentInput], AnalysisContext], AnalysisResult],
                 script_title: str, before: ReportSide, after: ReportSide, ctx: AnalysisContext,
                 ticks: Mapping[str, bool] | None = None) -> Report:
    """Analyse both sides with ``analyze`` (e.g. ``Analyzer.analyze``) and compare them.

    Hand ticks of the checklist belong to the script as it is now, so they count on the "after" side only
    when it is the current script."""
    before_result = analyze(list(before.segments), ctx)
    after_result = analyze(list(after.segments), ctx)
    before_list = tuple(evaluate(before.segments, before_result, language=ctx.language))
    after_list = tuple(evaluate(after.segments, after_result, ticks if after.version_id is None else None,
                                language=ctx.language))
    changes = describe_changes(before, after, before_result, after_result, before_list, after_list)
    return Report(script_title, before, after, before_result, after_result, tuple(changes), before_list,
                  after_list, ctx.target_seconds, ctx.target_grade)


def _live(result: AnalysisResult, kind: str) -> list[str]:
    seen: list[str] = []
    for f in result.findings:
        if f.kind == kind and not f.dismissed and f.text.strip() and f.text not in seen:
            seen.append(f.text)
    return seen


def _names(texts: Sequence[str]) -> str:
    shown = [f"\u201c{t}\u201d" for t in texts[:_MAX_NAMED]]
    more = len(texts) - _MAX_NAMED
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def describe_changes(before: ReportSide, after: ReportSide, before_result: AnalysisResult,
                     after_result: AnalysisResult, before_list: Sequence[ChecklistItem] = (),
                     after_list: Sequence[ChecklistItem] = ()) -> list[str]:
    """What changed between the two versions, in plain sentences (segments, findings, checklist)."""
    lines = _segment_changes(before, after, before_result, after_result)
    for kind, (gone_label, new_label) in _NAMED_KINDS.items():
        old, new = _live(before_result, kind), _live(after_result, kind)
        old_keys, new_keys = {m.normalize_text(t) for t in old}, {m.normalize_text(t) for t in new}
        gone = [t for t in old if m.normalize_text(t) not in new_keys]
        added = [t for t in new if m.normalize_text(t) not in old_keys]
        if gone:
            lines.append(f"{gone_label}: {_names(gone)}")
        if added:
            lines.append(f"{new_label}: {_names(added)}")
    for kind, label in _COUNTED_KINDS.items():
        old_n, new_n = len(_live(before_result, kind)), len(_live(after_result, kind))
        if old_n != new_n:
            lines.append(f"{label}: {old_n} \u2192 {new_n}.")
    done_before = {i.id for i in before_list if i.done}
    for item in after_list:
        if item.done and item.id not in done_before:
            lines.append(f"Checklist: \u201c{item.title}\u201d is now met.")
        elif not item.done and item.id in done_before:
            lines.append(f"Checklist: \u201c{item.title}\u201d is no longer met.")
    return lines or ["No differences: the two versions are the same."]


def _segment_changes(before: ReportSide, after: ReportSide, before_result: AnalysisResult,
                     after_result: AnalysisResult) -> list[str]:
    lines = []
    if before.title != after.title:
        lines.append(f"Title: \u201c{before.title}\u201d \u2192 \u201c{after.title}\u201d.")
    words_before = {s.name or f"Segment {s.index + 1}": s.metrics.words for s in before_result.segments}
    words_after = {s.name or f"Segment {s.index + 1}": s.metrics.words for s in after_result.segments}
    text_before = {s.name or f"Segment {i + 1}": s.text for i, s in enumerate(before.segments)}
    for i, seg in enumerate(after.segments):
        name = seg.name or f"Segment {i + 1}"
        if name not in text_before:
            lines.append(f"Added segment \u201c{name}\u201d ({words_after.get(name, 0)} words).")
        elif text_before[name].strip() != seg.text.strip():
            lines.append(f"\u201c{name}\u201d rewritten: {words_before.get(name, 0)} \u2192 "
                         f"{words_after.get(name, 0)} words.")
    names_after = {seg.name or f"Segment {i + 1}" for i, seg in enumerate(after.segments)}
    lines += [f"Removed segment \u201c{name}\u201d." for name in text_before if name not in names_after]
    return lines

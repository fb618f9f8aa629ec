"""The before/after report: its figures are the analysis of each version; the change list and the HTML."""

from __future__ import annotations

import re

import pytest

from studio.analysis.model import SegmentInput
from studio.project_context import context_for
from studio.reports.compare import METRICS, verdict
from studio.reports.html import chart_rows, render_html, svg_chart
from studio.reports.sides import choices, default_before, report_for
from studio.store.library import Library
from studio.ui.demo import FIRST_DRAFT_LABEL, ensure_demo

BETTER_HOOK = ("Could a brisk walk help with depression? In trials, exercise eased symptoms about as much "
               "as talk therapy [1].")
BETTER_FINDING = ("In four trials, exercise worked about as well as talking therapy. But the trials were small, "
                  "and people knew which group they were in [@rivera2021].")


@pytest.fixture
def demo():
    with Library.open(":memory:") as lib:
        sid = ensure_demo(lib)
        yield lib, sid


def _edit(lib: Library, sid: int) -> None:
    segs = lib.get_script(sid).segments
    lib.update_segment(segs[0].id, spoken=BETTER_HOOK)
    lib.update_segment(segs[2].id, spoken=BETTER_FINDING)


def test_figures_equal_the_analysis_of_each_version(demo, analyzer):
    lib, sid = demo
    first = default_before(lib, sid)
    _edit(lib, sid)
    middle = lib.save_version(sid, "Halfway").id
    lib.update_segment(lib.get_script(sid).segments[4].id, spoken="Try a ten-minute walk today.")
    report = report_for(lib, sid, analyzer.analyze)
    assert report.before.version_id == first and report.before.label.startswith(FIRST_DRAFT_LABEL)
    ctx = context_for(lib, lib.get_script(sid).project_id, sid)
    version = lib.get_version(first)
    expected_before = analyzer.analyze([SegmentInput(d.spoken, d.name) for d in version.segments], ctx).metrics
    script = lib.get_script(sid)
    expected_after = analyzer.analyze([SegmentInput(s.spoken, s.name) for s in script.segments], ctx).metrics
    assert report.before_metrics == expected_before
    assert report.after_metrics == expected_after
    for metric, before, after, _ in report.rows():
        assert before == pytest.approx(getattr(expected_before, metric.key))
        assert after == pytest.approx(getattr(expected_after, metric.key))
    # any two versions: the middle one against the first
    other = report_for(lib, sid, analyzer.analyze, before_id=first, after_id=middle)
    halfway = lib.get_version(middle)
    assert other.after_metrics == analyzer.analyze(
        [SegmentInput(d.spoken, d.name) for d in halfway.segments], ctx).metrics
    assert other.after.label.startswith("Halfway")


def test_what_changed_names_the_edits_and_the_fixed_findings(demo, analyzer):
    lib, sid = demo
    _edit(lib, sid)
    report = report_for(lib, sid, analyzer.analyze)
    text = "\n".join(report.changes)
    assert "\u201cHook\u201d rewritten" in text and "\u201cFinding\u201d rewritten: 60 \u2192 24 words" in text
    assert re.search(r"Jargon replaced or explained: .*\u201cefficacy\u201d", text)
    assert "Claims now cited or softened: \u201cExercise cuts depression risk by 30%.\u201d" in text
    assert "Checklist: \u201cRisk stated plainly\u201d is now met." in text
    assert "What it means" not in text                      # untouched segments are not listed
    rows = {metric.key: v for metric, _, _, v in report.rows()}
    assert rows["grade"] == "better" and rows["uncited_claims"] == "better"


def test_same_version_on_both_sides_reports_no_differences(demo, analyzer):
    lib, sid = demo
    report = report_for(lib, sid, analyzer.analyze)           # nothing edited since the first draft
    assert report.changes == ("No differences: the two versions are the same.",)
    assert all(v == "same" for *_, v in report.rows())


def test_a_script_without_versions_compares_now_with_now(analyzer):
    with Library.open(":memory:") as lib:
        project = lib.create_project("Plain")
        sid = lib.list_scripts(project.id)[0].id
        assert default_before(lib, sid) is None
        assert choices(lib, sid) == [(None, "Now")]
        report = report_for(lib, sid, analyzer.analyze)
        assert report.before.version_id is None and report.after.version_id is None


def test_verdicts_know_which_way_is_better():
    grade, ease, _, _, seconds = METRICS
    assert verdict(grade, 9.2, 7.0) == "better" and verdict(ease, 52, 60) == "better"
    assert verdict(grade, 7.0, 9.2) == "worse" and verdict(grade, 7.01, 7.04) == "same"
    assert verdict(seconds, 72, 58, target=60) == "better" and verdict(seconds, 58, 40, target=60) == "worse"


def test_html_has_the_figures_the_chart_and_the_changes(demo, analyzer):
    lib, sid = demo
    _edit(lib, sid)
    report = report_for(lib, sid, analyzer.analyze)
    page = render_html(report)
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    assert f"{report.before_metrics.grade:.1f}" in page and f"{report.after_metrics.grade:.1f}" in page
    for line in report.changes:
        assert line.replace("\u201c", "&ldquo;")[:10] in page or line[:10] in page
    assert "Short-form checklist" in page and "One call to action" in page
    rows = chart_rows(report)
    assert [r.label for r in rows] == [m.label for m in METRICS]
    assert all(0 <= r.before <= 1 and 0 <= r.after <= 1 for r in rows)
    assert svg_chart(report).count("<rect") == 2 * len(METRICS) + 2
    img = render_html(report, chart_html="<img src='chart.png'>")
    assert "<svg" not in img and "chart.png" in img

"""The exports' time line is the dashboard's speaking time: same words, same pace, same pauses."""

from __future__ import annotations

import pytest
from caption_files import LONG, make_project, make_script

from studio.analysis.model import AnalysisContext, SegmentInput
from studio.exports.timing import script_timeline


@pytest.mark.parametrize("wpm", [120, 150, 200])
def test_total_equals_the_analysis_speaking_time(analyzer, wpm):
    script = make_script(*LONG)
    timeline = script_timeline(script, make_project(wpm))
    result = analyzer.analyze([SegmentInput(text=s.spoken, name=s.name) for s in script.segments],
                              AnalysisContext(words_per_minute=wpm))
    assert timeline.total == pytest.approx(result.metrics.speaking_seconds, abs=0.02)
    for timed, seg in zip(timeline.segments, result.segments, strict=True):
        assert timed.seconds == pytest.approx(seg.metrics.speaking_seconds, abs=0.01)


def test_empty_segments_take_no_time_and_no_pause():
    script = make_script(("Hook", "One two three four five."), ("Empty", " "), ("CTA", "Six seven eight nine ten."))
    timeline = script_timeline(script, make_project(60))
    assert [(round(t.start, 2), round(t.end, 2)) for t in timeline.segments] == [(0, 5), (5, 5), (5.5, 10.5)]
    assert timeline.total == pytest.approx(10.5)


def test_the_apps_analysis_times_each_segment_when_it_saw_this_very_text():
    from dataclasses import replace

    from studio.analysis.model import AnalysisResult, Metrics, SegmentResult
    from studio.exports import ExportInput

    script = make_script(("Hook", "One two three."), ("CTA", "Four five six."))

    def result(texts):
        segs = tuple(SegmentResult(i, n, t, (), Metrics(speaking_seconds=s))
                     for i, (n, t, s) in enumerate(zip(("Hook", "CTA"), texts, (10.0, 20.0), strict=True)))
        return AnalysisResult(segs, Metrics(speaking_seconds=30.5))

    same = ExportInput(make_project(), script, analysis=result(["One two three.", "Four five six."]))
    assert [(t.start, t.end) for t in same.timeline().segments] == [(0.0, 10.0), (10.5, 30.5)]
    stale = replace(same, analysis=result(["One two three.", "Four five six seven."]))
    assert stale.timeline().total == pytest.approx(6 * 60 / 150 + 0.5)

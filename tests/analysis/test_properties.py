"""Any text at all — emoji, RTL scripts, combining marks, control characters, huge pastes, nothing —
gives no exception and only valid, in-bounds spans."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.analysis.model import AnalysisResult, SegmentInput

WORDS = ["cortisol", "randomized controlled trial", "CBT", "30%", "1 in 5", "[1]", "[@smith2021]", "[@",
         "reduces", "studies show", "😀", "👩‍⚕️", "שלום", "مرحبا", "e\u0301", "\u200b", "\t", "\n", "\n\n",
         "was given", "?", "!", ".", "1,250", "COVID-19", "#", "##", "'", "\u202e", "\x00"]

script_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS) | st.text(min_size=1, max_size=12), max_size=60).map(" ".join),
)


def _check(result: AnalysisResult, texts: list[str]) -> None:
    assert len(result.segments) == len(texts)
    for seg, text in zip(result.segments, texts, strict=True):
        for f in seg.findings:
            assert 0 <= f.start <= f.end <= len(text), f
            assert f.segment == seg.index
            assert f.score is None or 0.0 <= f.score <= 1.0
            assert not f.kind.startswith("_")
        assert seg.metrics.words >= 0 and seg.metrics.speaking_seconds >= 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(script_text, max_size=4))
def test_any_script_gives_valid_spans(analyzer, texts):
    result = analyzer.analyze([SegmentInput(t) for t in texts])
    _check(result, texts)


def test_span_text_matches_the_text(analyzer):
    text = "👩‍⚕️ Doctors agree: CBT reduces anxiety by 30% 😀 in 1 in 5 patients [@nobody]. שלום."
    result = analyzer.analyze([text])
    assert result.findings
    for f in result.findings:
        assert text[f.start:f.end] == f.text


def test_a_one_megabyte_paste(analyzer):
    text = ("Studies show cortisol rises 30% after poor sleep 😀. " * 20_000)[:1_000_000]
    result = analyzer.analyze([text, "Hook"])
    _check(result, [text, "Hook"])
    assert result.notes

"""Readability numbers: per-sentence counts, Flesch–Kincaid grade, reading ease and the health grade."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.analysis import readability
from studio.analysis.engine import Analyzer
from studio.analysis.model import SentenceStats
from studio.analysis.profile import get_profile

EN = get_profile("en")


@pytest.fixture(scope="module")
def plain_analyzer(nlp):
    """An analyzer with no rules: only the readability and speaking metrics."""
    return Analyzer(nlp=nlp, rules=[])


def test_hand_computed_flesch_kincaid(nlp) -> None:
    # Re-search-ers(3) fol-lowed(2) these(1) peo-ple(2) for(1) ten(1) years(1): 7 words, 11 syllables
    [stats] = readability.sentence_stats(nlp("Researchers followed these people for ten years."), EN)
    assert (stats.words, stats.syllables, stats.long_words) == (7, 11, 1)
    assert stats.grade == pytest.approx(0.39 * 7 + 11.8 * 11 / 7 - 15.59, abs=0.01)   # 5.68
    grade, ease = readability.aggregate([stats], EN)
    assert grade == pytest.approx(5.683, abs=0.01)
    assert ease == pytest.approx(206.835 - 1.015 * 7 - 84.6 * 11 / 7, abs=0.01)       # 66.79


def test_aggregate_pools_sentences() -> None:
    stats = [SentenceStats(0, 10, words=10, syllables=15), SentenceStats(11, 30, words=20, syllables=40)]
    grade, ease = readability.aggregate(stats, EN)
    assert grade == pytest.approx(0.39 * 15 + 11.8 * 55 / 30 - 15.59)
    assert ease == pytest.approx(206.835 - 1.015 * 15 - 84.6 * 55 / 30)


def test_empty_and_clamped() -> None:
    assert readability.aggregate([], EN) == (0.0, 100.0)
    easy = [SentenceStats(0, 3, words=1, syllables=1)]
    hard = [SentenceStats(0, 900, words=150, syllables=500)]
    assert readability.aggregate(easy, EN) == (0.0, pytest.approx(readability.MAX_EASE, abs=0.1))
    assert readability.aggregate(hard, EN) == (readability.MAX_GRADE, 0.0)


def test_offsets_and_word_rules(nlp) -> None:
    text = "  Sleep helps [1]. Don't skip it 😴 — 1,250 adults agree [@smith2021]!"
    stats = readability.sentence_stats(nlp(text), EN)
    assert [text[s.start:s.end] for s in stats] == [
        "Sleep helps [1].", "Don't skip it 😴 — 1,250 adults agree [@smith2021]!"]
    assert [s.words for s in stats] == [2, 6]          # markers and emoji are not words; numbers are


def test_sentences_without_words_are_skipped(nlp) -> None:
    assert readability.sentence_stats(nlp("😴 🔥 ... !!!"), EN) == []
    assert readability.sentence_stats(nlp(""), EN) == []


def test_markdown_heading_is_not_a_sentence(nlp) -> None:
    assert readability.sentence_stats(nlp("# Why sleep matters"), EN) == []


def test_health_grade_adds_jargon() -> None:
    assert readability.health_grade(8.0, 0.0) == 8.0
    assert readability.health_grade(8.0, 0.1) == pytest.approx(8.0 + readability.JARGON_WEIGHT * 0.1)
    assert readability.health_grade(8.0, 0.2) > readability.health_grade(8.0, 0.1)
    assert readability.health_grade(20.0, 1.0) == readability.MAX_GRADE
    assert readability.health_grade(float("nan"), float("nan")) == 0.0


def test_plain_script_scores_easier_than_abstract(plain_analyzer) -> None:
    plain = plain_analyzer.analyze_text(
        "Your heart pumps blood all day. Walking helps it stay strong. Try ten minutes after lunch.")
    abstract = plain_analyzer.analyze_text(
        "Randomised controlled trials demonstrated significant reductions in cardiovascular mortality "
        "among participants receiving intensive antihypertensive pharmacotherapy.")
    assert plain.metrics.grade < 6 < 12 < abstract.metrics.grade
    assert plain.metrics.reading_ease > 70 > 20 > abstract.metrics.reading_ease


def test_engine_metrics_for_emoji_and_empty_text(plain_analyzer) -> None:
    for text in ("", "😴🔥", "   \n\n  "):
        m = plain_analyzer.analyze_text(text).metrics
        assert (m.words, m.sentences, m.grade, m.reading_ease, m.spoken_words) == (0, 0, 0.0, 100.0, 0)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("ab cD.,!?\n1-[]@😴é'’")), max_size=80))
def test_sentence_offsets_always_inside_the_text(nlp, text: str) -> None:
    doc = nlp(text)
    for s in readability.sentence_stats(doc, EN):
        assert 0 <= s.start < s.end <= len(text)
        assert s.words > 0 and s.syllables >= s.words and 0.0 <= s.grade <= readability.MAX_GRADE

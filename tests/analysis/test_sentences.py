"""Hard sentences (relative to the project's target grade) and long words with plainer alternatives."""

from __future__ import annotations

import pytest

from studio.analysis.engine import Analyzer
from studio.analysis.model import HARD_SENTENCE, LONG_WORD, VERY_HARD_SENTENCE, AnalysisContext
from studio.analysis.profile import get_profile
from studio.analysis.rules.passive import PassiveRule
from studio.analysis.rules.sentences import SentenceRule, classify, sentence_score

EN = get_profile("en")
PLAIN = ("Your heart pumps blood around your body about 100,000 times a day. "
         "Researchers followed these people for ten years and checked who got heart disease. "
         "A big study of 20,000 adults found that walking 7,000 steps a day cut the risk of dying early by "
         "about half.")
ABSTRACT = ("Evidence from observational studies suggests an association between ultra-processed food "
            "consumption and increased cardiovascular mortality in adults.")
# 23 words, grade ≈ 12.4: hard for a general audience (target 8), fine for a target of 12
MEDIUM = ("If you take painkillers like ibuprofen every day for a bad back, talk to your pharmacist, "
          "because they can irritate your stomach lining.")


@pytest.fixture(scope="module")
def analyzer(nlp):
    return Analyzer(nlp=nlp, rules=[SentenceRule(EN), PassiveRule(EN)])


def _sentence_findings(result):
    return [f for f in result.findings if f.kind in (HARD_SENTENCE, VERY_HARD_SENTENCE)]


def test_plain_script_is_not_flagged(analyzer) -> None:
    assert _sentence_findings(analyzer.analyze_text(PLAIN)) == []


def test_abstract_sentence_is_very_hard_with_useful_message(analyzer) -> None:
    [f] = _sentence_findings(analyzer.analyze_text(ABSTRACT))
    assert f.kind == VERY_HARD_SENTENCE
    assert (f.start, f.end, f.text) == (0, len(ABSTRACT), ABSTRACT)
    assert "hard to follow when heard" in f.message and "17 words" in f.message
    assert "'cardiovascular'" in f.message           # names the longest words to swap
    assert 0.6 <= f.score <= 1.0


def test_target_grade_changes_what_is_hard(analyzer) -> None:
    at_8 = _sentence_findings(analyzer.analyze_text(MEDIUM, AnalysisContext(target_grade=8)))
    at_12 = _sentence_findings(analyzer.analyze_text(MEDIUM, AnalysisContext(target_grade=12)))
    assert [f.kind for f in at_8] == [HARD_SENTENCE]
    assert at_12 == []
    assert analyzer.analyze_text(MEDIUM).metrics.hard_sentences == 1


def test_one_finding_per_sentence_with_segment_offsets(analyzer) -> None:
    text = "Sleep well. " + ABSTRACT + " Drink water."
    result = analyzer.analyze_text(text)
    found = _sentence_findings(result)
    assert [f.kind for f in found] == [VERY_HARD_SENTENCE]
    assert text[found[0].start:found[0].end] == ABSTRACT
    assert result.metrics.very_hard_sentences == 1 and result.metrics.hard_sentences == 0


def test_short_dense_sentence_is_left_to_the_jargon_rule() -> None:
    # 5 words at grade 20: not "hard" (too short); the jargon rule names the hard words
    assert classify(20.0, 5, 8.0) is None
    assert classify(11.0, 14, 8.0) == HARD_SENTENCE
    assert classify(14.0, 10, 8.0) == VERY_HARD_SENTENCE
    assert sentence_score(18.0, 8.0) == 1.0 > sentence_score(14.0, 8.0) > sentence_score(11.0, 8.0) > 0


def test_long_words_get_inflected_plain_alternatives(analyzer) -> None:
    text = "We utilised approximately 300 additional volunteers and demonstrated that individuals improved."
    longs = {f.text: f for f in analyzer.analyze_text(text).findings if f.kind == LONG_WORD}
    assert longs["utilised"].suggestions[0] == "used"
    assert longs["approximately"].suggestions[0] == "about"
    assert longs["demonstrated"].suggestions == ("showed",)
    assert longs["individuals"].suggestions == ("people",)
    assert "say 'about' instead of 'approximately'" in longs["approximately"].message
    assert text[longs["additional"].start:longs["additional"].end] == "additional"


def test_a_word_with_several_senses_shows_its_alternatives_but_gets_no_one_click_edit(analyzer) -> None:
    """"establish whether" is not "set up whether"; "determine the proportion" is not "decide" it."""
    text = "We want to establish whether exercise helps. We determine the proportion of people who improved."
    longs = {f.text: f for f in analyzer.analyze_text(text).findings if f.kind == LONG_WORD}
    assert "set up" in longs["establish"].suggestions and longs["establish"].fixes == ()
    assert "if one fits the sense here" in longs["establish"].message
    assert longs["determine"].fixes == ()
    assert longs["proportion"].suggestions == ("share",)
    assert [fx.result for fx in longs["proportion"].fixes] == ["We determine the share of people who improved."]


def test_everyday_long_words_are_not_noise(analyzer) -> None:
    text = "Unfortunately, everybody needs information about their community and their family."
    assert [f for f in analyzer.analyze_text(text).findings if f.kind == LONG_WORD] == []


def test_capitalised_long_word_keeps_capital(analyzer) -> None:
    [f] = [f for f in analyzer.analyze_text("Approximately half of us snore.").findings if f.kind == LONG_WORD]
    assert f.suggestions[0] == "About"


@pytest.mark.parametrize("text", ["", "😴🔥", "# Heading", "[1]"])
def test_odd_input_gives_no_sentence_findings(analyzer, text: str) -> None:
    assert _sentence_findings(analyzer.analyze_text(text)) == []


def test_disabled_kind_is_not_reported(analyzer) -> None:
    ctx = AnalysisContext(disabled_kinds=frozenset({VERY_HARD_SENTENCE}))
    assert _sentence_findings(analyzer.analyze_text(ABSTRACT, ctx)) == []

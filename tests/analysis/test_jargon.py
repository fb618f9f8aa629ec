"""Jargon detector: glossary terms, rare words, and what must never be flagged."""

from __future__ import annotations

import pytest

from studio.analysis.engine import Analyzer
from studio.analysis.model import JARGON, AnalysisContext, normalize_text
from studio.analysis.profile import get_profile
from studio.analysis.rules.acronyms import AcronymRule
from studio.analysis.rules.jargon import GLOSSARY_FLOOR, JargonRule


@pytest.fixture(scope="module")
def rule() -> JargonRule:
    return JargonRule(get_profile("en"))


@pytest.fixture(scope="module")
def jargon_analyzer(nlp, rule) -> Analyzer:
    return Analyzer(nlp=nlp, rules=[rule, AcronymRule(get_profile("en"))])


def jargon(analyzer: Analyzer, text: str, ctx: AnalysisContext | None = None):
    result = analyzer.analyze_text(text, ctx)
    found = [f for f in result.findings if f.kind == JARGON]
    for f in found:   # offsets always point at the reported text
        assert text[f.start:f.end] == f.text
    return found


def test_glossary_term_in_a_script_sentence(jargon_analyzer) -> None:
    found = jargon(jargon_analyzer, "If you've had a myocardial infarction, your risk of another one is higher.")
    assert [f.text for f in found] == ["myocardial infarction"]
    f = found[0]
    assert f.suggestions[0] == "heart attack"
    assert "heart attack" in f.message and "myocardial infarction" in f.message
    assert f.rule_id == "jargon.glossary"
    assert dict(f.data)["term"] == "myocardial infarction"
    assert f.score is not None and GLOSSARY_FLOOR <= f.score <= 1


def test_multi_word_term_hides_the_words_inside_it(jargon_analyzer) -> None:
    found = jargon(jargon_analyzer, "Two randomized controlled trials found the confidence interval was wide.")
    assert [f.text for f in found] == ["randomized controlled trials", "confidence interval"]


def test_british_spelling_and_plural_match_the_same_entry(jargon_analyzer) -> None:
    found = jargon(jargon_analyzer, "Cognitive behavioural therapy helps, and so did the randomised trials.")
    texts = [f.text for f in found]
    assert "Cognitive behavioural therapy" in texts and "randomised trials" in texts


def test_glossary_terms_are_flagged_even_when_fairly_common(jargon_analyzer) -> None:
    text = "The placebo group was a cohort of 200 adults, and the efficacy was statistically significant."
    texts = {f.text for f in jargon(jargon_analyzer, text)}
    assert {"placebo", "cohort", "efficacy", "statistically significant"} <= texts


def test_rare_word_without_glossary_entry_is_flagged(jargon_analyzer) -> None:
    found = jargon(jargon_analyzer, "Some people develop thrombocytopenia after the infection.")
    assert [f.text for f in found] == ["thrombocytopenia"]
    assert found[0].rule_id == "jargon.rare_word"
    assert "a rare medical word" in found[0].message and "won't know it" in found[0].message
    assert "“-penia” means too few" in found[0].message      # explained from its word parts


def test_everyday_health_words_are_not_jargon(jargon_analyzer) -> None:
    text = ("Talk to your doctor about anxiety, depression and sleep. Regular exercise helps, vaccines are safe, "
            "and stress, diabetes and cholesterol matter for your heart. Drink water and eat vegetables.")
    assert jargon(jargon_analyzer, text) == []


def test_names_of_people_places_and_organisations_are_not_jargon(jargon_analyzer) -> None:
    text = ("Dr Siobhan Kavanagh from Reykjavik told Médecins Sans Frontières that Ngozi Okonjo-Iweala "
            "visited Ouagadougou last year.")
    assert jargon(jargon_analyzer, text) == []


def test_numbers_links_handles_hashtags_citations_and_emoji_are_not_jargon(jargon_analyzer) -> None:
    text = ("Follow @drkavanagh and #mentalhealthawareness 🧠✨ at https://example.org/xq7zt or "
            "mail hello@kvzq.io — 37.5% said so [1] [@smith2021].")
    assert jargon(jargon_analyzer, text) == []


def test_emoji_and_odd_unicode_keep_spans_exact(jargon_analyzer) -> None:
    text = "👩🏽‍⚕️ Doctors 💬 say “hypertension” — aka the silent killer 🫀 — is common in Zürich.\u200b Placebo!"
    found = jargon(jargon_analyzer, text)   # the helper checks text[start:end] == f.text
    assert {f.text for f in found} == {"hypertension", "Placebo"}


def test_allow_list_silences_term_lemma_and_headword(jargon_analyzer) -> None:
    text = "Placebos work better than you think, and hypertension is common."
    ctx = AnalysisContext(allow_list=frozenset({normalize_text("placebo")}))
    assert [f.text for f in jargon(jargon_analyzer, text, ctx)] == ["hypertension"]
    # A headword written in another spelling still silences the glossary entry.
    text2 = "Haemoglobin carries oxygen."
    assert jargon(jargon_analyzer, text2)
    assert jargon(jargon_analyzer, text2, AnalysisContext(allow_list=frozenset({"hemoglobin"}))) == []


def test_allow_list_silences_rare_words_too(jargon_analyzer) -> None:
    text = "Some people develop thrombocytopenia."
    ctx = AnalysisContext(allow_list=frozenset({"thrombocytopenia"}))
    assert jargon(jargon_analyzer, text, ctx) == []


def test_project_replacement_is_offered_first(jargon_analyzer) -> None:
    ctx = AnalysisContext(replacements=(("hypertension", "blood pressure that's too high"),))
    found = jargon(jargon_analyzer, "Hypertension rarely causes symptoms.", ctx)
    assert found[0].suggestions[0] == "blood pressure that's too high"
    assert "high blood pressure" in found[0].suggestions
    assert "blood pressure that's too high" in found[0].message


def test_jargon_counts_reach_the_metrics(jargon_analyzer) -> None:
    result = jargon_analyzer.analyze_text("Anhedonia and rumination are common in major depressive disorder.")
    assert result.metrics.jargon_terms == 3
    assert result.metrics.jargon_ratio > 0


def test_score_term_ranks_jargon_above_plain_words(nlp, rule) -> None:
    doc = nlp("The nephrologist said the glomerular filtration rate was low, so drink water.")

    def score(word: str) -> float:
        start = doc.text.index(word)
        return rule.score_term(doc, start, start + len(word))

    assert score("glomerular") > rule.threshold > score("water")
    assert score("nephrologist") >= GLOSSARY_FLOOR
    assert 0.0 <= score("drink") <= 1.0


def test_lists_and_empty_text_do_not_break(jargon_analyzer) -> None:
    assert jargon(jargon_analyzer, "") == []
    assert jargon(jargon_analyzer, "- - -\n\n***\n") == []
    assert jargon(jargon_analyzer, "🫀" * 50) == []


def test_rare_words_side_by_side_are_one_term(jargon_analyzer) -> None:
    found = jargon(jargon_analyzer, "The slides showed stromal fibroblasts around the tumor.")
    assert [f.text for f in found] == ["stromal fibroblasts"]
    assert found[0].rule_id == "jargon.rare_term"
    assert "a rare technical term" in found[0].message
    assert dict(found[0].data)["why"].startswith("a rare technical term")


def test_names_stay_out_but_the_rare_word_beside_them_is_flagged(jargon_analyzer) -> None:
    found = jargon(jargon_analyzer, "Dr. Okafor from Nairobi studies thrombocytopenia.")
    assert [f.text for f in found] == ["thrombocytopenia"]


def test_everyday_health_words_stay_unflagged(jargon_analyzer) -> None:
    text = "I went for a walk with my doctor to talk about my anxiety, my blood pressure and my vaccine."
    assert jargon(jargon_analyzer, text) == []

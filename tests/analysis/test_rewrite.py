"""Quick fixes fit the sentence: the issue's two broken examples, articles, plurals, capitals, previews."""

from __future__ import annotations

import json

import pytest

from studio.analysis.glossary import GlossaryError, parse_glossary
from studio.analysis.model import AnalysisContext, SourceRef
from studio.analysis.rewrite.phrases import pluralize_phrase
from studio.analysis.rewrite.text import article_for, broken_pairs, sentence_bounds

CHEN = SourceRef("chen2019", 1, "Physical activity and depression",
                 "Meeting the guideline was associated with a 17% lower risk of incident depression "
                 "(hazard ratio 0.83). The absolute risk was 7.4% in active and 9.1% in inactive participants.")


def _fixes(analyzer, text: str, kind: str, ctx: AnalysisContext | None = None):
    result = analyzer.analyze_text(text, ctx)
    found = [f for f in result.findings if f.kind == kind]
    assert found, f"no {kind} finding in {text!r}"
    return found[0], [fx.result for fx in found[0].fixes]


def test_efficacy_becomes_a_whole_noun_phrase(analyzer) -> None:
    finding, results = _fixes(analyzer, "In four trials, the efficacy of exercise was about the same as CBT.",
                              "jargon")
    assert results[0] == "In four trials, how well exercise works was about the same as CBT."
    assert not any("the how" in r for r in results)
    fix = finding.fixes[0]
    text = "In four trials, the efficacy of exercise was about the same as CBT."
    assert text[:fix.start] + fix.replacement + text[fix.end:] == results[0]


def test_softening_goes_on_the_verb_not_inside_the_noun_phrase(analyzer) -> None:
    ctx = AnalysisContext(sources=(CHEN,))
    text = "People who exercised had a 17% lower risk of depression [@chen2019]."
    result = analyzer.analyze_text(text, ctx)
    for f in result.findings:
        for fx in f.fixes:
            assert "may lower risk" not in fx.result and "% may" not in fx.result
    _, results = _fixes(analyzer, "Exercise cuts depression risk by 30%.", "uncited_claim")
    assert results == ["Exercise may cut depression risk by 30%."]


def test_plural_terms_get_plural_alternatives_and_articles_agree(analyzer) -> None:
    _, results = _fixes(analyzer, "Researchers pooled 24 RCTs of adults.", "acronym")
    assert "Researchers pooled 24 randomised controlled trials (RCTs) of adults." in results
    assert not any("group of adults" in r for r in results)   # the term's own "of adults" would attach wrongly
    _, results = _fixes(analyzer, "Two RCTs found the same thing.", "acronym")
    assert "Two fair tests where people are picked at random for each group found the same thing." in results
    _, results = _fixes(analyzer, "An RCT is the best way to test a drug.", "acronym")
    assert results[0] == "A randomised controlled trial (RCT) is the best way to test a drug."


def test_sentence_start_keeps_its_capital_and_passive_turns_active(analyzer) -> None:
    _, results = _fixes(analyzer, "Placebo can help some people.", "jargon")
    assert results[0].startswith("A dummy pill can help")
    _, results = _fixes(analyzer, "The drug was given by nurses to the patients.", "passive_voice")
    assert results == ["Nurses gave the drug to the patients."]


def test_an_alternative_that_fits_nowhere_is_not_offered_as_an_edit(analyzer) -> None:
    finding, results = _fixes(analyzer, "Statins work, and their efficacy is well known.", "jargon")
    efficacy = [f for f in analyzer.analyze_text("Statins work, and their efficacy is well known.").findings
                if f.text == "efficacy"][0]
    assert efficacy.suggestions and not efficacy.fixes
    assert all(s["result"] is None for s in efficacy.to_json()["suggestions"])


def test_json_suggestions_carry_the_whole_resulting_sentence(analyzer) -> None:
    result = analyzer.analyze_text("Exercise cuts depression risk by 30%.")
    doc = json.loads(json.dumps(result.to_json()))
    claim = next(f for f in doc["findings"] if f["kind"] == "uncited_claim")
    soft = [s for s in claim["suggestions"] if s["result"]]
    assert soft and soft[0]["result"] == "Exercise may cut depression risk by 30%."
    assert soft[0]["replacement"] == "may cut"


@pytest.mark.parametrize(("word", "article"), [
    ("hour", "an"), ("unit", "a"), ("MRI", "an"), ("FDA", "an"), ("RCT", "an"), ("18-week", "an"),
    ("17%", "a"), ("8", "an"), ("apple", "an"), ("randomised", "a"), ("one", "a"), ("NASA", "a"),
])
def test_article_by_sound(word: str, article: str) -> None:
    assert article_for(word) == article


def test_plural_of_a_phrase_agrees_inside_its_relative_clause() -> None:
    assert pluralize_phrase("a study that pools the results of many studies") == \
        "studies that pool the results of many studies"
    assert pluralize_phrase("a fair test where people are picked at random") == \
        "fair tests where people are picked at random"
    assert pluralize_phrase("how well it works") is None


def test_broken_pairs_catch_what_the_old_fixes_did() -> None:
    before = "In four trials, the efficacy of exercise was about the same."
    assert broken_pairs(before, "In four trials, the how well it works of exercise was about the same.")
    assert broken_pairs("had a 17% lower risk", "had a 17% may lower risk") == ["a may"]
    assert broken_pairs("had a lower risk", "had a may lower risk") == ["a may"]
    assert broken_pairs("the dose", "the the dose") == ["the the"]
    assert sentence_bounds("One. Two three. Four.", 6, 9) == (5, 15)


def test_glossary_kinds_column_is_read_and_checked() -> None:
    g = parse_glossary(enumerate(["term\talternatives\tkinds\tnote", "efficacy\thow well it works|effect\tclause|noun\t",
                                  "placebo\ta dummy pill"], 1))
    assert g.lookup("efficacy").kind_of("how well it works") == "clause"
    assert g.lookup("placebo").kinds == ()
    old = parse_glossary(enumerate(["term\talternatives\tnote", "placebo\ta dummy pill\tsugar pill"], 1))
    assert old.lookup("placebo").note == "sugar pill"
    with pytest.raises(GlossaryError, match="2 alternative"):
        parse_glossary(enumerate(["term\talternatives\tkinds", "x\ta|b\tnoun"], 1))
    with pytest.raises(GlossaryError, match="unknown phrase kind"):
        parse_glossary(enumerate(["term\talternatives\tkinds", "x\ta\tnoun phrase"], 1))


@pytest.mark.parametrize(("code", "text", "expected"), [
    ("es", "El placebo funcionó casi tan bien como el fármaco.",
     "La pastilla sin efecto funcionó casi tan bien como el fármaco."),
    ("es", "Tomaron un placebo.", "Tomaron una pastilla sin efecto."),
    ("fr", "Le placebo a fonctionné.", "La pilule sans effet a fonctionné."),
])
def test_other_languages_get_word_for_word_fixes_with_one_article(code: str, text: str, expected: str) -> None:
    """Without an English parse the fix is the suggestion itself, but its article replaces the text's own
    (agreeing in gender) instead of doubling it ("El una pastilla")."""
    from tests.analysis.test_languages import analyzer_for

    findings = [f for f in analyzer_for(code).analyze_text(text).findings if f.kind == "jargon"]
    assert findings and findings[0].fixes[0].result == expected

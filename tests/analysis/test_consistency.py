"""Claim–source consistency: sentence pairs (a source passage and a cited script sentence) per rule."""

from __future__ import annotations

import pytest

from studio.analysis.engine import Analyzer
from studio.analysis.model import AnalysisContext, SegmentInput, SourceRef
from studio.analysis.profile import get_profile
from studio.analysis.rules.consistency import ConsistencyRule

KINDS = ("number_mismatch", "certainty_inflated", "relative_risk_only", "population_dropped")


@pytest.fixture(scope="module")
def checker(nlp):
    """An analyzer running only the consistency rule (the other rules have their own tests)."""
    profile = get_profile("en")
    return Analyzer(profile, nlp=nlp, rules=[ConsistencyRule(profile)])


def check(checker, source_text, *segments, key="src"):
    ctx = AnalysisContext(sources=(SourceRef(key=key, number=1, title="A study", text=source_text),))
    result = checker.analyze([SegmentInput(s) for s in segments], ctx)
    return [f for f in result.findings if f.kind in KINDS]


def kinds(findings):
    return [f.kind for f in findings]


# -- number_mismatch ----------------------------------------------------------------------------------
@pytest.mark.parametrize("source, claim, said, quoted", [
    ("Coffee was associated with a 12% lower risk of stroke.", "Coffee was linked to a 30% lower risk of stroke [@src].",
     "30%", "12% lower risk"),
    ("About 30% of participants improved.", "Half of the people improved [@src].", "Half", "30%"),
    ("One in five adults reported poor sleep.", "40% of adults sleep badly [@src].", "40%", "One in five"),
    ("We included 54 trials with 6545 patients.", "The review pooled 45 trials [@src].", "45", "54 trials"),
    ("The rate was 28.6% in the treated group.", "The rate was 30% in the treated group [@src].", "30%", "28.6%"),
])
def test_number_that_the_source_does_not_give(checker, source, claim, said, quoted):
    (finding,) = check(checker, source, claim)
    assert finding.kind == "number_mismatch"
    assert finding.text == said
    assert finding.message.startswith(f"The source says {quoted}, the script says {said}.")
    assert finding.suggestions == (quoted.split(" ")[0] if quoted[0].isdigit() else quoted,)


def test_number_with_no_counterpart_in_the_source(checker):
    (finding,) = check(checker, "Exercise may reduce symptoms of depression.", "Exercise cut symptoms "
                       "in 80% of people, who may feel better [@src].")
    assert finding.kind == "number_mismatch"
    assert "gives no such figure" in finding.message


@pytest.mark.parametrize("source, claim", [
    ("About 30% of participants improved.", "30 percent of people improved [@src]."),
    ("About 30% of participants improved.", "Thirty percent of people improved [@src]."),
    ("About 30% of participants improved.", "Three in ten people improved [@src]."),
    ("The rate was 28.6% in the treated group.", "It was about 30% in the treated group [@src]."),
    ("The rate was 28.6% in the treated group.", "It was 29% in the treated group [@src]."),
    ("The rate was 31% among smokers.", "Nearly a third of smokers were affected [@src]."),
    ("The rate fell from 2% to 1% with treatment.", "Treatment halved the rate, from 2% to 1% [@src]."),
    ("We included 54 trials with 6,545 patients.", "More than 6,500 patients took part [@src]."),
    ("We included 54 trials with 6,545 patients.", "About 6,500 patients took part [@src]."),
    ("Participants trained for 12 weeks.", "People trained for about 3 months [@src]."),
    ("Smokers had higher odds of stroke (OR 2.05, 95% CI 1.2 to 3.4).", "Smokers were twice as likely "
     "to have a stroke [@src]."),
    ("The risk ratio was 0.76 (95% CI 0.50 to 1.15).", "That is a 24% lower risk [@src]."),
    ("In 2019, 20% of adults with type 2 diabetes were affected.", "In 2019, a fifth of adults with type 2 "
     "diabetes were affected [@src]."),
])
def test_same_number_in_another_form_is_fine(checker, source, claim):
    assert kinds(check(checker, source, claim)) == []


def test_numbers_in_markers_labels_and_uncited_sentences_are_not_checked(checker):
    source = "Coffee was associated with a 12% lower risk of stroke."
    assert check(checker, source, "In 2021, a COVID-19 era study of coffee and stroke [1].",
                 "Some say 90% of people drink coffee.") == []


def test_unresolved_marker_or_empty_summary_checks_nothing(checker):
    assert check(checker, "Coffee was associated with a 12% lower risk.", "Coffee cuts risk by 90% [@other].") == []
    assert check(checker, "", "Coffee cuts risk by 90% [@src].") == []


# -- certainty_inflated -------------------------------------------------------------------------------
@pytest.mark.parametrize("source, claim, word, cue", [
    ("Coffee drinking was associated with a lower risk of stroke.", "Coffee causes a lower stroke risk [@src].",
     "causes", "associated with"),
    ("Exercise may reduce symptoms of depression.", "Exercise reduces symptoms of depression [@src].",
     "reduces", "may"),
    ("These results suggest that mindfulness helps with stress.", "This proves mindfulness helps with stress [@src].",
     "proves", "suggest"),
    ("Symptoms improved in some participants.", "Symptoms always improve [@src].", "always", "in some participants"),
    ("Vitamin D might lower the risk of falls in older adults.", "Vitamin D will lower the risk of falls in "
     "older adults [@src].", "will", "might"),
])
def test_certainty_the_source_does_not_have(checker, source, claim, word, cue):
    (finding,) = check(checker, source, claim)
    assert finding.kind == "certainty_inflated"
    assert finding.text == word
    assert f"The source only says ‘{cue}’; ‘{word}’ states more than it found." in finding.message
    assert finding.suggestions


def test_source_found_no_effect_but_script_claims_one(checker):
    (finding,) = check(checker, "Melatonin made no significant difference to total sleep time.",
                       "Melatonin improves total sleep time [@src].")
    assert finding.kind == "certainty_inflated"
    assert "no significant difference" in finding.message


@pytest.mark.parametrize("source, claim", [
    ("Coffee drinking was associated with a lower risk of stroke.", "Coffee is linked to a lower stroke risk [@src]."),
    ("Exercise may reduce symptoms of depression.", "Exercise may reduce symptoms of depression [@src]."),
    ("Exercise reduced symptoms of depression in 35 trials.", "Exercise reduced symptoms of depression [@src]."),
    ("Exercise may reduce symptoms of depression.", "I will explain what exercise does to mood [@src]."),
    ("Melatonin made no significant difference to total sleep time.", "Melatonin did not improve total sleep "
     "time [@src]."),
    ("The cause of the disease may be genetic.", "The causes of the disease may be genetic [@src]."),
    ("Anticoagulation may be safe after a bleed.", "Anticoagulation did not cause more bleeding [@src]."),
])
def test_faithful_certainty_is_fine(checker, source, claim):
    assert kinds(check(checker, source, claim)) == []


# -- relative_risk_only -------------------------------------------------------------------------------
def test_relative_risk_without_absolute_figures(checker):
    source = "The risk of stroke fell from 2% to 1% with the drug."
    (finding,) = check(checker, source, "The drug halves your risk of stroke [@src].")
    assert finding.kind == "relative_risk_only"
    assert finding.text == "halves your risk"
    assert "absolute figures are from 2% to 1%" in finding.message


@pytest.mark.parametrize("claim", [
    "The drug cut the risk of stroke from 2% to 1% [@src].",
    "The drug halves the risk of stroke, from 2 in 100 people to 1 in 100 [@src].",
])
def test_relative_risk_with_absolute_figures_is_fine(checker, claim):
    assert kinds(check(checker, "The risk of stroke fell from 2% to 1% with the drug.", claim)) == []


def test_relative_risk_when_the_source_gives_none_is_not_flagged(checker):
    assert kinds(check(checker, "Statins reduced the risk of heart attack by 25%.",
                       "Statins reduced the risk of heart attack by 25% [@src].")) == []


# -- population_dropped -------------------------------------------------------------------------------
@pytest.mark.parametrize("source, claim, label", [
    ("In mice fed a high-fat diet, resveratrol reduced weight gain by 20%.", "Resveratrol reduced your weight "
     "gain by 20% [@src].", "mice"),
    ("Curcumin reduced the growth of cancer cell lines in vitro.", "Curcumin reduced the growth of cancer "
     "in everyone [@src].", "cells in the lab"),
    ("In this pilot study of 12 adults, tapping reduced anxiety scores.", "Tapping reduced anxiety scores "
     "for you [@src].", "a small pilot study"),
    ("In postmenopausal women, calcium was associated with fewer fractures.", "Calcium was associated with "
     "fewer fractures for everyone [@src].", "postmenopausal women"),
])
def test_population_dropped(checker, source, claim, label):
    (finding,) = check(checker, source, claim)
    assert finding.kind == "population_dropped"
    assert finding.message.startswith(f"The source is about {label};")


@pytest.mark.parametrize("source, claim", [
    ("In mice fed a high-fat diet, resveratrol reduced weight gain by 20%.",
     "In mice, resveratrol reduced weight gain by 20% [@src]."),
    ("In postmenopausal women, calcium was associated with fewer fractures.",
     "In women after menopause, calcium was associated with fewer fractures [@src]."),
    ("In 120 women and men, calcium was associated with fewer fractures.",
     "Calcium was associated with fewer fractures in people like you [@src]."),
    ("In postmenopausal women, calcium was associated with fewer fractures.",
     "Calcium was associated with fewer fractures [@src]."),
])
def test_population_kept_is_fine(checker, source, claim):
    assert kinds(check(checker, source, claim)) == []


def test_population_named_elsewhere_in_the_script_is_enough(checker):
    source = "In mice fed a high-fat diet, resveratrol reduced weight gain by 20%."
    assert kinds(check(checker, source, "This study was done in mice.",
                       "Resveratrol reduced weight gain by 20% [@src].")) == []


def test_marker_after_the_full_stop_still_checks_the_sentence(checker):
    (finding,) = check(checker, "Coffee was associated with a 12% lower risk of stroke.",
                       "Coffee was linked to a 30% lower risk of stroke. [@src]")
    assert finding.kind == "number_mismatch" and finding.text == "30%"


def test_multiple_sources_number_supported_by_either_is_fine(checker):
    ctx = AnalysisContext(sources=(SourceRef("a", 1, "", "Coffee was associated with a 12% lower risk of stroke."),
                                   SourceRef("b", 2, "", "Tea was associated with a 20% lower risk of stroke.")))
    result = checker.analyze([SegmentInput("Drinks were linked to a 12% to 20% lower risk [1, 2].")], ctx)
    assert [f for f in result.findings if f.kind in KINDS] == []


# -- number normalisation -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, family", [
    ("30%", 0.3, "proportion"), ("30 percent", 0.3, "proportion"), ("thirty per cent", 0.3, "proportion"),
    ("three in ten", 0.3, "proportion"), ("1 in 5", 0.2, "proportion"), ("12 of 40", 0.3, "proportion"),
    ("5 per 1,000", 0.005, "proportion"), ("half", 0.5, "proportion"), ("a third", 1 / 3, "proportion"),
    ("two thirds", 2 / 3, "proportion"), ("twice", 2.0, "multiplier"), ("3 times", 3.0, "multiplier"),
    ("2.5-fold", 2.5, "multiplier"), ("halves", 0.5, "multiplier"), ("1.2 million", 1_200_000, "count"),
    ("fifty-four", 54, "count"), ("1·5", 1.5, "count"), ("5 percentage points", 0.05, "points"),
])
def test_number_forms_normalise(text, value, family):
    from studio.analysis.numbers import extract_quantities

    (q,) = extract_quantities(text, words=True)
    assert q.family == family and q.value == pytest.approx(value)


def test_labels_years_and_intervals_are_not_headline_numbers():
    from studio.analysis.numbers import extract_quantities

    assert extract_quantities("COVID-19, type 2 diabetes, vitamin B12, omega-3, phase 3, in 2021", words=False) == []
    qs = extract_quantities("17% (95% CI 10 to 28%) versus 3%; OR 4.60; p < 0.05; MD -1.09", words=False)
    assert [q.text for q in qs if not q.statistic and not q.ratio_label] == ["17%", "3%"]


def test_rounding_and_qualifiers():
    from studio.analysis.numbers import agrees, extract_quantities

    def q(text):
        return extract_quantities(text, words=True)[0]

    assert agrees(q("17%"), 0.176, 0.001) and not agrees(q("27%"), 0.26, 0.01)
    assert agrees(q("about 30%"), 0.286) and not agrees(q("30%"), 0.286, 0.001)
    assert agrees(q("more than 6,500"), 6545, 1) and not agrees(q("more than 7,000"), 6545, 1)
    assert agrees(q("nearly 40%"), 0.38) and not agrees(q("nearly 40%"), 0.42)


def test_odd_text_never_breaks_the_rule(checker):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=60, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list("0123456789%.,;()[]@- abcAB½😴\n")), max_size=80))
    def run(text):
        check(checker, "About 30% of 1,200 adults (95% CI 20 to 40) improved.", text + " [@src].")

    run()

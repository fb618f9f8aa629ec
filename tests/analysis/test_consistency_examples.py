"""The three source-check examples of issue 10, plus the wording around them: a descriptive report of an
observed difference is not inflation; "will cure" is; a relative risk whose source gives absolute figures
is flagged with those figures in the message."""

from __future__ import annotations

import pytest

from studio.analysis.engine import Analyzer
from studio.analysis.profile import get_profile
from studio.analysis.rules.consistency import ConsistencyRule
from tests.analysis.test_consistency import check

#: The demo's cohort study (shortened): an association, with absolute figures in the next sentence.
CHEN = ("Results: During follow-up, 2,811 participants (8.3%) developed depression. After adjustment for age, "
        "sex, income, smoking, body mass index and chronic illness, meeting the guideline of at least 150 minutes "
        "a week of moderate activity was associated with a 17% lower risk of incident depression (hazard ratio "
        "0.83, 95% CI 0.76 to 0.91). The absolute risk was 7.4% in active and 9.1% in inactive participants.\n"
        "Conclusions: Regular moderate physical activity was associated with a lower risk of depression in "
        "middle-aged adults. Because activity was self-reported and the study was observational, the findings do "
        "not show that exercise prevents or cures depression.")
WALK = "In this trial, walking can reduce depressive symptoms in adults with mild depression."


@pytest.fixture(scope="module")
def rule_checker(nlp):
    """The consistency rule alone (the same Analyzer path as the app)."""
    return Analyzer(get_profile("en"), nlp=nlp, rules=[ConsistencyRule(get_profile("en"))])


def test_observed_lower_risk_is_not_certainty_inflation(rule_checker):
    findings = check(rule_checker, CHEN, "People who exercised had a 17% lower risk of depression [@src].")
    assert "certainty_inflated" not in [f.kind for f in findings]


def test_observed_lower_risk_still_asks_for_the_absolute_figures(rule_checker):
    (finding,) = check(rule_checker, CHEN, "People who exercised had a 17% lower risk of depression [@src].")
    assert finding.kind == "relative_risk_only" and finding.text == "17% lower risk"
    assert "7.4%" in finding.message and "9.1%" in finding.message


def test_cuts_risk_by_17_percent_is_a_relative_risk_with_the_absolute_figures_named(rule_checker):
    findings = check(rule_checker, CHEN, "Exercise cuts depression risk by 17% [@src].")
    relative = [f for f in findings if f.kind == "relative_risk_only"]
    assert len(relative) == 1
    # In the direction of the claim (a cut: from the inactive to the active), each rate with its group.
    assert "9.1% of inactive participants vs 7.4% of active participants" in relative[0].message
    # "cuts" is also a causal verb against an association: both problems are real.
    assert [f.text for f in findings if f.kind == "certainty_inflated"] == ["cuts"]


def test_will_cure_against_can_reduce_is_flagged(rule_checker):
    (finding,) = check(rule_checker, WALK, "Walking will cure depression [@src].")
    assert finding.kind == "certainty_inflated"
    assert finding.text == "will"
    assert "‘can’" in finding.message
    assert finding.suggestions == ("may",)


def test_cures_is_flagged_even_when_the_source_hedges_nothing(rule_checker):
    (finding,) = check(rule_checker, "Walking reduced depressive symptoms in 12 trials.", "Walking cures depression [@src].")
    assert finding.kind == "certainty_inflated" and finding.text == "cures"
    assert "never says ‘cures’" in finding.message


def test_a_source_that_denies_a_cure_does_not_license_one(rule_checker):
    findings = check(rule_checker, CHEN, "Exercise cures depression [@src].")
    assert [f.text for f in findings if f.kind == "certainty_inflated"] == ["cures"]


@pytest.mark.parametrize("claim", [
    "Active people were less likely to develop depression, and exercise was linked to a lower risk [@src].",
    "Depression was less common in people who were active [@src].",
    "Risk of depression was lower in people who exercised [@src].",
    "Being active was linked to a lower risk of depression in middle-aged adults [@src].",
])
def test_descriptive_reports_of_an_association_are_fine(rule_checker, claim):
    assert [f.kind for f in check(rule_checker, CHEN, claim) if f.kind == "certainty_inflated"] == []


@pytest.mark.parametrize("claim, word", [
    ("Exercise prevents depression [@src].", "prevents"),
    ("Being active causes a lower risk of depression [@src].", "causes"),
    ("This proves exercise protects your mood [@src].", "proves"),
])
def test_causal_and_absolute_words_against_an_association_are_flagged(rule_checker, claim, word):
    findings = check(rule_checker, CHEN, claim)
    assert word in [f.text for f in findings if f.kind == "certainty_inflated"]


@pytest.mark.parametrize("claim, span", [
    ("Active people are twice as likely to avoid depression [@src].", "twice as likely"),
    ("Active people were 17% less likely to get depressed [@src].", "17% less likely"),
])
def test_other_relative_wordings_are_flagged(rule_checker, claim, span):
    relative = [f for f in check(rule_checker, CHEN, claim) if f.kind == "relative_risk_only"]
    assert [f.text for f in relative] == [span]


def test_relative_and_absolute_together_is_fine(rule_checker):
    findings = check(rule_checker, CHEN, "Active people had a 17% lower risk: 7.4% against 9.1% [@src].")
    assert [f.kind for f in findings] == []


def test_relative_figure_beside_one_other_rate_still_asks_for_the_absolute_pair(rule_checker):
    findings = check(rule_checker, CHEN, "Active people had a 17% lower risk, and 8% got depressed overall [@src].")
    assert [f.text for f in findings if f.kind == "relative_risk_only"] == ["17% lower risk"]


def test_always_against_a_firm_source_is_not_flagged_but_cures_is(rule_checker):
    firm = "Vaccination reduced infections in all 12 trials."
    assert check(rule_checker, firm, "Vaccination always reduced infections in these trials [@src].") == []
    assert [f.text for f in check(rule_checker, firm, "Vaccination cures infections [@src].")] == ["cures"]


@pytest.mark.parametrize("claim, flagged", [
    ("More trials are needed to improve the quality of the evidence [@src].", []),
    ("New studies should be done in order to reduce the uncertainty [@src].", []),
    ("Walking improves mood in adults with mild depression [@src].", ["improves"]),
])
def test_a_purpose_is_not_a_finding(rule_checker, claim, flagged):
    """"needed to improve" states a plan, not an effect; the same verb as a finding is still checked."""
    source = "Walking may improve mood in adults with mild depression; the evidence is of low certainty."
    assert [f.text for f in check(rule_checker, source, claim) if f.kind == "certainty_inflated"] == flagged

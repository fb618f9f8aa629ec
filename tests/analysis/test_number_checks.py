"""The number and population checks' general rules: what counts as the same kind of figure, what a
sample size is, and which figures a source can be told to lack."""

from __future__ import annotations

import pytest

from studio.analysis.engine import Analyzer
from studio.analysis.profile import get_profile
from studio.analysis.rules.consistency import ConsistencyRule
from tests.analysis.test_consistency import check


@pytest.fixture(scope="module")
def checker(nlp):
    profile = get_profile("en")
    return Analyzer(profile, nlp=nlp, rules=[ConsistencyRule(profile)])


def _numbers(findings):
    return [f.text for f in findings if f.kind == "number_mismatch"]


def test_an_age_is_not_compared_with_a_duration(checker):
    source = "We included 12 trials in young people. Treatment lasted four weeks."
    assert _numbers(check(checker, source, "All trials were in youth younger than 25 years [@src].")) == []
    assert _numbers(check(checker, source, "Treatment lasted 6 weeks [@src].")) == ["6"]


def test_a_sample_size_is_compared_with_the_sources_anywhere(checker):
    source = ("Three trials met our criteria. Methods were good. In total, 157 children took part. "
              "Sleep improved in the treated children.")
    assert _numbers(check(checker, source, "Sleep improved: a total of 236 children took part [@src].")) == ["236"]
    # A part of the sample is not a total: "108 were given the drug" may come from the full review.
    assert _numbers(check(checker, source, "Sleep improved in the 108 children given the drug [@src].")) == []


def test_a_percentage_against_a_source_that_reports_only_nnts_is_not_flagged(checker):
    source = "For sumatriptan versus placebo the NNT was 2.1 for headache relief at two hours."
    assert _numbers(check(checker, source, "Headache relief came to 59% of people at two hours [@src].")) == []
    assert _numbers(check(checker, "Sumatriptan relieved headache.",
                          "Headache relief came to 59% of people [@src].")) == ["59%"]


def test_sample_make_up_is_not_the_population_studied(checker):
    source = "24 trials (2,140 participants; 68% women) were included. Exercise reduced symptoms."
    findings = check(checker, source, "Exercise reduced symptoms in 24 trials with 2,140 people [@src].")
    assert [f.kind for f in findings if f.kind == "population_dropped"] == []


def test_infants_and_children_are_one_population(checker):
    source = ("We included trials in infants and children with reflux. Two trials in children found less "
              "vomiting. Children given the drug slept better.")
    findings = check(checker, source, "The drug led to less vomiting in people with reflux [@src].")
    assert "population_dropped" in [f.kind for f in findings]


def test_a_rate_of_recurrence_is_not_a_relative_change(checker):
    source = "Recurrence was 13.9% with antidepressants versus 33.8% without them."
    findings = check(checker, source, "People who stayed on antidepressants had a risk for recurrence of 13.9% [@src].")
    assert [f.kind for f in findings if f.kind == "relative_risk_only"] == []

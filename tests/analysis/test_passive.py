"""Passive voice: the verb group is flagged, adjectival look-alikes are not."""

from __future__ import annotations

import pytest

from studio.analysis.engine import Analyzer
from studio.analysis.model import PASSIVE_VOICE
from studio.analysis.profile import get_profile
from studio.analysis.rules.passive import PassiveRule
from studio.analysis.rules.sentences import SentenceRule

EN = get_profile("en")


@pytest.fixture(scope="module")
def analyzer(nlp):
    return Analyzer(nlp=nlp, rules=[SentenceRule(EN), PassiveRule(EN)])


def _passives(analyzer, text: str):
    return [f for f in analyzer.analyze_text(text).findings if f.kind == PASSIVE_VOICE]


@pytest.mark.parametrize(("text", "span"), [
    ("Participants were randomised to two groups.", "were randomised"),
    ("The patients were given the drug by nurses.", "were given"),
    ("Coffee is thought to be harmful.", "is thought to be"),
    ("It has been shown that exercise helps.", "has been shown"),
    ("The results were then analysed by two statisticians.", "were then analysed"),
    ("You should be vaccinated every year.", "should be vaccinated"),
    ("The vaccine got approved last year.", "got approved"),
    ("Mistakes were made.", "were made"),
])
def test_passive_verb_groups(analyzer, text: str, span: str) -> None:
    [f] = _passives(analyzer, text)
    assert f.text == span and text[f.start:f.end] == span
    assert "Passive voice" in f.message


@pytest.mark.parametrize("text", [
    "I am tired.",
    "We are interested in sleep.",
    "I was born in 1990.",
    "The clinic is located in Leeds.",
    "Smoking is associated with lung cancer.",
    "She was diagnosed with diabetes last year.",
    "I am very worried about my results.",
    "Nurses gave the patients the drug.",
    "Walk every day.",
    "",
    "😴🔥",
])
def test_not_passive(analyzer, text: str) -> None:
    assert _passives(analyzer, text) == []


def test_named_doer_gives_an_active_rewrite(analyzer) -> None:
    [f] = _passives(analyzer, "The patients were given the drug by nurses.")
    assert "'nurses gave the patients …'" in f.message
    assert dict(f.data)["active"] == "nurses gave the patients …"
    [f] = _passives(analyzer, "Blood pressure is measured by a nurse.")
    assert dict(f.data)["active"] == "a nurse measures blood pressure"
    [f] = _passives(analyzer, "The results were then analysed by two statisticians.")
    assert dict(f.data)["active"] == "two statisticians then analysed the results"
    [f] = _passives(analyzer, "Sleep is disrupted by short-wavelength light.")
    assert dict(f.data)["active"] == "short-wavelength light disrupts sleep"


def test_negated_passive_is_flagged_without_a_wrong_rewrite(analyzer) -> None:
    [f] = _passives(analyzer, "The drug was not given by nurses.")
    assert "active" not in dict(f.data)


def test_without_doer_asks_who(analyzer) -> None:
    [f] = _passives(analyzer, "You should be vaccinated every year.")
    assert "who should vaccinate you?" in f.message


def test_participle_after_to_stays_out_and_the_question_names_the_verb(analyzer) -> None:
    """"assigned to supervised exercise": "supervised" is an adjective, not "to" + a verb."""
    [f] = _passives(analyzer, "People were assigned to supervised aerobic exercise.")
    assert f.text == "were assigned"
    assert "who assigned them? Say who did it" in f.message
    [f] = _passives(analyzer, "Exercise is thought to be helpful.")
    assert f.text == "is thought to be"


def test_two_passives_two_findings_and_metric(analyzer) -> None:
    text = "The data were collected in 2020. Later, the samples were tested by a lab."
    result = analyzer.analyze_text(text)
    assert [f.text for f in result.findings if f.kind == PASSIVE_VOICE] == ["were collected", "were tested"]
    assert result.metrics.passive_sentences == 2


def test_offsets_in_later_paragraph(analyzer) -> None:
    text = "Sleep matters.\n\nThe drug was tested on mice."
    [f] = _passives(analyzer, text)
    assert text[f.start:f.end] == "was tested"


def test_active_rewrite_does_not_trust_a_wrong_lemma(nlp):
    """The small model lemmatises "rated" as "rat": the suggestion must still say "rated"."""
    from studio.analysis.engine import Analyzer
    from studio.analysis.profile import get_profile
    from studio.analysis.rules.passive import PassiveRule

    analyzer = Analyzer(nlp=nlp, rules=[PassiveRule(get_profile("en"))])
    [finding] = analyzer.analyze(["The certainty of the evidence was rated as low by reviewers."]).findings
    assert "reviewers rated" in finding.message and "ratted" not in finding.message

"""The short-form checklist (CDC Clear Communication Index items): automatic checks, hand ticks."""

from __future__ import annotations

import pytest

from studio.analysis import checklist as c
from studio.analysis.model import AnalysisContext, SegmentInput, SourceRef


def _items(texts, result=None, ticks=None):
    return {i.id: i for i in c.evaluate([SegmentInput(t) for t in texts], result, ticks)}


@pytest.mark.parametrize("text, expected", [
    ("Follow for part two.", ["Follow for part two"]),
    ("If you are struggling, talk to your doctor. Then try a walk today, and follow for more.",
     ["talk to your doctor", "try a walk today", "follow for more"]),
    ("Could a walk help? Walking helps. People who walk feel better.", []),
    ("So save this video and share it with a friend!", ["save this video and share it with a friend"]),
])
def test_calls_to_action_are_found(text, expected):
    assert c.calls_to_action(text) == expected


def test_one_call_to_action_passes_and_several_or_none_fail():
    assert _items(["Walking helps.", "Try a ten-minute walk today."])[c.CALL_TO_ACTION].auto is True
    many = _items(["Walking helps.", "Talk to your doctor. Then try a walk, and follow for part two."])
    assert many[c.CALL_TO_ACTION].auto is False and len(many[c.CALL_TO_ACTION].details) == 3
    none = _items(["Walking helps."])[c.CALL_TO_ACTION]
    assert none.auto is False and "No call to action" in none.details[0]


def test_numbers_in_plain_form():
    plain = _items(["About 2 in 100 people had a stroke; 30% felt better after 12 weeks."])
    assert plain[c.PLAIN_NUMBERS].auto is True
    hard = _items(["The hazard ratio was 0.83 (95% CI 0.76 to 0.91), p < 0.001."])[c.PLAIN_NUMBERS]
    assert hard.auto is False and "0.83" in hard.details and "0.001" in hard.details


def test_risk_stated_plainly_needs_absolute_figures():
    relative = _items(["Walking cuts your risk of stroke by 20%."])[c.PLAIN_RISK]
    assert relative.auto is False and relative.details == ("Walking cuts your risk of stroke by 20%.",)
    both = _items(["Walking cuts your risk of stroke by 20%. That is from 10 in 100 to 8 in 100."])
    assert both[c.PLAIN_RISK].auto is True
    assert _items(["Walking is good for you."])[c.PLAIN_RISK].auto is True


def test_main_message_is_for_a_person_unless_the_hook_is_empty():
    item = _items(["Walking lifts your mood. It is free.", "More."])[c.MAIN_MESSAGE]
    assert item.auto is None and item.how == "open" and not item.done
    assert item.details == ("Hook: Walking lifts your mood.",)
    assert _items(["", "Walking lifts your mood."])[c.MAIN_MESSAGE].auto is False


def test_hand_ticks_override_the_automatic_result():
    items = _items(["Walking helps."], ticks={c.MAIN_MESSAGE: True, c.CALL_TO_ACTION: True})
    assert items[c.MAIN_MESSAGE].done and items[c.MAIN_MESSAGE].how == "hand"
    assert items[c.CALL_TO_ACTION].done and items[c.CALL_TO_ACTION].auto is False
    assert c.score(list(items.values())) == (4, 5)


def test_every_claim_cited_comes_from_the_analysis(analyzer):
    source = SourceRef(key="lee2020", number=1, text="Walking 30 minutes a day was linked to lower blood pressure.")
    ctx = AnalysisContext(sources=(source,))
    uncited = [SegmentInput("Walking cuts blood pressure by 30%.")]
    result = analyzer.analyze(uncited, ctx)
    item = {i.id: i for i in c.evaluate(uncited, result)}[c.CLAIMS_CITED]
    assert result.metrics.uncited_claims >= 1 and item.auto is False and item.details
    cited = [SegmentInput("Walking 30 minutes a day was linked to lower blood pressure [1].")]
    result = analyzer.analyze(cited, ctx)
    assert result.metrics.uncited_claims == 0
    assert {i.id: i for i in c.evaluate(cited, result)}[c.CLAIMS_CITED].auto is True
    assert {i.id: i for i in c.evaluate(cited, None)}[c.CLAIMS_CITED].auto is None


def test_items_without_rules_for_the_language_are_left_to_the_creator():
    french = [SegmentInput("La marche aide-t-elle contre la dépression ?"),
              SegmentInput("Le risque baisse de 30 %. Abonnez-vous pour la suite.")]
    items = {i.id: i for i in c.evaluate(french, None, language="fr")}
    for item_id in (c.CALL_TO_ACTION, c.PLAIN_NUMBERS, c.PLAIN_RISK):
        assert items[item_id].auto is None and "French" in items[item_id].details[0]
    ticked = {i.id: i for i in c.evaluate(french, None, {c.CALL_TO_ACTION: True}, language="fr")}
    assert ticked[c.CALL_TO_ACTION].done and ticked[c.CALL_TO_ACTION].how == "hand"
    unknown = {i.id: i for i in c.evaluate([SegmentInput("Try a walk.")], None, language="xx")}
    assert unknown[c.CALL_TO_ACTION].auto is True              # an unknown code falls back to English

"""Acronym detector: first undefined use only, definitions anywhere earlier in the script."""

from __future__ import annotations

import pytest

from studio.analysis.engine import Analyzer
from studio.analysis.model import ACRONYM, AnalysisContext, SegmentInput
from studio.analysis.profile import get_profile
from studio.analysis.rules.acronyms import AcronymRule
from studio.analysis.rules.jargon import JargonRule


@pytest.fixture(scope="module")
def acr_analyzer(nlp) -> Analyzer:
    profile = get_profile("en")
    return Analyzer(nlp=nlp, rules=[JargonRule(profile), AcronymRule(profile)])


def acronyms(analyzer: Analyzer, segments: list[str], ctx: AnalysisContext | None = None):
    result = analyzer.analyze([SegmentInput(text=s) for s in segments], ctx)
    assert not [f for f in result.findings if f.kind.startswith("_")]
    found = [f for f in result.findings if f.kind == ACRONYM]
    for f in found:
        assert segments[f.segment][f.start:f.end] == f.text
    return found


def test_undefined_acronym_is_flagged_once_with_its_expansion(acr_analyzer) -> None:
    found = acronyms(acr_analyzer, ["CBT helps with insomnia. In fact CBT works better than pills, and CBT lasts."])
    assert len(found) == 1
    f = found[0]
    assert (f.text, f.start) == ("CBT", 0)
    assert f.suggestions[0] == "cognitive behavioural therapy (CBT)"
    assert "cognitive behavioural therapy" in f.message
    assert f.rule_id == "acronym.undefined" and dict(f.data)["term"] == "cbt"


def test_long_form_then_acronym_defines_it(acr_analyzer) -> None:
    text = "Cognitive behavioural therapy (CBT) is a talking therapy. CBT works for many people."
    assert acronyms(acr_analyzer, [text]) == []


def test_acronym_then_long_form_defines_it(acr_analyzer) -> None:
    text = "Ask about CBT (cognitive behavioral therapy). Many people find CBT helps."
    assert acronyms(acr_analyzer, [text]) == []


def test_definition_by_letters_works_for_acronyms_we_do_not_know(acr_analyzer) -> None:
    text = "The Whitehall Longitudinal Ageing Study (WLAS) followed civil servants. WLAS found more."
    assert acronyms(acr_analyzer, [text]) == []
    # Without the definition an unknown acronym still gets a note.
    found = acronyms(acr_analyzer, ["WLAS found more."])
    assert [f.text for f in found] == ["WLAS"] and found[0].suggestions == ()


def test_stands_for_is_a_definition(acr_analyzer) -> None:
    text = "HRV stands for heart rate variability. Your HRV drops when you're stressed."
    assert acronyms(acr_analyzer, [text]) == []


def test_definition_in_an_earlier_segment_counts(acr_analyzer) -> None:
    segments = ["Hook: a randomised controlled trial (RCT) changed my mind.", "The RCT had 300 people."]
    assert acronyms(acr_analyzer, segments) == []


def test_definition_after_the_first_use_is_too_late(acr_analyzer) -> None:
    segments = ["The RCT had 300 people.", "A randomised controlled trial (RCT) is a fair test."]
    found = acronyms(acr_analyzer, segments)
    assert [(f.segment, f.text) for f in found] == [(0, "RCT")]


def test_plural_acronym_gets_a_plural_expansion(acr_analyzer) -> None:
    found = acronyms(acr_analyzer, ["SSRIs are the most prescribed antidepressants."])
    assert found[0].text == "SSRIs"
    assert found[0].suggestions[0] == "selective serotonin reuptake inhibitors (SSRIs)"


def test_well_known_acronyms_emphasis_and_numerals_are_not_flagged(acr_analyzer) -> None:
    text = ("Your DNA is not destiny. HIV and COVID-19 are on TV in the UK and the USA. This is NOT OK. "
            "Phase III trials of type II diabetes drugs.")
    assert acronyms(acr_analyzer, [text]) == []


def test_all_caps_headline_is_not_a_wall_of_acronyms(acr_analyzer) -> None:
    assert acronyms(acr_analyzer, ["STOP DOING THIS EVERY MORNING RIGHT NOW"]) == []


def test_handles_hashtags_and_links_are_not_acronyms(acr_analyzer) -> None:
    text = "Follow #BMIMyth and @NHSE, see https://example.org/RCT/XYZ or [@RCT2020]."
    assert acronyms(acr_analyzer, [text]) == []


def test_allow_list_and_replacement(acr_analyzer) -> None:
    text = "BMI is a rough measure. RCTs are better evidence."
    ctx = AnalysisContext(allow_list=frozenset({"bmi"}), replacements=(("rcts", "fair tests"),))
    found = acronyms(acr_analyzer, [text], ctx)
    assert [f.text for f in found] == ["RCTs"]
    assert found[0].suggestions[0] == "fair tests"


def test_each_acronym_is_flagged_at_its_first_use_only_across_segments(acr_analyzer) -> None:
    segments = ["BMI and HRV are numbers.", "Your BMI may fall. HRV may rise.", "LDL too."]
    found = acronyms(acr_analyzer, segments)
    assert [(f.segment, f.text) for f in found] == [(0, "BMI"), (0, "HRV"), (2, "LDL")]


def test_emoji_before_an_acronym_keeps_offsets(acr_analyzer) -> None:
    found = acronyms(acr_analyzer, ["🧠💊 SSRIs vs 🗣️ CBT?"])
    assert [f.text for f in found] == ["SSRIs", "CBT"]

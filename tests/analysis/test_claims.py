"""Uncited claims in short-video health scripts: what is flagged, what is not, and how citations count."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.analysis.engine import Analyzer
from studio.analysis.model import UNCITED_CLAIM, UNRESOLVED_CITATION, AnalysisContext, SourceRef
from studio.analysis.profile import get_profile
from studio.analysis.rules.claims import ClaimRule

SOURCES = (SourceRef("smith2021", 1, "Walking and heart attacks"), SourceRef("lee2020", 2, "Sleep in adults"))
CTX = AnalysisContext(sources=SOURCES)


@pytest.fixture(scope="module")
def rule() -> ClaimRule:
    return ClaimRule(get_profile("en"))


@pytest.fixture(scope="module")
def claims(nlp, rule):
    return Analyzer(nlp=nlp, rules=[rule])


def uncited(claims: Analyzer, text: str, ctx: AnalysisContext = CTX):
    return [f for f in claims.analyze_text(text, ctx).findings if f.kind == UNCITED_CLAIM]


@pytest.mark.parametrize(("sentence", "category"), [
    # statistics and quantities
    ("1 in 5 adults sleeps less than six hours a night.", "statistic"),
    ("Walking every day cuts your heart attack risk by 30%.", "statistic"),
    ("Smokers are twice as likely to get gum disease.", "statistic"),
    ("Half of adults don't get enough fiber.", "statistic"),
    ("About 3 million people in the UK live with diabetes.", "statistic"),
    ("Exercise lowers the risk of depression by 40 percent.", "statistic"),
    ("Caffeine stays in your body for up to 10 hours.", "statistic"),
    ("You need at least 7 hours of sleep.", "statistic"),
    ("Your brain uses 20% of your body's energy.", "statistic"),
    # cause and effect
    ("Sugar causes diabetes.", "causal"),
    ("Intermittent fasting boosts your metabolism.", "causal"),
    ("Green tea protects against heart disease.", "causal"),
    ("Blue light triggers migraines.", "causal"),
    ("Eating late at night is linked to weight gain.", "causal"),
    ("Processed meat is bad for your gut.", "causal"),
    ("Magnesium improves your sleep quality.", "causal"),
    ("Vaccines do not cause autism.", "causal"),                    # a denial is a claim too
    ("Ozempic works by mimicking a gut hormone called GLP-1.", "causal"),
    ("Ashwagandha helps with stress.", "causal"),
    # appeals to evidence and authority
    ("Studies show that cold showers strengthen your immune system.", None),
    ("Doctors agree that flossing matters for your heart.", None),
    ("A new study found that people who nap live longer.", "evidence"),
    ("Ice baths reduce inflammation, according to a 2022 study.", "evidence"),
    # absolutes and certainty
    ("This supplement is 100% safe and guaranteed to work.", "absolute"),
])
def test_claims_are_flagged(claims: Analyzer, sentence: str, category: str | None) -> None:
    found = uncited(claims, sentence)
    assert len(found) == 1, sentence
    f = found[0]
    assert f.text == sentence and (f.start, f.end) == (0, len(sentence))
    assert f.rule_id.startswith("claims.")
    if category:
        assert f.rule_id == f"claims.{category}"
    assert f.score is not None and 0 < f.score < 1      # a calibrated probability
    assert dict(f.data)["cue"]
    assert "no source is cited" in f.message


@pytest.mark.parametrize("sentence", [
    "Why do we crave sugar at night?",                              # question
    "Is coffee actually bad for you?",
    "Does a 12-week walking programme help older adults with depressive symptoms?",   # a number, a cause,
    "Can exercise reduce depression risk by 17%?",                  # ... still only asked
    "Does walking cure anxiety?",
    "Follow for more tips like this!",                             # call to action
    "Try this tonight before bed.",                                # imperative
    "Talk to your doctor before you start any supplement.",
    "Never skip your check-ups.",
    "When I was pregnant, I felt exhausted all the time.",         # personal story
    "I started running last year and I love it.",
    "Hey guys, welcome back to my channel!",                       # greeting / sign-off
    "Thanks for watching, see you next week!",
    "In my opinion, oat milk tastes better than almond milk.",     # opinion marked as such
    "Cortisol is a stress hormone.",                               # plain definition
    "Let's talk about sleep.",
    "Here are 3 foods I eat every day.",                          # list numbering is not a statistic
    "Part 2 coming tomorrow.",
    "Link in bio for the full study.",
    "I'm not a doctor, but this worked for me.",
])
def test_non_claims_are_left_alone(claims: Analyzer, sentence: str) -> None:
    assert uncited(claims, sentence) == [], sentence


def test_did_you_know_question_is_still_a_claim(claims: Analyzer) -> None:
    assert len(uncited(claims, "Did you know that 1 in 3 adults has high blood pressure?")) == 1


@pytest.mark.parametrize("sentence", [
    "I think sugar causes cancer.",            # a doctor saying this is heard as a fact
    "I know sugar causes cancer.",
    "I promise this tea burns belly fat.",
])
def test_first_person_frame_does_not_hide_a_health_claim(claims: Analyzer, sentence: str) -> None:
    assert len(uncited(claims, sentence)) == 1


def test_authority_saying_is_evidence_not_opinion(claims: Analyzer) -> None:
    (f,) = uncited(claims, "Doctors say sugar causes cancer.")
    assert f.rule_id == "claims.evidence"


def test_hedged_claim_is_still_a_claim_but_scores_lower(claims: Analyzer) -> None:
    plain = uncited(claims, "Magnesium improves your sleep.")
    hedged = uncited(claims, "Magnesium may improve your sleep.")
    assert len(plain) == len(hedged) == 1
    assert hedged[0].score < plain[0].score


@pytest.mark.parametrize("text", [
    "Walking daily reduces heart attack risk by 30% [1].",
    "Walking daily reduces heart attack risk by 30%. [1]",
    "Walking daily reduces heart attack risk by 30%.[1]",
    "Walking daily reduces heart attack risk by 30% [@smith2021].",
    "Walking daily reduces heart attack risk by 30%. [@smith2021]",
    "Walking daily reduces heart attack risk by 30% [1, 2].",
    "Walking daily reduces heart attack risk by 30% [1-2].",
    "Walking daily reduces heart attack risk by 30% [@smith2021; @lee2020].",
])
def test_cited_claims_count_but_are_not_shown(claims: Analyzer, text: str) -> None:
    result = claims.analyze_text(text + " Try it tonight!", CTX)
    assert [f.kind for f in result.findings] == []
    assert result.metrics.claims == 1
    assert result.metrics.uncited_claims == 0


def test_marker_after_the_period_cites_only_its_own_sentence(claims: Analyzer) -> None:
    text = "Sleep is linked to memory. [2] Sugar causes diabetes."
    found = uncited(claims, text)
    assert [f.text for f in found] == ["Sugar causes diabetes."]


def test_marker_on_the_next_line_cites_the_claim_above(claims: Analyzer) -> None:
    result = claims.analyze_text("Smokers are twice as likely to get gum disease.\n[2]", CTX)
    assert result.metrics.uncited_claims == 0 and result.metrics.claims == 1


def test_uncited_claim_message_and_quick_fixes(claims: Analyzer) -> None:
    (f,) = uncited(claims, "Green tea prevents heart disease.")
    assert "“prevents”" in f.message
    assert f.suggestions[0] == "Cite a source"
    assert any(s.startswith("Soften:") and "may help prevent" in s for s in f.suggestions)
    assert dict(f.data)["cue"] == "prevents"


def test_statistic_message_joins_cause_and_number(claims: Analyzer) -> None:
    (f,) = uncited(claims, "Walking reduces heart attack risk by 30%.")
    data = dict(f.data)
    assert "30%" in data["cue"] and "reduces" in data["cue"]
    # the quick fix softens the verb even when the number is the main cue
    assert (data["replace"], data["with"]) == ("reduces", "may reduce")
    assert f.text.replace(data["replace"], data["with"]) == "Walking may reduce heart attack risk by 30%."


def test_soften_keeps_sentence_case(claims: Analyzer) -> None:
    (f,) = uncited(claims, "Studies show that cold showers strengthen your immune system.")
    data = dict(f.data)
    assert f.rule_id == "claims.evidence"
    assert data["replace"] == "Studies show" and data["with"] == "Some studies suggest"


def test_no_sources_in_project_suggests_adding_one(claims: Analyzer) -> None:
    (f,) = uncited(claims, "Sugar causes diabetes.", AnalysisContext())
    assert "Add a source" in f.suggestions[0]


def test_unresolved_marker_is_flagged_on_the_marker(claims: Analyzer) -> None:
    text = "Sugar causes diabetes [3]. Follow for more!"
    result = claims.analyze_text(text, CTX)
    (bad,) = [f for f in result.findings if f.kind == UNRESOLVED_CITATION]
    assert text[bad.start:bad.end] == "[3]" == bad.text
    assert bad.message == "[3] doesn't match any source of this project (it has 2)."
    # the claim's only marker resolves to nothing: the claim is uncited too
    assert len([f for f in result.findings if f.kind == UNCITED_CLAIM]) == 1


def test_unresolved_marker_on_a_non_claim_is_still_flagged(claims: Analyzer) -> None:
    result = claims.analyze_text("Follow for more [@nobody2020]!", CTX)
    assert [f.kind for f in result.findings] == [UNRESOLVED_CITATION]
    assert "@nobody2020" in result.findings[0].message or "[@nobody2020]" in result.findings[0].message


def test_marker_without_any_project_sources_says_to_add_sources(claims: Analyzer) -> None:
    result = claims.analyze_text("Sleep is linked to memory [1].", AnalysisContext())
    (bad,) = [f for f in result.findings if f.kind == UNRESOLVED_CITATION]
    assert "no sources yet" in bad.message
    assert result.metrics.uncited_claims == 1


def test_partially_resolving_marker_cites_the_claim_and_flags_the_rest(claims: Analyzer) -> None:
    result = claims.analyze_text("Sleep is linked to memory [1, 7].", CTX)
    assert [f.kind for f in result.findings] == [UNRESOLVED_CITATION]
    assert "7" in result.findings[0].message
    assert result.metrics.claims == 1 and result.metrics.uncited_claims == 0


def test_script_paragraph_flags_only_the_claims(claims: Analyzer) -> None:
    text = ("Hey guys! 👋 Let's talk about sleep. Adults who sleep less than 6 hours are 30% more likely "
            "to catch a cold. [2] I used to sleep five hours a night. Magnesium reduces anxiety. "
            "Follow for part 2!")
    found = uncited(claims, text)
    assert [f.text for f in found] == ["Magnesium reduces anxiety."]
    for f in claims.analyze_text(text, CTX).findings:
        assert text[f.start:f.end] == f.text


def test_spans_stay_exact_with_emoji_and_odd_unicode(claims: Analyzer) -> None:
    text = "🔥🔥 Sugar\u200b causes 👩🏽‍⚕️ diabetes — 100% of the time!!! [9] ✨\u00a0Cold showers boost immunity 💪."
    result = claims.analyze_text(text, CTX)
    assert result.findings
    for f in result.findings:
        assert text[f.start:f.end] == f.text
        assert f.text == f.text.strip()


def test_numbers_inside_markers_are_not_statistics(claims: Analyzer) -> None:
    assert uncited(claims, "Here is what the research summary says [1].") == []


def test_score_sentence_is_the_rules_scorer(nlp, rule: ClaimRule) -> None:
    doc = nlp("Coffee cuts your diabetes risk by 25%. Follow me!")
    first, second = list(doc.sents)
    score, rule_id, cue = rule.score_sentence(first)
    assert score >= rule.threshold and rule_id == "claims.statistic" and "25%" in cue
    assert rule.score_sentence(second)[0] < rule.threshold
    assert rule.score_text(doc)[0] == score


def test_script_metrics_count_claims(claims: Analyzer) -> None:
    result = claims.analyze(["Sugar causes diabetes. [1]", "Fasting boosts metabolism.\nSee you!"], CTX)
    assert result.metrics.claims == 2
    assert result.metrics.uncited_claims == 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([
    "Sugar causes diabetes", "1 in 5 adults", "[1]", "[@lee2020]", "[9]", "[@]", ".", ". ", "?", "!", " ",
    "\n", "😱", "👩🏽‍⚕️", "\u200b", "Follow for more", "by 30%", "I felt", "[1, 3]", "[1-2]", "”", "—",
]), max_size=25))
def test_any_mix_of_text_markers_and_emoji_gives_exact_spans(claims: Analyzer, parts: list[str]) -> None:
    text = "".join(parts)
    result = claims.analyze_text(text, CTX)
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start:f.end] == f.text


def test_some_experts_is_not_a_personal_story(nlp):
    """"Some" starts with "so"+"me": an appeal to authority must not be read as "me"."""
    from studio.analysis.engine import Analyzer
    from studio.analysis.profile import get_profile
    from studio.analysis.rules.claims import ClaimRule

    analyzer = Analyzer(nlp=nlp, rules=[ClaimRule(get_profile("en"))])
    result = analyzer.analyze(["Some experts say yoga works even better.", "So my knee hurt all week."])
    assert [f.segment for f in result.findings if f.kind == "uncited_claim"] == [0]


def test_a_question_is_never_an_uncited_claim(claims: Analyzer) -> None:
    text = "Is there a link between walking after meals and blood sugar in adults with type 2 diabetes?"
    assert uncited(claims, text) == []


def test_message_says_why_in_plain_words(claims: Analyzer) -> None:
    (f,) = uncited(claims, "Walking every day cuts your heart attack risk by 30%.")
    assert f.message.startswith("A number about health")
    assert dict(f.data)["why"] == "A number about health"
    (g,) = uncited(claims, "Doctors say sugar causes cancer.")
    assert g.message.startswith("It leans on research or experts")


def test_model_adds_claims_the_cue_rules_miss(claims: Analyzer, rule: ClaimRule) -> None:
    text = "Loss of the enzyme impaired mitochondrial respiration in cardiac muscle cells."
    rules_only = ClaimRule(get_profile("en"))
    rules_only.scorer.model = None      # the hand-tuned cue weights alone
    assert rules_only.scorer.score(claims.nlp(text)[:]).is_claim is False
    (f,) = uncited(claims, text)
    assert f.score is not None and f.score >= rule.threshold


def test_broken_claim_model_file_names_the_file(tmp_path) -> None:
    from studio.analysis.claimmodel import ClaimModel

    path = tmp_path / "claim_model.json"
    path.write_text('{"bias": 1}', encoding="utf-8")
    with pytest.raises(ValueError, match="claim_model.json"):
        ClaimModel.load(path)

"""Finding beats made plain on the sentence parse: clause cuts and the Analyzer's plain-word fixes."""

from __future__ import annotations

from studio.drafting import draft_script, key_findings
from studio.drafting.clauses import best_cut, cuts
from studio.drafting.listening import grade_of
from studio.drafting.plainer import plainer


def test_coordinated_clause_with_its_own_subject_becomes_its_own_sentence(nlp):
    cut = best_cut(nlp("Conversion rates were lower in patients undergoing hand assisted surgery but there was "
                       "no difference in operative time or complication rates."))
    assert cut is not None and cut.kind == "clause"
    assert cut.first == "Conversion rates were lower in patients undergoing hand assisted surgery."
    assert cut.second.startswith("But there was no difference")


def test_shared_subject_is_repeated_and_which_clause_gets_a_pronoun(nlp):
    shared = {c.kind: c for c in cuts(nlp("Daily walking lowered blood pressure in older adults and improved "
                                          "sleep quality over twelve weeks."))}
    assert "shared subject" in shared
    assert shared["shared subject"].second == "Daily walking improved sleep quality over twelve weeks."
    which = {c.kind: c for c in cuts(nlp("Older adults in the programme had fewer falls, which was a larger "
                                         "change than in usual care."))}
    assert which["which"].second == "This was a larger change than in usual care."


def test_sample_in_brackets_is_said_after_the_result(nlp):
    cut = best_cut(nlp("Serum lactate levels were lower in patients treated with buffered solutions "
                       "(4 studies, 171 participants)."))
    assert cut is not None
    assert cut.pieces == ["Serum lactate levels were lower in patients treated with buffered solutions.",
                          "This is from 4 studies, 171 participants."]


def test_short_or_uncuttable_sentence_is_left_alone(nlp):
    assert best_cut(nlp("Walking helped.")) is None
    assert cuts(nlp("People who walked every day slept longer than people who did not walk at all.")) == []


def test_plainer_cuts_until_easier_and_refuses_what_the_check_rejects(analyzer):
    long = ("One study with a small sample size showed positive effects that were not large, and two studies "
            "with larger sample sizes reported no effects of the family-based intervention on alcohol misuse.")
    out = plainer([long], analyzer, 8.0, lambda s: True)
    assert len(out) >= 2 and max(grade_of(s).grade for s in out) < grade_of(long).grade
    assert plainer([long], analyzer, 8.0, lambda s: False) == [long]


def test_draft_with_analyzer_keeps_figures_and_citations(analyzer):
    text = ("RESULTS: Fasting glucose was lower in people who walked after meals (3 trials, 240 participants), "
            "and blood sugar after meals fell by 12% compared with usual care. "
            "CONCLUSIONS: A short walk after meals may help adults with type 2 diabetes.")

    class Src:
        key, title, summary, journal, year = "okafor2022", "Walking after meals", text, "", 2022

    findings = key_findings(text, analyzer.nlp, source_key="okafor2022")
    draft = draft_script(None, Src(), findings, 60, analyzer=analyzer)
    spoken = " ".join(s.spoken for s in draft.segments if s.role == "finding")
    assert "12%" in spoken or "12 in 100" in spoken
    assert all(c.key == "okafor2022" for s in draft.segments for c in s.citations)
    beats = [c.claim for s in draft.segments if s.role == "finding" for c in s.citations]
    assert all(len(b.split()) < 25 for b in beats)


def test_opener_goes_after_the_result_and_although_becomes_but(nlp):
    opener = {c.kind: c for c in cuts(nlp("At the end of twelve weeks of training, blood pressure was lower in "
                                          "people who walked."))}
    assert opener["opener"].pieces == ["Blood pressure was lower in people who walked.",
                                       "That was at the end of twelve weeks of training."]
    although = {c.kind: c for c in cuts(nlp("Although some programmes lowered the number of falls, the results "
                                            "were not the same across the trials."))}
    assert although["contrast"].second == "But the results were not the same across the trials."

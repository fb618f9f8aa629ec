"""Key findings: result and conclusion sentences ranked above methods and background."""

from __future__ import annotations

from studio.drafting import key_findings

STRUCTURED = (
    "BACKGROUND: Insomnia is a common problem in older adults. "
    "METHODS: We searched MEDLINE and Embase and included 12 randomised trials (1,204 participants). "
    "RESULTS: Cognitive behavioural therapy reduced the time to fall asleep by 19 minutes compared with usual "
    "care. Sleep efficiency improved from 71% to 80% in the therapy group versus 72% to 74% with usual care. "
    "CONCLUSIONS: These findings suggest that cognitive behavioural therapy may help older adults sleep better."
)


def test_results_and_conclusions_rank_above_methods_and_background():
    findings = key_findings(STRUCTURED)
    top = [f.sentence for f in findings[:3]]
    assert any(s.startswith("Sleep efficiency improved from 71% to 80%") for s in top)
    assert any(s.startswith("Cognitive behavioural therapy reduced the time") for s in top)
    method = next((f for f in findings if f.sentence.startswith("We searched")), None)
    assert method is None or method.score < findings[2].score
    assert all(not f.sentence.startswith("Insomnia is a common") or not f.ticked for f in findings)


def test_offsets_point_into_the_source_and_labels_are_stripped():
    for f in key_findings(STRUCTURED):
        assert STRUCTURED[f.start:f.end] == f.sentence
        assert not f.sentence.startswith(("RESULTS", "CONCLUSIONS", "METHODS"))
    labels = {f.label for f in key_findings(STRUCTURED)}
    assert "RESULTS" in labels


def test_reasons_explain_the_score():
    best = next(f for f in key_findings(STRUCTURED) if "71% to 80%" in f.sentence)
    text = "; ".join(best.reasons)
    assert "figures: 71%, 80%" in text
    assert "compares figures between groups" in text


def test_default_ticks_are_the_top_findings_and_at_least_one():
    findings = key_findings(STRUCTURED)
    ticked = [f for f in findings if f.ticked]
    assert 1 <= len(ticked) <= 3
    assert ticked == findings[: len(ticked)]
    assert key_findings("Sleep matters a lot for everyone who has ever tried to study late.")[0].ticked


def test_with_spacy_fragments_without_verbs_are_dropped(nlp):
    text = "Table 2: anxiety scores, 71% versus 80%, usual care versus therapy. Therapy reduced anxiety by 30% in adults."
    sentences = [f.sentence for f in key_findings(text, nlp)]
    assert sentences == ["Therapy reduced anxiety by 30% in adults."]


def test_empty_or_odd_input_gives_no_findings():
    assert key_findings("") == []
    assert key_findings("😴😴😴 💤") == []

"""Drafting a script from ticked findings: structure, citations, duration, honesty."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from studio.analysis.model import AnalysisContext, SegmentInput, SourceRef
from studio.drafting import DraftError, draft_script, key_findings, retick

CONSISTENCY = {"number_mismatch", "certainty_inflated", "relative_risk_only", "population_dropped"}

SLEEP = ("RESULTS: Cognitive behavioural therapy reduced the time to fall asleep by 19 minutes compared with "
         "usual care (12 trials, 1,204 participants). Sleep efficiency improved from 71% to 80% with therapy "
         "versus 72% to 74% with usual care (95% CI 3 to 9). Daytime fatigue was associated with poor sleep in "
         "some participants. CONCLUSIONS: These findings suggest that therapy may help older adults sleep better.")
MICE = ("We studied 40 mice fed a high-fat diet. Resveratrol reduced weight gain by 20% compared with controls. "
        "Liver fat was 35% lower in treated mice.")


@dataclass
class Src:
    key: str
    title: str
    summary: str
    journal: str = ""
    year: int | None = None


@dataclass
class Proj:
    target_seconds: int = 60
    words_per_minute: int = 150
    language: str = "en"


def test_draft_has_the_five_parts_and_cites_every_finding_beat():
    draft = draft_script(Proj(), Src("chen2021", "Cognitive behavioural therapy for insomnia in older adults",
                                     SLEEP, "Sleep Medicine", 2021))
    roles = [s.role for s in draft.segments]
    assert roles[0] == "hook" and roles[1] == "context" and roles[-2:] == ["meaning", "cta"]
    assert "finding" in roles
    # The hook asks what the top finding answers; it is never the title.
    assert draft.segments[0].spoken == "Can cognitive behavioural therapy reduce the time to fall asleep?"
    for seg in draft.segments:
        if seg.role == "finding":
            assert seg.citations
            assert seg.spoken.count("[@chen2021].") == len(seg.citations)
            for c in seg.citations:
                assert c.key == "chen2021" and c.passage in SLEEP
    assert "Talk to your doctor" in draft.segments[-1].spoken          # a health topic


def test_finding_beats_keep_figures_and_hedges_and_drop_statistics():
    findings = key_findings(SLEEP, source_key="chen2021")
    pick = [f for f in findings if "71% to 80%" in f.sentence or "may help" in f.sentence]
    draft = draft_script(Proj(), Src("chen2021", "", SLEEP), retick(findings, [f.start for f in pick]),
                         seconds=90)
    text = draft.to_markdown()
    assert "71% to 80%" in text and "72% to 74%" in text
    assert "95% CI" not in text
    assert "may help older adults sleep better [@chen2021]." in text


def test_untouched_draft_raises_no_consistency_finding(analyzer):
    for src in (Src("chen2021", "", SLEEP), Src("lee2020", "Resveratrol and weight gain in mice", MICE)):
        draft = draft_script(Proj(), src)
        ctx = AnalysisContext(sources=(SourceRef(src.key, 1, src.title, src.summary),))
        result = analyzer.analyze([SegmentInput(s.spoken, s.name) for s in draft.segments], ctx)
        assert [f for f in result.findings if f.kind in CONSISTENCY] == []
        assert result.metrics.uncited_claims == 0


def test_animal_research_is_named_in_the_context_and_caveated():
    draft = draft_script(Proj(), Src("lee2020", "", MICE))
    context = next(s for s in draft.segments if s.role == "context").spoken
    assert "this research was done in mice, not in people" in context
    meaning = next(s for s in draft.segments if s.role == "meaning").spoken
    assert "results in animals or cells often don't carry over to people" in meaning


@pytest.mark.parametrize("seconds", [15, 30, 60, 90])
def test_draft_fits_the_target_dropping_weakest_findings_first(seconds):
    findings = retick(key_findings(SLEEP), [f.start for f in key_findings(SLEEP)])   # tick everything
    draft = draft_script(Proj(), Src("chen2021", "", SLEEP), findings, seconds=seconds)
    if seconds >= 30:
        assert draft.metrics.fits
    kept = {s.score for s in draft.segments if s.role == "finding"}
    ticked_scores = sorted((f.score for f in findings if f.ticked), reverse=True)
    assert draft.metrics.findings_used >= 1
    assert min(kept) >= ticked_scores[len(kept) - 1] - 1e-9      # the strongest ones survive
    if draft.metrics.findings_dropped:
        assert any("left out to fit" in n for n in draft.notes)


def test_slower_pace_means_fewer_words():
    fast = draft_script(Proj(words_per_minute=190), Src("chen2021", "", SLEEP), seconds=30)
    slow = draft_script(Proj(words_per_minute=110), Src("chen2021", "", SLEEP), seconds=30)
    assert slow.metrics.spoken_words <= fast.metrics.spoken_words


def test_draft_is_deterministic():
    a = draft_script(Proj(), Src("chen2021", "T", SLEEP)).to_json()
    b = draft_script(Proj(), Src("chen2021", "T", SLEEP)).to_json()
    assert a == b


def test_markdown_and_json_shapes():
    draft = draft_script(Proj(), Src("chen2021", "", SLEEP))
    md = draft.to_markdown()
    assert md.startswith("# Hook\n") and "\n# Context\n" in md and "\n# Call to action\n" in md
    doc = draft.to_json()
    assert set(doc) == {"title", "sources", "segments", "metrics", "notes"}
    assert doc["metrics"]["target_seconds"] == 60.0
    assert doc["segments"][2]["citations"][0]["key"] == "chen2021"


def test_no_ticked_finding_or_empty_summary_is_a_clear_error():
    findings = [f.with_ticked(False) for f in key_findings(SLEEP)]
    with pytest.raises(DraftError, match="Tick at least one"):
        draft_script(Proj(), Src("chen2021", "", SLEEP), findings)
    with pytest.raises(DraftError, match="no summary"):
        draft_script(Proj(), Src("empty", "", "   "))

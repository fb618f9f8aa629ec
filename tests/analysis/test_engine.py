"""The engine's contract: chunking, offsets, caching, dismissals, budgets — with small fake rules so
these tests don't depend on any detector's tuning."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from studio.analysis.engine import CITED_CLAIM, Analyzer, split_chunks
from studio.analysis.model import (
    ACRONYM,
    JARGON,
    UNCITED_CLAIM,
    AnalysisContext,
    Finding,
    SegmentInput,
)
from studio.analysis.rules.base import ChunkRule


class WordRule(ChunkRule):
    """Flags every occurrence of a word as jargon (regex on the chunk text)."""

    name = "word"
    kinds = (JARGON,)

    def __init__(self, word: str) -> None:
        self.pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        self.calls = 0

    def find(self, doc, ctx: AnalysisContext) -> list[Finding]:
        self.calls += 1
        return [Finding(JARGON, m.start(), m.end(), m.group(), "jargon")
                for m in self.pattern.finditer(doc.text)
                if m.group().casefold() not in ctx.allow_list]


class FirstOnlyRule(ChunkRule):
    """Flags 'ABC' everywhere; finalize keeps only the first in script order (script-level logic)."""

    name = "first"
    kinds = (ACRONYM,)

    def find(self, doc, ctx):
        return [Finding(ACRONYM, m.start(), m.end(), "ABC", "acronym") for m in re.finditer("ABC", doc.text)]

    def finalize(self, mine: Sequence[Finding], all_findings, segments, ctx):
        ordered = sorted(mine, key=lambda f: (f.segment, f.start))
        return ordered[:1]


class ClaimishRule(ChunkRule):
    """Sentences with a % are claims; cited when they contain [1]."""

    name = "claimish"
    kinds = (UNCITED_CLAIM, CITED_CLAIM)

    def find(self, doc, ctx):
        out = []
        for sent in doc.sents:
            if "%" in sent.text:
                kind = CITED_CLAIM if "[1]" in sent.text else UNCITED_CLAIM
                out.append(Finding(kind, sent.start_char, sent.end_char, sent.text, "claim"))
        return out


@pytest.fixture
def word_rule() -> WordRule:
    return WordRule("cortisol")


@pytest.fixture
def engine(nlp, word_rule) -> Analyzer:
    return Analyzer(nlp=nlp, rules=[word_rule, FirstOnlyRule(), ClaimishRule()])


def test_split_chunks_keeps_offsets_and_cuts_long_paragraphs():
    long = " ".join(f"Sentence number {i} is here." for i in range(60))
    text = "Short line.\n\n" + long + "\nLast."
    chunks = split_chunks(text, limit=200)
    assert all(text[o:o + len(c)] == c for o, c in chunks)
    assert len(chunks) > 3
    assert all(len(c) <= 230 for _, c in chunks)
    assert chunks[0] == (0, "Short line.")


def test_split_chunks_cuts_a_line_without_sentence_ends():
    text = "😀 " * 3000 + "word" * 500
    chunks = split_chunks(text, limit=400)
    assert all(text[o:o + len(c)] == c for o, c in chunks)
    assert max(len(c) for _, c in chunks) <= 800
    assert "".join(c for _, c in chunks).replace(" ", "") == text.replace(" ", "")


def test_split_chunks_keeps_a_trailing_citation_with_its_sentence():
    text = ("Walking cuts the risk by 30%. [1] " * 20).strip()
    for _, chunk in split_chunks(text, limit=100):
        assert not chunk.startswith("[")


def test_findings_are_in_segment_coordinates(engine):
    segments = [SegmentInput("Hello there.", "Hook"),
                SegmentInput("First line.\nStress raises cortisol 😀 levels.", "Context")]
    result = engine.analyze(segments)
    jargon = [f for f in result.findings if f.kind == JARGON]
    assert len(jargon) == 1
    f = jargon[0]
    assert f.segment == 1
    assert segments[1].text[f.start:f.end] == "cortisol"
    assert result.segments[1].name == "Context"


def test_edit_reparses_only_the_changed_paragraph(engine, word_rule):
    paragraphs = [f"Paragraph {i} talks about cortisol and sleep." for i in range(8)]
    engine.analyze(["\n".join(paragraphs)])
    parsed, calls = engine.parsed_chunks, word_rule.calls
    paragraphs[3] = "Paragraph 3 now talks about cortisol and stress."
    result = engine.analyze(["\n".join(paragraphs)])
    assert engine.parsed_chunks - parsed == 1
    assert word_rule.calls - calls == 1
    assert sum(1 for f in result.findings if f.kind == JARGON) == 8


def test_context_change_reruns_rules_without_reparsing(engine):
    text = "Cortisol is a hormone. We measured cortisol."
    before = engine.analyze([text])
    assert [f.text for f in before.findings if f.kind == JARGON] == ["Cortisol", "cortisol"]
    parsed = engine.parsed_chunks
    result = engine.analyze([text], AnalysisContext(allow_list=frozenset({"cortisol"})))
    assert engine.parsed_chunks == parsed
    assert [f.text for f in result.findings if f.kind == JARGON] == []


def test_finalize_sees_the_whole_script(engine):
    result = engine.analyze(["ABC here.", "ABC again and ABC."])
    acronyms = [f for f in result.findings if f.kind == ACRONYM]
    assert [(f.segment, f.start) for f in acronyms] == [(0, 0)]


def test_internal_kinds_are_counted_not_shown(engine):
    result = engine.analyze(["Walking cuts risk by 30% [1]. Sleep cuts it by 20%."])
    assert all(not f.kind.startswith("_") for f in result.findings)
    assert result.metrics.claims == 2
    assert result.metrics.uncited_claims == 1


def test_dismissed_findings_are_marked_and_not_counted(engine):
    text = "Sleep cuts it by 20%."
    first = engine.analyze([text])
    claim = next(f for f in first.findings if f.kind == UNCITED_CLAIM)
    result = engine.analyze([text], AnalysisContext(dismissed=frozenset({claim.fingerprint})))
    again = next(f for f in result.findings if f.kind == UNCITED_CLAIM)
    assert again.dismissed
    assert result.metrics.uncited_claims == 0
    assert result.metrics.claims == 1


def test_disabled_kinds_are_dropped(engine):
    result = engine.analyze(["cortisol"], AnalysisContext(disabled_kinds=frozenset({JARGON})))
    assert not [f for f in result.findings if f.kind == JARGON]


def test_huge_text_is_cut_with_a_note(engine):
    text = "Cortisol rises. " * 10_000
    result = engine.analyze([text])
    assert result.notes and "first 100,000 characters" in result.notes[0]
    assert all(f.end <= len(text) for f in result.findings)


def test_empty_script(engine):
    result = engine.analyze([])
    assert result.findings == [] and result.metrics.words == 0
    result = engine.analyze(["", "   \n\n"])
    assert result.metrics.words == 0 and result.metrics.speaking_seconds == 0

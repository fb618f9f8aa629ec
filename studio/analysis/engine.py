"""The analysis entry point: script segments + project context → findings and metrics.

Text is cut into chunks (paragraphs, and long paragraphs into groups of sentences). Each chunk is parsed
once and its rule output is cached per (chunk text, context fingerprint), so after a one-word edit only the
edited chunk is parsed again. Script-wide logic runs in each rule's cheap ``finalize`` step.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Generic, TypeVar

from studio.analysis import langread, langspeak, readability, speaking
from studio.analysis.model import (
    CITED_CLAIM,
    HARD_SENTENCE,
    JARGON,
    PASSIVE_VOICE,
    UNCITED_CLAIM,
    VERY_HARD_SENTENCE,
    AnalysisContext,
    AnalysisResult,
    Finding,
    Metrics,
    SegmentInput,
    SegmentResult,
    SentenceStats,
)
from studio.analysis.profile import FLESCH_KINCAID, LanguageProfile, get_profile
from studio.analysis.rewrite import attach_fixes, attach_plain_fixes
from studio.analysis.rules.base import Rule

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: A script longer than this is analysed up to here; the rest is reported as not analysed.
MAX_ANALYSED_CHARS = 100_000
#: Paragraphs longer than this are cut at sentence ends so an edit re-parses only a few sentences.
CHUNK_CHARS = 240

# A sentence end (with closing quotes and an optional trailing citation marker "… 30%. [1]"), then space.
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*(?:\s*\[[^\[\]\n]{1,60}\])?\s+(?=[\"“(]?[A-Z0-9])")

K = TypeVar("K")
V = TypeVar("V")


class LRU(Generic[K, V]):
    """A small least-recently-used cache."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        """The cached value, refreshed as most recent, or None."""
        value = self._data.get(key)
        if value is not None:
            self._data.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        """Store ``value``, evicting the oldest entry when full."""
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.size:
            self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)


def split_chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, chunk) pieces: one per line, long lines at sentence ends.

    Blank pieces are skipped; ``text[offset:offset+len(chunk)] == chunk`` always holds.
    """
    chunks: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            if len(line) <= limit:
                chunks.append((pos, line))
            else:
                for o, c in _split_long(line, limit):
                    chunks.extend((pos + o + h, piece) for h, piece in _hard_cut(c, 2 * limit))
        pos += len(line) + 1
    return chunks


def _split_long(line: str, limit: int) -> Iterable[tuple[int, str]]:
    start = 0
    last_cut = 0
    for m in _SENTENCE_END.finditer(line):
        if m.end() - start > limit and last_cut > start:
            yield start, line[start:last_cut]
            start = last_cut
        last_cut = m.end()
    if len(line) - start > limit and last_cut > start:
        yield start, line[start:last_cut]
        start = last_cut
    if line[start:].strip():
        yield start, line[start:]


def _hard_cut(text: str, limit: int) -> Iterable[tuple[int, str]]:
    """Cut a piece with no sentence ends (a wall of emoji, a pasted table) at spaces, or anywhere,
    so no chunk exceeds ``limit`` characters: parse time grows much faster than length on such text."""
    start = 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut + 1 if cut > start else start + limit
        if 0 < cut < len(text) and "\udc00" <= text[cut] <= "\udfff":
            cut -= 1  # never split a surrogate pair (lone surrogates can come from broken pastes)
        if text[start:cut].strip():
            yield start, text[start:cut]
        start = cut
    if text[start:].strip():
        yield start, text[start:]


@dataclass(frozen=True)
class _ChunkResult:
    findings: tuple[Finding, ...]
    sentences: tuple[SentenceStats, ...]


class Analyzer:
    """Owns the spaCy pipeline, the rules and the caches. Use from one thread at a time."""

    def __init__(self, profile: LanguageProfile | None = None, nlp: Language | None = None,
                 rules: Sequence[Rule] | None = None, cache_size: int = 4096) -> None:
        self.profile = profile or get_profile("en")
        if nlp is None:
            from studio.analysis.nlp import load_pipeline

            nlp = load_pipeline(self.profile)
        self.nlp = nlp
        if rules is None:
            from studio.analysis.rules import default_rules

            rules = default_rules(self.profile)
        self.rules: list[Rule] = list(rules)
        self._docs: LRU[str, Doc] = LRU(cache_size)
        self._results: LRU[tuple[str, str], _ChunkResult] = LRU(cache_size)
        self._spoken: LRU[str, int] = LRU(256)
        self._rarity = langread.RarityLookup(self.profile.wordfreq_lang)
        self.parsed_chunks = 0   # how many chunks were parsed (not served from cache): for tests/benchmarks

    # -- public -------------------------------------------------------------------------------------
    def clear_cache(self) -> None:
        """Forget every parsed chunk and cached result (the next analysis starts from scratch)."""
        self._docs = LRU(self._docs.size)
        self._results = LRU(self._results.size)
        self._spoken = LRU(self._spoken.size)

    def replace_rule(self, rule: Rule) -> None:
        """Use ``rule`` instead of the current rule of the same name (or add it), keeping parsed text but
        dropping cached findings. The benchmarks swap in a claim model fitted without the texts they score."""
        self.rules = [rule if r.name == rule.name else r for r in self.rules]
        if all(r is not rule for r in self.rules):
            self.rules.append(rule)
        self._results = LRU(self._results.size)

    def analyze(self, segments: Sequence[SegmentInput | str], ctx: AnalysisContext | None = None,
                revision: int = 0) -> AnalysisResult:
        """Analyse a script (ordered segments) in the given project context."""
        ctx = ctx or AnalysisContext()
        inputs = [s if isinstance(s, SegmentInput) else SegmentInput(text=s) for s in segments]
        texts, notes = _budget([s.text for s in inputs], MAX_ANALYSED_CHARS)
        self._prefetch(texts)

        per_segment: list[tuple[list[Finding], list[SentenceStats]]] = []
        for index, text in enumerate(texts):
            findings: list[Finding] = []
            stats: list[SentenceStats] = []
            for offset, chunk in split_chunks(text):
                result = self._chunk(chunk, ctx)
                findings.extend(f.shifted(offset, index) for f in result.findings)
                stats.extend(replace(s, start=s.start + offset, end=s.end + offset) for s in result.sentences)
            per_segment.append((findings, stats))

        all_findings = [f for fs, _ in per_segment for f in fs]
        final: list[Finding] = []
        for rule in self.rules:
            mine = [f for f in all_findings if f.kind in rule.kinds]
            final.extend(rule.finalize(mine, all_findings, texts, ctx))
        owned = {k for rule in self.rules for k in rule.kinds}
        final.extend(f for f in all_findings if f.kind not in owned)

        segment_results = []
        for index, (inp, text) in enumerate(zip(inputs, texts, strict=True)):
            mine = sorted((f for f in final if f.segment == index), key=lambda f: (f.start, f.end, f.kind))
            mine = [_mark_dismissed(f, ctx) for f in mine if f.kind not in ctx.disabled_kinds]
            stats = _with_jargon(per_segment[index][1], mine)
            metrics = self._metrics(text, stats, mine, ctx)
            visible = tuple(f for f in mine if not f.kind.startswith("_"))
            segment_results.append(SegmentResult(index, inp.name, inp.text, visible, metrics, tuple(stats)))

        script_metrics = self._script_metrics(segment_results, ctx)
        return AnalysisResult(tuple(segment_results), script_metrics, revision, tuple(notes),
                              language=self.profile.code, unavailable=self.profile.unavailable)

    def analyze_text(self, text: str, ctx: AnalysisContext | None = None) -> AnalysisResult:
        """Analyse a plain text as a one-segment script."""
        return self.analyze([SegmentInput(text=text)], ctx)

    # -- chunks -------------------------------------------------------------------------------------
    def _prefetch(self, texts: Sequence[str]) -> None:
        missing: list[str] = []
        seen: set[str] = set()
        for text in texts:
            for _, chunk in split_chunks(text):
                if chunk not in seen and self._docs.get(chunk) is None:
                    missing.append(chunk)
                    seen.add(chunk)
        for chunk, doc in zip(missing, self.nlp.pipe(missing, batch_size=64), strict=True):
            self._docs.put(chunk, doc)
            self.parsed_chunks += 1

    def _doc(self, chunk: str) -> Doc:
        doc = self._docs.get(chunk)
        if doc is None:
            doc = self.nlp(chunk)
            self._docs.put(chunk, doc)
            self.parsed_chunks += 1
        return doc

    def _chunk(self, chunk: str, ctx: AnalysisContext) -> _ChunkResult:
        key = (chunk, ctx.fingerprint)
        cached = self._results.get(key)
        if cached is not None:
            return cached
        doc = self._doc(chunk)
        findings: list[Finding] = []
        for rule in self.rules:
            findings.extend(rule.find(doc, ctx))
        n = len(chunk)
        findings = [f for f in findings if 0 <= f.start <= f.end <= n]
        if self.profile.code == "en":      # the rewrite planner reads an English parse
            findings = attach_fixes(doc, findings)
        else:                              # other languages: suggestions word for word, with a preview
            findings = attach_plain_fixes(chunk, findings, self.profile.code)
        result = _ChunkResult(tuple(findings), tuple(self._sentence_stats(doc)))
        self._results.put(key, result)
        return result

    # -- metrics ------------------------------------------------------------------------------------
    def _sentence_stats(self, doc: Doc) -> list[SentenceStats]:
        if self.profile.readability == FLESCH_KINCAID:
            return readability.sentence_stats(doc, self.profile)
        return langread.sentence_stats(doc, self.profile, self._rarity)

    def _readability(self, stats: Sequence[SentenceStats]) -> dict[str, object]:
        """Grade and ease (English formulas; 0 and 100 for other languages) and the language's own measure."""
        measure = self.profile.readability
        has_text = any(s.words for s in stats)
        if measure == FLESCH_KINCAID:
            grade, ease = readability.aggregate(stats, self.profile)
            value = ease
        else:
            grade, ease = 0.0, 100.0
            value = langread.aggregate(stats, self.profile)
        return {"grade": round(grade, 2), "reading_ease": round(ease, 2), "readability_measure": measure,
                "readability_score": round(value, 2),
                "readability_level": langread.level(value, measure, has_text)}

    def _pace(self, ctx: AnalysisContext) -> float:
        return langspeak.pace(self.profile, ctx.words_per_minute)

    def _health_grade(self, grade: float, ratio: float) -> float:
        """The jargon-adjusted grade (English only: the other measures have no grade scale)."""
        if self.profile.readability != FLESCH_KINCAID:
            return 0.0
        return round(readability.health_grade(grade, ratio), 2)

    def _spoken_units(self, text: str) -> int:
        tokenize = self.nlp.tokenizer if self.profile.speaking_unit == "morae" else None
        return langspeak.spoken_count(text, self.profile, tokenize)

    def _metrics(self, text: str, stats: Sequence[SentenceStats], findings: Sequence[Finding],
                 ctx: AnalysisContext) -> Metrics:
        live = [f for f in findings if not f.dismissed]
        words = sum(s.words for s in stats)
        read = self._readability(stats)
        grade = float(read["grade"])  # type: ignore[arg-type]
        jargon = sum(1 for f in live if f.kind == JARGON)
        ratio = jargon / words if words else 0.0
        spoken = self._spoken.get(text)
        if spoken is None:
            spoken = self._spoken_units(text)
            self._spoken.put(text, spoken)
        uncited = sum(1 for f in live if f.kind == UNCITED_CLAIM)
        return Metrics(
            words=words, sentences=len(stats), syllables=sum(s.syllables for s in stats),
            **read,  # type: ignore[arg-type]
            health_grade=self._health_grade(grade, ratio),
            jargon_terms=jargon, jargon_ratio=round(ratio, 4),
            hard_sentences=sum(1 for f in live if f.kind == HARD_SENTENCE),
            very_hard_sentences=sum(1 for f in live if f.kind == VERY_HARD_SENTENCE),
            passive_sentences=_sentences_with(stats, [f for f in live if f.kind == PASSIVE_VOICE]),
            claims=uncited + sum(1 for f in findings if f.kind == CITED_CLAIM) + sum(
                1 for f in findings if f.kind == UNCITED_CLAIM and f.dismissed),
            uncited_claims=uncited, spoken_words=spoken,
            speaking_seconds=round(speaking.seconds(spoken, self._pace(ctx)), 2),
            target_seconds=ctx.target_seconds,
        )

    def _script_metrics(self, segments: Sequence[SegmentResult], ctx: AnalysisContext) -> Metrics:
        stats = [s for seg in segments for s in seg.sentences]
        ms = [seg.metrics for seg in segments]
        words = sum(m.words for m in ms)
        read = self._readability(stats)
        grade = float(read["grade"])  # type: ignore[arg-type]
        jargon = sum(m.jargon_terms for m in ms)
        ratio = jargon / words if words else 0.0
        spoken_segments = sum(1 for m in ms if m.spoken_words)
        pauses = ctx.segment_pause_seconds * max(0, spoken_segments - 1)
        return Metrics(
            words=words, sentences=sum(m.sentences for m in ms), syllables=sum(m.syllables for m in ms),
            **read,  # type: ignore[arg-type]
            health_grade=self._health_grade(grade, ratio),
            jargon_terms=jargon, jargon_ratio=round(ratio, 4),
            hard_sentences=sum(m.hard_sentences for m in ms),
            very_hard_sentences=sum(m.very_hard_sentences for m in ms),
            passive_sentences=sum(m.passive_sentences for m in ms),
            claims=sum(m.claims for m in ms), uncited_claims=sum(m.uncited_claims for m in ms),
            spoken_words=sum(m.spoken_words for m in ms),
            speaking_seconds=round(sum(m.speaking_seconds for m in ms) + pauses, 2),
            target_seconds=ctx.target_seconds,
        )


def _budget(texts: Sequence[str], limit: int) -> tuple[list[str], list[str]]:
    out: list[str] = []
    left = limit
    cut = False
    for text in texts:
        if len(text) > left:
            out.append(text[: max(left, 0)])
            cut = True
            left = 0
        else:
            out.append(text)
            left -= len(text)
    notes = [f"Only the first {limit:,} characters were analysed; the rest of the text is kept but not checked."] if cut else []
    return out, notes


def _mark_dismissed(f: Finding, ctx: AnalysisContext) -> Finding:
    if ctx.dismissed and f.fingerprint in ctx.dismissed:
        return replace(f, dismissed=True)
    return f


def _sentences_with(stats: Sequence[SentenceStats], findings: Sequence[Finding]) -> int:
    """How many sentences contain at least one of ``findings`` (by start offset)."""
    return sum(1 for s in stats if any(s.start <= f.start < s.end for f in findings))


def _with_jargon(stats: Sequence[SentenceStats], findings: Sequence[Finding]) -> list[SentenceStats]:
    jargon = [f.start for f in findings if f.kind == JARGON and not f.dismissed]
    if not jargon:
        return list(stats)
    return [replace(s, jargon_terms=sum(1 for p in jargon if s.start <= p < s.end)) for s in stats]

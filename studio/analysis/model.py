"""Plain data going in and out of the analysis core. No spaCy, no Qt: safe to pickle and to send across threads.

Offsets (``start``/``end``) are Python string indices (code points) into the *segment* text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields

# Stable finding kinds (snake_case; they appear in JSON output and in the store's dismissals).
JARGON = "jargon"
ACRONYM = "acronym"
HARD_SENTENCE = "hard_sentence"
VERY_HARD_SENTENCE = "very_hard_sentence"
PASSIVE_VOICE = "passive_voice"
LONG_WORD = "long_word"
UNCITED_CLAIM = "uncited_claim"
#: Internal kind of a claim that has its source: counted in the metrics, never shown as a finding.
CITED_CLAIM = "_claim"
UNRESOLVED_CITATION = "unresolved_citation"
NUMBER_MISMATCH = "number_mismatch"
CERTAINTY_INFLATED = "certainty_inflated"
RELATIVE_RISK_ONLY = "relative_risk_only"
POPULATION_DROPPED = "population_dropped"
GRAMMAR = "grammar"
SPELLING = "spelling"
STYLE = "style"

ALL_KINDS: tuple[str, ...] = (
    JARGON, ACRONYM, HARD_SENTENCE, VERY_HARD_SENTENCE, PASSIVE_VOICE, LONG_WORD,
    UNCITED_CLAIM, UNRESOLVED_CITATION, NUMBER_MISMATCH, CERTAINTY_INFLATED,
    RELATIVE_RISK_ONLY, POPULATION_DROPPED, GRAMMAR, SPELLING, STYLE,
)

_WS = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Lower-case, whitespace-folded text: the identity used to match dismissals and allow-list terms."""
    return _WS.sub(" ", text).strip().casefold()


@dataclass(frozen=True)
class Rewrite:
    """One quick fix as a text edit that fits its sentence, with the whole sentence it produces.

    ``start``/``end`` are the characters the edit replaces (with ``replacement``); ``sentence_start`` and
    ``sentence_end`` bound the sentence it changes in the original text, and ``result`` is that sentence
    after the edit: the preview the menu, the findings panel and ``studio check`` show.
    """

    action: str              # "replace" | "soften" | "active"
    label: str               # menu text, e.g. 'Replace with “how well exercise works”'
    start: int
    end: int
    replacement: str
    sentence_start: int
    sentence_end: int
    result: str
    suggestion: str = ""     # the finding's suggestion this edit carries out ("" for soften/active)
    old: str = ""            # the characters start..end held when the edit was planned

    def shifted(self, offset: int) -> Rewrite:
        """The same edit moved by ``offset`` characters."""
        return Rewrite(self.action, self.label, self.start + offset, self.end + offset, self.replacement,
                       self.sentence_start + offset, self.sentence_end + offset, self.result, self.suggestion,
                       self.old)

    def to_json(self) -> dict[str, object]:
        """One entry of a finding's ``suggestions`` in ``studio check --format json``."""
        return {"text": self.suggestion or self.replacement, "action": self.action, "label": self.label,
                "start": self.start, "end": self.end, "replacement": self.replacement, "result": self.result}


@dataclass(frozen=True)
class Finding:
    """One thing worth the creator's attention, anchored to a span of one segment's text.

    Kinds whose name starts with ``_`` are internal notes between a paragraph rule and its script-level
    ``finalize`` step (for example an acronym's definition); the engine never returns them.
    """

    kind: str
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    score: float | None = None
    rule_id: str = ""
    segment: int = 0
    dismissed: bool = False
    # Extra facts for a quick fix or a tooltip (e.g. {"term": "myocardial infarction"}); JSON-safe values only.
    data: tuple[tuple[str, str], ...] = ()
    # Quick fixes that fit the sentence (see :mod:`studio.analysis.rewrite`), best first.
    fixes: tuple[Rewrite, ...] = ()

    @property
    def fingerprint(self) -> str:
        """What a dismissal remembers: the kind plus the normalised text (stable across edits elsewhere)."""
        return f"{self.kind}:{normalize_text(self.text)}"

    def shifted(self, offset: int, segment: int | None = None) -> Finding:
        """The same finding moved by ``offset`` characters (paragraph → segment coordinates)."""
        return _replace(self, start=self.start + offset, end=self.end + offset,
                        segment=self.segment if segment is None else segment,
                        fixes=tuple(r.shifted(offset) for r in self.fixes))

    def to_json(self) -> dict[str, object]:
        """The ``studio check --format json`` shape of a finding."""
        return {
            "kind": self.kind, "start": self.start, "end": self.end, "text": self.text,
            "message": self.message, "suggestions": self.suggestions_json(), "score": self.score,
            "rule_id": self.rule_id, "segment": self.segment, "dismissed": self.dismissed,
            **({"data": dict(self.data)} if self.data else {}),
        }


    def suggestions_json(self) -> list[dict[str, object]]:
        """Suggestions as JSON objects: a fix carries the edit and the whole resulting sentence
        (``result``); advice, or an alternative that does not fit the sentence, has ``result: null``."""
        by_suggestion = {r.suggestion: r for r in self.fixes if r.suggestion}
        out: list[dict[str, object]] = []
        for s in self.suggestions:
            fix = by_suggestion.pop(s, None)
            out.append(fix.to_json() if fix is not None else {"text": s, "result": None})
        out.extend(r.to_json() for r in self.fixes if not r.suggestion or r.suggestion in by_suggestion)
        return out


def _replace(obj: Finding, **changes: object) -> Finding:
    values = {f.name: getattr(obj, f.name) for f in fields(obj)}
    values.update(changes)
    return Finding(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class SentenceStats:
    """Counts for one sentence (offsets into the segment text), the raw material of every formula."""

    start: int
    end: int
    words: int
    syllables: int
    long_words: int = 0          # words of 3+ syllables (polysyllables)
    characters: int = 0          # letters and digits in words
    grade: float = 0.0           # Flesch–Kincaid grade of this sentence alone
    jargon_terms: int = 0
    rare_words: int = 0          # words below the rare-word frequency (languages measured by word rarity)
    kanji: int = 0               # kanji characters (Japanese)
    score: float = 0.0           # the language's readability score of this sentence (non-English languages)


@dataclass(frozen=True)
class Metrics:
    """Numbers for one segment or the whole script. ``studio check`` prints these keys."""

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    grade: float = 0.0                 # Flesch–Kincaid grade level
    reading_ease: float = 100.0        # Flesch reading ease (higher = easier)
    health_grade: float = 0.0          # grade adjusted for jargon density (see readability rule)
    jargon_terms: int = 0
    jargon_ratio: float = 0.0          # jargon terms / words
    hard_sentences: int = 0
    very_hard_sentences: int = 0
    passive_sentences: int = 0
    claims: int = 0
    uncited_claims: int = 0
    spoken_words: int = 0              # words as read aloud ("1,250" → "one thousand two hundred fifty")
    speaking_seconds: float = 0.0
    target_seconds: float | None = None
    # The language's own readability measure (see studio.analysis.langread): its name, score and level.
    readability_measure: str = "flesch_kincaid"
    readability_score: float = 100.0
    readability_level: str = ""        # easy | medium | hard ("" for no text)

    def to_json(self) -> dict[str, object]:
        """Plain dict for JSON output."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class SourceRef:
    """What the analysis needs to know about a project source to resolve and check citations."""

    key: str                 # citation key, e.g. "smith2021"  → marker [@smith2021]
    number: int              # 1-based position in the project's source list → marker [1]
    title: str = ""
    text: str = ""           # summary text (abstract) the claims are checked against


@dataclass(frozen=True)
class SegmentInput:
    """One segment of a script as the analysis sees it."""

    text: str
    name: str = ""


@dataclass(frozen=True)
class AnalysisContext:
    """Project settings that change what is found. Hashable; part of every cache key."""

    language: str = "en"
    target_grade: float = 8.0
    words_per_minute: float = 150.0
    target_seconds: float | None = None
    segment_pause_seconds: float = 0.5
    allow_list: frozenset[str] = frozenset()                 # normalised terms the creator keeps
    replacements: tuple[tuple[str, str], ...] = ()           # (normalised term, plain alternative)
    sources: tuple[SourceRef, ...] = ()
    dismissed: frozenset[str] = frozenset()                  # Finding.fingerprint values
    disabled_kinds: frozenset[str] = frozenset()

    @property
    def fingerprint(self) -> str:
        """A short stable hash of everything except ``dismissed`` (dismissals never change detection)."""
        parts = [self.language, repr(self.target_grade), repr(self.words_per_minute),
                 repr(sorted(self.allow_list)), repr(self.replacements),
                 repr([(s.key, s.number, s.text) for s in self.sources]), repr(sorted(self.disabled_kinds))]
        return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=12).hexdigest()

    def replacement_for(self, term: str) -> str | None:
        """The creator's own plain alternative for ``term``, if any."""
        key = normalize_text(term)
        for t, alt in self.replacements:
            if t == key:
                return alt
        return None


@dataclass(frozen=True)
class SegmentResult:
    """Findings and metrics of one segment."""

    index: int
    name: str
    text: str
    findings: tuple[Finding, ...]
    metrics: Metrics
    sentences: tuple[SentenceStats, ...] = ()


@dataclass(frozen=True)
class AnalysisResult:
    """Everything the analysis found in a script."""

    segments: tuple[SegmentResult, ...]
    metrics: Metrics
    revision: int = 0
    notes: tuple[str, ...] = field(default=())   # e.g. "text truncated to 200,000 characters"
    language: str = "en"
    unavailable: tuple[str, ...] = ()            # checks with no rules for this language (profile.ALL_CHECKS names)

    @property
    def findings(self) -> list[Finding]:
        """All findings of all segments, in segment order."""
        return [f for s in self.segments for f in s.findings]

    def to_json(self) -> dict[str, object]:
        """The ``studio check --format json`` document."""
        return {
            "language": self.language,
            "unavailable_checks": list(self.unavailable),
            "metrics": self.metrics.to_json(),
            "segments": [{"index": s.index, "name": s.name, "metrics": s.metrics.to_json()}
                         for s in self.segments],
            "findings": [f.to_json() for f in self.findings],
        }

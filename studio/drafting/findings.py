"""A source's key findings: the sentences of its summary that report results or conclusions, ranked.

Scoring is transparent (every point has a reason the creator can read): result cues ("reduced", "was
associated with", "compared with"), headline figures and effect sizes raise a sentence; method and
background sentences ("we searched…", "X is a common disease") are pushed down. Structured-abstract labels
(RESULTS:, CONCLUSIONS:) count too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from studio.analysis.cues import CueSet, load_cues
from studio.analysis.numbers import MULTIPLIER, extract_quantities
from studio.analysis.passages import split_sentences, strip_label
from studio.analysis.profile import LanguageProfile, get_profile

if TYPE_CHECKING:
    from spacy.language import Language

FINDING_CUES_FILE = "finding_cues.tsv"
#: Sentences scoring at least this are ticked by default (up to :data:`DEFAULT_TICKED`).
TICK_THRESHOLD = 2.0
DEFAULT_TICKED = 3
_RESULT_LABELS = ("result", "finding", "main result", "outcome")
_CONCLUSION_LABELS = ("conclusion", "interpretation", "implication", "authors' conclusion", "discussion",
                      "summary", "bottom line", "key message")
_METHOD_LABELS = ("method", "background", "objective", "aim", "introduction", "purpose", "design", "setting",
                  "participant", "intervention", "search", "selection", "data collection", "context",
                  "importance", "registration", "funding")


@dataclass(frozen=True)
class KeyFinding:
    """One candidate finding: a sentence of the source summary with its score and the reasons for it."""

    sentence: str                 # the sentence as it reads in the source (label removed)
    start: int                    # offsets of ``sentence`` in the source text
    end: int
    score: float
    reasons: tuple[str, ...] = ()
    ticked: bool = False
    label: str = ""               # structured-abstract label ("RESULTS"), if any
    source_key: str = ""          # which source it came from (for drafts from several sources)
    kind: str = "result"          # "result" | "conclusion" | "method" | "background"

    def with_ticked(self, ticked: bool) -> KeyFinding:
        """A copy with the tick changed (the creator's choice)."""
        return replace(self, ticked=ticked)


def finding_cues(profile: LanguageProfile | None = None) -> CueSet:
    """The result/method/conclusion cue lists of a language."""
    profile = profile or get_profile("en")
    return load_cues(Path(profile.resource(FINDING_CUES_FILE)))


def key_findings(source_text: str, nlp: Language | None = None, *, profile: LanguageProfile | None = None,
                 source_key: str = "", ticked: int = DEFAULT_TICKED) -> list[KeyFinding]:
    """Every sentence of ``source_text`` that reports a result or conclusion, best first.

    ``nlp`` (optional, from :func:`studio.analysis.nlp.load_pipeline` or an ``Analyzer``'s ``.nlp``) drops
    fragments without a verb (table rows, headings). The best ``ticked`` sentences scoring at least
    :data:`TICK_THRESHOLD` come pre-ticked; the creator changes that.
    """
    cues = finding_cues(profile)
    candidates: list[KeyFinding] = []
    for passage in split_sentences(source_text or ""):
        label, sentence = strip_label(passage.text)
        offset = passage.start + (len(passage.text) - len(sentence))
        words = sentence.split()
        if len(words) < 5 or not any(ch.isalpha() for ch in sentence):
            continue
        score, reasons, kind = _score(sentence, label, cues)
        candidates.append(KeyFinding(sentence=sentence, start=offset, end=offset + len(sentence), score=score,
                                     reasons=tuple(reasons), label=label, source_key=source_key, kind=kind))
    if nlp is not None and candidates:
        keep = []
        for finding, doc in zip(candidates, nlp.pipe(c.sentence for c in candidates), strict=True):
            if any(t.pos_ in ("VERB", "AUX") for t in doc):
                keep.append(finding)
        candidates = keep
    ranked = sorted((c for c in candidates if c.score > 0), key=lambda c: (-c.score, c.start))
    if not ranked:      # no sentence reads like a result: offer the plain statements so the creator can pick
        ranked = sorted((c for c in candidates if c.kind not in ("method", "background")),
                        key=lambda c: (-c.score, c.start))
    out: list[KeyFinding] = []
    for i, c in enumerate(ranked):
        out.append(c.with_ticked(i < ticked and c.score >= TICK_THRESHOLD and c.kind in ("result", "conclusion")))
    if out and not any(f.ticked for f in out) and ticked > 0:
        out[0] = out[0].with_ticked(True)
    return out


def _score(sentence: str, label: str, cues: CueSet) -> tuple[float, list[str], str]:
    score = 0.0
    reasons: list[str] = []
    kind = "result"
    low_label = label.lower()
    result_hits = cues.find("result", sentence)
    if result_hits:
        words = list(dict.fromkeys(h.text.lower() for h in result_hits))[:3]
        score += min(len(result_hits), 3) * 1.0
        reasons.append("result words: " + ", ".join(f"‘{w}’" for w in words))
    conclusion_hits = cues.find("conclusion", sentence)
    if conclusion_hits:
        score += 1.0
        reasons.append(f"conclusion: ‘{conclusion_hits[0].text.lower()}’")
        kind = "conclusion"
    quantities = extract_quantities(sentence, words=True)
    headline = [q for q in quantities if not q.statistic and not q.ratio_label and not q.verbal and
                not (q.family == "count" and q.unit in ("", "to", "and"))]
    if headline:
        score += min(sum(1.0 if q.family in ("proportion", "points") else 0.4 for q in headline), 3.0)
    rates = [q for q in headline if q.family == "proportion"]
    if len(rates) >= 2:
        score += 1.0
        reasons.append("compares figures between groups")
        shown = ", ".join(" ".join(q.text.split()) for q in headline[:3])
        reasons.append(f"figures: {shown}")
    effect = [q for q in quantities if q.ratio_label or q.statistic or (q.family == MULTIPLIER and not q.verbal)]
    if effect:
        score += 0.5
        reasons.append("effect size / interval")
    method_hits = cues.find("method", sentence)
    if method_hits:
        score -= 2.0 * min(len(method_hits), 2) if not result_hits else 1.5
        reasons.append(f"methods: ‘{method_hits[0].text.lower()}’")
        kind = "method" if len(method_hits) >= len(result_hits) else kind
    background_hits = cues.find("background", sentence)
    if background_hits:
        score -= 1.5
        reasons.append(f"background: ‘{background_hits[0].text.lower()}’")
        kind = "background" if not headline else kind
    if low_label:
        if any(low_label.startswith(x) for x in _RESULT_LABELS):
            score += 1.0
            reasons.append(f"in the {label} section")
        elif any(low_label.startswith(x) for x in _CONCLUSION_LABELS):
            score += 1.0
            reasons.append(f"in the {label} section")
            kind = "conclusion"
        elif any(low_label.startswith(x) for x in _METHOD_LABELS):
            score -= 2.5
            reasons.append(f"in the {label} section")
            kind = "method"
    words = len(sentence.split())
    if words > 60:
        score -= 0.5
        reasons.append("very long sentence")
    return round(score, 2), reasons, kind


__all__ = ["DEFAULT_TICKED", "KeyFinding", "TICK_THRESHOLD", "finding_cues", "key_findings"]

"""Uncited claims: sentences a viewer would take as fact (numbers, cause and effect, "studies show",
"always/never") that carry no citation marker resolving to one of the project's sources.

What counts as a claim (see :mod:`studio.analysis.claimcues` for the scorer):

* statistics and quantities, cause-and-effect statements, appeals to evidence or authority, absolutes;
* a hedged claim ("may lower your risk") is still a claim, only scored a little lower;
* not claims: questions (except "Did you know … ?"), calls to action and other imperatives, greetings and
  sign-offs, first-person experience ("When I was pregnant I felt …");
* opinions marked as such ("I think oat milk tastes better") are not claims, but an opinion marker does not
  hide a health claim ("I think sugar causes cancer" is still flagged: viewers hear a fact from a doctor);
* plain definitions ("Cortisol is a stress hormone") are not flagged on their own: they are textbook
  knowledge and asking for a source on every definition would bury the real problems. A definition that
  also carries a number or a cause ("… that raises your blood pressure by 10 points") is.

Sentences are spaCy's, adjusted for citation markers: a marker right after the final period
("… by 30%. [1]" or "… by 30%.[1]") belongs to the sentence before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from studio.analysis.citations import Marker, describe_unresolved, find_markers, resolve
from studio.analysis.claimcues import ClaimScore, ClaimScorer, Lexicon
from studio.analysis.claimmodel import MODEL_FILE, ClaimModel
from studio.analysis.model import CITED_CLAIM, UNCITED_CLAIM, UNRESOLVED_CITATION, AnalysisContext, Finding
from studio.analysis.profile import LanguageProfile
from studio.analysis.rules.base import ChunkRule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

CUE_FILE = "claim_cues.json"

_END_PUNCT = re.compile(r"[.!?…][\"”’')\]]*\s*$")
_STARTS_UPPER = re.compile(r"\s+[\"“‘(]?[A-Z0-9]")


class ClaimRule(ChunkRule):
    """Flags uncited claims and citation markers that match no project source."""

    name = "claims"
    kinds = (UNCITED_CLAIM, UNRESOLVED_CITATION, CITED_CLAIM)

    def __init__(self, profile: LanguageProfile, lexicon: Lexicon | None = None,
                 model: ClaimModel | None = None) -> None:
        self.profile = profile
        if model is None and profile.resource(MODEL_FILE).exists():
            model = ClaimModel.load(profile.resource(MODEL_FILE))
        self.scorer = ClaimScorer(lexicon or Lexicon.load(profile.resource(CUE_FILE)), model,
                                  profile.wordfreq_lang)

    # -- scoring (shared with benchmarks/eval_claims.py) --------------------------------------------
    def score_sentence(self, span: Span, skip: Sequence[tuple[int, int]] = ()) -> tuple[float, str, str]:
        """Score one sentence: ``(score 0..1, rule_id, cue text)``; a claim when score >= threshold."""
        result = self.scorer.score(span, skip)
        return result.score, result.rule_id, result.cue

    def score_text(self, doc: Doc) -> tuple[float, str, str]:
        """The highest sentence score of a short text (a tweet, a paragraph), markers ignored."""
        markers = find_markers(doc.text)
        skip = [(m.start, m.end) for m in markers]
        phrase_cues = self.scorer.phrase_matches(doc)
        best: tuple[float, str, str] = (0.0, "claims.none", "")
        for start, end in sentence_ranges(doc, markers):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                r = self.scorer.score(span, skip, phrase_cues)
                if r.score > best[0]:
                    best = (r.score, r.rule_id, r.cue)
        return best

    @property
    def threshold(self) -> float:
        """Score at or above which a sentence is a claim."""
        model = self.scorer.model
        return model.threshold if model is not None else self.scorer.lexicon.threshold

    # -- rule ---------------------------------------------------------------------------------------
    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Uncited claims, cited claims (internal) and unresolved markers in one chunk."""
        text = doc.text
        markers = find_markers(text)
        skip = [(m.start, m.end) for m in markers]
        starts = [m.start for m in markers]
        findings: list[Finding] = []
        phrase_cues = self.scorer.phrase_matches(doc)
        resolved_any: dict[int, bool] = {}
        for marker in markers:
            resolved, unresolved = resolve(marker, ctx.sources)
            resolved_any[marker.start] = bool(resolved)
            if unresolved:
                findings.append(_unresolved_finding(marker, unresolved, ctx))
        for start, end in sentence_ranges(doc, markers):
            if not any(ch.isalpha() for ch in text[start:end]):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            result = self.scorer.score(span, skip, phrase_cues)
            if not result.is_claim or result.features.get("question"):
                continue       # a question asks, it states nothing ("Did you know …?" drops the feature)
            lo, hi = bisect_left(starts, start), bisect_left(starts, end)
            cited = any(resolved_any[m.start] for m in markers[lo:hi] if m.end <= end)
            findings.append(self._claim_finding(text, start, end, result, cited, ctx))
        return findings

    def finalize(self, findings_of_mine: Sequence[Finding], all_findings: Sequence[Finding],
                 segments: Sequence[str], ctx: AnalysisContext) -> list[Finding]:
        """A marker alone on the next line ("… by 30%.\\n[1]") still cites the claim just above it."""
        out: list[Finding] = []
        for f in findings_of_mine:
            if f.kind == UNCITED_CLAIM and 0 <= f.segment < len(segments):
                after = segments[f.segment][f.end:f.end + 200]
                marker = _leading_marker(after)
                if marker is not None and resolve(marker, ctx.sources)[0]:
                    f = Finding(CITED_CLAIM, f.start, f.end, f.text, "Claim with a source.", (), f.score,
                                f.rule_id, f.segment, f.dismissed, f.data)
            out.append(f)
        return out

    def _claim_finding(self, text: str, start: int, end: int, result: ClaimScore, cited: bool,
                       ctx: AnalysisContext) -> Finding:
        data: list[tuple[str, str]] = [("cue", result.cue), ("category", result.category),
                                       ("why", claim_reason(result))]
        if cited:
            return Finding(CITED_CLAIM, start, end, text[start:end], "Claim with a source.", (),
                           result.score, result.rule_id, data=tuple(data))
        softer = result.soft_to
        suggestions = ["Cite a source" if ctx.sources else "Add a source to the project, then cite it as [1]"]
        if softer:
            suggestions.append(f"Soften: '{softer}'")
            data += [("replace", result.soft_from), ("with", softer)]
            if result.soft_more:       # every other strong word goes too ("Studies show … cures …")
                data += [("also_replace", "|".join(a for a, _ in result.soft_more)),
                         ("also_with", "|".join(b for _, b in result.soft_more))]
        elif result.category == "statistic":
            suggestions.append("Say where the number comes from")
        message = _claim_message(result)
        return Finding(UNCITED_CLAIM, start, end, text[start:end], message, tuple(suggestions), result.score,
                       result.rule_id, data=tuple(data))


def claim_reason(result: ClaimScore) -> str:
    """Why the sentence reads as a claim, in the creator's words ("A number about health")."""
    health = bool(result.features.get("health_topic"))
    if result.category == "statistic":
        return "A number about health" if health else "A number stated as fact"
    if result.category == "causal":
        return "A cause-and-effect claim about health" if health else "A cause-and-effect claim"
    if result.category == "evidence":
        return "It leans on research or experts"
    if result.category == "absolute":
        return "It sounds certain (always, never, proven)"
    return "It sounds like a fact about health" if health else "It sounds like a fact"


def _claim_message(result: ClaimScore) -> str:
    cue = f" (“{result.cue}”)" if result.cue else ""
    hedged = " Even hedged, viewers hear it as a finding." if result.features.get("hedge") else ""
    return f"{claim_reason(result)}{cue}, and no source is cited: viewers will take it as fact.{hedged} " \
           "Cite one, or soften it."


def _unresolved_finding(marker: Marker, unresolved: Sequence[str], ctx: AnalysisContext) -> Finding:
    message = describe_unresolved(marker, unresolved, ctx.sources)
    if not ctx.sources:
        rule_id, suggestions = "citations.no_sources", ("Add the source to this project",)
    elif unresolved == ["@"] * len(unresolved):
        rule_id, suggestions = "citations.malformed", ("Write the citation as [@key] or [1]",)
    else:
        rule_id = "citations.unresolved"
        suggestions = ("Add the source to this project", f"Use a number from 1 to {len(ctx.sources)}")
    return Finding(UNRESOLVED_CITATION, marker.start, marker.end, marker.text, message, suggestions,
                   rule_id=rule_id, data=(("unresolved", ", ".join(unresolved)),))


def _leading_marker(text: str) -> Marker | None:
    stripped = text.lstrip()
    if not stripped.startswith("["):
        return None
    markers = find_markers(stripped[:200])
    return markers[0] if markers and markers[0].start == 0 else None


def sentence_ranges(doc: Doc, markers: Sequence[Marker]) -> list[tuple[int, int]]:
    """Sentence (start, end) character ranges of ``doc.text``, whitespace-trimmed, markers attached.

    ``markers`` must be in text order (as :func:`find_markers` returns them).

    * a boundary inside a marker is dropped;
    * a marker (or run of markers, with trailing punctuation) opening a sentence moves to the sentence
      before it: "… by 30%. [1] Try it!" → "… by 30%. [1]" | "Try it!";
    * "… by 30%.[1] Try it!" (one token for spaCy) is split after the marker.

    Linear in the text and the number of markers, so a pasted reference list cannot stall typing.
    """
    text = doc.text
    starts = [m.start for m in markers]
    run_end = _run_ends(text, markers)

    def inside_marker(pos: int) -> bool:
        i = bisect_right(starts, pos - 1) - 1      # last marker starting before pos
        return i >= 0 and markers[i].start < pos < markers[i].end

    bounds = {b for b in (s.start_char for s in doc.sents) if not inside_marker(b)} | {0}
    # Split after a marker that follows sentence-final punctuation and precedes a new sentence.
    for m in markers:
        after = run_end[m.start]
        if _END_PUNCT.search(text[max(0, m.start - 12):m.start]) and _STARTS_UPPER.match(text, after):
            bounds.difference_update(range(m.start + 1, after + 1))
            bounds.add(_skip_space(text, after))
    # Move markers that open a sentence back to the previous one.
    by_start = {m.start: m for m in markers}
    for b in sorted(bounds):
        first = by_start.get(_skip_space(text, b)) if b else None
        if first is None:
            continue
        end = run_end[first.start]
        while end < len(text) and text[end] in ".!?…;,":
            end += 1
        bounds.discard(b)
        if end < len(text):
            bounds.add(end)
    cuts = sorted(bounds) + [len(text)]
    ranges: list[tuple[int, int]] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        s = _skip_space(text, start, end)
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            ranges.append((s, e))
    return ranges


def _skip_space(text: str, pos: int, limit: int | None = None) -> int:
    limit = len(text) if limit is None else limit
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


def _run_ends(text: str, markers: Sequence[Marker]) -> dict[int, int]:
    """For each marker (by start), the end of the run of adjacent markers it opens ("[1][2]", "[1], [2]")."""
    ends: dict[int, int] = {}
    for i in range(len(markers) - 1, -1, -1):
        m = markers[i]
        end = m.end
        if i + 1 < len(markers):
            gap = text[m.end:markers[i + 1].start]
            if len(gap) <= 2 and gap.strip(" ,") == "":
                end = ends[markers[i + 1].start]
        ends[m.start] = end
    return ends


__all__ = ["CITED_CLAIM", "ClaimRule", "sentence_ranges"]

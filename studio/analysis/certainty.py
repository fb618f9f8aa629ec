"""The certainty check: a cited claim states more certainty than the source it cites.

Absolute words ("cures", "proves", "will", "always") are flagged unless the source uses them itself; causal
and effect verbs when the source hedges or reports an association; an effect where the source found none.
A descriptive report of what was observed ("people who exercised had a 17% lower risk", "was linked to") is
not inflation. Pure Python over a claim, a source passage and the language's certainty cues.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from studio.analysis.cues import CueHit, CueSet
from studio.analysis.issues import Issue
from studio.analysis.passages import stem

#: Given a claim-relative span, whether the word there is not used as a verb (from spaCy; None = unknown).
IsNoun = Callable[[int, int], bool]


_WILL_OK = re.compile(r"\b(?:i|we|i'll|we'll|this video|today|next|research|studies|study|trials|trial|work|"
                      r"review|reviews)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "For every 1000 women screened, 20 will have…", "881 women will be correctly identified": a frequency told
# as what happens to a group, not a promise.
_FREQUENCY = re.compile(r"\b(?:for|in|out\s+of)\s+(?:every|each)\s+[\d,]+|\bper\s+[\d,]{3,}\b|\bof\s+these\b|"
                        r"\b\d[\d,]*\s+of\s+the\b|\b(?:[\d,]+|none|all|most|"
                        r"some)\s+(?:\w+\s+)?(?:will|would)\b", re.IGNORECASE)
_MODAL_VERB = re.compile(r"\b(?:may|might|could|can|possibly|probably|likely to)\s+(?:also\s+|help\s+(?:to\s+)?|"
                         r"slightly\s+|not\s+)?(?P<verb>[a-z]+)", re.IGNORECASE)


_QUESTION = re.compile(r"\b(?:whether|if)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|n't|never|no|nor|neither|without|failed to|fail to)\s+(?:\w+\s+){0,4}$"
                      r"|\b(?:whether|if)\s+(?:\w+\s+){0,4}$|-$|\b(?:for|of|in|at)\s+$", re.IGNORECASE)
# "for preventing", "all-cause", "whether probiotics reduce": a purpose, a compound or a question, not a claim.


# "more trials are needed to improve…", "in order to reduce…": a purpose or a plan, not a finding. "Shown to
# reduce", "helps to reduce" stay claims.
_PURPOSE = re.compile(r"\b(?:in\s+order\s+to|so\s+as\s+to|(?:needed|done|required|designed|aimed|aims?|aiming|"
                      r"intended|planned|plans?|trying|tried|try|want|wants|hope|hoped|should\s+be\s+\w+)\s+to)\s+"
                      r"(?:\w+ly\s+)?$", re.IGNORECASE)


def _verb_hits(cues: CueSet, kind: str, claim: str, is_noun: IsNoun | None) -> list[CueHit]:
    """Hits of ``kind`` that are not negated ("did not cause") and, with a parse, not nouns ("a cause")."""
    hits = [h for h in cues.find(kind, claim) if not _PURPOSE.search(claim[max(0, h.start - 40): h.start])]
    hits = [h for h in hits if (not _NEGATED.search(claim[max(0, h.start - 40): h.start])
                                                  and not _QUESTION.search(claim[_clause(claim, h.start)[0]: h.start]))
            or (claim[max(0, h.start - 4): h.start].strip().lower() in ("for", "of", "in", "at")
                and not h.text.lower().endswith("ing"))]
    if is_noun is None:
        return hits
    return [h for h in hits if h.cue.phrase in ("proof",) or " " in h.cue.phrase or not is_noun(h.start, h.end)]


#: Words no finding supports whatever the source's tone: flagged even against an unhedged source.
_STRONGEST = frozenset({"cure", "cures", "cured", "prove", "proves", "proved", "proven", "proof", "guarantee*",
                        "eliminates", "eliminate", "wipes out", "is proven to", "is guaranteed to", "100% effective"})


def check_certainty(claim: str, passage: str, cues: CueSet, is_noun: IsNoun | None = None) -> list[Issue]:
    """The claim states more certainty than the source: an absolute word ("cures", "proves", "will",
    "always") the source does not use itself; a causal or effect verb where the source hedges or reports an
    association; an effect where the source found none. A descriptive report of what was observed ("people
    who exercised had a 17% lower risk", "was linked to") is not inflation: ``is_noun`` (from the parse)
    tells when an effect word is a noun or adjective rather than a verb."""
    hedges = cues.find("claim_hedge", claim)
    if hedges and not _CLAUSE_BREAK.search(claim):
        return []                                                # the usual case, without a parse
    source_hedges = cues.find("hedge", passage)
    # Quote the hedge that best explains the problem: an association, then a modal verb.
    order = {"association": 0, "modal": 1, "partial": 2, "weak": 3}
    hedge = min(source_hedges, key=lambda h: (order.get(h.cue.extra, 4), h.start)) if source_hedges else None
    null = cues.first("null", passage) if not cues.has("negation", claim) else None
    for hit in _unhedged(_verb_hits(cues, "absolute", claim, None), hedges, claim):
        if hit.cue.phrase == "will" and (_WILL_OK.search(claim[: hit.start]) or _FREQUENCY.search(claim)):
            continue
        if _source_says(cues, hit, passage):
            continue
        if hedge is not None:
            return [_inflated(hit, hedge)]
        if null is not None:
            return [_null_issue(hit, null)]
        if hit.cue.phrase not in _STRONGEST:
            continue                     # "will", "always": overreach only against tentative evidence
        return [Issue("certainty_inflated", hit.start, hit.end,
                      f"The source never says ‘{hit.text}’: the script states more than the research found. "
                      "Keep to what the source reports.",
                      (hit.cue.extra,) if hit.cue.extra else (), (("source_cue", ""),))]
    issues: list[Issue] = []
    if hedge is not None:
        for hit in _unhedged(_verb_hits(cues, "certain", claim, is_noun), hedges, claim):
            if not _source_says(cues, hit, passage):
                issues.append(_inflated(hit, hedge))
                break
        if not issues:
            hedged_verbs = {stem(m.group("verb")) for m in _MODAL_VERB.finditer(passage)}
            association = [h for h in source_hedges if h.cue.extra == "association"]
            for hit in _unhedged(_verb_hits(cues, "effect", claim, is_noun), hedges, claim):
                verb = stem(hit.text.split()[0])
                if verb not in hedged_verbs and _states_effect(passage, verb, cues):
                    continue
                if association or verb in hedged_verbs:
                    issues.append(_inflated(hit, association[0] if association else _hedge_for(source_hedges, verb)))
                    break
    if not issues and null is not None:
        effects = _unhedged(_verb_hits(cues, "effect", claim, is_noun) + _verb_hits(cues, "certain", claim, is_noun),
                            hedges, claim)
        effects = [h for h in effects if not _states_effect(passage, stem(h.text.split()[0]), cues)]
        if effects:
            issues.append(_null_issue(min(effects, key=lambda h: h.start), null))
    return issues


_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:but|however|although|though|while|whereas|yet)\b|\b(?:but|however|although|"
                           r"whereas)\b", re.IGNORECASE)


def _clause(claim: str, pos: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(claim) if m.end() <= pos]
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(claim) if m.start() >= pos] + [len(claim)]
    return max(starts), min(ends)


def _unhedged(hits: list[CueHit], hedges: list[CueHit], claim: str) -> list[CueHit]:
    """Hits whose own clause carries no hedge ("it reduces healing time, but may increase pain": the
    'may' does not soften 'reduces')."""
    out = []
    for h in hits:
        a, b = _clause(claim, h.start)
        if not any(a <= x.start < b for x in hedges):
            out.append(h)
    return out


_CLAUSE_NEGATION = re.compile(r"\b(?:not|n't|never|no|neither|nor|without|cannot|unproven)\b", re.IGNORECASE)


def _source_says(cues: CueSet, hit: CueHit, passage: str) -> bool:
    """Whether the source itself uses the claim's strong word, affirmatively ("do not show that exercise
    cures" does not count)."""
    for m in hit.cue.pattern.finditer(passage):
        clause_start = max(passage.rfind(ch, 0, m.start()) for ch in ".;:")
        if not _CLAUSE_NEGATION.search(passage[clause_start + 1: m.start()]) \
                and not _MODAL_BEFORE.search(passage[max(0, m.start() - 30): m.start()]):
            return True
    return False


_MODAL_BEFORE = re.compile(r"\b(?:may|might|could|can|possibly|probably)\s+(?:have\s+|be\s+|also\s+)?$", re.IGNORECASE)
_WORD_AT = re.compile(r"[A-Za-z][\w'-]*")
_HEDGED_BEFORE = re.compile(r"\b(?:may|might|could|can|possibly|probably|not|no|whether|if|likely to|than)\s+"
                            r"(?:\w+\s+){0,1}$", re.IGNORECASE)


def _states_effect(passage: str, verb: str, cues: CueSet) -> bool:
    """Whether the source itself states the effect with the same verb, unhedged and outside an association
    phrase ("X reduced stroke"): then the claim's "reduces" is the source's own finding."""
    spans = [(h.start, h.end + 30) for h in cues.find("hedge", passage) if h.cue.extra == "association"]
    for m in _WORD_AT.finditer(passage):
        if stem(m.group(0)) != verb or any(a <= m.start() < b for a, b in spans):
            continue
        clause_start = max(passage.rfind(ch, 0, m.start()) for ch in ".;:")
        if not _HEDGED_BEFORE.search(passage[max(0, m.start() - 40): m.start()]) \
                and not _CLAUSE_NEGATION.search(passage[clause_start + 1: m.start()]):
            return True
    return False


def _null_issue(hit: CueHit, null: CueHit) -> Issue:
    return Issue("certainty_inflated", hit.start, hit.end,
                 f"The source found no clear effect (‘{null.text}’); ‘{hit.text}’ states an effect it did not find.",
                 ("made little or no difference",), (("source_cue", null.text),))


def _hedge_for(hedges: Sequence[CueHit], verb: str) -> CueHit:
    for h in hedges:
        if h.cue.extra == "modal":
            return h
    return hedges[0]


def _inflated(hit: CueHit, hedge: CueHit) -> Issue:
    suggestion = hit.cue.extra
    message = (f"The source only says ‘{hedge.text}’; ‘{hit.text}’ states more than it found. "
               "Keep the source's caution in the script.")
    return Issue("certainty_inflated", hit.start, hit.end, message,
                 (suggestion,) if suggestion else (), (("source_cue", hedge.text),))


__all__ = ["IsNoun", "check_certainty"]

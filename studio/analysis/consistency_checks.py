"""The four claim–source checks, as pure functions over a claim and the source passage it cites.

The relative-risk check lives in :mod:`studio.analysis.relative_risk`. Each check returns :class:`Issue` objects with offsets into the claim text; the consistency rule turns them
into findings. Precision matters more than recall: an untouched draft (whose sentences keep the source's
numbers and hedges) must raise nothing, so every check needs positive evidence of drift.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from studio.analysis.cues import CueHit, CueSet
from studio.analysis.numbers import (
    COUNT,
    MULTIPLIER,
    POINTS,
    PROPORTION,
    Quantity,
    agrees,
    extract_quantities,
    format_value,
)
from studio.analysis.passages import SourceIndex, content_stems, stem

#: Given a claim-relative span, whether the word there is used as a noun (from spaCy; None = unknown).
IsNoun = Callable[[int, int], bool]


@dataclass(frozen=True)
class Issue:
    """One inconsistency between a claim and its source (offsets into the claim text)."""

    kind: str
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    data: tuple[tuple[str, str], ...] = ()


# -- numbers ------------------------------------------------------------------------------------------
_RANGE_TALK = re.compile(r"\b(?:range|ranged|between|confidence|interval|as\s+(?:high|low|much|little)\s+as|"
                         r"up\s+to|anywhere\s+from)\b", re.IGNORECASE)


def _candidates(q: Quantity, source: SourceIndex, claim: str) -> list[tuple[float, float]]:
    """Every (value, rounding step) in the source that ``q`` could be a rendering of (same family, or
    derived). Interval bounds and p-values count only when the claim talks about a range or a limit."""
    ranges = q.qualifier in ("lower", "upper") or bool(_RANGE_TALK.search(claim))
    values: list[tuple[float, float]] = []
    for quantities in source.quantities:
        for s in quantities:
            if s.statistic and not ranges:
                continue
            step = s.step if s.family == q.family else 0.0
            values.extend((v, step) for v in _convert(s, q))
        values.extend((v, -1.0) for v in _derived(quantities, q))   # computed: ordinary rounding only
    return values


def _convert(s: Quantity, q: Quantity) -> list[float]:
    if q.family == s.family == COUNT:
        qd, sd = q.days, s.days
        if qd is not None and sd is not None:
            return [sd / (qd / q.value)] if q.value else []
        return [s.value, abs(s.value)]
    if q.family == PROPORTION:
        if s.family in (PROPORTION, POINTS):
            return [s.value]
        if s.family == MULTIPLIER:
            return [abs(1 - s.value), s.value]      # "RR 0.76" ↔ "24% lower"
        return [s.value / 100] if 0 <= s.value <= 100 else []
    if q.family == POINTS:
        return [s.value] if s.family in (PROPORTION, POINTS) else []
    if q.family == MULTIPLIER:
        if s.family == MULTIPLIER or (s.family == COUNT and s.ratio_label):
            return [s.value] + ([1 / s.value] if s.value else [])
        if s.family == PROPORTION:
            return [1 + s.value, 1 - s.value]        # "increased by 100%" ↔ "doubled"
        if s.family == COUNT:
            return [s.value]
    if q.family == COUNT and s.family == PROPORTION:
        return [s.value * 100]
    return []


def _derived(quantities: Sequence[Quantity], q: Quantity) -> list[float]:
    """Values a script may compute from two figures of one source sentence (2% → 1% is "halves")."""
    props = [s.value for s in quantities if s.family == PROPORTION and not s.statistic and s.value > 0]
    counts = [s.value for s in quantities if s.family == COUNT and not s.statistic and s.value > 0]
    out: list[float] = []
    for group in (props, counts):
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if q.family == MULTIPLIER:
                    out += [a / b, b / a]
                elif q.family in (PROPORTION, POINTS):
                    out += [abs(a - b) / a, abs(a - b) / b] + ([abs(a - b)] if group is props else [])
                elif q.family == COUNT:
                    out += [abs(a - b), a + b]
    return out


def check_numbers(claim: str, source: SourceIndex, sentence_ids: Sequence[int]) -> list[Issue]:
    """Numbers in ``claim`` that no figure of the source supports (allowing formats and rounding)."""
    issues: list[Issue] = []
    for q in extract_quantities(claim, words=False):
        if q.statistic:
            continue
        if any(agrees(q, v, step) for v, step in _candidates(q, source, claim)):
            continue
        quoted = _closest(q, source, sentence_ids)
        said = format_value(q)
        if quoted is not None:
            message = (f"The source says {format_value(quoted)}, the script says {said}. "
                       "Check the figure against the source passage.")
            suggestions: tuple[str, ...] = (format_value(quoted),)
        else:
            message = (f"The script says {said}, but the cited source gives no such figure. "
                       "Check the number, or cite the source it comes from.")
            suggestions = ()
        data = (("source_number", format_value(quoted)),) if quoted is not None else ()
        issues.append(Issue("number_mismatch", q.start, q.end, message, suggestions, data))
    return issues


def _closest(q: Quantity, source: SourceIndex, sentence_ids: Sequence[int]) -> Quantity | None:
    """The source figure the script most likely meant: same family, in the cited passage, similar words."""
    around = set(content_stems(_window(q), source.stop))
    best: tuple[float, Quantity] | None = None
    pools = [list(sentence_ids)] + [[i for i in range(len(source.sentences)) if i not in sentence_ids]]
    for pool in pools:
        for i in pool:
            text = source.sentences[i].text
            for s in source.quantities[i]:
                if s.statistic or not _same_family(q, s):
                    continue
                near = set(content_stems(text[max(0, s.start - 60): s.end + 60], source.stop))
                score = len(around & near) - 0.001 * abs(s.value - q.value) / (abs(q.value) + 1)
                if q.family == COUNT and q.unit and s.unit and stem(q.unit) == stem(s.unit):
                    score += 2
                if best is None or score > best[0]:
                    best = (score, s)
        if best is not None:
            return best[1]
    return None


def _window(q: Quantity) -> str:
    return q.text


def _same_family(q: Quantity, s: Quantity) -> bool:
    if q.family == MULTIPLIER:
        return s.family == MULTIPLIER or s.ratio_label
    if q.family in (PROPORTION, POINTS):
        return s.family in (PROPORTION, POINTS)
    return s.family == COUNT and not s.ratio_label


# -- certainty ----------------------------------------------------------------------------------------
_WILL_OK = re.compile(r"\b(?:i|we|i'll|we'll|this video|today|next)\s+(?:\w+\s+)?$", re.IGNORECASE)
_MODAL_VERB = re.compile(r"\b(?:may|might|could|can|possibly|probably|likely to)\s+(?:also\s+|help\s+(?:to\s+)?|"
                         r"slightly\s+|not\s+)?(?P<verb>[a-z]+)", re.IGNORECASE)


_NEGATED = re.compile(r"\b(?:not|n't|never|no|nor|neither|without|failed to|fail to)\s+(?:\w+\s+){0,2}$",
                      re.IGNORECASE)


def _verb_hits(cues: CueSet, kind: str, claim: str, is_noun: IsNoun | None) -> list[CueHit]:
    """Hits of ``kind`` that are not negated ("did not cause") and, with a parse, not nouns ("a cause")."""
    hits = [h for h in cues.find(kind, claim) if not _NEGATED.search(claim[max(0, h.start - 40): h.start])]
    if is_noun is None:
        return hits
    return [h for h in hits if h.cue.phrase in ("proof",) or " " in h.cue.phrase or not is_noun(h.start, h.end)]


def check_certainty(claim: str, passage: str, cues: CueSet, is_noun: IsNoun | None = None) -> list[Issue]:
    """The claim states more certainty than the source: an absolute word ("cures", "proves", "will",
    "always") the source does not use itself; a causal or effect verb where the source hedges or reports an
    association; an effect where the source found none. A descriptive report of what was observed ("people
    who exercised had a 17% lower risk", "was linked to") is not inflation: ``is_noun`` (from the parse)
    tells when an effect word is a noun or adjective rather than a verb."""
    if cues.has("claim_hedge", claim):
        return []
    source_hedges = cues.find("hedge", passage)
    # Quote the hedge that best explains the problem: an association, then a modal verb.
    order = {"association": 0, "modal": 1, "partial": 2, "weak": 3}
    hedge = min(source_hedges, key=lambda h: (order.get(h.cue.extra, 4), h.start)) if source_hedges else None
    null = cues.first("null", passage) if not cues.has("negation", claim) else None
    for hit in _verb_hits(cues, "absolute", claim, None):
        if hit.cue.phrase == "will" and _WILL_OK.search(claim[: hit.start]):
            continue
        if _source_says(cues, hit, passage):
            continue
        if hedge is not None:
            return [_inflated(hit, hedge)]
        if null is not None:
            return [_null_issue(hit, null)]
        return [Issue("certainty_inflated", hit.start, hit.end,
                      f"The source never says ‘{hit.text}’: the script states more than the research found. "
                      "Keep to what the source reports.",
                      (hit.cue.extra,) if hit.cue.extra else (), (("source_cue", ""),))]
    issues: list[Issue] = []
    if hedge is not None:
        for hit in _verb_hits(cues, "certain", claim, is_noun):
            if not _source_says(cues, hit, passage):
                issues.append(_inflated(hit, hedge))
                break
        if not issues:
            hedged_verbs = {stem(m.group("verb")) for m in _MODAL_VERB.finditer(passage)}
            association = [h for h in source_hedges if h.cue.extra == "association"]
            for hit in _verb_hits(cues, "effect", claim, is_noun):
                verb = stem(hit.text.split()[0])
                if association or verb in hedged_verbs:
                    issues.append(_inflated(hit, association[0] if association else _hedge_for(source_hedges, verb)))
                    break
    if not issues and null is not None:
        effects = _verb_hits(cues, "effect", claim, is_noun) + _verb_hits(cues, "certain", claim, is_noun)
        if effects:
            issues.append(_null_issue(min(effects, key=lambda h: h.start), null))
    return issues


_CLAUSE_NEGATION = re.compile(r"\b(?:not|n't|never|no|neither|nor|without|cannot|unproven)\b", re.IGNORECASE)


def _source_says(cues: CueSet, hit: CueHit, passage: str) -> bool:
    """Whether the source itself uses the claim's strong word, affirmatively ("do not show that exercise
    cures" does not count)."""
    for m in hit.cue.pattern.finditer(passage):
        clause_start = max(passage.rfind(ch, 0, m.start()) for ch in ".;:")
        if not _CLAUSE_NEGATION.search(passage[clause_start + 1: m.start()]):
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


# -- population ---------------------------------------------------------------------------------------
def source_population(text: str, cues: CueSet) -> tuple[str, str] | None:
    """(kind, label) when a whole source is about animals or cells only (no human participants)."""
    if cues.has("human", text):
        return None
    for kind in ("animal", "cell"):
        hit = cues.first(kind, text)
        if hit is not None:
            return kind, hit.cue.extra
    return None


def check_population(claim: str, passage: str, whole_source: tuple[str, str] | None,
                     source_text: str, cues: CueSet) -> list[Issue]:
    """The source is about animals, cells, a small pilot or a specific group; the claim generalises."""
    claim_words = content_stems(claim, frozenset())
    if not claim_words:
        return []
    scope: tuple[str, str, str] | None = None          # (kind, label, acknowledgement pattern kind / words)
    for kind in ("animal", "cell"):
        hit = cues.first(kind, passage)
        if hit is not None:
            scope = (kind, hit.cue.extra, f"acknowledge_{kind}")
            break
    if scope is None and whole_source is not None:
        scope = (whole_source[0], whole_source[1], f"acknowledge_{whole_source[0]}")
    if scope is None:
        hit = cues.first("pilot", passage) or cues.first("pilot", source_text[:400])
        if hit is not None:
            scope = ("pilot", hit.cue.extra, "acknowledge_pilot")
    general = cues.first("general", claim)
    if scope is not None:
        kind, label, ack = scope
        if cues.has(ack, claim):
            return []
        if kind == "pilot" and general is None:
            return []
        return [_population_issue(claim, general, label, ack, "")]
    groups = _groups(passage, cues)
    if len(groups) != 1 or general is None:
        return []
    group = groups[0]
    words = [w.strip() for w in group.cue.extra.split("|") if w.strip()]
    if any(_word_in(w, claim) for w in words):
        return []
    return [_population_issue(claim, general, group.text, "", "|".join(words))]


def _groups(passage: str, cues: CueSet) -> list[CueHit]:
    hits = cues.find("group", passage)
    phrases = {h.cue.phrase for h in hits}
    if {"men", "women"} <= phrases:
        hits = [h for h in hits if h.cue.phrase not in ("men", "women")]
    unique: dict[str, CueHit] = {}
    for h in hits:
        unique.setdefault(h.cue.phrase, h)
    return list(unique.values())


def _word_in(word: str, text: str) -> bool:
    from studio.analysis.cues import phrase_pattern

    return phrase_pattern(word).search(text) is not None


def _population_issue(claim: str, general: CueHit | None, label: str, ack_kind: str, ack_words: str) -> Issue:
    if general is not None:
        how = f"the script speaks to everyone (‘{general.text}’)"
    else:
        how = "the script doesn't say so, so it reads as if it applies to people in general"
    message = f"The source is about {label}; {how}. Say who was studied."
    data = (("population", label),) + ((("acknowledge", ack_kind),) if ack_kind else ()) + (
        (("acknowledge_words", ack_words),) if ack_words else ())
    return Issue("population_dropped", 0, len(claim.rstrip()), message, (), data)


__all__ = ["Issue", "check_certainty", "check_numbers", "check_population", "source_population"]

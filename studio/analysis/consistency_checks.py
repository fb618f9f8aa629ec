"""The claim–source checks for numbers and population, as pure functions over a claim and the source passage
it cites (certainty is in :mod:`studio.analysis.certainty`, relative risk in
:mod:`studio.analysis.relative_risk`). Each check returns :class:`Issue` objects with offsets into the claim
text; the consistency rule turns them into findings. Precision matters more than recall: an untouched draft (whose sentences keep the source's
numbers and hedges) must raise nothing, so every check needs positive evidence of drift.
"""

from __future__ import annotations

import re

from studio.analysis.certainty import check_certainty
from studio.analysis.cues import CueHit, CueSet
from studio.analysis.issues import Issue
from studio.analysis.number_checks import check_numbers
from studio.analysis.passages import content_stems


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


_FAMILIES = (frozenset({"children", "schoolchildren", "adolescents", "teenagers", "infants", "newborns", "preterm infants",
                        "neonates"}),
             frozenset({"older adults", "older people", "elderly", "aged 65", "nursing home residents"}))


def source_group(text: str, cues: CueSet) -> CueHit | None:
    """The one specific group a whole source is about ("children", "pregnant women"), when it names one
    group at least twice and no other (men and women together are people in general)."""
    hits = _groups(text, cues, unique=False)
    counts: dict[str, int] = {}
    for h in hits:
        counts[h.cue.phrase] = counts.get(h.cue.phrase, 0) + 1
    if not counts:
        return None
    top = max(counts, key=lambda p: counts[p])
    top_hit = next(h for h in hits if h.cue.phrase == top)
    words = set(top_hit.cue.extra.split("|"))
    # "infants" and "preterm infants" are one group; "children" beside "older adults" are two.
    # Children of any age are one population ("infants" beside "children"), as are older people.
    family = next((f for f in _FAMILIES if top in f), frozenset())
    same = sum(n for p, n in counts.items() if p in family
               or words & set(next(h for h in hits if h.cue.phrase == p).cue.extra.split("|")))
    others = sum(counts.values()) - same
    if top in ("men", "women"):               # a single-sex study only when the other sex never appears
        other = "women" if top == "men" else "men"
        if same < 3 or re.search(rf"\b(?:{other}|{'fe' if top == 'men' else ''}male)\b", text, re.IGNORECASE):
            return None
    if same < 2 or others > same // 3:
        return None
    return top_hit


def check_population(claim: str, passage: str, whole_source: tuple[str, str] | None,
                     source_text: str, cues: CueSet, whole_group: CueHit | None = None) -> list[Issue]:
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
        if kind == "pilot" and (general is None or general.text.lower() in ("people", "adults", "humans")):
            return []
        return [_population_issue(claim, general, label, ack, "")]
    groups = _groups(passage, cues)
    if not groups and whole_group is not None:
        groups = [whole_group]
    if len(groups) != 1 or general is None:
        return []
    group = groups[0]
    words = [w.strip() for w in group.cue.extra.split("|") if w.strip()]
    if any(_word_in(w, claim) for w in words):
        return []
    return [_population_issue(claim, general, group.text, "", "|".join(words))]


#: "68% women", "45 per cent men": the make-up of a sample, not the group it was about.
_SHARE_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s*(?:were\s+|of\s+(?:them\s+|participants\s+)?(?:were\s+)?)?$",
                           re.IGNORECASE)


def _groups(passage: str, cues: CueSet, unique: bool = True) -> list[CueHit]:
    hits = [h for h in cues.find("group", passage) if not _SHARE_BEFORE.search(passage[max(0, h.start - 30): h.start])]
    phrases = {h.cue.phrase for h in hits}
    if {"men", "women"} <= phrases:
        hits = [h for h in hits if h.cue.phrase not in ("men", "women")]
    if not unique:
        return hits
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


__all__ = ["Issue", "check_certainty", "check_numbers", "check_population", "source_group", "source_population"]

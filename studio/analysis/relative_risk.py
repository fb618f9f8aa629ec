"""The relative-risk check: a script tells a relative change ("cuts your risk by 17%", "twice as likely")
while the source it cites gives the absolute figures behind it ("7.4% in active and 9.1% in inactive
participants"), which viewers need to judge the size of the effect.

Pure Python over a claim and a :class:`~studio.analysis.passages.SourceIndex`; used by the consistency rule
and by the drafter's own check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studio.analysis.figures import arm_words, direction, group_label, outcome_stems, people_label, shared
from studio.analysis.issues import Issue
from studio.analysis.numbers import (
    MULTIPLIER,
    POINTS,
    PROPORTION,
    Quantity,
    agrees,
    extract_quantities,
    format_value,
)
from studio.analysis.passages import SourceIndex, content_stems

RELATIVE_RISK_ONLY = "relative_risk_only"
_RISK_WORD = r"(?:risk|risks|chance|chances|odds|likelihood|likely|rate|rates|incidence|hazard|danger)"
_AMOUNT = (r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|up\s+to\s+|more\s+than\s+|over\s+)?"
           r"(?:half|a\s+third|a\s+quarter|a\s+fifth|two\s+thirds|three\s+quarters|\d+(?:\.\d+)?\s?(?:%|per\s?cent))")
_RELATIVE = [
    re.compile(rf"\b(?:halv(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing))\s+(?:\w+\s+){{0,3}}{_RISK_WORD}\b",
               re.IGNORECASE),
    # "risk … by 17%", "a reduction in risk of 17%"; not "a risk of recurrence of 13%" (an absolute rate).
    re.compile(rf"\b{_RISK_WORD}\b[^.;]{{0,60}}?\b(?:by|(?:reduction|decrease|increase|drop|fall|rise|cut)\s+of)"
               rf"\s+{_AMOUNT}", re.IGNORECASE),
    re.compile(rf"\b\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s+(?:lower|higher|less|more|reduced|increased|greater|smaller|"
               rf"reduction|increase|drop|rise|decrease)\s+(?:in\s+(?:the\s+)?)?(?:\w+\s+){{0,2}}{_RISK_WORD}\b",
               re.IGNORECASE),
    re.compile(r"\b(?:twice|thrice|half|\d+(?:\.\d+)?\s*(?:times|-fold|fold|x))\s+(?:as|more|less)\s+likely\b",
               re.IGNORECASE),
    re.compile(r"\b\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s+(?:less|more)\s+likely\b", re.IGNORECASE),
    re.compile(rf"\b{_RISK_WORD}\s+(?:\w+\s+){{0,2}}(?:halved|doubled|tripled)\b", re.IGNORECASE),
]
_COMPARE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|than|from|while|whereas|against|and|to)\b|→|->",
                      re.IGNORECASE)
_ABSOLUTE_WORDS = re.compile(r"\babsolute\b|\bper\s+(?:100|1,?000)\b|\bin\s+(?:100|1,?000)\b", re.IGNORECASE)


def relative_span(claim: str) -> tuple[int, int] | None:
    """Where ``claim`` states a relative change of a risk ("halves your risk", "17% lower risk"), if it does."""
    spans = [m.span() for p in _RELATIVE for m in p.finditer(claim)]
    return min(spans) if spans else None


def has_absolute(claim: str, relative: tuple[int, int] | None = None) -> bool:
    """Whether a claim gives absolute figures: two rates ("from 2% to 1%") or an "x in y" / "per 1,000".
    Figures inside the ``relative`` span (the relative change itself) do not count."""
    qs = [q for q in extract_quantities(claim, words=True) if not q.statistic
          and not (relative is not None and relative[0] <= q.start < relative[1])]
    if any(q.family == PROPORTION and re.search(r"\b(?:in|of|per|out)\b", q.text) for q in qs):
        return True
    if any(q.family == POINTS for q in qs):
        return True
    return len([q for q in qs if q.family == PROPORTION]) >= 2


def _absolute_figures(quantities: Sequence[Quantity]) -> list[Quantity]:
    return [q for q in quantities if q.family == PROPORTION and not q.statistic
            and not q.verbal and 0 < q.value < 1]


def _derives(q: Quantity, a: float, b: float) -> bool:
    """Whether the relative figure ``q`` could have been computed from rates ``a`` and ``b`` (allowing for
    adjusted ratios: a hazard ratio of 0.83 beside crude rates of 7.4% and 9.1%)."""
    values = [a / b, b / a] if q.family == MULTIPLIER else [abs(a - b) / a, abs(a - b) / b]
    return any(agrees(q, v) or abs(q.value - v) <= max(0.03, 0.2 * v) for v in values)


def _pairs(text: str, quantities: Sequence[Quantity]) -> list[tuple[Quantity, Quantity]]:
    figures = _absolute_figures(quantities)
    return [(a, b) for a, b in zip(figures, figures[1:], strict=False)
            if a.value != b.value and _COMPARE.search(text[a.end:b.start])]


def same_outcome(claim: str, source: SourceIndex, i: int, pair: tuple[Quantity, Quantity]) -> bool:
    """Whether the rates ``pair`` of source sentence ``i`` measure what the claim is about: the outcome words
    of the claim ("depression") and of the sentence, the arms the rates belong to ("in exercise arms") set
    aside, share a word. A sentence naming no outcome of its own ("The absolute risk was 7.4% in active…")
    takes the one of the sentence before it; a claim naming none ("it halves the risk") matches any."""
    text = source.sentences[i].text
    arms = arm_words(text, pair)
    mine = outcome_stems(claim, source.stop, arms)
    if not mine:
        return True
    theirs = outcome_stems(text, source.stop, arms)
    if not theirs and i > 0:
        theirs = outcome_stems(source.sentences[i - 1].text, source.stop, arms)
    return not theirs or shared(mine, theirs) > 0


def find_absolute_pair(claim: str, source: SourceIndex, sentence_ids: Sequence[int],
                       relative: Sequence[Quantity]) -> tuple[int, Quantity, Quantity] | None:
    """(sentence index, first rate, second rate) of the absolute figures behind a relative claim.

    Only rates about the claim's outcome count (:func:`same_outcome`). A pair counts when it is in the cited
    passage; in a sentence next to it that says so ("The absolute risk was…", "per 1,000") or shares the
    claim's words; or anywhere when the relative figure can be computed from it.
    """
    scores = source.scores(claim)
    ranked = sorted(range(len(source.sentences)), key=lambda i: -scores[i])
    near = {j for i in sentence_ids for j in (i - 1, i + 1)} - set(sentence_ids)
    claim_words = set(content_stems(claim, source.stop))
    order = list(dict.fromkeys([*sentence_ids, *sorted(near), *ranked]))
    for i in order:
        if not 0 <= i < len(source.sentences):
            continue
        text = source.sentences[i].text
        for a, b in _pairs(text, source.quantities[i]):
            if not same_outcome(claim, source, i, (a, b)):
                continue
            if i in sentence_ids:
                return i, a, b
            shared = claim_words & set(content_stems(text, source.stop))
            if i in near and (_ABSOLUTE_WORDS.search(text) or len(shared) >= 2):
                return i, a, b
            if any(_derives(q, a.value, b.value) for q in relative):
                return i, a, b
    return None


def describe_pair(text: str, a: Quantity, b: Quantity, way: str) -> str:
    """The two rates with their groups, in the direction of the claim: for a decrease the higher rate first
    ("9.1% of inactive participants vs 7.4% of active participants"), for an increase the lower one."""
    first, second = (a, b) if (a.value > b.value) == (way != "up") else (b, a)
    labels = {id(q): group_label(text, q) for q in (a, b)}
    (pa, la), (pb, lb) = labels[id(first)], labels[id(second)]
    if not la or not lb:
        if re.search(r"\bfrom\s+(?:about\s+|around\s+)?$", text[max(0, a.start - 20): a.start]) and \
                re.fullmatch(r"\s*to\s*", text[a.end:b.start]):
            return f"from {format_value(a)} to {format_value(b)}"       # a change over time, as written
        return f"{format_value(first)} vs {format_value(second)}"
    # "7.4% in active and 9.1% in inactive participants": the noun after the second group belongs to both.
    for lab in ("la", "lb"):
        mine, other = (la, lb) if lab == "la" else (lb, la)
        if len(mine.split()) == 1 and len(other.split()) >= 2 and people_label(other) and not people_label(mine):
            mine = f"{mine} {other.split()[-1]}"
            la, lb = (mine, lb) if lab == "la" else (la, mine)

    def part(q: Quantity, prep: str, label: str) -> str:
        prep = "of" if prep in ("in", "among") and people_label(label) else prep
        return f"{format_value(q)} {prep} {label}"
    return f"{part(first, pa, la)} vs {part(second, pb, lb)}"


def check_relative_risk(claim: str, source: SourceIndex, sentence_ids: Sequence[int]) -> list[Issue]:
    """A relative change ("halves your risk") with no absolute figure, when the source gives them for the
    same outcome."""
    span = relative_span(claim)
    if span is None or has_absolute(claim, span):
        return []
    relative = [q for q in extract_quantities(claim[span[0]:span[1]], words=True)
                if q.family in (PROPORTION, MULTIPLIER)]
    found = find_absolute_pair(claim, source, sentence_ids, relative)
    if found is None:
        return []
    i, a, b = found
    figures = describe_pair(source.sentences[i].text, a, b, direction(claim[span[0]:span[1]]) or direction(claim))
    message = (f"‘{claim[span[0]:span[1]]}’ gives only the relative change. The source's absolute figures are "
               f"{figures}: say those too, so viewers can judge the size of the effect.")
    return [Issue(RELATIVE_RISK_ONLY, span[0], span[1], message, (), (("absolute", figures),))]


__all__ = ["check_relative_risk", "describe_pair", "find_absolute_pair", "has_absolute", "relative_span",
           "same_outcome"]

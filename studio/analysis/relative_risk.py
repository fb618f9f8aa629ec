"""The relative-risk check: a script tells a relative change ("cuts your risk by 17%", "twice as likely")
while the source it cites gives the absolute figures behind it ("7.4% in active and 9.1% in inactive
participants"), which viewers need to judge the size of the effect.

Pure Python over a claim and a :class:`~studio.analysis.passages.SourceIndex`; used by the consistency rule
and by the drafter's own check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    re.compile(rf"\b{_RISK_WORD}\b[^.;]{{0,60}}?\b(?:by|of)\s+{_AMOUNT}", re.IGNORECASE),
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
#: Longest stretch of source text quoted with the absolute figures ("7.4% in active and 9.1% in …").
MAX_QUOTE_CHARS = 90


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


def find_absolute_pair(claim: str, source: SourceIndex, sentence_ids: Sequence[int],
                       relative: Sequence[Quantity]) -> tuple[int, Quantity, Quantity] | None:
    """(sentence index, first rate, second rate) of the absolute figures behind a relative claim.

    A pair counts when it is in the cited passage; in a sentence next to it that says so ("The absolute
    risk was…", "per 1,000") or shares the claim's words; or anywhere when the relative figure can be
    computed from it.
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
            if i in sentence_ids:
                return i, a, b
            shared = claim_words & set(content_stems(text, source.stop))
            if i in near and (_ABSOLUTE_WORDS.search(text) or len(shared) >= 2):
                return i, a, b
            if any(_derives(q, a.value, b.value) for q in relative):
                return i, a, b
    return None


def check_relative_risk(claim: str, source: SourceIndex, sentence_ids: Sequence[int]) -> list[Issue]:
    """A relative change ("halves your risk") with no absolute figure, when the source gives them."""
    span = relative_span(claim)
    if span is None or has_absolute(claim, span):
        return []
    relative = [q for q in extract_quantities(claim[span[0]:span[1]], words=True)
                if q.family in (PROPORTION, MULTIPLIER)]
    found = find_absolute_pair(claim, source, sentence_ids, relative)
    if found is None:
        return []
    i, a, b = found
    figures = f"{format_value(a)} → {format_value(b)}"
    text = source.sentences[i].text
    quote = " ".join(text[a.start:b.end].split())
    if b.end < len(text):
        tail = re.match(r"[^,;.()]{0,40}", text[b.end:])
        quote += tail.group(0).rstrip() if tail else ""
    said = f"{figures} (‘{quote}’)" if len(quote) <= MAX_QUOTE_CHARS and quote != figures else figures
    message = (f"‘{claim[span[0]:span[1]]}’ gives only the relative change. The source's absolute figures are "
               f"{said}: say those too, so viewers can judge the size of the effect.")
    return [Issue(RELATIVE_RISK_ONLY, span[0], span[1], message, (), (("absolute", figures),))]


__all__ = ["check_relative_risk", "find_absolute_pair", "has_absolute", "relative_span"]

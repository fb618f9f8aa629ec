"""The hook of a draft, made from its top finding: a question the finding answers ("Is a walking group linked
to fewer depressive symptoms?"), or the finding's striking number told first. Never from the source's title
or file name. Pure Python, deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from studio.analysis.numbers import PROPORTION, extract_quantities
from studio.drafting.listening import result_first

MAX_TOPIC_WORDS = 8
MAX_NUMBER_HOOK_WORDS = 16

_TAIL = r"(?:\s+(?:in|at|after|among|compared|by|from|than|over|during|for|when|versus|vs)\b.*)?"
_ASSOCIATED = re.compile(rf"^(?P<x>.+?)\s+(?:was|were|is|are)\s+(?:also\s+)?(?:associated|linked)\s+(?:with|to)\s+"
                         rf"(?P<y>.+?){_TAIL}[.!]?$", re.IGNORECASE)
_EFFECT = re.compile(rf"^(?P<x>.+?)\s+(?P<hedge>may\s+|might\s+|probably\s+|can\s+)?(?P<v>reduced?|reduces|lowered|lowers?|"
                     rf"improved?|improves|increased?|increases|prevented|prevents?|cut|cuts|helped|helps?|eased?|"
                     rf"eases|shortened|shortens?|raised?|raises)\s+(?P<y>.+?){_TAIL}[.!]?$", re.IGNORECASE)
_COMPARED = re.compile(rf"^(?P<y>.+?)\s+(?P<be>was|were)\s+(?P<cmp>lower|higher|better|worse|fewer|more|less|"
                       rf"shorter|longer|similar)\s+(?P<prep>in|with|for|among|after)\s+(?P<x>.+?){_TAIL}[.!]?$",
                       re.IGNORECASE)
_CHANGED = re.compile(r"^(?P<y>.+?)\s+(?P<v>improved|fell|dropped|decreased|increased|rose|declined|worsened|"
                      r"recovered|healed)\s+(?:in|among|for|with)\s+(?P<x>.+?)"
                      r"(?:\s+(?:versus|vs|compared|than|after|at|by)\b.*)?[.!]?$", re.IGNORECASE)
_LEADING_SHARE = re.compile(r"^(?:about\s+|around\s+|nearly\s+)?\d[\d.,]*\s*(?:%|in\s+\d+|of\s+\d+|out\s+of\s+\d+)?"
                            r"\s+(?:of\s+(?:the\s+)?)?", re.IGNORECASE)
_PAST = {"improved": "improve", "fell": "fall", "dropped": "drop", "decreased": "decrease", "increased": "increase",
         "rose": "rise", "declined": "decline", "worsened": "worsen", "recovered": "recover", "healed": "heal"}
_BASE = {"reduced": "reduce", "reduces": "reduce", "lowered": "lower", "lowers": "lower", "improved": "improve",
         "improves": "improve", "increased": "increase", "increases": "increase", "prevented": "prevent",
         "prevents": "prevent", "cuts": "cut", "helped": "help", "helps": "help", "eased": "ease", "eases": "ease",
         "shortened": "shorten", "shortens": "shorten", "raised": "raise", "raises": "raise"}
_BAD_TOPIC = re.compile(r"\d|\b(?:this|these|that|it|they|we|there|which|the two|both|difference|results?|"
                        r"evidence|studies|study|trials?|review|data|analysis|participants?|was|were|is|are|has|have|had|been|not|no|"
                        r"neither|nor|shown|found|did|does|do|may|might|could)\b|[();:]", re.IGNORECASE)


_NAMED_DESIGNS = frozenset({"meta-analysis", "systematic review", "cochrane review", "randomised controlled trial",
                            "randomized controlled trial", "randomised trial", "randomized trial", "pilot study",
                            "pilot trial", "feasibility study", "cohort study", "survey", "trial"})


@dataclass(frozen=True)
class Hook:
    """The hook line; ``cited`` when it states a finding (then it carries the source's marker)."""

    text: str
    cited: bool = False
    taken: str = ""          # a beat sentence moved into the hook (the beat drops it)
    passage: str = ""        # the beat sentence the hook's figures come from


def _topic(text: str) -> str | None:
    text = text.strip(" ,.")
    if not text or len(text.split()) > MAX_TOPIC_WORDS or _BAD_TOPIC.search(text):
        return None
    return text


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if len(text) > 1 and not text[1].isupper() else text


_BARE = frozenset("reduction increase improvement decrease risk rate chance drop rise change benefit".split())


def _with_outcome(y: str, rest: str) -> str:
    """"a moderate reduction" + " in depressive symptoms at the end…" → "a moderate reduction in depressive
    symptoms": a bare change noun keeps what changed."""
    if y.split()[-1].lower() not in _BARE:
        return y
    m = re.match(r"\s+(?:in|of)\s+(?:[\w-]+\s?){1,4}?(?=\s+(?:at|in|after|among|compared|by|from|than|over|during|"
                 r"for|when|versus|vs)\b|[,.;(]|$)", rest)
    return y + m.group(0).rstrip() if m else y


_THAT = re.compile(r"^.*?\b(?:evidence|found|find|showed|shows|show|suggests?|suggested|indicates?|indicated|"
                   r"concluded|means)\s+that\s+(?P<c>.+)$", re.IGNORECASE)
_BETTER = re.compile(rf"^(?P<x>.+?)\s+(?P<be>was|were|is|are|may be|might be|is probably|was probably)\s+"
                     rf"(?P<cmp>more|less)\s+effective\s+than\s+(?P<y>.+?){_TAIL}[.!]?$", re.IGNORECASE)
_NO_EFFECT = re.compile(rf"^(?P<x>.+?)\s+(?:had|has|have|made|makes|make|showed|may have|may make|probably has|"
                        rf"probably makes)\s+(?:little or |little to )?no\s+(?:clear\s+|significant\s+|important\s+)?"
                        rf"(?:effect|difference|impact)\s+(?:on|in|to)\s+(?P<y>.+?){_TAIL}[.!]?$", re.IGNORECASE)


def question_for(sentence: str) -> str | None:
    """A yes/no question the finding answers, or None when its shape is not one of the simple ones."""
    s = result_first(sentence.strip())[0]          # "Across 35 trials, exercise was…" → "Exercise was…"
    if (m := _THAT.match(s)) and m.group("c") != s:
        inner = question_for(m.group("c")[0].upper() + m.group("c")[1:])
        if inner:
            return inner
    if m := _BETTER.match(s):
        x, y = _topic(m.group("x")), _topic(m.group("y"))
        if x and y:
            verb = "Are" if m.group("be").lower() in ("were", "are") else "Is"
            return f"{verb} {_lower_first(x)} {m.group('cmp').lower()} effective than {_lower_first(y)}?"
    if m := _NO_EFFECT.match(s):
        x, y = _topic(m.group("x")), _topic(m.group("y"))
        if x and y:
            return f"Does {_lower_first(x)} change {_lower_first(y)}?"
    if m := _CHANGED.match(s):
        x, y = _topic(_LEADING_SHARE.sub("", m.group("x"))), _topic(m.group("y"))
        if x and y:
            return f"Did {_lower_first(y)} {_PAST[m.group('v').lower()]} in {x}?"
    if m := _ASSOCIATED.match(s):
        x, y = _topic(m.group("x")), _topic(_with_outcome(m.group("y"), s[m.end("y"):]))
        if x and y:
            return f"Is {_lower_first(x)} linked to {y}?"
    if m := _COMPARED.match(s):
        x, y = _topic(m.group("x")), _topic(m.group("y"))
        if x and y:
            return f"{m.group('be').capitalize()} {_lower_first(y)} {m.group('cmp').lower()} {m.group('prep').lower()} {x}?"
    if m := _EFFECT.match(s):
        x, y = _topic(m.group("x")), _topic(m.group("y"))
        if x and re.search(r"\b(?:was|were|is|are|be|been|had|has|have)$", x, re.IGNORECASE):
            x = None
        verb = m.group("v").lower()
        if x and y:
            return f"Can {_lower_first(x)} {_BASE.get(verb, verb)} {y}?"
    return None


def _spoken_rates(sentence: str) -> list[str]:
    """Absolute rates of a sentence as written ("17 in 100", "45%"), not relative changes or statistics."""
    out = []
    for q in extract_quantities(sentence, words=True):
        if q.family != PROPORTION or q.statistic or not q.text[:1].isdigit():
            continue
        after = sentence[q.end: q.end + 12].lower()
        if re.match(r"\s*(?:lower|higher|less|more|fewer|greater|reduction|increase|decrease|ci\b|range|"
                    r"confidence|credible|interval)", after):
            continue
        out.append(" ".join(q.text.split()))
    return out


def _has_rate(sentence: str) -> bool:
    return any(q.family == PROPORTION and not q.statistic for q in extract_quantities(sentence, words=True))


def make_hook(top: Sequence[str], others: Sequence[Sequence[str]], design_label: str) -> Hook:
    """The hook for a draft whose best finding beat says ``top`` (its sentences, plain); ``others`` are the
    other beats, tried in turn when the top one offers no question or number."""
    for sentences in (top, *others):
        for s in sentences:
            q = question_for(s)
            if q:
                return Hook(q)
    for sentences in (top, *others):
        if len(sentences) < 2:
            continue
        for s in sentences:
            if _has_rate(s) and len(s.split()) <= MAX_NUMBER_HOOK_WORDS:
                return Hook(s, cited=True, taken=s)
    for sentences in (top, *others):
        for s in sentences:
            rates = _spoken_rates(s)
            if len(rates) >= 2:
                return Hook(f"{rates[0]} versus {rates[1]}: here's what that gap means.", cited=True, taken="",
                            passage=s)
            if len(rates) == 1:
                return Hook(f"{rates[0]}: here's where that number comes from.", cited=True, taken="", passage=s)
    label = (design_label or "").strip().lower()
    if label not in _NAMED_DESIGNS:
        return Hook("What did the research find?")
    return Hook(f"What did this {label} find?")


__all__ = ["Hook", "make_hook", "question_for"]

"""A finding beat made plain with the sentence parse, re-checked with the Analyzer until it reads at the
target grade (or it cannot, and the beat says why).

Each sentence over the target is cut at its best clause boundary (:mod:`studio.drafting.clauses`), and then
the Analyzer's own quick fixes for it are applied — plain alternatives for jargon and long words, fitted to
the sentence's syntax by :mod:`studio.analysis.rewrite` — one at a time, each kept only when it makes the
sentence easier and the drafter's consistency check still passes (figures, hedges and population as in the
source). Runs where the analyzer lives (the app's analysis thread, ``studio draft``, the benchmark).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from studio.drafting.clauses import best_cut
from studio.drafting.listening import grade_of

#: The Analyzer's fixes the drafter applies: plain words for jargon, long words and acronyms.
FIX_KINDS = ("jargon", "long_word", "acronym")
MAX_FIXES = 8
MAX_PIECES = 6


def _phrase_candidates(sentence: str, phrases: Sequence[tuple[str, str]]) -> list[str]:
    out = []
    for pattern, replacement in phrases:
        new = re.sub(pattern, replacement, sentence, count=1, flags=re.IGNORECASE)
        if new != sentence:
            out.append(new[0].upper() + new[1:] if sentence[:1].isupper() else new)
    return out


def _fixed_words(sentence: str, analyzer: Any, ok: Callable[[Sequence[str]], bool],
                 phrases: Sequence[tuple[str, str]] = ()) -> str:
    """``sentence`` with plain wording (the language's phrases, then the Analyzer's plain-word fixes) applied
    while each makes it easier and stays true to the source."""
    for _ in range(MAX_FIXES):
        now = grade_of(sentence).grade
        best: tuple[float, str] | None = None
        for candidate in _phrase_candidates(sentence, phrases):
            grade = grade_of(candidate).grade
            if grade < now - 0.05 and (best is None or grade < best[0]) and ok([candidate]):
                best = (grade, candidate)
        if best is not None:
            sentence = best[1]
            continue
        result = analyzer.analyze_text(sentence)
        for finding in result.findings:
            if finding.kind not in FIX_KINDS:
                continue
            for fix in finding.fixes:
                if fix.action != "replace":
                    continue
                candidate = sentence[: fix.start] + fix.replacement + sentence[fix.end:]
                grade = grade_of(candidate).grade
                if grade < now - 0.05 and (best is None or grade < best[0]) and ok([candidate]):
                    best = (grade, candidate)
                break                                   # the first (best-fitting) fix of each finding only
        if best is None:
            return sentence
        sentence = best[1]
    return sentence


def plainer(sentences: Sequence[str], analyzer: Any, target_grade: float,
            ok: Callable[[Sequence[str]], bool], phrases: Sequence[tuple[str, str]] = ()) -> list[str]:
    """The beat's sentences, cut at clause boundaries and given plain words until each reads at
    ``target_grade`` or nothing more can be done without changing what the source says. ``phrases`` are the
    language's plain wordings ([regex, replacement], e.g. "significantly lower" → "clearly lower")."""
    queue = list(sentences)
    out: list[str] = []
    after: list[str] = []                       # "This is from 4 studies, …": said once the result is told
    while queue:
        sentence = queue.pop(0)
        if grade_of(sentence).grade <= target_grade:
            out.append(sentence)
            continue
        if len(out) + len(queue) < MAX_PIECES:
            cut = best_cut(analyzer.nlp(sentence), analyzer.nlp)
            if cut is not None and ok(cut.pieces):
                if cut.kind == "sample":
                    queue.insert(0, cut.first)
                    after.append(cut.second)
                else:
                    queue[:0] = cut.pieces
                continue
        out.append(_fixed_words(sentence, analyzer, ok, phrases))
    return out + after


__all__ = ["plainer"]

"""On-screen text and visual notes of drafted beats: a short phrase that keeps the caveat, or nothing; and a
note when a sentence cannot reach the project's reading grade without changing what the source says."""

from __future__ import annotations

import re
from collections.abc import Sequence

from studio.analysis.numbers import COUNT, PROPORTION, extract_quantities
from studio.drafting.listening import grade_of

#: On-screen text longer than this is left out rather than cut ("…better sleep, though…" loses the caveat).
MAX_SCREEN_WORDS = 12
_CAVEATS = (
    (re.compile(r"\bself[- ]reported\b", re.IGNORECASE), "self-reported"),
    (re.compile(r"\bobservational\b", re.IGNORECASE), "observational"),
    (re.compile(r"\bpilot\b", re.IGNORECASE), "pilot study"),
    (re.compile(r"\bsmall\s+(?:study|trial|studies|trials|number)\b", re.IGNORECASE), "small study"),
    (re.compile(r"\bin\s+(?:mice|rats|animals)\b", re.IGNORECASE), "in animals"),
    (re.compile(r"\b(?:cells?|in the lab)\b", re.IGNORECASE), "lab study"),
    (re.compile(r"\bnot\s+(?:statistically\s+)?significant\b|\bno\s+(?:clear\s+)?difference\b", re.IGNORECASE),
     "no clear difference"),
    (re.compile(r"\b(?:low|very low)[- ](?:certainty|quality)\b|\buncertain\b", re.IGNORECASE), "uncertain evidence"),
    (re.compile(r"\b(?:associated|linked)\s+(?:with|to)\b", re.IGNORECASE), "a link, not proof"),
    (re.compile(r"\b(?:may|might|could)\b", re.IGNORECASE), "may"),
)
_PEOPLE = frozenset("people participants patients adults women men children trials studies infants "
                    "volunteers".split())


def caveat_of(text: str) -> str:
    """The first caveat a beat carries ("self-reported", "a link, not proof"), or ""."""
    for pattern, label in _CAVEATS:
        if pattern.search(text):
            return label
    return ""


def figures_of(text: str) -> str:
    """On-screen figures of a beat: its rates ("17% vs 3%"), else its first sample or time figure."""
    qs = [q for q in extract_quantities(text, words=False) if not q.statistic
          and (not q.verbal or (q.family == PROPORTION and q.text[:1].isdigit()))]
    rates = [" ".join(q.text.split()) for q in qs if q.family == PROPORTION]
    if rates:
        return " vs ".join(dict.fromkeys(rates[:3]))
    people = [q for q in qs if q.family == COUNT and q.unit and (q.days is not None or q.unit in _PEOPLE)]
    return f"{' '.join(people[0].text.split())} {people[0].unit}" if people else ""


def screen_text(sentences: Sequence[str]) -> str:
    """A short on-screen phrase for a beat that keeps its caveat, or "" (left out) when none fits."""
    text = " ".join(sentences)
    figures = figures_of(text)
    caveat = caveat_of(text)
    if figures:
        return f"{figures} · {caveat}" if caveat and caveat != "may" else figures
    short = min(sentences, key=lambda s: len(s.split())) if sentences else ""
    if short and len(short.split()) <= MAX_SCREEN_WORDS:
        return short.rstrip(".")
    return caveat if caveat != "may" else ""


def short_or_nothing(text: str) -> str:
    """``text`` when it is short enough to read on screen, else "" (never cut mid-phrase)."""
    return text if text and len(text.split()) <= MAX_SCREEN_WORDS else ""


def grade_note(sentences: Sequence[str], target: float) -> str:
    """A visual note when a beat still has a sentence the app marks as hard for the target grade, else ""."""
    from studio.analysis.rules.sentences import classify

    hard = [g for g in (grade_of(s) for s in sentences) if classify(g.grade, g.words, target)]
    worst = max(hard, key=lambda g: g.grade, default=None)
    if worst is None:
        return ""
    return (f" Reads at grade {worst.grade:.0f} (target {target:g}): the source's terms could not be made plainer "
            "without changing the finding. Say it slowly, or explain the hard word on screen.")


__all__ = ["caveat_of", "figures_of", "grade_note", "screen_text", "short_or_nothing"]

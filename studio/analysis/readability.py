"""Readability numbers: per-sentence counts, Flesch–Kincaid grade, Flesch reading ease, health-aware grade.

Words are found with a regex over each spaCy sentence's text, not from spaCy tokens, so that
"don't" and "well-known" are one word each (spaCy splits them) and so the count agrees with what a reader
sees. A word is a run of letters/digits with internal apostrophes, hyphens or periods ("e.g", "2.5",
"U.S", "COVID-19") or a number with thousands separators ("1,250"). Punctuation, emoji and symbols are
not words; citation markers (``[1]``, ``[@smith2021]``) and URLs are removed first.

Formulas (constants come from the language profile):

* Flesch–Kincaid grade = a·(words/sentences) + b·(syllables/words) − c, clamped to [0, :data:`MAX_GRADE`];
* Flesch reading ease = a − b·(words/sentences) − c·(syllables/words), clamped to [0, :data:`MAX_EASE`];
* health-aware grade = FK grade + :data:`JARGON_WEIGHT` · jargon ratio (see :func:`health_grade`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from studio.analysis import syllables
from studio.analysis.model import SentenceStats
from studio.analysis.speaking import CITATION

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from studio.analysis.profile import LanguageProfile

#: Grades above this are meaningless (a 200-word run-on sentence would score "grade 80").
MAX_GRADE = 25.0
#: The highest reading ease the Flesch formula can give (one-syllable words, one-word sentences).
MAX_EASE = 121.22

#: Grade levels added per unit of jargon ratio (jargon terms / words). Fitted on the 2,580 ``train`` rows of
#: MedReadMe dev (``benchmarks/eval_readability.py --fit``): least squares rating = 2.88 + 0.0718·FK +
#: 3.15·ratio, and 3.15 / 0.0718 ≈ 44 expresses the jargon term in FK grade units (the jargon ratio came
#: from our JargonRule). So 1 jargon term in 10 words reads ~4.4 grades harder than FK says; 2 in 100
#: words, ~0.9. On the held-apart ``dev`` rows Pearson r with the human ratings rises from 0.66 (FK) to
#: ~0.71.
JARGON_WEIGHT = 44.0

WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[^\W_]+(?:['’.\-‐][^\W_]+)*")
_HEADING = re.compile(r"#{1,6}\s")
_CONTINUATION = frozenset("—–-,;:)]}%")
_TERMINAL = (".", "!", "?", "…", "。", "！", "？")
_CLOSERS = re.compile(r"(?:[\s\"”’')\]]|\[[^\]]*\])+$")
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:(?i:yrs|yr|approx|vs|etc|incl|esp|resp|min|mins|hrs|hr|wk|wks|mos?"
                               r"|no|nos|fig|figs|al|ca|cf|dr|prof|st|mr|mrs|ms|sq|vol|ref|refs|dept)\."
                               r"|(?:[A-Za-z]\.){2,})$")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", re.I)


def words_in(text: str) -> list[re.Match[str]]:
    """The real words of ``text`` (see module docstring), as regex matches with their offsets."""
    cleaned = _blank(_blank(text, CITATION), _URL)
    return list(WORD.finditer(cleaned))


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    """Replace matches by spaces, keeping offsets."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def fk_grade(words: int, sentences: int, syll: int, profile: LanguageProfile | None = None) -> float:
    """Flesch–Kincaid grade level for the given counts (0.0 when there are no words), clamped."""
    if words <= 0 or sentences <= 0:
        return 0.0
    a, b, c = profile.fk_grade if profile is not None else (0.39, 11.8, 15.59)
    return _clamp(a * words / sentences + b * syll / words - c, 0.0, MAX_GRADE)


def reading_ease(words: int, sentences: int, syll: int, profile: LanguageProfile | None = None) -> float:
    """Flesch reading ease (higher = easier; 100.0 for no text), clamped to [0, MAX_EASE]."""
    if words <= 0 or sentences <= 0:
        return 100.0
    a, b, c = profile.reading_ease if profile is not None else (206.835, 1.015, 84.6)
    return _clamp(a - b * words / sentences - c * syll / words, 0.0, MAX_EASE)


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of ``doc``: spaCy's sentences, trimmed of spaces.

    spaCy's small model sometimes cuts a sentence after an abbreviation or an emoji ("aged 40-60 yrs." |
    "but not kids."; "skip it 😴" | "— 1,250 adults agree"). A piece is joined to the previous one when it
    starts with a dash, comma or closing bracket; when the previous piece has no sentence-final punctuation
    and this one does not start with a capital; or when it starts lower-case after an abbreviation.
    """
    spans: list[tuple[int, int]] = []
    text = doc.text
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if spans and _continues(text[spans[-1][0]:spans[-1][1]], text[start:end]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _continues(previous: str, current: str) -> bool:
    first = current[:1]
    if first in _CONTINUATION:
        return True
    tail = _CLOSERS.sub("", previous)
    if not tail.endswith(_TERMINAL):
        return not first.isupper()          # "… quality of life (QoL)" | "[measured using …]"
    if first.isdigit():
        return tail[-2:-1].isdigit()        # a decimal cut in two: "RR 8." | "74"
    return first.islower() and _ABBREVIATION_END.search(tail) is not None


def span_stats(sent: Span, profile: LanguageProfile | None = None) -> SentenceStats | None:
    """Counts for one spaCy sentence (offsets into ``sent.doc.text``), or None when it has no words."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return None
    return offset_stats(sent.doc.text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), profile)


def offset_stats(text: str, start: int, end: int, profile: LanguageProfile | None = None
                 ) -> SentenceStats | None:
    """Counts for ``text[start:end]`` taken as one sentence; None for no words or a markdown heading."""
    piece = text[start:end]
    if _HEADING.match(piece) and (start == 0 or text[start - 1] == "\n"):
        return None                        # a markdown heading is a label, not read aloud
    return text_stats(piece, start, profile)


def text_stats(text: str, offset: int = 0, profile: LanguageProfile | None = None) -> SentenceStats | None:
    """Counts for ``text`` taken as one sentence starting at ``offset``; None when it has no words."""
    found = words_in(text)
    if not found:
        return None
    counts = [syllables.count(m.group(0)) for m in found]
    n_words = len(found)
    n_syll = sum(counts)
    chars = sum(sum(1 for c in m.group(0) if c.isalnum()) for m in found)
    stripped = len(text) - len(text.lstrip())
    return SentenceStats(
        start=offset + stripped, end=offset + len(text.rstrip()), words=n_words, syllables=n_syll,
        long_words=sum(1 for c in counts if c >= 3), characters=chars,
        grade=round(fk_grade(n_words, 1, n_syll, profile), 2),
    )


def sentence_stats(doc: Doc, profile: LanguageProfile | None = None) -> list[SentenceStats]:
    """One :class:`SentenceStats` per sentence of ``doc`` that has at least one word."""
    out: list[SentenceStats] = []
    for start, end in sentence_spans(doc):
        stats = offset_stats(doc.text, start, end, profile)
        if stats is not None:
            out.append(stats)
    return out


def aggregate(stats: Iterable[SentenceStats], profile: LanguageProfile | None = None) -> tuple[float, float]:
    """(Flesch–Kincaid grade, Flesch reading ease) over all sentences; (0.0, 100.0) when empty."""
    items: Sequence[SentenceStats] = list(stats)
    items = [s for s in items if s.words > 0]
    if not items:
        return 0.0, 100.0
    words = sum(s.words for s in items)
    syll = sum(s.syllables for s in items)
    return fk_grade(words, len(items), syll, profile), reading_ease(words, len(items), syll, profile)


def health_grade(grade: float, jargon_ratio: float) -> float:
    """The FK grade plus a penalty for jargon density: ``grade + JARGON_WEIGHT * jargon_ratio``.

    Formulas only see word and sentence length, so "Take the statin daily" scores as easy as "Take the pill
    daily". MedReadMe (Jiang & Xu, EMNLP 2024) showed that adding the number of jargon terms to classic
    formulas improves their agreement with human readability ratings of medical text; the weight is fitted
    on its dev split (see :data:`JARGON_WEIGHT`). The ratio is clamped to [0, 1], the result to
    [0, MAX_GRADE].
    """
    if grade != grade:          # NaN guard
        grade = 0.0
    ratio = _clamp(jargon_ratio if jargon_ratio == jargon_ratio else 0.0, 0.0, 1.0)
    return _clamp(grade + JARGON_WEIGHT * ratio, 0.0, MAX_GRADE)


__all__ = ["JARGON_WEIGHT", "MAX_EASE", "MAX_GRADE", "WORD", "aggregate", "fk_grade", "health_grade",
           "offset_stats", "reading_ease", "sentence_spans", "sentence_stats", "span_stats", "text_stats",
           "words_in"]

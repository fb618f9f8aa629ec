"""Source summaries as sentences, and the passage of a source a claim most likely rests on.

Regex-based (no spaCy), so a source's split can be computed once and cached: abstracts are full of
"95% CI 1.53 to 13.85", "et al." and "vs." that must not end a sentence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from studio.analysis.numbers import Quantity, agrees, extract_quantities

STOPWORDS_FILE = "stopwords.txt"

_ABBREVIATIONS = ("et al", "e.g", "i.e", "vs", "v", "cf", "approx", "ca", "fig", "figs", "no", "nos", "dr",
                  "prof", "mr", "mrs", "ms", "st", "vol", "ref", "resp", "incl", "approx",
                  "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9])|\n\s*")
_HEADING_LABEL = re.compile(r"^\s*(?:[A-Z][A-Za-z ]{1,40}|[A-Z][A-Z ']{1,40}):\s+(?=\S)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


@dataclass(frozen=True)
class Passage:
    """One sentence of a source text (offsets into that text)."""

    start: int
    end: int
    text: str

    @property
    def quantities(self) -> list[Quantity]:
        """Numbers in this sentence (all forms, words included)."""
        return extract_quantities(self.text, words=True)


def split_sentences(text: str) -> list[Passage]:
    """Sentences of ``text`` in order; ``text[p.start:p.end] == p.text``. Newlines always end a sentence."""
    out: list[Passage] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        cut = m.start()
        piece = text[start:cut]
        if "\n" not in m.group(0) and _ends_with_abbreviation(piece):
            continue
        _append(out, text, start, cut)
        start = m.end()
    _append(out, text, start, len(text))
    return out


def _ends_with_abbreviation(piece: str) -> bool:
    tail = piece.rstrip("\"”’)]").lower()
    if not tail.endswith("."):
        return False
    word = re.search(r"([\w.]+)\.$", tail)
    if not word:
        return False
    w = word.group(1)
    if w in _ABBREVIATIONS or tail.endswith("et al."):
        return True
    # A lone letter is an initial only after another one ("J. K. Smith"); "hepatitis C." ends a sentence.
    return len(w) == 1 and w.isalpha() and re.search(r"(?:^|\s)[A-Za-z]\.\s*[A-Za-z]\.$", tail) is not None


def _append(out: list[Passage], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Passage(start, end, text[start:end]))


def strip_label(sentence: str) -> tuple[str, str]:
    """Split a structured-abstract label off a sentence: "RESULTS: We found…" → ("RESULTS", "We found…")."""
    m = _HEADING_LABEL.match(sentence)
    if not m or len(m.group(0).split()) > 5:
        return "", sentence
    return m.group(0).strip().rstrip(":").strip(), sentence[m.end():]


@lru_cache(maxsize=4)
def _stopwords(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def stopwords(path: Path | None = None) -> frozenset[str]:
    """Function words ignored when comparing a claim with a source (``stopwords.txt`` of the language)."""
    if path is None:
        from studio.config import resources_dir

        path = resources_dir() / "lang" / "en" / STOPWORDS_FILE
    return _stopwords(path)


def stem(word: str) -> str:
    """A crude English stem, enough to match "reduced"/"reduces"/"reduction" and "patients"/"patient"."""
    w = word.lower().replace("’", "'").strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ations", "ation", "ments", "ment", "ingly", "ings", "ing", "edly", "ies", "ied",
                   "ness", "ly", "ed", "es", "s"):
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if suffix in ("ies", "ied"):
                w += "y"
            break
    if len(w) > 5 and w.endswith("e"):
        w = w[:-1]
    return w


def content_stems(text: str, stop: frozenset[str] | None = None) -> list[str]:
    """Stems of the content words of ``text`` (stopwords and one-letter words dropped)."""
    stop = stopwords() if stop is None else stop
    return [stem(w) for w in (m.group(0) for m in _WORD.finditer(text))
            if len(w) > 1 and w.lower() not in stop]


class SourceIndex:
    """A source text split into sentences, with word weights for finding the passage a claim rests on."""

    def __init__(self, text: str, stop: frozenset[str] | None = None) -> None:
        self.text = text
        self.stop = stopwords() if stop is None else stop
        self.sentences = split_sentences(text)
        self._stems = [set(content_stems(p.text, self.stop)) for p in self.sentences]
        df: Counter[str] = Counter(s for stems in self._stems for s in stems)
        n = max(len(self.sentences), 1)
        self._idf = {s: math.log(1 + n / c) for s, c in df.items()}
        self.quantities = [p.quantities for p in self.sentences]

    def best(self, claim: str, limit: int = 2) -> list[int]:
        """Indices of the sentence(s) ``claim`` most likely rests on: the best match, plus the runner-up
        when it scores nearly as well. Empty when nothing overlaps."""
        scores = self.scores(claim)
        ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
        if not ranked or scores[ranked[0]] <= 0:
            return []
        top = scores[ranked[0]]
        return [i for i in ranked[:limit] if scores[i] >= 0.8 * top]

    def scores(self, claim: str) -> list[float]:
        """Overlap score of ``claim`` with every sentence (idf-weighted shared stems, shared numbers)."""
        claim_stems = set(content_stems(claim, self.stop))
        claim_numbers = [q for q in extract_quantities(claim, words=True) if not q.statistic]
        out: list[float] = []
        for stems, quantities in zip(self._stems, self.quantities, strict=True):
            score = sum(self._idf.get(s, 0.0) for s in claim_stems & stems)
            for q in claim_numbers:
                if any(s.family == q.family and agrees(q, s.value) for s in quantities):
                    score += 1.5
            out.append(score)
        return out

    def passage(self, indices: Iterable[int]) -> str:
        """The text of the given sentences, in source order."""
        return " ".join(self.sentences[i].text for i in sorted(set(indices)))


def quantities_of(sentences: Sequence[Passage]) -> list[Quantity]:
    """All quantities of several sentences."""
    return [q for p in sentences for q in p.quantities]


__all__ = ["Passage", "SourceIndex", "content_stems", "quantities_of", "split_sentences", "stem",
           "stopwords", "strip_label"]

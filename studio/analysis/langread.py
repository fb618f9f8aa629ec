"""Readability for languages other than English: the formula each language's readers know.

* French — Kandel & Moles (1958), Flesch adapted to French: ``207 − 1.015·W/S − 73.6·Syl/W``;
* Spanish — Szigriszt-Pazos perspicuity (1993), read on the INFLESZ scale (Barrio-Cantalejo et al. 2008):
  ``206.835 − 62.3·Syl/W − W/S``;
* Brazilian Portuguese — Martins et al. (1996), Flesch adapted to Portuguese: ``248.835 − 1.015·W/S − 84.6·Syl/W``;
* Indonesian and Korean — no grade formula is in common use, so a documented *difficulty* measure: average
  sentence length in words (eojeol for Korean) plus a rare-word share, ``W/S + 50·rare/W`` where a rare word
  has a wordfreq Zipf frequency below :data:`RARE_ZIPF` (about 1 use in a million words);
* Japanese — sentence length in characters and the share of kanji, the two strongest predictors in
  Japanese readability research (e.g. Tateishi et al. 1988; jReadability): ``C/S / 2 + 100·kanji/C``.

The three ease scores (higher = easier) and the two difficulty scores (higher = harder) are all shown as
"easy / medium / hard" with the thresholds of :data:`LEVELS`. Syllables come from pyphen's hyphenation
dictionary of the language (counted with every break allowed, so word edges split too).

Per sentence, the same measure marks hard and very hard sentences (:func:`classify`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from studio.analysis import readability
from studio.analysis.model import HARD_SENTENCE, VERY_HARD_SENTENCE, SentenceStats
from studio.analysis.profile import (
    CHARS_KANJI,
    FLESCH_KINCAID,
    KANDEL_MOLES,
    LENGTH_RARITY,
    MARTINS_FLESCH,
    SZIGRISZT_INFLESZ,
    LanguageProfile,
)

if TYPE_CHECKING:
    import pyphen
    from spacy.tokens import Doc

RARE_ZIPF = 3.0
EASE_MEASURES = frozenset({FLESCH_KINCAID, KANDEL_MOLES, SZIGRISZT_INFLESZ, MARTINS_FLESCH})

#: measure → (easy at or beyond, hard at or beyond). Ease scores: easy ≥ first, hard < second.
#: Difficulty scores: easy < first, hard ≥ second. INFLESZ: ≥ 65 "bastante fácil", < 55 "algo difícil";
#: Kandel–Moles and Flesch: ≥ 60 "standard or easier", < 40 "difficult"; Martins: ≥ 60, < 40 likewise.
LEVELS: dict[str, tuple[float, float]] = {
    FLESCH_KINCAID: (60.0, 40.0), KANDEL_MOLES: (60.0, 40.0), SZIGRISZT_INFLESZ: (65.0, 55.0),
    MARTINS_FLESCH: (60.0, 40.0), LENGTH_RARITY: (18.0, 28.0), CHARS_KANJI: (40.0, 60.0),
}
#: measure → (hard sentence, very hard sentence) thresholds for one sentence, same direction as LEVELS.
SENTENCE_LIMITS: dict[str, tuple[float, float]] = {
    KANDEL_MOLES: (40.0, 20.0), SZIGRISZT_INFLESZ: (40.0, 20.0), MARTINS_FLESCH: (40.0, 20.0),
    LENGTH_RARITY: (30.0, 42.0), CHARS_KANJI: (60.0, 85.0),
}
#: Fewest words (characters for Japanese) before a sentence can be hard / very hard.
MIN_SIZE: dict[str, tuple[int, int]] = {CHARS_KANJI: (40, 30)}
DEFAULT_MIN_SIZE = (14, 10)

MEASURE_NAMES: dict[str, str] = {
    FLESCH_KINCAID: "Flesch reading ease", KANDEL_MOLES: "Kandel–Moles", SZIGRISZT_INFLESZ: "INFLESZ",
    MARTINS_FLESCH: "Flesch (Martins et al.)", LENGTH_RARITY: "sentence length + rare words",
    CHARS_KANJI: "sentence length + kanji share",
}

_VOWELS = re.compile(r"[aeiouyáéíóúàèìòùâêîôûãõäëïöüœæ]+", re.I)
_CJK_WORD = re.compile(r"[\w々〆ー]+")


def is_kanji(ch: str) -> bool:
    """A CJK ideograph (kanji) or the repetition mark 々."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "々"


@lru_cache(maxsize=8)
def _hyphenator(lang: str) -> pyphen.Pyphen | None:
    try:
        import pyphen

        return pyphen.Pyphen(lang=lang, left=1, right=1)
    except Exception:
        return None


@lru_cache(maxsize=65536)
def syllables(word: str, lang: str) -> int:
    """Syllables of one written word by the language's hyphenation patterns (vowel groups as fallback);
    a number counts as one syllable per digit group, at most 3 (as in the English formulas)."""
    if any(c.isdigit() for c in word):
        return max(1, min(3, len(re.findall(r"\d+", word))))
    w = word.lower()
    hyph = _hyphenator(lang) if lang else None
    by_pattern = len(hyph.positions(w)) + 1 if hyph is not None else 0
    return max(1, by_pattern or len(_VOWELS.findall(w)))


class RarityLookup:
    """wordfreq Zipf frequencies of one language, cached (the rare-word share of the difficulty measure).

    Words are looked up in wordfreq's frequency table directly (no wordfreq tokenizer, which would need
    MeCab for Japanese): the same numbers as ``zipf_frequency`` for a single word."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._freqs: dict[str, float] | None = None
        self._cache: dict[str, float] = {}

    def zipf(self, word: str) -> float:
        """Zipf frequency of ``word`` (lower-cased; 0.0 when wordfreq has never seen it)."""
        w = normalize(word.casefold())
        z = self._cache.get(w)
        if z is None:
            if self._freqs is None:
                from wordfreq import get_frequency_dict

                self._freqs = get_frequency_dict(self.lang, wordlist="best")
            f = self._freqs.get(w, 0.0)
            z = round(math.log10(f) + 9.0, 2) if f > 0 else 0.0
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[w] = z
        return z

    def is_rare(self, word: str) -> bool:
        """A word most viewers rarely meet (numbers and one-letter words never are)."""
        if len(word) < 2 or any(c.isdigit() for c in word):
            return False
        return self.zipf(word) < RARE_ZIPF


def sentence_stats(doc: Doc, profile: LanguageProfile, rarity: RarityLookup) -> list[SentenceStats]:
    """One :class:`SentenceStats` per sentence of ``doc`` that has words, measured for ``profile``."""
    out: list[SentenceStats] = []
    text = doc.text
    for start, end in readability.sentence_spans(doc):
        stats = offset_stats(text, start, end, profile, rarity, doc)
        if stats is not None:
            out.append(stats)
    return out


def offset_stats(text: str, start: int, end: int, profile: LanguageProfile, rarity: RarityLookup,
                 doc: Doc | None = None) -> SentenceStats | None:
    """Counts for ``text[start:end]`` as one sentence (None for no words or a markdown heading)."""
    piece = text[start:end]
    if readability._HEADING.match(piece) and (start == 0 or text[start - 1] == "\n"):
        return None
    if profile.readability == CHARS_KANJI:
        words = _tokens_in(doc, start, end) if doc is not None else _CJK_WORD.findall(piece)
    else:
        words = [m.group(0) for m in readability.words_in(piece)]
    if not words:
        return None
    chars = sum(1 for c in readability._blank(piece, readability.CITATION) if c.isalnum())
    n_syll = sum(syllables(w, profile.pyphen_lang) for w in words) if profile.pyphen_lang else 0
    rare = 0
    if profile.readability == LENGTH_RARITY:
        if doc is not None and profile.code == "ko":   # Korean words carry endings: judge the stems (nouns)
            rare = sum(1 for t in doc if start <= t.idx < end and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")
                       and len(t.lemma_) >= 2 and rarity.is_rare(t.lemma_))
        else:
            rare = sum(1 for w in words if rarity.is_rare(w))
    kanji = sum(1 for c in piece if is_kanji(c))
    stripped = len(piece) - len(piece.lstrip())
    stats = SentenceStats(start=start + stripped, end=start + len(piece.rstrip()), words=len(words),
                          syllables=n_syll, long_words=0, characters=chars, rare_words=rare, kanji=kanji)
    return _with_score(stats, profile)


def _tokens_in(doc: Doc, start: int, end: int) -> list[str]:
    return [t.text for t in doc if start <= t.idx < end and not (t.is_punct or t.is_space)
            and any(c.isalnum() for c in t.text)]


def score(words: int, sentences: int, syll: int, chars: int, rare: int, kanji: int,
          profile: LanguageProfile) -> float:
    """The language's readability score for these counts (see the module docstring)."""
    if words <= 0 or sentences <= 0:
        return 100.0 if profile.readability in EASE_MEASURES else 0.0
    measure = profile.readability
    if measure in EASE_MEASURES:
        a, b, c = profile.reading_ease
        return max(0.0, min(readability.MAX_EASE, a - b * words / sentences - c * syll / words))
    if measure == LENGTH_RARITY:
        return words / sentences + 50.0 * rare / words
    if measure == CHARS_KANJI:
        return chars / sentences / 2.0 + 100.0 * kanji / max(chars, 1)
    raise ValueError(f"unknown readability measure {measure!r}")


def _with_score(stats: SentenceStats, profile: LanguageProfile) -> SentenceStats:
    from dataclasses import replace

    value = score(stats.words, 1, stats.syllables, stats.characters, stats.rare_words, stats.kanji, profile)
    return replace(stats, score=round(value, 2))


def aggregate(stats: Iterable[SentenceStats], profile: LanguageProfile) -> float:
    """The script's score over all sentences."""
    items: Sequence[SentenceStats] = [s for s in stats if s.words > 0]
    return score(sum(s.words for s in items), len(items), sum(s.syllables for s in items),
                 sum(s.characters for s in items), sum(s.rare_words for s in items),
                 sum(s.kanji for s in items), profile)


def level(value: float, measure: str, has_text: bool = True) -> str:
    """"easy", "medium" or "hard" for a score of ``measure`` ("" when there is no text)."""
    if not has_text:
        return ""
    easy, hard = LEVELS[measure]
    if measure in EASE_MEASURES:
        return "easy" if value >= easy else "hard" if value < hard else "medium"
    return "easy" if value < easy else "hard" if value >= hard else "medium"


def classify(stats: SentenceStats, measure: str) -> str | None:
    """``very_hard_sentence``, ``hard_sentence`` or None for one sentence."""
    hard, very = SENTENCE_LIMITS[measure]
    min_hard, min_very = MIN_SIZE.get(measure, DEFAULT_MIN_SIZE)
    size = stats.characters if measure == CHARS_KANJI else stats.words
    if measure in EASE_MEASURES:
        is_very, is_hard = stats.score < very, stats.score < hard
    else:
        is_very, is_hard = stats.score >= very, stats.score >= hard
    if is_very and size >= min_very:
        return VERY_HARD_SENTENCE
    if is_hard and size >= min_hard:
        return HARD_SENTENCE
    return None


def normalize(text: str) -> str:
    """NFC form (pyphen and wordfreq expect composed accents)."""
    return unicodedata.normalize("NFC", text)


__all__ = ["EASE_MEASURES", "LEVELS", "MEASURE_NAMES", "RarityLookup", "aggregate", "classify", "is_kanji",
           "level", "offset_stats", "score", "sentence_stats", "syllables"]

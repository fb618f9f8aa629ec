"""How long a script takes to say: words as read aloud, then seconds at the creator's pace.

Pure Python and regex-based (no spaCy) so it can run on every keystroke. The count models what a presenter
actually says:

* numbers are read in English: "1,250" → "one thousand two hundred fifty" (5), "2.5" → "two point five" (3),
  "30%" → "thirty percent" (2), "$20" → "twenty dollars" (2), "1990" → "nineteen ninety" (2),
  "10-20" → "ten to twenty" (3), "3rd" → "third" (1); compound tens count as two words ("twenty-four"),
  because each part takes as long to say as a short word;
* abbreviations and symbols from ``resources/lang/<code>/spoken_abbreviations.tsv``:
  "e.g." → "for example" (2), "vs." → "versus" (1), "&" → "and" (1), "mmHg" → 3;
* initialisms read letter by letter ("BMI", "HIV", "HbA1c") count half a word per spoken letter syllable,
  rounded up (B-M-I → 2, A-D-H-D → 2): a letter name is one short syllable, about half an average spoken
  word, so one word per letter would overstate the time; acronyms said as words ("NASA", "COVID") and
  words in capitals for emphasis ("This is STRONG", "DON'T") count 1 (see
  :func:`studio.analysis.syllables.is_initialism`);
* hyphenated words count one per part ("well-known" → 2), as they are spoken;
* not spoken, so 0: emoji and other symbols, URLs, bare web addresses ("nhs.uk") and e-mail addresses, citation markers ``[1]``,
  ``[1, 3-5]``, ``[@smith2021]``, markdown headings (``# Title``), list markers and link targets.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from studio.analysis.numwords import NUMBER_PATTERN, integer_words, number_reading, ordinal_reading

if TYPE_CHECKING:
    from studio.analysis.profile import LanguageProfile

DEFAULT_WPM = 150.0
ABBREVIATIONS_FILE = "spoken_abbreviations.tsv"

# A citation marker the app manages: [1], [1, 2], [3-5], [@smith2021], [@a; @b, p. 4]
CITATION = re.compile(r"\[\s*(?:@[^\]\s;,]+(?:\s*[;,]\s*@?[^\]\s;,]+)*(?:\s*,\s*p+\.\s*[\d\-–]+)?"
                      r"|\d+(?:\s*[-–,]\s*\d+)*)\s*\]")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t].*)?$", re.M)
_LIST_MARKER = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[-*+•])[ \t]+", re.M)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")
_URL = re.compile(r"(?:https?://|ftp://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", re.I)
#: A bare web address ("nhs.uk", "cdc.gov/sleep") ends in one of these.
_TLDS = frozenset({"com", "org", "net", "gov", "edu", "io", "co", "uk", "info", "health", "ly", "au", "ca",
                   "nz", "ie", "int", "eu", "de", "fr", "app", "me", "tv"})

_SCALE_WORD = r"(?:k|K|m|M|bn|mn|thousand|million|billion|trillion)\b"
_TOKEN_PARTS = (
    rf"(?P<money>[$£€¥]\s?(?P<mnum>{NUMBER_PATTERN})(?:\s?(?P<mscale>{_SCALE_WORD}))?)"
    rf"|(?P<num>{NUMBER_PATTERN})(?P<suffix>%|st\b|nd\b|rd\b|th\b|s\b|x\b|×)?"
    r"|(?P<range>(?<=\d)\s?[-–—]\s?(?=[$£€¥]?\d))"
    r"|(?P<word>[^\W\d_][\w'’]*(?:[./\-‐][\w'’]+)*\.?)"
)
_MONEY_WORDS = {"$": "dollars", "£": "pounds", "€": "euros", "¥": "yen"}
_SCALE_READING = {"k": "thousand", "K": "thousand", "m": "million", "M": "million", "bn": "billion",
                  "mn": "million"}


def _count(reading: str) -> int:
    return len([w for w in re.split(r"[\s\-]+", reading) if w])


@dataclass(frozen=True)
class _Table:
    """The spoken-abbreviations table and the one-pass token regex built from it (cached per file)."""

    dotted: dict[str, int]              # casefolded "e.g." → 2
    plain: dict[str, int]               # exact "mmHg" → 3
    symbols: dict[str, int]             # "&" → 1, "°C" → 2
    phrases: re.Pattern[str] | None     # entries with a space ("et al."), replaced before scanning
    phrase_counts: dict[str, int]
    tokens: re.Pattern[str]

    def word_count(self, word: str) -> int:
        """Spoken words of one word-like token (abbreviation, web address, initialism or plain word)."""
        if "." in word:
            n = self.dotted.get(word.casefold())
            if n is not None:
                return n
        bare = word[:-1] if word.endswith(".") else word
        n = self.plain.get(bare)
        if n is not None:
            return n
        if "." in bare and bare.split("/", 1)[0].rsplit(".", 1)[-1].lower() in _TLDS:
            return 0                                 # "nhs.uk", "cdc.gov/sleep": not read out
        return _word_count(bare)


@lru_cache(maxsize=8)
def _table(path: Path) -> _Table:
    """Read one abbreviations file (immutable data, cached per path); a missing file gives an empty table."""
    entries: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    for line in lines:
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        written, spoken = (p.strip() for p in line.split("\t", 1))
        if written:
            entries[written] = spoken
    dotted: dict[str, int] = {}
    plain: dict[str, int] = {}
    phrase_counts: dict[str, int] = {}
    symbols: dict[str, int] = {}
    for written, spoken in entries.items():
        n = _count(spoken)
        if " " in written:
            phrase_counts[written.casefold()] = n
        elif not written[0].isalnum():
            symbols[written] = n
        elif "." in written:
            dotted[written.casefold()] = n
        else:
            plain[written] = n
    phrases = (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(phrase_counts, key=len,
                                                                               reverse=True)) + ")", re.I)
               if phrase_counts else None)
    sym = "|".join(re.escape(k) + (r"(?!\w)" if k[-1].isalnum() else "")
                   for k in sorted(symbols, key=len, reverse=True))
    tokens = re.compile(_TOKEN_PARTS + (f"|(?P<sym>{sym})" if sym else ""))
    return _Table(dotted, plain, symbols, phrases, phrase_counts, tokens)


@lru_cache(maxsize=65536)
def _word_count(word: str) -> int:
    if word.isalpha() and (word.islower() or word[1:].islower()):
        return 1                                   # the common case: an ordinary word
    from studio.analysis.syllables import is_initialism, spelled_syllables

    total = 0
    for part in re.split(r"[-‐/]", word):
        if not part:
            continue
        if part.isdigit():
            total += _count(number_reading(part))
        elif "." in part or is_initialism(part):
            letters = part.replace(".", "")
            total += max(1, math.ceil(spelled_syllables(letters) / 2))
        else:
            total += 1
    return total


def _match_words(m: re.Match[str], table: _Table) -> int:
    kind = m.lastgroup
    if kind == "word":
        return table.word_count(m.group("word"))
    if kind == "money":
        n = _count(number_reading(m.group("mnum")))
        return n + (1 if m.group("mscale") else 0) + 1
    if kind in ("num", "suffix"):
        reading = number_reading(m.group("num"))
        suffix = m.group("suffix") or ""
        if suffix in ("st", "nd", "rd", "th"):
            return _count(ordinal_reading(reading))
        return _count(reading) + (1 if suffix in ("%", "x", "×") else 0)
    if kind == "range":
        return 1                                   # "10-20": "to"
    if kind == "sym":
        return table.symbols.get(m.group("sym"), 1)
    return 0


def strip_unspoken(text: str) -> str:
    """``text`` without what is never read aloud: markdown headings and list markers, link targets,
    citation markers, URLs and e-mail addresses (each replaced by a space)."""
    if "#" in text:
        text = _HEADING.sub(" ", text)
    text = _LIST_MARKER.sub(" ", text)
    if "[" in text:
        text = CITATION.sub(" ", _MD_LINK.sub(r" \1 ", text))
    if "://" in text or "www." in text or "@" in text:
        text = _URL.sub(" ", text)
    return text


def spoken_word_count(text: str, profile: LanguageProfile | None = None) -> int:
    """Number of words a presenter says when reading ``text`` aloud (see the module docstring)."""
    if not text or not text.strip():
        return 0
    table = _table(profile.resource(ABBREVIATIONS_FILE) if profile is not None else _default_abbreviations())
    text = strip_unspoken(text)
    total = 0
    if table.phrases is not None:
        def _phrase(m: re.Match[str]) -> str:
            nonlocal total
            total += table.phrase_counts.get(m.group(0).casefold(), 1)
            return " "
        text = table.phrases.sub(_phrase, text)
    for m in table.tokens.finditer(text):
        total += _match_words(m, table)
    return total


def _default_abbreviations() -> Path:
    from studio.config import resources_dir

    return resources_dir() / "lang" / "en" / ABBREVIATIONS_FILE


def seconds(words: int, wpm: float) -> float:
    """Seconds to say ``words`` at ``wpm`` words per minute (a non-positive pace falls back to 150)."""
    if words <= 0:
        return 0.0
    pace = wpm if wpm and wpm > 0 else DEFAULT_WPM
    return words * 60.0 / pace


__all__ = ["CITATION", "DEFAULT_WPM", "integer_words", "number_reading", "seconds", "spoken_word_count"]

"""How long a script takes to say: words as read aloud, then seconds at the creator's pace.

Pure Python and regex-based (no spaCy) so it can run on every keystroke. The count models what a presenter
actually says:

* numbers are read in English: "1,250" → "one thousand two hundred fifty" (5), "2.5" → "two point five" (3),
  "30%" → "thirty percent" (2), "$20" → "twenty dollars" (2), "1990" → "nineteen ninety" (2),
  "10-20" → "ten to twenty" (3), "3rd" → "third" (1); compound tens count as two words ("twenty-four"),
  because each part takes as long to say as a short word;
* abbreviations and symbols from ``resources/lang/<code>/spoken_abbreviations.tsv``:
  "e.g." → "for example" (3), "vs." → "versus" (1), "&" → "and" (1), "mmHg" → 3;
* initialisms read letter by letter ("BMI", "HIV", "HbA1c") count half a word per spoken letter syllable,
  rounded up (B-M-I → 2, A-D-H-D → 2): a letter name is one short syllable, about half an average spoken
  word, so one word per letter would overstate the time; acronyms said as words ("NASA", "COVID") and
  words in capitals for emphasis ("This is STRONG", "DON'T") count 1 (see
  :func:`studio.analysis.syllables.is_initialism`);
* hyphenated words count one per part ("well-known" → 2), as they are spoken;
* not spoken, so 0: emoji and other symbols, URLs and e-mail addresses, citation markers ``[1]``,
  ``[1, 3-5]``, ``[@smith2021]``, markdown headings (``# Title``), list markers and link targets.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio.analysis.profile import LanguageProfile

DEFAULT_WPM = 150.0
ABBREVIATIONS_FILE = "spoken_abbreviations.tsv"

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))
_ORDINAL_IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                      "nine": "ninth", "twelve": "twelfth"}

# A citation marker the app manages: [1], [1, 2], [3-5], [@smith2021], [@a; @b, p. 4]
CITATION = re.compile(r"\[\s*(?:@[^\]\s;,]+(?:\s*[;,]\s*@?[^\]\s;,]+)*(?:\s*,\s*p+\.\s*[\d\-–]+)?"
                      r"|\d+(?:\s*[-–,]\s*\d+)*)\s*\]")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t].*)?$", re.M)
_LIST_MARKER = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|[-*+•])[ \t]+", re.M)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")
_URL = re.compile(r"(?:https?://|ftp://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
                  r"|\b(?:[\w-]+\.)+(?:com|org|net|gov|edu|io|co|uk|info|health|ly)(?:/\S*)?\b", re.I)

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_SCALE_WORD = r"(?:k|K|m|M|bn|mn|thousand|million|billion|trillion)\b"
_TOKEN = re.compile(
    rf"(?P<money>[$£€¥]\s?(?P<mnum>{_NUM})(?:\s?(?P<mscale>{_SCALE_WORD}))?)"
    rf"|(?P<num>{_NUM})(?P<suffix>%|st\b|nd\b|rd\b|th\b|s\b|x\b|×)?"
    r"|(?P<range>(?<=\d)\s?[-–—]\s?(?=[$£€¥]?\d))"
    r"|(?P<word>[^\W\d_](?:[^\W_]|['’.\-](?=[^\W_]))*)"
)
_MONEY_WORDS = {"$": "dollars", "£": "pounds", "€": "euros", "¥": "yen"}
_SCALE_READING = {"k": "thousand", "K": "thousand", "m": "million", "M": "million", "bn": "billion",
                  "mn": "million"}


def integer_words(n: int) -> list[str]:
    """English reading of a non-negative integer, as words ("twenty-four" is one entry)."""
    if n < 20:
        return [_ONES[n]]
    if n < 100:
        tens, ones = divmod(n, 10)
        return [_TENS[tens] + (f"-{_ONES[ones]}" if ones else "")]
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return [_ONES[hundreds], "hundred", *(integer_words(rest) if rest else [])]
    for value, name in _SCALES:
        if n >= value:
            if n // value >= 1000:           # beyond trillions: digit by digit
                return [_ONES[int(d)] for d in str(n)]
            head, rest = divmod(n, value)
            return [*integer_words(head), name, *(integer_words(rest) if rest else [])]
    return [_ONES[int(d)] for d in str(n)]


def _year_like(n: int) -> list[str] | None:
    """Four-digit numbers without a comma are read in pairs: 1990 → "nineteen ninety", 1500 → "fifteen hundred"."""
    if not 1100 <= n <= 9999 or n % 1000 == 0 or 2000 <= n <= 2009:
        return None
    hi, lo = divmod(n, 100)
    if lo == 0:
        return [*integer_words(hi), "hundred"]
    if lo < 10:
        return [*integer_words(hi), "oh", _ONES[lo]]
    return [*integer_words(hi), *integer_words(lo)]


def number_reading(text: str) -> str:
    """How a written number is read: "1,250" → "one thousand two hundred fifty", "2.5" → "two point five"."""
    raw = text.strip()
    if not raw or not re.fullmatch(_NUM, raw):
        return ""
    whole, _, frac = raw.partition(".")
    digits = whole.replace(",", "")
    words: list[str] = []
    if digits:
        n = int(digits)
        year = _year_like(n) if ("," not in whole and not frac and len(digits) == 4) else None
        words = year or integer_words(n)
    elif frac:
        words = ["zero"]
    if frac:
        words += ["point", *(_ONES[int(d)] for d in frac)]
    return " ".join(words)


def _ordinal(reading: str) -> str:
    words = reading.split(" ")
    last = words[-1]
    head, dash, tail = last.rpartition("-")
    if tail in _ORDINAL_IRREGULAR:
        tail = _ORDINAL_IRREGULAR[tail]
    elif tail.endswith("y"):
        tail = tail[:-1] + "ieth"
    else:
        tail += "th"
    words[-1] = head + dash + tail
    return " ".join(words)


def _count(reading: str) -> int:
    return len([w for w in re.split(r"[\s\-]+", reading) if w])


@lru_cache(maxsize=8)
def _abbreviations(path: Path) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """(matcher, {key: spoken word count}) for one abbreviations file; immutable, cached per path."""
    entries: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        written, spoken = (p.strip() for p in line.split("\t", 1))
        if written:
            entries[written] = spoken
    if not entries:
        return None, {}
    counts: dict[str, int] = {}
    parts: list[str] = []
    for written in sorted(entries, key=len, reverse=True):
        body = re.escape(written)
        pre = r"(?<![\w.])" if written[0].isalnum() else ""
        post = r"(?![\w])" if written[-1].isalnum() or written[-1] == "." else ""
        if "." in written:
            body = f"(?i:{body})"
            counts[written.casefold()] = _count(entries[written])
        else:
            counts[written] = _count(entries[written])
        parts.append(pre + body + post)
    return re.compile("|".join(parts)), counts


def _word_count(word: str) -> int:
    from studio.analysis.syllables import is_initialism, spelled_syllables

    total = 0
    for part in re.split(r"[-]", word):
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


def _match_words(m: re.Match[str]) -> int:
    if m.group("money"):
        n = _count(number_reading(m.group("mnum")))
        scale = m.group("mscale")
        return n + (1 if scale else 0) + 1
    if m.group("num"):
        reading = number_reading(m.group("num"))
        suffix = m.group("suffix") or ""
        if suffix in ("st", "nd", "rd", "th"):
            return _count(_ordinal(reading))
        extra = 1 if suffix in ("%", "x", "×") else 0
        return _count(reading) + extra
    if m.group("range"):
        return 1                                   # "10-20": "to"
    return _word_count(m.group("word"))


def spoken_word_count(text: str, profile: LanguageProfile | None = None) -> int:
    """Number of words a presenter says when reading ``text`` aloud (see the module docstring)."""
    if not text or not text.strip():
        return 0
    text = _HEADING.sub(" ", text)
    text = _LIST_MARKER.sub(" ", text)
    text = _MD_LINK.sub(r" \1 ", text)
    text = CITATION.sub(" ", text)
    text = _URL.sub(" ", text)
    total = 0
    path = profile.resource(ABBREVIATIONS_FILE) if profile is not None else _default_abbreviations()
    matcher, counts = _abbreviations(path)
    if matcher is not None:
        def _sub(m: re.Match[str]) -> str:
            nonlocal total
            key = m.group(0)
            total += counts.get(key, counts.get(key.casefold(), 1))
            return " "
        text = matcher.sub(_sub, text)
    for m in _TOKEN.finditer(text):
        total += _match_words(m)
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

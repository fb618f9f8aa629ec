"""How English numbers are read aloud ("1,250" -> "one thousand two hundred fifty"), for speaking time and
syllable counts. The lowest floor of the analysis: imports nothing of the app."""

from __future__ import annotations

import re

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))
_ORDINAL_IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                      "nine": "ninth", "twelve": "twelfth"}
NUMBER_PATTERN = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"


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
    if not raw or not re.fullmatch(NUMBER_PATTERN, raw):
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


def ordinal_reading(reading: str) -> str:
    """The ordinal of a number's reading: "twenty-one" -> "twenty-first"."""
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


__all__ = ["NUMBER_PATTERN", "integer_words", "number_reading", "ordinal_reading"]

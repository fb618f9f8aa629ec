"""Speaking time for languages other than English: units as said aloud, in the language's own unit.

* French, Spanish, Portuguese, Indonesian — **words**, with numbers read in the language by ``num2words``
  ("1 250" → "mille deux cent cinquante" = 4, "2,5" → "dos coma cinco" = 3, "30 %" → "trinta por cento" = 3);
  written numbers may use a comma or a point for decimals and a point, comma or (narrow) space for
  thousands — a separator followed by exactly three digits is read as thousands;
* Japanese — **morae** (the timing unit of spoken Japanese): each token's reading from SudachiPy
  (katakana; small ャュョァィゥェォ do not count, ッ ン ー do), numbers read by ``num2words(reading=True)``;
  without the tokenizer, kana count one mora each and kanji two (the average of on-readings);
* Korean — **syllables**: each Hangul block is one, numbers are read in Sino-Korean by ``num2words``.

Symbols and abbreviations come from ``spoken_abbreviations.tsv`` of the language (``%`` → "pour cent").
Not spoken: citation markers, URLs, e-mail addresses, markdown headings and list markers, emoji.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from studio.analysis.speaking import ABBREVIATIONS_FILE, strip_unspoken

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from studio.analysis.profile import LanguageProfile

_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
_THOUSANDS = re.compile(r"(?<=\d)[.,\u00a0\u202f ](?=\d{3}(?!\d))")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
_SMALL_KANA = frozenset("ャュョァィゥェォヮゃゅょぁぃぅぇぉゎ")
_SPLIT_WORDS = re.compile(r"[\s\-‐,]+")


def number_value(text: str) -> float | int | None:
    """The value of a written number in the European or the English convention ("1.250" and "1,250" are
    1250; "2,5" and "2.5" are 2.5); None when it is not a number."""
    raw = text.strip()
    if not raw or not raw[0].isdigit():
        return None
    raw = _THOUSANDS.sub("", raw)
    raw = raw.replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        return None
    return int(value) if value.is_integer() and "." not in raw else value


@lru_cache(maxsize=4096)
def number_words(text: str, lang: str) -> str:
    """How a written number is read aloud in ``lang`` (num2words), "" when it cannot be read."""
    value = number_value(text)
    if value is None:
        return ""
    try:
        from num2words import num2words

        if lang == "ja":
            return str(num2words(value, lang="ja", reading=True))
        return str(num2words(value, lang=lang))
    except Exception:  # num2words missing a rule for this size/language: digit by digit
        return " ".join(text)


def _count_words(reading: str) -> int:
    return len([w for w in _SPLIT_WORDS.split(reading) if w])


def katakana_morae(reading: str) -> int:
    """Morae of a kana reading: every kana counts except the small glide kana (ャュョ …)."""
    return sum(1 for c in reading if ("\u3041" <= c <= "\u30ff") and c not in _SMALL_KANA and c != "・")


@lru_cache(maxsize=16)
def _symbols(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return out
    for line in lines:
        if line.strip() and not line.startswith("#") and "\t" in line:
            written, spoken = (p.strip() for p in line.split("\t", 1))
            if written:
                out[written] = spoken
    return out


def spoken_units(text: str, profile: LanguageProfile, tokenize: Callable[[str], Doc] | None = None) -> int:
    """Speaking units (words, morae or syllables; see the module docstring) of ``text`` read aloud."""
    if not text or not text.strip():
        return 0
    text = strip_unspoken(text)
    table = _symbols(profile.resource(ABBREVIATIONS_FILE))
    if profile.speaking_unit == "morae":
        return _morae(text, profile, table, tokenize)
    if profile.speaking_unit == "syllables":
        return _hangul_syllables(text, profile, table)
    return _words(text, profile, table)


def spoken_count(text: str, profile: LanguageProfile, tokenize: Callable[[str], Doc] | None = None) -> int:
    """Speaking units of ``text`` in any language: English words (:mod:`studio.analysis.speaking`) or the
    language's own unit (:func:`spoken_units`)."""
    if profile.code == "en":
        from studio.analysis.speaking import spoken_word_count

        return spoken_word_count(text, profile)
    return spoken_units(text, profile, tokenize)


def pace(profile: LanguageProfile, words_per_minute: float) -> float:
    """The pace to time a script with: the project's, or the language's default pace when the project has
    the English default of 150 (far too slow in morae or syllables)."""
    from studio.analysis.speaking import DEFAULT_WPM

    if profile.code != "en" and (not words_per_minute or words_per_minute == DEFAULT_WPM):
        return profile.speaking_rate
    return words_per_minute


def _unit_count(spoken: str, profile: LanguageProfile) -> int:
    if profile.speaking_unit == "morae":
        return katakana_morae(spoken) or len(spoken)
    if profile.speaking_unit == "syllables":
        return sum(1 for c in spoken if "\uac00" <= c <= "\ud7a3") or _count_words(spoken)
    return _count_words(spoken)


def _symbol_units(text: str, table: dict[str, str], profile: LanguageProfile) -> tuple[str, int]:
    """Count listed symbols and abbreviations and blank them out of ``text`` (an entry that starts or ends
    with a letter only matches as a whole word: "Dr" is not inside "Drogue")."""
    total = 0
    for written in sorted(table, key=len, reverse=True):
        if written not in text:
            continue
        head = r"(?<!\w)" if written[:1].isalnum() else ""
        tail = r"(?!\w)" if written[-1:].isalnum() else ""
        pattern = re.compile(head + re.escape(written) + tail)
        n = len(pattern.findall(text))
        if n:
            total += n * _unit_count(table[written], profile)
            text = pattern.sub(" ", text)
    return text, total


def _words(text: str, profile: LanguageProfile, table: dict[str, str]) -> int:
    total = 0
    for m in _NUMBER.finditer(text):
        total += _count_words(number_words(m.group(0), profile.number_lang)) or 1
    text = _NUMBER.sub(" ", text)
    text, extra = _symbol_units(text, table, profile)
    total += extra
    for m in _WORD.finditer(text):
        total += len([p for p in re.split(r"[-‐]", m.group(0)) if p])
    return total


def _hangul_syllables(text: str, profile: LanguageProfile, table: dict[str, str]) -> int:
    total = 0
    for m in _NUMBER.finditer(text):
        total += _unit_count(number_words(m.group(0), profile.number_lang), profile) or 1
    text = _NUMBER.sub(" ", text)
    text, extra = _symbol_units(text, table, profile)
    total += extra
    total += sum(1 for c in text if "\uac00" <= c <= "\ud7a3")
    from studio.analysis.langread import syllables

    total += sum(syllables(m.group(0), "") for m in re.finditer(r"[A-Za-z]+", text))
    return total


def _morae(text: str, profile: LanguageProfile, table: dict[str, str],
           tokenize: Callable[[str], Doc] | None) -> int:
    total = 0
    for m in _NUMBER.finditer(text):
        total += katakana_morae(number_words(m.group(0), "ja")) or 1
    text = _NUMBER.sub(" ", text)
    text, extra = _symbol_units(text, table, profile)
    total += extra
    if tokenize is not None:
        for tok in tokenize(text):
            if tok.is_space or tok.is_punct or not any(c.isalnum() for c in tok.text):
                continue
            reading = tok.morph.get("Reading")
            total += katakana_morae(reading[0]) if reading else _kana_estimate(tok.text)
        return total
    return total + _kana_estimate(text)


def _kana_estimate(text: str) -> int:
    from studio.analysis.langread import is_kanji

    n = 0
    for c in text:
        if is_kanji(c):
            n += 2
        elif "\u3041" <= c <= "\u30ff" and c not in _SMALL_KANA and c != "・":
            n += 1
        elif c.isascii() and c.isalpha():
            n += 1
    return n


__all__ = ["katakana_morae", "number_value", "number_words", "pace", "spoken_count", "spoken_units"]

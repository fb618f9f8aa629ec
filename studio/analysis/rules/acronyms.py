"""Acronyms used before (or without) being spelled out: "RCT", "CBT", "SSRIs", "GLP-1".

``find`` reports every acronym-looking word of a chunk as a candidate, plus an internal ``_acronym_def``
note where the chunk spells one out — "cognitive behavioural therapy (CBT)" or "CBT (cognitive behavioural
therapy)" or "CBT stands for …". The spelled-out words must fit the letters (the Schwartz & Hearst 2003
check) or be the known expansion from ``acronyms.tsv``. ``finalize`` then walks the whole script in order
(segment, then offset) and keeps only the *first* use of each acronym that comes before any definition:
one note per acronym, no flood. Acronyms nearly everyone knows (``common_acronyms.txt``: TV, DNA, HIV …)
and ALL-CAPS emphasis ("this is NOT normal") are never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from studio.analysis.glossary import (
    ACRONYMS_FILE,
    COMMON_ACRONYMS_FILE,
    Acronym,
    acronym_key,
    load_acronyms,
    load_lines,
)
from studio.analysis.model import ACRONYM, AnalysisContext, Finding, normalize_text
from studio.analysis.profile import LanguageProfile
from studio.analysis.rules.base import ChunkRule

if TYPE_CHECKING:
    from spacy.tokens import Doc

ACRONYM_DEF = "_acronym_def"

# A word starting with a capital, letters/digits with inner hyphens, an optional plural "s" / "'s".
# Only words with two or more capitals are looked at (cheap pre-filter in the pattern itself).
_CANDIDATE = re.compile(
    r"(?<![\w@#/.\-])(?=[\w\-]*[A-Z][\w\-]*[A-Z])"
    r"([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*?)((?:'|’)?s)?(?![\w\-]|\.\w)"
)
_ROMAN = re.compile(r"^(?=[IVXLC]+$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_STANDS_FOR = re.compile(r"^\s*(?:,\s*)?(?:stands for|is short for|short for|means|meaning)\s+", re.I)
#: Lower-cased forms this common in English are emphasis ("NOT", "STOP", "SAD"), not acronyms; rarer ones
#: ("PST", "SDS", "KO": Zipf 3-4 only because other things share the letters) are acronyms.
_EMPHASIS_ZIPF = 4.0
_AMBIGUOUS_ZIPF = 5.0


class AcronymRule(ChunkRule):
    """Flags acronyms a viewer meets before they are spelled out; see the module docstring."""

    name = "acronyms"
    kinds = (ACRONYM, ACRONYM_DEF)

    def __init__(self, profile: LanguageProfile, acronyms: dict[str, Acronym] | None = None,
                 common: frozenset[str] | None = None) -> None:
        self.profile = profile
        self.acronyms = acronyms if acronyms is not None else load_acronyms(profile.resource(ACRONYMS_FILE))
        if common is None:
            common = frozenset(acronym_key(a) for a in load_lines(profile.resource(COMMON_ACRONYMS_FILE)))
        self.common = common
        self._zipf: dict[str, float] = {}

    # -- find -----------------------------------------------------------------------------------------
    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Acronym candidates and definitions in one chunk (offsets into ``doc.text``)."""
        text = doc.text
        findings: list[Finding] = []
        shouting = self._shouting_ranges(doc)
        for m in _CANDIDATE.finditer(text):
            word, key = m.group(1), acronym_key(m.group(1))
            if not self._is_acronym(word, key):
                continue
            if any(a <= m.start() < b for a, b in shouting) or self._inside_link(doc, m.start()):
                continue
            start = m.start()
            # A plural "s" belongs to the acronym; a possessive "'s" does not.
            end = m.end() if (m.group(2) or "s")[0] == "s" else m.end(1)
            expansion = self._definition(text, m.start(1), end, key)
            if expansion is not None:
                findings.append(Finding(kind=ACRONYM_DEF, start=start, end=end, text=text[start:end],
                                        message=f"“{word}” is spelled out here.", rule_id="acronym.definition",
                                        data=(("term", normalize_text(key)), ("expansion", expansion))))
                continue
            if key in self.common or self._allowed(word, key, ctx):
                continue
            findings.append(self._finding(text[start:end], start, end, key, ctx))
        return findings

    def finalize(self, findings_of_mine: Sequence[Finding], all_findings: Sequence[Finding],
                 segments: Sequence[str], ctx: AnalysisContext) -> list[Finding]:
        """Keep the first use of each acronym that comes before its definition; drop the internal notes."""
        defined: set[str] = set()
        flagged: set[str] = set()
        out: list[Finding] = []
        for f in sorted(findings_of_mine, key=lambda f: (f.segment, f.start, f.kind != ACRONYM_DEF)):
            term = dict(f.data).get("term", normalize_text(f.text))
            if f.kind == ACRONYM_DEF:
                defined.add(term)
            elif f.kind == ACRONYM and term not in defined and term not in flagged:
                flagged.add(term)
                out.append(f)
        return out

    # -- helpers --------------------------------------------------------------------------------------
    def _zipf_of(self, word: str) -> float:
        z = self._zipf.get(word)
        if z is None:
            z = zipf_frequency(word, self.profile.wordfreq_lang)
            self._zipf[word] = z
        return z

    def _is_acronym(self, word: str, key: str) -> bool:
        letters = [c for c in word if c.isalpha()]
        upper = sum(1 for c in letters if c.isupper())
        if upper < 2:
            return False
        if key in self.acronyms:
            return True
        if not word[0].isupper() or len(letters) > 6 or upper < 2 * (len(letters) - upper):
            return False
        if _ROMAN.match(key):
            return False
        # "NOT", "STOP", "HUGE": emphasis in capitals, not an abbreviation.
        return self._zipf_of(word.lower()) < _EMPHASIS_ZIPF

    @staticmethod
    def _shouting_ranges(doc: Doc) -> list[tuple[int, int]]:
        """Sentences written mostly in capitals (a headline or shouting): no acronyms there."""
        out = []
        for sent in doc.sents:
            words = [t.text for t in sent if t.is_alpha and len(t.text) > 1]
            if len(words) >= 3 and sum(1 for w in words if w.isupper()) / len(words) > 0.6:
                out.append((sent.start_char, sent.end_char))
        return out

    @staticmethod
    def _inside_link(doc: Doc, char: int) -> bool:
        token = doc.char_span(char, char + 1, alignment_mode="expand")
        return bool(token) and any(t.like_url or t.like_email for t in token)  # type: ignore[union-attr]

    def _allowed(self, word: str, key: str, ctx: AnalysisContext) -> bool:
        if not ctx.allow_list:
            return False
        names = {normalize_text(word), normalize_text(key)}
        known = self.acronyms.get(key)
        if known is not None:
            names.add(normalize_text(known.expansion))
        return bool(names & ctx.allow_list)

    def _definition(self, text: str, start: int, end: int, key: str) -> str | None:
        """The spelled-out form if this occurrence defines the acronym, else None."""
        before = text[:start].rstrip()
        after = text[end:]
        # "long form (ACR)" / "long form (ACR, ...)" / "long form, or ACR,"
        if before.endswith("(") and re.match(r"\s*[),;]", after):
            words = _WORD.findall(before[:-1][-200:])
            long_form = self._long_form(words, key)
            if long_form:
                return long_form
        # "ACR (long form)"
        m = re.match(r"\s*\(([^()]{3,150})\)", after)
        if m:
            words = _WORD.findall(m.group(1))
            long_form = self._long_form(words, key, anchored=True)
            if long_form:
                return long_form
        # "ACR stands for long form"
        m = _STANDS_FOR.match(after)
        if m:
            words = _WORD.findall(after[m.end():m.end() + 150])
            long_form = self._long_form(words, key, anchored=True)
            if long_form:
                return long_form
        return None

    def _long_form(self, words: list[str], key: str, anchored: bool = False) -> str | None:
        """The words spelling out ``key`` (at the end of ``words``, or at the start if ``anchored``)."""
        letters = [c.lower() for c in key if c.isalnum()]
        known = self.acronyms.get(key)
        limit = min(len(letters) + 5, len(letters) * 2)
        for n in range(1, min(limit, len(words)) + 1):
            chunk = words[:n] if anchored else words[-n:]
            phrase = " ".join(chunk)
            if known is not None and _same_words(phrase, (known.expansion, *known.plain)):
                return phrase
            if n >= 2 or len(letters) <= len(chunk[0]):
                if _letters_fit(letters, chunk):
                    return phrase
        return None

    def _finding(self, text: str, start: int, end: int, key: str, ctx: AnalysisContext) -> Finding:
        known = self.acronyms.get(key)
        suggestions: list[str] = []
        own = ctx.replacement_for(text) or ctx.replacement_for(key)
        if own:
            suggestions.append(own)
        if known is not None:
            plural = text.endswith("s") and not key.endswith("S") and not known.expansion.endswith("s")
            expansion = known.expansion + ("s" if plural else "")
            suggestions.append(f"{expansion} ({text})")
            suggestions.extend(p for p in known.plain if p not in suggestions)
            message = (f"“{text}” may be new to viewers. Spell it out the first time: "
                       f"{expansion} ({text}).")
            score = 0.8
        else:
            message = f"“{text}” is an abbreviation viewers may not know. Spell it out the first time you use it."
            score = 0.6
        return Finding(kind=ACRONYM, start=start, end=end, text=text, message=message,
                       suggestions=tuple(suggestions), score=score, rule_id="acronym.undefined",
                       data=(("term", normalize_text(key)),))


def _same_words(phrase: str, forms: Sequence[str]) -> bool:
    norm = _fold(phrase)
    return any(norm == _fold(f) for f in forms if f)


def _fold(s: str) -> str:
    from studio.analysis.glossary import term_key

    return term_key(s.replace("-", " "))


def _letters_fit(letters: list[str], words: list[str]) -> bool:
    """Schwartz & Hearst: the acronym's letters appear in order in the words, right to left, and the
    first letter is the first letter of the first word (other letters may sit inside words).

    Digits in the acronym are skipped (GLP-1, SGLT2): long forms often spell them as words.
    """
    text = " ".join(words).lower()
    letters = [c for c in letters if c.isalpha()]
    if not letters:
        return False
    ti = len(text) - 1
    for li in range(len(letters) - 1, -1, -1):
        c = letters[li]
        while ti >= 0 and (text[ti] != c or (li == 0 and ti > 0 and text[ti - 1].isalnum())):
            ti -= 1
        if ti < 0:
            return False
        ti -= 1
    return ti + 1 == 0


__all__ = ["ACRONYM_DEF", "AcronymRule"]

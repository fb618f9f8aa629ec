"""Hard sentences and long words, judged for a listener (Hemingway-style, relative to the project's target).

``hard_sentence`` / ``very_hard_sentence`` — the Flesch–Kincaid grade of each sentence alone, compared with
the project's target grade ``ctx.target_grade`` (default 8, a general audience):

* very hard: grade ≥ target + :data:`VERY_HARD_MARGIN` (6) and at least :data:`VERY_HARD_MIN_WORDS` (10)
  words. At target 8 that is grade 14, Hemingway's "very hard" line; a 10-word sentence only gets there
  with an average above 2.1 syllables a word (dense jargon), a 30-word one with ~1.6.
* hard: grade ≥ target + :data:`HARD_MARGIN` (2.5) and at least :data:`HARD_MIN_WORDS` (14) words. Short
  sentences are never "hard" from word length alone (the jargon rule covers hard words); the half-grade
  above Hemingway's line keeps plain 20-word script sentences with a couple of numbers ("A big study of
  20,000 adults found that walking 7,000 steps a day cut the risk of dying early by about half", grade
  10.2) unflagged, while a typical abstract sentence (grade 15–25) is flagged as very hard.

One finding per sentence (very hard replaces hard), spanning the sentence; the score grows with the
distance above the target (0.25 at the hard line, 0.6 at the very-hard line, 1.0 at ten grades above).
The message says what to do: split a long sentence, or swap its longest words (named in the message).

``long_word`` — a word with a plainer everyday alternative from ``plain_words.tsv`` ("utilised" → "used",
"approximately" → "about"), inflected to fit. Only listed words are noted, so the note stays useful and
never duplicates the jargon rule (medical terms live in the glossary; a listed word that also appears in
``glossary.tsv`` is skipped). An alternative that fits only some senses of the word ("~set up" for
"establish": a clinic, not a fact) is named in the note and listed in ``data["show_only"]``: the app shows
it but offers no one-click replacement with it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from studio.analysis import readability, syllables
from studio.analysis.inflect import fold_spelling, inflect_like
from studio.analysis.model import HARD_SENTENCE, LONG_WORD, VERY_HARD_SENTENCE, AnalysisContext, Finding
from studio.analysis.profile import LanguageProfile
from studio.analysis.rules.base import ChunkRule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

HARD_MARGIN = 2.5
VERY_HARD_MARGIN = 6.0
HARD_MIN_WORDS = 14
VERY_HARD_MIN_WORDS = 10
#: Above this many words a sentence is "long" for a listener: the message suggests splitting it.
SPLIT_WORDS = 20
PLAIN_WORDS_FILE = "plain_words.tsv"
GLOSSARY_FILE = "glossary.tsv"
_POS_OK = {"NOUN": {"NOUN"}, "VERB": {"VERB", "AUX"}, "ADJ": {"ADJ"}, "ADV": {"ADV"}}


def load_plain_words(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """``{(folded lemma, POS or "*"): alternatives}`` from a plain-words TSV; {} when missing or unreadable."""
    return dict(_load_plain_words(path))


@lru_cache(maxsize=8)
def _load_plain_words(path: Path) -> tuple[tuple[tuple[str, str], tuple[str, ...]], ...]:
    out: list[tuple[tuple[str, str], tuple[str, ...]]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return ()
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 3 or not cols[0] or not cols[2]:
            continue
        alts = tuple(a.strip() for a in cols[2].split("|") if a.strip())
        out.append(((fold_spelling(cols[0].casefold()), cols[1].upper() or "*"), alts))
    return tuple(out)


@lru_cache(maxsize=8)
def _glossary_terms(path: Path) -> frozenset[str]:
    """First column of the jargon glossary (folded single words), to avoid double findings."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return frozenset()
    terms = set()
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        term = line.split("\t", 1)[0].strip().casefold()
        if term and " " not in term:
            terms.add(fold_spelling(term))
    return frozenset(terms)


def sentence_score(grade: float, target: float) -> float:
    """0..1: how far above the target a sentence is (0.25 at the hard line, 1.0 ten grades above)."""
    over = grade - target
    if over <= HARD_MARGIN:
        return 0.0
    if over <= VERY_HARD_MARGIN:
        return round(0.25 + 0.35 * (over - HARD_MARGIN) / (VERY_HARD_MARGIN - HARD_MARGIN), 3)
    return round(min(1.0, 0.6 + 0.4 * (over - VERY_HARD_MARGIN) / (10.0 - VERY_HARD_MARGIN)), 3)


def classify(grade: float, words: int, target: float) -> str | None:
    """``very_hard_sentence``, ``hard_sentence`` or None for one sentence's grade and length."""
    if grade >= target + VERY_HARD_MARGIN and words >= VERY_HARD_MIN_WORDS:
        return VERY_HARD_SENTENCE
    if grade >= target + HARD_MARGIN and words >= HARD_MIN_WORDS:
        return HARD_SENTENCE
    return None


class SentenceRule(ChunkRule):
    """Hard / very hard sentences and long words with a plainer alternative (see the module docstring)."""

    name = "sentences"
    kinds = (HARD_SENTENCE, VERY_HARD_SENTENCE, LONG_WORD)

    def __init__(self, profile: LanguageProfile, plain_words: dict[tuple[str, str], tuple[str, ...]] | None = None
                 ) -> None:
        self.profile = profile
        self.plain_words = (plain_words if plain_words is not None
                            else load_plain_words(profile.resource(PLAIN_WORDS_FILE)))
        self._glossary = _glossary_terms(profile.resource(GLOSSARY_FILE))
        self._index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for (word, pos), alts in self.plain_words.items():
            self._index.setdefault(word, []).append((pos, alts))

    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Sentence and long-word findings of one chunk (offsets into ``doc.text``)."""
        findings: list[Finding] = []
        target = ctx.target_grade if ctx.target_grade and ctx.target_grade > 0 else 8.0
        for start, end in readability.sentence_spans(doc):
            stats = readability.offset_stats(doc.text, start, end, self.profile)
            if stats is not None:
                finding = self._sentence_finding(doc.text, stats, target)
                if finding is not None:
                    findings.append(finding)
        findings.extend(self._long_words(doc))
        return findings

    # -- sentences ----------------------------------------------------------------------------------
    def _sentence_finding(self, text: str, stats: readability.SentenceStats, target: float) -> Finding | None:
        kind = classify(stats.grade, stats.words, target)
        if kind is None:
            return None
        sentence = text[stats.start:stats.end]
        grade = round(stats.grade)
        how = "very hard" if kind == VERY_HARD_SENTENCE else "hard"
        advice = _advice(sentence, stats.words)
        message = (f"This sentence is {how} to follow when heard (grade {grade}, {stats.words} words; "
                   f"your target is grade {target:g}). {advice}")
        return Finding(
            kind=kind, start=stats.start, end=stats.end, text=sentence, message=message,
            score=sentence_score(stats.grade, target), rule_id=f"{self.name}.{how.replace(' ', '_')}",
            data=(("grade", f"{stats.grade:.1f}"), ("words", str(stats.words)),
                  ("long_words", str(stats.long_words))),
        )

    # -- long words ---------------------------------------------------------------------------------
    def _long_words(self, doc: Doc) -> list[Finding]:
        out: list[Finding] = []
        if not self.plain_words:
            return out
        for token in doc:
            if not token.is_alpha or len(token.text) < 5:
                continue
            alts = self._alternatives(token)
            if not alts:
                continue
            shaped = {a: _match_case(inflect_like(a.lstrip("~").strip(), token.tag_), token.text) for a in alts}
            fitted = tuple(dict.fromkeys(shaped.values()))
            # "~set up": fits only some senses of the word; shown, never a one-click replacement.
            show_only = tuple(dict.fromkeys(shaped[a] for a in alts if a.startswith("~")))
            n_syl = syllables.count(token.text)
            syl = f" ({n_syl} syllables)." if n_syl >= 3 else "."
            if fitted[0] in show_only:
                named = " or ".join(f"'{a}'" for a in fitted[:3])
                message = f"Plainer word, if one fits the sense here: {named} instead of '{token.text}'{syl}"
            else:
                message = f"Plainer word: say '{fitted[0]}' instead of '{token.text}'{syl}"
            data: tuple[tuple[str, str], ...] = (("lemma", token.lemma_.lower()),)
            if show_only:
                data += (("show_only", "|".join(show_only)),)
            out.append(Finding(
                kind=LONG_WORD, start=token.idx, end=token.idx + len(token.text), text=token.text,
                message=message, suggestions=fitted, score=round(min(1.0, 0.2 + 0.1 * n_syl), 2),
                rule_id=f"{self.name}.long_word", data=data,
            ))
        return out

    def _alternatives(self, token: Token) -> tuple[str, ...]:
        keys = dict.fromkeys(fold_spelling(k) for k in (token.lemma_.casefold(), token.lower_))
        for key in keys:
            if key in self._glossary:
                return ()
            for pos, alts in self._index.get(key, ()):
                if pos == "*" or token.pos_ in _POS_OK.get(pos, {pos}):
                    return alts
        return ()


def _advice(sentence: str, words: int) -> str:
    """What to do: split a long sentence, and/or name its longest words."""
    long_ones: list[str] = []
    for m in readability.WORD.finditer(sentence):
        w = m.group(0)
        if not any(c.isdigit() for c in w) and syllables.count(w) >= 4 and w.lower() not in long_ones:
            long_ones.append(w.lower())
    long_ones.sort(key=lambda w: -syllables.count(w))
    parts: list[str] = []
    if words > SPLIT_WORDS:
        parts.append("Split it into two or three shorter sentences")
    if long_ones:
        named = ", ".join(f"'{w}'" for w in long_ones[:3])
        parts.append(("and swap" if parts else "Swap") + f" long words for everyday ones ({named})")
    if not parts:
        return "Split it or use shorter words."
    return " ".join(parts) + "."


def _match_case(alt: str, original: str) -> str:
    if original[:1].isupper() and not original.isupper():
        return alt[:1].upper() + alt[1:]
    return alt


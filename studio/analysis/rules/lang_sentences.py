"""Hard sentences for languages other than English, by the language's own readability measure.

Each sentence is scored alone with the measure of :mod:`studio.analysis.langread` (Kandel–Moles, INFLESZ,
Martins, length + rare words, characters + kanji) and marked ``hard_sentence`` / ``very_hard_sentence`` at
the thresholds of :data:`~studio.analysis.langread.SENTENCE_LIMITS`, only when long enough to matter
(14 / 10 words; 40 / 30 characters in Japanese). The message names the measure, the score and the length,
in the language (``messages.json``). The English grade target does not apply to these measures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.analysis import langread, readability
from studio.analysis.messages import Messages
from studio.analysis.model import HARD_SENTENCE, VERY_HARD_SENTENCE, AnalysisContext, Finding
from studio.analysis.profile import CHARS_KANJI, LanguageProfile
from studio.analysis.rules.base import ChunkRule

if TYPE_CHECKING:
    from spacy.tokens import Doc


class LangSentenceRule(ChunkRule):
    """Hard and very hard sentences (see the module docstring)."""

    name = "sentences"
    kinds = (HARD_SENTENCE, VERY_HARD_SENTENCE)

    def __init__(self, profile: LanguageProfile, rarity: langread.RarityLookup | None = None) -> None:
        self.profile = profile
        self.say = Messages(profile.resources)
        self.rarity = rarity or langread.RarityLookup(profile.wordfreq_lang)
        self.measure = profile.readability
        key = f"measure_{self.measure}"
        self.measure_name = self.say(key) if key in self.say else langread.MEASURE_NAMES.get(self.measure,
                                                                                              self.measure)

    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Sentence findings of one chunk (offsets into ``doc.text``)."""
        out: list[Finding] = []
        for start, end in readability.sentence_spans(doc):
            stats = langread.offset_stats(doc.text, start, end, self.profile, self.rarity, doc)
            if stats is None:
                continue
            kind = langread.classify(stats, self.measure)
            if kind is None:
                continue
            size = stats.characters if self.measure == CHARS_KANJI else stats.words
            very = kind == VERY_HARD_SENTENCE
            hard, very_limit = langread.SENTENCE_LIMITS[self.measure]
            distance = abs(stats.score - hard) / max(1.0, abs(very_limit - hard))
            message = self.say("sentence_very_hard" if very else "sentence_hard", measure=self.measure_name,
                               score=f"{stats.score:.0f}", words=size)
            out.append(Finding(
                kind=kind, start=stats.start, end=stats.end, text=doc.text[stats.start:stats.end],
                message=message, score=round(min(1.0, 0.25 + 0.35 * distance), 3),
                rule_id=f"{self.name}.{'very_hard' if very else 'hard'}",
                data=(("measure", self.measure), ("score", f"{stats.score:.1f}"), ("words", str(stats.words))),
            ))
        return out


__all__ = ["LangSentenceRule"]

"""Uncited claims for languages other than English, from the language's cue lists (``claims.json``).

The English rule (:mod:`studio.analysis.rules.claims`) leans on a dependency parse and a fitted model; the
blank pipelines of Spanish, Portuguese and Indonesian have no parse, so this rule works on cue lists written
for each language, the same way for all of them:

* a sentence is a claim when it has a **statistic** (the language's number formats: "30 %", "1,5 vez",
  "uno de cada cinco", "dua kali lipat", "3割"), a **cause-and-effect** word ("réduit", "previene",
  "menurunkan"), an **appeal to evidence** ("les études montrent", "según", "研究") or an **absolute**
  ("toujours", "nunca", "必ず");
* not claims: **questions** ("¿…?", "…?", Japanese "…ですか", Indonesian "Apakah …"), unless they open with
  a fact ("Saviez-vous que …?"), and **imperatives** (the language's imperative forms at the start, or
  endings such as ましょう / 세요), and sentences framed as the creator's own opinion with no statistic;
* a hedge ("peut", "puede", "mungkin") lowers the score a little: a hedged claim is still a claim.

A claim is cited when a citation marker in the sentence resolves to a project source, as in English.
Messages and suggestions come from ``messages.json`` of the language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studio.analysis.citations import Marker, find_markers, resolve
from studio.analysis.messages import Messages
from studio.analysis.model import CITED_CLAIM, UNCITED_CLAIM, UNRESOLVED_CITATION, AnalysisContext, Finding
from studio.analysis.profile import LanguageProfile
from studio.analysis.readability import _continues
from studio.analysis.rules.base import ChunkRule
from studio.analysis.rules.claims import ClaimRule, sentence_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUE_FILE = "claims.json"
THRESHOLD = 0.5
#: Score of a sentence by its strongest kind of cue (before hedges and opinions).
WEIGHTS = {"statistic": 0.85, "evidence": 0.8, "causal": 0.75, "absolute": 0.7}
CATEGORY_ORDER = ("statistic", "causal", "evidence", "absolute")


def _phrase_regex(phrases: Sequence[str], boundaries: bool) -> re.Pattern[str] | None:
    """One regex for a cue list: words separated by spaces, ``*`` = any ending of a word."""
    parts = []
    for phrase in sorted({p.strip().casefold() for p in phrases if p.strip()}, key=len, reverse=True):
        words = []
        for word in phrase.split():
            star = word.endswith("*")
            core = re.escape(word.rstrip("*"))
            words.append(core + (r"[\w'’-]*" if star else ""))
        parts.append(r"\s+".join(words))
    if not parts:
        return None
    body = "|".join(parts)
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])" if boundaries else f"(?:{body})", re.I)


@dataclass(frozen=True)
class CueLists:
    """The compiled ``claims.json`` of one language."""

    categories: dict[str, list[re.Pattern[str]]]
    hedge: re.Pattern[str] | None
    opinion: re.Pattern[str] | None
    fact_intro: re.Pattern[str] | None
    question_starts: tuple[str, ...]
    question_end: tuple[str, ...]
    imperative_first: frozenset[str]
    imperative_pattern: re.Pattern[str] | None
    imperative_end: tuple[str, ...]
    soften: dict[str, str]
    conditional_starts: frozenset[str] = frozenset()

    @classmethod
    def load(cls, profile: LanguageProfile) -> CueLists:
        """Read and compile the language's cue file; ValueError naming the file when it is broken."""
        path = profile.resource(CUE_FILE)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            bounds = bool(raw.get("word_boundaries", True))
            cats: dict[str, list[re.Pattern[str]]] = {
                "statistic": [re.compile(p, re.I) for p in raw.get("statistic", ())]}
            for cat in ("causal", "evidence", "absolute"):
                rx = _phrase_regex(raw.get(cat, ()), bounds)
                cats[cat] = [rx] if rx is not None else []
            pattern = raw.get("imperative_pattern", "")
            return cls(
                categories=cats, hedge=_phrase_regex(raw.get("hedge", ()), bounds),
                opinion=_phrase_regex(raw.get("opinion", ()), bounds),
                fact_intro=_phrase_regex(raw.get("fact_intro", ()), bounds),
                question_starts=tuple(w.casefold() for w in raw.get("question_starts", ())),
                question_end=tuple(raw.get("question_end", ())),
                imperative_first=frozenset(w.casefold() for w in raw.get("imperative_first", ())),
                imperative_pattern=re.compile(pattern, re.I) if pattern else None,
                imperative_end=tuple(raw.get("imperative_end", ())),
                soften={k.casefold(): str(v) for k, v in raw.get("soften", {}).items()},
                conditional_starts=frozenset(w.casefold() for w in raw.get("conditional_starts", ())),
            )
        except (OSError, ValueError, re.error) as exc:
            raise ValueError(f"Cannot read the claim cue list {path}: {exc}") from exc


_LEAD = re.compile(r"^[\W\d_]*")
_TAIL = re.compile(r"[\s\"”’'»)\]]*$")


class LangClaimRule(ChunkRule):
    """Uncited claims and unresolved citation markers from cue lists (see the module docstring)."""

    name = "claims"
    kinds = (UNCITED_CLAIM, UNRESOLVED_CITATION, CITED_CLAIM)
    finalize = ClaimRule.finalize  # a marker alone on the next line still cites the claim above it

    def __init__(self, profile: LanguageProfile, cues: CueLists | None = None) -> None:
        self.profile = profile
        self.cues = cues or CueLists.load(profile)
        self.say = Messages(profile.resources)

    # -- scoring ------------------------------------------------------------------------------------
    def score(self, sentence: str) -> tuple[float, str, str, tuple[int, int] | None]:
        """``(score 0..1, category, cue text, cue span)`` of one sentence; a claim when score ≥ 0.5."""
        c = self.cues
        found: dict[str, re.Match[str]] = {}
        for cat in CATEGORY_ORDER:
            for rx in c.categories.get(cat, ()):
                m = rx.search(sentence)
                if m and cat not in found:
                    found[cat] = m
        if not found:
            return 0.0, "", "", None
        if self._is_question(sentence) or self._is_imperative(sentence):
            return 0.1, "", "", None
        best = max(found, key=lambda k: WEIGHTS[k])
        value = WEIGHTS[best]
        if c.hedge is not None and c.hedge.search(sentence):
            value -= 0.1
        if c.opinion is not None and c.opinion.search(sentence) and "statistic" not in found:
            value -= 0.3
        m = found[best]
        return round(value, 3), best, m.group(0).strip(), (m.start(), m.end())

    def _is_question(self, sentence: str) -> bool:
        c = self.cues
        text = _TAIL.sub("", sentence).rstrip()
        lowered = sentence.lstrip().casefold()
        question = text.endswith(("?", "？")) or lowered.startswith("¿") or (
            bool(c.question_end) and text.endswith(c.question_end))
        if not question and c.question_starts and text.endswith(("?", "？")):
            question = lowered.startswith(c.question_starts)
        if question and c.fact_intro is not None and c.fact_intro.search(sentence[:40]):
            return False        # "Saviez-vous que … ?" announces a fact
        return question

    def _is_imperative(self, sentence: str) -> bool:
        c = self.cues
        text = _TAIL.sub("", sentence).rstrip(" .!。！…")
        if c.imperative_end and text.endswith(c.imperative_end):
            return True
        lead = _LEAD.sub("", sentence.lstrip("¡¿")).split(maxsplit=1)
        if not lead:
            return False
        if self._imperative_word(lead[0]):
            return True
        # "Si roncas fuerte, habla con tu médico": after a condition, the main clause tells what to do.
        if lead[0].casefold() in c.conditional_starts and "," in sentence:
            main = sentence.split(",", 1)[1].split(maxsplit=1)
            return bool(main) and self._imperative_word(main[0])
        return False

    def _imperative_word(self, word: str) -> bool:
        c = self.cues
        first = word.casefold().strip(",.;:!¡")
        if first in c.imperative_first:
            return True
        return c.imperative_pattern is not None and c.imperative_pattern.fullmatch(first) is not None

    # -- rule ---------------------------------------------------------------------------------------
    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Uncited claims, cited claims (internal) and unresolved markers in one chunk."""
        text = doc.text
        markers = find_markers(text)
        findings: list[Finding] = []
        resolved_at: dict[int, bool] = {}
        for marker in markers:
            resolved, unresolved = resolve(marker, ctx.sources)
            resolved_at[marker.start] = bool(resolved)
            if unresolved:
                findings.append(self._unresolved(marker, unresolved, ctx))
        for start, end in _joined(text, sentence_ranges(doc, markers)):
            piece = text[start:end]
            if not any(ch.isalpha() for ch in piece):
                continue
            masked = _mask(piece, start, markers)
            value, category, cue, span = self.score(masked)
            if value < THRESHOLD:
                continue
            cited = any(resolved_at[m.start] for m in markers if start <= m.start and m.end <= end)
            findings.append(self._claim(text, start, end, value, category, cue, span, cited, ctx))
        return findings

    def _claim(self, text: str, start: int, end: int, value: float, category: str, cue: str,
               span: tuple[int, int] | None, cited: bool, ctx: AnalysisContext) -> Finding:
        why = self.say(f"why_{category}" if f"why_{category}" in self.say else "why_other")
        data: list[tuple[str, str]] = [("cue", cue), ("category", category), ("why", why)]
        rule_id = f"claims.{category}"
        if cited:
            return Finding(CITED_CLAIM, start, end, text[start:end], self.say("claim_cited"), (), value, rule_id,
                           data=tuple(data))
        suggestions = [self.say("cite") if ctx.sources else self.say("add_source")]
        softer = self._softer(text[start:end])
        if softer is not None:
            suggestions.append(self.say("soften", soft=softer[1]))
            data += [("replace", softer[0]), ("with", softer[1])]
        elif category == "statistic":
            suggestions.append(self.say("say_where"))
        key = {"statistic": "claim_statistic", "evidence": "claim_evidence"}.get(category, "claim_other")
        return Finding(UNCITED_CLAIM, start, end, text[start:end], self.say(key, cue=cue), tuple(suggestions),
                       value, rule_id, data=tuple(data))

    def _softer(self, sentence: str) -> tuple[str, str] | None:
        lowered = sentence.casefold()
        for word in sorted(self.cues.soften, key=len, reverse=True):
            i = lowered.find(word)
            if i < 0:
                continue
            before = lowered[i - 1] if i > 0 else " "
            after = lowered[i + len(word)] if i + len(word) < len(lowered) else " "
            latin = word[:1].isascii() or word[:1] in "àâçéèêëîïôûùáíóúñãõ"
            if latin and (before.isalnum() or after.isalnum()):
                continue
            original = sentence[i:i + len(word)]
            softer = self.cues.soften[word]
            if original[:1].isupper():
                softer = softer[:1].upper() + softer[1:]
            return original, softer
        return None

    def _unresolved(self, marker: Marker, unresolved: Sequence[str], ctx: AnalysisContext) -> Finding:
        joined = ", ".join(unresolved)
        if not ctx.sources:
            rule_id, message = "citations.no_sources", self.say("citation_no_sources", marker=marker.text)
            suggestions: tuple[str, ...] = (self.say("add_source_to_project"),)
        else:
            rule_id = "citations.unresolved"
            message = self.say("citation_unresolved", marker=marker.text, unresolved=joined)
            suggestions = (self.say("add_source_to_project"), self.say("use_number", count=len(ctx.sources)))
        return Finding(UNRESOLVED_CITATION, marker.start, marker.end, marker.text, message, suggestions,
                       rule_id=rule_id, data=(("unresolved", joined),))


def _joined(text: str, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence ranges with the small models' false cuts undone ("Saviez-vous" | "que …")."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        if out and _continues(text[out[-1][0]:out[-1][1]], text[start:end]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _mask(piece: str, offset: int, markers: Sequence[Marker]) -> str:
    """The sentence with citation markers blanked (so "[1]" is never read as a number)."""
    chars = list(piece)
    for m in markers:
        for i in range(max(m.start, offset), min(m.end, offset + len(piece))):
            chars[i - offset] = " "
    return "".join(chars)


__all__ = ["CueLists", "LangClaimRule"]

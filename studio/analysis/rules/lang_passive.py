"""Passive voice where the language has a clear written pattern (``passive.json`` of the language).

* French, Spanish, Portuguese — a form of the passive auxiliary (être; ser; ser or ficar), up to two
  adverbs or negation words, then a past participle (regular endings or the listed irregular ones):
  "a été prescrit", "fueron tratados", "foi comprovado", "ficou provado". Participles of verbs that form
  their compound past with être ("est allé", "est né") and adjectival participles ("está cansado",
  "est lié à", "es asociado", "foi associada": careful association wording, which English leaves alone too)
  are listed as not passive. Irregular participles are listed once and agree like the regular ones
  (feito/feita/feitos/feitas, fait/faite/faits/faites). Regular participles carry no accent before the
  ending, so "é rápida", "es válido" are adjectives. Estar + participle (a state) is not passive.
* Indonesian — a verb with the passive prefix ``di-`` joined to a root ("diberikan", "ditemukan"): the
  root, without the suffixes -kan/-i/-nya/-lah, must be a common word (wordfreq), and words that merely
  start with "di" (dia, diet, dingin, diabetes …) are listed as not passive; bound roots (anjur, terap) are
  listed under ``roots``. "di rumah" (written apart) is
  the preposition.

The finding spans the verb group and asks who did it (message from ``messages.json``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from studio.analysis.langread import RarityLookup
from studio.analysis.messages import Messages
from studio.analysis.model import PASSIVE_VOICE, AnalysisContext, Finding
from studio.analysis.profile import LanguageProfile
from studio.analysis.rules.base import ChunkRule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PASSIVE_FILE = "passive.json"


class LangPassiveRule(ChunkRule):
    """Passive verb groups from the language's pattern file (see the module docstring)."""

    name = "passive"
    kinds = (PASSIVE_VOICE,)

    def __init__(self, profile: LanguageProfile) -> None:
        self.profile = profile
        self.say = Messages(profile.resources)
        path = profile.resource(PASSIVE_FILE)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"Cannot read the passive-voice patterns {path}: {exc}") from exc
        self.prefix = str(raw.get("prefix", ""))
        self.auxiliaries = frozenset(w.casefold() for w in raw.get("auxiliaries", ()))
        self.adverbs = frozenset(w.casefold() for w in raw.get("adverbs", ()))
        pattern = raw.get("participle_pattern", "")
        self.participle_re = re.compile(pattern) if pattern else None
        self.participles = agreement_forms((w.casefold() for w in raw.get("participles", ())),
                                           raw.get("agreement", {}))
        self.not_participles = frozenset(w.casefold() for w in raw.get("not_participles", ()))
        self.not_passive = frozenset(w.casefold() for w in raw.get("not_passive", ()))
        self.suffixes = tuple(raw.get("suffixes", ()))
        self.min_root_zipf = float(raw.get("min_root_zipf", 3.5))
        self.roots = frozenset(w.casefold() for w in raw.get("roots", ()))
        self.rarity = RarityLookup(profile.wordfreq_lang) if self.prefix else None

    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Passive-voice findings of one chunk (offsets into ``doc.text``)."""
        groups = self._prefixed(doc) if self.prefix else self._auxiliary(doc)
        out: list[Finding] = []
        for first, last in groups:
            span = doc[first:last + 1]
            out.append(Finding(kind=PASSIVE_VOICE, start=span.start_char, end=span.end_char, text=span.text,
                               message=self.say("passive", text=span.text), score=0.4,
                               rule_id=f"{self.name}.verb_group", data=(("verb", doc[last].lower_),)))
        return out

    # -- être/ser/ficar + participle --------------------------------------------------------------------
    def is_participle(self, tok: Token) -> bool:
        """A past participle by the language's endings or irregular list (not an adjective-like one)."""
        w = tok.lower_
        if w in self.not_participles or not tok.is_alpha and "'" not in w:
            return False
        if w in self.participles:
            return True
        if tok.morph.get("VerbForm") and "Part" not in tok.morph.get("VerbForm"):
            return False                     # French model: the tagger knows this is not a participle
        return self.participle_re is not None and self.participle_re.match(w) is not None

    def _auxiliary(self, doc: Doc) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        n = len(doc)
        i = 0
        while i < n:
            tok = doc[i]
            if tok.lower_ not in self.auxiliaries:
                i += 1
                continue
            j = i + 1
            gap = 0
            while j < n and doc[j].lower_ in self.adverbs and gap < 2:
                j += 1
                gap += 1
            if j < n and doc[j].lower_ in ("été", "sido") and j + 1 < n:
                j += 1                        # "a été prescrit", "ha sido tratado"
            if j < n and self.is_participle(doc[j]):
                start = i - 1 if i > 0 and doc[i].lower_ in ("été", "sido") and doc[i - 1].is_alpha else i
                out.append((start, j))
                i = j + 1
                continue
            i += 1
        return out

    # -- Indonesian di- ---------------------------------------------------------------------------------
    def _prefixed(self, doc: Doc) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for tok in doc:
            if self.is_prefixed_passive(tok.text):
                out.append((tok.i, tok.i))
        return out

    def is_prefixed_passive(self, word: str) -> bool:
        """Is ``word`` a di- passive verb ("diberikan" yes; "dia", "diet", "dingin" no)?"""
        w = word.casefold()
        if not w.isalpha() or not w.startswith(self.prefix) or len(w) < len(self.prefix) + 3:
            return False
        if w in self.not_passive or self.rarity is None:
            return False
        root = w[len(self.prefix):]
        candidates = [root] + [root[:-len(s)] for s in self.suffixes if root.endswith(s) and len(root) - len(s) >= 3]
        return any(c in self.roots or self.rarity.zipf(c) >= self.min_root_zipf for c in candidates)


def agreement_forms(words: Iterable[str], agreement: dict[str, list[str]]) -> frozenset[str]:
    """The listed participles plus their gender/number agreement forms.

    ``agreement`` maps the last letter(s) of a listed (masculine singular) form to the endings that take
    their place: Portuguese/Spanish ``{"o": ["a", "os", "as"]}`` turns "feito" into feita, feitos,
    feitas; French ``{"t": ["te", "ts", "tes"], "s": ["se", "ses"]}`` turns "fait" into faite, faits,
    faites and "pris" into prise, prises.
    """
    out: set[str] = set()
    for word in words:
        out.add(word)
        for last, endings in agreement.items():
            if word.endswith(last):
                out.update(word[:-len(last)] + ending for ending in endings)
    return frozenset(out)


__all__ = ["LangPassiveRule"]

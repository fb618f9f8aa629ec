"""Jargon for languages other than English: the language's glossary plus rare words by wordfreq.

* ``jargon.glossary`` — a term of ``resources/lang/<code>/glossary.tsv`` (one or more words), matched on the
  lower-case word *or* its lemma ("infartos de miocardio" → "infarto de miocardio"), longest match first;
  the glossary's plain alternatives are the suggestions. Terms are split into words by the language's own
  spaCy tokenizer, so elisions ("maladie d'Alzheimer") match the way the text is split.
* ``jargon.rare_word`` — a word whose wordfreq Zipf frequency (form or lemma, whichever is more common) is
  below :data:`RARE_WORD_ZIPF`: about one use in a million words or fewer. Latin-script words need 6+
  letters; Japanese and Korean words are nouns of 2+ characters. Never jargon: names (capitalised inside a
  sentence), words in capitals, numbers, handles, hashtags, URLs, citation markers, and the everyday health
  words of ``common_words.txt``.

The project's allow-list silences a term; the project's own replacement is offered first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from studio.analysis.glossary import COMMON_WORDS_FILE, GLOSSARY_FILE, GlossaryError, _lines, _split_alts
from studio.analysis.langread import RarityLookup
from studio.analysis.messages import Messages
from studio.analysis.model import JARGON, AnalysisContext, Finding, normalize_text
from studio.analysis.profile import LanguageProfile
from studio.analysis.rules.base import ChunkRule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

RARE_WORD_ZIPF = 3.0
GLOSSARY_SCORE = 0.75
_END = ""
_CJK = frozenset({"ja", "ko"})


class LangJargonRule(ChunkRule):
    """Glossary terms and rare words of one language (see the module docstring)."""

    name = "jargon"
    kinds = (JARGON,)

    def __init__(self, profile: LanguageProfile) -> None:
        self.profile = profile
        self.say = Messages(profile.resources)
        self.rarity = RarityLookup(profile.wordfreq_lang)
        self.cjk = profile.code in _CJK
        self.common = self._common_words()
        self.entries: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._trie: dict[str, dict] = {}
        path = profile.resource(GLOSSARY_FILE)
        if path.exists():
            self._load_glossary(path)

    # -- data ---------------------------------------------------------------------------------------
    def _common_words(self) -> frozenset[str]:
        path = self.profile.resource(COMMON_WORDS_FILE)
        if not path.exists():
            return frozenset()
        return frozenset(line.strip().casefold() for _, line in _lines(path))

    def _load_glossary(self, path) -> None:  # type: ignore[no-untyped-def]
        import spacy

        tokenizer = spacy.blank(self.profile.blank_lang or self.profile.code).tokenizer if not self.cjk else None
        header = False
        for number, line in _lines(path):
            if not header:
                header = True
                if line.split("\t")[0].strip().casefold() == "term":
                    continue
            cols = line.split("\t")
            if len(cols) not in (2, 3) or not cols[0].strip() or not _split_alts(cols[1]):
                raise GlossaryError(f"{path}:{number}: expected 'term<TAB>alternatives[<TAB>note]'")
            term = " ".join(cols[0].split())
            key = term.casefold()
            if key in self.entries:
                raise GlossaryError(f"{path}:{number}: '{term}' is listed twice")
            self.entries[key] = (term, _split_alts(cols[1]))
            words = [t.lower_ for t in tokenizer(term)] if tokenizer is not None else [key]
            node = self._trie
            for w in words:
                node = node.setdefault(w, {})
            node[_END] = key  # type: ignore[assignment]

    def __len__(self) -> int:
        return len(self.entries)

    # -- rule ---------------------------------------------------------------------------------------
    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Jargon findings of one chunk (offsets into ``doc.text``)."""
        tokens = list(doc)
        findings: list[Finding] = []
        covered: set[int] = set()
        for start, end, key in self._matches(tokens):
            covered.update(range(start, end))
            span = doc[start:end]
            term, alts = self.entries[key]
            if self._allowed(span, term, ctx):
                continue
            findings.append(self._finding(span, term, alts, GLOSSARY_SCORE, "jargon.glossary", ctx))
        text = doc.text
        for tok in tokens:
            if tok.i in covered or not self._candidate(tok, text):
                continue
            z = max(self.rarity.zipf(tok.text), self.rarity.zipf(tok.lemma_) if tok.lemma_ else 0.0)
            if z < RARE_WORD_ZIPF:
                z = max([z] + [self.rarity.zipf(b) for b in clitic_bases(tok.text, self.profile.code)])
            if z >= RARE_WORD_ZIPF:
                continue
            span = doc[tok.i:tok.i + 1]
            if self._allowed(span, "", ctx):
                continue
            score = min(1.0, 0.5 + (RARE_WORD_ZIPF - z) / 6.0)
            findings.append(self._finding(span, tok.lemma_ or tok.text, (), score, "jargon.rare_word", ctx))
        findings.sort(key=lambda f: f.start)
        return findings

    def _matches(self, tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, glossary key) matches, longest first from the left."""
        if not self._trie:
            return []
        code = self.profile.code
        keys = [({t.lower_, t.lemma_.casefold()} | base_forms(t.lower_, code)) - {""} for t in tokens]
        out: list[tuple[int, int, str]] = []
        i, n = 0, len(tokens)
        while i < n:
            best: tuple[int, str] | None = None
            frontier: list[tuple[dict, int]] = [(self._trie, i)]
            while frontier:
                node, j = frontier.pop()
                if _END in node and j > i and (best is None or j > best[0]):
                    best = (j, node[_END])  # type: ignore[assignment]
                if j < n:
                    frontier.extend((node[k], j + 1) for k in keys[j] if k in node)
            if best is not None:
                out.append((i, best[0], best[1]))
                i = best[0]
            else:
                i += 1
        return out

    def _candidate(self, tok: Token, text: str) -> bool:
        word = tok.text
        if tok.like_num or tok.like_url or tok.like_email or tok.is_punct or tok.is_space:
            return False
        if word.casefold() in self.common or tok.lemma_.casefold() in self.common:
            return False
        if self.cjk:
            return tok.pos_ in ("NOUN", "PROPN") and len(word) >= 2 and all(c.isalpha() for c in word) \
                and not word.isascii()
        if len(word) < 6 or not tok.is_alpha or tok.is_stop:
            return False
        if word.isupper() or any(c.isupper() for c in word[1:]):
            return False
        if word[:1].isupper() and not tok.is_sent_start:
            return False                       # a name the blank pipeline cannot tag
        return not (tok.idx > 0 and text[tok.idx - 1] in "#@")

    def _allowed(self, span: Span, term: str, ctx: AnalysisContext) -> bool:
        if not ctx.allow_list:
            return False
        names = {normalize_text(span.text), normalize_text(" ".join(t.lemma_ for t in span))}
        if term:
            names.add(normalize_text(term))
        return bool(names & ctx.allow_list)

    def _finding(self, span: Span, term: str, alternatives: Sequence[str], score: float, rule_id: str,
                 ctx: AnalysisContext) -> Finding:
        suggestions: list[str] = []
        for name in (span.text, " ".join(t.lemma_ for t in span), term):
            own = ctx.replacement_for(name) if name else None
            if own:
                suggestions.append(own)
                break
        suggestions.extend(a for a in alternatives if a not in suggestions)
        if suggestions:
            message = self.say("jargon_alt", text=span.text, alt=suggestions[0])
        else:
            message = self.say("jargon_rare", text=span.text)
        return Finding(kind=JARGON, start=span.start_char, end=span.end_char, text=span.text, message=message,
                       suggestions=tuple(suggestions), score=round(score, 3), rule_id=rule_id,
                       data=(("term", normalize_text(term)),
                             ("why", self.say("why_glossary" if rule_id == "jargon.glossary" else "why_rare"))))


#: (ending, replacement) pairs that undo a plural or a feminine ending, longest first: a glossary term listed
#: in the singular masculine ("comorbidade", "sistêmico") also matches "comorbidades", "sistêmicas" where the
#: lookup lemmatizer does not know the word.
_BASE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "pt": (("ões", "ão"), ("ães", "ão"), ("ais", "al"), ("éis", "el"), ("as", "o"), ("es", ""), ("s", ""),
           ("a", "o")),
    "es": (("ces", "z"), ("as", "o"), ("es", ""), ("s", ""), ("a", "o")),
    "fr": (("aux", "al"), ("es", "e"), ("es", ""), ("s", ""), ("x", ""), ("e", "")),
}


def base_forms(word: str, language: str) -> set[str]:
    """Singular / masculine candidates of ``word`` for glossary matching ("comorbidades" → "comorbidade")."""
    out: set[str] = set()
    for ending, repl in _BASE_ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            out.add(word[:-len(ending)] + repl)
    return out


_CLITICS = {
    "es": ("melo", "mela", "telo", "tela", "selo", "sela", "noslo", "me", "te", "se", "lo", "la", "los", "las",
           "le", "les", "nos"),
    "pt": ("-se", "-me", "-te", "-lo", "-la", "-los", "-las", "-nos", "-lhe", "-lhes"),
    "fr": ("-moi", "-toi", "-vous", "-nous", "-le", "-la", "-les", "-lui", "-leur", "-en", "-y"),
    "id": ("nya", "lah", "kah", "pun"),
}
_UNACCENT = str.maketrans("áéíóú", "aeiou")


def clitic_bases(word: str, language: str) -> list[str]:
    """The word without attached pronouns or particles, as a reader would look it up: "cuéntamelo" →
    "cuenta", "acostarte" → "acostar", "lembre-se" → "lembre", "obatnya" → "obat" (a rare written form of
    an everyday word is not jargon)."""
    w = word.casefold()
    out: list[str] = []
    for ending in _CLITICS.get(language, ()):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            base = w[: -len(ending)]
            out.extend({base, base.translate(_UNACCENT)})
            for again in _CLITICS.get(language, ()):        # two pronouns: "cuénta-me-lo"
                if base.endswith(again) and len(base) - len(again) >= 3:
                    out.append(base[: -len(again)].translate(_UNACCENT))
    return out


__all__ = ["LangJargonRule", "RARE_WORD_ZIPF", "clitic_bases"]

"""Jargon: glossary terms (one or more words) and rare content words a general audience won't know.

Two sources of findings, both with plain alternatives where we have them:

* ``jargon.glossary`` — any term of ``glossary.tsv`` ("myocardial infarction", "confidence interval",
  "placebo"), matched on lower-case forms *and* lemmas with British/American spellings folded together,
  longest match first. A multi-word match hides the single-word findings inside it.
* ``jargon.rare_word`` — a content word (noun, verb, adjective, adverb, or a proper noun that is not a
  name) whose rarity score (:mod:`studio.analysis.wordrarity`) is high. Names of people, places and
  organisations, numbers, URLs, e-mails, hashtags, @handles, citation markers and emoji are never jargon;
  neither are the everyday health words of ``common_words.txt`` (doctor, anxiety, vaccine …).

The project's allow-list silences a term (as written, as lemma, or as the glossary headword) and the
project's own replacement for a term is offered before the glossary's alternatives.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from studio.analysis.glossary import (
    COMMON_WORDS_FILE,
    GLOSSARY_FILE,
    WORD_PARTS_FILE,
    Glossary,
    GlossaryEntry,
    load_glossary,
    load_word_parts,
    load_wordlist,
    spelling_key,
    term_key,
)
from studio.analysis.model import JARGON, AnalysisContext, Finding, normalize_text
from studio.analysis.profile import LanguageProfile
from studio.analysis.rules.base import ChunkRule
from studio.analysis.wordrarity import CONTENT_POS, RarityModel, WordFacts, looks_medical, phrase_score

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: A rare word is flagged when its score reaches this (best F1 on the CompLex biomedical training rows).
FLAG_THRESHOLD = 0.4
#: Glossary terms always score at least this (then higher the rarer their words are).
GLOSSARY_FLOOR = 0.6
#: Entity labels of amounts and dates: never jargon.
QUANTITY_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
#: Entity labels of real names (people, places, peoples, buildings): kept out when the word is written as a
#: name (capitalised where a sentence does not start). The small English model also puts labels such as
#: ORG or PRODUCT on many technical words ("cytokine", "Western blot"), so those labels alone never rule a
#: word out: a rare technical word is jargon whatever the entity recogniser calls it.
NAME_ENTITIES = frozenset({"PERSON", "NORP", "FAC", "GPE", "LOC"})
#: Other entity labels: brands, organisations, titles. Written capitalised they ask for a higher score.
OTHER_ENTITIES = frozenset({"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
_END = ""          # trie key marking a complete term (no token key is empty)
_HYPHENS = frozenset({"-", "–", "‐"})


class JargonRule(ChunkRule):
    """Finds glossary terms and rare words; see the module docstring."""

    name = "jargon"
    kinds = (JARGON,)

    def __init__(self, profile: LanguageProfile, glossary: Glossary | None = None,
                 common_words: frozenset[str] | None = None, threshold: float = FLAG_THRESHOLD,
                 weights: Sequence[float] | None = None) -> None:
        self.profile = profile
        self.glossary = glossary if glossary is not None else load_glossary(profile.resource(GLOSSARY_FILE))
        self.common_words = (common_words if common_words is not None
                             else load_wordlist(profile.resource(COMMON_WORDS_FILE)))
        self.threshold = threshold
        parts_file = profile.resource(WORD_PARTS_FILE)
        self.word_parts = load_word_parts(parts_file) if parts_file.exists() else ()
        self.model = RarityModel(profile.wordfreq_lang, *(() if weights is None else (weights,)))
        self._trie: dict[str, dict] = {}
        for entry in self.glossary:
            for variant in entry.variants:
                node = self._trie
                for key in variant:
                    node = node.setdefault(key, {})
                node[_END] = entry  # type: ignore[assignment]
        self._keys: dict[str, str] = {}
        self._token_key_cache: dict[tuple[str, str], tuple[str, ...]] = {}
        self._allow_cache: dict[frozenset[str], frozenset[str]] = {}

    # -- public ---------------------------------------------------------------------------------------
    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Jargon findings in one chunk (offsets into ``doc.text``)."""
        allowed = self._allowed(ctx.allow_list)
        tokens = list(doc)     # spaCy makes a new Token object on every access: make them once
        contexts = self._contexts(doc, tokens)
        findings: list[Finding] = []
        covered: set[int] = set()
        for start, end, entry in self._glossary_matches(tokens):
            covered.update(range(start, end))
            span = doc[start:end]
            if self._is_allowed(span, entry, allowed):
                continue
            score = _glossary_score(self._span_score(span, contexts[start]))
            findings.append(self._finding(span, normalize_text(entry.term), entry.alternatives, score, "jargon.glossary",
                                          ctx, entry))
        names = self._names(tokens)
        text = doc.text        # built token by token on each access: read it once
        flagged: list[tuple[int, float]] = []
        for token in tokens:
            if token.i in covered or not self._candidate(token, text) or token.lower_ in names:
                continue
            facts = self._facts(token, contexts[token.i])
            if facts.common_word:
                continue
            score = self.model.score(facts)
            if score >= self._threshold_for(token):
                flagged.append((token.i, score))
        for run in _runs(flagged, tokens):
            # Rare words side by side are one term ("stromal fibroblasts"), scored as a term.
            span = doc[run[0][0]:run[-1][0] + 1]
            if self._is_allowed(span, None, allowed):
                continue
            score = phrase_score([s for _, s in run])
            term = " ".join(tokens[i].lemma_ or tokens[i].text for i, _ in run)
            findings.append(self._finding(span, normalize_text(term), (), score,
                                          "jargon.rare_word" if len(run) == 1 else "jargon.rare_term", ctx, None))
        findings.sort(key=lambda f: f.start)
        return findings

    def score_term(self, doc: Doc, start_char: int, end_char: int) -> float:
        """The jargon score (0..1) of the text between two character offsets of ``doc``, in context.

        Glossary terms score at least :data:`GLOSSARY_FLOOR`; other spans score by their words' rarity.
        This is the same logic :meth:`find` uses, exposed for the benchmark.
        """
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            return 0.0
        tokens = list(doc)
        context = self._contexts(doc, tokens)[span.start]
        for start, end, _entry in self._glossary_matches(tokens):
            if start <= span.start and span.end <= end and (end - start) <= len(span) + 1:
                return _glossary_score(self._span_score(span, context))
        return self._span_score(span, context)

    def token_facts(self, doc: Doc) -> list[WordFacts]:
        """What the word scorer sees for every token of ``doc`` (used to refit the weights)."""
        tokens = list(doc)
        contexts = self._contexts(doc, tokens)
        return [self._facts(t, contexts[t.i]) for t in tokens]

    # -- glossary matching ----------------------------------------------------------------------------
    def _key(self, word: str) -> str:
        key = self._keys.get(word)
        if key is None:
            if len(self._keys) > 200_000:
                self._keys.clear()
            key = spelling_key(word)
            self._keys[word] = key
        return key

    def _token_keys(self, lower: str, lemma: str) -> tuple[str, ...]:
        cache_key = (lower, lemma)
        cached = self._token_key_cache.get(cache_key)
        if cached is not None:
            return cached
        if lower in _HYPHENS:
            keys = {"-"}
        elif lower in ("'s", "’s"):
            keys = {"'s"}
        else:
            keys = {self._key(lower)}
            lemma = lemma.casefold()
            if lemma and lemma != lower:
                keys.add(self._key(lemma))
            if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
                keys.add(self._key(lower[:-1]))
        result = tuple(keys)
        if len(self._token_key_cache) > 200_000:
            self._token_key_cache.clear()
        self._token_key_cache[cache_key] = result
        return result

    def _glossary_matches(self, tokens: Sequence[Token]) -> list[tuple[int, int, GlossaryEntry]]:
        """Non-overlapping (start token, end token, entry) matches, longest first from the left."""
        keys = [self._token_keys(t.lower_, t.lemma_) for t in tokens]
        root = self._trie
        n = len(tokens)
        matches: list[tuple[int, int, GlossaryEntry]] = []
        i = 0
        while i < n:
            if not any(k in root for k in keys[i]):
                i += 1
                continue
            best: tuple[int, GlossaryEntry] | None = None
            frontier: list[tuple[dict, int]] = [(self._trie, i)]
            while frontier:
                node, j = frontier.pop()
                entry = node.get(_END)
                if entry is not None and j > i and (best is None or j > best[0]):
                    best = (j, entry)  # type: ignore[assignment]
                if j < n:
                    for k in keys[j]:
                        child = node.get(k)
                        if child is not None:
                            frontier.append((child, j + 1))
            if best is not None and not tokens[i].is_punct:
                matches.append((i, best[0], best[1]))
                i = best[0]
            else:
                i += 1
        return matches

    # -- single words ---------------------------------------------------------------------------------
    def _candidate(self, token: Token, text: str) -> bool:
        """Could this token be a rare-word finding at all? (content word, not a name/number/handle…)"""
        word = token.text
        if len(word) < 3 or not token.is_alpha or token.pos_ not in CONTENT_POS:
            return False
        if token.ent_type_ in QUANTITY_ENTITIES or token.like_url or token.like_email:
            return False
        if token.ent_type_ in NAME_ENTITIES and _written_as_name(token):
            return False
        if word.isupper() or any(c.isupper() for c in word[1:]):   # acronyms, iPhone, TikTok
            return False
        idx = token.idx
        if idx > 0 and text[idx - 1] in "#@":
            return False
        return True

    @staticmethod
    def _names(tokens: Sequence[Token]) -> frozenset[str]:
        """Lower-cased words used as a name somewhere in the chunk ("John Sheehy … Sheehy says")."""
        return frozenset(t.lower_ for t in tokens
                         if t.ent_type_ in NAME_ENTITIES and t.is_alpha and _written_as_name(t))

    def _threshold_for(self, token: Token) -> float:
        # Capitalised words the NER missed (mid-sentence, or tagged as a proper noun) are mostly names
        # and brands: ask for more.
        if token.text[:1].isupper() and (not token.is_sent_start or token.pos_ == "PROPN"):
            return max(self.threshold, 0.85)
        return self.threshold

    def _contexts(self, doc: Doc, tokens: Sequence[Token]) -> list[tuple[float, float]]:
        """Per token: how technical its sentence is (see :meth:`RarityModel.context`)."""
        out: list[tuple[float, float]] = [(0.0, 1.0)] * len(tokens)
        for sent in doc.sents:
            value = self.model.context([t.lower_ for t in tokens[sent.start:sent.end]
                                        if t.is_alpha and not t.is_stop])
            out[sent.start:sent.end] = [value] * (sent.end - sent.start)
        return out

    def _facts(self, token: Token, context: tuple[float, float]) -> WordFacts:
        lower = token.lower_
        lemma = token.lemma_.casefold() or lower
        common = self._key(lower) in self.common_words or self._key(lemma) in self.common_words
        return WordFacts(text=token.text, lemma=lemma, pos=token.pos_, tag=token.tag_,
                         sentence_start=bool(token.is_sent_start), common_word=common,
                         entity=token.ent_type_, context_rare=context[0], context_mean=context[1])

    def _span_score(self, span: Span, context: tuple[float, float]) -> float:
        tokens = [t for t in span if t.is_alpha]
        if not tokens:
            return 0.0
        if len(tokens) == 1:
            return self.model.score(self._facts(tokens[0], context))
        content = [t for t in tokens if not t.is_stop] or tokens
        return phrase_score([self.model.score(self._facts(t, context)) for t in content])

    # -- allow-list and output ------------------------------------------------------------------------
    def _allowed(self, allow_list: frozenset[str]) -> frozenset[str]:
        cached = self._allow_cache.get(allow_list)
        if cached is None:
            cached = frozenset(allow_list) | frozenset(term_key(a) for a in allow_list)
            if len(self._allow_cache) > 64:
                self._allow_cache.clear()
            self._allow_cache[allow_list] = cached
        return cached

    def _is_allowed(self, span: Span, entry: GlossaryEntry | None, allowed: frozenset[str]) -> bool:
        if not allowed:
            return False
        names = [span.text, " ".join(t.lemma_ for t in span)]
        if entry is not None:
            names.append(entry.term)
        for name in names:
            if normalize_text(name) in allowed or term_key(name) in allowed:
                return True
        return False

    def _finding(self, span: Span, term: str, alternatives: Sequence[str], score: float, rule_id: str,
                 ctx: AnalysisContext, entry: GlossaryEntry | None) -> Finding:
        suggestions: list[str] = []
        for name in (span.text, " ".join(t.lemma_ for t in span), entry.term if entry else ""):
            own = ctx.replacement_for(name) if name else None
            if own:
                suggestions.append(own)
                break
        suggestions.extend(a for a in alternatives if a not in suggestions)
        kinds = [entry.kind_of(a) if entry is not None else "" for a in suggestions]
        text = span.text
        why = jargon_reason(text, entry is not None, score)
        if suggestions:
            message = f"“{text}”: {why}. Try: {suggestions[0]}."
        else:
            hint = self._part_hint(text)
            message = f"“{text}”: {why}. Use a plainer word or explain it."
            if hint:
                message += f" ({hint})"
        data: tuple[tuple[str, str], ...] = (("term", term), ("why", why))
        if any(kinds):
            data += (("kinds", "|".join(kinds)),)   # phrase kind of each suggestion (glossary "kinds")
        if entry is not None and entry.note:
            data += (("note", entry.note),)
        return Finding(kind=JARGON, start=span.start_char, end=span.end_char, text=text, message=message,
                       suggestions=tuple(suggestions), score=round(score, 3), rule_id=rule_id, data=data)


    def _part_hint(self, word: str) -> str:
        """A hint from the word's Greek/Latin parts: '"-itis" means inflammation'."""
        w = word.casefold()
        for part, meaning in self.word_parts:
            core = part.strip("-")
            if len(w) < len(core) + 3:
                continue
            if (part.startswith("-") and w.endswith(core)) or (part.endswith("-") and w.startswith(core)):
                return f"“{part}” means {meaning}"
        return ""


def _runs(flagged: Sequence[tuple[int, float]], tokens: Sequence[Token]) -> list[list[tuple[int, float]]]:
    """Group flagged (token index, score) pairs into runs of adjacent words (only spaces between)."""
    runs: list[list[tuple[int, float]]] = []
    for i, score in flagged:
        prev = runs[-1][-1][0] if runs else -2
        if prev == i - 1 and tokens[prev].whitespace_ and len(runs[-1]) < 4:
            runs[-1].append((i, score))
        else:
            runs.append([(i, score)])
    return runs


def _written_as_name(token: Token) -> bool:
    """Capitalised where no sentence starts, or a capitalised proper noun: how names are written."""
    return token.text[:1].isupper() and (not token.is_sent_start or token.pos_ == "PROPN")


def jargon_reason(text: str, in_glossary: bool, score: float) -> str:
    """Why a term is flagged, in the creator's words."""
    most = "most viewers won't know it" if score >= 0.7 else "many viewers won't know it"
    if in_glossary:
        return f"a medical term: {most}"
    if any(looks_medical(w) for w in text.split()):
        return f"a rare medical {'term' if ' ' in text else 'word'}: {most}"
    if " " in text:
        return f"a rare technical term: {most}"
    return f"a rare word: {most}"


def _glossary_score(word_score: float) -> float:
    """A glossary term's score: at least the floor, still ordered by how rare its words are."""
    return GLOSSARY_FLOOR + (1.0 - GLOSSARY_FLOOR) * word_score


__all__ = ["FLAG_THRESHOLD", "GLOSSARY_FLOOR", "JargonRule"]

"""Plainer wording for a source sentence: statistics in brackets dropped, acronyms spelled out, glossary
terms swapped for plain alternatives, long sentences split.

Every rewrite keeps the sentence's figures and hedges ("may", "was associated with") exactly as the source
has them: the draft must not say more than the research found. Deterministic and offline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from studio.analysis.cues import CueSet
from studio.analysis.glossary import (
    Acronym,
    Glossary,
    GlossaryEntry,
    acronym_key,
    spelling_key,
    term_variants,
)
from studio.analysis.numbers import PROPORTION, extract_quantities
from studio.analysis.rewrite.phrases import pluralize_phrase
from studio.drafting.listening import for_listening

_STAT_MARKERS = re.compile(
    r"\b(?:CI|CIs|OR|ORs|aOR|RR|RRs|HR|HRs|MD|SMD|WMD|RD|ARR|RRR|NNT|NNTB|NNTH|IQR|SD|SE|SEM|df|GRADE)\b"
    r"|\b[pP]\s*[<=>≤≥]|\bI\s?[2²]\b|\bχ\s?[2²]|\bchi\s?2\b|\btau\s?[2²]|\bn\s*=|\b9[059]\s?%"
    r"|confidence interval|credible interval|odds ratio|risk ratio|hazard ratio|rate ratio|mean difference"
    r"|\bmean\s+difference|\bmedian\b|\brange\b|relative risk|\bNNH\b|number needed to (?:treat|harm)"
    r"|^[\s\d.,;:%–—-]*\d[\s\d.,;:%–—-]*$",
    re.IGNORECASE)
#: Alternatives that are clauses, not noun phrases, break the sentence when swapped in ("a decreased how many").
_CLAUSE_START = frozenset("how what when where why whether which who feeling looking keeping neither".split())
_SAMPLE = re.compile(r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<noun>studies|study|trials|trial|RCTs|participants|"
                     r"patients|people|women|men|children|infants|adults|babies|mothers|pregnancies|eyes)\b",
                     re.IGNORECASE)
_BRACKETS = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")
_WORD = re.compile(r"[^\W_][\w'’]*|(?<=[^\W\d_])-(?=[^\W\d_])", re.UNICODE)
# After these words a noun phrase starts, so an alternative's own "a"/"an" is kept ("with a dummy pill").
_DETERMINERS = frozenset("the a an this that these those its their his her our your my each every".split())
_KEEP_ARTICLE_AFTER = frozenset("with than to or and versus vs vs. received receiving given giving took taking "
                                "get got of on from as like was were is are be been into for by without "
                                "either".split())
_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z0-9-]{1,9}?)s?\s*\)")
_ACRONYM_ONLY = re.compile(r"\s*(?=[\w-]*[A-Z][\w-]*[A-Z])[A-Za-z][\w-]{1,9}\s*")
_SPLIT_SEMI = re.compile(r"\s*;\s+")
_SPLIT_BUT = re.compile(r",\s+but\s+", re.IGNORECASE)
MAX_ALT_WORDS = 4
LONG_SENTENCE_WORDS = 25


@dataclass(frozen=True)
class PlainContext:
    """What the rewriter knows: glossary, acronyms, project replacements, words it must not introduce."""

    glossary: Glossary | None = None
    acronyms: Mapping[str, Acronym] = field(default_factory=dict)
    common_acronyms: frozenset[str] = frozenset()
    replacements: tuple[tuple[str, str], ...] = ()        # (normalised term, creator's plain alternative)
    banned: CueSet | None = None                          # certainty cues an alternative must not contain
    defined: Mapping[str, str] = field(default_factory=dict)   # acronyms defined in the source text
    plain_words: Mapping[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)  # everyday long words


_NUM = r"-?\d+(?:\.\d+)?"
_LOOSE_STATS = re.compile(
    rf"(?:[:;,]\s*|\s+)(?:(?:RR|OR|HR|MD|SMD|WMD|RD|aOR|risk ratio|odds ratio|relative risk|hazard ratio|"
    rf"(?:standardi[sz]ed\s+)?mean difference)\s*[=:,]?\s*{_NUM}(?:\s*[a-zA-Z/]+(?=[,;.\s]))?"
    rf"|9[059]\s?%\s*(?:CI|confidence interval)\s*[=:,]?\s*{_NUM}\s*(?:to|-|–)\s*{_NUM}"
    rf"|n\s*=\s*\d[\d,]*|I\s?[2²]\s*=\s*\d+(?:\.\d+)?\s?%|[pP]\s*[<=>≤≥]\s*\d*\.?\d+)", re.IGNORECASE)


def drop_statistics(sentence: str) -> str:
    """Remove bracketed statistics ("(OR 4.60; 95% CI 1.53 to 13.85)") but keep a headline percentage
    that appears only inside them ("(virologic SR, 17%; 95% CI …)" → "(17%)")."""
    text = sentence
    for _ in range(4):                                    # innermost brackets first, nested ones next
        changed = False
        current = text

        def repl(m: re.Match[str], current: str = current) -> str:
            nonlocal changed
            inner = m.group(1)
            if not _STAT_MARKERS.search(inner) and not _ACRONYM_ONLY.fullmatch(inner):
                return m.group(0)
            changed = True
            outside = current[: m.start()] + current[m.end():]
            keep = [" ".join(q.text.split()) for q in extract_quantities(inner, words=False)
                    if q.family == PROPORTION and not q.statistic and not q.verbal
                    and not any(abs(o.value - q.value) < 1e-9 for o in extract_quantities(outside))][:2]
            # The sample behind a result ("4 studies, 171 participants") is kept: viewers can weigh it.
            keep += [f"{s.group('n')} {s.group('noun')}" for s in _SAMPLE.finditer(inner)][:2]
            if keep:
                return " (" + ", ".join(keep) + ")"
            return ""

        text = _BRACKETS.sub(repl, text)
        if not changed:
            break
    # Statistics outside brackets ("…: RR 1.28, 95% CI …"): dropped, keeping one separator for what follows.
    return tidy(_LOOSE_STATS.sub(lambda m: ", " if m.group(0).lstrip()[:1] in ",:;" else " ", text))


def tidy(text: str) -> str:
    """Fix the spacing and punctuation left by removals."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"[,;:]\s*([.!?])$", r"\1", text.strip())
    text = re.sub(r"\(\s*\)", "", text)
    return text.strip()


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms a text defines itself: "sustained response (SR)" → {"SR": "sustained response"}."""
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1)
        letters = [c.lower() for c in acr if c.isalpha()]
        if len(letters) < 2 or acr.lower() == acr:
            continue
        words = re.findall(r"[A-Za-z][\w'-]*", text[max(0, m.start() - 120): m.start()])
        for n in range(1, min(len(words), len(letters) + 3) + 1):
            cand = words[-n:]
            initials = "".join(w[0].lower() for w in cand if w.lower() not in ("of", "and", "the", "in", "for", "to"))
            hyphen = "".join(p[0].lower() for w in cand for p in w.split("-") if p and
                             w.lower() not in ("of", "and", "the", "in", "for", "to"))
            if initials == "".join(letters) or hyphen == "".join(letters):
                out.setdefault(acr, " ".join(cand))
                break
    return out


def expand_acronyms(sentence: str, ctx: PlainContext) -> str:
    """Spell out acronyms: drop "(SR)" after its expansion and write the expansion for a bare "SR"."""
    text = sentence
    for acr in ctx.defined:
        text = re.sub(rf"\s*\(\s*{re.escape(acr)}s?\s*\)", "", text)

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        key = acronym_key(word)
        if key in ctx.common_acronyms:
            return word
        plural = word.endswith("s") and not word.isupper()
        expansion = ctx.defined.get(word) or ctx.defined.get(key)
        if expansion is None and key in ctx.acronyms:
            expansion = ctx.acronyms[key].expansion
        if not expansion:
            return word
        return expansion + ("s" if plural and not expansion.endswith("s") else "")
    text = re.sub(r"\b[A-Z][A-Z0-9]{1,7}s?\b", repl, text)
    return tidy(text)


class _GlossaryIndex:
    """Glossary variants keyed by their first token for longest-match lookup over running text."""

    def __init__(self, glossary: Glossary) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], GlossaryEntry]]] = {}
        for entry in glossary:
            for variant in entry.variants or term_variants(entry.term):
                self.by_first.setdefault(variant[0], []).append((variant, entry))
        for lst in self.by_first.values():
            lst.sort(key=lambda v: -len(v[0]))


_INDEX_CACHE: dict[int, _GlossaryIndex] = {}


def _index(glossary: Glossary) -> _GlossaryIndex:
    key = id(glossary)
    idx = _INDEX_CACHE.get(key)
    if idx is None:
        if len(_INDEX_CACHE) > 8:
            _INDEX_CACHE.clear()
        idx = _INDEX_CACHE[key] = _GlossaryIndex(glossary)
    return idx


def _plain_alternative(entry: GlossaryEntry, ctx: PlainContext) -> str | None:
    from studio.analysis.model import normalize_text

    own = dict(ctx.replacements).get(normalize_text(entry.term))
    options = [own] if own else list(entry.alternatives)
    for alt in options:
        if alt is not own and not _fits_without_parse(entry, alt):
            continue
        if len(alt.split()) > MAX_ALT_WORDS or (alt is not own and alt.split()[0].lower() in _CLAUSE_START):
            continue
        strong = ctx.banned is not None and (ctx.banned.has("certain", alt) or ctx.banned.has("absolute", alt))
        if strong or (ctx.banned is not None and re.search(r"\d", alt)):
            continue
        return alt
    return None


_ADJECTIVE_END = re.compile(r"(?:al|ic|ous|ive|ary|ory|ible|able)$", re.IGNORECASE)


def _fits_without_parse(entry: GlossaryEntry, alt: str) -> bool:
    """Without a parse the drafter swaps only like for like: a noun phrase for a noun headword, an adjective
    for an adjective-looking one; clause, verb, 'post' and explanation alternatives need the sentence's
    parse (the quick fixes do that) and are left out."""
    kind = entry.kind_of(alt)
    if kind in ("", "noun"):
        return kind == "noun" or not _ADJECTIVE_END.search(entry.term.split()[-1])
    if kind == "adj":
        return bool(_ADJECTIVE_END.search(entry.term.split()[-1]))
    return False


def substitute_glossary(sentence: str, ctx: PlainContext) -> tuple[str, list[tuple[str, str]]]:
    """Swap glossary terms for short plain alternatives. Returns the text and the (term, alternative) pairs."""
    if ctx.glossary is None or not len(ctx.glossary):
        return sentence, []
    index = _index(ctx.glossary)
    tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(sentence)]
    keys = [spelling_key(t[2]) if t[2] != "-" else "-" for t in tokens]
    out: list[str] = []
    done: list[tuple[str, str]] = []
    pos = 0
    i = 0
    while i < len(tokens):
        match = _match_at(index, keys, i)
        if match is None:
            i += 1
            continue
        n, entry, plural = match
        alt = _plain_alternative(entry, ctx)
        if alt is None:
            i += n
            continue
        start, end = tokens[i][0], tokens[i + n - 1][1]
        prev_word = tokens[i - 1][2].lower() if i > 0 else ""
        if re.match(r"(?i)an? ", alt) and (plural or (i > 0 and prev_word not in _KEEP_ARTICLE_AFTER)):
            alt = alt.split(" ", 1)[1]
        if re.match(r"(?i)(?:the|an?) ", alt) and prev_word in _DETERMINERS:
            alt = alt.split(" ", 1)[1]                  # "the absolute risk" → "the actual chance", not "the the"
        if plural:
            many = pluralize_phrase(alt) if not alt.endswith("s") else alt
            if many is None or re.search(r"eds$", many):     # "an extra thing the study measureds": keep the term
                i += n
                continue
            alt = many
        if sentence[start].isupper() and (start == 0 or sentence[:start].strip() == ""):
            alt = alt[0].upper() + alt[1:]
        out.append(sentence[pos:start])
        out.append(alt)
        done.append((sentence[start:end], alt))
        pos = end
        i += n
    out.append(sentence[pos:])
    return tidy("".join(out)), done


def _match_at(index: _GlossaryIndex, keys: Sequence[str], i: int) -> tuple[int, GlossaryEntry, bool] | None:
    first = keys[i]
    candidates = index.by_first.get(first, [])
    singular_first = _singular(first)
    if singular_first != first:
        candidates = candidates + index.by_first.get(singular_first, [])
    for variant, entry in sorted(candidates, key=lambda v: -len(v[0])):
        n = len(variant)
        window = list(keys[i: i + n])
        if len(window) < n:
            continue
        if tuple(window) == variant:
            return n, entry, False
        if tuple(window[:-1]) == variant[:-1] and _singular(window[-1]) == variant[-1]:
            return n, entry, True
    return None


def _singular(key: str) -> str:
    if len(key) > 4 and key.endswith("ies"):
        return key[:-3] + "y"
    if len(key) > 4 and key.endswith(("ses", "xes", "ches", "shes")):
        return key[:-2]
    if len(key) > 3 and key.endswith("s") and not key.endswith("ss"):
        return key[:-1]
    return key


def split_long(sentence: str, max_words: int = LONG_SENTENCE_WORDS) -> list[str]:
    """Cut a long sentence at "; " and ", but " into shorter ones (each at least a few words)."""
    if len(sentence.split()) <= max_words:
        return [sentence]
    parts = [p for p in _SPLIT_SEMI.split(sentence) if p.strip()]
    if len(parts) > 1 and all(len(p.split()) >= 4 for p in parts):
        pieces = parts
    else:
        m = _SPLIT_BUT.search(sentence)
        if not m or len(sentence[: m.start()].split()) < 6 or len(sentence[m.end():].split()) < 6:
            return [sentence]
        pieces = [sentence[: m.start()], "But " + sentence[m.end():]]
    out = []
    for p in pieces:
        p = p.strip().rstrip(",;")
        p = p[0].upper() + p[1:] if p else p
        out.append(p if p.endswith((".", "!", "?")) else p + ".")
    return out


def sentence_case(text: str) -> str:
    """First letter upper-case, final full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def plain_versions(sentence: str, ctx: PlainContext) -> list[list[str]]:
    """Rewrites of one source sentence, plainest first; each is a list of sentences.

    The drafter keeps the first version that passes its own consistency check, so a rewrite that would
    change what the source says falls back to a more literal one.
    """
    literal = sentence_case(drop_statistics(sentence))
    expanded = sentence_case(expand_acronyms(literal, ctx))
    plain, _ = substitute_glossary(expanded, ctx)
    plain = sentence_case(plain)
    versions: list[list[str]] = []
    # Plainest first; each later one undoes a step that may have changed what the source says ("participants"
    # → "people" reads as everyone when the source studied older adults).
    for candidate in (for_listening(plain, ctx.plain_words), for_listening(plain), for_listening(expanded),
                      split_long(plain), [plain], split_long(expanded), [expanded], [literal],
                      [sentence_case(sentence)]):
        if candidate not in versions and all(c.strip(" .") for c in candidate):
            versions.append(candidate)
    return versions


def join_unique(items: Iterable[str]) -> list[str]:
    """Items in order without repeats."""
    return list(dict.fromkeys(items))


__all__ = ["PlainContext", "defined_acronyms", "drop_statistics", "expand_acronyms", "plain_versions",
           "sentence_case", "split_long", "substitute_glossary", "tidy"]

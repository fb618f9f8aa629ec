"""How likely a general audience is *not* to know a word: word frequency (wordfreq) plus form cues.

The score is a small logistic model over cheap features of one token: its Zipf frequency (of the form and
of the lemma, in frequency bands like the De-Jargonizer's common / mid / rare), its length and syllables,
Greek/Latin medical word parts ("-itis", "-ectomy", "cardio-"), part of speech and capitalisation. The
weights were fitted on the CompLex lexical-complexity training data (``benchmarks/eval_jargon.py --fit``)
and are stored below as plain numbers, so scoring needs no data file and costs a few dictionary lookups.
Every lookup is cached per instance.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from wordfreq import get_frequency_dict, zipf_frequency

#: Frequency bands on wordfreq's Zipf scale (≈ log10 of uses per billion words).
COMMON_ZIPF = 4.0      # about one use in 10,000 words or more: everyone knows it
RARE_ZIPF = 3.0        # below this, most people have rarely met the word


def band(zipf: float) -> str:
    """"common", "mid" or "rare" for a Zipf frequency (De-Jargonizer-style bands)."""
    if zipf >= COMMON_ZIPF:
        return "common"
    if zipf >= RARE_ZIPF:
        return "mid"
    return "rare"


_MEDICAL_PARTS = re.compile(
    r"(?:itis|itides|osis|oses|aemia|emia|ectomy|otomy|ostomy|plasty|scopy|scopic|ologist|pathy|pathic|"
    r"algia|genic|genesis|lysis|lytic|trophy|plasia|plastic|oma|omas|omata|cyte|cytes|cytic|kinase|ase|ases|"
    r"amine|amide|peptide|ide|ides|ine|ines|ate|ates|ol|one|phil|philia|phobia|uria|pnea|pnoea|rrhea|rrhoea|"
    r"ceutical|ergic|ic|al|oid|oids|ium|ia|us|um|ae|i)$"
    r"|^(?:hyper|hypo|neuro|cardi|gastr|hepat|nephr|myo|osteo|derm|haem|hem|endo|epi|peri|intra|poly|"
    r"hetero|homo|pseudo|immuno|onco|patho|pharma|psych|cyto|gen|bronch|pulmo|angi|arteri|thromb|lip|gly|"
    r"leuk|erythr|hist|path|trans|meta|anti|bio|micro|macro|electro|ortho|ophthalm|oto|rhino|laryng|"
    r"encephal|cerebr|cortic|hormon|insul|metabol|mito|chrom|nucle|ribo|prot|enzym)"
)
_STRONG_MEDICAL = re.compile(
    r"(?:itis|osis|aemia|emia|ectomy|otomy|ostomy|plasty|scopy|pathy|algia|plasia|cyte|cytes|kinase|uria|"
    r"pnea|pnoea|rrhea|rrhoea|ergic|oma|omas)$"
)
_MEDICAL_STEM = re.compile(
    r"(?:hyper|hypo|neuro|cardi|gastr|hepat|nephr|myo|osteo|derm|haem|hem[oa]|immuno|onco|patho|cyto|bronch|"
    r"pulmo|angi|arteri|thromb|leuk|erythr|ophthalm|laryng|encephal|cerebr|insul|metabol|mito|chromo|nucle|enzym)"
)
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
#: Everyday derivational endings: "climber" is as familiar as "climb", "naturalness" as "natural".
_DERIVATIONS: tuple[str, ...] = ("ers", "er", "ness", "ly", "able", "ful", "less", "ments", "ment", "ish",
                                 "ship", "ings", "ing", "ed")
#: A transparent compound or derivation is treated as this much rarer than its plainest part.
PART_PENALTY = 0.5

CONTENT_POS = ("NOUN", "ADJ", "VERB", "ADV", "PROPN")

# -- fitted weights (see benchmarks/eval_jargon.py --fit) -----------------------------------------------
FEATURES: tuple[str, ...] = (
    "bias", "below5", "below4", "below3", "below2", "lemma_below4", "lemma_below3", "length", "syllables",
    "medical_part", "strong_medical", "capitalised", "noun", "verb", "adj", "adv", "propn", "plural",
    "context_rare", "context_mean", "entity", "all_caps", "mixed_case", "short", "name",
    "capitalised_x_below4", "context_x_below4", "common_word",
)
#: common_word is set by hand (-0.75, picked on CompLex train): the detector never flags those words anyway,
#: the weight only orders them for score_term.
WEIGHTS: tuple[float, ...] = (
    -0.988, 0.735, 0.099, -0.221, -0.607, 0.795, -0.610, -0.149, 0.223, 0.302,
    0.992, 0.359, 0.118, 0.258, -0.085, -0.378, 0.135, 0.043, 0.127, -1.392,
    -0.095, 1.791, 1.553, 0.525, -0.058, 0.017, -0.613, -0.750,
)
#: Entity labels of names (people, places, peoples, buildings).
NAME_LABELS = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC"})


def looks_medical(word: str) -> bool:
    """Does the word carry a Greek/Latin medical ending or stem ("-itis", "-ectomy", "cardio-", "neuro-")?"""
    w = word.casefold()
    return len(w) > 5 and bool(_STRONG_MEDICAL.search(w) or _MEDICAL_STEM.match(w))


def syllables(word: str) -> int:
    """A cheap syllable estimate (vowel groups, silent final e)."""
    w = word.lower()
    n = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee")) and n > 1:
        n -= 1
    return max(1, n)


def sigmoid(x: float) -> float:
    """Logistic function, safe for large |x|."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@dataclass(frozen=True)
class WordFacts:
    """What the scorer needs to know about one token (so callers can pass spaCy tokens or plain text)."""

    text: str
    lemma: str
    pos: str = "NOUN"
    tag: str = ""
    sentence_start: bool = False
    common_word: bool = False
    entity: str = ""                 # spaCy entity label, "" if none
    context_rare: float = 0.0        # share of the sentence's content words that are rare (Zipf < 3.5)
    context_mean: float = 1.0        # mean Zipf of the sentence's content words / 5


class RarityModel:
    """Scores words; keeps its own caches (one instance per rule, no global state)."""

    def __init__(self, lang: str = "en", weights: Sequence[float] = WEIGHTS) -> None:
        if len(weights) != len(FEATURES):
            raise ValueError(f"expected {len(FEATURES)} weights, got {len(weights)}")
        self.lang = lang
        self.weights = tuple(weights)
        self._zipf: dict[str, float] = {}
        self._freqs: dict[str, float] | None = None
        self._familiar: dict[str, float] = {}
        self._scores: dict[WordFacts, float] = {}

    def zipf(self, word: str) -> float:
        """wordfreq Zipf frequency of ``word`` (lower-cased), cached."""
        w = word.casefold()
        z = self._zipf.get(w)
        if z is None:
            if len(self._zipf) > 200_000:
                self._zipf.clear()
            z = self._lookup(w)
            self._zipf[w] = z
        return z

    def _lookup(self, w: str) -> float:
        """Zipf of a lower-cased word. Plain alphabetic words go straight to wordfreq's frequency table
        (same numbers as ``zipf_frequency``, >10x faster); anything else goes through its tokenizer."""
        if not w:
            return 0.0
        if w.isalpha():
            if self._freqs is None:
                self._freqs = get_frequency_dict(self.lang, wordlist="best")
            f = self._freqs.get(w, 0.0)
            return round(math.log10(f) + 9.0, 2) if f > 0 else 0.0
        return zipf_frequency(w, self.lang)

    def parts_zipf(self, word: str) -> float:
        """How familiar a word's parts are: "midlife" (mid + life), "climber" (climb + er), "schoolchildren".

        Returns the Zipf of the rarer part of the best split into two everyday words, or of the base
        of an everyday derivational ending, or 0.0 when the word does not split that way. Cached.
        """
        w = word.casefold()
        cached = self._familiar.get(w)
        if cached is not None:
            return cached
        best = 0.0
        n = len(w)
        if n >= 6 and w.isalpha():
            for i in range(3, n - 2):
                head, tail = w[:i], w[i:]
                zh = self.zipf(head)
                if zh < COMMON_ZIPF:
                    continue
                zt = max(self.zipf(tail), self.zipf(tail[:-1]) if tail.endswith("s") else 0.0)
                best = max(best, min(zh, zt))
        if n >= 5:
            for suffix in _DERIVATIONS:
                if w.endswith(suffix) and n - len(suffix) >= 3:
                    base = w[: -len(suffix)]
                    candidates = [base, base + "e"]
                    if len(base) > 3 and base[-1] == base[-2]:
                        candidates.append(base[:-1])           # shopper → shop
                    if base.endswith("i"):
                        candidates.append(base[:-1] + "y")     # happiness → happy
                    best = max(best, max(self.zipf(c) for c in candidates))
        best = best if best >= COMMON_ZIPF else 0.0
        if len(self._familiar) > 100_000:
            self._familiar.clear()
        self._familiar[w] = best
        return best

    def features(self, f: WordFacts) -> list[float]:
        """The feature vector of :data:`FEATURES` for one token."""
        word = f.text.casefold()
        z_form = self.zipf(word)
        z_lemma = self.zipf(f.lemma) if f.lemma and f.lemma.casefold() != word else z_form
        z = max(z_form, z_lemma)
        if z < COMMON_ZIPF:
            z = max(z, self.parts_zipf(word) - PART_PENALTY)
        n = len(word)
        text = f.text
        caps = len(text) >= 2 and text.isupper()
        below4 = max(0.0, 4.0 - z)
        capitalised = text[:1].isupper() and not f.sentence_start
        return [
            1.0,
            max(0.0, 5.0 - z), below4, max(0.0, 3.0 - z), max(0.0, 2.0 - z),
            max(0.0, 4.0 - z_lemma), max(0.0, 3.0 - z_lemma),
            min(n, 16) / 4.0, min(syllables(word), 7) / 2.0,
            1.0 if _MEDICAL_PARTS.search(word) else 0.0,
            1.0 if n > 5 and _STRONG_MEDICAL.search(word) else 0.0,
            1.0 if capitalised else 0.0,
            1.0 if f.pos == "NOUN" else 0.0,
            1.0 if f.pos == "VERB" else 0.0,
            1.0 if f.pos == "ADJ" else 0.0,
            1.0 if f.pos == "ADV" else 0.0,
            1.0 if f.pos == "PROPN" else 0.0,
            1.0 if f.tag in ("NNS", "NNPS") else 0.0,
            f.context_rare, f.context_mean,
            1.0 if f.entity else 0.0,
            1.0 if caps else 0.0,
            1.0 if not caps and any(c.isupper() for c in text[1:]) else 0.0,
            1.0 if n <= 3 else 0.0,
            1.0 if f.entity in NAME_LABELS else 0.0,
            below4 if capitalised else 0.0,
            f.context_rare * below4,
            1.0 if f.common_word else 0.0,
        ]

    def logit(self, f: WordFacts) -> float:
        """The model's raw log-odds that ``f`` is jargon."""
        return sum(w * x for w, x in zip(self.weights, self.features(f), strict=True))

    def context(self, words: Sequence[str]) -> tuple[float, float]:
        """(share of rare words, mean Zipf / 5) of a sentence's content words, rounded for caching."""
        zs = [self.zipf(w) for w in words]
        if not zs:
            return 0.0, 1.0
        rare = sum(1 for z in zs if z < 3.5) / len(zs)
        return round(rare, 2), round(sum(zs) / len(zs) / 5.0, 2)

    def score(self, f: WordFacts) -> float:
        """Probability-like score in 0..1 that a general audience does not know the word, cached."""
        s = self._scores.get(f)
        if s is None:
            if len(self._scores) > 100_000:
                self._scores.clear()
            s = sigmoid(self.logit(f))
            self._scores[f] = s
        return s


#: Multi-word terms: sigmoid(bias + a·logit(hardest word) + b·logit(easiest word)), fitted on CompLex
#: multi-word train rows (two-word terms are rated harder than their hardest word alone).
PHRASE_WEIGHTS: tuple[float, float, float] = (0.928, 0.912, 0.062)


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def phrase_score(token_scores: Sequence[float]) -> float:
    """Score of a multi-word term from its words' scores: driven by the hardest word, a little by the rest."""
    if not token_scores:
        return 0.0
    if len(token_scores) == 1:
        return token_scores[0]
    bias, hardest, easiest = PHRASE_WEIGHTS
    return sigmoid(bias + hardest * _logit(max(token_scores)) + easiest * _logit(min(token_scores)))


__all__ = ["COMMON_ZIPF", "CONTENT_POS", "FEATURES", "NAME_LABELS", "RARE_ZIPF", "PHRASE_WEIGHTS", "WEIGHTS", "RarityModel", "WordFacts",
           "band", "looks_medical", "phrase_score", "sigmoid", "syllables"]

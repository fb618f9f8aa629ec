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

from wordfreq import zipf_frequency

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
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")

CONTENT_POS = ("NOUN", "ADJ", "VERB", "ADV", "PROPN")

# -- fitted weights (see benchmarks/eval_jargon.py --fit) -----------------------------------------------
FEATURES: tuple[str, ...] = (
    "bias", "below5", "below4", "below3", "below2", "lemma_below4", "lemma_below3", "length", "syllables",
    "medical_part", "strong_medical", "capitalised", "noun", "verb", "adj", "adv", "propn", "plural",
    "glossary", "common_word",
)
WEIGHTS: tuple[float, ...] = (
    -2.2, 0.55, 0.75, 0.75, 0.5, 0.2, 0.2, 0.08, 0.1,
    0.2, 0.5, 0.2, 0.1, -0.1, 0.0, -0.3, 0.2, 0.0,
    2.0, -2.0,
)


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
    in_glossary: bool = False
    common_word: bool = False


class RarityModel:
    """Scores words; keeps its own caches (one instance per rule, no global state)."""

    def __init__(self, lang: str = "en", weights: Sequence[float] = WEIGHTS) -> None:
        if len(weights) != len(FEATURES):
            raise ValueError(f"expected {len(FEATURES)} weights, got {len(weights)}")
        self.lang = lang
        self.weights = tuple(weights)
        self._zipf: dict[str, float] = {}
        self._scores: dict[WordFacts, float] = {}

    def zipf(self, word: str) -> float:
        """wordfreq Zipf frequency of ``word`` (lower-cased), cached."""
        w = word.casefold()
        z = self._zipf.get(w)
        if z is None:
            if len(self._zipf) > 200_000:
                self._zipf.clear()
            z = zipf_frequency(w, self.lang) if w else 0.0
            self._zipf[w] = z
        return z

    def features(self, f: WordFacts) -> list[float]:
        """The feature vector of :data:`FEATURES` for one token."""
        word = f.text.casefold()
        z_form = self.zipf(word)
        z_lemma = self.zipf(f.lemma) if f.lemma and f.lemma.casefold() != word else z_form
        z = max(z_form, z_lemma)
        n = len(word)
        return [
            1.0,
            max(0.0, 5.0 - z), max(0.0, 4.0 - z), max(0.0, 3.0 - z), max(0.0, 2.0 - z),
            max(0.0, 4.0 - z_lemma), max(0.0, 3.0 - z_lemma),
            min(n, 16) / 4.0, min(syllables(word), 7) / 2.0,
            1.0 if _MEDICAL_PARTS.search(word) else 0.0,
            1.0 if n > 5 and _STRONG_MEDICAL.search(word) else 0.0,
            1.0 if f.text[:1].isupper() and not f.sentence_start else 0.0,
            1.0 if f.pos == "NOUN" else 0.0,
            1.0 if f.pos == "VERB" else 0.0,
            1.0 if f.pos == "ADJ" else 0.0,
            1.0 if f.pos == "ADV" else 0.0,
            1.0 if f.pos == "PROPN" else 0.0,
            1.0 if f.tag in ("NNS", "NNPS") else 0.0,
            1.0 if f.in_glossary else 0.0,
            1.0 if f.common_word else 0.0,
        ]

    def logit(self, f: WordFacts) -> float:
        """The model's raw log-odds that ``f`` is jargon."""
        return sum(w * x for w, x in zip(self.weights, self.features(f), strict=True))

    def score(self, f: WordFacts) -> float:
        """Probability-like score in 0..1 that a general audience does not know the word, cached."""
        s = self._scores.get(f)
        if s is None:
            if len(self._scores) > 100_000:
                self._scores.clear()
            s = sigmoid(self.logit(f))
            self._scores[f] = s
        return s


def phrase_score(token_scores: Sequence[float]) -> float:
    """Score of a multi-word term from its words' scores: driven by the hardest word, a little by the rest."""
    if not token_scores:
        return 0.0
    hardest = max(token_scores)
    rest = (sum(token_scores) - hardest) / max(1, len(token_scores) - 1) if len(token_scores) > 1 else 0.0
    return min(1.0, hardest + 0.25 * rest * (1.0 - hardest))


__all__ = ["COMMON_ZIPF", "CONTENT_POS", "FEATURES", "RARE_ZIPF", "WEIGHTS", "RarityModel", "WordFacts",
           "band", "phrase_score", "sigmoid", "syllables"]

"""The learned layer of the claim detector: a logistic model over the features the rules compute.

The cue rules (:mod:`studio.analysis.claimcues`) describe a sentence with a few dozen named features —
a percentage, a causal verb with a subject and an object, "studies show", a hedge, first person, a
question … — and :func:`sentence_features` adds some more general ones here (length, tense, passive
voice, "we" as subject, links and @handles, named entities …). The model is a plain weight per feature
(``resources/lang/<code>/claim_model.json``, fitted by ``benchmarks/train_claims.py``; no words or text
are stored in it), so its output is a calibrated probability that the sentence states a check-worthy
claim.

The rules keep their meaning inside the model: the fit may make a question (other than "Did you know
…?"), an imperative, a call to action, a greeting or a first-person story count *more* against a claim than
the hand-tuned weights do, never less, and a hedge never raises the score (see ``benchmarks/_claimfit.py``);
a cited claim is handled by the rule as before.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studio.analysis import claimsyntax as syn
from studio.analysis.wordrarity import looks_medical

if TYPE_CHECKING:
    from spacy.tokens import Span

MODEL_FILE = "claim_model.json"
#: Prefix of the features that apply only to sentences in the academic register.
FORMAL = "formal:"


_LINK = re.compile(r"https?://|www\.|\bHTTPURL\b", re.I)
_MENTION = re.compile(r"(?<!\w)@\w")
_HASHTAG = re.compile(r"(?<!\w)#[^\W\d_]")
_EMOJI = re.compile(r":[a-z][a-z_]+:|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_CONTRACTION = re.compile(r"n't|'m\b|'re\b|'ll\b|'ve\b|\b(?:i|you|u|my|your|me)\b", re.I)
_FINDING_VERBS = frozenset({"suggest", "indicate", "show", "demonstrate", "reveal", "find", "confirm",
                            "support", "establish", "conclude", "associate", "correlate", "predict",
                            "contribute", "play", "require", "depend", "mediate", "result"})


@dataclass(frozen=True)
class ClaimModel:
    """Feature weights, bias and decision threshold of the learned claim layer."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path) -> ClaimModel:
        """Read a model file; raises ``ValueError`` naming the file when it is broken."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            weights = {str(k): float(v) for k, v in raw["weights"].items()}
            return cls(weights=weights, bias=float(raw["bias"]), threshold=float(raw["threshold"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"Cannot read the claim model {path}: {exc}") from exc

    def logit(self, features: Mapping[str, float]) -> float:
        """Bias plus the weighted sum of the features (and of their ``formal:`` copies for a sentence
        written like a research paper, whose claims read differently from spoken ones)."""
        return self.bias + sum(self.weights.get(name, 0.0) * value for name, value in expand(features).items())

    def probability(self, features: Mapping[str, float]) -> float:
        """The calibrated probability (0..1) that a sentence with these features is a claim."""
        z = max(-30.0, min(30.0, self.logit(features)))
        return 1.0 / (1.0 + math.exp(-z))


def combine(model: ClaimModel | None, features: Mapping[str, float], rules_logit: float,
            rules_threshold: float) -> tuple[float, bool]:
    """(score, is claim) from the learned model and the hand-tuned cue rules' log-odds.

    With a model the score is its calibrated probability, and the sentence is a claim when that reaches the
    model's threshold, or when the cue rules call it a claim and it is in the spoken register (a script
    line, not a sentence written like a research paper): the rules keep flagging what they flagged in
    scripts, the model adds what they miss. A question is never a claim. Without a model, the rules
    decide alone.
    """
    rules = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, rules_logit))))
    if model is None:
        return rules, rules >= rules_threshold
    prob = model.probability(features)
    if features.get("question"):
        return prob, False     # a question asks, it does not claim ("Did you know …?" is no question here)
    spoken = not features.get("formal")
    return prob, prob >= model.threshold or (spoken and rules >= rules_threshold)


def expand(features: Mapping[str, float]) -> dict[str, float]:
    """The features the weights apply to: each feature, plus a ``formal:`` copy of it when the sentence
    is in the written, academic register (see :func:`sentence_features`)."""
    out = dict(features)
    if features.get("formal"):
        out.update({FORMAL + name: value for name, value in features.items() if name != "formal"})
    return out


def sentence_features(sent: Span, skip: Sequence[tuple[int, int]], features: Mapping[str, float],
                      health: int = 0, zipf: Callable[[str], float] | None = None) -> dict[str, float]:
    """General features of one sentence that the cue rules do not compute (added to ``features``);
    ``health`` = how many health-topic words the cue lists found in it, ``zipf`` = word frequency lookup."""
    out: dict[str, float] = {}
    text = syn.masked(sent.doc.text, sent.start_char, sent.end_char, skip)
    words = [t for t in sent if t.is_alpha and not syn.overlaps(t.idx, t.idx + len(t), skip)]
    n = len(words)
    out["length"] = min(math.log2(1 + n), 6.0) / 6.0
    if n >= 25:
        out["long"] = 1.0
    if any(c.isdigit() for c in text):
        out["digit"] = 1.0
    if _LINK.search(text):
        out["link"] = 1.0
    if _MENTION.search(text):
        out["mention"] = 1.0
    if _HASHTAG.search(text):
        out["hashtag"] = 1.0
    if "!" in text:
        out["exclaim"] = 1.0
    root = sent.root
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
    if any(t.lower_ == "we" for t in subjects):
        out["we_subject"] = 1.0
    if any(t.lower_ in ("he", "she", "they") for t in subjects):
        out["third_person"] = 1.0
    if any(t.pos_ == "PROPN" for t in subjects):
        out["proper_subject"] = 1.0
    if any(t.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in t.children) for t in subjects):
        out["generic_plural"] = 1.0
    if any(t.dep_ == "auxpass" for t in sent):
        out["passive"] = 1.0
    if any(t.tag_ == "MD" for t in sent):
        out["modal"] = 1.0
    if any(t.lower_ in ("will", "'ll") and t.tag_ == "MD" for t in sent):
        out["future"] = 1.0
    if any(t.dep_ == "neg" for t in sent):
        out["negation"] = 1.0
    if any(t.tag_ in ("JJR", "RBR", "JJS", "RBS") for t in words):
        out["comparative"] = 1.0
    if any(t.lemma_.lower() in _FINDING_VERBS and t.pos_ in ("VERB", "AUX") for t in words):
        out["finding_verb"] = 1.0
    if any(c.dep_ == "ccomp" for c in root.children) or any(t.lower_ == "that" and t.dep_ == "mark" for t in sent):
        out["that_clause"] = 1.0
    ents = {t.ent_type_ for t in sent if t.ent_type_}
    if "PERSON" in ents:
        out["person_entity"] = 1.0
    if "ORG" in ents:
        out["org_entity"] = 1.0
    if root.tag_ in ("VBZ", "VBP"):
        out["present"] = 1.0
    elif root.tag_ == "VBD":
        out["past"] = 1.0
    if features.get("health_topic") and features.get("stat_phrase", 0) + features.get("percent", 0) > 0:
        out["health_statistic"] = 1.0
    if any(t.is_upper and len(t) >= 4 and t.is_alpha for t in words) and n > 3:
        out["shouting"] = 1.0
    if n >= 4 and sum(1 for t in words if t.text[:1].isupper()) >= 0.6 * n and not all(t.is_upper for t in words):
        out["title_case"] = 1.0         # a headline: "Green Tea Linked To Lower Cancer Risk"
    if _EMOJI.search(text):
        out["emoji"] = 1.0
    if "..." in text or "…" in text:
        out["ellipsis"] = 1.0
    if health >= 2:
        out["health_many"] = 1.0
    if health and features.get("generic_present"):
        out["health_present"] = 1.0
    if health and out.get("modal"):
        out["health_modal"] = 1.0
    content = [t for t in words if not t.is_stop and len(t) >= 3 and not t.text[:1].isupper()]
    if zipf is not None and content:
        rare = sum(1 for t in content if zipf(t.lower_) < 3.0)
        out["rare_share"] = rare / len(content)
        if rare >= 2:
            out["technical"] = 1.0
    if any(looks_medical(t.text) for t in content):
        out["medical_word"] = 1.0
    letters = sum(len(t) for t in words)
    if n >= 12 and letters / n >= 5.0 and not (out.keys() & {"emoji", "hashtag", "mention", "link", "exclaim"}) \
            and not _CONTRACTION.search(text) and "?" not in text:
        out["formal"] = 1.0             # written like a research paper (long words, no "I/you", no emoji)
    return out


__all__ = ["FORMAL", "MODEL_FILE", "ClaimModel", "combine", "expand", "sentence_features"]

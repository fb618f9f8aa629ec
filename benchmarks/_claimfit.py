"""Claim data, sentence features and the fitting of the learned claim layer (shared by train_claims.py
and eval_claims.py).

Items are what a user would check: a whole tweet (CW-CURE) or one abstract sentence (biomedical claims).
Each item is cut and parsed the way ``studio check`` does it (segments, chunks, sentences with citation
markers attached) and described by the feature dict of each of its sentences.
An item is a claim when any of its sentences is, so fitting is multiple-instance: a negative item's
sentences are all negatives, a positive item contributes its most claim-like sentence.

The fit is an L2-regularised logistic regression (Newton steps, numpy only, deterministic) pulled towards
the hand-tuned weights of ``claim_cues.json`` rather than towards zero, with sign limits where the rules
must keep their meaning (a hedge never raises the score, a call to action never helps).
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.analysis.citations import find_markers  # noqa: E402
from studio.analysis.claimmodel import FORMAL, ClaimModel, expand  # noqa: E402
from studio.analysis.engine import split_chunks  # noqa: E402
from studio.analysis.rules.claims import ClaimRule, sentence_ranges  # noqa: E402
from studio.analysis.scriptfile import parse_script  # noqa: E402

CW_FILE = Path("claims") / "cw_cure_train.tsv"
BIO_FILE = Path("claims") / "biomed_claim_sentences_dev.jsonl"
CONDITIONS = ("alzheimers", "cancer", "depression", "diabetes")
#: Upper bounds on weights (the rule's meaning must survive the fit): feature -> max weight. A question, an
#: imperative, a call to action, a greeting or a personal story counts at least as much against a claim as
#: the hand-tuned weights say; a hedge or an opinion marker never raises the score.
UPPER = {"hedge": -0.15, "opinion": 0.0, "greeting": -1.0, "call_to_action": -1.6, "emotive": 0.0,
         "research_question": 0.0, "short": 0.0, "question": -2.0, "imperative": -2.1, "personal": -2.25}
#: Lower bounds: cues that make a sentence a claim never count against it.
LOWER = {"percent": 0.0, "ratio": 0.0, "causal_svo": 0.0, "evidence_svo": 0.0, "evidence_phrase": 0.0,
         "causal_health": 0.0, "comparison": 0.0}


@dataclass
class Item:
    """One labelled unit (tweet or abstract sentence) with the features of its candidate sentences."""

    dataset: str               # "cw_cure" or "biomed"
    group: str                 # condition (CW-CURE) or abstract id (biomed)
    text: str
    label: bool
    sentences: list[dict[str, float]] = field(default_factory=list)   # one feature dict per sentence


def load_items(data_dir: Path, limit: int | None = None) -> list[Item]:
    """Every labelled item of both claim sets (evenly thinned to ``limit`` per set when given)."""
    items: list[Item] = []
    cw: list[Item] = []
    with (data_dir / CW_FILE).open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            cw.append(Item("cw_cure", r["condition"], r["text"], r["is_checkworthy"].strip() == "True"))
    bio: list[Item] = []
    with (data_dir / BIO_FILE).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                doc = json.loads(line)
                bio.extend(Item("biomed", str(doc["paper_id"]), s, bool(lab))
                           for s, lab in zip(doc["sentences"], doc["labels"], strict=False))
    for part in (cw, bio):
        if limit and len(part) > limit:
            step = len(part) / limit
            part = [part[int(i * step)] for i in range(limit)]
        items.extend(part)
    return items


def chunks_of(text: str) -> list[str]:
    """The chunks ``studio check`` parses for ``text`` (segments, then lines / sentence groups)."""
    return [c for seg in parse_script(text) for _, c in split_chunks(seg.text)]


def add_features(items: Sequence[Item], nlp, rule: ClaimRule, batch_size: int = 128) -> None:  # noqa: ANN001
    """Parse every item's chunks and store the feature dicts of its sentences."""
    owners: list[int] = []
    texts: list[str] = []
    for i, item in enumerate(items):
        for chunk in chunks_of(item.text):
            owners.append(i)
            texts.append(chunk)
    for i, doc in zip(owners, nlp.pipe(texts, batch_size=batch_size), strict=True):
        items[i].sentences.extend(doc_features(doc, rule))


def doc_features(doc, rule: ClaimRule) -> list[dict[str, float]]:  # noqa: ANN001
    """Feature dicts of the sentences of one parsed chunk (as the claim rule sees them)."""
    markers = find_markers(doc.text)
    skip = [(m.start, m.end) for m in markers]
    cues = rule.scorer.phrase_matches(doc)
    out = []
    for start, end in sentence_ranges(doc, markers):
        if not any(ch.isalpha() for ch in doc.text[start:end]):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        out.append(rule.scorer.score(span, skip, cues).features)
    return out


# -- fitting --------------------------------------------------------------------------------------------
def feature_names(items: Iterable[Item], prior: dict[str, float]) -> list[str]:
    """Every feature seen in the items or weighted in the prior, sorted."""
    names = set(prior)
    for item in items:
        for f in item.sentences:
            names.update(expand(f))
    return sorted(names)


def _bound(table: dict[str, float], name: str, default: float) -> float:
    """A feature's limit; a ``formal:`` copy of a limited feature may only push the same way (limit 0)."""
    if name.startswith(FORMAL):
        return 0.0 if name.removeprefix(FORMAL) in table else default
    return table.get(name, default)


def _logistic_fit(x, y, w0, l2: float, lower, upper, iterations: int = 50):  # noqa: ANN001, ANN202
    """Newton-Raphson for L2-penalised logistic regression towards ``w0``; column 0 is the bias (free).
    Box limits are kept by clamping and freezing the variables that hit them."""
    import numpy as np

    w = np.clip(w0.copy(), lower, upper)
    reg = np.full(len(w0), l2)
    reg[0] = 1e-6
    free = np.ones(len(w), dtype=bool)
    for _ in range(iterations):
        z = np.clip(x @ w, -30, 30)
        p = 1 / (1 + np.exp(-z))
        grad = x.T @ (p - y) + reg * (w - w0)
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg)
        idx = np.where(free)[0]
        step = np.zeros(len(w))
        step[idx] = np.linalg.solve(hess[np.ix_(idx, idx)], grad[idx])
        new = w - step
        hit = (new < lower - 1e-12) | (new > upper + 1e-12)
        w = np.clip(new, lower, upper)
        if hit.any():
            free &= ~hit
        if np.abs(step).max() < 1e-7:
            break
    return w


def fit(items: Sequence[Item], prior: dict[str, float], prior_bias: float, l2: float = 12.0,
        rounds: int = 3) -> tuple[list[str], list[float]]:
    """Fit the weights (multiple-instance rounds); returns (names, [bias, *weights])."""
    import numpy as np

    names = feature_names(items, prior)
    w0 = np.array([prior_bias] + [prior.get(n, 0.0) for n in names])
    lower = np.array([-np.inf] + [_bound(LOWER, n, -np.inf) for n in names])
    upper = np.array([np.inf] + [_bound(UPPER, n, np.inf) for n in names])
    index = {n: i + 1 for i, n in enumerate(names)}

    def row(f: dict[str, float]) -> list[float]:
        r = [0.0] * (len(names) + 1)
        r[0] = 1.0
        for k, v in expand(f).items():
            j = index.get(k)
            if j is not None:
                r[j] = v
        return r

    neg_rows = [row(f) for it in items if not it.label for f in it.sentences]
    pos_sets = [np.array([row(f) for f in it.sentences]) for it in items if it.label and it.sentences]
    w = w0.copy()
    for _ in range(rounds):
        pos_rows = [s[int(np.argmax(s @ w))] for s in pos_sets]
        x = np.array(neg_rows + pos_rows)
        y = np.array([0.0] * len(neg_rows) + [1.0] * len(pos_rows))
        w = _logistic_fit(x, y, w0, l2, lower, upper)
    return names, [float(v) for v in w]


def model_from(names: Sequence[str], weights: Sequence[float], threshold: float) -> ClaimModel:
    """A :class:`ClaimModel` from fitted weights (zero weights dropped)."""
    return ClaimModel(weights={n: round(w, 4) for n, w in zip(names, weights[1:], strict=True) if abs(w) >= 1e-4},
                      bias=round(weights[0], 4), threshold=round(threshold, 3))


def item_scores(items: Sequence[Item], model: ClaimModel) -> list[float]:
    """Each item's score: the highest probability of its sentences (0 when it has none)."""
    return [max((model.probability(f) for f in it.sentences), default=0.0) for it in items]


def item_flags(items: Sequence[Item], rule: ClaimRule) -> list[bool]:
    """Does the rule (with its model) call any sentence of each item a claim? (no parsing: features)"""
    return [any(rule.scorer.verdict(f)[1] for f in it.sentences) for it in items]


def best_threshold(items: Sequence[Item], model: ClaimModel) -> float:
    """The threshold that maximises the mean F1 of the two sets on ``items``."""
    scores = item_scores(items, model)
    best = (0.0, 0.5)
    for t in [i / 100 for i in range(15, 71)]:
        f1s = []
        for ds in ("cw_cure", "biomed"):
            idx = [i for i, it in enumerate(items) if it.dataset == ds]
            if not idx:
                continue
            tp = sum(1 for i in idx if scores[i] >= t and items[i].label)
            fp = sum(1 for i in idx if scores[i] >= t and not items[i].label)
            fn = sum(1 for i in idx if scores[i] < t and items[i].label)
            f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
        mean = sum(f1s) / len(f1s)
        if mean > best[0]:
            best = (mean, t)
    return best[1]


def folds(items: Sequence[Item], k: int = 4) -> list[list[int]]:
    """Held-out index lists: fold i holds out CW-CURE condition i and every k-th abstract group (by a
    stable hash of the abstract id), so no tweet condition or abstract is ever in its own training data."""
    import zlib

    out: list[list[int]] = [[] for _ in range(k)]
    for i, it in enumerate(items):
        if it.dataset == "cw_cure":
            f = CONDITIONS.index(it.group) if it.group in CONDITIONS else zlib.crc32(it.group.encode()) % k
        else:
            f = zlib.crc32(it.group.encode()) % k
        out[f].append(i)
    return out


def fit_model(items: Sequence[Item], prior: dict[str, float], prior_bias: float, l2: float = 12.0) -> ClaimModel:
    """Fit weights and pick the threshold on ``items`` only."""
    names, weights = fit(items, prior, prior_bias, l2)
    model = model_from(names, weights, 0.5)
    return ClaimModel(model.weights, model.bias, best_threshold(items, model))


def sigmoid(z: float) -> float:
    """Logistic function."""
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


__all__ = ["CONDITIONS", "Item", "add_features", "best_threshold", "doc_features", "fit", "fit_model", "folds",
           "item_flags", "item_scores", "load_items", "model_from"]

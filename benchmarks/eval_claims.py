"""Benchmark the uncited-claim detector on public labelled claim data (prints numbers, never fails).

Data (not shipped; read from the shared eval folder beside the checkout):

* ``claims/cw_cure_train.tsv`` — health tweets, label ``is_checkworthy`` (a claim worth verifying);
  a tweet counts as a claim when any of its sentences does;
* ``claims/biomed_claim_sentences_dev.jsonl`` — PubMed abstract sentences, label 1 = a finding/claim.

For each set: precision / recall / F1 of :class:`~studio.analysis.rules.claims.ClaimRule` (the very same
``score_text`` the rule uses) against a trivial baseline (any of a short fixed list of causal/statistic cue
words → claim).

    .venv/bin/python benchmarks/eval_claims.py --data ../shared/eval [--limit 3000] [--fit]

``--fit`` also fits logistic weights for the scorer's features on a train part of the rows and prints them
with scores on the held-out part (for tuning ``claim_cues.json`` by hand; nothing is written).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.analysis.citations import find_markers  # noqa: E402
from studio.analysis.nlp import load_pipeline  # noqa: E402
from studio.analysis.profile import get_profile  # noqa: E402
from studio.analysis.rules.claims import ClaimRule, sentence_ranges  # noqa: E402

#: The baseline's cue words: a sentence containing any of them is called a claim.
BASELINE_CUES = (
    "cause", "causes", "caused", "causing", "reduce", "reduces", "reduced", "prevent", "prevents", "cure",
    "cures", "cured", "increase", "increases", "increased", "decrease", "decreases", "risk", "linked",
    "associated", "improve", "improves", "boost", "boosts", "lead to", "leads to", "study", "studies",
    "research", "proven", "percent", "%", "times", "twice", "half", "million", "significantly",
)
_BASELINE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in BASELINE_CUES) + r")(?!\w)", re.I)
_TWEET_NOISE = re.compile(r"^\s*RT\s*(?:@USER\s*)?:|@USER|HTTPURL|:[a-z_]+:")


def baseline(text: str) -> bool:
    """The trivial detector: any fixed cue word present."""
    return bool(_BASELINE.search(text))


def load_cw_cure(data_dir: Path, limit: int | None) -> list[tuple[str, bool]]:
    """(tweet text, is_checkworthy) rows, evenly sampled down to ``limit``."""
    path = data_dir / "claims" / "cw_cure_train.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [(r["text"], r["is_checkworthy"].strip() == "True")
                for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return _sample(rows, limit)


def load_biomed(data_dir: Path, limit: int | None) -> list[tuple[str, bool]]:
    """(sentence, is_claim) rows from the abstract file, evenly sampled down to ``limit``."""
    path = data_dir / "claims" / "biomed_claim_sentences_dev.jsonl"
    rows: list[tuple[str, bool]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                doc = json.loads(line)
                rows.extend((s, bool(lab)) for s, lab in zip(doc["sentences"], doc["labels"], strict=False))
    return _sample(rows, limit)


def _sample(rows: list[tuple[str, bool]], limit: int | None) -> list[tuple[str, bool]]:
    if not limit or len(rows) <= limit:
        return rows
    step = len(rows) / limit
    return [rows[int(i * step)] for i in range(limit)]


def clean_tweet(text: str) -> str:
    """Tweets come pre-tokenised with placeholders; drop the placeholders so they do not read as words."""
    return re.sub(r"\s+", " ", _TWEET_NOISE.sub(" ", text)).strip()


def prf(pred: Sequence[bool], gold: Sequence[bool]) -> dict[str, float]:
    """Precision, recall, F1 (positive class) and accuracy."""
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    acc = sum(p == g for p, g in zip(pred, gold, strict=True)) / len(gold) if gold else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "accuracy": round(acc, 3), "n": len(gold), "positives": sum(gold)}


def _features(rule: ClaimRule, doc) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Feature dict of the highest-scoring sentence of ``doc`` (for --fit)."""
    markers = find_markers(doc.text)
    skip = [(m.start, m.end) for m in markers]
    best: tuple[float, dict[str, float]] = (-1.0, {})
    for start, end in sentence_ranges(doc, markers):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            result = rule.scorer.score(span, skip)
            if result.score > best[0]:
                best = (result.score, result.features)
    return best[1]


def evaluate(data_dir: Path, limit: int | None = 3000, fit: bool = False) -> dict[str, object]:
    """Score the detector and the baseline on both claim sets; returns the numbers per set."""
    profile = get_profile("en")
    nlp = load_pipeline(profile)
    rule = ClaimRule(profile)
    results: dict[str, object] = {}
    fit_rows: list[tuple[str, dict[str, float], bool, bool]] = []
    for name, rows, prep in (("cw_cure", load_cw_cure(data_dir, limit), clean_tweet),
                             ("biomed", load_biomed(data_dir, limit), lambda t: t)):
        texts = [prep(t) for t, _ in rows]
        gold = [g for _, g in rows]
        started = time.perf_counter()
        pred: list[bool] = []
        for i, doc in enumerate(nlp.pipe(texts, batch_size=128)):
            score, _, _ = rule.score_text(doc)
            pred.append(score >= rule.threshold)
            if fit:
                fit_rows.append((name, _features(rule, doc), gold[i], i % 4 != 0))
        elapsed = time.perf_counter() - started
        results[name] = {
            "detector": prf(pred, gold),
            "baseline": prf([baseline(t) for t in texts], gold),
            "seconds": round(elapsed, 1),
        }
    if fit:
        results["fit"] = fit_weights(fit_rows, rule)
    return results


def fit_weights(rows: list[tuple[str, dict[str, float], bool, bool]], rule: ClaimRule,
                l2: float = 0.001, epochs: int = 3000, lr: float = 2.0) -> dict[str, object]:
    """Class-balanced, L2-regularised logistic regression on the scorer's features (numpy gradient
    descent). Trains on rows flagged train, reports scores on the others per set (for hand tuning)."""
    import numpy as np

    names = sorted({k for _, f, _, _ in rows for k in f} | set(rule.scorer.lexicon.weights))
    x = np.array([[f.get(k, 0.0) for k in names] for _, f, _, _ in rows])
    y = np.array([float(g) for _, _, g, _ in rows])
    is_train = np.array([t for _, _, _, t in rows])
    sets = np.array([n for n, _, _, _ in rows])
    # Each set weighs the same in total, and within a set positives and negatives weigh the same.
    sample_w = np.zeros(len(rows))
    for set_name in set(sets):
        for label in (0.0, 1.0):
            mask = is_train & (sets == set_name) & (y == label)
            sample_w[mask] = 0.25 / max(1, mask.sum())
    w = np.zeros(len(names))
    b = 0.0
    for _ in range(epochs):
        z = np.clip(x @ w + b, -30, 30)
        err = (1 / (1 + np.exp(-z)) - y) * sample_w
        w -= lr * (x.T @ err + l2 * w)
        b -= lr * err.sum()
    held: dict[str, object] = {}
    for set_name in sorted(set(sets)):
        mask = ~is_train & (sets == set_name)
        pred = list((x[mask] @ w + b) >= 0)
        held[set_name] = prf([bool(p) for p in pred], [bool(v) for v in y[mask]])
    return {"bias": round(float(b), 2), "weights": {k: round(float(v), 2) for k, v in zip(names, w, strict=True)},
            "held_out": held}


def main(argv: Sequence[str] | None = None) -> int:
    """CLI entry: print the numbers as a small table (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--limit", type=int, default=3000, help="rows per data set (0 = all)")
    parser.add_argument("--fit", action="store_true", help="also fit logistic weights and print them")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not (args.data / "claims").is_dir():
        print(f"No claims data under {args.data} (expected {args.data}/claims/…).", file=sys.stderr)
        return 2
    results = evaluate(args.data, args.limit or None, args.fit)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for name in ("cw_cure", "biomed"):
        r = results[name]
        assert isinstance(r, dict)
        print(f"{name}: n={r['detector']['n']} positives={r['detector']['positives']} ({r['seconds']} s)")
        for who in ("detector", "baseline"):
            m = r[who]
            print(f"  {who:9} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} acc={m['accuracy']:.3f}")
    if "fit" in results:
        print(json.dumps(results["fit"], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Jargon detector vs the CompLex lexical-complexity data (SemEval-2021 Task 1).

Every CompLex row labels one target word (or two-word phrase) in a sentence with a complexity in 0..1.
We score that target with :meth:`JargonRule.score_term` (the same logic the live detector uses), and
report, per file and for the biomedical rows alone:

* F1 (precision, recall) of "jargon" = score >= the detector's flag threshold, against complexity >= 0.4;
* Spearman rank correlation between our score and the complexity;

next to the trivial baseline: Zipf frequency < 3.5 → jargon, and Spearman of -Zipf.

    .venv/bin/python benchmarks/eval_jargon.py --data ../shared/eval
    .venv/bin/python benchmarks/eval_jargon.py --data ../shared/eval --fit   # refit the word weights

``--fit`` fits the logistic weights of :mod:`studio.analysis.wordrarity` on the single-word *train* file
and prints them (paste them into ``WEIGHTS``); the trial files stay untouched for reporting.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _stats import pearson, ranks, spearman  # noqa: E402, F401

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.analysis.nlp import load_pipeline  # noqa: E402
from studio.analysis.profile import get_profile  # noqa: E402
from studio.analysis.rules.jargon import JargonRule  # noqa: E402
from studio.analysis.wordrarity import FEATURES, RarityModel  # noqa: E402

LABEL_CUT = 0.4
BASELINE_ZIPF = 3.5
FILES = ("complex_lcp_single_train", "complex_lcp_single_trial", "complex_lcp_multi_train",
         "complex_lcp_multi_trial")
#: Weights kept fixed by ``--fit`` (they encode our own word lists, which CompLex barely covers).
FIXED = {"common_word": -0.75}


@dataclass(frozen=True)
class Row:
    """One CompLex row with the target located in the sentence."""

    corpus: str
    sentence: str
    token: str
    complexity: float
    start: int
    end: int


def load_rows(path: Path) -> list[Row]:
    """Read a CompLex TSV; rows whose target cannot be found in the sentence are skipped."""
    rows: list[Row] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            sentence, token = rec["sentence"], rec["token"]
            m = re.search(r"(?<!\w)" + re.escape(token) + r"(?!\w)", sentence) or \
                re.search(re.escape(token), sentence, re.I)
            if m is None:
                continue
            rows.append(Row(rec.get("corpus") or rec.get("subcorpus") or "", sentence, token,
                            float(rec["complexity"]), m.start(), m.end()))
    return rows


# -- statistics ------------------------------------------------------------------------------------
def prf(pred: Sequence[bool], gold: Sequence[bool]) -> tuple[float, float, float]:
    """(precision, recall, F1) of the positive class."""
    tp = sum(1 for p, g in zip(pred, gold, strict=True) if p and g)
    fp = sum(1 for p, g in zip(pred, gold, strict=True) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold, strict=True) if g and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# -- scoring ------------------------------------------------------------------------------------------
def _zipf_of(model: RarityModel, text: str) -> float:
    words = re.findall(r"[^\W\d_]+", text)
    return min((model.zipf(w) for w in words), default=0.0)


def score_rows(rule: JargonRule, nlp, rows: Sequence[Row]) -> list[float]:  # noqa: ANN001
    """Our jargon score of each row's target in its sentence."""
    docs = nlp.pipe((r.sentence for r in rows), batch_size=256)
    return [rule.score_term(doc, r.start, r.end) for doc, r in zip(docs, rows, strict=True)]


def report(name: str, rows: Sequence[Row], scores: Sequence[float], threshold: float,
           model: RarityModel) -> dict[str, float]:
    """Metrics of our score and of the Zipf baseline on ``rows``."""
    gold = [r.complexity >= LABEL_CUT for r in rows]
    cx = [r.complexity for r in rows]
    zipfs = [_zipf_of(model, r.token) for r in rows]
    p, r, f = prf([s >= threshold for s in scores], gold)
    bp, br, bf = prf([z < BASELINE_ZIPF for z in zipfs], gold)
    return {"rows": len(rows), "positives": sum(gold), "precision": p, "recall": r, "f1": f,
            "spearman": spearman(scores, cx), "base_precision": bp, "base_recall": br, "base_f1": bf,
            "base_spearman": spearman([-z for z in zipfs], cx)}


def evaluate(data_dir: Path, nlp=None, rule: JargonRule | None = None) -> dict:  # noqa: ANN001
    """Score every CompLex file found under ``data_dir`` (or ``data_dir/jargon``).

    Returns {file: {"all": metrics, "biomed": metrics}} where metrics has rows, positives, precision,
    recall, f1, spearman and the same with a ``base_`` prefix for the Zipf < 3.5 baseline.
    """
    folder = data_dir / "jargon" if (data_dir / "jargon").is_dir() else data_dir
    profile = get_profile("en")
    nlp = nlp or load_pipeline(profile)
    rule = rule or JargonRule(profile)
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name in FILES:
        path = folder / f"{name}.tsv"
        if not path.exists():
            continue
        rows = load_rows(path)
        scores = score_rows(rule, nlp, rows)
        bio = [i for i, r in enumerate(rows) if r.corpus == "biomed"]
        results[name] = {
            "all": report(name, rows, scores, rule.threshold, rule.model),
            "biomed": report(name, [rows[i] for i in bio], [scores[i] for i in bio], rule.threshold,
                             rule.model),
        }
    return results


# -- fitting ------------------------------------------------------------------------------------------
def fit(data_dir: Path, l2: float = 1.0) -> tuple[list[float], float]:
    """Fit the word-rarity logistic weights on the single-word train file; also pick the F1 threshold."""
    import numpy as np

    folder = data_dir / "jargon" if (data_dir / "jargon").is_dir() else data_dir
    profile = get_profile("en")
    nlp = load_pipeline(profile)
    rule = JargonRule(profile)
    rows = load_rows(folder / "complex_lcp_single_train.tsv")
    feats = []
    for doc, r in zip(nlp.pipe((r.sentence for r in rows), batch_size=256), rows, strict=True):
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        tok = [t for t in span if t.is_alpha] if span is not None else []
        facts = rule.token_facts(doc)
        feats.append(rule.model.features(facts[tok[0].i]) if tok else [1.0] + [0.0] * (len(FEATURES) - 1))
    x = np.array(feats)
    cx = np.array([r.complexity for r in rows])
    # Soft labels around the jargon cut keep the ranking information of the complexity scores.
    y = 1 / (1 + np.exp(-(cx - LABEL_CUT) / 0.08))
    free = [i for i, n in enumerate(FEATURES) if n not in FIXED]
    offset = sum(x[:, FEATURES.index(n)] * v for n, v in FIXED.items())
    xf = x[:, free]
    w = np.zeros(len(free))
    reg = np.full(len(free), l2)
    reg[0] = 0.0                      # no penalty on the bias
    for _ in range(30):               # Newton-Raphson on the penalised log-likelihood
        p = 1 / (1 + np.exp(-(xf @ w + offset)))
        grad = xf.T @ (p - y) + reg * w
        hess = (xf * (p * (1 - p))[:, None]).T @ xf + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = [0.0] * len(FEATURES)
    for i, v in zip(free, w, strict=True):
        weights[i] = float(v)
    for n, v in FIXED.items():
        weights[FEATURES.index(n)] = v
    p = 1 / (1 + np.exp(-(x @ np.array(weights))))
    best = max((prf(list(p >= t), list(cx >= LABEL_CUT))[2], t) for t in np.arange(0.2, 0.8, 0.01))
    return weights, float(best[1])


def _fmt(m: dict[str, float]) -> str:
    return (f"n={m['rows']:5d} pos={m['positives']:4d} | ours F1 {m['f1']:.3f} (P {m['precision']:.3f} "
            f"R {m['recall']:.3f}) Spearman {m['spearman']:.3f} | baseline F1 {m['base_f1']:.3f} "
            f"(P {m['base_precision']:.3f} R {m['base_recall']:.3f}) Spearman {m['base_spearman']:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: print the table (or fitted weights with --fit)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="folder with jargon/complex_lcp_*.tsv (default ../shared/eval)")
    parser.add_argument("--fit", action="store_true", help="refit the word weights on the train file")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"No evaluation data at {args.data}", file=sys.stderr)
        return 2
    if args.fit:
        weights, threshold = fit(args.data)
        print("WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in weights) + ")")
        print(f"F1-best threshold on train: {threshold:.2f}")
        return 0
    results = evaluate(args.data)
    for name, parts in results.items():
        for part, metrics in parts.items():
            print(f"{name:26s} {part:6s} {_fmt(metrics)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

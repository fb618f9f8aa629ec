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

from _product import badness_lists, fmt_prf, print_confusion, print_worst, run_texts  # noqa: E402
from _product import prf as prf_counts  # noqa: E402

from studio.analysis.engine import Analyzer  # noqa: E402
from studio.analysis.model import ACRONYM, JARGON, Finding  # noqa: E402
from studio.analysis.nlp import load_pipeline  # noqa: E402
from studio.analysis.profile import get_profile  # noqa: E402
from studio.analysis.rules.jargon import JargonRule  # noqa: E402
from studio.analysis.wordrarity import FEATURES, RarityModel  # noqa: E402

LABEL_CUT = 0.4
LIVE_KINDS = (JARGON, ACRONYM)
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


def live_scores(analyzer: Analyzer, rows: Sequence[Row]) -> tuple[list[float], list[list[Finding]]]:
    """The product path: each row's sentence goes through ``studio check``'s analysis; a row's score is the
    highest score of an emitted jargon/acronym finding overlapping its target (0 when none does)."""
    found = run_texts(analyzer, [r.sentence for r in rows], LIVE_KINDS)
    scores = []
    for r, fs in zip(rows, found, strict=True):
        hits = [f for f in fs if f.start < r.end and r.start < f.end]
        scores.append(max((f.score or 0.5 for f in hits), default=0.0))
    return scores, found


def live_report(rows: Sequence[Row], scores: Sequence[float]) -> dict[str, float]:
    """F1 of "some finding overlaps the target" and Spearman of the emitted score vs the complexity."""
    gold = [r.complexity >= LABEL_CUT for r in rows]
    m = prf_counts([s > 0 for s in scores], gold)
    m["spearman"] = spearman(scores, [r.complexity for r in rows])
    return m


def evaluate(data_dir: Path, nlp=None, analyzer: Analyzer | None = None, show: bool = True,  # noqa: ANN001
             cv: bool = True, limit: int | None = None) -> dict:
    """Score every CompLex file found under ``data_dir`` (or ``data_dir/jargon``) through the live path.

    Returns {file: {"all": metrics, "biomed": metrics, "term_biomed": metrics}}: "all"/"biomed" are the
    findings ``studio check`` emits (F1, precision, recall, Spearman, confusion counts); "term_biomed" is
    the secondary figure of :meth:`JargonRule.score_term` on the target alone, with the Zipf baseline.
    """
    folder = data_dir / "jargon" if (data_dir / "jargon").is_dir() else data_dir
    profile = get_profile("en")
    nlp = nlp or load_pipeline(profile)
    analyzer = analyzer or Analyzer(profile, nlp=nlp)
    rule = next(r for r in analyzer.rules if isinstance(r, JargonRule))
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name in FILES:
        path = folder / f"{name}.tsv"
        if not path.exists():
            continue
        rows = _thin(load_rows(path), limit)
        live, _ = live_scores(analyzer, rows)
        bio = [i for i, r in enumerate(rows) if r.corpus == "biomed"]
        brows = [rows[i] for i in bio]
        term = score_rows(rule, nlp, brows)
        results[name] = {
            "all": live_report(rows, live),
            "biomed": live_report(brows, [live[i] for i in bio]),
            "term_biomed": report(name, brows, term, rule.threshold, rule.model),
        }
        if show:
            bscores = [live[i] for i in bio]
            gold = [r.complexity >= LABEL_CUT for r in brows]
            misses, alarms = badness_lists([f"{r.token!r} ({r.complexity:.2f}) in {r.sentence}" for r in brows],
                                           bscores, [s > 0 for s in bscores], gold)
            misses = [(next(r.complexity for r in brows if t.endswith(r.sentence)) , t) for _, t in misses]
            print(f"\n{name} biomed, live path:")
            print_confusion(results[name]["biomed"])
            print_worst("worst misses (most complex words not flagged)", misses)
            print_worst("worst false alarms (flagged, rated easy; badness = emitted score)", alarms)
    if cv:
        results["cv_train"] = {"biomed": cross_validated(data_dir, nlp, analyzer, limit=limit)}
    return results


def headline(results: dict) -> list[str]:
    """Summary lines for eval_detectors.py: CompLex biomed, live path, train (cross-validated) vs trial."""
    lines = []
    for name, label in (("cv_train", "single train, 5-fold cross-validated"),
                        ("complex_lcp_single_trial", "single trial, shipped weights"),
                        ("complex_lcp_multi_train", "multi-word train"), ("complex_lcp_multi_trial", "multi-word trial")):
        if name in results:
            m = results[name]["biomed"]
            lines.append(f"CompLex biomed jargon ({label}): F1 {m['f1']:.3f} (P {m['precision']:.3f} "
                         f"R {m['recall']:.3f}), Spearman {m['spearman']:.3f}; targets F1 >= 0.75, Spearman >= 0.72")
    return lines


def common_word_cost(data_dir: Path, nlp, analyzer: Analyzer) -> dict[str, float]:  # noqa: ANN001
    """What ``common_words.txt`` costs on CompLex biomed train: targets rated jargon that only the list
    keeps unflagged (false negatives it causes) vs easy targets it keeps unflagged (false alarms it saves)."""
    folder = data_dir / "jargon" if (data_dir / "jargon").is_dir() else data_dir
    rows = [r for r in load_rows(folder / "complex_lcp_single_train.tsv") if r.corpus == "biomed"]
    profile = analyzer.profile
    with_list, _ = live_scores(analyzer, rows)
    bare = Analyzer(profile, nlp=nlp, rules=[JargonRule(profile, common_words=frozenset())])
    without, _ = live_scores(bare, rows)
    gold = [r.complexity >= LABEL_CUT for r in rows]
    only = [i for i in range(len(rows)) if without[i] > 0 and with_list[i] == 0]
    return {"rows": len(rows), "silenced_by_list": len(only),
            "false_negatives_caused": sum(1 for i in only if gold[i]),
            "false_alarms_saved": sum(1 for i in only if not gold[i]),
            "examples_caused": ", ".join(sorted({rows[i].token.lower() for i in only if gold[i]})[:25])}


# -- fitting ------------------------------------------------------------------------------------------
def word_features(rule: JargonRule, nlp, rows: Sequence[Row]):  # noqa: ANN001, ANN201
    """The scorer's feature matrix: one row per CompLex row (its first word), as numpy."""
    import numpy as np

    feats = []
    for doc, r in zip(nlp.pipe((r.sentence for r in rows), batch_size=256), rows, strict=True):
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        tok = [t for t in span if t.is_alpha] if span is not None else []
        facts = rule.token_facts(doc)
        feats.append(rule.model.features(facts[tok[0].i]) if tok else [1.0] + [0.0] * (len(FEATURES) - 1))
    return np.array(feats)


def fit_weights(x, cx, biomed, l2: float = 1.0) -> tuple[list[float], float]:  # noqa: ANN001
    """Penalised logistic fit of the word weights on soft labels; the flag threshold is the one with the
    best F1 on the biomedical rows of the same (training) data."""
    import numpy as np

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
    p = 1 / (1 + np.exp(-(x[biomed] @ np.array(weights))))
    gold = list(cx[biomed] >= LABEL_CUT)
    best = max((prf(list(p >= t), gold)[2], round(float(t), 2)) for t in np.arange(0.2, 0.8, 0.01))
    return weights, best[1]


def fit(data_dir: Path, l2: float = 1.0) -> tuple[list[float], float]:
    """Fit the word-rarity logistic weights on the single-word train file; also pick the F1 threshold."""
    import numpy as np

    folder = data_dir / "jargon" if (data_dir / "jargon").is_dir() else data_dir
    profile = get_profile("en")
    rows = load_rows(folder / "complex_lcp_single_train.tsv")
    x = word_features(JargonRule(profile), load_pipeline(profile), rows)
    return fit_weights(x, np.array([r.complexity for r in rows]),
                       np.array([r.corpus == "biomed" for r in rows]), l2)


def _thin(rows: list[Row], limit: int | None) -> list[Row]:
    """Every n-th row, down to ``limit`` rows (all when no limit)."""
    if not limit or len(rows) <= limit:
        return rows
    step = len(rows) / limit
    return [rows[int(i * step)] for i in range(limit)]


def cross_validated(data_dir: Path, nlp, analyzer: Analyzer, k: int = 5,  # noqa: ANN001
                    limit: int | None = None) -> dict[str, float]:
    """The live path on the single-word train file with weights and threshold fitted without each fold:
    fold i = every k-th sentence; the fold's rows go through ``studio check`` with a rule built from the
    other folds' fit. Returns the biomedical rows' metrics (and the per-fold F1s)."""
    import numpy as np

    folder = data_dir / "jargon" if (data_dir / "jargon").is_dir() else data_dir
    rows = _thin(load_rows(folder / "complex_lcp_single_train.tsv"), limit)
    profile = analyzer.profile
    x = word_features(JargonRule(profile), nlp, rows)
    cx = np.array([r.complexity for r in rows])
    bio = np.array([r.corpus == "biomed" for r in rows])
    sentences = sorted({r.sentence for r in rows})
    fold_of = {s: i % k for i, s in enumerate(sentences)}
    folds = np.array([fold_of[r.sentence] for r in rows])
    scores = [0.0] * len(rows)
    f1s = []
    for i in range(k):
        train = folds != i
        weights, threshold = fit_weights(x[train], cx[train], bio[train])
        analyzer.replace_rule(JargonRule(profile, threshold=threshold, weights=weights))
        held = [j for j in range(len(rows)) if folds[j] == i and bio[j]]
        fold_scores, _ = live_scores(analyzer, [rows[j] for j in held])
        for j, s in zip(held, fold_scores, strict=True):
            scores[j] = s
        f1s.append(live_report([rows[j] for j in held], fold_scores)["f1"])
    analyzer.replace_rule(JargonRule(profile))
    idx = [j for j in range(len(rows)) if bio[j]]
    m = live_report([rows[j] for j in idx], [scores[j] for j in idx])
    m["fold_f1"] = ", ".join(f"{f:.3f}" for f in f1s)
    return m


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
    parser.add_argument("--show", action="store_true", help="print confusion and the 20 worst misses/false alarms")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validated train figure (faster)")
    parser.add_argument("--common", action="store_true", help="measure the common-word list's cost")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"No evaluation data at {args.data}", file=sys.stderr)
        return 2
    if args.fit:
        weights, threshold = fit(args.data)
        print("WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in weights) + ")")
        print(f"F1-best threshold on train: {threshold:.2f}")
        return 0
    profile = get_profile("en")
    nlp = load_pipeline(profile)
    analyzer = Analyzer(profile, nlp=nlp)
    results = evaluate(args.data, nlp=nlp, analyzer=analyzer, show=args.show, cv=not args.no_cv)
    print("\nLive path (studio check findings; score 0 where nothing is flagged):")
    for name, parts in results.items():
        for part in ("all", "biomed"):
            if part not in parts:
                continue
            m = parts[part]
            print(f"  {name:26s} {part:6s} n={m['n']:5d} pos={m['positives']:4d} | {fmt_prf(m)} "
                  f"Spearman {m['spearman']:.3f}")
    print("\nSecondary: JargonRule.score_term on the target alone, biomed rows:")
    for name, parts in results.items():
        if "term_biomed" in parts:
            print(f"  {name:26s} {_fmt(parts['term_biomed'])}")
    if "cv_train" in results:
        print(f"\n5-fold CV on single train, biomed, per-fold F1: {results['cv_train']['biomed']['fold_f1']}")
    if args.common:
        cost = common_word_cost(args.data, nlp, analyzer)
        print("\ncommon_words.txt on CompLex biomed single train (live path with vs without the list):")
        for key, value in cost.items():
            print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

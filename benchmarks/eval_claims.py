"""The uncited-claim detector on public labelled claim data, through the product path (prints numbers,
never fails).

Data (not shipped; read from the shared eval folder beside the checkout):

* ``claims/cw_cure_train.tsv`` — health tweets, label ``is_checkworthy``; a tweet is flagged when
  ``studio check`` emits any ``uncited_claim`` for it (the tweet text as it is, placeholders included);
* ``claims/biomed_claim_sentences_dev.jsonl`` — PubMed abstract sentences, label 1 = a finding/claim; each
  sentence is checked on its own.

Grouped cross-validation, so no figure is measured on data a weight was fitted on: fold *k* holds out
CW-CURE condition *k* (alzheimers, cancer, depression, diabetes) and a quarter of the abstracts (grouped by
abstract); the claim model is fitted on the rest with ``benchmarks/_claimfit.py`` (the same code as
``train_claims.py``), put into the ``Analyzer`` and the held-out texts go through ``check_text``, the
function ``studio check --jsonl`` uses. Prints each fold, the mean, the pooled confusion table, the 20
worst misses and false alarms, a 10-bin reliability table of the score, the shipped rules-only weights
for comparison, and a trivial cue-word baseline.

    .venv/bin/python benchmarks/eval_claims.py --data ../shared/eval [--limit 2000]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _claimfit import Item, add_features, fit_model, folds, item_flags, item_scores, load_items  # noqa: E402
from _product import (  # noqa: E402
    badness_lists,
    fmt_prf,
    prf,
    print_confusion,
    print_reliability,
    print_worst,
    run_texts,
)

from studio.analysis.claimcues import Lexicon  # noqa: E402
from studio.analysis.engine import Analyzer  # noqa: E402
from studio.analysis.model import UNCITED_CLAIM  # noqa: E402
from studio.analysis.nlp import load_pipeline  # noqa: E402
from studio.analysis.profile import get_profile  # noqa: E402
from studio.analysis.rules.claims import CUE_FILE, ClaimRule  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SETS = ("cw_cure", "biomed")

#: The baseline's cue words: a text containing any of them is called a claim.
BASELINE_CUES = (
    "cause", "causes", "caused", "causing", "reduce", "reduces", "reduced", "prevent", "prevents", "cure",
    "cures", "cured", "increase", "increases", "increased", "decrease", "decreases", "risk", "linked",
    "associated", "improve", "improves", "boost", "boosts", "lead to", "leads to", "study", "studies",
    "research", "proven", "percent", "%", "times", "twice", "half", "million", "significantly",
)
_BASELINE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in BASELINE_CUES) + r")(?!\w)", re.I)


def baseline(text: str) -> bool:
    """The trivial detector: any fixed cue word present."""
    return bool(_BASELINE.search(text))


def live(analyzer: Analyzer, items: Sequence[Item]) -> list[float]:
    """Each item's highest emitted ``uncited_claim`` score, or 0.0 when none is emitted (a flagged item
    always scores above 0, even when its probability rounds to 0)."""
    found = run_texts(analyzer, [it.text for it in items], (UNCITED_CLAIM,))
    return [max((f.score or 1e-6 for f in fs), default=0.0) for fs in found]


def evaluate(data_dir: Path, limit: int | None = None, show: bool = True, l2: float = 12.0) -> dict[str, object]:
    """Cross-validated figures through the live path; prints the tables and returns the headline numbers."""
    profile = get_profile("en")
    nlp = load_pipeline(profile)
    lexicon = Lexicon.load(profile.resource(CUE_FILE))
    items = load_items(data_dir, limit)
    started = time.perf_counter()
    add_features(items, nlp, ClaimRule(profile, lexicon=lexicon))
    print(f"  features of {len(items)} items in {time.perf_counter() - started:.0f} s")
    analyzer = Analyzer(profile, nlp=nlp)
    scores = [0.0] * len(items)
    offline = [0.0] * len(items)
    flags = [False] * len(items)
    per_fold: dict[str, list[dict[str, float]]] = {s: [] for s in SETS}
    for k, held in enumerate(folds(items)):
        held_set = set(held)
        train = [it for i, it in enumerate(items) if i not in held_set]
        model = fit_model(train, lexicon.weights, lexicon.bias, l2)
        rule = ClaimRule(profile, lexicon=lexicon, model=model)
        analyzer.replace_rule(rule)
        test = [items[i] for i in held]
        fold_scores = live(analyzer, test)
        for i, s, o, f in zip(held, fold_scores, item_scores(test, model), item_flags(test, rule), strict=True):
            scores[i], offline[i], flags[i] = s, o, f
        for ds in SETS:
            idx = [j for j, it in enumerate(test) if it.dataset == ds]
            m = prf([fold_scores[j] > 0 for j in idx], [test[j].label for j in idx])
            m["threshold"] = model.threshold
            per_fold[ds].append(m)
            group = test[idx[0]].group if ds == "cw_cure" and idx else f"abstract group {k + 1}"
            print(f"  fold {k + 1} {ds:8} held out {group:>20}: n={m['n']:5d} pos={m['positives']:4d} "
                  f"{fmt_prf(m)}  (threshold {model.threshold:.2f})")
    agree = sum(1 for s, f in zip(scores, flags, strict=True) if (s > 0) == f)
    print(f"  live findings agree with the model's sentence scores on {agree}/{len(items)} items")
    results: dict[str, object] = {}
    rules_only = ClaimRule(profile, lexicon=lexicon)
    rules_only.scorer.model = None      # the hand-tuned cue weights alone, not the shipped model
    analyzer.replace_rule(rules_only)
    for ds in SETS:
        idx = [i for i, it in enumerate(items) if it.dataset == ds]
        gold = [items[i].label for i in idx]
        pred = [scores[i] > 0 for i in idx]
        folds_f1 = [m["f1"] for m in per_fold[ds]]
        pooled = prf(pred, gold)
        print(f"\n{ds}: mean F1 over folds {sum(folds_f1) / len(folds_f1):.3f} "
              f"(folds {', '.join(f'{f:.3f}' for f in folds_f1)}); pooled {fmt_prf(pooled)}")
        print_confusion(pooled)
        base = prf([baseline(items[i].text) for i in idx], gold)
        print(f"  cue-word baseline: {fmt_prf(base)}")
        old = live(_rules_only_analyzer(analyzer, rules_only), [items[i] for i in idx]) if show else []
        if old:
            print(f"  hand-tuned rules alone (no learned layer): {fmt_prf(prf([s > 0 for s in old], gold))}")
        print("  reliability of the claim score (held-out, each item's most claim-like sentence):")
        ece = print_reliability([offline[i] for i in idx], gold)
        if show:
            texts = [items[i].text for i in idx]
            misses, alarms = badness_lists(texts, [offline[i] for i in idx], pred, gold)
            print_worst("worst misses (claims not flagged; badness = 1 - score)", misses)
            print_worst("worst false alarms (flagged, not a claim; badness = score)", alarms)
        results[ds] = {"mean_f1": sum(folds_f1) / len(folds_f1), "folds": folds_f1, "pooled": pooled,
                       "baseline": base, "ece": ece}
    return results


def headline(results: dict[str, object]) -> list[str]:
    """The summary lines for eval_detectors.py."""
    lines = []
    for ds, target in (("cw_cure", 0.65), ("biomed", 0.55)):
        r = results[ds]
        assert isinstance(r, dict)
        name = "CW-CURE check-worthy" if ds == "cw_cure" else "biomedical claim sentences"
        lines.append(f"{name}: F1 {r['mean_f1']:.3f} mean of {len(r['folds'])} held-out folds "
                     f"({', '.join(f'{f:.3f}' for f in r['folds'])}); target >= {target}; "
                     f"calibration error {r['ece']:.3f}")
    return lines


def _rules_only_analyzer(analyzer: Analyzer, rule: ClaimRule) -> Analyzer:
    analyzer.replace_rule(rule)
    return analyzer


def main(argv: Sequence[str] | None = None) -> int:
    """CLI entry: print the cross-validated tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--limit", type=int, default=0, help="items per data set (0 = all)")
    parser.add_argument("--l2", type=float, default=12.0, help="pull towards the hand-tuned weights")
    parser.add_argument("--quiet", action="store_true", help="no worst-case lists or rules-only comparison")
    args = parser.parse_args(argv)
    if not (args.data / "claims").is_dir():
        print(f"No claims data under {args.data} (expected {args.data}/claims/…).", file=sys.stderr)
        return 2
    evaluate(args.data, args.limit or None, show=not args.quiet, l2=args.l2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Fit the learned claim layer (``resources/lang/en/claim_model.json``) from the development data.

    .venv/bin/python benchmarks/train_claims.py --data ../shared/eval [--out resources/lang/en/claim_model.json]

Reads only ``../shared/eval/claims`` (CW-CURE tweets and biomedical abstract sentences; neither states a
licence, so only per-feature weights are learned from them: no word, n-gram or text is stored). Every item
is parsed as ``studio check`` parses it and described by the features the rules compute
(:mod:`studio.analysis.claimcues`, :mod:`studio.analysis.claimmodel`); an L2-regularised logistic
regression pulled towards the hand-tuned weights of ``claim_cues.json`` is fitted on all of it, and the
decision threshold is the one with the best mean F1 of the two sets. No randomness is involved, so the
same data gives the same file. Cross-validated figures: ``benchmarks/eval_claims.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _claimfit import add_features, fit_model, item_scores, load_items  # noqa: E402

from studio.analysis.claimcues import Lexicon  # noqa: E402
from studio.analysis.nlp import load_pipeline  # noqa: E402
from studio.analysis.profile import get_profile  # noqa: E402
from studio.analysis.rules.claims import CUE_FILE, ClaimRule  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "lang" / "en" / "claim_model.json"


def main(argv: list[str] | None = None) -> int:
    """Fit on all development items and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--l2", type=float, default=12.0, help="pull towards the hand-tuned weights")
    args = parser.parse_args(argv)
    if not (args.data / "claims").is_dir():
        print(f"No claims data under {args.data} (expected {args.data}/claims/…).", file=sys.stderr)
        return 2
    profile = get_profile("en")
    nlp = load_pipeline(profile)
    lexicon = Lexicon.load(profile.resource(CUE_FILE))
    items = load_items(args.data)
    started = time.perf_counter()
    add_features(items, nlp, ClaimRule(profile, lexicon=lexicon))
    print(f"features of {len(items)} items in {time.perf_counter() - started:.0f} s")
    model = fit_model(items, lexicon.weights, lexicon.bias, args.l2)
    scores = item_scores(items, model)
    for ds in ("cw_cure", "biomed"):
        idx = [i for i, it in enumerate(items) if it.dataset == ds]
        tp = sum(1 for i in idx if scores[i] >= model.threshold and items[i].label)
        fp = sum(1 for i in idx if scores[i] >= model.threshold and not items[i].label)
        fn = sum(1 for i in idx if scores[i] < model.threshold and items[i].label)
        print(f"{ds}: training-set F1 {2 * tp / (2 * tp + fp + fn):.3f} (n={len(idx)}; not a held-out figure)")
    doc = {
        "_about": "Learned layer of the uncited-claim detector (studio/analysis/claimmodel.py): "
                  "p = 1 / (1 + exp(-(bias + sum(weight * feature)))); a claim when p >= threshold (see "
                  "combine() for how the cue rules join in). Written by benchmarks/train_claims.py; see claim_model.md.",
        "bias": model.bias,
        "threshold": model.threshold,
        "weights": dict(sorted(model.weights.items())),
    }
    args.out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights)} weights, threshold {model.threshold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

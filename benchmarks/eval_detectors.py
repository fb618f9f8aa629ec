"""Quality of the detectors on the labelled development data, through the product path.

Run: ``.venv/bin/python benchmarks/eval_detectors.py --data ../shared/eval [--limit N] [--only claims]``.

Claims and jargon are measured on the findings ``studio check`` emits (the same ``Analyzer`` and
``check_text``), never on a scoring function alone: claims with grouped cross-validation (CW-CURE one
condition held out per fold, abstracts grouped), jargon on CompLex with the word weights cross-validated on
the train file and as shipped on the trial file. Readability prints Pearson and ordering accuracy. Each part
prints its tables (confusion, worst misses and false alarms, reliability); a summary of the headline
figures against the targets closes the output. Prints only; no test depends on a score.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PARTS = ("claims", "jargon", "readability")


def main(argv: list[str] | None = None) -> int:
    """Run each part's ``evaluate`` (benchmarks/eval_<part>.py) and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "eval"),
                        help="folder with claims/, jargon/, readability/ (default: ../shared/eval)")
    parser.add_argument("--only", choices=PARTS, action="append", help="run only these parts")
    parser.add_argument("--limit", type=int, default=None, help="at most N items per data set (faster)")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not data.is_dir():
        print(f"eval_detectors: no data folder at {data}", file=sys.stderr)
        return 2
    summary: list[str] = []
    for part in args.only or PARTS:
        module = importlib.import_module(f"eval_{part}")
        print(f"\n=== {part} ===", flush=True)
        t0 = time.perf_counter()
        kwargs = {"limit": args.limit} if args.limit else {}
        result = module.evaluate(data, **kwargs)
        if hasattr(module, "headline"):
            summary.extend(module.headline(result))
        else:
            for key, value in result.items():
                print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}")
        print(f"  ({time.perf_counter() - t0:.0f} s)")
    if summary:
        print("\n=== headline figures (live path) ===")
        for line in summary:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Quality of the detectors on the labelled development data, next to trivial baselines.

Run: ``.venv/bin/python benchmarks/eval_detectors.py --data ../shared/eval [--limit N] [--only claims]``.
Prints precision / recall / F1 for claims, F1 and Spearman for jargon, Pearson and ordering accuracy for
readability. Prints only; no test depends on a score.
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
    for part in args.only or PARTS:
        module = importlib.import_module(f"eval_{part}")
        print(f"\n=== {part} ===")
        t0 = time.perf_counter()
        kwargs = {"limit": args.limit} if args.limit else {}
        result = module.evaluate(data, **kwargs)
        for key, value in result.items():
            print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}")
        print(f"  ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

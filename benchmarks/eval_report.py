"""The before/after report and the short-form checklist on known rewrites: Cochrane technical abstracts
("before") against their plain-language summaries ("after"), from ``<data>/readability/cochrane_val.*``.

Each pair goes through :func:`studio.reports.compare.build_report` with the real :class:`Analyzer` — the
path of Script › Before/after report and ``studio report`` — and the script is one segment. Printed:

* per headline figure, the share of pairs the report calls "better" / "worse" / "same" for the plain
  summary (a trainer expects "better" for the rewrite);
* per automatic checklist item, the share of abstracts and of summaries that meet it (plain numbers and
  plain risk should be met more often by the summaries).

Nothing was fitted on these pairs (the report has no weights or thresholds of its own; the analysis' were
fitted elsewhere). Prints numbers only; nothing depends on them.

    .venv/bin/python benchmarks/eval_report.py --data ../shared/eval [--limit 60]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.analysis import checklist as c  # noqa: E402
from studio.analysis.engine import Analyzer  # noqa: E402
from studio.analysis.model import AnalysisContext, SegmentInput  # noqa: E402
from studio.reports.compare import METRICS, ReportSide, build_report  # noqa: E402

AUTO_ITEMS = (c.PLAIN_NUMBERS, c.PLAIN_RISK, c.CALL_TO_ACTION, c.CLAIMS_CITED)


def load_pairs(data: Path, limit: int) -> list[tuple[str, str]]:
    """(technical abstract, plain summary) pairs, in file order, at most ``limit`` (0: all)."""
    folder = data / "readability"
    sources = (folder / "cochrane_val.source").read_text(encoding="utf-8").splitlines()
    targets = (folder / "cochrane_val.target").read_text(encoding="utf-8").splitlines()
    pairs = [(s.strip(), t.strip()) for s, t in zip(sources, targets, strict=False) if s.strip() and t.strip()]
    return pairs[:limit] if limit else pairs


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the shares."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--limit", type=int, default=60, help="pairs to use (0: all 411)")
    args = parser.parse_args(argv)
    pairs = load_pairs(args.data, args.limit)
    analyzer = Analyzer()
    ctx = AnalysisContext()
    verdicts: dict[str, Counter[str]] = {m.label: Counter() for m in METRICS}
    met: dict[str, Counter[str]] = {item: Counter() for item in AUTO_ITEMS}
    start = time.monotonic()
    for source, target in pairs:
        report = build_report(analyzer.analyze, "pair", ReportSide("abstract", "pair", (SegmentInput(source),)),
                              ReportSide("summary", "pair", (SegmentInput(target),)), ctx)
        for metric, _, _, verdict in report.rows():
            verdicts[metric.label][verdict] += 1
        for side, items in (("abstract", report.before_checklist), ("summary", report.after_checklist)):
            for item in items:
                if item.id in met and item.done:
                    met[item.id][side] += 1
    n = len(pairs)
    print(f"Cochrane abstract -> plain summary, {n} pairs, {time.monotonic() - start:.0f} s "
          "(timing noisy when others share the machine)")
    print(f"{'figure':<16}{'better':>8}{'worse':>8}{'same':>8}")
    for label, counts in verdicts.items():
        print(f"{label:<16}" + "".join(f"{counts[k] / n:>8.0%}" for k in ("better", "worse", "same"))
              + (f"  (changed {counts['changed'] / n:.0%})" if counts["changed"] else ""))
    print(f"\n{'checklist item met':<22}{'abstracts':>10}{'summaries':>10}")
    for item, counts in met.items():
        print(f"{item:<22}{counts['abstract'] / n:>10.0%}{counts['summary'] / n:>10.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The product path for the detector benchmarks: texts go through the same ``Analyzer`` and the same
``check_text`` as ``studio check --jsonl``; the benchmarks score the findings that come out.

Also the shared reporting helpers: precision/recall/F1, a confusion summary, the worst misses and false
alarms, and a reliability table for probability scores.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.analysis.engine import Analyzer  # noqa: E402
from studio.analysis.model import AnalysisResult, Finding  # noqa: E402
from studio.commands.check import check_text  # noqa: E402


def run_texts(analyzer: Analyzer, texts: Iterable[str], kinds: Sequence[str]) -> list[list[Finding]]:
    """For each text, the findings of ``kinds`` that ``studio check`` would emit for it (dismissed none)."""
    out: list[list[Finding]] = []
    wanted = set(kinds)
    for text in texts:
        result: AnalysisResult = check_text(analyzer, text)
        out.append([f for f in result.findings if f.kind in wanted])
    return out


def prf(pred: Sequence[bool], gold: Sequence[bool]) -> dict[str, float]:
    """Precision, recall, F1 of the positive class, accuracy and the confusion counts."""
    tp = sum(1 for p, g in zip(pred, gold, strict=True) if p and g)
    fp = sum(1 for p, g in zip(pred, gold, strict=True) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold, strict=True) if g and not p)
    tn = len(gold) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "accuracy": (tp + tn) / len(gold) if gold else 0.0,
            "tp": tp, "fp": fp, "fn": fn, "tn": tn, "n": len(gold), "positives": tp + fn}


def fmt_prf(m: dict[str, float]) -> str:
    """One line: F1 (P, R) and the confusion counts."""
    return (f"F1 {m['f1']:.3f} (P {m['precision']:.3f} R {m['recall']:.3f})  "
            f"tp {m['tp']} fp {m['fp']} fn {m['fn']} tn {m['tn']}")


def print_confusion(m: dict[str, float], out: TextIO = sys.stdout, indent: str = "  ") -> None:
    """A 2x2 confusion table."""
    out.write(f"{indent}{'':14}{'flagged':>9}{'not':>9}\n")
    out.write(f"{indent}{'positive':14}{m['tp']:>9}{m['fn']:>9}\n")
    out.write(f"{indent}{'negative':14}{m['fp']:>9}{m['tn']:>9}\n")


def print_worst(title: str, items: Sequence[tuple[float, str]], n: int = 20, out: TextIO = sys.stdout,
                width: int = 140) -> None:
    """The ``n`` items with the largest badness (first element), one line each."""
    unique = list({text: (badness, text) for badness, text in sorted(items, key=lambda t: t[0])}.values())
    out.write(f"  {title} ({min(n, len(unique))} of {len(items)}; repeated texts once):\n")
    for badness, text in sorted(unique, key=lambda t: -t[0])[:n]:
        line = " ".join(text.split())
        out.write(f"    {badness:5.2f}  {line[:width]}\n")


def reliability(scores: Sequence[float], gold: Sequence[bool], bins: int = 10) -> list[tuple[float, float, int, float]]:
    """(bin low, bin high, count, observed positive rate, mean score) per equal-width score bin."""
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, s in enumerate(scores) if lo <= s < hi or (b == bins - 1 and s == 1.0)]
        rate = sum(1 for i in idx if gold[i]) / len(idx) if idx else float("nan")
        mean = sum(scores[i] for i in idx) / len(idx) if idx else float("nan")
        rows.append((lo, hi, len(idx), rate, mean))
    return rows


def print_reliability(scores: Sequence[float], gold: Sequence[bool], out: TextIO = sys.stdout,
                      bins: int = 10) -> float:
    """Print the reliability table; return the expected calibration error (count-weighted |rate - mean|)."""
    rows = reliability(scores, gold, bins)
    out.write(f"  {'score bin':>11} {'n':>6} {'mean score':>11} {'observed':>9}\n")
    ece = 0.0
    total = len(scores) or 1
    for lo, hi, n, rate, mean in rows:
        if n:
            ece += n / total * abs(rate - mean)
            out.write(f"  {lo:4.1f}–{hi:3.1f}    {n:>6} {mean:>11.3f} {rate:>9.3f}\n")
        else:
            out.write(f"  {lo:4.1f}–{hi:3.1f}    {n:>6} {'-':>11} {'-':>9}\n")
    out.write(f"  expected calibration error: {ece:.3f}\n")
    return ece


def badness_lists(texts: Sequence[str], scores: Sequence[float], pred: Sequence[bool], gold: Sequence[bool],
                  label: Callable[[int], str] | None = None) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    """(misses, false alarms) as (badness, text) pairs: a miss is worse the lower its score, a false
    alarm the higher."""
    label = label or (lambda i: texts[i])
    misses = [(1.0 - scores[i], label(i)) for i in range(len(texts)) if gold[i] and not pred[i]]
    alarms = [(scores[i], label(i)) for i in range(len(texts)) if pred[i] and not gold[i]]
    return misses, alarms


__all__ = ["badness_lists", "fmt_prf", "print_confusion", "print_reliability", "print_worst", "prf",
           "reliability", "run_texts"]

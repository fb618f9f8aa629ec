"""Claim–source checks on real paraphrases: how often do they cry wolf, and how much drift do they catch?

Cochrane plain-language summaries (``<data>/readability/cochrane_val.target``) are faithful retellings of
their technical abstracts (``cochrane_val.source``). For every summary, each sentence with a number or a
finding (a figure, or a claim by the app's own claim detector) gets a ``[@src]`` marker citing the abstract,
and the whole summary runs through the same ``Analyzer`` the app and ``studio check`` use.

* **False alarms**: the share of those faithful cited sentences with any consistency finding
  (number_mismatch, certainty_inflated, relative_risk_only, population_dropped), and the 20 worst.
* **Recall per perturbation kind**: the same summaries with one sentence changed — a number changed, a
  hedge dropped ("may reduce" → "reduces"; only where the abstract hedges too), the population dropped
  (every mention of the group the abstract studied made "people": "in children with asthma" → "in people
  with asthma"), an absolute pair turned into a relative figure ("21% versus 25%" → "a 16% lower risk";
  only where the abstract gives both rates) — and the share whose changed sentence (for the population,
  the script) gets a consistency finding the faithful one did not have. Sentences that already raised a
  finding are not perturbed.

The rule was tuned on the first half of the pairs (``--split tune``); the second half (``--split held``) was
never looked at while tuning, and is the figure to quote. ``--split all`` prints both.

    .venv/bin/python benchmarks/eval_source_checks.py [--data ../shared/eval] [--split all|tune|held]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._perturb import (  # noqa: E402
    HEDGED_SOURCE,
    KINDS,
    change_number,
    drop_hedge,
    drop_population,
    studied_groups,
    to_relative,
)
from studio.analysis.engine import Analyzer  # noqa: E402
from studio.analysis.model import AnalysisContext, SegmentInput, SourceRef  # noqa: E402
from studio.analysis.nlp import load_pipeline  # noqa: E402
from studio.analysis.numbers import agrees, extract_quantities  # noqa: E402
from studio.analysis.passages import split_sentences  # noqa: E402
from studio.analysis.profile import get_profile  # noqa: E402

CONSISTENCY = frozenset({"number_mismatch", "certainty_inflated", "relative_risk_only", "population_dropped"})
KEY = "src"


@dataclass
class Tally:
    """Counts for one split."""

    cited: int = 0
    alarmed: int = 0
    alarm_kinds: Counter[str] = field(default_factory=Counter)
    worst: list[tuple[int, str, str]] = field(default_factory=list)
    tried: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    caught_as: dict[str, Counter[str]] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)


def cite(sentence: str) -> str:
    """"Text." → "Text [@src]." (marker before the final punctuation)."""
    s = sentence.rstrip()
    if s and s[-1] in ".!?":
        return f"{s[:-1].rstrip()} [@{KEY}]{s[-1]}"
    return f"{s} [@{KEY}]"


class Bench:
    """Runs scripts through the Analyzer and reports consistency findings per sentence."""

    def __init__(self) -> None:
        profile = get_profile("en")
        self.analyzer = Analyzer(profile, nlp=load_pipeline(profile))

    def findings(self, sentences: list[str], cited: set[int], abstract: str) -> list[list[str]]:
        """Per sentence: the consistency findings ("kind: message") raised on it."""
        parts = [cite(s) if i in cited else s for i, s in enumerate(sentences)]
        text = " ".join(parts)
        spans, pos = [], 0
        for p in parts:
            spans.append((pos, pos + len(p)))
            pos += len(p) + 1
        ctx = AnalysisContext(sources=(SourceRef(KEY, 1, "", abstract),) if abstract else ())
        result = self.analyzer.analyze([SegmentInput(text)], ctx)
        out: list[list[str]] = [[] for _ in sentences]
        for f in result.findings:
            for i, (a, b) in enumerate(spans):
                if a <= f.start < b:
                    if f.kind in CONSISTENCY:
                        out[i].append(f"{f.kind}: “{f.text}” — {f.message}")
                    elif f.kind == "uncited_claim":
                        out[i].append("uncited_claim")
        return out


def in_source(abstract: str):  # type: ignore[no-untyped-def]
    """Whether a figure of the summary is given by the abstract (same family and value, rounding allowed)."""
    figures = extract_quantities(abstract, words=True)

    def has(q) -> bool:  # type: ignore[no-untyped-def]
        return any(s.family == q.family and agrees(q, s.value, s.step) for s in figures)
    return has


def run_pair(bench: Bench, summary: str, abstract: str, tally: Tally) -> None:
    sentences = [p.text for p in split_sentences(summary)]
    if not sentences:
        return
    uncited = bench.findings(sentences, set(), "")
    cited = {i for i, s in enumerate(sentences)
             if "uncited_claim" in uncited[i] or any(not q.statistic for q in extract_quantities(s, words=False))}
    if not cited:
        return
    base = bench.findings(sentences, cited, abstract)
    base = [[f for f in row if f != "uncited_claim"] for row in base]
    for i in sorted(cited):
        tally.cited += 1
        if base[i]:
            tally.alarmed += 1
            tally.alarm_kinds.update(f.split(":")[0] for f in base[i])
            tally.worst.append((len(base[i]), sentences[i], base[i][0]))
    has = in_source(abstract)

    def supported(changed: str, start: int) -> bool:
        qs = [q for q in extract_quantities(changed, words=False) if q.start == start]
        return bool(qs) and has(qs[0])

    for i in sorted(cited):
        if base[i]:
            continue                      # only sentences the checks pass as faithful can show a catch
        hedge = drop_hedge(sentences[i]) if HEDGED_SOURCE.search(abstract) else None
        variants = {"number": change_number(sentences[i], supported), "hedge": hedge,
                    "relative": to_relative(sentences[i], has)}
        for kind, changed in variants.items():
            if changed:
                _score(bench, tally, kind, sentences, cited, abstract, {i: changed}, i)
    groups = studied_groups(abstract)
    if groups:
        targets = [i for i in sorted(cited) if not base[i] and drop_population(sentences[i], groups)]
        if targets:
            changed = {j: drop_population(sentences[j], groups) or sentences[j] for j in range(len(sentences))}
            _score(bench, tally, "population", sentences, cited, abstract, changed, None, targets)


def _score(bench: Bench, tally: Tally, kind: str, sentences: list[str], cited: set[int], abstract: str,
           changes: dict[int, str], target: int | None, targets: list[int] | None = None) -> None:
    new = [changes.get(j, s) for j, s in enumerate(sentences)]
    found = bench.findings(new, cited, abstract)
    tally.tried[kind] += 1
    where = targets if targets is not None else [target]
    hits = [f for j in where if j is not None for f in found[j] if f != "uncited_claim"]
    if not hits and targets is not None:
        hits = [f for row in found for f in row if f.startswith("population_dropped")]
    if hits:
        tally.caught[kind] += 1
        tally.caught_as.setdefault(kind, Counter()).update(h.split(":")[0] for h in hits[:1])
    else:
        example = new[where[0]] if where and where[0] is not None else ""
        tally.misses.setdefault(kind, []).append(example)


def report(name: str, tally: Tally, worst: int, misses: int) -> None:
    rate = tally.alarmed / tally.cited if tally.cited else 0.0
    print(f"\n== {name}: {tally.cited} faithful cited sentences")
    print(f"  false alarms        {rate:.1%} ({tally.alarmed}/{tally.cited})   target <= 5%   "
          + ", ".join(f"{k} {v}" for k, v in tally.alarm_kinds.most_common()))
    for kind in KINDS:
        n, c = tally.tried[kind], tally.caught[kind]
        how = ", ".join(f"{k} {v}" for k, v in tally.caught_as.get(kind, Counter()).most_common())
        print(f"  recall {kind:<11}  {c / n:.1%} ({c}/{n})   target >= 80%   {how}" if n else
              f"  recall {kind:<11}  n/a (no sentence of this kind)")
    if worst and tally.worst:
        print(f"  {min(worst, len(tally.worst))} worst false alarms (most findings first):")
        for count, sentence, finding in sorted(tally.worst, key=lambda w: (-w[0], w[1]))[:worst]:
            print(f"    [{count}] {sentence[:150]}\n        {finding[:200]}")
    if misses:
        for kind, rows in tally.misses.items():
            print(f"  missed {kind} (first {min(misses, len(rows))}):")
            for row in rows[:misses]:
                print(f"    {row[:170]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "eval"),
                        help="folder with readability/cochrane_val.{source,target} (default ../shared/eval)")
    parser.add_argument("--split", choices=("all", "tune", "held"), default="all")
    parser.add_argument("--limit", type=int, default=0, help="pairs per split (0 = all)")
    parser.add_argument("--worst", type=int, default=20, help="false alarms to print per split")
    parser.add_argument("--misses", type=int, default=0, help="missed perturbations to print per kind")
    args = parser.parse_args(argv)
    data = Path(args.data)
    folder = data / "readability" if (data / "readability").is_dir() else data
    src, tgt = folder / "cochrane_val.source", folder / "cochrane_val.target"
    if not src.exists() or not tgt.exists():
        print(f"eval_source_checks: {src} / {tgt} not found (pass --data)", file=sys.stderr)
        return 2
    abstracts = src.read_text(encoding="utf-8").splitlines()
    summaries = tgt.read_text(encoding="utf-8").splitlines()
    pairs = [(a.strip(), s.strip()) for a, s in zip(abstracts, summaries, strict=True) if a.strip() and s.strip()]
    half = len(pairs) // 2
    splits = {"tune": pairs[:half], "held": pairs[half:]}
    chosen = ["tune", "held"] if args.split == "all" else [args.split]
    bench = Bench()
    started = time.perf_counter()
    print(f"Source checks on Cochrane val: {len(pairs)} abstract/summary pairs; tune = first {half}, "
          f"held-out = last {len(pairs) - half} (never used for tuning)")
    for name in chosen:
        rows = splits[name][: args.limit] if args.limit else splits[name]
        tally = Tally()
        for abstract, summary in rows:
            run_pair(bench, summary, abstract, tally)
        report(f"{name} ({len(rows)} pairs)", tally, args.worst, args.misses)
    print(f"\n  total {time.perf_counter() - started:.0f} s (machine shared with other jobs: timing is noisy)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

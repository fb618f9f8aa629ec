"""Drafts from research: how plain, how faithful and how well cited are drafts made from real abstracts?

For each technical Cochrane abstract in ``<data>/readability/cochrane_val.source`` (see its README) the
abstract becomes a source and :func:`studio.drafting.draft_script` drafts a 60-second script from its
default-ticked key findings, with the same Analyzer the app drafts with (beats cut on the parse and
given its plain-word fixes). Printed:

* median Flesch–Kincaid grade of the abstract vs the draft (spoken text of all segments; target <= the
  project's grade, 8), and the share of finding beats whose grade is over target + 1 (target <= 10%) and of
  drafts with a very hard sentence (the Analyzer's own ``very_hard_sentence`` findings);
* headline figure kept: the share of drafted finding beats that keep the main figure of their source
  sentence (its first rate, else its first count; any form: "87%" as "52 of 60" is kept; target >= 95%);
* numbers surviving: of the headline figures in the source sentences the draft's finding beats were made
  from (percentages, counts, multipliers; not interval bounds, p-values or odds/risk ratios), the share
  that appear in the beat with the same value; and of all figures the draft states in cited sentences,
  the share the source supports (1 − number_mismatch rate);
* claims cited: the share of the draft's claims (uncited-claim detector + cited claims) that are cited;
* consistency findings raised on the untouched drafts (should be 0 of each kind), and timing.

    .venv/bin/python benchmarks/eval_drafts.py --data ../shared/eval/readability [--limit N] [--seconds S]

``--limit`` defaults to 120 abstracts (about a minute); ``--limit 0`` uses all 411. Prints numbers only.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.analysis.engine import Analyzer  # noqa: E402
from studio.analysis.model import AnalysisContext, SegmentInput, SourceRef  # noqa: E402
from studio.analysis.nlp import load_pipeline  # noqa: E402
from studio.analysis.numbers import COUNT, extract_quantities  # noqa: E402
from studio.analysis.profile import get_profile  # noqa: E402
from studio.drafting import DraftError, draft_script  # noqa: E402

CONSISTENCY = ("number_mismatch", "certainty_inflated", "relative_risk_only", "population_dropped")


@dataclass
class Src:
    """A source as the drafter sees it."""

    key: str
    title: str
    summary: str
    journal: str = ""
    year: int | None = None


def headline(text: str) -> list:  # type: ignore[type-arg]
    """Figures a viewer would care about (no interval bounds, p-values, test statistics or OR/RR/HR)."""
    return [q for q in extract_quantities(text, words=False)
            if not q.statistic and not q.ratio_label and not (q.family == COUNT and q.unit in ("", "to", "and"))]


def survived(q, beat: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether figure ``q`` of the source sentence is stated in the beat with the same value."""
    return any(b.family == q.family and abs(b.value - q.value) <= max(1e-9, q.step / 2)
               for b in extract_quantities(beat, words=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "readability"),
                        help="folder with cochrane_val.source (default ../shared/eval/readability)")
    parser.add_argument("--limit", type=int, default=120, help="abstracts to use (0 = all)")
    parser.add_argument("--start", type=int, default=0, help="skip this many abstracts first (e.g. the second half)")
    parser.add_argument("--seconds", type=float, default=60.0, help="target duration of each draft")
    args = parser.parse_args(argv)

    data = Path(args.data)
    if (data / "readability").is_dir():
        data = data / "readability"
    path = data / "cochrane_val.source"
    if not path.exists():
        print(f"eval_drafts: {path} not found (pass --data)", file=sys.stderr)
        return 2
    abstracts = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    abstracts = abstracts[args.start:]
    if args.limit:
        abstracts = abstracts[: args.limit]

    profile = get_profile("en")
    nlp = load_pipeline(profile)
    full = Analyzer(profile, nlp=nlp)
    plain = Analyzer(profile, nlp=nlp, rules=[])

    target = 8.0
    source_grades: list[float] = []
    beats = beats_over = very_hard = 0
    main_total = main_kept = 0
    hooks: Counter[str] = Counter()
    draft_grades: list[float] = []
    figures_total = figures_kept = 0
    stated_total = stated_bad = 0
    claims = uncited = 0
    consistency: Counter[str] = Counter()
    examples: list[str] = []
    uncited_examples: list[str] = []
    seconds: list[float] = []
    fits = failures = 0
    started = time.perf_counter()
    draft_time = 0.0
    for i, abstract in enumerate(abstracts):
        key = f"cochrane{args.start + i + 1}"
        src = Src(key, "", abstract)
        t0 = time.perf_counter()
        try:
            draft = draft_script(None, src, seconds=args.seconds, analyzer=full)
        except DraftError:
            failures += 1
            continue
        draft_time += time.perf_counter() - t0
        seconds.append(draft.metrics.seconds)
        fits += draft.metrics.fits
        source_grades.append(plain.analyze_text(abstract).metrics.grade)
        ctx = AnalysisContext(sources=(SourceRef(key, 1, "", abstract),), target_seconds=args.seconds)
        result = full.analyze([SegmentInput(s.spoken, s.name) for s in draft.segments], ctx)
        draft_grades.append(result.metrics.grade)
        very_hard += any(f.kind == "very_hard_sentence" for f in result.findings)
        first = draft.segments[0]
        hooks["generic" if first.spoken.startswith("What did") else "question" if first.spoken.rstrip().endswith("?")
              else "number" if first.citations else "other"] += 1
        for seg_result, seg in zip(result.segments, draft.segments, strict=True):
            if seg.role == "finding":
                beats += 1
                beats_over += seg_result.metrics.grade > target + 1
        claims += result.metrics.claims
        uncited += result.metrics.uncited_claims
        for f in result.findings:
            if f.kind == "uncited_claim" and len(uncited_examples) < 6:
                uncited_examples.append(f"  {key} uncited: “{f.text[:110]}”")
            if f.kind in CONSISTENCY:
                consistency[f.kind] += 1
                if len(examples) < 12:
                    examples.append(f"  {key} {f.kind}: “{f.text[:70]}” — {f.message[:110]}")
        for seg in draft.segments:
            for c in seg.citations:
                stated = headline(c.claim)
                stated_total += len(stated)
                stated_bad += sum(1 for f in result.findings if f.kind == "number_mismatch"
                                  and any(f.text == q.text for q in stated))
            if seg.role == "finding" and seg.citations:
                source_figures = headline(seg.citations[0].passage)
                rates = [q for q in source_figures if q.family != COUNT] or source_figures
                if rates:
                    main_total += 1
                    main_kept += survived(rates[0], seg.spoken + " " + draft.segments[0].spoken)
                figures_total += len(source_figures)
                figures_kept += sum(1 for q in source_figures if survived(q, seg.spoken))
    n = len(source_grades)
    elapsed = time.perf_counter() - started

    def share(a: int, b: int) -> str:
        return f"{a / b:.1%} ({a}/{b})" if b else "n/a"

    print(f"Drafts from {n} Cochrane abstracts ({failures} could not be drafted), target {args.seconds:g} s")
    if n:
        print(f"  median FK grade     source {statistics.median(source_grades):.1f}   "
              f"draft {statistics.median(draft_grades):.1f} (target <= {target:g})   "
              f"(draft easier in {share(sum(d < s for s, d in zip(source_grades, draft_grades, strict=True)), n)})")
        print(f"  beats over grade {target + 1:g}  {share(beats_over, beats)} of finding beats (target <= 10%); "
              f"drafts with a very hard sentence {share(very_hard, n)}")
        print(f"  headline figure kept {share(main_kept, main_total)} of finding beats (target >= 95%)")
        print(f"  figures surviving   {share(figures_kept, figures_total)} of all headline figures of the "
              "drafted finding sentences")
        print("  hooks               " + ", ".join(f"{k} {v}" for k, v in hooks.most_common()))
        print(f"  figures supported   {share(stated_total - stated_bad, stated_total)} of figures in cited "
              "draft sentences")
        print(f"  claims cited        {share(claims - uncited, claims)} of the draft's claims (target 100%)")
        for line in uncited_examples:
            print(line)
        print("  consistency on untouched drafts: "
              + (", ".join(f"{k} {consistency[k]}" for k in CONSISTENCY) if consistency else "none"))
        for line in examples:
            print(line)
        print(f"  timing              median {statistics.median(seconds):.1f} s spoken; {share(fits, n)} fit; "
              f"drafting {1000 * draft_time / n:.0f} ms per abstract; total {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

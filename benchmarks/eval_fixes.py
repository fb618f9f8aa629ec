"""Benchmark the quick fixes: run the Analyzer (the same path as the app and ``studio check``) on real
sentences, apply every fix it offers and print how many read right (prints numbers, never fails).

1. The checked set (``tests/analysis/data/fix_cases.json``: demo, CompLex and own sentences, every
   offered result checked by hand): the share of offered fixes whose result is one of the checked
   acceptable rewrites, and the ones that are not. The fit rules were written against this set, so it
   is a regression figure, not a held-out one.
2. Held-out sentences nobody tuned on — CompLex *trial* biomed sentences and Cochrane plain-language
   summaries (val split) from ``--data``: the share of offered fixes that pass the mechanical checks
   (no "the how"/"a may", no doubled word, a capital at the sentence start, nothing changed outside the
   sentence, no strong word left standing after a soften fix, no phrase of the sentence repeated), the
   broken ones, how often a finding's alternatives fit no edit (the app then offers "Show alternatives"),
   and a random sample of results to judge by eye (``--sample``).

    .venv/bin/python benchmarks/eval_fixes.py --data ../shared/eval [--limit 300] [--sample 40]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.analysis.engine import Analyzer  # noqa: E402
from studio.analysis.model import AnalysisContext, SourceRef  # noqa: E402
from studio.analysis.rewrite.text import broken_pairs  # noqa: E402

CASES = ROOT / "tests" / "analysis" / "data" / "fix_cases.json"
ALTERNATIVE_KINDS = ("jargon", "acronym", "long_word")


def demo_context() -> AnalysisContext:
    """The demo project's sources (the checked set was analysed with them)."""
    demo = json.loads((ROOT / "resources" / "demo" / "demo_project.json").read_text(encoding="utf-8"))
    return AnalysisContext(sources=tuple(SourceRef(s["key"], i + 1, s["title"], s["summary"])
                                         for i, s in enumerate(demo["sources"])))


def checked_set(analyzer: Analyzer) -> None:
    """Print the share of offered fixes on the checked set that match a checked rewrite."""
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    ctx = demo_context()
    offered = matched = 0
    wrong: list[str] = []
    for case in cases:                      # one script per sentence, as the set was checked
        seg = analyzer.analyze_text(case["text"], ctx).segments[0]
        good = {(k, t, r) for k, t, r in case["fixes"]}
        for f in seg.findings:
            for fx in f.fixes:
                offered += 1
                if (f.kind, f.text, fx.result) in good:
                    matched += 1
                else:
                    wrong.append(f"  {f.kind} {f.text!r}: {fx.result}")
    print(f"Checked set: {len(cases)} sentences, {offered} fixes offered, "
          f"{matched} ({_pct(matched, offered)}) match a checked acceptable rewrite")
    for line in wrong[:20]:
        print(line)


def held_out_sentences(data: Path, limit: int) -> list[tuple[str, str]]:
    """(source, sentence) pairs: CompLex trial biomed sentences and Cochrane plain-summary sentences."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for name in ("complex_lcp_single_trial.tsv", "complex_lcp_multi_trial.tsv"):
        path = data / "jargon" / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                s = (row.get("sentence") or "").strip()
                if row.get("corpus") == "biomed" and 30 < len(s) < 260 and s not in seen:
                    seen.add(s)
                    out.append(("complex-trial", s))
    cochrane = data / "readability" / "cochrane_val.target"
    if cochrane.exists():
        for line in cochrane.read_text(encoding="utf-8").splitlines():
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip()):
                if 30 < len(s) < 260 and s not in seen:
                    seen.add(s)
                    out.append(("cochrane-plain", s))
    random.Random(11).shuffle(out)
    return out[:limit]


def held_out(analyzer: Analyzer, data: Path, limit: int, sample: int, seed: int = 5) -> None:
    """Print mechanical checks of every fix offered on held-out sentences, and a sample to judge."""
    pairs = held_out_sentences(data, limit)
    if not pairs:
        print(f"Held-out: no sentences found under {data} (need jargon/complex_lcp_*_trial.tsv or "
              "readability/cochrane_val.target)")
        return
    by_kind: Counter[str] = Counter()
    bad: list[str] = []
    no_edit = with_alternatives = 0
    offered: list[tuple[str, str, str, str]] = []
    for _, text in pairs:
        for f in analyzer.analyze_text(text).findings:
            if f.kind in ALTERNATIVE_KINDS and f.suggestions:
                with_alternatives += 1
                no_edit += not f.fixes
            for fx in f.fixes:
                by_kind[f.kind] += 1
                applied = text[:fx.start] + fx.replacement + text[fx.end:]
                problems = broken_pairs(text, applied)
                if not applied.startswith(text[:fx.sentence_start]) or not applied.endswith(text[fx.sentence_end:]):
                    problems.append("changed text outside its sentence")
                if fx.result.lstrip("\"'\u201c(")[:1].islower() and \
                        not text[fx.sentence_start:fx.sentence_start + 1].islower():
                    problems.append("sentence starts lower-case")
                problems += _reads_wrong(f, text[fx.sentence_start:fx.sentence_end], fx.result, fx.action)
                if problems:
                    bad.append(f"  [{', '.join(problems)}] {f.kind} {f.text!r}: {fx.result}")
                offered.append((f.kind, f.text, text, fx.result))
    total = sum(by_kind.values())
    print(f"\nHeld-out: {len(pairs)} sentences (CompLex trial biomed + Cochrane plain summaries), "
          f"{total} fixes offered ({', '.join(f'{k} {n}' for k, n in by_kind.most_common())})")
    print(f"  pass the mechanical checks: {total - len(bad)} ({_pct(total - len(bad), total)}); broken: {len(bad)}")
    for line in bad[:20]:
        print(line)
    print(f"  findings with plain alternatives: {with_alternatives}; of these {no_edit} "
          f"({_pct(no_edit, with_alternatives)}) fit no edit of their sentence and show the alternatives instead")
    if sample and offered:
        print(f"\nRandom sample of {min(sample, len(offered))} offered fixes to judge by eye:")
        for kind, term, _text, res in random.Random(seed).sample(offered, min(sample, len(offered))):
            print(f"  {kind:<15} {term[:30]!r:<32} -> {res}")


_HEDGED_BY = frozenset({"may", "might", "could", "not", "n't", "never"})
_SMALL = frozenset("a an the of in on at to for from with by as and or is are was were be it its that this "
                   "one two three four five six".split())


def _reads_wrong(finding, sentence: str, result: str, action: str) -> list[str]:
    """Problems a reader would see that the product's own refusal checks might miss (written apart from
    them): a soften fix that leaves a strong word of the claim standing, and a phrase the sentence already
    had coming in a second time ("In four trials, how well exercise works in trials")."""
    problems: list[str] = []
    if action == "soften":
        data = dict(finding.data)
        strong = [finding.text] if finding.kind == "certainty_inflated" else \
            [w for w in [data.get("replace", "")] + data.get("also_replace", "").split("|") if w]
        strong += [w for w in ("cures", "cure", "proves", "guarantees", "always", "never") if
                   re.search(rf"\b{w}\b", sentence, re.IGNORECASE)]
        for word in dict.fromkeys(strong):
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", result, re.IGNORECASE):
                if not set(re.findall(r"[a-z']+", result[:m.start()].casefold())[-3:]) & _HEDGED_BY:
                    problems.append(f"'{word}' left standing")
                    break

    def grams(text: str) -> Counter[tuple[str, str]]:
        out: Counter[tuple[str, str]] = Counter()
        for chunk in re.split(r"[,;:().!?\[\]]", text.casefold()):
            ws = [w for w in re.findall(r"[a-z][a-z'-]*", chunk) if w not in ("a", "an", "the", "four", "two",
                                                                          "three", "five", "six")]
            out.update(g for g in zip(ws, ws[1:], strict=False) if not set(g) <= _SMALL)
        return out

    old, new = grams(sentence), grams(result)
    problems += [f"repeats '{' '.join(g)}'" for g in new if old[g] and new[g] > old[g]]
    return problems


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    """Run both parts and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval", help="eval data folder")
    parser.add_argument("--limit", type=int, default=300, help="held-out sentences to analyse")
    parser.add_argument("--sample", type=int, default=40, help="held-out fixes to print for judging by eye")
    parser.add_argument("--seed", type=int, default=5, help="which random sample to print")
    args = parser.parse_args(argv)
    analyzer = Analyzer()
    checked_set(analyzer)
    held_out(analyzer, args.data, args.limit, args.sample, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Analysis speed: full analysis vs a bare spaCy parse, and re-analysis after a one-word edit.

Targets: full analysis ≤ 1.5× a bare ``nlp(text)`` parse; re-analysis after a one-word edit ≤ 0.3× full.
Run: ``.venv/bin/python benchmarks/bench_analysis.py``. Prints figures only.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _texts import script_text  # noqa: E402

from studio.analysis.engine import Analyzer  # noqa: E402
from studio.analysis.nlp import load_pipeline  # noqa: E402
from studio.analysis.profile import get_profile  # noqa: E402


def _time(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    """Print the figures for ~150, ~450 and ~2,000-word scripts."""
    t0 = time.perf_counter()
    nlp = load_pipeline(get_profile("en"))
    print(f"model load: {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    Analyzer(nlp=nlp).analyze(["warm up: cortisol [1] 30%."])
    print(f"analyzer construction + first call (rules' data files): {time.perf_counter() - t0:.2f} s")
    print(f"{'words':>6} {'bare parse':>11} {'full':>9} {'ratio':>6} {'1-word edit':>12} {'edit/full':>9}")
    for words in (150, 450, 2000):
        text = script_text(words)
        n = len(text.split())
        bare = _time(lambda text=text: nlp(text))

        analyzer = Analyzer(nlp=nlp)

        def full(text: str = text, analyzer: Analyzer = analyzer) -> None:
            analyzer.clear_cache()        # nothing parsed yet: the cost of a first analysis
            analyzer.analyze([text])

        full_t = _time(full)
        analyzer.analyze([text])
        edits = []
        for i in range(3):
            pos = text.find("walk") if i == 0 else text.find("adults")
            edited = text[:pos] + f"stroll{i} " + text[pos:] if pos >= 0 else text + f" more{i}"
            t0 = time.perf_counter()
            analyzer.analyze([edited])
            edits.append(time.perf_counter() - t0)
        edit_t = statistics.median(edits)
        print(f"{n:>6} {bare * 1000:>9.0f}ms {full_t * 1000:>7.0f}ms {full_t / bare:>5.2f}x "
              f"{edit_t * 1000:>10.0f}ms {edit_t / full_t:>8.2f}x")


if __name__ == "__main__":
    main()

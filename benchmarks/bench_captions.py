"""Captions on real health texts: how readable the cues are and how often reading time stretches the timing.

Each line of Cochrane's plain-language summaries (``cochrane_val.target``, written for the public) and of
the technical abstracts (``cochrane_val.source``) becomes a script of segments of three sentences, exported
through the same path as ``studio export --format srt`` (``studio.exports.render``) at 150 words per
minute, parsed back, and measured. Nothing in the caption rules was fitted on this data (the break weights
were set by hand on the demo script). Prints figures only.
Run: ``.venv/bin/python benchmarks/bench_captions.py [--data ../shared/eval] [--wpm 150] [--limit N]``.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.exports import ExportInput, render  # noqa: E402
from studio.exports.captions import break_strength  # noqa: E402
from studio.store.models import Project, Script, Segment  # noqa: E402

_TIME = re.compile(r"(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _secs(groups: tuple[str, ...]) -> float:
    h, m, s, ms = (int(g) for g in groups)
    return h * 3600 + m * 60 + s + ms / 1000


def _script(text: str) -> Script:
    sentences = _SENTENCES.split(text.strip())
    chunks = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    return Script(1, 1, "bench", tuple(Segment(i, 1, i, f"Part {i + 1}", c) for i, c in enumerate(chunks)))


def measure(lines: list[str], wpm: int) -> dict[str, float]:
    """Figures over every text: cue counts, reading rates, phrase-boundary ends, overruns, limit breaks."""
    cues = at_break = broken = stretched = 0
    cps: list[float] = []
    overruns: list[float] = []
    durations: list[float] = []
    project = Project(1, "bench", words_per_minute=wpm)
    started = time.perf_counter()
    for text in lines:
        inp = ExportInput(project, _script(text))
        srt = render(inp, "srt").data.decode("utf-8")
        blocks = srt.strip().split("\n\n")
        end = 0.0
        firsts = [b.split("\n")[2].split()[0] for b in blocks[1:]] + ["."]
        for block, following in zip(blocks, firsts, strict=True):
            parts = block.split("\n")
            m = _TIME.match(parts[1])
            start, end = _secs(m.groups()[:4]), _secs(m.groups()[4:])
            words = " ".join(parts[2:]).split()
            cues += 1
            durations.append(end - start)
            cps.append(len(" ".join(parts[2:])) / (end - start))
            at_break += break_strength([*words, following], len(words) - 1) >= 1
            broken += (len(parts) - 2 > 2 or any(len(p) > 42 for p in parts[2:]) or end - start < 0.999
                       or cps[-1] > 17.0001)
        total = inp.timeline().total
        overruns.append(max(0.0, end - total))
        stretched += end - total > 0.5
    elapsed = time.perf_counter() - started
    return {"texts": len(lines), "cues": cues, "limit_breaks": broken, "at_phrase_break": at_break / cues,
            "median_cps": statistics.median(cps), "p95_cps": sorted(cps)[int(0.95 * len(cps))],
            "median_cue_s": statistics.median(durations), "stretched_share": stretched / len(lines),
            "median_overrun_s": statistics.median(overruns), "p95_overrun_s": sorted(overruns)[int(0.95 * len(overruns))],
            "ms_per_text": 1000 * elapsed / len(lines)}


def main(argv: list[str] | None = None) -> int:
    """Print the figures for the plain-language summaries and the technical abstracts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "eval"))
    parser.add_argument("--wpm", type=int, default=150)
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts of each file")
    args = parser.parse_args(argv)
    folder = Path(args.data) / "readability"
    for name, label in (("cochrane_val.target", "plain-language summaries"),
                        ("cochrane_val.source", "technical abstracts")):
        path = folder / name
        if not path.exists():
            print(f"{path}: not found (give --data)", file=sys.stderr)
            return 2
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        if args.limit:
            lines = lines[: args.limit]
        r = measure(lines, args.wpm)
        print(f"{label} ({r['texts']} texts, {args.wpm} wpm): {r['cues']} cues, limit breaks {r['limit_breaks']}, "
              f"cues ending at a phrase break {r['at_phrase_break']:.1%}, cue length median {r['median_cue_s']:.1f} s, "
              f"reading rate median {r['median_cps']:.1f} / p95 {r['p95_cps']:.1f} chars/s; captions run past the "
              f"speaking time (>0.5 s) in {r['stretched_share']:.1%} of texts (overrun median "
              f"{r['median_overrun_s']:.1f} s, p95 {r['p95_overrun_s']:.1f} s); {r['ms_per_text']:.0f} ms per text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

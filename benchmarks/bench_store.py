"""Store speed on a big library: 10,000 sources and 1,000 scripts (5 segments each).

Prints the time to build the library, to open it, the median full-text search, and the median time to
save a script version (plus the autosave paths). Deterministic pseudo-text (seeded). Prints figures only.
Run: ``.venv/bin/python benchmarks/bench_store.py [--sources N] [--scripts N] [--path FILE]``.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.store.db import quick_check  # noqa: E402
from studio.store.library import Library  # noqa: E402
from studio.store.models import SegmentDraft  # noqa: E402

WORDS = (
    "sleep memory adolescents adults trial cohort randomised placebo risk reduction exercise depression "
    "symptoms anxiety blood pressure cholesterol statin heart attack stroke diet fibre gut microbiome "
    "inflammation vitamin supplement outcome participants weeks months years significant associated "
    "lower higher increase decrease moderate evidence quality review meta-analysis confidence interval "
    "hazard ratio odds follow-up baseline intervention control group dose daily weekly minutes hours "
    "children older women men patients clinic primary care screening diagnosis treatment therapy "
    "cognitive behavioural walking running cycling caffeine alcohol smoking obesity diabetes insulin "
    "glucose cortisol stress mood wellbeing mortality incidence prevalence survey questionnaire"
).split()
FILLER = "the a of and in to with was were for on that this by than as at from".split()
SURNAMES = "Smith Lee Chen Rivera Okafor Müller Novak Silva Kim Patel Haddad Jensen Rossi Tanaka".split()


class Vocabulary:
    """A Zipf-distributed vocabulary (like real text): common function words, rarer topic words."""

    def __init__(self, rng: random.Random, size: int = 6000) -> None:
        syllables = "ba ce di fo gu ka le mi no pu ra se ti vo zu tra pel gin dor vex lum".split()
        made = {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size)}
        topic = list(WORDS)
        rng.shuffle(topic)
        ranked = list(FILLER) + sorted(made)
        rng.shuffle(ranked[len(FILLER):])
        for word in topic:  # topic words land between rank 30 and 3000
            ranked.insert(rng.randint(30, min(3000, len(ranked))), word)
        self.words = ranked
        self.cum_weights = list(itertools.accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(len(ranked))))

    def sample(self, rng: random.Random, n: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum_weights, k=n)


VOCAB: Vocabulary | None = None


def _sentence(rng: random.Random, n: int) -> str:
    global VOCAB
    if VOCAB is None:
        VOCAB = Vocabulary(random.Random(7))
    words = VOCAB.sample(rng, n)
    if rng.random() < 0.4:
        words.insert(rng.randrange(len(words)), f"{rng.randint(2, 60)}%")
    return " ".join(words).capitalize() + "."


def _text(rng: random.Random, words: int) -> str:
    out, count = [], 0
    while count < words:
        n = rng.randint(8, 22)
        out.append(_sentence(rng, n))
        count += n
    return " ".join(out)


def _timed(fn: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return times


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.2f} ms (max {max(values) * 1000:.2f} ms, n={len(values)})"


def build(path: Path, n_sources: int, n_scripts: int, n_projects: int, rng: random.Random) -> list[int]:
    """Fill a new library; return the script ids."""
    script_ids = []
    with Library(path) as lib:
        for p in range(n_projects):
            with lib.transaction():  # one transaction per project, as an importer would
                project = lib.create_project(f"Project {p}: {rng.choice(WORDS)} and {rng.choice(WORDS)}",
                                             with_script=False)
                for _ in range(n_sources // n_projects):
                    lib.add_source(project.id, title=_sentence(rng, rng.randint(6, 14))[:-1],
                                   authors="; ".join(f"{rng.choice(SURNAMES)} {chr(65 + rng.randrange(26))}"
                                                     for _ in range(rng.randint(1, 5))),
                                   year=rng.randint(1995, 2024), journal=rng.choice(["BMJ", "Lancet", "JAMA"]),
                                   doi=f"10.5555/{rng.randrange(10**8)}", summary=_text(rng, rng.randint(150, 300)),
                                   notes=_sentence(rng, 10) if rng.random() < 0.3 else "")
                for s in range(n_scripts // n_projects):
                    drafts = [SegmentDraft(name, _text(rng, rng.randint(20, 45)), _sentence(rng, 5),
                                           _sentence(rng, 8))
                              for name in ("Hook", "Context", "Finding", "What it means", "Call to action")]
                    script_ids.append(lib.create_script(project.id, f"Take {s}", drafts).id)
    return script_ids


def main() -> None:
    """Build the library, then print open / search / save timings."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--scripts", type=int, default=1_000)
    parser.add_argument("--projects", type=int, default=100)
    parser.add_argument("--path", type=Path, help="library file to create (default: a temporary folder)")
    args = parser.parse_args()
    rng = random.Random(20240501)
    folder = tempfile.TemporaryDirectory()
    path = args.path or Path(folder.name) / "bench.studio.db"
    if path.exists():
        sys.exit(f"{path} exists; give a new file")

    t0 = time.perf_counter()
    script_ids = build(path, args.sources, args.scripts, args.projects, rng)
    built = time.perf_counter() - t0
    size_mb = path.stat().st_size / 2**20
    print(f"library: {args.sources} sources, {len(script_ids)} scripts x 5 segments, {args.projects} projects, "
          f"{size_mb:.1f} MB")
    print(f"build (one transaction per project):   {built:.2f} s")

    opens = _timed(lambda: Library(path).close(), 7)
    print(f"open library (check + migrate check):  {_ms(opens)}")

    def integrity_on_open() -> None:           # the PRAGMA quick_check that every open runs
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert quick_check(conn, path) == ""
        finally:
            conn.close()

    checks = _timed(integrity_on_open, 9)
    cpu = _timed(integrity_on_open, 9, clock=time.process_time)
    print(f"  of which integrity check (quick_check): {_ms(checks)}")
    print(f"  the same, CPU time of this process:      {_ms(cpu)} (wall time grows when other work shares the CPU)")

    with Library(path) as lib:
        queries = ["sleep", "memory adolescents", "statin", "heart attack", "caffeine cortisol", "smi",
                   "meta-analysis", "\"blood pressure\"", "müller", "10%", "walking AND mood", "zzzz",
                   "randomised placebo trial", "gut microbiome", "insul", "confidence interval"]
        search = [t for q in queries for t in _timed(lambda q=q: lib.search(q), 5)]
        print(f"search, whole library (16 queries x5): {_ms(search)}")
        common = _timed(lambda: lib.search("the"), 5)
        print(f"search for a word in every text (the):  {_ms(common)}")
        pid = lib.list_projects()[0].id
        in_project = [t for q in queries for t in _timed(lambda q=q: lib.search(q, project_id=pid), 5)]
        print(f"search, one project:                   {_ms(in_project)}")

        picks = [rng.choice(script_ids) for _ in range(50)]
        versions = [t for sid in picks for t in _timed(lambda sid=sid: lib.save_version(sid, "bench"), 1)]
        print(f"save a script version:                 {_ms(versions)}")

        def autosave(sid: int) -> None:
            script = lib.get_script(sid)
            lib.save_segments(sid, [SegmentDraft(s.name, s.spoken + " More.", s.on_screen, s.visual_notes)
                                    for s in script.segments])

        saves = [t for sid in picks for t in _timed(lambda sid=sid: autosave(sid), 1)]
        print(f"save_segments (autosave, incl. read):  {_ms(saves)}")
        seg = lib.get_script(picks[0]).segments[0]
        typing = _timed(lambda: lib.update_segment(seg.id, spoken=seg.spoken + " x"), 50)
        print(f"update_segment (typing fast path):     {_ms(typing)}")
        listing = _timed(lambda: lib.list_scripts(pid), 20)
        print(f"list_scripts of a 10-script project:  {_ms(listing)}")
        t0 = time.perf_counter()
        problems = lib.check_integrity()
        print(f"check_integrity (full):                {time.perf_counter() - t0:.2f} s, "
              f"{'ok' if not problems else problems[:3]}")
    folder.cleanup()


if __name__ == "__main__":
    main()

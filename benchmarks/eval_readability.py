"""Readability numbers vs human judgements and known-easier rewrites.

Three data sets from ``<data>/readability`` (see its README):

* MedReadMe (``medreadme_dev.csv``): Pearson r between a sentence's grade and its human readability
  rating (1 easiest … 6 hardest), for a naive Flesch–Kincaid (regex sentences, vowel-group syllables: the
  baseline), our Flesch–Kincaid (spaCy sentences, CMU syllables) and our health-aware grade (FK + jargon
  density). Rows marked ``train`` fit the jargon weight (``--fit``); figures are reported on ``dev`` rows.
* OneStopEnglish (``onestopenglish_dev.csv``): each article at three levels. Share of articles whose
  three versions are ordered elementary < intermediate < advanced, and pairwise accuracy.
* Cochrane (``cochrane_val.source/.target``): share of pairs where the plain-language summary scores
  easier (lower grade) than the technical abstract.

Jargon ratio per sentence/text: jargon findings of :class:`studio.analysis.rules.jargon.JargonRule` per word
when that module is present, else the share of content words with wordfreq Zipf < 3.5.

    .venv/bin/python benchmarks/eval_readability.py --data ../shared/eval [--limit N] [--fit]

``--limit N`` (default 1000, about 2–3 minutes on 2 cores) caps MedReadMe sentences at N, OneStopEnglish
articles at N/20 and Cochrane pairs at N/8; ``--limit 0`` uses everything (about 6 minutes).

Prints numbers only; nothing depends on them.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.analysis import readability, syllables  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _stats import pearson  # noqa: E402

from studio.analysis.model import JARGON, AnalysisContext  # noqa: E402
from studio.analysis.nlp import load_pipeline  # noqa: E402
from studio.analysis.profile import get_profile  # noqa: E402

PROFILE = get_profile("en")
DEFAULT_LIMIT = 1000
_NAIVE_SENT = re.compile(r"(?<=[.!?])\s+")
_NAIVE_WORD = re.compile(r"[A-Za-z0-9']+")
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})


# -- statistics ------------------------------------------------------------------------------------------


def least_squares(rows: Sequence[Sequence[float]], ys: Sequence[float]) -> list[float]:
    """Coefficients of y ~ rows (rows include a constant column) by the normal equations."""
    k = len(rows[0])
    a = [[sum(r[i] * r[j] for r in rows) for j in range(k)] for i in range(k)]
    b = [sum(r[i] * y for r, y in zip(rows, ys, strict=True)) for i in range(k)]
    for col in range(k):                       # Gauss-Jordan elimination with partial pivoting
        piv = max(range(col, k), key=lambda r: abs(a[r][col]))
        a[col], a[piv], b[col], b[piv] = a[piv], a[col], b[piv], b[col]
        for r in range(k):
            if r != col and a[col][col]:
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col], strict=True)]
                b[r] -= f * b[col]
    return [b[i] / a[i][i] if a[i][i] else 0.0 for i in range(k)]


# -- grades --------------------------------------------------------------------------------------------
def naive_fk(text: str) -> float:
    """Textbook FK with regex sentences and vowel-group syllables: what a quick tool computes."""
    sents = [s for s in _NAIVE_SENT.split(text.strip()) if s]
    words = _NAIVE_WORD.findall(text)
    if not words or not sents:
        return 0.0
    syl = sum(syllables.vowel_group_count(w) for w in words)
    return readability.fk_grade(len(words), len(sents), syl, PROFILE)


class JargonCounter:
    """Jargon terms in a parsed doc: the project's jargon rule when present, else rare content words."""

    def __init__(self) -> None:
        self.source = "wordfreq Zipf<3.5 content words"
        self._rule = None
        try:
            from studio.analysis.rules.jargon import JargonRule

            self._rule = JargonRule(PROFILE)
            self.source = "studio.analysis.rules.jargon.JargonRule"
        except Exception as exc:  # not written yet, or broken: fall back
            print(f"  (jargon rule unavailable: {exc}; using wordfreq)", file=sys.stderr)
        from wordfreq import zipf_frequency

        self._zipf = zipf_frequency
        self._ctx = AnalysisContext()

    def count(self, doc: object) -> int:
        """Jargon terms in ``doc``."""
        if self._rule is not None:
            return sum(1 for f in self._rule.find(doc, self._ctx) if f.kind == JARGON)  # type: ignore[arg-type]
        return sum(1 for t in doc if t.pos_ in _CONTENT_POS and t.is_alpha  # type: ignore[attr-defined]
                   and self._zipf(t.lower_, "en") < 3.5)


def doc_scores(doc: object, jargon: JargonCounter) -> tuple[float, float]:
    """(our FK grade, our health grade) of a parsed text."""
    stats = readability.sentence_stats(doc, PROFILE)  # type: ignore[arg-type]
    grade, _ = readability.aggregate(stats, PROFILE)
    words = sum(s.words for s in stats)
    ratio = jargon.count(doc) / words if words else 0.0
    return grade, readability.health_grade(grade, ratio)


def _parse(nlp: object, texts: Sequence[str]) -> Iterable[object]:
    return nlp.pipe(texts, batch_size=32)  # type: ignore[attr-defined]


# -- data sets -----------------------------------------------------------------------------------------
def eval_medreadme(path: Path, nlp: object, jargon: JargonCounter, limit: int | None, fit: bool
                   ) -> dict[str, float]:
    """Pearson of naive FK / our FK / health grade with MedReadMe ratings (dev rows)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if limit:
        rows = _spread(rows, limit)
    out: dict[str, float] = {}
    feats: list[tuple[str, float, float, float, float]] = []   # split, rating, fk, ratio, naive
    for row, doc in zip(rows, _parse(nlp, [r["sentence"] for r in rows]), strict=True):
        stats = readability.sentence_stats(doc, PROFILE)  # type: ignore[arg-type]
        grade, _ = readability.aggregate(stats, PROFILE)
        words = sum(s.words for s in stats)
        ratio = jargon.count(doc) / words if words else 0.0
        feats.append((row["split"], float(row["readability"]), grade, ratio, naive_fk(row["sentence"])))
    train = [f for f in feats if f[0] == "train"]
    if fit and train:
        coef = least_squares([(1.0, f[2], f[3]) for f in train], [f[1] for f in train])
        weight = coef[2] / coef[1] if coef[1] else 0.0
        print(f"  fit on {len(train)} train rows: rating = {coef[0]:.3f} + {coef[1]:.4f}*FK + "
              f"{coef[2]:.3f}*jargon_ratio  ->  JARGON_WEIGHT = {weight:.1f} grades")
        out["fitted_jargon_weight"] = weight
    for name, subset in (("dev", [f for f in feats if f[0] == "dev"]), ("all", feats)):
        if len(subset) < 3:
            continue
        ratings = [f[1] for f in subset]
        out[f"medreadme_{name}_n"] = float(len(subset))
        out[f"medreadme_{name}_pearson_naive_fk"] = pearson([f[4] for f in subset], ratings)
        out[f"medreadme_{name}_pearson_fk"] = pearson([f[2] for f in subset], ratings)
        out[f"medreadme_{name}_pearson_health"] = pearson(
            [readability.health_grade(f[2], f[3]) for f in subset], ratings)
        out[f"medreadme_{name}_pearson_jargon_ratio"] = pearson([f[3] for f in subset], ratings)
    return out


def eval_onestop(path: Path, nlp: object, jargon: JargonCounter, limit: int | None) -> dict[str, float]:
    """Ordering accuracy of the three levels of each OneStopEnglish article."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    articles: dict[str, dict[int, str]] = {}
    for row in rows:
        articles.setdefault(row["text_id"], {})[int(row["level_num"])] = row["text"]
    ids = sorted(a for a, levels in articles.items() if set(levels) == {0, 1, 2})
    if limit:
        ids = ids[:limit]
    texts = [articles[a][lvl] for a in ids for lvl in (0, 1, 2)]
    scored = [(naive_fk(t), *doc_scores(d, jargon)) for t, d in zip(texts, _parse(nlp, texts), strict=True)]
    out: dict[str, float] = {"onestop_articles": float(len(ids))}
    for k, name in enumerate(("naive_fk", "fk", "health")):
        ordered = pairs = 0
        for i in range(len(ids)):
            g = [scored[3 * i + lvl][k] for lvl in (0, 1, 2)]
            ordered += g[0] < g[1] < g[2]
            pairs += (g[0] < g[1]) + (g[0] < g[2]) + (g[1] < g[2])
        out[f"onestop_ordered_{name}"] = ordered / len(ids) if ids else 0.0
        out[f"onestop_pairwise_{name}"] = pairs / (3 * len(ids)) if ids else 0.0
    return out


def eval_cochrane(folder: Path, nlp: object, jargon: JargonCounter, limit: int | None) -> dict[str, float]:
    """Share of (abstract, plain summary) pairs where the summary scores easier."""
    sources = (folder / "cochrane_val.source").read_text(encoding="utf-8").splitlines()
    targets = (folder / "cochrane_val.target").read_text(encoding="utf-8").splitlines()
    pairs = [(s, t) for s, t in zip(sources, targets, strict=False) if s.strip() and t.strip()]
    if limit:
        pairs = pairs[:limit]
    texts = [x for p in pairs for x in p]
    scored = [(naive_fk(t), *doc_scores(d, jargon)) for t, d in zip(texts, _parse(nlp, texts), strict=True)]
    out: dict[str, float] = {"cochrane_pairs": float(len(pairs))}
    for k, name in enumerate(("naive_fk", "fk", "health")):
        wins = sum(1 for i in range(len(pairs)) if scored[2 * i + 1][k] < scored[2 * i][k])
        out[f"cochrane_plain_easier_{name}"] = wins / len(pairs) if pairs else 0.0
    return out


def _spread(rows: list[dict[str, str]], limit: int) -> list[dict[str, str]]:
    """An even sample of ``limit`` rows (keeps both train and dev rows)."""
    if len(rows) <= limit:
        return rows
    step = len(rows) / limit
    return [rows[int(i * step)] for i in range(limit)]


def evaluate(data_dir: Path, limit: int | None = DEFAULT_LIMIT, fit: bool = False,
             log: Callable[[str], None] | None = None) -> dict[str, float]:
    """All readability figures; ``limit`` caps sentences (MedReadMe), articles and Cochrane pairs (0/None: all)."""
    folder = Path(data_dir) / "readability"
    nlp = load_pipeline(PROFILE)
    jargon = JargonCounter()
    say = log or (lambda msg: print(msg, file=sys.stderr))
    say(f"  jargon ratio from: {jargon.source}")
    out: dict[str, float] = {}
    steps: list[tuple[str, Callable[[], dict[str, float]]]] = [
        ("medreadme", lambda: eval_medreadme(folder / "medreadme_dev.csv", nlp, jargon, limit, fit)),
        ("onestopenglish", lambda: eval_onestop(folder / "onestopenglish_dev.csv", nlp, jargon,
                                                (limit // 20 or 1) if limit else None)),
        ("cochrane", lambda: eval_cochrane(folder, nlp, jargon, (limit // 8 or 1) if limit else None)),
    ]
    for name, step in steps:
        t0 = time.perf_counter()
        try:
            out.update(step())
        except FileNotFoundError as exc:
            say(f"  {name}: missing file ({exc.filename}); skipped")
        say(f"  {name}: {time.perf_counter() - t0:.0f} s")
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: print every figure."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "eval"), help="the shared eval folder")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                        help="MedReadMe sentences (articles = limit/20, Cochrane pairs = limit/8); 0 = all")
    parser.add_argument("--fit", action="store_true", help="fit the health grade's jargon weight on train rows")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not (data / "readability").is_dir():
        print(f"eval_readability: no readability data under {data}", file=sys.stderr)
        return 2
    for key, value in evaluate(data, args.limit, args.fit).items():
        print(f"{key}: {value:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

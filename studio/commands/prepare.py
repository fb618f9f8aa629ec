"""``studio prepare``: get an installation ready for a fast first start (``scripts/run-app.sh`` runs it once
after installing or updating).

On a new library the app opens the demo project, and its highlights would wait for spaCy, the language
model and the rules' data to load (seconds of work). This command does that work ahead: it builds the
on-disk data tables (the syllable table) and analyses each demo script exactly as the app opens it — from a
temporary library holding the demo as the app stores it, with its sources — into the user's cache of
analysis results. The first start then shows the demo's highlights from that cache while the model loads,
as every later start already does. Only caches are written; the user's library is never opened.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.commands._common import add_json_flag, print_json


@dataclass(frozen=True)
class Prepared:
    """What :func:`prepare_first_start` did."""

    scripts: int
    findings: int
    seconds: float
    cache_folder: str


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``prepare`` subcommand."""
    p = sub.add_parser("prepare", help="get ready for a fast first start (run once after installing)",
                       description="Load the language model and analyse the demo project the way the app opens "
                                   "it, storing the result in your cache of analyses, so the first start shows "
                                   "the demo's highlights at once instead of after the model has loaded. Only "
                                   "caches are written; your library is not opened. Safe to run again.")
    add_json_flag(p)
    p.set_defaults(handler=run)


def prepare_first_start(analyzer: Any = None, cache: Any = None) -> Prepared:
    """Analyse every demo script as the app opens it into ``cache`` (default: the user's result cache).

    ``analyzer`` defaults to the app's own (an :class:`~studio.analysis.router.AnalyzerRouter`).
    """
    from studio.analysis.model import SegmentInput
    from studio.analysis.result_cache import user_result_cache
    from studio.project_context import context_for
    from studio.store.library import Library
    from studio.ui.demo import demo_project_id, ensure_demo

    started = time.perf_counter()
    cache = cache if cache is not None else user_result_cache()
    if analyzer is None:
        from studio.analysis.router import AnalyzerRouter

        analyzer = AnalyzerRouter()
    scripts = findings = 0
    with tempfile.TemporaryDirectory(prefix="studio-prepare-") as tmp:
        library = Library.open(Path(tmp) / "demo.studio.db")
        try:
            ensure_demo(library)
            project_id = demo_project_id(library)
            for listed in library.list_scripts(project_id) if project_id is not None else []:
                script = library.get_script(listed.id)
                ctx = context_for(library, project_id, script.id)
                segments = [SegmentInput(text=s.spoken, name=s.name) for s in script.segments]
                result = analyzer.analyze(segments, ctx)
                cache.put(segments, ctx, result)
                scripts += 1
                findings += len(result.findings)
        finally:
            library.close()
    return Prepared(scripts, findings, round(time.perf_counter() - started, 2), str(cache.folder))


def run(args: argparse.Namespace) -> int:
    """Handler of ``studio prepare``."""
    from studio.analysis.nlp import ModelUnavailable
    from studio.cli import CliError
    from studio.store.library import StoreError

    try:
        done = prepare_first_start()
    except (OSError, StoreError, ModelUnavailable) as exc:
        raise CliError(f"could not prepare the first start: {exc}") from exc
    if args.json:
        print_json(done)
    else:
        print(f"Prepared the first start: {done.scripts} demo script(s) analysed ({done.findings} findings) "
              f"in {done.seconds:.1f} s; cached in {done.cache_folder}")
    return 0

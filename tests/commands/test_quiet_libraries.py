"""Library noise never reaches the user's terminal: third-party log lines go to the log file, and spaCy's
set-up steps are not printed; the friendly message (with the right line number) is what the user reads."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from studio.store.library import Library

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STUDIO_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "studio", *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_a_broken_bibtex_file_prints_only_the_friendly_message(tmp_path: Path) -> None:
    (tmp_path / "broken.bib").write_text("@article{ok1, title={Fine}, year={2020}}\n\n"
                                         "@article{broken,\n  title = {Unclosed\n", encoding="utf-8")
    store = str(tmp_path / "lib.studio.db")
    with Library.open(Path(store)) as library:
        library.create_project("Sleep")
    done = _run(["--store", store, "sources", "import", "broken.bib", "--project", "Sleep"], tmp_path)
    assert "Parsing of" not in done.stderr and "Parsing of" not in done.stdout      # bibtexparser's own line
    assert "broken.bib: the BibTeX entry starting on line 3 is malformed" in done.stderr
    log = (tmp_path / "home" / "logs" / "studio.log").read_text(encoding="utf-8")
    assert "bibtexparser" in log                                   # kept for support, in the log file


def test_a_portuguese_pipeline_starts_without_spacy_info_lines() -> None:
    from studio.analysis.nlp import load_pipeline
    from studio.analysis.profile import get_profile

    seen: list[str] = []

    class Recorder(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    spacy_log, root = logging.getLogger("spacy"), logging.getLogger()
    recorder, level = Recorder(logging.DEBUG), root.level
    spacy_log.addHandler(recorder)          # next to spaCy's own handler, which prints to stderr
    root.setLevel(logging.INFO)             # as in the app (its log file takes INFO and up)
    try:
        load_pipeline(get_profile("pt"))
    finally:
        root.setLevel(level)
        spacy_log.removeHandler(recorder)
    assert not [m for m in seen if "Created vocabulary" in m or "Finished initializing" in m]

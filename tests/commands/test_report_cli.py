"""``studio report``: the before/after report on the terminal and as HTML/PDF files."""

from __future__ import annotations

import pytest

from studio.cli import main
from studio.store.library import Library
from studio.ui.demo import ensure_demo


@pytest.fixture
def store(tmp_path, monkeypatch, analyzer):
    monkeypatch.setattr("studio.analysis.engine.Analyzer", lambda: analyzer)   # the shared model, loaded once
    path = tmp_path / "lib.db"
    with Library.open(path) as lib:
        sid = ensure_demo(lib)
        seg = lib.get_script(sid).segments[2]
        lib.update_segment(seg.id, spoken="In four trials, exercise worked about as well as talking therapy "
                                          "[@rivera2021].")
    return str(path)


def test_summary_on_the_terminal(store, capsys, analyzer):
    assert main(["--store", store, "report", "--project", "Demo: Exercise and depression"]) == 0
    out = capsys.readouterr().out
    assert "Before and after: Can a walk help with depression?" in out
    assert "before: First draft (demo as shipped)" in out
    for label in ("Reading grade", "Reading ease", "Jargon share", "Uncited claims", "Speaking time"):
        assert label in out
    assert "\u201cFinding\u201d rewritten" in out and "One call to action" in out


def test_versions_list_and_any_two_versions(store, capsys):
    assert main(["--store", store, "report", "--project", "1", "--versions"]) == 0
    out = capsys.readouterr().out
    assert "now" in out and "First draft" in out
    assert main(["--store", store, "report", "--project", "1", "--before", "now", "--after", "now"]) == 0
    assert "No differences" in capsys.readouterr().out
    assert main(["--store", store, "report", "--project", "1", "--before", "99"]) == 2
    assert "no version '99'" in capsys.readouterr().err


def test_html_and_pdf_files(store, tmp_path, capsys):
    html = tmp_path / "report.html"
    assert main(["--store", store, "report", "--project", "1", "-o", str(html)]) == 0
    assert "<svg" in html.read_text(encoding="utf-8")
    assert main(["--store", store, "report", "--project", "1", "-o", str(html)]) == 2     # no silent overwrite
    assert "--force" in capsys.readouterr().err
    pdf = tmp_path / "report.pdf"
    assert main(["--store", store, "report", "--project", "1", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["--store", store, "report", "--project", "1", "-o", str(tmp_path / "r.docx")]) == 2


def test_report_on_an_empty_script_says_there_is_nothing_to_check(tmp_path, capsys, monkeypatch, analyzer):
    monkeypatch.setattr("studio.analysis.engine.Analyzer", lambda: analyzer)
    path = tmp_path / "lib.db"
    with Library.open(path) as lib:
        lib.create_project("Empty one")
    assert main(["--store", str(path), "report", "--project", "Empty one"]) == 0
    out = capsys.readouterr().out
    assert "nothing to check: the script has no words" in out
    grade_row = next(line for line in out.splitlines() if line.startswith("Reading grade"))
    ease_row = next(line for line in out.splitlines() if line.startswith("Reading ease"))
    assert "100" not in ease_row and "0.0" not in grade_row and "\u2014" in grade_row

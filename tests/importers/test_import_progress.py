"""Progress and cancel while reading long files: a PDF reports its pages, Cancel stops cleanly."""

from __future__ import annotations

import io

import pytest
from importer_files import ZOTERO_RIS, make_pdf

from studio.importers import ImportCancelled, ImportReport, import_files, read_file, store_parsed


def _pdf_pages(path, pages: int) -> None:
    from pypdf import PdfReader, PdfWriter

    one = PdfReader(io.BytesIO(make_pdf(["Exercise and sleep: a cohort study",
                                          "Adults who walked daily slept 20 minutes longer."])))
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_page(one.pages[0])
    with path.open("wb") as fh:
        writer.write(fh)


def test_pdf_reports_each_page(tmp_path):
    path = tmp_path / "long.pdf"
    _pdf_pages(path, 5)
    seen: list[tuple[int, int]] = []
    parsed = read_file(path, lambda done, total: seen.append((done, total)))
    assert seen == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert parsed.records[0].title == "Exercise and sleep: a cohort study"


def test_cancel_during_a_pdf_stops_the_import_with_nothing_written(tmp_path, library, project):
    ris = tmp_path / "refs.ris"
    ris.write_text(ZOTERO_RIS, encoding="utf-8")
    pdf = tmp_path / "long.pdf"
    _pdf_pages(pdf, 4)
    events = []

    def progress(name, done, total):
        events.append((name, done))
        if done == 2:
            raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        import_files(library, project.id, [ris, pdf], progress=progress)
    assert events[-1] == (str(pdf), 2)
    assert library.list_sources(project.id) == []      # the RIS file read before it is not stored either


def test_store_parsed_skips_a_doi_added_earlier_in_the_same_report(tmp_path, library, project):
    path = tmp_path / "refs.ris"
    path.write_text(ZOTERO_RIS, encoding="utf-8")
    parsed = read_file(path)
    report = ImportReport()
    store_parsed(library, project.id, "a.ris", parsed, report)
    store_parsed(library, project.id, "b.ris", parsed, report)
    assert len(report.added) == 2
    assert [f for f, _ in report.duplicates] == ["b.ris", "b.ris"]
    assert len(library.list_sources(project.id)) == 2

"""Pasted text, reference formatting and all-or-nothing writes."""

from __future__ import annotations

import pytest
from importer_files import ZOTERO_RIS

from studio.importers import SourceRecord, format_reference, import_files, import_text
from studio.store.library import StoreError


def test_pasted_text_becomes_a_source_with_title_from_first_line(library, project):
    source = import_text(library, project.id, "", "Coffee and heart health\nThree cups a day was associated "
                                                  "with a 12% lower risk.", authors="Smith J", year=2021)
    assert source.title == "Coffee and heart health"
    assert source.summary == "Three cups a day was associated with a 12% lower risk."
    assert source.key == "smith2021"


def test_pasted_text_with_a_known_doi_is_refused(library, project):
    import_text(library, project.id, "First", "Abstract one. https://doi.org/10.1000/xyz1")
    with pytest.raises(StoreError, match="already in this project"):
        import_text(library, project.id, "Second", "Abstract two.", doi="10.1000/XYZ1")


@pytest.mark.parametrize("text", ["", "   \n ", "x" * 200_001])
def test_pasted_text_empty_or_huge_is_refused(library, project, text):
    with pytest.raises(StoreError):
        import_text(library, project.id, "Title", text)
    assert library.list_sources(project.id) == []


def test_pasted_emoji_text_is_kept(library, project):
    source = import_text(library, project.id, "Sleep 😴", "Naps 💤 may help memory in 40 students.")
    assert source.summary == "Naps 💤 may help memory in 40 students."


def test_format_reference_apa_like():
    record = SourceRecord(title="Sleep deprivation and memory", authors="Smith JA; Lee K", year=2021,
                          journal="Journal of Sleep Research", doi="10.1111/jsr.13245")
    assert format_reference(record) == ("Smith JA, Lee K (2021). Sleep deprivation and memory. "
                                        "Journal of Sleep Research. https://doi.org/10.1111/jsr.13245")


def test_format_reference_with_missing_parts_and_many_authors():
    record = SourceRecord(title="Is coffee good for you?", authors="; ".join(f"Author{i} A" for i in range(9)),
                          url="https://example.org/coffee")
    text = format_reference(record)
    assert text.startswith("Author0 A, Author1 A, Author2 A, Author3 A, Author4 A, Author5 A et al. (n.d.). "
                           "Is coffee good for you? https://example.org/coffee")


def test_format_reference_of_a_stored_source(tmp_path, library, project):
    path = tmp_path / "zotero.ris"
    path.write_text(ZOTERO_RIS, encoding="utf-8")
    import_files(library, project.id, [path])
    source = library.list_sources(project.id)[0]
    assert format_reference(source).startswith("Smith JA, Lee K (2021). Sleep deprivation and memory consolidation")


def test_write_failure_halfway_leaves_nothing_from_that_file(tmp_path, library, project, monkeypatch):
    path = tmp_path / "zotero.ris"
    path.write_text(ZOTERO_RIS, encoding="utf-8")
    real_add = library.add_source
    calls = []

    def flaky_add(*args, **kwargs):
        calls.append(kwargs["title"])
        if len(calls) == 2:
            raise StoreError("The library file is read-only.")
        return real_add(*args, **kwargs)

    monkeypatch.setattr(library, "add_source", flaky_add)
    report = import_files(library, project.id, [path])
    assert report.added == []
    assert report.errors == [(str(path), "nothing was imported from this file: The library file is read-only.")]
    assert library.list_sources(project.id) == []

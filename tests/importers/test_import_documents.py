"""Summary documents: .txt, .md, .docx (built with python-docx) and .pdf (built by hand) → one source."""

from __future__ import annotations

import io

import pytest
from importer_files import make_pdf

from studio.importers import ImportProblem, import_files, parse_file, read_file

ABSTRACT = ("Sleep deprivation may impair memory. In 120 older adults, one night without sleep was "
            "associated with a 12% drop in recall (doi: 10.1111/jsr.13245).")


def test_text_file_first_short_line_is_the_title(tmp_path):
    path = tmp_path / "summary.txt"
    path.write_text(f"Sleep and memory in older adults\n\n{ABSTRACT}\n", encoding="utf-8")
    (record,) = parse_file(path)
    assert record.title == "Sleep and memory in older adults"
    assert record.summary == ABSTRACT
    assert record.doi == "10.1111/jsr.13245"                 # picked up from the text for duplicate checks


def test_text_file_without_a_title_line_is_named_after_the_file(tmp_path):
    path = tmp_path / "sleep_notes.txt"
    path.write_text(ABSTRACT, encoding="utf-8")
    (record,) = parse_file(path)
    assert record.title == "sleep notes"
    assert record.summary == ABSTRACT


def test_text_file_in_windows_1252_is_read_with_a_note(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Caffé study\nParticipants drank café au lait – 2 cups.".encode("cp1252"))
    parsed = read_file(path)
    assert parsed.records[0].summary == "Participants drank café au lait – 2 cups."
    assert "Windows-1252" in parsed.notes[0]


def test_markdown_heading_is_the_title_and_markup_is_removed(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Blue light and sleep\n\n## Results\n\nEvening light was **associated** with a "
                    "[longer](https://example.org) time to fall asleep.\n", encoding="utf-8")
    (record,) = parse_file(path)
    assert record.title == "Blue light and sleep"
    assert record.summary == "Results\n\nEvening light was associated with a longer time to fall asleep."


def test_docx_built_with_python_docx(tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.title = ""
    document.add_heading("Napping and learning", level=1)
    document.add_paragraph("A 20-minute nap was associated with better recall in 40 students.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Recall"
    table.rows[0].cells[1].text = "+8%"
    path = tmp_path / "nap.docx"
    document.save(str(path))
    (record,) = parse_file(path)
    assert record.title == "Napping and learning"
    assert record.summary == "A 20-minute nap was associated with better recall in 40 students.\nRecall | +8%"


def test_docx_title_from_document_properties(tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.title = "Sleep hygiene review"
    document.add_paragraph(ABSTRACT)
    path = tmp_path / "review.docx"
    document.save(str(path))
    (record,) = parse_file(path)
    assert record.title == "Sleep hygiene review"
    assert record.summary == ABSTRACT


@pytest.mark.parametrize("data, problem", [
    (b"This is plain text renamed to .docx", "not a Word .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Word .doc"),
    (b"PK\x03\x04 broken zip", "damaged"),
    (b"", "empty"),
])
def test_broken_docx_files(tmp_path, data, problem):
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    with pytest.raises(ImportProblem, match=problem):
        parse_file(path)


def test_pdf_text_layer_becomes_the_summary(tmp_path):
    path = tmp_path / "paper.pdf"
    path.write_bytes(make_pdf(["Sleep deprivation may impair memory.",
                               "In 120 older adults, recall fell by 12%."], title="Sleep and memory trial"))
    (record,) = parse_file(path)
    assert record.title == "Sleep and memory trial"
    assert "Sleep deprivation may impair memory." in record.summary
    assert "recall fell by 12%" in record.summary


def test_pdf_without_text_layer_says_scanned(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buf = io.BytesIO()
    writer.write(buf)
    path = tmp_path / "scan.pdf"
    path.write_bytes(buf.getvalue())
    with pytest.raises(ImportProblem, match=r"no text layer \(scanned\?\)"):
        parse_file(path)


def test_password_protected_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf(["Secret results."]))).pages:
        writer.add_page(page)
    writer.encrypt("hunter2")
    buf = io.BytesIO()
    writer.write(buf)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buf.getvalue())
    with pytest.raises(ImportProblem, match="password-protected"):
        parse_file(path)


@pytest.mark.parametrize("data, problem", [
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF", "damaged|no text layer"),
    (b"<html>not a pdf</html>", "not a PDF"),
    (b"   ", "empty"),
])
def test_broken_pdfs(tmp_path, data, problem):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(ImportProblem, match=problem):
        parse_file(path)


@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "the file is empty"),
    ("blank.md", b"\n  \n", "the file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    ("slides.pptx", b"PK", "unsupported file type '.pptx'"),
    ("README", b"text", "unsupported file type without an extension"),
])
def test_unreadable_files(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportProblem, match=problem):
        parse_file(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportProblem, match="no such file"):
        parse_file(tmp_path / "nope.txt")
    folder = tmp_path / "folder.md"
    folder.mkdir()
    with pytest.raises(ImportProblem, match="folder"):
        parse_file(folder)


def test_import_reports_each_bad_file_by_name(tmp_path, library, project):
    good = tmp_path / "good.txt"
    good.write_text(f"Sleep and memory\n{ABSTRACT}", encoding="utf-8")
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"not really a pdf")
    report = import_files(library, project.id, [good, empty, scan])
    assert [s.title for s in report.added] == ["Sleep and memory"]
    assert report.errors == [(str(empty), "the file is empty"),
                             (str(scan), "this is not a PDF file (it has no PDF header)")]

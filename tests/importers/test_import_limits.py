"""Compressed imports (Word files, bundles) are capped while reading: a small file that unpacks to far too
much is refused quickly with a clear message; long reads report progress; Cancel or Ctrl+C writes nothing."""

from __future__ import annotations

import json
import struct
import zipfile

import pytest

from studio.cli import main
from studio.commands import sources as sources_command
from studio.importers import ImportCancelled, ImportProblem, import_files, read_file, word
from studio.store.bundle import MANIFEST, PROJECT
from studio.store.library import Library, StoreError

DOC_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
DOC_TAIL = b"<w:sectPr/></w:body></w:document>"
RELS = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'officeDocument" Target="word/document.xml"/></Relationships>')


def para(text: str, style: str = "") -> bytes:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>".encode()


def make_docx(path, body: bytes, extra_parts: int = 0):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("word/document.xml", DOC_HEAD + body + DOC_TAIL)
        for n in range(extra_parts):
            zf.writestr(f"word/media/image{n}.png", b"x")
    return path


def test_streaming_reader_keeps_title_paragraphs_tables_and_tabs(tmp_path):
    table = (b"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Recall</w:t></w:r></w:p></w:tc>"
             b"<w:tc><w:p><w:r><w:t>+8%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    body = (para("Napping and learning", "Heading1") + para("A nap helped recall.")
            + b"<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>" + table)
    (record,) = read_file(make_docx(tmp_path / "nap.docx", body)).records
    assert record.title == "Napping and learning"
    assert record.summary == "A nap helped recall.\na\tb\nc\nRecall | +8%"


def test_docx_that_says_it_unpacks_past_the_cap_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(word, "MAX_DOCUMENT_XML_BYTES", 1024 * 1024)
    path = make_docx(tmp_path / "bomb.docx", para("x" * (3 * 1024 * 1024)))
    seen = []
    with pytest.raises(ImportProblem, match="unpacks to more than 1 MB"):
        read_file(path, lambda done, total: seen.append(done))
    assert seen == []


def test_docx_that_lies_about_its_size_is_refused_while_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(word, "MAX_DOCUMENT_XML_BYTES", 1024 * 1024)
    path = make_docx(tmp_path / "liar.docx", para("x" * (3 * 1024 * 1024)))
    data = bytearray(path.read_bytes())
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):     # local header, directory entry
        at = data.find(sig + (b"\x14\x00" if sig == b"PK\x03\x04" else b""))
        while at >= 0:
            name_at = at + (30 if sig == b"PK\x03\x04" else 46)
            if data[name_at:name_at + 17] == b"word/document.xml":
                data[at + offset:at + offset + 4] = struct.pack("<I", 1000)
            at = data.find(sig, at + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(ImportProblem, match="cannot be imported: word/document.xml (is damaged|unpacks)"):
        read_file(path)


def test_docx_with_too_many_elements_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(word, "MAX_ELEMENTS", 10_000)
    path = make_docx(tmp_path / "many.docx", b"<w:p/>" * 20_000)
    with pytest.raises(ImportProblem, match="more than 10,000 XML elements"):
        read_file(path)


def test_docx_with_too_many_parts_is_refused_before_its_directory_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(word, "MAX_PARTS", 50)
    path = make_docx(tmp_path / "parts.docx", para("Hello there."), extra_parts=60)
    with pytest.raises(ImportProblem, match="holds 63 parts"):
        read_file(path)


def test_long_docx_reports_progress_and_a_cut(tmp_path):
    body = b"".join(para(f"Sentence number {n} about sleep and memory in adults.") for n in range(3000))
    path = make_docx(tmp_path / "long.docx", body)
    seen: list[tuple[int, int]] = []
    parsed = read_file(path, lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] and all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))
    assert parsed.records[0].summary.startswith("Sentence number 0 about sleep")


def test_cancel_while_reading_a_docx_writes_nothing(tmp_path, library, project):
    first = make_docx(tmp_path / "first.docx", para("Walking and mood") + para("Walking helped mood."))
    second = make_docx(tmp_path / "second.docx", para("Sleep") + para("Sleep helped memory."))

    def progress(name, done, total):
        if name == str(second):
            raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        import_files(library, project.id, [first, second], progress=progress)
    assert library.list_sources(project.id) == []


def test_ctrl_c_during_sources_import_writes_nothing(tmp_path, monkeypatch, capsys):
    store = tmp_path / "lib.studio.db"
    with Library(store) as lib:
        lib.create_project("Walking")
    first = make_docx(tmp_path / "first.docx", para("Walking and mood") + para("Walking helped mood."))
    second = make_docx(tmp_path / "second.docx", para("Sleep") + para("Sleep helped memory."))
    calls = []

    def interrupt(self, name, done, total):          # Ctrl+C arrives while the second file is read
        calls.append(name)
        if "second.docx" in name:
            raise KeyboardInterrupt

    monkeypatch.setattr(sources_command._PageProgress, "__call__", interrupt)
    assert main(["--store", str(store), "sources", "import", "--project", "Walking", str(first), str(second)]) == 130
    assert "interrupted; nothing was imported" in capsys.readouterr().err
    with Library(store) as lib:
        assert lib.list_sources(lib.find_project("Walking").id) == []


def _bundle(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_bundle_with_many_members_is_refused_before_its_directory_is_read(tmp_path, library):
    path = _bundle(tmp_path / "many.studio", {f"junk{n}.json": b"{}" for n in range(40)})
    with pytest.raises(StoreError, match="holds 40 parts"):
        library.import_bundle(path)


def test_bundle_with_millions_of_values_is_refused_before_parsing(tmp_path, library, monkeypatch):
    from studio.store import bundle

    monkeypatch.setattr(bundle, "MAX_JSON_ELEMENTS", 1000)
    manifest = json.dumps({"format": bundle.BUNDLE_FORMAT, "format_version": 1, "schema_version": 1}).encode()
    project = json.dumps({"format": "script-studio-project", "terms": [[0, 0]] * 2000}).encode()
    path = _bundle(tmp_path / "values.studio", {MANIFEST: manifest, PROJECT: project})
    with pytest.raises(StoreError, match="more than 1,000 values"):
        library.import_bundle(path)
    assert library.list_projects() == []


def test_content_controls_keep_their_text_and_junk_between_blocks_is_ignored(tmp_path):
    body = (para("Walking review", "Title") + b"<w:bookmarkStart w:id=\"0\"/>" * 50
            + b"<w:sdt><w:sdtContent>" + para("Inside a content control.") + b"</w:sdtContent></w:sdt>"
            + para("After it."))
    (record,) = read_file(make_docx(tmp_path / "sdt.docx", body)).records
    assert record.title == "Walking review"
    assert record.summary == "Inside a content control.\nAfter it."

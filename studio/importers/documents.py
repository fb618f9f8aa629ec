"""Summary documents: a ``.txt``, ``.md``, ``.docx`` or ``.pdf`` file becomes one source.

The title comes from the document's metadata or its first heading/line; the whole text becomes the
summary. Every failure is an :class:`ImportProblem` with a plain message (the caller adds the file name).
"""

from __future__ import annotations

import re
from pathlib import Path

from studio.importers.records import (
    ImportCancelled,
    ImportProblem,
    ParsedFile,
    Progress,
    SourceRecord,
    find_doi,
    one_line,
)

#: Text files larger than this are not summaries (a whole book, a database dump).
MAX_TEXT_BYTES = 5 * 1024 * 1024
#: PDFs and Word files larger than this are refused before parsing.
MAX_DOCUMENT_BYTES = 60 * 1024 * 1024
#: A summary is cut here (with a note); a whole paper fits easily.
MAX_SUMMARY_CHARS = 200_000
MAX_TITLE_CHARS = 250

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def decode_text(data: bytes) -> tuple[str, str]:
    """Bytes of a text file → (text, note). UTF-8 (with or without BOM) and UTF-16 with a BOM are read as
    is; anything else falls back to Windows-1252, then Latin-1, with a note saying so."""
    if not data.strip():
        raise ImportProblem("the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError:
            raise ImportProblem("the file says it is UTF-16 but cannot be read as such") from None
    if b"\x00" in data[:4096]:
        raise ImportProblem("this is a binary file, not text")
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "the file is not UTF-8; it was read as Windows-1252 (check accented letters)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "the file is not UTF-8; it was read as Latin-1 (check accented letters)"


def read_bytes(path: Path, limit: int, head: int | None = None) -> bytes:
    """The file's bytes (only the first ``head`` bytes when given), with plain messages for missing
    files, folders and oversized files."""
    try:
        if path.is_dir():
            raise ImportProblem("this is a folder, not a file")
        size = path.stat().st_size
        if size > limit:
            raise ImportProblem(f"the file is too large ({size / 2**20:.1f} MB; at most {limit // 2**20} MB)")
        if head is not None:
            with path.open("rb") as fh:
                return fh.read(head)
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportProblem("no such file") from None
    except PermissionError:
        raise ImportProblem("permission denied: the file cannot be read") from None
    except OSError as exc:
        raise ImportProblem(f"the file cannot be read ({exc.strerror or exc})") from None


def _finish(path: Path, title: str, text: str, notes: list[str]) -> ParsedFile:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise ImportProblem("the file has no text")
    if len(text) > MAX_SUMMARY_CHARS:
        text = text[:MAX_SUMMARY_CHARS].rsplit(" ", 1)[0]
        notes.append(f"the text was cut to the first {MAX_SUMMARY_CHARS:,} characters")
    title = one_line(title)[:MAX_TITLE_CHARS] or path.stem.replace("_", " ").strip() or "Untitled source"
    record = SourceRecord(title=title, summary=text, doi=find_doi(text[:5000]), origin=path.name)
    return ParsedFile([record], [], notes)


def _title_and_body(text: str) -> tuple[str, str]:
    """A first short line is the title (kept out of the summary); otherwise there is no title."""
    lines = text.strip().split("\n")
    first = lines[0].strip() if lines else ""
    if first and len(first) <= MAX_TITLE_CHARS and len(lines) > 1 and not first.endswith((".", ":", ";", ",")):
        return first, "\n".join(lines[1:])
    return "", text


def read_plain(path: Path) -> ParsedFile:
    """A ``.txt`` summary: first short line = title."""
    text, note = decode_text(read_bytes(path, MAX_TEXT_BYTES))
    title, body = _title_and_body(text.strip())
    return _finish(path, title, body if body.strip() else text, [note] if note else [])


def read_markdown(path: Path) -> ParsedFile:
    """A ``.md`` summary: the first heading is the title; markup (headings, emphasis, links) is removed."""
    text, note = decode_text(read_bytes(path, MAX_TEXT_BYTES))
    title = ""
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        m = _MD_HEADING.match(line)
        if m:
            if not title:
                title = m.group(1)
                continue
            line = m.group(1)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        out.append(line)
    body = "\n".join(out)
    if not title:
        title, body = _title_and_body(body.strip())
    return _finish(path, _MD_EMPHASIS.sub(r"\2", title), body, [note] if note else [])


def read_docx(path: Path, progress: Progress | None = None) -> ParsedFile:
    """A Word ``.docx``: paragraphs and table cells in order; title from the document properties, a
    Title/Heading 1 paragraph, or the first short line. Read streaming with caps (:mod:`studio.importers.word`);
    ``progress(done, total)`` hears the unpacked bytes and may raise :class:`ImportCancelled`."""
    from studio.importers.word import read_word

    head = read_bytes(path, MAX_DOCUMENT_BYTES, head=8)
    if not head:
        raise ImportProblem("the file is empty")
    if not head.startswith(b"PK"):
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            raise ImportProblem("this is an old Word .doc file (or an encrypted .docx); save it as .docx and try again")
        raise ImportProblem("this is not a Word .docx file (a .docx is a zip archive; this file is not)")
    title, lines = read_word(path, progress)
    body = "\n".join(lines)
    if not body.strip():
        raise ImportProblem("the Word file has no text")
    if not title:
        title, body = _title_and_body(body.strip())
    return _finish(path, title, body, [])


def read_pdf(path: Path, progress: Progress | None = None) -> ParsedFile:
    """A PDF's text layer (pypdf): password-protected and scanned (image-only) PDFs get a clear message.

    ``progress(done, total)`` is called after each page; it may raise :class:`ImportCancelled` to stop.
    """
    data = read_bytes(path, MAX_DOCUMENT_BYTES)
    if not data.strip():
        raise ImportProblem("the file is empty")
    if b"%PDF" not in data[:1024]:
        raise ImportProblem("this is not a PDF file (it has no PDF header)")
    import io

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise ImportProblem("the PDF is password-protected; open it, save an unprotected copy and try again")
        pages = _page_texts(reader, progress)
        meta_title = ""
        try:
            meta = reader.metadata
            meta_title = str(meta.title or "") if meta is not None else ""
        except Exception:
            meta_title = ""
    except (ImportProblem, ImportCancelled):
        raise
    except FileNotDecryptedError:
        raise ImportProblem("the PDF is password-protected; open it, save an unprotected copy and try again") from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ImportProblem(f"the PDF is damaged and cannot be read ({exc.__class__.__name__})") from None
    except Exception as exc:  # pypdf can raise almost anything on a broken file
        raise ImportProblem(f"the PDF cannot be read ({exc.__class__.__name__}: {exc})") from None
    text = "\n\n".join(_tidy_pdf_text(p) for p in pages if p.strip())
    if not text.strip():
        raise ImportProblem("the PDF has no text layer (scanned?); run it through OCR or paste the abstract as text")
    title = meta_title if _plausible_title(meta_title) else ""
    if not title:
        title, body = _title_and_body(text)
        text = body if body.strip() else text
    return _finish(path, title, text, [])


def _page_texts(reader: object, progress: Progress | None) -> list[str]:
    pages = reader.pages  # type: ignore[attr-defined]
    total = len(pages)
    texts: list[str] = []
    if progress is not None:
        progress(0, total)
    for n, page in enumerate(pages, start=1):
        texts.append(page.extract_text() or "")
        if progress is not None:
            progress(n, total)
    return texts


def _plausible_title(title: str) -> bool:
    t = one_line(title)
    return 5 <= len(t) <= MAX_TITLE_CHARS and not re.search(r"\.(?:docx?|pdf|tex|indd)$|^untitled|^microsoft",
                                                             t, re.IGNORECASE)


def _tidy_pdf_text(text: str) -> str:
    """Join a PDF page's hard-wrapped lines into paragraphs and undo end-of-line hyphenation."""
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    paragraphs = re.split(r"\n\s*\n", text)
    out = []
    for para in paragraphs:
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        joined: list[str] = []
        for ln in lines:
            if joined and not re.search(r"[.!?:]$", joined[-1]) and len(joined[-1]) > 40:
                joined[-1] += " " + ln
            else:
                joined.append(ln)
        out.append("\n".join(joined))
    return "\n\n".join(out)


__all__ = ["MAX_SUMMARY_CHARS", "decode_text", "read_bytes", "read_docx", "read_markdown", "read_pdf", "read_plain"]

"""Word ``.docx`` files, read in one streaming pass (linear time, bounded memory).

The main document part is decompressed in chunks and fed to a pull parser as it comes: each top-level
paragraph or table is turned into text when it ends and then dropped from memory; reading stops once
more text is in than a summary keeps. Caps apply *while* reading: at most :data:`MAX_DOCUMENT_XML_BYTES`
unpacked and :data:`MAX_ELEMENTS` XML elements, so a small file that expands to a gigabyte is refused
in a second or two instead of importing for minutes
(python-docx builds the whole tree and walks it paragraph by paragraph, which took minutes for a
100,000-paragraph document). Only the parts holding text, styles and the title are read; pictures are
never unpacked. ``progress(done, total)`` hears the unpacked bytes and may raise ``ImportCancelled``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.importers.records import ImportProblem, Progress
from studio.safezip import ZipLimit, open_archive, read_member, stream_member

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY = f"{W}body"
_BLOCKS = (f"{W}p", f"{W}tbl", f"{W}sdt")
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
#: A summary document holds far less; a real Word file has tens to a few hundred parts.
MAX_PARTS = 5000
MAX_DOCUMENT_XML_BYTES = 100 * 1024 * 1024
MAX_ELEMENTS = 1_000_000
MAX_SMALL_PART_BYTES = 10 * 1024 * 1024
#: Reading stops once this much text is in (a summary is cut at 200,000 characters anyway).
KEEP_CHARS = 250_000
_TITLE_STYLES = {"title", "heading 1", "heading1"}


def read_word(path: Path, progress: Progress | None = None) -> tuple[str, list[str]]:
    """(title from the document properties or a Title/Heading 1 paragraph, body lines) of a ``.docx``.
    Raises ImportProblem (damaged, over a cap) or lets the progress callback's exception through."""
    try:
        with open_archive(path, MAX_PARTS) as zf:
            main = _main_part(zf)
            info = _info(zf, main)
            styles = _title_style_ids(zf)
            title = _core_title(zf)
            reader = _BodyReader(styles, want_title=not title)
            for chunk in stream_member(zf, info, MAX_DOCUMENT_XML_BYTES, progress):
                reader.feed(chunk)
                if reader.full:
                    break
            else:
                reader.close()
    except ZipLimit as exc:
        raise ImportProblem(f"the Word file cannot be imported: {exc}") from None
    return title or reader.title, reader.lines


def _info(zf: Any, name: str) -> Any:
    try:
        return zf.getinfo(name)
    except KeyError:
        raise ImportProblem("the Word file is damaged or not a .docx (it has no document part)") from None


def _parse_small(data: bytes | None) -> Any:
    if not data:
        return None
    from lxml import etree

    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    except etree.XMLSyntaxError:
        return None


def _main_part(zf: Any) -> str:
    """The main document part named by the package relationships (normally ``word/document.xml``)."""
    rels = _parse_small(read_member(zf, "_rels/.rels", MAX_SMALL_PART_BYTES))
    if rels is not None:
        for rel in rels.iter(_REL):
            if str(rel.get("Type", "")).endswith("/officeDocument"):
                return str(rel.get("Target", "")).lstrip("/")
    return "word/document.xml"


def _title_style_ids(zf: Any) -> set[str]:
    """Style ids whose name is Title or Heading 1 (in any language the ids stay, the names vary)."""
    ids = {"Title", "Heading1"}
    styles = _parse_small(read_member(zf, "word/styles.xml", MAX_SMALL_PART_BYTES))
    if styles is not None:
        for style in styles.iter(f"{W}style"):
            name = style.find(f"{W}name")
            if name is not None and str(name.get(f"{W}val", "")).lower() in _TITLE_STYLES:
                ids.add(str(style.get(f"{W}styleId", "")))
    return ids


def _core_title(zf: Any) -> str:
    core = _parse_small(read_member(zf, "docProps/core.xml", MAX_SMALL_PART_BYTES))
    node = core.find(_DC_TITLE) if core is not None else None
    return " ".join(str(node.text or "").split()) if node is not None else ""


class _BodyReader:
    """Pull-parses the document part: each top-level paragraph or table becomes text when it closes."""

    def __init__(self, title_styles: set[str], want_title: bool) -> None:
        from lxml import etree

        # Only the body and its blocks raise events (a run's elements are many, and need none).
        self._parser = etree.XMLPullParser(events=("start", "end"), tag=(_BODY, *_BLOCKS),
                                           resolve_entities=False, no_network=True, load_dtd=False,
                                           huge_tree=True)
        self._syntax_error = etree.XMLSyntaxError
        self._styles = title_styles
        self._want_title = want_title
        self._body: Any = None
        self._elements = 0
        self._kept = 0
        self.title = ""
        self.lines: list[str] = []

    def feed(self, chunk: bytes) -> None:
        # Elements counted at C speed: every tag opening "<" that does not close one ("</").
        self._elements += chunk.count(b"<") - chunk.count(b"</")
        if self._elements > MAX_ELEMENTS:
            raise ImportProblem(f"the Word file cannot be imported: it holds more than {MAX_ELEMENTS:,} "
                                "XML elements (a damaged file, or one made to exhaust memory)")
        try:
            self._parser.feed(chunk)
        except self._syntax_error as exc:
            raise ImportProblem(f"the Word file is damaged (its text is not valid XML: {exc})") from None
        self._drain()

    def close(self) -> None:
        try:
            self._parser.close()
        except self._syntax_error as exc:
            raise ImportProblem(f"the Word file is damaged (its text is not valid XML: {exc})") from None
        self._drain()

    def _drain(self) -> None:
        for event, elem in self._parser.read_events():
            if elem.tag == _BODY:
                self._body = elem if event == "start" else None
            elif event == "end" and self._body is not None and elem.getparent() is self._body:
                self._take(elem)                     # a paragraph, table or content control is complete
        body = self._body
        if body is not None and len(body) > 1:
            del body[:-1]                            # every finished block (and anything else) leaves memory

    @property
    def full(self) -> bool:
        """True once more text was read than a summary keeps: the rest of the file need not be read."""
        return self._kept > KEEP_CHARS

    def _take(self, elem: Any) -> None:
        if self.full:
            return
        if elem.tag == f"{W}p":
            text = _paragraph_text(elem).strip()
            style = elem.find(f"{W}pPr/{W}pStyle")
            if text and self._want_title and not self.title and style is not None \
                    and style.get(f"{W}val") in self._styles:
                self.title = text
                return
            self._add(text)
        elif elem.tag == f"{W}sdt":                # a content control: its paragraphs
            for p in elem.iter(f"{W}p"):
                self._add(_paragraph_text(p).strip())
        elif elem.tag == f"{W}tbl":
            for row in elem.iter(f"{W}tr"):
                cells = ["\n".join(_paragraph_text(p) for p in cell.iter(f"{W}p")).strip()
                         for cell in row.findall(f"{W}tc")]
                cells = [c for c in cells if c]
                if cells:
                    self._add(" | ".join(dict.fromkeys(cells)))

    def _add(self, line: str) -> None:
        self.lines.append(line)
        self._kept += len(line) + 1


def _paragraph_text(p: Any) -> str:
    """A paragraph's text as Word shows it: runs (also inside links and tracked insertions), tabs, breaks."""
    out: list[str] = []
    for run in p.iter(f"{W}r"):
        for child in run:
            tag = child.tag
            if tag == f"{W}t":
                out.append(child.text or "")
            elif tag == f"{W}tab":
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
    return "".join(out)


__all__ = ["MAX_DOCUMENT_XML_BYTES", "MAX_ELEMENTS", "MAX_PARTS", "read_word"]

"""A Word document of the script: the two-column audio/visual table and the reference list (python-docx)."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from studio.exports.references import cited_sources
from studio.exports.timing import Timeline
from studio.importers.records import format_reference
from studio.project_context import source_refs
from studio.store.models import Project, Script, Source

AUDIO_HEADER = "Audio (spoken)"
VISUAL_HEADER = "Visual (on screen and notes)"
REFERENCES_HEADING = "References"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clock(seconds: float) -> str:
    """``75.4`` → ``1:15``."""
    total = int(round(seconds))
    return f"{total // 60}:{total % 60:02d}"


def to_docx(script: Script, project: Project, sources: Sequence[Source], timeline: Timeline) -> bytes:
    """The ``.docx`` file's bytes: title, a line of facts, the audio/visual table, the cited references."""
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    document = docx.Document()
    document.core_properties.title = _xml_safe(script.title)
    document.core_properties.subject = _xml_safe(project.title)
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    document.styles["Normal"].font.size = Pt(11)

    document.add_heading(_xml_safe(script.title), level=1)
    facts = document.add_paragraph(f"{_xml_safe(project.title)} \u00b7 {_xml_safe(project.platform)} \u00b7 about "
                                   f"{clock(timeline.total)} spoken at {timeline.wpm:g} words per minute")
    facts.runs[0].italic = True

    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    width = (section.page_width - section.left_margin - section.right_margin) // 2
    header = table.rows[0]
    flag = OxmlElement("w:tblHeader")                 # repeat the header row on every page
    flag.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(flag)
    for cell, title in zip(header.cells, (AUDIO_HEADER, VISUAL_HEADER), strict=True):
        cell.paragraphs[0].add_run(title).bold = True
    grey = RGBColor(0x59, 0x59, 0x59)
    for seg, timed in zip(script.segments, timeline.segments, strict=True):
        audio, visual = table.add_row().cells
        name = audio.paragraphs[0]
        name.add_run(_xml_safe(seg.name)).bold = True
        if timed.words:
            when = name.add_run(f"   {clock(timed.start)}\u2013{clock(timed.end)}")
            when.font.color.rgb = grey
            when.font.size = Pt(9)
        for para in _paragraphs(seg.spoken):
            audio.add_paragraph(para)
        first = True
        for label, text in (("On screen", seg.on_screen), ("Visual", seg.visual_notes)):
            for n, para in enumerate(_paragraphs(text)):
                p = visual.paragraphs[0] if first else visual.add_paragraph()
                first = False
                if n == 0:
                    p.add_run(f"{label}: ").bold = True
                p.add_run(para)
    for row in table.rows:
        for cell in row.cells:
            cell.width = width

    citations = cited_sources(script, sources)
    if citations.sources:
        document.add_heading(REFERENCES_HEADING, level=2)
        numbers = {ref.key: ref.number for ref in source_refs(list(sources))}
        for source in citations.sources:
            document.add_paragraph(f"[{numbers[source.key]}] {_xml_safe(format_reference(source))}")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _xml_safe(text: str) -> str:
    """Control characters Word files cannot hold are dropped."""
    return _CONTROL.sub("", text)


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, each on one line (single line breaks become spaces)."""
    text = _xml_safe(text.replace("\r\n", "\n").replace("\r", "\n"))
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


__all__ = ["AUDIO_HEADER", "REFERENCES_HEADING", "VISUAL_HEADER", "clock", "to_docx"]

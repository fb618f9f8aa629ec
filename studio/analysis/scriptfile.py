"""Reading scripts from plain text or Markdown (``#``/``##`` headings start segments)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,2})[ \t]+(?P<name>\S.*?)[ \t]*#*[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class ParsedSegment:
    """A segment read from a file: its name, spoken text and where that text starts in the file."""

    name: str
    text: str
    offset: int


def parse_script(text: str) -> list[ParsedSegment]:
    """Split ``text`` into segments at ``#``/``##`` headings; without headings it is one segment.

    Text before the first heading (if any) becomes a segment named "Intro". ``offset`` lets callers map
    segment offsets back to the file. Line endings are normalised to ``\\n`` first.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    headings = list(_HEADING.finditer(text))
    if not headings:
        return [ParsedSegment(name="Script", text=text, offset=0)]
    segments: list[ParsedSegment] = []
    first = headings[0].start()
    if text[:first].strip():
        segments.append(ParsedSegment(name="Intro", text=text[:first], offset=0))
    for i, m in enumerate(headings):
        body_start = m.end() + 1 if m.end() < len(text) else m.end()
        body_end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
        body_start = min(body_start, body_end)
        segments.append(ParsedSegment(name=m.group("name"), text=text[body_start:body_end], offset=body_start))
    return segments


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def to_markdown(segments: list[tuple[str, str]]) -> str:
    """The inverse of :func:`parse_script` for (name, spoken text) pairs."""
    parts = [f"# {name}\n{text.rstrip()}\n" for name, text in segments]
    return "\n".join(parts)

"""The plain formats: Markdown, teleprompter text, the two-column CSV and JSON."""

from __future__ import annotations

import csv
import io
import json

from studio.exports.spoken import spoken_segments
from studio.exports.timing import Timeline
from studio.store.models import Project, Script


def to_markdown(script: Script, notes: bool = False) -> str:
    """``# Segment`` headings with the text as written (``studio check`` reads it back); ``notes`` adds the
    on-screen text and visual notes as quotes."""
    parts = []
    for seg in script.segments:
        block = f"# {seg.name}\n{seg.spoken.strip()}\n"
        if notes and seg.on_screen.strip():
            block += f"\n> On screen: {seg.on_screen.strip()}\n"
        if notes and seg.visual_notes.strip():
            block += f"\n> Visual: {seg.visual_notes.strip()}\n"
        parts.append(block)
    return "\n".join(parts)


def to_teleprompter(script: Script) -> str:
    """The spoken text only, citation markers removed, a blank line between segments."""
    return "\n\n".join(s.spoken for s in spoken_segments(script) if s.spoken) + "\n"


def to_csv(script: Script, timeline: Timeline) -> str:
    """One row per segment: name, spoken text, on-screen text, visual notes, seconds."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["segment", "spoken", "on_screen", "visual_notes", "seconds"])
    for seg, timed in zip(script.segments, timeline.segments, strict=True):
        writer.writerow([seg.name, seg.spoken, seg.on_screen, seg.visual_notes, f"{timed.seconds:.1f}"])
    return buf.getvalue()


def to_json(script: Script, project: Project, timeline: Timeline) -> str:
    """The script with per-segment seconds, as a JSON document."""
    doc = {"project": project.title, "script": script.title, "words_per_minute": timeline.wpm,
           "speaking_seconds": round(timeline.total, 1),
           "segments": [{"name": s.name, "spoken": s.spoken, "on_screen": s.on_screen,
                         "visual_notes": s.visual_notes, "seconds": round(t.seconds, 1),
                         "start": round(t.start, 2)}
                        for s, t in zip(script.segments, timeline.segments, strict=True)]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


__all__ = ["to_csv", "to_json", "to_markdown", "to_teleprompter"]

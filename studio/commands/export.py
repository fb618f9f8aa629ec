"""``studio export``: a script as Markdown, teleprompter text, a two-column CSV, or JSON."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys

from studio.analysis.citations import find_markers
from studio.analysis.profile import get_profile
from studio.analysis.speaking import seconds, spoken_word_count
from studio.cli import CliError
from studio.config import export_target
from studio.store.library import Library
from studio.store.models import Project, Script

FORMATS = ("md", "txt", "csv", "json")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``export`` subcommand."""
    p = sub.add_parser("export", help="export a script (Markdown, teleprompter text, CSV, JSON)",
                       description="Export a project's script. Markdown keeps # headings per segment "
                                   "(so `studio check` reads it back); txt is teleprompter text with "
                                   "citation markers removed; csv is the two-column audio/visual layout.")
    p.add_argument("--project", required=True, metavar="P", help="project id or title")
    p.add_argument("--script", metavar="S", help="script id or title (default: the project's first script)")
    p.add_argument("--format", choices=FORMATS, default="md", help="output format (default: md)")
    p.add_argument("--notes", action="store_true", help="md: include on-screen text and visual notes")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE instead of standard output (a folder: '<project> - <script>.<format>' "
                        "inside it)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Handler of ``studio export``."""
    from studio.commands._common import open_library

    library = open_library(args)
    try:
        project = library.find_project(args.project)
        script = _pick_script(library, project, args.script)
        text = render(script, project, args.format, notes=args.notes)
    finally:
        library.close()
    if args.output:
        try:
            target = export_target(args.output, f"{project.title} - {script.title}", f".{args.format}",
                                   add_suffix=False)
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CliError(f"{args.output}: cannot be written ({exc.strerror or exc})") from None
    else:
        sys.stdout.write(text)
    return 0


def _pick_script(library: Library, project: Project, wanted: str | None) -> Script:
    scripts = library.list_scripts(project.id)
    if not scripts:
        raise CliError(f"project '{project.title}' has no scripts")
    if wanted is None:
        return scripts[0]
    for s in scripts:
        if str(s.id) == wanted or s.title.casefold() == wanted.casefold():
            return s
    names = ", ".join(f"{s.id}: {s.title}" for s in scripts)
    raise CliError(f"no script '{wanted}' in project '{project.title}' (it has {names})")


def strip_markers(text: str) -> str:
    """Text as spoken: citation markers removed, spaces tidied."""
    out = text
    for marker in sorted(find_markers(text), key=lambda m: m.start, reverse=True):
        out = out[: marker.start] + out[marker.end:]
    out = re.sub(r"[ \t]+([.,;:!?])", r"\1", out)
    return re.sub(r"[ \t]{2,}", " ", out)


def render(script: Script, project: Project, fmt: str, notes: bool = False) -> str:
    """The script in ``fmt`` (one of :data:`FORMATS`)."""
    profile = get_profile(project.language or "en")
    wpm = float(project.words_per_minute or 150)
    if fmt == "md":
        parts = []
        for seg in script.segments:
            block = f"# {seg.name}\n{seg.spoken.strip()}\n"
            if notes and seg.on_screen.strip():
                block += f"\n> On screen: {seg.on_screen.strip()}\n"
            if notes and seg.visual_notes.strip():
                block += f"\n> Visual: {seg.visual_notes.strip()}\n"
            parts.append(block)
        return "\n".join(parts)
    if fmt == "txt":
        return "\n\n".join(strip_markers(s.spoken.strip()) for s in script.segments if s.spoken.strip()) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["segment", "spoken", "on_screen", "visual_notes", "seconds"])
        for seg in script.segments:
            secs = seconds(spoken_word_count(seg.spoken, profile), wpm)
            writer.writerow([seg.name, seg.spoken, seg.on_screen, seg.visual_notes, f"{secs:.1f}"])
        return buf.getvalue()
    doc = {"project": project.title, "script": script.title, "words_per_minute": wpm,
           "segments": [{"name": s.name, "spoken": s.spoken, "on_screen": s.on_screen,
                         "visual_notes": s.visual_notes,
                         "seconds": round(seconds(spoken_word_count(s.spoken, profile), wpm), 1)}
                        for s in script.segments]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"

"""Getting a script out of the app: captions, Word, video description, PDF, Markdown, teleprompter text,
CSV and JSON. Qt-free (the PDF is drawn by the app from :func:`studio.exports.printable.script_html`).

``render(ExportInput, format)`` gives the file's bytes plus notes for the creator; ``target_path`` and
``write_export`` put them on disk without overwriting an existing file unless asked to.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studio.config import export_target, safe_file_name
from studio.exports.captions import build_captions, to_srt, to_vtt
from studio.exports.printable import script_html
from studio.exports.references import description
from studio.exports.text import to_csv, to_json, to_markdown, to_teleprompter
from studio.exports.timing import Timeline, script_timeline
from studio.exports.word import to_docx
from studio.store.models import Project, Script, Source

if TYPE_CHECKING:
    from studio.analysis.model import AnalysisResult
    from studio.store.library import Library


@dataclass(frozen=True)
class ExportFormat:
    """One way out: its command-line name, what the app calls it, the file suffix and a one-line hint."""

    key: str
    label: str
    suffix: str
    hint: str
    name_tail: str = ""          # added to the default file name ("Teen sleep - description.txt")
    binary: bool = False


FORMATS: dict[str, ExportFormat] = {f.key: f for f in (
    ExportFormat("srt", "Captions (SubRip .srt)", ".srt",
                 "Timed captions for TikTok, YouTube and most editors; citation markers removed"),
    ExportFormat("vtt", "Captions (WebVTT .vtt)", ".vtt", "Timed captions for the web and YouTube"),
    ExportFormat("docx", "Word document (.docx)", ".docx",
                 "Two-column audio/visual table and the reference list", binary=True),
    ExportFormat("description", "Video description (.txt)", ".txt",
                 "A short text and the cited sources with DOI links, to paste under the video", " - description"),
    ExportFormat("pdf", "PDF with findings summary (.pdf)", ".pdf",
                 "The script, its numbers and findings, and the references", binary=True),
    ExportFormat("md", "Markdown (.md)", ".md", "Headings per segment; `studio check` reads it back"),
    ExportFormat("txt", "Teleprompter text (.txt)", ".txt", "The spoken text only, citation markers removed",
                 " - teleprompter"),
    ExportFormat("csv", "Audio/visual table (.csv)", ".csv", "One row per segment for a spreadsheet"),
    ExportFormat("json", "JSON (.json)", ".json", "Segments with their timing, for your own tools"),
)}


class ExportError(Exception):
    """An export cannot be done or written; the message says why in plain words."""


@dataclass(frozen=True)
class ExportInput:
    """Everything an export needs: the project, the script, the project's sources, and (for the PDF) the
    latest analysis of the script if there is one."""

    project: Project
    script: Script
    sources: tuple[Source, ...] = ()
    analysis: AnalysisResult | None = None

    def timeline(self) -> Timeline:
        """The script on the time line at the project's speaking rate (the analysis' own segment times when
        it analysed exactly this text)."""
        return script_timeline(self.script, self.project, self.analysis)


@dataclass(frozen=True)
class Rendered:
    """A rendered export: the file's bytes and notes worth telling the creator."""

    data: bytes
    notes: tuple[str, ...] = ()


def load_input(library: Library, script_id: int, analysis: AnalysisResult | None = None) -> ExportInput:
    """The export input of a stored script (raises the store's NotFound for an unknown id)."""
    script = library.get_script(script_id)
    project = library.get_project(script.project_id)
    return ExportInput(project, script, tuple(library.list_sources(project.id)), analysis)


def render(inp: ExportInput, fmt: str, *, notes: bool = False,
           pdf: Callable[[str], bytes] | None = None, label: Callable[[str], str] | None = None) -> Rendered:
    """The export of ``inp`` in format ``fmt`` (a key of :data:`FORMATS`).

    ``notes`` adds on-screen text and visual notes to Markdown. The PDF needs ``pdf`` (HTML → PDF bytes,
    drawn by the app's Qt layer) and uses ``label`` to name finding kinds.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format '{fmt}' (choose from {', '.join(FORMATS)})")
    script, project = inp.script, inp.project
    if fmt == "md":
        return _text(to_markdown(script, notes=notes))
    if fmt == "txt":
        return _text(to_teleprompter(script))
    timeline = inp.timeline()
    if fmt in ("srt", "vtt"):
        captions = build_captions(timeline)
        if not captions.cues:
            raise ExportError("the script has no spoken text to caption")
        return _text(to_srt(captions) if fmt == "srt" else to_vtt(captions), captions.notes)
    if fmt == "csv":
        return _text(to_csv(script, timeline))
    if fmt == "json":
        return _text(to_json(script, project, timeline))
    if fmt == "description":
        text, told = description(script, inp.sources)
        return _text(text, tuple(told))
    if fmt == "docx":
        return Rendered(to_docx(script, project, inp.sources, timeline))
    if pdf is None:
        raise ExportError("PDF export needs the app's PDF writer")
    kwargs = {"label": label} if label is not None else {}
    page = script_html(script, project, inp.sources, timeline, inp.analysis, **kwargs)
    return Rendered(pdf(page), () if inp.analysis is not None else (
        "The analysis had not finished, so the PDF has no findings summary.",))


def _text(text: str, notes: tuple[str, ...] | list[str] = ()) -> Rendered:
    return Rendered(text.encode("utf-8"), tuple(notes))


def default_filename(project: Project, script: Script, fmt: str) -> str:
    """The file name an export gets inside a folder: ``Sleep - Teen sleep.srt`` (safe on every system)."""
    spec = FORMATS[fmt]
    return f"{safe_file_name(f'{project.title} - {script.title}', fallback='script')}{spec.name_tail}{spec.suffix}"


def target_path(path: str | Path, project: Project, script: Script, fmt: str) -> Path:
    """Where to write: ``path`` itself, or the default file name inside it when it is a folder (an existing
    one, or a path ending in a slash, which is then created)."""
    stem = default_filename(project, script, fmt)[: -len(FORMATS[fmt].suffix)]
    return export_target(path, stem, FORMATS[fmt].suffix, add_suffix=False)


def write_export(path: Path, data: bytes, force: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically (a temporary file, then a rename); an existing file is only
    replaced when ``force`` is true. Raises :class:`ExportError` with a plain message."""
    if path.exists() and not force:
        if path.is_dir():
            raise ExportError(f"{path}: is a folder")
        raise ExportError(f"{path}: already exists (use --force to replace it)")
    parent = path.parent
    if not parent.is_dir():
        raise ExportError(f"{parent}: no such folder")
    tmp = parent / f".{path.name}.{secrets.token_hex(4)}.part"   # opened normally: the user's umask applies
    try:
        try:
            with open(tmp, "xb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except IsADirectoryError:
        raise ExportError(f"{path}: is a folder") from None
    except PermissionError:
        raise ExportError(f"{path}: permission denied") from None
    except OSError as exc:
        raise ExportError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    return path


__all__ = ["FORMATS", "ExportError", "ExportFormat", "ExportInput", "Rendered", "default_filename", "load_input",
           "render", "target_path", "write_export"]

"""``studio export``: a script as captions (SRT/WebVTT), Word, video description, PDF, Markdown,
teleprompter text, a two-column CSV or JSON (see :mod:`studio.exports`)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from studio.analysis.model import AnalysisContext, SegmentInput
from studio.cli import CliError
from studio.exports import (
    FORMATS,
    ExportError,
    ExportInput,
    Rendered,
    load_input,
    render,
    target_path,
    write_export,
)
from studio.project_context import context_for
from studio.store.library import Library
from studio.store.models import Project, Script


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``export`` subcommand."""
    choices = "\n".join(f"  {f.key:<12} {f.hint}" for f in FORMATS.values())
    p = sub.add_parser("export", help="export a script (captions, Word, description, PDF, Markdown, text, CSV)",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Export a project's script.\n\nFormats:\n" + choices + "\n\n"
                                   "Captions are timed at the project's words per minute (the dashboard's "
                                   "speaking-time model).\nAn existing file is only replaced with --force.")
    p.add_argument("--project", required=True, metavar="P", help="project id or title")
    p.add_argument("--script", metavar="S", help="script id or title (default: the project's first script)")
    p.add_argument("--format", choices=tuple(FORMATS), default="md", metavar="FORMAT",
                   help=f"one of {', '.join(FORMATS)} (default: md)")
    p.add_argument("--notes", action="store_true", help="md: include on-screen text and visual notes")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="write to this file, or into this folder as '<project> - <script>.<suffix>' "
                        "(default: standard output; docx and pdf need a file)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Handler of ``studio export``."""
    from studio.commands._common import open_library

    fmt = args.format
    if FORMATS[fmt].binary and not args.output:
        raise CliError(f"{fmt} is not text: give a file or folder with -o PATH")
    library = open_library(args)
    try:
        project = library.find_project(args.project)
        script = _pick_script(library, project, args.script)
        inp = load_input(library, script.id)
        ctx = context_for(library, project.id, script.id) if fmt == "pdf" else None
    finally:
        library.close()
    try:
        if ctx is not None:
            rendered = _render_pdf(inp, ctx)
        else:
            rendered = render(inp, fmt, notes=args.notes)
        if args.output:
            path = write_export(target_path(args.output, project, script, fmt), rendered.data, force=args.force)
            print(f"Exported \u201c{script.title}\u201d as {FORMATS[fmt].label} to {path}", file=sys.stderr)
        else:
            sys.stdout.write(rendered.data.decode("utf-8"))
    except ExportError as exc:
        raise CliError(str(exc)) from None
    for note in rendered.notes:
        print(f"studio: note: {note}", file=sys.stderr)
    return 0


def _render_pdf(inp: ExportInput, ctx: AnalysisContext) -> Rendered:
    """The PDF with its findings summary: the analysis runs here (as in ``studio check``), Qt draws offscreen."""
    try:
        from studio.ui.pdf_export import html_to_pdf_headless
        from studio.ui.workspace.colors import style_for
    except ImportError as exc:  # pragma: no cover - PySide6 is a dependency; a broken install says so
        raise CliError(f"PDF export needs Qt (PySide6), which cannot be loaded here ({exc}); "
                       "export the PDF from the app, or choose docx") from None
    analysis = None
    try:
        from studio.analysis.engine import Analyzer

        segments = [SegmentInput(text=s.spoken, name=s.name) for s in inp.script.segments]
        analysis = Analyzer().analyze(segments, ctx)
    except Exception as exc:  # noqa: BLE001 - the PDF still comes out, without findings
        print(f"studio: note: the analysis could not run ({exc}); the PDF has no findings", file=sys.stderr)
    return render(replace(inp, analysis=analysis), "pdf",
                  pdf=lambda page: html_to_pdf_headless(page, inp.script.title),
                  label=lambda kind: style_for(kind).label)


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

"""``studio report``: the before/after report of a script (the app's Script › Before/after report) as a
table on the terminal, or as an HTML or PDF file."""

from __future__ import annotations

import argparse
import sys

from studio.cli import CliError
from studio.reports.compare import Report
from studio.reports.html import checklist_rows, render_html
from studio.reports.sides import choices, report_for


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``report`` subcommand."""
    p = sub.add_parser("report", help="before/after report of a script (first draft vs now, or any two versions)",
                       description="Compare two versions of a script: reading grade, reading ease, jargon share, "
                                   "uncited claims, speaking time, what changed and the short-form checklist. "
                                   "Without -o it prints a summary; with -o FILE.html or FILE.pdf it writes "
                                   "the report (an existing file only with --force).")
    p.add_argument("--project", required=True, metavar="P", help="project id or title")
    p.add_argument("--script", metavar="S", help="script id or title (default: the project's first script)")
    p.add_argument("--before", metavar="V", default="first",
                   help="version id, 'first' (the first draft, default) or 'now'")
    p.add_argument("--after", metavar="V", default="now", help="version id or 'now' (default)")
    p.add_argument("--versions", action="store_true", help="list the script's versions and their ids")
    p.add_argument("-o", "--output", metavar="FILE", help="write FILE.html or FILE.pdf")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=run)


def _version(value: str, available: list[int | None], what: str) -> int | None:
    text = value.strip().lower()
    if text == "now":
        return None
    if text == "first":
        return available[0]
    if text.isdigit() and int(text) in available:
        return int(text)
    raise CliError(f"{what}: no version '{value}' (use 'first', 'now' or an id from --versions)")


def run(args: argparse.Namespace) -> int:
    """Handler of ``studio report``."""
    from studio.commands._common import open_library, print_table
    from studio.commands.export import _pick_script

    suffix = (args.output or "").lower().rsplit(".", 1)[-1] if args.output else ""
    if args.output and suffix not in ("html", "htm", "pdf"):
        raise CliError("the report is written as .html or .pdf: name the file accordingly")
    library = open_library(args)
    try:
        project = library.find_project(args.project)
        script = _pick_script(library, project, args.script)
        listed = choices(library, script.id)
        if args.versions:
            print_table(("Id", "Version"), [("now" if vid is None else vid, name) for vid, name in listed])
            return 0
        ids = [vid for vid, _ in listed]
        before = _version(args.before, ids, "--before")
        after = _version(args.after, ids, "--after")
        from studio.analysis.engine import Analyzer

        report = report_for(library, script.id, Analyzer().analyze, before, after, first_draft=False)
    finally:
        library.close()
    if not args.output:
        _print(report)
        return 0
    from pathlib import Path

    from studio.exports import ExportError, write_export

    if suffix == "pdf":
        try:
            from studio.ui.report_pdf import report_pdf_headless
        except ImportError as exc:  # pragma: no cover - PySide6 is a dependency
            raise CliError(f"PDF needs Qt (PySide6), which cannot be loaded here ({exc}); write .html") from None
        data = report_pdf_headless(report)
    else:
        data = render_html(report).encode("utf-8")
    try:
        path = write_export(Path(args.output).expanduser(), data, force=args.force)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    print(f"Wrote the before/after report of \u201c{script.title}\u201d to {path}", file=sys.stderr)
    return 0


def _print(report: Report) -> None:
    from studio.commands._common import print_table

    print(f"Before and after: {report.script_title}")
    print(f"  before: {report.before.label}\n  after:  {report.after.label}\n")
    from studio.commands.check import NOTHING_TO_CHECK, READING_FIGURES

    empty_before, empty_after = not report.before_metrics.words, not report.after_metrics.words
    if empty_before and empty_after:
        print(f"Note: {NOTHING_TO_CHECK}\n")
    elif empty_before or empty_after:
        print(f"Note: the {'before' if empty_before else 'after'} version has no words: no reading figures "
              "for it\n")
    rows = []
    for m, b, a, v in report.rows():
        reading = m.key in READING_FIGURES      # a grade of 0 and an ease of 100 for no words mean nothing
        rows.append((m.label, "\u2014" if reading and empty_before else m.fmt(b),
                     "\u2014" if reading and empty_after else m.fmt(a),
                     "" if reading and (empty_before or empty_after) else v))
    print_table(("Figure", "Before", "After", "Change"), rows)
    print("\nWhat changed:")
    for line in report.changes:
        print(f"  - {line}")
    print()
    print_table(("Checklist", "Before", "After"), checklist_rows(report.before_checklist, report.after_checklist))

"""``studio sources add|list|search|import``: the research sources of a project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.cli import CliError
from studio.commands._common import add_json_flag, open_library, print_json, print_table, shorten, to_jsonable

MAX_SUMMARY_FILE_BYTES = 5 * 1024 * 1024


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``sources`` command group."""
    group = sub.add_parser("sources", help="add, list, search and import research sources",
                           description="The research sources (papers, reviews, guidelines) of a project.")
    cmds = group.add_subparsers(dest="sources_command", metavar="ACTION")
    group.set_defaults(handler=_missing_action)

    p = cmds.add_parser("add", help="add a source by hand")
    p.add_argument("--project", required=True, metavar="P", help="project id or title")
    p.add_argument("--title", required=True)
    p.add_argument("--key", help="citation key (default: first author + year, e.g. smith2021)")
    p.add_argument("--authors", default="", help='e.g. "Smith J; Lee K"')
    p.add_argument("--year", type=int)
    p.add_argument("--journal", default="")
    p.add_argument("--doi", default="")
    p.add_argument("--url", default="")
    text = p.add_mutually_exclusive_group()
    text.add_argument("--summary", default="", metavar="TEXT", help="the abstract or your summary")
    text.add_argument("--summary-file", metavar="F", help="read the summary from a UTF-8 text file")
    p.add_argument("--notes", default="")
    add_json_flag(p)
    p.set_defaults(handler=run_add)

    p = cmds.add_parser("list", help="list a project's sources in citation order")
    p.add_argument("--project", required=True, metavar="P", help="project id or title")
    add_json_flag(p)
    p.set_defaults(handler=run_list)

    p = cmds.add_parser("search", help="full-text search in sources and scripts")
    p.add_argument("query", metavar="QUERY", help='words to find; "quoted words" match as a phrase')
    p.add_argument("--project", metavar="P", help="only this project (id or title)")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
    add_json_flag(p)
    p.set_defaults(handler=run_search)

    p = cmds.add_parser("import", help="import sources from files (RIS, BibTeX, PDF, text …)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--project", required=True, metavar="P", help="project id or title")
    add_json_flag(p)
    p.set_defaults(handler=run_import)


def _missing_action(args: argparse.Namespace) -> int:
    raise CliError("choose what to do: studio sources {add,list,search,import} (see studio sources --help)")


def _read_summary(name: str) -> str:
    path = Path(name).expanduser()
    try:
        if path.stat().st_size > MAX_SUMMARY_FILE_BYTES:
            raise CliError(f"{name}: too large for a summary (over {MAX_SUMMARY_FILE_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{name}: is a folder, not a text file") from None
    except OSError as exc:
        raise CliError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    if b"\x00" in data[:4096]:
        raise CliError(f"{name}: looks like a binary file; use `studio sources import` for PDFs and "
                       "reference files")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{name}: not valid UTF-8 text (byte {exc.start}); save it as UTF-8 and try "
                       "again") from None


def run_add(args: argparse.Namespace) -> int:
    """``studio sources add --project P --title ...``."""
    summary = _read_summary(args.summary_file) if args.summary_file else args.summary
    with open_library(args) as lib:
        project = lib.find_project(args.project)
        if args.doi:
            same = lib.source_by_doi(project.id, args.doi)
            if same is not None:
                raise CliError(f"this project already has a source with DOI {same.doi}: [{same.position}] "
                               f"{same.key} \"{shorten(same.title, 60)}\"")
        source = lib.add_source(project.id, title=args.title, key=args.key, authors=args.authors,
                                year=args.year, journal=args.journal, doi=args.doi, url=args.url,
                                summary=summary, notes=args.notes)
    if args.json:
        print_json(source)
        return 0
    note = "" if not args.key or args.key.strip().casefold() == source.key.casefold() else (
        f" (the key {args.key.strip()!r} was taken)")
    print(f"Added source [{source.position}] {source.key}{note}: {source.title}")
    print(f"  Cite it in a script as [{source.position}] or [@{source.key}].")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """``studio sources list --project P``."""
    with open_library(args) as lib:
        project = lib.find_project(args.project)
        sources = lib.list_sources(project.id)
    if args.json:
        print_json(sources)
        return 0
    print_table(["#", "KEY", "TITLE", "AUTHORS", "YEAR", "DOI"],
                [(f"[{s.position}]", s.key, shorten(s.title or s.summary, 45), shorten(s.authors, 25),
                  s.year or "", s.doi) for s in sources],
                empty=f"Project {project.title!r} has no sources yet. Add one with `studio sources add`.")
    return 0


def run_search(args: argparse.Namespace) -> int:
    """``studio sources search QUERY [--project P]``."""
    if args.limit <= 0:
        raise CliError("--limit must be a positive number")
    with open_library(args) as lib:
        project = lib.find_project(args.project) if args.project else None
        hits = lib.search(args.query, project_id=project.id if project else None, limit=args.limit)
        titles = {p.id: p.title for p in lib.list_projects()}
    if args.json:
        print_json([{**to_jsonable(h), "project": titles.get(h.project_id, "")} for h in hits])
        return 0
    if not hits:
        print(f"Nothing found for {args.query!r}.")
        return 0
    for h in hits:
        where = "" if project else f"  [{shorten(titles.get(h.project_id, ''), 30)}]"
        print(f"{h.kind} {h.id}: {shorten(h.title, 70)}{where}")
        print(f"    {shorten(h.snippet, 150)}")
    return 0


class _PageProgress:
    """Progress of a slow file on stderr ("page 40 of 120" for a PDF, a percentage for a Word file), at
    most once a second and only after the file has taken a second (a short import prints nothing)."""

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self._since = self._clock()
        self._file = ""

    def __call__(self, name: str, done: int, total: int) -> None:
        now = self._clock()
        if name != self._file:
            self._file, self._since = name, now
            return
        if now - self._since >= 1.0 and total:
            self._since = now
            where = f"page {done} of {total}" if name.lower().endswith(".pdf") else f"{done / total:.0%}"
            print(f"studio: reading {Path(name).name}: {where}", file=sys.stderr, flush=True)


def run_import(args: argparse.Namespace) -> int:
    """``studio sources import FILE... --project P`` (uses :func:`studio.importers.import_files`)."""
    try:
        from studio.importers import import_files
    except ImportError as exc:
        raise CliError(f"importing files is not available in this build ({exc})") from None
    with open_library(args) as lib:
        project = lib.find_project(args.project)
        try:
            result = import_files(lib, project.id, [Path(f) for f in args.files], progress=_PageProgress())
        except KeyboardInterrupt:
            print("studio: interrupted; nothing was imported", file=sys.stderr)
            return 130
    added = list(getattr(result, "added", []))
    duplicates = list(getattr(result, "duplicates", []))
    errors = list(getattr(result, "errors", []))
    skipped = list(getattr(result, "skipped", []))
    notes = list(getattr(result, "notes", []))
    if args.json:
        print_json({"added": to_jsonable(added),
                    "duplicates": [{"file": str(f), "message": m} for f, m in duplicates],
                    "skipped": [{"file": str(f), "message": m} for f, m in skipped],
                    "notes": [{"file": str(f), "message": m} for f, m in notes],
                    "errors": [{"file": str(f), "message": m} for f, m in errors]})
    else:
        for s in added:
            print(f"Added [{s.position}] {s.key}: {shorten(s.title or s.summary, 70)}")
        for f, message in duplicates + skipped:
            # the importers' messages usually name the file already ("refs.ris, record 3: ...")
            print(f"Skipped: {message}" if Path(str(f)).name in message else f"Skipped {f}: {message}")
        for f, message in notes:
            print(f"Note: {message}" if Path(str(f)).name in message else f"Note {f}: {message}")
        print(f"{len(added)} source(s) added, {len(duplicates)} duplicate(s) skipped, "
              f"{len(errors)} file(s) with errors.")
    for f, message in errors:
        print(f"studio: {f}: {message}", file=sys.stderr)
    return 2 if errors else 0

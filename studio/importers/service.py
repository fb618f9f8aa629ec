"""Bringing research into a project: files (and pasted text) → sources in the store.

Every file is parsed completely first; only then are records written (one transaction, a savepoint per
file), so a file is imported whole or not at all, and an interrupted import writes nothing. Duplicate
DOIs (already in the project, or twice in this import) are skipped with a message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from studio.importers.bibtex import read_bibtex
from studio.importers.documents import read_docx, read_markdown, read_pdf, read_plain
from studio.importers.records import (
    ImportCancelled,
    ImportProblem,
    ParsedFile,
    Progress,
    SourceRecord,
    find_doi,
    one_line,
)
from studio.importers.references import read_nbib, read_ris

if TYPE_CHECKING:
    from studio.store.library import Library
    from studio.store.models import Source

#: File suffix → reader. Summary documents give one source; reference files one per record.
READERS: dict[str, Callable[[Path], ParsedFile]] = {
    ".txt": read_plain, ".text": read_plain, ".md": read_markdown, ".markdown": read_markdown,
    ".docx": read_docx, ".pdf": read_pdf,
    ".ris": read_ris, ".bib": read_bibtex, ".bibtex": read_bibtex, ".nbib": read_nbib,
}
#: Readers that report progress (long files: PDF pages, Word unpacked bytes) and can be cancelled through it.
PROGRESS_READERS: frozenset[str] = frozenset({".pdf", ".docx"})
SUPPORTED = ", ".join(sorted({".txt", ".md", ".docx", ".pdf", ".ris", ".bib", ".nbib"}))
#: Pasted text longer than this is refused (a summary, not a book).
MAX_PASTE_CHARS = 200_000


@dataclass
class ImportReport:
    """What an import did. Each message is paired with the file it is about (as the user named it)."""

    added: list[Source] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)   # (file, "DOI … is already … as key")
    errors: list[tuple[str, str]] = field(default_factory=list)       # (file, problem): nothing imported from it
    skipped: list[tuple[str, str]] = field(default_factory=list)      # (file, "record 3 has no title …")
    notes: list[tuple[str, str]] = field(default_factory=list)        # (file, "read as Windows-1252 …")

    @property
    def ok(self) -> bool:
        """True when no file failed."""
        return not self.errors

    def messages(self) -> list[str]:
        """Every message as one line "file: message", errors first."""
        return [f"{f}: {m}" for f, m in self.errors + self.duplicates + self.skipped + self.notes]


def read_file(path: str | Path, progress: Progress | None = None) -> ParsedFile:
    """Parse one file (pure: no store). Raises :class:`ImportProblem` with a plain message.

    ``progress(done, total)`` hears about long files (PDF pages) and may raise :class:`ImportCancelled`,
    which is passed on to the caller.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        kind = f"'{path.suffix}'" if path.suffix else "without an extension"
        raise ImportProblem(f"unsupported file type {kind} (supported: {SUPPORTED})")
    try:
        if progress is not None and suffix in PROGRESS_READERS:
            return reader(path, progress)  # type: ignore[call-arg]
        return reader(path)
    except (ImportProblem, ImportCancelled):
        raise
    except MemoryError:
        raise ImportProblem("the file is too large to read") from None
    except Exception as exc:  # a parser bug must become a message, never a traceback
        raise ImportProblem(f"the file cannot be read ({exc.__class__.__name__}: {exc})") from None


def parse_file(path: str | Path) -> list[SourceRecord]:
    """The source records in one file (pure: no store). Raises :class:`ImportProblem`."""
    return read_file(path).records


def import_files(library: Library, project_id: int, paths: Sequence[Path],
                 progress: Callable[[str, int, int], None] | None = None) -> ImportReport:
    """Import every file into the project; one file's failure never affects the others.

    Every file is read first (the slow part); only then are they stored, all in one transaction with
    one savepoint per file. ``progress(file, done, total)`` hears about long files (PDF pages, Word
    unpacked bytes); raising :class:`ImportCancelled` from it (or Ctrl+C, KeyboardInterrupt) stops the
    import with nothing written.
    """
    report = ImportReport()
    library.get_project(project_id)           # NotFound before anything happens
    parsed_files: list[tuple[str, ParsedFile]] = []
    for path in paths:
        name = str(path)
        hook = None if progress is None else (lambda done, total, n=name: progress(n, done, total))
        try:
            parsed_files.append((name, read_file(path, hook)))
        except ImportProblem as exc:
            report.errors.append((name, str(exc)))
    transaction = getattr(library, "transaction", None)
    with transaction() if callable(transaction) and parsed_files else nullcontext():
        for name, parsed in parsed_files:
            store_parsed(library, project_id, name, parsed, report)
    return report


def store_parsed(library: Library, project_id: int, name: str, parsed: ParsedFile, report: ImportReport) -> None:
    """Write one parsed file's records in one transaction (all or none) and record the outcome in ``report``.

    DOIs already in the project, or added earlier in this ``report``, are skipped as duplicates.
    """
    from studio.store.library import StoreError

    report.skipped.extend((name, m) for m in parsed.skipped)
    report.notes.extend((name, m) for m in parsed.notes)
    if not parsed.records:
        report.errors.append((name, "no source with a title was found in the file"))
        return
    seen_dois = {s.doi.lower(): ("", s.key) for s in report.added if s.doi}
    added: list[Source] = []
    duplicates: list[tuple[str, str]] = []
    savepoint = getattr(library, "savepoint", None)
    try:
        # One savepoint per file (a transaction of its own when none is open): all its records, or none.
        with savepoint() if callable(savepoint) else nullcontext():
            for record in parsed.records:
                duplicate = _duplicate(library, project_id, record, seen_dois)
                if duplicate:
                    duplicates.append((name, duplicate))
                    continue
                source = library.add_source(project_id, **record.store_fields())  # type: ignore[arg-type]
                added.append(source)
                if source.doi:
                    seen_dois[source.doi.lower()] = (name, source.key)
    except (StoreError, ValueError, OSError) as exc:
        if not callable(savepoint):
            _undo(library, added)
        report.errors.append((name, f"nothing was imported from this file: {exc}"))
        return
    report.duplicates.extend(duplicates)
    report.added.extend(added)


def _duplicate(library: Library, project_id: int, record: SourceRecord,
               seen: dict[str, tuple[str, str]]) -> str:
    if not record.doi:
        return ""
    what = f"{record.origin}: " if "," in record.origin else ""
    existing = library.source_by_doi(project_id, record.doi)
    if existing is not None:
        return f"{what}DOI {record.doi} is already in this project as {existing.key}"
    earlier = seen.get(record.doi.lower())
    if earlier is not None:
        return f"{what}DOI {record.doi} appears twice in this import (kept as {earlier[1]})"
    return ""


def _undo(library: Library, added: Sequence[Source]) -> None:
    for source in reversed(added):
        try:
            library.delete_source(source.id)
        except Exception:  # best effort: the store already rolled back the failed write itself
            pass


def import_text(library: Library, project_id: int, title: str, text: str, **meta: object) -> Source:
    """Add a source from pasted text. ``meta``: key, authors, year, journal, doi, url, notes.

    The title may be empty when the text's first line is short (it becomes the title). A DOI in the text
    is picked up when none is given; a DOI already in the project raises ``StoreError``.
    """
    from studio.store.library import StoreError

    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise StoreError("The pasted text is empty.")
    if len(text) > MAX_PASTE_CHARS:
        raise StoreError(f"The pasted text is too long ({len(text):,} characters; at most "
                         f"{MAX_PASTE_CHARS:,}). Paste the abstract or your summary.")
    title = one_line(title)
    if not title:
        first, _, rest = text.partition("\n")
        if rest.strip() and len(first) <= 250 and not first.rstrip().endswith((".", ":", ";", ",")):
            title, text = one_line(first), rest.strip()
        else:
            title = one_line(text)[:80].rsplit(" ", 1)[0] + "…" if len(one_line(text)) > 80 else one_line(text)
    fields = dict(meta)
    doi = str(fields.pop("doi", "") or "") or find_doi(text[:5000])
    if doi:
        existing = library.source_by_doi(project_id, doi)
        if existing is not None:
            raise StoreError(f"DOI {doi} is already in this project as {existing.key}.")
    return library.add_source(project_id, title=title, summary=text, doi=doi, **fields)  # type: ignore[arg-type]


__all__ = ["PROGRESS_READERS", "READERS", "SUPPORTED", "ImportReport", "import_files", "import_text", "parse_file",
           "read_file", "store_parsed"]

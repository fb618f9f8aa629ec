"""Bringing research into a project: summary documents (.txt, .md, .docx, .pdf) and reference files
(.ris, .bib, .nbib) become sources; pasted text too. See :mod:`studio.importers.service`."""

from studio.importers.records import ImportProblem, ParsedFile, SourceRecord, format_reference
from studio.importers.service import (
    SUPPORTED,
    ImportReport,
    import_files,
    import_text,
    parse_file,
    read_file,
)

__all__ = ["SUPPORTED", "ImportProblem", "ImportReport", "ParsedFile", "SourceRecord", "format_reference",
           "import_files", "import_text", "parse_file", "read_file"]

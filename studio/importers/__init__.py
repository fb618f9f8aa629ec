"""Bringing research into a project: summary documents (.txt, .md, .docx, .pdf) and reference files
(.ris, .bib, .nbib) become sources; pasted text too. See :mod:`studio.importers.service`."""

from studio.importers.records import (
    ImportCancelled,
    ImportProblem,
    ParsedFile,
    SourceRecord,
    format_reference,
)
from studio.importers.service import (
    SUPPORTED,
    ImportReport,
    import_files,
    import_text,
    parse_file,
    read_file,
    store_parsed,
)

__all__ = ["SUPPORTED", "ImportCancelled", "ImportProblem", "ImportReport", "ParsedFile", "SourceRecord",
           "format_reference", "import_files", "import_text", "parse_file", "read_file", "store_parsed"]

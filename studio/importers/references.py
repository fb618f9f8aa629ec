"""Reference files exported by Zotero, Mendeley, EndNote or PubMed: RIS (rispy) and PubMed's MEDLINE
``.nbib`` (BibTeX is in :mod:`studio.importers.bibtex`). One source per record; the abstract becomes the
summary and the record's own key (RIS ``ID``) is kept as the citation key.

A file that cannot be parsed is refused whole (nothing is imported from it); a record without a title
is skipped with a message and the others are imported.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from studio.importers.documents import MAX_TEXT_BYTES, decode_text, read_bytes
from studio.importers.records import (
    ImportProblem,
    ParsedFile,
    SourceRecord,
    clean_doi,
    clean_key,
    join_authors,
    one_line,
    parse_year,
)


def _first(record: dict[str, Any], *names: str) -> str:
    for name in names:
        value = record.get(name)
        if isinstance(value, list):
            value = " ".join(str(v) for v in value if v)
        if value and str(value).strip():
            return str(value).strip()
    return ""


# -- RIS ----------------------------------------------------------------------------------------------
_RIS_TAG = re.compile(r"^([A-Z][A-Z0-9])  -(?: |$)", re.MULTILINE)


def read_ris(path: Path) -> ParsedFile:
    """A ``.ris`` file: every ``TY … ER`` record."""
    import rispy

    text, note = decode_text(read_bytes(path, MAX_TEXT_BYTES))
    notes = [note] if note else []
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # Some exporters put spaces before tags or use "TY -" with one space; normalise to "TY  - ".
    text = re.sub(r"^[ \t]*([A-Z][A-Z0-9])[ \t]*-[ \t]?", r"\1  - ", text, flags=re.MULTILINE)
    starts = len(re.findall(r"^TY  -", text, re.MULTILINE))
    if starts == 0:
        if _RIS_TAG.search(text):
            raise ImportProblem("no RIS record starts with a 'TY  - ' line; the file is malformed")
        raise ImportProblem("no RIS records found (is this really a RIS file?)")
    ends = len(re.findall(r"^ER  -", text, re.MULTILINE))
    last_ty = max(m.start() for m in re.finditer(r"^TY  -", text, re.MULTILINE))
    last_er = max((m.start() for m in re.finditer(r"^ER  -", text, re.MULTILINE)), default=-1)
    if ends < starts and last_er < last_ty:
        text = text.rstrip() + "\nER  - \n"
        notes.append("the last record had no end line ('ER  - '); it was read to the end of the file")
    try:
        entries = rispy.loads(text, skip_unknown_tags=True)
    except Exception as exc:  # rispy raises plain Exceptions on some malformed input
        raise ImportProblem(f"the RIS file is malformed ({exc})") from None
    if len(entries) < starts:
        raise ImportProblem(f"the RIS file is malformed: {starts} records start but only {len(entries)} "
                            "could be read (check for a missing 'ER  - ' line)")
    parsed = ParsedFile(notes=notes)
    for n, entry in enumerate(entries, start=1):
        title = one_line(_first(entry, "title", "primary_title", "translated_title", "short_title"))
        origin = f"{path.name}, record {n}"
        if not title:
            parsed.skipped.append(f"record {n} has no title, so it was skipped")
            continue
        authors = entry.get("authors") or entry.get("first_authors") or []
        if isinstance(authors, str):
            authors = [authors]
        urls = entry.get("urls") or []
        if isinstance(urls, str):
            urls = [urls]
        doi = clean_doi(_first(entry, "doi")) or next((clean_doi(u) for u in urls if "doi" in u.lower()), "")
        url = next((u for u in urls if u and "doi.org" not in u.lower()), "")
        notes_field = entry.get("notes") or []
        parsed.records.append(SourceRecord(
            title=title,
            key=clean_key(_first(entry, "id")),
            authors=join_authors([str(a) for a in authors]),
            year=parse_year(_first(entry, "year", "publication_year", "date")),
            journal=one_line(_first(entry, "secondary_title", "journal_name", "alternate_title3",
                                    "alternate_title1", "alternate_title2")),
            doi=doi, url=url,
            summary=_first(entry, "abstract", "notes_abstract"),
            notes="\n".join(str(x) for x in notes_field) if isinstance(notes_field, list) else str(notes_field),
            origin=origin))
    return parsed


# -- MEDLINE / PubMed .nbib --------------------------------------------------------------------------
_NBIB_LINE = re.compile(r"^([A-Z][A-Z0-9 ]{1,3})- (.*)$")


def read_nbib(path: Path) -> ParsedFile:
    """PubMed's MEDLINE format (``PMID- …``, ``TI  - …``, ``AB  - …``, indented continuation lines)."""
    text, note = decode_text(read_bytes(path, MAX_TEXT_BYTES))
    records: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    last = ""
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            continue
        m = _NBIB_LINE.match(raw)
        if m:
            tag, value = m.group(1).strip(), m.group(2).strip()
            if tag == "PMID" or current is None:
                current = {}
                records.append(current)
            current.setdefault(tag, []).append(value)
            last = tag
        elif raw.startswith("      ") and current is not None and last:
            current[last][-1] += " " + raw.strip()
        else:
            raise ImportProblem(f"this is not a PubMed/MEDLINE file (unexpected line: {raw.strip()[:60]!r})")
    if not records:
        raise ImportProblem("no PubMed records found")
    parsed = ParsedFile(notes=[note] if note else [])
    for n, rec in enumerate(records, start=1):
        title = one_line(" ".join(rec.get("TI", [])))
        if not title:
            parsed.skipped.append(f"record {n} has no title, so it was skipped")
            continue
        ids = rec.get("LID", []) + rec.get("AID", [])
        doi = next((clean_doi(i.split(" [")[0]) for i in ids if i.endswith("[doi]")), "")
        pmid = (rec.get("PMID") or [""])[0]
        parsed.records.append(SourceRecord(
            title=title,
            authors="; ".join(rec.get("AU", [])) or join_authors(rec.get("FAU", [])),
            year=parse_year((rec.get("DP") or [""])[0]),
            journal=one_line((rec.get("JT") or rec.get("TA") or [""])[0]),
            doi=doi, url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid.isdigit() else "",
            summary=" ".join(rec.get("AB", [])).strip(),
            origin=f"{path.name}, record {n}"))
    return parsed


__all__ = ["read_nbib", "read_ris"]

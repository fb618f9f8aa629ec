"""What an importer produces before anything is stored, and how a source is cited in a reference list."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from studio.store.keys import normalize_doi

#: A DOI in running text or a URL ("doi:10.1000/xyz", "https://doi.org/10.1000/xyz").
DOI_IN_TEXT = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>{}\[\]]+)", re.IGNORECASE)
_TRAILING_PUNCT = ".,;:)]}'\""
_INITIALS = re.compile(r"^(?:[A-Z]\.?\s?){1,4}$")
_KEY_OK = re.compile(r"^[\w][\w:.#$%&+?<>~/-]*$")


class ImportProblem(Exception):
    """A file cannot be imported; the message says why in plain words (the file name is added by the caller)."""


class ImportCancelled(Exception):
    """Raised by a progress callback to stop reading a file (the user pressed Cancel); nothing is imported."""


#: Progress of reading one long file: called with (done, total) units (PDF pages). It may raise
#: :class:`ImportCancelled` to stop; readers let that through untouched.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SourceRecord:
    """One source as read from a file, ready for :meth:`Library.add_source`."""

    title: str
    key: str = ""                 # the record's own citation key (BibTeX key, RIS ID); "" = let the store make one
    authors: str = ""             # "Smith J; Lee K"
    year: int | None = None
    journal: str = ""
    doi: str = ""
    url: str = ""
    summary: str = ""             # abstract / summary text
    notes: str = ""
    origin: str = ""              # where it came from, for messages: "refs.ris, record 3"

    def store_fields(self) -> dict[str, object]:
        """Keyword arguments for ``Library.add_source``."""
        return {"title": self.title, "key": self.key or None, "authors": self.authors, "year": self.year,
                "journal": self.journal, "doi": self.doi, "url": self.url, "summary": self.summary,
                "notes": self.notes}


@dataclass
class ParsedFile:
    """Everything read from one file: its records plus per-record messages (skipped, notes)."""

    records: list[SourceRecord] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)     # "record 3 has no title, so it was skipped"
    notes: list[str] = field(default_factory=list)       # "read as Windows-1252 (not UTF-8)"


def clean_doi(value: str) -> str:
    """A bare DOI from a DOI field, a doi.org URL or text containing one; "" when there is none."""
    value = (value or "").strip()
    if not value:
        return ""
    m = DOI_IN_TEXT.search(normalize_doi(value))
    if not m:
        return ""
    return m.group(1).rstrip(_TRAILING_PUNCT)


def find_doi(text: str) -> str:
    """The first DOI mentioned in a text (e.g. on a PDF's first page), or ""."""
    m = DOI_IN_TEXT.search(text or "")
    return m.group(1).rstrip(_TRAILING_PUNCT) if m else ""


def parse_year(value: object) -> int | None:
    """The first plausible 4-digit year in a date field ("2021/03/04/", "2021 Mar", "c2019") or None."""
    m = re.search(r"(?<!\d)(1[5-9]\d\d|2[01]\d\d)(?!\d)", str(value or ""))
    return int(m.group(1)) if m else None


def clean_key(value: str) -> str:
    """A record's own citation key (BibTeX key, RIS ``ID``) when usable as a store key, else ""."""
    key = one_line(value)
    return key if key and len(key) <= 80 and _KEY_OK.match(key) else ""


def one_line(text: str) -> str:
    """Whitespace folded to single spaces."""
    return " ".join(str(text or "").split())


def short_author(name: str) -> str:
    """One author as "Surname AB": "Smith, John A." → "Smith JA", "Jane Q. Doe" → "Doe JQ".

    Organisations ("World Health Organization") and already-short forms ("Smith JA") are kept as they are.
    """
    name = one_line(name).strip(" ,;")
    if not name:
        return ""
    if "," in name:
        surname, _, given = name.partition(",")
        given = given.strip()
        if given.lower().rstrip(".") in ("jr", "sr", "ii", "iii"):
            return surname.strip()
        return f"{surname.strip()} {_initials(given)}".strip()
    words = name.split()
    if len(words) == 1:
        return name
    if _INITIALS.match(words[-1].replace(".", "")) and words[-1].isupper() and len(words[-1].replace(".", "")) <= 4:
        return name                                   # already "Smith JA"
    if any(w.lower() in ("organization", "organisation", "group", "collaboration", "committee", "society",
                         "association", "institute", "council", "consortium", "network", "agency")
           for w in words):
        return name
    particles = {"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "du", "dos", "ten", "ter"}
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in particles:
        i -= 1
    return f"{' '.join(words[i:])} {_initials(' '.join(words[:i]))}".strip()


def _initials(given: str) -> str:
    parts = [p for p in re.split(r"[\s.]+", given) if p]
    out = []
    for p in parts:
        for piece in p.split("-"):
            if piece:
                out.append(piece[0].upper())
    return "".join(out)


def join_authors(names: list[str]) -> str:
    """Authors as stored: "Smith J; Lee K"."""
    return "; ".join(a for a in (short_author(n) for n in names) if a)


class Citable(Protocol):
    """Anything with the fields of a source (a stored ``Source`` or a ``SourceRecord``)."""

    title: str
    authors: str
    year: int | None
    journal: str
    doi: str
    url: str


def format_reference(source: Citable, max_authors: int = 6) -> str:
    """An APA-like reference line: "Smith J, Lee K (2021). Title. Journal. https://doi.org/10.1/x".

    More than ``max_authors`` authors are cut to the first ones plus "et al."; a missing year reads "n.d.".
    """
    names = [n.strip() for n in re.split(r";|\n", source.authors or "") if n.strip()]
    if len(names) > max_authors:
        authors = ", ".join(names[:max_authors]) + " et al."
    else:
        authors = ", ".join(names)
    year = f"({source.year})" if source.year else "(n.d.)"
    parts = [f"{authors} {year}." if authors else f"{year}."]
    title = one_line(source.title)
    if title:
        parts.append(title if title[-1] in ".?!" else f"{title}.")
    journal = one_line(source.journal)
    if journal:
        parts.append(journal if journal[-1] in ".?!" else f"{journal}.")
    doi = clean_doi(source.doi)
    if doi:
        parts.append(f"https://doi.org/{doi}")
    elif source.url:
        parts.append(one_line(source.url))
    return unicodedata.normalize("NFC", " ".join(parts))


__all__ = ["DOI_IN_TEXT", "Citable", "ImportCancelled", "ImportProblem", "ParsedFile", "Progress", "SourceRecord",
           "clean_doi", "clean_key", "find_doi", "format_reference", "join_authors", "one_line", "parse_year",
           "short_author"]

"""Small normalisations shared by the store and the importers: DOIs, citation keys, terms, titles."""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Iterable

from studio.analysis.model import normalize_text

_DOI_PREFIX = re.compile(r"^\s*(?:(?:https?://)?(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-Z]\.?){1,3}-?(?:[A-Z]\.?)?$")
_KEY_BAD = re.compile(r"[^a-z0-9]+")
_STOP = {"a", "an", "the", "of", "on", "in", "and", "for", "to", "with", "is", "are", "do", "does"}


def normalize_doi(doi: str) -> str:
    """``https://doi.org/10.1000/XYZ`` → ``10.1000/XYZ`` (case kept; compare with ``.lower()``)."""
    return _DOI_PREFIX.sub("", (doi or "").strip()).strip()


def normalize_term(term: str) -> str:
    """The identity of an allow-list / replacement term (same rule the analysis uses)."""
    return normalize_text(term)


def _ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _KEY_BAD.sub("", folded.lower())


def first_author_surname(authors: str) -> str:
    """The surname of the first author in ``"Smith J; Lee K"``, ``"Smith, John and Lee, K"``, ``"Jane Smith"``."""
    first = re.split(r";|\s+and\s+|\s*&\s*|\n", authors or "", maxsplit=1)[0].strip()
    if not first:
        return ""
    if "," in first:
        return first.split(",", 1)[0].strip()
    words = first.split()
    if len(words) > 1 and _INITIALS.match(words[-1]):
        return " ".join(words[:-1])         # "Smith J", "van der Berg AB"
    return words[-1]                         # "Jane Smith"


def key_base(authors: str, year: int | None, title: str = "") -> str:
    """``smith2021``: first author's surname + year; falls back to a title word, then ``source``."""
    stem = _ascii_slug(first_author_surname(authors))
    if not stem:
        words = [_ascii_slug(w) for w in (title or "").split()]
        words = [w for w in words if w and w not in _STOP]
        stem = words[0][:20] if words else "source"
    return f"{stem}{year if year else ''}"


def unique_key(base: str, taken: Iterable[str] | Callable[[str], bool]) -> str:
    """``base`` if free, else ``base`` + a, b, c … z, then ``base-27``, ``base-28`` … (case-insensitive)."""
    if callable(taken):
        is_taken = taken
    else:
        used = {t.casefold() for t in taken}

        def is_taken(k: str) -> bool:
            return k.casefold() in used

    if not is_taken(base):
        return base
    for letter in string.ascii_lowercase:
        candidate = f"{base}{letter}"
        if not is_taken(candidate):
            return candidate
    n = 27
    while is_taken(f"{base}-{n}"):
        n += 1
    return f"{base}-{n}"


def unique_title(title: str, taken: Iterable[str]) -> str:
    """``title`` if no other project has it (case-insensitive), else ``title (2)``, ``title (3)`` …"""
    used = {t.casefold() for t in taken}
    if title.casefold() not in used:
        return title
    n = 2
    while f"{title} ({n})".casefold() in used:
        n += 1
    return f"{title} ({n})"

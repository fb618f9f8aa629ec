"""BibTeX (``.bib``) files: entries split by bibtexparser 2, field values read the way BibTeX reads them.

BibTeX is not LaTeX: inside a braced or quoted field value a ``%`` is text (not a comment) and a raw
``&`` is text (not an alignment tab). Exports from Google Scholar, PubMed converters and hand-written
files contain both, so values are resolved here (``@string`` macros, ``#`` concatenation, month macros)
and raw ``%``/``&``/``#`` are escaped before the LaTeX markup (accents, ``\\&``, ``\\%``, ``\\_``, ``~``,
``$…$``, ``{}``) is turned into Unicode by pylatexenc.

Every decoded value is compared with the raw field: when decoding lost letters, digits or symbols the
raw value is kept as written and the import gets a note, so no text is ever dropped silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
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

MONTHS = {"jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
          "jun": "June", "jul": "July", "aug": "August", "sep": "September", "oct": "October",
          "nov": "November", "dec": "December"}
#: An unescaped special character (preceded by an even number of backslashes).
_UNESCAPED = r"(?<!\\)((?:\\\\)*)([%&#])"
#: Macros whose argument is taken verbatim (a URL may hold %, _, ~ and #).
_VERBATIM_MACRO = re.compile(r"\\(url|path|doi)\s*\{([^{}]*)\}")
#: Characters that count when checking that decoding lost nothing (besides letters and digits).
_KEPT_SYMBOLS = set("%&<>=+#@/")


class BibValue:
    """Resolve a raw field value: ``{…}``, ``"…"``, numbers, ``@string`` names and ``#`` concatenation."""

    def __init__(self, strings: dict[str, str]) -> None:
        self.strings = strings

    def resolve(self, raw: str) -> str:
        """The value's text with BibTeX's own syntax removed (LaTeX markup inside is kept)."""
        return "".join(self._part(p.strip()) for p in _split_concat(raw))

    def _part(self, part: str) -> str:
        if len(part) >= 2 and ((part[0] == "{" and part[-1] == "}") or (part[0] == '"' and part[-1] == '"')):
            return part[1:-1]
        name = part.lower()
        if name in self.strings:
            return self.strings[name]
        if name in MONTHS:
            return MONTHS[name]
        return part


def _split_concat(raw: str) -> list[str]:
    """Split a value on ``#`` outside braces and quotes."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(raw):
        if ch == "\\":
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif ch == '"' and depth == 0 and (i == 0 or raw[i - 1] != "\\"):
            quoted = not quoted
        elif ch == "#" and depth == 0 and not quoted:
            parts.append(raw[start:i])
            start = i + 1
    parts.append(raw[start:])
    return [p for p in parts if p.strip()] or [""]


@lru_cache(maxsize=1)
def _converter() -> Any:
    from pylatexenc import latex2text, macrospec

    db = latex2text.get_default_latex_context_db()
    db.add_context_category("script-studio-bibtex", prepend=True, macros=[
        latex2text.MacroTextSpec("textless", "<"), latex2text.MacroTextSpec("textgreater", ">"),
        latex2text.MacroTextSpec("mbox", "%s"), latex2text.MacroTextSpec("hbox", "%s"),
        latex2text.MacroTextSpec("cite", "[%(2)s]"), latex2text.MacroTextSpec("citep", "[%(2)s]"),
        latex2text.MacroTextSpec("citet", "%(2)s"), latex2text.MacroTextSpec("href", "%(2)s (%(1)s)"),
        latex2text.MacroTextSpec("textasciitilde", "~"), latex2text.MacroTextSpec("texttildelow", "~"),
    ])
    # ``\href`` needs its two arguments declared for the parser too.
    from pylatexenc import latexwalker

    wdb = latexwalker.get_default_latex_context_db()
    wdb.add_context_category("script-studio-bibtex", prepend=True, macros=[
        macrospec.MacroSpec("href", "{{"), macrospec.MacroSpec("cite", "[{"),
        macrospec.MacroSpec("citep", "[{"), macrospec.MacroSpec("citet", "[{"),
    ])
    return latex2text.LatexNodes2Text(math_mode="text", latex_context=db), wdb


def latex_to_text(value: str) -> str:
    """A BibTeX field value's LaTeX → Unicode; raw ``%``, ``&`` and ``#`` are text, ``\\url{…}`` verbatim."""
    if not value:
        return ""
    from pylatexenc.latexwalker import LatexWalker

    kept: list[str] = []

    def protect(m: re.Match[str]) -> str:
        kept.append(m.group(2))
        return f"\ue000{len(kept) - 1}\ue001"

    text = _VERBATIM_MACRO.sub(protect, value)
    text = re.sub(_UNESCAPED, r"\1\\\2", text)
    converter, walker_db = _converter()
    try:
        nodes = LatexWalker(text, latex_context=walker_db, tolerant_parsing=True).get_latex_nodes()[0]
        out = converter.nodelist_to_text(nodes)
    except Exception:  # pylatexenc can fail on malformed markup: the caller keeps the raw text then
        out = text.replace("{", "").replace("}", "")
    out = out.replace("{", "").replace("}", "").replace("\xa0", " ")
    return re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], out)


def _skeleton(text: str, raw: bool) -> Counter[str]:
    """The letters, digits and a few symbols of a text, accents removed (for the 'nothing lost' check)."""
    if raw:
        text = re.sub(r"\\([%&_#$])", r"\1", text)
        text = _VERBATIM_MACRO.sub(r"\2", text)
        text = re.sub(r"\\[a-zA-Z]+\*?|\\.", " ", text)
    text = unicodedata.normalize("NFKD", text)
    return Counter(ch for ch in text.casefold() if ch.isalnum() or ch in _KEPT_SYMBOLS)


def decode_field(raw: str, keep_lines: bool = False) -> tuple[str, bool]:
    """(text, faithful): the decoded value, or the raw value (``faithful`` False) when decoding lost text."""
    if not raw or not raw.strip():
        return "", True
    text = latex_to_text(raw)
    faithful = not (_skeleton(raw, raw=True) - _skeleton(text, raw=False))
    if not faithful:
        text = raw
    if keep_lines:
        return "\n".join(" ".join(line.split()) for line in text.strip().split("\n")).strip(), faithful
    return one_line(text), faithful


def split_names(value: str) -> list[str]:
    """Split "A and B and {World Health Organization}" on top-level "and" (braces protect a name)."""
    names: list[str] = []
    depth = 0
    current: list[str] = []
    for tok in re.split(r"(\s+and\s+|[{}])", value):
        if tok == "{":
            depth += 1
            current.append(tok)
        elif tok == "}":
            depth = max(0, depth - 1)
            current.append(tok)
        elif depth == 0 and re.fullmatch(r"\s+and\s+", tok or ""):
            names.append("".join(current))
            current = []
        else:
            current.append(tok or "")
    names.append("".join(current))
    return [n.strip() for n in names if n.strip() and n.strip().lower() != "others"]



def read_bibtex(path: Path) -> ParsedFile:
    """A ``.bib`` file: each ``@article{key, …}`` (any entry type); values resolved and decoded as BibTeX does."""
    import bibtexparser
    from bibtexparser import model

    text, note = decode_text(read_bytes(path, MAX_TEXT_BYTES))
    try:
        library = bibtexparser.parse_string(text, parse_stack=[])
    except Exception as exc:  # the splitter can raise on pathological input
        raise ImportProblem(f"the BibTeX file is malformed ({exc})") from None
    parsed = ParsedFile(notes=[note] if note else [])
    failed = [b for b in library.failed_blocks if not isinstance(b, model.DuplicateBlockKeyBlock)]
    if failed:
        block = failed[0]
        line = (block.start_line or 0) + 1
        more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        raise ImportProblem(f"the BibTeX entry starting on line {line} is malformed{more}: {_failure_reason(block)}")
    for block in library.failed_blocks:
        if isinstance(block, model.DuplicateBlockKeyBlock):
            parsed.skipped.append(f"the key '{block.key}' is used twice; the second entry was skipped")
    if not library.entries:
        raise ImportProblem("no BibTeX entries found (is this really a .bib file?)")
    values = BibValue({})
    for string in library.strings:               # in file order: a macro may use an earlier one
        values.strings[string.key.lower()] = values.resolve(str(string.value))
    for n, entry in enumerate(library.entries, start=1):
        record = _record(entry, values, path, n, parsed.notes)
        if record is None:
            parsed.skipped.append(f"entry '{entry.key}' has no title, so it was skipped")
        else:
            parsed.records.append(record)
    return parsed


def _record(entry: Any, values: BibValue, path: Path, n: int, notes: list[str]) -> SourceRecord | None:
    fields = {f.key.lower(): values.resolve(str(f.value)) for f in entry.fields}
    lossy: list[str] = []

    def text(*names: str, keep_lines: bool = False) -> str:
        for name in names:
            if fields.get(name, "").strip():
                value, faithful = decode_field(fields[name], keep_lines)
                if not faithful:
                    lossy.append(name)
                return value
        return ""

    title = text("title")
    if not title:
        return None
    authors = []
    for name in split_names(fields.get("author", "") or fields.get("editor", "")):
        value, faithful = decode_field(name)
        authors.append(value)
        if not faithful and "author" not in lossy:
            lossy.append("author")
    url_raw = one_line(fields.get("url", ""))
    doi = clean_doi(latex_to_text(fields.get("doi", ""))) or clean_doi(url_raw)
    record = SourceRecord(
        title=title,
        key=clean_key(entry.key),
        authors=join_authors(authors),
        year=parse_year(fields.get("year") or fields.get("date", "")),
        journal=text("journal", "journaltitle", "booktitle"),
        doi=doi, url=url_raw if "doi.org" not in url_raw.lower() else "",
        summary=text("abstract", keep_lines=True),
        notes=text("note", "annote", "annotation", keep_lines=True),
        origin=f"{path.name}, entry {entry.key or n}")
    if lossy:
        notes.append(f"entry '{entry.key}': the {', '.join(lossy)} had LaTeX markup that could not be converted "
                     "without losing text, so it was kept exactly as written in the file")
    return record


def _failure_reason(block: Any) -> str:
    error = getattr(block, "error", None)
    text = str(error) if error else ""
    if not text and error is not None:
        text = error.__class__.__name__
    raw = getattr(block, "raw", "") or ""
    reason = one_line(text) or "syntax error"
    if "aborted" in reason.lower() or reason == "BlockAbortedException":
        if raw.count("{") != raw.count("}"):
            reason = "unbalanced braces { }"
        else:
            reason = "syntax error (check commas, braces and quotes)"
    return reason


__all__ = ["MONTHS", "decode_field", "latex_to_text", "read_bibtex", "split_names"]

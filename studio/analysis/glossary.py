"""The plain-language glossary and the acronym lists the jargon detectors read.

Files (UTF-8, in the language's resource folder):

* ``glossary.tsv`` — a header line naming the columns, then one term a line. Columns: ``term``,
  ``alternatives`` (``alt 1|alt 2``, best first), ``kinds`` (optional: what kind of phrase each alternative
  is, ``|``-separated in the same order, see :data:`PHRASE_KINDS`) and ``note`` (optional). Older files
  with the header ``term<TAB>alternatives<TAB>note`` still load (their alternatives' kinds are unknown);
* ``acronyms.tsv`` — a header line, then ``ACRONYM<TAB>expansion<TAB>optional plain alternatives (|)``;
* ``common_acronyms.txt`` / ``common_words.txt`` — one entry a line.

Everywhere, blank lines and lines starting with ``#`` are ignored. A malformed line raises
:class:`GlossaryError` whose message names the file and the line number.

British and American spellings are folded together by :func:`spelling_key`, so one glossary line
("randomised controlled trial") also covers "randomized controlled trials".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

GLOSSARY_FILE = "glossary.tsv"
ACRONYMS_FILE = "acronyms.tsv"
COMMON_ACRONYMS_FILE = "common_acronyms.txt"
COMMON_WORDS_FILE = "common_words.txt"
WORD_PARTS_FILE = "word_parts.tsv"

#: What kind of phrase a glossary alternative is, so a quick fix is offered only where it fits:
#: ``noun`` a noun phrase ("a dummy pill", "blood thinner"); ``clause`` a wh-/-ing clause that stands for a
#: whole noun phrase ("how well it works", "feeling full"); ``adj`` goes before a noun or after "is"
#: ("fake", "lower back"); ``post`` goes after the noun it describes or after "is" ("in a lab dish",
#: "with no symptoms"); ``verb`` a verb phrase in its base form ("break down"); ``adv`` an adverb phrase;
#: ``text`` an explanation to show, never pasted into a sentence.
PHRASE_KINDS: tuple[str, ...] = ("noun", "clause", "adj", "post", "verb", "adv", "text")
_COLUMNS = ("term", "alternatives", "kinds", "note")


class GlossaryError(ValueError):
    """A glossary or word-list file is missing or malformed; the message names the file and line."""


# -- spelling -----------------------------------------------------------------------------------------
# Folding rules, applied to a lower-case word. Both the glossary and the text are folded the same way,
# so an odd fold ("exercise" → "exercize") is harmless: only equality of folded keys matters.
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=[a-z])ae(?=[a-z])|^ae(?=t)"), "e"),         # haemoglobin, anaemia, aetiology
    (re.compile(r"(?<=[a-z])oe(?=[a-z])|^oe(?=[a-z]{3})"), "e"),  # oestrogen, foetus, diarrhoea, coeliac
    (re.compile(r"(?<=[a-z]{3})our(?=(?:al|ally|s|ed|ing|ite|ites)?$)"), "or"),  # behaviour(al), tumour
    (re.compile(r"(?<=[a-z]{3})is(?=(?:e|ed|es|ing|ation|ations|ational|er|ers)$)"), "iz"),  # randomised
    (re.compile(r"(?<=[a-z])ys(?=(?:e|ed|es|ing)$)"), "yz"),        # analyse, paralysed
    (re.compile(r"(?<=[a-z]{3})tre(?=s?$)"), "ter"),                # centre, litre, fibre
    (re.compile(r"(?<=[a-z]{3})ogue(?=s?$)"), "og"),                # catalogue
)


def spelling_key(word: str) -> str:
    """A British/American-neutral key for one lower-cased word ("haemorrhage" → "hemorrhage")."""
    w = word.casefold().replace("’", "'")
    if len(w) < 4:
        return w
    for pattern, repl in _FOLDS:
        w = pattern.sub(repl, w)
    return w


_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_POSSESSIVE = re.compile(r"(?<=\w)('s|’s)$", re.IGNORECASE)


def term_tokens(term: str) -> tuple[str, ...]:
    """Split a glossary term the way spaCy's English tokenizer splits running text, as spelling keys.

    Hyphens between letters become their own token ("p-value" → p, -, value) and a final "'s" is cut off.
    """
    out: list[str] = []
    for word in term.split():
        m = _POSSESSIVE.search(word)
        tail = ""
        if m:
            tail, word = "'s", word[: m.start()]
        parts = _HYPHEN_IN_WORD.split(word)
        for i, part in enumerate(parts):
            if i:
                out.append("-")
            if part:
                out.append(spelling_key(part))
        if tail:
            out.append(tail)
    return tuple(out)


def term_variants(term: str) -> tuple[tuple[str, ...], ...]:
    """Token-key sequences that count as the same term: as written, and hyphens as spaces or closed up."""
    base = term_tokens(term)
    variants = [base]
    if "-" in base:
        spaced = tuple(t for t in base if t != "-")
        variants.append(spaced)
        # "beta-blocker" also written "betablocker": join each hyphenated pair.
        joined = tuple(spelling_key(w) for w in _HYPHEN_IN_WORD.sub("", term).split())
        variants.append(joined)
    return tuple(dict.fromkeys(v for v in variants if v))


def term_key(term: str) -> str:
    """The identity of a term: its spelling-folded tokens joined by single spaces (hyphens dropped)."""
    return " ".join(t for t in term_tokens(term) if t != "-")


# -- data classes -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GlossaryEntry:
    """One glossary term with its plain alternatives."""

    term: str                               # the headword as written in the file
    alternatives: tuple[str, ...]           # plain alternatives, best first
    note: str = ""
    variants: tuple[tuple[str, ...], ...] = ()   # token-key sequences the matcher looks for
    line: int = 0
    kinds: tuple[str, ...] = ()             # PHRASE_KINDS of each alternative ("" = unknown)

    def kind_of(self, alternative: str) -> str:
        """The phrase kind of one of this entry's alternatives ("" when the file does not say)."""
        for alt, kind in zip(self.alternatives, self.kinds, strict=False):
            if alt == alternative:
                return kind
        return ""

    @property
    def key(self) -> str:
        """Spelling-folded identity of the headword."""
        return term_key(self.term)


@dataclass(frozen=True)
class Glossary:
    """Terms a general audience does not know, keyed by :func:`term_key`."""

    entries: dict[str, GlossaryEntry] = field(default_factory=dict)
    source: str = ""

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[GlossaryEntry]:
        return iter(self.entries.values())

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.lookup(term) is not None

    def lookup(self, term: str) -> GlossaryEntry | None:
        """The entry for ``term`` in any spelling ("tumour" / "tumor"), or None."""
        return self.entries.get(term_key(term))


@dataclass(frozen=True)
class Acronym:
    """An acronym with its spelled-out form and, optionally, plainer wording."""

    acronym: str
    expansion: str
    plain: tuple[str, ...] = ()


# -- loading ------------------------------------------------------------------------------------------
def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, line) for every meaningful line; raises GlossaryError if unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GlossaryError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GlossaryError(f"{path}: cannot be read ({exc})") from None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, line


def _split_alts(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in value.split("|") if a.strip())


def _header_columns(line: str, source: str, number: int) -> dict[str, int]:
    names = [c.strip().casefold() for c in line.split("\t")]
    if not names or names[0] != "term":
        raise GlossaryError(f"{source}:{number}: the first line must be the header "
                            "'term<TAB>alternatives<TAB>kinds<TAB>note'")
    unknown = [n for n in names if n not in _COLUMNS]
    if unknown or len(set(names)) != len(names) or "alternatives" not in names:
        raise GlossaryError(f"{source}:{number}: header columns must be term, alternatives and optionally "
                            f"kinds and note (found: {', '.join(names)})")
    return {name: i for i, name in enumerate(names)}


def parse_glossary(lines: Iterable[tuple[int, str]], source: str = "glossary") -> Glossary:
    """Build a :class:`Glossary` from (line number, line) pairs; the first pair is the header, whose
    column names (term, alternatives, kinds, note) say where each field is."""
    entries: dict[str, GlossaryEntry] = {}
    columns: dict[str, int] | None = None
    for number, line in lines:
        if columns is None:
            columns = _header_columns(line, source, number)
            continue
        cols = line.split("\t")
        if len(cols) < 2 or len(cols) > len(columns):
            raise GlossaryError(f"{source}:{number}: expected {len(columns)} tab-separated columns "
                                f"({', '.join(columns)}; the last may be empty), found {len(cols)}")
        values = {name: cols[i].strip() for name, i in columns.items() if i < len(cols)}
        term = " ".join(values.get("term", "").split())
        alts = _split_alts(values.get("alternatives", ""))
        if not term:
            raise GlossaryError(f"{source}:{number}: the term is empty")
        if not alts:
            raise GlossaryError(f"{source}:{number}: '{term}' has no plain alternative")
        kinds = tuple(k.strip().casefold() for k in values["kinds"].split("|")) if values.get("kinds") else ()
        if kinds and len(kinds) != len(alts):
            raise GlossaryError(f"{source}:{number}: '{term}' has {len(alts)} alternative(s) but "
                                f"{len(kinds)} kind(s)")
        bad = [k for k in kinds if k not in PHRASE_KINDS]
        if bad:
            raise GlossaryError(f"{source}:{number}: unknown phrase kind '{bad[0]}' "
                                f"(known: {', '.join(PHRASE_KINDS)})")
        key = term_key(term)
        if key in entries:
            raise GlossaryError(f"{source}:{number}: '{term}' is listed twice "
                                f"(first on line {entries[key].line})")
        entries[key] = GlossaryEntry(term, alts, values.get("note", ""), term_variants(term), number, kinds)
    return Glossary(entries, source)


def load_glossary(path: Path) -> Glossary:
    """Read a glossary TSV file (see the module docstring for the format)."""
    return parse_glossary(_lines(path), str(path))


def load_acronyms(path: Path) -> dict[str, Acronym]:
    """Read ``acronyms.tsv``: upper-case acronym → :class:`Acronym`."""
    out: dict[str, Acronym] = {}
    header_seen = False
    for number, line in _lines(path):
        if not header_seen:
            header_seen = True
            if line.split("\t")[0].strip().casefold() == "acronym":
                continue
            raise GlossaryError(f"{path}:{number}: the first line must be the header "
                                "'acronym<TAB>expansion<TAB>plain'")
        cols = line.split("\t")
        if len(cols) < 2 or len(cols) > 3 or not cols[0].strip() or not cols[1].strip():
            raise GlossaryError(f"{path}:{number}: expected 'ACRONYM<TAB>expansion[<TAB>plain|plain]'")
        acr = cols[0].strip()
        key = acronym_key(acr)
        if key in out:
            raise GlossaryError(f"{path}:{number}: '{acr}' is listed twice")
        plain = _split_alts(cols[2]) if len(cols) == 3 else ()
        out[key] = Acronym(acr, cols[1].strip(), plain)
    return out


def load_lines(path: Path) -> tuple[str, ...]:
    """The meaningful lines of a one-entry-a-line file, stripped (comments and blanks skipped)."""
    return tuple(line.strip() for _, line in _lines(path))


def load_wordlist(path: Path) -> frozenset[str]:
    """Read a one-entry-a-line list, folded with :func:`spelling_key` for words, kept for phrases."""
    return frozenset(" ".join(spelling_key(w) for w in line.split()) for _, line in _lines(path))


def load_word_parts(path: Path) -> tuple[tuple[str, str], ...]:
    """Read ``word_parts.tsv`` ("-itis<TAB>inflammation"): (part, meaning) pairs, longest part first."""
    parts: list[tuple[str, str]] = []
    header_seen = False
    for number, line in _lines(path):
        if not header_seen:
            header_seen = True
            if line.split("\t")[0].strip().casefold() == "part":
                continue
        cols = line.split("\t")
        part = cols[0].strip().casefold()
        if len(cols) != 2 or not cols[1].strip() or not (part.startswith("-") or part.endswith("-")) \
                or len(part.strip("-")) < 2:
            raise GlossaryError(f"{path}:{number}: expected '-ending<TAB>meaning' or 'beginning-<TAB>meaning'")
        parts.append((part, cols[1].strip()))
    return tuple(sorted(parts, key=lambda p: -len(p[0])))


def acronym_key(token: str) -> str:
    """Identity of an acronym: upper case, plural "s" dropped ("SSRIs" → "SSRI")."""
    t = token.strip().replace("’", "'")
    if t.endswith("'s"):
        t = t[:-2]
    if len(t) > 2 and t.endswith("s") and t[:-1].isupper():
        t = t[:-1]
    return t.upper()


__all__ = [
    "ACRONYMS_FILE", "COMMON_ACRONYMS_FILE", "COMMON_WORDS_FILE", "GLOSSARY_FILE", "Acronym", "Glossary",
    "GlossaryEntry", "GlossaryError", "PHRASE_KINDS", "WORD_PARTS_FILE", "acronym_key", "load_acronyms", "load_glossary",
    "load_lines", "load_word_parts", "load_wordlist",
    "parse_glossary", "spelling_key", "term_key", "term_tokens", "term_variants",
]

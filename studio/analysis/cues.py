"""Cue phrase lists (hedges, certainty words, populations, result cues) read from the language resources.

File format (UTF-8 TSV): a header line ``kind<TAB>phrase<TAB>extra``, then one cue a line. Blank lines and
lines starting with ``#`` are ignored. A phrase is matched case-insensitively on word boundaries; spaces
match any run of whitespace or a hyphen, and a word ending in ``*`` matches any ending ("suggest*" →
"suggests", "suggested"). ``extra`` is free text the caller interprets (a suggestion, a weight, a label).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


class CueFileError(ValueError):
    """A cue file is missing or malformed; the message names the file and line."""


@dataclass(frozen=True)
class Cue:
    """One cue phrase of a kind, with its compiled pattern and the file's extra column."""

    kind: str
    phrase: str
    extra: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class CueHit:
    """Where a cue matched."""

    cue: Cue
    start: int
    end: int
    text: str


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Compile a cue phrase (see the module docstring) to a case-insensitive regex."""
    parts: list[str] = []
    for word in phrase.split():
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"[\w'’-]*")
        else:
            parts.append(re.escape(word))
    body = r"(?:\s+|\s*-\s*)".join(parts)
    left = r"(?<![\w])" if re.match(r"\w", phrase) else ""
    right = r"(?![\w])" if re.search(r"[\w*]$", phrase) else ""
    return re.compile(left + body + right, re.IGNORECASE)


class CueSet:
    """The cues of one file, grouped by kind."""

    def __init__(self, cues: list[Cue], source: str = "") -> None:
        self.source = source
        self._by_kind: dict[str, list[Cue]] = {}
        for cue in cues:
            self._by_kind.setdefault(cue.kind, []).append(cue)
        # Longer phrases first so "was not associated with" wins over "associated with".
        for lst in self._by_kind.values():
            lst.sort(key=lambda c: -len(c.phrase))

    def kinds(self) -> list[str]:
        """Kinds present in the file."""
        return list(self._by_kind)

    def cues(self, kind: str) -> list[Cue]:
        """Cues of one kind (longest phrase first)."""
        return list(self._by_kind.get(kind, ()))

    def find(self, kind: str, text: str) -> list[CueHit]:
        """Non-overlapping hits of ``kind`` cues in ``text``, in text order (longest cue wins a tie)."""
        hits: list[CueHit] = []
        taken: list[tuple[int, int]] = []
        for cue in self._by_kind.get(kind, ()):
            for m in cue.pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                hits.append(CueHit(cue, m.start(), m.end(), m.group(0)))
        return sorted(hits, key=lambda h: h.start)

    def first(self, kind: str, text: str) -> CueHit | None:
        """The first hit of ``kind`` in ``text``, or None."""
        hits = self.find(kind, text)
        return hits[0] if hits else None

    def has(self, kind: str, text: str) -> bool:
        """Whether any ``kind`` cue occurs in ``text``."""
        return any(c.pattern.search(text) for c in self._by_kind.get(kind, ()))


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CueFileError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CueFileError(f"{path}: cannot be read ({exc})") from None
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.strip() and not raw.lstrip().startswith("#"):
            yield number, raw.rstrip("\r\n")


@lru_cache(maxsize=16)
def load_cues(path: Path) -> CueSet:
    """Read and compile one cue file (cached per path; the result is never mutated)."""
    cues: list[Cue] = []
    header = True
    for number, line in _lines(path):
        cols = line.split("\t")
        if header:
            header = False
            if cols[0].strip().lower() == "kind":
                continue
            raise CueFileError(f"{path}:{number}: the first line must be the header 'kind<TAB>phrase<TAB>extra'")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            raise CueFileError(f"{path}:{number}: expected 'kind<TAB>phrase[<TAB>extra]'")
        kind, phrase = cols[0].strip(), " ".join(cols[1].split())
        extra = cols[2].strip() if len(cols) > 2 else ""
        cues.append(Cue(kind, phrase, extra, phrase_pattern(phrase)))
    return CueSet(cues, str(path))


__all__ = ["Cue", "CueFileError", "CueHit", "CueSet", "load_cues", "phrase_pattern"]

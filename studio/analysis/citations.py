"""Citation markers in script text: find them, and resolve them against the project's sources.

Two marker styles are understood, both in square brackets:

* numbered: ``[1]``, ``[1, 3]``, ``[1-3]`` (also ``–``/``—`` dashes and mixes such as ``[1, 3-5]``);
  a number is a 1-based position in the project's source list;
* Pandoc: ``[@smith2021]``, ``[@smith2021; @lee2020]``, with Pandoc's optional prefix, locator and
  author-suppression (``[see @smith2021, p. 33; -@lee2020]``).

Anything else in brackets — stage directions such as ``[B-roll]`` or ``[pause]``, a year like ``[2021]`` —
is not a marker. Pure functions, no spaCy: safe to reuse from the UI, the exporters or the CLI.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from studio.analysis.model import SourceRef

#: A number range wider than this is not expanded (``[1-100000]`` is a typo, not 100,000 citations).
MAX_RANGE = 200

# Innermost bracket pair: nested brackets resolve to their inner marker, never to a run-away match.
_BRACKETS = re.compile(r"\[([^\[\]\n]{0,300})\]")
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_NUM = r"\d{1,3}"
_NUM_ITEM = rf"{_NUM}(?:\s*[{_DASH}]\s*{_NUM})?"
_NUMBERED = re.compile(rf"^\s*{_NUM_ITEM}(?:\s*,\s*{_NUM_ITEM})*\s*,?\s*$")
_NUM_RANGE = re.compile(rf"^({_NUM})\s*[{_DASH}]\s*({_NUM})$")
# Pandoc citation key: starts with a letter, digit or _, may contain internal punctuation :.#$%&-+?<>~/
_KEY = re.compile(r"(?:^|(?<=[\s;\[-]))-?@(\{[^{}]*\}|[\w](?:[\w:.#$%&+?<>~/-]*[\w])?)?")


@dataclass(frozen=True)
class Marker:
    """One citation marker found in a text.

    ``start``/``end`` are string offsets of the whole bracket (``text[start:end] == marker.text``).
    ``numbers`` are the cited source positions (ranges expanded), ``keys`` the cited Pandoc keys (without
    ``@``). ``problems`` lists parts that cannot be a valid citation (``"@"`` for an empty key, ``"0"``,
    ``"5-2"`` for a backwards range); they never resolve.
    """

    start: int
    end: int
    text: str
    numbers: tuple[int, ...] = ()
    keys: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def items(self) -> tuple[str, ...]:
        """Every cited item as the creator wrote it: ``"1"``, ``"@smith2021"``, plus the problem parts."""
        return tuple(str(n) for n in self.numbers) + tuple(f"@{k}" for k in self.keys) + self.problems


def find_markers(text: str) -> list[Marker]:
    """Every citation marker in ``text``, in order. Never raises on odd input (emoji, stray brackets)."""
    markers: list[Marker] = []
    for m in _BRACKETS.finditer(text):
        inner = m.group(1)
        marker = _parse_numbered(inner) if _NUMBERED.match(inner) else _parse_pandoc(inner)
        if marker is not None:
            markers.append(Marker(m.start(), m.end(), m.group(0), *marker))
    return markers


def _parse_numbered(inner: str) -> tuple[tuple[int, ...], tuple[str, ...], tuple[str, ...]]:
    numbers: list[int] = []
    problems: list[str] = []
    for raw in inner.split(","):
        item = raw.strip()
        if not item:
            continue
        rng = _NUM_RANGE.match(item)
        if rng:
            lo, hi = int(rng.group(1)), int(rng.group(2))
            if lo < 1 or hi < lo or hi - lo >= MAX_RANGE:
                problems.append(_compact(item))
                continue
            numbers.extend(range(lo, hi + 1))
        elif int(item) < 1:
            problems.append(item)
        else:
            numbers.append(int(item))
    return _unique(numbers), (), tuple(problems)


def _parse_pandoc(inner: str) -> tuple[tuple[int, ...], tuple[str, ...], tuple[str, ...]] | None:
    if "@" not in inner:
        return None
    keys: list[str] = []
    problems: list[str] = []
    for part in inner.split(";"):
        # An @ inside a word ("[mail me@clinic.org]") is not a citation key and is skipped.
        for k in _KEY.finditer(part):
            key = k.group(1)
            if key is None or key == "{}":
                problems.append("@")
            else:
                keys.append(key[1:-1] if key.startswith("{") else key)
    if not keys and not problems:
        return None
    return (), _unique(keys), tuple(problems)


def _compact(item: str) -> str:
    return re.sub(r"\s+", "", item)


def _unique(items: Sequence[object]) -> tuple:  # type: ignore[type-arg]
    return tuple(dict.fromkeys(items))


def resolve(marker: Marker, sources: Sequence[SourceRef]) -> tuple[list[SourceRef], list[str]]:
    """Split a marker's items into the project sources they name and the items that name nothing.

    Numbers match ``SourceRef.number``; keys match ``SourceRef.key`` (exactly, else ignoring case).
    Returns ``(resolved sources in marker order without repeats, unresolved items as written)``.
    """
    by_number = {s.number: s for s in sources}
    by_key = {s.key: s for s in sources if s.key}
    by_folded = {s.key.casefold(): s for s in sources if s.key}
    resolved: list[SourceRef] = []
    unresolved: list[str] = []
    for n in marker.numbers:
        src = by_number.get(n)
        if src is None:
            unresolved.append(str(n))
        elif src not in resolved:
            resolved.append(src)
    for key in marker.keys:
        src = by_key.get(key) or by_folded.get(key.casefold())
        if src is None:
            unresolved.append(f"@{key}")
        elif src not in resolved:
            resolved.append(src)
    unresolved.extend(marker.problems)
    return resolved, unresolved


def describe_unresolved(marker: Marker, unresolved: Sequence[str], sources: Sequence[SourceRef]) -> str:
    """A plain-words message for a marker with items that match no project source."""
    if not sources:
        return (f"{marker.text} points to a source, but this project has no sources yet. "
                "Add the study to the project's sources so the claim can be checked.")
    has = f"it has {len(sources)}"
    empty = [u for u in unresolved if u == "@"]
    named = [u for u in unresolved if u != "@"]
    parts: list[str] = []
    if named:
        if len(named) == len(marker.items) and not empty:
            parts.append(f"{marker.text} doesn't match any source of this project ({has}).")
        else:
            listed = ", ".join(named)
            verb = "doesn't" if len(named) == 1 else "don't"
            parts.append(f"In {marker.text}, {listed} {verb} match any source of this project ({has}).")
    if empty:
        parts.append(f"{marker.text} has an empty citation key: write it as [@key].")
    return " ".join(parts)


__all__ = ["MAX_RANGE", "Marker", "describe_unresolved", "find_markers", "resolve"]

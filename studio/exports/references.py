"""The sources a script cites, in the order it first cites them, and the video description built from them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from studio.analysis.citations import find_markers, resolve
from studio.exports.spoken import one_line, strip_markers
from studio.importers.records import format_reference
from studio.project_context import source_refs
from studio.store.models import Script, Source

#: The description's short text is cut (at a sentence end where possible) near this many characters.
DESCRIPTION_TEXT_CHARS = 300
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


@dataclass(frozen=True)
class Citations:
    """Cited sources in first-citation order, and the marker items that match no source (as written)."""

    sources: tuple[Source, ...]
    unresolved: tuple[str, ...] = ()


def cited_sources(script: Script, sources: Sequence[Source]) -> Citations:
    """Every source cited in ``script`` exactly once, in the order of its first citation.

    Numbers (``[2]``) are positions in the project's source list, keys (``[@smith2021]``) citation keys —
    the same resolution the analysis uses.
    """
    refs = source_refs(list(sources))
    by_key = {s.key: s for s in sources}
    found: dict[str, Source] = {}
    missing: dict[str, None] = {}
    for seg in script.segments:
        for marker in find_markers(seg.spoken):
            resolved, unresolved = resolve(marker, refs)
            for ref in resolved:
                source = by_key.get(ref.key)
                if source is not None:
                    found.setdefault(source.key, source)
            missing.update((f"[{item}]", None) for item in unresolved)
    return Citations(tuple(found.values()), tuple(missing))


def reference_lines(citations: Citations) -> list[str]:
    """One APA-like line per cited source (authors, year, title, journal, DOI link)."""
    return [format_reference(s) for s in citations.sources]


def short_text(script: Script, limit: int = DESCRIPTION_TEXT_CHARS) -> str:
    """The hook of the script (its first spoken segment) as a short description, cut at a sentence end."""
    for seg in script.segments:
        text = one_line(strip_markers(seg.spoken))
        if text:
            break
    else:
        return script.title
    if len(text) <= limit:
        return text
    out = ""
    for sentence in _SENTENCE.split(text):
        if out and len(out) + 1 + len(sentence) > limit:
            break
        out = f"{out} {sentence}".strip()
    if len(out) > limit:
        out = out[: limit - 1].rsplit(" ", 1)[0] + "…"
    return out


def description(script: Script, sources: Sequence[Source]) -> tuple[str, list[str]]:
    """The video description text and notes for the creator (uncited script, markers matching nothing)."""
    citations = cited_sources(script, sources)
    notes: list[str] = []
    lines = [short_text(script), ""]
    refs = reference_lines(citations)
    if refs:
        lines.append("Sources:")
        lines += [f"{n}. {ref}" for n, ref in enumerate(refs, start=1)]
    else:
        notes.append("The script cites no sources, so the description has no reference list.")
    if citations.unresolved:
        notes.append("These citation markers match no source of the project and are not listed: "
                     + ", ".join(citations.unresolved))
    return "\n".join(lines).rstrip() + "\n", notes


__all__ = ["Citations", "cited_sources", "description", "reference_lines", "short_text"]

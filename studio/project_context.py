"""Bridge from the store to the analysis: a project's settings, sources, terms and dismissals as an
:class:`~studio.analysis.model.AnalysisContext`. Qt-free; used by the CLI and the app alike."""

from __future__ import annotations

from studio.analysis.model import AnalysisContext, SourceRef, normalize_text
from studio.store.library import Library
from studio.store.models import Source


def source_refs(sources: list[Source]) -> tuple[SourceRef, ...]:
    """Sources in project order as the analysis sees them (position n ↔ marker ``[n]``)."""
    ordered = sorted(sources, key=lambda s: (s.position, s.id))
    return tuple(SourceRef(key=s.key, number=i, title=s.title, text=s.summary)
                 for i, s in enumerate(ordered, start=1))


def context_for(library: Library, project_id: int, script_id: int | None = None,
                disabled_kinds: frozenset[str] = frozenset()) -> AnalysisContext:
    """Everything the detectors need to know about a project (and a script's dismissals)."""
    project = library.get_project(project_id)
    terms = library.list_terms(project_id)
    dismissed = frozenset(d.fingerprint for d in library.list_dismissals(script_id)) if script_id else frozenset()
    return AnalysisContext(
        language=project.language or "en",
        target_grade=float(project.target_grade),
        words_per_minute=float(project.words_per_minute or 150),
        target_seconds=float(project.target_seconds) if project.target_seconds else None,
        allow_list=frozenset(normalize_text(t.term) for t in terms if t.allowed),
        replacements=tuple(sorted((normalize_text(t.term), t.replacement) for t in terms if t.replacement)),
        sources=source_refs(library.list_sources(project_id)),
        dismissed=dismissed,
        disabled_kinds=disabled_kinds,
    )

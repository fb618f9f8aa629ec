"""Storing a draft as a script of the project, with a citation record per cited claim."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.drafting.model import Draft

if TYPE_CHECKING:
    from studio.store.library import Library
    from studio.store.models import Script


def save_draft(library: Library, project_id: int, draft: Draft, title: str | None = None) -> Script:
    """Create a script from ``draft`` and link each cited claim to its source and passage (one transaction
    when the store offers one, so a failure leaves no half-saved script)."""
    from contextlib import nullcontext

    sources = {s.key.casefold(): s for s in library.list_sources(project_id)}
    transaction = getattr(library, "transaction", None)
    with transaction() if callable(transaction) else nullcontext():
        script = library.create_script(project_id, title or draft.title, draft.segment_drafts())
        for stored, drafted in zip(script.segments, draft.segments, strict=True):
            for citation in drafted.citations:
                source = sources.get(citation.key.casefold())
                if source is not None:
                    library.add_citation(stored.id, source.id, citation.claim, citation.passage)
    return library.get_script(script.id)


__all__ = ["save_draft"]

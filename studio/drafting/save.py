"""Storing a draft as a script of the project, with a citation record per cited claim."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studio.drafting.model import Draft

if TYPE_CHECKING:
    from studio.store.library import Library
    from studio.store.models import Script


def save_draft(library: Library, project_id: int, draft: Draft, title: str | None = None) -> Script:
    """Create a script from ``draft`` and link each cited claim to its source and passage (one transaction
    when the store offers one, so a failure leaves no half-saved script). A blank script nobody wrote in
    (the "Script 1" a new project starts with) is removed, so the draft is not left beside an empty one."""
    from contextlib import nullcontext

    sources = {s.key.casefold(): s for s in library.list_sources(project_id)}
    transaction = getattr(library, "transaction", None)
    with transaction() if callable(transaction) else nullcontext():
        untouched = [s for s in library.list_scripts(project_id) if _untouched(library, s)]
        script = library.create_script(project_id, title or draft.title, draft.segment_drafts())
        for empty in untouched:            # the blank "Script 1" a new project starts with
            library.delete_script(empty.id)
        for stored, drafted in zip(script.segments, draft.segments, strict=True):
            for citation in drafted.citations:
                source = sources.get(citation.key.casefold())
                if source is not None:
                    library.add_citation(stored.id, source.id, citation.claim, citation.passage)
    return library.get_script(script.id)


_DEFAULT_TITLE = re.compile(r"^Script \d+$")


def _untouched(library: Library, script: Script) -> bool:
    """A script nobody wrote in: default title, every segment empty, no saved version."""
    if not _DEFAULT_TITLE.match(script.title.strip()):
        return False
    if any(seg.spoken.strip() or seg.on_screen.strip() or seg.visual_notes.strip() for seg in script.segments):
        return False
    versions = getattr(library, "list_versions", None)
    return not (callable(versions) and versions(script.id))


__all__ = ["save_draft"]

"""Picking the two sides of a before/after report from the store: any saved version, or the script now.
The default compares the first draft (the oldest version) with now. Qt-free."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from studio.analysis.model import AnalysisContext, AnalysisResult, SegmentInput
from studio.project_context import context_for
from studio.reports.compare import NOW, Report, ReportSide, build_report
from studio.store.library import Library
from studio.store.models import SegmentDraft, Version


def when(iso: str) -> str:
    """A stored UTC timestamp as local "YYYY-MM-DD HH:MM" (the text itself if it does not parse)."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def version_name(version: Version, first: bool = False) -> str:
    """How a version is called in the report ("First draft (…)" for the oldest unlabelled one)."""
    what = version.label or ("First draft" if first else
                             "Automatic snapshot" if version.automatic else "Saved version")
    return f"{what} \u2014 {when(version.created)}"


def _inputs(drafts: Sequence[SegmentDraft]) -> tuple[SegmentInput, ...]:
    return tuple(SegmentInput(text=d.spoken, name=d.name) for d in drafts)


def choices(library: Library, script_id: int) -> list[tuple[int | None, str]]:
    """(version id or None for now, name) for every side a report can use: oldest version first, now last."""
    versions = sorted(library.list_versions(script_id), key=lambda v: (v.created, v.id))
    out: list[tuple[int | None, str]] = [(v.id, version_name(v, first=i == 0)) for i, v in enumerate(versions)]
    out.append((None, NOW))
    return out


def default_before(library: Library, script_id: int) -> int | None:
    """The first draft: the oldest version of the script (None if it has none yet)."""
    versions = sorted(library.list_versions(script_id), key=lambda v: (v.created, v.id))
    return versions[0].id if versions else None


def side(library: Library, script_id: int, version_id: int | None) -> ReportSide:
    """One side of the report: a version of ``script_id`` or (None) the script as stored now."""
    if version_id is None:
        script = library.get_script(script_id)
        return ReportSide(NOW, script.title, _inputs([SegmentDraft(s.name, s.spoken) for s in script.segments]))
    version = library.get_version(version_id)
    first = version_id == default_before(library, script_id)
    return ReportSide(version_name(version, first), version.title, _inputs(version.segments), version.id,
                      version.created)


def report_for(library: Library, script_id: int,
               analyze: Callable[[Sequence[SegmentInput], AnalysisContext], AnalysisResult],
               before_id: int | None = None, after_id: int | None = None, *, first_draft: bool = True) -> Report:
    """The report for ``script_id``: ``before_id`` (default: the first draft when ``first_draft``) against
    ``after_id`` (default: now), analysed with the project's context and the script's hand ticks."""
    if before_id is None and first_draft:
        before_id = default_before(library, script_id)
    script = library.get_script(script_id)
    ctx = context_for(library, script.project_id, script_id)
    return build_report(analyze, script.title, side(library, script_id, before_id),
                        side(library, script_id, after_id), ctx, library.checklist_ticks(script_id))

"""Plain dataclasses the store hands out. Callers never see rows or SQL."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_SEGMENTS: tuple[str, ...] = ("Hook", "Context", "Finding", "What it means", "Call to action")

#: Platform presets: name → target duration in seconds.
PLATFORM_PRESETS: dict[str, int] = {
    "TikTok 15 s": 15, "TikTok 30 s": 30, "TikTok 60 s": 60, "TikTok 3 min": 180,
    "Reels 90 s": 90, "Shorts 60 s": 60,
}


@dataclass(frozen=True)
class Project:
    """A video project: settings plus its sources and scripts."""

    id: int
    title: str
    platform: str = "TikTok 60 s"
    target_seconds: int = 60
    language: str = "en"
    target_grade: float = 8.0
    words_per_minute: int = 150
    created: str = ""
    updated: str = ""


@dataclass(frozen=True)
class Source:
    """A research source of a project (a paper, a review, a guideline) and its summary text."""

    id: int
    project_id: int
    key: str                      # citation key, unique within the project, e.g. "smith2021"
    title: str = ""
    authors: str = ""             # "Smith J; Lee K" as entered/imported
    year: int | None = None
    journal: str = ""
    doi: str = ""
    url: str = ""
    summary: str = ""             # abstract / summary text the script draws on
    notes: str = ""
    position: int = 0             # 1-based order in the project → numeric marker [n]
    created: str = ""
    updated: str = ""


@dataclass(frozen=True)
class Segment:
    """One beat of a script: spoken text plus on-screen text and visual notes (audio/visual columns)."""

    id: int
    script_id: int
    position: int
    name: str
    spoken: str = ""
    on_screen: str = ""
    visual_notes: str = ""


@dataclass(frozen=True)
class Script:
    """A script of a project with its ordered segments."""

    id: int
    project_id: int
    title: str
    segments: tuple[Segment, ...] = ()
    created: str = ""
    updated: str = ""


@dataclass(frozen=True)
class SegmentDraft:
    """A segment's content without ids, used to create or replace a script's segments."""

    name: str
    spoken: str = ""
    on_screen: str = ""
    visual_notes: str = ""


@dataclass(frozen=True)
class Version:
    """A full snapshot of a script at a moment, optionally labelled by the creator."""

    id: int
    script_id: int
    created: str
    label: str = ""
    title: str = ""
    segments: tuple[SegmentDraft, ...] = ()
    automatic: bool = True


@dataclass(frozen=True)
class Citation:
    """A claim in a segment linked to the source (and passage) it rests on."""

    id: int
    segment_id: int
    source_id: int
    claim: str
    passage: str = ""
    created: str = ""


@dataclass(frozen=True)
class Dismissal:
    """A finding the creator dismissed in a script, remembered by fingerprint ("kind:normalised text")."""

    id: int
    script_id: int
    fingerprint: str
    kind: str
    text: str
    reason: str = ""
    created: str = ""


@dataclass(frozen=True)
class Term:
    """A project term: kept on purpose (allow-list) and/or with the creator's own plain alternative."""

    project_id: int
    term: str                     # normalised (lower-case, single spaces)
    allowed: bool = False
    replacement: str = ""


@dataclass(frozen=True)
class SearchHit:
    """A full-text search result."""

    kind: str                     # "source" | "script"
    id: int
    project_id: int
    title: str
    snippet: str
    rank: float = 0.0


@dataclass(frozen=True)
class BundleInfo:
    """What a bundle import created."""

    project: Project
    scripts: int = 0
    sources: int = 0
    versions: int = 0
    warnings: tuple[str, ...] = field(default=())

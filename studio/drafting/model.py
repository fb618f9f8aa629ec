"""A drafted script: segments with their citations and timing, as Markdown or JSON."""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.store.models import SegmentDraft


@dataclass(frozen=True)
class DraftCitation:
    """A claim of a segment and the source passage it rests on."""

    key: str          # source citation key (marker [@key])
    claim: str        # the claim sentence as spoken (without the marker)
    passage: str      # the source sentence it was drawn from


@dataclass(frozen=True)
class DraftSegment:
    """One beat of the draft (audio/visual columns) with its citations."""

    name: str
    spoken: str
    on_screen: str = ""
    visual_notes: str = ""
    citations: tuple[DraftCitation, ...] = ()
    role: str = ""                 # hook | context | finding | meaning | cta
    score: float | None = None     # for finding beats: the finding's score (weakest dropped first)
    seconds: float = 0.0           # speaking time of ``spoken``

    def to_json(self) -> dict[str, object]:
        """Plain dict for JSON output."""
        return {"name": self.name, "role": self.role, "spoken": self.spoken, "on_screen": self.on_screen,
                "visual_notes": self.visual_notes, "seconds": round(self.seconds, 1),
                "citations": [{"key": c.key, "claim": c.claim, "passage": c.passage} for c in self.citations]}


@dataclass(frozen=True)
class DraftMetrics:
    """How the draft fits the target."""

    seconds: float
    target_seconds: float
    words_per_minute: float
    spoken_words: int
    findings_used: int
    findings_dropped: int
    cited_sentences: int

    @property
    def fits(self) -> bool:
        """Whether the draft is no longer than the target duration."""
        return self.seconds <= self.target_seconds + 0.5

    def to_json(self) -> dict[str, object]:
        """Plain dict for JSON output."""
        return {"seconds": round(self.seconds, 1), "target_seconds": self.target_seconds,
                "words_per_minute": self.words_per_minute, "spoken_words": self.spoken_words,
                "fits": self.fits, "findings_used": self.findings_used,
                "findings_dropped": self.findings_dropped, "cited_sentences": self.cited_sentences}


@dataclass(frozen=True)
class Draft:
    """A first script drafted from research: a starting point the creator edits."""

    title: str
    segments: tuple[DraftSegment, ...]
    metrics: DraftMetrics
    source_keys: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())   # e.g. "2 weaker findings left out to fit 30 s"

    def to_markdown(self) -> str:
        """``# Segment`` headings and spoken text with ``[@key]`` markers (readable by ``studio check``)."""
        return "\n".join(f"# {s.name}\n{s.spoken.strip()}\n" for s in self.segments)

    def to_json(self) -> dict[str, object]:
        """The ``studio draft --format json`` document."""
        return {"title": self.title, "sources": list(self.source_keys),
                "segments": [s.to_json() for s in self.segments], "metrics": self.metrics.to_json(),
                "notes": list(self.notes)}

    def segment_drafts(self) -> list[SegmentDraft]:
        """The segments as the store saves them."""
        return [SegmentDraft(name=s.name, spoken=s.spoken, on_screen=s.on_screen, visual_notes=s.visual_notes)
                for s in self.segments]


__all__ = ["Draft", "DraftCitation", "DraftMetrics", "DraftSegment"]

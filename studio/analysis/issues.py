"""One inconsistency between a cited claim and its source, as the claim–source checks report it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Issue:
    """One inconsistency between a claim and its source (offsets into the claim text)."""

    kind: str
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    data: tuple[tuple[str, str], ...] = ()


__all__ = ["Issue"]

"""The script as it is said: citation markers removed, whitespace tidied, emoji dropped where asked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio.analysis.citations import find_markers
from studio.store.models import Script

# Pictographs and their joiners/modifiers: shown on screen, never said aloud (not in captions).
_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\uFE0E\uFE0F\u200D\u20E3"
    "\U000E0020-\U000E007F\U0001F3FB-\U0001F3FF]"
)
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+([.,;:!?])")
_SPACES = re.compile(r"[ \t]{2,}")


def strip_markers(text: str) -> str:
    """Text as spoken: citation markers (``[1]``, ``[@smith2021]``) removed, spaces tidied."""
    out = text
    for marker in sorted(find_markers(text), key=lambda m: m.start, reverse=True):
        out = out[: marker.start] + out[marker.end:]
    out = _SPACE_BEFORE_PUNCT.sub(r"\1", out)
    return _SPACES.sub(" ", out)


def strip_emoji(text: str) -> str:
    """``text`` without emoji and other pictographs (their joiners and skin-tone modifiers too)."""
    return _SPACES.sub(" ", _SPACE_BEFORE_PUNCT.sub(r"\1", _EMOJI.sub(" ", text)))


def one_line(text: str) -> str:
    """All whitespace (line breaks too) folded to single spaces."""
    return " ".join(text.split())


@dataclass(frozen=True)
class SpokenSegment:
    """One segment's name, its text as written (markers included) and as spoken (markers removed)."""

    index: int
    name: str
    written: str
    spoken: str


def spoken_segments(script: Script) -> list[SpokenSegment]:
    """Every segment of ``script`` in order (empty ones included, so indices match the script)."""
    return [SpokenSegment(i, seg.name, seg.spoken, strip_markers(seg.spoken).strip())
            for i, seg in enumerate(script.segments)]


__all__ = ["SpokenSegment", "one_line", "spoken_segments", "strip_emoji", "strip_markers"]

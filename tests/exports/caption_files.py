"""Test helpers: scripts built in code, and SRT/WebVTT files parsed back independently of the exporter."""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio.store.models import Project, Script, Segment, Source

SRT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)$")
#: A long script with emoji, numbers in many forms, both marker styles, jargon and an empty segment.
LONG = (
    ("Hook", "Is your phone stealing your sleep? 📱😴 Teens slept 45 minutes less on school nights [1]."),
    ("Context", "Researchers followed 1,250 adolescents aged 13-17 for 2.5 years [@smith2021]. "
                "Those who used screens after 10 pm had a 30% higher risk of insomnia [1, 2], and their "
                "average sleep onset latency increased from 12 to 27 minutes. 👩‍⚕️ Cardiovascular and "
                "neuroendocrine biomarkers, including cortisol, were measured at baseline and follow-up."),
    ("Finding", "The effect was strongest in girls. 💪🏽 It was weaker in boys, but still there. "
                "That's 1 in 4 teens — about 25% — who lose more than an hour of sleep, e.g. on exam weeks."),
    ("Empty", ""),
    ("Call to action", "Put the phone in another room tonight. Follow for part two! 👇"),
)

VTT_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)$")


@dataclass(frozen=True)
class ParsedCue:
    number: int | None
    start: float
    end: float
    lines: list[str]


def _seconds(parts: tuple[str, ...]) -> float:
    h, m, s, ms = (int(p) for p in parts)
    return h * 3600 + m * 60 + s + ms / 1000


def parse_srt(text: str) -> list[ParsedCue]:
    """Strict SubRip: number line, time line with commas, 1+ text lines, blank line."""
    cues = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        assert lines[0].isdigit(), f"cue number expected, got {lines[0]!r}"
        m = SRT_TIME.match(lines[1])
        assert m, f"SRT time line expected, got {lines[1]!r}"
        assert len(lines) >= 3 and all(ln.strip() for ln in lines[2:]), f"empty cue text in {block!r}"
        cues.append(ParsedCue(int(lines[0]), _seconds(m.groups()[:4]), _seconds(m.groups()[4:]), lines[2:]))
    return cues


def parse_vtt(text: str) -> list[ParsedCue]:
    """Strict WebVTT: the WEBVTT header, then blocks of a time line with dots and text lines."""
    header, _, body = text.partition("\n\n")
    assert header == "WEBVTT"
    cues = []
    for block in body.strip("\n").split("\n\n"):
        lines = block.split("\n")
        m = VTT_TIME.match(lines[0])
        assert m, f"WebVTT time line expected, got {lines[0]!r}"
        assert len(lines) >= 2 and all(ln.strip() for ln in lines[1:])
        text_lines = [ln.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") for ln in lines[1:]]
        cues.append(ParsedCue(None, _seconds(m.groups()[:4]), _seconds(m.groups()[4:]), text_lines))
    return cues


def make_script(*segments: tuple[str, str], title: str = "Test script") -> Script:
    """A script (not stored) from (name, spoken text) pairs."""
    return Script(id=1, project_id=1, title=title,
                  segments=tuple(Segment(id=i + 1, script_id=1, position=i + 1, name=name, spoken=text)
                                 for i, (name, text) in enumerate(segments)))


def make_project(wpm: int = 150) -> Project:
    return Project(id=1, title="Sleep", words_per_minute=wpm)


def make_source(n: int, key: str, title: str, authors: str = "Smith J; Lee K", year: int | None = 2021,
                doi: str = "") -> Source:
    return Source(id=n, project_id=1, key=key, title=title, authors=authors, year=year, journal="J Sleep",
                  doi=doi, position=n)

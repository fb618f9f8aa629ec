"""When each segment is said: the dashboard's speaking-time model laid out on a time line.

A segment lasts its spoken units (words; morae in Japanese, syllables in Korean) at the project's pace
(the count ignores citation markers, emoji and URLs, and reads numbers as words; see
:mod:`studio.analysis.speaking` and :mod:`studio.analysis.langspeak`), and spoken segments are separated
by the analysis' pause between segments. The total therefore equals the dashboard's speaking time; the
captions and the teleprompter both run on this time line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from studio.analysis import langspeak
from studio.analysis.model import AnalysisContext, AnalysisResult
from studio.analysis.profile import LanguageProfile, UnsupportedLanguage, get_profile
from studio.analysis.speaking import seconds
from studio.exports.spoken import SpokenSegment, spoken_segments
from studio.store.models import Project, Script

#: The pause between two spoken segments, as the analysis counts it.
SEGMENT_PAUSE = AnalysisContext().segment_pause_seconds


@dataclass(frozen=True)
class TimedSegment:
    """A segment on the time line: ``start``/``end`` in seconds from the first word."""

    index: int
    name: str
    spoken: str
    words: int
    start: float
    end: float

    @property
    def seconds(self) -> float:
        """How long the segment takes to say."""
        return self.end - self.start


@dataclass(frozen=True)
class Timeline:
    """Every segment of a script on one time line, at ``wpm`` speaking units (words, morae …) per minute."""

    segments: tuple[TimedSegment, ...]
    wpm: float
    profile: LanguageProfile
    count: Callable[[str], int] = field(compare=False, repr=False, default=len)

    @property
    def unit(self) -> str:
        """The speaking unit the pace counts: words, morae or syllables."""
        return self.profile.speaking_unit

    @property
    def total(self) -> float:
        """Seconds from the first word to the last: the dashboard's speaking-time estimate."""
        spoken = [s for s in self.segments if s.words]
        return spoken[-1].end if spoken else 0.0

    def words(self, text: str) -> int:
        """Spoken units of a piece of text, with this time line's language."""
        return self.count(text)


def build_timeline(segments: Sequence[SpokenSegment], wpm: float, profile: LanguageProfile,
                   pause: float = SEGMENT_PAUSE, count: Callable[[str], int] | None = None,
                   durations: Sequence[float] | None = None) -> Timeline:
    """Lay ``segments`` out in time. Units are counted on the written text as the analysis does; ``wpm`` is
    the project's pace (a non-English script at the English default gets its language's pace, as on the
    dashboard). ``count`` replaces the counter (Japanese: the analysis counts morae with its tokenizer; without
    it kana count one mora and kanji two). ``durations`` (seconds per segment, e.g. the dashboard's own
    figures from an analysis result) replace the computed lengths."""
    spoken_count = count or (lambda text: langspeak.spoken_count(text, profile))
    pace = langspeak.pace(profile, wpm)
    out: list[TimedSegment] = []
    clock = 0.0
    started = False
    for n, seg in enumerate(segments):
        words = spoken_count(seg.written)
        if words and started:
            clock += pause
        length = seconds(words, pace) if durations is None else max(0.0, float(durations[n])) * bool(words)
        out.append(TimedSegment(seg.index, seg.name, seg.spoken, words, clock, clock + length))
        clock += length
        started = started or bool(words)
    return Timeline(tuple(out), float(pace), profile, spoken_count)


def script_timeline(script: Script, project: Project, analysis: AnalysisResult | None = None) -> Timeline:
    """The time line of a stored script at its project's speaking rate and language. With an ``analysis`` of
    exactly this text (the app's latest), each segment lasts what the dashboard shows for it."""
    try:
        profile = get_profile(project.language or "en")
    except UnsupportedLanguage:
        profile = get_profile("en")
    durations = None
    if analysis is not None and [s.text for s in analysis.segments] == [s.spoken for s in script.segments]:
        durations = [s.metrics.speaking_seconds for s in analysis.segments]
    return build_timeline(spoken_segments(script), float(project.words_per_minute or 150), profile,
                          durations=durations)


__all__ = ["SEGMENT_PAUSE", "TimedSegment", "Timeline", "build_timeline", "script_timeline"]

"""Caption files (SubRip ``.srt`` and WebVTT ``.vtt``) from the spoken text, timed on the script's time line.

A ready draft the creator can re-time after recording:

* cues follow the speaking-time model (:mod:`studio.exports.timing`): each word's share of its segment's time
  is its spoken-word count (numbers read as words, emoji and URLs as nothing);
* cues end at phrase boundaries where they can (sentence ends first, then commas and colons, then before
  "and", "but", "because" …), hold at most 2 lines of at most 42 characters, need at most 17 characters
  per second of reading time and last at least 1 second; a segment never shares a cue with another
  (Japanese: 13 characters a line at 4 a second, no spaces added; Korean: 16 at 12 — see :data:`RULES`);
* citation markers and emoji are not spoken, so they are not in the captions.

When a stretch of text is too dense to read at 17 characters per second in the time it takes to say it
(many long words), its cues get the reading time they need and the captions run a little past the
speaking-time estimate; :attr:`Captions.notes` says so.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from studio.exports.spoken import one_line, strip_emoji
from studio.exports.timing import Timeline

MAX_LINE_CHARS = 42
MAX_LINES = 2
MAX_CHARS_PER_SECOND = 17.0
MIN_CUE_SECONDS = 1.0


@dataclass(frozen=True)
class CaptionRules:
    """Limits of one language's captions; ``joiner`` is "" for scripts written without spaces (Japanese)."""

    line_chars: int = MAX_LINE_CHARS
    lines: int = MAX_LINES
    chars_per_second: float = MAX_CHARS_PER_SECOND
    min_seconds: float = MIN_CUE_SECONDS
    joiner: str = " "


#: Per-language limits (the common subtitle guidelines: Japanese 13 characters a line at 4 a second,
#: Korean 16 at 12); every other language uses 2 lines of 42 characters at 17 a second.
RULES: dict[str, CaptionRules] = {
    "ja": CaptionRules(line_chars=13, chars_per_second=4.0, joiner=""),
    "ko": CaptionRules(line_chars=16, chars_per_second=12.0),
}


def rules_for(language: str) -> CaptionRules:
    """The caption limits for a language code ("en", "ja", "pt-BR" …)."""
    return RULES.get(language.split("-")[0].split("_")[0].lower(), CaptionRules())
#: Added to every minimum so that rounding to milliseconds never breaks a limit.
_EPS = 0.002

_DIGIT = re.compile(r"\d$")
_SENTENCE_END = re.compile(r"[.!?…。！？]['\"”’)\]」』）]*$")
_CLAUSE_END = re.compile(r"(?:[,;:)、，；：]|[—–-]{1,2})['\"”’」』）]*$")
#: Scripts without spaces are cut into runs of Latin letters/digits and single other characters.
_UNSPACED_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%'’\-]*|\S")
#: Words a phrase can start with: a cue may end before them (conjunctions better than prepositions).
_CONJUNCTIONS = frozenset("""and but or so because since although though while when whenever if unless until
which who whose where that than then yet after before instead even especially including plus""".split())
_PREPOSITIONS = frozenset("""to of in on at by for with without from into about over under between during
through like as across among against was were is are has have had will would can could may might""".split())
#: Cost of ending a cue after a break of each strength (0 = in the middle of a phrase, 4 = sentence end).
_END_COST = (14.0, 6.0, 4.0, 2.0, 0.0)
#: Words a line should not end with.
_CLINGY = frozenset("a an the of to in on at by for and or but with my your our their his her its this that".split())


@dataclass(frozen=True)
class Cue:
    """One caption: shown from ``start`` to ``end`` (seconds), one or two lines, from segment ``segment``."""

    start: float
    end: float
    lines: tuple[str, ...]
    segment: int
    joiner: str = " "

    @property
    def text(self) -> str:
        """The cue's lines joined (with a space, or nothing in Japanese): what the reading rate counts."""
        return self.joiner.join(self.lines)


@dataclass(frozen=True)
class Captions:
    """The cues of a script plus notes for the creator (e.g. where reading time stretched the timing)."""

    cues: tuple[Cue, ...]
    notes: tuple[str, ...] = ()


# -- splitting ---------------------------------------------------------------------------------------
def _words(text: str, rules: CaptionRules) -> list[str]:
    text = one_line(strip_emoji(text)).replace("-->", "\u2192")
    pieces = text.split(" ") if rules.joiner else _UNSPACED_TOKEN.findall(text)
    out: list[str] = []
    for word in pieces:
        while len(word) > rules.line_chars:           # a long URL: cut it, it cannot be wrapped otherwise
            out.append(word[:rules.line_chars])
            word = word[rules.line_chars:]
        if word:
            out.append(word)
    return out


def break_strength(words: list[str], i: int) -> int:
    """How good a cue/line end is after ``words[i]``: 4 sentence end, 3 clause end, 2 before a conjunction,
    1 before a preposition, 0 inside a phrase."""
    if i >= len(words) - 1 or _SENTENCE_END.search(words[i]):
        return 4
    if _CLAUSE_END.search(words[i]):
        return 3
    following = words[i + 1].casefold().strip("\"'“‘(")
    if following in _CONJUNCTIONS:
        return 2
    if following in _PREPOSITIONS and words[i].casefold() not in _CLINGY:
        return 1
    return 0


def _lines(words: list[str], rules: CaptionRules) -> tuple[str, ...] | None:
    """The best one- or two-line layout of ``words`` within the limits, or None when they do not fit."""
    join, limit = rules.joiner.join, rules.line_chars
    text = join(words)
    if len(text) <= limit:
        return (text,)
    if rules.lines < 2:
        return None
    best: tuple[float, tuple[str, ...]] | None = None
    for k in range(1, len(words)):
        first, second = join(words[:k]), join(words[k:])
        if len(first) > limit or len(second) > limit:
            continue
        cost = abs(len(first) - len(second)) - 6 * break_strength(words, k - 1)
        if words[k - 1].casefold() in _CLINGY or (_DIGIT.search(words[k - 1]) and words[k][:1].isalpha()):
            cost += 15                               # keep "the study", "150 minutes" on one line
        if best is None or cost < best[0]:
            best = (cost, (first, second))
    return best[1] if best else None


def _split(words: list[str], weights: list[float], seconds_per_weight: float,
           rules: CaptionRules) -> list[tuple[int, int]]:
    """Cue boundaries ``(i, j)`` over ``words`` chosen by dynamic programming (fewest bad breaks)."""
    n = len(words)
    best = [math.inf] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for j in range(1, n + 1):
        end_cost = _END_COST[break_strength(words, j - 1)] + (8.0 if words[j - 1].casefold() in _CLINGY else 0.0)
        chars = -len(rules.joiner)
        for i in range(j - 1, -1, -1):
            chars += len(words[i]) + len(rules.joiner)
            if chars > rules.lines * rules.line_chars + 1:
                break
            if best[i] == math.inf or _lines(words[i:j], rules) is None:
                continue
            said = sum(weights[i:j]) * seconds_per_weight
            need = max(rules.min_seconds, chars / rules.chars_per_second)
            cost = best[i] + end_cost + 1.0 + 4.0 * max(0.0, need - said)
            inner = sum(1 for k in range(i, j - 1) if break_strength(words, k) == 4)
            cost += 1.5 * inner                      # one sentence per cue where that reads well
            if cost < best[j]:
                best[j], back[j] = cost, i
    bounds: list[tuple[int, int]] = []
    j = n
    while j > 0:
        bounds.append((back[j], j))
        j = back[j]
    return bounds[::-1]


# -- timing ------------------------------------------------------------------------------------------
def _durations(natural: list[float], minimum: list[float], total: float) -> list[float]:
    """Durations closest to ``natural`` (scaled) with each at least its ``minimum`` and summing to ``total``
    when the minimums allow it (else the minimums themselves)."""
    if sum(minimum) >= total:
        return list(minimum)
    fixed: set[int] = set()
    while True:
        free = [i for i in range(len(natural)) if i not in fixed]
        left = total - sum(minimum[i] for i in fixed)
        weight = sum(natural[i] for i in free)
        if weight <= 0:
            share = left / len(free)
            return [minimum[i] if i in fixed else share for i in range(len(natural))]
        scale = left / weight
        newly = {i for i in free if natural[i] * scale < minimum[i]}
        if not newly:
            return [minimum[i] if i in fixed else natural[i] * scale for i in range(len(natural))]
        fixed |= newly


def build_captions(timeline: Timeline, rules: CaptionRules | None = None) -> Captions:
    """Cues for every spoken segment of ``timeline`` (see the module docstring), with the limits of the
    time line's language unless ``rules`` are given."""
    rules = rules or rules_for(timeline.profile.code)
    cues: list[Cue] = []
    cursor = 0.0
    stretched = 0.0
    for seg in timeline.segments:
        words = _words(seg.spoken, rules)
        if not words or seg.words == 0:
            continue
        weights = [float(timeline.words(w)) for w in words]
        total_weight = sum(weights) or float(len(words))
        if not any(weights):
            weights = [1.0] * len(words)
        per_weight = seg.seconds / total_weight
        bounds = _split(words, weights, per_weight, rules)
        layouts = [_lines(words[i:j], rules) or (rules.joiner.join(words[i:j]),) for i, j in bounds]
        natural = [sum(weights[i:j]) * per_weight for i, j in bounds]
        minimum = [max(rules.min_seconds, len(rules.joiner.join(lines)) / rules.chars_per_second) + _EPS
                   for lines in layouts]
        start = max(seg.start, cursor)
        durations = _durations(natural, minimum, seg.seconds)
        clock = start
        for lines, length in zip(layouts, durations, strict=True):
            cues.append(Cue(clock, clock + length, lines, seg.index, rules.joiner))
            clock += length
        stretched += max(0.0, (clock - start) - seg.seconds)
        cursor = clock
    notes: list[str] = []
    if cues and cursor - timeline.total > 0.5:
        notes.append(f"The captions end {cursor - timeline.total:.1f} s after the speaking-time estimate: "
                     "some lines are dense (long words, numbers) and need more reading time at "
                     f"{rules.chars_per_second:g} characters per second. Re-time them after recording if you wish.")
    return Captions(tuple(cues), tuple(notes))


# -- files -------------------------------------------------------------------------------------------
def _stamp(seconds: float, sep: str) -> str:
    ms = int(round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def to_srt(captions: Captions) -> str:
    """SubRip: numbered cues, ``HH:MM:SS,mmm`` times, a blank line after each cue."""
    blocks = [f"{n}\n{_stamp(c.start, ',')} --> {_stamp(c.end, ',')}\n" + "\n".join(c.lines) + "\n"
              for n, c in enumerate(captions.cues, start=1)]
    return "\n".join(blocks)


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(captions: Captions) -> str:
    """WebVTT: the ``WEBVTT`` header, ``HH:MM:SS.mmm`` times, cue text escaped (``&``, ``<``, ``>``)."""
    blocks = ["WEBVTT\n"]
    blocks += [f"{_stamp(c.start, '.')} --> {_stamp(c.end, '.')}\n" + "\n".join(map(_vtt_escape, c.lines)) + "\n"
               for c in captions.cues]
    return "\n".join(blocks)


__all__ = ["MAX_CHARS_PER_SECOND", "MAX_LINES", "MAX_LINE_CHARS", "MIN_CUE_SECONDS", "RULES", "CaptionRules",
           "Captions", "Cue", "break_strength", "build_captions", "rules_for", "to_srt", "to_vtt"]

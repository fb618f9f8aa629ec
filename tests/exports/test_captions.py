"""Captions a creator can upload: every SRT/WebVTT limit holds on long, short, emoji- and number-heavy scripts."""

from __future__ import annotations

import re

import pytest
from caption_files import LONG, make_project, make_script, parse_srt, parse_vtt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.exports import ExportInput, render
from studio.exports.captions import build_captions, to_srt
from studio.exports.spoken import strip_emoji, strip_markers
from studio.exports.timing import script_timeline


def _segment_letters(script) -> list[str]:
    """Each said segment's text without emoji and without any whitespace (a segment with nothing to say,
    such as only an emoji or a web address, has no captions)."""
    timeline = script_timeline(script, make_project())
    return ["".join(strip_emoji(strip_markers(s.spoken)).split())
            for s, t in zip(script.segments, timeline.segments, strict=True) if t.words]


def check_limits(cues, script, total: float | None = None) -> None:
    """Every rule of the issue, checked on captions parsed back from the file."""
    previous_end = 0.0
    segments = _segment_letters(script)
    seg, pos = 0, 0
    for cue in cues:
        text = " ".join(cue.lines)
        assert 1 <= len(cue.lines) <= 2, cue
        assert all(len(line) <= 42 for line in cue.lines), cue
        duration = cue.end - cue.start
        assert duration >= 0.999, cue                             # no cue shorter than ~1 s
        assert len(text) / duration <= 17.0 + 1e-9, cue           # reading rate
        assert cue.start >= previous_end - 1e-9, cue              # in order, no overlap
        previous_end = cue.end
        assert not re.search(r"\[\s*(?:@|\d)", text), cue         # citation markers removed
        assert strip_emoji(text) == text, cue                     # emoji are not spoken
        # the cue's text is the next piece of ONE segment (a cue never spans two segments)
        letters = "".join(text.split())
        while seg < len(segments) and pos == len(segments[seg]):
            seg, pos = seg + 1, 0
        assert segments[seg][pos:pos + len(letters)] == letters, (cue, segments[seg][pos:pos + len(letters)])
        pos += len(letters)
    while seg < len(segments) and pos == len(segments[seg]):
        seg, pos = seg + 1, 0
    assert seg == len(segments), "every spoken word is captioned"
    if total is not None:
        assert cues[-1].end == pytest.approx(total, abs=0.002)


@pytest.mark.parametrize("wpm", [130, 150, 180])
def test_long_script_srt_and_vtt_keep_every_limit(wpm):
    script = make_script(*LONG)
    inp = ExportInput(make_project(wpm), script)
    srt = render(inp, "srt").data.decode("utf-8")
    vtt = render(inp, "vtt").data.decode("utf-8")
    srt_cues, vtt_cues = parse_srt(srt), parse_vtt(vtt)
    assert [c.number for c in srt_cues] == list(range(1, len(srt_cues) + 1))
    assert [(c.start, c.end, c.lines) for c in srt_cues] == [(c.start, c.end, c.lines) for c in vtt_cues]
    check_limits(srt_cues, script)
    assert "1,250" in srt and "30%" in srt and "📱" not in srt


def test_cues_follow_the_speaking_time_of_each_segment():
    script = make_script(("Hook", "Could a brisk walk help with depression? Exercise cuts the risk by a third."),
                         ("Finding", "People who walked thirty minutes a day had fewer symptoms after twelve weeks, "
                                     "and they slept better too."))
    timeline = script_timeline(script, make_project())
    captions = build_captions(timeline)
    check_limits(parse_srt(to_srt(captions)), script, total=timeline.total)
    starts = {c.segment: c.start for c in reversed(captions.cues)}
    assert starts == {0: 0.0, 1: pytest.approx(timeline.segments[1].start)}
    assert timeline.segments[1].start == pytest.approx(timeline.segments[0].end + 0.5)
    assert captions.notes == ()


def test_cues_end_at_phrase_boundaries():
    script = make_script(("Finding", "In four trials, the effect of exercise was about the same as therapy, "
                                     "but the trials were small and people knew which group they were in."))
    cues = build_captions(script_timeline(script, make_project())).cues
    assert cues[0].text.endswith("therapy,")
    assert cues[1].text.startswith("but the trials")


def test_short_script_gets_one_cue_of_at_least_a_second():
    script = make_script(("Hook", "Hi! 👋"))
    cues = parse_vtt(render(ExportInput(make_project(), script), "vtt").data.decode("utf-8"))
    assert [c.lines for c in cues] == [["Hi!"]]
    assert cues[0].end - cues[0].start >= 1.0


def test_dense_jargon_gets_reading_time_and_a_note():
    script = make_script(("Finding", "Electroencephalographic polysomnography characterised neurodegenerative "
                                     "comorbidities. Pharmacokinetic heterogeneity complicated interpretation."))
    inp = ExportInput(make_project(180), script)
    rendered = render(inp, "srt")
    cues = parse_srt(rendered.data.decode("utf-8"))
    check_limits(cues, script)
    assert cues[-1].end > inp.timeline().total
    assert any("reading time" in n for n in rendered.notes)


def test_vtt_escapes_angle_brackets_and_srt_keeps_them():
    script = make_script(("Finding", "The difference was significant, p < 0.05, for A&B."))
    inp = ExportInput(make_project(), script)
    vtt = render(inp, "vtt").data.decode("utf-8")
    assert "p &lt; 0.05" in vtt and "A&amp;B" in vtt
    assert "p < 0.05" in render(inp, "srt").data.decode("utf-8")


def test_script_without_spoken_text_is_refused_plainly():
    from studio.exports import ExportError

    with pytest.raises(ExportError, match="no spoken text"):
        render(ExportInput(make_project(), make_script(("Hook", "  "), ("CTA", "👍"))), "srt")


_WORDS = st.sampled_from(["sleep", "the", "and", "cardiovascular", "1,250", "2.5", "30%", "13-17", "HbA1c",
                          "e.g.", "teens.", "study,", "because", "📱", "👩‍⚕️", "[1]", "[@smith2021]",
                          "https://example.org/a/very/long/path/to/a/page/that/keeps/going", "—", "well-known",
                          "Electroencephalographic", "it?", "Yes!"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_WORDS, min_size=0, max_size=40), min_size=1, max_size=4),
       st.integers(min_value=90, max_value=220))
def test_any_text_keeps_every_limit(segments, wpm):
    script = make_script(*((f"S{i}", " ".join(words)) for i, words in enumerate(segments)))
    inp = ExportInput(make_project(wpm), script)
    if not any(inp.timeline().segments[i].words for i in range(len(segments))):
        return
    cues = parse_srt(render(inp, "srt").data.decode("utf-8"))
    check_limits(cues, script)

"""Captions and timing follow the script's language: its speaking unit and pace, and its caption limits."""

from __future__ import annotations

import pytest
from caption_files import make_script, parse_srt

from studio.analysis import langspeak
from studio.analysis.profile import get_profile
from studio.analysis.speaking import seconds
from studio.exports import ExportInput, render
from studio.exports.spoken import strip_emoji, strip_markers
from studio.exports.timing import script_timeline
from studio.store.models import Project

JA = ("睡眠不足は記憶力を下げます[1]。十代の若者は、学校のある日に平均で四十五分短く眠っていました。"
      "スマートフォンを別の部屋に置きましょう！📱 研究では1,250人を2.5年間追跡しました。")


def test_french_uses_the_language_pace_and_unit_like_the_dashboard():
    text = "Les adolescents dormaient 45 minutes de moins [1]. Posez le téléphone dans une autre pièce ce soir."
    project = Project(1, "Sommeil", language="fr", words_per_minute=150)
    timeline = script_timeline(make_script(("Accroche", text)), project)
    profile = get_profile("fr")
    expected = seconds(langspeak.spoken_count(text, profile), langspeak.pace(profile, 150))
    assert timeline.total == pytest.approx(expected)
    assert timeline.wpm == profile.speaking_rate and timeline.unit == "words"
    cues = parse_srt(render(ExportInput(project, make_script(("Accroche", text))), "srt").data.decode("utf-8"))
    assert cues[-1].end == pytest.approx(expected, abs=0.01)
    assert all(len(line) <= 42 for c in cues for line in c.lines)


def test_japanese_captions_keep_japanese_limits_and_add_no_spaces():
    project = Project(1, "睡眠", language="ja", words_per_minute=150)
    script = make_script(("フック", JA))
    cues = parse_srt(render(ExportInput(project, script), "srt").data.decode("utf-8"))
    assert len(cues) > 2
    for cue in cues:
        text = "".join(cue.lines)
        assert len(cue.lines) <= 2 and all(len(line) <= 13 for line in cue.lines)
        assert len(text) / (cue.end - cue.start) <= 4.0 + 1e-9
        assert cue.end - cue.start >= 0.999
        assert " " not in text
    said = "".join("".join(c.lines) for c in cues)
    assert said == "".join(strip_emoji(strip_markers(JA)).split())
    assert "1,250" in said                       # a number is never cut in two
    assert any(c.lines[-1].endswith("。") for c in cues)

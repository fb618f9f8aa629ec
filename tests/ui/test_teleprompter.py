"""Teleprompter: scrolls at the project's pace — the run at speed 1.0 lasts exactly the speaking time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from studio.analysis.model import AnalysisContext, SegmentInput
from studio.exports.timing import script_timeline
from studio.store.models import Project, Script, Segment
from studio.ui.teleprompter import TeleprompterView

SEGMENTS = (("Hook", "Is your phone stealing your sleep? 📱 Teens slept 45 minutes less [1]."),
            ("Context", "Researchers followed 1,250 teens for 2.5 years [@smith2021].\n\nThose who used screens "
                        "after 10 pm had a 30% higher risk of insomnia."),
            ("Empty", ""),
            ("Call to action", "Put the phone in another room tonight."))


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _script() -> Script:
    return Script(1, 1, "Teen sleep", tuple(Segment(i, 1, i, n, t) for i, (n, t) in enumerate(SEGMENTS)))


@pytest.fixture
def view(qtbot, tmp_path):
    timeline = script_timeline(_script(), Project(1, "Sleep", words_per_minute=150))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    widget = TeleprompterView(timeline, "Teen sleep", settings, clock_fn=FakeClock())
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    return widget


def test_run_at_speed_one_lasts_the_dashboard_speaking_time(view, analyzer):
    result = analyzer.analyze([SegmentInput(text=t, name=n) for n, t in SEGMENTS],
                              AnalysisContext(words_per_minute=150))
    assert view.duration == pytest.approx(result.metrics.speaking_seconds, abs=0.02)
    end = view.offset_at(view.duration)
    view.start()
    view.advance(view.duration - 0.05)
    assert view.running and not view.finished and view.offset_at(view.elapsed) < end
    view.advance(0.1)
    assert view.finished and not view.running
    assert view.offset_at(view.elapsed) == end


def test_double_speed_takes_half_the_time(view):
    view.set_speed(2.0)
    view.start()
    view.advance(view.duration / 2 - 0.05)
    assert not view.finished
    view.advance(0.1)
    assert view.finished


def test_scroll_moves_down_steadily_and_each_segment_starts_on_time(view):
    ys = [view.offset_at(t / 10) for t in range(int(view.duration * 10) + 1)]
    assert all(b >= a for a, b in zip(ys, ys[1:], strict=False))
    assert ys[-1] > ys[0] + view.height()             # the whole text passes the reading line
    context = next(s for s in view.timeline.segments if s.name == "Context")
    view.seek(context.start)
    assert view.current_segment() == "Context"


def test_the_real_clock_drives_the_scroll(view):
    clock = view._clock
    view.start()
    clock.now += 3.0
    view._tick()
    assert view.elapsed == pytest.approx(3.0)
    view.pause()
    clock.now += 5.0
    view._tick()
    assert view.elapsed == pytest.approx(3.0)


def test_keys_start_pause_speed_size_mirror_segments_and_escape(view, qtbot, tmp_path):
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.running
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not view.running
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.speed == pytest.approx(1.1)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.speed == pytest.approx(0.9)
    px = view.text_px()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.text_px() > px and view.size_percent == 110
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.mirror
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_segment() == "Context"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.elapsed == 0.0
    view.grab()                                         # paints mirrored without trouble
    with qtbot.waitSignal(view.closed, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    remembered = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert int(remembered.value("teleprompter/size")) == 110 and int(remembered.value("teleprompter/mirror")) == 1


def test_cues_name_the_segments_and_markers_are_gone(view):
    text = view.document.toPlainText()
    assert "\u25b8 Hook" in text and "\u25b8 Call to action" in text and "Empty" not in text
    assert "[1]" not in text and "[@smith2021]" not in text and "45 minutes less." in text

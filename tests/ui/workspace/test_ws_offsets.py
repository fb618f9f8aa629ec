"""Python code-point offsets ↔ Qt UTF-16 positions: highlights must not drift after emoji."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.ui.workspace.offsets import (
    OffsetMap,
    py_span_to_qt,
    py_to_qt,
    qt_span_to_py,
    qt_to_py,
    utf16_length,
)

CASES = [
    "plain ascii text",
    "emoji 😀 then jargon",                       # one astral char
    "👩‍⚕️ doctor ZWJ sequence then word",          # ZWJ sequence: astral + ZWJ + BMP + VS16
    "cafe\u0301 combining acute, naïve",          # combining mark (BMP)
    "中文 健康 心肌梗死 then English",               # CJK (BMP)
    "𠀀 astral CJK ext B 𠀁",                     # astral CJK
    "🇺🇸 flag, 👍🏽 skin tone, 🧬",                 # regional indicators, modifiers
    "",
]


@pytest.mark.parametrize("text", CASES)
def test_roundtrip_every_index(text: str) -> None:
    omap = OffsetMap(text)
    for i in range(len(text) + 1):
        q = py_to_qt(text, i)
        assert q == omap.to_qt(i)
        assert qt_to_py(text, q) == i
        assert omap.to_py(q) == i


def test_emoji_before_word_shifts_qt_position_by_two() -> None:
    text = "I ❤️ 😀 myocardial infarction"
    start = text.index("myocardial")
    qt_start, qt_end = py_span_to_qt(text, start, start + len("myocardial"))
    # 😀 is astral (2 units); ❤ and VS16 are BMP.
    assert qt_start == start + 1
    assert qt_end - qt_start == len("myocardial")
    # A QString-equivalent slice (UTF-16) gives back the same word.
    units = text.encode("utf-16-le")
    assert units[qt_start * 2: qt_end * 2].decode("utf-16-le") == "myocardial"


def test_ascii_is_identity() -> None:
    text = "no surprises here"
    assert [py_to_qt(text, i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert utf16_length(text) == len(text)


def test_bmp_only_text_is_identity() -> None:
    text = "naïve café 中文 e\u0301"
    assert OffsetMap(text).qt_length == len(text)
    assert all(qt_to_py(text, i) == i for i in range(len(text) + 1))


def test_position_inside_surrogate_pair_rounds_down() -> None:
    text = "a😀b"
    # Qt positions: a=0, 😀=1..2, b=3
    assert qt_to_py(text, 2) == 1
    assert OffsetMap(text).to_py(2) == 1
    assert qt_to_py(text, 3) == 2


@pytest.mark.parametrize("text", ["abc", "a😀b", ""])
def test_out_of_range_clamps(text: str) -> None:
    omap = OffsetMap(text)
    assert py_to_qt(text, -5) == 0
    assert py_to_qt(text, 999) == utf16_length(text)
    assert qt_to_py(text, -1) == 0
    assert qt_to_py(text, 999) == len(text)
    assert omap.to_qt(999) == omap.qt_length
    assert omap.to_py(-3) == 0


def test_spans_are_ordered() -> None:
    text = "😀 ab"
    assert py_span_to_qt(text, 3, 2) == (3, 4)
    assert qt_span_to_py(text, 4, 3) == (2, 3)
    assert OffsetMap(text).span_to_qt(3, 2) == (3, 4)
    assert OffsetMap(text).span_to_py(4, 3) == (2, 3)


@given(st.text(), st.data())
def test_hypothesis_roundtrip_and_slices(text: str, data: st.DataObject) -> None:
    omap = OffsetMap(text)
    assert omap.qt_length == utf16_length(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    qs, qe = py_span_to_qt(text, start, end)
    assert (qs, qe) == omap.span_to_qt(start, end)
    # The UTF-16 slice is exactly the Python slice.
    units = text.encode("utf-16-le", errors="surrogatepass")
    assert units[qs * 2: qe * 2].decode("utf-16-le", errors="surrogatepass") == text[start:end]
    assert qt_span_to_py(text, qs, qe) == (start, end)
    assert omap.span_to_py(qs, qe) == (start, end)


@given(st.text(), st.integers(-3, 400))
def test_hypothesis_any_qt_position_maps_to_char_start(text: str, pos: int) -> None:
    i = qt_to_py(text, pos)
    assert 0 <= i <= len(text)
    assert OffsetMap(text).to_py(pos) == i
    # Rounding is down and never by more than one unit.
    q = py_to_qt(text, i)
    clamped = max(0, min(pos, utf16_length(text)))
    assert q <= clamped <= q + 1

"""Speaking time: words as a presenter reads them aloud."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.analysis import speaking
from studio.analysis.profile import get_profile

EN = get_profile("en")


@pytest.mark.parametrize(("text", "expected"), [
    ("1,250", 5),                 # one thousand two hundred fifty
    ("30%", 2),                   # thirty percent
    ("2.5", 3),                   # two point five
    ("1 in 5", 3),
    ("$20", 2),                   # twenty dollars
    ("$1.5m", 5),                 # one point five million dollars
    ("&", 1),                     # and
    ("e.g.", 2),                  # for example
    ("E.g. this", 3),
    ("vs.", 1),                   # versus
    ("in 1990", 3),               # in nineteen ninety
    ("1,000,000", 2),             # one million
    ("3rd", 1),                   # third
    ("10-20 people", 4),          # ten to twenty people
    ("24", 2),                    # twenty-four: two spoken parts
    ("120 mmHg", 6),              # one hundred twenty millimeters of mercury
    ("BMI", 2),                   # bee-em-eye ≈ two words of time
    ("HIV", 2),
    ("NASA", 1),                  # acronym said as a word
    ("This is STRONG", 3),        # capitals for emphasis are not spelled out
    ("COVID-19", 2),
    ("Don't worry—it's fine", 4),
])
def test_spoken_counts(text: str, expected: int) -> None:
    assert speaking.spoken_word_count(text, EN) == expected


@pytest.mark.parametrize("text", [
    "", "   ", "😴🔥👍", "[1]", "[1, 3-5]", "[@smith2021]", "[@smith2021; @lee2020]",
    "https://example.org/study?id=3", "www.nhs.uk", "# Heading only",
])
def test_not_spoken(text: str) -> None:
    assert speaking.spoken_word_count(text, EN) == 0


def test_citations_urls_and_headings_are_skipped_in_a_script() -> None:
    script = "# Hook\nSleep matters [1]. 😴 See nhs.uk for more [@who2020]."
    # "Sleep matters" + "See for more"
    assert speaking.spoken_word_count(script, EN) == 5


def test_markdown_link_text_is_spoken_not_its_target() -> None:
    assert speaking.spoken_word_count("Read [the study](https://x.org/a).", EN) == 3


def test_works_without_profile() -> None:
    assert speaking.spoken_word_count("Walk 30 minutes a day.") == 5


def test_number_reading() -> None:
    assert speaking.number_reading("1,250") == "one thousand two hundred fifty"
    assert speaking.number_reading("2.05") == "two point zero five"
    assert speaking.number_reading("2021") == "twenty twenty-one"
    assert speaking.number_reading("2005") == "two thousand five"
    assert speaking.number_reading("1500") == "fifteen hundred"
    assert speaking.number_reading("abc") == ""


def test_seconds() -> None:
    assert speaking.seconds(150, 150) == pytest.approx(60.0)
    assert speaking.seconds(75, 150) == pytest.approx(30.0)
    assert speaking.seconds(0, 150) == 0.0
    assert speaking.seconds(150, 0) == pytest.approx(60.0)    # bad pace falls back to 150 wpm


def test_huge_paste_is_counted() -> None:
    text = "Drink water every day. " * 5000
    assert speaking.spoken_word_count(text, EN) == 20000


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_sane_count(text: str) -> None:
    n = speaking.spoken_word_count(text, EN)
    assert 0 <= n <= 40 * max(1, len(text))

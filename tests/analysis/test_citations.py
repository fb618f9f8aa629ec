"""Citation markers: parsing every supported style, rejecting non-markers, resolving against sources."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.analysis.citations import MAX_RANGE, describe_unresolved, find_markers, resolve
from studio.analysis.model import SourceRef

SOURCES = (SourceRef("smith2021", 1, "Walking and heart health"), SourceRef("lee2020", 2, "Sleep study"))


def only(text: str):
    markers = find_markers(text)
    assert len(markers) == 1, markers
    return markers[0]


@pytest.mark.parametrize(("text", "numbers"), [
    ("[1]", (1,)),
    ("[1, 3]", (1, 3)),
    ("[1,3]", (1, 3)),
    ("[1-3]", (1, 2, 3)),
    ("[1–3]", (1, 2, 3)),          # en dash, as word processors write it
    ("[1, 3-5]", (1, 3, 4, 5)),
    ("[ 2 ]", (2,)),
    ("[2, 2]", (2,)),
])
def test_numbered_markers(text: str, numbers: tuple[int, ...]) -> None:
    m = only(f"Walking helps {text}.")
    assert m.numbers == numbers
    assert m.keys == () and m.problems == ()
    assert f"Walking helps {text}."[m.start:m.end] == text == m.text


@pytest.mark.parametrize(("text", "keys"), [
    ("[@smith2021]", ("smith2021",)),
    ("[@smith2021; @lee2020]", ("smith2021", "lee2020")),
    ("[see @smith2021, p. 33; also -@lee2020, chap. 1]", ("smith2021", "lee2020")),
    ("[@Smith_2021:a]", ("Smith_2021:a",)),
    ("[@{odd key}]", ("odd key",)),
])
def test_pandoc_markers(text: str, keys: tuple[str, ...]) -> None:
    m = only(f"Sleep matters {text}.")
    assert m.keys == keys
    assert m.numbers == ()


@pytest.mark.parametrize("text", [
    "[B-roll: walking shoes]", "[pause]", "[laughs]", "[2021]", "[email me@clinic.org]", "[]", "[ ]",
    "[1-9999]", "a [1 b", "1] c", "[x1]",
])
def test_things_in_brackets_that_are_not_markers(text: str) -> None:
    assert find_markers(text) == []


def test_malformed_markers_are_found_but_never_resolve() -> None:
    empty = only("Sugar is bad [@].")
    assert empty.problems == ("@",) and empty.keys == ()
    zero = only("Sugar is bad [0].")
    assert zero.problems == ("0",)
    backwards = only("Sugar is bad [5-2].")
    assert backwards.problems == ("5-2",)
    for marker in (empty, zero, backwards):
        resolved, unresolved = resolve(marker, SOURCES)
        assert resolved == [] and unresolved


def test_nested_brackets_give_the_inner_marker() -> None:
    text = "Sugar [[1]] and [see [2]] done"
    markers = find_markers(text)
    assert [m.numbers for m in markers] == [(1,), (2,)]
    assert all(text[m.start:m.end] == m.text for m in markers)


def test_huge_range_is_not_expanded() -> None:
    m = only(f"[1-{MAX_RANGE + 5}]")
    assert m.numbers == () and m.problems


def test_resolve_numbers_and_keys() -> None:
    resolved, unresolved = resolve(only("[1, 3]"), SOURCES)
    assert resolved == [SOURCES[0]] and unresolved == ["3"]
    resolved, unresolved = resolve(only("[@LEE2020; @nobody]"), SOURCES)   # keys match ignoring case
    assert resolved == [SOURCES[1]] and unresolved == ["@nobody"]
    resolved, unresolved = resolve(only("[1-2]"), SOURCES)
    assert resolved == list(SOURCES) and unresolved == []


def test_messages_say_what_is_wrong_in_plain_words() -> None:
    m = only("[3]")
    _, unresolved = resolve(m, SOURCES)
    assert describe_unresolved(m, unresolved, SOURCES) == \
        "[3] doesn't match any source of this project (it has 2)."
    partial = only("[1, 3]")
    assert "3 doesn't match" in describe_unresolved(partial, resolve(partial, SOURCES)[1], SOURCES)
    assert "no sources yet" in describe_unresolved(m, ["3"], ())
    empty = only("[@]")
    assert "empty citation key" in describe_unresolved(empty, ["@"], SOURCES)


def test_offsets_survive_emoji_and_odd_unicode() -> None:
    text = "😱🔥 Zucker\u200b erhöht das Risiko [1] 👩🏽‍⚕️ [@lee2020] ✨"
    markers = find_markers(text)
    assert [m.text for m in markers] == ["[1]", "[@lee2020]"]
    assert all(text[m.start:m.end] == m.text for m in markers)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("[]@;,-–0123 abc\n😱")), max_size=60))
def test_never_crashes_and_spans_are_exact(text: str) -> None:
    for m in find_markers(text):
        assert text[m.start:m.end] == m.text
        resolve(m, SOURCES)

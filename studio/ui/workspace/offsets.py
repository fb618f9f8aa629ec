"""Python code-point offsets ↔ Qt (UTF-16 code unit) positions.

The analysis reports offsets as Python string indices (one per code point). Qt's text classes count UTF-16
code units, so every character outside the Basic Multilingual Plane (most emoji, some CJK, math letters)
takes two Qt positions. Converting through these functions — and only these — keeps a highlight on the
right word even when an emoji comes earlier in the text. The module is pure Python (no Qt import) so it can
be tested without a display.
"""

from __future__ import annotations

from bisect import bisect_left

_ASTRAL = 0xFFFF


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (what Qt calls its length)."""
    return len(text.encode("utf-16-le", errors="surrogatepass")) // 2


def py_to_qt(text: str, index: int) -> int:
    """The Qt position of Python index ``index`` in ``text`` (clamped to ``0..len(text)``)."""
    index = max(0, min(index, len(text)))
    prefix = text[:index]
    if prefix.isascii():
        return index
    return utf16_length(prefix)


def qt_to_py(text: str, pos: int) -> int:
    """The Python index of Qt position ``pos`` in ``text`` (clamped; a position inside a surrogate pair
    rounds down to the start of that character)."""
    if pos <= 0:
        return 0
    if text.isascii():
        return min(pos, len(text))
    data = text.encode("utf-16-le", errors="surrogatepass")
    units = len(data) // 2
    if pos >= units:
        return len(text)
    # A cut inside a surrogate pair leaves a lone high surrogate, which "ignore" drops: rounds down.
    return len(data[: pos * 2].decode("utf-16-le", errors="ignore"))


def py_span_to_qt(text: str, start: int, end: int) -> tuple[int, int]:
    """A Python ``[start, end)`` span as Qt positions (ordered and clamped)."""
    if end < start:
        start, end = end, start
    return py_to_qt(text, start), py_to_qt(text, end)


def qt_span_to_py(text: str, start: int, end: int) -> tuple[int, int]:
    """A Qt ``[start, end)`` span as Python indices (ordered and clamped)."""
    if end < start:
        start, end = end, start
    return qt_to_py(text, start), qt_to_py(text, end)


class OffsetMap:
    """Fast repeated conversions for one text (many findings in one segment).

    Costs one pass over the text; each conversion is then ``O(log n)`` in the number of astral
    characters (and ``O(1)`` for texts without any).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._len = len(text)
        # Python indices of characters that take two UTF-16 units.
        self._astral: list[int] = [] if utf16_length(text) == len(text) else [
            i for i, ch in enumerate(text) if ord(ch) > _ASTRAL]
        # Their Qt positions (start of each pair), for the reverse direction.
        self._astral_qt: list[int] = [i + n for n, i in enumerate(self._astral)]

    @property
    def qt_length(self) -> int:
        """Length of the text in Qt positions."""
        return self._len + len(self._astral)

    def to_qt(self, index: int) -> int:
        """Same as :func:`py_to_qt` for this text."""
        index = max(0, min(index, self._len))
        if not self._astral:
            return index
        return index + bisect_left(self._astral, index)

    def to_py(self, pos: int) -> int:
        """Same as :func:`qt_to_py` for this text."""
        pos = max(0, min(pos, self.qt_length))
        if not self._astral:
            return pos
        before = bisect_left(self._astral_qt, pos)        # pairs starting before pos
        if before and self._astral_qt[before - 1] == pos - 1:
            return self._astral[before - 1]               # pos splits that pair: round down
        return pos - before

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        """A Python span as Qt positions."""
        if end < start:
            start, end = end, start
        return self.to_qt(start), self.to_qt(end)

    def span_to_py(self, start: int, end: int) -> tuple[int, int]:
        """A Qt span as Python indices."""
        if end < start:
            start, end = end, start
        return self.to_py(start), self.to_py(end)

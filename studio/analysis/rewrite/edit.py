"""Turning one planned text edit into a :class:`~studio.analysis.model.Rewrite`: the article before it is
made to agree (a/an), a sentence-initial edit gets its capital, the whole resulting sentence is built,
and an edit that would leave a broken sentence (or repeat a phrase the sentence already has) is refused."""

from __future__ import annotations

from dataclasses import dataclass

from studio.analysis.model import Rewrite
from studio.analysis.rewrite.text import (
    at_sentence_start,
    broken_pairs,
    capitalize_first,
    fix_article_before,
    repeated_phrases,
    sentence_bounds,
)


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


def finish(text: str, edit: Edit, action: str, label: str, suggestion: str = "",
           sentence: tuple[int, int] | None = None, english: bool = True) -> Rewrite | None:
    """The :class:`Rewrite` of ``edit`` on ``text``, or None when the result would read broken.

    ``sentence`` is the (start, end) of the edited sentence when the caller knows it (from the parse);
    otherwise it is found from punctuation. ``english=False`` leaves articles alone (other languages).
    """
    start, end, new = edit.start, edit.end, edit.replacement
    if not (0 <= start <= end <= len(text)):
        return None
    s_start, s_end = sentence if sentence is not None else sentence_bounds(text, start, end)
    s_start, s_end = min(s_start, start), max(s_end, end)
    if at_sentence_start(text, start) and new:
        new = capitalize_first(new)
    article = fix_article_before(text[:start] + new + text[end:], start) if english else None
    if article is not None and article[0] >= s_start:
        a_start, right = article
        old_article_end = text.find(" ", a_start)
        if 0 <= old_article_end <= start:
            new = right + text[old_article_end:start] + new
            start = a_start
    result = text[s_start:start] + new + text[end:s_end]
    before = text[s_start:s_end]
    if result == before or (english and broken_pairs(before, result)):
        return None
    if english and repeated_phrases(before, start - s_start, end - s_start, new):
        return None       # "In four trials, how well exercise works in trials": the sentence says it already
    return Rewrite(action, label, start, end, new, s_start, s_end, result.strip(), suggestion, text[start:end])


__all__ = ["Edit", "finish"]

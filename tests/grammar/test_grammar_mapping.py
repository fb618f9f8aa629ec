"""Which LanguageTool issue types become grammar, spelling or style highlights."""

from __future__ import annotations

import pytest

from studio.analysis.model import GRAMMAR, SPELLING, STYLE
from studio.grammar import kind_for


@pytest.mark.parametrize(("issue_type", "category", "kind"), [
    ("misspelling", "TYPOS", SPELLING),
    ("locale-violation", "AMERICAN_ENGLISH_STYLE", SPELLING),   # "colour" in en-US
    ("grammar", "GRAMMAR", GRAMMAR),
    ("typographical", "PUNCTUATION", GRAMMAR),
    ("duplication", "MISC", GRAMMAR),
    ("whitespace", "TYPOGRAPHY", GRAMMAR),
    ("style", "STYLE", STYLE),
    ("register", "COLLOQUIALISMS", STYLE),
    ("uncategorized", "REDUNDANCY", STYLE),
    ("uncategorized", "TYPOS", SPELLING),
    ("uncategorized", "MISC", GRAMMAR),
    ("", "", GRAMMAR),
    ("Misspelling", "typos", SPELLING),                          # case does not matter
])
def test_kind_mapping(issue_type, category, kind):
    assert kind_for(issue_type, category) == kind

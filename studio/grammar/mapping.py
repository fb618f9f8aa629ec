"""LanguageTool matches → Script Studio findings (kinds grammar / spelling / style).

Kind mapping (by ``rule.issueType``, see LanguageTool's ITSIssueType):
  * ``misspelling`` and ``locale-violation`` (e.g. "colour" in en-US) → **spelling**;
  * ``style``, ``register`` (too informal/formal), ``terminology`` → **style**;
  * ``uncategorized`` / ``other`` / missing: decided by the rule's category — ``TYPOS`` → spelling,
    style-like categories (STYLE, REDUNDANCY, PLAIN_ENGLISH, COLLOQUIALISMS …) → style, else grammar;
  * everything else (``grammar``, ``typographical``, ``duplication``, ``whitespace``, ``inconsistency`` …)
    → **grammar**.

The project allow-list is applied as accepted spellings, client side (LanguageTool's ``/v2/check`` has no
parameter for a word list; its user dictionaries need an account): a *spelling* finding inside an occurrence
of an allow-listed term is dropped. Grammar and style findings are kept.

Citation markers (``[1]``, ``[@smith2021]``) are project markup, not prose: findings overlapping one are
dropped (LanguageTool would call ``smith2021`` a misspelling or fuss about the spacing around brackets).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from studio.analysis.citations import find_markers
from studio.analysis.model import GRAMMAR, SPELLING, STYLE, Finding, normalize_text
from studio.grammar.client import RawMatch

RULE_PREFIX = "languagetool."
MAX_SUGGESTIONS = 5

_SPELLING_TYPES = frozenset({"misspelling", "locale-violation"})
_STYLE_TYPES = frozenset({"style", "register", "terminology"})
_VAGUE_TYPES = frozenset({"", "uncategorized", "other"})
_STYLE_CATEGORIES = frozenset({
    "STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "COLLOQUIALISMS", "WIKIPEDIA", "GENDER_NEUTRALITY",
    "REPETITIONS_STYLE", "CREATIVE_WRITING", "TEXT_ANALYSIS",
})


def kind_for(issue_type: str, category: str = "") -> str:
    """The finding kind for a LanguageTool issue type (and category, when the type says nothing)."""
    issue = (issue_type or "").lower()
    if issue in _SPELLING_TYPES:
        return SPELLING
    if issue in _STYLE_TYPES:
        return STYLE
    if issue in _VAGUE_TYPES:
        cat = (category or "").upper()
        if cat == "TYPOS":
            return SPELLING
        if cat in _STYLE_CATEGORIES:
            return STYLE
    return GRAMMAR


def lt_rule_of(finding: Finding) -> str:
    """The LanguageTool rule id behind a grammar finding ("" for other findings): for "turn off this rule"."""
    return dict(finding.data).get("lt_rule", "")


class AllowList:
    """Normalised allow-list terms and where they occur in a text (compiled once per allow-list)."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms = frozenset(t for t in (normalize_text(x) for x in terms) if t)
        self._pattern: re.Pattern[str] | None = None
        if self.terms:
            parts = [r"\s+".join(re.escape(w) for w in t.split(" "))
                     for t in sorted(self.terms, key=len, reverse=True)]
            self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where allow-listed terms occur in ``text`` (case-insensitive, whole words)."""
        if self._pattern is None:
            return []
        return [m.span() for m in self._pattern.finditer(text)]

    def covers(self, text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
        """True when ``text[start:end]`` is an allow-listed term or lies inside an occurrence of one."""
        if normalize_text(text[start:end]) in self.terms:
            return True
        return any(s <= start and end <= e for s, e in spans)


def to_findings(matches: Iterable[RawMatch], text: str, *, allow: AllowList,
                disabled_rules: frozenset[str] = frozenset(), segment: int = 0) -> list[Finding]:
    """Findings for the matches on ``text``: disabled rules dropped, allow-listed spellings dropped."""
    out: list[Finding] = []
    spans: list[tuple[int, int]] | None = None
    markers = [(mk.start, mk.end) for mk in find_markers(text)] if "[" in text else []
    for m in matches:
        if m.rule_id in disabled_rules:
            continue
        if any(m.start < e and s < m.end for s, e in markers):
            continue
        kind = kind_for(m.issue_type, m.category)
        if kind == SPELLING and allow.terms:
            if spans is None:
                spans = allow.spans(text)
            if allow.covers(text, m.start, m.end, spans):
                continue
        out.append(Finding(
            kind=kind, start=m.start, end=m.end, text=text[m.start:m.end], message=m.message,
            suggestions=tuple(dict.fromkeys(m.replacements))[:MAX_SUGGESTIONS],
            rule_id=RULE_PREFIX + m.rule_id, segment=segment, data=(("lt_rule", m.rule_id),),
        ))
    out.sort(key=lambda f: (f.start, f.end, f.kind))
    return out

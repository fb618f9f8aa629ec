"""The contract every detector rule follows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from studio.analysis.model import AnalysisContext, Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Rule(Protocol):
    """A detector. Instantiated once per :class:`~studio.analysis.engine.Analyzer` with the language
    profile (load data files in ``__init__``), then called for every changed chunk of text.

    ``find`` gets a parsed chunk (a paragraph, or a few sentences of a long one) and returns findings with
    offsets into ``doc.text``; the engine shifts them into segment coordinates and caches them per
    (chunk text, context fingerprint), so ``find`` must depend only on ``doc`` and ``ctx``.

    ``finalize`` sees every finding of the whole script (segment coordinates, all rules, internal
    ``_``-kinds included) and returns the replacement list for *its own* kinds; use it for script-wide
    logic such as "acronym defined earlier". Most rules return ``findings_of_mine`` unchanged.
    """

    name: str
    kinds: tuple[str, ...]

    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Findings in one chunk; offsets relative to ``doc.text``."""
        ...

    def finalize(self, findings_of_mine: Sequence[Finding], all_findings: Sequence[Finding],
                 segments: Sequence[str], ctx: AnalysisContext) -> list[Finding]:
        """Script-level pass over this rule's findings (segment coordinates)."""
        ...


class ChunkRule:
    """Convenience base: ``finalize`` keeps findings as they are."""

    name = "rule"
    kinds: tuple[str, ...] = ()

    def finalize(self, findings_of_mine: Sequence[Finding], all_findings: Sequence[Finding],
                 segments: Sequence[str], ctx: AnalysisContext) -> list[Finding]:
        """Return this rule's findings unchanged."""
        return list(findings_of_mine)

"""Claim–source consistency: every cited claim is compared with the passage of the source it cites.

(Stub: the real checks land shortly.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.analysis.model import (
    CERTAINTY_INFLATED,
    NUMBER_MISMATCH,
    POPULATION_DROPPED,
    RELATIVE_RISK_ONLY,
    AnalysisContext,
    Finding,
)
from studio.analysis.profile import LanguageProfile
from studio.analysis.rules.base import ChunkRule

if TYPE_CHECKING:
    from spacy.tokens import Doc


class ConsistencyRule(ChunkRule):
    """Flags cited claims whose numbers, certainty, risk framing or population drift from the source."""

    name = "consistency"
    kinds = (NUMBER_MISMATCH, CERTAINTY_INFLATED, RELATIVE_RISK_ONLY, POPULATION_DROPPED)

    def __init__(self, profile: LanguageProfile) -> None:
        self.profile = profile

    def find(self, doc: Doc, ctx: AnalysisContext) -> list[Finding]:
        """Findings for the cited claims of one chunk."""
        return []

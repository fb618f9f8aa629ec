"""Detector rules, one per module. :func:`default_rules` builds the set the analyzer runs."""

from __future__ import annotations

from studio.analysis.profile import LanguageProfile
from studio.analysis.rules.base import ChunkRule, Rule


def default_rules(profile: LanguageProfile) -> list[Rule]:
    """Every rule, instantiated for ``profile`` (each loads its own data files once)."""
    from studio.analysis.rules.acronyms import AcronymRule
    from studio.analysis.rules.claims import ClaimRule
    from studio.analysis.rules.consistency import ConsistencyRule
    from studio.analysis.rules.jargon import JargonRule
    from studio.analysis.rules.passive import PassiveRule
    from studio.analysis.rules.sentences import SentenceRule

    return [JargonRule(profile), AcronymRule(profile), SentenceRule(profile), PassiveRule(profile),
            ClaimRule(profile), ConsistencyRule(profile)]


__all__ = ["ChunkRule", "Rule", "default_rules"]

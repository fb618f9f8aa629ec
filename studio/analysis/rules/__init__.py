"""Detector rules, one per module. :func:`default_rules` builds the set the analyzer runs."""

from __future__ import annotations

from studio.analysis.profile import LanguageProfile
from studio.analysis.rules.base import ChunkRule, Rule


def default_rules(profile: LanguageProfile) -> list[Rule]:
    """Every rule, instantiated for ``profile`` (each loads its own data files once).

    English runs the full rule set; every other language runs the rules written for it from its
    resource files (:func:`language_rules`) — never the English ones.
    """
    if profile.code != "en":
        return language_rules(profile)
    from studio.analysis.rules.acronyms import AcronymRule
    from studio.analysis.rules.claims import ClaimRule
    from studio.analysis.rules.consistency import ConsistencyRule
    from studio.analysis.rules.jargon import JargonRule
    from studio.analysis.rules.passive import PassiveRule
    from studio.analysis.rules.sentences import SentenceRule

    return [JargonRule(profile), AcronymRule(profile), SentenceRule(profile), PassiveRule(profile),
            ClaimRule(profile), ConsistencyRule(profile)]


def language_rules(profile: LanguageProfile) -> list[Rule]:
    """The rules of a non-English language, limited to the checks its profile has rules for."""
    from studio.analysis.profile import CHECK_CLAIMS, CHECK_JARGON, CHECK_PASSIVE, CHECK_READABILITY
    from studio.analysis.rules.lang_claims import LangClaimRule
    from studio.analysis.rules.lang_jargon import LangJargonRule
    from studio.analysis.rules.lang_passive import LangPassiveRule
    from studio.analysis.rules.lang_sentences import LangSentenceRule

    rules: list[Rule] = []
    if profile.has(CHECK_JARGON):
        rules.append(LangJargonRule(profile))
    if profile.has(CHECK_READABILITY):
        rules.append(LangSentenceRule(profile))
    if profile.has(CHECK_PASSIVE):
        rules.append(LangPassiveRule(profile))
    if profile.has(CHECK_CLAIMS):
        rules.append(LangClaimRule(profile))
    return rules


__all__ = ["ChunkRule", "Rule", "default_rules", "language_rules"]

"""Grammar, spelling and style checking through LanguageTool — the fourth kind of highlight.

Modes: Local (language-tool-python downloads and runs LanguageTool on this machine; needs Java ≥ 17), Own
server (a URL the user chose) or Off. No text goes to a server the user did not choose. Pure Python, no Qt;
the app's worker thread lives in :mod:`studio.ui.grammar_service`.
"""

from __future__ import annotations

from studio.grammar.checker import GrammarChecker, check_segments
from studio.grammar.errors import JAVA_MISSING_MESSAGE, GrammarUnavailable
from studio.grammar.mapping import kind_for, lt_rule_of
from studio.grammar.settings import (
    LOCAL,
    OFF,
    SERVER,
    GrammarSettings,
    JavaInfo,
    default_settings,
    find_java,
    java_status,
    normalize_server_url,
    settings_from_cli,
)

__all__ = [
    "JAVA_MISSING_MESSAGE", "LOCAL", "OFF", "SERVER", "GrammarChecker", "GrammarSettings",
    "GrammarUnavailable", "JavaInfo", "check_segments", "default_settings", "find_java", "java_status",
    "kind_for", "lt_rule_of", "normalize_server_url", "settings_from_cli",
]

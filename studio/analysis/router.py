"""One analyzer per script language, built on first use: what the app's analysis thread owns.

A project's language picks the :class:`~studio.analysis.engine.Analyzer` (its spaCy pipeline and rules).
English is built up front (the common case, and the app's start-up status waits for it); the others load
the first time a script in that language is analysed. A language whose tokenizer is an optional extra
that is not installed raises :class:`~studio.analysis.nlp.ModelUnavailable` naming the extra; the other
languages keep working.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from studio.analysis.engine import Analyzer
from studio.analysis.model import AnalysisContext, AnalysisResult, SegmentInput
from studio.analysis.nlp import ModelUnavailable
from studio.analysis.profile import LanguageProfile, UnsupportedLanguage, get_profile


class AnalyzerRouter:
    """Routes each analysis to the analyzer of ``ctx.language``. Use from one thread at a time."""

    def __init__(self, factory: Callable[[LanguageProfile], Analyzer] | None = None,
                 preload: Sequence[str] = ("en",)) -> None:
        self._factory = factory or (lambda profile: Analyzer(profile))
        self._analyzers: dict[str, Analyzer] = {}
        #: Told the language's name before a language is loaded, and "" after (status lines).
        self.on_loading: Callable[[str], None] | None = None
        for code in preload:
            self.analyzer_for(code)

    def analyzer_for(self, language: str) -> Analyzer:
        """The analyzer of ``language`` (built now if needed); ModelUnavailable for an unknown language or
        a missing optional extra."""
        try:
            profile = get_profile(language)
        except UnsupportedLanguage as exc:
            raise ModelUnavailable(str(exc)) from None
        analyzer = self._analyzers.get(profile.code)
        if analyzer is None:
            if self.on_loading is not None:
                self.on_loading(profile.name)
            try:
                analyzer = self._factory(profile)
            finally:
                if self.on_loading is not None:
                    self.on_loading("")
            self._analyzers[profile.code] = analyzer
        return analyzer

    @property
    def loaded(self) -> tuple[str, ...]:
        """Codes of the languages whose analyzer is built."""
        return tuple(self._analyzers)

    def analyze(self, segments: Sequence[SegmentInput], ctx: AnalysisContext, revision: int = 0) -> AnalysisResult:
        """Analyse with the analyzer of the script's language."""
        return self.analyzer_for(ctx.language).analyze(segments, ctx, revision)


__all__ = ["AnalyzerRouter"]

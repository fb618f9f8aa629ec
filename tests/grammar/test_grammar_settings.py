"""Grammar modes, the CLI value, the default (Local only with Java ≥ 17, never a public server) and Java detection."""

from __future__ import annotations

import shutil

import pytest

from studio.grammar import (
    JAVA_MISSING_MESSAGE,
    GrammarSettings,
    JavaInfo,
    default_settings,
    find_java,
    java_status,
    normalize_server_url,
    settings_from_cli,
)
from studio.grammar.settings import parse_java_major


@pytest.mark.parametrize(("value", "mode", "url"), [
    ("local", "local", ""),
    ("LOCAL", "local", ""),
    ("off", "off", ""),
    ("http://localhost:8081", "server", "http://localhost:8081"),
    ("http://localhost:8081/", "server", "http://localhost:8081"),
    ("http://localhost:8081/v2/", "server", "http://localhost:8081"),
    ("https://lt.example.org/api/v2", "server", "https://lt.example.org/api"),
])
def test_cli_values(value, mode, url):
    settings = settings_from_cli(value)
    assert (settings.mode, settings.server_url) == (mode, url)


@pytest.mark.parametrize("value", ["", "on", "localhost:8081", "ftp://x", "http://"])
def test_cli_rejects_anything_else_with_a_clear_message(value):
    with pytest.raises(ValueError, match="--grammar expects 'local', 'off' or the URL"):
        settings_from_cli(value)


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="Unknown grammar mode"):
        GrammarSettings(mode="public")


def test_server_url_must_be_http():
    with pytest.raises(ValueError):
        normalize_server_url("languagetool.org")


def test_default_is_local_when_java_17_is_present():
    settings, message = default_settings(lambda: JavaInfo("/opt/java/bin/java", 21))
    assert settings.mode == "local"
    assert "Java 21" in message


def test_default_is_off_without_java_and_says_why():
    settings, message = default_settings(lambda: None)
    assert settings.mode == "off"
    assert message.startswith("Java 17 or newer is needed for grammar checking")
    assert "\n" not in message


def test_old_java_is_named_in_the_explanation():
    ok, message = java_status(lambda: JavaInfo("/usr/bin/java", 11))
    assert not ok
    assert "Java 11 found" in message and "Java 17 or newer" in message


def test_default_never_picks_a_remote_server():
    for finder in (lambda: None, lambda: JavaInfo("j", 8), lambda: JavaInfo("j", 17)):
        settings, _ = default_settings(finder)
        assert settings.mode in ("local", "off") and settings.server_url == ""


def test_java_home_hint_when_java_is_not_on_path(tmp_path, monkeypatch):
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "java").write_text("")
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    ok, message = java_status(lambda: None)
    assert not ok
    assert "JAVA_HOME" in message and "Java 17 or newer" in message


def test_find_java_follows_path_like_language_tool_python(tmp_path):
    assert find_java(path=str(tmp_path)) is None


@pytest.mark.skipif(shutil.which("java") is None, reason="no Java on this machine")
def test_find_java_reads_the_real_version():
    info = find_java()
    assert info is not None and info.major >= 8


@pytest.mark.parametrize(("text", "major"), [
    ('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', 17),
    ('java version "1.8.0_292"', 8),
    ('openjdk version "21" 2023-09-19', 21),
    ("something else entirely", 0),
])
def test_java_version_parsing(text, major):
    assert parse_java_major(text) == major


def test_java_message_is_one_line():
    assert "\n" not in JAVA_MISSING_MESSAGE

"""Local mode through language-tool-python's real code: Java missing, download failing, progress, cancel,
and (when a JDK is here) starting a server process — never touching any host but 127.0.0.1.

The download host is redirected to the fake server or a closed 127.0.0.1 port, and ``$LTP_PATH`` points into
the test's temp dir, so nothing is fetched from the internet and nothing is written outside tmp.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from pathlib import Path

import language_tool_python.download_lt as dl
import pytest
import requests
from fake_languagetool import Download, FakeLanguageTool, closed_port_url

from studio.grammar import JAVA_MISSING_MESSAGE, GrammarChecker, GrammarSettings, GrammarUnavailable
from studio.grammar import errors as E

VERSION = dl.LTP_DOWNLOAD_VERSION
ZIP = f"LanguageTool-{VERSION}.zip"


def local_checker(**kw) -> GrammarChecker:
    kw.setdefault("allow_download", True)
    return GrammarChecker(GrammarSettings(mode="local", **kw))


@pytest.fixture
def no_java(tmp_path, monkeypatch):
    """A PATH on which there is no java (language-tool-python looks only at PATH)."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    return empty


@pytest.fixture
def offline_download(monkeypatch):
    """LanguageTool's download URL points at a closed port on 127.0.0.1: the real 'no internet' failure."""
    monkeypatch.setattr(dl, "BASE_URL_NEW_RELEASES", closed_port_url() + "/releases/")


needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="no Java on this machine")


# -- Java missing ---------------------------------------------------------------------------------------------
def test_language_tool_python_raises_module_not_found_without_java(no_java, ltp_home):
    with pytest.raises(ModuleNotFoundError):
        dl.confirm_java_compatibility()


def test_local_mode_without_java_says_what_is_missing(no_java, ltp_home):
    checker = local_checker()
    with pytest.raises(GrammarUnavailable) as info:
        checker.start()
    assert info.value.reason == E.JAVA
    assert str(info.value) == JAVA_MISSING_MESSAGE
    assert not checker.started
    assert list(ltp_home.iterdir()) == []  # nothing downloaded


# -- download failures ----------------------------------------------------------------------------------------
@needs_java
def test_offline_download_raises_connection_error_in_language_tool_python(ltp_home, offline_download):
    local = dl.LocalLanguageTool.from_version_name(VERSION)
    with pytest.raises(requests.ConnectionError) as info:
        local.download()
    assert isinstance(info.value, OSError)  # not a LanguageToolError


@needs_java
def test_offline_local_mode_is_a_clear_download_failure(ltp_home, offline_download):
    checker = local_checker()
    t0 = time.monotonic()
    with pytest.raises(GrammarUnavailable) as info:
        checker.start()
    assert time.monotonic() - t0 < 10
    assert info.value.reason == E.DOWNLOAD and not info.value.transient
    assert str(info.value).startswith("LanguageTool could not be downloaded (no internet connection?)")
    assert "other checks keep working" in str(info.value)
    assert [p for p in ltp_home.rglob("*") if p.is_file()] == []  # no half download left behind


@needs_java
def test_missing_file_on_the_download_server(ltp_home, monkeypatch):
    with FakeLanguageTool() as fake:
        fake.download = Download(path=f"/releases/{ZIP}", size=0, status=404)
        monkeypatch.setattr(dl, "BASE_URL_NEW_RELEASES", fake.url + "/releases/")
        with pytest.raises(GrammarUnavailable) as info:
            local_checker().start()
    assert info.value.reason == E.DOWNLOAD
    assert "could not be downloaded (Could not find at URL" in str(info.value)


@needs_java
def test_download_reports_progress_and_refuses_a_tampered_archive(ltp_home, monkeypatch):
    seen: list[tuple[str, float | None]] = []
    with FakeLanguageTool() as fake:
        fake.download = Download(path=f"/releases/{ZIP}", size=3 * (1 << 20))
        monkeypatch.setattr(dl, "BASE_URL_NEW_RELEASES", fake.url + "/releases/")
        with pytest.raises(GrammarUnavailable) as info:
            local_checker().start(progress=lambda msg, frac: seen.append((msg, frac)))
    fractions = [f for _m, f in seen if f is not None]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert any("Downloading LanguageTool" in m and "%" in m for m, _f in seen)
    assert "checksum mismatch" in str(info.value)
    assert [p for p in ltp_home.rglob("*") if p.is_file()] == []


@needs_java
def test_cancel_stops_the_download(ltp_home, monkeypatch):
    started = threading.Event()
    cancel = threading.Event()

    def progress(_msg: str, frac: float | None) -> None:
        if frac:
            started.set()
            cancel.set()  # the user presses Cancel as soon as bytes arrive

    with FakeLanguageTool() as fake:
        fake.download = Download(path=f"/releases/{ZIP}", size=200 * (1 << 20), chunk_delay=0.05)
        monkeypatch.setattr(dl, "BASE_URL_NEW_RELEASES", fake.url + "/releases/")
        t0 = time.monotonic()
        with pytest.raises(GrammarUnavailable) as info:
            local_checker().start(progress=progress, cancelled=cancel.is_set)
        assert time.monotonic() - t0 < 5
        assert started.is_set()
        assert info.value.reason == E.CANCELLED and "cancelled" in str(info.value)
        # the download thread notices at its next chunk and removes its temp files
        deadline = time.monotonic() + 5
        while any(ltp_home.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.05)
    assert list(ltp_home.iterdir()) == []
    assert dl.tqdm.__name__ == "tqdm"  # language-tool-python's own progress bar is back


# -- a local server process (a tiny Java stand-in for LanguageTool's HTTPServer) -------------------------------
JAVA_SERVER = r"""
package org.languagetool.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Answers like LanguageTool: offsets from Java's own String.indexOf, i.e. UTF-16 code units. */
public class HTTPServer {
  public static void main(String[] args) throws Exception {
    if (System.getenv("FAKE_LT_BROKEN") != null) {
      System.err.println("Error: Could not find or load main class org.languagetool.server.HTTPServer");
      System.exit(1);
    }
    int port = 8081;
    for (int i = 0; i < args.length - 1; i++) if (args[i].equals("-p")) port = Integer.parseInt(args[i + 1]);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/v2/healthcheck", ex -> send(ex, "OK"));
    server.createContext("/v2/languages",
        ex -> send(ex, "[{\"name\":\"English (US)\",\"code\":\"en\",\"longCode\":\"en-US\"}]"));
    server.createContext("/v2/check", ex -> {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String text = "";
      for (String kv : body.split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0 && kv.substring(0, eq).equals("text"))
          text = URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
      }
      StringBuilder sb = new StringBuilder("{\"matches\":[");
      int at = text.indexOf("teh");
      boolean first = true;
      while (at >= 0) {
        if (!first) sb.append(',');
        first = false;
        sb.append("{\"message\":\"Possible spelling mistake found.\",\"replacements\":[{\"value\":\"the\"}],")
          .append("\"offset\":").append(at).append(",\"length\":3,")
          .append("\"context\":{\"text\":\"\",\"offset\":0,\"length\":3},")
          .append("\"rule\":{\"id\":\"MORFOLOGIK_RULE_EN_US\",\"issueType\":\"misspelling\",")
          .append("\"category\":{\"id\":\"TYPOS\",\"name\":\"Possible Typo\"}}}");
        at = text.indexOf("teh", at + 1);
      }
      send(ex, sb.append("]}").toString());
    });
    server.start();
  }

  static void send(HttpExchange ex, String body) throws IOException {
    byte[] data = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(200, data.length);
    try (OutputStream out = ex.getResponseBody()) { out.write(data); }
  }
}
"""


@pytest.fixture(scope="module")
def compiled_server(tmp_path_factory) -> Path:
    """The stand-in compiled into a class folder (a classpath entry named like LanguageTool's jar)."""
    if shutil.which("javac") is None or shutil.which("java") is None:
        pytest.skip("needs a JDK (javac) to build the stand-in server")
    src = tmp_path_factory.mktemp("lt-src") / "HTTPServer.java"
    src.write_text(JAVA_SERVER, encoding="utf-8")
    classes = tmp_path_factory.mktemp("lt-classes")
    subprocess.run(["javac", "-d", str(classes), str(src)], check=True, capture_output=True, timeout=120)
    return classes


@pytest.fixture
def installed(ltp_home, compiled_server) -> Path:
    """An 'installed' LanguageTool in $LTP_PATH, as language-tool-python lays it out after a download."""
    home = ltp_home / f"LanguageTool-{VERSION}"
    home.mkdir()
    shutil.copytree(compiled_server, home / "languagetool-server.jar")
    return home


def test_local_server_starts_checks_and_stops(installed):
    checker = local_checker()
    steps: list[str] = []
    checker.start(progress=lambda msg, _f: steps.append(msg))
    try:
        assert any("Starting the local LanguageTool server" in s for s in steps)
        assert not any("Downloading" in s for s in steps)  # already installed: no download
        text = "🎉👨‍👩‍👧 Read teh label, then teh dose."
        found = checker.check(text)
        assert [text[f.start:f.end] for f in found] == ["teh", "teh"]
        assert found[0].suggestions == ("the",)
        process = checker._backend.process  # type: ignore[union-attr]
    finally:
        checker.close()
    assert process.wait(timeout=10) is not None


def test_local_server_that_dies_mid_session(installed):
    checker = local_checker()
    checker.start()
    checker._backend.process.kill()  # type: ignore[union-attr]
    checker._backend.process.wait(timeout=10)  # type: ignore[union-attr]
    with pytest.raises(GrammarUnavailable, match="local LanguageTool server stopped"):
        checker.check("teh")
    assert not checker.started  # the next start() brings up a new server
    checker.start()
    assert checker.check("teh again")
    checker.close()


def test_broken_install_is_reported_with_the_servers_own_words(installed, monkeypatch):
    monkeypatch.setenv("FAKE_LT_BROKEN", "1")
    t0 = time.monotonic()
    with pytest.raises(GrammarUnavailable) as info:
        local_checker().start()
    assert time.monotonic() - t0 < 20  # no retry loop over hundreds of ports
    assert info.value.reason == E.INSTALL
    assert "stopped while starting (exit code 1)" in str(info.value)
    assert "Could not find or load main class" in str(info.value)


def test_unreachable_download_host_gives_no_traceback_in_check_segments(ltp_home, offline_download):
    from studio.grammar import check_segments, settings_from_cli

    found, notice = check_segments(settings_from_cli("local"), ["teh"], frozenset())
    assert found == []
    assert notice is not None and "\n" not in notice
    assert "could not be downloaded" in notice or "Java 17" in notice


# -- consent ----------------------------------------------------------------------------------------------------
def test_local_mode_without_consent_stops_before_anything_goes_online(ltp_home, fake_java17, network_attempts):
    checker = GrammarChecker(GrammarSettings(mode="local"))          # the app's default: no download allowed
    steps: list[str] = []
    with pytest.raises(GrammarUnavailable) as info:
        checker.start(progress=lambda msg, _f: steps.append(msg))
    assert info.value.reason == E.CONSENT and not info.value.transient
    assert "not downloaded" in str(info.value)
    assert network_attempts == []
    assert steps == []                           # no "Checking Java…", no download progress
    assert [p for p in ltp_home.rglob("*") if p.is_file()] == []


def test_local_mode_with_consent_downloads(ltp_home, fake_java17, network_attempts):
    with pytest.raises(GrammarUnavailable) as info:
        GrammarChecker(GrammarSettings(mode="local", allow_download=True)).start()
    assert info.value.reason == E.DOWNLOAD                    # the guard made it offline
    assert network_attempts and network_attempts[0][0] == "socket.getaddrinfo"


def test_download_info_names_size_host_and_folder(ltp_home):
    from studio.grammar.backends import download_info

    info = download_info()
    assert info.size_mb >= 100 and info.host and info.url.startswith("https://")
    assert info.folder == str(ltp_home)

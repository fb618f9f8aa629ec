"""Test setup shared by every test: Qt offscreen, temp-dir store paths, one spaCy pipeline per session."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Property tests explore the same examples on every run (CI must not fail by the luck of the draw; a new
# failing example found while developing is added as an @example), and never fail on time on a busy machine.
settings.register_profile("studio", derandomize=True, deadline=None, print_blob=True)
settings.load_profile("studio")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Never touch the real user library: STUDIO_HOME points into the test's temp dir."""
    monkeypatch.setenv("STUDIO_HOME", str(tmp_path / "studio-home"))


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole test session (~1.5 s)."""
    from studio.analysis.nlp import load_pipeline
    from studio.analysis.profile import get_profile

    return load_pipeline(get_profile("en"))


@pytest.fixture(scope="session")
def analyzer(nlp):
    """One Analyzer with every rule, shared by the analysis tests (it only caches)."""
    from studio.analysis.engine import Analyzer

    return Analyzer(nlp=nlp)


# -- network guard ---------------------------------------------------------------------------------------------
_LOOPBACK = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "", None}
_NET = {"active": False, "attempts": []}


def _is_loopback(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    return host in _LOOPBACK or (isinstance(host, str) and host.startswith("127."))


def _net_audit(event: str, args: tuple) -> None:
    if not _NET["active"]:
        return
    if event == "socket.getaddrinfo":
        host = args[0]
    elif event == "socket.connect":
        address = args[1]
        if not isinstance(address, tuple):       # AF_UNIX and the like: this machine only
            return
        host = address[0]
    else:
        return
    if not _is_loopback(host):
        _NET["attempts"].append((event, host))
        raise ConnectionRefusedError(f"test network guard: {event} to {host!r} blocked")


@pytest.fixture
def network_attempts():
    """Every non-loopback ``socket.getaddrinfo``/``socket.connect`` made during the test, (event, host);
    each is also blocked (the call fails as if offline). An audit hook cannot be removed, so it is installed
    once and switched on only for the tests that use this fixture."""
    import sys

    if not _NET.get("installed"):
        sys.addaudithook(_net_audit)
        _NET["installed"] = True
    _NET["attempts"] = []
    _NET["active"] = True
    try:
        yield _NET["attempts"]
    finally:
        _NET["active"] = False


@pytest.fixture
def fake_java17(tmp_path, monkeypatch):
    """A ``java`` on PATH that says it is Java 17 (LanguageTool's requirement), whatever this machine has."""
    import os

    if os.name == "nt":
        pytest.skip("the stand-in java is a shell script")
    folder = tmp_path / "fake-java-bin"
    folder.mkdir()
    java = folder / "java"
    java.write_text("#!/bin/sh\necho 'openjdk version \"17.0.9\" 2023-10-17' >&2\n", encoding="utf-8")
    java.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return java


@pytest.fixture
def ltp_home(tmp_path, monkeypatch):
    """language-tool-python's download folder ($LTP_PATH) inside the test's temp dir."""
    folder = tmp_path / "ltp"
    folder.mkdir()
    monkeypatch.setenv("LTP_PATH", str(folder))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    return folder

"""Fixtures for the grammar tests: a fake LanguageTool server on 127.0.0.1 and a sandboxed download folder."""

from __future__ import annotations

import pytest
from fake_languagetool import FakeLanguageTool


@pytest.fixture
def fake_lt():
    """A running fake LanguageTool server (spelling 'teh', grammar 'she go', style 'in order to')."""
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture
def ltp_home(tmp_path, monkeypatch):
    """language-tool-python's download folder ($LTP_PATH) inside the test's temp dir."""
    folder = tmp_path / "ltp"
    folder.mkdir()
    monkeypatch.setenv("LTP_PATH", str(folder))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    return folder

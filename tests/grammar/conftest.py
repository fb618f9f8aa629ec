"""Fixtures for the grammar tests: a fake LanguageTool server on 127.0.0.1 (``ltp_home`` is in tests/conftest.py)."""

from __future__ import annotations

import pytest
from fake_languagetool import FakeLanguageTool


@pytest.fixture
def fake_lt():
    """A running fake LanguageTool server (spelling 'teh', grammar 'she go', style 'in order to')."""
    with FakeLanguageTool() as server:
        yield server

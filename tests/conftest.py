"""Test setup shared by every test: Qt offscreen, temp-dir store paths, one spaCy pipeline per session."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


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

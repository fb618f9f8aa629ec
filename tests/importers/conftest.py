"""Fixtures for the importer tests: a library with a project, and real-world-shaped files built in code."""

from __future__ import annotations

import pytest

from studio.store.library import Library


@pytest.fixture()
def library(tmp_path):
    """A fresh library file with one project."""
    lib = Library.open(tmp_path / "lib.studio.db")
    yield lib
    lib.close()


@pytest.fixture()
def project(library):
    """A project to import into."""
    return library.create_project("Sleep and memory")

"""PySide6's per-import check is replaced by one that gives the same answers without walking sys.modules."""

from __future__ import annotations

import json
import sys
import types

import studio.ui.app
from studio.ui.import_speed import speed_up_imports, uses_pyside


def test_same_answers_as_pyside_for_qt_plain_and_builtin_modules(tmp_path) -> None:
    assert uses_pyside(studio.ui.app) is True            # imports PySide6
    assert uses_pyside(json) is False                    # pure Python, no Qt
    assert uses_pyside(sys) is False                     # built-in: no source file
    ghost = types.ModuleType("ghost")
    ghost.__file__ = str(tmp_path / "gone.py")           # source file missing
    assert uses_pyside(ghost) is False


def test_installed_where_pyside_has_the_check() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    assert speed_up_imports() is (feature is not None)
    if feature is not None:
        assert feature._mod_uses_pyside is uses_pyside

"""Keep PySide6's import hook from slowing down every later import (spaCy's ~1,000 modules above all).

Once PySide6 is imported, its ``__feature__`` support looks at each newly imported module to learn whether
it uses PySide6 (``shibokensupport.feature._mod_uses_pyside``). It does so with ``inspect.getsource``,
which calls ``inspect.getmodule``, which walks all of ``sys.modules`` on every call: quadratic in the
number of modules. Loading spaCy in the analysis thread after the window is up paid ~0.6 s for it (1.0 s
to import spaCy without PySide6, 1.7 s with it), holding the interpreter lock the window needs.

:func:`speed_up_imports` replaces that check with one that gives the same answer (does the module's source
file mention "PySide6"?) by reading the file directly. Nothing changes where the internal is absent (another
PySide6 version): the original stays in place.
"""

from __future__ import annotations

import sys
from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """True when ``module``'s Python source mentions PySide6 (what PySide6's own check answers);
    False for built-in and extension modules and modules without a readable source file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as fh:
            return b"PySide6" in fh.read()
    except OSError:
        return False


def speed_up_imports() -> bool:
    """Install :func:`uses_pyside` as PySide6's per-import check (importing PySide6 first, which sets the
    check up); True when it was installed."""
    import PySide6.QtCore  # noqa: F401

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


__all__ = ["speed_up_imports", "uses_pyside"]

"""Where things live: the store file, the resources folder. No global state; everything injectable."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "ScriptStudio"
STORE_FILENAME = "library.studio.db"


def default_store_path(env: dict[str, str] | None = None) -> Path:
    """Return the library file: ``$STUDIO_HOME/library.studio.db`` or the platform's user data dir."""
    env = os.environ if env is None else env
    home = env.get("STUDIO_HOME")
    base = Path(home).expanduser() if home else Path(user_data_dir(APP_NAME, appauthor=False))
    return base / STORE_FILENAME


def resolve_store_path(explicit: str | os.PathLike[str] | None, env: dict[str, str] | None = None) -> Path:
    """``--store PATH`` wins; otherwise :func:`default_store_path`."""
    if explicit:
        return Path(explicit).expanduser()
    return default_store_path(env)


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, or inside a frozen (PyInstaller) app."""
    override = os.environ.get("STUDIO_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"

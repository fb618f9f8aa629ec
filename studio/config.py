"""Where things live: the store file, the resources folder. No global state; everything injectable."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

APP_NAME = "ScriptStudio"
STORE_FILENAME = "library.studio.db"


def default_store_path(env: dict[str, str] | None = None) -> Path:
    """Return the library file: ``$STUDIO_HOME/library.studio.db`` or the platform's user data dir."""
    env = os.environ if env is None else env
    home = env.get("STUDIO_HOME")
    base = Path(home).expanduser() if home else Path(user_data_dir(APP_NAME, appauthor=False))
    return base / STORE_FILENAME


def cache_dir(env: dict[str, str] | None = None) -> Path:
    """Disposable caches (safe to delete): ``$STUDIO_HOME/cache`` or the platform's user cache folder."""
    env = os.environ if env is None else env
    home = env.get("STUDIO_HOME")
    return Path(home).expanduser() / "cache" if home else Path(user_cache_dir(APP_NAME, appauthor=False))


def resolve_store_path(explicit: str | os.PathLike[str] | None, env: dict[str, str] | None = None) -> Path:
    """``--store PATH`` wins; otherwise :func:`default_store_path`."""
    if explicit:
        return Path(explicit).expanduser()
    return default_store_path(env)


def safe_file_name(title: str, fallback: str = "export", max_chars: int = 100) -> str:
    """A title made safe as a file name on every platform: no path separators, reserved characters,
    control characters or trailing dots/spaces; at most ``max_chars`` characters; ``fallback`` if empty."""
    name = re.sub(r'[\x00-\x1f\x7f<>:"/\\|?*]+', " ", str(title or ""))
    name = " ".join(name.split())[:max_chars].strip(" .")
    if not name or name.upper().split(".")[0] in _RESERVED_WINDOWS_NAMES:
        return fallback
    return name


_RESERVED_WINDOWS_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                           *(f"LPT{i}" for i in range(1, 10))}


def export_target(given: str | os.PathLike[str], default_name: str, suffix: str, add_suffix: bool = True) -> Path:
    """Where an export goes. A folder (an existing one, or any path ending in a slash) means "the default
    file name inside it" (the folder is created if needed); with ``add_suffix`` a file name without a
    suffix gets ``suffix``."""
    text = os.fspath(given)
    path = Path(text).expanduser()
    if text.endswith(("/", os.sep)) or path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        return path / f"{safe_file_name(default_name)}{suffix}"
    return path if path.suffix or not add_suffix else path.with_suffix(suffix)


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, or inside a frozen (PyInstaller) app."""
    override = os.environ.get("STUDIO_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"

"""First start: put the demo project (exercise and depression) into an empty library."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from studio.config import resources_dir
from studio.store.library import Library, StoreError

log = logging.getLogger(__name__)


def demo_path() -> Path:
    """Where the demo project file lives (``resources/demo/demo_project.json``)."""
    return resources_dir() / "demo" / "demo_project.json"


def load_demo_data(path: Path | None = None) -> dict:
    """The demo project as the store's project.json dict."""
    with open(path or demo_path(), encoding="utf-8") as fh:
        return json.load(fh)


def ensure_demo(library: Library, path: Path | None = None) -> int | None:
    """Import the demo project when the library has no projects; returns the script id to open.

    Returns None when the library already has projects (nothing is imported) or when the demo file is
    missing or refused (logged; the app still starts with an empty library).
    """
    try:
        if library.list_projects():
            return None
        data = load_demo_data(path)
        info = library.import_project_data(data)  # type: ignore[attr-defined]
        scripts = library.list_scripts(info.project.id)
    except (OSError, ValueError, StoreError) as exc:
        log.warning("demo project not imported: %s", exc)
        return None
    return scripts[0].id if scripts else None

"""The demo project (exercise and depression): put into an empty library on first start, and put back as
shipped by Help › Reset demo, so a trainer runs the same exercise with every group. Qt-free.

The library remembers which project is the demo (``meta`` key :data:`DEMO_META_KEY`); a library from before
that was recorded is matched by the demo's title. Each demo script gets a first version labelled
:data:`FIRST_DRAFT_LABEL`, the "before" of the before/after report.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from studio.config import resources_dir
from studio.store.bundle_format import validate_project_data
from studio.store.library import Library, StoreError

log = logging.getLogger(__name__)

DEMO_META_KEY = "demo_project_id"
FIRST_DRAFT_LABEL = "First draft (demo as shipped)"


def demo_path() -> Path:
    """Where the demo project file lives (``resources/demo/demo_project.json``)."""
    return resources_dir() / "demo" / "demo_project.json"


def load_demo_data(path: Path | None = None) -> dict:
    """The demo project as the store's project.json dict."""
    with open(path or demo_path(), encoding="utf-8") as fh:
        return json.load(fh)


def _import_demo(library: Library, data: dict[str, Any]) -> int | None:
    """Import the demo, remember its id, give each script its first version; returns the first script id."""
    with library.transaction():
        info = library.import_project_data(data)  # type: ignore[attr-defined]
        scripts = library.list_scripts(info.project.id)
        for script in scripts:
            library.save_version(script.id, FIRST_DRAFT_LABEL)
        library.set_meta(DEMO_META_KEY, str(info.project.id))
    return scripts[0].id if scripts else None


def ensure_demo(library: Library, path: Path | None = None) -> int | None:
    """Import the demo project when the library has no projects; returns the script id to open.

    Returns None when the library already has projects (nothing is imported) or when the demo file is
    missing or refused (logged; the app still starts with an empty library).
    """
    try:
        if library.list_projects():
            return None
        return _import_demo(library, load_demo_data(path))
    except (OSError, ValueError, StoreError) as exc:
        log.warning("demo project not imported: %s", exc)
        return None


def demo_project_id(library: Library, path: Path | None = None) -> int | None:
    """The demo project of this library, or None when it was deleted (or never there)."""
    recorded = library.get_meta(DEMO_META_KEY)
    projects = library.list_projects()
    if recorded is not None:
        wanted = int(recorded) if recorded.isdigit() else -1
        return next((p.id for p in projects if p.id == wanted), None)
    try:
        title = load_demo_data(path)["project"]["title"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return next((p.id for p in projects if p.title == title), None)


def _comparable(data: dict[str, Any]) -> Any:
    """What a participant can change in a project, normalised (versions and the title do not count)."""
    clean = validate_project_data(data)
    project = {k: v for k, v in clean["project"].items() if k != "title"}
    scripts = [{k: v for k, v in s.items() if k != "versions"} for s in clean["scripts"]]
    return json.dumps([project, clean["sources"], scripts, clean["terms"]], sort_keys=True, default=str)


def demo_changed(library: Library, project_id: int, path: Path | None = None) -> bool:
    """True when the demo project differs from the shipped demo (edits, sources, terms, dismissals, ticks)."""
    data = library.export_project_data(project_id)  # type: ignore[attr-defined]
    if any(library.checklist_ticks(s.id) for s in library.list_scripts(project_id)):
        return True
    return _comparable(data) != _comparable(load_demo_data(path))


def reset_demo(library: Library, path: Path | None = None) -> int | None:
    """Put the demo project back as shipped (replacing the current demo, or after it was deleted).

    One transaction: the old demo is deleted and the shipped one imported, or nothing changes. Returns the
    first script of the new demo. Raises StoreError / OSError / ValueError with a message to show."""
    data = load_demo_data(path)
    with library.transaction():
        old = demo_project_id(library, path)
        if old is not None:
            library.delete_project(old)
        return _import_demo(library, data)

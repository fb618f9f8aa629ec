"""Helpers shared by the workspace tests (a plain module: conftest names clash across folders)."""

from __future__ import annotations

from studio.ui.workspace import ScriptWorkspace


def wait_analysis(qtbot, ws: ScriptWorkspace, timeout: int = 20_000) -> None:
    """Wait until the newest requested revision has been applied."""
    qtbot.waitUntil(lambda: not ws._debounce.isActive() and ws.result is not None
                    and ws.result.revision == ws.revision and not ws._checklist_timer.isActive(),
                    timeout=timeout)

"""The script workspace: segment editors with live highlights, findings with quick fixes, dashboard."""

from __future__ import annotations

from studio.ui.workspace.workspace import ScriptWorkspace

__all__ = ["ScriptWorkspace"]

"""The Qt part of ``studio --self-test``: the platform plugin starts, and the grammar mode in Preferences."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLibraryInfo, QSettings, qVersion
from PySide6.QtGui import QGuiApplication

from studio.selftest import Check, CheckResult


def _platform_plugins() -> list[str]:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = []
    for path in sorted(folder.glob("*")):
        stem = path.name.split(".")[0]
        names.append(stem.removeprefix("libq").removeprefix("q"))
    return names


def check_qt() -> CheckResult:
    """Qt's offscreen platform starts (or the running app's platform is reported when there is one)."""
    app = QGuiApplication.instance()
    plugins = ", ".join(_platform_plugins()) or "none found"
    if app is None:
        previous = os.environ.get("QT_QPA_PLATFORM")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        try:
            app = QGuiApplication(["studio-self-test"])
        finally:
            if previous is None:
                os.environ.pop("QT_QPA_PLATFORM", None)
            else:
                os.environ["QT_QPA_PLATFORM"] = previous
    name = QGuiApplication.platformName()
    import studio.ui.app  # noqa: F401 - every window module imports (a frozen build missing a Qt module fails here)

    if not name:
        return CheckResult("Qt", False, f"no platform plugin started (available: {plugins})",
                           advice="reinstall Script Studio; on Linux install libegl1 libgl1 libfontconfig1 "
                                  "libxkbcommon0 libxcb-cursor0")
    how = "started offscreen" if name == "offscreen" else f"running on '{name}'"
    return CheckResult("Qt", True, f"Qt {qVersion()} (PySide6 {pyside_version}) {how}; "
                                   f"platform plugins: {plugins}")


def check_grammar_mode(qsettings: QSettings | None = None) -> CheckResult:
    """Report grammar checking as the app would run it from Preferences (nothing is started or downloaded)."""
    from studio.grammar.settings import java_status

    qs = qsettings if qsettings is not None else QSettings("ScriptStudio", "ScriptStudio")
    mode = str(qs.value("grammar/mode", "auto") or "auto")
    url = str(qs.value("grammar/url", "") or "")
    consent = str(qs.value("grammar/download", "") or "")
    if mode == "off":
        return CheckResult("Grammar", True, "off (Preferences)")
    if mode == "server":
        return CheckResult("Grammar", True, f"your server {url or '(no URL set)'}")
    ok, message = java_status()
    if not ok:
        return CheckResult("Grammar", True, f"off: {message}")
    if consent == "no":
        return CheckResult("Grammar", True, "off: the LanguageTool download was declined (Preferences can "
                                            f"allow it); {message}")
    state = "download allowed" if consent == "yes" else "the app asks before downloading LanguageTool"
    return CheckResult("Grammar", True, f"on this computer ({state}); {message}")


def qt_checks() -> list[tuple[str, Check]]:
    """The Qt-side checks, in report order."""
    return [("Qt", check_qt), ("Grammar", check_grammar_mode)]

"""Application preferences kept in QSettings (per user), with typed properties and one ``changed`` signal.

CONTRACT (used by the workspace): every property setter persists the value at once and emits ``changed``
(only when the value actually changed). Tests inject ``QSettings(path, QSettings.IniFormat)``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from studio.store.models import PLATFORM_PRESETS

GRAMMAR_MODES: tuple[str, ...] = ("auto", "local", "server", "off")

DEFAULT_TARGET_GRADE = 8.0
DEFAULT_WPM = 150
DEFAULT_PLATFORM = "TikTok 60 s"
DEFAULT_ZOOM = 100
DEFAULT_PRESENTER_ZOOM = 150
MIN_ZOOM, MAX_ZOOM = 50, 300


def _zoom(value: int, default: int) -> int:
    """A zoom percentage inside [MIN_ZOOM, MAX_ZOOM]; ``default`` for nonsense."""
    return value if MIN_ZOOM <= value <= MAX_ZOOM else default


def _to_list(value: object) -> list[str]:
    """QSettings returns a str for one-element lists in INI files and None for empty ones."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if str(v)]
    return []


class AppSettings(QObject):
    """Typed, persistent app preferences. ``changed`` fires after any setter changed a value."""

    changed = Signal()

    def __init__(self, qsettings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qs = qsettings if qsettings is not None else QSettings("ScriptStudio", "ScriptStudio")

    # ----------------------------------------------------------------- helpers
    @property
    def qsettings(self) -> QSettings:
        """The underlying QSettings (for sync in tests)."""
        return self._qs

    def _set(self, key: str, value: object, current: object) -> None:
        if value == current:
            return
        self._store(key, value)

    def _store(self, key: str, value: object) -> None:
        if value is None:
            self._qs.remove(key)
        else:
            self._qs.setValue(key, value)
        self._qs.sync()
        self.changed.emit()

    def _float(self, key: str, default: float) -> float:
        try:
            return float(self._qs.value(key, default))
        except (TypeError, ValueError):
            return default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(float(self._qs.value(key, default)))
        except (TypeError, ValueError):
            return default

    def _str(self, key: str, default: str) -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    def _bytes(self, key: str) -> bytes:
        value = self._qs.value(key, QByteArray())
        if isinstance(value, QByteArray):
            return bytes(value.data())
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
        return b""

    # ------------------------------------------------------------- analysis
    @property
    def target_grade(self) -> float:
        """Default reading-grade target for new projects (US school grade)."""
        value = self._float("analysis/target_grade", DEFAULT_TARGET_GRADE)
        return value if 1.0 <= value <= 20.0 else DEFAULT_TARGET_GRADE

    @target_grade.setter
    def target_grade(self, value: float) -> None:
        self._set("analysis/target_grade", float(value), self.target_grade)

    @property
    def words_per_minute(self) -> int:
        """Default speaking rate for new projects."""
        value = self._int("analysis/words_per_minute", DEFAULT_WPM)
        return value if 60 <= value <= 400 else DEFAULT_WPM

    @words_per_minute.setter
    def words_per_minute(self, value: int) -> None:
        self._set("analysis/words_per_minute", int(value), self.words_per_minute)

    @property
    def default_platform(self) -> str:
        """Platform preset for new projects (a key of PLATFORM_PRESETS)."""
        value = self._str("analysis/default_platform", DEFAULT_PLATFORM)
        return value if value in PLATFORM_PRESETS else DEFAULT_PLATFORM

    @default_platform.setter
    def default_platform(self, value: str) -> None:
        if value not in PLATFORM_PRESETS:
            raise ValueError(f"Unknown platform preset: {value!r}")
        self._set("analysis/default_platform", value, self.default_platform)

    @property
    def hidden_kinds(self) -> frozenset[str]:
        """Highlight kinds the user turned off (they are neither highlighted nor listed)."""
        return frozenset(_to_list(self._qs.value("view/hidden_kinds", [])))

    @hidden_kinds.setter
    def hidden_kinds(self, value: frozenset[str]) -> None:
        new = frozenset(value)
        if new == self.hidden_kinds:
            return
        self._store("view/hidden_kinds", sorted(new) if new else None)

    # ----------------------------------------------------------------- zoom
    @property
    def zoom_percent(self) -> int:
        """Text size of the window in percent of the system size (View › Zoom)."""
        return _zoom(self._int("view/zoom", DEFAULT_ZOOM), DEFAULT_ZOOM)

    @zoom_percent.setter
    def zoom_percent(self, value: int) -> None:
        self._set("view/zoom", _zoom(int(value), DEFAULT_ZOOM), self.zoom_percent)

    @property
    def presenter_zoom_percent(self) -> int:
        """Text size used in presenter mode (zooming there changes this one, not the normal size)."""
        return _zoom(self._int("view/presenter_zoom", DEFAULT_PRESENTER_ZOOM), DEFAULT_PRESENTER_ZOOM)

    @presenter_zoom_percent.setter
    def presenter_zoom_percent(self, value: int) -> None:
        self._set("view/presenter_zoom", _zoom(int(value), DEFAULT_PRESENTER_ZOOM), self.presenter_zoom_percent)

    @property
    def presenter_mode(self) -> bool:
        """Large type, high-contrast highlights and a 1280×720 layout (View › Presenter mode)."""
        return self._int("view/presenter", 0) == 1

    @presenter_mode.setter
    def presenter_mode(self, value: bool) -> None:
        self._set("view/presenter", 1 if value else 0, 1 if self.presenter_mode else 0)

    # ---------------------------------------------------------------- store
    @property
    def store_path(self) -> str:
        """Library file chosen by the user; "" means the default location. Applies at next start."""
        return self._str("store/path", "")

    @store_path.setter
    def store_path(self, value: str) -> None:
        self._set("store/path", str(value or ""), self.store_path)

    # -------------------------------------------------------------- grammar
    @property
    def grammar_mode(self) -> str:
        """"auto" | "local" | "server" | "off"."""
        value = self._str("grammar/mode", "auto")
        return value if value in GRAMMAR_MODES else "auto"

    @grammar_mode.setter
    def grammar_mode(self, value: str) -> None:
        if value not in GRAMMAR_MODES:
            raise ValueError(f"Unknown grammar mode: {value!r}")
        self._set("grammar/mode", value, self.grammar_mode)

    @property
    def grammar_download(self) -> str:
        """May Local grammar download LanguageTool (~250 MB)? "" = not asked yet, "yes", or "no" (Not now:
        grammar stays off and the question is not asked again; Preferences can change it)."""
        value = self._str("grammar/download", "")
        return value if value in ("", "yes", "no") else ""

    @grammar_download.setter
    def grammar_download(self, value: str) -> None:
        if value not in ("", "yes", "no"):
            raise ValueError(f"grammar_download must be '', 'yes' or 'no', not {value!r}")
        self._set("grammar/download", value, self.grammar_download)

    @property
    def ui_language(self) -> str:
        """Interface language chosen in Preferences ("" = follow the system; "en", "fr", "es", "pt_BR").
        Applies at the next start."""
        value = self._str("ui/language", "")
        return value if value in ("", "en", "fr", "es", "pt_BR") else ""

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        if value not in ("", "en", "fr", "es", "pt_BR"):
            raise ValueError(f"ui_language must be '', 'en', 'fr', 'es' or 'pt_BR', not {value!r}")
        self._set("ui/language", value, self.ui_language)

    @property
    def grammar_url(self) -> str:
        """URL of the user's own LanguageTool server (used when grammar_mode == "server")."""
        return self._str("grammar/url", "")

    @grammar_url.setter
    def grammar_url(self, value: str) -> None:
        self._set("grammar/url", str(value or "").strip(), self.grammar_url)

    @property
    def disabled_grammar_rules(self) -> frozenset[str]:
        """LanguageTool rule ids the user turned off."""
        return frozenset(_to_list(self._qs.value("grammar/disabled_rules", [])))

    @disabled_grammar_rules.setter
    def disabled_grammar_rules(self, value: frozenset[str]) -> None:
        new = frozenset(value)
        if new == self.disabled_grammar_rules:
            return
        self._store("grammar/disabled_rules", sorted(new) if new else None)

    # --------------------------------------------------------------- window
    @property
    def geometry(self) -> bytes:
        """Main window geometry (QWidget.saveGeometry)."""
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: bytes) -> None:
        self._set("window/geometry", QByteArray(bytes(value)), QByteArray(self.geometry))

    @property
    def window_state(self) -> bytes:
        """Main window dock/toolbar state (QMainWindow.saveState)."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: bytes) -> None:
        self._set("window/state", QByteArray(bytes(value)), QByteArray(self.window_state))

    @property
    def last_script_id(self) -> int | None:
        """The script open when the app was last closed."""
        value = self._qs.value("session/last_script_id", None)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_script_id.setter
    def last_script_id(self, value: int | None) -> None:
        self._set("session/last_script_id", None if value is None else int(value), self.last_script_id)

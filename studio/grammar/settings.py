"""Grammar settings: the three modes (local / own server / off), the CLI value, the default and Java detection.

Privacy rule: no mode ever sends text to a server the user did not name. ``default_settings`` only ever
returns Local (a LanguageTool server on this machine) or Off — never a public service.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

from studio.grammar.errors import JAVA_MISSING_MESSAGE

LOCAL = "local"
SERVER = "server"
OFF = "off"
MODES: tuple[str, ...] = (LOCAL, SERVER, OFF)

#: LanguageTool 6.x (what language-tool-python 3.4 downloads) needs Java 17.
MIN_JAVA = 17


@dataclass(frozen=True)
class GrammarSettings:
    """How grammar and spelling are checked. Hashable; a change means a new :class:`GrammarChecker`.

    ``mode``: "local" (a LanguageTool server started on this machine by language-tool-python), "server"
    (``server_url``, a LanguageTool server the user or their organisation runs) or "off".
    ``allow_download``: Local may download LanguageTool (~250 MB, from the internet) when it is not installed
    yet. Off unless the user agreed: without it, Local works only with an installed copy and otherwise
    fails with reason ``consent`` before anything goes online.
    """

    mode: str
    server_url: str = ""
    language: str = "en-US"
    disabled_rules: frozenset[str] = frozenset()
    timeout: float = 10.0
    allow_download: bool = False

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"Unknown grammar mode {self.mode!r}: use one of {', '.join(MODES)}")

    def describe(self) -> str:
        """Short human label: "off", "local", or the server URL."""
        return self.server_url if self.mode == SERVER else self.mode


def settings_from_cli(value: str) -> GrammarSettings:
    """``--grammar local|off|URL`` → settings. Anything else raises ValueError with a clear message.

    ``--grammar local`` typed on the command line is the user's explicit choice, so it may download
    LanguageTool the first time (the CLI prints the download's progress)."""
    raw = (value or "").strip()
    low = raw.lower()
    if low in (LOCAL, OFF):
        return GrammarSettings(mode=low, allow_download=low == LOCAL)
    if low.startswith(("http://", "https://")):
        try:
            return GrammarSettings(mode=SERVER, server_url=normalize_server_url(raw))
        except ValueError:
            pass
    raise ValueError(
        f"--grammar expects 'local', 'off' or the URL of a LanguageTool server such as "
        f"http://localhost:8081 (got {value!r})"
    )


def normalize_server_url(url: str) -> str:
    """``http://host:8081/``, ``http://host:8081/v2`` … → ``http://host:8081`` (the API root without ``/v2``).

    Raises ValueError for something that is not an http(s) URL with a host.
    """
    raw = (url or "").strip()
    parts = urllib.parse.urlsplit(raw)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(f"Not a LanguageTool server URL: {url!r} (expected e.g. http://localhost:8081)")
    path = parts.path.rstrip("/")
    if path.endswith("/v2"):
        path = path[: -len("/v2")]
    return urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc, path, "", ""))


# -- Java ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class JavaInfo:
    """A Java runtime found on PATH: its path and major version (0 when ``java -version`` was unreadable)."""

    path: str
    major: int


JavaFinder = Callable[[], "JavaInfo | None"]


def find_java(path: str | None = None, timeout: float = 15.0) -> JavaInfo | None:
    """The ``java`` that language-tool-python will use: the first on ``PATH`` (``path`` overrides PATH).

    language-tool-python looks only at PATH (``shutil.which("java")``), not at JAVA_HOME, so neither do we.
    Runs ``java -version`` (a fraction of a second; call it off the GUI thread).
    """
    java = shutil.which("java", path=path)
    if not java:
        return None
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=timeout,
                             check=False)
    except (OSError, subprocess.SubprocessError):
        return JavaInfo(java, 0)
    return JavaInfo(java, parse_java_major(out.stderr + out.stdout))


def parse_java_major(version_text: str) -> int:
    """Major version from ``java -version`` output ("1.8.0_292" → 8, "17.0.15" → 17); 0 if unreadable."""
    from language_tool_python.download_lt import parse_java_version

    try:
        major1, major2 = parse_java_version(version_text)
    except SystemExit:  # language-tool-python raises SystemExit for unparsable output
        return 0
    return major2 if major1 == 1 else major1


def java_status(java_finder: JavaFinder = find_java) -> tuple[bool, str]:
    """``(ok, message)``: whether Local mode can run here, in one line for the status bar."""
    info = java_finder()
    if info is None:
        hint = ""
        home = os.environ.get("JAVA_HOME")
        if home and os.path.exists(os.path.join(home, "bin", "java")):
            hint = f" (JAVA_HOME is set to {home}, but its bin folder is not on PATH)"
        return False, JAVA_MISSING_MESSAGE.replace(" — ", f"{hint} — ", 1)
    if info.major == 0:
        return False, (f"Could not tell which Java version {info.path} is — {JAVA_MISSING_MESSAGE}")
    if info.major < MIN_JAVA:
        return False, (f"Java {info.major} found, but {JAVA_MISSING_MESSAGE}")
    return True, f"Java {info.major} found ({info.path})"


def default_settings(java_finder: JavaFinder = find_java) -> tuple[GrammarSettings, str]:
    """Local when Java ≥ 17 is present, otherwise Off with a one-line explanation. Never a remote service."""
    ok, message = java_status(java_finder)
    if ok:
        return GrammarSettings(mode=LOCAL), f"Grammar: local LanguageTool ({message})"
    return GrammarSettings(mode=OFF), message

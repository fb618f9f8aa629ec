"""Where the LanguageTool server comes from: started on this machine (Local) or the user's own (Own server).

Both use language-tool-python 3.4:
  * Local: ``LocalLanguageTool.download()`` checks Java (``shutil.which("java")`` on PATH; no Java →
    ``ModuleNotFoundError``, Java < 17 → ``SystemError``, unreadable version → ``SystemExit``) and, the first
    time, downloads and verifies LanguageTool (≈250 MB) into ``$LTP_PATH`` (default
    ``~/.cache/language_tool_python``). Offline, that raises ``requests.ConnectionError`` (an OSError).
    We then start the server ourselves from ``get_server_cmd()`` instead of ``LanguageTool(language)``:
    language-tool-python's own start tries up to ~900 ports in turn, each with a fresh ``java -version`` and a
    15 s readiness wait, so a broken install keeps spawning Java for many minutes. Here there are three
    port attempts, one readiness deadline, and cancel works.
  * Own server: ``language_tool_python.LanguageTool(language, remote_server=url)`` (after a bounded probe
    of ``/v2/languages``, because its own probe waits up to 300 s) validates the language tag.

The download's progress bar (tqdm, to stderr — which a windowed app may not even have) is replaced for the
duration of the download by one that reports to our ``progress`` callback and stops when ``cancelled()``.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import tempfile
import threading
import time
import types
import urllib.parse
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from studio.grammar import errors as E
from studio.grammar.client import LanguageToolHttp
from studio.grammar.errors import JAVA_MISSING_MESSAGE, GrammarUnavailable
from studio.grammar.settings import LOCAL, SERVER, GrammarSettings

Progress = Callable[[str, "float | None"], None]
Cancelled = Callable[[], bool]

#: How long a freshly started local server may take to answer its health check.
LOCAL_READY_TIMEOUT = 90.0
LOCAL_PORT_ATTEMPTS = 3

# One download at a time per process: the progress-bar swap below is process-wide while it lasts.
_DOWNLOAD_LOCK = threading.Lock()


class Backend(Protocol):
    """A running LanguageTool: where its API is (``api_url`` ends in ``/v2/``) and how to let go of it."""

    api_url: str
    label: str
    language: str

    def close(self) -> None:
        """Stop the local server / forget the remote one."""


LtFactory = Callable[[GrammarSettings, Progress, Cancelled], Backend]


class DownloadCancelled(Exception):
    """Raised inside language-tool-python's download loop when the user cancels."""


def _nothing(_msg: str, _frac: float | None) -> None:
    return None


def _never() -> bool:
    return False


# -- Own server ---------------------------------------------------------------------------------------------
@dataclass
class RemoteBackend:
    """The user's own LanguageTool server, validated through language-tool-python."""

    api_url: str
    label: str
    language: str
    lt: Any = None

    def close(self) -> None:
        """Nothing runs here; drop the language-tool-python object."""
        if self.lt is not None:
            with contextlib.suppress(Exception):
                self.lt.close()
            self.lt = None


def start_remote(settings: GrammarSettings, progress: Progress = _nothing,
                 cancelled: Cancelled = _never) -> RemoteBackend:
    """Connect to ``settings.server_url``; raises GrammarUnavailable (unreachable, not LanguageTool, language)."""
    import language_tool_python
    from language_tool_python.exceptions import LanguageToolError

    root = settings.server_url.rstrip("/")
    progress(f"Connecting to {root}…", None)
    probe = LanguageToolHttp(root + "/v2/", timeout=settings.timeout, label=root)
    try:
        probe.languages()  # bounded: LanguageTool() below would wait up to 300 s on a silent server
    finally:
        probe.close()
    try:
        lt = language_tool_python.LanguageTool(settings.language, remote_server=root + "/")
    except ValueError:
        raise GrammarUnavailable(f"The LanguageTool server at {root} does not support the language "
                                 f"{settings.language!r}", E.CONFIG) from None
    except (LanguageToolError, OSError):
        raise GrammarUnavailable(f"LanguageTool ({root}) is not reachable", E.UNREACHABLE) from None
    return RemoteBackend(api_url=lt.url, label=root, language=str(lt.language), lt=lt)


# -- Local --------------------------------------------------------------------------------------------------
@dataclass
class LocalBackend:
    """A LanguageTool server process started on this machine (listening on localhost only)."""

    api_url: str
    process: subprocess.Popen[bytes]
    language: str
    label: str = "local server"
    _log: IO[bytes] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # Also stops the server when the app exits without closing us (interpreter shutdown runs finalizers).
        self._finalizer = weakref.finalize(self, _stop_process, self.process)

    def close(self) -> None:
        """Stop the Java process (terminate, then kill)."""
        self._finalizer()
        if self._log is not None:
            self._log.close()
            self._log = None

    def alive(self) -> bool:
        """True while the Java process runs."""
        return self.process.poll() is None


def start_local(settings: GrammarSettings, progress: Progress = _nothing,
                cancelled: Cancelled = _never) -> LocalBackend:
    """Java check, first-time download (with progress and cancel), then start the server and wait for it."""
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool

    local = LocalLanguageTool.from_version_name(LTP_DOWNLOAD_VERSION)
    if not settings.allow_download and not _installed(local):
        _refuse_download()      # before anything is shown or fetched: the user has not agreed to it
    progress("Checking Java…", None)
    _download(local, progress, cancelled)
    if cancelled():
        raise _cancelled()
    last: GrammarUnavailable | None = None
    for _attempt in range(LOCAL_PORT_ATTEMPTS):
        try:
            return _launch(local, settings, progress, cancelled)
        except _PortTaken as exc:
            last = exc.error
    assert last is not None
    raise last


@dataclass(frozen=True)
class DownloadInfo:
    """What the first-time download of LanguageTool is, for the question asked before it starts."""

    version: str
    url: str
    folder: str
    size_mb: int = 250

    @property
    def host(self) -> str:
        """The site the download comes from."""
        return urllib.parse.urlsplit(self.url).netloc or self.url


def download_info() -> DownloadInfo:
    """Version, URL and destination folder of the LanguageTool download (reads no network)."""
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool
    from language_tool_python.utils import LTP_PATH_ENV_VAR

    local = LocalLanguageTool.from_version_name(LTP_DOWNLOAD_VERSION)
    folder = os.environ.get(LTP_PATH_ENV_VAR) or str(Path.home() / ".cache" / "language_tool_python")
    return DownloadInfo(version=local.version_name, url=str(local.download_url), folder=folder)


def local_installed() -> bool:
    """True when the LanguageTool version Local mode uses is already on this machine (no download needed)."""
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool

    return _installed(LocalLanguageTool.from_version_name(LTP_DOWNLOAD_VERSION))


def _installed(local: Any) -> bool:
    try:
        local.get_jar_path()
    except (FileNotFoundError, OSError):
        return False
    return True


def _refuse_download() -> None:
    """Local mode without an installed LanguageTool and without the user's OK to download it: a missing
    Java is still reported as such (downloading would not help), otherwise reason ``consent``."""
    from studio.grammar.settings import java_status

    ok, message = java_status()
    if not ok:
        raise GrammarUnavailable(message, E.JAVA)
    raise GrammarUnavailable(f"LanguageTool (about {download_info().size_mb} MB) is not downloaded — grammar "
                             "checking is off until you agree to download it", E.CONSENT)


def default_factory(settings: GrammarSettings, progress: Progress, cancelled: Cancelled) -> Backend:
    """The real thing: Local or Own server, as the settings say."""
    if settings.mode == LOCAL:
        return start_local(settings, progress, cancelled)
    if settings.mode == SERVER:
        return start_remote(settings, progress, cancelled)
    raise GrammarUnavailable("Grammar checking is off", E.CONFIG)


def _cancelled() -> GrammarUnavailable:
    return GrammarUnavailable("LanguageTool download cancelled — grammar checking stays off until you "
                              "turn it on again", E.CANCELLED)


def _download(local: Any, progress: Progress, cancelled: Cancelled) -> None:
    """``local.download()`` (Java check first) with every failure as one clear GrammarUnavailable."""
    import requests
    from language_tool_python.exceptions import JavaError, LanguageToolError

    try:
        with _download_hooks(local.version_name, progress, cancelled):
            local.download()
    except DownloadCancelled:
        raise _cancelled() from None
    except ModuleNotFoundError:  # language-tool-python: "No java install detected"
        raise GrammarUnavailable(JAVA_MISSING_MESSAGE, E.JAVA) from None
    except SystemError as exc:  # "Detected java 11.0. LanguageTool requires Java >= 17 …"
        raise GrammarUnavailable(f"{_first_sentence(str(exc))} — {JAVA_MISSING_MESSAGE}", E.JAVA) from None
    except SystemExit:  # java -version output it could not parse
        raise GrammarUnavailable(f"Could not tell which Java this is — {JAVA_MISSING_MESSAGE}", E.JAVA) from None
    except JavaError:
        raise GrammarUnavailable(JAVA_MISSING_MESSAGE, E.JAVA) from None
    except subprocess.CalledProcessError:  # `java -version` itself failed
        raise GrammarUnavailable(f"Java is installed but does not run — {JAVA_MISSING_MESSAGE}",
                                 E.JAVA) from None
    except (requests.Timeout, TimeoutError):
        raise GrammarUnavailable(_download_failed("the download timed out"), E.DOWNLOAD) from None
    except requests.ConnectionError:
        raise GrammarUnavailable(_download_failed("no internet connection?"), E.DOWNLOAD) from None
    except requests.RequestException as exc:
        raise GrammarUnavailable(_download_failed(type(exc).__name__), E.DOWNLOAD) from None
    except LanguageToolError as exc:  # PathError: HTTP 404/403, checksum mismatch, too large, bad zip
        raise GrammarUnavailable(_download_failed(_first_sentence(str(exc))), E.DOWNLOAD) from None
    except (OSError, ValueError) as exc:  # disk full, unwritable cache folder, broken zip …
        raise GrammarUnavailable(_download_failed(_first_sentence(str(exc)) or type(exc).__name__),
                                 E.DOWNLOAD) from None


def _download_failed(why: str) -> str:
    return (f"LanguageTool could not be downloaded ({why}) — grammar checking is off, other checks keep "
            "working; try again when online, or use your own LanguageTool server")


def _first_sentence(text: str) -> str:
    line = " ".join(text.split())
    return line.split(". ")[0].rstrip(".")[:200]


class _PortTaken(Exception):
    def __init__(self, error: GrammarUnavailable) -> None:
        super().__init__(str(error))
        self.error = error


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _launch(local: Any, settings: GrammarSettings, progress: Progress, cancelled: Cancelled) -> LocalBackend:
    from language_tool_python.exceptions import JavaError, LanguageToolError
    from language_tool_python.utils import startupinfo

    try:
        host = socket.gethostbyname("localhost")
    except OSError:
        host = "127.0.0.1"
    port = _free_port(host)
    try:
        cmd = local.get_server_cmd(port)
    except JavaError:
        raise GrammarUnavailable(JAVA_MISSING_MESSAGE, E.JAVA) from None
    except (LanguageToolError, OSError) as exc:
        raise GrammarUnavailable(f"LanguageTool is not installed correctly ({_first_sentence(str(exc))}) — "
                                 "delete that folder to download it again", E.INSTALL) from None
    progress("Starting the local LanguageTool server…", None)
    log = tempfile.TemporaryFile()
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                                startupinfo=startupinfo)
    except OSError as exc:
        log.close()
        raise GrammarUnavailable(f"Could not start Java for LanguageTool ({exc.strerror or exc})",
                                 E.INSTALL) from None
    backend = LocalBackend(api_url=f"http://{host}:{port}/v2/", process=proc, language=settings.language,
                           _log=log)
    try:
        _wait_ready(backend, settings, cancelled)
    except BaseException:
        backend.close()
        raise
    return backend


def _wait_ready(backend: LocalBackend, settings: GrammarSettings, cancelled: Cancelled) -> None:
    client = LanguageToolHttp(backend.api_url, timeout=settings.timeout, label="local server")
    try:
        deadline = time.monotonic() + LOCAL_READY_TIMEOUT
        while time.monotonic() < deadline:
            if cancelled():
                raise GrammarUnavailable("Starting LanguageTool was cancelled", E.CANCELLED)
            code = backend.process.poll()
            if code is not None:
                tail = _log_tail(backend._log)
                error = GrammarUnavailable(
                    f"The local LanguageTool server stopped while starting (exit code {code})"
                    + (f": {tail}" if tail else ""), E.INSTALL)
                if "address already in use" in tail.lower():
                    raise _PortTaken(error)
                raise error
            if client.healthy():
                _check_language(client, backend, settings)
                return
            time.sleep(0.25)
        raise GrammarUnavailable(f"The local LanguageTool server did not start within "
                                 f"{LOCAL_READY_TIMEOUT:g} s", E.INSTALL)
    finally:
        client.close()


def _check_language(client: LanguageToolHttp, backend: LocalBackend, settings: GrammarSettings) -> None:
    from language_tool_python.language_tag import LanguageTag

    codes = set()
    for entry in client.languages():
        codes.update(str(entry.get(k)) for k in ("code", "longCode") if entry.get(k))
    try:
        backend.language = str(LanguageTag(settings.language, codes))
    except ValueError:
        raise GrammarUnavailable(f"LanguageTool does not support the language {settings.language!r}",
                                 E.CONFIG) from None


def _log_tail(log: IO[bytes] | None, limit: int = 300) -> str:
    if log is None:
        return ""
    try:
        log.seek(0)
        lines = [ln.strip() for ln in log.read().decode("utf-8", "replace").splitlines() if ln.strip()]
    except OSError:
        return ""
    return " | ".join(lines[-3:])[-limit:]


def _stop_process(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)


# -- download progress ---------------------------------------------------------------------------------------
class _ProgressBar:
    """Stands in for ``tqdm.tqdm`` inside language-tool-python's download loop."""

    def __init__(self, *_args: Any, total: int | None = None, version: str = "",
                 progress: Progress = _nothing, cancelled: Cancelled = _never, **_kwargs: Any) -> None:
        self.total = total if total and total > 0 else None
        self.done = 0
        self._version = version
        self._progress = progress
        self._cancelled = cancelled
        self._last = -1.0
        if cancelled():
            raise DownloadCancelled()
        self._report(force=True)

    def update(self, n: int = 1) -> None:
        """One chunk arrived: report (at most every whole percent / 8 MB) and stop if cancelled."""
        self.done += n
        if self._cancelled():
            raise DownloadCancelled()
        self._report()

    def close(self) -> None:
        """End of download (nothing to clean up)."""

    def _report(self, force: bool = False) -> None:
        mb = self.done / 1_000_000
        if self.total:
            frac = min(1.0, self.done / self.total)
            if force or frac - self._last >= 0.01:
                self._last = frac
                self._progress(f"Downloading LanguageTool {self._version}… {frac:.0%} "
                               f"({mb:.0f} of {self.total / 1_000_000:.0f} MB)", frac)
        elif force or mb - self._last >= 8:
            self._last = mb
            self._progress(f"Downloading LanguageTool {self._version}… {mb:.0f} MB", None)


@contextlib.contextmanager
def _download_hooks(version: str, progress: Progress, cancelled: Cancelled) -> Iterator[None]:
    """Route language-tool-python's download progress bar to ``progress`` while the download runs."""
    import language_tool_python.download_lt as dl

    def make_bar(*args: Any, **kwargs: Any) -> _ProgressBar:
        return _ProgressBar(*args, version=version, progress=progress, cancelled=cancelled, **kwargs)

    with _DOWNLOAD_LOCK:
        original = dl.tqdm
        dl.tqdm = types.SimpleNamespace(tqdm=make_bar)  # type: ignore[assignment]
        try:
            yield
        finally:
            dl.tqdm = original

"""GrammarService: LanguageTool checks in their own QThread, separate from the spaCy analysis thread.

The GUI thread only ever stores requests and receives signals. The worker thread starts LanguageTool (which
may download ~250 MB the first time, with progress and cancel) and checks one segment at a time; every
blocking call is bounded and abandonable, so neither typing, the analysis, nor quitting waits for a slow
server.

* Newest request per (script, segment) wins; results older than the newest request are dropped.
* A failure is reported once through ``status`` (not per request); transient failures (server down,
  timeout, rate limit) back off — 30 s, doubling to 5 min, or the server's Retry-After — then retry; other
  failures (no Java, download failed/cancelled, bad URL) wait for the next :meth:`configure`.
* Switching to Off clears the grammar highlights of every segment the service has seen.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal, Slot

from studio.grammar import errors as E
from studio.grammar.backends import LtFactory
from studio.grammar.checker import Abandoned, GrammarChecker, run_abandonable
from studio.grammar.errors import GrammarUnavailable
from studio.grammar.settings import LOCAL, OFF, GrammarSettings
from studio.ui.i18n import ui_tr
from studio.ui.threads import keep_until_finished

log = logging.getLogger(__name__)

Key = tuple[int, int]  # (script_id, segment_index)


@dataclass(frozen=True)
class _Request:
    script_id: int
    segment: int
    text: str
    revision: int
    allow_list: frozenset[str]


def _where(settings: GrammarSettings) -> str:
    return ui_tr("Status", "local server") if settings.mode == LOCAL else \
        ui_tr("Status", "server ({url})").format(url=settings.server_url)


def failure_status(settings: GrammarSettings, exc: GrammarUnavailable) -> str:
    """The one status-bar line for a failure (in the interface language where it has a translation)."""
    if not exc.transient and exc.reason != E.REJECTED:
        text = str(exc)
        if exc.reason == E.CANCELLED:
            text = ui_tr("Status", "LanguageTool download cancelled")
        elif exc.reason == E.CONSENT:
            from studio.grammar.backends import download_info

            text = ui_tr("Status", "LanguageTool (about {size} MB) is not downloaded \u2014 grammar checking is off "
                                   "until you agree to download it").format(size=download_info().size_mb)
        return ui_tr("Status", "Grammar: off \u2014 {text}").format(text=text)
    label = ui_tr("Status", "local server") if settings.mode == LOCAL else settings.server_url
    if exc.reason == E.UNREACHABLE:
        what = ui_tr("Status", "local server stopped") if settings.mode == LOCAL else \
            ui_tr("Status", "server not reachable ({label})").format(label=label)
    elif exc.reason == E.TIMEOUT:
        what = ui_tr("Status", "{where} did not answer within {seconds} s").format(
            where=_where(settings), seconds=f"{settings.timeout:g}")
    elif exc.reason == E.RATE_LIMITED:
        what = ui_tr("Status", "{where} is limiting requests, retrying later").format(where=_where(settings))
    else:
        what = str(exc)
    return ui_tr("Status", "Grammar: {what} \u2014 other checks keep working").format(what=what)


def ready_status(settings: GrammarSettings) -> str:
    """Status once LanguageTool answers."""
    return ui_tr("Status", "Grammar: local server ready") if settings.mode == LOCAL else \
        ui_tr("Status", "Grammar: server ready ({url})").format(url=settings.server_url)


class _Shared:
    """State shared by the GUI thread and the worker, guarded by one condition variable."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.settings: GrammarSettings | None = None
        self.version = 0
        self.server_version = 0   # bumped only when a different LanguageTool is needed (mode, URL, language …)
        self.pending: OrderedDict[Key, _Request] = OrderedDict()
        self.stop = False
        self.cancel = threading.Event()


class _Worker(QThread):
    """The grammar thread: owns the GrammarChecker; talks to the service only through signals."""

    result = Signal(int, int, str, int, object)   # script_id, segment, text, revision, findings
    state = Signal(str)
    download = Signal(str, float)
    consent = Signal()

    def __init__(self, shared: _Shared, checker_factory: Callable[[GrammarSettings], GrammarChecker],
                 retry_seconds: float, max_retry_seconds: float) -> None:
        super().__init__()
        self.setObjectName("studio-grammar")
        self._s = shared
        self._make_checker = checker_factory
        self._retry = retry_seconds
        self._max_retry = max_retry_seconds

    def run(self) -> None:  # noqa: C901 — one readable state machine
        s = self._s
        checker: GrammarChecker | None = None
        settings: GrammarSettings | None = None
        version = -1
        server_version = -1
        next_try = 0.0          # monotonic time before which nothing is sent (backoff)
        delay = self._retry
        parked = False          # a failure retrying cannot fix: wait for configure()
        failing = False         # a transient failure was reported; say so when it recovers
        try:
            while True:
                with s.cond:
                    if s.stop:
                        return
                    changed = s.version != version
                    if changed:
                        version, settings, server_version = s.version, s.settings, s.server_version
                    else:
                        need_start = checker is None or not checker.started
                        idle = settings is None or settings.mode == OFF or parked \
                            or not (need_start or s.pending)
                        if idle or time.monotonic() < next_try:
                            s.cond.wait(None if idle else max(0.01, next_try - time.monotonic()))
                            continue
                if changed:
                    checker = self._apply(checker, settings)
                    parked, failing, next_try, delay = False, False, 0.0, self._retry
                    continue
                assert settings is not None
                if checker is None or not checker.started:
                    checker = checker or self._make_checker(settings)
                    try:
                        self._start(checker, settings, server_version)
                    except GrammarUnavailable as exc:
                        if self._stale(server_version):
                            continue
                        self.state.emit(failure_status(settings, exc))
                        if exc.reason == E.CONSENT:
                            self.consent.emit()
                        if exc.transient:
                            failing = True
                            next_try, delay = time.monotonic() + (exc.retry_after or delay), \
                                min(delay * 2, self._max_retry)
                        else:
                            parked = True
                        continue
                    self.state.emit(ready_status(settings))
                    failing, next_try, delay = False, 0.0, self._retry
                with s.cond:
                    if not s.pending:
                        continue
                    key, req = s.pending.popitem(last=True)  # the segment edited last goes first
                try:
                    findings = run_abandonable(
                        lambda c=checker, r=req: c.check(r.text, allow_list=r.allow_list, segment=r.segment),
                        lambda: s.stop, name="grammar-check")
                except Abandoned:
                    return
                except GrammarUnavailable as exc:
                    if exc.reason == E.REJECTED:  # this text only (e.g. too long); others may pass
                        self.state.emit(failure_status(settings, exc))
                        continue
                    with s.cond:
                        s.pending.setdefault(key, req)  # keep it unless a newer one came in
                        s.pending.move_to_end(key, last=True)
                    self.state.emit(failure_status(settings, exc))
                    if exc.transient:
                        failing = True
                        next_try, delay = time.monotonic() + (exc.retry_after or delay), \
                            min(delay * 2, self._max_retry)
                    else:
                        parked = True
                    continue
                if failing:
                    failing, delay = False, self._retry
                    self.state.emit(ready_status(settings))
                self.result.emit(req.script_id, req.segment, req.text, req.revision, findings)
        except Exception:  # never let the thread die silently: grammar goes quiet, the app keeps going
            log.exception("grammar worker crashed")
            self.state.emit("Grammar: off — internal error (see the log); other checks keep working")
        finally:
            if checker is not None:
                checker.close()

    def _stale(self, server_version: int) -> bool:
        """Stopping, or the settings now need a different LanguageTool than the one being started."""
        with self._s.cond:
            return self._s.stop or self._s.server_version != server_version

    def _apply(self, checker: GrammarChecker | None, settings: GrammarSettings | None) -> GrammarChecker | None:
        """New settings: keep a running checker when only the turned-off rules changed."""
        if checker is not None and settings is not None and _same_server(checker.settings, settings):
            checker.set_disabled_rules(settings.disabled_rules)
            return checker
        if checker is not None:
            checker.close()
        if settings is None or settings.mode == OFF:
            return None
        return self._make_checker(settings)

    def _start(self, checker: GrammarChecker, settings: GrammarSettings, server_version: int) -> None:
        self.state.emit("Grammar: starting LanguageTool…" if settings.mode == LOCAL
                        else f"Grammar: connecting to {settings.server_url}…")

        def progress(message: str, fraction: float | None) -> None:
            self.download.emit(message, -1.0 if fraction is None else float(fraction))
            if message.startswith("Downloading"):
                self.state.emit("Grammar: d" + message[1:])

        checker.start(progress, cancelled=lambda: self._s.cancel.is_set() or self._stale(server_version))


def _same_server(a: GrammarSettings, b: GrammarSettings) -> bool:
    return (a.mode, a.server_url, a.language, a.timeout, a.allow_download) == \
        (b.mode, b.server_url, b.language, b.timeout, b.allow_download)


class GrammarService(QObject):
    """Owner of the grammar thread. Create once per app: :meth:`configure`, :meth:`start`, then :meth:`request`.

    Signals: ``segment_ready(script_id, segment_index, text, findings)``, ``status(str)`` (mode and state, for
    the status bar; each change once), ``progress(message, fraction)`` during the first-time download
    (fraction in 0…1, or -1 when the size is unknown), ``download_needed()`` when Local mode would have to
    download LanguageTool but the settings do not allow it (ask the user, then :meth:`configure`).
    """

    segment_ready = Signal(int, int, str, object)
    status = Signal(str)
    progress = Signal(str, float)
    download_needed = Signal()

    def __init__(self, settings: GrammarSettings | None = None, *, lt_factory: LtFactory | None = None,
                 retry_seconds: float = 30.0, max_retry_seconds: float = 300.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shared = _Shared()
        self._shared.settings = settings
        self._worker = _Worker(self._shared, lambda st: GrammarChecker(st, lt_factory=lt_factory),
                               retry_seconds, max_retry_seconds)
        self._worker.result.connect(self._on_result)
        self._worker.state.connect(self._on_state)
        self._worker.download.connect(self.progress)
        self._worker.consent.connect(self.download_needed)
        self._latest: OrderedDict[Key, _Request] = OrderedDict()   # newest request per segment
        self._started = False
        self._stopped = False
        self._last_status = ""

    # -- public API (GUI thread) ------------------------------------------------------------------------------
    @property
    def settings(self) -> GrammarSettings | None:
        """The current settings (None before :meth:`configure`)."""
        return self._shared.settings

    @property
    def last_status(self) -> str:
        """The most recent status line."""
        return self._last_status

    def configure(self, settings: GrammarSettings, note: str = "") -> None:
        """Use new settings (restarts LanguageTool unless only the turned-off rules changed) and re-check
        every segment seen so far. ``note`` explains an Off chosen for the user (e.g. no Java)."""
        old = self._shared.settings
        with self._shared.cond:
            self._shared.settings = settings
            self._shared.version += 1
            if old is None or not _same_server(old, settings):
                self._shared.server_version += 1
            self._shared.cancel.clear()
            self._shared.pending.clear()
            if settings.mode != OFF:
                for key, req in self._latest.items():
                    self._shared.pending[key] = req
            self._shared.cond.notify_all()
        if settings.mode == OFF:
            self._on_state(f"Grammar: off — {note}" if note else "Grammar: off")
            if old is not None and old.mode != OFF:
                for (script_id, segment), req in list(self._latest.items()):
                    self.segment_ready.emit(script_id, segment, req.text, [])

    def start(self) -> None:
        """Start the grammar thread (returns at once). Also retries after a cancelled download."""
        if self._stopped:
            return
        if self._started:
            with self._shared.cond:
                if self._shared.cancel.is_set():
                    self._shared.cancel.clear()
                    self._shared.version += 1
                    self._shared.server_version += 1
                    self._shared.cond.notify_all()
            return
        self._started = True
        settings = self._shared.settings
        if settings is None or settings.mode == OFF:
            if not self._last_status:
                self._on_state("Grammar: off")
        self._worker.start(QThread.Priority.LowPriority)

    def request(self, script_id: int, segment_index: int, text: str, revision: int,
                allow_list: frozenset[str] = frozenset()) -> None:
        """Queue a check of one segment's text; replaces any older request for that segment."""
        if self._stopped:
            return
        key = (script_id, segment_index)
        req = _Request(script_id, segment_index, text, revision, frozenset(allow_list))
        self._latest[key] = req
        self._latest.move_to_end(key)
        while len(self._latest) > 2000:
            self._latest.popitem(last=False)
        settings = self._shared.settings
        if settings is None or settings.mode == OFF:
            return
        with self._shared.cond:
            self._shared.pending[key] = req
            self._shared.pending.move_to_end(key)
            self._shared.cond.notify_all()

    def forget_script(self, script_id: int) -> None:
        """Drop pending work and memory of a closed script."""
        with self._shared.cond:
            for key in [k for k in self._shared.pending if k[0] == script_id]:
                del self._shared.pending[key]
        for key in [k for k in self._latest if k[0] == script_id]:
            del self._latest[key]

    def cancel_start(self) -> None:
        """Stop a running first-time download / server start (the user pressed Cancel)."""
        self._shared.cancel.set()

    def request_stop(self) -> None:
        """Tell the thread to stop and the local server to shut down; returns at once. Safe to call twice."""
        self._stopped = True
        with self._shared.cond:
            self._shared.stop = True
            self._shared.cancel.set()
            self._shared.pending.clear()
            self._shared.cond.notify_all()

    def shutdown(self, timeout_ms: int = 8000) -> None:
        """Stop the thread and the local LanguageTool server, waiting at most ``timeout_ms``. Safe to call
        twice; never waits on a slow server (in-flight calls are abandoned). A thread still busy after the
        deadline (e.g. the Java server taking its time to exit) finishes in the background."""
        self.request_stop()
        if self._worker.parent() is not None:
            return                # already given up on once: it finishes in the background
        if self._worker.isRunning() and not self._worker.wait(timeout_ms):
            log.info("The grammar thread is still stopping after %s ms; it finishes in the background",
                     timeout_ms)
            keep_until_finished(self._worker)

    # -- from the worker ------------------------------------------------------------------------------------
    @Slot(int, int, str, int, object)
    def _on_result(self, script_id: int, segment: int, text: str, revision: int, findings: object) -> None:
        if self._stopped:
            return
        latest = self._latest.get((script_id, segment))
        if latest is None or revision < latest.revision:
            return  # stale: the segment was edited again since this was sent
        settings = self._shared.settings
        if settings is None or settings.mode == OFF:
            return
        self.segment_ready.emit(script_id, segment, text, findings)

    @Slot(str)
    def _on_state(self, text: str) -> None:
        if text == self._last_status:
            return
        self._last_status = text
        self.status.emit(text)

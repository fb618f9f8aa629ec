"""The one thread that owns the spaCy pipeline.

:class:`AnalysisService` lives in the GUI thread; its worker lives in a private :class:`QThread` and builds
the :class:`~studio.analysis.engine.Analyzer` there (loading the model takes ~1.5 s, the window stays
usable meanwhile). Requests go into a one-slot mailbox: if the user keeps typing while an analysis runs,
only the newest request is processed next, older ones are simply replaced.

With a :class:`~studio.analysis.result_cache.ResultCache`, the worker stores each settled result on disk,
and while the model is still loading a request whose exact input was analysed before (the script opened
at start, unchanged since last time) is answered from that cache at once; the real analysis follows.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from studio.analysis.model import AnalysisContext, AnalysisResult, SegmentInput
from studio.analysis.result_cache import ResultCache
from studio.ui.import_speed import speed_up_imports
from studio.ui.threads import keep_until_finished

log = logging.getLogger(__name__)

STARTING = "Starting analysis\u2026"
READY = "Analysis ready"


class AnalyzerLike:
    """What the service needs from an analyzer (the real one is studio.analysis.engine.Analyzer)."""

    def analyze(self, segments: Sequence[SegmentInput], ctx: AnalysisContext,
                revision: int = 0) -> AnalysisResult:  # pragma: no cover - protocol
        """Analyse a script."""
        raise NotImplementedError


AnalyzerFactory = Callable[[], AnalyzerLike]


def _default_factory() -> AnalyzerLike:
    from studio.analysis.router import AnalyzerRouter

    return AnalyzerRouter()   # English now; each other language on its first script


@dataclass(frozen=True)
class _Request:
    revision: int
    segments: tuple[SegmentInput, ...]
    ctx: AnalysisContext


class _Mailbox:
    """Holds only the newest pending request (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._request: _Request | None = None

    def put(self, request: _Request) -> None:
        with self._lock:
            self._request = request

    def take(self) -> _Request | None:
        with self._lock:
            request, self._request = self._request, None
            return request

    def empty(self) -> bool:
        with self._lock:
            return self._request is None


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Load a model without stalling the window on Python's garbage collector.

    Loading spaCy creates millions of objects; each full collection it triggers walks all of them while
    holding the interpreter lock (80-290 ms each, measured), and the window cannot repaint meanwhile. So no
    collection runs while the model loads (threshold 0: srsly turns the collector back on with gc.enable()
    while reading the model, thresholds it leaves alone), and afterwards what was loaded is moved out of the
    collector's sight (``gc.freeze``): later collections, while typing too, only walk what analyses create.
    """
    saved = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.freeze()               # first: with collections back on, the next allocation would walk all of it
        gc.set_threshold(*saved)


def _failure_text(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return f"Analysis unavailable: {text}"


class _Worker(QObject):
    """Runs in the analysis thread: builds the analyzer, then serves requests from the mailbox."""

    status = Signal(str)
    ready = Signal(int, object)
    failed = Signal(int, str)
    job_done = Signal(int, object)
    job_failed = Signal(int, str)

    def __init__(self, factory: AnalyzerFactory, mailbox: _Mailbox, cache: ResultCache | None = None) -> None:
        super().__init__()
        self._factory = factory
        self._mailbox = mailbox
        self._cache = cache
        self._analyzer: AnalyzerLike | None = None
        self._load_error: str | None = None
        self._loaded = False
        self._gc_pause: AbstractContextManager[None] | None = None

    @Slot()
    def load(self) -> None:
        """Build the analyzer (loads spaCy) in this thread."""
        if self._loaded:
            return
        self._loaded = True
        try:
            with _no_gc_pauses():
                self._analyzer = self._factory()
        except Exception as exc:  # model missing, broken install: tell the user, keep the editor working
            log.exception("Could not start the analysis")
            self._load_error = _failure_text(exc)
            self.status.emit(self._load_error)
        else:
            if hasattr(self._analyzer, "on_loading"):   # a language loads on its first script
                self._analyzer.on_loading = self._language_loading  # type: ignore[attr-defined]
            self.status.emit(READY)
        self.process()

    def _language_loading(self, name: str) -> None:
        if name:                   # a language loads now: no collections meanwhile (see _no_gc_pauses)
            self._gc_pause = _no_gc_pauses()
            self._gc_pause.__enter__()
        elif self._gc_pause is not None:
            self._gc_pause.__exit__(None, None, None)
            self._gc_pause = None
        self.status.emit(f"Loading the {name} language model\u2026" if name else READY)

    @Slot()
    def process(self) -> None:
        """Analyse the newest pending request, if any (older ones were replaced)."""
        if not self._loaded:
            return          # load() runs first and processes the mailbox afterwards
        request = self._mailbox.take()
        if request is None:
            return
        if self._analyzer is None:
            self.failed.emit(request.revision, self._load_error or "Analysis is not available.")
            return
        try:
            result = self._analyzer.analyze(list(request.segments), request.ctx, request.revision)
        except Exception as exc:
            log.exception("Analysis failed (revision %s)", request.revision)
            self.failed.emit(request.revision, f"Analysis failed: {str(exc).strip() or type(exc).__name__}. "
                                               "Your text is safe; the checks will retry on the next edit.")
            return
        self.ready.emit(request.revision, result)
        if self._cache is not None and self._mailbox.empty():       # settled: the text the user now sees
            self._cache.put(request.segments, request.ctx, result)

    @Slot(int, object)
    def run_job(self, job_id: int, job: Callable[[AnalyzerLike], object]) -> None:
        """Run ``job(analyzer)`` here, in the thread that owns spaCy (e.g. a before/after report)."""
        if self._analyzer is None:
            self.job_failed.emit(job_id, self._load_error or "Analysis is not available.")
            return
        try:
            out = job(self._analyzer)
        except Exception as exc:
            log.exception("Analysis job %s failed", job_id)
            self.job_failed.emit(job_id, f"Analysis failed: {str(exc).strip() or type(exc).__name__}.")
            return
        self.job_done.emit(job_id, out)


class AnalysisService(QObject):
    """Owner of the analysis thread. Create once per app; call :meth:`start` after the window shows.

    Signals: ``status(str)`` (starting / ready / failure text), ``ready(revision, AnalysisResult)``,
    ``failed(revision, message)``; ``job_done(job id, value)`` / ``job_failed(job id, message)`` for
    :meth:`submit`.
    """

    status = Signal(str)
    ready = Signal(int, object)
    failed = Signal(int, str)
    job_done = Signal(int, object)
    job_failed = Signal(int, str)
    _job = Signal(int, object)
    _load_requested = Signal()
    _wake = Signal()

    def __init__(self, analyzer_factory: AnalyzerFactory | None = None, parent: QObject | None = None,
                 result_cache: ResultCache | None = None) -> None:
        super().__init__(parent)
        self._mailbox = _Mailbox()
        self._cache = result_cache
        self._live = False            # a result came from the worker: the model is loaded, no cache needed
        self._thread = QThread()
        self._thread.setObjectName("studio-analysis")
        self._worker = _Worker(analyzer_factory or _default_factory, self._mailbox, result_cache)
        self._worker.moveToThread(self._thread)
        self._load_requested.connect(self._worker.load)
        self._wake.connect(self._worker.process)
        self._worker.status.connect(self._on_status)
        self._worker.ready.connect(self._on_ready)
        self._worker.failed.connect(self._on_failed)
        self._job.connect(self._worker.run_job)
        self._worker.job_done.connect(self.job_done)
        self._worker.job_failed.connect(self.job_failed)
        self._jobs = 0
        self._thread.finished.connect(self._worker.deleteLater)
        self._started = False
        self._stopped = False
        self._last_status = ""
        app = QCoreApplication.instance()
        if app is not None:       # never leave a running thread behind at exit (nor wait long for it)
            app.aboutToQuit.connect(lambda: self.shutdown(timeout_ms=300))

    @property
    def last_status(self) -> str:
        """The most recent status text ("" before :meth:`start`)."""
        return self._last_status

    @property
    def started(self) -> bool:
        """True once :meth:`start` was called (and until :meth:`shutdown`)."""
        return self._started and not self._stopped

    def start(self) -> None:
        """Start the thread and load the model there. Returns at once."""
        if self._started or self._stopped:
            return
        self._started = True
        speed_up_imports()        # the thread imports spaCy's ~1,000 modules next
        self._on_status(STARTING)
        self._thread.start(QThread.Priority.LowPriority)
        self._load_requested.emit()

    def request(self, revision: int, segments: Sequence[SegmentInput], ctx: AnalysisContext) -> None:
        """Queue an analysis of ``segments``; replaces any request still waiting."""
        if self._stopped:
            return
        request = _Request(revision, tuple(segments), ctx)
        self._mailbox.put(request)
        if self._started:
            self._wake.emit()
        if self._cache is not None and not self._live:
            cached = self._cache.get(request.segments, ctx)
            if cached is not None:
                QTimer.singleShot(0, lambda: self._deliver_cached(revision, cached))

    def _deliver_cached(self, revision: int, result: AnalysisResult) -> None:
        if not self._stopped and not self._live:
            self.ready.emit(revision, replace(result, revision=revision))

    @Slot(int, object)
    def _on_ready(self, revision: int, result: object) -> None:
        self._live = True
        self.ready.emit(revision, result)

    def submit(self, job: Callable[[AnalyzerLike], object]) -> int:
        """Run ``job(analyzer)`` in the analysis thread after the work queued before it (it waits for the
        model when the service is starting); the answer comes as ``job_done``/``job_failed`` with the id
        returned here. Jobs are never dropped for newer ones, unlike :meth:`request`."""
        self._jobs += 1
        if not self._stopped:
            self._job.emit(self._jobs, job)
        return self._jobs

    def request_stop(self) -> None:
        """Drop pending work and let the thread end after what it is doing now; returns at once."""
        if self._stopped:
            return
        self._stopped = True
        self._mailbox.take()
        if self._thread.isRunning():
            self._thread.quit()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop the thread, waiting at most ``timeout_ms`` for a running analysis or model load to end. Safe
        to call twice. A thread still busy after the deadline finishes in the background (its results are
        dropped)."""
        self.request_stop()
        if self._thread.parent() is not None:
            return                # already given up on once: it finishes in the background
        if self._thread.isRunning() and not self._thread.wait(timeout_ms):
            log.info("The analysis thread is still busy after %s ms; it finishes in the background", timeout_ms)
            keep_until_finished(self._thread)

    @Slot(str)
    def _on_status(self, text: str) -> None:
        self._last_status = text
        self.status.emit(text)

    @Slot(int, str)
    def _on_failed(self, revision: int, message: str) -> None:
        self.failed.emit(revision, message)

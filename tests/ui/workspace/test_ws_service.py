"""AnalysisService: one worker thread, newest request wins, failures become messages."""

from __future__ import annotations

import threading

from studio.analysis.model import AnalysisContext, AnalysisResult, Metrics, SegmentInput
from studio.ui.workspace.analysis_service import READY, STARTING, AnalysisService


class GatedAnalyzer:
    """Blocks each analysis until the test opens the gate; records what it analysed and where."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.seen: list[int] = []
        self.threads: set[str] = set()
        self.built_in: str = threading.current_thread().name

    def analyze(self, segments, ctx, revision=0) -> AnalysisResult:
        self.threads.add(threading.current_thread().name)
        self.gate.wait(10)
        self.seen.append(revision)
        return AnalysisResult((), Metrics(words=len(segments)), revision)


def test_only_newest_queued_request_is_processed(qtbot) -> None:
    holder: dict[str, GatedAnalyzer] = {}

    def factory() -> GatedAnalyzer:
        holder["a"] = GatedAnalyzer()
        holder["a"].built_in = threading.current_thread().name
        return holder["a"]

    service = AnalysisService(analyzer_factory=factory)
    results: list[int] = []
    service.ready.connect(lambda rev, result: results.append(rev))
    statuses: list[str] = []
    service.status.connect(statuses.append)
    try:
        service.start()
        qtbot.waitUntil(lambda: READY in statuses, timeout=5000)
        ctx = AnalysisContext()
        service.request(1, [SegmentInput("one")], ctx)
        qtbot.waitUntil(lambda: bool(holder["a"].threads), timeout=5000)   # 1 is running (gate closed)
        for rev in (2, 3, 4):
            service.request(rev, [SegmentInput(f"v{rev}")], ctx)
        holder["a"].gate.set()
        qtbot.waitUntil(lambda: 4 in results, timeout=5000)
        qtbot.wait(100)
    finally:
        holder.get("a", GatedAnalyzer()).gate.set()
        service.shutdown()
    assert results == [1, 4]                 # 2 and 3 were replaced while 1 ran
    assert statuses[0] == STARTING
    main = threading.current_thread().name
    assert holder["a"].built_in != main and holder["a"].threads == {holder["a"].built_in}


def test_request_before_start_is_analysed_after_loading(qtbot) -> None:
    analyzer = GatedAnalyzer()
    analyzer.gate.set()
    service = AnalysisService(analyzer_factory=lambda: analyzer)
    service.request(7, [SegmentInput("typed while the model loads")], AnalysisContext())
    with qtbot.waitSignal(service.ready, timeout=5000) as blocker:
        service.start()
    service.shutdown()
    assert blocker.args[0] == 7


def test_missing_model_is_reported_and_requests_fail_cleanly(qtbot) -> None:
    def factory():
        raise RuntimeError("No English language model is installed")

    service = AnalysisService(analyzer_factory=factory)
    statuses: list[str] = []
    service.status.connect(statuses.append)
    service.start()
    qtbot.waitUntil(lambda: len(statuses) >= 2, timeout=5000)
    assert "No English language model is installed" in statuses[-1]
    with qtbot.waitSignal(service.failed, timeout=5000) as blocker:
        service.request(1, [SegmentInput("text")], AnalysisContext())
    assert blocker.args[0] == 1 and "language model" in blocker.args[1]
    service.shutdown()
    service.shutdown()                        # twice is fine


def test_crash_inside_analysis_becomes_failed_signal(qtbot) -> None:
    class Broken:
        def analyze(self, segments, ctx, revision=0):
            raise ValueError("boom")

    service = AnalysisService(analyzer_factory=Broken)
    service.start()
    with qtbot.waitSignal(service.failed, timeout=5000) as blocker:
        service.request(3, [SegmentInput("text")], AnalysisContext())
    service.shutdown()
    assert blocker.args[0] == 3
    assert "Analysis failed" in blocker.args[1] and "boom" in blocker.args[1]


def test_cached_result_is_shown_while_the_model_still_loads(qtbot, tmp_path, analyzer) -> None:
    import threading

    from studio.analysis.model import AnalysisContext, SegmentInput
    from studio.analysis.result_cache import ResultCache

    segments = [SegmentInput(text="Postprandial hyperglycaemia is common.", name="Hook")]
    ctx = AnalysisContext()
    cache = ResultCache(tmp_path / "cache", "v1")
    service = AnalysisService(analyzer_factory=lambda: analyzer, result_cache=cache)
    service.start()
    with qtbot.waitSignal(service.ready, timeout=20_000) as first:
        service.request(1, segments, ctx)
    assert first.args[1].findings
    qtbot.waitUntil(lambda: cache.get(segments, ctx) is not None, timeout=5000)     # stored once settled
    service.shutdown()

    release = threading.Event()

    def loading():
        release.wait(20)
        return analyzer

    again = AnalysisService(analyzer_factory=loading, result_cache=cache)           # the next start
    again.start()
    try:
        with qtbot.waitSignal(again.ready, timeout=3000) as early:
            again.request(7, segments, ctx)
        assert not release.is_set()                                                  # model not loaded yet
        assert early.args[0] == 7 and early.args[1].revision == 7
        assert early.args[1].findings == first.args[1].findings
    finally:
        release.set()
    again.shutdown()


def test_no_collector_pauses_while_the_model_loads_and_the_model_is_frozen_after(qtbot) -> None:
    """Full garbage collections over the loaded model stalled the window for 80-290 ms at start."""
    import gc

    from studio.analysis.model import AnalysisContext, AnalysisResult, Metrics, SegmentInput

    before = gc.get_threshold()
    seen: dict[str, object] = {}

    class Loaded:
        def analyze(self, segments, ctx, revision=0):
            return AnalysisResult(segments=(), metrics=Metrics(), revision=revision)

    def factory():
        gc.enable()                               # what srsly does while reading a model
        seen["threshold"] = gc.get_threshold()[0]
        seen["model"] = [[object()] for _ in range(1000)]
        return Loaded()

    service = AnalysisService(analyzer_factory=factory)
    service.start()
    with qtbot.waitSignal(service.ready, timeout=10_000):
        service.request(1, [SegmentInput(text="Hello.", name="Hook")], AnalysisContext())
    service.shutdown()
    assert seen["threshold"] == 0                 # no automatic collection during the load
    assert gc.get_threshold() == before           # collections back on afterwards
    assert gc.get_freeze_count() >= 1000          # the loaded objects are out of the collector's sight

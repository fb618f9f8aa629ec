"""GrammarService: LanguageTool results arrive by signal from its own thread, stale ones are dropped,
failures are reported once, and a slow server never blocks the GUI thread (fake server on 127.0.0.1)."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "grammar"))
from fake_languagetool import FakeLanguageTool, closed_port_url  # noqa: E402

from studio.grammar import GrammarSettings  # noqa: E402
from studio.ui.grammar_service import GrammarService  # noqa: E402


@pytest.fixture
def fake_lt():
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture
def make_service(qtbot):
    services: list[GrammarService] = []

    def make(url: str = "", mode: str = "server", retry: float = 30.0, **kw) -> GrammarService:
        service = GrammarService(retry_seconds=retry)
        services.append(service)
        settings = GrammarSettings(mode=mode, server_url=url, **kw) if mode == "server" \
            else GrammarSettings(mode=mode, **kw)
        service.configure(settings)
        return service

    yield make
    for service in services:
        service.shutdown()


class Recorder:
    """Collects what the service emits."""

    def __init__(self, service: GrammarService) -> None:
        self.results: list[tuple[int, int, str, list]] = []
        self.statuses: list[str] = []
        service.segment_ready.connect(lambda *args: self.results.append(args))
        service.status.connect(self.statuses.append)


def test_results_arrive_by_signal(qtbot, fake_lt, make_service):
    service = make_service(fake_lt.url)
    service.start()
    text = "🎉 Check teh dose; she go home."
    with qtbot.waitSignal(service.segment_ready, timeout=5000) as blocker:
        service.request(7, 2, text, 1, frozenset())
    script_id, segment, got_text, findings = blocker.args
    assert (script_id, segment, got_text) == (7, 2, text)
    assert sorted((f.kind, text[f.start:f.end]) for f in findings) == [("grammar", "she go"), ("spelling", "teh")]
    assert all(f.segment == 2 for f in findings)
    assert service.last_status == f"Grammar: server ready ({fake_lt.url})"


def test_allow_list_reaches_the_checker(qtbot, fake_lt, make_service):
    service = make_service(fake_lt.url)
    service.start()
    with qtbot.waitSignal(service.segment_ready, timeout=5000) as blocker:
        service.request(1, 0, "teh and she go", 1, frozenset({"teh"}))
    assert [f.text for f in blocker.args[3]] == ["she go"]


def test_stale_results_are_dropped(qtbot, fake_lt, make_service):
    fake_lt.delay = 0.4
    service = make_service(fake_lt.url)
    rec = Recorder(service)
    service.start()
    service.request(1, 0, "first teh", 1, frozenset())
    qtbot.waitUntil(lambda: len(fake_lt.checks) == 1, timeout=5000)   # revision 1 is on the wire
    service.request(1, 0, "second teh teh", 2, frozenset())
    qtbot.waitUntil(lambda: any(r[2] == "second teh teh" for r in rec.results), timeout=5000)
    qtbot.wait(100)
    assert [r[2] for r in rec.results] == ["second teh teh"]
    assert len(rec.results[0][3]) == 2


def test_newest_request_per_segment_wins_while_busy(qtbot, fake_lt, make_service):
    fake_lt.delay = 0.3
    service = make_service(fake_lt.url)
    rec = Recorder(service)
    service.start()
    service.request(1, 0, "segment zero teh", 1, frozenset())
    qtbot.waitUntil(lambda: len(fake_lt.checks) == 1, timeout=5000)
    for revision in range(2, 12):  # typing in segment 1 while segment 0 is being checked
        service.request(1, 1, f"segment one v{revision} teh", revision, frozenset())
    qtbot.waitUntil(lambda: len(rec.results) == 2, timeout=5000)
    qtbot.wait(400)
    assert [r[2] for r in rec.results] == ["segment zero teh", "segment one v11 teh"]
    assert len(fake_lt.checks) == 2  # the ten edits cost one request


def test_server_down_is_reported_once(qtbot, make_service):
    url = closed_port_url()
    service = make_service(url)
    rec = Recorder(service)
    service.start()
    for i in range(20):
        service.request(1, i % 3, f"text {i} teh", i, frozenset())
    qtbot.waitUntil(lambda: any("not reachable" in s for s in rec.statuses), timeout=5000)
    qtbot.wait(300)
    failures = [s for s in rec.statuses if "not reachable" in s]
    assert failures == [f"Grammar: server not reachable ({url}) — other checks keep working"]
    assert rec.results == []


def test_failure_mid_session_reported_once_then_recovers(qtbot, fake_lt, make_service):
    service = make_service(fake_lt.url, retry=0.3)
    rec = Recorder(service)
    service.start()
    with qtbot.waitSignal(service.segment_ready, timeout=5000):
        service.request(1, 0, "ok teh", 1, frozenset())
    fake_lt.status = 500
    for i in range(2, 12):
        service.request(1, 0, f"edit {i} teh", i, frozenset())
    qtbot.waitUntil(lambda: any("HTTP 500" in s for s in rec.statuses), timeout=5000)
    qtbot.wait(800)  # a couple of backoff retries happen meanwhile
    assert len([s for s in rec.statuses if "HTTP 500" in s]) == 1
    fake_lt.status = 200
    qtbot.waitUntil(lambda: any(r[2] == "edit 11 teh" for r in rec.results), timeout=5000)
    assert rec.statuses[-1] == f"Grammar: server ready ({fake_lt.url})"


def test_server_that_comes_up_later_is_retried(qtbot, make_service):
    fake = FakeLanguageTool().start()
    fake.stop()  # known port, nothing listening
    service = make_service(fake.url, retry=0.2)
    rec = Recorder(service)
    service.start()
    service.request(1, 0, "teh", 1, frozenset())
    qtbot.waitUntil(lambda: any("not reachable" in s for s in rec.statuses), timeout=5000)
    fake.start()
    try:
        qtbot.waitUntil(lambda: bool(rec.results), timeout=5000)
        assert [f.text for f in rec.results[0][3]] == ["teh"]
    finally:
        fake.stop()


def test_slow_server_does_not_block_the_gui(qtbot, fake_lt, make_service):
    fake_lt.delay = 1.5
    service = make_service(fake_lt.url)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    service.start()
    service.request(1, 0, "slow teh", 1, frozenset())
    qtbot.waitUntil(lambda: len(fake_lt.checks) == 1, timeout=5000)
    ticks.clear()
    qtbot.wait(600)  # the server is still thinking
    timer.stop()
    assert len(ticks) >= 10  # a blocked GUI thread would not tick at all


def test_timeout_is_reported(qtbot, fake_lt, make_service):
    fake_lt.delay = 3.0
    service = make_service(fake_lt.url, timeout=0.3)
    service.start()
    service.request(1, 0, "teh", 1, frozenset())
    qtbot.waitUntil(lambda: "did not answer within 0.3 s" in service.last_status, timeout=5000)


def test_shutdown_does_not_wait_for_a_slow_server(qtbot, fake_lt, make_service):
    fake_lt.delay = 5.0
    service = make_service(fake_lt.url)
    service.start()
    service.request(1, 0, "teh", 1, frozenset())
    qtbot.waitUntil(lambda: len(fake_lt.checks) == 1, timeout=5000)
    t0 = time.monotonic()
    service.shutdown()
    assert time.monotonic() - t0 < 2.0


def test_switching_off_clears_highlights_and_stops_sending(qtbot, fake_lt, make_service):
    service = make_service(fake_lt.url)
    rec = Recorder(service)
    service.start()
    with qtbot.waitSignal(service.segment_ready, timeout=5000):
        service.request(3, 1, "teh", 1, frozenset())
    service.configure(GrammarSettings(mode="off"))
    assert rec.results[-1] == (3, 1, "teh", [])
    assert service.last_status == "Grammar: off"
    service.request(3, 1, "teh again", 2, frozenset())
    qtbot.wait(200)
    assert len(fake_lt.checks) == 1


def test_turning_off_a_rule_rechecks_without_restarting(qtbot, fake_lt, make_service):
    service = make_service(fake_lt.url)
    service.start()
    with qtbot.waitSignal(service.segment_ready, timeout=5000):
        service.request(1, 0, "teh and she go", 1, frozenset())
    languages_before = fake_lt.language_calls
    with qtbot.waitSignal(service.segment_ready, timeout=5000) as blocker:
        service.configure(GrammarSettings(mode="server", server_url=fake_lt.url,
                                          disabled_rules=frozenset({"HE_VERB_AGR"})))
    assert [f.text for f in blocker.args[3]] == ["teh"]
    assert fake_lt.checks[-1]["disabledRules"] == "HE_VERB_AGR"
    assert fake_lt.language_calls == languages_before  # same server: no reconnect


def test_off_because_of_java_says_why(qtbot):
    service = GrammarService()
    statuses: list[str] = []
    service.status.connect(statuses.append)
    service.configure(GrammarSettings(mode="off"), note="Java 17 or newer is needed for grammar checking — …")
    service.start()
    assert statuses == ["Grammar: off — Java 17 or newer is needed for grammar checking — …"]
    service.shutdown()


def test_local_mode_without_java_is_reported_once(qtbot, tmp_path, monkeypatch, make_service):
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    service = make_service(mode="local")
    rec = Recorder(service)
    service.start()
    for i in range(5):
        service.request(1, i, "teh", 1, frozenset())
    qtbot.waitUntil(lambda: "Java 17 or newer" in service.last_status, timeout=5000)
    qtbot.wait(200)
    assert [s for s in rec.statuses if "Java" in s] == [
        "Grammar: off — Java 17 or newer is needed for grammar checking — install a JDK/JRE 17+ "
        "(e.g. Adoptium Temurin) or use your own LanguageTool server."]
    assert rec.results == []


@pytest.mark.skipif(shutil.which("java") is None, reason="no Java on this machine")
def test_first_download_shows_progress_and_can_be_cancelled(qtbot, tmp_path, monkeypatch, make_service):
    import language_tool_python.download_lt as dl
    from fake_languagetool import Download

    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    with FakeLanguageTool() as fake:
        fake.download = Download(path=f"/releases/LanguageTool-{dl.LTP_DOWNLOAD_VERSION}.zip",
                                 size=300 * (1 << 20), chunk_delay=0.05)
        monkeypatch.setattr(dl, "BASE_URL_NEW_RELEASES", fake.url + "/releases/")
        service = make_service(mode="local", allow_download=True)     # the user agreed to the download
        rec = Recorder(service)
        progress: list[tuple[str, float]] = []
        service.progress.connect(lambda msg, frac: progress.append((msg, frac)))
        service.start()
        qtbot.waitUntil(lambda: any(frac > 0 for _m, frac in progress), timeout=10_000)
        assert service.last_status.startswith("Grammar: downloading LanguageTool")
        assert "%" in service.last_status
        # turning off a rule meanwhile does not restart the download
        seen = len(progress)
        service.configure(GrammarSettings(mode="local", disabled_rules=frozenset({"X"}), allow_download=True))
        qtbot.waitUntil(lambda: len(progress) > seen + 2, timeout=10_000)
        after = [frac for _m, frac in progress[seen - 1:]]
        assert after == sorted(after) and after[0] > 0  # a restart would start again at "Checking Java…", 0 %
        service.cancel_start()
        qtbot.waitUntil(lambda: "cancelled" in service.last_status, timeout=5000)
    assert service.last_status == "Grammar: off — LanguageTool download cancelled"
    assert rec.results == []

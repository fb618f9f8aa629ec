"""Start-up and quit time of the desktop app, as a user gets them (offscreen; numbers only, nothing asserted).

Each run launches ``studio --store <library>`` in a fresh process (the same entry point as the installed
``studio`` command) and measures from just before the process is spawned:

* window shown: the main window is on screen and its services are starting;
* first highlights: the first analysis result with findings is applied to the open script (the demo);
* analysis by the loaded model: the first result computed in this process (not from the disk cache), and
  the longest the GUI thread was blocked until then (a 5 ms heartbeat's lateness);
* quit: from the window being closed to the process having exited.

The first run starts from nothing (new library, demo created, no disk caches: an install that skipped
``studio prepare``). The second starts on a new library in a fresh home folder after ``studio prepare`` ran
there, as ``scripts/run-app.sh`` runs it once after installing (its time is printed as the install step):
the first start a user gets. Later runs reuse that home folder, which is what a user sees every day (the
demo's analysis comes from the on-disk result cache while the model loads). Settings live in a private folder; grammar is Off so no
LanguageTool starts. The checkout is byte-compiled first, as an installed app is.

Usage: .venv/bin/python benchmarks/bench_startup.py [--runs 4]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _cpuwait import cpu_wait_ms

ROOT = Path(__file__).resolve().parent.parent


def child(t0: float) -> int:
    """Inside the launched process: report the milestones on stdout as JSON lines, then quit."""
    from PySide6.QtCore import Qt, QTimer

    import studio.ui.main_window as mw
    import studio.ui.workspace.workspace as ws_mod
    from studio.cli import main

    def report(event: str) -> None:
        print(json.dumps({"event": event, "t": time.time() - t0}), flush=True)

    original_start = mw.MainWindow.start_services
    lateness: list[float] = []
    net: list[float] = []          # less the GUI thread's run-queue wait (the OS running other processes)
    queued = [0.0]
    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    last = [0.0]

    def beat() -> None:
        now = time.perf_counter()
        late = max(0.0, (now - last[0]) * 1000 - 5)
        lateness.append(late)
        waited = cpu_wait_ms()
        net.append(max(0.0, late - (waited - queued[0])))
        queued[0] = waited
        last[0] = now

    heart.timeout.connect(beat)

    def start_services(self: mw.MainWindow) -> None:
        report("window_shown")
        last[0] = time.perf_counter()
        queued[0] = cpu_wait_ms()
        heart.start(5)        # how long the GUI thread is blocked while the model loads
        original_start(self)

    original_ready = ws_mod.ScriptWorkspace._on_ready
    done: set[str] = set()

    def on_ready(self: ws_mod.ScriptWorkspace, revision: int, result: object) -> None:
        original_ready(self, revision, result)
        if not any(card.spoken.highlighter.entries for card in self.editor.cards):
            return
        if "first" not in done:
            done.add("first")
            report("first_highlights")
        if "live" in done or not getattr(self.service, "_live", True):
            return                        # a cached result: the model is still loading
        done.add("live")
        heart.stop()
        report("model_analysis")
        print(json.dumps({"event": "blocked_max_ms", "t": max(lateness or [0.0])}), flush=True)
        print(json.dumps({"event": "blocked_net_ms", "t": max(net or [0.0])}), flush=True)
        window = self.window()

        def close() -> None:
            report("close")
            if os.environ.get("BENCH_TRACE_QUIT"):
                import faulthandler

                faulthandler.dump_traceback_later(1.0, exit=False)
            window.close()

        QTimer.singleShot(300, close)

    mw.MainWindow.start_services = start_services  # type: ignore[method-assign]
    ws_mod.ScriptWorkspace._on_ready = on_ready  # type: ignore[method-assign]
    return main(["--store", os.environ["BENCH_STORE"]])


def app_env(home: Path) -> dict[str, str]:
    """The environment of a launch (and of ``studio prepare``) with ``home`` as the user's folders."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as installed: with .pyc
    env.update(STUDIO_HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               BENCH_STORE=str(home / "library.studio.db"), PYTHONPATH=str(ROOT))
    return env


def prepare(home: Path) -> float:
    """Run ``studio prepare`` as scripts/run-app.sh does after installing; its wall time in seconds."""
    started = time.time()
    subprocess.run([sys.executable, "-m", "studio", "prepare"], env=app_env(home), check=True,
                   stdout=subprocess.DEVNULL)
    return time.time() - started


def run_once(home: Path, timeout: float = 120.0) -> dict[str, float]:
    """Launch the app once; returns the milestone times in seconds after launch."""
    env = app_env(home)
    config = home / "config" / "ScriptStudio"
    config.mkdir(parents=True, exist_ok=True)
    ini = config / "ScriptStudio.conf"
    if not ini.exists():
        ini.write_text("[grammar]\nmode=off\n", encoding="utf-8")
    t0 = time.time()
    env["BENCH_T0"] = repr(t0)
    proc = subprocess.Popen([sys.executable, __file__, "--child"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        print("timed out; stderr:", err[-2000:])
        return {}
    exited = time.time() - t0
    events = {}
    for line in out.splitlines():
        if line.startswith("{"):
            item = json.loads(line)
            events[item["event"]] = item["t"]
    events["exit"] = exited
    if "close" in events:
        events["quit"] = exited - events["close"]
    if proc.returncode != 0 or "first_highlights" not in events:
        print(f"run failed (exit {proc.returncode}); stderr tail:\n{err[-2000:]}")
    return events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=4,
                        help="launches (the first from nothing, the second after studio prepare; default 4)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(float(os.environ["BENCH_T0"]))

    bare = Path(tempfile.mkdtemp(prefix="bench-startup-bare-"))
    home = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    # An installed app has its .pyc files (pip compiles them); so does this checkout before the first run.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "studio")], check=False,
                   env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    runs = [run_once(bare)]
    prepared_in = float("nan")
    if args.runs > 1:
        prepared_in = prepare(home)
        runs += [run_once(home) for _ in range(args.runs - 1)]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average: {load_before:.2f} before, {load:.2f} at the end, on {os.cpu_count()} cores")
    if args.runs > 1:
        print(f"install step: studio prepare took {prepared_in:.2f} s")
    labels = ["first start without studio prepare (new library, no caches)",
              "first start after install (new library; studio prepare ran)"]
    for i, r in enumerate(runs):
        label = labels[i] if i < len(labels) else f"start {i + 1} (same library)"
        if not r:
            print(f"{label}: failed")
            continue
        print(f"{label}: window shown {r.get('window_shown', float('nan')):.2f} s, first highlights "
              f"{r.get('first_highlights', float('nan')):.2f} s, analysis by the loaded model "
              f"{r.get('model_analysis', float('nan')):.2f} s (GUI thread blocked at most "
              f"{r.get('blocked_max_ms', float('nan')):.0f} ms meanwhile, {r.get('blocked_net_ms', float('nan')):.0f} ms "
              f"less waits for a CPU), quit {r.get('quit', float('nan')):.2f} s")
    later = [r for r in runs[2:] if "first_highlights" in r]
    if later:
        print(f"median of later starts: first highlights {statistics.median(r['first_highlights'] for r in later):.2f} s, "
              f"quit {statistics.median(r['quit'] for r in later):.2f} s")
    print("targets: first highlights <= 2.0 s after launch; quit <= 1.0 s after the window closes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

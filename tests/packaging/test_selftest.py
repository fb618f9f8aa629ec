"""``studio --self-test``: passes on a working install, names what failed and what to do otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from studio.selftest import CheckResult, SelfTestReport, check_resources, run_checks

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_from_the_source_tree(tmp_path):
    env = dict(os.environ, STUDIO_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "studio", "--self-test"], capture_output=True, text=True,
                         env=env, timeout=180, cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    for name in ("Language model", "Analysis", "Languages", "Store", "Qt", "Grammar"):
        assert f"ok   {name}" in out.stdout
    assert "All checks passed." in out.stdout
    assert "Traceback" not in out.stderr
    assert not (tmp_path / "library.studio.db").exists(), "the self-test must not create the user's library"


def test_missing_resources_fail_with_advice(tmp_path):
    result = check_resources(tmp_path)
    assert not result.ok
    assert "demo/demo_project.json" in result.detail
    assert "reinstall" in result.advice


def test_a_crashing_check_is_reported_not_raised():
    def broken() -> CheckResult:
        raise OSError("disk on fire")

    report = SelfTestReport(results=run_checks([("Store", broken),
                                                ("Fine", lambda: CheckResult("Fine", True, "ok"))]))
    assert not report.ok
    assert [r.name for r in report.failed()] == ["Store"]
    text = report.format()
    assert "FAIL Store" in text and "disk on fire" in text and "what to do:" in text
    assert "1 check(s) failed: Store." in text


def test_installed_app_does_not_suggest_pip_for_a_missing_language(monkeypatch):
    import dataclasses
    import sys as _sys

    from studio.analysis.profile import get_profile, missing_extra

    profile = dataclasses.replace(get_profile("ja"), extra_modules=("no_such_tokenizer_module",))
    assert ".venv/bin/pip" in missing_extra(profile)
    monkeypatch.setattr(_sys, "frozen", True, raising=False)
    message = missing_extra(profile)
    assert "not part of this installed app" in message

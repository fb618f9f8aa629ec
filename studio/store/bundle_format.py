"""The ``project.json`` format (shared by bundles and the shipped demo project): validation.

:func:`validate_project_data` checks a parsed dict completely BEFORE anything is written and returns
a normalised copy, or raises StoreError naming the first bad field (e.g. ``scripts[0].segments[2].spoken``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from studio.store.errors import StoreError
from studio.store.models import SegmentDraft
from studio.store.projects import PROJECT_FIELDS, clean_settings
from studio.store.scripts import MAX_SEGMENTS, clean_draft
from studio.store.sources import clean_key, clean_source_fields

PROJECT_FORMAT = "script-studio-project"
PROJECT_FORMAT_VERSION = 1


class _Invalid(StoreError):
    pass


def _fail(where: str, problem: str) -> _Invalid:
    return _Invalid(f"{where} {problem}")


def _dict(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        raise _fail(where, "is missing")
    if not isinstance(value, dict):
        raise _fail(where, "must be an object")
    return value


def _list(obj: dict[str, Any], name: str, where: str, required: bool = False) -> list[Any]:
    if name not in obj or obj[name] is None:
        if required:
            raise _fail(f"{where}.{name}" if where else name, "is missing")
        return []
    value = obj[name]
    if not isinstance(value, list):
        raise _fail(f"{where}.{name}" if where else name, "must be a list")
    return value


def _text(obj: dict[str, Any], name: str, where: str, required: bool = False) -> str:
    value = obj.get(name)
    if value is None:
        if required:
            raise _fail(f"{where}.{name}", "is missing")
        return ""
    if not isinstance(value, str):
        raise _fail(f"{where}.{name}", "must be text")
    return value


def _bool(obj: dict[str, Any], name: str, where: str, default: bool) -> bool:
    value = obj.get(name, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise _fail(f"{where}.{name}", "must be true or false")
    return value


def _timestamp(obj: dict[str, Any], name: str, where: str) -> str:
    """An ISO-8601 timestamp, or "" (the importer then uses the import time) when absent or unreadable."""
    text = _text(obj, name, where).strip()
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return ""
    return text


def _segments(items: list[Any], where: str) -> list[SegmentDraft]:
    if len(items) > MAX_SEGMENTS:
        raise _fail(where, f"has more than {MAX_SEGMENTS} segments")
    out = []
    for i, item in enumerate(items):
        w = f"{where}[{i}]"
        seg = _dict(item, w)
        out.append(clean_draft(SegmentDraft(name=_text(seg, "name", w), spoken=_text(seg, "spoken", w),
                                            on_screen=_text(seg, "on_screen", w),
                                            visual_notes=_text(seg, "visual_notes", w))))
    return out


def _check_format(data: dict[str, Any]) -> None:
    fmt = data.get("format")
    if fmt != PROJECT_FORMAT:
        raise _Invalid(f"it is not a Script Studio project (format is {fmt!r}, expected {PROJECT_FORMAT!r})")
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _fail("schema_version", "must be a whole number from 1")
    if version > PROJECT_FORMAT_VERSION:
        raise _Invalid(f"it was made by a newer Script Studio (project format {version}; this version "
                       f"reads up to {PROJECT_FORMAT_VERSION}). Update Script Studio to import it")


def _project(data: dict[str, Any]) -> dict[str, Any]:
    project = _dict(data.get("project"), "project")
    settings = {k: project[k] for k in PROJECT_FIELDS if k in project and project[k] is not None}
    if "title" not in settings:
        raise _fail("project.title", "is missing")
    try:
        return clean_settings(settings)
    except StoreError as exc:
        raise _fail("project settings:", str(exc).rstrip(".")) from None


def _sources(data: dict[str, Any]) -> tuple[list[dict[str, Any]], set[str]]:
    sources, keys = [], set()
    for i, item in enumerate(_list(data, "sources", "")):
        w = f"sources[{i}]"
        src = _dict(item, w)
        fields: dict[str, Any] = {name: _text(src, name, w) for name in
                                  ("title", "authors", "journal", "doi", "url", "summary", "notes")}
        year = src.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            raise _fail(f"{w}.year", "must be a whole number or null")
        fields["year"] = year
        try:
            clean = clean_source_fields(fields)
            key = clean_key(_text(src, "key", w))
        except StoreError as exc:
            raise _fail(f"{w}:", str(exc).rstrip(".")) from None
        if key and key.casefold() in keys:
            raise _fail(f"{w}.key", f"{key!r} is used by two sources")
        if key:
            keys.add(key.casefold())
        clean["key"] = key
        sources.append(clean)
    return sources, keys


def _script(item: Any, w: str, keys: set[str]) -> dict[str, Any]:
    scr = _dict(item, w)
    title = " ".join(_text(scr, "title", w).split()) or "Script"
    segments = _segments(_list(scr, "segments", w), f"{w}.segments")
    versions = []
    for j, vitem in enumerate(_list(scr, "versions", w)):
        vw = f"{w}.versions[{j}]"
        ver = _dict(vitem, vw)
        versions.append({"created": _timestamp(ver, "created", vw), "label": _text(ver, "label", vw),
                         "automatic": _bool(ver, "automatic", vw, False), "title": _text(ver, "title", vw),
                         "segments": _segments(_list(ver, "segments", vw), f"{vw}.segments")})
    citations = []
    for j, citem in enumerate(_list(scr, "citations", w)):
        cw = f"{w}.citations[{j}]"
        cit = _dict(citem, cw)
        seg = cit.get("segment")
        if isinstance(seg, bool) or not isinstance(seg, int) or not 0 <= seg < len(segments):
            raise _fail(f"{cw}.segment", f"must be a segment index from 0 to {len(segments) - 1}")
        key = _text(cit, "source_key", cw, required=True)
        if key.strip().casefold() not in keys:
            raise _fail(f"{cw}.source_key", f"{key!r} is not the key of any source in the project")
        claim = _text(cit, "claim", cw, required=True).strip()
        if not claim:
            raise _fail(f"{cw}.claim", "is empty")
        citations.append({"segment": seg, "source_key": key.strip(), "claim": claim,
                          "passage": _text(cit, "passage", cw).strip()})
    dismissals = []
    for j, ditem in enumerate(_list(scr, "dismissals", w)):
        dw = f"{w}.dismissals[{j}]"
        dis = _dict(ditem, dw)
        fingerprint = _text(dis, "fingerprint", dw, required=True).strip()
        if not fingerprint:
            raise _fail(f"{dw}.fingerprint", "is empty")
        dismissals.append({"fingerprint": fingerprint, "kind": _text(dis, "kind", dw),
                           "text": _text(dis, "text", dw), "reason": _text(dis, "reason", dw).strip()})
    return {"title": title, "segments": segments, "versions": versions, "citations": citations,
            "dismissals": dismissals, "checklist": _checklist(scr.get("checklist", {}), f"{w}.checklist")}


def _checklist(value: Any, w: str) -> dict[str, bool]:
    """Hand ticks of the short-form checklist: ``{"item id": true/false}`` (optional; schema 2)."""
    ticks = _dict(value, w)
    out: dict[str, bool] = {}
    for item, checked in ticks.items():
        if not isinstance(item, str) or not item.strip() or len(item) > 64 or not isinstance(checked, bool):
            raise _fail(f"{w}.{item}", "must map a checklist item id to true or false")
        out[item.strip()] = checked
    return out


def _terms(data: dict[str, Any]) -> list[dict[str, Any]]:
    terms = []
    for i, item in enumerate(_list(data, "terms", "")):
        w = f"terms[{i}]"
        term = _dict(item, w)
        text = " ".join(_text(term, "term", w, required=True).split())
        if not text:
            raise _fail(f"{w}.term", "is empty")
        terms.append({"term": text, "allowed": _bool(term, "allowed", w, False),
                      "replacement": " ".join(_text(term, "replacement", w).split())})
    return terms


def validate_project_data(data: object, what: str = "The project data") -> dict[str, Any]:
    """Check a ``project.json`` dict; return it normalised or raise StoreError naming the bad field."""
    try:
        root = _dict(data, "the project data")
        _check_format(root)
        project = _project(root)
        sources, keys = _sources(root)
        scripts = [_script(item, f"scripts[{i}]", keys) for i, item in enumerate(_list(root, "scripts", ""))]
        terms = _terms(root)
    except _Invalid as exc:
        raise StoreError(f"{what} is not valid: {str(exc).rstrip('.')}.") from None
    return {"project": project, "sources": sources, "scripts": scripts, "terms": terms}

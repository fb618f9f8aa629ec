"""Bundles: export → import gives the same project; unsafe or invalid archives are refused, writing nothing."""

from __future__ import annotations

import json
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from studio.config import resources_dir
from studio.store.bundle import MAX_MEMBER_BYTES, read_bundle
from studio.store.library import Library, StoreError
from studio.store.models import SegmentDraft
from studio.store.schema import SCHEMA_VERSION


@pytest.fixture
def lib() -> Iterator[Library]:
    library = Library(":memory:")
    yield library
    library.close()


def _rich_project(lib: Library) -> int:
    p = lib.create_project("Walks and mood", platform="Reels 90 s", target_grade=7, words_per_minute=140)
    a = lib.add_source(p.id, title="Exercise for depression", authors="Rivera M; Okafor T", year=2021,
                       journal="BMJ", doi="10.5555/ex.2021", url="https://example.org/a",
                       summary="Exercise reduced symptoms (SMD −0.62).", notes="meta-analysis")
    b = lib.add_source(p.id, title="Activity cohort 😀", key="chen2019", summary="17% lower risk.")
    script = lib.list_scripts(p.id)[0]
    lib.save_segments(script.id, [SegmentDraft("Hook", "Can a walk help? [1]", "WALK?", "park"),
                                  SegmentDraft("Finding", "Risk was 17% lower [@chen2019].")])
    lib.save_version(script.id, "first", automatic=False)
    lib.update_segment(lib.get_script(script.id).segments[0].id, spoken="Can a short walk help? [1]")
    lib.save_version(script.id, automatic=True)
    segs = lib.get_script(script.id).segments
    lib.add_citation(segs[0].id, a.id, "a walk helps", "reduced symptoms")
    lib.add_citation(segs[1].id, b.id, "17% lower risk")
    lib.dismiss(script.id, "jargon:smd", "jargon", "SMD", "explained on screen")
    second = lib.create_script(p.id, "Second take", [SegmentDraft("Only", "Short.")])
    lib.dismiss(second.id, "passive_voice:was found", "passive_voice", "was found")
    lib.allow_term(p.id, "aerobic exercise")
    lib.set_replacement(p.id, "usual care", "normal treatment")
    return p.id


def _content(data: dict[str, Any]) -> dict[str, Any]:
    data = json.loads(json.dumps(data))
    data["project"].pop("title")
    return data


def test_bundle_round_trip_gives_same_content(lib: Library, tmp_path: Path) -> None:
    pid = _rich_project(lib)
    path = lib.export_bundle(pid, tmp_path / "walks")
    assert path.name == "walks.studio"
    manifest, _ = read_bundle(path)
    assert manifest["format"] == "script-studio-bundle" and manifest["format_version"] == 1
    assert manifest["schema_version"] == SCHEMA_VERSION and manifest["app_version"]

    other = Library(tmp_path / "other.db")
    info = other.import_bundle(path)
    assert info.project.title == "Walks and mood"
    assert (info.sources, info.scripts, info.versions) == (2, 2, 2)
    assert _content(other.export_project_data(info.project.id)) == _content(lib.export_project_data(pid))
    assert other.check_integrity() == []
    assert other.search("walk")
    other.close()


def test_importing_twice_gives_a_second_project(lib: Library, tmp_path: Path) -> None:
    pid = _rich_project(lib)
    path = lib.export_bundle(pid, tmp_path / "b.studio")
    first = lib.import_bundle(path)
    second = lib.import_bundle(path)
    named = lib.import_bundle(path, title="My copy")
    assert [first.project.title, second.project.title, named.project.title] == [
        "Walks and mood (2)", "Walks and mood (3)", "My copy"]
    assert len(lib.list_projects()) == 4


def test_demo_project_imports(lib: Library) -> None:
    demo = resources_dir() / "demo" / "demo_project.json"
    if not demo.exists():
        pytest.skip("demo project not shipped yet")
    info = lib.import_project_data(json.loads(demo.read_text(encoding="utf-8")))
    assert info.sources >= 1 and info.scripts >= 1
    assert lib.list_citations(lib.list_scripts(info.project.id)[0].id)


# --- refusals -----------------------------------------------------------------------------------

def _good_members(lib: Library) -> dict[str, bytes]:
    pid = _rich_project(lib)
    manifest = {"format": "script-studio-bundle", "format_version": 1, "schema_version": SCHEMA_VERSION,
                "app_version": "0.1.0", "exported": "2024-01-01T00:00:00Z"}
    return {"manifest.json": json.dumps(manifest).encode(),
            "project.json": json.dumps(lib.export_project_data(pid)).encode()}


def _zip(path: Path, members: dict[str, bytes], infos: dict[str, zipfile.ZipInfo] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr((infos or {}).get(name, name), data)
    return path


def _assert_refused(lib: Library, path: Path, match: str) -> None:
    before = lib.list_projects()
    with pytest.raises(StoreError, match=match):
        lib.import_bundle(path)
    assert lib.list_projects() == before


def test_refuses_non_zip(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "x.studio"
    path.write_text("hello, not a zip")
    _assert_refused(lib, path, "not a zip")
    _assert_refused(lib, tmp_path / "missing.studio", "no bundle file")


@pytest.mark.parametrize("name", ["../x", "../../etc/passwd", "/abs/project.json", "sub/../../x",
                                  "C:\\evil.json", "dir\\project.json"])
def test_refuses_unsafe_paths(lib: Library, tmp_path: Path, name: str) -> None:
    members = _good_members(lib)
    members[name] = b"{}"
    _assert_refused(lib, _zip(tmp_path / "b.studio", members), "unsafe path")


def test_refuses_unexpected_members_and_missing_ones(lib: Library, tmp_path: Path) -> None:
    members = _good_members(lib)
    _assert_refused(lib, _zip(tmp_path / "a.studio", {**members, "script.py": b"print(1)"}), "unexpected")
    _assert_refused(lib, _zip(tmp_path / "b.studio", {"manifest.json": members["manifest.json"]}),
                    "no project.json")


def test_refuses_symlinks(lib: Library, tmp_path: Path) -> None:
    members = _good_members(lib)
    info = zipfile.ZipInfo("project.json")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    _assert_refused(lib, _zip(tmp_path / "l.studio", members, {"project.json": info}), "symbolic link")


def test_refuses_huge_member(lib: Library, tmp_path: Path) -> None:
    members = _good_members(lib)
    members["project.json"] = b" " * (MAX_MEMBER_BYTES + 1)  # compresses to ~50 KB: a small zip bomb
    path = _zip(tmp_path / "bomb.studio", members)
    assert path.stat().st_size < 1_000_000
    _assert_refused(lib, path, "too large")


def test_refuses_zip_bomb_that_lies_about_its_size(lib: Library, tmp_path: Path) -> None:
    members = _good_members(lib)
    members["project.json"] = b" " * (MAX_MEMBER_BYTES + 10)
    path = _zip(tmp_path / "liar.studio", members)
    data = bytearray(path.read_bytes())
    # Rewrite the declared uncompressed size of project.json (central directory and local header) to 1 KB.
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("project.json")
        real = info.file_size
    fake = (1024).to_bytes(4, "little")
    old = real.to_bytes(4, "little")
    assert data.count(old) >= 1
    data = data.replace(old, fake)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("project.json").file_size == 1024
    _assert_refused(lib, path, "damaged|larger than|too large")


def test_refuses_newer_schema_or_format(lib: Library, tmp_path: Path) -> None:
    members = _good_members(lib)
    manifest = json.loads(members["manifest.json"])
    newer = {**members, "manifest.json": json.dumps({**manifest, "schema_version": SCHEMA_VERSION + 1}).encode()}
    _assert_refused(lib, _zip(tmp_path / "a.studio", newer), "newer Script Studio")
    newer_fmt = {**members, "manifest.json": json.dumps({**manifest, "format_version": 2}).encode()}
    _assert_refused(lib, _zip(tmp_path / "b.studio", newer_fmt), "newer Script Studio")
    project = json.loads(members["project.json"])
    newer_project = {**members, "project.json": json.dumps({**project, "schema_version": 2}).encode()}
    _assert_refused(lib, _zip(tmp_path / "c.studio", newer_project), "newer Script Studio")
    wrong = {**members, "manifest.json": json.dumps({**manifest, "format": "other"}).encode()}
    _assert_refused(lib, _zip(tmp_path / "d.studio", wrong), "does not describe")


@pytest.mark.parametrize("payload, match", [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8|not valid JSON"),
    (b"[" * 100000 + b"]" * 100000, "not valid JSON|too deeply|must be an object"),
    (b'{"a": NaN}', "not valid JSON"),
])
def test_refuses_malformed_json(lib: Library, tmp_path: Path, payload: bytes, match: str) -> None:
    members = {**_good_members(lib), "project.json": payload}
    _assert_refused(lib, _zip(tmp_path / "j.studio", members), match)


def _mutate(data: dict[str, Any], change: str) -> dict[str, Any]:
    d = json.loads(json.dumps(data))
    script = d["scripts"][0]
    if change == "no project":
        del d["project"]
    elif change == "no title":
        del d["project"]["title"]
    elif change == "bad year":
        d["sources"][0]["year"] = "2021ish"
    elif change == "segment not text":
        script["segments"][0]["spoken"] = 42
    elif change == "citation to unknown source":
        script["citations"][0]["source_key"] = "nobody"
    elif change == "citation to missing segment":
        script["citations"][0]["segment"] = 99
    elif change == "duplicate keys":
        d["sources"][1]["key"] = d["sources"][0]["key"]
    elif change == "scripts not a list":
        d["scripts"] = {"a": 1}
    elif change == "wrong format":
        d["format"] = "something-else"
    elif change == "bad wpm":
        d["project"]["words_per_minute"] = -3
    elif change == "term missing":
        d["terms"] = [{"allowed": True}]
    return d


@pytest.mark.parametrize("change", ["no project", "no title", "bad year", "segment not text",
                                    "citation to unknown source", "citation to missing segment",
                                    "duplicate keys", "scripts not a list", "wrong format", "bad wpm",
                                    "term missing"])
def test_refuses_missing_or_wrong_fields(lib: Library, tmp_path: Path, change: str) -> None:
    members = _good_members(lib)
    bad = _mutate(json.loads(members["project.json"]), change)
    _assert_refused(lib, _zip(tmp_path / "f.studio", {**members, "project.json": json.dumps(bad).encode()}),
                    "not valid")
    with pytest.raises(StoreError, match="not valid"):
        lib.import_project_data(bad)


def test_export_refuses_missing_folder(lib: Library, tmp_path: Path) -> None:
    pid = _rich_project(lib)
    with pytest.raises(StoreError, match="does not exist"):
        lib.export_bundle(pid, tmp_path / "nope" / "x.studio")


def test_safe_file_name_for_exports():
    from studio.config import safe_file_name

    assert safe_file_name('Sleep: "teens" / phones?') == "Sleep teens phones"
    assert safe_file_name("  ..  ") == "export"
    assert safe_file_name("CON") == "export"

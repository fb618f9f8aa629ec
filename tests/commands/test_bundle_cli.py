"""``studio bundle``: move a whole project between computers as one .studio file."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from studio.cli import main
from studio.store.library import Library
from studio.store.models import SegmentDraft


@pytest.fixture
def store(tmp_path: Path) -> str:
    path = str(tmp_path / "lib.db")
    with Library(path) as lib:
        p = lib.create_project("Walks")
        src = lib.add_source(p.id, title="Exercise and mood", authors="Rivera M", year=2021)
        script = lib.save_segments(lib.list_scripts(p.id)[0].id, [SegmentDraft("Hook", "Walk more [1].")])
        lib.add_citation(script.segments[0].id, src.id, "Walk more")
        lib.save_version(script.id, "first")
    return path


def test_export_then_import_elsewhere(store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "walks"
    assert main(["--store", store, "bundle", "export", "Walks", str(bundle)]) == 0
    assert "walks.studio" in capsys.readouterr().out
    assert zipfile.is_zipfile(tmp_path / "walks.studio")

    other = str(tmp_path / "other.db")
    assert main(["--store", other, "bundle", "import", str(tmp_path / "walks.studio")]) == 0
    out = capsys.readouterr().out
    assert "Imported project 1: Walks (1 source(s), 1 script(s), 1 version(s))" in out

    assert main(["--store", other, "bundle", "import", str(tmp_path / "walks.studio"), "--title", "Copy",
                 "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["project"]["title"] == "Copy" and info["sources"] == 1
    with Library(other) as lib:
        project = lib.find_project("Walks")
        [script] = lib.list_scripts(project.id)
        assert script.segments[0].spoken == "Walk more [1]."
        assert len(lib.list_citations(script.id)) == 1


def test_export_does_not_overwrite_without_force(store: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "w.studio"
    target.write_text("precious")
    assert main(["--store", store, "bundle", "export", "Walks", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_text() == "precious"
    assert main(["--store", store, "bundle", "export", "Walks", str(target), "--force", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["file"] == str(target)
    assert zipfile.is_zipfile(target)


def test_importing_a_bad_file_is_one_line_and_imports_nothing(store: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    evil = tmp_path / "evil.studio"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../outside.txt", "x")
    assert main(["--store", store, "bundle", "import", str(evil)]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("studio: Cannot import evil.studio") and "unsafe path" in line
    assert not (tmp_path.parent / "outside.txt").exists()
    with Library(store) as lib:
        assert [p.title for p in lib.list_projects()] == ["Walks"]

    text = tmp_path / "notes.studio"
    text.write_text("hello")
    assert main(["--store", store, "bundle", "import", str(text)]) == 2
    assert "not a zip archive" in capsys.readouterr().err


def test_bundle_without_action(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", store, "bundle"]) == 2
    assert "export,import" in capsys.readouterr().err


@pytest.mark.parametrize("trailing", ["/", ""])
def test_export_to_a_folder_writes_the_default_name_inside_it(store: str, tmp_path: Path, trailing: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "exports"
    if not trailing:
        folder.mkdir()                                 # an existing folder, named without a slash
    assert main(["--store", store, "bundle", "export", "Walks", f"{folder}{trailing}"]) == 0
    assert zipfile.is_zipfile(folder / "Walks.studio")
    assert not (tmp_path / "exports.studio").exists()
    assert str(folder / "Walks.studio") in capsys.readouterr().out

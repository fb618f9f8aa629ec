"""``studio projects``: a creator lists, creates, inspects and deletes projects from the terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli import main
from studio.store.library import Library


@pytest.fixture
def store(tmp_path: Path) -> str:
    return str(tmp_path / "lib.db")


def _errors(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


def test_new_list_show_delete(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", store, "projects", "list"]) == 0
    assert "No projects yet" in capsys.readouterr().out

    assert main(["--store", store, "projects", "new", "Teen sleep", "--platform", "Reels 90 s",
                 "--grade", "7", "--wpm", "160"]) == 0
    out = capsys.readouterr().out
    assert "Created project 1: Teen sleep" in out and "Hook" in out

    assert main(["--store", store, "projects", "list"]) == 0
    out = capsys.readouterr().out
    assert "Teen sleep" in out and "Reels 90 s" in out and "1:30" in out

    assert main(["--store", store, "projects", "show", "teen SLEEP"]) == 0
    out = capsys.readouterr().out
    assert "Project 1: Teen sleep" in out and "grade 7" in out and "160 words/min" in out
    assert "Sources (0)" in out and "Scripts (1)" in out and "Call to action" in out

    assert main(["--store", store, "projects", "delete", "1", "--yes"]) == 0
    assert "Deleted project 1" in capsys.readouterr().out
    with Library(store) as lib:
        assert lib.list_projects() == []


def test_json_outputs_parse(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", store, "projects", "new", "Gut", "--seconds", "45", "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["title"] == "Gut" and created["target_seconds"] == 45
    assert len(created["scripts"][0]["segments"]) == 5
    assert main(["--store", store, "projects", "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["id"], listed["sources"], listed["scripts"]) == (created["id"], 0, 1)
    assert main(["--store", store, "projects", "show", "Gut", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["scripts"][0]["speaking_seconds"] == 0 and shown["sources"] == []


def test_show_lists_sources_and_speaking_time(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    with Library(store) as lib:
        p = lib.create_project("Sleep", platform="TikTok 15 s")
        lib.add_source(p.id, title="Sleep and memory", authors="Smith J", year=2021, doi="10.1/x")
        script = lib.list_scripts(p.id)[0]
        lib.update_segment(script.segments[0].id, spoken=" ".join(["word"] * 60))
    assert main(["--store", store, "projects", "show", "Sleep"]) == 0
    out = capsys.readouterr().out
    assert "[1]" in out and "smith2021" in out and "10.1/x" in out
    assert "over target" in out


def test_delete_without_yes_is_refused(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--store", store, "projects", "new", "Keep me"])
    capsys.readouterr()
    assert main(["--store", store, "projects", "delete", "Keep me"]) == 2
    [line] = _errors(capsys)
    assert line.startswith("studio: ") and "--yes" in line
    with Library(store) as lib:
        assert [p.title for p in lib.list_projects()] == ["Keep me"]


@pytest.mark.parametrize("argv, needle", [
    (["projects", "show", "missing"], "no project called"),
    (["projects", "new", "   "], "cannot be empty"),
    (["projects", "new", "X", "--wpm", "0"], "Words per minute"),
    (["projects"], "choose what to do"),
])
def test_errors_are_one_line_exit_2(store: str, capsys: pytest.CaptureFixture[str], argv: list[str],
                                    needle: str) -> None:
    assert main(["--store", store, *argv]) == 2
    [line] = _errors(capsys)
    assert line.startswith("studio: ") and needle in line


def test_broken_store_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 10)
    assert main(["--store", str(bad), "projects", "list"]) == 2
    [line] = _errors(capsys)
    assert "not a Script Studio library" in line
    assert bad.read_bytes() == b"this is not a database at all" * 10


def test_store_defaults_to_studio_home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["projects", "new", "Home"]) == 0  # conftest points STUDIO_HOME into tmp_path
    assert (tmp_path / "studio-home" / "library.studio.db").exists()

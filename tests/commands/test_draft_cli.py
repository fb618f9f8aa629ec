"""``studio draft``: a cited draft from a project source, printed or saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli import main
from studio.store.library import Library

SUMMARY = ("Exercise may reduce symptoms of depression. Across 35 trials (2,498 participants), exercise was "
           "associated with a moderate reduction in symptoms compared with no treatment. "
           "Symptoms improved in 45% of people who exercised versus 30% of controls (95% CI 5 to 25).")


@pytest.fixture
def store(tmp_path: Path) -> str:
    path = str(tmp_path / "lib.db")
    with Library(path) as lib:
        project = lib.create_project("Mood", target_seconds=45, words_per_minute=160)
        lib.add_source(project.id, title="Exercise for depression", authors="Cooney GM; Dwan K", year=2013,
                       journal="Cochrane Database Syst Rev", summary=SUMMARY)
        lib.add_source(project.id, title="Empty", key="empty2020", summary="")
    return path


def test_markdown_draft_on_stdout(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", store, "draft", "--project", "Mood", "--source", "cooney2013"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Hook\nDid symptoms improve in people who exercised?")
    assert "[@cooney2013]." in out
    assert "45 in 100 people who exercised versus 30 in 100 controls" in out
    assert "95% CI" not in out


def test_json_draft_with_findings_and_target(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", store, "draft", "--project", "Mood", "--source", "COONEY2013", "--seconds", "30",
                 "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["metrics"]["target_seconds"] == 30.0
    assert doc["metrics"]["words_per_minute"] == 160.0
    assert doc["findings"][0]["rank"] == 1
    finding_segments = [s for s in doc["segments"] if s["role"] == "finding"]
    assert finding_segments and all(s["citations"] for s in finding_segments)


def test_list_and_pick_findings(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", store, "draft", "--project", "Mood", "--source", "cooney2013", "--list"]) == 0
    listing = capsys.readouterr().out
    assert listing.lstrip().startswith("1. [x]")
    assert main(["--store", store, "draft", "--project", "Mood", "--source", "cooney2013", "--findings", "2",
                 "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [f["ticked"] for f in doc["findings"]].count(True) == 1
    assert doc["findings"][1]["ticked"]


def test_save_stores_script_and_citations(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", store, "draft", "--project", "Mood", "--source", "cooney2013", "--save",
                 "--title", "Exercise and mood"]) == 0
    assert "Saved as script" in capsys.readouterr().err
    with Library(store) as lib:
        project = lib.find_project("Mood")
        script = next(s for s in lib.list_scripts(project.id) if s.title == "Exercise and mood")
        assert [s.name for s in script.segments][:2] == ["Hook", "Context"]
        citations = lib.list_citations(script.id)
        source = lib.find_source(project.id, "cooney2013")
        assert citations and all(c.source_id == source.id and c.passage for c in citations)


@pytest.mark.parametrize("args, message", [
    (["--source", "nobody"], "no source with the key"),
    (["--source", "empty2020"], "no summary text"),
    (["--source", "cooney2013", "--seconds", "1"], "--seconds must be between"),
    (["--source", "cooney2013", "--findings", "99"], "not a finding number"),
])
def test_errors_are_one_line_with_exit_2(store: str, capsys: pytest.CaptureFixture[str], args, message) -> None:
    assert main(["--store", store, "draft", "--project", "Mood", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("studio: ") and message in err[0]


def test_unknown_project(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", store, "draft", "--project", "Nope", "--source", "x"]) == 2

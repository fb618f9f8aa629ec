"""Languages from the terminal: a project's language, ``studio check --lang``, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli import main


def test_new_project_in_portuguese_gets_its_pace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "lib.db")
    assert main(["--store", store, "projects", "new", "Açúcar", "--language", "pt-BR", "--json"]) == 0
    project = json.loads(capsys.readouterr().out)
    assert project["language"] == "pt" and project["words_per_minute"] == 160


def test_unknown_language_is_refused_with_the_choices(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "lib.db")
    assert main(["--store", store, "projects", "new", "X", "--language", "klingon"]) == 2
    err = capsys.readouterr().err
    assert "unknown language 'klingon'" in err and "pt (Portuguese)" in err
    script = tmp_path / "s.md"
    script.write_text("Hello.", encoding="utf-8")
    assert main(["check", str(script), "--lang", "xx"]) == 2
    assert "unknown language 'xx'" in capsys.readouterr().err


def test_missing_extra_exits_2_with_the_extra(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "sudachipy" else real(name, *a))
    script = tmp_path / "s.md"
    script.write_text("運動は大切です。", encoding="utf-8")
    assert main(["check", str(script), "--lang", "ja"]) == 2
    err = capsys.readouterr().err
    assert "Japanese needs the optional extra 'ja'" in err and ".venv/bin/pip install -e '.[ja]'" in err


def test_check_in_spanish_reports_the_language_measure(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.analysis.test_languages import analyzer_for

    monkeypatch.setattr("studio.commands.check._analyzer", lambda language="en": analyzer_for(language))
    script = tmp_path / "s.md"
    script.write_text("Los estudios muestran que caminar reduce el riesgo un 30 %.", encoding="utf-8")
    assert main(["check", str(script), "--lang", "es"]) == 0
    out = capsys.readouterr().out
    assert "Readability    easy (INFLESZ" in out
    assert "Off for Spanish" in out and "claim–source consistency" in out
    assert "Esta cifra suena a dato" in out


def test_drafting_is_off_for_a_portuguese_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "lib.db")
    assert main(["--store", store, "projects", "new", "Sono", "--language", "pt"]) == 0
    capsys.readouterr()
    assert main(["--store", store, "draft", "--project", "Sono", "--source", "x"]) == 2
    err = capsys.readouterr().err
    assert "Drafting from research is not available for Portuguese scripts yet" in err


def test_new_project_segments_are_named_in_its_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "lib.db")
    assert main(["--store", store, "projects", "new", "Sucre", "--language", "fr", "--json"]) == 0
    names = [s["name"] for s in json.loads(capsys.readouterr().out)["scripts"][0]["segments"]]
    assert names == ["Accroche", "Contexte", "Résultat", "Ce que ça veut dire", "Appel à l'action"]
    assert main(["--store", store, "projects", "new", "Sugar", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["scripts"][0]["segments"][0]["name"] == "Hook"

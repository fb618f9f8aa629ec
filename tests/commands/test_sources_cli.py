"""``studio sources``: add, list, search and import research sources from the terminal."""

from __future__ import annotations

import json
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from studio.cli import main
from studio.store.library import Library
from studio.store.models import Source


@pytest.fixture
def store(tmp_path: Path) -> str:
    path = str(tmp_path / "lib.db")
    with Library(path) as lib:
        lib.create_project("Sleep")
        lib.create_project("Heart")
    return path


def _errors(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


def test_add_list_and_search(store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    summary = tmp_path / "abstract.txt"
    summary.write_text("\ufeffTeenagers who slept nine hours recalled 20% more words. 😴", encoding="utf-8")
    assert main(["--store", store, "sources", "add", "--project", "Sleep", "--title", "Sleep and memory",
                 "--authors", "Smith J; Lee K", "--year", "2021", "--doi", "https://doi.org/10.1/ABC",
                 "--summary-file", str(summary)]) == 0
    out = capsys.readouterr().out
    assert "Added source [1] smith2021" in out and "[@smith2021]" in out

    assert main(["--store", store, "sources", "add", "--project", "Sleep", "--title", "Caffeine",
                 "--key", "smith2021", "--summary", "Coffee delays sleep."]) == 0
    assert "smith2021a" in capsys.readouterr().out

    assert main(["--store", store, "sources", "list", "--project", "Sleep"]) == 0
    out = capsys.readouterr().out
    assert out.index("smith2021 ") < out.index("smith2021a") and "10.1/ABC" in out

    assert main(["--store", store, "sources", "list", "--project", "Sleep", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [s["key"] for s in listed] == ["smith2021", "smith2021a"]
    assert listed[0]["summary"].endswith("😴")

    assert main(["--store", store, "sources", "search", "recalled"]) == 0
    out = capsys.readouterr().out
    assert "source 1: Sleep and memory" in out and "«recalled»" in out

    assert main(["--store", store, "sources", "search", "sleep", "--project", "Heart", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--store", store, "sources", "search", 'AND "*', "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--store", store, "sources", "search", "zzzz"]) == 0
    assert "Nothing found" in capsys.readouterr().out


def test_duplicate_doi_is_refused(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--store", store, "sources", "add", "--project", "Sleep", "--title", "A", "--doi", "10.1/x"]
    assert main(args) == 0
    capsys.readouterr()
    assert main([*args[:-1], "doi:10.1/X"]) == 2
    [line] = _errors(capsys)
    assert "already has a source with DOI" in line


@pytest.mark.parametrize("extra, needle", [
    (["--summary-file", "/no/such/file.txt"], "no such file"),
    (["--key", "has space"], "cannot contain"),
    (["--year", "12"], "does not look like a publication year"),
])
def test_add_errors(store: str, capsys: pytest.CaptureFixture[str], extra: list[str], needle: str) -> None:
    assert main(["--store", store, "sources", "add", "--project", "Sleep", "--title", "T", *extra]) == 2
    [line] = _errors(capsys)
    assert line.startswith("studio: ") and needle in line


def test_binary_summary_file_is_refused(store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4\x00\x01\x02")
    assert main(["--store", store, "sources", "add", "--project", "Sleep", "--title", "T",
                 "--summary-file", str(pdf)]) == 2
    assert "sources import" in _errors(capsys)[0]


def test_unknown_project(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", store, "sources", "list", "--project", "Nope"]) == 2
    assert "no project called" in _errors(capsys)[0]


@dataclass
class _FakeResult:
    added: list[Source] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


def _fake_importers(monkeypatch: pytest.MonkeyPatch, calls: list[tuple[int, list[Path]]]) -> None:
    def import_files(library: Library, project_id: int, paths: list[Path], progress: object = None) -> _FakeResult:
        calls.append((project_id, list(paths)))
        result = _FakeResult()
        for p in paths:
            if p.suffix == ".bad":
                result.errors.append((str(p), "not a reference file"))
            elif p.suffix == ".dup":
                result.duplicates.append((str(p), "already in the project"))
            else:
                result.added.append(library.add_source(project_id, title=f"From {p.name}"))
        return result

    module = types.ModuleType("studio.importers")
    module.import_files = import_files  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "studio.importers", module)


def test_import_reports_added_duplicates_and_errors(store: str, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[tuple[int, list[Path]]] = []
    _fake_importers(monkeypatch, calls)
    assert main(["--store", store, "sources", "import", "a.ris", "b.dup", "--project", "Sleep"]) == 0
    captured = capsys.readouterr()
    assert "Added [1]" in captured.out and "From a.ris" in captured.out and "Skipped b.dup: already in the project" in captured.out
    assert captured.err == ""
    assert calls[0][1] == [Path("a.ris"), Path("b.dup")]

    assert main(["--store", store, "sources", "import", "c.bib", "x.bad", "--project", "Sleep"]) == 2
    captured = capsys.readouterr()
    assert "From c.bib" in captured.out
    assert captured.err.strip().splitlines() == ["studio: x.bad: not a reference file"]

    assert main(["--store", store, "sources", "import", "d.txt", "--project", "Sleep", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["title"] for s in data["added"]] == ["From d.txt"] and data["errors"] == []


def test_long_pdf_pages_are_reported_at_most_once_a_second(monkeypatch, capsys):
    import time

    from studio.commands.sources import _PageProgress

    now = [50.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    progress = _PageProgress()
    progress("papers/review.pdf", 0, 120)
    progress("papers/review.pdf", 3, 120)            # quick: nothing yet
    now[0] += 1.5
    progress("papers/review.pdf", 40, 120)
    now[0] += 0.2
    progress("papers/review.pdf", 41, 120)
    assert capsys.readouterr().err == "studio: reading review.pdf: page 40 of 120\n"

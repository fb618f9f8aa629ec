"""``studio export``: a creator takes a finished script to the teleprompter or the edit."""

from __future__ import annotations

import csv
import io
import json

import pytest

from studio.cli import main
from studio.store.library import Library
from studio.store.models import SegmentDraft


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "lib.db"
    lib = Library.open(path)
    project = lib.create_project("Sleep", with_script=False)
    lib.create_script(project.id, "Teen sleep", [
        SegmentDraft("Hook", "Is your phone stealing your sleep? 📱", "SLEEP THIEF?", "Close-up of a phone"),
        SegmentDraft("Finding", "Teens slept 45 minutes less [@smith2022] .", "-45 min", "Chart"),
    ])
    lib.close()
    return str(path)


def test_markdown_round_trips_through_check(store, tmp_path, capsys):
    out = tmp_path / "script.md"
    assert main(["--store", store, "export", "--project", "Sleep", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Hook\nIs your phone stealing your sleep? 📱")
    assert "# Finding" in text and "SLEEP THIEF" not in text


def test_markdown_with_notes(store, capsys):
    assert main(["--store", store, "export", "--project", "Sleep", "--notes"]) == 0
    out = capsys.readouterr().out
    assert "> On screen: SLEEP THIEF?" in out and "> Visual: Chart" in out


def test_teleprompter_text_drops_markers(store, capsys):
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "txt"]) == 0
    out = capsys.readouterr().out
    assert "[@smith2022]" not in out and "Teens slept 45 minutes less." in out


def test_csv_two_columns_with_seconds(store, capsys):
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["segment"] for r in rows] == ["Hook", "Finding"]
    assert rows[0]["on_screen"] == "SLEEP THIEF?" and float(rows[0]["seconds"]) > 0


def test_json(store, capsys):
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["script"] == "Teen sleep" and len(doc["segments"]) == 2


def test_unknown_project_or_script(store, capsys):
    assert main(["--store", store, "export", "--project", "Nope"]) == 2
    assert main(["--store", store, "export", "--project", "Sleep", "--script", "Other"]) == 2
    err = capsys.readouterr().err
    assert "Teen sleep" in err        # tells which scripts exist


@pytest.mark.parametrize("trailing", ["/", ""])
def test_export_to_a_folder_writes_the_default_name_inside_it(store, tmp_path, trailing):
    folder = tmp_path / "out"
    if not trailing:
        folder.mkdir()
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "txt", "-o", f"{folder}{trailing}"]) == 0
    assert (folder / "Sleep - Teen sleep - teleprompter.txt").read_text(encoding="utf-8").startswith("Is your phone stealing")


def test_bundle_export_api_accepts_a_folder(store, tmp_path):
    with Library(store) as lib:
        written = lib.export_bundle(lib.find_project("Sleep").id, tmp_path)
    assert written == tmp_path / "Sleep.studio"

def test_captions_into_a_folder_are_not_overwritten_without_force(store, tmp_path, capsys):
    out = tmp_path / "exports"
    out.mkdir()
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "srt", "-o", str(out)]) == 0
    srt = out / "Sleep - Teen sleep.srt"
    text = srt.read_text(encoding="utf-8")
    assert text.startswith("1\n00:00:00,000 --> ") and "[@smith2022]" not in text and "📱" not in text
    srt.write_text("my re-timed captions", encoding="utf-8")
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "srt", "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert srt.read_text(encoding="utf-8") == "my re-timed captions"
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "srt", "-o", str(out),
                 "--force"]) == 0
    assert srt.read_text(encoding="utf-8") == text


def test_vtt_and_description_on_stdout(store, capsys):
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "vtt"]) == 0
    assert capsys.readouterr().out.startswith("WEBVTT\n\n00:00:00.000 --> ")
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "description"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Is your phone stealing your sleep? 📱")
    assert "[@smith2022]" in captured.err          # the marker matches no source: the creator is told


def test_binary_formats_need_a_file(store, capsys):
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "docx"]) == 2
    assert "-o PATH" in capsys.readouterr().err


def test_docx_and_pdf_files(store, tmp_path, monkeypatch, analyzer, qapp):
    import docx

    monkeypatch.setattr("studio.analysis.engine.Analyzer", lambda: analyzer)
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "docx", "-o",
                 str(tmp_path / "s.docx")]) == 0
    assert docx.Document(str(tmp_path / "s.docx")).tables[0].rows[1].cells[1].text.startswith("On screen:")
    assert main(["--store", store, "export", "--project", "Sleep", "--format", "pdf", "-o", str(tmp_path)]) == 0
    from pypdf import PdfReader

    pages = PdfReader(str(tmp_path / "Sleep - Teen sleep.pdf")).pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "Findings summary" in text and "Reading grade" in text and "Teens slept 45 minutes less" in text

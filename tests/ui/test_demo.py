"""The first-start demo project: imported once, well-formed, and it shows every kind of highlight."""

from __future__ import annotations

from studio.analysis import model as m
from studio.analysis.model import SegmentInput
from studio.project_context import context_for
from studio.store.library import Library
from studio.ui.demo import ensure_demo, load_demo_data


def test_demo_is_imported_once_into_an_empty_library(tmp_path):
    with Library.open(tmp_path / "lib.studio.db") as lib:
        script_id = ensure_demo(lib)
        assert script_id is not None
        (project,) = lib.list_projects()
        assert lib.get_script(script_id).project_id == project.id
        assert [s.name for s in lib.get_script(script_id).segments] == \
            ["Hook", "Context", "Finding", "What it means", "Call to action"]
        assert len(lib.list_sources(project.id)) == 3
        assert len(lib.list_citations(script_id)) == 2
        assert ensure_demo(lib) is None
        assert len(lib.list_projects()) == 1


def test_demo_is_not_added_to_a_library_with_projects(tmp_path):
    with Library.open(tmp_path / "lib.studio.db") as lib:
        lib.create_project("Mine")
        assert ensure_demo(lib) is None
        assert [p.title for p in lib.list_projects()] == ["Mine"]


def test_missing_demo_file_still_starts(tmp_path):
    with Library.open(tmp_path / "lib.studio.db") as lib:
        assert ensure_demo(lib, tmp_path / "nope.json") is None
        assert lib.list_projects() == []


def test_demo_sources_are_clearly_illustrative():
    data = load_demo_data()
    assert data["format"] == "script-studio-project"
    keys = {s["key"] for s in data["sources"]}
    for source in data["sources"]:
        assert source["doi"].startswith("10.5555/"), "only the reserved example DOI prefix"
        assert "example" in source["notes"].lower() or "illustrative" in source["notes"].lower()
        assert 140 <= len(source["summary"].split()) <= 320
        assert source["authors"] and source["year"] and source["journal"]
    for cite in data["scripts"][0]["citations"]:
        assert cite["source_key"] in keys
        segment = data["scripts"][0]["segments"][cite["segment"]]["spoken"]
        assert cite["claim"] in segment


def test_demo_script_shows_every_highlight_kind(tmp_path, analyzer):
    with Library.open(tmp_path / "lib.studio.db") as lib:
        sid = ensure_demo(lib)
        script = lib.get_script(sid)
        ctx = context_for(lib, script.project_id, sid)
        result = analyzer.analyze([SegmentInput(s.spoken, s.name) for s in script.segments], ctx)
    kinds = {f.kind for seg in result.segments for f in seg.findings}
    wanted = {m.JARGON, m.ACRONYM, m.HARD_SENTENCE, m.VERY_HARD_SENTENCE, m.PASSIVE_VOICE, m.LONG_WORD,
              m.UNCITED_CLAIM, m.UNRESOLVED_CITATION, m.CERTAINTY_INFLATED}
    assert wanted <= kinds, wanted - kinds
    texts = {f.text for seg in result.segments for f in seg.findings}
    assert "Exercise cuts depression risk by 30%." in texts
    assert {"CBT", "efficacy", "anhedonia", "[@nobody2020]", "cures"} <= texts
    assert result.metrics.uncited_claims >= 1

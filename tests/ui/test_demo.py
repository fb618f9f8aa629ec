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


# ------------------------------------------------------------------------------------ reset demo
def _spoken(lib: Library, script_id: int) -> list[str]:
    return [s.spoken for s in lib.get_script(script_id).segments]


def test_first_start_records_the_demo_and_its_first_draft(tmp_path):
    from studio.ui.demo import FIRST_DRAFT_LABEL, demo_changed, demo_project_id

    with Library.open(tmp_path / "lib.studio.db") as lib:
        sid = ensure_demo(lib)
        pid = lib.get_script(sid).project_id
        assert demo_project_id(lib) == pid
        assert [v.label for v in lib.list_versions(sid)] == [FIRST_DRAFT_LABEL]
        assert not demo_changed(lib, pid)


def test_reset_demo_undoes_every_change_and_keeps_other_projects(tmp_path):
    from studio.ui.demo import demo_changed, demo_project_id, reset_demo

    with Library.open(tmp_path / "lib.studio.db") as lib:
        sid = ensure_demo(lib)
        pid = lib.get_script(sid).project_id
        shipped = _spoken(lib, sid)
        mine = lib.create_project("My own project")
        seg = lib.get_script(sid).segments[0]
        lib.update_segment(seg.id, spoken="A participant rewrote the hook.")
        assert demo_changed(lib, pid)
        new_sid = reset_demo(lib)
        assert new_sid is not None
        assert _spoken(lib, new_sid) == shipped
        new_pid = lib.get_script(new_sid).project_id
        assert demo_project_id(lib) == new_pid and not demo_changed(lib, new_pid)
        assert sorted(p.title for p in lib.list_projects()) == ["Demo: Exercise and depression", "My own project"]
        assert lib.get_project(mine.id).title == "My own project"
        assert len(lib.list_sources(new_pid)) == 3 and len(lib.list_citations(new_sid)) == 2


def test_other_changes_count_too(tmp_path):
    from studio.ui.demo import demo_changed

    with Library.open(tmp_path / "lib.studio.db") as lib:
        sid = ensure_demo(lib)
        pid = lib.get_script(sid).project_id
        lib.allow_term(pid, "anhedonia")
        assert demo_changed(lib, pid)
    with Library.open(tmp_path / "lib2.studio.db") as lib:
        sid = ensure_demo(lib)
        pid = lib.get_script(sid).project_id
        lib.set_checklist_tick(sid, "main_message", True)
        assert demo_changed(lib, pid)
        lib.rename_project(pid, "Renamed by the trainer")              # a title alone is not an exercise change
        lib.set_checklist_tick(sid, "main_message", None)
        assert not demo_changed(lib, pid)


def test_reset_demo_brings_a_deleted_demo_back(tmp_path):
    from studio.ui.demo import demo_project_id, reset_demo

    with Library.open(tmp_path / "lib.studio.db") as lib:
        sid = ensure_demo(lib)
        lib.delete_project(lib.get_script(sid).project_id)
        assert demo_project_id(lib) is None
        new_sid = reset_demo(lib)
        assert new_sid is not None and demo_project_id(lib) == lib.get_script(new_sid).project_id
        assert [p.title for p in lib.list_projects()] == ["Demo: Exercise and depression"]


def test_a_library_from_before_the_demo_was_recorded_finds_it_by_title(tmp_path):
    from studio.ui.demo import DEMO_META_KEY, demo_project_id, reset_demo

    with Library.open(tmp_path / "lib.studio.db") as lib:
        sid = ensure_demo(lib)
        lib.set_meta(DEMO_META_KEY, None)
        assert demo_project_id(lib) == lib.get_script(sid).project_id
        lib.update_segment(lib.get_script(sid).segments[0].id, spoken="Edited.")
        new_sid = reset_demo(lib)
        assert len(lib.list_projects()) == 1 and lib.get_meta(DEMO_META_KEY) is not None
        assert lib.get_script(new_sid).segments[0].spoken != "Edited."


def test_reset_demo_fails_cleanly_when_the_demo_file_is_missing(tmp_path):
    import pytest

    from studio.ui.demo import reset_demo

    with Library.open(tmp_path / "lib.studio.db") as lib:
        sid = ensure_demo(lib)
        with pytest.raises(OSError):
            reset_demo(lib, tmp_path / "gone.json")
        assert lib.get_script(sid).segments                            # the demo is still there

"""Round trips for every entity: projects, sources, scripts/segments, versions, citations, dismissals, terms."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from studio.store.library import Library, NotFound, StoreError
from studio.store.models import DEFAULT_SEGMENTS, SegmentDraft
from studio.store.versions import MAX_AUTOMATIC_VERSIONS


@pytest.fixture
def lib() -> Iterator[Library]:
    library = Library(":memory:")
    yield library
    library.close()


def test_project_round_trip_and_update(lib: Library) -> None:
    p = lib.create_project("  Gut   health ", platform="Reels 90 s", target_grade=7.5, words_per_minute=160)
    assert p.title == "Gut health"
    assert p.target_seconds == 90  # from the platform preset
    assert lib.get_project(p.id) == p
    assert datetime.fromisoformat(p.created).utcoffset().total_seconds() == 0
    q = lib.update_project(p.id, target_seconds=45, language="EN")
    assert (q.target_seconds, q.language, q.target_grade) == (45, "en", 7.5)
    assert lib.rename_project(p.id, "Gut feelings").title == "Gut feelings"
    assert lib.find_project("gut FEELINGS").id == p.id
    assert lib.find_project(str(p.id)).id == p.id


def test_project_with_default_script(lib: Library) -> None:
    p = lib.create_project("P")
    [script] = lib.list_scripts(p.id)
    assert [s.name for s in script.segments] == list(DEFAULT_SEGMENTS)
    assert [s.position for s in script.segments] == list(range(len(DEFAULT_SEGMENTS)))
    assert lib.list_scripts(lib.create_project("Q", with_script=False).id) == []


@pytest.mark.parametrize("fields", [{"title": "  "}, {"target_seconds": 0}, {"words_per_minute": "fast"},
                                    {"target_grade": float("nan")}, {"colour": "red"}])
def test_invalid_project_settings_are_refused(lib: Library, fields: dict[str, object]) -> None:
    p = lib.create_project("P")
    with pytest.raises(StoreError):
        lib.update_project(p.id, **fields)
    assert lib.get_project(p.id) == p


def test_missing_and_ambiguous_projects(lib: Library) -> None:
    with pytest.raises(NotFound):
        lib.get_project(99)
    with pytest.raises(NotFound, match="no project called"):
        lib.find_project("nothing")
    lib.create_project("Same")
    lib.create_project("same")
    with pytest.raises(StoreError, match="Several projects"):
        lib.find_project("SAME")


def test_delete_project_removes_everything(lib: Library) -> None:
    p = lib.create_project("P")
    src = lib.add_source(p.id, title="S", summary="Walking helps mood.")
    script = lib.list_scripts(p.id)[0]
    lib.add_citation(script.segments[0].id, src.id, "walking helps")
    lib.save_version(script.id, "v1")
    lib.dismiss(script.id, "jargon:x", "jargon", "x")
    lib.allow_term(p.id, "statin")
    lib.delete_project(p.id)
    assert lib.list_projects() == []
    for table in ("sources", "scripts", "segments", "versions", "citations", "dismissals", "terms"):
        assert lib._rows(f"SELECT count(*) FROM {table}")[0][0] == 0, table
    assert lib.search("walking") == []


def test_sources_keys_positions_and_doi(lib: Library) -> None:
    p = lib.create_project("P")
    a = lib.add_source(p.id, title="A", authors="Smith J; Lee K", year=2021, doi="https://doi.org/10.1000/ABC")
    b = lib.add_source(p.id, title="B", authors="Smith, John", year=2021)
    c = lib.add_source(p.id, title="C", key="smith2021")
    d = lib.add_source(p.id, title="Ütopia of sleep", authors="Jane Müller")
    assert [s.key for s in (a, b, c, d)] == ["smith2021", "smith2021a", "smith2021b", "muller"]
    assert a.doi == "10.1000/ABC"
    assert lib.source_by_doi(p.id, "doi:10.1000/abc") == a
    assert lib.source_by_doi(p.id, "10.9/none") is None
    assert [s.position for s in lib.list_sources(p.id)] == [1, 2, 3, 4]
    assert lib.find_source(p.id, "SMITH2021A") == b
    lib.delete_source(b.id)
    assert [(s.key, s.position) for s in lib.list_sources(p.id)] == [("smith2021", 1), ("smith2021b", 2),
                                                                   ("muller", 3)]
    moved = lib.move_source(d.id, 1)
    assert [s.key for s in moved] == ["muller", "smith2021", "smith2021b"]
    assert [s.position for s in moved] == [1, 2, 3]


def test_source_update_and_validation(lib: Library) -> None:
    p = lib.create_project("P")
    a = lib.add_source(p.id, title="A", key="a1", summary="Line one.\r\nLine two.")
    assert a.summary == "Line one.\nLine two."
    lib.add_source(p.id, title="B", key="b1")
    u = lib.update_source(a.id, year="2020", notes="checked", title="A new")
    assert (u.year, u.notes, u.title) == (2020, "checked", "A new")
    with pytest.raises(StoreError, match="already used"):
        lib.update_source(a.id, key="B1")
    with pytest.raises(StoreError, match="year"):
        lib.update_source(a.id, year="last spring")
    with pytest.raises(StoreError, match="cannot contain"):
        lib.add_source(p.id, title="C", key="bad key")
    with pytest.raises(StoreError, match="at least"):
        lib.add_source(p.id, title="")
    with pytest.raises(NotFound):
        lib.find_source(p.id, "nope")
    assert lib.get_source(a.id).year == 2020


def test_scripts_segments_round_trip(lib: Library) -> None:
    p = lib.create_project("P", with_script=False)
    drafts = [SegmentDraft("Hook", "Can 😀 a walk help?", "WALK", "park shot"),
              SegmentDraft("Finding", "Yes, a bit.\r\nMaybe.")]
    s = lib.create_script(p.id, "Walks", drafts)
    assert [(g.name, g.spoken, g.on_screen, g.visual_notes) for g in s.segments] == [
        ("Hook", "Can 😀 a walk help?", "WALK", "park shot"), ("Finding", "Yes, a bit.\nMaybe.", "", "")]
    assert lib.get_script(s.id) == s
    renamed = lib.rename_script(s.id, "Walking")
    assert renamed.title == "Walking"
    copy = lib.duplicate_script(s.id)
    assert copy.title == "Walking (copy)" and len(copy.segments) == 2
    assert [x.title for x in lib.list_scripts(p.id)] == ["Walking", "Walking (copy)"]
    lib.delete_script(copy.id)
    with pytest.raises(NotFound):
        lib.get_script(copy.id)


def test_save_segments_keeps_ids_and_citations_of_kept_positions(lib: Library) -> None:
    p = lib.create_project("P")
    src = lib.add_source(p.id, title="S")
    script = lib.list_scripts(p.id)[0]
    first, last = script.segments[0], script.segments[-1]
    kept = lib.add_citation(first.id, src.id, "claim one", "passage")
    lib.add_citation(last.id, src.id, "claim five")
    saved = lib.save_segments(script.id, [SegmentDraft("Hook", "New hook"), SegmentDraft("Body", "More")])
    assert [g.name for g in saved.segments] == ["Hook", "Body"]
    assert saved.segments[0].id == first.id
    assert lib.list_citations(script.id) == [kept]
    grown = lib.save_segments(script.id, [*[SegmentDraft(g.name, g.spoken) for g in saved.segments],
                                          SegmentDraft("End", "Bye")])
    assert [g.position for g in grown.segments] == [0, 1, 2]


def test_update_segment_in_place(lib: Library) -> None:
    p = lib.create_project("P")
    seg = lib.list_scripts(p.id)[0].segments[1]
    lib.update_segment(seg.id, spoken="Typed text", visual_notes="b-roll")
    after = lib.get_script(seg.script_id).segments[1]
    assert (after.id, after.name, after.spoken, after.visual_notes) == (seg.id, seg.name, "Typed text", "b-roll")
    with pytest.raises(NotFound):
        lib.update_segment(9999, spoken="x")


def test_versions_save_list_restore_diff(lib: Library) -> None:
    p = lib.create_project("P")
    script = lib.list_scripts(p.id)[0]
    lib.save_segments(script.id, [SegmentDraft("Hook", "Sleep helps memory. It really does.")])
    v1 = lib.save_version(script.id, "first draft")
    assert (v1.label, v1.automatic, v1.title) == ("first draft", False, script.title)
    lib.save_segments(script.id, [SegmentDraft("Hook", "Sleep helps memory. It may help.")])
    lib.rename_script(script.id, "Renamed")
    v2 = lib.save_version(script.id, automatic=True)
    assert [v.id for v in lib.list_versions(script.id)] == [v2.id, v1.id]
    diff = lib.diff_versions(v1.id, v2.id)
    assert "-Spoken: It really does." in diff and "+Spoken: It may help." in diff
    assert "-Title: Script 1" in diff and "+Title: Renamed" in diff
    assert " Spoken: Sleep helps memory." in diff  # the unchanged sentence is context, not a change
    assert "-Spoken: Sleep helps memory." not in diff
    restored = lib.restore_version(v1.id)
    assert restored.title == "Script 1"
    assert restored.segments[0].spoken == "Sleep helps memory. It really does."
    newest = lib.list_versions(script.id)[0]
    assert newest.automatic and newest.segments[0].spoken == "Sleep helps memory. It may help."
    assert lib.diff_versions(v1.id) == ""


def test_automatic_versions_deduplicate_and_are_capped(lib: Library) -> None:
    p = lib.create_project("P")
    script = lib.list_scripts(p.id)[0]
    a = lib.save_version(script.id, automatic=True)
    assert lib.save_version(script.id, automatic=True).id == a.id
    manual = lib.save_version(script.id, "keep me")
    for i in range(MAX_AUTOMATIC_VERSIONS + 5):
        lib.update_segment(script.segments[0].id, spoken=f"text {i}")
        lib.save_version(script.id, automatic=True)
    versions = lib.list_versions(script.id)
    assert sum(v.automatic for v in versions) == MAX_AUTOMATIC_VERSIONS + 1     # the newest ones + the first
    assert manual.id in {v.id for v in versions}
    assert a.id in {v.id for v in versions}                # the first draft is never pruned


def test_citations_must_stay_inside_the_project(lib: Library) -> None:
    p, q = lib.create_project("P"), lib.create_project("Q")
    other_source = lib.add_source(q.id, title="Elsewhere")
    seg = lib.list_scripts(p.id)[0].segments[0]
    with pytest.raises(StoreError, match="another project"):
        lib.add_citation(seg.id, other_source.id, "claim")
    src = lib.add_source(p.id, title="Here")
    c = lib.add_citation(seg.id, src.id, " 20% fewer ", " passage ")
    assert (c.claim, c.passage, c.segment_id, c.source_id) == ("20% fewer", "passage", seg.id, src.id)
    lib.delete_citation(c.id)
    assert lib.list_citations(seg.script_id) == []
    with pytest.raises(NotFound):
        lib.delete_citation(c.id)
    c2 = lib.add_citation(seg.id, src.id, "x")
    lib.delete_source(src.id)
    assert c2 not in lib.list_citations(seg.script_id)


def test_dismissals_round_trip(lib: Library) -> None:
    p = lib.create_project("P")
    script = lib.list_scripts(p.id)[0]
    d = lib.dismiss(script.id, "jargon:myocardial infarction", "jargon", "myocardial infarction", "audience knows")
    again = lib.dismiss(script.id, "jargon:myocardial infarction", "jargon", "myocardial infarction", "doctors")
    assert again.id == d.id and again.reason == "doctors"
    assert lib.list_dismissals(script.id) == [again]
    lib.restore_dismissal(d.id)
    assert lib.list_dismissals(script.id) == []


def test_terms_allow_list_and_replacements(lib: Library) -> None:
    p = lib.create_project("P")
    lib.allow_term(p.id, "  Aerobic   Exercise ")
    lib.set_replacement(p.id, "usual care", "the normal treatment")
    t = lib.set_replacement(p.id, "AEROBIC exercise", "cardio")
    assert (t.term, t.allowed, t.replacement) == ("aerobic exercise", True, "cardio")
    assert [(x.term, x.allowed, x.replacement) for x in lib.list_terms(p.id)] == [
        ("aerobic exercise", True, "cardio"), ("usual care", False, "the normal treatment")]
    lib.remove_term(p.id, "Usual Care")
    assert [x.term for x in lib.list_terms(p.id)] == ["aerobic exercise"]


def test_duplicate_project_copies_content_not_history(lib: Library) -> None:
    p = lib.create_project("P")
    src = lib.add_source(p.id, title="S", key="s1")
    script = lib.list_scripts(p.id)[0]
    lib.update_segment(script.segments[2].id, spoken="It works [1].")
    lib.add_citation(script.segments[2].id, src.id, "It works")
    lib.save_version(script.id, "v1")
    lib.dismiss(script.id, "f", "k", "t")
    lib.allow_term(p.id, "statin")
    copy = lib.duplicate_project(p.id)
    assert copy.title == "P (copy)" and copy.id != p.id
    [cscript] = lib.list_scripts(copy.id)
    assert cscript.segments[2].spoken == "It works [1]."
    [cit] = lib.list_citations(cscript.id)
    assert lib.get_source(cit.source_id).project_id == copy.id
    assert lib.list_versions(cscript.id) == [] and lib.list_dismissals(cscript.id) == []
    assert [t.term for t in lib.list_terms(copy.id)] == ["statin"]


def test_failed_multi_step_write_changes_nothing(lib: Library) -> None:
    p = lib.create_project("P")
    script = lib.list_scripts(p.id)[0]
    before = lib.get_script(script.id)
    with pytest.raises(StoreError):
        lib.save_segments(script.id, [SegmentDraft("ok", "fine"), "not a draft"])  # type: ignore[list-item]
    assert lib.get_script(script.id) == before
    with pytest.raises(RuntimeError), lib._tx():
        lib.save_segments(script.id, [SegmentDraft("half", "done")])
        raise RuntimeError("crash in the middle")
    assert lib.get_script(script.id) == before


def test_public_transaction_groups_calls(lib: Library) -> None:
    p = lib.create_project("P")
    with lib.transaction():
        lib.add_source(p.id, title="A")
        lib.add_source(p.id, title="B")
    assert len(lib.list_sources(p.id)) == 2
    with pytest.raises(ValueError), lib.transaction():
        lib.add_source(p.id, title="C")
        raise ValueError("importer failed half-way")
    assert [s.title for s in lib.list_sources(p.id)] == ["A", "B"]

"""Full-text search: finds sources and scripts, stays in sync with edits, accepts any user text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.store.library import Library
from studio.store.models import SegmentDraft
from studio.store.search import MATCH_END, MATCH_START, build_fts_query


@pytest.fixture
def lib() -> Iterator[Library]:
    library = Library(":memory:")
    p = library.create_project("Sleep")
    library.add_source(p.id, title="Sleep and memory consolidation", authors="Smith J; Lee K", year=2021,
                       summary="Adolescents who slept nine hours recalled 20% more words than peers.",
                       notes="Good for the hook")
    library.add_source(p.id, title="Café culture and caffeine", authors="Müller A",
                       summary="Coffee after 4 pm delayed sleep onset by 40 minutes.")
    script = library.list_scripts(p.id)[0]
    library.save_segments(script.id, [SegmentDraft("Hook", "Why do teenagers need more sleep?",
                                                   "SLEEP = MEMORY", "bedroom at night")])
    q = library.create_project("Heart")
    library.add_source(q.id, title="Statins in older adults", summary="Statins lowered heart attacks.")
    yield library
    library.close()


def test_search_finds_sources_and_scripts_with_snippets(lib: Library) -> None:
    hits = lib.search("sleep")
    kinds = {(h.kind, h.title) for h in hits}
    assert ("source", "Sleep and memory consolidation") in kinds
    assert ("script", "Script 1") in kinds
    assert all(MATCH_START in h.snippet and MATCH_END in h.snippet for h in hits)


def test_search_fields_prefix_diacritics_and_project_filter(lib: Library) -> None:
    assert [h.title for h in lib.search("muller")] == ["Café culture and caffeine"]
    assert [h.title for h in lib.search("cafe")] == ["Café culture and caffeine"]
    assert [h.title for h in lib.search("consolid")] == ["Sleep and memory consolidation"]  # prefix
    assert [h.kind for h in lib.search("bedroom")] == ["script"]          # visual notes are indexed
    assert [h.title for h in lib.search("hook")][0] in {"Sleep and memory consolidation", "Script 1"}
    heart = lib.find_project("Heart").id
    assert [h.title for h in lib.search("statins", project_id=heart)] == ["Statins in older adults"]
    assert lib.search("sleep", project_id=heart) == []
    assert lib.search('"memory consolidation"') and not lib.search('"consolidation memory"')


def test_index_follows_edits_and_deletes(lib: Library) -> None:
    p = lib.find_project("Sleep")
    src = lib.find_source(p.id, "muller")
    lib.update_source(src.id, summary="Tea in the evening.")
    assert lib.search("coffee") == []
    assert [h.id for h in lib.search("tea")] == [src.id]
    script = lib.list_scripts(p.id)[0]
    lib.update_segment(script.segments[0].id, spoken="Melatonin is a hormone.")
    assert [h.kind for h in lib.search("melatonin")] == ["script"]
    assert all(h.kind != "script" for h in lib.search("teenagers"))
    lib.rename_script(script.id, "Nightly routine")
    assert [h.title for h in lib.search("nightly")] == ["Nightly routine"]
    lib.delete_script(script.id)
    assert lib.search("melatonin") == []
    lib.delete_source(src.id)
    assert lib.search("tea") == []
    assert lib.check_integrity() == []


@pytest.mark.parametrize("query", ['"', '""', "AND", "OR", "NOT", "*", "sleep*", "NEAR(a b)", "a:b",
                                   "title:sleep", "(", ")", "-sleep", "^sleep", "😀", "sleep 😀", "'", "\\",
                                   "\x00", "", "   ", "sleep AND", "AND sleep", '"unterminated', "a" * 5000,
                                   " ".join(["word"] * 500), "%_", "{a b}", "sleep OR memory"])
def test_any_user_text_is_accepted(lib: Library, query: str) -> None:
    hits = lib.search(query)
    assert isinstance(hits, list)


def test_operators_are_plain_words(lib: Library) -> None:
    assert [h.title for h in lib.search("sleep AND consolidation")] == ["Sleep and memory consolidation"]
    assert [h.kind for h in lib.search("adolescents 😀 memory")] == ["source"]
    assert lib.search("20%")  # the number still matches


def test_build_fts_query_quotes_everything() -> None:
    assert build_fts_query('say "hi there" NOT') == '"say" "hi there" "NOT"*'
    assert build_fts_query('a"b') == '"a" "b"'
    assert build_fts_query("sleep ") == '"sleep"'
    assert build_fts_query("* 😀 \"") == ""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_search_never_raises_on_random_text(lib: Library, query: str) -> None:
    for hit in lib.search(query):
        assert hit.kind in {"source", "script"}

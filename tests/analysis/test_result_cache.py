"""On-disk cache of analysis results: an exact input gets the stored result back; any change to the text,
the project context or the analysis version is a miss; damaged entries are misses, never errors."""

from __future__ import annotations

from dataclasses import replace

from studio.analysis.model import AnalysisContext, SegmentInput, SourceRef
from studio.analysis.result_cache import ResultCache, analysis_version

SEGMENTS = [SegmentInput(text="Statins cut LDL cholesterol by 30%.", name="Hook"),
            SegmentInput(text="Ask your doctor.", name="Close")]
CTX = AnalysisContext(allow_list=frozenset({"ldl", "statins", "hba1c"}), sources=(SourceRef("smith", 1, "T", "x"),))


def test_round_trip_and_misses(tmp_path, analyzer) -> None:
    cache = ResultCache(tmp_path, "v1")
    result = analyzer.analyze(SEGMENTS, CTX)
    assert cache.get(SEGMENTS, CTX) is None
    cache.put(SEGMENTS, CTX, result)
    assert cache.get(list(SEGMENTS), CTX) == result
    # Same sets built in another order (another hash seed) are the same key.
    same = replace(CTX, allow_list=frozenset(["hba1c", "statins", "ldl"]))
    assert cache.get(SEGMENTS, same) == result
    assert cache.get([SEGMENTS[0], replace(SEGMENTS[1], text="Ask your GP.")], CTX) is None
    assert cache.get(SEGMENTS, replace(CTX, target_grade=6.0)) is None
    assert cache.get(SEGMENTS, replace(CTX, dismissed=frozenset({"abc"}))) is None
    assert ResultCache(tmp_path, "v2").get(SEGMENTS, CTX) is None


def test_damaged_entry_is_a_miss_and_removed(tmp_path, analyzer) -> None:
    cache = ResultCache(tmp_path, "v1")
    cache.put(SEGMENTS, CTX, analyzer.analyze(SEGMENTS, CTX))
    [entry] = list(tmp_path.glob("*.result"))
    entry.write_bytes(b"not a pickle")
    assert cache.get(SEGMENTS, CTX) is None
    assert not entry.exists()


def test_folder_is_trimmed(tmp_path, analyzer) -> None:
    cache = ResultCache(tmp_path, "v1", max_entries=3)
    result = analyzer.analyze(SEGMENTS, CTX)
    for i in range(6):
        cache.put([SegmentInput(text=f"Text {i}.")], CTX, result)
    assert len(list(tmp_path.glob("*.result"))) == 3
    assert cache.get([SegmentInput(text="Text 5.")], CTX) is not None


def test_version_changes_when_a_resource_file_changes(tmp_path) -> None:
    from studio.analysis.profile import ENGLISH

    folder = tmp_path / "lang"
    folder.mkdir()
    (folder / "glossary.tsv").write_text("a\tb\n", encoding="utf-8")
    profile = replace(ENGLISH, resources_root=folder)
    before = analysis_version([profile])
    assert analysis_version([profile]) == before
    (folder / "glossary.tsv").write_text("a\tb\nc\td\n", encoding="utf-8")
    assert analysis_version([profile]) != before

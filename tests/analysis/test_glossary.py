"""The shipped glossary and acronym lists parse, are big enough and consistent; malformed files fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.analysis.glossary import (
    GlossaryError,
    acronym_key,
    load_acronyms,
    load_glossary,
    load_word_parts,
    load_wordlist,
    spelling_key,
    term_key,
    term_variants,
)
from studio.analysis.profile import get_profile

RES = get_profile("en").resources


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(RES / "glossary.tsv")


def test_shipped_glossary_is_large_and_every_term_has_an_alternative(glossary) -> None:
    assert len(glossary) >= 400
    for entry in glossary:
        assert entry.alternatives, entry.term
        assert all(alt.strip() for alt in entry.alternatives)
        assert entry.variants


def test_glossary_has_no_duplicate_terms_even_across_spellings() -> None:
    # The loader itself refuses duplicates; check again on the raw lines so the test cannot pass vacuously.
    seen: dict[str, int] = {}
    header = False
    for number, line in enumerate((RES / "glossary.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header:
            header = True
            continue
        key = term_key(line.split("\t")[0])
        assert key not in seen, f"line {number} repeats line {seen[key]}"
        seen[key] = number
    assert len(seen) >= 400


def test_glossary_covers_the_core_terms(glossary) -> None:
    for term in ("myocardial infarction", "hypertension", "randomized controlled trial", "confidence interval",
                 "odds ratio", "hazard ratio", "meta-analysis", "cohort", "placebo", "statistically significant",
                 "p-value", "cognitive behavioral therapy", "rumination", "anhedonia", "comorbidity"):
        assert glossary.lookup(term) is not None, term
    assert glossary.lookup("myocardial infarction").alternatives[0] == "heart attack"


def test_british_and_american_spellings_fold_together(glossary) -> None:
    assert glossary.lookup("randomised controlled trial") is glossary.lookup("randomized controlled trial")
    assert glossary.lookup("ischemia") is not None and glossary.lookup("ischaemia") is not None
    assert spelling_key("haemoglobin") == spelling_key("hemoglobin")
    assert spelling_key("behaviour") == spelling_key("behavior")
    assert spelling_key("oesophagus") == spelling_key("esophagus")
    assert spelling_key("four") == "four"           # short everyday words are left alone


def test_hyphenated_terms_also_match_spaced_and_closed_forms() -> None:
    variants = term_variants("p-value")
    assert ("p", "-", "value") in variants and ("p", "value") in variants


def test_common_words_do_not_shadow_glossary_terms(glossary) -> None:
    common = load_wordlist(RES / "common_words.txt")
    everyday = {"doctor", "anxiety", "sleep", "exercise", "depression", "vaccine"}
    assert {spelling_key(w) for w in everyday} <= common
    assert not [e.term for e in glossary if term_key(e.term) in common]


def test_acronym_lists_parse() -> None:
    acronyms = load_acronyms(RES / "acronyms.tsv")
    assert len(acronyms) >= 100
    assert acronyms["CBT"].expansion == "cognitive behavioural therapy"
    assert acronym_key("SSRIs") == "SSRI" and acronym_key("CBT's") == "CBT"


def test_malformed_glossary_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "glossary.tsv"
    bad.write_text("term\talternatives\tnote\n# comment\nplacebo\tdummy pill\nsyncope\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"glossary\.tsv:4"):
        load_glossary(bad)


def test_glossary_rejects_a_term_without_alternative_and_duplicates(tmp_path: Path) -> None:
    empty_alt = tmp_path / "a.tsv"
    empty_alt.write_text("term\talternatives\nplacebo\t | \n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="no plain alternative"):
        load_glossary(empty_alt)
    dup = tmp_path / "b.tsv"
    dup.write_text("term\talternatives\ntumour\tlump\ntumor\tgrowth\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"b\.tsv:3.*listed twice"):
        load_glossary(dup)


def test_missing_header_or_file_is_a_clear_error(tmp_path: Path) -> None:
    no_header = tmp_path / "c.tsv"
    no_header.write_text("placebo\tdummy pill\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="header"):
        load_glossary(no_header)
    with pytest.raises(GlossaryError, match="not found"):
        load_glossary(tmp_path / "missing.tsv")


def test_word_parts_parse_longest_first(tmp_path: Path) -> None:
    parts = load_word_parts(RES / "word_parts.tsv")
    assert ("-itis", "inflammation") in parts
    assert [len(p) for p, _ in parts] == sorted((len(p) for p, _ in parts), reverse=True)
    bad = tmp_path / "parts.tsv"
    bad.write_text("part\tmeaning\nitis\tinflammation\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"parts\.tsv:2"):
        load_word_parts(bad)

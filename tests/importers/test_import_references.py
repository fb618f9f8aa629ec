"""RIS, BibTeX and PubMed MEDLINE files as Zotero, Mendeley, EndNote and PubMed export them."""

from __future__ import annotations

import pytest
from importer_files import NO_TITLE_RIS, PUBMED_RIS, ZOTERO_BIB, ZOTERO_RIS

from studio.importers import ImportProblem, import_files, parse_file, read_file


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# -- RIS ----------------------------------------------------------------------------------------------
def test_zotero_ris_gives_one_source_per_record_with_abstract_as_summary(tmp_path):
    records = parse_file(write(tmp_path, "zotero.ris", ZOTERO_RIS))
    assert len(records) == 2
    first = records[0]
    assert first.title.startswith("Sleep deprivation and memory consolidation")
    assert first.authors == "Smith JA; Lee K"
    assert first.year == 2021
    assert first.journal == "Journal of Sleep Research"
    assert first.doi == "10.1111/jsr.13245"
    assert "12% drop in word recall" in first.summary
    assert records[1].doi == "10.1016/j.sleep.2019.05.002"      # doi.org URL in DO is reduced to the DOI
    assert records[1].authors == "García A"


def test_pubmed_style_ris_reads_n2_abstract_and_keeps_its_id_as_key(tmp_path):
    (record,) = parse_file(write(tmp_path, "pubmed.ris", PUBMED_RIS))
    assert record.key == "chen2018"
    assert record.summary.startswith("Evening exposure to blue light")
    assert record.year == 2018
    assert record.journal == "Chronobiology International"
    assert record.authors == "Chen W; Okafor N"


def test_ris_with_bom_and_windows_line_endings(tmp_path):
    path = tmp_path / "endnote.ris"
    path.write_bytes(b"\xef\xbb\xbf" + ZOTERO_RIS.replace("\n", "\r\n").encode("utf-8"))
    assert len(parse_file(path)) == 2


def test_ris_in_windows_1252_is_read_with_a_note(tmp_path):
    parsed = read_file(write(tmp_path, "old.ris", ZOTERO_RIS, encoding="cp1252"))
    assert parsed.records[1].authors == "García A"
    assert any("Windows-1252" in n for n in parsed.notes)


def test_ris_last_record_without_end_line_is_still_read(tmp_path):
    parsed = read_file(write(tmp_path, "cut.ris", ZOTERO_RIS.rstrip().rsplit("ER  -", 1)[0]))
    assert len(parsed.records) == 2
    assert any("no end line" in n for n in parsed.notes)


def test_ris_record_without_title_is_skipped_with_a_message(tmp_path):
    parsed = read_file(write(tmp_path, "partial.ris", NO_TITLE_RIS))
    assert [r.title for r in parsed.records] == ["A record with a title"]
    assert parsed.skipped == ["record 1 has no title, so it was skipped"]


@pytest.mark.parametrize("text, problem", [
    ("", "empty"),
    ("Just some notes\nabout sleep\n", "no RIS records"),
    ("TI  - Title without a type line\nER  - \n", "malformed"),
])
def test_broken_ris_files_get_a_clear_message(tmp_path, text, problem):
    with pytest.raises(ImportProblem, match=problem):
        parse_file(write(tmp_path, "broken.ris", text))


def test_ris_with_a_record_missing_its_end_line_in_the_middle_is_refused(tmp_path):
    text = ZOTERO_RIS.replace("KW  - sleep\nER  -\n", "KW  - sleep\n", 1)
    with pytest.raises(ImportProblem, match="2 records start but only 1"):
        parse_file(write(tmp_path, "merged.ris", text))


# -- BibTeX -------------------------------------------------------------------------------------------
def test_zotero_bibtex_decodes_latex_and_keeps_keys(tmp_path):
    records = parse_file(write(tmp_path, "zotero.bib", ZOTERO_BIB))
    vit, who = records
    assert vit.key == "muller_vitamin_2020"
    assert vit.title == "Effects of Vitamin D on Mood: a randomized trial"
    assert vit.authors == "Müller J; García A; World Health Organization"
    assert vit.summary.startswith("We found that 30% of participants improved – most of them within 8 weeks.")
    assert "älder" in vit.summary
    assert vit.doi == "10.1016/j.jpsychires.2020.01.001"
    assert vit.url == ""                                   # the URL was only the DOI link
    assert vit.year == 2020
    assert vit.journal == "Journal of Psychiatric Research"
    assert who.title == "WHO guidelines on physical activity and sedentary behaviour"
    assert who.authors == "World Health Organization"
    assert who.summary == ""


def test_bibtex_with_unbalanced_braces_is_refused_whole_with_the_line(tmp_path):
    broken = ZOTERO_BIB + "\n@article{broken_2021,\n  title = {Missing brace,\n  year = {2021},\n"
    with pytest.raises(ImportProblem, match=r"line \d+ is malformed"):
        parse_file(write(tmp_path, "broken.bib", broken))


def test_bibtex_without_entries_is_an_error(tmp_path):
    with pytest.raises(ImportProblem, match="no BibTeX entries"):
        parse_file(write(tmp_path, "empty.bib", "% just a comment\n@comment{nothing here}\n"))


def test_bibtex_duplicate_key_keeps_the_first_entry(tmp_path):
    text = "@article{a2020, title={First}, year={2020}}\n@article{a2020, title={Second}, year={2021}}\n"
    parsed = read_file(write(tmp_path, "dup.bib", text))
    assert [r.title for r in parsed.records] == ["First"]
    assert "used twice" in parsed.skipped[0]


def test_bibtex_entry_without_title_is_skipped(tmp_path):
    text = "@misc{notitle, author={Doe, Jane}, year={2020}}\n@misc{ok, title={Kept}}\n"
    parsed = read_file(write(tmp_path, "notitle.bib", text))
    assert [r.key for r in parsed.records] == ["ok"]
    assert "notitle" in parsed.skipped[0]


# -- PubMed MEDLINE (.nbib) ---------------------------------------------------------------------------
NBIB = """PMID- 31234567
OWN - NLM
TI  - Exercise for depression in adults: a systematic review and
      meta-analysis of randomised trials.
AB  - Exercise may reduce symptoms of depression. Across 35 trials (2,498
      participants), exercise was associated with a moderate reduction in symptoms.
FAU - Cooney, Gary M
AU  - Cooney GM
FAU - Dwan, Kerry
AU  - Dwan K
DP  - 2013 Sep 12
JT  - The Cochrane database of systematic reviews
LID - 10.1002/14651858.CD004366.pub6 [doi]
"""


def test_pubmed_nbib_joins_continuation_lines(tmp_path):
    (record,) = parse_file(write(tmp_path, "pubmed.nbib", NBIB))
    assert record.title == ("Exercise for depression in adults: a systematic review and meta-analysis of "
                            "randomised trials.")
    assert "Across 35 trials (2,498 participants)" in record.summary
    assert record.authors == "Cooney GM; Dwan K"
    assert record.doi == "10.1002/14651858.CD004366.pub6"
    assert record.year == 2013
    assert record.url == "https://pubmed.ncbi.nlm.nih.gov/31234567/"


# -- into the store -----------------------------------------------------------------------------------
def test_import_files_adds_sources_and_reports_duplicate_dois(tmp_path, library, project):
    ris = write(tmp_path, "zotero.ris", ZOTERO_RIS)
    report = import_files(library, project.id, [ris])
    assert [s.key for s in report.added] == ["smith2021", "garcia2019"]
    assert library.list_sources(project.id)[0].summary.startswith("One night of sleep deprivation")
    again = import_files(library, project.id, [ris])
    assert again.added == []
    assert again.duplicates == [
        (str(ris), "zotero.ris, record 1: DOI 10.1111/jsr.13245 is already in this project as smith2021"),
        (str(ris), "zotero.ris, record 2: DOI 10.1016/j.sleep.2019.05.002 is already in this project as garcia2019"),
    ]
    assert len(library.list_sources(project.id)) == 2


def test_same_doi_in_a_second_file_is_reported_as_already_in_the_project(tmp_path, library, project):
    a = write(tmp_path, "a.ris", ZOTERO_RIS)
    b = write(tmp_path, "b.bib", "@article{again, title={Same paper}, doi={10.1111/JSR.13245}}\n")
    report = import_files(library, project.id, [a, b])
    assert len(report.added) == 2
    assert report.duplicates == [(str(b), "b.bib, entry again: DOI 10.1111/JSR.13245 is already in this "
                                          "project as smith2021")]


def test_same_doi_twice_in_one_file_is_added_once(tmp_path, library, project):
    text = ("@article{first, title={Paper}, doi={10.1000/abc}}\n"
            "@article{second, title={Paper again}, doi={https://doi.org/10.1000/ABC}}\n")
    report = import_files(library, project.id, [write(tmp_path, "twice.bib", text)])
    assert [s.key for s in report.added] == ["first"]
    assert report.duplicates[0][1] == "twice.bib, entry second: DOI 10.1000/ABC is already in this project as first"


def test_bibtex_key_is_the_citation_key_in_the_store(tmp_path, library, project):
    report = import_files(library, project.id, [write(tmp_path, "z.bib", ZOTERO_BIB)])
    assert [s.key for s in report.added] == ["muller_vitamin_2020", "who_guideline_2022"]
    assert library.find_source(project.id, "muller_vitamin_2020").summary.startswith("We found that 30%")


def test_a_broken_file_imports_nothing_and_others_still_import(tmp_path, library, project):
    broken = write(tmp_path, "broken.bib", ZOTERO_BIB + "\n@article{x, title = {oops,\n")
    good = write(tmp_path, "good.ris", PUBMED_RIS)
    report = import_files(library, project.id, [broken, good])
    assert [s.key for s in report.added] == ["chen2018"]
    assert len(report.errors) == 1 and report.errors[0][0] == str(broken)
    assert [s.key for s in library.list_sources(project.id)] == ["chen2018"]

"""BibTeX values are read the way BibTeX reads them: raw ``%`` and ``&`` are text, macros resolve, LaTeX
decodes, and a value that cannot be decoded without loss is kept as written (with a note)."""

from __future__ import annotations

import pytest
from bibtex_quirks import EXPECTED, QUIRKS_BIB

from studio.importers import import_files, read_file
from studio.importers.bibtex import decode_field


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_field_of_the_quirks_corpus_round_trips(tmp_path):
    parsed = read_file(write(tmp_path, "quirks.bib", QUIRKS_BIB))
    by_key = {r.key: r for r in parsed.records}
    assert sorted(by_key) == sorted(EXPECTED)
    for key, fields in EXPECTED.items():
        for name, expected in fields.items():
            assert getattr(by_key[key], name) == expected, f"{key}.{name}"
    assert parsed.notes == [] and parsed.skipped == []


def test_raw_percent_in_an_abstract_does_not_cut_it(tmp_path, library, project):
    text = ("@article{walk, title={Walking}, abstract={Blood pressure fell by 28% in the walking group "
            "and by 9% in controls.}}\n")
    report = import_files(library, project.id, [write(tmp_path, "walk.bib", text)])
    assert report.ok
    stored = library.list_sources(project.id)[0]
    assert stored.summary == "Blood pressure fell by 28% in the walking group and by 9% in controls."


def test_raw_ampersand_is_kept(tmp_path):
    parsed = read_file(write(tmp_path, "amp.bib", "@misc{d, title = {Diet & exercise}}\n"))
    assert parsed.records[0].title == "Diet & exercise"


@pytest.mark.parametrize(("raw", "text"), [
    (r"10\% and 10%", "10% and 10%"),
    (r"A \& B & C", "A & B & C"),
    (r"snake\_case", "snake_case"),
    (r"{\"u}ber \'e {\c c}", "über é ç"),
    (r"{{Nested {braces}}}", "Nested braces"),
    (r"5~mg", "5 mg"),
    (r"$\alpha = 0.5$", "α = 0.5"),
    (r"\textless{}5 \textgreater{}2", "<5 >2"),
])
def test_latex_markup_is_decoded(raw, text):
    assert decode_field(raw) == (text, True)


def test_a_value_that_would_lose_text_is_kept_raw_with_a_note(tmp_path):
    bib = r"@article{k1, title = {Results as in \citep[p. 4]{lee2020}}, year = 2020}" + "\n"
    parsed = read_file(write(tmp_path, "cite.bib", bib))
    assert parsed.records[0].title == r"Results as in \citep[p. 4]{lee2020}"
    assert len(parsed.notes) == 1
    assert "k1" in parsed.notes[0] and "title" in parsed.notes[0] and "kept exactly as written" in parsed.notes[0]


def test_string_macros_concatenation_and_months_resolve(tmp_path):
    bib = ('@string{j = "Sleep"}\n@string{jj = j # " Medicine"}\n'
           '@article{a, title = "On " # jj # {, part } # 2, journal = jj, month = mar, year = 2001}\n')
    record = read_file(write(tmp_path, "macros.bib", bib)).records[0]
    assert record.title == "On Sleep Medicine, part 2"
    assert record.journal == "Sleep Medicine"

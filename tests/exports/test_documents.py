"""Word file, video description and writing files: what a creator hands to an editor or pastes under a video."""

from __future__ import annotations

import io

import pytest
from caption_files import make_project, make_script, make_source

from studio.exports import ExportError, ExportInput, render, target_path, write_export
from studio.exports.references import cited_sources
from studio.store.models import Script, Segment

SOURCES = (
    make_source(1, "smith2021", "Screens and sleep in adolescents", doi="10.1111/jsr.13245"),
    make_source(2, "lee2019", "Blue light and melatonin", authors="Lee K", year=2019, doi="https://doi.org/10.1002/jsr.2"),
    make_source(3, "garcia2020", "Napping in students", authors="García A", year=None),
    make_source(4, "unused2018", "Never cited"),
)


def _script() -> Script:
    segs = (("Hook", "Teens slept 45 minutes less [@lee2019]. 📱", "SLEEP THIEF?", "Close-up of a phone"),
            ("Finding", "Screens after 10 pm raised insomnia risk by 30% [1, 2]. Naps helped [@garcia2020; @lee2019].\n\n"
                        "Second paragraph [3] and a broken one [9].", "-45 min", ""),
            ("CTA", "Follow for more!", "", "Presenter waves"))
    return Script(id=1, project_id=1, title="Teen sleep: phones?",
                  segments=tuple(Segment(i + 1, 1, i + 1, n, sp, on, vis) for i, (n, sp, on, vis) in enumerate(segs)))


def test_cited_sources_once_each_in_first_citation_order():
    citations = cited_sources(_script(), SOURCES)
    assert [s.key for s in citations.sources] == ["lee2019", "smith2021", "garcia2020"]
    assert citations.unresolved == ("[9]",)


def test_description_lists_every_cited_source_exactly_once():
    rendered = render(ExportInput(make_project(), _script(), SOURCES), "description")
    text = rendered.data.decode("utf-8")
    assert text.startswith("Teens slept 45 minutes less. 📱\n\nSources:\n")
    refs = [line for line in text.splitlines() if line[:2] in ("1.", "2.", "3.", "4.")]
    assert len(refs) == 3
    assert refs[0].startswith("1. Lee K (2019). Blue light and melatonin.") and refs[0].endswith(
        "https://doi.org/10.1002/jsr.2")
    assert refs[1].startswith("2. Smith J, Lee K (2021). Screens and sleep") and "https://doi.org/10.1111/jsr.13245" in refs[1]
    assert refs[2].startswith("3. García A (n.d.). Napping in students.")
    for source in SOURCES[:3]:
        assert text.count(source.title) == 1
    assert "Never cited" not in text
    assert any("[9]" in note for note in rendered.notes)


def test_description_of_an_uncited_script_says_so():
    rendered = render(ExportInput(make_project(), make_script(("Hook", "Sleep matters.")), SOURCES), "description")
    assert "Sources" not in rendered.data.decode("utf-8")
    assert any("cites no sources" in n for n in rendered.notes)


def test_docx_reopens_with_the_audio_visual_table_and_references():
    import docx

    data = render(ExportInput(make_project(), _script(), SOURCES), "docx").data
    document = docx.Document(io.BytesIO(data))
    assert document.core_properties.title == "Teen sleep: phones?"
    assert document.paragraphs[0].text == "Teen sleep: phones?"
    table = document.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Audio (spoken)", "Visual (on screen and notes)"]
    assert len(rows) == 4
    assert rows[1][0].startswith("Hook") and "Teens slept 45 minutes less [@lee2019]." in rows[1][0]
    assert rows[1][1] == "On screen: SLEEP THIEF?\nVisual: Close-up of a phone"
    assert rows[2][0].count("\n") >= 2 and "Second paragraph [3]" in rows[2][0]
    assert rows[3][1] == "Visual: Presenter waves"
    texts = [p.text for p in document.paragraphs]
    refs = texts[texts.index("References") + 1:]
    assert [r.split("]")[0] for r in refs] == ["[2", "[1", "[3"]
    assert refs[0].startswith("[2] Lee K (2019). Blue light and melatonin.")


def test_docx_survives_control_characters_and_emoji():
    import docx

    script = make_script(("Hook\x07", "Odd\x0b text 👩‍⚕️ with a bell\x07."))
    document = docx.Document(io.BytesIO(render(ExportInput(make_project(), script), "docx").data))
    assert "Odd text 👩‍⚕️ with a bell." in document.tables[0].rows[1].cells[0].text


def test_existing_file_is_not_replaced_without_force(tmp_path):
    path = tmp_path / "out.srt"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists"):
        write_export(path, b"new")
    assert path.read_text(encoding="utf-8") == "keep me"
    write_export(path, b"new", force=True)
    assert path.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.srt"]       # no temporary file left behind


def test_folder_target_gets_a_safe_default_name(tmp_path):
    project = make_project()
    script = make_script(("Hook", "Hi"), title='Teen sleep: "phones" / screens?')
    assert target_path(tmp_path, project, script, "srt") == tmp_path / "Sleep - Teen sleep phones screens.srt"
    assert target_path(tmp_path, project, script, "description").name == (
        "Sleep - Teen sleep phones screens - description.txt")
    assert target_path(tmp_path / "mine.vtt", project, script, "vtt") == tmp_path / "mine.vtt"
    assert target_path(f"{tmp_path}/new/", project, script, "docx") == tmp_path / "new" / (
        "Sleep - Teen sleep phones screens.docx")


def test_missing_folder_is_a_plain_error(tmp_path):
    with pytest.raises(ExportError, match="no such folder"):
        write_export(tmp_path / "nope" / "a.srt", b"x")

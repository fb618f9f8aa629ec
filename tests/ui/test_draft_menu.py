"""Script › Draft from research… creates a cited draft script and opens it."""

from __future__ import annotations

from shell_helpers import make_window, seed

from studio.store.library import Library
from studio.ui import research_dialog


def test_draft_from_research_opens_the_new_script(qtbot, tmp_path, monkeypatch):
    library = Library.open(tmp_path / "lib.studio.db")
    project_id, script_id, _ = seed(library)
    window = make_window(qtbot, tmp_path, library)
    window.open_script(script_id)
    made: list[int | None] = []

    def fake_exec(dialog):
        made.append(dialog.create_script())
        return 1

    monkeypatch.setattr(research_dialog.ResearchDialog, "exec", fake_exec)
    assert "draft" in window.menu_actions
    window.menu_actions["draft"].trigger()
    assert made and made[0] is not None
    assert window.current_script_id() == made[0]
    script = library.get_script(made[0])
    assert script.project_id == project_id
    assert any("[@lee2020]" in seg.spoken for seg in script.segments)
    assert library.list_citations(script.id)


def test_draft_without_a_project_says_what_to_do(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    messages: list[str] = []
    window.show_message = messages.append  # type: ignore[method-assign]
    window.draft_from_research()
    assert messages and "project" in messages[0]


def test_draft_in_a_new_project_replaces_its_blank_script(qtbot, tmp_path, monkeypatch):
    """A new project starts with an empty "Script 1"; drafting from research must not leave it behind, even
    while it is open in the editor."""
    library = Library.open(tmp_path / "lib.studio.db")
    project = library.create_project("Walking")
    (blank,) = library.list_scripts(project.id)
    library.add_source(project.id, title="A walking group for older adults", key="walk2022", year=2022,
                       summary="Results: At 12 weeks, depressive symptom scores were lower in the walking group "
                               "than on the waiting list. 52 of 60 participants (87%) completed the programme.")
    window = make_window(qtbot, tmp_path, library)
    window.open_script(blank.id)
    made: list[int | None] = []
    monkeypatch.setattr(research_dialog.ResearchDialog, "exec", lambda dialog: made.append(dialog.create_script()))
    window.menu_actions["draft"].trigger()
    window.flush()
    scripts = library.list_scripts(project.id)
    assert [s.id for s in scripts] == [made[0]]
    assert window.current_script_id() == made[0]
    assert scripts[0].segments[0].spoken.startswith("Were depressive symptom scores lower")


def test_a_script_with_text_is_kept_beside_the_draft(tmp_path):
    from studio.drafting import draft_script, save_draft

    library = Library.open(tmp_path / "lib.studio.db")
    project = library.create_project("Walking")
    (first,) = library.list_scripts(project.id)
    library.update_segment(first.segments[0].id, spoken="My own hook.")
    source = library.add_source(project.id, title="Walking", key="walk2022",
                                summary="At 12 weeks, depressive symptom scores were lower in the walking group.")
    save_draft(library, project.id, draft_script(project, source))
    assert len(library.list_scripts(project.id)) == 2

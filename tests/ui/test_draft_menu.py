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

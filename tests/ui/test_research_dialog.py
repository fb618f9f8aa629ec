"""'Draft from research' dialog: pick a source, tick findings, preview, create a cited script."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studio.store.library import Library
from studio.ui.research_dialog import ResearchDialog

SUMMARY = ("RESULTS: Walking after meals lowered blood sugar after meals by 12% compared with usual care. "
           "HbA1c fell from 7.9% to 7.4% with walking versus 7.9% to 7.8% with usual care. "
           "CONCLUSIONS: A short walk after meals may help adults with type 2 diabetes control blood sugar.")


@pytest.fixture
def library(tmp_path):
    lib = Library.open(tmp_path / "lib.studio.db")
    yield lib
    lib.close()


@pytest.fixture
def project(library):
    project = library.create_project("Diabetes", target_seconds=60)
    library.add_source(project.id, title="Empty one", key="empty2020")
    library.add_source(project.id, title="Walking after meals", authors="Okafor N", year=2022, summary=SUMMARY)
    return project


def _checked(dialog):
    return [dialog.findings_list.item(r).checkState() == Qt.CheckState.Checked
            for r in range(dialog.findings_list.count())]


def test_lists_ranked_findings_with_suggested_ticks_and_previews(qtbot, library, project):
    source = library.find_source(project.id, "okafor2022")
    dialog = ResearchDialog(library, project.id, source_id=source.id)
    qtbot.addWidget(dialog)
    assert dialog.source_box.currentText().startswith("[2] okafor2022")
    assert dialog.findings_list.count() == 3
    assert any(_checked(dialog))
    assert "Score" in dialog.findings_list.item(0).toolTip()
    text = dialog.preview.toPlainText()
    assert "## Hook" in text and "[@okafor2022]." in text
    assert dialog.create_button.isEnabled()
    assert dialog.title_edit.text() == "Draft: Walking after meals"


def test_ticks_and_length_change_the_preview(qtbot, library, project):
    source = library.find_source(project.id, "okafor2022")
    dialog = ResearchDialog(library, project.id, source_id=source.id)
    qtbot.addWidget(dialog)
    rows = [r for r in range(dialog.findings_list.count()) if "7.9% to 7.4%" in dialog.findings_list.item(r).text()]
    dialog.set_ticked(rows)
    assert "7.9% to 7.4%" in dialog.preview.toPlainText()
    assert "lowered blood sugar after meals by 12%" not in dialog.preview.toPlainText()
    dialog.set_ticked([])
    assert not dialog.create_button.isEnabled()
    assert "Tick at least one" in dialog.status.text()
    dialog.tick_best.click()
    assert dialog.create_button.isEnabled()
    dialog.seconds.setValue(20)
    qtbot.waitUntil(lambda: "of 20 s" in dialog.status.text())


def test_source_without_summary_explains_what_to_do(qtbot, library, project):
    dialog = ResearchDialog(library, project.id)
    qtbot.addWidget(dialog)
    assert dialog.current_source().key == "empty2020"
    assert "(no summary)" in dialog.source_box.currentText()
    assert not dialog.create_button.isEnabled()
    assert "no summary text" in dialog.status.text()
    dialog.source_box.setCurrentIndex(1)
    assert dialog.create_button.isEnabled()


def test_create_script_stores_segments_and_citations(qtbot, library, project):
    source = library.find_source(project.id, "okafor2022")
    dialog = ResearchDialog(library, project.id, source_id=source.id)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Walk after dinner")
    with qtbot.waitSignal(dialog.created) as signal:
        dialog.create_button.click()
    script = library.get_script(signal.args[0])
    assert script.title == "Walk after dinner"
    assert [s.name for s in script.segments][0] == "Hook"
    assert all(s.visual_notes for s in script.segments)
    citations = library.list_citations(script.id)
    assert citations and {c.source_id for c in citations} == {source.id}
    assert dialog.result() == dialog.DialogCode.Accepted


def test_project_without_sources(qtbot, library):
    project = library.create_project("Empty")
    dialog = ResearchDialog(library, project.id)
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled()
    assert "no sources yet" in dialog.status.text()
    assert dialog.create_script() is None


class _JobService:
    """Stands in for the AnalysisService: runs jobs with the shared analyzer when ``finish`` is called."""

    def __init__(self, analyzer) -> None:
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            job_done = Signal(int, object)
            job_failed = Signal(int, str)

        self.signals = _Signals()
        self.job_done = self.signals.job_done
        self.job_failed = self.signals.job_failed
        self.analyzer = analyzer
        self.jobs: list[tuple[int, object]] = []

    def submit(self, job) -> int:
        self.jobs.append((len(self.jobs) + 1, job))
        return len(self.jobs)

    def finish(self) -> None:
        job_id, job = self.jobs[-1]
        analyzer = self.analyzer

        class Router:                                    # the app's service hands jobs a language router
            def analyzer_for(self, language: str):
                assert language == "en"
                return analyzer

        self.job_done.emit(job_id, job(Router()))


def test_plain_draft_comes_from_the_analysis_thread_and_is_what_gets_created(qtbot, library, project, analyzer):
    source = library.find_source(project.id, "okafor2022")
    service = _JobService(analyzer)
    dialog = ResearchDialog(library, project.id, source_id=source.id, service=service)
    qtbot.addWidget(dialog)
    assert dialog.plain_pending and "Making the beats plain" in dialog.status.text()
    assert dialog.create_script() is None                 # waits for the plain draft
    assert not dialog.create_button.isEnabled()
    with qtbot.waitSignal(dialog.created) as signal:
        service.finish()
    assert not dialog.plain_pending
    script = library.get_script(signal.args[0])
    assert script.segments[0].name == "Hook"
    assert library.list_citations(script.id)

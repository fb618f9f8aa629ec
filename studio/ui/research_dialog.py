"""'Draft from research': pick a source of the project, tick its key findings, set the length, preview the
cited draft and create it as a new script. Drafting is offline and deterministic: a quick draft shows at once,
and when the app's analysis service is given the beats are then made plain on the sentence parse in the
analysis thread (the one that owns spaCy; the dialog never loads a model on the GUI thread) and the preview
is replaced with that draft."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio.drafting import Draft, DraftError, KeyFinding, draft_script, key_findings, save_draft
from studio.project_context import context_for
from studio.store.library import Library, StoreError
from studio.store.models import Project, Source
from studio.ui.i18n import ui_tr
from studio.ui.window_fit import keep_on_screen

ROLE_INDEX = Qt.ItemDataRole.UserRole
PREVIEW_DELAY_MS = 150


def render_draft(draft: Draft) -> str:
    """The draft as the preview shows it: each segment's spoken text, on-screen text and visual notes."""
    lines: list[str] = []
    for seg in draft.segments:
        lines.append(f"## {seg.name}  ({seg.seconds:.0f} s)")
        lines.append(seg.spoken)
        if seg.on_screen:
            lines.append(f"[On screen] {seg.on_screen}")
        if seg.visual_notes:
            lines.append(f"[Visual] {seg.visual_notes}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


class ResearchDialog(QDialog):
    """Draft a script from research. ``created(script_id)`` fires after "Create script" stored it."""

    created = Signal(int)

    def __init__(self, library: Library, project_id: int, parent: QWidget | None = None,
                 source_id: int | None = None, service: Any = None) -> None:
        super().__init__(parent)
        # The AnalysisService: plain beats are drafted in its thread (a stand-in without jobs is not used).
        self.service = service if hasattr(service, "submit") and hasattr(service, "job_done") else None
        self._job: int | None = None
        self._create_when_ready = False
        keep_on_screen(self)
        self.library = library
        self.project: Project = library.get_project(project_id)
        self.sources: list[Source] = []
        self.findings: list[KeyFinding] = []
        self.draft: Draft | None = None
        self.setWindowTitle(f"Draft from research \u2014 {self.project.title}")
        self.setAccessibleName(ui_tr("Research", "Draft from research"))

        self.source_box = QComboBox()
        self.source_box.setAccessibleName(ui_tr("Research", "Source"))
        # A long source title must not make the dialog wider than the screen: the box shows ~40 characters
        # (the open list and the tooltip show the whole label).
        self.source_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_box.setMinimumContentsLength(40)
        self.seconds = QSpinBox()
        self.seconds.setRange(5, 600)
        self.seconds.setSuffix(" s")
        self.seconds.setValue(int(self.project.target_seconds or 60))
        self.seconds.setAccessibleName(ui_tr("Research", "Target length in seconds"))
        self.seconds.setToolTip(f"Target length at {self.project.words_per_minute} words per minute; "
                                "the weakest findings are left out first")
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(ui_tr("Research", "Script title"))
        self.findings_list = QListWidget()
        self.findings_list.setAccessibleName(ui_tr("Research", "Key findings, strongest first"))
        self.findings_list.setWordWrap(True)
        self.findings_list.setAlternatingRowColors(True)
        self.preview = QTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(ui_tr("Research", "Draft preview"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(ui_tr("Research", "Draft status"))
        self.tick_best = QPushButton(ui_tr("Research", "Tick &suggested"))
        self.tick_best.setToolTip(ui_tr("Research", "Go back to the findings suggested for this source"))
        self.tick_best.clicked.connect(self._reset_ticks)

        form = QFormLayout()
        form.addRow(ui_tr("Research", "&Source:"), self.source_box)
        form.addRow(ui_tr("Research", "&Length:"), self.seconds)
        form.addRow(ui_tr("Research", "Script &title:"), self.title_edit)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        findings_label = QLabel(ui_tr("Research", "Key &findings (tick the ones to use):"))
        findings_label.setBuddy(self.findings_list)
        findings_label.setWordWrap(True)
        left_layout.addWidget(findings_label)
        left_layout.addWidget(self.findings_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.tick_best)
        row.addStretch(1)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        preview_label = QLabel(ui_tr("Research", "&Preview (cited to the source; you can edit everything after creating it):"))
        preview_label.setBuddy(self.preview)
        preview_label.setWordWrap(True)
        right_layout.addWidget(preview_label)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(ui_tr("Research", "&Create script"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setAccessibleName(ui_tr("Research", "Create script"))
        self.buttons.accepted.connect(self.create_script)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1040, 640)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.source_box.currentIndexChanged.connect(self._source_changed)
        self.seconds.valueChanged.connect(lambda _v: self._timer.start())
        self.findings_list.itemChanged.connect(lambda _i: self._timer.start())
        if self.service is not None:
            self.service.job_done.connect(self._on_plain_draft)
            self.service.job_failed.connect(self._on_plain_failed)
        self._load_sources(source_id)

    # -- sources and findings -----------------------------------------------------------------------
    def _load_sources(self, select_id: int | None) -> None:
        try:
            self.sources = self.library.list_sources(self.project.id)
        except StoreError as exc:
            self.sources = []
            self.status.setText(str(exc))
        self.source_box.blockSignals(True)
        self.source_box.clear()
        for source in self.sources:
            label = f"[{source.position}] {source.key} \u2014 {source.title or source.summary[:60]}"
            if not source.summary.strip():
                label += "  (no summary)"
            self.source_box.addItem(label, source.id)
        self.source_box.blockSignals(False)
        if not self.sources:
            self.preview.setPlainText("")
            self.status.setText(ui_tr("Research", "This project has no sources yet. Add a paper (paste its abstract or import a "
                                "RIS, BibTeX, PDF or Word file) and come back here."))
            self.create_button.setEnabled(False)
            return
        index = next((i for i, s in enumerate(self.sources) if s.id == select_id), 0)
        self.source_box.setCurrentIndex(index)
        self._source_changed(index)

    def current_source(self) -> Source | None:
        """The source picked in the box."""
        index = self.source_box.currentIndex()
        return self.sources[index] if 0 <= index < len(self.sources) else None

    def _source_changed(self, _index: int) -> None:
        source = self.current_source()
        self.source_box.setToolTip(self.source_box.currentText())
        self.findings = key_findings(source.summary, source_key=source.key) if source else []
        if source is not None:
            self.title_edit.setText(f"Draft: {source.title}" if source.title else "Draft from research")
            self.title_edit.setCursorPosition(0)      # a long title shows its beginning
        self._fill_findings()
        self.update_preview()

    def _fill_findings(self) -> None:
        self.findings_list.blockSignals(True)
        self.findings_list.clear()
        for i, finding in enumerate(self.findings):
            item = QListWidgetItem(f"{finding.sentence}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if finding.ticked else Qt.CheckState.Unchecked)
            item.setData(ROLE_INDEX, i)
            why = "; ".join(finding.reasons) or "no result cues"
            item.setToolTip(f"Score {finding.score:g}: {why}")
            self.findings_list.addItem(item)
        self.findings_list.blockSignals(False)

    def _reset_ticks(self) -> None:
        self._fill_findings()
        self.update_preview()

    def chosen_findings(self) -> list[KeyFinding]:
        """The findings with the creator's ticks."""
        out = []
        for row in range(self.findings_list.count()):
            item = self.findings_list.item(row)
            finding = self.findings[int(item.data(ROLE_INDEX))]
            out.append(finding.with_ticked(item.checkState() == Qt.CheckState.Checked))
        return out

    def set_ticked(self, rows: list[int]) -> None:
        """Tick exactly these rows (0-based, ranked order)."""
        self.findings_list.blockSignals(True)
        for row in range(self.findings_list.count()):
            state = Qt.CheckState.Checked if row in rows else Qt.CheckState.Unchecked
            self.findings_list.item(row).setCheckState(state)
        self.findings_list.blockSignals(False)
        self.update_preview()

    # -- draft --------------------------------------------------------------------------------------
    def update_preview(self) -> None:
        """Re-draft with the current choices and show it (or say why it can't be drafted)."""
        self._timer.stop()
        source = self.current_source()
        self.draft = None
        if source is None:
            self.create_button.setEnabled(False)
            return
        try:
            replacements = context_for(self.library, self.project.id).replacements
            self.draft = draft_script(self.project, source, self.chosen_findings(), float(self.seconds.value()),
                                      replacements=replacements, title=source.title)
        except DraftError as exc:
            self.preview.setPlainText("")
            self.status.setText(str(exc))
            self.create_button.setEnabled(False)
            return
        except StoreError as exc:
            self.status.setText(str(exc))
            self.create_button.setEnabled(False)
            return
        self._show(self.draft)
        self._job = None
        if self.service is not None:
            self._job = self.service.submit(functools.partial(
                _plain_job, self.project, source, self.chosen_findings(), float(self.seconds.value()),
                replacements, source.title))
            self.status.setText(self.status.text() + "  Making the beats plain\u2026")

    def _show(self, draft: Draft) -> None:
        self.preview.setPlainText(render_draft(draft))
        m = draft.metrics
        timing = f"{m.seconds:.0f} s of {m.target_seconds:.0f} s at {m.words_per_minute:.0f} words per minute"
        self.status.setText("  ".join([timing + ("." if m.fits else " \u2014 too long."), *draft.notes]))
        self.create_button.setEnabled(True)

    @property
    def plain_pending(self) -> bool:
        """Whether the plain draft is still being made in the analysis thread."""
        return self._job is not None

    def _on_plain_draft(self, job_id: int, draft: object) -> None:
        if job_id != self._job:
            return                              # an older choice of findings or length
        self._job = None
        if isinstance(draft, Draft):
            self.draft = draft
            self._show(draft)
        if self._create_when_ready:
            self._create_when_ready = False
            self.create_script()

    def _on_plain_failed(self, job_id: int, _message: str) -> None:
        if job_id != self._job:
            return
        self._job = None                        # the quick draft stays: it is checked and cited too
        if self.draft is not None:
            self._show(self.draft)
        if self._create_when_ready:
            self._create_when_ready = False
            self.create_script()

    def create_script(self) -> int | None:
        """Store the previewed draft as a new script (with its citations); returns the script id."""
        if self._timer.isActive() or self.draft is None:
            self.update_preview()
        if self.draft is None:
            return None
        if self._job is not None:               # the plain draft is on its way: create it when it arrives
            self._create_when_ready = True
            self.create_button.setEnabled(False)
            return None
        title = " ".join(self.title_edit.text().split()) or self.draft.title
        try:
            script = save_draft(self.library, self.project.id, self.draft, title)
        except StoreError as exc:
            QMessageBox.warning(self, ui_tr("Research", "Draft from research"), f"The script could not be saved: {exc}")
            return None
        self.created.emit(script.id)
        self.accept()
        return script.id


__all__ = ["ResearchDialog", "render_draft"]


def _plain_job(project: Project, source: Source, findings: list[KeyFinding], seconds: float,
               replacements: Any, title: str, analyzer: Any) -> Draft | None:
    """Runs in the analysis thread: the draft with beats made plain on the analyzer's parse (the service's
    router gives the Analyzer of the project's language)."""
    if hasattr(analyzer, "analyzer_for"):
        analyzer = analyzer.analyzer_for(getattr(project, "language", "") or "en")
    try:
        return draft_script(project, source, findings, seconds, replacements=replacements, title=title,
                            analyzer=analyzer)
    except DraftError:
        return None

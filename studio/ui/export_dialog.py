"""File › Export script…: pick a format, see a preview, save (the file dialog asks before replacing a file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.exports import FORMATS, ExportError, ExportInput, Rendered, default_filename, render, write_export
from studio.ui.i18n import ui_tr
from studio.ui.window_fit import keep_on_screen

PREVIEW_CHARS = 6000


def _kind_label(kind: str) -> str:
    from studio.ui.settings_dialog import kind_label

    return kind_label(kind)[0]


def render_in_app(inp: ExportInput, fmt: str, notes: bool = False) -> Rendered:
    """Render with the app's PDF writer and finding labels."""
    from studio.ui.pdf_export import html_to_pdf

    return render(inp, fmt, notes=notes, pdf=lambda page: html_to_pdf(page, inp.script.title), label=_kind_label)


class ExportDialog(QDialog):
    """Formats on the left, a preview of the text formats on the right; Export… saves, Copy copies."""

    def __init__(self, inp: ExportInput, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.inp = inp
        self._settings = settings
        self.written: Path | None = None
        self.notes: tuple[str, ...] = ()
        self.setWindowTitle(f"Export \u201c{inp.script.title}\u201d")
        self.setAccessibleName(ui_tr("Export", "Export script"))

        self.formats = QListWidget()
        self.formats.setAccessibleName(ui_tr("Export", "Export format"))
        for spec in FORMATS.values():
            item = QListWidgetItem(spec.label)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.hint)
            self.formats.addItem(item)
        self.formats.setMaximumWidth(300)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.notes_box = QCheckBox(ui_tr("Export", "Include on-screen text and visual notes"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(ui_tr("Export", "Preview"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(ui_tr("Export", "&Export\u2026"))
        self.export_button.setDefault(True)
        self.copy_button = QPushButton(ui_tr("Export", "&Copy text"))
        self.copy_button.setToolTip(ui_tr("Export", "Copy this export to the clipboard (text formats)"))
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(lambda: self.export())
        self.copy_button.clicked.connect(self.copy)

        right = QVBoxLayout()
        right.addWidget(self.hint)
        right.addWidget(self.notes_box)
        right.addWidget(self.preview, 1)
        row = QHBoxLayout()
        row.addWidget(self.formats)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 520)

        self.formats.currentRowChanged.connect(lambda _row: self.refresh())
        self.notes_box.toggled.connect(lambda _on: self.refresh())
        keys = list(FORMATS)
        last = str(settings.value("export/format", "srt"))
        self.formats.setCurrentRow(keys.index(last) if last in keys else 0)

    def fmt(self) -> str:
        """The chosen format key."""
        item = self.formats.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "srt"

    def select(self, fmt: str) -> None:
        """Choose a format (by key)."""
        self.formats.setCurrentRow(list(FORMATS).index(fmt))

    def refresh(self) -> None:
        """Update the hint and the preview for the chosen format."""
        spec = FORMATS[self.fmt()]
        self.hint.setText(spec.hint)
        self.notes_box.setVisible(spec.key == "md")
        self.copy_button.setEnabled(not spec.binary)
        if spec.binary:
            self.preview.setPlainText(f"{spec.label}: no text preview. Press Export\u2026 to save it.")
            return
        try:
            rendered = render(self.inp, spec.key, notes=self.notes_box.isChecked())
        except ExportError as exc:
            self.preview.setPlainText(f"Cannot export: {exc}")
            self.export_button.setEnabled(False)
            self.copy_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        text = rendered.data.decode("utf-8")
        extra = "".join(f"\n\n\u2014 Note: {n}" for n in rendered.notes)
        self.preview.setPlainText((text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS] + "\n\u2026") + extra)

    def copy(self) -> None:
        """Copy the chosen text export to the clipboard."""
        spec = FORMATS[self.fmt()]
        if spec.binary:
            return
        try:
            text = render(self.inp, spec.key, notes=self.notes_box.isChecked()).data.decode("utf-8")
        except ExportError as exc:
            QMessageBox.warning(self, ui_tr("Export", "Export"), str(exc))
            return
        QGuiApplication.clipboard().setText(text)
        self.hint.setText(f"{spec.label} copied to the clipboard.")

    def export(self, path: str | None = None) -> Path | None:
        """Ask where to save (the file dialog confirms replacing a file) and write the export there."""
        spec = FORMATS[self.fmt()]
        folder = Path(str(self._settings.value("export/folder", str(Path.home()))))
        if not folder.is_dir():
            folder = Path.home()
        if path is None:
            suggested = folder / default_filename(self.inp.project, self.inp.script, spec.key)
            path, _ = QFileDialog.getSaveFileName(self, f"Export as {spec.label}", str(suggested),
                                                  f"{spec.label} (*{spec.suffix});;All files (*)")
            if not path:
                return None
        target = Path(path)
        if not target.suffix:
            target = target.with_name(target.name + spec.suffix)
            if target.exists() and QMessageBox.question(
                    self, "Replace file?", f"{target.name} already exists. Replace it?") != \
                    QMessageBox.StandardButton.Yes:
                return None
        try:
            rendered = render_in_app(self.inp, spec.key, notes=self.notes_box.isChecked())
            write_export(target, rendered.data, force=True)     # the file dialog already asked
        except ExportError as exc:
            QMessageBox.warning(self, ui_tr("Export", "Export"), f"The script was not exported: {exc}")
            return None
        self._settings.setValue("export/folder", str(target.parent))
        self._settings.setValue("export/format", spec.key)
        self.written = target
        self.notes = rendered.notes
        if rendered.notes:                  # not blocking: the dialog closes, the notes stay on screen
            box = QMessageBox(QMessageBox.Icon.Information, "Exported",
                              f"Saved {target.name}.\n\n" + "\n\n".join(rendered.notes),
                              QMessageBox.StandardButton.Ok, self.parentWidget())
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.accept()
        return target


__all__ = ["ExportDialog", "render_in_app"]

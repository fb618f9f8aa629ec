"""Edit one research source: citation metadata and the summary text the script's claims are checked against.

Changes are saved with the Save button (Ctrl+Return), when the focus leaves the editor, and before another
source is loaded. Invalid input (a year that is not a number, a key another source already uses) is shown
inline next to the form and nothing is lost: the text stays in the fields until it is fixed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.store.library import Library, StoreError
from studio.store.models import Source
from studio.ui.i18n import ui_tr
from studio.ui.style import error_colour
from studio.ui.window_fit import keep_on_screen

log = logging.getLogger(__name__)

LINE_FIELDS = ("key", "title", "authors", "year", "journal", "doi", "url")
LABELS = {"key": "Citation &key:", "title": "&Title:", "authors": "&Authors:", "year": "&Year:",
          "journal": "&Journal:", "doi": "&DOI:", "url": "&URL:"}
HINTS = {"key": "Cite this source in the script as [@key]", "authors": "e.g. Smith J; Lee K",
         "doi": "e.g. 10.1000/xyz123", "url": "https://\u2026"}


class SourceEditor(QWidget):
    """Form for one source. Signals: ``saved(source_id)``, ``delete_requested(source_id)``, ``status_message(str)``."""

    saved = Signal(int)
    delete_requested = Signal(int)
    status_message = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._source: Source | None = None
        self._loading = False
        self._dirty = False
        self.setAccessibleName(ui_tr("Sources", "Source editor"))

        self.heading = QLabel(ui_tr("Sources", "No source selected"))
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in LINE_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(LABELS[name].replace("&", "").rstrip(":"))
            if name in HINTS:
                edit.setPlaceholderText(HINTS[name])
            edit.textEdited.connect(self._mark_dirty)
            self.fields[name] = edit
            if name == "url":
                self.open_url_button = QPushButton(ui_tr("Sources", "Open"))
                self.open_url_button.setAccessibleName(ui_tr("Sources", "Open the URL in the browser"))
                self.open_url_button.clicked.connect(self._open_url)
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                row.addWidget(self.open_url_button)
                form.addRow(LABELS[name], row)
                label = form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget()
                if isinstance(label, QLabel):
                    label.setBuddy(edit)
            else:
                form.addRow(LABELS[name], edit)
        self.fields["year"].setMaxLength(4)

        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(ui_tr("Sources", "Summary"))
        self.summary_edit.setPlaceholderText(ui_tr("Sources", "Paste the abstract or your summary of the findings here. "
                                             "Claims in the script are checked against this text."))
        self.summary_edit.textChanged.connect(self._mark_dirty)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(ui_tr("Sources", "Notes"))
        self.notes_edit.setPlaceholderText(ui_tr("Sources", "Your own notes (not used by the checks)"))
        self.notes_edit.setMaximumHeight(90)
        self.notes_edit.textChanged.connect(self._mark_dirty)
        summary_label = QLabel(ui_tr("Sources", "&Summary:"))
        summary_label.setBuddy(self.summary_edit)
        notes_label = QLabel(ui_tr("Sources", "&Notes:"))
        notes_label.setBuddy(self.notes_edit)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(ui_tr("Sources", "Validation message"))
        pal = self.error_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, error_colour(pal))
        self.error_label.setPalette(pal)
        self.error_label.hide()

        self.save_button = QPushButton(ui_tr("Sources", "&Save source"))
        self.save_button.setAccessibleName(ui_tr("Sources", "Save source"))
        self.save_button.setToolTip(ui_tr("Sources", "Save the source (Ctrl+Return). Changes are also saved when you leave the form."))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(ui_tr("Sources", "Re&vert"))
        self.revert_button.setAccessibleName(ui_tr("Sources", "Revert unsaved changes"))
        self.revert_button.clicked.connect(self.revert)
        self.delete_button = QPushButton(ui_tr("Sources", "Delete source\u2026"))
        self.delete_button.setAccessibleName(ui_tr("Sources", "Delete source"))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary_edit, 3)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._set_enabled(False)

    # ---------------------------------------------------------------- state
    @property
    def source(self) -> Source | None:
        """The source being edited (as last loaded or saved)."""
        return self._source

    @property
    def dirty(self) -> bool:
        """True when the form has changes not yet saved."""
        return self._dirty

    def _set_enabled(self, on: bool) -> None:
        for edit in self.fields.values():
            edit.setEnabled(on)
        for w in (self.summary_edit, self.notes_edit, self.delete_button, self.open_url_button):
            w.setEnabled(on)
        self.save_button.setEnabled(on and self._dirty)
        self.revert_button.setEnabled(on and self._dirty)

    def _mark_dirty(self, *_args: object) -> None:
        if self._loading or self._source is None:
            return
        self._dirty = True
        self.save_button.setEnabled(True)
        self.revert_button.setEnabled(True)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._dirty and old is not None and self.isAncestorOf(old) and (new is None or not self.isAncestorOf(new)):
            self.save()

    # ------------------------------------------------------------ load/save
    def load(self, source_id: int | None) -> bool:
        """Show a source (saving pending changes of the previous one first). None clears the form."""
        if self._dirty and not self.save():
            return False
        self._loading = True
        try:
            self._source = self.library.get_source(source_id) if source_id is not None else None
        except StoreError as exc:
            self._source = None
            self.status_message.emit(str(exc))
        s = self._source
        for name, edit in self.fields.items():
            value = getattr(s, name) if s else ""
            edit.setText("" if value is None else str(value))
            edit.setCursorPosition(0)
        self.summary_edit.setPlainText(s.summary if s else "")
        self.notes_edit.setPlainText(s.notes if s else "")
        self._loading = False
        self._dirty = False
        self._show_error("")
        self._update_heading()
        self._set_enabled(s is not None)
        return True

    def _update_heading(self) -> None:
        s = self._source
        if s is None:
            self.heading.setText(ui_tr("Sources", "No source selected"))
            return
        self.heading.setText(f"Source [{s.position}] \u2014 cite as [@{s.key}] or [{s.position}]")

    def _show_error(self, text: str, field: str | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        for name, edit in self.fields.items():
            edit.setToolTip(text if name == field else "")
        if field in self.fields:
            self.fields[field].setFocus()

    def values(self) -> dict[str, object]:
        """The form's values as store fields."""
        out: dict[str, object] = {name: edit.text().strip() for name, edit in self.fields.items()}
        out["year"] = int(str(out["year"])) if str(out["year"]).isdigit() else (out["year"] or None)
        out["summary"] = self.summary_edit.toPlainText()
        out["notes"] = self.notes_edit.toPlainText()
        return out

    def validate(self) -> tuple[str, str] | None:
        """(field, message) of the first problem, or None when the form can be saved."""
        if self._source is None:
            return None
        year = self.fields["year"].text().strip()
        if year and not (year.isdigit() and 1000 <= int(year) <= 2999):
            return "year", "The year must be a number such as 2021."
        key = self.fields["key"].text().strip()
        if not key:
            return "key", "The citation key cannot be empty (e.g. smith2021)."
        if any(ch.isspace() or ch in "[]@;," for ch in key):
            return "key", "The citation key cannot contain spaces or any of [ ] @ ; , (e.g. smith2021)."
        for other in self.library.list_sources(self._source.project_id):
            if other.id != self._source.id and other.key.casefold() == key.casefold():
                return "key", f"The key \u201c{key}\u201d is already used by source [{other.position}] " \
                              f"\u201c{other.title}\u201d. Choose another one."
        if not (self.fields["title"].text().strip() or self.summary_edit.toPlainText().strip()
                or self.fields["doi"].text().strip()):
            return "title", "A source needs at least a title, a summary or a DOI."
        return None

    def save(self) -> bool:
        """Write the form to the store; False (with an inline message) if something is invalid."""
        if self._source is None:
            return True
        if not self._dirty:
            return True
        problem = self.validate()
        if problem:
            self._show_error(problem[1], problem[0])
            return False
        old_key = self._source.key
        try:
            self._source = self.library.update_source(self._source.id, **self.values())
        except StoreError as exc:
            self._show_error(str(exc))
            return False
        self._dirty = False
        self._show_error("")
        self._set_enabled(True)
        self._update_heading()
        # Show normalised values (e.g. the DOI without https://doi.org/) without losing the cursor.
        self._loading = True
        for name in ("doi", "key"):
            if self.fields[name].text() != str(getattr(self._source, name)):
                self.fields[name].setText(str(getattr(self._source, name)))
        self._loading = False
        message = "Source saved."
        if old_key != self._source.key:
            message += f" Markers [@{old_key}] in scripts must now be written [@{self._source.key}]."
        self.status_message.emit(message)
        self.saved.emit(self._source.id)
        return True

    def revert(self) -> None:
        """Drop unsaved changes."""
        self._dirty = False
        self.load(self._source.id if self._source else None)

    def delete(self) -> None:
        """Ask the window to delete this source (it confirms and offers undo): emits ``delete_requested``."""
        if self._source is not None:
            self.delete_requested.emit(self._source.id)

    def discard(self) -> None:
        """Forget unsaved changes and clear the form (the source is being deleted elsewhere)."""
        self._dirty = False
        self.load(None)

    def _open_url(self) -> None:
        url = self.fields["url"].text().strip()
        doi = self.fields["doi"].text().strip()
        target = url or (f"https://doi.org/{doi}" if doi else "")
        if target:
            QDesktopServices.openUrl(QUrl(target))


class PassageDialog(QDialog):
    """Shows a source's summary; the user selects the passage a claim rests on."""

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setWindowTitle(f"Pick a passage \u2014 {source.title or source.key}")
        self.text = QPlainTextEdit(source.summary)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(ui_tr("Sources", "Source summary"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(ui_tr("Sources", "Select the sentence(s) that support the claim, then press OK:")))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def passage(self) -> str:
        """The selected text (whitespace folded)."""
        return " ".join(self.text.textCursor().selectedText().replace("\u2029", " ").split())


def pick_passage(source: Source, parent: QWidget | None = None) -> str | None:
    """Let the user select a passage of ``source``'s summary; None if cancelled or nothing selected."""
    dialog = PassageDialog(source, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passage() or None

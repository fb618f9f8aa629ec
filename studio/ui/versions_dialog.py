"""Versions of a script: list (newest first), view, compare (coloured unified diff), restore, name."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio.store.library import Library, StoreError
from studio.store.models import SegmentDraft, Version
from studio.ui.i18n import ui_tr
from studio.ui.style import diff_colours
from studio.ui.window_fit import keep_on_screen

ROLE_ID = Qt.ItemDataRole.UserRole


def local_time(iso: str) -> str:
    """An ISO-8601 UTC timestamp from the store as local date and time (e.g. "2024-05-01 11:30")."""
    dt = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not dt.isValid():
        dt = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    return dt.toLocalTime().toString("yyyy-MM-dd HH:mm") if dt.isValid() else iso


def version_label(version: Version) -> str:
    """One line describing a version for the list."""
    what = version.label or ("Automatic snapshot" if version.automatic else "Saved version")
    return f"{what}  \u2014  {local_time(version.created)}"


def render_script(title: str, segments: tuple[SegmentDraft, ...] | list[SegmentDraft]) -> str:
    """A script as plain text for viewing: the title, then each segment's spoken, on-screen and visual text."""
    lines = [title, "=" * max(3, len(title)), ""]
    for seg in segments:
        lines.append(f"## {seg.name}")
        lines.append(seg.spoken or "(no spoken text)")
        if seg.on_screen:
            lines.append(f"[On screen] {seg.on_screen}")
        if seg.visual_notes:
            lines.append(f"[Visual] {seg.visual_notes}")
        lines.append("")
    return "\n".join(lines)


def show_diff(view: QTextEdit, diff: str) -> None:
    """Put a unified diff into ``view`` with added lines green, removed lines red (palette-aware)."""
    colours = diff_colours(view.palette())
    view.clear()
    cursor = QTextCursor(view.document())
    plain = QTextCharFormat()
    if not diff.strip():
        cursor.insertText("No differences.", plain)
        return
    first = True
    for line in diff.splitlines():
        block = QTextBlockFormat()
        if line.startswith(("+++", "---", "@@")):
            block.setBackground(colours["header"])
        elif line.startswith("+"):
            block.setBackground(colours["add"])
        elif line.startswith("-"):
            block.setBackground(colours["remove"])
        if first:
            cursor.setBlockFormat(block)
            first = False
        else:
            cursor.insertBlock(block)
        cursor.insertText(line, plain)
    view.moveCursor(QTextCursor.MoveOperation.Start)


def ask_version_label(parent: QWidget | None, default: str = "") -> str | None:
    """Ask for a version label (may be empty); None if cancelled."""
    text, ok = QInputDialog.getText(parent, "Save version", "Label for this version (e.g. \u201cSent to editor\u201d):",
                                    QLineEdit.EchoMode.Normal, default)
    return " ".join(text.split()) if ok else None


class VersionsDialog(QDialog):
    """Browse a script's versions. ``restored(script_id)`` fires after a restore (reopen the script);
    ``report_requested(before id, after id or 0 for now)`` asks for the before/after report."""

    restored = Signal(int)
    report_requested = Signal(int, int)

    def __init__(self, library: Library, script_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.library = library
        self.script_id = script_id
        title = library.get_script(script_id).title
        self.setWindowTitle(f"Versions \u2014 {title}")
        self.setAccessibleName(ui_tr("Versions", "Versions"))

        self.list = QListWidget()
        self.list.setAccessibleName(ui_tr("Versions", "Versions, newest first"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view = QTextEdit()
        self.view.setReadOnly(True)
        self.view.setAccessibleName(ui_tr("Versions", "Version text or differences"))
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.caption = QLabel(ui_tr("Versions", "Select a version to see it; select two to compare them."))
        self.caption.setWordWrap(True)

        self.compare_current_button = QPushButton(ui_tr("Versions", "Compare with &current"))
        self.compare_two_button = QPushButton(ui_tr("Versions", "Compare &selected"))
        self.restore_button = QPushButton(ui_tr("Versions", "&Restore\u2026"))
        self.label_button = QPushButton(ui_tr("Versions", "&Name\u2026"))
        self.save_button = QPushButton(ui_tr("Versions", "Save current as &version\u2026"))
        self.report_button = QPushButton(ui_tr("Versions", "&Figures\u2026"))
        for button, tip in ((self.compare_current_button, "Show what changed between this version and now"),
                            (self.compare_two_button, "Select two versions (Ctrl+click) to compare them"),
                            (self.restore_button, "Make this version the current script (now is kept as a version)"),
                            (self.label_button, "Give this version a name; named versions are never pruned"),
                            (self.save_button, "Snapshot the script as it is now"),
                            (self.report_button, "Before/after report: grade, reading ease, jargon, uncited claims "
                                                 "and speaking time of this version against now (or of two "
                                                 "selected versions)")):
            button.setToolTip(tip)
            button.setAccessibleName(button.text().replace("&", "").rstrip("\u2026"))
        self.compare_current_button.clicked.connect(self.compare_with_current)
        self.compare_two_button.clicked.connect(self.compare_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.label_button.clicked.connect(self.label_selected)
        self.save_button.clicked.connect(self.save_current)
        self.report_button.clicked.connect(self._ask_report)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel(ui_tr("Versions", "&Versions:"))
        list_label.setBuddy(self.list)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.caption)
        right_layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        for button in (self.compare_current_button, self.compare_two_button, self.label_button, self.report_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        right_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(980, 620)

        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    # ---------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Re-read the versions from the store."""
        self.list.clear()
        try:
            versions = self.library.list_versions(self.script_id)
        except StoreError as exc:
            QMessageBox.warning(self, ui_tr("Versions", "Versions"), str(exc))
            versions = []
        for version in versions:
            item = QListWidgetItem(version_label(version))
            item.setData(ROLE_ID, version.id)
            item.setToolTip("Named version" if version.label else
                            ("Saved automatically while you worked" if version.automatic else "Saved by you"))
            self.list.addItem(item)
            if version.id == select_id:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        if not versions:
            self.caption.setText(ui_tr("Versions", "No versions yet. Versions are saved automatically while you write; "
                                 "use \u201cSave current as version\u2026\u201d to keep a named one."))
        elif select_id is None:
            self.list.setCurrentRow(0)
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        """Ids of the selected versions, newest first."""
        return [int(i.data(ROLE_ID)) for i in sorted(self.list.selectedItems(), key=self.list.row)]

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.compare_current_button.setEnabled(len(ids) == 1)
        self.restore_button.setEnabled(len(ids) == 1)
        self.label_button.setEnabled(len(ids) == 1)
        self.compare_two_button.setEnabled(len(ids) == 2)
        self.report_button.setEnabled(len(ids) in (1, 2))
        if len(ids) == 1:
            self.show_version(ids[0])
        elif len(ids) == 2:
            self.compare_selected()

    def _ask_report(self) -> None:
        ids = self.selected_ids()                       # newest first: the older one is "before"
        if len(ids) == 1:
            self.report_requested.emit(ids[0], 0)
        elif len(ids) == 2:
            self.report_requested.emit(ids[1], ids[0])

    def show_version(self, version_id: int) -> None:
        """Show one version's full text."""
        try:
            version = self.library.get_version(version_id)
        except StoreError as exc:
            self.view.setPlainText(str(exc))
            return
        self.caption.setText(f"{version_label(version)} \u2014 as it was then:")
        self.view.setPlainText(render_script(version.title, version.segments))

    def compare_with_current(self) -> None:
        """Diff the selected version against the script as it is now."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        self._show_diff(ids[0], None, "Changes from this version (\u2212 red) to now (+ green):")

    def compare_selected(self) -> None:
        """Diff the two selected versions (older → newer)."""
        ids = self.selected_ids()
        if len(ids) != 2:
            return
        newer, older = ids
        self._show_diff(older, newer, "Changes from the older (\u2212 red) to the newer version (+ green):")

    def _show_diff(self, old_id: int, new_id: int | None, caption: str) -> None:
        try:
            diff = self.library.diff_versions(old_id, new_id)
        except StoreError as exc:
            QMessageBox.warning(self, ui_tr("Versions", "Compare versions"), str(exc))
            return
        self.caption.setText(caption)
        show_diff(self.view, diff)

    def restore_selected(self, confirm: bool = True) -> bool:
        """Replace the script with the selected version (the current state is kept as a version first)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, "Restore version",
                "Replace the script with this version?\n\nThe script as it is now is saved as a version first, "
                "so you can go back.", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.library.restore_version(ids[0])
        except StoreError as exc:
            QMessageBox.warning(self, ui_tr("Versions", "Restore version"), str(exc))
            return False
        self.restored.emit(self.script_id)
        self.reload()
        self.caption.setText(ui_tr("Versions", "Restored. The previous text is the newest version in the list."))
        return True

    def label_selected(self) -> None:
        """Name the selected version."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        label = ask_version_label(self, self.library.get_version(ids[0]).label)
        if label is None:
            return
        try:
            self.library.label_version(ids[0], label)  # type: ignore[attr-defined]
        except StoreError as exc:
            QMessageBox.warning(self, ui_tr("Versions", "Name version"), str(exc))
            return
        self.reload(select_id=ids[0])

    def save_current(self) -> None:
        """Snapshot the current script with a label."""
        label = ask_version_label(self)
        if label is None:
            return
        try:
            version = self.library.save_version(self.script_id, label, automatic=False)
        except StoreError as exc:
            QMessageBox.warning(self, ui_tr("Versions", "Save version"), str(exc))
            return
        self.reload(select_id=version.id)

"""The main window's menu bar: File, Edit, View, Help with standard shortcuts and mnemonics."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from studio.analysis.model import ALL_KINDS
from studio.ui.settings_dialog import kind_label

if TYPE_CHECKING:
    from studio.ui.main_window import MainWindow

Keys = QKeySequence.StandardKey | str | None


def _shortcut(keys: Keys, fallback: str = "") -> list[QKeySequence]:
    if keys is None:
        return []
    if isinstance(keys, str):
        return [QKeySequence(keys)]
    found = QKeySequence.keyBindings(keys)
    return found or ([QKeySequence(fallback)] if fallback else [])


def _add(menu: QMenu, text: str, slot: Callable[[], object], keys: Keys = None, fallback: str = "",
         tip: str = "") -> QAction:
    action = QAction(text, menu)
    action.setShortcuts(_shortcut(keys, fallback))
    action.triggered.connect(lambda _checked=False: slot())
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    menu.addAction(action)
    return action


def build_menus(w: MainWindow) -> dict[str, QAction]:
    """Create the menus of ``w``; returns actions by name (``kind:<kind>`` for highlight toggles)."""
    bar = w.menuBar()
    acts: dict[str, QAction] = {}
    panel = w.panel

    file = bar.addMenu("&File")
    acts["new_project"] = _add(file, "New &project\u2026", panel.actions.new_project, "Ctrl+Shift+N",
                               tip="Create a project with its settings and a first script")
    acts["new_script"] = _add(file, "&New script\u2026", w.new_script, QKeySequence.StandardKey.New, "Ctrl+N",
                              tip="Add a script to the current project")
    acts["add_source"] = _add(file, "Add so&urce", w.add_source, tip="Add a research source to the current project")
    acts["import_sources"] = _add(file, "Import s&ources\u2026", w.import_sources, "Ctrl+Shift+I",
                                  tip="Import papers and reference lists (PDF, Word, text, RIS, BibTeX, NBIB) "
                                      "into the current project; you can also drop files on the library")
    file.addSeparator()
    acts["import"] = _add(file, "&Import bundle\u2026", panel.actions.import_bundle, QKeySequence.StandardKey.Open,
                          "Ctrl+O", tip="Import a .studio bundle as a new project")
    acts["export"] = _add(file, "&Export bundle\u2026", w.export_bundle,
                          tip="Save the current project as a .studio bundle to share or back up")
    acts["export_script"] = _add(file, "E&xport script\u2026", w.export_script, "Ctrl+E",
                                 tip="Captions (SRT, WebVTT), Word, video description, PDF, Markdown, "
                                     "teleprompter text, CSV")
    acts["copy_script"] = _add(file, "&Copy script", w.copy_script, "Ctrl+Shift+C",
                               tip="Put the spoken text (without citation markers) on the clipboard")
    file.addSeparator()
    acts["save"] = _add(file, "&Save", w.save_now, QKeySequence.StandardKey.Save, "Ctrl+S",
                        tip="Save now (changes are also saved automatically)")
    acts["save_version"] = _add(file, "Save &version\u2026", w.save_version, "Ctrl+Shift+S",
                                tip="Keep a named snapshot of the script")
    acts["versions"] = _add(file, "Ve&rsions\u2026", w.show_versions, "Ctrl+Shift+H",
                            tip="Browse, compare and restore versions of the script")
    file.addSeparator()
    acts["project_settings"] = _add(file, "Project se&ttings\u2026", w.project_settings,
                                    tip="Platform, target length, reading grade and speaking rate")
    file.addSeparator()
    acts["quit"] = _add(file, "&Quit", w.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")

    edit = bar.addMenu("&Edit")
    fixes = getattr(w.workspace, "fixes", None)
    if fixes is not None:
        # Text undo/redo from anywhere (the findings panel, the library): acts on the segment edited last.
        # A focused text field handles Ctrl+Z itself first.
        acts["undo_text"] = _add(edit, "&Undo", fixes.undo_text, QKeySequence.StandardKey.Undo, "Ctrl+Z",
                                 tip="Undo the last change to the script text (a quick fix too)")
        acts["redo_text"] = _add(edit, "&Redo", fixes.redo_text, QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z",
                                 tip="Redo the change to the script text undone last")
        edit.addSeparator()
    acts["undo_delete"] = _add(edit, "&Undo delete", w.undo_delete, "Ctrl+Alt+Z",
                               tip="Bring back the project, script or source deleted last")
    acts["undo_delete"].setEnabled(False)
    edit.addSeparator()
    acts["rename"] = _add(edit, "Re&name\tF2", panel.rename_selected, tip="Rename the item selected in the library")
    acts["duplicate"] = _add(edit, "D&uplicate", panel.duplicate_selected,
                             tip="Copy the project or script selected in the library")
    acts["delete"] = _add(edit, "&Delete\u2026", panel.delete_selected,
                          tip="Delete the item selected in the library (asks first)")
    edit.addSeparator()
    acts["find"] = _add(edit, "&Find in library", panel.focus_search, QKeySequence.StandardKey.Find, "Ctrl+F",
                        tip="Search scripts and sources")
    acts["preferences"] = _add(edit, "Pr&eferences\u2026", w.open_preferences, QKeySequence.StandardKey.Preferences,
                               "Ctrl+,")

    script = bar.addMenu("&Script")
    for name, action in getattr(w.workspace, "workspace_actions", {}).items():
        script.addAction(action)          # the workspace's own QActions: no duplicate shortcuts
        acts[f"ws:{name}"] = action
    script.addSeparator()
    acts["teleprompter"] = _add(script, "&Teleprompter", w.show_teleprompter, "Ctrl+Shift+T",
                                tip="Full-screen prompter at the project's words per minute: Space starts, "
                                    "Esc leaves")
    if hasattr(w, "draft_from_research"):
        script.addSeparator()
        acts["draft"] = _add(script, "&Draft from research\u2026", w.draft_from_research, "Ctrl+Shift+D",
                             tip="Pick key findings of a source and get a cited draft script")
    script.addSeparator()
    acts["report"] = _add(script, "&Before/after report\u2026", w.show_report, "Ctrl+Shift+R",
                          tip="Compare two versions (first draft vs now): figures, chart, what changed; "
                              "export as PDF or HTML")

    view = bar.addMenu("&View")
    for key, dock, keys in (("view_library", w.library_dock, "Ctrl+1"), ("view_source", w.source_dock, "Ctrl+2")):
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(keys))
        view.addAction(toggle)
        acts[key] = toggle
    view.addSeparator()
    acts["focus_library"] = _add(view, "Go to &library", w.focus_library, "Ctrl+Shift+L",
                                 tip="Move the keyboard focus to the library tree")
    acts["focus_script"] = _add(view, "Go to &script", w.focus_workspace, "Ctrl+Shift+E",
                                tip="Move the keyboard focus to the script text")
    view.addSeparator()
    modes = w.view_modes
    acts["zoom_in"] = _add(view, "Zoom &in", modes.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl++",
                           tip="Larger text in the editor and the panels (also Ctrl+wheel)")
    acts["zoom_in"].setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
    acts["zoom_out"] = _add(view, "Zoom &out", modes.zoom_out, QKeySequence.StandardKey.ZoomOut, "Ctrl+-",
                            tip="Smaller text")
    acts["zoom_reset"] = _add(view, "&Actual size", modes.zoom_reset, "Ctrl+0",
                              tip="Text back to its normal size (presenter mode: its own default)")
    acts["presenter"] = _add(view, "&Presenter mode", lambda: modes.set_presenter(acts["presenter"].isChecked()),
                             "F5",
                             tip="Large type, high-contrast highlights and a layout for a 1280\u00d7720 projector")
    acts["presenter"].setCheckable(True)
    acts["presenter"].setChecked(w.settings.presenter_mode)
    modes.changed.connect(lambda: acts["presenter"].setChecked(w.settings.presenter_mode))
    view.addSeparator()
    kinds = view.addMenu("&Highlights")
    hidden = w.settings.hidden_kinds
    for kind in ALL_KINDS:
        label, hint = kind_label(kind)
        action = QAction(label, kinds)
        action.setCheckable(True)
        action.setChecked(kind not in hidden)
        action.setStatusTip(hint)
        action.toggled.connect(lambda shown, k=kind: w.toggle_kind(k, shown))
        kinds.addAction(action)
        acts[f"kind:{kind}"] = action
    kinds.addSeparator()
    acts["show_all_kinds"] = _add(kinds, "Show &all", lambda: setattr(w.settings, "hidden_kinds", frozenset()))

    help_menu = bar.addMenu("&Help")
    acts["legend"] = _add(help_menu, "&Legend and shortcuts", w.show_legend, QKeySequence.StandardKey.HelpContents,
                          "F1")
    help_menu.addSeparator()
    acts["reset_demo"] = _add(help_menu, "&Reset demo\u2026", w.reset_demo,
                              tip="Put the demo project back as shipped (the same exercise for every group)")
    help_menu.addSeparator()
    acts["about"] = _add(help_menu, "&About Script Studio", w.show_about)
    for action in acts.values():
        w.addAction(action)      # shortcuts work even when the menu bar is hidden
    return acts

"""The main window's menu bar: File, Edit, View, Help with standard shortcuts and mnemonics."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from studio.analysis.model import ALL_KINDS
from studio.ui.i18n import ui_tr
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

    file = bar.addMenu(ui_tr("Menus", "&File"))
    acts["new_project"] = _add(file, ui_tr("Menus", "New &project\u2026"), panel.actions.new_project, "Ctrl+Shift+N",
                               tip=ui_tr("Menus", "Create a project with its settings and a first script"))
    acts["new_script"] = _add(file, ui_tr("Menus", "&New script\u2026"), w.new_script, QKeySequence.StandardKey.New, "Ctrl+N",
                              tip=ui_tr("Menus", "Add a script to the current project"))
    acts["add_source"] = _add(file, ui_tr("Menus", "Add so&urce"), w.add_source, tip=ui_tr("Menus", "Add a research source to the current project"))
    acts["import_sources"] = _add(file, ui_tr("Menus", "Import s&ources\u2026"), w.import_sources, "Ctrl+Shift+I",
                                  tip=ui_tr("Menus", "Import papers and reference lists (PDF, Word, text, RIS, BibTeX, NBIB) "
                                      "into the current project; you can also drop files on the library"))
    file.addSeparator()
    acts["import"] = _add(file, ui_tr("Menus", "&Import bundle\u2026"), panel.actions.import_bundle, QKeySequence.StandardKey.Open,
                          "Ctrl+O", tip=ui_tr("Menus", "Import a .studio bundle as a new project"))
    acts["export"] = _add(file, ui_tr("Menus", "&Export bundle\u2026"), w.export_bundle,
                          tip=ui_tr("Menus", "Save the current project as a .studio bundle to share or back up"))
    acts["export_script"] = _add(file, ui_tr("Menus", "E&xport script\u2026"), w.export_script, "Ctrl+E",
                                 tip=ui_tr("Menus", "Captions (SRT, WebVTT), Word, video description, PDF, Markdown, "
                                     "teleprompter text, CSV"))
    acts["copy_script"] = _add(file, ui_tr("Menus", "&Copy script"), w.copy_script, "Ctrl+Shift+C",
                               tip=ui_tr("Menus", "Put the spoken text (without citation markers) on the clipboard"))
    file.addSeparator()
    acts["save"] = _add(file, ui_tr("Menus", "&Save"), w.save_now, QKeySequence.StandardKey.Save, "Ctrl+S",
                        tip=ui_tr("Menus", "Save now (changes are also saved automatically)"))
    acts["save_version"] = _add(file, ui_tr("Menus", "Save &version\u2026"), w.save_version, "Ctrl+Shift+S",
                                tip=ui_tr("Menus", "Keep a named snapshot of the script"))
    acts["versions"] = _add(file, ui_tr("Menus", "Ve&rsions\u2026"), w.show_versions, "Ctrl+Shift+H",
                            tip=ui_tr("Menus", "Browse, compare and restore versions of the script"))
    file.addSeparator()
    acts["project_settings"] = _add(file, ui_tr("Menus", "Project se&ttings\u2026"), w.project_settings,
                                    tip=ui_tr("Menus", "Platform, target length, reading grade and speaking rate"))
    file.addSeparator()
    acts["quit"] = _add(file, ui_tr("Menus", "&Quit"), w.close, QKeySequence.StandardKey.Quit, "Ctrl+Q")

    edit = bar.addMenu(ui_tr("Menus", "&Edit"))
    fixes = getattr(w.workspace, "fixes", None)
    if fixes is not None:
        # Text undo/redo from anywhere (the findings panel, the library): acts on the segment edited last.
        # A focused text field handles Ctrl+Z itself first.
        acts["undo_text"] = _add(edit, ui_tr("Menus", "&Undo"), fixes.undo_text, QKeySequence.StandardKey.Undo, "Ctrl+Z",
                                 tip=ui_tr("Menus", "Undo the last change to the script text (a quick fix too)"))
        acts["redo_text"] = _add(edit, ui_tr("Menus", "&Redo"), fixes.redo_text, QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z",
                                 tip=ui_tr("Menus", "Redo the change to the script text undone last"))
        edit.addSeparator()
    acts["undo_delete"] = _add(edit, ui_tr("Menus", "&Undo delete"), w.undo_delete, "Ctrl+Alt+Z",
                               tip=ui_tr("Menus", "Bring back the project, script or source deleted last"))
    acts["undo_delete"].setEnabled(False)
    edit.addSeparator()
    acts["rename"] = _add(edit, ui_tr("Menus", "Re&name\tF2"), panel.rename_selected, tip=ui_tr("Menus", "Rename the item selected in the library"))
    acts["duplicate"] = _add(edit, ui_tr("Menus", "D&uplicate"), panel.duplicate_selected,
                             tip=ui_tr("Menus", "Copy the project or script selected in the library"))
    acts["delete"] = _add(edit, ui_tr("Menus", "&Delete\u2026"), panel.delete_selected,
                          tip=ui_tr("Menus", "Delete the item selected in the library (asks first)"))
    edit.addSeparator()
    acts["find"] = _add(edit, ui_tr("Menus", "&Find in library"), panel.focus_search, QKeySequence.StandardKey.Find, "Ctrl+F",
                        tip=ui_tr("Menus", "Search scripts and sources"))
    acts["preferences"] = _add(edit, ui_tr("Menus", "Pr&eferences\u2026"), w.open_preferences, QKeySequence.StandardKey.Preferences,
                               "Ctrl+,")

    script = bar.addMenu(ui_tr("Menus", "&Script"))
    for name, action in getattr(w.workspace, "workspace_actions", {}).items():
        script.addAction(action)          # the workspace's own QActions: no duplicate shortcuts
        acts[f"ws:{name}"] = action
    script.addSeparator()
    acts["teleprompter"] = _add(script, ui_tr("Menus", "&Teleprompter"), w.show_teleprompter, "Ctrl+Shift+T",
                                tip=ui_tr("Menus", "Full-screen prompter at the project's words per minute: Space starts, "
                                    "Esc leaves"))
    if hasattr(w, "draft_from_research"):
        script.addSeparator()
        acts["draft"] = _add(script, ui_tr("Menus", "&Draft from research\u2026"), w.draft_from_research, "Ctrl+Shift+D",
                             tip=ui_tr("Menus", "Pick key findings of a source and get a cited draft script"))
    script.addSeparator()
    acts["report"] = _add(script, ui_tr("Menus", "&Before/after report\u2026"), w.show_report, "Ctrl+Shift+R",
                          tip=ui_tr("Menus", "Compare two versions (first draft vs now): figures, chart, what changed; "
                              "export as PDF or HTML"))

    view = bar.addMenu(ui_tr("Menus", "&View"))
    for key, dock, keys in (("view_library", w.library_dock, "Ctrl+1"), ("view_source", w.source_dock, "Ctrl+2")):
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(keys))
        view.addAction(toggle)
        acts[key] = toggle
    view.addSeparator()
    acts["focus_library"] = _add(view, ui_tr("Menus", "Go to &library"), w.focus_library, "Ctrl+Shift+L",
                                 tip=ui_tr("Menus", "Move the keyboard focus to the library tree"))
    acts["focus_script"] = _add(view, ui_tr("Menus", "Go to &script"), w.focus_workspace, "Ctrl+Shift+E",
                                tip=ui_tr("Menus", "Move the keyboard focus to the script text"))
    view.addSeparator()
    modes = w.view_modes
    acts["zoom_in"] = _add(view, ui_tr("Menus", "Zoom &in"), modes.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl++",
                           tip=ui_tr("Menus", "Larger text in the editor and the panels (also Ctrl+wheel)"))
    acts["zoom_in"].setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
    acts["zoom_out"] = _add(view, ui_tr("Menus", "Zoom &out"), modes.zoom_out, QKeySequence.StandardKey.ZoomOut, "Ctrl+-",
                            tip=ui_tr("Menus", "Smaller text"))
    acts["zoom_reset"] = _add(view, ui_tr("Menus", "&Actual size"), modes.zoom_reset, "Ctrl+0",
                              tip=ui_tr("Menus", "Text back to its normal size (presenter mode: its own default)"))
    acts["presenter"] = _add(view, ui_tr("Menus", "&Presenter mode"), lambda: modes.set_presenter(acts["presenter"].isChecked()),
                             "F5",
                             tip=ui_tr("Menus", "Large type, high-contrast highlights and a layout for a 1280\u00d7720 projector"))
    acts["presenter"].setCheckable(True)
    acts["presenter"].setChecked(w.settings.presenter_mode)
    modes.changed.connect(lambda: acts["presenter"].setChecked(w.settings.presenter_mode))
    view.addSeparator()
    kinds = view.addMenu(ui_tr("Menus", "&Highlights"))
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
    acts["show_all_kinds"] = _add(kinds, ui_tr("Menus", "Show &all"), lambda: setattr(w.settings, "hidden_kinds", frozenset()))

    help_menu = bar.addMenu(ui_tr("Menus", "&Help"))
    acts["legend"] = _add(help_menu, ui_tr("Menus", "&Legend and shortcuts"), w.show_legend, QKeySequence.StandardKey.HelpContents,
                          "F1")
    help_menu.addSeparator()
    acts["reset_demo"] = _add(help_menu, ui_tr("Menus", "&Reset demo\u2026"), w.reset_demo,
                              tip=ui_tr("Menus", "Put the demo project back as shipped (the same exercise for every group)"))
    help_menu.addSeparator()
    acts["about"] = _add(help_menu, ui_tr("Menus", "&About Script Studio"), w.show_about)
    for action in acts.values():
        w.addAction(action)      # shortcuts work even when the menu bar is hidden
    return acts

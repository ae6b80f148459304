"""The window's actions, menus and toolbar: each sends an intent to the session, and the
checkable ones show the session's view state."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from ..core.lesson import shipped_lessons
from ..resources import example_files, lessons_dir
from . import settings as app_settings
from .column_names import name_columns
from .concepts import install_concepts
from .export import add_export_actions
from .i18n import current_language, language_menu
from .lesson_editor import build_lesson_menu
from .session import PANELS
from .shortcuts import ShortcutsDialog, key_sequences
from .theme import PresentationMode, theme_menu

__all__ = ["build_menus"]

#: View toggles: (attribute of the window, text, field of the session's ViewState, tooltip);
#: the texts in English, translated (context "Menus") where the actions are made.
VIEW_TOGGLES = (
    ("residualsAction", QT_TRANSLATE_NOOP("Menus", "Residuals"), "residuals", None),
    (
        "squaresAction",
        QT_TRANSLATE_NOOP("Menus", "Squares of residuals"),
        "squares",
        QT_TRANSLATE_NOOP(
            "Menus", "Draw each residual's square: their total area is N times the error"
        ),
    ),
    (
        "optimumAction",
        QT_TRANSLATE_NOOP("Menus", "Best-fit line"),
        "optimum_line",
        QT_TRANSLATE_NOOP(
            "Menus",
            "The line of least error for the chosen loss (for the mean squared error, the "
            "least-squares line)",
        ),
    ),
    ("logAction", QT_TRANSLATE_NOOP("Menus", "Log error scale"), "log_scale", None),
    ("arrowsAction", QT_TRANSLATE_NOOP("Menus", "Gradient arrows"), "arrows", None),
    (
        "standardisedAction",
        QT_TRANSLATE_NOOP("Menus", "Surface in standardised units"),
        "standardised",
        QT_TRANSLATE_NOOP(
            "Menus",
            "Draw the error surface over the standardised coefficients (b′, m′):\n"
            "the narrow valley becomes a round bowl; the error values stay the same",
        ),
    ),
    (
        "bigDisplayAction",
        QT_TRANSLATE_NOOP("Menus", "Large iteration and error"),
        "big_display",
        None,
    ),
    (
        "plainAction",
        QT_TRANSLATE_NOOP("Menus", "Plain language"),
        "plain",
        QT_TRANSLATE_NOOP(
            "Menus",
            "Words instead of symbols in the window (learning rate for η, how steep the\n"
            "steepest direction is for λmax, …); the Stability and Step math docks and the\n"
            "tooltips keep the symbols",
        ),
    ),
)
PANEL_TITLES = {
    "scatter": QT_TRANSLATE_NOOP("Menus", "Data panel"),
    "error": QT_TRANSLATE_NOOP("Menus", "Error panel"),
    "surface": QT_TRANSLATE_NOOP("Menus", "Surface panel"),
    "contour": QT_TRANSLATE_NOOP("Menus", "Contour panel"),
}


def _tr(text: str | None) -> str | None:
    """A text marked with ``QT_TRANSLATE_NOOP("Menus", …)``, in the window's language."""
    return QCoreApplication.translate("Menus", text) if text else text


def _action(window, text, shortcut, slot) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _toggle(window, text, checked, slot, tip=None) -> QAction:
    action = QAction(text, window)
    action.setCheckable(True)
    action.setChecked(checked)
    action.toggled.connect(slot)
    if tip:
        action.setToolTip(tip)
    return action


def _build_actions(w, session) -> None:
    s = session
    w.openAction = _action(
        w,
        QCoreApplication.translate("Menus", "&Open…"),
        QKeySequence.StandardKey.Open,
        w.open_dialog,
    )
    w.openAction.setToolTip(QCoreApplication.translate("Menus", "Open a data file (Ctrl+O)"))
    w.startAction = _action(
        w, QCoreApplication.translate("Menus", "Start/Pause"), "Space", w.controls.startButton.click
    )
    # Right moves forward through the history; only at the newest iteration does it step
    w.stepAction = _action(
        w, QCoreApplication.translate("Menus", "Forward one iteration"), None, s.forward
    )
    w.stepAction.setShortcuts(key_sequences("step"))
    w.stepAction.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    w.newStepAction = _action(
        w, QCoreApplication.translate("Menus", "Take one new step"), None, lambda: s.step(1)
    )
    w.resetAction = _action(
        w, QCoreApplication.translate("Menus", "Reset"), "R", w.controls.resetButton.click
    )
    w.tenStepsAction = _action(
        w, QCoreApplication.translate("Menus", "Ten steps"), "Shift+Right", lambda: s.step(10)
    )
    w.stepBackAction = _action(
        w, QCoreApplication.translate("Menus", "Step back"), "Left", s.step_back
    )
    w.firstAction = _action(
        w,
        QCoreApplication.translate("Menus", "Show iteration 0"),
        "Home",
        lambda: s.show_iteration(0),
    )
    w.liveAction = _action(
        w,
        QCoreApplication.translate("Menus", "Follow the newest iteration"),
        "End",
        s.follow_latest,
    )
    w.fasterAction = _action(
        w, QCoreApplication.translate("Menus", "Faster"), None, lambda: w.change_speed(1)
    )
    w.fasterAction.setShortcuts(key_sequences("faster"))
    w.slowerAction = _action(
        w, QCoreApplication.translate("Menus", "Slower"), None, lambda: w.change_speed(-1)
    )
    w.slowerAction.setShortcuts(key_sequences("slower"))
    w.view_actions = {}
    for attribute, text, field, tip in VIEW_TOGGLES:
        action = _toggle(
            w,
            _tr(text),
            getattr(s.view, field),
            lambda on, f=field: s.update_view(**{f: on}),
            _tr(tip),
        )
        setattr(w, attribute, action)
        w.view_actions[field] = action
    w.panel_actions = {}
    for name in PANELS:
        action = _toggle(w, _tr(PANEL_TITLES[name]), True, lambda on, n=name: s.show_panel(n, on))
        action.setObjectName(f"show{name.capitalize()}PanelAction")
        w.panel_actions[name] = action
    w.editPointsAction = _toggle(
        w,
        QCoreApplication.translate("Menus", "Edit points"),
        s.view.edit_points,
        lambda on: s.update_view(edit_points=on),
        QCoreApplication.translate(
            "Menus",
            "Click on the data panel to add a point, drag one to move it, right-click to\n"
            "delete it (off: clicks only highlight points, so a stray click changes nothing)",
        ),
    )
    w.editPointsAction.setObjectName("editPointsAction")
    w.presentation = PresentationMode(w)
    s.viewChanged.connect(lambda view: _render_view(w, view))


def _render_view(w, view) -> None:
    """The checkable actions show the session's view state."""
    for field, action in w.view_actions.items():
        with QSignalBlocker(action):
            action.setChecked(getattr(view, field))
    for name, action in w.panel_actions.items():
        with QSignalBlocker(action):
            action.setChecked(view.panels[name])
    with QSignalBlocker(w.editPointsAction):
        w.editPointsAction.setChecked(view.edit_points)


def _file_menu(w, session) -> None:
    menu = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&File"))
    menu.addAction(w.openAction)
    w.recentMenu = menu.addMenu(QCoreApplication.translate("Menus", "Open &Recent"))
    w.examplesMenu = menu.addMenu(QCoreApplication.translate("Menus", "&Examples"))
    w.examplesMenu.setObjectName("examplesMenu")
    for title, path in shipped_lessons(lessons_dir(current_language())):
        action = w.examplesMenu.addAction(title)
        action.setToolTip(
            QCoreApplication.translate("Menus", "Open the lesson {name}").format(name=path.name)
        )
        action.triggered.connect(lambda _=False, p=path: session.open_lesson(p))
    data_menu = w.examplesMenu.addMenu(QCoreApplication.translate("Menus", "Data sets"))
    for path in example_files():
        action = data_menu.addAction(path.name)
        action.triggered.connect(lambda _=False, p=path: session.load_file(p))
    w.saveLessonAction = _action(
        w,
        QCoreApplication.translate("Menus", "&Save as Lesson…"),
        QKeySequence.StandardKey.Save,
        w.save_lesson_dialog,
    )
    menu.addAction(w.saveLessonAction)
    w.exportMenu = menu.addMenu(QCoreApplication.translate("Menus", "&Export"))
    w.exportMenu.setObjectName("exportMenu")
    w.exportMenu.aboutToShow.connect(session.pause)
    add_export_actions(w.exportMenu, w)
    menu.addSeparator()
    menu.addAction(
        _action(
            w, QCoreApplication.translate("Menus", "&Quit"), QKeySequence.StandardKey.Quit, w.close
        )
    )
    w.update_recent_menu(app_settings.recent_files())


def _edit_and_run_menus(w, session) -> None:
    edit_menu = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&Edit"))
    w.undoAction = session.edits.undo_action(w)
    w.redoAction = session.edits.redo_action(w)
    edit_menu.addAction(w.undoAction)
    edit_menu.addAction(w.redoAction)
    edit_menu.addSeparator()
    edit_menu.addAction(w.editPointsAction)
    hint = edit_menu.addAction(
        QCoreApplication.translate(
            "Menus", "Then: click to add a point, drag to move, right-click to delete"
        )
    )
    hint.setEnabled(False)
    edit_menu.addSeparator()
    w.nameColumnsAction = _action(
        w, QCoreApplication.translate("Menus", "&Name the columns…"), None, lambda: name_columns(w)
    )
    w.nameColumnsAction.setObjectName("nameColumnsAction")
    w.nameColumnsAction.setToolTip(
        QCoreApplication.translate("Menus", "Name x and y, e.g. hours studied and test score")
    )
    edit_menu.addAction(w.nameColumnsAction)
    run_menu = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&Run"))
    for action in (w.startAction, w.newStepAction, w.tenStepsAction, w.resetAction):
        run_menu.addAction(action)
    run_menu.addSeparator()
    run_menu.addAction(w.stepAction)
    run_menu.addSeparator()
    for action in (w.stepBackAction, w.firstAction, w.liveAction):
        run_menu.addAction(action)
    run_menu.addSeparator()
    run_menu.addAction(w.fasterAction)
    run_menu.addAction(w.slowerAction)


def _view_and_help_menus(w) -> None:
    view = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&View"))
    for field in ("residuals", "squares", "optimum_line", "log_scale", "arrows", "standardised"):
        view.addAction(w.view_actions[field])
    view.addSeparator()
    for action in (w.predictAction, w.revealAction, w.myLineAction):
        view.addAction(action)
    view.addSeparator()
    panels = view.addMenu(QCoreApplication.translate("Menus", "&Panels"))
    for action in w.panel_actions.values():
        panels.addAction(action)
    view.addAction(w.bigDisplayAction)
    view.addAction(w.plainAction)
    view.addAction(w.projector.controlsAction)
    view.addAction(w.presentation.action)
    chooser = view.addMenu(QCoreApplication.translate("Menus", "Presentation pa&nels"))
    chooser.setObjectName("presentationPanelsMenu")
    for action in w.projector.panelActions.values():
        chooser.addAction(action)
    view.addMenu(theme_menu(w))
    view.addMenu(language_menu(w))
    view.addSeparator()
    w.viewMenu = view
    for dock in w.findChildren(QDockWidget):
        view.addAction(dock.toggleViewAction())
    help_menu = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addActions(install_concepts(w))
    help_menu.addAction(
        _action(
            w,
            QCoreApplication.translate("Menus", "&Keyboard shortcuts"),
            None,
            lambda: ShortcutsDialog(w).exec(),
        )
    )
    help_menu.addAction(
        _action(
            w,
            QCoreApplication.translate("Menus", "Show the &welcome note"),
            None,
            lambda: w.welcome_note.show(),
        )
    )
    help_menu.addAction(
        _action(w, QCoreApplication.translate("Menus", "&About gdviz"), None, w.about)
    )


def _toolbar(w) -> None:
    toolbar = w.addToolBar(QCoreApplication.translate("Menus", "Main"))
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(w.openAction)
    toolbar.addAction(w.editPointsAction)
    toolbar.addSeparator()
    for action in (w.residualsAction, w.optimumAction, w.logAction, w.standardisedAction):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for dock in w.findChildren(QDockWidget):
        toolbar.addAction(dock.toggleViewAction())
    _short_toolbar_words(w)
    w.toolbar = toolbar


def _short_toolbar_words(w) -> None:
    """The toolbar's words: the menus' in English, shorter where a translation is long
    (the menus and the buttons' tooltips keep the whole name), so that the toolbar fits
    a 1280-pixel window in every language."""
    short = {
        w.optimumAction: QCoreApplication.translate("Menus", "Best-fit line", "toolbar"),
        w.logAction: QCoreApplication.translate("Menus", "Log error scale", "toolbar"),
        w.standardisedAction: QCoreApplication.translate(
            "Menus", "Surface in standardised units", "toolbar"
        ),
        w.compareDock.toggleViewAction(): QCoreApplication.translate(
            "Menus", "Compare runs", "toolbar"
        ),
        w.resultsDock.toggleViewAction(): QCoreApplication.translate("Menus", "Results", "toolbar"),
        w.stabilityDock.toggleViewAction(): QCoreApplication.translate(
            "Menus", "Stability", "toolbar"
        ),
        w.mathDock.toggleViewAction(): QCoreApplication.translate("Menus", "Step math", "toolbar"),
        w.myLineDock.toggleViewAction(): QCoreApplication.translate("Menus", "My line", "toolbar"),
    }
    for action, text in short.items():
        action.setIconText(text)


def build_menus(window, session) -> None:
    """Create the window's actions, its menu bar and its toolbar."""
    _build_actions(window, session)
    _file_menu(window, session)
    _edit_and_run_menus(window, session)
    build_lesson_menu(window, session)
    _view_and_help_menus(window)
    _toolbar(window)

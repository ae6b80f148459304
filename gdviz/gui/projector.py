"""Where the window's parts go: the panels' grid, and presentation mode's projector layout.

**The panels' grid.** The four panels sit in two rows of a splitter (data and error
above, surface and contour below). :meth:`ProjectorLayout.arrange` shows the panels the
session's view asks for: in the normal window ``ViewState.panels``, while presenting
``ViewState.presentation`` (one, two or four panels, in its order). Two panels of
different rows stand side by side (the outer splitter turns horizontal), so two panels
always get the full height; a row with no panel shown is hidden, never left blank.
Nothing is re-parented: panels only change places inside their own row.

**Presentation mode** (F11, :func:`gdviz.gui.theme.enter_presentation`) is a projector
layout: the controls, the toolbar, the status bar and the welcome note go, the transport
bar (Start, Step, Reset, speed, learning rate, panels) comes, and the lesson note
shortens to two lines (with a "More" button). F10 (View > Controls) brings the controls
back in either mode (while presenting they replace the transport bar: both would not fit
a 1280 pixel screen); each mode remembers its own choice. A screen too small for four
panels of :data:`MIN_PANEL` (a 1280x720 projector is) starts with two panels, once, when
the view still asks for the default four; the teacher's own choice is kept after that.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QWidget

from .lesson_note import COMPACT_LINES, NORMAL_LINES
from .session import PANELS, Level
from .shortcuts import key_sequences
from .transport import PRESENTATION_CHOICES, panels_label

__all__ = ["MIN_PANEL", "SMALL_SCREEN_TWO", "ProjectorLayout"]

#: The smallest panel a class can read from the back of the room (presentation mode).
MIN_PANEL = QSize(560, 300)
#: Two panels, the default for presentation on a screen too small for four.
SMALL_SCREEN_TWO = ("scatter", "error")
#: Height the rest of the presentation layout takes (menu bar, large display, transport
#: bar, timeline, message bar), to judge whether four panels fit a screen.
_CHROME_HEIGHT = 330


class ProjectorLayout(QObject):
    """Shows the window's parts for the normal window or for presentation mode.

    Parameters
    ----------
    window : MainWindow
        With ``session``, ``panels()``, ``panel_grid`` (the outer splitter), the
        ``controls_column``, ``transport``, ``welcome_note`` and ``lesson_note``; the
        ``toolbar`` once the menus are built.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self._w = window
        self.presenting = False
        self._controls = {False: True, True: False}  # shown, by presenting
        self._restore: dict[QWidget, bool] = {}
        self._auto_two = False
        self._arranged = None
        self.controlsAction = QAction(self.tr("&Controls"), window)
        self.controlsAction.setObjectName("showControlsAction")
        self.controlsAction.setCheckable(True)
        self.controlsAction.setChecked(True)
        self.controlsAction.setShortcuts(key_sequences("controls"))
        self.controlsAction.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.controlsAction.setToolTip(self.tr("Show or hide the controls (F10)"))
        self.controlsAction.toggled.connect(self._controls_toggled)
        window.addAction(self.controlsAction)
        window.lesson_note.set_compact(NORMAL_LINES)
        self.panelActions: dict[tuple[str, ...], QAction] = {}
        for names in PRESENTATION_CHOICES:
            action = QAction(panels_label(names), window)
            action.setObjectName("presentationPanels-" + "-".join(names))
            action.setCheckable(True)
            action.triggered.connect(
                lambda _=False, n=names: window.session.update_view(presentation=n)
            )
            self.panelActions[names] = action

    # ------------------------------------------------------------------ presentation
    def set_presenting(self, on: bool) -> None:
        """Switch between the normal layout and the projector layout."""
        if on == self.presenting:
            return
        self.presenting = on
        w = self._w
        chrome = [w.statusBar(), getattr(w, "toolbar", None), w.welcome_note]
        if on:
            self._restore = {c: c.isVisibleTo(w) for c in chrome if c is not None}
            for widget in self._restore:
                widget.hide()
        else:
            for widget, visible in self._restore.items():
                widget.setVisible(visible)
            self._restore = {}
        w.lesson_note.set_compact(COMPACT_LINES if on else NORMAL_LINES)
        self._show_controls()
        if on:
            self._two_on_a_small_screen()
        self.arrange(w.session.view)
        w.setFocus(Qt.FocusReason.OtherFocusReason)  # no hidden or moved input keeps it

    def _two_on_a_small_screen(self) -> None:
        w = self._w
        screen = w.screen().geometry() if w.screen() is not None else None
        view = w.session.view
        if screen is None or self._auto_two or view.presentation != PANELS:
            return
        four = QSize(2 * MIN_PANEL.width() + 40, 2 * MIN_PANEL.height() + _CHROME_HEIGHT)
        if screen.width() >= four.width() and screen.height() >= four.height():
            return
        self._auto_two = True
        w.session.update_view(presentation=SMALL_SCREEN_TWO)
        w.session.notice(
            QCoreApplication.translate(
                "ProjectorLayout",
                "Two panels fit this screen: choose others (or all four) in the bar below "
                "or in View > Presentation panels.",
            ),
            Level.INFO,
        )

    def _controls_toggled(self, on: bool) -> None:
        self._controls[self.presenting] = on
        self._show_controls()

    def _show_controls(self) -> None:
        """The controls as chosen for this mode; while presenting, the transport bar
        stands in for them when they are hidden (both would not fit 1280 pixels)."""
        shown = self._controls[self.presenting]
        self._w.controls_column.setVisible(shown)
        self._w.transport.setVisible(self.presenting and not shown)
        self.controlsAction.blockSignals(True)
        self.controlsAction.setChecked(shown)
        self.controlsAction.blockSignals(False)

    # ------------------------------------------------------------------ the panels
    def shown_panels(self, view) -> tuple[str, ...]:
        """The panels shown now, in order."""
        if self.presenting:
            return tuple(view.presentation)
        return tuple(name for name in PANELS if view.panels[name])

    def arrange(self, view) -> None:
        """Show the panels of ``view`` (see the module's notes); connect it after the
        renderer's own view handler, which shows ``view.panels``."""
        for names, action in self.panelActions.items():
            action.setChecked(names == tuple(view.presentation))
        w = self._w
        names = self.shown_panels(view)
        panels = w.panels()
        for name, panel in panels.items():
            panel.setVisible(name in names)
        grid: QSplitter = w.panel_grid
        rows = [grid.widget(i) for i in range(grid.count())]
        home = {panel: row for row in rows for panel in _members(row)}
        order = [panels[name] for name in names]
        used = list(dict.fromkeys(home[panel] for panel in order))
        for row in rows:
            members = [p for p in order if home[p] is row]
            members += [p for p in _members(row) if p not in members]
            for index, panel in enumerate(members):
                if row.indexOf(panel) != index:
                    row.insertWidget(index, panel)
            row.setVisible(row in used)
        for index, row in enumerate(used + [r for r in rows if r not in used]):
            if grid.indexOf(row) != index:
                grid.insertWidget(index, row)
        side_by_side = self.presenting and len(used) == 2 and len(order) == 2
        orientation = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        arrangement = (self.presenting, tuple(names), orientation)
        if arrangement != self._arranged:
            self._arranged = arrangement
            grid.setOrientation(orientation)
            for splitter in (grid, *rows):
                splitter.setSizes([1000] * splitter.count())  # equal shares


def _members(row: QSplitter) -> list[QWidget]:
    return [row.widget(i) for i in range(row.count())]

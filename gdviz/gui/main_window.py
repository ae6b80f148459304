"""The main window: controls on the left, four panels that move together on the right.

The window is layout and wiring. Its state lives in one :class:`~gdviz.gui.session.Session`;
the controls (:mod:`~gdviz.gui.controls`), the menus (:mod:`~gdviz.gui.menus`) and the
panels (drawn by :class:`~gdviz.gui.renderer.Renderer`) are views of it that send intents
back.
"""

from __future__ import annotations

import atexit
import gc
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.lesson import SUFFIX, Lesson, LessonError, save_lesson
from ..resources import default_data_path
from . import settings as app_settings
from .big_display import BigDisplay
from .contour_panel import ContourPanel
from .controls import SPEEDS, ControlPanel, controls_column, nearest_speed
from .edit_points import connect_point_edits
from .error_panel import ErrorPanel
from .focus_ring import FocusRing
from .lesson_note import LessonNote
from .math_panel import MathPanel
from .menus import build_menus
from .message_bar import MessageArea
from .my_line import build_my_line
from .opengl import opengl_available
from .predict import build_predict
from .projector import ProjectorLayout
from .renderer import Renderer
from .results_panel import ResultsPanel
from .runs import CompareBox
from .scatter_panel import ScatterPanel
from .session import OPEN_SESSIONS, Level, Notice, Session
from .stability_panel import StabilityPanel
from .timeline import Timeline
from .transport import TransportBar
from .welcome import WelcomeNote, should_show_welcome

__all__ = ["MainWindow"]

_FROZEN = False
#: Milliseconds after the first data set is shown that start-up's objects are frozen.
FREEZE_AFTER_MS = 1000


def _freeze_startup_objects() -> None:
    """Exempt what exists once the first data set is shown from cyclic garbage collection.

    Python's full collections walk every container object: with Qt, pyqtgraph and numpy
    loaded, one takes about 50 ms, a stall a run would show. Objects frozen here (modules,
    classes, the window and its panels) are still freed when nothing refers to them; the
    collector just no longer walks them, so later collections stay short.
    """
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.collect()
        gc.freeze()


@atexit.register
def _shut_down_open_sessions() -> None:
    for session in list(OPEN_SESSIONS):
        session.shutdown()


class MainWindow(QMainWindow):
    """gdviz's window.

    Parameters
    ----------
    path : str or Path, optional
        Data file or lesson to open; default: the bundled example data set.
    load_default : bool
        Open the bundled example when ``path`` is not given.
    """

    def __init__(self, path: str | Path | None = None, *, load_default: bool = True):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("gdviz")
        self.setAcceptDrops(True)
        self.resize(1280, 720)
        self.closed = False
        self.session = Session(self)
        self._build_panels()
        build_menus(self, self.session)
        self._build_loading()
        self.renderer = Renderer(self.session, self)
        self._connect_session()
        app_settings.restore_window_state(self)
        if path is not None:
            self.open_path(path)
        elif load_default:
            self.load_file(default_data_path())

    # ------------------------------------------------------------------ building
    def _build_panels(self) -> None:
        s = self.session
        self.controls = ControlPanel(s)
        # the State box stays in sight below the controls, however short the window
        self.controls_column, scroll = controls_column(self.controls)

        self.scatter = ScatterPanel()
        self.error_panel = ErrorPanel()
        self.contour = ContourPanel()
        self.has_opengl = opengl_available()
        if self.has_opengl:
            from .surface_panel import SurfacePanel

            self.surface = SurfacePanel()
        else:
            self.surface = ContourPanel(
                object_name="surfaceView",
                title=self.tr("Error surface (2D: no OpenGL for 3D here)"),
            )
        panels = QSplitter(Qt.Orientation.Vertical)
        for pair in ((self.scatter, self.error_panel), (self.surface, self.contour)):
            row = QSplitter(Qt.Orientation.Horizontal)
            for panel in pair:
                panel.setMinimumSize(120, 90)  # docks take width from the panels
                row.addWidget(panel)
            panels.addWidget(row)
        for splitter in (panels, *panels.findChildren(QSplitter)):
            splitter.setChildrenCollapsible(False)
            splitter.setHandleWidth(6)
            splitter.setSizes([1000, 1000])  # equal shares
        self.panel_grid = panels
        self.welcome_note = WelcomeNote()
        self.welcome_note.setVisible(should_show_welcome())
        self.lesson_note = LessonNote()
        self.big_display = BigDisplay()
        self.big_display.hide()
        self.messages = MessageArea()
        self.message_bar = self.messages.bar
        self.timeline = Timeline()
        self.projector = ProjectorLayout(self)
        self.transport = TransportBar(s, self.projector.controlsAction)
        self.transport.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(3)
        self.predict_bar = build_predict(self, s)
        for widget in (self.welcome_note, self.lesson_note, self.predict_bar, self.big_display):
            right_layout.addWidget(widget)
        right_layout.addWidget(panels, 1)
        for widget in (self.transport, self.timeline, self.messages):
            right_layout.addWidget(widget)

        self.compare_box = CompareBox(s)
        self.compareDock = self._dock(self.tr("Compare runs"), "compareDock", self.compare_box)
        self.results_panel = ResultsPanel()
        self.resultsDock = self._dock(self.tr("Results"), "resultsDock", self.results_panel)
        self.stability = StabilityPanel()
        self.stabilityDock = self._dock(self.tr("Stability"), "stabilityDock", self.stability)
        self.math_panel = MathPanel()
        self.mathDock = self._dock(self.tr("Step math"), "mathDock", self.math_panel)
        self.myLineDock = self._dock(self.tr("My line"), "myLineDock", build_my_line(self, s))

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.controls_column)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setSizes([scroll.minimumWidth(), 1280 - scroll.minimumWidth()])
        self.setCentralWidget(main)
        self.statusBar().showMessage(self.tr("Ready"))
        self.focus_ring = FocusRing(self)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        """A dock on the right, tabbed with the others, hidden until asked for."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        existing = [d for d in self.findChildren(QDockWidget) if d is not dock]
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if existing:
            self.tabifyDockWidget(existing[-1], dock)
        dock.hide()
        dock.visibilityChanged.connect(lambda visible, d=dock: visible and self._size_dock_once(d))
        return dock

    def _size_dock_once(self, dock: QDockWidget) -> None:
        """The first time a dock opens, give it a third of the width at most."""
        if dock.property("sized"):
            return
        dock.setProperty("sized", True)
        width = min(420, self.width() // 3)
        self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def _build_loading(self) -> None:
        self.loadProgress = QProgressBar()
        self.loadProgress.setObjectName("loadProgress")
        self.loadProgress.setAccessibleName(self.tr("Loading progress"))
        self.loadProgress.setRange(0, 100)
        self.loadProgress.setFixedWidth(220)
        self.loadProgress.setFormat(self.tr("Loading %p%"))
        self.loadCancelButton = QPushButton(self.tr("Cancel"))
        self.loadCancelButton.setObjectName("loadCancelButton")
        self.loadCancelButton.setAccessibleName(self.tr("Cancel loading"))
        for widget in (self.loadProgress, self.loadCancelButton):
            self.statusBar().addPermanentWidget(widget)
            widget.hide()
        self.loadCancelButton.clicked.connect(self.session.cancel_loading)
        self.session.loadProgress.connect(self.loadProgress.setValue)
        self.session.loadingChanged.connect(self._show_loading)

    def _show_loading(self, loading: bool) -> None:
        self.loadProgress.setValue(0)
        self.loadProgress.setVisible(loading)
        self.loadCancelButton.setVisible(loading)

    def _connect_session(self) -> None:
        s = self.session
        s.noticed.connect(self._show_notice)
        s.lessonChanged.connect(self._show_lesson)
        s.datasetChanged.connect(self._dataset_shown)
        self.timeline.iterationChosen.connect(s.show_iteration)
        self.timeline.liveRequested.connect(s.follow_latest)
        self.scatter.pointClicked.connect(self.math_panel.highlight_point)
        self.math_panel.pointActivated.connect(self.scatter.highlight_point)
        self.edit_frame = connect_point_edits(self, s)
        # after the renderer's view handler (connected before): this one has the last word
        s.viewChanged.connect(self.projector.arrange)
        self.projector.arrange(s.view)

    # ------------------------------------------------------------------ session views
    def _show_notice(self, notice: Notice) -> None:
        if not notice.text:
            self.messages.clear_message()
        else:
            self.messages.show_message(
                notice.text, notice.level.value, notice.action_label, notice.action
            )

    def _show_lesson(self, title: str, note: str) -> None:
        if title:
            self.welcome_note.hide()
            self.lesson_note.show_lesson(title, note)
        else:
            self.lesson_note.clear()

    def _dataset_shown(self) -> None:
        s = self.session
        d = s.dataset
        name = s.lesson_title or (Path(d.path).name if d.path else self.tr("data"))
        self.setWindowTitle(f"gdviz — {name}")
        self.statusBar().showMessage(d.summary())
        if d.path and not s.edits.is_edited():
            self.update_recent_menu(app_settings.add_recent_file(str(d.path)))
        # after the first paint, not before it: the collection takes about 40 ms
        QTimer.singleShot(FREEZE_AFTER_MS, _freeze_startup_objects)

    def update_recent_menu(self, files: list[str]) -> None:
        self.recentMenu.clear()
        for path in files:
            action = self.recentMenu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.load_file(p))
        self.recentMenu.setEnabled(bool(files))

    def panels(self) -> dict:
        """The four panels by the names lessons use."""
        return {
            "scatter": self.scatter,
            "error": self.error_panel,
            "contour": self.contour,
            "surface": self.surface,
        }

    def change_speed(self, direction: int) -> None:
        position = nearest_speed(self.session.settings.speed) + direction
        speed = SPEEDS[max(0, min(position, len(SPEEDS) - 1))]
        self.session.update_settings(speed=None if speed == float("inf") else float(speed))

    # ------------------------------------------------------------------ files
    def open_dialog(self) -> None:
        folder = app_settings.last_folder()
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open data file or lesson"),
            folder,
            self.tr(
                "Data files and lessons (*.csv *.tsv *.txt *.dat *.gdviz);;"
                "Lessons (*.gdviz);;All files (*)"
            ),
        )
        if path:
            app_settings.set_last_folder(str(Path(path).parent))
            self.open_path(path)

    def open_path(self, path) -> bool:
        """Open a lesson (``.gdviz``) or a data file, by its name."""
        return self.session.open_path(path)

    def load_file(self, path, x_column=None, y_column=None) -> bool:
        """Load a data file as File > Open does; on failure show why and keep the old data."""
        return self.session.load_file(path, x_column, y_column)

    def open_lesson(self, path) -> bool:
        return self.session.open_lesson(path)

    def apply_lesson(self, lesson: Lesson, name: str = "lesson") -> bool:
        return self.session.apply_lesson(lesson, name)

    def capture_lesson(self, title: str, note: str = "") -> Lesson:
        return self.session.capture_lesson(title, note)

    def save_lesson_dialog(self) -> None:
        if self.session.dataset is None:
            self.show_message(self.tr("Open a data file first"), "info")
            return
        folder = app_settings.last_folder()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as lesson"), folder, self.tr("Lessons (*.gdviz)")
        )
        if path:
            if not path.lower().endswith(SUFFIX):
                path += SUFFIX
            s = self.session
            title = s.lesson_title or Path(path).stem.replace("-", " ")
            self.save_lesson(path, title, s.lesson_note)

    def save_lesson(self, path, title: str, note: str = "") -> bool:
        """Save the session as a lesson file (written atomically)."""
        try:
            save_lesson(path, self.capture_lesson(title, note))
        except (LessonError, OSError) as exc:
            self.show_message(str(exc), "error")
            return False
        self.show_message(
            self.tr("Saved the lesson {name}").format(name=Path(path).name), "success"
        )
        return True

    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            if self.open_path(files[0]) and len(files) > 1:
                self.show_message(
                    self.tr(
                        "Opened {name}: gdviz opens one file at a time ({n} were dropped)"
                    ).format(name=Path(files[0]).name, n=len(files)),
                    "warning",
                )

    # ------------------------------------------------------------------ reading
    @property
    def dataset(self):
        return self.session.dataset

    @property
    def analysis(self):
        return self.session.analysis

    @property
    def edits(self):
        return self.session.edits

    @property
    def data_arrays(self):
        """The (x, y) the runs use now: the file's data with any edits."""
        return self.session.x, self.session.y

    @property
    def history(self):
        """The main run's history (a read-only view of the rows the worker recorded)."""
        main = self.session.main_run
        return main.history if main is not None else _EMPTY_HISTORY

    @property
    def histories(self) -> list:
        """Every run's history, main run first."""
        return [run.history for run in self.session.runs]

    @property
    def shown_iteration(self) -> int:
        return self.session.shown_iteration

    def show_iteration(self, iteration: int) -> None:
        """Show every panel as it was at ``iteration`` (clamped to what has been done)."""
        self.session.show_iteration(iteration)
        self.renderer.redraw()

    def follow_latest(self) -> None:
        self.session.follow_latest()

    @property
    def worker_thread(self):
        return self.session.worker_thread

    @property
    def _worker(self):
        return self.session.worker

    def show_message(self, text: str, level: str = "info", action_label=None, action=None):
        """One line in the message area, with an optional one-click action beside it."""
        self.session.notice(text, Level(level), action_label, action)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About gdviz"),
            self.tr(
                "<b>gdviz {version}</b><br>Watch gradient descent fit a straight line:"
                " the data, the error curve and the (b, m, error) surface, step by step."
            ).format(version=__version__),
        )

    # ------------------------------------------------------------------ shutdown
    def shutdown(self) -> None:
        """Stop the worker and join its thread (safe to call more than once)."""
        self.closed = True
        self.session.shutdown()

    def closeEvent(self, event) -> None:
        if not self.closed:
            app_settings.save_window_state(self)
        self.shutdown()
        super().closeEvent(event)


class _NoHistory:
    """The history before any data: no rows."""

    def __len__(self) -> int:
        return 0


_EMPTY_HISTORY = _NoHistory()

"""The main window: controls on the left, four panels that move together on the right."""

from __future__ import annotations

import atexit
import gc
import math
import os
import time
import weakref
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import model, stability
from ..core import surface as core_surface
from ..core.data import DataError, Dataset, load_dataset
from ..core.descent import Descent
from ..core.explain import explain_step
from ..core.history import HistoryBuffer, peak_indices, sample_indices
from ..core.lesson import (
    SUFFIX,
    CompareRun,
    Lesson,
    LessonData,
    LessonError,
    RunSettings,
    ViewSettings,
    load_lesson,
    save_lesson,
    shipped_lessons,
)
from ..core.optimizers import make_optimizer
from ..core.scaling import IDENTITY, Scaling, standardising
from ..resources import default_data_path, example_files, lessons_dir
from . import settings as app_settings
from .big_display import BigDisplay
from .contour_panel import ContourPanel
from .controls import ControlPanel, nearest_speed
from .data_edits import DataEditStack
from .error_panel import ErrorPanel
from .export import add_export_actions
from .lesson_note import LessonNote
from .load_job import LoadJob
from .math_panel import MathPanel
from .message_bar import MessageArea
from .number_input import format_number
from .opengl import opengl_available
from .runs import CompareBox, RunConfig, run_label
from .scatter_panel import ScatterPanel
from .shortcuts import ShortcutsDialog, key_sequences
from .stability_panel import StabilityPanel
from .theme import PresentationMode, refresh_theme, theme_menu
from .timeline import Timeline
from .welcome import WelcomeNote, should_show_welcome
from .worker import DescentWorker, Frame

__all__ = ["MainWindow"]

#: Open windows, so that their worker threads are joined even if the program exits
#: without closing them ("QThread: Destroyed while thread is still running" aborts).
_OPEN_WINDOWS: weakref.WeakSet = weakref.WeakSet()


_FROZEN = False


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
def _shut_down_open_windows() -> None:
    for window in list(_OPEN_WINDOWS):
        window.shutdown()


#: Points of the descent path drawn on the surface panels (the history keeps all).
PATH_POINTS = 3000
#: Points of the error curve drawn (peaks kept; the history keeps all).
CURVE_POINTS = 800
#: Milliseconds between a frame drawn and the request for the next one (at full speed).
FRAME_GAP_MS = 4
#: Files this large load in the background (the window stays responsive).
BACKGROUND_BYTES = 5_000_000
SURFACE_RESOLUTION = 80
DIGITS = 10


class MainWindow(QMainWindow):
    """gdviz's window.

    Parameters
    ----------
    path : str or Path, optional
        Data file to open; default: the bundled example data set.
    load_default : bool
        Open the bundled example when ``path`` is not given.
    """

    # requests to the worker, queued across threads
    _loadRequested = Signal(int, object)
    _resetRequested = Signal(int, float, float, bool)
    _optimizerRequested = Signal(object)
    _seedRequested = Signal(int)
    _targetRequested = Signal(int)
    _speedRequested = Signal(float)
    _startRequested = Signal()
    _pauseRequested = Signal()
    _stepRequested = Signal(int)
    _stopRequested = Signal()
    _frameDrawn = Signal()
    _rewindRequested = Signal(int, int)
    _dataRequested = Signal(object, object, object)

    def __init__(self, path: str | Path | None = None, *, load_default: bool = True):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("gdviz")
        self.setAcceptDrops(True)
        self.resize(1280, 720)
        self.dataset: Dataset | None = None
        self.analysis: model.Analysis | None = None
        self._stats: model.Statistics | None = None
        self._histories: list[HistoryBuffer] = [HistoryBuffer()]  # run 0 first
        self._main_normalized = False  # whether run 0 descends on standardised data
        self._compare: list[RunConfig] = []
        self._live = True  # follow the newest iteration
        self._diverged_at: int | None = None
        self._math_shown_at = 0.0
        self._view_scaling: Scaling = IDENTITY  # the surface panels' coefficients
        self._shown = 0  # iteration shown when not live
        self._generation = 0
        self._running = False
        self._extent: core_surface.SurfaceRange | None = None
        self._redraw_pending = False
        self._surface_just_updated = False  # the last redraw only made a new grid
        self._redraw_started = 0.0
        self._closed = False

        self._build_panels()
        self._build_actions()
        self._start_worker()
        self._connect_controls()
        self._build_loading()
        app_settings.restore_window_state(self)
        if path is not None:
            self.open_path(path)
        elif load_default:
            self.load_file(default_data_path())

    # ------------------------------------------------------------------ building
    def _build_panels(self) -> None:
        self.controls = ControlPanel()
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(self.controls.minimumSizeHint().width() + 24)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.scatter = ScatterPanel()
        self.edits = DataEditStack(self)
        self.error_panel = ErrorPanel()
        self.contour = ContourPanel()
        self.has_opengl = opengl_available()
        if self.has_opengl:
            from .surface_panel import SurfacePanel

            self.surface = SurfacePanel()
            self.surface.resolutionChanged.connect(self._surface_resolution_changed)
        else:
            self.surface = ContourPanel(
                object_name="surfaceView",
                title="Error surface (2D: no OpenGL for 3D here)",
            )

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.scatter)
        top.addWidget(self.error_panel)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.surface)
        bottom.addWidget(self.contour)
        panels = QSplitter(Qt.Orientation.Vertical)
        panels.addWidget(top)
        panels.addWidget(bottom)
        for splitter in (top, bottom, panels):
            splitter.setChildrenCollapsible(False)
            splitter.setHandleWidth(6)
            splitter.setSizes([1000, 1000])  # equal shares
        self.welcome_note = WelcomeNote()
        self.welcome_note.setVisible(should_show_welcome())
        self.lesson_note = LessonNote()
        self.big_display = BigDisplay()
        self.big_display.hide()
        self.messages = MessageArea()
        self.message_bar = self.messages.bar
        self.timeline = Timeline()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.welcome_note)
        right_layout.addWidget(self.lesson_note)
        right_layout.addWidget(self.big_display)
        right_layout.addWidget(panels, 1)
        right_layout.addWidget(self.timeline)
        right_layout.addWidget(self.messages)

        self.compare_box = CompareBox()
        self.compareDock = self._dock("Compare runs", "compareDock", self.compare_box)
        self.stability = StabilityPanel()
        self.stabilityDock = self._dock("Stability", "stabilityDock", self.stability)
        self.math_panel = MathPanel()
        self.mathDock = self._dock("Step math", "mathDock", self.math_panel)

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setSizes([scroll.minimumWidth(), 1280 - scroll.minimumWidth()])
        self.setCentralWidget(main)
        self.statusBar().showMessage("Ready")

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

    def _build_actions(self) -> None:
        c = self.controls
        self.openAction = self._action("&Open…", QKeySequence.StandardKey.Open, self.open_dialog)
        self.openAction.setToolTip("Open a data file (Ctrl+O)")
        self.startAction = self._action("Start/Pause", "Space", c.startButton.click)
        self.stepAction = self._action("Step", "Right", c.stepButton.click)
        self.resetAction = self._action("Reset", "R", c.resetButton.click)
        self.tenStepsAction = self._action("Ten steps", "Shift+Right", self._ten_steps)
        self.stepBackAction = self._action("Step back", "Left", self.timeline.step_back)
        self.firstAction = self._action("Show iteration 0", "Home", lambda: self.show_iteration(0))
        self.liveAction = self._action("Follow the newest iteration", "End", self.follow_latest)
        self.arrowsAction = self._toggle("Gradient arrows", True, self._set_show_arrows)
        self.fasterAction = self._action("Faster", None, lambda: self._change_speed(1))
        self.fasterAction.setShortcuts(key_sequences("faster"))
        self.slowerAction = self._action("Slower", None, lambda: self._change_speed(-1))
        self.slowerAction.setShortcuts(key_sequences("slower"))
        self.bigDisplayAction = self._toggle("Large iteration and error", False, self._show_big)
        self.squaresAction = self._toggle(
            "Squares of residuals", False, self.scatter.set_show_squares
        )
        self.squaresAction.setToolTip(
            "Draw each residual's square: their total area is N times the error"
        )
        self.presentation = PresentationMode(self)
        self.standardisedAction = self._toggle(
            "Surface in standardised units", False, self._set_standardised_view
        )
        self.standardisedAction.setToolTip(
            "Draw the error surface over the standardised coefficients (b′, m′):\n"
            "the narrow valley becomes a round bowl; the error values stay the same"
        )
        self.residualsAction = self._toggle("Residuals", True, self.scatter.set_show_residuals)
        self.optimumAction = self._toggle("Least-squares line", True, self.scatter.set_show_optimum)
        self.logAction = self._toggle("Log error scale", False, self.error_panel.set_log_scale)
        quit_action = self._action("&Quit", QKeySequence.StandardKey.Quit, self.close)

        menu = self.menuBar().addMenu("&File")
        menu.addAction(self.openAction)
        self.recentMenu = menu.addMenu("Open &Recent")
        self.examplesMenu = menu.addMenu("&Examples")
        self.examplesMenu.setObjectName("examplesMenu")
        for title, path in shipped_lessons(lessons_dir()):
            action = self.examplesMenu.addAction(title)
            action.setToolTip(f"Open the lesson {path.name}")
            action.triggered.connect(lambda _=False, p=path: self.open_lesson(p))
        data_menu = self.examplesMenu.addMenu("Data sets")
        for path in example_files():
            action = data_menu.addAction(path.name)
            action.triggered.connect(lambda _=False, p=path: self.load_file(p))
        self.saveLessonAction = self._action(
            "&Save as Lesson…", QKeySequence.StandardKey.Save, self.save_lesson_dialog
        )
        menu.addAction(self.saveLessonAction)
        self.exportMenu = menu.addMenu("&Export")
        self.exportMenu.setObjectName("exportMenu")
        self.exportMenu.aboutToShow.connect(self._pause)
        add_export_actions(self.exportMenu, self)
        menu.addSeparator()
        menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        self.undoAction = self.edits.undo_action(self)
        self.redoAction = self.edits.redo_action(self)
        edit_menu.addAction(self.undoAction)
        edit_menu.addAction(self.redoAction)
        edit_menu.addSeparator()
        hint = edit_menu.addAction("Click to add a point, drag to move, right-click to delete")
        hint.setEnabled(False)
        run_menu = self.menuBar().addMenu("&Run")
        for action in (self.startAction, self.stepAction, self.tenStepsAction, self.resetAction):
            run_menu.addAction(action)
        run_menu.addSeparator()
        for action in (self.stepBackAction, self.firstAction, self.liveAction):
            run_menu.addAction(action)
        run_menu.addSeparator()
        run_menu.addAction(self.fasterAction)
        run_menu.addAction(self.slowerAction)
        view = self.menuBar().addMenu("&View")
        for action in (
            self.residualsAction,
            self.squaresAction,
            self.optimumAction,
            self.logAction,
            self.arrowsAction,
            self.standardisedAction,
        ):
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.bigDisplayAction)
        view.addAction(self.presentation.action)
        view.addMenu(theme_menu(self))
        view.addSeparator()
        self.viewMenu = view
        for dock in self.findChildren(QDockWidget):
            view.addAction(dock.toggleViewAction())
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(
            self._action("&Keyboard shortcuts", None, lambda: ShortcutsDialog(self).exec())
        )
        help_menu.addAction(
            self._action("Show the &welcome note", None, lambda: self.welcome_note.show())
        )
        help_menu.addAction(self._action("&About gdviz", None, self._about))
        self._update_recent_menu(app_settings.recent_files())

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.openAction)
        toolbar.addSeparator()
        for action in (
            self.residualsAction,
            self.optimumAction,
            self.logAction,
            self.standardisedAction,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for dock in self.findChildren(QDockWidget):
            toolbar.addAction(dock.toggleViewAction())
        self.toolbar = toolbar

    def _action(self, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _toggle(self, text, checked, slot) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setChecked(checked)
        action.toggled.connect(slot)
        action.toggled.connect(self._schedule_redraw)
        return action

    def _start_worker(self) -> None:
        self._thread = QThread()
        self._thread.setObjectName("gdviz-descent")
        self._worker = DescentWorker()
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.setUp)
        self._thread.finished.connect(self._worker.deleteLater)
        w = self._worker
        self._loadRequested.connect(w.loadData)
        self._resetRequested.connect(w.reset)
        self._optimizerRequested.connect(w.setOptimizer)
        self._seedRequested.connect(w.setRandomState)
        self._targetRequested.connect(w.setTarget)
        self._speedRequested.connect(w.setSpeed)
        self._startRequested.connect(w.start)
        self._pauseRequested.connect(w.pause)
        self._stepRequested.connect(w.step)
        self._rewindRequested.connect(w.rewind)
        self._dataRequested.connect(w.setData)
        # blocking: the worker stops its timer in its own thread before the thread quits
        self._stopRequested.connect(w.stop, Qt.ConnectionType.BlockingQueuedConnection)
        self._frameDrawn.connect(w.frameDrawn)
        w.frameReady.connect(self._on_frame)
        w.failed.connect(self._on_worker_failed)
        self._thread.start()
        _OPEN_WINDOWS.add(self)
        self._targetRequested.emit(self.controls.iterationsInput.value())
        self._speedRequested.emit(self.controls.speed())

    def _connect_controls(self) -> None:
        c = self.controls
        c.startClicked.connect(self._start_or_pause)
        c.stepClicked.connect(lambda: self._step(1))
        c.resetClicked.connect(self._reset)
        c.optimizerChanged.connect(self._send_optimizer)
        c.optimizerChanged.connect(self._update_stability_settings)
        c.startingPointChanged.connect(self._reset)
        c.startingPointChanged.connect(self._update_stability_settings)
        c.iterationsChanged.connect(self._targetRequested)
        c.speedChanged.connect(self._speedRequested)
        c.columnsChanged.connect(self._columns_chosen)
        self.timeline.iterationChosen.connect(self.show_iteration)
        self.timeline.liveRequested.connect(self.follow_latest)
        self.compare_box.applied.connect(self._apply_comparison)
        self.scatter.pointClicked.connect(self.math_panel.highlight_point)
        self.math_panel.pointActivated.connect(self.scatter.highlight_point)
        self.scatter.pointAddRequested.connect(self.edits.add_point)
        self.scatter.pointMoveRequested.connect(self.edits.move_point)
        self.scatter.pointRemoveRequested.connect(self.edits.remove_point)
        self.edits.editRefused.connect(lambda message: self.show_message(message, "error"))
        self.edits.dataChanged.connect(self._data_edited)
        self.mathDock.visibilityChanged.connect(self._schedule_redraw)
        self.stabilityDock.visibilityChanged.connect(self._schedule_redraw)

    # ------------------------------------------------------------------ loading
    def open_dialog(self) -> None:
        folder = app_settings.last_folder()
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Open data file or lesson",
            folder,
            "Data files and lessons (*.csv *.tsv *.txt *.dat *.gdviz);;"
            "Lessons (*.gdviz);;All files (*)",
        )
        if path:
            app_settings.set_last_folder(str(Path(path).parent))
            self.open_path(path)

    def open_path(self, path) -> bool:
        """Open a lesson (``.gdviz``) or a data file, by its name."""
        if str(path).lower().endswith(SUFFIX):
            return self.open_lesson(path)
        return self.load_file(path)

    # ------------------------------------------------------------------ lessons
    def open_lesson(self, path) -> bool:
        """Open a lesson file; a damaged or foreign one is refused and changes nothing."""
        try:
            lesson = load_lesson(path)
        except LessonError as exc:
            self.show_message(str(exc), "error")
            return False
        return self.apply_lesson(lesson, Path(path).name)

    def apply_lesson(self, lesson: Lesson, name: str = "lesson") -> bool:
        """Put a lesson's data, settings, view and note into the window."""
        try:
            dataset = lesson.data.dataset(name)
            stats = model.fit_statistics(dataset.x, dataset.y)
        except (DataError, ValueError) as exc:
            self.show_message(f"{name}: {exc}", "error")
            return False
        c = self.controls
        settings = lesson.settings
        with QSignalBlocker(c):
            c.optimizerInput.setCurrentIndex(c.optimizerInput.findData(settings.optimizer))
            hyper = dict(settings.hyperparameters)
            c.learningRateInput.setValue(hyper["learning_rate"])
            for key, widget in (
                ("momentum", c.momentumInput),
                ("b1", c.beta1Input),
                ("b2", c.beta2Input),
                ("decay", c.decayInput),
                ("batch_size", c.batchSizeInput),
            ):
                if key in hyper:
                    widget.setValue(hyper[key])
            c.iterationsInput.setValue(settings.iterations)
            c.initialBInput.setValue(settings.initial_b)
            c.initialMInput.setValue(settings.initial_m)
            c.normalizeInput.setChecked(settings.normalize)
            c.seedInput.setValue(settings.seed)
            c.speedInput.setValue(nearest_speed(settings.speed))
        self._targetRequested.emit(c.iterationsInput.value())
        self._speedRequested.emit(c.speed())
        view = lesson.view
        self.residualsAction.setChecked(view.residuals)
        self.optimumAction.setChecked(view.optimum_line)
        self.logAction.setChecked(view.log_scale)
        self.squaresAction.setChecked(view.squares)
        for key, panel in self._panels().items():
            panel.setVisible(view.panels.get(key, True))
        self._compare = [
            RunConfig(
                run.optimizer,
                dict(run.hyperparameters).get("learning_rate", 1e-4),
                run.normalize,
                tuple((k, v) for k, v in run.hyperparameters.items() if k != "learning_rate"),
            )
            for run in lesson.compare
        ]
        self.compare_box.set_configs(self._compare)
        try:
            runs = self._new_runs(dataset.x, dataset.y, stats, self._compare)
        except ValueError as exc:
            self.show_message(f"{name}: {exc}", "error")
            return False
        self._set_dataset(dataset, stats, runs)
        self.setWindowTitle(f"gdviz — {lesson.title}")
        self.welcome_note.hide()
        self.lesson_note.show_lesson(lesson.title, lesson.note)
        if lesson.iteration > 0:
            self._stepRequested.emit(lesson.iteration)
        return True

    def capture_lesson(self, title: str, note: str = "") -> Lesson:
        """The window's data, settings, view and shown iteration as a lesson."""
        c = self.controls
        settings = c.optimizer_settings()
        name = settings.pop("name")  # its settings hold the batch size of mini-batch descent
        speed = c.speed()
        return Lesson(
            title=title,
            note=note,
            data=LessonData(*self.data_arrays, self.dataset.x_name, self.dataset.y_name),
            settings=RunSettings(
                optimizer=name,
                hyperparameters=settings,
                iterations=c.iterationsInput.value(),
                initial_b=c.initialBInput.value(),
                initial_m=c.initialMInput.value(),
                normalize=c.normalizeInput.isChecked(),
                seed=c.seedInput.value(),
                speed=None if math.isinf(speed) else speed,
            ),
            view=ViewSettings(
                residuals=self.residualsAction.isChecked(),
                optimum_line=self.optimumAction.isChecked(),
                log_scale=self.logAction.isChecked(),
                squares=self.squaresAction.isChecked(),
                panels={key: not panel.isHidden() for key, panel in self._panels().items()},
            ),
            iteration=self.shown_iteration,
            compare=tuple(
                CompareRun(
                    config.optimizer,
                    {**dict(config.hyperparameters), "learning_rate": config.learning_rate},
                    config.normalize,
                    run_label(*config[:3]),
                )
                for config in self._compare
            ),
            source=Path(self.dataset.path).name if self.dataset.path else None,
        )

    def save_lesson_dialog(self) -> None:
        if self.dataset is None:
            self.show_message("Open a data file first", "info")
            return
        folder = app_settings.last_folder()
        path, _ = QFileDialog.getSaveFileName(self, "Save as lesson", folder, "Lessons (*.gdviz)")
        if path:
            if not path.lower().endswith(SUFFIX):
                path += SUFFIX
            title = self.lesson_note.title or Path(path).stem.replace("-", " ")
            self.save_lesson(path, title, self.lesson_note.note)

    def save_lesson(self, path, title: str, note: str = "") -> bool:
        """Save the window as a lesson file (written atomically)."""
        try:
            save_lesson(path, self.capture_lesson(title, note))
        except (LessonError, OSError) as exc:
            self.show_message(str(exc), "error")
            return False
        self.show_message(f"Saved the lesson {Path(path).name}", "success")
        return True

    def _panels(self) -> dict:
        return {
            "scatter": self.scatter,
            "error": self.error_panel,
            "contour": self.contour,
            "surface": self.surface,
        }

    def load_file(self, path, x_column=None, y_column=None) -> bool:
        """Load a data file as File > Open does; on failure show why and keep the old data.

        Files of :data:`BACKGROUND_BYTES` or more load in the background with a progress
        bar and Cancel; the data shown stays until the new data has arrived.
        """
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
        if size >= BACKGROUND_BYTES:
            self.loadJob.start(str(path), x_column, y_column)
            self.loadProgress.setValue(0)
            self.loadProgress.show()
            self.loadCancelButton.show()
            self.statusBar().showMessage(f"Loading {Path(path).name} ({size / 1e6:.0f} MB)…")
            return True
        try:
            dataset = load_dataset(path, x_column=x_column, y_column=y_column)
            stats = model.fit_statistics(dataset.x, dataset.y)
        except (DataError, ValueError) as exc:
            self.show_message(str(exc), "error")
            return False
        return self._use_dataset(dataset, stats)

    def _use_dataset(self, dataset: Dataset, stats: model.Statistics) -> bool:
        try:
            runs = self._new_runs(dataset.x, dataset.y, stats, self._compare)
        except ValueError as exc:
            self.show_message(str(exc), "error")
            return False
        self.lesson_note.clear()
        self._set_dataset(dataset, stats, runs)
        return True

    def _build_loading(self) -> None:
        self.loadJob = LoadJob(self)
        self.loadProgress = QProgressBar()
        self.loadProgress.setObjectName("loadProgress")
        self.loadProgress.setAccessibleName("Loading progress")
        self.loadProgress.setRange(0, 100)
        self.loadProgress.setFixedWidth(220)
        self.loadProgress.setFormat("Loading %p%")
        self.loadCancelButton = QPushButton("Cancel")
        self.loadCancelButton.setObjectName("loadCancelButton")
        self.loadCancelButton.setAccessibleName("Cancel loading")
        for widget in (self.loadProgress, self.loadCancelButton):
            self.statusBar().addPermanentWidget(widget)
            widget.hide()
        self.loadCancelButton.clicked.connect(self.loadJob.cancel)
        self.loadJob.progress.connect(self.loadProgress.setValue)
        self.loadJob.finished.connect(self._load_finished)
        self.loadJob.failed.connect(self._load_failed)
        self.loadJob.cancelled.connect(self._load_cancelled)

    def _loading_done(self) -> None:
        self.loadProgress.hide()
        self.loadCancelButton.hide()

    def _load_finished(self, dataset) -> None:
        self._loading_done()
        self._use_dataset(dataset, self.loadJob.statistics)

    def _load_failed(self, message: str) -> None:
        self._loading_done()
        self.show_message(message, "error")

    def _load_cancelled(self) -> None:
        self._loading_done()
        self.show_message("Loading cancelled; the data shown is unchanged.", "info")

    def _new_runs(self, x, y, stats: model.Statistics, compare: list[RunConfig]) -> list:
        """The main run from the controls, then one per compared configuration."""
        c = self.controls
        start = {
            "initial_b": c.initialBInput.value(),
            "initial_m": c.initialMInput.value(),
            "random_state": c.seedInput.value(),
            "stats": stats,
        }
        main = Descent(x, y, self._optimizer(), normalize=c.normalizeInput.isChecked(), **start)
        others = [
            Descent(x, y, config.make_optimizer(), normalize=config.normalize, **start)
            for config in compare
        ]
        return [main, *others]

    def _start_runs(self, runs: list) -> None:
        """Hand new runs to the worker; show their iteration 0 at once."""
        self._generation += 1
        self._histories = []
        for run in runs:
            buffer = HistoryBuffer()
            buffer.extend(run.history().copy())
            self._histories.append(buffer)
        main_settings = self.controls.optimizer_settings()
        self._main_normalized = self.controls.normalizeInput.isChecked()
        labels = [
            run_label(main_settings["name"], main_settings["learning_rate"], self._main_normalized),
            *(run_label(*config[:3]) for config in self._compare),
        ]
        self.error_panel.set_runs(labels if len(runs) > 1 else ["error"])
        self.contour.set_runs(len(runs) - 1)
        self.scatter.set_runs(labels[1:])
        self.surface.set_runs(len(runs) - 1)
        self._running = False
        self._live = True
        self._loadRequested.emit(self._generation, runs)
        refresh_theme(self)

    def _set_dataset(self, dataset: Dataset, stats: model.Statistics, runs: list) -> None:
        self.dataset = dataset
        self._stats = stats
        self.analysis = runs[0].analysis
        a = self.analysis
        if self.standardisedAction.isChecked():
            self._view_scaling = standardising(stats)
        self._start_runs(runs)

        self.edits.set_data(dataset.x, dataset.y)
        self.scatter.set_data(
            dataset.x, dataset.y, dataset.x_name, dataset.y_name, (a.b_star, a.m_star)
        )
        self.error_panel.set_optimum(a.mse_star)
        self.stability.set_data(stats, a)
        self._update_stability_settings()
        self._extent = None
        self.controls.set_columns(dataset.columns, dataset.x_column, dataset.y_column)
        summary = dataset.summary()
        self.controls.fileLabel.setText(summary)
        self.statusBar().showMessage(summary)
        name = Path(dataset.path).name if dataset.path else "data"
        self.setWindowTitle(f"gdviz — {name}")
        if dataset.path:
            self._update_recent_menu(app_settings.add_recent_file(str(dataset.path)))
        note = dataset.skipped_note()
        if note:
            self.show_message(note, "warning")
        else:
            self.show_message(summary, "info")
        self._redraw()
        _freeze_startup_objects()

    def _data_edited(self, x, y) -> None:
        """Points were added, moved or removed: every run continues on the new data."""
        if self.dataset is None:
            return
        stats = model.fit_statistics(x, y)
        a = model.analyse(stats)
        self._stats, self.analysis = stats, a
        self._dataRequested.emit(x, y, stats)
        d = self.dataset
        self.scatter.set_data(x, y, d.x_name, d.y_name, (a.b_star, a.m_star), keep_view=True)
        self.error_panel.set_optimum(a.mse_star)
        self.stability.set_data(stats, a)
        self._update_stability_settings()
        if self.standardisedAction.isChecked():
            self._view_scaling = standardising(stats)
        self._extent = None
        self.statusBar().showMessage(
            f"{len(x)} points (edited); least squares b* = {format_number(a.b_star)}, "
            f"m* = {format_number(a.m_star)}, E* = {format_number(a.mse_star)}"
        )
        self._schedule_redraw()

    @property
    def data_arrays(self):
        """The (x, y) the runs use now: the file's data with any edits."""
        return self.edits.x, self.edits.y

    def _columns_chosen(self, x_index: int, y_index: int) -> None:
        if self.dataset is None or self.dataset.path is None:
            return
        if x_index == y_index:
            self.show_message("x and y must be different columns", "error")
            self.controls.set_columns(
                self.dataset.columns, self.dataset.x_column, self.dataset.y_column
            )
            return
        self.load_file(self.dataset.path, x_index, y_index)

    def _update_recent_menu(self, files: list[str]) -> None:
        self.recentMenu.clear()
        for path in files:
            action = self.recentMenu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.load_file(p))
        self.recentMenu.setEnabled(bool(files))

    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_path(urls[0].toLocalFile())

    # ------------------------------------------------------------------ controls
    def _optimizer(self):
        settings = self.controls.optimizer_settings()
        return make_optimizer(settings.pop("name"), **settings)

    def _send_optimizer(self) -> None:
        try:
            optimizer = self._optimizer()
        except ValueError as exc:
            self.show_message(str(exc), "error")
            return
        self._seedRequested.emit(self.controls.seedInput.value())
        self._optimizerRequested.emit(optimizer)

    def _update_stability_settings(self) -> None:
        """The learning-rate zones and the stability panel follow the settings."""
        if self._stats is None:
            return
        c = self.controls
        normalize = c.normalizeInput.isChecked()
        c.rateGauge.set_limits(stability.rate_limits(self._stats, normalize))
        self.stability.set_settings(
            c.learningRateInput.value(),
            normalize,
            c.initialBInput.value(),
            c.initialMInput.value(),
            c.optimizer_name,
        )

    def _divergence_warning(self) -> str | None:
        c = self.controls
        return stability.divergence_warning(
            self._stats, c.learningRateInput.value(), c.normalizeInput.isChecked(), c.optimizer_name
        )

    def _use_safe_rate(self) -> None:
        """Set a learning rate that converges, and start again from the beginning."""
        c = self.controls
        rate = stability.retry_learning_rate(
            self._stats, c.learningRateInput.value(), c.normalizeInput.isChecked(), c.optimizer_name
        )
        c.learningRateInput.setValue(rate)
        self._reset()
        self.show_message(f"Learning rate set to {format_number(rate)}; press Start.", "info")

    def _start_or_pause(self) -> None:
        if self.dataset is None:
            self.show_message("Open a data file first (File > Open, Ctrl+O)", "info")
            self.controls.set_running(False)
            return
        warning = None if self._running else self._divergence_warning()
        if warning:
            # said before the run starts; the run goes ahead, so the class sees it happen
            self.show_message(warning, "warning")
        if self._running:
            self._running = False
            self._pauseRequested.emit()
        else:
            self._replay_from_shown()
            self._running = True
            self._startRequested.emit()
        self.controls.set_running(self._running)

    def _pause(self) -> None:
        """Pause a run (before exporting, so the history holds still)."""
        if self._running:
            self._running = False
            self._pauseRequested.emit()
            self.controls.set_running(False)

    def _step(self, k: int) -> None:
        if self.dataset is None:
            return
        self._replay_from_shown()
        self._stepRequested.emit(k)

    def _ten_steps(self) -> None:
        self._step(10)

    def _replay_from_shown(self) -> None:
        """Stepping from a past iteration replays from there: later iterations go."""
        latest = len(self.history) - 1
        if self._live or self._shown >= latest:
            self._live = True
            return
        shown = self._shown
        for buffer in self._histories:
            buffer.truncate(min(shown + 1, len(buffer)))
        self._live = True
        self._generation += 1  # frames sent before the rewind are stale now
        self._rewindRequested.emit(self._generation, shown)
        self.show_message(
            f"Replaying from iteration {shown}: the {latest - shown} iterations after it "
            "were discarded.",
            "info",
        )

    def _apply_comparison(self) -> None:
        """Restart every run from the start with the compared configurations."""
        if self.dataset is None:
            return
        self._compare = self.compare_box.configs()
        try:
            runs = self._new_runs(*self.data_arrays, self._stats, self._compare)
        except ValueError as exc:
            self.show_message(str(exc), "error")
            return
        self._start_runs(runs)
        self._redraw()
        count = len(self._compare)
        self.show_message(
            f"Comparing {count + 1} runs from the same start." if count else "One run again.",
            "info",
        )

    def _reset(self) -> None:
        if self.dataset is None:
            return
        c = self.controls
        self._generation += 1
        self._running = False
        self._live = True
        self._main_normalized = c.normalizeInput.isChecked()
        self.controls.set_running(False)
        self._resetRequested.emit(
            self._generation,
            c.initialBInput.value(),
            c.initialMInput.value(),
            c.normalizeInput.isChecked(),
        )
        self.messages.clear_message()

    # ------------------------------------------------------------------ frames
    @Slot(object)
    def _on_frame(self, frame: Frame) -> None:
        if frame.generation != self._generation or self._closed:
            return  # from before a reset or a new data set
        for buffer, run in zip(self._histories, frame.runs, strict=False):
            rows = run.rows
            if len(rows):
                first = int(rows.iteration[0])
                if first < len(buffer):
                    buffer.truncate(first)
                buffer.extend(rows)
        self._running = frame.running
        self.controls.set_running(frame.running)
        diverged_at = frame.runs[0].diverged_at
        if diverged_at != self._diverged_at:
            self._diverged_at = diverged_at
            self.stability.mark_divergence(diverged_at)
            self.error_panel.mark_divergence(diverged_at)
            self.contour.mark_divergence(diverged_at is not None)
        if frame.diverged and frame.message:
            c = self.controls
            explanation = stability.divergence_explanation(
                self._stats,
                c.learningRateInput.value(),
                diverged_at,
                c.normalizeInput.isChecked(),
                c.optimizer_name,
            )
            retry = stability.retry_learning_rate(
                self._stats,
                c.learningRateInput.value(),
                c.normalizeInput.isChecked(),
                c.optimizer_name,
            )
            self.show_message(
                f"diverged at iteration {diverged_at}: {explanation}",
                "error",
                f"Retry with η = {format_number(retry)}",
                self._use_safe_rate,
            )
        elif frame.message:
            level = "success" if frame.converged else "warning"
            if frame.message.startswith("Already"):
                level = "info"
            if frame.message.startswith("diverged"):
                level = "error"
            self.show_message(frame.message, level)
        self._schedule_redraw()

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self.show_message(message, "error")

    def _schedule_redraw(self, *_args) -> None:
        if not self._redraw_pending:
            self._redraw_pending = True
            QTimer.singleShot(0, self, self._redraw)

    def _redraw(self) -> None:
        self._redraw_pending = False
        if self.dataset is None or len(self.history) == 0 or self._closed:
            return
        self._redraw_started = time.perf_counter()
        h = self.history
        latest = len(h) - 1
        i = latest if self._live else min(self._shown, latest)
        self._shown = i
        rows = h.rows()
        idx = sample_indices(i + 1, PATH_POINTS)
        pb, pm = self._view_scaling.to_scaled(rows.b[idx], rows.m[idx])
        pe = rows.error[idx]
        compare = []  # (run rows, the row shown, path b, m and error) of compared runs
        for buffer in self._histories[1:]:
            run_rows = buffer.rows()
            last = min(i, len(buffer) - 1)
            run_idx = sample_indices(last + 1, PATH_POINTS)
            run_b, run_m = self._view_scaling.to_scaled(run_rows.b[run_idx], run_rows.m[run_idx])
            compare.append((run_rows, last, run_b, run_m, run_rows.error[run_idx]))
        all_b = np.concatenate([pb, *(c[2] for c in compare)])
        all_m = np.concatenate([pm, *(c[3] for c in compare)])
        if self._extent is None or not core_surface.contains(self._extent, all_b, all_m):
            self._update_surface(all_b, all_m)
            if self._running and not self._surface_just_updated:
                # a new grid is a frame's work of its own (the 3D view draws it anew):
                # the rest of this frame follows on the next turn of the event loop
                self._surface_just_updated = True
                self._redraw_pending = True
                QTimer.singleShot(0, self, self._redraw)
                return
        self._surface_just_updated = False

        b, m, error, grad_b, grad_m, _lr = h.row(i)
        self.controls.readout.setText(self.readout_text(i, b, m, error, grad_b, grad_m))
        if self.big_display.isVisible():
            self.big_display.set_values(i, error, b, m)
        self.timeline.set_position(i, latest, self._live)
        self.scatter.set_line(b, m)
        curve = peak_indices(rows.error, CURVE_POINTS)
        self.error_panel.set_curve(rows.iteration[curve], rows.error[curve])
        self.error_panel.set_current(i, error, latest=i == latest)
        if self.stabilityDock.isVisible():
            self.stability.set_history(rows.iteration[curve], rows.error[curve])
        for r, (run_rows, last, *_path) in enumerate(compare, start=1):
            run_curve = peak_indices(run_rows.error, CURVE_POINTS)
            self.error_panel.set_compare_curve(
                r, run_rows.iteration[run_curve], run_rows.error[run_curve]
            )
            self.scatter.set_compare_line(r, float(run_rows.b[last]), float(run_rows.m[last]))
        self.contour.set_path(pb, pm, pe)
        self.surface.set_path(pb, pm, pe)
        for r, (_rows, _last, *path) in enumerate(compare, start=1):
            self.contour.set_compare_path(r, path[0], path[1])
            self.surface.set_compare_path(r, *path)
        view = self._view_scaling
        point = (*view.to_scaled(b, m), error)
        gradient = view.gradient_to_scaled(grad_b, grad_m)
        previous = None
        if i > 0:
            pb_prev, pm_prev, pe_prev = h.row(i - 1)[:3]
            previous = (*view.to_scaled(pb_prev, pm_prev), pe_prev)
        self.contour.set_arrows(point, gradient, previous)
        self.surface.set_arrows(point, gradient, previous)
        self._update_math(i)
        # runs after the paint events this redraw has just posted
        QTimer.singleShot(0, self, self._drawn)

    def _update_math(self, i: int) -> None:
        """Explain the step from the shown iteration to the next (a few times a second
        at most while a run plays: explaining takes time for large data)."""
        if not self.mathDock.isVisible():
            return
        now = time.perf_counter()
        if self._running and now - self._math_shown_at < 0.25:
            return
        self._math_shown_at = now
        try:
            optimizer = self._optimizer()
        except ValueError:
            return
        normalize = self._main_normalized  # the units run 0 descends in
        explanation = explain_step(
            *self.data_arrays,
            self.history.rows(i, i + 2),
            i,
            optimizer,
            standardising(self._stats) if normalize else IDENTITY,
            self.controls.seedInput.value(),
        )
        self.math_panel.show_explanation(explanation)

    # ------------------------------------------------------------------ history
    def show_iteration(self, iteration: int) -> None:
        """Show every panel as it was at ``iteration`` (clamped to what has been done)."""
        latest = len(self.history) - 1
        self._shown = max(0, min(int(iteration), latest))
        self._live = self._shown == latest and not self._running
        self._redraw()

    def follow_latest(self) -> None:
        """Back to showing the newest iteration as it comes."""
        self._live = True
        self._redraw()

    @property
    def shown_iteration(self) -> int:
        """The iteration the panels show."""
        return len(self.history) - 1 if self._live else self._shown

    def _change_speed(self, direction: int) -> None:
        slider = self.controls.speedInput
        slider.setValue(slider.value() + direction)

    def _show_big(self, on: bool) -> None:
        self.big_display.setVisible(on)

    def _set_standardised_view(self, on: bool) -> None:
        """Draw the surface panels over (b, m) or over the standardised (b′, m′)."""
        if self._stats is not None:
            self._view_scaling = standardising(self._stats) if on else IDENTITY
        names = (
            ("b′ (standardised)", "m′ (standardised)")
            if on
            else (
                "b (intercept)",
                "m (slope)",
            )
        )
        for panel in (self.contour, self.surface):
            panel.set_axis_names(*names, "error (MSE)")
        self.contour.set_standardised(on)
        self._extent = None
        self._schedule_redraw()

    def _set_show_arrows(self, show: bool) -> None:
        self.contour.set_show_arrows(show)
        self.surface.set_show_arrows(show)

    def _drawn(self) -> None:
        """Ask for the next frame a moment after this one is drawn.

        Clicks and keys that came while the panels drew are handled first (they are
        queued before the timer fires), so they wait at most one frame even while the
        descent runs flat out.
        """
        spent_ms = int(1000 * (time.perf_counter() - self._redraw_started))
        QTimer.singleShot(min(spent_ms, FRAME_GAP_MS), self, self._request_frame)

    def _request_frame(self) -> None:
        if not self._closed:
            self._frameDrawn.emit()

    def _surface_resolution_changed(self, _resolution: int) -> None:
        """The 3D view draws faster or slower than it should: a new grid on the next frame."""
        self._extent = None
        self._schedule_redraw()

    def _update_surface(self, path_b, path_m) -> None:
        """A new grid covering the optimum and the paths (in the panels' coefficients)."""
        a = self.analysis
        view = self._view_scaling
        self._extent = core_surface.surface_range(
            view.statistics(self._stats), path_b, path_m, square=not view.is_identity
        )
        scaling = None if view.is_identity else view
        grid = core_surface.surface(self._stats, self._extent, SURFACE_RESOLUTION, scaling)
        optimum = (*view.to_scaled(a.b_star, a.m_star), a.mse_star)
        self.contour.set_surface(grid.b, grid.m, grid.error, optimum)
        resolution = getattr(self.surface, "resolution", SURFACE_RESOLUTION)
        if resolution != SURFACE_RESOLUTION:  # the 3D view draws a coarser grid fluidly
            grid = core_surface.surface(self._stats, self._extent, resolution, scaling)
        self.surface.set_surface(grid.b, grid.m, grid.error, optimum)

    def readout_text(self, iteration, b, m, error, grad_b, grad_m) -> str:
        a = self.analysis

        def f(v):
            return format_number(v, DIGITS)

        return "\n".join(
            [
                f"iteration {iteration}",
                f"b = {f(b)}",
                f"m = {f(m)}",
                f"error = {f(error)}",
                f"∂E/∂b = {f(grad_b)}",
                f"∂E/∂m = {f(grad_m)}",
                f"least squares: b* = {f(a.b_star)}",
                f"m* = {f(a.m_star)}",
                f"E* = {f(a.mse_star)}",
            ]
        )

    # ------------------------------------------------------------------ messages
    def show_message(
        self, text: str, level: str = "info", action_label: str | None = None, action=None
    ) -> None:
        """One line in the message area, with an optional one-click action beside it."""
        self.messages.show_message(text, level, action_label, action)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About gdviz",
            f"<b>gdviz {__version__}</b><br>Watch gradient descent fit a straight line:"
            " the data, the error curve and the (b, m, error) surface, step by step.",
        )

    # ------------------------------------------------------------------ shutdown
    def shutdown(self) -> None:
        """Stop the worker and join its thread (safe to call more than once)."""
        if self._closed:
            return
        self._closed = True
        self.loadJob.stop_and_wait()
        if self._thread.isRunning():
            self._stopRequested.emit()
        self._thread.quit()
        if not self._thread.wait(5000):  # pragma: no cover - a stuck worker
            self._thread.terminate()
            self._thread.wait()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    @property
    def worker_thread(self) -> QThread:
        return self._thread

    @property
    def history(self) -> HistoryBuffer:
        """The main run's history rows received from the worker."""
        return self._histories[0]

    @property
    def histories(self) -> list[HistoryBuffer]:
        """Every run's history, main run first."""
        return list(self._histories)

"""The main window: controls on the left, four panels that move together on the right."""

from __future__ import annotations

import atexit
import time
import weakref
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import model
from ..core import surface as core_surface
from ..core.data import DataError, Dataset, load_dataset
from ..core.descent import Descent
from ..core.history import HistoryBuffer, peak_indices, sample_indices
from ..core.optimizers import make_optimizer
from ..resources import default_data_path, example_files
from . import settings as app_settings
from .contour_panel import ContourPanel
from .controls import ControlPanel
from .error_panel import ErrorPanel
from .message_bar import MessageBar
from .number_input import format_number
from .opengl import opengl_available
from .scatter_panel import ScatterPanel
from .worker import DescentWorker, Frame

__all__ = ["MainWindow"]

#: Open windows, so that their worker threads are joined even if the program exits
#: without closing them ("QThread: Destroyed while thread is still running" aborts).
_OPEN_WINDOWS: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _shut_down_open_windows() -> None:
    for window in list(_OPEN_WINDOWS):
        window.shutdown()


#: Points of the descent path drawn on the surface panels (the history keeps all).
PATH_POINTS = 3000
#: Points of the error curve drawn (peaks kept; the history keeps all).
CURVE_POINTS = 4000
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

    def __init__(self, path: str | Path | None = None, *, load_default: bool = True):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("gdviz")
        self.setAcceptDrops(True)
        self.resize(1280, 720)
        self.dataset: Dataset | None = None
        self.analysis: model.Analysis | None = None
        self._stats: model.Statistics | None = None
        self._history = HistoryBuffer()
        self._generation = 0
        self._running = False
        self._finished = False
        self._extent: core_surface.SurfaceRange | None = None
        self._redraw_pending = False
        self._redraw_started = 0.0
        self._closed = False

        self._build_panels()
        self._build_actions()
        self._start_worker()
        self._connect_controls()
        if path is not None:
            self.load_file(path)
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
        self.error_panel = ErrorPanel()
        self.contour = ContourPanel()
        self.has_opengl = opengl_available()
        if self.has_opengl:
            from .surface_panel import SurfacePanel

            self.surface = SurfacePanel()
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
        self.message_bar = MessageBar()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(panels, 1)
        right_layout.addWidget(self.message_bar)

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setSizes([scroll.minimumWidth(), 1280 - scroll.minimumWidth()])
        self.setCentralWidget(main)
        self.statusBar().showMessage("Ready")

    def _build_actions(self) -> None:
        c = self.controls
        self.openAction = self._action("&Open…", QKeySequence.StandardKey.Open, self.open_dialog)
        self.openAction.setToolTip("Open a data file (Ctrl+O)")
        self.startAction = self._action("Start/Pause", "Space", c.startButton.click)
        self.stepAction = self._action("Step", "Right", c.stepButton.click)
        self.resetAction = self._action("Reset", "R", c.resetButton.click)
        self.residualsAction = self._toggle("Residuals", True, self.scatter.set_show_residuals)
        self.optimumAction = self._toggle("Least-squares line", True, self.scatter.set_show_optimum)
        self.logAction = self._toggle("Log error scale", False, self.error_panel.set_log_scale)
        quit_action = self._action("&Quit", QKeySequence.StandardKey.Quit, self.close)

        menu = self.menuBar().addMenu("&File")
        menu.addAction(self.openAction)
        self.recentMenu = menu.addMenu("Open &Recent")
        self.examplesMenu = menu.addMenu("Open &Example")
        for path in example_files():
            action = self.examplesMenu.addAction(path.name)
            action.triggered.connect(lambda _=False, p=path: self.load_file(p))
        menu.addSeparator()
        menu.addAction(quit_action)
        run_menu = self.menuBar().addMenu("&Run")
        for action in (self.startAction, self.stepAction, self.resetAction):
            run_menu.addAction(action)
        view = self.menuBar().addMenu("&View")
        for action in (self.residualsAction, self.optimumAction, self.logAction):
            view.addAction(action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&About gdviz", None, self._about))
        self._update_recent_menu(app_settings.recent_files())

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.openAction)
        toolbar.addSeparator()
        for action in (self.residualsAction, self.optimumAction, self.logAction):
            toolbar.addAction(action)

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
        c.stepClicked.connect(lambda: self._stepRequested.emit(1))
        c.resetClicked.connect(self._reset)
        c.optimizerChanged.connect(self._send_optimizer)
        c.startingPointChanged.connect(self._reset)
        c.iterationsChanged.connect(self._targetRequested)
        c.speedChanged.connect(self._speedRequested)
        c.columnsChanged.connect(self._columns_chosen)

    # ------------------------------------------------------------------ loading
    def open_dialog(self) -> None:
        settings = app_settings.app_settings()
        folder = str(settings.value("lastFolder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self, "Open data file", folder, "Data files (*.csv *.tsv *.txt *.dat);;All files (*)"
        )
        if path:
            settings.setValue("lastFolder", str(Path(path).parent))
            self.load_file(path)

    def load_file(self, path, x_column=None, y_column=None) -> bool:
        """Load a data file as File > Open does; on failure show why and keep the old data."""
        try:
            dataset = load_dataset(path, x_column=x_column, y_column=y_column)
            stats = model.fit_statistics(dataset.x, dataset.y)
            descent = self._new_descent(dataset, stats)
        except (DataError, ValueError) as exc:
            self.show_message(str(exc), "error")
            return False
        self._set_dataset(dataset, stats, descent)
        return True

    def _new_descent(self, dataset: Dataset, stats: model.Statistics) -> Descent:
        c = self.controls
        return Descent(
            dataset.x,
            dataset.y,
            self._optimizer(),
            initial_b=c.initialBInput.value(),
            initial_m=c.initialMInput.value(),
            normalize=c.normalizeInput.isChecked(),
            random_state=c.seedInput.value(),
            stats=stats,
        )

    def _set_dataset(self, dataset: Dataset, stats: model.Statistics, descent: Descent) -> None:
        self.dataset = dataset
        self._stats = stats
        self.analysis = descent.analysis
        a = self.analysis
        self._generation += 1
        self._history = HistoryBuffer()
        self._history.extend(descent.history().copy())
        self._running = False
        self._loadRequested.emit(self._generation, descent)

        self.scatter.set_data(
            dataset.x, dataset.y, dataset.x_name, dataset.y_name, (a.b_star, a.m_star)
        )
        self.error_panel.set_optimum(a.mse_star)
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
            self.load_file(urls[0].toLocalFile())

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

    def _start_or_pause(self) -> None:
        if self.dataset is None:
            self.show_message("Open a data file first (File > Open, Ctrl+O)", "info")
            self.controls.set_running(False)
            return
        if self._running:
            self._running = False
            self._pauseRequested.emit()
        else:
            self._running = True
            self._startRequested.emit()
        self.controls.set_running(self._running)

    def _reset(self) -> None:
        if self.dataset is None:
            return
        c = self.controls
        self._generation += 1
        self._running = False
        self.controls.set_running(False)
        self._resetRequested.emit(
            self._generation,
            c.initialBInput.value(),
            c.initialMInput.value(),
            c.normalizeInput.isChecked(),
        )
        self.message_bar.clear_message()

    # ------------------------------------------------------------------ frames
    @Slot(object)
    def _on_frame(self, frame: Frame) -> None:
        if frame.generation != self._generation or self._closed:
            return  # from before a reset or a new data set
        rows = frame.rows
        if len(rows):
            first = int(rows.iteration[0])
            if first < len(self._history):
                self._history.truncate(first)
            self._history.extend(rows)
        self._running = frame.running
        self._finished = frame.finished
        self.controls.set_running(frame.running)
        if frame.message:
            level = "error" if frame.diverged else ("success" if frame.converged else "warning")
            if frame.message.startswith("Already"):
                level = "info"
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
        if self.dataset is None or len(self._history) == 0 or self._closed:
            return
        self._redraw_started = time.perf_counter()
        h = self._history
        it, b, m, error, grad_b, grad_m, _lr = (len(h) - 1, *h.row(len(h) - 1))
        self.controls.readout.setText(self.readout_text(it, b, m, error, grad_b, grad_m))
        self.scatter.set_line(b, m)
        rows = h.rows()
        curve = peak_indices(rows.error, CURVE_POINTS)
        self.error_panel.set_curve(rows.iteration[curve], rows.error[curve])
        idx = sample_indices(len(h), PATH_POINTS)
        pb, pm, pe = rows.b[idx], rows.m[idx], rows.error[idx]
        if self._extent is None or not core_surface.contains(self._extent, pb, pm):
            self._update_surface(pb, pm)
        self.contour.set_path(pb, pm, pe)
        self.surface.set_path(pb, pm, pe)
        # runs after the paint events this redraw has just posted
        QTimer.singleShot(0, self, self._drawn)

    def _drawn(self) -> None:
        """Ask for the next frame once as much time again as drawing took has passed.

        Drawing then takes at most half of the GUI thread's time, so clicks and keys
        are answered promptly even while the descent runs flat out.
        """
        spent_ms = int(1000 * (time.perf_counter() - self._redraw_started))
        QTimer.singleShot(min(spent_ms, 100), self, self._request_frame)

    def _request_frame(self) -> None:
        if not self._closed:
            self._frameDrawn.emit()

    def _update_surface(self, path_b, path_m) -> None:
        a = self.analysis
        self._extent = core_surface.surface_range(self._stats, path_b, path_m)
        grid = core_surface.surface(self._stats, self._extent, SURFACE_RESOLUTION)
        optimum = (a.b_star, a.m_star, a.mse_star)
        self.contour.set_surface(grid.b, grid.m, grid.error, optimum)
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
    def show_message(self, text: str, level: str = "info") -> None:
        self.message_bar.show_message(text, level)

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
        """What the window shows: the history rows received from the worker."""
        return self._history

"""The session: the one place where the window's state lives.

It holds the data (through its edit stack), the settings of the main run and of the
compared runs (:class:`~gdviz.core.settings.RunSettings`), what the window shows
(:class:`ViewState`), the iteration shown, whether the runs are stepping, and the newest
:class:`~gdviz.gui.worker.Frame` of the runs' histories. The histories themselves are
owned by the runs in the worker's thread; the session only reads the read-only views
the worker publishes.

Widgets and panels are views: they render from the session when it says something
changed, and send intents back (:meth:`Session.update_settings`, :meth:`Session.start`,
:meth:`Session.show_iteration`, …). Nothing reads a widget to learn the state. Each
signal is emitted only on a real change.
"""

from __future__ import annotations

import dataclasses
import math
import os
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from ..core import model, stability, words
from ..core.data import DataError, Dataset, checked_statistics, load_dataset
from ..core.descent import Descent, RunView
from ..core.guess import Guess
from ..core.lesson import (
    MAX_NAME as MAX_COLUMN_NAME,
)
from ..core.lesson import PANEL_NAMES, ViewSettings
from ..core.settings import RunSettings
from .data_edits import DataEditStack
from .lesson_player import LessonIntents
from .load_job import LoadJob
from .objective_intents import ObjectiveIntents
from .optimum_job import OptimumJob, needs_background
from .teaching import TeachingIntents
from .worker import DescentWorker, Frame

__all__ = ["PANELS", "Level", "Notice", "Session", "ViewState"]

#: The window's panels, by the names lessons use.
PANELS = PANEL_NAMES
#: Files this large load in the background (the window stays responsive).
BACKGROUND_BYTES = 5_000_000

#: Open sessions, so that their worker threads are joined even if the program exits
#: without closing them ("QThread: Destroyed while thread is still running" aborts).
OPEN_SESSIONS: weakref.WeakSet = weakref.WeakSet()


class Level(Enum):
    """How a notice is shown."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


class Notice(NamedTuple):
    """One line for the message area, with an optional one-click action."""

    text: str
    level: Level = Level.INFO
    action_label: str | None = None
    action: object = None  # a callable


@dataclass(frozen=True)
class ViewState:
    """What the window shows (lessons keep the first five fields)."""

    residuals: bool = True
    optimum_line: bool = True
    log_scale: bool = False
    squares: bool = False
    panels: Mapping[str, bool] = field(default_factory=lambda: dict.fromkeys(PANELS, True))
    arrows: bool = True
    standardised: bool = False
    big_display: bool = False
    #: The panels presentation mode shows, in order: one, two or four of :data:`PANELS`.
    presentation: tuple[str, ...] = PANELS
    #: Clicks on the data panel add, move and delete points (off: the data cannot be
    #: knocked over by a stray click).
    edit_points: bool = False
    #: Predict, then reveal: the least-squares line, the optimum and their numbers are
    #: hidden until Reveal, and a click on the contour map places a guess.
    hidden: bool = False
    #: What a click on the contour map guesses: "step" (where the next step lands) or
    #: "optimum" (gdviz.core.guess.KINDS).
    guess_kind: str = "step"
    #: The class's guess on the contour map, or None.
    guess: Guess | None = None
    #: My line (b, m), placed by hand on the data panel, or None.
    my_line: tuple[float, float] | None = None
    #: Plain language: the main window says in words what the symbols say (η, λ, ρ, ∂E/∂b).
    plain: bool = False

    def __post_init__(self) -> None:
        panels = {name: bool(self.panels.get(name, True)) for name in PANELS}
        object.__setattr__(self, "panels", MappingProxyType(panels))
        shown = tuple(dict.fromkeys(name for name in self.presentation if name in PANELS))
        object.__setattr__(self, "presentation", shown or PANELS)

    def replace(self, **changes) -> ViewState:
        return dataclasses.replace(self, **changes)

    def with_lesson(self, view: ViewSettings) -> ViewState:
        panels = {name: view.panels.get(name, True) for name in PANELS}
        if not any(panels.values()):  # a window with no panel helps nobody
            panels = dict.fromkeys(PANELS, True)
        return self.replace(
            residuals=view.residuals,
            optimum_line=view.optimum_line,
            log_scale=view.log_scale,
            squares=view.squares,
            panels=panels,
            presentation=view.presentation or PANELS,
            hidden=view.hidden,
        )

    def lesson_view(self) -> ViewSettings:
        return ViewSettings(
            residuals=self.residuals,
            optimum_line=self.optimum_line,
            log_scale=self.log_scale,
            squares=self.squares,
            panels=dict(self.panels),
            presentation=() if self.presentation == PANELS else self.presentation,
            hidden=self.hidden,
        )


class Session(LessonIntents, TeachingIntents, ObjectiveIntents, QObject):
    """The window's state and the intents that change it; owns the descent worker.

    The teaching intents (predict, then reveal; My line) are in
    :class:`~gdviz.gui.teaching.TeachingIntents`; the chosen error's in
    :class:`~gdviz.gui.objective_intents.ObjectiveIntents`.
    """

    datasetChanged = Signal()  # new data: a file, a lesson or an edit
    settingsChanged = Signal(object)  # the main run's RunSettings
    compareChanged = Signal(object)  # tuple of the compared runs' RunSettings
    viewChanged = Signal(object)  # ViewState
    frameChanged = Signal()  # new rows, or another iteration shown
    runningChanged = Signal(bool)
    lessonChanged = Signal(str, str)  # title and note ("" and "": no lesson)
    stepChanged = Signal()  # another lesson step, or news of its checkpoint
    objectiveChanged = Signal()  # another loss, δ or λ: new optimum, runs anew
    noticed = Signal(object)  # Notice; Notice("") clears the message area
    loadProgress = Signal(int)  # percent
    loadingChanged = Signal(bool)

    # requests to the worker, queued across threads
    _runsRequested = Signal(object)
    _resetRequested = Signal(float, float, bool)
    _mainRequested = Signal(object, int, bool)
    _targetRequested = Signal(int)
    _speedRequested = Signal(float)
    _startRequested = Signal()
    _pauseRequested = Signal()
    _stepRequested = Signal(int)
    _rewindRequested = Signal(int)
    _dataRequested = Signal(object, object, object)
    _stopRequested = Signal()
    _drawnRequested = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.stats: model.Statistics | None = None
        self.analysis: model.Analysis | None = None
        self.settings = RunSettings()
        self.compare: tuple[RunSettings, ...] = ()
        self.view = ViewState()
        self.lesson_title = ""
        self.lesson_note = ""
        self.frame: Frame | None = None
        self._shown: int | None = None  # None: follow the newest iteration
        self._closed = False
        self.edits = DataEditStack(self)
        self.edits.dataChanged.connect(self._data_edited)
        self.edits.editRefused.connect(lambda text: self.notice(text, Level.ERROR))
        self.loadJob = LoadJob(self)
        self.loadJob.progress.connect(self.loadProgress)
        self.loadJob.finished.connect(self._load_finished)
        self.loadJob.failed.connect(self._load_failed)
        self.loadJob.cancelled.connect(self._load_cancelled)
        self.optimumJob = OptimumJob(self)
        self.optimumJob.finished.connect(self._optimum_found)
        self.optimumJob.failed.connect(self._optimum_failed)
        self.frameChanged.connect(self._score_step_guess)
        self._connect_lessons()
        self._start_worker()

    # ------------------------------------------------------------------ worker
    def _start_worker(self) -> None:
        self._thread = QThread()
        self._thread.setObjectName("gdviz-descent")
        self.worker = DescentWorker()
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.setUp)
        self._thread.finished.connect(self.worker.deleteLater)
        w = self.worker
        self._runsRequested.connect(w.setRuns)
        self._resetRequested.connect(w.reset)
        self._mainRequested.connect(w.setMainSettings)
        self._targetRequested.connect(w.setTarget)
        self._speedRequested.connect(w.setSpeed)
        self._startRequested.connect(w.start)
        self._pauseRequested.connect(w.pause)
        self._stepRequested.connect(w.step)
        self._rewindRequested.connect(w.rewind)
        self._dataRequested.connect(w.setData)
        self._drawnRequested.connect(w.frameDrawn)
        # blocking: the worker stops its timer in its own thread before the thread quits
        self._stopRequested.connect(w.stop, Qt.ConnectionType.BlockingQueuedConnection)
        w.frameReady.connect(self._frame_ready)
        w.failed.connect(self._worker_failed)
        self._thread.start()
        OPEN_SESSIONS.add(self)
        self._send_pace()

    @property
    def worker_thread(self) -> QThread:
        return self._thread

    def shutdown(self) -> None:
        """Stop loading and the worker, and join their threads (safe to call twice)."""
        if self._closed:
            return
        self._closed = True
        self.loadJob.stop_and_wait()
        self.optimumJob.forget()
        self.optimumJob.wait()
        if self._thread.isRunning():
            self._stopRequested.emit()
        self._thread.quit()
        if not self._thread.wait(5000):  # pragma: no cover - a stuck worker
            self._thread.terminate()
            self._thread.wait()

    @Slot()
    def _frame_ready(self) -> None:
        frame = self.worker.latest()
        if self._closed or frame is None or frame is self.frame:
            return
        self._take_frame(frame)

    def frame_drawn(self) -> None:
        """The window has drawn the newest frame: the worker may send the next."""
        if self._closed:
            return
        newer = self.worker.latest()
        if newer is not None and newer is not self.frame:
            self._take_frame(newer)  # published while the window was busy
        self._drawnRequested.emit()

    def _take_frame(self, frame: Frame) -> None:
        before = self.frame
        self.frame = frame
        if before is None or before.running != frame.running:
            self.runningChanged.emit(frame.running)
        self.frameChanged.emit()
        self._announce(before, frame)

    @Slot(str)
    def _worker_failed(self, message: str) -> None:
        self.notice(message, Level.ERROR)

    # ------------------------------------------------------------------ reading
    @property
    def running(self) -> bool:
        return self.frame is not None and self.frame.running

    @property
    def runs(self) -> tuple[RunView, ...]:
        return self.frame.runs if self.frame is not None else ()

    @property
    def main_run(self) -> RunView | None:
        return self.frame.main if self.frame is not None else None

    @property
    def latest_iteration(self) -> int:
        return self.main_run.iteration if self.frame is not None else 0

    @property
    def shown_iteration(self) -> int:
        """The iteration the panels show."""
        latest = self.latest_iteration
        return latest if self._shown is None else min(self._shown, latest)

    @property
    def live(self) -> bool:
        return self._shown is None or self._shown >= self.latest_iteration

    @property
    def x(self):
        return self.edits.x

    @property
    def y(self):
        return self.edits.y

    def run_settings(self) -> tuple[RunSettings, ...]:
        """Every run's settings as they are now, main run first."""
        return (self.settings, *self.compare)

    # ------------------------------------------------------------------ notices
    def notice(self, text: str, level: Level = Level.INFO, action_label=None, action=None):
        self.noticed.emit(Notice(text, level, action_label, action))

    def _announce(self, before: Frame | None, frame: Frame) -> None:
        """Say how the runs stand when stepping ended by itself (a divergence, the end)."""
        if before is None or frame.endings == before.endings or self.analysis is None:
            return
        main = frame.main
        diverged = [
            (number, run.diverged_at)
            for number, run in enumerate(frame.runs[1:], start=2)
            if run.diverged_at is not None
        ]
        if main.diverged_at is not None:
            self._say_divergence(main)
        elif diverged:
            self.notice(words.compared_divergence(diverged), Level.ERROR)
        elif main.iteration >= frame.target or self._stopped_at_convergence(main):
            level = Level.SUCCESS if main.converged else Level.WARNING
            self.notice(self._outcome_words(main), level)

    def _stopped_at_convergence(self, main: RunView) -> bool:
        return self.settings.stop_when_converged and main.converged_at == main.iteration

    def _say_divergence(self, main: RunView) -> None:
        if main.stop_message:  # a step that could not be taken (no curvature)
            self.notice(main.stop_message, Level.ERROR)
            return
        optimizer = main.diverged_with  # the step that failed, whatever is set now
        rate, name = optimizer.learning_rate, optimizer.name
        if main.state_overflow:
            self.notice(words.state_overflow(main, name), Level.ERROR)
            return
        explanation = stability.divergence_explanation(
            self.stats, rate, main.diverged_at, main.normalize, name, self.view.plain
        )
        retry = stability.retry_learning_rate(self.stats, rate, main.normalize, name)
        text = QCoreApplication.translate("Session", "diverged at iteration {n}: {explanation}")
        self.notice(
            text.format(n=main.diverged_at, explanation=explanation),
            Level.ERROR,
            words.retry_label(retry, self.view.plain),
            lambda: self.retry_with(retry),
        )

    # ------------------------------------------------------------------ data
    def open_path(self, path) -> bool:
        """Open a lesson (``.gdviz``) or a data file, by its name."""
        if str(path).lower().endswith(".gdviz"):
            return self.open_lesson(path)
        return self.load_file(path)

    def load_file(self, path, x_column=None, y_column=None) -> bool:
        """Load a data file; on failure say why and keep what is loaded.

        Files of :data:`BACKGROUND_BYTES` or more load in the background (Cancel stops
        them); the data shown stays until the new data has arrived.
        """
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
        if size >= BACKGROUND_BYTES:
            self.loadJob.start(str(path), x_column, y_column)
            self.loadingChanged.emit(True)
            text = QCoreApplication.translate("Session", "Loading {name} ({size} MB)…")
            self.notice(text.format(name=Path(path).name, size=f"{size / 1e6:.0f}"))
            return True
        try:
            dataset = load_dataset(path, x_column=x_column, y_column=y_column)
            stats = checked_statistics(dataset)  # a refusal names the file
        except (DataError, ValueError) as exc:
            self.notice(str(exc), Level.ERROR)
            return False
        return self.use_dataset(dataset, stats)

    def use_dataset(self, dataset: Dataset, stats: model.Statistics, optimum=None) -> bool:
        """Show a new data set with the current settings; every panel comes back.

        A search for the chosen error's optimum on a large data set runs in the
        background first (:mod:`~gdviz.gui.optimum_job`); the data shown stays until it
        ends. ``optimum``: already found for these data and the chosen error."""
        if optimum is None and needs_background(self.objective, dataset.x.size):
            self._find_optimum(self.objective, dataset.x, dataset.y, stats, (dataset, stats))
            return True
        try:
            runs = self._new_runs(dataset.x, dataset.y, stats, self.settings, self.compare, optimum)
        except ValueError as exc:
            self.notice(str(exc), Level.ERROR)
            return False
        self._set_lesson("", "")
        self._set_view(
            self.view.replace(panels=dict.fromkeys(PANELS, True), guess=None, my_line=None)
        )
        self._set_data(dataset, stats, runs)
        note = dataset.skipped_note()
        self.notice(note or dataset.summary(), Level.WARNING if note else Level.INFO)
        return True

    def choose_columns(self, x_index: int, y_index: int) -> None:
        d = self.dataset
        if d is None or d.path is None or (x_index, y_index) == (d.x_column, d.y_column):
            return
        if x_index == y_index:
            text = QCoreApplication.translate("Session", "x and y must be different columns")
            self.notice(text, Level.ERROR)
            self.datasetChanged.emit()  # the column boxes show the columns in use again
            return
        self.load_file(d.path, x_index, y_index)

    def cancel_loading(self) -> None:
        self.loadJob.cancel()

    def _load_finished(self, dataset) -> None:
        self.loadingChanged.emit(False)
        self.use_dataset(dataset, self.loadJob.statistics)

    def _load_failed(self, message: str) -> None:
        self.loadingChanged.emit(False)
        self.notice(message, Level.ERROR)

    def _load_cancelled(self) -> None:
        self.loadingChanged.emit(False)
        self.notice(
            QCoreApplication.translate("Session", "Loading cancelled; the data shown is unchanged.")
        )

    def _new_runs(self, x, y, stats, settings: RunSettings, compare, optimum=None) -> list[Descent]:
        """The main run, then one per compared run, all from the main run's start and on
        its error (whose optimum the main run finds once for them all, unless given)."""
        runs: list[Descent] = []
        for run in (settings, *compare):
            runs.append(
                Descent(
                    x,
                    y,
                    run.make_optimizer(),
                    initial_b=settings.initial_b,
                    initial_m=settings.initial_m,
                    normalize=run.normalize,
                    random_state=settings.seed,
                    stats=stats,
                    stop_when_converged=settings.stop_when_converged,
                    objective=settings.objective,  # shared by the compared runs
                    optimum=runs[0].optimum if runs else optimum,
                )
            )
        return runs

    def _set_data(self, dataset: Dataset, stats, runs: list[Descent]) -> None:
        self.dataset = dataset
        self.stats = stats
        self.analysis = runs[0].analysis
        self.optimum = runs[0].optimum
        self.edits.set_data(dataset.x, dataset.y)
        self._hand_over(runs)
        self.datasetChanged.emit()

    def _hand_over(self, runs: list[Descent]) -> None:
        """Give new runs to the worker; show their iteration 0 at once."""
        self._shown = None
        endings = self.frame.endings if self.frame is not None else 0
        frame = Frame(tuple(run.view() for run in runs), False, self.settings.iterations, endings)
        self._runsRequested.emit(runs)
        self._take_frame(frame)

    @Slot(object, object)
    def _data_edited(self, x, y) -> None:
        """Points were added, moved or removed: every run continues on the new data."""
        if self.dataset is None:
            return
        stats = model.fit_statistics(x, y)
        self.stats, self.analysis = stats, model.analyse(stats)
        self._edited_optimum(x, y, stats)
        self._dataRequested.emit(x, y, stats)
        self.datasetChanged.emit()
        self.notice(self._edit_words(len(x)))

    def rename_columns(self, x_name: str, y_name: str) -> bool:
        """Name the data's columns (axis titles, lessons); plain text, never markup."""
        d = self.dataset
        names = (x_name.strip(), y_name.strip())
        if d is None or names == (d.x_name, d.y_name):
            return False
        if not all(names) or max(len(n) for n in names) > MAX_COLUMN_NAME:
            text = QCoreApplication.translate("Session", "column names must be 1 to {n} characters")
            self.notice(text.format(n=MAX_COLUMN_NAME), Level.ERROR)
            return False
        self.dataset = dataclasses.replace(d, x_name=names[0], y_name=names[1])
        self.datasetChanged.emit()
        return True

    # ------------------------------------------------------------------ settings
    def update_settings(self, **changes) -> bool:
        """The main run's settings with ``changes``; refused (with a notice) if invalid.

        A new start or normalisation restarts the runs at iteration 0; a new rule,
        hyperparameter or seed applies from the next step on; the iteration count and
        the speed apply at once.
        """
        if "optimizer" in changes and changes["optimizer"] != self.settings.optimizer:
            base = self.settings.with_optimizer(changes.pop("optimizer"))
        else:
            base = self.settings
        if "hyperparameters" in changes:
            changes["hyperparameters"] = {**base.hyperparameters, **changes["hyperparameters"]}
        try:
            new = base.replace(**changes).checked()
        except ValueError as exc:
            self.notice(str(exc), Level.ERROR)
            self.settingsChanged.emit(self.settings)  # the inputs show the settings in use
            return False
        return self._apply_settings(new)

    def _apply_settings(self, new: RunSettings) -> bool:
        old = self.settings
        if new == old:
            return True
        if new.objective != old.objective:
            return self._objective_settings(new)  # every run anew on the new error
        self.settings = new
        self.settingsChanged.emit(new)
        rule = (new.optimizer, new.hyperparameters, new.seed, new.stop_when_converged)
        if rule != (old.optimizer, old.hyperparameters, old.seed, old.stop_when_converged):
            self._mainRequested.emit(new.make_optimizer(), new.seed, new.stop_when_converged)
        start = (new.initial_b, new.initial_m, new.normalize)
        if start != (old.initial_b, old.initial_m, old.normalize):
            self.reset()  # after the new rule: the run restarts with it
        if (new.iterations, new.speed) != (old.iterations, old.speed):
            self._send_pace()
        return True

    def _send_pace(self) -> None:
        self._targetRequested.emit(self.settings.iterations)
        speed = self.settings.speed
        self._speedRequested.emit(math.inf if speed is None else float(speed))

    def retry_with(self, learning_rate: float) -> None:
        """Set a learning rate that converges, and start again from the beginning."""
        hyper = {**self.settings.hyperparameters, "learning_rate": learning_rate}
        self.update_settings(hyperparameters=hyper)
        self.reset()
        text = QCoreApplication.translate("Session", "Learning rate set to {rate}; press Start.")
        self.notice(text.format(rate=words.format_number(learning_rate)))

    def set_compare(self, runs) -> bool:
        """Restart every run from the start with these compared runs (own settings each)."""
        compare = tuple(self.settings.replace(**_own_settings(run)).checked() for run in runs)
        if self.dataset is not None:
            try:
                new_runs = self._new_runs(self.x, self.y, self.stats, self.settings, compare)
            except ValueError as exc:
                self.notice(str(exc), Level.ERROR)
                return False
        self.compare = compare
        self.compareChanged.emit(compare)
        if self.dataset is not None:
            self._hand_over(new_runs)
            if compare:
                text = QCoreApplication.translate(
                    "Session", "Comparing {n} runs from the same start."
                )
                self.notice(text.format(n=len(compare) + 1))
            else:
                self.notice(QCoreApplication.translate("Session", "One run again."))
        return True

    # ------------------------------------------------------------------ view
    def update_view(self, **changes) -> None:
        self._set_view(self.view.replace(**changes))

    def show_panel(self, name: str, visible: bool) -> None:
        self._set_view(self.view.replace(panels={**self.view.panels, name: visible}))

    def _set_view(self, view: ViewState) -> None:
        if view != self.view:
            self.view = view
            self.viewChanged.emit(view)

    # ------------------------------------------------------------------ running
    def start_or_pause(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        if self.dataset is None:
            self.notice(
                QCoreApplication.translate(
                    "Session", "Open a data file first (File > Open, Ctrl+O)"
                )
            )
            return
        if self.running:
            return
        self._replay_from_shown()
        main = self.main_run
        if main.diverged_at is not None and len(self.runs) == 1:
            self._say_divergence(main)
            return
        if main.iteration >= self.settings.iterations:
            self.notice(words.at_target(main.iteration))
            return
        s = self.settings
        quadratic = s.objective.is_quadratic  # the absolute and Huber errors have no limit
        warning = quadratic and stability.divergence_warning(
            s.objective.quadratic_statistics(self.stats),
            s.learning_rate,
            s.normalize,
            s.optimizer,
            self.view.plain,
        )
        if warning:  # said before the run starts; it goes ahead, so the class sees it
            self.notice(warning, Level.WARNING)
        self._startRequested.emit()

    def pause(self) -> None:
        self._pauseRequested.emit()

    def step(self, k: int = 1) -> None:
        """Take exactly ``k`` iterations (from the iteration shown)."""
        if self.dataset is None:
            return
        self._replay_from_shown()
        self._stepRequested.emit(int(k))

    def reset(self) -> None:
        """Back to iteration 0 with the start and normalisation set; views follow."""
        if self.dataset is None:
            return
        s = self.settings
        self._shown = None
        self._resetRequested.emit(s.initial_b, s.initial_m, s.normalize)
        self.noticed.emit(Notice(""))

    def _replay_from_shown(self) -> None:
        """Stepping from a past iteration replays from there: later iterations go."""
        if self.live:
            self._shown = None
            return
        shown, latest = self.shown_iteration, self.latest_iteration
        self._shown = None
        self._rewindRequested.emit(shown)
        text = QCoreApplication.translate(
            "Session",
            "Replaying from iteration {shown}: the {n} iterations after it were discarded.",
        )
        self.notice(text.format(shown=shown, n=latest - shown))

    # ------------------------------------------------------------------ history
    def show_iteration(self, iteration: int) -> None:
        """Show every panel as it was at ``iteration`` (clamped to what has been done; in
        a long run's thinned history, the nearest kept iteration at or before it)."""
        latest = self.latest_iteration
        shown = max(0, min(int(iteration), latest))
        if self.main_run is not None:
            shown = self.main_run.history.kept(shown)
        self._shown = None if shown == latest and not self.running else shown
        self.frameChanged.emit()

    def step_back(self) -> None:
        self.show_iteration(self.shown_iteration - 1)

    def step_forward(self) -> None:
        """One iteration forward through what has been recorded (never steps the run); to
        the next kept one in a thinned history."""
        main = self.main_run
        shown = self.shown_iteration
        self.show_iteration(main.history.kept_after(shown) if main is not None else shown + 1)

    def forward(self) -> None:
        """The Right key: forward through the recorded history, and one new step only
        from the newest iteration (it never discards what was recorded)."""
        if self.live:
            self.step(1)
        else:
            self.step_forward()

    def follow_latest(self) -> None:
        self._shown = None
        self.frameChanged.emit()

    # lessons and their steps: gdviz.gui.lesson_player.LessonIntents


def _own_settings(run: RunSettings) -> dict:
    """What a compared run sets itself; it shares the rest with the main run."""
    return {
        "optimizer": run.optimizer,
        "hyperparameters": run.hyperparameters,
        "normalize": run.normalize,
        "label": run.label,
    }

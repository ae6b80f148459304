"""The descent worker: owns the runs (:class:`~gdviz.core.descent.Descent`) in its thread.

Run 0 is the one the controls set; up to three more are compared with it, all from the
same start and stepped together, iteration by iteration.

It is a parentless QObject moved to a QThread. Plain values come in through slots (queued
from the GUI thread) and go out through :attr:`DescentWorker.frameReady`; it never
touches a widget. Iterations run in batches from a timer in the worker's own event loop,
so every incoming request (pause, step, reset, new data) is handled between two batches.

Only one Python thread runs at a time, and a window drawing its panels makes hundreds of
calls that each need the interpreter back. So at full speed the worker sends a frame,
waits until the window says it has drawn it (:meth:`DescentWorker.frameDrawn`), steps for
a few milliseconds and sends the next: the window pulls the latest state at the rate it
can draw (up to 60 frames a second), and never competes with the stepping while it draws.
"""

from __future__ import annotations

import math
import time
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ..core.descent import Descent
from ..core.history import History
from ..core.optimizers import Optimizer

__all__ = ["MAX_SPEED", "DescentWorker", "Frame", "RunFrame"]

#: ``speed`` value meaning "as fast as the machine allows".
MAX_SPEED = math.inf

_FRAME_INTERVAL = 1.0 / 60.0  # at most ~60 frames a second
_BATCH_BUDGET = 0.004  # seconds of stepping per batch before returning to the event loop
_STEPPING_PER_FRAME = 0.004  # at full speed, seconds of stepping between drawn and next frame
_TICK_MS = 1  # pause between batches
_DRAW_PATIENCE = 0.25  # seconds to wait for the window to draw before stepping on anyway


class RunFrame(NamedTuple):
    """New history rows of one run, and how it stands."""

    rows: History  # copies; rows.iteration[0] is the first row sent (earlier rows are kept)
    diverged_at: int | None
    converged: bool


class Frame(NamedTuple):
    """One update for the window: every run's new rows and the overall state."""

    generation: int  # the window's number for the data and start this frame belongs to
    runs: tuple[RunFrame, ...]  # run 0 is the main run
    running: bool
    finished: bool  # every run reached the target iteration count (or diverged)
    message: str | None  # one line for the message area, or None

    @property
    def rows(self) -> History:
        return self.runs[0].rows

    @property
    def diverged(self) -> bool:
        return self.runs[0].diverged_at is not None

    @property
    def converged(self) -> bool:
        return self.runs[0].converged


class DescentWorker(QObject):
    """Steps the runs on request; emits :class:`Frame` objects at most ~60 times a second."""

    frameReady = Signal(object)
    failed = Signal(str)

    def __init__(self):
        super().__init__()  # parentless: moveToThread needs that
        self._runs: list[Descent] = []
        self._timer: QTimer | None = None
        self._generation = 0
        self._sent: list[int] = []  # per run: history rows already sent
        self._running = False
        self._target = 1000
        self._speed = MAX_SPEED
        self._run_clock = 0.0
        self._run_start_iteration = 0
        self._last_emit = 0.0
        self._per_iteration = 1e-5  # running estimate of the seconds one step of all runs takes
        self._awaiting_draw = False  # a running frame is out and not yet drawn
        self._drawn_at = 0.0  # when the window last finished drawing

    # ------------------------------------------------------------------ slots (queued)
    @Slot()
    def setUp(self) -> None:
        """Create the batch timer in the worker's thread (connected to QThread.started)."""
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self._tick)

    @Slot(int, object)
    def loadData(self, generation: int, runs) -> None:
        """Take over runs built by the window (new data or new comparison); they are ours now.

        ``runs`` is a Descent or a list of them (run 0 first).
        """
        self._stop_running()
        self._runs = [runs] if isinstance(runs, Descent) else list(runs)
        self._restart_frames(generation)

    @Slot(int, float, float, bool)
    def reset(self, generation: int, initial_b: float, initial_m: float, normalize: bool) -> None:
        """Back to iteration 0, at a new start (all runs) or with scaling switched (run 0)."""
        if not self._runs:
            return
        self._stop_running()
        try:
            for i, run in enumerate(self._runs):
                run.reset(initial_b, initial_m, normalize=normalize if i == 0 else None)
        except ValueError as exc:
            self.failed.emit(str(exc))
        self._restart_frames(generation)

    @Slot(int, int)
    def rewind(self, generation: int, iteration: int) -> None:
        """Go back to ``iteration`` (every run), to replay from there.

        The window gives the rewind a new generation, so frames sent before it (with rows
        past the iteration it went back to) are recognised as stale.
        """
        if not self._runs:
            return
        self._stop_running()
        self._generation = generation
        self._awaiting_draw = False
        for i, run in enumerate(self._runs):
            run.rewind(min(iteration, run.iteration))
            self._sent[i] = run.iteration  # resend that row: the window truncates to it
        self._emit()

    @Slot(object, object, object)
    def setData(self, x, y, stats) -> None:
        """Continue every run on edited data (points added, moved or removed)."""
        for i, run in enumerate(self._runs):
            run.set_data(x, y, stats)
            self._sent[i] = min(self._sent[i], run.iteration)
        self._emit(force=not self._running)

    @Slot(object)
    def setOptimizer(self, optimizer: Optimizer) -> None:
        """Run 0 uses a new rule or new hyperparameters from the next step on."""
        if self._runs:
            self._runs[0].set_optimizer(optimizer)

    @Slot(int)
    def setRandomState(self, seed: int) -> None:
        if self._runs:
            self._runs[0].random_state = int(seed)

    @Slot(int)
    def setTarget(self, iterations: int) -> None:
        self._target = int(iterations)

    @Slot(float)
    def setSpeed(self, iterations_per_second: float) -> None:
        self._speed = iterations_per_second
        if self._running:
            self._mark_run_clock()

    @Slot()
    def start(self) -> None:
        if not self._runs or self._running:
            return
        main = self._runs[0]
        if main.diverged and len(self._runs) == 1:
            self._emit(message=main.status_message())
            return
        if self._active_iteration() >= self._target:
            self._emit(
                message=f"Already at iteration {self._active_iteration()}, the set number of "
                "iterations: raise Iterations or press Reset to run again."
            )
            return
        self._running = True
        self._mark_run_clock()
        if self._timer is not None:
            self._timer.start(_TICK_MS)
        self._emit()

    @Slot()
    def pause(self) -> None:
        if self._running:
            self._stop_running()
            self._emit()

    @Slot(int)
    def step(self, k: int) -> None:
        """Take exactly ``k`` iterations now (pausing a run first)."""
        if not self._runs:
            return
        self._stop_running()
        for run in self._runs:
            run.step(k)
        self._emit(message=self._divergence_message())

    @Slot()
    def frameDrawn(self) -> None:
        """The window has drawn the last frame: the next one may go out."""
        self._awaiting_draw = False
        self._drawn_at = time.perf_counter()
        if self._running and self._timer is not None:
            self._timer.start(_TICK_MS)

    @Slot()
    def stop(self) -> None:
        """Stop for good (the window is closing)."""
        self._stop_running()
        self._runs = []

    # ------------------------------------------------------------------ internals
    def _active_iteration(self) -> int:
        """The iteration the runs still stepping have reached (all runs if all stopped)."""
        active = [run.iteration for run in self._runs if not run.diverged]
        return max(active) if active else max(run.iteration for run in self._runs)

    def _mark_run_clock(self) -> None:
        self._run_clock = time.perf_counter()
        self._run_start_iteration = self._active_iteration() if self._runs else 0

    def _stop_running(self) -> None:
        self._running = False
        if self._timer is not None:
            self._timer.stop()

    def _restart_frames(self, generation: int) -> None:
        self._generation = generation
        self._sent = [0] * len(self._runs)
        self._awaiting_draw = False
        self._emit()

    def _divergence_message(self) -> str | None:
        """The main run's divergence, else which compared runs (numbered from 2) diverged."""
        main = self._runs[0]
        if main.diverged:
            return main.status_message()
        others = [
            f"run {i + 1} (iteration {run.diverged_at})"
            for i, run in enumerate(self._runs)
            if i > 0 and run.diverged
        ]
        if others:
            return "diverged: " + ", ".join(others) + "; its learning rate is too large"
        return None

    @Slot()
    def _tick(self) -> None:
        if not self._runs or not self._running:
            self._stop_running()
            return
        now = time.perf_counter()
        fastest = math.isinf(self._speed)
        if fastest and self._awaiting_draw and now - self._last_emit < _DRAW_PATIENCE:
            # let the window draw undisturbed: no ticks until frameDrawn (or patience ends)
            self._timer.start(int(1000 * _DRAW_PATIENCE))
            return
        iteration = self._active_iteration()
        remaining = self._target - iteration
        if fastest:
            budget = max(1, int(_BATCH_BUDGET / max(self._per_iteration, 1e-7)))
        else:
            due = int((now - self._run_clock) * self._speed)
            budget = due - (iteration - self._run_start_iteration)
        k = min(budget, remaining)
        if k > 0:
            t0 = time.perf_counter()
            for run in self._runs:
                run.run_to(iteration + k)
            elapsed = time.perf_counter() - t0
            self._per_iteration = 0.7 * self._per_iteration + 0.3 * elapsed / k
        message = None
        if all(run.diverged for run in self._runs) or self._active_iteration() >= self._target:
            self._stop_running()
            message = self._divergence_message() or self._runs[0].status_message()
        slow = not fastest and self._speed <= 60 and k > 0
        self._emit(message=message, force=not self._running or slow)

    def _emit(self, message: str | None = None, force: bool = True) -> None:
        if not self._runs:
            return
        now = time.perf_counter()
        if not force and (
            (self._awaiting_draw and now - self._last_emit < _DRAW_PATIENCE)
            or now - self._last_emit < _FRAME_INTERVAL
            or now - self._drawn_at < _STEPPING_PER_FRAME
        ):
            return  # the window is still drawing, or it is too soon: rows wait for the next
        self._last_emit = now
        self._awaiting_draw = True
        frames = []
        for i, run in enumerate(self._runs):
            frames.append(
                RunFrame(run.history(self._sent[i]).copy(), run.diverged_at, run.converged)
            )
            self._sent[i] = run.iteration + 1
        self.frameReady.emit(
            Frame(
                generation=self._generation,
                runs=tuple(frames),
                running=self._running,
                finished=self._active_iteration() >= self._target,
                message=message,
            )
        )

"""The descent worker: owns a :class:`~gdviz.core.descent.Descent` in its own thread.

It is a parentless QObject moved to a QThread. Plain values come in through slots (queued
from the GUI thread) and go out through :attr:`DescentWorker.frameReady`; it never
touches a widget. Iterations run in batches from a timer in the worker's own event loop,
so every incoming request (pause, step, reset, new data) is handled between two batches.

Only one Python thread runs at a time, and a window drawing its panels makes hundreds of
calls that each need the interpreter back. So at full speed the worker steps for one
frame interval, sends a frame, and then waits until the window says it has drawn it
(:meth:`DescentWorker.frameDrawn`): the window pulls the latest state at the rate it can
draw, and never competes with the stepping while it draws.
"""

from __future__ import annotations

import math
import time
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ..core.descent import Descent
from ..core.history import History
from ..core.optimizers import Optimizer

__all__ = ["MAX_SPEED", "DescentWorker", "Frame"]

#: ``speed`` value meaning "as fast as the machine allows".
MAX_SPEED = math.inf

_FRAME_INTERVAL = 1.0 / 60.0  # at most ~60 frames a second
_BATCH_BUDGET = 0.004  # seconds of stepping per batch before returning to the event loop
_TICK_MS = 1  # pause between batches
_DRAW_PATIENCE = 0.25  # seconds to wait for the window to draw before stepping on anyway


class Frame(NamedTuple):
    """One update for the window: the latest state and the history rows since the last."""

    generation: int  # the window's number for the data and start this frame belongs to
    rows: History  # new history rows (copies); rows.iteration[0] == first new iteration
    running: bool
    finished: bool  # reached the target iteration count
    diverged: bool
    converged: bool
    message: str | None  # one line for the message area, or None


class DescentWorker(QObject):
    """Steps a descent on request; emits :class:`Frame` objects at most ~60 times a second."""

    frameReady = Signal(object)
    failed = Signal(str)

    def __init__(self):
        super().__init__()  # parentless: moveToThread needs that
        self._descent: Descent | None = None
        self._timer: QTimer | None = None
        self._generation = 0
        self._sent = 0  # history rows already sent
        self._running = False
        self._target = 1000
        self._speed = MAX_SPEED
        self._run_clock = 0.0
        self._run_start_iteration = 0
        self._last_emit = 0.0
        self._per_iteration = 1e-5  # running estimate of the seconds one step takes
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
    def loadData(self, generation: int, descent: Descent) -> None:
        """Take over a descent built by the window (new data); it is this thread's now."""
        self._stop_running()
        self._descent = descent
        self._restart_frames(generation)

    @Slot(int, float, float, bool)
    def reset(self, generation: int, initial_b: float, initial_m: float, normalize: bool) -> None:
        """Back to iteration 0, at a new start or with scaling switched."""
        if self._descent is None:
            return
        self._stop_running()
        try:
            self._descent.reset(initial_b, initial_m, normalize=normalize)
        except ValueError as exc:
            self.failed.emit(str(exc))
        self._restart_frames(generation)

    @Slot(object)
    def setOptimizer(self, optimizer: Optimizer) -> None:
        """Use a new rule or new hyperparameters from the next step on."""
        if self._descent is not None:
            self._descent.set_optimizer(optimizer)

    @Slot(int)
    def setRandomState(self, seed: int) -> None:
        if self._descent is not None:
            self._descent.random_state = int(seed)

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
        d = self._descent
        if d is None or self._running:
            return
        if d.diverged:
            self._emit(message=d.status_message())
            return
        if d.iteration >= self._target:
            self._emit(
                message=f"Already at iteration {d.iteration}, the set number of iterations: "
                "raise Iterations or press Reset to run again."
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
        d = self._descent
        if d is None:
            return
        self._stop_running()
        d.step(k)
        message = d.status_message() if d.diverged else None
        self._emit(message=message)

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
        self._descent = None

    # ------------------------------------------------------------------ internals
    def _mark_run_clock(self) -> None:
        self._run_clock = time.perf_counter()
        self._run_start_iteration = self._descent.iteration if self._descent else 0

    def _stop_running(self) -> None:
        self._running = False
        if self._timer is not None:
            self._timer.stop()

    def _restart_frames(self, generation: int) -> None:
        self._generation = generation
        self._sent = 0
        self._awaiting_draw = False
        self._emit()

    @Slot()
    def _tick(self) -> None:
        d = self._descent
        if d is None or not self._running:
            self._stop_running()
            return
        now = time.perf_counter()
        fastest = math.isinf(self._speed)
        if fastest and self._awaiting_draw and now - self._last_emit < _DRAW_PATIENCE:
            # let the window draw undisturbed: no ticks until frameDrawn (or patience ends)
            self._timer.start(int(1000 * _DRAW_PATIENCE))
            return
        remaining = self._target - d.iteration
        if fastest:
            budget = max(1, int(_BATCH_BUDGET / max(self._per_iteration, 1e-7)))
        else:
            due = int((now - self._run_clock) * self._speed)
            budget = due - (d.iteration - self._run_start_iteration)
        k = min(budget, remaining)
        if k > 0:
            t0 = time.perf_counter()
            taken = d.step(k)
            if taken:
                elapsed = time.perf_counter() - t0
                self._per_iteration = 0.7 * self._per_iteration + 0.3 * elapsed / taken
        message = None
        if d.diverged:
            self._stop_running()
            message = d.status_message()
        elif d.iteration >= self._target:
            self._stop_running()
            message = d.status_message()
        slow = not math.isinf(self._speed) and self._speed <= 60 and k > 0
        self._emit(message=message, force=not self._running or slow)

    def _emit(self, message: str | None = None, force: bool = True) -> None:
        d = self._descent
        if d is None:
            return
        now = time.perf_counter()
        if not force and (
            (self._awaiting_draw and now - self._last_emit < _DRAW_PATIENCE)
            or now - max(self._last_emit, self._drawn_at) < _FRAME_INTERVAL
        ):
            return  # the window is still drawing, or it is too soon: rows wait for the next
        self._last_emit = now
        self._awaiting_draw = True
        rows = d.history(self._sent).copy()
        self._sent = d.iteration + 1
        self.frameReady.emit(
            Frame(
                generation=self._generation,
                rows=rows,
                running=self._running,
                finished=d.iteration >= self._target,
                diverged=d.diverged,
                converged=d.converged,
                message=message,
            )
        )

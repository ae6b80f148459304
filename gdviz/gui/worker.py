"""The descent worker: owns the runs (:class:`~gdviz.core.descent.Descent`) in its thread.

Run 0 is the main run; up to three more are compared with it, all from the same start
and stepped together, iteration by iteration.

It is a parentless QObject moved to a QThread. Plain values come in through slots (queued
from the GUI thread); it never touches a widget. Iterations run in slices of a few
milliseconds from a timer in the worker's own event loop, so every request (pause, step,
reset, new data, stop) is handled between two slices, however long a run or a replay is.

What it has done goes out as a :class:`Frame` of read-only views of the runs' histories
(:class:`~gdviz.core.descent.RunView`): no rows are copied, and a view never changes
after it is published. The worker keeps the newest frame in a mailbox and says so with
:attr:`DescentWorker.frameReady`; the window takes the newest frame when it is ready to
draw (:meth:`DescentWorker.latest`), so a frame that comes before the last one was drawn
simply replaces it.

Only one Python thread runs at a time, and a window drawing its panels makes hundreds of
calls that each need the interpreter back. So at full speed the worker announces a frame,
waits until the window says it has drawn it (:meth:`DescentWorker.frameDrawn`), steps for
a few milliseconds and announces the next.
"""

from __future__ import annotations

import math
import threading
import time
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ..core.descent import Descent, RunView
from ..core.optimizers import Optimizer

__all__ = ["MAX_SPEED", "DescentWorker", "Frame"]

#: ``speed`` value meaning "as fast as the machine allows".
MAX_SPEED = math.inf

_FRAME_INTERVAL = 1.0 / 60.0  # at most ~60 frames a second
_SLICE = 0.004  # seconds of stepping before returning to the event loop
_STEPPING_PER_FRAME = 0.004  # at full speed, seconds of stepping between drawn and next frame
_TICK_MS = 1  # pause between slices
_DRAW_PATIENCE = 0.25  # seconds to wait for the window to draw before stepping on anyway


class Frame(NamedTuple):
    """The runs as they stand, and whether they are stepping."""

    runs: tuple[RunView, ...]  # run 0 is the main run
    running: bool  # stepping towards a goal (Start, or a long Step or replay)
    target: int  # the iteration count Start runs to
    endings: int  # how many times stepping ended by itself: a run diverged or reached the target

    @property
    def main(self) -> RunView:
        return self.runs[0]


class DescentWorker(QObject):
    """Steps the runs on request; publishes a :class:`Frame` at most ~60 times a second."""

    frameReady = Signal()
    failed = Signal(str)

    def __init__(self):
        super().__init__()  # parentless: moveToThread needs that
        self._runs: list[Descent] = []
        self._timer: QTimer | None = None
        self._lock = threading.Lock()
        self._latest: Frame | None = None
        self._goal: int | None = None  # the iteration the runs step towards
        self._paced = False  # towards the goal at the set speed (Start), else at once (Step)
        self._target = 1000
        self._speed = MAX_SPEED
        self._run_clock = 0.0
        self._run_start_iteration = 0
        self._last_emit = 0.0
        self._per_iteration = 1e-5  # running estimate of the seconds one step of all runs takes
        self._awaiting_draw = False  # a frame is out and not yet drawn
        self._drawn_at = 0.0  # when the window last finished drawing
        self._endings = 0  # runs that diverged or reached the target, counted as they end

    # ------------------------------------------------------------------ reading (any thread)
    def latest(self) -> Frame | None:
        """The newest frame (safe to call from any thread)."""
        with self._lock:
            return self._latest

    # ------------------------------------------------------------------ slots (queued)
    @Slot()
    def setUp(self) -> None:
        """Create the slice timer in the worker's thread (connected to QThread.started)."""
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self._tick)

    @Slot(object)
    def setRuns(self, runs) -> None:
        """Take over runs built by the session (run 0 first); they are ours now."""
        self._halt()
        self._runs = list(runs)
        self._publish()

    @Slot(float, float, bool)
    def reset(self, initial_b: float, initial_m: float, normalize: bool) -> None:
        """Back to iteration 0, at a new start (all runs) or with scaling switched (run 0)."""
        if not self._runs:
            return
        self._halt()
        try:
            for i, run in enumerate(self._runs):
                run.reset(initial_b, initial_m, normalize=normalize if i == 0 else None)
        except ValueError as exc:
            self.failed.emit(str(exc))
        self._publish()

    @Slot(int)
    def rewind(self, iteration: int) -> None:
        """Go back to ``iteration`` (every run), to replay from there."""
        if not self._runs:
            return
        self._halt()
        main = self._runs[0]
        optimizer, seed = main.optimizer, main.random_state
        for run in self._runs:
            run.rewind(min(iteration, run.iteration))
        # the main run goes on with the settings the window shows now
        main.set_optimizer(optimizer)
        main.random_state = seed
        self._publish()

    @Slot(object, object, object)
    def setData(self, x, y, stats) -> None:
        """Continue every run on edited data (points added, moved or removed)."""
        for run in self._runs:
            run.set_data(x, y, stats)
        self._publish()

    @Slot(object, int, bool)
    def setMainSettings(self, optimizer: Optimizer, seed: int, stop_when_converged: bool) -> None:
        """Run 0 uses a new rule, hyperparameters or seed from the next step on; every run
        stops at convergence or not."""
        if self._runs:
            main = self._runs[0]
            main.set_optimizer(optimizer)
            if seed != main.random_state:
                main.random_state = seed
            for run in self._runs:
                run.stop_when_converged = stop_when_converged
            self._publish()

    @Slot(int)
    def setTarget(self, iterations: int) -> None:
        self._target = int(iterations)
        if self._paced:
            self._goal = self._target
        self._publish()

    @Slot(float)
    def setSpeed(self, iterations_per_second: float) -> None:
        self._speed = iterations_per_second
        if self._goal is not None:
            self._mark_run_clock()

    @Slot()
    def start(self) -> None:
        """Run to the target iteration count at the set speed."""
        if not self._runs or self._goal is not None:
            return
        if self._active_iteration() >= self._target or self._all_stopped():
            self._publish()
            return
        self._go(self._target, paced=True)

    @Slot()
    def pause(self) -> None:
        self._halt()
        self._publish()

    @Slot(int)
    def step(self, k: int) -> None:
        """Take ``k`` more iterations, as fast as possible, in slices (cancellable)."""
        if not self._runs or k <= 0:
            return
        pending = self._goal if self._goal is not None and not self._paced else None
        self._halt()
        # steps asked for before the last ones were taken add up
        self._go((pending or self._active_iteration()) + int(k), paced=False)

    @Slot()
    def frameDrawn(self) -> None:
        """The window has drawn the last frame: the next one may go out."""
        self._awaiting_draw = False
        self._drawn_at = time.perf_counter()
        if self._goal is not None and self._timer is not None:
            self._timer.start(_TICK_MS)

    @Slot()
    def stop(self) -> None:
        """Stop for good (the window is closing)."""
        self._halt()
        self._runs = []

    # ------------------------------------------------------------------ internals
    def _go(self, goal: int, *, paced: bool) -> None:
        self._goal = goal
        self._paced = paced
        self._mark_run_clock()
        self._slice(wait_for_draw=False)  # at once: a single Step is done before we return
        if self._goal is not None and self._timer is not None:
            self._timer.start(_TICK_MS)

    def _all_stopped(self) -> bool:
        return all(run.stopped for run in self._runs)

    def _active_iteration(self) -> int:
        """The iteration the runs still stepping have reached (all runs if all stopped)."""
        active = [run.iteration for run in self._runs if not run.stopped]
        return max(active) if active else max(run.iteration for run in self._runs)

    def _mark_run_clock(self) -> None:
        self._run_clock = time.perf_counter()
        self._run_start_iteration = self._active_iteration() if self._runs else 0

    def _halt(self) -> None:
        self._goal = None
        self._paced = False
        if self._timer is not None:
            self._timer.stop()

    def _budget(self, now: float, iteration: int) -> int:
        """Iterations to take in this slice."""
        if not self._paced or math.isinf(self._speed):
            return max(1, int(_SLICE / max(self._per_iteration, 1e-7)))
        due = int((now - self._run_clock) * self._speed)
        return due - (iteration - self._run_start_iteration)

    @Slot()
    def _tick(self) -> None:
        self._slice(wait_for_draw=True)

    def _slice(self, wait_for_draw: bool) -> None:
        """Step for a few milliseconds towards the goal, then publish."""
        if not self._runs or self._goal is None:
            self._halt()
            return
        now = time.perf_counter()
        flat_out = not self._paced or math.isinf(self._speed)
        waiting = self._awaiting_draw and now - self._last_emit < _DRAW_PATIENCE
        if wait_for_draw and flat_out and waiting:
            # let the window draw undisturbed: no slices until frameDrawn (or patience ends)
            if self._timer is not None:
                self._timer.start(int(1000 * _DRAW_PATIENCE))
            return
        iteration = self._active_iteration()
        k = min(self._budget(now, iteration), self._goal - iteration)
        stopped = sum(run.stopped for run in self._runs)
        if k > 0:
            t0 = time.perf_counter()
            try:
                for run in self._runs:
                    run.run_to(iteration + k)
            except MemoryError:
                self._halt()
                self.failed.emit(
                    self.tr(
                        "not enough memory to keep the history beyond iteration {n}; "
                        "the run stopped there"
                    ).format(n=iteration)
                )
            elapsed = time.perf_counter() - t0
            self._per_iteration = 0.7 * self._per_iteration + 0.3 * elapsed / k
        reached = self._goal is not None and self._active_iteration() >= self._goal
        if sum(run.stopped for run in self._runs) > stopped or (reached and self._paced):
            self._endings += 1  # the window says how it went
        if self._all_stopped() or reached:
            self._halt()
        slow = self._paced and self._speed <= 60 and k > 0
        self._publish(force=self._goal is None or slow)

    def _publish(self, force: bool = True) -> None:
        """Put the newest frame in the mailbox; announce it unless the window is busy."""
        if not self._runs:
            return
        frame = Frame(
            runs=tuple(run.view() for run in self._runs),
            running=self._goal is not None,
            target=self._target,
            endings=self._endings,
        )
        with self._lock:
            self._latest = frame
        now = time.perf_counter()
        if not force and (
            (self._awaiting_draw and now - self._last_emit < _DRAW_PATIENCE)
            or now - self._last_emit < _FRAME_INTERVAL
            or now - self._drawn_at < _STEPPING_PER_FRAME
        ):
            return  # the window is still drawing, or it is too soon: it takes it later
        self._last_emit = now
        self._awaiting_draw = True
        self.frameReady.emit()

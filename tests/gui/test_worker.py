"""The worker on its own thread: published frames, pacing, and requests between slices."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QObject, QThread, Signal

from gdviz.core.descent import Descent
from gdviz.core.optimizers import gd
from gdviz.gui.worker import MAX_SPEED, DescentWorker


class Driver(QObject):
    runs = Signal(object)
    start = Signal()
    pause = Signal()
    step = Signal(int)
    target = Signal(int)
    speed = Signal(float)
    reset = Signal(float, float, bool)
    stop = Signal()
    drawn = Signal()


@pytest.fixture
def worker(qtbot, seed_xy):
    thread = QThread()
    worker = DescentWorker()
    worker.moveToThread(thread)
    thread.started.connect(worker.setUp)
    driver = Driver()
    driver.runs.connect(worker.setRuns)
    driver.start.connect(worker.start)
    driver.pause.connect(worker.pause)
    driver.step.connect(worker.step)
    driver.target.connect(worker.setTarget)
    driver.speed.connect(worker.setSpeed)
    driver.reset.connect(worker.reset)
    driver.stop.connect(worker.stop)
    driver.drawn.connect(worker.frameDrawn)
    frames = []

    def draw():  # a window that takes the newest frame and draws it at once
        frames.append(worker.latest())
        driver.drawn.emit()

    worker.frameReady.connect(draw)
    thread.start()
    with qtbot.waitSignal(worker.frameReady, timeout=5000):
        driver.runs.emit([Descent(*seed_xy, gd(1e-4))])
    yield driver, worker, frames
    driver.stop.emit()
    thread.quit()
    assert thread.wait(5000)


def test_frames_show_the_one_history_growing(qtbot, worker):
    driver, _, frames = worker
    driver.target.emit(3000)
    driver.speed.emit(MAX_SPEED)
    driver.start.emit()
    qtbot.waitUntil(
        lambda: frames[-1].main.iteration == 3000 and not frames[-1].running, timeout=10_000
    )
    lengths = [len(f.main.history) for f in frames]
    assert lengths == sorted(lengths) and lengths[-1] == 3001
    # every frame's rows are the final history's rows: nothing was copied or rewritten
    final = frames[-1].main.history.column("b")
    for frame in frames:
        history = frame.main.history
        np.testing.assert_array_equal(history.column("b"), final[: len(history)])


def test_at_most_about_sixty_frames_a_second(qtbot, worker):
    driver, _, frames = worker
    driver.target.emit(2_000_000_000)
    driver.speed.emit(MAX_SPEED)
    driver.start.emit()
    qtbot.wait(1000)
    driver.pause.emit()
    qtbot.waitUntil(lambda: not frames[-1].running, timeout=5000)
    running = [f for f in frames if f.running]
    assert 5 <= len(running) <= 75
    assert frames[-1].main.iteration > 1000


def test_step_while_running_pauses_then_steps_once(qtbot, worker):
    driver, _, frames = worker
    driver.target.emit(2_000_000_000)
    driver.speed.emit(MAX_SPEED)
    driver.start.emit()
    qtbot.waitUntil(lambda: len(frames) > 3, timeout=5000)
    driver.step.emit(1)
    qtbot.waitUntil(lambda: not frames[-1].running, timeout=5000)
    last = frames[-1].main.iteration
    qtbot.wait(200)
    assert frames[-1].main.iteration == last


def test_a_long_step_is_cancelled_by_reset_at_once(qtbot, worker):
    """Twenty million iterations go in slices: Reset answers within 100 ms."""
    driver, _, frames = worker
    driver.step.emit(20_000_000)
    qtbot.waitUntil(lambda: frames[-1].running and frames[-1].main.iteration > 1000)
    asked = time.perf_counter()
    driver.reset.emit(0.0, 0.0, False)
    qtbot.waitUntil(lambda: not frames[-1].running and frames[-1].main.iteration == 0)
    assert time.perf_counter() - asked < 0.1

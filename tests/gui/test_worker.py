"""The worker on its own thread: frames, pacing, and requests between batches."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QObject, QThread, Signal

from gdviz.core.descent import Descent
from gdviz.core.optimizers import gd
from gdviz.gui.worker import MAX_SPEED, DescentWorker


class Driver(QObject):
    load = Signal(int, object)
    start = Signal()
    pause = Signal()
    step = Signal(int)
    target = Signal(int)
    speed = Signal(float)
    stop = Signal()
    drawn = Signal()


@pytest.fixture
def worker(qtbot, seed_xy):
    thread = QThread()
    worker = DescentWorker()
    worker.moveToThread(thread)
    thread.started.connect(worker.setUp)
    driver = Driver()
    driver.load.connect(worker.loadData)
    driver.start.connect(worker.start)
    driver.pause.connect(worker.pause)
    driver.step.connect(worker.step)
    driver.target.connect(worker.setTarget)
    driver.speed.connect(worker.setSpeed)
    driver.stop.connect(worker.stop)
    driver.drawn.connect(worker.frameDrawn)
    frames = []

    def draw(frame):  # a window that draws each frame at once
        frames.append(frame)
        driver.drawn.emit()

    worker.frameReady.connect(draw)
    thread.start()
    with qtbot.waitSignal(worker.frameReady, timeout=5000):
        driver.load.emit(1, Descent(*seed_xy, gd(1e-4)))
    yield driver, worker, frames
    driver.stop.emit()
    thread.quit()
    assert thread.wait(5000)


def test_frames_carry_every_row_exactly_once(qtbot, worker):
    driver, _, frames = worker
    driver.target.emit(3000)
    driver.speed.emit(MAX_SPEED)
    driver.start.emit()
    qtbot.waitUntil(
        lambda: frames and frames[-1].finished and not frames[-1].running, timeout=10_000
    )
    rows = np.concatenate([f.rows.iteration for f in frames])
    np.testing.assert_array_equal(rows, np.arange(3001))
    assert frames[-1].message and "not converged" in frames[-1].message


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
    assert frames[-1].rows.iteration.size == 0 or frames[-1].rows.iteration[-1] > 1000


def test_step_while_running_pauses_then_steps_once(qtbot, worker):
    driver, _, frames = worker
    driver.target.emit(2_000_000_000)
    driver.speed.emit(MAX_SPEED)
    driver.start.emit()
    qtbot.waitUntil(lambda: len(frames) > 3, timeout=5000)
    driver.step.emit(1)
    qtbot.waitUntil(lambda: not frames[-1].running, timeout=5000)
    last = max(int(f.rows.iteration[-1]) for f in frames if f.rows.iteration.size)
    qtbot.wait(200)
    assert max(int(f.rows.iteration[-1]) for f in frames if f.rows.iteration.size) == last

"""Loading in the background: progress, cancel, errors, and no thread left behind."""

from __future__ import annotations

import time

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from gdviz.core import model
from gdviz.core.data import Dataset
from gdviz.gui import load_job
from gdviz.gui.load_job import LoadJob

ROWS = 2_000_000


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory):
    """A 2,000,000-row, two-column CSV (about 36 MB), written quickly."""
    rng = np.random.default_rng(5)
    x = rng.uniform(20, 70, 1000)
    y = 8 + 1.3 * x + rng.normal(0, 10, 1000)
    lines = "".join(f"{a:.6f},{b:.6f}\n" for a, b in zip(x, y, strict=True))
    path = tmp_path_factory.mktemp("big") / "big.csv"
    path.write_bytes(b"hours,score\n" + lines.encode() * (ROWS // 1000))
    return path


@pytest.fixture
def job(qtbot):
    job = LoadJob()
    yield job
    assert job.stop_and_wait()
    assert job.active_loads() == 0


class Recorder:
    """Everything a LoadJob says, in order."""

    def __init__(self, job: LoadJob):
        self.events = []
        job.progress.connect(lambda percent: self.events.append(("progress", percent)))
        job.finished.connect(lambda dataset: self.events.append(("finished", dataset)))
        job.failed.connect(lambda message: self.events.append(("failed", message)))
        job.cancelled.connect(lambda: self.events.append(("cancelled", None)))

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]

    def percents(self) -> list[int]:
        return [value for kind, value in self.events if kind == "progress"]


def test_loads_in_the_background_while_the_window_ticks(qtbot, job, big_csv):
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(job.is_running))
    timer.start()
    recorder = Recorder(job)
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        job.start(big_csv)
        assert job.is_running
    timer.stop()
    dataset = blocker.args[0]
    assert isinstance(dataset, Dataset) and dataset.n == ROWS
    assert (dataset.x_name, dataset.y_name) == ("hours", "score")
    assert job.statistics == model.fit_statistics(dataset.x, dataset.y)  # from the worker
    assert not job.is_running
    # the GUI thread's timer kept firing while the load ran
    assert ticks.count(True) >= 10
    percents = recorder.percents()
    assert percents[0] == 0 and percents[-1] == 100 and percents == sorted(percents)
    assert len(percents) >= 10
    assert recorder.kinds()[-1] == "finished" and recorder.kinds().count("finished") == 1


def test_cancel_midway(qtbot, job, big_csv):
    recorder = Recorder(job)

    def cancel_after_some(percent):
        if percent >= 5:
            job.cancel()

    job.progress.connect(cancel_after_some)
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        job.start(big_csv)
    assert "finished" not in recorder.kinds() and "failed" not in recorder.kinds()
    assert recorder.kinds()[-1] == "cancelled"
    assert max(recorder.percents()) < 100
    assert not job.is_running


def test_a_bad_file_fails_with_its_message(qtbot, job, tmp_path):
    path = tmp_path / "words.csv"
    path.write_text("a,b\nfoo,bar\nbaz,qux\n")
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        job.start(path)
    assert blocker.args == ["words.csv: line 2: no numeric columns"]
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        job.start(tmp_path / "nowhere.csv")
    assert blocker.args[0].startswith("nowhere.csv: file not found")


def test_numbers_floats_cannot_fit_fail_naming_the_file(qtbot, job, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("x,y\n1,1e308\n2,-1e308\n3,0\n")
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        job.start(path)
    assert blocker.args[0].startswith("huge.csv: y values as large as 1e+308 are too large")
    assert job.statistics is None and not job.is_running


def test_columns_are_passed_on(qtbot, job, tmp_path):
    path = tmp_path / "three.csv"
    path.write_text("a,b,c\n1,2,3\n4,5,7\n")
    with qtbot.waitSignal(job.finished, timeout=10_000) as blocker:
        job.start(path, "c", 0)
    np.testing.assert_array_equal(blocker.args[0].x, [3, 7])
    np.testing.assert_array_equal(blocker.args[0].y, [1, 4])


def test_a_new_load_replaces_the_one_under_way(qtbot, job, big_csv, tmp_path):
    small = tmp_path / "small.csv"
    small.write_text("x,y\n1,2\n3,5\n")
    recorder = Recorder(job)
    job.start(big_csv)
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        job.start(small)
    assert blocker.args[0].n == 2
    qtbot.wait(50)
    assert recorder.kinds().count("finished") == 1 and "cancelled" not in recorder.kinds()


class Owner(QWidget):
    """A window that loads in the background and stops the load when it closes."""

    def __init__(self):
        super().__init__()
        self.job = LoadJob(self)

    def closeEvent(self, event):
        self.job.stop_and_wait()
        super().closeEvent(event)


def test_closing_while_loading_leaves_no_thread_running(qtbot, big_csv):
    owner = Owner()
    qtbot.addWidget(owner)
    owner.show()
    recorder = Recorder(owner.job)
    with qtbot.waitSignal(owner.job.progress, timeout=60_000):
        owner.job.start(big_csv)
    assert owner.job.active_loads() == 1
    owner.close()
    assert owner.job.active_loads() == 0
    qtbot.wait(50)
    assert recorder.kinds() == ["progress"] * len(recorder.kinds())
    assert not owner.job.is_running


def test_destroying_a_job_while_it_loads_cancels_and_waits(qtbot, big_csv):
    """No registry keeps the thread: the job's pool is its child, and destroying the job
    cancels the load and waits for it (a running thread is never destroyed)."""
    job = LoadJob()
    seen = []
    job.progress.connect(seen.append)
    with qtbot.waitSignal(job.progress, timeout=60_000):
        job.start(big_csv)
    started = time.perf_counter()
    shiboken6.delete(job)
    assert time.perf_counter() - started < 5
    qtbot.wait(50)
    assert not hasattr(load_job, "_THREADS")


def test_many_starts_run_one_load_at_a_time(qtbot, job, big_csv, tmp_path):
    small = tmp_path / "small.csv"
    small.write_text("x,y\n1,2\n3,5\n")
    for _ in range(5):
        job.start(big_csv)
        assert job.active_loads() <= 1
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        job.start(small)
    assert blocker.args[0].n == 2


def test_window_loads_a_large_file_in_the_background(qtbot, make_window, tmp_path):
    from gdviz.gui.session import BACKGROUND_BYTES

    path = tmp_path / "big.csv"
    rows = BACKGROUND_BYTES // 20 + 1000
    x = np.arange(rows, dtype=float)
    np.savetxt(path, np.column_stack([x, 2 * x + 1]), delimiter=",", fmt="%.6f")
    window = make_window()
    before = window.dataset
    assert window.load_file(path)
    assert window.dataset is before  # the old data stays until the new one arrives
    qtbot.waitUntil(lambda: window.dataset is not before, timeout=60_000)
    assert window.dataset.n == rows
    assert not window.findChild(QWidget, "loadProgress").isVisible()

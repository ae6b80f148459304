"""Loading a data file in the background, with progress and cancel.

A large file (millions of rows) takes a second or more to read. :class:`LoadJob` reads it
in a worker thread with :func:`gdviz.core.data.load_dataset`, so the window keeps
drawing and answering clicks, and reports the percentage read so that the window can
show a progress bar with a Cancel button. The statistics of the data (one pass over ten
million points takes about a second) are computed in the worker thread too:
:attr:`LoadJob.statistics`.

The reader is a parentless QObject moved to its own QThread (as :mod:`.worker`); it
touches no widget and sends plain values out by signals. Cancelling sets a flag the
loader's progress callback reads about every 1% of the file, so a load stops within a
block (about a megabyte) of the request.
"""

from __future__ import annotations

import atexit
import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core import model
from ..core.data import DataError, LoadCancelled, load_dataset

__all__ = ["LoadJob"]

#: Threads not yet known to have finished, with their cancel flags and loaders: a thread
#: (and its loader, which Python owns) outlives the LoadJob that started it until it has
#: finished, and the program waits for it at exit.
_THREADS: list[tuple[QThread, threading.Event, QObject]] = []


class _Loader(QObject):
    """Loads one file in the worker thread; every signal carries the job's number."""

    progress = Signal(int, int)
    finished = Signal(int, object, object)
    failed = Signal(int, str)
    cancelled = Signal(int)
    done = Signal()

    def __init__(self, job: int, path, x_column, y_column, cancel: threading.Event):
        super().__init__()  # parentless: moveToThread needs that
        self._job = job
        self._args = (path, x_column, y_column)
        self._cancel = cancel
        self._percent = -1

    @Slot()
    def run(self) -> None:
        path, x_column, y_column = self._args
        try:
            self._report(0.0)
            dataset = load_dataset(path, x_column, y_column, progress=self._report)
            stats = model.fit_statistics(dataset.x, dataset.y)
        except LoadCancelled:
            self.cancelled.emit(self._job)
        except DataError as exc:
            self.failed.emit(self._job, str(exc))
        except Exception as exc:  # never a traceback in the window: say what happened
            self.failed.emit(self._job, f"the file could not be loaded ({exc})")
        else:
            self.finished.emit(self._job, dataset, stats)
        self.done.emit()

    def _report(self, fraction: float) -> bool:
        if self._cancel.is_set():
            return False
        percent = int(100 * fraction)
        if percent != self._percent:
            self._percent = percent
            self.progress.emit(self._job, percent)
        return True


class LoadJob(QObject):
    """Loads data files in a worker thread, one at a time.

    Signals
    -------
    progress(int)
        Percent of the file read, 0 to 100 (emitted when it changes).
    finished(object)
        The :class:`~gdviz.core.data.Dataset`; its statistics are in :attr:`statistics`.
    failed(str)
        A one-line message naming the file (the :class:`~gdviz.core.data.DataError`).
    cancelled()
        The load stopped after :meth:`cancel`; nothing was loaded.

    Exactly one of ``finished``, ``failed`` or ``cancelled`` ends each :meth:`start`,
    unless a newer :meth:`start` or :meth:`stop_and_wait` came first (then the old load
    is cancelled and says nothing more).
    """

    progress = Signal(int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._job = 0
        self._running = False
        self._cancel: threading.Event | None = None
        self._started: list[tuple[QThread, threading.Event]] = []  # threads not yet joined
        self._statistics: model.Statistics | None = None

    @property
    def statistics(self) -> model.Statistics | None:
        """:func:`~gdviz.core.model.fit_statistics` of the data set last sent by
        ``finished`` (computed in the worker thread), or None before the first."""
        return self._statistics

    @property
    def is_running(self) -> bool:
        """Whether a load is under way (until its last signal has been delivered)."""
        return self._running

    def start(self, path, x_column=None, y_column=None) -> None:
        """Begin loading ``path`` (arguments as :func:`~gdviz.core.data.load_dataset`).

        A load already under way is cancelled first, silently.
        """
        self._abandon()
        _prune()
        self._started = [(t, flag) for t, flag in self._started if not t.isFinished()]
        self._job += 1
        self._cancel = threading.Event()
        thread = QThread()
        thread.setObjectName(f"gdviz-load-{self._job}")
        loader = _Loader(self._job, path, x_column, y_column, self._cancel)
        loader.moveToThread(thread)
        thread.started.connect(loader.run)
        loader.done.connect(thread.quit)
        loader.progress.connect(self._on_progress)
        loader.finished.connect(self._on_finished)
        loader.failed.connect(self._on_failed)
        loader.cancelled.connect(self._on_cancelled)
        _THREADS.append((thread, self._cancel, loader))
        self._started.append((thread, self._cancel))
        self._running = True
        thread.start()

    def cancel(self) -> None:
        """Ask the load to stop (safe from any thread); ``cancelled`` follows, unless the
        file had been read already (then ``finished`` or ``failed`` does)."""
        if self._cancel is not None:
            self._cancel.set()

    def stop_and_wait(self, timeout_ms: int = 10_000) -> bool:
        """Cancel any load and wait for the threads this job started to end (e.g. in
        ``closeEvent``). Returns whether none is left running. No signal follows."""
        self._abandon()
        stopped = True
        for thread, flag in self._started:
            flag.set()
            thread.quit()
            stopped = thread.wait(timeout_ms) and stopped
        self._started.clear()
        _prune()
        return stopped

    # ------------------------------------------------------------------ internals
    def _abandon(self) -> None:
        """Cancel the current load and ignore whatever it still sends."""
        if self._cancel is not None:
            self._cancel.set()
        self._job += 1
        self._running = False
        self._cancel = None

    def _current(self, job: int) -> bool:
        return job == self._job and self._running

    def _end(self) -> None:
        self._running = False
        self._cancel = None

    @Slot(int, int)
    def _on_progress(self, job: int, percent: int) -> None:
        if self._current(job):
            self.progress.emit(percent)

    @Slot(int, object, object)
    def _on_finished(self, job: int, dataset, stats) -> None:
        if self._current(job):
            self._end()
            self._statistics = stats
            self.finished.emit(dataset)

    @Slot(int, str)
    def _on_failed(self, job: int, message: str) -> None:
        if self._current(job):
            self._end()
            self.failed.emit(message)

    @Slot(int)
    def _on_cancelled(self, job: int) -> None:
        if self._current(job):
            self._end()
            self.cancelled.emit()


def _prune() -> None:
    """Forget threads that have finished (their QThread objects can go)."""
    _THREADS[:] = [entry for entry in _THREADS if not entry[0].isFinished()]


@atexit.register
def stop_all_loads(timeout_ms: int = 10_000) -> None:
    """Cancel every load and wait for its thread (at exit, so that no running QThread is
    destroyed: that aborts the program)."""
    for thread, flag, _loader in list(_THREADS):
        flag.set()
        thread.quit()
        thread.wait(timeout_ms)
    _prune()

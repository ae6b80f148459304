"""Loading a data file in the background, with progress and cancel.

A large file (millions of rows) takes a second or more to read. :class:`LoadJob` reads it
with :func:`gdviz.core.data.load_dataset` on a thread of its own :class:`QThreadPool`, so
the window keeps drawing and answering clicks, and reports the percentage read so that
the window can show a progress bar with a Cancel button. The statistics of the data (a
few passes over the points: about a second for ten million) are computed and checked
there too (:func:`~gdviz.core.data.checked_statistics`: numbers floats cannot fit a line
to are a ``failed`` message naming the file): :attr:`LoadJob.statistics`.

The load touches no widget: it takes plain values in and sends plain values out through
a relay object that lives in the window's thread, so that each signal is delivered there
(queued). Cancelling sets a flag the loader's progress callback reads about every 1% of
the file, so a load stops within a few hundred kilobytes of the request. The pool is the
job's child: destroying the job cancels its loads and waits for them, so no thread is
ever destroyed while it runs.
"""

from __future__ import annotations

import functools
import threading

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

from ..core import model
from ..core.data import DataError, LoadCancelled, checked_statistics, load_dataset

__all__ = ["LoadJob"]


class _Relay(QObject):
    """Carries a load's news from the pool's thread to the job's; each signal carries
    the load's number, so that news of an abandoned load can be ignored."""

    progress = Signal(int, int)
    finished = Signal(int, object, object)
    failed = Signal(int, str)
    cancelled = Signal(int)


def _load(job: int, path, x_column, y_column, cancel: threading.Event, relay: _Relay) -> None:
    """Load one file (in a pool thread) and say how it went through ``relay``."""
    percent = -1

    def report(fraction: float) -> bool:
        nonlocal percent
        if cancel.is_set():
            return False
        if int(100 * fraction) != percent:
            percent = int(100 * fraction)
            relay.progress.emit(job, percent)
        return True

    try:
        report(0.0)
        dataset = load_dataset(path, x_column, y_column, progress=report)
        stats = checked_statistics(dataset)  # numbers floats cannot fit: a message
    except LoadCancelled:
        relay.cancelled.emit(job)
    except DataError as exc:
        relay.failed.emit(job, str(exc))
    except Exception as exc:  # never a traceback in the window: say what happened
        text = QCoreApplication.translate("LoadJob", "the file could not be loaded ({problem})")
        relay.failed.emit(job, text.format(problem=exc))
    else:
        relay.finished.emit(job, dataset, stats)


def _cancel_all(flags: list[threading.Event], *_args) -> None:
    for flag in flags:
        flag.set()


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
        # The pool is the first child, so it is destroyed (waiting for its loads) while
        # the relay, the second child, still exists to receive their last signals.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # a new load waits for the cancelled one to stop
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.cancelled.connect(self._on_cancelled)
        self._flags: list[threading.Event] = []  # the cancel flags of loads not ended
        self.destroyed.connect(functools.partial(_cancel_all, self._flags))
        self._job = 0
        self._running = False
        self._statistics: model.Statistics | None = None

    @property
    def statistics(self) -> model.Statistics | None:
        """The statistics of the data set last sent by ``finished`` (computed in the
        worker thread by :func:`~gdviz.core.data.checked_statistics`), or None before."""
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
        self._flags[:] = [flag for flag in self._flags if not flag.is_set()]
        self._job += 1
        cancel = threading.Event()
        self._flags.append(cancel)
        self._running = True
        self._pool.start(
            functools.partial(_load, self._job, path, x_column, y_column, cancel, self._relay)
        )

    def cancel(self) -> None:
        """Ask the load to stop (safe from any thread); ``cancelled`` follows, unless the
        file had been read already (then ``finished`` or ``failed`` does)."""
        if self._running and self._flags:
            self._flags[-1].set()

    def stop_and_wait(self, timeout_ms: int = 10_000) -> bool:
        """Cancel any load and wait for the pool's thread to be idle (e.g. in
        ``closeEvent``). Returns whether no load is left running. No signal follows."""
        self._abandon()
        stopped = self._pool.waitForDone(timeout_ms)
        self._flags.clear()
        return stopped

    def active_loads(self) -> int:
        """How many loads are running now (the abandoned ones included)."""
        return self._pool.activeThreadCount()

    # ------------------------------------------------------------------ internals
    def _abandon(self) -> None:
        """Cancel every load and ignore whatever they still send."""
        _cancel_all(self._flags)
        self._job += 1
        self._running = False

    def _current(self, job: int) -> bool:
        return job == self._job and self._running

    @Slot(int, int)
    def _on_progress(self, job: int, percent: int) -> None:
        if self._current(job):
            self.progress.emit(percent)

    @Slot(int, object, object)
    def _on_finished(self, job: int, dataset, stats) -> None:
        if self._current(job):
            self._running = False
            self._statistics = stats
            self.finished.emit(dataset)

    @Slot(int, str)
    def _on_failed(self, job: int, message: str) -> None:
        if self._current(job):
            self._running = False
            self.failed.emit(message)

    @Slot(int)
    def _on_cancelled(self, job: int) -> None:
        if self._current(job):
            self._running = False
            self.cancelled.emit()

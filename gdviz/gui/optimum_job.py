"""Finding a loss's optimum in the background, for large data sets.

The least-squares line has a closed form, but the least-absolute-deviations line and the
Huber line are searches: a few sorts of the whole data set, about 1.5 s for a million
points. :class:`OptimumJob` runs :meth:`Objective.optimum
<gdviz.core.objective.Objective.optimum>` on a thread of its own pool (numpy's sorts let
the window's thread run meanwhile), so the window keeps drawing and answering; the
session applies the new loss when the optimum arrives.

Like :class:`~gdviz.gui.load_job.LoadJob`, the job touches no widget: plain values in,
plain values out through a relay in the window's thread. Each request has a ticket; only
the newest request's answer is delivered, so a person who changes the loss twice in a
row gets the second.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject, QThreadPool, Signal

from ..core import model
from ..core.objective import Objective

__all__ = ["BACKGROUND_POINTS", "OptimumJob", "needs_background"]

#: From this many points a search for the optimum (absolute or Huber error) runs in the
#: background: about 0.1 s at 100,000 points, growing a little faster than linearly.
BACKGROUND_POINTS = 200_000


def needs_background(objective: Objective, n: int) -> bool:
    """Whether finding ``objective``'s optimum on ``n`` points would hold the window up:
    a search (not the closed form of the squared error) on :data:`BACKGROUND_POINTS` or
    more points."""
    return objective.loss != "mse" and n >= BACKGROUND_POINTS


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, str)


def _find(ticket: int, objective: Objective, x, y, stats, relay: _Relay) -> None:
    """Find the optimum (in a pool thread) and send it through ``relay``."""
    try:
        optimum = objective.optimum(x, y, stats)
    except Exception as exc:  # never a traceback: the session says what happened
        relay.failed.emit(ticket, str(exc))
    else:
        relay.finished.emit(ticket, optimum)


class OptimumJob(QObject):
    """Finds optima in a worker thread, newest request first.

    Signals
    -------
    finished(object, object)
        The request's ``payload`` (whatever :meth:`start` was given to carry) and the
        :class:`~gdviz.core.objective.Optimum`.
    failed(object, str)
        The payload and a one-line message.
    """

    finished = Signal(object, object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # the pool first: destroyed (waiting for its search) while the relay still exists
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._ticket = 0
        self._payload = None

    @property
    def is_running(self) -> bool:
        """Whether an answer is still awaited."""
        return self._payload is not None

    def start(self, objective: Objective, x, y, stats: model.Statistics, payload) -> None:
        """Find ``objective``'s optimum on ``(x, y)``; ``payload`` comes back with it.
        An earlier request still under way is forgotten (its answer is dropped)."""
        self._ticket += 1
        self._payload = payload
        self._pool.start(
            functools.partial(_find, self._ticket, objective, x, y, stats, self._relay)
        )

    def forget(self) -> None:
        """Drop the answer of the request under way, if any."""
        self._ticket += 1
        self._payload = None

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the search under way to end (tests, shutting down)."""
        return self._pool.waitForDone(msecs)

    def _on_finished(self, ticket: int, optimum) -> None:
        if ticket == self._ticket and self._payload is not None:
            payload, self._payload = self._payload, None
            self.finished.emit(payload, optimum)

    def _on_failed(self, ticket: int, message: str) -> None:
        if ticket == self._ticket and self._payload is not None:
            payload, self._payload = self._payload, None
            self.failed.emit(payload, message)

"""Per-iteration records in growable, preallocated columns."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

__all__ = [
    "COLUMNS",
    "STATE_WIDTH",
    "History",
    "HistoryBuffer",
    "HistoryView",
    "peak_indices",
    "sample_indices",
]

#: The columns shown (and returned by :meth:`HistoryBuffer.row`), in order.
COLUMNS = ("b", "m", "error", "grad_b", "grad_m", "learning_rate")
#: Width of the optimizer-state vector kept per row (Adam's count, mean and mean square).
STATE_WIDTH = 5
#: Every stored column: the scalar ones, then the per-row vectors.
_SHAPES = {name: () for name in (*COLUMNS, "sample_pos")} | {
    "theta": (2,),
    "state": (STATE_WIDTH,),
}


class History(NamedTuple):
    """Rows of the history; ``iteration[i]`` is the iteration of row ``i``.

    Besides what is shown (b, m, error, gradient, learning rate) each row keeps what is
    needed to resume exactly from it: the parameters in the units the optimizer works in
    (``theta``, scaled when normalising), the optimizer's state as a flat vector, and how
    many points of the shuffled stream stochastic descent had used (``sample_pos``).
    """

    iteration: np.ndarray
    b: np.ndarray
    m: np.ndarray
    error: np.ndarray
    grad_b: np.ndarray  # ∂E/∂b of the full-batch error at (b, m)
    grad_m: np.ndarray  # ∂E/∂m
    learning_rate: np.ndarray  # rate of the step that led to this row (0 for the start)
    sample_pos: np.ndarray  # points of the shuffled stream used so far
    theta: np.ndarray  # (rows, 2): the optimizer's own parameters
    state: np.ndarray  # (rows, STATE_WIDTH): the optimizer's state, flattened

    def __len__(self) -> int:
        return self.b.size

    def copy(self) -> History:
        return History(*(column.copy() for column in self))


class HistoryView:
    """A read-only view of the first ``len(view)`` rows of a :class:`HistoryBuffer`.

    The rows a view shows never change: the buffer only appends after them, and before it
    changes or drops a row that a view may show it moves to new arrays (copy on write).
    So one thread can step a run while another reads views of it, without copying rows.
    """

    __slots__ = ("_columns", "_length")

    def __init__(self, columns: dict, length: int):
        self._columns = columns
        self._length = length

    def __len__(self) -> int:
        return self._length

    def column(self, name: str) -> np.ndarray:
        return self._columns[name][: self._length]

    def row(self, i: int) -> tuple[float, ...]:
        """``(b, m, error, grad_b, grad_m, learning_rate)`` of row ``i``."""
        if not 0 <= i < self._length:
            raise IndexError(f"row {i} is not in the history (0..{self._length - 1})")
        return tuple(float(self._columns[name][i]) for name in COLUMNS)

    def rows(self, start: int = 0, stop: int | None = None) -> History:
        """Views of rows ``start`` to ``stop`` (default: to the end)."""
        stop = self._length if stop is None else min(stop, self._length)
        start = min(max(start, 0), stop)
        cols = {name: self._columns[name][start:stop] for name in _SHAPES}
        return History(iteration=np.arange(start, stop), **cols)


class HistoryBuffer(HistoryView):
    """Columns of float64 that grow by doubling; row ``i`` is iteration ``i``.

    :meth:`view` hands out read-only views; a row that a view may show is never written
    again in the same arrays (see :class:`HistoryView`).
    """

    __slots__ = ("_published",)

    def __init__(self, capacity: int = 1024):
        size = max(int(capacity), 1)
        super().__init__({name: np.zeros((size, *shape)) for name, shape in _SHAPES.items()}, 0)
        self._published = 0  # rows that views handed out may show

    def view(self) -> HistoryView:
        """The rows so far, as a view that later appends leave unchanged."""
        self._published = self._length
        return HistoryView(self._columns, self._length)

    def _own(self, first_row: int) -> None:
        """Before row ``first_row`` or later changes: new arrays if a view may show it."""
        if first_row < self._published:
            self._columns = {name: col.copy() for name, col in self._columns.items()}
            self._published = 0

    def reserve(self, rows: int) -> None:
        """Make room for ``rows`` rows in all."""
        size = self._columns["b"].shape[0]
        if rows > size:
            new_size = max(rows, 2 * size)
            columns = {}
            for name, old in self._columns.items():
                new = np.zeros((new_size, *old.shape[1:]))
                new[: self._length] = old[: self._length]
                columns[name] = new
            self._columns = columns  # views keep the old arrays
            self._published = 0

    def append(
        self, b, m, error, grad_b, grad_m, learning_rate, sample_pos=0, theta=None, state=None
    ) -> None:
        i = self._length
        if i == self._columns["b"].shape[0]:
            self.reserve(i + 1)
        c = self._columns
        c["b"][i] = b
        c["m"][i] = m
        c["error"][i] = error
        c["grad_b"][i] = grad_b
        c["grad_m"][i] = grad_m
        c["learning_rate"][i] = learning_rate
        c["sample_pos"][i] = sample_pos
        c["theta"][i] = (b, m) if theta is None else theta
        self._set_state(i, state)
        self._length = i + 1

    def _set_state(self, i: int, state) -> None:
        """Store ``state`` in row ``i``, padded with zeros (all zeros for ``None``)."""
        row = self._columns["state"][i]
        if state is not None:
            row[: len(state)] = state
            row[len(state) :] = 0.0
        else:
            row[:] = 0.0

    def extend(self, rows: History) -> None:
        """Append rows (their ``iteration`` must continue this buffer)."""
        k = len(rows)
        if k == 0:
            return
        if int(rows.iteration[0]) != self._length:
            raise ValueError(f"rows start at {int(rows.iteration[0])}, expected {self._length}")
        self.reserve(self._length + k)
        for name in _SHAPES:
            self._columns[name][self._length : self._length + k] = getattr(rows, name)
        self._length += k

    def truncate(self, length: int) -> None:
        """Keep the first ``length`` rows (rows appended later go to new arrays if a view
        may still show the rows dropped)."""
        length = max(0, min(int(length), self._length))
        if length < self._published:
            self._own(length)
        self._length = length

    def set_row(self, i: int, **values) -> None:
        """Overwrite some columns of row ``i`` (e.g. the error after the data changed).

        ``state`` may be shorter than :data:`STATE_WIDTH`; it is padded with zeros, as in
        :meth:`append`.
        """
        self._own(i)
        for name, value in values.items():
            if name == "state":
                self._set_state(i, value)
            else:
                self._columns[name][i] = value


def sample_indices(length: int, max_points: int) -> np.ndarray:
    """At most ``max_points`` evenly spread row indices, always with the first and last."""
    if length <= max_points:
        return np.arange(length)
    # consecutive values are more than 1 apart, so rounding keeps them distinct and
    # increasing: no np.unique needed (it sorted, for a redraw every frame)
    return np.linspace(0, length - 1, max_points).round().astype(np.intp)


def peak_indices(values: np.ndarray, max_points: int) -> np.ndarray:
    """Row indices that keep the shape of a long curve in about ``max_points`` points.

    The rows are cut into equal buckets and each bucket keeps its lowest and highest
    value (and the first and last row are always kept), so spikes survive even when a
    curve of millions of iterations is drawn a few thousand pixels wide.
    """
    n = values.size
    if n <= max_points:
        return np.arange(n)
    bucket = -(-2 * n // max_points)  # ceil(2n / max_points)
    full = (n // bucket) * bucket
    blocks = values[:full].reshape(-1, bucket)
    starts = np.arange(0, full, bucket)
    lows = starts + np.argmin(blocks, axis=1)
    highs = starts + np.argmax(blocks, axis=1)
    tail = np.arange(full, n)
    return np.unique(np.concatenate(([0], lows, highs, tail, [n - 1])))

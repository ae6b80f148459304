"""Per-iteration records in growable, preallocated columns."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

__all__ = ["COLUMNS", "History", "HistoryBuffer", "peak_indices", "sample_indices"]

COLUMNS = ("b", "m", "error", "grad_b", "grad_m", "learning_rate")


class History(NamedTuple):
    """Rows of the history; ``iteration[i]`` is the iteration of row ``i``."""

    iteration: np.ndarray
    b: np.ndarray
    m: np.ndarray
    error: np.ndarray
    grad_b: np.ndarray  # ∂E/∂b of the full-batch error at (b, m)
    grad_m: np.ndarray  # ∂E/∂m
    learning_rate: np.ndarray  # rate of the step that led to this row (0 for the start)

    def __len__(self) -> int:
        return self.b.size

    def copy(self) -> History:
        return History(*(column.copy() for column in self))


class HistoryBuffer:
    """Columns of float64 that grow by doubling; row ``i`` is iteration ``i``."""

    def __init__(self, capacity: int = 1024):
        self._columns = {name: np.empty(max(int(capacity), 1)) for name in COLUMNS}
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def reserve(self, rows: int) -> None:
        """Make room for ``rows`` rows in all."""
        size = self._columns["b"].size
        if rows > size:
            new_size = max(rows, 2 * size)
            for name, old in self._columns.items():
                new = np.empty(new_size)
                new[: self._length] = old[: self._length]
                self._columns[name] = new

    def append(self, b, m, error, grad_b, grad_m, learning_rate) -> None:
        i = self._length
        if i == self._columns["b"].size:
            self.reserve(i + 1)
        c = self._columns
        c["b"][i] = b
        c["m"][i] = m
        c["error"][i] = error
        c["grad_b"][i] = grad_b
        c["grad_m"][i] = grad_m
        c["learning_rate"][i] = learning_rate
        self._length = i + 1

    def extend(self, rows: History) -> None:
        """Append rows (their ``iteration`` must continue this buffer)."""
        k = len(rows)
        if k == 0:
            return
        if int(rows.iteration[0]) != self._length:
            raise ValueError(f"rows start at {int(rows.iteration[0])}, expected {self._length}")
        self.reserve(self._length + k)
        for name in COLUMNS:
            self._columns[name][self._length : self._length + k] = getattr(rows, name)
        self._length += k

    def truncate(self, length: int) -> None:
        """Keep the first ``length`` rows."""
        self._length = max(0, min(int(length), self._length))

    def column(self, name: str) -> np.ndarray:
        return self._columns[name][: self._length]

    def row(self, i: int) -> tuple[float, ...]:
        return tuple(float(self._columns[name][i]) for name in COLUMNS)

    def rows(self, start: int = 0, stop: int | None = None) -> History:
        """Views of rows ``start`` to ``stop`` (default: to the end)."""
        stop = self._length if stop is None else min(stop, self._length)
        start = min(max(start, 0), stop)
        cols = {name: self._columns[name][start:stop] for name in COLUMNS}
        return History(iteration=np.arange(start, stop), **cols)


def sample_indices(length: int, max_points: int) -> np.ndarray:
    """At most ``max_points`` evenly spread row indices, always with the first and last."""
    if length <= max_points:
        return np.arange(length)
    idx = np.linspace(0, length - 1, max_points).round().astype(np.intp)
    return np.unique(idx)


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

"""Per-iteration records in growable, preallocated columns, with a bound on their size.

A run keeps every iteration up to :data:`HISTORY_LIMIT`; after that it keeps every
``stride``-th iteration (and always the newest), doubling the stride each time the rows
after the limit fill their share, so that a run of any length holds at most
:data:`HISTORY_BOUND_BYTES` of history. Only what is stored is thinned: every step is
still computed from the exact state before it.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

__all__ = [
    "COLUMNS",
    "HISTORY_BOUND_BYTES",
    "HISTORY_LIMIT",
    "ROW_BYTES",
    "STATE_WIDTH",
    "History",
    "HistoryBuffer",
    "HistoryView",
    "peak_indices",
    "sample_indices",
]

#: The columns shown (and returned by :meth:`HistoryView.row`), in order.
COLUMNS = ("b", "m", "error", "grad_b", "grad_m", "learning_rate")
#: Width of the optimizer-state vector kept per row (Adam's count, mean and mean square).
STATE_WIDTH = 5
#: Every stored float column: the scalar ones, then the per-row vectors.
_SHAPES = {name: () for name in (*COLUMNS, "sample_pos")} | {
    "theta": (2,),
    "state": (STATE_WIDTH,),
}
#: Bytes one row takes: its float64 values and its iteration number (int64): 120.
ROW_BYTES = 8 * sum(int(np.prod(shape)) for shape in _SHAPES.values()) + 8
#: Iterations kept in full from the start of a run (iterations 0 to HISTORY_LIMIT - 1).
HISTORY_LIMIT = 1_000_000
#: The most bytes one run's history holds, however long the run: HISTORY_LIMIT rows in
#: full and as many again for the thinned rest, ROW_BYTES each (240,000,000 bytes). A
#: view still held by a reader keeps the arrays it shows alive, so for the moment the
#: arrays are grown or thinned while a view of them is held, up to twice this is in use.
HISTORY_BOUND_BYTES = 2 * HISTORY_LIMIT * ROW_BYTES


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

    Rows are found by iteration. Every iteration before :attr:`limit` has its row; after
    it the rows are every :attr:`stride`-th iteration from :attr:`limit` on, and the
    newest. An iteration that was not kept reads as the nearest kept one before it
    (:meth:`kept`), so stepping back moves from one kept row to the one before.
    """

    __slots__ = ("_columns", "_length", "_limit", "_stride")

    def __init__(self, columns: dict, length: int, limit: int, stride: int = 1):
        self._columns = columns
        self._length = length
        self._limit = limit
        self._stride = stride

    def __len__(self) -> int:
        return self._length

    @property
    def limit(self) -> int:
        """Iterations kept in full from the start."""
        return self._limit

    @property
    def stride(self) -> int:
        """After :attr:`limit`, every ``stride``-th iteration is kept (1: all of them)."""
        return self._stride

    @property
    def thinned(self) -> bool:
        """Whether some iterations after :attr:`limit` were not kept."""
        return self._stride > 1

    @property
    def last_iteration(self) -> int:
        """The iteration of the newest row (-1 when there are no rows)."""
        n = self._length
        return int(self._columns["iteration"][n - 1]) if n else -1

    @property
    def nbytes(self) -> int:
        """Bytes of the arrays the rows are kept in (allocated, used or not)."""
        return sum(column.nbytes for column in self._columns.values())

    def column(self, name: str) -> np.ndarray:
        """A column of the rows, in order (``"iteration"`` gives their iterations)."""
        return self._columns[name][: self._length]

    def _count_before(self, iteration: int) -> int:
        """How many rows are of iterations before ``iteration``."""
        n = self._length
        if n == 0 or iteration <= 0:
            return 0
        if iteration <= self._limit or self.last_iteration == n - 1:  # row i is iteration i
            return min(iteration, n)
        return int(np.searchsorted(self._columns["iteration"][:n], iteration))

    def index(self, iteration: int) -> int:
        """The row of ``iteration``, or of the nearest kept iteration before it (the last
        row for an iteration after it)."""
        if iteration < 0 or self._length == 0:
            raise IndexError(f"iteration {iteration} is not in the history")
        return self._count_before(int(iteration) + 1) - 1

    def kept(self, iteration: int) -> int:
        """``iteration`` if its row was kept, else the nearest kept iteration before it."""
        return int(self._columns["iteration"][self.index(iteration)])

    def kept_after(self, iteration: int) -> int:
        """The first kept iteration after ``iteration`` (the newest if there is none)."""
        i = self._count_before(int(iteration) + 1)
        return int(self._columns["iteration"][i]) if i < self._length else self.last_iteration

    def row(self, iteration: int) -> tuple[float, ...]:
        """``(b, m, error, grad_b, grad_m, learning_rate)`` at ``iteration`` (see
        :meth:`index` for an iteration that was not kept)."""
        i = self.index(iteration)
        return tuple(float(self._columns[name][i]) for name in COLUMNS)

    def rows(self, start: int = 0, stop: int | None = None) -> History:
        """Views of the kept rows of iterations ``start`` to ``stop`` (default: to the end)."""
        last = self._length if stop is None else self._count_before(stop)
        first = min(self._count_before(start), last)
        cols = {name: self._columns[name][first:last] for name in _SHAPES}
        return History(iteration=self._columns["iteration"][first:last], **cols)


class HistoryBuffer(HistoryView):
    """Columns that grow by doubling, up to ``2 * limit`` rows (:attr:`bound_bytes`).

    Parameters
    ----------
    capacity : int
        Rows to allocate at first.
    limit : int, optional
        Iterations kept in full (default :data:`HISTORY_LIMIT`, read when the buffer is
        made); at least 2. The rows after them take at most ``limit`` rows more: when
        they would take more, every second one is dropped (the stride doubles) and the
        newest is kept.

    :meth:`view` hands out read-only views; a row that a view may show is never written
    again in the same arrays (see :class:`HistoryView`).
    """

    __slots__ = ("_published",)

    def __init__(self, capacity: int = 1024, limit: int | None = None):
        limit = HISTORY_LIMIT if limit is None else int(limit)
        if limit < 2:
            raise ValueError(f"the history limit must be at least 2 iterations (got {limit})")
        size = min(max(int(capacity), 1), 2 * limit)
        columns = {name: np.zeros((size, *shape)) for name, shape in _SHAPES.items()}
        columns["iteration"] = np.zeros(size, dtype=np.int64)
        super().__init__(columns, 0, limit)
        self._published = 0  # rows that views handed out may show

    @property
    def max_rows(self) -> int:
        """The most rows this history holds."""
        return 2 * self._limit

    @property
    def bound_bytes(self) -> int:
        """The most bytes this history's arrays take (:data:`HISTORY_BOUND_BYTES` at the
        default limit)."""
        return self.max_rows * ROW_BYTES

    def view(self) -> HistoryView:
        """The rows so far, as a view that later appends leave unchanged."""
        self._published = self._length
        return HistoryView(self._columns, self._length, self._limit, self._stride)

    def _own(self, first_row: int) -> None:
        """Before row ``first_row`` or later changes: new arrays if a view may show it."""
        if first_row < self._published:
            self._columns = {name: col.copy() for name, col in self._columns.items()}
            self._published = 0

    def reserve(self, rows: int) -> None:
        """Make room for ``rows`` rows in all (at most :attr:`max_rows`)."""
        size = self._columns["b"].shape[0]
        rows = min(rows, self.max_rows)
        if rows > size:
            new_size = min(max(rows, 2 * size), self.max_rows)
            columns = {}
            for name, old in self._columns.items():
                new = np.zeros((new_size, *old.shape[1:]), dtype=old.dtype)
                new[: self._length] = old[: self._length]
                columns[name] = new
            self._columns = columns  # views keep the old arrays
            self._published = 0

    def append(
        self, b, m, error, grad_b, grad_m, learning_rate, sample_pos=0, theta=None, state=None
    ) -> None:
        """Add the row of the next iteration (``theta`` default ``(b, m)``; ``state``
        padded with zeros to :data:`STATE_WIDTH`)."""
        state_row = np.zeros((1, STATE_WIDTH))
        if state is not None:
            state_row[0, : len(state)] = state
        one = [np.array([value], dtype=np.float64) for value in (b, m, error, grad_b, grad_m)]
        self.extend(
            History(
                np.array([self.last_iteration + 1]),
                *one,
                np.array([learning_rate], dtype=np.float64),
                np.array([sample_pos], dtype=np.float64),
                np.array([(b, m) if theta is None else theta], dtype=np.float64),
                state_row,
            )
        )

    def extend(self, rows: History) -> None:
        """Append rows of consecutive iterations that continue this buffer; past
        :attr:`limit` only those the stride keeps, and the newest."""
        k = len(rows)
        if k == 0:
            return
        if int(rows.iteration[0]) != self.last_iteration + 1:
            raise ValueError(
                f"rows start at {int(rows.iteration[0])}, expected {self.last_iteration + 1}"
            )
        self._drop_loose_newest()
        keep = None
        if self._stride > 1 or int(rows.iteration[-1]) >= self._limit:
            keep = self._keep(rows.iteration, self._stride)
            if self._length + np.count_nonzero(keep) > self.max_rows:
                keep = self._thin(rows.iteration)
            rows = History(*(column[keep] for column in rows))
            k = len(rows)
        self.reserve(self._length + k)
        start, stop = self._length, self._length + k
        for name in _SHAPES:
            self._columns[name][start:stop] = getattr(rows, name)
        self._columns["iteration"][start:stop] = rows.iteration
        self._length = stop

    def _keep(self, iterations: np.ndarray, stride: int) -> np.ndarray:
        """Which of these consecutive iterations (the newest last) a stride keeps."""
        keep = (iterations < self._limit) | ((iterations - self._limit) % stride == 0)
        keep[-1] = True
        return keep

    def _drop_loose_newest(self) -> None:
        """Forget the newest row if the stride does not keep it and no view shows it: it
        was kept only for being the newest."""
        n = self._length
        last = self.last_iteration
        loose = last >= self._limit and (last - self._limit) % self._stride != 0
        if loose and n - 1 >= self._published:
            self._length = n - 1

    def _thin(self, iterations: np.ndarray) -> np.ndarray:
        """Double the stride until the rows kept and the new ones fit :attr:`max_rows`;
        drop the kept rows the new stride does not keep; return which new ones to keep."""
        head = min(self._length, self._limit)
        tail = self._columns["iteration"][head : self._length]
        stride = self._stride
        while True:
            stride *= 2
            old = head + np.flatnonzero((tail - self._limit) % stride == 0)
            keep = self._keep(iterations, stride)
            if head + old.size + np.count_nonzero(keep) <= self.max_rows:
                break
        self._own(head)
        for column in self._columns.values():
            column[head : head + old.size] = column[old]
        self._length = head + old.size
        self._stride = stride
        return keep

    def truncate(self, length: int) -> None:
        """Keep the first ``length`` rows (rows appended later go to new arrays if a view
        may still show the rows dropped)."""
        length = max(0, min(int(length), self._length))
        if length < self._published:
            self._own(length)
        self._length = length
        if length <= self._limit:  # no row after the limit is left: keep them all again
            self._stride = 1

    def set_row(self, iteration: int, **values) -> None:
        """Overwrite some columns of the row of ``iteration`` (e.g. the error after the
        data changed); it must be a kept one.

        ``state`` may be shorter than :data:`STATE_WIDTH`; it is padded with zeros, as in
        :meth:`append`.
        """
        i = self.index(iteration)
        if int(self._columns["iteration"][i]) != iteration:
            raise IndexError(f"iteration {iteration} is not kept in the history")
        self._own(i)
        for name, value in values.items():
            if name == "state":
                value = () if value is None else value
                row = self._columns["state"][i]
                row[: len(value)] = value
                row[len(value) :] = 0.0
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

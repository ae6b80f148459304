"""Which history rows the panels draw (evenly spread samples and peak-keeping curves) and
which rows a long run keeps."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from gdviz.core.history import STATE_WIDTH, History, HistoryBuffer, peak_indices, sample_indices


@given(st.integers(0, 200_000), st.integers(2, 5000))
def test_sample_indices_are_even_distinct_and_keep_both_ends(length, max_points):
    idx = sample_indices(length, max_points)
    assert idx.size == min(length, max_points)
    if length == 0:
        return
    assert idx[0] == 0 and idx[-1] == length - 1
    gaps = np.diff(idx)
    assert (gaps >= 1).all()  # strictly increasing: no row twice
    if length > max_points:
        spacing = (length - 1) / (max_points - 1)
        assert np.abs(idx - np.arange(max_points) * spacing).max() <= 0.5 + 1e-9


@given(
    st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=3000),
    st.integers(4, 400),
)
def test_peak_indices_keep_the_extremes_of_every_stretch(values, max_points):
    values = np.array(values)
    idx = peak_indices(values, max_points)
    n = values.size
    assert idx[0] == 0 and idx[-1] == n - 1
    assert (np.diff(idx) >= 1).all()
    if n <= max_points:
        assert idx.size == n
        return
    assert idx.size <= max_points + 2 * n // max_points + 2
    kept = values[idx]
    assert kept.min() == values.min() and kept.max() == values.max()
    # every stretch between two kept rows lies within the extremes kept around it
    bucket = -(-2 * n // max_points)
    for start in range(0, n - n % bucket, bucket):
        block = values[start : start + bucket]
        inside = kept[(idx >= start) & (idx < start + bucket)]
        assert inside.min() == block.min() and inside.max() == block.max()


def _chunk(first: int, k: int) -> History:
    """Rows of iterations ``first`` to ``first + k - 1``, each value tied to its iteration."""
    it = np.arange(first, first + k)
    v = it.astype(np.float64)
    return History(
        it,
        v,
        -v,
        v * 2,
        v + 1,
        v + 2,
        v + 3,
        v + 4,
        np.column_stack((v, -v)),
        np.tile(v[:, None], (1, STATE_WIDTH)),
    )


@given(
    st.integers(2, 40),
    st.lists(st.tuples(st.integers(1, 300), st.booleans()), min_size=1, max_size=40),
)
def test_a_bounded_history_keeps_the_start_every_stride_th_row_and_the_newest(limit, chunks):
    buffer = HistoryBuffer(capacity=1, limit=limit)
    published = []
    done = 0
    for k, publish in chunks:
        buffer.extend(_chunk(done, k))
        done += k
        if publish:
            view = buffer.view()
            published.append((view, view.rows().copy()))
        its = buffer.column("iteration")
        assert len(buffer) <= 2 * limit
        assert its[-1] == done - 1  # the newest
        np.testing.assert_array_equal(its[: min(done, limit)], np.arange(min(done, limit)))
        grid = np.arange(limit, done, buffer.stride)
        assert np.isin(grid, its).all()
        assert (np.diff(its) > 0).all()
        # each kept row holds the values of its own iteration
        np.testing.assert_array_equal(buffer.column("b"), its.astype(np.float64))
        np.testing.assert_array_equal(buffer.column("state")[:, -1], its.astype(np.float64))
    for view, rows in published:  # what a view showed never changes
        np.testing.assert_array_equal(view.rows().iteration, rows.iteration)
        np.testing.assert_array_equal(view.rows().theta, rows.theta)
    its = buffer.column("iteration")
    for i in range(done):  # the row of an iteration: the nearest kept at or before it
        before = int(its[its <= i].max())
        assert buffer.kept(i) == before
        assert buffer.row(i)[0] == float(before)
        later = its[its > i]
        assert buffer.kept_after(i) == (int(later[0]) if later.size else done - 1)

"""Which history rows the panels draw: evenly spread samples and peak-keeping curves."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from gdviz.core.history import peak_indices, sample_indices


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

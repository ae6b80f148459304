"""My line's residuals, total and mean against plain arithmetic, and its handles."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gdviz.core import model, my_line
from gdviz.core.settings import INITIAL_LIMIT

coords = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False)


@st.composite
def data_and_line(draw):
    n = draw(st.integers(1, 40))
    x = draw(st.lists(coords, min_size=n, max_size=n))
    y = draw(st.lists(coords, min_size=n, max_size=n))
    return x, y, draw(st.floats(-100, 100)), draw(st.floats(-10, 10))


@given(data_and_line())
def test_fit_is_the_sum_of_the_squared_residuals(case):
    x, y, b, m = case
    result = my_line.fit(np.array(x), np.array(y), b, m)
    residuals = [yi - (m * xi + b) for xi, yi in zip(x, y, strict=True)]
    total = math.fsum(r * r for r in residuals)
    assert result.residuals.tolist() == pytest.approx(residuals, rel=1e-12, abs=1e-9)
    assert result.total == pytest.approx(total, rel=1e-9, abs=1e-9)
    assert result.mean == pytest.approx(total / len(x), rel=1e-9, abs=1e-9)
    assert result.n == len(x) and (result.b, result.m) == (b, m)


def test_fit_by_hand_and_agrees_with_the_error_the_descent_minimises():
    x, y = np.array([0.0, 1.0, 2.0, 3.0]), np.array([1.0, 3.0, 2.0, 5.0])
    result = my_line.fit(x, y, 1.0, 1.0)  # line 1, 2, 3, 4: residuals 0, 1, -1, 1
    assert result.residuals.tolist() == [0.0, 1.0, -1.0, 1.0]
    assert result.total == 3.0
    assert result.mean == 0.75
    assert result.mean == pytest.approx(model.mse(model.fit_statistics(x, y), 1.0, 1.0))


def test_fit_needs_points():
    with pytest.raises(ValueError, match="at least one point"):
        my_line.fit(np.empty(0), np.empty(0), 0.0, 0.0)


@given(coords, coords, coords, coords)
def test_the_line_through_two_points_passes_through_both(x1, y1, x2, y2):
    if abs(x2 - x1) < 1e-3:
        return
    b, m = my_line.line_through(x1, y1, x2, y2)
    scale = max(1.0, abs(y1), abs(y2), abs(m) * max(abs(x1), abs(x2)))
    assert m * x1 + b == pytest.approx(y1, abs=1e-9 * scale)
    assert m * x2 + b == pytest.approx(y2, abs=1e-9 * scale)


def test_a_vertical_line_and_a_huge_one_are_refused():
    with pytest.raises(ValueError, match="different x"):
        my_line.line_through(2.0, 0.0, 2.0, 5.0)
    with pytest.raises(ValueError, match="my line's m must be"):
        my_line.line_through(0.0, 0.0, 1e-20, 1.0)
    with pytest.raises(ValueError, match="my line's b must be"):
        my_line.check_line(math.inf, 0.0)
    assert my_line.check_line(INITIAL_LIMIT, -1) == (INITIAL_LIMIT, -1.0)


def test_handles_sit_at_a_fifth_and_four_fifths_of_the_span():
    assert my_line.handle_xs(0.0, 10.0) == (2.0, 8.0)
    assert my_line.handle_xs(-5.0, 5.0) == (-3.0, 3.0)


def test_my_line_starts_flat_through_the_mean_of_y():
    assert my_line.start(np.array([1.0, 2.0, 6.0])) == (3.0, 0.0)

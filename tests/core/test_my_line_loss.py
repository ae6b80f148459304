"""My line's error under the chosen loss, against the losses written out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from gdviz.core import my_line
from gdviz.core.objective import MSE, Objective

coords = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False)


def by_hand(x, y, b, m, loss, delta=1.0, ridge=0.0) -> float:
    """mean ρ(r) + λ m², each residual's loss written out one at a time."""
    total = []
    for xi, yi in zip(x, y, strict=True):
        r = yi - (m * xi + b)
        if loss == "mse":
            total.append(r * r)
        elif loss == "mae":
            total.append(abs(r))
        elif abs(r) <= delta:  # Huber, inside δ: squared
            total.append(r * r)
        else:  # Huber, beyond δ: 2δ|r| − δ²
            total.append(2 * delta * abs(r) - delta * delta)
    return math.fsum(total) / len(total) + ridge * m * m


def test_the_error_by_hand_on_four_points():
    x, y = np.array([0.0, 1.0, 2.0, 3.0]), np.array([1.0, 3.0, 2.0, 8.0])
    # the line 1 + x: residuals 0, 1, -1, 4
    assert my_line.fit(x, y, 1.0, 1.0, Objective("mae")).error == 1.5  # (0+1+1+4)/4
    # δ = 2: 0, 1, 1 inside (squared), 4 beyond: 2·2·4 − 4 = 12, mean 14/4
    assert my_line.fit(x, y, 1.0, 1.0, Objective("huber", 2.0)).error == 3.5
    # ridge 0.5 adds 0.5 · 1²; the squares' total and mean stay those of r²
    fit = my_line.fit(x, y, 1.0, 1.0, Objective("mae", ridge=0.5))
    assert fit.error == 2.0
    assert (fit.total, fit.mean) == (18.0, 4.5)
    assert fit.objective == Objective("mae", ridge=0.5)


def test_the_plain_mse_error_is_the_mean():
    x, y = np.array([0.0, 1.0, 2.0]), np.array([2.0, -1.0, 4.0])
    fit = my_line.fit(x, y, 0.5, 0.25)
    assert fit.objective == MSE
    assert fit.error == fit.mean == fit.total / 3
    ridged = my_line.fit(x, y, 0.5, 0.25, Objective("mse", ridge=2.0))
    assert ridged.error == pytest.approx(fit.mean + 2.0 * 0.25**2, rel=1e-14)
    assert ridged.mean == fit.mean


@st.composite
def cases(draw):
    n = draw(st.integers(1, 40))
    x = np.array(draw(st.lists(coords, min_size=n, max_size=n)))
    y = np.array(draw(st.lists(coords, min_size=n, max_size=n)))
    b, m = draw(st.floats(-100, 100)), draw(st.floats(-10, 10))
    loss = draw(st.sampled_from(["mse", "mae", "huber"]))
    delta = draw(st.floats(1e-3, 1e3))
    ridge = draw(st.sampled_from([0.0, 1e-3, 0.5, 20.0]))
    return x, y, b, m, Objective(loss, delta, ridge)


@given(cases())
def test_the_error_is_the_chosen_loss_of_the_residuals(case):
    x, y, b, m, objective = case
    fit = my_line.fit(x, y, b, m, objective)
    expected = by_hand(x, y, b, m, objective.loss, objective.huber_delta, objective.ridge)
    scale = 1.0 + abs(expected)
    assert fit.error == pytest.approx(expected, rel=1e-9, abs=1e-9 * scale)
    # the squares drawn do not depend on the loss
    plain = my_line.fit(x, y, b, m)
    assert fit.total == plain.total and fit.mean == plain.mean
    np.testing.assert_array_equal(fit.residuals, plain.residuals)


@given(cases())
def test_the_error_is_the_height_of_the_surface_the_descent_minimises(case):
    x, y, b, m, objective = case
    assume(np.ptp(x) > 1e-3)  # data a run can descend on: x not all the same
    fit = my_line.fit(x, y, b, m, objective)
    grid = objective.grid(x, y, np.array([b]), np.array([m]))[0, 0]
    assert fit.error == pytest.approx(grid, rel=1e-7, abs=1e-7 * (1.0 + abs(grid)))

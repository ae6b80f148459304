"""The model from sufficient statistics against independent arithmetic."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdviz.core import model
from tests.conftest import TUTORIAL


def exact_mse(x, y, b, m) -> Fraction:
    """The mean squared error in exact rational arithmetic."""
    b, m = Fraction(b), Fraction(m)
    total = sum((Fraction(yi) - (m * Fraction(xi) + b)) ** 2 for xi, yi in zip(x, y, strict=True))
    return total / len(x)


def tutorial_gradient(x, y, b, m):
    """The tutorial's per-point loop."""
    n = float(len(x))
    gb = gm = 0.0
    for xi, yi in zip(x, y, strict=True):
        gb += -(2 / n) * (yi - (m * xi + b))
        gm += -(2 / n) * xi * (yi - (m * xi + b))
    return gb, gm


def test_seed_optimum_matches_published_and_lstsq(seed_xy):
    x, y = seed_xy
    a = model.analyse(model.fit_statistics(x, y))
    assert a.b_star == pytest.approx(TUTORIAL["b_star"], rel=1e-12)
    assert a.m_star == pytest.approx(TUTORIAL["m_star"], rel=1e-12)
    assert a.mse_star == pytest.approx(TUTORIAL["mse_star"], rel=1e-12)
    coef, *_ = np.linalg.lstsq(np.column_stack([np.ones_like(x), x]), y, rcond=None)
    assert a.b_star == pytest.approx(coef[0], rel=1e-10)
    assert a.m_star == pytest.approx(coef[1], rel=1e-10)


def test_seed_conditioning(seed_xy):
    a = model.analyse(model.fit_statistics(*seed_xy))
    eig = np.linalg.eigvalsh(model.hessian(model.fit_statistics(*seed_xy)))
    assert a.lambda_min == pytest.approx(eig[0], rel=1e-6)
    assert a.lambda_max == pytest.approx(eig[1], rel=1e-12)
    assert a.lambda_min == pytest.approx(0.0755, rel=1e-3)
    assert a.lambda_max == pytest.approx(4984, rel=1e-3)
    assert 65_000 < a.condition_number < 67_000
    assert a.max_stable_learning_rate == pytest.approx(0.000401, rel=1e-3)
    assert a.best_learning_rate < a.max_stable_learning_rate


def test_r_squared_is_squared_correlation(seed_xy):
    x, y = seed_xy
    a = model.analyse(model.fit_statistics(x, y))
    assert a.r_squared == pytest.approx(np.corrcoef(x, y)[0, 1] ** 2, rel=1e-12)


@pytest.mark.parametrize("b, m", [(0.0, 0.0), (7.99, 1.32), (-40.0, 3.5), (1e3, -2e2)])
def test_mse_and_gradient_match_the_per_point_definition(seed_xy, b, m):
    x, y = seed_xy
    stats = model.fit_statistics(x, y)
    assert model.mse(stats, b, m) == pytest.approx(float(exact_mse(x, y, b, m)), rel=1e-12)
    gb, gm = model.gradient(stats, b, m)
    tb, tm = tutorial_gradient(x, y, b, m)
    scale = abs(tb) + abs(tm)
    assert gb == pytest.approx(tb, rel=1e-10, abs=1e-12 * scale)
    assert gm == pytest.approx(tm, rel=1e-10, abs=1e-12 * scale)


def test_gradient_matches_central_finite_differences(seed_xy):
    stats = model.fit_statistics(*seed_xy)
    for b, m in [(0.0, 0.0), (3.0, 1.0), (7.99, 1.3224)]:
        h = 1e-5
        fd_b = (model.mse(stats, b + h, m) - model.mse(stats, b - h, m)) / (2 * h)
        fd_m = (model.mse(stats, b, m + h) - model.mse(stats, b, m - h)) / (2 * h)
        gb, gm = model.gradient(stats, b, m)
        assert gb == pytest.approx(fd_b, rel=1e-6, abs=1e-6)
        assert gm == pytest.approx(fd_m, rel=1e-6, abs=1e-5)


def test_hessian_matches_finite_differences_of_the_gradient(seed_xy):
    stats = model.fit_statistics(*seed_xy)
    h = 1e-4
    b, m = 1.0, 0.5
    col_b = (np.array(model.gradient(stats, b + h, m)) - model.gradient(stats, b - h, m)) / (2 * h)
    col_m = (np.array(model.gradient(stats, b, m + h)) - model.gradient(stats, b, m - h)) / (2 * h)
    np.testing.assert_allclose(model.hessian(stats), np.column_stack([col_b, col_m]), rtol=1e-7)


def test_offset_of_a_million_in_x_keeps_full_precision():
    rng = np.random.default_rng(3)
    x = 1e6 + rng.uniform(0, 10, 50)
    y = 2.0 + 0.5 * (x - 1e6) + rng.normal(0, 1, 50)
    stats = model.fit_statistics(x, y)
    m_star = 0.5
    b_star = stats.y_mean - m_star * stats.x_mean
    for b, m in [(b_star, m_star), (b_star + 3.0, m_star), (-5e5, 0.5000001)]:
        exact = float(exact_mse(x, y, b, m))
        assert model.mse(stats, b, m) == pytest.approx(exact, rel=1e-9)
    # closed form against exact normal equations solved in rationals
    xs = [Fraction(v) for v in x]
    ys = [Fraction(v) for v in y]
    n = len(xs)
    xm, ym = sum(xs) / n, sum(ys) / n
    slope = sum((a - xm) * (c - ym) for a, c in zip(xs, ys, strict=True)) / sum(
        (a - xm) ** 2 for a in xs
    )
    assert stats.slope_star == pytest.approx(float(slope), rel=1e-12)
    assert stats.intercept_star == pytest.approx(float(ym - slope * xm), rel=1e-9)
    a = model.analyse(stats)
    assert a.lambda_min > 0 and np.isfinite(a.condition_number)


def test_perfect_line_has_zero_optimum_error():
    x = np.arange(10.0)
    y = 3.0 * x - 2.0
    a = model.analyse(model.fit_statistics(x, y))
    assert a.mse_star == pytest.approx(0.0, abs=1e-25)
    assert a.r_squared == pytest.approx(1.0)
    assert (a.b_star, a.m_star) == pytest.approx((-2.0, 3.0))


finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(finite, finite), min_size=2, max_size=40),
    st.floats(-1e3, 1e3),
    st.floats(-1e3, 1e3),
)
def test_statistics_equal_direct_computation(points, b, m):
    x = np.array([p[0] for p in points])
    y = np.array([p[1] for p in points])
    if np.ptp(x) <= 1e-3 * max(1.0, np.abs(x).max()):
        return  # x (nearly) constant: the loader refuses such data
    stats = model.fit_statistics(x, y)
    direct = model.mse_direct(x, y, b, m)
    assert model.mse(stats, b, m) == pytest.approx(direct, rel=1e-8, abs=1e-9)
    gb, gm = model.gradient(stats, b, m)
    db, dm = model.gradient_direct(x, y, b, m)
    scale = 1.0 + abs(db) + abs(dm) + np.sqrt(direct) * (1 + np.abs(x).max())
    assert abs(gb - db) <= 1e-8 * scale
    assert abs(gm - dm) <= 1e-8 * scale
    assert stats.sse_star >= 0
    assert model.mse(stats, stats.intercept_star, stats.slope_star) <= direct * (1 + 1e-9) + 1e-9


def test_statistics_in_blocks_equal_the_whole_array(monkeypatch):
    rng = np.random.default_rng(5)
    x = 1e6 + rng.uniform(0, 10, 10_001)
    y = 3.0 - 0.5 * x + rng.normal(0, 1, x.size)
    whole = model.fit_statistics(x, y)
    monkeypatch.setattr(model, "STATISTICS_BLOCK", 1000)  # 11 blocks, the last one short
    blocks = model.fit_statistics(x, y)
    for a, b in zip(whole, blocks, strict=True):
        assert a == pytest.approx(b, rel=1e-9)


def test_ridge_statistics_reproduce_the_penalised_error_exactly():
    from gdviz.core.objective import Objective

    rng = np.random.default_rng(5)
    x = rng.uniform(-5, 40, 33)
    y = 3 + 0.9 * x + rng.normal(size=33)
    lam = 0.45
    stats = model.fit_statistics(x, y)
    ridge = Objective("mse", ridge=lam).quadratic_statistics(stats)
    for b, m in [(0.0, 0.0), (3.0, 0.9), (-10.0, 4.0)]:
        direct = np.mean((y - (m * x + b)) ** 2) + lam * m * m
        assert model.mse(ridge, b, m) == pytest.approx(direct, rel=1e-12)
    n = x.size
    a = np.array([[n, x.sum()], [x.sum(), x @ x + n * lam]])
    b_ref, m_ref = np.linalg.solve(a, [y.sum(), x @ y])
    assert (ridge.intercept_star, ridge.slope_star) == pytest.approx((b_ref, m_ref), rel=1e-12)
    h = model.hessian(ridge)
    assert h == pytest.approx(model.hessian(stats) + np.diag([0.0, 2 * lam]), rel=1e-12)
    with pytest.raises(ValueError, match="not a quadratic"):
        Objective("mae").quadratic_statistics(stats)

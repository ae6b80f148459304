"""The losses and their optima against independent references.

MAE against a linear-programming LAD solver (scikit-learn's QuantileRegressor with
HiGHS), Huber against scipy's general minimiser on scipy's own Huber function, ridge
against the normal equations and scikit-learn's Ridge; gradients and Hessians against
finite differences; the grid against the definition, point by point.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import minimize, minimize_scalar
from scipy.special import huber
from sklearn.linear_model import QuantileRegressor, Ridge

from gdviz.core import objective as obj
from gdviz.core.model import fit_statistics
from gdviz.core.objective import Objective, lad_line
from gdviz.core.scaling import standardising
from gdviz.core.settings import RunSettings


def data(seed: int, n: int = 40, outliers: int = 4):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-3.0, 12.0, n)
    y = 1.5 - 0.8 * x + rng.normal(0.0, 1.0, n)
    y[:outliers] += rng.uniform(10.0, 30.0, outliers)  # a few outliers
    return x, y


def mean_abs(x, y, b, m) -> float:
    return float(np.mean(np.abs(y - (m * x + b))))


def huber_error(x, y, b, m, delta, ridge=0.0) -> float:
    """Twice scipy's Huber function (½r² inside δ), so r² inside δ, 2δ|r| − δ² beyond."""
    return float(np.mean(2.0 * huber(delta, y - (m * x + b)))) + ridge * m * m


@pytest.mark.parametrize("seed", range(6))
def test_lad_matches_a_linear_programming_solver(seed):
    x, y = data(seed, n=25 + 10 * seed)
    q = QuantileRegressor(quantile=0.5, alpha=0.0, solver="highs").fit(x[:, None], y)
    b, m, unique, note = lad_line(x, y)
    ref = mean_abs(x, y, q.intercept_, q.coef_[0])
    assert mean_abs(x, y, b, m) == pytest.approx(ref, rel=1e-9)
    assert mean_abs(x, y, b, m) <= ref * (1 + 1e-12)
    assert unique and note == ""
    assert (b, m) == pytest.approx((q.intercept_, q.coef_[0]), rel=1e-9, abs=1e-9)
    optimum = Objective("mae").optimum(x, y)
    assert (optimum.b, optimum.m, optimum.unique) == (b, m, True)
    assert optimum.error == pytest.approx(ref, rel=1e-9)


def test_lad_says_when_it_is_not_unique():
    # two points above each other at x = 0 and at x = 1: any line between them is optimal
    x = np.array([0.0, 0.0, 1.0, 1.0])
    y = np.array([0.0, 1.0, 0.0, 1.0])
    optimum = Objective("mae").optimum(x, y)
    q = QuantileRegressor(quantile=0.5, alpha=0.0, solver="highs").fit(x[:, None], y)
    assert optimum.error == pytest.approx(mean_abs(x, y, q.intercept_, q.coef_[0]), rel=1e-12)
    assert optimum.error == pytest.approx(0.5)
    assert not optimum.unique and "other lines" in optimum.note


def test_lad_through_the_points_of_a_perfect_line():
    x = np.arange(7.0)
    y = 2.0 - 3.0 * x
    y[3] += 100.0  # one outlier does not move a LAD line
    b, m, unique, _ = lad_line(x, y)
    assert (b, m, unique) == (pytest.approx(2.0, abs=1e-12), pytest.approx(-3.0), True)


@pytest.mark.parametrize(("seed", "ridge"), [(0, 0.05), (1, 0.3), (2, 2.0)])
def test_mae_with_ridge_against_a_general_minimiser(seed, ridge):
    x, y = data(seed, n=31)  # odd: a unique intercept

    def profile(m):  # the best intercept for a slope is a median of y - m x
        b = float(np.median(y - m * x))
        return mean_abs(x, y, b, m) + ridge * m * m

    ref = minimize_scalar(profile, bracket=(-3.0, 3.0), tol=1e-14)
    optimum = Objective("mae", ridge=ridge).optimum(x, y)
    assert optimum.error <= ref.fun * (1 + 1e-12)
    assert optimum.error == pytest.approx(ref.fun, rel=1e-9)
    assert optimum.m == pytest.approx(ref.x, rel=1e-6, abs=1e-7)
    assert optimum.unique


@pytest.mark.parametrize(("seed", "delta", "ridge"), [(0, 1.0, 0.0), (1, 0.3, 0.0), (2, 2.5, 0.4)])
def test_huber_against_scipys_minimiser(seed, delta, ridge):
    x, y = data(seed)
    ref = minimize(
        lambda t: huber_error(x, y, t[0], t[1], delta, ridge),
        x0=np.array([np.median(y), 0.0]),
        method="Nelder-Mead",
        options={"xatol": 1e-12, "fatol": 1e-15, "maxiter": 20000, "maxfev": 40000},
    )
    optimum = Objective("huber", delta, ridge).optimum(x, y)
    assert optimum.error <= ref.fun * (1 + 1e-12)
    assert optimum.error == pytest.approx(ref.fun, rel=1e-9)
    assert (optimum.b, optimum.m) == pytest.approx(tuple(ref.x), rel=1e-6, abs=1e-7)
    assert optimum.error == pytest.approx(huber_error(x, y, optimum.b, optimum.m, delta, ridge))
    grad = Objective("huber", delta, ridge).gradient(x, y, optimum.b, optimum.m)
    assert np.abs(grad) == pytest.approx([0.0, 0.0], abs=1e-12)


@pytest.mark.parametrize("ridge", [0.0, 0.01, 0.7, 40.0])
def test_ridge_closed_form_against_normal_equations_and_sklearn(ridge):
    x, y = data(3, n=57)
    n = x.size
    # E = (1/N)|y − b − m x|² + λm²: normal equations [[N, Σx], [Σx, Σx² + Nλ]]
    a = np.array([[n, x.sum()], [x.sum(), x @ x + n * ridge]])
    b_ref, m_ref = np.linalg.solve(a, np.array([y.sum(), x @ y]))
    optimum = Objective("mse", ridge=ridge).optimum(x, y)
    assert (optimum.b, optimum.m) == pytest.approx((b_ref, m_ref), rel=1e-9)
    # scikit-learn minimises |y − Xw − b|² + α|w|²: the same as N·E with α = N·λ
    sk = Ridge(alpha=n * ridge).fit(x[:, None], y)
    assert (optimum.b, optimum.m) == pytest.approx((sk.intercept_, sk.coef_[0]), rel=1e-9)
    direct = float(np.mean((y - (m_ref * x + b_ref)) ** 2)) + ridge * m_ref**2
    assert optimum.error == pytest.approx(direct, rel=1e-12)


def test_ridge_alpha_is_n_lambda_not_lambda():
    x, y = data(4, n=20)
    optimum = Objective("mse", ridge=0.5).optimum(x, y)
    wrong = Ridge(alpha=0.5).fit(x[:, None], y)
    assert abs(optimum.m - wrong.coef_[0]) > 1e-3


OBJECTIVES = [
    Objective("mse"),
    Objective("mse", ridge=0.3),
    Objective("mae"),
    Objective("mae", ridge=0.2),
    Objective("huber", 0.7),
    Objective("huber", 2.0, ridge=0.1),
]


@pytest.mark.parametrize("o", OBJECTIVES, ids=lambda o: o.label)
def test_gradient_matches_finite_differences(o):
    x, y = data(5, n=30)
    stats = fit_statistics(x, y)
    for b, m in [(0.3, -0.2), (2.0, -0.9), (-1.0, 0.5)]:
        h = 1e-6
        fd = [
            (o.value(x, y, b + h, m) - o.value(x, y, b - h, m)) / (2 * h),
            (o.value(x, y, b, m + h) - o.value(x, y, b, m - h)) / (2 * h),
        ]
        assert o.gradient(x, y, b, m) == pytest.approx(fd, rel=1e-5, abs=1e-6)
        assert o.gradient(x, y, b, m, stats) == pytest.approx(o.gradient(x, y, b, m), rel=1e-9)
        assert o.value(x, y, b, m, stats) == pytest.approx(o.value(x, y, b, m), rel=1e-12)


@pytest.mark.parametrize("o", [OBJECTIVES[0], OBJECTIVES[1], OBJECTIVES[4], OBJECTIVES[5]])
def test_hessian_matches_finite_differences_of_the_gradient(o):
    x, y = data(6, n=30)
    b, m, h = 0.5, -0.6, 1e-6
    gb = np.subtract(o.gradient(x, y, b + h, m), o.gradient(x, y, b - h, m)) / (2 * h)
    gm = np.subtract(o.gradient(x, y, b, m + h), o.gradient(x, y, b, m - h)) / (2 * h)
    assert o.hessian(x, y, b, m) == pytest.approx(np.column_stack([gb, gm]), rel=1e-5)


def test_mae_subgradient_is_zero_at_a_zero_residual_and_has_no_curvature():
    x = np.array([0.0, 1.0, 2.0])
    y = np.array([1.0, 2.0, 5.0])  # the line b = 1, m = 1 passes through the first two
    o = Objective("mae", ridge=0.25)
    # only the third point (residual 2 > 0) counts: −(1/3)(0 + 0 + 1), −(1/3)(2·1) + 2λm
    assert o.gradient(x, y, 1.0, 1.0) == pytest.approx([-1 / 3, -2 / 3 + 0.5])
    assert o.hessian(x, y, 1.0, 1.0) == pytest.approx(np.array([[0.0, 0.0], [0.0, 0.5]]))


@pytest.mark.parametrize("o", OBJECTIVES, ids=lambda o: o.label)
def test_grid_equals_the_definition_point_by_point(o):
    x, y = data(7, n=35)
    x = x + 1000.0  # far from the origin: the sorted sums must keep their precision
    b_values = np.linspace(-1500.0, 1500.0, 9)
    m_values = np.linspace(-2.5, 1.0, 7)
    grid = o.grid(x, y, b_values, m_values)
    assert grid.shape == (7, 9)
    for i, m in enumerate(m_values):
        for j, b in enumerate(b_values):
            r = y - (m * x + b)
            if o.loss == "mse":
                rho = r * r
            elif o.loss == "mae":
                rho = np.abs(r)
            else:
                rho = 2.0 * huber(o.huber_delta, r)
            assert grid[i, j] == pytest.approx(np.mean(rho) + o.ridge * m * m, rel=1e-9)


@pytest.mark.parametrize("o", OBJECTIVES[1:], ids=lambda o: o.label)
def test_the_scaled_objective_has_the_same_optimum(o):
    x, y = data(8, n=33)
    scaling = standardising(fit_statistics(x, y))
    scaled = o.scaled(scaling).optimum(scaling.scale_x(x), scaling.scale_y(y))
    back = scaling.to_original(scaled.b, scaled.m)
    best = o.optimum(x, y)
    assert back == pytest.approx((best.b, best.m), rel=1e-7, abs=1e-8)


def test_registry_and_words():
    assert [s.name for s in obj.loss_specs()] == ["mse", "mae", "huber"]
    assert obj.loss_spec(" MAE ").name == "mae"
    with pytest.raises(ValueError, match=r"unknown loss 'l1' \(choose one of: mse, mae, huber\)"):
        obj.loss_spec("l1")
    with pytest.raises(ValueError, match="already registered"):
        obj.register_loss(obj.loss_spec("mse"))
    assert Objective("huber", 1.5, 0.1).label == "Huber loss (δ = 1.5) + ridge λ = 0.1"
    assert Objective("mae").formula == "E = (1/N) Σ |rᵢ|"
    assert Objective("mse", ridge=2.0).formula == "E = (1/N) Σ rᵢ² + λ m²"
    assert Objective("mse", ridge=2.0).optimum_name == "ridge least-squares line"
    assert [s.smooth for s in obj.loss_specs()] == [True, False, True]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"loss": "l2"}, "unknown loss 'l2'"),
        ({"loss": "huber", "huber_delta": 0.0}, "huber delta must be greater than 0 (got 0)"),
        ({"ridge": -1.0}, "ridge must be between 0 and 1000000000000 (got -1)"),
        ({"ridge": float("nan")}, "ridge must be a finite number"),
        ({"loss": "mae", "optimizer": "newton"}, "Newton's method needs the curvature"),
        ({"loss": "mae", "optimizer": "cg"}, "conjugate gradients needs the curvature"),
    ],
)
def test_settings_check_the_loss_fields(changes, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        RunSettings(**changes).checked()


def test_settings_carry_the_objective_to_the_descent():
    x, y = data(9)
    s = RunSettings(loss=" Huber ", huber_delta=2, ridge=0.5).checked()
    assert (s.loss, s.huber_delta, s.ridge) == ("huber", 2.0, 0.5)
    assert type(s.huber_delta) is float
    d = s.make_descent(x, y)
    assert d.objective == Objective("huber", 2.0, 0.5)
    assert d.optimum == Objective("huber", 2.0, 0.5).optimum(x, y)

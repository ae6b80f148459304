"""Numeric extremes through the core: correct results or a clear message, never NaN or inf.

Cases: x or y near 1e300 (squares overflow) and 1e-300 (squares underflow), near 1e150
and 1e-140 (the largest and smallest that still fit), x = 1e6 plus small and tiny
offsets, two points, repeated points, an exact line (zero error), a constant y, learning
rates from 1e-12 to 1e9 for every optimizer, and starting lines far away.

Every accepted case is checked against exact rational arithmetic (:mod:`fractions`) on the
very floats the core sees; every refused one must raise ValueError with one line saying
what to change. Floating-point trouble must not leak: numpy is set to raise on overflow,
invalid and divide (``np.seterr``), and any warning is an error.
"""

from __future__ import annotations

import json
import math
import re
import warnings
from fractions import Fraction

import numpy as np
import pytest

from gdviz.cli import main
from gdviz.core import geometry, model, stability, surface
from gdviz.core.descent import DIVERGENCE_FACTOR, Descent
from gdviz.core.optimizers import make_optimizer
from gdviz.core.scaling import IDENTITY, standardising
from tests.conftest import write_csv

NON_FINITE = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)
OPTIMIZERS = ["gd", "sgd", "minibatch", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
#: 1e-12 … 1e9, the range the window's learning-rate input takes, in steps of 10³.
RATES = [10.0**k for k in range(-12, 10, 3)]
TINY = float(np.finfo(np.float64).tiny)
BASE_Y = np.array([1.0, 2.0, 2.0, 4.0, 3.0, 5.0, 6.0, 5.0, 7.0, 9.0])

#: Data sets the core fits; each with the relative accuracy its errors are checked to.
ACCEPTED = {
    "x near 1e150": (np.array([1.0, 2.0, 3.0]) * 1e150, np.array([1.0, 3.0, 2.0]), 1e-12),
    "y near 1e150": (np.array([1.0, 2.0, 3.0]), np.array([1.0, 3.0, 2.0]) * 1e150, 1e-12),
    "x near 1e-140": (np.array([1.0, 2.0, 3.0]) * 1e-140, np.array([1.0, 3.0, 2.0]), 1e-12),
    "y near 1e-140": (np.array([1.0, 2.0, 3.0]), np.array([1.0, 3.0, 2.0]) * 1e-140, 1e-12),
    "x and y near 1e-100": (
        np.array([1.0, 2.0, 3.0]) * 1e-100,
        np.array([1.0, 3.0, 2.0]) * 1e-100,
        1e-12,
    ),
    "x = 1e6 + offsets": (1e6 + np.arange(10.0), BASE_Y, 1e-9),
    # σx/|x̄| = 3e-8, just above the limit: errors good to about 2ε|x̄|/σx ≈ 1e-8
    "x = 1e6 + small offsets": (1e6 + 0.01 * np.arange(10.0), BASE_Y, 1e-7),
    "y = 1e6 + offsets": (np.arange(10.0), 1e6 + BASE_Y, 1e-9),
    "two points": (np.array([1.0, 2.0]), np.array([3.0, 5.0]), 1e-12),
    "duplicates": (np.array([1.0, 1.0, 2.0, 2.0, 2.0]), np.array([3.0, 3.0, 5.0, 5.0, 5.0]), 1e-12),
    "exact line": (np.arange(10.0), 2.0 * np.arange(10.0) + 1.0, 1e-12),
    "exact line, thirds": (np.arange(7.0) / 3.0, 0.1 - np.arange(7.0) / 7.0, 1e-12),
    "constant y": (np.arange(10.0), np.full(10, 7.0), 1e-12),
    "zero y": (np.arange(10.0), np.zeros(10), 1e-12),
    "constant tiny y": (np.arange(10.0), np.full(10, 1e-300), 1e-12),
}

#: Data sets floats cannot hold: (x, y, words the one-line message must contain).
REFUSED = {
    "x and y near 1e300": (
        np.array([1.0, 2.0, 3.0]) * 1e300,
        np.array([1.0, 3.0, 2.0]) * 1e300,
        "x values as large as 3e+300 are too large",
    ),
    "x near 1e300": (np.array([1.0, 2.0, 3.0]) * 1e300, np.array([1.0, 3.0, 2.0]), "too large"),
    "y near 1e300": (np.array([1.0, 2.0, 3.0]), np.array([1.0, 3.0, 2.0]) * 1e300, "y values"),
    "many x near 1e306": (np.linspace(1.0, 1.5, 1000) * 1e306, np.arange(1000.0), "too large"),
    "x near 1e153": (np.array([1.0, 1.1, 1.2]) * 1e153, np.array([1.0, 3.0, 2.0]), "rescale x"),
    "x near 1e-300": (np.array([1.0, 2.0, 3.0]) * 1e-300, np.array([1.0, 3.0, 2.0]), "underflow"),
    "y near 1e-300": (
        np.array([1.0, 2.0, 3.0]),
        np.array([1.0, 3.0, 2.0]) * 1e-300,
        "the y values differ too little",
    ),
    "x = 1e6 + 1e-9 offsets": (
        1e6 + 1e-9 * np.arange(4.0),
        BASE_Y[:4],
        "subtract a constant from x first (e.g. use x − 1000000)",
    ),
    "y = 1e9 + 1e-9 offsets": (np.arange(4.0), 1e9 + 1e-6 * BASE_Y[:4], "from y"),
    "constant x": (np.full(3, 2.0), np.array([1.0, 2.0, 3.0]), "all x values are equal"),
    "one point": (np.array([1.0]), np.array([1.0]), "at least two points"),
    "nan in y": (np.array([1.0, 2.0]), np.array([1.0, np.nan]), "finite"),
}


@pytest.fixture(autouse=True)
def strict_floating_point():
    """Overflow, invalid operations and division by zero raise instead of warning."""
    old = np.seterr(over="raise", invalid="raise", divide="raise", under="ignore")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield
    np.seterr(**old)


# ---------------------------------------------------------------------------- exact
class Exact:
    """The least-squares fit of the very floats ``x, y`` in rational arithmetic."""

    def __init__(self, x, y):
        self.x = [Fraction(float(v)) for v in x]
        self.y = [Fraction(float(v)) for v in y]
        n = self.n = len(self.x)
        self.x_mean = sum(self.x) / n
        self.y_mean = sum(self.y) / n
        self.sxx = sum((a - self.x_mean) ** 2 for a in self.x)
        self.sxy = sum(
            (a - self.x_mean) * (b - self.y_mean) for a, b in zip(self.x, self.y, strict=True)
        )
        self.syy = sum((b - self.y_mean) ** 2 for b in self.y)
        self.m_star = self.sxy / self.sxx
        self.b_star = self.y_mean - self.m_star * self.x_mean
        self.sse_star = self.syy - self.sxy**2 / self.sxx
        # the scale errors are measured against: mean(y²), what the line y = 0 makes
        self.scale = self.syy / n + self.y_mean**2

    def mse(self, b, m) -> Fraction:
        b, m = Fraction(float(b)), Fraction(float(m))
        return sum((yi - m * xi - b) ** 2 for xi, yi in zip(self.x, self.y, strict=True)) / self.n


def close(value, exact: Fraction, rel: float, floor: Fraction = Fraction(0)) -> bool:
    """``|value - exact| <= rel·|exact| + floor``, decided exactly."""
    assert math.isfinite(value), value
    return abs(Fraction(float(value)) - exact) <= Fraction(rel) * abs(exact) + floor


def one_line(message: str) -> None:
    assert message and "\n" not in message and not NON_FINITE.search(message), message


# ---------------------------------------------------------------------------- statistics
@pytest.mark.parametrize("case", list(ACCEPTED))
def test_statistics_and_closed_form_match_exact_arithmetic(case):
    x, y, _ = ACCEPTED[case]
    exact = Exact(x, y)
    stats = model.check_data(x, y)
    assert stats == model.fit_statistics(x, y)
    assert all(math.isfinite(v) for v in stats)
    rel = 1e-13
    assert close(stats.x_mean, exact.x_mean, rel)
    assert close(stats.y_mean, exact.y_mean, rel)
    assert close(stats.sxx, exact.sxx, rel)
    assert close(stats.sxy, exact.sxy, rel, floor=Fraction(1e-15) * exact.scale)
    assert close(stats.syy, exact.syy, rel, floor=Fraction(1e-28) * exact.scale * exact.n)
    assert close(stats.sse_star, exact.sse_star, 1e-12, Fraction(1e-28) * exact.scale * exact.n)
    a = model.analyse(stats)
    assert all(math.isfinite(v) for v in a), a
    assert close(a.m_star, exact.m_star, 1e-13, Fraction(1e-300))
    assert close(a.b_star, exact.b_star, 1e-13, Fraction(1e-15) * abs(exact.y_mean))
    assert a.lambda_min > 0 and a.lambda_max >= a.lambda_min
    assert 0.0 <= a.r_squared <= 1.0
    if exact.syy:
        assert close(a.r_squared, 1 - exact.sse_star / exact.syy, 1e-12, Fraction(1e-13))


@pytest.mark.parametrize(
    "case",
    ["x = 1e6 + offsets", "two points", "duplicates", "exact line", "constant y", "zero y"],
)
def test_closed_form_matches_lstsq_and_eigvalsh(case):
    """Where numpy's own solvers are accurate, they agree."""
    x, y, _ = ACCEPTED[case]
    a = model.analyse(model.check_data(x, y))
    design = np.column_stack([np.ones_like(x), x])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    assert a.b_star == pytest.approx(coef[0], rel=1e-6, abs=1e-9)
    assert a.m_star == pytest.approx(coef[1], rel=1e-9, abs=1e-12)
    eig = np.linalg.eigvalsh(model.hessian(model.fit_statistics(x, y)))
    assert a.lambda_max == pytest.approx(eig[1], rel=1e-12)


def test_two_points_and_duplicates_give_the_line_through_them():
    for x, y in [([1.0, 2.0], [3.0, 5.0]), ([1.0, 1.0, 2.0, 2.0, 2.0], [3.0, 3.0, 5.0, 5.0, 5.0])]:
        a = model.analyse(model.check_data(np.array(x), np.array(y)))
        assert (a.b_star, a.m_star, a.mse_star, a.r_squared) == (1.0, 2.0, 0.0, 1.0)


def test_duplicates_weigh_like_repeated_points():
    """Repeating every point changes nothing but N."""
    x, y, _ = ACCEPTED["x = 1e6 + offsets"]
    once = model.analyse(model.check_data(x, y))
    thrice = model.analyse(model.check_data(np.tile(x, 3), np.tile(y, 3)))
    for field in ("b_star", "m_star", "mse_star", "r_squared", "lambda_min", "lambda_max"):
        assert getattr(thrice, field) == pytest.approx(getattr(once, field), rel=1e-12)


@pytest.mark.parametrize("case", list(REFUSED))
def test_data_floats_cannot_hold_is_refused_with_one_line(case):
    x, y, words = REFUSED[case]
    with pytest.raises(ValueError) as refused:
        model.check_data(x, y)
    one_line(str(refused.value))
    assert words in str(refused.value)
    with pytest.raises(ValueError, match=re.escape(str(refused.value))):
        Descent(x, y)
    if case not in ("one point", "nan in y"):
        stats = model.fit_statistics(x, y)  # silent: no warning, no exception
        assert stats.n == x.size


def test_refusal_limits_sit_where_the_squares_stop():
    """Just inside each limit is accepted; just outside is refused."""
    y = np.array([1.0, 3.0, 2.0])
    model.check_data(np.array([1.0, 2.0, 3.0]) * 1e152, y)
    with pytest.raises(ValueError):
        model.check_data(np.array([1.0, 2.0, 3.0]) * 1e155, y)
    model.check_data(np.array([1.0, 2.0, 3.0]) * 1e-145, y)
    with pytest.raises(ValueError):
        model.check_data(np.array([1.0, 2.0, 3.0]) * 1e-147, y)
    spread = model.MIN_RELATIVE_SPREAD
    model.check_data(1.0 + 3 * spread * np.array([-1.0, 0.0, 1.0]), y)
    with pytest.raises(ValueError):
        model.check_data(1.0 + 0.3 * spread * np.array([-1.0, 0.0, 1.0]), y)


def test_analyse_refuses_constant_x_with_a_value_error():
    stats = model.fit_statistics(np.full(3, 2.0), np.array([1.0, 2.0, 3.0]))
    with pytest.raises(ValueError, match="x does not vary"):
        model.analyse(stats)


def test_mean_square_of_huge_x_is_infinite_not_an_exception():
    """``x̄²`` is a product: Python floats raise OverflowError on ``**`` but not on ``*``."""
    stats = model.Statistics(3, 1e200, 0.0, 1.0, 0.0, 1.0, 1.0)
    assert stats.x_sq_mean == math.inf


# ---------------------------------------------------------------------------- descent
def check_run(descent: Descent, exact: Exact, rel: float) -> None:
    """Every row finite; sampled rows' errors equal the exact error of their (b, m)."""
    h = descent.history()
    for column in ("b", "m", "error", "grad_b", "grad_m", "learning_rate", "theta", "state"):
        assert np.all(np.isfinite(getattr(h, column))), column
    assert np.all(h.error >= 0)
    one_line(descent.status_message())
    last = len(h) - 1
    # below the normal floats, errors carry an absolute rounding of up to the smallest one
    floor = Fraction(1e-13) * exact.scale + Fraction(TINY)
    for i in sorted({0, min(1, last), last // 2, last}):
        assert close(h.error[i], exact.mse(h.b[i], h.m[i]), rel, floor), (i, h.error[i])
    if descent.diverged:
        assert descent.diverged_at == descent.iteration + 1
        assert descent.step(5) == 0


@pytest.mark.parametrize("case", list(ACCEPTED))
def test_every_optimizer_at_every_rate_stays_finite_and_exact(case):
    x, y, rel = ACCEPTED[case]
    exact = Exact(x, y)
    stats = model.check_data(x, y)
    for name in OPTIMIZERS:
        for rate in RATES:
            for normalize in (False, True):
                descent = Descent(
                    x, y, make_optimizer(name, learning_rate=rate), normalize=normalize, stats=stats
                )
                descent.run_to(60)
                check_run(descent, exact, rel)


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_tutorial_data_at_every_rate_and_far_starts(seed_xy, name):
    x, y = seed_xy
    exact = Exact(x, y)
    for rate in RATES:
        for b0, m0 in [(0.0, 0.0), (1e12, -1e12), (-1e100, 1e100), (1e150, 0.0)]:
            descent = Descent(x, y, make_optimizer(name, learning_rate=rate), initial_b=b0)
            descent.reset(b0, m0)
            descent.run_to(40)
            check_run(descent, exact, 1e-9)


def test_divergence_is_reported_at_the_largest_rate_for_every_optimizer(seed_xy):
    for name in OPTIMIZERS:
        descent = Descent(*seed_xy, make_optimizer(name, learning_rate=1e9))
        descent.run_to(2000)
        assert descent.diverged, name
        assert "diverged at iteration" in descent.status_message()


@pytest.mark.parametrize("b0, m0", [(1e200, 0.0), (0.0, 1e200), (1e300, -1e300)])
def test_a_start_whose_error_overflows_is_refused(seed_xy, b0, m0):
    with pytest.raises(ValueError) as refused:
        Descent(*seed_xy, initial_b=b0, initial_m=m0)
    one_line(str(refused.value))
    assert "choose smaller initial values" in str(refused.value)


def test_exact_line_converges_to_zero_error_and_stays_there():
    x, y, _ = ACCEPTED["exact line"]
    stats = model.check_data(x, y)
    rate = model.analyse(stats).best_learning_rate
    descent = Descent(x, y, make_optimizer("gd", learning_rate=rate))
    descent.run_to(3000)
    assert descent.converged and not descent.diverged
    assert "converged" in descent.status_message()
    assert descent.b == pytest.approx(1.0, abs=1e-6) and descent.m == pytest.approx(2.0)
    # starting at the optimum: zero error, zero gradient; even 1e9 does not move it
    at_optimum = Descent(x, y, make_optimizer("gd", learning_rate=1e9), initial_b=1.0)
    at_optimum.reset(1.0, 2.0)
    assert at_optimum.error == 0.0 and at_optimum.converged
    assert at_optimum.step(100) == 100 and not at_optimum.diverged
    assert at_optimum.error == 0.0


def test_divergence_threshold_with_zero_starting_error():
    """Started at the optimum (error 0) next to it a big rate still diverges cleanly."""
    x, y, _ = ACCEPTED["exact line"]
    descent = Descent(x, y, make_optimizer("gd", learning_rate=1e3))
    descent.reset(1.0 + 1e-9, 2.0)
    assert 0 < descent.error < 1e-17
    descent.run_to(1000)
    assert descent.diverged
    threshold = DIVERGENCE_FACTOR * model.fit_statistics(x, y).y_var
    assert descent.error <= threshold and math.isfinite(descent.error)


@pytest.mark.parametrize("value", [0.0, 7.0, -1e100])
def test_constant_y_converges_from_any_start(value):
    """With Var(y) = 0 the convergence test uses max(ȳ², E₀): y = 0 converges too."""
    x = np.arange(10.0)
    y = np.full(10, value)
    stats = model.check_data(x, y)
    a = model.analyse(stats)
    assert (a.b_star, a.m_star, a.mse_star, a.r_squared) == (value, 0.0, 0.0, 1.0)
    descent = Descent(x, y, make_optimizer("gd", learning_rate=a.best_learning_rate))
    descent.reset(1.0, 0.5)
    descent.run_to(5000)
    assert descent.converged, descent.status_message()
    start_at_optimum = Descent(x, y, initial_b=value)
    assert start_at_optimum.error == 0.0 and start_at_optimum.converged


def test_huge_error_limit_is_capped_so_overflow_counts_as_divergence():
    """y near 1e150: Var(y)·1e8 overflows; an infinite error must still stop the run."""
    x, y, _ = ACCEPTED["y near 1e150"]
    descent = Descent(x, y, make_optimizer("gd", learning_rate=1.0))
    descent.run_to(2000)
    assert descent.diverged
    assert np.all(np.isfinite(descent.history().error))


@pytest.mark.parametrize("name", ["adagrad", "rmsprop", "adam"])
def test_overflowing_optimizer_state_stops_the_run_with_its_own_message(name):
    """Gradients near 1e155 square to infinity: the run stops at its last finite state."""
    x = np.array([1.0, 2.0, 3.0]) * 1e150
    y = np.array([1.0, 3.0, 2.0]) * 1e4
    descent = Descent(x, y, make_optimizer(name, learning_rate=1e-3))
    descent.run_to(100)
    assert descent.diverged and descent.state_overflow
    assert np.all(np.isfinite(descent.history().state))
    message = descent.status_message()
    one_line(message)
    assert "squared gradients overflowed" in message and "rescale the data" in message
    descent.rewind(0)
    assert not descent.diverged and not descent.state_overflow


# ---------------------------------------------------------------------------- surface
ADVERSARIAL_POINTS = [
    ([], []),
    ([0.0], [0.0]),
    ([-1e300, 1e300], [1e300, -1e300]),
    ([-1.7e308, 1.7e308], [1.7e308, -1.7e308]),
    ([np.nan, np.inf, 1.0], [-np.inf, 2.0, np.nan]),
]


@pytest.mark.parametrize("case", list(ACCEPTED))
def test_surface_is_finite_for_every_view_and_path(case):
    x, y, _ = ACCEPTED[case]
    exact = Exact(x, y)
    stats = model.check_data(x, y)
    a = model.analyse(stats)
    runs = [Descent(x, y, make_optimizer("gd", learning_rate=r)) for r in (1e-4, 1e9)]
    for run in runs:
        run.run_to(100)
    for view in (IDENTITY, standardising(stats)):
        paths = [view.to_scaled(run.history().b, run.history().m) for run in runs]
        for b_points, m_points in [*paths, *ADVERSARIAL_POINTS]:
            extent = surface.surface_range(
                view.statistics(stats), b_points, m_points, square=not view.is_identity
            )
            assert all(math.isfinite(v) for v in extent), extent
            assert extent.b_min < extent.b_max and extent.m_min < extent.m_max
            grid = surface.surface(stats, extent, 12, None if view.is_identity else view)
            for values in (grid.b, grid.m, grid.error):
                assert np.all(np.isfinite(values))
            assert np.all(np.diff(grid.b) > 0) and np.all(np.diff(grid.m) > 0)
            shade = surface.log_excess(grid.error, a.mse_star)
            assert np.all(np.isfinite(shade)) and np.all(np.isfinite(surface.banded(shade)))
            assert surface.contains(extent, b_points[:0], m_points[:0])
        # a grid point's error is the exact error of the line it stands for
        grid = surface.surface(stats, extent, 5, None if view.is_identity else view)
        for i, j in [(0, 0), (2, 3), (4, 4)]:
            b, m = view.to_original(grid.b[j], grid.m[i])
            if abs(b) < 1e250 and abs(m) < 1e250:
                exact_error = exact.mse(b, m)
                if exact_error < Fraction(1e300):
                    assert close(grid.error[i, j], exact_error, 1e-6, Fraction(1e-12) * exact.scale)


# ---------------------------------------------------------------------------- geometry
EXTREME_VALUES = [0.0, 1.0, -1e308, 1e308, 1e-308, 1e150, -1e-150]


def test_geometry_never_returns_infinity_or_warns():
    x, y, _ = ACCEPTED["x near 1e150"]
    for b in EXTREME_VALUES:
        for m in EXTREME_VALUES:
            xs, ys = geometry.line_through(b, m, *geometry.span(x))
            assert np.all(np.isfinite(xs)) and np.all(np.isfinite(ys))
            rx, ry, sign = geometry.residual_segments(x, y, b, m)
            assert np.all(np.isfinite(rx)) and np.all(np.isfinite(ry)) and np.all(sign**2 <= 1)
    f = np.float64  # numpy scalars warn where Python floats do not
    pixels = [(f(1e-300), f(1.0)), (f(1.0), f(1e300)), (f(1e-10), f(1e-10))]
    for x0 in map(f, EXTREME_VALUES):
        for x1 in map(f, EXTREME_VALUES):
            for px, py in pixels:
                xs, ys = geometry.arrow_path(x0, f(0.0), x1, f(1.0), px, py)
                assert not np.isinf(xs).any() and not np.isinf(ys).any()
                assert np.isnan(xs).sum() in (0, 2)
                dx, dy = geometry.direction_of_length(x1, x0, px, py, 20.0)
                assert math.isfinite(dx) and math.isfinite(dy)


def test_span_of_extreme_data_is_finite_and_widened():
    for values in ([1e150, 3e150], [1e-140, 3e-140], [7.0, 7.0], [-1.7e308, 1.7e308]):
        lo, hi = geometry.span(np.array(values))
        assert math.isfinite(lo) and math.isfinite(hi) and lo < hi


# ---------------------------------------------------------------------------- CLI
def strict_json(text: str) -> dict:
    def refuse(token):
        raise AssertionError(f"non-finite number in JSON: {token}")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize(
    "case",
    ["x near 1e150", "y near 1e-140", "x = 1e6 + offsets", "two points", "exact line", "zero y"],
)
@pytest.mark.parametrize("rate", ["1e-12", "1e9"])
def test_fit_json_is_finite_and_matches_the_core(capsys, tmp_path, case, rate):
    x, y, _ = ACCEPTED[case]
    path = write_csv(tmp_path / "extreme.csv", x, y)
    for optimizer in ("gd", "adam"):
        code = main(["fit", str(path), "--json", "--lr", rate, "--optimizer", optimizer])
        out, err = capsys.readouterr()
        assert code == 0 and err == ""
        report = strict_json(out)
        one_line(report["message"])
        for key in ("b", "m", "error", "r_squared", "condition_number"):
            assert isinstance(report[key], float) and math.isfinite(report[key]), key
        core = Descent(x, y, make_optimizer(optimizer, learning_rate=float(rate)))
        core.run_to(1000)
        assert report["iterations"] == core.iteration
        assert (report["b"], report["m"], report["error"]) == (core.b, core.m, core.error)
        assert report["diverged"] == core.diverged


@pytest.mark.parametrize("case", ["x and y near 1e300", "x near 1e-300", "x = 1e6 + 1e-9 offsets"])
def test_fit_refuses_what_floats_cannot_hold(capsys, tmp_path, case):
    x, y, words = REFUSED[case]
    path = write_csv(tmp_path / "extreme.csv", x, y)
    code = main(["fit", str(path), "--json"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and words in err
    assert not NON_FINITE.search(err)


def test_a_refused_reset_changes_nothing():
    """Found by the GUI stress test's review: a start whose error overflows, asked for
    together with normalising, used to switch the units but keep the old parameters."""
    x = np.arange(10.0)
    y = 2 * x + 1 + np.sin(x)
    run = Descent(x, y, make_optimizer("gd", learning_rate=1e-2))
    twin = Descent(x, y, make_optimizer("gd", learning_rate=1e-2))
    run.step(3)
    twin.step(3)
    with pytest.raises(ValueError, match="choose smaller initial values"):
        run.reset(0.0, 1e200, normalize=True)
    assert (run.initial_m, run.normalize, run.scaling) == (0.0, False, IDENTITY)
    run.step(2)
    twin.step(2)
    assert (run.iteration, run.b, run.m, run.error) == (twin.iteration, twin.b, twin.m, twin.error)


# ---------------------------------------------------------------------------- stability
# Found by the stress test and the sweep above in gdviz/core/stability.py.
STABILITY_X = np.array([1.0, 2.0, 3.0]) * 1e150
STABILITY_Y = np.array([1.0, 3.0, 2.0])


def test_stability_report_with_a_huge_rate_and_huge_x_does_not_overflow():
    stats = model.check_data(STABILITY_X, STABILITY_Y)
    rows = stability.report_rows(stability.stability_report(stats, 0.0, 0.0, 1e9))
    assert not any(NON_FINITE.search(cell) for row in rows for cell in row)


def test_theory_curve_is_finite_when_the_ceiling_would_overflow():
    stats = model.check_data(STABILITY_X, STABILITY_Y)
    _, gaps = stability.theory_curve(stats, 1.0, 2.0, 1e-12, 300)
    assert np.all(np.isfinite(gaps))


def test_gap_curve_of_huge_y_normalised_does_not_overflow():
    x, y, _ = ACCEPTED["y near 1e150"]
    stats = model.check_data(x, y)
    _, gaps = stability.theory_curve(stats, 0.0, 0.0, 1e3, 300, normalize=True)
    assert np.all(np.isfinite(gaps))

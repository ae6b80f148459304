"""The step scale of the second-order rules (Newton, conjugate gradients): zones, counts,
the gap curve and the panel's rows.

Every claim is checked against independent arithmetic: the rules from the optimizer
registry run by the descent on real points, distances measured from the least-squares
solution numpy finds, and logarithms worked out here.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from gdviz.core import model
from gdviz.core import stability as stab
from gdviz.core.descent import Descent
from gdviz.core.objective import Objective
from gdviz.core.optimizers import Family, make_optimizer, optimizer_spec, optimizer_specs

RATES = (0.05, 0.3, 0.5, 0.9, 1.0, 1.2, 1.5, 1.9, 2.0, 2.5)


@pytest.fixture(scope="module")
def points():
    rng = np.random.default_rng(7)
    x = rng.uniform(0.0, 40.0, 30)  # a narrow valley: κ in the thousands
    y = 4.0 - 0.6 * x + rng.normal(0.0, 2.0, 30)
    return x, y


def least_squares(x, y, ridge: float = 0.0) -> np.ndarray:
    """``(b*, m*)`` from the normal equations (the slope penalised by ``ridge · m²``)."""
    design = np.column_stack([np.ones_like(x), x])
    lhs = design.T @ design / x.size + np.diag([0.0, ridge])
    return np.linalg.solve(lhs, design.T @ y / x.size)


def run(points, name, rate, steps, *, normalize=False, ridge=0.0, start=(30.0, 5.0)):
    x, y = points
    objective = Objective("mse", ridge=ridge)
    descent = Descent(
        x, y, make_optimizer(name, learning_rate=rate), initial_b=start[0],
        initial_m=start[1], normalize=normalize, objective=objective,
    )  # fmt: skip
    descent.step(steps)
    return descent.history()


def distances(history, optimum) -> np.ndarray:
    return np.hypot(history.b - optimum[0], history.m - optimum[1])


def gaps(points, history, ridge=0.0) -> np.ndarray:
    x, y = points
    b_star, m_star = least_squares(x, y, ridge)
    error = lambda b, m: np.mean((y - m * x - b) ** 2) + ridge * m * m  # noqa: E731
    return np.array([error(b, m) for b, m in zip(history.b, history.m, strict=True)]) - error(
        b_star, m_star
    )


# ---------------------------------------------------------------- which rules
def test_only_the_second_order_rules_on_a_quadratic_error_have_a_step_scale():
    for spec in optimizer_specs():
        limits = stab.step_scale_limits(spec.name)
        assert (limits is not None) == (spec.family is Family.SECOND_ORDER), spec.name
        assert stab.zones_apply(spec.name) == (spec.family in (Family.PLAIN, Family.SECOND_ORDER))
    assert stab.step_scale_limits("newton").exact_steps == 1
    assert stab.step_scale_limits("cg").exact_steps == 2
    assert stab.step_scale_limits("newton", Objective("mse", ridge=0.5)) is not None
    assert stab.step_scale_limits("newton", Objective("huber", 1.0)) is None
    assert not stab.zones_apply("newton", Objective("huber", 1.0))
    assert stab.step_scale_limits("no such rule") is None
    assert isinstance(stab.gauge_limits(model.fit_statistics([0, 1, 2], [1, 0, 2]), "gd"),
                      stab.RateLimits)  # fmt: skip


# ---------------------------------------------------------------- Newton: |1 - η| per step
@pytest.mark.parametrize("normalize", [False, True])
@pytest.mark.parametrize("ridge", [0.0, 0.3])
@pytest.mark.parametrize("rate", [r for r in RATES if r != 1.0])
def test_newton_shrinks_the_distance_by_one_minus_its_step_scale(points, rate, normalize, ridge):
    x, y = points
    history = run(points, "newton", rate, 6, normalize=normalize, ridge=ridge)
    d = distances(history, least_squares(x, y, ridge))
    assert d[1:] / d[:-1] == pytest.approx(np.full(6, abs(1.0 - rate)), rel=1e-6)
    zone = stab.step_scale_limits("newton").zone(rate)
    assert zone.contraction == pytest.approx(abs(1.0 - rate))
    assert zone.converges == (abs(1.0 - rate) < 1.0)
    # the side of the optimum: overshooting (a sign change along the path) above 1
    offsets = history.b - least_squares(x, y, ridge)[0]
    flips = np.sign(offsets[1:]) != np.sign(offsets[:-1])
    assert flips.all() == (rate > 1.0) and (not flips.any()) == (rate < 1.0)
    expected = {True: "oscillating", False: "safe"}[1.0 < rate < 2.0]
    assert zone.name == ("divergent" if rate >= 2.0 else expected)


def test_newton_lands_in_one_step_at_one(points):
    x, y = points
    history = run(points, "newton", 1.0, 1)
    assert distances(history, least_squares(x, y))[1] < 1e-9 * distances(history, (0, 0))[0]
    zone = stab.step_scale_limits("newton").zone(1.0)
    assert zone.name == "exact" and zone.contraction == 0.0
    assert zone.caption() == "exact: reaches the optimum in 1 step"


def test_the_zone_edges():
    limits = stab.step_scale_limits("newton")
    below, above = math.nextafter(1.0, 0.0), 1.0 + 1e-9
    assert limits.zone(below).name == "exact"  # the last digit of a typed 1
    assert limits.zone(1.0 - 1e-9).name == "safe"
    assert limits.zone(above).name == "oscillating"
    assert limits.zone(2.0 - 1e-9).name == "oscillating"
    assert limits.zone(2.0).name == "divergent"
    assert limits.zone(2.0).caption() == "divergent: never settles, ρ = 1"
    # slow: shrinking the gap 100-fold, ln 100 / (-2 ln(1 - η)), takes over 10,000 steps
    slow = limits.slow_learning_rate
    assert hundredfold_steps(slow) == pytest.approx(stab.SLOW_ITERATIONS, rel=1e-9)
    assert limits.zone(slow * 0.99).name == "slow"
    assert limits.zone(slow * 1.01).name == "safe"
    assert hundredfold_steps(slow * 0.99) > stab.SLOW_ITERATIONS > hundredfold_steps(slow * 1.01)
    with pytest.raises(ValueError, match="greater than 0"):
        limits.zone(0.0)


def hundredfold_steps(rate: float) -> float:
    return math.log(100.0) / (-2.0 * math.log(1.0 - rate))


def test_the_gauge_spans_four_decades_below_one_and_one_above():
    limits = stab.step_scale_limits("newton")
    lo, hi = limits.gauge_range()
    assert (lo, hi) == (1e-4, 10.0)
    at = lambda r: math.log10(r / lo) / math.log10(hi / lo)  # noqa: E731
    assert limits.gauge_marks() == [("exact", pytest.approx(at(1.0)))]
    bands = limits.gauge_bands()
    assert [z for z, _a, _b in bands] == ["slow", "safe", "oscillating", "divergent"]
    edges = [a for _z, a, _b in bands] + [bands[-1][2]]
    expected = [0.0, at(limits.slow_learning_rate), at(1.0), at(2.0), 1.0]
    assert edges == pytest.approx(expected)
    assert limits.gauge_position(100.0) == 1.0 and limits.gauge_position(1e-9) == 0.0
    assert [z for z, _m in limits.meanings()] == list(stab.STEP_ZONES)


# ---------------------------------------------------------------- conjugate gradients
@pytest.mark.parametrize("normalize", [False, True])
@pytest.mark.parametrize("rate", RATES)
def test_conjugate_gradients_gain_eta_two_minus_eta_of_each_line(points, rate, normalize):
    x, y = points
    history = run(points, "cg", rate, 8, normalize=normalize)
    gap = gaps(points, history)
    zone = stab.step_scale_limits("cg").zone(rate)
    if rate == 1.0:
        assert len(gap) == 9 and np.all(gap[2:] <= 1e-20 * gap[0])  # exact in two steps
        assert zone.name == "exact"
        assert zone.caption() == "exact: reaches the optimum in 2 steps"
        return
    # each step keeps between (1 - η)² and all of the gap (η < 2), or grows it by at
    # most that (η > 2): the floor under the count, the ceiling over the growth
    ratio = gap[1:] / gap[:-1]
    bounds = sorted((1.0, (1.0 - rate) ** 2))
    assert np.all(ratio >= bounds[0] * (1 - 1e-6)) and np.all(ratio <= bounds[1] * (1 + 1e-6))
    if rate < 2.0:
        assert len(ratio) == 8 and np.all(ratio < 1.0)  # the error falls at every step
        assert zone.converges and zone.name in ("safe", "oscillating")
    elif rate == 2.0:  # (normalised, the first step already lands on the mirror point,
        # the next direction vanishes and the descent stops as diverged)
        assert ratio == pytest.approx(np.ones_like(ratio), rel=1e-6)
        assert zone.name == "divergent" and "never settles" in zone.caption()
    else:
        assert np.all(ratio > 1.0) and zone.name == "divergent"
    # the first step searches along the gradient: exactly η(2 - η) of its line's drop
    stats = model.fit_statistics(x, y)
    if normalize:
        scale = x.std(), y.std()
        stats = model.fit_statistics((x - x.mean()) / scale[0], (y - y.mean()) / scale[1])
        start = ((30.0 + 5.0 * x.mean() - y.mean()) / scale[1], 5.0 * scale[0] / scale[1])
    else:
        scale, start = (1.0, 1.0), (30.0, 5.0)
    g = np.array(model.gradient(stats, *start))
    drop = (g @ g) ** 2 / (2.0 * g @ model.hessian(stats) @ g) * scale[1] ** 2
    assert gap[0] - gap[1] == pytest.approx(rate * (2.0 - rate) * drop, rel=1e-7, abs=1e-9 * gap[0])
    assert zone.gain == pytest.approx(rate * (2.0 - rate))


# ---------------------------------------------------------------- counts and curves
def first_within(gap: np.ndarray, mse_star: float) -> int | None:
    hits = np.flatnonzero(gap <= 0.01 * mse_star)
    return int(hits[0]) if hits.size else None


@pytest.mark.parametrize("normalize", [False, True])
@pytest.mark.parametrize(
    ("name", "rate"),
    [("newton", 0.3), ("newton", 0.5), ("newton", 1.0), ("newton", 1.7), ("cg", 1.0),
     ("cg", 0.5), ("cg", 1.5), ("cg", 0.9)],
)  # fmt: skip
def test_the_predicted_count_is_the_measured_one(points, name, rate, normalize):
    x, y = points
    stats = model.fit_statistics(x, y)
    count = stab.step_scale_iterations(stats, 30.0, 5.0, rate, name, normalize)
    history = run(points, name, rate, stab.STEP_COUNT_CAP, normalize=normalize)
    measured = first_within(gaps(points, history), stats.sse_star / stats.n)
    if count.status == "reached":
        assert count.iterations == measured
    else:
        assert count.status == "beyond_cap" and measured is None


def test_counts_that_never_arrive():
    stats = model.fit_statistics(np.arange(6.0), np.array([1.0, 0.5, 2.0, 2.5, 3.0, 4.5]))
    for name in ("newton", "cg"):
        assert stab.step_scale_iterations(stats, 5.0, 5.0, 2.0, name).text == "never"
        assert stab.step_scale_iterations(stats, 5.0, 5.0, 3.0, name).text == "never: diverges"
    with pytest.raises(ValueError):
        stab.step_scale_iterations(stats, 5.0, 5.0, 0.5, "gd")


@pytest.mark.parametrize("normalize", [False, True])
@pytest.mark.parametrize("rate", [0.4, 1.0, 1.6, 2.0, 2.3])
def test_newtons_gap_curve_is_its_measured_gap(points, rate, normalize):
    x, y = points
    stats = model.fit_statistics(x, y)
    history = run(points, "newton", rate, 12, normalize=normalize, ridge=0.2)
    measured = gaps(points, history, 0.2)
    objective = Objective("mse", ridge=0.2)
    predicted = stab.step_scale_gap_curve(stats, 30.0, 5.0, rate, np.arange(13), objective)
    assert predicted == pytest.approx(measured, rel=1e-6, abs=1e-9 * measured[0])
    curve_t, curve_gap = stab.theory_curve(
        stats, 30.0, 5.0, rate, 12, normalize, objective=objective, optimizer_name="newton"
    )
    assert curve_t[0] == 0 and curve_gap[0] == pytest.approx(measured[0])
    assert stab.own_theory("newton") and not stab.own_theory("cg")


def test_the_panel_rows_for_newton_and_cg(points):
    x, y = points
    stats = model.fit_statistics(x, y)
    newton = stab.step_scale_report(stats, 30.0, 5.0, 0.5, "newton", normalize=True)
    rows = {label: (raw, norm) for label, raw, norm, _tip in stab.report_rows(newton)}
    assert rows["converges for"] == ("0 < η < 2", "0 < η < 2")
    assert rows["steps to the optimum at η = 1"] == ("1", "1")
    assert rows["ρ at η = 0.5"] == ("0.5", "0.5")
    count = math.ceil(math.log(0.01 * stats.sse_star / stats.n / model.excess_error(stats, 30, 5))
                      / (2 * math.log(0.5)))  # fmt: skip
    assert rows["steps to 1% of E*"] == (str(count), str(count))
    assert rows["λmax"][1] == "2"  # the data's curvature, normalised: H = 2I
    cg = stab.step_scale_report(stats, 30.0, 5.0, 1.5, "cg")
    rows = {label: (raw, norm) for label, raw, norm, _tip in stab.report_rows(cg)}
    assert rows["gain at η = 1.5"] == ("0.75", "0.75")
    assert rows["steps to the optimum at η = 1"] == ("at most 2", "at most 2")
    with pytest.raises(ValueError):
        stab.step_scale_report(stats, 30.0, 5.0, 0.5, "momentum")


def test_the_words_in_plain_language_have_no_symbols():
    for name in ("newton", "cg"):
        limits = stab.step_scale_limits(name)
        for rate in (1e-5, 0.5, 1.0, 1.5, 2.0, 2.5):
            zone = limits.zone(rate)
            caption = zone.caption(plain=True)
            assert caption.startswith(f"{zone.name}: ")
            assert not any(s in caption for s in ("η", "ρ", "λ", "κ")), caption
            assert zone.explanation and "{" not in zone.explanation + caption
    zone = stab.step_scale_limits("newton").zone(0.25)
    assert zone.caption(plain=True) == (
        "safe: each step keeps 75% of the distance to the best line"
    )
    assert optimizer_spec("newton").exact_steps == 1

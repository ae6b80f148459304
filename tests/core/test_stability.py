"""Stability and conditioning: zones, the exact gap curve, iteration counts, messages.

Every number is checked against independent arithmetic: numpy's eigendecomposition of
the Hessian built from the points, matrix powers, and real descent runs.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdviz.core import model
from gdviz.core import stability as stab
from gdviz.core.descent import Descent
from gdviz.core.optimizers import gd

LN100 = math.log(100.0)


# ---------------------------------------------------------------- independent helpers
def hessian_from_points(x: np.ndarray) -> np.ndarray:
    """``(2/N) XᵀX`` with ``X = [1, x]``: the Hessian of the MSE, straight from the data."""
    design = np.column_stack([np.ones_like(x), x])
    return 2.0 / x.size * design.T @ design


def standardised(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return (x - x.mean()) / x.std(), (y - y.mean()) / y.std()


def independent_gap(x, y, b0, m0, lr, t):
    """E_t - E* by iterating the error vector with numpy's matrix power."""
    h = hessian_from_points(x)
    optimum = np.linalg.lstsq(np.column_stack([np.ones_like(x), x]), y, rcond=None)[0]
    e0 = np.array([b0, m0]) - optimum
    et = np.linalg.matrix_power(np.eye(2) - lr * h, t) @ e0
    return 0.5 * et @ h @ et


@pytest.fixture(scope="module")
def tutorial(seed_xy):
    x, y = seed_xy
    stats = model.fit_statistics(x, y)
    return x, y, stats, model.analyse(stats)


# ---------------------------------------------------------------- spectrum and limits
def test_spectrum_matches_numpy_raw_and_normalised(tutorial):
    x, y, stats, analysis = tutorial
    lam = np.linalg.eigvalsh(hessian_from_points(x))
    assert stab.spectrum(stats) == pytest.approx(tuple(lam), rel=1e-9)
    assert stab.spectrum(analysis) == pytest.approx(tuple(lam), rel=1e-9)
    xs, _ = standardised(x, y)
    lam_n = np.linalg.eigvalsh(hessian_from_points(xs))
    assert stab.spectrum(stats, normalize=True) == pytest.approx(tuple(lam_n), rel=1e-12)
    assert stab.spectrum(analysis, normalize=True) == pytest.approx((2.0, 2.0), rel=1e-12)


def test_rate_limits_numbers(tutorial):
    x, _, stats, _ = tutorial
    lo, hi = np.linalg.eigvalsh(hessian_from_points(x))
    lim = stab.rate_limits(stats)
    assert lim.condition_number == pytest.approx(hi / lo, rel=1e-9)
    assert lim.max_stable_learning_rate == pytest.approx(2 / hi, rel=1e-12)
    assert lim.best_learning_rate == pytest.approx(2 / (lo + hi), rel=1e-12)
    assert lim.oscillation_learning_rate == pytest.approx(1 / hi, rel=1e-12)
    # the seed README: λ ≈ 0.0755 and 4984, κ ≈ 66,000, divergence above 0.000401
    assert (lim.lambda_min, lim.lambda_max) == pytest.approx((0.0755, 4984), rel=1e-3)
    assert round(lim.max_stable_learning_rate, 6) == 0.000401


@given(st.floats(1e-3, 1e3), st.floats(1e-3, 1e3), st.floats(1e-6, 10.0, allow_subnormal=False))
def test_contraction_is_the_largest_factor(a, b, lr):
    lo, hi = min(a, b), max(a, b)
    factors = np.abs(1 - lr * np.linspace(lo, hi, 201))
    assert stab.contraction(lo, hi, lr) == pytest.approx(factors.max(), rel=1e-12, abs=1e-15)


def test_contraction_at_the_best_rate_is_kappa_formula(tutorial):
    lim = stab.rate_limits(tutorial[2])
    kappa = lim.condition_number
    assert lim.best_contraction == pytest.approx((kappa - 1) / (kappa + 1), rel=1e-12)


# ---------------------------------------------------------------- zones
@pytest.mark.parametrize(
    ("lr", "zone"),
    [(1e-6, "slow"), (1e-5, "slow"), (1e-4, "safe"), (2e-4, "safe"), (0.00035, "oscillating"),
     (0.0004012, "oscillating"), (0.000402, "divergent"), (0.001, "divergent")],
)  # fmt: skip
def test_zones_on_the_tutorial_data(tutorial, lr, zone):
    x, _, stats, analysis = tutorial
    z = stab.rate_zone(stats, lr)
    assert z.name == zone
    assert stab.rate_zone(analysis, lr).name == zone
    lo, hi = np.linalg.eigvalsh(hessian_from_points(x))
    rho = max(abs(1 - lr * lo), abs(1 - lr * hi))
    assert z.contraction == pytest.approx(rho, rel=1e-12)
    assert z.converges == (rho < 1) == (zone != "divergent")


def test_zone_boundaries_follow_the_eigenvalues(tutorial):
    x, _, stats, _ = tutorial
    _, hi = np.linalg.eigvalsh(hessian_from_points(x))
    zone = lambda lr: stab.rate_zone(stats, lr).name  # noqa: E731
    assert zone(2 / hi * 1.000001) == "divergent"
    assert zone(2 / hi * 0.999999) == "oscillating"
    assert zone(1 / hi * 1.000001) == "oscillating"
    assert zone(1 / hi * 0.999999) == "safe"


def test_slow_boundary_definition(tutorial):
    """Slow: shrinking the gap 100-fold takes > 10,000 and > 10× the fastest rate's count."""
    x, _, stats, _ = tutorial
    lo, hi = np.linalg.eigvalsh(hessian_from_points(x))
    rho_best = (hi - lo) / (hi + lo)
    needed = max(10_000, 10 * LN100 / (-2 * np.log(rho_best)))
    lim = stab.rate_limits(stats)
    eta = lim.slow_learning_rate
    assert LN100 / (-2 * np.log1p(-eta * lo)) == pytest.approx(needed, rel=1e-9)
    assert stab.rate_zone(stats, eta * 0.999).name == "slow"
    assert stab.rate_zone(stats, eta * 1.001).name == "safe"
    # on the tutorial data the fastest rate itself needs ~76,000 iterations per 100-fold
    assert needed > 700_000


def test_normalised_zones(tutorial):
    _, _, stats, analysis = tutorial
    for source in (stats, analysis):
        zone = lambda lr, s=source: stab.rate_zone(s, lr, normalize=True).name  # noqa: E731
        assert zone(1e-5) == "slow"
        assert zone(0.001) == "safe"
        assert zone(0.5) == "safe"  # η = 1/λ: one step to the optimum, not oscillating
        assert zone(0.9) == "oscillating"
        assert zone(1.0) == "divergent"
        assert zone(0.001) == "safe"
    z = stab.rate_zone(stats, 0.2, normalize=True)
    assert z.contraction == pytest.approx(0.6, rel=1e-12)
    assert z.text == "safe: converges, ρ = 0.6"
    # the slow boundary of the round bowl is the absolute one: 10,000 iterations
    eta = stab.rate_limits(stats, True).slow_learning_rate
    assert LN100 / (-2 * np.log1p(-2 * eta)) == pytest.approx(10_000, rel=1e-9)


def test_zone_texts(tutorial):
    stats = tutorial[2]
    assert stab.rate_zone(stats, 1e-4).text == "safe: converges, ρ = 0.9999925"
    assert stab.rate_zone(stats, 0.00035).text == "oscillating: converges, ρ = 0.999974"
    assert stab.rate_zone(stats, 0.001).text == "divergent: overshoots ×3.98"
    assert stab.rate_zone(stats, 1e-5).text.startswith("slow: converges, ρ = 0.9999992")
    assert "2/λmax = 0.000401" in stab.rate_zone(stats, 0.001).explanation
    assert "1/λmax" in stab.rate_zone(stats, 0.00035).explanation
    # ln(100) / (-2 ln ρ) rounded up: a part of a step is a step
    steps = math.ceil(LN100 / (-2 * math.log(stab.rate_zone(stats, 1e-4).contraction)))
    assert f"in at most {steps:,} steps." in stab.rate_zone(stats, 1e-4).explanation
    assert "in at most 1 step." in stab.rate_zone(stats, 0.5, normalize=True).explanation


def test_bad_learning_rate_is_a_clear_error(tutorial):
    with pytest.raises(ValueError, match="learning rate must be greater than 0"):
        stab.rate_zone(tutorial[2], -1.0)


def test_gauge_scale(tutorial):
    lim = stab.rate_limits(tutorial[2])
    lo, hi = lim.gauge_range()
    assert lo == pytest.approx(lim.max_stable_learning_rate * 1e-4)
    assert hi == pytest.approx(lim.max_stable_learning_rate * 10)
    assert lim.gauge_position(lo) == pytest.approx(0.0, abs=1e-12)
    assert lim.gauge_position(lim.max_stable_learning_rate) == pytest.approx(0.8)
    assert lim.gauge_position(1e-20) == 0.0 and lim.gauge_position(1e3) == 1.0
    bands = lim.gauge_bands()
    assert [b[0] for b in bands] == list(stab.ZONES)
    assert bands[0][1] == 0.0 and bands[-1][2] == 1.0
    assert all(a[2] == b[1] for a, b in itertools.pairwise(bands))


# ---------------------------------------------------------------- eigenvectors and gap
def test_eigen_decomposition_matches_numpy(tutorial):
    x, _, stats, _ = tutorial
    h = hessian_from_points(x)
    lams, vectors = stab.eigen_decomposition(stats)
    np.testing.assert_allclose(vectors.T @ vectors, np.eye(2), atol=1e-15)
    np.testing.assert_allclose(h @ vectors, vectors * lams, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(np.sort(lams), np.linalg.eigvalsh(h), rtol=1e-9)


@pytest.mark.parametrize("x_mean", [0.0, 0.3, -2.0, 1e4])
@pytest.mark.parametrize("x_std", [0.1, 1.0, 7.0])
def test_eigen_decomposition_other_shapes(x_mean, x_std):
    x = x_mean + x_std * np.array([-1.3, -0.4, 0.2, 0.5, 1.0])
    stats = model.fit_statistics(x, 2 * x + 1)
    lams, vectors = stab.eigen_decomposition(stats)
    h = model.hessian(stats)
    np.testing.assert_allclose(vectors.T @ vectors, np.eye(2), atol=1e-14)
    scale = np.abs(lams).max()
    np.testing.assert_allclose(h @ vectors - vectors * lams, 0, atol=1e-9 * scale)


def test_gap_components_reproduce_the_excess_error(tutorial):
    _, _, stats, _ = tutorial
    for b, m in [(0.0, 0.0), (3.0, -1.0), (100.0, 2.5)]:
        lams, comps = stab.gap_components(stats, b, m)
        assert np.sum(lams / 2 * comps**2) == pytest.approx(
            model.excess_error(stats, b, m), rel=1e-9
        )


@pytest.mark.parametrize("normalize", [False, True])
def test_gap_curve_predicts_the_descent(tutorial, normalize):
    x, y, stats, _ = tutorial
    t = np.array([0, 10, 100, 1000])
    predicted = stab.gap_curve(stats, 0.0, 0.0, 1e-4, t, normalize=normalize)
    run = Descent(x, y, gd(1e-4), normalize=normalize)
    run.run_to(1000)
    h = run.history()
    measured = model.excess_error(stats, h.b[t], h.m[t])
    np.testing.assert_allclose(predicted, measured, rtol=1e-6)
    # and the error column itself, up to the cancellation in E - E*
    np.testing.assert_allclose(predicted, h.error[t] - stats.sse_star / stats.n, rtol=1e-6)


def test_normalised_gap_is_the_scaled_gap_times_y_variance(tutorial):
    x, y, stats, _ = tutorial
    xs, ys = standardised(x, y)
    scaling_b, scaling_m = (0.0 - y.mean()) / y.std(), 0.0 * x.std() / y.std()
    scaled = [independent_gap(xs, ys, scaling_b, scaling_m, 0.1, t) for t in (0, 3, 20)]
    predicted = stab.gap_curve(stats, 0.0, 0.0, 0.1, [0, 3, 20], normalize=True)
    np.testing.assert_allclose(predicted, np.array(scaled) * y.var(), rtol=1e-9)


@pytest.mark.parametrize("lr", [1e-4, 3.9e-4, 4.2e-4])
def test_gap_curve_matches_matrix_powers(tutorial, lr):
    x, y, stats, _ = tutorial
    t = [0, 1, 7, 50, 400]
    expected = [independent_gap(x, y, 2.0, -1.0, lr, k) for k in t]
    np.testing.assert_allclose(stab.gap_curve(stats, 2.0, -1.0, lr, t), expected, rtol=1e-7)


@settings(max_examples=50, deadline=None)
@given(st.floats(1e-6, 4.0e-4), st.floats(-50, 50), st.floats(-5, 5))
def test_rate_line_bounds_the_gap(lr, b0, m0):
    x = np.linspace(0, 100, 11)
    stats = model.fit_statistics(x, 0.5 * x + 3 + np.sin(x))
    lo, hi = model.hessian_eigenvalues(stats)
    rho = stab.contraction(lo, hi, lr)
    t = np.array([0, 1, 10, 100, 1000])
    gap = stab.gap_curve(stats, b0, m0, lr, t)
    bound = stab.rate_line(gap[0], rho, t)
    assert np.all(gap <= bound * (1 + 1e-9) + 1e-300)


def test_rate_line_values():
    np.testing.assert_allclose(stab.rate_line(8.0, 0.5, [0, 1, 2]), [8.0, 2.0, 0.5])
    np.testing.assert_allclose(stab.rate_line(8.0, 0.0, [0, 1]), [8.0, 0.0])


# ---------------------------------------------------------------- iteration counts
def test_predicted_count_is_the_first_iteration_within_one_percent(tutorial):
    _, _, stats, analysis = tutorial
    count = stab.predicted_iterations(stats, 0.0, 0.0, 1e-4)
    assert count.status == "reached"
    n = count.iterations
    gaps = stab.gap_curve(stats, 0.0, 0.0, 1e-4, [n - 1, n])
    target = 0.01 * analysis.mse_star
    assert gaps[0] > target >= gaps[1]


def test_predicted_count_matches_a_real_run(tutorial):
    x, y, stats, analysis = tutorial
    for lr, normalize in [(2e-4, False), (0.2, True), (0.05, True)]:
        predicted = stab.predicted_iterations(stats, 0.0, 0.0, lr, normalize)
        run = Descent(x, y, gd(lr), normalize=normalize)
        run.run_to(predicted.iterations + 5)
        h = run.history()
        measured = stab.measured_iterations(h.iteration, h.error, analysis.mse_star)
        assert measured == predicted.iterations, (lr, normalize)


def test_normalising_cuts_the_iterations_by_orders_of_magnitude(tutorial):
    _, _, stats, _ = tutorial
    raw_rate = stab.safe_learning_rate(stats)
    norm_rate = stab.safe_learning_rate(stats, normalize=True)
    raw = stab.predicted_iterations(stats, 0.0, 0.0, raw_rate)
    norm = stab.predicted_iterations(stats, 0.0, 0.0, norm_rate, normalize=True)
    best_raw = stab.predicted_iterations(
        stats, 0.0, 0.0, stab.rate_limits(stats).best_learning_rate
    )
    tutorial_raw = stab.predicted_iterations(stats, 0.0, 0.0, 1e-4)
    print(
        f"\nto within 1% of E* from (0, 0): raw η={raw_rate:g}: {raw.text}, "
        f"raw η=1e-4: {tutorial_raw.text}, raw η=2/(λmin+λmax): {best_raw.text}; "
        f"normalised η={norm_rate:g}: {norm.text}"
    )
    assert (raw.iterations, norm.iterations) == (25_671, 9)
    assert raw.iterations / norm.iterations > 1000
    assert tutorial_raw.iterations == 51_341


def test_iteration_count_statuses(tutorial):
    _, _, stats, _ = tutorial
    tiny = stab.predicted_iterations(stats, 0.0, 0.0, 1e-12)
    assert (tiny.status, tiny.iterations, tiny.text) == ("beyond_cap", None, "more than 10⁹")
    diverging = stab.predicted_iterations(stats, 0.0, 0.0, 0.001)
    assert (diverging.status, diverging.text) == ("diverges", "never: diverges")
    at_optimum = stab.predicted_iterations(stats, stats.intercept_star, stats.slope_star, 1e-4)
    assert (at_optimum.status, at_optimum.iterations) == ("reached", 0)
    # x = ±1: H = 2I exactly, so η = 1 flips the error vector for ever
    flat = model.fit_statistics(np.array([-1.0, 1.0, -1.0, 1.0]), np.array([0.0, 2.0, 1.0, 3.0]))
    stalls = stab.predicted_iterations(flat, 10.0, 10.0, 1.0)
    assert (stalls.status, stalls.text) == ("stalls", "never")
    assert stab.predicted_iterations(flat, 10.0, 10.0, 0.5).iterations == 1


def test_measured_iterations_and_targets():
    it = np.array([0, 5, 10, 20])
    errors = np.array([50.0, 12.0, 10.5, 10.05])
    assert stab.measured_iterations(it, errors, 10.0) == 20
    assert stab.measured_iterations(it, errors, 10.0, fraction=0.01) == 20
    assert stab.measured_iterations(it, errors, 10.0, fraction=0.1) == 10
    assert stab.measured_iterations(it, errors[:2], 10.0) is None
    assert stab.measured_iterations([], [], 10.0) is None
    # points on a line (E* = 0): 1% of the starting gap
    assert stab.target_gap(0.0, 40.0) == pytest.approx(0.4)
    assert stab.measured_iterations([0, 1, 2], [40.0, 1.0, 0.3], 0.0) == 2


def test_exact_fit_counts_against_the_starting_gap():
    x = np.array([0.0, 1.0, 2.0, 3.0])
    stats = model.fit_statistics(x, 2 * x + 1)
    count = stab.predicted_iterations(stats, 0.0, 0.0, 0.05)
    gaps = stab.gap_curve(stats, 0.0, 0.0, 0.05, [0, count.iterations - 1, count.iterations])
    assert gaps[1] > 0.01 * gaps[0] >= gaps[2]


# ---------------------------------------------------------------- safe rate, messages
@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.45, 0.2), (0.5, 0.5), (3.61e-4, 2e-4), (1.0, 1.0), (9.99, 5.0), (0.0999, 0.05),
     (1e-7, 1e-7), (1.9e5, 1e5)],
)  # fmt: skip
def test_round_down_125(value, expected):
    assert stab.round_down_125(value) == pytest.approx(expected, rel=1e-12)
    assert stab.round_down_125(value) <= value


def test_safe_learning_rate(tutorial):
    x, _, stats, analysis = tutorial
    lo, hi = np.linalg.eigvalsh(hessian_from_points(x))
    for source in (stats, analysis):
        rate = stab.safe_learning_rate(source)
        assert rate == pytest.approx(2e-4)
        assert 0.9 * 2 / (lo + hi) / 2.5 <= rate <= 0.9 * 2 / (lo + hi) < 2 / hi
        assert stab.rate_zone(source, rate).converges
    assert stab.safe_learning_rate(stats, normalize=True) == pytest.approx(0.2)


def test_retry_learning_rate(tutorial):
    stats = tutorial[2]
    assert stab.retry_learning_rate(stats, 0.001) == pytest.approx(2e-4)
    assert stab.retry_learning_rate(stats, 1e-4, optimizer_name="sgd") == pytest.approx(1e-5)
    assert stab.retry_learning_rate(stats, 0.3, optimizer_name="adam") == pytest.approx(0.02)
    assert stab.retry_learning_rate(stats, 3.0, True, "momentum") == pytest.approx(0.2)


def test_divergence_explanation(tutorial):
    _, _, stats, analysis = tutorial
    text = stab.divergence_explanation(analysis, 0.001, 7)
    assert text == (
        "The learning rate 0.001 is above 2/λmax = 0.000401: along the steepest direction "
        "each step overshoots by a factor |1 − ηλmax| = 3.98, so the error grew at every "
        "step until iteration 7."
    )
    norm = stab.divergence_explanation(stats, 1.5, 3, normalize=True)
    assert "2/λmax = 1 (normalised units)" in norm and "factor |1 − ηλmax| = 2" in norm
    for name in ("sgd", "momentum", "adam"):
        other = stab.divergence_explanation(stats, 1e-4, 12, optimizer_name=name)
        assert other.startswith("The error grew without bound until iteration 12")
        assert other.endswith("try a smaller learning rate.")
        assert other.count(". ") == 0  # one sentence


def test_divergence_warning(tutorial):
    stats = tutorial[2]
    assert stab.divergence_warning(stats, 1e-4) is None
    assert stab.divergence_warning(stats, 0.00035) is None
    assert stab.divergence_warning(stats, 0.001) == (
        "η = 0.001 is not below 2/λmax = 0.000401, so gradient descent will diverge; "
        "η = 0.0002 converges."
    )
    assert stab.divergence_warning(stats, 0.001, optimizer_name="adam") is None
    assert "normalised units" in stab.divergence_warning(stats, 2.0, normalize=True)


# ---------------------------------------------------------------- formatting, plot data
@pytest.mark.parametrize(
    ("value", "text"),
    [(0.000401296, "0.000401"), (0.0754774, "0.0755"), (4983.85, "4,984"), (66030.96, "66,031"),
     (2.0000000000000004, "2"), (4.0129e-5, "4.01e-5"), (0.0, "0"), (math.inf, "∞"),
     (3.2e12, "3.2e12")],
)  # fmt: skip
def test_format_value(value, text):
    assert stab.format_value(value) == text


def test_format_count_and_contraction():
    assert stab.format_count(12) == "12"
    assert stab.format_count(51_341) == "51,341"
    assert stab.format_count(2_412_000) == "2.4 million"
    assert stab.format_count(3.1e9) == "3.1 billion"
    assert stab.format_contraction(1 - 7.547e-6) == "0.9999925"
    assert stab.format_contraction(0.6) == "0.6"
    assert stab.format_contraction(3.98) == "3.98"


def test_log_tick_labels():
    # the one number policy: plain from 0.0001 to below a million, powers of ten outside
    assert stab.log_tick_labels([-6.0, 0.0, 1.0, 3.0, 8.0]) == ["10⁻⁶", "1", "10", "1000", "10⁸"]
    assert stab.log_tick_labels([math.log10(3) - 2]) == ["0.03"]


def test_theory_curve_for_the_plot(tutorial):
    _, _, stats, analysis = tutorial
    it, gap = stab.theory_curve(stats, 0.0, 0.0, 1e-4, 1000)
    assert it[0] == 0 and it[-1] == 1000 and it.size <= stab.THEORY_SAMPLES
    np.testing.assert_allclose(gap, stab.gap_curve(stats, 0.0, 0.0, 1e-4, it))
    assert stab.theory_range(1001) == 2000 and stab.theory_range(3) == 100
    # a diverging prediction stops just above 1e10 times the starting error
    it, gap = stab.theory_curve(stats, 0.0, 0.0, 0.001, 5)
    assert it[-1] < 20 and np.all(np.isfinite(gap))
    # one that reaches the optimum stops at the floor instead of running flat along it
    it, gap = stab.theory_curve(stats, 0.0, 0.0, 0.5, 5, normalize=True)
    floor = stab.gap_floor(analysis.mse_star, 5565.1)
    assert it[-1] <= 2 and gap.min() >= floor * 0.999


def test_measured_gap_is_floored(tutorial):
    mse_star = tutorial[3].mse_star
    floor = stab.gap_floor(mse_star, 5000.0)
    assert floor == pytest.approx(1e-15 * mse_star)
    gaps = stab.measured_gap(np.array([mse_star + 3, mse_star, mse_star - 1e-14]), mse_star, floor)
    assert gaps[0] == pytest.approx(3) and gaps[1] == gaps[2] == floor


def test_report_rows(tutorial):
    _, _, stats, _ = tutorial
    rows = stab.report_rows(stab.stability_report(stats, 0.0, 0.0, 1e-4))
    table = {label: (raw, norm) for label, raw, norm, _ in rows}
    assert table["λmin"] == ("0.0755", "2")
    assert table["λmax"] == ("4,984", "2")
    assert table["κ = λmax/λmin"] == ("66,031", "1")
    assert table["2/λmax (limit)"] == ("0.000401", "1")
    assert table["2/(λmin+λmax) (best)"] == ("0.000401", "0.5")
    assert table["ρ at η = 0.0001"] == ("0.9999925", "—")
    assert table["steps to 1% of E*"] == ("51,341", "—")
    assert table["a good η"] == ("0.0002", "0.2")
    assert table["steps at a good η"] == ("25,671", "9")
    assert all(tip for *_, tip in rows)
    norm_rows = stab.report_rows(stab.stability_report(stats, 0.0, 0.0, 0.2, normalize=True))
    norm_table = {label: (raw, norm) for label, raw, norm, _ in norm_rows}
    assert norm_table["ρ at η = 0.2"] == ("—", "0.6")
    assert norm_table["steps to 1% of E*"] == ("—", "9")


# ------------------------------------------------------------------- ridge and other losses


def test_ridge_spectrum_is_that_of_the_penalised_hessian():
    from gdviz.core.objective import Objective

    rng = np.random.default_rng(3)
    x = rng.uniform(0, 20, 30)
    y = 2 + 0.5 * x + rng.normal(size=30)
    stats = model.fit_statistics(x, y)
    lam = 0.7
    h = hessian_from_points(x) + np.diag([0.0, 2 * lam])
    expected = np.linalg.eigvalsh(h)
    got = stab.spectrum(stats, objective=Objective("mse", ridge=lam))
    assert got == pytest.approx(tuple(expected), rel=1e-9)
    assert stab.rate_limits(stats, objective=Objective("mse", ridge=lam)).lambda_max == (
        pytest.approx(expected[1], rel=1e-12)
    )


@pytest.mark.parametrize("normalize", [False, True])
def test_ridge_gap_curve_matches_a_real_run(normalize):
    from gdviz.core.objective import Objective

    rng = np.random.default_rng(4)
    x = rng.uniform(0, 10, 25)
    y = 1 - 0.3 * x + rng.normal(size=25)
    o = Objective("mse", ridge=0.2)
    stats = model.fit_statistics(x, y)
    rate = 0.5 * stab.rate_limits(stats, normalize, o).max_stable_learning_rate
    d = Descent(x, y, gd(rate), initial_b=3.0, initial_m=2.0, normalize=normalize, objective=o)
    d.step(40)
    measured = d.history().error - d.optimum.error
    predicted = stab.gap_curve(stats, 3.0, 2.0, rate, np.arange(41), normalize, o)
    assert predicted == pytest.approx(measured, rel=1e-6, abs=1e-12 * measured[0])


def test_theory_is_for_quadratic_errors_only():
    from gdviz.core.objective import Objective

    assert stab.theory_applies("gd", Objective("mse", ridge=1.0))
    assert not stab.theory_applies("gd", Objective("mae"))
    assert not stab.limits_apply("gd", Objective("huber", 1.0))
    assert not stab.limits_apply("newton")


def test_second_order_divergence_is_explained_by_its_rate():
    stats = model.fit_statistics(np.arange(5.0), np.array([1.0, 2.0, 2.5, 4.0, 5.5]))
    text = stab.divergence_explanation(stats, 3.0, 4, optimizer_name="newton")
    assert "|1 − η|" in text and "between 0 and 2" in text and "until iteration 4" in text

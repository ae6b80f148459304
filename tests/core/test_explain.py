"""The worked-out step: its numbers against independent arithmetic and against Descent."""

from __future__ import annotations

import math

import numpy as np
import pytest

from gdviz.core import model
from gdviz.core.descent import Descent, batch_at
from gdviz.core.explain import MINUS, explain_step, format_value, step_digits
from gdviz.core.optimizers import (
    adagrad,
    adam,
    gd,
    minibatch,
    momentum,
    nesterov,
    rmsprop,
    sgd,
    state_from_vector,
    with_batch_size,
)


def run(x, y, optimizer, iterations, **kwargs):
    d = Descent(x, y, optimizer, **kwargs)
    d.run_to(iterations)
    return d, d.history()


def explain(d, i, **kwargs):
    return explain_step(d.x, d.y, d.history(), i, d.optimizer, d.scaling, d.random_state, **kwargs)


# ---------------------------------------------------------------------- full batch


def test_gd_first_step_of_the_tutorial(seed_xy):
    x, y = seed_xy
    d, h = run(x, y, gd(1e-4), 1)
    e = explain(d, 0)
    # at b = m = 0 every residual is y itself
    assert e.sum_residual == pytest.approx(float(np.sum(y)), rel=1e-13)
    assert e.sum_x_residual == pytest.approx(float(np.sum(x * y)), rel=1e-13)
    grad_b, grad_m = model.gradient(d.stats, 0.0, 0.0)
    assert e.grad_b == pytest.approx(grad_b, rel=1e-12)
    assert e.grad_m == pytest.approx(grad_m, rel=1e-12)
    assert e.grad_b == pytest.approx(-2.0 * float(np.mean(y)), rel=1e-13)
    assert e.b_new == pytest.approx(h.b[1], rel=1e-12)
    assert e.m_new == pytest.approx(h.m[1], rel=1e-12)
    assert e.b_new == pytest.approx(0.0 - 1e-4 * grad_b, rel=1e-12)
    assert (e.n_total, e.n_used, e.full_batch) == (100, 100, True)
    np.testing.assert_array_equal(e.point_index, np.arange(100))
    assert e.recorded and e.matches_record
    assert not e.scaled and e.state_terms == () and e.scalar_terms == ()
    assert e.hyperparams == (("learning_rate", 1e-4),)
    assert e.title == "Step 0 → 1 · gd"


def test_gd_table_holds_each_points_arithmetic(seed_xy):
    x, y = seed_xy
    d, h = run(x, y, gd(1e-4), 1000)
    e = explain(d, 500, max_rows=12)
    b, m = h.b[500], h.m[500]
    assert (e.b, e.m) == (b, m)
    rows = e.table
    assert len(rows) == 12 and e.rows_not_shown == 88
    for k, row in enumerate(rows):
        assert row.index == k
        assert (row.x, row.y) == (x[k], y[k])
        assert row.prediction == pytest.approx(m * x[k] + b, rel=1e-15)
        assert row.residual == pytest.approx(y[k] - (m * x[k] + b), rel=1e-12, abs=1e-12)
        assert row.x_residual == pytest.approx(x[k] * row.residual, rel=1e-15)
    residual = y - (m * x + b)
    assert e.sum_residual == pytest.approx(float(np.sum(residual)), rel=1e-10)
    assert e.sum_x_residual == pytest.approx(float(np.sum(x * residual)), rel=1e-10)
    assert e.grad_b == pytest.approx(-2.0 / 100 * float(np.sum(residual)), rel=1e-10)
    assert e.grad_m == pytest.approx(-2.0 / 100 * float(np.sum(x * residual)), rel=1e-10)


@pytest.mark.parametrize("i", [1, 10, 999, 1000])
def test_gd_later_steps_land_on_the_recorded_row(seed_xy, i):
    d, h = run(*seed_xy, gd(1e-4), 1001)
    e = explain(d, i)
    assert e.b_new == pytest.approx(h.b[i + 1], rel=1e-12)
    assert e.m_new == pytest.approx(h.m[i + 1], rel=1e-12)
    assert e.matches_record


def test_the_step_about_to_be_taken(seed_xy):
    d, _h = run(*seed_xy, gd(1e-4), 1000)
    e = explain(d, 1000)
    assert not e.recorded and e.matches_record is None
    assert math.isnan(e.recorded_b_new)
    assert e.title == "Step 1000 → 1001 · gd · not taken yet"
    assert not any(section.title == "Check" for section in e.sections)
    d.step(1)
    assert e.b_new == pytest.approx(d.b, rel=1e-12)
    assert e.m_new == pytest.approx(d.m, rel=1e-12)


def test_rows_may_be_a_slice_of_the_history(seed_xy):
    x, y = seed_xy
    d, _h = run(x, y, momentum(1e-4), 20)
    whole = explain(d, 7)
    part = explain_step(x, y, d.history(7, 8), 7, d.optimizer)
    assert (part.b_new, part.m_new) == (whole.b_new, whole.m_new)
    assert not part.recorded and whole.recorded
    with pytest.raises(IndexError, match="iteration 9 is not in the history"):
        explain_step(x, y, d.history(7, 8), 9, d.optimizer)


def test_a_state_given_by_the_caller_is_used(seed_xy):
    x, y = seed_xy
    d, h = run(x, y, momentum(1e-4), 6)
    fresh = adam(0.1)  # switching rules: the new one starts from its own initial state
    e = explain_step(x, y, h, 6, fresh, state=fresh.init(h.theta[6]))
    assert dict(e.scalar_terms)["t"] == 1
    d.set_optimizer(fresh)
    d.step(1)
    assert (e.b_new, e.m_new) == pytest.approx((d.b, d.m), rel=1e-12)


def test_different_settings_are_reported(seed_xy):
    x, y = seed_xy
    _d, h = run(x, y, gd(1e-4), 3)
    e = explain_step(x, y, h, 1, gd(2e-4))
    assert e.recorded and e.matches_record is False
    assert any("differs" in line for line in e.lines)


# ---------------------------------------------------------------------- stochastic


@pytest.mark.parametrize("optimizer", [sgd(1e-4), minibatch(1e-4, 30)], ids=["sgd", "mini"])
@pytest.mark.parametrize("i", [0, 1, 3, 4, 7, 150])
def test_stochastic_steps_use_the_descents_batch(seed_xy, optimizer, i):
    x, y = seed_xy
    d, h = run(x, y, optimizer, 160, random_state=7)
    e = explain(d, i)
    idx = batch_at(100, optimizer.batch_size, int(h.sample_pos[i]), 7)
    np.testing.assert_array_equal(e.point_index, idx)
    assert e.n_used == idx.size and not e.full_batch
    b, m = h.b[i], h.m[i]
    residual = y[idx] - (m * x[idx] + b)
    grad_b = -2.0 * float(np.sum(residual)) / idx.size
    grad_m = -2.0 * float(np.sum(x[idx] * residual)) / idx.size
    assert e.grad_b == pytest.approx(grad_b, rel=1e-11, abs=1e-12)
    assert e.grad_m == pytest.approx(grad_m, rel=1e-11, abs=1e-12)
    assert e.b_new == pytest.approx(h.b[i + 1], rel=1e-12)
    assert e.m_new == pytest.approx(h.m[i + 1], rel=1e-12)
    assert e.matches_record


def test_last_minibatch_of_an_epoch_is_short(seed_xy):
    d, _h = run(*seed_xy, minibatch(1e-4, 30), 5)
    e = explain(d, 3)  # positions 90..99: 10 points
    assert e.n_used == 10 and e.shown == 10 and e.rows_not_shown == 0
    assert "positions 90–99 of shuffled epoch 0" in e.sections[0].title
    sgd_run, _ = run(*seed_xy, sgd(1e-4), 2)
    one = explain(sgd_run, 1)
    assert one.n_used == 1
    assert one.title.endswith(f"sgd · point {int(one.point_index[0])}")
    assert "−(2/1) × " in one.lines[3]


def test_point_rows_of_used_and_unused_points(seed_xy):
    d, h = run(*seed_xy, minibatch(1e-4, 20), 2)
    e = explain(d, 1, max_rows=5)
    used = [int(k) for k in e.point_index]
    unused = next(k for k in range(100) if k not in used)
    assert e.point_row(unused) is None and e.position_of(unused) is None
    last = used[-1]  # used, beyond the table
    assert e.position_of(last) == 19
    row = e.point_row(last)
    x, y = seed_xy
    assert (row.index, row.x, row.y) == (last, x[last], y[last])
    assert row.residual == pytest.approx(y[last] - (h.m[1] * x[last] + h.b[1]), rel=1e-12)


# ---------------------------------------------------------------------- stateful rules

STATEFUL = {
    "momentum": momentum(1e-4, 0.9),
    "nesterov": nesterov(1e-4, 0.8),
    "adagrad": adagrad(0.5),
    "rmsprop": rmsprop(0.01, 0.9),
    "adam": adam(0.1),
    "adam-minibatch": with_batch_size(adam(0.1), 10),
}


@pytest.mark.parametrize("name", list(STATEFUL))
@pytest.mark.parametrize("i", [0, 1, 5, 40])
def test_stateful_steps_land_on_the_recorded_parameters(seed_xy, name, i):
    d, h = run(*seed_xy, STATEFUL[name], 45)
    e = explain(d, i)
    assert e.b_new == pytest.approx(h.theta[i + 1, 0], rel=1e-12)
    assert e.m_new == pytest.approx(h.theta[i + 1, 1], rel=1e-12)
    assert e.matches_record
    # the state terms after the step are the state the descent recorded
    after = state_from_vector(d.optimizer, h.state[i + 1])
    terms = {term.symbol: (term.b, term.m) for term in e.state_terms}
    if name in ("momentum", "nesterov"):
        assert terms["v"] == pytest.approx(tuple(after.velocity), rel=1e-12)
    elif name in ("adagrad",):
        assert terms["G"] == pytest.approx(tuple(after.sum_sq), rel=1e-12)
    elif name == "rmsprop":
        assert terms["s"] == pytest.approx(tuple(after.sum_sq), rel=1e-12)
    else:
        assert terms["μ"] == pytest.approx(tuple(after.mu), rel=1e-12)
        assert terms["ν"] == pytest.approx(tuple(after.nu), rel=1e-12)
        assert dict(e.scalar_terms)["t"] == i + 1 == after.count


def test_momentum_by_hand(seed_xy):
    d, h = run(*seed_xy, momentum(1e-4, 0.9), 3)
    e = explain(d, 1)
    g0 = np.array(model.gradient(d.stats, h.b[0], h.m[0]))
    g1 = np.array(model.gradient(d.stats, h.b[1], h.m[1]))
    v = 0.9 * g0 + g1
    terms = {term.symbol: (term.b, term.m) for term in e.state_terms}
    assert terms["v_old"] == pytest.approx(tuple(g0), rel=1e-12)
    assert terms["v"] == pytest.approx(tuple(v), rel=1e-11)
    assert (e.b_new, e.m_new) == pytest.approx((h.b[1] - 1e-4 * v[0], h.m[1] - 1e-4 * v[1]))


def test_adam_first_step_moves_each_parameter_by_the_learning_rate(seed_xy):
    d, _h = run(*seed_xy, adam(0.1), 1)
    e = explain(d, 0)
    # t = 1: the corrected means are μ_corr = g and ν_corr = g², so the step is η g/(|g| + ε)
    assert dict(e.scalar_terms) == pytest.approx({"t": 1, "1 − β₁ᵗ": 0.1, "1 − β₂ᵗ": 0.001})
    g = np.array([e.grad_b, e.grad_m])
    expected = -0.1 * g / (np.abs(g) + 1e-8)
    assert (e.b_new, e.m_new) == pytest.approx(tuple(expected), rel=1e-12)
    terms = {term.symbol: (term.b, term.m) for term in e.state_terms}
    assert terms["μ_corr"] == pytest.approx(tuple(g), rel=1e-12)
    assert terms["ν_corr"] == pytest.approx(tuple(g * g), rel=1e-12)


def test_adagrad_by_hand(seed_xy):
    d, h = run(*seed_xy, adagrad(0.5, 1e-8), 2)
    e = explain(d, 1)
    g0 = np.array(model.gradient(d.stats, 0.0, 0.0))
    g1 = np.array([e.grad_b, e.grad_m])
    big_g = g0**2 + g1**2
    step = 0.5 * g1 / (np.sqrt(big_g) + 1e-8)
    assert (e.b_new, e.m_new) == pytest.approx((h.b[1] - step[0], h.m[1] - step[1]), rel=1e-12)


# ---------------------------------------------------------------------- normalised


@pytest.mark.parametrize("optimizer", [gd(0.1), adam(0.05), minibatch(0.05, 16)])
@pytest.mark.parametrize("i", [0, 3, 30])
def test_normalised_steps_are_explained_in_scaled_units(seed_xy, optimizer, i):
    x, y = seed_xy
    d, h = run(x, y, optimizer, 31, normalize=True)
    e = explain(d, i)
    assert e.scaled and "standardised" in e.units_note
    xs = (x - np.mean(x)) / np.std(x)
    ys = (y - np.mean(y)) / np.std(y)
    idx = e.point_index
    np.testing.assert_allclose(e.point_x, xs[idx], rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(e.point_y, ys[idx], rtol=1e-12, atol=1e-14)
    assert (e.b, e.m) == tuple(h.theta[i])
    assert (e.b_new, e.m_new) == pytest.approx(tuple(h.theta[i + 1]), rel=1e-12)
    assert e.b_original == pytest.approx(h.b[i], rel=1e-12, abs=1e-12)
    assert e.m_original == pytest.approx(h.m[i], rel=1e-12, abs=1e-12)
    assert e.b_new_original == pytest.approx(h.b[i + 1], rel=1e-12)
    assert e.m_new_original == pytest.approx(h.m[i + 1], rel=1e-12)
    text = "\n".join(e.lines)
    assert "∂E/∂b′" in text and "x′" in text
    assert f"= {format_value(e.b_new_original)}" in text


# ---------------------------------------------------------------------- table and text


def test_max_rows_is_respected(seed_xy):
    d, _ = run(*seed_xy, gd(1e-4), 1)
    for max_rows, shown in [(0, 0), (5, 5), (100, 100), (500, 100)]:
        e = explain(d, 0, max_rows=max_rows)
        assert e.shown == len(e.table) == shown
        assert e.rows_not_shown == 100 - shown
        assert e.sum_residual == pytest.approx(float(np.sum(seed_xy[1])), rel=1e-13)
    with pytest.raises(ValueError, match="max rows must be at least 0"):
        explain(d, 0, max_rows=-1)


def test_lines_carry_the_numbers(seed_xy):
    d, _h = run(*seed_xy, gd(1e-4), 1)
    e = explain(d, 0)
    text = "\n".join(e.lines)
    sum_r = format_value(e.sum_residual)
    assert f"∂E/∂b = −(2/N) Σ r = −(2/100) × {sum_r} = {format_value(e.grad_b)}" in text
    assert format_value(e.grad_b) == format_value(-2 * np.mean(seed_xy[1]))
    assert (
        f"b_new = b − η ∂E/∂b = 0 − 0.0001 × ({format_value(e.grad_b)}) = "
        f"{format_value(e.b_new)}" in text
    )
    assert f"m_new = m − η ∂E/∂m = 0 − 0.0001 × ({format_value(e.grad_m)})" in text
    assert "recorded iteration 1" in text and "(matches)" in text
    assert "," not in format_value(e.sum_x_residual)  # no digit grouping
    for section in e.sections:
        assert section.lines == tuple(f.text for f in section.formulas)


def test_late_small_steps_get_the_digits_to_show_them(seed_xy):
    d, h = run(*seed_xy, gd(1e-4), 1001)
    e = explain(d, 1000)
    assert abs(e.m_new - e.m) < 1e-5 * abs(e.m)  # invisible with six digits
    digits = step_digits(e.m, e.m_new)
    assert digits > 6
    old, new = format_value(e.m, digits), format_value(e.m_new, digits)
    assert old != new
    assert float(new.replace(MINUS, "-")) == pytest.approx(e.m_new, rel=10.0 ** (1 - digits))
    text = "\n".join(e.lines)
    assert f"= {old} − 0.0001 × {format_value(e.grad_m)} = {new}" in text
    assert f"m = {format_value(h.m[1001], digits)} (matches)" in text
    assert step_digits(1.0, 2.0) == 6 and step_digits(0.0, 0.0) == 6
    assert step_digits(1.0, 1.0 + 1e-15) == 15


def test_adam_lines_show_the_bias_correction(seed_xy):
    d, _ = run(*seed_xy, adam(0.1), 3)
    text = "\n".join(explain(d, 2).lines)
    assert "t = 2 + 1 = 3" in text
    assert f"1 − β₁ᵗ = 1 − 0.9^3 = {format_value(1 - 0.9**3)}" in text
    assert "μ_b,corr = μ_b / (1 − β₁ᵗ)" in text and "ν_m,corr = ν_m / (1 − β₂ᵗ)" in text
    assert "b_new = b − η μ_b,corr / (√ν_b,corr + ε)" in text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.0, "0"),
        (-0.0, "0"),
        (145.194321, "145.194"),
        (-0.014519412, f"{MINUS}0.0145194"),
        (0.0001, "0.0001"),
        (1e-8, "1e-8"),
        (-1.234567e-7, f"{MINUS}1.23457e-7"),
        (1234567.4, "1.23457e6"),
        (999999.7, "1e6"),
        (999999.4, "999999"),
        (2.5e17, "2.5e17"),
        (math.inf, "∞"),
        (math.nan, "—"),
    ],
)
def test_format_value(value, text):
    assert format_value(value) == text

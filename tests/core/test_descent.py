"""The descent state: the tutorial reproduced, history, divergence, normalisation."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdviz.core import model
from gdviz.core.descent import Descent
from gdviz.core.optimizers import adam, gd, make_optimizer, minibatch, momentum, sgd
from tests.conftest import TUTORIAL


def tutorial_run(x, y, b, m, lr, iterations):
    """The tutorial's own algorithm: per-point loops, summed in order."""
    n = float(len(x))
    for _ in range(iterations):
        gb = gm = 0.0
        for xi, yi in zip(x, y, strict=True):
            gb += -(2 / n) * (yi - (m * xi + b))
            gm += -(2 / n) * xi * (yi - (m * xi + b))
        b, m = b - lr * gb, m - lr * gm
    return b, m


def test_reproduces_the_tutorial(seed_xy):
    d = Descent(*seed_xy)
    assert d.initial_error == pytest.approx(TUTORIAL["initial_error"], rel=1e-12)
    assert d.run_to(1000) == 1000
    assert d.iteration == 1000
    assert d.b == pytest.approx(TUTORIAL["b"], rel=1e-9)
    assert d.m == pytest.approx(TUTORIAL["m"], rel=1e-12)
    assert d.error == pytest.approx(TUTORIAL["error"], rel=1e-12)
    assert not d.diverged and not d.converged
    assert "not converged after 1000 iterations" in d.status_message()


def test_matches_the_per_point_loop_step_by_step(seed_xy):
    x, y = seed_xy
    d = Descent(x, y, gd(2e-4), initial_b=1.0, initial_m=-0.5)
    d.run_to(25)
    b, m = tutorial_run(list(x), list(y), 1.0, -0.5, 2e-4, 25)
    assert (d.b, d.m) == pytest.approx((b, m), rel=1e-11)


def test_history_keeps_every_iteration(seed_xy):
    d = Descent(*seed_xy, capacity=4)  # forces the history to grow
    d.step(3)
    d.step(7)
    h = d.history()
    assert len(h) == 11
    np.testing.assert_array_equal(h.iteration, np.arange(11))
    snap = d.snapshot(4)
    assert (snap.b, snap.m) == (h.b[4], h.m[4])
    assert snap.error == pytest.approx(model.mse(d.stats, snap.b, snap.m), rel=1e-15)
    assert (snap.grad_b, snap.grad_m) == pytest.approx(model.gradient(d.stats, snap.b, snap.m))
    # each row is one step of the rule from the row before
    for i in range(10):
        assert h.b[i + 1] == pytest.approx(h.b[i] - 1e-4 * h.grad_b[i], rel=1e-12)
        assert h.m[i + 1] == pytest.approx(h.m[i] - 1e-4 * h.grad_m[i], rel=1e-12)
    assert h.learning_rate[0] == 0 and h.learning_rate[1] == 1e-4
    with pytest.raises(IndexError):
        d.snapshot(11)
    part = d.history(8)
    np.testing.assert_array_equal(part.iteration, [8, 9, 10])


def test_reset_returns_to_the_start(seed_xy):
    d = Descent(*seed_xy)
    d.step(50)
    d.reset(initial_b=2.0, initial_m=1.0)
    assert d.iteration == 0 and (d.b, d.m) == (2.0, 1.0)
    assert d.error == pytest.approx(model.mse(d.stats, 2.0, 1.0))
    d.reset()
    assert (d.b, d.m) == (2.0, 1.0)


def test_divergence_stops_at_the_last_finite_state(seed_xy):
    d = Descent(*seed_xy, gd(0.001))
    taken = d.run_to(1000)
    assert d.diverged and taken < 1000
    assert d.diverged_at == d.iteration + 1
    assert "diverged at iteration" in d.status_message()
    h = d.history()
    assert np.all(np.isfinite([h.b, h.m, h.error, h.grad_b, h.grad_m]))
    assert d.step(5) == 0  # stays stopped until reset
    d.reset()
    assert not d.diverged


def test_huge_learning_rate_never_yields_nan(seed_xy):
    for lr in (1.0, 1e9):
        d = Descent(*seed_xy, gd(lr))
        d.run_to(100)
        assert d.diverged_at is not None and d.diverged_at <= 3
        assert all(math.isfinite(v) for v in d.current)


def test_divergence_is_found_just_above_the_stable_rate(seed_xy):
    lr_max = model.analyse(model.fit_statistics(*seed_xy)).max_stable_learning_rate
    below = Descent(*seed_xy, gd(0.98 * lr_max))
    below.run_to(3000)
    assert not below.diverged
    above = Descent(*seed_xy, gd(1.05 * lr_max))
    above.run_to(3000)
    assert above.diverged


def test_overflowing_start_is_refused(seed_xy):
    with pytest.raises(ValueError, match="overflows"):
        Descent(*seed_xy, initial_b=1e300, initial_m=1e300)
    with pytest.raises(ValueError, match="finite"):
        Descent(*seed_xy, initial_b=float("nan"))


def test_normalised_descent_reaches_the_optimum_of_badly_scaled_data():
    rng = np.random.default_rng(7)
    x = 1990.0 + np.arange(40.0)
    y = -30.0 + 0.015 * x + rng.normal(0, 0.1, x.size)
    a = model.analyse(model.fit_statistics(x, y))
    assert a.condition_number > 1e7
    raw = Descent(x, y, gd(0.5 * a.max_stable_learning_rate))
    raw.run_to(2000)
    assert not raw.converged
    norm = Descent(x, y, gd(0.1), normalize=True)
    norm.run_to(300)
    assert norm.converged
    assert (norm.b, norm.m) == pytest.approx((a.b_star, a.m_star), rel=1e-6)
    assert norm.error == pytest.approx(a.mse_star, rel=1e-9)
    # reported values are in original units and agree with the direct definition
    assert norm.error == pytest.approx(model.mse_direct(x, y, norm.b, norm.m), rel=1e-9)


def test_normalised_start_is_the_given_line(seed_xy):
    d = Descent(*seed_xy, normalize=True, initial_b=3.0, initial_m=0.25)
    assert (d.b, d.m) == pytest.approx((3.0, 0.25))


def test_changing_the_learning_rate_takes_effect_from_the_next_step(seed_xy):
    d = Descent(*seed_xy, momentum(1e-4))
    d.step(5)
    before = d._opt_state
    d.set_optimizer(momentum(2e-4))
    assert d._opt_state is before  # momentum kept
    d.step()
    assert d.history().learning_rate[-1] == 2e-4
    d.set_optimizer(adam())
    assert d._opt_state.count == 0


@pytest.mark.parametrize("factory", [sgd, lambda: minibatch(batch_size=7)])
def test_stochastic_runs_replay_exactly_from_the_seed(seed_xy, factory):
    a = Descent(*seed_xy, factory(), random_state=11)
    b = Descent(*seed_xy, factory(), random_state=11)
    c = Descent(*seed_xy, factory(), random_state=12)
    for d in (a, b, c):
        d.run_to(250)
    np.testing.assert_array_equal(a.history().b, b.history().b)
    assert not np.array_equal(a.history().b, c.history().b)
    a.reset()
    a.run_to(250)
    np.testing.assert_array_equal(a.history().m, b.history().m)


def test_sgd_epochs_visit_every_point_once(seed_xy):
    x, y = seed_xy
    d = Descent(x, y, minibatch(batch_size=30), random_state=1)
    seen = [d._next_batch(30) for _ in range(4)]  # 30 + 30 + 30 + 10 = one epoch
    assert [len(s) for s in seen] == [30, 30, 30, 10]
    assert sorted(np.concatenate(seen).tolist()) == list(range(100))


def test_minibatch_gradient_is_the_batch_mean(seed_xy):
    x, y = seed_xy
    d = Descent(x, y, minibatch(learning_rate=1e-5, batch_size=10), random_state=5)
    d.step()
    idx = np.random.default_rng([5, 0]).permutation(100)[:10]
    gb, gm = model.point_gradient(x[idx], y[idx], 0.0, 0.0)
    assert (d.b, d.m) == pytest.approx((-1e-5 * gb, -1e-5 * gm), rel=1e-14)


@pytest.mark.parametrize(
    "name, lr, iterations, tol",
    [
        ("gd", 0.5, 200, 1e-6),
        ("momentum", 0.1, 400, 1e-6),
        ("nesterov", 0.1, 400, 1e-6),
        ("adagrad", 0.5, 3000, 1e-6),
        # constant-rate RMSProp, SGD and mini-batch hover within about a step of the optimum
        ("rmsprop", 0.001, 5000, 5e-3),
        ("adam", 0.05, 3000, 1e-4),
        ("minibatch", 0.02, 4000, 2e-2),
        ("sgd", 0.005, 20000, 2e-2),
    ],
)
def test_every_optimizer_reaches_the_optimum_when_well_conditioned(name, lr, iterations, tol):
    rng = np.random.default_rng(0)
    x = rng.normal(0.0, 1.0, 200)
    y = 1.5 - 2.0 * x + rng.normal(0, 0.3, x.size)
    a = model.analyse(model.fit_statistics(x, y))
    assert a.condition_number < 2
    d = Descent(x, y, make_optimizer(name, learning_rate=lr), random_state=0)
    d.run_to(iterations)
    assert not d.diverged
    assert d.b == pytest.approx(a.b_star, abs=tol)
    assert d.m == pytest.approx(a.m_star, abs=tol)
    # error excess is quadratic in the distance: about tol² at most
    assert d.excess_error <= 2 * tol**2


@settings(max_examples=60, deadline=None)
@given(
    st.floats(-1e3, 1e3),
    st.floats(-1e2, 1e2),
    st.floats(1e-6, 1e9),
    st.sampled_from(["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "sgd"]),
)
def test_never_emits_non_finite_values(b0, m0, lr, name):
    rng = np.random.default_rng(1)
    x = rng.uniform(-50, 50, 20)
    y = 3 * x + rng.normal(0, 2, 20)
    d = Descent(x, y, make_optimizer(name, learning_rate=lr), initial_b=b0, initial_m=m0)
    d.run_to(60)
    h = d.history()
    assert np.all(np.isfinite([h.b, h.m, h.error, h.grad_b, h.grad_m]))
    assert d.iteration == 60 or d.diverged


@pytest.mark.parametrize("name", ["gd", "momentum", "adam", "sgd", "minibatch"])
def test_rewind_then_replay_is_exact(seed_xy, name):
    lr = 1e-5 if name in ("sgd", "minibatch") else 1e-4
    if name == "adam":
        lr = 0.05
    d = Descent(*seed_xy, make_optimizer(name, learning_rate=lr), random_state=4)
    d.run_to(120)
    reference = d.history().copy()
    d.rewind(37)
    assert d.iteration == 37 and d.b == reference.b[37]
    d.run_to(120)
    replay = d.history()
    np.testing.assert_array_equal(replay.b, reference.b)
    np.testing.assert_array_equal(replay.m, reference.m)
    np.testing.assert_array_equal(replay.state, reference.state)
    with pytest.raises(IndexError):
        d.rewind(121)


def test_rewind_clears_divergence(seed_xy):
    d = Descent(*seed_xy, gd(0.001))
    d.run_to(100)
    assert d.diverged
    d.rewind(2)
    assert not d.diverged and d.iteration == 2


def test_history_keeps_optimizer_state(seed_xy):
    d = Descent(*seed_xy, momentum(1e-4, 0.9))
    d.step(3)
    h = d.history()
    # velocity after step t is (theta_{t-1} - theta_t) / lr
    np.testing.assert_allclose(h.state[3, :2], (h.theta[2] - h.theta[3]) / 1e-4, rtol=1e-9)


def test_set_data_continues_from_the_current_line(seed_xy):
    x, y = seed_xy
    d = Descent(x, y)
    d.step(10)
    b, m = d.b, d.m
    x2 = np.append(x, 60.0)
    y2 = np.append(y, 10.0)  # an outlier
    d.set_data(x2, y2)
    assert d.iteration == 10 and (d.b, d.m) == (b, m)
    assert d.error == pytest.approx(model.mse_direct(x2, y2, b, m), rel=1e-12)
    assert d.analysis.n == 101
    d.step(5)
    assert d.iteration == 15


def test_converged_at_is_the_first_iteration_within_tolerance(seed_xy):
    run = Descent(*seed_xy, gd(0.1), normalize=True)
    run.run_to(300)
    rows = run.history()
    excess = model.excess_error(run.stats, rows.b, rows.m)
    first = int(np.flatnonzero(excess <= run.tol * run.stats.y_var)[0])
    assert run.converged_at == first
    assert 0 < first < 300
    run.rewind(first - 1)
    assert run.converged_at is None


def test_a_run_that_stops_when_converged_stops_there(seed_xy):
    free = Descent(*seed_xy, gd(0.1), normalize=True)
    free.run_to(300)
    stopping = Descent(*seed_xy, gd(0.1), normalize=True, stop_when_converged=True)
    stopping.run_to(300)
    assert stopping.iteration == free.converged_at
    assert stopping.stopped and not stopping.diverged
    assert stopping.step(5) == 0
    np.testing.assert_array_equal(stopping.history().b, free.history().b[: stopping.iteration + 1])


@pytest.mark.parametrize("rate", [1e-4, 3e-4, 1e-3])  # slow, fast, diverging
def test_steps_on_floats_are_the_steps_on_arrays_bit_for_bit(seed_xy, rate):
    """A stateless rule steps on plain floats (Optimizer.update_floats): the same numbers
    as its numpy update, row for row, divergence included."""
    fast = Descent(*seed_xy, gd(rate))
    slow = Descent(*seed_xy, gd(rate)._replace(update_floats=None))
    fast.run_to(3000)
    slow.run_to(3000)
    assert fast.diverged_at == slow.diverged_at
    for name in ("b", "m", "error", "grad_b", "grad_m", "learning_rate", "theta"):
        np.testing.assert_array_equal(getattr(fast.history(), name), getattr(slow.history(), name))

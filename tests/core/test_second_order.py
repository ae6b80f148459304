"""Newton's method and conjugate gradients: the optimum of a quadratic in one and two steps."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import minimize
from scipy.special import huber

from gdviz.core import optimizers as opt
from gdviz.core.descent import Descent
from gdviz.core.explain import explain_step
from gdviz.core.objective import Objective
from gdviz.core.settings import RunSettings


def data(seed: int = 0, n: int = 40, shift: float = 0.0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 50.0, n) + shift
    y = 4.0 + 1.3 * x + rng.normal(0.0, 6.0, n)
    y[:3] += 80.0
    return x, y


def normal_equations(x, y, ridge: float = 0.0):
    """The ridge least-squares line, independently: ``[[N, Σx], [Σx, Σx² + Nλ]] θ = …``."""
    n = x.size
    a = np.array([[n, x.sum()], [x.sum(), x @ x + n * ridge]])
    return np.linalg.solve(a, np.array([y.sum(), x @ y]))


def descent(name: str, x, y, objective=None, **kwargs) -> Descent:
    return Descent(x, y, opt.make_optimizer(name), objective=objective, **kwargs)


@pytest.mark.parametrize("normalize", [False, True])
@pytest.mark.parametrize("ridge", [0.0, 0.5])
def test_newton_lands_on_the_mse_optimum_in_one_step(normalize, ridge):
    x, y = data(1, shift=100.0)  # badly conditioned: plain descent would crawl
    d = descent("newton", x, y, Objective("mse", ridge=ridge), normalize=normalize)
    assert d.step(1) == 1
    b_ref, m_ref = normal_equations(x, y, ridge)
    assert (d.b, d.m) == pytest.approx((b_ref, m_ref), rel=1e-9)
    assert d.converged_at == 1


@pytest.mark.parametrize("normalize", [False, True])
@pytest.mark.parametrize("ridge", [0.0, 0.5])
def test_conjugate_gradients_land_on_the_mse_optimum_in_two_steps(normalize, ridge):
    x, y = data(2, shift=100.0)
    d = descent("cg", x, y, Objective("mse", ridge=ridge), normalize=normalize)
    b_ref, m_ref = normal_equations(x, y, ridge)
    d.step(1)
    first = np.array([d.b, d.m])
    if not (normalize and ridge == 0.0):  # standardised, H = 2I: one line search suffices
        assert np.max(np.abs(first - (b_ref, m_ref)) / np.abs((b_ref, m_ref))) > 1e-6
    d.step(1)
    assert (d.b, d.m) == pytest.approx((b_ref, m_ref), rel=1e-9)
    assert d.converged_at == (1 if normalize and ridge == 0.0 else 2)


def test_cg_steps_are_an_exact_line_search():
    """Each step minimises the quadratic along its direction: the new gradient is
    orthogonal to it, and the second direction is H-conjugate to the first."""
    x, y = data(3)
    d = descent("cg", x, y)
    h = 2.0 * np.array([[1.0, x.mean()], [x.mean(), np.mean(x * x)]])
    d.step(2)
    rows = d.history()
    steps = np.diff(rows.theta, axis=0)
    grads = np.column_stack([rows.grad_b, rows.grad_m])
    for k in range(2):
        direction = steps[k] / np.linalg.norm(steps[k])
        assert abs(grads[k + 1] @ direction) <= 1e-9 * np.linalg.norm(grads[0])
    cosine = (
        steps[0] @ h @ steps[1] / np.sqrt((steps[0] @ h @ steps[0]) * (steps[1] @ h @ steps[1]))
    )
    assert abs(cosine) < 1e-9


def test_a_smaller_newton_rate_contracts_by_one_minus_eta():
    x, y = data(4)
    d = Descent(x, y, opt.newton(0.25))
    b_ref, m_ref = normal_equations(x, y)
    d.step(3)
    gap = np.array([d.b - b_ref, d.m - m_ref])
    assert gap == pytest.approx(0.75**3 * np.array([-b_ref, -m_ref]), rel=1e-9)


def test_newton_on_huber_reaches_the_optimum_of_scipys_huber():
    x, y = data(5)
    delta = 8.0
    o = Objective("huber", delta)
    lad = Objective("mae").optimum(x, y)  # through two points: both in the quadratic zone
    start = np.array([lad.b, lad.m])
    d = descent("newton", x, y, o, initial_b=lad.b, initial_m=lad.m)
    d.step(30)

    def reference_error(t):
        return float(np.mean(2.0 * huber(delta, y - (t[1] * x + t[0]))))

    ref = minimize(
        reference_error,
        start,
        method="Nelder-Mead",
        options={"xatol": 1e-12, "fatol": 1e-15, "maxiter": 20000},
    )
    assert d.error == pytest.approx(ref.fun, rel=1e-9)
    assert (d.b, d.m) == pytest.approx(tuple(ref.x), rel=1e-6)
    assert d.converged_at is not None and d.converged_at < 30
    assert (d.b, d.m) == pytest.approx((d.optimum.b, d.optimum.m), rel=1e-9)


def test_pure_newton_can_overshoot_on_huber_and_says_so():
    """Far from the Huber line the local quadratic misleads: plain Newton steps (no line
    search) can leave every point's quadratic zone; the run stops with a message."""
    x, y = data(5)
    start = normal_equations(x, y)
    d = descent("newton", x, y, Objective("huber", 8.0), initial_b=start[0], initial_m=start[1])
    d.step(30)
    assert d.diverged and d.iteration < 30
    assert d.status_message().endswith(f"showing iteration {d.iteration}")


def test_huber_without_curvature_stops_with_a_message_not_a_crash():
    x, y = data(6)
    o = Objective("huber", 0.5)
    d = descent("newton", x, y, o, initial_b=1000.0, initial_m=-50.0)  # far from every point
    assert d.step(5) == 0
    assert d.diverged and d.iteration == 0
    message = d.status_message()
    assert message.startswith("stopped at iteration 1: the error has no curvature")
    assert "δ = 0.5" in message and "\n" not in message
    assert d.view().stop_message == message
    d.rewind(0)
    assert not d.diverged and d.status_message() != message


def test_cg_replays_exactly_after_a_rewind():
    x, y = data(7)
    o = Objective("huber", 8.0, ridge=0.1)
    lad = o.__class__("mae").optimum(x, y)
    d = descent("cg", x, y, o, normalize=True, initial_b=lad.b, initial_m=lad.m)
    d.step(6)
    assert not d.diverged and d.iteration == 6
    before = d.history().theta.copy()
    d.rewind(3)
    d.step(3)
    assert np.array_equal(d.history().theta, before)


@pytest.mark.parametrize("name", ["newton", "cg"])
@pytest.mark.parametrize("normalize", [False, True])
def test_the_step_math_lands_where_the_run_did(name, normalize):
    x, y = data(8)
    o = Objective("mse", ridge=0.2)
    d = descent(name, x, y, o, normalize=normalize)
    d.step(2)
    for i in (0,) if name == "newton" else (0, 1):  # Newton's second step is rounding only
        e = explain_step(x, y, d.history(), i, d.optimizer, d.scaling, objective=o)
        assert e.matches_record
        assert any("H⁻¹" in line or "dᵀHd" in line for line in e.lines)
        assert any("2λ" in line for line in e.lines)


def test_settings_refuse_second_order_on_the_absolute_error():
    for name in ("newton", "cg"):
        s = RunSettings().with_optimizer(name)
        assert s.checked().learning_rate == 1.0  # its own rate on a switch, not gd's
        assert s.with_optimizer("gd").learning_rate == 1e-4  # and back
        other = "newton" if name == "cg" else "cg"  # two second-order rules share it
        half = s.replace(hyperparameters={"learning_rate": 0.5})
        assert half.with_optimizer(other).learning_rate == 0.5
        assert RunSettings(optimizer=name, hyperparameters={}).checked().learning_rate == 1.0
        with pytest.raises(ValueError, match="needs the curvature of the error"):
            s.replace(loss="mae").checked()


def test_registry_declares_the_hessian():
    for name in ("newton", "cg"):
        spec = opt.optimizer_spec(name)
        assert spec.family is opt.Family.SECOND_ORDER and spec.needs_hessian
        assert opt.make_optimizer(name).needs_hessian
    first_order = [s for s in opt.optimizer_specs() if s.family is not opt.Family.SECOND_ORDER]
    assert first_order and not any(s.needs_hessian for s in first_order)

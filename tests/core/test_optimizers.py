"""Update rules against their textbook formulas, written out by hand."""

from __future__ import annotations

import re

import numpy as np
import pytest

from gdviz.core import optimizers as opt


def run(rule, grads_seq):
    params = np.zeros(2)
    state = rule.init(params)
    out = []
    for g in grads_seq:
        updates, state = rule.update(np.asarray(g, dtype=float), state, params)
        params = params + updates
        out.append(params.copy())
    return out


GRADS = [[1.0, -2.0], [0.5, 4.0], [-3.0, 1.0]]


def test_gd_is_minus_lr_times_gradient():
    assert run(opt.gd(0.1), GRADS)[-1] == pytest.approx(-0.1 * np.sum(GRADS, axis=0))


def test_momentum_by_hand():
    lr, mu = 0.1, 0.9
    v = np.zeros(2)
    p = np.zeros(2)
    for g in GRADS:
        v = mu * v + np.array(g)
        p = p - lr * v
    assert run(opt.momentum(lr, mu), GRADS)[-1] == pytest.approx(p)


def test_nesterov_by_hand():
    lr, mu = 0.1, 0.5
    v = np.zeros(2)
    p = np.zeros(2)
    for g in GRADS:
        g = np.array(g)
        v = mu * v + g
        p = p - lr * (g + mu * v)
    assert run(opt.nesterov(lr, mu), GRADS)[-1] == pytest.approx(p)


def test_adagrad_by_hand():
    lr = 0.5
    s = np.zeros(2)
    p = np.zeros(2)
    for g in GRADS:
        g = np.array(g)
        s = s + g * g
        p = p - lr * g / (np.sqrt(s) + 1e-8)
    assert run(opt.adagrad(lr), GRADS)[-1] == pytest.approx(p)


def test_rmsprop_by_hand():
    lr, rho = 0.01, 0.9
    s = np.zeros(2)
    p = np.zeros(2)
    for g in GRADS:
        g = np.array(g)
        s = rho * s + (1 - rho) * g * g
        p = p - lr * g / (np.sqrt(s) + 1e-8)
    assert run(opt.rmsprop(lr, rho), GRADS)[-1] == pytest.approx(p)


def test_adam_first_step_moves_by_the_learning_rate():
    # with bias correction the first Adam step is lr * sign(g)
    first = run(opt.adam(0.01), GRADS[:1])[0]
    assert first == pytest.approx(-0.01 * np.sign(GRADS[0]), rel=1e-6)


def test_adam_by_hand():
    lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
    m = v = np.zeros(2)
    p = np.zeros(2)
    for t, g in enumerate(GRADS, start=1):
        g = np.array(g)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        p = p - lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
    assert run(opt.adam(lr, b1, b2, eps), GRADS)[-1] == pytest.approx(p)


def test_update_is_pure():
    rule = opt.adam()
    params = np.zeros(2)
    state = rule.init(params)
    g = np.array([1.0, 2.0])
    a, s1 = rule.update(g, state, params)
    b, s2 = rule.update(g, state, params)
    assert np.array_equal(a, b) and state.count == 0 and s1.count == s2.count == 1


def test_batch_sizes():
    assert opt.gd().batch_size is None
    assert opt.sgd().batch_size == 1
    assert opt.minibatch(batch_size=16).batch_size == 16
    assert opt.make_optimizer("adam", batch_size=8).batch_size == 8
    assert opt.make_optimizer("sgd", batch_size=1).batch_size == 1


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: opt.gd(-1), "learning rate must be greater than 0 (got -1)"),
        (lambda: opt.gd(0), "learning rate must be greater than 0"),
        (lambda: opt.momentum(momentum=1.5), "momentum must be between 0 and 0.999999 (got 1.5)"),
        (lambda: opt.adam(b2=1), "b2 must be between 0 and 0.999999 (got 1)"),
        (
            lambda: opt.gd(2e9),
            "learning rate must be between 1e-12 and 1000000000 (got 2000000000)",
        ),
        (lambda: opt.minibatch(batch_size=2.5), "batch size must be a whole number (got 2.5)"),
        (lambda: opt.minibatch(batch_size=0), "batch size must be at least 1"),
        (lambda: opt.make_optimizer("lbfgs"), "unknown optimizer 'lbfgs'"),
        (lambda: opt.make_optimizer("gd", batch_size=5), "choose minibatch"),
    ],
)
def test_bad_hyperparameters_are_explained(call, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        call()


def test_make_optimizer_ignores_what_a_rule_does_not_take():
    rule = opt.make_optimizer("GD", learning_rate=0.2, momentum=0.5, b1=None)
    assert rule.name == "gd" and rule.hyperparams == {"learning_rate": 0.2}
    assert opt.default_hyperparams("adam")["b2"] == 0.999


# ---------------------------------------------------------------------------- the registry


def test_registry_holds_the_built_in_rules_in_the_windows_order():
    names = [spec.name for spec in opt.optimizer_specs()]
    first_order = ["gd", "sgd", "minibatch", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
    assert names == [*first_order, "newton", "cg"]
    assert list(opt.OPTIMIZERS) == names and opt.OPTIMIZERS["adam"] is opt.adam
    assert opt.optimizer_spec(opt.DEFAULT_OPTIMIZER).label == "Gradient descent (batch)"


@pytest.mark.parametrize("spec", opt.optimizer_specs(), ids=lambda spec: spec.name)
def test_each_spec_agrees_with_its_factory(spec):
    assert spec.hyperparameters[0].name == "learning_rate"
    rule = spec.factory()  # the factory's own defaults are the spec's
    own = {k: v for k, v in rule.hyperparams.items() if k != "batch_size" or spec.takes(k)}
    assert rule.name == spec.name and own == spec.defaults  # sgd's batch of 1 is fixed
    assert opt.make_optimizer(spec.name).hyperparams == rule.hyperparams
    assert rule.batch_size == (spec.defaults.get("batch_size", spec.batch_size))
    assert spec.stochastic == (rule.batch_size is not None)
    for h in spec.hyperparameters:
        assert h.minimum <= h.default <= h.maximum and h.symbol and h.label and h.tooltip
        assert h.cli_flag.startswith("--")
        low = opt.make_optimizer(spec.name, **{h.name: h.minimum})
        high = opt.make_optimizer(spec.name, **{h.name: h.maximum})
        assert (low.hyperparams[h.name], high.hyperparams[h.name]) == (h.minimum, h.maximum)
        outside = h.maximum + 1 if h.integer else h.maximum * 2 or 1
        with pytest.raises(ValueError, match=f"^{h.words} must be "):
            opt.make_optimizer(spec.name, **{h.name: outside})


def test_every_hyperparameter_has_one_range_and_one_flag():
    flags = [h.cli_flag for h in opt.all_hyperparameters()]
    assert len(set(flags)) == len(flags)
    assert {
        "--learning-rate",
        "--momentum",
        "--beta1",
        "--beta2",
        "--decay",
        "--batch-size",
    } <= set(flags)
    for spec in opt.optimizer_specs():
        for h in spec.hyperparameters:
            shared = next(g for g in opt.all_hyperparameters() if g.name == h.name)
            assert (h.minimum, h.maximum, h.integer) == (
                shared.minimum,
                shared.maximum,
                shared.integer,
            )


def test_step_math_is_declared_for_every_rule():
    for spec in opt.optimizer_specs():
        assert spec.step_math is not None and spec.formulas and spec.family in opt.Family


def test_newton_and_cg_by_hand_on_a_quadratic():
    h = np.array([[2.0, 3.0], [3.0, 10.0]])
    theta_star = np.array([1.5, -0.5])
    params = np.array([4.0, 2.0])
    grads = h @ (params - theta_star)
    newton = opt.newton(1.0)
    step, _ = newton.update(grads, newton.init(params), params, h)
    assert params + step == pytest.approx(theta_star, rel=1e-12)
    cg = opt.cg(1.0)
    state = cg.init(params)
    p = params
    for _ in range(2):
        g = h @ (p - theta_star)
        step, state = cg.update(g, state, p, h)
        p = p + step
    assert p == pytest.approx(theta_star, rel=1e-12)
    # by hand: first step is steepest descent with α = gᵀg / gᵀHg
    g0 = h @ (params - theta_star)
    alpha = (g0 @ g0) / (g0 @ h @ g0)
    first, _ = cg.update(g0, cg.init(params), params, h)
    assert first == pytest.approx(-alpha * g0, rel=1e-12)


def test_cg_at_the_optimum_takes_no_step():
    cg = opt.cg(1.0)
    step, state = cg.update(np.zeros(2), cg.init(np.zeros(2)), np.zeros(2), np.eye(2))
    assert np.array_equal(step, np.zeros(2)) and state.count == 1

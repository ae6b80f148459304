"""RunSettings: one immutable value for the main run, compared runs and lesson files."""

from __future__ import annotations

import dataclasses
import math
import re

import numpy as np
import pytest

from gdviz.core.optimizers import DEFAULT_OPTIMIZER, default_hyperparams, optimizer_specs
from gdviz.core.settings import INITIAL_LIMIT, MAX_ITERATIONS, RunSettings

X = np.arange(12.0)
Y = 3.0 - 0.5 * X + np.sin(X)


def test_defaults_are_the_tutorials_run():
    s = RunSettings()
    assert (s.optimizer, dict(s.hyperparameters)) == (DEFAULT_OPTIMIZER, {"learning_rate": 1e-4})
    assert (s.normalize, s.label, s.initial_b, s.initial_m) == (False, "", 0.0, 0.0)
    assert (s.seed, s.iterations, s.speed) == (0, 1000, None)
    assert s.learning_rate == 1e-4 and s.checked() == s
    assert s.make_optimizer().hyperparams == {"learning_rate": 1e-4}


def test_values_are_plain_read_only_and_replaced_not_changed():
    s = RunSettings(
        optimizer="minibatch",
        hyperparameters={"learning_rate": np.float64(0.5), "batch_size": np.int64(4)},
        seed=np.int64(3),
        initial_b=2,
        speed=100,
    )
    assert type(s.hyperparameters["batch_size"]) is int and type(s.seed) is int
    assert type(s.initial_b) is float and type(s.speed) is float
    assert list(s.hyperparameters) == ["batch_size", "learning_rate"]  # sorted
    with pytest.raises(TypeError):
        s.hyperparameters["learning_rate"] = 1.0  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.seed = 4  # type: ignore[misc]
    t = s.replace(seed=4)
    assert (s.seed, t.seed) == (3, 4) and t.hyperparameters == s.hyperparameters


def test_a_compared_run_shares_the_main_runs_start():
    main = RunSettings(initial_b=1.5, initial_m=-2.0, seed=9, iterations=300, speed=20.0)
    run = main.replace(
        optimizer="adam", hyperparameters={"learning_rate": 0.1}, normalize=True, label="Adam"
    )
    assert (run.initial_b, run.initial_m, run.seed, run.iterations) == (1.5, -2.0, 9, 300)
    assert run.display_label == "Adam" and run.replace(label="").display_label == "Adam"
    descent = run.make_descent(X, Y)
    assert (descent.initial_b, descent.initial_m, descent.random_state) == (1.5, -2.0, 9)
    assert descent.normalize and descent.optimizer.name == "adam"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("momentum", "nesterov", {"learning_rate": 0.02, "momentum": 0.5}),
        ("momentum", "adam", {"learning_rate": 0.02, "b1": 0.9, "b2": 0.999, "eps": 1e-8}),
        ("momentum", "minibatch", {"learning_rate": 0.02, "batch_size": 10}),
    ],
)
def test_with_optimizer_keeps_what_the_rules_share(old, new, expected):
    s = RunSettings(optimizer=old, hyperparameters={"learning_rate": 0.02, "momentum": 0.5})
    switched = s.with_optimizer(new)
    assert switched.optimizer == new and dict(switched.hyperparameters) == expected
    assert switched.make_optimizer().hyperparams == expected


def test_checked_fills_the_rules_defaults_and_keeps_the_rest():
    s = RunSettings(optimizer=" Adam ", hyperparameters={"learning_rate": 0.1, "momentum": 0.3})
    checked = s.checked()
    assert checked.optimizer == "adam"
    assert dict(checked.hyperparameters) == {
        **default_hyperparams("adam"),
        "learning_rate": 0.1,
        "momentum": 0.3,
    }
    assert RunSettings(
        optimizer="minibatch", hyperparameters={"batch_size": 4.0}
    ).checked().hyperparameters == {"batch_size": 4, "learning_rate": 1e-4}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"optimizer": "lbfgs"}, "unknown optimizer 'lbfgs' (choose one of: gd, sgd"),
        ({"hyperparameters": {"learning_rate": -1}}, "learning rate must be greater than 0"),
        (
            {"optimizer": "momentum", "hyperparameters": {"momentum": 2}},
            "momentum must be between 0 and 0.999999 (got 2)",
        ),
        ({"hyperparameters": {"b2": 1.0}}, "b2 must be between 0 and 0.999999 (got 1)"),
        ({"hyperparameters": {"warp": 1.0}}, "unknown hyperparameter 'warp'"),
        ({"hyperparameters": {"batch_size": 5}}, "gd always uses every point per step"),
        ({"iterations": -5}, "iterations must be a whole number from 0 to 2000000000 (got -5)"),
        ({"iterations": MAX_ITERATIONS + 1}, "iterations must be a whole number"),
        ({"seed": 2.5}, "seed must be a whole number"),
        ({"initial_b": math.inf}, "initial b must be a finite number"),
        ({"initial_m": 2 * INITIAL_LIMIT}, "initial m must be between -1e12 and 1e12"),
        ({"speed": 0.0}, "speed must be greater than 0"),
        ({"normalize": "yes"}, "normalize must be True or False"),
        ({"label": "x" * 201}, "label must be text of at most 200 characters"),
    ],
)
def test_checked_names_the_bad_field(changes, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        RunSettings().replace(**changes).checked()


def test_every_rule_checks_at_its_defaults():
    for spec in optimizer_specs():
        s = RunSettings(optimizer=spec.name, hyperparameters={}).checked()
        assert dict(s.hyperparameters) == spec.defaults
        assert s.make_optimizer().name == spec.name
        assert s.learning_rate == spec.hyperparameter("learning_rate").default

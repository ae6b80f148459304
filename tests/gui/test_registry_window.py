"""A rule registered once appears in the window: the optimizer box, its own inputs, and a
run that steps with it (the toy rule of tests/core/test_registry.py, with one more
hyperparameter of its own)."""

from __future__ import annotations

import numpy as np
import pytest

from gdviz.core import optimizers as opt
from tests.gui.helpers import child, click, type_into, wait_iteration


def clipped_sign(learning_rate: float = 1e-3, clip: float = 0.5) -> opt.Optimizer:
    """``θ ← θ - η sign(∇E)`` with each step at most ``clip`` long."""

    def init(params):
        return opt.EmptyState()

    def update(grads, state, params):
        return -np.minimum(learning_rate, clip) * np.sign(grads), state

    hyper = {"learning_rate": float(learning_rate), "clip": float(clip)}
    return opt.Optimizer("clipsign", init, update, hyper)


@pytest.fixture
def clip_rule():
    learning_rate = opt.optimizer_spec("gd").hyperparameter("learning_rate")
    clip = opt.Hyperparameter(
        "clip", "Longest step c", "c", 0.5, 1e-6, 100.0, step=0.1, tooltip="Longest step"
    )
    spec = opt.OptimizerSpec(
        "clipsign",
        "Clipped sign descent",
        "adaptive",
        (learning_rate.with_default(1e-3), clip),
        clipped_sign,
        colour="orange",
        dash="dot",
    )
    opt.register(spec)
    yield spec
    opt.unregister("clipsign")


def test_a_registered_rule_is_in_the_window_with_its_inputs(qtbot, clip_rule, make_window):
    window = make_window()
    window.show()
    box = child(window, "optimizerInput")
    index = box.findData("clipsign")
    assert index >= 0 and box.itemText(index) == "Clipped sign descent"
    clip_input = child(window, "clipInput")  # generated from the registry
    assert not clip_input.isVisibleTo(window)  # plain descent does not take it
    box.setCurrentIndex(index)
    assert clip_input.isVisibleTo(window)
    assert window.session.settings.hyperparameters["clip"] == 0.5  # the rule's default
    type_into(qtbot, clip_input, "0.25")
    assert window.session.settings.hyperparameters["clip"] == 0.25
    type_into(qtbot, child(window, "learningRateInput"), "0.1")
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 1)
    b, m = window.history.column("b")[-1], window.history.column("m")[-1]
    assert (abs(b), abs(m)) == (0.1, 0.1)  # one step of exactly η along each sign

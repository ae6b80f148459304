"""Numeric extremes through the window: nothing breaks, nothing non-finite is drawn or shown.

Data near 1e150 and 1e-140, x far from the origin with a tiny spread, two points,
duplicates, an exact line and a constant y are loaded from files; extreme learning rates
and starting lines are typed in as a person would; every number on screen and every
coordinate handed to pyqtgraph must be finite (NaN only as the gap marker of an item
drawn with ``connect="finite"``), and data the floats cannot hold is refused with one
clear line while the window keeps working.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from gdviz.core import model, words
from gdviz.core.descent import Descent
from gdviz.core.optimizers import make_optimizer
from tests.conftest import write_csv
from tests.gui.helpers import (
    NON_FINITE,
    assert_nothing_non_finite,
    child,
    click,
    readout,
    settle,
    type_into,
    wait_stopped,
)


# ---------------------------------------------------------------------------- helpers
def assert_messages_clean(window) -> None:
    for name in ("stateReadout", "messageBar"):
        assert not NON_FINITE.search(child(window, name).text()), child(window, name).text()


def exercise(qtbot, window):
    """Step, run flat out, look at every panel and view; check the screen after each."""
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    type_into(qtbot, child(window, "iterationsInput"), "300")
    click(qtbot, window, "stepButton")
    settle(qtbot, window)
    assert_nothing_non_finite(window)
    click(qtbot, window, "startButton")
    wait_stopped(qtbot, window)
    settle(qtbot, window)
    assert_nothing_non_finite(window)
    window.mathDock.show()
    window.stabilityDock.show()
    for action in (
        window.squaresAction,
        window.logAction,
        window.standardisedAction,
        window.bigDisplayAction,
    ):
        action.trigger()
        settle(qtbot, window)
        assert_nothing_non_finite(window)
    window.stepBackAction.trigger()
    settle(qtbot, window)
    assert_nothing_non_finite(window)
    for action in (
        window.squaresAction,
        window.logAction,
        window.standardisedAction,
        window.bigDisplayAction,
    ):
        action.trigger()
    window.mathDock.hide()
    window.stabilityDock.hide()
    settle(qtbot, window)
    assert_nothing_non_finite(window)
    assert_messages_clean(window)


def assert_still_works(qtbot, window, seed_csv):
    """A normal file loads and steps after whatever came before."""
    type_into(qtbot, child(window, "learningRateInput"), "0.0001")
    type_into(qtbot, child(window, "initialBInput"), "0")
    type_into(qtbot, child(window, "initialMInput"), "0")
    window.controls.optimizerInput.setCurrentIndex(0)
    if window.controls.normalizeInput.isChecked():
        window.controls.normalizeInput.click()
    assert window.load_file(seed_csv)
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: readout(window, strict=False)["iteration"] == 1, timeout=5000)
    core = Descent(window.dataset.x, window.dataset.y)
    core.step(1)
    assert readout(window, strict=False)["b"] == pytest.approx(core.b, rel=5e-6)
    assert window.worker_thread.isRunning()
    assert_nothing_non_finite(window)


# ---------------------------------------------------------------------------- data sets
BASE_Y = np.array([1.0, 2.0, 2.0, 4.0, 3.0, 5.0, 6.0, 5.0, 7.0, 9.0])

ACCEPTED = {
    "x near 1e150": (np.array([1.0, 2.0, 3.0]) * 1e150, np.array([1.0, 3.0, 2.0])),
    "y near 1e150": (np.array([1.0, 2.0, 3.0]), np.array([1.0, 3.0, 2.0]) * 1e150),
    "x near 1e-140": (np.array([1.0, 2.0, 3.0]) * 1e-140, np.array([1.0, 3.0, 2.0])),
    "y near 1e-140": (np.array([1.0, 2.0, 3.0]), np.array([1.0, 3.0, 2.0]) * 1e-140),
    "x = 1e6 + offsets": (1e6 + np.arange(10.0), BASE_Y),
    "x = 1e6 + small offsets": (1e6 + 0.01 * np.arange(10.0), BASE_Y),
    "two points": (np.array([1.0, 2.0]), np.array([3.0, 5.0])),
    "duplicates": (np.array([1.0, 1.0, 2.0, 2.0, 2.0]), np.array([3.0, 3.0, 5.0, 5.0, 5.0])),
    "exact line": (np.arange(10.0), 2.0 * np.arange(10.0) + 1.0),
    "constant y": (np.arange(10.0), np.full(10, 7.0)),
    "zero y": (np.arange(10.0), np.zeros(10)),
}

REFUSED = {
    "x near 1e300": (
        np.array([1.0, 2.0, 3.0]) * 1e300,
        np.array([1.0, 3.0, 2.0]) * 1e300,
        "too large",
    ),
    "y near 1e300": (np.array([1.0, 2.0, 3.0]), np.array([1.0, 3.0, 2.0]) * 1e300, "too large"),
    "x near 1e-300": (np.array([1.0, 2.0, 3.0]) * 1e-300, np.array([1.0, 3.0, 2.0]), "too little"),
    "y near 1e-300": (np.array([1.0, 2.0, 3.0]), np.array([1.0, 3.0, 2.0]) * 1e-300, "too little"),
    "x = 1e6 + 1e-9 offsets": (1e6 + 1e-9 * np.arange(4.0), BASE_Y[:4], "subtract"),
}


@pytest.mark.parametrize("case", list(ACCEPTED))
def test_extreme_data_is_fitted_and_drawn_finite(qtbot, make_window, tmp_path, seed_csv, case):
    x, y = ACCEPTED[case]
    window = make_window(seed_csv)
    window.show()
    assert window.load_file(write_csv(tmp_path / "extreme.csv", x, y)), window.message_bar.text()
    assert_nothing_non_finite(window)
    assert_messages_clean(window)
    a = model.analyse(model.fit_statistics(x, y))
    shown = window.analysis
    assert shown.b_star == pytest.approx(a.b_star, rel=1e-12, abs=1e-300)
    assert shown.m_star == pytest.approx(a.m_star, rel=1e-12, abs=1e-300)
    exercise(qtbot, window)
    # the readout shows the core's state (6 significant digits; 0 when zero up to rounding)
    core = Descent(x, y, make_optimizer("gd", learning_rate=1e-4))
    core.run_to(readout(window, strict=False)["iteration"])
    shown = readout(window, strict=False)
    for key in ("b", "m", "error"):
        zero = _rounding(window, key)
        assert shown[key] == pytest.approx(getattr(core, key), rel=5e-6, abs=zero)
    # the extreme rates, typed; (x near 1e150 with 1e9: test_huge_x_with_the_stability_dock)
    for rate in ("1e-12",) if case == "x near 1e150" else ("1e9", "1e-12"):
        type_into(qtbot, child(window, "learningRateInput"), rate)
        click(qtbot, window, "resetButton")
        click(qtbot, window, "stepButton")
        click(qtbot, window, "startButton")
        wait_stopped(qtbot, window)
        settle(qtbot, window)
        assert_nothing_non_finite(window)
        assert_messages_clean(window)
        run = window._worker._runs[0]
        assert readout(window, strict=False)["iteration"] == run.iteration
        assert readout(window, strict=False)["error"] == pytest.approx(
            run.error, rel=5e-6, abs=_rounding(window, "error")
        )
    assert_still_works(qtbot, window, seed_csv)


@pytest.mark.parametrize("case", list(REFUSED))
def test_data_floats_cannot_hold_is_refused_in_one_line(
    qtbot, make_window, tmp_path, seed_csv, case
):
    x, y, words = REFUSED[case]
    window = make_window(seed_csv)
    window.show()
    before = window.dataset
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: readout(window, strict=False)["iteration"] == 1, timeout=5000)
    assert not window.load_file(write_csv(tmp_path / "extreme.csv", x, y))
    bar = child(window, "messageBar")
    assert bar.isVisible() and words in bar.text() and "\n" not in bar.text()
    assert window.message_bar.level == "error"
    assert window.dataset is before
    assert_messages_clean(window)
    assert_nothing_non_finite(window)
    assert_still_works(qtbot, window, seed_csv)


OPTIMIZERS = ["gd", "sgd", "minibatch", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_typed_extreme_learning_rates_and_starts(qtbot, window, seed_csv, optimizer):
    """The largest and smallest rates the input takes, with far-away starting lines."""
    c = window.controls
    c.optimizerInput.setCurrentIndex(c.optimizerInput.findData(optimizer))
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    type_into(qtbot, child(window, "iterationsInput"), "200")
    for rate, b0, m0 in [("1e9", "0", "0"), ("1e-12", "1e12", "-1e12"), ("1e9", "-1e12", "1e12")]:
        type_into(qtbot, child(window, "learningRateInput"), rate)
        type_into(qtbot, child(window, "initialBInput"), b0)
        type_into(qtbot, child(window, "initialMInput"), m0)
        assert c.learningRateInput.value() == float(rate)
        settle(qtbot, window)
        assert readout(window, strict=False)["iteration"] == 0
        click(qtbot, window, "stepButton")
        settle(qtbot, window)
        assert_nothing_non_finite(window)
        click(qtbot, window, "startButton")
        wait_stopped(qtbot, window)
        settle(qtbot, window)
        assert_nothing_non_finite(window)
        assert_messages_clean(window)
        run = window._worker._runs[0]
        shown = readout(window, strict=False)
        assert shown["iteration"] == run.iteration
        for key in ("b", "m", "error"):
            assert shown[key] == pytest.approx(
                getattr(run, key), rel=5e-6, abs=_rounding(window, key)
            )
        c.normalizeInput.click()
        settle(qtbot, window)
        click(qtbot, window, "stepButton")
        settle(qtbot, window)
        assert_nothing_non_finite(window)
        c.normalizeInput.click()
    assert_still_works(qtbot, window, seed_csv)


# ---------------------------------------------------------------------------- found bugs
# GUI bugs the stress test (test_stress.py) found, minimised.


def test_log_scale_spans_the_errors_decades(qtbot, window):
    """On a log scale the y range must span the errors' decades, not 10⁻⁷ to 10¹²⁶: the
    current-iteration marker (a ScatterPlotItem) is drawn at 10**E instead of E."""
    window.logAction.trigger()
    qtbot.wait(100)
    low, high = window.error_panel.getPlotItem().viewRange()[1]
    errors = window.history.rows().error
    assert np.log10(errors.min()) - 2 < low and high < np.log10(errors.max()) + 2


def test_log_scale_with_every_error_above_308(qtbot, window, tmp_path):
    """Errors near 1e300 (y near 1e150), then log scale: the y range, still in linear
    units and all above the 308.2 pyqtgraph allows a log axis, is read as decades and the
    axis computes 10**range: RuntimeWarning "overflow encountered in power"."""
    x, y = ACCEPTED["y near 1e150"]
    assert window.load_file(write_csv(tmp_path / "huge_y.csv", x, y))
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    type_into(qtbot, child(window, "iterationsInput"), "300")
    click(qtbot, window, "startButton")
    wait_stopped(qtbot, window)
    settle(qtbot, window)
    assert window.error_panel.getPlotItem().viewRange()[1][1] > 1e299
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        window.logAction.trigger()
        qtbot.wait(100)
    low, high = window.error_panel.getPlotItem().viewRange()[1]  # decades now
    errors = window.history.rows().error
    assert low <= np.log10(errors.min()) and np.log10(errors.max()) <= high < 309


def test_replaying_from_the_past_while_a_run_plays(qtbot, window):
    """Look back while a run plays and step from there: frames the worker sent before the
    rewind must not reach the shortened history ("rows start at K, expected 1")."""
    c = window.controls
    type_into(qtbot, child(window, "iterationsInput"), "100000")
    c.speedInput.setValue(5)  # 20 iterations a second, a frame each
    slider = child(window, "timelineSlider")
    for attempt in range(5):
        if c.startButton.text() == "Start":
            click(qtbot, window, "startButton")
        qtbot.waitUntil(lambda: len(window.history) > 5, timeout=5000)
        qtbot.wait(37 + 11 * attempt)
        slider.setValue(0)  # look back at iteration 0 while it runs
        window.tenStepsAction.trigger()  # and replay from there
        qtbot.wait(120)


@pytest.mark.parametrize("rate, b0, m0", [("1e9", "0", "0"), ("1e-12", "1", "2")])
def test_huge_x_with_the_stability_dock_open(qtbot, window, tmp_path, rate, b0, m0):
    """x near 1e150 loaded with η = 1e9 (RuntimeWarning in stability._log_factor), or
    from b = 1, m = 2 (an infinite theory curve handed to the stability plot)."""
    window.stabilityDock.show()
    type_into(qtbot, child(window, "learningRateInput"), rate)
    type_into(qtbot, child(window, "initialBInput"), b0)
    type_into(qtbot, child(window, "initialMInput"), m0)
    x, y = ACCEPTED["x near 1e150"]
    assert window.load_file(write_csv(tmp_path / "huge_x.csv", x, y))
    settle(qtbot, window)
    assert_nothing_non_finite(window)


def _rounding(window, key: str) -> float:
    """How far from 0 a readout value may be and still read 0 (zero up to rounding)."""
    scale = getattr(words.scales(window.session.stats), key)
    return words.ROUNDING * scale if np.isfinite(scale) else 1e-300

"""Looking back in time, replaying from a past iteration, and comparing runs."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gdviz.core.descent import Descent
from gdviz.core.optimizers import make_optimizer
from gdviz.core.settings import RunSettings
from tests.gui.helpers import child, click, readout, run_to, wait_iteration


def test_timeline_shows_every_panel_at_a_past_iteration(qtbot, window, seed_xy):
    run_to(qtbot, window, 50)
    slider = window.findChild(QWidget, "timelineSlider")
    assert slider.maximum() == 50 and slider.value() == 50
    slider.setValue(7)
    core = Descent(*seed_xy)
    core.step(7)
    shown = readout(window)
    assert shown["iteration"] == 7
    assert shown["b"] == pytest.approx(core.b, rel=5e-6)  # six significant digits
    x, y = window.scatter.line.getData()
    assert y[0] == pytest.approx(core.m * x[0] + core.b, rel=1e-9)
    assert window.error_panel.cursor.isVisible()
    assert len(window.history) == 51  # looking back discards nothing


def test_step_back_and_live(qtbot, window):
    run_to(qtbot, window, 10)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    button = child(window, "startButton")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Left)
    qtbot.keyClick(button, Qt.Key.Key_Left)
    assert readout(window)["iteration"] == 8
    click(qtbot, window, "liveButton")
    assert readout(window)["iteration"] == 10


def test_stepping_from_the_past_replays_exactly(qtbot, window, seed_xy):
    combo = child(window, "optimizerInput")
    combo.setCurrentIndex(combo.findData("sgd"))
    run_to(qtbot, window, 40)
    before = window.history.rows().copy()
    window.show_iteration(15)
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 16)
    assert len(window.history) == 17
    assert "Replaying from iteration 15" in child(window, "messageBar").text()
    run_to(qtbot, window, 40)
    after = window.history.rows()
    np.testing.assert_array_equal(after.b, before.b)  # same shuffled order: same path
    np.testing.assert_array_equal(after.m, before.m)


def test_compare_runs_step_together_and_match_the_core(qtbot, window, seed_xy):
    window.compare_box.set_configs([_run("momentum", 1e-4), _run("adam", 0.05)])
    click(qtbot, window, "compareApplyButton")
    run_to(qtbot, window, 30)
    histories = window.histories
    assert [len(h) for h in histories] == [31, 31, 31]
    runs = [("momentum", 1e-4), ("adam", 0.05)]
    for history, (name, lr) in zip(histories[1:], runs, strict=True):
        core = Descent(*seed_xy, make_optimizer(name, learning_rate=lr))
        core.run_to(30)
        assert history.column("b")[-1] == pytest.approx(core.b, rel=1e-12)
    assert len(window.error_panel.compare_curves) == 2
    assert len(window.contour.compare_paths) == 2
    assert len(window.scatter.compare_lines) == 2
    xs, _ = window.contour.compare_paths[1].getData()
    assert len(xs) == 31


def test_a_diverging_compared_run_does_not_stop_the_others(qtbot, window):
    window.compare_box.set_configs([_run("gd", 0.001)])
    click(qtbot, window, "compareApplyButton")
    run_to(qtbot, window, 100)
    main, other = window.histories
    assert len(main) == 101 and len(other) < 20
    assert "diverged" in child(window, "messageBar").text()
    assert np.all(np.isfinite(other.column("b")))


def test_gradient_arrows_follow_the_shown_point(qtbot, window):
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 1)
    xs, ys = window.contour.gradient_arrow.getData()
    b, m = window.history.column("b")[1], window.history.column("m")[1]
    assert xs[0] == pytest.approx(b) and ys[0] == pytest.approx(m)
    sx, sy = window.contour.step_arrow.getData()
    assert sx[0] == 0.0 and sy[0] == 0.0  # the step from iteration 0


def test_standardised_view_draws_a_round_bowl(qtbot, window):
    run_to(qtbot, window, 20)
    window.standardisedAction.setChecked(True)
    qtbot.waitUntil(lambda: window.contour.path.getData()[0][0] != 0.0, timeout=3000)
    extent = window.renderer.extent
    assert extent.b_max - extent.b_min == pytest.approx(extent.m_max - extent.m_min)
    # the path is drawn in standardised coefficients: its start is (0, 0) mapped
    from gdviz.core.scaling import standardising

    scaling = standardising(window.session.stats)
    xs, ys = window.contour.path.getData()
    assert (xs[0], ys[0]) == pytest.approx(scaling.to_scaled(0.0, 0.0))
    assert readout(window)["b"] == pytest.approx(window.history.column("b")[-1], rel=5e-6)
    window.standardisedAction.setChecked(False)
    qtbot.waitUntil(lambda: window.contour.path.getData()[0][0] == 0.0, timeout=3000)


def test_divergence_is_explained_with_a_safe_retry(qtbot, window):
    child(window, "learningRateInput").setValue(0.001)
    gauge = window.findChild(QWidget, "learningRateZones")
    assert gauge.zone() == "divergent"
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    click(qtbot, window, "startButton")
    bar = child(window, "messageBar")
    qtbot.waitUntil(lambda: "diverged at iteration" in bar.text(), timeout=5000)
    assert "2/λmax" in bar.text()
    assert window.error_panel.divergence.isVisible()
    retry = window.findChild(QWidget, "messageActionButton")
    assert retry.isVisible() and "Retry" in retry.text()
    click(qtbot, window, "messageActionButton")
    rate = child(window, "learningRateInput").value()
    assert rate < window.analysis.max_stable_learning_rate
    assert gauge.zone() != "divergent"
    qtbot.waitUntil(lambda: readout(window)["iteration"] == 0, timeout=5000)
    qtbot.waitUntil(lambda: not window.error_panel.divergence.isVisible(), timeout=5000)


def test_math_panel_explains_the_shown_step(qtbot, window, seed_xy):
    window.mathDock.show()
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 1)
    window.show_iteration(0)
    table = window.findChild(QWidget, "mathTable")
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=3000)
    text = window.findChild(QWidget, "mathFormulas").toPlainText()
    from gdviz.core import model

    grad_b, _ = model.gradient(model.fit_statistics(*seed_xy), 0.0, 0.0)
    assert f"{grad_b:.5g}"[:5].replace("-", "−") in text.replace("-", "−")


def test_editing_points_updates_the_optimum_and_the_runs_and_undo_restores(qtbot, window):
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 1)
    before = window.analysis.b_star
    window.scatter.pointAddRequested.emit(60.0, 10.0)  # an outlier, as a click would add
    qtbot.waitUntil(lambda: window.analysis.n == 101, timeout=3000)
    assert window.analysis.b_star != before
    x, y = window.data_arrays
    from gdviz.core import model

    assert window.analysis.mse_star == pytest.approx(
        model.analyse(model.fit_statistics(x, y)).mse_star
    )
    # the current row's error is recomputed on the new data by the worker
    b, m = window.history.column("b")[-1], window.history.column("m")[-1]
    qtbot.waitUntil(
        lambda: (
            window.history.column("error")[-1]
            == pytest.approx(model.mse_direct(x, y, b, m), rel=1e-12)
        ),
        timeout=3000,
    )
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 2)
    window.undoAction.trigger()
    qtbot.waitUntil(lambda: window.analysis.n == 100, timeout=3000)
    assert window.analysis.b_star == pytest.approx(before, rel=1e-12)


def _run(name: str, learning_rate: float, normalize: bool = False) -> RunSettings:
    base = RunSettings().with_optimizer(name)
    hyper = {**base.hyperparameters, "learning_rate": learning_rate}
    return base.replace(hyperparameters=hyper, normalize=normalize)

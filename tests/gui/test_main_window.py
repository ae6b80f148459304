"""The window driven as a person would: typing, clicking, loading files."""

from __future__ import annotations

import itertools
import math
import re

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gdviz.core.data import load_dataset
from gdviz.core.descent import Descent
from tests.gui.helpers import child, click, readout, type_into, wait_iteration

NAMES = [
    "learningRateInput",
    "iterationsInput",
    "initialBInput",
    "initialMInput",
    "optimizerInput",
    "startButton",
    "stepButton",
    "resetButton",
    "speedInput",
    "stateReadout",
    "messageBar",
    "scatterPlot",
    "errorPlot",
    "surfaceView",
    "contourPlot",
]


def test_every_control_has_its_name_and_an_accessible_name(window):
    for name in NAMES:
        widget = child(window, name)
        assert widget.accessibleName(), name


def test_default_window_opens_on_the_bundled_data(make_window):
    w = make_window()
    assert w.dataset is not None and w.dataset.n >= 50
    assert readout(w)["iteration"] == 0


def test_stepping_by_hand_reproduces_the_core(qtbot, window, seed_xy):
    for _ in range(5):
        click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 5)
    core = Descent(*seed_xy)
    core.step(5)
    shown = readout(window)  # six significant digits
    assert shown["b"] == pytest.approx(core.b, rel=5e-6)
    assert shown["m"] == pytest.approx(core.m, rel=5e-6)
    assert shown["error"] == pytest.approx(core.error, rel=5e-6)


def test_learning_rate_accepts_typed_notations_and_steps_by_factors(qtbot, window):
    spin = child(window, "learningRateInput")
    type_into(qtbot, spin, "1e-4")
    assert spin.value() == 1e-4
    type_into(qtbot, spin, "0.0002")
    assert spin.value() == 2e-4
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == pytest.approx(5e-4)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == pytest.approx(1e-4)


def test_start_runs_to_the_iteration_count_and_stops_there(qtbot, window, seed_xy):
    type_into(qtbot, child(window, "iterationsInput"), "1000")
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    click(qtbot, window, "startButton")
    wait_iteration(qtbot, window, 1000)
    qtbot.waitUntil(lambda: child(window, "startButton").text() == "Start", timeout=5000)
    qtbot.wait(100)
    assert readout(window)["iteration"] == 1000
    core = Descent(*seed_xy)
    core.run_to(1000)
    assert readout(window)["b"] == pytest.approx(core.b, rel=5e-6)
    bar = child(window, "messageBar")
    assert bar.isVisible() and "not converged" in bar.text()


def test_pause_stops_and_start_resumes(qtbot, window):
    type_into(qtbot, child(window, "iterationsInput"), "100000000")
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: readout(window)["iteration"] > 50, timeout=5000)
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: child(window, "startButton").text() == "Start", timeout=5000)
    qtbot.wait(100)
    paused_at = readout(window)["iteration"]
    qtbot.wait(200)
    assert readout(window)["iteration"] == paused_at
    assert len(window.history) == paused_at + 1


def test_slow_speed_steps_about_once_a_second(qtbot, window):
    speed = child(window, "speedInput")
    speed.setValue(speed.minimum())
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: readout(window)["iteration"] >= 1, timeout=3000)
    qtbot.wait(300)
    assert readout(window)["iteration"] <= 2
    click(qtbot, window, "startButton")


def test_diverging_learning_rate_shows_a_message_and_no_nan(qtbot, window):
    type_into(qtbot, child(window, "learningRateInput"), "0.001")
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    click(qtbot, window, "startButton")
    bar = child(window, "messageBar")
    qtbot.waitUntil(lambda: bar.isVisible() and "diverged" in bar.text(), timeout=5000)
    text = child(window, "stateReadout").text().lower()
    assert "nan" not in text and "inf" not in text
    h = window.history.rows()
    assert np.all(np.isfinite([h.b, h.m, h.error]))
    assert child(window, "startButton").text() == "Start"


def test_changing_initial_values_resets_to_iteration_zero(qtbot, window):
    for _ in range(3):
        click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 3)
    type_into(qtbot, child(window, "initialBInput"), "5")
    type_into(qtbot, child(window, "initialMInput"), "-1.5")
    qtbot.waitUntil(lambda: readout(window)["m"] == -1.5, timeout=5000)
    shown = readout(window)
    assert shown["iteration"] == 0 and shown["b"] == 5.0


def test_learning_rate_change_takes_effect_from_the_next_step(qtbot, window):
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 1)
    type_into(qtbot, child(window, "learningRateInput"), "0.0002")
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 2)
    lr = window.history.column("learning_rate")
    assert lr[1] == 1e-4 and lr[2] == 2e-4


def test_optimizer_choice_shows_its_own_parameters(qtbot, window):
    combo = child(window, "optimizerInput")
    momentum = child(window, "momentumInput")
    assert not momentum.isVisible()
    combo.setCurrentIndex(combo.findData("momentum"))
    assert momentum.isVisible()
    combo.setCurrentIndex(combo.findData("adam"))
    assert child(window, "beta1Input").isVisible() and not momentum.isVisible()
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 1)
    # Adam's first step moves each coefficient by the learning rate (0.0001 as typed)
    assert readout(window)["b"] == pytest.approx(1e-4, rel=1e-6)


def test_bad_file_shows_an_error_and_keeps_the_data(qtbot, window, tmp_path):
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 1)
    before = window.dataset
    bad = tmp_path / "broken.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert window.load_file(bad) is False
    bar = child(window, "messageBar")
    assert bar.isVisible() and "broken.csv" in bar.text()
    assert "Traceback" not in bar.text()
    assert window.dataset is before
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 2)
    assert window.load_file(tmp_path / "missing.csv") is False
    assert "missing.csv" in bar.text()


def test_loading_a_file_resets_and_summarises(qtbot, window, tmp_path):
    path = tmp_path / "three.csv"
    path.write_text("a,b,c\n1,2,3\n2,4,5\n3,x,7\n4,8,9\n", encoding="utf-8")
    assert window.load_file(path)
    assert readout(window)["iteration"] == 0
    assert window.dataset.n == 3
    bar = child(window, "messageBar")
    assert "skipped" in bar.text() and "4" in bar.text()  # line 4 has 'x'
    # a third column offers the column picker; choosing c as y reloads with it
    y_combo = child(window, "yColumnInput")
    assert y_combo.isVisible() and y_combo.count() == 3
    y_combo.setCurrentIndex(2)
    y_combo.activated.emit(2)
    assert window.dataset.y_name == "c" and window.dataset.n == 4


def test_drop_a_file_onto_the_window(qtbot, window, tmp_path):
    path = tmp_path / "dropped.csv"
    path.write_text("x,y\n0,1\n1,3\n2,5\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.dataset.path.endswith("dropped.csv")
    assert any("dropped.csv" in a.text() for a in window.recentMenu.actions())


def test_readout_format(window):
    text = child(window, "stateReadout").text()
    assert re.search(r"^iteration 0$", text, re.M)
    for line in text.splitlines():
        assert not re.search(r"\d,\d", line), line  # no digit grouping, no decimal comma
    assert len(re.findall(r"^b = ", text, re.M)) == 1
    assert len(re.findall(r"^m = ", text, re.M)) == 1
    assert "∂E/∂b = " in text and "b* = " in text


def test_input_contracts(window):
    iterations = child(window, "iterationsInput")
    assert iterations.maximum() >= 100_000_000
    iterations.setValue(100_000_000)
    assert iterations.value() == 100_000_000
    speed = child(window, "speedInput")
    from gdviz.gui.controls import SPEEDS

    assert math.isinf(SPEEDS[speed.maximum()])


def test_closing_during_a_run_leaves_no_thread(qtbot, make_window, seed_csv):
    w = make_window(seed_csv)
    w.show()
    child(w, "iterationsInput").setValue(100_000_000)
    speed = child(w, "speedInput")
    speed.setValue(speed.maximum())
    click(qtbot, w, "startButton")
    qtbot.waitUntil(lambda: readout(w)["iteration"] > 10, timeout=5000)
    w.close()
    assert not w.worker_thread.isRunning()


def test_history_panels_follow_the_readout(qtbot, window):
    for _ in range(4):
        click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 4)
    xs, ys = window.error_panel.curve.getData()
    assert len(xs) == 5 and ys[-1] == pytest.approx(readout(window)["error"], rel=5e-6)


def test_reset_button_returns_to_the_start(qtbot, window):
    click(qtbot, window, "stepButton")
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 2)
    click(qtbot, window, "resetButton")
    wait_iteration(qtbot, window, 0)
    assert readout(window)["b"] == 0.0


def test_loader_and_window_agree_on_bundled_examples(make_window):
    from gdviz.resources import example_files

    w = make_window()
    for path in example_files():
        assert w.load_file(path), path
        assert w.dataset.n == load_dataset(path).n


def test_normalise_reaches_the_optimum_quickly(qtbot, window):
    child(window, "normalizeInput").setChecked(True)
    type_into(qtbot, child(window, "learningRateInput"), "0.1")
    type_into(qtbot, child(window, "iterationsInput"), "300")
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    click(qtbot, window, "startButton")
    wait_iteration(qtbot, window, 300)
    a = window.analysis
    assert readout(window)["b"] == pytest.approx(a.b_star, rel=1e-6)
    assert "converged" in child(window, "messageBar").text()


def test_window_fits_1280_by_720(make_window):
    from gdviz.core.lesson import shipped_lessons
    from gdviz.gui.welcome import set_welcome_seen
    from gdviz.resources import lessons_dir

    set_welcome_seen(False)
    w = make_window()
    w.show()
    assert w.welcome_note.isVisible()
    w.open_lesson(shipped_lessons(lessons_dir())[2][1])  # a long note
    w.welcome_note.show()
    hint = w.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, hint


def test_error_axes_hold_still_while_a_run_plays(qtbot, window):
    """The error plot's range follows a frame that grows in steps: it holds the whole
    curve in every frame, yet changes far less often than the frames come."""
    type_into(qtbot, child(window, "iterationsInput"), "100000000")
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    plot = window.error_panel.getPlotItem()
    ranges, frames = [], []
    original = window.error_panel.set_curve

    def spy(iterations, errors):
        original(iterations, errors)
        plot.vb.updateAutoRange()  # as the next paint would
        (x_lo, x_hi), (y_lo, y_hi) = plot.viewRange()
        frames.append((x_lo <= iterations[0] and iterations[-1] <= x_hi, y_lo, y_hi, errors))
        ranges.append((x_lo, x_hi, y_lo, y_hi))

    window.error_panel.set_curve = spy
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: len(ranges) > 60 and len(window.history) > 3000, timeout=20_000)
    click(qtbot, window, "startButton")
    for inside, y_lo, y_hi, errors in frames:
        assert inside and y_lo <= errors.min() and errors.max() <= y_hi
    changes = sum(a != b for a, b in itertools.pairwise(ranges))
    assert changes <= 20 < len(ranges), (changes, len(ranges))

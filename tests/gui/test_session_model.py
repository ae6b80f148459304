"""The window as a view of one session: what it shows never goes stale.

Each test drives the window as a person would and checks one defect of the window that
kept its state in its widgets (shown views out of scale after a divergence, legends and
step math describing today's settings instead of the run's, messages and counts not
following data edits, lessons applied half-way or with changed values, replays that
could not be interrupted, data text drawn as rich text).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gdviz.core.lesson import lesson_to_json, load_lesson
from tests.gui.helpers import child, click, readout, type_into, wait_iteration, wait_stopped


def _m_span(window) -> float:
    low, high = window.contour.getPlotItem().viewRange()[1]
    return high - low


def _diverge(qtbot, window):
    type_into(qtbot, child(window, "learningRateInput"), "0.001")
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: "diverged" in child(window, "messageBar").text(), timeout=10_000)
    wait_stopped(qtbot, window)
    qtbot.waitUntil(lambda: _m_span(window) > 1000, timeout=5000)


def test_reset_after_a_divergence_brings_the_views_back_to_the_run(qtbot, window):
    normal = _m_span(window)
    _diverge(qtbot, window)
    click(qtbot, window, "resetButton")
    wait_iteration(qtbot, window, 0)
    qtbot.waitUntil(lambda: _m_span(window) < 2 * normal, timeout=5000)


def test_retry_after_a_divergence_brings_the_views_back_to_the_run(qtbot, window):
    normal = _m_span(window)
    _diverge(qtbot, window)
    retry = child(window, "messageActionButton")
    assert retry.isVisible() and "Retry" in retry.text()
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    wait_iteration(qtbot, window, 0)
    assert child(window, "learningRateInput").value() < 0.001
    qtbot.waitUntil(lambda: _m_span(window) < 2 * normal, timeout=5000)


def _legend_texts(window) -> list[str]:
    return [label.text for _sample, label in window.error_panel.legend.items]


def test_legend_follows_a_new_learning_rate(qtbot, window):
    child(window, "compareDock").show()
    qtbot.mouseClick(child(window, "compareUse2"), Qt.MouseButton.LeftButton)
    click(qtbot, window, "compareApplyButton")
    qtbot.waitUntil(lambda: len(window.histories) == 2)
    type_into(qtbot, child(window, "learningRateInput"), "0.0002")
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 1)
    qtbot.waitUntil(lambda: any("η=0.0002" in text for text in _legend_texts(window)))


def test_step_math_explains_a_past_step_with_the_settings_it_was_taken_with(qtbot, window):
    window.mathDock.show()
    for _ in range(3):
        click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 3)
    type_into(qtbot, child(window, "learningRateInput"), "0.0002")
    window.firstAction.trigger()  # Run > Show iteration 0
    wait_iteration(qtbot, window, 0)
    qtbot.waitUntil(lambda: window.math_panel.explanation is not None)
    qtbot.waitUntil(lambda: window.math_panel.explanation.iteration == 0)
    assert window.math_panel.explanation.learning_rate == 1e-4


def test_divergence_is_explained_with_the_rate_of_the_step_that_failed(qtbot, window):
    type_into(qtbot, child(window, "learningRateInput"), "0.001")
    # ten steps, and a new rate typed before the window hears how they went
    window.tenStepsAction.trigger()  # Run > Ten steps
    window.controls.learningRateInput.setValue(0.0002)
    qtbot.waitUntil(lambda: "diverged" in child(window, "messageBar").text(), timeout=10_000)
    text = child(window, "messageBar").text()
    assert "0.001" in text and "0.0002" not in text.split("Retry")[0]


def test_dragging_a_point_ends_the_converged_message(qtbot, window):
    child(window, "normalizeInput").click()
    type_into(qtbot, child(window, "learningRateInput"), "0.1")
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: "converged" in child(window, "messageBar").text(), timeout=10_000)
    x, y = window.data_arrays
    lowest = int(np.argmin(y))
    window.scatter.pointMoveRequested.emit(lowest, float(x[lowest]), float(y[lowest]) + 300, True)
    qtbot.waitUntil(lambda: "converged" not in child(window, "messageBar").text())
    assert window.analysis.mse_star > 1.5 * 110.2573


def test_deleting_a_point_updates_the_data_box(qtbot, window):
    assert "100 points" in child(window, "fileLabel").text()
    window.scatter.pointRemoveRequested.emit(0)
    qtbot.waitUntil(lambda: "99 points" in child(window, "fileLabel").text())


def _lesson_json(seed_csv, **changes) -> dict:
    xy = np.loadtxt(seed_csv, delimiter=",")
    doc = {
        "format": "gdviz-lesson",
        "version": 1,
        "title": "A test lesson",
        "settings": {
            "optimizer": "gd",
            "hyperparameters": {"learning_rate": 0.0003},
            "iterations": 777,
        },
        "view": {"log_scale": True, "panels": {"surface": False}},
        "compare": [
            {"optimizer": "momentum", "hyperparameters": {"learning_rate": 1e-5}},
        ],
        "data": {"x": xy[:, 0].tolist(), "y": xy[:, 1].tolist()},
    }
    for key, value in changes.items():
        doc[key] = value
    return doc


def _write(path, doc) -> str:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def test_a_refused_lesson_changes_nothing(qtbot, window, seed_csv, tmp_path):
    doc = _lesson_json(seed_csv)
    # passes the file checks, but a run cannot be built: the squares of y underflow
    doc["data"] = {"x": [1e50, 2e50, 3e50, 4e50], "y": [1e-150, 3e-150, 2e-150, 4e-150]}
    path = _write(tmp_path / "cannot-run.gdviz", doc)
    before = (
        child(window, "learningRateInput").value(),
        child(window, "iterationsInput").value(),
        window.logAction.isChecked(),
        window.surface.isVisibleTo(window),
        len(window.histories),
    )
    assert not window.open_lesson(path)
    assert "cannot-run.gdviz" in child(window, "messageBar").text()
    after = (
        child(window, "learningRateInput").value(),
        child(window, "iterationsInput").value(),
        window.logAction.isChecked(),
        window.surface.isVisibleTo(window),
        len(window.histories),
    )
    assert after == before


def test_a_lesson_opens_with_exactly_its_values_and_saves_them_back(
    qtbot, window, seed_csv, tmp_path
):
    doc = _lesson_json(seed_csv)
    doc["settings"] = {
        "optimizer": "adam",
        "hyperparameters": {"learning_rate": 0.05, "b1": 0.8, "b2": 0.99, "eps": 1e-6},
        "iterations": 777,
        "initial_b": 7.25e11,
        "initial_m": -2.0,
        "speed": 150.0,
    }
    path = _write(tmp_path / "exact.gdviz", doc)
    assert window.open_lesson(path)
    assert child(window, "initialBInput").value() == 7.25e11
    assert child(window, "beta1Input").value() == 0.8
    saved = tmp_path / "saved.gdviz"
    assert window.save_lesson(saved, "A test lesson")
    assert load_lesson(saved).settings == load_lesson(path).settings
    assert json.loads(lesson_to_json(load_lesson(saved)))["settings"]["speed"] == 150.0


def test_a_lesson_that_hides_every_panel_leaves_them_recoverable(qtbot, window, seed_csv, tmp_path):
    doc = _lesson_json(seed_csv)
    doc["view"]["panels"] = dict.fromkeys(("scatter", "error", "contour", "surface"), False)
    assert window.open_lesson(_write(tmp_path / "blank.gdviz", doc))
    assert any(panel.isVisibleTo(window) for panel in window.panels().values())
    window.panel_actions["error"].trigger()  # View > Panels > Error panel: off
    assert not window.error_panel.isVisibleTo(window)
    assert window.load_file(seed_csv)  # opening a data file brings every panel back
    assert all(panel.isVisibleTo(window) for panel in window.panels().values())
    assert all(action.isChecked() for action in window.panel_actions.values())


def test_a_hidden_panel_comes_back_from_the_view_menu(qtbot, window, seed_csv, tmp_path):
    doc = _lesson_json(seed_csv)  # hides the surface panel
    assert window.open_lesson(_write(tmp_path / "nosurface.gdviz", doc))
    assert not window.surface.isVisibleTo(window)
    action = window.panel_actions["surface"]
    assert not action.isChecked()
    action.trigger()
    assert window.surface.isVisibleTo(window)


def test_a_long_lesson_replay_can_be_reset_and_closed_at_once(
    qtbot, make_window, seed_csv, tmp_path
):
    window = make_window(seed_csv)
    window.show()
    doc = _lesson_json(seed_csv, iteration=20_000_000)
    doc["compare"] = []
    assert window.open_lesson(_write(tmp_path / "long.gdviz", doc))
    qtbot.waitUntil(lambda: readout(window, strict=False)["iteration"] > 100, timeout=10_000)
    click(qtbot, window, "resetButton")
    asked = time.perf_counter()
    qtbot.waitUntil(lambda: readout(window, strict=False)["iteration"] == 0, timeout=2000)
    assert time.perf_counter() - asked < 1.0
    window.session.step(20_000_000)
    qtbot.waitUntil(lambda: readout(window, strict=False)["iteration"] > 100, timeout=10_000)
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 2.0
    assert not window.worker_thread.isRunning()


@pytest.mark.parametrize("name", ["<img src=/nonexistent/gdviz-test.png>", "<b>hours</b>"])
def test_column_and_file_names_are_shown_as_plain_text(qtbot, window, tmp_path, name):
    path = tmp_path / "<i>file<i>.csv"
    path.write_text(f"{name},score\n1,2\n2,4.5\n3,5.5\n", encoding="utf-8")
    assert window.load_file(path)
    qtbot.wait(50)
    for label in window.findChildren(QLabel):
        text = label.text()
        if "<img" in text or "<b>hours" in text or "<i>file" in text:
            assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), text)
    axis = window.scatter.getPlotItem().getAxis("bottom").labelText
    assert "<img" not in axis and "<b>" not in axis


def test_no_generation_counter_keeps_two_histories_in_step(window):
    """The window reads the runs' own histories: one history per run, one owner."""
    from gdviz.gui import main_window, session, worker

    for module in (main_window, session, worker):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert "generation" not in source.lower()
    assert window.history is window.session.main_run.history


def test_settings_made_before_any_data_hold_for_the_data_opened_next(qtbot, make_window, seed_csv):
    window = make_window(load_default=False)
    window.show()
    type_into(qtbot, child(window, "iterationsInput"), "1500")
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    assert window.load_file(seed_csv)
    click(qtbot, window, "startButton")
    wait_iteration(qtbot, window, 1500)
    wait_stopped(qtbot, window)
    assert readout(window)["iteration"] == 1500


def test_a_run_reports_and_can_stop_at_the_iteration_it_converged(qtbot, window):
    child(window, "normalizeInput").click()
    type_into(qtbot, child(window, "learningRateInput"), "0.1")
    child(window, "stopWhenConvergedInput").click()
    click(qtbot, window, "startButton")
    bar = child(window, "messageBar")
    qtbot.waitUntil(lambda: "converged at iteration" in bar.text(), timeout=10_000)
    wait_stopped(qtbot, window)
    stopped_at = readout(window)["iteration"]
    assert 0 < stopped_at < 1000
    assert f"converged at iteration {stopped_at} and stopped there" in bar.text()


def test_dropping_several_files_opens_the_first_and_says_so(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("a,b\n1,2\n2,4.5\n3,5.5\n", encoding="utf-8")
    second.write_text("a,b\n1,1\n2,2\n3,3.5\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.dataset.n == 3 and window.dataset.path.endswith("first.csv")
    assert "one file at a time (2 were dropped)" in child(window, "messageBar").text()

"""The tutorial's own data: the default data set, the first lesson, and named columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gdviz.core.lesson import load_lesson
from gdviz.gui.column_names import ColumnNamesDialog, name_columns
from tests.conftest import TUTORIAL
from tests.gui.helpers import child, click, readout, wait_iteration, wait_stopped


def test_the_window_opens_on_the_tutorials_data_with_named_columns(make_window, seed_xy):
    window = make_window()  # no file given: the bundled default
    x, y = window.data_arrays
    assert (x == seed_xy[0]).all() and (y == seed_xy[1]).all()
    assert (window.dataset.x_name, window.dataset.y_name) == ("hours studied", "test score")
    axis = window.scatter.getPlotItem().getAxis("bottom").labelText
    assert "hours studied" in axis
    assert window.analysis.b_star == pytest.approx(TUTORIAL["b_star"], rel=1e-12)


def test_the_first_lesson_reproduces_the_published_run(qtbot, window):
    first = next(a for a in window.examplesMenu.actions() if not a.menu())
    assert first.text() == "The tutorial as published"
    first.trigger()  # File > Examples > The tutorial as published
    assert "112.6148" in window.session.lesson_note  # the tutorial's printed numbers
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    click(qtbot, window, "startButton")
    wait_iteration(qtbot, window, 1000)
    wait_stopped(qtbot, window)
    shown = readout(window)
    for name in ("b", "m", "error"):
        assert shown[name] == pytest.approx(TUTORIAL[name], rel=5e-6)
    assert window.logAction.isChecked()  # the crawl shows on a log error axis


def _fill_and_accept(x_name: str, y_name: str) -> None:
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ColumnNamesDialog))
    for field, text in ((dialog.xNameInput, x_name), (dialog.yNameInput, y_name)):
        field.selectAll()
        field.insert(text)
    dialog.accept()


def test_the_teacher_names_the_columns_and_a_lesson_keeps_them(qtbot, window, tmp_path):
    QTimer.singleShot(50, lambda: _fill_and_accept("<b>weeks</b>", "marks"))
    window.nameColumnsAction.trigger()  # Edit > Name the columns…
    assert (window.dataset.x_name, window.dataset.y_name) == ("<b>weeks</b>", "marks")
    assert "&lt;b&gt;weeks" in window.scatter.getPlotItem().getAxis("bottom").labelText
    path = tmp_path / "named.gdviz"
    assert window.save_lesson(path, "Named")
    lesson = load_lesson(path)
    assert (lesson.data.x_name, lesson.data.y_name) == ("<b>weeks</b>", "marks")


def test_column_names_cannot_be_blank(qtbot, window):
    before = (window.dataset.x_name, window.dataset.y_name)
    QTimer.singleShot(50, lambda: _fill_and_accept("   ", "marks"))
    name_columns(window)
    assert (window.dataset.x_name, window.dataset.y_name) == before
    assert "column names" in child(window, "messageBar").text()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ColumnNamesDialog)]
    assert not any(dialog.isVisible() for dialog in dialogs)

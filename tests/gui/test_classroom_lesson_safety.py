"""A live lesson is hard to knock over: the wheel changes only the input with the focus,
points change only in the visible edit mode (and every change is said), the run keys
work right after typing a value, Right moves forward through the history, and the
keyboard focus is plain to see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from gdviz.gui import theme as themes
from gdviz.gui.focus_ring import FOCUS_WIDTH, focus_colour

from .helpers import child, readout, type_into, wait_iteration, wait_stopped

LEFT = Qt.MouseButton.LeftButton


def wheel(widget, notches: int = 1):
    """Turn the mouse wheel over ``widget``: the event goes to the widget under the
    pointer and, while nobody accepts it, on to its parents (what Qt does with a real
    wheel; an event sent from a test is not passed on by itself). Returns the taker."""
    centre = widget.rect().center()
    target = widget.childAt(centre) or widget
    while target is not None:
        event = QWheelEvent(
            QPointF(target.mapFrom(widget, centre)),
            QPointF(widget.mapToGlobal(centre)),
            QPoint(0, 0),
            QPoint(0, 120 * notches),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, event)
        if event.isAccepted() or target.isWindow():
            return target
        target = target.parentWidget()
    return None


def value_of(widget):
    return widget.currentIndex() if hasattr(widget, "currentIndex") else widget.value()


def focus(qtbot, window, widget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


@pytest.mark.parametrize(
    "name", ["learningRateInput", "optimizerInput", "speedInput", "iterationsInput"]
)
def test_the_wheel_changes_an_input_only_when_it_has_the_focus(qtbot, window, name):
    widget = child(window, name)
    settings = window.session.settings
    before = value_of(widget)
    wheel(widget, -1)
    wheel(widget, 1)
    wheel(widget, 1)
    assert value_of(widget) == before
    assert window.session.settings == settings
    assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
    focus(qtbot, window, widget)
    wheel(widget, -1 if name in ("optimizerInput", "speedInput") else 1)
    assert value_of(widget) != before  # with the focus the wheel still works
    assert window.session.settings != settings


def test_the_wheel_over_an_input_scrolls_the_controls_instead(qtbot, window):
    window.resize(1280, 420)  # short: the controls scroll
    scroll = window.controls.parentWidget().parentWidget()
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    bar = scroll.verticalScrollBar()
    bar.setValue(0)
    wheel(child(window, "iterationsInput"), -1)
    assert bar.value() > 0
    assert window.session.settings.iterations == 1000


def point_pixel(panel, x, y) -> QPoint:
    vb = panel.getPlotItem().vb
    return panel.mapFromScene(vb.mapViewToScene(QPointF(x, y)))


def test_a_click_on_the_data_panel_adds_a_point_only_in_edit_mode(qtbot, window):
    scatter = window.scatter
    qtbot.waitUntil(lambda: scatter.pixel_size() is not None)
    empty = point_pixel(scatter, 30.0, 115.0)  # no point near (30, 115)
    frame = child(window, "editPointsFrame")
    assert not window.session.view.edit_points and not frame.isVisible()
    qtbot.mouseClick(scatter.viewport(), LEFT, pos=empty)
    assert len(window.session.x) == 100
    assert window.analysis.mse_star == pytest.approx(110.2573, abs=1e-3)

    window.editPointsAction.trigger()  # Edit > Edit points
    assert window.session.view.edit_points
    assert frame.isVisible() and child(window, "editPointsTag").isVisible()
    qtbot.mouseClick(scatter.viewport(), LEFT, pos=empty)
    qtbot.waitUntil(lambda: len(window.session.x) == 101)
    message = child(window, "messageBar").text()
    assert "Point added" in message and "101 points" in message and "Ctrl+Z" in message

    window.editPointsAction.trigger()
    assert not frame.isVisible()
    qtbot.mouseClick(scatter.viewport(), LEFT, pos=empty)
    assert len(window.session.x) == 101


def test_dragging_a_point_with_editing_off_moves_nothing_and_says_how(qtbot, window):
    scatter = window.scatter
    qtbot.waitUntil(lambda: scatter.pixel_size() is not None)
    x, y = window.data_arrays
    start = point_pixel(scatter, float(x[0]), float(y[0]))
    viewport = scatter.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    for k in range(1, 6):
        qtbot.mouseMove(viewport, start + QPoint(0, -12 * k))
    qtbot.mouseRelease(viewport, LEFT, pos=start + QPoint(0, -60))
    assert tuple(window.session.y) == tuple(y)
    assert "Edit > Edit points" in child(window, "messageBar").text()


def test_enter_in_a_field_then_space_starts_the_run(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    child(window, "speedInput").setValue(3)  # 10 per second: still running when checked
    rate = child(window, "learningRateInput")
    rate.setFocus()
    qtbot.waitUntil(rate.hasFocus)
    type_into(qtbot, rate, "0.0002")
    assert window.session.settings.learning_rate == 0.0002
    qtbot.waitUntil(lambda: not rate.hasFocus())
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.session.running)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    wait_stopped(qtbot, window)
    # a box or slider with the focus leaves Space and the arrows to the run keys too
    for name in ("optimizerInput", "speedInput", "normalizeInput"):
        focus(qtbot, window, child(window, name))
        settings = window.session.settings
        qtbot.keyClick(child(window, name), Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.session.running)
        qtbot.keyClick(child(window, name), Qt.Key.Key_Space)
        wait_stopped(qtbot, window)
        assert window.session.settings.replace(speed=None) == settings.replace(speed=None)


def test_a_field_being_edited_still_takes_digits_and_the_minus_sign(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start_b = child(window, "initialBInput")
    start_b.setFocus()
    qtbot.waitUntil(start_b.hasFocus)
    speed = window.session.settings.speed
    type_into(qtbot, start_b, "-3.5")
    assert window.session.settings.initial_b == -3.5
    assert window.session.settings.speed == speed  # "-" was typed, not "slower"


def test_home_then_right_moves_forward_without_discarding(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for _ in range(5):
        child(window, "stepButton").click()
    wait_iteration(qtbot, window, 5)
    rows = len(window.history)
    keys = QApplication.focusWidget() or window
    qtbot.keyClick(keys, Qt.Key.Key_Home)
    wait_iteration(qtbot, window, 0)
    qtbot.keyClick(keys, Qt.Key.Key_Right)
    wait_iteration(qtbot, window, 1)
    assert len(window.history) == rows and window.session.latest_iteration == 5
    qtbot.keyClick(keys, Qt.Key.Key_Right)
    wait_iteration(qtbot, window, 2)
    assert len(window.history) == rows
    assert "discarded" not in child(window, "messageBar").text()
    qtbot.keyClick(keys, Qt.Key.Key_End)
    wait_iteration(qtbot, window, 5)
    qtbot.keyClick(keys, Qt.Key.Key_Right)  # at the newest: one new step
    wait_iteration(qtbot, window, 6)
    child(window, "stepButton").click()  # Step is always one new step
    wait_iteration(qtbot, window, 7)
    assert readout(window)["iteration"] == 7


def test_the_keyboard_focus_is_ringed_in_every_theme(qtbot, window):
    ring = window.focus_ring
    rate = child(window, "learningRateInput")
    focus(qtbot, window, rate)
    qtbot.waitUntil(lambda: ring.target is rate)
    widget = ring.ring
    assert widget.isVisible()
    around = widget.geometry()
    inner = rate.geometry()
    assert around.contains(inner) and around.width() >= inner.width() + 2 * FOCUS_WIDTH
    for name in ("light", "dark", "presentation", "presentation-dark"):
        theme = themes.apply_theme(window, name)
        image = widget.grab().toImage()
        edge = QColor(image.pixel(image.width() // 2, 1))
        assert edge.name().upper() == QColor(focus_colour(theme)).name().upper(), name
    themes.apply_theme(window, "light")
    child(window, "startButton").setFocus()
    qtbot.waitUntil(lambda: ring.target is child(window, "startButton"))

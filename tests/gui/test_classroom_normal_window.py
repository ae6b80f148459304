"""The normal window on a projector: 1280x720 less a title bar and a task bar leaves a
1280x650 client area, which must show the whole State box and four usable panels
without scrolling; docks take their width from the panels, never from the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from .helpers import child

CLIENT = (1280, 650)


def fit(qtbot, window, size=CLIENT):
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    seen = []

    def stable():
        seen.append(tuple(p.geometry().getRect() for p in window.panels().values()))
        return len(seen) > 3 and len(set(seen[-3:])) == 1

    qtbot.waitUntil(stable)


def visible_rect(window, widget) -> QRect:
    """The part of ``widget`` a person sees, in window coordinates."""
    region = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(window, region.topLeft()), region.size())


def assert_state_box_in_sight(window):
    readout = child(window, "stateReadout")
    assert readout.isVisible()
    text = readout.text()
    assert text.splitlines()[-1].startswith("E* = "), text
    # every row of the readout is painted inside the window, nothing scrolled or clipped
    assert readout.visibleRegion().boundingRect() == readout.rect()
    bottom = readout.mapTo(window, QPoint(0, readout.height())).y()
    assert bottom <= window.height() - window.statusBar().height()
    assert window.rect().contains(visible_rect(window, readout))


def assert_four_usable_panels(window, width=350, height=200):
    for name, panel in window.panels().items():
        assert panel.isVisible(), name
        assert panel.width() >= width and panel.height() >= height, (name, panel.size())
        where = QRect(panel.mapTo(window, QPoint(0, 0)), panel.size())
        assert window.rect().contains(where), name


def test_1280_by_650_shows_the_state_box_and_four_panels(qtbot, window):
    fit(qtbot, window)
    assert_state_box_in_sight(window)
    assert_four_usable_panels(window)
    # and the controls above it, without scrolling
    scroll = window.controls.parentWidget().parentWidget()
    assert not scroll.verticalScrollBar().isVisible()
    for name in ("learningRateInput", "startButton", "speedInput", "stopWhenConvergedInput"):
        widget = child(window, name)
        assert widget.visibleRegion().boundingRect() == widget.rect(), name


def test_the_welcome_note_and_a_lesson_do_not_push_anything_out(qtbot, window):
    window.welcome_note.show()
    window.session.notice("data.csv: 100 points; a message of the usual length")
    fit(qtbot, window)
    assert_state_box_in_sight(window)
    assert_four_usable_panels(window)
    window.welcome_note.hide()
    window.lesson_note.show_lesson(
        "The tutorial as published",
        "Plain gradient descent, learning rate 0.0001, 1000 steps from b = 0, m = 0. "
        "Press Start: the line swings up to the points in a few steps, then hardly moves.",
    )
    fit(qtbot, window)
    assert_state_box_in_sight(window)
    assert_four_usable_panels(window, height=180)


def test_docks_take_width_from_the_panels_not_the_screen(qtbot, window):
    fit(qtbot, window)
    screen = window.screen().availableGeometry()
    for dock in (window.stabilityDock, window.mathDock, window.compareDock):
        dock.show()
        qtbot.waitUntil(dock.isVisible)
        qtbot.wait(50)
        assert window.width() == CLIENT[0], dock.objectName()
        assert window.frameGeometry().width() <= screen.width()
        assert dock.width() >= 200
        assert_state_box_in_sight(window)
        dock.hide()
        qtbot.waitUntil(lambda d=dock: not d.isVisible())

"""Presentation mode on a 1280x720 projector: panels a class can read, nothing cut off,
no small type, the large readout with every number from the first moment, and the
transport bar that stands in for the hidden controls."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QMenuBar,
    QWidget,
)

from gdviz.gui import projector
from gdviz.gui import theme as themes
from gdviz.gui.session import PANELS

from .helpers import child, readout, wait_iteration

PROJECTOR = (1280, 720)
NUMBER = r"-?\d+(\.\d+)?(e[+-]?\d+)?"


def present(qtbot, window, panels=None, size=PROJECTOR):
    """F11 as a teacher presses it, then the window as a 1280x720 projector shows it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: themes.is_presenting(window))
    window.windowHandle().setGeometry(QRect(0, 0, *size))
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    if panels is not None:
        window.session.update_view(presentation=panels)
    settle_layout(qtbot, window)


def settle_layout(qtbot, window):
    seen = []

    def stable():
        seen.append(tuple(p.geometry().getRect() for p in window.panels().values()))
        return len(seen) > 3 and len(set(seen[-3:])) == 1

    qtbot.waitUntil(stable)


def in_window(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def shown_widgets(window, kinds) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and w.window() is window
    ]


def assert_nothing_cut_off(window):
    """Every visible control lies inside the window and has at least the room it needs."""
    area = window.rect()
    for widget in shown_widgets(window, (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox)):
        rect = in_window(window, widget)
        if widget.visibleRegion().isEmpty():
            continue  # scrolled out of a scroll area on purpose (none in this layout)
        assert area.contains(rect), (widget.objectName() or widget.text(), rect, area)
        hint = widget.minimumSizeHint()
        assert widget.width() >= min(hint.width(), widget.sizeHint().width()), widget
    for panel in window.panels().values():
        if panel.isVisible():
            assert area.contains(in_window(window, panel)), panel.objectName()


@pytest.mark.parametrize(
    "panels", [("scatter",), ("scatter", "error"), ("error", "contour"), ("scatter", "contour")]
)
def test_one_or_two_panels_fill_a_projector(qtbot, window, panels):
    present(qtbot, window, panels)
    shown = {name for name, panel in window.panels().items() if panel.isVisible()}
    assert shown == set(panels)
    for name in panels:
        panel = window.panels()[name]
        assert panel.width() >= 560 and panel.height() >= 300, (name, panel.size())
    if len(panels) == 2:  # side by side, whichever rows they live in
        left, right = (in_window(window, window.panels()[n]) for n in panels)
        assert left.right() < right.left()
    assert_nothing_cut_off(window)


def test_four_panels_at_1280_by_720_are_all_shown_and_nothing_is_cut_off(qtbot, window):
    """Four panels of 560x300 cannot fit 1280x720 with the large readout and the bar
    (4 x 300 px of height alone is more than is left): they are shown smaller, uncut."""
    present(qtbot, window, PANELS)
    for name, panel in window.panels().items():
        assert panel.isVisible(), name
        assert panel.width() >= 560 and panel.height() >= 150, (name, panel.size())
    assert_nothing_cut_off(window)


def test_an_old_1024_by_768_projector_cuts_nothing_off(qtbot, window):
    present(qtbot, window, ("scatter", "error"), size=(1024, 768))
    assert (window.width(), window.height()) == (1024, 768)
    assert child(window, "transportBar").isVisible()
    assert_nothing_cut_off(window)
    for panel in (window.scatter, window.error_panel):
        assert panel.width() >= 450 and panel.height() >= 300


def test_a_small_screen_starts_with_two_panels_once(qtbot, window, monkeypatch):
    # the test screen is 1920x1080: count it as small by asking more room for the rest
    monkeypatch.setattr(projector, "_CHROME_HEIGHT", 600)
    assert window.session.view.presentation == PANELS
    present(qtbot, window)
    assert window.session.view.presentation == projector.SMALL_SCREEN_TWO
    assert "Two panels fit" in child(window, "messageBar").text()
    combo = child(window, "transportPanelsInput")
    assert combo.currentText() == "Data + Error"
    # the teacher asks for all four: kept, also after leaving and coming back
    combo.setCurrentIndex(combo.findText("All four panels"))
    combo.activated.emit(combo.currentIndex())
    assert window.session.view.presentation == PANELS
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not themes.is_presenting(window))
    present(qtbot, window)
    assert window.session.view.presentation == PANELS


def test_no_text_under_18_pixels_and_none_smaller_than_in_the_normal_window(qtbot, window):
    window.session.notice("A message for the class")
    window.lesson_note.show_lesson("A lesson", "Press Start and watch the error fall.")
    before = {
        "message": QFontInfo(child(window, "messageBar").font()).pixelSize(),
        "note": QFontInfo(window.lesson_note.noteLabel.font()).pixelSize(),
        "rate": QFontInfo(window.controls.rateGauge.label.font()).pixelSize(),
        "zones": QFontInfo(window.controls.rateGauge.zoneLabels.font()).pixelSize(),
    }
    present(qtbot, window, ("scatter", "error"))
    kinds = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QMenuBar)
    for widget in shown_widgets(window, kinds):
        size = QFontInfo(widget.font()).pixelSize()
        assert size >= 18, (
            widget.objectName() or type(widget).__name__,
            widget.parentWidget().objectName(),
            type(widget.parentWidget()).__name__,
            getattr(widget, "text", lambda: "")(),
            size,
        )
    after = {
        "message": QFontInfo(child(window, "messageBar").font()).pixelSize(),
        "note": QFontInfo(window.lesson_note.noteLabel.font()).pixelSize(),
        "rate": QFontInfo(window.controls.rateGauge.label.font()).pixelSize(),
        "zones": QFontInfo(window.controls.rateGauge.zoneLabels.font()).pixelSize(),
    }
    for name, size in before.items():
        assert after[name] >= max(size, 18), name
    display = window.big_display
    assert display.main_pixels() * 0.66 >= 18  # the least-squares row too


def test_the_large_readout_shows_every_number_at_once(qtbot, window):
    a = window.analysis
    present(qtbot, window, ("scatter", "error"))
    display = window.big_display
    assert display.isVisible()
    shown = display.shown_text()  # what is painted at this width
    assert "–" not in shown
    for label in ("iteration ", "error = ", "b = ", "m = ", "E\\* = ", "b\\* = ", "m\\* = "):
        assert re.search(label + NUMBER, shown), (label, shown)
    assert "b* = 7.99" in shown and f"E* = {a.mse_star:.6g}" in shown
    # it follows the run
    child(window, "transportStepButton").click()
    wait_iteration(qtbot, window, 1)
    qtbot.waitUntil(lambda: "iteration 1" in display.shown_text())
    assert f"error = {readout(window)['error']:.6g}" in display.shown_text()


def test_the_transport_bar_sends_the_same_intents(qtbot, window):
    present(qtbot, window, ("scatter", "error"))
    assert not window.controls.isVisible() and not window.toolbar.isVisible()
    assert not window.statusBar().isVisible()
    bar = child(window, "transportBar")
    assert bar.isVisible()
    child(window, "transportStepButton").click()
    child(window, "transportStepButton").click()
    wait_iteration(qtbot, window, 2)
    child(window, "transportResetButton").click()
    wait_iteration(qtbot, window, 0)
    rate = child(window, "transportLearningRateInput")
    rate.lineEdit().selectAll()
    qtbot.keyClicks(rate.lineEdit(), "0.0002")
    qtbot.keyClick(rate.lineEdit(), Qt.Key.Key_Return)
    assert window.session.settings.learning_rate == 0.0002
    assert window.controls.learningRateInput.value() == 0.0002  # the same session
    assert child(window, "transportZoneLabel").text() == window.controls.rateGauge.zone()
    speed = child(window, "transportSpeedInput")
    speed.setValue(3)
    assert window.controls.speedInput.value() == 3
    start = child(window, "transportStartButton")
    start.click()
    qtbot.waitUntil(lambda: start.text() == "Pause")
    start.click()
    qtbot.waitUntil(lambda: start.text() == "Start")


def test_f10_brings_the_controls_back_and_escape_leaves(qtbot, window):
    present(qtbot, window, ("scatter", "error"))
    assert not window.controls.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(window.controls.isVisible)
    assert child(window, "transportControlsButton").isChecked()
    # the controls stand in for the transport bar: the window still fits the screen
    assert not child(window, "transportBar").isVisible()
    assert (window.width(), window.height()) == PROJECTOR
    assert_nothing_cut_off(window)
    assert window.controls.learningRateInput.width() >= 100
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: not window.controls.isVisible())
    assert child(window, "transportBar").isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not themes.is_presenting(window))
    qtbot.waitUntil(window.controls.isVisible)  # the normal window keeps its own choice
    assert window.toolbar.isVisible() and window.statusBar().isVisible()
    assert not child(window, "transportBar").isVisible()
    assert all(panel.isVisible() for panel in window.panels().values())


def test_the_keys_and_the_menu_list_the_controls_and_panels(window):
    from gdviz.gui.shortcuts import ShortcutsDialog

    rows = dict(ShortcutsDialog(window).rows())
    assert "F10 or Ctrl+Shift+C" in rows
    names = [a.objectName() for a in window.findChild(QWidget, "presentationPanelsMenu").actions()]
    assert "presentationPanels-scatter-error" in names and len(names) >= 10
    window.findChild(QWidget, "presentationPanelsMenu").actions()[5].trigger()
    assert window.session.view.presentation == ("scatter",)


def test_a_long_lesson_note_keeps_to_two_lines_while_presenting(qtbot, window):
    note = "Press Start and watch the line swing up to the points. " * 8
    window.lesson_note.show_lesson("A long lesson", note)
    present(qtbot, window, ("scatter", "error"))
    label = window.lesson_note.noteLabel
    qtbot.waitUntil(window.lesson_note.is_shortened)
    assert label.height() <= 2 * label.fontMetrics().lineSpacing() + 8
    more = child(window, "lessonMoreButton")
    assert more.isVisible()
    more.click()
    assert label.text() == note
    for panel in (window.scatter, window.error_panel):
        qtbot.waitUntil(lambda p=panel: p.height() >= 150)

"""Plain language (View > Plain language): no λ, ρ, κ, η, ∂E/∂b or Σ anywhere in the main
window's visible text, at every zone of the learning rate, after a divergence, in
presentation mode and with the large readout; the Stability and Step math docks and the
tooltips keep the symbols."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGraphicsTextItem,
    QGroupBox,
    QLabel,
    QTableWidget,
    QWidget,
)

from gdviz.core import model, stability, words
from gdviz.gui import theme as themes
from gdviz.gui.settings import app_settings, save_window_state

from .helpers import child, click, type_into, wait_stopped

#: What plain language never shows in the main window.
FORBIDDEN = ("λ", "ρ", "κ", "2/(λmin+λmax)", "η", "∂E/∂b", "∂E/∂m", "Σ")
#: The docks that keep the symbols.
SYMBOL_DOCKS = ("stabilityDock", "mathDock")


def plain_action(window):
    """The View menu's *Plain language* item, found by its text as a person finds it."""
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    found = [a for a in view.actions() if a.text() == "Plain language"]
    assert len(found) == 1
    return found[0]


def turn_plain_on(qtbot, window):
    action = plain_action(window)
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    assert action.isChecked() and window.session.view.plain
    readout = child(window, "stateReadout")
    qtbot.waitUntil(lambda: "error slope along b = " in readout.text())  # the next frame


def _in_symbol_dock(widget: QWidget) -> bool:
    parent = widget
    while parent is not None:
        if isinstance(parent, QDockWidget) and parent.objectName() in SYMBOL_DOCKS:
            return True
        parent = parent.parentWidget()
    return False


def _scene_texts(view: pg.GraphicsView) -> list[str]:
    """Titles, axis labels, legends and text items drawn on a plot, as shown."""
    texts = []
    for item in view.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, pg.LabelItem):
            texts.append(item.text)
        elif isinstance(item, QGraphicsTextItem):
            texts.append(item.toPlainText())
        elif isinstance(item, pg.AxisItem) and item.label.isVisible():
            texts.append(item.labelText)
    return texts


def visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) of every visible text of the main window outside the symbol docks."""
    found = [("window title", window.windowTitle())]
    found.append(("status bar", window.statusBar().currentMessage()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or _in_symbol_dock(widget):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        if isinstance(widget, QComboBox):
            found += [(where, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QDockWidget):
            found.append((where, widget.windowTitle()))
        if isinstance(widget, QTableWidget):
            for c in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(c)
                found.append((where, header.text() if header else ""))
                for r in range(widget.rowCount()):
                    item = widget.item(r, c)
                    found.append((where, item.text() if item else ""))
        if isinstance(widget, pg.GraphicsView):
            found += [(where, text) for text in _scene_texts(widget)]
        text = getattr(widget, "text", None)  # labels, buttons, the painted readouts
        if callable(text) and not isinstance(widget, QTableWidget):
            value = text()
            if isinstance(value, str):
                found.append((where, value))
    return found


def assert_no_symbols(window, when: str) -> None:
    texts = visible_texts(window)
    assert len(texts) > 40, texts  # the walk reached the window's widgets and plots:
    assert any(t == "current line" for _w, t in texts)  # (the data panel's legend)
    shown = [(where, text) for where, text in texts if any(s in text for s in FORBIDDEN)]
    assert shown == [], when


@pytest.fixture
def tutorial(seed_xy):
    stats = model.fit_statistics(*seed_xy)
    return stats, stability.rate_limits(stats)


def test_plain_language_names_everything_in_words(qtbot, window, tutorial):
    _stats, limits = tutorial
    gauge = window.controls.rateGauge
    qtbot.waitUntil(lambda: gauge.zone() == "safe")
    assert any("η" in text for _w, text in visible_texts(window))  # the symbols, before
    turn_plain_on(qtbot, window)
    assert_no_symbols(window, "safe")
    zone = limits.zone(1e-4)
    assert gauge.text() == (
        f"safe: each step keeps at most {words.format_percent(zone.contraction)}% "
        "of the distance to the best line"
    )
    assert "error slope along b = " in child(window, "stateReadout").text()
    for text, name in (("0.00035", "oscillating"), ("1e-6", "slow"), ("0.001", "divergent")):
        type_into(qtbot, child(window, "learningRateInput"), text)
        qtbot.waitUntil(lambda z=name: gauge.zone() == z)
        assert gauge.text().startswith(f"{name}: ")
        assert gauge.text() == limits.zone(float(text)).caption(plain=True)
        label = gauge.label  # wrapped, not cut off: every word fits the lines it has
        assert label.heightForWidth(label.width()) <= label.contentsRect().height()
        assert_no_symbols(window, name)

    child(window, "iterationsInput").setValue(50)
    click(qtbot, window, "startButton")
    bar = child(window, "messageBar")
    qtbot.waitUntil(lambda: bar.isVisible() and "diverged" in bar.text())
    wait_stopped(qtbot, window)
    top = stability.format_value(limits.max_stable_learning_rate)
    assert f"above the limit {top} (two divided by how steep" in bar.text()
    retry = child(window, "messageActionButton")
    assert retry.text() == f"Retry with learning rate {words.format_number(0.0002)}"
    assert_no_symbols(window, "diverged")


def present(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: themes.is_presenting(window))
    window.windowHandle().setGeometry(QRect(0, 0, 1280, 720))
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1280, 720))


def test_presentation_mode_and_the_large_readout_speak_plainly(qtbot, window):
    turn_plain_on(qtbot, window)
    present(qtbot, window)
    window.bigDisplayAction.trigger()
    transport = child(window, "transportBar")
    qtbot.waitUntil(transport.isVisible)
    assert child(window, "transportRateLabel").text() == "Learning rate"
    for text in ("0.00035", "0.001"):
        type_into(qtbot, child(window, "transportLearningRateInput"), text)
        assert_no_symbols(window, f"presenting at {text}")
    click(qtbot, window, "transportStartButton")
    bar = child(window, "messageBar")
    qtbot.waitUntil(lambda: bar.isVisible() and "diverged" in bar.text())
    assert_no_symbols(window, "presenting, diverged")


def test_legends_runs_my_line_and_other_rules_speak_plainly(qtbot, window):
    turn_plain_on(qtbot, window)
    window.compareDock.toggleViewAction().trigger()
    child(window, "compareUse2").setChecked(True)
    click(qtbot, window, "compareApplyButton")
    qtbot.waitUntil(lambda: len(window.session.runs) == 2)
    window.squaresAction.trigger()
    window.myLineAction.trigger()
    qtbot.waitUntil(lambda: window.session.view.my_line is not None)
    legend = window.error_panel.legends.labels()
    assert any(", learning rate " in label for label in legend), legend
    assert_no_symbols(window, "compared runs, squares and my line")
    box = child(window, "optimizerInput")
    for name in ("rmsprop", "adam", "momentum"):
        box.setCurrentIndex(box.findData(name))
        assert_no_symbols(window, name)


def test_the_docks_and_tooltips_keep_the_symbols(qtbot, window):
    turn_plain_on(qtbot, window)
    window.stabilityDock.toggleViewAction().trigger()
    qtbot.waitUntil(window.stability.isVisible)
    table = " ".join(" ".join(row) for row in window.stability.table_text())
    assert "ρ" in table and "κ" in table and "λmax" in table
    gauge = window.controls.rateGauge
    assert "ρ = " in gauge.toolTip() and "2/λmax" in gauge.toolTip()
    assert "η" in child(window, "learningRateInput").toolTip()
    assert "∂E/∂b" in child(window, "stateReadout").toolTip()
    assert "λ" in window.controls.ridgeInput.toolTip()
    labels = [w for w in window.findChildren(QLabel) if w.buddy() is window.controls.ridgeInput]
    assert labels and all("λ" not in w.text() and "λ" in w.toolTip() for w in labels)


def test_turning_it_off_brings_the_symbols_back_and_it_is_remembered(qtbot, make_window, seed_csv):
    window = make_window(seed_csv)
    window.show()
    turn_plain_on(qtbot, window)
    readout = child(window, "stateReadout")
    qtbot.waitUntil(lambda: "error slope along m = " in readout.text())
    assert save_window_state(window)
    window.close()
    assert app_settings().value("view/plain") in (True, "true")
    again = make_window(seed_csv)
    again.show()
    assert plain_action(again).isChecked() and again.session.view.plain
    assert_no_symbols(again, "restored")
    plain_action(again).trigger()
    assert not again.session.view.plain
    qtbot.waitUntil(lambda: "∂E/∂m = " in child(again, "stateReadout").text())
    labels = [w.text() for w in again.findChildren(QLabel) if isinstance(w, QLabel)]
    assert "Learning rate η" in labels

"""Numbers a class can read: no axis multipliers, whole iterations, a colour bar, six
digits in the readout, zero shown as 0, and an arrow as long as the gradient is large."""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
import pytest

from gdviz.core import words
from tests.conftest import write_csv
from tests.gui.helpers import child, click, readout, type_into, wait_iteration
from tests.gui.test_plots_legends import run_to

#: What pyqtgraph writes beside an axis title when it rescales the ticks.
MULTIPLIER = re.compile(r"\(x[0-9.e+-]+\)|x0\.|\(x1e")


def axes(window):
    """Every axis of the window's plots, the contour's colour bar included."""
    found = []
    for plot in window.findChildren(pg.PlotWidget):
        item = plot.getPlotItem()
        found += [(plot.objectName(), name, item.getAxis(name)) for name in ("left", "bottom")]
    found.append(("colour bar", "right", window.contour.colour_bar.axis))
    return found


def tick_texts(axis) -> list[str]:
    """The tick labels the axis draws now (as pyqtgraph asks for them; the labels it was
    given, when it was given ticks)."""
    given = getattr(axis, "_tickLevels", None)
    if given:
        return [text for level in given for _value, text in level]
    low, high = axis.range
    texts = []
    levels = axis.tickValues(low, high, max(axis.width(), axis.height(), 100))
    for level, (spacing, values) in enumerate(levels):
        if level <= axis.style["maxTextLevel"]:
            texts += axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing or 1)
    return [t for t in texts if t]


def test_no_axis_has_a_multiplier(qtbot, make_window, tmp_path):
    """Temperature anomalies (x from -0.4 to 0.6) against a large y, then a log error axis:
    pyqtgraph wrote "anomaly (x0.001)" and "(x1e+12)" there."""
    rng = np.random.default_rng(0)
    x = np.linspace(-0.4, 0.6, 40)
    y = 3e7 + 2e7 * x + rng.normal(0, 1e6, x.size)
    window = make_window(write_csv(tmp_path / "anomaly.csv", x, y))
    window.show()
    qtbot.waitExposed(window)
    run_to(qtbot, window, 5)
    window.session.update_view(log_scale=True)
    qtbot.wait(100)
    for name, side, axis in axes(window):
        title = axis.labelString()
        assert not MULTIPLIER.search(title), (name, side, title)
        assert axis.autoSIPrefixScale == 1.0, (name, side)
        for text in tick_texts(axis):
            assert "e+" not in text and "e-0" not in text, (name, side, text)
    # y reaches 5e7: shown in millions, and the title says so
    left = window.scatter.getPlotItem().getAxis("left")
    assert "in millions" in left.labelString()
    assert all(abs(float(t)) < 1000 for t in tick_texts(left))
    bottom = window.scatter.getPlotItem().getAxis("bottom")
    assert all(-1 <= float(t) <= 1 for t in tick_texts(bottom))  # -0.4 … 0.6, plainly


def test_the_log_error_axis_labels_the_errors_themselves(qtbot, window):
    window.session.update_view(log_scale=True)
    run_to(qtbot, window, 20)
    axis = window.error_panel.getPlotItem().getAxis("left")
    texts = tick_texts(axis)
    assert "1000" in texts or "10000" in texts  # a starting error of 5565 reads as such
    assert not MULTIPLIER.search(axis.labelString())


def test_iteration_ticks_are_whole_numbers_before_and_during_a_run(qtbot, window):
    axis = window.error_panel.getPlotItem().getAxis("bottom")
    for _ in range(2):
        low, high = axis.range
        for spacing, values in axis.tickValues(low, high, axis.width()):
            assert spacing >= 1
            assert all(float(v).is_integer() for v in values), values
        assert set(tick_texts(axis)) <= {str(k) for k in range(0, 10_001)}
        run_to(qtbot, window, 3)


def test_the_contour_map_has_a_colour_bar_in_words(qtbot, window):
    bar = window.contour.colour_bar
    assert bar.isVisible()
    assert "error above E*" in bar.axis.labelString()
    texts = tick_texts(bar.axis)
    assert len(texts) >= 2
    for text in texts:
        assert re.fullmatch(r"[0-9.]+|10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+", text), text
    low, high = bar.levels()
    assert high > low


def _readout_lines(window) -> dict:
    text = child(window, "stateReadout").text()
    return dict(re.findall(r"^(?:least squares: )?(\S+) = (\S+)$", text, re.M))


def test_the_readout_has_six_digits_and_zero_at_the_optimum(qtbot, window):
    """Normalised descent to convergence: the gradient is rounding noise there, shown 0,
    and the arrow along it is gone."""
    child(window, "normalizeInput").click()
    type_into(qtbot, child(window, "learningRateInput"), "0.3")
    qtbot.wait(50)
    values = _readout_lines(window)
    length_at_start = _arrow_pixels(window)
    assert length_at_start > 20  # at the start: the longest arrow
    click(qtbot, window, "stepButton")
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 2)
    assert 0 < _arrow_pixels(window) < length_at_start  # shorter as the gradient shrinks
    run_to(qtbot, window, 400)
    values = _readout_lines(window)
    assert values["∂E/∂b"] == "0" and values["∂E/∂m"] == "0"
    for name, text in values.items():
        float(text)  # parseable
        digits = text.lstrip("-").split("e")[0].replace(".", "").strip("0")
        assert len(digits) <= 6, (name, text)
    a = window.analysis
    assert float(values["E*"]) == pytest.approx(a.mse_star, rel=5e-6)
    assert float(values["b*"]) == pytest.approx(a.b_star, rel=5e-6)
    assert readout(window)["b"] == pytest.approx(a.b_star, rel=5e-6)
    assert not window.contour.gradient_arrow.isVisible()
    assert not window.surface.gradient_arrow.isVisible()  # the 2D stand-in of the 3D view


def _arrow_pixels(window) -> float:
    xs, ys = window.contour.gradient_arrow.getData()
    if not window.contour.gradient_arrow.isVisible() or xs is None or len(xs) < 2:
        return 0.0
    vb = window.contour.getPlotItem().getViewBox()
    start = vb.mapViewToScene(pg.Point(xs[0], ys[0]))
    tip = vb.mapViewToScene(pg.Point(xs[1], ys[1]))
    return float(np.hypot(tip.x() - start.x(), tip.y() - start.y()))


def test_e_star_is_written_the_same_everywhere(qtbot, window):
    a = window.analysis
    shown = words.format_value(a.mse_star, words.scales(window.session.stats).error)
    assert _readout_lines(window)["E*"] == shown
    assert window.error_panel.optimum.label.format == f"E* = {shown}"
    assert shown == "110.257"


def test_a_long_title_on_a_narrow_panel_keeps_the_colour_bar_in_sight(qtbot, window):
    """A translated title can be wider than a narrow panel: it may overhang, but the
    plot, its axes and its colour bar stay inside the widget."""
    from gdviz.gui import style

    contour = window.contour
    style.set_title(contour, window_theme(window), "A title " * 12)
    contour.setFixedWidth(380)
    qtbot.waitUntil(lambda: contour.width() == 380)
    qtbot.wait(50)
    item = contour.getPlotItem()
    assert item.size().width() <= contour.width() + 0.5
    bar = contour.colour_bar
    right = bar.mapRectToScene(bar.boundingRect()).right()
    assert right <= contour.width() + 0.5


def window_theme(window):
    return window.contour._theme

"""The learning-rate gauge and the stability dock for Newton's method and conjugate
gradients: the zones of their step scale η (|1 − η| per step for Newton, one step at
η = 1), not plain descent's greyed ones."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gdviz.core import model, words

from .helpers import child, click, type_into, wait_iteration

SYMBOLS = ("η", "ρ", "λ", "κ")


def choose_optimizer(qtbot, window, name: str) -> None:
    """Pick a rule in the optimizer box with the arrow keys, as a person would."""
    combo = child(window, "optimizerInput")
    target = combo.findData(name)
    assert target >= 0, name
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    qtbot.waitUntil(lambda: window.session.settings.optimizer == name)


def set_rate(qtbot, window, value: float) -> None:
    type_into(qtbot, child(window, "learningRateInput"), f"{value:g}")
    qtbot.waitUntil(lambda: window.session.settings.learning_rate == value)


def expected_newton(rate: float) -> tuple[str, str]:
    """Zone and caption of Newton at ``rate`` from the arithmetic: |1 − η| per step."""
    factor = abs(1.0 - rate)
    if rate == 1.0:
        return "exact", "exact: reaches the optimum in 1 step"
    if rate >= 2.0:
        return "divergent", f"divergent: overshoots ×{factor:g}"
    zone = "oscillating" if rate > 1.0 else "safe"
    return zone, f"{zone}: converges, ρ = {factor:g}"


@pytest.mark.parametrize("rate", [1.0, 0.5, 1.5, 2.5])
def test_newtons_gauge_shows_its_step_scale(qtbot, window, rate):
    gauge = window.controls.rateGauge
    qtbot.waitUntil(lambda: gauge.zone() == "safe")
    choose_optimizer(qtbot, window, "newton")
    qtbot.waitUntil(lambda: gauge.zone() == "exact")  # its own rate, 1
    set_rate(qtbot, window, rate)
    zone, caption = expected_newton(rate)
    qtbot.waitUntil(lambda: gauge.zone() == zone)
    assert gauge.text() == caption and gauge.label.text() == caption
    assert gauge.applies and "plain descent" not in gauge.text()
    assert gauge.zone_info().contraction == pytest.approx(abs(1.0 - rate))
    # every zone named under the bar, the one-step mark between safe and oscillating
    assert gauge.zone_labels() == ["slow", "safe", "exact", "oscillating", "divergent"]
    placed = gauge.zoneLabels.placed()
    for (_z1, a, _c1), (_z2, b, _c2) in itertools.pairwise(placed):
        assert a.right() < b.left()
    assert all(0 <= rect.left() and rect.right() <= gauge.width() for _z, rect, _c in placed)
    # the tooltip explains the step scale for Newton, with the symbols
    tip = gauge.toolTip()
    assert "Newton's method" in tip and "plain gradient descent" not in tip
    assert "exact: η = 1: lands on the optimum in 1 step" in tip
    # the caption fits on one line of the control column
    label = gauge.label
    assert label.fontMetrics().horizontalAdvance(caption) <= label.contentsRect().width()
    assert child(window, "transportZoneLabel").text() == zone


def test_the_bar_marks_one_step_at_one(qtbot, window):
    from gdviz.gui.rate_gauge import ZONE_COLOURS

    gauge = window.controls.rateGauge
    choose_optimizer(qtbot, window, "newton")
    set_rate(qtbot, window, 0.01)
    qtbot.waitUntil(lambda: gauge.zone() == "safe")
    image = gauge.bar.grab().toImage()
    band = gauge.bar.band()
    ratio = image.width() / gauge.bar.width()

    def colour_at(rate: float) -> str:
        lo, hi = 1e-4, 10.0  # the step scale's gauge, worked out here
        x = band.left() + math.log(rate / lo) / math.log(hi / lo) * band.width()
        return QColor(image.pixel(round(x * ratio), round(band.center().y() * ratio))).name()

    assert colour_at(1.0).upper() == ZONE_COLOURS["exact"].upper()
    assert colour_at(0.1).upper() == ZONE_COLOURS["safe"].upper()
    assert colour_at(1.4).upper() == ZONE_COLOURS["oscillating"].upper()
    assert colour_at(5.0).upper() == ZONE_COLOURS["divergent"].upper()


def test_newtons_steps_keep_what_the_gauge_says(qtbot, window):
    choose_optimizer(qtbot, window, "newton")
    set_rate(qtbot, window, 0.5)
    gauge = window.controls.rateGauge
    qtbot.waitUntil(lambda: gauge.zone() == "safe")
    click(qtbot, window, "resetButton")
    wait_iteration(qtbot, window, 0)
    for step in (1, 2, 3):
        click(qtbot, window, "stepButton")
        wait_iteration(qtbot, window, step)
    history = window.session.main_run.history
    x, y = window.session.x, window.session.y
    optimum = np.linalg.lstsq(np.column_stack([np.ones_like(x), x]), y, rcond=None)[0]
    distances = [math.dist(history.row(k)[:2], optimum) for k in range(4)]
    kept = [after / before for before, after in itertools.pairwise(distances)]
    assert kept == pytest.approx([gauge.zone_info().contraction] * 3, rel=1e-6)
    assert kept == pytest.approx([0.5] * 3, rel=1e-6)  # |1 − η| at η = 0.5


def test_conjugate_gradients_gauge(qtbot, window):
    gauge = window.controls.rateGauge
    choose_optimizer(qtbot, window, "cg")
    qtbot.waitUntil(lambda: gauge.zone() == "exact")
    assert gauge.text() == "exact: reaches the optimum in 2 steps"
    for rate, zone in ((0.5, "safe"), (1.5, "oscillating"), (2.0, "divergent"), (2.5, "divergent")):
        set_rate(qtbot, window, rate)
        qtbot.waitUntil(lambda z=zone: gauge.zone() == z)
        assert gauge.text().startswith(f"{zone}: ")
        assert ("converges" in gauge.text()) == (rate < 2.0)
        assert "ρ" not in gauge.text()  # no contraction promised: it depends on the data
        assert "lowest point along its line" in gauge.toolTip()
    set_rate(qtbot, window, 2.0)
    qtbot.waitUntil(lambda: "never settles" in gauge.text())


def test_newton_in_plain_language(qtbot, window):
    gauge = window.controls.rateGauge
    choose_optimizer(qtbot, window, "newton")
    window.session.update_view(plain=True)
    qtbot.waitUntil(lambda: gauge.plain)
    for rate in (1.0, 0.5, 1.5, 2.5):
        set_rate(qtbot, window, rate)
        zone, _caption = expected_newton(rate)
        qtbot.waitUntil(lambda z=zone: gauge.zone() == z)
        assert not any(s in gauge.text() for s in SYMBOLS), gauge.text()
        label = gauge.label  # wrapped, not cut off
        assert label.heightForWidth(label.width()) <= label.contentsRect().height()
    set_rate(qtbot, window, 0.5)
    qtbot.waitUntil(lambda: gauge.zone() == "safe")
    assert gauge.text() == (
        f"safe: each step keeps {words.format_percent(0.5)}% of the distance to the best line"
    )


def test_the_stability_dock_speaks_for_newton(qtbot, window):
    window.stabilityDock.show()
    panel = window.stability
    choose_optimizer(qtbot, window, "newton")
    set_rate(qtbot, window, 0.5)
    box = child(window, "stabilityNumbers")
    qtbot.waitUntil(lambda: box.title() == "Newton's method on this data")
    rows = {label: (raw, norm) for label, raw, norm in panel.table_text() if label}
    assert rows["converges for"] == ("0 < η < 2", "0 < η < 2")
    assert rows["ρ at η = 0.5"] == ("0.5", "0.5")
    stats = window.session.stats
    b0, m0 = window.session.settings.initial_b, window.session.settings.initial_m
    gap0 = model.excess_error(stats, b0, m0)
    steps = math.ceil(math.log(0.01 * stats.sse_star / stats.n / gap0) / (2 * math.log(0.5)))
    assert rows["steps to 1% of E*"] == (str(steps), str(steps))
    legend = [label.text for _, label in panel.legend.items]
    assert "theory: Newton's method" in legend and panel.theory_applies()
    # the predicted gap falls by (1 − η)² per step
    t, gap = panel.theory_iterations, panel.theory_gap
    assert t[0] == 0 and gap[0] == pytest.approx(gap0, rel=1e-9)
    assert gap[1] / gap[0] == pytest.approx(0.25, rel=1e-9)
    choose_optimizer(qtbot, window, "gd")
    qtbot.waitUntil(lambda: box.title() == "Plain gradient descent on this data")
    assert "theory: plain descent" in [label.text for _, label in panel.legend.items]


def test_huber_keeps_the_no_zones_wording_for_newton(qtbot, window):
    from .test_losses_window import choose

    gauge = window.controls.rateGauge
    choose(qtbot, window, "lossInput", "huber")
    choose_optimizer(qtbot, window, "newton")
    qtbot.waitUntil(lambda: "No rate zones" in gauge.text())
    assert not gauge.bar.isVisible() and gauge.zone() == ""

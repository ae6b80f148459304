"""The learning-rate bar in words a 16-year-old can follow: every zone labelled, one name
per zone everywhere, a needle (not a text cursor), and no promise of the optimum for a
stochastic rule."""

from __future__ import annotations

import itertools
import re

from PySide6.QtGui import QColor

from gdviz.core import stability
from gdviz.core.optimizers import optimizer_spec, optimizer_specs

from .helpers import child, type_into


def choose_optimizer(window, name):
    box = child(window, "optimizerInput")
    box.setCurrentIndex(box.findData(name))
    assert window.session.settings.optimizer == name


def test_every_zone_has_a_label_and_one_name_everywhere(qtbot, window):
    gauge = window.controls.rateGauge
    qtbot.waitUntil(lambda: gauge.zone() == "safe")
    assert gauge.zone_labels() == list(stability.ZONES)  # the tutorial's data: all four
    tip = gauge.toolTip()
    for zone in stability.ZONES:
        assert re.search(rf"^{zone}: ", tip, re.M), zone  # each zone explained by its name
    assert "zig" not in tip.lower()
    assert gauge.text().startswith("safe: ")
    for text, zone in (("0.00035", "oscillating"), ("0.001", "divergent"), ("1e-6", "slow")):
        type_into(qtbot, child(window, "learningRateInput"), text)
        qtbot.waitUntil(lambda z=zone: gauge.zone() == z)
        assert gauge.text().startswith(f"{zone}: ")
        assert gauge.toolTip().startswith(f"{zone}: ")
        assert child(window, "transportZoneLabel").text() == zone
    # the labels do not overlap, and each is readable in the control column
    placed = gauge.zoneLabels.placed()
    for (_z1, a, _c1), (_z2, b, _c2) in itertools.pairwise(placed):
        assert a.right() < b.left()
    assert all(0 <= rect.left() and rect.right() <= gauge.width() for _z, rect, _c in placed)


def test_the_caption_stays_on_one_line(qtbot, window):
    gauge = window.controls.rateGauge
    qtbot.waitUntil(lambda: gauge.text() != "")
    for name in ("gd", "sgd", "minibatch"):
        choose_optimizer(window, name)
        label = gauge.label
        assert label.fontMetrics().horizontalAdvance(gauge.text()) <= label.contentsRect().width()


def test_a_stochastic_rule_is_not_promised_convergence(qtbot, window):
    gauge = window.controls.rateGauge
    stochastic = [s.name for s in optimizer_specs() if s.stochastic]
    assert stochastic
    for name in stochastic:
        choose_optimizer(window, name)
        assert optimizer_spec(name).stochastic
        assert gauge.zone() == "safe"
        assert "converges" not in gauge.text(), gauge.text()
        assert gauge.text().startswith("safe: ")
        assert "near the optimum" in gauge.text()
        assert "near the" in gauge.toolTip()
        zone_tip = child(window, "transportZoneLabel").toolTip()
        assert "converges" not in zone_tip.splitlines()[0]
    choose_optimizer(window, "gd")
    assert gauge.text().startswith("safe: converges")


def test_the_marker_is_a_needle_above_and_below_the_bar(qtbot, window):
    gauge = window.controls.rateGauge
    qtbot.waitUntil(lambda: gauge.zone() == "safe")
    bar = gauge.bar
    image = bar.grab().toImage()
    band = bar.band()
    x = round(band.left() + gauge.limits.gauge_position(gauge.learning_rate) * band.width())
    ink = QColor(gauge.theme.panel_foreground)

    def dark(px, py) -> bool:
        colour = QColor(image.pixel(px, py))
        return abs(colour.lightness() - ink.lightness()) < 80

    top, bottom = 1, image.height() - 2
    assert band.top() >= 6 and image.height() - band.bottom() >= 6  # room for the needle
    assert dark(x, top) and dark(x, bottom)  # a triangle above and one below
    assert dark(x - 3, top) and dark(x + 3, top)  # wide at the far end: a triangle
    assert not dark(x - 10, top) and not dark(x + 10, top)

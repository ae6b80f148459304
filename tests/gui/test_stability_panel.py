"""The learning-rate gauge and the stability panel, on the tutorial's data."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QWidget

from gdviz.core import model
from gdviz.core import stability as stab
from gdviz.core.descent import Descent
from gdviz.core.optimizers import make_optimizer


@pytest.fixture
def app(qtbot):
    from gdviz.gui.app import create_app

    return create_app()


@pytest.fixture(scope="module")
def data(seed_xy):
    x, y = seed_xy
    stats = model.fit_statistics(x, y)
    return x, y, stats, model.analyse(stats)


# ---------------------------------------------------------------- gauge
@pytest.fixture
def form(app, qtbot, data):
    """A 300 px wide form: the learning-rate input with the gauge under it, wired up."""
    from gdviz.gui.number_input import NumberInput
    from gdviz.gui.rate_gauge import RateGauge

    host = QWidget()
    layout = QFormLayout(host)
    rate_input = NumberInput(1e-12, 1e9, series=True)
    rate_input.setObjectName("learningRateInput")
    rate_input.setValue(1e-4)
    gauge = RateGauge()
    layout.addRow("Learning rate η", rate_input)
    layout.addRow(gauge)
    gauge.set_limits(stab.rate_limits(data[2]))
    gauge.set_rate(rate_input.value())
    rate_input.valueChanged.connect(gauge.set_rate)
    qtbot.addWidget(host)
    host.resize(300, host.sizeHint().height())
    host.show()
    qtbot.waitExposed(host)
    return host, rate_input, gauge


def type_rate(qtbot, rate_input, text: str) -> None:
    rate_input.lineEdit().selectAll()
    qtbot.keyClicks(rate_input.lineEdit(), text)
    qtbot.keyClick(rate_input.lineEdit(), Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("text", "zone", "line"),
    [
        ("0.0001", "safe", "safe: converges, ρ = 0.9999925"),
        ("0.00035", "oscillating", "oscillating: converges, ρ = 0.999974"),
        ("0.001", "divergent", "divergent: overshoots ×3.98"),
        ("1e-5", "slow", "slow: converges, ρ = 0.99999925"),
    ],
)
def test_gauge_follows_the_typed_rate(qtbot, form, text, zone, line):
    _, rate_input, gauge = form
    type_rate(qtbot, rate_input, text)
    qtbot.waitUntil(lambda: gauge.zone() == zone)
    assert gauge.text() == line
    assert gauge.label.text() == line and gauge.label.isVisible()
    assert gauge.accessibleDescription() == line
    assert "2/λmax" in gauge.toolTip()
    # readable and on one line in a 300 px form
    assert gauge.label.font().pointSizeF() >= 10
    assert gauge.bar.font().pointSizeF() >= 10
    assert gauge.label.fontMetrics().horizontalAdvance(line) <= gauge.label.contentsRect().width()
    assert gauge.width() <= 300


def test_gauge_names_and_empty_state(app, qtbot):
    from gdviz.gui.rate_gauge import RateGauge

    gauge = RateGauge()
    qtbot.addWidget(gauge)
    assert gauge.objectName() == "learningRateZones"
    assert gauge.accessibleName() == "Learning-rate zones"
    gauge.set_rate(1e-4)
    assert gauge.zone() == "" and gauge.text() == ""


def test_gauge_for_the_normalised_problem_and_other_optimizers(form, data):
    _, _, gauge = form
    gauge.set_limits(stab.rate_zone(data[2], 0.2, normalize=True))  # a Zone works too
    gauge.set_rate(0.2)
    assert (gauge.zone(), gauge.text()) == ("safe", "safe: converges, ρ = 0.6")
    gauge.set_rate(1.5)
    assert gauge.zone() == "divergent"
    gauge.set_applies(False)
    assert gauge.text() == "for plain descent: divergent"
    gauge.set_applies(True)
    assert gauge.zone_info().growth_factor == pytest.approx(2.0)


def test_gauge_paints_its_zones(form, data):
    _, _, gauge = form
    image = gauge.bar.grab().toImage()
    y = image.height() // 2
    lim = stab.rate_limits(data[2])
    from PySide6.QtGui import QColor

    from gdviz.gui.rate_gauge import ZONE_COLOURS

    def colour_at(fraction: float) -> str:
        x = round(6 + fraction * (image.width() - 12))
        return QColor(image.pixel(x, y)).name().upper()

    assert colour_at(0.1) == ZONE_COLOURS["slow"].upper()
    assert colour_at(0.95) == ZONE_COLOURS["divergent"].upper()
    osc = (lim.gauge_position(lim.oscillation_learning_rate) + 0.8) / 2
    assert colour_at(osc) == ZONE_COLOURS["oscillating"].upper()


# ---------------------------------------------------------------- panel
@pytest.fixture
def panel(app, qtbot, data):
    from gdviz.gui.stability_panel import StabilityPanel

    p = StabilityPanel()
    qtbot.addWidget(p)
    p.resize(460, 720)
    p.set_data(data[2], data[3])
    p.show()
    qtbot.waitExposed(p)
    return p


def run(data, lr, normalize=False, name="gd", iterations=1000):
    x, y, _, _ = data
    descent = Descent(x, y, make_optimizer(name, learning_rate=lr), normalize=normalize)
    descent.run_to(iterations)
    return descent


def test_panel_numbers_for_the_tutorial(panel, data):
    panel.set_settings(1e-4, False, 0.0, 0.0, "gd")
    assert panel.objectName() == "stabilityPanel"
    rows = {label: (raw, norm) for label, raw, norm in panel.table_text()}
    assert rows["λmin"] == ("0.0755", "2")
    assert rows["λmax"] == ("4,984", "2")
    assert rows["κ = λmax/λmin"] == ("66,031", "1")
    assert rows["2/λmax (limit)"] == ("0.000401", "1")
    assert rows["2/(λmin+λmax) (best)"] == ("0.000401", "0.5")
    assert rows["ρ at η = 0.0001"] == ("0.9999925", "—")
    assert rows["steps to 1% of E*"] == ("51,341", "—")
    assert rows["steps at a good η"] == ("25,671", "9")
    assert "<b>raw data</b>" in panel._headers[0].text()
    panel.set_settings(0.2, True, 0.0, 0.0, "gd")
    rows = {label: (raw, norm) for label, raw, norm in panel.table_text()}
    assert rows["ρ at η = 0.2"] == ("—", "0.6")
    assert "<b>normalised</b>" in panel._headers[1].text()
    assert [c.text() for c in panel._in_use] == ["", "in use"]


def test_gap_plot_has_the_measured_and_the_theory_curve(panel, data):
    from pyqtgraph import PlotWidget

    panel.set_settings(1e-4, False, 0.0, 0.0, "gd")
    descent = run(data, 1e-4)
    h = descent.history()
    panel.set_history(h.iteration, h.error)
    plot = panel.findChild(PlotWidget, "gapPlot")
    assert plot is panel.plot
    assert plot.getPlotItem().getAxis("left").logMode
    mx, my = panel.measured_curve.getOriginalDataset()
    assert len(mx) == len(h.iteration) == 1001 and np.all(my > 0)
    assert np.all(np.isfinite(panel.measured_curve.getData()[1]))  # log10 as drawn
    tx, ty = panel.theory_curve.getOriginalDataset()
    assert np.all(ty > 0)
    assert len(tx) == len(panel.theory_iterations) <= stab.THEORY_SAMPLES
    assert tx[0] == 0 and tx[-1] >= 1000
    # the theory line agrees with the run where both exist
    predicted = stab.gap_curve(data[2], 0.0, 0.0, 1e-4, [0, 500, 1000])
    measured = h.error[[0, 500, 1000]] - data[3].mse_star
    np.testing.assert_allclose(predicted, measured, rtol=1e-6)
    names = [item.opts.get("name") for item in plot.getPlotItem().listDataItems()]
    assert {"measured", "theory: plain descent"} <= set(names)


def test_history_updates_are_cheap(panel, data, monkeypatch):
    panel.set_settings(1e-4, False, 0.0, 0.0, "gd")
    calls = []
    original = stab.theory_curve
    monkeypatch.setattr(stab, "theory_curve", lambda *a, **k: calls.append(1) or original(*a, **k))
    h = run(data, 1e-4, iterations=300).history()
    for stop in range(50, 301, 10):  # 26 frames as the run goes
        panel.set_history(h.iteration[:stop], h.error[:stop])
    assert len(calls) == 2  # only when the range grew: 0..100 -> 0..200 -> 0..500
    panel.set_history(h.iteration, h.error)
    assert len(calls) == 2
    panel.set_settings(1e-4, False, 0.0, 0.0, "gd")  # no change
    assert len(calls) == 2
    panel.set_settings(2e-4, False, 0.0, 0.0, "gd")
    assert len(calls) == 3
    panel.set_history(h.iteration[:1], h.error[:1])  # reset: back to the 0..100 range
    assert len(calls) == 4 and panel.theory_iterations[-1] == 100


def test_divergence_is_marked(panel, data, qtbot):
    panel.set_settings(0.001, False, 0.0, 0.0, "gd")
    descent = run(data, 0.001, iterations=100)
    assert descent.diverged
    h = descent.history()
    panel.set_history(h.iteration, h.error)
    panel.mark_divergence(descent.diverged_at)
    assert panel.divergence_line.isVisible()
    assert panel.divergence_line.value() == descent.diverged_at
    assert panel.divergence_line.label.toPlainText() == f"diverged at {descent.diverged_at}"
    rows = {label: (raw, norm) for label, raw, norm in panel.table_text()}
    assert rows["steps to 1% of E*"] == ("never: diverges", "—")
    _, ty = panel.theory_curve.getOriginalDataset()
    assert np.all(np.isfinite(ty)) and np.all(ty > 0)
    assert np.all(np.isfinite(panel.theory_curve.getData()[1]))
    panel.mark_divergence(None)
    assert not panel.divergence_line.isVisible()


def test_theory_is_greyed_for_other_optimizers(panel, data):
    panel.set_settings(1e-4, False, 0.0, 0.0, "momentum")
    assert not panel.theory_applies()
    labels = [label.text for _, label in panel.legend.items]
    assert "theory line: plain gradient descent" in labels
    assert panel.theory_curve.opts["pen"].color().name() == "#a8a8a8"
    panel.set_settings(1e-4, False, 0.0, 0.0, "gd")
    assert panel.theory_applies()
    assert "theory: plain descent" in [label.text for _, label in panel.legend.items]


def test_gaps_at_the_optimum_are_floored_for_the_log_scale(panel, data):
    panel.set_settings(0.5, True, 0.0, 0.0, "gd")  # reaches the optimum in one step
    h = run(data, 0.5, normalize=True, iterations=20).history()
    panel.set_history(h.iteration, h.error)
    _, gaps = panel.measured_curve.getOriginalDataset()
    floor = stab.gap_floor(data[3].mse_star, h.error[0])
    assert gaps.min() >= floor > 0
    assert np.all(np.isfinite(panel.measured_curve.getData()[1]))
    assert panel.theory_iterations[-1] <= 2  # the prediction ends where it hits the floor

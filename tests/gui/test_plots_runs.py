"""Compared runs drawn by their rule, everywhere, and the results table's numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gdviz.core import words
from gdviz.core.descent import Descent
from gdviz.core.optimizers import make_optimizer, optimizer_spec
from gdviz.core.stability import measured_iterations
from gdviz.gui import style
from gdviz.gui.results_panel import ResultsPanel
from tests.gui.test_plots_legends import _run, compare, run_to


def _colour(pen) -> str:
    return QColor(pen.color()).name()


def _look(pen) -> tuple:
    """What a line looks like: its colour and its dashes (none for a solid line)."""
    dashes = () if pen.style() == Qt.PenStyle.SolidLine else tuple(pen.dashPattern())
    return _colour(pen), pen.style(), dashes


def test_the_same_rule_looks_the_same_in_every_slot_and_every_panel(qtbot, window):
    runs = [_run("gd", 2e-4), _run("adam", 0.5), _run("gd", 5e-5)]
    compare(qtbot, window, runs)
    run_to(qtbot, window, 10)
    theme = window.scatter._theme
    panels = {
        "data": [item.opts["pen"] for item in window.scatter.compare_lines],
        "error": [item.opts["pen"] for item in window.error_panel.compare_curves],
        "contour": [item.opts["pen"] for item in window.contour.compare_paths],
    }
    for name, pens in panels.items():
        looks = [_look(pen) for pen in pens]
        assert looks[0] == looks[2], name  # gd in slot 2 and in slot 4
        assert looks[0] != looks[1], name  # gd and adam differ
        assert _colour(pens[0]) == QColor(style.rule_colour(theme, "gd")).name(), name
        assert _colour(pens[1]) == QColor(style.rule_colour(theme, "adam")).name(), name
    # the same look in every panel
    assert {_look(pens[1]) for pens in panels.values()} == {_look(panels["data"][1])}


def test_a_compared_run_is_never_drawn_like_the_least_squares_line(qtbot, window):
    compare(qtbot, window, [_run(spec.name, 1e-5) for spec in _rules()])
    least_squares = _look(window.scatter.optimum_line.opts["pen"])
    main = _look(window.scatter.line.opts["pen"])
    for item in window.scatter.compare_lines:
        look = _look(item.opts["pen"])
        assert look != least_squares
        assert look[0] != least_squares[0]  # not even its colour
        assert look[0] != main[0]  # nor the main run's
        assert look[0] != QColor(window.scatter._theme.points).name()  # nor the data's


def _rules():
    return [optimizer_spec(name) for name in ("gd", "sgd", "momentum")]


def test_the_results_table_shows_the_core_s_numbers(qtbot, window, seed_xy):
    table = ResultsPanel()
    qtbot.addWidget(table)
    window.results_panel = table  # where the window puts it is the window's business
    table.show()
    runs = [_run("gd", 2e-4), _run("momentum", 1e-5)]
    compare(qtbot, window, runs)
    run_to(qtbot, window, 120)
    qtbot.waitUntil(lambda: table.title.text() == "Results at iteration 120", timeout=5000)
    cells = table.cells()
    assert len(cells) == 3
    stats = window.session.stats
    scales = words.scales(stats)
    mse_star = window.analysis.mse_star
    for row, (name, rate) in zip(
        cells, [("gd", 1e-4), ("gd", 2e-4), ("momentum", 1e-5)], strict=True
    ):
        core = Descent(*seed_xy, make_optimizer(name, learning_rate=rate))
        core.run_to(120)
        rows = core.history()
        assert float(row[1]) == pytest.approx(core.b, rel=5e-6)
        assert float(row[2]) == pytest.approx(core.m, rel=5e-6)
        assert float(row[3]) == pytest.approx(core.error, rel=5e-6)
        assert row[1:4] == [
            words.format_value(core.b, scales.b),
            words.format_value(core.m, scales.m),
            words.format_value(core.error, scales.error),
        ]
        within = measured_iterations(rows.iteration, rows.error, mse_star)
        assert row[4] == ("not yet" if within is None else f"iteration {within}")
    assert "η=0.0002" in cells[1][0] and "momentum" in cells[2][0]


def test_the_results_table_says_when_a_run_diverged(qtbot, window):
    table = ResultsPanel()
    qtbot.addWidget(table)
    window.results_panel = table
    table.show()
    compare(qtbot, window, [_run("gd", 1e-3)])
    run_to(qtbot, window, 300)
    qtbot.waitUntil(lambda: table.cells()[1][4].startswith("diverged at"), timeout=5000)
    run = window.session.runs[1]
    assert table.cells()[1][4] == f"diverged at {run.diverged_at}"

"""Legends a class can read: never over the data, and naming every run, compared ones too."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF

from gdviz.core.settings import RunSettings
from tests.gui.helpers import click, run_to

FIVE_POINTS = Path(__file__).resolve().parents[2] / "data" / "five_points.csv"


def _run(name: str, learning_rate: float) -> RunSettings:
    base = RunSettings().with_optimizer(name)
    return base.replace(hyperparameters={**base.hyperparameters, "learning_rate": learning_rate})


def compare(qtbot, window, runs) -> None:
    window.compare_box.set_configs(runs)
    click(qtbot, window, "compareApplyButton")
    qtbot.waitUntil(lambda: len(window.session.runs) == len(runs) + 1, timeout=5000)


def scene_points(plot, xs, ys) -> list[QPointF]:
    vb = plot.getPlotItem().getViewBox()
    return [vb.mapViewToScene(QPointF(float(x), float(y))) for x, y in zip(xs, ys, strict=True)]


def legend_rects(legends):
    """The scene boxes of the legends shown (the corner one, the strip beside the view)."""
    return [
        legend.mapRectToScene(legend.boundingRect())
        for legend in (legends.corner, legends.strip)
        if legend.isVisible() and legend.items
    ]


def points_under(legends, points) -> list:
    return [p for rect in legend_rects(legends) for p in points if rect.contains(p)]


def settle_layout(qtbot, window) -> None:
    qtbot.wait(150)  # the legend is placed again once the layout has settled


def test_the_data_legend_covers_none_of_five_points(qtbot, make_window):
    """The issue: the legend sat on one of the five points and faded it."""
    window = make_window(FIVE_POINTS)
    window.show()
    qtbot.waitExposed(window)
    for size in ((1280, 720), (1280, 650), (900, 600)):
        window.resize(*size)
        settle_layout(qtbot, window)
        scatter = window.scatter
        x, y = window.data_arrays
        assert x.size == 5
        assert points_under(scatter.legends, scene_points(scatter, x, y)) == [], size
        assert all(rect.width() > 0 for rect in legend_rects(scatter.legends))


def test_the_data_legend_covers_no_point_of_the_tutorial_data(qtbot, window):
    settle_layout(qtbot, window)
    x, y = window.data_arrays
    scatter = window.scatter
    assert points_under(scatter.legends, scene_points(scatter, x, y)) == []
    assert {"data", "least squares", "current line"} <= set(scatter.legends.labels())


def test_compared_runs_are_in_both_legends_and_cover_nothing(qtbot, window):
    runs = [_run("gd", 2e-4), _run("momentum", 1e-5), _run("adam", 0.5)]
    compare(qtbot, window, runs)
    run_to(qtbot, window, 60)
    settle_layout(qtbot, window)
    names = ("gradient descent η=0.0002", "momentum η=1e-5", "Adam η=0.5")
    scatter, error = window.scatter, window.error_panel
    for legends in (scatter.legends, error.legends):
        labels = legends.labels()
        for name in names:
            assert any(name in label for label in labels), (name, labels)
    x, y = window.data_arrays
    assert points_under(scatter.legends, scene_points(scatter, x, y)) == []
    # the error legend covers no curve
    for curve in (error.curve, *error.compare_curves):
        xs, ys = curve.getData()
        assert points_under(error.legends, scene_points(error, xs, ys)) == []


def test_the_scatter_legend_never_covers_points_it_is_given(qtbot):
    """Clouds of every shape, in a small panel: the legend finds a corner or goes beside."""
    from gdviz.gui.scatter_panel import ScatterPanel

    panel = ScatterPanel()
    qtbot.addWidget(panel)
    panel.resize(470, 250)
    panel.show()
    qtbot.waitExposed(panel)
    rng = np.random.default_rng(3)
    clouds = [
        (np.arange(1.0, 6.0), np.array([2.1, 3.9, 6.2, 7.8, 10.1])),
        (rng.uniform(0, 1, 300), rng.uniform(0, 1, 300)),  # no empty corner at all
        (rng.normal(0, 1, 200), rng.normal(0, 1, 200) ** 2),
    ]
    for x, y in clouds:
        panel.set_data(x, y, "x", "y", (0.0, 1.0))
        panel.set_runs(["gd η=0.0002", "adam η=0.5"], ["gd", "adam"])
        qtbot.wait(100)
        assert points_under(panel.legends, scene_points(panel, x, y)) == []

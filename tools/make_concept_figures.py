"""Draw the pictures of Help > Concepts from gdviz's own arithmetic.

Run ``python tools/make_concept_figures.py`` from the repository root after changing the
arithmetic, the rules or the drawing below; it needs no display (Qt's offscreen platform)
and writes the PNGs the pages in ``resources/concepts/`` show:

- ``error-surface.png``: the tutorial data's error over (b, m) as contours, with the
  first steps of plain gradient descent on it;
- ``gradient.png``: the gradient and the step against it at one line, on the contours of
  the standardised problem (a round bowl, drawn with equal axes, so "across the contour
  lines" is what the eye sees);
- ``learning-rate.png``: error curves of three runs whose rates are too small, about
  right and too large, picked from the stability limits of :mod:`gdviz.core.stability`;
- ``convergence.png``: a run's distance from the least error, the tolerance and the
  iteration at which the descent called the run converged;
- ``normalisation.png``: the raw narrow valley and the normalised round bowl side by side,
  each with the path of the same number of steps;
- ``optimizers.png``: a race of every full-batch rule registered, at its own defaults.

Every number drawn comes from :mod:`gdviz.core` (``Descent`` runs, ``surface``, ``model``,
``stability``); the figures are sized to be read on a projector at 1280x720.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gdviz.core import geometry, model, stability, surface  # noqa: E402
from gdviz.core.data import load_dataset  # noqa: E402
from gdviz.core.descent import Descent  # noqa: E402
from gdviz.core.optimizers import DEFAULT_OPTIMIZER, make_optimizer, optimizer_specs  # noqa: E402
from gdviz.core.scaling import standardising  # noqa: E402
from gdviz.core.words import format_number  # noqa: E402
from gdviz.gui import style  # noqa: E402
from gdviz.gui.theme import LIGHT  # noqa: E402
from gdviz.resources import default_data_path  # noqa: E402

OUT = REPO / "resources" / "concepts"
#: Every figure's size in pixels: shown at about this size in the Concepts window.
WIDTH, HEIGHT = 800, 440
TICK_PX, LABEL_PX, TITLE_PX = 18, 20, 22
BANDS = 14


# ---------------------------------------------------------------------------- drawing
def _font(pixels: int) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    return font


def _figure(width: int = WIDTH, height: int = HEIGHT) -> pg.GraphicsLayoutWidget:
    figure = pg.GraphicsLayoutWidget()
    figure.setBackground(style.PAPER)
    figure.resize(width, height)
    figure.ci.setContentsMargins(6, 6, 14, 6)
    return figure


def _plot(figure, title: str, x_label: str, y_label: str, log_y: bool = False, col=None):
    axes = {"left": style.PlainAxis("left"), "bottom": style.PlainAxis("bottom")}
    plot = figure.addPlot(col=col, axisItems=axes)
    plot.setTitle(title, color=style.INK, size=f"{TITLE_PX}px")
    for side, text in (("bottom", x_label), ("left", y_label)):
        axis = plot.getAxis(side)
        axis.setPen(style.INK)
        axis.setTextPen(style.INK)
        axis.setTickFont(_font(TICK_PX))
        axis.setLabel(text, color=style.INK, **{"font-size": f"{LABEL_PX}px"})
    plot.setLogMode(y=log_y)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    return plot


def _legend(plot, offset=(-10, 10)):
    legend = plot.addLegend(
        offset=offset, labelTextSize=f"{LABEL_PX - 2}px", labelTextColor=style.INK
    )
    legend.setBrush(pg.mkBrush(255, 255, 255, 230))
    legend.setPen(pg.mkPen(style.GREY))
    return legend


def _save(figure, name: str) -> Path:
    figure.show()
    for _ in range(3):
        QApplication.processEvents()
    path = OUT / name
    figure.grab().save(str(path))
    figure.close()
    print(f"wrote {path.relative_to(REPO)}")
    return path


def _contours(plot, stats, extent: surface.SurfaceRange, scaling=None) -> None:
    """The error over ``extent`` as the window's banded heat map (14 bands of log error)."""
    grid = surface.surface(stats, extent, resolution=400, scaling=scaling)
    bands = surface.error_bands(
        grid.error, model.mse(stats, stats.intercept_star, stats.slope_star)
    )
    image = pg.ImageItem(bands.index, axisOrder="row-major", levels=(0, BANDS - 1))
    image.setColorMap(pg.colormap.get("viridis"))
    image.setRect(
        QRectF(extent.b_min, extent.m_min, extent.b_max - extent.b_min, extent.m_max - extent.m_min)
    )
    plot.addItem(image)
    plot.setRange(
        xRange=(extent.b_min, extent.b_max), yRange=(extent.m_min, extent.m_max), padding=0
    )


def _path(plot, b, m, dots: int = 0) -> None:
    """A run's path in vermilion over a white halo; its first ``dots`` steps marked."""
    plot.plot(b, m, pen=pg.mkPen("#FFFFFF", width=7))
    plot.plot(b, m, pen=pg.mkPen(style.VERMILION, width=4))
    if dots:
        plot.plot(
            b[: dots + 1],
            m[: dots + 1],
            pen=None,
            symbol="o",
            symbolSize=13,
            symbolBrush=style.VERMILION,
            symbolPen=pg.mkPen("#FFFFFF", width=2),
        )
    plot.plot(
        [b[0]],
        [m[0]],
        pen=None,
        symbol="s",
        symbolSize=18,
        symbolBrush="#FFFFFF",
        symbolPen=pg.mkPen(style.INK, width=2),
    )


def _optimum(plot, b, m) -> None:
    plot.plot(
        [b],
        [m],
        pen=None,
        symbol="star",
        symbolSize=28,
        symbolBrush="#FFFFFF",
        symbolPen=pg.mkPen(style.INK, width=1.5),
    )


def _text(plot, text: str, x: float, y: float, anchor=(0, 0.5), colour=style.INK, fill=None):
    item = pg.TextItem(text, color=colour, anchor=anchor, fill=fill)
    item.setFont(_font(LABEL_PX))
    item.setPos(x, y)
    plot.addItem(item)
    return item


# ---------------------------------------------------------------------------- the data
def tutorial():
    d = load_dataset(default_data_path())
    return d.x, d.y, model.fit_statistics(d.x, d.y)


def _run(x, y, name: str, iterations: int, normalize: bool = False, **hyperparams) -> Descent:
    descent = Descent(x, y, make_optimizer(name, **hyperparams), normalize=normalize)
    descent.run_to(iterations)
    return descent


# ---------------------------------------------------------------------------- the figures
def error_surface(x, y, stats) -> None:
    run = _run(x, y, DEFAULT_OPTIMIZER, 400)
    h = run.history()
    extent = surface.surface_range(stats, h.b, h.m)
    figure = _figure()
    plot = _plot(
        figure, "Error of every line (b, m): dark = small error", "b (intercept)", "m (slope)"
    )
    _contours(plot, stats, extent)
    _path(plot, h.b, h.m, dots=6)
    _optimum(plot, stats.intercept_star, stats.slope_star)
    _text(plot, "start", h.b[0], h.m[0], anchor=(-0.25, 0.5), colour="#FFFFFF")
    _text(
        plot,
        "best line",
        stats.intercept_star,
        stats.slope_star,
        anchor=(0.5, 1.1),
        colour="#FFFFFF",
    )
    _save(figure, "error-surface.png")


def gradient(x, y, stats) -> None:
    """The gradient and the step against it, in standardised units with equal axes.

    Normalised descent works on the standardised data's error, whose gradient in
    ``(b′, m′)`` is the data's own gradient (chain rule) divided by ``y_scale²``.
    """
    scaling = standardising(stats)
    centre = np.array(scaling.to_scaled(stats.intercept_star, stats.slope_star))
    here = centre + np.array([-2.0, 1.4])  # a line up the bowl's side
    b, m = scaling.to_original(*here)
    grad = np.array(scaling.gradient_to_scaled(*model.gradient(stats, b, m)))
    grad /= scaling.y_scale**2
    rate = 0.3
    figure = _figure()
    plot = _plot(figure, "The gradient points uphill; a step goes against it", "b′", "m′")
    plot.setAspectLocked(True)
    half = 2.9
    extent = surface.SurfaceRange(
        centre[0] - 2 * half, centre[0] + 2 * half, centre[1] - half, centre[1] + half
    )
    _contours(plot, stats, extent, scaling=scaling)
    _optimum(plot, *centre)
    figure.show()
    QApplication.processEvents()
    px, py = plot.getViewBox().viewPixelSize()
    uphill = here + 0.3 * grad  # the gradient's arrow, at a length that fits the map
    step = here - rate * grad
    arrows = (
        (uphill, "#FFFFFF", "gradient ∇E: uphill", (-0.06, 0.5)),
        (step, style.VERMILION, f"step −η∇E (η = {format_number(rate)})", (-0.05, 0.5)),
    )
    for tip, colour, words, anchor in arrows:
        xs, ys = geometry.arrow_path(*here, *tip, px, py, head_px=22)
        plot.plot(xs, ys, pen=pg.mkPen(style.INK, width=9), connect="finite")
        plot.plot(xs, ys, pen=pg.mkPen(colour, width=5), connect="finite")
        _text(plot, words, *tip, anchor=anchor, fill=pg.mkBrush(255, 255, 255, 225))
    plot.plot(
        [here[0]],
        [here[1]],
        pen=None,
        symbol="o",
        symbolSize=18,
        symbolBrush=style.VERMILION,
        symbolPen=pg.mkPen("#FFFFFF", width=2),
    )
    _save(figure, "gradient.png")


def learning_rate(x, y, stats) -> None:
    """Too small, about right and too large, from the rate limits of the stability theory."""
    limits = stability.rate_limits(stats)
    diverges = 2.0 / limits.lambda_max  # plain descent grows beyond this rate
    too_large = stability.round_down_125(1.3 * diverges)
    assert too_large > diverges, (too_large, diverges)
    rates = (
        ("too small", stability.round_down_125(limits.slow_learning_rate / 4), style.BLUE),
        ("about right", stability.safe_learning_rate(stats), style.GREEN),
        ("too large", too_large, style.VERMILION),
    )
    figure = _figure()
    plot = _plot(
        figure,
        "Error per iteration for three learning rates",
        "iteration",
        "error (log scale)",
        log_y=True,
    )
    iterations = 40
    _legend(plot)
    for words, rate, colour in rates:
        run = _run(x, y, DEFAULT_OPTIMIZER, iterations, learning_rate=rate)
        h = run.history()
        plot.plot(
            h.iteration,
            h.error,
            pen=pg.mkPen(colour, width=4),
            symbol="o",
            symbolSize=7,
            symbolBrush=colour,
            symbolPen=None,
            name=f"{words}: η = {format_number(rate)}",
        )
    plot.setYRange(math.log10(stats.sse_star / stats.n) - 0.2, 6.5, padding=0)
    plot.setXRange(0, iterations, padding=0.02)
    _save(figure, "learning-rate.png")


def convergence(x, y, stats) -> None:
    rate = 0.05
    run = _run(x, y, DEFAULT_OPTIMIZER, 160, normalize=True, learning_rate=rate)
    h = run.history()
    best = model.mse(stats, stats.intercept_star, stats.slope_star)
    tolerance = run.tol * stats.y_var
    gap = stability.measured_gap(h.error, best, stability.gap_floor(best, h.error[0]))
    figure = _figure()
    plot = _plot(
        figure,
        f"Distance from the least error (normalised, η = {format_number(rate)})",
        "iteration",
        "error − least error (log)",
        log_y=True,
    )
    plot.plot(h.iteration, gap, pen=pg.mkPen(style.VERMILION, width=4))
    plot.addItem(
        pg.InfiniteLine(
            pos=math.log10(tolerance),
            angle=0,
            pen=pg.mkPen(style.GREEN, width=3, style=Qt.PenStyle.DashLine),
        )
    )
    k = run.converged_at
    plot.addItem(
        pg.InfiniteLine(
            pos=k, angle=90, pen=pg.mkPen(style.INK, width=2, style=Qt.PenStyle.DotLine)
        )
    )
    _text(plot, "tolerance", 8, math.log10(tolerance), anchor=(0, 1.05), colour=style.GREEN)
    _text(plot, f"converged at\niteration {k}", k, math.log10(gap[0]) - 1, anchor=(-0.05, 0.5))
    plot.setXRange(0, h.iteration[-1], padding=0.02)
    _save(figure, "convergence.png")
    return k


def normalisation(x, y, stats) -> None:
    """The same 40 steps on the raw valley and on the normalised bowl."""
    steps = 40
    figure = _figure(WIDTH, HEIGHT)
    raw = _run(x, y, DEFAULT_OPTIMIZER, steps).history()
    rate = stability.safe_learning_rate(stats, normalize=True)
    scaled_run = _run(x, y, DEFAULT_OPTIMIZER, steps, normalize=True, learning_rate=rate)
    scaled = scaled_run.history()
    left = _plot(figure, "Raw: a narrow valley", "b", "m", col=0)
    _contours(left, stats, surface.surface_range(stats, raw.b, raw.m))
    _path(left, raw.b, raw.m, dots=steps)
    _optimum(left, stats.intercept_star, stats.slope_star)
    scaling = standardising(stats)
    bs, ms = scaling.to_scaled(scaled.b, scaled.m)
    cb, cm = scaling.to_scaled(stats.intercept_star, stats.slope_star)
    side = 1.3 * max(np.max(np.abs(bs - cb)), np.max(np.abs(ms - cm)))
    right = _plot(figure, "Normalised: a round bowl", "b′", "m′", col=1)
    right.setAspectLocked(True)
    extent = surface.SurfaceRange(cb - side, cb + side, cm - side, cm + side)
    _contours(right, stats, extent, scaling=scaling)
    _path(right, bs, ms, dots=steps)
    _optimum(right, cb, cm)
    _save(figure, "normalisation.png")


def optimizers(x, y, stats) -> None:
    """Every full-batch rule at its own defaults, from the same start, for 3000 steps."""
    iterations = 3000
    best = model.mse(stats, stats.intercept_star, stats.slope_star)
    floor = stability.gap_floor(best, model.mse(stats, 0.0, 0.0))
    figure = _figure()
    plot = _plot(
        figure, "A race on the tutorial data", "iteration", "error − least error (log)", log_y=True
    )
    legend = pg.LegendItem(
        labelTextSize=f"{LABEL_PX - 2}px", labelTextColor=style.INK, verSpacing=-4
    )
    figure.addItem(legend, col=1)
    for spec in optimizer_specs():
        if spec.stochastic:
            continue  # their noisy curves would hide the others
        try:
            h = _run(x, y, spec.name, iterations).history()
        except (TypeError, ValueError) as error:  # a rule the descent cannot run yet
            print(f"optimizers.png: left out {spec.name} ({error})", file=sys.stderr)
            continue
        gap = stability.measured_gap(h.error, best, floor)
        curve = plot.plot(h.iteration, gap, pen=style.rule_pen(LIGHT, spec.name, 4))
        legend.addItem(curve, spec.label)
    plot.setXRange(0, iterations, padding=0.02)
    _save(figure, "optimizers.png")


def main() -> None:
    QApplication.instance() or QApplication([])
    pg.setConfigOptions(antialias=True)
    OUT.mkdir(parents=True, exist_ok=True)
    x, y, stats = tutorial()
    for draw in (error_surface, gradient, learning_rate, convergence, normalisation, optimizers):
        draw(x, y, stats)


if __name__ == "__main__":
    main()

"""Data panel: the points, the current line, residuals and the least-squares line."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from ..core import geometry
from . import style

__all__ = ["ScatterPanel"]

#: More points than this are drawn as a sample (the math still uses every point).
MAX_DRAWN_POINTS = 20_000
MAX_DRAWN_RESIDUALS = 2_000


class ScatterPanel(pg.PlotWidget):
    """The scatter of (x, y) with the line ``y = m*x + b`` of the current iteration."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scatterPlot")
        self.setAccessibleName("Data and fitted line")
        style.style_plot(self, "Data and the current line", "x", "y")
        self.addLegend(offset=(10, 10), labelTextSize="11pt")
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._drawn = np.empty(0, dtype=np.intp)
        self._x_range = (0.0, 1.0)
        self._current = (0.0, 0.0)

        self.residuals_above = pg.PlotDataItem(
            pen=style.pen(style.ABOVE_COLOUR, 1.5), connect="pairs"
        )
        self.residuals_below = pg.PlotDataItem(
            pen=style.pen(style.BELOW_COLOUR, 1.5), connect="pairs"
        )
        self.points = pg.ScatterPlotItem(
            size=9,
            brush=pg.mkBrush(style.POINT_COLOUR),
            pen=pg.mkPen("w", width=0.8),
            name="data",
        )
        self.optimum_line = pg.PlotDataItem(
            pen=style.pen(style.OPTIMUM_COLOUR, 2.5, dashed=True), name="least squares"
        )
        self.line = pg.PlotDataItem(pen=style.pen(style.LINE_COLOUR, 3.5), name="current line")
        for item in (self.residuals_above, self.residuals_below, self.points):
            self.addItem(item)
        self.addItem(self.optimum_line)
        self.addItem(self.line)
        self.show_residuals = True
        self.show_optimum = True

    # ------------------------------------------------------------------ data
    def set_data(
        self, x: np.ndarray, y: np.ndarray, x_name: str, y_name: str, optimum: tuple[float, float]
    ) -> None:
        """New data set: points, axis names and the least-squares line ``(b*, m*)``."""
        self._x, self._y = x, y
        if x.size > MAX_DRAWN_POINTS:
            self._drawn = np.random.default_rng(0).choice(x.size, MAX_DRAWN_POINTS, replace=False)
            title = f"Data ({MAX_DRAWN_POINTS:,} of {x.size:,} points drawn) and the current line"
        else:
            self._drawn = np.arange(x.size)
            title = "Data and the current line"
        self.getPlotItem().setTitle(title, size=style.TITLE_SIZE)
        self.points.setData(x[self._drawn], y[self._drawn])
        style.set_axis_labels(self, x_name, y_name)
        self._x_range = geometry.span(x, 0.05)
        self.optimum_line.setData(*geometry.line_through(*optimum, *self._x_range))
        self.optimum_line.setVisible(self.show_optimum)
        self.getPlotItem().enableAutoRange()
        self.getPlotItem().autoRange()
        self.setXRange(*self._x_range, padding=0.02)
        self.setYRange(*geometry.span(y, 0.08), padding=0.02)

    def set_line(self, b: float, m: float) -> None:
        """Move the current line (and its residuals) to ``y = m*x + b``."""
        self._current = (b, m)
        self.getPlotItem().disableAutoRange()
        self.line.setData(*geometry.line_through(b, m, *self._x_range))
        self._update_residuals()

    def set_show_residuals(self, show: bool) -> None:
        self.show_residuals = show
        self._update_residuals()

    def set_show_optimum(self, show: bool) -> None:
        self.show_optimum = show
        self.optimum_line.setVisible(show)

    def _update_residuals(self) -> None:
        visible = self.show_residuals and self._x.size > 0
        self.residuals_above.setVisible(visible)
        self.residuals_below.setVisible(visible)
        if not visible:
            return
        idx = self._drawn[:MAX_DRAWN_RESIDUALS]
        xs, ys, sign = geometry.residual_segments(self._x[idx], self._y[idx], *self._current)
        above = np.repeat(sign >= 0, 2)
        self.residuals_above.setData(xs[above], ys[above], connect="pairs")
        self.residuals_below.setData(xs[~above], ys[~above], connect="pairs")

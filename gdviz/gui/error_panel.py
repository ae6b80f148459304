"""Error curve: the mean squared error at every iteration, with the optimum E*."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from . import style
from .number_input import format_number

__all__ = ["ErrorPanel"]


class ErrorPanel(pg.PlotWidget):
    """MSE per iteration; optional log scale; a dashed line at the least-squares error."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("errorPlot")
        self.setAccessibleName("Error per iteration")
        style.style_plot(self, "Error per iteration", "iteration", "error (MSE)")
        self.addLegend(offset=(-10, 10), labelTextSize="11pt")
        self.curve = pg.PlotDataItem(pen=style.pen(style.BLUE, 2.5), name="error")
        self.current = pg.ScatterPlotItem(
            size=12, brush=pg.mkBrush(style.LINE_COLOUR), pen=pg.mkPen("w", width=1)
        )
        self.optimum = pg.InfiniteLine(
            angle=0,
            pen=style.pen(style.OPTIMUM_COLOUR, 2, dashed=True),
            label="E* = {value}",
            labelOpts={"position": 0.85, "color": style.GREEN, "fill": (255, 255, 255, 200)},
        )
        self.optimum_label = "E*"
        self.addItem(self.curve)
        self.addItem(self.optimum)
        self.addItem(self.current)
        self._optimum_error = 0.0
        self._log = False

    def set_optimum(self, error: float) -> None:
        self._optimum_error = error
        self.optimum.label.setFormat(f"E* = {format_number(error)}")
        self._place_optimum()

    def set_curve(self, iterations: np.ndarray, errors: np.ndarray) -> None:
        """The curve so far (a few thousand points: long runs come decimated, peaks kept)."""
        if self._log:
            errors = np.maximum(errors, np.finfo(np.float64).tiny)
        self.curve.setData(iterations, errors)
        if iterations.size:
            self.current.setData([iterations[-1]], [errors[-1]])
        self.getPlotItem().enableAutoRange()

    def set_log_scale(self, log: bool) -> None:
        self._log = log
        self.getPlotItem().setLogMode(x=False, y=log)
        self._place_optimum()

    @property
    def log_scale(self) -> bool:
        return self._log

    def _place_optimum(self) -> None:
        value = self._optimum_error
        if self._log:
            value = np.log10(max(value, np.finfo(np.float64).tiny))
        self.optimum.setValue(value)

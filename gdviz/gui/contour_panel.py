"""Contour panel: the error over (b, m) as a heat map with contours, path and optimum.

The same class stands in for the 3D view when OpenGL is unavailable.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from ..core import surface as core_surface
from . import style

__all__ = ["ContourPanel"]

#: Colour bands, evenly spaced in log10(E - E*): their edges are the contour lines.
BANDS = 14


class ContourPanel(pg.PlotWidget):
    """Banded heat map of ``log10(E - E*)`` (filled contours), the path and the optimum."""

    def __init__(
        self, parent=None, *, object_name="contourPlot", title="Error contours over (b, m)"
    ):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(title)
        style.style_plot(self, title, "b (intercept)", "m (slope)")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.addItem(self.image)
        self.path = pg.PlotDataItem(pen=style.pen(style.PATH_COLOUR, 3))
        self.start = pg.ScatterPlotItem(
            size=12, symbol="s", brush=pg.mkBrush("w"), pen=pg.mkPen(style.INK, width=1.5)
        )
        self.current = pg.ScatterPlotItem(
            size=16, brush=pg.mkBrush(style.PATH_COLOUR), pen=pg.mkPen("w", width=2)
        )
        self.optimum = pg.ScatterPlotItem(
            size=22, symbol="star", brush=pg.mkBrush("w"), pen=pg.mkPen(style.GREEN, width=2.5)
        )
        for item in (self.path, self.start, self.optimum, self.current):
            self.addItem(item)
        self.getPlotItem().setMenuEnabled(True)

    def set_surface(
        self, b: np.ndarray, m: np.ndarray, error: np.ndarray, optimum: tuple[float, float, float]
    ) -> None:
        """A new grid (``error`` is ``(len(m), len(b))``, row-major) and the optimum."""
        bands = core_surface.banded(core_surface.log_excess(error, optimum[2]), BANDS)
        self.image.setImage(bands, levels=(0, BANDS - 1))
        self.image.setRect(QRectF(b[0], m[0], b[-1] - b[0], m[-1] - m[0]))
        self.optimum.setData([optimum[0]], [optimum[1]])
        self.setXRange(b[0], b[-1], padding=0)
        self.setYRange(m[0], m[-1], padding=0)

    def set_path(self, b: np.ndarray, m: np.ndarray, error: np.ndarray | None = None) -> None:
        """The path so far (already sampled); the last point is the current state."""
        self.path.setData(b, m)
        if b.size:
            self.start.setData([b[0]], [m[0]])
            self.current.setData([b[-1]], [m[-1]])

"""Contour panel: the error over (b, m) as a heat map with contours, path and optimum.

The same class stands in for the 3D view when OpenGL is unavailable.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from ..core import geometry
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
        self._title = title
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
        self.gradient_arrow = pg.PlotDataItem(pen=style.pen(style.INK, 2.5), connect="finite")
        self.step_arrow = pg.PlotDataItem(pen=style.pen("#FFFFFF", 2.5), connect="finite")
        self.compare_paths: list[pg.PlotDataItem] = []
        self.compare_points: list[pg.ScatterPlotItem] = []
        self.divergence = pg.ScatterPlotItem(
            size=22, symbol="x", brush=pg.mkBrush("#C00000"), pen=pg.mkPen("w", width=1)
        )
        self.divergence.setVisible(False)
        for item in (self.path, self.start, self.optimum, self.current, self.divergence):
            self.addItem(item)
        self.addItem(self.step_arrow)
        self.addItem(self.gradient_arrow)
        self.getPlotItem().setMenuEnabled(True)
        self.show_arrows = True

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
            self.divergence.setData([b[-1]], [m[-1]])

    def mark_divergence(self, diverged: bool) -> None:
        """A red cross on the last finite point, where the next step blew up."""
        self.divergence.setVisible(diverged)

    def set_axis_names(self, b_label: str, m_label: str, z_label: str = "") -> None:
        style.set_axis_labels(self, b_label, m_label)

    def set_standardised(self, on: bool) -> None:
        """Standardised coefficients share units: keep one unit as long on both axes."""
        self.getPlotItem().vb.setAspectLocked(on, ratio=1.0)
        title = "Error contours over (b′, m′)" if on else self._title
        self.getPlotItem().setTitle(title, size=style.TITLE_SIZE)

    def set_runs(self, count: int) -> None:
        """Make room for ``count`` compared runs' paths (each in its run colour)."""
        for item in self.compare_paths + self.compare_points:
            self.removeItem(item)
        self.compare_paths, self.compare_points = [], []
        for i in range(1, count + 1):
            colour = style.RUN_COLOURS[i]
            path = pg.PlotDataItem(pen=style.pen(colour, 2.5))
            point = pg.ScatterPlotItem(size=13, brush=pg.mkBrush(colour), pen=pg.mkPen("w"))
            self.addItem(path)
            self.addItem(point)
            self.compare_paths.append(path)
            self.compare_points.append(point)

    def set_compare_path(self, index: int, b: np.ndarray, m: np.ndarray, error=None) -> None:
        """Path of compared run ``index`` (run 2 is index 1)."""
        self.compare_paths[index - 1].setData(b, m)
        if b.size:
            self.compare_points[index - 1].setData([b[-1]], [m[-1]])

    def set_arrows(self, point, gradient, previous) -> None:
        """Arrows at the shown point: the negative gradient, and the step that led there.

        Parameters
        ----------
        point : (b, m) or (b, m, error)
        gradient : (∂E/∂b, ∂E/∂m) at ``point``; drawn as -gradient, 70 pixels long
        previous : (b, m[, error]) of the iteration before, or None at iteration 0
        """
        scale = style.pixel_size(self) if self.show_arrows else None
        visible = scale is not None  # no arrows in a view squeezed to nothing
        self.gradient_arrow.setVisible(visible)
        self.step_arrow.setVisible(visible and previous is not None)
        if not visible:
            return
        px, py = scale
        b, m = point[0], point[1]
        db, dm = geometry.direction_of_length(-gradient[0], -gradient[1], px, py, 70.0)
        self.gradient_arrow.setData(*geometry.arrow_path(b, m, b + db, m + dm, px, py))
        if previous is not None:
            self.step_arrow.setData(*geometry.arrow_path(previous[0], previous[1], b, m, px, py))

    def set_show_arrows(self, show: bool) -> None:
        self.show_arrows = show
        self.gradient_arrow.setVisible(show)
        self.step_arrow.setVisible(show)

"""Contour panel: the error over (b, m) as a heat map with contours, path and optimum.

The same class stands in for the 3D view when OpenGL is unavailable.

The panel owns its look (:meth:`ContourPanel.apply_theme`). Marks on the heat map keep
white and near-black outlines in every theme: they stand out against the colour map,
not against the background.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from ..core import geometry
from ..core import surface as core_surface
from . import style
from .theme import LIGHT, Theme

__all__ = ["ContourPanel"]

#: Colour bands, evenly spaced in log10(E - E*): their edges are the contour lines.
BANDS = 14
#: Outlines and fills of marks on the heat map, the same in every theme.
ON_MAP_LIGHT = "#FFFFFF"
ON_MAP_DARK = style.INK


class ContourPanel(pg.PlotWidget):
    """Banded heat map of ``log10(E - E*)`` (filled contours), the path and the optimum."""

    def __init__(
        self, parent=None, *, object_name="contourPlot", title="Error contours over (b, m)"
    ):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(title)
        self._title = title
        self._shown_title = title
        self._axis_names = ("b (intercept)", "m (slope)")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.addItem(self.image)
        self.path = pg.PlotDataItem()
        self.start = pg.ScatterPlotItem(symbol="s")
        self.current = pg.ScatterPlotItem()
        self.optimum = pg.ScatterPlotItem(symbol="star")
        self.gradient_arrow = pg.PlotDataItem(connect="finite")
        self.step_arrow = pg.PlotDataItem(connect="finite")
        self.compare_paths: list[pg.PlotDataItem] = []
        self.compare_points: list[pg.ScatterPlotItem] = []
        self.divergence = pg.ScatterPlotItem(symbol="x")
        self.divergence.setVisible(False)
        for item in (self.path, self.start, self.optimum, self.current, self.divergence):
            self.addItem(item)
        self.addItem(self.step_arrow)
        self.addItem(self.gradient_arrow)
        self.getPlotItem().setMenuEnabled(True)
        self.show_arrows = True
        self._theme: Theme | None = None  # what the items are dressed in
        self.apply_theme(LIGHT)

    def apply_theme(self, theme: Theme) -> None:
        """Dress the panel in ``theme``: each mark's pen, brush and size by its role.

        Background, axes, labels and title; the path, its start and current point, the
        optimum, the divergence cross, the gradient and step arrows, and the compared
        runs' paths and points (by slot). Marks created later take the same theme.
        """
        if theme == self._theme:
            return
        self._theme = theme
        style.style_plot(self, theme, self._shown_title, *self._axis_names)
        line, marker = theme.line, theme.marker
        self.path.setPen(style.pen(theme.path, line(3)))
        _dress(self.start, marker(12), ON_MAP_LIGHT, pg.mkPen(ON_MAP_DARK, width=line(1.5)))
        _dress(self.current, marker(16), theme.path, pg.mkPen(ON_MAP_LIGHT, width=line(2)))
        _dress(self.optimum, marker(22), ON_MAP_LIGHT, pg.mkPen(theme.optimum, width=line(2.5)))
        _dress(self.divergence, marker(22), theme.divergence, pg.mkPen(ON_MAP_LIGHT, width=line(1)))
        self.gradient_arrow.setPen(style.pen(ON_MAP_DARK, line(2.5)))
        self.step_arrow.setPen(style.pen(ON_MAP_LIGHT, line(2.5)))
        pairs = zip(self.compare_paths, self.compare_points, strict=True)
        for slot, (path, point) in enumerate(pairs, start=1):
            self._dress_compare(slot, path, point)

    def _dress_compare(self, slot: int, path: pg.PlotDataItem, point: pg.ScatterPlotItem) -> None:
        theme = self._theme
        colour = theme.run(slot)
        path.setPen(style.pen(colour, theme.line(2.5)))
        _dress(point, theme.marker(13), colour, pg.mkPen(ON_MAP_LIGHT, width=theme.line(1)))

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
        """Name the axes (plain text, shown as written)."""
        self._axis_names = (b_label, m_label)
        style.set_axis_labels(self, self._theme, b_label, m_label)

    def set_standardised(self, on: bool) -> None:
        """Standardised coefficients share units: keep one unit as long on both axes."""
        self.getPlotItem().getViewBox().setAspectLocked(on, ratio=1.0)
        self._shown_title = "Error contours over (b′, m′)" if on else self._title
        style.set_title(self, self._theme, self._shown_title)

    def set_runs(self, count: int) -> None:
        """Make room for ``count`` compared runs' paths (each in its run colour)."""
        for item in self.compare_paths + self.compare_points:
            self.removeItem(item)
        self.compare_paths, self.compare_points = [], []
        for i in range(1, count + 1):
            path, point = pg.PlotDataItem(), pg.ScatterPlotItem()
            self._dress_compare(i, path, point)
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


def _dress(item: pg.ScatterPlotItem, size: float, fill, outline) -> None:
    item.setSize(size)
    item.setBrush(pg.mkBrush(fill))
    item.setPen(outline)

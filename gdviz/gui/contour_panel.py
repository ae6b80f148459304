"""Contour panel: the error over (b, m) as a heat map with contours, path and optimum.

The same class stands in for the 3D view when OpenGL is unavailable.

Two teaching marks: the class's guess (an orange cross, "your guess") and My line's
point (a purple diamond, "my line"); :attr:`ContourPanel.mapClicked` gives a left click's
(b, m). While the optimum is hidden its star is too (:meth:`ContourPanel.set_show_optimum`).

The panel owns its look (:meth:`ContourPanel.apply_theme`). Marks on the heat map keep
white and near-black outlines in every theme: they stand out against the colour map,
not against the background. Compared runs' paths are drawn in their rule's colour and
line style over a halo that sets them off the map. A colour bar beside the map says what
its bands mean: the error above E*, on a log scale. The negative-gradient arrow is as
long as the gradient is large (against the gradient where the run started), and gone at
the optimum.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal

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
#: The colour map of the bands.
COLOUR_MAP = "viridis"
#: The colour bar's name for what it shows (English; shown translated, context
#: "ContourPanel").
BAR_LABEL = QT_TRANSLATE_NOOP("ContourPanel", "error above E*")
#: The longest negative-gradient arrow (pixels; at most 30 % of the view's shorter side).
ARROW_PX = 70.0
#: Opacity (0-255) of the halo under a compared run's path.
HALO_ALPHA = 170


def _banded_map(count: int) -> pg.ColorMap:
    """The heat map's colours as ``count`` flat steps, for the colour bar."""
    colours = pg.colormap.get(COLOUR_MAP).map(np.linspace(0.0, 1.0, count), mode="byte")
    edges = np.linspace(0.0, 1.0, count + 1)
    positions = np.column_stack((edges[:-1], edges[1:] - 1e-6)).ravel()
    return pg.ColorMap(positions, np.repeat(colours, 2, axis=0))


class ContourPanel(pg.PlotWidget):
    """Banded heat map of ``log10(E - E*)`` (filled contours), the path and the optimum.

    Signals
    -------
    mapClicked(float, float)
        A left click on the map, at these (b, m) of the panel's axes.
    """

    mapClicked = Signal(float, float)

    def __init__(self, parent=None, *, object_name="contourPlot", title: str | None = None):
        super().__init__(parent, axisItems=style.plain_axes())
        self.setObjectName(object_name)
        if title is None:
            title = self.tr("Error contours over (b, m)")
        self.setAccessibleName(title)
        self._title = title
        self._shown_title = title
        self._axis_names = (self.tr("b (intercept)"), self.tr("m (slope)"))
        self.surface_grid: core_surface.Surface | None = None  # the grid shown
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get(COLOUR_MAP))
        self.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(
            values=(0.0, 1.0),
            width=14,
            colorMap=_banded_map(BANDS),
            interactive=False,
            colorMapMenu=False,
        )
        self.colour_bar.setImageItem([], insert_in=self.getPlotItem())  # beside the map
        self.colour_bar.axis.enableAutoSIPrefix(False)
        self.colour_bar.setVisible(False)  # until there is a surface
        self.path = pg.PlotDataItem()
        self.start = pg.ScatterPlotItem(symbol="s")
        self.current = pg.ScatterPlotItem()
        self.optimum = pg.ScatterPlotItem(symbol="star")
        self.gradient_arrow = pg.PlotDataItem(connect="finite")
        self.step_arrow = pg.PlotDataItem(connect="finite")
        self.compare_paths: list[pg.PlotDataItem] = []
        self.compare_halos: list[pg.PlotDataItem] = []
        self.compare_points: list[pg.ScatterPlotItem] = []
        self._optimizers: list[str | None] = []  # each compared run's rule
        self.divergence = pg.ScatterPlotItem(symbol="x")
        self.divergence.setVisible(False)
        self.guess = pg.ScatterPlotItem(symbol="+")
        self.my_point = pg.ScatterPlotItem(symbol="d")
        self.guess_label = pg.TextItem(self.tr("your guess"), anchor=(-0.15, 1.1))
        self.my_label = pg.TextItem(self.tr("my line"), anchor=(-0.15, 0.0))
        marks = (self.path, self.start, self.optimum, self.current, self.divergence)
        for item in (*marks, self.guess, self.my_point, self.guess_label, self.my_label):
            self.addItem(item)
        for z, item in enumerate((self.my_point, self.my_label, self.guess, self.guess_label), 25):
            item.setZValue(z)
            item.setVisible(False)
        self.scene().sigMouseClicked.connect(self._clicked)
        self.addItem(self.step_arrow)
        self.addItem(self.gradient_arrow)
        # the main run is the focus: over the compared runs' paths (z 1 to 3)
        for z, item in enumerate((self.path, self.step_arrow, self.start, self.current), 10):
            item.setZValue(z)
        for z, item in enumerate((self.optimum, self.divergence, self.gradient_arrow), 20):
            item.setZValue(z)
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
        _dress(self.guess, marker(30), theme.hues.orange, pg.mkPen(ON_MAP_DARK, width=line(2)))
        _dress(self.my_point, marker(18), theme.hues.purple, pg.mkPen(ON_MAP_LIGHT, width=line(2)))
        for label in (self.guess_label, self.my_label):
            label.setColor(ON_MAP_DARK)
            label.fill = pg.mkBrush(255, 255, 255, 200)
            label.setFont(style.point_font(theme.pt(11)))
        self.step_arrow.setPen(style.pen(ON_MAP_LIGHT, line(2.5)))
        for slot in range(1, len(self.compare_paths) + 1):
            self._dress_compare(slot)
        self._style_colour_bar(theme)

    def _style_colour_bar(self, theme: Theme) -> None:
        bar = self.colour_bar
        axis = bar.axis
        axis.setPen(pg.mkPen(theme.foreground, width=theme.axis_width))
        axis.setTextPen(pg.mkPen(theme.foreground))
        axis.setTickFont(style.point_font(theme.tick_pt))
        css = {"font-size": f"{theme.label_pt:g}pt", "color": theme.foreground}
        axis.setLabel(style.plain(self.tr(BAR_LABEL)), **css)
        axis.setWidth(None)  # as wide as its numbers and title need (the bar fixes 45 px)
        for name in ("left", "top", "bottom"):
            bar.getAxis(name).setPen(pg.mkPen(theme.foreground, width=theme.axis_width))

    def _dress_compare(self, slot: int) -> None:
        """Compared run ``slot`` (from 1): its rule's colour and dashes over a halo."""
        theme = self._theme
        optimizer = self._optimizers[slot - 1] if slot - 1 < len(self._optimizers) else None
        colour = style.rule_colour(theme, optimizer)
        path, halo, point = (
            self.compare_paths[slot - 1],
            self.compare_halos[slot - 1],
            self.compare_points[slot - 1],
        )
        path.setPen(style.rule_pen(theme, optimizer, 2.5))
        halo_pen = style.pen(style.contrasting(colour), theme.line(2.5) + 3)
        halo_colour = halo_pen.color()
        halo_colour.setAlpha(HALO_ALPHA)
        halo_pen.setColor(halo_colour)
        halo.setPen(halo_pen)
        outline = pg.mkPen(style.contrasting(colour), width=theme.line(1.5))
        _dress(point, theme.marker(13), colour, outline)

    def set_surface(
        self, b: np.ndarray, m: np.ndarray, error: np.ndarray, optimum: tuple[float, float, float]
    ) -> None:
        """A new grid (``error`` is ``(len(m), len(b))``, row-major) and the optimum.

        :attr:`surface_grid` keeps the grid shown (``b``, ``m``, ``error``), for reading.
        """
        self.surface_grid = core_surface.Surface(b, m, error)
        bands = core_surface.error_bands(error, optimum[2], BANDS)
        self.image.setImage(bands.index, levels=(0, BANDS - 1))
        self.image.setRect(QRectF(b[0], m[0], b[-1] - b[0], m[-1] - m[0]))
        self.colour_bar.setLevels((bands.low, bands.high))
        self.colour_bar.axis.setTicks([core_surface.band_ticks(bands.low, bands.high)])
        self.colour_bar.setVisible(True)
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

    def set_show_optimum(self, show: bool) -> None:
        """Show the optimum's star (hidden while the class predicts)."""
        self.optimum.setVisible(show)

    def set_guess(self, point: tuple[float, float] | None, label: str | None = None) -> None:
        """The class's guess at ``(b, m)`` with a word beside it (default: "your guess",
        translated); None removes it."""
        _place(
            self.guess, self.guess_label, point, self.tr("your guess") if label is None else label
        )

    def set_my_point(self, point: tuple[float, float] | None) -> None:
        """My line's ``(b, m)``; None removes it."""
        _place(self.my_point, self.my_label, point, self.tr("my line"))

    def _clicked(self, event) -> None:
        vb = self.getPlotItem().getViewBox()
        inside = vb.sceneBoundingRect().contains(event.scenePos())
        if event.button() == Qt.MouseButton.LeftButton and inside and not event.double():
            p = vb.mapSceneToView(event.scenePos())
            self.mapClicked.emit(float(p.x()), float(p.y()))

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
        self._shown_title = self.tr("Error contours over (b′, m′)") if on else self._title
        style.set_title(self, self._theme, self._shown_title)

    def set_runs(self, count: int, optimizers: list[str] | None = None) -> None:
        """Make room for ``count`` compared runs' paths, each in its rule's look
        (``optimizers``: each compared run's rule, run 2 first)."""
        for item in self.compare_halos + self.compare_paths + self.compare_points:
            self.removeItem(item)
        self.compare_paths, self.compare_halos, self.compare_points = [], [], []
        self._optimizers = list(optimizers or [])
        for i in range(1, count + 1):
            halo, path, point = pg.PlotDataItem(), pg.PlotDataItem(), pg.ScatterPlotItem()
            for z, item in enumerate((halo, path, point), 1):
                item.setZValue(z)  # under the main run's path (z 10 and up)
                self.addItem(item)
            self.compare_halos.append(halo)
            self.compare_paths.append(path)
            self.compare_points.append(point)
            self._dress_compare(i)

    def set_compare_path(self, index: int, b: np.ndarray, m: np.ndarray, error=None) -> None:
        """Path of compared run ``index`` (run 2 is index 1)."""
        self.compare_paths[index - 1].setData(b, m)
        self.compare_halos[index - 1].setData(b, m)
        if b.size:
            self.compare_points[index - 1].setData([b[-1]], [m[-1]])

    def set_arrows(self, point, gradient, previous, length: float = 1.0) -> None:
        """Arrows at the shown point: the negative gradient, and the step that led there.

        Parameters
        ----------
        point : (b, m) or (b, m, error)
        gradient : (∂E/∂b, ∂E/∂m) at ``point``; drawn as -gradient
        previous : (b, m[, error]) of the iteration before, or None at iteration 0
        length : float
            The gradient arrow's length as a fraction of the longest (:data:`ARROW_PX`,
            see :func:`gdviz.core.geometry.arrow_fraction`); 0 hides it (the optimum).
        """
        scale = style.pixel_size(self) if self.show_arrows else None
        visible = scale is not None  # no arrows in a view squeezed to nothing
        vb = self.getPlotItem().getViewBox()
        pixels = geometry.arrow_length_px(length, (vb.width(), vb.height()), ARROW_PX)
        self.gradient_arrow.setVisible(visible and pixels >= 1.0)
        self.step_arrow.setVisible(visible and previous is not None)
        if not visible:
            return
        px, py = scale
        b, m = point[0], point[1]
        db, dm = geometry.direction_of_length(-gradient[0], -gradient[1], px, py, pixels)
        self.gradient_arrow.setData(*geometry.arrow_path(b, m, b + db, m + dm, px, py))
        if previous is not None:
            self.step_arrow.setData(*geometry.arrow_path(previous[0], previous[1], b, m, px, py))

    def set_show_arrows(self, show: bool) -> None:
        self.show_arrows = show
        self.gradient_arrow.setVisible(show)
        self.step_arrow.setVisible(show)


def _place(item: pg.ScatterPlotItem, label: pg.TextItem, point, text: str) -> None:
    """A mark and its word at ``point`` (None hides both)."""
    shown = point is not None
    item.setVisible(shown)
    label.setVisible(shown)
    if shown:
        item.setData([point[0]], [point[1]])
        label.setText(text)
        label.setPos(point[0], point[1])


def _dress(item: pg.ScatterPlotItem, size: float, fill, outline) -> None:
    item.setSize(size)
    item.setBrush(pg.mkBrush(fill))
    item.setPen(outline)

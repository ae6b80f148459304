"""Data panel: the points, the current line, residuals and the least-squares line.

The points can be edited with the mouse (up to :data:`EDIT_LIMIT` points):

- click empty space: add a point there (``pointAddRequested``);
- drag a point: move it (``pointMoveRequested`` during the drag, ``finished=True`` on
  release); dragging empty space still pans the view, the wheel still zooms;
- right-click a point: delete it (``pointRemoveRequested``); right-click empty space
  still opens pyqtgraph's plot menu;
- click a point: highlight it (``pointClicked``, also when editing is off).

The panel only asks: the window applies the edit (``DataEditStack``) and calls
:meth:`ScatterPanel.set_data` again with ``keep_view=True``, so the view stays put.

The panel owns its look: :meth:`ScatterPanel.apply_theme` gives each item its pen and
brush by role (points, current line, least squares, residuals above and below), and each
compared run its rule's colour and line style (from the optimizer registry); column names
are shown as plain text. The legend names every line, compared runs too, and sits in the
corner of the view with no points in it (the fitted view grows a little taller for it
when that frees a corner), or else, and when it has many entries, in a strip above the
view (:class:`gdviz.gui.style.PlotLegend`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from ..core import geometry, points
from . import style
from .theme import LIGHT, Theme

__all__ = ["EDIT_LIMIT", "MAX_DRAWN_POINTS", "MAX_DRAWN_RESIDUALS", "ScatterPanel", "SquaresItem"]

#: More points than this are drawn as a sample (the math still uses every point).
MAX_DRAWN_POINTS = 20_000
#: Residual segments and squares are drawn for at most this many (sampled) points: more
#: only cost drawing time (about 5 ms a frame per 1,000 under software rendering).
MAX_DRAWN_RESIDUALS = 500
#: Above this many points the mouse no longer edits the data (clicks still highlight).
EDIT_LIMIT = 5_000
#: A click or drag this close to a point (in pixels) is on the point.
HIT_RADIUS = 8.0

#: How much taller (a share of the data's height) the fitted view may become to give the
#: legend a corner without points.
LEGEND_GROW = 0.6
#: Legends of more entries than this go in the strip above the view.
LEGEND_ROWS = 4

#: Fill and outline opacity (0-255) of the squared-residual squares.
SQUARE_FILL_ALPHA = 38
SQUARE_EDGE_ALPHA = 150

#: The panel's words in English; shown translated (context "ScatterPanel").
_SQUARES_LABEL = QT_TRANSLATE_NOOP("ScatterPanel", "squares: total area = N × error")
_LEAST_SQUARES = QT_TRANSLATE_NOOP("ScatterPanel", "least squares")

_TIP_EDIT = QT_TRANSLATE_NOOP(
    "ScatterPanel",
    "<b>Play with the data</b><br>"
    "Click empty space: add a point<br>"
    "Drag a point: move it<br>"
    "Right-click a point: delete it<br>"
    "Click a point: highlight it<br>"
    "Drag empty space: pan &nbsp;·&nbsp; wheel: zoom<br>"
    "Right-click empty space: plot menu<br>"
    "Ctrl+Z undoes an edit",
)
_TIP_VIEW = QT_TRANSLATE_NOOP(
    "ScatterPanel",
    "Click a point: highlight it<br>Drag: pan &nbsp;·&nbsp; wheel: zoom<br>Right-click: plot menu",
)


class _EditViewBox(pg.ViewBox):
    """A ViewBox that offers clicks and drags to the panel before panning or menus."""

    def __init__(self):
        super().__init__()
        self.click_handler = None
        self.drag_handler = None

    def mouseClickEvent(self, ev):
        if self.click_handler is not None and self.click_handler(ev):
            return
        super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None):
        if axis is None and self.drag_handler is not None and self.drag_handler(ev):
            return
        super().mouseDragEvent(ev, axis=axis)


class _Points(pg.ScatterPlotItem):
    """The data points; clicks on them are left to the view, which hit-tests itself."""

    def mouseClickEvent(self, ev):
        ev.ignore()


class SquaresItem(QGraphicsPathItem):
    """Translucent squares of one sign as one path of closed polygons.

    Overlapping squares fill once (non-zero winding), so a crowd of squares stays a pale
    patch instead of turning solid. The outline is a hairline (pen width 0), which keeps
    Qt from stroking the whole path to find its bounds; hit tests see no shape, so
    clicks go through to the points and the view.
    """

    def __init__(self):
        super().__init__()
        self.setVisible(False)

    def set_colour(
        self, colour: str, fill: int = SQUARE_FILL_ALPHA, edge: int = SQUARE_EDGE_ALPHA
    ) -> None:
        """``colour`` with the fill's and the outline's opacity (0-255)."""
        pen = pg.mkPen(_with_alpha(colour, edge))
        pen.setWidth(0)
        self.setPen(pen)
        self.setBrush(pg.mkBrush(_with_alpha(colour, fill)))

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def set_squares(self, xs: np.ndarray, ys: np.ndarray) -> None:
        """Closed polygons, one per row of ``xs``/``ys`` (``Squares.outline()``)."""
        if xs.size == 0:
            self.setPath(QPainterPath())
            return
        connect = np.ones(xs.shape, dtype=np.int32)
        connect[:, -1] = 0
        path = pg.arrayToQPath(xs.ravel(), ys.ravel(), connect=connect.ravel(), finiteCheck=False)
        path.setFillRule(Qt.FillRule.WindingFill)
        self.setPath(path)


class _SquaresSample(style.LegendSample):
    """Legend sample for the squares: two small translucent squares (not clickable)."""

    def __init__(self, item, theme: Theme):
        super().__init__(item)
        self.colours = (theme.residual_above, theme.residual_below)

    def paint(self, p, *args):
        p.setRenderHint(p.RenderHint.Antialiasing)
        p.translate((self.WIDTH - 20) / 2, 0)
        above, below = self.colours
        for colour, rect in ((above, QRectF(1, 3, 11, 11)), (below, QRectF(8, 8, 10, 10))):
            p.setPen(pg.mkPen(_with_alpha(colour, SQUARE_EDGE_ALPHA), width=1))
            p.setBrush(pg.mkBrush(_with_alpha(colour, 2 * SQUARE_FILL_ALPHA)))
            p.drawRect(rect)

    def mouseClickEvent(self, event):
        event.accept()


class ScatterPanel(pg.PlotWidget):
    """The scatter of (x, y) with the line ``y = m*x + b`` of the current iteration.

    Signals
    -------
    pointAddRequested(float, float)
        Left click on empty space (editing on): add a point at these data coordinates.
    pointMoveRequested(int, float, float, bool)
        Left drag of point ``i``: move it to ``(x, y)``; ``finished`` is True on release.
    pointRemoveRequested(int)
        Right click on point ``i`` (editing on).
    pointClicked(int)
        Left click on point ``i`` without dragging; the panel highlights it too.
    editLocked()
        Editing is switched off and a point was dragged or right-clicked: someone wanted
        to edit it (the window says how to switch editing on).
    """

    pointAddRequested = Signal(float, float)
    pointMoveRequested = Signal(int, float, float, bool)
    pointRemoveRequested = Signal(int)
    pointClicked = Signal(int)
    editLocked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, viewBox=_EditViewBox(), axisItems=style.plain_axes())
        self.setObjectName("scatterPlot")
        self.setAccessibleName(self.tr("Data and fitted line"))
        self.legends = style.PlotLegend(self, LEGEND_ROWS, place=self._resized)
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._drawn = np.empty(0, dtype=np.intp)
        self._drawn_x = np.empty(0)
        self._drawn_y = np.empty(0)
        self._residual_idx = np.empty(0, dtype=np.intp)
        self._x_range = (0.0, 1.0)
        self._current = (0.0, 0.0)
        self._axis_names = ("x", "y")
        self._title = self.tr("Data and the current line")
        self._want_editable = True
        self._highlight: int | None = None
        self._drag_index: int | None = None
        self._drag_offset = (0.0, 0.0)
        self.compare_lines: list[pg.PlotDataItem] = []  # one per compared run
        self._optimizers: list[str | None] = []  # each compared run's rule
        self._optimum = (0.0, 0.0)  # the least-squares line (b*, m*), or the chosen error's
        self._optimum_name = self.tr(_LEAST_SQUARES)  # its name in the legend
        self._fitted_y = (0.0, 1.0)  # the data's own y range, before room for the legend
        self._auto_view = True  # the view is as fitted (not panned or zoomed by hand)
        self._placing = False  # the view is changing to make room for the legend
        self._compare_labels: list[str] = []
        self._theme: Theme | None = None  # what the items are dressed in

        self.squares_above = SquaresItem()
        self.squares_below = SquaresItem()
        # vertical segments: crisp without antialiasing, which costs the most while they
        # are long (at the start of a run, far from the data)
        self.residuals_above = pg.PlotDataItem(connect="pairs", antialias=False)
        self.residuals_below = pg.PlotDataItem(connect="pairs", antialias=False)
        self.points = _Points(name=self.tr("data"))
        self.highlight = pg.ScatterPlotItem()
        self.optimum_line = pg.PlotDataItem(name=self._optimum_name)
        self.line = pg.PlotDataItem(name=self.tr("current line"))
        # The points and the least-squares line stay put while a run plays: Qt keeps them
        # as pixmaps and repaints the moving line over those instead of drawing them anew.
        for item in (self.points, self.optimum_line):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        plot = self.getPlotItem()
        for item in (self.squares_above, self.squares_below):
            plot.addItem(item, ignoreBounds=True)
        for item in (self.residuals_above, self.residuals_below, self.points):
            self.addItem(item)
        self.addItem(self.optimum_line)
        self.addItem(self.line)
        plot.addItem(self.highlight, ignoreBounds=True)
        self.show_residuals = True
        self.show_optimum = True
        self.show_squares = False
        self._squares_sample: _SquaresSample | None = None
        self._squares_text = ""
        self._update_legend()

        vb = plot.getViewBox()
        vb.click_handler = self._click
        vb.drag_handler = self._drag
        vb.sigRangeChanged.connect(self._view_changed)
        vb.sigResized.connect(self._view_changed)
        vb.sigRangeChangedManually.connect(self._changed_by_hand)
        self.scene().sigMouseMoved.connect(self._hover)
        self.apply_theme(LIGHT)
        self._update_editing()

    # ------------------------------------------------------------------ look
    def apply_theme(self, theme: Theme) -> None:
        """Dress the panel in ``theme``: each item's pen, brush and size by its role.

        Background, axes, labels, title and legend; the points, the highlight ring, the
        current and least-squares lines, the residuals and their squares, and the compared
        runs' lines. Lines and markers created later take the same theme.
        """
        if theme == self._theme:
            return
        self._theme = theme
        style.style_plot(self, theme, self._title, *self._axis_names)
        self.legends.style(theme, alpha=190)
        self.squares_above.set_colour(theme.residual_above)
        self.squares_below.set_colour(theme.residual_below)
        self.residuals_above.setPen(style.pen(theme.residual_above, theme.line(1.5)))
        self.residuals_below.setPen(style.pen(theme.residual_below, theme.line(1.5)))
        self.points.setPen(pg.mkPen(theme.background, width=theme.line(0.8)))
        self.points.setBrush(pg.mkBrush(theme.points))
        self.points.setSize(theme.marker(9))
        self.highlight.setPen(pg.mkPen(theme.foreground, width=theme.line(2.5)))
        self.highlight.setBrush(pg.mkBrush(theme.points))
        self.highlight.setSize(theme.marker(17))
        self.optimum_line.setPen(style.pen(theme.least_squares, theme.line(2.5), dashed=True))
        self.line.setPen(style.pen(theme.current_line, theme.line(3.5)))
        for slot, item in enumerate(self.compare_lines, start=1):
            item.setPen(self._compare_pen(slot))
        if self._squares_sample is not None:
            self._squares_sample.colours = (theme.residual_above, theme.residual_below)
            self._squares_sample.update()
        self._update_legend()  # type of another size: another box

    def _compare_pen(self, slot: int):
        """Compared run ``slot`` (from 1) in its rule's colour and line style."""
        optimizer = self._optimizers[slot - 1] if slot - 1 < len(self._optimizers) else None
        return style.rule_pen(self._theme, optimizer, 2.5)

    # ------------------------------------------------------------------ data
    def set_data(
        self,
        x: np.ndarray,
        y: np.ndarray,
        x_name: str,
        y_name: str,
        optimum: tuple[float, float],
        keep_view: bool = False,
    ) -> None:
        """New data: points, axis names and the least-squares line ``(b*, m*)``.

        With ``keep_view`` (after an edit) the visible range stays as it is; otherwise the
        view fits the data, the highlight is cleared and a drag in progress is dropped.
        """
        n_before = self._x.size
        self._x, self._y = x, y
        rng = np.random.default_rng(0)
        if x.size > MAX_DRAWN_POINTS:
            self._drawn = np.sort(rng.choice(x.size, MAX_DRAWN_POINTS, replace=False))
        else:
            self._drawn = np.arange(x.size)
        if self._drawn.size > MAX_DRAWN_RESIDUALS:  # residuals of drawn points only
            pick = rng.choice(self._drawn.size, MAX_DRAWN_RESIDUALS, replace=False)
            self._residual_idx = self._drawn[np.sort(pick)]
        else:
            self._residual_idx = self._drawn
        self._drawn_x, self._drawn_y = x[self._drawn], y[self._drawn]
        self.points.setData(self._drawn_x, self._drawn_y)
        if (x_name, y_name) != self._axis_names:
            self._axis_names = (x_name, y_name)
            style.set_axis_labels(self, self._theme, x_name, y_name)
        self._x_range = geometry.span(x, 0.05)
        self._optimum = (float(optimum[0]), float(optimum[1]))
        self.optimum_line.setData(*geometry.line_through(*optimum, *self._x_range))
        self.optimum_line.setVisible(self.show_optimum)
        if keep_view:
            if x.size != n_before:
                self._highlight = None
            if self._drag_index is not None and self._drag_index >= x.size:
                self._drag_index = None
        else:
            self._highlight = None
            self._drag_index = None
            self.getPlotItem().enableAutoRange()
            self.getPlotItem().autoRange()
            self._fitted_y = geometry.span(y, 0.08)
            self._auto_view = True
            self._placing = True
            self.setXRange(*self._x_range, padding=0.02)
            self.setYRange(*self._fitted_y, padding=0.02)
            self._placing = False
        self.getPlotItem().disableAutoRange()
        self._place_legend(grow=not keep_view)
        self._update_title()
        self._update_editing()
        self._update_highlight()
        self.line.setData(*geometry.line_through(*self._current, *self._x_range))
        self._update_residuals()
        self._update_squares()

    def set_optimum(self, b: float, m: float, name: str | None = None) -> None:
        """The optimum's line ``y = m*x + b`` of the error descended, named ``name`` in the
        legend (``"least-absolute-deviations line"``; default ``"least squares"``)."""
        name = self.tr(_LEAST_SQUARES) if name is None else name
        self._optimum = (float(b), float(m))
        self.optimum_line.setData(*geometry.line_through(b, m, *self._x_range))
        if name != self._optimum_name:
            self._optimum_name = name
            self._update_legend()
        else:
            self._place_legend()

    def set_line(self, b: float, m: float) -> None:
        """Move the current line (and its residuals and squares) to ``y = m*x + b``."""
        self._current = (b, m)
        self.getPlotItem().disableAutoRange()
        self.line.setData(*geometry.line_through(b, m, *self._x_range))
        self._update_residuals()
        self._update_squares()

    def set_runs(self, labels: list[str], optimizers: list[str] | None = None) -> None:
        """One line per compared run (runs 2 and up, ``labels`` plain text), each in its
        rule's look (``optimizers``, run 2 first), named in the legend."""
        for item in self.compare_lines:
            self.removeItem(item)
        self.compare_lines = []
        self._optimizers = list(optimizers or [])
        self._compare_labels = [style.plain(label) for label in labels]
        for i in range(1, len(labels) + 1):
            item = pg.PlotDataItem(pen=self._compare_pen(i))
            item.setZValue(-1)  # under the current line: the main run is the focus
            self.addItem(item)
            self.compare_lines.append(item)
        self._update_legend()

    def set_compare_line(self, index: int, b: float, m: float) -> None:
        """The line of compared run ``index`` (run 2 is index 1)."""
        self.compare_lines[index - 1].setData(*geometry.line_through(b, m, *self._x_range))

    def set_show_residuals(self, show: bool) -> None:
        self.show_residuals = show
        self._update_residuals()

    def set_show_optimum(self, show: bool) -> None:
        self.show_optimum = show
        self.optimum_line.setVisible(show)
        self._place_legend()

    def set_show_squares(self, show: bool) -> None:
        """Draw each residual's square (side ``|r|``, coloured by sign like the residuals).

        Their total area is ``Σ r² = N × error``; the legend says so.
        """
        if bool(show) != self.show_squares:
            self.show_squares = bool(show)
            self._update_legend()
        self._update_squares()

    # ------------------------------------------------------------------ editing
    def set_editable(self, editable: bool) -> None:
        """Let the mouse add, move and delete points (only up to EDIT_LIMIT points)."""
        self._want_editable = bool(editable)
        if not self._want_editable:
            self._drag_index = None
        self._update_editing()

    def is_editable(self) -> bool:
        """Whether mouse edits are on now (asked for, and at most EDIT_LIMIT points)."""
        return self._want_editable and self._x.size <= EDIT_LIMIT

    def highlight_point(self, i: int | None) -> None:
        """Ring point ``i`` (``None`` clears it); e.g. the row chosen in the math panel."""
        self._highlight = None if i is None else int(i)
        self._update_highlight()

    @property
    def highlighted(self) -> int | None:
        return self._highlight

    def pixel_size(self) -> tuple[float, float] | None:
        """Data units per screen pixel along x and y; None while the view has no size."""
        return style.pixel_size(self)

    # ------------------------------------------------------------------ mouse
    def _point_at(self, scene_pos) -> int | None:
        """Index (into the full data) of the drawn point within HIT_RADIUS pixels."""
        if self._drawn.size == 0:
            return None
        scale = self.pixel_size()
        if scale is None:
            return None
        p = self.getPlotItem().getViewBox().mapSceneToView(scene_pos)
        j, distance = points.nearest_point(self._drawn_x, self._drawn_y, p.x(), p.y(), *scale)
        return int(self._drawn[j]) if distance <= HIT_RADIUS else None

    def _click(self, ev) -> bool:
        """Clicks in the view: True when handled here (else panning/menu as usual)."""
        if ev.double():  # the first click of the pair already did the work
            ev.accept()
            return True
        button = ev.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return False
        i = self._point_at(ev.scenePos())
        if button == Qt.MouseButton.LeftButton:
            if i is not None:
                ev.accept()
                self.highlight_point(i)
                self.pointClicked.emit(i)
                return True
            if self.is_editable():
                ev.accept()
                p = self.getPlotItem().getViewBox().mapSceneToView(ev.scenePos())
                self.pointAddRequested.emit(float(p.x()), float(p.y()))
                return True
            return False
        if i is not None and self.is_editable():
            ev.accept()
            self.pointRemoveRequested.emit(i)
            return True
        if i is not None and not self._want_editable:
            ev.accept()
            self.editLocked.emit()
            return True
        return False

    def _drag(self, ev) -> bool:
        """Left drags that start on a point move it; others pan (returns False)."""
        if ev.button() != Qt.MouseButton.LeftButton:
            return False
        vb = self.getPlotItem().getViewBox()
        if ev.isStart():
            self._drag_index = None
            i = self._point_at(ev.buttonDownScenePos())
            if i is not None and not self._want_editable:
                self.editLocked.emit()  # the drag pans the view, as with editing off
            if i is None or not self.is_editable():
                return False
            press = vb.mapSceneToView(ev.buttonDownScenePos())
            self._drag_index = i
            self._drag_offset = (self._x[i] - press.x(), self._y[i] - press.y())
            vb.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._drag_index is None:
            return False
        ev.accept()
        i = self._drag_index
        p = vb.mapSceneToView(ev.scenePos())
        finished = ev.isFinish()
        if finished:
            self._drag_index = None
        self.pointMoveRequested.emit(
            i, float(p.x() + self._drag_offset[0]), float(p.y() + self._drag_offset[1]), finished
        )
        if finished:
            self._hover(ev.scenePos())
        return True

    def _hover(self, scene_pos) -> None:
        """Cursor: a hand over points, a cross where a click adds a point."""
        if self._drag_index is not None:
            return
        vb = self.getPlotItem().getViewBox()
        if self._point_at(scene_pos) is not None:
            shape = Qt.CursorShape.OpenHandCursor
            if not self.is_editable():
                shape = Qt.CursorShape.PointingHandCursor
            vb.setCursor(shape)
        elif self.is_editable():
            vb.setCursor(Qt.CursorShape.CrossCursor)
        else:
            vb.unsetCursor()

    # ------------------------------------------------------------------ drawing
    def _update_title(self) -> None:
        n = self._x.size
        if n > MAX_DRAWN_POINTS:
            title = self.tr("Data ({drawn} of {count} points drawn) and the current line")
            title = title.format(drawn=f"{MAX_DRAWN_POINTS:,}", count=f"{n:,}")
        else:
            title = self.tr("Data and the current line")
        if title != self._title:
            self._title = title
            style.set_title(self, self._theme, title)
        if self.show_squares and self._squares_text != self._squares_label():
            self._update_legend()

    # ------------------------------------------------------------------ legend
    @property
    def legend(self) -> pg.LegendItem:
        """The legend as shown: in a corner of the view, or in the strip above it."""
        return self.legends.legend

    def _make_squares_sample(self) -> _SquaresSample:
        self._squares_sample = _SquaresSample(self.squares_above, self._theme)
        return self._squares_sample

    def _update_legend(self) -> None:
        """Name every line (compared runs too, and the squares when shown), and place it."""
        entries = [(self.points, self.tr("data")), (self.optimum_line, self._optimum_name)]
        entries.append((self.line, self.tr("current line")))
        self._squares_sample = None
        if self.show_squares:
            self._squares_text = self._squares_label()
            entries.append((self._make_squares_sample, self._squares_text))
        self.legends.set_entries(
            entries, zip(self.compare_lines, self._compare_labels, strict=True)
        )
        self._place_legend(grow=True)

    def _place_legend(self, grow: bool = False) -> None:
        """The legend in a corner with no points (and as few of the least-squares line's
        as can be); ``grow``: a view as fitted may grow taller to make such a corner.
        Where none can be had, the legend goes above the view and the view is as fitted."""
        if self._theme is None or self._x.size == 0 or self._placing:
            return
        grow = grow and self._auto_view
        self._placing = True
        try:
            if grow:
                self.setYRange(*self._fitted_y, padding=0.02)
            x_lo, x_hi = self.getPlotItem().getViewBox().viewRange()[0]
            avoid = geometry.line_samples(*self._optimum, x_lo, x_hi) if self.show_optimum else None
            place = self.legends.place_in_corner(
                self._drawn_x, self._drawn_y, avoid, LEGEND_GROW if grow else 0
            )
            if place is not None and grow:
                self.setYRange(*place.y_range, padding=0)
        finally:
            self._placing = False

    def _resized(self, *_args) -> None:
        self._place_legend(grow=True)

    def _changed_by_hand(self, *_args) -> None:
        """Panned or zoomed with the mouse: the view is the teacher's now."""
        self._auto_view = False

    def _squares_label(self) -> str:
        n = self._x.size
        if n > MAX_DRAWN_RESIDUALS:
            text = self.tr("squares of {count} sampled points")
            return text.format(count=f"{MAX_DRAWN_RESIDUALS:,}")
        return self.tr(_SQUARES_LABEL)

    def _update_editing(self) -> None:
        vb = self.getPlotItem().getViewBox()
        if self.is_editable():
            tip = self.tr(_TIP_EDIT)
        elif self._want_editable:
            tip = self.tr(
                "<b>Editing is off</b> for more than {limit} points<br>"
                "(this data set has {count})<br>"
            )
            tip = tip.format(limit=f"{EDIT_LIMIT:,}", count=f"{self._x.size:,}") + self.tr(
                _TIP_VIEW
            )
        else:
            tip = self.tr("<b>Editing is off</b><br>") + self.tr(_TIP_VIEW)
        self.setToolTip(tip)
        vb.setToolTip(tip)  # a view shows the tooltip of the item under the mouse
        if not self.is_editable():
            vb.unsetCursor()

    def _update_highlight(self) -> None:
        i = self._highlight
        if i is None or not 0 <= i < self._x.size:
            self._highlight = None
            self.highlight.setData([], [])
            return
        self.highlight.setData([self._x[i]], [self._y[i]])

    def _update_residuals(self) -> None:
        visible = self.show_residuals and self._x.size > 0
        self.residuals_above.setVisible(visible)
        self.residuals_below.setVisible(visible)
        if not visible:
            return
        idx = self._residual_idx
        xs, ys, sign = geometry.residual_segments(self._x[idx], self._y[idx], *self._current)
        above = np.repeat(sign >= 0, 2)
        self.residuals_above.setData(xs[above], ys[above], connect="pairs")
        self.residuals_below.setData(xs[~above], ys[~above], connect="pairs")

    def _view_changed(self, *_args) -> None:
        if self.show_squares:
            self._update_squares()
        if not self._placing:
            self._place_legend()

    def _update_squares(self) -> None:
        scale = self.pixel_size() if self.show_squares and self._x.size > 0 else None
        if scale is None:
            self.squares_above.setVisible(False)
            self.squares_below.setVisible(False)
            return
        idx = self._residual_idx
        aspect = scale[0] / scale[1]  # x units that look as long as one y unit
        sq = points.squares(self._x[idx], self._y[idx], *self._current, aspect=aspect)
        (x_lo, x_hi), (y_lo, y_hi) = self.getPlotItem().getViewBox().viewRange()
        w, h = x_hi - x_lo, y_hi - y_lo  # clip a view's size outside the view
        sq = sq.clipped(x_lo - w, x_hi + w, y_lo - h, y_hi + h)
        xs, ys = sq.outline()
        for item, rows in (
            (self.squares_above, sq.residual > 0),
            (self.squares_below, sq.residual < 0),
        ):
            item.set_squares(xs[rows], ys[rows])
            item.setVisible(True)


def _with_alpha(colour: str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c

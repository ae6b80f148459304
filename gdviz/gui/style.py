"""Colours, fonts, pens and axes shared by the panels (legible on a projector).

Colours follow the Okabe-Ito palette, which stays distinct for colour-blind viewers; a
:class:`gdviz.gui.theme.Theme` has its own version of each. The helpers here dress one
plot (background, axes, labels, title, legend) in a theme; each panel calls them from its
``apply_theme``. Every text they are given is plain text: column names come from files.

Compared runs are drawn in their rule's look, declared in the optimizer registry
(:func:`rule_colour`, :func:`rule_pen`): one colour and line style per rule in every panel,
legend and table. Axes (:class:`PlainAxis`) write their ticks by the one number policy of
:mod:`gdviz.core.words`, never with a multiplier beside them; legends go where they cover
no data (:func:`place_legend`).
"""

from __future__ import annotations

import html
import math
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen

from ..core import geometry, words
from ..core.optimizers import DEFAULT_OPTIMIZER, optimizer_spec
from . import pg_adapter

BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILION = "#D55E00"
GREEN = "#009E73"
SKY = "#56B4E9"
PURPLE = "#CC79A7"
GREY = "#7F7F7F"
INK = "#202020"
PAPER = "#FFFFFF"

POINT_COLOUR = BLUE
LINE_COLOUR = VERMILION
OPTIMUM_COLOUR = GREEN
PATH_COLOUR = VERMILION
ABOVE_COLOUR = BLUE  # residual of a point above the line
BELOW_COLOUR = ORANGE

#: Colour of each run, main run first (colour-blind-safe, distinct from the data points).
RUN_COLOURS = (VERMILION, BLUE, GREEN, PURPLE)

TICK_POINT_SIZE = 11
LABEL_POINT_SIZE = 12
TITLE_POINT_SIZE = 13.0
TITLE_SIZE = f"{TITLE_POINT_SIZE:g}pt"
#: Legend entries, in the light theme (themes scale it by their text scale).
LEGEND_POINT_SIZE = 11
#: The title row is at least this tall (pyqtgraph's own height for it).
TITLE_ROW_HEIGHT = 30


def configure_pyqtgraph() -> None:
    """Global pyqtgraph options: white background, dark ink, antialiasing."""
    pg.setConfigOptions(antialias=True, background=PAPER, foreground=INK)


def pen(colour, width: float = 2.0, dashed: bool = False):
    p = pg.mkPen(colour, width=width)
    if dashed:
        p.setStyle(Qt.PenStyle.DashLine)
    return p


def point_font(points: float) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    return font


def plain(text: str) -> str:
    """``text`` escaped for pyqtgraph's labels, which are HTML: shown as written."""
    return html.escape(str(text), quote=False)


def style_plot(plot: pg.PlotWidget, theme, title: str, x_label: str, y_label: str) -> None:
    """Background, axes, axis labels and title of ``plot`` in ``theme``.

    Type large enough for the back of a room. No grid lines: pyqtgraph repaints them
    with every frame, and they cost more to paint than everything else in a panel. No
    SI multiplier by any axis (a :class:`PlainAxis` says its scale in its title).
    """
    plot.setBackground(theme.background)
    item = plot.getPlotItem()
    tick_font = point_font(theme.tick_pt)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        if axis.autoSIPrefix:
            axis.enableAutoSIPrefix(False)
        axis.setPen(pg.mkPen(theme.foreground, width=theme.axis_width))
        axis.setTextPen(pg.mkPen(theme.foreground))
        axis.setTickFont(tick_font)
    set_axis_labels(plot, theme, x_label, y_label)
    set_title(plot, theme, title)


def set_axis_labels(plot: pg.PlotWidget, theme, x_label: str, y_label: str) -> None:
    """Name the axes (plain text: a column name is shown as written)."""
    css = {"font-size": f"{theme.label_pt:g}pt", "color": theme.foreground}
    item = plot.getPlotItem()
    item.setLabel("bottom", plain(x_label), **css)
    item.setLabel("left", plain(y_label), **css)


def set_title(plot: pg.PlotWidget, theme, title: str) -> None:
    """The plot's title (plain text) in ``theme``, its row tall enough for the type."""
    item = plot.getPlotItem()
    item.setTitle(plain(title), size=f"{theme.title_pt:g}pt", color=theme.foreground)
    height = QFontMetrics(point_font(theme.title_pt)).height() + 8
    pg_adapter.set_title_height(item, max(TITLE_ROW_HEIGHT, height))


def style_legend(legend: pg.LegendItem, theme, alpha: int, border=None) -> None:
    """A legend's type, ink and box in ``theme``: the background at opacity ``alpha``.

    Entries added later take the same look.
    """
    legend.setLabelTextSize(f"{theme.pt(LEGEND_POINT_SIZE):g}pt")
    legend.setLabelTextColor(theme.foreground)
    legend.setBrush(pg.mkBrush(theme.backdrop(alpha)))
    if border is not None:
        legend.setPen(pg.mkPen(border))
    pg_adapter.refresh_legend(legend)


def style_line_label(line: pg.InfiniteLine, theme, colour, alpha: int, points: float) -> None:
    """The label of an ``InfiniteLine``: ``colour`` text on the background at ``alpha``."""
    line.label.setColor(colour)
    line.label.setFont(point_font(theme.pt(points)))
    pg_adapter.set_text_backdrop(line.label, theme.backdrop(alpha))


#: A view this many pixels across or less is squeezed to nothing (a colour bar beside it
#: keeps it a few pixels tall).
SQUEEZED_PX = 4


def pixel_size(plot: pg.PlotWidget) -> tuple[float, float] | None:
    """Data units per screen pixel along x and y of ``plot``; None while its view has no
    size (a panel squeezed to nothing, or not laid out yet).

    Read from the view's range and size, not ``ViewBox.viewPixelSize()``, whose cache
    can keep the size from before a resize.
    """
    vb = plot.getPlotItem().getViewBox()
    (x_lo, x_hi), (y_lo, y_hi) = vb.viewRange()
    width, height = vb.width(), vb.height()
    if not (width > SQUEEZED_PX and height > SQUEEZED_PX and x_hi > x_lo and y_hi > y_lo):
        return None
    x_per_px, y_per_px = (x_hi - x_lo) / width, (y_hi - y_lo) / height
    if not (math.isfinite(x_per_px) and math.isfinite(y_per_px)):
        return None
    return x_per_px, y_per_px


# ---------------------------------------------------------------------- axes
class PlainAxis(pg.AxisItem):
    """An axis whose ticks follow the one number policy (:mod:`gdviz.core.words`).

    Plain numbers (``-0.4``, ``0.6``, ``6000``), never pyqtgraph's multiplier beside the
    title (``(x0.001)``, ``(x1e+12)``). An axis whose values leave the plain range shows
    them divided by a power of a thousand and says so in its title (``"population, in
    millions"``). On a log scale the ticks are the values themselves (``0.01``, ``100``,
    ``10⁸``), never rescaled. ``integer``: ticks at whole numbers only (iterations).
    """

    #: The values are shown divided by 10**power.
    power = 0

    def __init__(self, orientation: str, integer: bool = False, **kwargs):
        self.integer = integer
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def setRange(self, mn: float, mx: float) -> None:
        power = 0 if self.logMode else words.axis_power(mn, mx)
        if power != self.power:
            self.power = power
            self.setScale(10.0**-power)  # redraws the title too
        super().setRange(mn, mx)

    def setLogMode(self, *args, **kwargs) -> None:
        super().setLogMode(*args, **kwargs)
        if self.logMode and self.power:
            self.power = 0
            self.setScale(1.0)

    def labelString(self) -> str:
        text = self.labelText
        scale = words.scale_words(self.power)
        if scale:
            text = f"{text}, {scale}"
        css = ";".join(f"{k}: {v}" for k, v in self.labelStyle.items())
        return f"<span style='{css}'>{text}</span>"

    def tickSpacing(self, minVal: float, maxVal: float, size: float):
        levels = super().tickSpacing(minVal, maxVal, size)
        if not self.integer or self.scale != 1.0 or self.logMode:
            return levels
        whole = [(spacing, offset) for spacing, offset in levels if spacing >= 1.0]
        return whole or [(1.0, 0.0)]

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return [words.format_power_of_ten(v, minor=True) for v in values]
        return [words.format_tick(v * scale, spacing * scale) for v in values]


def plain_axes(integer_x: bool = False) -> dict:
    """``axisItems`` for a ``PlotWidget``: plain left and bottom axes (whole-number ticks
    on the bottom one with ``integer_x``)."""
    return {"left": PlainAxis("left"), "bottom": PlainAxis("bottom", integer=integer_x)}


# ---------------------------------------------------------------------- rules' looks
#: Qt dash patterns (in pen widths) of the registry's line styles. Plain dashes are the
#: least-squares line's; a rule's styles all have dots in them.
DASH_PATTERNS = {
    "solid": None,
    "dot": (1.0, 1.8),
    "dash-dot": (5.0, 2.0, 1.0, 2.0),
    "dash-dot-dot": (5.0, 2.0, 1.0, 2.0, 1.0, 2.0),
}


def _rule(optimizer: str | None):
    try:
        return optimizer_spec(optimizer or DEFAULT_OPTIMIZER)
    except ValueError:  # a rule no longer registered: the default's look
        return optimizer_spec(DEFAULT_OPTIMIZER)


def rule_colour(theme, optimizer: str | None, on_dark=None) -> str:
    """The colour of ``optimizer``'s runs in ``theme`` (its registry colour: a hue in the
    theme's shade, ``"ink"`` the theme's text colour). ``on_dark``: a theme to take the
    hues from instead, for a view that is dark in every theme (the 3D view)."""
    source = on_dark if on_dark is not None else theme
    colour = _rule(optimizer).colour
    if colour == "ink":
        return theme.surface_foreground if on_dark is not None else theme.foreground
    return getattr(source.hues, colour, colour)


def rule_dash(optimizer: str | None) -> str:
    """The registry's line style of ``optimizer`` (``"solid"``, ``"dot"``, ...)."""
    return _rule(optimizer).dash


def rule_pen(theme, optimizer: str | None, width: float) -> QPen:
    """A pen in ``optimizer``'s colour and line style, ``width`` pixels in the light theme."""
    p = pen(rule_colour(theme, optimizer), theme.line(width))
    pattern = DASH_PATTERNS.get(rule_dash(optimizer))
    if pattern is not None:
        p.setDashPattern(list(pattern))
        p.setCapStyle(Qt.PenCapStyle.FlatCap)
    return p


# ---------------------------------------------------------------------- legends
class LegendSample(pg.ItemSample):
    """A legend's sample, wide enough to show a line's dashes (pyqtgraph's is 20 px)."""

    WIDTH = 36

    def __init__(self, item):
        super().__init__(item)
        self.setFixedWidth(self.WIDTH)

    def boundingRect(self):
        rect = super().boundingRect()
        rect.setWidth(self.WIDTH)
        return rect

    def paint(self, p, *args):
        item = self.item
        if isinstance(item, pg.PlotDataItem) and item.opts.get("symbol") is None:
            if item.isVisible():
                p.setRenderHint(p.RenderHint.Antialiasing)
                p.setPen(pg.mkPen(item.opts["pen"]))
                p.drawLine(QPointF(1, 11), QPointF(self.WIDTH - 1, 11))
                return
        p.translate((self.WIDTH - 20) / 2, 0)  # a symbol in the middle
        super().paint(p, *args)


def place_legend(
    plot, legend, x, y, avoid=None, grow: float = 0.0, margin: float = 8.0, view_px=None
):
    """Put ``legend`` in the corner of ``plot``'s view that covers none of the points
    ``x, y`` (:func:`gdviz.core.geometry.legend_place`) and return the place.

    ``avoid`` are samples of lines it had better not cover; with ``grow`` the y range
    may grow by that share to make an empty corner (the caller sets the returned range).
    ``view_px``: judge as if the view were this (width, height) in pixels, and leave
    the legend where it is. Returns None while the view has no size.
    """
    vb = plot.getPlotItem().getViewBox()
    width, height = view_px if view_px is not None else (vb.width(), vb.height())
    if not (width > 0 and height > 0):
        return None
    legend.updateSize()
    box = ((legend.width() + 2 * margin) / width, (legend.height() + 2 * margin) / height)
    x_range, y_range = vb.viewRange()
    place = geometry.legend_place(x, y, x_range, y_range, box, avoid=avoid, grow=grow)
    if view_px is not None:
        return place
    right = place.corner.endswith("right")
    bottom = place.corner.startswith("bottom")
    anchor = (1 if right else 0, 1 if bottom else 0)
    offset = (-margin if right else margin, -margin if bottom else margin)
    legend.anchor(itemPos=anchor, parentPos=anchor, offset=offset)
    return place


#: A corner legend may take up to this share of its plot's height.
CORNER_SHARE = 0.55


class PlotLegend:
    """A plot's legend that never covers its data.

    Its entries sit in the emptiest corner of the view (:func:`place_legend`); extra
    entries (compared runs) join them there while there are few in all, and otherwise go
    in a strip beside the view: right of it in one column or above it in as many columns
    as fit, whichever leaves the view more room. When no corner can be freed, every
    entry goes in the strip.

    :attr:`legend` is the legend that shows the main entries now (``corner`` or
    ``strip``); :meth:`labels` lists every entry shown.
    """

    def __init__(self, plot: pg.PlotWidget, most_rows: int = 4, place=None):
        self.plot = plot
        # after a resize, placed again once the layout has settled (``place()``)
        self._later = QTimer(plot)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._place = place
        if place is not None:
            self._later.timeout.connect(self._place_later)
            plot.getPlotItem().getViewBox().sigResized.connect(self._later.start)
        self.most_rows = most_rows  # more entries in all than this: extras beside the view
        item = plot.getPlotItem()
        self.corner = pg.LegendItem(offset=(10, 10), sampleType=LegendSample)
        self.corner.setParentItem(item.getViewBox())
        self.strip = pg.LegendItem(offset=None, sampleType=LegendSample, frame=False)
        self.side = "top"
        self._beside = (0.0, 0.0)  # the row above and the column right of the view
        pg_adapter.put_beside_view(item, self.strip, self.side)
        self.legend = self.corner
        self.place: geometry.LegendPlace | None = None  # where the corner legend went
        self._entries: list = []
        self._extra: list = []
        self._all_beside = False  # no corner could be freed
        self._strip_key: tuple | None = None  # what the strip holds
        self._fill_strip(force=True)

    def _place_later(self) -> None:
        item = self.plot.getPlotItem()
        if item is not None and item.getViewBox() is not None:  # not closed meanwhile
            self._place()

    def style(self, theme, alpha: int) -> None:
        style_legend(self.corner, theme, alpha)
        style_legend(self.strip, theme, 0)
        self.fit_strip(force=True)

    def set_entries(self, entries, extra=()) -> None:
        """``(item, label)`` pairs (label plain text or escaped): ``entries`` in the
        corner, ``extra`` with them or beside the view. An item may be a callable that
        makes a fresh legend sample (a sample belongs to one legend)."""
        self._entries, self._extra = list(entries), list(extra)
        self.corner.clear()
        together = len(self._entries) + len(self._extra) <= self.most_rows
        for item, label in self._entries + (self._extra if together else []):
            self.corner.addItem(item() if callable(item) else item, label)
        pg_adapter.refresh_legend(self.corner)
        self._fill_strip(force=True)

    def labels(self) -> list[str]:
        """Every entry's label as shown, the main entries first."""
        shown = [self.strip] if self._all_beside else [self.corner, self.strip]
        return [label.text for legend in shown for _s, label in legend.items]

    def _fill_strip(self, force: bool = False) -> None:
        """The strip: every entry when no corner is free, else the extras that do not
        join the corner; the corner shown only when it is in use."""
        together = len(self._entries) + len(self._extra) <= self.most_rows
        if self._all_beside:
            beside = self._entries + self._extra
        else:
            beside = [] if together else self._extra
        key = (self._all_beside, len(beside))
        refill = force or key != self._strip_key
        if refill:
            self._strip_key = key
            self.strip.clear()
            for item, label in beside:
                self.strip.addItem(item() if callable(item) else item, label)
            pg_adapter.refresh_legend(self.strip)
        self.legend = self.strip if self._all_beside else self.corner
        self.corner.setVisible(not self._all_beside and bool(self.corner.items))
        self.fit_strip(force=refill)

    @staticmethod
    def _natural_size(labels, columns: int) -> tuple[float, float]:
        """The size of a strip of entries with these ``labels`` in ``columns`` columns
        (row by row, as ``LegendItem`` lays them out), from the texts' own sizes: once in
        the plot's layout the strip is stretched to its cell, and so are its entries."""
        cells = [
            (
                LegendSample.WIDTH + label.item.boundingRect().width() + 12,
                max(20.0, label.item.boundingRect().height()),
            )
            for label in labels
        ]
        widths = [max(w for w, _h in cells[c::columns]) for c in range(columns)]
        rows = [max(h for _w, h in cells[r : r + columns]) for r in range(0, len(cells), columns)]
        return sum(widths) + 10, sum(rows) + 6

    def _strip_layout(self, labels, width: float, height: float):
        """Where a strip of these entries goes beside a plot of ``width`` × ``height``:
        ``(side, columns, (height above, width right))``. Right of the view in one column
        or above it in as many columns as fit, whichever leaves the view more room."""
        if not labels:
            return self.side, 1, (0.0, 0.0)
        column = self._natural_size(labels, 1)
        columns = next(
            (n for n in range(len(labels), 1, -1) if self._natural_size(labels, n)[0] <= width),
            1,
        )
        row_height = self._natural_size(labels, columns)[1]
        right_room = (width - column[0]) * height if column[1] <= height else 0.0
        if right_room > width * (height - row_height):
            return "right", 1, (0.0, column[0])
        return "top", columns, (row_height, 0.0)

    def _plot_size(self) -> tuple[float, float]:
        """The view's size with nothing beside it."""
        vb = self.plot.getPlotItem().getViewBox()
        return vb.width() + self._beside[1], vb.height() + self._beside[0]

    def fit_strip(self, force: bool = False) -> None:
        """Lay the strip out beside the view (:meth:`_strip_layout`); nothing beside the
        view while the strip is empty. ``force``: its entries changed (the plot's layout
        puts the strip back in its cell, which sizing itself moved)."""
        strip = self.strip
        if not strip.items:
            strip.setVisible(False)
            self._set_beside(0, 0, force)
            return
        strip.setVisible(True)
        labels = [label for _sample, label in strip.items]
        side, columns, beside = self._strip_layout(labels, *self._plot_size())
        force = force or columns != strip.columnCount or side != self.side
        strip.setColumnCount(columns)
        self._set_side(side)
        self._set_beside(*beside, force)

    def _set_side(self, side: str) -> None:
        if side != self.side:
            self.side = side
            pg_adapter.put_beside_view(self.plot.getPlotItem(), self.strip, side)

    def _set_beside(self, height: float, width: float, force: bool = False) -> None:
        if force or (height, width) != self._beside:
            self._beside = (height, width)
            pg_adapter.set_beside_view_size(self.plot.getPlotItem(), height, width)

    def place_in_corner(self, x, y, avoid=None, grow: float = 0.0):
        """Put the corner legend where it covers none of ``x, y`` (see
        :func:`place_legend`); when no corner can be freed, or the legend is taller than
        :data:`CORNER_SHARE` of the plot, every entry goes beside the view instead.

        Judged for the view as it would be with the corner in use (the plot less the
        strip of extra entries, if any), so the choice does not flip as the strip comes
        and goes. Returns the place (None while the view has no size, or when beside the
        view).
        """
        width, height = self._plot_size()
        self.corner.updateSize()
        if height > 0 and width > 0 and self.corner.items:
            extras = self._extras_beside()
            _side, _columns, (above, right) = self._strip_layout(extras, width, height)
            view = (width - right, height - above)
            too_big = self.corner.height() + 20 > CORNER_SHARE * view[1]
            judged = place_legend(self.plot, self.corner, x, y, avoid, grow, view_px=view)
            self._all_beside = too_big or judged is None or judged.covered > 0
        self._fill_strip()
        self.place = None
        if not self._all_beside and self.corner.items:
            self.place = place_legend(self.plot, self.corner, x, y, avoid, grow)
        return self.place

    def _extras_beside(self) -> list:
        """The labels of the extra entries the strip holds while the corner is in use."""
        together = len(self._entries) + len(self._extra) <= self.most_rows
        if together or not self._extra:
            return []
        return [label for _sample, label in self.strip.items[-len(self._extra) :]]


def legend_rect_in_scene(legend):
    """The legend's box in scene coordinates (for tests and placement checks)."""
    return legend.mapRectToScene(legend.boundingRect())


def contrasting(colour: str) -> str:
    """White or near-black, whichever stands out against ``colour`` (a halo's colour)."""
    return "#FFFFFF" if QColor(colour).lightnessF() < 0.5 else INK

"""Colours, fonts and pens shared by the panels (legible on a projector).

Colours follow the Okabe-Ito palette, which stays distinct for colour-blind viewers; a
:class:`gdviz.gui.theme.Theme` has its own version of each. The helpers here dress one
plot (background, axes, labels, title, legend) in a theme; each panel calls them from its
``apply_theme``. Every text they are given is plain text: column names come from files.
"""

from __future__ import annotations

import html
import math
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

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
    with every frame, and they cost more to paint than everything else in a panel.
    """
    plot.setBackground(theme.background)
    item = plot.getPlotItem()
    tick_font = point_font(theme.tick_pt)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
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


def pixel_size(plot: pg.PlotWidget) -> tuple[float, float] | None:
    """Data units per screen pixel along x and y of ``plot``; None while its view has no
    size (a panel squeezed to nothing, or not laid out yet).

    Read from the view's range and size, not ``ViewBox.viewPixelSize()``, whose cache
    can keep the size from before a resize.
    """
    vb = plot.getPlotItem().getViewBox()
    (x_lo, x_hi), (y_lo, y_hi) = vb.viewRange()
    width, height = vb.width(), vb.height()
    if not (width > 0 and height > 0 and x_hi > x_lo and y_hi > y_lo):
        return None
    x_per_px, y_per_px = (x_hi - x_lo) / width, (y_hi - y_lo) / height
    if not (math.isfinite(x_per_px) and math.isfinite(y_per_px)):
        return None
    return x_per_px, y_per_px

"""Colours, fonts and pens shared by the panels (legible on a projector).

Colours follow the Okabe-Ito palette, which stays distinct for colour-blind viewers.
"""

from __future__ import annotations

import math
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

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
TITLE_SIZE = "13pt"


def configure_pyqtgraph() -> None:
    """Global pyqtgraph options: white background, dark ink, antialiasing."""
    pg.setConfigOptions(antialias=True, background=PAPER, foreground=INK)


def pen(colour: str, width: float = 2.0, dashed: bool = False):
    p = pg.mkPen(colour, width=width)
    if dashed:
        p.setStyle(Qt.PenStyle.DashLine)
    return p


def style_plot(plot: pg.PlotWidget, title: str, x_label: str, y_label: str) -> None:
    """Title, axis labels and tick fonts large enough for the back of a room.

    No grid lines: pyqtgraph repaints them with every frame, and they cost more to
    paint than everything else in a panel.
    """
    item = plot.getPlotItem()
    item.setTitle(title, size=TITLE_SIZE)
    tick_font = QFont()
    tick_font.setPointSize(TICK_POINT_SIZE)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTickFont(tick_font)
        axis.setTextPen(INK)
        axis.setPen(INK)
    set_axis_labels(plot, x_label, y_label)


def set_axis_labels(plot: pg.PlotWidget, x_label: str, y_label: str) -> None:
    style = {"font-size": f"{LABEL_POINT_SIZE}pt", "color": INK}
    item = plot.getPlotItem()
    item.setLabel("bottom", x_label, **style)
    item.setLabel("left", y_label, **style)


def pixel_size(plot: pg.PlotWidget) -> tuple[float, float] | None:
    """Data units per screen pixel along x and y of ``plot``; None while its view has no
    size (a panel squeezed to nothing, or not laid out yet).

    Read from the view's range and size, not ``ViewBox.viewPixelSize()``, whose cache
    can keep the size from before a resize.
    """
    vb = plot.getPlotItem().vb
    (x_lo, x_hi), (y_lo, y_hi) = vb.viewRange()
    width, height = vb.width(), vb.height()
    if not (width > 0 and height > 0 and x_hi > x_lo and y_hi > y_lo):
        return None
    x_per_px, y_per_px = (x_hi - x_lo) / width, (y_hi - y_lo) / height
    if not (math.isfinite(x_per_px) and math.isfinite(y_per_px)):
        return None
    return x_per_px, y_per_px

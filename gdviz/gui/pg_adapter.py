"""Every use of pyqtgraph's private or internal API in gdviz, each with the reason.

gdviz talks to pyqtgraph through its public API. Where pyqtgraph (0.14) offers no
public way to do something gdviz needs, the one function here that does it says why, so
a new pyqtgraph release has one place to check. Nothing else in :mod:`gdviz.gui` reads
or writes pyqtgraph's attributes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

__all__ = [
    "GLText",
    "background_colour",
    "drawing_only",
    "gl_text",
    "gl_view_mixin",
    "on_update",
    "put_beside_view",
    "refresh_legend",
    "set_beside_view_size",
    "set_export_mode",
    "set_text_backdrop",
    "set_title_height",
]


# ---------------------------------------------------------------------- 2D plots
def set_title_height(plot_item: pg.PlotItem, height: float) -> None:
    """Make the title row of ``plot_item`` ``height`` pixels tall.

    Why: ``PlotItem.setTitle`` fixes the title row at 30 px, which clips a large title
    (the presentation theme's 22 pt), and there is no public setter for it. The title
    label and the plot's grid layout are attributes ``setTitle`` itself uses. Call this
    after every ``setTitle``, which puts the 30 px back.
    """
    plot_item.titleLabel.setMaximumHeight(height)
    plot_item.layout.setRowFixedHeight(0, height)
    _no_minimum_width(plot_item.titleLabel)


def _no_minimum_width(label: pg.LabelItem) -> None:
    """Let ``label`` be narrower than its text.

    Why: ``LabelItem`` asks for its text's width as its minimum (``updateMin``, run on
    every text change and resize), so a long (translated) title on a narrow panel makes
    the plot wider than its widget and pushes the axes and the colour bar out of sight.
    The title may overhang its cell instead.
    """
    if getattr(label, "_gdviz_narrow", False):
        return
    original = label.updateMin

    def update_min() -> None:
        original()
        height = label.minimumHeight()
        label.setMinimumWidth(0)
        label._sizeHint[Qt.SizeHint.MinimumSize] = (0, height)
        label.updateGeometry()

    label.updateMin = update_min
    label._gdviz_narrow = True
    update_min()


#: Cells of ``PlotItem``'s layout beside the view: (row, column).
_BESIDE_VIEW = {"top": (1, 1), "right": (2, 2)}


def put_beside_view(plot_item: pg.PlotItem, item, side: str) -> None:
    """Put ``item`` (a legend) in ``plot_item``'s layout above the view (``side="top"``,
    between it and the title) or right of it (``"right"``); it leaves the other place.

    Why: ``PlotItem`` has no public way to add an item beside its view; its grid layout
    (the ``layout`` attribute: row 0 the title, row 1 the top axis, row 2 the left axis,
    the view and the right axis) is what pyqtgraph's own
    ``ColorBarItem.setImageItem(insert_in=...)`` adds to. A cell holds one item: the top
    and right axes (hidden in every gdviz plot) leave theirs.
    """
    layout = plot_item.layout
    held = [layout.itemAt(i) for i in range(layout.count())]
    for gone in (plot_item.getAxis("top"), plot_item.getAxis("right"), item):
        if any(other is gone for other in held):  # (removing an absent item warns)
            layout.removeItem(gone)
    row, col = _BESIDE_VIEW[side]
    align = Qt.AlignmentFlag.AlignLeft if side == "top" else Qt.AlignmentFlag.AlignVCenter
    layout.addItem(item, row, col, align)


def set_beside_view_size(plot_item: pg.PlotItem, height: float, width: float) -> None:
    """Make the row above the view ``height`` and the column right of it ``width`` pixels
    (0: none).

    Why: as :func:`put_beside_view`, their sizes belong to ``PlotItem``'s layout.
    """
    plot_item.layout.setRowFixedHeight(1, height)
    plot_item.layout.setColumnFixedWidth(2, width)
    plot_item.layout.invalidate()  # a legend that sized itself is put back in its cell


def set_text_backdrop(item: pg.TextItem, fill, border=None) -> None:
    """Fill (and outline) the box behind a ``TextItem``, e.g. an ``InfiniteLine``'s label.

    Why: ``TextItem`` takes ``fill`` and ``border`` only in its constructor and has no
    setters; an ``InfiniteLine`` builds its label itself, so a theme cannot make a new
    one. ``paint`` reads the two attributes each time, so setting them and asking for a
    repaint is all a setter would do.
    """
    item.fill = pg.mkBrush(fill)
    item.border = pg.mkPen(border)
    item.update()


def refresh_legend(legend: pg.LegendItem) -> None:
    """Redraw a legend's entries in its current label style and size its box to them.

    Why: ``setLabelTextColor`` and ``setLabelTextSize`` only store the new style in
    each entry's label options; a ``LabelItem`` renders its options when its text is
    set, so the entries keep their old colour and size until then. And ``LegendItem``
    sizes its box from its rows' current geometry only when an entry is added or
    removed. There is no public list of the entries, so the ``items`` pairs the legend
    keeps (and each label's ``text``) are read here.

    Rows are packed tight: a label's text has no document margin and the legend's box
    a small one (``LegendItem`` keeps its grid layout as ``layout``; each label's text
    item is its ``item``), so a legend of four entries fits a corner of a small plot.
    """
    legend.layout.setContentsMargins(5, 3, 5, 3)
    legend.layout.setVerticalSpacing(0)
    for sample, label in legend.items:
        label.item.document().setDocumentMargin(1)
        label.setText(label.text)
        for row_item in (sample, label):
            row_item.resize(row_item.effectiveSizeHint(Qt.SizeHint.PreferredSize))
    legend.updateSize()
    legend.update()


def set_export_mode(items: Sequence, on: bool) -> None:
    """Tell pyqtgraph items they are being drawn for a vector export (or no longer).

    Why: an item drawn into an SVG must not use its pixmap caches (a scatter plot stamps
    its symbols from pictures). pyqtgraph's own exporters switch this with the items'
    ``setExportMode``, which is meant for exporters and not documented for others; gdviz
    renders SVG with Qt's generator (pyqtgraph's SVG exporter cannot parse what Qt 6.11
    writes, pyqtgraph#3485), so it does the exporters' part itself.
    """
    for item in items:
        if on:
            item.setExportMode(True, {"antialias": True})
        else:
            item.setExportMode(False)


# ---------------------------------------------------------------------- 3D view
def gl_view_mixin() -> type:
    """pyqtgraph's 3D view logic (camera, projection, item tree) without its widget.

    Why: ``pyqtgraph.opengl`` exports only ``GLViewWidget``, a ``QOpenGLWidget``, which
    makes Qt composite the whole window with OpenGL on every repaint. gdviz draws the
    same items into a framebuffer object of its own; the mixin ``GLViewWidget`` is made
    of lives in the ``GLViewWidget`` module and is not exported.
    """
    from pyqtgraph.opengl.GLViewWidget import GLViewMixin

    return GLViewMixin


@contextmanager
def drawing_only(view, keep: Callable[[object], bool]) -> Iterator[None]:
    """While inside, ``view.drawItemTree()`` draws only the items for which ``keep`` is
    true (one layer of the picture).

    Why: a 3D view draws every item in its ``items`` list and has no way to draw a
    subset; the static layer (surface, grid, axes) and the dynamic one (path, markers)
    are drawn separately. Drawing a subtree by hand would need the view's private
    model-view stack, so the list is swapped for the one call instead.
    """
    everything = view.items
    view.items = [item for item in everything if keep(item)]
    try:
        yield
    finally:
        view.items = everything


def on_update(item, callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever ``item`` (a 3D item) asks to be redrawn.

    Why: 3D items have no signal for a change; every setter (``setData``,
    ``setVisible``, ``setColor``...) ends in the item's ``update()``, so that method is
    wrapped on this one instance.
    """
    original = item.update

    def update() -> None:
        callback()
        original()

    item.update = update


def background_colour(view) -> QColor:
    """The background colour a 3D view clears to.

    Why: ``setBackgroundColor`` has no getter; the colour is kept in the view's
    ``opts`` dictionary, as ``(r, g, b, a)`` floats.
    """
    return QColor.fromRgbF(*view.opts["bgcolor"])


class GLText(NamedTuple):
    """What a ``GLTextItem`` was given with ``setData``."""

    text: str
    font: QFont
    colour: QColor
    position: tuple


def gl_text(item) -> GLText:
    """The text, font, colour and 3D position of a ``GLTextItem``.

    Why: ``GLTextItem.setData`` stores its arguments as plain attributes and there are
    no getters; gdviz measures the labels (to fit them in the view) and draws them
    itself, all at once, over the 3D picture.
    """
    return GLText(item.text, item.font, QColor(item.color), tuple(item.pos))

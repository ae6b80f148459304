"""Themes for the whole window: light, dark and presentation (large type, thick lines).

A theme restyles what the panels have drawn; it never rebuilds them. Panels create their
items in the light look of :mod:`gdviz.gui.style`; :func:`apply_theme` then walks every
pyqtgraph view in the window and

- translates each colour of style's palette (the Okabe-Ito blue, orange, vermilion, green,
  sky and purple, the grey, the ink and the white paper) into the theme's version of it,
  so a role keeps its hue in every theme (the current line is vermilion everywhere);
- multiplies each pen width and marker size by the theme's scale, from the width the
  panel first gave it (remembered on first sight), so light after presentation is the
  original look again;
- sets backgrounds, axis pens, tick fonts, axis labels, titles and legends.

Items on a heat map (a panel with an ``ImageItem``) keep their white and ink: they are
drawn against the colour map, not the background.

Panels added later need nothing special: every ``pyqtgraph`` view in the window is
styled, and :func:`style_plot_widget` styles one view on its own. Any other widget with a
``set_theme(theme)`` method (the large display; a panel that paints itself) is called
with the theme, and one with ``set_palette(background, foreground)`` (the 3D view) gets
the theme's surface colours. Panels that rebuild or
re-title items (a new data set, new compared runs) get the light look back; call
:func:`refresh_theme` after such a change.

Presentation mode (:func:`enter_presentation`, F11) shows the window full screen in the
presentation theme. That theme is light: a projector cannot show black, and in a lit room
a dark background turns grey while its thin light lines bloom; black ink on white keeps
its contrast. The presentation-dark theme is there for dimmed lecture halls.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import pyqtgraph as pg
from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QBrush, QColor, QFont, QFontMetrics, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractGraphicsShapeItem,
    QApplication,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolTip,
    QWidget,
)

from . import style
from .shortcuts import key_sequences

__all__ = [
    "DARK",
    "LIGHT",
    "PRESENTATION",
    "PRESENTATION_DARK",
    "THEMES",
    "PresentationMode",
    "Theme",
    "apply_theme",
    "current_theme",
    "enter_presentation",
    "forget_look",
    "is_presenting",
    "leave_presentation",
    "presentation_backup",
    "refresh_theme",
    "style_plot_widget",
    "theme_menu",
]

_WHITE = "#FFFFFF"
#: Run colours (main run first) as style.py defines them.
_RUN_COLOURS = tuple(style.RUN_COLOURS)


def _hex(colour) -> str:
    """``"#RRGGBB"`` (upper case) of any colour pyqtgraph understands."""
    return pg.mkColor(colour).name().upper()


def _pt(size: str) -> float:
    """``"13pt"`` -> 13.0"""
    return float(str(size).strip().removesuffix("pt"))


@dataclass(frozen=True)
class Theme:
    """How the window looks.

    Attributes
    ----------
    name : str
        Key in :data:`THEMES` (``"light"``, ``"dark"``, ...).
    label : str
        Menu text.
    background, foreground : str
        Plot background and ink (axes, ticks, titles, labels).
    panel_background, panel_foreground : str
        Window and text colours of the Qt widgets (controls, menus, status bar) and of
        the large display. Light themes keep the application's own palette.
    field_background : str
        Background of input fields and lists (dark themes).
    hues : Mapping[str, str]
        The theme's version of each colour of :mod:`gdviz.gui.style` (keys: style's hex
        codes, upper case). Colours not listed are kept.
    line_scale, marker_scale : float
        Factors for pen widths and marker sizes (1 in the light theme).
    axis_width : float
        Width of the axis lines in pixels.
    tick_pt, label_pt, title_pt : float
        Point sizes of tick numbers, axis labels and plot titles; legends and text inside
        the plots scale by ``label_pt / style.LABEL_POINT_SIZE``.
    control_pt : float or None
        Point size of the controls, menus and tool tips; None keeps the application's.
    big_display_pt : float
        Point size of the large iteration and error display (it shrinks to fit).
    surface_background, surface_foreground : str
        Background and ink of the 3D surface view.
    dark, high_contrast : bool
        Light ink on a dark background; the presentation's high-contrast palette.
    """

    name: str
    label: str
    background: str
    foreground: str
    panel_background: str
    panel_foreground: str
    field_background: str
    hues: Mapping[str, str] = field(default_factory=dict, hash=False)
    line_scale: float = 1.0
    marker_scale: float = 1.0
    axis_width: float = 1.0
    tick_pt: float = style.TICK_POINT_SIZE
    label_pt: float = style.LABEL_POINT_SIZE
    title_pt: float = _pt(style.TITLE_SIZE)
    control_pt: float | None = None
    big_display_pt: float = 28.0
    surface_background: str = "#14171C"
    surface_foreground: str = "#E8E8E8"
    dark: bool = False
    high_contrast: bool = False

    def colour(self, colour, *, on_image: bool = False) -> QColor:
        """The theme's version of a colour of style's palette (alpha kept).

        On a heat map (``on_image``) white and ink are kept: they stand out against the
        colour map, not against the background.
        """
        source = pg.mkColor(colour)
        key = source.name().upper()
        if on_image and key in (_WHITE, _hex(style.INK)):
            return QColor(source)
        result = QColor(self.hues.get(key, key))
        result.setAlpha(source.alpha())
        return result

    def _role(self, colour) -> str:
        return self.colour(colour).name().upper()

    # the series colours, by role (style.py says which hue each role has)
    @property
    def points(self) -> str:
        return self._role(style.POINT_COLOUR)

    @property
    def current_line(self) -> str:
        return self._role(style.LINE_COLOUR)

    @property
    def least_squares(self) -> str:
        return self._role(style.OPTIMUM_COLOUR)

    @property
    def path(self) -> str:
        return self._role(style.PATH_COLOUR)

    @property
    def optimum(self) -> str:
        return self._role(style.OPTIMUM_COLOUR)

    @property
    def residual_above(self) -> str:
        return self._role(style.ABOVE_COLOUR)

    @property
    def residual_below(self) -> str:
        return self._role(style.BELOW_COLOUR)

    @property
    def compare(self) -> tuple[str, ...]:
        """Colour of each run, main run first."""
        return tuple(self._role(c) for c in _RUN_COLOURS)

    @property
    def text_scale(self) -> float:
        return self.label_pt / style.LABEL_POINT_SIZE


def _hues(**named: str) -> Mapping[str, str]:
    """Map style's colours, given by their names in style.py (``BLUE="#..."``), to new ones."""
    return MappingProxyType({_hex(getattr(style, name)): value for name, value in named.items()})


#: The original look: white plots, Okabe-Ito colours.
LIGHT = Theme(
    name="light",
    label="&Light",
    background=style.PAPER,
    foreground=style.INK,
    panel_background="#EFEFEF",
    panel_foreground="#000000",
    field_background="#FFFFFF",
    hues=MappingProxyType({}),
)

#: Dark grey plots, light ink; the blue, vermilion, green, purple and grey brightened to
#: keep at least 5.8:1 contrast on the background (orange and sky already have 7:1).
DARK = Theme(
    name="dark",
    label="&Dark",
    background="#1C1F24",
    foreground="#E8E8E8",
    panel_background="#2A2D33",
    panel_foreground="#E8E8E8",
    field_background="#3A3E46",
    hues=_hues(
        BLUE="#4DA3E8",
        VERMILION="#F07A2C",
        GREEN="#1DB585",
        PURPLE="#E08AC0",
        GREY="#9A9A9A",
        INK="#E8E8E8",
        PAPER="#1C1F24",
    ),
    surface_background="#1C1F24",
    dark=True,
)

#: The sizes both presentation themes share: type from the back of the room, lines twice
#: as thick, the high-contrast palette.
_PRESENTATION_SIZES = MappingProxyType(
    {
        "line_scale": 2.0,
        "marker_scale": 1.6,
        "axis_width": 2.0,
        "tick_pt": 16,
        "label_pt": 20,
        "title_pt": 22,
        "control_pt": 16,
        "big_display_pt": 44,
        "high_contrast": True,
    }
)

#: For a projector in a lit room: black ink on white, Okabe-Ito hues darkened where
#: needed so every series has at least 3:1 contrast on white (WCAG's figure for graphics),
#: type from the back of the room, lines twice as thick.
PRESENTATION = Theme(
    name="presentation",
    label="&Presentation (high contrast)",
    background="#FFFFFF",
    foreground="#000000",
    panel_background="#FFFFFF",
    panel_foreground="#000000",
    field_background="#FFFFFF",
    hues=_hues(
        VERMILION="#C24F00",
        GREEN="#00896A",
        ORANGE="#C98300",
        SKY="#2B8FCB",
        PURPLE="#A94F86",
        GREY="#666666",
        INK="#000000",
    ),
    **_PRESENTATION_SIZES,
)

#: Presentation for a darkened hall: white ink on near-black, brightened hues (7.6:1+).
PRESENTATION_DARK = Theme(
    name="presentation-dark",
    label="Presentation, dar&k",
    background="#101010",
    foreground="#FFFFFF",
    panel_background="#1A1A1A",
    panel_foreground="#FFFFFF",
    field_background="#333333",
    hues=_hues(
        BLUE="#5AB0F0",
        VERMILION="#FF8040",
        GREEN="#20C090",
        ORANGE="#FFB020",
        SKY="#72C3FF",
        PURPLE="#F09AD0",
        GREY="#B0B0B0",
        INK="#FFFFFF",
        PAPER="#101010",
    ),
    **_PRESENTATION_SIZES,
    surface_background="#101010",
    surface_foreground="#FFFFFF",
    dark=True,
)

THEMES: Mapping[str, Theme] = MappingProxyType(
    {t.name: t for t in (LIGHT, DARK, PRESENTATION, PRESENTATION_DARK)}
)


# ---------------------------------------------------------------------- pyqtgraph views
# What each item looked like when first seen (the panel's own light look).
_BASELINE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def forget_look(item) -> None:
    """Forget the light look remembered for ``item``: the next styling takes the look it has
    now as its own (after its panel gave it a new pen, say)."""
    _BASELINE.pop(item, None)


def _baseline(item, record):
    try:
        return _BASELINE[item]
    except KeyError:
        value = _BASELINE[item] = record()
        return value


def _copy_pen(pen) -> QPen | None:
    return None if pen is None else QPen(pg.mkPen(pen))


def _copy_brush(brush) -> QBrush | None:
    return None if brush is None else QBrush(pg.mkBrush(brush))


def _pen(base: QPen | None, theme: Theme, on_image: bool, scale: bool = True) -> QPen | None:
    if base is None:
        return None
    pen = QPen(base)
    if base.style() != Qt.PenStyle.NoPen:
        pen.setColor(theme.colour(base.color(), on_image=on_image))
    if scale:
        pen.setWidthF(
            max(base.widthF(), 1.0) * theme.line_scale if theme.line_scale != 1 else base.widthF()
        )
    return pen


def _brush(base: QBrush | None, theme: Theme, on_image: bool) -> QBrush | None:
    if base is None:
        return None
    brush = QBrush(base)
    if base.style() != Qt.BrushStyle.NoBrush:
        brush.setColor(theme.colour(base.color(), on_image=on_image))
    return brush


def _font_scaled(base: QFont, scale: float) -> QFont:
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    return font


def _same_colour(colour, other) -> bool:
    return colour is not None and pg.mkColor(colour) == pg.mkColor(other)


def _set(getter, setter, value) -> None:
    """``setter(value)`` unless ``getter()`` already equals it: no needless repaints."""
    if value is None:
        return
    try:
        if getter() == value:
            return
    except (TypeError, ValueError):
        pass
    setter(value)


def _style_data_item(item: pg.PlotDataItem, theme: Theme, on_image: bool) -> None:
    opts = item.opts
    base = _baseline(
        item,
        lambda: {
            "pen": _copy_pen(opts.get("pen")),
            "shadowPen": _copy_pen(opts.get("shadowPen")),
            "symbolPen": _copy_pen(opts.get("symbolPen")),
            "symbolBrush": _copy_brush(opts.get("symbolBrush")),
            "symbolSize": opts.get("symbolSize"),
            "fillBrush": _copy_brush(opts.get("fillBrush")),
        },
    )

    def current(key, make):
        return lambda: None if opts.get(key) is None else make(opts[key])

    _set(current("pen", pg.mkPen), item.setPen, _pen(base["pen"], theme, on_image))
    _set(
        current("shadowPen", pg.mkPen),
        item.setShadowPen,
        _pen(base["shadowPen"], theme, on_image),
    )
    if opts.get("symbol") is not None:
        _set(
            current("symbolPen", pg.mkPen),
            item.setSymbolPen,
            _pen(base["symbolPen"], theme, on_image),
        )
        _set(
            current("symbolBrush", pg.mkBrush),
            item.setSymbolBrush,
            _brush(base["symbolBrush"], theme, on_image),
        )
        if isinstance(base["symbolSize"], int | float):
            _set(
                lambda: opts.get("symbolSize"),
                item.setSymbolSize,
                base["symbolSize"] * theme.marker_scale,
            )
    _set(
        current("fillBrush", pg.mkBrush),
        item.setFillBrush,
        _brush(base["fillBrush"], theme, on_image),
    )


def _style_scatter_item(item: pg.ScatterPlotItem, theme: Theme, on_image: bool) -> None:
    # Only the item's defaults: spots given their own pen, brush or size keep them.
    opts = item.opts
    base = _baseline(
        item,
        lambda: {
            "pen": _copy_pen(opts["pen"]),
            "brush": _copy_brush(opts["brush"]),
            "size": opts["size"],
        },
    )
    _set(lambda: pg.mkPen(opts["pen"]), item.setPen, _pen(base["pen"], theme, on_image))
    _set(lambda: pg.mkBrush(opts["brush"]), item.setBrush, _brush(base["brush"], theme, on_image))
    if isinstance(base["size"], int | float):
        _set(lambda: opts["size"], item.setSize, base["size"] * theme.marker_scale)


def _style_text_item(item: pg.TextItem, theme: Theme, on_image: bool) -> None:
    base = _baseline(
        item,
        lambda: {
            "color": QColor(item.color),
            "fill": QBrush(item.fill),
            "border": QPen(item.border),
            "font": QFont(item.textItem.font()),
        },
    )
    colour = theme.colour(base["color"], on_image=on_image)
    fill = _brush(base["fill"], theme, on_image)
    border = _pen(base["border"], theme, on_image, scale=False)
    font = _font_scaled(base["font"], theme.text_scale)
    if (item.color, item.fill, item.border, item.textItem.font()) == (colour, fill, border, font):
        return
    item.setColor(colour)
    item.fill = fill
    item.border = border
    item.setFont(font)
    item.update()


def _style_infinite_line(item: pg.InfiniteLine, theme: Theme, on_image: bool) -> None:
    base = _baseline(item, lambda: {"pen": QPen(item.pen), "hoverPen": QPen(item.hoverPen)})
    _set(lambda: item.pen, item.setPen, _pen(base["pen"], theme, on_image))
    _set(lambda: item.hoverPen, item.setHoverPen, _pen(base["hoverPen"], theme, on_image))
    label = getattr(item, "label", None)
    if isinstance(label, pg.TextItem):
        _style_text_item(label, theme, on_image)


def _style_arrow(item: pg.ArrowItem, theme: Theme, on_image: bool) -> None:
    opts = item.opts
    base = _baseline(
        item,
        lambda: {
            "pen": _copy_pen(opts.get("pen")),
            "brush": _copy_brush(opts.get("brush")),
            "headLen": opts.get("headLen"),
            "tailWidth": opts.get("tailWidth"),
        },
    )
    new = {
        "pen": _pen(base["pen"], theme, on_image),
        "brush": _brush(base["brush"], theme, on_image),
    }
    for key in ("headLen", "tailWidth"):
        if isinstance(base[key], int | float):
            new[key] = base[key] * theme.marker_scale
    new = {key: value for key, value in new.items() if value is not None}
    if any(opts.get(key) != value for key, value in new.items()):
        item.setStyle(**new)


def _style_shape(item: QAbstractGraphicsShapeItem, theme: Theme, on_image: bool) -> None:
    """A plain Qt shape (a path of squares, say): colours only, widths as they are."""
    base = _baseline(item, lambda: {"pen": QPen(item.pen()), "brush": QBrush(item.brush())})
    _set(item.pen, item.setPen, _pen(base["pen"], theme, on_image, scale=False))
    _set(item.brush, item.setBrush, _brush(base["brush"], theme, on_image))


def _style_item(item, theme: Theme, on_image: bool) -> None:
    if isinstance(item, pg.PlotDataItem):
        _style_data_item(item, theme, on_image)
    elif isinstance(item, pg.ScatterPlotItem):
        _style_scatter_item(item, theme, on_image)
    elif isinstance(item, pg.InfiniteLine):
        _style_infinite_line(item, theme, on_image)
    elif isinstance(item, pg.TextItem):
        _style_text_item(item, theme, on_image)
    elif isinstance(item, pg.ArrowItem):
        _style_arrow(item, theme, on_image)
    elif isinstance(item, QAbstractGraphicsShapeItem):
        _style_shape(item, theme, on_image)


def _style_legend(legend: pg.LegendItem, theme: Theme) -> None:
    base = _baseline(
        legend,
        lambda: {
            "size": legend.opts.get("labelTextSize") or f"{style.LABEL_POINT_SIZE}pt",
            "brush": _copy_brush(legend.opts.get("brush")),
            "pen": _copy_pen(legend.opts.get("pen")),
        },
    )
    size = f"{_pt(base['size']) * theme.text_scale:g}pt"
    ink = pg.mkColor(theme.foreground)
    legend.opts["labelTextSize"] = size
    legend.opts["labelTextColor"] = ink
    changed = False
    for _sample, label in legend.items:
        if label.opts.get("size") != size or not _same_colour(label.opts.get("color"), ink):
            label.setText(label.text, size=size, color=theme.foreground)
            changed = True
    if base["brush"] is not None:
        _set(legend.brush, legend.setBrush, _brush(base["brush"], theme, False))
    if base["pen"] is not None:
        _set(legend.pen, legend.setPen, _pen(base["pen"], theme, False, scale=False))
    if changed:
        # the legend sizes itself from its rows' current sizes: give them their new ones
        for sample, label in legend.items:
            for row_item in (sample, label):
                row_item.resize(row_item.effectiveSizeHint(Qt.SizeHint.PreferredSize))
        legend.updateSize()
        legend.update()


def _style_plot_item(plot_item: pg.PlotItem, theme: Theme) -> None:
    ink = theme.foreground
    tick_font = QFont()
    tick_font.setPointSizeF(theme.tick_pt)
    axis_pen = pg.mkPen(ink, width=theme.axis_width)
    text_pen = pg.mkPen(ink)
    label_style = {"font-size": f"{theme.label_pt:g}pt", "color": _hex(ink).lower()}
    for name in ("left", "bottom", "right", "top"):
        axis = plot_item.getAxis(name)
        if axis is None or not axis.isVisible():
            continue
        _set(axis.pen, axis.setPen, axis_pen)
        _set(axis.textPen, axis.setTextPen, text_pen)
        _set(lambda a=axis: a.style["tickFont"], axis.setTickFont, tick_font)
        if (axis.labelText or axis.labelUnits) and axis.labelStyle != label_style:
            axis.setLabel(axis.labelText, axis.labelUnits, axis.labelUnitPrefix, **label_style)

    title = plot_item.titleLabel
    if title.isVisible():
        row_height = _baseline(title, lambda: max(title.maximumHeight(), 0.0))
        size = f"{theme.title_pt:g}pt"
        if title.opts.get("size") != size or not _same_colour(title.opts.get("color"), ink):
            title.setText(title.text, size=size, color=ink)
        font = QFont()
        font.setPointSizeF(theme.title_pt)
        height = max(row_height, QFontMetrics(font).height() + 8)
        if title.maximumHeight() != height:
            title.setMaximumHeight(height)
            plot_item.layout.setRowFixedHeight(0, height)

    items = list(plot_item.items)
    items += [i for i in plot_item.vb.addedItems if i not in items]
    on_image = any(isinstance(i, pg.ImageItem) for i in items)
    for item in items:
        _style_item(item, theme, on_image)
    legend = plot_item.legend
    if legend is not None:
        _style_legend(legend, theme)


def style_plot_widget(plot, theme: Theme) -> None:
    """Style one pyqtgraph view (a ``PlotWidget`` or any ``GraphicsView``) for ``theme``.

    Background, axes (pens, tick fonts, labels), titles, legends, and every line, marker,
    infinite line, arrow and text item of every plot in it. Reversible and idempotent;
    what already looks right is not touched (no repaint).
    """
    if plot.backgroundBrush().color() != pg.mkColor(theme.background):
        plot.setBackground(theme.background)
    scene = plot.scene()
    plot_items = [i for i in scene.items() if isinstance(i, pg.PlotItem)] if scene else []
    for plot_item in plot_items:
        _style_plot_item(plot_item, theme)


# ---------------------------------------------------------------------- Qt widgets
def _palette(theme: Theme) -> QPalette:
    """A Qt palette for a dark theme (the light themes use the application's)."""
    p = QPalette()
    window, text = QColor(theme.panel_background), QColor(theme.panel_foreground)
    base, button = QColor(theme.field_background), QColor(theme.panel_background).lighter(165)
    muted = QColor(text)
    muted.setAlpha(130)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: muted,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#FFFFFF"),
        QPalette.ColorRole.Light: button.lighter(130),
        QPalette.ColorRole.Midlight: button.lighter(115),
        QPalette.ColorRole.Mid: button.darker(130),
        QPalette.ColorRole.Dark: window.darker(160),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor(theme.colour(style.BLUE)).darker(115),
        QPalette.ColorRole.HighlightedText: QColor("#FFFFFF"),
        QPalette.ColorRole.Link: QColor(theme.colour(style.SKY)),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    disabled = QColor(text)
    disabled.setAlpha(110)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


_TOOLTIP_DEFAULTS: list = []  # [font, palette] of QToolTip before any theme


def _palette_key(theme: Theme) -> tuple:
    if not theme.dark:
        return (False,)
    return (True, theme.panel_background, theme.panel_foreground, theme.field_background)


def _style_qt(window: QWidget, theme: Theme, previous: Theme | None) -> None:
    """Font and palette of the controls, menus and tool tips; skipped when unchanged.

    Changing them makes every widget lay itself out and repaint, the slow part of a
    theme change.
    """
    if not _TOOLTIP_DEFAULTS:
        _TOOLTIP_DEFAULTS.extend([QToolTip.font(), QToolTip.palette()])
    for menu in window.findChildren(QMenu):  # pop-ups are windows: let them inherit
        if not menu.testAttribute(Qt.WidgetAttribute.WA_WindowPropagation):
            menu.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation, True)
    if previous is None or previous.control_pt != theme.control_pt:
        if theme.control_pt is None:
            window.setFont(QFont())  # nothing set: the application's font
            QToolTip.setFont(_TOOLTIP_DEFAULTS[0])
        else:
            font = QFont(QApplication.font())
            font.setPointSizeF(theme.control_pt)
            window.setFont(font)
            QToolTip.setFont(font)
        # the control panel sits in a scroll area without a horizontal bar: make room
        for scroll in window.findChildren(QScrollArea):
            if scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                _fit_scroll_area(scroll, theme)
    if previous is None or _palette_key(previous) != _palette_key(theme):
        palette = _palette(theme) if theme.dark else QPalette()
        window.setPalette(palette)
        QToolTip.setPalette(palette if theme.dark else _TOOLTIP_DEFAULTS[1])


@functools.cache
def _theme_hooks(cls: type) -> tuple[bool, bool, bool]:
    """Whether widgets of ``cls`` have ``set_theme``, ``set_text_scale``, ``set_palette``.

    Looked up once per class: the methods are defined on classes, never on instances, and
    a window has a few hundred widgets of a few dozen classes.
    """
    if issubclass(cls, pg.GraphicsView):  # styled by style_plot_widget
        return (False, False, False)
    return tuple(
        callable(getattr(cls, name, None))
        for name in ("set_theme", "set_text_scale", "set_palette")
    )


def _style_other_views(window: QWidget, theme: Theme) -> None:
    """The 3D view (``set_palette`` and its title) and widgets with ``set_theme(theme)``."""
    for widget in window.findChildren(QWidget):
        has_theme, has_text_scale, has_palette = _theme_hooks(type(widget))
        if has_theme:
            widget.set_theme(theme)
        if has_text_scale:  # the 3D view's labels, as the plots' tick labels
            widget.set_text_scale(theme.tick_pt / style.TICK_POINT_SIZE)
        if not has_palette:
            continue
        colours = (theme.surface_background, theme.surface_foreground)
        if _SURFACE_COLOURS.get(widget) != colours:
            widget.set_palette(*colours)
            _SURFACE_COLOURS[widget] = colours
        title = getattr(widget, "title", None)  # a label with a font of its own
        if isinstance(title, QLabel) and title.font().pointSizeF() != theme.title_pt:
            title_font = title.font()
            title_font.setPointSizeF(theme.title_pt)
            title.setFont(title_font)


_SURFACE_COLOURS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _fit_scroll_area(scroll: QScrollArea, theme: Theme) -> None:
    """Large type: as wide as the content wants; else back to the width it had."""
    inner = scroll.widget()
    if inner is None:
        return
    base = _baseline(scroll, lambda: {"width": scroll.minimumWidth(), "share": None})
    splitter = scroll.parentWidget()
    index = splitter.indexOf(scroll) if isinstance(splitter, QSplitter) else -1
    if theme.control_pt is None:
        scroll.setMinimumWidth(base["width"])
        if index >= 0 and base["share"] is not None:
            sizes = splitter.sizes()
            widest = max((i for i in range(len(sizes)) if i != index), key=sizes.__getitem__)
            sizes[widest] += sizes[index] - base["share"]
            sizes[index] = base["share"]
            splitter.setSizes(sizes)
        base["share"] = None
        return
    if index >= 0 and base["share"] is None:
        base["share"] = splitter.sizes()[index]
    wanted = max(inner.minimumSizeHint().width(), inner.sizeHint().width())
    width = wanted + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()
    scroll.setMinimumWidth(max(base["width"], width))


# ---------------------------------------------------------------------- applying
class _WindowState:
    def __init__(self) -> None:
        self.theme: Theme = LIGHT
        self.qt_theme: Theme | None = None  # what the Qt widgets were last styled for
        self.presenting = False
        self.before: Theme = LIGHT
        self.window_state = Qt.WindowState.WindowNoState
        self.geometry = QByteArray()
        self.big_display_visible: bool | None = None
        self.groups: list = []


_STATE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _state(window) -> _WindowState:
    state = _STATE.get(window)
    if state is None:
        state = _STATE[window] = _WindowState()
    return state


def _resolve(theme: Theme | str) -> Theme:
    if isinstance(theme, Theme):
        return theme
    try:
        return THEMES[theme]
    except KeyError:
        raise ValueError(f"unknown theme {theme!r}: choose one of {', '.join(THEMES)}") from None


def current_theme(window) -> Theme:
    """The theme last applied to ``window`` (light if none was)."""
    return _state(window).theme


def apply_theme(window: QWidget, theme: Theme | str) -> Theme:
    """Restyle the whole window for ``theme`` (a :class:`Theme` or its name).

    Controls (font size, palette), every pyqtgraph view (see :func:`style_plot_widget`),
    the 3D view (``set_palette``) and any widget with a ``set_theme(theme)`` method (the
    large display). Reversible and idempotent; a few tens of milliseconds.
    """
    theme = _resolve(theme)
    state = _state(window)
    state.theme = theme
    _style_qt(window, theme, state.qt_theme)
    state.qt_theme = theme
    for view in window.findChildren(pg.GraphicsView):
        style_plot_widget(view, theme)
    _style_other_views(window, theme)
    for group in state.groups:
        for action in group.actions():
            if action.data() == theme.name and not action.isChecked():
                action.setChecked(True)
    return theme


def refresh_theme(window: QWidget) -> None:
    """Apply the current theme again: after a panel re-titled or rebuilt its items."""
    apply_theme(window, current_theme(window))


def theme_menu(window: QWidget, title: str = "&Theme") -> QMenu:
    """A menu of the themes (one checked), for View > Theme; choosing one applies it."""
    menu = QMenu(title, window)
    menu.setObjectName("themeMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = current_theme(window).name
    for theme in THEMES.values():
        action = QAction(theme.label, menu)
        action.setObjectName(f"themeAction-{theme.name}")
        action.setData(theme.name)
        action.setCheckable(True)
        action.setChecked(theme.name == current)
        action.triggered.connect(lambda _=False, t=theme: apply_theme(window, t))
        group.addAction(action)
        menu.addAction(action)
    _state(window).groups.append(group)
    return menu


# ---------------------------------------------------------------------- presentation
def is_presenting(window) -> bool:
    return _state(window).presenting


def enter_presentation(window: QWidget, theme: Theme | str = PRESENTATION) -> None:
    """Full screen, the presentation theme, and the large display (``window.big_display``)."""
    state = _state(window)
    if state.presenting:
        apply_theme(window, theme)
        return
    state.before = state.theme
    state.window_state = window.windowState() & ~Qt.WindowState.WindowFullScreen
    state.geometry = window.saveGeometry()
    big = getattr(window, "big_display", None)
    state.big_display_visible = big.isVisibleTo(window) if isinstance(big, QWidget) else None
    state.presenting = True
    apply_theme(window, theme)
    if isinstance(big, QWidget):
        big.setVisible(True)
    window.showFullScreen()
    _sync_actions(window)


def leave_presentation(window: QWidget) -> None:
    """Back to the theme, window state and geometry from before presentation mode."""
    state = _state(window)
    if not state.presenting:
        return
    state.presenting = False
    apply_theme(window, state.before)
    big = getattr(window, "big_display", None)
    if isinstance(big, QWidget) and state.big_display_visible is not None:
        big.setVisible(state.big_display_visible)
    if state.window_state & Qt.WindowState.WindowMaximized:
        window.showMaximized()
    else:
        window.showNormal()
        if not state.geometry.isEmpty():
            window.restoreGeometry(state.geometry)
    _sync_actions(window)


def presentation_backup(window) -> tuple[str, QByteArray] | None:
    """The theme name and geometry ``window`` had before presentation mode, if presenting.

    What the settings save on closing instead of the presentation look (None when not
    presenting).
    """
    state = _STATE.get(window)
    if state is None or not state.presenting:
        return None
    return state.before.name, QByteArray(state.geometry)


_MODES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _sync_actions(window) -> None:
    mode = _MODES.get(window)
    if mode is not None:
        mode.sync()


class PresentationMode(QObject):
    """The window's presentation-mode actions: F11 toggles, Esc leaves.

    Both are added to the window, so the keys work without a menu; put :attr:`action` in
    the View menu. :attr:`leaveAction` is enabled only while presenting, so Esc keeps its
    other meanings the rest of the time.
    """

    def __init__(self, window: QWidget, theme: Theme | str = PRESENTATION) -> None:
        super().__init__(window)
        self._window = window
        self._theme = _resolve(theme)
        self.action = QAction("&Presentation mode", window)
        self.action.setObjectName("presentationAction")
        self.action.setCheckable(True)
        self.action.setShortcuts(key_sequences("presentation"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip("Full screen, large type, thick lines (F11; Esc leaves)")
        self.action.triggered.connect(self._toggled)
        self.leaveAction = QAction("Leave presentation mode", window)
        self.leaveAction.setObjectName("leavePresentationAction")
        self.leaveAction.setShortcuts(key_sequences("leave_presentation"))
        self.leaveAction.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.leaveAction.triggered.connect(lambda: leave_presentation(self._window))
        window.addAction(self.action)
        window.addAction(self.leaveAction)
        _MODES[window] = self
        self.sync()

    def _toggled(self, checked: bool) -> None:
        if checked:
            enter_presentation(self._window, self._theme)
        else:
            leave_presentation(self._window)

    def sync(self) -> None:
        presenting = is_presenting(self._window)
        self.action.blockSignals(True)
        self.action.setChecked(presenting)
        self.action.blockSignals(False)
        self.leaveAction.setEnabled(presenting)

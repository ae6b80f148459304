"""The large iteration and error display, readable from the back of a room.

One line: ``iteration 1000    error = 112.615`` and, smaller, ``b = …    m = …``. The text
is painted, not laid out in labels: the numbers change every frame, and a widget whose
size hint changed every frame would make the whole window lay itself out again.

Each value keeps the widest width it has needed (until the theme changes), so the parts
do not jump sideways from frame to frame. When the width is short, b and m go first,
then the type shrinks.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from .number_input import format_number
from .theme import LIGHT

__all__ = ["BigDisplay"]

#: Significant digits of the error, b and m (``112.615``, ``7.99102``).
DIGITS = 6
#: b and m are drawn at this fraction of the main size.
SECONDARY = 0.62
#: Never smaller than this (points), however little room there is.
MIN_POINT_SIZE = 12.0
#: b and m are left out rather than shrinking the main type below this fraction.
KEEP_SECONDARY_ABOVE = 0.7
#: Space between the parts, in ems of the main size.
GAP_EM = 1.2
MARGIN = 16


class BigDisplay(QWidget):
    """``iteration N`` and ``error = E`` (and optionally b and m) in very large type.

    The type is the theme's ``big_display_pt`` (28 pt in the light theme, 44 pt in the
    presentation theme), larger when the widget is given more height, smaller when its
    width cannot hold the text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bigDisplay")
        self.setAccessibleName("Large iteration and error display")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._point_size = 0.0  # the look: type size, background, ink
        self._background = QColor()
        self._ink = QColor()
        self._values: tuple[int, float, float | None, float | None] | None = None
        self._parts: list[tuple[str, str]] = []
        self._widest: list[float] = []  # per part: widest width needed, in ems
        self._update_parts()
        self.apply_theme(LIGHT)

    # ------------------------------------------------------------------ API
    def set_values(
        self, iteration: int, error: float, b: float | None = None, m: float | None = None
    ) -> None:
        """Show ``iteration`` and ``error`` (and ``b``, ``m`` when given)."""
        values = (int(iteration), float(error), b, m)
        if values == self._values:
            return
        self._values = values
        self._update_parts()
        self.update()

    def apply_theme(self, theme) -> None:
        """Dress the display in a :class:`gdviz.gui.theme.Theme`: its type size
        (``big_display_pt``) and the panel background and text colours."""
        look = (float(theme.big_display_pt), QColor(theme.panel_background))
        look += (QColor(theme.panel_foreground),)
        if look == (self._point_size, self._background, self._ink):
            return
        self._point_size, self._background, self._ink = look
        self._widest = []
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """What the display shows, as one line of plain text."""
        return "   ".join(f"{label}{value}" for label, value in self._parts)

    # ------------------------------------------------------------------ Qt
    def sizeHint(self) -> QSize:
        size = self._point_size
        em = QFontMetricsF(self._font(size)).height()
        width = sum(self._part_width(i, size) for i in range(len(self._parts)))
        width += GAP_EM * em * (len(self._parts) - 1) + 2 * MARGIN
        return QSize(math.ceil(width), self._height_for(size))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._height_for(MIN_POINT_SIZE))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self._background)
        line = QColor(self._ink)
        line.setAlpha(60)
        painter.setPen(line)
        painter.drawLine(self.rect().bottomLeft(), self.rect().bottomRight())

        inner = QRectF(self.rect()).adjusted(MARGIN, 2, -MARGIN, -2)
        size, count = self._fit(inner)
        em = QFontMetricsF(self._font(size)).height()
        x = inner.left()
        for i in range(count):
            label, value = self._parts[i]
            width = self._part_width(i, size)
            rect = QRectF(x, inner.top(), max(width, 1.0), inner.height())
            self._draw_part(painter, rect, label, value, self._part_size(i, size))
            x += width + GAP_EM * em
        painter.end()

    # ------------------------------------------------------------------ internals
    def _update_parts(self) -> None:
        if self._values is None:
            parts = [("iteration ", "–"), ("error = ", "–")]
        else:
            iteration, error, b, m = self._values
            parts = [("iteration ", str(iteration)), ("error = ", format_number(error, DIGITS))]
            if b is not None and m is not None:
                parts += [("b = ", format_number(b, DIGITS)), ("m = ", format_number(m, DIGITS))]
        if len(parts) != len(self._parts):
            self._widest = []
        self._parts = parts
        self.setAccessibleDescription(self.text())

    @staticmethod
    def _font(point_size: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(point_size)
        font.setBold(bold)
        return font

    def _height_for(self, point_size: float) -> int:
        return math.ceil(QFontMetricsF(self._font(point_size, bold=True)).height() * 1.3) + 8

    @staticmethod
    def _part_size(index: int, size: float) -> float:
        return size if index < 2 else max(MIN_POINT_SIZE, size * SECONDARY)

    def _part_width(self, index: int, size: float) -> float:
        """Width of part ``index`` at main size ``size``: the widest it has been."""
        label, value = self._parts[index]
        pt = self._part_size(index, size)
        width = QFontMetricsF(self._font(pt)).horizontalAdvance(label)
        width += QFontMetricsF(self._font(pt, bold=True)).horizontalAdvance(value)
        if len(self._widest) != len(self._parts):
            self._widest = [0.0] * len(self._parts)
        self._widest[index] = max(self._widest[index], width / pt)
        return self._widest[index] * pt

    def _fit(self, inner: QRectF) -> tuple[float, int]:
        """Main point size and how many parts to draw in ``inner``.

        The theme's size, grown to the height given; then, if the parts do not fit the
        width, b and m are left out before the type shrinks much.
        """
        natural = self._height_for(self._point_size) - 4  # inner height at the size hint
        grown = self._point_size * max(1.0, inner.height() / natural)
        count = len(self._parts)
        while True:
            em = QFontMetricsF(self._font(grown)).height()
            needed = sum(self._part_width(i, grown) for i in range(count))
            needed += GAP_EM * em * (count - 1)
            scale = min(1.0, inner.width() / needed) if needed > 0 else 1.0
            if scale >= KEEP_SECONDARY_ABOVE or count <= 2:
                return max(MIN_POINT_SIZE, grown * scale * 0.98), count
            count = 2

    def _draw_part(self, painter, rect, label, value, point_size) -> None:
        label_font = self._font(point_size)
        value_font = self._font(point_size, bold=True)
        muted = QColor(self._ink)
        muted.setAlphaF(0.72)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(label_font)
        painter.setPen(muted)
        painter.drawText(rect, align, label)
        offset = QFontMetricsF(label_font).horizontalAdvance(label)
        painter.setFont(value_font)
        painter.setPen(self._ink)
        painter.drawText(rect.adjusted(offset, 0, 0, 0), align, value)

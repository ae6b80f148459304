"""The large iteration and error display, readable from the back of a room.

Two rows in columns, the current line over the best line of the chosen loss, the one it
heads for (named by :attr:`Objective.optimum_name
<gdviz.core.objective.Objective.optimum_name>`)::

    iteration 1000       error = 112.615   b = 0.0889365   m = 1.47774
    least-squares line      E* = 110.257   b* = 7.99102    m* = 1.32243

The text is painted, not laid out in labels: the numbers change every frame, and a
widget whose size hint changed every frame would make the whole window lay itself out
again. Each column keeps the widest width it has needed (until the theme changes), so the
values do not jump sideways from frame to frame. When the width is short the type
shrinks, never below :data:`MIN_PIXELS` for either row; only where even that cannot fit
(a window a few hundred pixels wide) do b and m give way. A long name of the best line
(``"ridge least-absolute-deviations line"``) is set smaller first, down to
:data:`MIN_PIXELS`, so that it widens its column, and shrinks the numbers, only when even
that cannot fit.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.words import format_value
from .theme import LIGHT

__all__ = ["BigDisplay"]

#: Significant digits of the error, b and m (``112.615``, ``7.99102``).
#: The least-squares row is drawn at this fraction of the main size.
SECONDARY = 0.66
#: Neither row is drawn smaller than this (pixels), however little room there is.
MIN_PIXELS = 18.0
#: Space between the columns, in ems of the main size.
GAP_EM = 1.0
MARGIN = 16
_DASH = "–"


class BigDisplay(QWidget):
    """``iteration N``, ``error = E``, b and m in very large type, the best line's values
    under them.

    The type is the theme's ``big_display_pt`` (28 pt in the light theme, 44 pt in the
    presentation theme), smaller when the width cannot hold the text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bigDisplay")
        self.setAccessibleName(self.tr("Large iteration and error display"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._point_size = 0.0  # the look: type size, background, ink
        self._background = QColor()
        self._ink = QColor()
        self._values: tuple | None = None
        self._optimum_name = self.tr("least squares")  # the optimum row's heading
        self._rows: list[list[tuple[str, str]]] = [[], []]
        self._widest: dict[tuple[int, int], float] = {}  # (row, column): width in ems
        self._update_parts()
        self.apply_theme(LIGHT)

    # ------------------------------------------------------------------ API
    def set_values(
        self,
        iteration: int,
        error: float,
        b: float | None = None,
        m: float | None = None,
        optimum: tuple[float, float, float] | None = None,
        hidden: bool = False,
        optimum_name: str | None = None,
    ) -> None:
        """Show ``iteration`` and ``error`` (and ``b``, ``m`` when given), and under them
        the best line's ``optimum`` ``(b*, m*, E*)`` when given (``hidden``: as ``?``,
        while the class predicts), headed ``optimum_name`` (the chosen loss's best line,
        in the reader's language; ``"least squares"`` when not given)."""
        best = tuple(optimum) if optimum else None
        values = (int(iteration), float(error), b, m, best, bool(hidden))
        name = self.tr("least squares") if optimum_name is None else str(optimum_name)
        if (values, name) == (self._values, self._optimum_name):
            return
        if name != self._optimum_name:
            self.updateGeometry()  # another heading: another width
        self._values, self._optimum_name = values, name
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
        self._widest = {}
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """What the display shows, as one line of plain text (current values first, then
        the best line's name and values)."""
        parts = [*self._rows[0], *self._rows[1]]
        return "   ".join(f"{label}{value}" for label, value in parts)

    def shown_text(self) -> str:
        """What is painted at the present width, row by row (b and m may give way)."""
        _size, columns = self._fit(self._inner())
        return "\n".join(
            "   ".join(f"{label}{value}" for label, value in row[:columns] if label or value)
            for row in self._rows
            if row
        )

    def main_pixels(self) -> float:
        """The main row's type size, in pixels, at the present size (the fitted size)."""
        return self._fit(self._inner())[0]

    # ------------------------------------------------------------------ Qt
    def sizeHint(self) -> QSize:
        size = self._theme_pixels()
        width = self._needed(size, self._columns()) + 2 * MARGIN
        return QSize(math.ceil(width), self._height_for(size))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._height_for(MIN_PIXELS / SECONDARY))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self._background)
        line = QColor(self._ink)
        line.setAlpha(60)
        painter.setPen(line)
        painter.drawLine(self.rect().bottomLeft(), self.rect().bottomRight())
        inner = self._inner()
        size, columns = self._fit(inner)
        heights = [self._row_height(r, size) for r in range(self._row_count())]
        y = inner.top() + max(0.0, (inner.height() - sum(heights)) / 2)
        for r in range(self._row_count()):
            x = inner.left()
            for c in range(columns):
                width = self._column_width(c, size)
                if c < len(self._rows[r]):
                    label, value = self._rows[r][c]
                    rect = QRectF(x, y, max(width, 1.0), heights[r])
                    pixels = self._heading_pixels(size) if (r, c) == (1, 0) else None
                    pixels = pixels or self._row_pixels(r, size)
                    self._draw_part(painter, rect, label, value, pixels)
                x += width + GAP_EM * size
            y += heights[r]
        painter.end()

    # ------------------------------------------------------------------ internals
    def _update_parts(self) -> None:
        if self._values is None:
            main = [(self.tr("iteration "), _DASH), (self.tr("error = "), _DASH)]
            optimum = []
        else:
            iteration, error, b, m, best, hidden = self._values
            main = [
                (self.tr("iteration "), str(iteration)),
                (self.tr("error = "), format_value(error)),
            ]
            if b is not None and m is not None:
                main += [("b = ", format_value(b)), ("m = ", format_value(m))]
            optimum = []
            if best is not None:
                b_star, m_star, e_star = ("?",) * 3 if hidden else map(format_value, best)
                optimum = [(self._optimum_name, ""), ("E* = ", e_star)]
                if b is not None and m is not None:
                    optimum += [("b* = ", b_star), ("m* = ", m_star)]
        rows = [main, optimum]
        if [len(r) for r in rows] != [len(r) for r in self._rows]:
            self._widest = {}
            self.updateGeometry()
        self._rows = rows
        self.setAccessibleDescription(self.text())

    def _theme_pixels(self) -> float:
        return self._point_size * max(self.logicalDpiY(), 1) / 72.0

    def _row_count(self) -> int:
        return 2 if self._rows[1] else 1

    def _columns(self) -> int:
        return max(len(row) for row in self._rows)

    def _row_pixels(self, row: int, size: float) -> float:
        return size if row == 0 else max(MIN_PIXELS, size * SECONDARY)

    @staticmethod
    def _font(pixels: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(max(1, round(pixels)))
        font.setBold(bold)
        return font

    def _row_height(self, row: int, size: float) -> float:
        return QFontMetricsF(self._font(self._row_pixels(row, size), bold=True)).height() * 1.12

    def _height_for(self, size: float) -> int:
        rows = sum(self._row_height(r, size) for r in range(max(self._row_count(), 2)))
        return math.ceil(rows) + 10

    def _inner(self) -> QRectF:
        return QRectF(self.rect()).adjusted(MARGIN, 3, -MARGIN, -3)

    def _heading_pixels(self, size: float) -> float:
        """The best line's name's pixel size at main size ``size``: the row's, smaller
        (not below :data:`MIN_PIXELS`) when the name is wider than the iteration above."""
        px = self._row_pixels(1, size)
        width = QFontMetricsF(self._font(px)).horizontalAdvance(self._rows[1][0][0])
        room = self._part_width(0, 0, size)
        if width <= room or width <= 0:
            return px
        return max(MIN_PIXELS, px * room / width)

    def _part_width(self, row: int, column: int, size: float) -> float:
        """Width of one part at main size ``size``: the widest it has been (the best
        line's name, which does not change from frame to frame: its width now)."""
        if column >= len(self._rows[row]):
            return 0.0
        if (row, column) == (1, 0):
            px = self._heading_pixels(size)
            return QFontMetricsF(self._font(px)).horizontalAdvance(self._rows[1][0][0])
        label, value = self._rows[row][column]
        px = self._row_pixels(row, size)
        width = QFontMetricsF(self._font(px)).horizontalAdvance(label)
        width += QFontMetricsF(self._font(px, bold=True)).horizontalAdvance(value)
        key = (row, column)
        self._widest[key] = max(self._widest.get(key, 0.0), width / px)
        return self._widest[key] * px

    def _column_width(self, column: int, size: float) -> float:
        return max(self._part_width(r, column, size) for r in range(2))

    def _needed(self, size: float, columns: int) -> float:
        widths = sum(self._column_width(c, size) for c in range(columns))
        return widths + GAP_EM * size * (columns - 1)

    def _fit(self, inner: QRectF) -> tuple[float, int]:
        """Main pixel size and how many columns to draw in ``inner``: the theme's size,
        shrunk to the width, never below the smallest readable size; b and m give way
        only when even that does not fit.

        The width needed is not quite in proportion to the size (the best line's name
        stops shrinking at :data:`MIN_PIXELS`), so the size is shrunk a few times over.
        """
        smallest = MIN_PIXELS / SECONDARY
        columns = self._columns()
        while True:
            size = self._theme_pixels()
            for _ in range(6):
                needed = self._needed(size, columns)
                if not needed > inner.width() > 0 or size <= smallest:
                    break
                size = max(smallest, size * inner.width() / needed * 0.99)
            if columns <= 2 or self._needed(size, columns) <= inner.width():
                return size, columns
            columns = 2

    def _draw_part(self, painter, rect, label, value, pixels) -> None:
        label_font = self._font(pixels)
        value_font = self._font(pixels, bold=True)
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

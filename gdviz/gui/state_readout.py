"""The State readout: the current line and its error beside the least-squares optimum.

The renderer gives it the readout's text (:func:`gdviz.gui.renderer.readout_text`, nine
lines); it paints them in two columns so the whole state fits a short window and each
value stands beside the value it is heading for::

    iteration 120          least squares
    b = 0.0312             b* = 7.99102
    m = 1.4812             m* = 1.32243
    error = 112.98         E* = 110.257
    ∂E/∂b = -0.0131
    ∂E/∂m = 0.00071

:meth:`StateReadout.text` is the text as given (the nine lines), for tests, the
accessibility tree and copying. The text is painted, never interpreted as markup.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFontMetricsF, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["StateReadout"]

#: Between the optimum's name ("least squares", "MAE optimum") and its b*.
_OPTIMUM_HEADER = ": b* = "
#: The widest line a column is sized for at least, so it does not grow every frame.
_TEMPLATE = "∂E/∂m = -0.000000000e-00"
_OPTIMUM_TEMPLATE = "E* = 0000.000000"
#: Space between the columns, in widths of "m".
GAP_EMS = 1.5


class StateReadout(QWidget):
    """The state in two columns (current | least squares); see the module's notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._widest = [0.0, 0.0]
        self._font_key = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        copy = QAction(self.tr("Copy the state"), self)
        copy.triggered.connect(self.copy)
        self.addAction(copy)

    # ------------------------------------------------------------------ API
    def setText(self, text: str) -> None:
        if text == self._text:
            return
        old_rows = len(self.rows())
        self._text = str(text)
        self.setAccessibleDescription(self._text)
        if self._measure() or len(self.rows()) != old_rows:
            self.updateGeometry()
        self.update()

    def text(self) -> str:
        """The readout as given: one value per line."""
        return self._text

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._text)

    def rows(self) -> list[tuple[str, str]]:
        """(current, optimum) per painted row."""
        lines = self._text.split("\n") if self._text else []
        if len(lines) == 9 and _OPTIMUM_HEADER in lines[6]:
            head, _, b_star = lines[6].partition(_OPTIMUM_HEADER)
            optimum = [f"b* = {b_star}", lines[7], lines[8]]
            rows = [(lines[0], head)]  # "least squares", "MAE optimum", …
            rows += list(zip(lines[1:4], optimum, strict=True))
            return [*rows, (lines[4], ""), (lines[5], "")]
        return [(line, "") for line in lines]

    # ------------------------------------------------------------------ Qt
    def sizeHint(self) -> QSize:
        self._measure()
        metrics = QFontMetricsF(self.font())
        width = self._widest[0] + self._gap() + self._widest[1] + 4
        rows = max(len(self.rows()), 6)
        return QSize(math.ceil(width), math.ceil(rows * metrics.lineSpacing()) + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._widest = [0.0, 0.0]
            self._measure()
            self.updateGeometry()

    def paintEvent(self, event) -> None:
        self._measure()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        muted = QColor(ink)
        muted.setAlphaF(0.7)
        right = 2 + self._widest[0] + self._gap()
        for row, (current, optimum) in enumerate(self.rows()):
            y = row * metrics.lineSpacing() + metrics.ascent() + 1
            painter.setPen(ink)
            painter.drawText(QPointF(2, y), current)
            if optimum:
                painter.setPen(muted if row == 0 else ink)
                painter.drawText(QPointF(right, y), optimum)
        painter.end()

    # ------------------------------------------------------------------ internals
    def _gap(self) -> float:
        return GAP_EMS * QFontMetricsF(self.font()).horizontalAdvance("m")

    def _measure(self) -> bool:
        """Widen the columns to the widest text seen; True when they grew."""
        metrics = QFontMetricsF(self.font())
        widest = [
            max(metrics.horizontalAdvance(_TEMPLATE), self._widest[0]),
            max(metrics.horizontalAdvance(_OPTIMUM_TEMPLATE), self._widest[1]),
        ]
        for current, optimum in self.rows():
            widest[0] = max(widest[0], metrics.horizontalAdvance(current))
            widest[1] = max(widest[1], metrics.horizontalAdvance(optimum))
        grew = widest != self._widest
        self._widest = widest
        return grew

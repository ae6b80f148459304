"""A clearly visible keyboard-focus outline, in every theme.

The styles' own focus marks are a dotted line or a faint glow, invisible on a projector.
:class:`FocusRing` draws a 3 px ring around whichever input has the keyboard focus (a
button, a field, a box, a slider, a list), in a colour that stands out on the theme's
background. It is a child of the focused input's parent, so it scrolls and hides with it,
and it lets every mouse click through.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from .theme import LIGHT, Theme

__all__ = ["FOCUS_WIDTH", "FocusRing", "focus_colour"]

#: Width of the ring, in pixels.
FOCUS_WIDTH = 3
#: The inputs that get a ring (panels and plots do not: they show no focus).
RINGED = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QLineEdit,
    QAbstractItemView,
)


def focus_colour(theme: Theme) -> str:
    """A deep blue on light themes, a warm yellow on dark ones (4.5:1 or more)."""
    return "#FFC23D" if theme.dark else "#0050C8"


class _Ring(QWidget):
    """The painted ring (transparent to the mouse)."""

    def __init__(self, colour: QColor) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.colour = colour

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = FOCUS_WIDTH / 2
        painter.setPen(QPen(self.colour, FOCUS_WIDTH))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()


class FocusRing(QObject):
    """The ring around the input with the focus in ``window`` (see the module's notes).

    The ring is a child of the focused input's parent (it scrolls and hides with it); if
    that parent is ever deleted, the ring goes with it and a new one is made.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRingKeeper")
        self._window = window
        self._target: QWidget | None = None
        self._colour = QColor(focus_colour(LIGHT))
        self._ring: _Ring | None = None
        QApplication.instance().focusChanged.connect(self._focus_changed)

    @property
    def ring(self) -> QWidget:
        """The ring widget (made anew if its last parent was deleted)."""
        if self._ring is None or not shiboken6.isValid(self._ring):
            self._ring = _Ring(self._colour)
            self._ring.setParent(self._window)
            self._ring.hide()
        return self._ring

    @property
    def target(self) -> QWidget | None:
        """The input the ring is drawn around (None: none shown)."""
        return self._target if self.ring.isVisible() else None

    def apply_theme(self, theme: Theme) -> None:
        self._colour = QColor(focus_colour(theme))
        self.ring.colour = self._colour
        self.ring.update()

    def _focus_changed(self, _old, new) -> None:
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        target = _ringed(new)
        if target is None or target.window() is not self._window:
            self._target = None
            self.ring.hide()
            return
        self._target = target
        target.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target:
            kind = event.type()
            if kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
                self._place()
            elif kind == QEvent.Type.Hide:
                self.ring.hide()
        return False

    def _place(self) -> None:
        target, ring = self._target, self.ring
        parent = target.parentWidget() if target is not None else None
        if parent is None or not target.isVisible():
            ring.hide()
            return
        if ring.parentWidget() is not parent:
            ring.setParent(parent)
        pad = FOCUS_WIDTH + 1
        ring.setGeometry(target.geometry().adjusted(-pad, -pad, pad, pad))
        ring.show()
        ring.raise_()


def _ringed(widget: QWidget | None) -> QWidget | None:
    """The input to ring for a focus widget (a spin box's line edit rings the spin box)."""
    while widget is not None:
        if isinstance(widget, (QAbstractSpinBox, QComboBox)):
            return widget
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return parent
        if isinstance(widget, RINGED):
            return widget
        return None
    return None

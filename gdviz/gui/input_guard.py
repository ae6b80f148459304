"""Inputs a live lesson cannot knock over by accident.

:func:`guard_inputs` gives spin boxes, combo boxes and sliders two habits:

- the mouse wheel changes an input only while it has the keyboard focus (a click or Tab
  gives it the focus, the wheel never does); without the focus the wheel scrolls whatever
  is around the input (the control panel), as a teacher scrolling past it expects;
- after Enter, a text field gives the keyboard focus back to the window, so Space, the
  arrows and the other run keys work at once again (typing digits, a minus sign or an
  exponent is untouched while the field is being edited).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QWidget

__all__ = ["guard_inputs"]

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _InputGuard(QObject):
    """Event filter shared by every guarded input (one per application)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, QWidget):
            if not watched.hasFocus():
                event.ignore()  # passed on to the parent: the panel scrolls instead
                return True
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(watched, QAbstractSpinBox)
            and event.key() in _ENTER_KEYS
        ):
            # after the spin box has taken the value (this same key press)
            QTimer.singleShot(0, watched, lambda w=watched: _give_focus_back(w))
        return False


def _give_focus_back(widget: QWidget) -> None:
    if widget.hasFocus():
        window = widget.window()
        widget.clearFocus()
        window.setFocus(Qt.FocusReason.OtherFocusReason)


_GUARD: list[_InputGuard] = []


def _guard() -> _InputGuard:
    if not _GUARD:
        _GUARD.append(_InputGuard())
    return _GUARD[0]


def guard_inputs(*widgets: QWidget) -> None:
    """Wheel only with the focus, Enter gives the focus back (see the module's notes).

    Spin boxes, combo boxes and sliders are guarded; other widgets are left alone.
    """
    guard = _guard()
    for widget in widgets:
        if isinstance(widget, (QAbstractSpinBox, QComboBox, QAbstractSlider)):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.removeEventFilter(guard)
            widget.installEventFilter(guard)

"""A spin box for real numbers that takes ``0.0001`` or ``1e-4`` alike.

``QDoubleSpinBox`` shows a fixed number of decimals, which cannot show a learning rate of
``1e-7`` next to one of ``0.5``. This one shows up to seven significant digits, accepts
any float notation when typing, and steps either additively or through the 1-2-5 series
(``0.0001 → 0.0002 → 0.0005 → 0.001``), which is how one explores a learning rate.
"""

from __future__ import annotations

import math
import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from ..core.words import format_number
from .input_guard import guard_inputs

__all__ = ["NumberInput", "format_number"]

_PARTIAL = re.compile(r"^[+-]?(\d+\.?\d*|\.\d*)?([eE][+-]?\d*)?$")
_SERIES = (1.0, 2.0, 5.0)


class NumberInput(QDoubleSpinBox):
    """A double spin box with free float notation and optional 1-2-5 stepping.

    Parameters
    ----------
    minimum, maximum : float
        Allowed range.
    series : bool
        Step through 1, 2, 5, 10, 20, ... (for scale parameters such as a learning rate)
        instead of adding ``singleStep``.
    """

    def __init__(self, minimum: float, maximum: float, *, series: bool = False, parent=None):
        super().__init__(parent)
        self._series = series
        self.setDecimals(323)  # no rounding of the stored value
        self.setRange(minimum, maximum)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        guard_inputs(self)  # the wheel only with the focus; Enter gives the focus back

    # QDoubleSpinBox API ------------------------------------------------------
    def textFromValue(self, value: float) -> str:
        return format_number(value)

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip().replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        candidate = text.strip().replace(",", ".")
        if not _PARTIAL.match(candidate):
            return QValidator.State.Invalid, text, pos
        try:
            value = float(candidate)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        if math.isfinite(value) and self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())

    def stepBy(self, steps: int) -> None:
        if not self._series:
            super().stepBy(steps)
            return
        value = self.value()
        for _ in range(abs(steps)):
            value = _series_step(value, up=steps > 0)
        self.setValue(min(max(value, self.minimum()), self.maximum()))
        self.selectAll()


def _series_step(value: float, up: bool) -> float:
    """The next value of the 1-2-5 series above (or below) ``value``."""
    if value <= 0:
        return 1e-6 if up else value
    exponent = math.floor(math.log10(value))
    candidates = [f * 10.0**e for e in (exponent - 1, exponent, exponent + 1) for f in _SERIES]
    candidates = [float(f"{c:.12g}") for c in candidates]
    if up:
        return min(c for c in candidates if c > value * (1 + 1e-9))
    return max(c for c in candidates if c < value * (1 - 1e-9))

"""My line: a line the class places by hand, and how well it fits.

A student drags two handles on the data panel (or types b and m) and watches the
residuals' squares of *their* line shrink or grow. The numbers are the same the descent
minimises:

.. math:: r_i = y_i - (m x_i + b), \\qquad S = \\sum_i r_i^2, \\qquad E = S / N

``S`` is the total area of the squares and ``E`` the mean squared error. Under another
chosen loss (:class:`~gdviz.core.objective.Objective`: the absolute or Huber error, a
ridge penalty) the squares are still what is drawn, and the line's *error* is that loss's
value, the height of the error surface at ``(b, m)``:

.. math:: E_ρ = \\frac{1}{N}\\sum_i ρ(r_i) + λ m^2

The handles sit at two fixed x positions (:func:`handle_xs`); dragging one moves the line
through it and the other (:func:`line_through`).
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from .i18n import translate
from .objective import MSE, Objective
from .settings import INITIAL_LIMIT

__all__ = ["HANDLE_SHARES", "LineFit", "check_line", "fit", "handle_xs", "line_through", "start"]

#: Where the two handles sit, as shares of the data's x span.
HANDLE_SHARES = (0.2, 0.8)


class LineFit(NamedTuple):
    """How the line ``y = m*x + b`` fits the points."""

    b: float
    m: float
    residuals: np.ndarray  # y - (m*x + b), one per point
    total: float  # Σ r², the squares' total area
    mean: float  # Σ r² / N, the mean squared error
    error: float  # the objective's value: mean ρ(r) + λ m² (the mean for the plain MSE)
    objective: Objective = MSE  # the loss ``error`` is measured with

    @property
    def n(self) -> int:
        return int(self.residuals.size)


def check_line(b: float, m: float) -> tuple[float, float]:
    """``(b, m)`` as floats, if they can start a run.

    Raises
    ------
    ValueError
        If either is not finite or larger than a run's start allows
        (:data:`gdviz.core.settings.INITIAL_LIMIT`).
    """
    b, m = float(b), float(m)
    for name, value in (("b", b), ("m", m)):
        if not math.isfinite(value) or abs(value) > INITIAL_LIMIT:
            text = translate(
                "my_line",
                "my line's {name} must be a number between -{limit} and {limit} (got {value})",
            )
            raise ValueError(text.format(name=name, limit=f"{INITIAL_LIMIT:g}", value=f"{value:g}"))
    return b, m


def fit(x: np.ndarray, y: np.ndarray, b: float, m: float, objective: Objective = MSE) -> LineFit:
    """The residuals of ``y = m*x + b`` at the points, their squares' total and mean, and
    the line's error under ``objective`` (:meth:`Objective.value
    <gdviz.core.objective.Objective.value>`; the mean itself for the plain MSE).

    Raises
    ------
    ValueError
        If there are no points.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.size == 0:
        raise ValueError(translate("my_line", "my line needs at least one point"))
    residuals = y - (m * x + b)
    total = float(residuals @ residuals)
    mean = total / residuals.size
    error = mean if objective.is_least_squares else objective.value(x, y, b, m)
    return LineFit(float(b), float(m), residuals, total, mean, float(error), objective)


def line_through(x1: float, y1: float, x2: float, y2: float) -> tuple[float, float]:
    """``(b, m)`` of the line through ``(x1, y1)`` and ``(x2, y2)``.

    .. math:: m = (y_2 - y_1) / (x_2 - x_1), \\qquad b = y_1 - m x_1

    Raises
    ------
    ValueError
        If the points share x (a vertical line has no slope) or the line cannot start a
        run (:func:`check_line`).
    """
    if not x1 != x2:  # also refuses NaN
        text = translate("my_line", "my line's handles must have different x (both at {x})")
        raise ValueError(text.format(x=f"{x1:g}"))
    m = (y2 - y1) / (x2 - x1)
    return check_line(y1 - m * x1, m)


def handle_xs(x_lo: float, x_hi: float) -> tuple[float, float]:
    """The two handles' x positions over the data's x span ``[x_lo, x_hi]``."""
    width = x_hi - x_lo
    return tuple(x_lo + share * width for share in HANDLE_SHARES)


def start(y: np.ndarray) -> tuple[float, float]:
    """Where my line first appears: flat through the mean of y, ``(ȳ, 0)``."""
    return check_line(float(np.mean(np.asarray(y, dtype=np.float64))), 0.0)

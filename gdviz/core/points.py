"""Editing the data by hand: add, move and remove points; find the point under the mouse.

Also the squared-residual squares drawn on the data panel: for each point, a square whose
side is its residual ``r = y - (m*x + b)``. Their areas add up to ``Σ r² = N × E(b, m)``,
the error the descent minimises, so shrinking the total area *is* the fit.

Every function returns new arrays and leaves its inputs alone (data sets are read-only),
which is what an undo stack needs.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import model
from .i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "TOO_FEW_POINTS",
    "Squares",
    "add_point",
    "insert_point",
    "move_point",
    "nearest_point",
    "remove_point",
    "squares",
]

#: Why an edit that would leave no line to fit is refused (English; messages translate it).
TOO_FEW_POINTS = QT_TRANSLATE_NOOP("points", "a line needs at least two points with different x")
#: What an edit could not do, before the reason: by the edit.
_REFUSED = {
    "add": QT_TRANSLATE_NOOP("points", "cannot add the point there: {reason}"),
    "move": QT_TRANSLATE_NOOP("points", "cannot move the point there: {reason}"),
    "delete": QT_TRANSLATE_NOOP("points", "cannot delete the point: {reason}"),
}

_BIG = np.finfo(np.float64).max


def add_point(x: np.ndarray, y: np.ndarray, px: float, py: float):
    """Append the point ``(px, py)``.

    Returns
    -------
    x, y : ndarray
        New arrays, one longer, with the point last.

    Raises
    ------
    ValueError
        If ``px`` or ``py`` is not a finite number.
    """
    return insert_point(x, y, np.size(x), px, py)


def insert_point(x: np.ndarray, y: np.ndarray, i: int, px: float, py: float):
    """Insert the point ``(px, py)`` so that it becomes point ``i`` (``0 <= i <= N``).

    Undoing :func:`remove_point` with the removed values gives back the same arrays.

    Raises
    ------
    ValueError
        If ``px`` or ``py`` is not finite, ``i`` is outside ``0..N``, or floats could not
        hold the fit of the new data (:func:`gdviz.core.model.check_data`).
    """
    x, y = _pair(x, y)
    px, py = _finite_point(px, py)
    if not 0 <= int(i) <= x.size:
        text = translate("points", "cannot insert a point at position {i}: there are {n} points")
        raise ValueError(text.format(i=i, n=x.size))
    new_x, new_y = np.insert(x, int(i), px), np.insert(y, int(i), py)
    if new_x.size >= 2 and float(np.min(new_x)) != float(np.max(new_x)):
        _check_fit_possible(new_x, new_y, "add")
    return new_x, new_y


def move_point(x: np.ndarray, y: np.ndarray, i: int, px: float, py: float):
    """Move point ``i`` to ``(px, py)``.

    Raises
    ------
    ValueError
        If ``px`` or ``py`` is not finite, there is no point ``i``, every x would then be
        the same (no line could be fitted), or floats could not hold the fit of the new
        data (:func:`gdviz.core.model.check_data`: a point near 1e300, say).
    """
    x, y = _pair(x, y)
    i = _index(i, x.size)
    px, py = _finite_point(px, py)
    new_x, new_y = x.copy(), y.copy()
    new_x[i], new_y[i] = px, py
    _check_line_possible(new_x, "move")
    _check_fit_possible(new_x, new_y, "move")
    return new_x, new_y


def remove_point(x: np.ndarray, y: np.ndarray, i: int):
    """Remove point ``i``.

    Raises
    ------
    ValueError
        If there is no point ``i``, or fewer than two points, or only one distinct x,
        would remain: "a line needs at least two points with different x".
    """
    x, y = _pair(x, y)
    i = _index(i, x.size)
    new_x, new_y = np.delete(x, i), np.delete(y, i)
    _check_line_possible(new_x, "delete")
    _check_fit_possible(new_x, new_y, "delete")
    return new_x, new_y


def nearest_point(
    x: np.ndarray, y: np.ndarray, px: float, py: float, x_scale: float, y_scale: float
) -> tuple[int, float]:
    """The point nearest to ``(px, py)`` as seen on screen.

    Distances are measured after dividing x by ``x_scale`` and y by ``y_scale``; pass the
    data units per screen pixel and the distance comes out in pixels:

    .. math::

        d_i = \\sqrt{\\left(\\frac{x_i - p_x}{s_x}\\right)^2
                    + \\left(\\frac{y_i - p_y}{s_y}\\right)^2}

    Returns
    -------
    index, distance : int, float
        ``(-1, inf)`` when there are no points.
    """
    x, y = _pair(x, y)
    if not (x_scale > 0 and y_scale > 0):
        raise ValueError(f"scales must be greater than 0 (got {x_scale} and {y_scale})")
    if x.size == 0:
        return -1, float("inf")
    with np.errstate(over="ignore", invalid="ignore"):
        d2 = ((x - px) / x_scale) ** 2 + ((y - py) / y_scale) ** 2
    d2 = np.nan_to_num(d2, nan=np.inf, posinf=np.inf)
    i = int(np.argmin(d2))
    return i, float(np.sqrt(d2[i]))


class Squares(NamedTuple):
    """Axis-aligned squares on the residuals, as rectangles in data units.

    Rectangle ``i`` spans ``[left, left + width] × [bottom, bottom + height]``. Its height
    is ``|r_i|`` (y units); its width is ``|r_i| × aspect`` (x units), which is the same
    length on screen when ``aspect`` is the x data per pixel over the y data per pixel.
    """

    left: np.ndarray
    bottom: np.ndarray
    width: np.ndarray
    height: np.ndarray
    residual: np.ndarray  # r_i = y_i - (m x_i + b); its sign says above (+) or below (-)

    @property
    def area(self) -> np.ndarray:
        """Area of each square in y units squared, ``r_i²``; they sum to ``N × E(b, m)``."""
        return self.residual**2

    def clipped(self, x_lo: float, x_hi: float, y_lo: float, y_hi: float) -> Squares:
        """The parts of the rectangles inside the box ``[x_lo, x_hi] × [y_lo, y_hi]``.

        Rectangles outside the box shrink to zero size on its edge; ``residual`` is kept.
        Drawing the clipped rectangles keeps a runaway line's huge squares drawable.
        """
        x0 = np.clip(self.left, x_lo, x_hi)
        y0 = np.clip(self.bottom, y_lo, y_hi)
        with np.errstate(over="ignore"):
            x1 = np.clip(self.left + self.width, x_lo, x_hi)
            y1 = np.clip(self.bottom + self.height, y_lo, y_hi)
        return Squares(x0, y0, x1 - x0, y1 - y0, self.residual)

    def outline(self) -> tuple[np.ndarray, np.ndarray]:
        """Corners of each square as closed polygons, arrays of shape ``(n, 5)``.

        All polygons turn the same way (counter-clockwise in data coordinates), so a
        non-zero fill paints overlapping squares instead of cutting holes.
        """
        x0, y0 = self.left, self.bottom
        x1, y1 = self.left + self.width, self.bottom + self.height
        xs = np.stack([x0, x1, x1, x0, x0], axis=1)
        ys = np.stack([y0, y0, y1, y1, y0], axis=1)
        return xs, ys


def squares(x: np.ndarray, y: np.ndarray, b: float, m: float, aspect: float = 1.0) -> Squares:
    """The squared-residual squares of the line ``y = m*x + b``.

    Each square has the residual segment from ``(x_i, y_i)`` down (or up) to the line as
    its vertical side, so it lies between the point and the line in height. It extends
    sideways in the direction where the line moves away from it: to the left when
    ``m·r_i > 0``, to the right otherwise. So no square crosses the line; it only touches
    it at the foot of the residual.

    Parameters
    ----------
    x, y : ndarray
        The points.
    b, m : float
        Intercept and slope of the line.
    aspect : float
        Width of one y unit in x units, as seen on screen: (x data per pixel) / (y data
        per pixel). 1 gives squares in data units.

    Returns
    -------
    Squares
    """
    x, y = _pair(x, y)
    if not (np.isfinite(aspect) and aspect > 0):
        raise ValueError(f"aspect must be a finite number greater than 0 (got {aspect})")
    with np.errstate(over="ignore", invalid="ignore"):
        fitted = np.nan_to_num(m * x + b, nan=0.0, posinf=_BIG, neginf=-_BIG)
        residual = np.nan_to_num(y - fitted, nan=0.0, posinf=_BIG, neginf=-_BIG)
        side = np.abs(residual)
        width = np.nan_to_num(side * aspect, posinf=_BIG)
    leftwards = np.sign(m) * np.sign(residual) > 0
    left = np.where(leftwards, x - width, x)
    bottom = np.minimum(y, fitted)
    return Squares(left, bottom, width, side, residual)


# ---------------------------------------------------------------------- helpers
def _pair(x, y) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim != 1 or x.shape != y.shape:
        raise ValueError(f"x and y must be 1-D and the same length (got {x.shape} and {y.shape})")
    return x, y


def _finite_point(px, py) -> tuple[float, float]:
    try:
        px, py = float(px), float(py)
    except (TypeError, ValueError):
        text = translate("points", "a point needs numbers for x and y (got {x} and {y})")
        raise ValueError(text.format(x=repr(px), y=repr(py))) from None
    if not (np.isfinite(px) and np.isfinite(py)):
        text = translate("points", "a point needs finite x and y (got x={x}, y={y})")
        raise ValueError(text.format(x=px, y=py))
    return px, py


def _index(i, n: int) -> int:
    i = int(i)
    if not 0 <= i < n:
        text = translate("points", "there is no point number {i} (there are {n} points)")
        raise ValueError(text.format(i=i, n=n))
    return i


def _check_line_possible(x: np.ndarray, edit: str) -> None:
    """``edit`` ("add", "move", "delete") leaves a line to fit."""
    if x.size < 2 or float(np.min(x)) == float(np.max(x)):
        reason = translate("points", TOO_FEW_POINTS)
        raise ValueError(translate("points", _REFUSED[edit]).format(reason=reason))


def _check_fit_possible(x: np.ndarray, y: np.ndarray, edit: str) -> None:
    """The data a loaded file would be refused for is refused after an edit too."""
    try:
        model.check_data(x, y)
    except ValueError as err:
        raise ValueError(translate("points", _REFUSED[edit]).format(reason=err)) from None

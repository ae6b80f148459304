"""The error over a grid of lines, and a sensible grid for a picture.

Thanks to the sufficient statistics the whole grid is one broadcast numpy expression,
O(grid) whatever the number of points; the MSE with ridge too (its statistics,
:meth:`~gdviz.core.objective.Objective.quadratic_statistics`). The absolute and Huber
errors need the points (``x, y``): one sorted pass per row of the grid
(:meth:`~gdviz.core.objective.Objective.grid`).
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from . import model
from .i18n import translate
from .words import format_power_of_ten

__all__ = [
    "Bands",
    "Surface",
    "SurfaceRange",
    "band_ticks",
    "banded",
    "contains",
    "error_bands",
    "fits",
    "log_excess",
    "loss_grid",
    "surface",
    "surface_range",
]


#: The largest coordinate :func:`surface_range` keeps: a range over ±this, with its
#: margin, still has a finite width.
_LARGEST = float(np.finfo(np.float64).max) / 8


class SurfaceRange(NamedTuple):
    """A rectangle in (b, m) space."""

    b_min: float
    b_max: float
    m_min: float
    m_max: float


class Surface(NamedTuple):
    b: np.ndarray  # (nb,) intercepts, increasing
    m: np.ndarray  # (nm,) slopes, increasing
    error: np.ndarray  # (nm, nb): row i is slope m[i] (row-major, as images are drawn)


def loss_grid(stats: model.Statistics, b_values, m_values) -> np.ndarray:
    """Mean squared error at every ``(b, m)`` pair: an array of shape ``(len(m), len(b))``.

    Values too large for a float are clipped to the largest finite float, so the result
    never holds infinity.
    """
    b = np.asarray(b_values, dtype=np.float64)[np.newaxis, :]
    m = np.asarray(m_values, dtype=np.float64)[:, np.newaxis]
    with np.errstate(over="ignore", invalid="ignore"):
        error = model.mse(stats, b, m)
    big = np.finfo(np.float64).max
    return np.nan_to_num(error, nan=big, posinf=big)


def surface(
    stats: model.Statistics,
    extent: SurfaceRange,
    resolution: int = 60,
    scaling=None,
    objective=None,
    x=None,
    y=None,
) -> Surface:
    """The error on a ``resolution`` x ``resolution`` grid over ``extent``.

    With a ``scaling`` (see :mod:`gdviz.core.scaling`) the grid is in scaled coefficients
    ``(b', m')`` and the error is still the data's own error of the line those
    coefficients stand for: normalising turns the valley into a round bowl without
    changing a single error value.

    ``objective`` (:class:`~gdviz.core.objective.Objective`, default the mean squared
    error) is the error shown; the absolute and Huber errors need the points ``x, y``.
    """
    resolution = max(int(resolution), 2)
    b = np.linspace(extent.b_min, extent.b_max, resolution)
    m = np.linspace(extent.m_min, extent.m_max, resolution)
    if objective is not None and not objective.is_least_squares:
        if objective.is_quadratic:
            stats = objective.quadratic_statistics(stats)
        else:
            return Surface(b, m, _loss_surface(objective, x, y, b, m, scaling))
    if scaling is None:
        return Surface(b, m, loss_grid(stats, b, m))
    with np.errstate(over="ignore", invalid="ignore"):
        grid_b, grid_m = scaling.to_original(b[np.newaxis, :], m[:, np.newaxis])
        error = model.mse(stats, grid_b, grid_m)
    big = np.finfo(np.float64).max
    return Surface(b, m, np.nan_to_num(error, nan=big, posinf=big))


def _loss_surface(objective, x, y, b: np.ndarray, m: np.ndarray, scaling) -> np.ndarray:
    """The absolute or Huber error over the grid, row by row (a row is one slope, and
    its intercepts are evenly spaced in original units too)."""
    if x is None or y is None:
        text = translate("surface", "the points are needed to draw {loss}")
        raise ValueError(text.format(loss=objective.spec.translated("noun")))
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if scaling is None:
        return objective.grid(x, y, b, m)
    rows = []
    with np.errstate(over="ignore", invalid="ignore"):
        for slope in m:
            row_b, row_m = scaling.to_original(b, slope)
            rows.append(objective.grid(x, y, row_b, np.array([float(row_m)]))[0])
    return np.array(rows)


def surface_range(
    stats: model.Statistics,
    b_points=(),
    m_points=(),
    margin: float = 0.2,
    square: bool = False,
    optimum: tuple[float, float] | None = None,
) -> SurfaceRange:
    """A rectangle covering the optimum and the given points (start, path), with a margin.

    Non-finite points are ignored, and coordinates beyond ±1/8 of the largest float are
    clamped there, so the range is always finite. Each side is at least a natural width
    for the data (about two standard errors of the fitted line's scale), so a path that
    has not moved yet still gets a readable picture. ``square`` gives both sides the same
    length (for coefficients in the same units, such as standardised ones, so a round
    bowl looks round). ``optimum`` is the ``(b, m)`` of the objective shown (default the
    least-squares line).
    """
    b_star, m_star = (stats.intercept_star, stats.slope_star) if optimum is None else optimum
    b_all = np.append(np.asarray(b_points, dtype=np.float64).ravel(), b_star)
    m_all = np.append(np.asarray(m_points, dtype=np.float64).ravel(), m_star)
    # finite, and small enough that the padded range's width is a finite number too
    b_all = np.clip(b_all[np.isfinite(b_all)], -_LARGEST, _LARGEST)
    m_all = np.clip(m_all[np.isfinite(m_all)], -_LARGEST, _LARGEST)
    y_scale = math.sqrt(stats.y_var) if stats.y_var > 0 else max(abs(stats.y_mean), 1.0)
    x_scale = math.sqrt(max(stats.x_var, 1e-300))
    min_b_span = 0.5 * y_scale
    min_m_span = 0.5 * y_scale / x_scale
    b_lo, b_hi = float(b_all.min()), float(b_all.max())
    m_lo, m_hi = float(m_all.min()), float(m_all.max())
    if square:
        side = max(b_hi - b_lo, m_hi - m_lo, min_b_span, min_m_span)
        min_b_span = min_m_span = side
    b_lo, b_hi = _padded(b_lo, b_hi, margin, min_b_span)
    m_lo, m_hi = _padded(m_lo, m_hi, margin, min_m_span)
    return SurfaceRange(b_lo, b_hi, m_lo, m_hi)


def _padded(lo: float, hi: float, margin: float, min_span: float) -> tuple[float, float]:
    span = hi - lo
    if span < min_span:
        centre = 0.5 * (lo + hi)
        lo, hi, span = centre - 0.5 * min_span, centre + 0.5 * min_span, min_span
    return lo - margin * span, hi + margin * span


def contains(extent: SurfaceRange, b_points, m_points, inner: float = 0.1) -> bool:
    """Whether every point lies inside ``extent`` shrunk by ``inner`` of its size per side.

    A path that comes this close to the edge of the picture asks for a new range.
    """
    b = np.asarray(b_points, dtype=np.float64)
    m = np.asarray(m_points, dtype=np.float64)
    if b.size == 0:
        return True
    db = inner * (extent.b_max - extent.b_min)
    dm = inner * (extent.m_max - extent.m_min)
    return bool(
        extent.b_min + db <= np.min(b)
        and np.max(b) <= extent.b_max - db
        and extent.m_min + dm <= np.min(m)
        and np.max(m) <= extent.m_max - dm
    )


def fits(extent: SurfaceRange | None, needed: SurfaceRange, b_points, m_points) -> bool:
    """Whether ``extent`` still suits points that need the range ``needed``.

    It must contain the points (see :func:`contains`) and be at most :data:`LOOSEST`
    times as wide as they need on each side: a run restarted after a divergence gets its
    own scale back instead of a speck in the blow-up's picture.
    """
    if extent is None or not contains(extent, b_points, m_points):
        return False
    b_ratio = (extent.b_max - extent.b_min) / max(needed.b_max - needed.b_min, 1e-300)
    m_ratio = (extent.m_max - extent.m_min) / max(needed.m_max - needed.m_min, 1e-300)
    return b_ratio <= LOOSEST and m_ratio <= LOOSEST


#: How many times wider than needed a surface's range may be before it is drawn anew.
LOOSEST = 8.0


def log_excess(error: np.ndarray, optimum_error: float) -> np.ndarray:
    """``log10(E - E*)`` for a heat map: shows a narrow valley's floor as well as its walls.

    The excess is floored at 1e-12 of the grid's largest excess, so the optimum itself
    maps to a finite value.
    """
    excess = np.maximum(error - optimum_error, 0.0)
    floor = max(float(np.max(excess)) * 1e-12, 1e-300)
    return np.log10(np.maximum(excess, floor))


def banded(values: np.ndarray, count: int = 12) -> np.ndarray:
    """``values`` rounded down to ``count`` equal bands: a heat map that reads as contours."""
    lo, hi = float(np.min(values)), float(np.max(values))
    if not hi > lo:
        return np.zeros_like(values)
    return np.minimum(np.floor((values - lo) / (hi - lo) * count), count - 1)


class Bands(NamedTuple):
    """A heat map of the error in equal bands of ``log10(E - E*)``, and the bands' range."""

    index: np.ndarray  # the band of each grid value, 0 to count - 1
    low: float  # log10(E - E*) at the bottom of band 0
    high: float  # and at the top of the last band


def error_bands(error: np.ndarray, optimum_error: float, count: int = 12) -> Bands:
    """The grid's error in ``count`` bands of ``log10(E - E*)`` (:func:`log_excess`,
    :func:`banded`), with the range a colour bar shows them over."""
    values = log_excess(error, optimum_error)
    low, high = float(np.min(values)), float(np.max(values))
    if not high > low:
        high = low + 1.0
    return Bands(banded(values, count), low, high)


def band_ticks(low: float, high: float, most: int = 5) -> list[tuple[float, str]]:
    """Ticks for a colour bar over ``log10(E - E*)`` from ``low`` to ``high``: at whole
    powers of ten, every 1, 2, 3, 5 or 10 decades so that at most ``most`` show, each
    labelled with the error above E* it stands for (``0.01``, ``100``, ``10⁸``); a bar of
    less than a decade has its two ends labelled."""
    first, last = math.ceil(low - 1e-9), math.floor(high + 1e-9)
    if last < first:  # less than a decade: its two ends
        return [(low, format_power_of_ten(low)), (high, format_power_of_ten(high))]
    step = next((s for s in (1, 2, 3, 5, 10, 20, 50, 100) if (last - first) // s + 1 <= most), 100)
    first = step * math.ceil(first / step)  # ticks at multiples of the step: 10⁰, 10³, 10⁶
    return [(float(k), format_power_of_ten(k)) for k in range(first, last + 1, step)]

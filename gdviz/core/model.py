"""The model ``y = m*x + b`` and its mean squared error, from sufficient statistics.

One O(n) pass over the data (:func:`fit_statistics`) gives a handful of centred
numbers. From then on the error, its gradient and Hessian at any ``(b, m)`` cost O(1),
and the error over a whole grid costs O(grid), whatever the number of points.

With ``x̄, ȳ`` the means, ``Sxx = Σ(x-x̄)²``, ``Sxy = Σ(x-x̄)(y-ȳ)``, the least-squares
slope ``m* = Sxy/Sxx`` and ``SSE* = Σ((y-ȳ) - m*(x-x̄))²``, the mean squared error is
exactly

.. math::

    E(b, m) = \\frac{1}{N}\\sum_i (y_i - (m x_i + b))^2
            = \\frac{SSE^*}{N} + \\frac{S_{xx}}{N}(m - m^*)^2 + (\\bar y - m\\bar x - b)^2

a sum of three non-negative terms, so it is evaluated without cancellation even far from
the origin (x offset by 1e6) and right at the optimum.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from .i18n import translate

__all__ = [
    "MIN_RELATIVE_SPREAD",
    "MIN_VARIANCE",
    "Analysis",
    "Statistics",
    "analyse",
    "check_data",
    "excess_error",
    "fit_statistics",
    "gradient",
    "gradient_direct",
    "hessian",
    "hessian_eigenvalues",
    "mse",
    "mse_direct",
    "point_gradient",
]


class Statistics(NamedTuple):
    """Centred sufficient statistics of a data set (everything the full-batch loss needs)."""

    n: int
    x_mean: float
    y_mean: float
    sxx: float  # Σ (x - x̄)²
    sxy: float  # Σ (x - x̄)(y - ȳ)
    syy: float  # Σ (y - ȳ)²
    sse_star: float  # Σ residual² at the least-squares optimum

    @property
    def slope_star(self) -> float:
        """Least-squares slope ``m* = Sxy / Sxx``."""
        return self.sxy / self.sxx

    @property
    def intercept_star(self) -> float:
        """Least-squares intercept ``b* = ȳ - m* x̄``."""
        return self.y_mean - self.slope_star * self.x_mean

    @property
    def x_var(self) -> float:
        """Population variance of x, ``Sxx / N``."""
        return self.sxx / self.n

    @property
    def y_var(self) -> float:
        """Population variance of y, ``Syy / N``: the error of the flat line ``y = ȳ``."""
        return self.syy / self.n

    @property
    def x_sq_mean(self) -> float:
        """``mean(x²) = Sxx/N + x̄²``."""
        return self.sxx / self.n + self.x_mean * self.x_mean  # * gives inf, ** would raise


#: Points per block when computing statistics (bounds the temporary arrays' size).
STATISTICS_BLOCK = 1 << 20


def fit_statistics(x: np.ndarray, y: np.ndarray) -> Statistics:
    """Compute the centred sufficient statistics in one pass over the data.

    The means are refined once with the mean of the deviations, so that data sitting far
    from the origin keeps full precision.

    No floating-point warning is raised: data whose squares overflow or underflow give
    infinite or zero sums here, and :func:`check_data` says what is wrong with them.

    Parameters
    ----------
    x, y : ndarray
        Finite 1-D arrays of equal length (at least two points, x not constant).

    Returns
    -------
    Statistics
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n = x.size
    blocks = [slice(i, min(i + STATISTICS_BLOCK, n)) for i in range(0, n, STATISTICS_BLOCK)]
    with np.errstate(all="ignore"):  # unusable data is refused by check_data, in words
        x_mean = float(np.mean(x))
        y_mean = float(np.mean(y))
        x_mean += sum(float(np.sum(x[b] - x_mean)) for b in blocks) / n
        y_mean += sum(float(np.sum(y[b] - y_mean)) for b in blocks) / n
        sxx = sxy = syy = 0.0
        for b in blocks:  # block by block: temporaries stay small for millions of points
            dx = x[b] - x_mean
            dy = y[b] - y_mean
            sxx += float(dx @ dx)
            sxy += float(dx @ dy)
            syy += float(dy @ dy)
        sse_star = syy
        if 0.0 < sxx < math.inf:
            slope = sxy / sxx
            sse_star = 0.0
            for b in blocks:
                residual = (y[b] - y_mean) - slope * (x[b] - x_mean)
                sse_star += float(residual @ residual)
    return Statistics(n, x_mean, y_mean, sxx, sxy, syy, sse_star)


#: The smallest variance of x (or of a varying y) gdviz fits: below it the squared
#: deviations fall among the subnormal floats and lose precision (tiny / eps ≈ 1e-292).
MIN_VARIANCE = float(np.finfo(np.float64).tiny / np.finfo(np.float64).eps)
#: The smallest spread of x (or of a varying y) relative to its size, ``σx / |x̄|``. The
#: error at a line ``(b, m)`` is computed to a relative accuracy of about ``2ε |x̄|/σx``
#: (the rounding of the line's height ``m x + b`` near the data), so at this limit the
#: error is still right to about seven digits; below it, shifting x is the remedy.
MIN_RELATIVE_SPREAD = 1e-8


def check_data(x: np.ndarray, y: np.ndarray, stats: Statistics | None = None) -> Statistics:
    """The statistics of ``x, y``, or a ValueError when floats cannot hold the fit.

    Refused, each with a one-line message saying what to change:

    - x (or y) so large that the sums of squares, ``mean(x²)`` or the Hessian's condition
      number overflow;
    - x values that differ so little that their squared deviations underflow
      (``Var(x) < MIN_VARIANCE``), and likewise y values that differ at all;
    - x (or varying y) values whose standard deviation is below ``MIN_RELATIVE_SPREAD``
      of their mean (then shifting them, e.g. using ``x - 1000000``, fixes it).

    Parameters
    ----------
    x, y : ndarray
        Finite 1-D arrays of equal length, at least two points.
    stats : Statistics, optional
        Their statistics, if already computed.

    Returns
    -------
    Statistics

    Raises
    ------
    ValueError
        With a message naming the problem and the size of the numbers involved.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if stats is None:
        stats = fit_statistics(x, y)
    if x.size < 2:
        text = translate("model", "need at least two points to fit a line (got {n})")
        raise ValueError(text.format(n=x.size))
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise ValueError(translate("model", "every x and y must be a finite number"))
    x_lo, x_hi = float(np.min(x)), float(np.max(x))
    if x_lo == x_hi:
        text = translate(
            "model", "all x values are equal (x = {x}); a line's slope cannot be fitted"
        )
        raise ValueError(text.format(x=repr(x_lo)))
    x_size = max(abs(x_lo), abs(x_hi))
    y_size = float(np.max(np.abs(y)))
    _check_overflow(stats, x_size, y_size)
    spread = x_hi - x_lo
    if stats.x_var < MIN_VARIANCE:
        text = translate(
            "model",
            "the x values differ too little (their range is {spread}): their squares "
            "underflow floating point; rescale x (e.g. change its unit)",
        )
        raise ValueError(text.format(spread=f"{spread:.3g}"))
    y_spread = float(np.max(y) - np.min(y))
    if y_spread > 0 and stats.y_var < MIN_VARIANCE:
        text = translate(
            "model",
            "the y values differ too little (their range is {spread}): their squares "
            "underflow floating point; rescale y (e.g. change its unit)",
        )
        raise ValueError(text.format(spread=f"{y_spread:.3g}"))
    _check_precision(stats, spread, y_spread)
    a = analyse(stats)
    if not all(map(math.isfinite, a)):
        text = translate(
            "model",
            "x values as large as {size} make the error surface too steep for floating "
            "point; rescale x (e.g. change its unit)",
        )
        raise ValueError(text.format(size=f"{x_size:.3g}"))
    return stats


def _check_overflow(stats: Statistics, x_size: float, y_size: float) -> None:
    """Refuse x or y values whose squares or products overflow floating point."""
    with np.errstate(all="ignore"):
        x_ok = all(map(math.isfinite, (stats.sxx, stats.x_mean, stats.x_sq_mean)))
        y_ok = all(
            map(
                math.isfinite,
                (
                    stats.syy,
                    stats.sse_star,
                    stats.y_mean,
                    stats.y_var + stats.y_mean * stats.y_mean,
                ),
            )
        )
    if not x_ok:
        text = translate(
            "model",
            "x values as large as {size} are too large: their squares overflow floating "
            "point; rescale x (e.g. change its unit)",
        )
        raise ValueError(text.format(size=f"{x_size:.3g}"))
    if not y_ok:
        text = translate(
            "model",
            "y values as large as {size} are too large: their squares overflow floating "
            "point; rescale y (e.g. change its unit)",
        )
        raise ValueError(text.format(size=f"{y_size:.3g}"))
    if not math.isfinite(stats.sxy):
        text = translate(
            "model",
            "x and y values as large as {x} and {y} are too large together: their products "
            "overflow floating point; rescale x or y",
        )
        raise ValueError(text.format(x=f"{x_size:.3g}", y=f"{y_size:.3g}"))


def _check_precision(stats: Statistics, x_spread: float, y_spread: float) -> None:
    """Refuse x or y values whose spread is too small beside their size to place a line."""
    for label, mean, var, width in (
        ("x", stats.x_mean, stats.x_var, x_spread),
        ("y", stats.y_mean, stats.y_var, y_spread),
    ):
        if width > 0 and math.sqrt(var) < MIN_RELATIVE_SPREAD * abs(mean):
            text = translate(
                "model",
                "the {label} values differ too little for their size ({label} ≈ {mean}, "
                "spread {spread}): the line cannot be placed precisely; subtract a constant "
                "from {label} first (e.g. use {label} − {shift})",
            )
            raise ValueError(
                text.format(
                    label=label,
                    mean=f"{mean:.10g}",
                    spread=f"{width:.3g}",
                    shift=_round_shift(mean),
                )
            )


def _round_shift(value: float) -> str:
    """A round number near ``value`` to subtract from x, as text."""
    rounded = float(f"{value:.3g}")
    return f"{rounded:.15g}" if abs(rounded) < 1e15 else f"{rounded:.3g}"


def mse(stats: Statistics, b, m):
    """Mean squared error ``E(b, m)``; ``b`` and ``m`` may be scalars or arrays (broadcast).

    .. math:: E = SSE^*/N + (S_{xx}/N)(m - m^*)^2 + (\\bar y - m\\bar x - b)^2
    """
    offset = stats.y_mean - m * stats.x_mean - b
    slope_gap = m - stats.slope_star
    # products, not ** 2: Python floats raise OverflowError on ** but give inf on *
    return stats.sse_star / stats.n + stats.x_var * slope_gap * slope_gap + offset * offset


def excess_error(stats: Statistics, b, m):
    """``E(b, m) - E*``, the distance above the optimum, without cancellation."""
    offset = stats.y_mean - m * stats.x_mean - b
    slope_gap = m - stats.slope_star
    return stats.x_var * slope_gap * slope_gap + offset * offset


def gradient(stats: Statistics, b, m) -> tuple:
    """Gradient of the mean squared error, ``(∂E/∂b, ∂E/∂m)``.

    .. math::

        \\partial E/\\partial b = -\\tfrac{2}{N}\\sum (y - (m x + b))
                               = -2(\\bar y - m\\bar x - b)

        \\partial E/\\partial m = -\\tfrac{2}{N}\\sum x(y - (m x + b))
            = -2\\left(\\tfrac{S_{xx}}{N}(m^* - m) + \\bar x(\\bar y - m\\bar x - b)\\right)
    """
    offset = stats.y_mean - m * stats.x_mean - b
    grad_b = -2.0 * offset
    grad_m = -2.0 * (stats.x_var * (stats.slope_star - m) + stats.x_mean * offset)
    return grad_b, grad_m


def hessian(stats: Statistics) -> np.ndarray:
    """Hessian of the mean squared error (constant): ``2 [[1, x̄], [x̄, mean(x²)]]``."""
    return 2.0 * np.array([[1.0, stats.x_mean], [stats.x_mean, stats.x_sq_mean]])


def hessian_eigenvalues(stats: Statistics) -> tuple[float, float]:
    """Eigenvalues ``(λmin, λmax)`` of the Hessian, computed without cancellation.

    ``λmax`` comes from the trace formula; ``λmin = det / λmax`` with the determinant
    ``4 Sxx / N`` taken straight from the statistics.
    """
    a = 1.0
    c = stats.x_sq_mean
    half_trace = (a + c) / 2.0
    radius = math.hypot((a - c) / 2.0, stats.x_mean)
    lam_max = 2.0 * (half_trace + radius)
    det = 4.0 * stats.x_var
    lam_min = det / lam_max
    return lam_min, lam_max


class Analysis(NamedTuple):
    """What the closed form says about a data set."""

    n: int
    b_star: float
    m_star: float
    mse_star: float
    r_squared: float
    lambda_min: float
    lambda_max: float
    condition_number: float
    max_stable_learning_rate: float  # 2 / λmax: plain descent diverges above it
    best_learning_rate: float  # 2 / (λmin + λmax): fastest plain descent


def analyse(stats: Statistics) -> Analysis:
    """Closed-form least squares, R², Hessian spectrum and learning-rate limits.

    Raises
    ------
    ValueError
        If x does not vary (``Sxx`` is 0, or not a finite number): no slope can be fitted.
    """
    if not (0.0 < stats.sxx < math.inf):
        text = translate(
            "model", "x does not vary (or its squares cannot be computed): no slope to fit"
        )
        raise ValueError(text)
    lam_min, lam_max = hessian_eigenvalues(stats)
    r_squared = 1.0 - stats.sse_star / stats.syy if stats.syy > 0 else 1.0
    return Analysis(
        n=stats.n,
        b_star=stats.intercept_star,
        m_star=stats.slope_star,
        mse_star=stats.sse_star / stats.n,
        r_squared=r_squared,
        lambda_min=lam_min,
        lambda_max=lam_max,
        condition_number=lam_max / lam_min if lam_min > 0 else math.inf,
        max_stable_learning_rate=2.0 / lam_max,
        best_learning_rate=2.0 / (lam_min + lam_max),
    )


def point_gradient(x: np.ndarray, y: np.ndarray, b: float, m: float) -> tuple[float, float]:
    """Gradient of the mean squared error over the given points only (a mini-batch).

    .. math::

        g_b = -\\tfrac{2}{k}\\sum_{i \\in B} r_i, \\quad
        g_m = -\\tfrac{2}{k}\\sum_{i \\in B} x_i r_i, \\quad r_i = y_i - (m x_i + b)
    """
    residual = y - (m * x + b)
    k = residual.size
    return -2.0 * float(np.sum(residual)) / k, -2.0 * float(x @ residual) / k


def mse_direct(x: np.ndarray, y: np.ndarray, b: float, m: float) -> float:
    """Mean squared error by the definition, one pass over the points (for checks)."""
    residual = y - (m * x + b)
    return float(residual @ residual) / residual.size


def gradient_direct(x: np.ndarray, y: np.ndarray, b: float, m: float) -> tuple[float, float]:
    """Gradient by the definition, one pass over all points (for checks and the math panel)."""
    return point_gradient(x, y, b, m)

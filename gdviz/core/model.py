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

__all__ = [
    "Analysis",
    "Statistics",
    "analyse",
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
        return self.sxx / self.n + self.x_mean**2


def fit_statistics(x: np.ndarray, y: np.ndarray) -> Statistics:
    """Compute the centred sufficient statistics in one pass over the data.

    The means are refined once with the mean of the deviations, so that data sitting far
    from the origin keeps full precision.

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
    x_mean = float(np.mean(x))
    y_mean = float(np.mean(y))
    x_mean += float(np.sum(x - x_mean)) / n
    y_mean += float(np.sum(y - y_mean)) / n
    dx = x - x_mean
    dy = y - y_mean
    sxx = float(dx @ dx)
    sxy = float(dx @ dy)
    syy = float(dy @ dy)
    if sxx > 0.0:
        slope = sxy / sxx
        residual = dy - slope * dx
        sse_star = float(residual @ residual)
    else:
        sse_star = syy
    return Statistics(n, x_mean, y_mean, sxx, sxy, syy, sse_star)


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
    """Closed-form least squares, R², Hessian spectrum and learning-rate limits."""
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

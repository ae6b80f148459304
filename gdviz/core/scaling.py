"""Standardisation of x and y for the descent, and the way back to original units.

Descending on ``x' = (x - x̄)/σx`` and ``y' = (y - ȳ)/σy`` turns a long, narrow error
valley into a round bowl. A line ``y' = m' x' + b'`` in scaled units is the line

.. math:: m = m' σ_y / σ_x, \\qquad b = ȳ + σ_y b' - m x̄

in original units, and its error is ``σy²`` times the scaled error.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from .model import Statistics

__all__ = ["IDENTITY", "Scaling", "standardising"]


class Scaling(NamedTuple):
    """An affine change of units: ``x' = (x - x_shift)/x_scale``, likewise for y."""

    x_shift: float = 0.0
    x_scale: float = 1.0
    y_shift: float = 0.0
    y_scale: float = 1.0

    @property
    def is_identity(self) -> bool:
        return self == IDENTITY

    def to_original(self, b_scaled, m_scaled):
        """Coefficients in original units of a line given in scaled units."""
        m = m_scaled * self.y_scale / self.x_scale
        b = self.y_shift + self.y_scale * b_scaled - m * self.x_shift
        return b, m

    def to_scaled(self, b, m):
        """Coefficients in scaled units of a line given in original units."""
        m_scaled = m * self.x_scale / self.y_scale
        b_scaled = (b + m * self.x_shift - self.y_shift) / self.y_scale
        return b_scaled, m_scaled

    def gradient_to_scaled(self, grad_b, grad_m):
        """The same error's gradient with respect to the scaled coefficients (chain rule).

        With ``b = y_shift + y_scale·b' − m·x_shift`` and ``m = y_scale·m'/x_scale``:
        ``∂E/∂b' = y_scale·∂E/∂b`` and ``∂E/∂m' = (y_scale/x_scale)(∂E/∂m − x_shift·∂E/∂b)``.
        """
        return (
            self.y_scale * grad_b,
            self.y_scale / self.x_scale * (grad_m - self.x_shift * grad_b),
        )

    def scale_x(self, x):
        return (x - self.x_shift) / self.x_scale

    def scale_y(self, y):
        return (y - self.y_shift) / self.y_scale

    def statistics(self, stats: Statistics) -> Statistics:
        """The sufficient statistics of the scaled data, without touching the data."""
        kx, ky = self.x_scale, self.y_scale
        return Statistics(
            n=stats.n,
            x_mean=(stats.x_mean - self.x_shift) / kx,
            y_mean=(stats.y_mean - self.y_shift) / ky,
            sxx=stats.sxx / kx**2,
            sxy=stats.sxy / (kx * ky),
            syy=stats.syy / ky**2,
            sse_star=stats.sse_star / ky**2,
        )


IDENTITY = Scaling()


def standardising(stats: Statistics) -> Scaling:
    """The scaling to zero mean and unit variance (y is only centred if it is constant)."""
    x_std = math.sqrt(stats.x_var)
    y_std = math.sqrt(stats.y_var)
    return Scaling(stats.x_mean, x_std, stats.y_mean, y_std if y_std > 0 else 1.0)

"""Coordinates of what the panels draw: line ends, residual segments, path samples.

Kept here, next to the model, so the window draws numbers it never computes itself.
"""

from __future__ import annotations

import numpy as np

__all__ = ["line_through", "residual_segments", "span"]


def span(values: np.ndarray, margin: float = 0.05) -> tuple[float, float]:
    """``(low, high)`` of ``values`` widened by ``margin`` of their range on each side."""
    lo, hi = float(np.min(values)), float(np.max(values))
    pad = margin * (hi - lo) if hi > lo else max(abs(lo), 1.0) * margin
    return lo - pad, hi + pad


def line_through(b: float, m: float, x_lo: float, x_hi: float) -> tuple[np.ndarray, np.ndarray]:
    """End points of ``y = m*x + b`` between ``x_lo`` and ``x_hi``."""
    x = np.array([x_lo, x_hi])
    with np.errstate(over="ignore", invalid="ignore"):
        y = m * x + b
    big = np.finfo(np.float64).max
    return x, np.nan_to_num(y, nan=0.0, posinf=big, neginf=-big)


def residual_segments(x: np.ndarray, y: np.ndarray, b: float, m: float):
    """Vertical segments from each point to the line, as ``connect="pairs"`` arrays.

    Returns ``(xs, ys, sign)``: ``xs``/``ys`` of length ``2n`` (point, then its foot on the
    line) and ``sign`` of length ``n`` (+1 above the line, -1 below, 0 on it).
    """
    with np.errstate(over="ignore", invalid="ignore"):
        fitted = m * x + b
    big = np.finfo(np.float64).max
    fitted = np.nan_to_num(fitted, nan=0.0, posinf=big, neginf=-big)
    xs = np.repeat(x, 2)
    ys = np.empty(2 * x.size)
    ys[0::2] = y
    ys[1::2] = fitted
    return xs, ys, np.sign(y - fitted)

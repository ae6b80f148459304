"""Coordinates of what the panels draw: line ends, residual segments, path samples.

Kept here, next to the model, so the window draws numbers it never computes itself.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = [
    "arrow_path",
    "curve_frame",
    "direction_of_length",
    "line_through",
    "nice_ceiling",
    "residual_segments",
    "span",
]


def span(values: np.ndarray, margin: float = 0.05) -> tuple[float, float]:
    """``(low, high)`` of ``values`` widened by ``margin`` of their range on each side.

    Always finite: the widening stops at the largest float.
    """
    lo, hi = float(np.min(values)), float(np.max(values))
    half_range = 0.5 * hi - 0.5 * lo  # finite even for -1e308 .. 1e308
    pad = 2.0 * margin * half_range if hi > lo else max(abs(lo), 1.0) * margin
    big = float(np.finfo(np.float64).max)
    return max(lo - pad, -big), min(hi + pad, big)


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


def direction_of_length(dx, dy, pixel_x: float, pixel_y: float, length_px: float):
    """A data-space vector along ``(dx, dy)`` that is ``length_px`` pixels long on screen.

    ``pixel_x`` and ``pixel_y`` are the data units one pixel spans on each axis. A zero
    vector stays zero.
    """
    with np.errstate(all="ignore"):  # numpy scalars warn where Python floats would not
        sx, sy = dx / pixel_x, dy / pixel_y
        norm = float(np.hypot(sx, sy))
        if not np.isfinite(norm) or norm == 0:
            return 0.0, 0.0
        return sx / norm * length_px * pixel_x, sy / norm * length_px * pixel_y


def arrow_path(x0, y0, x1, y1, pixel_x: float, pixel_y: float, head_px: float = 12.0):
    """Polyline of an arrow from (x0, y0) to (x1, y1) with a head ``head_px`` pixels long.

    Returns ``(xs, ys)`` with a NaN between the shaft and the head strokes (draw with
    ``connect="finite"``). Works in screen space, so the head looks the same whatever the
    axes' scales.
    """
    with np.errstate(all="ignore"):  # numpy scalars warn where Python floats would not
        sx, sy = (x1 - x0) / pixel_x, (y1 - y0) / pixel_y
        length = float(np.hypot(sx, sy))
    if not np.isfinite(length) or length == 0:  # too long to draw (or no length): a dot
        return np.array([x0]), np.array([y0])
    ux, uy = sx / length, sy / length
    head = min(head_px, 0.6 * length)
    xs = [x0, x1, np.nan]
    ys = [y0, y1, np.nan]
    for side in (1.0, -1.0):
        # 25 degrees either side of the reversed direction
        c, s = np.cos(np.radians(25)), side * np.sin(np.radians(25))
        hx = -(ux * c - uy * s) * head
        hy = -(ux * s + uy * c) * head
        xs += [x1 + hx * pixel_x, x1, np.nan]
        ys += [y1 + hy * pixel_y, y1, np.nan]
    xs, ys = np.array(xs[:-1], dtype=np.float64), np.array(ys[:-1], dtype=np.float64)
    if np.isinf(xs).any() or np.isinf(ys).any():  # a head beyond the largest float
        return np.array([x0]), np.array([y0])
    return xs, ys


#: The steps of :func:`curve_frame`: a curve fills at least two thirds of its frame.
FRAME_STEPS = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0)


def nice_ceiling(value: float, steps: tuple[float, ...] = (1.0, 2.0, 5.0)) -> float:
    """The smallest of ``steps`` (in [1, 10), increasing) times a power of ten that is at
    least ``value`` (> 0): by default 1, 2 or 5 times a power of ten.

    Non-positive or non-finite values give 1; values past the largest power give ``value``.
    """
    value = float(value)
    if not np.isfinite(value) or value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))  # Python floats: inf, never a warning
    for factor in (*steps, 10.0):
        candidate = factor * power
        if candidate >= value:
            return candidate if math.isfinite(candidate) else value
    return value  # a subnormal value, whose power of ten underflows to 0


def curve_frame(
    last_iteration: float, errors: np.ndarray, log: bool, also: float | None = None
) -> tuple[float, float, float, float]:
    """``(x_lo, x_hi, y_lo, y_hi)``: a frame around an error curve that changes in steps.

    The error panel's axes follow the frame instead of the curve itself: while a run plays,
    the axes then stay put for many frames (easier to read, and nothing to recompute),
    jumping to the next step (:data:`FRAME_STEPS` times a power of ten) only when the
    curve outgrows them. x spans 0 to ``last_iteration`` rounded up; y spans 0 (on a log
    scale, the decade below the smallest positive error, at least the smallest normal
    float) to the largest error rounded up (the decade above).
    The frame also holds the error ``also`` (the optimum's, say) when given. Non-finite
    errors are ignored; with none finite, the frame is (0, x_hi, 0, 1).
    """
    x_hi = nice_ceiling(max(float(last_iteration), 1.0), FRAME_STEPS)
    finite = np.asarray(errors, dtype=np.float64).ravel()
    if also is not None:
        finite = np.append(finite, float(also))
    finite = finite[np.isfinite(finite)]
    if log:
        positive = finite[finite > 0]
        if positive.size == 0:
            return 0.0, x_hi, 0.1, 1.0
        with np.errstate(over="ignore"):
            lo = 10.0 ** np.floor(np.log10(positive.min()))
            hi = 10.0 ** np.ceil(np.log10(positive.max()))
        info = np.finfo(np.float64)
        lo = max(float(lo), float(info.tiny))  # a subnormal's decade underflows to 0
        if hi <= lo:
            hi = lo * 10.0
        return 0.0, x_hi, lo, float(min(hi, info.max))
    if finite.size == 0:
        return 0.0, x_hi, 0.0, 1.0
    y_lo = min(0.0, float(finite.min()))
    top = float(finite.max())
    y_hi = nice_ceiling(top, FRAME_STEPS) if top > 0 else 1.0
    return 0.0, x_hi, y_lo, y_hi

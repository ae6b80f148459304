"""Coordinates of what the panels draw: line ends, residual segments, path samples,
arrow lengths, where a legend goes, dashes of a 3D line.

Kept here, next to the model, so the window draws numbers it never computes itself.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from .words import ROUNDING, Scales

__all__ = [
    "CORNERS",
    "LegendPlace",
    "arrow_fraction",
    "arrow_length_px",
    "arrow_path",
    "curve_frame",
    "dash_segments",
    "direction_of_length",
    "gradient_noise",
    "legend_place",
    "line_samples",
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


def line_samples(b: float, m: float, x_lo: float, x_hi: float, count: int = 40):
    """``count`` points along ``y = m*x + b`` from ``x_lo`` to ``x_hi`` (``(xs, ys)``): a
    line for :func:`legend_place` to keep clear of."""
    x = np.linspace(x_lo, x_hi, count)
    with np.errstate(over="ignore", invalid="ignore"):
        return x, m * x + b


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


# ---------------------------------------------------------------------------- arrows
def gradient_noise(data_scales: Scales) -> float:
    """The size of a gradient that is zero up to rounding, for data of these scales:
    :data:`~gdviz.core.words.ROUNDING` times the gradient's natural size."""
    return ROUNDING * math.hypot(data_scales.grad_b, data_scales.grad_m)


def arrow_fraction(gradient, reference, noise: float = 0.0) -> float:
    """How long the gradient arrow is, as a fraction of its longest: ``|∇E| / |∇E_ref|``.

    The arrow's length then follows the gradient's size: full length at the reference
    (the gradient where the run started), half as long where the gradient is half as
    large, and nothing at the optimum. At most 1 (a run whose gradient grew, diverging,
    keeps the longest arrow); 0 when ``|∇E|`` is at most ``noise`` (zero up to rounding,
    see :func:`gradient_noise`) or not a finite number; 1 for a reference of size 0.
    """
    with np.errstate(all="ignore"):
        size = float(np.hypot(*np.asarray(gradient, dtype=np.float64)))
        ref = float(np.hypot(*np.asarray(reference, dtype=np.float64)))
    if not math.isfinite(size) or size <= noise or size == 0:
        return 0.0
    if not math.isfinite(ref) or ref <= 0:
        return 1.0
    return min(1.0, size / ref)


def arrow_length_px(
    fraction: float, view_px: tuple[float, float], longest: float = 80.0, share: float = 0.3
) -> float:
    """An arrow's length on screen: ``fraction`` of the longest arrow, which is ``longest``
    pixels or ``share`` of the view's shorter side, whichever is less."""
    room = share * max(min(view_px), 0.0)
    return max(0.0, float(fraction)) * min(longest, room)


# ---------------------------------------------------------------------------- legends
#: Corners a legend may sit in, in order of preference when several are empty.
CORNERS = ("top-left", "top-right", "bottom-right", "bottom-left")


class LegendPlace(NamedTuple):
    """Where a legend goes: a corner of the view, and the view's y range with room for it.

    ``covered`` counts the points still under the legend (0 unless no corner could be
    freed within the growth allowed).
    """

    corner: str
    y_range: tuple[float, float]
    covered: int


def _in_box(x, y, x_range, y_range, box, corner: str) -> np.ndarray:
    """Which of the points lie under a box of ``box`` (width, height: fractions of the
    view) in ``corner`` of the view spanning ``x_range`` by ``y_range``."""
    (x_lo, x_hi), (y_lo, y_hi) = x_range, y_range
    fx = (x - x_lo) / (x_hi - x_lo)
    fy = (y - y_lo) / (y_hi - y_lo)
    left = fx <= box[0] if corner.endswith("left") else fx >= 1.0 - box[0]
    top = fy >= 1.0 - box[1] if corner.startswith("top") else fy <= box[1]
    inside = (fx >= 0) & (fx <= 1) & (fy >= 0) & (fy <= 1)
    return left & top & inside


def _room(x, y, x_range, y_range, box, corner: str) -> tuple[float, float] | None:
    """The y range, grown at the legend's edge, that leaves the box in ``corner`` empty
    (the legend keeps its size on screen, so it takes the same share of the taller range);
    None when the box is too tall to free."""
    height = box[1]
    if height >= 0.8:
        return None
    (x_lo, x_hi), (y_lo, y_hi) = x_range, y_range
    fx = (x - x_lo) / (x_hi - x_lo)
    under = fx <= box[0] if corner.endswith("left") else fx >= 1.0 - box[0]
    under &= (fx >= 0) & (fx <= 1)
    column = y[under]
    pad = 0.02 * (y_hi - y_lo)
    if corner.startswith("top"):
        highest = float(column.max()) + pad if column.size else y_lo
        top = max(y_hi, (highest - height * y_lo) / (1.0 - height))
        return y_lo, top
    lowest = float(column.min()) - pad if column.size else y_hi
    bottom = min(y_lo, (lowest - height * y_hi) / (1.0 - height))
    return bottom, y_hi


def legend_place(
    x,
    y,
    x_range: tuple[float, float],
    y_range: tuple[float, float],
    box: tuple[float, float],
    avoid=None,
    grow: float = 0.0,
) -> LegendPlace:
    """The emptiest corner of a view for a legend of ``box`` (its width and height as
    fractions of the view's, margins included), never over a point when that can be had.

    Parameters
    ----------
    x, y : array_like
        The points the legend must not cover (the data, a curve's samples).
    x_range, y_range : (low, high)
        The view.
    box : (width, height)
        The legend's size as fractions of the view's.
    avoid : (xs, ys), optional
        Samples of lines it had better not cover (the least-squares line): among the
        corners free of points, the one over fewest of these wins.
    grow : float
        How much taller (a fraction of the view's height) the y range may become to make
        an empty corner when there is none: the legend then sits above (or below) the
        data instead of on it. 0: never grow.

    Returns
    -------
    LegendPlace
        The corner (the first of :data:`CORNERS` among equals), the y range (grown or as
        given) and the points left under the legend.
    """
    x = np.asarray(x, dtype=np.float64).ravel()
    y = np.asarray(y, dtype=np.float64).ravel()
    finite = np.isfinite(x) & np.isfinite(y)
    x, y = x[finite], y[finite]
    y_range = (float(y_range[0]), float(y_range[1]))
    if not (x_range[1] > x_range[0] and y_range[1] > y_range[0]):
        return LegendPlace(CORNERS[0], y_range, 0)
    covered = {c: int(_in_box(x, y, x_range, y_range, box, c).sum()) for c in CORNERS}
    if avoid is not None:
        ax, ay = (np.asarray(v, dtype=np.float64).ravel() for v in avoid)
        crossed = {c: int(_in_box(ax, ay, x_range, y_range, box, c).sum()) for c in CORNERS}
    else:
        crossed = dict.fromkeys(CORNERS, 0)
    best = min(CORNERS, key=lambda c: (covered[c], crossed[c]))
    if covered[best] == 0 or grow <= 0:
        return LegendPlace(best, y_range, covered[best])
    height = y_range[1] - y_range[0]
    options = []
    for corner in CORNERS:
        room = _room(x, y, x_range, y_range, box, corner)
        if room is not None and room[1] - room[0] <= (1.0 + grow) * height:
            options.append((room[1] - room[0], crossed[corner], CORNERS.index(corner), room))
    if not options:
        return LegendPlace(best, y_range, covered[best])
    _, _, index, room = min(options)
    return LegendPlace(CORNERS[index], room, 0)


# ---------------------------------------------------------------------------- dashes
def dash_segments(points, pattern, step: float | None = None) -> np.ndarray:
    """A polyline cut into dashes: ``(2k, d)`` end points of the drawn pieces, in pairs.

    ``points`` is ``(n, d)``; ``pattern`` alternates drawn and skipped lengths (in the
    points' units), repeated along the line: ``(0.3, 0.15)`` is a dashed line, ``(0.05,
    0.12)`` a dotted one. ``step`` is the length of the pieces the line is cut into
    (default a third of the pattern's shortest part). An empty pattern, or a line of
    less than two points, draws the polyline whole (as pairs).
    """
    pos = np.asarray(points, dtype=np.float64)
    if len(pos) < 2 or not pattern:
        return np.repeat(pos, 2, axis=0)[1:-1]
    pattern = np.asarray(pattern, dtype=np.float64)
    step = float(step) if step else float(pattern.min()) / 3.0
    length = np.concatenate(([0.0], np.cumsum(np.linalg.norm(np.diff(pos, axis=0), axis=1))))
    total = float(length[-1])
    if not total > 0 or not math.isfinite(total):
        return np.empty((0, pos.shape[1]))
    stops = np.append(np.arange(0.0, total, step), total)
    samples = np.column_stack([np.interp(stops, length, pos[:, k]) for k in range(pos.shape[1])])
    middle = 0.5 * (stops[:-1] + stops[1:]) % float(pattern.sum())
    edges = np.cumsum(pattern)
    drawn = np.searchsorted(edges, middle, side="right") % 2 == 0
    pairs = np.stack((samples[:-1][drawn], samples[1:][drawn]), axis=1)
    return pairs.reshape(-1, pos.shape[1])

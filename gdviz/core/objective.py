"""The error a run descends on: which loss, Huber's δ, the ridge penalty, and its optimum.

Every objective is the mean of a loss ``ρ`` of the residuals ``rᵢ = yᵢ − (m xᵢ + b)``
plus a ridge penalty on the slope (the intercept is not penalised):

.. math:: E(b, m) = \\frac{1}{N}\\sum_i ρ(r_i) + λ m^2

- **MSE** ``ρ(r) = r²``: smooth and quadratic; with ridge the optimum is in closed form.
- **MAE** ``ρ(r) = |r|``: convex, piecewise linear, no curvature. Its gradient here is a
  subgradient, with ``sign(0) = 0``. The optimum is a least-absolute-deviations (LAD)
  line, found exactly (:func:`lad_line`); it need not be unique, and then says so.
- **Huber** ``ρ(r) = r²`` for ``|r| ≤ δ``, ``2δ|r| − δ²`` beyond: the squared error near
  the line, the absolute error (times 2δ) far from it, with a continuous slope. Its
  Hessian counts only the points within ``δ`` of the line, so it can be singular.

Each loss is declared once in a small registry (:class:`LossSpec`, :func:`loss_spec`,
:func:`loss_specs`), in the manner of the optimizer registry; the window's loss box, the
``--loss`` choices, lesson checks and the words are generated from it. An
:class:`Objective` is the chosen loss with its δ and λ: an immutable value with the
value, gradient and Hessian at a line, the error over a grid, and the optimum.

The MSE's value, gradient and Hessian come from the sufficient statistics
(:mod:`gdviz.core.model`) in O(1) when they are passed; MAE and Huber cost one O(n) pass
over the points per evaluation. The exact optima are meant for classroom sizes (up to
about 10⁵ points; each LAD iteration is one O(n log n) sort).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from . import model
from .i18n import QT_TRANSLATE_NOOP, translate
from .optimizers import Hyperparameter
from .words import format_exact

__all__ = [
    "DEFAULT_LOSS",
    "HUBER_DELTA",
    "MSE",
    "RIDGE",
    "LossSpec",
    "Objective",
    "Optimum",
    "lad_line",
    "loss_spec",
    "loss_specs",
    "register_loss",
]

#: The loss of a fresh window, a lesson's default and ``gdviz fit``'s: the tutorial's.
DEFAULT_LOSS = "mse"

HUBER_DELTA = Hyperparameter(
    "huber_delta",
    QT_TRANSLATE_NOOP("objective", "Huber δ"),
    "δ",
    default=1.0,
    minimum=1e-12,
    maximum=1e12,
    log_steps=True,
    tooltip=QT_TRANSLATE_NOOP(
        "objective",
        "Huber's δ: residuals up to δ count squared, larger ones only in proportion\n"
        "(in the units of y)",
    ),
    noun=QT_TRANSLATE_NOOP("objective", "huber delta"),
    context="objective",
)

RIDGE = Hyperparameter(
    "ridge",
    QT_TRANSLATE_NOOP("objective", "Ridge λ"),
    "λ",
    default=0.0,
    minimum=0.0,
    maximum=1e12,
    log_steps=True,
    tooltip=QT_TRANSLATE_NOOP(
        "objective",
        "Ridge penalty λ: λ m² is added to the error, pulling the slope towards 0\n"
        "(the intercept is not penalised); 0 for none",
    ),
    noun=QT_TRANSLATE_NOOP("objective", "ridge"),
    context="objective",
)


@dataclass(frozen=True)
class LossSpec:
    """Everything gdviz knows about one loss, declared once.

    Attributes
    ----------
    name, label, short : str
        The key (``"mae"``: lesson files, the command line), the name in the window
        (``"Mean absolute error"``) and in a heading or legend (``"MAE"``).
    noun : str
        The loss in the middle of a sentence (``"the absolute error"``).
    term : str
        ``ρ(r)``, the loss of one residual, as a formula.
    smooth : bool
        It has a Hessian (second-order optimizers can use it).
    uses_delta : bool
        Huber's δ matters.
    optimum_name : str
        What its optimum is called (``"least-absolute-deviations line"``).
    tooltip : str
        One or two sentences for the loss box.
    ridge_name : str
        What its optimum is called with a ridge penalty (default: ``"ridge "`` and
        ``optimum_name``).

    The English texts are the keys (the command line, lesson files); :meth:`translated`
    gives them in the reader's language (they are marked in the context "objective").
    """

    name: str
    label: str
    short: str
    noun: str
    term: str
    smooth: bool
    uses_delta: bool = False
    optimum_name: str = ""
    tooltip: str = ""
    ridge_name: str = ""

    def __post_init__(self) -> None:
        if not self.ridge_name and self.optimum_name:
            object.__setattr__(self, "ridge_name", "ridge " + self.optimum_name)

    def translated(self, field: str = "label") -> str:
        """``label``, ``noun``, ``optimum_name``, ``ridge_name`` or ``tooltip`` in the
        reader's language (the window's; the command line keeps the English attributes)."""
        return translate("objective", getattr(self, field))


_LOSSES: dict[str, LossSpec] = {}


def register_loss(spec: LossSpec) -> None:
    """Add a loss (``ValueError`` if one of that name is registered).

    Its arithmetic lives in :class:`Objective`; a loss without it cannot be evaluated.
    """
    if spec.name in _LOSSES:
        raise ValueError(f"a loss called {spec.name!r} is already registered")
    _LOSSES[spec.name] = spec


def loss_spec(name: str) -> LossSpec:
    """The registered loss called ``name`` (any case, surrounding spaces ignored).

    Raises
    ------
    ValueError
        ``"unknown loss 'x' (choose one of: mse, mae, huber)"``.
    """
    key = name.strip().lower() if isinstance(name, str) else name
    spec = _LOSSES.get(key) if isinstance(key, str) else None
    if spec is None:
        text = translate("objective", "unknown loss {name} (choose one of: {known})")
        raise ValueError(text.format(name=repr(name), known=", ".join(_LOSSES)))
    return spec


def loss_specs() -> tuple[LossSpec, ...]:
    """Every registered loss, in the order registered (the default first)."""
    return tuple(_LOSSES.values())


register_loss(
    LossSpec(
        "mse",
        QT_TRANSLATE_NOOP("objective", "Mean squared error"),
        "MSE",
        QT_TRANSLATE_NOOP("objective", "the squared error"),
        "r²",
        smooth=True,
        optimum_name=QT_TRANSLATE_NOOP("objective", "least-squares line"),
        ridge_name=QT_TRANSLATE_NOOP("objective", "ridge least-squares line"),
        tooltip=QT_TRANSLATE_NOOP(
            "objective", "Each residual counts squared: large misses dominate."
        ),
    )
)
register_loss(
    LossSpec(
        "mae",
        QT_TRANSLATE_NOOP("objective", "Mean absolute error"),
        "MAE",
        QT_TRANSLATE_NOOP("objective", "the absolute error"),
        "|r|",
        smooth=False,
        optimum_name=QT_TRANSLATE_NOOP("objective", "least-absolute-deviations line"),
        ridge_name=QT_TRANSLATE_NOOP("objective", "ridge least-absolute-deviations line"),
        tooltip=QT_TRANSLATE_NOOP(
            "objective",
            "Each residual counts by its size: outliers pull less. "
            "No curvature, so no second-order steps.",
        ),
    )
)
register_loss(
    LossSpec(
        "huber",
        QT_TRANSLATE_NOOP("objective", "Huber loss"),
        "Huber",
        QT_TRANSLATE_NOOP("objective", "the Huber error"),
        "r² if |r| ≤ δ, else 2δ|r| − δ²",
        smooth=True,
        uses_delta=True,
        optimum_name=QT_TRANSLATE_NOOP("objective", "Huber line"),
        ridge_name=QT_TRANSLATE_NOOP("objective", "ridge Huber line"),
        tooltip=QT_TRANSLATE_NOOP(
            "objective",
            "Squared for residuals up to δ, absolute beyond: "
            "smooth near the line, robust to outliers.",
        ),
    )
)


class Optimum(NamedTuple):
    """The best line of an objective, to full precision, in original units."""

    b: float
    m: float
    error: float  # the objective's value there
    unique: bool  # False: other lines have the same error
    note: str = ""  # what else is optimal, in words, when not unique


@dataclass(frozen=True)
class Objective:
    """A loss with its δ and ridge λ: the error ``E(b, m) = mean ρ(rᵢ) + λ m²``.

    Values are checked at the boundary (:meth:`gdviz.core.settings.RunSettings.checked`);
    here they are trusted. ``x, y`` are float arrays; ``b, m`` scalars (the grid takes
    arrays). Passing ``stats`` (the data's :class:`~gdviz.core.model.Statistics`) makes
    the MSE's evaluations O(1).
    """

    loss: str = DEFAULT_LOSS
    huber_delta: float = HUBER_DELTA.default
    ridge: float = RIDGE.default

    @property
    def spec(self) -> LossSpec:
        return loss_spec(self.loss)

    @property
    def smooth(self) -> bool:
        """It has a Hessian: Newton and conjugate gradients can step on it."""
        return self.spec.smooth

    @property
    def is_least_squares(self) -> bool:
        """Plain MSE without ridge: the tutorial's error, all of whose fast paths apply."""
        return self.loss == "mse" and self.ridge == 0.0

    @property
    def is_quadratic(self) -> bool:
        """MSE, with or without ridge: a constant Hessian, exact stability theory."""
        return self.loss == "mse"

    @property
    def label(self) -> str:
        """``"Huber loss (δ = 1.5) + ridge λ = 0.1"``, in the reader's language (English on
        the command line)."""
        text = self.spec.translated("label")
        if self.spec.uses_delta:
            text = translate("objective", "{loss} (δ = {delta})").format(
                loss=text, delta=format_exact(self.huber_delta)
            )
        if self.ridge > 0:
            text = translate("objective", "{loss} + ridge λ = {ridge}").format(
                loss=text, ridge=format_exact(self.ridge)
            )
        return text

    @property
    def formula(self) -> str:
        """``"E = (1/N) Σ |rᵢ| + λ m²"``, the λ term only with ridge."""
        term = {"r²": "rᵢ²", "|r|": "|rᵢ|"}.get(self.spec.term, "ρ(rᵢ)")
        return f"E = (1/N) Σ {term}" + (" + λ m²" if self.ridge > 0 else "")

    @property
    def optimum_name(self) -> str:
        """``"least-squares line"``, ``"ridge least-squares line"``, … in the reader's
        language (English on the command line)."""
        return self.spec.translated("ridge_name" if self.ridge > 0 else "optimum_name")

    def scaled(self, scaling) -> Objective:
        """The same objective in scaled units (:class:`~gdviz.core.scaling.Scaling`).

        With ``r' = r/σy`` and ``m' = m σx/σy`` the scaled objective has the same
        minimiser: δ becomes ``δ/σy``, and λ becomes ``λ/σx²`` (MSE, Huber: the error
        scales by σy²) or ``λ σy/σx²`` (MAE: it scales by σy).
        """
        kx, ky = scaling.x_scale, scaling.y_scale
        factor = ky if self.loss == "mae" else 1.0
        return Objective(self.loss, self.huber_delta / ky, self.ridge * factor / (kx * kx))

    def quadratic_statistics(self, stats: model.Statistics) -> model.Statistics:
        """For the MSE with ridge: statistics whose plain mean squared error *is* this
        error, exactly, so every closed form of :mod:`gdviz.core.model` (the error over a
        grid, the Hessian and its eigenvalues, the stability theory) applies unchanged.

        ``(S_xx/N)(m − m*)² + λm² = ((S_xx + Nλ)/N)(m − m_λ)² + const`` with
        ``m_λ = S_xy/(S_xx + Nλ)``: ``S_xx`` grows by ``Nλ`` and ``SSE*`` becomes ``N``
        times the ridge optimum's error. (``S_yy`` is kept: R² of these statistics means
        nothing.)

        Raises
        ------
        ValueError
            For MAE and Huber, which are not quadratic.
        """
        if self.loss != "mse":
            text = translate("objective", "{loss} is not a quadratic in b and m")
            raise ValueError(text.format(loss=self.spec.translated("noun")))
        if self.ridge == 0.0:
            return stats
        sxx = stats.sxx + stats.n * self.ridge
        m = stats.sxy / sxx
        gap = m - stats.slope_star
        error = stats.sse_star / stats.n + stats.x_var * gap * gap + self.ridge * m * m
        return stats._replace(sxx=sxx, sse_star=error * stats.n)

    # ------------------------------------------------------------------ the loss
    def _rho(self, r):
        if self.loss == "mse":
            return r * r
        if self.loss == "mae":
            return np.abs(r)
        d = self.huber_delta
        a = np.abs(r)
        return np.where(a <= d, r * r, 2.0 * d * a - d * d)

    def loss_slope(self, r):
        """``ρ'(r)``: ``2r``, ``sign(r)`` (0 at 0: a subgradient) or ``2 clip(r, −δ, δ)``."""
        if self.loss == "mse":
            return 2.0 * r
        if self.loss == "mae":
            return np.sign(r)
        d = self.huber_delta
        return 2.0 * np.clip(r, -d, d)

    def _curved(self, r):
        """Weights ``ρ''(r)``: 2 for MSE, 0 for MAE, 2 within δ for Huber."""
        if self.loss == "mse":
            return np.full(r.shape, 2.0)
        if self.loss == "mae":
            return np.zeros(r.shape)
        return np.where(np.abs(r) <= self.huber_delta, 2.0, 0.0)

    # ------------------------------------------------------------------ at a line
    def value(self, x, y, b: float, m: float, stats: model.Statistics | None = None) -> float:
        """``E(b, m)``."""
        penalty = self.ridge * m * m
        if self.loss == "mse" and stats is not None:
            return float(model.mse(stats, b, m)) + penalty
        r = y - (m * x + b)
        return float(np.mean(self._rho(r))) + penalty

    def gradient(
        self, x, y, b: float, m: float, stats: model.Statistics | None = None
    ) -> tuple[float, float]:
        """``(∂E/∂b, ∂E/∂m) = (−(1/N) Σ ρ'(rᵢ), −(1/N) Σ xᵢ ρ'(rᵢ) + 2λm)``.

        For MAE a subgradient: ``ρ'(r) = sign(r)`` with ``sign(0) = 0``.
        """
        if self.loss == "mse" and stats is not None:
            grad_b, grad_m = model.gradient(stats, b, m)
            return float(grad_b), float(grad_m) + 2.0 * self.ridge * m
        r = y - (m * x + b)
        g = self.loss_slope(r)
        n = r.size
        return -float(np.sum(g)) / n, -float(x @ g) / n + 2.0 * self.ridge * m

    def hessian(
        self, x, y, b: float, m: float, stats: model.Statistics | None = None
    ) -> np.ndarray:
        """``(1/N) Σ ρ''(rᵢ) [[1, xᵢ], [xᵢ, xᵢ²]] + [[0, 0], [0, 2λ]]``.

        Constant for MSE; 0 (plus the ridge) for MAE; for Huber only the points within δ
        of the line count, so it is singular when fewer than two distinct x are.
        """
        if self.loss == "mse" and stats is not None:
            h = model.hessian(stats)
        else:
            r = y - (m * x + b)
            w = self._curved(r)
            n = r.size
            wx = w * x
            h = np.array([[np.sum(w), np.sum(wx)], [np.sum(wx), wx @ x]]) / n
        h[1, 1] += 2.0 * self.ridge
        return h

    # ------------------------------------------------------------------ over a grid
    def grid(self, x, y, b_values, m_values, stats: model.Statistics | None = None):
        """``E`` at every ``(b, m)``: shape ``(len(m), len(b))``, row ``i`` slope ``m[i]``.

        MSE: one broadcast expression of the statistics. MAE and Huber, exactly, one row
        at a time: for a slope ``m`` the residuals ``zᵢ − b`` with ``zᵢ = yᵢ − m xᵢ``,
        sorted once with prefix sums, give every ``b`` of the row in O(log n)
        (O(rows · (n log n + columns log n)) in all).
        """
        b = np.asarray(b_values, dtype=np.float64)
        m = np.asarray(m_values, dtype=np.float64)
        with np.errstate(over="ignore", invalid="ignore"):
            if self.loss == "mse":
                if stats is None:
                    stats = model.fit_statistics(x, y)
                error = model.mse(stats, b[np.newaxis, :], m[:, np.newaxis])
            else:
                error = np.array([self._row(x, y, b, slope) for slope in m]).reshape(m.size, b.size)
            error = error + self.ridge * (m * m)[:, np.newaxis]
        big = np.finfo(np.float64).max
        return np.nan_to_num(error, nan=big, posinf=big)

    def _row(self, x, y, b: np.ndarray, m: float) -> np.ndarray:
        """``mean ρ(zᵢ − b)`` for every ``b``, ``z = y − m x`` (sorted, prefix sums)."""
        z = np.sort(y - m * x)
        centre = z[z.size // 2]  # centred sums keep their precision far from the origin
        z = z - centre
        t = b - centre
        n = z.size
        s1 = np.concatenate(([0.0], np.cumsum(z)))
        if self.loss == "mae":
            k = np.searchsorted(z, t)
            below = t * k - s1[k]
            above = (s1[n] - s1[k]) - t * (n - k)
            return (below + above) / n
        d = self.huber_delta
        s2 = np.concatenate(([0.0], np.cumsum(z * z)))
        lo = np.searchsorted(z, t - d, side="left")  # z < t − δ: residual below −δ
        hi = np.searchsorted(z, t + d, side="right")  # z > t + δ: residual above δ
        inner = (s2[hi] - s2[lo]) - 2.0 * t * (s1[hi] - s1[lo]) + t * t * (hi - lo)
        low_tail = 2.0 * d * (t * lo - s1[lo]) - d * d * lo  # Σ 2δ(t − z) − δ²
        high_tail = 2.0 * d * ((s1[n] - s1[hi]) - t * (n - hi)) - d * d * (n - hi)
        return (np.maximum(inner, 0.0) + low_tail + high_tail) / n

    # ------------------------------------------------------------------ the optimum
    def optimum(self, x, y, stats: model.Statistics | None = None) -> Optimum:
        """The line of least error, in original units, to full precision.

        MSE: closed form, ``m = Sxy / (Sxx + Nλ)``, ``b = ȳ − m x̄``. MAE: :func:`lad_line`
        (or, with ridge, a bisection on the slope that ends on the exact piece). Huber:
        Newton's method from the LAD line, ending with the exact solve of the quadratic
        piece it lands on.
        """
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        if self.loss == "mse":
            if stats is None:
                stats = model.fit_statistics(x, y)
            m = stats.sxy / (stats.sxx + stats.n * self.ridge)
            b = stats.y_mean - m * stats.x_mean
            gap = m - stats.slope_star
            error = stats.sse_star / stats.n + stats.x_var * gap * gap + self.ridge * m * m
            return Optimum(b, m, error, True)
        if self.loss == "mae":
            if self.ridge > 0:
                b, m, unique, note = _ridge_lad(x, y, self.ridge)
            else:
                b, m, unique, note = lad_line(x, y)
            return Optimum(b, m, self.value(x, y, b, m), unique, note)
        b, m = _huber_line(self, x, y)
        return Optimum(b, m, self.value(x, y, b, m), True)


#: The plain mean squared error, the tutorial's objective.
MSE = Objective()


# ---------------------------------------------------------------------------- LAD


def _pivot_slope(x: np.ndarray, y: np.ndarray, k: int) -> tuple[float, int, bool]:
    """The best slope of a line through point ``k`` under the absolute error.

    Through ``(x_k, y_k)`` the error is ``Σ |x_i − x_k| · |s_i − m|`` with ``s_i`` the
    slope from point ``k`` to point ``i``: least at a weighted median of the ``s_i``
    (weights ``|x_i − x_k|``). Returns ``(m, j, flat)``: the slope, the point ``j`` it
    passes through too, and whether a whole interval of slopes is as good.
    """
    dx = x - x[k]
    keep = np.flatnonzero(dx != 0.0)
    s = (y[keep] - y[k]) / dx[keep]
    w = np.abs(dx[keep])
    order = np.argsort(s, kind="stable")
    cw = np.cumsum(w[order])
    half = 0.5 * cw[-1]
    i = int(np.searchsorted(cw, half))
    i = min(i, order.size - 1)
    flat = bool(cw[i] == half and i + 1 < order.size and s[order[i + 1]] > s[order[i]])
    return float(s[order[i]]), int(keep[order[i]]), flat


def _on_line(x, y, b: float, m: float) -> np.ndarray:
    """The points a line passes through, allowing for the rounding of its residuals."""
    r = y - (m * x + b)
    tol = 8.0 * np.finfo(np.float64).eps * (np.abs(y) + np.abs(m * x) + abs(b))
    return np.flatnonzero(np.abs(r) <= tol)


def lad_line(x, y) -> tuple[float, float, bool, str]:
    """An exact least-absolute-deviations line ``(b, m, unique, note)``.

    Some LAD line passes through two data points. Starting from a point near the median
    x, the best line through the pivot point is the weighted median of the slopes to the
    other points (:func:`_pivot_slope`); the point it passes through becomes the next
    pivot, and so on while the absolute error falls (Wesolowsky's direct descent). At
    the end no rotation about any point on the line lowers the error, and the error is
    convex and piecewise linear, so the line is optimal. It is not unique when some such
    rotation keeps the error unchanged (``note`` says so).

    Each step costs one O(n log n) sort; a handful of steps is typical. Meant for
    classroom sizes, up to about 10⁵ points.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    k = int(np.argsort(x, kind="stable")[x.size // 2])
    best = math.inf
    b = m = 0.0
    for _ in range(4 * x.size + 16):  # each step lowers the error: a bound, never reached
        slope, j, _flat = _pivot_slope(x, y, k)
        intercept = y[k] - slope * x[k]
        error = float(np.sum(np.abs(y - (slope * x + intercept))))
        if error < best:
            best, b, m = error, float(intercept), slope
            k = j
            continue
        better = _better_pivot(x, y, b, m, best)
        if better is None:
            break
        k = better
    unique = _lad_unique(x, y, b, m)
    note = "" if unique else translate("objective", "other lines have the same mean absolute error")
    return b, m, unique, note


def _better_pivot(x, y, b: float, m: float, best: float) -> int | None:
    """A point on the line about which a rotation lowers the error, if any."""
    for p in _on_line(x, y, b, m):
        slope, _j, _flat = _pivot_slope(x, y, int(p))
        intercept = y[p] - slope * x[p]
        if float(np.sum(np.abs(y - (slope * x + intercept)))) < best:
            return int(p)
    return None


def _lad_unique(x, y, b: float, m: float) -> bool:
    """No rotation about a point on the line keeps the error level.

    The directional derivative of ``Σ|rᵢ|`` for a rotation about point ``p`` is
    ``Σ_off −sign(rᵢ)(xᵢ − x_p) + Σ_on |xᵢ − x_p|`` (and its mirror); every direction lies
    between two such rotations, and the derivative is linear in between.
    """
    on = _on_line(x, y, b, m)
    if on.size < 2:  # within a flat stretch: a whole interval of intercepts
        return False
    mask = np.zeros(x.size, dtype=bool)
    mask[on] = True
    sign = np.sign(y - (m * x + b))
    sign[mask] = 0.0
    for p in on:
        dx = x - x[p]
        scale = float(np.sum(np.abs(dx)))
        off = -float(sign @ dx)
        on_sum = float(np.sum(np.abs(dx[mask])))
        if min(on_sum + off, on_sum - off) <= 1e-12 * scale:
            return False
    return True


def _ridge_lad(x, y, ridge: float) -> tuple[float, float, bool, str]:
    """The line of least ``mean|rᵢ| + λ m²``.

    For a slope ``m`` the best intercept is a median of ``y − m x`` and the error's slope
    is ``G'(m) = −(1/N) Σ sign(rᵢ)(xᵢ − x_p) + 2λm`` (``p`` the median point). ``G'``
    increases with ``m``: bisection brackets its sign change to adjacent floats, then the
    exact minimiser of the linear piece there is taken, ``m = c/(2λ)``, when it lies in
    the bracket (else the kink is the minimiser).
    """
    n = x.size

    def slope_of_error(m: float) -> float:
        z = y - m * x
        p = int(np.argsort(z, kind="stable")[(n - 1) // 2])
        sign = np.sign(z - z[p])
        return -float(sign @ (x - x[p])) / n + 2.0 * ridge * m

    reach = float(np.max(x) - np.min(x)) / ridge + 1.0
    lo, hi = -reach, reach
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid in (lo, hi):
            break
        if slope_of_error(mid) < 0.0:
            lo = mid
        else:
            hi = mid
    mid = 0.5 * (lo + hi)
    c = slope_of_error(mid) - 2.0 * ridge * mid  # the piece's own slope, −(1/N) Σ …
    m = -c / (2.0 * ridge)
    if not lo <= m <= hi:
        m = mid
    z = np.sort(y - m * x)
    b = float(np.median(z))
    gap = z[n // 2] - z[n // 2 - 1] if n % 2 == 0 else 0.0
    unique = gap <= 8.0 * np.finfo(np.float64).eps * float(np.max(np.abs(z)))
    note = ""
    if not unique:
        text = translate("objective", "any intercept from {low} to {high} is as good")
        note = text.format(low=f"{z[n // 2 - 1]:.6g}", high=f"{z[n // 2]:.6g}")
    return b, float(m), bool(unique), note


# ---------------------------------------------------------------------------- Huber


def _huber_line(objective: Objective, x, y) -> tuple[float, float]:
    """The Huber line: Newton steps with backtracking from the LAD line, which passes
    through two points (so at least two are in the quadratic zone), then the exact solve
    of the quadratic piece once the zone stops changing."""
    b, m, _unique, _note = lad_line(x, y)
    value = objective.value(x, y, b, m)
    for _ in range(500):
        zone = _zone(objective, x, y, b, m)
        g = np.array(objective.gradient(x, y, b, m))
        h = objective.hessian(x, y, b, m)
        det = h[0, 0] * h[1, 1] - h[0, 1] * h[1, 0]
        if det > 1e-13 * (h[0, 0] + h[1, 1]) ** 2:
            step = -np.linalg.solve(h, g)
        else:  # no curvature here: a gradient step, shortened by the search below
            step = -g * (1.0 / max(float(np.max(np.abs(g))), 1e-300))
        t = 1.0
        while t > 1e-20:
            nb, nm = b + t * step[0], m + t * step[1]
            nv = objective.value(x, y, nb, nm)
            if nv <= value:
                break
            t *= 0.5
        else:
            break
        # a full Newton step that stays on its quadratic piece lands on the optimum
        done = t == 1.0 and np.array_equal(_zone(objective, x, y, nb, nm), zone)
        moved = (nb, nm) != (b, m)
        b, m, value = nb, nm, nv
        if done or not moved:
            break
    return float(b), float(m)


def _zone(objective: Objective, x, y, b: float, m: float) -> np.ndarray:
    """Which side of the quadratic zone each point is on: −1, 0 (within δ) or 1."""
    r = y - (m * x + b)
    d = objective.huber_delta
    return np.where(r > d, 1, np.where(r < -d, -1, 0))

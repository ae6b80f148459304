"""Stability and conditioning of plain gradient descent on the mean squared error.

The error is a quadratic bowl, ``E(θ) = E* + ½ (θ-θ*)ᵀ H (θ-θ*)`` with ``θ = (b, m)`` and
the constant Hessian ``H`` (:func:`gdviz.core.model.hessian`). Plain (full-batch) descent
``θ ← θ - η ∇E(θ)`` moves the error vector ``e = θ - θ*`` by ``e ← (I - ηH) e``, so along
each eigenvector of ``H`` (eigenvalue ``λ``) the distance to the optimum is multiplied by
``1 - ηλ`` at every step. Everything here follows from that:

* the descent converges exactly when ``|1 - ηλ| < 1`` for both eigenvalues, that is for
  ``0 < η < 2/λmax``;
* the per-step contraction is ``ρ(η) = max(|1 - ηλmin|, |1 - ηλmax|)``, smallest at
  ``η = 2/(λmin + λmax)`` where ``ρ = (κ-1)/(κ+1)``, ``κ = λmax/λmin``;
* the error gap is exactly
  ``E_t - E* = Σ_k (λ_k/2) c_k² (1 - ηλ_k)^(2t)`` with ``c_k`` the components of
  ``θ_0 - θ*`` along the eigenvectors, and never more than ``ρ^(2t) (E_0 - E*)``.

**Learning-rate zones** (for plain descent, see :meth:`RateLimits.zone`):

``divergent``
    ``η ≥ 2/λmax``: ``|1 - ηλmax| ≥ 1``, the steep direction does not shrink.
``oscillating``
    ``1/λmax < η < 2/λmax``: converges, but ``1 - ηλmax < 0``, so along the steepest
    direction every step overshoots the valley floor and the line swings back and forth
    (oscillates). It still converges.
``slow``
    ``η`` below :attr:`RateLimits.slow_learning_rate`: the worst-case number of
    iterations to shrink the error gap 100-fold, ``ln(100) / (-2 ln ρ(η))``, is above
    both :data:`SLOW_ITERATIONS` (10,000) and :data:`SLOW_FACTOR` (10) times what the
    fastest rate ``2/(λmin + λmax)`` needs. The first condition says "you will wait";
    the second says "and a larger rate would do much better" (on badly conditioned data
    even the fastest rate needs many iterations; that is the data's fault, not the
    rate's, and is what normalising cures).
``safe``
    everything else: converges without overshoot at a reasonable speed.

**Iterations to reach the optimum** (:func:`predicted_iterations`,
:func:`measured_iterations`): the first iteration at which the error is within 1% of
the optimum error, ``E_t - E* ≤ 0.01 E*`` (when the data lie exactly on a line,
``E* = 0``, the target is 1% of the starting gap instead; see :func:`target_gap`).

**Which rules it speaks for** is decided by a rule's family in the optimizer registry
(:class:`gdviz.core.optimizers.Family`), never by its name: the limits and zones are the
plain family's own (:func:`limits_apply`), the gap curve is exact for plain descent on all
points (:func:`theory_applies`), and the messages after a divergence differ by family.

**Second-order rules** (Newton, conjugate gradients; :func:`step_scale_limits`): their
learning rate ``η`` scales a step that is exact at ``η = 1`` (the registry's
:attr:`~gdviz.core.optimizers.OptimizerSpec.exact_steps`): each step is ``η`` times the
step to the lowest point along its direction. Along that line the error is a parabola,
so a step leaves ``(1 - η)²`` of the line's drop: the error falls exactly for
``0 < η < 2``. Newton's direction points at the optimum, so its distance shrinks by
``|1 - η|`` per step whatever the data (one step at ``η = 1``); conjugate gradients
reach it in two steps at ``η = 1``, and otherwise each step keeps at least ``(1 - η)²``
of the gap (for ``η < 2``: so the count from ``|1 - η|`` is the fewest it can take).
Their zones (:data:`STEP_ZONES`): ``slow``, ``safe`` (``η < 1``), ``exact`` (``η = 1``),
``oscillating`` (``1 < η < 2``: each step goes past the lowest point) and ``divergent``
(``η ≥ 2``).

**Other objectives** (``objective``, a :class:`gdviz.core.objective.Objective`; default
the plain mean squared error): the MSE with a ridge penalty is a quadratic too, with
``H + diag(0, 2λ)``, and everything above holds for it exactly (computed from its
:meth:`~gdviz.core.objective.Objective.quadratic_statistics`). The absolute error has no
curvature and Huber's changes from line to line, so the theory does not apply to them.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from . import model
from .i18n import QT_TRANSLATE_NOOP, TranslatedWords, translate
from .optimizers import DEFAULT_OPTIMIZER, Family, OptimizerSpec, make_optimizer, optimizer_spec
from .scaling import IDENTITY, standardising
from .words import (
    SYMBOL_WORDS,
    format_contraction,
    format_count,
    format_number,
    format_percent,
    format_power_of_ten,
)

__all__ = [
    "FRACTION",
    "GAUGE_DECADES_ABOVE",
    "GAUGE_DECADES_BELOW",
    "ITERATION_CAP",
    "SLOW_FACTOR",
    "SLOW_ITERATIONS",
    "STEP_COUNT_CAP",
    "STEP_GAUGE_RANGE",
    "STEP_ZONES",
    "THEORY_SAMPLES",
    "ZONES",
    "ZONE_MEANINGS",
    "ZONE_NAMES",
    "IterationCount",
    "RateLimits",
    "RunResult",
    "StabilityReport",
    "StepScaleLimits",
    "StepScaleReport",
    "StepScaleZone",
    "Zone",
    "contraction",
    "divergence_explanation",
    "divergence_warning",
    "eigen_decomposition",
    "format_contraction",
    "format_count",
    "format_value",
    "gap_components",
    "gap_curve",
    "gap_floor",
    "gauge_limits",
    "hundredfold_iterations",
    "limits_apply",
    "log_tick_labels",
    "measured_gap",
    "measured_iterations",
    "own_theory",
    "predicted_iterations",
    "rate_limits",
    "rate_line",
    "rate_zone",
    "report_rows",
    "retry_learning_rate",
    "round_down_125",
    "run_result",
    "safe_learning_rate",
    "spectrum",
    "stability_report",
    "step_scale_gap_curve",
    "step_scale_iterations",
    "step_scale_limits",
    "step_scale_report",
    "target_gap",
    "theoretical_gap",
    "theory_applies",
    "theory_curve",
    "theory_range",
    "zones_apply",
]

#: Zone names, from small to large learning rates: the words every view shows for them.
ZONES = ("slow", "safe", "oscillating", "divergent")
#: Each zone's name as shown, in the reader's language (the keys stay the English names).
ZONE_NAMES = TranslatedWords(
    "stability",
    {
        "slow": QT_TRANSLATE_NOOP("stability", "slow"),
        "safe": QT_TRANSLATE_NOOP("stability", "safe"),
        "oscillating": QT_TRANSLATE_NOOP("stability", "oscillating"),
        "divergent": QT_TRANSLATE_NOOP("stability", "divergent"),
        "exact": QT_TRANSLATE_NOOP("stability", "exact"),
    },
)
#: What each zone means for plain descent, in a few words (after the zone's name).
ZONE_MEANINGS = TranslatedWords(
    "stability",
    {
        "slow": QT_TRANSLATE_NOOP("stability", "converges, but a larger rate would be far faster"),
        "safe": QT_TRANSLATE_NOOP("stability", "converges"),
        "oscillating": QT_TRANSLATE_NOOP(
            "stability",
            "converges, but each step overshoots the valley floor (η above 1/λmax)",
        ),
        "divergent": QT_TRANSLATE_NOOP("stability", "η at or above 2/λmax: the error grows"),
    },
)
#: A rate is slow when shrinking the error gap 100-fold takes more iterations than this ...
SLOW_ITERATIONS = 10_000
#: ... and more than this many times the iterations the fastest rate needs.
SLOW_FACTOR = 10.0
#: Predicted iteration counts are searched up to this many iterations.
ITERATION_CAP = 10**9
#: The rate gauge spans 2/λmax · 10^-4 to 2/λmax · 10 (log scale).
GAUGE_DECADES_BELOW = 4
GAUGE_DECADES_ABOVE = 1
#: Fraction of the optimum error that counts as "reached the optimum".
FRACTION = 0.01
#: Samples of the theory curve in :func:`theory_curve`.
THEORY_SAMPLES = 401

_LN_100 = math.log(100.0)
#: Relative tolerance on the zone boundaries (rounding of the eigenvalues).
_ROUNDING = 1e-12
#: Families whose steps scale with the gradient, so that the Hessian's limits bite.
_CURVATURE_BOUND = (Family.PLAIN, Family.MOMENTUM)


# ---------------------------------------------------------------------------- which rules
def _spec(optimizer_name: str) -> OptimizerSpec | None:
    """The registered rule, or ``None`` for a name the registry does not know."""
    try:
        return optimizer_spec(optimizer_name)
    except ValueError:
        return None


def _quadratic(objective) -> bool:
    return objective is None or objective.is_quadratic


def limits_apply(optimizer_name: str, objective=None) -> bool:
    """Whether the learning-rate limits (2/λmax, the zones) are the rule's own.

    True for the plain family (``θ ← θ - η g``, on all points or on shuffled ones) on a
    quadratic error (the MSE, with or without ridge): the rate gauge and the warning
    before a run are about it.
    """
    spec = _spec(optimizer_name)
    return spec is not None and spec.family is Family.PLAIN and _quadratic(objective)


def theory_applies(optimizer_name: str, objective=None) -> bool:
    """Whether the predicted gap curve is exactly the rule's: plain descent on all points
    of a quadratic error."""
    spec = _spec(optimizer_name)
    plain = spec is not None and spec.family is Family.PLAIN and not spec.stochastic
    return plain and _quadratic(objective)


def descended_statistics(stats: model.Statistics, normalize: bool = False, objective=None):
    """``(statistics, scaling)`` of the quadratic actually descended: the data's, or the
    standardised data's, with the ridge penalty folded in (in the same units)."""
    scaling = standardising(stats) if normalize else IDENTITY
    scaled = scaling.statistics(stats) if normalize else stats
    if objective is not None and objective.is_quadratic and objective.ridge > 0:
        scaled = objective.scaled(scaling).quadratic_statistics(scaled)
    return scaled, scaling


def _raw(stats: model.Statistics, objective) -> model.Statistics:
    """The statistics whose plain MSE is the objective's error (original units)."""
    if objective is not None and objective.is_quadratic:
        return objective.quadratic_statistics(stats)
    return stats


# ---------------------------------------------------------------------------- numbers
def spectrum(source, normalize: bool = False, objective=None) -> tuple[float, float]:
    """Eigenvalues ``(λmin, λmax)`` of the Hessian of the problem actually descended.

    Parameters
    ----------
    source : Statistics or Analysis
        The raw data's statistics, or its :class:`~gdviz.core.model.Analysis`.
    normalize : bool
        The standardised problem (x and y scaled to zero mean, unit variance). From
        statistics it is computed with :func:`~gdviz.core.scaling.standardising`; from an
        analysis the exact result is used: standardised x has mean 0 and mean square 1,
        so ``H = 2 I`` and ``λmin = λmax = 2``.
    objective : Objective, optional
        The MSE with ridge (from statistics only); default the plain MSE.
    """
    if isinstance(source, model.Statistics):
        stats, _scaling = descended_statistics(source, normalize, objective)
        lam_a, lam_b = model.hessian_eigenvalues(stats)
    elif normalize:
        lam_a = lam_b = 2.0
    else:
        lam_a, lam_b = source.lambda_min, source.lambda_max
    return min(lam_a, lam_b), max(lam_a, lam_b)


def contraction(lam_min: float, lam_max: float, learning_rate: float) -> float:
    """Per-step contraction of plain descent, ``ρ(η) = max(|1 - ηλmin|, |1 - ηλmax|)``.

    Below 1 the descent converges (the distance to the optimum shrinks by at least the
    factor ρ per step); at or above 1 it does not.
    """
    return max(abs(1.0 - learning_rate * lam_min), abs(1.0 - learning_rate * lam_max))


def hundredfold_iterations(rho: float) -> float:
    """Worst-case iterations for the error gap to shrink 100-fold: ``ln 100 / (-2 ln ρ)``.

    The gap shrinks at least by ``ρ²`` per step. ``0`` for ``ρ = 0``; ``inf`` for ``ρ ≥ 1``.
    """
    if rho >= 1.0:
        return math.inf
    if rho <= 0.0:
        return 0.0
    return _LN_100 / (-2.0 * math.log(rho))


def _rate_for_iterations(lam_min: float, iterations: float) -> float:
    """The ``η`` at which ``ρ = 1 - ηλmin`` gives ``hundredfold_iterations(ρ) = iterations``."""
    return -math.expm1(-_LN_100 / (2.0 * iterations)) / lam_min


class RateLimits(NamedTuple):
    """The learning-rate landmarks of one problem (raw or normalised), for plain descent."""

    lambda_min: float
    lambda_max: float
    slow_learning_rate: float  # below it: slow (see the module docstring)
    normalize: bool = False

    @property
    def condition_number(self) -> float:
        """``κ = λmax / λmin`` (``inf`` when λmin is 0)."""
        return self.lambda_max / self.lambda_min if self.lambda_min > 0 else math.inf

    @property
    def max_stable_learning_rate(self) -> float:
        """``2/λmax``: plain descent diverges at or above it."""
        return 2.0 / self.lambda_max

    @property
    def best_learning_rate(self) -> float:
        """``2/(λmin + λmax)``: the fastest plain descent, ``ρ = (κ-1)/(κ+1)``."""
        return 2.0 / (self.lambda_min + self.lambda_max)

    @property
    def oscillation_learning_rate(self) -> float:
        """``1/λmax``: above it the steepest direction overshoots at every step."""
        return 1.0 / self.lambda_max

    @property
    def best_contraction(self) -> float:
        return contraction(self.lambda_min, self.lambda_max, self.best_learning_rate)

    @property
    def safe_learning_rate(self) -> float:
        """A good rate to retry with: see :func:`safe_learning_rate`."""
        return round_down_125(0.9 * self.best_learning_rate)

    def zone(self, learning_rate: float) -> Zone:
        """The zone of ``learning_rate`` with the numbers behind it."""
        lr = float(learning_rate)
        if not (lr > 0 and math.isfinite(lr)):
            raise ValueError(f"learning rate must be greater than 0 (got {lr:g})")
        rho = contraction(self.lambda_min, self.lambda_max, lr)
        # the boundaries allow for the last-digit rounding of λ (normalised data has
        # λmin = λmax = 2 up to rounding, and η = 1/λ must not count as oscillating)
        if lr >= self.max_stable_learning_rate * (1.0 - _ROUNDING):
            name = "divergent"
        elif lr > self.oscillation_learning_rate * (1.0 + _ROUNDING):
            name = "oscillating"
        elif lr < self.slow_learning_rate:
            name = "slow"
        else:
            name = "safe"
        return Zone(name, lr, rho, hundredfold_iterations(rho), self)

    # the gauge's log scale -----------------------------------------------------
    def gauge_range(self) -> tuple[float, float]:
        """Rates shown by the gauge: ``2/λmax · 10^-4`` to ``2/λmax · 10``."""
        top = self.max_stable_learning_rate
        return top * 10.0**-GAUGE_DECADES_BELOW, top * 10.0**GAUGE_DECADES_ABOVE

    def gauge_position(self, learning_rate: float) -> float:
        """Where ``learning_rate`` sits on the gauge, 0 (left) to 1 (right), clamped."""
        return _log_position(self.gauge_range(), learning_rate)

    def gauge_bands(self) -> list[tuple[str, float, float]]:
        """``(zone, start, end)`` fractions of the gauge, left to right, empty bands left out."""
        edges = [
            0.0,
            self.gauge_position(self.slow_learning_rate),
            self.gauge_position(self.oscillation_learning_rate),
            self.gauge_position(self.max_stable_learning_rate),
            1.0,
        ]
        return [(z, a, b) for z, a, b in zip(ZONES, edges[:-1], edges[1:], strict=True) if b > a]

    def gauge_marks(self) -> list[tuple[str, float]]:
        """``(zone, position)`` of the zones that are a single rate: none for plain descent."""
        return []

    @property
    def zones(self) -> tuple[str, ...]:
        """The zones, from small to large rates: :data:`ZONES`."""
        return ZONES

    def meanings(self) -> list[tuple[str, str]]:
        """``(zone, what it means)`` for every zone, in the reader's language."""
        return [(zone, ZONE_MEANINGS[zone]) for zone in ZONES]


def _log_position(span: tuple[float, float], learning_rate: float) -> float:
    """Where ``learning_rate`` sits on a log scale over ``span``, 0 to 1, clamped."""
    lo, hi = span
    if not learning_rate > 0:
        return 0.0
    frac = math.log(learning_rate / lo) / math.log(hi / lo)
    return min(max(frac, 0.0), 1.0)


class Zone(NamedTuple):
    """A learning rate's zone for plain descent, with the numbers used to find it."""

    name: str  # one of ZONES
    learning_rate: float
    contraction: float  # ρ = max |1 - ηλ|
    hundredfold_iterations: float  # worst case, inf when not converging
    limits: RateLimits

    @property
    def converges(self) -> bool:
        """Plain descent converges at this rate (every zone but ``divergent``)."""
        return self.name != "divergent"

    @property
    def lambda_max(self) -> float:
        return self.limits.lambda_max

    @property
    def max_stable_learning_rate(self) -> float:
        return self.limits.max_stable_learning_rate

    @property
    def growth_factor(self) -> float:
        """``|1 - ηλmax|``: the factor along the steepest direction per step."""
        return abs(1.0 - self.learning_rate * self.lambda_max)

    @property
    def text(self) -> str:
        """One short line, e.g. ``"safe: converges, ρ = 0.9999925"``."""
        return self.caption()

    def caption(self, plain: bool = False) -> str:
        """:attr:`text`, or with ``plain`` in words: ``"safe: each step keeps at most
        99.99925% of the distance to the best line"`` (the percentage is ``100·ρ``)."""
        rho = format_contraction(self.contraction)
        never = self.growth_factor <= 1.0 + _ROUNDING
        values = {"zone": ZONE_NAMES[self.name], "factor": format_value(self.growth_factor)}
        if self.name == "divergent" and plain:
            text = (
                translate("stability", "{zone}: never settles, each step keeps all of the distance")
                if never
                else translate(
                    "stability",
                    "{zone}: overshoots; along the steepest direction the distance grows "
                    "×{factor} a step",
                )
            )
        elif self.name == "divergent":
            text = (
                translate("stability", "{zone}: never settles, ρ = 1")
                if never
                else translate("stability", "{zone}: overshoots ×{factor}")
            )
        elif plain:
            text = translate(
                "stability",
                "{zone}: each step keeps at most {kept}% of the distance to the best line",
            )
        else:
            text = translate("stability", "{zone}: converges, ρ = {rho}")
        return text.format(**values, kept=format_percent(self.contraction), rho=rho)

    @property
    def explanation(self) -> str:
        """A few sentences for a tooltip."""
        lim = self.limits
        values = {
            "units": _units(lim.normalize),
            "eta": format_value(self.learning_rate),
            "top": format_value(lim.max_stable_learning_rate),
            "rho": format_contraction(self.contraction),
            "steps": _steps(self.hundredfold_iterations),
            "factor": format_value(self.growth_factor),
            "half": format_value(lim.oscillation_learning_rate),
            "slow": format_value(lim.slow_learning_rate),
            "best": format_value(lim.best_learning_rate),
        }
        if self.name == "divergent" and self.growth_factor <= 1.0 + _ROUNDING:
            text = translate(
                "stability",
                "Never settles: η = {eta} is 2/λmax{units}, so along the steepest direction "
                "every step lands as far on the other side of the valley.",
            )
        elif self.name == "divergent":
            text = translate(
                "stability",
                "Diverges: η = {eta} is above 2/λmax = {top}{units}, so along the steepest "
                "direction every step overshoots by a factor |1 − ηλmax| = {factor} and the "
                "error grows.",
            )
        elif self.name == "oscillating":
            text = translate(
                "stability",
                "Converges, oscillating: η = {eta} is above 1/λmax = {half}{units}, so along "
                "the steepest direction each step jumps past the valley floor; below 2/λmax = "
                "{top} the jumps still shrink. ρ = {rho}: the error gap shrinks 100-fold in at "
                "most {steps}.",
            )
        elif self.name == "slow":
            text = translate(
                "stability",
                "Converges slowly: ρ = {rho}, so the error gap may need {steps} to shrink "
                "100-fold. Rates from {slow} up to 2/(λmin+λmax) = {best}{units} are faster.",
            )
        else:
            text = translate(
                "stability",
                "Converges: each step keeps at most ρ = {rho} of the distance to the optimum, "
                "so the error gap shrinks 100-fold in at most {steps}. Plain descent diverges "
                "at 2/λmax = {top}{units}.",
            )
        return text.format(**values)


def rate_limits(source, normalize: bool = False, objective=None) -> RateLimits:
    """The learning-rate landmarks of the raw (or normalised) problem.

    Parameters
    ----------
    source : Statistics or Analysis
    normalize : bool
        For the standardised problem, the one descended when normalising.
    """
    lam_min, lam_max = spectrum(source, normalize, objective)
    oscillation = 1.0 / lam_max
    if lam_min > 0:
        best = 2.0 / (lam_min + lam_max)
        needed = max(
            float(SLOW_ITERATIONS),
            SLOW_FACTOR * hundredfold_iterations(contraction(lam_min, lam_max, best)),
        )
        slow = min(_rate_for_iterations(lam_min, needed), oscillation)
    else:  # no curvature along one direction: every stable rate is slow there
        slow = oscillation
    return RateLimits(lam_min, lam_max, slow, bool(normalize))


def rate_zone(source, learning_rate: float, normalize: bool = False, objective=None) -> Zone:
    """Zone of ``learning_rate`` for plain descent: slow, safe, oscillating or divergent.

    Parameters
    ----------
    source : Statistics or Analysis
        The raw data's statistics or analysis.
    learning_rate : float
        ``η > 0``.
    normalize : bool
        Classify for the standardised problem (what is descended when normalising).

    Returns
    -------
    Zone
        With ``contraction`` ``ρ``, and through ``limits`` ``λmin``, ``λmax``, ``κ``,
        ``2/λmax``, ``2/(λmin+λmax)``.
    """
    return rate_limits(source, normalize, objective).zone(learning_rate)


def round_down_125(value: float) -> float:
    """The largest of ``…, 0.1, 0.2, 0.5, 1, 2, 5, 10, …`` not above ``value``."""
    if not value > 0:
        raise ValueError(f"value must be greater than 0 (got {value:g})")
    exponent = math.floor(math.log10(value))
    for e in (exponent + 1, exponent, exponent - 1):
        for f in (5.0, 2.0, 1.0):
            candidate = float(f"{f:g}e{e}")
            if candidate <= value:
                return candidate
    return float(f"1e{exponent - 1}")  # pragma: no cover (log10 never errs by a decade)


def safe_learning_rate(source, normalize: bool = False) -> float:
    """A good rate to retry with: ``0.9 · 2/(λmin+λmax)`` rounded down to a 1-2-5 value.

    Always below ``2/λmax`` (as ``2/(λmin+λmax) ≤ 2/λmax``), usually in the ``safe`` zone
    and at most 5 times slower per step than the fastest rate.
    """
    return rate_limits(source, normalize).safe_learning_rate


def retry_learning_rate(
    source, learning_rate: float, normalize: bool = False, optimizer_name: str = DEFAULT_OPTIMIZER
) -> float:
    """The rate offered after a divergence.

    For the plain and momentum families: :func:`safe_learning_rate`, or less when the rate
    that diverged was already below it (a stochastic step sees steeper single points).
    For the adaptive family (AdaGrad, RMSProp, Adam), whose step does not scale with the
    curvature, and rules the registry does not know: a tenth of the rate, rounded down to
    a 1-2-5 value.
    """
    spec = _spec(optimizer_name)
    if spec is not None and spec.family in _CURVATURE_BOUND:
        safe = safe_learning_rate(source, normalize)
        if safe < learning_rate:
            return safe
    return round_down_125(learning_rate / 10.0)


# ---------------------------------------------------------------------------- gap curve
def eigen_decomposition(stats: model.Statistics) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues ``[λmin, λmax]`` and orthonormal eigenvectors (columns) of ``H``.

    Computed in closed form without cancellation: with ``H = 2[[1, x̄], [x̄, c]]``,
    ``c = mean(x²)`` and ``μ = λmax/2``, the eigenvector of ``λmax`` is ``(x̄, μ-1)``
    when ``c ≥ 1`` and ``(μ-c, x̄)`` otherwise (``μ-1`` and ``μ-c`` are formed as sums of
    non-negative terms); the other is perpendicular to it.
    """
    lam_a, lam_b = model.hessian_eigenvalues(stats)  # (det/λmax, λmax from the trace)
    c = stats.x_sq_mean
    radius = math.hypot((1.0 - c) / 2.0, stats.x_mean)
    if c >= 1.0:
        v = np.array([stats.x_mean, (c - 1.0) / 2.0 + radius])
    else:
        v = np.array([(1.0 - c) / 2.0 + radius, stats.x_mean])
    norm = math.hypot(v[0], v[1])
    v = v / norm if norm > 0 else np.array([1.0, 0.0])  # H ∝ I: any basis
    vectors = np.array([[-v[1], v[0]], [v[0], v[1]]]).T  # columns: v_min, v_max
    return np.array([lam_a, lam_b]), vectors


def gap_components(stats: model.Statistics, b: float, m: float) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues and the components ``c_k`` of ``(b, m) - (b*, m*)`` along the eigenvectors.

    ``E(b, m) - E* = Σ_k (λ_k/2) c_k²``.
    """
    lams, vectors = eigen_decomposition(stats)
    error = np.array([b - stats.intercept_star, m - stats.slope_star], dtype=np.float64)
    return lams, vectors.T @ error


def _log_factor(lam: np.ndarray, learning_rate: float) -> np.ndarray:
    """``log |1 - ηλ|`` per eigenvalue, accurate when ``ηλ`` is tiny (``-inf`` at ηλ = 1)."""
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        x = learning_rate * np.asarray(lam, dtype=np.float64)
        # ηλ beyond the float range: log|1 - ηλ| = log η + log λ
        huge = np.log(learning_rate) + np.log(np.maximum(np.asarray(lam, dtype=np.float64), 1e-300))
        return np.where(
            ~np.isfinite(x),
            huge,
            np.where(x < 1.0, np.log1p(-np.minimum(x, 1.0)), np.log(np.abs(x - 1.0))),
        )


def theoretical_gap(eigenvalues, components, learning_rate: float, iterations) -> np.ndarray:
    """Exact error gap of plain descent on a quadratic, ``Σ_k (λ_k/2) c_k² (1-ηλ_k)^(2t)``.

    Parameters
    ----------
    eigenvalues, components : array_like, shape (k,)
        ``λ_k`` and the components ``c_k`` of ``θ_0 - θ*`` along the eigenvectors.
    learning_rate : float
    iterations : array_like
        Iteration numbers ``t ≥ 0`` (any shape; floats allowed).

    Returns
    -------
    ndarray
        ``E_t - E*``, same shape as ``iterations``; ``inf`` where it overflows.
    """
    lam = np.asarray(eigenvalues, dtype=np.float64)
    comp = np.asarray(components, dtype=np.float64)
    weights = lam / 2.0 * comp * comp
    t = np.asarray(iterations, dtype=np.float64)
    logs = _log_factor(lam, learning_rate)
    total = np.zeros(t.shape)
    with np.errstate(over="ignore", invalid="ignore"):
        for w, log in zip(weights, logs, strict=True):
            if w == 0.0:
                continue
            exponent = np.where(t == 0, 0.0, 2.0 * t * log)
            total = total + w * np.exp(exponent)
    return total


def gap_curve(
    stats: model.Statistics,
    b0: float,
    m0: float,
    learning_rate: float,
    iterations,
    normalize: bool = False,
    objective=None,
) -> np.ndarray:
    """Predicted ``E_t - E*`` (original units) of plain descent from ``(b0, m0)``.

    Exact for the full-batch rule ``θ ← θ - η∇E`` (no stepping: computed from the
    eigenvectors). With ``normalize`` the descent runs on standardised data, whose error
    is ``E / σy²``; the gap returned is converted back (times ``σy²``). ``objective``: the
    MSE with ridge (default the plain MSE).
    """
    stats, scaling = descended_statistics(stats, normalize, objective)
    b0, m0 = scaling.to_scaled(b0, m0)
    scale = scaling.y_scale**2
    lams, comps = gap_components(stats, b0, m0)
    with np.errstate(over="ignore", invalid="ignore"):
        gap = theoretical_gap(lams, comps, learning_rate, iterations) * scale
    big = np.finfo(np.float64).max
    return np.nan_to_num(gap, nan=big, posinf=big)


def rate_line(gap0: float, rho: float, iterations) -> np.ndarray:
    """The simple bound ``(E_0 - E*) · ρ^(2t)`` (``E_t - E*`` never exceeds it)."""
    t = np.asarray(iterations, dtype=np.float64)
    with np.errstate(over="ignore"):
        return gap0 * np.power(float(rho), 2.0 * t)


# ---------------------------------------------------------------------------- iterations
def target_gap(mse_star: float, initial_gap: float, fraction: float = FRACTION) -> float:
    """The gap that counts as "at the optimum": ``fraction · E*``.

    When ``E* = 0`` (the points lie on a line) that would never be reached, so the target
    is ``fraction`` of the starting gap instead.
    """
    if mse_star > 0:
        return fraction * mse_star
    return fraction * initial_gap


class IterationCount(NamedTuple):
    """How many plain-descent iterations until ``E - E* ≤`` the target."""

    iterations: int | None  # the count when it was found (status "reached")
    status: str  # "reached", "beyond_cap", "diverges" or "stalls"
    cap: int = ITERATION_CAP

    @property
    def text(self) -> str:
        """``"12"``, ``"2.4 million"``, ``"more than 10⁹"``, ``"never: diverges"``."""
        if self.status == "reached":
            return format_count(self.iterations)
        if self.status == "beyond_cap":
            return translate("stability", "more than {n}").format(n=_power_of_ten(self.cap))
        if self.status == "diverges":
            return translate("stability", "never: diverges")
        return translate("stability", "never")


def predicted_iterations(
    stats: model.Statistics,
    b0: float,
    m0: float,
    learning_rate: float,
    normalize: bool = False,
    fraction: float = FRACTION,
    cap: int = ITERATION_CAP,
    objective=None,
) -> IterationCount:
    """Iterations of plain descent from ``(b0, m0)`` until ``E - E* ≤ target_gap``.

    Solved on the exact gap curve (:func:`gap_curve`) by doubling and bisection; the gap
    falls monotonically when the rate converges. A direction that grows (``|1-ηλ| > 1``
    with a non-zero component) gives ``"diverges"``; one that stays put (``|1-ηλ| = 1``)
    with more than the target in it gives ``"stalls"``; past ``cap``, ``"beyond_cap"``.
    ``objective``: the MSE with ridge (default the plain MSE).
    """
    stats, scaling = descended_statistics(stats, normalize, objective)
    b0, m0 = scaling.to_scaled(b0, m0)
    lams, comps = gap_components(stats, b0, m0)
    weights = lams / 2.0 * comps * comps
    gap0 = float(model.excess_error(stats, b0, m0))
    target = target_gap(stats.sse_star / stats.n, gap0, fraction)

    terms = [
        (float(w), float(log))
        for w, log in zip(weights, _log_factor(lams, learning_rate), strict=True)
        if w > 0
    ]

    def gap(t: int) -> float:  # theoretical_gap for one t > 0, in plain floats (fast)
        return sum(w * math.exp(2.0 * t * log) if log > -math.inf else 0.0 for w, log in terms)

    if gap0 <= target:
        return IterationCount(0, "reached", cap)
    with np.errstate(over="ignore", invalid="ignore"):
        factors = np.abs(1.0 - learning_rate * lams)
    if np.any((factors > 1.0) & (weights > 0)):
        return IterationCount(None, "diverges", cap)
    if float(np.sum(weights[factors >= 1.0])) > target:
        return IterationCount(None, "stalls", cap)
    lo, hi = 0, 1
    while gap(hi) > target:
        if hi >= cap:
            return IterationCount(None, "beyond_cap", cap)
        lo, hi = hi, min(2 * hi, cap)
    while hi - lo > 1:  # gap(lo) > target >= gap(hi)
        mid = (lo + hi) // 2
        if gap(mid) > target:
            lo = mid
        else:
            hi = mid
    return IterationCount(hi, "reached", cap)


def measured_iterations(
    iterations, errors, mse_star: float, fraction: float = FRACTION
) -> int | None:
    """The first iteration in a history whose error is within the target of the optimum.

    Parameters
    ----------
    iterations, errors : array_like
        Iteration numbers and errors ``E`` (original units), e.g. ``History.iteration``
        and ``History.error``. With decimated arrays the answer is the first kept row.
    mse_star : float
        ``E*``.

    Returns
    -------
    int or None
        ``None`` when no row is within the target.
    """
    iterations = np.asarray(iterations)
    gaps = np.asarray(errors, dtype=np.float64) - mse_star
    if gaps.size == 0:
        return None
    target = target_gap(mse_star, float(gaps[0]), fraction)
    hits = np.flatnonzero(gaps <= target)
    return int(iterations[hits[0]]) if hits.size else None


class RunResult(NamedTuple):
    """Where a run stands, for the results table (:func:`run_result`)."""

    iteration: int  # the iteration these numbers are from
    b: float
    m: float
    error: float
    within: int | None  # the first iteration within 1% of E* (None: not yet)
    diverged_at: int | None  # the iteration whose step blew up (None: it did not)


def run_result(
    errors,
    b: float,
    m: float,
    mse_star: float,
    diverged_at: int | None = None,
    iterations=None,
) -> RunResult:
    """A run's numbers at its last row: ``errors`` is its error column up to that row
    (``errors[i]`` at iteration ``iterations[i]``, default ``i``), ``b`` and ``m`` the
    line there.

    ``within`` is the first iteration whose error is within 1% of ``E*`` (see
    :func:`measured_iterations`, on every row); ``diverged_at`` is kept when the run
    diverged at or before the row after the last (its history ends at the last finite
    state).
    """
    errors = np.asarray(errors, dtype=np.float64)
    iterations = np.arange(errors.size) if iterations is None else np.asarray(iterations)
    last = int(iterations[-1]) if iterations.size else -1
    within = measured_iterations(iterations, errors, mse_star)
    if diverged_at is not None and diverged_at > last + 1:
        diverged_at = None
    return RunResult(last, float(b), float(m), float(errors[-1]), within, diverged_at)


# ---------------------------------------------------------------------------- plotting
def gap_floor(mse_star: float, initial_error: float) -> float:
    """Smallest gap worth plotting on a log scale: ``1e-15 · E*`` (``· E_0`` if ``E* = 0``).

    Errors are known to about 16 digits, so a gap much below ``E* · 1e-16`` is noise.
    """
    reference = mse_star if mse_star > 0 else initial_error
    return max(1e-15 * reference, np.finfo(np.float64).tiny)


def measured_gap(errors, mse_star: float, floor: float) -> np.ndarray:
    """``E - E*`` from an error array, raised to ``floor`` where it is smaller (or not > 0)."""
    gaps = np.asarray(errors, dtype=np.float64) - mse_star
    return np.maximum(gaps, floor)


def theory_range(last_iteration: int, minimum: int = 100) -> int:
    """The iteration span the theory curve covers: the first 1-2-5 value ``≥ last``, ``≥ 100``."""
    last = max(int(last_iteration), minimum)
    exponent = max(math.floor(math.log10(last)), 0)
    for e in (exponent, exponent + 1):
        for f in (1, 2, 5):
            value = f * 10**e
            if value >= last:
                return value
    return 10 ** (exponent + 2)  # pragma: no cover


def theory_curve(
    stats: model.Statistics,
    b0: float,
    m0: float,
    learning_rate: float,
    last_iteration: int,
    normalize: bool = False,
    samples: int = THEORY_SAMPLES,
    objective=None,
    optimizer_name: str = DEFAULT_OPTIMIZER,
) -> tuple[np.ndarray, np.ndarray]:
    """Iterations and predicted gap of plain descent for the stability plot (of the rule
    when its steps point at the optimum, :func:`step_scale_gap_curve`).

    Covers ``0 .. theory_range(last_iteration)`` with at most ``samples`` integer
    iterations. The gap is raised to :func:`gap_floor` and cut after the first point
    above ``1e10 · max(E_0, Var y)`` (a diverging prediction would otherwise overflow the
    plot; the descent stops long before, at ``1e8`` times that).
    """
    span = theory_range(last_iteration)
    iterations = np.unique(np.round(np.linspace(0.0, span, min(samples, span + 1))))
    limits = step_scale_limits(optimizer_name, objective)
    if limits is not None and limits.toward_optimum:
        gaps = step_scale_gap_curve(stats, b0, m0, learning_rate, iterations, objective)
    else:
        gaps = gap_curve(stats, b0, m0, learning_rate, iterations, normalize, objective)
    stats = _raw(stats, objective)
    e0 = float(model.mse(stats, b0, m0))
    mse_star = stats.sse_star / stats.n
    ceiling = min(1e10 * max(e0, stats.y_var, 1e-300), np.finfo(np.float64).max)
    floor = gap_floor(mse_star, e0)
    beyond = np.flatnonzero(~((gaps <= ceiling) & (gaps > floor)))
    if beyond.size:
        stop = beyond[0] + 1
        iterations, gaps = iterations[:stop], np.minimum(gaps[:stop], ceiling)
    return iterations, np.maximum(gaps, floor)


def log_tick_labels(exponents) -> list[str]:
    """Labels for ticks at ``10**e`` on a log axis, by the one number policy
    (:func:`~gdviz.core.words.format_power_of_ten`): ``10⁻⁶``, ``1``, ``10``, ``1000``,
    ``0.03``, ``10⁸``."""
    return [format_power_of_ten(e) for e in exponents]


# ---------------------------------------------------------------------------- text
def format_value(value: float, digits: int = 3) -> str:
    """A number in the stability panel: :func:`~gdviz.core.words.format_number` with
    three digits and thousands grouped (``0.000401``, ``4,984``, ``4.01e-5``)."""
    return format_number(value, digits, grouping=True)


def _steps(iterations: float) -> str:
    """``"1 step"``, ``"305,068 steps"`` (rounded up: a part of a step is a step)."""
    count = max(1, math.ceil(iterations)) if math.isfinite(iterations) else iterations
    if count == 1:
        return translate("stability", "1 step")
    return translate("stability", "{n} steps").format(n=format_count(count))


def _units(normalize: bool) -> str:
    """What follows a rate in normalised units: `` (normalised units)``, else nothing."""
    return translate("stability", " (normalised units)") if normalize else ""


def _until(diverged_at: int | None) -> str:
    """`` until iteration 7`` after "the error grew", or nothing."""
    if diverged_at is None:
        return ""
    return translate("stability", " until iteration {n}").format(n=diverged_at)


def _power_of_ten(value: float) -> str:
    """``10⁹`` for 1e9, ``10⁻⁶`` for 1e-6; other values as counts."""
    exponent = round(math.log10(value))
    if 10.0**exponent == value:
        digits = str(exponent).translate(str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"))
        return f"10{digits}"
    return format_count(value)


def divergence_explanation(
    source,
    learning_rate: float,
    diverged_at: int | None,
    normalize: bool = False,
    optimizer_name: str = DEFAULT_OPTIMIZER,
    plain: bool = False,
) -> str:
    """One sentence on why a run diverged, by the rule's family.

    ``"The learning rate 0.001 is above 2/λmax = 0.000401: along the steepest direction
    each step overshoots by a factor |1 − ηλmax| = 3.98, so the error grew at every step
    until iteration 7."`` With ``plain``, the same numbers in words (no symbols):
    ``"The learning rate 0.001 is above the limit 0.000401 (two divided by how steep the
    steepest direction is): …"``.
    """
    zone = rate_zone(source, learning_rate, normalize)
    spec = _spec(optimizer_name)
    family = spec.family if spec is not None else None
    values = {
        "eta": format_value(learning_rate),
        "top": format_value(zone.max_stable_learning_rate),
        "units": _units(normalize),
        "until": _until(diverged_at),
        "factor": format_value(zone.growth_factor),
        "name": spec.translated("noun") if spec is not None else optimizer_name,
        "limit": _plain_limit(),
    }
    if not zone.converges and family in _CURVATURE_BOUND:
        above = learning_rate > zone.max_stable_learning_rate
        text = _overshoot_sentence(above, plain)
    else:
        if plain and spec is None:
            values["name"] = translate("stability", "this rule")
        why = _divergence_reason(family, spec is not None and spec.stochastic, plain)
        text = translate(
            "stability", "The error grew without bound{until}: {why}; try a smaller learning rate."
        ).replace("{why}", why)
    return text.format(**values)


def _overshoot_sentence(above: bool, plain: bool) -> str:
    """Plain descent past 2/λmax, with ``{eta}``, ``{top}``, ``{units}``, ``{factor}``,
    ``{until}`` and (``plain``) ``{limit}`` to fill in."""
    if plain and above:
        return translate(
            "stability",
            "The learning rate {eta} is above the limit {top}{units} {limit}: along the "
            "steepest direction each step overshoots, so the distance to the best line along "
            "it grows {factor} times per step and the error grew at every step{until}.",
        )
    if plain:
        return translate(
            "stability",
            "The learning rate {eta} is equal to the limit {top}{units} {limit}: along the "
            "steepest direction each step overshoots, so the distance to the best line along "
            "it grows {factor} times per step and the error grew at every step{until}.",
        )
    if above:
        return translate(
            "stability",
            "The learning rate {eta} is above 2/λmax = {top}{units}: along the steepest "
            "direction each step overshoots by a factor |1 − ηλmax| = {factor}, so the error "
            "grew at every step{until}.",
        )
    return translate(
        "stability",
        "The learning rate {eta} is equal to 2/λmax = {top}{units}: along the steepest "
        "direction each step overshoots by a factor |1 − ηλmax| = {factor}, so the error "
        "grew at every step{until}.",
    )


def _divergence_reason(family, stochastic: bool, plain: bool) -> str:
    """Why a rule of ``family`` diverged, with ``{name}``, ``{eta}``, ``{top}`` and
    ``{units}`` to fill in (``plain``: in words)."""
    if family is Family.PLAIN and stochastic:
        if plain:
            return translate(
                "stability",
                "single points and small batches make a steeper error surface than all the "
                "points together, so {name} overshoots even though the learning rate {eta} is "
                "below the limit {top}{units}",
            )
        return translate(
            "stability",
            "single points and small batches have steeper error surfaces than the full "
            "batch, so {name} overshoots even though the learning rate {eta} is below "
            "2/λmax = {top}{units}",
        )
    if family is Family.MOMENTUM and plain:
        return translate(
            "stability", "the speed built up by {name} overshoots at the learning rate {eta}"
        )
    if family is Family.MOMENTUM:
        return translate(
            "stability", "the velocity built up by {name} overshoots at the learning rate {eta}"
        )
    if family is Family.ADAPTIVE and plain:
        return translate(
            "stability",
            "{name}'s steps of about the learning rate {eta} are too long for this data",
        )
    if family is Family.ADAPTIVE:
        return translate(
            "stability", "{name}'s steps of about η = {eta} are too long for this data"
        )
    if family is Family.SECOND_ORDER and plain:
        return translate(
            "stability",
            "{name} multiplies its step by the learning rate {eta}; it must lie between 0 and "
            "2 (1 lands on the best line in one step)",
        )
    if family is Family.SECOND_ORDER:
        return translate(
            "stability",
            "{name} scales its step by η = {eta}; on a quadratic error each step leaves a "
            "share |1 − η| of the distance to the optimum, so η must lie between 0 and 2 "
            "(η = 1 lands on it)",
        )
    return translate("stability", "the learning rate {eta} is too large for this data")


def _plain_limit() -> str:
    """The limit 2/λmax in words, after its value."""
    return translate("stability", "(two divided by {words})").format(words=SYMBOL_WORDS["λmax"])


def divergence_warning(
    source,
    learning_rate: float,
    normalize: bool = False,
    optimizer_name: str = DEFAULT_OPTIMIZER,
    plain: bool = False,
) -> str | None:
    """A warning to show before starting when plain descent will diverge (else ``None``).

    Only for the rules whose stability the Hessian decides (:func:`limits_apply`: the plain
    family); ``None`` for the others. ``plain``: in words, no symbols.
    """
    if not limits_apply(optimizer_name):
        return None
    zone = rate_zone(source, learning_rate, normalize)
    if zone.converges:
        return None
    never = zone.growth_factor <= 1.0 + _ROUNDING
    if plain and never:
        text = translate(
            "stability",
            "The learning rate {eta} is not below the limit {top}{units} {limit}, so gradient "
            "descent will never settle; the learning rate {safe} converges.",
        )
    elif plain:
        text = translate(
            "stability",
            "The learning rate {eta} is not below the limit {top}{units} {limit}, so gradient "
            "descent will diverge; the learning rate {safe} converges.",
        )
    elif never:
        text = translate(
            "stability",
            "η = {eta} is not below 2/λmax = {top}{units}, so gradient descent will never "
            "settle; η = {safe} converges.",
        )
    else:
        text = translate(
            "stability",
            "η = {eta} is not below 2/λmax = {top}{units}, so gradient descent will diverge; "
            "η = {safe} converges.",
        )
    return text.format(
        eta=format_value(learning_rate),
        top=format_value(zone.max_stable_learning_rate),
        units=_units(normalize),
        limit=_plain_limit(),
        safe=format_value(zone.limits.safe_learning_rate),
    )


# ---------------------------------------------------------------------------- the report
class StabilityReport(NamedTuple):
    """Everything the stability panel shows, for the current settings."""

    learning_rate: float
    normalize: bool
    raw: RateLimits
    normalised: RateLimits
    zone: Zone  # of the problem descended, at the current rate
    current: IterationCount  # plain descent at the current rate from (b0, m0)
    raw_good_rate: float  # safe_learning_rate of the raw problem
    raw_good: IterationCount
    normalised_good_rate: float
    normalised_good: IterationCount
    target_gap: float  # E - E* that counts as at the optimum (original units)
    fraction: float = FRACTION


def stability_report(
    stats: model.Statistics,
    b0: float,
    m0: float,
    learning_rate: float,
    normalize: bool = False,
    fraction: float = FRACTION,
    objective=None,
) -> StabilityReport:
    """Limits of the raw and normalised problems and predicted iteration counts.

    ``current`` is plain descent at ``learning_rate`` on the problem descended; the
    ``*_good`` counts use each problem's :func:`safe_learning_rate`, so that raw and
    normalised descent are compared each at a good rate of its own. ``objective``: the
    MSE with ridge (default the plain MSE).
    """
    raw = rate_limits(stats, False, objective)
    norm = rate_limits(stats, True, objective)
    zone = (norm if normalize else raw).zone(learning_rate)
    raw_rate = raw.safe_learning_rate
    norm_rate = norm.safe_learning_rate

    def count(rate: float, normalised: bool) -> IterationCount:
        return predicted_iterations(stats, b0, m0, rate, normalised, fraction, objective=objective)

    quadratic = _raw(stats, objective)
    gap0 = float(model.excess_error(quadratic, b0, m0))
    return StabilityReport(
        learning_rate=float(learning_rate),
        normalize=bool(normalize),
        raw=raw,
        normalised=norm,
        zone=zone,
        current=count(learning_rate, normalize),
        raw_good_rate=raw_rate,
        raw_good=count(raw_rate, False),
        normalised_good_rate=norm_rate,
        normalised_good=count(norm_rate, True),
        target_gap=target_gap(quadratic.sse_star / quadratic.n, gap0, fraction),
        fraction=fraction,
    )


def report_rows(report: StabilityReport | StepScaleReport) -> list[tuple[str, str, str, str]]:
    """The panel's table: ``(label, raw, normalised, tooltip)`` per row.

    The current rate's numbers appear only in the column of the problem descended
    (``"—"`` in the other: the same η means something else in other units). For a
    second-order rule (a :class:`StepScaleReport`): the data's curvature and the rule's
    own numbers.
    """
    if isinstance(report, StepScaleReport):
        return _step_scale_rows(report)
    raw, norm = report.raw, report.normalised
    eta = format_value(report.learning_rate)
    percent = f"{report.fraction * 100:g}%"

    def both(f) -> tuple[str, str]:
        return f(raw), f(norm)

    def active(text: str) -> tuple[str, str]:
        return ("—", text) if report.normalize else (text, "—")

    values = [
        both(lambda r: format_value(r.lambda_min)),
        both(lambda r: format_value(r.lambda_max)),
        both(lambda r: format_value(r.condition_number)),
        both(lambda r: format_value(r.max_stable_learning_rate)),
        both(lambda r: format_value(r.best_learning_rate)),
        active(format_contraction(report.zone.contraction)),
        active(report.current.text),
        (format_value(report.raw_good_rate), format_value(report.normalised_good_rate)),
        (report.raw_good.text, report.normalised_good.text),
    ]
    return [
        (label, *pair, tip)
        for (label, tip), pair in zip(_report_words(eta, percent), values, strict=True)
    ]


def _report_words(eta: str, percent: str) -> list[tuple[str, str]]:
    """``(label, tooltip)`` of each row of :func:`report_rows`."""
    return [
        (
            "λmin",
            translate(
                "stability",
                "Smallest eigenvalue of the Hessian: the curvature along the flattest direction",
            ),
        ),
        (
            "λmax",
            translate(
                "stability",
                "Largest eigenvalue of the Hessian: the curvature along the steepest direction",
            ),
        ),
        (
            "κ = λmax/λmin",
            translate(
                "stability", "Condition number: how much narrower than round the error valley is"
            ),
        ),
        (
            translate("stability", "2/λmax (limit)"),
            translate(
                "stability", "Plain gradient descent diverges at or above this learning rate"
            ),
        ),
        (
            translate("stability", "2/(λmin+λmax) (best)"),
            translate(
                "stability", "The fastest learning rate for plain gradient descent: ρ = (κ−1)/(κ+1)"
            ),
        ),
        (
            translate("stability", "ρ at η = {eta}").format(eta=eta),
            translate(
                "stability",
                "Contraction per step, max |1 − ηλ|: below 1 converges, the smaller the faster",
            ),
        ),
        (
            translate("stability", "steps to {percent} of E*").format(percent=percent),
            translate(
                "stability",
                "Plain gradient descent at η = {eta} from the starting line: iterations until "
                "the error is within {percent} of the least-squares error E*",
            ).format(eta=eta, percent=percent),
        ),
        (
            translate("stability", "a good η"),
            translate(
                "stability",
                "0.9 · 2/(λmin+λmax) rounded down to 1, 2 or 5 times a power of ten: "
                "safely below 2/λmax, and close to the fastest",
            ),
        ),
        (
            translate("stability", "steps at a good η"),
            translate(
                "stability",
                "Iterations to within {percent} of E* from the starting line, each problem at "
                "its own good learning rate: normalising makes the error valley round, and "
                "the count falls by orders of magnitude",
            ).format(percent=percent),
        ),
    ]


# ---------------------------------------------------------------------------- step scale
#: Zones of a second-order rule's step scale ``η`` (its learning rate), from small to
#: large; ``exact`` is the single rate ``η = 1`` (a mark on the gauge, not a band).
STEP_ZONES = ("slow", "safe", "exact", "oscillating", "divergent")
#: The gauge of a step scale spans 10⁻⁴ to 10 (log scale).
STEP_GAUGE_RANGE = (1e-4, 10.0)
#: A rule that searches along lines is followed step by step for at most this many
#: iterations to count the steps to the optimum.
STEP_COUNT_CAP = 1000
#: Each zone in a few words for a rule whose step points at the optimum (Newton).
_TOWARD_MEANINGS = TranslatedWords(
    "stability",
    {
        "slow": QT_TRANSLATE_NOOP(
            "stability", "η far below 1: converges, but each step goes a tiny part of the way"
        ),
        "safe": QT_TRANSLATE_NOOP(
            "stability", "η below 1: each step goes that share of the way to the optimum"
        ),
        "exact": QT_TRANSLATE_NOOP("stability", "η = 1: lands on the optimum in {steps}"),
        "oscillating": QT_TRANSLATE_NOOP(
            "stability", "η between 1 and 2: each step jumps past the optimum, by less each time"
        ),
        "divergent": QT_TRANSLATE_NOOP(
            "stability", "η at or above 2: each step lands at least as far past the optimum"
        ),
    },
)
#: ... and for a rule that searches along lines (conjugate gradients).
_LINE_MEANINGS = TranslatedWords(
    "stability",
    {
        "slow": QT_TRANSLATE_NOOP(
            "stability", "η far below 1: converges, but each step goes a tiny part of the way"
        ),
        "safe": QT_TRANSLATE_NOOP(
            "stability", "η below 1: each step stops short of the lowest point along its line"
        ),
        "exact": QT_TRANSLATE_NOOP("stability", "η = 1: reaches the optimum in {steps}"),
        "oscillating": QT_TRANSLATE_NOOP(
            "stability",
            "η between 1 and 2: each step goes past the lowest point along its line; the "
            "error still falls",
        ),
        "divergent": QT_TRANSLATE_NOOP("stability", "η at or above 2: the error does not fall"),
    },
)


def step_scale_limits(optimizer_name: str, objective=None) -> StepScaleLimits | None:
    """The zones of a second-order rule's step scale, or ``None`` when the rule has none.

    A rule has them when the registry says each of its steps is ``η`` times the step to
    the lowest point along the step's direction
    (:attr:`~gdviz.core.optimizers.OptimizerSpec.exact_steps`), and the error is
    quadratic (the MSE, with or without ridge). They do not depend on the data.
    """
    spec = _spec(optimizer_name)
    if spec is None or spec.family is not Family.SECOND_ORDER or spec.exact_steps < 1:
        return None
    if not _quadratic(objective):
        return None
    slow = _rate_for_iterations(1.0, float(SLOW_ITERATIONS))
    return StepScaleLimits(spec.name, int(spec.exact_steps), slow)


def zones_apply(optimizer_name: str, objective=None) -> bool:
    """Whether the rate gauge's zones (:func:`gauge_limits`) are the rule's own: plain
    descent's limits, or a second-order rule's step scale on a quadratic error."""
    spec = _spec(optimizer_name)
    if spec is None:
        return False
    return spec.family is Family.PLAIN or step_scale_limits(optimizer_name, objective) is not None


def gauge_limits(
    source, optimizer_name: str = DEFAULT_OPTIMIZER, normalize: bool = False, objective=None
):
    """What the rate gauge shows for a rule: its step scale's zones
    (:class:`StepScaleLimits`) for a second-order rule, else plain descent's
    (:class:`RateLimits`, raw or normalised)."""
    limits = step_scale_limits(optimizer_name, objective)
    return limits if limits is not None else rate_limits(source, normalize, objective)


class StepScaleLimits(NamedTuple):
    """The zones of a second-order rule's learning rate ``η`` on a quadratic error.

    Each step is ``η`` times the step to the lowest point along its direction. Along
    that line the error is a parabola, so the step leaves ``(1 - η)²`` of the line's
    drop in error: it gains ``η(2 - η)`` of it, and the error falls exactly when
    ``0 < η < 2`` (``η < 1``: short of the lowest point; ``η > 1``: past it). When the
    direction points at the optimum (Newton, ``exact_steps = 1``) that line's lowest point
    is the optimum, so the whole distance shrinks by ``|1 - η|`` per step, whatever the
    shape of the valley: one step at ``η = 1``. Otherwise (conjugate gradients,
    ``exact_steps = 2``) each step keeps between ``(1 - η)²`` and all of the gap (for
    ``η < 2``), and at ``η = 1`` the optimum is reached in ``exact_steps`` steps.
    """

    optimizer_name: str
    exact_steps: int  # steps to the optimum at η = 1
    slow_learning_rate: float  # below it: slow (100-fold needs over SLOW_ITERATIONS)

    @property
    def toward_optimum(self) -> bool:
        """Each step points at the optimum: the distance shrinks by exactly ``|1 - η|``."""
        return self.exact_steps == 1

    @property
    def max_stable_learning_rate(self) -> float:
        """``2``: at or above it the error does not fall."""
        return 2.0

    @property
    def exact_learning_rate(self) -> float:
        """``1``: the optimum in :attr:`exact_steps` steps."""
        return 1.0

    @property
    def oscillation_learning_rate(self) -> float:
        """``1``: above it each step goes past the lowest point along its line."""
        return 1.0

    @property
    def zones(self) -> tuple[str, ...]:
        return STEP_ZONES

    def zone(self, learning_rate: float) -> StepScaleZone:
        """The zone of ``learning_rate`` with the numbers behind it."""
        lr = float(learning_rate)
        if not (lr > 0 and math.isfinite(lr)):
            raise ValueError(f"learning rate must be greater than 0 (got {lr:g})")
        factor = abs(1.0 - lr)
        if lr >= self.max_stable_learning_rate * (1.0 - _ROUNDING):
            name = "divergent"
        elif abs(lr - self.exact_learning_rate) <= _ROUNDING:
            name, factor = "exact", 0.0
        elif lr > self.oscillation_learning_rate:
            name = "oscillating"
        elif lr < self.slow_learning_rate:
            name = "slow"
        else:
            name = "safe"
        return StepScaleZone(name, lr, factor, hundredfold_iterations(factor), self)

    def gauge_range(self) -> tuple[float, float]:
        return STEP_GAUGE_RANGE

    def gauge_position(self, learning_rate: float) -> float:
        """Where ``learning_rate`` sits on the gauge, 0 (left) to 1 (right), clamped."""
        return _log_position(self.gauge_range(), learning_rate)

    def gauge_bands(self) -> list[tuple[str, float, float]]:
        """``(zone, start, end)`` fractions of the gauge, left to right (``exact`` is a mark)."""
        edges = [
            0.0,
            self.gauge_position(self.slow_learning_rate),
            self.gauge_position(self.oscillation_learning_rate),
            self.gauge_position(self.max_stable_learning_rate),
            1.0,
        ]
        bands = ("slow", "safe", "oscillating", "divergent")
        return [(z, a, b) for z, a, b in zip(bands, edges[:-1], edges[1:], strict=True) if b > a]

    def gauge_marks(self) -> list[tuple[str, float]]:
        """``(zone, position)`` of the single rate ``η = 1``."""
        return [("exact", self.gauge_position(self.exact_learning_rate))]

    def meanings(self) -> list[tuple[str, str]]:
        """``(zone, what it means)`` for every zone, in the reader's language."""
        words = _TOWARD_MEANINGS if self.toward_optimum else _LINE_MEANINGS
        steps = _steps(self.exact_steps)
        return [(zone, words[zone].replace("{steps}", steps)) for zone in STEP_ZONES]

    def noun(self) -> str:
        spec = _spec(self.optimizer_name)
        return spec.translated("noun") if spec is not None else self.optimizer_name


class StepScaleZone(NamedTuple):
    """A second-order rule's step scale ``η`` in its zone, with the numbers behind it."""

    name: str  # one of STEP_ZONES
    learning_rate: float
    #: ``|1 - η|`` (0 at η = 1): the distance's factor per step when the steps point at
    #: the optimum; otherwise the gap shrinks by no more than its square per step
    contraction: float
    #: iterations for the gap to shrink 100-fold: exact when the steps point at the
    #: optimum, else the fewest it can take (``inf`` when not converging)
    hundredfold_iterations: float
    limits: StepScaleLimits

    @property
    def converges(self) -> bool:
        return self.name != "divergent"

    @property
    def growth_factor(self) -> float:
        """``|1 - η|``."""
        return abs(1.0 - self.learning_rate)

    @property
    def gain(self) -> float:
        """``η(2 - η)``: the share of the drop to the lowest point along its line that a
        step gains (negative above 2: the error grows)."""
        return self.learning_rate * (2.0 - self.learning_rate)

    @property
    def text(self) -> str:
        return self.caption()

    def caption(self, plain: bool = False) -> str:
        """One short line for the gauge (``plain``: without symbols)."""
        if self.name == "exact":
            text = (
                translate("stability", "{zone}: reaches the best line in {steps}")
                if plain
                else translate("stability", "{zone}: reaches the optimum in {steps}")
            )
        elif self.limits.toward_optimum:
            text = _toward_caption(self, plain)
        else:
            text = _line_caption(self, plain)
        return text.format(
            zone=ZONE_NAMES[self.name],
            steps=_steps(self.limits.exact_steps),
            rho=format_contraction(self.contraction),
            kept=format_percent(self.contraction),
            factor=format_value(self.growth_factor),
        )

    @property
    def explanation(self) -> str:
        """A few sentences for a tooltip."""
        values = {
            "name": self.limits.noun(),
            "eta": format_value(self.learning_rate),
            "rho": format_contraction(self.contraction),
            "factor": format_value(self.growth_factor),
            "gain": format_value(self.gain),
            "steps": _steps(self.hundredfold_iterations),
            "exact": _steps(self.limits.exact_steps),
        }
        if self.limits.toward_optimum:
            text = _toward_explanation(self)
        else:
            text = _line_explanation(self)
        return text.format(**values)


def _toward_caption(zone: StepScaleZone, plain: bool) -> str:
    """The caption of a rule whose steps point at the optimum, with ``{zone}``, ``{rho}``,
    ``{kept}`` and ``{factor}`` to fill in."""
    never = zone.growth_factor <= 1.0 + _ROUNDING
    if zone.name == "divergent" and never:
        if plain:
            return translate(
                "stability", "{zone}: never settles, each step keeps all of the distance"
            )
        return translate("stability", "{zone}: never settles, ρ = 1")
    if zone.name == "divergent":
        if plain:
            return translate(
                "stability",
                "{zone}: overshoots; the distance to the best line grows ×{factor} a step",
            )
        return translate("stability", "{zone}: overshoots ×{factor}")
    if not plain:
        return translate("stability", "{zone}: converges, ρ = {rho}")
    if zone.name == "oscillating":
        return translate(
            "stability",
            "{zone}: each step jumps past the best line and keeps {kept}% of the distance",
        )
    return translate(
        "stability", "{zone}: each step keeps {kept}% of the distance to the best line"
    )


def _line_caption(zone: StepScaleZone, plain: bool) -> str:
    """The caption of a rule that searches along lines, with ``{zone}`` to fill in."""
    never = zone.growth_factor <= 1.0 + _ROUNDING
    if zone.name == "divergent" and never:
        return translate("stability", "{zone}: never settles, the error stays the same")
    if zone.name == "divergent":
        return translate("stability", "{zone}: each step goes too far, the error grows")
    if zone.name == "oscillating":
        if plain:
            return translate(
                "stability", "{zone}: each step goes past the lowest point along its line"
            )
        return translate("stability", "{zone}: converges, overshooting on each line")
    if plain:
        return translate(
            "stability", "{zone}: each step stops short of the lowest point along its line"
        )
    return translate("stability", "{zone}: converges, stopping short on each line")


def _toward_explanation(zone: StepScaleZone) -> str:
    """A rule whose steps point at the optimum, in a few sentences with ``{name}``,
    ``{eta}``, ``{rho}``, ``{factor}`` and ``{steps}`` to fill in."""
    if zone.name == "divergent" and zone.growth_factor <= 1.0 + _ROUNDING:
        return translate(
            "stability",
            "Never settles: at η = 2 each step of {name} lands as far on the other side of "
            "the optimum as it started.",
        )
    if zone.name == "divergent":
        return translate(
            "stability",
            "Diverges: η = {eta} is above 2, so each step of {name} lands |1 − η| = {factor} "
            "times as far on the other side of the optimum, and the error grows.",
        )
    if zone.name == "exact":
        return translate(
            "stability",
            "Exact: at η = 1 {name} jumps to the bottom of the bowl the curvature predicts, "
            "which on a squared error is the optimum itself.",
        )
    if zone.name == "oscillating":
        return translate(
            "stability",
            "Converges, oscillating: η = {eta} is above 1, so each step of {name} jumps past "
            "the optimum and leaves ρ = |1 − η| = {rho} of the distance on the other side; "
            "below η = 2 the jumps shrink. The error gap shrinks 100-fold in {steps}.",
        )
    if zone.name == "slow":
        return translate(
            "stability",
            "Converges slowly: each step of {name} goes only η = {eta} of the way to the "
            "optimum, so the error gap needs {steps} to shrink 100-fold. η = 1 lands on it "
            "in one step.",
        )
    return translate(
        "stability",
        "Converges: each step of {name} goes η = {eta} of the way to the optimum and leaves "
        "ρ = |1 − η| = {rho} of the distance, whatever the shape of the error valley; the "
        "error gap shrinks 100-fold in {steps}.",
    )


def _line_explanation(zone: StepScaleZone) -> str:
    """A rule that searches along lines, in a few sentences with ``{name}``, ``{eta}``,
    ``{gain}``, ``{steps}`` and ``{exact}`` to fill in."""
    if zone.name == "divergent" and zone.growth_factor <= 1.0 + _ROUNDING:
        return translate(
            "stability",
            "Never settles: at η = 2 each step of {name} lands as high on the other side of "
            "the lowest point along its line as it started, so the error never falls.",
        )
    if zone.name == "divergent":
        return translate(
            "stability",
            "Diverges: η = {eta} is above 2, so each step of {name} lands higher on the other "
            "side of the lowest point along its line than it started (it gains η(2 − η) = "
            "{gain} of that line's drop in error), and the error grows.",
        )
    if zone.name == "exact":
        return translate(
            "stability",
            "Exact: at η = 1 each step of {name} goes to the lowest point along its line, "
            "and steps along conjugate directions reach the optimum of a quadratic error "
            "in {exact}.",
        )
    if zone.name == "slow":
        return translate(
            "stability",
            "Converges slowly: each step of {name} goes only η = {eta} of the way to the "
            "lowest point along its line, so the error gap needs at least {steps} to shrink "
            "100-fold. η = 1 reaches the optimum in {exact}.",
        )
    if zone.name == "oscillating":
        return translate(
            "stability",
            "Converges: η = {eta} is above 1, so each step of {name} goes past the lowest "
            "point along its line, yet gains η(2 − η) = {gain} of that line's drop in error, "
            "so the error falls at every step. Away from η = 1 the directions are no longer "
            "conjugate: on a narrow valley it can take many steps.",
        )
    return translate(
        "stability",
        "Converges: each step of {name} goes η = {eta} of the way to the lowest point along "
        "its line and gains η(2 − η) = {gain} of that line's drop in error, so the error "
        "falls at every step. Away from η = 1 the directions are no longer conjugate: on a "
        "narrow valley it can take many steps.",
    )


def step_scale_iterations(
    stats: model.Statistics,
    b0: float,
    m0: float,
    learning_rate: float,
    optimizer_name: str,
    normalize: bool = False,
    fraction: float = FRACTION,
    objective=None,
    cap: int = STEP_COUNT_CAP,
) -> IterationCount:
    """Iterations of a second-order rule at step scale ``learning_rate`` from ``(b0, m0)``
    until ``E - E* ≤ target_gap``.

    When the steps point at the optimum the gap is exactly ``(E_0 - E*)(1 - η)^(2t)``,
    the same with and without normalising; otherwise the rule from the registry is
    followed on the quadratic for up to ``cap`` steps (``"beyond_cap"`` past them). At
    or above ``η = 2`` the gap does not fall: ``"stalls"`` at 2, ``"diverges"`` above.

    Raises
    ------
    ValueError
        For a rule without a step scale (:func:`step_scale_limits`) or a rate not > 0.
    """
    limits = step_scale_limits(optimizer_name, objective)
    if limits is None:
        raise ValueError(f"{optimizer_name} has no step scale on this error")
    zone = limits.zone(learning_rate)
    scaled, scaling = descended_statistics(stats, normalize, objective)
    b0, m0 = scaling.to_scaled(b0, m0)
    gap0 = float(model.excess_error(scaled, b0, m0))
    target = target_gap(scaled.sse_star / scaled.n, gap0, fraction)
    if gap0 <= target:
        return IterationCount(0, "reached", cap)
    if not zone.converges:
        stalls = zone.growth_factor <= 1.0 + _ROUNDING
        return IterationCount(None, "stalls" if stalls else "diverges", cap)
    if limits.toward_optimum:
        return _toward_count(zone.learning_rate, gap0, target)
    return _followed_count(scaled, b0, m0, zone.learning_rate, optimizer_name, target, cap)


def _toward_count(learning_rate: float, gap0: float, target: float) -> IterationCount:
    """The first ``t`` with ``gap0 · (1 - η)^(2t) ≤ target`` (``0 < η < 2``)."""
    log = float(_log_factor(np.array([1.0]), learning_rate)[0])  # log |1 - η|
    if log == -math.inf or abs(learning_rate - 1.0) <= _ROUNDING:
        return IterationCount(1, "reached")
    t = max(1, math.ceil(math.log(target / gap0) / (2.0 * log)))
    while t > 1 and gap0 * math.exp(2.0 * (t - 1) * log) <= target:  # rounding, either way
        t -= 1
    while gap0 * math.exp(2.0 * t * log) > target:
        t += 1
    if t > ITERATION_CAP:
        return IterationCount(None, "beyond_cap")
    return IterationCount(t, "reached")


def _followed_count(
    stats: model.Statistics,
    b0: float,
    m0: float,
    learning_rate: float,
    optimizer_name: str,
    target: float,
    cap: int,
) -> IterationCount:
    """Step the registry's rule on the quadratic ``stats`` until the gap is ``≤ target``."""
    rule = make_optimizer(optimizer_name, learning_rate=learning_rate)
    hessian = model.hessian(stats)
    params = np.array([b0, m0], dtype=np.float64)
    state = rule.init(params)
    with np.errstate(all="ignore"):
        for t in range(1, cap + 1):
            grads = np.array(model.gradient(stats, params[0], params[1]), dtype=np.float64)
            updates, state = rule.update(grads, state, params, hessian)
            params = params + updates
            gap = float(model.excess_error(stats, params[0], params[1]))
            if not math.isfinite(gap):
                return IterationCount(None, "diverges", cap)
            if gap <= target:
                return IterationCount(t, "reached", cap)
    return IterationCount(None, "beyond_cap", cap)


def step_scale_gap_curve(
    stats: model.Statistics, b0: float, m0: float, learning_rate: float, iterations, objective=None
) -> np.ndarray:
    """Predicted ``E_t - E*`` (original units) of a rule whose steps point at the optimum
    (Newton): exactly ``(E_0 - E*)(1 - η)^(2t)``, with or without normalising (each step
    goes the share ``η`` of the way in any units)."""
    gap0 = float(model.excess_error(_raw(stats, objective), b0, m0))
    # a quadratic with the one eigenvalue 1 and (1/2) c² = gap0 along it
    with np.errstate(over="ignore", invalid="ignore"):
        gap = theoretical_gap([1.0], [math.sqrt(2.0 * gap0)], learning_rate, iterations)
    big = np.finfo(np.float64).max
    return np.nan_to_num(gap, nan=big, posinf=big)


def own_theory(optimizer_name: str, objective=None) -> bool:
    """Whether :func:`theory_curve` is exactly the rule's prediction: plain descent on all
    points (:func:`theory_applies`), or a rule whose steps point at the optimum (Newton),
    on a quadratic error."""
    limits = step_scale_limits(optimizer_name, objective)
    return theory_applies(optimizer_name, objective) or (
        limits is not None and limits.toward_optimum
    )


class StepScaleReport(NamedTuple):
    """What the stability panel shows for a second-order rule, for the current settings."""

    learning_rate: float
    normalize: bool
    raw: RateLimits  # the data's Hessian, raw and normalised
    normalised: RateLimits
    limits: StepScaleLimits
    zone: StepScaleZone
    raw_count: IterationCount  # the rule at the current η from (b0, m0), raw data
    normalised_count: IterationCount  # ... and normalised
    target_gap: float  # E - E* that counts as at the optimum (original units)
    fraction: float = FRACTION


def step_scale_report(
    stats: model.Statistics,
    b0: float,
    m0: float,
    learning_rate: float,
    optimizer_name: str,
    normalize: bool = False,
    fraction: float = FRACTION,
    objective=None,
) -> StepScaleReport:
    """The data's curvature and what a second-order rule does at step scale
    ``learning_rate`` (``ValueError`` for a rule without a step scale)."""
    limits = step_scale_limits(optimizer_name, objective)
    if limits is None:
        raise ValueError(f"{optimizer_name} has no step scale on this error")
    zone = limits.zone(learning_rate)

    def count(normalised: bool) -> IterationCount:
        return step_scale_iterations(
            stats, b0, m0, learning_rate, optimizer_name, normalised, fraction, objective
        )

    raw_count = count(False)
    quadratic = _raw(stats, objective)
    gap0 = float(model.excess_error(quadratic, b0, m0))
    return StepScaleReport(
        learning_rate=float(learning_rate),
        normalize=bool(normalize),
        raw=rate_limits(stats, False, objective),
        normalised=rate_limits(stats, True, objective),
        limits=limits,
        zone=zone,
        raw_count=raw_count,
        normalised_count=raw_count if limits.toward_optimum else count(True),
        target_gap=target_gap(quadratic.sse_star / quadratic.n, gap0, fraction),
        fraction=fraction,
    )


def _step_scale_rows(report: StepScaleReport) -> list[tuple[str, str, str, str]]:
    """:func:`report_rows` for a second-order rule: the data's curvature, then the rule's
    numbers (the same in both columns where normalising changes nothing)."""
    raw, norm, lim, zone = report.raw, report.normalised, report.limits, report.zone
    eta = format_value(report.learning_rate)
    percent = f"{report.fraction * 100:g}%"
    if lim.toward_optimum:  # one step, from anywhere; a line search: at most one a parameter
        per_step, exact = format_contraction(zone.contraction), format_count(lim.exact_steps)
    else:
        per_step = format_value(zone.gain)
        exact = translate("stability", "at most {n}").format(n=format_count(lim.exact_steps))
    values = [
        (format_value(raw.lambda_min), format_value(norm.lambda_min)),
        (format_value(raw.lambda_max), format_value(norm.lambda_max)),
        (format_value(raw.condition_number), format_value(norm.condition_number)),
        ("0 < η < 2",) * 2,
        (exact,) * 2,
        (per_step,) * 2,
        (report.raw_count.text, report.normalised_count.text),
    ]
    words = _report_words(eta, percent)[:3] + _step_scale_words(lim, eta, percent)
    return [(label, *pair, tip) for (label, tip), pair in zip(words, values, strict=True)]


def _step_scale_words(lim: StepScaleLimits, eta: str, percent: str) -> list[tuple[str, str]]:
    """``(label, tooltip)`` of a second-order rule's own rows."""
    name = lim.noun()
    converges = translate("stability", "converges for")
    exact = translate("stability", "steps to the optimum at η = 1")
    steps = translate("stability", "steps to {percent} of E*").format(percent=percent)
    if lim.toward_optimum:
        return [
            (converges, translate(
                "stability",
                "Each step of {name} leaves |1 − η| of the distance to the optimum, whatever "
                "the shape of the error valley: it converges for 0 < η < 2, and λ and κ do "
                "not matter",
            ).format(name=name)),
            (exact, translate(
                "stability",
                "At η = 1 {name} jumps to the bottom of the bowl the curvature predicts: on a "
                "squared error, the optimum itself",
            ).format(name=name)),
            (translate("stability", "ρ at η = {eta}").format(eta=eta), translate(
                "stability",
                "Share of the distance to the optimum left after each step, |1 − η|: below 1 "
                "converges, the smaller the faster",
            )),
            (steps, translate(
                "stability",
                "Iterations of {name} at η = {eta} from the starting line until the error is "
                "within {percent} of the least-squares error E*: the same with or without "
                "normalising",
            ).format(name=name, eta=eta, percent=percent)),
        ]  # fmt: skip
    return [
        (converges, translate(
            "stability",
            "Each step of {name} goes η times the way to the lowest point along its line and "
            "gains η(2 − η) of that line's drop in error: the error falls at every step for "
            "0 < η < 2 and does not fall from η = 2 on",
        ).format(name=name)),
        (exact, translate(
            "stability",
            "At η = 1 each step of {name} goes to the lowest point along its line, and steps "
            "along conjugate directions reach the optimum of a quadratic error, one per "
            "parameter",
        ).format(name=name)),
        (translate("stability", "gain at η = {eta}").format(eta=eta), translate(
            "stability",
            "Share of the drop in error to the lowest point along its line that each step "
            "gains, η(2 − η): 1 at η = 1, 0 at η = 2, below 0 above it (the error grows)",
        )),
        (steps, translate(
            "stability",
            "Iterations of {name} at η = {eta} from the starting line until the error is "
            "within {percent} of the least-squares error E*, followed step by step up to {cap}",
        ).format(name=name, eta=eta, percent=percent, cap=format_count(STEP_COUNT_CAP))),
    ]  # fmt: skip

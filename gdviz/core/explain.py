"""The arithmetic of one descent step, with the numbers substituted.

:func:`explain_step` takes a row of the history and the optimizer that takes the next step,
and redoes that step by hand, the way a student would on paper:

1. the points the gradient uses (all of them, or the mini-batch / single point of
   stochastic descent), each with its prediction ``m x + b``, residual
   ``r = y - (m x + b)`` and ``x r``;
2. the gradient from the two sums,

   .. math::

       \\partial E/\\partial b = -\\tfrac{2}{N}\\sum r, \\qquad
       \\partial E/\\partial m = -\\tfrac{2}{N}\\sum x\\, r

   with ``N`` the number of points used (for another objective, the sums of the loss's
   slopes ``ρ'(r)`` instead, and the ridge term ``2λm``:
   :mod:`gdviz.core.objective`);
3. the optimizer's state update (velocity, accumulated squares, running moments with their
   bias corrections) and the new line ``b_new, m_new``, as the rule's own step math
   writes them (:attr:`gdviz.core.optimizers.OptimizerSpec.step_math`).

The step itself is the rule's (its ``update``), so the worked-out result is the step the
descent takes, to the last bit. Every formula is also given as a line of plain text with
the numbers filled in (:attr:`StepExplanation.lines`), for the math panel to show. When
the descent normalises the data, the step is explained in the units the optimizer works
in (``x'``, ``y'``, ``b'``, ``m'``) and the new line is also converted back to the data's
units.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from .descent import batch_at
from .history import History
from .i18n import translate
from .objective import MSE, Objective
from .optimizers import Optimizer, all_hyperparameters, optimizer_spec, state_from_vector
from .scaling import IDENTITY, Scaling
from .words import format_number

__all__ = [
    "Formula",
    "PointRow",
    "Section",
    "StateTerm",
    "StepExplanation",
    "explain_step",
    "format_value",
    "step_digits",
]

MINUS = "\u2212"


def format_value(value: float, digits: int = 6) -> str:
    """A number in the step math: :func:`~gdviz.core.words.format_number` with the minus
    sign U+2212, as a blackboard writes it."""
    return format_number(value, digits, minus=MINUS)


def step_digits(before: float, after: float, digits: int = 6) -> int:
    """Significant digits that show the change from ``before`` to ``after`` (up to 15).

    Late in a run a step may move a parameter by a millionth of its size; written with six
    digits, ``m_new`` would look equal to ``m``. This gives enough digits to show about
    three digits of the change.
    """
    delta = abs(after - before)
    big = max(abs(before), abs(after))
    if not (math.isfinite(delta) and math.isfinite(big)) or delta == 0 or big == 0:
        return digits
    extra = math.floor(math.log10(big)) - math.floor(math.log10(delta)) + 3
    return int(min(15, max(digits, extra)))


def _p(value: float) -> str:
    """A number to substitute after an operator: negative ones in parentheses."""
    text = format_value(value)
    return f"({text})" if text.startswith(MINUS) else text


class PointRow(NamedTuple):
    """One point of the gradient's sums (in the optimizer's units)."""

    index: int  # index into the data arrays
    x: float
    y: float
    prediction: float  # m x + b
    residual: float  # y - (m x + b)
    x_residual: float  # x * residual


class StateTerm(NamedTuple):
    """A per-parameter quantity of the update, e.g. the velocity ``v`` for b and for m."""

    symbol: str  # as in the formulas: "v", "v_old", "μ_corr", ...
    name: str  # in words: "velocity before the step"
    b: float
    m: float


class Formula(NamedTuple):
    """A chain of equalities ``lhs = steps[0] = steps[1] = ...`` (or a note, with no steps).

    Typically the symbols, then the numbers substituted, then the result, so that a view
    can align the ``=`` signs or write the chain on one line (:attr:`text`).
    """

    lhs: str
    steps: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return " = ".join((self.lhs, *self.steps))


class Section(NamedTuple):
    """A heading and the formulas under it."""

    title: str
    formulas: tuple[Formula, ...]

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(formula.text for formula in self.formulas)


class StepExplanation(NamedTuple):
    """The step from iteration ``iteration`` to ``iteration + 1``, worked out by hand.

    Parameters are in the optimizer's units (``b``, ``m``, ``b_new``, ``m_new``, the
    gradient, the table); ``*_original`` fields are in the data's units. ``point_*`` arrays
    cover every point the gradient uses; the table shows the first ``shown`` of them.
    """

    iteration: int
    optimizer: str
    hyperparams: tuple[tuple[str, float], ...]
    learning_rate: float
    n_total: int
    n_used: int
    full_batch: bool
    sample_pos: int
    scaled: bool
    units_note: str
    point_index: np.ndarray
    point_x: np.ndarray
    point_y: np.ndarray
    point_prediction: np.ndarray
    point_residual: np.ndarray
    point_x_residual: np.ndarray
    shown: int
    sum_residual: float
    sum_x_residual: float
    b: float
    m: float
    grad_b: float
    grad_m: float
    state_terms: tuple[StateTerm, ...]
    scalar_terms: tuple[tuple[str, float], ...]  # e.g. Adam's ("t", 3), ("1 − β₁ᵗ", 0.271)
    b_new: float
    m_new: float
    b_original: float
    m_original: float
    b_new_original: float
    m_new_original: float
    recorded: bool  # whether the history holds iteration + 1
    recorded_b_new: float  # nan when not recorded (optimizer's units)
    recorded_m_new: float
    matches_record: bool | None  # None when not recorded
    title: str
    sections: tuple[Section, ...]

    @property
    def rows_not_shown(self) -> int:
        """How many of the used points the table leaves out."""
        return self.n_used - self.shown

    @property
    def table(self) -> list[PointRow]:
        """The rows of the table: the first :attr:`shown` used points."""
        return [self._row(k) for k in range(self.shown)]

    @property
    def lines(self) -> tuple[str, ...]:
        """All formula lines, section after section."""
        return tuple(line for section in self.sections for line in section.lines)

    def position_of(self, index: int) -> int | None:
        """Where data point ``index`` is among the used points (``None``: not used)."""
        where = np.flatnonzero(self.point_index == index)
        return int(where[0]) if where.size else None

    def point_row(self, index: int) -> PointRow | None:
        """The row of data point ``index``, shown or not (``None``: not used by this step)."""
        k = self.position_of(index)
        return None if k is None else self._row(k)

    def _row(self, k: int) -> PointRow:
        return PointRow(
            int(self.point_index[k]),
            float(self.point_x[k]),
            float(self.point_y[k]),
            float(self.point_prediction[k]),
            float(self.point_residual[k]),
            float(self.point_x_residual[k]),
        )


def explain_step(
    x,
    y,
    rows: History,
    i: int,
    optimizer: Optimizer,
    scaling: Scaling = IDENTITY,
    random_state: int = 0,
    max_rows: int = 12,
    *,
    state=None,
    objective: Objective | None = None,
) -> StepExplanation:
    """Work out the step from iteration ``i`` to ``i + 1`` with the numbers substituted.

    Parameters
    ----------
    x, y : array_like
        The data in its own units (``Descent.x``, ``Descent.y``).
    rows : History
        History rows that include iteration ``i`` (found by ``rows.iteration == i``, so the
        full ``Descent.history()`` or any slice of it will do). Its ``theta``, ``state``
        and ``sample_pos`` give the parameters, optimizer state and stream position before
        the step. If iteration ``i + 1`` is in ``rows`` too, the worked-out result is
        compared with it; otherwise this is the step about to be taken.
    i : int
        The iteration the step starts from.
    optimizer : Optimizer
        The rule that takes the step (its hyperparameters and ``batch_size``).
    scaling : Scaling
        ``Descent.scaling``; not the identity when the descent normalises.
    random_state : int
        ``Descent.random_state`` (which points stochastic descent draws).
    max_rows : int
        At most this many points in the table; the sums always cover every used point.
    state : optional
        The optimizer's state before the step, when it is not the one ``rows`` recorded
        for iteration ``i`` (e.g. right after switching to another rule, whose state
        starts afresh); default ``state_from_vector(optimizer, rows.state[i])``.
    objective : Objective, optional
        ``Descent.objective``: the error whose gradient the step follows (default the
        mean squared error). A rule that uses the Hessian gets the objective's Hessian
        over all points, as the descent gives it.

    Returns
    -------
    StepExplanation

    Raises
    ------
    IndexError
        If iteration ``i`` is not in ``rows``.
    ValueError
        If ``max_rows`` is negative or ``x`` and ``y`` differ in length.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.shape != y.shape or x.ndim != 1 or x.size == 0:
        raise ValueError(f"x and y must be 1-D of equal length (got {x.shape} and {y.shape})")
    if max_rows < 0:
        raise ValueError(f"max rows must be at least 0 (got {max_rows})")
    i = int(i)
    here = np.flatnonzero(rows.iteration == i)
    if here.size == 0:
        raise IndexError(f"iteration {i} is not in the history")
    row = int(here[0])
    theta = np.array([float(v) for v in rows.theta[row]])
    sample_pos = int(rows.sample_pos[row])
    if state is None:
        state = state_from_vector(optimizer, rows.state[row])
    points = _points(x, y, optimizer.batch_size, sample_pos, random_state, scaling)
    objective = MSE if objective is None else objective
    if points.scaled:
        objective = objective.scaled(scaling)
    with np.errstate(all="ignore"):
        sums, work = _worked(x, y, optimizer, state, theta, points, scaling, objective)
        original = _original(scaling, theta, work.theta_new)
    after = np.flatnonzero(rows.iteration == i + 1)
    recorded = rows.theta[int(after[0])] if after.size else None
    matches = None if recorded is None else _close(work.theta_new, recorded, theta)
    hyper = tuple((name, float(value)) for name, value in optimizer.hyperparams.items())
    return StepExplanation(
        iteration=i,
        optimizer=optimizer.name,
        hyperparams=hyper,
        learning_rate=float(optimizer.learning_rate),
        n_total=x.size,
        n_used=sums.k,
        full_batch=points.full,
        sample_pos=sample_pos,
        scaled=points.scaled,
        units_note=_units_note(scaling),
        point_index=points.index,
        point_x=points.x,
        point_y=points.y,
        point_prediction=sums.prediction,
        point_residual=sums.residual,
        point_x_residual=sums.x_residual,
        shown=min(int(max_rows), sums.k),
        sum_residual=sums.sum_r,
        sum_x_residual=sums.sum_xr,
        b=float(theta[0]),
        m=float(theta[1]),
        grad_b=sums.grad_b,
        grad_m=sums.grad_m,
        state_terms=tuple(work.state_terms),
        scalar_terms=tuple(work.scalar_terms),
        b_new=float(work.theta_new[0]),
        m_new=float(work.theta_new[1]),
        b_original=original[0],
        m_original=original[1],
        b_new_original=original[2],
        m_new_original=original[3],
        recorded=recorded is not None,
        recorded_b_new=math.nan if recorded is None else float(recorded[0]),
        recorded_m_new=math.nan if recorded is None else float(recorded[1]),
        matches_record=matches,
        title=_title(i, optimizer.name, points, sums.k, recorded is not None),
        sections=_sections(
            i, points, sums, work, hyper, scaling, original, recorded, matches, objective
        ),
    )


class _Points(NamedTuple):
    """The points a step's gradient uses, in the optimizer's units."""

    index: np.ndarray  # into the data arrays
    x: np.ndarray
    y: np.ndarray
    n: int  # points in the data
    full: bool  # all of them
    sample_pos: int  # where the batch starts in the shuffled stream
    scaled: bool


def _points(x, y, batch_size, sample_pos: int, random_state: int, scaling: Scaling) -> _Points:
    n = x.size
    full = batch_size is None or batch_size >= n
    index = np.arange(n) if full else np.asarray(batch_at(n, batch_size, sample_pos, random_state))
    xs, ys = (x, y) if full else (x[index], y[index])
    scaled = not scaling.is_identity
    if scaled:
        xs, ys = scaling.scale_x(xs), scaling.scale_y(ys)
    return _Points(index, xs, ys, n, full, sample_pos, scaled)


class _Sums(NamedTuple):
    """Each point's arithmetic, the two sums and the gradient."""

    prediction: np.ndarray
    residual: np.ndarray
    x_residual: np.ndarray
    k: int  # points used
    sum_r: float
    sum_xr: float
    grad_b: float
    grad_m: float
    sum_slope: float  # Σ ρ'(r): for the MSE 2 Σ r
    sum_x_slope: float  # Σ x ρ'(r)


def _sums(points: _Points, theta: np.ndarray, objective: Objective) -> _Sums:
    b, m = float(theta[0]), float(theta[1])
    prediction = m * points.x + b
    residual = points.y - prediction
    k = residual.size
    sum_r = float(np.sum(residual))
    sum_xr = float(points.x @ residual)
    if objective.loss == "mse":
        sum_slope, sum_x_slope = 2.0 * sum_r, 2.0 * sum_xr
        grad_b, grad_m = -2.0 * sum_r / k, -2.0 * sum_xr / k
    else:
        slope = objective.loss_slope(residual)
        sum_slope, sum_x_slope = float(np.sum(slope)), float(points.x @ slope)
        grad_b, grad_m = -sum_slope / k, -sum_x_slope / k
    grad_m += 2.0 * objective.ridge * m
    return _Sums(
        prediction,
        residual,
        points.x * residual,
        k,
        sum_r,
        sum_xr,
        grad_b,
        grad_m,
        sum_slope,
        sum_x_slope,
    )


def _worked(x, y, optimizer, state, theta, points, scaling, objective) -> tuple[_Sums, _Work]:
    """The gradient's sums and the step, with the Hessian over all points (in the
    optimizer's units) for a rule that uses it."""
    sums = _sums(points, theta, objective)
    hessian = None
    if optimizer.needs_hessian:
        xs, ys = (scaling.scale_x(x), scaling.scale_y(y)) if points.scaled else (x, y)
        hessian = objective.hessian(xs, ys, float(theta[0]), float(theta[1]))
    grads = np.array([sums.grad_b, sums.grad_m])
    return sums, _Work(optimizer, state, theta, grads, points.scaled, hessian)


class _Work:
    """The step the rule takes, and what its step math writes about it.

    This is the :class:`~gdviz.core.optimizers.StepWriter` a rule's ``step_math`` gets.
    """

    f = staticmethod(format_value)
    p = staticmethod(_p)

    def __init__(self, optimizer: Optimizer, state, theta, grads, scaled, hessian=None):
        self.theta = theta
        self.grads = grads
        self.hessian = hessian
        self.old_state = state
        self.hyperparams = optimizer.hyperparams
        self.names = ("b′", "m′") if scaled else ("b", "m")
        if optimizer.needs_hessian:
            self.updates, self.new_state = optimizer.update(grads, state, theta, hessian)
        else:
            self.updates, self.new_state = optimizer.update(grads, state, theta)
        self.theta_new = theta + self.updates  # as the descent applies it
        self.state_terms: list[StateTerm] = []
        self.scalar_terms: list[tuple[str, float]] = []
        self.state_formulas: list[Formula] = []
        self.update_formulas: list[Formula] = []
        step_math = _step_math(optimizer.name)
        if step_math is not None:
            step_math(self)
        else:  # a rule without step math: take its word for the update
            for j, c in enumerate(self.names):
                self.update(j, f"{c} + Δ{c}", f"{self.before(j)} + {_p(self.updates[j])}")

    def before(self, j: int) -> str:
        return format_value(self.theta[j], step_digits(self.theta[j], self.theta_new[j]))

    def after(self, j: int) -> str:
        return format_value(self.theta_new[j], step_digits(self.theta[j], self.theta_new[j]))

    def term(self, symbol: str, words: str, values) -> None:
        self.state_terms.append(StateTerm(symbol, words, float(values[0]), float(values[1])))

    def scalar(self, symbol: str, value: float) -> None:
        self.scalar_terms.append((symbol, float(value)))

    def state_line(self, lhs: str, *steps: str) -> None:
        self.state_formulas.append(Formula(lhs, steps))

    def update(self, j: int, symbolic: str, substituted: str) -> None:
        self.update_formulas.append(
            Formula(f"{self.names[j]}_new", (symbolic, substituted, self.after(j)))
        )


def _step_math(name: str):
    """The registered rule's step math (``None``: not registered, or it has none)."""
    try:
        return optimizer_spec(name).step_math
    except ValueError:
        return None


def _original(scaling: Scaling, theta: np.ndarray, theta_new: np.ndarray) -> tuple[float, ...]:
    """``(b, m, b_new, m_new)`` in the data's units."""
    if scaling.is_identity:
        return (*(float(v) for v in theta), *(float(v) for v in theta_new))
    before = scaling.to_original(theta[0], theta[1])
    after = scaling.to_original(theta_new[0], theta_new[1])
    return (*(float(v) for v in before), *(float(v) for v in after))


def _units_note(scaling: Scaling) -> str:
    if scaling.is_identity:
        return translate("explain", "the data's own units")
    f = format_value
    text = translate(
        "explain",
        "standardised units: x′ = (x − x̄)/σ_x, y′ = (y − ȳ)/σ_y with x̄ = {x_shift}, "
        "σ_x = {x_scale}, ȳ = {y_shift}, σ_y = {y_scale}",
    )
    return text.format(
        x_shift=f(scaling.x_shift),
        x_scale=f(scaling.x_scale),
        y_shift=f(scaling.y_shift),
        y_scale=f(scaling.y_scale),
    )


def _used(points: _Points, k: int) -> tuple[str, str]:
    """Which points the step uses, for the gradient's heading and (short) for the title."""
    n = points.n
    if points.full:
        return translate("explain", "all {n} points").format(n=n), ""  # the title leaves it out
    first = int(points.index[0])
    epoch, start = divmod(points.sample_pos, n)
    if k == 1:
        used = translate(
            "explain", "point {first} only (position {start} of shuffled epoch {epoch})"
        )
        short = translate("explain", "point {first}")
    else:
        used = translate(
            "explain",
            "{k} of the {n} points (positions {start}–{end} of shuffled epoch {epoch})",
        )
        short = translate("explain", "{k} of {n} points")
    values = {"first": first, "k": k, "n": n, "start": start, "end": start + k - 1}
    return used.format(**values, epoch=epoch), short.format(**values)


def _title(i: int, name: str, points: _Points, k: int, recorded: bool) -> str:
    short = _used(points, k)[1]
    title = translate("explain", "Step {i} → {next} · {name}").format(i=i, next=i + 1, name=name)
    title += f" · {short}" if short else ""
    return title if recorded else title + " · " + translate("explain", "not taken yet")


def _sections(
    i, points, sums, work, hyper, scaling, original, recorded, matches, objective
) -> tuple[Section, ...]:
    """The formulas, section after section: gradient, state, update, units, check."""
    sb, sm = work.names
    sx, sy = ("x′", "y′") if points.scaled else ("x", "y")
    f = format_value
    b, m = (float(v) for v in work.theta)
    gradient = (
        Formula(
            translate("explain", "line before the step: {b_name} = {b}, {m_name} = {m}").format(
                b_name=sb, b=f(b), m_name=sm, m=f(m)
            )
        ),
        Formula("Σ r", (f"Σ ({sy} − ({sm}·{sx} + {sb}))", f(sums.sum_r))),
        Formula(f"Σ {sx}·r", (f(sums.sum_xr),)),
        *_gradient_formulas(sums, objective, m, sx, sb, sm),
    )
    heading = translate("explain", "Gradient on {points}").format(points=_used(points, sums.k)[0])
    sections = [Section(heading, gradient)]
    if work.state_formulas:
        sections.append(
            Section(translate("explain", "Optimizer state"), tuple(work.state_formulas))
        )
    update = translate("explain", "Update ({settings})").format(settings=_settings(hyper))
    sections.append(Section(update, tuple(work.update_formulas)))
    if points.scaled:
        sections.append(_back_in_data_units(scaling, work, original))
    if recorded is not None:
        sections.append(_check(i, work, recorded, matches))
    return tuple(sections)


def _gradient_formulas(sums, objective: Objective, m: float, sx, sb, sm) -> tuple[Formula, ...]:
    """``∂E/∂b`` and ``∂E/∂m`` from the sums: the MSE's ``−(2/N) Σ r``, or the loss's
    slopes ``ρ'(r)`` (a subgradient for MAE), plus ``2λm`` with ridge."""
    f, p, k = format_value, _p, sums.k
    lam = objective.ridge
    ridge = f" + 2λ{sm}" if lam > 0 else ""
    ridge_num = f" + 2 × {f(lam)} × {p(m)}" if lam > 0 else ""
    if objective.loss == "mse":
        return (
            Formula(f"∂E/∂{sb}", ("−(2/N) Σ r", f"−(2/{k}) × {p(sums.sum_r)}", f(sums.grad_b))),
            Formula(
                f"∂E/∂{sm}",
                (
                    f"−(2/N) Σ {sx}·r{ridge}",
                    f"−(2/{k}) × {p(sums.sum_xr)}{ridge_num}",
                    f(sums.grad_m),
                ),
            ),
        )
    if objective.loss == "mae":
        slope, note = "sign(r)", "ρ′(r) = sign(r), 0 at r = 0: a subgradient"
    else:
        delta = f(objective.huber_delta)
        slope, note = "ψ(r)", f"ρ′(r) = ψ(r) = 2 clip(r, −δ, δ), δ = {delta}"
    return (
        Formula(note),
        Formula(f"Σ {slope}", (f(sums.sum_slope),)),
        Formula(f"Σ {sx}·{slope}", (f(sums.sum_x_slope),)),
        Formula(f"∂E/∂{sb}", (f"−(1/N) Σ {slope}", f"−{p(sums.sum_slope)} / {k}", f(sums.grad_b))),
        Formula(
            f"∂E/∂{sm}",
            (
                f"−(1/N) Σ {sx}·{slope}{ridge}",
                f"−{p(sums.sum_x_slope)} / {k}{ridge_num}",
                f(sums.grad_m),
            ),
        ),
    )


def _settings(hyper: tuple[tuple[str, float], ...]) -> str:
    """``"η = 0.0001, μ = 0.9"``: the hyperparameters the update uses, by their symbols.

    The batch size is left out: it shows in the gradient's heading.
    """
    symbols = {h.name: h.symbol for h in all_hyperparameters() if h.name != "batch_size"}
    return ", ".join(f"{symbols[name]} = {format_value(v)}" for name, v in hyper if name in symbols)


def _back_in_data_units(scaling: Scaling, work: _Work, original) -> Section:
    f, p = format_value, _p
    b_orig, m_orig, b_new_orig, m_new_orig = original
    m_new, b_new = float(work.theta_new[1]), float(work.theta_new[0])
    return Section(
        translate("explain", "Back in the data's units"),
        (
            Formula(
                "m_new",
                (
                    "m′_new σ_y / σ_x",
                    f"{p(m_new)} × {f(scaling.y_scale)} / {f(scaling.x_scale)}",
                    f(m_new_orig, step_digits(m_orig, m_new_orig)),
                ),
            ),
            Formula(
                "b_new",
                (
                    "ȳ + σ_y b′_new − m_new x̄",
                    f"{f(scaling.y_shift)} + {f(scaling.y_scale)} × {p(b_new)} − "
                    f"{p(m_new_orig)} × {p(scaling.x_shift)}",
                    f(b_new_orig, step_digits(b_orig, b_new_orig)),
                ),
            ),
            Formula(
                translate("explain", "before the step: b = {b}, m = {m}").format(
                    b=f(b_orig, step_digits(b_orig, b_new_orig)),
                    m=f(m_orig, step_digits(m_orig, m_new_orig)),
                )
            ),
        ),
    )


def _check(i: int, work: _Work, recorded: np.ndarray, matches: bool) -> Section:
    """The worked-out step against the row the history recorded."""
    sb, sm = work.names
    (b, m), (b_new, m_new) = work.theta, work.theta_new
    rec_b, rec_m = float(recorded[0]), float(recorded[1])
    line = (
        translate("explain", "recorded iteration {n}: {b_name} = {b}, {m_name} = {m} (matches)")
        if matches
        else translate(
            "explain",
            "recorded iteration {n}: {b_name} = {b}, {m_name} = {m} (differs: that step was "
            "taken with other settings)",
        )
    )
    line = line.format(
        n=i + 1,
        b_name=sb,
        b=format_value(rec_b, step_digits(b, b_new)),
        m_name=sm,
        m=format_value(rec_m, step_digits(m, m_new)),
    )
    return Section(translate("explain", "Check"), (Formula(line),))


def _close(predicted: np.ndarray, recorded, before: np.ndarray) -> bool:
    """Whether the worked-out step lands where the recorded one did (up to rounding)."""
    recorded = np.asarray(recorded, dtype=np.float64)
    scale = np.maximum(np.maximum(np.abs(before), np.abs(recorded)), np.abs(predicted - before))
    return bool(np.all(np.abs(predicted - recorded) <= 1e-9 * scale + 1e-300))

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

   with ``N`` the number of points used;
3. the optimizer's state update (velocity, accumulated squares, running moments with their
   bias corrections) and the new line ``b_new, m_new``.

Every number is computed here, in the order the formulas are written, and every formula is
also given as a line of plain text with the numbers filled in (:attr:`StepExplanation.lines`),
for the math panel to show. When the descent normalises the data, the step is explained in
the units the optimizer works in (``x'``, ``y'``, ``b'``, ``m'``) and the new line is also
converted back to the data's units.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from .descent import batch_at
from .history import History
from .optimizers import Optimizer, state_from_vector
from .scaling import IDENTITY, Scaling

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

#: How the hyperparameters are written in the formulas.
SYMBOLS = {
    "learning_rate": "η",
    "momentum": "μ",
    "decay": "ρ",
    "eps": "ε",
    "b1": "β₁",
    "b2": "β₂",
}

_PLAIN = ("gd", "sgd", "minibatch")


def format_value(value: float, digits: int = 6) -> str:
    """A number in plain notation with ``digits`` significant digits, as shown in the panel.

    No digit grouping; the minus sign is U+2212. Numbers from 0.0001 up to 10¹⁵ are written
    out (integers above 10⁶ in full), smaller and larger ones as ``1.23457e-7``.
    """
    v = float(value)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "∞" if v > 0 else f"{MINUS}∞"
    if v == 0:
        return "0"
    a = abs(v)
    text = f"{a:.{digits}g}"
    if "e" in text:
        if 1.0 <= a < 1e15:
            text = f"{a:.0f}"
        else:
            mantissa, exponent = text.split("e")
            text = f"{mantissa}e{int(exponent)}"
    return MINUS + text if v < 0 else text


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
    b, m = (float(v) for v in rows.theta[row])
    sample_pos = int(rows.sample_pos[row])
    if state is None:
        state = state_from_vector(optimizer, rows.state[row])
    n = x.size
    scaled = not scaling.is_identity

    # --- the points and the sums
    batch_size = optimizer.batch_size
    full = batch_size is None or batch_size >= n
    index = np.arange(n) if full else np.asarray(batch_at(n, batch_size, sample_pos, random_state))
    xs, ys = (x, y) if full else (x[index], y[index])
    if scaled:
        xs, ys = scaling.scale_x(xs), scaling.scale_y(ys)
    with np.errstate(all="ignore"):
        prediction = m * xs + b
        residual = ys - prediction
        x_residual = xs * residual
        k = residual.size
        sum_r = float(np.sum(residual))
        sum_xr = float(xs @ residual)
        grad_b = -2.0 * sum_r / k
        grad_m = -2.0 * sum_xr / k
        g = np.array([grad_b, grad_m])
        theta = np.array([b, m])
        new, terms, scalars, rule_formulas, state_formulas = _update(
            optimizer, state, theta, g, scaled
        )
        b_new, m_new = float(new[0]), float(new[1])
        if scaled:
            b_orig, m_orig = (float(v) for v in scaling.to_original(b, m))
            b_new_orig, m_new_orig = (float(v) for v in scaling.to_original(b_new, m_new))
        else:
            b_orig, m_orig, b_new_orig, m_new_orig = b, m, b_new, m_new

    # --- what the history recorded
    after = np.flatnonzero(rows.iteration == i + 1)
    recorded = bool(after.size)
    if recorded:
        rec_b, rec_m = (float(v) for v in rows.theta[int(after[0])])
        matches = _close(new, np.array([rec_b, rec_m]), theta)
    else:
        rec_b = rec_m = math.nan
        matches = None

    # --- the words
    sb, sm = ("b′", "m′") if scaled else ("b", "m")
    sx, sy = ("x′", "y′") if scaled else ("x", "y")
    f, p = format_value, _p
    shown = min(int(max_rows), k)
    step = f"Step {i} → {i + 1}"
    if full:
        used = short = f"all {n} points"  # the title leaves this out
    elif k == 1:
        used, short = f"point {int(index[0])} only", f"point {int(index[0])}"
    else:
        used, short = f"{k} of the {n} points", f"{k} of {n} points"
    title = f"{step} · {optimizer.name}" + ("" if full else f" · {short}")
    if not recorded:
        title += " · not taken yet"
    if not full:
        epoch, start = divmod(sample_pos, n)
        where = f"position {start}" if k == 1 else f"positions {start}–{start + k - 1}"
        used += f" ({where} of shuffled epoch {epoch})"
    if scaled:
        units_note = (
            "standardised units: x′ = (x − x̄)/σ_x, y′ = (y − ȳ)/σ_y with "
            f"x̄ = {f(scaling.x_shift)}, σ_x = {f(scaling.x_scale)}, "
            f"ȳ = {f(scaling.y_shift)}, σ_y = {f(scaling.y_scale)}"
        )
    else:
        units_note = "the data's own units"

    gradient = (
        Formula(f"line before the step: {sb} = {f(b)}, {sm} = {f(m)}"),
        Formula("Σ r", (f"Σ ({sy} − ({sm}·{sx} + {sb}))", f(sum_r))),
        Formula(f"Σ {sx}·r", (f(sum_xr),)),
        Formula(f"∂E/∂{sb}", ("−(2/N) Σ r", f"−(2/{k}) × {p(sum_r)}", f(grad_b))),
        Formula(f"∂E/∂{sm}", (f"−(2/N) Σ {sx}·r", f"−(2/{k}) × {p(sum_xr)}", f(grad_m))),
    )
    hyper = tuple((name, float(value)) for name, value in optimizer.hyperparams.items())
    settings = ", ".join(
        f"{SYMBOLS[name]} = {f(value)}" for name, value in hyper if name in SYMBOLS
    )
    sections = [Section(f"Gradient on {used}", gradient)]
    if state_formulas:
        sections.append(Section("Optimizer state", tuple(state_formulas)))
    sections.append(Section(f"Update ({settings})", tuple(rule_formulas)))
    if scaled:
        sections.append(
            Section(
                "Back in the data's units",
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
                        f"before the step: b = {f(b_orig, step_digits(b_orig, b_new_orig))}, "
                        f"m = {f(m_orig, step_digits(m_orig, m_new_orig))}"
                    ),
                ),
            )
        )
    if recorded:
        digits_b, digits_m = step_digits(b, b_new), step_digits(m, m_new)
        verdict = "matches" if matches else "differs: that step was taken with other settings"
        sections.append(
            Section(
                "Check",
                (
                    Formula(
                        f"recorded iteration {i + 1}: {sb} = {f(rec_b, digits_b)}, "
                        f"{sm} = {f(rec_m, digits_m)} "
                        f"({verdict})"
                    ),
                ),
            )
        )

    return StepExplanation(
        iteration=i,
        optimizer=optimizer.name,
        hyperparams=hyper,
        learning_rate=float(optimizer.learning_rate),
        n_total=n,
        n_used=k,
        full_batch=full,
        sample_pos=sample_pos,
        scaled=scaled,
        units_note=units_note,
        point_index=index,
        point_x=xs,
        point_y=ys,
        point_prediction=prediction,
        point_residual=residual,
        point_x_residual=x_residual,
        shown=shown,
        sum_residual=sum_r,
        sum_x_residual=sum_xr,
        b=b,
        m=m,
        grad_b=grad_b,
        grad_m=grad_m,
        state_terms=terms,
        scalar_terms=scalars,
        b_new=b_new,
        m_new=m_new,
        b_original=b_orig,
        m_original=m_orig,
        b_new_original=b_new_orig,
        m_new_original=m_new_orig,
        recorded=recorded,
        recorded_b_new=rec_b,
        recorded_m_new=rec_m,
        matches_record=matches,
        title=title,
        sections=tuple(sections),
    )


def _close(predicted: np.ndarray, recorded: np.ndarray, before: np.ndarray) -> bool:
    """Whether the worked-out step lands where the recorded one did (up to rounding)."""
    scale = np.maximum(np.maximum(np.abs(before), np.abs(recorded)), np.abs(predicted - before))
    return bool(np.all(np.abs(predicted - recorded) <= 1e-9 * scale + 1e-300))


def _update(optimizer: Optimizer, state, theta: np.ndarray, g: np.ndarray, scaled: bool):
    """The rule's arithmetic, term by term, with its formulas for b and m.

    Written in the same order of operations as :mod:`.optimizers`, so the result is the
    step the descent takes, to the last bit.

    Returns ``(new_theta, state_terms, scalar_terms, update_formulas, state_formulas)``.
    """
    hp = optimizer.hyperparams
    lr = optimizer.learning_rate
    name = optimizer.name
    comps = ("b′", "m′") if scaled else ("b", "m")
    f, p = format_value, _p
    terms: list[StateTerm] = []
    scalars: list[tuple[str, float]] = []
    update: list[Formula] = []
    state_f: list[Formula] = []

    def term(symbol: str, words: str, values: np.ndarray) -> None:
        terms.append(StateTerm(symbol, words, float(values[0]), float(values[1])))

    def before(j: int) -> str:  # the parameter, with digits enough to show the step
        return f(theta[j], step_digits(theta[j], new[j]))

    def after(j: int) -> str:
        return f(new[j], step_digits(theta[j], new[j]))

    if name in _PLAIN:
        new = theta - lr * g
        for j, c in enumerate(comps):
            update.append(
                Formula(
                    f"{c}_new",
                    (f"{c} − η ∂E/∂{c}", f"{before(j)} − {f(lr)} × {p(g[j])}", after(j)),
                )
            )
    elif name in ("momentum", "nesterov"):
        mu = hp["momentum"]
        v_old = state.velocity
        v = mu * v_old + g
        term("v_old", "velocity before the step", v_old)
        term("v", "velocity", v)
        for j, c in enumerate(comps):
            state_f.append(
                Formula(
                    f"v_{c}",
                    (f"μ v_{c},old + ∂E/∂{c}", f"{f(mu)} × {p(v_old[j])} + {p(g[j])}", f(v[j])),
                )
            )
        if name == "momentum":
            new = theta - lr * v
            for j, c in enumerate(comps):
                update.append(
                    Formula(
                        f"{c}_new",
                        (f"{c} − η v_{c}", f"{before(j)} − {f(lr)} × {p(v[j])}", after(j)),
                    )
                )
        else:
            direction = g + mu * v
            new = theta - lr * direction
            term("g + μv", "look-ahead step direction", direction)
            for j, c in enumerate(comps):
                update.append(
                    Formula(
                        f"{c}_new",
                        (
                            f"{c} − η (∂E/∂{c} + μ v_{c})",
                            f"{before(j)} − {f(lr)} × ({f(g[j])} + {f(mu)} × {p(v[j])})",
                            after(j),
                        ),
                    )
                )
    elif name == "adagrad":
        eps = hp["eps"]
        big_g_old = state.sum_sq
        big_g = big_g_old + g * g
        new = theta - lr * g / (np.sqrt(big_g) + eps)
        term("G_old", "sum of squared gradients before the step", big_g_old)
        term("G", "sum of squared gradients", big_g)
        for j, c in enumerate(comps):
            state_f.append(
                Formula(
                    f"G_{c}",
                    (f"G_{c},old + (∂E/∂{c})²", f"{f(big_g_old[j])} + {p(g[j])}²", f(big_g[j])),
                )
            )
            update.append(
                Formula(
                    f"{c}_new",
                    (
                        f"{c} − η ∂E/∂{c} / (√G_{c} + ε)",
                        f"{before(j)} − {f(lr)} × {p(g[j])} / (√{f(big_g[j])} + {f(eps)})",
                        after(j),
                    ),
                )
            )
    elif name == "rmsprop":
        rho, eps = hp["decay"], hp["eps"]
        s_old = state.sum_sq
        s = rho * s_old + (1.0 - rho) * g * g
        new = theta - lr * g / (np.sqrt(s) + eps)
        term("s_old", "running mean of squared gradients before the step", s_old)
        term("s", "running mean of squared gradients", s)
        for j, c in enumerate(comps):
            state_f.append(
                Formula(
                    f"s_{c}",
                    (
                        f"ρ s_{c},old + (1 − ρ)(∂E/∂{c})²",
                        f"{f(rho)} × {p(s_old[j])} + {f(1.0 - rho)} × {p(g[j])}²",
                        f(s[j]),
                    ),
                )
            )
            update.append(
                Formula(
                    f"{c}_new",
                    (
                        f"{c} − η ∂E/∂{c} / (√s_{c} + ε)",
                        f"{before(j)} − {f(lr)} × {p(g[j])} / (√{f(s[j])} + {f(eps)})",
                        after(j),
                    ),
                )
            )
    elif name == "adam":
        b1, b2, eps = hp["b1"], hp["b2"], hp["eps"]
        t = state.count + 1
        c1 = 1.0 - b1**t
        c2 = 1.0 - b2**t
        mu_old, nu_old = state.mu, state.nu
        mu = b1 * mu_old + (1.0 - b1) * g
        nu = b2 * nu_old + (1.0 - b2) * g * g
        mu_hat = mu / c1
        nu_hat = nu / c2
        new = theta - lr * mu_hat / (np.sqrt(nu_hat) + eps)
        scalars += [("t", float(t)), ("1 − β₁ᵗ", c1), ("1 − β₂ᵗ", c2)]
        term("μ_old", "running mean of gradients before the step", mu_old)
        term("ν_old", "running mean of squared gradients before the step", nu_old)
        term("μ", "running mean of gradients", mu)
        term("ν", "running mean of squared gradients", nu)
        term("μ_corr", "bias-corrected mean of gradients", mu_hat)
        term("ν_corr", "bias-corrected mean of squared gradients", nu_hat)
        state_f += [
            Formula("t", (f"{state.count} + 1", str(t))),
            Formula("1 − β₁ᵗ", (f"1 − {f(b1)}^{t}", f(c1))),
            Formula("1 − β₂ᵗ", (f"1 − {f(b2)}^{t}", f(c2))),
        ]
        for j, c in enumerate(comps):
            state_f += [
                Formula(
                    f"μ_{c}",
                    (
                        f"β₁ μ_{c},old + (1 − β₁) ∂E/∂{c}",
                        f"{f(b1)} × {p(mu_old[j])} + {f(1.0 - b1)} × {p(g[j])}",
                        f(mu[j]),
                    ),
                ),
                Formula(
                    f"ν_{c}",
                    (
                        f"β₂ ν_{c},old + (1 − β₂)(∂E/∂{c})²",
                        f"{f(b2)} × {p(nu_old[j])} + {f(1.0 - b2)} × {p(g[j])}²",
                        f(nu[j]),
                    ),
                ),
            ]
        for j, c in enumerate(comps):
            state_f += [
                Formula(
                    f"μ_{c},corr", (f"μ_{c} / (1 − β₁ᵗ)", f"{f(mu[j])} / {f(c1)}", f(mu_hat[j]))
                ),
                Formula(
                    f"ν_{c},corr", (f"ν_{c} / (1 − β₂ᵗ)", f"{f(nu[j])} / {f(c2)}", f(nu_hat[j]))
                ),
            ]
            update.append(
                Formula(
                    f"{c}_new",
                    (
                        f"{c} − η μ_{c},corr / (√ν_{c},corr + ε)",
                        f"{before(j)} − {f(lr)} × {p(mu_hat[j])} / (√{f(nu_hat[j])} + {f(eps)})",
                        after(j),
                    ),
                )
            )
    else:  # a rule this module does not know: take its word for the update
        updates, _ = optimizer.update(g, state, theta)
        new = theta + updates
        for j, c in enumerate(comps):
            update.append(
                Formula(f"{c}_new", (f"{c} + Δ{c}", f"{before(j)} + {p(updates[j])}", after(j)))
            )

    return new, tuple(terms), tuple(scalars), update, state_f

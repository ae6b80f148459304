"""Numbers and messages, written one way: what the window and the command line say.

One significant-digits policy for numbers (:func:`format_number`), and the sentences
that report how a run stands, composed from plain values (a run's state travels as
values; the words are made here, at the edge that shows them).
"""

from __future__ import annotations

import math

from . import model

__all__ = [
    "DIGITS",
    "at_target",
    "compared_divergence",
    "divergence",
    "edited_data",
    "format_contraction",
    "format_count",
    "format_exact",
    "format_number",
    "run_label",
    "run_outcome",
    "run_status",
    "state_overflow",
]

#: Significant digits of a number shown to a person.
DIGITS = 7
#: Numbers from PLAIN_FROM up to (not including) PLAIN_BELOW are written in plain notation.
PLAIN_FROM = 1e-4
PLAIN_BELOW = 1e6


def format_number(
    value: float, digits: int = DIGITS, *, minus: str = "-", grouping: bool = False
) -> str:
    """A number for a person, with up to ``digits`` significant digits: the one policy.

    Plain notation from 0.0001 up to a million (whole numbers of more than ``digits``
    digits are written out: ``4984``, ``66031``), scientific notation outside it
    (``4.01e-5``, ``3.2e12``, no exponent padding); ``0`` for zero (``-0`` too), ``∞`` for
    infinity and ``—`` for a value that is not a number. ``minus`` is the minus sign (the
    step math writes U+2212); ``grouping`` separates thousands with commas (``66,031``).
    """
    v = float(value)
    if v != v:
        return "—"
    sign = minus if v < 0 else ""
    a = abs(v)
    if a == math.inf:
        return sign + "∞"
    if a == 0:
        return "0"
    rounded = float(f"{a:.{digits}g}")
    if PLAIN_FROM <= rounded < PLAIN_BELOW:
        if rounded >= 10**digits:
            text = f"{a:,.0f}" if grouping else f"{a:.0f}"
        else:
            text = f"{rounded:.{digits}g}"
    else:
        mantissa, exponent = f"{a:.{digits - 1}e}".split("e")
        text = f"{float(mantissa):.{digits}g}e{int(exponent)}"
    return sign + text


def format_exact(value: float) -> str:
    """A number as typed, with every digit: ``2`` for 2.0, ``1e-12``, ``0.1``, ``1e+16``.

    What a person gave back to them (ranges, values refused, the tutorial's output):
    whole numbers below 10¹⁵ without a decimal point, others as Python's ``repr``.
    """
    v = float(value)
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def format_count(count: float) -> str:
    """An iteration count: ``12``, ``50,712``, ``2.4 million``, ``3.1 billion``."""
    if math.isinf(count):
        return "∞"
    count = round(count)
    if count < 1_000_000:
        return f"{count:,}"
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if count >= size:
            return f"{count / size:.2g} {word}" if count < 1e15 else f"{count:.2g}"
    return f"{count:,}"  # pragma: no cover


def format_contraction(rho: float, digits: int = 3) -> str:
    """A contraction factor ρ with enough digits that ``1 - ρ`` shows: ``0.9999925``,
    ``0.744``, ``3.98``."""
    if 0.99 < rho < 1.0:
        decimals = min(math.ceil(-math.log10(1.0 - rho)) + 1, 15)
        return f"{rho:.{decimals}f}"
    if rho == 1.0:
        return "1"
    return format_number(rho, digits, grouping=True)


def run_label(run) -> str:
    """A run's short name for legends: e.g. ``"momentum η=0.0001 norm."``.

    ``run`` is a :class:`~gdviz.core.settings.RunSettings` (or anything with
    ``optimizer``, ``learning_rate`` and ``normalize``).
    """
    text = f"{run.optimizer} η={format_number(run.learning_rate, 6)}"
    return text + (" norm." if run.normalize else "")


def run_outcome(run, analysis: model.Analysis) -> str:
    """How a run that reached its iteration count stands: converged or not, and how far.

    ``run`` is a :class:`~gdviz.core.descent.RunView`.
    """
    iteration = run.iteration
    error = float(run.history.column("error")[-1])
    if run.converged and run.converged_at is not None:
        stopped = " and stopped there" if run.converged_at == iteration else ""
        return (
            f"converged at iteration {run.converged_at}{stopped}: the error is within "
            "tolerance of the optimum"
        )
    optimum = analysis.mse_star
    gap = max(error - optimum, 0.0)
    relative = f", {format_number(100 * gap / optimum, 3)}% above it" if optimum > 0 else ""
    return (
        f"not converged after {iteration} iterations: error {format_number(error, 6)} vs. "
        f"optimum {format_number(optimum, 6)}{relative}"
    )


def run_status(run, analysis: model.Analysis) -> str:
    """One line on how a run stands: diverged, converged or not converged.

    ``run`` is a :class:`~gdviz.core.descent.RunView`.
    """
    if run.diverged_at is not None and run.state_overflow:
        return state_overflow(run, run.diverged_with.name)
    if run.diverged_at is not None:
        return divergence(run, analysis)
    return run_outcome(run, analysis)


def divergence(run, analysis: model.Analysis) -> str:
    """Why a run stopped when its error grew without bound."""
    limit = format_number(analysis.max_stable_learning_rate, 6)
    return (
        f"diverged at iteration {run.diverged_at}: the error grew without bound, so the "
        f"learning rate is too large for this data (plain descent is stable below "
        f"2/λmax = {limit}); showing the last finite state, iteration {run.iteration}"
    )


def state_overflow(run, optimizer_name: str) -> str:
    """Why a run stopped when its optimizer's state overflowed."""
    return (
        f"stopped at iteration {run.diverged_at}: the {optimizer_name} optimizer's running "
        "average of squared gradients overflowed, because the gradients are too large to "
        "square; rescale the data (or normalise it) or use plain descent; showing the last "
        f"finite state, iteration {run.iteration}"
    )


def compared_divergence(runs: list[tuple[int, int]]) -> str:
    """Compared runs that diverged, as ``(run number from 2, iteration)`` pairs."""
    which = ", ".join(f"run {number} (iteration {at})" for number, at in runs)
    return f"diverged: {which}; its learning rate is too large"


def at_target(iteration: int) -> str:
    return (
        f"Already at iteration {iteration}, the set number of iterations: raise "
        "Iterations or press Reset to run again."
    )


def edited_data(n: int, analysis: model.Analysis) -> str:
    """What a change to the points did to the problem."""
    return (
        f"{n} points (edited); least squares b* = {format_number(analysis.b_star)}, "
        f"m* = {format_number(analysis.m_star)}, E* = {format_number(analysis.mse_star)}"
    )

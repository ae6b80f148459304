"""Numbers and messages, written one way: what the window and the command line say.

One policy for numbers (:func:`format_number`): plain notation from 0.0001 up to a
million, scientific outside it, and a value that is zero up to rounding (smaller than
:data:`ROUNDING` times its natural size, :class:`Scales`) written ``0``. Every value the
window computes and shows a student (the State readout, E* on the error plot, the large
display, the results table) is written by :func:`format_value`, with
:data:`SHOWN_DIGITS` significant digits; axes are labelled by :func:`format_tick`,
:func:`format_power_of_ten` and :func:`axis_power` (never a multiplier by the ticks).
And the sentences that report how a run stands, composed from plain values (a run's
state travels as values; the words are made here, at the edge that shows them).

**Plain language.** The window can speak without symbols (View > Plain language): the
words for each symbol are :data:`SYMBOL_WORDS`, and every function here and in
:mod:`gdviz.core.stability` that writes a symbol into a sentence takes ``plain=True`` for
its variant in words (the numbers are the same; a factor ρ kept per step becomes the
percentage ``100·ρ``, :func:`format_percent`). Tooltips and the Stability and Step math
docks keep the symbols.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from . import model
from .i18n import QT_TRANSLATE_NOOP, TranslatedWords, translate

__all__ = [
    "DIGITS",
    "PRINTED_DIGITS",
    "ROUNDING",
    "SHOWN_DIGITS",
    "SYMBOL_WORDS",
    "Scales",
    "at_target",
    "axis_power",
    "compared_divergence",
    "divergence",
    "edited_data",
    "format_contraction",
    "format_count",
    "format_exact",
    "format_number",
    "format_percent",
    "format_power_of_ten",
    "format_tick",
    "format_value",
    "history_kept",
    "is_zero",
    "plain_label",
    "printable",
    "retry_label",
    "run_label",
    "run_outcome",
    "run_status",
    "scale_words",
    "scales",
    "state_overflow",
]

#: Significant digits of a number a person typed, echoed back (an input's text).
DIGITS = 7
#: Significant digits of a value the window computes and shows a student: the readout,
#: E*, the large display, the results table.
SHOWN_DIGITS = 6
#: Significant digits ``gdviz fit`` prints: the same on every machine (the 16th and 17th
#: digits of a long run differ with the order of floating-point sums); ``--json`` keeps all.
PRINTED_DIGITS = 12
#: Numbers from PLAIN_FROM up to (not including) PLAIN_BELOW are written in plain notation.
PLAIN_FROM = 1e-4
PLAIN_BELOW = 1e6
#: A value smaller than this times its natural size is zero up to rounding, written ``0``
#: (a gradient of 1e-13 at the optimum, where the terms it is the difference of are 1e4).
ROUNDING = 1e-9

#: What each symbol says, in words, for the plain-language window.
SYMBOL_WORDS = TranslatedWords(
    "words",
    {
        "η": QT_TRANSLATE_NOOP("words", "learning rate"),
        "λmax": QT_TRANSLATE_NOOP("words", "how steep the steepest direction is"),
        "λmin": QT_TRANSLATE_NOOP("words", "how steep the flattest direction is"),
        "κ": QT_TRANSLATE_NOOP(
            "words", "how many times steeper the valley is one way than the other"
        ),
        "ρ": QT_TRANSLATE_NOOP("words", "share of the distance to the best line kept per step"),
        "2/λmax": QT_TRANSLATE_NOOP(
            "words", "the limit: two divided by how steep the steepest direction is"
        ),
        "1/λmax": QT_TRANSLATE_NOOP("words", "one divided by how steep the steepest direction is"),
        "2/(λmin+λmax)": QT_TRANSLATE_NOOP("words", "the fastest learning rate"),
        "|1 − ηλmax|": QT_TRANSLATE_NOOP(
            "words", "the factor the distance grows by along the steepest direction"
        ),
        "∂E/∂b": QT_TRANSLATE_NOOP("words", "error slope along b"),
        "∂E/∂m": QT_TRANSLATE_NOOP("words", "error slope along m"),
        "Σ r²": QT_TRANSLATE_NOOP("words", "sum of squares"),
    },
)
#: Input labels that are only a symbol, or whose word is not enough without it.
_PLAIN_LABELS = TranslatedWords(
    "words",
    {
        "β₁": QT_TRANSLATE_NOOP("words", "Gradient memory"),
        "β₂": QT_TRANSLATE_NOOP("words", "Squared-gradient memory"),
        "Huber δ": QT_TRANSLATE_NOOP("words", "Huber threshold"),
        "Ridge λ": QT_TRANSLATE_NOOP("words", "Ridge penalty"),
    },
)


def format_number(
    value: float,
    digits: int = DIGITS,
    *,
    minus: str = "-",
    grouping: bool = False,
    scale: float | None = None,
) -> str:
    """A number for a person, with up to ``digits`` significant digits: the one policy.

    Plain notation from 0.0001 up to a million (whole numbers of more than ``digits``
    digits are written out: ``4984``, ``66031``), scientific notation outside it
    (``4.01e-5``, ``3.2e12``, no exponent padding); ``0`` for zero (``-0`` too), ``∞`` for
    infinity and ``—`` for a value that is not a number. ``minus`` is the minus sign (the
    step math writes U+2212); ``grouping`` separates thousands with commas (``66,031``).
    ``scale`` is the value's natural size (see :class:`Scales`): a value within
    :data:`ROUNDING` times it of zero is zero up to rounding, and written ``0``.
    """
    v = float(value)
    if v != v:
        return "—"
    sign = minus if v < 0 else ""
    a = abs(v)
    if a == math.inf:
        return sign + "∞"
    if a == 0 or is_zero(v, scale):
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


def is_zero(value: float, scale: float | None) -> bool:
    """Whether ``value`` is zero up to rounding: within :data:`ROUNDING` × ``scale`` of 0.

    Without a (finite, positive) scale only 0 itself is zero.
    """
    if scale is None or not math.isfinite(scale) or scale <= 0:
        return value == 0
    return abs(value) <= ROUNDING * scale


def format_value(value: float, scale: float | None = None) -> str:
    """A computed value as a student reads it: :data:`SHOWN_DIGITS` significant digits,
    and ``0`` when it is zero up to rounding against ``scale`` (``110.257``, ``0.0472``,
    ``-8.35e-14`` becomes ``0`` with the gradient's scale). Parseable by ``float()``.

    The State readout, the error plot's ``E*``, the large display and the results table
    all write their numbers with it, so one number reads the same everywhere.
    """
    return format_number(value, SHOWN_DIGITS, scale=scale)


class Scales(NamedTuple):
    """The natural size of each number the readout shows, from the data.

    A value many orders of magnitude below its natural size is rounding noise: the
    gradient is computed as a difference of terms this large, so at the optimum it is
    about 1e-16 of them, not 0. :func:`format_value` writes such a value as ``0``.
    """

    b: float  # an intercept, in y's units: the root mean square of y
    m: float  # a slope: rms(y) / rms(x)
    error: float  # a mean squared error: mean(y²)
    grad_b: float  # ∂E/∂b = 2 mean(m x + b - y): 2 rms(y)
    grad_m: float  # ∂E/∂m = 2 mean(x (m x + b - y)): 2 rms(x) rms(y)


def scales(stats: model.Statistics) -> Scales:
    """The :class:`Scales` of a data set (all 0 for data that are all 0)."""
    y_sq = stats.syy / stats.n + stats.y_mean * stats.y_mean
    x_rms = math.sqrt(stats.x_sq_mean) if math.isfinite(stats.x_sq_mean) else math.inf
    y_rms = math.sqrt(y_sq) if math.isfinite(y_sq) else math.inf
    slope = y_rms / x_rms if 0 < x_rms < math.inf else 0.0
    return Scales(y_rms, slope, y_sq, 2.0 * y_rms, 2.0 * x_rms * y_rms)


def format_tick(value: float, spacing: float) -> str:
    """An axis tick: plain notation (one policy with :func:`format_number`); a tick that is
    0 up to rounding against the ticks' ``spacing`` (``1.1e-17`` for ``0.1 - 0.1``) is
    ``0``. Axes whose ticks leave the plain range are rescaled first (:func:`axis_power`).
    """
    return format_number(value, SHOWN_DIGITS, scale=abs(spacing) * 1e3)


def format_power_of_ten(exponent: float, minor: bool = False) -> str:
    """A tick at ``10**exponent`` on a log axis: ``0.001``, ``1``, ``100``, ``10000``
    plainly, and ``10⁻⁷``, ``10⁸`` outside the plain range; a tick between two powers
    (``10**0.3``) with two digits: ``2``, ``0.05``, ``5e-8``. ``minor``: of the ticks
    between powers only 2 and 5 times a power are labelled (the others get ``""``), so
    the nine ticks of a decade do not crowd.
    """
    k = round(exponent)
    if abs(exponent - k) > 1e-9:
        value = 10.0**exponent
        if minor:
            lead = round(value / 10.0 ** math.floor(exponent))
            if lead not in (2, 5):
                return ""
        return format_number(value, 2)
    if 10.0**k < PLAIN_FROM or 10.0**k >= PLAIN_BELOW:
        return "10" + str(k).translate(_SUPERSCRIPTS)
    return format_number(10.0**k)


_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")

#: Words for an axis whose values are shown divided by 10**power.
_SCALE_WORDS = TranslatedWords(
    "words",
    {
        3: QT_TRANSLATE_NOOP("words", "in thousands"),
        6: QT_TRANSLATE_NOOP("words", "in millions"),
        9: QT_TRANSLATE_NOOP("words", "in billions"),
        12: QT_TRANSLATE_NOOP("words", "in trillions"),
        -3: QT_TRANSLATE_NOOP("words", "in thousandths"),
        -6: QT_TRANSLATE_NOOP("words", "in millionths"),
        -9: QT_TRANSLATE_NOOP("words", "in billionths"),
        -12: QT_TRANSLATE_NOOP("words", "in trillionths"),
    },
)


def axis_power(low: float, high: float) -> int:
    """The power of ten (a multiple of 3) to divide an axis' values by so that its ticks
    are plain numbers: 0 for an axis from -0.4 to 0.6 or from 0 to 6000; 6 for one up to
    3.2e7 (ticks 0 to 30, the axis "in millions", :func:`scale_words`); -6 for one that
    spans 2e-6 to 5e-6.
    """
    biggest = max(abs(low), abs(high))
    if not math.isfinite(biggest) or biggest == 0:
        return 0
    if biggest >= PLAIN_BELOW or biggest < PLAIN_FROM * 10:  # (the ticks between a
        # ten-thousandth and a thousandth would need more digits)
        power = 3 * math.floor(math.log10(biggest) / 3)
        return max(-_LARGEST_POWER, min(power, _LARGEST_POWER))  # 10**power is a float
    return 0


#: The largest power :func:`axis_power` gives: ``10**±300`` are floats, subnormals aside.
_LARGEST_POWER = 300


def scale_words(power: int) -> str:
    """How an axis title says its values are divided by 10**power: ``"in millions"``,
    ``"in thousandths"``, ``"in units of 10¹⁵"``; ``""`` for 0."""
    if power == 0:
        return ""
    if power in _SCALE_WORDS:
        return _SCALE_WORDS[power]
    power_of_ten = "10" + str(power).translate(_SUPERSCRIPTS)
    return translate("words", "in units of {power}").format(power=power_of_ten)


def printable(text: str) -> str:
    """``text`` with control characters (from a file name, say) written as escapes, so
    a terminal shows them instead of obeying them: ``"a\\x1b[31mb"``."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


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
    for size, words in (
        (1e12, translate("words", "{n} trillion")),
        (1e9, translate("words", "{n} billion")),
        (1e6, translate("words", "{n} million")),
    ):
        if count >= size:
            return words.format(n=f"{count / size:.2g}") if count < 1e15 else f"{count:.2g}"
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


def format_percent(rho: float) -> str:
    """A factor ρ kept per step as the percentage ``100·ρ``, with enough digits that what
    is lost shows: ``99.99925`` for 0.9999925, ``74.4`` for 0.744, ``398`` for 3.98."""
    if 0.99 < rho < 1.0:
        decimals = min(math.ceil(-math.log10(1.0 - rho)) + 1, 15) - 2
        return f"{100.0 * rho:.{decimals}f}"
    if rho == 1.0:
        return "100"
    return format_number(100.0 * rho, 3, grouping=True)


def plain_label(label: str, symbol: str) -> str:
    """An input's label without its symbol: ``"Learning rate"`` for ``"Learning rate η"``,
    ``"Gradient memory"`` for ``"β₁"``."""
    if label in _PLAIN_LABELS:
        return _PLAIN_LABELS[label]
    text = " ".join(label.replace(symbol, " ").split()) if symbol else label
    return text or label


def run_label(run, plain: bool = False) -> str:
    """A run's short name for legends, its rule named in words: e.g.
    ``"momentum η=0.0001 norm."``, ``"gradient descent η=0.0001"``
    (``plain``: ``"momentum, learning rate 0.0001, normalised"``).

    ``run`` is a :class:`~gdviz.core.settings.RunSettings` (or anything with
    ``optimizer``, ``learning_rate`` and ``normalize``).
    """
    from .optimizers import optimizer_spec  # the registry writes with these words

    rate = format_number(run.learning_rate, 6)
    name = optimizer_spec(run.optimizer).translated("noun")
    if plain:
        text = (
            translate("words", "{name}, learning rate {rate}, normalised")
            if run.normalize
            else translate("words", "{name}, learning rate {rate}")
        )
        return text.format(name=name, rate=rate)
    text = translate("words", "{name} η={rate} norm.") if run.normalize else "{name} η={rate}"
    return text.format(name=name, rate=rate)


def retry_label(learning_rate: float, plain: bool = False) -> str:
    """The button offered after a divergence: ``"Retry with η = 0.0002"``
    (``plain``: ``"Retry with learning rate 0.0002"``)."""
    rate = format_number(learning_rate)
    if plain:
        return translate("words", "Retry with learning rate {rate}").format(rate=rate)
    return translate("words", "Retry with η = {rate}").format(rate=rate)


def run_outcome(run, analysis: model.Analysis) -> str:
    """How a run that reached its iteration count stands: converged or not, and how far.

    ``run`` is a :class:`~gdviz.core.descent.RunView`.
    """
    iteration = run.iteration
    error = float(run.history.column("error")[-1])
    if run.converged and run.converged_at is not None:
        if run.converged_at == iteration:
            text = translate(
                "words",
                "converged at iteration {n} and stopped there: the error is within "
                "tolerance of the optimum",
            )
        else:
            text = translate(
                "words",
                "converged at iteration {n}: the error is within tolerance of the optimum",
            )
        return text.format(n=run.converged_at)
    optimum = analysis.mse_star
    gap = max(error - optimum, 0.0)
    values = {"n": iteration, "error": format_value(error), "optimum": format_value(optimum)}
    if optimum > 0:
        text = translate(
            "words",
            "not converged after {n} iterations: error {error} vs. optimum {optimum}, "
            "{percent}% above it",
        )
        return text.format(**values, percent=format_number(100 * gap / optimum, 3))
    text = translate(
        "words", "not converged after {n} iterations: error {error} vs. optimum {optimum}"
    )
    return text.format(**values)


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
    text = translate(
        "words",
        "diverged at iteration {at}: the error grew without bound, so the learning rate is "
        "too large for this data (plain descent is stable below 2/λmax = {limit}); showing "
        "the last finite state, iteration {n}",
    )
    return text.format(at=run.diverged_at, limit=limit, n=run.iteration)


def state_overflow(run, optimizer_name: str) -> str:
    """Why a run stopped when its optimizer's state overflowed."""
    text = translate(
        "words",
        "stopped at iteration {at}: the {name} optimizer's running average of squared "
        "gradients overflowed, because the gradients are too large to square; rescale the "
        "data (or normalise it) or use plain descent; showing the last finite state, "
        "iteration {n}",
    )
    return text.format(at=run.diverged_at, name=optimizer_name, n=run.iteration)


def compared_divergence(runs: list[tuple[int, int]]) -> str:
    """Compared runs that diverged, as ``(run number from 2, iteration)`` pairs."""
    one = translate("words", "run {number} (iteration {n})")
    which = ", ".join(one.format(number=number, n=at) for number, at in runs)
    return translate("words", "diverged: {runs}; its learning rate is too large").format(runs=which)


def at_target(iteration: int) -> str:
    text = translate(
        "words",
        "Already at iteration {n}, the set number of iterations: raise Iterations or "
        "press Reset to run again.",
    )
    return text.format(n=iteration)


def edited_data(n: int, analysis: model.Analysis) -> str:
    """What a change to the points did to the problem."""
    text = translate("words", "{n} points (edited); least squares b* = {b}, m* = {m}, E* = {e}")
    return text.format(
        n=n,
        b=format_value(analysis.b_star),
        m=format_value(analysis.m_star),
        e=format_value(analysis.mse_star),
    )


def history_kept(limit: int, stride: int) -> str:
    """How much of a long run's history is kept: ``""`` while every iteration is, else
    ``history: every 4th iteration kept after 1 million``."""
    if stride <= 1:
        return ""
    ordinal = {
        1: translate("words", "{n}st"),
        2: translate("words", "{n}nd"),
        3: translate("words", "{n}rd"),
    }.get(stride % 10, translate("words", "{n}th"))
    if stride % 100 in (11, 12, 13):
        ordinal = translate("words", "{n}th")
    text = translate("words", "history: every {ordinal} iteration kept after {count}")
    return text.format(ordinal=ordinal.format(n=f"{stride:,}"), count=format_count(limit))

"""Checkpoints of a stepped lesson: what a student is asked to make happen or to predict.

A checkpoint is part of the lesson format (a step's ``"checkpoint"``, tagged by its
``"kind"``); each kind is a small immutable struct:

- ``{"kind": "diverge"}``: make the run diverge.
- ``{"kind": "error_below", "value": 5, "within_iterations": 200}``: make the error go
  below ``value`` in at most ``within_iterations`` iterations.
- ``{"kind": "predict_next", "tolerance": 0.25}``: mark where the next step lands.
- ``{"kind": "predict_optimum", "tolerance": 0.25}``: mark the best line.

:func:`check` says whether a run meets one, and why, in a line a student reads. It is
pure: it looks at a :class:`~gdviz.core.descent.RunView` (and the student's mark) and
changes nothing. Lines are compared by how far apart they are over the data
(:func:`line_gap`), so b and m count in the units of y. A mark of the next step is met
within ``tolerance`` times the step's length; a mark of the best line within
``tolerance`` times the spread of y (the standard deviation: how far the flat line at the
mean of y is from the data).
"""

from __future__ import annotations

import math
from typing import Annotated, ClassVar, NamedTuple, get_args

import numpy as np
from msgspec import Meta, Struct

from . import model
from .descent import RunView
from .i18n import QT_TRANSLATE_NOOP, translate
from .settings import MAX_ITERATIONS
from .words import format_count, format_value

__all__ = [
    "KINDS",
    "Checkpoint",
    "Diverge",
    "ErrorBelow",
    "Guess",
    "PredictNext",
    "PredictOptimum",
    "Verdict",
    "check",
    "line_gap",
]


def _described(words: str, **values) -> dict:
    """A field's description (what a value must be) for :class:`msgspec.Meta`: ``words``
    filled in, and ``words`` with ``values`` as the lesson's messages translate them."""
    return {"description": words.format(**values), "extra": {"words": words, "values": values}}


_Fraction = Annotated[
    float,
    Meta(
        gt=0, le=1, **_described(QT_TRANSLATE_NOOP("lesson", "a number greater than 0, at most 1"))
    ),
]


class _Kind(Struct, frozen=True, kw_only=True, tag_field="kind", omit_defaults=True):
    #: The student marks a line (b, m) before the checkpoint can be judged.
    needs_guess: ClassVar[bool] = False


class Diverge(_Kind, tag="diverge"):
    """The run diverges."""


class ErrorBelow(_Kind, tag="error_below"):
    """The error goes below ``value`` within ``within_iterations`` iterations of the start."""

    value: Annotated[
        float, Meta(gt=0, **_described(QT_TRANSLATE_NOOP("lesson", "a number greater than 0")))
    ]
    within_iterations: Annotated[
        int,
        Meta(
            ge=1,
            le=MAX_ITERATIONS,
            **_described(
                QT_TRANSLATE_NOOP("lesson", "a whole number from {low} to {high}"),
                low=1,
                high=MAX_ITERATIONS,
            ),
        ),
    ]


class PredictNext(_Kind, tag="predict_next"):
    """The student marks where the next step from the shown iteration lands, within
    ``tolerance`` times the step's length."""

    needs_guess: ClassVar[bool] = True
    tolerance: _Fraction = 0.25


class PredictOptimum(_Kind, tag="predict_optimum"):
    """The student marks the best line (where the run is heading), within ``tolerance``
    times the spread of y."""

    needs_guess: ClassVar[bool] = True
    tolerance: _Fraction = 0.25


Checkpoint = Diverge | ErrorBelow | PredictNext | PredictOptimum
#: The kinds, as files name them.
KINDS = tuple(kind.__struct_config__.tag for kind in get_args(Checkpoint))


class Guess(NamedTuple):
    """The line a student marked, and the iteration shown when they marked it."""

    iteration: int
    b: float
    m: float


class Verdict(NamedTuple):
    """Whether a checkpoint is met, and a line saying why (or what is still missing)."""

    met: bool
    words: str


def line_gap(stats: model.Statistics, b1: float, m1: float, b2: float, m2: float) -> float:
    """How far apart two lines are over the data: the root mean square of their vertical
    gap at the data's x,

    .. math:: \\sqrt{\\tfrac{1}{N}\\sum_i (Δb + Δm\\,x_i)^2}
              = \\sqrt{(Δb + Δm\\,\\bar x)^2 + Δm^2\\,\\mathrm{Var}(x)}
    """
    db, dm = b1 - b2, m1 - m2
    return math.hypot(db + dm * stats.x_mean, dm * math.sqrt(stats.x_var))


def check(
    checkpoint: Checkpoint,
    run: RunView,
    stats: model.Statistics,
    guess: Guess | None = None,
    optimum: tuple[float, float] | None = None,
) -> Verdict:
    """Whether ``run`` meets ``checkpoint``.

    Parameters
    ----------
    checkpoint : Checkpoint
    run : RunView
        The run as it stands (``Descent.view()``).
    stats : Statistics
        The run's data (to measure the distance between lines).
    guess : Guess, optional
        The student's mark, for the two predictions. For ``predict_next`` the run must
        have taken the step from ``guess.iteration``.
    optimum : (b, m), optional
        The best line of the error the run descends; default the least-squares line.
    """
    if isinstance(checkpoint, Diverge):
        if run.diverged_at is not None:
            text = translate("checkpoints", "Yes: the run diverged at iteration {n}.")
            return Verdict(True, text.format(n=run.diverged_at))
        text = translate(
            "checkpoints", "Not yet: after {count} iterations the run has not diverged."
        )
        return Verdict(False, text.format(count=format_count(run.iteration)))
    if isinstance(checkpoint, ErrorBelow):
        return _error_below(checkpoint, run)
    if guess is None:
        return Verdict(False, translate("checkpoints", "Mark a line first."))
    if isinstance(checkpoint, PredictNext):
        if not 0 <= guess.iteration < run.iteration:
            text = translate(
                "checkpoints", "Take the step from iteration {n} to see where it lands."
            )
            return Verdict(False, text.format(n=guess.iteration))
        b0, m0 = run.history.row(guess.iteration)[:2]
        b1, m1 = run.history.row(guess.iteration + 1)[:2]
        scale = line_gap(stats, b0, m0, b1, m1)
        right = translate("checkpoints", "Well predicted: the next step is b = {b}, m = {m}.")
        wrong = translate("checkpoints", "Not quite: the next step is b = {b}, m = {m}.")
    else:
        b1, m1 = optimum or (stats.intercept_star, stats.slope_star)
        scale = math.sqrt(stats.y_var)
        right = translate("checkpoints", "Well predicted: the best line is b = {b}, m = {m}.")
        wrong = translate("checkpoints", "Not quite: the best line is b = {b}, m = {m}.")
    off = line_gap(stats, guess.b, guess.m, b1, m1)
    met = off <= checkpoint.tolerance * scale
    return Verdict(met, (right if met else wrong).format(b=format_value(b1), m=format_value(m1)))


def _error_below(checkpoint: ErrorBelow, run: RunView) -> Verdict:
    limit, within = checkpoint.value, checkpoint.within_iterations
    errors = run.history.column("error")[: within + 1]
    below = np.flatnonzero(errors < limit)
    values = {"limit": format_value(limit), "count": format_count(within)}
    if below.size:
        text = translate("checkpoints", "Yes: the error went below {limit} at iteration {n}.")
        return Verdict(True, text.format(**values, n=below[0]))
    if run.iteration < within and run.diverged_at is None:
        text = translate(
            "checkpoints", "Not yet: the error must go below {limit} within {count} iterations."
        )
        return Verdict(False, text.format(**values))
    text = translate(
        "checkpoints",
        "Not met: the error must go below {limit} within {count} iterations; the lowest "
        "was {lowest}.",
    )
    return Verdict(False, text.format(**values, lowest=format_value(float(errors.min()))))

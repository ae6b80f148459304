"""Predict, then reveal: a student's guess on the contour map and how close it was.

Before a step, the class marks on the contour map where it thinks the next step lands
(a *step* guess) or where the optimum is (an *optimum* guess). Stepping, or revealing the
optimum, then says how far the guess was from the truth, in numbers and in words:

.. math:: d = \\sqrt{(b_g - b)^2 + (m_g - m)^2}

the straight distance in the (b, m) plane. Words need a yardstick, because b and m
carry the data's units: a step guess is judged against the step's own length, an
optimum guess against the distance from where the run stood to the optimum.

While the optimum is hidden, the run's closing words leave its error out
(:func:`hidden_outcome`, :func:`hidden_edit`).
"""

from __future__ import annotations

import math
from typing import NamedTuple

from .i18n import QT_TRANSLATE_NOOP, TranslatedWords, translate
from .words import format_number, format_value, run_outcome

__all__ = [
    "CLOSENESS",
    "KINDS",
    "Guess",
    "Score",
    "distance",
    "hidden_edit",
    "hidden_outcome",
    "make_guess",
    "score",
    "score_text",
]

#: What a guess is about, and how a sentence names it.
KINDS = {"step": "the next step", "optimum": "the optimum"}
#: Words for a guess within each share of the yardstick (the last: anything farther).
CLOSENESS = ((0.1, "very close"), (0.3, "close"), (1.0, "some way off"))
FAR = "far off"
#: The words of :data:`CLOSENESS` (and "exactly right", :data:`FAR`) as the class reads them.
_SAID = TranslatedWords(
    "guess",
    {
        "very close": QT_TRANSLATE_NOOP("guess", "very close"),
        "close": QT_TRANSLATE_NOOP("guess", "close"),
        "some way off": QT_TRANSLATE_NOOP("guess", "some way off"),
        "far off": QT_TRANSLATE_NOOP("guess", "far off"),
        "exactly right": QT_TRANSLATE_NOOP("guess", "exactly right"),
    },
)


class Guess(NamedTuple):
    """A guess placed on the contour map (an immutable value).

    Attributes
    ----------
    kind : str
        ``"step"`` (where the next step lands) or ``"optimum"``.
    b, m : float
        Where it was placed, in the data's own coefficients.
    iteration : int
        The iteration shown when it was placed: a step guess is about the step from it.
    scored : bool
        Whether the class has been told how close it was.
    """

    kind: str
    b: float
    m: float
    iteration: int
    scored: bool = False


class Score(NamedTuple):
    """How close a guess was."""

    distance: float  # in the (b, m) plane
    fraction: float | None  # distance / yardstick; None when the yardstick is 0
    words: str  # "very close", "close", "some way off", "far off" (or "exactly right")

    @property
    def close(self) -> bool:
        """Within the second band of :data:`CLOSENESS` (or exactly right)."""
        if self.fraction is None:
            return self.distance == 0
        return self.fraction <= CLOSENESS[1][0]


def make_guess(kind: str, b: float, m: float, iteration: int) -> Guess:
    """A checked :class:`Guess`.

    Raises
    ------
    ValueError
        If ``kind`` is not one of :data:`KINDS` or ``b``/``m`` is not a finite number.
    """
    if kind not in KINDS:
        raise ValueError(f"a guess is about one of {', '.join(KINDS)} (got {kind!r})")
    b, m = float(b), float(m)
    if not (math.isfinite(b) and math.isfinite(m)):
        raise ValueError(f"a guess needs finite b and m (got b = {b}, m = {m})")
    return Guess(kind, b, m, max(int(iteration), 0))


def distance(b1: float, m1: float, b2: float, m2: float) -> float:
    """Straight distance between ``(b1, m1)`` and ``(b2, m2)`` in the (b, m) plane."""
    return math.hypot(float(b1) - float(b2), float(m1) - float(m2))


def score(guess_b: float, guess_m: float, b: float, m: float, yardstick: float) -> Score:
    """How close ``(guess_b, guess_m)`` came to ``(b, m)``, judged against ``yardstick``.

    The words go by ``d / yardstick`` through :data:`CLOSENESS`; with no yardstick (a
    step of length 0, a run already at the optimum) only an exact guess is right.
    """
    d = distance(guess_b, guess_m, b, m)
    if not (math.isfinite(yardstick) and yardstick > 0):
        return Score(d, None, "exactly right" if d == 0 else FAR)
    fraction = d / yardstick
    words = next((w for limit, w in CLOSENESS if fraction <= limit), FAR)
    return Score(d, fraction, words)


def score_text(kind: str, result: Score, b: float, m: float) -> str:
    """The one line the class reads: distance in numbers, then in words.

    e.g. ``"Your guess was 0.0123 from the next step, (b, m) = (0.0389, 0.742): very
    close (4% of the step's length)."``
    """
    values = {
        "distance": format_value(result.distance),
        "b": format_value(b),
        "m": format_value(m),
        "words": _SAID.get(result.words, result.words),
    }
    if result.fraction is None:
        text = (
            translate(
                "guess",
                "Your guess was {distance} from the next step, (b, m) = ({b}, {m}): {words}.",
            )
            if kind == "step"
            else translate(
                "guess", "Your guess was {distance} from the optimum, (b, m) = ({b}, {m}): {words}."
            )
        )
        return text.format(**values)
    text = (
        translate(
            "guess",
            "Your guess was {distance} from the next step, (b, m) = ({b}, {m}): {words} "
            "({share}% of the step's length).",
        )
        if kind == "step"
        else translate(
            "guess",
            "Your guess was {distance} from the optimum, (b, m) = ({b}, {m}): {words} "
            "({share}% of the way from the run's point).",
        )
    )
    return text.format(**values, share=format_number(100 * result.fraction, 2))


def hidden_outcome(run, analysis) -> str:
    """:func:`gdviz.core.words.run_outcome` without the optimum's error (it is hidden).

    ``run`` is a :class:`~gdviz.core.descent.RunView`.
    """
    if run.converged and run.converged_at is not None:
        return run_outcome(run, analysis)  # says "within tolerance", no number
    error = float(run.history.column("error")[-1])
    text = translate("guess", "not converged after {n} iterations: error {error}")
    return text.format(n=run.iteration, error=format_value(error))


def hidden_edit(n: int) -> str:
    """What a change to the points did, without the hidden least-squares numbers."""
    return translate(
        "guess", "{n} points (edited); the least-squares line stays hidden until Reveal"
    ).format(n=n)

"""Checkpoints of stepped lessons, judged on real descent runs against arithmetic done here."""

from __future__ import annotations

import numpy as np
import pytest

from gdviz.core import model
from gdviz.core.checkpoints import (
    KINDS,
    Diverge,
    ErrorBelow,
    Guess,
    PredictNext,
    PredictOptimum,
    check,
    line_gap,
)
from gdviz.core.settings import RunSettings
from gdviz.core.words import format_value

X = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0])
Y = np.array([3.1, 4.9, 7.2, 8.8, 11.1, 13.2, 14.8, 17.1])
STATS = model.fit_statistics(X, Y)


def _run(rate: float, iterations: int, optimizer: str = "gd"):
    settings = RunSettings(optimizer=optimizer, hyperparameters={"learning_rate": rate})
    descent = settings.make_descent(X, Y)
    descent.run_to(iterations)
    return descent


def _mse(b: float, m: float) -> float:
    return float(np.mean((Y - b - m * X) ** 2))


def test_kinds_are_a_closed_set():
    assert KINDS == ("diverge", "error_below", "predict_next", "predict_optimum")
    assert PredictNext.needs_guess and PredictOptimum.needs_guess
    assert not Diverge.needs_guess and not ErrorBelow.needs_guess


def test_line_gap_is_the_rms_vertical_gap_over_the_data():
    b1, m1, b2, m2 = 0.7, 1.3, -0.4, 2.1
    by_hand = np.sqrt(np.mean(((b1 + m1 * X) - (b2 + m2 * X)) ** 2))
    assert line_gap(STATS, b1, m1, b2, m2) == pytest.approx(by_hand, rel=1e-12)
    assert line_gap(STATS, b1, m1, b1, m1) == 0.0


def test_diverge():
    hessian = 2 * np.array([[1, X.mean()], [X.mean(), np.mean(X**2)]])  # of the MSE
    largest = np.max(np.linalg.eigvalsh(hessian))
    fast, slow = _run(2.2 / largest, 500), _run(1.8 / largest, 500)
    assert fast.diverged and not slow.diverged  # the limit 2/λmax, computed here
    met, words = check(Diverge(), fast.view(), STATS)
    assert met and words == f"Yes: the run diverged at iteration {fast.diverged_at}."
    met, words = check(Diverge(), slow.view(), STATS)
    assert not met and words.startswith("Not yet: after 500 iterations")


def test_error_below_counts_iterations_from_the_start():
    descent = _run(0.01, 300)
    history = descent.history()
    errors = [_mse(b, m) for b, m in zip(history.b, history.m, strict=True)]
    np.testing.assert_allclose(history.error, errors, rtol=1e-9)
    value = 1.0
    first = next(i for i, e in enumerate(errors) if e < value)  # found by hand
    assert 1 < first < 300
    view = descent.view()
    assert check(ErrorBelow(value=value, within_iterations=first), view, STATS).met
    met, words = check(ErrorBelow(value=value, within_iterations=first - 1), view, STATS)
    assert not met and words.startswith("Not met: the error must go below 1 within")
    assert words.endswith(f"the lowest was {format_value(min(errors[:first]))}.")
    early = _run(0.01, first - 5).view()  # the run has not got that far yet
    met, words = check(ErrorBelow(value=value, within_iterations=first), early, STATS)
    assert not met and words.startswith("Not yet")


def test_predict_next_is_met_near_the_step_computed_by_hand():
    rate, at = 0.01, 3
    descent = _run(rate, at + 1)
    b, m = descent.history().b[at], descent.history().m[at]
    residual = Y - b - m * X
    b_next = b - rate * (-2 * residual.mean())
    m_next = m - rate * (-2 * (X * residual).mean())
    assert (descent.b, descent.m) == pytest.approx((b_next, m_next), rel=1e-12)
    view, checkpoint = descent.view(), PredictNext(tolerance=0.25)
    met, words = check(checkpoint, view, STATS, Guess(at, b_next, m_next))
    assert met and words.startswith("Well predicted: the next step is b = ")
    assert not check(checkpoint, view, STATS, Guess(at, b, m)).met  # "it stays put"
    # a fifth of the way back from the step is within 25% of the step's length, 30% is not
    for back, expected in ((0.2, True), (0.3, False)):
        guess = Guess(at, b_next + back * (b - b_next), m_next + back * (m - m_next))
        assert check(checkpoint, view, STATS, guess).met is expected
    met, words = check(checkpoint, _run(rate, at).view(), STATS, Guess(at, b_next, m_next))
    assert not met and words == f"Take the step from iteration {at} to see where it lands."
    assert not check(checkpoint, view, STATS).met  # no mark yet


def test_predict_optimum_uses_the_least_squares_line_by_default():
    m_star, b_star = np.polyfit(X, Y, 1)
    view, checkpoint = _run(0.01, 10).view(), PredictOptimum(tolerance=0.1)
    assert check(checkpoint, view, STATS, Guess(10, b_star + 0.01, m_star)).met
    met, words = check(checkpoint, view, STATS, Guess(10, 0.0, 0.0))
    assert not met and words.startswith("Not quite: the best line is b = ")
    # another error's optimum, given by the caller
    assert check(checkpoint, view, STATS, Guess(10, 5.0, 1.0), optimum=(5.0, 1.0)).met

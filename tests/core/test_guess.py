"""Guesses on the contour map: distances and words, against plain arithmetic."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gdviz.core import guess
from gdviz.core.words import format_value

finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@given(finite, finite, finite, finite)
def test_distance_is_the_straight_line_in_the_b_m_plane(b1, m1, b2, m2):
    by_hand = ((b1 - b2) ** 2 + (m1 - m2) ** 2) ** 0.5
    assert guess.distance(b1, m1, b2, m2) == pytest.approx(by_hand, rel=1e-12, abs=1e-140)
    assert guess.distance(b1, m1, b2, m2) == guess.distance(b2, m2, b1, m1)


def test_a_three_four_five_triangle():
    assert guess.distance(1.0, 2.0, 4.0, 6.0) == 5.0


@pytest.mark.parametrize(
    ("d", "yardstick", "words", "close"),
    [
        (0.5, 10.0, "very close", True),
        (1.0, 10.0, "very close", True),
        (2.0, 10.0, "close", True),
        (3.0, 10.0, "close", True),
        (5.0, 10.0, "some way off", False),
        (10.0, 10.0, "some way off", False),
        (25.0, 10.0, "far off", False),
    ],
)
def test_words_go_by_the_share_of_the_yardstick(d, yardstick, words, close):
    result = guess.score(d, 0.0, 0.0, 0.0, yardstick)
    assert result.distance == d
    assert result.fraction == pytest.approx(d / yardstick)
    assert result.words == words
    assert result.close is close


def test_without_a_yardstick_only_an_exact_guess_is_right():
    assert guess.score(1.0, 2.0, 1.0, 2.0, 0.0).words == "exactly right"
    assert guess.score(1.0, 2.0, 1.0, 2.0, 0.0).close
    far = guess.score(1.0, 2.0, 1.5, 2.0, 0.0)
    assert far.fraction is None and far.words == "far off" and not far.close


def test_the_sentence_has_the_distance_the_target_and_the_share():
    result = guess.score(0.5, 1.24, 0.5, 1.2, 0.5)
    d = math.hypot(0.0, 1.24 - 1.2)
    text = guess.score_text("step", result, 0.5, 1.2)
    assert text == (
        f"Your guess was {format_value(d)} from the next step, (b, m) = (0.5, 1.2): "
        "very close (8% of the step's length)."
    )
    optimum = guess.score_text("optimum", guess.score(3.0, 0.0, 0.0, 0.0, 2.0), 0.0, 0.0)
    assert optimum.startswith("Your guess was 3 from the optimum, (b, m) = (0, 0): far off")
    assert "150% of the way from the run's point" in optimum


def test_make_guess_checks_its_kind_and_numbers():
    assert guess.make_guess("optimum", 1, 2, 3) == guess.Guess("optimum", 1.0, 2.0, 3, False)
    with pytest.raises(ValueError, match="one of step, optimum"):
        guess.make_guess("line", 0, 0, 0)
    with pytest.raises(ValueError, match="finite b and m"):
        guess.make_guess("step", math.nan, 0, 0)


class _History:
    def __init__(self, errors):
        self.errors = errors

    def column(self, name):
        assert name == "error"
        return self.errors


class _Run:
    def __init__(self, converged):
        self.iteration = 40
        self.converged = converged
        self.converged_at = 30 if converged else None
        self.history = _History([9.0, 7.123456789])


def test_hidden_words_leave_the_optimum_out():
    assert guess.hidden_outcome(_Run(False), None) == (
        "not converged after 40 iterations: error 7.12346"
    )
    assert "converged at iteration 30" in guess.hidden_outcome(_Run(True), None)
    assert guess.hidden_edit(12).startswith("12 points (edited)")

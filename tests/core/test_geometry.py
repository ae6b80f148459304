"""Frames for the error curve: steps of 1, 2 and 5 times a power of ten."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gdviz.core.geometry import FRAME_STEPS, curve_frame, nice_ceiling

# every step from 1e-300 to 1e300, written out
STEPS = sorted(float(f"{f}e{k}") for k in range(-300, 301) for f in (1, 2, 5))


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1, 1), (1.0000001, 2), (2, 2), (2.5, 5), (5, 5), (7, 10), (10, 10), (0.003, 0.005)],
)
def test_nice_ceiling_examples(value, expected):
    assert nice_ceiling(value) == pytest.approx(expected, rel=1e-12)


@given(st.floats(min_value=1e-299, max_value=4.9e300))
def test_nice_ceiling_is_the_smallest_step_not_below(value):
    result = nice_ceiling(value)
    steps = np.array(STEPS)
    expected = steps[np.searchsorted(steps, value * (1 - 1e-12))]
    assert result >= value * (1 - 1e-12)
    assert result == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize("value", [0.0, -3.0, float("nan"), float("inf")])
def test_nice_ceiling_of_nothing_usable_is_one(value):
    assert nice_ceiling(value) == 1.0


def test_nice_ceiling_with_other_steps():
    assert nice_ceiling(1.2, FRAME_STEPS) == 1.5
    assert nice_ceiling(5206.7, FRAME_STEPS) == 6000.0
    assert nice_ceiling(7000, FRAME_STEPS) == 8000.0
    assert nice_ceiling(8001, FRAME_STEPS) == 10000.0


def test_frame_holds_the_curve_and_changes_only_in_steps():
    rng = np.random.default_rng(0)
    errors = 5000.0 * np.exp(-np.arange(3000) / 300.0) + 100 + rng.uniform(0, 1, 3000)
    fine = sorted(f * 10.0**k for k in range(5) for f in FRAME_STEPS)
    frames = set()
    for last in range(1, 3000):
        x_lo, x_hi, y_lo, y_hi = curve_frame(last, errors[: last + 1], log=False)
        assert x_lo == 0 <= last <= x_hi
        assert x_hi == min(step for step in fine if step >= last)
        assert y_lo <= errors[: last + 1].min() and errors[: last + 1].max() <= y_hi
        assert errors[: last + 1].max() >= y_hi / 1.5  # the curve fills 2/3 of the height
        frames.add((x_hi, y_hi))
    # x takes each step up to 3000 that a whole number reaches (1.5 is skipped); y one
    assert len(frames) == len([s for s in fine if s <= 3000]) - 1


def test_log_frame_is_whole_decades():
    errors = np.array([3456.0, 120.0, 0.0125])
    assert curve_frame(7, errors, log=True) == (0.0, 8.0, 0.01, 10000.0)
    # an exact power of ten stays its own decade on both ends
    assert curve_frame(7, np.array([100.0, 10.0]), log=True) == (0.0, 8.0, 10.0, 100.0)
    assert curve_frame(7, np.array([100.0]), log=True) == (0.0, 8.0, 100.0, 1000.0)


def test_frame_also_holds_a_given_error():
    errors = np.array([3456.0, 120.0])
    assert curve_frame(3, errors, log=True, also=95.0) == (0.0, 3.0, 10.0, 10000.0)
    assert curve_frame(3, errors, log=False, also=-2.0) == (0.0, 3.0, -2.0, 4000.0)
    assert curve_frame(3, errors, log=True, also=None) == (0.0, 3.0, 100.0, 10000.0)


def test_frame_ignores_non_finite_and_copes_with_nothing():
    errors = np.array([np.nan, 50.0, np.inf, 20.0])
    assert curve_frame(3, errors, log=False) == (0.0, 3.0, 0.0, 50.0)
    assert curve_frame(3, np.array([np.nan]), log=False) == (0.0, 3.0, 0.0, 1.0)
    assert curve_frame(3, np.array([0.0, np.nan]), log=True) == (0.0, 3.0, 0.1, 1.0)
    assert curve_frame(0, np.array([0.0]), log=False) == (0.0, 1.0, 0.0, 1.0)


def test_log_frame_of_subnormal_errors_starts_at_the_smallest_normal_float():
    frame = curve_frame(10, np.array([5e-324, 1.0]), log=True)
    assert frame[2] == np.finfo(np.float64).tiny and frame[3] == 1.0


def test_frame_of_huge_errors_stays_finite():
    frame = curve_frame(10, np.array([1e308, 1.7e308]), log=True)
    assert np.isfinite(frame).all() and frame[3] >= 1.7e308
    frame = curve_frame(10, np.array([1e308, 1.7e308]), log=False)
    assert np.isfinite(frame).all()

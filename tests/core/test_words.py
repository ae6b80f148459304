"""Numbers written one way: significant digits, plain notation, zero up to rounding, axes."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gdviz.core import model
from gdviz.core.words import (
    ROUNDING,
    SHOWN_DIGITS,
    axis_power,
    format_number,
    format_power_of_ten,
    format_tick,
    format_value,
    scale_words,
    scales,
)


def significant(text: str) -> int:
    """Significant digits of a written number (leading zeros and the exponent left out)."""
    mantissa = text.lstrip("-").split("e")[0]
    digits = mantissa.replace(".", "").lstrip("0")
    return len(digits.rstrip("0")) if "." in mantissa else len(digits)


@given(st.floats(min_value=1e-4, max_value=999_999.0))
def test_plain_between_a_ten_thousandth_and_a_million(value):
    for v in (value, -value):
        text = format_value(v)
        assert "e" not in text, text
        assert float(text) == pytest.approx(v, rel=5e-6)


@given(st.one_of(st.floats(min_value=1e6, max_value=1e300), st.floats(1e-300, 9.99e-5)))
def test_scientific_outside_the_plain_range(value):
    text = format_value(value)
    assert "e" in text, text
    assert float(text) == pytest.approx(value, rel=5e-6)


@given(st.floats(min_value=1e-4, max_value=1e5, allow_subnormal=False))
def test_at_most_six_significant_digits(value):
    text = format_value(value)
    assert significant(text) <= SHOWN_DIGITS, text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (110.25738346621318, "110.257"),
        (113.0002842, "113"),
        (5565.107834483211, "5565.11"),
        (0.08893651993741346, "0.0889365"),
        (-1.192068101e-6, "-1.19207e-6"),
        (2e-7, "2e-7"),
        (1.4777440851894448, "1.47774"),
        (66031.3, "66031.3"),
        (0.0, "0"),
    ],
)
def test_examples(value, text):
    assert format_value(value) == text


def test_zero_up_to_rounding_is_written_0():
    # the gradient at the optimum: a difference of terms of about 1e4, left with 1e-13
    assert format_value(-8.35e-14, 7500.0) == "0"
    assert format_value(8.35e-14, 7500.0) == "0"
    assert format_value(ROUNDING * 7500.0, 7500.0) == "0"
    # a value just above rounding is shown
    assert format_value(-2 * ROUNDING * 7500.0, 7500.0) == "-1.5e-5"
    # without a scale, or with one that is not a size, only 0 is zero
    assert format_value(-8.35e-14) == "-8.35e-14"
    for scale in (0.0, -1.0, math.inf, math.nan):
        assert format_value(-8.35e-14, scale) == "-8.35e-14"


def test_scales_are_the_sizes_of_the_terms(seed_xy):
    x, y = seed_xy
    s = scales(model.fit_statistics(x, y))
    rms_x, rms_y = np.sqrt(np.mean(x**2)), np.sqrt(np.mean(y**2))
    assert s.b == pytest.approx(rms_y)
    assert s.m == pytest.approx(rms_y / rms_x)
    assert s.error == pytest.approx(np.mean(y**2))
    assert s.grad_b == pytest.approx(2 * rms_y)
    assert s.grad_m == pytest.approx(2 * rms_x * rms_y)
    # the gradient at the optimum is zero up to rounding; at the start it is not
    a = model.analyse(model.fit_statistics(x, y))
    gb, gm = model.gradient(model.fit_statistics(x, y), a.b_star, a.m_star)
    assert format_value(gb, s.grad_b) == "0" and format_value(gm, s.grad_m) == "0"
    gb0, gm0 = model.gradient(model.fit_statistics(x, y), 0.0, 0.0)
    assert format_value(gb0, s.grad_b) != "0" and format_value(gm0, s.grad_m) != "0"


@pytest.mark.parametrize(
    ("low", "high", "power"),
    [
        (-0.4, 0.6, 0),
        (0, 6000, 0),
        (0, 999_000, 0),
        (0, 3.2e7, 6),
        (2e-6, 5e-6, -6),
        (0, 0, 0),
        (0, 1e-320, -300),  # a subnormal range: still a power whose 10** is a float
        (-1e308, 1e308, 300),
    ],
)
def test_axis_power(low, high, power):
    assert axis_power(low, high) == power


def test_scale_words():
    assert scale_words(0) == ""
    assert scale_words(6) == "in millions"
    assert scale_words(-3) == "in thousandths"
    assert scale_words(15) == "in units of 10¹⁵"


def test_ticks_are_plain():
    assert format_tick(0.30000000000000004, 0.1) == "0.3"
    assert format_tick(1.1e-17, 0.1) == "0"  # 0.1 - 0.1 as pyqtgraph computes it
    assert format_tick(-400.0, 200.0) == "-400"
    assert format_tick(6000.0, 1000.0) == "6000"


def test_log_ticks():
    assert [format_power_of_ten(k) for k in (-7, -4, -2, 0, 3, 5, 6, 12)] == [
        "10⁻⁷",
        "0.0001",
        "0.01",
        "1",
        "1000",
        "100000",
        "10⁶",
        "10¹²",
    ]
    labels = [format_power_of_ten(math.log10(v), minor=True) for v in (2, 3, 5, 7, 20, 0.05)]
    assert labels == ["2", "", "5", "", "20", "0.05"]


def test_format_number_keeps_its_digits_argument():
    assert format_number(110.25738346621318) == "110.2574"  # seven: an input's echo
    assert format_number(110.25738346621318, 4) == "110.3"

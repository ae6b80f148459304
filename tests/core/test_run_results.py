"""The results table's numbers: where a run stands, when it came within 1% of E*."""

from __future__ import annotations

import numpy as np
import pytest

from gdviz.core.descent import Descent
from gdviz.core.optimizers import make_optimizer
from gdviz.core.stability import FRACTION, run_result


def first_within_by_loop(errors, mse_star):
    """The first iteration whose error is within 1% of E*, one row at a time."""
    target = FRACTION * mse_star if mse_star > 0 else FRACTION * (errors[0] - mse_star)
    for i, error in enumerate(errors):
        if error - mse_star <= target:
            return i
    return None


@pytest.mark.parametrize(
    ("name", "rate", "normalize"),
    [("gd", 1e-4, False), ("gd", 0.1, True), ("momentum", 1e-5, False), ("adam", 0.5, False)],
)
def test_iterations_to_within_one_percent_match_a_loop(seed_xy, name, rate, normalize):
    x, y = seed_xy
    run = Descent(x, y, make_optimizer(name, learning_rate=rate), normalize=normalize)
    run.run_to(300)
    rows = run.history()
    mse_star = run.analysis.mse_star
    result = run_result(rows.error, rows.b[-1], rows.m[-1], mse_star)
    assert result.within == first_within_by_loop(rows.error, mse_star)
    assert (result.iteration, result.b, result.m, result.error) == (
        300,
        rows.b[-1],
        rows.m[-1],
        rows.error[-1],
    )
    assert result.diverged_at is None
    # part of the history: as seen at an earlier iteration
    early = run_result(rows.error[:21], rows.b[20], rows.m[20], mse_star)
    assert early.within == first_within_by_loop(rows.error[:21], mse_star)


def test_points_on_a_line_use_the_starting_gap():
    errors = np.array([50.0, 20.0, 5.0, 0.6, 0.4, 0.1])
    assert run_result(errors, 1.0, 2.0, 0.0).within == first_within_by_loop(errors, 0.0) == 4


def test_a_diverged_run_says_where(seed_xy):
    x, y = seed_xy
    run = Descent(x, y, make_optimizer("gd", learning_rate=0.001))
    run.run_to(2000)
    assert run.diverged_at is not None
    rows = run.history()
    result = run_result(rows.error, rows.b[-1], rows.m[-1], run.analysis.mse_star, run.diverged_at)
    assert result.diverged_at == run.diverged_at and result.within is None
    # seen before it diverged, it had not
    early = run_result(rows.error[:5], rows.b[4], rows.m[4], run.analysis.mse_star, run.diverged_at)
    assert early.diverged_at is None

"""A very long run keeps a bounded history: every iteration up to a limit, then every
``stride``-th one (and the newest), while the run itself goes on exactly."""

from __future__ import annotations

import numpy as np
import pytest

from gdviz.core import history as core_history
from gdviz.core import words
from gdviz.core.descent import Descent
from gdviz.core.history import HistoryBuffer
from gdviz.core.optimizers import make_optimizer
from gdviz.core.stability import run_result

LIMIT = 60
#: float64 values per row (b, m, error, ∂E/∂b, ∂E/∂m, rate, stream position, θ (2),
#: optimizer state (5)) and the iteration number (int64), counted by hand.
BYTES_PER_ROW = 8 * (6 + 1 + 2 + 5) + 8


def tutorial_data(n=100, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(20, 70, n)
    return x, 8 + 1.3 * x + rng.normal(0, 10, n)


def stepped(descent: Descent, total: int) -> Descent:
    """Step as the window's worker does: slices of varied size, a view taken after each
    (so the newest row of a slice is one a view may show)."""
    sizes = [1, 7, 333, 1, 1, 4096 + 5, 29]
    i = 0
    while descent.iteration < total and not descent.stopped:
        descent.step(min(sizes[i % len(sizes)], total - descent.iteration))
        descent.view()
        i += 1
    return descent


OPTIMIZERS = [
    ("gd", {"learning_rate": 1e-4}, False),
    ("adam", {"learning_rate": 0.05}, False),
    ("momentum", {"learning_rate": 0.02}, True),
    ("minibatch", {"learning_rate": 1e-4, "batch_size": 8}, False),
    ("sgd", {"learning_rate": 1e-4}, False),
]


def pair(name, hyper, normalize, total, limit=LIMIT):
    """The same run with a small history limit and with all of it kept."""
    x, y = tutorial_data()
    runs = []
    for history_limit in (limit, None):
        d = Descent(
            x,
            y,
            make_optimizer(name, **hyper),
            normalize=normalize,
            random_state=3,
            history_limit=history_limit,
        )
        runs.append(stepped(d, total))
    return runs


@pytest.mark.parametrize(("name", "hyper", "normalize"), OPTIMIZERS)
def test_a_long_run_ends_exactly_where_a_fully_kept_one_does(name, hyper, normalize):
    total = 5 * LIMIT * 40  # 12,000 iterations against a limit of 60
    thin, full = pair(name, hyper, normalize, total)
    assert thin.iteration == full.iteration == total
    assert (thin.b, thin.m, thin.error) == (full.b, full.m, full.error)
    assert thin.current == full.current
    assert len(full.history()) == total + 1
    h = thin.view().history
    assert h.thinned and len(h) <= 2 * LIMIT
    assert h.nbytes <= 2 * LIMIT * BYTES_PER_ROW == h.nbytes  # full capacity, no more
    # each kept row is the row of its iteration in the full run, to the last bit
    kept = thin.history()
    whole = full.history()
    for field in kept._fields:
        np.testing.assert_array_equal(getattr(kept, field), getattr(whole, field)[kept.iteration])


def test_kept_iterations_are_all_before_the_limit_then_every_stride_th():
    thin, _ = pair("gd", {"learning_rate": 1e-4}, False, 20_000)
    h = thin.view().history
    its = h.column("iteration")
    stride = h.stride
    assert stride > 1 and stride & (stride - 1) == 0  # a power of two
    np.testing.assert_array_equal(its[:LIMIT], np.arange(LIMIT))
    assert its[-1] == thin.iteration  # the newest is always kept
    assert (np.diff(its) > 0).all()
    grid = np.arange(LIMIT, thin.iteration + 1, stride)
    assert np.isin(grid, its).all()  # every stride-th iteration after the limit is there
    # the text the window shows
    assert words.history_kept(h.limit, h.stride) == (
        f"history: every {stride}th iteration kept after 60"
    )


def test_every_row_count_stays_within_the_bound_as_the_run_goes_on():
    x, y = tutorial_data()
    d = Descent(x, y, history_limit=LIMIT)
    for _ in range(300):
        d.step(97)
        view = d.view()
        assert len(view.history) <= 2 * LIMIT
        assert view.history.nbytes <= 2 * LIMIT * BYTES_PER_ROW
    assert d.iteration == 300 * 97


def test_the_stated_bound_in_bytes():
    assert core_history.ROW_BYTES == BYTES_PER_ROW == 120
    assert core_history.HISTORY_BOUND_BYTES == 2 * core_history.HISTORY_LIMIT * 120
    assert core_history.HISTORY_BOUND_BYTES == 240_000_000
    buffer = HistoryBuffer(capacity=2_000_000_000, limit=1000)  # the Iterations box's most
    assert buffer.nbytes == buffer.bound_bytes == 2000 * 120
    buffer.reserve(10**12)
    assert buffer.nbytes == 2000 * 120
    x, y = tutorial_data()
    d = Descent(x, y, capacity=2_000_000_000, history_limit=1000)
    d.reserve(2_000_000_000)
    assert d.view().history.nbytes == 2000 * 120
    with pytest.raises(ValueError, match=r"^the history limit must be at least 2 iterations"):
        HistoryBuffer(limit=1)


def test_snapshot_of_a_thinned_iteration_is_the_nearest_kept_one_before_it():
    thin, full = pair("adam", {"learning_rate": 0.05}, False, 9000)
    its = thin.history().iteration
    assert thin.snapshot(LIMIT - 1) == full.snapshot(LIMIT - 1)  # before the limit: all kept
    missing = [i for i in range(LIMIT, 9000) if i not in set(its.tolist())][::97]
    assert len(missing) > 20
    h = thin.view().history
    for i in missing:
        before = int(its[its <= i].max())
        shot = thin.snapshot(i)
        assert shot.iteration == before == h.kept(i)
        assert shot == full.snapshot(before)
        assert h.row(i) == h.row(before) == full.view().history.row(before)
        assert h.kept_after(i) == int(its[its > i].min())  # stepping forward: next kept
        assert h.kept(i - 1) <= before  # stepping back never moves forward
    for k in range(1, its.size):  # back and forward move between neighbouring kept rows
        assert h.kept(int(its[k]) - 1) == int(its[k - 1])
        assert h.kept_after(int(its[k - 1])) == int(its[k])
    assert h.kept_after(thin.iteration) == thin.iteration


@pytest.mark.parametrize(("name", "hyper", "normalize"), OPTIMIZERS)
def test_rewind_to_a_thinned_iteration_goes_to_the_kept_one_and_replays_exactly(
    name, hyper, normalize
):
    thin, full = pair(name, hyper, normalize, 9000)
    its = thin.history().iteration
    target = int(its[its.size * 2 // 3]) + 1  # just after a kept row: not kept
    assert target not in set(its.tolist())
    kept = int(its[its <= target].max())
    view = thin.view()
    before = view.history.rows().copy()
    thin.rewind(target)
    assert thin.iteration == kept
    assert thin.current == full.snapshot(kept)
    # a view taken before the rewind still shows what it showed
    np.testing.assert_array_equal(view.history.rows().b, before.b)
    stepped(thin, 12_000)
    stepped(full, 12_000)
    assert (thin.b, thin.m, thin.error) == (full.b, full.m, full.error)
    assert len(thin.history()) <= 2 * LIMIT


def test_rewind_before_the_limit_keeps_every_iteration_again():
    thin, full = pair("gd", {"learning_rate": 1e-4}, False, 5000)
    thin.rewind(LIMIT // 2)
    h = thin.view().history
    assert not h.thinned and len(h) == LIMIT // 2 + 1
    stepped(thin, LIMIT + 5)
    its = thin.history().iteration
    np.testing.assert_array_equal(its, np.arange(LIMIT + 6))
    assert thin.current == full.snapshot(LIMIT + 5)


def test_convergence_found_in_the_thinned_part_is_exact():
    x, y = tutorial_data()
    runs = []
    for limit in (LIMIT, None):
        gd = make_optimizer("gd", learning_rate=1e-3)
        d = Descent(x, y, gd, normalize=True, history_limit=limit)
        runs.append(stepped(d, 10_000))
    thin, full = runs
    assert full.converged_at is not None and full.converged_at > 10 * LIMIT
    assert thin.converged_at == full.converged_at
    assert thin.view().converged_at == full.converged_at
    assert full.converged_at not in set(thin.history().iteration.tolist())  # thinned away
    # independent check: the first iteration of the full history within tolerance
    rows = full.history()
    gap = rows.error - full.analysis.mse_star
    within = np.flatnonzero(gap <= full.tol * np.var(y))
    assert abs(int(within[0]) - thin.converged_at) <= 1


def test_divergence_in_the_thinned_part_is_exact():
    x, y = tutorial_data()
    hessian = 2 * np.array([[1, x.mean()], [x.mean(), np.mean(x * x)]])
    rate = 1.002 * 2 / np.linalg.eigvalsh(hessian).max()  # just above stable: slow blow-up
    runs = []
    for limit in (LIMIT, None):
        d = Descent(x, y, make_optimizer("gd", learning_rate=rate), history_limit=limit)
        runs.append(stepped(d, 100_000))
    thin, full = runs
    assert full.diverged_at is not None and full.diverged_at > 20 * LIMIT
    assert thin.diverged_at == full.diverged_at == thin.iteration + 1
    assert thin.diverged_with.name == full.diverged_with.name == "gd"
    assert thin.diverged_with.hyperparams == full.diverged_with.hyperparams
    assert (thin.b, thin.m, thin.error) == (full.b, full.m, full.error)
    assert thin.status_message() == full.status_message()


def test_views_published_before_thinning_do_not_change():
    x, y = tutorial_data()
    d = Descent(x, y, history_limit=LIMIT)
    d.step(2 * LIMIT - 3)
    early = d.view().history
    copy = early.rows().copy()
    for _ in range(50):
        d.step(37)
        d.view()
    assert d.view().history.thinned
    assert len(early) == 2 * LIMIT - 2
    for field in copy._fields:
        np.testing.assert_array_equal(getattr(early.rows(), field), getattr(copy, field))


def test_rows_between_two_iterations_are_the_kept_ones_in_that_range():
    thin, _ = pair("gd", {"learning_rate": 1e-4}, False, 8000)
    its = thin.history().iteration
    for start, stop in [(0, LIMIT), (LIMIT - 3, LIMIT + 500), (1234, 1235), (7000, None)]:
        got = thin.history(start, stop).iteration
        end = np.inf if stop is None else stop
        np.testing.assert_array_equal(got, its[(its >= start) & (its < end)])


def test_results_table_numbers_read_iterations_of_thinned_rows():
    thin, full = pair("gd", {"learning_rate": 1e-3}, True, 8000)
    h = thin.view().history
    mse_star = thin.analysis.mse_star
    thinned = run_result(h.column("error"), thin.b, thin.m, mse_star, None, h.column("iteration"))
    whole = run_result(full.history().error, full.b, full.m, mse_star)
    assert thinned.iteration == whole.iteration == 8000
    assert (thinned.b, thinned.m, thinned.error) == (whole.b, whole.m, whole.error)
    # within 1% of E*: past the limit, the first kept iteration at or after the exact one
    assert whole.within is not None and whole.within > LIMIT
    assert thinned.within == h.kept_after(whole.within - 1) >= whole.within


@pytest.mark.parametrize(
    ("stride", "text"),
    [
        (1, ""),
        (2, "history: every 2nd iteration kept after 1 million"),
        (4, "history: every 4th iteration kept after 1 million"),
        (32, "history: every 32nd iteration kept after 1 million"),
        (1024, "history: every 1,024th iteration kept after 1 million"),
    ],
)
def test_the_words_for_a_thinned_history(stride, text):
    assert words.history_kept(1_000_000, stride) == text

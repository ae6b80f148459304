"""Editing points by hand and the squared-residual squares, against plain arithmetic."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdviz.core import model, points

X = np.array([0.0, 1.0, 2.0, 3.0])
Y = np.array([1.0, 3.0, 2.0, 5.0])

coords = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False)


@st.composite
def data_and_line(draw):
    n = draw(st.integers(2, 30))
    x = np.array(draw(st.lists(coords, min_size=n, max_size=n)))
    y = np.array(draw(st.lists(coords, min_size=n, max_size=n)))
    b = draw(st.floats(-100, 100))
    m = draw(st.floats(-10, 10))
    aspect = draw(st.floats(1e-3, 1e3))
    return x, y, b, m, aspect


# ---------------------------------------------------------------------- edits
def test_add_point_appends_and_leaves_the_input_alone():
    x0, y0 = X.copy(), Y.copy()
    x, y = points.add_point(X, Y, 4.5, -2.0)
    assert x.tolist() == [0.0, 1.0, 2.0, 3.0, 4.5]
    assert y.tolist() == [1.0, 3.0, 2.0, 5.0, -2.0]
    assert np.array_equal(X, x0) and np.array_equal(Y, y0)


def test_edits_work_on_read_only_arrays():
    x, y = X.copy(), Y.copy()
    x.flags.writeable = False
    y.flags.writeable = False
    nx, ny = points.move_point(x, y, 1, 7.0, 8.0)
    assert nx[1] == 7.0 and ny[1] == 8.0
    assert x[1] == 1.0


def test_move_point_changes_only_that_point():
    x, y = points.move_point(X, Y, 2, 2.5, 10.0)
    assert x.tolist() == [0.0, 1.0, 2.5, 3.0]
    assert y.tolist() == [1.0, 3.0, 10.0, 5.0]
    assert Y[2] == 2.0


def test_remove_point_then_insert_gives_back_the_same_arrays():
    x, y = points.remove_point(X, Y, 1)
    assert x.tolist() == [0.0, 2.0, 3.0]
    assert y.tolist() == [1.0, 2.0, 5.0]
    bx, by = points.insert_point(x, y, 1, X[1], Y[1])
    assert np.array_equal(bx, X) and np.array_equal(by, Y)


@pytest.mark.parametrize(
    ("x", "y", "i"),
    [
        ([0.0, 1.0], [0.0, 1.0], 0),  # one point would remain
        ([0.0, 1.0, 1.0], [0.0, 1.0, 2.0], 0),  # only x = 1 would remain
    ],
)
def test_remove_refuses_to_leave_no_line(x, y, i):
    with pytest.raises(ValueError, match="a line needs at least two points with different x"):
        points.remove_point(np.array(x), np.array(y), i)


def test_move_refuses_to_make_x_constant():
    with pytest.raises(ValueError, match="a line needs at least two points with different x"):
        points.move_point(np.array([0.0, 1.0]), np.array([0.0, 1.0]), 0, 1.0, 5.0)
    # the same x for two of three points is fine
    x, _ = points.move_point(np.array([0.0, 1.0, 2.0]), np.array([0.0, 1.0, 2.0]), 0, 1.0, 5.0)
    assert x.tolist() == [1.0, 1.0, 2.0]


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, "abc", None])
def test_non_finite_points_are_refused(bad):
    with pytest.raises(ValueError, match="a point needs"):
        points.add_point(X, Y, bad, 1.0)
    with pytest.raises(ValueError, match="a point needs"):
        points.move_point(X, Y, 0, 1.0, bad)


@pytest.mark.parametrize("i", [-1, 4, 100])
def test_unknown_index_is_refused(i):
    with pytest.raises(ValueError, match=f"no point number {i} \\(there are 4 points\\)"):
        points.remove_point(X, Y, i)
    with pytest.raises(ValueError, match="no point number"):
        points.move_point(X, Y, i, 0.0, 0.0)


SPREAD = np.array([1.0, 2.0, 3.0])
TINY = np.array([2.0 - 1e-13, 2.0, 2.0 + 1e-13])


@pytest.mark.parametrize(
    ("x", "edit", "action", "result"),
    [
        (
            SPREAD,
            lambda x, y: points.move_point(x, y, 1, 1e300, 3.0),
            "cannot move the point there",
            ([1.0, 1e300, 3.0], [1.0, 3.0, 3.0]),
        ),
        (
            SPREAD,
            lambda x, y: points.add_point(x, y, 2.5, 1e300),
            "cannot add the point there",
            ([1.0, 2.0, 3.0, 2.5], [1.0, 2.0, 3.0, 1e300]),
        ),
        (
            np.append(TINY, 5.0),
            lambda x, y: points.remove_point(x, y, 3),
            "cannot delete the point",
            (TINY.tolist(), [1.0, 2.0, 3.0]),
        ),
    ],
    ids=["x-near-1e300", "y-near-1e300", "tiny-spread-left"],
)
def test_edits_refuse_data_a_file_would_be_refused_for(x, edit, action, result):
    """An edit that leaves data floats cannot fit is refused with check_data's reason."""
    y = np.arange(1.0, x.size + 1.0)
    with pytest.raises(ValueError) as info:
        edit(x, y)
    with pytest.raises(ValueError) as direct:
        model.check_data(np.array(result[0]), np.array(result[1]))
    assert str(info.value) == f"{action}: {direct.value}"
    assert "\n" not in str(info.value)


def test_insert_position_is_checked():
    with pytest.raises(ValueError, match="position 5"):
        points.insert_point(X, Y, 5, 0.0, 0.0)


# ---------------------------------------------------------------------- nearest
def test_nearest_point_uses_screen_units():
    x = np.array([0.0, 10.0])
    y = np.array([0.0, 1.0])
    # 1 x unit and 0.01 y units per pixel: (9, 0.9) is 1 px left of and 10 px below
    # point 1, but 9 px right of and 90 px above point 0
    i, d = points.nearest_point(x, y, 9.0, 0.9, 1.0, 0.01)
    assert i == 1
    assert d == pytest.approx(math.hypot(1.0, 10.0))
    i, d = points.nearest_point(x, y, 1.0, 0.5, 0.01, 1.0)  # x stretched: 100 px per unit
    assert i == 0
    assert d == pytest.approx(math.hypot(100.0, 0.5))


@given(
    st.lists(st.tuples(coords, coords), min_size=1, max_size=40),
    coords,
    coords,
    st.floats(1e-3, 1e3),
    st.floats(1e-3, 1e3),
)
def test_nearest_point_matches_a_plain_loop(pts, px, py, sx, sy):
    x = np.array([p[0] for p in pts])
    y = np.array([p[1] for p in pts])
    i, d = points.nearest_point(x, y, px, py, sx, sy)
    dists = [math.hypot((a - px) / sx, (b - py) / sy) for a, b in pts]
    assert d == pytest.approx(min(dists), rel=1e-9)
    assert dists[i] == pytest.approx(min(dists), rel=1e-9)


def test_nearest_point_of_nothing():
    assert points.nearest_point(np.empty(0), np.empty(0), 0.0, 0.0, 1.0, 1.0) == (-1, math.inf)


def test_nearest_point_needs_positive_scales():
    with pytest.raises(ValueError, match="greater than 0"):
        points.nearest_point(X, Y, 0.0, 0.0, 0.0, 1.0)


# ---------------------------------------------------------------------- squares
def test_squares_of_a_small_example():
    # line y = x: residuals 1, 2, 0, 2 for the points below
    x = np.array([0.0, 1.0, 2.0, 3.0])
    y = np.array([1.0, -1.0, 2.0, 5.0])
    sq = points.squares(x, y, 0.0, 1.0, aspect=0.5)
    assert sq.residual.tolist() == [1.0, -2.0, 0.0, 2.0]
    assert sq.height.tolist() == [1.0, 2.0, 0.0, 2.0]
    assert sq.width.tolist() == [0.5, 1.0, 0.0, 1.0]
    assert sq.bottom.tolist() == [0.0, -1.0, 2.0, 3.0]
    # rising line: above it the squares reach left, below it right
    assert sq.left.tolist() == [-0.5, 1.0, 2.0, 2.0]
    assert sq.area.tolist() == [1.0, 4.0, 0.0, 4.0]


def test_squares_of_a_flat_line_reach_right():
    sq = points.squares(np.array([1.0, 2.0]), np.array([3.0, -3.0]), 0.0, 0.0)
    assert sq.left.tolist() == [1.0, 2.0]
    assert sq.width.tolist() == [3.0, 3.0]


def test_squares_total_area_on_the_tutorial_data(seed_xy):
    x, y = seed_xy
    b, m = 0.08893651993741346, 1.4777440851894448
    sq = points.squares(x, y, b, m, aspect=0.37)
    assert float(np.sum(sq.area)) == pytest.approx(x.size * model.mse_direct(x, y, b, m))
    assert float(np.sum(sq.width * sq.height)) / 0.37 == pytest.approx(float(np.sum(sq.area)))


@settings(max_examples=200)
@given(data_and_line())
def test_squares_area_is_n_times_the_error(case):
    x, y, b, m, aspect = case
    sq = points.squares(x, y, b, m, aspect)
    expected = x.size * model.mse_direct(x, y, b, m)
    assert float(np.sum(sq.area)) == pytest.approx(expected, rel=1e-9, abs=1e-9)
    # on screen the rectangles are squares: width in pixels equals height in pixels
    np.testing.assert_allclose(sq.width, sq.height * aspect, rtol=1e-12)


@settings(max_examples=200)
@given(data_and_line())
def test_squares_sit_between_point_and_line_without_crossing_it(case):
    x, y, b, m, aspect = case
    sq = points.squares(x, y, b, m, aspect)
    xs, ys = sq.outline()
    assert xs.shape == ys.shape == (x.size, 5)
    fitted = m * x + b
    scale = 1e-9 * (1.0 + np.abs(y) + np.abs(fitted) + np.abs(m) * (np.abs(x) + sq.width))
    for i in range(x.size):
        # the residual segment is the square's vertical side: the point is a corner and
        # the square spans exactly from the point to the line in height
        assert np.any(np.isclose(xs[i], x[i]) & np.isclose(ys[i], y[i]))
        assert sq.bottom[i] == pytest.approx(min(y[i], fitted[i]))
        assert sq.bottom[i] + sq.height[i] == pytest.approx(max(y[i], fitted[i]), abs=1e-9)
        assert xs[i, 0] == xs[i, -1] and ys[i, 0] == ys[i, -1]  # closed
        # every corner is on the point's side of the line (or on it)
        side = ys[i] - (m * xs[i] + b)
        r = sq.residual[i]
        if r > 0:
            assert np.all(side >= -scale[i])
        elif r < 0:
            assert np.all(side <= scale[i])


def test_squares_outline_turns_counter_clockwise():
    sq = points.squares(X, Y, 0.0, 1.0)
    xs, ys = sq.outline()
    # shoelace formula: positive signed area for counter-clockwise polygons
    signed = 0.5 * np.sum(xs[:, :-1] * ys[:, 1:] - xs[:, 1:] * ys[:, :-1], axis=1)
    np.testing.assert_allclose(signed, sq.width * sq.height)


def test_clipped_squares_keep_their_residuals_and_stay_in_the_box():
    sq = points.squares(X, Y, 0.0, 1.0)  # residuals 1, 2, 0, 2
    box = sq.clipped(-0.25, 2.5, 0.5, 4.0)
    assert box.residual.tolist() == sq.residual.tolist()
    assert np.all(box.left >= -0.25) and np.all(box.left + box.width <= 2.5)
    assert np.all(box.bottom >= 0.5) and np.all(box.bottom + box.height <= 4.0)
    # square 0 spans [-1, 0] x [0, 1]: clipped to [-0.25, 0] x [0.5, 1]
    assert (box.left[0], box.width[0], box.bottom[0], box.height[0]) == (-0.25, 0.25, 0.5, 0.5)
    # square 3 spans [1, 3] x [3, 5]: clipped to [1, 2.5] x [3, 4]
    assert (box.left[3], box.width[3], box.bottom[3], box.height[3]) == (1.0, 1.5, 3.0, 1.0)


def test_squares_need_a_positive_aspect():
    with pytest.raises(ValueError, match="aspect"):
        points.squares(X, Y, 0.0, 1.0, aspect=0.0)
    with pytest.raises(ValueError, match="aspect"):
        points.squares(X, Y, 0.0, 1.0, aspect=math.nan)


def test_squares_of_a_runaway_line_stay_finite():
    sq = points.squares(X, Y, 1e300, 1e308)
    for column in sq:
        assert np.all(np.isfinite(column))

"""What the panels draw, computed in the core: the gradient arrow's length, where a legend
goes, the dashes of a 3D line, the colour bar's bands and ticks, each rule's look."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gdviz.core import model, words
from gdviz.core import optimizers as opt
from gdviz.core import surface as core_surface
from gdviz.core.descent import Descent
from gdviz.core.geometry import (
    CORNERS,
    arrow_fraction,
    arrow_length_px,
    dash_segments,
    gradient_noise,
    legend_place,
    line_samples,
)
from gdviz.core.optimizers import make_optimizer

# ---------------------------------------------------------------------------- the arrow


@given(st.floats(min_value=1e-6, max_value=1.0), st.floats(min_value=-math.pi, max_value=math.pi))
def test_arrow_length_is_proportional_to_the_gradient(share, angle):
    reference = (300.0, -7000.0)
    size = share * math.hypot(*reference)
    gradient = (size * math.cos(angle), size * math.sin(angle))
    assert arrow_fraction(gradient, reference) == pytest.approx(share, rel=1e-9)
    half = (gradient[0] / 2, gradient[1] / 2)
    assert arrow_fraction(half, reference) == pytest.approx(share / 2, rel=1e-9)


def test_arrow_is_clamped_and_gone_at_zero():
    assert arrow_fraction((3e4, 0.0), (3.0, 4.0)) == 1.0  # a growing (diverging) gradient
    assert arrow_fraction((0.0, 0.0), (3.0, 4.0)) == 0.0
    assert arrow_fraction((1e-13, -8e-14), (3.0, 4.0), noise=1e-6) == 0.0
    assert arrow_fraction((math.nan, 1.0), (3.0, 4.0)) == 0.0
    assert arrow_fraction((math.inf, 1.0), (3.0, 4.0)) == 0.0
    assert arrow_fraction((1.0, 1.0), (0.0, 0.0)) == 1.0  # started at the optimum


def test_arrow_pixels_follow_the_fraction_and_fit_the_view():
    assert arrow_length_px(1.0, (800, 600), longest=70) == 70
    assert arrow_length_px(0.5, (800, 600), longest=70) == 35
    assert arrow_length_px(1.0, (100, 60), longest=70, share=0.3) == pytest.approx(18)
    assert arrow_length_px(0.0, (800, 600)) == 0


def test_the_arrow_shrinks_to_nothing_as_descent_converges(seed_xy):
    """Normalised descent to convergence: the arrow shortens with the gradient and is
    gone at the optimum, where the gradient is rounding noise."""
    x, y = seed_xy
    run = Descent(x, y, make_optimizer("gd", learning_rate=0.3), normalize=True)
    run.run_to(400)
    rows = run.history()
    noise = gradient_noise(words.scales(run.stats))
    start = (rows.grad_b[0], rows.grad_m[0])
    lengths = [
        arrow_fraction((rows.grad_b[i], rows.grad_m[i]), start, noise) for i in range(len(rows.b))
    ]
    assert lengths[0] == 1.0
    assert lengths[-1] == 0.0
    assert 0 < lengths[5] < 1
    sizes = np.hypot(rows.grad_b, rows.grad_m) / math.hypot(*start)
    shown = np.array(lengths) > 0
    np.testing.assert_allclose(np.array(lengths)[shown], np.minimum(sizes[shown], 1), rtol=1e-9)


# ---------------------------------------------------------------------------- legends
FIVE_X = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
FIVE_Y = np.array([2.1, 3.9, 6.2, 7.8, 10.1])


def _covered(x, y, x_range, y_range, box, corner):
    fx = (x - x_range[0]) / (x_range[1] - x_range[0])
    fy = (y - y_range[0]) / (y_range[1] - y_range[0])
    left = fx <= box[0] if corner.endswith("left") else fx >= 1 - box[0]
    top = fy >= 1 - box[1] if corner.startswith("top") else fy <= box[1]
    return int(np.sum(left & top))


def test_the_emptiest_corner_of_a_rising_cloud():
    """Five points on a rising line leave the top left and the bottom right empty."""
    place = legend_place(FIVE_X, FIVE_Y, (0.8, 5.2), (1.5, 10.6), (0.4, 0.35))
    assert place.corner in ("top-left", "bottom-right") and place.covered == 0
    assert place.y_range == (1.5, 10.6)


def test_the_legend_avoids_the_least_squares_line_among_empty_corners():
    x, y = np.array([0.5, 9.5]), np.array([9.5, 9.5])  # two points at the top
    lx, ly = line_samples(0.0, 1.0, 0.0, 10.0)  # y = x: through bottom left, top right
    place = legend_place(x, y, (0, 10), (0, 10), (0.3, 0.3), avoid=(lx, ly))
    assert place.corner == "bottom-right"


@given(
    st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=60),
    st.floats(0.1, 0.6),
    st.floats(0.05, 0.5),
)
def test_a_grown_view_leaves_the_legend_no_point(points, width, height):
    x, y = (np.array(v) for v in zip(*points, strict=True))
    place = legend_place(x, y, (-0.05, 1.05), (-0.05, 1.05), (width, height), grow=10.0)
    assert place.corner in CORNERS
    assert place.covered == 0
    assert _covered(x, y, (-0.05, 1.05), place.y_range, (width, height), place.corner) == 0
    assert place.y_range[0] <= -0.05 and place.y_range[1] >= 1.05  # grown, never shrunk


def test_without_room_to_grow_the_least_covered_corner_is_reported():
    x, y = np.random.default_rng(1).uniform(0, 1, (2, 400))
    place = legend_place(x, y, (0, 1), (0, 1), (0.5, 0.5))
    assert place.covered > 0
    counts = {c: _covered(x, y, (0, 1), (0, 1), (0.5, 0.5), c) for c in CORNERS}
    assert place.covered == min(counts.values())


# ---------------------------------------------------------------------------- dashes
def test_dashes_cover_the_drawn_share_of_the_line():
    line = np.array([[0.0, 0.0, 0.0], [3.0, 0.0, 0.0], [3.0, 4.0, 0.0]])  # 7 long
    pieces = dash_segments(line, (0.4, 0.3)).reshape(-1, 2, 3)
    drawn = np.linalg.norm(pieces[:, 1] - pieces[:, 0], axis=1).sum()
    assert drawn == pytest.approx(7.0 * 0.4 / 0.7, rel=0.05)
    solid = dash_segments(line, ()).reshape(-1, 2, 3)
    assert np.linalg.norm(solid[:, 1] - solid[:, 0], axis=1).sum() == pytest.approx(7.0)


# ---------------------------------------------------------------------------- colour bar
def test_bands_and_their_ticks(seed_xy):
    x, y = seed_xy
    stats = model.fit_statistics(x, y)
    extent = core_surface.surface_range(stats)
    grid = core_surface.surface(stats, extent, 40)
    bands = core_surface.error_bands(grid.error, model.analyse(stats).mse_star, 14)
    assert bands.index.min() == 0 and bands.index.max() == 13
    excess = np.log10(np.maximum(grid.error - model.analyse(stats).mse_star, 1e-300))
    assert bands.high == pytest.approx(excess.max())
    ticks = core_surface.band_ticks(bands.low, bands.high)
    assert 2 <= len(ticks) <= 5
    for position, label in ticks:
        assert bands.low <= position <= bands.high
        assert "e" not in label  # plain numbers or powers of ten, never 1e+04


def test_band_ticks_of_less_than_a_decade_label_the_ends():
    assert core_surface.band_ticks(0.2, 0.8) == [(0.2, "1.6"), (0.8, "6.3")]


# ---------------------------------------------------------------------------- looks
def test_every_rule_has_its_own_look():
    looks = [(spec.colour, spec.dash) for spec in opt.optimizer_specs()]
    assert len(set(looks)) == len(looks)
    for colour, dash in looks:
        assert colour in opt.RULE_COLOURS and dash in opt.RULE_DASHES
        assert colour != "green" and dash != "dash"  # never the least-squares line's


@pytest.mark.parametrize(
    ("colour", "dash", "message"),
    [
        ("green", "solid", "taken"),
        ("blue", "dot", "taken"),
        ("teal", "solid", "unknown colour"),
        ("ink", "dash", "unknown line style"),
    ],
)
def test_a_rule_cannot_take_another_role_s_look(colour, dash, message):
    spec = opt.optimizer_spec("gd")
    with pytest.raises(ValueError, match=message):
        opt.OptimizerSpec(
            "toy", "Toy", "plain", spec.hyperparameters, spec.factory, colour=colour, dash=dash
        )
    opt.OptimizerSpec("toy", "Toy", "plain", spec.hyperparameters, spec.factory, colour="#123456")

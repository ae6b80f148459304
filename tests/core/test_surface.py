import numpy as np
import pytest

from gdviz.core import model, surface


def test_grid_equals_pointwise_definition(seed_xy):
    x, y = seed_xy
    stats = model.fit_statistics(x, y)
    b = np.linspace(-5, 12, 7)
    m = np.linspace(0.5, 2.0, 5)
    grid = surface.loss_grid(stats, b, m)
    assert grid.shape == (5, 7)
    for i, mi in enumerate(m):
        for j, bj in enumerate(b):
            assert grid[i, j] == pytest.approx(model.mse_direct(x, y, bj, mi), rel=1e-12)


def test_grid_minimum_is_at_the_optimum(seed_xy):
    stats = model.fit_statistics(*seed_xy)
    ext = surface.surface_range(stats)
    s = surface.surface(stats, ext, resolution=101)
    i, j = np.unravel_index(np.argmin(s.error), s.error.shape)
    assert s.b[j] == pytest.approx(stats.intercept_star, abs=(s.b[1] - s.b[0]))
    assert s.m[i] == pytest.approx(stats.slope_star, abs=(s.m[1] - s.m[0]))


def test_range_covers_start_optimum_and_path(seed_xy):
    stats = model.fit_statistics(*seed_xy)
    r = surface.surface_range(stats, [0.0, 0.05, -3.0], [0.0, 1.5, 0.7])
    assert r.b_min < -3.0 and r.b_max > stats.intercept_star
    assert r.m_min < 0.0 and r.m_max > 1.5
    r2 = surface.surface_range(stats, [np.nan, np.inf], [np.nan, 1.0])
    assert np.all(np.isfinite(r2))


def test_range_has_a_minimum_size():
    stats = model.fit_statistics(np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 3.0]))
    r = surface.surface_range(stats, [1.0], [1.0])
    assert r.b_max - r.b_min > 0.1 and r.m_max - r.m_min > 0.1


def test_grid_never_holds_infinity():
    stats = model.fit_statistics(np.array([0.0, 1.0, 2.0]), np.array([1.0, 2.0, 3.0]))
    grid = surface.loss_grid(stats, [1e300, 0.0], [1e300, 0.0])
    assert np.all(np.isfinite(grid))


def test_scaled_surface_is_the_same_error_on_a_round_bowl(seed_xy):
    from gdviz.core.scaling import standardising

    x, y = seed_xy
    stats = model.fit_statistics(x, y)
    scaling = standardising(stats)
    extent = surface.SurfaceRange(-2.0, 2.0, -2.0, 2.0)
    s = surface.surface(stats, extent, resolution=9, scaling=scaling)
    for i in (0, 4, 8):
        for j in (0, 3, 8):
            b, m = scaling.to_original(s.b[j], s.m[i])
            assert s.error[i, j] == pytest.approx(model.mse_direct(x, y, b, m), rel=1e-12)
    scaled = scaling.statistics(stats)
    lam_min, lam_max = model.hessian_eigenvalues(scaled)
    assert lam_max / lam_min == pytest.approx(1.0)  # the bowl is round


def test_gradient_to_scaled_matches_finite_differences(seed_xy):
    from gdviz.core.scaling import standardising

    stats = model.fit_statistics(*seed_xy)
    scaling = standardising(stats)
    bs, ms = 0.3, -0.2
    h = 1e-6

    def err(b_s, m_s):
        return model.mse(stats, *scaling.to_original(b_s, m_s))

    fd = (
        (err(bs + h, ms) - err(bs - h, ms)) / (2 * h),
        (err(bs, ms + h) - err(bs, ms - h)) / (2 * h),
    )
    g = scaling.gradient_to_scaled(*model.gradient(stats, *scaling.to_original(bs, ms)))
    assert g == pytest.approx(fd, rel=1e-6)


# ---------------------------------------------------------------------------- other losses


def _direct(objective, x, y, b, m):
    r = y - (m * x + b)
    a = np.abs(r)
    if objective.loss == "mae":
        rho = a
    elif objective.loss == "huber":
        d = objective.huber_delta
        rho = np.where(a <= d, r * r, 2 * d * a - d * d)
    else:
        rho = r * r
    return float(np.mean(rho)) + objective.ridge * m * m


@pytest.mark.parametrize(
    "objective",
    [("mse", 1.0, 0.4), ("mae", 1.0, 0.0), ("huber", 3.0, 0.1)],
    ids=lambda o: o[0],
)
@pytest.mark.parametrize("normalize", [False, True])
def test_surface_of_another_objective_is_its_error_at_each_line(seed_xy, objective, normalize):
    from gdviz.core.objective import Objective
    from gdviz.core.scaling import standardising

    x, y = seed_xy
    o = Objective(*objective)
    stats = model.fit_statistics(x, y)
    scaling = standardising(stats) if normalize else None
    extent = (
        surface.SurfaceRange(-1.0, 2.0, -0.5, 1.5)
        if normalize
        else surface.SurfaceRange(-20.0, 30.0, 0.0, 3.0)
    )
    s = surface.surface(stats, extent, resolution=7, scaling=scaling, objective=o, x=x, y=y)
    for i in (0, 3, 6):
        for j in (0, 2, 6):
            b, m = s.b[j], s.m[i]
            if scaling is not None:
                b, m = scaling.to_original(b, m)
            assert s.error[i, j] == pytest.approx(_direct(o, x, y, b, m), rel=1e-9)


def test_surface_of_the_absolute_error_needs_the_points(seed_xy):
    from gdviz.core.objective import Objective

    stats = model.fit_statistics(*seed_xy)
    with pytest.raises(ValueError, match="the points are needed to draw the absolute error"):
        surface.surface(stats, surface.SurfaceRange(0, 1, 0, 1), objective=Objective("mae"))


def test_range_is_centred_on_the_objectives_optimum(seed_xy):
    stats = model.fit_statistics(*seed_xy)
    r = surface.surface_range(stats, [0.0], [0.0], optimum=(50.0, -4.0))
    assert r.b_min < 0.0 < 50.0 < r.b_max and r.m_min < -4.0 < 0.0 < r.m_max

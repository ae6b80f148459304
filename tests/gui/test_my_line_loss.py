"""My line and the large readout under the chosen loss, driven as a person would.

The squares and their total stay what is drawn; the dock adds the line's error under the
chosen loss and names that loss's best line and its E*; the presenter's large readout
names the same line. Every expected number comes from the points: the core's
:class:`~gdviz.core.objective.Objective` and independent numpy arithmetic.
"""

from __future__ import annotations

import numpy as np
import pytest

from gdviz.core import my_line as core_my_line
from gdviz.core.objective import Objective
from gdviz.core.words import format_value
from gdviz.gui.big_display import MIN_PIXELS, SECONDARY, BigDisplay
from gdviz.gui.theme import PRESENTATION

from .helpers import child, click, settle, type_into
from .test_classroom_presentation import present
from .test_losses_window import choose

B, M = 12.5, 1.1  # my line, typed


def my_line_at(qtbot, window, b: float = B, m: float = M) -> None:
    window.myLineAction.trigger()  # View > My line
    qtbot.waitUntil(lambda: child(window, "myLineBox").isVisible())
    type_into(qtbot, child(window, "myLineBInput"), f"{b}")
    type_into(qtbot, child(window, "myLineMInput"), f"{m}")
    assert window.session.view.my_line == (b, m)


def text(window, name: str) -> str:
    return child(window, name).text()


def numpy_error(x, y, b, m, loss, delta=1.0, ridge=0.0) -> float:
    """mean ρ(r) + λ m² by numpy, apart from the core."""
    r = y - (m * x + b)
    if loss == "mae":
        rho = np.abs(r)
    elif loss == "huber":
        rho = np.where(np.abs(r) <= delta, r * r, 2 * delta * np.abs(r) - delta * delta)
    else:
        rho = r * r
    return float(np.mean(rho)) + ridge * m * m


def wait_loss(qtbot, window, objective: Objective) -> None:
    qtbot.waitUntil(lambda: window.session.objective == objective)
    settle(qtbot, window)


def test_my_line_reads_its_mean_absolute_error_beside_the_squares(qtbot, window, monkeypatch):
    heights = []
    monkeypatch.setattr(window.surface, "set_my_point", heights.append)
    my_line_at(qtbot, window)
    x, y = window.session.x, window.session.y
    squares = core_my_line.fit(x, y, B, M)
    assert not child(window, "myLineError").isVisible()  # the plain MSE: the mean is it
    assert text(window, "myLineBest") == (
        f"the least-squares line's mean: E* = {format_value(window.session.analysis.mse_star)}"
    )

    choose(qtbot, window, "lossInput", "mae")
    mae = Objective("mae")
    wait_loss(qtbot, window, mae)
    fit = core_my_line.fit(x, y, B, M, mae)
    assert fit.error == pytest.approx(numpy_error(x, y, B, M, "mae"), rel=1e-12)
    assert fit.error != pytest.approx(fit.mean)  # another number than the squares' mean
    # the squares, their total and mean stay; the loss's error is added
    assert text(window, "myLineTotal") == f"Σ r² = {format_value(squares.total)}"
    assert text(window, "myLineMean") == f"mean = Σ r² / N = {format_value(squares.mean)}"
    error = child(window, "myLineError")
    assert error.isVisible()
    assert error.text() == f"your line's mean absolute error: {format_value(fit.error)}"
    best = mae.optimum(x, y)
    assert best.error <= fit.error
    assert best.error == pytest.approx(numpy_error(x, y, best.b, best.m, "mae"), rel=1e-12)
    assert text(window, "myLineBest") == (
        f"the least-absolute-deviations line's error: E* = {format_value(best.error)}"
    )
    # my line's point on the surface sits at the height of the chosen error
    assert heights[-1][2] == pytest.approx(fit.error, rel=1e-12)

    choose(qtbot, window, "lossInput", "mse")  # back to the squares alone
    wait_loss(qtbot, window, Objective())
    assert not error.isVisible()
    assert text(window, "myLineBest").startswith("the least-squares line's mean: E* = ")
    assert heights[-1][2] == pytest.approx(squares.mean, rel=1e-12)


def test_huber_with_ridge_is_named_and_said_plainly(qtbot, window):
    my_line_at(qtbot, window)
    x, y = window.session.x, window.session.y
    choose(qtbot, window, "lossInput", "huber")
    type_into(qtbot, child(window, "huberDeltaInput"), "5")
    type_into(qtbot, child(window, "ridgeInput"), "0.1")
    objective = Objective("huber", 5.0, 0.1)
    wait_loss(qtbot, window, objective)
    fit = core_my_line.fit(x, y, B, M, objective)
    expected = numpy_error(x, y, B, M, "huber", 5.0, 0.1)
    assert fit.error == pytest.approx(expected, rel=1e-12)
    value = format_value(fit.error)
    assert text(window, "myLineError") == (
        f"your line's error (Huber loss (δ = 5) + ridge λ = 0.1): {value}"
    )
    best = objective.optimum(x, y)
    assert text(window, "myLineBest") == (
        f"the ridge Huber line's error: E* = {format_value(best.error)}"
    )

    window.plainAction.trigger()  # plain language: no δ, no λ
    qtbot.waitUntil(lambda: window.session.view.plain)
    assert text(window, "myLineError") == (
        f"your line's error (Huber loss with threshold 5 plus 0.1 times the slope squared): {value}"
    )
    dock = " ".join(
        text(window, name) for name in ("myLineTotal", "myLineMean", "myLineError", "myLineBest")
    )
    assert "λ" not in dock and "δ" not in dock
    assert "sum of squares" in text(window, "myLineTotal")


def test_predict_hides_the_chosen_losss_e_star_until_reveal(qtbot, window):
    my_line_at(qtbot, window)
    x, y = window.session.x, window.session.y
    choose(qtbot, window, "lossInput", "mae")
    wait_loss(qtbot, window, Objective("mae"))
    e_star = format_value(Objective("mae").optimum(x, y).error)
    window.predictAction.trigger()  # View > Predict, then reveal
    qtbot.waitUntil(lambda: window.session.view.hidden)
    assert text(window, "myLineBest") == (
        "the least-absolute-deviations line's error E* is hidden until Reveal"
    )
    assert e_star not in text(window, "myLineBest")
    # my own line's error is mine: it stays
    fit = core_my_line.fit(x, y, B, M, Objective("mae"))
    assert text(window, "myLineError").endswith(format_value(fit.error))
    click(qtbot, window, "revealButton")
    qtbot.waitUntil(lambda: not window.session.view.hidden)
    assert text(window, "myLineBest").endswith(f"E* = {e_star}")


# ---------------------------------------------------------------------- the large readout
def test_the_large_readout_names_the_chosen_losss_best_line(qtbot, window):
    x, y = window.session.x, window.session.y
    window.bigDisplayAction.trigger()
    display = window.big_display
    qtbot.waitUntil(display.isVisible)
    settle(qtbot, window)
    a = window.session.analysis
    assert display.shown_text().splitlines()[1].startswith("least-squares line")
    assert f"E* = {format_value(a.mse_star)}" in display.shown_text()

    choose(qtbot, window, "lossInput", "mae")
    wait_loss(qtbot, window, Objective("mae"))
    best = Objective("mae").optimum(x, y)
    qtbot.waitUntil(lambda: "least-absolute-deviations line" in display.shown_text())
    second = display.shown_text().splitlines()[1]
    assert second.startswith("least-absolute-deviations line")
    assert "least squares" not in display.text()
    assert f"E* = {format_value(best.error)}" in second
    assert f"b* = {format_value(best.b)}" in second
    assert display.accessibleDescription() == display.text()

    type_into(qtbot, child(window, "ridgeInput"), "0.1")
    wait_loss(qtbot, window, Objective("mae", ridge=0.1))
    qtbot.waitUntil(
        lambda: (
            display.shown_text().splitlines()[1].startswith("ridge least-absolute-deviations line")
        )
    )


def test_the_longest_name_still_leaves_every_number_on_a_projector(qtbot, window):
    choose(qtbot, window, "lossInput", "mae")
    type_into(qtbot, child(window, "ridgeInput"), "0.1")
    objective = Objective("mae", ridge=0.1)
    wait_loss(qtbot, window, objective)
    present(qtbot, window, ("scatter", "error"))
    display = window.big_display
    assert display.isVisible()
    best = objective.optimum(window.session.x, window.session.y)
    qtbot.waitUntil(lambda: "ridge least-absolute-deviations line" in display.shown_text())
    shown = display.shown_text()
    for part in ("b = ", "m = ", f"b* = {format_value(best.b)}", f"m* = {format_value(best.m)}"):
        assert part in shown, (part, shown)
    assert display.main_pixels() * 0.66 >= 18


def test_a_long_name_is_set_smaller_before_the_numbers_shrink(qtbot):
    display = BigDisplay()
    qtbot.addWidget(display)
    display.apply_theme(PRESENTATION)
    display.resize(1280, display.sizeHint().height())
    values = (1000, 112.61481, 0.0889365, 1.4777440, (7.99102, 1.32243, 110.257))
    display.set_values(*values)  # no name given: the plain least squares
    assert display.text().endswith("least squares   E* = 110.257   b* = 7.99102   m* = 1.32243")
    short = display.main_pixels()
    name = "ridge least-absolute-deviations line"
    display.set_values(*values, False, name)
    rows = display.shown_text().splitlines()
    assert rows[1] == f"{name}   E* = 110.257   b* = 7.99102   m* = 1.32243"
    assert rows[0] == "iteration 1000   error = 112.615   b = 0.0889365   m = 1.47774"
    assert f"{name}   E* = 110.257" in display.text() == display.accessibleDescription()
    # the numbers keep nearly all their size; no row is drawn below the smallest size
    assert display.main_pixels() >= 0.9 * short
    assert display.main_pixels() * SECONDARY >= MIN_PIXELS
    display.set_values(*values, True, name)  # hidden while the class predicts
    assert display.shown_text().splitlines()[1] == f"{name}   E* = ?   b* = ?   m* = ?"

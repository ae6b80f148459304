"""The loss in the window: MSE, MAE and Huber (with δ), the ridge λ, and Newton and
conjugate gradients beside the first-order rules, driven as a person would (the loss box
by keyboard, δ and λ typed), on the tutorial's data and on data/outlier.csv.

Every expected number is computed here from the points: the optimum by the core's
:class:`~gdviz.core.objective.Objective` checked against independent numpy arithmetic
(the ridge normal equations, the error next to the optimum, the error of grid cells).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gdviz.core import words
from gdviz.core.data import load_dataset
from gdviz.core.objective import Objective

from .helpers import child, click, readout, run_to, type_into, wait_iteration

OUTLIER = Path(__file__).resolve().parents[2] / "data" / "outlier.csv"
CHOICES = [
    pytest.param({"loss": "mae"}, id="mae"),
    pytest.param({"loss": "huber", "delta": "5"}, id="huber-5"),
    pytest.param({"ridge": "0.1"}, id="ridge-0.1"),
]


# ---------------------------------------------------------------------------- driving
def choose(qtbot, window, name: str, value: str) -> None:
    """Pick the item whose data is ``value`` in combo box ``name`` with the arrow keys."""
    combo = child(window, name)
    target = combo.findData(value)
    assert target >= 0, value
    for _ in range(combo.count()):  # one key per item passed (a refusal puts it back)
        if combo.currentIndex() == target:
            break
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def pick(qtbot, window, choice: dict) -> None:
    if "loss" in choice:
        choose(qtbot, window, "lossInput", choice["loss"])
    if "delta" in choice:
        type_into(qtbot, child(window, "huberDeltaInput"), choice["delta"])
    if "ridge" in choice:
        type_into(qtbot, child(window, "ridgeInput"), choice["ridge"])


def objective_of(choice: dict) -> Objective:
    return Objective(
        choice.get("loss", "mse"),
        float(choice.get("delta", 1.0)),
        float(choice.get("ridge", 0.0)),
    )


def open_data(qtbot, window, path) -> np.ndarray:
    if path is not None:
        assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.session.dataset is not None)
    return window.session.x, window.session.y


def optimum_readout(window) -> dict[str, str]:
    """The readout's b*, m*, E* as written, and the name above them."""
    text = child(window, "stateReadout").text()
    found = {
        key: re.search(rf"^(.*?){re.escape(key)} = (\S+)$", text, re.M)
        for key in ("b*", "m*", "E*")
    }
    values = {key: match.group(2) for key, match in found.items()}
    values["heading"] = found["b*"].group(1).rstrip(": ")
    return values


# ---------------------------------------------------------------------------- the optimum
def independent_check(objective: Objective, x, y, optimum) -> None:
    """The optimum by other arithmetic: the ridge normal equations for the MSE; for MAE
    and Huber, no small move of b or m lowers the error."""
    n = x.size
    if objective.loss == "mse":
        a = np.array([[n, x.sum()], [x.sum(), x @ x + n * objective.ridge]])
        b, m = np.linalg.solve(a, np.array([y.sum(), x @ y]))
        assert optimum.b == pytest.approx(b, rel=1e-9) and optimum.m == pytest.approx(m, rel=1e-9)
        assert optimum.error == pytest.approx(
            np.mean((y - m * x - b) ** 2) + objective.ridge * m * m
        )
        return

    def error(b, m):
        r = y - (m * x + b)
        if objective.loss == "mae":
            rho = np.abs(r)
        else:
            d = objective.huber_delta
            rho = np.where(np.abs(r) <= d, r * r, 2 * d * np.abs(r) - d * d)
        return float(np.mean(rho)) + objective.ridge * m * m

    best = error(optimum.b, optimum.m)
    assert best == pytest.approx(optimum.error, rel=1e-12)
    for db, dm in ((1e-3, 0), (-1e-3, 0), (0, 1e-4), (0, -1e-4), (1e-3, -1e-4), (-1e-3, 1e-4)):
        assert error(optimum.b + db, optimum.m + dm) >= best - 1e-12 * abs(best)


@pytest.mark.parametrize("path", [None, OUTLIER], ids=["tutorial", "outlier"])
@pytest.mark.parametrize("choice", CHOICES)
def test_the_readout_and_maps_follow_the_chosen_loss(qtbot, window, path, choice):
    x, y = open_data(qtbot, window, path)
    pick(qtbot, window, choice)
    objective = objective_of(choice)
    assert window.session.objective == objective
    optimum = objective.optimum(x, y)
    independent_check(objective, x, y, optimum)

    scales = words.scales(window.session.stats)
    expected = {
        "b*": words.format_value(optimum.b, scales.b),
        "m*": words.format_value(optimum.m, scales.m),
        "E*": words.format_value(optimum.error, scales.error),
    }
    qtbot.waitUntil(lambda: {k: optimum_readout(window)[k] for k in expected} == expected)
    heading = optimum_readout(window)["heading"]
    assert heading != "least squares" and objective.spec.short in heading
    # the run restarted on the new error: iteration 0, its error the chosen one's
    assert readout(window)["iteration"] == 0
    start = readout(window)
    assert start["error"] == pytest.approx(objective.value(x, y, start["b"], start["m"]), rel=1e-5)

    # the maps: the chosen error at the panels' own coordinates, and by hand at some cells
    for panel in (window.contour, window.surface):
        qtbot.waitUntil(lambda p=panel: p.surface_grid is not None)
        b, m, grid = panel.surface_grid
        np.testing.assert_allclose(grid, objective.grid(x, y, b, m), rtol=1e-12)
        for i, j in ((0, 0), (len(m) // 2, len(b) // 3), (len(m) - 1, len(b) - 1)):
            r = y - (m[i] * x + b[j])
            if objective.loss == "mae":
                cell = np.mean(np.abs(r))
            elif objective.loss == "huber":
                d = objective.huber_delta
                cell = np.mean(np.where(np.abs(r) <= d, r * r, 2 * d * np.abs(r) - d * d))
            else:
                cell = np.mean(r * r)
            assert grid[i, j] == pytest.approx(cell + objective.ridge * m[i] ** 2, rel=1e-9)
    name = f"error ({objective.spec.short}{' + ridge' if objective.ridge else ''})"
    assert window.error_panel.getPlotItem().getAxis("left").labelText == name
    # the data panel's reference line is the chosen error's optimum, named after it
    line_x, line_y = window.scatter.optimum_line.getData()
    np.testing.assert_allclose(line_y, optimum.m * line_x + optimum.b, rtol=1e-12)


@pytest.mark.parametrize("path", [None, OUTLIER], ids=["tutorial", "outlier"])
@pytest.mark.parametrize("choice", CHOICES)
def test_a_run_reaches_the_chosen_optimum(qtbot, window, path, choice):
    x, y = open_data(qtbot, window, path)
    pick(qtbot, window, choice)
    optimum = objective_of(choice).optimum(x, y)
    child(window, "normalizeInput").click()
    mae = choice.get("loss") == "mae"  # subgradient steps: a small rate, many of them
    type_into(qtbot, child(window, "learningRateInput"), "0.001" if mae else "0.01")
    run_to(qtbot, window, 20000 if mae else 5000)
    main = window.session.main_run
    assert main.converged and main.converged_at is not None
    b, m = main.history.row(main.iteration)[:2]
    tolerance = 2e-3 if mae else 1e-6
    assert b == pytest.approx(optimum.b, rel=tolerance, abs=tolerance)
    assert m == pytest.approx(optimum.m, rel=tolerance)
    state = readout(window)  # and the readout shows where it is
    assert (state["b"], state["m"]) == (pytest.approx(b, rel=1e-5), pytest.approx(m, rel=1e-5))


# ---------------------------------------------------------------------------- the inputs
def test_delta_shows_for_huber_only_and_the_rate_gauge_says_why_there_are_no_zones(qtbot, window):
    delta = child(window, "huberDeltaInput")
    gauge = child(window, "learningRateZones")
    assert not delta.isVisible() and gauge.zone() != ""
    for loss, shown in (("mae", False), ("huber", True), ("mse", False)):
        choose(qtbot, window, "lossInput", loss)
        qtbot.waitUntil(lambda s=shown: delta.isVisible() == s)
        assert window.session.settings.loss == loss
        if loss == "mse":
            assert gauge.bar.isVisible() and gauge.zone() != ""
        else:
            assert not gauge.bar.isVisible() and gauge.zone() == ""
            assert "No rate zones" in gauge.text()
    window.stabilityDock.show()
    choose(qtbot, window, "lossInput", "mae")
    note = child(window, "stabilityNoLimits")
    qtbot.waitUntil(note.isVisible)
    assert "no curvature" in note.text()
    assert not child(window, "stabilityNumbers").isVisible()


def test_a_non_unique_absolute_optimum_is_said_to_be_one_of_many(qtbot, make_window, tmp_path):
    # (0, 0), (0, 2), (1, 0), (1, 2): every line through both gaps has the same |error|
    path = tmp_path / "square.csv"
    path.write_text("x,y\n0,0\n0,2\n1,0\n1,2\n", encoding="utf-8")
    window = make_window(str(path))
    window.show()
    qtbot.waitUntil(lambda: window.session.dataset is not None)
    choose(qtbot, window, "lossInput", "mae")
    data = load_dataset(path)
    optimum = Objective("mae").optimum(data.x, data.y)
    assert not optimum.unique
    qtbot.waitUntil(lambda: optimum_readout(window)["heading"] == "one MAE optimum")
    assert optimum.note in window.message_bar.text()
    assert optimum_readout(window)["E*"] == words.format_value(
        1.0, words.scales(window.session.stats).error
    )  # half of each pair of points is 1 away from any such line


# ---------------------------------------------------------------------------- second order
def test_newton_reaches_the_least_squares_line_in_one_step_and_cg_in_two(qtbot, window):
    x, y = open_data(qtbot, window, None)
    rate = child(window, "learningRateInput")
    assert rate.value() == 1e-4
    a = np.array([[x.size, x.sum()], [x.sum(), x @ x]])
    b_star, m_star = np.linalg.solve(a, np.array([y.sum(), x @ y]))
    scales = words.scales(window.session.stats)
    star = (words.format_value(b_star, scales.b), words.format_value(m_star, scales.m))

    for name, steps in (("newton", 1), ("cg", 2)):
        choose(qtbot, window, "optimizerInput", name)
        qtbot.waitUntil(lambda: rate.value() == 1.0)  # its own rate, not gd's 1e-4
        click(qtbot, window, "resetButton")
        wait_iteration(qtbot, window, 0)
        for step in range(1, steps + 1):
            click(qtbot, window, "stepButton")
            wait_iteration(qtbot, window, step)
            text = child(window, "stateReadout").text()
            at = (
                re.search(r"^b = (\S+)$", text, re.M)[1],
                re.search(r"^m = (\S+)$", text, re.M)[1],
            )
            assert (at == star) == (step == steps), (name, step, at, star)
        assert window.session.main_run.converged

    combo = child(window, "optimizerInput")
    assert combo.itemData(0) == "gd"
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # straight back to the first rule, gd
    assert window.session.settings.optimizer == "gd"
    qtbot.waitUntil(lambda: rate.value() == 1e-4)  # and its own rate again


def test_newton_on_the_absolute_error_is_refused_and_a_flat_huber_start_is_explained(qtbot, window):
    choose(qtbot, window, "lossInput", "mae")
    choose(qtbot, window, "optimizerInput", "newton")
    qtbot.waitUntil(lambda: "needs the curvature" in window.message_bar.text())
    kept = window.session.settings.optimizer  # the last first-order rule passed on the way
    assert kept != "newton"
    qtbot.waitUntil(lambda: child(window, "optimizerInput").currentData() == kept)

    # Huber with δ = 1 from the flat line y = 0: no point within δ, no curvature there
    choose(qtbot, window, "lossInput", "huber")
    choose(qtbot, window, "optimizerInput", "newton")
    qtbot.waitUntil(lambda: window.session.settings.optimizer == "newton")
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: "no curvature" in window.message_bar.text())
    assert "δ = 1" in window.message_bar.text()
    assert window.session.main_run.stop_message == window.message_bar.text()

"""Predict, then reveal; and My line: driven with the window's own controls and mouse.

Every number the window shows is checked against :mod:`gdviz.core.guess` and
:mod:`gdviz.core.my_line`, and those against plain arithmetic.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from gdviz.core import guess as core_guess
from gdviz.core import my_line as core_my_line
from gdviz.core.words import format_value

from ..conftest import write_csv
from .helpers import (
    child,
    click,
    readout,
    run_to,
    settle,
    shown_texts,
    type_into,
    wait_iteration,
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _every_mouse_move():
    """pyqtgraph drops mouse moves closer than 10 ms apart; a test moves faster."""
    old = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOption("mouseRateLimit", -1)
    yield
    pg.setConfigOption("mouseRateLimit", old)


def at(plot, x: float, y: float) -> QPoint:
    """Where the data point ``(x, y)`` of ``plot`` is on its viewport."""
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def data_at(plot, pos: QPoint) -> tuple[float, float]:
    p = plot.getPlotItem().getViewBox().mapSceneToView(plot.mapToScene(pos))
    return p.x(), p.y()


def message(window) -> str:
    return child(window, "messageBar").text()


def every_text(window) -> str:
    """Everything a person can read: labels, buttons, tables, plot texts, the readout,
    the large display, the error panel's E* line."""
    texts = shown_texts(window)
    texts.append(child(window, "stateReadout").text())
    texts.append(window.big_display.shown_text())
    line = window.error_panel.optimum
    if line.isVisible():
        texts.append(line.label.toPlainText())
    return "\n".join(t or "" for t in texts)


def step(qtbot, window, to: int) -> None:
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, to)
    settle(qtbot, window)


def optimum_texts(window) -> list[str]:
    a = window.session.analysis
    return [format_value(v) for v in (a.b_star, a.m_star, a.mse_star, a.r_squared)]


# ---------------------------------------------------------------------------- hiding
def test_predict_hides_the_optimum_everywhere_until_reveal(qtbot, window):
    window.bigDisplayAction.trigger()
    window.resultsDock.show()
    window.stabilityDock.show()
    settle(qtbot, window)
    numbers = optimum_texts(window)[:3]
    assert all(n in every_text(window) for n in numbers)  # shown before hiding

    window.predictAction.trigger()  # View > Predict, then reveal
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not any(n in every_text(window) for n in numbers))
    assert "b* = ?" in child(window, "stateReadout").text()
    assert "E* = ?" in window.big_display.shown_text()
    assert not window.scatter.optimum_line.isVisible()
    assert not window.contour.optimum.isVisible()
    assert not window.error_panel.optimum.isVisible()
    assert child(window, "predictBar").isVisible()
    assert not window.stability.plot.isVisible()
    step(qtbot, window, 1)  # a step shows nothing of it either
    assert not any(n in every_text(window) for n in numbers)

    click(qtbot, window, "revealButton")
    settle(qtbot, window)
    assert not window.session.view.hidden
    text = child(window, "stateReadout").text()
    a = window.session.analysis
    assert f"b* = {format_value(a.b_star)}" in text
    assert f"m* = {format_value(a.m_star)}" in text
    assert f"E* = {format_value(a.mse_star)}" in text
    assert window.scatter.optimum_line.isVisible() and window.contour.optimum.isVisible()
    assert not child(window, "predictBar").isVisible()


# ---------------------------------------------------------------------------- guesses
def test_a_guess_clicked_on_the_map_is_scored_by_the_step(qtbot, window):
    step(qtbot, window, 1)
    window.predictAction.trigger()
    contour = window.contour
    (b_lo, b_hi), (m_lo, m_hi) = contour.getPlotItem().getViewBox().viewRange()
    pos = at(contour, b_lo + 0.55 * (b_hi - b_lo), m_lo + 0.45 * (m_hi - m_lo))
    qtbot.mouseClick(contour.viewport(), LEFT, pos=pos)
    g = window.session.view.guess
    assert g is not None and g.kind == "step" and g.iteration == 1 and not g.scored
    clicked = data_at(contour, pos)
    assert (g.b, g.m) == pytest.approx(clicked)
    assert contour.guess.isVisible() and contour.guess_label.isVisible()
    assert contour.guess.getData()[0][0] == pytest.approx(g.b)

    step(qtbot, window, 2)
    qtbot.waitUntil(lambda: message(window).startswith("Your guess was"))
    rows = window.history
    b1, m1 = rows.row(1)[:2]
    b2, m2 = rows.row(2)[:2]
    d = math.sqrt((g.b - b2) ** 2 + (g.m - m2) ** 2)
    result = core_guess.score(g.b, g.m, b2, m2, math.hypot(b2 - b1, m2 - m1))
    assert result.distance == pytest.approx(d)
    assert message(window) == core_guess.score_text("step", result, b2, m2)
    assert f"was {format_value(d)} from the next step" in message(window)
    assert window.session.view.guess.scored
    step(qtbot, window, 3)  # said once
    assert message(window) == core_guess.score_text("step", result, b2, m2)


def test_an_optimum_guess_is_scored_by_reveal(qtbot, window):
    window.predictAction.trigger()
    kind = child(window, "guessKindInput")
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # "where the optimum is"
    assert window.session.view.guess_kind == "optimum"
    contour = window.contour
    a = window.session.analysis
    pos = at(contour, a.b_star, a.m_star) + QPoint(25, -15)
    qtbot.mouseClick(contour.viewport(), LEFT, pos=pos)
    g = window.session.view.guess
    assert g.kind == "optimum"
    assert contour.guess_label.toPlainText() == "guess: optimum"

    click(qtbot, window, "revealButton")
    b0, m0 = window.history.row(0)[:2]
    d = math.sqrt((g.b - a.b_star) ** 2 + (g.m - a.m_star) ** 2)
    yardstick = math.sqrt((b0 - a.b_star) ** 2 + (m0 - a.m_star) ** 2)
    result = core_guess.score(g.b, g.m, a.b_star, a.m_star, yardstick)
    assert result.distance == pytest.approx(d)
    assert message(window) == core_guess.score_text("optimum", result, a.b_star, a.m_star)
    settle(qtbot, window)
    assert f"b* = {format_value(a.b_star)}" in child(window, "stateReadout").text()
    assert contour.guess.isVisible()  # the guess stays beside the star
    click(qtbot, window, "clearGuessButton")
    assert window.session.view.guess is None and not contour.guess.isVisible()


def test_a_run_that_ends_while_hidden_keeps_the_optimum_out_of_its_words(qtbot, window):
    window.predictAction.trigger()
    run_to(qtbot, window, 5)
    qtbot.waitUntil(lambda: message(window).startswith("not converged after 5 iterations"))
    assert not any(n in message(window) for n in optimum_texts(window)[:3])
    assert "optimum" not in message(window)


def test_a_guess_on_the_standardised_map_is_kept_in_the_data_s_units(qtbot, window):
    window.standardisedAction.trigger()
    window.predictAction.trigger()
    settle(qtbot, window)
    contour = window.contour
    (b_lo, b_hi), (m_lo, m_hi) = contour.getPlotItem().getViewBox().viewRange()
    pos = at(contour, 0.5 * (b_lo + b_hi), 0.5 * (m_lo + m_hi))
    qtbot.mouseClick(contour.viewport(), LEFT, pos=pos)
    g = window.session.view.guess
    b_scaled, m_scaled = data_at(contour, pos)
    # b = ȳ + s_y b′ − m x̄ and m = s_y m′ / s_x, with the data's means and spreads
    x, y = window.data_arrays
    s_x, s_y = np.std(x), np.std(y)
    m = s_y * m_scaled / s_x
    assert g.m == pytest.approx(m)
    assert g.b == pytest.approx(np.mean(y) + s_y * b_scaled - m * np.mean(x))
    assert contour.guess.getData()[0][0] == pytest.approx(b_scaled)


def test_clicks_on_the_map_guess_nothing_unless_predicting(qtbot, window):
    contour = window.contour
    qtbot.mouseClick(contour.viewport(), LEFT, pos=contour.viewport().rect().center())
    assert window.session.view.guess is None
    assert not child(window, "predictBar").isVisible()


# ---------------------------------------------------------------------------- my line
def my_line_on(qtbot, window):
    window.myLineAction.trigger()  # View > My line
    qtbot.waitUntil(lambda: child(window, "myLineBox").isVisible())
    return window.session.view.my_line


def shown_total(window) -> str:
    return child(window, "myLineTotal").text()


def test_my_line_starts_flat_through_the_mean(qtbot, window):
    b, m = my_line_on(qtbot, window)
    _x, y = window.data_arrays
    assert (b, m) == (pytest.approx(sum(y) / len(y)), 0.0)
    total = math.fsum((yi - b) ** 2 for yi in y)
    assert shown_total(window) == f"Σ r² = {format_value(total)}"
    assert child(window, "myLineMean").text() == (
        f"mean = Σ r² / N = {format_value(total / len(y))}"
    )
    assert window.contour.my_point.isVisible()
    assert window.contour.my_point.getData()[0][0] == pytest.approx(b)


def test_dragging_a_handle_turns_my_line_and_its_total_follows(qtbot, window):
    b0, m0 = my_line_on(qtbot, window)
    scatter = window.scatter
    handles = [item for item in scatter.getPlotItem().items if isinstance(item, pg.TargetItem)]
    assert len(handles) == 2
    handle = max(handles, key=lambda h: h.pos().x())  # the right one
    other = min(handles, key=lambda h: h.pos().x())
    x0, y0 = handle.pos().x(), handle.pos().y()
    start = at(scatter, x0, y0)
    end = start + QPoint(0, -60)
    viewport = scatter.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    for k in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * (k / 6))
    qtbot.mouseRelease(viewport, LEFT, pos=end)

    b, m = window.session.view.my_line
    assert m > m0  # the right end went up
    moved = data_at(scatter, end)[1] - data_at(scatter, start)[1]  # the mouse went up
    assert (handle.pos().x(), handle.pos().y()) == pytest.approx((x0, y0 + moved))
    assert m * other.pos().x() + b == pytest.approx(other.pos().y())  # it turned about it
    x, y = window.data_arrays
    total = math.fsum((yi - (m * xi + b)) ** 2 for xi, yi in zip(x, y, strict=True))
    fit = core_my_line.fit(x, y, b, m)
    assert fit.total == pytest.approx(total, rel=1e-9)
    assert shown_total(window) == f"Σ r² = {format_value(fit.total)}"
    assert child(window, "myLineBInput").value() == b
    assert (b, m) != (b0, m0)


def test_typing_b_and_m_moves_my_line_and_its_total(qtbot, window):
    my_line_on(qtbot, window)
    type_into(qtbot, child(window, "myLineBInput"), "12.5")
    type_into(qtbot, child(window, "myLineMInput"), "1.1")
    assert window.session.view.my_line == (12.5, 1.1)
    x, y = window.data_arrays
    total = math.fsum((yi - (1.1 * xi + 12.5)) ** 2 for xi, yi in zip(x, y, strict=True))
    assert core_my_line.fit(x, y, 12.5, 1.1).total == pytest.approx(total, rel=1e-12)
    assert shown_total(window) == f"Σ r² = {format_value(core_my_line.fit(x, y, 12.5, 1.1).total)}"
    line = window.scatter.getPlotItem()
    drawn = [item for item in line.items if isinstance(item, pg.PlotDataItem)]
    ends = [(item.xData, item.yData) for item in drawn if item.isVisible()]
    assert any(np.allclose(ys, 1.1 * xs + 12.5) for xs, ys in ends if xs is not None)
    assert window.contour.my_point.getData()[1][0] == pytest.approx(1.1)


def test_start_from_my_line_restarts_the_run_there(qtbot, window):
    step(qtbot, window, 1)
    my_line_on(qtbot, window)
    type_into(qtbot, child(window, "myLineBInput"), "4")
    type_into(qtbot, child(window, "myLineMInput"), "0.9")
    click(qtbot, window, "startFromMyLineButton")
    wait_iteration(qtbot, window, 0)
    settle(qtbot, window)
    assert window.history.row(0)[:2] == (4.0, 0.9)
    shown = readout(window)
    assert (shown["b"], shown["m"]) == (4.0, 0.9)
    assert child(window, "initialBInput").value() == 4.0
    step(qtbot, window, 1)
    assert window.history.row(0)[:2] == (4.0, 0.9)


def test_many_points_draw_a_sample_of_squares_and_say_so(qtbot, make_window, tmp_path):
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 10, 2000)
    path = write_csv(tmp_path / "many.csv", x, 2 * x + rng.normal(0, 1, x.size))
    window = make_window(path)
    window.show()
    settle(qtbot, window)
    my_line_on(qtbot, window)
    note = child(window, "myLineSampleNote")
    assert note.isVisible()
    assert note.text() == (
        "Squares drawn for 500 sampled points of 2,000; the sums count every point."
    )
    b, m = window.session.view.my_line
    fit = core_my_line.fit(*window.data_arrays, b, m)
    assert shown_total(window) == f"Σ r² = {format_value(fit.total)}"


def test_a_lesson_that_opens_hidden_shows_the_true_e_star_on_reveal(qtbot, make_window):
    """Opened hidden, the error plot's E* line had never written its value: Reveal
    showed "E* = 0" beside the right line."""
    from gdviz.resources import lessons_dir

    lesson = next(lessons_dir().glob("06-*.gdviz"))
    window = make_window(lesson)
    s = window.session
    assert s.view.hidden
    window.revealAction.trigger()
    label = window.error_panel.optimum.label
    qtbot.waitUntil(lambda: window.error_panel.optimum.isVisible())
    assert label.toPlainText() == f"E* = {format_value(s.reference.mse_star)}"

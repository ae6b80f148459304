"""The optimizer race lesson in the window: Newton's method lands on the least-squares
line in one step, conjugate gradients in two, while plain descent and Adam are still on
their way; the last step's checkpoint is met by switching the main run to Newton.

Driven as a class would: File > Examples, the note's Next button, Step, the optimizer
box, Reset and Start. The best line is the closed form of gdviz.core.model, checked
against numpy's own least-squares fit.
"""

from __future__ import annotations

import numpy as np
import pytest

from gdviz.core import model
from gdviz.core.lesson import load_lesson
from gdviz.core.words import format_value
from gdviz.gui.lesson_note import MET
from gdviz.resources import lessons_dir

from .helpers import child, click, settle, wait_iteration, wait_stopped

RACE = lessons_dir() / "07-optimizer-race.gdviz"


def open_race(window):
    lesson = load_lesson(RACE)
    action = next(a for a in window.examplesMenu.actions() if a.text() == lesson.title)
    action.trigger()
    assert window.lesson_note.title == lesson.title
    return lesson


def best_line(window) -> tuple[float, float]:
    """b*, m* of the window's data, by the closed form (and numpy agrees)."""
    x, y = window.data_arrays
    a = model.analyse(model.fit_statistics(x, y))
    np.testing.assert_allclose((a.b_star, a.m_star), np.polyfit(x, y, 1)[::-1], rtol=1e-9)
    return a.b_star, a.m_star


def runs_by_rule(window, lesson) -> dict:
    """The window's runs by their rule: the main run first, then the compared runs."""
    rules = [lesson.settings.optimizer, *(run.optimizer for run in lesson.compare)]
    runs = window.session.runs
    assert len(runs) == len(rules) == 4
    return dict(zip(rules, runs, strict=True))


def test_newton_lands_on_the_best_line_in_one_step_and_cg_in_two(qtbot, window):
    lesson = open_race(window)
    newton_step = 1  # the step that explains Newton's jump by the Hessian
    assert "Newton" in lesson.steps[newton_step].text
    assert "Hessian" in lesson.steps[newton_step].text
    for _ in range(newton_step):
        click(qtbot, window, "lessonNextButton")
    assert window.session.step_index == newton_step
    assert window.lesson_note.note == lesson.steps[newton_step].text
    b_star, m_star = best_line(window)

    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 1)
    settle(qtbot, window)
    runs = runs_by_rule(window, lesson)
    assert all(run.iteration == 1 for run in runs.values())
    newton = runs["newton"].history.row(1)[:2]
    np.testing.assert_allclose(newton, (b_star, m_star), rtol=1e-9)
    assert runs["newton"].converged_at == 1
    for rule in ("gd", "adam", "cg"):  # the others are not there after one step
        assert abs(runs[rule].history.row(1)[0] - b_star) > 0.5 * abs(b_star), rule
    # the note quotes where Newton landed: the best line
    assert f"b\u00a0=\u00a0{b_star:.7g}, m\u00a0=\u00a0{m_star:.7g}" in window.lesson_note.note

    click(qtbot, window, "lessonNextButton")  # the conjugate gradient step: the runs go on
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 2)
    settle(qtbot, window)
    runs = runs_by_rule(window, lesson)
    np.testing.assert_allclose(runs["cg"].history.row(2)[:2], (b_star, m_star), rtol=1e-9)
    assert runs["cg"].converged_at == 2
    np.testing.assert_allclose(runs["newton"].history.row(2)[:2], (b_star, m_star), rtol=1e-9)
    assert abs(runs["gd"].history.row(2)[0] - b_star) > 0.5 * abs(b_star)


@pytest.mark.parametrize(("rule", "met"), [("newton", True), ("gd", False)])
def test_the_last_checkpoint_needs_a_rule_that_uses_the_hessian(qtbot, window, rule, met):
    lesson = open_race(window)
    last = len(lesson.steps) - 1
    for _ in range(last):
        click(qtbot, window, "lessonNextButton")
    checkpoint = lesson.steps[last].checkpoint
    assert checkpoint.within_iterations == 2
    box = child(window, "optimizerInput")
    box.setCurrentIndex(box.findData(rule))
    assert window.session.settings.optimizer == rule
    click(qtbot, window, "resetButton")
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    click(qtbot, window, "startButton")
    wait_iteration(qtbot, window, lesson.settings_at(last).iterations, timeout=30_000)
    wait_stopped(qtbot, window)
    note = window.lesson_note
    errors = np.asarray(window.session.main_run.history.column("error"))
    assert (errors[: checkpoint.within_iterations + 1].min() < checkpoint.value) == met
    if met:
        qtbot.waitUntil(lambda: note.verdictLabel.text().startswith(MET))
        first = int(np.flatnonzero(errors < checkpoint.value)[0])
        assert first == 1  # Newton: at the bottom after its first step
        limit = format_value(checkpoint.value)
        assert (
            note.verdictLabel.text() == f"{MET} Yes: the error went below {limit} at iteration 1."
        )
    else:
        qtbot.waitUntil(lambda: note.verdictLabel.text().startswith("Not met"))

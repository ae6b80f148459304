"""Stepped lessons in the window: Next and Back, checkpoints, the lesson editor.

Driven as a teacher and a class would: the Examples menu, the note's Back and Next
buttons and their keys, typing a learning rate, Start and Step, a click on the contour
map. The checkpoints' verdicts are checked against the core and the core's numbers
against plain numpy.
"""

from __future__ import annotations

import json

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo

from gdviz.core.checkpoints import Diverge, ErrorBelow, PredictNext, check
from gdviz.core.lesson import Step, load_lesson, shipped_lessons
from gdviz.gui.lesson_note import MET
from gdviz.resources import lessons_dir

from .helpers import child, click, readout, settle, type_into, wait_iteration, wait_stopped

LESSONS = dict((path.name, path) for _, path in shipped_lessons(lessons_dir()))
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _every_mouse_move():
    old = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOption("mouseRateLimit", -1)
    yield
    pg.setConfigOption("mouseRateLimit", old)


def open_example(window, name: str):
    """File > Examples > the lesson of file ``name``; returns the lesson as read."""
    lesson = load_lesson(LESSONS[name])
    action = next(a for a in window.examplesMenu.actions() if a.text() == lesson.title)
    action.trigger()
    return lesson


def shown(window) -> dict:
    note = window.lesson_note
    return {
        "step": child(window, "lessonStepLabel").text() if note.stepLabel.isVisible() else "",
        "text": child(window, "lessonText").text(),
        "question": note.questionLabel.text() if note.questionLabel.isVisible() else "",
        "verdict": note.verdictLabel.text() if note.verdictLabel.isVisible() else "",
    }


def assert_at_step(window, lesson, i: int) -> None:
    """The note shows step ``i`` of the file; the window holds its settings and view."""
    step, count = lesson.steps[i], len(lesson.steps)
    seen = shown(window)
    assert seen["step"].startswith(f"Step {i + 1} of {count}")
    assert window.lesson_note.note == step.text
    assert seen["text"] == step.text  # the normal window has room for every step's text
    assert seen["question"] == (f"Question: {step.question}" if step.question else "")
    settings = lesson.settings_at(i)
    assert child(window, "learningRateInput").value() == settings.learning_rate
    assert child(window, "optimizerInput").currentData() == settings.optimizer
    assert window.session.settings.loss == settings.loss
    view = lesson.view_at(i)
    assert window.squaresAction.isChecked() == view.squares
    assert window.logAction.isChecked() == view.log_scale
    if view.presentation:  # a step that names the presentation panels
        assert window.session.view.presentation == view.presentation
    needs_guess = step.checkpoint is not None and step.checkpoint.needs_guess
    assert window.predictAction.isChecked() == (view.hidden or needs_guess)
    assert len(window.histories) == 1 + len(lesson.compare_at(i))
    assert child(window, "lessonBackButton").isEnabled() == (i > 0)
    assert child(window, "lessonNextButton").isEnabled() == (i < count - 1)


@pytest.mark.parametrize("name", sorted(LESSONS))
def test_next_and_back_walk_through_every_step(qtbot, window, name):
    lesson = open_example(window, name)
    assert len(lesson.steps) >= 3
    assert window.lesson_note.isVisible() and window.lesson_note.title == lesson.title
    assert_at_step(window, lesson, 0)
    for i in range(1, len(lesson.steps)):
        click(qtbot, window, "lessonNextButton")
        assert_at_step(window, lesson, i)
    click(qtbot, window, "lessonNextButton")  # disabled at the last step
    assert_at_step(window, lesson, len(lesson.steps) - 1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for i in reversed(range(len(lesson.steps) - 1)):
        qtbot.keyClick(window, Qt.Key.Key_PageUp)
        assert_at_step(window, lesson, i)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert_at_step(window, lesson, 1)


def test_the_rate_lesson_changes_its_learning_rate_on_a_step_and_back(qtbot, window):
    lesson = open_example(window, "05-stochastic-noise.gdviz")
    rates = [lesson.settings_at(i).learning_rate for i in range(3)]
    assert rates[0] == rates[1] != rates[2]  # the last step lowers the main run's rate
    rate = child(window, "learningRateInput")
    window.nextStepAction.trigger()
    window.nextStepAction.trigger()
    assert rate.value() == rates[2] and window.session.settings.learning_rate == rates[2]
    window.previousStepAction.trigger()
    assert rate.value() == rates[1]


def test_make_the_run_diverge(qtbot, window):
    lesson = open_example(window, "02-learning-rate-too-large.gdviz")
    assert isinstance(lesson.steps[0].checkpoint, Diverge)
    assert shown(window)["verdict"] == ""  # nothing tried yet
    type_into(qtbot, child(window, "learningRateInput"), "0.002")
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: shown(window)["verdict"].startswith(MET), timeout=10_000)
    main = window.session.main_run
    errors = np.asarray(main.history.column("error"))
    assert errors[-1] > errors[0] or not np.isfinite(errors[-1])  # it climbed
    assert (
        shown(window)["verdict"] == f"{MET} Yes: the run diverged at iteration {main.diverged_at}."
    )
    assert shown(window)["step"] == f"Step 1 of 3  {MET}"
    # Next, then Back: the step stays done
    click(qtbot, window, "lessonNextButton")
    assert shown(window)["verdict"] == ""
    click(qtbot, window, "lessonBackButton")
    assert shown(window)["verdict"].startswith(MET)


def test_get_the_error_below_a_value_in_time(qtbot, window):
    lesson = open_example(window, "02-learning-rate-too-large.gdviz")
    window.session.go_to_step(2)
    checkpoint = lesson.steps[2].checkpoint
    assert isinstance(checkpoint, ErrorBelow)
    type_into(qtbot, child(window, "learningRateInput"), "0.0003")
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    click(qtbot, window, "startButton")
    wait_iteration(qtbot, window, lesson.settings_at(2).iterations)
    wait_stopped(qtbot, window)
    settle(qtbot, window)
    main = window.session.main_run
    # independent arithmetic: plain descent on the mean squared error, from (0, 0)
    x, y = window.data_arrays
    b = m = 0.0
    errors = []
    for _ in range(checkpoint.within_iterations + 1):
        residual = y - (m * x + b)
        errors.append(np.mean(residual**2))
        b, m = b + 0.0003 * 2 * residual.mean(), m + 0.0003 * 2 * (residual * x).mean()
    np.testing.assert_allclose(main.history.column("error")[: len(errors)], errors, rtol=1e-9)
    met = min(errors) < checkpoint.value
    verdict = check(checkpoint, main, window.session.stats)
    assert verdict.met == met
    assert shown(window)["verdict"] == (f"{MET} " if met else "") + verdict.words


def at(plot, x: float, y: float) -> QPoint:
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def test_predict_where_the_first_step_lands(qtbot, window):
    lesson = open_example(window, "01-tutorial.gdviz")
    click(qtbot, window, "lessonNextButton")
    checkpoint = lesson.steps[1].checkpoint
    assert isinstance(checkpoint, PredictNext)
    assert window.session.view.hidden and window.session.view.guess_kind == "step"
    assert shown(window)["verdict"] == "Mark a line first."
    # where the first step lands, by hand: b1 = 2ηȳ, m1 = 2η mean(xy) from (0, 0)
    x, y = window.data_arrays
    rate = lesson.settings_at(1).learning_rate
    b1, m1 = 2 * rate * y.mean(), 2 * rate * (x * y).mean()
    contour = window.contour
    qtbot.mouseClick(contour.viewport(), LEFT, pos=at(contour, b1, m1))
    g = window.session.view.guess
    assert g is not None and g.kind == "step" and g.iteration == 0
    assert shown(window)["verdict"] == "Take the step from iteration 0 to see where it lands."
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 1)
    qtbot.waitUntil(lambda: shown(window)["verdict"].startswith(MET))
    row = window.session.main_run.history.row(1)
    np.testing.assert_allclose(row[:2], (b1, m1), rtol=1e-12)
    gap = np.sqrt(np.mean(((g.b - b1) + (g.m - m1) * x) ** 2))  # how far the lines are apart
    step = np.sqrt(np.mean((b1 + m1 * x) ** 2))  # the step's own length, from (0, 0)
    assert gap <= checkpoint.tolerance * step
    assert shown(window)["verdict"].startswith(f"{MET} Well predicted: the next step is b = ")


def test_a_wrong_prediction_is_told_so(qtbot, window):
    open_example(window, "01-tutorial.gdviz")
    window.nextStepAction.trigger()
    contour = window.contour
    (b_lo, b_hi), (m_lo, _) = contour.getPlotItem().getViewBox().viewRange()
    qtbot.mouseClick(contour.viewport(), LEFT, pos=at(contour, b_lo + 0.9 * (b_hi - b_lo), m_lo))
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 1)
    qtbot.waitUntil(lambda: shown(window)["verdict"].startswith("Not quite"))
    assert MET not in shown(window)["step"]


def test_opening_a_lesson_clears_the_guess_and_my_line(qtbot, window):
    s = window.session
    s.set_hidden(True)
    s.place_guess(1.0, 1.0)
    s.show_my_line(True)
    assert s.view.guess is not None and s.view.my_line is not None
    open_example(window, "03-narrow-valley-normalise.gdviz")
    assert s.view.guess is None and s.view.my_line is None and not s.view.hidden


def test_a_single_note_lesson_opens_without_steps(qtbot, window, tmp_path):
    path = tmp_path / "plain.gdviz"
    assert window.save_lesson(path, "Plain", "Watch b.")
    assert json.loads(path.read_text(encoding="utf-8"))["steps"] == []
    assert window.open_lesson(path)
    assert window.lesson_note.note == "Watch b."
    for name in ("lessonBackButton", "lessonNextButton", "lessonStepLabel"):
        assert not child(window, name).isVisible(), name
    assert not window.nextStepAction.isEnabled()


def test_saving_an_open_stepped_lesson_keeps_its_steps(qtbot, window, tmp_path):
    """File > Save as lesson while a stepped lesson is open writes its steps too."""
    lesson = open_example(window, "02-learning-rate-too-large.gdviz")
    assert len(lesson.steps) > 1
    path = tmp_path / "again.gdviz"
    assert window.save_lesson(path, lesson.title, lesson.note)
    again = load_lesson(path)
    assert again.steps == lesson.steps
    assert window.open_lesson(path)
    assert_at_step(window, again, 0)


def test_the_step_strip_is_legible_while_presenting(qtbot, window):
    from .test_classroom_presentation import present

    open_example(window, "02-learning-rate-too-large.gdviz")
    present(qtbot, window, ("scatter", "error"))
    note = window.lesson_note
    for widget in (note.titleLabel, note.stepLabel, note.noteLabel, note.questionLabel):
        assert widget.isVisible() and QFontInfo(widget.font()).pixelSize() >= 18
    for button in (note.backButton, note.nextButton):
        assert button.isVisible() and QFontInfo(button.font()).pixelSize() >= 18
        metrics = button.fontMetrics()
        assert metrics.horizontalAdvance(button.text()) < button.width()
        assert metrics.height() < button.height()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert note.number == 2
    assert window.session.view.presentation == ("scatter", "error")  # the step names none
    for panel in (window.scatter, window.error_panel):
        qtbot.waitUntil(lambda p=panel: p.height() >= 180)


# ---------------------------------------------------------------------------- the editor
def fill_step(qtbot, editor, text: str, question: str = "") -> None:
    editor.textInput.setFocus()
    editor.textInput.selectAll()
    qtbot.keyClicks(editor.textInput, text)
    editor.questionInput.setText(question)


def test_write_a_lesson_in_the_editor_and_open_it(qtbot, window, tmp_path):
    window.newLessonAction.trigger()
    editor = window.lesson_editor
    qtbot.waitExposed(editor)
    assert editor.stepList.count() == 1
    qtbot.keyClicks(editor.titleInput, "Two steps")
    fill_step(qtbot, editor, "Press Start and watch <b>the line</b>.")
    click(qtbot, editor, "addStepButton")
    assert editor.stepList.count() == 2 and editor.stepList.currentRow() == 1
    fill_step(qtbot, editor, "Now get the error below 120.", "Which rate works?")
    kind = editor.kindInput
    kind.setCurrentIndex(kind.findData("error_below"))
    assert editor.valueInput.isVisible() and not editor.toleranceInput.isVisible()
    type_into(qtbot, editor.valueInput, "120")
    editor.withinInput.setValue(50)
    # the second step sets the learning rate the window has now
    type_into(qtbot, child(window, "learningRateInput"), "0.0003")
    click(qtbot, editor, "takeFromWindowButton")
    assert "hyperparameters" in editor.changesLabel.text()
    presentation = editor.presentationInput
    presentation.setCurrentIndex(presentation.findText("Data + Contours"))
    path = tmp_path / "two.gdviz"
    assert editor.save(path)
    assert "Saved the lesson two.gdviz" == editor.messageLabel.text()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 2 and len(saved["steps"]) == 2
    assert saved["view"]["presentation"] == ["scatter", "contour"]
    lesson = load_lesson(path)
    assert lesson.steps == tuple(editor.steps)
    assert lesson.steps[1].checkpoint == ErrorBelow(value=120.0, within_iterations=50)
    editor.close()

    type_into(qtbot, child(window, "learningRateInput"), "0.0001")
    assert window.session.open_path(path)
    assert shown(window)["text"] == "Press Start and watch <b>the line</b>."  # plain text
    assert child(window, "learningRateInput").value() == 0.0001
    click(qtbot, window, "lessonNextButton")
    assert shown(window) == {
        "step": "Step 2 of 2",
        "text": "Now get the error below 120.",
        "question": "Question: Which rate works?",
        "verdict": "",
    }
    assert child(window, "learningRateInput").value() == 0.0003
    click(qtbot, window, "lessonBackButton")
    assert child(window, "learningRateInput").value() == 0.0001
    assert window.session.view.presentation == ("scatter", "contour")


def test_edit_an_open_lesson_keeps_its_steps_and_moves_them(qtbot, window, tmp_path):
    lesson = open_example(window, "04-momentum-and-adam.gdviz")
    window.editLessonAction.trigger()
    editor = window.lesson_editor
    assert [editor.stepList.item(i).text()[:2] for i in range(3)] == ["1.", "2.", "3."]
    editor.stepList.setCurrentRow(2)
    click(qtbot, editor, "moveStepUpButton")
    path = tmp_path / "moved.gdviz"
    assert editor.save(path)
    moved = load_lesson(path)
    assert moved.steps == (lesson.steps[0], lesson.steps[2], lesson.steps[1])
    assert moved.compare == lesson.compare and moved.data == lesson.data
    editor.titleInput.clear()
    assert not editor.save(tmp_path / "untitled.gdviz")
    assert editor.messageLabel.text().startswith("cannot save untitled.gdviz: title")
    assert "\n" not in editor.messageLabel.text()
    assert not (tmp_path / "untitled.gdviz").exists()
    editor.titleInput.setText("Moved")
    click(qtbot, editor, "lessonTryButton")  # the edited lesson in the window, unsaved
    assert window.session.lesson.steps == moved.steps
    assert window.lesson_note.title == "Moved" and shown(window)["step"] == "Step 1 of 3"
    editor.close()


def test_a_newer_lesson_is_refused_and_nothing_changes(qtbot, window, tmp_path):
    open_example(window, "02-learning-rate-too-large.gdviz")
    window.nextStepAction.trigger()
    text = LESSONS["06-outlier.gdviz"].read_text(encoding="utf-8")
    path = tmp_path / "future.gdviz"
    path.write_text(text.replace('"version": 2', '"version": 99'), encoding="utf-8")
    before = (window.session.lesson, window.session.step_index, window.dataset, shown(window))
    assert not window.session.open_path(path)
    bar = child(window, "messageBar")
    assert bar.text() == (
        "future.gdviz: made by a newer gdviz (format version 99; this gdviz reads up to 2); "
        "update gdviz to open it"
    )
    after = (window.session.lesson, window.session.step_index, window.dataset, shown(window))
    assert after == before
    assert readout(window)["iteration"] == 0


def test_a_step_that_cannot_be_taken_changes_nothing(qtbot, window):
    from gdviz.core.lesson import Lesson, LessonData, RunSettings, SettingsChange

    x, y = window.data_arrays
    newton = RunSettings().with_optimizer("newton").replace(label="Newton")
    lesson = Lesson(
        title="Refused",
        data=LessonData(x, y),
        compare=(newton,),
        steps=(Step("one"), Step("two", settings=SettingsChange(loss="mae"))),
    )
    assert window.apply_lesson(lesson, "refused.gdviz")
    before = (window.session.settings, window.session.compare, window.histories)
    click(qtbot, window, "lessonNextButton")
    assert window.session.step_index == 0 and shown(window)["text"] == "one"
    assert (window.session.settings, window.session.compare, window.histories) == before
    text = child(window, "messageBar").text()
    assert text.startswith("step 2: ") and "\n" not in text

"""Lessons in the window: the shipped examples, save and reopen, damaged files."""

from __future__ import annotations

import json

import pytest

from gdviz.core.lesson import load_lesson, shipped_lessons
from gdviz.resources import lessons_dir
from tests.gui.helpers import child, click, readout, wait_iteration

LESSONS = shipped_lessons(lessons_dir())


def test_examples_menu_lists_every_shipped_lesson(window):
    titles = [a.text() for a in window.examplesMenu.actions() if not a.menu()]
    assert titles == [title for title, _ in LESSONS]
    assert len(titles) >= 7


@pytest.mark.parametrize("title, path", LESSONS, ids=[p.stem for _, p in LESSONS])
def test_each_lesson_opens_with_its_settings_and_note(qtbot, window, title, path):
    lesson = load_lesson(path)
    assert window.open_lesson(path)
    assert window.dataset.n == lesson.data.n
    note = child(window, "lessonNote")
    assert note.isVisible() and window.lesson_note.title == title
    assert (
        child(window, "learningRateInput").value()
        == lesson.settings.hyperparameters["learning_rate"]
    )
    assert child(window, "iterationsInput").value() == lesson.settings.iterations
    assert child(window, "optimizerInput").currentData() == lesson.settings.optimizer
    assert len(window.histories) == 1 + len(lesson.compare)
    assert readout(window)["iteration"] == lesson.iteration


def test_save_and_reopen_a_lesson(qtbot, window, tmp_path):
    type_lr = child(window, "learningRateInput")
    type_lr.setValue(2e-4)
    click(qtbot, window, "stepButton")
    click(qtbot, window, "stepButton")
    wait_iteration(qtbot, window, 2)
    path = tmp_path / "mine.gdviz"
    assert window.save_lesson(path, "My lesson", "Watch b.")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["format"] == "gdviz-lesson" and saved["iteration"] == 2
    type_lr.setValue(1e-4)
    assert window.open_lesson(path)
    assert child(window, "learningRateInput").value() == 2e-4
    wait_iteration(qtbot, window, 2)  # the lesson runs to its saved iteration
    assert window.lesson_note.note == "Watch b."


def test_damaged_or_foreign_lesson_changes_nothing(qtbot, window, tmp_path):
    before = window.dataset
    for name, content in [
        ("cut.gdviz", '{"format": "gdviz-lesson", "version": 1, "title": "x", "da'),
        ("newer.gdviz", '{"format": "gdviz-lesson", "version": 99}'),
        ("other.gdviz", '{"hello": "world"}'),
    ]:
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        assert window.open_lesson(path) is False
        bar = child(window, "messageBar")
        assert bar.isVisible() and name in bar.text()
        assert window.dataset is before

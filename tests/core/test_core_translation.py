"""The core's messages go through the translator (the window's language) and stay English
without one (the command line): load errors, lesson fields, ranges, loss and rule names."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from gdviz.core import i18n
from gdviz.core.data import DataError, load_dataset
from gdviz.core.lesson import LessonError, lesson_from_json
from gdviz.core.objective import Objective, loss_spec
from gdviz.core.optimizers import MOMENTUM, optimizer_spec
from gdviz.core.settings import RunSettings

CORE = Path(__file__).resolve().parents[2] / "gdviz" / "core"

#: A data file with one usable row: a word where y should be, a row cut short, "n/a".
DAMAGED = "hours,score\n1,abc\n2\n3,n/a\n4,5.5\n"

LESSON = {
    "format": "gdviz-lesson",
    "version": 2,
    "title": "A lesson",
    "settings": {"optimizer": "gd", "hyperparameters": {"learning_rate": 0.01}, "iterations": -5},
    "data": {"x": [1, 2, 3], "y": [2, 4, 7]},
}


@pytest.fixture
def asked():
    """Install a translator that brackets every text and records what it was asked."""
    questions: list[tuple[str, str]] = []

    def bracketing(context: str, text: str) -> str:
        questions.append((context, text))
        return "[" + text + "]"

    i18n.set_translator(bracketing)
    try:
        yield questions
    finally:
        i18n.set_translator(None)


def _marked_texts() -> set[tuple[str, str]]:
    """Every (context, text) written as a literal in translate(...) or
    QT_TRANSLATE_NOOP(...) in the core: what the translation tools collect."""
    found = set()
    for path in CORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("translate", "QT_TRANSLATE_NOOP")
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                found.add((node.args[0].value, node.args[1].value))
    return found


def _load_error(tmp_path) -> str:
    path = tmp_path / "damaged.csv"
    path.write_text(DAMAGED, encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_dataset(path)
    return str(err.value)


def _lesson_error() -> str:
    with pytest.raises(LessonError) as err:
        lesson_from_json(json.dumps(LESSON), "lesson.gdviz")
    return str(err.value)


def _range_error() -> str:
    with pytest.raises(ValueError) as err:
        MOMENTUM.check(2)
    return str(err.value)


def _settings_error() -> str:
    with pytest.raises(ValueError) as err:
        RunSettings(optimizer="minibatch", hyperparameters={"batch_size": 0}).checked()
    return str(err.value)


def test_without_a_translator_the_messages_are_english(tmp_path):
    assert _load_error(tmp_path) == (
        "damaged.csv: only 1 row with numbers in both 'hours' and 'score'; need at least 2 "
        "(3 rows skipped: lines 2, 3, 4; line 2: 'abc' in column 'score' is not a number)"
    )
    assert _lesson_error() == (
        "lesson.gdviz: settings.iterations must be a whole number from 0 to 2000000000 (got -5)"
    )
    assert _range_error() == "momentum must be between 0 and 0.999999 (got 2)"
    assert _settings_error() == "batch size must be at least 1 (got 0)"
    assert Objective("huber", 1.5, 0.25).label == "Huber loss (δ = 1.5) + ridge λ = 0.25"
    assert Objective("mae", ridge=2.0).optimum_name == "ridge least-absolute-deviations line"
    assert optimizer_spec("momentum").translated("label") == "Momentum"
    assert RunSettings(optimizer="adam").display_label == "Adam"


def test_a_damaged_files_load_error_is_translated_around_its_numbers(tmp_path, asked):
    message = _load_error(tmp_path)
    assert message == (
        "[damaged.csv: only 1 row with numbers in both 'hours' and 'score'; need at least 2 "
        "([3 rows skipped: [lines 2, 3, 4]; [line 2: ['abc' in column 'score' is not a "
        "number]]])]"
    )
    assert re.findall(r"[0-9]+", message) == re.findall(r"\d+", message)  # ASCII digits only
    assert (
        "data",
        "{name}: only 1 row with numbers in both {x} and {y}; need at least 2 ({skipped})",
    ) in asked
    assert {context for context, _ in asked} == {"data"}


def test_a_lesson_field_error_is_translated_with_its_range(asked):
    assert _lesson_error() == (
        "lesson.gdviz: [{path} must be {expected} (got {value})]".format(
            path="settings.iterations",
            expected="[a whole number from 0 to 2000000000]",
            value="-5",
        )
    )
    assert ("lesson", "a whole number from {low} to {high}") in asked


def test_an_optimizer_range_error_is_translated_with_its_name_and_numbers(asked):
    assert _range_error() == "[[momentum] must be between 0 and 0.999999 (got 2)]"
    assert _settings_error() == "[[batch size] must be at least 1 (got 0)]"
    assert ("optimizers", "{name} must be between {low} and {high} (got {value})") in asked


def test_loss_and_optimizer_labels_are_translated_in_their_modules_contexts(asked):
    assert loss_spec("mse").translated("label") == "[Mean squared error]"
    assert Objective("huber", 1.5, 0.25).label == "[[[Huber loss] (δ = 1.5)] + ridge λ = 0.25]"
    assert Objective("mae", ridge=2.0).optimum_name == "[ridge least-absolute-deviations line]"
    assert optimizer_spec("momentum").translated("label") == "[Momentum]"
    assert RunSettings(optimizer="adam").display_label == "[Adam]"
    assert ("objective", "Huber loss") in asked and ("optimizers", "Momentum") in asked
    assert ("objective", "{loss} (δ = {delta})") in asked


def test_the_registries_keep_their_english_keys(asked):
    """Lesson files, JSON and the command line use names and English labels."""
    assert optimizer_spec("momentum").label == "Momentum"
    assert loss_spec("huber").label == "Huber loss"
    assert MOMENTUM.noun == "momentum" and MOMENTUM.words == "momentum"


def test_every_text_asked_for_is_marked_where_the_tools_find_it(tmp_path, asked):
    """A text the translator is asked for but no catalogue holds would stay English."""
    _load_error(tmp_path)
    _lesson_error()
    _range_error()
    _settings_error()
    for spec in (loss_spec("huber"), optimizer_spec("nesterov")):
        for field in ("label", "noun", "tooltip"):
            spec.translated(field)
    _ = Objective("huber", 2.0, 1.0).label, Objective("mse", ridge=1.0).optimum_name
    missing = set(asked) - _marked_texts()
    assert not missing

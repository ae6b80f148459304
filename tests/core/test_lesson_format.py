"""The lesson format's structs and msgspec's errors in words, beyond the damaged files of
test_lesson.py: every kind of field, whole numbers, the checks a data file gets, steps."""

from __future__ import annotations

import json
import math

import msgspec
import pytest

from gdviz.core import lesson as fmt
from gdviz.core.checkpoints import Diverge, ErrorBelow, PredictOptimum
from gdviz.core.lesson import Lesson, LessonError, lesson_from_json, lesson_to_json
from tests.core.test_lesson import _DELETE, _document, _good_text, _lesson


def _message(text: str) -> str:
    with pytest.raises(LessonError) as caught:
        lesson_from_json(text, name="lesson.gdviz")
    message = str(caught.value)
    assert message.startswith("lesson.gdviz: ") and "\n" not in message, message
    assert len(message) < 300, message
    return message.removeprefix("lesson.gdviz: ")


REFUSED = {
    "title too long": ({"title": "x" * 201}, "title must be text that is not blank, at most 200"),
    "title a number": ({"title": 5}, "title must be text that is not blank, at most 200 "),
    "note too long": ({"note": "n" * 5001}, "note must be text, at most 5000 characters (got"),
    "source a number": ({"source": 5}, "source must be text, at most 1000 characters, or null"),
    "column name too long": ({"data.x_name": "x" * 201}, "data.x_name must be text, at most 200"),
    "settings a list": ({"settings": [1]}, "settings must be an object (got a list of 1 item)"),
    "optimizer a number": (
        {"settings.optimizer": 5},
        "settings.optimizer must be the name of an optimizer (got 5)",
    ),
    "iterations as text": (
        {"settings.iterations": "1000"},
        'settings.iterations must be a whole number from 0 to 2000000000 (got "1000")',
    ),
    "speed of 0": (
        {"settings.speed": 0},
        "settings.speed must be a number greater than 0, or null (got 0)",
    ),
    "seed too large": (
        {"settings.seed": 3_000_000_000},
        "settings.seed must be a whole number from 0 to 2000000000 (got 3000000000)",
    ),
    "normalize as text": (
        {"settings.normalize": "yes"},
        'settings.normalize must be true or false (got "yes")',
    ),
    "stop when converged as 1": (
        {"settings.stop_when_converged": 1},
        "settings.stop_when_converged must be true or false (got 1)",
    ),
    "starting b as text": (
        {"settings.initial_b": "0"},
        'settings.initial_b must be a number from -1e12 to 1e12 (got "0")',
    ),
    "no hyperparameters": ({"settings.hyperparameters": _DELETE}, "settings.hyperparameters is"),
    "hyperparameters a list": (
        {"settings.hyperparameters": [1]},
        "settings.hyperparameters must be an object (got a list of 1 item)",
    ),
    "learning rate as text": (
        {"settings.hyperparameters.learning_rate": "0.1"},
        "settings.hyperparameters.learning_rate must be a number between 1e-12 and 1000000000 "
        '(got "0.1")',
    ),
    "batch size of 2.5": (
        {"settings.optimizer": "minibatch", "settings.hyperparameters.batch_size": 2.5},
        "settings.hyperparameters.batch_size must be a whole number between 1 and",
    ),
    "view a list": ({"view": [1]}, "view must be an object (got a list of 1 item)"),
    "too many panels": (
        {"view.panels": {f"p{i}": True for i in range(40)}},
        "view.panels must be an object of at most 32 names (got an object)",
    ),
    "panel name too long": ({"view.panels": {"p" * 201: True}}, "view.panels has a name longer"),
    "unknown panel": (
        {"view.presentation": ["map"]},
        'view.presentation[0]: unknown panel "map" (gdviz knows: scatter, error, surface, contour)',
    ),
    "five panels presented": (
        {"view.presentation": ["scatter"] * 5},
        "view.presentation must be a list of at most 4 panel names (got a list of 5 items)",
    ),
    "negative iteration": ({"iteration": -1}, "iteration must be a whole number from 0 to"),
    "fractional iteration": ({"iteration": 1.5}, "iteration must be a whole number from 0"),
    "compare an object": ({"compare": {}}, "compare must be a list of at most 3 items (got an"),
    "compare of a number": ({"compare": [5]}, "compare[0] must be an object (got 5)"),
    "compare label a number": (
        {"compare": [{"optimizer": "gd", "hyperparameters": {"learning_rate": 0.1}, "label": 5}]},
        "compare[0].label must be text, at most 200 characters (got 5)",
    ),
    "compare without optimizer": (
        {"compare": [{"hyperparameters": {"learning_rate": 0.1}}]},
        "compare[0].optimizer is missing",
    ),
    "data.x an object": ({"data.x": {}}, "data.x must be a list of numbers (got an object)"),
    "a list in data": ({"data.x": [[1], 2, 3, 4, 5]}, "data.x[0] must be a number (got a list"),
    "null in data": ({"data.y": [1, None, 3, 4, 5]}, "data.y[1] must be a number (got null)"),
    "no data.x": ({"data.x": _DELETE}, "data.x is missing"),
    "version 0": ({"version": 0}, "version must be a whole number of at least 1 (got 0)"),
    "format null": ({"format": None}, 'not a gdviz lesson (no "format": "gdviz-lesson")'),
    # the checks a loaded data file gets (gdviz.core.model.check_data)
    "x too close for their size": (
        {"data.x": [1e6, 1e6 * (1 + 1e-12), 1e6, 1e6, 1e6 * (1 + 2e-12)]},
        "data: the x values differ too little for their size",
    ),
    "y too close to square": (
        {"data.y": [1e-160, 3e-160, 2e-160, 4e-160, 5e-160]},
        "data: the y values differ too little (their range is 4e-160)",
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_refused_field_gives_its_path_and_words(case):
    changes, words = REFUSED[case]
    assert _message(json.dumps(_document(**changes))).startswith(words)


def _replaced(old: str, new: str) -> str:
    text = _good_text()
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            _replaced('"learning_rate": 0.01', '"learning_rate": 1e999'),
            "settings.hyperparameters.learning_rate must be a finite number, not 1e999",
        ),
        (
            _replaced('"learning_rate": 0.01', '"learning_rate": 1' + "0" * 400),
            "settings.hyperparameters.learning_rate must be a finite number, not 100000000000",
        ),
        (_replaced("1.0, 2.0, 3.0", "1.0, 2e999, 3.0"), "data.x[1] must be a finite number, not"),
        (_replaced('"iteration": 120', '"iteration": [[1]]'), "iteration must be a whole number"),
        (
            _replaced('"note": "Press', '"note": "Pressé ✓\\n Press').replace(
                '"learning_rate": 0.01', '"learning_rate": NaN'
            ),
            "settings.hyperparameters.learning_rate must be a finite number, not NaN",
        ),
        (_replaced('"title"', '"title" "x"'), "line 4, column 11: not valid JSON (expected ':')"),
        ("true", 'not a gdviz lesson (not a JSON file: it starts with "true")'),
        ('{"format": "gdviz-lesson", "version": 3, "title": 5}', "made by a newer gdviz"),
        ('{"format": "gdviz-lesson", "version": 1.5}', "version must be a whole number of at"),
        ('{"version": 1, "title": ["x"]}', 'not a gdviz lesson (no "format": "gdviz-lesson")'),
        ('{"format": 5, "data": [NaN]}', 'not a gdviz lesson ("format" is 5, not "gdviz-lesson")'),
    ],
)
def test_refused_text_gives_its_path_and_words(text, words):
    assert _message(text).startswith(words)


def test_whole_numbers_written_with_a_decimal_point_still_read():
    document = _document(
        **{"settings.iterations": 500.0, "settings.seed": 7.0, "iteration": 120.0, "version": 1.0}
    )
    lesson = lesson_from_json(json.dumps(document))
    assert lesson == _lesson()
    assert type(lesson.settings.iterations) is int and type(lesson.iteration) is int
    assert type(lesson.settings.seed) is int


def test_names_are_read_as_the_window_writes_them():
    document = _document(**{"settings.optimizer": " Momentum ", "view.presentation": ["Error"]})
    document["settings"]["label"] = "ignored: the main run has no label in a file"
    lesson = lesson_from_json(json.dumps(document))
    assert lesson.settings.optimizer == "momentum" and lesson.settings.label == ""
    assert lesson.view.presentation == ("error",)


def test_unknown_keys_are_ignored_whatever_they_hold():
    text = _replaced('"iteration": 120', '"iteration": 120, "later": {"big": 1e999, "x": [[]]}')
    assert lesson_from_json(text) == _lesson()


def test_every_setting_is_written_and_reads_back():
    changed = _lesson(
        settings=_lesson().settings.replace(stop_when_converged=True, loss="huber", ridge=0.5),
        view=_lesson().view.__class__(presentation=("scatter", "contour")),
    )
    document = json.loads(lesson_to_json(changed))
    assert document["version"] == fmt.VERSION == 2
    assert document["settings"]["stop_when_converged"] is True
    assert (document["settings"]["loss"], document["settings"]["ridge"]) == ("huber", 0.5)
    assert document["view"]["presentation"] == ["scatter", "contour"]
    assert lesson_from_json(lesson_to_json(changed)) == changed


def test_the_structs_give_the_order_files_are_written_in():
    document = json.loads(lesson_to_json(_lesson()))
    assert list(document) == list(fmt.File.__struct_fields__)
    assert list(document["settings"]) == list(fmt.Settings.__struct_fields__)
    assert list(document["compare"][0]) == list(fmt.Run.__struct_fields__)
    assert list(document["data"]) == list(fmt.Data.__struct_fields__)


@pytest.mark.parametrize(
    ("kind", "path", "words"),
    [
        (fmt.File, ("settings", "iterations"), "a whole number from 0 to 2000000000"),
        (fmt.File, ("settings", "speed"), "a number greater than 0, or null"),
        (fmt.File, ("settings", "ridge"), "a number between 0 and 1000000000000"),
        (fmt.File, ("title",), "text that is not blank, at most 200 characters"),
        (fmt.File, ("source",), "text, at most 1000 characters, or null"),
        (fmt.File, ("compare",), "a list of at most 3 items"),
        (fmt.File, ("compare", 0, "optimizer"), "the name of an optimizer"),
        (fmt.File, ("view", "panels"), "an object of at most 32 names"),
        (fmt.File, ("view",), "an object"),
        (fmt.File, ("steps", 0, "settings", "iterations"), "a whole number from 0 to 2000000000"),
        (fmt.File, ("steps", 0, "checkpoint", "within_iterations"), "a whole number from 1 to"),
        (fmt.File, ("steps", 0, "checkpoint", "tolerance"), "a number greater than 0, at most 1"),
        (list[float], (), "a list of numbers"),
        (list[float], (3,), "a number"),
    ],
)
def test_words_come_from_the_structs(kind, path, words):
    assert fmt._words(fmt._type_at(kind, path)).startswith(words)


def test_raw_at_and_show():
    raw = b'{"a": [1, {"b": "yes"}, [1, 2, 3]], "c": 1e999}'
    assert fmt._show_raw(fmt._raw_at(raw, ("a", 1, "b"))) == '"yes"'
    assert fmt._show_raw(fmt._raw_at(raw, ("a", 2))) == "a list of 3 items"
    assert fmt._show_raw(fmt._raw_at(raw, ("c",))) == "1e999"
    assert fmt._raw_at(raw, ("nowhere",)) is None
    assert fmt._show("x" * 100) == '"' + "x" * 35 + '..."'
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(raw, type=fmt.File)


# ---------------------------------------------------------------------------- steps


def _stepped() -> Lesson:
    return _lesson(
        steps=(
            fmt.Step("Press Start.", question="Does it settle?", checkpoint=Diverge()),
            fmt.Step(
                "Faster now.",
                settings=fmt.SettingsChange(hyperparameters={"learning_rate": 0.02}),
                view=fmt.ViewChange(panels={"error": True}, log_scale=False),
                checkpoint=ErrorBelow(value=5.0, within_iterations=200),
            ),
            fmt.Step("Plain descent.", settings=fmt.SettingsChange(optimizer="gd", seed=3)),
            fmt.Step(
                "Mark the best line.",
                settings=fmt.SettingsChange(loss="huber", huber_delta=2.5),
                checkpoint=PredictOptimum(tolerance=0.1),
            ),
        )
    )


def test_a_stepped_lesson_round_trips():
    lesson = _stepped()
    text = lesson_to_json(lesson)
    assert lesson_from_json(text) == lesson and lesson_to_json(lesson_from_json(text)) == text
    steps = json.loads(text)["steps"]
    assert steps[0] == {
        "text": "Press Start.",
        "question": "Does it settle?",
        "checkpoint": {"kind": "diverge"},
    }
    assert steps[1]["settings"] == {"hyperparameters": {"learning_rate": 0.02}}
    assert steps[3]["checkpoint"] == {"kind": "predict_optimum", "tolerance": 0.1}


def test_steps_change_only_the_fields_they_give():
    lesson = _stepped()
    main = lesson.settings
    assert lesson.settings_at(-1) == lesson.settings_at(0) == main
    at1 = lesson.settings_at(1)  # the learning rate changes, momentum stays
    assert dict(at1.hyperparameters) == {"learning_rate": 0.02, "momentum": 0.9}
    assert at1.replace(hyperparameters=main.hyperparameters) == main
    at2 = lesson.settings_at(2)  # a new rule keeps the rate and drops what it does not take
    assert (at2.optimizer, dict(at2.hyperparameters), at2.seed) == (
        "gd",
        {"learning_rate": 0.02},
        3,
    )
    at3 = lesson.settings_at(3)
    assert (at3.loss, at3.huber_delta, at3.iterations) == ("huber", 2.5, main.iterations)
    # compared runs keep their own rule and take the rest from the main run at that step
    (adam,) = lesson.compare_at(3)
    assert (adam.optimizer, adam.label, adam.seed, adam.loss) == ("adam", "Adam", 3, "huber")
    assert lesson.view_at(0) == lesson.view
    view = lesson.view_at(1)
    assert dict(view.panels) == {"error": True} and not view.log_scale and view.squares
    assert lesson.view_at(3) == view


def test_a_lesson_without_steps_is_one_step_its_note():
    lesson = _lesson()
    assert lesson.steps == (fmt.Step("Press Start.\nWatch the line."),)
    assert json.loads(lesson_to_json(lesson))["steps"] == []
    assert lesson.settings_at(0) == lesson.settings and lesson.view_at(0) == lesson.view


def test_a_version_1_file_still_opens():
    document = _document()
    for key in ("loss", "huber_delta", "ridge"):
        del document["settings"][key]
    del document["steps"]
    document["version"] = 1
    document["settings"]["iterations"] = 500.0  # whole numbers with a point, as written once
    lesson = lesson_from_json(json.dumps(document))
    assert lesson == _lesson() and len(lesson.steps) == 1
    assert (lesson.settings.loss, lesson.settings.huber_delta, lesson.settings.ridge) == (
        "mse",
        1.0,
        0.0,
    )


STEP_REFUSED = {
    "unknown kind": ({"kind": "guess"}, None, "steps[0].checkpoint.kind must be one of: diverge,"),
    "no kind": ({"value": 1}, None, "steps[0].checkpoint.kind is missing"),
    "negative target": (
        {"kind": "error_below", "value": -1, "within_iterations": 5},
        None,
        "steps[0].checkpoint.value must be a number greater than 0 (got -1)",
    ),
    "tolerance above 1": (
        {"kind": "predict_next", "tolerance": 2},
        None,
        "steps[0].checkpoint.tolerance must be a number greater than 0, at most 1 (got 2)",
    ),
    "learning rate of a step": (
        None,
        {"hyperparameters": {"learning_rate": 0}},
        "steps[0].settings.hyperparameters.learning_rate must be a number greater than 0 (got 0)",
    ),
    "unknown loss": (None, {"loss": "cubic"}, 'steps[0].settings.loss: unknown loss "cubic"'),
    "a batch size for plain descent": (
        None,
        {"optimizer": "gd", "hyperparameters": {"batch_size": 4}},
        "steps[0].settings: gd always uses every point per step",
    ),
    "a loss without curvature for Newton's method": (
        None,
        {"optimizer": "newton", "loss": "mae"},
        "steps[0].settings: ",
    ),
    "a step's text a number": (None, None, "steps[0].text must be text, at most 5000 characters"),
}


@pytest.mark.parametrize("case", list(STEP_REFUSED))
def test_refused_step_gives_its_path_and_words(case):
    checkpoint, settings, words = STEP_REFUSED[case]
    step = {"text": 5} if checkpoint is settings is None else {"text": "Look."}
    if checkpoint is not None:
        step["checkpoint"] = checkpoint
    if settings is not None:
        step["settings"] = settings
    assert _message(json.dumps(_document(steps=[step]))).startswith(words)


def test_newer_versions_and_too_many_steps_are_refused():
    assert _message(json.dumps(_document(version=3, steps=[{"what": "next"}]))) == (
        "made by a newer gdviz (format version 3; this gdviz reads up to 2); "
        "update gdviz to open it"
    )
    many = [{"text": "x"}] * (fmt.MAX_STEPS + 1)
    assert _message(json.dumps(_document(steps=many))).startswith(
        f"steps must be a list of at most {fmt.MAX_STEPS} items (got a list of"
    )


def test_a_step_that_cannot_be_saved_is_refused():
    bad = _lesson(steps=(fmt.Step("x", settings=fmt.SettingsChange(ridge=math.inf)),))
    with pytest.raises(LessonError, match=r"steps\[0\]\.settings\.ridge must be a finite number"):
        lesson_to_json(bad)

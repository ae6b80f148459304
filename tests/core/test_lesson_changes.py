"""What a step changes: the view's ``hidden`` in the format, and the changes the lesson
editor records (``settings_change``, ``view_change``) read back to the same state."""

from __future__ import annotations

import json

import numpy as np
import pytest

from gdviz.core.lesson import (
    Lesson,
    LessonData,
    RunSettings,
    Step,
    ViewSettings,
    lesson_from_json,
    lesson_to_json,
    settings_change,
    view_change,
)
from gdviz.core.optimizers import OPTIMIZERS

DATA = LessonData((1.0, 2.0, 3.0, 4.0), (2.0, 4.5, 5.5, 8.0))


def test_hidden_is_read_written_and_false_when_a_file_leaves_it_out():
    lesson = Lesson(title="t", data=DATA, view=ViewSettings(hidden=True))
    text = lesson_to_json(lesson)
    assert json.loads(text)["view"]["hidden"] is True
    assert lesson_from_json(text).view.hidden is True
    document = json.loads(text)
    del document["view"]["hidden"]
    assert lesson_from_json(json.dumps(document)).view.hidden is False
    document["view"]["hidden"] = "yes"
    with pytest.raises(ValueError, match=r"view\.hidden must be true or false \(got \"yes\"\)"):
        lesson_from_json(json.dumps(document), "x.gdviz")


def test_a_step_can_turn_predict_mode_on_and_off():
    from gdviz.core.lesson import ViewChange

    steps = (
        Step("a", view=ViewChange(hidden=True)),
        Step("b"),
        Step("c", view=ViewChange(hidden=False)),
    )
    lesson = lesson_from_json(lesson_to_json(Lesson(title="t", data=DATA, steps=steps)))
    assert [lesson.view_at(i).hidden for i in range(-1, 3)] == [False, True, True, False]


def test_no_change_is_none():
    s, v = RunSettings(), ViewSettings(panels={"scatter": True})
    assert settings_change(s, s) is None and view_change(v, v) is None
    assert settings_change(s, s.replace(label="other")) is None  # not a step's to change


def _random_settings(rng) -> RunSettings:
    name = str(rng.choice(sorted(OPTIMIZERS)))
    settings = RunSettings().with_optimizer(name)
    hyper = {"learning_rate": float(rng.choice([1e-4, 0.01, 0.3]))}
    return settings.replace(
        hyperparameters={**settings.hyperparameters, **hyper},
        iterations=int(rng.integers(1, 5000)),
        initial_b=float(rng.normal()),
        normalize=bool(rng.integers(2)),
        speed=None if rng.integers(2) else float(rng.integers(1, 100)),
        loss=str(rng.choice(["mse", "huber"])),  # every rule descends these
    )


def test_a_recorded_change_brings_back_the_settings_and_view_exactly():
    rng = np.random.default_rng(7)
    for _ in range(60):
        before, after = _random_settings(rng), _random_settings(rng)
        panels = {name: bool(rng.integers(2)) for name in ("scatter", "error", "contour")}
        view_before = ViewSettings(panels=dict.fromkeys(panels, True))
        view_after = ViewSettings(
            log_scale=bool(rng.integers(2)), panels=panels, hidden=bool(rng.integers(2))
        )
        step = Step(
            "x",
            settings=settings_change(before, after),
            view=view_change(view_before, view_after),
        )
        lesson = Lesson(title="t", data=DATA, settings=before, view=view_before, steps=(step,))
        lesson = lesson_from_json(lesson_to_json(lesson))  # and through the file
        assert lesson.settings_at(0) == after.replace(label="")
        assert lesson.view_at(0) == view_after


def test_a_change_of_one_hyperparameter_names_only_it():
    before = RunSettings().with_optimizer("momentum")
    after = before.replace(hyperparameters={**before.hyperparameters, "momentum": 0.5})
    change = settings_change(before, after)
    assert change.hyperparameters == {"momentum": 0.5}
    assert change.optimizer is not None and str(change.optimizer) == "UNSET"

"""Lesson files: round trips, damaged and foreign files, atomic writes, shipped lessons."""

from __future__ import annotations

import importlib.util
import json
import math
import os
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from gdviz.core import atomic, model
from gdviz.core.checkpoints import KINDS, Guess, check
from gdviz.core.data import load_dataset
from gdviz.core.lesson import (
    FORMAT,
    MAX_FILE_BYTES,
    MAX_POINTS,
    VERSION,
    Lesson,
    LessonData,
    LessonError,
    RunSettings,
    ViewSettings,
    lesson_from_json,
    lesson_to_json,
    load_lesson,
    make_descent,
    save_lesson,
    shipped_lessons,
)
from gdviz.core.objective import Objective
from gdviz.core.optimizers import OPTIMIZERS
from gdviz.core.stability import measured_iterations
from tests.conftest import TUTORIAL

REPO = Path(__file__).resolve().parents[2]
LESSONS = REPO / "resources" / "lessons"
DATA = REPO / "data"


def _lesson(**changes) -> Lesson:
    fields = {
        "title": "Five points",
        "note": "Press Start.\nWatch the line.",
        "data": LessonData((1.0, 2.0, 3.0, 4.0, 5.0), (2.1, 3.9, 6.2, 7.8, 10.1), "hours", "score"),
        "settings": RunSettings(
            optimizer="momentum",
            hyperparameters={"learning_rate": 0.01, "momentum": 0.9},
            iterations=500,
            initial_b=-1.5,
            initial_m=0.25,
            normalize=False,
            seed=7,
            speed=50.0,
        ),
        "view": ViewSettings(
            residuals=False,
            optimum_line=True,
            log_scale=True,
            squares=True,
            panels={"error": False},
        ),
        "iteration": 120,
        "compare": (
            RunSettings("adam", {"learning_rate": 0.1, "b1": 0.8}, normalize=True, label="Adam"),
        ),
        "source": "five_points.csv",
    }
    fields.update(changes)
    return Lesson(**fields)


def _document(**changes) -> dict:
    document = json.loads(lesson_to_json(_lesson()))
    for path, value in changes.items():
        target = document
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[key]
        if value is _DELETE:
            del target[keys[-1]]
        else:
            target[keys[-1]] = value
    return document


_DELETE = object()


# ---------------------------------------------------------------------------- round trips


def test_round_trip_is_exact(tmp_path):
    awkward = (0.1 + 0.2, 1 / 3, -0.0, 5e-324, 1e-300, 123456789.123456789, 2.0**-1074 * 3)
    lesson = _lesson(data=LessonData(tuple(range(len(awkward))), awkward))
    assert lesson_from_json(lesson_to_json(lesson)) == lesson
    path = tmp_path / "exact.gdviz"
    save_lesson(path, lesson)
    again = load_lesson(path)
    assert again == lesson
    assert [v.hex() for v in again.data.y] == [float(v).hex() for v in awkward]
    assert lesson_to_json(again) == path.read_text(encoding="utf-8")  # stable layout


def test_defaults_for_optional_fields():
    document = {
        "format": FORMAT,
        "version": VERSION,
        "title": "Minimal",
        "data": {"x": [1, 2, 3], "y": [1, 2, 4]},
        "settings": {
            "optimizer": "gd",
            "hyperparameters": {"learning_rate": 0.1},
            "iterations": 10,
        },
    }
    lesson = lesson_from_json(json.dumps(document))
    assert lesson.note == "" and lesson.source is None and lesson.iteration == 0
    assert lesson.data.x == (1.0, 2.0, 3.0) and lesson.data.x_name == "x"
    assert lesson.settings.initial_b == 0.0 and lesson.settings.speed is None
    assert lesson.settings.normalize is False and lesson.settings.seed == 0
    assert lesson.view == ViewSettings() and lesson.compare == ()


def test_unknown_keys_are_ignored():
    document = _document()
    document["made_with"] = "gdviz 9"
    document["settings"]["warmup"] = 3
    document["settings"]["hyperparameters"]["nesterov"] = True
    document["view"]["grid"] = {"anything": [1, 2]}
    assert lesson_from_json(json.dumps(document)) == _lesson()
    # NaN and Infinity, which JSON has not, are ignored there too
    text = lesson_to_json(_lesson()).replace('"iteration": 120', '"iteration": 120, "later": [NaN]')
    assert (
        lesson_from_json(text.replace('"seed": 7', '"seed": 7, "x": {"y": -Infinity}')) == _lesson()
    )


def test_compare_runs_share_the_main_runs_start():
    lesson = _lesson()
    (run,) = lesson.compare
    assert (run.optimizer, run.normalize, run.label) == ("adam", True, "Adam")
    assert (run.initial_b, run.initial_m, run.seed, run.iterations, run.speed) == (
        -1.5,
        0.25,
        7,
        500,
        50.0,
    )
    other = _lesson(compare=(RunSettings(optimizer="gd", seed=99, initial_b=5.0),))
    assert (other.compare[0].seed, other.compare[0].initial_b) == (7, -1.5)
    document = json.loads(lesson_to_json(lesson))
    assert list(document["compare"][0]) == ["label", "optimizer", "hyperparameters", "normalize"]


def test_utf8_bom_and_utf16_files_load(tmp_path):
    text = lesson_to_json(_lesson(note="η and λ"))
    (tmp_path / "bom.gdviz").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "utf16.gdviz").write_bytes(text.encode("utf-16"))
    assert load_lesson(tmp_path / "bom.gdviz").note == "η and λ"
    assert load_lesson(tmp_path / "utf16.gdviz").note == "η and λ"


def test_lesson_values_are_plain_and_read_only():
    lesson = _lesson(
        settings=RunSettings(
            hyperparameters={"learning_rate": np.float64(0.5), "batch_size": np.int64(4)},
            optimizer="minibatch",
            iterations=np.int64(10),
            initial_b=2,
        )
    )
    assert type(lesson.settings.iterations) is int and type(lesson.settings.initial_b) is float
    assert type(lesson.settings.hyperparameters["batch_size"]) is int
    with pytest.raises(TypeError):
        lesson.settings.hyperparameters["learning_rate"] = 1.0  # type: ignore[index]
    assert lesson_from_json(lesson_to_json(lesson)) == lesson


def _hyperparameters(name: str):
    rate = st.floats(1e-9, 1e3, allow_subnormal=False)
    fraction = st.floats(0.0, 0.999)
    extra = {
        "momentum": {"momentum": fraction},
        "nesterov": {"momentum": fraction},
        "adam": {"b1": fraction, "b2": fraction, "eps": st.floats(1e-12, 1.0)},
        "rmsprop": {"decay": fraction, "eps": st.floats(1e-12, 1.0)},
        "adagrad": {"eps": st.floats(1e-12, 1.0)},
        "minibatch": {"batch_size": st.integers(1, 1000)},
    }.get(name, {})
    return st.fixed_dictionaries({"learning_rate": rate}, optional=extra)


_names = st.sampled_from(sorted(OPTIMIZERS))
_text = st.text(max_size=60)


def _fits(x, y) -> bool:
    try:
        model.check_data(np.array(x), np.array(y))
    except ValueError:
        return False
    return True


@st.composite
def _lessons(draw) -> Lesson:
    n = draw(st.integers(2, 40))
    number = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
    # x values whose squared spread does not underflow (such data is refused)
    abscissa = st.just(0.0) | st.floats(1e-6, 1e6) | st.floats(-1e6, -1e-6)
    x = draw(st.lists(abscissa, min_size=n, max_size=n))
    assume(min(x) != max(x))
    y = draw(st.lists(number, min_size=n, max_size=n))
    assume(_fits(x, y))  # data a loaded file would be refused for is refused in a lesson too
    name = draw(_names)
    runs = []
    for _ in range(draw(st.integers(0, 3))):
        other = draw(_names)
        runs.append(
            RunSettings(other, draw(_hyperparameters(other)), draw(st.booleans()), draw(_text))
        )
    return Lesson(
        title=draw(st.text(min_size=1, max_size=80).filter(str.strip)),
        note=draw(st.text(max_size=300)),
        data=LessonData(x, y, draw(_text), draw(_text)),
        settings=RunSettings(
            optimizer=name,
            hyperparameters=draw(_hyperparameters(name)),
            iterations=draw(st.integers(0, 2_000_000_000)),
            initial_b=draw(number),
            initial_m=draw(st.floats(-100, 100)),
            normalize=draw(st.booleans()),
            seed=draw(st.integers(0, 2_000_000_000)),
            speed=draw(st.none() | st.floats(1e-3, 1e6)),
        ),
        view=ViewSettings(
            *(draw(st.booleans()) for _ in range(4)),
            panels=draw(st.dictionaries(_text, st.booleans(), max_size=5)),
        ),
        iteration=draw(st.integers(0, 2_000_000_000)),
        compare=tuple(runs),
        source=draw(st.none() | _text),
    )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_lessons())
def test_round_trip_property(lesson):
    text = lesson_to_json(lesson)
    again = lesson_from_json(text)
    assert again == lesson
    assert [v.hex() for v in again.data.x] == [v.hex() for v in lesson.data.x]
    assert [v.hex() for v in again.data.y] == [v.hex() for v in lesson.data.y]
    assert lesson_to_json(again) == text


@pytest.mark.parametrize(
    ("lesson", "words"),
    [
        (_lesson(settings=RunSettings(hyperparameters={"learning_rate": math.nan})), "finite"),
        (_lesson(data=LessonData((1.0, math.inf), (1.0, 2.0))), "data.x[1] must be a finite"),
        (_lesson(title=" "), "title must be text that is not blank"),
        (
            _lesson(settings=RunSettings(hyperparameters={"learning_rate": 0.1, "name": 1})),
            "'name'",
        ),
        (_lesson(settings=RunSettings(speed=math.inf)), "settings.speed must be a finite"),
        (_lesson(compare=(RunSettings("gd", {"learning_rate": 1.0}),) * 4), "at most 3"),
    ],
)
def test_unsavable_lessons_are_refused(tmp_path, lesson, words):
    with pytest.raises(LessonError, match=re.escape(words)):
        lesson_to_json(lesson)
    path = tmp_path / "bad.gdviz"
    with pytest.raises(LessonError, match=r"^cannot save bad\.gdviz: "):
        save_lesson(path, lesson)
    assert not path.exists() and not list(tmp_path.iterdir())


# ---------------------------------------------------------------------------- damaged files


def _good_text() -> str:
    return lesson_to_json(_lesson())


def _doc(**changes) -> str:
    return json.dumps(_document(**changes))


DAMAGED = {
    "truncated": (lambda: _good_text()[:300], ["line", "not valid JSON", "cut short"]),
    "truncated in a string": (lambda: _good_text()[:90], ["not valid JSON", "cut short"]),
    "missing comma": (
        lambda: _good_text().replace('"version": 2,', '"version": 2'),
        ["line 4, column 3: not valid JSON (expected ',' or '}')"],
    ),
    "binary garbage": (
        lambda: np.random.default_rng(1).bytes(4000),
        ["not a gdviz lesson"],
    ),
    "binary without NUL": (
        lambda: bytes(b for b in np.random.default_rng(2).bytes(4000) if b),
        ["not a gdviz lesson (not UTF-8 text"],
    ),
    "csv renamed": (
        lambda: (DATA / "tutorial.csv").read_bytes(),
        ['not a gdviz lesson (not a JSON file: it starts with "hours studied'],
    ),
    "empty file": (lambda: b"", ["the file is empty"]),
    "JSON array": (lambda: "[1, 2, 3]", ["not a gdviz lesson (the file holds a JSON array"]),
    "JSON string": (lambda: '"gdviz-lesson"', ["the file holds a JSON string"]),
    "no format": (
        lambda: _doc(format=_DELETE),
        ['not a gdviz lesson (no "format": "gdviz-lesson")'],
    ),
    "wrong format": (
        lambda: _doc(format="vega-lite"),
        ['not a gdviz lesson ("format" is "vega-lite", not "gdviz-lesson")'],
    ),
    "version 3": (
        lambda: _doc(version=3),
        ["made by a newer gdviz (format version 3; this gdviz reads up to 2); update gdviz"],
    ),
    "version as text": (lambda: _doc(version="1"), ["version must be a whole number", '(got "1")']),
    "no version": (lambda: _doc(version=_DELETE), ['no format version (expected "version": 2)']),
    "NaN literal": (
        lambda: _good_text().replace('"learning_rate": 0.01', '"learning_rate": NaN'),
        ["settings.hyperparameters.learning_rate must be a finite number, not NaN"],
    ),
    "Infinity in data": (
        lambda: _good_text().replace("2.1,", "-Infinity,"),
        ["data.y[0] must be a finite number, not -Infinity"],
    ),
    "overflowing number": (
        lambda: _good_text().replace('"initial_b": -1.5', '"initial_b": 1e999'),
        ["settings.initial_b must be a finite number, not 1e999"],
    ),
    "bool as learning rate": (
        lambda: _doc(**{"settings.hyperparameters.learning_rate": True}),
        [
            "settings.hyperparameters.learning_rate must be a number between 1e-12 and "
            "1000000000 (got true)"
        ],
    ),
    "negative learning rate": (
        lambda: _doc(**{"settings.hyperparameters.learning_rate": -1}),
        ["settings.hyperparameters.learning_rate must be a number greater than 0 (got -1)"],
    ),
    "no learning rate": (
        lambda: _doc(**{"settings.hyperparameters.learning_rate": _DELETE}),
        ["settings.hyperparameters.learning_rate is missing"],
    ),
    "momentum of 1": (
        lambda: _doc(**{"settings.hyperparameters.momentum": 1}),
        ["settings.hyperparameters.momentum must be a number between 0 and 0.999999 (got 1)"],
    ),
    "learning rate above the window's range": (
        lambda: _doc(**{"settings.hyperparameters.learning_rate": 2e9}),
        [
            "settings.hyperparameters.learning_rate must be a number between 1e-12 and "
            "1000000000 (got 2000000000.0)"
        ],
    ),
    "batch size of 0": (
        lambda: _doc(
            **{"settings.optimizer": "minibatch", "settings.hyperparameters.batch_size": 0}
        ),
        ["settings.hyperparameters.batch_size must be a whole number of at least 1 (got 0)"],
    ),
    "negative iterations": (
        lambda: _doc(**{"settings.iterations": -5}),
        ["settings.iterations must be a whole number from 0 to 2000000000 (got -5)"],
    ),
    "fractional iterations": (
        lambda: _doc(**{"settings.iterations": 10.5}),
        ["settings.iterations must be a whole number", "(got 10.5)"],
    ),
    "unknown optimizer": (
        lambda: _doc(**{"settings.optimizer": "warp drive"}),
        ['settings.optimizer: unknown optimizer "warp drive" (gdviz knows: gd, sgd'],
    ),
    "batch size for plain descent": (
        lambda: _doc(**{"settings.optimizer": "gd", "settings.hyperparameters.batch_size": 10}),
        ["settings: gd always uses every point per step"],
    ),
    "bad compare run": (
        lambda: _doc(**{"compare": [{"optimizer": "adam", "hyperparameters": {}}]}),
        ["compare[0].hyperparameters.learning_rate is missing"],
    ),
    "too many compare runs": (
        lambda: _doc(
            **{"compare": [{"optimizer": "gd", "hyperparameters": {"learning_rate": 1}}] * 4}
        ),
        ["compare must be a list of at most 3 items (got a list of 4 items)"],
    ),
    "panels not booleans": (
        lambda: _doc(**{"view.panels": {"error": "yes"}}),
        ['view.panels.error must be true or false (got "yes")'],
    ),
    "missing title": (lambda: _doc(title=_DELETE), ["title is missing"]),
    "missing data": (lambda: _doc(data=_DELETE), ["data is missing"]),
    "data as a path": (
        lambda: _doc(**{"data": "/etc/passwd"}),
        ['data must be an object (got "/etc/passwd")'],
    ),
    "text in data": (
        lambda: _doc(**{"data.y": [1, 2, "3", 4, 5]}),
        ['data.y[2] must be a number (got "3")'],
    ),
    "mismatched lengths": (
        lambda: _doc(**{"data.y": [1, 2, 3, 4]}),
        ["data.x and data.y differ in length (5 and 4)"],
    ),
    "empty data": (
        lambda: _doc(**{"data.x": [], "data.y": []}),
        ["data holds no points; a line needs at least 2 points"],
    ),
    "one point": (
        lambda: _doc(**{"data.x": [1], "data.y": [2]}),
        ["data holds 1 point; a line needs at least 2 points"],
    ),
    "constant x": (
        lambda: _doc(**{"data.x": [3, 3, 3, 3, 3]}),
        ["data: all x values are equal (x = 3.0)"],
    ),
    "data too large to fit": (
        lambda: _doc(**{"data.x": [-1e300, 1e300, 0, 1, 2]}),
        ["data: x values as large as 1e+300 are too large"],
    ),
    "starting line too far": (
        lambda: _doc(**{"settings.initial_m": 1e12, "data.x": [1e150, 2e150, 3e150, 4e150, 5e150]}),
        ["settings: the starting line b = -1.5, m = 1e+12 is so far from the data"],
    ),
    "starting line beyond the window's inputs": (
        lambda: _doc(**{"settings.initial_b": -2e12}),
        ["settings.initial_b must be a number from -1e12 to 1e12 (got -2000000000000.0)"],
    ),
    "NaN in a foreign array": (lambda: "[NaN]", ["the file holds a JSON array"]),
    "deep nesting": (
        lambda: '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}",
        ["nested too deeply"],
    ),
    "latin-1 note": (
        lambda: _good_text().replace("Watch", "Regardez l\u00e0").encode("latin-1"),
        ["line 5: byte 0xe0 is not UTF-8 text; save the file as UTF-8"],
    ),
    "too many points": (
        lambda: _good_text().replace("1.0, 2.0, 3.0, 4.0, 5.0", "1," * MAX_POINTS + "2"),
        [f"data.x holds {MAX_POINTS + 1} numbers; a lesson holds at most {MAX_POINTS}"],
    ),
}


@pytest.mark.parametrize("case", list(DAMAGED))
def test_damaged_or_foreign_file_gives_one_clear_line(tmp_path, case):
    make, words = DAMAGED[case]
    content = make()
    path = tmp_path / "lesson.gdviz"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    with pytest.raises(LessonError) as caught:
        load_lesson(path)
    message = str(caught.value)
    assert message.startswith("lesson.gdviz: ")
    assert "\n" not in message and len(message) < 300, message
    for word in words:
        assert word in message, message
    if isinstance(content, str):  # the text API says the same
        with pytest.raises(LessonError) as again:
            lesson_from_json(content, name="lesson.gdviz")
        assert str(again.value) == message


def test_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.gdviz"
    with open(path, "wb") as handle:  # sparse: 60 MB on paper, nothing on the disk
        handle.truncate(60 * 1024 * 1024)
    opened = []
    monkeypatch.setattr(os, "open", lambda *a, **k: opened.append(a))
    with pytest.raises(
        LessonError,
        match=r"^huge\.gdviz: the file is too large for a lesson "
        r"\(60\.0 MB; at most 50 MB\)$",
    ):
        load_lesson(path)
    monkeypatch.undo()
    assert not opened  # refused by its size, without opening it
    with pytest.raises(LessonError, match="too large"):
        lesson_from_json(" " * (MAX_FILE_BYTES + 1))


@pytest.mark.parametrize("make", [lambda p: p / "missing.gdviz", lambda p: p])
def test_unreadable_path_gives_a_lesson_error(tmp_path, make):
    with pytest.raises(LessonError, match="cannot open the file"):
        load_lesson(make(tmp_path))


# ---------------------------------------------------------------------------- atomic writes


def test_atomic_writes_content(tmp_path):
    path = tmp_path / "notes.txt"
    atomic.write_text_atomic(path, "first\nline two\r\n")
    assert path.read_bytes() == b"first\nline two\r\n"
    atomic.write_text_atomic(path, "η = 0.1", encoding="utf-16")
    assert path.read_text(encoding="utf-16") == "η = 0.1"
    atomic.write_bytes_atomic(path, b"\x00\x01" * 100_000)
    assert path.read_bytes() == b"\x00\x01" * 100_000
    assert os.listdir(tmp_path) == ["notes.txt"]


def test_atomic_write_keeps_permissions(tmp_path):
    path = tmp_path / "kept.txt"
    path.write_text("old")
    path.chmod(0o640)
    atomic.write_text_atomic(path, "new")
    assert path.read_text() == "new"
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_failed_write_leaves_old_file_and_no_temporary(tmp_path, monkeypatch, failing):
    path = tmp_path / "lesson.gdviz"
    path.write_text("old content")

    def fail(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, failing, fail)
    with pytest.raises(PermissionError) as caught:
        atomic.write_text_atomic(path, "new content")
    monkeypatch.undo()
    assert str(caught.value) == f"could not write {path}: Permission denied"
    assert caught.value.errno == 13
    assert path.read_text() == "old content"
    assert os.listdir(tmp_path) == ["lesson.gdviz"]


def test_interrupted_write_removes_the_temporary(tmp_path, monkeypatch):
    path = tmp_path / "lesson.gdviz"

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_bytes_atomic(path, b"data")
    assert os.listdir(tmp_path) == []


def test_write_onto_a_folder_or_into_a_missing_folder_fails_cleanly(tmp_path):
    (tmp_path / "folder").mkdir()
    with pytest.raises(OSError, match=r"^could not write .*folder: "):
        atomic.write_text_atomic(tmp_path / "folder", "text")
    assert sorted(os.listdir(tmp_path)) == ["folder"]
    with pytest.raises(FileNotFoundError, match=r"^could not write .*nowhere.*: "):
        atomic.write_text_atomic(tmp_path / "nowhere" / "file.txt", "text")
    with pytest.raises(OSError, match="cannot be saved as ascii"):
        atomic.write_text_atomic(tmp_path / "a.txt", "η", encoding="ascii")
    assert sorted(os.listdir(tmp_path)) == ["folder"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_only_folder(tmp_path):
    path = tmp_path / "lesson.gdviz"
    path.write_text("old")
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(PermissionError, match="could not write"):
            atomic.write_text_atomic(path, "new")
    finally:
        tmp_path.chmod(0o755)
    assert path.read_text() == "old" and os.listdir(tmp_path) == ["lesson.gdviz"]


def test_save_lesson_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "class.gdviz"
    save_lesson(path, _lesson())
    assert os.listdir(tmp_path) == ["class.gdviz"]
    before = path.read_bytes()
    monkeypatch.setattr(
        atomic.os,
        "replace",
        lambda *a: (_ for _ in ()).throw(OSError(28, "No space left on device")),
    )
    with pytest.raises(OSError, match="No space left on device"):
        save_lesson(path, _lesson(title="Changed"))
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["class.gdviz"]


# ---------------------------------------------------------------------------- shipped lessons


def _generator():
    path = REPO / "tools" / "make_lessons.py"
    spec = importlib.util.spec_from_file_location("make_lessons", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def shipped() -> dict[str, Lesson]:
    return {path.name: load_lesson(path) for path in sorted(LESSONS.glob("*.gdviz"))}


def _run(lesson: Lesson, run: RunSettings | None = None):
    descent = make_descent(lesson, run)
    descent.run_to(lesson.settings.iterations)
    return descent


def _analysis(lesson: Lesson) -> model.Analysis:
    return model.analyse(model.fit_statistics(*lesson.data.arrays()))


def test_shipped_lessons_are_listed_in_order():
    titles = [title for title, _ in shipped_lessons(LESSONS)]
    assert titles == [
        "The tutorial as published",
        "Learning rate too large",
        "The narrow valley: why normalising helps",
        "Momentum and Adam against plain descent",
        "Stochastic and mini-batch noise",
        "One outlier",
        "Optimizer race: which rule reaches the best line first?",
    ]
    assert shipped_lessons(LESSONS / "no such folder") == []


def test_shipped_lessons_match_the_generator(shipped):
    built = _generator().build()
    assert sorted(built) == sorted(shipped)
    for name, lesson in built.items():
        assert (LESSONS / name).read_text(encoding="utf-8") == lesson_to_json(lesson), name


@pytest.mark.parametrize("name", sorted(p.name for p in LESSONS.glob("*.gdviz")))
def test_shipped_lesson_is_sound(shipped, name):
    lesson = shipped[name]
    dataset = load_dataset(DATA / lesson.source)
    assert lesson.data.arrays()[0].tolist() == dataset.x.tolist()
    assert lesson.data.arrays()[1].tolist() == dataset.y.tolist()
    assert (lesson.data.x_name, lesson.data.y_name) == (dataset.x_name, dataset.y_name)
    sentences = re.findall(r"[.?!](?:\s|$)", lesson.note)
    assert 2 <= len(sentences) <= 4, lesson.note
    assert "Press Start" in lesson.note and len(lesson.note) < 480
    assert lesson.iteration == 0 and lesson.settings.speed is not None
    assert (lesson.settings.initial_b, lesson.settings.initial_m) == (0.0, 0.0)
    assert set(lesson.view.panels) == {"scatter", "error", "contour", "surface"}
    for run in (lesson.settings, *lesson.compare):
        run.make_optimizer()
    assert 2 <= len(lesson.steps) <= 5
    for index, step in enumerate(lesson.steps):  # short plain text; runs that can be made
        assert step.text.strip() and len(step.text) < 260 and "<" not in step.text
        assert step.checkpoint is None or step.question, step
        for run in (lesson.settings_at(index), *lesson.compare_at(index)):
            assert run.checked() == run.checked().checked()


def test_shipped_lessons_hold_every_kind_of_checkpoint(shipped):
    kinds = {
        type(step.checkpoint).__struct_config__.tag
        for lesson in shipped.values()
        for step in lesson.steps
        if step.checkpoint
    }
    assert kinds == set(KINDS)


def _checked(lesson: Lesson, step: int, settings: RunSettings | None = None, guess=None):
    """The verdict of a step's checkpoint on a run of ``settings`` (default: the step's)."""
    settings = settings or lesson.settings_at(step)
    descent = settings.make_descent(*lesson.data.arrays())
    descent.run_to(guess.iteration + 1 if guess else settings.iterations)
    stats = model.fit_statistics(*lesson.data.arrays())
    return check(lesson.steps[step].checkpoint, descent.view(), stats, guess)


def test_lesson_1_tutorial(shipped):
    lesson = shipped["01-tutorial.gdviz"]
    s = lesson.settings
    assert (s.optimizer, dict(s.hyperparameters), s.iterations) == (
        "gd",
        {"learning_rate": 0.0001},
        1000,
    )
    assert lesson.source == "tutorial.csv" and not s.normalize
    descent = _run(lesson)
    a = descent.analysis
    history = descent.history()
    # the line turns quickly: by step 10 the slope is within 5% of where it ends
    assert abs(history.m[10] - descent.m) < 0.05 * abs(descent.m)
    # then b crawls: after 1000 steps it is nowhere near b*
    assert descent.b < 0.05 * a.b_star
    assert (
        f"about {descent.b:.1f}" in lesson.note and f"b*\u00a0=\u00a0{a.b_star:.1f}" in lesson.note
    )
    assert f"b is about {descent.b:.1f}" in lesson.steps[3].text
    # the first step, by hand: b and m move against the gradient of the mean squared error
    x, y = lesson.data.arrays()
    rate = s.hyperparameters["learning_rate"]
    b1, m1 = rate * 2 * y.mean(), rate * 2 * (x * y).mean()
    assert (history.b[1], history.m[1]) == pytest.approx((b1, m1), rel=1e-12)
    assert _checked(lesson, 1, guess=Guess(0, b1, m1)).met
    assert not _checked(lesson, 1, guess=Guess(0, 0.0, 0.0)).met


def test_lesson_2_diverges(shipped):
    lesson = shipped["02-learning-rate-too-large.gdviz"]
    a = _analysis(lesson)
    rate = lesson.settings.hyperparameters["learning_rate"]
    assert a.max_stable_learning_rate < rate < 1.2 * a.max_stable_learning_rate
    assert rate == float(f"{1.1 * a.max_stable_learning_rate:.2g}")
    descent = _run(lesson)
    assert descent.diverged and descent.diverged_at < lesson.settings.iterations
    assert lesson.view.log_scale
    # the answer to the note's question: just below 2/λmax works
    safe = RunSettings(
        optimizer="gd",
        hyperparameters={"learning_rate": 0.99 * a.max_stable_learning_rate},
        iterations=1000,
    )
    assert not _run(Lesson(title="safe", data=lesson.data, settings=safe)).diverged
    assert f"rate {rate:g} is" in lesson.note
    assert f"{a.max_stable_learning_rate:.3g}" in lesson.note
    assert _checked(lesson, 0).met and not _checked(lesson, 0, safe).met
    # the last step's target: within 10% of the lowest error, which the safe rate reaches
    target = lesson.steps[2].checkpoint
    assert target.value == float(f"{1.1 * a.mse_star:.2g}") and target.within_iterations == 100
    answer = safe.replace(hyperparameters={"learning_rate": float(f"{0.9 * rate / 1.1:.2g}")})
    assert not _checked(lesson, 2).met and _checked(lesson, 2, answer.replace(iterations=100)).met


def test_lesson_3_normalising_turns_the_valley_into_a_bowl(shipped):
    lesson = shipped["03-narrow-valley-normalise.gdviz"]
    a = _analysis(lesson)
    assert a.condition_number > 1e9
    assert not lesson.settings.normalize and lesson.settings.optimizer == "gd"
    assert lesson.settings.hyperparameters["learning_rate"] < a.max_stable_learning_rate
    (normalised,) = lesson.compare
    assert normalised.normalize and dict(normalised.hyperparameters) == {"learning_rate": 0.1}
    slow, fast = _run(lesson), _run(lesson, normalised)
    h_slow, h_fast = slow.history(), fast.history()
    slow_steps = measured_iterations(h_slow.iteration, h_slow.error, slow.analysis.mse_star, 0.01)
    assert not slow.diverged and slow_steps is None
    steps = measured_iterations(h_fast.iteration, h_fast.error, fast.analysis.mse_star, 0.01)
    assert steps is not None and steps <= 50 and fast.converged
    assert f"in {steps} steps" in lesson.note
    # the last step: plain descent cannot reach the target in time, normalised descent can
    target = lesson.steps[2].checkpoint
    assert a.mse_star < target.value < 1.02 * a.mse_star and target.within_iterations == 2 * steps
    assert not _checked(lesson, 2).met
    assert _checked(lesson, 2, lesson.compare[0].replace(iterations=2 * steps)).met
    assert f"{slow.error / a.mse_star:.0f} times the lowest" in lesson.note


def test_lesson_4_momentum_and_adam_beat_plain_descent(shipped):
    lesson = shipped["04-momentum-and-adam.gdviz"]
    assert lesson.settings.optimizer == "gd"
    momentum, adam = lesson.compare
    assert (momentum.optimizer, adam.optimizer) == ("momentum", "adam")
    assert 0.9 <= momentum.hyperparameters["momentum"] < 1
    assert (
        momentum.hyperparameters["learning_rate"]
        == lesson.settings.hyperparameters["learning_rate"]
    )
    assert 1000 <= lesson.settings.iterations <= 3000
    runs = [_run(lesson), _run(lesson, momentum), _run(lesson, adam)]
    assert not any(run.diverged for run in runs)
    excess = [run.excess_error for run in runs]
    assert excess[0] > 10 * excess[1] > 10 * excess[2]
    b_star = runs[0].analysis.b_star
    distances = [abs(run.b - b_star) for run in runs]
    assert distances[0] > 3 and distances[1] < 1 and distances[2] < 0.05
    assert "b is " + ", ".join(f"{run.b:.1f}" for run in runs[:2]) in lesson.note


def test_lesson_5_stochastic_noise(shipped):
    lesson = shipped["05-stochastic-noise.gdviz"]
    s = lesson.settings
    assert s.optimizer == "sgd" and s.normalize and s.seed == _generator().SEED
    minibatch, gd = lesson.compare
    assert minibatch.optimizer == "minibatch" and minibatch.hyperparameters["batch_size"] == 10
    assert gd.optimizer == "gd" and minibatch.normalize and gd.normalize
    rates = {run.hyperparameters["learning_rate"] for run in (s, minibatch, gd)}
    assert len(rates) == 1
    runs = [_run(lesson), _run(lesson, minibatch), _run(lesson, gd)]
    optimum = runs[0].analysis.mse_star
    half = s.iterations // 2
    late = [np.mean(run.history().error[half:] - optimum) / optimum for run in runs]
    rises = [int(np.sum(np.diff(run.history().error) > 0)) for run in runs]
    assert late[0] > late[1] > late[2] >= 0  # noisier with fewer points per step
    assert late[0] < 0.05  # noisy, but near the lowest error
    assert rises[0] > 50 and rises[1] > 50 and rises[2] == 0  # plain descent never goes up
    again = _run(lesson)  # the seed fixes the noise
    np.testing.assert_array_equal(again.history().error, runs[0].history().error)
    # the last step's smaller rate: less jitter late on, a slower way down early on
    small = lesson.settings_at(2)
    assert small.hyperparameters["learning_rate"] == _generator().SMALL_RATE < 0.02
    calm = Lesson(title="small", data=lesson.data, settings=small)
    error = _run(calm).history().error
    assert np.std(np.diff(error[half:])) < 0.75 * np.std(np.diff(runs[0].history().error[half:]))
    assert error[20] > runs[0].history().error[20]


def test_lesson_6_outlier(shipped):
    lesson = shipped["06-outlier.gdviz"]
    assert lesson.settings.normalize and lesson.view.squares
    descent = _run(lesson)
    assert descent.converged
    history = descent.history()
    steps = measured_iterations(history.iteration, history.error, descent.analysis.mse_star, 1e-6)
    assert 12 <= steps <= 60  # "a few dozen steps"
    x, y = lesson.data.arrays()
    a = descent.analysis
    residuals = np.abs(y - (a.b_star + a.m_star * x))
    assert int(np.argmax(residuals)) == x.size - 1  # the note's student is the outlier
    assert f"({x[-1]:g} hours, score {y[-1]:g})" in lesson.note
    without = model.analyse(model.fit_statistics(x[:-1], y[:-1]))
    assert without.m_star - a.m_star > 0.2  # deleting it moves the best line
    assert _checked(lesson, 0, guess=Guess(0, a.b_star, a.m_star)).met
    assert not _checked(lesson, 0, guess=Guess(0, without.b_star, without.m_star)).met
    # the absolute error: the outlier pulls the best slope far less (polyfit: squares)
    absolute = lesson.settings_at(2)
    assert absolute.loss == "mae" and not lesson.view_at(2).squares and lesson.view_at(1).squares
    lad = Objective("mae").optimum(x, y)
    assert abs(lad.m - without.m_star) < 0.5 * abs(np.polyfit(x, y, 1)[0] - without.m_star)
    assert f"{lad.m:.2f}, not {a.m_star:.2f}" in lesson.steps[2].text
    # Huber's loss, δ by Huber's rule (1.345 robust spreads of the LAD line's residuals)
    huber = lesson.settings_at(3)
    assert huber.loss == "huber" and not lesson.view_at(3).squares
    r = y - (lad.b + lad.m * x)
    delta = huber.huber_delta
    assert delta == float(f"{1.345 * 1.4826 * np.median(np.abs(r - np.median(r))):.2g}")
    fit = Objective("huber", delta).optimum(x, y)
    psi = np.clip(y - (fit.b + fit.m * x), -delta, delta)  # its gradient, by hand, is 0
    assert abs(psi.sum()) < 1e-9 * x.size * delta and abs((psi * x).sum()) < 1e-7 * delta
    outside = np.abs(y - (fit.b + fit.m * x)) > delta
    assert outside[-1] and outside.sum() < x.size / 2  # the outlier counts by its distance
    gaps = [abs(slope - without.m_star) for slope in (a.m_star, lad.m, fit.m)]
    assert gaps[2] < gaps[1] < gaps[0]  # Huber holds nearest the line without the outlier
    run = _run(Lesson(title="huber", data=lesson.data, settings=huber))
    assert run.converged and run.m == pytest.approx(fit.m, abs=0.005)
    assert f"{fit.m:.2f}, near the {without.m_star:.2f}" in lesson.steps[3].text
    assert f"gave {lad.m:.2f}, the squared {a.m_star:.2f}" in lesson.steps[3].text


def test_lesson_7_race(shipped):
    lesson = shipped["07-optimizer-race.gdviz"]
    s = lesson.settings
    assert (s.optimizer, dict(s.hyperparameters)) == ("gd", {"learning_rate": 0.0001})
    assert [run.optimizer for run in lesson.compare] == ["adam", "newton", "cg"]
    assert all(run.learning_rate == 1.0 for run in lesson.compare[1:])
    x, y = lesson.data.arrays()
    best = np.polyfit(x, y, 1)[::-1]  # (b*, m*), least squares by numpy
    runs = [_run(lesson), *(_run(lesson, run) for run in lesson.compare)]
    newton, cg = (run.history() for run in runs[2:])
    np.testing.assert_allclose((newton.b[1], newton.m[1]), best, rtol=1e-9)
    np.testing.assert_allclose((cg.b[2], cg.m[2]), best, rtol=1e-9)
    assert cg.b[1] < 0.05 * best[0]  # its first step: on the valley floor, far from b*
    adam_at = runs[1].converged_at
    assert [run.converged_at for run in runs] == [None, adam_at, 1, 2] and adam_at > 100
    assert f"converges at iteration {adam_at}" in lesson.note
    assert f"b\u00a0=\u00a0{best[0]:.7g}, m\u00a0=\u00a0{best[1]:.7g}" in lesson.steps[1].text
    assert f"still at b\u00a0=\u00a0{runs[0].b:.1f} after 3000" in lesson.steps[3].text
    assert lesson.steps[0].question and lesson.steps[4].question
    # the checkpoint: the rules that use the Hessian meet it, no first-order rule can
    target = lesson.steps[4].checkpoint
    mse_star = np.mean((y - best[0] - best[1] * x) ** 2)
    assert mse_star < target.value < 1.002 * mse_star and target.within_iterations == 2
    assert not _checked(lesson, 4).met
    for name in ("newton", "cg"):
        assert _checked(lesson, 4, s.with_optimizer(name).replace(iterations=2)).met
    for name in ("gd", "momentum", "nesterov", "adam", "rmsprop", "adagrad"):
        rule = s.with_optimizer(name).replace(iterations=2)
        for rate in np.geomspace(1e-6, 10, 41):
            tried = rule.replace(hyperparameters={**rule.hyperparameters, "learning_rate": rate})
            assert not _checked(lesson, 4, tried).met, (name, rate)


def test_lesson_1_is_the_tutorial_with_its_published_numbers(shipped, seed_csv):
    """The first lesson holds the tutorial's own data and quotes what the tutorial printed."""
    lesson = shipped["01-tutorial.gdviz"]
    seed = np.loadtxt(seed_csv, delimiter=",")
    x, y = lesson.data.arrays()
    np.testing.assert_array_equal(x, seed[:, 0])
    np.testing.assert_array_equal(y, seed[:, 1])
    assert (lesson.data.x_name, lesson.data.y_name) == ("hours studied", "test score")
    descent = _run(lesson)
    assert descent.b == pytest.approx(TUTORIAL["b"], rel=1e-12)
    for name in ("b", "m", "error"):
        assert f"{name}\u00a0=\u00a0{TUTORIAL[name]:.7g}" in lesson.note
    assert lesson.view.log_scale  # the crawl along the valley shows on a log error axis

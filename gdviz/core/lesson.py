"""Lesson files (``.gdviz``): a data set, the settings to run on it and a note for the class.

A lesson file is UTF-8 JSON, one object, read with :func:`json.loads` only (no code is
ever run, nothing is unpickled) and checked against :data:`SCHEMA` before anything is
used. Its data is always embedded: a lesson never names another file to read. Version 1::

    {
      "format": "gdviz-lesson",             required, exactly this
      "version": 1,                         required; a newer version is refused
      "title": "The tutorial as published", required, 1-200 characters
      "note": "Press Start and watch ...",  text shown in the window (up to 5000 characters)
      "source": "tutorial.csv",             where the data came from: shown, never read
      "settings": {
        "optimizer": "gd",                  required: a registered optimizer
        "hyperparameters": {                required; learning_rate required, the others
          "learning_rate": 0.0001,          optional (the optimizer's defaults); any
          ...                               hyperparameter a registered optimizer takes,
        },                                  within the range the registry gives it
        "iterations": 1000,                 required: the total Start runs to
        "initial_b": 0.0, "initial_m": 0.0, the starting line (each from -1e12 to 1e12)
        "normalize": false,                 descend on standardised x and y
        "seed": 0,                          seed of the shuffled order of points
        "speed": 100.0,                     iterations per second; null: as fast as possible
        "stop_when_converged": false        Start stops at the first iteration within tolerance
      },
      "view": {
        "residuals": true, "optimum_line": true, "log_scale": false, "squares": false,
        "panels": {"scatter": true, "error": true, "contour": true, "surface": true},
        "presentation": ["scatter", "contour"]  the panels presentation mode shows
      },
      "iteration": 0,                       the iteration to show when the lesson opens
      "compare": [                          up to 3 runs drawn beside the main one; they
        {"label": "momentum",               share its data, start, seed and iterations
         "optimizer": "momentum",
         "hyperparameters": {"learning_rate": 0.0001, "momentum": 0.9},
         "normalize": false}
      ],
      "data": {
        "x_name": "hours", "y_name": "score",
        "x": [66.7004, 21.2032, ...],       required: finite numbers, 2 to 5,000,000 of
        "y": [93.6778, 39.6356, ...]        them, as many y as x, x not all equal
      }
    }

Fields not marked required may be left out and take the defaults of the dataclasses
below. The optimizer names and the hyperparameters with their ranges come from the
optimizer registry (:mod:`gdviz.core.optimizers`), the same ranges the window's inputs and
``gdviz fit`` use. Keys this version does not know are ignored, so a later gdviz may add fields
within a version; anything that changes the meaning of a known field needs a new
version. Numbers are written with ``repr`` precision, so data and settings read back
bit for bit. Every problem found while reading is a :class:`LessonError` whose message is
one line naming the file and the field, e.g.
``"lesson.gdviz: settings.hyperparameters.learning_rate must be a number greater than 0
(got -1)"``.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from . import model
from .atomic import write_text_atomic
from .data import Dataset, from_arrays
from .descent import Descent
from .optimizers import OPTIMIZERS, Hyperparameter, all_hyperparameters, make_optimizer
from .settings import INITIAL_LIMIT, MAX_ITERATIONS, RunSettings, frozen_mapping, plain_value
from .words import format_exact

__all__ = [
    "FORMAT",
    "MAX_COMPARE",
    "MAX_FILE_BYTES",
    "MAX_ITERATIONS",
    "MAX_POINTS",
    "SCHEMA",
    "SUFFIX",
    "VERSION",
    "CompareRun",
    "Lesson",
    "LessonData",
    "LessonError",
    "RunSettings",
    "ViewSettings",
    "lesson_from_json",
    "lesson_to_json",
    "load_lesson",
    "make_descent",
    "save_lesson",
    "shipped_lessons",
]

FORMAT = "gdviz-lesson"
VERSION = 1
SUFFIX = ".gdviz"
#: Larger files are refused before they are read.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Most points a lesson may hold.
MAX_POINTS = 5_000_000
#: Most extra runs in ``compare``.
MAX_COMPARE = 3
MAX_TITLE = 200
MAX_NOTE = 5000
MAX_NAME = 200
MAX_PANELS = 32
#: The window's panels, by the names lessons use.
PANEL_NAMES = ("scatter", "error", "surface", "contour")


class LessonError(ValueError):
    """A lesson file cannot be used; ``str(err)`` is one line naming the file and field."""


# ---------------------------------------------------------------------------- the lesson


def _plain_fields(instance: Any, *names: str) -> None:
    for name in names:
        object.__setattr__(instance, name, plain_value(getattr(instance, name)))


@dataclass(frozen=True)
class LessonData:
    """The embedded data: x and y as tuples of floats, and the names of the two columns."""

    x: tuple[float, ...]
    y: tuple[float, ...]
    x_name: str = "x"
    y_name: str = "y"

    def __post_init__(self) -> None:
        for name in ("x", "y"):
            values = np.asarray(getattr(self, name), dtype=np.float64).ravel()
            object.__setattr__(self, name, tuple(values.tolist()))

    @property
    def n(self) -> int:
        """Number of points."""
        return len(self.x)

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """x and y as new float64 arrays."""
        return np.array(self.x, dtype=np.float64), np.array(self.y, dtype=np.float64)

    def dataset(self, name: str = "lesson") -> Dataset:
        """The data as a :class:`~gdviz.core.data.Dataset` with the lesson's column names.

        Raises
        ------
        DataError
            If the data cannot be fitted (a lesson read by :func:`load_lesson` always can).
        """
        x, y = self.arrays()
        dataset = from_arrays(x, y, name)
        return dataclasses.replace(
            dataset, x_name=self.x_name, y_name=self.y_name, columns=(self.x_name, self.y_name)
        )


#: The settings of a compared run were a type of their own; they are
#: :class:`~gdviz.core.settings.RunSettings` now. Kept while resources/lessons/make_lessons.py
#: (the generator of the shipped lessons) still imports it.
CompareRun = RunSettings


@dataclass(frozen=True)
class ViewSettings:
    """What the window shows.

    ``panels`` maps a panel's name to whether it is visible; names the window does not
    know are ignored by it, and panels not named keep their state.
    """

    residuals: bool = True
    optimum_line: bool = True
    log_scale: bool = False
    squares: bool = False
    panels: Mapping[str, bool] = field(default_factory=dict)
    #: The panels presentation mode shows, in order (one, two or four; empty: the window's
    #: choice).
    presentation: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "panels", frozen_mapping(self.panels))
        object.__setattr__(self, "presentation", tuple(self.presentation))
        _plain_fields(self, "residuals", "optimum_line", "log_scale", "squares")


@dataclass(frozen=True, kw_only=True)
class Lesson:
    """A data set, the settings to run on it and a short note for the class.

    Attributes
    ----------
    title : str
        Shown in the menu and the window title.
    note : str
        A few lines shown in the window: what to click and what to watch.
    data : LessonData
        The points, always embedded.
    settings : RunSettings
        The main run.
    view : ViewSettings
        Overlays and visible panels.
    iteration : int
        The iteration to run to and show when the lesson opens (0: ready to press Start).
    compare : tuple of RunSettings
        Up to :data:`MAX_COMPARE` extra runs. Only their optimizer, hyperparameters,
        normalising and label are their own: the rest is the main run's (they share its
        start, seed, iterations and speed), whatever the values given.
    source : str or None
        The name of the file the data came from, for display only: it is never read.
    """

    title: str
    data: LessonData
    note: str = ""
    settings: RunSettings = field(default_factory=RunSettings)
    view: ViewSettings = field(default_factory=ViewSettings)
    iteration: int = 0
    compare: tuple[RunSettings, ...] = ()
    source: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "compare", tuple(_shared(self.settings, run) for run in self.compare)
        )
        _plain_fields(self, "iteration")


def _shared(main: RunSettings, run: RunSettings) -> RunSettings:
    """A compared run: its own rule, hyperparameters, normalising and label; the rest main's."""
    return main.replace(
        optimizer=run.optimizer,
        hyperparameters=run.hyperparameters,
        normalize=run.normalize,
        label=run.label,
    )


def make_descent(lesson: Lesson, run: RunSettings | None = None) -> Descent:
    """A :class:`~gdviz.core.descent.Descent` at iteration 0 for the main run or ``run``.

    The compare runs share the main run's data, starting line and seed (also when ``run``
    is not one of ``lesson.compare``).
    """
    settings = lesson.settings
    which = settings if run is None else _shared(settings, run)
    capacity = min(max(settings.iterations, lesson.iteration), 1 << 20)
    return which.make_descent(*lesson.data.arrays(), capacity=capacity)


# ---------------------------------------------------------------------------- the schema


class _NonFinite:
    """What the parser puts where the file has NaN, Infinity or a number too large."""

    def __init__(self, text: str):
        self.text = text


class _Invalid(Exception):
    """A problem at one field; the message starts with the field's path."""


def _show(value: Any) -> str:
    """A value as the person would see it in the file, shortened."""
    if isinstance(value, _NonFinite):
        return value.text
    if value is None or isinstance(value, (bool, str)):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 40 else text[:36] + '..."'
    if isinstance(value, int):
        text = repr(value)
        return text if len(text) <= 20 else text[:17] + "..."
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value)
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)} items" if len(value) != 1 else "a list of 1 item"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _plain_number(value: Any) -> bool:
    """Whether ``value`` is a JSON number (bool is not)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class _Spec:
    """One field: its type, range and default; ``check`` returns the value to use."""

    what = "a value"

    def __init__(self, *, required: bool = False, default: Any = None):
        self.required = required
        self.default = default

    def check(self, value: Any, path: str) -> Any:
        raise NotImplementedError

    def finite_number(self, value: Any, path: str) -> float:
        """``value`` as a finite float, or the field's one-line refusal."""
        if not _plain_number(value):
            self.fail(value, path)
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            self.fail(number, path)
        return number

    def fail(self, value: Any, path: str) -> None:
        if isinstance(value, _NonFinite) or (isinstance(value, float) and not math.isfinite(value)):
            raise _Invalid(f"{path} must be a finite number, not {_show(value)}")
        raise _Invalid(f"{path} must be {self.what} (got {_show(value)})")


class _Number(_Spec):
    def __init__(
        self,
        *,
        above: float | None = None,
        at_least: float | None = None,
        below: float | None = None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.above, self.at_least, self.below = above, at_least, below
        if above is not None:
            self.what = f"a number greater than {format_exact(above)}"
        elif at_least is not None and below is not None:
            low, high = format_exact(at_least), format_exact(below)
            self.what = f"a number from {low} up to (not including) {high}"
        elif at_least is not None:
            self.what = f"a number of at least {format_exact(at_least)}"
        else:
            self.what = "a number"

    def check(self, value: Any, path: str) -> float:
        number = self.finite_number(value, path)
        if (
            (self.above is not None and not number > self.above)
            or (self.at_least is not None and not number >= self.at_least)
            or (self.below is not None and not number < self.below)
        ):
            self.fail(value, path)
        return number


class _Integer(_Spec):
    def __init__(self, *, minimum: int = 0, maximum: int = MAX_ITERATIONS, **kwargs):
        super().__init__(**kwargs)
        self.minimum, self.maximum = minimum, maximum
        self.what = f"a whole number from {minimum} to {maximum}"

    def check(self, value: Any, path: str) -> int:
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        if not (isinstance(value, int) and not isinstance(value, bool)):
            self.fail(value, path)
        if not self.minimum <= value <= self.maximum:
            self.fail(value, path)
        return value


class _Bool(_Spec):
    what = "true or false"

    def check(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            self.fail(value, path)
        return value


class _Text(_Spec):
    def __init__(self, *, max_length: int, nonblank: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.max_length, self.nonblank = max_length, nonblank
        kind = "text that is not blank" if nonblank else "text"
        self.what = f"{kind}, at most {max_length} characters"

    def check(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or len(value) > self.max_length:
            self.fail(value, path)
        if self.nonblank and not value.strip():
            self.fail(value, path)
        return value


class _Choice(_Spec):
    def __init__(self, options: Mapping, noun: str, **kwargs):
        super().__init__(**kwargs)
        self.options, self.noun = options, noun

    def check(self, value: Any, path: str) -> str:
        key = value.strip().lower() if isinstance(value, str) else None
        if key not in self.options:
            known = ", ".join(self.options)
            if isinstance(value, str):
                raise _Invalid(f"{path}: unknown {self.noun} {_show(value)} (gdviz knows: {known})")
            raise _Invalid(f"{path} must be the name of {self.noun} (got {_show(value)})")
        return key


class _Nullable(_Spec):
    def __init__(self, inner: _Spec, **kwargs):
        super().__init__(**kwargs)
        self.inner = inner
        self.what = f"{inner.what}, or null"

    def check(self, value: Any, path: str) -> Any:
        return None if value is None else self.inner.check(value, path)


class _Numbers(_Spec):
    """A list of finite numbers, checked in one pass; returns a float64 array."""

    def __init__(self, *, max_items: int, **kwargs):
        super().__init__(**kwargs)
        self.max_items = max_items
        self.what = "a list of numbers"

    def check(self, value: Any, path: str) -> np.ndarray:
        if not isinstance(value, list):
            self.fail(value, path)
        if len(value) > self.max_items:
            raise _Invalid(
                f"{path} holds {len(value)} numbers; a lesson holds at most {self.max_items}"
            )
        if not all(type(v) is float or type(v) is int for v in value):
            index = next(i for i, v in enumerate(value) if type(v) not in (float, int))
            _Number().check(value[index], f"{path}[{index}]")
        try:
            array = np.array(value, dtype=np.float64)
        except OverflowError:  # an integer too large for a float
            array = np.array([float(v) if abs(v) < 1e308 else math.inf for v in value])
        finite = np.isfinite(array)
        if not finite.all():
            index = int(np.argmin(finite))
            raise _Invalid(f"{path}[{index}] must be a finite number, not {_show(value[index])}")
        return array


class _Record(_Spec):
    """An object with known fields; unknown keys are ignored."""

    what = "an object"

    def __init__(self, fields: dict[str, _Spec], **kwargs):
        super().__init__(**kwargs)
        self.fields = fields

    def check(self, value: Any, path: str) -> dict:
        if not isinstance(value, dict):
            self.fail(value, path)
        result = {}
        for key, spec in self.fields.items():
            where = f"{path}.{key}" if path else key
            if key in value:
                result[key] = spec.check(value[key], where)
            elif spec.required:
                raise _Invalid(f"{where} is missing")
            elif isinstance(spec, _Record):
                result[key] = spec.check({}, where)
            else:
                result[key] = spec.default() if callable(spec.default) else spec.default
        return result


class _Hyperparameters(_Record):
    """Like a record, but keeps only the keys the file has (the rest are defaults).

    The fields are every hyperparameter a registered optimizer takes, looked up when a
    file is read (a rule registered later counts); the learning rate is required.
    """

    def __init__(self, **kwargs):
        _Spec.__init__(self, **kwargs)

    @property
    def fields(self) -> dict[str, _Spec]:
        return {
            h.name: _Hyperparameter(h, required=h.name == "learning_rate")
            for h in all_hyperparameters()
        }

    def check(self, value: Any, path: str) -> dict:
        if not isinstance(value, dict):
            self.fail(value, path)
        result = {}
        for key, spec in self.fields.items():
            if key in value:
                result[key] = spec.check(value[key], f"{path}.{key}")
            elif spec.required:
                raise _Invalid(f"{path}.{key} is missing")
        return result


class _ListOf(_Spec):
    def __init__(self, item: _Spec, *, max_items: int, **kwargs):
        super().__init__(**kwargs)
        self.item, self.max_items = item, max_items
        self.what = f"a list of at most {max_items} items"

    def check(self, value: Any, path: str) -> list:
        if not isinstance(value, list) or len(value) > self.max_items:
            self.fail(value, path)
        return [self.item.check(item, f"{path}[{i}]") for i, item in enumerate(value)]


class _MapOf(_Spec):
    """An object with free-form names (up to ``max_items``) and values of one kind."""

    def __init__(self, value: _Spec, *, max_items: int, **kwargs):
        super().__init__(**kwargs)
        self.value, self.max_items = value, max_items
        self.what = f"an object of at most {max_items} names"

    def check(self, value: Any, path: str) -> dict:
        if not isinstance(value, dict) or len(value) > self.max_items:
            self.fail(value, path)
        result = {}
        for key, item in value.items():
            if len(key) > MAX_NAME:
                raise _Invalid(f"{path} has a name longer than {MAX_NAME} characters")
            result[key] = self.value.check(item, f"{path}.{key}")
        return result


class _Hyperparameter(_Spec):
    """A number in the range the optimizer registry gives a hyperparameter."""

    def __init__(self, hyperparameter: Hyperparameter, **kwargs):
        super().__init__(**kwargs)
        self.hyperparameter = hyperparameter
        self.kind = "a whole number" if hyperparameter.integer else "a number"
        self.what = f"{self.kind} {hyperparameter.requirement()}"

    def check(self, value: Any, path: str) -> float | int:
        number = self.finite_number(value, path)
        try:
            return self.hyperparameter.check(number)
        except ValueError:
            requirement = self.hyperparameter.requirement(number)
            if requirement.startswith("at "):  # a whole number of at least 1
                requirement = f"of {requirement}"
            raise _Invalid(
                f"{path} must be {self.kind} {requirement} (got {_show(value)})"
            ) from None


def _hyperparameters() -> _Hyperparameters:
    return _Hyperparameters(required=True)


#: The whole file, field by field (``format`` and ``version`` are checked first).
SCHEMA = _Record(
    {
        "format": _Text(max_length=100, required=True),
        "version": _Integer(minimum=1, maximum=VERSION, required=True),
        "title": _Text(max_length=MAX_TITLE, nonblank=True, required=True),
        "note": _Text(max_length=MAX_NOTE, default=""),
        "source": _Nullable(_Text(max_length=1000)),
        "data": _Record(
            {
                "x": _Numbers(max_items=MAX_POINTS, required=True),
                "y": _Numbers(max_items=MAX_POINTS, required=True),
                "x_name": _Text(max_length=MAX_NAME, default="x"),
                "y_name": _Text(max_length=MAX_NAME, default="y"),
            },
            required=True,
        ),
        "settings": _Record(
            {
                "optimizer": _Choice(OPTIMIZERS, "optimizer", required=True),
                "hyperparameters": _hyperparameters(),
                "iterations": _Integer(required=True),
                "initial_b": _Number(default=0.0),
                "initial_m": _Number(default=0.0),
                "normalize": _Bool(default=False),
                "seed": _Integer(default=0),
                "speed": _Nullable(_Number(above=0.0)),
                "stop_when_converged": _Bool(default=False),
            },
            required=True,
        ),
        "view": _Record(
            {
                "residuals": _Bool(default=True),
                "optimum_line": _Bool(default=True),
                "log_scale": _Bool(default=False),
                "squares": _Bool(default=False),
                "panels": _MapOf(_Bool(), max_items=MAX_PANELS, default=dict),
                "presentation": _ListOf(
                    _Choice(dict.fromkeys(PANEL_NAMES), "panel"), max_items=4, default=list
                ),
            }
        ),
        "iteration": _Integer(default=0),
        "compare": _ListOf(
            _Record(
                {
                    "optimizer": _Choice(OPTIMIZERS, "optimizer", required=True),
                    "hyperparameters": _hyperparameters(),
                    "normalize": _Bool(default=False),
                    "label": _Text(max_length=MAX_NAME, default=""),
                }
            ),
            max_items=MAX_COMPARE,
            default=list,
        ),
    }
)


# ---------------------------------------------------------------------------- reading


def lesson_from_json(text: str, name: str = "lesson.gdviz") -> Lesson:
    """Read a lesson from the text of a ``.gdviz`` file.

    Parameters
    ----------
    text : str
        The file's text.
    name : str
        What to call the file in messages (its base name).

    Raises
    ------
    LessonError
        With one line naming the file and, where there is one, the field.
    """
    try:
        return _from_json(text, name)
    except _Invalid as err:
        raise LessonError(f"{name}: {err}") from None


def _from_json(text: str, name: str) -> Lesson:
    if len(text) > MAX_FILE_BYTES:
        raise _Invalid(_too_large(len(text)))
    text = text.removeprefix("\ufeff")
    start = text.lstrip()
    if not start:
        raise _Invalid("the file is empty; it holds no lesson")
    if "\x00" in text:
        raise _Invalid("not a gdviz lesson (a binary file, not text)")
    if start[0] not in '{["':
        first_line = "".join(c if c.isprintable() else "?" for c in start[:200].split("\n")[0])
        shown = first_line.strip()
        shown = shown if len(shown) <= 30 else shown[:27] + "..."
        raise _Invalid(f'not a gdviz lesson (not a JSON file: it starts with "{shown}")')
    document, non_finite = _parse(text)
    if not isinstance(document, dict):
        raise _Invalid(f"not a gdviz lesson (the file holds {_json_kind(document)}, not an object)")
    _check_format(document)
    if non_finite:  # NaN, Infinity or 1e999 anywhere, even under a key this version ignores
        _report_non_finite(document)
    return _lesson(SCHEMA.check(document, ""))


def _parse(text: str) -> tuple[Any, bool]:
    """The JSON value, and whether it holds NaN, Infinity or an overflowing number.

    Those become :class:`_NonFinite` markers, so that the message can name the field.
    """
    seen: list[str] = []

    def constant(token: str) -> _NonFinite:
        seen.append(token)
        return _NonFinite(token)

    def number(token: str) -> float | _NonFinite:
        value = float(token)
        return value if math.isfinite(value) else constant(token)

    try:
        document = json.loads(text, parse_constant=constant, parse_float=number)
    except json.JSONDecodeError as err:
        raise _Invalid(_decode_problem(text, err)) from None
    except RecursionError:
        raise _Invalid("not valid JSON (nested too deeply)") from None
    except ValueError as err:  # e.g. an integer with thousands of digits
        raise _Invalid(f"not valid JSON ({str(err).split(';')[0]})") from None
    return document, bool(seen)


def _report_non_finite(document: dict) -> None:
    """Raise at the first non-finite number in the file, naming its field."""
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, _NonFinite):
            raise _Invalid(f"{where or 'the file'} must be a finite number, not {item.text}")
        if isinstance(item, dict):
            entries = [(v, f"{where}.{k}" if where else str(k)) for k, v in item.items()]
        elif isinstance(item, list):
            entries = [(v, f"{where}[{i}]") for i, v in enumerate(item)]
        else:
            continue
        stack.extend(reversed(entries))


def _decode_problem(text: str, err: json.JSONDecodeError) -> str:
    message = f"line {err.lineno}, column {err.colno}: not valid JSON ({err.msg})"
    rest = text[err.pos :]
    cut_short = not rest.strip() or (
        err.msg.startswith("Unterminated string") and '"' not in rest[1:]
    )
    return message + ("; the file ends too early: was it cut short?" if cut_short else "")


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "a JSON array"
    if isinstance(value, str):
        return "a JSON string"
    if value is None or isinstance(value, bool):
        return f"JSON {json.dumps(value)}"
    return "a JSON number"


def _check_format(document: dict) -> None:
    fmt = document.get("format")
    if fmt is None:
        raise _Invalid(f'not a gdviz lesson (no "format": "{FORMAT}")')
    if fmt != FORMAT:
        raise _Invalid(f'not a gdviz lesson ("format" is {_show(fmt)}, not "{FORMAT}")')
    if "version" not in document:
        raise _Invalid(f'no format version (expected "version": {VERSION})')
    version = _Integer(minimum=1, maximum=MAX_ITERATIONS).check(document["version"], "version")
    if version > VERSION:
        raise _Invalid(
            f"made by a newer gdviz (format version {version}; this gdviz reads version {VERSION})"
        )


def _lesson(doc: dict) -> Lesson:
    """A :class:`Lesson` from a checked document, after the checks across fields."""
    data, settings = doc["data"], doc["settings"]
    x, y = data["x"], data["y"]
    if x.size != y.size:
        raise _Invalid(f"data.x and data.y differ in length ({x.size} and {y.size})")
    if x.size < 2:
        count = "no points" if x.size == 0 else "1 point"
        raise _Invalid(f"data holds {count}; a line needs at least 2 points")
    if x.min() == x.max():
        raise _Invalid(
            f"data.x: all x values are equal (x = {float(x[0])!r}); a line's slope cannot be fitted"
        )
    _check_fits(x, y, settings)
    _check_optimizer(settings, "settings")
    for index, run in enumerate(doc["compare"]):
        _check_optimizer(run, f"compare[{index}]")
    view = doc["view"]
    return Lesson(
        title=doc["title"],
        note=doc["note"],
        source=doc["source"],
        data=LessonData(x, y, data["x_name"], data["y_name"]),
        settings=RunSettings(**settings),
        view=ViewSettings(**view),
        iteration=doc["iteration"],
        compare=tuple(RunSettings(**run) for run in doc["compare"]),
    )


def _check_fits(x: np.ndarray, y: np.ndarray, settings: dict) -> None:
    """The data's statistics must be finite, and the starting line within the window's
    range (:data:`~gdviz.core.settings.INITIAL_LIMIT`) with a finite error."""
    with np.errstate(all="ignore"):
        stats = model.fit_statistics(x, y)
        if not (all(math.isfinite(v) for v in stats) and stats.sxx > 0):
            raise _Invalid(
                "data: the numbers are too large, or the x values too close together, to fit a line"
            )
        b, m = settings["initial_b"], settings["initial_m"]
        if not math.isfinite(float(model.mse(stats, b, m))):
            raise _Invalid(
                f"settings: the starting line b = {b:g}, m = {m:g} is so far from the data "
                "that its error overflows"
            )
    for key, value in (("initial_b", b), ("initial_m", m)):
        if abs(value) > INITIAL_LIMIT:  # the window's inputs end there
            limit = f"{INITIAL_LIMIT:.0e}".replace("e+", "e")
            raise _Invalid(
                f"settings.{key} must be a number from -{limit} to {limit} (got {_show(value)})"
            )


def _check_optimizer(run: dict, path: str) -> None:
    """The optimizer must accept the hyperparameters together (e.g. gd takes no batch)."""
    try:
        make_optimizer(run["optimizer"], **run["hyperparameters"])
    except ValueError as err:
        raise _Invalid(f"{path}: {err}") from None


def load_lesson(path: str | os.PathLike) -> Lesson:
    """Read a ``.gdviz`` file.

    The size is checked before anything is read (at most :data:`MAX_FILE_BYTES`), the
    bytes must be UTF-8 (a UTF-8 or UTF-16 byte-order mark is allowed), and the text
    goes to :func:`lesson_from_json`.

    Raises
    ------
    LessonError
        For any problem, including a file that cannot be opened; one line naming the file.
    """
    name = _display_name(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise LessonError(f"{name}: {_too_large(size)}")
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        reason = err.strerror or str(err)
        raise LessonError(f"{name}: cannot open the file ({reason})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise LessonError(f"{name}: {_too_large(len(raw))}")
    return lesson_from_json(_decode(raw, name), name)


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw[:8192]:
        raise LessonError(f"{name}: not a gdviz lesson (a binary file, not text)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        byte = raw[err.start]
        line = raw.count(b"\n", 0, err.start) + 1
        looks_like_json = raw.lstrip().lstrip(b"\xef\xbb\xbf").startswith(b"{")
        if looks_like_json:
            raise LessonError(
                f"{name}: line {line}: byte 0x{byte:02x} is not UTF-8 text; save the file as UTF-8"
            ) from None
        raise LessonError(
            f"{name}: not a gdviz lesson (not UTF-8 text: byte 0x{byte:02x} on line {line})"
        ) from None


def _too_large(size: int) -> str:
    limit = MAX_FILE_BYTES / 2**20
    return f"the file is too large for a lesson ({size / 2**20:.1f} MB; at most {limit:g} MB)"


def _display_name(path: str | os.PathLike) -> str:
    name = os.path.basename(os.path.normpath(os.fspath(path))) or os.fspath(path)
    return name if name.isprintable() else repr(name)


# ---------------------------------------------------------------------------- writing


def lesson_to_json(lesson: Lesson) -> str:
    """The text of a ``.gdviz`` file for ``lesson``.

    The layout is stable: fixed key order, keys of ``hyperparameters`` and ``panels``
    sorted, two-space indents, the data last with several numbers a line. Numbers are
    written with ``repr`` precision so that they read back exactly.

    Raises
    ------
    LessonError
        If the lesson would not read back: a non-finite number, a bad setting, too much
        data. The message names the field.
    """
    return _to_json(lesson, "lesson")


def _to_json(lesson: Lesson, name: str) -> str:
    document = _document(lesson)
    known = [h.name for h in all_hyperparameters()]
    for where, run in [("settings", lesson.settings), *_compare_paths(lesson)]:
        unknown = sorted(set(run.hyperparameters) - set(known))
        if unknown:
            raise LessonError(
                f"cannot save {name}: {where}.hyperparameters has {unknown[0]!r}, which is not "
                f"a hyperparameter (known: {', '.join(known)})"
            )
    try:
        _lesson(SCHEMA.check(document, ""))  # what is written must read back
    except _Invalid as err:
        raise LessonError(f"cannot save {name}: {err}") from None
    except (TypeError, ValueError) as err:
        raise LessonError(f"cannot save {name}: {err}") from None
    data = document["data"]
    columns = {"x": data["x"], "y": data["y"]}
    data["x"], data["y"] = "\x00x", "\x00y"
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False)
    for key in ("y", "x"):  # the data comes last: replace the last occurrences
        head, _, tail = text.rpartition(json.dumps(f"\x00{key}"))
        text = head + _number_list(columns[key], indent=6) + tail
    size = len(text.encode("utf-8"))
    if size > MAX_FILE_BYTES:
        raise LessonError(f"cannot save {name}: {_too_large(size)}; use fewer points")
    return text + "\n"


def _compare_paths(lesson: Lesson) -> list[tuple[str, RunSettings]]:
    return [(f"compare[{i}]", run) for i, run in enumerate(lesson.compare)]


def _document(lesson: Lesson) -> dict:
    """The JSON object for a lesson, keys in the order a reader wants them."""
    s, v = lesson.settings, lesson.view
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": lesson.title,
        "note": lesson.note,
        "source": lesson.source,
        "settings": {
            "optimizer": s.optimizer,
            "hyperparameters": dict(s.hyperparameters),
            "iterations": s.iterations,
            "initial_b": s.initial_b,
            "initial_m": s.initial_m,
            "normalize": s.normalize,
            "seed": s.seed,
            "speed": s.speed,
            **({"stop_when_converged": True} if s.stop_when_converged else {}),
        },
        "view": {
            "residuals": v.residuals,
            "optimum_line": v.optimum_line,
            "log_scale": v.log_scale,
            "squares": v.squares,
            "panels": dict(v.panels),
            **({"presentation": list(v.presentation)} if v.presentation else {}),
        },
        "iteration": lesson.iteration,
        "compare": [
            {
                "label": run.label,
                "optimizer": run.optimizer,
                "hyperparameters": dict(run.hyperparameters),
                "normalize": run.normalize,
            }
            for run in lesson.compare
        ],
        "data": {
            "x_name": lesson.data.x_name,
            "y_name": lesson.data.y_name,
            "x": list(lesson.data.x),
            "y": list(lesson.data.y),
        },
    }


def _number_list(values: list, indent: int, width: int = 92) -> str:
    """A JSON array of numbers in columns, as many a line as fit in ``width``."""
    if not values:
        return "[]"
    tokens = json.dumps([float(v) for v in values], allow_nan=False)[1:-1].split(", ")
    longest = max(map(len, tokens))
    per_line = max(1, (width - indent) // (longest + 2))
    pad = " " * indent
    lines = [pad + ", ".join(tokens[i : i + per_line]) for i in range(0, len(tokens), per_line)]
    return "[\n" + ",\n".join(lines) + "\n" + " " * (indent - 2) + "]"


def save_lesson(path: str | os.PathLike, lesson: Lesson) -> None:
    """Write ``lesson`` to ``path`` atomically (a crash never leaves half a file).

    Raises
    ------
    LessonError
        If the lesson would not read back (see :func:`lesson_to_json`).
    OSError
        If the file cannot be written; the old file, if any, is left as it was.
    """
    text = _to_json(lesson, _display_name(path))
    write_text_atomic(path, text)


# ---------------------------------------------------------------------------- the shipped lessons


def shipped_lessons(folder: str | os.PathLike) -> list[tuple[str, Path]]:
    """The lessons in ``folder`` as ``(title, path)``, in file-name order.

    Files that do not read as lessons are left out (the tests check that every shipped
    lesson reads).
    """
    found = []
    for path in sorted(Path(folder).glob(f"*{SUFFIX}")):
        try:
            found.append((load_lesson(path).title, path))
        except LessonError:
            continue
    return found

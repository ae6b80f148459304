"""Lesson files (``.gdviz``): a data set, the settings to run on it, a note and steps.

A lesson file is UTF-8 JSON, one object, whose format the msgspec structs below define
once: names, order, types, ranges (from the registries and the settings), defaults and
the words of messages. Version 2 adds ``steps`` and the settings' ``loss``,
``huber_delta`` and ``ridge`` to version 1; keys a version does not know are ignored, a
newer version is refused. Every problem is a :class:`LessonError`, one line naming the
file and the field: ``"lesson.gdviz: settings.iterations must be a whole number from 0
to 2000000000 (got -5)"``. Numbers are written with ``repr`` precision, read back exactly.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, ClassVar

import msgspec
import numpy as np
from msgspec import UNSET, Meta, Raw, Struct, UnsetType, inspect
from msgspec.structs import asdict, force_setattr

from . import model
from .atomic import write_text_atomic
from .checkpoints import KINDS, Checkpoint
from .data import Dataset, file_kind, from_arrays
from .descent import Descent
from .i18n import QT_TRANSLATE_NOOP, translate
from .objective import DEFAULT_LOSS, HUBER_DELTA, RIDGE, loss_specs
from .optimizers import OPTIMIZERS, Hyperparameter, all_hyperparameters
from .settings import INITIAL_LIMIT, MAX_ITERATIONS, MAX_LABEL, MAX_SEED, RunSettings
from .words import format_exact, printable

FORMAT, VERSION, SUFFIX = "gdviz-lesson", 2, ".gdviz"
MAX_FILE_BYTES, MAX_POINTS = 50 * 1024 * 1024, 5_000_000
MAX_COMPARE, MAX_TITLE, MAX_NOTE, MAX_NAME, MAX_PANELS, MAX_STEPS = 3, 200, 5000, 200, 32, 50
#: The window's panels, by the names lessons use.
PANEL_NAMES = ("scatter", "error", "surface", "contour")
#: NaN and Infinity are read as this string, so that msgspec says where they are.
_MARKED = b'"\\u0000'


class LessonError(ValueError):
    """A lesson file cannot be used; ``str(err)`` is one line naming the file and field."""


class Invalid(Exception):
    """A problem at one field; the message starts with the field's path."""


def _is(kind: Any, words: str, values: dict | None = None, **limits) -> Any:
    """``kind`` within ``limits``; ``words`` say what a value must be (English, marked for
    translation in the context "lesson"), its ``{name}`` placeholders filled from
    ``values``: the description, translated where a message says it (:func:`_words`)."""
    values = values or {}
    extra = {"words": words, "values": values}
    return Annotated[kind, Meta(description=words.format(**values), extra=extra, **limits)]


def _text(most: int) -> Any:
    words = QT_TRANSLATE_NOOP("lesson", "text, at most {most} characters")
    return _is(str, words, {"most": most}, max_length=most)


def _whole(low: int, high: int) -> Any:  # 1000.0 reads as 1000, as it always has
    words = QT_TRANSLATE_NOOP("lesson", "a whole number from {low} to {high}")
    return _is(float, words, {"low": low, "high": high}, ge=low, le=high, multiple_of=1)


def _ranged(h: Hyperparameter) -> Any:
    words = QT_TRANSLATE_NOOP("lesson", "a number between {low} and {high}")
    low, high = format_exact(h.minimum), format_exact(h.maximum)
    return _is(float, words, {"low": low, "high": high}, ge=h.minimum, le=h.maximum)


_E = f"{INITIAL_LIMIT:.0e}".replace("e+", "e")
_START = _is(
    float,
    QT_TRANSLATE_NOOP("lesson", "a number from -{limit} to {limit}"),
    {"limit": _E},
    ge=-INITIAL_LIMIT,
    le=INITIAL_LIMIT,
)
_OPTIMIZER = _is(str, QT_TRANSLATE_NOOP("lesson", "the name of an optimizer"), max_length=100)
_AT_MOST_ITEMS = QT_TRANSLATE_NOOP("lesson", "a list of at most {most} items")
_POSITIVE = _is(float, QT_TRANSLATE_NOOP("lesson", "a number greater than 0"), gt=0)


# ---------------------------------------------------------------------------- the format


class _Checked(Struct, frozen=True, kw_only=True):
    """Names and numbers checked against the registries as they are read."""

    whole: ClassVar[bool] = True  # the learning rate is required (not in a step's change)

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if value is UNSET:
                continue
            if name in ("optimizer", "loss"):
                names = tuple(OPTIMIZERS) if name == "optimizer" else [s.name for s in loss_specs()]
                value = _choose(value, tuple(names), name)
            elif name == "hyperparameters":
                value = _hyperparameters(value, self.whole)
            elif name in ("iterations", "seed"):
                value = int(value)
            elif name == "panels":
                value = _panels(value)
            elif name == "presentation":
                value = tuple(
                    _choose(p, PANEL_NAMES, f"{name}[{i}]", "panel") for i, p in enumerate(value)
                )
            force_setattr(self, name, value)


class Run(_Checked, frozen=True, kw_only=True):
    """A compared run: its own rule, hyperparameters, units and label."""

    label: _text(MAX_LABEL) = ""
    optimizer: _OPTIMIZER
    hyperparameters: dict[str, Raw]
    normalize: bool = False


class Settings(_Checked, frozen=True, kw_only=True):
    """The main run: :class:`~gdviz.core.settings.RunSettings` without a label."""

    optimizer: _OPTIMIZER
    hyperparameters: dict[str, Raw]
    iterations: _whole(0, MAX_ITERATIONS)
    initial_b: _START = 0.0
    initial_m: _START = 0.0
    normalize: bool = False
    seed: _whole(0, MAX_SEED) = 0
    speed: _POSITIVE | None = None  # null: at full speed
    stop_when_converged: bool = False
    loss: _is(str, QT_TRANSLATE_NOOP("lesson", "the name of a loss"), max_length=100) = DEFAULT_LOSS
    huber_delta: _ranged(HUBER_DELTA) = HUBER_DELTA.default
    ridge: _ranged(RIDGE) = RIDGE.default


class ViewSettings(_Checked, frozen=True):
    """What the window shows: overlays, which panels are visible (those not named keep
    their state), the one, two or four panels presentation mode shows (none: any), and
    whether the optimum is hidden so the class can predict it (``hidden``; files without
    it: false)."""

    residuals: bool = True
    optimum_line: bool = True
    log_scale: bool = False
    squares: bool = False
    panels: _is(
        dict[str, Any],
        QT_TRANSLATE_NOOP("lesson", "an object of at most {most} names"),
        {"most": MAX_PANELS},
        max_length=MAX_PANELS,
    ) = {}
    presentation: _is(
        tuple[str, ...],
        QT_TRANSLATE_NOOP("lesson", "a list of at most {most} panel names"),
        {"most": 4},
        max_length=4,
    ) = ()
    hidden: bool = False


def _changes(kind: type[Struct]) -> type[Struct]:
    """``kind`` with every field optional: only the fields given change."""
    fields = [(f.name, f.type | UnsetType, UNSET) for f in msgspec.structs.fields(kind)]
    name = kind.__name__.removesuffix("Settings") + "Change"
    return msgspec.defstruct(
        name,
        fields,
        bases=(kind,),
        namespace={"whole": False},
        frozen=True,
        kw_only=True,
        omit_defaults=True,
    )


SettingsChange, ViewChange = _changes(Settings), _changes(ViewSettings)


class Step(Struct, frozen=True, omit_defaults=True):
    """One step of a lesson: plain text; the settings and view it changes (the fields
    given; see :meth:`Lesson.settings_at`); a question and its checkpoint."""

    text: _text(MAX_NOTE)
    settings: SettingsChange | None = None
    view: ViewChange | None = None
    question: _text(MAX_NOTE) = ""
    checkpoint: Checkpoint | None = None


class Data(Struct, kw_only=True):
    """The points: two lists of finite numbers (decoded by :func:`_columns`)."""

    x_name: _text(MAX_NAME) = "x"
    y_name: _text(MAX_NAME) = "y"
    x: Raw
    y: Raw


class Header(Struct):
    """Checked first: the format's name and version (any JSON)."""

    format: Any = UNSET
    version: Any = UNSET


class File(Header, kw_only=True):
    """A whole lesson file, its fields in the order they are written."""

    title: _is(
        str,
        QT_TRANSLATE_NOOP("lesson", "text that is not blank, at most {most} characters"),
        {"most": MAX_TITLE},
        max_length=MAX_TITLE,
        pattern=r"\S",
    )
    note: _text(MAX_NOTE) = ""
    source: _text(1000) | None = None  # shown, never read
    settings: Settings
    view: ViewSettings = msgspec.field(default_factory=ViewSettings)
    iteration: _whole(0, MAX_ITERATIONS) = 0
    compare: _is(list[Run], _AT_MOST_ITEMS, {"most": MAX_COMPARE}, max_length=MAX_COMPARE) = []
    steps: _is(list[Step], _AT_MOST_ITEMS, {"most": MAX_STEPS}, max_length=MAX_STEPS) = []
    data: Data


def _choose(value: str, names: tuple[str, ...], path: str, noun: str = "") -> str:
    """``value`` as one of ``names`` (any case, spaces around ignored); ``noun`` (default
    ``path``) is ``"optimizer"``, ``"loss"`` or ``"panel"``."""
    if value.strip().lower() not in names:
        text = {
            "optimizer": translate(
                "lesson", "{path}: unknown optimizer {value} (gdviz knows: {known})"
            ),
            "loss": translate("lesson", "{path}: unknown loss {value} (gdviz knows: {known})"),
            "panel": translate("lesson", "{path}: unknown panel {value} (gdviz knows: {known})"),
        }[noun or path]
        raise ValueError(text.format(path=path, value=_show(value), known=", ".join(names)))
    return value.strip().lower()


def _hyperparameters(entries: dict, required: bool) -> dict:
    """The registered hyperparameters among ``entries`` (others are ignored), each in its
    range and said in the registry's words; raw JSON from a file, numbers from Python."""
    values = {}
    for h in all_hyperparameters():
        path = f"hyperparameters.{h.name}"
        if h.name not in entries:
            if required and h.name == "learning_rate":
                raise ValueError(translate("lesson", "{path} is missing").format(path=path))
            continue
        token = entries[h.name]
        token = bytes(token) if isinstance(token, Raw) else msgspec.json.encode(token)
        try:
            values[h.name] = h.check(msgspec.json.decode(token, type=float))
        except msgspec.ValidationError as err:
            raise ValueError(_must(path, h.expected(), token, "range" in str(err))) from None
        except ValueError:
            raise ValueError(_must(path, h.expected(float(token)), token)) from None
    return values


def _panels(panels: dict) -> dict:
    for name, shown in panels.items():
        if len(name) > MAX_NAME:
            text = translate("lesson", "{path} has a name longer than {most} characters")
            raise ValueError(text.format(path="panels", most=MAX_NAME))
        if not isinstance(shown, bool):
            text = translate("lesson", "{path} must be true or false (got {value})")
            raise ValueError(text.format(path=f"panels.{name}", value=_show(shown)))
    return dict(sorted(panels.items()))


# ---------------------------------------------------------------------------- the lesson


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
        return len(self.x)

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """x and y as new float64 arrays."""
        return np.array(self.x, dtype=np.float64), np.array(self.y, dtype=np.float64)

    def dataset(self, name: str = "lesson") -> Dataset:
        """The data as a :class:`~gdviz.core.data.Dataset` with the lesson's column names
        (``DataError`` if it cannot be fitted; a lesson read from a file always can)."""
        names = (self.x_name, self.y_name)
        dataset = from_arrays(*self.arrays(), name)
        return dataclasses.replace(dataset, x_name=names[0], y_name=names[1], columns=names)


@dataclass(frozen=True, kw_only=True)
class Lesson:
    """A data set, the settings to run on it, a note and the steps to take.

    ``settings``, ``view`` and ``compare`` (up to :data:`MAX_COMPARE` runs, which take all
    but their rule, hyperparameters, normalising and label from the main run) are how the
    lesson opens, run to ``iteration``. ``source`` names the data's file, for display
    only. ``steps`` holds at least one step: a lesson given none has one, its note.
    """

    title: str
    data: LessonData
    note: str = ""
    settings: RunSettings = field(default_factory=RunSettings)
    view: ViewSettings = field(default_factory=ViewSettings)
    iteration: int = 0
    compare: tuple[RunSettings, ...] = ()
    source: str | None = None
    steps: tuple[Step, ...] = ()

    def __post_init__(self) -> None:
        compare = tuple(_shared(self.settings, run) for run in self.compare)
        object.__setattr__(self, "compare", compare)
        object.__setattr__(self, "iteration", int(self.iteration))
        object.__setattr__(self, "steps", tuple(self.steps) or (Step(self.note),))

    def settings_at(self, step: int) -> RunSettings:
        """The main run's settings at ``step`` (``-1``: as the lesson opens): the lesson's,
        changed by each step's ``settings`` up to it. A new optimizer keeps the
        hyperparameters it shares with the old; hyperparameters given change one by one."""
        settings = self.settings
        for change in (s.settings for s in self.steps[: step + 1] if s.settings):
            values = _given(change)
            if "optimizer" in values:
                settings = settings.with_optimizer(values.pop("optimizer"))
            if "hyperparameters" in values:
                values["hyperparameters"] = {**settings.hyperparameters, **change.hyperparameters}
            settings = settings.replace(**values)
        return settings

    def compare_at(self, step: int) -> tuple[RunSettings, ...]:
        """The compared runs at ``step``: their own rules, the rest the main run's there."""
        return tuple(_shared(self.settings_at(step), run) for run in self.compare)

    def view_at(self, step: int) -> ViewSettings:
        """The view at ``step``: the lesson's, changed by each step's ``view`` up to it
        (``panels`` one by one)."""
        view = self.view
        for change in (s.view for s in self.steps[: step + 1] if s.view):
            values = _given(change)
            values["panels"] = {**view.panels, **values.get("panels", {})}
            view = msgspec.structs.replace(view, **values)
        return view


def settings_change(before: RunSettings, after: RunSettings) -> Struct | None:
    """The :data:`SettingsChange` a step makes to turn ``before`` into ``after`` (None:
    nothing changes): the fields that differ; of the hyperparameters, those that differ,
    or all of ``after``'s when the optimizer changes. A compared run's label is not a
    step's to change."""
    values = {
        name: getattr(after, name)
        for name in Settings.__struct_fields__
        if getattr(after, name) != getattr(before, name)
    }
    if "optimizer" in values:  # a new rule may not keep the old rule's values
        values["hyperparameters"] = dict(after.hyperparameters)
    elif "hyperparameters" in values:
        old = before.hyperparameters
        values["hyperparameters"] = {
            k: v for k, v in after.hyperparameters.items() if old.get(k) != v
        }
    return SettingsChange(**values) if values else None


def view_change(before: ViewSettings, after: ViewSettings) -> Struct | None:
    """The :data:`ViewChange` a step makes to turn ``before`` into ``after`` (None:
    nothing changes): the fields that differ, of the panels those shown or hidden anew."""
    values = {
        name: getattr(after, name)
        for name in ViewSettings.__struct_fields__
        if getattr(after, name) != getattr(before, name)
    }
    if "panels" in values:
        panels = {k: v for k, v in after.panels.items() if before.panels.get(k) != v}
        values["panels"] = panels
        if not panels:
            del values["panels"]
    return ViewChange(**values) if values else None


def _given(change: Struct) -> dict:
    return {k: v for k, v in asdict(change).items() if v is not UNSET}


def _shared(main: RunSettings, run: RunSettings) -> RunSettings:
    """A compared run: its own rule, hyperparameters, normalising and label; the rest main's."""
    own = ("optimizer", "hyperparameters", "normalize", "label")
    return main.replace(**{name: getattr(run, name) for name in own})


def make_descent(lesson: Lesson, run: RunSettings | None = None) -> Descent:
    """A :class:`~gdviz.core.descent.Descent` at iteration 0 for the main run or ``run``
    (which shares the main run's data, starting line and seed)."""
    settings = lesson.settings
    which = settings if run is None else _shared(settings, run)
    capacity = min(max(settings.iterations, lesson.iteration), 1 << 20)
    return which.make_descent(*lesson.data.arrays(), capacity=capacity)


# ---------------------------------------------------------------------------- reading


def _lesson(raw: bytes) -> Lesson:
    """A :class:`Lesson` from UTF-8 JSON, after every check; or :class:`Invalid`."""
    file = _decode(raw)
    x, y = _columns(file.data)
    if len(x) != len(y):
        text = translate("lesson", "data.x and data.y differ in length ({x} and {y})")
        raise Invalid(text.format(x=len(x), y=len(y)))
    if len(x) < 2:
        text = (
            translate("lesson", "data holds 1 point; a line needs at least 2 points")
            if len(x) == 1
            else translate("lesson", "data holds no points; a line needs at least 2 points")
        )
        raise Invalid(text)
    try:
        stats = model.check_data(np.array(x), np.array(y))
    except ValueError as err:
        raise Invalid(f"data: {err}") from None
    settings = RunSettings(**asdict(file.settings))
    compare = tuple(settings.replace(**asdict(run)) for run in file.compare)
    same = {name: getattr(file, name) for name in ("title", "note", "source", "view", "iteration")}
    data = LessonData(x, y, file.data.x_name, file.data.y_name)
    lesson = Lesson(**same, data=data, settings=settings, compare=compare, steps=tuple(file.steps))
    for step in range(-1, len(lesson.steps)):  # the runs as the lesson opens and at each step
        if step < 0 or lesson.steps[step].settings:
            _check_runs(lesson, step, stats)
    return lesson


def _check_runs(lesson: Lesson, step: int, stats: model.Statistics) -> None:
    """The runs at ``step`` can be made (plain descent takes no batch size, ...), and the
    starting line's error is finite."""
    main, path = lesson.settings_at(step), f"steps[{step}].settings" if step >= 0 else "settings"
    for i, run in enumerate((main, *lesson.compare_at(step))):
        try:
            run.checked()
        except ValueError as err:
            raise Invalid(f"{f'compare[{i - 1}]' if i else path}: {err}") from None
    b, m = main.initial_b, main.initial_m
    with np.errstate(all="ignore"):
        if not math.isfinite(float(model.mse(stats, b, m))):
            text = translate(
                "lesson",
                "{path}: the starting line b = {b}, m = {m} is so far from the data that its "
                "error overflows",
            )
            raise Invalid(text.format(path=path, b=f"{b:g}", m=f"{m:g}"))


def _columns(data: Data) -> list[list[float]]:
    """The two columns, each counted (a file of 25 million short numbers is refused
    without holding them) and searched for text (NaN, marked) before either is decoded."""
    for axis in ("x", "y"):
        raw = bytes(getattr(data, axis))
        count = raw.count(b",") + 1
        if count > MAX_POINTS:
            text = translate(
                "lesson", "{path} holds {count} numbers; a lesson holds at most {most}"
            )
            raise Invalid(text.format(path=f"data.{axis}", count=count, most=MAX_POINTS))
        quote = raw.find(b'"')
        if quote > 0 and raw.find(b"[", 1) < 0:  # text in a flat list: which number it is
            token = re.compile(rb'"(?:[^"\\]|\\.)*"').match(raw, quote)[0]
            path = f"data.{axis}[{raw.count(b',', 0, quote)}]"
            raise Invalid(_must(path, translate("lesson", "a number"), token))
        del raw  # one copy at a time
    columns = []
    for axis in ("x", "y"):
        try:
            columns.append(msgspec.json.decode(getattr(data, axis), type=list[float]))
        except msgspec.ValidationError as err:
            raw = bytes(getattr(data, axis))
            raise Invalid(_explain(err, raw, list[float], ("data", axis))) from None
    return columns


def _decode(raw: bytes) -> File:
    """The file's structs (its format and version checked first), or :class:`Invalid`."""
    start = raw[re.match(rb"\s*", raw).end() :][:200]
    if not start:
        raise Invalid(translate("lesson", "the file is empty; it holds no lesson"))
    if start[:1] not in b'{["':
        _check_utf8(raw)
        line = printable(start.decode("utf-8", "replace").split("\n")[0].strip())
        raise Invalid(
            translate(
                "lesson", 'not a gdviz lesson (not a JSON file: it starts with "{start}")'
            ).format(start=line[:27])
        )
    for tries_left in range(100, 0, -1):  # again for each NaN or Infinity marked
        try:
            _check_header(msgspec.json.decode(raw, type=Header))
            return msgspec.json.decode(raw, type=File)
        except msgspec.ValidationError as err:
            raise Invalid(_explain(err, raw, File)) from None
        except UnicodeDecodeError:  # msgspec before 0.19 lets this through
            _check_utf8(raw)
            raise
        except (msgspec.DecodeError, RecursionError) as err:
            raw = _marked(raw, err, tries_left > 1)  # raises when not a NaN or Infinity


def _check_header(header: Header) -> None:
    """Refuse a file of another format or a newer version."""
    if header.format in (UNSET, None):
        text = translate("lesson", 'not a gdviz lesson (no "format": "{format}")')
        raise Invalid(text.format(format=FORMAT))
    if header.format != FORMAT:
        text = translate("lesson", 'not a gdviz lesson ("format" is {value}, not "{format}")')
        raise Invalid(text.format(value=_show(header.format), format=FORMAT))
    version = header.version
    if version is UNSET:
        text = translate("lesson", 'no format version (expected "version": {version})')
        raise Invalid(text.format(version=VERSION))
    if isinstance(version, float) and version.is_integer():
        version = int(version)
    if type(version) is not int or version < 1:
        text = translate("lesson", "version must be a whole number of at least 1 (got {value})")
        raise Invalid(text.format(value=_show(version)))
    if version > VERSION:
        text = translate(
            "lesson",
            "made by a newer gdviz (format version {version}; this gdviz reads up to "
            "{newest}); update gdviz to open it",
        )
        raise Invalid(text.format(version=version, newest=VERSION))


def _marked(raw: bytes, err: Exception, again: bool) -> bytearray:
    """``raw`` with the NaN or Infinity msgspec stopped at marked; else :class:`Invalid`."""
    message, at = str(err), re.search(r" \(byte (\d+)\)$", str(err))
    if isinstance(err, RecursionError):
        raise Invalid(translate("lesson", "not valid JSON (nested too deeply)"))
    if "UTF-8" in message:
        _check_utf8(raw)
    if at is None and "truncated" in message:
        text = translate(
            "lesson", "{place}: not valid JSON (the file ends too early: was it cut short?)"
        )
        raise Invalid(text.format(place=_place(raw, len(raw))))
    if at is None:
        raise Invalid(translate("lesson", "not valid JSON ({reason})").format(reason=message))
    offset = int(at[1]) - (raw[int(at[1]) - 1 : int(at[1])] == b"-")
    token = re.compile(rb"-?(?:NaN|Infinity)").match(raw, offset)
    if token is None or not again:
        reason = message[: at.start()].removeprefix("JSON is malformed: ")
        text = translate("lesson", "{place}: not valid JSON ({reason})")
        raise Invalid(text.format(place=_place(raw, offset), reason=reason))
    text = raw if isinstance(raw, bytearray) else bytearray(raw)  # one copy, changed in place
    text[token.start() : token.end()] = _MARKED + token[0] + b'"'
    return text


def _check_utf8(raw: bytes) -> None:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        byte, line = f"byte 0x{raw[err.start]:02x}", raw.count(b"\n", 0, err.start) + 1
        if raw.lstrip().startswith(b"{"):
            text = translate(
                "lesson", "line {line}: {byte} is not UTF-8 text; save the file as UTF-8"
            )
            raise Invalid(text.format(line=line, byte=byte)) from None
        text = translate("lesson", "not a gdviz lesson (not UTF-8 text: {byte} on line {line})")
        raise Invalid(text.format(line=line, byte=byte)) from None


def _place(raw: bytes, offset: int) -> str:
    line, start = raw.count(b"\n", 0, offset) + 1, raw.rfind(b"\n", 0, offset) + 1
    column = len(bytes(raw[start:offset]).decode("utf-8", "replace")) + 1
    return translate("lesson", "line {line}, column {column}").format(line=line, column=column)


def _explain(err: msgspec.ValidationError, raw: bytes, kind: Any, prefix: tuple = ()) -> str:
    """msgspec's error about ``raw`` (decoded as ``kind``, found at ``prefix``) in words."""
    problem, _, where = str(err).partition(" - at `$")
    inner = tuple(int(i) if i else k for k, i in re.findall(r"\.(\w+)|\[(\d+)\]", where))
    path = _dotted((*prefix, *inner))
    if problem[:1].islower():  # a struct's own check, which names the field
        return f"{path}.{problem}" if path else problem
    missing = re.fullmatch(r"Object missing required field `(.+)`", problem)
    if missing:
        text = translate("lesson", "{path} is missing")
        return text.format(path=_dotted((*prefix, *inner, missing[1])))
    if not path:  # the file holds no JSON object
        if raw.lstrip()[:1] == b"[":
            return translate(
                "lesson", "not a gdviz lesson (the file holds a JSON array, not an object)"
            )
        return translate(
            "lesson", "not a gdviz lesson (the file holds a JSON string, not an object)"
        )
    token = _raw_at(raw, inner)
    if inner[-1:] == ("kind",):
        text = translate("lesson", "{path} must be one of: {kinds} (got {value})")
        return text.format(path=path, kinds=", ".join(KINDS), value=_show_raw(token))
    return _must(path, _words(_type_at(kind, inner)), token, problem == "Number out of range")


def _must(path: str, expected: str, token: bytes | None, overflow: bool = False) -> str:
    """``{path} must be {expected} (got {token})``; NaN, Infinity and numbers beyond the
    float range must be finite numbers. ``expected`` is in the reader's language."""
    got = "" if token is None else _show_raw(token)
    if overflow or (token or b"").startswith(_MARKED):
        if got:
            text = translate("lesson", "{path} must be a finite number, not {value}")
        else:
            text = translate("lesson", "{path} must be a finite number")
    elif token is not None:
        text = translate("lesson", "{path} must be {expected} (got {value})")
    else:
        text = translate("lesson", "{path} must be {expected}")
    return text.format(path=path, expected=expected, value=got)


def _dotted(parts) -> str:
    """``("compare", 0, "label")`` as ``compare[0].label``."""
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{printable(p)[:40]}" for p in parts)
    return text.removeprefix(".")


def _type_at(kind: Any, parts: tuple) -> inspect.Type | None:
    """The type the format gives the field at ``parts`` inside ``kind``."""

    def fields(t) -> dict:
        return {f.encode_name: f.type for f in getattr(t, "fields", ())}

    found = inspect.type_info(kind)
    for part in parts:
        while isinstance(found, (inspect.Metadata, inspect.UnionType)):
            if isinstance(found, inspect.Metadata):
                found = found.type
            else:  # the struct that has the field (which checkpoint), or the first
                found = next((t for t in found.types if part in fields(t)), found.types[0])
        if isinstance(found, inspect.StructType):
            found = fields(found).get(part)
        else:
            found = getattr(found, "item_type", None) or getattr(found, "value_type", None)
    return found


def _words(kind: inspect.Type | None) -> str:
    """What a value of ``kind`` must be, in the reader's language: its description (the
    words :func:`_is` marked), or its kind in words."""
    if isinstance(kind, inspect.Metadata):
        extra = kind.extra or {}
        if "words" in extra:
            return translate("lesson", extra["words"]).format(**extra.get("values", {}))
        return (kind.extra_json_schema or {}).get("description") or _words(kind.type)
    if isinstance(kind, inspect.UnionType):
        shown = ("null" if t == inspect.NoneType() else _words(t) for t in kind.types)
        return translate("lesson", ", or ").join(dict.fromkeys(shown))
    if isinstance(kind, inspect.ListType):
        return translate("lesson", "a list of numbers")
    if isinstance(kind, inspect.BoolType):
        return translate("lesson", "true or false")
    if isinstance(kind, inspect.FloatType):
        return translate("lesson", "a number")
    return translate("lesson", "an object")


def _raw_at(raw: bytes, parts: tuple) -> bytes | None:
    """The JSON text of the value at ``parts`` (None where the file cannot be walked)."""
    try:
        for part in parts:
            kind = list[Raw] if isinstance(part, int) else dict[str, Raw]
            raw = bytes(msgspec.json.decode(raw, type=kind)[part])
    except (msgspec.DecodeError, LookupError):
        return None
    return raw


def _show_raw(token: bytes) -> str:
    """A value as the person sees it in the file, shortened: ``-5``, ``"yes"``,
    ``a list of 4 items``, ``NaN``."""
    if token.startswith(_MARKED):
        return token[len(_MARKED) : -1].decode()
    text = printable(token.decode("utf-8", "replace").strip())
    if text.startswith("["):
        count = len(msgspec.json.decode(token, type=list[Raw]))
        if count == 1:
            return translate("lesson", "a list of 1 item")
        return translate("lesson", "a list of {n} items").format(n=count)
    if text.startswith("{"):
        return translate("lesson", "an object")
    if text.startswith('"'):
        return text if len(text) <= 40 else text[:36] + '..."'
    return text if len(text) <= 20 else text[:17] + "..."


def _show(value: Any) -> str:
    return _show_raw(json.dumps(value, ensure_ascii=False, default=repr).encode())


def lesson_from_json(text: str, name: str = "lesson.gdviz") -> Lesson:
    """Read a lesson from the text of a ``.gdviz`` file; ``name`` is the file's name in
    messages (``LessonError``, one line naming the file and the field)."""
    if len(text) > MAX_FILE_BYTES:
        raise LessonError(f"{name}: {_too_large(len(text))}")
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        text = translate("lesson", "{name}: not valid text (it holds a lone surrogate)")
        raise LessonError(text.format(name=name)) from None
    return _read(raw.removeprefix(b"\xef\xbb\xbf"), name)


def load_lesson(path: str | os.PathLike) -> Lesson:
    """Read a ``.gdviz`` file: a regular file (a named pipe, device, folder or socket is
    refused at once, unread) of at most :data:`MAX_FILE_BYTES`, UTF-8 (a UTF-8 or UTF-16
    byte-order mark allowed). Any problem is a :class:`LessonError` naming the file."""
    name = _name(path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        _check_regular(os.stat(path), name)  # before opening: opening a pipe would block
        with open(os.open(path, flags | getattr(os, "O_NOCTTY", 0)), "rb") as handle:
            _check_regular(os.fstat(handle.fileno()), name)  # replaced since the stat?
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise LessonError(
            translate("lesson", "{name}: cannot open the file ({reason})").format(
                name=name, reason=err.strerror or err
            )
        ) from None
    if len(raw) > MAX_FILE_BYTES:  # it grew since it was measured
        raise LessonError(f"{name}: {_too_large(len(raw))}")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeError:
            pass
    if b"\x00" in raw[:8192]:
        raise LessonError(
            translate("lesson", "{name}: not a gdviz lesson (a binary file, not text)").format(
                name=name
            )
        )
    return _read(raw.removeprefix(b"\xef\xbb\xbf"), name)


def _read(raw: bytes, name: str) -> Lesson:
    try:
        return _lesson(raw)
    except Invalid as err:
        raise LessonError(f"{name}: {err}") from None


def _name(path: str | os.PathLike) -> str:
    name = os.path.basename(os.path.normpath(os.fspath(path))) or os.fspath(path)
    return name if name.isprintable() else repr(name)


def _check_regular(info: os.stat_result, name: str) -> None:
    kind = file_kind(info.st_mode)
    if kind is not None:
        text = translate("lesson", "{name}: cannot open the file (it is {kind}, not a lesson file)")
        raise LessonError(text.format(name=name, kind=kind))
    if info.st_size > MAX_FILE_BYTES:
        raise LessonError(f"{name}: {_too_large(info.st_size)}")


def _too_large(size: int) -> str:
    shown = math.ceil(size / 2**20 * 10) / 10  # never "50.0 MB; at most 50 MB"
    text = translate("lesson", "the file is too large for a lesson ({size} MB; at most {most} MB)")
    return text.format(size=f"{shown:.1f}", most=MAX_FILE_BYTES >> 20)


# ---------------------------------------------------------------------------- writing


def lesson_to_json(lesson: Lesson, name: str = "lesson") -> str:
    """The text of a ``.gdviz`` file for ``lesson``, in the newest version: the format's
    key order (hyperparameters and panels sorted), two-space indents, the data last with
    several numbers a line. ``LessonError`` (naming the field) if it would not read back:
    a non-finite number, a bad setting, too much data."""
    runs = [(Settings, lesson.settings), *((Run, run) for run in lesson.compare)]
    own = [{k: getattr(run, k) for k in kind.__struct_fields__} for kind, run in runs]
    for values in own:
        values["hyperparameters"] = dict(values["hyperparameters"])
    d = lesson.data
    steps = () if lesson.steps == (Step(lesson.note),) else lesson.steps
    document = {
        "format": FORMAT,
        "version": VERSION,
        "title": lesson.title,
        "note": lesson.note,
        "source": lesson.source,
        "settings": own[0],
        "view": lesson.view,
        "iteration": lesson.iteration,
        "compare": own[1:],
        "steps": steps,
        "data": {"x_name": d.x_name, "y_name": d.y_name, "x": "\0x", "y": "\0y"},
    }
    text = json.dumps(msgspec.to_builtins(document), indent=2, ensure_ascii=False) + "\n"
    for key, column in (("y", d.y), ("x", d.x)):  # the data comes last
        head, _, tail = text.rpartition(f'"\\u0000{key}"')
        text = head + _number_list(column) + tail
    try:
        _lesson(text.encode("utf-8"))  # what is written must read back
        for i, (_, run) in enumerate(runs):
            try:
                run.checked()  # e.g. a hyperparameter reading would ignore
            except ValueError as err:
                raise Invalid(f"{f'compare[{i - 1}]' if i else 'settings'}: {err}") from None
    except Invalid as err:
        text = translate("lesson", "cannot save {name}: {reason}")
        raise LessonError(text.format(name=name, reason=err)) from None
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        message = translate("lesson", "cannot save {name}: {reason}; use fewer points")
        raise LessonError(message.format(name=name, reason=_too_large(len(text.encode()))))
    return text


def _number_list(values, indent: int = 6, width: int = 92) -> str:
    """A JSON array of numbers (``repr`` precision; NaN as JavaScript writes it, so that
    reading names it) in columns, as many a line as fit in ``width``."""
    if not values:
        return "[]"
    tokens = json.dumps(values)[1:-1].split(", ")
    per_line = max(1, (width - indent) // (max(map(len, tokens)) + 2))
    rows = (", ".join(tokens[i : i + per_line]) for i in range(0, len(tokens), per_line))
    return "[\n" + ",\n".join(" " * indent + row for row in rows) + "\n" + " " * (indent - 2) + "]"


def save_lesson(path: str | os.PathLike, lesson: Lesson) -> None:
    """Write ``lesson`` to ``path`` atomically (a crash never leaves half a file; a
    symbolic link is followed). ``LessonError`` as :func:`lesson_to_json`; ``OSError`` if
    the file cannot be written, the old file left as it was."""
    write_text_atomic(path, lesson_to_json(lesson, _name(path)))


def shipped_lessons(folder: str | os.PathLike) -> list[tuple[str, Path]]:
    """The lessons in ``folder`` as ``(title, path)``, in file-name order; files that do
    not read as lessons are left out (the tests check that every shipped lesson reads)."""
    found = []
    for path in sorted(Path(folder).glob(f"*{SUFFIX}")):
        try:
            found.append((load_lesson(path).title, path))
        except LessonError:
            continue
    return found

"""Lesson files (``.gdviz``): a data set, the settings to run on it and a note for the class.

A lesson file is UTF-8 JSON, one object::

    {"format": "gdviz-lesson", "version": 1, "title": "...", "note": "...",
     "source": "tutorial.csv", "settings": {...}, "view": {...}, "iteration": 0,
     "compare": [...], "data": {"x_name": "...", "y_name": "...", "x": [...], "y": [...]}}

:mod:`gdviz.core.lesson_format` defines it, once, as msgspec structs (names, order,
types, ranges, defaults). Reading decodes the file against them (no code is ever run,
nothing is unpickled; the data is always embedded, a lesson never names a file to read),
then checks what spans fields: the data as a loaded data file's, the optimizers and
hyperparameters against the registry (:mod:`gdviz.core.optimizers`), the starting line
against the window's range. Keys this version does not know are ignored, so a later gdviz
may add fields within a version; anything that changes the meaning of a known field needs
a new version. Numbers are written with ``repr`` precision and read back bit for bit.
Every problem is a :class:`LessonError` whose message is one line naming the file and the
field: ``"lesson.gdviz: settings.hyperparameters.learning_rate must be a number greater
than 0 (got -1)"``.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import numpy as np

from . import lesson_format as fmt
from . import model
from .atomic import write_text_atomic
from .data import Dataset, from_arrays
from .data_file import file_kind
from .descent import Descent
from .lesson_format import (  # the format's limits, re-exported
    FORMAT,
    MAX_COMPARE,
    MAX_FILE_BYTES,
    MAX_NAME,
    MAX_POINTS,
    PANEL_NAMES,
    VERSION,
    Invalid,
)
from .optimizers import OPTIMIZERS, Hyperparameter, all_hyperparameters
from .settings import INITIAL_LIMIT, MAX_ITERATIONS, RunSettings, frozen_mapping, plain_value

__all__ = [
    "FORMAT",
    "MAX_COMPARE",
    "MAX_FILE_BYTES",
    "MAX_ITERATIONS",
    "MAX_NAME",
    "MAX_POINTS",
    "PANEL_NAMES",
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

SUFFIX = ".gdviz"


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
#: :class:`~gdviz.core.settings.RunSettings` now.
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
    if len(text) > MAX_FILE_BYTES:
        raise LessonError(f"{name}: {_too_large(len(text))}")
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        raise LessonError(f"{name}: not valid text (it holds a lone surrogate)") from None
    try:
        return _lesson(raw.removeprefix(b"\xef\xbb\xbf"))
    except Invalid as err:
        raise LessonError(f"{name}: {err}") from None


def _lesson(raw: bytes) -> Lesson:
    """A :class:`Lesson` from UTF-8 JSON, after every check; or :class:`Invalid`."""
    file = fmt.decode(raw)
    x, y = _column(file.data, "x"), _column(file.data, "y")
    stats = _check_data(x, y)
    settings = _run_settings(file.settings, "settings")
    _check_start(stats, settings)
    compare = tuple(_run_settings(run, f"compare[{i}]") for i, run in enumerate(file.compare))
    for path, run in [("settings", settings), *_compare_paths(settings, compare)]:
        try:
            run.checked()  # e.g. plain descent takes no batch size
        except ValueError as err:
            raise Invalid(f"{path}: {err}") from None
    view = file.view
    presentation = (
        _choice(panel, PANEL_NAMES, "panel", f"view.presentation[{i}]")
        for i, panel in enumerate(view.presentation)
    )
    return Lesson(
        title=file.title,
        note=file.note,
        source=file.source,
        data=LessonData(x, y, file.data.x_name, file.data.y_name),
        settings=settings,
        view=ViewSettings(
            **{
                **msgspec.structs.asdict(view),
                "panels": _panels(view.panels),
                "presentation": tuple(presentation),
            }
        ),
        iteration=file.iteration,
        compare=compare,
    )


def _compare_paths(main: RunSettings, runs) -> list[tuple[str, RunSettings]]:
    return [(f"compare[{i}]", _shared(main, run)) for i, run in enumerate(runs)]


def _column(data: fmt.Data, axis: str) -> np.ndarray:
    """A column of the data, counted before it is decoded (a file of 25 million short
    numbers is refused without holding them)."""
    raw = getattr(data, axis)
    count = bytes(raw).count(b",") + 1
    if count > MAX_POINTS:
        raise Invalid(f"data.{axis} holds {count} numbers; a lesson holds at most {MAX_POINTS}")
    return np.array(fmt.decode_part(raw, list[float], ("data", axis)), dtype=np.float64)


def _check_data(x: np.ndarray, y: np.ndarray) -> model.Statistics:
    """The data's statistics, when a loaded data file with these points would be fitted."""
    if x.size != y.size:
        raise Invalid(f"data.x and data.y differ in length ({x.size} and {y.size})")
    if x.size < 2:
        count = "no points" if x.size == 0 else "1 point"
        raise Invalid(f"data holds {count}; a line needs at least 2 points")
    if x.min() == x.max():
        raise Invalid(
            f"data.x: all x values are equal (x = {float(x[0])!r}); a line's slope cannot be fitted"
        )
    stats = model.fit_statistics(x, y)
    with np.errstate(all="ignore"):
        if not (all(math.isfinite(v) for v in stats) and stats.sxx > 0):
            raise Invalid(
                "data: the numbers are too large, or the x values too close together, to fit a line"
            )
    try:
        return model.check_data(x, y, stats)
    except ValueError as err:
        raise Invalid(f"data: {err}") from None


def _check_start(stats: model.Statistics, settings: RunSettings) -> None:
    """The starting line has a finite error and is within the window's range
    (:data:`~gdviz.core.settings.INITIAL_LIMIT`)."""
    b, m = settings.initial_b, settings.initial_m
    with np.errstate(all="ignore"):
        if not math.isfinite(float(model.mse(stats, b, m))):
            raise Invalid(
                f"settings: the starting line b = {b:g}, m = {m:g} is so far from the data "
                "that its error overflows"
            )
    for key, value in (("initial_b", b), ("initial_m", m)):
        if abs(value) > INITIAL_LIMIT:  # the window's inputs end there
            limit = f"{INITIAL_LIMIT:.0e}".replace("e+", "e")
            raise Invalid(
                f"settings.{key} must be a number from -{limit} to {limit} (got {fmt.show(value)})"
            )


def _run_settings(run: fmt.Settings | fmt.Run, path: str) -> RunSettings:
    """The settings of a run, its optimizer and hyperparameters checked by the registry."""
    values = msgspec.structs.asdict(run)
    values["optimizer"] = _choice(
        run.optimizer, tuple(OPTIMIZERS), "optimizer", f"{path}.optimizer"
    )
    values["hyperparameters"] = _hyperparameters(run.hyperparameters, f"{path}.hyperparameters")
    return RunSettings(**values)


def _choice(value: str, names: tuple[str, ...], noun: str, path: str) -> str:
    key = value.strip().lower()
    if key not in names:
        known = ", ".join(names)
        raise Invalid(f"{path}: unknown {noun} {fmt.show(value)} (gdviz knows: {known})")
    return key


def _hyperparameters(entries: dict[str, msgspec.Raw], path: str) -> dict:
    """The hyperparameters the file gives (any a registered rule takes; others are
    ignored), each within its range; the learning rate is required."""
    values = {}
    for hyperparameter in all_hyperparameters():
        name = hyperparameter.name
        if name in entries:
            values[name] = _hyperparameter(hyperparameter, entries[name], f"{path}.{name}")
        elif name == "learning_rate":
            raise Invalid(f"{path}.{name} is missing")
    return values


def _hyperparameter(hyperparameter: Hyperparameter, raw: msgspec.Raw, path: str) -> float:
    value = fmt.decode_part(raw, Any, tuple(path.split(".")))
    kind = "a whole number" if hyperparameter.integer else "a number"
    got = fmt.show_raw(bytes(raw))
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise Invalid(f"{path} must be {kind} {hyperparameter.requirement()} (got {got})")
    try:
        number = float(value)
    except OverflowError:  # an integer with hundreds of digits
        raise Invalid(f"{path} must be a finite number, not {got}") from None
    try:
        return hyperparameter.check(number)
    except ValueError:
        requirement = hyperparameter.requirement(number)
        if requirement.startswith("at "):  # a whole number of at least 1
            requirement = f"of {requirement}"
        raise Invalid(f"{path} must be {kind} {requirement} (got {got})") from None


def _panels(entries: dict[str, msgspec.Raw]) -> dict[str, bool]:
    panels = {}
    for key, raw in entries.items():
        if len(key) > MAX_NAME:
            raise Invalid(f"view.panels has a name longer than {MAX_NAME} characters")
        panels[key] = fmt.decode_part(raw, bool, ("view", "panels", key))
    return panels


# ---------------------------------------------------------------------------- files


def load_lesson(path: str | os.PathLike) -> Lesson:
    """Read a ``.gdviz`` file.

    Only a regular file is opened (a named pipe, a device, a folder or a socket is
    refused at once, without reading); its size is checked before anything is read (at
    most :data:`MAX_FILE_BYTES`), the bytes must be UTF-8 (a UTF-8 or UTF-16 byte-order
    mark is allowed), and the text goes to :func:`lesson_from_json`.

    Raises
    ------
    LessonError
        For any problem, including a file that cannot be opened; one line naming the file.
    """
    name = _display_name(path)
    raw = _read_file(path, name)
    try:
        return _lesson(_utf8(raw, name))
    except Invalid as err:
        raise LessonError(f"{name}: {err}") from None


def _read_file(path: str | os.PathLike, name: str) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        _check_regular(os.stat(path), name)  # before opening: opening a pipe would block
        with open(os.open(path, flags | getattr(os, "O_NOCTTY", 0)), "rb") as handle:
            _check_regular(os.fstat(handle.fileno()), name)  # replaced since the stat?
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        reason = err.strerror or str(err)
        raise LessonError(f"{name}: cannot open the file ({reason})") from None
    if len(raw) > MAX_FILE_BYTES:  # it grew since it was measured
        raise LessonError(f"{name}: {_too_large(len(raw))}")
    return raw


def _check_regular(info: os.stat_result, name: str) -> None:
    kind = file_kind(info.st_mode)
    if kind is not None:
        raise LessonError(f"{name}: cannot open the file (it is {kind}, not a lesson file)")
    if info.st_size > MAX_FILE_BYTES:
        raise LessonError(f"{name}: {_too_large(info.st_size)}")


def _utf8(raw: bytes, name: str) -> bytes:
    """The file's bytes as UTF-8 without a byte-order mark."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16").encode("utf-8")
        except UnicodeError:
            pass
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    if b"\x00" in raw[:8192]:
        raise LessonError(f"{name}: not a gdviz lesson (a binary file, not text)")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        byte = raw[err.start]
        line = raw.count(b"\n", 0, err.start) + 1
        if raw.lstrip().startswith(b"{"):
            raise LessonError(
                f"{name}: line {line}: byte 0x{byte:02x} is not UTF-8 text; save the file as UTF-8"
            ) from None
        raise LessonError(
            f"{name}: not a gdviz lesson (not UTF-8 text: byte 0x{byte:02x} on line {line})"
        ) from None
    return raw


def _too_large(size: int) -> str:
    limit = MAX_FILE_BYTES / 2**20
    shown = math.ceil(size / 2**20 * 10) / 10  # never "50.0 MB; at most 50 MB"
    return f"the file is too large for a lesson ({shown:.1f} MB; at most {limit:g} MB)"


def _display_name(path: str | os.PathLike) -> str:
    name = os.path.basename(os.path.normpath(os.fspath(path))) or os.fspath(path)
    return name if name.isprintable() else repr(name)


# ---------------------------------------------------------------------------- writing


def lesson_to_json(lesson: Lesson) -> str:
    """The text of a ``.gdviz`` file for ``lesson``.

    The layout is stable: the format's key order, keys of ``hyperparameters`` and
    ``panels`` sorted, two-space indents, the data last with several numbers a line.
    Numbers are written with ``repr`` precision so that they read back exactly.

    Raises
    ------
    LessonError
        If the lesson would not read back: a non-finite number, a bad setting, too much
        data. The message names the field.
    """
    return _to_json(lesson, "lesson")


def _to_json(lesson: Lesson, name: str) -> str:
    known = [h.name for h in all_hyperparameters()]
    for where, run in [
        ("settings", lesson.settings),
        *_compare_paths(lesson.settings, lesson.compare),
    ]:
        unknown = sorted(set(run.hyperparameters) - set(known))
        if unknown:
            raise LessonError(
                f"cannot save {name}: {where}.hyperparameters has {unknown[0]!r}, which is not "
                f"a hyperparameter (known: {', '.join(known)})"
            )
    try:
        text = fmt.to_json(fmt.document(lesson))
        _lesson(text.encode("utf-8"))  # what is written must read back
    except Invalid as err:
        raise LessonError(f"cannot save {name}: {err}") from None
    except (TypeError, ValueError) as err:
        raise LessonError(f"cannot save {name}: {err}") from None
    size = len(text.encode("utf-8"))
    if size > MAX_FILE_BYTES:
        raise LessonError(f"cannot save {name}: {_too_large(size)}; use fewer points")
    return text


def save_lesson(path: str | os.PathLike, lesson: Lesson) -> None:
    """Write ``lesson`` to ``path`` atomically (a crash never leaves half a file).

    A symbolic link is followed: the file it points to is replaced, the link stays.

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

"""A seeded random stress test: thousands of user actions on the window, in several seeds.

A :class:`random.Random` per seed picks actions a person could take: start, pause,
step, reset; type valid and invalid text into every input (rate, iterations, start, every
optimizer's hyperparameters); pick optimizers; move the speed; toggle every view, panel
and dock; drag the timeline and step back; load good, extreme and broken files; open
lessons, good and damaged; add points and undo; compare runs; resize; and every
:data:`NEW_WINDOW_EVERY` actions close the window and open a new one. After every
action: no exception in any slot (of either thread), the worker thread runs, and neither
the readout nor the message bar shows a non-finite number.
Every :data:`CHECK_EVERY` actions the run is paused and, once the frames have settled,
the readout must equal the core's state (the worker's runs) to its 10 digits, the
window's copy of every run's history must equal the core's row for row, and every
coordinate handed to pyqtgraph must be finite.

When an action fails the test prints the seed and the last actions, to replay them.
"""

from __future__ import annotations

import faulthandler
import os
import random
import re
import shutil
import time
import traceback
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest
import pytestqt.exceptions
from PySide6.QtCore import Qt

from gdviz.core import words
from tests.conftest import DATA, REPO, write_csv
from tests.gui.helpers import (
    NON_FINITE,
    assert_nothing_non_finite,
    child,
    type_into,
)

#: Seeds and actions per seed; more for a longer hunt, e.g.
#: ``GDVIZ_STRESS_SEEDS=1,2,3,4,5 GDVIZ_STRESS_ACTIONS=5000 pytest tests/gui/test_stress.py``.
SEEDS = tuple(int(s) for s in os.environ.get("GDVIZ_STRESS_SEEDS", "20240601,7,1234").split(","))
ACTIONS = int(os.environ.get("GDVIZ_STRESS_ACTIONS", "1000"))
CHECK_EVERY = 50
NEW_WINDOW_EVERY = 200
#: Longest any single wait may take (ms): a deadlock fails the test instead of hanging it.
WAIT_MS = 15_000
#: Seconds per 1,000 actions after which a seed's run counts as hung (it takes about 60).
DEADLOCK_SECONDS = 600

LESSONS = sorted((REPO / "resources" / "lessons").glob("*.gdviz"))


# ---------------------------------------------------------------------------- files
def make_files(folder: Path, seed_csv: Path) -> dict[str, list[Path]]:
    """Good data files (ordinary and extreme), broken ones, and lessons good and damaged."""
    rng = np.random.default_rng(5)
    x = np.linspace(0.0, 10.0, 30)
    good = [seed_csv, *sorted(DATA.glob("*.csv"))]
    for name, (gx, gy) in {
        "small": (x, 3.0 - 0.5 * x + rng.normal(0, 1, x.size)),
        "two": (np.array([1.0, 2.0]), np.array([3.0, 5.0])),
        "duplicates": (np.array([1.0, 1.0, 2.0, 2.0]), np.array([3.0, 3.0, 5.0, 5.0])),
        "line": (x, 2.0 * x + 1.0),
        "flat": (x, np.full(x.size, 4.0)),
        "offset": (1e6 + x, x + rng.normal(0, 1, x.size)),
        "huge_x": (np.array([1.0, 2.0, 3.0]) * 1e150, np.array([1.0, 3.0, 2.0])),
        "tiny_y": (np.array([1.0, 2.0, 3.0]), np.array([1.0, 3.0, 2.0]) * 1e-140),
    }.items():
        good.append(write_csv(folder / f"{name}.csv", gx, gy))
    three = folder / "three_columns.csv"
    three.write_text("t,x,y\n" + "".join(f"{i},{i * 0.5},{3 - i}\n" for i in range(12)))
    good.append(three)
    bad = []
    for name, content in {
        "binary.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00",
        "empty.csv": b"",
        "header_only.csv": b"x,y\n",
        "one_column.csv": b"x\n1\n2\n3\n",
        "constant_x.csv": b"x,y\n1,2\n1,3\n1,4\n",
    }.items():
        (folder / name).write_bytes(content)
        bad.append(folder / name)
    bad.append(
        write_csv(folder / "overflow.csv", np.array([1.0, 2.0, 3.0]) * 1e300, np.ones(3) * 1e300)
    )
    bad.append(folder / "missing.csv")
    damaged = folder / "damaged.gdviz"
    damaged.write_bytes(LESSONS[0].read_bytes()[:150])
    not_json = folder / "not_json.gdviz"
    shutil.copy(good[1], not_json)
    return {"good": good, "bad": bad, "lessons": LESSONS, "damaged": [damaged, not_json]}


# ---------------------------------------------------------------------------- the person
class Person:
    """Drives one window after another with a seeded sequence of actions."""

    LEARNING_RATES = ("0.0001", "1e-3", "0.02", "5e-5", "1e-12", "1e9", "0.3", "2e-6")
    BAD_NUMBERS = ("abc", "-1", "0", "1e999", "", "--", "1,2,3")
    ITERATIONS = ("0", "1", "10", "200", "1000", "3000", "20000", "-3", "x")
    HYPERPARAMETERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "momentumInput": ("0", "0.5", "0.9", "0.9999", "1", "-0.1"),
        "beta1Input": ("0", "0.5", "0.9", "0.9999", "1"),
        "beta2Input": ("0", "0.9", "0.999", "0.999999", "2"),
        "decayInput": ("0", "0.5", "0.9", "0.9999", "1"),
        "batchSizeInput": ("1", "2", "5", "10", "1000", "0", "x"),
        "seedInput": ("0", "1", "42", "2000000000", "-1"),
    }
    STARTS = ("0", "1", "-5", "3.5", "1e12", "-1e12", "1e-300", "abc", "250")

    def __init__(self, qtbot, make_window, files, seed: int):
        self.qtbot = qtbot
        self.make_window = make_window
        self.files = files
        self.seed = seed
        self.rng = random.Random(seed)
        self.log: list[str] = []
        self.window = None
        self.closed = []
        self.checks = 0
        self.actions = [
            (8, self.start_or_pause),
            (10, self.step),
            (3, self.ten_steps),
            (4, self.reset),
            (5, self.type_learning_rate),
            (3, self.type_iterations),
            (3, self.type_start),
            (4, self.choose_optimizer),
            (3, self.type_hyperparameter),
            (2, self.toggle_normalize),
            (3, self.move_speed),
            (5, self.toggle_view),
            (3, self.toggle_dock),
            (5, self.drag_timeline),
            (3, self.step_back),
            (1, self.follow_latest),
            (3, self.load_good_file),
            (2, self.load_bad_file),
            (1, self.open_lesson),
            (1, self.open_damaged_lesson),
            (3, self.add_point),
            (2, self.undo),
            (1, self.choose_columns),
            (1, self.compare_runs),
            (2, self.resize),
        ]
        self.weights = [w for w, _ in self.actions]

    # ------------------------------------------------------------------ running
    def run(self, count: int) -> None:
        self.new_window()
        with self.qtbot.captureExceptions() as exceptions:
            for k in range(1, count + 1):
                if k % NEW_WINDOW_EVERY == 0:
                    self.new_window()
                action = self.rng.choices(self.actions, weights=self.weights)[0][1]
                self.note(f"{k}: {action.__name__}")
                action()
                self.qtbot.wait(1)
                self.check_quickly(exceptions)
                if k % CHECK_EVERY == 0:
                    self.check_against_the_core(exceptions)
            self.check_against_the_core(exceptions)
        self.close_window()

    def note(self, text: str) -> None:
        self.log.append(text)

    def fail(self, message: str) -> None:
        recent = "\n  ".join(self.log[-25:])
        pytest.fail(f"seed {self.seed}: {message}\n  last actions:\n  {recent}")

    def new_window(self) -> None:
        self.close_window()
        self.window = self.make_window(self.rng.choice(self.files["good"][:5]))
        self.window.show()
        self.qtbot.waitExposed(self.window, timeout=WAIT_MS)
        self.note("new window")

    def close_window(self) -> None:
        if self.window is None:
            return
        self.window.close()
        if self.window.worker_thread.isRunning():
            self.fail("the worker thread still runs after the window closed")
        self.closed.append(self.window)
        self.window = None
        self.note("closed the window")

    # ------------------------------------------------------------------ checks
    def check_quickly(self, exceptions) -> None:
        w = self.window
        if exceptions:
            kind, value, tb = exceptions[0]
            where = "".join(traceback.format_exception(kind, value, tb)[-6:])
            self.fail(f"{kind.__name__} in a slot: {value}\n{where}")
        if not w.worker_thread.isRunning():
            self.fail("the worker thread stopped while the window is open")
        for name in ("stateReadout", "messageBar"):
            text = child(w, name).text()
            if NON_FINITE.search(text):
                self.fail(f"{name} shows a non-finite number: {text!r}")

    def settle(self) -> None:
        """Pause, then wait until the worker and the window hold still."""
        w = self.window
        button = child(w, "startButton")
        if button.text() == "Pause":
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if w.session.running:  # the click can land as a Start when the frame has just ended
            w.session.pause()
        self.qtbot.waitUntil(
            lambda: button.text() == "Start" and not w.session.running, timeout=WAIT_MS
        )
        seen = []

        def still():
            runs = w._worker._runs
            seen.append(
                (
                    len(w.history),
                    runs[0].iteration if runs else -1,
                    child(w, "stateReadout").text(),
                    button.text(),
                )
            )
            return len(seen) >= 4 and len(set(seen[-4:])) == 1 and button.text() == "Start"

        try:
            self.qtbot.waitUntil(still, timeout=WAIT_MS)
        except pytestqt.exceptions.TimeoutError:
            self.fail(f"the window did not hold still; last readings: {seen[-3:]}")

    def check_against_the_core(self, exceptions) -> None:
        self.note("check")
        self.settle()
        self.check_quickly(exceptions)
        w = self.window
        runs = w._worker._runs  # private; safe to read while the worker holds still
        main = runs[0]
        if main.iteration != len(w.history) - 1:
            self.fail(f"core at iteration {main.iteration}, window at {len(w.history) - 1}")
        for r, (run, buffer) in enumerate(zip(runs, w.histories, strict=True)):
            core, shown = run.history(), buffer.rows()
            for column in ("iteration", "b", "m", "error", "grad_b", "grad_m", "learning_rate"):
                if not np.array_equal(getattr(core, column), getattr(shown, column)):
                    self.fail(f"run {r + 1}: the window's {column} column differs from the core's")
        if not (
            np.array_equal(w.data_arrays[0], main.x) and np.array_equal(w.data_arrays[1], main.y)
        ):
            self.fail("the window's data differ from the core's")
        if w.analysis != main.analysis:
            self.fail("the window's least-squares numbers differ from the core's")
        i = w.shown_iteration
        snap = main.snapshot(i)
        scales = words.scales(main.stats)  # the readout: 6 digits, 0 when zero up to rounding
        text = child(w, "stateReadout").text()
        expected = [
            f"iteration {i}",
            f"b = {words.format_value(snap.b, scales.b)}",
            f"m = {words.format_value(snap.m, scales.m)}",
            f"error = {words.format_value(snap.error, scales.error)}",
        ]
        if text.splitlines()[:4] != expected:
            self.fail(f"readout {text.splitlines()[:4]} but the core says {expected}")
        numbers = dict(re.findall(r"^(b|m|error) = (\S+)$", text, re.M))
        for key in ("b", "m", "error"):
            value = float(numbers[key])
            core_value = getattr(snap, key)
            zero = words.ROUNDING * getattr(scales, key)
            zero = zero if 0 < zero < np.inf else 1e-300
            if value != pytest.approx(core_value, rel=5e-6, abs=zero):
                self.fail(f"readout {key} = {value} but the core has {core_value}")
        try:
            assert_nothing_non_finite(w)
        except AssertionError as err:
            self.fail(f"a non-finite value reached the screen: {err}")
        self.checks += 1

    # ------------------------------------------------------------------ actions
    def click(self, name: str) -> None:
        self.qtbot.mouseClick(child(self.window, name), Qt.MouseButton.LeftButton)

    def type(self, name: str, text: str) -> None:
        self.note(f"  type {text!r} into {name}")
        type_into(self.qtbot, child(self.window, name), text)

    def start_or_pause(self):
        self.click("startButton")

    def step(self):
        self.click("stepButton")

    def ten_steps(self):
        self.window.tenStepsAction.trigger()

    def reset(self):
        self.click("resetButton")

    def type_learning_rate(self):
        pool = self.LEARNING_RATES if self.rng.random() < 0.8 else self.BAD_NUMBERS
        self.type("learningRateInput", self.rng.choice(pool))

    def type_iterations(self):
        self.type("iterationsInput", self.rng.choice(self.ITERATIONS))

    def type_start(self):
        name = self.rng.choice(["initialBInput", "initialMInput"])
        pool = self.STARTS if self.rng.random() < 0.85 else self.BAD_NUMBERS
        self.type(name, self.rng.choice(pool))

    def type_hyperparameter(self):
        name = self.rng.choice(sorted(self.HYPERPARAMETERS))
        pool = self.HYPERPARAMETERS[name] if self.rng.random() < 0.85 else self.BAD_NUMBERS
        self.type(name, self.rng.choice(pool))

    def choose_optimizer(self):
        combo = child(self.window, "optimizerInput")
        index = self.rng.randrange(combo.count())
        self.note(f"  optimizer {combo.itemData(index)}")
        combo.setCurrentIndex(index)

    def toggle_normalize(self):
        child(self.window, "normalizeInput").click()

    def move_speed(self):
        slider = child(self.window, "speedInput")
        slider.setValue(self.rng.randint(slider.minimum(), slider.maximum()))
        self.note(f"  speed {slider.value()}")

    def toggle_view(self):
        w = self.window
        action = self.rng.choice(
            [
                w.residualsAction,
                w.squaresAction,
                w.optimumAction,
                w.logAction,
                w.arrowsAction,
                w.standardisedAction,
                w.bigDisplayAction,
            ]
        )
        self.note(f"  {action.text()}")
        action.trigger()

    def toggle_dock(self):
        w = self.window
        dock = self.rng.choice([w.compareDock, w.stabilityDock, w.mathDock])
        self.note(f"  {dock.objectName()}")
        dock.toggleViewAction().trigger()

    def drag_timeline(self):
        slider = child(self.window, "timelineSlider")
        if slider.maximum() > 0:
            value = self.rng.randint(0, slider.maximum())
            self.note(f"  to {value}")
            slider.setValue(value)

    def step_back(self):
        self.window.stepBackAction.trigger()

    def follow_latest(self):
        self.window.liveAction.trigger()

    def load_good_file(self):
        path = self.rng.choice(self.files["good"])
        self.note(f"  {path.name}")
        if not self.window.load_file(path):
            # an extreme file is refused for a far start (its error would overflow)
            message = self.window.message_bar.text()
            if "starting line" not in message or self.window.message_bar.level != "error":
                self.fail(f"a good file was refused: {message}")

    def load_bad_file(self):
        path = self.rng.choice(self.files["bad"])
        self.note(f"  {path.name}")
        before = self.window.dataset
        if self.window.load_file(path):
            self.fail(f"a broken file was loaded: {path.name}")
        if self.window.dataset is not before or self.window.message_bar.level != "error":
            self.fail("a refused file changed the data or said nothing")

    def open_lesson(self):
        path = self.rng.choice(self.files["lessons"])
        self.note(f"  {path.name}")
        if not self.window.open_lesson(path):
            self.fail(f"a shipped lesson was refused: {self.window.message_bar.text()}")

    def open_damaged_lesson(self):
        path = self.rng.choice(self.files["damaged"])
        self.note(f"  {path.name}")
        if self.window.open_lesson(path):
            self.fail("a damaged lesson was opened")

    def add_point(self):
        w = self.window
        x, y = w.data_arrays
        if x.size > 400:
            return
        lo, hi = float(np.min(x)), float(np.max(x))
        px = lo + (hi - lo) * self.rng.uniform(-0.1, 1.1)
        ylo, yhi = float(np.min(y)), float(np.max(y))
        py = ylo + (yhi - ylo) * self.rng.uniform(-0.1, 1.1)
        self.note(f"  at ({px!r}, {py!r})")
        w.scatter.pointAddRequested.emit(px, py)

    def undo(self):
        self.window.undoAction.trigger()

    def choose_columns(self):
        w = self.window
        combo = child(w, "xColumnInput")
        if combo.count() > 2:
            index = self.rng.randrange(combo.count())
            self.note(f"  x column {index}")
            combo.setCurrentIndex(index)
            combo.activated.emit(index)

    def compare_runs(self):
        w = self.window
        box = w.compare_box
        for use, *_ in box.rows:
            if self.rng.random() < 0.5:
                use.click()
        self.note(f"  {len(box.configs())} compared runs")
        self.qtbot.mouseClick(box.applyButton, Qt.MouseButton.LeftButton)

    def resize(self):
        width, height = self.rng.randint(900, 1700), self.rng.randint(560, 1000)
        self.note(f"  to {width}x{height}")
        self.window.resize(width, height)


@pytest.fixture
def deadlock_watchdog():
    """A hang (a deadlock no bounded wait can see, e.g. in a blocking connection) ends the
    run with every thread's traceback instead of hanging it for ever."""
    faulthandler.dump_traceback_later(DEADLOCK_SECONDS * max(1, -(-ACTIONS // 1000)), exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


#: Seeds that meet a known fault: after the optimizer-race lesson (four runs, Newton's
#: and conjugate gradient's stopped at the optimum) a paused run sometimes goes on by
#: itself in a whole-suite run (never alone). Kept running so that a fix shows as XPASS.
KNOWN_FAULT = {20240601}


@pytest.mark.parametrize(
    "seed",
    [
        pytest.param(
            seed,
            marks=pytest.mark.xfail(
                seed in KNOWN_FAULT,
                reason="a paused run resumes after the race lesson (known, open)",
                strict=False,
            ),
        )
        for seed in SEEDS
    ],
)
def test_a_thousand_random_actions(qtbot, make_window, tmp_path, seed_csv, seed, deadlock_watchdog):
    started = time.perf_counter()
    person = Person(qtbot, make_window, make_files(tmp_path, seed_csv), seed)
    person.run(ACTIONS)
    assert person.checks >= ACTIONS // CHECK_EVERY
    assert len(person.closed) >= ACTIONS // NEW_WINDOW_EVERY
    for window in person.closed:
        assert not window.worker_thread.isRunning()
    print(f"seed {seed}: {ACTIONS} actions in {time.perf_counter() - started:.1f} s")

"""Helpers shared by the window tests: finding, typing, clicking, reading, waiting, and
checking that nothing non-finite is shown or drawn."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableWidget, QWidget

from tests.conftest import REPO

#: A non-finite number written out: "nan", "inf", "-inf", "infinity" (not "information").
NON_FINITE = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------- driving
def child(window, name):
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def type_into(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def click(qtbot, window, name):
    qtbot.mouseClick(child(window, name), Qt.MouseButton.LeftButton)


def readout(window, *, strict: bool = True) -> dict:
    """The readout's labelled values, parsed as a person would read them.

    ``strict``: also assert that each of b, m and error appears exactly once (otherwise
    the first line of each is read).
    """
    text = child(window, "stateReadout").text()
    values = {"iteration": int(re.search(r"^iteration (\d+)$", text, re.M).group(1))}
    for label in ("b", "m", "error"):
        if strict:
            match = re.findall(rf"^{label} = (\S+)$", text, re.M)
            assert len(match) == 1, text
            values[label] = float(match[0])
        else:
            values[label] = float(re.search(rf"^{label} = (\S+)$", text, re.M).group(1))
    return values


# ---------------------------------------------------------------------------- waiting
def wait_iteration(qtbot, window, n, timeout=10_000):
    qtbot.waitUntil(lambda: readout(window)["iteration"] == n, timeout=timeout)


def run_to(qtbot, window, n: int) -> None:
    """Set the iteration count to ``n``, the speed to the maximum, press Start and wait
    until the run has stopped there."""
    child(window, "iterationsInput").setValue(n)
    speed = child(window, "speedInput")
    speed.setValue(speed.maximum())
    click(qtbot, window, "startButton")
    wait_iteration(qtbot, window, n)
    wait_stopped(qtbot, window, timeout=5000)


def wait_stopped(qtbot, window, timeout=10_000):
    qtbot.waitUntil(lambda: child(window, "startButton").text() == "Start", timeout=timeout)


def settle(qtbot, window):
    """Wait until the window has drawn every row the worker sent (paused runs)."""
    seen = []

    def stable():
        seen.append((len(window.history), child(window, "stateReadout").text()))
        return len(seen) > 3 and len(set(seen[-4:])) == 1

    qtbot.waitUntil(stable, timeout=10_000)


# ---------------------------------------------------------------------------- non-finite
def shown_texts(window) -> list[str]:
    """Every text a person can read in the window: labels, buttons, tables, plot texts."""
    texts = [w.text() for w in window.findChildren(QLabel)]
    texts += [w.text() for w in window.findChildren(QAbstractButton)]
    for table in window.findChildren(QTableWidget):
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None:
                    texts.append(item.text())
    for plot in window.findChildren(pg.PlotWidget):
        for item in plot.getPlotItem().items:
            if isinstance(item, pg.TextItem):
                texts.append(item.toPlainText())
        for axis in ("left", "bottom"):
            texts.append(plot.getPlotItem().getAxis(axis).labelText)
    return texts


def assert_nothing_non_finite(window) -> None:
    """No nan/inf in any text, and every coordinate handed to pyqtgraph is finite."""
    for text in shown_texts(window):
        assert not NON_FINITE.search(text or ""), text
    for plot in window.findChildren(pg.PlotWidget):
        name = plot.objectName() or type(plot.parent()).__name__
        item_ = plot.getPlotItem()
        for low, high in item_.viewRange():
            assert np.isfinite(low) and np.isfinite(high), (name, item_.viewRange())
        for item in item_.listDataItems():
            # the data as handed over (a log axis turns a 0 into a gap, which is fine)
            if isinstance(item, pg.PlotDataItem):
                xs, ys = item.xData, item.yData
            else:
                xs, ys = item.getData()
            if xs is None or ys is None:
                continue
            xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
            assert not np.isinf(xs).any() and not np.isinf(ys).any(), (name, item)
            gaps = np.isnan(xs) | np.isnan(ys)
            if gaps.any():  # only the gap marker of a curve drawn with connect="finite"
                assert getattr(item, "opts", {}).get("connect") == "finite", (name, item)
        for item in item_.items:
            if isinstance(item, pg.ImageItem) and item.image is not None:
                assert np.all(np.isfinite(item.image)), name
                levels = item.getLevels()
                if levels is not None:
                    assert np.all(np.isfinite(levels)), name


# ---------------------------------------------------------------------------- processes
def window_in_a_process(script: str, args, tmp_path, drop=("LC_",), **env) -> dict:
    """Run ``script`` (which builds a window) in a fresh Python with a private HOME and
    settings, offscreen and without OpenGL; the environment's variables starting with
    ``drop`` are removed and ``env`` added. Returns the JSON of its last line of output."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(tuple(drop))}
    environment.update(
        env,
        QT_QPA_PLATFORM="offscreen",
        GDVIZ_NO_OPENGL="1",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])

"""A long run's thinned history in the window: the error panel says so in plain words,
and looking back moves between the iterations that were kept."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gdviz.core import history as core_history
from gdviz.core.descent import Descent
from tests.gui.helpers import child, readout, run_to

LIMIT = 50


@pytest.fixture
def small_limit_window(monkeypatch, make_window, seed_csv):
    """The window on the tutorial's data, its runs keeping 50 iterations in full."""
    monkeypatch.setattr(core_history, "HISTORY_LIMIT", LIMIT)
    w = make_window(seed_csv)
    w.show()
    return w


def b_at(xy, iteration: int) -> float:
    """b after ``iteration`` steps, from the core. A core run's own kept rows depend on
    how its steps were batched (as the window's do), but its newest row is always kept."""
    run = Descent(*xy)
    run.step(iteration)
    return run.snapshot(iteration).b


def title(window) -> str:
    return window.error_panel.getPlotItem().titleLabel.text


def test_the_window_says_the_history_is_thinned_and_steps_between_kept_rows(
    qtbot, small_limit_window, seed_xy
):
    window = small_limit_window
    run_to(qtbot, window, 30)
    assert "history" not in title(window)  # everything kept: nothing to say
    run_to(qtbot, window, 3000)
    history = window.history
    stride = history.stride
    assert stride > 1 and len(history) <= 2 * LIMIT
    words = f"history: every {stride}th iteration kept after {LIMIT}"
    qtbot.waitUntil(lambda: words in title(window), timeout=5000)
    assert title(window) == f"Error per iteration ({words})"
    # the curve places each kept row at its own iteration
    xs, _ = window.error_panel.curve.getData()
    assert xs[-1] == 3000 and set(xs.astype(int)) <= set(history.column("iteration").tolist())

    kept = history.column("iteration")
    start = child(window, "startButton")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    start.setFocus()
    for k in range(1, 4):  # Left: back to the kept row before
        qtbot.keyClick(start, Qt.Key.Key_Left)
        shown = readout(window)
        assert shown["iteration"] == int(kept[-1 - k])
        assert shown["b"] == pytest.approx(b_at(seed_xy, shown["iteration"]), rel=5e-6)
    qtbot.keyClick(start, Qt.Key.Key_Right)  # Right: forward to the next kept row
    assert readout(window)["iteration"] == int(kept[-3])
    # the slider asked for an iteration that was not kept shows the one before it
    missing = int(kept[-5]) + 1
    assert missing not in set(kept.tolist())
    child(window, "timelineSlider").setValue(missing)
    assert readout(window)["iteration"] == int(kept[-5])
    assert np.isfinite(readout(window)["error"])

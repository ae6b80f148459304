"""On a large data set the absolute or Huber error's optimum is found in the background:
the window keeps answering, and the new loss applies when its optimum arrives."""

from __future__ import annotations

import numpy as np
import pytest

from gdviz.core.objective import Objective
from gdviz.gui import optimum_job
from tests.conftest import write_csv


@pytest.fixture
def data(tmp_path):
    rng = np.random.default_rng(11)
    x = rng.uniform(0.0, 40.0, 400)
    y = 1.5 * x + 4.0 + rng.standard_t(2, 400) * 3.0
    return write_csv(tmp_path / "many.csv", x, y), x, y


def test_a_new_loss_applies_when_its_optimum_arrives(monkeypatch, make_window, data, qtbot):
    path, x, y = data
    window = make_window(path)
    s = window.session
    monkeypatch.setattr(optimum_job, "BACKGROUND_POINTS", 100)  # 400 points count as many
    assert s.update_settings(loss="mae")
    # asked, not yet applied: the runs still descend the squared error
    assert s.optimumJob.is_running
    assert "Finding the least-absolute-deviations line for 400 points" in s_text(window)
    assert s.settings.loss == "mse"
    qtbot.waitUntil(lambda: s.settings.loss == "mae", timeout=10_000)
    expected = Objective(loss="mae").optimum(x, y)
    assert (s.optimum.b, s.optimum.m) == pytest.approx((expected.b, expected.m), rel=1e-12)
    assert s.reference.mse_star == pytest.approx(expected.error, rel=1e-12)


def test_a_second_request_wins(monkeypatch, make_window, data, qtbot):
    path, x, y = data
    window = make_window(path)
    s = window.session
    monkeypatch.setattr(optimum_job, "BACKGROUND_POINTS", 100)
    s.update_settings(loss="mae")
    s.update_settings(loss="huber", huber_delta=2.0)
    qtbot.waitUntil(lambda: not s.optimumJob.is_running, timeout=10_000)
    qtbot.wait(100)
    assert (s.settings.loss, s.settings.huber_delta) == ("huber", 2.0)
    expected = Objective(loss="huber", huber_delta=2.0).optimum(x, y)
    assert s.optimum.m == pytest.approx(expected.m, rel=1e-9)


def test_a_large_file_loads_with_its_optimum_found_in_the_background(
    monkeypatch, make_window, data, tmp_path, qtbot
):
    path, x, y = data
    window = make_window(path)
    s = window.session
    s.update_settings(loss="huber", huber_delta=1.0)
    monkeypatch.setattr(optimum_job, "BACKGROUND_POINTS", 100)
    other = write_csv(tmp_path / "other.csv", x[:300], y[:300] + 1.0)
    before = s.dataset
    assert s.load_file(other)
    assert s.dataset is before  # the data shown stay until the optimum is found
    qtbot.waitUntil(lambda: s.dataset is not before, timeout=10_000)
    expected = Objective(loss="huber", huber_delta=1.0).optimum(x[:300], y[:300] + 1.0)
    assert s.optimum.m == pytest.approx(expected.m, rel=1e-9)
    assert s.dataset.x.size == 300


def s_text(window) -> str:
    return window.message_bar.text()

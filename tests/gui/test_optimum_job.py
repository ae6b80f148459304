"""The optimum of a large data set is found in the background, newest request first."""

from __future__ import annotations

import numpy as np

from gdviz.core import model
from gdviz.core.objective import Objective
from gdviz.gui.optimum_job import BACKGROUND_POINTS, OptimumJob, needs_background


def _data(n: int, seed: int = 3):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 50.0, n)
    y = 2.0 * x + 5.0 + rng.standard_t(2, n)
    return x, y, model.fit_statistics(x, y)


def test_only_a_search_on_many_points_goes_to_the_background():
    assert not needs_background(Objective(), 10 * BACKGROUND_POINTS)  # closed form
    assert not needs_background(Objective(loss="mae"), BACKGROUND_POINTS - 1)
    assert needs_background(Objective(loss="mae"), BACKGROUND_POINTS)
    assert needs_background(Objective(loss="huber", huber_delta=2.0), BACKGROUND_POINTS)


def test_the_answer_is_the_objectives_own_optimum(qtbot):
    job = OptimumJob()
    x, y, stats = _data(2000)
    objective = Objective(loss="huber", huber_delta=1.5)
    with qtbot.waitSignal(job.finished, timeout=10_000) as blocker:
        job.start(objective, x, y, stats, payload="huber")
    payload, optimum = blocker.args
    assert payload == "huber"
    assert optimum == objective.optimum(x, y, stats)
    assert not job.is_running


def test_a_newer_request_wins_and_the_older_answer_is_dropped(qtbot):
    job = OptimumJob()
    x, y, stats = _data(50_000)
    answers = []
    job.finished.connect(lambda payload, optimum: answers.append((payload, optimum)))
    job.start(Objective(loss="mae"), x, y, stats, payload="first")
    job.start(Objective(loss="huber", huber_delta=1.0), x, y, stats, payload="second")
    qtbot.waitUntil(lambda: not job.is_running, timeout=20_000)
    job.wait()
    qtbot.wait(50)
    assert [payload for payload, _ in answers] == ["second"]
    assert answers[0][1] == Objective(loss="huber", huber_delta=1.0).optimum(x, y, stats)


def test_a_failure_comes_back_as_one_line(qtbot):
    job = OptimumJob()
    x, y, stats = _data(100)
    failures = []
    job.failed.connect(lambda payload, message: failures.append((payload, message)))

    class Broken(Objective):
        def optimum(self, x, y, stats=None):
            raise ValueError("no optimum here")

    job.start(Broken(loss="mae"), x, y, stats, payload=7)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert failures == [(7, "no optimum here")]


def test_forget_drops_the_answer_under_way(qtbot):
    job = OptimumJob()
    x, y, stats = _data(20_000)
    answers = []
    job.finished.connect(lambda *args: answers.append(args))
    job.start(Objective(loss="mae"), x, y, stats, payload=1)
    job.forget()
    job.wait()
    qtbot.wait(50)
    assert answers == [] and not job.is_running

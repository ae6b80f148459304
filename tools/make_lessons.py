"""Write the ready-made lessons shipped in ``resources/lessons/`` (File > Examples).

Run ``python tools/make_lessons.py`` after changing a lesson or the example
data in ``data/``. Every number a note or a step quotes, and every checkpoint's target, is
computed here by running the core (:class:`gdviz.core.descent.Descent`), so the story a
lesson tells is what the class will see; ``tests/core/test_lesson.py`` checks the shipped
files against these claims again.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "resources" / "lessons"
if str(REPO) not in sys.path:  # run as a script from a source checkout
    sys.path.insert(0, str(REPO))

from gdviz.core import model  # noqa: E402
from gdviz.core.checkpoints import Diverge, ErrorBelow, PredictNext, PredictOptimum  # noqa: E402
from gdviz.core.data import load_dataset  # noqa: E402
from gdviz.core.descent import Descent  # noqa: E402
from gdviz.core.lesson import (  # noqa: E402
    Lesson,
    LessonData,
    RunSettings,
    SettingsChange,
    Step,
    ViewChange,
    ViewSettings,
    make_descent,
    save_lesson,
)
from gdviz.core.objective import Objective  # noqa: E402
from gdviz.core.stability import measured_iterations  # noqa: E402

DATA = REPO / "data"
#: The tutorial's own data set (data/tutorial-data-LICENSE.txt).
TUTORIAL = "tutorial.csv"
#: Every panel on: the lessons are shown on a projector with the whole window.
PANELS = {"scatter": True, "error": True, "contour": True, "surface": True}
#: Seed of the shuffled order of points in the stochastic lesson.
SEED = 2026
#: The stochastic lesson's smaller learning rate (its last step).
SMALL_RATE = 0.005


def _data(file_name: str) -> LessonData:
    dataset = load_dataset(DATA / file_name)
    return LessonData(dataset.x, dataset.y, dataset.x_name, dataset.y_name)


def _analysis(data: LessonData) -> model.Analysis:
    x, y = data.arrays()
    return model.analyse(model.fit_statistics(x, y))


def formula(name: str, value: str) -> str:
    """``name = value`` with no-break spaces, so a note never wraps inside a formula."""
    return f"{name}\u00a0=\u00a0{value}"


def plain(value: float) -> str:
    """A number in plain notation, as a student reads it: ``0.0000002``, not ``2e-07``."""
    return np.format_float_positional(value, trim="-")


def round_significant(value: float, digits: int = 2) -> float:
    return float(f"{value:.{digits}g}")


def _run(lesson: Lesson, run: RunSettings | None = None) -> Descent:
    descent = make_descent(lesson, run)
    descent.run_to(lesson.settings.iterations)
    return descent


# ---------------------------------------------------------------------------- the lessons


def tutorial() -> Lesson:
    data = _data(TUTORIAL)
    settings = RunSettings(
        optimizer="gd", hyperparameters={"learning_rate": 0.0001}, iterations=1000, speed=100
    )
    view = ViewSettings(log_scale=True, panels=PANELS, presentation=("scatter", "error"))
    lesson = Lesson(title="The tutorial as published", data=data, settings=settings, view=view)
    end = _run(lesson)
    a = end.analysis
    note = (
        "The tutorial's own data and run: plain gradient descent, learning rate 0.0001, "
        f"1000 steps from {formula('b', '0')}, {formula('m', '0')}. The tutorial printed, "
        f"after 1000 iterations: {formula('b', f'{end.b:.7g}')}, "
        f"{formula('m', f'{end.m:.7g}')}, {formula('error', f'{end.error:.7g}')}. Press "
        "Start: the line swings up to the points in a few steps, then hardly moves; the "
        "error curve (log scale) shows the slow crawl along a long, flat valley. After 1000 "
        f"steps compare b (about {end.b:.1f}) with the best {formula('b*', f'{a.b_star:.1f}')}."
    )
    steps = (
        Step(
            "The tutorial's data: hours studied against test score. The line starts flat, "
            f"at {formula('b', '0')} and {formula('m', '0')}."
        ),
        Step(
            "Before the first step, guess: mark on the contour map where you think the "
            "first step lands, then press Step.",
            question="Where does the first step land?",
            checkpoint=PredictNext(tolerance=0.25),
            view=ViewChange(hidden=True),  # predict mode: a click on the map is a guess
        ),
        Step(
            "Press Start: the line swings up to the points in a few steps, then hardly "
            "moves. The error curve (log scale) shows the slow crawl along a flat valley.",
            view=ViewChange(hidden=False),
        ),
        Step(
            f"After 1000 steps b is about {end.b:.1f}, far from the best "
            f"{formula('b*', f'{a.b_star:.1f}')}: the slope settles fast, the intercept crawls."
        ),
    )
    return _finish(lesson, note, TUTORIAL, steps)


def learning_rate_too_large() -> Lesson:
    data = _data(TUTORIAL)
    a = _analysis(data)
    rate = round_significant(1.1 * a.max_stable_learning_rate)
    settings = RunSettings(
        optimizer="gd", hyperparameters={"learning_rate": rate}, iterations=100, speed=10
    )
    note = (
        f"Learning rate {plain(rate)} is just above the limit "
        f"{formula('2/λmax', plain(round_significant(a.max_stable_learning_rate, 3)))}. Press "
        "Start: each step "
        "overshoots more than the last and the error climbs until gdviz stops the run. "
        "Lower the learning rate and try again: what is the largest rate that still works?"
    )
    lesson = Lesson(
        title="Learning rate too large",
        data=data,
        settings=settings,
        view=ViewSettings(log_scale=True, panels=PANELS),
    )
    target = round_significant(1.1 * a.mse_star)  # within 10% of the lowest error
    steps = (
        Step(
            f"Learning rate {plain(rate)} is just above the limit "
            f"{formula('2/λmax', plain(round_significant(a.max_stable_learning_rate, 3)))}. "
            "Press Start and watch the line and the error.",
            question="Does the run settle down?",
            checkpoint=Diverge(),
        ),
        Step(
            "Each step overshoots more than the last, and the error climbs until gdviz "
            "stops the run: the run diverged."
        ),
        Step(
            f"Lower the learning rate until the error goes below {plain(target)} within "
            f"{settings.iterations} iterations.",
            question="What is the largest learning rate that still works?",
            checkpoint=ErrorBelow(value=target, within_iterations=settings.iterations),
        ),
    )
    return _finish(lesson, note, TUTORIAL, steps)


def narrow_valley() -> Lesson:
    data = _data("temperature_by_year.csv")
    a = _analysis(data)
    rate = round_significant(0.8 * a.max_stable_learning_rate, 1)
    settings = RunSettings(
        optimizer="gd", hyperparameters={"learning_rate": rate}, iterations=2000, speed=200
    )
    normalised = RunSettings(
        optimizer="gd",
        hyperparameters={"learning_rate": 0.1},
        normalize=True,
        label="normalised, learning rate 0.1",
    )
    lesson = Lesson(
        title="The narrow valley: why normalising helps",
        data=data,
        settings=settings,
        compare=(normalised,),
        view=ViewSettings(log_scale=True, panels=PANELS),
    )
    plain_end = _run(lesson)
    fast_run = _run(lesson, normalised)
    history = fast_run.history()
    fast = measured_iterations(history.iteration, history.error, fast_run.analysis.mse_star, 0.01)
    times = plain_end.error / a.mse_star
    note = (
        "With years as x the error valley is long and narrow: plain descent (learning rate "
        f"{plain(rate)}, about the most it can take) still has {times:.0f} times the lowest "
        "error after 2000 steps. The second run normalises x and y first, which turns the "
        f"valley into a round bowl: it gets within 1% of the lowest error in {fast} steps. "
        "Press Start and compare the two paths on the contour map."
    )
    target = round_significant(1.01 * a.mse_star, 3)  # within about 1% of the lowest
    steps = (
        Step(
            "Press Start. With years as x the error valley is long and narrow: plain "
            f"descent still has {times:.0f} times the lowest error after 2000 steps."
        ),
        Step(
            "The second run normalises x and y first, which turns the valley into a round "
            f"bowl: it gets within 1% of the lowest error in {fast} steps. Compare the two "
            "paths on the contour map."
        ),
        Step(
            "Now make the main run as fast: press Reset, then change its settings until its "
            f"error goes below {plain(target)} within {2 * fast} iterations.",
            question="Which setting makes the difference?",
            checkpoint=ErrorBelow(value=target, within_iterations=2 * fast),
        ),
    )
    return _finish(lesson, note, "temperature_by_year.csv", steps)


def momentum_and_adam() -> Lesson:
    data = _data(TUTORIAL)
    rate = 0.0004
    mu = 0.97  # on this valley a lighter ball (0.9) is still far from b* after 3000 steps
    adam_rate = 0.2
    settings = RunSettings(
        optimizer="gd", hyperparameters={"learning_rate": rate}, iterations=3000, speed=500
    )
    runs = (
        RunSettings(
            optimizer="momentum",
            hyperparameters={"learning_rate": rate, "momentum": mu},
            label=f"momentum {mu}, learning rate {plain(rate)}",
        ),
        RunSettings(
            optimizer="adam",
            hyperparameters={"learning_rate": adam_rate},
            label=f"Adam, learning rate {plain(adam_rate)}",
        ),
    )
    lesson = Lesson(
        title="Momentum and Adam against plain descent",
        data=data,
        settings=settings,
        compare=runs,
        view=ViewSettings(log_scale=True, panels=PANELS),
    )
    gd_run = _run(lesson)
    b_gd = gd_run.b
    b_momentum, b_adam = (_run(lesson, run).b for run in runs)
    b_star = gd_run.analysis.b_star  # the statistics of the same data
    note = (
        f"Three runs from the same start: plain descent at learning rate {plain(rate)}, "
        f"momentum ({formula('μ', plain(mu))}) at the same rate, and Adam at rate "
        f"{plain(adam_rate)}. Press "
        "Start and watch the contour map: plain descent crawls along the valley floor while "
        "momentum and Adam "
        f"speed along it. After 3000 steps b is {b_gd:.1f}, {b_momentum:.1f} and "
        f"{b_adam:.1f}; the best is {formula('b*', f'{b_star:.1f}')}."
    )
    steps = (
        Step(
            f"Three runs from the same start: plain descent at learning rate {plain(rate)}, "
            f"momentum ({formula('μ', plain(mu))}) at the same rate, and Adam at rate "
            f"{plain(adam_rate)}. Press Start and watch the contour map."
        ),
        Step(
            "Plain descent crawls along the valley floor while momentum and Adam speed along "
            f"it. After 3000 steps b is {b_gd:.1f}, {b_momentum:.1f} and {b_adam:.1f}; the "
            f"best is {formula('b*', f'{b_star:.1f}')}.",
            view=ViewChange(presentation=("contour", "error")),
        ),
        Step(
            "On the error panel, find where each run comes within reach of the lowest error.",
            question="Which run gets there first, and why does momentum overshoot?",
        ),
    )
    return _finish(lesson, note, TUTORIAL, steps)


def stochastic_noise() -> Lesson:
    data = _data(TUTORIAL)
    rate = 0.02
    settings = RunSettings(
        optimizer="sgd",
        hyperparameters={"learning_rate": rate},
        iterations=500,
        normalize=True,
        seed=SEED,
        speed=50,
    )
    runs = (
        RunSettings(
            optimizer="minibatch",
            hyperparameters={"learning_rate": rate, "batch_size": 10},
            normalize=True,
            label="mini-batch of 10 points",
        ),
        RunSettings(
            optimizer="gd",
            hyperparameters={"learning_rate": rate},
            normalize=True,
            label="gradient descent (all points)",
        ),
    )
    note = (
        f"Three runs on normalised data at learning rate {plain(rate)}: stochastic descent "
        f"uses one point per step, mini-batch 10 points, plain descent all {data.n}. Press "
        "Start and watch the error curves: plain descent slides smoothly down, while "
        "mini-batch wobbles and stochastic descent jitters near the lowest error, because "
        "each of their steps sees only part of the data."
    )
    lesson = Lesson(
        title="Stochastic and mini-batch noise",
        data=data,
        settings=settings,
        compare=runs,
        view=ViewSettings(log_scale=True, panels=PANELS),
    )
    steps = (
        Step(
            f"Three runs on normalised data at learning rate {plain(rate)}: stochastic "
            f"descent uses one point per step, mini-batch 10 points, plain descent all "
            f"{data.n}. Press Start and watch the error curves."
        ),
        Step(
            "Plain descent slides smoothly down, while mini-batch wobbles and stochastic "
            "descent jitters near the lowest error: each of their steps sees only part of "
            "the data."
        ),
        Step(
            f"The main run now steps at learning rate {plain(SMALL_RATE)}. Press Reset and "
            "Start: smaller steps, so less jitter, but a slower way down.",
            settings=SettingsChange(hyperparameters={"learning_rate": SMALL_RATE}),
        ),
    )
    return _finish(lesson, note, TUTORIAL, steps)


def outlier() -> Lesson:
    data = _data("outlier.csv")
    settings = RunSettings(
        optimizer="gd",
        hyperparameters={"learning_rate": 0.1},
        iterations=100,
        normalize=True,
        speed=20,
    )
    x, y = data.x[-1], data.y[-1]
    note = (
        f"One student ({plain(x)} hours, score {plain(y)}) sits far below the others and "
        "pulls the best line down; the squares show how much each point's error counts. "
        "Press Start: descent finds that line in a few dozen steps. Then turn on Edit "
        "points (Edit menu), drag the point up to the others, or right-click it to delete "
        "it, and watch the best line move."
    )
    lesson = Lesson(
        title="One outlier",
        data=data,
        settings=settings,
        view=ViewSettings(squares=True, panels=PANELS),
    )
    squared, absolute = (Objective(loss).optimum(*data.arrays()) for loss in ("mse", "mae"))
    steps = (
        Step(
            f"One student ({plain(x)} hours, score {plain(y)}) sits far below the others. "
            "Before you press Start, mark the line you think fits best.",
            question="Where is the best line? Mark it on the contour map, then Reveal.",
            checkpoint=PredictOptimum(tolerance=0.2),
            view=ViewChange(hidden=True),
        ),
        Step(
            "Press Start: descent finds the best line in a few dozen steps. The outlier "
            "pulls it down; the squares show how much each point's error counts.",
            view=ViewChange(hidden=False),
        ),
        Step(
            "The main run now uses the mean absolute error, where a point counts by its "
            "distance, not its square. Press Reset and Start: the best slope is now "
            f"{absolute.m:.2f}, not {squared.m:.2f}; the outlier pulls far less.",
            settings=SettingsChange(loss="mae"),
            view=ViewChange(squares=False),
        ),
        Step(
            "Turn on Edit points (Edit menu), drag the outlier up to the others, or "
            "right-click it to delete it, and watch the best line move."
        ),
    )
    return _finish(lesson, note, "outlier.csv", steps)


def _finish(lesson: Lesson, note: str, source: str, steps: tuple[Step, ...]) -> Lesson:
    view = lesson.view if lesson.view.panels else ViewSettings(panels=PANELS)
    return Lesson(
        title=lesson.title,
        note=note,
        data=lesson.data,
        settings=lesson.settings,
        view=view,
        iteration=0,
        compare=lesson.compare,
        source=source,
        steps=steps,
    )


LESSONS = {
    "01-tutorial.gdviz": tutorial,
    "02-learning-rate-too-large.gdviz": learning_rate_too_large,
    "03-narrow-valley-normalise.gdviz": narrow_valley,
    "04-momentum-and-adam.gdviz": momentum_and_adam,
    "05-stochastic-noise.gdviz": stochastic_noise,
    "06-outlier.gdviz": outlier,
}


def build() -> dict[str, Lesson]:
    """Every lesson by file name."""
    return {name: make() for name, make in LESSONS.items()}


def main() -> None:
    for name, lesson in build().items():
        save_lesson(HERE / name, lesson)
        print(f"wrote {name}: {lesson.title}")


if __name__ == "__main__":
    main()

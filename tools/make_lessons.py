"""Write the ready-made lessons shipped in ``resources/lessons/`` (File > Examples).

Run ``python tools/make_lessons.py`` after changing a lesson, its words or the example
data in ``data/``. Every number a note or a step quotes, and every checkpoint's target, is
computed here by running the core (:class:`gdviz.core.descent.Descent`), so the story a
lesson tells is what the class will see; ``tests/core/test_lesson.py`` checks the shipped
files against these claims again.

Each lesson is written once per language: in English to ``resources/lessons/``, in German
and Spanish to ``resources/lessons/de/`` and ``resources/lessons/es/``. The data,
settings, views and checkpoints are made here, once, the same in every language; the
words (title, note, steps, questions, compared runs' labels) come from the table in
``tools/lesson_texts.py``, with the numbers computed here filled in.
"""

from __future__ import annotations

import string
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "resources" / "lessons"
for folder in (REPO, Path(__file__).resolve().parent):  # run as a script from a checkout
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from lesson_texts import TEXTS  # noqa: E402

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
#: The language of the lessons in ``resources/lessons/`` itself.
ENGLISH = "en"
#: The languages the lessons are written in: English, then each in its own folder.
LANGUAGES = tuple(TEXTS["tutorial"])


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


# ---------------------------------------------------------------------------- the words
def words_of(key: str, language: str = ENGLISH) -> dict:
    """The words of lesson ``key`` (a key of :data:`lesson_texts.TEXTS`) in ``language``."""
    try:
        return TEXTS[key][language]
    except KeyError:
        raise ValueError(f"no words for the lesson {key!r} in {language!r}") from None


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _fill(text: str, values: dict) -> str:
    return text.format(**values)


def _step_words(entry) -> tuple[str, str]:
    """A step of the table as ``(text, question)``: its text alone, or both."""
    return (entry, "") if isinstance(entry, str) else tuple(entry)


def check_words() -> None:
    """Every lesson's words in every language have the English's shape: as many steps and
    labels, a question where the English has one, and the same values quoted (so no
    translation drops or invents a number)."""
    for key, languages in TEXTS.items():
        english = languages[ENGLISH]
        for language, words in languages.items():
            where = f"{key} ({language})"
            shape = {name: len(value) for name, value in words.items() if name != "title"}
            if shape.keys() != english.keys() - {"title"} or any(
                shape[name] != len(english[name]) for name in ("steps", "labels") if name in shape
            ):
                raise ValueError(f"{where}: not the fields, steps or labels of the English")
            pairs = [(words["title"], english["title"]), (words["note"], english["note"])]
            pairs += zip(words.get("labels", ()), english.get("labels", ()), strict=True)
            for mine, theirs in zip(words["steps"], english["steps"], strict=True):
                (text, question), (text_en, question_en) = _step_words(mine), _step_words(theirs)
                if bool(question) != bool(question_en):
                    raise ValueError(f"{where}: a question differs from English: {text!r}")
                pairs += [(text, text_en), (question, question_en)]
            for mine, theirs in pairs:
                if _placeholders(mine) != _placeholders(theirs):
                    raise ValueError(f"{where}: {mine!r} quotes other values than {theirs!r}")


def _label(words: dict, index: int, values: dict) -> str:
    return _fill(words["labels"][index], values)


# ---------------------------------------------------------------------------- the lessons
# Each lesson is made from its words in one language: the settings, views and checkpoints
# below are the same whatever the language; ``_finish`` puts the words on the steps.


def tutorial(language: str = ENGLISH) -> Lesson:
    words = words_of("tutorial", language)
    data = _data(TUTORIAL)
    rate = 0.0001
    settings = RunSettings(
        optimizer="gd", hyperparameters={"learning_rate": rate}, iterations=1000, speed=100
    )
    view = ViewSettings(log_scale=True, panels=PANELS, presentation=("scatter", "error"))
    lesson = Lesson(title=words["title"], data=data, settings=settings, view=view)
    end = _run(lesson)
    a = end.analysis
    values = {
        "rate": plain(rate),
        "iterations": settings.iterations,
        "b_0": formula("b", "0"),
        "m_0": formula("m", "0"),
        "b_end": formula("b", f"{end.b:.7g}"),
        "m_end": formula("m", f"{end.m:.7g}"),
        "error_end": f"{end.error:.7g}",
        "b_about": f"{end.b:.1f}",
        "b_star": formula("b*", f"{a.b_star:.1f}"),
    }
    steps = (
        {},
        {
            "checkpoint": PredictNext(tolerance=0.25),
            "view": ViewChange(hidden=True),  # predict mode: a click on the map is a guess
        },
        {"view": ViewChange(hidden=False)},
        {},
    )
    return _finish(lesson, words, values, TUTORIAL, steps)


def learning_rate_too_large(language: str = ENGLISH) -> Lesson:
    words = words_of("learning_rate_too_large", language)
    data = _data(TUTORIAL)
    a = _analysis(data)
    rate = round_significant(1.1 * a.max_stable_learning_rate)
    settings = RunSettings(
        optimizer="gd", hyperparameters={"learning_rate": rate}, iterations=100, speed=10
    )
    lesson = Lesson(
        title=words["title"],
        data=data,
        settings=settings,
        view=ViewSettings(log_scale=True, panels=PANELS),
    )
    target = round_significant(1.1 * a.mse_star)  # within 10% of the lowest error
    values = {
        "rate": plain(rate),
        "limit": formula("2/λmax", plain(round_significant(a.max_stable_learning_rate, 3))),
        "target": plain(target),
        "iterations": settings.iterations,
    }
    steps = (
        {"checkpoint": Diverge()},
        {},
        {"checkpoint": ErrorBelow(value=target, within_iterations=settings.iterations)},
    )
    return _finish(lesson, words, values, TUTORIAL, steps)


def narrow_valley(language: str = ENGLISH) -> Lesson:
    words = words_of("narrow_valley", language)
    data = _data("temperature_by_year.csv")
    a = _analysis(data)
    rate = round_significant(0.8 * a.max_stable_learning_rate, 1)
    fast_rate = 0.1
    settings = RunSettings(
        optimizer="gd", hyperparameters={"learning_rate": rate}, iterations=2000, speed=200
    )
    values = {"rate": plain(rate), "fast_rate": plain(fast_rate), "iterations": 2000}
    normalised = RunSettings(
        optimizer="gd",
        hyperparameters={"learning_rate": fast_rate},
        normalize=True,
        label=_label(words, 0, values),
    )
    lesson = Lesson(
        title=words["title"],
        data=data,
        settings=settings,
        compare=(normalised,),
        view=ViewSettings(log_scale=True, panels=PANELS),
    )
    plain_end = _run(lesson)
    fast_run = _run(lesson, normalised)
    history = fast_run.history()
    fast = measured_iterations(history.iteration, history.error, fast_run.analysis.mse_star, 0.01)
    target = round_significant(1.01 * a.mse_star, 3)  # within about 1% of the lowest
    values |= {
        "times": f"{plain_end.error / a.mse_star:.0f}",
        "fast": fast,
        "within": 2 * fast,
        "target": plain(target),
    }
    steps = (
        {},
        {},
        {"checkpoint": ErrorBelow(value=target, within_iterations=2 * fast)},
    )
    return _finish(lesson, words, values, "temperature_by_year.csv", steps)


def momentum_and_adam(language: str = ENGLISH) -> Lesson:
    words = words_of("momentum_and_adam", language)
    data = _data(TUTORIAL)
    rate = 0.0004
    mu = 0.97  # on this valley a lighter ball (0.9) is still far from b* after 3000 steps
    adam_rate = 0.2
    settings = RunSettings(
        optimizer="gd", hyperparameters={"learning_rate": rate}, iterations=3000, speed=500
    )
    values = {
        "rate": plain(rate),
        "mu": formula("μ", plain(mu)),
        "mu_value": plain(mu),
        "adam_rate": plain(adam_rate),
        "iterations": settings.iterations,
    }
    runs = (
        RunSettings(
            optimizer="momentum",
            hyperparameters={"learning_rate": rate, "momentum": mu},
            label=_label(words, 0, values),
        ),
        RunSettings(
            optimizer="adam",
            hyperparameters={"learning_rate": adam_rate},
            label=_label(words, 1, values),
        ),
    )
    lesson = Lesson(
        title=words["title"],
        data=data,
        settings=settings,
        compare=runs,
        view=ViewSettings(log_scale=True, panels=PANELS),
    )
    gd_run = _run(lesson)
    b_momentum, b_adam = (_run(lesson, run).b for run in runs)
    values |= {
        "b_gd": f"{gd_run.b:.1f}",
        "b_momentum": f"{b_momentum:.1f}",
        "b_adam": f"{b_adam:.1f}",
        "b_star": formula("b*", f"{gd_run.analysis.b_star:.1f}"),  # the same data's
    }
    steps = ({}, {"view": ViewChange(presentation=("contour", "error"))}, {})
    return _finish(lesson, words, values, TUTORIAL, steps)


def stochastic_noise(language: str = ENGLISH) -> Lesson:
    words = words_of("stochastic_noise", language)
    data = _data(TUTORIAL)
    rate = 0.02
    batch = 10
    settings = RunSettings(
        optimizer="sgd",
        hyperparameters={"learning_rate": rate},
        iterations=500,
        normalize=True,
        seed=SEED,
        speed=50,
    )
    values = {"rate": plain(rate), "batch": batch, "n": data.n, "small_rate": plain(SMALL_RATE)}
    runs = (
        RunSettings(
            optimizer="minibatch",
            hyperparameters={"learning_rate": rate, "batch_size": batch},
            normalize=True,
            label=_label(words, 0, values),
        ),
        RunSettings(
            optimizer="gd",
            hyperparameters={"learning_rate": rate},
            normalize=True,
            label=_label(words, 1, values),
        ),
    )
    lesson = Lesson(
        title=words["title"],
        data=data,
        settings=settings,
        compare=runs,
        view=ViewSettings(log_scale=True, panels=PANELS),
    )
    steps = (
        {},
        {},
        {"settings": SettingsChange(hyperparameters={"learning_rate": SMALL_RATE})},
    )
    return _finish(lesson, words, values, TUTORIAL, steps)


def huber_delta(x: np.ndarray, y: np.ndarray) -> float:
    """Huber's δ for the data, by Huber's own rule: 1.345 times a robust spread of the
    residuals, which keeps 95% of the squared error's efficiency when the noise is normal
    and leaves an outlier counting only by its distance.

    The spread is the median absolute deviation (times 1.4826, the standard deviation
    of normal noise) of the residuals of the least-absolute-deviations line, which one
    outlier cannot drag; rounded to two significant digits, as a teacher would type it.
    """
    line = Objective("mae").optimum(x, y)
    residuals = y - (line.b + line.m * x)
    spread = 1.4826 * float(np.median(np.abs(residuals - np.median(residuals))))
    return round_significant(1.345 * spread)


def _huber_change(data: LessonData, settings: RunSettings) -> SettingsChange:
    """The outlier lesson's step to the Huber loss: δ by :func:`huber_delta`, and enough
    iterations (whole hundreds, at least the lesson's) for the run to converge, as the
    Huber error is flatter near its optimum than the squared error."""
    delta = huber_delta(*data.arrays())
    probe = settings.replace(loss="huber", huber_delta=delta, iterations=10 * settings.iterations)
    converged_at = _run(Lesson(title="Huber", data=data, settings=probe)).converged_at
    if converged_at is None:
        raise ValueError("outlier: the Huber run does not converge")
    iterations = max(settings.iterations, -(-converged_at // 100) * 100)
    more = {"iterations": iterations} if iterations != settings.iterations else {}
    return SettingsChange(loss="huber", huber_delta=delta, **more)


def outlier(language: str = ENGLISH) -> Lesson:
    words = words_of("outlier", language)
    data = _data("outlier.csv")
    settings = RunSettings(
        optimizer="gd",
        hyperparameters={"learning_rate": 0.1},
        iterations=100,
        normalize=True,
        speed=20,
    )
    lesson = Lesson(
        title=words["title"],
        data=data,
        settings=settings,
        view=ViewSettings(squares=True, panels=PANELS),
    )
    huber = _huber_change(data, settings)
    x, y = data.arrays()
    squared, absolute, robust = (
        Objective(loss, huber.huber_delta).optimum(x, y) for loss in ("mse", "mae", "huber")
    )
    without = model.analyse(model.fit_statistics(x[:-1], y[:-1]))  # the outlier deleted
    slopes = {"mse": squared.m, "mae": absolute.m, "huber": robust.m}
    if min(slopes, key=lambda loss: abs(slopes[loss] - without.m_star)) != "huber":
        raise ValueError("outlier: the Huber slope is not the nearest to the slope without it")
    values = {
        "x": plain(data.x[-1]),
        "y": plain(data.y[-1]),
        "m_absolute": f"{absolute.m:.2f}",
        "m_squared": f"{squared.m:.2f}",
        "m_huber": f"{robust.m:.2f}",
        "m_without": f"{without.m_star:.2f}",
        "delta": formula("δ", plain(huber.huber_delta)),
    }
    steps = (
        {"checkpoint": PredictOptimum(tolerance=0.2), "view": ViewChange(hidden=True)},
        {"view": ViewChange(hidden=False)},
        {"settings": SettingsChange(loss="mae"), "view": ViewChange(squares=False)},
        {"settings": huber},
        {},
    )
    return _finish(lesson, words, values, "outlier.csv", steps)


def _landing(run: Descent, steps: int, best: model.Analysis) -> tuple[float, float]:
    """Where ``run`` is after ``steps`` steps; ``ValueError`` unless that is the
    least-squares line (to 1e-9 relative), as the race lesson says it is."""
    b, m = run.history().b[steps], run.history().m[steps]
    if not np.allclose((b, m), (best.b_star, best.m_star), rtol=1e-9, atol=0):
        raise ValueError(f"race: {run.optimizer.name} is not on the best line after {steps}")
    return b, m


def _line(b: float, m: float, digits: str) -> str:
    return f"{formula('b', f'{b:{digits}}')}, {formula('m', f'{m:{digits}}')}"


def _race_values(lesson: Lesson) -> dict:
    """The numbers the race lesson quotes, from its four runs; ``ValueError`` if the runs
    do not finish as its words say (Newton in one step, conjugate gradient in two, Adam
    within the run, plain descent not)."""
    gd_run, adam_run, newton_run, cg_run = (_run(lesson, r) for r in (None, *lesson.compare))
    best = gd_run.analysis
    two = cg_run.converged_at
    if newton_run.converged_at != 1 or two != 2 or adam_run.converged_at is None:
        raise ValueError("race: the runs do not finish in the order the words say")
    if gd_run.converged:
        raise ValueError("race: plain descent converges within the run")
    cg_first = cg_run.history().b[1], cg_run.history().m[1]
    _landing(cg_run, two, best)
    return {
        "newton_line": _line(*_landing(newton_run, 1, best), ".7g"),
        "cg_first": _line(*cg_first, ".2f"),
        "cg_steps": two,
        "adam_at": adam_run.converged_at,
        "b_gd": formula("b", f"{gd_run.b:.1f}"),
        "b_star": formula("b*", f"{best.b_star:.1f}"),
        "kappa": plain(round_significant(best.condition_number)),
    }


def race(language: str = ENGLISH) -> Lesson:
    words = words_of("race", language)
    data = _data(TUTORIAL)
    rate, adam_rate = 0.0001, 0.2  # the tutorial's rate; Adam's from the momentum lesson
    settings = RunSettings(
        optimizer="gd", hyperparameters={"learning_rate": rate}, iterations=3000, speed=200
    )
    values = {"rate": plain(rate), "adam_rate": plain(adam_rate), "iterations": 3000}
    # Three compared runs at most (MAX_COMPARE): Adam stands for the first-order rules
    # that adapt; momentum at the tutorial's rate has not converged after 3000 steps.
    adam = RunSettings(optimizer="adam", hyperparameters={"learning_rate": adam_rate})
    runs = tuple(
        run.replace(label=_label(words, i, values))
        for i, run in enumerate(
            (adam, RunSettings().with_optimizer("newton"), RunSettings().with_optimizer("cg"))
        )
    )
    lesson = Lesson(
        title=words["title"],
        data=data,
        settings=settings,
        compare=runs,
        view=ViewSettings(log_scale=True, panels=PANELS, presentation=("contour", "error")),
    )
    values |= _race_values(lesson)
    target = round_significant(1.001 * _analysis(data).mse_star, 4)  # about 0.1% above E*
    values["target"] = plain(target)
    steps = (
        {},
        {"view": ViewChange(presentation=("scatter", "contour"))},
        {},
        {"view": ViewChange(presentation=("contour", "error"))},
        {"checkpoint": ErrorBelow(value=target, within_iterations=values["cg_steps"])},
    )
    return _finish(lesson, words, values, TUTORIAL, steps)


def _finish(
    lesson: Lesson, words: dict, values: dict, source: str, shapes: tuple[dict, ...]
) -> Lesson:
    """``lesson`` with its note and steps: each step's settings, view and checkpoint from
    ``shapes``, its text and question from ``words``, filled in with ``values``."""
    if len(shapes) != len(words["steps"]):
        raise ValueError(f"{lesson.title}: {len(words['steps'])} steps of words for {len(shapes)}")
    steps = []
    for entry, shape in zip(words["steps"], shapes, strict=True):
        text, question = _step_words(entry)
        steps.append(Step(_fill(text, values), question=_fill(question, values), **shape))
    view = lesson.view if lesson.view.panels else ViewSettings(panels=PANELS)
    return Lesson(
        title=lesson.title,
        note=_fill(words["note"], values),
        data=lesson.data,
        settings=lesson.settings,
        view=view,
        iteration=0,
        compare=lesson.compare,
        source=source,
        steps=tuple(steps),
    )


LESSONS = {
    "01-tutorial.gdviz": tutorial,
    "02-learning-rate-too-large.gdviz": learning_rate_too_large,
    "03-narrow-valley-normalise.gdviz": narrow_valley,
    "04-momentum-and-adam.gdviz": momentum_and_adam,
    "05-stochastic-noise.gdviz": stochastic_noise,
    "06-outlier.gdviz": outlier,
    "07-optimizer-race.gdviz": race,
}


def folder_of(language: str) -> Path:
    """Where the lessons in ``language`` are shipped: English in ``resources/lessons``,
    every other language in its subfolder."""
    return HERE if language == ENGLISH else HERE / language


def build(language: str = ENGLISH) -> dict[str, Lesson]:
    """Every lesson by file name, in ``language``."""
    check_words()
    return {name: make(language) for name, make in LESSONS.items()}


def main() -> None:
    for language in LANGUAGES:
        folder = folder_of(language)
        folder.mkdir(parents=True, exist_ok=True)
        for name, lesson in build(language).items():
            save_lesson(folder / name, lesson)
            print(f"wrote {folder.relative_to(REPO) / name}: {lesson.title}")


if __name__ == "__main__":
    main()

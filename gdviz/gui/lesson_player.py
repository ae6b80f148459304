"""The session's lessons: opening one, taking its steps, judging their checkpoints.

A mix-in of :class:`~gdviz.gui.session.Session`, kept apart so the session's own file
stays about data, settings and runs. A lesson opens at its first step; Next and Back
(:meth:`LessonIntents.next_step`, :meth:`LessonIntents.previous_step`) put the settings,
compared runs and view of another step into the session, all or nothing, as
:meth:`~gdviz.core.lesson.Lesson.settings_at`, ``compare_at`` and ``view_at`` say. A
step's checkpoint is judged by :func:`gdviz.core.checkpoints.check` on the main run as
frames arrive and as the view changes (a guess placed, the optimum revealed); once met
it stays met. A checkpoint that asks for a prediction turns predict mode on and makes a
click on the contour map guess what it asks for.

The session says ``stepChanged`` when the step, or what is said about its checkpoint,
changes; :meth:`LessonIntents.step_view` is what the lesson note shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import model
from ..core.checkpoints import Guess, PredictNext, Verdict, check
from ..core.data import DataError
from ..core.lesson import Lesson, LessonData, LessonError, load_lesson
from ..core.settings import RunSettings
from . import session as _session  # the session mixes this in: read at call time

__all__ = ["LessonIntents", "StepView"]

#: What a checkpoint of an optimum says while the guess waits for Reveal.
WAIT_FOR_REVEAL = QT_TRANSLATE_NOOP(
    "LessonIntents", "Guess placed: press Reveal to see how close it is."
)


class StepView(NamedTuple):
    """What the lesson note shows of the step the session is at (plain text)."""

    title: str
    number: int  # from 1
    count: int
    text: str
    question: str
    verdict: str  # "" while there is nothing to say
    met: bool


def guess_kind(checkpoint) -> str:
    """The kind of guess (:data:`gdviz.core.guess.KINDS`) a checkpoint asks for."""
    return "step" if isinstance(checkpoint, PredictNext) else "optimum"


class LessonIntents:
    """Intents and readings of the open lesson (mixed into the session)."""

    #: The open lesson (None: none), the step shown (from 0) and each step's verdict.
    lesson: Lesson | None = None
    step_index: int = 0
    step_verdicts: tuple[Verdict | None, ...] = ()

    def _connect_lessons(self) -> None:
        self.frameChanged.connect(self._check_step)
        self.viewChanged.connect(self._check_step)

    # ------------------------------------------------------------------ opening
    def open_lesson(self, path) -> bool:
        """Open a lesson file; a damaged or foreign one is refused and changes nothing."""
        try:
            lesson = load_lesson(path)
        except LessonError as exc:
            self.notice(str(exc), _session.Level.ERROR)
            return False
        return self.apply_lesson(lesson, Path(path).name)

    def apply_lesson(self, lesson: Lesson, name: str = "lesson") -> bool:
        """Put a lesson's data, its first step's settings and view, and its note into the
        session, all or nothing; an earlier guess and My line go.

        Everything is checked (the data as a loaded file's, the settings against their
        ranges, the runs built) before anything changes; a refused lesson changes nothing.
        """
        try:
            dataset = lesson.data.dataset(name)
            stats = model.fit_statistics(dataset.x, dataset.y)
            settings, compare = _checked_runs(lesson, 0)
            runs = self._new_runs(dataset.x, dataset.y, stats, settings, compare)
        except (DataError, LessonError, ValueError) as exc:
            self.notice(f"{name}: {exc}", _session.Level.ERROR)
            return False
        self.lesson = None  # judged again once the new runs are in
        self._use_settings(settings, compare)
        self._set_view(self._step_view_state(lesson, 0, opening=True).replace(my_line=None))
        self._set_data(dataset, stats, runs)
        self._set_lesson(lesson.title, lesson.note)
        self.lesson, self.step_index = lesson, 0
        self.step_verdicts = (None,) * len(lesson.steps)
        if lesson.iteration > 0:
            self._stepRequested.emit(lesson.iteration)
        self.stepChanged.emit()
        self._check_step()
        return True

    def _use_settings(self, settings: RunSettings, compare: tuple[RunSettings, ...]) -> None:
        old_pace = (self.settings.iterations, self.settings.speed)
        self.settings, self.compare = settings, compare
        self.settingsChanged.emit(settings)
        self.compareChanged.emit(compare)
        if (settings.iterations, settings.speed) != old_pace:
            self._send_pace()

    def _set_lesson(self, title: str, note: str) -> None:
        if not title and self.lesson is not None:
            self.lesson = None
            self.stepChanged.emit()
        if (title, note) != (self.lesson_title, self.lesson_note):
            self.lesson_title, self.lesson_note = title, note
            self.lessonChanged.emit(title, note)

    def capture_lesson(self, title: str, note: str = "") -> Lesson:
        """The session's data, settings, view and shown iteration as a lesson; the steps
        of the lesson that is open, if one is (its steps apply on top of these)."""
        d = self.dataset
        steps = self.lesson.steps if self.lesson is not None else ()
        return Lesson(
            title=title,
            note=note,
            data=LessonData(self.x, self.y, d.x_name, d.y_name),
            settings=self.settings,
            view=self.view.lesson_view(),
            iteration=self.shown_iteration,
            compare=self.compare,
            source=Path(d.path).name if d.path else None,
            steps=steps,
        )

    # ------------------------------------------------------------------ steps
    def next_step(self) -> bool:
        return self.go_to_step(self.step_index + 1)

    def previous_step(self) -> bool:
        return self.go_to_step(self.step_index - 1)

    def go_to_step(self, index: int) -> bool:
        """Show step ``index`` (from 0): its settings, compared runs and view, all or
        nothing. The runs go on unless the error or the compared runs change (then every
        run starts again) or the start changes (then the runs go back to iteration 0)."""
        lesson = self.lesson
        if lesson is None or not 0 <= index < len(lesson.steps) or index == self.step_index:
            return False
        try:
            settings, compare = _checked_runs(lesson, index)
            anew = compare != self.compare or settings.objective != self.settings.objective
            runs = self._new_runs(self.x, self.y, self.stats, settings, compare) if anew else None
        except ValueError as exc:
            self.notice(
                QCoreApplication.translate("LessonIntents", "step {n}: {problem}").format(
                    n=index + 1, problem=exc
                ),
                _session.Level.ERROR,
            )
            return False
        self.step_index = index
        if runs is None:
            self._apply_settings(settings)
        else:
            objective = self.settings.objective
            self._use_settings(settings, compare)
            self.optimum = runs[0].optimum
            self._hand_over(runs)
            if settings.objective != objective:
                self.objectiveChanged.emit()
        self._set_view(self._step_view_state(lesson, index))
        self.stepChanged.emit()
        self._check_step()
        return True

    def _step_view_state(self, lesson: Lesson, index: int, opening: bool = False):
        """The session's view at step ``index``: the lesson's, no guess; predict mode on
        (guessing what it asks) for a checkpoint that asks for a prediction. A step that
        names no presentation panels keeps those shown (a lesson opens on all four)."""
        wanted = lesson.view_at(index)
        view = self.view.with_lesson(wanted).replace(guess=None)
        if not (opening or wanted.presentation):
            view = view.replace(presentation=self.view.presentation)
        checkpoint = lesson.steps[index].checkpoint
        if checkpoint is not None and checkpoint.needs_guess:
            view = view.replace(hidden=True, guess_kind=guess_kind(checkpoint))
        return view

    def step_view(self) -> StepView | None:
        """The step the session is at, as the lesson note shows it (None: no lesson)."""
        lesson = self.lesson
        if lesson is None:
            return None
        i = self.step_index
        step, verdict = lesson.steps[i], self.step_verdicts[i]
        words, met = (verdict.words, verdict.met) if verdict is not None else ("", False)
        count = len(lesson.steps)
        return StepView(lesson.title, i + 1, count, step.text, step.question, words, met)

    # ------------------------------------------------------------------ checkpoints
    def _check_step(self, *_args) -> None:
        """Judge the step's checkpoint on the main run as it stands (met: it stays met)."""
        lesson, main = self.lesson, self.main_run
        if lesson is None or main is None or self.stats is None:
            return
        i = self.step_index
        checkpoint, before = lesson.steps[i].checkpoint, self.step_verdicts[i]
        if checkpoint is None or (before is not None and before.met):
            return
        verdict = self._judge(checkpoint, main)
        if verdict != before:
            self.step_verdicts = (*self.step_verdicts[:i], verdict, *self.step_verdicts[i + 1 :])
            self.stepChanged.emit()

    def _judge(self, checkpoint, main) -> Verdict | None:
        if not checkpoint.needs_guess:
            if main.iteration == 0:
                return None  # nothing tried yet
            return check(checkpoint, main, self.stats)
        g, kind = self.view.guess, guess_kind(checkpoint)
        if g is None or g.kind != kind:
            return check(checkpoint, main, self.stats)  # "Mark a line first."
        if kind == "optimum" and self.view.hidden:
            return Verdict(False, QCoreApplication.translate("LessonIntents", WAIT_FOR_REVEAL))
        o = self.optimum
        optimum = (o.b, o.m) if o is not None else None
        return check(checkpoint, main, self.stats, Guess(g.iteration, g.b, g.m), optimum)


def _checked_runs(lesson: Lesson, index: int) -> tuple[RunSettings, tuple[RunSettings, ...]]:
    """The main and compared runs' settings at step ``index``, checked (ValueError)."""
    settings = lesson.settings_at(index).checked()
    compare = tuple(run.checked() for run in lesson.compare_at(index))
    return settings, compare

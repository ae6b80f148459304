"""The session's teaching intents: predict, then reveal; and My line.

A mix-in of :class:`~gdviz.gui.session.Session`, kept apart so the session's own file
stays about data, settings and runs. Everything here changes the session's
:class:`~gdviz.gui.session.ViewState` (``hidden``, ``guess_kind``, ``guess``,
``my_line``) or its settings, and says what happened through the session's notices.
The numbers come from :mod:`gdviz.core.guess` and :mod:`gdviz.core.my_line`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import guess as core_guess
from ..core import my_line as core_my_line
from ..core import words
from . import session as _session  # the session mixes this in: read at call time

__all__ = ["TeachingIntents"]


#: What the class is told when the optimum is hidden, by the kind of guess (English;
#: shown translated, context "TeachingIntents").
_HIDDEN = {
    "step": QT_TRANSLATE_NOOP(
        "TeachingIntents", "The optimum is hidden: click the contour map to guess the next step."
    ),
    "optimum": QT_TRANSLATE_NOOP(
        "TeachingIntents", "The optimum is hidden: click the contour map to guess the optimum."
    ),
}


class TeachingIntents:
    """Intents of the teaching features (mixed into the session)."""

    # ------------------------------------------------------------------ predict, then reveal
    def set_hidden(self, hidden: bool) -> None:
        """Hide (or show) the least-squares line, the optimum and their numbers.

        While hidden, a click on the contour map places a guess (:meth:`place_guess`).
        """
        self.update_view(hidden=bool(hidden))
        if hidden and self.dataset is not None:
            self.notice(
                QCoreApplication.translate("TeachingIntents", _HIDDEN[self.view.guess_kind])
            )

    def set_guess_kind(self, kind: str) -> None:
        """What the next click guesses; a guess not yet scored becomes one of this kind."""
        if kind not in core_guess.KINDS or kind == self.view.guess_kind:
            return
        g = self.view.guess
        if g is not None and not g.scored:
            g = g._replace(kind=kind)
        self.update_view(guess_kind=kind, guess=g)

    def place_guess(self, b: float, m: float) -> None:
        """The class's guess at ``(b, m)`` (the data's own coefficients) for the iteration
        shown: where its next step lands, or where the optimum is."""
        if self.dataset is None:
            return
        try:
            g = core_guess.make_guess(self.view.guess_kind, b, m, self.shown_iteration)
        except ValueError as exc:
            self.notice(str(exc), _session.Level.ERROR)
            return
        self.update_view(guess=g)
        if g.kind == "step":
            self.notice(
                QCoreApplication.translate(
                    "TeachingIntents", "Guess placed; press Step to see how close it is."
                )
            )
        else:
            self.notice(
                QCoreApplication.translate(
                    "TeachingIntents", "Guess placed; press Reveal to see how close it is."
                )
            )

    def clear_guess(self) -> None:
        self.update_view(guess=None)

    def reveal(self) -> None:
        """Show the optimum again; an optimum guess is told how close it was."""
        g = self.view.guess
        if g is not None and not g.scored and g.kind == "optimum" and self.analysis is not None:
            a = self.reference  # the chosen error's optimum
            rows = self.main_run.history
            b0, m0 = rows.row(min(g.iteration, len(rows) - 1))[:2]
            yardstick = core_guess.distance(b0, m0, a.b_star, a.m_star)
            result = core_guess.score(g.b, g.m, a.b_star, a.m_star, yardstick)
            self.update_view(hidden=False, guess=g._replace(scored=True))
            self._say_score(g.kind, result, a.b_star, a.m_star)
        else:
            self.update_view(hidden=False)

    def _score_step_guess(self) -> None:
        """Once the step after a step guess has been taken, say how close it was."""
        g = self.view.guess
        main = self.main_run
        if g is None or g.scored or g.kind != "step" or main is None:
            return
        rows = main.history
        if self.shown_iteration <= g.iteration or len(rows) <= g.iteration + 1:
            return
        b0, m0 = rows.row(g.iteration)[:2]
        b1, m1 = rows.row(g.iteration + 1)[:2]
        result = core_guess.score(g.b, g.m, b1, m1, core_guess.distance(b0, m0, b1, m1))
        self.update_view(guess=g._replace(scored=True))
        self._say_score(g.kind, result, b1, m1)

    def _say_score(self, kind: str, result, b: float, m: float) -> None:
        level = _session.Level.SUCCESS if result.close else _session.Level.INFO
        self.notice(core_guess.score_text(kind, result, b, m), level)

    def _outcome_words(self, main) -> str:
        """How a finished run stands, without the optimum's numbers while they are hidden."""
        if self.view.hidden:
            return core_guess.hidden_outcome(main, self.reference)
        return words.run_outcome(main, self.reference)

    def _edit_words(self, n: int) -> str:
        if self.view.hidden:
            return core_guess.hidden_edit(n)
        return words.edited_data(n, self.analysis)

    # ------------------------------------------------------------------ my line
    def set_my_line(self, b: float, m: float) -> bool:
        """Put My line at ``y = m*x + b``; refused (with a notice) if it cannot be."""
        try:
            line = core_my_line.check_line(b, m)
        except ValueError as exc:
            self.notice(str(exc), _session.Level.ERROR)
            self.viewChanged.emit(self.view)  # the inputs show My line as it is
            return False
        self.update_view(my_line=line)
        return True

    def show_my_line(self, on: bool) -> None:
        """My line on (flat through the mean of y, unless it is already there) or off."""
        if not on:
            self.update_view(my_line=None)
        elif self.view.my_line is None and self.dataset is not None:
            self.update_view(my_line=core_my_line.start(self.y))

    def start_from_my_line(self) -> bool:
        """The run starts again from My line's (b, m)."""
        line = self.view.my_line
        if line is None or self.dataset is None:
            return False
        b, m = line
        before = (self.settings.initial_b, self.settings.initial_m)
        if not self.update_settings(initial_b=b, initial_m=m):
            return False
        if before == (self.settings.initial_b, self.settings.initial_m):
            self.reset()  # already the start: back to it all the same
        if self.view.guess is not None and self.view.guess.kind == "step":
            self.update_view(guess=None)  # it was about another run's step
        text = QCoreApplication.translate(
            "TeachingIntents", "The run starts from my line: b = {b}, m = {m}."
        )
        self.notice(text.format(b=words.format_value(b), m=words.format_value(m)))
        return True

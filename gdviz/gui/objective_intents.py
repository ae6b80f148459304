"""The session's error: the loss descended on, Huber's δ, the ridge λ, and their optimum.

A mix-in of :class:`~gdviz.gui.session.Session`, kept apart so the session's own file
stays about data, settings and runs. The loss, δ and λ are fields of the main run's
:class:`~gdviz.core.settings.RunSettings` (compared runs share them); a change of any of
them builds every run anew at iteration 0 on the new error. The optimum of the chosen
error (:class:`~gdviz.core.objective.Optimum`) is the reference every panel shows; it is
computed once per data or error change (by the main run's
:class:`~gdviz.core.descent.Descent`, or here after an edit), never per frame.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core import model, words
from ..core.objective import Objective, Optimum
from ..core.settings import RunSettings
from . import session as _session  # the session mixes this in: read at call time
from .loss_inputs import optimum_legend
from .optimum_job import needs_background

__all__ = ["ObjectiveIntents"]


class ObjectiveIntents:
    """Intents and readings of the chosen error (mixed into the session)."""

    #: The chosen error's optimum for the data shown (None before any data).
    optimum: Optimum | None = None

    @property
    def objective(self) -> Objective:
        """The error every run descends on: the main run's loss, δ and λ."""
        return self.settings.objective

    @property
    def reference(self) -> model.Analysis | None:
        """The data's analysis with the chosen error's optimum as ``b*``, ``m*`` and
        ``E*`` (``mse_star``): what the readout, the error panel, the results and the
        outcome words compare a run with. The plain least squares' when that is chosen."""
        a, o = self.analysis, self.optimum
        if a is None or o is None:
            return a
        return a._replace(b_star=o.b, m_star=o.m, mse_star=o.error)

    def _objective_settings(self, new: RunSettings, optimum: Optimum | None = None) -> bool:
        """Apply settings with another loss, δ or λ: every run starts again on it.

        Everything is built before anything changes; a compared run that cannot descend
        the new error (a second-order rule on the absolute error) refuses the change. On
        a large data set the new error's optimum is searched for in the background
        first; the settings apply when it is found (``optimum``).
        """
        shared = {"loss": new.loss, "huber_delta": new.huber_delta, "ridge": new.ridge}
        try:
            compare = tuple(run.replace(**shared).checked() for run in self.compare)
            runs = None
            if self.dataset is not None:
                if optimum is None and needs_background(new.objective, self.x.size):
                    self._find_optimum(new.objective, self.x, self.y, self.stats, new)
                    return True
                runs = self._new_runs(self.x, self.y, self.stats, new, compare, optimum)
        except ValueError as exc:
            text = QCoreApplication.translate("Session", "compared run: {problem}")
            self.notice(text.format(problem=exc), _session.Level.ERROR)
            self.settingsChanged.emit(self.settings)  # the inputs show the settings in use
            return False
        old, old_compare = self.settings, self.compare
        self.settings, self.compare = new, compare
        self.settingsChanged.emit(new)
        if compare != old_compare:
            self.compareChanged.emit(compare)
        if (new.iterations, new.speed) != (old.iterations, old.speed):
            self._send_pace()
        if runs is None:
            return True
        self.optimum = runs[0].optimum
        self._hand_over(runs)
        self.objectiveChanged.emit()
        self.notice(self._objective_words())
        return True

    def _find_optimum(self, objective: Objective, x, y, stats, payload) -> None:
        """Search for ``objective``'s optimum in the background; ``payload`` (new
        settings, or a data set and its statistics) is applied when it is found."""
        self.optimumJob.start(objective, x, y, stats, (self.dataset, payload))
        text = QCoreApplication.translate("Session", "Finding the {line} for {n} points…")
        self.notice(text.format(line=objective.optimum_name, n=words.format_count(x.size)))

    def _optimum_found(self, request, optimum: Optimum) -> None:
        """The background search ended: apply what was asked for, if the data it was
        asked on are still the data shown."""
        dataset, payload = request
        if dataset is not self.dataset:
            return  # other data arrived meanwhile
        if isinstance(payload, RunSettings):
            shared = {k: getattr(payload, k) for k in ("loss", "huber_delta", "ridge")}
            self._objective_settings(self.settings.replace(**shared), optimum)
        else:
            self.use_dataset(*payload, optimum=optimum)

    def _optimum_failed(self, request, message: str) -> None:
        self.notice(message, _session.Level.ERROR)
        self.settingsChanged.emit(self.settings)  # the inputs show the settings in use

    def _objective_words(self) -> str:
        """What the class now descends on, and whether its optimum is unique."""
        o, objective = self.optimum, self.objective
        if o is None or o.unique:
            text = QCoreApplication.translate(
                "Session", "The runs start again on the error: {error}."
            )
            return text.format(error=objective.label)
        text = QCoreApplication.translate(
            "Session",
            "The runs start again on the error: {error}. Its {line} is not unique: {note}.",
        )
        return text.format(error=objective.label, line=optimum_legend(objective), note=o.note)

    def _edited_optimum(self, x, y, stats: model.Statistics) -> None:
        """The points changed: the chosen error's optimum for them (O(1) for the MSE)."""
        self.optimum = self.objective.optimum(x, y, stats)

"""Draws the session into the panels: the data, the error curve, the surfaces, the
readout, the timeline and the docks.

A view of the :class:`~gdviz.gui.session.Session`. Redraws are coalesced (one per turn
of the event loop); each reads the session's newest frame, so whatever arrived while the
panels drew is simply shown by the next redraw. All numbers come from the core: the
history rows the runs recorded, :mod:`gdviz.core.surface`, :mod:`gdviz.core.explain`.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..core import geometry, words
from ..core import surface as core_surface
from ..core.explain import explain_step
from ..core.history import peak_indices, sample_indices
from ..core.scaling import IDENTITY, standardising
from ..core.stability import run_result
from .loss_inputs import error_axis_name, optimum_heading, optimum_legend
from .results_panel import ResultRow

__all__ = ["Renderer", "readout_text"]

#: Points of the descent path drawn on the surface panels (the history keeps all).
PATH_POINTS = 3000
#: Points of the error curve drawn (peaks kept; the history keeps all).
CURVE_POINTS = 800
#: Milliseconds between a frame drawn and the request for the next one (at full speed).
FRAME_GAP_MS = 4
SURFACE_RESOLUTION = 80
#: Significant digits in the State readout (as every value shown: words.format_value).
DIGITS = words.SHOWN_DIGITS
#: Seconds between updates of the results table while the runs play.
RESULTS_INTERVAL_S = 0.25


def readout_text(
    iteration,
    b,
    m,
    error,
    grad_b,
    grad_m,
    analysis,
    scales=None,
    hidden=False,
    plain=False,
    heading=None,
) -> str:
    """The State readout: one ``name = value`` per line, each value parseable by
    ``float()``, written by :func:`words.format_value` (6 significant digits); with the
    data's ``scales`` (:func:`words.scales`) a value that is zero up to rounding (the
    gradient at the optimum) reads 0. ``hidden``: b*, m* and E* read ``?`` (the class
    is predicting). ``plain``: the gradient named in words (:data:`words.SYMBOL_WORDS`).
    ``analysis`` holds the optimum shown (b*, m*, E*), named by ``heading`` (default
    "least squares"). The words are in the reader's language (context "StateReadout")."""

    def f(value, scale=None):
        return words.format_value(value, scale)

    def star(value, scale):
        return "?" if hidden else f(value, scale)

    s = scales if scales is not None else words.Scales(*(None,) * 5)
    d_b, d_m = (words.SYMBOL_WORDS[k] if plain else k for k in ("∂E/∂b", "∂E/∂m"))
    if heading is None:
        heading = QCoreApplication.translate("StateReadout", "least squares")
    return "\n".join(
        [
            QCoreApplication.translate("StateReadout", "iteration {n}").format(n=iteration),
            f"b = {f(b, s.b)}",
            f"m = {f(m, s.m)}",
            QCoreApplication.translate("StateReadout", "error = {value}").format(
                value=f(error, s.error)
            ),
            f"{d_b} = {f(grad_b, s.grad_b)}",
            f"{d_m} = {f(grad_m, s.grad_m)}",
            f"{heading}: b* = {star(analysis.b_star, s.b)}",
            f"m* = {star(analysis.m_star, s.m)}",
            f"E* = {star(analysis.mse_star, s.error)}",
        ]
    )


class Renderer(QObject):
    """Keeps the window's panels showing the session."""

    def __init__(self, session, window):
        super().__init__(window)
        self.session = session
        self.w = window
        self._extent: core_surface.SurfaceRange | None = None
        self._view_scaling = IDENTITY
        self._pending = False
        self._surface_just_updated = False
        self._started = 0.0
        self._math_shown_at = 0.0
        self._results_shown_at = 0.0
        self._scales: words.Scales | None = None  # the data's (zero up to rounding)
        self._legend: list[str] | None = None  # the error panel's legend as shown
        self._plain = False  # the legends' words: symbols or plain language
        session.frameChanged.connect(self._frame_changed)
        session.datasetChanged.connect(self._dataset_changed)
        session.settingsChanged.connect(self._settings_changed)
        session.objectiveChanged.connect(self._objective_changed)
        session.compareChanged.connect(lambda _c: self._runs_changed())
        session.viewChanged.connect(self._view_changed)
        window.mathDock.visibilityChanged.connect(self.schedule)
        window.stabilityDock.visibilityChanged.connect(self.schedule)
        window.resultsDock.visibilityChanged.connect(self.schedule)
        if hasattr(window.surface, "resolutionChanged"):  # the 3D view asks for a new grid
            window.surface.resolutionChanged.connect(self.forget_surface)
        self._view_changed(session.view)

    # ------------------------------------------------------------------ changes
    def forget_surface(self, *_args) -> None:
        """A new surface grid on the next redraw (new data, scale, run or resolution)."""
        self._extent = None
        self.schedule()

    def _dataset_changed(self) -> None:
        s, w = self.session, self.w
        a = s.reference
        d = s.dataset
        optimum = (a.b_star, a.m_star)
        # an edit keeps the data panel's view where the teacher put it
        w.scatter.set_data(s.x, s.y, d.x_name, d.y_name, optimum, keep_view=s.edits.is_edited())
        self._scales = words.scales(s.stats)
        self._show_objective()
        self._settings_changed(s.settings)
        self._view_scaling = standardising(s.stats) if s.view.standardised else IDENTITY
        self._runs_changed()
        self.redraw()  # new data is shown at once, readout included

    def _show_objective(self) -> None:
        """The chosen error's optimum and name on the panels that show them."""
        s, w = self.session, self.w
        a, objective = s.reference, s.objective
        w.scatter.set_optimum(a.b_star, a.m_star, optimum_legend(objective, s.optimum))
        w.error_panel.set_optimum(a.mse_star, self._scales.error)
        w.error_panel.set_error_name(error_axis_name(objective))
        w.stability.set_data(s.stats, a, objective)
        self._name_axes(s.view)

    def _objective_changed(self) -> None:
        """Another loss, δ or λ: its optimum, names and surface (the runs are new)."""
        if self.session.stats is None:
            return
        self._show_objective()
        self._runs_changed()
        self.redraw()

    def _settings_changed(self, settings) -> None:
        s = self.session
        if s.stats is None:
            return
        s_ = settings
        self.w.stability.set_settings(
            s_.learning_rate, s_.normalize, s_.initial_b, s_.initial_m, s_.optimizer
        )
        self.schedule()

    def _runs_changed(self) -> None:
        """New runs (data, comparison or lesson): every view starts at the runs' scale."""
        w = self.w
        count = len(self.session.compare)
        optimizers = self._optimizers()
        self._legend = None
        w.contour.set_runs(count, optimizers)
        w.scatter.set_runs(self._labels()[1:], optimizers)
        w.surface.set_runs(count, optimizers)
        self.forget_surface()

    def _optimizers(self) -> list[str]:
        """Each compared run's rule (run 2 first): what it is drawn like everywhere."""
        return [settings.optimizer for settings in self.session.run_settings()[1:]]

    def _label_runs(self) -> None:
        """The error panel's legend names each run with the settings it ran with."""
        legend = self._labels() if self.session.compare else [self.tr("error")]
        if legend != self._legend:
            self._legend = legend
            self.w.error_panel.set_runs(legend, self._optimizers())

    def _labels(self) -> list[str]:
        """Each run's legend: its settings at the iteration shown (what was really run)."""
        s = self.session
        labels = []
        plain = s.view.plain
        for i, settings in enumerate(s.run_settings()):
            label = settings.label or words.run_label(settings, plain)
            if i < len(s.runs):
                run = s.runs[i]
                shown = min(s.shown_iteration, run.iteration)
                optimizer = run.segment_at(max(shown - 1, 0)).optimizer
                label = settings.label or words.run_label(
                    settings.replace(
                        optimizer=optimizer.name,
                        hyperparameters=dict(optimizer.hyperparams),
                    ),
                    plain,
                )
            labels.append(label)
        return labels

    def _view_changed(self, view) -> None:
        w = self.w
        if view.plain != self._plain:  # the legends name the runs in other words
            self._plain = view.plain
            if self.session.stats is not None:
                self._runs_changed()
        w.scatter.set_show_residuals(view.residuals)
        w.scatter.set_show_squares(view.squares)
        w.scatter.set_show_optimum(view.optimum_line and not view.hidden)
        for panel in (w.contour, w.surface, w.error_panel):
            panel.set_show_optimum(not view.hidden)
        w.results_panel.set_hidden(view.hidden)
        w.stability.set_hidden(view.hidden)
        w.error_panel.set_log_scale(view.log_scale)
        w.contour.set_show_arrows(view.arrows)
        w.surface.set_show_arrows(view.arrows)
        w.big_display.setVisible(view.big_display)
        for name, panel in w.panels().items():
            panel.setVisible(view.panels[name])
        self._name_axes(view)
        w.contour.set_standardised(view.standardised)
        stats = self.session.stats
        scaling = standardising(stats) if view.standardised and stats is not None else IDENTITY
        if scaling != self._view_scaling:
            self._view_scaling = scaling
            self._extent = None
        self.schedule()

    def _name_axes(self, view) -> None:
        """The surface panels' axes: the coefficients as shown, and the chosen error."""
        names = (
            (self.tr("b′ (standardised)"), self.tr("m′ (standardised)"))
            if view.standardised
            else (self.tr("b (intercept)"), self.tr("m (slope)"))
        )
        for panel in (self.w.contour, self.w.surface):
            panel.set_axis_names(*names, error_axis_name(self.session.objective))

    # ------------------------------------------------------------------ drawing
    def _frame_changed(self) -> None:
        """While a run plays, frames are drawn once per turn of the event loop; a
        paused run's frame, or an iteration chosen by hand, is drawn at once."""
        if self.session.running:
            self.schedule()
        else:
            self.redraw()

    @property
    def extent(self) -> core_surface.SurfaceRange | None:
        """The (b, m) range the surface panels show."""
        return self._extent

    def schedule(self, *_args) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.redraw)

    def redraw(self) -> None:
        self._pending = False
        s, w = self.session, self.w
        main = s.main_run
        if s.dataset is None or main is None or w.closed:
            return
        self._started = time.perf_counter()
        i = s.shown_iteration
        latest = main.iteration
        h = main.history
        rows = h.rows()
        paths = [self._path(run, i) for run in s.runs]
        all_b = np.concatenate([p[0] for p in paths])
        all_m = np.concatenate([p[1] for p in paths])
        if s.view.my_line is not None:  # My line's point is on the maps as well
            my_b, my_m = self._view_scaling.to_scaled(*s.view.my_line)
            all_b, all_m = np.append(all_b, my_b), np.append(all_m, my_m)
        needed = self._range(all_b, all_m)
        if not core_surface.fits(self._extent, needed, all_b, all_m):
            self._update_surface(needed)
            if s.running and not self._surface_just_updated:
                # a new grid is a frame's work of its own (the 3D view draws it anew):
                # the rest of this frame follows on the next turn of the event loop
                self._surface_just_updated = True
                self.schedule()
                return
        self._surface_just_updated = False

        b, m, error, grad_b, grad_m, _lr = h.row(i)
        hidden = s.view.hidden
        a = s.reference
        heading = optimum_heading(s.objective, s.optimum)
        text = readout_text(
            i, b, m, error, grad_b, grad_m, a, self._scales, hidden, s.view.plain, heading
        )
        w.controls.readout.setText(text)
        # always fed (it only stores the values): it shows them the moment it appears
        best = (a.b_star, a.m_star, a.mse_star)
        name = s.objective.optimum_name  # the chosen loss's best line
        w.big_display.set_values(i, error, b, m, best, hidden, name)
        w.timeline.set_position(i, latest, s.live)
        w.scatter.set_line(b, m)
        curve = peak_indices(rows.error, CURVE_POINTS)
        w.error_panel.set_curve(rows.iteration[curve], rows.error[curve])
        w.error_panel.set_note(words.history_kept(h.limit, h.stride))
        w.error_panel.set_current(i, error, latest=i == latest)
        w.error_panel.mark_divergence(main.diverged_at)
        w.stability.mark_divergence(main.diverged_at)
        w.contour.mark_divergence(main.diverged_at is not None)
        if w.stabilityDock.isVisible():
            w.stability.set_history(rows.iteration[curve], rows.error[curve])
        self._label_runs()
        self._draw_compared(paths, i)
        w.contour.set_path(*paths[0])
        w.surface.set_path(*paths[0])
        self._draw_arrows(h, i, b, m, error, grad_b, grad_m)
        self._update_math(i)
        self._update_results(i)
        # runs after the paint events this redraw has just posted
        QTimer.singleShot(0, self, self._drawn)

    def _path(self, run, shown: int):
        """A run's path up to the iteration shown, in the panels' coefficients."""
        rows = run.history.rows()
        last = run.history.index(shown)  # the row shown (a kept one, in a thinned history)
        idx = sample_indices(last + 1, PATH_POINTS)
        pb, pm = self._view_scaling.to_scaled(rows.b[idx], rows.m[idx])
        return pb, pm, rows.error[idx]

    def _draw_compared(self, paths, shown: int) -> None:
        w = self.w
        for r, run in enumerate(self.session.runs[1:], start=1):
            rows = run.history.rows()
            last = run.history.index(shown)
            curve = peak_indices(rows.error, CURVE_POINTS)
            w.error_panel.set_compare_curve(r, rows.iteration[curve], rows.error[curve])
            w.scatter.set_compare_line(r, float(rows.b[last]), float(rows.m[last]))
            w.contour.set_compare_path(r, paths[r][0], paths[r][1])
            w.surface.set_compare_path(r, *paths[r])

    def _draw_arrows(self, h, i, b, m, error, grad_b, grad_m) -> None:
        """The step that led to the shown point and the negative gradient there, as long as
        the gradient is large against the one where the run started (none at the optimum,
        where the gradient is zero up to rounding)."""
        view = self._view_scaling
        point = (*view.to_scaled(b, m), error)
        gradient = view.gradient_to_scaled(grad_b, grad_m)
        previous = None
        if i > 0:
            pb, pm, pe = h.row(i - 1)[:3]
            previous = (*view.to_scaled(pb, pm), pe)
        start = h.row(0)[3:5]
        noise = geometry.gradient_noise(self._scales) if self._scales is not None else 0.0
        length = geometry.arrow_fraction((grad_b, grad_m), start, noise)
        self.w.contour.set_arrows(point, gradient, previous, length)
        self.w.surface.set_arrows(point, gradient, previous, length)

    def _update_results(self, i: int) -> None:
        """Each run's numbers at the shown iteration, in the results table (a few times a
        second at most while the runs play). The window places the table
        (``results_panel``); without one there is nothing to do."""
        s, w = self.session, self.w
        table = getattr(w, "results_panel", None)
        if table is None or not table.isVisible():
            return
        now = time.perf_counter()
        if s.running and now - self._results_shown_at < RESULTS_INTERVAL_S:
            return
        self._results_shown_at = now
        table.set_results(self.results(i), self._scales, i)

    def results(self, shown: int) -> list[ResultRow]:
        """Each run's row of the results table at iteration ``shown`` (main run first)."""
        s = self.session
        labels = self._labels()
        rows = []
        for r, run in enumerate(s.runs):
            history = run.history
            last = history.index(shown)
            errors = history.column("error")[: last + 1]
            b, m = history.row(shown)[:2]
            iterations = history.column("iteration")[: last + 1]
            result = run_result(errors, b, m, s.reference.mse_star, run.diverged_at, iterations)
            optimizer = None if r == 0 else s.run_settings()[r].optimizer
            label = labels[r] if r < len(labels) else ""
            rows.append(ResultRow(label, optimizer, result))
        return rows

    def _update_math(self, i: int) -> None:
        """Explain the step from the shown iteration to the next, with the settings that
        step was taken with (a few times a second at most while a run plays)."""
        s, w = self.session, self.w
        if not w.mathDock.isVisible():
            return
        now = time.perf_counter()
        if s.running and now - self._math_shown_at < 0.25:
            return
        self._math_shown_at = now
        main = s.main_run
        segment = main.segment_at(i)
        explanation = explain_step(
            s.x,
            s.y,
            main.history.rows(i, i + 2),
            i,
            segment.optimizer,
            standardising(s.stats) if main.normalize else IDENTITY,
            segment.random_state,
            objective=s.objective,
        )
        w.math_panel.show_explanation(explanation)

    def _range(self, path_b, path_m) -> core_surface.SurfaceRange:
        """The range covering the optimum and the paths (in the panels' coefficients)."""
        view = self._view_scaling
        return core_surface.surface_range(
            view.statistics(self.session.stats),
            path_b,
            path_m,
            square=not view.is_identity,
            optimum=view.to_scaled(self.session.reference.b_star, self.session.reference.m_star),
        )

    def _update_surface(self, extent: core_surface.SurfaceRange) -> None:
        """A new grid over ``extent``."""
        s, w = self.session, self.w
        a = s.reference  # the chosen error's optimum
        view = self._view_scaling
        self._extent = extent
        scaling = None if view.is_identity else view

        def grid(resolution: int) -> core_surface.Surface:
            return core_surface.surface(
                s.stats, extent, resolution, scaling, objective=s.objective, x=s.x, y=s.y
            )

        surface = grid(SURFACE_RESOLUTION)
        optimum = (*view.to_scaled(a.b_star, a.m_star), a.mse_star)
        w.contour.set_surface(surface.b, surface.m, surface.error, optimum)
        resolution = getattr(w.surface, "resolution", SURFACE_RESOLUTION)
        if resolution != SURFACE_RESOLUTION:  # the 3D view draws a coarser grid fluidly
            surface = grid(resolution)
        w.surface.set_surface(surface.b, surface.m, surface.error, optimum)

    def _drawn(self) -> None:
        """Ask for the next frame a moment after this one is drawn.

        Clicks and keys that came while the panels drew are handled first (they are
        queued before the timer fires), so they wait at most one frame even while the
        descent runs flat out.
        """
        spent_ms = int(1000 * (time.perf_counter() - self._started))
        QTimer.singleShot(min(spent_ms, FRAME_GAP_MS), self, self._request_frame)

    def _request_frame(self) -> None:
        if not self.w.closed:
            self.session.frame_drawn()

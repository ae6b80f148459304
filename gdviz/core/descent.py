"""The descent: a stepping state with its history.

:class:`Descent` owns the current line, the optimizer state and a history of every
iteration in preallocated arrays, so that any past iteration can be shown again. A full
batch step on the mean squared error costs O(1) (sufficient statistics); a stochastic
step costs O(batch). Another objective (:mod:`gdviz.core.objective`: the absolute or
Huber error, a ridge penalty) and the rules that use the Hessian (Newton, conjugate
gradients) take a general path that evaluates the objective over the points, O(n) a step.

A very long run keeps every iteration up to a limit and every ``stride``-th after it
(:mod:`gdviz.core.history`: at most :data:`~gdviz.core.history.HISTORY_BOUND_BYTES` a
run). Only the stored rows are thinned: each step is taken from the exact state before
it, and :attr:`Descent.converged_at` and :attr:`Descent.diverged_at` are found as the
steps are taken, so they are exact too.

Values handed out are always finite: a step that overflows, produces a non-finite value,
or lets the error grow without bound is not taken; the descent stops at the last finite
state and reports ``diverged at iteration K``.
"""

from __future__ import annotations

import math
import sys
from typing import NamedTuple

import numpy as np

from . import model, words
from .history import STATE_WIDTH, History, HistoryBuffer, HistoryView
from .i18n import QT_TRANSLATE_NOOP, translate
from .objective import MSE, Objective, Optimum
from .optimizers import (
    DEFAULT_OPTIMIZER,
    Optimizer,
    make_optimizer,
    state_from_vector,
    state_vector,
)
from .scaling import IDENTITY, Scaling, standardising

__all__ = [
    "DIVERGENCE_FACTOR",
    "Descent",
    "History",
    "RunView",
    "Segment",
    "Snapshot",
    "batch_at",
    "epoch_permutation",
]

#: Steps gathered before their rows are written to the history.
_CHUNK = 4096
#: The error may grow to this many times its reference (the larger of the starting error
#: and the variance of y) before the run is called divergent.
DIVERGENCE_FACTOR = 1e8
#: The starting line's coefficients as messages name them.
_INITIAL_B = QT_TRANSLATE_NOOP("descent", "initial b")
_INITIAL_M = QT_TRANSLATE_NOOP("descent", "initial m")


class Snapshot(NamedTuple):
    """The state at one iteration, in original units."""

    iteration: int
    b: float
    m: float
    error: float
    grad_b: float  # ∂E/∂b of the full-batch error at (b, m)
    grad_m: float  # ∂E/∂m
    learning_rate: float  # the rate of the step that led here (nan-free: 0 at iteration 0)


class Segment(NamedTuple):
    """Settings in force from ``start`` on: the step from iteration ``i`` to ``i + 1`` uses
    the last segment with ``start <= i``."""

    start: int
    optimizer: Optimizer
    random_state: int


class RunView(NamedTuple):
    """A run as it stands, for reading in another thread: nothing in it changes later."""

    history: HistoryView
    segments: tuple[Segment, ...]
    normalize: bool
    diverged_at: int | None
    diverged_with: Optimizer | None  # the rule and hyperparameters of the step that failed
    state_overflow: bool
    converged: bool
    converged_at: int | None  # the first iteration within tolerance of the optimum
    stop_message: str = ""  # why a step could not be taken, when not for a large rate

    @property
    def iteration(self) -> int:
        return self.history.last_iteration

    def segment_at(self, iteration: int) -> Segment:
        """The settings of the step from ``iteration`` to the next."""
        return _segment_at(self.segments, iteration)


def _segment_at(segments, iteration: int) -> Segment:
    for segment in reversed(segments):
        if segment.start <= iteration:
            return segment
    return segments[0]


class Descent:
    """Gradient descent on the error of ``y = m*x + b`` (by default the mean squared error).

    Parameters
    ----------
    x, y : array_like
        The data: finite, equal length, at least two points, x not constant, and numbers
        floats can square (see :func:`gdviz.core.model.check_data`, which raises
        ValueError with a one-line message otherwise).
    optimizer : Optimizer, optional
        The update rule; default the default rule at its defaults (the tutorial's plain
        gradient descent at ``η = 1e-4``).
    initial_b, initial_m : float
        Starting line (original units).
    normalize : bool
        Descend on standardised x and y; everything reported stays in original units.
    random_state : int
        Seed for the shuffled epochs of stochastic and mini-batch descent.
    tol : float
        Converged when ``E - E* <= tol * Var(y)`` (``tol * max(ȳ², E₀)`` if y is constant,
        with ``E₀`` the starting error).
    capacity : int
        Iterations to preallocate history for (grows when needed).
    history_limit : int, optional
        Iterations whose rows are all kept; after them every ``stride``-th (see
        :class:`~gdviz.core.history.HistoryBuffer`). Default
        :data:`~gdviz.core.history.HISTORY_LIMIT`.
    stats : Statistics, optional
        Precomputed statistics of ``x, y`` (skips the O(n) pass).
    stop_when_converged : bool
        Take no step after the first iteration within tolerance (:attr:`converged_at`).
    objective : Objective, optional
        The error descended on (:mod:`gdviz.core.objective`); default the plain mean
        squared error. Convergence is judged against its optimum (:attr:`optimum`).
    optimum : Optimum, optional
        ``objective.optimum(x, y)`` when already known (runs on the same data and error
        share one; the absolute error's costs O(n log n) per candidate line).
    """

    def __init__(
        self,
        x,
        y,
        optimizer: Optimizer | None = None,
        *,
        initial_b: float = 0.0,
        initial_m: float = 0.0,
        normalize: bool = False,
        random_state: int = 0,
        tol: float = 1e-6,
        capacity: int = 1024,
        stats: model.Statistics | None = None,
        stop_when_converged: bool = False,
        history_limit: int | None = None,
        objective: Objective | None = None,
        optimum: Optimum | None = None,
    ):
        self.x = np.asarray(x, dtype=np.float64)
        self.y = np.asarray(y, dtype=np.float64)
        self.stats = model.check_data(self.x, self.y, stats)
        self.analysis = model.analyse(self.stats)
        self.objective: Objective = objective if objective is not None else MSE
        if optimum is None:
            optimum = self.objective.optimum(self.x, self.y, self.stats)
        self.optimum: Optimum = optimum
        self.optimizer = optimizer if optimizer is not None else make_optimizer(DEFAULT_OPTIMIZER)
        self._random_state = int(random_state)
        self.tol = float(tol)
        self.stop_when_converged = bool(stop_when_converged)
        self._capacity_hint = max(int(capacity), 1)
        self._history_limit = history_limit
        self._perm_epoch = -1
        self._perm: np.ndarray | None = None
        self.reset(initial_b, initial_m, normalize=normalize)

    # ------------------------------------------------------------------ set-up
    def reset(
        self,
        initial_b: float | None = None,
        initial_m: float | None = None,
        *,
        normalize: bool | None = None,
    ) -> None:
        """Go back to iteration 0, optionally at a new start or with scaling on/off.

        Raises
        ------
        ValueError
            If the start is not finite or its error overflows; then nothing changes.
        """
        b0 = self.initial_b if initial_b is None else _finite(_INITIAL_B, initial_b)
        m0 = self.initial_m if initial_m is None else _finite(_INITIAL_M, initial_m)
        normalize = self.normalize if normalize is None else bool(normalize)
        scaling = standardising(self.stats) if normalize else IDENTITY
        with np.errstate(all="ignore"):
            error = self.objective.value(self.x, self.y, b0, m0, self.stats)
            grad_b, grad_m = self.objective.gradient(self.x, self.y, b0, m0, self.stats)
            params = np.array(scaling.to_scaled(b0, m0))
        if not (math.isfinite(error) and np.all(np.isfinite([grad_b, grad_m, *params]))):
            text = translate(
                "descent",
                "the starting line b = {b}, m = {m} is so far from the data that its error "
                "overflows; choose smaller initial values",
            )
            raise ValueError(text.format(b=f"{b0:g}", m=f"{m0:g}"))
        self.initial_b, self.initial_m, self.normalize = b0, m0, normalize
        self.scaling: Scaling = scaling
        self._scaled_stats = scaling.statistics(self.stats)
        self._scale_data()
        self.initial_error = error
        self._limit = _error_limit(error, self.stats.y_var)
        self._params = params
        self._opt_state = self.optimizer.init(params)
        self._sample_pos = 0
        self.diverged_at: int | None = None
        self.diverged_with: Optimizer | None = None  # the rule of the step that failed
        self.converged_at: int | None = None  # the first iteration within tolerance
        self.state_overflow = False  # stopped because the optimizer's state overflowed
        self.stop_message = ""  # why a step could not be taken (e.g. no curvature)
        self._history = HistoryBuffer(self._capacity_hint + 1, self._history_limit)
        self._segments = [Segment(0, self.optimizer, self._random_state)]
        self._history.append(
            self.initial_b,
            self.initial_m,
            error,
            grad_b,
            grad_m,
            0.0,
            0,
            params,
            state_vector(self._opt_state),
        )
        if self.excess_error <= self._tolerance():
            self.converged_at = 0

    def set_optimizer(self, optimizer: Optimizer) -> None:
        """Use a new update rule from the next step on.

        The optimizer's state (velocity, running averages) carries over when only its
        hyperparameters change; a different rule starts with a fresh state.
        """
        if optimizer.name != self.optimizer.name:
            self._opt_state = optimizer.init(self._params)
            # the current row resumes with the new rule: keep rewind and replay exact
            self._history.set_row(self.iteration, state=state_vector(self._opt_state))
        self.optimizer = optimizer
        self._new_segment()

    @property
    def random_state(self) -> int:
        """Seed of the shuffled order of points (a new one applies from the next step)."""
        return self._random_state

    @random_state.setter
    def random_state(self, seed: int) -> None:
        self._random_state = int(seed)
        self._perm_epoch = -1  # the next batch draws from the new seed's order
        if hasattr(self, "_segments"):
            self._new_segment()

    def _new_segment(self) -> None:
        """Record the settings in force from the current iteration on."""
        segment = Segment(self.iteration, self.optimizer, self._random_state)
        if self._segments[-1].start == segment.start:
            self._segments[-1] = segment
        else:
            self._segments.append(segment)

    @property
    def segments(self) -> tuple[Segment, ...]:
        """The settings each stretch of the history was run with, in order."""
        return tuple(self._segments)

    def segment_at(self, iteration: int) -> Segment:
        """The settings of the step from ``iteration`` to the next."""
        return _segment_at(self._segments, iteration)

    def view(self) -> RunView:
        """The run as it stands now, safe to read in another thread while this one steps."""
        return RunView(
            self._history.view(),
            tuple(self._segments),
            self.normalize,
            self.diverged_at,
            self.diverged_with,
            self.state_overflow,
            self.converged,
            self.converged_at,
            self.stop_message,
        )

    def reserve(self, iterations: int) -> None:
        """Make room in the history for ``iterations`` in all (avoids regrowing; never
        more than the history's bound)."""
        self._history.reserve(iterations + 1)

    # ------------------------------------------------------------------ state
    @property
    def iteration(self) -> int:
        return self._history.last_iteration

    @property
    def diverged(self) -> bool:
        return self.diverged_at is not None

    @property
    def stopped(self) -> bool:
        """Whether the run takes no more steps: it diverged, or it converged and stops
        there (:attr:`stop_when_converged`)."""
        return self.diverged or (self.stop_when_converged and self.converged_at is not None)

    @property
    def current(self) -> Snapshot:
        return self.snapshot(self.iteration)

    @property
    def b(self) -> float:
        return float(self._history.column("b")[-1])

    @property
    def m(self) -> float:
        return float(self._history.column("m")[-1])

    @property
    def error(self) -> float:
        return float(self._history.column("error")[-1])

    @property
    def excess_error(self) -> float:
        """``E - E*`` at the current line (for the plain MSE without cancellation)."""
        return float(self._excess(np.array([self.b]), np.array([self.m]))[0])

    def _excess(self, b: np.ndarray, m: np.ndarray) -> np.ndarray:
        """``E - E*`` at lines ``(b[i], m[i])``: exact for MSE, O(n) per line otherwise."""
        if self.objective.is_least_squares:
            return model.excess_error(self.stats, b, m)
        if self.objective.is_quadratic:  # MSE with ridge: E = E_mse + λm², from the stats
            values = model.mse(self.stats, b, m) + self.objective.ridge * m * m
        else:
            value = self.objective.value
            values = np.array([value(self.x, self.y, bi, mi) for bi, mi in zip(b, m, strict=True)])
        return np.maximum(values - self.optimum.error, 0.0)

    @property
    def converged(self) -> bool:
        """Whether the error is within ``tol * Var(y)`` of the objective's optimum.

        If y is constant the scale is the larger of ``ȳ²`` and the starting error (so a
        run on y = 0 everywhere can converge too). The absolute error is in the units of
        y, so its scale is the square root of that.
        """
        return self.excess_error <= self._tolerance()

    def _tolerance(self) -> float:
        """How far above the optimum's error a run counts as converged."""
        y_var = self.stats.y_var
        if y_var > 0:
            scale = y_var
        else:
            scale = max(self.stats.y_mean * self.stats.y_mean, self.initial_error, 1e-300)
        if self.objective.loss == "mae":
            scale = math.sqrt(scale)
        return self.tol * scale

    def _find_converged_at(self) -> int | None:
        """The first iteration of the history within tolerance (after a change of data:
        judged by the new data's optimum)."""
        rows = self._history.rows()
        excess = self._excess(rows.b, rows.m)
        within = np.flatnonzero(excess <= self._tolerance())
        return int(rows.iteration[within[0]]) if within.size else None

    def snapshot(self, iteration: int) -> Snapshot:
        """The state at a past (or the current) iteration; of a long run whose history was
        thinned, at the nearest kept iteration at or before it (``Snapshot.iteration``)."""
        if not 0 <= iteration <= self.iteration:
            raise IndexError(f"iteration {iteration} is not in the history (0..{self.iteration})")
        kept = self._history.kept(iteration)
        return Snapshot(kept, *self._history.row(kept))

    def history(self, start: int = 0, stop: int | None = None) -> History:
        """Views of the kept history rows of iterations ``start`` to ``stop`` (default:
        all); ``History.iteration`` says which iteration each row is."""
        return self._history.rows(start, stop)

    def status_message(self) -> str:
        """One line on how the run stands: diverged, converged or not converged (against
        the optimum of the objective descended on)."""
        if self.stop_message:
            return self.stop_message
        analysis = self.analysis
        if not self.objective.is_least_squares:
            o = self.optimum
            analysis = analysis._replace(b_star=o.b, m_star=o.m, mse_star=o.error)
        return words.run_status(self.view(), analysis)

    # ------------------------------------------------------------------ stepping
    def step(self, k: int = 1) -> int:
        """Take up to ``k`` iterations; return how many were taken (fewer on divergence,
        or at convergence when the run stops there)."""
        taken = 0
        while taken < k and not self.stopped:
            chunk = min(k - taken, _CHUNK)
            done = self._steps(chunk)
            taken += done
            if done < chunk:
                break
        return taken

    def _steps(self, k: int) -> int:
        """Up to ``k`` steps, their rows gathered in lists and written to the history at
        once (one numpy write per column instead of one per value)."""
        opt = self.optimizer
        if opt.needs_hessian or not self.objective.is_least_squares:
            return self._steps_general(k)
        full = opt.batch_size is None or opt.batch_size >= self.stats.n
        if full and self.scaling.is_identity and opt.update_floats and not self._opt_state:
            return self._steps_on_floats(k)
        scaling = self.scaling
        identity = scaling.is_identity
        scaled = self._scaled_stats
        lr = opt.learning_rate
        params, state = self._params, self._opt_state
        stateful = len(state) > 0
        # the error and gradient at (b, m): model.mse and model.gradient written out
        xm, ym, xv, slope, floor = _plain_statistics(self.stats)
        limit, below = self._limit, self._tolerance()
        watch = self.converged_at is None  # look for the first iteration within tolerance
        first = self.iteration + 1
        rows: list[tuple] = []
        states: list[np.ndarray] = []
        grads = None
        with np.errstate(all="ignore"):
            for _ in range(k):
                if grads is None or not (identity and full):
                    grads = self._gradient(params, full, scaling, scaled)
                updates, new_state = opt.update(grads, state, params)
                new_params = params + updates
                p0, p1 = float(new_params[0]), float(new_params[1])
                if identity:
                    b, m = p0, p1
                else:
                    b, m = (float(v) for v in scaling.to_original(p0, p1))
                offset = ym - m * xm - b
                gap = m - slope
                error = floor + xv * gap * gap + offset * offset
                grad_b = -2.0 * offset
                grad_m = -2.0 * (xv * (slope - m) + xm * offset)
                if not _finite_step(error, limit, b, m, grad_b, grad_m, p0, p1):
                    self._diverge(first + len(rows), opt, overflow=False)
                    break
                if stateful:
                    state_row = state_vector(new_state)
                    if not np.isfinite(state_row).all():
                        # e.g. AdaGrad's sum of squared gradients: the squares overflow
                        self._diverge(first + len(rows), opt, overflow=True)
                        break
                    states.append(state_row)
                params, state = new_params, new_state
                rows.append((b, m, error, grad_b, grad_m, lr, self._sample_pos, p0, p1))
                grads = np.array((grad_b, grad_m))  # the next step's, when it is the same
                if watch and xv * gap * gap + offset * offset <= below:  # E - E*, exactly
                    self.converged_at = first + len(rows) - 1
                    watch = False
                    if self.stop_when_converged:
                        break
        self._params, self._opt_state = params, state
        self._write_rows(first, rows, states)
        return len(rows)

    def _steps_on_floats(self, k: int) -> int:
        """:meth:`_steps` for a stateless rule on all points in the data's own units, on
        plain floats (:attr:`Optimizer.update_floats`): the same numbers, faster."""
        opt = self.optimizer
        update, lr = opt.update_floats, opt.learning_rate
        xm, ym, xv, slope, floor = _plain_statistics(self.stats)
        limit, below = self._limit, self._tolerance()
        watch = self.converged_at is None
        first = self.iteration + 1
        b, m = float(self._params[0]), float(self._params[1])
        offset = ym - m * xm - b
        grad_b, grad_m = -2.0 * offset, -2.0 * (xv * (slope - m) + xm * offset)
        rows: list[tuple] = []
        for _ in range(k):
            step_b, step_m = update(grad_b, grad_m)
            new_b, new_m = b + step_b, m + step_m
            offset = ym - new_m * xm - new_b
            gap = new_m - slope
            error = floor + xv * gap * gap + offset * offset
            new_grad_b = -2.0 * offset
            new_grad_m = -2.0 * (xv * (slope - new_m) + xm * offset)
            if not _finite_step(error, limit, new_b, new_m, new_grad_b, new_grad_m):
                self._diverge(first + len(rows), opt, overflow=False)
                break
            b, m, grad_b, grad_m = new_b, new_m, new_grad_b, new_grad_m
            rows.append((b, m, error, grad_b, grad_m, lr, 0, b, m))
            if watch and xv * gap * gap + offset * offset <= below:  # E - E*, exactly
                self.converged_at = first + len(rows) - 1
                watch = False
                if self.stop_when_converged:
                    break
        self._params = np.array((b, m))
        self._write_rows(first, rows, [])
        return len(rows)

    def _gradient(self, params, full: bool, scaling: Scaling, scaled) -> np.ndarray:
        """The gradient the rule steps on: all points, or the next shuffled batch."""
        if full:
            return np.array(model.gradient(scaled, params[0], params[1]))
        idx = self._next_batch(self.optimizer.batch_size)
        xs, ys = self.x[idx], self.y[idx]
        if not scaling.is_identity:
            xs, ys = scaling.scale_x(xs), scaling.scale_y(ys)
        return np.array(model.point_gradient(xs, ys, params[0], params[1]))

    def _steps_general(self, k: int) -> int:
        """:meth:`_steps` for any objective and for rules that use the Hessian: the error,
        gradient (and Hessian) from :class:`~gdviz.core.objective.Objective`, O(n) per
        step for MAE and Huber, O(1) for the MSE with ridge."""
        opt, obj, scaled_obj = self.optimizer, self.objective, self._scaled_objective
        scaling, x, y, stats = self.scaling, self.x, self.y, self.stats
        xs, ys, scaled = self._xs, self._ys, self._scaled_stats
        full = opt.batch_size is None or opt.batch_size >= stats.n
        params, state = self._params, self._opt_state
        limit, below, floor = self._limit, self._tolerance(), self.optimum.error
        watch = self.converged_at is None
        first = self.iteration + 1
        rows: list[tuple] = []
        states: list[np.ndarray] = []
        with np.errstate(all="ignore"):
            for _ in range(k):
                p0, p1 = float(params[0]), float(params[1])
                if full:
                    grads = np.array(scaled_obj.gradient(xs, ys, p0, p1, scaled))
                else:
                    idx = self._next_batch(opt.batch_size)
                    grads = np.array(scaled_obj.gradient(xs[idx], ys[idx], p0, p1))
                if opt.needs_hessian:
                    hessian = scaled_obj.hessian(xs, ys, p0, p1, scaled)
                    if not _invertible(hessian):
                        self._no_curvature(first + len(rows), opt)
                        break
                    updates, new_state = opt.update(grads, state, params, hessian)
                else:
                    updates, new_state = opt.update(grads, state, params)
                new_params = params + updates
                q0, q1 = float(new_params[0]), float(new_params[1])
                b, m = (q0, q1) if scaling.is_identity else scaling.to_original(q0, q1)
                b, m = float(b), float(m)
                error = obj.value(x, y, b, m, stats)
                grad_b, grad_m = obj.gradient(x, y, b, m, stats)
                if not _finite_step(error, limit, b, m, grad_b, grad_m, q0, q1):
                    self._diverge(first + len(rows), opt, overflow=False)
                    break
                if len(new_state) > 0:
                    state_row = state_vector(new_state)
                    if not np.isfinite(state_row).all():
                        self._diverge(first + len(rows), opt, overflow=True)
                        break
                    states.append(state_row)
                params, state = new_params, new_state
                lr, pos = opt.learning_rate, self._sample_pos
                rows.append((b, m, error, grad_b, grad_m, lr, pos, q0, q1))
                if watch and error - floor <= below:
                    self.converged_at = first + len(rows) - 1
                    watch = False
                    if self.stop_when_converged:
                        break
        self._params, self._opt_state = params, state
        self._write_rows(first, rows, states)
        return len(rows)

    def _no_curvature(self, iteration: int, optimizer: Optimizer) -> None:
        """Stop: the Hessian is singular here, so a second-order step is undefined."""
        self._diverge(iteration, optimizer, overflow=False)
        self.stop_message = _no_curvature_message(self.objective, iteration, optimizer.name)

    def _scale_data(self) -> None:
        """The data and objective in the units the optimizer works in."""
        if self.scaling.is_identity:
            self._scaled_objective = self.objective
            self._xs, self._ys = self.x, self.y
        else:
            self._scaled_objective = self.objective.scaled(self.scaling)
            self._xs, self._ys = self.scaling.scale_x(self.x), self.scaling.scale_y(self.y)

    def _diverge(self, iteration: int, optimizer: Optimizer, overflow: bool) -> None:
        self.diverged_at = iteration
        self.diverged_with = optimizer
        self.state_overflow = overflow

    def _write_rows(self, first: int, rows: list[tuple], states: list[np.ndarray]) -> None:
        if not rows:
            return
        table = np.array(rows, dtype=np.float64)
        state = np.zeros((len(rows), STATE_WIDTH))
        for i, row in enumerate(states):
            state[i, : row.size] = row
        self._history.extend(
            History(
                iteration=np.arange(first, first + len(rows)),
                b=table[:, 0],
                m=table[:, 1],
                error=table[:, 2],
                grad_b=table[:, 3],
                grad_m=table[:, 4],
                learning_rate=table[:, 5],
                sample_pos=table[:, 6],
                theta=table[:, 7:9],
                state=state,
            )
        )

    def run_to(self, iterations: int) -> int:
        """Step until the iteration count reaches ``iterations`` (or the run diverges)."""
        return self.step(iterations - self.iteration)

    # ------------------------------------------------------------------ helpers
    def _next_batch(self, batch_size: int) -> np.ndarray:
        n = self.stats.n
        epoch = self._sample_pos // n
        if epoch != self._perm_epoch:
            self._perm = epoch_permutation(n, self.random_state, epoch)
            self._perm_epoch = epoch
        idx = batch_at(n, batch_size, self._sample_pos, self.random_state, self._perm)
        self._sample_pos += idx.size
        return idx

    # ------------------------------------------------------------------ time travel
    def rewind(self, iteration: int) -> None:
        """Go back to a past iteration exactly, forgetting what came after it.

        Parameters, optimizer state and the position in the shuffled stream are restored
        from the history, so stepping on replays the same run (stochastic ones too). In a
        thinned history an iteration that was not kept goes back to the nearest kept one
        before it (:meth:`snapshot` shows the same).
        """
        if not 0 <= iteration <= self.iteration:
            raise IndexError(f"iteration {iteration} is not in the history (0..{self.iteration})")
        iteration = self._history.kept(iteration)
        self._history.truncate(self._history.index(iteration) + 1)
        self._segments = [seg for seg in self._segments if seg.start <= iteration]
        segment = self._segments[-1]
        self.optimizer, self._random_state = segment.optimizer, segment.random_state
        self._perm_epoch = -1
        row = self._history.rows(iteration, iteration + 1)
        self._params = row.theta[0].copy()
        self._opt_state = state_from_vector(self.optimizer, row.state[0])
        self._sample_pos = int(row.sample_pos[0])
        self.diverged_at = None
        self.diverged_with = None
        self.state_overflow = False
        self.stop_message = ""
        if self.converged_at is not None and self.converged_at > iteration:
            self.converged_at = None

    def set_data(self, x, y, stats: model.Statistics | None = None) -> None:
        """Continue from the current line on new data (points added, moved or removed).

        The past rows keep the errors they had; the current row is recomputed for the new
        data, and the optimizer state restarts when the units change (normalising).
        """
        b, m = self.b, self.m
        self.x = np.asarray(x, dtype=np.float64)
        self.y = np.asarray(y, dtype=np.float64)
        self.stats = stats if stats is not None else model.fit_statistics(self.x, self.y)
        self.analysis = model.analyse(self.stats)
        self.optimum = self.objective.optimum(self.x, self.y, self.stats)
        old_scaling = self.scaling
        self.scaling = standardising(self.stats) if self.normalize else IDENTITY
        self._scaled_stats = self.scaling.statistics(self.stats)
        self._scale_data()
        self._perm_epoch = -1
        self._sample_pos = 0
        with np.errstate(all="ignore"):
            error = self.objective.value(self.x, self.y, b, m, self.stats)
            grad_b, grad_m = self.objective.gradient(self.x, self.y, b, m, self.stats)
        if self.scaling != old_scaling:
            self._params = np.array(self.scaling.to_scaled(b, m))
            self._opt_state = self.optimizer.init(self._params)
        self._limit = _error_limit(max(error, self.initial_error), self.stats.y_var)
        self._history.set_row(
            self.iteration,
            error=error,
            grad_b=grad_b,
            grad_m=grad_m,
            sample_pos=0,
            theta=self._params,
            state=state_vector(self._opt_state),
        )
        self.converged_at = self._find_converged_at()


def _plain_statistics(stats: model.Statistics) -> tuple[float, float, float, float, float]:
    """``x̄, ȳ, Var(x), m*, SSE*/N`` as Python floats, for the stepping loops."""
    return (
        float(stats.x_mean),
        float(stats.y_mean),
        float(stats.x_var),
        float(stats.slope_star),
        float(stats.sse_star) / stats.n,
    )


def _invertible(h: np.ndarray) -> bool:
    """A 2×2 Hessian with a determinant clearly above rounding: a Newton step exists."""
    det = h[0, 0] * h[1, 1] - h[0, 1] * h[1, 0]
    size = abs(h[0, 0]) + abs(h[1, 1])
    return bool(math.isfinite(det) and det > 1e-14 * size * size)


def _finite_step(error: float, limit: float, *values: float) -> bool:
    """A step may be taken: its error below the limit (False for nan and inf: the limit
    is finite) and every value finite."""
    return error <= limit and all(math.isfinite(v) for v in values)


def _error_limit(error: float, y_var: float) -> float:
    """The error above which a run is divergent: ``DIVERGENCE_FACTOR`` times the larger of
    the reference error and Var(y), capped at the largest float so that an overflow to
    infinity always counts as divergence."""
    return min(DIVERGENCE_FACTOR * max(error, y_var, 1e-300), sys.float_info.max)


def epoch_permutation(n: int, random_state: int, epoch: int) -> np.ndarray:
    """The order in which stochastic descent visits the ``n`` points in ``epoch``."""
    return np.random.default_rng([int(random_state), int(epoch)]).permutation(n)


def batch_at(
    n: int, batch_size: int, sample_pos: int, random_state: int, perm: np.ndarray | None = None
) -> np.ndarray:
    """Indices of the batch that starts at ``sample_pos`` in the shuffled stream.

    The stream is the concatenation of one permutation per epoch; a batch never crosses
    an epoch's end (the last batch of an epoch may be smaller).
    """
    epoch, start = divmod(int(sample_pos), n)
    if perm is None:
        perm = epoch_permutation(n, random_state, epoch)
    return perm[start : min(start + batch_size, n)]


def _no_curvature_message(objective: Objective, iteration: int, name: str) -> str:
    """Why a second-order step (of the rule called ``name``) stopped at ``iteration``."""
    if objective.loss == "huber":
        text = translate(
            "descent",
            "stopped at iteration {n}: the error has no curvature at this line (fewer than "
            "two x values lie within δ = {delta} of the line), so a {optimizer} step is "
            "undefined; use a larger δ, a start nearer the data or a first-order "
            "optimizer; showing iteration {shown}",
        )
    else:
        text = translate(
            "descent",
            "stopped at iteration {n}: the error has no curvature at this line (the error "
            "is flat in some direction), so a {optimizer} step is undefined; use a larger "
            "δ, a start nearer the data or a first-order optimizer; showing iteration "
            "{shown}",
        )
    delta = words.format_exact(objective.huber_delta)
    return text.format(n=iteration, delta=delta, optimizer=name, shown=iteration - 1)


def _finite(name: str, value: float) -> float:
    value = float(value)
    if not math.isfinite(value):
        text = translate("descent", "{name} must be a finite number (got {value})")
        raise ValueError(text.format(name=translate("descent", name), value=value))
    return value

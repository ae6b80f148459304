"""The settings of a run: one immutable value for the main run, compared runs and lessons.

A :class:`RunSettings` says which rule descends (with its hyperparameters), from which
line, in which units, how far and how fast. The window, the worker, lesson files and
``gdviz fit`` all pass this one value around; a change is a new value
(:meth:`RunSettings.replace`). A compared run is a ``RunSettings`` too: it shares the main
run's start, seed and iterations, so a session builds it as
``main.replace(optimizer=..., hyperparameters=..., normalize=..., label=...)``.

Constructing a value checks nothing (a lesson may hold a setting this gdviz cannot use,
and says so with the file's name); :meth:`RunSettings.checked` checks every field against
the optimizer registry's ranges at the boundary, once.
"""

from __future__ import annotations

import dataclasses
import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np

from .descent import Descent
from .i18n import QT_TRANSLATE_NOOP, translate
from .objective import DEFAULT_LOSS, HUBER_DELTA, RIDGE, Objective, loss_spec
from .optimizers import (
    DEFAULT_OPTIMIZER,
    Optimizer,
    OptimizerSpec,
    all_hyperparameters,
    default_hyperparams,
    make_optimizer,
    optimizer_spec,
)

__all__ = [
    "INITIAL_LIMIT",
    "MAX_ITERATIONS",
    "MAX_LABEL",
    "MAX_SEED",
    "RunSettings",
    "frozen_mapping",
    "plain_value",
]

#: Largest size of the starting line's b and m (the window's inputs go this far).
INITIAL_LIMIT = 1e12
#: Largest iteration count (the window's iterations input goes this far).
MAX_ITERATIONS = 2_000_000_000
#: Largest seed of the shuffled order of points.
MAX_SEED = 2_000_000_000
#: Longest label of a compared run.
MAX_LABEL = 200
#: History rows allocated up front at most (the history grows beyond when needed).
_CAPACITY = 1 << 20
#: The fields as messages name them (translated where a message says them).
_NAMES = {
    "normalize": QT_TRANSLATE_NOOP("settings", "normalize"),
    "stop_when_converged": QT_TRANSLATE_NOOP("settings", "stop when converged"),
    "speed": QT_TRANSLATE_NOOP("settings", "speed"),
    "initial_b": QT_TRANSLATE_NOOP("settings", "initial b"),
    "initial_m": QT_TRANSLATE_NOOP("settings", "initial m"),
    "seed": QT_TRANSLATE_NOOP("settings", "seed"),
    "iterations": QT_TRANSLATE_NOOP("settings", "iterations"),
}


def plain_value(value: Any) -> Any:
    """numpy scalars as the Python bool, int or float they hold; other values unchanged."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value)
    return value


def frozen_mapping(values: Mapping | None) -> Mapping:
    """A read-only copy with sorted keys and plain Python values."""
    return MappingProxyType({k: plain_value(v) for k, v in sorted((values or {}).items())})


def _default_hyperparameters() -> dict:
    return default_hyperparams(DEFAULT_OPTIMIZER)


@dataclass(frozen=True)
class RunSettings:
    """How one run goes.

    The first four fields say what the run is (a compared run's own), the rest where it
    starts and how long and fast it goes (shared by the runs compared with it).

    Attributes
    ----------
    optimizer : str
        A registered rule (:func:`~gdviz.core.optimizers.optimizer_spec`).
    hyperparameters : Mapping
        Read-only, by the names the rules use, plain Python values; the batch size of
        mini-batch descent too. Pass it to
        :func:`~gdviz.core.optimizers.make_optimizer` with ``**``.
    normalize : bool
        Descend on standardised x and y.
    label : str
        A compared run's name; ``""`` means "called after its optimizer".
    initial_b, initial_m : float
        The starting line.
    seed : int
        Seed of the shuffled order of points (stochastic rules).
    iterations : int
        The total that Start runs to.
    speed : float or None
        Iterations per second; ``None`` for as fast as possible.
    stop_when_converged : bool
        Start stops at the first iteration within tolerance of the optimum instead of
        running to ``iterations``.
    loss : str
        The error descended on (:func:`~gdviz.core.objective.loss_spec`): ``"mse"``,
        ``"mae"`` or ``"huber"``; shared by the runs compared with it.
    huber_delta : float
        Huber's δ, where its quadratic zone ends (used by ``"huber"`` only).
    ridge : float
        The ridge penalty λ: ``λ m²`` is added to the error (the intercept is not
        penalised); 0 for none.
    """

    optimizer: str = DEFAULT_OPTIMIZER
    hyperparameters: Mapping[str, float] = field(default_factory=_default_hyperparameters)
    normalize: bool = False
    label: str = ""
    initial_b: float = 0.0
    initial_m: float = 0.0
    seed: int = 0
    iterations: int = 1000
    speed: float | None = None
    stop_when_converged: bool = False
    loss: str = DEFAULT_LOSS
    huber_delta: float = HUBER_DELTA.default
    ridge: float = RIDGE.default

    def __post_init__(self) -> None:
        object.__setattr__(self, "hyperparameters", frozen_mapping(self.hyperparameters))
        plain = ("normalize", "initial_b", "initial_m", "seed", "iterations", "speed")
        plain += ("huber_delta", "ridge")
        for name in (*plain, "stop_when_converged"):
            object.__setattr__(self, name, plain_value(getattr(self, name)))
        for name in ("initial_b", "initial_m", "speed", "huber_delta", "ridge"):
            value = getattr(self, name)
            if isinstance(value, int) and not isinstance(value, bool):
                object.__setattr__(self, name, float(value))

    def replace(self, **changes) -> RunSettings:
        """A copy with some fields changed (:func:`dataclasses.replace`)."""
        return dataclasses.replace(self, **changes)

    @property
    def spec(self) -> OptimizerSpec:
        """The registered rule (``ValueError`` for an unknown name)."""
        return optimizer_spec(self.optimizer)

    @property
    def learning_rate(self) -> float:
        """The learning rate, or the rule's default when the settings leave it out."""
        rate = self.hyperparameters.get("learning_rate")
        return self.spec.hyperparameter("learning_rate").default if rate is None else rate

    @property
    def display_label(self) -> str:
        """The label, or the rule's (in the reader's language) when there is none."""
        return self.label or self.spec.translated("label")

    @property
    def objective(self) -> Objective:
        """The error these settings descend on (``ValueError`` for an unknown loss)."""
        return Objective(loss_spec(self.loss).name, self.huber_delta, self.ridge)

    def make_optimizer(self) -> Optimizer:
        """The optimizer these settings name."""
        return make_optimizer(self.optimizer, **self.hyperparameters)

    def make_descent(self, x, y, **kwargs) -> Descent:
        """A :class:`~gdviz.core.descent.Descent` at iteration 0 with these settings.

        ``kwargs`` go to the descent (``stats``, ``tol``, ``capacity``).
        """
        kwargs.setdefault("capacity", min(self.iterations, _CAPACITY))
        return Descent(
            x,
            y,
            self.make_optimizer(),
            initial_b=self.initial_b,
            initial_m=self.initial_m,
            normalize=self.normalize,
            random_state=self.seed,
            objective=self.objective,
            **kwargs,
        )

    def with_optimizer(self, name: str) -> RunSettings:
        """Switch rule: keep the learning rate and the other hyperparameters the new rule
        shares with the old one, and take the new rule's defaults for the rest.

        Between a first-order rule and one that uses the Hessian the learning rate means
        something else (a step length against a share of the curvature's step, 1 landing
        on a quadratic's optimum), so it is the new rule's default there."""
        spec = optimizer_spec(name)
        values = {h.name: self.hyperparameters.get(h.name, h.default) for h in spec.hyperparameters}
        if "learning_rate" in values and spec.needs_hessian != _needs_hessian(self.optimizer):
            values["learning_rate"] = spec.hyperparameter("learning_rate").default
        return self.replace(optimizer=spec.name, hyperparameters=values)

    def checked(self) -> RunSettings:
        """These settings with every value checked, and the rule's missing hyperparameters
        at its defaults.

        Hyperparameters of other rules are kept (checked against their range); the
        optimizer must take its hyperparameters together (e.g. a batch size).

        Raises
        ------
        ValueError
            One line naming the field: ``"momentum must be between 0 and 0.999999 (got 2)"``,
            ``"iterations must be a whole number from 0 to 2000000000 (got -5)"``.
        """
        spec = optimizer_spec(self.optimizer)
        hyperparameters = _checked_hyperparameters(spec, self.hyperparameters)
        make_optimizer(spec.name, **hyperparameters)
        for name in ("normalize", "stop_when_converged"):
            if not isinstance(getattr(self, name), bool):
                text = translate("settings", "{name} must be True or False (got {value})")
                raise ValueError(text.format(name=_name(name), value=repr(getattr(self, name))))
        if not isinstance(self.label, str) or len(self.label) > MAX_LABEL:
            text = translate("settings", "label must be text of at most {most} characters")
            raise ValueError(text.format(most=MAX_LABEL))
        speed = self.speed
        if speed is not None and not (_finite("speed", speed) > 0):
            text = translate("settings", "speed must be greater than 0, or None (got {value})")
            raise ValueError(text.format(value=f"{speed:g}"))
        objective = Objective(
            loss_spec(self.loss).name, HUBER_DELTA.check(self.huber_delta), RIDGE.check(self.ridge)
        )
        if spec.needs_hessian and not objective.smooth:
            text = translate(
                "settings",
                "{optimizer} needs the curvature of the error, and {loss} has none (choose mse "
                "or huber, or a first-order optimizer)",
            )
            loss = objective.spec.translated("noun")
            raise ValueError(text.format(optimizer=spec.translated("noun"), loss=loss))
        return self.replace(
            loss=objective.loss,
            huber_delta=objective.huber_delta,
            ridge=objective.ridge,
            optimizer=spec.name,
            hyperparameters=hyperparameters,
            initial_b=_start("initial_b", self.initial_b),
            initial_m=_start("initial_m", self.initial_m),
            seed=_whole("seed", self.seed, MAX_SEED),
            iterations=_whole("iterations", self.iterations, MAX_ITERATIONS),
        )


def _needs_hessian(name: str) -> bool:
    try:
        return optimizer_spec(name).needs_hessian
    except ValueError:  # an unknown rule (a lesson's): nothing to carry over from it
        return False


def _checked_hyperparameters(spec: OptimizerSpec, values: Mapping) -> dict:
    """The rule's hyperparameters (defaults filled in), then any others, each checked."""
    known = {h.name: h for h in all_hyperparameters()}
    for name in values:
        if name not in known:
            text = translate("settings", "unknown hyperparameter {name} (known: {known})")
            raise ValueError(text.format(name=repr(name), known=", ".join(known)))
    checked = {}
    for h in spec.hyperparameters:
        value = values.get(h.name)
        checked[h.name] = h.check(h.default if value is None else value)
    for name, value in values.items():
        if name not in checked and value is not None:
            checked[name] = known[name].check(value)
    return checked


def _name(field: str) -> str:
    """The field ``field`` as messages name it, in the reader's language."""
    return translate("settings", _NAMES[field])


def _finite(field: str, value) -> float:
    if not isinstance(value, numbers.Real) or isinstance(value, bool):
        text = translate("settings", "{name} must be a number (got {value})")
        raise ValueError(text.format(name=_name(field), value=repr(value)))
    if not math.isfinite(value):
        text = translate("settings", "{name} must be a finite number (got {value})")
        raise ValueError(text.format(name=_name(field), value=value))
    return float(value)


def _start(field: str, value) -> float:
    value = _finite(field, value)
    if not -INITIAL_LIMIT <= value <= INITIAL_LIMIT:
        limit = f"{INITIAL_LIMIT:.0e}".replace("e+", "e")
        text = translate("settings", "{name} must be between -{limit} and {limit} (got {value})")
        raise ValueError(text.format(name=_name(field), limit=limit, value=f"{value:g}"))
    return value


def _whole(field: str, value, maximum: int) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if (
        not isinstance(value, numbers.Integral)
        or isinstance(value, bool)
        or not 0 <= value <= maximum
    ):
        text = translate("settings", "{name} must be a whole number from 0 to {most} (got {value})")
        raise ValueError(text.format(name=_name(field), most=maximum, value=repr(value)))
    return int(value)

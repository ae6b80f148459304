"""Optimizers as pairs of pure functions, in the manner of optax, and the registry of rules.

Each factory returns an :class:`Optimizer` whose ``init(params)`` builds an immutable
state and whose ``update(grads, state, params)`` returns ``(updates, new_state)``; the
caller applies ``params + updates``. Nothing is mutated, so stepping back, replaying and
comparing runs need no copies. ``params`` and ``grads`` are float arrays ``[b, m]``.

Which points a gradient is computed on (all, one, or a mini-batch) is the optimizer's
``batch_size``: ``None`` for the full batch.

**The registry.** Every rule is declared once, as an :class:`OptimizerSpec`: its name,
label, hyperparameters (:class:`Hyperparameter`: default, valid range, symbol, tooltip),
family (for the stability theory), factory, step math and look (the colour and line
style its runs are drawn in). Everything else is generated from the registry: the
window's optimizer box and inputs, the ``--optimizer`` choices and flags of ``gdviz
fit``, the checks of lesson files and settings, the stability messages, the step math
and how compared runs are drawn (panels, legends, the results table). Adding a rule is
one :func:`register` call; no module outside this one names an individual rule. Below,
each built-in rule's factory, step math and spec sit together, after the registry's
machinery.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, NamedTuple, Protocol

import numpy as np

from .i18n import QT_TRANSLATE_NOOP, translate
from .words import format_exact

__all__ = [
    "DEFAULT_OPTIMIZER",
    "OPTIMIZERS",
    "RULE_COLOURS",
    "RULE_DASHES",
    "EmptyState",
    "Family",
    "Hyperparameter",
    "Optimizer",
    "OptimizerSpec",
    "StepWriter",
    "adagrad",
    "adam",
    "all_hyperparameters",
    "cg",
    "default_hyperparams",
    "gd",
    "make_optimizer",
    "minibatch",
    "momentum",
    "nesterov",
    "newton",
    "optimizer_spec",
    "optimizer_specs",
    "register",
    "rmsprop",
    "sgd",
    "state_from_vector",
    "state_vector",
    "unregister",
    "with_batch_size",
]


class Optimizer(NamedTuple):
    """An update rule: ``init(params) -> state``, ``update(grads, state, params)``."""

    name: str
    init: Callable[[np.ndarray], Any]
    update: Callable[[np.ndarray, Any, np.ndarray], tuple[np.ndarray, Any]]
    hyperparams: dict
    batch_size: int | None = None
    #: A stateless rule's update on plain floats, ``(g_b, g_m) -> (Δb, Δm)``: the same
    #: arithmetic as ``update``, without numpy's cost on two numbers (None: use update)
    update_floats: Callable[[float, float], tuple[float, float]] | None = None
    #: The rule needs the Hessian: the descent calls ``update(grads, state, params, h)``
    #: with ``h`` the 2×2 Hessian of the error at ``params``
    needs_hessian: bool = False

    @property
    def learning_rate(self) -> float:
        return self.hyperparams["learning_rate"]


class EmptyState(NamedTuple):
    """State of a stateless rule."""


class VelocityState(NamedTuple):
    velocity: np.ndarray


class AccumulatorState(NamedTuple):
    sum_sq: np.ndarray


class MomentsState(NamedTuple):
    count: int
    mu: np.ndarray  # running mean of gradients
    nu: np.ndarray  # running mean of squared gradients


# ---------------------------------------------------------------------------- hyperparameters


@dataclass(frozen=True)
class Hyperparameter:
    """One setting of a rule, with the one inclusive range every input uses.

    The window's inputs, lesson files, :class:`~gdviz.core.settings.RunSettings` and the
    command line all accept exactly ``minimum <= value <= maximum``, so a value from a
    lesson always fits the window's input.

    Attributes
    ----------
    name : str
        The key everywhere: ``"learning_rate"``, ``"momentum"``, ``"b1"``, ``"batch_size"``.
    label, symbol : str
        The input's label (``"Momentum μ"``) and the symbol in formulas (``"μ"``).
    default, minimum, maximum : float
        An ``int`` for integer hyperparameters.
    integer : bool
        Whole numbers only.
    log_steps : bool
        An input's arrows step 1, 2, 5, 10, … (the learning rate); else by ``step``.
    tooltip : str
        What it does, for the input's tooltip and the command line's help.
    cli_flag, cli_aliases : str, tuple of str
        The option of ``gdviz fit`` (default ``--`` and the name with dashes) and its
        other spellings.
    advanced : bool
        The window may leave it out (ε: hardly ever worth changing).
    noun : str
        The name in words, as messages say it (default: the name with spaces,
        ``"learning rate"``).
    context : str
        Where ``label``, ``tooltip`` and ``noun`` are marked for translation (the module
        declaring it: ``"optimizers"``, or ``"objective"`` for Huber's δ and the ridge λ).
    """

    name: str
    label: str
    symbol: str
    default: float
    minimum: float
    maximum: float
    integer: bool = False
    log_steps: bool = False
    step: float = 0.0
    tooltip: str = ""
    cli_flag: str = ""
    cli_aliases: tuple[str, ...] = ()
    advanced: bool = False
    noun: str = ""
    context: str = "optimizers"

    def __post_init__(self) -> None:
        if not self.cli_flag:
            object.__setattr__(self, "cli_flag", "--" + self.name.replace("_", "-"))
        if not self.noun:
            object.__setattr__(self, "noun", self.name.replace("_", " "))
        if not self.minimum <= self.default <= self.maximum:
            raise ValueError(f"the default of {self.name} is outside its range")

    def translated(self, field: str = "label") -> str:
        """``label``, ``tooltip`` or ``noun`` in the reader's language (the window's; the
        command line keeps the English attributes)."""
        return translate(self.context, getattr(self, field))

    @property
    def words(self) -> str:
        """The name in words, as messages say it: ``"learning rate"`` (English)."""
        return self.noun

    def with_default(self, default: float) -> Hyperparameter:
        """The same hyperparameter with a rule's own default (e.g. Adam's learning rate)."""
        return replace(self, default=default)

    def _requirement(self, value: float | None) -> str:
        """Which requirement ``value`` misses: "between", "greater than 0" (a value of 0
        or less where the range starts above 0), "at least" or "at most" (whole numbers)."""
        if value is not None and value < self.minimum:
            if self.integer:
                return "at least"
            if value <= 0 < self.minimum:
                return "greater than 0"
        if value is not None and value > self.maximum and self.integer:
            return "at most"
        return "between"

    def requirement(self, value: float | None = None) -> str:
        """What a valid value is, in words (English), said about ``value`` when given.

        ``"between 0 and 0.999999"``; ``"greater than 0"`` for a value of 0 or less where
        the range starts above 0; ``"at least 1"`` / ``"at most …"`` for whole numbers.
        """
        low, high = format_exact(self.minimum), format_exact(self.maximum)
        return {
            "between": f"between {low} and {high}",
            "greater than 0": "greater than 0",
            "at least": f"at least {low}",
            "at most": f"at most {high}",
        }[self._requirement(value)]

    def expected(self, value: float | None = None) -> str:
        """What a valid value is, in the reader's language, said about ``value`` when
        given: ``"a number between 0 and 0.999999"``, ``"a whole number of at least 1"``."""
        text = translate("optimizers", _EXPECTED[self._requirement(value), self.integer])
        return text.format(low=format_exact(self.minimum), high=format_exact(self.maximum))

    def check(self, value) -> float | int:
        """``value`` as a float (an int for whole numbers) when it is in range.

        Raises
        ------
        ValueError
            One line a student understands, in the reader's language: ``"momentum must be
            between 0 and 0.999999 (got 2)"``.
        """
        name = self.translated("noun")
        try:
            number = float(value)
        except (TypeError, ValueError):
            text = translate("optimizers", "{name} must be a number (got {value})")
            raise ValueError(text.format(name=name, value=repr(value))) from None
        if not math.isfinite(number):
            text = translate("optimizers", "{name} must be a finite number (got {value})")
            raise ValueError(text.format(name=name, value=value))
        if self.integer and not number.is_integer():
            text = translate("optimizers", "{name} must be a whole number (got {value})")
            raise ValueError(text.format(name=name, value=format_exact(number)))
        if not self.minimum <= number <= self.maximum:
            text = translate("optimizers", _OUT_OF_RANGE[self._requirement(number)])
            low, high = format_exact(self.minimum), format_exact(self.maximum)
            raise ValueError(text.format(name=name, low=low, high=high, value=format_exact(number)))
        return int(number) if self.integer else number


#: What :meth:`Hyperparameter.expected` says, by requirement and whole numbers or not.
_EXPECTED = {
    ("between", False): QT_TRANSLATE_NOOP("optimizers", "a number between {low} and {high}"),
    ("greater than 0", False): QT_TRANSLATE_NOOP("optimizers", "a number greater than 0"),
    ("between", True): QT_TRANSLATE_NOOP("optimizers", "a whole number between {low} and {high}"),
    ("at least", True): QT_TRANSLATE_NOOP("optimizers", "a whole number of at least {low}"),
    ("at most", True): QT_TRANSLATE_NOOP("optimizers", "a whole number of at most {high}"),
}
#: What :meth:`Hyperparameter.check` says of a value out of its range, by requirement.
_OUT_OF_RANGE = {
    "between": QT_TRANSLATE_NOOP(
        "optimizers", "{name} must be between {low} and {high} (got {value})"
    ),
    "greater than 0": QT_TRANSLATE_NOOP(
        "optimizers", "{name} must be greater than 0 (got {value})"
    ),
    "at least": QT_TRANSLATE_NOOP("optimizers", "{name} must be at least {low} (got {value})"),
    "at most": QT_TRANSLATE_NOOP("optimizers", "{name} must be at most {high} (got {value})"),
}


_FRACTION_MAX = 0.999999

LEARNING_RATE = Hyperparameter(
    "learning_rate",
    QT_TRANSLATE_NOOP("optimizers", "Learning rate η"),
    "η",
    noun=QT_TRANSLATE_NOOP("optimizers", "learning rate"),
    default=1e-4,
    minimum=1e-12,
    maximum=1e9,
    log_steps=True,
    tooltip=QT_TRANSLATE_NOOP(
        "optimizers",
        "Step size η: how far each step moves against the gradient.\n"
        "Type 0.0001 or 1e-4; the arrow keys step 1, 2, 5, 10, …",
    ),
    cli_aliases=("--lr",),
)

MOMENTUM = Hyperparameter(
    "momentum",
    QT_TRANSLATE_NOOP("optimizers", "Momentum μ"),
    "μ",
    noun=QT_TRANSLATE_NOOP("optimizers", "momentum"),
    default=0.9,
    minimum=0.0,
    maximum=_FRACTION_MAX,
    step=0.05,
    tooltip=QT_TRANSLATE_NOOP(
        "optimizers", "Momentum μ: the share of the velocity kept from step to step (0 to below 1)"
    ),
)

B1 = Hyperparameter(
    "b1",
    "β₁",
    "β₁",
    default=0.9,
    minimum=0.0,
    maximum=_FRACTION_MAX,
    step=0.01,
    tooltip=QT_TRANSLATE_NOOP("optimizers", "β₁: decay of the running mean of gradients"),
    cli_flag="--beta1",
)

B2 = Hyperparameter(
    "b2",
    "β₂",
    "β₂",
    default=0.999,
    minimum=0.0,
    maximum=_FRACTION_MAX,
    step=0.001,
    tooltip=QT_TRANSLATE_NOOP("optimizers", "β₂: decay of the running mean of squared gradients"),
    cli_flag="--beta2",
)

DECAY = Hyperparameter(
    "decay",
    QT_TRANSLATE_NOOP("optimizers", "Decay ρ"),
    "ρ",
    noun=QT_TRANSLATE_NOOP("optimizers", "decay"),
    default=0.9,
    minimum=0.0,
    maximum=_FRACTION_MAX,
    step=0.01,
    tooltip=QT_TRANSLATE_NOOP(
        "optimizers", "Decay ρ: how slowly the running mean of squared gradients forgets"
    ),
)

EPS = Hyperparameter(
    "eps",
    QT_TRANSLATE_NOOP("optimizers", "Epsilon ε"),
    "ε",
    default=1e-8,
    minimum=1e-16,
    maximum=1.0,
    log_steps=True,
    tooltip=QT_TRANSLATE_NOOP(
        "optimizers", "ε: added to the root of the squared gradients so that no step divides by 0"
    ),
    advanced=True,
)

BATCH_SIZE = Hyperparameter(
    "batch_size",
    QT_TRANSLATE_NOOP("optimizers", "Batch size"),
    "B",
    noun=QT_TRANSLATE_NOOP("optimizers", "batch size"),
    default=10,
    minimum=1,
    maximum=1_000_000_000,
    integer=True,
    step=1,
    tooltip=QT_TRANSLATE_NOOP(
        "optimizers",
        "Points per mini-batch step, drawn in shuffled order (the seed fixes the order)",
    ),
)


# ---------------------------------------------------------------------------- the registry


class StepWriter(Protocol):
    """What a rule's step math writes on; :func:`gdviz.core.explain.explain_step` makes it.

    A rule's ``step_math(w)`` explains one step that the rule has already taken: it reads
    the gradient, the states before and after and the hyperparameters, and writes the
    quantities of the update (:meth:`term`, :meth:`scalar`) and the formulas with the
    numbers substituted, state first (:meth:`state_line`), then the new parameters
    (:meth:`update`). It computes nothing the step depends on: the new parameters are
    the ones the rule returned, so the worked step always lands where the run did.
    """

    grads: np.ndarray  # the gradient [∂E/∂b, ∂E/∂m]
    hessian: np.ndarray | None  # the 2×2 Hessian at the step's start (rules that use it)
    old_state: Any  # the rule's state before the step
    new_state: Any  # and after it
    hyperparams: Mapping[str, float]
    names: tuple[str, str]  # the parameters as written: ("b", "m"), or ("b′", "m′")

    def f(self, value: float) -> str:
        """A number as the panel shows it."""

    def p(self, value: float) -> str:
        """A number to write after an operator (a negative one in parentheses)."""

    def before(self, j: int) -> str:
        """Parameter ``j`` before the step, with the digits that show the step."""

    def term(self, symbol: str, words: str, values: np.ndarray) -> None:
        """A quantity with a value for b and one for m: ``term("v", "velocity", v)``."""

    def scalar(self, symbol: str, value: float) -> None:
        """A quantity with one value, such as Adam's step count ``t``."""

    def state_line(self, lhs: str, *steps: str) -> None:
        """A formula of the state update: ``lhs = steps[0] = steps[1] = …``."""

    def update(self, j: int, symbolic: str, substituted: str) -> None:
        """The formula of parameter ``j``'s new value (its result is added)."""


class Family(str, Enum):
    """What the stability theory can say about a rule (:mod:`gdviz.core.stability`)."""

    #: ``θ ← θ - η g``: on the full batch the Hessian's limits hold exactly (it converges
    #: for ``η < 2/λmax``); single points and small batches have steeper error surfaces.
    PLAIN = "plain"
    #: A velocity carries past gradients into each step, so a rate the Hessian calls
    #: safe may still overshoot.
    MOMENTUM = "momentum"
    #: Steps scaled by running gradient sizes: each is about ``η`` long whatever the
    #: curvature, so the Hessian's limits say nothing.
    ADAPTIVE = "adaptive"
    #: Steps from the Hessian itself (Newton, conjugate gradients): on a quadratic error
    #: they land on the optimum in a fixed number of steps, whatever its shape.
    SECOND_ORDER = "second order"


@dataclass(frozen=True)
class OptimizerSpec:
    """Everything gdviz knows about one update rule, declared once.

    Attributes
    ----------
    name, label : str
        The key (``"gd"``: lesson files, the command line) and the name shown in the
        window (``"Gradient descent (batch)"``).
    family : Family or str
        For the stability theory (``"plain"``, ``"momentum"`` or ``"adaptive"``).
    hyperparameters : tuple of Hyperparameter
        In the order the window shows them; the learning rate first. Their defaults are
        the rule's.
    factory : callable
        ``factory(**hyperparameters) -> Optimizer``, each value already checked.
    stochastic : bool
        Draws its points in shuffled order (uses the seed).
    batch_size : int or None
        Points per step when it has no ``batch_size`` hyperparameter (``None``: all).
    batch_size_fixed : bool
        Refuses any other batch size; otherwise a ``batch_size`` turns the rule into its
        mini-batch form (:func:`with_batch_size`).
    formulas : tuple of str
        The update rule in symbols, one line each (for a tooltip or a legend).
    step_math : callable, optional
        ``step_math(writer)``: the terms and formulas of one step with the numbers filled
        in (see :class:`StepWriter`). Without it a step is explained as ``θ + Δθ``.
    needs_hessian : bool
        The rule steps with the error's Hessian (the descent supplies it; a loss without
        curvature, such as the absolute error, cannot be used with it).
    exact_steps : int
        For a rule each of whose steps is its learning rate ``η`` times the step to the
        lowest point of a quadratic error along the step's direction: how many steps at
        ``η = 1`` reach the optimum from any start (Newton 1, its direction points at the
        optimum; conjugate gradients 2, one per parameter). 0 for any other rule. The
        zones of the step scale ``η`` follow from it (:mod:`gdviz.core.stability`).
    noun : str
        The rule in the middle of a sentence (``"mini-batch descent"``); default: the label.
    tooltip : str
        One or two sentences for the optimizer box.
    colour, dash : str
        How a compared run of this rule is drawn in every panel, legend and table: a hue
        of the window's colour-blind-safe palette (one of :data:`RULE_COLOURS`, which each
        theme renders in its own shade; ``"ink"`` is the theme's text colour) or a
        ``"#RRGGBB"`` colour, and a line style (one of :data:`RULE_DASHES`). The data
        points' blue, the least-squares line's green dashes and the main run's vermilion
        are taken, so a rule cannot have them. A family shares a hue; the dash tells its
        members apart.
    """

    name: str
    label: str
    family: Family | str
    hyperparameters: tuple[Hyperparameter, ...]
    factory: Callable[..., Optimizer]
    stochastic: bool = False
    batch_size: int | None = None
    batch_size_fixed: bool = False
    formulas: tuple[str, ...] = ()
    step_math: Callable[[StepWriter], None] | None = None
    needs_hessian: bool = False
    exact_steps: int = 0
    noun: str = ""
    tooltip: str = ""
    colour: str = "grey"
    dash: str = "solid"

    def __post_init__(self) -> None:
        if not self.name or self.name != self.name.strip().lower():
            raise ValueError(f"an optimizer's name is lower case, without spaces: {self.name!r}")
        _check_look(self.name, self.colour, self.dash)
        try:
            object.__setattr__(self, "family", Family(self.family))
        except ValueError:
            known = ", ".join(f.value for f in Family)
            raise ValueError(f"unknown family {self.family!r} (choose one of: {known})") from None
        hyper = tuple(self.hyperparameters)
        names = [h.name for h in hyper]
        if not names or names[0] != LEARNING_RATE.name or len(set(names)) != len(names):
            raise ValueError(
                f"{self.name}: the hyperparameters must start with the learning rate, once each"
            )
        object.__setattr__(self, "hyperparameters", hyper)
        object.__setattr__(self, "formulas", tuple(self.formulas))
        if not self.noun:
            object.__setattr__(self, "noun", self.label)

    def translated(self, field: str = "label") -> str:
        """``label``, ``noun`` or ``tooltip`` in the reader's language (the window's; the
        command line keeps the English attributes)."""
        return translate("optimizers", getattr(self, field))

    def takes(self, name: str) -> bool:
        """Whether the rule has a hyperparameter called ``name``."""
        return any(h.name == name for h in self.hyperparameters)

    def hyperparameter(self, name: str) -> Hyperparameter:
        """The rule's hyperparameter called ``name`` (``KeyError`` if it has none)."""
        for h in self.hyperparameters:
            if h.name == name:
                return h
        raise KeyError(name)

    @property
    def defaults(self) -> dict[str, float]:
        """The rule's hyperparameters at their defaults, by name."""
        return {h.name: h.default for h in self.hyperparameters}


#: The hues a rule may be drawn in (each theme has its own shade of them) besides a
#: ``"#RRGGBB"`` colour: ``"ink"`` is the theme's text colour.
RULE_COLOURS = ("ink", "orange", "purple", "sky", "grey")
#: Hues taken by other roles: the data points, the least-squares line and optimum, the
#: main run's current line.
_TAKEN_COLOURS = ("blue", "green", "vermilion")
#: Line styles a rule may be drawn with. Plain dashes are the least-squares line's.
RULE_DASHES = ("solid", "dot", "dash-dot", "dash-dot-dot")


def _check_look(name: str, colour: str, dash: str) -> None:
    """``ValueError`` unless ``colour`` and ``dash`` are a rule's own look."""
    if colour in _TAKEN_COLOURS:
        raise ValueError(
            f"{name}: {colour} is taken by the data, the least-squares line or the main run "
            f"(choose one of: {', '.join(RULE_COLOURS)}, or #RRGGBB)"
        )
    if colour not in RULE_COLOURS and not re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
        known = ", ".join(RULE_COLOURS)
        raise ValueError(f"{name}: unknown colour {colour!r} (choose one of: {known}, or #RRGGBB)")
    if dash not in RULE_DASHES:
        known = ", ".join(RULE_DASHES)
        raise ValueError(f"{name}: unknown line style {dash!r} (choose one of: {known})")


_REGISTRY: dict[str, OptimizerSpec] = {}

#: The rule of a fresh window, a lesson's default and ``gdviz fit``'s: the tutorial's.
DEFAULT_OPTIMIZER = "gd"


def register(spec: OptimizerSpec) -> None:
    """Add a rule to the registry (after the ones there).

    Raises
    ------
    ValueError
        If a rule of that name is registered, or a hyperparameter it shares with another
        rule has another range there (a value must mean the same in every input).
    """
    if spec.name in _REGISTRY:
        raise ValueError(f"an optimizer called {spec.name!r} is already registered")
    shared = {h.name: h for h in all_hyperparameters()}
    for h in spec.hyperparameters:
        other = shared.get(h.name)
        if other is not None and (h.minimum, h.maximum, h.integer) != (
            other.minimum,
            other.maximum,
            other.integer,
        ):
            raise ValueError(f"{spec.name}: {h.words} has another range than in other rules")
    _REGISTRY[spec.name] = spec


def unregister(name: str) -> None:
    """Remove a rule from the registry (``ValueError`` if there is none of that name)."""
    _REGISTRY.pop(optimizer_spec(name).name)


def optimizer_spec(name: str) -> OptimizerSpec:
    """The registered rule called ``name`` (any case, surrounding spaces ignored).

    Raises
    ------
    ValueError
        ``"unknown optimizer 'x' (choose one of: gd, sgd, ...)"``.
    """
    key = name.strip().lower() if isinstance(name, str) else name
    spec = _REGISTRY.get(key) if isinstance(key, str) else None
    if spec is None:
        text = translate("optimizers", "unknown optimizer {name} (choose one of: {known})")
        raise ValueError(text.format(name=repr(name), known=", ".join(_REGISTRY)))
    return spec


def optimizer_specs() -> tuple[OptimizerSpec, ...]:
    """Every registered rule, in the order registered."""
    return tuple(_REGISTRY.values())


def all_hyperparameters() -> tuple[Hyperparameter, ...]:
    """Every hyperparameter some registered rule takes, once each, in order of appearance.

    The first rule's definition stands for the name (ranges agree; defaults may not).
    """
    seen: dict[str, Hyperparameter] = {}
    for spec in _REGISTRY.values():
        for h in spec.hyperparameters:
            seen.setdefault(h.name, h)
    return tuple(seen.values())


class _Factories(Mapping):
    """The registered factories by name: a live, read-only view of the registry."""

    def __getitem__(self, name: str) -> Callable[..., Optimizer]:
        return _REGISTRY[name].factory

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(_REGISTRY))

    def __len__(self) -> int:
        return len(_REGISTRY)


#: ``{name: factory}`` of the registered rules (kept for callers of the old table).
OPTIMIZERS: Mapping[str, Callable[..., Optimizer]] = _Factories()


def make_optimizer(name: str, **hyperparams) -> Optimizer:
    """Build a registered rule, ignoring hyperparameters that it does not take.

    ``None`` values mean "use the default". A ``batch_size`` for a rule without that
    hyperparameter gives its mini-batch form, unless the rule's batch is fixed.

    Raises
    ------
    ValueError
        With a readable message for an unknown name, a value out of its range, or a
        batch size the rule cannot use.
    """
    spec = optimizer_spec(name)
    kwargs = {
        h.name: h.check(hyperparams[h.name])
        for h in spec.hyperparameters
        if hyperparams.get(h.name) is not None
    }
    optimizer = spec.factory(**kwargs)
    batch_size = hyperparams.get("batch_size")
    if batch_size is None or spec.takes("batch_size"):
        return optimizer
    batch_size = BATCH_SIZE.check(batch_size)
    if not spec.batch_size_fixed:
        return with_batch_size(optimizer, batch_size)
    if batch_size == spec.batch_size:
        return optimizer
    raise ValueError(_fixed_batch_message(spec))


def _fixed_batch_message(spec: OptimizerSpec) -> str:
    """``"gd always uses every point per step; choose minibatch to set a batch size"``."""
    if spec.batch_size is None:
        text = translate("optimizers", "{name} always uses every point per step")
    elif spec.batch_size == 1:
        text = translate("optimizers", "{name} always uses one point per step")
    else:
        text = translate("optimizers", "{name} always uses {n} points per step")
    text = text.format(name=spec.name, n=spec.batch_size)
    others = [s.name for s in _REGISTRY.values() if s.takes(BATCH_SIZE.name)]
    if not others:
        return text
    hint = translate("optimizers", "{message}; choose {names} to set a batch size")
    return hint.format(message=text, names=translate("optimizers", " or ").join(others))


def with_batch_size(optimizer: Optimizer, batch_size: int | None) -> Optimizer:
    """The same rule computing each gradient on ``batch_size`` shuffled points."""
    if batch_size is not None:
        batch_size = BATCH_SIZE.check(batch_size)
    hyper = dict(optimizer.hyperparams)
    hyper.pop("batch_size", None)
    if batch_size is not None:
        hyper["batch_size"] = batch_size
    return optimizer._replace(hyperparams=hyper, batch_size=batch_size)


def default_hyperparams(name: str) -> dict:
    """The defaults of a registered rule's hyperparameters, by name."""
    return optimizer_spec(name).defaults


def state_vector(state) -> np.ndarray:
    """An optimizer state as a flat float vector (for the history)."""
    parts = [np.asarray(field, dtype=np.float64).ravel() for field in state]
    return np.concatenate(parts) if parts else np.empty(0)


def state_from_vector(optimizer: Optimizer, vector) -> Any:
    """The optimizer state that :func:`state_vector` flattened (zero-padded input is fine)."""
    template = optimizer.init(np.zeros(2))
    vector = np.asarray(vector, dtype=np.float64)
    fields = []
    pos = 0
    for field in template:
        shape = np.shape(field)
        size = int(np.prod(shape)) if shape else 1
        chunk = vector[pos : pos + size]
        pos += size
        if isinstance(field, int):
            fields.append(round(float(chunk[0])))
        else:
            fields.append(chunk.reshape(shape).copy())
    return type(template)(*fields)


# ---------------------------------------------------------------------------- plain rules


def _plain(name: str, learning_rate: float, batch_size: int | None) -> Optimizer:
    lr = LEARNING_RATE.check(learning_rate)

    def init(params: np.ndarray) -> EmptyState:
        return EmptyState()

    def update(grads, state, params):
        return -lr * grads, state

    def update_floats(grad_b: float, grad_m: float) -> tuple[float, float]:
        return -lr * grad_b, -lr * grad_m

    hyper = {"learning_rate": lr}
    if batch_size is not None:
        hyper["batch_size"] = batch_size
    return Optimizer(name, init, update, hyper, batch_size, update_floats)


def gd(learning_rate: float = 1e-4) -> Optimizer:
    """Batch gradient descent on all points: ``θ ← θ - η ∇E(θ)``."""
    return _plain("gd", learning_rate, None)


def sgd(learning_rate: float = 1e-4) -> Optimizer:
    """Stochastic gradient descent: one point per step, points in shuffled epochs.

    ``θ ← θ - η ∇E_i(θ)`` with ``E_i`` the squared error of point ``i``.
    """
    return _plain("sgd", learning_rate, 1)


def minibatch(learning_rate: float = 1e-4, batch_size: int = 10) -> Optimizer:
    """Mini-batch gradient descent: ``θ ← θ - η ∇E_B(θ)`` on ``batch_size`` shuffled points."""
    return _plain("minibatch", learning_rate, BATCH_SIZE.check(batch_size))


def _plain_math(w: StepWriter) -> None:
    """``b_new = b − η ∂E/∂b``, and the same for m: no state."""
    lr = w.hyperparams["learning_rate"]
    for j, c in enumerate(w.names):
        w.update(j, f"{c} − η ∂E/∂{c}", f"{w.before(j)} − {w.f(lr)} × {w.p(w.grads[j])}")


register(
    OptimizerSpec(
        "gd",
        QT_TRANSLATE_NOOP("optimizers", "Gradient descent (batch)"),
        Family.PLAIN,
        (LEARNING_RATE,),
        gd,
        batch_size_fixed=True,
        formulas=("θ ← θ − η ∇E(θ)",),
        step_math=_plain_math,
        noun=QT_TRANSLATE_NOOP("optimizers", "gradient descent"),
        tooltip=QT_TRANSLATE_NOOP(
            "optimizers", "Each step follows the gradient of the error over all the points."
        ),
        colour="ink",
        dash="solid",
    )
)

register(
    OptimizerSpec(
        "sgd",
        QT_TRANSLATE_NOOP("optimizers", "Stochastic (one point)"),
        Family.PLAIN,
        (LEARNING_RATE,),
        sgd,
        stochastic=True,
        batch_size=1,
        batch_size_fixed=True,
        formulas=("θ ← θ − η ∇E_i(θ)",),
        step_math=_plain_math,
        noun=QT_TRANSLATE_NOOP("optimizers", "stochastic gradient descent"),
        tooltip=QT_TRANSLATE_NOOP(
            "optimizers",
            "Each step follows the gradient of one point's error, "
            "the points taken in shuffled order.",
        ),
        colour="ink",
        dash="dot",
    )
)

register(
    OptimizerSpec(
        "minibatch",
        QT_TRANSLATE_NOOP("optimizers", "Mini-batch"),
        Family.PLAIN,
        (LEARNING_RATE, BATCH_SIZE),
        minibatch,
        stochastic=True,
        formulas=("θ ← θ − η ∇E_B(θ)",),
        step_math=_plain_math,
        noun=QT_TRANSLATE_NOOP("optimizers", "mini-batch descent"),
        tooltip=QT_TRANSLATE_NOOP(
            "optimizers",
            "Each step follows the gradient over a batch of B points, "
            "the points taken in shuffled order.",
        ),
        colour="ink",
        dash="dash-dot",
    )
)


# ---------------------------------------------------------------------------- momentum rules


def momentum(learning_rate: float = 1e-4, momentum: float = 0.9) -> Optimizer:
    """Heavy-ball momentum: ``v ← μ v + ∇E``, ``θ ← θ - η v``."""
    lr = LEARNING_RATE.check(learning_rate)
    mu = MOMENTUM.check(momentum)

    def init(params):
        return VelocityState(np.zeros_like(params))

    def update(grads, state, params):
        velocity = mu * state.velocity + grads
        return -lr * velocity, VelocityState(velocity)

    return Optimizer("momentum", init, update, {"learning_rate": lr, "momentum": mu})


def nesterov(learning_rate: float = 1e-4, momentum: float = 0.9) -> Optimizer:
    """Nesterov momentum: ``v ← μ v + ∇E``, ``θ ← θ - η (∇E + μ v)``.

    This is the look-ahead written at the current point (as in optax and PyTorch).
    """
    lr = LEARNING_RATE.check(learning_rate)
    mu = MOMENTUM.check(momentum)

    def init(params):
        return VelocityState(np.zeros_like(params))

    def update(grads, state, params):
        velocity = mu * state.velocity + grads
        return -lr * (grads + mu * velocity), VelocityState(velocity)

    return Optimizer("nesterov", init, update, {"learning_rate": lr, "momentum": mu})


def _velocity_math(w: StepWriter) -> tuple[float, np.ndarray]:
    """The velocity of both momentum rules, ``v ← μ v + ∇E``; returns ``(μ, v)``."""
    mu = w.hyperparams["momentum"]
    v_old, v = w.old_state.velocity, w.new_state.velocity
    w.term("v_old", "velocity before the step", v_old)
    w.term("v", "velocity", v)
    for j, c in enumerate(w.names):
        w.state_line(
            f"v_{c}",
            f"μ v_{c},old + ∂E/∂{c}",
            f"{w.f(mu)} × {w.p(v_old[j])} + {w.p(w.grads[j])}",
            w.f(v[j]),
        )
    return mu, v


def _momentum_math(w: StepWriter) -> None:
    """``v_b = μ v_b,old + ∂E/∂b``, ``b_new = b − η v_b``, and the same for m."""
    lr = w.hyperparams["learning_rate"]
    _mu, v = _velocity_math(w)
    for j, c in enumerate(w.names):
        w.update(j, f"{c} − η v_{c}", f"{w.before(j)} − {w.f(lr)} × {w.p(v[j])}")


def _nesterov_math(w: StepWriter) -> None:
    """``v_b = μ v_b,old + ∂E/∂b``, ``b_new = b − η (∂E/∂b + μ v_b)``, and the same for m."""
    lr = w.hyperparams["learning_rate"]
    mu, v = _velocity_math(w)
    w.term("g + μv", "look-ahead step direction", w.grads + mu * v)
    for j, c in enumerate(w.names):
        w.update(
            j,
            f"{c} − η (∂E/∂{c} + μ v_{c})",
            f"{w.before(j)} − {w.f(lr)} × ({w.f(w.grads[j])} + {w.f(mu)} × {w.p(v[j])})",
        )


register(
    OptimizerSpec(
        "momentum",
        QT_TRANSLATE_NOOP("optimizers", "Momentum"),
        Family.MOMENTUM,
        (LEARNING_RATE, MOMENTUM),
        momentum,
        formulas=("v ← μ v + ∇E", "θ ← θ − η v"),
        step_math=_momentum_math,
        noun=QT_TRANSLATE_NOOP("optimizers", "momentum"),
        tooltip=QT_TRANSLATE_NOOP(
            "optimizers", "Steps build up speed along directions the gradient keeps pointing to."
        ),
        colour="purple",
        dash="solid",
    )
)

register(
    OptimizerSpec(
        "nesterov",
        QT_TRANSLATE_NOOP("optimizers", "Nesterov momentum"),
        Family.MOMENTUM,
        (LEARNING_RATE, MOMENTUM),
        nesterov,
        formulas=("v ← μ v + ∇E", "θ ← θ − η (∇E + μ v)"),
        step_math=_nesterov_math,
        noun=QT_TRANSLATE_NOOP("optimizers", "Nesterov momentum"),
        tooltip=QT_TRANSLATE_NOOP(
            "optimizers", "Momentum that looks one step ahead, so it overshoots less."
        ),
        colour="purple",
        dash="dash-dot",
    )
)


# ---------------------------------------------------------------------------- adaptive rules


def adagrad(learning_rate: float = 0.01, eps: float = 1e-8) -> Optimizer:
    """AdaGrad: ``G ← G + g²``, ``θ ← θ - η g / (√G + ε)``."""
    lr = LEARNING_RATE.check(learning_rate)
    eps = EPS.check(eps)

    def init(params):
        return AccumulatorState(np.zeros_like(params))

    def update(grads, state, params):
        sum_sq = state.sum_sq + grads * grads
        return -lr * grads / (np.sqrt(sum_sq) + eps), AccumulatorState(sum_sq)

    return Optimizer("adagrad", init, update, {"learning_rate": lr, "eps": eps})


def _adagrad_math(w: StepWriter) -> None:
    """``G_b = G_b,old + (∂E/∂b)²``, ``b_new = b − η ∂E/∂b / (√G_b + ε)``, and for m."""
    lr, eps = w.hyperparams["learning_rate"], w.hyperparams["eps"]
    g, big_g_old, big_g = w.grads, w.old_state.sum_sq, w.new_state.sum_sq
    w.term("G_old", "sum of squared gradients before the step", big_g_old)
    w.term("G", "sum of squared gradients", big_g)
    for j, c in enumerate(w.names):
        w.state_line(
            f"G_{c}",
            f"G_{c},old + (∂E/∂{c})²",
            f"{w.f(big_g_old[j])} + {w.p(g[j])}²",
            w.f(big_g[j]),
        )
    for j, c in enumerate(w.names):
        w.update(
            j,
            f"{c} − η ∂E/∂{c} / (√G_{c} + ε)",
            f"{w.before(j)} − {w.f(lr)} × {w.p(g[j])} / (√{w.f(big_g[j])} + {w.f(eps)})",
        )


register(
    OptimizerSpec(
        "adagrad",
        QT_TRANSLATE_NOOP("optimizers", "AdaGrad"),
        Family.ADAPTIVE,
        (LEARNING_RATE.with_default(0.01), EPS),
        adagrad,
        formulas=("G ← G + g²", "θ ← θ − η g / (√G + ε)"),
        step_math=_adagrad_math,
        tooltip=QT_TRANSLATE_NOOP(
            "optimizers", "Each parameter's steps shrink with the sum of its squared gradients."
        ),
        colour="orange",
        dash="dot",
    )
)


def rmsprop(learning_rate: float = 1e-3, decay: float = 0.9, eps: float = 1e-8) -> Optimizer:
    """RMSProp: ``s ← ρ s + (1-ρ) g²``, ``θ ← θ - η g / (√s + ε)``."""
    lr = LEARNING_RATE.check(learning_rate)
    rho = DECAY.check(decay)
    eps = EPS.check(eps)

    def init(params):
        return AccumulatorState(np.zeros_like(params))

    def update(grads, state, params):
        mean_sq = rho * state.sum_sq + (1.0 - rho) * grads * grads
        return -lr * grads / (np.sqrt(mean_sq) + eps), AccumulatorState(mean_sq)

    return Optimizer("rmsprop", init, update, {"learning_rate": lr, "decay": rho, "eps": eps})


def _rmsprop_math(w: StepWriter) -> None:
    """``s_b = ρ s_b,old + (1 − ρ)(∂E/∂b)²``, ``b_new = b − η ∂E/∂b / (√s_b + ε)``, and for m."""
    lr, rho, eps = (w.hyperparams[k] for k in ("learning_rate", "decay", "eps"))
    g, s_old, s = w.grads, w.old_state.sum_sq, w.new_state.sum_sq
    w.term("s_old", "running mean of squared gradients before the step", s_old)
    w.term("s", "running mean of squared gradients", s)
    for j, c in enumerate(w.names):
        w.state_line(
            f"s_{c}",
            f"ρ s_{c},old + (1 − ρ)(∂E/∂{c})²",
            f"{w.f(rho)} × {w.p(s_old[j])} + {w.f(1.0 - rho)} × {w.p(g[j])}²",
            w.f(s[j]),
        )
    for j, c in enumerate(w.names):
        w.update(
            j,
            f"{c} − η ∂E/∂{c} / (√s_{c} + ε)",
            f"{w.before(j)} − {w.f(lr)} × {w.p(g[j])} / (√{w.f(s[j])} + {w.f(eps)})",
        )


register(
    OptimizerSpec(
        "rmsprop",
        QT_TRANSLATE_NOOP("optimizers", "RMSProp"),
        Family.ADAPTIVE,
        (LEARNING_RATE.with_default(1e-3), DECAY, EPS),
        rmsprop,
        formulas=("s ← ρ s + (1 − ρ) g²", "θ ← θ − η g / (√s + ε)"),
        step_math=_rmsprop_math,
        tooltip=QT_TRANSLATE_NOOP(
            "optimizers",
            "Each parameter's steps are scaled by a running mean of its squared gradients.",
        ),
        colour="orange",
        dash="dash-dot",
    )
)


def adam(
    learning_rate: float = 1e-3, b1: float = 0.9, b2: float = 0.999, eps: float = 1e-8
) -> Optimizer:
    """Adam with bias correction.

    ``m ← β₁ m + (1-β₁) g``, ``v ← β₂ v + (1-β₂) g²``, ``m̂ = m/(1-β₁ᵗ)``, ``v̂ = v/(1-β₂ᵗ)``,
    ``θ ← θ - η m̂ / (√v̂ + ε)``.
    """
    lr = LEARNING_RATE.check(learning_rate)
    b1 = B1.check(b1)
    b2 = B2.check(b2)
    eps = EPS.check(eps)

    def init(params):
        return MomentsState(0, np.zeros_like(params), np.zeros_like(params))

    def update(grads, state, params):
        count = state.count + 1
        mu = b1 * state.mu + (1.0 - b1) * grads
        nu = b2 * state.nu + (1.0 - b2) * grads * grads
        mu_hat = mu / (1.0 - b1**count)
        nu_hat = nu / (1.0 - b2**count)
        return -lr * mu_hat / (np.sqrt(nu_hat) + eps), MomentsState(count, mu, nu)

    hyper = {"learning_rate": lr, "b1": b1, "b2": b2, "eps": eps}
    return Optimizer("adam", init, update, hyper)


def _adam_math(w: StepWriter) -> None:
    """The step count and bias corrections, then per parameter
    ``μ_b = β₁ μ_b,old + (1 − β₁) ∂E/∂b``, ``ν_b = β₂ ν_b,old + (1 − β₂)(∂E/∂b)²``,
    ``μ_b,corr = μ_b / (1 − β₁ᵗ)``, ``ν_b,corr = ν_b / (1 − β₂ᵗ)`` and
    ``b_new = b − η μ_b,corr / (√ν_b,corr + ε)``."""
    lr, b1, b2, eps = (w.hyperparams[k] for k in ("learning_rate", "b1", "b2", "eps"))
    g, old, new = w.grads, w.old_state, w.new_state
    t = new.count
    c1, c2 = 1.0 - b1**t, 1.0 - b2**t  # as the rule computes them
    mu_hat, nu_hat = new.mu / c1, new.nu / c2
    for symbol, value in (("t", float(t)), ("1 − β₁ᵗ", c1), ("1 − β₂ᵗ", c2)):
        w.scalar(symbol, value)
    w.term("μ_old", "running mean of gradients before the step", old.mu)
    w.term("ν_old", "running mean of squared gradients before the step", old.nu)
    w.term("μ", "running mean of gradients", new.mu)
    w.term("ν", "running mean of squared gradients", new.nu)
    w.term("μ_corr", "bias-corrected mean of gradients", mu_hat)
    w.term("ν_corr", "bias-corrected mean of squared gradients", nu_hat)
    w.state_line("t", f"{old.count} + 1", str(t))
    w.state_line("1 − β₁ᵗ", f"1 − {w.f(b1)}^{t}", w.f(c1))
    w.state_line("1 − β₂ᵗ", f"1 − {w.f(b2)}^{t}", w.f(c2))
    for j, c in enumerate(w.names):
        w.state_line(
            f"μ_{c}",
            f"β₁ μ_{c},old + (1 − β₁) ∂E/∂{c}",
            f"{w.f(b1)} × {w.p(old.mu[j])} + {w.f(1.0 - b1)} × {w.p(g[j])}",
            w.f(new.mu[j]),
        )
        w.state_line(
            f"ν_{c}",
            f"β₂ ν_{c},old + (1 − β₂)(∂E/∂{c})²",
            f"{w.f(b2)} × {w.p(old.nu[j])} + {w.f(1.0 - b2)} × {w.p(g[j])}²",
            w.f(new.nu[j]),
        )
    for j, c in enumerate(w.names):
        w.state_line(
            f"μ_{c},corr", f"μ_{c} / (1 − β₁ᵗ)", f"{w.f(new.mu[j])} / {w.f(c1)}", w.f(mu_hat[j])
        )
        w.state_line(
            f"ν_{c},corr", f"ν_{c} / (1 − β₂ᵗ)", f"{w.f(new.nu[j])} / {w.f(c2)}", w.f(nu_hat[j])
        )
        w.update(
            j,
            f"{c} − η μ_{c},corr / (√ν_{c},corr + ε)",
            f"{w.before(j)} − {w.f(lr)} × {w.p(mu_hat[j])} / (√{w.f(nu_hat[j])} + {w.f(eps)})",
        )


register(
    OptimizerSpec(
        "adam",
        QT_TRANSLATE_NOOP("optimizers", "Adam"),
        Family.ADAPTIVE,
        (LEARNING_RATE.with_default(1e-3), B1, B2, EPS),
        adam,
        formulas=(
            "μ ← β₁ μ + (1 − β₁) g",
            "ν ← β₂ ν + (1 − β₂) g²",
            "θ ← θ − η μ̂ / (√ν̂ + ε),  μ̂ = μ/(1 − β₁ᵗ), ν̂ = ν/(1 − β₂ᵗ)",
        ),
        step_math=_adam_math,
        tooltip=QT_TRANSLATE_NOOP(
            "optimizers",
            "Momentum and RMSProp together, with their running means corrected for starting at 0.",
        ),
        colour="orange",
        dash="solid",
    )
)


# ---------------------------------------------------------------------------- second order


class ConjugateState(NamedTuple):
    """Conjugate gradients' memory: the last search direction, ``|g|²`` and step count."""

    direction: np.ndarray
    grad_sq: np.ndarray  # [|g|²] of the last step's gradient
    count: int


def _solve2(h: np.ndarray, g: np.ndarray) -> np.ndarray:
    """``H⁻¹ g`` for a 2×2 ``H`` by Cramer's rule (inf or nan when H is singular)."""
    det = h[0, 0] * h[1, 1] - h[0, 1] * h[1, 0]
    return np.array((h[1, 1] * g[0] - h[0, 1] * g[1], h[0, 0] * g[1] - h[1, 0] * g[0])) / det


def _line_step(grads: np.ndarray, direction: np.ndarray, hessian: np.ndarray) -> float:
    """``α = −gᵀd / dᵀHd``, the exact minimiser along ``d`` of the quadratic; 0 when the
    gradient (and so the direction) is 0: at the optimum there is nowhere to go."""
    curvature = float(direction @ hessian @ direction)
    if curvature == 0.0 and not np.any(grads):
        return 0.0
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.float64(-float(grads @ direction)) / np.float64(curvature))


def newton(learning_rate: float = 1.0) -> Optimizer:
    """Newton's method: ``θ ← θ − η H⁻¹ ∇E(θ)``.

    With ``η = 1`` it lands on the optimum of a quadratic error (the MSE, with or without
    ridge) in one step. ``H`` is the error's Hessian at ``θ``, supplied by the descent;
    a singular one gives a non-finite step, which the descent reports as divergence.
    """
    lr = LEARNING_RATE.check(learning_rate)

    def init(params):
        return EmptyState()

    def update(grads, state, params, hessian):
        return -lr * _solve2(hessian, grads), state

    return Optimizer("newton", init, update, {"learning_rate": lr}, needs_hessian=True)


def cg(learning_rate: float = 1.0) -> Optimizer:
    """Conjugate gradients (Fletcher–Reeves) with an exact line search on the quadratic.

    ``d ← −g + β d_old`` with ``β = |g|²/|g_old|²`` (``β = 0`` on the first step and every
    second step after: two parameters, so it restarts), ``α = −gᵀd / dᵀHd`` (the exact
    minimiser along ``d`` of the quadratic with Hessian ``H``), ``θ ← θ + η α d``. With
    ``η = 1`` it reaches the optimum of a quadratic error in two steps.
    """
    lr = LEARNING_RATE.check(learning_rate)

    def init(params):
        return ConjugateState(np.zeros_like(params), np.zeros(1), 0)

    def update(grads, state, params, hessian):
        g_sq = float(grads @ grads)
        restart = state.count % 2 == 0 or not state.grad_sq[0] > 0
        beta = 0.0 if restart else g_sq / float(state.grad_sq[0])
        direction = -grads + beta * state.direction
        alpha = _line_step(grads, direction, hessian)
        new = ConjugateState(direction, np.array([g_sq]), state.count + 1)
        return lr * alpha * direction, new

    return Optimizer("cg", init, update, {"learning_rate": lr}, needs_hessian=True)


def _newton_math(w: StepWriter) -> None:
    """``H``, its determinant, ``H⁻¹∇E`` and ``b_new = b − η (H⁻¹∇E)_b``, and for m."""
    lr = w.hyperparams["learning_rate"]
    h = w.hessian
    det = h[0, 0] * h[1, 1] - h[0, 1] * h[1, 0]
    solved = _solve2(h, w.grads)  # as the rule computes it
    w.term("H_·b", "Hessian, first column", h[:, 0])
    w.term("H_·m", "Hessian, second column", h[:, 1])
    w.scalar("det H", det)
    w.term("H⁻¹∇E", "Newton direction (before the minus sign)", solved)
    g, (b, m) = w.grads, w.names
    w.state_line(
        "det H",
        f"H_{b}{b} H_{m}{m} − H_{b}{m}²",
        f"{w.f(h[0, 0])} × {w.f(h[1, 1])} − {w.p(h[0, 1])}²",
        w.f(det),
    )
    w.state_line(
        f"(H⁻¹∇E)_{b}",
        f"(H_{m}{m} ∂E/∂{b} − H_{b}{m} ∂E/∂{m}) / det H",
        f"({w.f(h[1, 1])} × {w.p(g[0])} − {w.p(h[0, 1])} × {w.p(g[1])}) / {w.p(det)}",
        w.f(solved[0]),
    )
    w.state_line(
        f"(H⁻¹∇E)_{m}",
        f"(H_{b}{b} ∂E/∂{m} − H_{b}{m} ∂E/∂{b}) / det H",
        f"({w.f(h[0, 0])} × {w.p(g[1])} − {w.p(h[0, 1])} × {w.p(g[0])}) / {w.p(det)}",
        w.f(solved[1]),
    )
    for j, c in enumerate(w.names):
        w.update(j, f"{c} − η (H⁻¹∇E)_{c}", f"{w.before(j)} − {w.f(lr)} × {w.p(solved[j])}")


def _cg_math(w: StepWriter) -> None:
    """``β``, ``d = −∇E + β d_old``, ``α = −∇E·d / dᵀHd`` and ``b_new = b + η α d_b``."""
    lr = w.hyperparams["learning_rate"]
    old, new = w.old_state, w.new_state
    h = w.hessian
    d, g = new.direction, w.grads
    restart = old.count % 2 == 0 or not old.grad_sq[0] > 0
    beta = 0.0 if restart else float(new.grad_sq[0]) / float(old.grad_sq[0])
    slope = float(g @ d)
    curvature = float(d @ h @ d)
    alpha = _line_step(g, d, h)
    w.term("d_old", "previous search direction", old.direction)
    w.term("d", "search direction", d)
    w.scalar("β", beta)
    w.scalar("α", alpha)
    if restart:
        w.state_line("β", "0 (a fresh start: first step, or every second one)", w.f(0.0))
    else:
        w.state_line(
            "β", "|∇E|² / |∇E_old|²", f"{w.f(new.grad_sq[0])} / {w.f(old.grad_sq[0])}", w.f(beta)
        )
    for j, c in enumerate(w.names):
        w.state_line(
            f"d_{c}",
            f"−∂E/∂{c} + β d_{c},old",
            f"−{w.p(g[j])} + {w.f(beta)} × {w.p(old.direction[j])}",
            w.f(d[j]),
        )
    w.state_line("α", "−∇E·d / dᵀHd", f"−{w.p(slope)} / {w.p(curvature)}", w.f(alpha))
    for j, c in enumerate(w.names):
        w.update(j, f"{c} + η α d_{c}", f"{w.before(j)} + {w.f(lr)} × {w.p(alpha)} × {w.p(d[j])}")


register(
    OptimizerSpec(
        "newton",
        QT_TRANSLATE_NOOP("optimizers", "Newton's method"),
        Family.SECOND_ORDER,
        (LEARNING_RATE.with_default(1.0),),
        newton,
        batch_size_fixed=True,
        formulas=("θ ← θ − η H⁻¹ ∇E(θ)",),
        step_math=_newton_math,
        needs_hessian=True,
        exact_steps=1,
        noun=QT_TRANSLATE_NOOP("optimizers", "Newton's method"),
        tooltip=QT_TRANSLATE_NOOP(
            "optimizers",
            "Each step jumps to the bottom of the bowl the curvature predicts: "
            "one step on the squared error.",
        ),
        colour="sky",
        dash="solid",
    )
)

register(
    OptimizerSpec(
        "cg",
        QT_TRANSLATE_NOOP("optimizers", "Conjugate gradient"),
        Family.SECOND_ORDER,
        (LEARNING_RATE.with_default(1.0),),
        cg,
        batch_size_fixed=True,
        formulas=("d ← −∇E + β d,  β = |∇E|²/|∇E_old|²", "θ ← θ + η α d,  α = −∇E·d / dᵀHd"),
        step_math=_cg_math,
        needs_hessian=True,
        exact_steps=2,
        noun=QT_TRANSLATE_NOOP("optimizers", "conjugate gradients"),
        tooltip=QT_TRANSLATE_NOOP(
            "optimizers",
            "Each step searches along a direction conjugate to the last one: "
            "two steps on the squared error.",
        ),
        colour="sky",
        dash="dash-dot",
    )
)

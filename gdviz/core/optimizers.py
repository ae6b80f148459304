"""Optimizers as pairs of pure functions, in the manner of optax.

Each factory returns an :class:`Optimizer` whose ``init(params)`` builds an immutable
state and whose ``update(grads, state, params)`` returns ``(updates, new_state)``; the
caller applies ``params + updates``. Nothing is mutated, so stepping back, replaying and
comparing runs need no copies. ``params`` and ``grads`` are float arrays ``[b, m]``.

Which points a gradient is computed on (all, one, or a mini-batch) is the optimizer's
``batch_size``: ``None`` for the full batch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np

__all__ = [
    "OPTIMIZERS",
    "EmptyState",
    "Optimizer",
    "adagrad",
    "adam",
    "gd",
    "make_optimizer",
    "minibatch",
    "momentum",
    "nesterov",
    "rmsprop",
    "sgd",
    "state_from_vector",
    "state_vector",
    "with_batch_size",
]


class Optimizer(NamedTuple):
    """An update rule: ``init(params) -> state``, ``update(grads, state, params)``."""

    name: str
    init: Callable[[np.ndarray], Any]
    update: Callable[[np.ndarray, Any, np.ndarray], tuple[np.ndarray, Any]]
    hyperparams: dict
    batch_size: int | None = None

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


def _check_positive(name: str, value: float) -> float:
    value = float(value)
    if not value > 0 or not np.isfinite(value):
        raise ValueError(f"{name.replace('_', ' ')} must be greater than 0 (got {value:g})")
    return value


def _check_fraction(name: str, value: float) -> float:
    value = float(value)
    if not 0 <= value < 1:
        raise ValueError(f"{name} must be at least 0 and below 1 (got {value:g})")
    return value


def _plain(name: str, learning_rate: float, batch_size: int | None) -> Optimizer:
    lr = _check_positive("learning_rate", learning_rate)

    def init(params: np.ndarray) -> EmptyState:
        return EmptyState()

    def update(grads, state, params):
        return -lr * grads, state

    hyper = {"learning_rate": lr}
    if batch_size is not None:
        hyper["batch_size"] = batch_size
    return Optimizer(name, init, update, hyper, batch_size)


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
    batch_size = int(batch_size)
    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1 (got {batch_size})")
    return _plain("minibatch", learning_rate, batch_size)


def momentum(learning_rate: float = 1e-4, momentum: float = 0.9) -> Optimizer:
    """Heavy-ball momentum: ``v ← μ v + ∇E``, ``θ ← θ - η v``."""
    lr = _check_positive("learning_rate", learning_rate)
    mu = _check_fraction("momentum", momentum)

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
    lr = _check_positive("learning_rate", learning_rate)
    mu = _check_fraction("momentum", momentum)

    def init(params):
        return VelocityState(np.zeros_like(params))

    def update(grads, state, params):
        velocity = mu * state.velocity + grads
        return -lr * (grads + mu * velocity), VelocityState(velocity)

    return Optimizer("nesterov", init, update, {"learning_rate": lr, "momentum": mu})


def adagrad(learning_rate: float = 0.01, eps: float = 1e-8) -> Optimizer:
    """AdaGrad: ``G ← G + g²``, ``θ ← θ - η g / (√G + ε)``."""
    lr = _check_positive("learning_rate", learning_rate)
    eps = _check_positive("eps", eps)

    def init(params):
        return AccumulatorState(np.zeros_like(params))

    def update(grads, state, params):
        sum_sq = state.sum_sq + grads * grads
        return -lr * grads / (np.sqrt(sum_sq) + eps), AccumulatorState(sum_sq)

    return Optimizer("adagrad", init, update, {"learning_rate": lr, "eps": eps})


def rmsprop(learning_rate: float = 1e-3, decay: float = 0.9, eps: float = 1e-8) -> Optimizer:
    """RMSProp: ``s ← ρ s + (1-ρ) g²``, ``θ ← θ - η g / (√s + ε)``."""
    lr = _check_positive("learning_rate", learning_rate)
    rho = _check_fraction("decay", decay)
    eps = _check_positive("eps", eps)

    def init(params):
        return AccumulatorState(np.zeros_like(params))

    def update(grads, state, params):
        mean_sq = rho * state.sum_sq + (1.0 - rho) * grads * grads
        return -lr * grads / (np.sqrt(mean_sq) + eps), AccumulatorState(mean_sq)

    return Optimizer("rmsprop", init, update, {"learning_rate": lr, "decay": rho, "eps": eps})


def adam(
    learning_rate: float = 1e-3, b1: float = 0.9, b2: float = 0.999, eps: float = 1e-8
) -> Optimizer:
    """Adam with bias correction.

    ``m ← β₁ m + (1-β₁) g``, ``v ← β₂ v + (1-β₂) g²``, ``m̂ = m/(1-β₁ᵗ)``, ``v̂ = v/(1-β₂ᵗ)``,
    ``θ ← θ - η m̂ / (√v̂ + ε)``.
    """
    lr = _check_positive("learning_rate", learning_rate)
    b1 = _check_fraction("b1", b1)
    b2 = _check_fraction("b2", b2)
    eps = _check_positive("eps", eps)

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


OPTIMIZERS: dict[str, Callable[..., Optimizer]] = {
    "gd": gd,
    "sgd": sgd,
    "minibatch": minibatch,
    "momentum": momentum,
    "nesterov": nesterov,
    "adagrad": adagrad,
    "rmsprop": rmsprop,
    "adam": adam,
}


def make_optimizer(name: str, **hyperparams) -> Optimizer:
    """Build an optimizer by name, ignoring hyperparameters that it does not take.

    ``None`` values mean "use the default". Raises ``ValueError`` with a readable message
    for an unknown name or a bad value.
    """
    key = name.strip().lower()
    if key not in OPTIMIZERS:
        known = ", ".join(OPTIMIZERS)
        raise ValueError(f"unknown optimizer {name!r} (choose one of: {known})")
    factory = OPTIMIZERS[key]
    accepted = factory.__code__.co_varnames[: factory.__code__.co_argcount]
    kwargs = {k: v for k, v in hyperparams.items() if k in accepted and v is not None}
    optimizer = factory(**kwargs)
    batch_size = hyperparams.get("batch_size")
    if batch_size is None or "batch_size" in accepted:
        return optimizer
    if key in ("gd", "sgd"):
        if key == "sgd" and int(batch_size) == 1:
            return optimizer
        meaning = "every point" if key == "gd" else "one point"
        raise ValueError(
            f"{key} always uses {meaning} per step; choose minibatch to set a batch size"
        )
    return with_batch_size(optimizer, batch_size)


def with_batch_size(optimizer: Optimizer, batch_size: int | None) -> Optimizer:
    """The same rule computing each gradient on ``batch_size`` shuffled points."""
    if batch_size is not None:
        batch_size = int(batch_size)
        if batch_size < 1:
            raise ValueError(f"batch size must be at least 1 (got {batch_size})")
    hyper = dict(optimizer.hyperparams)
    hyper.pop("batch_size", None)
    if batch_size is not None:
        hyper["batch_size"] = batch_size
    return optimizer._replace(hyperparams=hyper, batch_size=batch_size)


def default_hyperparams(name: str) -> dict:
    """The defaults of an optimizer's hyperparameters, by name."""
    return dict(make_optimizer(name).hyperparams)


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

"""Plain language in the core: the sentences without symbols say the same numbers as the
symbolic ones (a factor ρ kept per step is the percentage 100·ρ; the limit is 2/λmax,
computed here again from the points with numpy)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from gdviz.core import model, stability, words
from gdviz.core.objective import HUBER_DELTA, RIDGE
from gdviz.core.optimizers import optimizer_specs
from gdviz.core.settings import RunSettings

FORBIDDEN = ("λ", "ρ", "κ", "η", "∂E/∂b", "∂E/∂m", "Σ")
NUMBER = r"(\d[\d,]*(?:\.\d+)?(?:e-?\d+)?)"


@pytest.fixture(scope="module")
def tutorial(seed_xy):
    x, y = seed_xy
    hessian = 2.0 * np.array([[1.0, x.mean()], [x.mean(), np.mean(x * x)]])
    lam_min, lam_max = np.linalg.eigvalsh(hessian)
    return model.fit_statistics(x, y), float(lam_min), float(lam_max)


def number(pattern: str, text: str) -> float:
    match = re.search(pattern.replace("#", NUMBER), text)
    assert match is not None, text
    return float(match.group(1).replace(",", ""))


def no_symbols(text: str) -> None:
    assert not any(symbol in text for symbol in FORBIDDEN), text


@pytest.mark.parametrize("rate", [1e-6, 1e-4, 2e-4, 3.5e-4])
def test_the_percentage_kept_is_a_hundred_times_rho(tutorial, rate):
    stats, lam_min, lam_max = tutorial
    zone = stability.rate_zone(stats, rate)
    rho = max(abs(1 - rate * lam_min), abs(1 - rate * lam_max))
    plain = zone.caption(plain=True)
    no_symbols(plain)
    assert plain.startswith(f"{zone.name}: each step keeps at most ")
    percent = number(r"at most #% of the distance to the best line", plain)
    decimals = len(words.format_percent(rho).split(".")[1])
    assert percent == pytest.approx(100 * rho, abs=0.51 * 10**-decimals)
    assert percent < 100  # what is lost shows
    assert (
        zone.text
        == zone.caption()
        == f"{zone.name}: converges, ρ = {words.format_contraction(rho)}"
    )


def test_format_percent():
    assert words.format_percent(0.9999925) == "99.99925"
    assert words.format_percent(0.744) == "74.4"
    assert words.format_percent(1.0) == "100"
    assert words.format_percent(3.98) == "398"
    for rho in (0.991, 0.99991, 0.9999999, 0.5, 0.05):
        shown = float(words.format_percent(rho))
        assert shown == pytest.approx(100 * rho, rel=1e-2)
        assert shown < 100


def test_a_divergent_rate_in_words(tutorial):
    stats, _lam_min, lam_max = tutorial
    rate = 0.001
    growth = abs(1 - rate * lam_max)
    zone = stability.rate_zone(stats, rate)
    plain = zone.caption(plain=True)
    no_symbols(plain)
    assert number(r"grows ×# a step", plain) == pytest.approx(growth, rel=5e-3)
    assert zone.text == f"divergent: overshoots ×{stability.format_value(growth)}"
    edge = stability.rate_zone(stats, 2 / lam_max).caption(plain=True)
    assert edge == "divergent: never settles, each step keeps all of the distance"

    told = stability.divergence_explanation(stats, rate, 7, plain=True)
    no_symbols(told)
    assert number(r"above the limit # \(two divided by how steep", told) == pytest.approx(
        2 / lam_max, rel=5e-3
    )
    assert number(r"grows # times per step", told) == pytest.approx(growth, rel=5e-3)
    assert told.endswith("until iteration 7.")
    symbolic = stability.divergence_explanation(stats, rate, 7)
    assert "2/λmax = 0.000401" in symbolic and "|1 − ηλmax| = 3.98" in symbolic


def test_the_warning_before_a_run_in_words(tutorial):
    stats, lam_min, lam_max = tutorial
    warning = stability.divergence_warning(stats, 0.001, plain=True)
    no_symbols(warning)
    assert number(r"not below the limit #", warning) == pytest.approx(2 / lam_max, rel=5e-3)
    safe = number(r"; the learning rate # converges", warning)
    assert safe < 2 / lam_max and safe == stability.round_down_125(0.9 * 2 / (lam_min + lam_max))
    assert stability.divergence_warning(stats, 1e-4, plain=True) is None
    assert stability.divergence_warning(stats, 0.001).startswith("η = 0.001 is not below 2/λmax")


@pytest.mark.parametrize("spec", optimizer_specs(), ids=lambda s: s.name)
def test_every_rule_explains_a_divergence_without_symbols(tutorial, spec):
    stats = tutorial[0]
    for rate in (0.001, 5.0):
        text = stability.divergence_explanation(
            stats, rate, 3, optimizer_name=spec.name, plain=True
        )
        no_symbols(text)
        assert stability.format_value(rate) in text


def test_labels_runs_and_the_retry_button_in_words():
    for spec in optimizer_specs():
        for h in spec.hyperparameters:
            label = words.plain_label(h.label, h.symbol)
            assert label and h.symbol not in label and "₁" not in label, (h.label, label)
            no_symbols(label)
    assert words.plain_label("Learning rate η", "η") == "Learning rate"
    for h in (HUBER_DELTA, RIDGE):
        assert h.symbol not in words.plain_label(h.label, h.symbol)
    run = RunSettings().with_optimizer("momentum")
    rate = words.format_number(run.learning_rate, 6)
    assert words.run_label(run) == f"momentum η={rate}"
    assert words.run_label(run, plain=True) == f"momentum, learning rate {rate}"
    # the rule in words, never its key ("gd")
    assert words.run_label(RunSettings()) == "gradient descent η=0.0001"
    assert words.run_label(RunSettings().with_optimizer("cg")).startswith("conjugate gradients")
    assert words.retry_label(0.0002) == "Retry with η = 0.0002"
    assert words.retry_label(0.0002, plain=True) == "Retry with learning rate 0.0002"
    for symbol, said in words.SYMBOL_WORDS.items():
        no_symbols(said)
        assert said and symbol not in said

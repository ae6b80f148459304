"""Shared fixtures: the tutorial's data set, read from ``../shared/seed``."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"

#: The tutorial's published numbers (../shared/seed/README.md).
TUTORIAL = {
    "b": 0.08893651993741346,
    "m": 1.4777440851894448,
    "error": 112.61481011613473,
    "initial_error": 5565.107834483211,
    "b_star": 7.9910209822703955,
    "m_star": 1.3224310227553597,
    "mse_star": 110.25738346621318,
}


def write_csv(path, x, y):
    lines = ["x,y", *(f"{float(a)!r},{float(b)!r}" for a, b in zip(x, y, strict=True))]
    path.write_text("\n".join(lines) + "\n")
    return path


def seed_dir() -> Path:
    return Path(os.environ.get("GDVIZ_SEED_DIR", REPO.parent / "shared" / "seed"))


@pytest.fixture(scope="session")
def seed_csv() -> Path:
    """Path of the tutorial's data.csv; fails (not skips) when GDVIZ_REQUIRE_SEED is set."""
    path = seed_dir() / "data.csv"
    if not path.is_file():
        if os.environ.get("GDVIZ_REQUIRE_SEED"):
            pytest.fail(f"the tutorial's data set is missing: {path}")
        pytest.skip(f"the tutorial's data set is not at {path}")
    return path


@pytest.fixture(scope="session")
def seed_xy(seed_csv):
    data = np.loadtxt(seed_csv, delimiter=",")
    return data[:, 0].copy(), data[:, 1].copy()

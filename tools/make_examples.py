"""Write the example data sets shipped in ``data/`` (fixed seed: the files never change).

Run ``python tools/make_examples.py`` from the repository root to regenerate them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent.parent / "data"
SEED = 20261126


def _write(name: str, header: str, x: np.ndarray, y: np.ndarray, comment: str) -> None:
    lines = [f"# {comment}", header]
    lines += [f"{a:.6g},{b:.6g}" for a, b in zip(x, y, strict=True)]
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    rng = np.random.default_rng(SEED)

    # The tutorial's own data ships as tutorial.csv (not generated here). These draws once
    # made a look-alike of it; they stay so that the files below keep their values.
    hours = rng.uniform(20.0, 72.0, 100)
    rng.normal(0.0, 10.5, hours.size)

    # A small, clean set with one student far off the trend.
    hours = rng.uniform(25.0, 65.0, 30)
    score = 10.0 + 1.25 * hours + rng.normal(0.0, 5.0, hours.size)
    hours = np.append(hours, 68.0)
    score = np.append(score, 22.0)
    _write(
        "outlier.csv",
        "hours,score",
        hours,
        score,
        "30 students and one outlier (the last row): watch it pull the line",
    )

    # Years as x: a large offset that makes plain descent crawl unless x is normalised.
    year = np.arange(1980.0, 2025.0)
    anomaly = -0.35 + 0.019 * (year - 1980.0) + rng.normal(0.0, 0.09, year.size)
    _write(
        "temperature_by_year.csv",
        "year,anomaly",
        year,
        anomaly,
        "year (x) and temperature anomaly in degrees C (y); try Normalise",
    )

    # Five points: few enough to follow every sum by hand.
    x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    y = np.array([2.1, 3.9, 6.2, 7.8, 10.1])
    _write("five_points.csv", "x,y", x, y, "five points to follow by hand")


if __name__ == "__main__":
    main()

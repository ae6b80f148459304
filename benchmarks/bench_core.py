"""Per-iteration cost and CSV loading, against the tutorial's way, measured in one run.

    .venv/bin/python benchmarks/bench_core.py [--rows 1000000]

Prints, for n = 100 and n = 1,000,000: seconds per full-batch iteration of the tutorial's
per-point Python loop and of gdviz's sufficient-statistics step, and their ratio; then the
time to load a two-column CSV with ``numpy.genfromtxt`` (the tutorial's loader) and with
gdviz's loader, and their ratio, and ``pandas.read_csv`` on the same file (gdviz reads
clean files with pandas' parser: target at most 1.25x).

Then the history's memory after N iterations (N = 1e5, 1e6, 1e7; ``--history``): the rows
kept, the bytes of their arrays against the bound (``HISTORY_BOUND_BYTES``) and against
what keeping every row would take. With ``--trace`` also the current and peak bytes that
``tracemalloc`` saw during the run (about 13x slower).
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

from gdviz.core.data import load_dataset
from gdviz.core.descent import Descent
from gdviz.core.history import HISTORY_BOUND_BYTES, ROW_BYTES
from gdviz.core.model import fit_statistics


def tutorial_step(b, m, points, learning_rate):
    """One iteration of the tutorial's step_gradient (per-point loop)."""
    b_gradient = 0
    m_gradient = 0
    n = float(len(points))
    for i in range(len(points)):
        x = points[i, 0]
        y = points[i, 1]
        b_gradient += -(2 / n) * (y - ((m * x) + b))
        m_gradient += -(2 / n) * x * (y - ((m * x) + b))
    return b - learning_rate * b_gradient, m - learning_rate * m_gradient


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def make_points(n: int, seed: int | np.random.Generator = 0) -> tuple[np.ndarray, np.ndarray]:
    """The tutorial's kind of data: x from 20 to 70, y = 8 + 1.3 x + noise.

    ``seed`` may also be a :class:`numpy.random.Generator`, which is drawn from (and so
    advanced) rather than replaced: several calls then share one stream of numbers.
    """
    rng = np.random.default_rng(seed)
    x = rng.uniform(20, 70, n)
    return x, 8 + 1.3 * x + rng.normal(0, 10, n)


def bench_steps(n: int, rng) -> None:
    points = np.column_stack(make_points(n, rng))
    loops = 1 if n > 10_000 else 200
    tutorial = best_of(lambda: [tutorial_step(0.0, 0.0, points, 1e-4) for _ in range(loops)], 3)
    tutorial /= loops
    t0 = time.perf_counter()
    stats = fit_statistics(points[:, 0], points[:, 1])
    setup = time.perf_counter() - t0
    descent = Descent(points[:, 0], points[:, 1], stats=stats, capacity=5_001)

    def run():
        descent.reset()
        descent.step(5_000)

    ours = best_of(run, 5) / 5_000
    print(
        f"n = {n:>9,}: tutorial loop {tutorial * 1e3:10.4f} ms/iteration | gdviz "
        f"{ours * 1e6:7.2f} µs/iteration (+ {setup * 1e3:.1f} ms once for the statistics) | "
        f"ratio {tutorial / ours:,.0f}x"
    )


def bench_load(rows: int, rng) -> None:
    points = np.column_stack(make_points(rows, rng))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.csv"
        np.savetxt(path, points, delimiter=",", fmt="%.6f")
        size = path.stat().st_size / 1e6
        genfromtxt = best_of(lambda: np.genfromtxt(path, delimiter=","), 1)
        ours = best_of(lambda: load_dataset(path), 3)
        line = (
            f"load {rows:,} rows ({size:.0f} MB): numpy.genfromtxt {genfromtxt:.2f} s | "
            f"gdviz {ours:.2f} s | genfromtxt/gdviz {genfromtxt / ours:.1f}x"
        )
        import pandas as pd

        pandas = best_of(lambda: pd.read_csv(path, header=None, engine="c"), 3)
        line += f" | pandas.read_csv {pandas:.2f} s (gdviz/pandas {ours / pandas:.2f}x)"
        print(line)


def bench_history(iterations: int, trace: bool, rng) -> None:
    """Step a run to ``iterations`` in slices, taking a view after each as the window
    does (a view keeps the arrays it shows alive until the next one)."""
    x, y = make_points(100, rng)
    descent = Descent(x, y)
    if trace:
        tracemalloc.start()
    t0 = time.perf_counter()
    view = descent.view()
    while descent.iteration < iterations:
        descent.step(min(50_000, iterations - descent.iteration))
        view = descent.view()
    elapsed = time.perf_counter() - t0
    history = view.history
    line = (
        f"history after {iterations:>12,} iterations: {len(history):>9,} rows kept "
        f"(every {history.stride} after {history.limit:,}), arrays {history.nbytes / 1e6:7.1f} MB"
        f" | bound {HISTORY_BOUND_BYTES / 1e6:.0f} MB | every row kept would be "
        f"{(iterations + 1) * ROW_BYTES / 1e6:,.0f} MB | {elapsed:.1f} s"
    )
    if trace:
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        line += f" | traced now {current / 1e6:.1f} MB, peak {peak / 1e6:.1f} MB"
    print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the CSV file")
    parser.add_argument(
        "--history",
        default="1e5,1e6,1e7",
        help="iteration counts to measure the history's memory at (comma separated)",
    )
    parser.add_argument("--trace", action="store_true", help="also measure with tracemalloc")
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, numpy {np.__version__}"
    )
    rng = np.random.default_rng(0)
    for n in (100, 1_000_000):
        bench_steps(n, rng)
    bench_load(args.rows, rng)
    for count in args.history.split(","):
        bench_history(int(float(count)), args.trace, rng)


if __name__ == "__main__":
    main()

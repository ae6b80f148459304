"""Large data sets: loading, descent, the surface and memory, against what a user would
pick instead, all measured in one run.

    .venv/bin/python benchmarks/bench_large.py [--rows 1000000 2000000] [--big 10000000]
        [--repeat 9] [--quick] [--only load,descent,surface,stochastic,memory]

(``--only load,memory`` measures the loader alone, in about a minute.) Prints, each line
with the figures and their ratio:

1. loading a two-column CSV of each ``--rows`` rows (17-digit ``repr`` numbers, and short
   ``%.6f`` numbers for the first): gdviz (pandas' C parser on clean files, by ranges in
   parallel), ``pandas.read_csv`` (C engine, by the file's name), and for the first size
   ``numpy.loadtxt`` and ``numpy.genfromtxt`` (the tutorial's loader); gdviz and pandas
   alternate, best of ``--repeat`` runs each after a warm-up (target: gdviz at most
   1.25x pandas); then refusing a damaged file of as many rows (all unusable);
2. a full-batch descent step at n = 100 and n = 1,000,000 against the tutorial's
   per-point loop (from ``bench_core.py``);
3. the loss surface and contour grid at n = 100 and n = ``--big`` (statistics, not points);
4. stochastic descent at n = ``--big``: SGD steps and a mini-batch epoch, against
   scikit-learn's ``SGDRegressor`` epoch and ``numpy.linalg.lstsq``;
5. peak resident memory (in subprocesses) for loading a ``--big``-row CSV (above the
   baseline of a process that imports numpy, gdviz.core and pandas; target: at most 2x
   the raw data, 2 float64 columns) and for a descent on ``--big`` points (above the
   baseline without pandas; target: 3x).

pandas is one of gdviz's dependencies; scikit-learn is optional (``pip install
gdviz[bench]``), and its comparison is skipped with a note where it is missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import platform
import subprocess
import sys
import tempfile
import textwrap
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_core
from bench_core import best_of, make_points

from gdviz.core import data, model
from gdviz.core import surface as core_surface
from gdviz.core.descent import Descent, epoch_permutation
from gdviz.core.optimizers import minibatch, sgd

HAS_SKLEARN = importlib.util.find_spec("sklearn") is not None
MB = 1e6


def once(fn) -> float:
    return best_of(fn, 1)


def write_fixed_csv(path: Path, x: np.ndarray, y: np.ndarray, chunk: int = 1_000_000) -> None:
    """A large CSV fast: numbers as ``+0045.123456`` (fixed width, numpy arithmetic)."""
    with open(path, "wb") as stream:
        stream.write(b"x,y\n")
        for start in range(0, x.size, chunk):
            xs, ys = x[start : start + chunk], y[start : start + chunk]
            rows = np.empty((xs.size, 26), dtype=np.uint8)
            rows[:, :12] = _fixed(xs)
            rows[:, 12] = ord(",")
            rows[:, 13:25] = _fixed(ys)
            rows[:, 25] = ord("\n")
            stream.write(rows.tobytes())


def _fixed(values: np.ndarray) -> np.ndarray:
    """``values`` as 12 characters each: sign, 4 digits, point, 6 decimals."""
    scaled = np.rint(np.abs(values) * 1e6).astype(np.int64)
    out = np.empty((values.size, 12), dtype=np.uint8)
    out[:, 0] = np.where(values < 0, ord("-"), ord("+"))
    out[:, 5] = ord(".")
    columns = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11]
    for power, column in enumerate(reversed(columns)):
        out[:, column] = ord("0") + (scaled // 10**power) % 10
    return out


# ---------------------------------------------------------------------------- loading


def bench_load(rows_list: list[int], folder: Path, repeat: int) -> None:
    import pandas as pd

    code = "import time; t = time.perf_counter(); import pandas; print(time.perf_counter() - t)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    print(f"\n1. Loading two-column CSVs (gdviz and pandas alternate, best of {repeat})")
    print(f"   (importing pandas, once per program: {float(result.stdout):.2f} s)")
    for index, rows in enumerate(rows_list):
        x, y = make_points(rows, seed=1)
        files = [(folder / f"long{rows}.csv", "17-digit repr numbers")]
        files[0][0].write_text(
            "".join(f"{a!r},{b!r}\n" for a, b in zip(x.tolist(), y.tolist(), strict=True))
        )
        if index == 0:
            files.append((folder / "short.csv", "%.6f numbers"))
            np.savetxt(files[1][0], np.column_stack([x, y]), delimiter=",", fmt="%.6f")
        for path, label in files:
            bench_load_file(pd, path, f"{rows:,} rows, {label}", repeat, slow=index == 0)
            path.unlink()
    bench_refusal(rows_list[0], folder)


def bench_load_file(pd, path: Path, label: str, repeat: int, slow: bool) -> None:
    """gdviz against pandas.read_csv on one file (alternating runs), and the tutorial's
    numpy loaders once."""
    print(f"   {label}, {path.stat().st_size / MB:.0f} MB:")
    runs = {
        "pandas": lambda: pd.read_csv(path, header=None, engine="c"),
        "gdviz": lambda: data.load_dataset(path),
    }
    times = {name: [] for name in runs}
    for _ in range(repeat + 1):  # the first round is the warm-up
        for name, run in runs.items():
            t0 = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - t0)
    times = {name: min(values[1:]) for name, values in times.items()}
    if slow:
        times["loadtxt"] = once(lambda: np.loadtxt(path, delimiter=","))
        times["genfromtxt"] = once(lambda: np.genfromtxt(path, delimiter=","))
    dataset = data.load_dataset(path)
    with path.open() as stream:
        exact = [float(text) for text in stream.readline().split(",")]
    assert dataset.x[0] == exact[0] and dataset.y[0] == exact[1]
    for name, seconds in times.items():
        line = f"     {name:<12} {seconds:7.3f} s"
        if name == "gdviz":
            ratio = seconds / times["pandas"]
            verdict = "ok" if ratio <= 1.25 else "ABOVE TARGET"
            line += f"   gdviz/pandas {ratio:4.2f}x (target <= 1.25x: {verdict})"
            if "genfromtxt" in times:
                line += f"   genfromtxt/gdviz {times['genfromtxt'] / seconds:5.1f}x"
        print(line)


def bench_refusal(rows: int, folder: Path) -> None:
    """Refusing a damaged file: a header, two good rows, then rows of no numbers."""
    path = folder / "damaged.csv"
    path.write_bytes(b"x,y\n1,2\n3,4\n" + b"n/a,#VALUE!\n" * rows)
    t0 = time.perf_counter()
    message = "loaded, not refused"
    try:
        data.load_dataset(path)
    except data.DataError as error:
        message = str(error)
    seconds = time.perf_counter() - t0
    print(
        f"   a damaged file of {rows:,} unusable rows ({path.stat().st_size / MB:.0f} MB) "
        f"refused in {seconds:.3f} s: {message[:70]}..."
    )
    path.unlink()


# ---------------------------------------------------------------------------- descent


def bench_full_batch() -> None:
    print("\n2. A full-batch descent step (O(1) after one pass for the statistics)")
    rng = np.random.default_rng(0)
    for n in (100, 1_000_000):
        print("  ", end="")
        bench_core.bench_steps(n, rng)


def bench_surface(big: int) -> None:
    print("\n3. The loss surface and contour grid (80 x 80), from the statistics")
    for n in (100, big):
        x, y = make_points(n)
        t0 = time.perf_counter()
        stats = model.fit_statistics(x, y)
        stats_time = time.perf_counter() - t0
        extent = core_surface.surface_range(stats, [0.0], [0.0])

        def grid(stats=stats, extent=extent):
            core_surface.surface(stats, extent, 80)
            core_surface.log_excess(core_surface.loss_grid(stats, [0.0], [0.0]), 0.0)

        seconds = best_of(grid, 50)
        print(
            f"   n = {n:>10,}: surface {seconds * 1e3:6.3f} ms "
            f"(the statistics, once per data set: {stats_time * 1e3:7.1f} ms)"
        )
        del x, y


def bench_stochastic(big: int, quick: bool) -> None:
    print(f"\n4. Stochastic descent at n = {big:,} (no copy of the data per epoch)")
    x, y = make_points(big)
    t0 = time.perf_counter()
    perm = epoch_permutation(big, 0, 0)
    print(
        f"   one epoch's permutation: {time.perf_counter() - t0:.3f} s, {perm.nbytes / MB:.0f} MB"
    )
    del perm
    steps = 20_000 if quick else 100_000
    descent = Descent(x, y, sgd(1e-4), capacity=steps + 1)
    t0 = time.perf_counter()
    descent.step(steps)
    sgd_time = time.perf_counter() - t0
    per_step = sgd_time / steps
    print(
        f"   SGD (batch 1): {steps:,} steps in {sgd_time:.2f} s = {per_step * 1e6:.1f} µs/step; "
        f"an epoch ({big:,} steps) would take {per_step * big:.0f} s "
        f"and {big * descent.history().theta.itemsize * 15 / 1e9:.1f} GB of history"
    )
    for batch in (1000, 10_000):
        steps = math.ceil(big / batch)
        descent = Descent(x, y, minibatch(1e-4, batch), capacity=steps + 1)
        seconds = once(lambda d=descent, k=steps: d.step(k))
        print(
            f"   mini-batch {batch:>6,}: one epoch ({steps:,} steps) {seconds:6.2f} s "
            f"= {seconds / steps * 1e6:.0f} µs/step"
        )
    print("   what a user would pick instead:")
    design = np.column_stack([x, np.ones_like(x)])
    seconds = once(lambda d=design: np.linalg.lstsq(d, y, rcond=None))
    del design
    print(f"     numpy.linalg.lstsq (exact fit):          {seconds:6.2f} s")
    if HAS_SKLEARN:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.linear_model import SGDRegressor

        regressor = SGDRegressor(
            max_iter=1, tol=None, learning_rate="constant", eta0=1e-4, random_state=0
        )
        features = x.reshape(-1, 1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            seconds = once(lambda: regressor.fit(features, y))
        print(f"     scikit-learn SGDRegressor, one epoch:    {seconds:6.2f} s")
    else:
        print(
            "     scikit-learn not installed: no SGDRegressor comparison (pip install gdviz[bench])"
        )


# ---------------------------------------------------------------------------- memory

_MEMORY_PROLOGUE = """
import json, resource, sys
import numpy as np
import gdviz.core.data, gdviz.core.descent, gdviz.core.model, gdviz.core.surface

def stage(label):
    # the peak since the last stage (Linux: VmHWM, then reset it through clear_refs)
    try:
        with open("/proc/self/status") as status:
            peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        return
    print("stage " + json.dumps([label, peak]))
"""

# Linux keeps ru_maxrss across exec (a child starts with its parent's peak), so the peak
# of this process image is read from /proc (VmHWM) where there is one; both are in kB.
_MEMORY_EPILOGUE = """
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(peak))
"""

_MEMORY_CASES = {
    "baseline": "",
    "baseline + pandas": "import pandas",
    "load": """
        import pandas
        from gdviz.core import data
        dataset = data.load_dataset(sys.argv[1])
        assert dataset.n == int(sys.argv[2])
    """,
    "descent": """
        from gdviz.core.descent import Descent
        from gdviz.core.optimizers import gd, minibatch, sgd
        rng = np.random.default_rng(0)
        x = rng.uniform(20, 70, int(sys.argv[2]))
        y = 8 + 1.3 * x
        y += rng.normal(0, 10, x.size)
        stage("the data, made")
        Descent(x, y, gd(1e-4)).step(1000)
        stage("Descent(gd) built, 1000 steps")
        epoch = -(-x.size // 1000)
        Descent(x, y, minibatch(1e-4, 1000), capacity=epoch + 1).step(epoch)
        stage("a mini-batch epoch (batch 1000)")
        Descent(x, y, sgd(1e-4), capacity=20_001).step(20_000)
        stage("20,000 SGD steps")
    """,
}


def peak_rss(case: str, *args: str) -> tuple[float, list]:
    """Peak resident memory (MB) of a subprocess running one memory case, and the peaks
    (MB) of the stages it reports."""
    code = _MEMORY_PROLOGUE + textwrap.dedent(_MEMORY_CASES[case]) + _MEMORY_EPILOGUE
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    lines = result.stdout.strip().splitlines()
    stages = [json.loads(line[6:]) for line in lines if line.startswith("stage ")]
    stages = [(label, kb * 1024 / MB) for label, kb in stages]
    peak = max([json.loads(lines[-1]) * 1024 / MB, *(mb for _, mb in stages)])
    return peak, stages


def bench_memory(big: int, folder: Path) -> None:
    raw = 2 * 8 * big / MB
    print(f"\n5. Peak resident memory at n = {big:,} (raw data {raw:.0f} MB)")
    path = folder / "big.csv"
    x, y = make_points(big, seed=2)
    t0 = time.perf_counter()
    write_fixed_csv(path, x, y)
    del x, y
    size = path.stat().st_size / MB
    print(f"   ({size:.0f} MB CSV written in {time.perf_counter() - t0:.1f} s)")
    baseline = peak_rss("baseline")[0]
    with_pandas = peak_rss("baseline + pandas")[0]
    print(f"   baseline (numpy + gdviz.core imported): {baseline:6.0f} MB")
    print(f"   baseline with pandas imported too:      {with_pandas:6.0f} MB")
    for case, base, target in (("load", with_pandas, 2), ("descent", baseline, 3)):
        t0 = time.perf_counter()
        peak, stages = peak_rss(case, str(path), str(big))
        seconds = time.perf_counter() - t0
        above = peak - base
        verdict = "ok" if above <= target * raw else "ABOVE TARGET"
        print(
            f"   {case:<8} peak {peak:6.0f} MB, {above:6.0f} MB above its baseline = "
            f"{above / raw:4.2f}x the raw data (target <= {target}x: {verdict}); {seconds:.1f} s"
        )
        for label, mb in stages:
            print(f"      peak while: {label:<34} {mb - base:6.0f} MB above the baseline")
    path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rows", type=int, nargs="+", default=[1_000_000, 2_000_000], help="rows of the CSVs"
    )
    parser.add_argument("--big", type=int, default=10_000_000, help="n for the large cases")
    parser.add_argument("--repeat", type=int, default=9, help="runs of each loader timed")
    parser.add_argument("--quick", action="store_true", help="fewer SGD steps")
    parser.add_argument(
        "--only", default="load,descent,surface,stochastic,memory", help="sections to run"
    )
    args = parser.parse_args()
    only = set(args.only.split(","))
    import pandas

    versions = [f"numpy {np.__version__}", f"pandas {pandas.__version__}"]
    versions.append(f"{data._WORKERS} parsing threads")
    if HAS_SKLEARN:
        import sklearn

        versions.append(f"scikit-learn {sklearn.__version__}")
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, " + ", ".join(versions)
    )
    with tempfile.TemporaryDirectory() as folder:
        if "load" in only:
            bench_load(args.rows, Path(folder), args.repeat)
        if "descent" in only:
            bench_full_batch()
        if "surface" in only:
            bench_surface(args.big)
        if "stochastic" in only:
            bench_stochastic(args.big, args.quick)
        if "memory" in only:
            bench_memory(args.big, Path(folder))


if __name__ == "__main__":
    main()

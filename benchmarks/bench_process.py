"""Whole processes: ``gdviz fit FILE`` against a Python that only reads FILE with pandas.

    .venv/bin/python benchmarks/bench_process.py [--rows 2000000] [--runs 7]

Writes a clean CSV of ``--rows`` rows of two 17-digit numbers in a temporary folder, then
times, alternately, ``--runs`` whole processes of each command (after one warm-up run of
each, which also checks that both succeed) and prints both medians and their ratio
(target: gdviz at most 1.5x). Both run with their compiled bytecode cached, as in an
installed program: in a temporary folder (``PYTHONPYCACHEPREFIX``), written by the
warm-up runs, so that the working tree is left as it is (``--no-cache``: compile every
module at every start, as under ``PYTHONDONTWRITEBYTECODE``).

- ``gdviz fit FILE --iterations 0 --json``: start, import, load the file, check the data,
  print the result as JSON;
- ``python -c "import pandas; pandas.read_csv(FILE)"``: start, import pandas, read it.

With ``--importtime`` it also prints the ten slowest imports of the ``gdviz fit`` process
(``python -X importtime``), to see what its start costs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def write_csv(path: Path, rows: int) -> None:
    """Two columns of ``repr`` floats (up to 17 significant digits), no header."""
    rng = np.random.default_rng(1)
    x = rng.uniform(20, 70, rows)
    y = 8 + 1.3 * x + rng.normal(0, 10, rows)
    with open(path, "w") as stream:
        for start in range(0, rows, 500_000):
            xs, ys = x[start : start + 500_000].tolist(), y[start : start + 500_000].tolist()
            stream.write("".join(f"{a!r},{b!r}\n" for a, b in zip(xs, ys, strict=True)))


def commands(path: Path) -> dict[str, list[str]]:
    gdviz = BIN / "gdviz"
    fit = [str(gdviz)] if gdviz.exists() else [sys.executable, "-m", "gdviz"]
    return {
        "gdviz fit": [*fit, "fit", str(path), "--iterations", "0", "--json"],
        "pandas.read_csv": [sys.executable, "-c", f"import pandas; pandas.read_csv({str(path)!r})"],
    }


def run(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({result.returncode}): {result.stderr.strip()}")
    return seconds, result.stdout


def import_times(command: list[str], env: dict[str, str]) -> list[tuple[int, str]]:
    """``(cumulative µs, module)`` of the slowest top-level imports of ``command``."""
    python = [sys.executable, "-X", "importtime"]
    if command[0] != sys.executable:  # the gdviz script: run its entry point instead
        python += ["-c", "import sys; from gdviz.cli import main; sys.exit(main())"]
    result = subprocess.run(
        [*python, *command[1:]], capture_output=True, text=True, cwd=ROOT, env=env
    )
    rows = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit() and not parts[2].startswith("   "):
            rows.append((int(parts[1]), parts[2].strip()))
    return sorted(rows, reverse=True)[:10]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000, help="rows of the CSV")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (at least 5)")
    parser.add_argument("--importtime", action="store_true", help="show the slowest imports")
    parser.add_argument("--no-cache", action="store_true", help="no cached bytecode")
    args = parser.parse_args()
    runs = max(args.runs, 5)
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ)
        if args.no_cache:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        path = Path(folder) / "clean.csv"
        write_csv(path, args.rows)
        size = path.stat().st_size / 1e6
        cache = "no cached bytecode" if args.no_cache else "bytecode cached"
        print(f"{args.rows:,} rows of 17-digit numbers, {size:.0f} MB; {cache}; {runs} runs each")
        named = commands(path)
        _, out = run(named["gdviz fit"], env)  # warm-up, and a check of what it printed
        assert json.loads(out)["n_points"] == args.rows
        run(named["pandas.read_csv"], env)
        times: dict[str, list[float]] = {name: [] for name in named}
        for _ in range(runs):
            for name, command in named.items():
                times[name].append(run(command, env)[0])
        medians = {name: statistics.median(values) for name, values in times.items()}
        for name, seconds in medians.items():
            spread = f"{min(times[name]):.3f} to {max(times[name]):.3f}"
            print(f"  {name:<16} median {seconds:6.3f} s   (runs from {spread} s)")
        ratio = medians["gdviz fit"] / medians["pandas.read_csv"]
        verdict = "ok" if ratio <= 1.5 else "ABOVE TARGET"
        print(f"  gdviz fit / pandas.read_csv: {ratio:.2f}x (target <= 1.5x: {verdict})")
        if args.importtime:
            print("  slowest imports of gdviz fit (cumulative, ms):")
            for micros, module in import_times(named["gdviz fit"], env):
                print(f"    {micros / 1000:7.1f}  {module}")


if __name__ == "__main__":
    main()

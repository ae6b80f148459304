"""The window with 10 million points: event-loop stalls and frame rate while a run plays
at full speed, and while a large file loads in the background, against n = 100, in one run.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python benchmarks/bench_gui.py \\
        [--n 10000000] [--seconds 5] [--load-rows 10000000] [--optimizers gd,minibatch]

For each optimizer and each n (100, then ``--n``) it opens gdviz's MainWindow, gives it a
generated data set (``from_arrays``, loaded as ``MainWindow.load_file`` does), sets the
speed to the maximum and presses Start. For ``--seconds`` a 5 ms timer in the GUI thread
records how long the event loop goes between its ticks, and every ``Renderer.redraw`` of the
window is counted. Printed: the longest stall, the 99th percentile gap, redraws (frames)
a second and iterations a second; targets: no stall over 50 ms, 30 frames a second.

Then it rotates the 3D view frame after frame, as a drag does, in a 1280x720 and a
1920x1080 window: frames a second, the median frame, the longest stall and the surface
grid the view settled on (it coarsens while frames are slow).

Then it writes a ``--load-rows``-row CSV and loads it with :class:`LoadJob` while the
same probe runs: the longest stall and the 99th percentile gap while loading.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from bench_core import make_points
from bench_large import write_fixed_csv
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer

from gdviz.core import model
from gdviz.core.data import from_arrays
from gdviz.gui.app import create_app
from gdviz.gui.controls import SPEEDS

PROBE_MS = 5
STALL_TARGET_MS = 50
FPS_TARGET = 30


class Probe:
    """A 5 ms timer in the GUI thread that records the gaps between its ticks."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)
        self.times: list[float] = []

    def _tick(self) -> None:
        self.times.append(time.perf_counter())

    def start(self) -> None:
        self.times = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> np.ndarray:
        self.timer.stop()
        self.times.append(time.perf_counter())
        return np.diff(self.times) * 1e3  # gaps in ms


def wait(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def wait_until(condition, timeout: float) -> None:
    end = time.perf_counter() + timeout
    while not condition() and time.perf_counter() < end:
        wait(0.01)


def gaps_text(gaps: np.ndarray) -> str:
    return (
        f"longest stall {gaps.max():6.1f} ms, 99th percentile gap {np.percentile(gaps, 99):5.1f} ms"
    )


def run_window(n: int, seconds: float, optimizer: str, batch_size: int) -> dict:
    """Play a run at full speed on n points; measure the GUI thread."""
    from gdviz.gui import MainWindow

    window = MainWindow(load_default=False)
    window.resize(1280, 720)
    window.show()
    wait(0.3)
    c = window.controls
    index = c.optimizerInput.findData(optimizer)
    c.optimizerInput.setCurrentIndex(index)
    if optimizer == "minibatch":
        c.hyperparameter_inputs["batch_size"].setValue(batch_size)
    c.learningRateInput.setValue(1e-5)
    c.iterationsInput.setValue(2_000_000_000)
    c.speedInput.setValue(len(SPEEDS) - 1)

    x, y = make_points(n)
    t0 = time.perf_counter()
    dataset = from_arrays(x, y, name=f"{n:,} points")
    stats = model.fit_statistics(dataset.x, dataset.y)
    if not window.session.use_dataset(dataset, stats):  # as MainWindow.load_file does
        raise RuntimeError(f"MainWindow refused the data set of {n:,} points")
    set_up = time.perf_counter() - t0
    wait(0.5)
    title = window.scatter.getPlotItem().titleLabel.text

    redraws = []
    original = window.renderer.redraw

    def counted_redraw():
        redraws.append(time.perf_counter())
        original()

    window.renderer.redraw = counted_redraw
    probe = Probe()
    start_iteration = len(window.history)
    probe.start()
    c.startButton.click()
    t_start = time.perf_counter()
    wait(seconds)
    elapsed = time.perf_counter() - t_start
    iterations = len(window.history) - start_iteration
    frames = sum(1 for t in redraws if t >= t_start)
    gaps = probe.stop()
    window.session.pause()
    window.renderer.redraw = original
    window.close()
    wait(0.2)
    return {
        "n": n,
        "set_up": set_up,
        "gaps": gaps,
        "fps": frames / elapsed,
        "iterations_per_second": iterations / elapsed,
        "title": title,
    }


def _run_case(case: str, seconds: float, label: str, *extra: str) -> dict | None:
    """Run ``--case case`` in a fresh process and return the JSON it prints last.

    On failure prints ``   {label}: failed ...`` and returns None. ``extra``: more
    command-line arguments for the child.
    """
    command = [sys.executable, __file__, "--case", case, "--seconds", str(seconds), *extra]
    result = subprocess.run(command, capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode or not lines:
        print(f"   {label}: failed ({result.returncode}): {result.stderr[-500:]}")
        return None
    r = json.loads(lines[-1])
    if "Error" in result.stderr or "Traceback" in result.stderr:
        r["stderr_error"] = result.stderr.strip().splitlines()[-1][:200]
    return r


def bench_window(n: int, seconds: float, optimizers: list[str], batch_size: int) -> None:
    """Each case in a fresh process: one OpenGL window per process, as in the app."""
    for optimizer in optimizers:
        label = f"{optimizer} (batch {batch_size:,})" if optimizer == "minibatch" else optimizer
        print(f"\nRunning at full speed for {seconds:g} s, optimizer {label}:", flush=True)
        for size in (100, n):
            r = _run_case(
                f"{optimizer}:{size}",
                seconds,
                f"n = {size:>10,}",
                "--batch-size",
                str(batch_size),
            )
            if r is None:
                continue
            verdict = "ok" if r["stall"] <= STALL_TARGET_MS and r["fps"] >= FPS_TARGET else "MISSES"
            print(
                f"   n = {size:>10,}: longest stall {r['stall']:6.1f} ms, 99th percentile gap "
                f"{r['p99']:5.1f} ms, {r['fps']:5.1f} frames/s, "
                f"{r['iterations_per_second']:9,.0f} iterations/s "
                f"(targets: <= {STALL_TARGET_MS} ms, >= {FPS_TARGET} fps: {verdict}); "
                f"data set up in {r['set_up']:.2f} s",
                flush=True,
            )
            if size == n:
                print(f"   data panel title: {r['title']!r}")
            if "stderr_error" in r:
                print(f"   (errors on stderr: {r['stderr_error']})")


def run_case(case: str, seconds: float, batch_size: int) -> None:
    optimizer, size = case.split(":")
    r = run_window(int(size), seconds, optimizer, batch_size)
    gaps = r.pop("gaps")
    r.update(stall=float(gaps.max()), p99=float(np.percentile(gaps, 99)))
    print(json.dumps(r), flush=True)


def run_rotation(width: int, height: int, seconds: float) -> dict:
    """Rotate the 3D view as a drag would, frame after frame; measure the frames."""
    from gdviz.gui import MainWindow

    window = MainWindow()  # the bundled data set
    window.resize(width, height)
    window.show()
    wait(0.5)
    view = getattr(window.surface, "view", None)
    if view is None:
        window.close()
        return {"skipped": "no 3D view here (no OpenGL)"}
    times: list[float] = []
    view.frameDrawn.connect(times.append)
    probe = Probe()
    probe.start()
    frames = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        loop = QEventLoop()
        view.frameDrawn.connect(loop.quit)
        view.orbit(2.0, 0.0)  # what a drag of a few pixels does
        QTimer.singleShot(1000, loop.quit)
        loop.exec()
        view.frameDrawn.disconnect(loop.quit)
        frames += 1
    elapsed = time.perf_counter() - t0
    gaps = probe.stop()
    result = {
        "size": [view.width(), view.height()],
        "fps": frames / elapsed,
        "frame_ms": float(np.median(times) * 1e3) if times else None,
        "stall": float(gaps.max()),
        "resolution": window.surface.resolution,
    }
    window.close()
    return result


def bench_rotation(seconds: float) -> None:
    """Each window size in a fresh process (one OpenGL view per process, as in the app)."""
    print(f"\nRotating the 3D view for {seconds:g} s (as a drag does), the bundled data:")
    for width, height in ((1280, 720), (1920, 1080)):
        r = _run_case(f"rotate:{width}x{height}", seconds, f"{width}x{height}")
        if r is None:
            continue
        if "skipped" in r:
            print(f"   {width}x{height}: {r['skipped']}")
            continue
        verdict = "ok" if r["fps"] >= FPS_TARGET else "MISSES"
        print(
            f"   window {width}x{height} (3D view {r['size'][0]}x{r['size'][1]}): "
            f"{r['fps']:5.1f} frames/s, a frame {r['frame_ms']:4.1f} ms, longest stall "
            f"{r['stall']:5.1f} ms, surface grid {r['resolution']} a side "
            f"(target >= {FPS_TARGET} fps: {verdict})",
            flush=True,
        )


def bench_loading(rows: int, folder: Path) -> None:
    from gdviz.gui.load_job import LoadJob

    path = folder / "big.csv"
    x, y = make_points(rows, seed=3)
    write_fixed_csv(path, x, y)
    del x, y
    size = path.stat().st_size / 1e6
    print(f"\nLoading a {rows:,}-row CSV ({size:.0f} MB) in the background (LoadJob):")
    job = LoadJob()
    done = []
    percents = []
    job.finished.connect(done.append)
    job.failed.connect(done.append)
    job.progress.connect(percents.append)
    probe = Probe()
    probe.start()
    t0 = time.perf_counter()
    job.start(path)
    wait_until(lambda: done, timeout=600)
    seconds = time.perf_counter() - t0
    gaps = probe.stop()
    job.stop_and_wait()
    if not done:
        outcome = "failed: timed out"
    elif isinstance(done[0], str):  # the failed signal's message
        outcome = f"failed: {done[0]}"
    else:
        outcome = f"{done[0].n:,} points"
    print(
        f"   {seconds:5.1f} s, {outcome}; while loading: {gaps_text(gaps)} "
        f"(target <= {STALL_TARGET_MS} ms); {len(percents)} progress updates"
    )
    path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000_000, help="points of the large data set")
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds each run plays")
    parser.add_argument("--load-rows", type=int, default=10_000_000, help="rows of the CSV")
    parser.add_argument(
        "--optimizers", default="gd,minibatch", help="comma-separated: gd, sgd, minibatch, ..."
    )
    parser.add_argument("--batch-size", type=int, default=1000, help="for minibatch")
    parser.add_argument("--case", help=argparse.SUPPRESS)  # optimizer:n, in a child process
    args = parser.parse_args()
    # settings of its own: the same window every time (no first-run note), the user's
    # settings left alone
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        tempfile.mkdtemp(prefix="gdviz-bench-"),
    )
    create_app()
    from gdviz.gui.welcome import set_welcome_seen

    set_welcome_seen()
    if args.case and args.case.startswith("rotate:"):
        width, height = (int(v) for v in args.case.split(":")[1].split("x"))
        print(json.dumps(run_rotation(width, height, args.seconds)), flush=True)
        return
    if args.case:
        run_case(args.case, args.seconds, args.batch_size)
        return
    print(
        f"platform {os.environ.get('QT_QPA_PLATFORM') or 'xcb'}, "
        f"GDVIZ_NO_OPENGL={os.environ.get('GDVIZ_NO_OPENGL', '')!r}, probe every {PROBE_MS} ms"
    )
    bench_window(args.n, args.seconds, args.optimizers.split(","), args.batch_size)
    bench_rotation(min(args.seconds, 3.0))
    with tempfile.TemporaryDirectory() as folder:
        bench_loading(args.load_rows, Path(folder))


if __name__ == "__main__":
    main()

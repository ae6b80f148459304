"""Start-up time: from launching the program to its window drawn, with the imports broken down.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--no-bundle]

Starts each program afresh ``--runs`` times (the variants take turns, so a busy machine
slows them alike) and prints the median seconds from launch (just before the process is
started) to

- *window drawn*: the first paint of the main window,
- *data drawn*: the first paint with the data and the surfaces in it, and
- *3D view drawn*: the first paint with the 3D view in place as well,

as the program itself reports them when ``GDVIZ_STARTUP_PROBE=1`` is set (see
``gdviz.gui.app``). Compared in the same run:

- a bare PySide6 window (``QApplication`` and an empty ``QWidget``): the floor;
- ``python -m gdviz`` from the source tree;
- the same with the 3D view off (``GDVIZ_NO_OPENGL=1``): what importing PyOpenGL and
  building the 3D view cost before the first paint (what building it after the first
  paint would gain);
- the standalone bundle ``dist/gdviz/gdviz``, if it has been built
  (``bash resources/pyinstaller/build.sh``).

Then the same start timed phase by phase inside the process (imports, the OpenGL probe,
building the window, loading the data, the first paint), and the imports:
``python -X importtime -m gdviz`` (three runs, median), the time spent in each module
itself, summed by package (the measuring inflates import times somewhat).

``--also DIR`` adds ``python -m gdviz`` run from another copy of the source (a change
to try, measured in the same run against the tree as it is).

Needs a display: without one it runs itself again under ``xvfb-run`` (xcb, Mesa OpenGL).
Settings go to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUNDLE = REPO / "dist" / "gdviz" / ("gdviz.exe" if sys.platform == "win32" else "gdviz")
TIMEOUT = 90

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget()
w.resize(1280, 720)
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is w:
            print(f"startup-probe shown {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
probe = Probe()
w.installEventFilter(probe)
w.show()
app.exec()
"""

# The same start as ``gdviz``, timed phase by phase inside the process.
PHASES = """
import time
t0 = time.perf_counter()
from gdviz.gui.app import create_app
from gdviz.gui.main_window import MainWindow
from gdviz.resources import default_data_path
t1 = time.perf_counter()
app = create_app()
t2 = time.perf_counter()
from gdviz.gui.opengl import opengl_available
opengl_available()
t3 = time.perf_counter()
window = MainWindow(load_default=False)
t4 = time.perf_counter()
window.load_file(default_data_path())
t5 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
done = []
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not done:
            done.append(0)
            QTimer.singleShot(0, lambda: (done.append(time.perf_counter()), app.quit()))
        return False
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
window.close()
steps = (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, done[1] - t5)
print("phases " + " ".join(f"{v:.6f}" for v in steps))
"""
PHASE_NAMES = (
    "imports (gdviz.gui.main_window and all it imports)",
    "QApplication",
    "OpenGL probe (imports PyOpenGL, pyqtgraph.opengl; a context)",
    "window built (panels, 3D view, menus, worker thread)",
    "data loaded (statistics, first surface, stability)",
    "shown until the first paint has finished",
)

#: Import-time groups, first match wins: (label, test on the module name).
GROUPS = (
    ("PySide6.QtCore (+ shiboken6)", lambda m: m.startswith(("shiboken", "PySide6.QtCore"))),
    ("PySide6.QtGui", lambda m: m == "PySide6.QtGui"),
    ("PySide6.QtWidgets", lambda m: m == "PySide6.QtWidgets"),
    ("PySide6 other (QtOpenGL, QtSvg, …)", lambda m: m == "PySide6" or m.startswith("PySide6.")),
    ("numpy", lambda m: m == "numpy" or m.startswith("numpy.")),
    ("pyqtgraph.opengl", lambda m: m.startswith("pyqtgraph.opengl")),
    ("pyqtgraph (2D)", lambda m: m == "pyqtgraph" or m.startswith("pyqtgraph.")),
    ("PyOpenGL (OpenGL)", lambda m: m == "OpenGL" or m.startswith("OpenGL.")),
    ("Pillow (PIL)", lambda m: m == "PIL" or m.startswith("PIL.")),
    ("gdviz.core", lambda m: m.startswith("gdviz.core")),
    ("gdviz.gui", lambda m: m.startswith("gdviz.gui")),
    ("gdviz (cli, resources)", lambda m: m == "gdviz" or m.startswith("gdviz.")),
    ("standard library and the rest", lambda m: True),
)

_IMPORT_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|\s+(.*)$")


def child_env(settings_dir: str, **extra) -> dict:
    """The environment of a measured program: settings in a temporary folder, xcb."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("GDVIZ_NO_OPENGL", "PYTHONPATH", "PYTHONPROFILEIMPORTTIME", "QT_QPA_PLATFORM")
    }
    env["XDG_CONFIG_HOME"] = settings_dir
    env["GDVIZ_STARTUP_PROBE"] = "1"
    if sys.platform.startswith("linux"):
        env["QT_QPA_PLATFORM"] = "xcb"
    env.update(extra)
    return env


def launch(command: list[str], env: dict) -> tuple[dict, str]:
    """Start ``command``; seconds from launch to each ``startup-probe`` line, and stderr.

    It runs in the folder of the source it should import (``python -m`` puts the
    current folder first on the path): ``PYTHONPATH`` if given, else the tree's.
    """
    cwd = env.get("PYTHONPATH") or REPO
    start = time.time()
    proc = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT
    )
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command[:3])} exited with {proc.returncode}:\n{proc.stderr[-2000:]}"
        )
    seen = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "startup-probe":
            seen[parts[1]] = float(parts[2]) - start
        elif parts and parts[0] == "phases":
            seen["phases"] = [float(v) for v in parts[1:]]
    return seen, proc.stderr


def import_breakdown(stderr: str) -> dict[str, float]:
    """Seconds spent in each group's modules themselves, from ``-X importtime`` output."""
    totals = dict.fromkeys((label for label, _ in GROUPS), 0.0)
    for line in stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if not match:
            continue
        self_us, name = int(match.group(1)), match.group(3).strip()
        for label, test in GROUPS:
            if test(name):
                totals[label] += self_us / 1e6
                break
    return totals


def median_or_none(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def fmt(seconds: float | None) -> str:
    return "     -" if seconds is None else f"{seconds:6.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="starts of each program (7)")
    parser.add_argument("--no-bundle", action="store_true", help="leave the bundle out")
    parser.add_argument(
        "--also",
        metavar="DIR",
        action="append",
        default=[],
        help="also time python -m gdviz from this copy of the source (repeatable)",
    )
    args = parser.parse_args(argv)

    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("error: no display and no xvfb-run", file=sys.stderr)
            return 2
        command = [xvfb, "-a", "-s", "-screen 0 1920x1080x24", sys.executable, __file__]
        return subprocess.call([*command, *(argv if argv is not None else sys.argv[1:])])

    python = sys.executable
    variants = [
        ("bare PySide6 window (the floor)", [python, "-c", BARE_WINDOW], {}),
        ("python -m gdviz", [python, "-m", "gdviz"], {}),
        ("python -m gdviz, 3D view off", [python, "-m", "gdviz"], {"GDVIZ_NO_OPENGL": "1"}),
    ]
    for folder in args.also:
        copy = str(Path(folder).resolve())
        variants.append(
            (f"python -m gdviz from {copy}", [python, "-m", "gdviz"], {"PYTHONPATH": copy})
        )
    if not args.no_bundle and BUNDLE.is_file():
        variants.append((f"bundle {BUNDLE.relative_to(REPO)}", [str(BUNDLE)], {}))

    events = ("shown", "data", "ready")
    results = {label: {key: [] for key in events} for label, _, _ in variants}
    phases: list[list[float]] = []
    imports: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="gdviz-bench-") as settings_dir:
        # one start of each first, not counted: fills the disk cache
        for _label, command, extra in variants:
            launch(command, child_env(settings_dir, **extra))
        for _ in range(args.runs):
            for label, command, extra in variants:
                seen, _err = launch(command, child_env(settings_dir, **extra))
                for key in events:
                    if key in seen:
                        results[label][key].append(seen[key])
            seen, _err = launch([python, "-c", PHASES], child_env(settings_dir))
            phases.append(seen["phases"])
        for _ in range(3):
            _seen, err = launch(
                [python, "-X", "importtime", "-m", "gdviz"], child_env(settings_dir)
            )
            imports.append(import_breakdown(err))

    import pyqtgraph
    import PySide6

    print(
        f"gdviz start-up, median of {args.runs} starts each; {platform.system()} "
        f"{platform.machine()}, Python {platform.python_version()}, PySide6 "
        f"{PySide6.__version__}, pyqtgraph {pyqtgraph.__version__}, "
        f"{os.cpu_count()} CPUs, display {os.environ.get('DISPLAY', '-')}"
    )
    print()
    width = max(len(label) for label in results)
    print(f"{'seconds from launch to':<{width}}  window drawn  data drawn  3D view drawn")
    for label, times in results.items():
        shown, data, ready = (median_or_none(times[key]) for key in events)
        if "3D view off" in label:
            ready = None
        print(f"{label:<{width}}  {fmt(shown):>12}  {fmt(data):>10}  {fmt(ready):>13}")
    print()
    print(f"phases inside python -m gdviz (seconds, median of {args.runs}):")
    for i, name in enumerate(PHASE_NAMES):
        print(f"  {name:<62} {statistics.median(run[i] for run in phases):5.2f}")
    print()
    print("imports (python -X importtime -m gdviz, each module's own time, median of 3):")
    labels = [label for label, _ in GROUPS]
    medians = {label: statistics.median(run[label] for run in imports) for label in labels}
    total = sum(medians.values())
    for label in labels:
        share = medians[label] / total if total else 0.0
        print(f"  {label:<38} {medians[label]:6.2f} s  {share:4.0%}")
    print(f"  {'all imports':<38} {total:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

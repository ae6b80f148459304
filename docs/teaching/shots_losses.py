"""Screenshots of the losses and the second-order rules: the mean absolute error on the
data with an outlier, and Newton's method landing on the least-squares line in one step.

Run under Xvfb from the project's folder::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/teaching/shots_losses.py \
        [--size 1280x720]

Writes losses-WxH.png and newton-WxH.png here, for 1280x720 and 1920x1080 (or the one
size given), one process per picture (the 3D view draws blank in a second window).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from screenshots import SEED, grab_window, run_to_end, wait  # noqa: E402

OUTLIER = HERE.parent.parent / "data" / "outlier.csv"
SIZES = ((1280, 720), (1920, 1080))


def losses(window, size) -> None:
    """The mean absolute error on data/outlier.csv: chosen in the loss box, a normalised
    run descending to the least-absolute-deviations line, which the outlier hardly moves."""
    c = window.controls
    c.lossInput.setCurrentIndex(c.lossInput.findData("mae"))
    c.normalizeInput.setChecked(True)
    c.learningRateInput.setValue(0.001)
    c.iterationsInput.setValue(20000)
    c.stopWhenConvergedInput.setChecked(True)
    wait(300)
    run_to_end(window)
    grab_window(window, HERE / f"losses-{size[0]}x{size[1]}.png")


def newton(window, size) -> None:
    """Newton's method chosen (its rate 1), one press of Step: on the least-squares line;
    on the larger screen with the step's math open beside the panels."""
    c = window.controls
    c.optimizerInput.setCurrentIndex(c.optimizerInput.findData("newton"))
    wait(200)
    if size[0] >= 1920:
        window.mathDock.show()
    c.stepButton.click()
    wait(800)
    if size[0] >= 1920:
        window.session.show_iteration(0)  # the step's math: from the start to the optimum
        wait(600)
    grab_window(window, HERE / f"newton-{size[0]}x{size[1]}.png")


SCENES = {"losses": (losses, OUTLIER), "newton": (newton, SEED)}


def main() -> int:
    args = sys.argv[1:]
    if "--scene" not in args:
        sizes = SIZES
        if "--size" in args:
            sizes = (tuple(int(v) for v in args[args.index("--size") + 1].split("x")),)
        for w, h in sizes:
            for scene in SCENES:
                command = [sys.executable, __file__, "--scene", scene, "--size", f"{w}x{h}"]
                subprocess.run(command, check=True)
        return 0
    folder = tempfile.mkdtemp(prefix="gdviz-loss-shots-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    from gdviz.gui.app import create_app

    app = create_app()
    from gdviz.gui import MainWindow
    from gdviz.gui.welcome import set_welcome_seen

    set_welcome_seen()
    scene, data = SCENES[args[args.index("--scene") + 1]]
    size = tuple(int(v) for v in args[args.index("--size") + 1].split("x"))
    window = MainWindow(data)
    window.resize(*size)
    window.show()
    wait(800)
    scene(window, size)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the teaching features: predict, then reveal; and My line.

Run under Xvfb from the project's folder::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/teaching/shots.py \
        [DATA.csv] [--size 1280x720]

Writes predict-WxH.png and my-line-WxH.png here, for 1280x720 and 1920x1080 (or the one
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
from screenshots import SEED, grab_window, wait  # noqa: E402

SIZES = ((1280, 720), (1920, 1080))


def predict(window, size) -> None:
    """Four steps in, back to iteration 3 with the optimum hidden, a guess near the
    fourth step, then forward one iteration: the guess is scored."""
    s = window.session
    s.step(4)
    wait(400)
    s.show_iteration(3)
    window.predictAction.trigger()
    b4, m4 = window.history.row(4)[:2]
    s.place_guess(b4 + 0.015, m4 - 0.012)
    wait(200)
    window.stepAction.trigger()  # the Right key
    wait(600)
    grab_window(window, HERE / f"predict-{size[0]}x{size[1]}.png")


def my_line(window, size) -> None:
    """My line on, moved off the best line, its dock open."""
    s = window.session
    window.myLineAction.trigger()
    wait(200)
    a = s.analysis
    s.set_my_line(a.b_star + 6.0, a.m_star - 0.2)
    window.view_actions["residuals"].setChecked(False)
    wait(600)
    grab_window(window, HERE / f"my-line-{size[0]}x{size[1]}.png")


SCENES = {"predict": predict, "my-line": my_line}


def main() -> int:
    args = sys.argv[1:]
    data = Path(args[0]) if args and not args[0].startswith("--") else SEED
    if "--scene" not in args:
        sizes = SIZES
        if "--size" in args:
            sizes = (tuple(int(v) for v in args[args.index("--size") + 1].split("x")),)
        for w, h in sizes:
            for scene in SCENES:
                command = [sys.executable, __file__, str(data), "--scene", scene]
                subprocess.run([*command, "--size", f"{w}x{h}"], check=True)
        return 0
    folder = tempfile.mkdtemp(prefix="gdviz-teaching-shots-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    from gdviz.gui.app import create_app

    app = create_app()
    from gdviz.gui import MainWindow
    from gdviz.gui.welcome import set_welcome_seen

    set_welcome_seen()
    size = tuple(int(v) for v in args[args.index("--size") + 1].split("x"))
    window = MainWindow(data)
    window.resize(*size)
    window.show()
    wait(800)
    SCENES[args[args.index("--scene") + 1]](window, size)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

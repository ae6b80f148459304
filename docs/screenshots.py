"""Save screenshots of the window and each panel into docs/.

Run under Xvfb so the 3D panel gets OpenGL::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/screenshots.py \
        [DATA.csv] [--no-lessons]

By default it opens the tutorial's data set (../shared/seed/data.csv) and runs the
tutorial's 1000 iterations, then writes:

- window.png, scatter.png, error.png, surface.png, contour.png: the main window and its
  four panels;
- teaching.png: the same run with the step-math and stability docks, three compared
  runs and the surface in standardised units;
- lesson.png: the "narrow valley" lesson after its run;
- presentation.png: presentation mode (1920x1080) with the large display;
- lessons/STEM-WxH-MODE.png: every built-in lesson after its run, on a 1280x720 and a
  1920x1080 screen, in the normal window (the screen less a title bar and a task bar)
  and in presentation mode (the whole screen). Each screen size gets an X server of its
  own (``xvfb-run``), so this part needs xvfb-run on the PATH.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QSettings, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEED = REPO.parent / "shared" / "seed" / "data.csv"
PANELS = {
    "scatter": "scatterPlot",
    "error": "errorPlot",
    "surface": "surfaceView",
    "contour": "contourPlot",
}


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def run_to_end(window) -> None:
    controls = window.controls
    controls.speedInput.setValue(controls.speedInput.maximum())
    controls.startButton.click()
    for _ in range(600):
        wait(50)
        if not controls.startButton.isChecked() and len(window.history) > 1:
            break
    wait(500)


def grab_window(window, path: Path) -> None:
    """The window with the OpenGL view pasted in (``QWidget.grab`` misses its text)."""
    shot = window.grab()
    surface = window.findChild(QWidget, "surfaceView")
    if hasattr(surface, "grab_image") and surface.isVisible():
        painter = QPainter(shot)
        painter.drawImage(surface.view.mapTo(window, QPoint(0, 0)), surface.grab_image())
        painter.end()
    shot.save(str(path))


def scenario_main(window_class, data: Path) -> None:
    window = window_class(data)
    window.resize(1280, 720)
    window.show()
    wait(500)
    run_to_end(window)
    grab_window(window, HERE / "window.png")
    for name, object_name in PANELS.items():
        widget = window.findChild(QWidget, object_name)
        image = widget.grab_image() if hasattr(widget, "grab_image") else widget.grab()
        image.save(str(HERE / f"{name}.png"))
    window.close()


def scenario_teaching(window_class, data: Path) -> None:
    from gdviz.core.settings import RunSettings

    def run(name, learning_rate, normalize):
        base = RunSettings().with_optimizer(name)
        hyper = {**base.hyperparameters, "learning_rate": learning_rate}
        return base.replace(hyperparameters=hyper, normalize=normalize)

    window = window_class(data)
    window.resize(1600, 900)
    window.show()
    wait(300)
    window.compare_box.set_configs(
        [
            run("momentum", 1e-4, False),
            run("adam", 0.05, False),
            run("gd", 0.2, True),
        ]
    )
    window.compare_box.applyButton.click()
    wait(300)
    run_to_end(window)
    window.mathDock.show()
    window.stabilityDock.show()
    window.show_iteration(300)
    wait(800)
    grab_window(window, HERE / "teaching.png")
    window.close()


def scenario_lesson(window_class, data: Path) -> None:
    lesson = REPO / "resources" / "lessons" / "03-narrow-valley-normalise.gdviz"
    window = window_class(lesson)
    window.resize(1280, 720)
    window.show()
    wait(500)
    run_to_end(window)
    window.standardisedAction.setChecked(True)
    wait(500)
    grab_window(window, HERE / "lesson.png")
    window.close()


def scenario_presentation(window_class, data: Path) -> None:
    window = window_class(data)
    window.resize(1920, 1080)
    window.show()
    wait(300)
    window.presentation.action.trigger()
    wait(500)
    run_to_end(window)
    wait(500)
    grab_window(window, HERE / "presentation.png")
    window.presentation.action.trigger()
    window.close()


#: Screens the lessons are shown on: a common projector, and a full-HD one.
SCREENS = ((1280, 720), (1920, 1080))
#: Height of a title bar and a task bar: what the normal window leaves of the screen.
DESKTOP_BARS = 70
LESSONS = REPO / "resources" / "lessons"


def lesson_shot(window_class, lesson: Path, screen: tuple[int, int], mode: str) -> Path:
    """One lesson after its run, as the class sees it on ``screen``."""
    width, height = screen
    window = window_class(lesson)
    window.move(0, 0)
    window.resize(width, height - DESKTOP_BARS)
    window.show()
    wait(500)
    if mode == "presentation":
        window.presentation.action.trigger()
        wait(800)
    run_to_end(window)
    if window.session.view.hidden:  # a first step that asks for a guess: show the answer
        window.session.reveal()
    wait(300)
    folder = HERE / "lessons"
    folder.mkdir(exist_ok=True)
    path = folder / f"{lesson.stem}-{width}x{height}-{mode}.png"
    grab_window(window, path)
    if mode == "presentation":
        window.presentation.action.trigger()
    window.close()
    return path


def lesson_shots() -> None:
    """Every lesson, both screens, both modes: one process (and X server) a picture."""
    for width, height in SCREENS:
        for lesson in sorted(LESSONS.glob("*.gdviz")):
            for mode in ("normal", "presentation"):
                command = [
                    "xvfb-run",
                    "-a",
                    "-s",
                    f"-screen 0 {width}x{height}x24",
                    sys.executable,
                    __file__,
                    "--lesson",
                    str(lesson),
                    "--screen",
                    f"{width}x{height}",
                    "--mode",
                    mode,
                ]
                subprocess.run(command, check=True)


SCENARIOS = {
    "main": scenario_main,
    "teaching": scenario_teaching,
    "lesson": scenario_lesson,
    "presentation": scenario_presentation,
}


def main() -> int:
    args = sys.argv[1:]
    data = Path(args[0]) if args and not args[0].startswith("--") else SEED
    if "--scenario" not in args and "--lesson" not in args:
        # one process per picture: pyqtgraph caches GL shader programs per process, so a
        # second 3D view in the same process can draw blank
        for name in SCENARIOS:
            subprocess.run([sys.executable, __file__, str(data), "--scenario", name], check=True)
        if "--no-lessons" not in args:
            lesson_shots()
        print(f"screenshots in {HERE}")
        return 0
    # settings of their own: the user's are left alone, and the first-run note, which
    # they would show, is off (the screenshots show the window as used day to day)
    folder = tempfile.mkdtemp(prefix="gdviz-screenshots-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    from gdviz.gui.app import create_app

    app = create_app()
    from gdviz.gui import MainWindow
    from gdviz.gui.welcome import set_welcome_seen

    set_welcome_seen()

    if "--lesson" in args:
        screen = tuple(int(v) for v in args[args.index("--screen") + 1].split("x"))
        mode = args[args.index("--mode") + 1]
        lesson_shot(MainWindow, Path(args[args.index("--lesson") + 1]), screen, mode)
    else:
        SCENARIOS[args[args.index("--scenario") + 1]](MainWindow, data)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

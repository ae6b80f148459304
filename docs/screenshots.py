"""Save screenshots of the window and each panel into docs/.

Run under Xvfb so the 3D panel gets OpenGL::

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/screenshots.py [DATA.csv]

By default it opens the tutorial's data set (../shared/seed/data.csv), runs the
tutorial's 1000 iterations, and writes window.png, scatter.png, error.png, surface.png and
contour.png next to this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "shared" / "seed" / "data.csv"
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


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
    from gdviz.gui.app import create_app

    app = create_app()
    from gdviz.gui import MainWindow

    window = MainWindow(data)
    window.resize(1280, 720)
    window.show()
    wait(500)
    controls = window.controls
    controls.speedInput.setValue(controls.speedInput.maximum())
    controls.startButton.click()
    for _ in range(400):
        wait(50)
        if not controls.startButton.isChecked() and len(window.history) > 1:
            break
    wait(500)
    shot = window.grab()
    painter = QPainter(shot)
    for name, object_name in PANELS.items():
        widget = window.findChild(QWidget, object_name)
        if hasattr(widget, "grab_image"):  # an OpenGL view: QWidget.grab() misses its text
            image = widget.grab_image()
            view = widget.view
            painter.drawImage(view.mapTo(window, QPoint(0, 0)), image)
        else:
            image = widget.grab()
        image.save(str(HERE / f"{name}.png"))
    painter.end()
    shot.save(str(HERE / "window.png"))
    print(f"iteration {len(window.history) - 1}; screenshots in {HERE}")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

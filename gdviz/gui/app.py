"""Start the application: ``run(path)`` builds the QApplication and the window."""

from __future__ import annotations

import os
import sys

__all__ = ["create_app", "display_problem", "run"]


def create_app():
    """The QApplication (created once), with gdviz's name and a readable font size."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("gdviz")
        app.setOrganizationName("gdviz")
        app.setApplicationDisplayName("gdviz")
        app.setStyle("Fusion")  # the same look, and palettes (themes) honoured, everywhere
        font = app.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        app.setFont(font)
    from .style import configure_pyqtgraph

    configure_pyqtgraph()
    return app


def display_problem() -> str | None:
    """Why no window can be shown here (Linux without a display), or None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display found (DISPLAY is not set): start gdviz from a desktop session, "
        "or on a machine without a screen run: xvfb-run -a gdviz"
    )


def run(path: str | None = None) -> int:
    """Open the window (on ``path`` or the bundled example) and run the event loop."""
    problem = display_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    app = create_app()
    from .main_window import MainWindow

    window = MainWindow(path)
    window.show()
    app.aboutToQuit.connect(window.shutdown)
    return app.exec()

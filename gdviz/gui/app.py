"""Start the application: ``run(path)`` builds the QApplication and the window."""

from __future__ import annotations

import sys

__all__ = ["create_app", "run"]


def create_app():
    """The QApplication (created once), with gdviz's name and a readable font size."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("gdviz")
        app.setOrganizationName("gdviz")
        app.setApplicationDisplayName("gdviz")
        font = app.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        app.setFont(font)
    from .style import configure_pyqtgraph

    configure_pyqtgraph()
    return app


def run(path: str | None = None) -> int:
    """Open the window (on ``path`` or the bundled example) and run the event loop."""
    app = create_app()
    from .main_window import MainWindow

    window = MainWindow(path)
    window.show()
    app.aboutToQuit.connect(window.shutdown)
    return app.exec()

"""The Qt window of gdviz (PySide6 + pyqtgraph)."""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from .main_window import MainWindow

__all__ = ["MainWindow"]

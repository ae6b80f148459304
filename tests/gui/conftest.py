"""Window tests: pytest-qt, settings in a temporary folder, no thread left running.

In-process window tests use the 2D stand-in for the 3D panel (pyqtgraph caches GL
shader programs per process, so several GL views in one process can draw blank); the
3D panel is checked in subprocesses under Xvfb (see test_opengl.py).
"""

from __future__ import annotations

import os

os.environ["GDVIZ_NO_OPENGL"] = "1"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory):
    """Each test starts from fresh settings (windows save theirs when they close)."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def make_window(qtbot):
    """Build main windows; after the test each is closed and its thread must be gone."""
    from gdviz.gui.app import create_app

    create_app()
    from gdviz.gui import MainWindow
    from gdviz.gui.welcome import set_welcome_seen

    set_welcome_seen()  # the first-run note is tested on its own
    windows = []

    def make(*args, **kwargs):
        window = MainWindow(*args, **kwargs)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        assert not window.worker_thread.isRunning(), "the worker thread is still running"


@pytest.fixture
def window(make_window, seed_csv):
    """The main window on the tutorial's data."""
    w = make_window(seed_csv)
    w.show()
    return w

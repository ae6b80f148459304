"""The program as a process: main.py starts, the 2D fallback, the 3D panel under Xvfb,
and a long session of signals (PySide6 6.12.0 aborts after a few thousand)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time

import pytest

from tests.conftest import REPO


def _env(platform: str, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "GDVIZ_NO_OPENGL"}
    env["QT_QPA_PLATFORM"] = platform
    if "XDG_CONFIG_HOME" not in extra:  # never the real user's settings or logs
        private = tempfile.mkdtemp(prefix="gdviz-test-")
        env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = private
    env.update(extra)
    return env


def _run(code: str, platform: str, timeout: float = 90, **extra):
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        env=_env(platform, **extra),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _needs_display():
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs an X display (the test command runs pytest under xvfb-run)")


def test_main_py_starts_and_keeps_running(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "main.py")],
        cwd=tmp_path,
        env=_env("offscreen", XDG_CONFIG_HOME=str(tmp_path)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.5)
    alive = proc.poll() is None
    proc.terminate()
    _out, err = proc.communicate(timeout=20)
    assert alive, f"main.py exited early ({proc.returncode}):\n{err}"
    assert "Traceback" not in err and "Error" not in err, err


def test_offscreen_platform_falls_back_to_2d(tmp_path):
    result = _run(
        """
        from gdviz.gui.app import create_app
        app = create_app()
        from gdviz.gui import MainWindow
        from gdviz.gui.contour_panel import ContourPanel
        from PySide6.QtWidgets import QWidget
        w = MainWindow()
        view = w.findChild(QWidget, "surfaceView")
        assert isinstance(view, ContourPanel), type(view)
        assert not w.has_opengl
        w.show(); app.processEvents(); w.close()
        from gdviz.gui.app import dispose
        dispose(w)
        print("fallback ok")
        """,
        "offscreen",
        XDG_CONFIG_HOME=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "fallback ok" in result.stdout


@pytest.mark.gl
def test_window_3d_panel_renders_under_xvfb(tmp_path):
    _needs_display()
    shot = tmp_path / "surface.png"
    result = _run(
        f"""
        import numpy as np
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QWidget
        from gdviz.gui.app import create_app
        app = create_app()
        from gdviz.gui import MainWindow
        from gdviz.gui.surface_panel import SurfacePanel

        def wait(ms):
            loop = QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()

        w = MainWindow()
        w.resize(1280, 720); w.show(); wait(300)
        view = w.findChild(QWidget, "surfaceView")
        assert isinstance(view, SurfacePanel), type(view)
        w.controls.speedInput.setValue(w.controls.speedInput.maximum())
        w.controls.startButton.click()
        for _ in range(200):
            wait(50)
            if len(w.history) == 1001 and not w.controls.startButton.isChecked():
                break
        wait(300)
        image = view.grab_image()
        image.save(r"{shot}")
        image = image.convertToFormat(image.Format.Format_RGB32)
        ptr = image.constBits()
        arr = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())
        arr = arr[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3]
        background = np.median(arr.reshape(-1, 3), axis=0)
        differs = np.any(np.abs(arr.astype(int) - background) > 30, axis=2).mean()
        colours = len(np.unique(arr.reshape(-1, 3) // 16, axis=0))
        print("differs", differs, "colours", colours, "iterations", len(w.history) - 1)
        w.close()
        from gdviz.gui.app import dispose
        dispose(w)
        assert differs > 0.05 and colours > 20
        """,
        "xcb",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "iterations 1000" in result.stdout


def test_thousands_of_signals_do_not_crash(tmp_path):
    # PySide6 6.12.0 drops references to None/True on emits and aborts
    # ("Fatal Python error: bool_dealloc") after a few thousand of them.
    result = _run(
        """
        from PySide6.QtCore import QObject, Signal
        from gdviz.gui.app import create_app
        app = create_app()
        from gdviz.gui import MainWindow

        class Source(QObject):
            flag = Signal(bool)
            anything = Signal(object)

        src = Source(); seen = []
        src.flag.connect(seen.append); src.anything.connect(seen.append)
        for i in range(20000):
            src.flag.emit(i % 2 == 0)
            src.anything.emit(None)
        w = MainWindow()
        w.show()
        for i in range(3000):
            w.controls.stepButton.click()
            w.controls.normalizeInput.setChecked(False)
            w.controls.startButton.setChecked(False)
            if i % 100 == 0:
                app.processEvents()
        app.processEvents()
        w.close()
        from gdviz.gui.app import dispose
        dispose(w)
        print("signals ok", len(seen))
        """,
        "offscreen",
        timeout=120,
        XDG_CONFIG_HOME=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "signals ok 40000" in result.stdout

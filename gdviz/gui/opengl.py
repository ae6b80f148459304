"""Can this process draw the 3D view? A cautious, cached probe.

The 3D error surface needs a working OpenGL context. Some machines have none: Qt's
``offscreen`` and ``minimal`` platforms (headless test runs), remote sessions without GL,
or broken drivers. There, creating a ``GLViewWidget`` fails or even crashes the process, so
the window asks :func:`opengl_available` first and shows the 2D views only when it says no.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext, QSurfaceFormat

__all__ = ["DISABLE_ENV", "opengl_available"]

#: Set this environment variable to anything but "" or "0" to turn the 3D view off.
DISABLE_ENV = "GDVIZ_NO_OPENGL"

#: Platforms that never provide OpenGL (trying there can crash the process).
_NO_GL_PLATFORMS = frozenset({"offscreen", "minimal"})

#: pyqtgraph's GLViewWidget refuses desktop OpenGL older than 2.1; OpenGL ES needs 2.0.
_MIN_DESKTOP_VERSION = (2, 1)
_MIN_ES_VERSION = (2, 0)

_available: bool | None = None


def opengl_available() -> bool:
    """Whether the 3D view can be shown in this process.

    The answer is ``False`` when any of these holds, checked in this order:

    - the environment variable ``GDVIZ_NO_OPENGL`` is set to a value other than ``""``
      or ``"0"``;
    - the Qt platform is ``offscreen`` or ``minimal``;
    - an OpenGL context cannot be created, or cannot be made current on an offscreen
      surface;
    - the context's OpenGL version is too old for pyqtgraph (desktop below 2.1, ES below
      2.0);
    - ``pyqtgraph.opengl`` (and with it PyOpenGL) cannot be imported.

    The answer is computed once and cached for the life of the process. The probe never
    raises for an environment without OpenGL; it imports ``pyqtgraph.opengl`` (about
    0.4 s) only after the cheap checks pass.

    Call it from the GUI thread after a ``QApplication`` (or ``QGuiApplication``) exists.

    Raises
    ------
    RuntimeError
        If no ``QGuiApplication`` exists yet (a programming error, not an environment fact;
        nothing is cached then).
    """
    global _available
    if _available is None:
        if QGuiApplication.instance() is None:
            raise RuntimeError("opengl_available() needs a QApplication: create one first")
        _available = _probe()
    return _available


def _probe() -> bool:
    flag = os.environ.get(DISABLE_ENV, "")
    if flag not in ("", "0"):
        return False
    if QGuiApplication.platformName().lower() in _NO_GL_PLATFORMS:
        return False
    if not _context_works():
        return False
    return _pyqtgraph_opengl_imports()


def _context_works() -> bool:
    """Create a context, make it current on an offscreen surface, check its version."""
    context = QOpenGLContext()
    context.setFormat(QSurfaceFormat.defaultFormat())
    if not context.create():
        return False
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    try:
        if not surface.isValid() or not context.makeCurrent(surface):
            return False
        try:
            version = tuple(context.format().version())
            minimum = _MIN_ES_VERSION if context.isOpenGLES() else _MIN_DESKTOP_VERSION
            return version >= minimum
        finally:
            context.doneCurrent()
    finally:
        surface.destroy()


def _pyqtgraph_opengl_imports() -> bool:
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    try:
        import pyqtgraph.opengl  # noqa: F401
    except Exception:  # ImportError, or PyOpenGL failing to load libGL (OSError and others)
        return False
    return True
